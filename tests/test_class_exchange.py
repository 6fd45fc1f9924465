"""The whole nbgrader exchange, end to end, with three students on one machine.

release_assignment → fetch_assignment → submit (each student; nbgrader takes
the id from the OS user name, one user here, so `--student` gives it) → collect →
`readiness class grade` → generate_feedback → release_feedback →
fetch_feedback; `c.Exchange.root` is the course's own `exchange/` folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbformat

from autograder.model.course import cells_by_grade_id
from conftest import copy_course, solution_sources
from test_class_grade import A, WRONG, grade, nbgrader

COURSE_ID = "prerequis-bigdata"


def as_student(student: str, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "USER": student, "LOGNAME": student, "HOME": str(home)}
    # nbgrader takes the student id from the operating system's user name
    # (all tests run as one user here): --student gives it explicitly.
    proc = subprocess.run([str(Path(sys.executable).parent / "nbgrader"), *args,
                           "--course", COURSE_ID, f"--student={student}"], cwd=home, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    return proc


def test_release_fetch_submit_collect_grade_and_feedback(tmp_path):
    course = copy_course(tmp_path)
    exchange = f"--Exchange.root={course / 'exchange'}"
    nbgrader(course, "generate_assignment", A, "--force")
    nbgrader(course, "release_assignment", A)
    students = {"alice": "solved", "bob": "blank", "carol": "wrong"}
    for student, mode in students.items():
        home = tmp_path / "homes" / student
        home.mkdir(parents=True)
        as_student(student, home, "fetch_assignment", A, exchange)
        for notebook in sorted((home / A).glob("*.ipynb")):
            nb = nbformat.read(str(notebook), 4)
            if mode != "blank":
                cells = cells_by_grade_id(nb)
                for grade_id, source in solution_sources(f"{A}/{notebook.name}").items():
                    cells[grade_id].source = source
                if mode == "wrong" and WRONG[0] in cells:
                    cells[WRONG[0]].source = WRONG[1]
            nbformat.write(nb, str(notebook))
        as_student(student, home, "submit", A, exchange)
    nbgrader(course, "collect", A)
    assert sorted(p.name for p in (course / "submitted").iterdir()) == sorted(students)

    summary = grade(course, tmp_path)
    assert (summary["graded"], summary["failed"]) == (3, 0)
    points = {}
    for entry in summary["students"]:
        points[entry["id"]] = points.get(entry["id"], 0) + sum(q["points"] for q in entry["questions"])
    assert points["alice"] > points["carol"] > points["bob"] == 0

    nbgrader(course, "generate_feedback", A)
    nbgrader(course, "release_feedback", A)
    for student in students:
        home = tmp_path / "homes" / student
        as_student(student, home, "fetch_feedback", A, exchange)
        feedback = list((home / A / "feedback").rglob("*.html"))
        assert len(feedback) == 3, feedback
