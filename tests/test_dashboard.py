"""The dashboard widget grades the workspace in a subprocess and shows the report."""

from __future__ import annotations

from autograder.reports.dashboard import Dashboard, last_report, weakest_html
from conftest import make_workspace, solution_sources


def test_dashboard_button_grades_and_shows(course, tmp_path):
    notebook = course.notebooks[-1]
    workspace = make_workspace(tmp_path, solved=[notebook], only=[notebook])
    dashboard = Dashboard(workspace)
    assert last_report(workspace) is None

    dashboard.button.click()

    assert dashboard.bar.value == dashboard.bar.max == len(course.notebooks)
    assert "Verdict" in dashboard.status.value
    assert not dashboard.button.disabled
    report = last_report(workspace)
    assert report is not None
    passed = {q.grade_id for q in report.questions if q.status == "passed"}
    assert passed == {q.grade_id for q in course.questions_of(notebook)}
    outputs = dashboard.output.outputs
    assert len(outputs) >= 3  # chart, progress, what to do next, messages if any
    shown = " ".join(o["data"].get("text/html", "") for o in outputs)
    assert "Pas encore de correction" not in dashboard.status.value


def test_dashboard_names_questions_and_shows_messages(course, tmp_path):
    """Questions by title and notebook, the French message of each one to
    fix, the refresher at its section; the last report shown at once."""
    notebook = "08_statistique/01_estimation.ipynb"
    solutions = {gid: src for gid, src in solution_sources(notebook).items()}
    workspace = make_workspace(tmp_path, solved=[notebook], only=[notebook], replace={
        notebook: {"stat_variance_sans_biais_code":
                   "import numpy as np\ndef variance_sans_biais(x):\n    return float(np.var(x))"}})
    dashboard = Dashboard(workspace)
    dashboard.status.value = "Pas encore de correction : cliquez sur « Évaluer mon niveau »."
    report = dashboard.run()
    assert report is not None
    shown = " ".join(o["data"].get("text/html", "") for o in dashboard.output.outputs)
    assert "Question 4 — Variance empirique sans biais" in shown
    assert "08_statistique / 01_estimation" in shown
    assert "Questions à corriger" in shown and "ddof" in shown
    assert "08_rappels_statistique.ipynb#" in shown
    assert "stat_variance_sans_biais</" not in shown  # titles, not raw ids
    assert "Pas encore de correction" not in dashboard.status.value

    again = Dashboard(workspace)
    assert again.show_last() is not None and "Verdict" in again.status.value
    assert "dernière correction" in again.status.value


def test_fresh_workspace_says_where_to_begin(course, tmp_path):
    workspace = make_workspace(tmp_path)
    report = Dashboard(workspace).run()
    html = weakest_html(report, titles={})
    assert "commencez par" in html and "À revoir en priorité" not in html


def test_button_label_is_not_cut():
    dashboard = Dashboard("/nonexistent")
    assert dashboard.button.layout.width == "auto"


def test_dashboard_reports_a_missing_workspace(tmp_path):
    dashboard = Dashboard(tmp_path / "absent")
    assert dashboard.run() is None
    assert "Échec" in dashboard.status.value and "readiness start" in dashboard.status.value
