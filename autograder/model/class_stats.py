"""Statistics of a whole class: readiness per student, item analysis, class view.

Pure functions on plain data: the class's results come from the
``.readiness/class_state.json`` that ``readiness class grade`` writes (read
by :func:`read_state`), the students from the gradebook, the questions from
``source/``. Nothing here reads a file.

Who counts where
----------------
*Readiness* (per student, verdict, domain scores, shares of the class) counts
every student of the class: a question the student did not hand in scores
zero, exactly as in the candidate's own report (:func:`build_report`).

*Item analysis* (difficulty, discrimination, alpha, skill mastery) is computed
on the students who *took* the domain's assignment: those with at least one
notebook of it graded (even if unreadable, which scores zero). A student who
handed in nothing for an assignment tells nothing about its questions, and
counting them as zeros would make every question look harder and more
discriminating than it is. A domain is *assessed* in the class report when at
least one student took its assignment; an assignment nobody handed in is left
out of the verdicts (noted in ``notes``) and its questions have no statistics.

Missing statistics (no student, no variance) are ``nan`` here, ``null`` in
JSON and « — » in HTML.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

import numpy as np

from .catalogue import DIAGNOSTIC, DOMAINS, SKILLS, domain_of_assignment, refresher_link
from .diagnostic import ESTIMATE_LABELS, estimate
from .course import Question
from .policy import ALMOST, NOT_READY, READY, ReadinessPolicy
from .readiness import build_report
from .results import NOT_ATTEMPTED, QuestionResult

NAN = float("nan")

# Notebook statuses written by ``readiness class grade``.
TAKEN_STATUSES = ("graded", "unchanged", "unreadable")
"""A notebook with one of these statuses was handed in and scored; ``missing``
(not handed in) and ``failed`` (nbgrader could not record it: a grading
problem, not the student's answer) are not."""

TOO_EASY, TOO_HARD, NEGATIVE = "too_easy", "too_hard", "negative_discrimination"
EASY_ABOVE, HARD_BELOW = 0.9, 0.2
"""Flags: difficulty above 0.9 (nearly everyone succeeds: tells little) or
below 0.2 (nearly nobody does: too hard, or a problem in the statement or the
test); any negative discrimination (the strongest students fail it more
often than the weakest: a sign the question or its test is wrong)."""
UPPER_LOWER_SHARE = 0.27
"""Kelley's 27 %: the upper and lower groups of the upper-lower index."""
TOP_MESSAGES = 3
RETEACH = 5


# --------------------------------------------------------------------- input

@dataclass
class ClassResults:
    """The class's graded questions, as read from the class state."""

    students: List[str]
    """Every student: the gradebook's and those with graded copies, sorted."""
    questions: List[Question]
    """The course's questions of the selected assignments, in course order."""
    results: Dict[str, Dict[str, QuestionResult]]
    """Per student, per grade_id: the results of the notebooks they handed in."""
    taken: Dict[str, Set[str]]
    """Per student: the assignments they took (see the module docstring)."""
    names: Dict[str, str] = field(default_factory=dict)
    """Display names (``first last`` from the gradebook), by id; the id when absent."""

    @property
    def assignments(self) -> List[str]:
        """Selected assignments, in course order."""
        return list(dict.fromkeys(q.assignment for q in self.questions))

    @property
    def assessed_assignments(self) -> List[str]:
        """Selected assignments that at least one student took."""
        took = set().union(*self.taken.values()) if self.taken else set()
        return [a for a in self.assignments if a in took]

    def name(self, student: str) -> str:
        return self.names.get(student) or student


def read_state(state: dict, questions: Sequence[Question], students: Iterable[str] = (),
               assignments: Iterable[str] = (), names: Optional[Dict[str, str]] = None
               ) -> ClassResults:
    """Turn ``class_state.json`` into :class:`ClassResults`.

    Parameters
    ----------
    state : dict
        ``{"<student>/<assignment>": {"key", "notebooks": [{"id", "assignment",
        "notebook", "status", "questions": [{"grade_id", "points", "status",
        "message", ...}]}]}}``.
    questions : sequence of Question
        The course's questions (``Course.load(root).questions``): the
        authority for skills, domains and maximum points; results of
        questions no longer in the course are ignored.
    students : iterable of str
        Students of the gradebook; those without any copy are included with
        nothing handed in.
    assignments : iterable of str
        Assignments to report on (default: all of the course).
    """
    wanted = set(assignments)
    selected = [q for q in questions if not wanted or q.assignment in wanted]
    by_id = {q.grade_id: q for q in selected}
    everyone: Set[str] = set(students)
    results: Dict[str, Dict[str, QuestionResult]] = {}
    taken: Dict[str, Set[str]] = {}
    for entry in (state or {}).values():
        for nb in (entry or {}).get("notebooks", []) or []:
            student, assignment = nb.get("id"), nb.get("assignment")
            if not student:
                continue
            everyone.add(student)
            if wanted and assignment not in wanted:
                continue
            if nb.get("status") not in TAKEN_STATUSES:
                continue
            taken.setdefault(student, set()).add(assignment)
            mine = results.setdefault(student, {})
            for r in nb.get("questions", []) or []:
                q = by_id.get(r.get("grade_id"))
                if q is None:
                    continue
                points = _number(r.get("points"))
                mine[q.grade_id] = QuestionResult(
                    domain=q.domain, skill=q.skill, grade_id=q.grade_id, notebook=q.path,
                    points=min(max(points, 0.0), q.max_points), max_points=q.max_points,
                    status=r.get("status") or NOT_ATTEMPTED, message=r.get("message") or "")
    ordered = sorted(everyone)
    return ClassResults(ordered, selected, results, {s: taken.get(s, set()) for s in ordered},
                        dict(names or {}))


def _number(value) -> float:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return 0.0
    return value if math.isfinite(value) else 0.0


# -------------------------------------------------------------- statistics

def is_full(result: QuestionResult) -> bool:
    """Full marks: all the question's points (a 0-point question never is)."""
    return result.max_points > 0 and result.points >= result.max_points - 1e-9


def difficulty(full: Sequence[float]) -> float:
    """Difficulty index p: the share of students with full marks.

    ``p = (number of students with full marks) / n``; higher means easier.
    ``nan`` when ``n = 0``.
    """
    x = np.asarray(full, dtype=float)
    return float(x.mean()) if x.size else NAN


def point_biserial(item: Sequence[float], rest: Sequence[float]) -> float:
    """Point-biserial correlation of a 0/1 item with the rest score.

    The Pearson correlation of ``x`` (1 = full marks on the item, else 0) and
    ``y`` (the student's points in the item's domain *without this item*, so
    the item does not correlate with itself)::

        r = (M1 - M0) / s_y * sqrt(p (1 - p))

    with ``M1``, ``M0`` the mean rest score of the students with and without
    full marks, ``p`` the item's difficulty and ``s_y`` the (population)
    standard deviation of the rest score. Near 0: the item does not separate
    strong from weak students (answered at random, or testing something
    else); negative: the stronger fail it more often (a sign of a wrong
    question or test). ``nan`` with fewer than two students or when either
    variable is constant.
    """
    x = np.asarray(item, dtype=float)
    y = np.asarray(rest, dtype=float)
    if x.size < 2 or np.ptp(x) == 0 or np.ptp(y) < 1e-12:
        return NAN
    p = x.mean()
    m1, m0 = y[x == 1].mean(), y[x == 0].mean()
    return float((m1 - m0) / y.std() * math.sqrt(p * (1 - p)))


def upper_lower(item: Sequence[float], total: Sequence[float],
                share: float = UPPER_LOWER_SHARE) -> float:
    """Upper-lower discrimination index ``D = p_upper - p_lower``.

    Students are ranked by their domain score (``total``; ties keep the order
    given, which is the order of the ids); the upper and lower groups are the
    ``k = round(0.27 n)`` best and worst (Kelley's 27 %); ``p_upper`` and
    ``p_lower`` are the item's difficulty in each group. From -1 to 1; 0.3 or
    more is usually read as a good item. ``nan`` when ``k = 0`` (fewer than two
    students).
    """
    x = np.asarray(item, dtype=float)
    y = np.asarray(total, dtype=float)
    k = math.floor(share * x.size + 0.5)
    if k < 1 or x.size < 2:
        return NAN
    order = np.argsort(-y, kind="stable")
    return float(x[order[:k]].mean() - x[order[::-1][:k]].mean())


def cronbach_alpha(scores: np.ndarray) -> float:
    """Cronbach's alpha of the items of a domain.

    ``scores`` is an ``n × k`` array (students × items) of points. ::

        alpha = k / (k - 1) * (1 - sum_i var(item_i) / var(total))

    with population variances and ``total`` the row sums. Internal
    consistency: do the domain's questions measure the same ability? 0.7 or
    more is the usual mark for a test used to make decisions about people.
    ``nan`` with fewer than two items or students, or a constant total.
    """
    scores = np.asarray(scores, dtype=float)
    if scores.ndim != 2 or scores.shape[0] < 2 or scores.shape[1] < 2:
        return NAN
    total_var = scores.sum(axis=1).var()
    if total_var < 1e-12:
        return NAN
    k = scores.shape[1]
    return float(k / (k - 1) * (1 - scores.var(axis=0).sum() / total_var))


def _mean(values: Iterable[float]) -> float:
    values = [v for v in values if v is not None and not math.isnan(v)]
    return float(np.mean(values)) if values else NAN


# ------------------------------------------------------------------ output

@dataclass
class StudentRow:
    """One student's readiness, with the same policy as the candidate report."""

    id: str
    name: str
    overall: float
    """Weighted average of the assessed domains, 0 to 100."""
    verdict: str
    verdict_label: str
    domains: Dict[str, Optional[float]]
    """Score per domain of the catalogue (0-100), None when not assessed in this report."""
    skills: Dict[str, float]
    """Score per skill of the assessed domains (0-100)."""
    weakest_skills: List[str]
    """Skills below the domain threshold, weakest first (as the candidate report)."""
    submitted: List[str]
    """Assignments the student took."""


@dataclass
class ItemStats:
    """Classical test theory statistics of one question (see the functions)."""

    grade_id: str
    assignment: str
    notebook: str
    domain: str
    skill: str
    max_points: float
    n: int
    """Students who took the assignment (the item's population)."""
    difficulty: float
    """Share with full marks (:func:`difficulty`)."""
    discrimination: float
    """Point-biserial correlation with the rest of the domain (:func:`point_biserial`)."""
    upper_lower: float
    """Difficulty in the upper 27 % minus in the lower 27 % (:func:`upper_lower`)."""
    not_attempted: float
    """Share of the population that left it unanswered (or did not hand in its notebook)."""
    mean_score: float
    """Mean share of the points, 0 to 1."""
    top_messages: List[Tuple[str, int]]
    """Most frequent feedback messages of the students without full marks, with counts."""
    flags: List[str]
    """``too_easy``, ``too_hard``, ``negative_discrimination``."""


@dataclass
class DomainStats:
    """The class in one domain."""

    id: str
    label: str
    assessed: bool
    """At least one student took the domain's assignment."""
    n: int
    """Students who took the assignment."""
    n_items: int
    alpha: float
    """Cronbach's alpha of its items (:func:`cronbach_alpha`), on the students who took it."""
    mean: float
    """Mean domain score of the whole class (0-100, zeros for what was not handed in)."""
    ready_share: float
    """Share of the class at or above the domain threshold."""
    scores: List[float]
    """Every student's domain score, in the order of ``ClassReport.students``."""


@dataclass
class SkillStats:
    """How well the class masters one skill."""

    id: str
    label: str
    domain: str
    mastery: float
    """Mean skill score (0-100) of the students who took the assignment."""
    weak_share: float
    """Share of them below the domain threshold on this skill."""
    refresher: str
    """Refresher notebook and section to project (``catalogue.refresher_link``)."""


@dataclass
class ClassReport:
    """Everything the class report shows."""

    students: List[StudentRow]
    """Best overall score first (ties by id)."""
    items: List[ItemStats]
    domains: List[DomainStats]
    skills: List[SkillStats]
    """Skills of the assessed domains, best mastered first."""
    verdicts: Dict[str, int]
    """Number of students per verdict (``ready``, ``almost``, ``not_ready``)."""
    thresholds: dict
    notes: List[str]
    """French remarks on missing data (assignment nobody handed in, …)."""
    groups: Optional[list] = None
    """Peer groups (:mod:`autograder.model.peer_groups`), when asked for."""
    diagnostic: Optional[List[dict]] = None
    """When students handed in the diagnostic: per domain ``{"id", "label", "n",
    "mean_points", "max_points", "estimates": {estimate: count}}`` over those
    students (:func:`diagnostic_summary`). Never part of a domain's statistics."""

    def reteach(self, count: int = RETEACH) -> List[SkillStats]:
        """The skills to re-teach first: lowest class mastery first."""
        known = [s for s in self.skills if not math.isnan(s.mastery)]
        return sorted(known, key=lambda s: (s.mastery, -s.weak_share, s.id))[:count]

    def flagged(self) -> List[ItemStats]:
        return [i for i in self.items if i.flags]

    def heatmap(self) -> Tuple[List[str], List[str], np.ndarray]:
        """Students (best overall first) × skills (best mastered first) scores,
        ``nan`` where a skill is not assessed: rows, columns, matrix."""
        skills = [s.id for s in self.skills]
        rows = [s.id for s in self.students]
        matrix = np.array([[s.skills.get(k, NAN) for k in skills] for s in self.students],
                          dtype=float).reshape(len(rows), len(skills))
        return rows, skills, matrix

    def to_dict(self) -> dict:
        """Plain data for JSON: ``nan`` becomes None."""
        from dataclasses import asdict

        data = {
            "students": [asdict(s) for s in self.students],
            "items": [{**asdict(i), "top_messages": [{"message": m, "count": c}
                                                     for m, c in i.top_messages]}
                      for i in self.items],
            "domains": [{k: v for k, v in asdict(d).items()} for d in self.domains],
            "skills": [asdict(s) for s in self.skills],
            "reteach": [s.id for s in self.reteach()],
            "verdicts": dict(self.verdicts),
            "thresholds": dict(self.thresholds),
            "notes": list(self.notes),
            "diagnostic": self.diagnostic,
        }
        if self.groups is not None:
            data["groups"] = [g.to_dict() for g in self.groups]
        return _no_nan(data)


def _no_nan(value):
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 4)
    if isinstance(value, dict):
        return {k: _no_nan(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_no_nan(v) for v in value]
    return value


# ---------------------------------------------------------------- analysis

def analyse_class(data: ClassResults, policy: Optional[ReadinessPolicy] = None) -> ClassReport:
    """Readiness per student, item analysis and class view (see the module docstring)."""
    policy = policy or ReadinessPolicy()
    assessed = set(data.assessed_assignments)
    questions = [q for q in data.questions if q.assignment in assessed]
    notes = []
    for assignment in data.assignments:
        if assignment not in assessed and assignment != DIAGNOSTIC:
            domain = domain_of_assignment(assignment)
            label = domain.label if domain else assignment
            notes.append(f"Devoir {assignment} : aucune copie corrigée, le domaine « {label} » "
                         "n'entre pas dans les verdicts.")
    if not data.students:
        notes.append("Aucun·e étudiant·e : ni carnet de notes ni copie corrigée.")
    for student in data.students:
        if not data.taken.get(student) and assessed:
            notes.append(f"{data.name(student)} n'a rendu aucune copie : zéro partout.")

    # Per student: the candidate's own report on every question (zeros when not handed in).
    rows: List[StudentRow] = []
    full_results: Dict[str, Dict[str, QuestionResult]] = {}
    for student in data.students:
        mine = data.results.get(student, {})
        results = [mine.get(q.grade_id) or QuestionResult(
            domain=q.domain, skill=q.skill, grade_id=q.grade_id, notebook=q.path, points=0.0,
            max_points=q.max_points, status=NOT_ATTEMPTED, message="") for q in questions]
        full_results[student] = {r.grade_id: r for r in results}
        report = build_report(results, policy)
        rows.append(StudentRow(
            id=student, name=data.name(student), overall=report.overall,
            verdict=report.verdict, verdict_label=report.verdict_label,
            domains={d.id: d.score for d in report.domains},
            skills={s.id: s.score for d in report.domains for s in d.skills},
            weakest_skills=list(report.weakest_skills),
            submitted=[a for a in data.assignments if a in data.taken.get(student, set())],
        ))
    rows.sort(key=lambda r: (-r.overall, r.id))
    order = [r.id for r in rows]

    items: List[ItemStats] = []
    domains: List[DomainStats] = []
    skills: List[SkillStats] = []
    for domain in DOMAINS:
        # The diagnostic's questions carry their skill's domain but are not the
        # domain's assignment: they never enter its statistics.
        mine_q = [q for q in data.questions
                  if q.domain == domain.id and q.assignment != DIAGNOSTIC]
        if not mine_q:
            continue
        is_assessed = domain.assignment in assessed
        population = [s for s in order if domain.assignment in data.taken.get(s, set())]
        points = np.array([[full_results[s][q.grade_id].points if is_assessed else 0.0
                            for q in mine_q] for s in population], dtype=float
                          ).reshape(len(population), len(mine_q))
        full = np.array([[1.0 if is_assessed and is_full(full_results[s][q.grade_id]) else 0.0
                          for q in mine_q] for s in population], dtype=float
                        ).reshape(len(population), len(mine_q))
        total = points.sum(axis=1)
        for j, q in enumerate(mine_q):
            n = len(population)
            res = [full_results[s][q.grade_id] for s in population] if is_assessed else []
            messages = Counter(r.message.strip() for r in res
                               if not is_full(r) and r.message and r.message.strip())
            item = ItemStats(
                grade_id=q.grade_id, assignment=q.assignment, notebook=q.notebook,
                domain=q.domain, skill=q.skill, max_points=q.max_points, n=n,
                difficulty=difficulty(full[:, j]),
                discrimination=point_biserial(full[:, j], total - points[:, j]),
                upper_lower=upper_lower(full[:, j], total),
                not_attempted=(sum(r.status == NOT_ATTEMPTED for r in res) / n) if n else NAN,
                mean_score=(float(points[:, j].mean()) / q.max_points
                            if n and q.max_points else NAN),
                top_messages=sorted(messages.items(), key=lambda mc: (-mc[1], mc[0]))[:TOP_MESSAGES],
                flags=[],
            )
            if item.difficulty > EASY_ABOVE:
                item.flags.append(TOO_EASY)
            if item.difficulty < HARD_BELOW:
                item.flags.append(TOO_HARD)
            if item.discrimination < 0:
                item.flags.append(NEGATIVE)
            items.append(item)
        scores = [r.domains.get(domain.id) for r in rows]
        known = [s for s in scores if s is not None]
        domains.append(DomainStats(
            id=domain.id, label=domain.label, assessed=is_assessed, n=len(population),
            n_items=len(mine_q), alpha=cronbach_alpha(points) if is_assessed else NAN,
            mean=_mean(known) if is_assessed else NAN,
            ready_share=(sum(s >= policy.domain_threshold for s in known) / len(known)
                         if is_assessed and known else NAN),
            scores=[s if s is not None else NAN for s in scores],
        ))
        if not is_assessed:
            continue
        by_id = {r.id: r for r in rows}
        for skill in (s for s in SKILLS if s.domain == domain.id):
            if not any(q.skill == skill.id for q in mine_q):
                continue
            values = [by_id[s].skills.get(skill.id, NAN) for s in population]
            known_v = [v for v in values if not math.isnan(v)]
            skills.append(SkillStats(
                id=skill.id, label=skill.label, domain=domain.id, mastery=_mean(known_v),
                weak_share=(sum(v < policy.domain_threshold for v in known_v) / len(known_v)
                            if known_v else NAN),
                refresher=refresher_link(skill)))
    skills.sort(key=lambda s: (-s.mastery if not math.isnan(s.mastery) else math.inf, s.id))
    verdicts = Counter(r.verdict for r in rows)
    return ClassReport(
        students=rows, items=items, domains=domains, skills=skills,
        verdicts={v: verdicts.get(v, 0) for v in (READY, ALMOST, NOT_READY)},
        thresholds={"domain": policy.domain_threshold, "overall": policy.overall_threshold,
                    "almost_margin": policy.almost_margin},
        notes=notes,
        diagnostic=diagnostic_summary(data, full_results) if DIAGNOSTIC in assessed else None)


def diagnostic_summary(data: ClassResults, results: Dict[str, Dict[str, QuestionResult]]
                       ) -> List[dict]:
    """Per domain, the diagnostic's points out of three of the students who
    handed it in: their mean, and how many get each estimate
    (:func:`autograder.model.diagnostic.estimate`)."""
    takers = [s for s in data.students if DIAGNOSTIC in data.taken.get(s, set())]
    rows = []
    for domain in DOMAINS:
        mine = [q for q in data.questions if q.assignment == DIAGNOSTIC and q.domain == domain.id]
        if not mine:
            continue
        max_points = sum(q.max_points for q in mine)
        counts = {kind: 0 for kind in ESTIMATE_LABELS}
        points = []
        for student in takers:
            got = [results[student][q.grade_id] for q in mine]
            total = sum(r.points for r in got)
            points.append(total)
            counts[estimate(total, max_points, any(r.status != NOT_ATTEMPTED for r in got))] += 1
        rows.append({"id": domain.id, "label": domain.label, "n": len(takers),
                     "mean_points": _mean(points), "max_points": max_points,
                     "estimates": counts})
    return rows


FLAG_LABELS = {
    TOO_EASY: "trop facile",
    TOO_HARD: "trop difficile",
    NEGATIVE: "discrimination négative",
}
