"""Hostile or broken notebooks cannot fool, stall or damage the grading.

The cases are listed in tests/hostile_cases.py. One workspace holds all of
them at once, every other answer being the reference solution: each hostile
question gets 0 points with its status and French message, every other
question of the course (including the correct answers next to a kernel that
died) gets all its points, the candidate's files are unchanged and nothing is
left running.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import nbformat
import psutil

from conftest import ROOT, by_id, cells_by_id, fill_answers, make_workspace, score, snapshot
from hostile_cases import CASES, DAEMON_SECONDS, ENDLESS, MV, OBJ, hostile_workspace


def _leftovers():
    found = []
    for process in psutil.process_iter(["cmdline"]):
        if DAEMON_SECONDS in " ".join(process.info["cmdline"] or []):
            found.append(process)
    return found


def test_hostile_answers_get_nothing_and_harm_nothing(course, tmp_path):
    workspace = hostile_workspace(course, tmp_path)
    Path("/tmp/readiness-pirate.txt").unlink(missing_ok=True)
    before = snapshot(workspace)

    started = time.monotonic()
    results = by_id(score(workspace, tmp_path))
    elapsed = time.monotonic() - started

    hostile = {c.question: c for cases in CASES.values() for c in cases}
    wrong = [(case.name, results[grade_id]["status"], results[grade_id]["points"],
              results[grade_id]["message"])
             for grade_id, case in hostile.items()
             if results[grade_id]["points"] != 0
             or results[grade_id]["status"] not in case.status.split("|")
             or not any(m in results[grade_id]["message"] for m in case.message.split("|"))]
    wrong += [(q.grade_id, results[q.grade_id]["status"], results[q.grade_id]["points"],
               results[q.grade_id]["message"])
              for q in course.questions if q.grade_id not in hostile
              and (results[q.grade_id]["status"] != "passed"
                   or results[q.grade_id]["points"] != q.max_points)]
    assert wrong == [], "\n".join(map(repr, wrong))
    assert snapshot(workspace) == before
    assert not (workspace / "pirate.txt").exists()
    assert not Path("/tmp/readiness-pirate.txt").exists()
    assert _leftovers() == []
    print(f"\n{len(hostile)} hostile answers in one workspace graded in {elapsed:.1f} s")


def test_every_answer_of_a_notebook_loops_and_the_report_comes_within_two_minutes(
        course, tmp_path):
    # The biggest notebook; its loops ignore KeyboardInterrupt, so each one
    # costs a time-out and a kernel restart.
    questions = course.questions_of(OBJ)
    workspace = make_workspace(tmp_path, solved=[MV], only=[OBJ, MV])
    fill_answers(workspace, OBJ, {a: ENDLESS for q in questions for a in q.answer_cells})

    started = time.monotonic()
    results = by_id(score(workspace, tmp_path))
    elapsed = time.monotonic() - started

    assert elapsed < 120, elapsed
    for question in questions:
        assert results[question.grade_id]["status"] == "timeout", results[question.grade_id]
        assert results[question.grade_id]["points"] == 0
    for question in course.questions_of(MV):
        assert results[question.grade_id]["status"] == "passed"
    print(f"\n{len(questions)} looping answers: report in {elapsed:.1f} s")


def test_broken_structure_is_repaired_on_the_copy(course, tmp_path):
    """Lost metadata everywhere, a test moved above its answer, duplicated cells:
    the reference solutions still get every point."""
    questions = course.questions_of(MV)
    workspace = make_workspace(tmp_path, solved=[MV], only=[MV])
    path = workspace / MV
    nb = nbformat.read(str(path), as_version=4)
    cells = cells_by_id(nb)
    first, second = questions[0], questions[1]
    # duplicate an answer and a test, move a test above its answer
    nb.cells.insert(nb.cells.index(cells[first.answer_cells[0]]) + 1,
                    nbformat.from_dict(dict(cells[first.answer_cells[0]])))
    nb.cells.append(nbformat.from_dict(dict(cells[first.grade_id])))
    test = cells[second.grade_id]
    nb.cells.remove(test)
    nb.cells.insert(nb.cells.index(cells[second.answer_cells[0]]), test)
    # then lose every cell's metadata, as a copy into a new notebook does
    for cell in nb.cells:
        cell.metadata = {}
    nbformat.write(nb, str(path))
    before = snapshot(workspace)

    results = by_id(score(workspace, tmp_path))

    for question in questions:
        assert results[question.grade_id]["status"] == "passed", results[question.grade_id]["message"]
    assert snapshot(workspace) == before


def test_the_sandbox_is_what_grading_kernels_run_in():
    """The kernel command nbgrader runs goes through the sandbox launcher."""
    from autograder.engine.kernel_manager import SandboxedKernelManager
    from autograder.engine.nbgrader_run import load_course_config

    config = load_course_config(ROOT)
    assert config.Execute.kernel_manager_class == "autograder.engine.kernel_manager.SandboxedKernelManager"
    manager = SandboxedKernelManager(config=config)
    cmd, kw = manager.sandboxed(["python", "-m", "ipykernel_launcher"], {"cwd": "/tmp"})
    assert kw["cwd"] != "/tmp" and kw["cwd"].startswith(manager._private)
    assert cmd[1:3] == ["-m", "autograder.engine.sandbox"] and "--rw" in cmd
    assert kw["env"]["READINESS_GRADING"] == "1"
    assert "READINESS_COURSE" not in kw["env"]
    assert cmd[cmd.index("--memory-mb") + 1] == "2048"  # the course's default
    config.SandboxedKernelManager.memory_limit_mb = 512  # an instructor's choice
    other = SandboxedKernelManager(config=config)
    cmd, _ = other.sandboxed(["python"], {})
    assert cmd[cmd.index("--memory-mb") + 1] == "512"
    for made in (manager, other):
        shutil.rmtree(made._private)
