"""Run a candidate's shell command in a throw-away folder, for the Unix test cells.

A test cell of the Unix domain builds a small tree of generated files in a
fresh temporary folder (a :class:`Sandbox`), runs the candidate's command
there with :func:`run`, then compares what the command printed and the files
it left with a Python computation of the truth::

    from autograder.shell import Sandbox, check_output

    with Sandbox() as bac:
        bac.write("notes.txt", "a\\nb\\nc\\n")
        resultat = bac.run(commande_mesures, what="commande_mesures")
        check_output(resultat, ["b", "c"], what="commande_mesures")

The command runs with ``bash -c`` in the sandbox (its current directory),
with a minimal environment (``PATH=/usr/bin:/bin``, ``HOME`` = the sandbox,
``LC_ALL=C``, umask ``022``), its standard input closed and a time limit; the
whole process group is killed on timeout. The sandbox is removed when the
``with`` block ends, whatever happened. The test cells themselves write
nothing outside the sandbox; the command is not confined (this is a
self-assessment, not a jail), but ``HOME`` and the current directory both
point into the sandbox.

Every problem with the candidate's command (not a string, time limit, output
too large...) raises :class:`autograder.checks.Incorrect` with a French
message, like the checks of :mod:`autograder.checks`.

The package holds the runner (:mod:`.runner`), the generated content
(:mod:`.data`) and the checks (:mod:`.checks`); test cells import every
name from ``autograder.shell`` itself, a public interface kept stable.
"""

from __future__ import annotations

from ..checks import protect
from .checks import (check_lines, check_number, check_output, check_tree,  # noqa: F401
                     format_mode, show_lines)
from .data import WORDS, make_tree, random_lines, random_name  # noqa: F401
from .runner import (DEFAULT_TIMEOUT, MAX_OUTPUT, SAFE_PATH, SANDBOX_PREFIX, TOOLS,  # noqa: F401
                     Entry, Result, Sandbox, Snapshot, command_text, require_bash, run,
                     snapshot, split_words)


__all__ = [
    "Result",
    "Entry",
    "Sandbox",
    "run",
    "snapshot",
    "command_text",
    "require_bash",
    "split_words",
    "random_name",
    "random_lines",
    "make_tree",
    "format_mode",
    "show_lines",
    "check_lines",
    "check_output",
    "check_number",
    "check_tree",
    "SAFE_PATH",
    "DEFAULT_TIMEOUT",
]

# Watched from now on (imported by the setup cell, before candidate code).
protect(__name__)
