"""Unit tests of the test-cell helpers (autograder.checks)."""

from __future__ import annotations

import numpy as np
import pytest

from autograder.checks import Incorrect, call, check, check_choice, check_close, check_equal, rng_for


def message(fn, *args, **kwargs) -> str:
    with pytest.raises(Incorrect) as info:
        fn(*args, **kwargs)
    return str(info.value)


def test_incorrect_is_an_assertion_error():
    assert issubclass(Incorrect, AssertionError)


def test_check_close_accepts_equivalent_types():
    check_close(np.float64(0.5), 0.5, what="x")
    check_close((1.0, 2.0), np.array([1.0, 2.0]), what="x")
    check_close(np.array([3.0]), 3.0, what="x")  # one-element array for a scalar


def test_check_close_names_the_mistake():
    x = np.array([1.0, 2.0, 4.0])
    text = message(check_close, np.var(x), np.var(x, ddof=1), what="variance",
                   mistakes=[(np.var(x), "division par n au lieu de n − 1")])
    assert text == "variance : division par n au lieu de n − 1"


def test_check_close_generic_and_shape_messages():
    assert message(check_close, 1.0, 2.0, what="v") == "v : 1 obtenu, 2 attendu."
    assert "forme (2,)" in message(check_close, [1.0, 2.0], [1.0, 2.0, 3.0], what="v")
    assert "return" in message(check_close, None, 1.0, what="v")
    assert "type str" in message(check_close, "abc", 1.0, what="v")
    assert "NaN" in message(check_close, float("nan"), 1.0, what="v")


def test_check_close_tolerance():
    check_close(1.0 + 1e-9, 1.0, what="v", rtol=1e-6)
    message(check_close, 1.001, 1.0, what="v", rtol=1e-6)


def test_check_equal_and_bools():
    check_equal(3, 3, what="n")
    check_equal(True, True, what="b")
    assert "obtenu" in message(check_equal, 1, True, what="b")  # 1 is not True here
    assert message(check_equal, 4, 3, what="n", mistakes=[(4, "un de trop")]) == "n : un de trop"


def test_check_choice():
    check_choice(" B ", "b", what="q", options="abc")
    assert "répondez" in message(check_choice, "z", "b", what="q", options="abc")
    assert message(check_choice, "a", "b", what="q", options="abc",
                   mistakes={"a": "confusion"}) == "q : confusion"


def test_check():
    check(True, "jamais")
    assert message(check, False, "toujours") == "toujours"


def test_call_detects_in_place_modification():
    def sorts_in_place(x):
        x.sort()
        return x[0]

    data = np.array([3.0, 1.0, 2.0])
    assert "modifié ses données" in message(call, sorts_in_place, data, what="f")
    assert list(data) == [3.0, 1.0, 2.0]
    assert call(np.min, data, what="f") == 1.0
    assert "une fonction est attendue" in message(call, 42, what="f")


def test_rng_for_is_reproducible_and_independent():
    a, b, c = rng_for("q1").random(3), rng_for("q1").random(3), rng_for("q2").random(3)
    assert np.array_equal(a, b) and not np.array_equal(a, c)
