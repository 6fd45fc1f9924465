"""GuardedExecute's bounds, checked without a kernel (the kernel cases are in
test_hostile.py)."""

from __future__ import annotations

import nbformat
from nbclient import NotebookClient

from autograder.checks import RECORD_MIME
from autograder.engine.execute import GuardedExecute


def executor() -> GuardedExecute:
    ex = GuardedExecute(max_output_chars=1000, max_record_chars=5000)
    NotebookClient.__init__(ex, nbformat.v4.new_notebook())
    ex.clear_before_next_output = False
    ex._output_chars, ex._record_chars, ex._lost = {}, {}, 0.0
    return ex


def message(msg_type, content):
    return {"msg_type": msg_type, "content": content, "parent_header": {"msg_id": "m"},
            "header": {"msg_type": msg_type}, "metadata": {}}


def test_printing_in_a_loop_keeps_a_bounded_output_and_says_so():
    ex, outs = executor(), []
    for _ in range(10_000):
        ex.output(outs, message("stream", {"name": "stdout", "text": "bla " * 25 + "\n"}), None, 0)
    kept = sum(len(o.get("text", "")) for o in outs)
    assert kept < 1200
    assert "sortie tronquée" in outs[-1]["text"]
    # records have their own budget: a flood of prints does not push them out
    record = message("display_data", {"data": {RECORD_MIME: {"records": []}}, "metadata": {}})
    assert ex.output(outs, record, None, 0) is not None
    # errors are always kept (nbgrader grades by them)
    error = message("error", {"ename": "Incorrect", "evalue": "x", "traceback": []})
    assert ex.output(outs, error, None, 0) is not None


def test_time_limit_shrinks_only_after_time_outs():
    ex = executor()
    ex.timeout = 10
    cell = nbformat.v4.new_code_cell("pass")
    assert ex._get_timeout(cell) == 10
    ex._lost = 25
    assert ex._get_timeout(cell) == 5
    ex._lost = 40
    assert ex._get_timeout(cell) == ex.timeout_after_budget
