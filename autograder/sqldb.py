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
"""

from __future__ import annotations

import math
import re
import sqlite3
import time
from collections import defaultdict
from typing import Any, Iterable, List, NamedTuple, Optional, Sequence, Tuple

import numpy as np

from .checks import Incorrect, protect, recorded

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

Row = Tuple[Any, ...]
RowsMistake = Tuple[Any, str]  # (rows or predicate, message)


class Etudiant(NamedTuple):
    """One row of ``etudiants``."""

    id: int
    nom: str
    prenom: str
    ville: Optional[str]
    annee_naissance: int


class Cours(NamedTuple):
    """One row of ``cours``."""

    id: int
    intitule: str
    credits: int
    enseignant: Optional[str]


class Note(NamedTuple):
    """One row of ``notes``."""

    etudiant_id: int
    cours_id: int
    note: Optional[float]


class SchoolDB(sqlite3.Connection):
    """An in-memory connection that also keeps the generated rows in Python.

    Attributes
    ----------
    etudiants : list of Etudiant
    cours : list of Cours
    notes : list of Note
        The rows of each table, in insertion (and ``id``) order, so that a
        test computes its reference without SQL.
    """

    etudiants: List[Etudiant]
    cours: List[Cours]
    notes: List[Note]


SCHEMA = """
CREATE TABLE etudiants (
    id INTEGER PRIMARY KEY,
    nom TEXT NOT NULL,
    prenom TEXT NOT NULL,
    ville TEXT,
    annee_naissance INTEGER NOT NULL
);
CREATE TABLE cours (
    id INTEGER PRIMARY KEY,
    intitule TEXT NOT NULL UNIQUE,
    credits INTEGER NOT NULL,
    enseignant TEXT
);
CREATE TABLE notes (
    etudiant_id INTEGER NOT NULL REFERENCES etudiants (id),
    cours_id INTEGER NOT NULL REFERENCES cours (id),
    note REAL,
    PRIMARY KEY (etudiant_id, cours_id)
);
"""

NOMS = ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
        "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David",
        "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "Andre", "Mercier")
PRENOMS = ("Alice", "Hugo", "Léa", "Louis", "Chloé", "Gabriel", "Emma", "Jules", "Inès",
           "Arthur", "Manon", "Nathan", "Sarah", "Lucas", "Camille", "Adam", "Zoé", "Paul",
           "Jade", "Yanis", "Lina", "Tom", "Nour", "Théo")
VILLES = ("Paris", "Lyon", "Lille", "Marseille", "Toulouse", "Nantes", "Bordeaux")
POIDS_VILLES = (0.24, 0.2, 0.16, 0.12, 0.1, 0.1, 0.08)
INTITULES = ("Bases de données", "Algèbre linéaire", "Probabilités", "Statistique",
             "Programmation Python", "Systèmes Unix", "Analyse", "Optimisation", "Réseaux",
             "Apprentissage automatique", "Algorithmique", "Économie")
ENSEIGNANTS = ("Mme Durand", "M. Martin", "Mme Nguyen", "M. Petit", "Mme Roussel", "M. Haddad")


def _note(rng: np.random.Generator) -> float:
    """A grade out of 20, rounded to the half point."""
    return float(np.clip(np.round(rng.normal(11.0, 4.0) * 2) / 2, 0.0, 20.0))


def make_school_db(
    rng: np.random.Generator,
    *,
    n_etudiants: Optional[int] = None,
    n_cours: Optional[int] = None,
    p_null: float = 0.15,
) -> SchoolDB:
    """Build a random, read-only, in-memory school database.

    The data are random but always contain the cases that tell a right query
    from a classic mistake:

    - at least 3 students whose ``ville`` is NULL (``= NULL`` versus
      ``IS NULL``, the NULL group of a ``GROUP BY ville``);
    - at least 2 students without any row in ``notes`` (inner versus left
      join) and at least 1 course without any row in ``notes``;
    - at least 2 NULL grades (``COUNT(*)`` versus ``COUNT(note)``, ``AVG``);
    - at least 1 course whose ``enseignant`` is NULL;
    - at least 1 course whose best grade is shared by two students (ties);
    - distinct ``(nom, prenom)`` pairs, so that a student is identified by
      their name, and ties in ``annee_naissance``.

    Parameters
    ----------
    rng : numpy.random.Generator
        Source of randomness, usually ``rng_for(<question id>)``.
    n_etudiants : int, optional
        Number of students (at least 8); drawn between 12 and 30 by default.
    n_cours : int, optional
        Number of courses (3 to 12); drawn between 5 and 9 by default.
    p_null : float
        Probability that a city, a teacher or a grade is NULL.

    Returns
    -------
    SchoolDB
        A :class:`sqlite3.Connection` (``PRAGMA query_only`` is on) whose
        attributes ``etudiants``, ``cours`` and ``notes`` hold the rows.
    """
    n_e = int(rng.integers(12, 31)) if n_etudiants is None else int(n_etudiants)
    n_c = int(rng.integers(5, 10)) if n_cours is None else int(n_cours)
    if n_e < 8 or not 3 <= n_c <= len(INTITULES):
        raise ValueError("n_etudiants >= 8 and 3 <= n_cours <= 12 are required")

    # Students: distinct (nom, prenom), at least 3 NULL cities.
    pairs = rng.permutation(len(NOMS) * len(PRENOMS))[:n_e]
    villes: List[Optional[str]] = [
        None if rng.random() < p_null else VILLES[int(rng.choice(len(VILLES), p=POIDS_VILLES))]
        for _ in range(n_e)
    ]
    for i in rng.permutation(n_e)[:3]:
        villes[int(i)] = None
    etudiants = [
        Etudiant(i + 1, NOMS[int(p) // len(PRENOMS)], PRENOMS[int(p) % len(PRENOMS)],
                 villes[i], int(rng.integers(1996, 2006)))
        for i, p in enumerate(pairs)
    ]

    # Courses: at least one NULL teacher.
    intitules = [INTITULES[int(i)] for i in rng.permutation(len(INTITULES))[:n_c]]
    enseignants: List[Optional[str]] = [
        None if rng.random() < p_null else ENSEIGNANTS[int(rng.integers(len(ENSEIGNANTS)))]
        for _ in range(n_c)
    ]
    enseignants[int(rng.integers(n_c))] = None
    cours = [Cours(i + 1, intitules[i], int(rng.integers(2, 7)), enseignants[i])
             for i in range(n_c)]

    # Grades: 2+ students and 1+ course without any row.
    sans_note = {int(i) + 1 for i in rng.permutation(n_e)[:2 + int(rng.integers(0, 2))]}
    sans_eleve = int(rng.integers(n_c)) + 1
    ouverts = [c.id for c in cours if c.id != sans_eleve]
    lignes: List[List[Any]] = []
    for e in etudiants:
        if e.id in sans_note:
            continue
        k = int(rng.integers(1, min(5, len(ouverts)) + 1))
        for c in sorted(int(x) for x in rng.choice(ouverts, size=k, replace=False)):
            lignes.append([e.id, c, None if rng.random() < p_null else _note(rng)])
    # Enough NULL grades, then a tie at the top of one course.
    notees = [ligne for ligne in lignes if ligne[2] is not None]
    while sum(ligne[2] is None for ligne in lignes) < 2:
        notees.pop(int(rng.integers(len(notees))))[2] = None
    par_cours = defaultdict(list)
    for ligne in lignes:
        if ligne[2] is not None:
            par_cours[ligne[1]].append(ligne)
    candidats = sorted(c for c, ls in par_cours.items() if len(ls) >= 2)
    if candidats:
        choisi = par_cours[candidats[int(rng.integers(len(candidats)))]]
        choisi.sort(key=lambda ligne: -ligne[2])
        choisi[1][2] = choisi[0][2]
    notes = [Note(*ligne) for ligne in lignes]

    conn = sqlite3.connect(":memory:", factory=SchoolDB)
    conn.executescript(SCHEMA)
    with conn:
        conn.executemany("INSERT INTO etudiants VALUES (?, ?, ?, ?, ?)", etudiants)
        conn.executemany("INSERT INTO cours VALUES (?, ?, ?, ?)", cours)
        conn.executemany("INSERT INTO notes VALUES (?, ?, ?)", notes)
    conn.execute("PRAGMA query_only = ON")
    conn.etudiants, conn.cours, conn.notes = etudiants, cours, notes
    return conn


# --- Running a candidate's query --------------------------------------------

_ALLOWED_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
                    getattr(sqlite3, "SQLITE_RECURSIVE", 33)}
_MAX_ROWS = 100_000
_HINTS = (
    ("misuse of aggregate", "une fonction d'agrégat (COUNT, SUM, AVG...) ne peut pas figurer "
     "dans WHERE, qui filtre les lignes avant le regroupement : pour filtrer les groupes, "
     "utilisez HAVING après GROUP BY."),
    ("no such column", "vérifiez le nom de la colonne (et de l'alias de table qui la "
     "précède) : les colonnes sont décrites dans la cellule d'initialisation."),
    ("no such table", "les tables s'appellent etudiants, cours et notes."),
    ("ambiguous column name", "cette colonne existe dans plusieurs tables de la jointure : "
     "préfixez-la par le nom ou l'alias de sa table (par exemple e.id)."),
    ("syntax error", "erreur de syntaxe : relisez la requête autour du mot indiqué."),
    ("incomplete input", "la requête est incomplète (parenthèse non fermée, expression "
     "inachevée ?)."),
    ("unrecognized token", "symbole non reconnu : une chaîne de caractères s'écrit entre "
     "apostrophes simples ('Lyon'), fermées."),
)


def _first_keyword(sql: str) -> str:
    """The first SQL keyword of ``sql``, after comments and parentheses."""
    text = re.sub(r"--[^\n]*|/\*.*?\*/", " ", sql, flags=re.S)
    match = re.match(r"[\s(]*([A-Za-z]+)", text)
    return match.group(1).upper() if match else ""


def _execute(conn: sqlite3.Connection, sql: Any, what: str,
             timeout: float) -> Tuple[List[str], List[Row]]:
    """Run one read-only query; return its column names and rows."""
    if not isinstance(sql, str):
        raise Incorrect(f"{what} : la requête doit être une chaîne de caractères "
                        f"(entre guillemets), pas un objet de type {type(sql).__name__}.")
    if not sql.strip():
        raise Incorrect(f"{what} : la requête est vide.")
    keyword = _first_keyword(sql)
    if keyword not in ("SELECT", "WITH", "VALUES"):
        raise Incorrect(f"{what} : seule une requête de lecture (SELECT) est attendue ; "
                        f"votre requête commence par « {keyword or sql.strip()[:20]} ». "
                        "La base ne doit pas être modifiée.")
    denied: List[int] = []

    def authorizer(action, *_):
        if action in _ALLOWED_ACTIONS:
            return sqlite3.SQLITE_OK
        denied.append(action)
        return sqlite3.SQLITE_DENY

    deadline = time.monotonic() + timeout
    changes = conn.total_changes
    conn.set_authorizer(authorizer)
    conn.set_progress_handler(lambda: time.monotonic() > deadline, 2000)
    try:
        cursor = conn.execute(sql)
        rows = cursor.fetchmany(_MAX_ROWS + 1)
        columns = [d[0] for d in cursor.description or ()]
    except sqlite3.Error as error:
        text = str(error)
        if denied or "not authorized" in text:
            raise Incorrect(f"{what} : seule une requête de lecture (SELECT) est autorisée ; "
                            "la base ne doit pas être modifiée.") from None
        if "interrupted" in text:
            raise Incorrect(f"{what} : la requête dépasse le temps limite ({timeout:g} s). "
                            "Une condition de jointure oubliée (produit cartésien) ?") from None
        if "one statement at a time" in text:
            raise Incorrect(f"{what} : une seule requête est attendue (un point-virgule "
                            "sépare ici plusieurs instructions).") from None
        hint = next((h for key, h in _HINTS if key in text), "")
        raise Incorrect(f"{what} : erreur SQL « {text} »" + (f" — {hint}" if hint else ".")) from None
    finally:
        conn.set_authorizer(None)
        conn.set_progress_handler(None, 0)
    if conn.total_changes != changes:  # pragma: no cover - the authorizer forbids it
        raise Incorrect(f"{what} : la requête a modifié la base : seule une lecture est permise.")
    if len(rows) > _MAX_ROWS:
        raise Incorrect(f"{what} : plus de {_MAX_ROWS} lignes renvoyées. Une condition de "
                        "jointure oubliée (produit cartésien) ?")
    return columns, [tuple(r) for r in rows]


def run_query(conn: sqlite3.Connection, sql: Any, *, what: str = "Votre requête",
              timeout: float = 2.0) -> List[Row]:
    """Run a candidate's read-only query and return its rows.

    Only one ``SELECT`` (or ``WITH ... SELECT``) statement is accepted: an
    authorizer denies any write, schema change, ``PRAGMA`` or ``ATTACH``, and
    ``conn.total_changes`` is checked afterwards. A progress handler stops the
    query after ``timeout`` seconds.

    Parameters
    ----------
    conn : sqlite3.Connection
        The database, e.g. from :func:`make_school_db`.
    sql : str
        The candidate's query (anything else is reported).
    what : str
        French prefix of the messages, e.g. ``"Sur la base d'exemple"``.
    timeout : float
        Time limit in seconds.

    Returns
    -------
    list of tuple
        The rows, in the order SQLite returned them.

    Raises
    ------
    Incorrect
        With a French message on a non-string or empty query, a statement
        other than ``SELECT``, an SQL error (sqlite's message is quoted, with a
        hint for the common ones) or a query that runs too long.
    """
    return _execute(conn, sql, what, timeout)[1]


def format_table(conn: sqlite3.Connection, sql: Any, *, max_rows: int = 20) -> str:
    """Run a read-only query and lay its result out as a text table.

    Meant for the candidate to explore the example database; errors are
    reported as by :func:`run_query`.
    """
    columns, rows = _execute(conn, sql, "Requête", 2.0)
    shown = [["NULL" if v is None else f"{v:g}" if isinstance(v, float) else str(v)
              for v in row] for row in rows[:max_rows]]
    widths = [max([len(c)] + [len(r[i]) for r in shown]) for i, c in enumerate(columns)]
    lines = [" | ".join(c.ljust(w) for c, w in zip(columns, widths)),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(v.ljust(w) for v, w in zip(r, widths)) for r in shown]
    more = f", {max_rows} affichée(s)" if len(rows) > max_rows else ""
    lines.append(f"({len(rows)} ligne(s){more})")
    return "\n".join(lines)


# --- Comparing rows ---------------------------------------------------------

def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool)


def _same_value(a: Any, b: Any, rtol: float, atol: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if _is_number(a) and _is_number(b):
        return math.isclose(float(a), float(b), rel_tol=rtol, abs_tol=atol)
    return type(a) is type(b) and a == b


def _same_row(a: Row, b: Row, rtol: float, atol: float) -> bool:
    return len(a) == len(b) and all(_same_value(x, y, rtol, atol) for x, y in zip(a, b))


def _bucket(row: Row) -> Row:
    """The exact part of a row: numbers are compared with a tolerance."""
    return tuple("#" if _is_number(v) else (type(v).__name__, v) for v in row)


def _unmatched(actual: List[Row], expected: List[Row], rtol: float,
               atol: float) -> Tuple[List[Row], List[Row]]:
    """Rows of ``actual`` and of ``expected`` left over by a multiset matching."""
    pool = defaultdict(list)
    for row in expected:
        pool[_bucket(row)].append(row)
    extra = []
    for row in actual:
        candidates = pool.get(_bucket(row), [])
        for i, other in enumerate(candidates):
            if _same_row(row, other, rtol, atol):
                del candidates[i]
                break
        else:
            extra.append(row)
    missing = [row for rows in pool.values() for row in rows]
    order = {id(r): i for i, r in enumerate(expected)}
    missing.sort(key=lambda r: order[id(r)])
    return extra, missing


def _same_rows(actual: List[Row], expected: List[Row], ordered: bool, rtol: float,
               atol: float) -> bool:
    if len(actual) != len(expected):
        return False
    if ordered:
        return all(_same_row(a, b, rtol, atol) for a, b in zip(actual, expected))
    extra, missing = _unmatched(actual, expected, rtol, atol)
    return not extra and not missing


def _show(rows: Sequence[Row], limit: int = 3) -> str:
    def value(v: Any) -> str:
        if v is None:
            return "NULL"
        if isinstance(v, float):
            return f"{v:.6g}"
        return repr(v)

    text = ", ".join("(" + ", ".join(value(v) for v in r) + ")" for r in rows[:limit])
    return text + (f" et {len(rows) - limit} autre(s)" if len(rows) > limit else "")


def _as_rows(rows: Any, what: str) -> List[Row]:
    if rows is None:
        raise Incorrect(f"{what} : aucun résultat (None).")
    try:
        return [tuple(r) for r in rows]
    except TypeError:
        raise Incorrect(f"{what} : une liste de lignes (tuples) est attendue.") from None


@recorded
def check_rows(
    actual_rows: Iterable[Sequence[Any]],
    expected_rows: Iterable[Sequence[Any]],
    *,
    what: str,
    ordered: bool = False,
    mistakes: Iterable[RowsMistake] = (),
    columns: Optional[Sequence[str]] = None,
    rtol: float = 1e-9,
    atol: float = 1e-9,
) -> None:
    """Compare the rows of a query with the expected rows.

    Rows are compared as multisets (duplicates count, order does not) unless
    ``ordered``; numbers are compared with a tolerance (``3`` equals ``3.0``,
    an average computed by SQLite equals the same average computed in
    Python), ``NULL`` (``None``) only equals ``NULL``, text is compared
    exactly.

    Parameters
    ----------
    actual_rows : iterable of sequences
        The rows of the candidate's query (from :func:`run_query`).
    expected_rows : iterable of sequences
        The rows an independent reference computed.
    what : str
        French prefix of the messages, e.g. ``"Sur la base d'exemple"``.
    ordered : bool
        Whether the question asks for an order (``ORDER BY``).
    mistakes : iterable of (rows, message)
        Rows that classic mistakes produce, each with the French message
        naming the mistake; compared as the expected rows are. ``rows`` may
        also be a function that receives the candidate's rows (a list of
        tuples) and returns True when it recognises the mistake, for mistakes
        whose rows SQLite does not determine (which of two ex aequo a
        ``LIMIT`` keeps...). Mistakes are tried in order, only when the rows
        differ from the expected ones; the first one recognised is reported.
    columns : sequence of str, optional
        The expected column names, quoted when the number of columns is wrong.
    rtol, atol : float
        Tolerances for numbers (:func:`math.isclose`).

    Raises
    ------
    Incorrect
        With the message of the matching mistake, or else a French
        description of the difference: wrong number of columns, missing rows,
        extra rows (duplicates named as such), values slightly off (rounding),
        right rows in the wrong order.
    """
    actual = _as_rows(actual_rows, what)
    expected = [tuple(r) for r in expected_rows]
    if _same_rows(actual, expected, ordered, rtol, atol):
        return
    for wrong, message in mistakes:
        if callable(wrong):
            if wrong(actual):
                raise Incorrect(f"{what} : {message}")
            continue
        wrong = [tuple(r) for r in wrong]
        if not _same_rows(wrong, expected, ordered, rtol, atol) and \
                _same_rows(actual, wrong, ordered, rtol, atol):
            raise Incorrect(f"{what} : {message}")

    width = len(expected[0]) if expected else None
    if width is not None and actual:
        widths = sorted({len(r) for r in actual})
        if widths != [width]:
            names = f" ({', '.join(columns)}, dans cet ordre)" if columns else ""
            got = " ou ".join(str(w) for w in widths)
            raise Incorrect(f"{what} : {got} colonne(s) par ligne obtenue(s), {width} "
                            f"attendue(s){names}. Vérifiez la liste après SELECT.")
    if not actual and expected:
        raise Incorrect(f"{what} : la requête ne renvoie aucune ligne, {len(expected)} "
                        f"attendue(s) (par exemple {_show(expected, 2)}). Une condition "
                        "jamais vraie ?")
    extra, missing = _unmatched(actual, expected, rtol, atol)
    if extra or missing:
        if not missing:
            doubles, _ = _unmatched(extra, expected, rtol, atol)
            if not doubles:
                raise Incorrect(
                    f"{what} : des lignes apparaissent plusieurs fois ({len(extra)} de trop, "
                    f"par exemple {_show(extra, 2)}). Un DISTINCT oublié, ou une jointure "
                    "qui multiplie les lignes ?")
        if len(extra) == len(missing) and _same_rows(actual, expected, ordered, 0.0, 0.006):
            raise Incorrect(f"{what} : certaines valeurs numériques diffèrent légèrement "
                            f"(par exemple {_show(extra, 1)} au lieu de {_show(missing, 1)}) : "
                            "n'arrondissez pas les résultats.")
        parts = [f"{len(actual)} ligne(s) obtenue(s), {len(expected)} attendue(s)"]
        if missing:
            parts.append(f"il manque {len(missing)} ligne(s) : {_show(missing)}")
        if extra:
            parts.append(f"{len(extra)} ligne(s) en trop : {_show(extra)}")
        raise Incorrect(f"{what} : " + " ; ".join(parts) + ".")
    # Same multiset, so the order is wrong.
    i = next(i for i, (a, b) in enumerate(zip(actual, expected))
             if not _same_row(a, b, rtol, atol))
    raise Incorrect(f"{what} : les bonnes lignes, mais pas dans l'ordre demandé (ligne "
                    f"{i + 1} : {_show([actual[i]])} obtenue, {_show([expected[i]])} "
                    "attendue). Vérifiez ORDER BY : les clés de tri, leur ordre, le sens "
                    "(ASC ou DESC) de chacune.")


# Watched from now on (imported by the setup cell, before candidate code).
protect(__name__)
