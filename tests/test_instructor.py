"""The instructor's nbgrader workflow on this course: the README's commands, as written."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from conftest import ROOT, cells_by_id, copy_course, solution_sources

ASSIGNMENT = "08_statistique"
NOTEBOOK = f"{ASSIGNMENT}/03_intervalles_tests.ipynb"
TAMPERED = "stat_ic_moyenne"  # a test cell carol edits
# The environment running the tests; a course copy links it as `.venv`, so the
# README's `.venv/bin/nbgrader` resolves as it does in a checkout after `make test`.
VENV = Path(sys.prefix)


def readme_instructor_commands() -> list:
    """The command lines of the bash block of the README's instructor section,
    comments removed, as argument lists."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Enseignant·e", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", section, re.S).group(1)
    commands = [shlex.split(line, comments=True) for line in block.splitlines()]
    return [argv for argv in commands if argv]


def unactivated_env() -> dict:
    """This environment as in a fresh terminal: no VIRTUAL_ENV and no folder
    holding nbgrader's scripts (`alembic` above all) on PATH."""
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
    scripts = {(VENV / "bin").resolve(), Path(sys.executable).parent.resolve()}
    kept = [p for p in env.get("PATH", "").split(os.pathsep) if p and Path(p).resolve() not in scripts
            and not shutil.which("alembic", path=p)]
    env["PATH"] = os.pathsep.join(kept) or os.defpath
    assert shutil.which("alembic", path=env["PATH"]) is None
    return env


def submit(root: Path, student: str, answers: dict) -> None:
    """A student's copy of the release notebook, with some answer cells replaced."""
    dest = root / "submitted" / student / NOTEBOOK
    dest.parent.mkdir(parents=True)
    shutil.copy(ROOT / "release" / NOTEBOOK, dest)
    nb = nbformat.read(str(dest), as_version=4)
    for grade_id, source in answers.items():
        cells_by_id(nb)[grade_id].source = source
    nbformat.write(nb, str(dest))


@pytest.fixture(scope="module")
def graded_course(tmp_path_factory):
    """A copy of the course, with two students' submissions, where the README's
    instructor commands ran exactly as written, in order, from the course
    folder, without an activated environment.

    Returns the course folder, the runs (command, exit code, stderr; it stops
    at the first failure) and release/ right after generate_assignment.
    """
    root = copy_course(tmp_path_factory.mktemp("instructor"))
    (root / ".venv").symlink_to(VENV, target_is_directory=True)
    submit(root, "alice", solution_sources(NOTEBOOK))
    submit(root, "bob", {"stat_ic_moyenne_code": "def ic_moyenne(x, niveau=0.95):\n    return (0.0, 1.0)"})
    # Right answers, and one test cell emptied: nbgrader must still warn and restore it.
    submit(root, "carol", {**solution_sources(NOTEBOOK), TAMPERED: "pass"})
    env, runs, release = unactivated_env(), [], None
    for argv in readme_instructor_commands():
        # A relative program name is looked up from cwd, the course copy.
        proc = subprocess.run(argv, cwd=root, env=env, capture_output=True, text=True, timeout=600)
        runs.append((shlex.join(argv), proc.returncode, proc.stderr))
        if "generate_assignment" in argv:
            release = {p.name: p.read_bytes() for p in (root / "release" / ASSIGNMENT).glob("*.ipynb")}
        if proc.returncode != 0:
            break
    return root, runs, release


def test_readme_instructor_commands_run_as_written(graded_course):
    """Each command exits with 0 from the course folder, the environment not activated."""
    assert [argv[:3] for argv in readme_instructor_commands()] == [
        [".venv/bin/nbgrader", "generate_assignment", ASSIGNMENT],
        [".venv/bin/nbgrader", "autograde", ASSIGNMENT],
        [".venv/bin/nbgrader", "generate_feedback", ASSIGNMENT],
    ]
    _, runs, _ = graded_course
    for command, code, stderr in runs:
        assert code == 0, f"{command}\n{stderr[-3000:]}"
    assert len(runs) == 3


def test_generate_assignment_force_keeps_release(graded_course):
    """--force removes release/<assignment>/ before generating it again: it
    must come back identical to the committed one."""
    _, _, release = graded_course
    committed = {p.name: p.read_bytes() for p in (ROOT / "release" / ASSIGNMENT).glob("*.ipynb")}
    assert release is not None and sorted(release) == sorted(committed)
    assert [name for name in committed if release[name] != committed[name]] == []


def test_autograde_scores(graded_course, course):
    from nbgrader.api import Gradebook

    root = graded_course[0]
    for student in ("alice", "bob", "carol"):
        assert (root / "autograded" / student / NOTEBOOK).is_file(), student
    total = sum(q.max_points for q in course.questions_of(NOTEBOOK))
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}", "prerequis-bigdata") as gb:
        alice = gb.find_submission_notebook("03_intervalles_tests", ASSIGNMENT, "alice")
        bob = gb.find_submission_notebook("03_intervalles_tests", ASSIGNMENT, "bob")
        carol = gb.find_submission_notebook("03_intervalles_tests", ASSIGNMENT, "carol")
        assert alice.score == total
        assert bob.score == 0
        assert carol.score == total  # her emptied test cell was restored from the source


def test_no_false_alarms(graded_course):
    """What the three commands print that is not INFO: only what an
    instructor must read. Untouched released test cells (hidden tests
    stripped) raise no « checksum has changed! », nbgrader's SQLAlchemy
    warnings, ipykernel's TCP notice and traitlets' « not recognized » for
    this course's preprocessors are gone; carol's edited test cell still gets
    nbgrader's warning."""
    _, runs, _ = graded_course
    notices = [line for _, _, stderr in runs for line in stderr.splitlines()
               if line.strip() and "| INFO]" not in line]
    other_notebooks = sorted(p.name for p in (ROOT / "source" / ASSIGNMENT).glob("*.ipynb")
                             if p.name != Path(NOTEBOOK).name)
    expected = [f"[GenerateAssignmentApp | WARNING] Removing existing assignment: {{course}}/release/{ASSIGNMENT}"]
    expected += [f"[AutogradeApp | WARNING] No submitted file: {{course}}/submitted/{student}/{ASSIGNMENT}/{name}"
                 for student in ("alice", "bob", "carol") for name in other_notebooks]
    expected.append(f"[AutogradeApp | WARNING] Attribute 'checksum' for cell {TAMPERED} has changed!")
    root = str(graded_course[0])
    shown = sorted(re.sub(r" \(should be: .*", "", line).replace(root, "{course}") for line in notices)
    assert shown == sorted(expected)


def test_feedback_hides_hidden_tests(graded_course):
    feedback = graded_course[0] / "feedback"
    assert (feedback / "alice" / ASSIGNMENT / "03_intervalles_tests.html").is_file()
    html = (feedback / "bob" / ASSIGNMENT / "03_intervalles_tests.html").read_text(encoding="utf-8")
    assert "✗ ic_moyenne(x" in html and "Incorrect:" not in html  # the French message, alone
    assert "Votre réponse" in html and "white-space: pre-wrap" in html  # French labels, wrapped
    for secret in ("BEGIN HIDDEN TESTS", "rng_for(", "Traceback (most recent call last)"):
        assert secret not in html, secret


def test_feedback_formulas_need_no_network(graded_course):
    """Formulas come as MathML written into the page: no MathJax script from a
    CDN, no raw LaTeX left for one to typeset."""
    html = (graded_course[0] / "feedback" / "alice" / ASSIGNMENT / "03_intervalles_tests.html").read_text(encoding="utf-8")
    assert html.count("<math") > 20
    assert "mathjax" not in html.lower() and "cdnjs" not in html
    assert "$\\mu$" not in html and "\\frac" not in html


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
