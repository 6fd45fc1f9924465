"""What candidates see, in a real browser: JupyterLab started as `make lab`
starts it, driven by Playwright with Debian's chromium (never a browser
download). Screenshots are kept in build/browser/ as test artefacts.

To run these tests on a laptop: `apt-get install chromium` (Debian/Ubuntu;
or set READINESS_CHROMIUM to another Chromium binary) and the test extra
(`pip install -e '.[test]'`, which brings Playwright's Python package).
"""

from __future__ import annotations

import json
import os
import re
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

from conftest import ROOT, cells_by_id, copy_course
from test_lab import free_port, start_lab

CHROMIUM = os.environ.get("READINESS_CHROMIUM", "/usr/bin/chromium")
ARTEFACTS = ROOT / "build" / "browser"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
EXERCISE = "08_statistique/01_estimation.ipynb"
WRONG = ("import numpy as np\n\ndef simuler_bernoulli(u, p):\n"
         "    return (np.asarray(u) > p).astype(int)\n")

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

MISSING = (f"navigateur absent ({CHROMIUM}) ou Playwright non installé : "
           "`sudo apt-get install chromium` puis `pip install -e '.[test]'` pour lancer ces tests")
if (sync_playwright is None or not Path(CHROMIUM).exists()) and \
        os.environ.get("READINESS_REQUIRE_ALL") == "1":  # CI installs them: never skip there
    raise RuntimeError(MISSING)
pytestmark = pytest.mark.skipif(sync_playwright is None or not Path(CHROMIUM).exists(),
                                reason=MISSING)


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A course copy with one wrong answer, JupyterLab on it as `make lab`
    starts it, and a browser page; yields (course, base url, page)."""
    tmp = tmp_path_factory.mktemp("browser")
    course = copy_course(tmp)
    port = free_port()
    server = start_lab(course, tmp, port, extra="--LabApp.expose_app_in_browser=True")
    nb_path = course / "workspace" / EXERCISE
    nb = nbformat.read(str(nb_path), as_version=4)
    cells_by_id(nb)["stat_simuler_bernoulli_code"].source = WRONG
    nbformat.write(nb, str(nb_path))
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="fr-FR")
        page.set_default_timeout(60_000)
        try:
            yield course, f"http://127.0.0.1:{port}", page
        finally:
            browser.close()
            server.terminate()
            server.wait(timeout=30)


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTEFACTS / f"{name}.png"))


def open_notebook(page, base: str, path: str) -> None:
    """Open a notebook and wait until its kernel is ready, then focus it.

    The toolbar says « idle » before the kernel has even started, and
    commands go to the focused notebook: wait for the server to report the
    kernel idle, then click into the notebook."""
    page.goto(f"{base}/lab/tree/{path}?token=t")
    page.locator(".jp-Notebook:visible").first.wait_for()
    page.wait_for_function("() => window.jupyterapp !== undefined")
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        with urllib.request.urlopen(f"{base}/api/sessions?token=t", timeout=10) as response:
            sessions = json.loads(response.read())
        if any(s["path"].endswith(path) and s["kernel"]["execution_state"] == "idle"
               for s in sessions):
            break
        time.sleep(0.5)
    else:
        raise AssertionError(f"le noyau de {path} n'a pas démarré")
    page.locator(".jp-Notebook:visible .jp-Cell").first.click()


def run_all(page) -> None:
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")


def test_start_page(lab):
    _, base, page = lab
    open_notebook(page, base, "notebooks/00_commencer_ici.ipynb")
    expect(page.locator(".jp-RenderedMarkdown h1").first).to_be_visible()
    # Candidates see no instructor tools and no news pop-up.
    expect(page.get_by_text("Create Assignment")).to_have_count(0)
    expect(page.locator(".jp-Notification-Toast")).to_have_count(0)
    shot(page, "start_page")


def test_failed_test_shows_the_french_message_first(lab):
    _, base, page = lab
    open_notebook(page, base, f"workspace/{EXERCISE}")
    run_all(page)
    error = page.locator(".jp-RenderedText[data-mime-type='application/vnd.jupyter.stderr']") \
        .filter(has_text="✗").first
    try:
        error.wait_for(timeout=120_000)
    except Exception:
        shot(page, "failed_test_error")
        raise
    # JupyterLab skips drawing cells out of view (content-visibility), and an
    # undrawn element has no inner text: bring it into view, and give a loaded
    # machine time to draw it.
    text = ""
    for _ in range(40):
        error.scroll_into_view_if_needed()
        page.wait_for_timeout(250)
        text = error.inner_text().strip()
        if text:
            break
    assert text.startswith("✗ "), text
    assert "Traceback" not in text and "checks.py" not in text
    assert len(text.splitlines()) <= 3
    shot(page, "failed_test")
    # Saved as the candidate would (Ctrl+S): the feedback test reads it.
    page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
    page.wait_for_timeout(2000)


def test_dashboard_shows_verdict_chart_and_messages(lab):
    _, base, page = lab
    open_notebook(page, base, "notebooks/00_tableau_de_bord.ipynb")
    run_all(page)
    button = page.get_by_role("button", name="Évaluer mon niveau").filter(visible=True).first
    button.wait_for(timeout=120_000)
    box = button.bounding_box()
    assert page.evaluate("(b) => b.scrollWidth <= b.clientWidth", button.element_handle())  # not cut
    assert box["width"] > 100
    button.click()
    try:
        expect(page.get_by_text("Verdict :").filter(visible=True).first).to_be_visible(
            timeout=300_000)
        # The chart and the tables arrive in the same output, a moment later.
        expect(page.get_by_text("Questions à corriger").filter(visible=True).first).to_be_visible(
            timeout=60_000)
    except AssertionError:
        shot(page, "dashboard_error")
        raise
    expect(page.locator(".jp-OutputArea img, .jp-OutputArea svg, .jp-OutputArea canvas")
           .filter(visible=True).first).to_be_visible(timeout=60_000)
    expect(page.get_by_text("Questions à corriger").filter(visible=True).first).to_be_visible()
    expect(page.get_by_text("Question 1 — Simuler une loi de Bernoulli").filter(visible=True).first).to_be_visible()
    expect(page.get_by_text("Pas encore de correction")).to_have_count(0)
    page.get_by_text("Questions à corriger").filter(visible=True).first.scroll_into_view_if_needed()
    page.get_by_text("Verdict :").filter(visible=True).first.scroll_into_view_if_needed()
    shot(page, "dashboard")


def test_html_report(lab):
    course, base, page = lab
    from autograder.reports.dashboard import last_report
    from autograder.reports.html import render_html

    report = last_report(course / "workspace")
    assert report is not None, "the dashboard test grades first"
    path = course / "workspace" / "rapport.html"
    path.write_text(render_html(report, lab_url=f"{base}/lab/tree/"), encoding="utf-8")
    page.goto(path.as_uri())
    expect(page.get_by_text("Verdict :")).to_be_visible()
    table = page.locator("table.questions")
    expect(table).to_be_visible()
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    shot(page, "report")


def test_feedback_page(lab):
    """The workspace notebook as JupyterLab saved it, through the course's
    feedback template and preprocessor: French labels, the message wrapped."""
    course, _, page = lab
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    from autograder.engine.preprocessors import ShortenTestErrors

    namespace = {"get_config": Config, "__file__": str(course / "nbgrader_config.py")}
    exec(compile((course / "nbgrader_config.py").read_text(), "nbgrader_config.py", "exec"), namespace)
    config = namespace["c"]
    nb = nbformat.read(str(course / "workspace" / EXERCISE), as_version=4)
    for cell in nb.cells:
        grade = cell.metadata.get("nbgrader", {})
        if grade.get("grade"):
            grade["score"] = 0
    nb, resources = ShortenTestErrors().preprocess(nb, {})
    import nbgrader

    extra = Path(nbgrader.__file__).parent / "server_extensions" / "formgrader" / "static" / \
        "node_modules" / "bootstrap" / "dist" / "css"
    exporter = HTMLExporter(config=config, extra_template_paths=[str(extra)])
    html, _ = exporter.from_notebook_node(nb, resources={"nbgrader": {
        "notebook": "01_estimation", "score": 0, "max_score": 13, "late_penalty": 0}})
    path = course / "feedback.html"
    path.write_text(html, encoding="utf-8")
    page.goto(path.as_uri())
    expect(page.get_by_text("Votre réponse").first).to_be_visible()
    message = page.locator("div.output_error pre, div.output_stderr pre").first
    expect(message).to_be_visible()
    assert message.inner_text().startswith("✗ ")
    assert page.evaluate("(e) => e.scrollWidth <= e.clientWidth + 1", message.element_handle())
    # Formulas are drawn by the browser itself (MathML), with no network.
    formula = page.locator("div.text_cell_render math").first
    expect(formula).to_be_visible()
    assert formula.bounding_box()["height"] > 5
    assert not re.search(r"\$\\[a-zA-Z]", page.locator("body").inner_text())  # no raw LaTeX left
    message.scroll_into_view_if_needed()
    shot(page, "feedback")
