"""Failures of the grader itself, never scored as the candidate's.

What a candidate's notebook causes (an exception in their code, a time-out, a
kernel their code killed, a notebook nbgrader refuses) is graded: zero for
the questions concerned, with a French message. What the grader causes (a
missing or unreadable cache file, a gradebook error, a sandbox that cannot
start, a full disk, a bug) says nothing about the candidate: it stops the
run with :class:`GraderFailure`, and nothing is recorded.
"""

from __future__ import annotations


class GraderFailure(Exception):
    """The grader could not grade; the candidate's work is not at fault.

    Parameters
    ----------
    step : str
        French name of the pipeline step that failed (« préparation du carnet
        de notes », « solution de référence »…).
    detail : str
        One line saying what went wrong, in the grader's terms.
    """

    def __init__(self, step: str, detail: str):
        super().__init__(step, detail)
        self.step = step
        self.detail = " ".join(str(detail).split())[:300]

    def __str__(self) -> str:
        return f"{self.step} : {self.detail}"


class Interrupted(BaseException):
    """The run was stopped by a signal (SIGINT or SIGTERM); ``code`` is the
    exit status a shell expects (128 + signal number)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum
        self.code = 128 + signum


def describe(exc: BaseException) -> str:
    """``Type: message`` on one line, for a grader failure's detail."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
