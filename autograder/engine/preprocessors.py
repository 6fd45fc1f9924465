"""nbconvert preprocessors added to nbgrader's pipelines by the course config."""

from nbgrader.preprocessors import NbGraderPreprocessor
from nbgrader import utils

from ..checks import HINTS


class ShortenTestErrors(NbGraderPreprocessor):
    """Keep only the message of the errors raised in test cells.

    A full traceback quotes the lines of the test around the failure, hidden
    tests included; the candidate's feedback must show the French message
    only. A failed check (``Incorrect``) shows its message alone, as in
    JupyterLab; an untouched stub (``NotImplementedError``) and a name left
    undefined (``NameError``) get the same French hint as in JupyterLab.
    """

    def preprocess_cell(self, cell, resources, cell_index):
        if utils.is_grade(cell) and cell.cell_type == "code":
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    output["traceback"] = short_error(output["ename"], output["evalue"])
        return cell, resources


def short_error(ename: str, evalue: str) -> list:
    """The lines shown for an error of a test cell in the feedback."""
    if ename == "Incorrect":
        return [f"✗ {evalue}"]
    if ename in HINTS:
        return [f"✗ {HINTS[ename]}", f"{ename}: {evalue}"]
    return [f"{ename}: {evalue}"]
