"""What a candidate sees when a test cell fails in JupyterLab: the French
message first and alone, and French hints for an unanswered stub and for a
test run before its answer cell (issue 10, item 2)."""

from __future__ import annotations

import re

import pytest

from autograder import checks
from autograder.engine.preprocessors import short_error

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def shell():
    """An IPython shell in this process, with the hints a kernel gets when a
    test cell imports autograder.checks."""
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    shell.set_custom_exc((), None)
    checks._install_hints()
    yield shell
    shell.set_custom_exc((), None)
    InteractiveShell.clear_instance()


def shown(shell, capsys, code: str) -> str:
    shell.run_cell(code)
    return ANSI.sub("", capsys.readouterr().out).strip()


def test_failed_check_shows_the_french_message_alone(shell, capsys):
    out = shown(shell, capsys, "from autograder.checks import check_close\n"
                               "check_close(1.0, 2.0, what='moyenne(x)')")
    assert out.startswith("✗ moyenne(x)")
    assert "Traceback" not in out and "checks.py" not in out and len(out.splitlines()) <= 3


def test_untouched_stub_gets_a_hint(shell, capsys):
    out = shown(shell, capsys, "def f():\n    raise NotImplementedError()\nf()")
    assert out.startswith("✗ Pas encore de réponse")
    assert "NotImplementedError" in out  # the usual traceback follows


def test_test_before_answer_gets_a_hint(shell, capsys):
    out = shown(shell, capsys, "variance_corrigee([1, 2])")
    assert out.startswith("✗ Nom inconnu : exécutez d'abord la cellule de réponse")
    assert "variance_corrigee" in out


def test_other_errors_are_shown_as_usual(shell, capsys):
    out = shown(shell, capsys, "def g():\n    x += 1\ng()")
    assert "UnboundLocalError" in out and "✗" not in out


def test_feedback_shows_the_same_messages():
    assert short_error("Incorrect", "moyenne(x) : ddof=0") == ["✗ moyenne(x) : ddof=0"]
    assert short_error("NameError", "name 'f' is not defined")[0].startswith("✗ Nom inconnu")
    assert short_error("NotImplementedError", "")[0].startswith("✗ Pas encore de réponse")
    assert short_error("ZeroDivisionError", "division by zero") == ["ZeroDivisionError: division by zero"]
