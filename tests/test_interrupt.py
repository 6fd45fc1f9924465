"""Stopping a run (Ctrl-C, SIGTERM, kill -9) and two runs at once.

A stopped run ends every worker and kernel within two seconds, removes its
temporary folders, records nothing and exits 128 + the signal; after
``kill -9`` nothing it leaves breaks the next run. Two runs on one
workspace both complete with true results and a valid history.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from autograder.engine.sandbox import WORK_SUBFOLDER
from autograder.front.workspace import read_history
from conftest import ROOT, by_id, fill_answers, make_workspace
from hostile_cases import ENDLESS

SLOW = "08_statistique/02_vraisemblance_moindres_carres.ipynb"
SOLVED = "08_statistique/01_estimation.ipynb"


@pytest.fixture
def slow_workspace(course, tmp_path):
    """One solved notebook, and one whose every answer loops (a run of about
    a minute): a signal sent a few seconds in always lands mid-run."""
    workspace = make_workspace(tmp_path, solved=[SOLVED], only=[SOLVED, SLOW])
    fill_answers(workspace, SLOW, {a: ENDLESS for q in course.questions_of(SLOW)
                                   for a in q.answer_cells})
    return workspace


def _start(workspace: Path, tmp: Path, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, TMPDIR=str(tmp))
    return subprocess.Popen(
        [sys.executable, "-m", "autograder", "score", "--workspace", str(workspace), "--quiet",
         *extra], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, start_new_session=True)


def _wait_for_kernels(tmp: Path, timeout: float = 120.0) -> None:
    """Wait until grading kernels run: processes working in their sandbox's
    folder, in ``tmp`` (not the other processes of the run, such as the
    ``alembic`` command nbgrader starts while it makes the gradebook)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(cwd.endswith(os.sep + WORK_SUBFOLDER) for cwd in _folders_in(tmp)):
            time.sleep(2)  # a little later in the run
            return
        time.sleep(0.2)
    raise AssertionError("no grading kernel started")


def _running_in(tmp: Path) -> list:
    """Processes whose current folder is below ``tmp`` (grading kernels...)."""
    return [process for process, _ in _with_folders_in(tmp)]


def _folders_in(tmp: Path) -> list:
    return [cwd for _, cwd in _with_folders_in(tmp)]


def _with_folders_in(tmp: Path) -> list:
    found = []
    for process in psutil.process_iter():
        try:
            cwd = process.cwd()
        except psutil.Error:
            continue
        if cwd.startswith(str(tmp)):
            found.append((process, cwd))
    return found


@pytest.mark.parametrize("how, code", [("ctrl-c", 130), ("sigterm", 143)])
def test_signal_stops_the_run_at_once_and_records_nothing(slow_workspace, tmp_path, how, code):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    proc = _start(slow_workspace, tmp)
    _wait_for_kernels(tmp)

    sent = time.monotonic()
    if how == "ctrl-c":  # a terminal sends it to the whole foreground group
        os.killpg(proc.pid, signal.SIGINT)
    else:
        proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    stopped = time.monotonic() - sent

    assert proc.returncode == code, err
    assert stopped < 2.0, f"stopped after {stopped:.1f} s"
    assert "interrompue" in err and "Traceback" not in err
    assert read_history(slow_workspace) == []
    assert not (slow_workspace / ".readiness" / "last_report.json").exists()
    time.sleep(0.5)
    assert _running_in(tmp) == []
    assert list(tmp.iterdir()) == []  # temporary folders removed
    print(f"\n{how}: exit {proc.returncode} after {stopped:.2f} s")


def test_kill_9_leaves_nothing_running_and_the_next_run_works(course, slow_workspace, tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    proc = _start(slow_workspace, tmp)
    _wait_for_kernels(tmp)
    proc.kill()
    proc.communicate(timeout=30)
    deadline = time.monotonic() + 5
    while _running_in(tmp) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _running_in(tmp) == []  # workers and kernels die with the grader

    # The next run: a solved notebook only, graded normally and recorded.
    (slow_workspace / SLOW).unlink()
    rerun = _start(slow_workspace, tmp, "--json", str(tmp_path / "r.json"))
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    results = by_id(json.loads((tmp_path / "r.json").read_text(encoding="utf-8")))
    assert all(results[q.grade_id]["status"] == "passed" for q in course.questions_of(SOLVED))
    assert len(read_history(slow_workspace)) == 1


def test_two_runs_at_once_on_one_workspace(course, tmp_path):
    """The dashboard's button and `make score` at the same time."""
    workspace = make_workspace(tmp_path, solved=[SOLVED], only=[SOLVED])
    first = _start(workspace, tmp_path, "--json", str(tmp_path / "a.json"))
    second = _start(workspace, tmp_path, "--json", str(tmp_path / "b.json"))
    for proc in (first, second):
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
    solved = {q.grade_id for q in course.questions_of(SOLVED)}
    for name in ("a.json", "b.json"):
        report = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        assert {q["grade_id"] for q in report["questions"] if q["status"] == "passed"} == solved
    lines = (workspace / ".readiness" / "history.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and all(json.loads(line)["overall"] > 0 for line in lines)
    json.loads((workspace / ".readiness" / "last_report.json").read_text(encoding="utf-8"))
