"""Generated content for the Unix questions: names, lines, trees of files."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from typing import Iterable, List, Sequence, Union

import numpy as np

from ..checks import protect
from .runner import Sandbox, _inside

# ---------------------------------------------------------------------------
# Generated content
# ---------------------------------------------------------------------------

WORDS = (
    "rapport", "notes", "budget", "projet", "photo", "reunion", "bilan", "client",
    "facture", "mesure", "donnees", "export", "resume", "plan", "liste", "courrier",
    "devis", "contrat", "stage", "cours", "semaine", "equipe", "annexe", "releve",
    "compte", "agenda", "inventaire", "planning", "memo", "synthese", "atelier", "bureau",
)
"""Lower-case ASCII words used for generated names and lines."""


def random_name(rng: np.random.Generator, suffix: str = "", *, space_prob: float = 0.35,
                taken: Iterable[str] = ()) -> str:
    """A random file or folder name, sometimes with a space.

    Parameters
    ----------
    rng : numpy.random.Generator
        Source of randomness (``rng_for(question id)`` in hidden tests).
    suffix : str
        Appended to the name, e.g. ``".csv"``.
    space_prob : float
        Probability that the words are separated by a space (otherwise ``_``
        or ``-``).
    taken : iterable of str
        Names to avoid (compared case-insensitively).

    Returns
    -------
    str
        A name such as ``"bilan equipe 3.txt"``; never starts with ``-`` or ``.``.
    """
    used = {t.lower() for t in taken}
    while True:
        words = [str(w) for w in rng.choice(WORDS, size=int(rng.integers(1, 3)), replace=False)]
        if rng.random() < 0.5:
            words.append(str(int(rng.integers(1, 100))))
        if len(words) == 1:
            words.append(str(int(rng.integers(1, 100))))
        sep = " " if rng.random() < space_prob else str(rng.choice(["_", "-"]))
        name = sep.join(words) + suffix
        if name.lower() not in used:
            return name


def random_lines(rng: np.random.Generator, count: int, *, words: Sequence[str] = WORDS,
                 min_words: int = 2, max_words: int = 6) -> List[str]:
    """``count`` random lines of lower-case words separated by single spaces."""
    return [" ".join(str(w) for w in rng.choice(words, size=int(rng.integers(min_words, max_words + 1))))
            for _ in range(count)]


def make_tree(rng: np.random.Generator, root: Union[str, os.PathLike, Sandbox], *,
              files: int = 6, dirs: int = 3, depth: int = 2,
              suffixes: Sequence[str] = (".txt", ".md", ".dat"),
              space_prob: float = 0.35, under: str = "") -> List[str]:
    """Fill a folder with random nested folders and small text files.

    Parameters
    ----------
    rng : numpy.random.Generator
        Source of randomness.
    root : path or Sandbox
        The folder to fill.
    files : int
        Number of files created (spread over ``under`` and the new folders).
    dirs : int
        Number of folders created, each at most ``depth`` levels below ``under``.
    depth : int
        Maximum nesting of the new folders.
    suffixes : sequence of str
        Extensions drawn for the files.
    space_prob : float
        Probability of a space in each name (see :func:`random_name`).
    under : str
        Relative folder in which the tree is built (default: ``root`` itself).

    Returns
    -------
    list of str
        Relative POSIX paths (from ``root``) of the files created, sorted.
    """
    base = Path(root.path if isinstance(root, Sandbox) else root)
    start = PurePosixPath(under) if under else PurePosixPath()
    folders = [start]
    for _ in range(dirs):
        candidates = [f for f in folders if len(f.parts) - len(start.parts) < depth]
        parent = candidates[int(rng.integers(len(candidates)))]
        taken = [p.name for p in folders if p.parent == parent]
        folders.append(parent / random_name(rng, space_prob=space_prob, taken=taken))
    created = []
    for index in range(files):
        folder = folders[int(rng.integers(len(folders)))] if index else start
        existing = {PurePosixPath(c).name for c in created if PurePosixPath(c).parent == folder}
        existing |= {f.name for f in folders if f.parent == folder}
        suffix = str(rng.choice(list(suffixes)))
        name = random_name(rng, suffix, space_prob=space_prob, taken=existing)
        relative = (folder / name).as_posix()
        lines = random_lines(rng, int(rng.integers(1, 6)))
        path = _inside(base, relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        os.chmod(path, 0o644)
        created.append(relative)
    for folder in folders[1:]:
        _inside(base, folder.as_posix()).mkdir(parents=True, exist_ok=True)
    return sorted(created)


# Watched from now on (imported by the setup cell, before candidate code).
protect(__name__)
