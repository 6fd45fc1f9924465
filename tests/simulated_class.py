"""A simulated class with known abilities, for tests and benchmarks.

Each student has an ability per domain, drawn once (Beta(2, 2): most students
in the middle, some strong, some weak). For each question the student writes a
correct answer with probability equal to that ability (alternating the
reference solution with the other correct answers of ``tests/right_answers``),
otherwise one of the typical wrong answers of ``tests/wrong_answers`` (or a
blank answer when the question has none, or one time in three); rarely a
notebook is broken (not valid JSON). Everything is drawn from one seed, so the
same call builds the same class.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional

import nbformat
import numpy as np

from autograder.model.course import Course, cells_by_grade_id

TESTS = Path(__file__).resolve().parent
BROKEN_SHARE = 0.02


def _cases(package: str) -> Dict[str, list]:
    module = importlib.import_module(package)
    by_question: Dict[str, list] = {}
    for info in pkgutil.iter_modules(module.__path__):
        for case in importlib.import_module(f"{package}.{info.name}").CASES:
            by_question.setdefault(case.question, []).append(case)
    return by_question


@dataclass
class SimulatedClass:
    """What :func:`build_class` made."""

    students: List[str]
    abilities: Dict[str, Dict[str, float]]
    """Ability per student and domain, in [0, 1]."""
    answers: Dict[str, Dict[str, str]] = field(default_factory=dict)
    """Per student, per question: ``correct``, ``wrong``, ``blank`` or ``broken``."""


def build_class(course_root: Path, n_students: int, seed: int = 0,
                assignments: Optional[Iterable[str]] = None,
                timestamp: str = "2026-12-01 10:00:00.000000 UTC") -> SimulatedClass:
    """Write ``submitted/<student>/<assignment>/*.ipynb`` in ``course_root``."""
    import sys

    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))
    course = Course.load(course_root)
    rng = np.random.default_rng(seed)
    wrong, right = _cases("wrong_answers"), _cases("right_answers")
    domains = sorted({q.domain for q in course.questions})
    wanted = set(assignments) if assignments else {q.assignment for q in course.questions}
    students = [f"etudiant{i + 1:02d}" for i in range(n_students)]
    made = SimulatedClass(students, {})
    for student in students:
        ability = {d: float(rng.beta(2, 2)) for d in domains}
        made.abilities[student] = ability
        made.answers[student] = {}
        for path in course.notebooks:
            assignment = path.split("/")[0]
            if assignment not in wanted:
                continue
            folder = course_root / "submitted" / student / assignment
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "timestamp.txt").write_text(timestamp)
            target = folder / Path(path).name
            questions = course.questions_of(path)
            if rng.random() < BROKEN_SHARE:
                target.write_text('{"cells": [', encoding="utf-8")
                made.answers[student].update({q.grade_id: "broken" for q in questions})
                continue
            nb = nbformat.read(str(course_root / "release" / path), as_version=4)
            cells = cells_by_grade_id(nb)
            solutions = {gid: c.source for gid, c in cells_by_grade_id(nbformat.read(
                str(course_root / "source" / path), as_version=4)).items()
                if c.metadata.get("nbgrader", {}).get("solution")}
            for index, q in enumerate(questions):
                if rng.random() < ability[q.domain]:
                    options = right.get(q.grade_id, [])
                    choice = int(rng.integers(len(options) + 1))
                    if choice < len(options):
                        cells[options[choice].cell].source = options[choice].code
                    else:
                        for cell_id in q.answer_cells:
                            cells[cell_id].source = solutions[cell_id]
                    made.answers[student][q.grade_id] = "correct"
                elif wrong.get(q.grade_id) and rng.random() < 2 / 3:
                    case = wrong[q.grade_id][int(rng.integers(len(wrong[q.grade_id])))]
                    cells[case.cell].source = case.code
                    made.answers[student][q.grade_id] = "wrong"
                else:
                    made.answers[student][q.grade_id] = "blank"
            nbformat.write(nb, str(target))
    (course_root / "simulated_class.json").write_text(json.dumps(
        {"abilities": made.abilities, "answers": made.answers}, indent=1))
    return made
