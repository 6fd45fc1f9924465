"""The readiness report as one self-contained HTML page (French)."""

from __future__ import annotations

from html import escape

from .charts import chart_png_base64
from .text import progress_lines, scope
from ..model.results import PASSED, STATUS_LABELS, Report

STYLE = """
body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em} .verdict{font-size:1.3em;padding:.5em 1em;border-radius:.4em;display:inline-block}
.ready{background:#e8f5e9}.almost{background:#fff8e1}.not_ready{background:#ffebee}
table{border-collapse:collapse;width:100%;margin:1em 0} td,th{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left}
td.num{text-align:right;white-space:nowrap} .passed{color:#2e7d32}.failed,.error,.timeout{color:#c62828}.not_attempted{color:#777}
img{max-width:100%} code{background:#f4f4f4;padding:0 .2em}
"""


def render_html(report: Report, link_base: str = "") -> str:
    """Render the report; refresher links are ``link_base + path#anchor``."""
    t = report.thresholds
    parts = [
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>Rapport de préparation — masters Big Data</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>Rapport de préparation aux masters Big Data</h1>",
        f"<p class='verdict {escape(report.verdict)}'>Verdict : <b>{escape(report.verdict_label)}</b>"
        f" — moyenne {report.overall:g}/100 ({escape(scope(report))})</p>",
        f"<p>Prêt·e = chaque domaine évalué ≥ {t['domain']:g}/100 et moyenne ≥ {t['overall']:g}/100 ; "
        f"presque prêt·e = à moins de {t['almost_margin']:g} points de ces seuils. "
        f"Correction du {escape(report.created)}.</p>",
        f"<img alt='Scores par domaine' src='data:image/png;base64,{chart_png_base64(report)}'>",
        "<p>" + "<br>".join(escape(line) for line in progress_lines(report)) + "</p>",
    ]
    if report.weakest_skills:
        parts.append("<h2>À revoir en priorité</h2><table><tr><th>Compétence</th><th>Score</th>"
                     "<th>Rappels à ouvrir</th><th>Questions manquées</th></tr>")
        for s in report.weakest():
            parts.append(
                f"<tr><td>{escape(s.label)}</td><td class='num'>{s.score:g}/100</td>"
                f"<td><a href='{escape(link_base + s.refresher)}'>{escape(s.refresher)}</a></td>"
                f"<td>{escape(', '.join(s.missed))}</td></tr>")
        parts.append("</table>")
    parts.append("<h2>Scores par domaine et compétence</h2><table>"
                 "<tr><th>Domaine / compétence</th><th>Score</th><th>Points</th></tr>")
    for d in report.domains:
        if not d.assessed:
            parts.append(f"<tr><td><b>{escape(d.label)}</b></td><td colspan='2'>"
                         "non évalué (pas encore de questions dans le cours)</td></tr>")
            continue
        parts.append(f"<tr><td><b>{escape(d.label)}</b></td><td class='num'>{d.score:g}/100</td>"
                     f"<td class='num'>{d.points:g}/{d.max_points:g}</td></tr>")
        for s in d.skills:
            parts.append(f"<tr><td>&nbsp;&nbsp;{escape(s.label)}</td><td class='num'>{s.score:g}/100</td>"
                         f"<td class='num'>{s.points:g}/{s.max_points:g}</td></tr>")
    parts.append("</table><h2>Détail des questions</h2><table><tr><th>Question</th><th>Notebook</th>"
                 "<th>Points</th><th>État</th><th>Retour</th></tr>")
    for q in report.questions:
        parts.append(
            f"<tr><td><code>{escape(q.grade_id)}</code></td><td>{escape(q.notebook)}</td>"
            f"<td class='num'>{q.points:g}/{q.max_points:g}</td>"
            f"<td class='{escape(q.status)}'>{escape(STATUS_LABELS[q.status])}</td>"
            f"<td>{'' if q.status == PASSED else escape(q.message)}</td></tr>")
    parts.append("</table></body></html>")
    return "\n".join(parts)
