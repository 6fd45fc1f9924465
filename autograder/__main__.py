"""``python -m autograder`` is the ``readiness`` command."""

from .front.cli import run

run()
