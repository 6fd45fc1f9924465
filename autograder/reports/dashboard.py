"""The readiness dashboard shown in ``notebooks/00_tableau_de_bord.ipynb``.

Grading runs ``readiness score`` in a separate process (the notebook's kernel
never forks) and follows its progress lines to move the progress bar.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from html import escape
from pathlib import Path
from typing import Dict, Optional

from .html import diagnostic_html
from .text import format_score, progress_lines, scope, to_revise
from .titles import notebook_label, question_titles
from ..model.results import NOT_ATTEMPTED, PASSED, STATUS_LABELS, Report
from ..front.api import find_course_root
from ..front.workspace import LAST_REPORT, STATE_DIR

PROGRESS_PREFIX = "progress:"


def report_from_dict(data: dict) -> Report:
    """Rebuild a :class:`Report` from its JSON form."""
    from ..model.results import DomainScore, QuestionResult, SkillScore

    domains = []
    for d in data["domains"]:
        skills = [SkillScore(**s) for s in d["skills"]]
        domains.append(DomainScore(**{**d, "skills": skills}))
    from ..model.diagnostic import Diagnostic

    questions = [QuestionResult(**q) for q in data["questions"]]
    diagnostic = data.get("diagnostic")
    return Report(**{**data, "domains": domains, "questions": questions,
                     "diagnostic": Diagnostic.from_dict(diagnostic) if diagnostic else None})


def last_report(workspace: Path) -> Report | None:
    path = Path(workspace) / STATE_DIR / LAST_REPORT
    if not path.exists():
        return None
    return report_from_dict(json.loads(path.read_text(encoding="utf-8")))


def is_fresh(report: Report) -> bool:
    """Nothing attempted yet: every question untouched."""
    return all(q.status == NOT_ATTEMPTED for q in report.questions)


def weakest_html(report: Report, link_base: str = "", titles: Optional[Dict[str, str]] = None) -> str:
    """What to do next, as HTML: on a fresh workspace, where to begin; else the
    skills to revise, weakest first, with their refresher section and the
    questions they missed (title and notebook)."""
    titles = titles or {}
    if is_fresh(report):
        first = report.questions[0].notebook if report.questions else ""
        return ("<h3>Pour commencer</h3><p>Aucune réponse pour l'instant : commencez par "
                f"<b>{escape(notebook_label(first))}</b> (dans <code>workspace/</code>), "
                "répondez à quelques questions, exécutez leurs tests, puis cliquez de nouveau "
                "sur « Évaluer mon niveau ».</p>")
    revise = to_revise(report)
    if not revise:
        if report.weakest_skills:  # all in domains not started: the diagnostic's plan says what to do
            return ""
        return "<p>Aucune compétence sous le seuil : bravo !</p>"
    notebooks = {q.grade_id: q.notebook for q in report.questions}
    items = []
    for s in revise:
        missed = "".join(
            f"<li>{escape(titles.get(gid, gid))} <small>({escape(notebook_label(notebooks.get(gid, '')))})"
            "</small></li>" for gid in s.missed)
        items.append(
            f"<li><b>{escape(s.label)}</b> ({s.score:g}/100) — "
            f"<a href='{escape(link_base + s.refresher)}' target='_self'>ouvrir les rappels</a>"
            + (f"<ul>{missed}</ul>" if missed else "") + "</li>")
    return "<h3>À revoir en priorité</h3><ol>" + "".join(items) + "</ol>"


def messages_html(report: Report, titles: Optional[Dict[str, str]] = None) -> str:
    """The French message of every question to fix, grouped by notebook."""
    titles = titles or {}
    problems = [q for q in report.questions if q.status not in (PASSED, NOT_ATTEMPTED)]
    if not problems:
        return ""
    rows = []
    for q in problems:
        rows.append(
            f"<tr><td>{escape(titles.get(q.grade_id, q.grade_id))}<br><small>"
            f"{escape(notebook_label(q.notebook))}</small></td>"
            f"<td>{escape(STATUS_LABELS[q.status])}</td>"
            f"<td style='white-space:normal'>{escape(q.message)}</td></tr>")
    return ("<h3>Questions à corriger</h3><table class='readiness-messages'>"
            "<tr><th>Question</th><th>État</th><th>Ce que dit le test</th></tr>"
            + "".join(rows) + "</table>")


class Dashboard:
    """A button, a progress bar and the report: verdict, chart, what to revise
    and the message of every question to fix.

    The last report (if any) is shown at once, and every grading replaces it.
    """

    def __init__(self, workspace: Path, link_base: str = "../", course_root: Optional[Path] = None):
        import ipywidgets as widgets

        self.workspace = Path(workspace)
        self.link_base = link_base
        self.titles = question_titles(course_root or find_course_root())
        self.button = widgets.Button(description="Évaluer mon niveau", icon="check",
                                     button_style="primary", tooltip="Corriger tout workspace/",
                                     layout=widgets.Layout(width="auto", min_width="14em"))
        self.bar = widgets.IntProgress(value=0, min=0, max=1, description="Correction")
        self.status = widgets.HTML()
        self.output = widgets.Output()
        self.button.on_click(lambda _: self.run())
        self.widget = widgets.VBox([widgets.HBox([self.button, self.bar]), self.status, self.output])

    def show(self, report: Report) -> None:
        """Display ``report`` in the output area: chart, progress, skills to revise."""
        import base64

        from IPython.display import HTML, Image

        from .charts import chart_png_base64

        # Set the outputs directly (not `with self.output:`), which works from
        # a button callback and outside a kernel alike.
        self.output.outputs = ()
        self.output.append_display_data(Image(data=base64.b64decode(chart_png_base64(report))))
        self.output.append_display_data(
            HTML("<p>" + "<br>".join(escape(x) for x in progress_lines(report)) + "</p>"))
        diagnostic = diagnostic_html(report, self.link, level=3)
        if diagnostic:
            self.output.append_display_data(HTML(diagnostic))
        next_steps = weakest_html(report, self.link_base, self.titles)
        if next_steps:
            self.output.append_display_data(HTML(next_steps))
        messages = messages_html(report, self.titles)
        if messages:
            self.output.append_display_data(HTML(messages))

    def link(self, path: str) -> str:
        """A course path (``notebooks/…``, ``workspace/…``) as a link from the dashboard."""
        return f"<a href='{escape(self.link_base + path)}' target='_self'>{escape(path)}</a>"

    def show_last(self) -> Optional[Report]:
        """Show the last report of the workspace, or say there is none yet."""
        report = last_report(self.workspace)
        if report is None:
            self.status.value = "Pas encore de correction : cliquez sur « Évaluer mon niveau »."
        else:
            self.status.value = self.verdict(report) + " <small>(dernière correction)</small>"
            self.show(report)
        return report

    @staticmethod
    def verdict(report: Report) -> str:
        return (f"Verdict : <b>{escape(report.verdict_label)}</b> — moyenne "
                f"{format_score(report.overall)}/100 {escape(scope(report))}")

    def run(self) -> Report | None:
        """Grade the workspace in a subprocess and show the report."""
        self.button.disabled = True
        self.bar.value = 0
        self.status.value = "Correction en cours…"
        try:
            with tempfile.TemporaryDirectory() as tmp:
                out = Path(tmp) / "rapport.json"
                proc = subprocess.Popen(
                    [sys.executable, "-m", "autograder", "score", "--quiet", "--progress-lines",
                     "--workspace", str(self.workspace), "--json", str(out)],
                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                errors = []
                for line in proc.stderr:
                    if line.startswith(PROGRESS_PREFIX):
                        done, total = line[len(PROGRESS_PREFIX):].split()[0].split("/")
                        self.bar.max, self.bar.value = int(total), int(done)
                    else:
                        errors.append(line.rstrip())
                if proc.wait() != 0 or not out.exists():
                    self.status.value = f"<b>Échec :</b> {escape(' '.join(errors[-2:]))}"
                    return None
                report = report_from_dict(json.loads(out.read_text(encoding="utf-8")))
        finally:
            self.button.disabled = False
        self.status.value = self.verdict(report)
        self.show(report)
        return report
