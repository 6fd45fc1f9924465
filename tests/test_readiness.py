"""Unit tests of the readiness model, the policy and the reports."""

from __future__ import annotations

import json

import pytest
from traitlets import TraitError
from traitlets.config import Config

from autograder.model.catalogue import DOMAINS, SKILLS
from autograder.model.policy import ReadinessPolicy
from autograder.model.readiness import build_report
from autograder.reports.html import render_html
from autograder.reports.text import render
from autograder.model.results import QuestionResult


def result(skill, points, max_points=2.0, status=None, grade_id=None):
    domain = next(s.domain for s in SKILLS if s.id == skill)
    status = status or ("passed" if points == max_points else "failed")
    return QuestionResult(domain=domain, skill=skill, grade_id=grade_id or f"{skill}_{points}",
                          notebook="x/y.ipynb", points=points, max_points=max_points,
                          status=status, message="" if status == "passed" else "raté")


def test_scores_per_skill_and_domain():
    qs = [result("stat_tests", 2), result("stat_tests", 0), result("stat_risque", 1, 1)]
    report = build_report(qs)
    stats = next(d for d in report.domains if d.id == "statistique")
    assert stats.points == 3 and stats.max_points == 5 and stats.score == 60
    assert report.skill("stat_tests").score == 50
    assert report.skill("stat_tests").missed == ["stat_tests_0"]
    assert report.skill("stat_risque").score == 100
    assert report.overall == 60


def test_every_domain_appears_and_unassessed_are_not_zero():
    report = build_report([result("stat_tests", 0)])
    assert [d.id for d in report.domains] == [d.id for d in DOMAINS]
    for d in report.domains:
        if d.id != "statistique":
            assert d.assessed is False and d.score is None
    assert report.overall == 0  # only the assessed domain counts


@pytest.mark.parametrize("scores, verdict", [
    ({"a": 50, "b": 50}, "ready"),
    ({"a": 100, "b": 49}, "almost"),
    ({"a": 45, "b": 45}, "almost"),
    ({"a": 90, "b": 30}, "not_ready"),
    ({"a": 34, "b": 40}, "not_ready"),
    ({}, "not_ready"),
])
def test_default_verdicts(scores, verdict):
    assert ReadinessPolicy().verdict(scores) == verdict


def test_policy_from_config_and_weights():
    config = Config()
    config.ReadinessPolicy.domain_threshold = 60.0
    config.ReadinessPolicy.domain_weights = {"statistique": 3}
    policy = ReadinessPolicy(config=config)
    assert policy.verdict({"statistique": 55}) != "ready"
    assert policy.overall({"statistique": 80, "python": 40}) == pytest.approx(70)


@pytest.mark.parametrize("option, value", [
    ("domain_threshold", 120.0), ("overall_threshold", -1.0), ("almost_margin", -5.0),
    ("domain_weights", {"inconnu": 1}), ("domain_weights", {"python": 0}),
])
def test_policy_rejects_bad_values(option, value):
    with pytest.raises(TraitError):
        ReadinessPolicy(**{option: value})


def test_weakest_skills_first():
    qs = [result("stat_tests", 0), result("stat_tests", 2),
          result("stat_risque", 0), result("stat_risque", 0, 1),
          result("stat_estimateur", 2)]
    report = build_report(qs)
    assert report.weakest_skills == ["stat_risque"]  # stat_tests is at 50: not below
    report = build_report(qs, ReadinessPolicy(domain_threshold=60))
    assert report.weakest_skills == ["stat_risque", "stat_tests"]


def test_progress_since_previous_attempt_is_reported():
    previous = {"created": "2026-11-01T10:00:00+00:00", "overall": 20.0,
                "domains": {"statistique": 20.0}}
    report = build_report([result("stat_tests", 2)], previous=previous)
    text = render(report)
    assert "moyenne 20 → 100 (+80.0)" in text


def test_text_report_names_unassessed_domains_and_revisions():
    text = render(build_report([result("stat_tests", 0, status="timeout")]))
    assert "sur le seul domaine évalué (7 autres pas encore évalués)" in text  # never claims more
    assert "Pas encore évalués" in text and "Probabilités" in text
    assert "À revoir en priorité" in text and "08_rappels_statistique.ipynb#tests-statistiques" in text
    assert "[temps dépassé]" in text


def test_html_report_is_self_contained():
    report = build_report([result("stat_tests", 0), result("stat_risque", 2)])
    html = render_html(report, link_base="../")
    assert html.startswith("<!DOCTYPE html>")
    assert "data:image/png;base64," in html
    assert "non évalué" in html
    assert "notebooks/08_rappels_statistique.ipynb#tests-statistiques" in html
    assert "href='../notebooks" not in html  # a browser would show the .ipynb as raw JSON
    assert "Question" in html and "<code>stat_tests</code>" not in html  # titles, not ids
    linked = render_html(report, lab_url="http://localhost:8888/lab/tree/")
    assert "href='http://localhost:8888/lab/tree/notebooks/08_rappels_statistique.ipynb#" in linked


def test_html_report_reads_as_french():
    report = build_report([result("stat_tests", 0), result("stat_risque", 2)])
    report.created = "2026-11-26T08:25:00+00:00"
    report.overall = 1.4
    html = render_html(report)
    assert "26 novembre 2026 à 08:25" in html and "2026-11-26T" not in html
    assert "moyenne 1,4/100 sur le seul domaine évalué (7 autres pas encore évalués)" in html
    assert "table-layout:fixed" in html and "overflow-wrap:anywhere" in html  # no overflow at 1280 px
    assert "<script" not in html and "http" not in html.split("base64,")[0]


def test_report_json_contract():
    data = json.loads(json.dumps(build_report([result("stat_tests", 1, 2)]).to_dict()))
    assert set(data) >= {"overall", "verdict", "domains", "questions"}
    assert data["verdict"] in {"ready", "almost", "not_ready"}
    for d in data["domains"]:
        assert set(d) >= {"id", "score", "points", "max_points", "skills"}
        for s in d["skills"]:
            assert set(s) >= {"id", "score", "points", "max_points"}
    for q in data["questions"]:
        assert set(q) >= {"domain", "skill", "grade_id", "notebook", "points", "max_points",
                          "status", "message"}


def test_text_report_groups_a_notebook_that_could_not_be_graded():
    qs = [result("stat_tests", 0, status="error", grade_id=f"q{i}") for i in range(3)]
    qs[2].message = "autre"
    text = render(build_report(qs))
    assert "[erreur] x/y.ipynb · q0, q1\n      raté" in text
    assert "[erreur] x/y.ipynb · q2\n      autre" in text
