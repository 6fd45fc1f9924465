"""Checks with French feedback on what a command printed and left behind."""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Optional, Sequence, Tuple, Union


from ..checks import Incorrect, protect, recorded
from .runner import Entry, Result, Snapshot

Mistake = Tuple[Any, str]

# ---------------------------------------------------------------------------
# Checks with French feedback
# ---------------------------------------------------------------------------

def format_mode(mode: int) -> str:
    """Permission bits in both notations, e.g. ``"rwxr--r-- (744)"``."""
    letters = "".join(
        char if mode & bit else "-"
        for char, bit in zip("rwxrwxrwx", (0o400, 0o200, 0o100, 0o40, 0o20, 0o10, 0o4, 0o2, 0o1))
    )
    return f"{letters} ({mode & 0o777:03o})"


def show_lines(lines: Union[str, Sequence[str]], limit: int = 6) -> str:
    """A short French rendering of some lines of output, for a message."""
    if isinstance(lines, str):
        lines = lines.splitlines()
    lines = list(lines)
    if not lines:
        return "(rien)"
    shown = " ⏎ ".join(repr(line) if line.strip() != line or not line else line
                       for line in lines[:limit])
    more = f" ⏎ … ({len(lines)} lignes en tout)" if len(lines) > limit else ""
    return f"« {shown}{more} »"


def _error_hint(result: Result) -> str:
    errors = [line for line in result.error_lines if line.strip()]
    if not errors:
        return ""
    first = errors[0] if len(errors[0]) <= 160 else errors[0][:157] + "..."
    return f" Message d'erreur : « {first} »."


def _matches(expected: Any, got: Any) -> bool:
    if callable(expected):
        return bool(expected(got))
    return expected == got


@recorded
def check_lines(got: Sequence[str], expected: Sequence[str], *, what: str,
                mistakes: Iterable[Mistake] = (), unordered: bool = False,
                hint: str = "") -> None:
    """Check a list of lines (an output, or a file's content).

    Parameters
    ----------
    got, expected : sequence of str
        Obtained and expected lines, without line breaks.
    what : str
        What is checked, in French.
    mistakes : iterable of (lines or predicate, message)
        Lines that classic mistakes produce (sorted like the others when
        ``unordered``), or predicates on ``got``; the first match is reported.
    unordered : bool
        Compare the lines in any order.
    hint : str
        Appended to the generic message (e.g. the command's first error).
    """
    got, want = list(got), list(expected)
    if unordered:
        got, want = sorted(got), sorted(want)
    if got == want:
        return
    for wrong, message in mistakes:
        if not callable(wrong):
            wrong = sorted(wrong) if unordered else list(wrong)
        if _matches(wrong, got):
            raise Incorrect(f"{what} : {message}")
    if not got:
        raise Incorrect(f"{what} : rien obtenu, {show_lines(want)} attendu.{hint}")
    raise Incorrect(f"{what} : {show_lines(got)} obtenu, {show_lines(want)} attendu.{hint}")


@recorded
def check_output(result: Result, expected: Sequence[str], *, what: str,
                 mistakes: Iterable[Mistake] = (), unordered: bool = False,
                 normalize: Optional[Callable[[str], str]] = None) -> None:
    """Check the lines printed by a command (see :func:`check_lines`).

    Parameters
    ----------
    result : Result
        What :func:`run` returned.
    expected : sequence of str
        The expected lines (without line breaks); a missing final line
        break is tolerated.
    what : str
        What is checked, in French.
    mistakes : iterable of (lines or predicate, message)
        As in :func:`check_lines`, compared after normalisation.
    unordered : bool
        Compare the lines in any order.
    normalize : callable, optional
        Applied to each printed line before comparison (e.g. remove a
        leading ``./``).
    """
    got = [normalize(line) if normalize else line for line in result.lines]
    hint = _error_hint(result)
    if not got and not hint:
        hint = " La commande n'a rien affiché : n'avez-vous pas oublié le nom du fichier ?"
    check_lines(got, expected, what=what, mistakes=mistakes, unordered=unordered, hint=hint)


@recorded
def check_number(result: Result, expected: int, *, what: str,
                 mistakes: Iterable[Mistake] = ()) -> None:
    """Check that a command printed a single integer equal to ``expected``.

    ``mistakes`` lists ``(wrong number, message)`` pairs.
    """
    text = result.stdout.strip()
    if not re.fullmatch(r"\d+", text):
        if not text:
            raise Incorrect(f"{what} : la commande n'a rien affiché, un nombre est attendu."
                            + _error_hint(result))
        raise Incorrect(
            f"{what} : un seul nombre est attendu, la commande a affiché {show_lines(text, 3)}. "
            "Ne gardez que le nombre, par exemple en terminant le tube par wc -l "
            "(grep -c ou wc -l appliqués à des fichiers affichent aussi leurs noms)."
        )
    value = int(text)
    if value == expected:
        return
    for wrong, message in mistakes:
        if _matches(wrong, value):
            raise Incorrect(f"{what} : {message}")
    raise Incorrect(f"{what} : {value} obtenu, {expected} attendu." + _error_hint(result))


@recorded
def check_tree(actual: Snapshot, expected: Snapshot, *, what: str,
               mistakes: Iterable[Mistake] = (), result: Optional[Result] = None,
               dir_modes: bool = False) -> None:
    """Check the files left by a command against the expected tree.

    Parameters
    ----------
    actual, expected : dict
        Snapshots (see :func:`snapshot`); ``expected`` is usually computed
        from the initial snapshot in Python.
    what : str
        What is checked, in French.
    mistakes : iterable of (snapshot or predicate, message)
        Trees that classic mistakes produce, or predicates on ``actual``.
    result : Result, optional
        The command's result, to quote its first error message.
    dir_modes : bool
        Also compare the permissions of folders (files' always are).
    """
    def same(a: Entry, b: Entry) -> bool:
        if a.kind != b.kind or a.data != b.data:
            return False
        return a.mode == b.mode or (a.kind == "dir" and not dir_modes)

    if actual.keys() == expected.keys() and all(same(actual[k], expected[k]) for k in actual):
        return
    for wrong, message in mistakes:
        if callable(wrong):
            if wrong(actual):
                raise Incorrect(f"{what} : {message}")
        elif wrong.keys() == actual.keys() and all(same(actual[k], wrong[k]) for k in actual):
            raise Incorrect(f"{what} : {message}")
    kinds = {"file": "fichier", "dir": "dossier", "link": "lien", "other": "élément"}
    problems = []
    for path in sorted(expected.keys() - actual.keys()):
        problems.append(f"{kinds[expected[path].kind]} « {path} » manquant")
    for path in sorted(actual.keys() - expected.keys()):
        problems.append(f"{kinds.get(actual[path].kind, 'élément')} « {path} » en trop")
    for path in sorted(actual.keys() & expected.keys()):
        a, b = actual[path], expected[path]
        if a.kind != b.kind:
            problems.append(f"« {path} » est un {kinds.get(a.kind, 'élément')}, "
                            f"un {kinds[b.kind]} est attendu")
        elif a.data != b.data:
            problems.append(f"contenu de « {path} » différent de celui attendu")
        elif not same(a, b):
            problems.append(f"droits de « {path} » : {format_mode(a.mode)} obtenus, "
                            f"{format_mode(b.mode)} attendus")
    shown = " ; ".join(problems[:3]) + (f" ; … ({len(problems)} différences)" if len(problems) > 3 else "")
    raise Incorrect(f"{what} : le dossier n'est pas dans l'état attendu ({shown})."
                    + (_error_hint(result) if result else ""))


# Watched from now on (imported by the setup cell, before candidate code).
protect(__name__)
