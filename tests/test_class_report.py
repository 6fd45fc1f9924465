"""``readiness class report``: statistics, peer groups, small data, outputs, browser.

Fast: no notebook is graded. The class results are written as
``readiness class grade`` writes them (``.readiness/class_state.json``),
either by hand for a tiny class or from the answers of the simulated class
(``tests/simulated_class.py``: correct → full points, wrong → 0 with one of
the question's typical messages, blank → not attempted, broken → unreadable).
"""

from __future__ import annotations

import csv
import json
import math
import os
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import ROOT
from autograder.front import cli
from autograder.front.class_cli import class_report
from autograder.model.class_stats import (
    NEGATIVE, TOO_EASY, TOO_HARD, analyse_class, cronbach_alpha, point_biserial, read_state,
    upper_lower)
from autograder.model.course import Course, Question
from autograder.model.peer_groups import peer_groups
from autograder.reports.class_report import render_class_html, render_csv

TESTS = Path(__file__).resolve().parent
SIM_ASSIGNMENTS = ("01_python", "02_unix", "03_sql")


# ----------------------------------------------------------------- helpers

def q(grade_id, domain="python", skill="py_controle", assignment="01_python",
      notebook="01_bases", points=1.0):
    return Question(grade_id, assignment, notebook, skill, domain, points, ())


def state_of(rows, questions, status="graded"):
    """``rows``: student → {grade_id: points (None = not attempted)}; one
    notebook per assignment."""
    state = {}
    for student, marks in rows.items():
        by_assignment = {}
        for question in questions:
            if question.grade_id not in marks:
                continue
            got = marks[question.grade_id]
            by_assignment.setdefault(question.assignment, []).append({
                "grade_id": question.grade_id, "skill": question.skill,
                "domain": question.domain, "points": got or 0.0,
                "max_points": question.max_points,
                "status": ("not_attempted" if got is None else
                           "passed" if got >= question.max_points else "failed"),
                "message": "" if got is not None and got >= question.max_points else
                           f"Raté : {question.grade_id}"})
        for assignment, results in by_assignment.items():
            state[f"{student}/{assignment}"] = {"key": "k", "notebooks": [{
                "id": student, "assignment": assignment, "notebook": "nb",
                "status": status, "questions": results}]}
    return state


TINY_Q = [q("a", points=2.0), q("b"), q("c", skill="py_fonctions")]
TINY = {  # points; by hand below
    "s1": {"a": 2.0, "b": 1.0, "c": 1.0},
    "s2": {"a": 2.0, "b": 1.0, "c": 0.0},
    "s3": {"a": 1.0, "b": 0.0, "c": 1.0},
    "s4": {"a": 0.0, "b": 0.0, "c": None},
}


def tiny_report(policy=None):
    return analyse_class(read_state(state_of(TINY, TINY_Q), TINY_Q), policy)


# -------------------------------------------------------- the statistics

def test_statistics_match_hand_computed_values_on_a_tiny_class():
    report = tiny_report()
    items = {i.grade_id: i for i in report.items}
    # Domain totals (points): s1 4, s2 3, s3 2, s4 0 → scores 100, 75, 50, 0.
    assert [s.domains["python"] for s in report.students] == [100.0, 75.0, 50.0, 0.0]
    assert [s.verdict for s in report.students] == ["ready", "ready", "ready", "not_ready"]
    # a: full marks for s1, s2 → p = 0.5; rest (b + c) = 2, 1, 1, 0.
    # r = (M1 - M0)/s_y · sqrt(pq) = (1.5 - 0.5)/sqrt(0.5) · 0.5 = 0.7071
    assert items["a"].difficulty == 0.5
    assert items["a"].discrimination == pytest.approx(1 / math.sqrt(2), abs=1e-9)
    # k = round(0.27·4) = 1: top s1 (full on a), bottom s4 → 1 - 0 = 1
    assert items["a"].upper_lower == 1.0
    # b: full for s1, s2; rest (a + c) = 3, 2, 2, 0 → mean 1.75, sd sqrt(1.1875)
    assert items["b"].discrimination == pytest.approx(
        (2.5 - 1.0) / math.sqrt(1.1875) * 0.5, abs=1e-9)
    # c: full for s1, s3; rest (a + b) = 3, 3, 1, 0; s4 did not attempt it.
    assert items["c"].difficulty == 0.5
    assert items["c"].discrimination == pytest.approx(
        (2.0 - 1.5) / math.sqrt(1.6875) * 0.5, abs=1e-9)
    assert items["c"].not_attempted == 0.25
    assert items["a"].not_attempted == 0.0
    assert items["a"].top_messages == [("Raté : a", 2)]
    # Cronbach: item variances 0.6875, 0.25, 0.25 (population); total 4,3,2,0: var 2.1875
    alpha = 3 / 2 * (1 - (0.6875 + 0.25 + 0.25) / 2.1875)
    assert report.domains[0].alpha == pytest.approx(alpha, abs=1e-9)
    assert report.domains[0].mean == pytest.approx(56.25)
    assert report.domains[0].ready_share == 0.75
    assert report.verdicts == {"ready": 3, "almost": 0, "not_ready": 1}


def test_formulas_agree_with_numpy():
    rng = np.random.default_rng(3)
    x = (rng.random(40) < 0.5).astype(float)
    y = rng.normal(size=40) + x
    assert point_biserial(x, y) == pytest.approx(np.corrcoef(x, y)[0, 1], abs=1e-12)
    m = rng.integers(0, 3, size=(25, 6)).astype(float)
    k = m.shape[1]
    expected = k / (k - 1) * (1 - m.var(axis=0, ddof=1).sum() / m.sum(axis=1).var(ddof=1))
    assert cronbach_alpha(m) == pytest.approx(expected, abs=1e-12)
    assert upper_lower([1, 1, 0, 0], [4, 3, 2, 1]) == 1.0
    assert upper_lower([0, 0, 1, 1], [4, 3, 2, 1]) == -1.0


def test_missing_statistics_are_nan_not_errors():
    assert math.isnan(point_biserial([], []))
    assert math.isnan(point_biserial([1], [3]))
    assert math.isnan(point_biserial([1, 1, 1], [1, 2, 3]))  # everybody succeeds
    assert math.isnan(point_biserial([1, 0, 1], [2, 2, 2]))  # constant rest
    assert math.isnan(upper_lower([1], [3]))
    assert math.isnan(cronbach_alpha(np.zeros((5, 1))))
    assert math.isnan(cronbach_alpha(np.ones((5, 3))))
    assert math.isnan(cronbach_alpha(np.zeros((0, 3))))


def test_flags():
    questions = [q("easy"), q("hard"), q("reverse"), q("x"), q("y"), q("z")]
    rows = {f"s{i}": {"easy": 1.0, "hard": 0.0, "reverse": float(i < 2), "x": float(i >= 3),
                      "y": float(i >= 2), "z": float(i >= 3)} for i in range(6)}
    items = {i.grade_id: i for i in analyse_class(read_state(state_of(rows, questions),
                                                             questions)).items}
    assert items["easy"].flags == [TOO_EASY]
    assert TOO_HARD in items["hard"].flags
    assert NEGATIVE in items["reverse"].flags
    assert items["x"].flags == [] and items["y"].flags == []


# ----------------------------------------------------- the simulated class

def simulated_state(sim, course, assignments=SIM_ASSIGNMENTS):
    """class_state.json of a simulated class, without grading anything."""
    sys.path.insert(0, str(TESTS))
    from simulated_class import _cases

    wrong = _cases("wrong_answers")
    state = {}
    for student in sim.students:
        for assignment in assignments:
            notebooks = []
            for path in course.notebooks:
                if not path.startswith(assignment + "/"):
                    continue
                results, broken = [], False
                for k, question in enumerate(course.questions_of(path)):
                    answer = sim.answers[student].get(question.grade_id, "blank")
                    broken = answer == "broken"
                    cases = wrong.get(question.grade_id, [])
                    message = {"correct": "", "broken": "Notebook illisible.",
                               "blank": "Vous n'avez pas répondu à cette question.",
                               "wrong": (cases[(len(student) + k) % len(cases)].expect
                                         if cases else "Réponse incorrecte.")}[answer]
                    results.append({
                        "grade_id": question.grade_id, "skill": question.skill,
                        "domain": question.domain, "max_points": question.max_points,
                        "points": question.max_points if answer == "correct" else 0.0,
                        "status": {"correct": "passed", "wrong": "failed", "blank":
                                   "not_attempted", "broken": "error"}[answer],
                        "message": message})
                notebooks.append({"id": student, "assignment": assignment,
                                  "notebook": Path(path).stem,
                                  "status": "unreadable" if broken else "graded",
                                  "questions": results})
            state[f"{student}/{assignment}"] = {"key": "sim", "notebooks": notebooks}
    return state


@pytest.fixture(scope="module")
def simulated(tmp_path_factory):
    """30 simulated students on three assignments: (course copy, class, course)."""
    sys.path.insert(0, str(TESTS))
    from simulated_class import build_class

    root = tmp_path_factory.mktemp("sim")
    for name in ("source", "release"):
        for assignment in SIM_ASSIGNMENTS:
            shutil.copytree(ROOT / name / assignment, root / name / assignment)
    (root / "nbgrader_config.py").write_text("c = get_config()\n")
    sim = build_class(root, 30, seed=7, assignments=SIM_ASSIGNMENTS)
    course = Course.load(root)
    state = root / ".readiness" / "class_state.json"
    state.parent.mkdir()
    state.write_text(json.dumps(simulated_state(sim, course)), encoding="utf-8")
    return root, sim, course


def test_random_answers_do_not_discriminate_and_ability_does(simulated):
    root, sim, course = simulated
    state = simulated_state(sim, course)
    # Ten extra python questions answered at random (heads or tails), whatever the ability.
    rng = np.random.default_rng(11)
    extra = [q(f"coin_{k}", notebook="01_bases_fonctions_classes") for k in range(10)]
    for student in sim.students:
        nb = state[f"{student}/01_python"]["notebooks"][0]
        for question in extra:
            ok = bool(rng.random() < 0.5)
            nb["questions"].append({"grade_id": question.grade_id, "points": float(ok),
                                    "status": "passed" if ok else "failed", "message": ""})
    questions = [x for x in course.questions if x.assignment in SIM_ASSIGNMENTS] + extra
    report = analyse_class(read_state(state, questions))
    items = {i.grade_id: i for i in report.items}
    coins = [items[x.grade_id].discrimination for x in extra]
    real = [i.discrimination for i in report.items if i.domain == "python"
            and not i.grade_id.startswith("coin_") and not math.isnan(i.discrimination)]
    assert abs(np.mean(coins)) < 0.12, coins
    assert max(abs(c) for c in coins) < 0.45, coins
    assert np.mean(real) > 0.3, real
    assert np.mean(real) - np.mean(coins) > 0.25
    # The domain scores follow the simulated abilities.
    scores = [s.domains["python"] for s in sorted(report.students, key=lambda s: s.id)]
    abilities = [sim.abilities[s]["python"] for s in sorted(sim.students)]
    assert np.corrcoef(scores, abilities)[0, 1] > 0.7


def check_groups(groups, scores, size, threshold):
    """The peer-group property: wherever the class has someone ready in a
    domain, every student weak in it has someone ready in it in their group
    (when there are at least as many ready students as groups)."""
    members = [m for g in groups for m in g.members]
    assert sorted(members) == sorted(scores)
    assert all(1 <= len(g.members) <= size for g in groups)
    assert max(len(g.members) for g in groups) - min(len(g.members) for g in groups) <= 1
    domains = {d for s in scores.values() for d, v in s.items() if v is not None}
    for d in domains:
        ready = {s for s in scores if (scores[s].get(d) or 0) >= threshold}
        if len(ready) < len(groups):
            continue
        for g in groups:
            for s in g.members:
                if scores[s].get(d) is not None and scores[s][d] < threshold:
                    assert ready & (set(g.members) - {s}), (d, s, g.members)


def test_peer_groups_on_the_simulated_class(simulated):
    root, sim, course = simulated
    report = class_report(root, groups=4)
    scores = {s.id: s.domains for s in report.students}
    check_groups(report.groups, scores, 4, 50.0)
    assert len(report.groups) == 8
    helped = [h for g in report.groups for h in g.helps]
    assert helped and all(" aide sur " in g.reasons[0] for g in report.groups if g.helps)
    # Deterministic.
    again = class_report(root, groups=4).groups
    assert [g.members for g in again] == [g.members for g in report.groups]


def test_peer_groups_edge_cases():
    overall = {"ana": 80, "bruno": 60, "chloe": 30, "dan": 10}
    scores = {"ana": {"python": 90.0, "algebre": 20.0, "sql": 70.0},
              "bruno": {"python": 40.0, "algebre": 10.0, "sql": 80.0},
              "chloe": {"python": 20.0, "algebre": 30.0, "sql": 20.0},
              "dan": {"python": 10.0, "algebre": 5.0, "sql": None}}
    names = {"ana": "Ana", "bruno": "Bruno"}
    groups = peer_groups(scores, overall, 2, 50.0, names)
    check_groups(groups, scores, 2, 50.0)
    # Nobody masters algebra: said so, no crash.
    assert all(any("Algèbre linéaire : personne de la classe" in r for r in g.reasons)
               for g in groups)
    # Fewer students than the group size: one group with everybody.
    (one,) = peer_groups(scores, overall, 10, 50.0, names)
    assert one.members == ["ana", "bruno", "chloe", "dan"]
    assert one.reasons[0] == ("Ana aide sur Programmation Python et objet, "
                              "Bruno sur Bases de données relationnelles (SQL)")
    # One student.
    (alone,) = peer_groups({"ana": scores["ana"]}, overall, 3, 50.0)
    assert alone.members == ["ana"] and alone.reasons
    assert peer_groups({}, {}, 3, 50.0) == []
    with pytest.raises(ValueError):
        peer_groups(scores, overall, 0, 50.0)


# ------------------------------------------------- small and missing data

def test_a_class_of_one_and_a_student_with_no_submission():
    questions = TINY_Q
    report = analyse_class(read_state(state_of({"s1": TINY["s1"]}, questions), questions,
                                      students=["s1", "absent"]))
    by_id = {s.id: s for s in report.students}
    assert by_id["absent"].overall == 0.0 and by_id["absent"].verdict == "not_ready"
    assert by_id["absent"].domains["python"] == 0.0 and by_id["absent"].domains["sql"] is None
    assert any("absent n'a rendu aucune copie" in n for n in report.notes)
    # The item statistics are on the one student who took it: no variance → nan.
    assert all(i.n == 1 and math.isnan(i.discrimination) and math.isnan(i.upper_lower)
               for i in report.items)
    assert math.isnan(report.domains[0].alpha)
    data = report.to_dict()
    assert data["items"][0]["discrimination"] is None
    assert json.loads(json.dumps(data, allow_nan=False))
    html = render_class_html(report)
    assert "—" in html and "nan" not in html.lower().replace("nanc", "")


def test_an_assignment_nobody_submitted_and_questions_never_attempted():
    questions = TINY_Q + [q("never", domain="sql", skill="sql_selection", assignment="03_sql")]
    rows = {s: {**m, "c": None} for s, m in TINY.items()}
    report = analyse_class(read_state(state_of(rows, questions), questions))
    domains = {d.id: d for d in report.domains}
    assert not domains["sql"].assessed and domains["sql"].n == 0
    assert all(s.domains["sql"] is None for s in report.students)
    assert any("03_sql" in n for n in report.notes)
    items = {i.grade_id: i for i in report.items}
    assert items["never"].n == 0 and math.isnan(items["never"].difficulty)
    assert items["c"].not_attempted == 1.0 and items["c"].difficulty == 0.0
    assert math.isnan(items["c"].discrimination)
    json.dumps(report.to_dict(), allow_nan=False)
    render_class_html(report)
    render_csv(report)


def test_an_empty_class():
    report = analyse_class(read_state({}, TINY_Q))
    assert report.students == [] and report.verdicts == {"ready": 0, "almost": 0, "not_ready": 0}
    assert "Rien à montrer" in render_class_html(report)
    json.dumps(report.to_dict(), allow_nan=False)


def test_csv_one_row_per_student_one_column_per_domain(tmp_path):
    questions = TINY_Q + [q("u", domain="unix", skill="unix_fichiers", assignment="02_unix")]
    rows = {s: {**m, "u": 1.0} for s, m in TINY.items()}
    report = analyse_class(read_state(state_of(rows, questions), questions))
    path = tmp_path / "classe.csv"
    path.write_text("\ufeff" + render_csv(report), encoding="utf-8")
    with path.open(encoding="utf-8-sig", newline="") as f:
        read = list(csv.DictReader(f))
    assert len(read) == 4
    assert {"id", "python", "unix", "verdict", "moyenne"} <= set(read[0])
    assert read[0]["id"] == "s1" and float(read[0]["python"]) == 100.0
    assert read[0]["verdict"] == "Prêt·e"


# ------------------------------------------------------------------- CLI

def test_the_cli_writes_the_three_files(simulated, tmp_path, capsys):
    root, sim, course = simulated
    out = {ext: tmp_path / f"classe.{ext}" for ext in ("html", "csv", "json")}
    code = cli.main(["class", "report", "--course", str(root), "--groups", "3",
                     "--html", str(out["html"]), "--csv", str(out["csv"]),
                     "--json", str(out["json"])])
    assert code == 0
    said = capsys.readouterr().out
    assert "Classe : 30 étudiant·e(s)" in said and "À reprendre en priorité" in said
    data = json.loads(out["json"].read_text(encoding="utf-8"))
    assert len(data["students"]) == 30 and len(data["groups"]) == 10
    assert {"id", "overall", "verdict", "domains"} <= set(data["students"][0])
    assert set(data["students"][0]["domains"]) == {"python", "unix", "algebre", "sql",
                                                    "analyse", "optimisation",
                                                    "probabilites", "statistique"}
    assert {"grade_id", "domain", "skill", "n", "difficulty", "discrimination",
            "upper_lower", "not_attempted", "top_messages"} <= set(data["items"][0])
    assert {"id", "alpha", "mean", "ready_share"} <= set(data["domains"][0])
    assert {"members", "reasons"} <= set(data["groups"][0])
    with out["csv"].open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) == 30
    assert out["html"].read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    # Only some assignments; an unknown one is a clear error.
    assert cli.main(["class", "report", "--course", str(root), "02_unix"]) == 0
    said = capsys.readouterr().out
    assert "Unix / Linux : moyenne" in said and "Python et objet : moyenne" not in said
    assert cli.main(["class", "report", "--course", str(root), "99_nope"]) != 0
    assert "99_nope" in capsys.readouterr().err


def test_the_cli_on_a_course_without_submissions(tmp_path, capsys):
    for name in ("source", "release"):
        (tmp_path / name).symlink_to(ROOT / name)
    assert cli.main(["class", "report", "--course", str(tmp_path),
                     "--json", str(tmp_path / "r.json")]) == 0
    assert "readiness class grade" in capsys.readouterr().out
    assert json.loads((tmp_path / "r.json").read_text())["students"] == []
    # Students of the gradebook with nothing handed in: listed, zero everywhere.
    from nbgrader.api import Gradebook

    from autograder.engine.nbgrader_run import ensure_scripts_on_path

    ensure_scripts_on_path()
    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}") as gb:
        gb.add_student("alice", first_name="Alice", last_name="Martin")
        gb.add_student("bruno")
    report = class_report(tmp_path, groups=3)
    assert [(s.id, s.name, s.overall, s.verdict) for s in report.students] == [
        ("alice", "Alice Martin", 0.0, "not_ready"), ("bruno", "bruno", 0.0, "not_ready")]
    assert all(d.assessed is False for d in report.domains)
    assert report.groups[0].members == ["alice", "bruno"]
    json.dumps(report.to_dict(), allow_nan=False)
    assert "Alice Martin" in render_class_html(report)


# --------------------------------------------------------------- browser

CHROMIUM = os.environ.get("READINESS_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def test_the_html_report_in_a_real_browser(simulated, tmp_path):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright non installé : `pip install -e '.[test]'`")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"navigateur absent ({CHROMIUM}) : `sudo apt-get install chromium`")
    root, sim, course = simulated
    report = class_report(root, groups=4)
    page_file = tmp_path / "classe.html"
    page_file.write_text(render_class_html(report), encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="fr-FR")
            errors, requests = [], []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_file.as_uri())
            page.wait_for_load_state("load")
            assert errors == []
            assert all(u.startswith(("file:", "data:")) for u in requests), requests
            assert page.locator("#class-size").inner_text() == "30"
            for verdict, count in report.verdicts.items():
                assert f": {count} (" in page.locator(f"#verdict-{verdict}").inner_text()
            assert page.locator("#students tr").count() == 31
            assert page.locator("#items tr").count() == len(report.items) + 1
            assert page.locator("#groups tr").count() == 9
            first = report.reteach()[0]
            assert first.label in page.locator("#reteach").inner_text()
            # Every plot decoded and drawn.
            sizes = page.evaluate("() => [...document.images].map(i => i.naturalWidth)")
            assert len(sizes) == 3 and all(w > 100 for w in sizes)
        finally:
            browser.close()
