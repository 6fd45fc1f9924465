"""Small typed results: one per question, skill, domain, and the report."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, List, Optional

if TYPE_CHECKING:  # pragma: no cover
    from .diagnostic import Diagnostic

PASSED, FAILED, ERROR, TIMEOUT, NOT_ATTEMPTED = (
    "passed", "failed", "error", "timeout", "not_attempted")
STATUSES = (PASSED, FAILED, ERROR, TIMEOUT, NOT_ATTEMPTED)

STATUS_LABELS = {
    PASSED: "réussie",
    FAILED: "échouée",
    ERROR: "erreur",
    TIMEOUT: "temps dépassé",
    NOT_ATTEMPTED: "non tentée",
}


@dataclass
class QuestionResult:
    """How one question was graded."""

    domain: str
    skill: str
    grade_id: str
    notebook: str
    """Path relative to the workspace, e.g. ``08_statistique/01_estimation.ipynb``."""
    points: float
    max_points: float
    status: str
    """One of ``passed``, ``failed``, ``error``, ``timeout``, ``not_attempted``."""
    message: str = ""
    """French feedback shown to the candidate; empty when passed."""


@dataclass
class SkillScore:
    """Score of one skill over its questions."""

    id: str
    label: str
    domain: str
    score: float
    """0 to 100."""
    points: float
    max_points: float
    refresher: str
    """Refresher notebook and section that teaches the skill."""
    missed: List[str] = field(default_factory=list)
    """grade_ids of the questions not passed."""


@dataclass
class DomainScore:
    """Score of one domain; ``score`` is None when the course does not assess it yet."""

    id: str
    label: str
    assessed: bool
    score: Optional[float]
    points: float
    max_points: float
    refresher: str
    skills: List[SkillScore] = field(default_factory=list)


@dataclass
class Report:
    """The readiness report of one grading run."""

    overall: float
    """Weighted average of the assessed domains, 0 to 100."""
    verdict: str
    """``ready``, ``almost`` or ``not_ready``."""
    verdict_label: str
    domains: List[DomainScore]
    questions: List[QuestionResult]
    weakest_skills: List[str]
    """Ids of the skills below the domain threshold, weakest first."""
    thresholds: dict
    created: str
    """ISO 8601 time of the grading run."""
    previous: Optional[dict] = None
    """Summary of the previous attempt (``created``, ``overall``, ``domains``), if any."""
    diagnostic: Optional["Diagnostic"] = None
    """The diagnostic's section (:mod:`autograder.model.diagnostic`) when it was
    attempted: an estimate per domain and a plan, never part of the verdict."""

    def to_dict(self) -> dict:
        return asdict(self)

    def weakest(self) -> List[SkillScore]:
        """The skills to revise, weakest first (see ``weakest_skills``)."""
        return [self.skill(skill_id) for skill_id in self.weakest_skills]

    def skill(self, skill_id: str) -> SkillScore:
        for domain in self.domains:
            for skill in domain.skills:
                if skill.id == skill_id:
                    return skill
        raise KeyError(skill_id)

    def summary(self) -> dict:
        """What the history keeps of this run."""
        return {
            "created": self.created,
            "overall": self.overall,
            "verdict": self.verdict,
            "domains": {d.id: d.score for d in self.domains if d.assessed},
        }
