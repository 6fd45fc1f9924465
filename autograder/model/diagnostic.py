"""The diagnostic in the readiness report: an estimate per domain and a plan.

The diagnostic (assignment :data:`~.catalogue.DIAGNOSTIC`) asks three short
questions per domain. Three questions cannot measure a level: one slip or one
lucky guess moves a domain from one end to the other. So:

- the **verdict comes from the full notebooks only**: the diagnostic's
  questions never count in a domain's score, the average or the verdict
  (:func:`~.readiness.build_report` leaves them out);
- per domain, the diagnostic gives its points out of three and a coarse
  **estimate** in words (« semble acquis, à confirmer », « fragile »,
  « à revoir »), never a score out of 100 or a percentage;
- a domain whose full notebook is not started yet shows that estimate,
  marked as such, instead of a score; its untouched questions still count
  zero in the verdict, as everywhere;
- the **plan** lists the full notebooks not started yet, the domains that
  did worst at the diagnostic first, each with the skills it missed and the
  refresher sections that teach them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import List, Optional

from .catalogue import DIAGNOSTIC, DOMAINS, SKILLS_BY_ID, refresher_link
from .results import NOT_ATTEMPTED, PASSED, QuestionResult

ACQUIRED, FRAGILE, REVISE, UNTRIED = "semble_acquis", "fragile", "a_revoir", "non_tente"

ESTIMATE_LABELS = {
    ACQUIRED: "semble acquis, à confirmer",
    FRAGILE: "fragile, à consolider",
    REVISE: "à revoir",
    UNTRIED: "non tenté au diagnostic",
}

WARNING = ("Trois questions par domaine ne donnent qu'une estimation grossière : une "
           "inattention ou une réponse devinée suffit à la changer. Elle sert à choisir par "
           "où commencer ; seuls les carnets complets mesurent votre niveau.")

RULE = ("Comment se forme le verdict : il vient uniquement des carnets complets. Les questions "
        "du diagnostic ne comptent ni dans les scores des domaines, ni dans la moyenne, ni dans "
        "le verdict. Pour un domaine dont le carnet complet n'est pas encore commencé, le "
        "rapport montre l'estimation du diagnostic, signalée comme telle, à la place d'un "
        "score ; ses questions non tentées comptent 0 dans le verdict, comme partout, jusqu'à "
        "ce que vous fassiez le carnet.")

MARK = "estimation du diagnostic, {n} question{s}"


def is_diagnostic(result: QuestionResult) -> bool:
    """A result of the diagnostic (its notebook lies in ``00_diagnostic/``)."""
    return result.notebook.replace("\\", "/").startswith(DIAGNOSTIC + "/")


def estimate(points: float, max_points: float, attempted: bool) -> str:
    """The estimate of one domain from its diagnostic points.

    All the points: « semble acquis » (to confirm); at least two thirds:
    « fragile »; less: « à revoir ». Nothing answered: « non tenté ».
    """
    if not attempted or max_points <= 0:
        return UNTRIED
    if points >= max_points - 1e-9:
        return ACQUIRED
    if points >= 2 * max_points / 3 - 1e-9:
        return FRAGILE
    return REVISE


@dataclass
class MissedSkill:
    """A skill the diagnostic's question missed, and where to read about it."""

    id: str
    label: str
    refresher: str
    """Refresher notebook and section (``catalogue.refresher_link``)."""


@dataclass
class DiagnosticDomain:
    """What the diagnostic says about one domain."""

    id: str
    label: str
    points: float
    max_points: float
    questions: int
    """Number of diagnostic questions of the domain (three)."""
    estimate: str
    """``semble_acquis``, ``fragile``, ``a_revoir`` or ``non_tente``."""
    estimate_label: str
    mark: str
    """« estimation du diagnostic, 3 questions »: how to mark the estimate wherever shown."""
    full_started: bool
    """At least one question of the domain's full notebooks attempted: the
    domain then has a score of its own and the estimate is only a reminder."""
    notebooks: List[str] = field(default_factory=list)
    """The domain's full notebooks (paths in the workspace), in course order."""
    refresher: str = ""
    missed: List[MissedSkill] = field(default_factory=list)


@dataclass
class PlanStep:
    """One step of the plan: a full notebook to do, and what to read first."""

    domain: str
    label: str
    estimate: str
    estimate_label: str
    points: float
    max_points: float
    notebooks: List[str]
    """Full notebooks of the domain to do (workspace paths); empty if the course has none yet."""
    read: List[MissedSkill]
    """Refresher sections to read first: the skills the diagnostic missed."""
    refresher: str


@dataclass
class Diagnostic:
    """The diagnostic section of a report (only when the diagnostic was attempted)."""

    domains: List[DiagnosticDomain]
    plan: List[PlanStep]
    warning: str = WARNING
    rule: str = RULE

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Diagnostic":
        domains = [DiagnosticDomain(**{**d, "missed": [MissedSkill(**m) for m in d["missed"]]})
                   for d in data["domains"]]
        plan = [PlanStep(**{**p, "read": [MissedSkill(**m) for m in p["read"]]})
                for p in data["plan"]]
        return cls(domains=domains, plan=plan, warning=data.get("warning", WARNING),
                   rule=data.get("rule", RULE))

    def domain(self, domain_id: str) -> Optional[DiagnosticDomain]:
        return next((d for d in self.domains if d.id == domain_id), None)

    def estimated(self, domain_id: str) -> Optional[DiagnosticDomain]:
        """The diagnostic's estimate to show *instead of* a score: the domain's
        full notebook is not started and the diagnostic tried it."""
        d = self.domain(domain_id)
        return d if d is not None and not d.full_started and d.estimate != UNTRIED else None


def build_diagnostic(questions: List[QuestionResult]) -> Optional[Diagnostic]:
    """The diagnostic section, or None when no diagnostic question was attempted."""
    diag = [q for q in questions if is_diagnostic(q)]
    if not any(q.status != NOT_ATTEMPTED for q in diag):
        return None
    full = [q for q in questions if not is_diagnostic(q)]
    domains: List[DiagnosticDomain] = []
    for domain in DOMAINS:
        mine = [q for q in diag if q.domain == domain.id]
        if not mine:
            continue
        points = sum(q.points for q in mine)
        max_points = sum(q.max_points for q in mine)
        attempted = any(q.status != NOT_ATTEMPTED for q in mine)
        kind = estimate(points, max_points, attempted)
        missed: List[MissedSkill] = []
        for q in mine:
            if q.status != PASSED and q.skill not in {m.id for m in missed}:
                skill = SKILLS_BY_ID[q.skill]
                missed.append(MissedSkill(skill.id, skill.label, refresher_link(skill)))
        theirs = [q for q in full if q.domain == domain.id]
        domains.append(DiagnosticDomain(
            id=domain.id, label=domain.label, points=points, max_points=max_points,
            questions=len(mine), estimate=kind, estimate_label=ESTIMATE_LABELS[kind],
            mark=MARK.format(n=len(mine), s="s" if len(mine) > 1 else ""),
            full_started=any(q.status != NOT_ATTEMPTED for q in theirs),
            notebooks=list(dict.fromkeys("workspace/" + q.notebook for q in theirs)),
            refresher=domain.refresher, missed=missed,
        ))
    return Diagnostic(domains=domains, plan=plan_of(domains))


def plan_of(domains: List[DiagnosticDomain]) -> List[PlanStep]:
    """The full notebooks not started yet, weakest domain of the diagnostic first.

    Order: share of the diagnostic's points (lowest first; a domain not tried
    at the diagnostic counts as none, after the tried ones with the same
    share), then the catalogue's order.
    """
    order = {d.id: i for i, d in enumerate(DOMAINS)}
    todo = [d for d in domains if not d.full_started]
    todo.sort(key=lambda d: (d.points / d.max_points if d.max_points else 0.0,
                             d.estimate == UNTRIED, order[d.id]))
    return [PlanStep(domain=d.id, label=d.label, estimate=d.estimate,
                     estimate_label=d.estimate_label, points=d.points,
                     max_points=d.max_points, notebooks=list(d.notebooks),
                     read=list(d.missed), refresher=d.refresher) for d in todo]
