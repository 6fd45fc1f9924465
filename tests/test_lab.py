"""The README's `make lab`: workspace created, JupyterLab serving the course root
with the start notebook as landing page, solutions hidden."""

from __future__ import annotations

import json
import shlex
import socket
import subprocess
import time
import urllib.request

from conftest import ROOT, copy_course


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def lab_commands(port: int) -> list:
    """The commands `make lab` runs (dry run), with absolute paths to the venv."""
    args = f"--no-browser --ServerApp.port={port} --ServerApp.token=t --ServerApp.ip=127.0.0.1"
    dry = subprocess.run(["make", "-n", "lab", f"LAB_ARGS={args}"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    dry = dry.replace("\\\n", " ")
    venv = str(ROOT / ".venv" / "bin") + "/"
    return [shlex.split(line.replace(".venv/bin/", venv))
            for line in dry.splitlines()
            if line.startswith((".venv/bin/readiness", ".venv/bin/jupyter"))]


def get(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.geturl(), response.read()


def test_make_lab_opens_the_start_notebook_on_the_course(tmp_path):
    course = copy_course(tmp_path)
    port = free_port()
    start, lab = lab_commands(port)
    assert start[1:] == ["start"]
    env_course = {"READINESS_COURSE": str(course), "PATH": "/usr/bin:/bin",
                  "HOME": str(tmp_path), "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    subprocess.run(start, cwd=course, env=env_course, check=True, capture_output=True)
    assert (course / "workspace" / "08_statistique" / "01_estimation.ipynb").exists()

    server = subprocess.Popen(lab, cwd=course, env=env_course,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(120):
            try:
                landing, _ = get(f"{base}/?token=t")
                break
            except OSError:
                time.sleep(0.5)
        else:
            raise AssertionError("JupyterLab n'a pas démarré")
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
