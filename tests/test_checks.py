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


def test_check_close_accepts_exact_numbers():
    """Fractions and decimals are right answers (a Taylor coefficient a²/2
    written exactly); a list mixing a string still gets the type message."""
    from decimal import Decimal
    from fractions import Fraction

    check_close([Fraction(1), Fraction(5, 2), Fraction(1, 3)], [1, 2.5, 1 / 3], what="x")
    check_close([Decimal("0.5"), np.float64(2)], [0.5, 2.0], what="x")
    with pytest.raises(Incorrect, match="obtenu"):
        check_close([Fraction(1), Fraction(3)], [1, 2.5], what="x")
    with pytest.raises(Incorrect, match="pas un objet de type list"):
        check_close(["a", 1], [0, 1], what="x")


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


# --- Hardening: plain data, tampering, records ---------------------------------

import fractions  # noqa: E402

from autograder import checks  # noqa: E402
from autograder.checks import check_differs, check_same, decode, encode, plain_equal  # noqa: E402


def test_plain_data_round_trips_bit_for_bit():
    values = [None, True, 3, 2 ** 80, -0.0, float("nan"), 1e-300, 1 + 2j, "é", (1, [2.5, {3}]),
              {"a": frozenset({1})}, np.arange(6.0).reshape(2, 3), np.int32(7), np.float64(0.1),
              np.array(["x", "yz"]), fractions.Fraction(1, 3), range(3)]
    for value in values:
        again = decode(encode(value))
        if isinstance(value, float) and value != value:
            assert again != again
        elif isinstance(value, range):
            assert again == list(value)
        else:
            assert type(again) is type(value) and plain_equal(again, value), value
    assert str(decode(encode(-0.0))) == "-0.0"


class AlwaysEqual:
    def __eq__(self, other):
        return True


class SneakyFloat(float):
    def __eq__(self, other):
        return True


class SneakyList(list):
    def __eq__(self, other):
        return True


class SneakyArray(np.ndarray):
    def __eq__(self, other):
        return np.ones(np.shape(other), bool)


@pytest.mark.parametrize("value", [AlwaysEqual(), SneakyFloat(0.0), SneakyList(), np.zeros(2).view(SneakyArray),
                                   np.array([AlwaysEqual()], dtype=object)])
def test_objects_that_are_not_plain_data_are_refused(value):
    with pytest.raises(checks.Unsupported):
        encode(value)
    assert "n'est pas accepté" in message(check_close, value, 1.0, what="x")
    assert "n'est pas accepté" in message(check_equal, value, [1], what="x")
    assert "n'est pas accepté" in message(check_same, [value], [1], "différent")


def test_check_same_and_differs_compare_plain_copies():
    check_same([1, 2.0], [1, 2], "m")
    check_differs([1, 2], (1, 2), "m")  # a list is not a tuple, as in Python
    assert message(check_same, {"a": [1]}, {"a": [2]}, "pas pareil") == "pas pareil"
    assert message(check_differs, np.arange(3), np.arange(3), "pareil") == "pareil"


def test_replaced_numpy_function_is_reported_and_put_back(monkeypatch):
    original = np.allclose
    monkeypatch.setattr(np, "allclose", lambda *a, **k: True)
    text = message(check_close, 1.0, 2.0, what="v")
    assert "remplacé numpy.allclose" in text
    assert np.allclose is original
    check_close(1.0, 1.0, what="v")  # put back: the next check works normally


def test_replaced_helper_is_reported(monkeypatch):
    monkeypatch.setattr(checks, "judge_close", lambda *a, **k: None)
    assert "autograder.checks.judge_close" in message(check_equal, 1, 2, what="v")


def test_rng_for_ignores_numpy_global_seed():
    first = rng_for("cle").normal(size=3)
    np.random.seed(0)
    assert np.array_equal(rng_for("cle").normal(size=3), first)


@pytest.fixture
def grading(monkeypatch):
    """This process behaves as a grading kernel (records kept) during the test."""
    monkeypatch.setattr(checks, "_GRADING", True)
    checks.protect("autograder.checks")  # the new value is the reference, not tampering
    yield
    monkeypatch.undo()
    checks.protect("autograder.checks")
    checks._BUFFER.clear()


def test_records_are_kept_only_in_grading_kernels(request):
    checks._BUFFER.clear()
    check_close(1.0, 1.0, what="hors correction")
    assert checks._BUFFER == []
    request.getfixturevalue("grading")
    check_close(np.float64(2.0), 2.0, what="x", mistakes=[(3.0, "faux")])
    message(check_equal, 4, 5, what="n")
    kinds = [(r["k"], r["ok"]) for r in checks._BUFFER]
    assert kinds == [("close", True), ("equal", False)]
    assert decode(checks._BUFFER[0]["a"]) == 2.0
    checks._BUFFER.clear()


# --- complex numbers, numpy booleans, standard containers, visible digits ----
def test_check_close_compares_complex_values_as_complex():
    z = np.array([1 + 2j, -0.5 + 0.25j])
    check_close(z.copy(), z, what="coefficients")
    with pytest.raises(Incorrect, match="obtenu"):
        check_close(np.conj(z), z, what="coefficients")  # the imaginary part counts
    with pytest.raises(Incorrect, match="conjugués"):
        check_close(np.conj(z), z, what="coefficients", mistakes=[(np.conj(z), "conjugués")])


def test_complex_answer_where_a_real_is_expected():
    check_close(np.array([1.0 + 0j, 2.0 + 1e-15j]), [1.0, 2.0], what="x")  # rounding only
    with pytest.raises(Incorrect, match="partie imaginaire"):
        check_close(np.array([1.0 + 0.5j]), [1.0], what="x")


def test_numpy_bool_is_a_bool_but_one_is_not_true():
    check_equal(np.all(np.array([1, 2]) > 0), True, what="positive")
    check_equal(np.False_, False, what="positive")
    with pytest.raises(Incorrect):
        check_equal(np.True_, False, what="positive")
    with pytest.raises(Incorrect):
        check_equal(1, True, what="positive")


def test_standard_containers_count_as_plain_data():
    from collections import Counter, OrderedDict, defaultdict, namedtuple

    counts = defaultdict(int, {"a": 2, "b": 1})
    check_equal(counts, {"a": 2, "b": 1}, what="comptes")
    check_equal(Counter("aab"), {"a": 2, "b": 1}, what="comptes")
    check_equal(OrderedDict(a=2, b=1), {"a": 2, "b": 1}, what="comptes")
    Pair = namedtuple("Pair", "low high")
    Pair.__module__ = "collections"  # as a namedtuple of the standard library
    check_equal(Pair(1, 2), (1, 2), what="intervalle")
    from scipy import stats
    interval = stats.ttest_1samp([1.0, 2.0, 4.0], 0.0).confidence_interval(0.95)
    check_close(interval, tuple(interval), what="intervalle")


def test_subclasses_defined_by_the_candidate_are_still_refused():
    class Always(dict):
        def __eq__(self, other):
            return True

    with pytest.raises(Incorrect, match="type Always n'est pas accepté"):
        check_equal(Always(), {"a": 1}, what="comptes")


def test_obtained_and_expected_differ_visibly():
    with pytest.raises(Incorrect) as raised:
        check_close(1.00000012, 1.0000001, what="x", rtol=1e-12, atol=0)
    message = str(raised.value)
    got, want = message.split(" : ")[1].split(" obtenu, ")
    assert got != want.rstrip(" attendu.")
