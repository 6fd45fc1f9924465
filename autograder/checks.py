"""Checks used by the test cells of the notebooks.

Every check raises :class:`Incorrect` (a subclass of ``AssertionError``, so
nbgrader counts it as a failed test) with a French message written for the
candidate. When the wrong value matches a known classic mistake (``ddof``,
``z`` instead of ``t``...), the message names that mistake.

Test cells import this module explicitly::

    from autograder.checks import check_close, rng_for

Hardening (the same in JupyterLab and during grading)
-----------------------------------------------------
The candidate's code runs in the same kernel as the tests, before them, so
these helpers never trust an object the candidate made:

* **Plain data only.** A value is first copied into *plain data* by
  :func:`encode`, which accepts only exact built-in and numpy types (``float``
  but not a subclass of ``float``, ``numpy.ndarray`` but not a subclass...).
  Comparisons then run on the copy (:func:`decode`): an object whose ``__eq__``
  always answers ``True`` is refused before any comparison is made.
* **References taken before candidate code runs.** The notebook's setup cell
  imports this module first; at import it records which objects numpy,
  scipy, math, the comparison helpers of this package... hold
  (:func:`protect`). A check refuses to conclude when one of them has been
  replaced since (``numpy.testing.assert_allclose = ...``), and
  :func:`rng_for` builds its generator from classes captured at import, so
  changing numpy's seed or ``default_rng`` does not change the test inputs.
* **Decisive comparisons out of reach.** During grading (``READINESS_GRADING=1``
  in the kernel's environment) every check also emits a *record*: its kind,
  what it checked, the plain data compared and its verdict. The grader, in
  its own process, judges each record again with the same pure functions
  (``JUDGES``) and compares the sequence of records with the one the
  reference solution produced (:mod:`autograder.engine.verify`). Hiding an error,
  skipping a test, or replacing a helper changes the records and loses the
  question's points.
"""

from __future__ import annotations

import base64
import copy
import decimal
import fractions
import hashlib
import os
import sys
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np
import numpy.linalg  # noqa: F401  (protected below)
import numpy.random  # noqa: F401
import numpy.testing  # noqa: F401

from .variants import current_variant as _current_variant

__all__ = [
    "Incorrect",
    "rng_for",
    "variant",
    "variant_rng",
    "check",
    "check_close",
    "check_equal",
    "check_same",
    "check_differs",
    "check_choice",
    "call",
    "recorded",
]

Mistake = Tuple[Any, str]
RECORD_MIME = "application/vnd.readiness.checks+json"
MAX_ITEMS = 2_000_000


class Incorrect(AssertionError):
    """A check failed; ``str(error)`` is the French message for the candidate."""

    def _render_traceback_(self) -> List[str]:
        """What IPython shows for this error: the French message alone, in red,
        not the frames of this module that lead to it."""
        return [f"\x1b[1;31m✗ {line}\x1b[0m" if i == 0 else line
                for i, line in enumerate(str(self).splitlines() or [""])]


# Hints IPython shows above the usual traceback of two errors a candidate meets
# before any check runs (see _install_hints).
HINTS = {
    "NotImplementedError": "Pas encore de réponse : remplacez « raise NotImplementedError() » "
                           "par votre code dans la cellule de réponse, exécutez-la, puis "
                           "relancez ce test.",
    "NameError": "Nom inconnu : exécutez d'abord la cellule de réponse au-dessus (et les "
                 "cellules précédentes du notebook), puis relancez ce test ; sinon vérifiez "
                 "l'orthographe du nom.",
}


def _install_hints() -> None:
    """In JupyterLab, put a French hint above the traceback of an unanswered
    stub (``NotImplementedError``) and of a test run before its answer cell
    (``NameError``). Not in grading kernels, whose shell must stay as it is."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None or shell.custom_exceptions:
        return

    def hint(shell, etype, value, tb, tb_offset=None):
        if etype not in (NotImplementedError, NameError):  # e.g. UnboundLocalError
            shell.showtraceback((etype, value, tb), tb_offset=tb_offset)
            return None
        stb = list(shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset))
        stb = [f"\x1b[1;31m✗ {HINTS[etype.__name__]}\x1b[0m", ""] + stb
        shell._showtraceback(etype, value, stb)  # what ipykernel sends to the page
        return stb

    shell.set_custom_exc((NotImplementedError, NameError), hint)


# --- References taken at import (the setup cell, before candidate code) ------
_GRADING = os.environ.get("READINESS_GRADING") == "1"
_Generator = np.random.Generator
_PCG64 = np.random.PCG64
_sha256 = hashlib.sha256
_VARIANT = _current_variant()
try:
    from IPython.display import publish_display_data as _publish
except ImportError:  # plain Python: nothing to emit
    _publish = None

# Modules whose attributes the tests rely on. Only names present at import
# are watched: importing a submodule later (which adds a name) is fine.
WATCHED_MODULES = (
    "math", "cmath", "statistics", "random", "operator", "functools", "fractions",
    "decimal", "hashlib", "json", "sqlite3", "subprocess", "copy",
    "numpy", "numpy.linalg", "numpy.random", "numpy.testing", "numpy.lib",
    "scipy", "scipy.stats", "scipy.special", "scipy.linalg", "scipy.optimize",
    "autograder", "autograder.checks",
)
WATCHED_BUILTINS = (
    "abs", "all", "any", "bool", "callable", "dict", "float", "frozenset", "getattr",
    "hasattr", "int", "isinstance", "issubclass", "iter", "len", "list", "map", "max",
    "min", "next", "range", "repr", "round", "set", "sorted", "str", "sum", "tuple",
    "type", "vars", "zip", "id", "print",
)
_MISSING = object()
_WATCHED: Dict[str, Tuple[Any, Dict[str, Any]]] = {}


def protect(module_name: str) -> None:
    """Remember the objects ``module_name`` holds now (if it is loaded)."""
    module = sys.modules.get(module_name)
    if module is not None:
        _WATCHED[module_name] = (module, dict(vars(module)))


def tampered() -> List[str]:
    """Names of watched objects replaced since import (``numpy.allclose``...)."""
    changed = []
    for name, (module, names) in _WATCHED.items():
        if sys.modules.get(name) is not module:
            changed.append(name)
            continue
        current = vars(module)
        changed += [f"{name}.{key}" for key, value in names.items()
                    if current.get(key, _MISSING) is not value]
    builtins = sys.modules["builtins"]
    changed += [f"builtins.{key}" for key, value in _BUILTINS.items()
                if getattr(builtins, key, _MISSING) is not value]
    return changed


_BUILTINS = {name: getattr(sys.modules["builtins"], name) for name in WATCHED_BUILTINS}

# --- Plain data ---------------------------------------------------------------
_NUMPY_SCALARS = {t for t in set(np.sctypeDict.values())
                  if np.dtype(t).kind in "biufcUS"}
_ARRAY_KINDS = "biufcUS"


class Unsupported(Exception):
    """A value that is not plain data; ``args[0]`` is the offending type name."""


def encode(value: Any, _budget: Optional[List[int]] = None) -> Any:
    """A JSON-ready copy of ``value`` made of exact built-in and numpy types.

    Raises :class:`Unsupported` for any other type, subclasses included
    (``bool`` and the numpy scalar types are exact types, not subclasses we
    accept). Floats and arrays are stored bit for bit.
    """
    budget = _budget if _budget is not None else [MAX_ITEMS]
    budget[0] -= 1
    if budget[0] < 0:
        raise Unsupported("trop volumineux")
    kind = type(value)
    if value is None or kind is bool or kind is str:
        return value
    if kind is int:
        return {"i": str(value)} if abs(value) >= 2 ** 53 else value
    if kind is float:
        return {"f": value.hex()}
    if kind is complex:
        return {"c": [value.real.hex(), value.imag.hex()]}
    if kind is np.ndarray:
        if value.dtype.kind not in _ARRAY_KINDS:
            raise Unsupported(f"tableau numpy de type {value.dtype}")
        budget[0] -= value.size
        if budget[0] < 0:
            raise Unsupported("trop volumineux")
        data = np.ascontiguousarray(value)
        return {"nd": data.dtype.str, "s": list(data.shape),
                "b": base64.b64encode(data.tobytes()).decode("ascii")}
    if kind in _NUMPY_SCALARS:
        return {"np": value.dtype.str, "b": base64.b64encode(value.tobytes()).decode("ascii")}
    if kind is list or kind is range:
        return {"l": [encode(v, budget) for v in value]}
    if kind is tuple:
        return {"t": [encode(v, budget) for v in value]}
    if kind is set or kind is frozenset:
        return {"fs" if kind is frozenset else "s": [encode(v, budget) for v in value]}
    if kind is dict:
        return {"d": [[encode(k, budget), encode(v, budget)] for k, v in value.items()]}
    if kind is fractions.Fraction:
        return {"fr": [str(value.numerator), str(value.denominator)]}
    if kind is decimal.Decimal:
        return {"dec": str(value)}
    base = _trusted_base(kind)
    if base is dict:
        return {"d": [[encode(k, budget), encode(v, budget)] for k, v in dict.items(value)]}
    if base is tuple:
        return {"t": [encode(v, budget) for v in tuple.__iter__(value)]}
    if base is list:
        return {"l": [encode(v, budget) for v in list.__iter__(value)]}
    raise Unsupported(kind.__name__)


# Modules whose subclasses of dict, tuple and list a correct answer naturally
# returns (defaultdict, Counter, OrderedDict, namedtuple results of scipy...).
TRUSTED_MODULES = ("collections", "scipy", "numpy", "statistics")


def _trusted_base(kind: type) -> Optional[type]:
    """The built-in container a standard-library, numpy or scipy class
    extends, or None. Its data is read through the built-in type's own
    methods (``dict.items``, ``tuple.__iter__``): whatever the class
    redefines, the copy is plain data. Classes defined elsewhere (by the
    candidate) stay refused."""
    module = (getattr(kind, "__module__", "") or "").split(".")[0]
    if module not in TRUSTED_MODULES:
        return None
    for base in (dict, tuple, list):
        if issubclass(kind, base):
            return base
    return None


def decode(data: Any) -> Any:
    """The value :func:`encode` copied (plain types only)."""
    if data is None or type(data) in (bool, int, str):
        return data
    if not isinstance(data, dict) or len(data) not in (1, 2, 3):  # NotebookNode is a dict
        raise ValueError("not an encoded value")
    if "f" in data:
        return float.fromhex(data["f"])
    if "i" in data:
        return int(data["i"])
    if "c" in data:
        return complex(float.fromhex(data["c"][0]), float.fromhex(data["c"][1]))
    if "nd" in data:
        raw = base64.b64decode(data["b"])
        return np.frombuffer(raw, dtype=np.dtype(data["nd"])).reshape(data["s"]).copy()
    if "np" in data:
        return np.frombuffer(base64.b64decode(data["b"]), dtype=np.dtype(data["np"]))[0]
    if "l" in data:
        return [decode(v) for v in data["l"]]
    if "t" in data:
        return tuple(decode(v) for v in data["t"])
    if "s" in data:
        return {decode(v) for v in data["s"]}
    if "fs" in data:
        return frozenset(decode(v) for v in data["fs"])
    if "d" in data:
        return {decode(k): decode(v) for k, v in data["d"]}
    if "fr" in data:
        return fractions.Fraction(int(data["fr"][0]), int(data["fr"][1]))
    if "dec" in data:
        return decimal.Decimal(data["dec"])
    raise ValueError("not an encoded value")


def _plain(value: Any, what: str, sentence: bool = False) -> Any:
    """``encode(value)``, or a French explanation of why it is refused.

    ``what`` names the value (``"moyenne(x)"``), or is the test's whole
    failure message when ``sentence`` is true.
    """
    try:
        return encode(value)
    except Unsupported as exc:
        if exc.args[0] == "trop volumineux":
            reason = f"résultat trop volumineux (plus de {MAX_ITEMS} éléments)."
        else:
            reason = (f"un objet de type {exc.args[0]} n'est pas accepté. Renvoyez un nombre, "
                      "une chaîne, un booléen, None, une liste, un tuple, un ensemble, un "
                      "dictionnaire ou un tableau numpy (les types eux-mêmes, pas des "
                      "sous-classes).")
        if sentence:
            raise Incorrect(f"{reason[0].upper()}{reason[1:]} ({what})") from None
        raise Incorrect(f"{what} : {reason}") from None


def plain_equal(x: Any, y: Any) -> bool:
    """Equality of two decoded plain values (Python's rules; arrays as a whole)."""
    if isinstance(x, np.ndarray) or isinstance(y, np.ndarray):
        return np.shape(x) == np.shape(y) and bool(np.array_equal(x, y))
    if type(x) in (list, tuple) and type(y) in (list, tuple):
        return (type(x) is type(y) and len(x) == len(y)
                and all(plain_equal(a, b) for a, b in zip(x, y)))
    if type(x) is dict and type(y) is dict:
        return x.keys() == y.keys() and all(plain_equal(x[k], y[k]) for k in x)
    try:
        return bool(x == y)
    except (TypeError, ValueError):
        return False


# --- Records ------------------------------------------------------------------
# Records of the running cell, published together when it ends (one message
# per cell, not one per check: a test cell can make thousands of checks).
_BUFFER: List[dict] = []
# What the restorer found changed before the current cell; the next check
# reports it (the tampering answer loses its own question's points).
_PENDING: List[str] = []


def _emit(kind: str, what: str, ok: bool, message: str = "", **data: Any) -> None:
    """Keep one record for the grader (only in a grading kernel)."""
    if _GRADING:
        _BUFFER.append({"k": kind, "w": what, "ok": ok, "msg": message, **data})


def flush_records(*_args: Any) -> None:
    """Publish the records of the cell that just ran (IPython post_run_cell)."""
    if _BUFFER and _publish is not None:
        records = list(_BUFFER)
        _BUFFER.clear()
        _publish({RECORD_MIME: {"records": records}})


def restore() -> None:
    """Put back every watched object, so that one answer that tampers with
    numpy or the helpers loses its own points, not those of later questions."""
    for name, (module, names) in _WATCHED.items():
        sys.modules[name] = module
        current = vars(module)
        for key, value in names.items():
            if current.get(key, _MISSING) is not value:
                setattr(module, key, value)
    builtins = sys.modules["builtins"]
    for key, value in _BUILTINS.items():
        setattr(builtins, key, value)


def _guard(what: str) -> None:
    """Refuse to conclude when the code under test replaced what tests rely on."""
    changed = _PENDING + tampered()
    if changed:
        _PENDING.clear()
        restore()
        message = (f"{what} : " if what else "") + (
            f"votre code a remplacé {', '.join(changed[:3])} ; les tests reposent sur ces "
            "fonctions, ils ne peuvent pas conclure. Ne modifiez ni numpy, ni scipy, ni math, "
            "ni les outils de test.")
        _emit("tampered", what, False, message, names=changed[:10])
        raise Incorrect(message)


def _judged(kind: str, what: str, data: Dict[str, Any]) -> None:
    """Judge ``data`` with ``JUDGES[kind]`` (as the grader will); emit the
    record with its verdict; re-raise a failure."""
    try:
        JUDGES[kind]({**data, "w": what})
    except Incorrect as failure:
        _emit(kind, what, False, str(failure), **data)
        raise
    _emit(kind, what, True, **data)


# --- Pure judges (also run by the grader on the records) ------------------------
def _short(value: Any, digits: int = 6) -> str:
    """Render a value compactly for a feedback message."""
    if isinstance(value, np.ndarray) and value.ndim > 0:
        with np.printoptions(precision=max(4, digits - 2), threshold=8, edgeitems=3,
                             suppress=True):
            return np.array2string(value, separator=", ")
    if isinstance(value, np.ndarray):  # 0-d: show the number, not array(5.)
        value = value.item()
    if isinstance(value, (float, np.floating)):
        return f"{float(value):.{digits}g}"
    if isinstance(value, (complex, np.complexfloating)):
        return f"{complex(value):.{digits}g}"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _shown(got: Any, want: Any) -> str:
    """« x obtenu, y attendu », with enough digits that x and y differ when
    the values do (up to the 17 that tell any two floats apart)."""
    for digits in (6, 8, 10, 13, 17):
        a, b = _short(got, digits), _short(want, digits)
        if a != b:
            break
    return f"{a} obtenu, {b} attendu."


def _is_exact_number(x: Any) -> bool:
    return type(x) in (int, float, bool, fractions.Fraction, decimal.Decimal) or \
        isinstance(x, (np.integer, np.floating))


def _as_array(value: Any, what: str) -> np.ndarray:
    """Convert a plain value to a float array (complex if it holds complex
    numbers), or explain why not."""
    if value is None:
        raise Incorrect(
            f"{what} : la fonction n'a rien renvoyé (None). "
            "Avez-vous oublié le mot-clé `return` ?"
        )
    try:
        array = np.asarray(value)
        if array.dtype.kind == "O" and array.size and all(map(_is_exact_number, array.flat)):
            # Exact numbers (fractions.Fraction, decimal.Decimal) are right answers too.
            array = np.array([float(x) for x in array.flat]).reshape(array.shape)
        if array.dtype.kind not in "biufc":
            raise TypeError
        array = array.astype(complex if array.dtype.kind == "c" else float)
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


def judge_close(actual: Any, expected: Any, what: str, rtol: float, atol: float,
                mistakes: Sequence[Mistake]) -> None:
    """Compare within tolerances; complex values are compared as complex
    numbers (a real answer where a complex one is expected is compared with
    a zero imaginary part; a complex answer where a real one is expected
    must have a negligible imaginary part)."""
    want = _as_array(expected, "référence")
    got = _as_array(actual, what)
    if want.ndim == 0 and got.size == 1:
        got = got.reshape(())
    if got.shape != want.shape:
        raise Incorrect(
            f"{what} : forme {got.shape} obtenue, forme {want.shape} attendue."
        )
    if np.isnan(got).any() and not np.isnan(want).any():
        raise Incorrect(f"{what} : le résultat contient NaN ({_short(got)}).")
    if got.dtype.kind == "c" and want.dtype.kind != "c":
        if not _is_close(got.imag, np.zeros(want.shape), rtol, atol + rtol * np.abs(want).max(initial=0)):
            raise Incorrect(f"{what} : un résultat réel est attendu, votre résultat a une "
                            f"partie imaginaire non nulle ({_short(got)}).")
        got = got.real
    if _is_close(got, want, rtol, atol):
        return
    for wrong, message in mistakes:
        wrong = np.asarray(wrong)
        if wrong.dtype.kind not in "biufc":
            continue
        if wrong.shape == want.shape and _is_close(got, wrong, rtol, atol):
            raise Incorrect(f"{what} : {message}")
    raise Incorrect(f"{what} : {_shown(got, want)}")


def _as_bool(value: Any) -> Any:
    """``numpy.bool_`` (what ``np.all`` returns) counts as ``bool``; the exact
    type is tested, so no object of the candidate's is asked for its truth."""
    return bool(value) if type(value) is np.bool_ else value


def _equal(actual: Any, expected: Any) -> bool:
    actual, expected = _as_bool(actual), _as_bool(expected)
    if type(actual) is bool or type(expected) is bool:
        return type(actual) is type(expected) and actual == expected
    try:
        if np.shape(actual) != np.shape(expected):
            return False
        return bool(np.all(actual == expected))
    except (TypeError, ValueError):  # ragged lists: compare them as Python does
        return plain_equal(actual, expected)


def judge_equal(actual: Any, expected: Any, what: str, mistakes: Sequence[Mistake]) -> None:
    if _equal(actual, expected):
        return
    for wrong, message in mistakes:
        if _equal(actual, wrong):
            raise Incorrect(f"{what} : {message}")
    raise Incorrect(f"{what} : {_shown(actual, expected)}")


def judge_same(actual: Any, expected: Any, message: str, differ: bool) -> None:
    if plain_equal(actual, expected) == differ:
        raise Incorrect(message)


def judge_choice(actual: Any, expected: str, what: str, options: Sequence[str],
                 mistakes: Dict[str, str]) -> None:
    if not isinstance(actual, str) or actual.strip().lower() not in options:
        raise Incorrect(
            f"{what} : répondez par l'une des chaînes {', '.join(repr(o) for o in options)}."
        )
    answer = actual.strip().lower()
    if answer == expected:
        return
    message = mistakes.get(answer, "ce n'est pas la bonne réponse.")
    raise Incorrect(f"{what} : {message}")


def _mistakes_in(data: Sequence) -> List[Mistake]:
    return [(decode(value), message) for value, message in data]


# The grader re-runs these on the decoded records (see autograder.engine.verify).
JUDGES: Dict[str, Callable[[Dict[str, Any]], None]] = {
    "close": lambda r: judge_close(decode(r["a"]), decode(r["e"]), r["w"], r["rtol"],
                                   r["atol"], _mistakes_in(r["m"])),
    "equal": lambda r: judge_equal(decode(r["a"]), decode(r["e"]), r["w"], _mistakes_in(r["m"])),
    "same": lambda r: judge_same(decode(r["a"]), decode(r["e"]), r["w"], False),
    "differs": lambda r: judge_same(decode(r["a"]), decode(r["e"]), r["w"], True),
    "choice": lambda r: judge_choice(decode(r["a"]), r["e"], r["w"], r["options"], r["m"]),
}


# --- The helpers test cells use ---------------------------------------------------
def _seeded(text: str) -> Tuple[np.random.Generator, str]:
    """A generator seeded from the SHA-256 of ``text``, and its seed in hex."""
    seed = _sha256(text.encode("utf-8")).digest()[:8]
    return _Generator(_PCG64(int.from_bytes(seed, "little"))), seed.hex()


def rng_for(key: str) -> np.random.Generator:
    """Return a generator seeded from ``key`` (usually the question's grade_id).

    The seed depends only on ``key``, so a hidden test draws the same inputs on
    every run and on every machine, never the global ``np.random`` state. The
    generator classes were captured at import: patching ``np.random`` later
    changes nothing.
    """
    _guard(f"rng_for({key!r})")
    _emit("rng", key, True)
    return _seeded(key)[0]


def variant() -> str:
    """The candidate's personal variant (six digits, see :mod:`autograder.variants`),
    read once, when this module is first imported."""
    return _VARIANT


def variant_rng(key: str) -> np.random.Generator:
    """Like :func:`rng_for`, seeded from the candidate's variant as well as
    ``key``: each candidate draws their own data, the same in the
    statement's setup cell and in the hidden tests.

    The seed goes into the record, so the grader sees a variant changed from
    the notebook (it differs from the one the reference solution ran with).
    """
    _guard(f"variant_rng({key!r})")
    generator, seed = _seeded(f"{_VARIANT}:{key}")
    _emit("rng", key, True, s=seed)
    return generator


def check(condition: Any, message: str) -> None:
    """Fail with ``message`` unless ``condition`` is true.

    ``condition`` must be plain data (usually a bool computed by the test);
    compare candidate values with :func:`check_same`, not ``check(a == b)``.
    """
    _guard("")
    try:
        value = decode(encode(condition))
    except Unsupported:
        _emit("check", message, False, message)
        raise Incorrect(message) from None
    ok = bool(value) if not isinstance(value, np.ndarray) else bool(value.all())
    _emit("check", message, ok, "" if ok else message)
    if not ok:
        raise Incorrect(message)


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
    _guard(what)
    data = {"a": _plain(actual, what), "e": encode(expected), "rtol": float(rtol),
            "atol": float(atol), "m": [[encode(v), m] for v, m in mistakes]}
    _judged("close", what, data)


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
    _guard(what)
    data = {"a": _plain(actual, what), "e": encode(expected),
            "m": [[encode(v), m] for v, m in mistakes]}
    _judged("equal", what, data)


def check_same(actual: Any, expected: Any, message: str) -> None:
    """Fail with ``message`` unless the two values are equal as plain data.

    Use it instead of ``check(a == b, message)`` whenever ``a`` comes from the
    candidate's code: the comparison is made on plain copies, never by the
    candidate's ``__eq__``.
    """
    _guard("")
    data = {"a": _plain(actual, message, True), "e": _plain(expected, message, True)}
    _judged("same", message, data)


def check_differs(actual: Any, other: Any, message: str) -> None:
    """Fail with ``message`` if the two values are equal as plain data."""
    _guard("")
    data = {"a": _plain(actual, message, True), "e": _plain(other, message, True)}
    _judged("differs", message, data)


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
    _guard(what)
    data = {"a": _plain(actual, what), "e": expected, "options": list(options),
            "m": dict(mistakes or {})}
    _judged("choice", what, data)


def recorded(function: Callable) -> Callable:
    """Decorate a check of another module (shell, SQL) so that it refuses to
    run after tampering and emits a record of its verdict."""
    def wrapper(*args: Any, what: str, **kwargs: Any) -> Any:
        _guard(what)
        try:
            result = function(*args, what=what, **kwargs)
        except Incorrect as failure:
            _emit("check", what, False, str(failure))
            raise
        _emit("check", what, True)
        return result

    wrapper.__name__ = function.__name__
    wrapper.__qualname__ = function.__qualname__
    wrapper.__doc__ = function.__doc__
    wrapper.__wrapped__ = function
    return wrapper


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
        try:
            unchanged = plain_equal(decode(encode(before)), decode(encode(after)))
            if isinstance(before, np.ndarray):
                unchanged = unchanged or (type(after) is np.ndarray and before.shape == after.shape
                                          and np.array_equal(before, after, equal_nan=True))
        except Unsupported:  # objects made by the test: compare as before
            unchanged = type(before) is type(after) and before == after
        if not unchanged:
            raise Incorrect(
                f"{what} : la fonction a modifié ses données d'entrée "
                "(tri ou calcul en place ?). Travaillez sur une copie."
            )
    return result


for _name in WATCHED_MODULES:
    protect(_name)


# --- Grading kernels: undo tampering before every cell ---------------------------
# IPython machinery an answer can use to hide errors or skip the cells after it.
SHELL_METHODS = ("run_cell", "run_cell_async", "run_ast_nodes", "run_code", "transform_cell",
                 "showtraceback", "_showtraceback", "showsyntaxerror", "should_run_async")
SHELL_LISTS = ("input_transformers_cleanup", "input_transformers_post", "ast_transformers")


def _shell_state(shell) -> Dict[str, Any]:
    return {
        "lists": {name: list(getattr(shell, name, [])) for name in SHELL_LISTS},
        "custom": (shell.custom_exceptions, getattr(shell, "CustomTB", None)),
        "events": {name: list(callbacks) for name, callbacks in shell.events.callbacks.items()},
    }


def _restore_shell(shell, state: Dict[str, Any]) -> List[str]:
    """Put back the shell's machinery; return the names of what had changed."""
    changed = []
    for (cls, name), method in _SHELL_METHODS.items():
        if vars(cls).get(name, _MISSING) is not method:
            setattr(cls, name, method)
            changed.append(f"IPython ({cls.__name__}.{name})")
    for name in SHELL_METHODS:
        if name in shell.__dict__:  # an instance attribute hides the method
            del shell.__dict__[name]
            changed.append(f"IPython ({name})")
    for name, items in state["lists"].items():
        if getattr(shell, name) != items:
            getattr(shell, name)[:] = items
            changed.append(f"IPython ({name})")
    if (shell.custom_exceptions, getattr(shell, "CustomTB", None)) != state["custom"]:
        shell.custom_exceptions, shell.CustomTB = state["custom"]
        changed.append("IPython (set_custom_exc)")
    for name, callbacks in state["events"].items():
        if shell.events.callbacks[name] != callbacks:
            shell.events.callbacks[name][:] = callbacks
            changed.append(f"IPython (événement {name})")
    return changed



_SHELL_METHODS: Dict[Tuple[type, str], Any] = {}


def _install_restorer() -> None:
    """Before every cell of a grading kernel, put back what the tests rely on:
    the watched modules and the IPython machinery that runs cells and shows
    errors. An answer that tampers with them only spoils its own cell; the
    helpers' own checks (:func:`_guard`) and the grader's records catch what
    happens inside a cell."""
    from IPython import get_ipython

    shell = get_ipython()
    if shell is None:
        return
    for cls in type(shell).__mro__:
        for name in SHELL_METHODS:
            if name in vars(cls):
                _SHELL_METHODS[(cls, name)] = vars(cls)[name]
    state = _shell_state(shell)

    def before_cell(*_args: Any) -> None:
        changed = tampered()
        restore()
        _PENDING[:] = changed + _restore_shell(shell, state)
        _BUFFER.clear()  # records of a cell are those it made itself

    shell.events.register("pre_run_cell", before_cell)
    shell.events.register("post_run_cell", flush_records)
    state["events"] = {name: list(callbacks) for name, callbacks in shell.events.callbacks.items()}


if _GRADING:
    _install_restorer()
else:
    _install_hints()
