"""Correct answers written differently from the reference, one module per notebook.

Each module defines ``CASES``, a list of :class:`RightAnswer`. The test
suite puts them into an otherwise solved workspace, several questions per
run, and checks that each gets full marks through the real grading path:
a correct answer that fails is as false a score as a wrong one that passes.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class RightAnswer:
    """A correct answer that the question must accept."""

    question: str
    """grade_id of the test cell that must pass."""
    cell: str
    """grade_id of the answer cell replaced by ``code``."""
    code: str
    """Full source of the answer cell."""
    how: str
    """What differs from the reference (another algorithm, library call...)."""
