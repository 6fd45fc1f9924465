"""Shared fixtures: the course, workspaces built from release/ and source/, grading runs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, Optional

import nbformat
import pytest

from autograder.front import cli
from autograder.model.course import Course
from autograder.model.course import cells_by_grade_id as cells_by_id
from autograder.front.workspace import start

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def course() -> Course:
    return Course.load(ROOT)


@pytest.fixture(scope="session", autouse=True)
def shared_gradebook_cache(tmp_path_factory):
    """One template gradebook for the whole session instead of one per workspace."""
    cache = tmp_path_factory.mktemp("gradebook-cache")
    old = os.environ.get("READINESS_CACHE_DIR")
    os.environ["READINESS_CACHE_DIR"] = str(cache)
    yield cache
    if old is None:
        os.environ.pop("READINESS_CACHE_DIR", None)
    else:
        os.environ["READINESS_CACHE_DIR"] = old


def solution_sources(notebook_path: str) -> Dict[str, str]:
    """Source of every answer cell of a source notebook, by grade_id."""
    nb = nbformat.read(str(ROOT / "source" / notebook_path), as_version=4)
    return {gid: c.source for gid, c in cells_by_id(nb).items()
            if c.metadata["nbgrader"].get("solution")}


def fill_answers(workspace: Path, notebook_path: str, answers: Dict[str, str]) -> None:
    """Replace answer cells of a workspace notebook, as a candidate would."""
    path = workspace / notebook_path
    nb = nbformat.read(str(path), as_version=4)
    cells = cells_by_id(nb)
    for grade_id, source in answers.items():
        cells[grade_id].source = source
    nbformat.write(nb, str(path))


def make_workspace(tmp_path: Path, solved=(), replace: Optional[Dict[str, Dict[str, str]]] = None,
                   only=None) -> Path:
    """A workspace from release/; notebooks in ``solved`` get the source solutions.

    ``replace`` maps a notebook path to ``{answer grade_id: code}`` applied after
    the solutions; ``only`` keeps just those notebooks in the workspace.
    """
    workspace = tmp_path / "workspace"
    start(ROOT, workspace)
    # A fixed personal variant: the same data on every run (tests/test_variants.py
    # grades other variants).
    (workspace / ".readiness" / "variant.json").write_text('{"variant": "424242"}')
    if only is not None:
        for path in list(workspace.glob("*/*.ipynb")):
            if path.relative_to(workspace).as_posix() not in only:
                path.unlink()
    for notebook in solved:
        fill_answers(workspace, notebook, solution_sources(notebook))
    for notebook, answers in (replace or {}).items():
        fill_answers(workspace, notebook, answers)
    return workspace


def score(workspace: Path, tmp_path: Path, *extra: str) -> dict:
    """Grade through the `readiness score` command (in this process) and read its JSON."""
    out = tmp_path / "report.json"
    code = cli.main(["score", "--workspace", str(workspace), "--json", str(out), "--quiet",
                     "--no-history", *extra])
    assert code == 0
    return json.loads(out.read_text(encoding="utf-8"))


def run_cli(*args: str, cwd: Optional[Path] = None, env: Optional[dict] = None
            ) -> subprocess.CompletedProcess:
    """Run `python -m autograder` in a new process, as a candidate would.

    ``env`` entries are added to (or, with value None, removed from) the environment.
    """
    environ = dict(os.environ)
    for key, value in (env or {}).items():
        if value is None:
            environ.pop(key, None)
        else:
            environ[key] = value
    return subprocess.run([sys.executable, "-m", "autograder", *args], cwd=cwd or ROOT,
                          capture_output=True, text=True, timeout=600, env=environ)


def snapshot(folder: Path) -> Dict[str, bytes]:
    """Bytes of every candidate file of a workspace (state folder excluded)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in folder.rglob("*") if p.is_file() and ".readiness" not in p.parts}


def by_id(report: dict) -> Dict[str, dict]:
    return {q["grade_id"]: q for q in report["questions"]}


def copy_course(tmp_path: Path) -> Path:
    """A private copy of the course (for tests that change source/ or release/)."""
    dest = tmp_path / "course"
    for name in ("source", "release", "notebooks"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "nbgrader_config.py", dest)
    return dest


def grading_rounds(course: Course, cases) -> list:
    """``cases`` (each with a ``question``) grouped into graded runs.

    A run holds at most one case per question (questions are independent,
    so one run checks several cases at once), and the k-th run of every
    notebook is graded in the same workspace, so that notebooks are graded
    in parallel. Returns ``[{notebook path: {grade_id: case}}]``.
    """
    per_notebook = {}
    for case in cases:
        notebook = course.by_grade_id()[case.question].path
        runs = per_notebook.setdefault(notebook, [])
        run = next((r for r in runs if case.question not in r), None)
        if run is None:
            run = {}
            runs.append(run)
        run[case.question] = case
    merged = []
    for notebook, runs in sorted(per_notebook.items()):
        for k, run in enumerate(runs):
            if len(merged) <= k:
                merged.append({})
            merged[k][notebook] = run
    return merged
