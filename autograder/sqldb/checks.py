"""Comparing the rows of a query with the expected ones."""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any, Iterable, List, Optional, Sequence, Tuple

import numpy as np

from ..checks import Incorrect, protect, recorded

Row = Tuple[Any, ...]
RowsMistake = Tuple[Any, str]  # (rows or predicate, message)

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
