"""A grade depends only on the notebook, the course (sources, configuration)
and the grader's version: `readiness score` regrades what changed, and only
that; changing any of the four regrades."""

from __future__ import annotations

import nbgrader
import nbformat

from autograder.engine.grading import WorkspaceGrader
from autograder.engine.nbgrader_run import load_course_config
from autograder.model.course import Course
from conftest import copy_course, fill_answers, solution_sources
from autograder.front.workspace import start

EST = "08_statistique/01_estimation.ipynb"
IC = "08_statistique/03_intervalles_tests.ipynb"


def _run(course_root, workspace, cache):
    grader = WorkspaceGrader(config=load_course_config(course_root))
    results = grader.grade(Course.load(course_root), workspace, cache_dir=cache)
    return grader, {r.grade_id: r for r in results}


def test_only_changed_notebooks_are_graded_again(tmp_path, monkeypatch):
    course = copy_course(tmp_path)
    workspace = tmp_path / "ws"
    start(course, workspace)
    for path in list(workspace.glob("*/*.ipynb")):
        if path.relative_to(workspace).as_posix() not in (EST, IC):
            path.unlink()
    for notebook in (EST, IC):
        fill_answers(workspace, notebook, solution_sources(notebook))
    cache = tmp_path / "cache"

    first, _ = _run(course, workspace, cache)
    assert sorted(first.graded_paths) == [EST, IC]

    again, _ = _run(course, workspace, cache)  # nothing changed
    assert again.graded_paths == [] and sorted(again.cached_paths) == [EST, IC]

    question = Course.load(course).questions_of(EST)[1]
    fill_answers(workspace, EST, {question.answer_cells[0]: "def lancer_de(u):\n    return u\n"})
    edited, results = _run(course, workspace, cache)  # the notebook changed
    assert edited.graded_paths == [EST] and edited.cached_paths == [IC]
    assert results[question.grade_id].status == "failed"

    source = course / "source" / IC  # the course's sources changed
    nb = nbformat.read(str(source), 4)
    nb.cells[0].source += "\n\nUne précision de l'enseignant."
    nbformat.write(nb, str(source))
    after_source, _ = _run(course, workspace, cache)
    assert sorted(after_source.graded_paths) == [EST, IC]

    with (course / "nbgrader_config.py").open("a") as f:  # its configuration changed
        f.write("\nc.GuardedExecute.max_output_chars = 20001\n")
    after_config, _ = _run(course, workspace, cache)
    assert sorted(after_config.graded_paths) == [EST, IC]

    monkeypatch.setattr(nbgrader, "__version__", nbgrader.__version__ + ".post1")  # the grader
    after_grader, _ = _run(course, workspace, cache)
    assert sorted(after_grader.graded_paths) == [EST, IC]
