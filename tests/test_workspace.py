"""The workspace: made from release/, never overwritten, keeps the history."""

from __future__ import annotations

import json

from autograder.front.workspace import read_history, start
from autograder.model.catalogue import DIAGNOSTIC
from conftest import ROOT, by_id, copy_course, make_workspace, run_cli, snapshot


def test_start_copies_release_with_same_paths(tmp_path):
    summary = start(ROOT, tmp_path / "ws")
    released = sorted(p.relative_to(ROOT / "release").as_posix()
                      for p in (ROOT / "release").rglob("*.ipynb"))
    assert sorted(summary.added) == released
    for rel in released:
        assert (tmp_path / "ws" / rel).read_bytes() == (ROOT / "release" / rel).read_bytes()


def test_start_never_overwrites_and_adds_new_notebooks(tmp_path):
    course = copy_course(tmp_path)
    workspace = tmp_path / "ws"
    start(course, workspace)
    mine = next(workspace.glob("*/*.ipynb"))
    mine.write_text("mon travail, même cassé", encoding="utf-8")
    other = next(p for p in workspace.glob("*/*.ipynb") if p != mine)
    other.unlink()  # deleted by the candidate: brought back, nothing else touched
    new = course / "release" / "08_statistique" / "99_nouveau.ipynb"
    new.write_text("{}", encoding="utf-8")
    before = snapshot(workspace)

    summary = start(course, workspace)

    assert mine.read_text(encoding="utf-8") == "mon travail, même cassé"
    assert sorted(summary.added) == sorted([other.relative_to(workspace).as_posix(),
                                            "08_statistique/99_nouveau.ipynb"])
    after = snapshot(workspace)
    assert {k: v for k, v in after.items() if k in before} == before


def first_full_notebook(course) -> str:
    """The first notebook that counts in the verdict (the diagnostic does not)."""
    return next(p for p in course.notebooks if not p.startswith(DIAGNOSTIC + "/"))


def test_cli_start_then_score_end_to_end(course, tmp_path):
    """As a candidate runs it: a new process, the environment not activated
    (its scripts folder not on PATH), no gradebook cached yet."""
    bare = {"PATH": "/usr/bin:/bin", "READINESS_CACHE_DIR": None}
    workspace = tmp_path / "ws"
    proc = run_cli("start", "--workspace", str(workspace), env=bare)
    assert proc.returncode == 0, proc.stderr
    assert "ajouté" in proc.stdout
    from conftest import fill_answers, solution_sources
    notebook = first_full_notebook(course)
    fill_answers(workspace, notebook, solution_sources(notebook))
    out_json, out_html = tmp_path / "r.json", tmp_path / "r.html"
    proc = run_cli("score", "--workspace", str(workspace), "--json", str(out_json),
                   "--html", str(out_html), env=bare)
    assert proc.returncode == 0, proc.stderr
    assert "Verdict :" in proc.stdout and "Statistique" in proc.stdout
    assert "Correction" in proc.stderr  # the progress bar
    report = json.loads(out_json.read_text(encoding="utf-8"))
    solved = {q.grade_id for q in course.questions_of(notebook)}
    assert {q["grade_id"] for q in report["questions"] if q["status"] == "passed"} == solved
    assert 0 < report["overall"] < 100
    assert "data:image/png;base64," in out_html.read_text(encoding="utf-8")
    assert (workspace / ".readiness" / "cache").is_dir()  # the gradebook is kept


def test_history_shows_progress_between_attempts(course, tmp_path):
    notebook = first_full_notebook(course)
    workspace = make_workspace(tmp_path, only=[notebook])
    assert run_cli("score", "--workspace", str(workspace), "--quiet").returncode == 0
    from conftest import fill_answers, solution_sources
    fill_answers(workspace, notebook, solution_sources(notebook))
    proc = run_cli("score", "--workspace", str(workspace), "--quiet")
    assert proc.returncode == 0, proc.stderr
    runs = read_history(workspace)
    assert len(runs) == 2 and runs[1]["overall"] > runs[0]["overall"] == 0
    assert "Progrès depuis la tentative" in proc.stdout
    assert f"moyenne 0 → {runs[1]['overall']:g}" in proc.stdout
    last = json.loads((workspace / ".readiness" / "last_report.json").read_text(encoding="utf-8"))
    assert by_id(last)[course.questions_of(notebook)[0].grade_id]["status"] == "passed"
