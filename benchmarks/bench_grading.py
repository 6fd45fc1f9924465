"""Benchmark: `readiness score` versus `nbgrader autograde`.

Method
------
1. Copy the course (source/, release/, nbgrader_config.py) to a temporary
   folder and run ``nbgrader generate_assignment`` there for every assignment,
   as an instructor does once (not timed).
2. Make one candidate workspace with ``readiness start`` and fill every answer
   cell with the reference solution; put the same notebooks in
   ``submitted/<student>/<assignment>/`` for nbgrader.
3. Warm up once each (untimed: file cache, and the template gradebook that
   ``readiness`` keeps in the workspace, as the instructor's gradebook is kept).
4. Then alternate, ``--rounds`` times: nbgrader, one
   ``nbgrader autograde <assignment> --force`` command per assignment (as an
   instructor runs it), and one ``readiness score`` command for the whole
   workspace. Each is timed as wall-clock time of the whole command(s).
   Both use the course's ``nbgrader_config.py`` (sandboxed kernels,
   ``GuardedExecute``, ``VerifyChecks``); ``nbgrader autograde`` also runs each
   source notebook once per command to get its reference records, which
   ``readiness`` keeps in its cache (an instructor grading a cohort pays this
   once per notebook and command, not per student).
   ``readiness score`` runs with ``--no-cache`` here: every notebook graded.
5. Print every round, the medians and the ratio readiness / nbgrader
   (target: at most 0.5 on 2 cores). Both graders must give full marks,
   checked after the runs.
6. The candidate's re-score: one ``readiness score`` with the result cache
   filled, after editing one answer of one notebook (only that notebook is
   graded again), timed and compared with the full score (target ≤ 15 %).

Run with ``make benchmark`` or ``python benchmarks/bench_grading.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import copy_course, fill_answers, solution_sources  # noqa: E402

BIN = Path(sys.executable).parent


def run(cmd, cwd, env=None):
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"échec de {' '.join(map(str, cmd))} :\n{proc.stderr[-2000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        tmp = Path(tmp)
        course = copy_course(tmp)
        assignments = sorted(p.name for p in (course / "source").iterdir() if p.is_dir())
        # nbgrader runs `alembic` from PATH, as in an activated environment.
        env = dict(os.environ, READINESS_COURSE=str(course),
                   PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
        for a in assignments:
            run([BIN / "nbgrader", "generate_assignment", a, "--force"], course, env)
        env.pop("READINESS_CACHE_DIR", None)
        workspace = tmp / "workspace"
        run([sys.executable, "-m", "autograder", "start", "--workspace", str(workspace)], course, env)
        notebooks = sorted(p.relative_to(workspace).as_posix() for p in workspace.glob("*/*.ipynb"))
        for nb in notebooks:
            fill_answers(workspace, nb, solution_sources(nb))
            dest = course / "submitted" / "candidat" / nb
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(workspace / nb, dest)

        stock_cmds = [[BIN / "nbgrader", "autograde", a, "--force"] for a in assignments]
        ours_cmd = [sys.executable, "-m", "autograder", "score", "--workspace", str(workspace),
                    "--quiet", "--no-history", "--json", str(tmp / "report.json"), "--no-cache"]

        def stock():
            return sum(run(cmd, course, env) for cmd in stock_cmds)

        def ours():
            return run(ours_cmd, course, env)

        stock(), ours()  # warm-up
        times = {"nbgrader": [], "readiness": []}
        print(f"{len(notebooks)} notebooks, {len(assignments)} assignment(s), {os.cpu_count()} cœurs")
        for i in range(args.rounds):
            times["nbgrader"].append(stock())
            times["readiness"].append(ours())
            print(f"tour {i + 1} : nbgrader autograde {times['nbgrader'][-1]:.2f} s, "
                  f"readiness score {times['readiness'][-1]:.2f} s")

        report = json.loads((tmp / "report.json").read_text(encoding="utf-8"))
        assert report["overall"] == 100, "readiness n'a pas donné 100 aux solutions"
        from nbgrader.api import Gradebook
        with Gradebook(f"sqlite:///{course / 'gradebook.db'}", "prerequis-bigdata") as gb:
            for a in assignments:
                sub = gb.find_submission(a, "candidat")
                assert sub.score == sub.max_score, "nbgrader n'a pas donné la note maximale"

        med = {k: statistics.median(v) for k, v in times.items()}
        print(f"médianes : nbgrader {med['nbgrader']:.2f} s, readiness {med['readiness']:.2f} s")
        print(f"rapport readiness / nbgrader : {med['readiness'] / med['nbgrader']:.2f} (cible ≤ 0,5)")
        # The candidate edits one notebook and scores again (cache filled above):
        # the diagnostic (the largest notebook, 24 questions) and a full one.
        full = next(n for n in notebooks if not n.startswith("00_"))
        for edited in dict.fromkeys([notebooks[0], full]):
            answers = solution_sources(edited)
            first = next(iter(answers))
            fill_answers(workspace, edited, {first: answers[first] + "\n# relu"})
            rescore = run(ours_cmd[:-1], course, env)
            print(f"nouvelle correction après modification de {edited} : {rescore:.2f} s, "
                  f"{rescore / med['readiness']:.0%} d'une correction complète (cible ≤ 15 %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
