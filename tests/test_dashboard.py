"""The dashboard widget grades the workspace in a subprocess and shows the report."""

from __future__ import annotations

from autograder.reports.dashboard import Dashboard, last_report
from conftest import make_workspace


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
    assert len(dashboard.output.outputs) == 3  # chart, progress, skills to revise


def test_dashboard_reports_a_missing_workspace(tmp_path):
    dashboard = Dashboard(tmp_path / "absent")
    assert dashboard.run() is None
    assert "Échec" in dashboard.status.value and "readiness start" in dashboard.status.value
