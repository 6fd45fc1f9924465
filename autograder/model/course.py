"""The course as found on disk: assignments, notebooks and questions of ``source/``."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Set, Tuple

import nbformat

from .catalogue import DIAGNOSTIC, SKILL_TAG_PREFIX, SKILLS_BY_ID, domain_of_assignment

SOURCE_DIR = "source"
RELEASE_DIR = "release"
CONFIG_FILE = "nbgrader_config.py"


class CourseError(Exception):
    """The course folder is unusable (missing folder, inconsistent notebook)."""


@dataclass(frozen=True)
class Question:
    """One autograded question: a test cell and the answer cells it checks."""

    grade_id: str
    """grade_id of the test cell."""
    assignment: str
    notebook: str
    """Notebook name without extension."""
    skill: str
    domain: str
    max_points: float
    answer_cells: Tuple[str, ...]
    """grade_ids of the answer cells between the previous test cell and this one."""

    @property
    def path(self) -> str:
        """Notebook path relative to a workspace or to ``release/``."""
        return f"{self.assignment}/{self.notebook}.ipynb"


@dataclass
class Course:
    """Questions of every source notebook, in course order."""

    root: Path
    questions: List[Question] = field(default_factory=list)
    personal: Set[str] = field(default_factory=set)
    """Notebook paths whose data depend on the candidate's variant."""

    @classmethod
    def load(cls, root: os.PathLike | str) -> "Course":
        root = Path(root).resolve()
        source = root / SOURCE_DIR
        if not source.is_dir():
            raise CourseError(f"pas de dossier {SOURCE_DIR}/ dans {root}")
        course = cls(root)
        for path in sorted(source.glob("*/*.ipynb")):
            nb = nbformat.read(str(path), as_version=4)
            course.questions.extend(read_questions(path, nb))
            if is_personal(nb):
                course.personal.add(f"{path.parent.name}/{path.name}")
        return course

    @property
    def notebooks(self) -> List[str]:
        """Notebook paths (``assignment/name.ipynb``) that hold questions."""
        return sorted({q.path for q in self.questions})

    def questions_of(self, notebook_path: str) -> List[Question]:
        return [q for q in self.questions if q.path == notebook_path]

    def by_grade_id(self) -> Dict[str, Question]:
        return {q.grade_id: q for q in self.questions}


def nbgrader_meta(cell) -> dict:
    """A cell's ``nbgrader`` metadata, or ``{}`` when absent or not a mapping."""
    meta = cell.get("metadata", {}).get("nbgrader")
    return meta if isinstance(meta, dict) else {}


def is_personal(nb) -> bool:
    """Whether a notebook draws its data from the candidate's personal variant
    (notebook metadata ``readiness.personal_variant``, see autograder.variants)."""
    meta = nb.get("metadata", {}).get("readiness")
    return isinstance(meta, dict) and meta.get("personal_variant") is True


def is_test_cell(cell) -> bool:
    """A graded code cell (nbgrader ``grade``): a question's test."""
    return cell.get("cell_type") == "code" and bool(nbgrader_meta(cell).get("grade"))


def is_setup_cell(cell) -> bool:
    """A read-only code cell that is neither a test nor an answer (imports)."""
    meta = nbgrader_meta(cell)
    return (cell.get("cell_type") == "code" and bool(meta.get("locked"))
            and not meta.get("grade") and not meta.get("solution"))


def cells_by_grade_id(nb) -> Dict[str, "nbformat.NotebookNode"]:
    """The cells of a notebook that carry an nbgrader ``grade_id``, by grade_id."""
    return {
        cell.metadata["nbgrader"]["grade_id"]: cell
        for cell in nb.cells
        if "grade_id" in cell.get("metadata", {}).get("nbgrader", {})
    }


def skill_tag(cell) -> str | None:
    """Return the skill id of a cell's ``skill:<id>`` tag, if any."""
    tags = [t for t in cell.get("metadata", {}).get("tags", []) if t.startswith(SKILL_TAG_PREFIX)]
    if len(tags) > 1:
        raise CourseError(f"cellule {cell.metadata.get('nbgrader', {}).get('grade_id')} : "
                          f"plusieurs compétences {tags}")
    return tags[0][len(SKILL_TAG_PREFIX):] if tags else None


def read_questions(path: Path, nb) -> List[Question]:
    """The autograded questions of one source notebook ``nb``, read from ``path``."""
    assignment = path.parent.name
    domain = domain_of_assignment(assignment)
    questions: List[Question] = []
    answers: List[str] = []
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution") and not meta.get("grade"):
            answers.append(meta["grade_id"])
        if not (meta.get("grade") and cell.cell_type == "code"):
            continue
        skill = skill_tag(cell)
        if skill is None or skill not in SKILLS_BY_ID:
            raise CourseError(f"{path}: la question {meta['grade_id']} n'a pas de compétence "
                              f"connue (tag {SKILL_TAG_PREFIX}<id>)")
        skill_domain = SKILLS_BY_ID[skill].domain
        if assignment != DIAGNOSTIC and (domain is None or skill_domain != domain.id):
            raise CourseError(f"{path}: la compétence {skill} n'appartient pas au domaine "
                              f"de l'assignment {assignment}")
        questions.append(Question(
            grade_id=meta["grade_id"],
            assignment=assignment,
            notebook=path.stem,
            skill=skill,
            domain=skill_domain,
            max_points=float(meta.get("points", 0)),
            answer_cells=tuple(answers),
        ))
        answers = []
    return questions
