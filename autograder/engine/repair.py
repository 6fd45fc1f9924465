"""Repair the grading copy of a notebook whose structure the candidate broke.

nbgrader finds answers and tests by the ``nbgrader`` metadata of cells, and
runs cells in the notebook's order. A candidate can lose that metadata (a
copy-paste into a new notebook, another editor), or move cells. Before
grading, on the copy only (the candidate's file is never written):

* cell metadata that is not a mapping is dropped (nbgrader crashes on it);
* a cell that lost its metadata gets back the metadata of the release cell
  it comes from, recognised by its text;
* the setup cell is moved first, and a test cell placed before one of its
  answer cells is moved just after it, so that a correct answer is not failed
  for running in the wrong order.

Test cells themselves need no repair: nbgrader restores their source from
the gradebook, and re-adds a deleted one (``add_missing_cells``).
"""

from __future__ import annotations

import difflib
from typing import List

from ..model.course import Question, cells_by_grade_id, is_setup_cell, nbgrader_meta

# A stripped cell is matched to the release cell it comes from when it still
# contains at least this share of that cell's text (an answer that keeps the
# stub's signature and docstring contains most of the stub).
MIN_CONTAINMENT = 0.6


def drop_broken_metadata(nb) -> bool:
    """Remove ``nbgrader`` metadata that is not a mapping. Returns whether
    anything was removed."""
    changed = False
    for cell in nb.cells:
        if "nbgrader" in cell.get("metadata", {}) and not isinstance(cell.metadata.nbgrader, dict):
            del cell.metadata["nbgrader"]
            changed = True
    return changed


def _containment(text: str, reference: str) -> float:
    """Share of ``reference`` found, in order, in ``text`` (1.0: all of it)."""
    if not reference:
        return 1.0 if not text else 0.0
    matcher = difflib.SequenceMatcher(None, text, reference, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(reference)


def restore_metadata(nb, release) -> int:
    """Give back their release metadata to cells that lost it. Returns how
    many cells were restored.

    A release cell is recognised by its text, which the candidate's cell
    still contains (a statement, a test, or the signature and docstring of
    an answer). Pairs are made best match first, so a duplicated or moved
    cell cannot take the place of the cell it resembles.
    """
    present = set(cells_by_grade_id(nb))
    missing = [cell for cell in release.cells
               if nbgrader_meta(cell).get("grade_id") not in present | {None}]
    stripped = [cell for cell in nb.cells if not nbgrader_meta(cell)]
    # best score first; among equals (a duplicated cell), the first cell
    pairs = sorted((-_containment(cell.source, ref.source), i, j)
                   for i, cell in enumerate(stripped) for j, ref in enumerate(missing)
                   if cell.cell_type == ref.cell_type)
    taken_cells, taken_refs = set(), set()
    for negative_score, i, j in pairs:
        if -negative_score < MIN_CONTAINMENT or i in taken_cells or j in taken_refs:
            continue
        taken_cells.add(i)
        taken_refs.add(j)
        cell, ref = stripped[i], missing[j]
        cell.metadata["nbgrader"] = dict(ref.metadata["nbgrader"])
        if ref.metadata.get("tags"):
            cell.metadata["tags"] = list(ref.metadata["tags"])
    return len(taken_cells)


def setup_ids(release) -> List[str]:
    """grade_ids of the read-only code cells of a release notebook (imports)."""
    return [nbgrader_meta(c)["grade_id"] for c in release.cells
            if is_setup_cell(c) and nbgrader_meta(c).get("grade_id")]


def restore_order(nb, questions: List[Question], setup: List[str]) -> bool:
    """Move the setup cells first and each test cell after its answer cells.
    Returns whether anything moved."""
    cells = list(nb.cells)
    ids = [nbgrader_meta(c).get("grade_id") for c in cells]
    first_other = min((i for i, (c, g) in enumerate(zip(cells, ids))
                       if g and g not in setup and c.cell_type == "code"), default=len(cells))
    moved = any(g in setup and i > first_other for i, g in enumerate(ids))
    if moved:
        cells = ([c for c, g in zip(cells, ids) if g in setup]
                 + [c for c, g in zip(cells, ids) if g not in setup])
    for question in questions:
        ids = [nbgrader_meta(c).get("grade_id") for c in cells]
        if question.grade_id not in ids:
            continue
        test_at = ids.index(question.grade_id)
        last_answer = max((ids.index(a) for a in question.answer_cells if a in ids), default=-1)
        if last_answer > test_at:
            cells.insert(last_answer, cells.pop(test_at))  # lands just after the answer
            moved = True
    if moved:
        nb.cells = cells
    return moved
