"""The chart of the domains, shared by the HTML report and the dashboard."""

from __future__ import annotations

import base64
import io

from ..model.results import Report


def domain_chart(report: Report):
    """Horizontal bars of the domain scores, with the threshold line.

    Domains the course does not assess yet appear as hatched grey bars
    labelled "non évalué", never as zero; so do, with the diagnostic's
    estimate, the domains whose full notebook is not started when the
    diagnostic was attempted (they still count zero in the verdict, which
    the title's average shows).
    """
    import matplotlib

    if matplotlib.get_backend().lower() not in ("agg", "module://matplotlib_inline.backend_inline"):
        matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7, 0.45 * len(report.domains) + 1.2), layout="constrained")
    ax = fig.subplots()
    labels = [d.label for d in report.domains][::-1]
    domains = report.domains[::-1]
    diagnostic = report.diagnostic
    for y, d in enumerate(domains):
        guess = diagnostic.estimated(d.id) if diagnostic is not None else None
        if guess is not None:  # no score yet: the diagnostic's estimate, marked as such
            ax.barh(y, 100, color="#eeeeee", hatch="//", edgecolor="#bbbbbb")
            ax.text(2, y, f"pas commencé — diagnostic {guess.points:g}/{guess.max_points:g} : "
                    f"{guess.estimate_label}", va="center", fontsize=8, color="#444444",
                    zorder=4, bbox={"facecolor": "white", "edgecolor": "none", "alpha": 1.0,
                                    "pad": 1})
        elif d.assessed:
            color = "#2e7d32" if d.score >= report.thresholds["domain"] else "#c62828"
            ax.barh(y, d.score, color=color)
            ax.text(min(d.score + 1, 88), y, f"{d.score:g}", va="center", fontsize=9)
        else:
            ax.barh(y, 100, color="#eeeeee", hatch="//", edgecolor="#bbbbbb")
            ax.text(2, y, "non évalué", va="center", fontsize=9, color="#666666")
    ax.axvline(report.thresholds["domain"], color="#333333", linestyle="--", linewidth=1)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlim(0, 100)
    ax.set_xlabel("score sur 100 (trait : seuil par domaine)")
    ax.set_title(f"{report.verdict_label} — moyenne {report.overall:g}/100")
    return fig


def chart_png_base64(report: Report) -> str:
    buffer = io.BytesIO()
    domain_chart(report).savefig(buffer, format="png", dpi=100)
    return base64.b64encode(buffer.getvalue()).decode("ascii")
