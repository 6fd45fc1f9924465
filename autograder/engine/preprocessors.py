"""nbconvert preprocessors added to nbgrader's pipelines by the course config."""

from nbgrader.preprocessors import NbGraderPreprocessor
from nbgrader import utils


class ShortenTestErrors(NbGraderPreprocessor):
    """Keep only ``Name: message`` of the errors raised in test cells.

    A full traceback quotes the lines of the test around the failure, hidden
    tests included; the candidate's feedback must show the French message only.
    """

    def preprocess_cell(self, cell, resources, cell_index):
        if utils.is_grade(cell) and cell.cell_type == "code":
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    output["traceback"] = [f"{output['ename']}: {output['evalue']}"]
        return cell, resources
