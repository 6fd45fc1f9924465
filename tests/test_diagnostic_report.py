"""The diagnostic in the candidate's and the class's reports (issue 18).

A fake diagnostic, independent of ``source/00_diagnostic``: three questions of
one point per domain (assignment ``00_diagnostic``, notebook
``01_diagnostic``), each tagged with a skill of its domain, next to two
questions of each domain's full notebook.
"""

from __future__ import annotations

import json
import re

import pytest

from autograder.model.catalogue import DIAGNOSTIC, DOMAINS, SKILLS
from autograder.model.class_stats import analyse_class, read_state
from autograder.model.course import Question
from autograder.model.diagnostic import (
    ACQUIRED, FRAGILE, REVISE, UNTRIED, build_diagnostic, estimate, is_diagnostic)
from autograder.model.readiness import build_report
from autograder.model.results import NOT_ATTEMPTED, PASSED, QuestionResult
from autograder.reports.class_report import render_class_html, render_json, summary_lines
from autograder.reports.dashboard import Dashboard, report_from_dict
from autograder.reports.html import render_html
from autograder.reports.text import diagnostic_lines, render

DIAG_NB = f"{DIAGNOSTIC}/01_diagnostic.ipynb"


def diag_questions():
    """Three 1-point questions per domain, on the domain's first three skills."""
    out = []
    for domain in DOMAINS:
        skills = [s for s in SKILLS if s.domain == domain.id][:3]
        for k, skill in enumerate(skills, 1):
            out.append(Question(f"diag_{domain.id}_{k}", DIAGNOSTIC, "01_diagnostic", skill.id,
                                domain.id, 1.0, ()))
    return out


def full_questions():
    """Two 2-point questions per domain in its full notebook."""
    out = []
    for domain in DOMAINS:
        skill = next(s for s in SKILLS if s.domain == domain.id)
        for k in (1, 2):
            out.append(Question(f"{domain.id}_full_{k}", domain.assignment, "01_complet",
                                skill.id, domain.id, 2.0, ()))
    return out


def graded(question, got):
    """``got``: points, or None for not attempted."""
    status = (NOT_ATTEMPTED if got is None else PASSED if got >= question.max_points
              else "failed")
    return QuestionResult(domain=question.domain, skill=question.skill,
                          grade_id=question.grade_id, notebook=question.path,
                          points=got or 0.0, max_points=question.max_points, status=status,
                          message="" if status == PASSED else f"raté : {question.grade_id}")


STRONG_COMPUTING = {"python": 3, "unix": 3, "sql": 3, "algebre": 0, "analyse": 1,
                    "optimisation": 1, "probabilites": 2, "statistique": 3}


def candidate(diag=STRONG_COMPUTING, full=None):
    """Results of a candidate: ``diag`` domain → questions passed at the diagnostic
    (None: not attempted); ``full`` domain → points per full question (None or
    absent: not attempted)."""
    full = full or {}
    results = []
    for q in diag_questions():
        passed = diag.get(q.domain) if diag else None
        k = int(q.grade_id.rsplit("_", 1)[1])
        results.append(graded(q, None if passed is None else 1.0 if k <= passed else 0.0))
    for q in full_questions():
        results.append(graded(q, full.get(q.domain)))
    return results


# ---------------------------------------------------------------------- model

@pytest.mark.parametrize("points, attempted, kind", [
    (3, True, ACQUIRED), (2, True, FRAGILE), (1, True, REVISE), (0, True, REVISE),
    (0, False, UNTRIED)])
def test_estimate_from_three_points(points, attempted, kind):
    assert estimate(points, 3, attempted) == kind


def test_diagnostic_never_counts_in_scores_or_verdict():
    full = {d.id: 2.0 for d in DOMAINS}  # every full notebook done perfectly
    perfect = build_report(candidate(diag={d.id: 3 for d in DOMAINS}, full=full))
    failed = build_report(candidate(diag={d.id: 0 for d in DOMAINS}, full=full))
    alone = build_report(candidate(diag=None, full=full))
    for report in (perfect, failed, alone):
        assert report.overall == 100 and report.verdict == "ready"
        for d in report.domains:
            assert d.score == 100 and d.max_points == 4  # the two full questions only
    assert [s.id for d in failed.domains for s in d.skills] == \
        [s.id for d in alone.domains for s in d.skills]
    assert failed.weakest_skills == []
    # and the other way round: a perfect diagnostic does not lift an empty course
    only_diag = build_report(candidate(diag={d.id: 3 for d in DOMAINS}))
    assert only_diag.overall == 0 and only_diag.verdict == "not_ready"
    assert all(d.points == 0 for d in only_diag.domains)


def test_no_section_without_an_attempted_diagnostic():
    assert build_diagnostic(candidate(diag=None, full={"python": 2.0})) is None
    report = build_report(candidate(diag=None, full={"python": 2.0}))
    assert report.diagnostic is None and diagnostic_lines(report) == []
    assert "Diagnostic" not in render(report)
    assert "<h2>Diagnostic" not in render_html(report, titles={})


def test_estimate_per_domain_with_points_out_of_three():
    diag = build_report(candidate()).diagnostic
    by_id = {d.id: d for d in diag.domains}
    assert [d.id for d in diag.domains] == [d.id for d in DOMAINS]
    assert {k: (d.points, d.max_points, d.questions) for k, d in by_id.items()} == {
        k: (float(v), 3.0, 3) for k, v in STRONG_COMPUTING.items()}
    assert by_id["python"].estimate == ACQUIRED
    assert by_id["python"].estimate_label == "semble acquis, à confirmer"
    assert by_id["probabilites"].estimate == FRAGILE
    assert by_id["algebre"].estimate == REVISE and by_id["analyse"].estimate == REVISE
    assert by_id["algebre"].mark == "estimation du diagnostic, 3 questions"
    assert [m.id for m in by_id["analyse"].missed] == ["ana_calcul_differentiel", "ana_taylor"]
    assert by_id["analyse"].missed[0].refresher == \
        "notebooks/05_rappels_analyse.ipynb#calcul-differentiel"
    assert by_id["python"].missed == []


def test_domain_without_full_notebook_shows_the_estimate_marked_as_such():
    report = build_report(candidate(full={"python": 2.0, "algebre": 0.0}))
    diag = report.diagnostic
    assert diag.estimated("python") is None          # started: its own score
    assert diag.estimated("algebre") is None         # started (and failed): its own score
    assert diag.estimated("unix").estimate == ACQUIRED
    text = render(report)
    python_row = next(line for line in text.splitlines() if line.startswith("Programmation"))
    assert "100/100" in python_row
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("Unix / Linux "))
    unix_row = "\n".join(lines[at:at + 2])
    assert "/100" not in unix_row
    assert "carnet pas commencé (compte 0 dans le verdict)" in unix_row
    assert "estimation du diagnostic, 3 questions : 3/3, semble acquis, à confirmer" in unix_row
    algebre_row = next(line for line in text.splitlines() if line.startswith("Algèbre"))
    assert "0/100" in algebre_row and "estimation" not in algebre_row


def test_plan_weakest_domains_first_and_only_notebooks_not_started():
    diag = build_report(candidate(full={"python": 2.0})).diagnostic
    assert [s.domain for s in diag.plan] == [
        "algebre", "analyse", "optimisation", "probabilites", "unix", "sql", "statistique"]
    first = diag.plan[0]
    assert first.notebooks == ["workspace/04_algebre/01_complet.ipynb"]
    assert [m.id for m in first.read] == ["alg_espaces_vectoriels",
                                          "alg_applications_lineaires",
                                          "alg_calcul_matriciel"]
    assert diag.plan[-1].read == []  # 3/3: nothing to read first, the notebook to confirm
    # a domain not tried at the diagnostic comes after those tried with nothing right
    diag = build_report(candidate(diag={**STRONG_COMPUTING, "analyse": None})).diagnostic
    assert [s.domain for s in diag.plan][:2] == ["algebre", "analyse"]
    assert diag.domain("analyse").estimate == UNTRIED
    assert diag.estimated("analyse") is None  # nothing to show instead of a score


def test_the_plan_is_empty_once_every_full_notebook_is_started():
    report = build_report(candidate(full={d.id: 0.0 for d in DOMAINS}))
    assert report.diagnostic.plan == []
    assert "tous les carnets complets sont commencés" in render(report)


# -------------------------------------------------------------------- reports

PERCENT = re.compile(r"\d\s*%|/100")


def section(text: str) -> str:
    start = text.index("Diagnostic (00_diagnostic)")
    end = text.index("Plan conseillé")
    return text[start:end]


def test_text_report_has_its_own_french_section_without_percentages():
    text = render(build_report(candidate()))
    part = section(text)
    assert "une estimation, pas un verdict" in part
    assert "Trois questions par domaine ne donnent qu'une estimation grossière" in part
    assert "Comment se forme le verdict : il vient uniquement des carnets complets" in part
    assert "semble acquis, à confirmer" in part and "à revoir" in part
    assert "fragile, à consolider" in part
    assert not PERCENT.search(part), part
    plan = text[text.index("Plan conseillé"):]
    assert plan.index("Algèbre linéaire") < plan.index("Analyse") < plan.index("Unix / Linux")
    assert "notebooks/04_rappels_algebre.ipynb#espaces-vectoriels" in plan
    assert "workspace/04_algebre/01_complet.ipynb" in plan
    assert not PERCENT.search(plan[:plan.index("Questions à corriger")])
    # the skills of domains not started are in the plan, not in « À revoir en priorité »
    assert "À revoir en priorité" not in text


def test_html_report_section():
    report = build_report(candidate(full={"python": 2.0}))
    html = render_html(report, titles={}, lab_url="http://localhost:8888/lab/tree/")
    start = html.index("<h2>Diagnostic")
    part = html[start:html.index("<h2>", start + 4)]
    assert "une estimation, pas un verdict" in part
    assert "estimation grossière" in part and "il vient uniquement des carnets complets" in part
    assert "semble acquis, à confirmer" in part and "3/3" in part
    assert "Plan conseillé" in part
    assert ("href='http://localhost:8888/lab/tree/notebooks/04_rappels_algebre.ipynb"
            "#espaces-vectoriels'") in part
    assert "href='http://localhost:8888/lab/tree/workspace/04_algebre/01_complet.ipynb'" in part
    assert not PERCENT.search(part), part
    assert "estimation du diagnostic, 3 questions" in html  # in the domain table
    assert html.index("<h2>Diagnostic") < html.index("<h2>Scores par domaine")


def test_json_report_adds_a_diagnostic_key_and_round_trips():
    report = build_report(candidate(full={"python": 2.0}))
    plain = build_report(candidate(diag=None, full={"python": 2.0}))
    data = json.loads(json.dumps(report.to_dict()))
    assert set(data) - {"diagnostic"} == set(plain.to_dict()) - {"diagnostic"}
    assert plain.to_dict()["diagnostic"] is None
    diag = data["diagnostic"]
    assert set(diag) == {"domains", "plan", "warning", "rule"}
    unix = next(d for d in diag["domains"] if d["id"] == "unix")
    assert unix["points"] == 3 and unix["max_points"] == 3
    assert unix["estimate"] == "semble_acquis" and unix["full_started"] is False
    assert diag["plan"][0]["domain"] == "algebre"
    assert "score" not in unix  # no number out of 100 for an estimate
    again = report_from_dict(data)
    assert again.diagnostic == report.diagnostic
    assert render(again) == render(report)
    old = {k: v for k, v in data.items() if k != "diagnostic"}  # a report of an older version
    assert report_from_dict(old).diagnostic is None


def test_dashboard_shows_the_section():
    dashboard = Dashboard("/nonexistent", course_root=None)
    dashboard.titles = {}
    dashboard.show(build_report(candidate()))
    shown = " ".join(o["data"].get("text/html", "") for o in dashboard.output.outputs)
    assert "Diagnostic : une estimation, pas un verdict" in shown
    assert "estimation grossière" in shown and "Plan conseillé" in shown
    assert "il vient uniquement des carnets complets" in shown
    assert "../notebooks/04_rappels_algebre.ipynb#espaces-vectoriels" in shown
    start = shown.index("Diagnostic : une estimation")
    assert not PERCENT.search(shown[start:shown.index("</ol>", start)])
    assert "À revoir en priorité" not in shown

    dashboard.show(build_report(candidate(diag=None, full={"python": 0.0})))
    shown = " ".join(o["data"].get("text/html", "") for o in dashboard.output.outputs)
    assert "Diagnostic" not in shown and "À revoir en priorité" in shown


# ---------------------------------------------------------------- class report

def class_state(students):
    """``students``: id → results (as :func:`candidate` makes them)."""
    state = {}
    for student, results in students.items():
        by_assignment = {}
        for r in results:
            if r.status == NOT_ATTEMPTED:
                continue
            by_assignment.setdefault(r.notebook.split("/")[0], []).append({
                "grade_id": r.grade_id, "points": r.points, "status": r.status,
                "message": r.message})
        for assignment, rows in by_assignment.items():
            state[f"{student}/{assignment}"] = {"key": "k", "notebooks": [{
                "id": student, "assignment": assignment, "notebook": "nb",
                "status": "graded", "questions": rows}]}
    return state


def test_class_report_keeps_the_diagnostic_out_of_domains_and_summarises_it():
    questions = diag_questions() + full_questions()
    full = {"python": 2.0, "statistique": 0.0}
    students = {"s1": candidate(full=full),
                "s2": candidate(diag={d.id: 1 for d in DOMAINS}, full=full),
                "s3": candidate(diag=None, full=full)}
    with_diag = analyse_class(read_state(class_state(students), questions))
    without = analyse_class(read_state(
        class_state({s: [r for r in rs if not is_diagnostic(r)] for s, rs in students.items()}),
        full_questions()))
    for a, b in zip(with_diag.students, without.students):
        assert (a.id, a.overall, a.verdict, a.domains, a.skills) == \
            (b.id, b.overall, b.verdict, b.domains, b.skills)
    assert [i.grade_id for i in with_diag.items] == [i.grade_id for i in without.items]
    assert all(i.assignment != DIAGNOSTIC for i in with_diag.items)
    assert [(d.id, d.assessed, d.n_items) for d in with_diag.domains] == \
        [(d.id, d.assessed, d.n_items) for d in without.domains]
    assert not any(DIAGNOSTIC in n for n in with_diag.notes)

    summary = {d["id"]: d for d in with_diag.diagnostic}
    assert summary["python"]["n"] == 2  # s3 did not take it
    assert summary["python"]["mean_points"] == 2.0 and summary["python"]["max_points"] == 3
    assert summary["python"]["estimates"] == {"semble_acquis": 1, "fragile": 0,
                                              "a_revoir": 1, "non_tente": 0}
    assert summary["probabilites"]["estimates"]["fragile"] == 1
    html = render_class_html(with_diag)
    assert "Diagnostic" in html and "estimation grossière" in html
    assert any("Diagnostic" in line for line in summary_lines(with_diag))
    assert json.loads(render_json(with_diag))["diagnostic"][0]["id"] == "python"
    assert without.diagnostic is None and "Diagnostic" not in render_class_html(without)


def test_class_report_with_the_diagnostic_in_the_course_but_not_handed_in():
    """The course has 00_diagnostic (its questions are selected) but nobody handed
    it in: no crash, no note about a domain « 00_diagnostic », no summary."""
    questions = diag_questions() + full_questions()
    students = {"s1": candidate(diag=None, full={"python": 2.0})}
    report = analyse_class(read_state(class_state(students), questions))
    assert report.diagnostic is None
    assert not any(DIAGNOSTIC in n for n in report.notes)
    assert next(d for d in report.domains if d.id == "python").n_items == 2
    render_class_html(report)
    # and a class that handed in only the diagnostic: no domain is assessed
    students = {"s1": candidate()}
    report = analyse_class(read_state(class_state(students), questions))
    assert not any(d.assessed for d in report.domains)
    assert report.diagnostic is not None and report.students[0].overall == 0
    render_class_html(report)


def test_chart_marks_the_estimate_of_a_domain_not_started():
    from autograder.reports.charts import domain_chart

    report = build_report(candidate(full={"python": 2.0, "statistique": 0.0}))
    texts = [t.get_text() for t in domain_chart(report).axes[0].texts]
    assert "pas commencé — diagnostic 0/3 : à revoir" in texts
    assert "100" in texts and "0" in texts  # python and statistique: their own scores
    assert not any("%" in t for t in texts)
    plain = build_report(candidate(diag=None, full={"python": 2.0}))
    assert not any("diagnostic" in t.get_text() for t in domain_chart(plain).axes[0].texts)
