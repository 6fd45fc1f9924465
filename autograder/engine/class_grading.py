"""Grade every submission of a class: ``readiness class grade``.

The same engine as ``readiness score`` (repair of the copy, sandboxed and
guarded kernels, tests restored by nbgrader, records judged again out of the
kernel, grader failures never scored), for nbgrader's ``submitted/`` folder:

1. every submitted notebook becomes a job; jobs run in parallel on local
   worker processes or on a Dask cluster, each in a private nbgrader folder
   (:mod:`autograder.engine.grading`); results are cached on the notebook's
   content and the course's key (:mod:`autograder.engine.result_cache`);
2. then, in this process alone and one submission at a time, nbgrader's own
   ``Autograde`` converter runs in the course with the executed notebooks
   replayed instead of executed again (:class:`ReplayOutputs`): the course's
   gradebook (SQLite or PostgreSQL, ``c.CourseDirectory.db_url``) and
   ``autograded/`` are written by nbgrader's code, as ``nbgrader autograde``
   writes them, so ``generate_feedback``, ``export`` and formgrader work.

A submission whose files, timestamp and course key are unchanged since its
last grading is skipped (unless ``force``): the key is a SHA-256 of the
submitted notebooks' bytes, ``timestamp.txt`` and the course key, kept in
``.readiness/class_state.json`` in the course.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional

import nbformat
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Unicode

from ..model.course import Course
from ..model.results import ERROR, QuestionResult
from .failures import GraderFailure, describe
from .grading import Graded, Job, WorkspaceGrader, all_errors, prepare_notebook
from .nbgrader_run import gradebook_key, load_course_config, log
from .outcome import same_for_all
from ..variants import variant_of_student

STATE_FILE = Path(".readiness") / "class_state.json"

# Status of one student's notebook in the summary.
GRADED, UNCHANGED, MISSING, UNREADABLE, FAILED = (
    "graded", "unchanged", "missing", "unreadable", "failed")


@dataclass
class NotebookOutcome:
    """One student's notebook: how it went and its questions' results."""

    id: str
    """The student's nbgrader id."""
    assignment: str
    notebook: str
    """Notebook name without ``.ipynb``."""
    status: str
    """``graded``, ``unchanged`` (skipped: graded before), ``missing``,
    ``unreadable`` or ``failed`` (nbgrader could not write its grades)."""
    questions: List[dict] = field(default_factory=list)
    """``grade_id, skill, domain, points, max_points, status, message``."""


@dataclass
class ClassSummary:
    """What ``readiness class grade`` did."""

    students: List[NotebookOutcome]
    graded: int
    """Submissions (a student's assignment) graded in this run, those with
    no readable notebook included (zero, and no gradebook entry)."""
    skipped: int
    """Submissions unchanged since their last grading."""
    failed: int
    """Submissions nbgrader could not write to the gradebook."""
    seconds: float

    def to_dict(self) -> dict:
        return {"students": [asdict(s) for s in self.students], "graded": self.graded,
                "skipped": self.skipped, "failed": self.failed,
                "seconds": round(self.seconds, 2)}


@dataclass
class Submission:
    """``submitted/<student>/<assignment>/`` of the course."""

    student: str
    assignment: str
    folder: Path
    key: str = ""


class ReplayOutputs(NbGraderPreprocessor):
    """Give the notebook the cells a worker executed for the same submitted
    bytes (``folder/<notebook>.ipynb``), instead of executing it again.

    Placed where nbgrader's ``Execute`` stands in ``Autograde``. The worker
    already ran nbgrader's sanitizing pass, with the course's configuration,
    on these bytes (hidden tests restored, metadata checked, missing test
    cells added), then executed them: its cells and notebook metadata are
    taken whole, and this replay runs no sanitizing pass of its own (that
    pass's gradebook lookups were a third of the replay's time).
    """

    folder = Unicode("", help="Folder of the executed notebooks.").tag(config=True)

    def preprocess(self, nb, resources):
        name = resources["nbgrader"]["notebook"]
        executed = nbformat.read(os.path.join(self.folder, f"{name}.ipynb"), as_version=4)
        nb.cells = executed.cells
        nb.metadata = executed.metadata
        return nb, resources


def _replay_config(base, folder: Path):

    config = copy.deepcopy(base)  # Config(base) would share its sections with base
    steps = list(base.Autograde.get("autograde_preprocessors", []))
    # The worker already ran the sanitizing pass and everything up to and
    # including the second judgement of the records; nbgrader's own steps
    # after it (grades saved, late penalties) run again here.
    names = [s if isinstance(s, str) else f"{s.__module__}.{s.__name__}" for s in steps]
    keep = [s for s, n in zip(steps, names)
            if not n.endswith(("GuardedExecute", "VerifyChecks", ".Execute"))]
    config.Autograde.sanitize_preprocessors = []
    config.Autograde.autograde_preprocessors = [ReplayOutputs] + keep
    config.ReplayOutputs.folder = str(folder)
    return config


def find_submissions(course_root: Path, config, course: Course,
                     assignments: Iterable[str] = (), students: Iterable[str] = ()
                     ) -> List[Submission]:
    """Submissions in nbgrader's ``submitted/`` for the course's assignments."""
    from nbgrader.coursedir import CourseDirectory

    coursedir = CourseDirectory(config=config)
    submitted = Path(coursedir.format_path(coursedir.submitted_directory, ".", ".")).resolve()
    known = {q.assignment for q in course.questions}
    wanted_a, wanted_s = set(assignments), set(students)
    unknown = wanted_a - known
    if unknown:
        from ..model.course import CourseError

        raise CourseError(f"devoir(s) inconnu(s) dans source/ : {', '.join(sorted(unknown))}")
    found = []
    if not submitted.is_dir():
        return found
    for student in sorted(p for p in submitted.iterdir() if p.is_dir()):
        if wanted_s and student.name not in wanted_s:
            continue
        for folder in sorted(p for p in student.iterdir() if p.is_dir()):
            if folder.name in known and (not wanted_a or folder.name in wanted_a):
                found.append(Submission(student.name, folder.name, folder))
    return found


def _check_gradebook(config, assignments) -> None:
    """Every assignment to grade must be in the course's gradebook, as for
    ``nbgrader autograde`` (``nbgrader generate_assignment`` puts it there)."""
    from nbgrader.api import Gradebook, MissingEntry
    from nbgrader.coursedir import CourseDirectory

    from ..model.course import CourseError

    coursedir = CourseDirectory(config=config)
    with Gradebook(coursedir.db_url, coursedir.course_id) as gb:
        for assignment in sorted(assignments):
            try:
                gb.find_assignment(assignment)
            except MissingEntry:
                raise CourseError(
                    f"le devoir {assignment} n'est pas dans le carnet de notes : lancez d'abord "
                    f"`nbgrader generate_assignment {assignment}`") from None


def submission_key(submission: Submission, course_key: str) -> str:
    digest = hashlib.sha256(course_key.encode())
    for path in sorted(submission.folder.rglob("*")):
        if path.is_file() and ".ipynb_checkpoints" not in path.parts:
            digest.update(path.relative_to(submission.folder).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


class ClassGrader(WorkspaceGrader):
    """Grades a class's submissions through nbgrader (see the module docstring)."""

    def grade_class(self, course_root: Path, assignments: Iterable[str] = (),
                    students: Iterable[str] = (), force: bool = False,
                    scheduler: Optional[str] = None,
                    progress: Optional[Callable[[int, int], None]] = None,
                    cache_dir: Optional[Path] = None) -> ClassSummary:
        started = time.monotonic()
        root = Path(course_root).resolve()
        course = Course.load(root)
        config = load_course_config(root)
        config.CourseDirectory.root = str(root)
        course_key = gradebook_key(root, {q.assignment for q in course.questions})
        submissions = find_submissions(root, config, course, assignments, students)
        _check_gradebook(config, {sub.assignment for sub in submissions})
        state_path = root / STATE_FILE
        state = _read_state(state_path)
        autograded = root / "autograded"

        todo, outcomes, skipped = [], [], 0
        for sub in submissions:
            sub.key = submission_key(sub, course_key)
            entry = state.get(f"{sub.student}/{sub.assignment}")
            # What the last grading left: nbgrader's autograded/ copy, or nothing at
            # all when no notebook of the submission could be read.
            done_before = ((autograded / sub.student / sub.assignment).is_dir()
                           or bool(entry and entry.get("recorded") is False))
            if not force and entry and entry.get("key") == sub.key and done_before:
                outcomes += [NotebookOutcome(**{**o, "status": UNCHANGED}) for o in entry["notebooks"]]
                skipped += 1
            else:
                todo.append(sub)

        jobs: List[Job] = []
        per_sub: Dict[str, List[NotebookOutcome]] = {}
        graded_bytes: Dict[str, Dict[str, bytes]] = {}  # what the workers grade (repaired)
        for sub in todo:
            per_sub[f"{sub.student}/{sub.assignment}"] = []
            graded_bytes[f"{sub.student}/{sub.assignment}"] = {}
            for path in course.notebooks:
                if not path.startswith(sub.assignment + "/"):
                    continue
                name = Path(path).stem
                file = sub.folder / f"{name}.ipynb"
                data = file.read_bytes() if file.exists() else None
                outcome = NotebookOutcome(sub.student, sub.assignment, name, GRADED)
                per_sub[f"{sub.student}/{sub.assignment}"].append(outcome)
                if data is None:
                    outcome.status = MISSING
                    outcome.questions = _questions(same_for_all(
                        course.questions_of(path), "not_attempted", "Notebook non rendu."))
                    continue
                prepared = prepare_notebook(course, path, data, f"{sub.student}/{path}",
                                            run_untouched=True,
                                            variant=variant_of_student(sub.student))
                if isinstance(prepared, Job):
                    jobs.append(prepared)
                    graded_bytes[f"{sub.student}/{sub.assignment}"][name] = prepared.data
                else:  # unreadable
                    outcome.status = UNREADABLE
                    outcome.questions = _questions(prepared)

        executed: Dict[str, Graded] = {}
        remaining = {key: sum(1 for o in outs if o.status == GRADED) for key, outs in per_sub.items()}
        by_sub = {key: sub for sub in todo for key in [f"{sub.student}/{sub.assignment}"]}
        failed, graded_subs = 0, 0
        done_subs = [0]
        total_subs = len(todo)
        if progress:
            progress(0, total_subs)

        with tempfile.TemporaryDirectory(prefix="readiness-class-") as tmp:
            tmp = Path(tmp)

            def finish(key: str) -> None:
                nonlocal failed, graded_subs
                sub = by_sub[key]
                outs = per_sub[key]
                for out in outs:
                    graded = executed.pop(f"{key}/{out.notebook}.ipynb", None)
                    if graded is not None:
                        out.questions = _questions(graded.results)
                recorded = bool(executed_texts[key])
                try:
                    if recorded:
                        self._write_to_course(root, config, sub, outs, executed_texts[key],
                                              graded_bytes[key], tmp)
                    else:  # nothing nbgrader can read: zero, as for a copy never handed in
                        self._remove_from_course(config, sub)
                except GraderFailure:
                    raise
                except Exception as exc:  # nbgrader refused this submission: others go on
                    log.error("Could not record %s: %s", key, describe(exc), exc_info=True)
                    failed += 1
                    for out in outs:
                        out.status = FAILED if out.status == GRADED else out.status
                        if out.status == FAILED:
                            out.questions = [{**q, "points": 0.0, "status": ERROR,
                                              "message": "nbgrader n'a pas pu enregistrer ce "
                                              f"notebook ({describe(exc)})."}
                                             for q in out.questions]
                else:
                    graded_subs += 1
                    state[key] = {"key": sub.key, "recorded": recorded,
                                  "notebooks": [asdict(o) for o in outs]}
                    _write_state(state_path, state)
                outcomes.extend(outs)
                done_subs[0] += 1
                if progress:
                    progress(done_subs[0], total_subs)

            executed_texts: Dict[str, Dict[str, str]] = {key: {} for key in per_sub}
            # Nothing is written to the gradebook until one question of this
            # run has been graded without an error: if every question errs,
            # the grader may be broken, and grade_jobs then grades a reference
            # solution and raises GraderFailure before anything is recorded.
            ready: List[str] = []  # submissions graded, waiting for that proof
            proven = False

            def release_ready() -> None:
                while ready:
                    finish(ready.pop(0))

            def on_graded(job: Job, graded: Graded) -> None:
                nonlocal proven
                key = job.path.rsplit("/", 1)[0]
                executed[job.path] = graded
                if graded.notebook is not None:
                    executed_texts[key][job.notebook] = graded.notebook
                remaining[key] -= 1
                proven = proven or not all_errors(graded.results)
                if remaining[key] == 0:
                    ready.append(key)
                if proven:
                    release_ready()

            for key, count in list(remaining.items()):
                if count == 0:  # nothing to execute: missing or unreadable notebooks only
                    ready.append(key)
            # --force regrades for real: the result cache is not read either.
            cache_dir = cache_dir or Path(os.environ.get("READINESS_CACHE_DIR")
                                          or root / ".readiness" / "cache").resolve()
            self.grade_jobs(course, jobs, cache_dir=cache_dir,
                            course_config=config, scheduler=scheduler, on_graded=on_graded,
                            log_file=root / ".readiness" / "class_grading.log",
                            use_cache=not force)
            release_ready()  # every question erred, and the reference proved the grader sound
        return ClassSummary(sorted(outcomes, key=lambda o: (o.id, o.assignment, o.notebook)),
                            graded_subs, skipped, failed, time.monotonic() - started)

    def _write_to_course(self, root: Path, config, sub: Submission,
                         outs: List[NotebookOutcome], texts: Dict[str, str],
                         datas: Dict[str, bytes], tmp: Path) -> None:
        """Run nbgrader's ``Autograde`` for this submission in the course,
        replaying the executed notebooks: nbgrader writes the gradebook and
        ``autograded/``. Notebooks with nothing executed (unreadable, refused)
        are left out, so nbgrader records them as not submitted (zero)."""
        from nbgrader.coursedir import CourseDirectory

        from .nbgrader_run import _course_autograde, ensure_scripts_on_path

        ensure_scripts_on_path()
        work = Path(tempfile.mkdtemp(prefix="replay-", dir=tmp))
        submitted = work / "submitted"
        shutil.copytree(sub.folder, submitted / sub.student / sub.assignment)
        folder = work / "executed"
        folder.mkdir()
        for out in outs:
            copy = submitted / sub.student / sub.assignment / f"{out.notebook}.ipynb"
            text = texts.get(out.notebook)
            if text is None:
                copy.unlink(missing_ok=True)
                continue
            (folder / f"{out.notebook}.ipynb").write_text(text, encoding="utf-8")
            # nbgrader reads the (repaired) copy the worker graded
            copy.write_bytes(datas[out.notebook])
        replay = _replay_config(config, folder)
        replay.CourseDirectory.submitted_directory = str(submitted)
        coursedir = CourseDirectory(config=replay)
        coursedir.assignment_id = sub.assignment
        coursedir.student_id = sub.student
        converter = _course_autograde()(coursedir=coursedir, config=replay, log=log)
        converter.force = True
        try:
            converter.start()
        finally:
            shutil.rmtree(work, ignore_errors=True)


    def _remove_from_course(self, config, sub: Submission) -> None:
        """Forget an earlier grading of a submission whose new version has no
        notebook nbgrader can read (unreadable, refused or missing): its
        gradebook entry and ``autograded/`` copy, so that no old grade stays."""
        from nbgrader.api import Gradebook, MissingEntry
        from nbgrader.coursedir import CourseDirectory

        coursedir = CourseDirectory(config=config)
        with Gradebook(coursedir.db_url, coursedir.course_id) as gb:
            try:
                gb.remove_submission(sub.assignment, sub.student)
            except MissingEntry:
                pass
        shutil.rmtree(coursedir.format_path(coursedir.autograded_directory, sub.student,
                                            sub.assignment), ignore_errors=True)


def _questions(results: List[QuestionResult]) -> List[dict]:
    return [{"grade_id": r.grade_id, "skill": r.skill, "domain": r.domain, "points": r.points,
             "max_points": r.max_points, "status": r.status, "message": r.message}
            for r in results]


def _read_state(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_state(path: Path, state: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
    os.replace(partial, path)
