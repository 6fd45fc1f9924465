"""Formulas of the feedback pages as MathML, so that they show offline.

nbconvert leaves ``$…$`` for MathJax, which its pages load from a CDN: a
candidate reading their feedback offline sees raw LaTeX. Browsers render
MathML themselves (Chromium, Firefox, Safari), so the formulas are converted
once, when the page is written (latex2mathml, pure Python), and the page
needs no script at all. ``nbgrader_config.py`` installs :func:`markdown2html`
as the HTML exporter's ``markdown2html`` filter.
"""

from __future__ import annotations

from html import escape

from jinja2 import pass_context
from latex2mathml.converter import convert
from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath


def tex_to_mathml(tex: str, display: str) -> str:
    """MathML for ``tex``; a formula the converter cannot read stays as
    LaTeX, shown as code, rather than breaking the page."""
    try:
        return convert(tex, display=display)
    except Exception:  # latex2mathml raises many kinds on unknown input
        return f"<code>{escape(tex, quote=False)}</code>"


class MathMLRenderer(IPythonRenderer):
    """nbconvert's renderer, with formulas written as MathML."""

    def inline_math(self, body: str) -> str:
        return tex_to_mathml(body, "inline")

    def block_math(self, body: str) -> str:
        return tex_to_mathml(body, "block")

    def latex_environment(self, name: str, body: str) -> str:
        return tex_to_mathml(f"\\begin{{{name}}}{body}\\end{{{name}}}", "block")


@pass_context
def markdown2html(context, source: str) -> str:
    """The ``markdown2html`` filter of nbconvert's HTML exporter (attachments
    of the cell included), with MathML formulas."""
    cell = context.get("cell", {})
    path = context.get("resources", {}).get("metadata", {}).get("path", "")
    renderer = MathMLRenderer(escape=False, attachments=cell.get("attachments", {}), path=path)
    return MarkdownWithMath(renderer=renderer).render(source)
