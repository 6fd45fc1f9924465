"""Checks used by the test cells of the notebooks.

Every check raises :class:`Incorrect` (a subclass of ``AssertionError``, so
nbgrader counts it as a failed test) with a French message written for the
candidate. When the wrong value matches a known classic mistake (``ddof``,
``z`` instead of ``t``...), the message names that mistake.

Test cells import this module explicitly::

    from autograder.checks import check_close, rng_for
"""

from __future__ import annotations

import copy
import hashlib
from typing import Any, Callable, Iterable, Sequence, Tuple

import numpy as np

__all__ = [
    "Incorrect",
    "rng_for",
    "check",
    "check_close",
    "check_equal",
    "check_choice",
    "call",
]

Mistake = Tuple[Any, str]


class Incorrect(AssertionError):
    """A check failed; ``str(error)`` is the French message for the candidate."""


def rng_for(key: str) -> np.random.Generator:
    """Return a generator seeded from ``key`` (usually the question's grade_id).

    The seed depends only on ``key``, so a hidden test draws the same inputs on
    every run and on every machine, never the global ``np.random`` state.
    """
    seed = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "little")
    return np.random.default_rng(seed)


def check(condition: bool, message: str) -> None:
    """Fail with ``message`` unless ``condition`` is true."""
    if not condition:
        raise Incorrect(message)


def _short(value: Any) -> str:
    """Render a value compactly for a feedback message."""
    if isinstance(value, np.ndarray) and value.ndim > 0:
        with np.printoptions(precision=4, threshold=8, edgeitems=3, suppress=True):
            return np.array2string(value, separator=", ")
    if isinstance(value, np.ndarray):  # 0-d: show the number, not array(5.)
        value = value.item()
    if isinstance(value, (float, np.floating)):
        return f"{float(value):.6g}"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _as_array(value: Any, what: str) -> np.ndarray:
    """Convert a candidate's value to a float array, or explain why not."""
    if value is None:
        raise Incorrect(
            f"{what} : la fonction n'a rien renvoyé (None). "
            "Avez-vous oublié le mot-clé `return` ?"
        )
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise Incorrect(
            f"{what} : un nombre (ou un tableau de nombres) est attendu, "
            f"pas un objet de type {type(value).__name__}."
        ) from None
    return array


def _is_close(actual: np.ndarray, expected: np.ndarray, rtol: float, atol: float) -> bool:
    try:
        np.testing.assert_allclose(actual, expected, rtol=rtol, atol=atol)
    except AssertionError:
        return False
    return True


def check_close(
    actual: Any,
    expected: Any,
    *,
    what: str,
    rtol: float = 1e-6,
    atol: float = 1e-9,
    mistakes: Iterable[Mistake] = (),
) -> None:
    """Check a number or an array against ``expected`` within a tolerance.

    Parameters
    ----------
    actual : number or array_like
        The candidate's value.
    expected : number or array_like
        The value computed by an independent reference.
    what : str
        What is checked, in French, e.g. ``"moyenne([1, 2, 3])"``.
    rtol, atol : float
        Tolerances passed to :func:`numpy.testing.assert_allclose`.
    mistakes : iterable of (value, message)
        Values that classic mistakes produce, each with the French message
        that names the mistake. The first one that ``actual`` matches is
        reported.
    """
    got = _as_array(actual, what)
    want = np.asarray(expected, dtype=float)
    if want.ndim == 0 and got.size == 1:
        got = got.reshape(())
    if got.shape != want.shape:
        raise Incorrect(
            f"{what} : forme {got.shape} obtenue, forme {want.shape} attendue."
        )
    if np.isnan(got).any() and not np.isnan(want).any():
        raise Incorrect(f"{what} : le résultat contient NaN ({_short(got)}).")
    if _is_close(got, want, rtol, atol):
        return
    for wrong, message in mistakes:
        wrong = np.asarray(wrong, dtype=float)
        if wrong.shape == want.shape and _is_close(got, wrong, rtol, atol):
            raise Incorrect(f"{what} : {message}")
    raise Incorrect(f"{what} : {_short(got)} obtenu, {_short(want)} attendu.")


def check_equal(
    actual: Any,
    expected: Any,
    *,
    what: str,
    mistakes: Iterable[Mistake] = (),
) -> None:
    """Check exact equality (integers, strings, booleans, tuples...).

    ``mistakes`` works as in :func:`check_close`, compared with ``==``.
    """
    if type(actual) is bool or type(expected) is bool:
        same = type(actual) is type(expected) and actual == expected
    else:
        same = bool(np.all(actual == expected)) if np.shape(actual) == np.shape(expected) else False
    if same:
        return
    for wrong, message in mistakes:
        if np.shape(actual) == np.shape(wrong) and bool(np.all(actual == wrong)):
            raise Incorrect(f"{what} : {message}")
    raise Incorrect(f"{what} : {_short(actual)} obtenu, {_short(expected)} attendu.")


def check_choice(
    actual: Any,
    expected: str,
    *,
    what: str,
    options: Sequence[str],
    mistakes: dict | None = None,
) -> None:
    """Check a multiple-choice answer given as one of ``options`` (e.g. ``"b"``).

    ``mistakes`` maps a wrong option to the message explaining why it is wrong.
    """
    if not isinstance(actual, str) or actual.strip().lower() not in options:
        raise Incorrect(
            f"{what} : répondez par l'une des chaînes {', '.join(repr(o) for o in options)}."
        )
    answer = actual.strip().lower()
    if answer == expected:
        return
    message = (mistakes or {}).get(answer, "ce n'est pas la bonne réponse.")
    raise Incorrect(f"{what} : {message}")


def call(func: Callable, *args: Any, what: str, **kwargs: Any) -> Any:
    """Call the candidate's ``func`` on copies of the arguments.

    Fails with a French message if ``func`` is not callable or if it modified
    its arguments in place (a function that computes a statistic must leave
    the data unchanged).
    """
    if not callable(func):
        raise Incorrect(f"{what} : une fonction est attendue, pas {type(func).__name__}.")
    originals = [copy.deepcopy(a) for a in args]
    given = [copy.deepcopy(a) for a in args]
    result = func(*given, **kwargs)
    for before, after in zip(originals, given):
        if isinstance(before, np.ndarray):
            unchanged = (
                isinstance(after, np.ndarray)
                and before.shape == after.shape
                and np.array_equal(before, after, equal_nan=True)
            )
        else:
            unchanged = type(before) is type(after) and before == after
        if not unchanged:
            raise Incorrect(
                f"{what} : la fonction a modifié ses données d'entrée "
                "(tri ou calcul en place ?). Travaillez sur une copie."
            )
    return result
