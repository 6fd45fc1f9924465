"""Running a candidate's query: read-only, bounded, with French hints."""

from __future__ import annotations

import re
import sqlite3
import time
from typing import Any, List, Tuple


from ..checks import Incorrect, protect

Row = Tuple[Any, ...]

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


# Watched from now on (imported by the setup cell, before candidate code).
protect(__name__)
