"""The template gradebook is made once per version of the sources and kept."""

from __future__ import annotations

import nbformat

from autograder.engine.nbgrader_run import gradebook_key, load_course_config, template_gradebook
from autograder.engine import grading
from conftest import copy_course, make_workspace


def test_cache_reused_then_replaced_when_sources_change(tmp_path):
    course = copy_course(tmp_path)
    config = load_course_config(course)
    cache = tmp_path / "cache"
    assignments = ["08_statistique"]
    first = template_gradebook(course, assignments, config, cache)
    assert first.name == f"gradebook-{gradebook_key(course, assignments)}.db"
    mtime = first.stat().st_mtime_ns
    assert template_gradebook(course, assignments, config, cache) == first
    assert first.stat().st_mtime_ns == mtime  # not made again

    old_references = cache / first.stem.replace("gradebook-", "references-")
    old_references.mkdir()  # reference records of the old sources (autograder.engine.verify)
    (old_references / "08_statistique--01_estimation.json").write_text("{}")

    notebook = next((course / "source" / "08_statistique").glob("*.ipynb"))
    nb = nbformat.read(str(notebook), as_version=4)
    nb.cells[0].source += "\n\nUne phrase ajoutée par l'enseignant."
    nbformat.write(nb, str(notebook))
    second = template_gradebook(course, assignments, config, cache)
    assert second != first and second.exists()
    # the stale gradebook and reference records are gone
    assert sorted(p.name for p in cache.iterdir()) == [second.name]


def test_grading_log_may_go_to_a_folder_that_does_not_exist_yet(tmp_path, course):
    """Each worker opens the grading log as it starts: its folder is made
    first (a class course has no .readiness/ before its first grading)."""
    notebook = "08_statistique/01_estimation.ipynb"
    workspace = make_workspace(tmp_path, solved=[notebook], only=[notebook])
    config = load_course_config(course.root)
    log = tmp_path / "new-folder" / "grading.log"
    results = grading.WorkspaceGrader(config=config).grade(
        course, workspace, cache_dir=tmp_path / "cache", log_file=log, course_config=config)
    graded = [r for r in results if r.notebook == notebook]
    assert graded and all(r.points == r.max_points for r in graded), graded
    assert log.exists()
