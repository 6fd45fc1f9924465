"""The clause audit: for each question, every clause of its statement and the
test case that fails an answer ignoring it (issue « Content truth »).

One module per domain defines ``AUDIT``, a dict mapping each question's
``grade_id`` to a list of :class:`Clause`. ``tests/test_clause_audit.py``
checks that every question of the audited domains has its entries, and that
each entry names a test case that exists: a wrong answer of
``tests/wrong_answers`` (by its ``expect`` text) or a sentence of the
question's test cell.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Clause:
    """One clause of a statement and the case that tests it."""

    clause: str
    """The clause, quoted or paraphrased from the statement (French)."""
    case: str
    """Where it is tested: a distinctive fragment of the test cell's source
    (e.g. ``"u[rng.integers(taille)] = 0.0"``) or of a wrong answer's
    ``expect`` message."""
