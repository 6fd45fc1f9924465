"""Correct answers written differently from the reference get full marks.

Cases live in ``tests/right_answers/`` (one module per notebook). They are
graded through the real ``readiness score`` path, several questions per run
(questions are independent), beside the wrong answers of ``tests/wrong_answers``.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import right_answers
from autograder.model.course import Course
from conftest import ROOT, grading_rounds, make_workspace, score

RIGHT = [
    case
    for module in pkgutil.iter_modules(right_answers.__path__)
    for case in importlib.import_module(f"right_answers.{module.name}").CASES
]


ROUNDS = grading_rounds(Course.load(ROOT), RIGHT)


@pytest.mark.parametrize("runs", ROUNDS, ids=[f"round{i}" for i in range(len(ROUNDS))])
def test_other_correct_answers_get_full_marks(runs, course, tmp_path):
    for run in runs.values():
        for case in run.values():
            assert case.cell in course.by_grade_id()[case.question].answer_cells
    workspace = make_workspace(
        tmp_path, solved=list(runs), only=list(runs),
        replace={nb: {c.cell: c.code for c in run.values()} for nb, run in runs.items()})
    report = score(workspace, tmp_path)
    failed = []
    for notebook, run in runs.items():
        failed += [(q["grade_id"], run[q["grade_id"]].how if q["grade_id"] in run else "reference",
                    q["status"], q["message"])
                   for q in report["questions"] if q["notebook"] == notebook
                   and (q["status"] != "passed" or q["points"] != q["max_points"])]
    assert failed == [], "\n".join(map(repr, failed))


def test_every_case_is_in_a_run():
    assert sum(len(run) for runs in ROUNDS for run in runs.values()) == len(RIGHT)
