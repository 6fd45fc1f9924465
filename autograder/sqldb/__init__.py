"""Random school databases and checks for the SQL questions.

The SQL notebooks ask the candidate for queries, written as Python strings.
A test cell builds small random databases with :func:`make_school_db`, runs
the candidate's query with :func:`run_query` and compares the rows with a
reference computed independently (in Python, from the generated data) with
:func:`check_rows`. Every failure raises :class:`~autograder.checks.Incorrect`
with a French message for the candidate.

Everything runs on :mod:`sqlite3` from the standard library, in memory: no
server, no file. The schema is::

    etudiants(id, nom, prenom, ville, annee_naissance)   -- ville may be NULL
    cours(id, intitule, credits, enseignant)             -- enseignant may be NULL
    notes(etudiant_id, cours_id, note)                   -- note may be NULL

Test cells import this module explicitly::

    from autograder.sqldb import check_rows, make_school_db, run_query

The package holds the generated database (:mod:`.school`), the query
runner (:mod:`.runner`) and the checks (:mod:`.checks`); test cells import
every name from ``autograder.sqldb`` itself, a public interface kept stable.
"""

from __future__ import annotations



from ..checks import protect
from .checks import check_rows  # noqa: F401
from .runner import format_table, run_query  # noqa: F401
from .school import Cours, Etudiant, Note, SchoolDB, make_school_db  # noqa: F401

__all__ = [
    "Etudiant",
    "Cours",
    "Note",
    "SchoolDB",
    "make_school_db",
    "run_query",
    "check_rows",
    "format_table",
]

# Watched from now on (imported by the setup cell, before candidate code).
protect(__name__)
