"""Grade a candidate's workspace with nbgrader, notebooks in parallel."""

from __future__ import annotations

import copy
import multiprocessing
import os
import signal
import tempfile
import warnings
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional

import nbformat
from traitlets import Integer
from traitlets.config import Configurable

from ..model.course import RELEASE_DIR, SOURCE_DIR, Course, Question, cells_by_grade_id
from .failures import GraderFailure, describe
from .kernel_forkserver import server_pids
from .limits import RUN_ENV, remove_stale_cgroups
from .nbgrader_run import (NotebookRefused, autograde_notebook, cache_key, load_course_config,
                           log, reference_records, template_gradebook)
from .outcome import interpret, same_for_all, untouched
from .result_cache import ResultCache
from .processes import become_subreaper, die_with_parent, kill_descendants, kill_tree
from .repair import drop_broken_metadata, restore_metadata, restore_order, setup_ids
from ..model.results import ERROR, PASSED, QuestionResult
from ..variants import read_variant, student_id, variant_of_student

Progress = Callable[[int, int, str], None]


@dataclass
class Job:
    """One candidate notebook to autograde."""

    path: str
    questions: List[Question]
    data: bytes
    attempted: Dict[str, bool]
    modified_tests: List[str]
    variant: str = ""
    """The candidate's personal variant for a notebook that has one
    (:mod:`autograder.variants`), else empty."""

    @property
    def assignment(self) -> str:
        return self.questions[0].assignment

    @property
    def notebook(self) -> str:
        return self.questions[0].notebook

    @property
    def notebook_path(self) -> str:
        """``assignment/notebook.ipynb``: a grade depends on it and the content only."""
        return self.questions[0].path

    @property
    def cache_id(self) -> str:
        """What a grade depends on besides the content: the notebook, and the
        variant whose data the hidden tests draw."""
        return f"{self.notebook_path}#{self.variant}" if self.variant else self.notebook_path


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


def refused_message(detail: str) -> str:
    return (f"nbgrader a refusé ce notebook ({detail}) : sa structure a sans doute été "
            "modifiée (type d'une cellule changé, métadonnées abîmées). Votre fichier n'a "
            "pas été modifié ; repartez d'une copie neuve (supprimez-le puis lancez "
            "`readiness start`) et recopiez-y vos réponses.")


@dataclass
class Graded:
    """What grading one notebook gave."""

    results: List[QuestionResult]
    """One result per question of the notebook, in course order."""
    notebook: Optional[str] = None
    """The notebook nbgrader executed (tests restored, outputs), as JSON text;
    None when nothing was executed (notebook refused by nbgrader)."""


def _grade_job(job: Job, course_root: Path, gradebook: Path, workdir: Path, config,
               timeout, cache_dir: Path, key: str) -> Graded:
    """Grade one notebook.

    What the notebook causes is graded (zero and a French message); what the
    grader causes raises :class:`GraderFailure` (see :mod:`autograder.engine.failures`).
    """
    references = reference_records(course_root, cache_dir, key, job.assignment,
                                   job.notebook, config, job.variant)
    for attempt in (1, 2):
        try:
            graded = autograde_notebook(course_root, gradebook, workdir / f"try{attempt}",
                                        job.assignment, job.notebook, job.data, config,
                                        references, job.variant)
            break
        except NotebookRefused as exc:
            return Graded(same_for_all(job.questions, ERROR, refused_message(str(exc))))
        except GraderFailure as exc:
            # A second chance: on a loaded machine a kernel can miss its
            # deadlines (outputs late, slow start); a real fault fails twice.
            if attempt == 2:
                raise
            log.warning("Grading %s failed, trying again: %s", job.path, exc)
    try:
        results = interpret(job.questions, graded.scores, graded.notebook, job.attempted,
                            job.modified_tests, timeout)
        return Graded(results, Path(graded.notebook).read_text(encoding="utf-8"))
    except Exception as exc:
        raise GraderFailure(f"lecture du notebook corrigé {job.path}", describe(exc)) from exc


# How much lower a worker's priority is than the grader's (see _pool_init).
WORKER_NICENESS = 5

# State shared with forked workers (set just before the pool starts).
_POOL_STATE: dict = {}


def _pool_init(log_file: Optional[str], kernel_tmp: str) -> None:
    """Prepare a forked worker.

    Its stderr (and its kernels' warnings) goes to the grading log; it adopts
    the orphans of its kernels (see :mod:`autograder.engine.processes`) and dies
    with the grader; Ctrl-C is the grader's to handle, not the worker's (a
    terminal sends it to the whole process group); the kernels' private
    folders live in the run's temporary folder, removed however the run ends.
    It runs at a lower priority than the grader: in a class, the grader
    alone records every graded notebook in the gradebook, one after the
    other, and workers that took its CPU would only leave it a backlog.
    """
    warnings.simplefilter("ignore")
    os.nice(WORKER_NICENESS)
    # jupyter_core runs coroutines for sync callers inside a running loop on
    # one thread per caller thread, kept in a module dict; after a fork that
    # thread is gone and the next call would wait for it forever (seen when
    # the parent had run a kernel client itself, as a test or an API user may).
    import jupyter_core.utils

    jupyter_core.utils._runner_map.clear()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent()
    become_subreaper()
    tempfile.tempdir = kernel_tmp
    if log_file:
        fd = os.open(log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        os.dup2(fd, 2)
        os.close(fd)
    from .kernel_manager import start_fork_server

    start_fork_server(_POOL_STATE["config"])  # imports while the first notebook is prepared


def _pool_worker(index: int, job: Job) -> Graded:
    s = _POOL_STATE
    try:
        return _grade_job(job, s["course_root"], s["gradebook"], s["tmp"] / f"job{index}",
                          s["config"], s["timeout"], s["cache_dir"], s["key"])
    finally:
        kill_descendants(spare=server_pids())  # the fork server serves the next notebook


def _as_failure(job: Job, exc: BaseException) -> GraderFailure:
    if isinstance(exc, GraderFailure):
        return exc
    if isinstance(exc, BrokenProcessPool):
        return GraderFailure("processus de correction",
                             f"un processus de correction s'est arrêté brutalement pendant {job.path}")
    return GraderFailure(f"correction de {job.path}", describe(exc))


def all_errors(results: Iterable[QuestionResult]) -> bool:
    """Whether every graded question ended in an error (none passed, failed
    or timed out): either the candidate broke everything, or the grader
    itself is broken; :meth:`WorkspaceGrader.grade` tells which."""
    results = list(results)
    return bool(results) and all(r.status == ERROR for r in results)


def repair(nb, release, questions: List[Question]) -> bool:
    """Repair the grading copy (see :mod:`autograder.engine.repair`); True if changed."""
    changed = drop_broken_metadata(nb)
    if release is not None:
        try:
            changed |= restore_metadata(nb, release) > 0
            changed |= restore_order(nb, questions, setup_ids(release))
        except Exception:  # odd structure: nbgrader restores what it can
            pass
    return changed


def prepare_notebook(course: Course, path: str, data: Optional[bytes],
                     job_path: Optional[str] = None, run_untouched: bool = False,
                     variant: str = ""):
    """A :class:`Job` for the candidate's notebook ``path`` of the course, or
    its results when they are known without running anything (missing,
    unreadable, untouched unless ``run_untouched``). ``data`` is the file's
    content (None: missing)."""
    questions = course.questions_of(path)
    if data is None:
        return untouched(questions)
    try:
        nb = nbformat.reads(data.decode("utf-8"), as_version=4)
    except Exception as exc:
        return same_for_all(
            questions, ERROR,
            f"Notebook illisible ({type(exc).__name__}) : ce n'est pas un notebook "
            "Jupyter valide. Votre fichier n'a pas été modifié ; rouvrez-le ou "
            "restaurez-le depuis une sauvegarde (.ipynb_checkpoints).")
    release_path = course.root / RELEASE_DIR / path
    release = nbformat.read(str(release_path), as_version=4) if release_path.exists() else None
    if repair(nb, release, questions):
        data = nbformat.writes(nb).encode("utf-8")  # the copy; the file is untouched
    try:
        attempted, modified = compare_with_release(nb, release, questions)
    except Exception:  # odd metadata: let nbgrader restore and grade everything
        attempted, modified = {q.grade_id: True for q in questions}, []
    if not any(attempted.values()) and not run_untouched:
        return untouched(questions)
    return Job(job_path or path, questions, data, attempted, modified,
               variant if path in course.personal else "")


class WorkspaceGrader(Configurable):
    """Grades the notebooks of a workspace through nbgrader's autograde."""

    max_workers = Integer(
        0,
        help=(
            "Notebooks graded at the same time; 0 means one per notebook, up to "
            "twice the number of CPU cores (a worker often waits for its kernel)."
        ),
    ).tag(config=True)

    graded_paths: List[str] = []
    """Jobs graded by the last run (for tests and benchmarks)."""
    cached_paths: List[str] = []
    """Jobs whose results the last run found in the cache."""

    def workers(self, jobs: int) -> int:
        wanted = self.max_workers or 2 * (os.cpu_count() or 1)
        return max(1, min(wanted, jobs))

    def plan(self, course: Course, workspace: Path):
        """Split the course's notebooks into results known without running
        anything (missing, unreadable, untouched) and jobs to autograde."""
        known: Dict[str, List[QuestionResult]] = {}
        jobs: List[Job] = []
        # The variant the candidate's JupyterLab drew their data with.
        variant = read_variant(workspace) or variant_of_student(student_id())
        for path in course.notebooks:
            candidate = workspace / path
            data = candidate.read_bytes() if candidate.exists() else None
            prepared = prepare_notebook(course, path, data, variant=variant)
            if isinstance(prepared, Job):
                jobs.append(prepared)
            else:
                known[path] = prepared
        return known, jobs

    def grade(self, course: Course, workspace: Path, progress: Optional[Progress] = None,
              cache_dir: Optional[Path] = None, log_file: Optional[Path] = None,
              course_config=None, use_cache: bool = True) -> List[QuestionResult]:
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
        use_cache : bool
            Reuse the results of notebooks graded before with the same
            content, course and grader (see :mod:`autograder.engine.result_cache`).

        Returns one result per question of the course, in course order.
        """
        workspace = Path(workspace)
        known, jobs = self.plan(course, workspace)
        graded = self.grade_jobs(course, jobs, known, progress, cache_dir, log_file, course_config,
                                 use_cache=use_cache)
        return [r for path in course.notebooks for r in graded[path]]

    def grade_jobs(self, course: Course, jobs: List[Job], known=None,
                   progress: Optional[Progress] = None, cache_dir: Optional[Path] = None,
                   log_file: Optional[Path] = None, course_config=None,
                   scheduler: Optional[str] = None, use_cache: bool = True,
                   on_graded: Optional[Callable[[Job, "Graded"], None]] = None):
        """Grade ``jobs`` (results of a cache hit are not graded again).

        Returns ``{job path: results}``, ``known`` included. ``on_graded(job,
        graded)`` is called in this process as each job is done, cached or
        graded. ``scheduler`` is the address of a Dask scheduler to send the
        jobs to (default: local worker processes).
        """
        remove_stale_cgroups()  # left by a grader killed with kill -9
        self.graded_paths, self.cached_paths = [], []
        known = dict(known or {})
        total = len(known) + len(jobs)
        done = len(known)
        if progress:
            progress(done, total, "")
        graded: Dict[str, List[QuestionResult]] = dict(known)
        if not jobs:
            return graded
        config = course_config if course_config is not None else load_course_config(course.root)
        timeout = config.Execute.get("timeout", 30)
        with tempfile.TemporaryDirectory(prefix="readiness-") as tmp:
            tmp = Path(tmp)
            # One gradebook for the whole course, so the cache stays valid
            # whichever notebooks the candidate has started.
            assignments = {q.assignment for q in course.questions}
            cache = Path(cache_dir or tmp / "cache").resolve()
            gradebook = template_gradebook(course.root, assignments, config, cache)
            key = cache_key(gradebook)
            stored = ResultCache(cache, key)
            stored.remove_stale()
            todo = []
            for job in jobs:
                hit = stored.get(job.cache_id, job.data) if use_cache else None
                if hit is None:
                    todo.append(job)
                    continue
                graded[job.path] = hit.results
                self.cached_paths.append(job.path)
                done += 1
                if on_graded:
                    on_graded(job, hit)
                if progress:
                    progress(done, total, job.path)
            args = (tmp, course.root, gradebook, config, timeout, log_file, cache, key)
            runs = self._run(todo, *args, scheduler=scheduler)
            fresh = []  # stored once the whole run is known not to be a grader failure
            try:
                for job, result in runs:
                    graded[job.path] = result.results
                    fresh.append((job, result))
                    self.graded_paths.append(job.path)
                    done += 1
                    if on_graded:
                        on_graded(job, result)
                    if progress:
                        progress(done, total, job.path)
            finally:
                runs.close()  # stops the workers now, not when garbage collected
            if todo and all_errors(r for job in todo for r in graded[job.path]):
                self._check_grader(course, todo[0], *args)
            for job, result in fresh:
                stored.put(job.cache_id, job.data, result)
        return graded

    def _check_grader(self, course: Course, job: Job, tmp, *args) -> None:
        """Every graded question ended in an error: grade the reference
        solution of one of those notebooks the same way. If it does not get
        full marks, the grader is broken, not the candidate's work."""
        path = job.notebook_path
        reference = Job(path, job.questions, (course.root / SOURCE_DIR / path).read_bytes(),
                        {q.grade_id: True for q in job.questions}, [], job.variant)
        results = next(iter(self._run([reference], tmp / "check", *args)))[1].results
        failing = [r.grade_id for r in results if r.status != PASSED]
        if failing:
            raise GraderFailure(
                "vérification du correcteur",
                f"toutes les questions corrigées sont en erreur, et la solution de référence de "
                f"{path} échoue elle aussi ({', '.join(failing[:3])}…)")

    def _run(self, jobs, tmp, course_root, gradebook, config, timeout, log_file, cache, key,
             scheduler: Optional[str] = None):
        """Yield ``(job, Graded)`` as notebooks are graded.

        Raises :class:`GraderFailure` at the first failure of the grader; then,
        as on an interruption, every worker and kernel is ended at once.
        """
        tmp.mkdir(parents=True, exist_ok=True)
        if not jobs:
            return
        if scheduler:
            from .dask_backend import run_on_cluster

            yield from run_on_cluster(scheduler, jobs, course_root, gradebook, config,
                                      timeout, cache, key)
            return
        if "fork" not in multiprocessing.get_all_start_methods():  # Windows
            for index, job in enumerate(jobs):
                try:
                    result = _grade_job(job, course_root, gradebook, tmp / f"job{index}",
                                        config, timeout, cache, key)
                except Exception as exc:
                    raise _as_failure(job, exc) from exc
                yield job, result
            return
        # Forked workers inherit the imports already paid for by this process
        # (imported here once rather than once per worker), and a worker that
        # crashes cannot take the report down with it.
        import IPython.paths  # noqa: F401  (nbclient looks up kernelspecs)
        import nbgrader.api  # noqa: F401
        import nbgrader.converters  # noqa: F401
        import psutil  # noqa: F401  (jupyter_client's kernel provisioner)
        kernel_tmp = tmp / "kernels"
        kernel_tmp.mkdir(exist_ok=True)
        if log_file:  # opened by each worker as it starts (see _pool_init)
            Path(log_file).parent.mkdir(parents=True, exist_ok=True)
        workers = self.workers(len(jobs))
        if len(jobs) <= workers:
            # One notebook per worker (a candidate's re-score): its kernel need
            # not wait for modules it may not use.
            config = copy.deepcopy(config)
            config.SandboxedKernelManager.wait_for_preload = False
        _POOL_STATE.update(course_root=course_root, gradebook=gradebook, tmp=tmp,
                           config=config, timeout=timeout, cache_dir=cache, key=key)
        saved_env = {name: os.environ.get(name) for name in (RUN_ENV, "JUPYTER_RUNTIME_DIR")}
        os.environ[RUN_ENV] = str(os.getpid())  # names the kernels' control groups
        # Kernels' connection files too go where a stopped run cleans up.
        os.environ["JUPYTER_RUNTIME_DIR"] = str(tmp / "runtime")
        pool = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("fork"),
            initializer=_pool_init, initargs=(str(log_file) if log_file else None,
                                              str(kernel_tmp)))
        finished = False
        try:
            pending = {pool.submit(_pool_worker, index, job): job
                       for index, job in enumerate(jobs)}
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    job = pending.pop(future)
                    try:
                        result = future.result()
                    except Exception as exc:
                        raise _as_failure(job, exc) from exc
                    yield job, result
            finished = True
        finally:
            _POOL_STATE.clear()
            for name, value in saved_env.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
            if finished:
                pool.shutdown(wait=True)
            else:  # interrupted or failed: end everything now, wait for nothing
                _stop_pool(pool)
                remove_stale_cgroups(run=os.getpid())


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    """Kill the workers of ``pool`` and everything they started (kernels,
    what candidate code spawned), with Ctrl-C and SIGTERM held meanwhile so
    that a second signal cannot leave half of them running."""
    held = {signal.SIGINT, signal.SIGTERM}
    signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        workers = list((getattr(pool, "_processes", None) or {}).values())
        kill_tree([w.pid for w in workers if w.pid])
        pool.shutdown(wait=False, cancel_futures=True)
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, held)
