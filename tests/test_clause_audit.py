"""Every clause of every statement has a test case that fails without it.

The audit lives in ``tests/clause_audit/`` (one module per domain). This test
keeps it complete (every question of an audited domain has entries) and true
(each entry's case is found in the question's test cell or in one of its
wrong answers' expected messages).
"""

from __future__ import annotations

import importlib
import pkgutil

import nbformat
import pytest

import clause_audit
import wrong_answers
from autograder.model.course import cells_by_grade_id
from conftest import ROOT

AUDITS = {module.name: importlib.import_module(f"clause_audit.{module.name}").AUDIT
          for module in pkgutil.iter_modules(clause_audit.__path__)}
WRONG = [case for module in pkgutil.iter_modules(wrong_answers.__path__)
         for case in importlib.import_module(f"wrong_answers.{module.name}").CASES]


def _test_sources(course):
    sources = {}
    for path in course.notebooks:
        nb = nbformat.read(str(ROOT / "source" / path), as_version=4)
        sources.update({gid: cell.source for gid, cell in cells_by_grade_id(nb).items()})
    return sources


@pytest.mark.parametrize("domain", sorted(AUDITS))
def test_every_question_of_the_domain_is_audited(domain, course):
    questions = {q.grade_id for q in course.questions if q.domain == domain}
    assert questions, f"no question in domain {domain}"
    assert set(AUDITS[domain]) == questions
    assert all(AUDITS[domain][gid] for gid in questions)


@pytest.mark.parametrize("domain", sorted(AUDITS))
def test_every_audited_case_exists(domain, course):
    sources = _test_sources(course)
    missing = []
    for grade_id, clauses in AUDITS[domain].items():
        expects = [w.expect for w in WRONG if w.question == grade_id]
        for entry in clauses:
            if entry.case not in sources.get(grade_id, "") and not any(
                    entry.case in e for e in expects):
                missing.append((grade_id, entry.clause, entry.case))
    assert missing == []
