"""The README's `make lab`: workspace created, JupyterLab serving the course root
with the start notebook as landing page, solutions hidden."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import time
import urllib.error
import urllib.request

from conftest import ROOT, copy_course


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def lab_commands(port: int, *make_args: str, extra: str = "") -> list:
    """The commands `make lab` runs (dry run), with absolute paths to the venv,
    as shell lines (the JupyterLab line starts with environment settings)."""
    args = f"--no-browser --ServerApp.port={port} --ServerApp.token=t --ServerApp.ip=127.0.0.1 {extra}"
    dry = subprocess.run(["make", "-n", "lab", f"LAB_ARGS={args}", *make_args], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    dry = dry.replace("\\\n", " ")
    venv = str(ROOT / ".venv" / "bin") + "/"
    return [line.replace(".venv/bin/", venv) for line in dry.splitlines()
            if ".venv/bin/readiness" in line or ".venv/bin/jupyter" in line]


def start_lab(course, tmp_path, port: int, *make_args: str, extra: str = ""):
    """`make lab`'s two commands on a copy of the course: the workspace, then
    JupyterLab (returned once it answers)."""
    start, lab = lab_commands(port, *make_args, extra=extra)
    env = {"READINESS_COURSE": str(course), "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path), "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    subprocess.run(start, shell=True, cwd=course, env=env, check=True, capture_output=True)
    server = subprocess.Popen(["bash", "-c", f"exec env {lab}"], cwd=course, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(360):  # up to 3 minutes on a loaded machine
        try:
            get(f"http://127.0.0.1:{port}/api/status?token=t")
            return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise AssertionError("JupyterLab n'a pas démarré")


def get(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.geturl(), response.read()


def test_make_lab_opens_the_start_notebook_on_the_course(tmp_path):
    course = copy_course(tmp_path)
    port = free_port()
    start, _ = lab_commands(port)
    assert start.split()[1:] == ["start"]
    server = start_lab(course, tmp_path, port)
    try:
        assert (course / "workspace" / "08_statistique" / "01_estimation.ipynb").exists()
        base = f"http://127.0.0.1:{port}"
        landing, _ = get(f"{base}/?token=t")
        assert landing.split("?")[0].endswith("/lab/tree/notebooks/00_commencer_ici.ipynb")
        _, body = get(f"{base}/api/contents?token=t")
        names = {item["name"] for item in json.loads(body)["content"]}
        assert {"workspace", "notebooks"} <= names
        assert not {"source", "release"} & names  # the solutions are not shown
        _, body = get(f"{base}/api/contents/workspace/08_statistique?token=t")
        assert "01_estimation.ipynb" in {i["name"] for i in json.loads(body)["content"]}
    finally:
        server.terminate()
        server.wait(timeout=30)


def save(base: str, path: str, model: dict) -> int:
    request = urllib.request.Request(f"{base}/api/contents/{path}?token=t", method="PUT",
                                     data=json.dumps(model).encode(),
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def page_config(base: str, path: str) -> dict:
    _, body = get(f"{base}/lab/tree/{path}?token=t")
    data = re.search(rb'<script id="jupyter-config-data" type="application/json">(.*?)</script>',
                     body, re.S).group(1)
    return json.loads(data)


def test_candidate_lab_keeps_course_files_and_hides_instructor_tools(tmp_path):
    """Course notebooks are served read-only and cannot be saved (autosave
    included); the workspace stays writable; nbgrader's instructor tools and
    the news pop-up are disabled. `INSTRUCTOR=1` gives the plain JupyterLab."""
    course = copy_course(tmp_path)
    before = (course / "notebooks" / "00_tableau_de_bord.ipynb").read_bytes()
    port = free_port()
    server = start_lab(course, tmp_path, port)
    base = f"http://127.0.0.1:{port}"
    try:
        _, body = get(f"{base}/api/contents/notebooks/00_tableau_de_bord.ipynb?token=t")
        model = json.loads(body)
        assert model["writable"] is False
        model["content"]["metadata"]["language_info"]["version"] = "3.11.0"
        assert save(base, "notebooks/00_tableau_de_bord.ipynb",
                    {"type": "notebook", "format": "json", "content": model["content"]}) == 403
        assert (course / "notebooks" / "00_tableau_de_bord.ipynb").read_bytes() == before
        _, body = get(f"{base}/api/contents/workspace/08_statistique/01_estimation.ipynb?token=t")
        mine = json.loads(body)
        assert mine["writable"] is True
        assert save(base, "workspace/08_statistique/01_estimation.ipynb",
                    {"type": "notebook", "format": "json", "content": mine["content"]}) == 200
        disabled = page_config(base, "notebooks/00_commencer_ici.ipynb")["disabledExtensions"]
        assert {"@jupyter/nbgrader:create-assignment", "@jupyter/nbgrader:menu",
                "@jupyterlab/apputils-extension:announcements"} <= set(disabled)
    finally:
        server.terminate()
        server.wait(timeout=30)

    port = free_port()
    server = start_lab(course, tmp_path, port, "INSTRUCTOR=1")
    base = f"http://127.0.0.1:{port}"
    try:
        _, body = get(f"{base}/api/contents/notebooks/00_tableau_de_bord.ipynb?token=t")
        assert json.loads(body)["writable"] is True
        disabled = page_config(base, "notebooks/00_commencer_ici.ipynb")["disabledExtensions"]
        assert "@jupyter/nbgrader:create-assignment" not in disabled
    finally:
        server.terminate()
        server.wait(timeout=30)
