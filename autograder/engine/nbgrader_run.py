"""Run nbgrader's own converters on a private course folder.

``readiness score`` never grades in the course or in the workspace: it builds
a throw-away nbgrader course folder (``source/`` linked to the course's,
``submitted/<student>/`` holding copies of the candidate's notebooks), runs
nbgrader's ``GenerateAssignment`` once to fill the gradebook with the source
cells (hidden tests, checksums), then nbgrader's ``Autograde`` once per
notebook, each on its own copy of that gradebook so notebooks can be graded
in parallel without sharing a SQLite file. The template gradebook is
cached (see :func:`template_gradebook`).
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import os
import shutil
import sys
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable

from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from ..model.course import CONFIG_FILE, SOURCE_DIR
from .failures import GraderFailure, describe

GRADEBOOK = "gradebook.db"
STUDENT_ID = "candidat"

log = logging.getLogger("autograder.nbgrader")


@dataclass
class Autograded:
    """What nbgrader's autograde produced for one notebook."""

    scores: Dict[str, float]
    """Score of each graded cell, by grade_id, read from the gradebook."""
    notebook: Path
    """The executed notebook (test cells restored from the source, with outputs)."""


class NotebookRefused(Exception):
    """nbgrader refused the candidate's notebook itself (cells of a changed
    type, metadata it cannot read...): the candidate's zero, not the grader's
    failure. The message says what nbgrader objected to."""


# Errors that come from the grader's machine or code whatever the notebook:
# never blamed on the candidate, even when they surface while nbgrader reads
# the candidate's notebook.
GRADER_ERRORS: tuple = (OSError, MemoryError, ImportError, GraderFailure)


def _grader_errors() -> tuple:
    import sqlalchemy.exc

    return GRADER_ERRORS + (sqlalchemy.exc.SQLAlchemyError,)


def ensure_scripts_on_path() -> None:
    """Put this interpreter's scripts folder first on PATH.

    nbgrader runs the ``alembic`` command when it creates a gradebook; it is
    installed next to this Python, which is not on PATH when the virtual
    environment is used without being activated (``.venv/bin/readiness``).
    """
    scripts = os.path.dirname(sys.executable)
    if scripts not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = scripts + os.pathsep + os.environ.get("PATH", "")


def load_course_config(course_root: Path) -> Config:
    """Load the course's ``nbgrader_config.py`` (an empty config if absent)."""
    path = Path(course_root) / CONFIG_FILE
    if not path.exists():
        return Config()
    return PyFileConfigLoader(path.name, path=str(path.parent)).load_config()


def _grading_config(base: Config, root: Path) -> Config:
    """The course config, pointed at the private course folder ``root``."""
    config = copy.deepcopy(base)  # Config(base) would share its sections with base
    config.CourseDirectory.root = str(root)
    config.CourseDirectory.db_url = f"sqlite:///{root / GRADEBOOK}"
    config.CourseDirectory.student_id = STUDENT_ID
    return config


def gradebook_key(course_root: Path, assignments: Iterable[str]) -> str:
    """Hash of everything the template gradebook and the reference records
    are made from (sources, configuration, nbgrader, this package)."""
    import nbgrader

    digest = hashlib.sha256(nbgrader.__version__.encode())
    package = Path(__file__).resolve().parent.parent
    for module in sorted(package.rglob("*.py")):  # the grader's version
        digest.update(module.read_bytes())
    config = Path(course_root) / CONFIG_FILE
    if config.exists():
        digest.update(config.read_bytes())
    for assignment in sorted(assignments):
        for path in sorted((Path(course_root) / SOURCE_DIR / assignment).rglob("*")):
            if path.is_file() and ".ipynb_checkpoints" not in path.parts:
                digest.update(str(path.relative_to(course_root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def generate_assignments(root: Path, assignments: Iterable[str], base: Config) -> None:
    """Run nbgrader's ``GenerateAssignment`` for ``assignments`` in the private
    course folder ``root`` (its ``source/`` already in place): this fills
    ``root/gradebook.db`` and writes ``root/release/``."""
    from nbgrader.converters import GenerateAssignment
    from nbgrader.coursedir import CourseDirectory

    ensure_scripts_on_path()
    config = _grading_config(base, root)
    for assignment in assignments:
        coursedir = CourseDirectory(config=config)
        coursedir.assignment_id = assignment
        converter = GenerateAssignment(coursedir=coursedir, config=config, log=log)
        converter.force = True
        converter.start()


def cache_key(gradebook: Path) -> str:
    """The source hash a cached template gradebook was made from (its name
    says it); the reference records made from the same sources share it."""
    return Path(gradebook).stem.removeprefix("gradebook-")


def template_gradebook(course_root: Path, assignments: Iterable[str], base: Config,
                       cache_dir: Path) -> Path:
    """A gradebook that knows the source cells of ``assignments``.

    Made by nbgrader's ``GenerateAssignment`` in a private folder, then kept in
    ``cache_dir`` under a hash of the sources: creating a gradebook is the
    slowest step (nbgrader runs ``alembic`` in a new process), and an
    instructor's gradebook is made once too.
    """
    assignments = sorted(assignments)
    cached = Path(cache_dir) / f"gradebook-{gradebook_key(course_root, assignments)}.db"
    if cached.exists() and is_sound_gradebook(cached):
        return cached
    try:
        with tempfile.TemporaryDirectory(prefix="readiness-template-") as tmp:
            root = Path(tmp)
            (root / SOURCE_DIR).mkdir()
            for assignment in assignments:
                os.symlink(Path(course_root) / SOURCE_DIR / assignment,
                           root / SOURCE_DIR / assignment)
            generate_assignments(root, assignments, base)
            Path(cache_dir).mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(f".{os.getpid()}.tmp")
            shutil.copyfile(root / GRADEBOOK, partial)
            os.replace(partial, cached)  # atomic: a concurrent run never sees half a file
    except Exception as exc:
        raise GraderFailure("préparation du carnet de notes (nbgrader generate_assignment)",
                            describe(exc)) from exc
    for stale in Path(cache_dir).glob("*.tmp"):
        if stale.stat().st_mtime < time.time() - 3600:  # left by a run killed mid-write
            stale.unlink(missing_ok=True)
    for stale in Path(cache_dir).glob("gradebook-*.db"):
        if stale != cached:  # made from sources that have changed since
            stale.unlink(missing_ok=True)
    for stale in Path(cache_dir).glob("references-*"):
        if stale.name != f"references-{cache_key(cached)}":
            shutil.rmtree(stale, ignore_errors=True)
    return cached


def is_sound_gradebook(path: Path) -> bool:
    """Whether a cached gradebook is a whole SQLite file with nbgrader's
    tables (a copy cut short by a full disk or a killed run is not)."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            ok = db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        return ok and {"assignment", "notebook", "grade_cells"} <= tables
    except sqlite3.Error:
        return False


def _readable_json(path: Path) -> bool:
    try:
        json.loads(path.read_text(encoding="utf-8"))
        return True
    except (OSError, ValueError):
        return False


def reference_records(course_root: Path, cache_dir: Path, key: str, assignment: str,
                      notebook: str, base: Config, variant: str = "") -> Path:
    """The file of reference records of one source notebook (see
    :mod:`autograder.engine.verify`), computed in a clean kernel on first use and
    kept in ``cache_dir`` under ``key``. The grading kernel cannot read it."""
    from .verify import compute_references, write_references

    suffix = f"--{variant}" if variant else ""  # a personal notebook's data depend on it
    path = Path(cache_dir) / f"references-{key}" / f"{assignment}--{notebook}{suffix}.json"
    if path.exists() and _readable_json(path):
        return path
    source = Path(course_root) / SOURCE_DIR / assignment / f"{notebook}.ipynb"
    for attempt in (1, 2):  # a second chance: a loaded machine can time a cell out
        try:
            write_references(path, compute_references(source, copy.deepcopy(base), variant))
            return path
        except Exception as exc:
            log.warning("Reference records of %s/%s, attempt %d: %s", assignment, notebook,
                        attempt, describe(exc))
            if attempt == 2:
                raise GraderFailure(f"solution de référence de {assignment}/{notebook}",
                                    describe(exc)) from exc
    return path


def autograde_notebook(course_root: Path, gradebook: Path, root: Path, assignment: str,
                       notebook: str, candidate_bytes: bytes, base: Config,
                       references: Path | None = None, variant: str = "") -> Autograded:
    """Autograde one candidate notebook with nbgrader in a fresh folder ``root``.

    Raises
    ------
    NotebookRefused
        nbgrader refused the candidate's notebook itself.
    GraderFailure
        Anything else went wrong (sandbox, gradebook, cache, disk, a bug).
    """
    from nbgrader.api import Gradebook
    from nbgrader.coursedir import CourseDirectory

    root.mkdir(parents=True)
    os.symlink(Path(course_root) / SOURCE_DIR, root / SOURCE_DIR)
    shutil.copyfile(gradebook, root / GRADEBOOK)
    submitted = root / "submitted" / STUDENT_ID / assignment
    submitted.mkdir(parents=True)
    (submitted / f"{notebook}.ipynb").write_bytes(candidate_bytes)

    config = _grading_config(base, root)
    if references is not None:
        config.VerifyChecks.reference_file = str(references)
    if variant:
        config.GuardedExecute.variant = variant
    coursedir = CourseDirectory(config=config)
    coursedir.assignment_id = assignment
    coursedir.notebook_id = notebook
    converter = _course_autograde()(coursedir=coursedir, config=config, log=log)
    try:
        converter.start()
    except Exception as exc:
        cause = converter.failure or exc
        if converter.refused and not isinstance(cause, _grader_errors()):
            raise NotebookRefused(describe(cause)) from cause
        raise GraderFailure("nbgrader autograde", describe(cause)) from cause

    try:
        with Gradebook(config.CourseDirectory.db_url, config.CourseDirectory.course_id) as gb:
            submission = gb.find_submission_notebook(notebook, assignment, STUDENT_ID)
            scores = {grade.name: float(grade.score or 0.0) for grade in submission.grades}
    except Exception as exc:
        raise GraderFailure("lecture du carnet de notes", describe(exc)) from exc
    return Autograded(scores, root / "autograded" / STUDENT_ID / assignment / f"{notebook}.ipynb")


def _course_autograde():
    """nbgrader's ``Autograde``, keeping the exception that stopped a notebook
    and whether nbgrader was still reading the candidate's notebook (its
    "sanitizing" pass) or already grading it: nbgrader itself only logs it."""
    from nbgrader.converters import Autograde

    class CourseAutograde(Autograde):
        failure = None
        refused = False
        _reading = True  # in the sanitizing pass (nbgrader resets its own flag in a finally)

        def _init_preprocessors(self) -> None:
            self._reading = self._sanitizing
            super()._init_preprocessors()

        def convert_single_notebook(self, notebook_filename: str) -> None:
            try:
                super().convert_single_notebook(notebook_filename)
            except Exception as exc:
                if self.failure is None:
                    self.failure, self.refused = exc, self._reading
                raise

    return CourseAutograde
