"""Judge the test cells again, outside the candidate's kernel.

In a grading kernel every helper of :mod:`autograder.checks` emits a record
(an output of MIME type ``RECORD_MIME``): what it checked, the plain data it
compared and its verdict. The candidate's code shares that kernel, so
nothing computed there is trusted on its own. :class:`VerifyChecks`, an
nbgrader preprocessor placed right after ``Execute``, works in the grader's
process on those records only:

1. it judges every record again with the same pure functions
   (``autograder.checks.JUDGES``), with the grader's own numpy: a patched
   comparison or a hidden exception cannot turn a wrong value into a pass;
2. it compares the sequence of records with the one the reference solution
   produced on the same notebook (computed once in a clean kernel, kept in
   the grading cache): a test cell that stopped early, was skipped, or whose
   helpers were replaced emits fewer or different records;
3. it checks that the numeric references and tolerances of ``check_close``,
   the right option of ``check_choice`` and the seeds of ``rng_for`` are those
   of the reference run: changed seeds or patched numpy/scipy functions change
   them.

A test cell that passes nbgrader's own rule (no error output) but fails one
of these gets an ``Incorrect`` error output with a French message, so
nbgrader's ``SaveAutoGrades`` gives it no points. Records are then removed
from the notebook.
"""

from __future__ import annotations

import copy
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Dict, List, Optional

import nbformat
import numpy as np
from nbformat.v4 import new_output
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Unicode

from ..checks import JUDGES, RECORD_MIME, Incorrect, decode
from ..model.course import is_personal, is_test_cell

References = Dict[str, List[dict]]

INCOMPLETE = ("Les tests de cette question ne se sont pas tous exécutés ({done} vérifications "
              "sur {total}) : la cellule de test a été interrompue ou détournée (erreur "
              "masquée, outil de test remplacé...). Aucun point n'est accordé.")
CHANGED = ("{what} : les valeurs de référence du test ne sont pas celles de la correction "
           "(graine aléatoire, numpy ou scipy modifiés ?). Aucun point n'est accordé.")
UNREADABLE = "Les traces des tests sont illisibles : aucun point n'est accordé."
# Parts of a record that are the same for every answer (tolerances, the right
# option of a multiple choice): they must equal the reference's.
FIXED = {"close": ("rtol", "atol"), "choice": ("e", "options", "m")}


def pop_records(cell) -> List[dict]:
    """Remove the records from a cell's outputs and return them, in order."""
    records, kept = [], []
    for output in cell.get("outputs", []):
        data = output.get("data", {}) if output.get("output_type") == "display_data" else {}
        if RECORD_MIME in data:
            batch = data[RECORD_MIME].get("records") if isinstance(data[RECORD_MIME], dict) else None
            records.extend(batch if isinstance(batch, list) else [None])  # None: unreadable
        else:
            kept.append(output)
    if "outputs" in cell:
        cell.outputs = kept
    return records


def warnings_are_not_failures(cell) -> None:
    """Show a test cell's stderr as ordinary output.

    nbgrader gives no points to a cell that wrote to stderr, but a correct
    answer may print a warning there (a ``RuntimeWarning`` of numpy on an
    edge case, a ``DeprecationWarning`` of a library call): the verdict of a
    test is its exceptions and its records, nothing else.
    """
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream" and output.get("name") == "stderr":
            output["name"] = "stdout"


def _has_error(cell) -> bool:
    return any(o.get("output_type") == "error" for o in cell.get("outputs", []))


def judge(record: Any) -> Optional[str]:
    """The failure message of one record judged again, None if it passes."""
    if not isinstance(record, dict) or not isinstance(record.get("k"), str):
        return UNREADABLE
    kind = record["k"]
    if kind in JUDGES:
        try:
            JUDGES[kind](record)
        except Incorrect as failure:
            return str(failure)
        except Exception:  # malformed data: fail closed
            return UNREADABLE
        return None
    if kind in ("check", "rng"):
        return None if record.get("ok") is True else (record.get("msg") or UNREADABLE)
    return str(record.get("msg") or UNREADABLE)  # "tampered" and unknown kinds


def _same_reference(mine: Any, theirs: Any) -> bool:
    try:  # complex when the references are (Fourier coefficients...)
        a, b = np.asarray(decode(mine)), np.asarray(decode(theirs))
        kind = complex if "c" in (a.dtype.kind, b.dtype.kind) else float
        a, b = a.astype(kind), b.astype(kind)
    except Exception:
        return False
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=1e-9, atol=1e-12, equal_nan=True))


def verdict(records: List[dict], reference: Optional[List[dict]]) -> Optional[str]:
    """Why a test cell that raised nothing must still fail, or None."""
    for record in records:
        problem = judge(record)
        if problem:
            return problem
    if reference is None:
        return INCOMPLETE.format(done=len(records), total="?")
    kinds = [r.get("k") for r in records]
    if kinds != [r.get("k") for r in reference]:
        return INCOMPLETE.format(done=len(records), total=len(reference))
    for mine, theirs in zip(records, reference):
        if any(mine.get(key) != theirs.get(key) for key in FIXED.get(mine["k"], ())):
            return CHANGED.format(what=mine.get("w", "test"))
        if mine["k"] == "close" and not _same_reference(mine.get("e"), theirs.get("e")):
            return CHANGED.format(what=mine.get("w", "test"))
        if mine["k"] == "rng" and (mine.get("w"), mine.get("s")) != (theirs.get("w"), theirs.get("s")):
            return CHANGED.format(what=f"rng_for({mine.get('w')!r})")
    return None


def references_of(nb) -> References:
    """Records of every test cell of an executed notebook, by grade_id."""
    return {cell.metadata["nbgrader"]["grade_id"]: pop_records(cell)
            for cell in nb.cells if is_test_cell(cell)}


def compute_references(source: Path, config, variant: str = "") -> References:
    """Execute a source notebook (with its solutions) in a clean grading kernel,
    with the candidate's ``variant`` for a personal notebook, and collect its
    records. Raises ``RuntimeError`` if a test fails there."""
    from .execute import GuardedExecute

    nb = nbformat.read(str(source), as_version=4)
    variant = variant if is_personal(nb) else ""
    # The course's own code is trusted and fast: its time limits only guard
    # against a loaded machine here, so they are generous.
    config = copy.deepcopy(config)
    config.Execute.timeout = max(60, 3 * int(config.Execute.get("timeout", 30) or 30))
    config.GuardedExecute.notebook_budget = 10 * config.Execute.timeout
    config.GuardedExecute.variant = variant
    with tempfile.TemporaryDirectory(prefix="readiness-reference-") as folder:
        executor = GuardedExecute(config=config)
        executor.preprocess(nb, {"metadata": {"path": folder}})
    broken = [cell.metadata["nbgrader"]["grade_id"] for cell in nb.cells
              if is_test_cell(cell) and _has_error(cell)]
    if broken:
        raise RuntimeError(f"the reference solution of {source} fails: {', '.join(broken)}")
    return references_of(nb)


def write_references(path: Path, references: References) -> None:
    """Write atomically: a concurrent grading never reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(json.dumps(references), encoding="utf-8")
    os.replace(partial, path)


class VerifyChecks(NbGraderPreprocessor):
    """Fail test cells whose records do not stand a second judgement."""

    reference_file = Unicode(
        "",
        help=(
            "JSON file with the reference records of the notebook being graded "
            "(written by readiness). When empty, they are computed from the "
            "course's source notebook, once per notebook and process."
        ),
    ).tag(config=True)

    _computed: Dict[str, References] = {}

    def _references(self, resources) -> Optional[References]:
        if self.reference_file:
            return json.loads(Path(self.reference_file).read_text(encoding="utf-8"))
        from nbgrader.coursedir import CourseDirectory

        from .execute import grading_variant

        info = resources.get("nbgrader", {})
        coursedir = CourseDirectory(config=self.config)
        source = Path(coursedir.format_path(coursedir.source_directory, ".",
                                            info.get("assignment", ""))) / \
            f"{info.get('notebook', '')}.ipynb"
        variant = grading_variant(self.config.GuardedExecute.get("variant", ""), resources)
        key = f"{source.resolve()}#{variant}"
        if key not in self._computed:
            try:
                self._computed[key] = compute_references(source, copy.deepcopy(self.config),
                                                         variant)
            except Exception as exc:
                self.log.error("No reference records for %s: %s", source, exc)
                return None
        return self._computed[key]

    def preprocess(self, nb, resources):
        references = self._references(resources)
        for cell in nb.cells:
            records = pop_records(cell)
            if not is_test_cell(cell):
                continue
            warnings_are_not_failures(cell)
            if _has_error(cell):
                continue  # nbgrader already gives no points to a cell with an error
            grade_id = cell.metadata["nbgrader"]["grade_id"]
            problem = verdict(records, None if references is None else references.get(grade_id))
            if problem:
                cell.outputs.append(new_output("error", ename="Incorrect", evalue=problem,
                                               traceback=[f"Incorrect: {problem}"]))
        return nb, resources
