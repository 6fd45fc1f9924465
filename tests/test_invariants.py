"""Grading invariants, through the real `readiness score` path.

- the source solutions score 100 on their domain;
- an untouched workspace scores 0, every question "not attempted";
- each typical wrong answer loses exactly the points of its question, with
  the French feedback that names the mistake.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import wrong_answers
from conftest import by_id, make_workspace, score

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


@pytest.mark.parametrize("case", WRONG, ids=[f"{c.question}-{i}" for i, c in enumerate(WRONG)])
def test_wrong_answer_loses_exactly_its_points(case, course, tmp_path):
    question = course.by_grade_id()[case.question]
    assert case.cell in question.answer_cells
    notebook = question.path
    workspace = make_workspace(tmp_path, solved=[notebook], only=[notebook],
                               replace={notebook: {case.cell: case.code}})
    report = score(workspace, tmp_path)
    results = {q["grade_id"]: q for q in report["questions"] if q["notebook"] == notebook}
    target = results.pop(case.question)
    assert target["points"] == 0
    assert target["status"] == "failed", target["message"]
    assert case.expect in target["message"]
    others = {gid: q["message"] for gid, q in results.items() if q["status"] != "passed"}
    assert others == {}
