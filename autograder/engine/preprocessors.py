"""nbconvert preprocessors added to nbgrader's pipelines by the course config."""

import functools
import traceback

import jsonschema
from nbformat.notebooknode import NotebookNode
from nbgrader import utils
from nbgrader.api import MissingEntry
from nbgrader.nbgraderformat import MetadataValidator, SchemaTooNewError, SchemaTooOldError
from nbgrader.nbgraderformat.common import BaseMetadataValidator, ValidationError
from nbgrader.preprocessors import (CheckCellMetadata, ClearHiddenTests, NbGraderPreprocessor,
                                    OverwriteCells)
from traitlets import List

from ..checks import HINTS

# nbconvert's HTML exporter configures ``NbConvertBase.display_data_priority``
# for every preprocessor; nbgrader's base class redefines that trait without
# ``config=True``, so traitlets warns that the option is « not recognized » by
# each nbgrader preprocessor of ``generate_feedback``. Declaring it
# configurable again, with nbgrader's value, ends the false alarm.
_PRIORITY = List(['text/html', 'application/pdf', 'text/latex', 'image/svg+xml',
                  'image/png', 'image/jpeg', 'text/plain']).tag(config=True)


class ShortenTestErrors(NbGraderPreprocessor):
    """Keep only the message of the errors raised in test cells.

    A full traceback quotes the lines of the test around the failure, hidden
    tests included; the candidate's feedback must show the French message
    only. A failed check (``Incorrect``) shows its message alone, as in
    JupyterLab; an untouched stub (``NotImplementedError``) and a name left
    undefined (``NameError``) get the same French hint as in JupyterLab.
    """

    display_data_priority = _PRIORITY

    def preprocess_cell(self, cell, resources, cell_index):
        if utils.is_grade(cell) and cell.cell_type == "code":
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    output["traceback"] = short_error(output["ename"], output["evalue"])
        return cell, resources


class QuietClearHiddenTests(ClearHiddenTests):
    """nbgrader's ClearHiddenTests, without the « not recognized » warning."""

    display_data_priority = _PRIORITY


class RestoreHiddenTests(OverwriteCells):
    """nbgrader's OverwriteCells, without a false alarm for hidden tests.

    A released test cell lacks its hidden tests, so its checksum never
    matches the source's: stock ``nbgrader autograde`` then warns « Attribute
    'checksum' … has changed! » for every such cell of every submission,
    which reads as tampering. When the submitted cell is exactly the released
    one, the source (hidden tests included) is put back silently; any other
    change still gets nbgrader's warning and is overwritten as before.
    """

    def preprocess_cell(self, cell, resources, cell_index):
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id is not None and utils.is_locked(cell):
            try:
                source_cell = self.gradebook.find_source_cell(grade_id, self.notebook_id, self.assignment_id)
            except MissingEntry:
                source_cell = None  # nbgrader's own method reports it
            if source_cell is not None and cell.source == self.released_source(source_cell):
                self.log.debug("Hidden tests of cell %s restored", grade_id)
                cell.source = source_cell.source
        return super().preprocess_cell(cell, resources, cell_index)

    def released_source(self, source_cell) -> str:
        """The source of a locked cell as ``generate_assignment`` releases it."""
        released = NotebookNode({"source": source_cell.source})
        QuietClearHiddenTests(parent=self)._remove_hidden_test_region(released)
        return released.source


class _SchemaCheckedOnce(BaseMetadataValidator):
    """nbgrader's check of one cell's metadata, with the cell schema itself
    checked once. ``jsonschema.validate``, which nbgrader calls for every
    cell, first validates the schema against its meta-schema: about nine
    tenths of what ``CheckCellMetadata`` costs (measured with cProfile on a
    class grading run). Same checks, same errors, in the same order."""

    def __init__(self) -> None:
        super().__init__()
        validator_class = jsonschema.validators.validator_for(self.schema)
        validator_class.check_schema(self.schema)
        self._validator = validator_class(self.schema)

    def validate_cell(self, cell: NotebookNode) -> None:
        if "nbgrader" not in cell.metadata:
            return
        schema = cell.metadata["nbgrader"].get("schema_version", 0)
        if schema < self.schema_version:
            raise SchemaTooOldError(
                "Outdated schema version: {} (expected {})".format(schema, self.schema_version),
                schema, self.schema_version)
        if schema > self.schema_version:
            raise SchemaTooNewError(
                "Schema version is too new: {} (expected {})".format(schema, self.schema_version),
                schema, self.schema_version)
        error = jsonschema.exceptions.best_match(self._validator.iter_errors(cell.metadata["nbgrader"]))
        if error is not None:
            raise error


class _QuickMetadataValidator(MetadataValidator, _SchemaCheckedOnce):
    """nbgrader's current ``MetadataValidator``: its own checks of grade ids,
    points and cell types run unchanged; its call to the base class's
    ``validate_cell`` lands on :class:`_SchemaCheckedOnce` (next in the MRO)."""


@functools.lru_cache(maxsize=None)
def _metadata_validator() -> _QuickMetadataValidator:
    return _QuickMetadataValidator()


class QuickCheckCellMetadata(CheckCellMetadata):
    """nbgrader's ``CheckCellMetadata`` with the schema checked once per
    process instead of once per cell (see :class:`_SchemaCheckedOnce`).
    Runs twice per graded notebook in ``nbgrader autograde``, twice more in
    ``readiness class grade``'s replay: most of nbgrader's own time there."""

    def preprocess(self, nb, resources):
        try:
            _metadata_validator().validate_nb(nb)
        except ValidationError:
            self.log.error(traceback.format_exc())
            msg = "Notebook failed to validate; the nbgrader metadata may be corrupted."
            self.log.error(msg)
            raise ValidationError(msg)
        return nb, resources


def short_error(ename: str, evalue: str) -> list:
    """The lines shown for an error of a test cell in the feedback."""
    if ename == "Incorrect":
        return [f"✗ {evalue}"]
    if ename in HINTS:
        return [f"✗ {HINTS[ename]}", f"{ename}: {evalue}"]
    return [f"{ename}: {evalue}"]
