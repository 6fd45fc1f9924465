"""The readiness report as one self-contained HTML page (French)."""

from __future__ import annotations

from datetime import datetime
from html import escape

from .charts import chart_png_base64
from typing import Callable

from .text import estimate_text, estimated, format_score as num, progress_lines, scope, to_revise
from .titles import question_titles
from ..model.results import PASSED, STATUS_LABELS, Report

STYLE = """
body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em} .verdict{font-size:1.3em;padding:.5em 1em;border-radius:.4em;display:inline-block}
.ready{background:#e8f5e9}.almost{background:#fff8e1}.not_ready{background:#ffebee}
table{border-collapse:collapse;width:100%;margin:1em 0;table-layout:fixed} td,th{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left}
td.num{text-align:right;white-space:nowrap} .passed{color:#2e7d32}.failed,.error,.timeout{color:#c62828}.not_attempted{color:#777}
img{max-width:100%} code{background:#f4f4f4;padding:0 .2em;overflow-wrap:anywhere}
td{overflow-wrap:anywhere;vertical-align:top} table.questions col.q{width:24%} table.questions col.p{width:6em}
table.questions col.s{width:7em} .file{color:#555;font-size:.9em}
"""

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")


def french_date(iso: str) -> str:
    """``2026-11-26T08:25:00+00:00`` → ``26 novembre 2026 à 08:25``."""
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{when.day} {MONTHS[when.month - 1]} {when.year} à {when:%H:%M}"


def notebook_link(path: str, lab_url: str) -> str:
    """A workspace notebook: a link that opens it in JupyterLab when the lab's
    address is known, else its name (a browser shows a raw .ipynb as JSON)."""
    if lab_url:
        return f"<a href='{escape(lab_url + path)}'>{escape(path)}</a>"
    return f"<span class='file'>{escape(path)}</span>"


def diagnostic_html(report: Report, link: Callable[[str], str], level: int = 2) -> str:
    """The diagnostic's own section: points out of three and the estimate per
    domain (no score out of 100), the warning, how the verdict is made, and the
    plan. ``link(path)`` turns a course path into HTML (a link or a name).
    Empty without an attempted diagnostic."""
    diag = report.diagnostic
    if diag is None:
        return ""
    h, h2 = f"h{level}", f"h{level + 1}"
    parts = [f"<{h}>Diagnostic : une estimation, pas un verdict</{h}>",
             f"<p class='diag-warning'><b>{escape(diag.warning)}</b></p>",
             "<table class='diagnostic'><tr><th>Domaine</th><th>Diagnostic</th>"
             "<th>Ce que cela suggère</th><th>Questions manquées portant sur</th></tr>"]
    for d in diag.domains:
        parts.append(f"<tr><td>{escape(d.label)}</td><td class='num'>"
                     f"{num(d.points)}/{num(d.max_points)}</td><td>{escape(d.estimate_label)}</td>"
                     f"<td>{escape(', '.join(m.label for m in d.missed))}</td></tr>")
    parts.append(f"</table><p>{escape(diag.rule)}</p>")
    if not diag.plan:
        parts.append("<p>Plan : tous les carnets complets sont commencés ; suivez « À revoir "
                     "en priorité ».</p>")
        return "\n".join(parts)
    parts.append(f"<{h2}>Plan conseillé</{h2}><p>Les domaines les plus faibles au diagnostic "
                 "d'abord : lisez les rappels des compétences manquées, puis faites le carnet "
                 "complet, qui seul donne un score.</p><ol class='plan'>")
    for step in diag.plan:
        items = [f"<li>lire d'abord : {link(m.refresher)} ({escape(m.label)})</li>"
                 for m in step.read]
        if step.notebooks:
            items.append(f"<li>{'puis faire' if step.read else 'faire'} le carnet complet : "
                         + ", ".join(link(n) for n in step.notebooks) + "</li>")
        else:
            items.append(f"<li>pas encore de carnet complet : rappels {link(step.refresher)}</li>")
        parts.append(f"<li><b>{escape(step.label)}</b> — diagnostic {num(step.points)}/"
                     f"{num(step.max_points)}, {escape(step.estimate_label)}<ul>"
                     + "".join(items) + "</ul></li>")
    parts.append("</ol>")
    return "\n".join(parts)


def render_html(report: Report, link_base: str = "", lab_url: str = "",
                titles: dict | None = None) -> str:
    """Render the report.

    Notebooks (refreshers, exercises) are links into JupyterLab when
    ``lab_url`` is given (e.g. ``http://localhost:8888/lab/tree/``, followed
    by a path from the course folder), else their paths from the course
    folder: a browser shows a raw ``.ipynb`` file as JSON. ``link_base`` is
    kept for callers of the former signature. ``titles`` maps a question's
    grade_id to its heading (read from ``release/`` when not given).
    """
    if titles is None:
        from ..front.api import find_course_root

        titles = question_titles(find_course_root())
    t = report.thresholds
    parts = [
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>Rapport de préparation — masters Big Data</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>Rapport de préparation aux masters Big Data</h1>",
        f"<p class='verdict {escape(report.verdict)}'>Verdict : <b>{escape(report.verdict_label)}</b>"
        f" — moyenne {num(report.overall)}/100 {escape(scope(report))}</p>",
        f"<p>Prêt·e = chaque domaine évalué ≥ {t['domain']:g}/100 et moyenne ≥ {t['overall']:g}/100 ; "
        f"presque prêt·e = à moins de {t['almost_margin']:g} points de ces seuils. "
        f"Correction du {escape(french_date(report.created))}.</p>",
        f"<img alt='Scores par domaine' src='data:image/png;base64,{chart_png_base64(report)}'>",
        "<p>" + "<br>".join(escape(line) for line in progress_lines(report)) + "</p>",
    ]
    parts.append(diagnostic_html(report, lambda path: notebook_link(path, lab_url)))
    revise = to_revise(report)
    if revise:
        parts.append("<h2>À revoir en priorité</h2><table><tr><th>Compétence</th><th>Score</th>"
                     "<th>Rappels à ouvrir</th><th>Questions manquées</th></tr>")
        for s in revise:
            parts.append(
                f"<tr><td>{escape(s.label)}</td><td class='num'>{num(s.score)}/100</td>"
                f"<td>{notebook_link(s.refresher, lab_url)}</td>"
                f"<td>{escape(', '.join(titles.get(g, g) for g in s.missed))}</td></tr>")
        parts.append("</table>")
    parts.append("<h2>Scores par domaine et compétence</h2><table>"
                 "<tr><th>Domaine / compétence</th><th>Score</th><th>Points</th></tr>")
    for d in report.domains:
        if not d.assessed:
            parts.append(f"<tr><td><b>{escape(d.label)}</b></td><td colspan='2'>"
                         "non évalué (pas encore de questions dans le cours)</td></tr>")
            continue
        guess = estimated(report, d.id)
        if guess is not None:
            parts.append(f"<tr><td><b>{escape(d.label)}</b></td><td colspan='2'>carnet pas "
                         f"commencé (compte 0 dans le verdict) ; {escape(estimate_text(guess))}"
                         "</td></tr>")
            continue
        parts.append(f"<tr><td><b>{escape(d.label)}</b></td><td class='num'>{num(d.score)}/100</td>"
                     f"<td class='num'>{num(d.points)}/{num(d.max_points)}</td></tr>")
        for s in d.skills:
            parts.append(f"<tr><td>&nbsp;&nbsp;{escape(s.label)}</td><td class='num'>{num(s.score)}/100</td>"
                         f"<td class='num'>{num(s.points)}/{num(s.max_points)}</td></tr>")
    parts.append("</table><h2>Détail des questions</h2><table class='questions'>"
                 "<col class='q'><col class='p'><col class='s'><col>"
                 "<tr><th>Question</th><th>Points</th><th>État</th><th>Retour</th></tr>")
    for q in report.questions:
        parts.append(
            f"<tr><td>{escape(titles.get(q.grade_id, q.grade_id))}<br>"
            f"{notebook_link('workspace/' + q.notebook, lab_url)}</td>"
            f"<td class='num'>{num(q.points)}/{num(q.max_points)}</td>"
            f"<td class='{escape(q.status)}'>{escape(STATUS_LABELS[q.status])}</td>"
            f"<td>{'' if q.status == PASSED else escape(q.message)}</td></tr>")
    parts.append("</table></body></html>")
    return "\n".join(parts)
