"""The readiness model: from graded questions to scores and a verdict."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import List, Optional

from .catalogue import DOMAINS, SKILLS, refresher_link
from .diagnostic import build_diagnostic, is_diagnostic
from .policy import VERDICT_LABELS, ReadinessPolicy
from .results import PASSED, DomainScore, QuestionResult, Report, SkillScore


def percent(points: float, max_points: float) -> float:
    return round(100.0 * points / max_points, 1) if max_points else 0.0


def build_report(
    questions: List[QuestionResult],
    policy: Optional[ReadinessPolicy] = None,
    previous: Optional[dict] = None,
) -> Report:
    """Compute skill, domain and overall scores and the verdict.

    The diagnostic's questions (``00_diagnostic/``) never count in a score or
    in the verdict: they make the report's ``diagnostic`` section
    (:func:`~.diagnostic.build_diagnostic`) and are listed with the others.

    Parameters
    ----------
    questions : list of QuestionResult
        One result per question of the course (not attempted ones included).
    policy : ReadinessPolicy, optional
        Thresholds and weights; the defaults when omitted.
    previous : dict, optional
        Summary of the previous attempt, kept in the report to show progress.
    """
    policy = policy or ReadinessPolicy()
    full = [q for q in questions if not is_diagnostic(q)]
    domains: List[DomainScore] = []
    for domain in DOMAINS:
        skills = []
        for skill in (s for s in SKILLS if s.domain == domain.id):
            mine = [q for q in full if q.skill == skill.id]
            if not mine:
                continue
            points = sum(q.points for q in mine)
            max_points = sum(q.max_points for q in mine)
            skills.append(SkillScore(
                id=skill.id,
                label=skill.label,
                domain=domain.id,
                score=percent(points, max_points),
                points=points,
                max_points=max_points,
                refresher=refresher_link(skill),
                missed=[q.grade_id for q in mine if q.status != PASSED],
            ))
        points = sum(s.points for s in skills)
        max_points = sum(s.max_points for s in skills)
        assessed = max_points > 0
        domains.append(DomainScore(
            id=domain.id,
            label=domain.label,
            assessed=assessed,
            score=percent(points, max_points) if assessed else None,
            points=points,
            max_points=max_points,
            refresher=domain.refresher,
            skills=skills,
        ))

    scores = {d.id: d.score for d in domains if d.assessed}
    verdict = policy.verdict(scores)
    all_skills = [s for d in domains for s in d.skills]
    weakest = sorted(
        (s for s in all_skills if s.score < policy.domain_threshold),
        key=lambda s: (s.score, -s.max_points),
    )
    return Report(
        overall=round(policy.overall(scores), 1),
        verdict=verdict,
        verdict_label=VERDICT_LABELS[verdict],
        domains=domains,
        questions=questions,
        weakest_skills=[s.id for s in weakest],
        thresholds={
            "domain": policy.domain_threshold,
            "overall": policy.overall_threshold,
            "almost_margin": policy.almost_margin,
        },
        created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        previous=previous,
        diagnostic=build_diagnostic(questions),
    )
