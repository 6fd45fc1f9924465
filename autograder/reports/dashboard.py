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

from .text import progress_lines, scope
from ..model.results import Report
from ..front.workspace import LAST_REPORT, STATE_DIR

PROGRESS_PREFIX = "progress:"


def report_from_dict(data: dict) -> Report:
    """Rebuild a :class:`Report` from its JSON form."""
    from ..model.results import DomainScore, QuestionResult, SkillScore

    domains = []
    for d in data["domains"]:
        skills = [SkillScore(**s) for s in d["skills"]]
        domains.append(DomainScore(**{**d, "skills": skills}))
    questions = [QuestionResult(**q) for q in data["questions"]]
    return Report(**{**data, "domains": domains, "questions": questions})


def last_report(workspace: Path) -> Report | None:
    path = Path(workspace) / STATE_DIR / LAST_REPORT
    if not path.exists():
        return None
    return report_from_dict(json.loads(path.read_text(encoding="utf-8")))


def weakest_html(report: Report, link_base: str = "") -> str:
    """The skills to revise, weakest first, as an HTML list."""
    if not report.weakest_skills:
        return "<p>Aucune compétence sous le seuil : bravo !</p>"
    items = []
    for s in report.weakest():
        items.append(
            f"<li><b>{escape(s.label)}</b> ({s.score:g}/100) — "
            f"<a href='{escape(link_base + s.refresher)}'>rappels</a> ; "
            f"questions manquées : {escape(', '.join(s.missed))}</li>")
    return "<h3>À revoir en priorité</h3><ol>" + "".join(items) + "</ol>"


class Dashboard:
    """A button, a progress bar and the report (chart and skills to revise)."""

    def __init__(self, workspace: Path, link_base: str = "../"):
        import ipywidgets as widgets

        self.workspace = Path(workspace)
        self.link_base = link_base
        self.button = widgets.Button(description="Évaluer mon niveau", icon="check",
                                     button_style="primary")
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
        self.output.append_display_data(HTML(weakest_html(report, self.link_base)))

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
        self.status.value = (f"Verdict : <b>{escape(report.verdict_label)}</b> — moyenne "
                             f"{report.overall:g}/100 ({escape(scope(report))})")
        self.show(report)
        return report
