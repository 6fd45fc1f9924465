"""Typical wrong answers, one module per notebook.

Each module defines ``CASES``, a list of :class:`WrongAnswer`. The grading
invariant tests put each wrong answer into an otherwise solved workspace and
check that it loses exactly the points of the question it targets, with the
expected French feedback.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class WrongAnswer:
    """A wrong answer that one question must catch."""

    question: str
    """grade_id of the test cell that must fail."""
    cell: str
    """grade_id of the answer cell replaced by ``code``."""
    code: str
    """Full source of the wrong answer cell."""
    expect: str
    """Part of the French feedback message the candidate must get."""
