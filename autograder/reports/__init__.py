"""Reports of a readiness result: terminal text, standalone HTML, charts, dashboard.

Renders :class:`autograder.model.results.Report` objects for people, in
French. May import :mod:`autograder.model` (and the dashboard, which starts
a grading run, :mod:`autograder.front`); never the engine directly.
"""
