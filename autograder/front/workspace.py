"""The candidate's workspace: a personal copy of ``release/``, never overwritten.

Layout (same relative paths as ``release/``)::

    workspace/
        .readiness/workspace.json   marks the folder as a workspace
        .readiness/history.jsonl    one line per grading run
        .readiness/grading.log      nbgrader's log of the last run
        .readiness/last_report.json the last report (read by the dashboard)
        .readiness/lock             serialises writes of two runs at once
        .readiness/variant.json     the candidate's personal variant (autograder.variants)
        08_statistique/01_estimation.ipynb
        ...
"""

from __future__ import annotations

import json
import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, List, Optional

try:
    import fcntl
except ImportError:  # Windows: no second run at once to guard against
    fcntl = None

from ..model.course import RELEASE_DIR, Course
from ..variants import FILE as VARIANT_FILE, new_variant, read_variant

STATE_DIR = ".readiness"
MARKER = "workspace.json"
HISTORY = "history.jsonl"
LOG = "grading.log"
LAST_REPORT = "last_report.json"
LOCK = "lock"
IGNORED = {".ipynb_checkpoints", "__pycache__"}


class WorkspaceError(Exception):
    """The folder given as a workspace cannot be used; the message is French."""


@dataclass
class StartSummary:
    """What ``readiness start`` did."""

    workspace: Path
    added: List[str] = field(default_factory=list)
    """Files copied from release/ because the workspace did not have them."""
    kept: List[str] = field(default_factory=list)
    """Files already in the workspace, left as they are."""
    variant: str = ""
    """The candidate's personal variant."""
    new_variant: bool = False
    """Whether this run drew the variant."""
    archived: List[str] = field(default_factory=list)
    """Previous attempts renamed for a new variant (``old -> new`` names)."""


def start(course_root: Path, workspace: Path, fresh_variant: bool = False) -> StartSummary:
    """Create or update ``workspace`` from the course's ``release/``.

    Only files that do not exist yet are copied: a file the candidate has,
    edited or not, is never overwritten or deleted. The first start draws the
    candidate's personal variant. With ``fresh_variant`` (a retake of the
    diagnostic), the notebooks with personal data are first renamed
    ``<name>.variante-<old variant>.ipynb`` (never over an existing file),
    a new variant is drawn, and fresh copies are added.
    """
    release = Path(course_root) / RELEASE_DIR
    if not release.is_dir():
        raise WorkspaceError(f"dossier {release} introuvable : est-ce bien le dépôt du cours ?")
    workspace = Path(workspace)
    if workspace.exists() and not workspace.is_dir():
        raise WorkspaceError(f"{workspace} existe et n'est pas un dossier")
    if workspace.is_dir() and any(workspace.iterdir()) and not is_workspace(workspace):
        raise WorkspaceError(
            f"{workspace} n'est pas vide et n'est pas un espace de travail : "
            "choisissez un autre dossier (--workspace)")
    state = workspace / STATE_DIR
    state.mkdir(parents=True, exist_ok=True)
    marker = state / MARKER
    if not marker.exists():
        marker.write_text(json.dumps({"course_root": str(Path(course_root).resolve())}, indent=1))
    summary = StartSummary(workspace)
    current = read_variant(workspace)
    if fresh_variant and current:
        for path in sorted(Course.load(course_root).personal):
            attempt = workspace / path
            if attempt.exists():
                kept = _free_name(attempt, f".variante-{current}")
                attempt.rename(kept)
                summary.archived.append(f"{path} -> {kept.relative_to(workspace).as_posix()}")
    if current is None or fresh_variant:
        current = new_variant(avoid=current)
        write_atomic(workspace / VARIANT_FILE, json.dumps({"variant": current}))
        summary.new_variant = True
    summary.variant = current
    for src in sorted(release.rglob("*")):
        rel = src.relative_to(release)
        if not src.is_file() or IGNORED & set(rel.parts):
            continue
        dest = workspace / rel
        if dest.exists():
            summary.kept.append(rel.as_posix())
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
        summary.added.append(rel.as_posix())
    return summary


def _free_name(path: Path, tag: str) -> Path:
    """``name<tag>.ipynb`` next to ``path``, or ``name<tag>-2.ipynb``... if taken."""
    candidate, n = path.with_name(f"{path.stem}{tag}{path.suffix}"), 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}{tag}-{n}{path.suffix}")
    return candidate


def is_workspace(folder: Path) -> bool:
    return (Path(folder) / STATE_DIR / MARKER).is_file()


def check_workspace(folder: Path) -> Path:
    """Return ``folder`` if it is a workspace, else raise a French error."""
    folder = Path(folder)
    if not folder.exists():
        raise WorkspaceError(
            f"pas d'espace de travail dans {folder} : lancez d'abord `readiness start`")
    if not is_workspace(folder):
        raise WorkspaceError(
            f"{folder} n'est pas un espace de travail (créez-en un avec `readiness start`)")
    return folder


def read_history(workspace: Path) -> List[dict]:
    """Summaries of the previous grading runs, oldest first (bad lines skipped)."""
    path = Path(workspace) / STATE_DIR / HISTORY
    if not path.exists():
        return []
    runs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            runs.append(json.loads(line))
        except ValueError:
            continue
    return runs


def last_run(workspace: Path) -> Optional[dict]:
    runs = read_history(workspace)
    return runs[-1] if runs else None


@contextmanager
def state_lock(workspace: Path) -> Iterator[None]:
    """Hold the workspace's state lock: two runs at once (the dashboard and
    ``make score``) write the history one after the other."""
    path = Path(workspace) / STATE_DIR / LOCK
    with path.open("a") as handle:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_UN)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: a
    reader, a full disk or a killed run never leaves half a file."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with partial.open("w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def record_run(workspace: Path, summary: dict, report: dict) -> None:
    """Append ``summary`` to the history and keep ``report`` as the last
    report, both or neither (a full disk leaves the previous state)."""
    state = Path(workspace) / STATE_DIR
    history, last = state / HISTORY, state / LAST_REPORT
    with state_lock(workspace):
        old = history.read_text(encoding="utf-8") if history.exists() else None
        lines = old or ""
        if lines and not lines.endswith("\n"):
            lines += "\n"  # a line cut by an older version's crash stays apart
        write_atomic(history, lines + json.dumps(summary, ensure_ascii=False) + "\n")
        try:
            write_atomic(last, json.dumps(report, ensure_ascii=False, indent=1))
        except BaseException:
            if old is None:
                history.unlink(missing_ok=True)
            else:
                write_atomic(history, old)
            raise


def log_path(workspace: Path) -> Path:
    return Path(workspace) / STATE_DIR / LOG
