"""What people run: the ``readiness`` command, the API the dashboard calls,
the candidate's workspace and the regeneration of ``release/``.

Entry points: paths are resolved and signals handled here, once. May
import every other grader-side subpackage.
"""
