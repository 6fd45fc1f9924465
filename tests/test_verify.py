"""The second judgement of test records, out of the candidate's kernel."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from autograder import checks
from autograder.checks import check, check_close, check_equal, encode, rng_for
from autograder.engine.verify import CHANGED, INCOMPLETE, verdict


@pytest.fixture
def records(monkeypatch):
    """Records of a small test cell, as a grading kernel makes them."""
    monkeypatch.setattr(checks, "_GRADING", True)
    checks.protect("autograder.checks")  # the new value is the reference, not tampering
    checks._BUFFER.clear()
    x = rng_for("essai").normal(size=5)
    check_close(np.mean(x), np.mean(x), what="moyenne(x)")
    check_equal(len(x), 5, what="taille")
    check(True, "toujours vrai")
    made = copy.deepcopy(checks._BUFFER)
    checks._BUFFER.clear()
    monkeypatch.undo()
    checks.protect("autograder.checks")
    return made


def test_the_reference_records_pass(records):
    assert verdict(records, records) is None


def test_a_value_that_a_patched_comparison_let_through_fails(records):
    forged = copy.deepcopy(records)
    forged[1]["a"] = encode(0.0)  # the kernel said ok, the value says otherwise
    assert verdict(forged, records).startswith("moyenne(x) : 0 obtenu")


def test_missing_or_failed_records_fail(records):
    assert verdict(records[:2], records) == INCOMPLETE.format(done=2, total=4)
    failed = copy.deepcopy(records)
    failed[3]["ok"] = False
    failed[3]["msg"] = "toujours vrai"
    assert verdict(failed, records) == "toujours vrai"
    assert verdict(records, None).startswith("Les tests de cette question")
    assert "illisibles" in verdict([None], records)


def test_changed_references_or_seeds_fail(records):
    moved = copy.deepcopy(records)
    moved[1]["e"] = moved[1]["a"] = encode(123.0)  # a patched np.mean on both sides
    assert verdict(moved, records) == CHANGED.format(what="moyenne(x)")
    loosened = copy.deepcopy(records)
    loosened[1]["rtol"] = 1e9
    assert verdict(loosened, records) == CHANGED.format(what="moyenne(x)")
    reseeded = copy.deepcopy(records)
    reseeded[0]["w"] = "autre"
    assert "rng_for('autre')" in verdict(reseeded, records)


def test_a_tampering_record_fails_with_its_message(records):
    tampered = copy.deepcopy(records)
    tampered.insert(0, {"k": "tampered", "w": "", "ok": False, "msg": "remplacé numpy.var"})
    assert verdict(tampered, records) == "remplacé numpy.var"


def test_complex_references_are_compared_as_complex(monkeypatch):
    """A changed imaginary part of a reference is a changed reference."""
    monkeypatch.setattr(checks, "_GRADING", True)
    checks.protect("autograder.checks")
    runs = []
    for z in (np.array([1 + 2j]), np.array([1 - 2j])):
        checks._BUFFER.clear()
        check_close(z, z, what="coefficients")
        runs.append(copy.deepcopy(checks._BUFFER))
    checks._BUFFER.clear()
    monkeypatch.undo()
    checks.protect("autograder.checks")
    assert verdict(runs[0], runs[0]) is None
    assert verdict(runs[1], runs[0]) == CHANGED.format(what="coefficients")
