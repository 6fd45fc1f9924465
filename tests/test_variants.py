"""Personal variants of the diagnostic (autograder.variants, checks.variant_rng).

Where a candidate's variant comes from, that it changes their data, that
`readiness start --new-variant` keeps the previous attempt, and, through the
real grading path, that each variant's reference solution gets full marks,
that answers computed for another variant get none, and that a notebook
cannot choose its own variant.
"""

from __future__ import annotations

import json
import shutil
import os
import subprocess
import sys
from pathlib import Path

import pytest

from autograder import variants
from autograder.front.workspace import start
from conftest import ROOT

DRAW = ("from autograder.checks import variant, variant_rng; "
        "print(variant(), list(variant_rng('q').integers(0, 1000, 4)))")


def draw(env: dict, cwd: Path) -> str:
    environ = {k: v for k, v in os.environ.items()
               if k not in (variants.ENV, "READINESS_GRADING")}
    environ.update(env)
    proc = subprocess.run([sys.executable, "-c", DRAW], cwd=cwd, env=environ,
                          capture_output=True, text=True, timeout=60, check=True)
    return proc.stdout.strip()


def test_variant_of_student_is_six_digits_and_stable():
    assert variants.variant_of_student("alice") == variants.variant_of_student("alice")
    assert variants.variant_of_student("alice") != variants.variant_of_student("bob")
    assert all(variants.is_variant(variants.variant_of_student(f"e{i}")) for i in range(50))
    assert variants.new_variant(avoid="123456") != "123456"


def test_where_the_variant_comes_from(tmp_path):
    workspace = tmp_path / "ws"
    (workspace / ".readiness").mkdir(parents=True)
    (workspace / ".readiness" / "variant.json").write_text('{"variant": "111111"}')
    notebook_dir = workspace / "00_diagnostic"
    notebook_dir.mkdir()
    # The grader's environment first; a grading kernel never reads files.
    assert draw({variants.ENV: "222222"}, notebook_dir).startswith("222222 ")
    assert draw({"READINESS_GRADING": "1"}, notebook_dir).startswith("000000 ")
    # In JupyterLab: the workspace's file, found from the notebook's folder.
    assert draw({}, notebook_dir).startswith("111111 ")
    # Elsewhere: the nbgrader student id (the user name, JUPYTERHUB_USER first).
    alone = tmp_path / "ailleurs"
    alone.mkdir()
    expected = variants.variant_of_student("etudiant42")
    assert draw({"JUPYTERHUB_USER": "etudiant42"}, alone).startswith(f"{expected} ")


def test_two_variants_draw_different_data(tmp_path):
    a = draw({variants.ENV: "111111"}, tmp_path).split(" ", 1)[1]
    b = draw({variants.ENV: "222222"}, tmp_path).split(" ", 1)[1]
    assert a != b
    assert a == draw({variants.ENV: "111111"}, tmp_path).split(" ", 1)[1]


def test_new_variant_keeps_the_previous_attempt(tmp_path):
    from autograder.model.course import Course

    personal = sorted(Course.load(ROOT).personal)
    assert personal == ["00_diagnostic/01_diagnostic.ipynb"]
    workspace = tmp_path / "ws"
    first = start(ROOT, workspace)
    assert first.new_variant and variants.is_variant(first.variant)
    assert variants.read_variant(workspace) == first.variant
    assert start(ROOT, workspace).variant == first.variant  # kept across starts
    attempt = workspace / personal[0]
    attempt.write_text(attempt.read_text(encoding="utf-8").replace("VOTRE CODE ICI", "essai 1"))
    mine = attempt.read_bytes()

    second = start(ROOT, workspace, fresh_variant=True)

    assert second.variant != first.variant and variants.read_variant(workspace) == second.variant
    kept = attempt.with_name(f"01_diagnostic.variante-{first.variant}.ipynb")
    assert second.archived == [f"{personal[0]} -> 00_diagnostic/{kept.name}"]
    assert kept.read_bytes() == mine
    assert attempt.read_bytes() == (ROOT / "release" / personal[0]).read_bytes()
    # Twice with the same old variant name taken: never over an existing file.
    kept.with_name(f"01_diagnostic.variante-{second.variant}.ipynb").write_text("{}")
    third = start(ROOT, workspace, fresh_variant=True)
    assert third.archived[0].endswith(f"01_diagnostic.variante-{second.variant}-2.ipynb")


# --- through the grading path ---------------------------------------------
DIAGNOSTIC = "00_diagnostic/01_diagnostic.ipynb"
A, B = "111111", "222222"


def frozen_answers(variant: str) -> dict:
    """The reference solution's answers as literals, computed for ``variant``:
    what a candidate of that variant would type in, or a neighbour copy.

    The source notebook runs in a kernel with that variant; each answer cell
    that only assigns plain values (numbers, strings, lists, arrays) becomes
    ``name = <value>``; cells that define functions, queries or commands are
    left out (their code works for every variant)."""
    import ast

    import nbformat
    from nbclient import NotebookClient

    from conftest import cells_by_id

    nb = nbformat.read(str(ROOT / "source" / DIAGNOSTIC), as_version=4)
    names = {}
    for grade_id, cell in cells_by_id(nb).items():
        if not cell.metadata["nbgrader"].get("solution") or cell.cell_type != "code":
            continue
        tree = ast.parse(cell.source)
        if any(isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.Lambda)) for n in ast.walk(tree)):
            continue
        assigned = [t.id for node in tree.body if isinstance(node, ast.Assign)
                    for t in node.targets if isinstance(t, ast.Name)]
        if assigned:
            names[grade_id] = assigned
    dump = nbformat.v4.new_code_cell(
        "import json as _j, numpy as _np\n"
        f"_names = {sorted({n for v in names.values() for n in v})!r}\n"
        "_out = {}\n"
        "for _n in _names:\n"
        "    _v = globals().get(_n)\n"
        "    if isinstance(_v, _np.ndarray): _out[_n] = ['array', _v.tolist()]\n"
        "    elif isinstance(_v, (_np.integer, _np.floating)): _out[_n] = ['plain', _v.item()]\n"
        "    elif isinstance(_v, (int, float, str, bool, list, tuple)): _out[_n] = ['plain', _v]\n"
        "print(_j.dumps(_out))")
    nb.cells.append(dump)
    env = {k: v for k, v in os.environ.items() if k not in ("READINESS_GRADING",)}
    env[variants.ENV] = variant
    client = NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(ROOT / "source" / "00_diagnostic")}})
    with client.setup_kernel(env=env):
        for index, cell in enumerate(nb.cells):
            if cell.cell_type == "code":
                client.execute_cell(cell, index)
    values = json.loads(nb.cells[-1].outputs[0]["text"])
    answers = {}
    for grade_id, assigned in names.items():
        if all(n in values for n in assigned):
            answers[grade_id] = "\n".join(
                f"{n} = np.array({values[n][1]!r})" if values[n][0] == "array"
                else f"{n} = {values[n][1]!r}" for n in assigned)
    return answers


def personal_questions() -> set:
    """Questions whose hidden tests draw the candidate's data and expect a
    value (a letter among four may coincide from one variant to another)."""
    import nbformat

    from conftest import cells_by_id

    nb = nbformat.read(str(ROOT / "source" / DIAGNOSTIC), as_version=4)
    return {gid for gid, cell in cells_by_id(nb).items()
            if cell.metadata["nbgrader"].get("grade") and "variant_rng(" in cell.source
            and "check_choice(" not in cell.source}


def graded_with(tmp_path: Path, variant: str, answers: dict) -> dict:
    """Statuses of the diagnostic's questions, graded by `readiness score`
    in a workspace of ``variant`` whose answer cells are ``answers``."""
    from conftest import by_id, fill_answers, score

    workspace = tmp_path / f"ws-{variant}-{len(list(tmp_path.glob('ws-*')))}"
    start(ROOT, workspace)
    (workspace / ".readiness" / "variant.json").write_text(json.dumps({"variant": variant}))
    fill_answers(workspace, DIAGNOSTIC, answers)
    report = score(workspace, tmp_path)
    return {gid: q["status"] for gid, q in by_id(report).items() if gid in answers_of_course()}


def answers_of_course() -> set:
    from autograder.model.course import Course

    return {q.grade_id for q in Course.load(ROOT).questions_of(DIAGNOSTIC)}


@pytest.fixture(scope="module")
def frozen():
    """A's answers as literals, and the questions where they differ from B's
    (a query or a command is the same for all; a letter may coincide)."""
    from autograder.model.course import Course

    mine, theirs = frozen_answers(A), frozen_answers(B)
    differ = {cell for cell in mine if mine[cell] != theirs.get(cell)}
    targeted = {q.grade_id for q in Course.load(ROOT).questions_of(DIAGNOSTIC)
                if q.answer_cells and set(q.answer_cells) <= differ}
    return mine, targeted & personal_questions()


def test_each_variants_reference_solution_gets_full_marks(tmp_path):
    from conftest import solution_sources

    for variant in (A, B):
        statuses = graded_with(tmp_path, variant, solution_sources(DIAGNOSTIC))
        assert len(statuses) == 24
        assert {g: s for g, s in statuses.items() if s != "passed"} == {}, variant


def test_answers_for_another_variant_get_nothing(frozen, tmp_path):
    """A's numbers pass under A, and fail under B wherever the data differ:
    copying a neighbour's answers, or last attempt's, gives nothing."""
    answers, targeted = frozen
    assert len(targeted) >= 10, sorted(targeted)
    mine = graded_with(tmp_path, A, answers)
    assert {g: mine[g] for g in targeted if mine[g] != "passed"} == {}
    theirs = graded_with(tmp_path, B, answers)
    assert {g: theirs[g] for g in targeted if theirs[g] == "passed"} == {}


def test_a_notebook_cannot_choose_its_variant(frozen, tmp_path):
    """Answers for A, with the first answer cell setting the variant to A in
    every way the kernel offers: graded under B, still nothing."""
    answers, targeted = frozen
    force = (f"import os\nos.environ['READINESS_VARIANT'] = '{A}'\n"
             f"import autograder.checks as _checks\n_checks._VARIANT = '{A}'\n")
    first = next(iter(answers))
    cheat = {**answers, first: force + answers[first]}
    statuses = graded_with(tmp_path, B, cheat)
    assert {g: statuses[g] for g in targeted if statuses[g] == "passed"} == {}


def test_a_class_grades_each_student_with_their_own_variant(frozen, tmp_path):
    """`readiness class grade` and stock `nbgrader autograde` give each
    student the variant of their id: alice's numbers, computed for her
    variant, get their points; bob's copy of them gets none."""
    import nbformat

    from nbgrader.api import Gradebook

    from conftest import cells_by_id, copy_course
    from test_class_grade import nbgrader

    alice = variants.variant_of_student("alice")
    assert alice != variants.variant_of_student("bob")
    copied = frozen_answers(alice)
    course = copy_course(tmp_path)
    nbgrader(course, "generate_assignment", "00_diagnostic", "--force")
    for student, answers in (("alice", copied), ("bob", copied)):
        folder = course / "submitted" / student / "00_diagnostic"
        folder.mkdir(parents=True)
        nb = nbformat.read(str(ROOT / "release" / DIAGNOSTIC), as_version=4)
        for grade_id, source in answers.items():
            cells_by_id(nb)[grade_id].source = source
        nbformat.write(nb, str(folder / "01_diagnostic.ipynb"))
    _, targeted = frozen
    out = tmp_path / "summary.json"
    from autograder.front import cli

    assert cli.main(["class", "grade", "--course", str(course), "--json", str(out), "--quiet"]) == 0
    summary = json.loads(out.read_text(encoding="utf-8"))
    status = {(s["id"], q["grade_id"]): q["status"] for s in summary["students"] for q in s["questions"]}
    assert [g for g in targeted if status[("alice", g)] != "passed"] == []
    assert [g for g in targeted if status[("bob", g)] == "passed"] == []
    # Stock nbgrader on a second copy: VerifyChecks compares with each student's reference.
    stock = copy_course(tmp_path / "stock")
    nbgrader(stock, "generate_assignment", "00_diagnostic", "--force")
    shutil.copytree(course / "submitted", stock / "submitted")
    nbgrader(stock, "autograde", "00_diagnostic")
    with Gradebook(f"sqlite:///{stock / 'gradebook.db'}") as gb:
        scores = {(s, g.name): g.score
                  for s in ("alice", "bob")
                  for g in gb.find_submission_notebook("01_diagnostic", "00_diagnostic", s).grades}
    assert [g for g in targeted if scores[("alice", g)] != 1] == []
    assert [g for g in targeted if scores[("bob", g)] != 0] == []
