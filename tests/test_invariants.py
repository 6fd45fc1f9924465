"""Grading invariants, through the real `readiness score` path.

- the source solutions score 100 on their domain;
- an untouched workspace scores 0, every question "not attempted";
- each typical wrong answer loses exactly the points of its question, with
  the French feedback that names the mistake (several wrong answers to
  different questions are graded in one run: questions are independent).
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import wrong_answers
from autograder.model.course import Course
from conftest import ROOT, by_id, grading_rounds, make_workspace, score

WRONG = [
    case
    for module in pkgutil.iter_modules(wrong_answers.__path__)
    for case in importlib.import_module(f"wrong_answers.{module.name}").CASES
]


def test_solutions_score_100(course, tmp_path):
    workspace = make_workspace(tmp_path, solved=course.notebooks)
    report = score(workspace, tmp_path)
    not_passed = {q["grade_id"]: q["message"] for q in report["questions"] if q["status"] != "passed"}
    assert not_passed == {}
    for domain in report["domains"]:
        if domain["assessed"]:
            assert domain["score"] == 100
            assert domain["points"] == domain["max_points"] > 0
    assert report["overall"] == 100
    assert report["verdict"] == "ready"


def test_untouched_workspace_scores_0(course, tmp_path):
    workspace = make_workspace(tmp_path)
    report = score(workspace, tmp_path)
    assert report["overall"] == 0
    assert report["verdict"] == "not_ready"
    assert len(report["questions"]) == len(course.questions)
    assert {q["status"] for q in report["questions"]} == {"not_attempted"}
    assert all(q["points"] == 0 and q["message"] for q in report["questions"])


def test_stub_answers_run_by_nbgrader_score_0(course, tmp_path):
    """The untouched stubs, when actually executed (one answer changed
    elsewhere forces grading), still give no point."""
    notebook = course.notebooks[0]
    first = course.questions_of(notebook)[0]
    workspace = make_workspace(tmp_path, only=[notebook],
                               replace={notebook: {first.answer_cells[0]: "pass"}})
    report = score(workspace, tmp_path)
    graded = [q for q in report["questions"] if q["notebook"] == notebook]
    assert all(q["points"] == 0 for q in graded)
    assert by_id(report)[first.grade_id]["status"] == "error"
    assert {q["status"] for q in graded[1:]} == {"not_attempted"}


def test_every_question_has_a_wrong_answer(course):
    covered = {case.question for case in WRONG}
    assert covered == {q.grade_id for q in course.questions}


ROUNDS = grading_rounds(Course.load(ROOT), WRONG)


@pytest.mark.parametrize("runs", ROUNDS, ids=[f"round{i}" for i in range(len(ROUNDS))])
def test_wrong_answers_lose_exactly_their_points(runs, course, tmp_path):
    for run in runs.values():
        for case in run.values():
            assert case.cell in course.by_grade_id()[case.question].answer_cells
    workspace = make_workspace(
        tmp_path, solved=list(runs), only=list(runs),
        replace={nb: {c.cell: c.code for c in run.values()} for nb, run in runs.items()})
    report = score(workspace, tmp_path)
    wrong = []
    for notebook, run in runs.items():
        results = {q["grade_id"]: q for q in report["questions"] if q["notebook"] == notebook}
        for grade_id, case in run.items():
            target = results.pop(grade_id)
            if (target["points"] != 0 or target["status"] != "failed"
                    or case.expect not in target["message"]):
                wrong.append((grade_id, target["status"], target["points"], target["message"],
                              "expected: " + case.expect))
        wrong += [(gid, q["status"], q["message"]) for gid, q in results.items()
                  if q["status"] != "passed"]
    assert wrong == [], "\n".join(map(repr, wrong))


def test_every_wrong_answer_is_in_a_run(course):
    assert sum(len(run) for runs in ROUNDS for run in runs.values()) == len(WRONG)
