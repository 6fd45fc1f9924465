"""`readiness class grade`: a whole class, graded as nbgrader would, faster.

A small class on one assignment (08_statistique, three notebooks): alice
solved everything, bob handed in the release copies, carol has one wrong
answer, an unreadable notebook and a missing one. The command must write the
gradebook and autograded/ as `nbgrader autograde` does, skip what has not
changed, survive bad submissions, give the same results on a Dask cluster,
and work with a PostgreSQL gradebook.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from autograder.front import cli
from autograder.model.course import cells_by_grade_id
from conftest import ROOT, copy_course, solution_sources

A = "08_statistique"
WRONG = ("stat_lancer_de_code", "def lancer_de(u):\n    return np.floor(6 * u).astype(int)\n")


def nbgrader(course: Path, *args: str, env=None) -> subprocess.CompletedProcess:
    """An nbgrader command run in ``course`` as an instructor runs it."""
    proc = subprocess.run([str(Path(sys.executable).parent / "nbgrader"), *args], cwd=course,
                          capture_output=True, text=True, timeout=900,
                          env={**os.environ, **(env or {})})
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    return proc


def submit(course: Path, student: str, mode: str) -> None:
    folder = course / "submitted" / student / A
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "timestamp.txt").write_text("2026-12-01 10:00:00.000000 UTC")
    for release in sorted((ROOT / "release" / A).glob("*.ipynb")):
        nb = nbformat.read(str(release), as_version=4)
        if mode in ("solved", "carol"):
            cells = cells_by_grade_id(nb)
            for grade_id, source in solution_sources(f"{A}/{release.name}").items():
                cells[grade_id].source = source
            if mode == "carol" and release.name.startswith("01"):
                cells[WRONG[0]].source = WRONG[1]
        if mode == "carol" and release.name.startswith("02"):
            (folder / release.name).write_text('{"cells": [ tronqué', encoding="utf-8")
            continue
        if mode == "carol" and release.name.startswith("03"):
            continue  # not handed in
        nbformat.write(nb, str(folder / release.name))


def make_class(tmp_path: Path, extra_config: str = "") -> Path:
    course = copy_course(tmp_path)
    if extra_config:
        with (course / "nbgrader_config.py").open("a") as f:
            f.write(extra_config)
    nbgrader(course, "generate_assignment", A, "--force")
    for student, mode in (("alice", "solved"), ("bob", "blank"), ("carol", "carol")):
        submit(course, student, mode)
    return course


def grade(course: Path, tmp_path: Path, *extra: str) -> dict:
    out = tmp_path / f"summary-{len(list(tmp_path.glob('summary-*')))}.json"
    assert cli.main(["class", "grade", "--course", str(course), "--json", str(out),
                     "--quiet", *extra]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def gradebook_scores(course: Path, db_url=None) -> dict:
    from nbgrader.api import Gradebook

    url = db_url or f"sqlite:///{course / 'gradebook.db'}"
    scores = {}
    with Gradebook(url) as gb:
        for student in ("alice", "bob", "carol"):
            try:
                submission = gb.find_submission(A, student)
            except Exception:
                continue
            for notebook in submission.notebooks:
                for g in notebook.grades:
                    scores[(student, notebook.name, g.name)] = (g.auto_score, g.needs_manual_grade)
    return scores


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """The class graded once by `readiness class grade`."""
    tmp = tmp_path_factory.mktemp("class")
    course = make_class(tmp)
    return course, grade(course, tmp), tmp


def test_writes_the_gradebook_and_autograded_as_nbgrader_does(graded, tmp_path_factory):
    course, summary, _ = graded
    assert (summary["graded"], summary["skipped"], summary["failed"]) == (3, 0, 0)
    stock = make_class(tmp_path_factory.mktemp("stock"))
    for student in ("alice", "bob"):  # carol's unreadable notebook stops nbgrader: on purpose
        nbgrader(stock, "autograde", A, "--student", student)
    ours, theirs = gradebook_scores(course), gradebook_scores(stock)
    same = {k: v for k, v in theirs.items() if k[0] in ("alice", "bob")}
    assert same and {k: ours[k] for k in same} == same
    for student in ("alice", "bob"):
        for notebook in (stock / "autograded" / student / A).glob("*.ipynb"):
            mine = nbformat.read(str(course / "autograded" / student / A / notebook.name), 4)
            stocks = nbformat.read(str(notebook), 4)
            assert [c.source for c in mine.cells] == [c.source for c in stocks.cells]
            assert ([[o.get("ename") for o in c.get("outputs", [])] for c in mine.cells]
                    == [[o.get("ename") for o in c.get("outputs", [])] for c in stocks.cells])
    # The instructor's usual next steps work on what class grade wrote.
    nbgrader(course, "generate_feedback", A)
    assert list((course / "feedback" / "alice" / A).glob("*.html"))
    nbgrader(course, "export")
    assert "alice" in (course / "grades.csv").read_text()


def test_summary_has_every_students_notebooks_and_bad_ones_do_not_stop_the_rest(graded):
    _, summary, _ = graded
    by = {(s["id"], s["notebook"][:2]): s for s in summary["students"]}
    assert {s["status"] for s in summary["students"] if s["id"] != "carol"} == {"graded"}
    assert by[("carol", "02")]["status"] == "unreadable"
    assert by[("carol", "03")]["status"] == "missing"
    alice = [q for s in summary["students"] if s["id"] == "alice" for q in s["questions"]]
    assert alice
    assert [(q["grade_id"], q["status"], q["message"]) for q in alice
            if q["status"] != "passed" or q["points"] != q["max_points"]] == []
    bob = [q for s in summary["students"] if s["id"] == "bob" for q in s["questions"]]
    assert bob and all(q["points"] == 0 for q in bob)
    carol = {q["grade_id"]: q for q in by[("carol", "01")]["questions"]}
    assert carol["stat_lancer_de"]["status"] == "failed"
    assert "il manque + 1" in carol["stat_lancer_de"]["message"]
    assert {"grade_id", "skill", "domain", "points", "max_points", "status", "message"} <= set(
        carol["stat_lancer_de"])


def test_second_run_grades_only_what_changed(graded, tmp_path):
    course, _, tmp = graded
    again = grade(course, tmp)
    assert (again["graded"], again["skipped"]) == (0, 3)
    assert {s["status"] for s in again["students"]} >= {"unchanged"}
    # carol fixes her answer and submits again: only her copy is graded
    notebook = next((course / "submitted" / "carol" / A).glob("01_*.ipynb"))
    nb = nbformat.read(str(notebook), 4)
    cells_by_grade_id(nb)[WRONG[0]].source = solution_sources(f"{A}/{notebook.name}")[WRONG[0]]
    nbformat.write(nb, str(notebook))
    third = grade(course, tmp, "--student", "carol")
    assert (third["graded"], third["skipped"]) == (1, 0)
    assert gradebook_scores(course)[("carol", notebook.stem, "stat_lancer_de")][0] > 0
    forced = grade(course, tmp, "--force", "--student", "alice")
    assert (forced["graded"], forced["skipped"]) == (1, 0)


def test_a_copy_with_nothing_readable_is_zero_and_not_graded_again(graded, tmp_path):
    """carol hands in a copy whose notebooks are all unreadable or missing:
    nbgrader has nothing to record. Her earlier grades go (zero, nothing
    stays from the old copy), the run is not a failure, and the next run
    does not try again until the copy changes."""
    course, _, tmp = graded
    folder = course / "submitted" / "carol" / A
    assert ("carol", A) in {(k[0], A) for k in gradebook_scores(course)}
    for notebook in folder.glob("*.ipynb"):
        notebook.write_text('{"cells": [ tronqué', encoding="utf-8")
    summary = grade(course, tmp, "--student", "carol")
    assert (summary["graded"], summary["skipped"], summary["failed"]) == (1, 0, 0)
    assert {s["notebook"][:2]: s["status"] for s in summary["students"]} == {
        "01": "unreadable", "02": "unreadable", "03": "missing"}
    assert all(q["points"] == 0 for s in summary["students"] for q in s["questions"])
    assert not [k for k in gradebook_scores(course) if k[0] == "carol"]
    assert not (course / "autograded" / "carol" / A).exists()
    again = grade(course, tmp, "--student", "carol")
    assert (again["graded"], again["skipped"], again["failed"]) == (0, 1, 0)


def test_dask_cluster_gives_the_same_results(graded, tmp_path):
    distributed = pytest.importorskip("distributed")
    course, summary, _ = graded
    from autograder.engine.class_grading import ClassGrader
    from autograder.engine.nbgrader_run import load_course_config

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        on_dask = ClassGrader(config=load_course_config(course)).grade_class(
            course, force=True, scheduler=client)
    mine = {(s.id, s.notebook): [(q["grade_id"], q["points"], q["status"]) for q in s.questions]
            for s in on_dask.students}
    local = {(s["id"], s["notebook"]): [(q["grade_id"], q["points"], q["status"])
                                        for q in s["questions"]]
             for s in summary["students"] if s["id"] != "carol"}
    assert local and {k: mine[k] for k in local} == local
    assert on_dask.graded == 3


def test_unknown_assignment_or_missing_gradebook_entry_says_so(tmp_path, capsys):
    course = copy_course(tmp_path)
    submit(course, "alice", "solved")
    assert cli.main(["class", "grade", "--course", str(course), "--quiet"]) == 2
    assert "nbgrader generate_assignment 08_statistique" in capsys.readouterr().err
    assert cli.main(["class", "grade", "99_inconnu", "--course", str(course), "--quiet"]) == 2
    assert "99_inconnu" in capsys.readouterr().err


def test_a_broken_grader_records_nothing(tmp_path, monkeypatch, capsys):
    """Every question errs and so does the reference solution: the grader is
    broken. The run stops with exit 3 before nbgrader writes anything: no
    submission in the gradebook, no autograded/, no incremental state."""
    from nbgrader.api import Gradebook

    from autograder.engine import grading
    from autograder.engine.outcome import same_for_all
    from autograder.model.results import ERROR

    course = make_class(tmp_path)
    monkeypatch.setattr(grading, "interpret",  # forked workers inherit the patch
                        lambda questions, *a, **k: same_for_all(questions, ERROR, "?"))
    code = cli.main(["class", "grade", "--course", str(course), "--student", "alice",
                     "--force", "--quiet"])
    assert code == 3
    assert "vérification du correcteur" in capsys.readouterr().err
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        assert gb.assignment_submissions(A) == [] and gb.students == []
    assert not (course / "autograded").exists()
    assert not (course / ".readiness" / "class_state.json").exists()
