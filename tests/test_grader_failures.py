"""A failure of the grader is never recorded as the candidate's score.

Paths are resolved once at the entry; a failure injected at each step of the
grading pipeline stops the run with one French line, exit status 3, and
leaves the workspace's history, last report and requested reports as they
were; a notebook whose every answer raises is still the candidate's zero.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path

import pytest

from autograder.front import cli
from conftest import ROOT, by_id, fill_answers, make_workspace, run_cli, solution_sources

NOTEBOOK = "08_statistique/01_estimation.ipynb"


def _state(workspace: Path) -> dict:
    state = workspace / ".readiness"
    return {name: (state / name).read_bytes() if (state / name).exists() else None
            for name in ("history.jsonl", "last_report.json")}


@pytest.fixture(scope="module")
def graded_once(tmp_path_factory, course):
    """A workspace with one solved notebook, graded once (history of one run)."""
    tmp = tmp_path_factory.mktemp("graded-once")
    workspace = make_workspace(tmp, solved=[NOTEBOOK], only=[NOTEBOOK])
    assert cli.main(["score", "--workspace", str(workspace), "--quiet"]) == 0
    return workspace


@pytest.fixture
def workspace(graded_once, tmp_path):
    copy = tmp_path / "ws"
    shutil.copytree(graded_once, copy)
    return copy


def test_relative_paths_from_another_folder_with_spaces_and_accents(course, tmp_path):
    """The reported bug: a relative --workspace graded a correct workspace as 0."""
    here = tmp_path / "Mes Documents"
    here.mkdir()
    env = {"READINESS_COURSE": os.path.relpath(ROOT, here),
           "READINESS_CACHE_DIR": "cache de correction"}
    assert run_cli("start", "--workspace", "candidat·e", cwd=here, env=env).returncode == 0
    workspace = here / "candidat·e"
    fill_answers(workspace, NOTEBOOK, solution_sources(NOTEBOOK))

    proc = run_cli("score", "--workspace", "candidat·e", "--json", "rapport é.json",
                   "--html", "sous dossier/../rapport é.html", "--quiet", cwd=here, env=env)

    assert proc.returncode == 0, proc.stderr
    report = json.loads((here / "rapport é.json").read_text(encoding="utf-8"))
    results = by_id(report)
    for q in course.questions_of(NOTEBOOK):
        assert results[q.grade_id]["status"] == "passed", results[q.grade_id]["message"]
    assert (here / "rapport é.html").exists()
    assert any((here / "cache de correction").glob("gradebook-*.db"))
    assert len((workspace / ".readiness" / "history.jsonl").read_text().splitlines()) == 1


def _fail(exc):
    def raiser(*args, **kwargs):
        raise exc
    return raiser


def _inject(step: str, monkeypatch, workspace: Path) -> None:
    """Make the grader fail at ``step`` (forked workers inherit the patch)."""
    from autograder.front import api, workspace as ws
    from autograder.engine import grading, kernel_manager as kernel, nbgrader_run, verify

    if step == "template gradebook":
        monkeypatch.setenv("READINESS_CACHE_DIR", str(workspace.parent / "empty-cache"))
        monkeypatch.setattr(nbgrader_run, "generate_assignments",
                            _fail(FileNotFoundError(2, "No such file or directory", "alembic")))
    elif step == "reference records":
        cache = Path(os.environ["READINESS_CACHE_DIR"])
        for path in cache.glob(f"references-*/*{Path(NOTEBOOK).stem}.json"):
            path.write_text("{tronqué")  # half written: rebuilt, and the rebuild fails
        monkeypatch.setattr(verify, "compute_references", _fail(RuntimeError("kernel died")))
    elif step == "reference file gone while grading":
        real = nbgrader_run.reference_records
        monkeypatch.setattr(grading, "reference_records",
                            lambda *a: Path(str(real(*a)) + ".disparu"))
    elif step == "sandbox cannot start":
        monkeypatch.setattr(kernel.SandboxedKernelManager, "sandboxed",
                            lambda self, cmd, kw: (["/nonexistent/python3"] + cmd[1:], kw))
    elif step == "gradebook":
        import nbgrader.api
        import sqlalchemy.exc
        monkeypatch.setattr(nbgrader.api.Gradebook, "find_submission_notebook",
                            _fail(sqlalchemy.exc.OperationalError("SELECT", {}, "disk I/O error")))
    elif step == "bug reading the graded notebook":
        monkeypatch.setattr(grading, "interpret", _fail(KeyError("cells")))
    elif step == "worker killed":
        monkeypatch.setattr(grading, "_grade_job", lambda *a: os._exit(9))
    elif step == "bug in the report":
        monkeypatch.setattr(api, "build_report", _fail(ZeroDivisionError("division by zero")))
    elif step == "disk full":
        monkeypatch.setattr(ws, "write_atomic",
                            _fail(OSError(errno.ENOSPC, "No space left on device")))
    elif step == "everything errors, the reference too":
        from autograder.engine.outcome import same_for_all
        from autograder.model.results import ERROR
        monkeypatch.setattr(grading, "interpret",
                            lambda questions, *a, **k: same_for_all(questions, ERROR, "?"))
    else:
        raise AssertionError(step)


STEPS = {
    "template gradebook": "alembic",
    "reference records": "solution de référence",
    "reference file gone while grading": ".disparu",
    "sandbox cannot start": "nbgrader autograde",
    "gradebook": "nbgrader database|carnet de notes",  # nbgrader reads it first
    "bug reading the graded notebook": "KeyError",
    "worker killed": "processus de correction",
    "bug in the report": "calcul du rapport",
    "disk full": "No space left",
    "everything errors, the reference too": "vérification du correcteur",
}


def _forget_results() -> None:
    """Empty the session's result cache: the notebook must really be graded."""
    for folder in Path(os.environ["READINESS_CACHE_DIR"]).glob("results-*"):
        shutil.rmtree(folder)


@pytest.fixture
def no_results():
    """The notebook must really be graded, and nothing this test grades may
    serve later tests."""
    _forget_results()
    yield
    _forget_results()


@pytest.mark.parametrize("step", list(STEPS))
def test_grader_failure_is_never_scored(step, workspace, monkeypatch, capsys, tmp_path,
                                        no_results):
    _inject(step, monkeypatch, workspace)
    before = _state(workspace)
    out_json, out_html = tmp_path / "r.json", tmp_path / "r.html"

    code = cli.main(["score", "--workspace", str(workspace), "--json", str(out_json),
                     "--html", str(out_html), "--quiet"])

    captured = capsys.readouterr()
    assert code == cli.EXIT_GRADER, captured
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "rien n'a été" in lines[0], captured.err
    assert any(part in lines[0] for part in STEPS[step].split("|"))
    assert "Traceback" not in captured.err
    assert "Verdict" not in captured.out and "prêt" not in captured.out
    assert _state(workspace) == before
    assert not out_json.exists() and not out_html.exists()
    if step not in ("bug in the report", "disk full"):  # those fail after a true grading
        cache = Path(os.environ["READINESS_CACHE_DIR"])
        assert not list(cache.glob("results-*/*.json"))  # a failed grading stores no result
    print(f"\n{step}: {lines[0]}")


def test_notebook_whose_every_answer_raises_is_the_candidates_zero(course, workspace, capsys):
    """All questions in error, but the reference solution passes: graded, recorded."""
    questions = course.questions_of(NOTEBOOK)
    fill_answers(workspace, NOTEBOOK, {a: "raise ValueError('pas encore')"
                                       for q in questions for a in q.answer_cells})
    before = _state(workspace)["history.jsonl"]
    assert cli.main(["score", "--workspace", str(workspace), "--quiet"]) == 0
    report = json.loads((workspace / ".readiness" / "last_report.json").read_text())
    for q in questions:
        result = by_id(report)[q.grade_id]
        assert result["status"] == "error" and result["points"] == 0
        assert "ValueError" in result["message"]
    history = (workspace / ".readiness" / "history.jsonl").read_bytes()
    assert history.startswith(before) and len(history.splitlines()) == 2


def test_cut_history_line_and_half_written_cache_do_not_break_the_next_run(workspace, capsys):
    """What ``kill -9`` in the middle of a write could leave behind."""
    state = workspace / ".readiness"
    with (state / "history.jsonl").open("a") as f:
        f.write('{"created": "2026-')  # a line cut short
    cache = Path(os.environ["READINESS_CACHE_DIR"])
    scratch = workspace.parent / "cache-copy"
    shutil.copytree(cache, scratch)
    for gradebook in scratch.glob("gradebook-*.db"):
        gradebook.write_bytes(gradebook.read_bytes()[:4096])  # cut short
    for references in scratch.glob("references-*/*.json"):
        references.write_text('{"stat_')
    os.environ["READINESS_CACHE_DIR"] = str(scratch)
    try:
        assert cli.main(["score", "--workspace", str(workspace), "--quiet"]) == 0
    finally:
        os.environ["READINESS_CACHE_DIR"] = str(cache)
    from autograder.front.workspace import read_history
    runs = read_history(workspace)
    assert len(runs) == 2 and runs[-1]["domains"]["statistique"] > 0
