"""nbconvert preprocessors added to nbgrader's pipelines by the course config."""

from nbformat.notebooknode import NotebookNode
from nbgrader import utils
from nbgrader.api import MissingEntry
from nbgrader.preprocessors import ClearHiddenTests, NbGraderPreprocessor, OverwriteCells
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


def short_error(ename: str, evalue: str) -> list:
    """The lines shown for an error of a test cell in the feedback."""
    if ename == "Incorrect":
        return [f"✗ {evalue}"]
    if ename in HINTS:
        return [f"✗ {HINTS[ename]}", f"{ename}: {evalue}"]
    return [f"{ename}: {evalue}"]
