"""The class report as HTML (self-contained, for a projector), CSV and JSON (French)."""

from __future__ import annotations

import base64
import csv
import io
import json
import math
from html import escape
from typing import List, Optional

from ..model.catalogue import DOMAINS_BY_ID, SKILLS_BY_ID
from ..model.class_stats import FLAG_LABELS, ClassReport
from ..model.diagnostic import ESTIMATE_LABELS
from ..model.policy import ALMOST, NOT_READY, READY, VERDICT_LABELS

DASH = "—"
SHORT = {"python": "Python", "unix": "Unix", "sql": "SQL", "algebre": "Algèbre",
         "analyse": "Analyse", "optimisation": "Optim.", "probabilites": "Proba.",
         "statistique": "Stat."}
"""Column headers of the students' table: it must fit a projected screen."""
VERDICT_COLORS = {READY: "#2e7d32", ALMOST: "#f9a825", NOT_READY: "#c62828"}

STYLE = """
body{font-family:system-ui,sans-serif;max-width:72em;margin:1.5em auto;padding:0 1em;color:#222;
font-size:18px;line-height:1.4}
h1{font-size:1.7em} h2{font-size:1.35em;margin-top:1.6em;border-bottom:2px solid #ddd}
table{border-collapse:collapse;width:100%;margin:.8em 0} td,th{border-bottom:1px solid #ddd;
padding:.3em .5em;text-align:left;vertical-align:top} td.num,th.num{text-align:right;white-space:nowrap}
img{max-width:100%} .flag{color:#c62828;font-weight:bold} .note{background:#fff8e1;padding:.5em 1em}
.cards{display:flex;gap:1em;flex-wrap:wrap} .card{padding:.6em 1.2em;border-radius:.4em;font-size:1.2em}
.ready{background:#e8f5e9}.almost{background:#fff8e1}.not_ready{background:#ffebee}
.msg{font-size:.85em;color:#444} td.v{white-space:nowrap} code{background:#f4f4f4;padding:0 .2em;overflow-wrap:anywhere}
"""


def fmt(value, digits: int = 2, percent: bool = False) -> str:
    """A number for display; « — » for a missing one (None or nan)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return DASH
    if percent:
        return f"{100 * value:.0f} %"
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:.0f}"
    return text.replace("-", "−") if text.startswith("-") else text


def domain_label(domain: str) -> str:
    return DOMAINS_BY_ID[domain].label if domain in DOMAINS_BY_ID else domain


def skill_label(skill: str) -> str:
    return SKILLS_BY_ID[skill].label if skill in SKILLS_BY_ID else skill


# ------------------------------------------------------------------ charts

def _figure(width: float, height: float):
    import matplotlib

    if matplotlib.get_backend().lower() not in ("agg", "module://matplotlib_inline.backend_inline"):
        matplotlib.use("Agg")
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _png(fig) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def distribution_chart(report: ClassReport):
    """Box plot of each assessed domain's scores, every student as a dot."""
    import numpy as np

    domains = [d for d in report.domains if d.assessed]
    fig = _figure(10, 0.7 * max(len(domains), 1) + 1.4)
    ax = fig.subplots()
    if not domains:
        ax.text(0.5, 0.5, "Aucun domaine évalué", ha="center", va="center", fontsize=16)
        ax.set_axis_off()
        return fig
    data = [[s for s in d.scores if not math.isnan(s)] for d in domains][::-1]
    ax.boxplot(data, orientation="horizontal", widths=0.6, showfliers=False,
               medianprops={"color": "#1565c0", "linewidth": 2})
    rng = np.random.default_rng(0)  # jitter only: the same picture every time
    for y, values in enumerate(data, start=1):
        ax.scatter(values, y + rng.uniform(-0.18, 0.18, len(values)), s=18, alpha=0.6,
                   color="#333333", zorder=3)
    ax.axvline(report.thresholds["domain"], color="#c62828", linestyle="--", linewidth=1.5)
    ax.set_yticks(range(1, len(domains) + 1), [d.label for d in domains][::-1], fontsize=12)
    ax.set_xlim(-2, 102)
    ax.set_xlabel("score sur 100 (tirets rouges : seuil par domaine)", fontsize=12)
    ax.set_title("Répartition des scores par domaine", fontsize=14)
    return fig


def heatmap_chart(report: ClassReport):
    """Students (rows, best overall first) × skills (columns, best mastered
    first): the weak corner is bottom right."""
    import numpy as np

    rows, skills, matrix = report.heatmap()
    fig = _figure(min(4 + 0.32 * len(skills), 16), min(2.5 + 0.28 * len(rows), 30))
    ax = fig.subplots()
    if not rows or not skills:
        ax.text(0.5, 0.5, "Pas de données", ha="center", va="center", fontsize=16)
        ax.set_axis_off()
        return fig
    import matplotlib

    cmap = matplotlib.colormaps["RdYlGn"].with_extremes(bad="#dddddd")
    image = ax.imshow(np.ma.masked_invalid(matrix), cmap=cmap, vmin=0, vmax=100, aspect="auto",
                      interpolation="nearest")
    names = {s.id: s.name for s in report.students}
    ax.set_yticks(range(len(rows)), [names[r] for r in rows], fontsize=9)
    ax.set_xticks(range(len(skills)), [_short(skill_label(k)) for k in skills], rotation=60,
                  ha="right", fontsize=8)
    fig.colorbar(image, ax=ax, label="score de la compétence (sur 100)", shrink=0.6)
    ax.set_title("Étudiant·es (meilleure moyenne en haut) × compétences (mieux maîtrisées "
                 "à gauche)", fontsize=12)
    return fig


def verdict_chart(report: ClassReport):
    """One horizontal stacked bar: shares ready / almost / not ready."""
    fig = _figure(10, 1.0)
    ax = fig.subplots()
    total = sum(report.verdicts.values())
    left = 0.0
    for verdict in (READY, ALMOST, NOT_READY):
        count = report.verdicts.get(verdict, 0)
        share = count / total if total else 0.0
        if share:
            ax.barh(0, share, left=left, color=VERDICT_COLORS[verdict])
            ax.text(left + share / 2, 0, f"{VERDICT_LABELS[verdict]}\n{count} ({share:.0%})",
                    ha="center", va="center", fontsize=11,
                    color="white" if verdict != ALMOST else "black")
        left += share
    ax.set_xlim(0, 1)
    ax.set_axis_off()
    return fig


def _short(text: str, width: int = 38) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


# -------------------------------------------------------------------- HTML

def render_class_html(report: ClassReport, title: str = "Rapport de classe") -> str:
    """The whole report as one HTML page, plots embedded as PNG (no server,
    no network)."""
    t = report.thresholds
    n = len(report.students)
    parts = [
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>{escape(title)} — prérequis des masters Big Data</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>{escape(title)} — prérequis des masters Big Data</h1>",
        (f"<p><b id='class-size'>{n}</b> étudiant·e(s). Prêt·e = chaque domaine évalué ≥ "
         f"{t['domain']:g}/100 et moyenne ≥ {t['overall']:g}/100 ; presque prêt·e = à moins "
         f"de {t['almost_margin']:g} points de ces seuils.</p>"),
    ]
    for note in report.notes[:12]:
        parts.append(f"<p class='note'>{escape(note)}</p>")
    if len(report.notes) > 12:
        parts.append(f"<p class='note'>… et {len(report.notes) - 12} autre(s) remarque(s).</p>")
    if n == 0:
        parts.append("<p>Rien à montrer : lancez d'abord <code>readiness class grade</code>.</p>"
                     "</body></html>")
        return "\n".join(parts)

    parts.append("<h2>Qui est prêt·e ?</h2><div class='cards'>")
    for verdict in (READY, ALMOST, NOT_READY):
        count = report.verdicts.get(verdict, 0)
        parts.append(f"<div class='card {verdict}' id='verdict-{verdict}'>"
                     f"{escape(VERDICT_LABELS[verdict])} : <b>{count}</b> "
                     f"({fmt(count / n, percent=True)})</div>")
    parts.append("</div>")
    parts.append(_img(verdict_chart(report), "Part de la classe prête, presque prête, pas prête"))

    parts.append("<h2>À reprendre en priorité</h2>"
                 "<p>Les cinq compétences les moins maîtrisées (score moyen des étudiant·es qui "
                 "ont rendu le devoir) et la section de rappels à projeter.</p><table id='reteach'>"
                 "<tr><th>Compétence</th><th>Domaine</th><th class='num'>Maîtrise</th>"
                 "<th class='num'>Sous le seuil</th><th>Rappels à projeter</th></tr>")
    for s in report.reteach():
        parts.append(f"<tr><td>{escape(s.label)}</td><td>{escape(domain_label(s.domain))}</td>"
                     f"<td class='num'>{fmt(s.mastery, 0)}/100</td>"
                     f"<td class='num'>{fmt(s.weak_share, percent=True)}</td>"
                     f"<td><code>{escape(s.refresher)}</code></td></tr>")
    parts.append("</table>")

    parts.append("<h2>Domaines</h2>")
    parts.append(_img(distribution_chart(report), "Répartition des scores par domaine"))
    parts.append("<table id='domains'><tr><th>Domaine</th><th class='num'>Copies</th>"
                 "<th class='num'>Questions</th><th class='num'>Moyenne</th>"
                 "<th class='num'>Au-dessus du seuil</th><th class='num'>α de Cronbach</th></tr>")
    for d in report.domains:
        parts.append(f"<tr><td>{escape(d.label)}</td><td class='num'>{d.n}</td>"
                     f"<td class='num'>{d.n_items}</td><td class='num'>{fmt(d.mean, 1)}</td>"
                     f"<td class='num'>{fmt(d.ready_share, percent=True)}</td>"
                     f"<td class='num'>{fmt(d.alpha)}</td></tr>")
    parts.append("</table><p class='msg'>α de Cronbach : cohérence interne des questions d'un "
                 "domaine (0,7 ou plus : elles mesurent bien la même chose).</p>")

    parts.append(diagnostic_html(report))
    parts.append("<h2>Étudiant·es × compétences</h2>")
    parts.append(_img(heatmap_chart(report), "Carte des scores par étudiant·e et compétence"))

    parts.append("<h2>Étudiant·es</h2><table id='students'><tr><th>Étudiant·e</th><th>Verdict</th>"
                 "<th class='num'>Moyenne</th>")
    domains = [d for d in report.domains]
    for d in domains:
        parts.append(f"<th class='num' title='{escape(d.label)}'>"
                     f"{escape(SHORT.get(d.id, d.label))}</th>")
    parts.append("<th>À revoir d'abord</th></tr>")
    for s in report.students:
        parts.append(f"<tr><td>{escape(s.name)}</td><td class='v {s.verdict}'>"
                     f"{escape(s.verdict_label)}</td><td class='num'>{fmt(s.overall, 1)}</td>")
        for d in domains:
            parts.append(f"<td class='num'>{fmt(s.domains.get(d.id), 1)}</td>")
        weakest = ", ".join(skill_label(k) for k in s.weakest_skills[:2])
        parts.append(f"<td class='msg'>{escape(weakest) or DASH}</td></tr>")
    parts.append("</table>")

    parts.append("<h2>Analyse des questions</h2><p>Difficulté : part des copies avec tous les "
                 "points (plus c'est haut, plus c'est facile). Discrimination : corrélation "
                 "point-bisériale entre « tous les points » et le reste du score du domaine. "
                 "Indice haut-bas : difficulté chez les 27 % meilleur·es moins chez les 27 % "
                 "plus faibles. Signalées : trop facile (&gt; 0,9), trop difficile (&lt; 0,2), "
                 "discrimination négative (question ou test sans doute à revoir).</p>"
                 "<table id='items'><tr><th>Question</th><th class='num'>n</th>"
                 "<th class='num'>Difficulté</th><th class='num'>Discrim.</th>"
                 "<th class='num'>Haut-bas</th><th class='num'>Non tentée</th>"
                 "<th>Retours les plus fréquents</th></tr>")
    for i in report.items:
        flags = "".join(f"<br><span class='flag'>{escape(FLAG_LABELS[f])}</span>" for f in i.flags)
        messages = "<br>".join(f"{c} × {escape(_short(m, 140))}" for m, c in i.top_messages)
        parts.append(f"<tr><td><code>{escape(i.grade_id)}</code>{flags}</td>"
                     f"<td class='num'>{i.n}</td><td class='num'>{fmt(i.difficulty)}</td>"
                     f"<td class='num'>{fmt(i.discrimination)}</td>"
                     f"<td class='num'>{fmt(i.upper_lower)}</td>"
                     f"<td class='num'>{fmt(i.not_attempted, percent=True)}</td>"
                     f"<td class='msg'>{messages or DASH}</td></tr>")
    parts.append("</table>")

    if report.groups is not None:
        names = {s.id: s.name for s in report.students}
        parts.append("<h2>Groupes d'entraide</h2><table id='groups'><tr><th>Groupe</th>"
                     "<th>Membres</th><th>Pourquoi</th></tr>")
        for k, g in enumerate(report.groups, start=1):
            parts.append(f"<tr><td class='num'>{k}</td>"
                         f"<td>{escape(', '.join(names.get(m, m) for m in g.members))}</td>"
                         f"<td>{'<br>'.join(escape(r) for r in g.reasons)}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


DIAGNOSTIC_NOTE = ("Trois questions par domaine ne donnent qu'une estimation grossière par "
                   "étudiant·e : le diagnostic n'entre ni dans les scores des domaines, ni "
                   "dans les verdicts, ni dans l'analyse des questions ci-dessous.")


def diagnostic_html(report: ClassReport) -> str:
    """Per domain: copies of the diagnostic, mean points out of three and how
    many students get each estimate. Empty when nobody handed it in."""
    if not report.diagnostic:
        return ""
    parts = ["<h2>Diagnostic (00_diagnostic)</h2>", f"<p class='msg'>{escape(DIAGNOSTIC_NOTE)}</p>",
             "<table id='diagnostic'><tr><th>Domaine</th><th class='num'>Copies</th>"
             "<th class='num'>Points moyens</th>"
             + "".join(f"<th class='num'>{escape(label)}</th>" for label in ESTIMATE_LABELS.values())
             + "</tr>"]
    for d in report.diagnostic:
        parts.append(f"<tr><td>{escape(d['label'])}</td><td class='num'>{d['n']}</td>"
                     f"<td class='num'>{fmt(d['mean_points'], 1)}/{fmt(d['max_points'], 0)}</td>"
                     + "".join(f"<td class='num'>{d['estimates'].get(k, 0)}</td>"
                               for k in ESTIMATE_LABELS) + "</tr>")
    parts.append("</table>")
    return "\n".join(parts)


def _img(fig, alt: str) -> str:
    return f"<img alt='{escape(alt)}' src='data:image/png;base64,{_png(fig)}'>"


# --------------------------------------------------------------- CSV, JSON

def render_csv(report: ClassReport) -> str:
    """One row per student, one column per domain of the catalogue (its id),
    empty where not assessed. Written as UTF-8 with a byte order mark so that
    spreadsheets show the accents; numbers with a dot."""
    domains = list(DOMAINS_BY_ID)  # every domain, always in the same order
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["id", "nom", "verdict", "moyenne"] + domains + ["competences_a_revoir"])
    for s in report.students:
        writer.writerow([s.id, s.name, s.verdict_label, _cell(s.overall)]
                        + [_cell(s.domains.get(d)) for d in domains]
                        + ["; ".join(skill_label(k) for k in s.weakest_skills)])
    return out.getvalue()


def _cell(value: Optional[float]) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{value:g}"


def render_json(report: ClassReport) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=1)


def summary_lines(report: ClassReport, items: int = 5) -> List[str]:
    """A short text summary for the terminal."""
    n = len(report.students)
    lines = [f"Classe : {n} étudiant·e(s) — "
             + ", ".join(f"{VERDICT_LABELS[v].lower()} : {report.verdicts.get(v, 0)}"
                         for v in (READY, ALMOST, NOT_READY))]
    lines += [f"  {note}" for note in report.notes[:10]]
    for d in report.domains:
        if d.assessed:
            lines.append(f"  {d.label} : moyenne {fmt(d.mean, 0)}/100, "
                         f"{fmt(d.ready_share, percent=True)} au-dessus du seuil, "
                         f"α de Cronbach {fmt(d.alpha)} ({d.n} copie(s), {d.n_items} questions)")
    if report.diagnostic:
        lines.append("Diagnostic (points moyens, estimation grossière, hors verdicts) : "
                     + ", ".join(f"{SHORT.get(d['id'], d['label'])} "
                                 f"{fmt(d['mean_points'], 1)}/{fmt(d['max_points'], 0)}"
                                 for d in report.diagnostic))
    reteach = report.reteach()
    if reteach:
        lines.append("À reprendre en priorité :")
        lines += [f"  {fmt(s.mastery, 0):>3}/100  {s.label} ({s.refresher})" for s in reteach]
    flagged = report.flagged()
    if flagged:
        lines.append(f"Questions signalées ({len(flagged)}) :")
        lines += [f"  {i.grade_id} : {', '.join(FLAG_LABELS[f] for f in i.flags)} "
                  f"(difficulté {fmt(i.difficulty)}, discrimination {fmt(i.discrimination)})"
                  for i in flagged[:items]]
        if len(flagged) > items:
            lines.append(f"  … et {len(flagged) - items} autre(s) (voir le rapport HTML).")
    return lines
