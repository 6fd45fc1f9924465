"""``python -m autograder`` is the ``readiness`` command."""

from .cli import run

run()
