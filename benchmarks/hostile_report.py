"""Report: what the grader gives to hostile or broken answers, and how long it takes.

Method
------
1. Make a workspace with ``readiness start``, fill every answer with the
   reference solution, then replace the answers listed in
   ``tests/hostile_cases.py`` (each case is one hostile answer: objects that
   always compare equal, patched numpy, hidden tracebacks, a dying kernel,
   loops, a memory bomb, writes outside its folder...).
2. Warm up once (untimed: the template gradebook and the reference records
   are computed and cached, as on a candidate's second run).
3. Time one ``readiness score`` of that workspace (in this process, as the
   tests do) and print, for each case, the status, the points and the start
   of the French message; then the number of other questions that kept full
   marks.
4. Make a second workspace where every answer of ``01_python/02_objet.ipynb``
   (12 questions) is a loop that ignores ``KeyboardInterrupt``, and time its
   grading: the issue asks for a report within 2 minutes.

Run with ``python benchmarks/hostile_report.py``.
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import by_id, fill_answers, make_workspace, score  # noqa: E402
from hostile_cases import CASES, ENDLESS, OBJ, hostile_workspace  # noqa: E402

from autograder.model.course import Course  # noqa: E402

def graded(workspace: Path, tmp: Path) -> dict:
    """Results by grade_id of one ``readiness score`` (its terminal report hidden)."""
    with contextlib.redirect_stdout(io.StringIO()):
        return by_id(score(workspace, tmp))


def main() -> int:
    course = Course.load(ROOT)
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        tmp = Path(tmp)
        workspace = hostile_workspace(course, tmp / "a")
        graded(workspace, tmp / "a")  # warm-up: caches
        started = time.perf_counter()
        results = graded(workspace, tmp / "a")
        elapsed = time.perf_counter() - started

        print(f"{'case':58} {'question':38} {'status':9} points  message")
        hostile = set()
        for cases in CASES.values():
            for case in cases:
                hostile.add(case.question)
                r = results[case.question]
                print(f"{case.name:58} {case.question:38} {r['status']:9} {r['points']:4.0f}/"
                      f"{r['max_points']:.0f}  {r['message'][:70]}")
        others = [q for q in course.questions if q.grade_id not in hostile]
        full = sum(results[q.grade_id]["points"] == q.max_points for q in others)
        print(f"\nother questions with full marks: {full}/{len(others)}")
        print(f"whole workspace ({len(hostile)} hostile answers, {len(course.notebooks)} notebooks) "
              f"graded in {elapsed:.1f} s")

        loops = make_workspace(tmp / "b", only=[OBJ])
        fill_answers(loops, OBJ, {a: ENDLESS for q in course.questions_of(OBJ) for a in q.answer_cells})
        started = time.perf_counter()
        results = graded(loops, tmp / "b")
        elapsed = time.perf_counter() - started
        statuses = {results[q.grade_id]["status"] for q in course.questions_of(OBJ)}
        print(f"every answer of {OBJ} loops (KeyboardInterrupt ignored): statuses {statuses}, "
              f"report in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
