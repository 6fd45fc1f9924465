"""The course's replacements of nbgrader preprocessors behave as nbgrader's.

``QuickCheckCellMetadata`` only checks the cell schema once per process: on
every source notebook of the course and on broken metadata, it must accept
and refuse exactly what nbgrader's ``CheckCellMetadata`` does, with the same
error.
"""

from __future__ import annotations

import copy
from pathlib import Path

import nbformat
import pytest
from nbgrader.nbgraderformat import MetadataValidator

from autograder.engine.preprocessors import QuickCheckCellMetadata, _metadata_validator

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "source").glob("*/*.ipynb"))


def _first(nb, kind):
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get(kind))


def _broken_variants():
    """Notebooks whose nbgrader metadata each break one rule."""
    base = nbformat.read(SOURCES[1], as_version=4)

    def edit(change):
        nb = copy.deepcopy(base)
        change(nb)
        return nb

    yield "points as text", edit(lambda nb: _first(nb, "grade").metadata.nbgrader.update(points="2"))
    yield "unknown key", edit(lambda nb: _first(nb, "grade").metadata.nbgrader.update(extra=1))
    yield "grade_id missing", edit(lambda nb: _first(nb, "grade").metadata.nbgrader.pop("grade_id"))
    yield "empty grade_id", edit(lambda nb: _first(nb, "solution").metadata.nbgrader.update(grade_id=""))
    yield "points missing", edit(lambda nb: _first(nb, "grade").metadata.nbgrader.pop("points"))
    yield "old schema", edit(lambda nb: _first(nb, "grade").metadata.nbgrader.update(schema_version=1))
    yield "new schema", edit(lambda nb: _first(nb, "grade").metadata.nbgrader.update(schema_version=9))
    yield "solution flag as text", edit(
        lambda nb: _first(nb, "solution").metadata.nbgrader.update(solution="yes"))

    def duplicate(nb):
        cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id")]
        cells[1].metadata.nbgrader.grade_id = cells[0].metadata.nbgrader.grade_id

    yield "duplicate grade_id", edit(duplicate)

    def markdown_grade(nb):
        cell = _first(nb, "grade")
        cell.cell_type = "markdown"
        cell.metadata.nbgrader.solution = False
        cell.pop("outputs", None)
        cell.pop("execution_count", None)

    yield "markdown grade cell not a solution", edit(markdown_grade)


def _outcome(validator, nb):
    try:
        validator.validate_nb(nb)
    except Exception as exc:
        return type(exc), str(exc)
    return None


@pytest.mark.parametrize("path", SOURCES, ids=[p.parent.name + "/" + p.stem for p in SOURCES])
def test_every_source_notebook_passes_both(path):
    nb = nbformat.read(path, as_version=4)
    assert _outcome(MetadataValidator(), nb) is None
    assert _outcome(_metadata_validator(), nb) is None


@pytest.mark.parametrize("name,nb", list(_broken_variants()))
def test_broken_metadata_gets_nbgraders_error(name, nb):
    expected = _outcome(MetadataValidator(), copy.deepcopy(nb))
    assert expected is not None, f"nbgrader accepts « {name} »: the case tests nothing"
    assert _outcome(_metadata_validator(), copy.deepcopy(nb)) == expected


def test_the_preprocessor_refuses_as_nbgraders():
    from nbgrader.nbgraderformat import ValidationError

    name, nb = next(_broken_variants())
    with pytest.raises(ValidationError, match="metadata may be corrupted"):
        QuickCheckCellMetadata().preprocess(nb, {})
    good = nbformat.read(SOURCES[1], as_version=4)
    assert QuickCheckCellMetadata().preprocess(good, {})[0] is good
