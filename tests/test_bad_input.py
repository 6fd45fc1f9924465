"""Unusable input: the grading finishes, says what happened, loses nothing."""

from __future__ import annotations

import nbformat

from conftest import by_id, cells_by_id, make_workspace, run_cli, score, snapshot, solution_sources

EST = "08_statistique/01_estimation.ipynb"
MV = "08_statistique/02_vraisemblance_moindres_carres.ipynb"
IC = "08_statistique/03_intervalles_tests.ipynb"


def test_broken_notebooks_do_not_stop_the_others(course, tmp_path):
    # 01: not JSON; 02: an answer that never returns; 03: a test cell edited
    # to pass whatever the answer, with that answer wrong.
    loop_question = course.questions_of(MV)[0]
    edited_question = course.questions_of(IC)[0]
    workspace = make_workspace(
        tmp_path, solved=[MV, IC],
        replace={
            MV: {loop_question.answer_cells[0]: "while True:\n    pass"},
            IC: {edited_question.answer_cells[0]: "def ic_moyenne(x, niveau=0.95):\n    return (0.0, 1.0)"},
        })
    (workspace / EST).write_text('{"cells": [ tronqué', encoding="utf-8")
    nb = nbformat.read(str(workspace / IC), as_version=4)
    cells_by_id(nb)[edited_question.grade_id].source = "pass  # plus de test"
    nbformat.write(nb, str(workspace / IC))
    before = snapshot(workspace)

    report = score(workspace, tmp_path)
    results = by_id(report)

    for q in course.questions_of(EST):
        assert results[q.grade_id]["status"] == "error"
        assert results[q.grade_id]["points"] == 0
        assert "illisible" in results[q.grade_id]["message"]
    looping = results[loop_question.grade_id]
    assert looping["status"] == "timeout" and looping["points"] == 0
    assert "Temps limite" in looping["message"]
    edited = results[edited_question.grade_id]
    assert edited["status"] == "failed" and edited["points"] == 0
    assert "restaurée" in edited["message"]
    # Everything else of 02 and 03 is graded normally.
    for q in course.questions_of(MV)[1:] + course.questions_of(IC)[1:]:
        assert results[q.grade_id]["status"] == "passed", results[q.grade_id]["message"]
    # The candidate's files are byte-for-byte unchanged.
    assert snapshot(workspace) == before


def test_deleted_test_cell_is_restored_and_graded(course, tmp_path):
    question = course.questions_of(IC)[1]
    workspace = make_workspace(tmp_path, solved=[IC], only=[IC])
    nb = nbformat.read(str(workspace / IC), as_version=4)
    nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") != question.grade_id]
    nbformat.write(nb, str(workspace / IC))
    results = by_id(score(workspace, tmp_path))
    assert results[question.grade_id]["status"] == "passed"
    assert all(results[q.grade_id]["status"] == "passed" for q in course.questions_of(IC))


def test_missing_workspace_is_a_clear_error(tmp_path):
    proc = run_cli("score", "--workspace", str(tmp_path / "nulle-part"))
    assert proc.returncode != 0
    assert "readiness start" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_folder_that_is_not_a_workspace_is_a_clear_error(tmp_path):
    (tmp_path / "notes.txt").write_text("mes notes")
    proc = run_cli("score", "--workspace", str(tmp_path))
    assert proc.returncode != 0
    assert "n'est pas un espace de travail" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    proc = run_cli("start", "--workspace", str(tmp_path))
    assert proc.returncode != 0
    assert (tmp_path / "notes.txt").read_text() == "mes notes"


def test_cell_metadata_that_nbgrader_cannot_read_is_dropped(course, tmp_path):
    """nbgrader crashes on cell metadata that is not a mapping: the grader drops
    it from its copy; the answer, still in its cell, is graded."""
    question = course.questions_of(MV)[0]
    workspace = make_workspace(tmp_path, solved=[MV], only=[MV])
    nb = nbformat.read(str(workspace / MV), as_version=4)
    cells_by_id(nb)[question.answer_cells[0]].metadata["nbgrader"] = "pas un dictionnaire"
    nbformat.write(nb, str(workspace / MV))
    before = snapshot(workspace)
    results = by_id(score(workspace, tmp_path))
    assert {results[q.grade_id]["status"] for q in course.questions_of(MV)} == {"passed"}
    assert snapshot(workspace) == before


def test_correct_answers_that_print_warnings_keep_their_points(course, tmp_path):
    """nbgrader counts any stderr output of a test cell as a failure; a
    warning printed by a correct answer must not cost its points."""
    lancer, bernoulli = course.questions_of(EST)[1], course.questions_of(EST)[0]
    assert (lancer.grade_id, bernoulli.grade_id) == ("stat_lancer_de", "stat_simuler_bernoulli")
    solutions = solution_sources(EST)
    workspace = make_workspace(tmp_path, solved=[EST], only=[EST], replace={EST: {
        lancer.answer_cells[0]:
            "import warnings\n\ndef lancer_de(u):\n"
            "    warnings.warn('conversion du tableau', RuntimeWarning)\n"
            "    return np.floor(6 * np.asarray(u)).astype(int) + 1\n",
        bernoulli.answer_cells[0]:
            solutions[bernoulli.answer_cells[0]].replace(
                "def simuler_bernoulli(u, p):",
                "import sys\n\ndef simuler_bernoulli(u, p):\n"
                "    print('trace de débogage', file=sys.stderr)", 1),
    }})
    results = by_id(score(workspace, tmp_path))
    for q in (lancer, bernoulli):
        assert results[q.grade_id]["status"] == "passed", results[q.grade_id]["message"]
