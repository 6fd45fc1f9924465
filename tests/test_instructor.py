"""The instructor's nbgrader workflow on this course, with stock nbgrader commands."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from conftest import ROOT, cells_by_id, copy_course, solution_sources

BIN = Path(sys.executable).parent


def nbgrader(course: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    proc = subprocess.run([str(BIN / "nbgrader"), *args], cwd=course, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


@pytest.fixture(scope="module")
def graded_course(tmp_path_factory, course):
    """A copy of the course where two students' work went through
    generate_assignment, autograde and generate_feedback."""
    root = copy_course(tmp_path_factory.mktemp("instructor"))
    notebook = "08_statistique/03_intervalles_tests.ipynb"
    nbgrader(root, "generate_assignment", "08_statistique", "--force")
    for student, answers in {
        "alice": solution_sources(notebook),
        "bob": {"stat_ic_moyenne_code": "def ic_moyenne(x, niveau=0.95):\n    return (0.0, 1.0)"},
    }.items():
        dest = root / "submitted" / student / notebook
        dest.parent.mkdir(parents=True)
        shutil.copy(root / "release" / notebook, dest)
        nb = nbformat.read(str(dest), as_version=4)
        for grade_id, source in answers.items():
            cells_by_id(nb)[grade_id].source = source
        nbformat.write(nb, str(dest))
    nbgrader(root, "autograde", "08_statistique")
    nbgrader(root, "generate_feedback", "08_statistique")
    return root


def test_autograde_scores(graded_course, course):
    from nbgrader.api import Gradebook

    total = sum(q.max_points for q in course.questions_of("08_statistique/03_intervalles_tests.ipynb"))
    with Gradebook(f"sqlite:///{graded_course / 'gradebook.db'}", "prerequis-bigdata") as gb:
        alice = gb.find_submission_notebook("03_intervalles_tests", "08_statistique", "alice")
        bob = gb.find_submission_notebook("03_intervalles_tests", "08_statistique", "bob")
        assert alice.score == total
        assert bob.score == 0


def test_feedback_hides_hidden_tests(graded_course):
    html = (graded_course / "feedback" / "bob" / "08_statistique" /
            "03_intervalles_tests.html").read_text(encoding="utf-8")
    assert "Incorrect: ic_moyenne(x)" in html  # the French message, alone
    for secret in ("BEGIN HIDDEN TESTS", "rng_for(", "Traceback (most recent call last)"):
        assert secret not in html, secret


def test_exchange_is_inside_the_course():
    namespace = {"get_config": lambda: __import__("traitlets.config").config.Config()}
    code = (ROOT / "nbgrader_config.py").read_text()
    namespace["__file__"] = str(ROOT / "nbgrader_config.py")
    exec(compile(code, "nbgrader_config.py", "exec"), namespace)
    assert namespace["c"].Exchange.root == str(ROOT / "exchange")


def test_validate_both_ways(course):
    """Source notebooks pass their tests; release notebooks fail every one
    (nbgrader's Validator API: `nbgrader validate` exits 0 even on failure)."""
    from nbgrader.validator import Validator

    for notebook in course.notebooks:
        result = Validator().validate(str(ROOT / "source" / notebook))
        assert "failed" not in result, (notebook, result.get("failed"))
        inverted = Validator(invert=True).validate(str(ROOT / "release" / notebook))
        assert "passed" not in inverted, (notebook, inverted.get("passed"))
