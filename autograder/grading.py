"""Grade a candidate's workspace with nbgrader, notebooks in parallel."""

from __future__ import annotations

import multiprocessing
import os
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, List, Optional

import nbformat
from traitlets import Integer
from traitlets.config import Configurable

from .course import RELEASE_DIR, Course, Question, cells_by_grade_id
from .nbgrader_run import (autograde_notebook, cache_key, load_course_config,
                           reference_records, template_gradebook)
from .outcome import interpret, same_for_all, untouched
from .processes import become_subreaper, kill_descendants
from .repair import drop_broken_metadata, restore_metadata, restore_order, setup_ids
from .results import ERROR, QuestionResult

Progress = Callable[[int, int, str], None]


@dataclass
class Job:
    """One candidate notebook to autograde."""

    path: str
    questions: List[Question]
    data: bytes
    attempted: Dict[str, bool]
    modified_tests: List[str]

    @property
    def assignment(self) -> str:
        return self.questions[0].assignment

    @property
    def notebook(self) -> str:
        return self.questions[0].notebook


def compare_with_release(nb, release_nb, questions: List[Question]):
    """Which answers the candidate changed, which test cells they touched.

    An answer cell counts as attempted when it differs from the release
    version or cannot be found (the answer may live in another cell); when
    the release notebook is missing everything counts as attempted.
    """
    if release_nb is None:
        return {q.grade_id: True for q in questions}, []
    release = cells_by_grade_id(release_nb)
    mine = cells_by_grade_id(nb)

    def changed(grade_id: str) -> bool:
        return getattr(mine.get(grade_id), "source", None) != getattr(release.get(grade_id), "source", None)

    attempted = {
        q.grade_id: any(changed(g) for g in q.answer_cells) or not q.answer_cells
        for q in questions
    }
    modified = [q.grade_id for q in questions if changed(q.grade_id)]
    return attempted, modified


def _grade_job(job: Job, course_root: Path, gradebook: Path, workdir: Path, config,
               timeout, cache_dir: Path, key: str) -> List[QuestionResult]:
    """Grade one notebook; never raises for a problem of the notebook itself."""
    try:
        references = reference_records(course_root, cache_dir, key, job.assignment,
                                       job.notebook, config)
    except Exception as exc:  # the course's own solution fails: say so, grade nothing
        return same_for_all(
            job.questions, ERROR,
            f"Erreur du cours : la solution de référence de ce notebook échoue ({exc}). "
            "Signalez-la aux auteurs du cours.")
    try:
        graded = autograde_notebook(course_root, gradebook, workdir, job.assignment,
                                    job.notebook, job.data, config, references)
    except Exception:  # nbgrader logged the cause in the grading log
        return same_for_all(
            job.questions, ERROR,
            "nbgrader n'a pas pu corriger ce notebook (le noyau Python n'a pas pu démarrer "
            "ou redémarrer). Les autres notebooks sont corrigés normalement ; détails dans "
            ".readiness/grading.log.")
    try:
        return interpret(job.questions, graded.scores, graded.notebook, job.attempted,
                         job.modified_tests, timeout)
    except Exception as exc:
        return same_for_all(job.questions, ERROR,
                            f"Le résultat de la correction est illisible ({type(exc).__name__}).")


# State shared with forked workers (set just before the pool starts).
_POOL_STATE: dict = {}


def _pool_init(log_file: Optional[str]) -> None:
    """Send the worker's stderr (and its kernels' warnings) to the grading log,
    and adopt the orphans of its kernels (see :mod:`autograder.processes`)."""
    warnings.simplefilter("ignore")
    become_subreaper()
    if log_file:
        fd = os.open(log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        os.dup2(fd, 2)
        os.close(fd)


def _pool_worker(index_job):
    index, job = index_job
    s = _POOL_STATE
    try:
        return job.path, _grade_job(job, s["course_root"], s["gradebook"],
                                    s["tmp"] / f"job{index}", s["config"], s["timeout"],
                                    s["cache_dir"], s["key"])
    finally:
        kill_descendants()


class WorkspaceGrader(Configurable):
    """Grades the notebooks of a workspace through nbgrader's autograde."""

    max_workers = Integer(
        0,
        help=(
            "Notebooks graded at the same time; 0 means one per notebook, up to "
            "twice the number of CPU cores (a worker often waits for its kernel)."
        ),
    ).tag(config=True)

    def workers(self, jobs: int) -> int:
        wanted = self.max_workers or 2 * (os.cpu_count() or 1)
        return max(1, min(wanted, jobs))

    @staticmethod
    def repair(nb, release, questions: List[Question]) -> bool:
        """Repair the grading copy (see :mod:`autograder.repair`); True if changed."""
        changed = drop_broken_metadata(nb)
        if release is not None:
            try:
                changed |= restore_metadata(nb, release) > 0
                changed |= restore_order(nb, questions, setup_ids(release))
            except Exception:  # odd structure: nbgrader restores what it can
                pass
        return changed

    def plan(self, course: Course, workspace: Path):
        """Split the course's notebooks into results known without running
        anything (missing, unreadable, untouched) and jobs to autograde."""
        known: Dict[str, List[QuestionResult]] = {}
        jobs: List[Job] = []
        for path in course.notebooks:
            questions = course.questions_of(path)
            candidate = workspace / path
            if not candidate.exists():
                known[path] = untouched(questions)
                continue
            data = candidate.read_bytes()
            try:
                nb = nbformat.reads(data.decode("utf-8"), as_version=4)
            except Exception as exc:
                known[path] = same_for_all(
                    questions, ERROR,
                    f"Notebook illisible ({type(exc).__name__}) : ce n'est pas un notebook "
                    "Jupyter valide. Votre fichier n'a pas été modifié ; rouvrez-le ou "
                    "restaurez-le depuis une sauvegarde (.ipynb_checkpoints).")
                continue
            release_path = course.root / RELEASE_DIR / path
            release = nbformat.read(str(release_path), as_version=4) if release_path.exists() else None
            if self.repair(nb, release, questions):
                data = nbformat.writes(nb).encode("utf-8")  # the copy; the file is untouched
            try:
                attempted, modified = compare_with_release(nb, release, questions)
            except Exception:  # odd metadata: let nbgrader restore and grade everything
                attempted, modified = {q.grade_id: True for q in questions}, []
            if not any(attempted.values()):
                known[path] = untouched(questions)
                continue
            jobs.append(Job(path, questions, data, attempted, modified))
        return known, jobs

    def grade(self, course: Course, workspace: Path, progress: Optional[Progress] = None,
              cache_dir: Optional[Path] = None, log_file: Optional[Path] = None,
              course_config=None) -> List[QuestionResult]:
        """Grade every notebook of the course found in ``workspace``.

        Parameters
        ----------
        course : Course
        workspace : Path
        progress : callable, optional
            ``progress(done, total, notebook)`` after each notebook.
        cache_dir : Path, optional
            Where the template gradebook is kept between runs (default: a
            temporary folder, i.e. no cache).
        log_file : Path, optional
            Where the workers' stderr goes (nbgrader and kernel warnings).
        course_config : traitlets.config.Config, optional
            The course's ``nbgrader_config.py``, if already loaded.

        Returns one result per question of the course, in course order.
        """
        workspace = Path(workspace)
        known, jobs = self.plan(course, workspace)
        total = len(course.notebooks)
        done = len(known)
        if progress:
            progress(done, total, "")
        graded: Dict[str, List[QuestionResult]] = dict(known)
        if jobs:
            config = course_config if course_config is not None else load_course_config(course.root)
            timeout = config.Execute.get("timeout", 30)
            with tempfile.TemporaryDirectory(prefix="readiness-") as tmp:
                tmp = Path(tmp)
                # One gradebook for the whole course, so the cache stays valid
                # whichever notebooks the candidate has started.
                assignments = {q.assignment for q in course.questions}
                cache = Path(cache_dir or tmp / "cache")
                gradebook = template_gradebook(course.root, assignments, config, cache)
                runs = self._run(jobs, tmp, course.root, gradebook, config, timeout, log_file,
                                 cache, cache_key(gradebook))
                for path, results in runs:
                    graded[path] = results
                    done += 1
                    if progress:
                        progress(done, total, path)
        return [r for path in course.notebooks for r in graded[path]]

    def _run(self, jobs, tmp, course_root, gradebook, config, timeout, log_file, cache, key):
        if "fork" not in multiprocessing.get_all_start_methods():  # Windows
            for index, job in enumerate(jobs):
                yield job.path, _grade_job(job, course_root, gradebook, tmp / f"job{index}",
                                           config, timeout, cache, key)
            return
        # Forked workers inherit the imports already paid for by this process
        # (imported here once rather than once per worker), and a worker that
        # crashes cannot take the report down with it.
        import IPython.paths  # noqa: F401  (nbclient looks up kernelspecs)
        import nbgrader.api  # noqa: F401
        import nbgrader.converters  # noqa: F401
        import psutil  # noqa: F401  (jupyter_client's kernel provisioner)
        _POOL_STATE.update(course_root=course_root, gradebook=gradebook, tmp=tmp,
                           config=config, timeout=timeout, cache_dir=cache, key=key)
        workers = self.workers(len(jobs))
        try:
            with multiprocessing.get_context("fork").Pool(
                    workers, initializer=_pool_init,
                    initargs=(str(log_file) if log_file else None,)) as pool:
                yield from pool.imap_unordered(_pool_worker, list(enumerate(jobs)))
        finally:
            _POOL_STATE.clear()
