"""The readiness report as text for the terminal (French)."""

from __future__ import annotations

import textwrap
from typing import List

from ..model.results import NOT_ATTEMPTED, PASSED, STATUS_LABELS, Report

WIDTH = 52


def bar(score: float, width: int = 20) -> str:
    filled = int(round(score / 100 * width))
    return "█" * filled + "░" * (width - filled)


def _pts(x: float) -> str:
    return f"{x:g}"


def progress_lines(report: Report) -> List[str]:
    prev = report.previous
    if not prev:
        return ["Première tentative enregistrée : relancez après vos révisions pour voir vos progrès."]
    delta = report.overall - prev["overall"]
    lines = [f"Progrès depuis la tentative du {prev['created'][:16].replace('T', ' ')} : "
             f"moyenne {prev['overall']:g} → {report.overall:g} ({delta:+.1f})"]
    for d in report.domains:
        before = prev.get("domains", {}).get(d.id)
        if d.assessed and before is not None and before != d.score:
            lines.append(f"  {d.label} : {before:g} → {d.score:g} ({d.score - before:+.1f})")
    return lines


def scope(report: Report) -> str:
    """Which domains the average covers, so that the verdict never claims more:
    « sur les 5 domaines évalués (3 autres pas encore évalués) »."""
    assessed = sum(d.assessed for d in report.domains)
    others = len(report.domains) - assessed
    covered = "sur le seul domaine évalué" if assessed == 1 else f"sur les {assessed} domaines évalués"
    if others:
        covered += f" ({others} autre{'s' if others > 1 else ''} pas encore évalué{'s' if others > 1 else ''})"
    return covered


def format_score(x: float) -> str:
    """A score or a number of points written the French way: ``1,4``, ``50``."""
    return f"{x:g}".replace(".", ",")


def grouped(questions) -> List[tuple]:
    """Consecutive questions of one notebook with the same status and message,
    as ``(status, notebook, [grade_ids], message)``: a notebook that could not
    be graded is reported once, not once per question."""
    groups: List[tuple] = []
    for q in questions:
        if groups and groups[-1][0] == q.status and groups[-1][1] == q.notebook \
                and groups[-1][3] == q.message:
            groups[-1][2].append(q.grade_id)
        else:
            groups.append((q.status, q.notebook, [q.grade_id], q.message))
    return groups


def estimated(report: Report, domain_id: str):
    """The diagnostic's estimate shown instead of a score for a domain whose
    full notebook is not started (None otherwise, or without a diagnostic)."""
    return report.diagnostic.estimated(domain_id) if report.diagnostic else None


def estimate_text(d) -> str:
    """``fragile, à consolider (2/3 — estimation du diagnostic, 3 questions)``: the
    points out of three and the mark, never a score out of 100."""
    return f"{d.estimate_label} ({_pts(d.points)}/{_pts(d.max_points)} — {d.mark})"


def to_revise(report: Report):
    """The skills to revise first; with a diagnostic, those of the domains whose
    full notebook is started (the others are in the diagnostic's plan)."""
    return [s for s in report.weakest() if estimated(report, s.domain) is None]


def diagnostic_lines(report: Report) -> List[str]:
    """The diagnostic's own section: points out of three and the estimate per
    domain, the warning, how the verdict is made, and the plan."""
    diag = report.diagnostic
    if diag is None:
        return []
    title = "Diagnostic (00_diagnostic) : une estimation, pas un verdict"
    out = [title, "-" * len(title)]
    out += textwrap.wrap(diag.warning, WIDTH + 40)
    out.append("")
    for d in diag.domains:
        out.append(f"  {d.label:<{WIDTH - 12}} {_pts(d.points):>2}/{_pts(d.max_points):<2} "
                   f"{d.estimate_label}")
    out += [""] + textwrap.wrap(diag.rule, WIDTH + 40)
    out.append("")
    if not diag.plan:
        out.append("Plan : tous les carnets complets sont commencés ; suivez « À revoir en "
                   "priorité » ci-dessous.")
        return out
    out.append("Plan conseillé (les domaines les plus faibles au diagnostic d'abord) :")
    for i, step in enumerate(diag.plan, 1):
        out.append(f"{i:>2}. {step.label} — diagnostic {_pts(step.points)}/"
                   f"{_pts(step.max_points)}, {step.estimate_label}")
        for m in step.read:
            out.append(f"    à lire d'abord : {m.refresher} ({m.label})")
        if step.notebooks:
            verb = "puis faire" if step.read else "faire"
            out.append(f"    {verb} le carnet complet : {', '.join(step.notebooks)}")
        else:
            out.append(f"    pas encore de carnet complet : rappels {step.refresher}")
    return out


def render(report: Report) -> str:
    """Render the report: verdict, table per domain and skill, what to revise."""
    t = report.thresholds
    out = [
        "Rapport de préparation aux masters Big Data",
        "=" * 44,
        f"Verdict : {report.verdict_label} — moyenne {format_score(report.overall)}/100 {scope(report)}",
        f"(prêt·e = chaque domaine ≥ {t['domain']:g}/100 et moyenne ≥ {t['overall']:g}/100 ; "
        f"presque = à moins de {t['almost_margin']:g} points)",
        "",
        f"{'Domaine / compétence':<{WIDTH}} {'score':>7} {'points':>9}",
        "-" * (WIDTH + 40),
    ]
    not_assessed = []
    for d in report.domains:
        if not d.assessed:
            not_assessed.append(d.label)
            continue
        guess = estimated(report, d.id)
        if guess is not None:
            out.append(f"{d.label:<{WIDTH}} carnet pas commencé (compte 0 dans le verdict)")
            out.append(f"  {guess.mark} : {_pts(guess.points)}/{_pts(guess.max_points)}, "
                       f"{guess.estimate_label}")
            continue
        out.append(f"{d.label:<{WIDTH}} {d.score:>5g}/100 {_pts(d.points):>4}/{_pts(d.max_points):<4} {bar(d.score)}")
        for s in d.skills:
            out.append(f"  {s.label:<{WIDTH - 2}} {s.score:>5g}/100 {_pts(s.points):>4}/{_pts(s.max_points):<4} {bar(s.score, 10)}")
    if not_assessed:
        out += ["", "Pas encore évalués (aucune question dans le cours pour l'instant, "
                "ils ne comptent pas dans la moyenne) :", "  " + ", ".join(not_assessed)]
    out += [""] + progress_lines(report)
    if report.diagnostic is not None:
        out += [""] + diagnostic_lines(report)

    revise = to_revise(report)
    if revise:
        out += ["", "À revoir en priorité (compétences les plus faibles d'abord) :"]
        for i, s in enumerate(revise, 1):
            out.append(f"{i:>2}. {s.label} ({s.score:g}/100) — rappels : {s.refresher}")
            out.append(f"    questions manquées : {', '.join(s.missed)}")

    problems = [q for q in report.questions if q.status not in (PASSED, NOT_ATTEMPTED)]
    untouched = [q for q in report.questions if q.status == NOT_ATTEMPTED]
    if problems:
        out += ["", "Questions à corriger :"]
        for status, notebook, grade_ids, message in grouped(problems):
            out.append(f"  [{STATUS_LABELS[status]}] {notebook} · {', '.join(grade_ids)}")
            out.append(f"      {message}")
    if untouched:
        notebooks = sorted({q.notebook for q in untouched})
        out += ["", f"Questions non tentées : {len(untouched)} (dans {', '.join(notebooks)})"]
    passed = sum(q.status == PASSED for q in report.questions)
    out += ["", f"{passed}/{len(report.questions)} questions réussies."]
    return "\n".join(out)
