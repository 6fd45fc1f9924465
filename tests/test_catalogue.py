"""The skills catalogue and the notebooks' cell tags agree; notebooks follow the contract."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import nbformat
import pytest

from autograder.model.catalogue import DIAGNOSTIC, DOMAINS, DOMAINS_BY_ID, SKILLS, SKILL_TAG_PREFIX
from conftest import ROOT

SOURCE_NOTEBOOKS = sorted((ROOT / "source").glob("*/*.ipynb"))
ALL_NOTEBOOKS = SOURCE_NOTEBOOKS + sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_no_orphan_question_and_no_skill_without_questions(course):
    tagged = {q.skill for q in course.questions}
    assert tagged == {s.id for s in SKILLS}


def test_skill_tags_only_on_test_cells():
    for path in SOURCE_NOTEBOOKS:
        for cell in nbformat.read(str(path), as_version=4).cells:
            tags = [t for t in cell.metadata.get("tags", []) if t.startswith(SKILL_TAG_PREFIX)]
            is_test = cell.metadata.get("nbgrader", {}).get("grade", False)
            assert len(tags) == (1 if is_test else 0), (path.name, cell.metadata)


def test_grade_ids_unique_in_the_course():
    seen = defaultdict(list)
    for path in SOURCE_NOTEBOOKS:
        for cell in nbformat.read(str(path), as_version=4).cells:
            gid = cell.metadata.get("nbgrader", {}).get("grade_id")
            if gid:
                seen[gid].append(path.name)
    assert {gid: where for gid, where in seen.items() if len(where) > 1} == {}


def test_answer_cells_follow_naming(course):
    for q in course.questions:
        assert q.answer_cells == (f"{q.grade_id}_code",), q.grade_id


def test_points_per_skill(course):
    """At least 3 questions per skill, no question worth more than half its skill."""
    by_skill = defaultdict(list)
    for q in course.questions:
        by_skill[q.skill].append(q)
    for skill, questions in by_skill.items():
        total = sum(q.max_points for q in questions)
        assert len(questions) >= 3, skill
        assert all(0 < q.max_points <= total / 2 for q in questions), skill


def test_statistics_pilot_size(course):
    stats = [q for q in course.questions if q.domain == "statistique"]
    assert len(stats) >= 12


def test_assignments_match_domains():
    for folder in (ROOT / "source").iterdir():
        assert folder.name in {d.assignment for d in DOMAINS} | {DIAGNOSTIC}, folder.name
    for domain in DOMAINS:
        assert re.fullmatch(r"\d\d_[a-z_]+", domain.assignment)


@pytest.mark.parametrize("path", SOURCE_NOTEBOOKS, ids=lambda p: p.name)
def test_test_cells_start_with_a_docstring_and_use_checks(path):
    for cell in nbformat.read(str(path), as_version=4).cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade") and cell.cell_type == "code":
            assert cell.source.lstrip().startswith('"""'), meta["grade_id"]
            assert "autograder.checks" in cell.source, meta["grade_id"]
            assert not re.search(r"^\s*assert\s", cell.source, re.M), meta["grade_id"]
            assert "### BEGIN HIDDEN TESTS" in cell.source, meta["grade_id"]
            # Random inputs (rng_for), or the candidate's own data (variant_rng).
            assert "rng_for(" in cell.source or "variant_rng(" in cell.source, meta["grade_id"]


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_are_stored_clean(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None, path


def test_refresher_sections_exist():
    for skill in SKILLS:
        refresher = ROOT / DOMAINS_BY_ID[skill.domain].refresher
        text = refresher.read_text(encoding="utf-8")
        assert text.count(f'id=\\"{skill.section}\\"') == 1, (skill.id, refresher.name)


def test_start_notebook_links_every_exercise(course):
    text = (ROOT / "notebooks" / "00_commencer_ici.ipynb").read_text(encoding="utf-8")
    for notebook in course.notebooks:
        assert f"../workspace/{notebook}" in text
    for domain in DOMAINS:
        assert domain.label in text
        if (ROOT / domain.refresher).exists():
            assert Path(domain.refresher).name in text
