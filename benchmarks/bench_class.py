"""Benchmark: `readiness class grade` versus stock `nbgrader autograde` on a class.

Method
------
1. Copy the course to a temporary folder, run ``nbgrader generate_assignment``
   for every assignment (not timed), and build a simulated class of
   ``--students`` students (``tests/simulated_class.py``, seed 0: correct,
   typical wrong, blank and a few broken notebooks, by ability).
2. Stock nbgrader: a second copy of that course with nbgrader's *default*
   configuration (the course's ``nbgrader_config.py`` reduced to the course id
   and the alembic PATH fix: stock ``Execute``, no sandbox, no second
   judgement), graded with one ``nbgrader autograde <assignment>`` command per
   assignment, as an instructor runs it. Timed as wall-clock time of the
   commands.
3. ``readiness class grade`` on the first copy, from a cold start (no
   template gradebook, no cached results), timed as wall-clock time of the
   command. The two are run alternately ``--rounds`` times (each round on
   fresh copies) and the medians compared.
4. Incremental: three students resubmit one notebook each (a changed answer),
   then ``readiness class grade`` again; its time is compared with the full run.
5. Scaling: ``readiness class grade`` alone at ``--scale`` sizes (default 10,
   20, 40 students): the cost per submitted notebook should stay flat.

Targets on 2 cores: class grade / stock ≤ 0.35; incremental ≤ 10 % of a full
run. Figures are from one run on a possibly noisy machine: quote ratios.

Run: ``python benchmarks/bench_class.py [--students 30] [--rounds 1]
[--assignments 08_statistique ...] [--scale 10 20 40]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import copy_course  # noqa: E402
from simulated_class import build_class  # noqa: E402

BIN = Path(sys.executable).parent
STOCK_CONFIG = """import os, sys
c = get_config()  # noqa: F821
c.CourseDirectory.course_id = "prerequis-bigdata"
c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
os.environ["PATH"] = os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"]
"""


def run(cmd, cwd, env, may_fail=False):
    start = time.perf_counter()
    proc = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True,
                          text=True)
    if proc.returncode != 0 and not may_fail:
        sys.exit(f"échec de {' '.join(map(str, cmd))} :\n{proc.stderr[-3000:]}")
    return time.perf_counter() - start


def make_course(folder: Path, students: int, assignments, stock: bool, env) -> Path:
    course = copy_course(folder)
    if stock:
        (course / "nbgrader_config.py").write_text(STOCK_CONFIG)
    for a in assignments:
        run([BIN / "nbgrader", "generate_assignment", a, "--force"], course, env)
    build_class(course, students, seed=0, assignments=assignments)
    return course


def class_grade(course: Path, env) -> float:
    return run([sys.executable, "-m", "autograder", "class", "grade", "--quiet"], course, env)


def stock_grade(course: Path, assignments, env) -> float:
    # nbgrader exits with 1 when one submission of the assignment could not be
    # graded (the class has a few broken notebooks), after grading the others.
    return sum(run([BIN / "nbgrader", "autograde", a], course, env, may_fail=True)
               for a in assignments)


def resubmit(course: Path, count: int) -> None:
    """``count`` students change one answer of one notebook."""
    import nbformat

    students = sorted(p for p in (course / "submitted").iterdir() if p.is_dir())[:count]
    for student in students:
        notebook = sorted(student.glob("*/*.ipynb"))[0]
        try:
            nb = nbformat.read(str(notebook), 4)
        except Exception:
            continue
        code = next(c for c in nb.cells if c.cell_type == "code"
                    and c.metadata.get("nbgrader", {}).get("solution"))
        code.source += "\n# revu"
        nbformat.write(nb, str(notebook))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--assignments", nargs="*")
    parser.add_argument("--scale", type=int, nargs="*", default=[10, 20, 40])
    args = parser.parse_args()
    assignments = args.assignments or sorted(p.name for p in (ROOT / "source").iterdir()
                                             if p.is_dir())
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    env.pop("READINESS_CACHE_DIR", None)
    notebooks = sum(len(list((ROOT / "source" / a).glob("*.ipynb"))) for a in assignments)
    print(f"{args.students} étudiant·e·s × {notebooks} notebooks ({', '.join(assignments)}), "
          f"{os.cpu_count()} cœurs")

    times = {"nbgrader": [], "readiness": []}
    incremental = []
    for i in range(args.rounds):
        with tempfile.TemporaryDirectory(prefix="bench-class-") as tmp:
            tmp = Path(tmp)
            stock = make_course(tmp / "stock", args.students, assignments, True, env)
            ours = make_course(tmp / "ours", args.students, assignments, False, env)
            times["nbgrader"].append(stock_grade(stock, assignments, env))
            times["readiness"].append(class_grade(ours, env))
            resubmit(ours, 3)
            incremental.append(class_grade(ours, env))
        print(f"tour {i + 1} : nbgrader autograde {times['nbgrader'][-1]:.1f} s, "
              f"readiness class grade {times['readiness'][-1]:.1f} s, "
              f"après 3 copies rendues à nouveau {incremental[-1]:.1f} s")
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"rapport class grade / nbgrader : {med['readiness'] / med['nbgrader']:.2f} "
          "(cible ≤ 0,35)")
    print(f"incrémental / complet : {statistics.median(incremental) / med['readiness']:.1%} "
          "(cible ≤ 10 %)")
    for n in args.scale:
        with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
            course = make_course(Path(tmp), n, assignments, False, env)
            seconds = class_grade(course, env)
        print(f"{n} étudiant·e·s : {seconds:.1f} s, {seconds / (n * notebooks):.2f} s par notebook")
    return 0


if __name__ == "__main__":
    sys.exit(main())
