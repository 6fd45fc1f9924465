"""Kernels forked from the fork server (autograder.engine.kernel_forkserver)
start as a new kernel process would: in their sandbox, with their own
environment, folder and random state, and nothing of the course. The
hostile and sandbox tests run through the same path (the course config
preloads); these check what is particular to forking."""

from __future__ import annotations

import json
import os
import sys
import time

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import DeadKernelError
from traitlets.config import Config

from autograder.engine import kernel_forkserver
from autograder.engine.kernel_manager import SandboxedKernelManager
from autograder.engine.processes import kill_descendants

pytestmark = pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="Linux only (pidfd)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PRELOAD = ["numpy", "numpy.random", "scipy.stats"]

REPORT = """
import json, os, random, sys
import numpy
print(json.dumps({
    "pid": os.getpid(), "ppid": os.getppid(), "pgid": os.getpgid(0),
    "cwd": os.getcwd(), "variant": os.environ.get("READINESS_VARIANT"),
    "grading": os.environ.get("READINESS_GRADING"), "tmpdir": __import__("tempfile").gettempdir(),
    "random": random.random(), "numpy": float(numpy.random.rand()),
    "preloaded": "scipy.stats" in sys.modules, "path": sys.path,
}))
"""


def run(code: str, variant: str = "", preload=PRELOAD, wait_for_preload: bool = True) -> list:
    """Execute ``code`` cells in a sandboxed kernel; the text of each output."""
    config = Config()
    config.SandboxedKernelManager.preload = list(preload)
    config.SandboxedKernelManager.wait_for_preload = wait_for_preload
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in code])
    client = NotebookClient(nb, kernel_name="python3", allow_errors=True, config=config,
                            kernel_manager_class=SandboxedKernelManager)
    if variant:
        client.km = client.create_kernel_manager()
        client.km.variant = variant
    client.execute()
    return ["".join(o.get("text", "") or f"{o.get('ename')}: {o.get('evalue')}" for o in cell.outputs)
            for cell in nb.cells]


def report(variant: str = "") -> dict:
    return json.loads(run([REPORT], variant)[0])


def test_each_kernel_is_a_fresh_child_of_the_server():
    first, second = report("111111"), report("222222")
    server = kernel_forkserver.server_for(PRELOAD, {})
    assert first["ppid"] == second["ppid"] == server.process.pid
    assert first["pid"] != second["pid"]
    assert first["pgid"] == first["pid"]  # its own process group, as jupyter_client's kernels
    assert first["preloaded"]
    # Its own environment and folders, not the server's.
    assert (first["variant"], second["variant"]) == ("111111", "222222")
    assert first["grading"] == "1"
    assert first["cwd"] != second["cwd"] and first["cwd"].endswith("travail")
    assert first["tmpdir"].startswith(os.path.dirname(first["cwd"]))
    # Not the same random numbers in every kernel.
    assert first["random"] != second["random"] and first["numpy"] != second["numpy"]
    # The same module path as a new kernel process (not the server's folder).
    assert first["path"] == json.loads(run([REPORT], preload=[])[0])["path"]


def test_a_forked_kernel_keeps_the_sandbox():
    out = run([f"open({os.path.join(ROOT, 'nbgrader_config.py')!r}).read()[:5]",
               "import resource; print(resource.getrlimit(resource.RLIMIT_AS)[0] // 2**20)"])
    assert "PermissionError" in out[0]
    assert out[1].strip() == str(SandboxedKernelManager().memory_limit_mb)


def test_a_dead_kernel_or_server_only_costs_a_new_one():
    with pytest.raises(DeadKernelError):  # seen through the pidfd, as for a child process
        run(["import os; os._exit(1)"])
    assert report()["preloaded"]  # the server survived its child
    server = kernel_forkserver.server_for(PRELOAD, {})
    server.process.kill()
    server.process.wait()
    again = report()
    assert again["preloaded"] and again["ppid"] != server.process.pid  # a new server


def test_grading_workers_spare_the_server_but_not_its_kernels():
    server = kernel_forkserver.server_for(PRELOAD, {})
    assert server.process.pid in kernel_forkserver.server_pids()
    kernel = server.fork([sys.executable, "-m", "autograder.engine.sandbox", "--no-confine", "--",
                          sys.executable, "-c", "import time; time.sleep(60)"],
                         dict(os.environ), "/")
    time.sleep(0.3)
    assert kernel.poll() is None
    kill_descendants(spare=kernel_forkserver.server_pids())
    assert kernel.wait(timeout=5) is not None
    assert server.alive()


def test_without_preload_kernels_are_new_processes():
    data = json.loads(run([REPORT], preload=[])[0])
    assert data["ppid"] not in kernel_forkserver.server_pids()
    assert not data["preloaded"]


def test_a_server_that_cannot_start_falls_back_to_new_processes():
    broken = ["no_such_module_for_readiness"]
    with pytest.raises(OSError):
        kernel_forkserver.server_for(broken, dict(os.environ))
    start = time.monotonic()
    with pytest.raises(OSError):  # not tried again for every kernel
        kernel_forkserver.server_for(broken, dict(os.environ))
    assert time.monotonic() - start < 0.5
    assert run(["print(6 * 7)"], preload=broken) == ["42\n"]


def test_a_failed_server_is_reported_once_per_process(caplog):
    broken = ["no_such_module_for_readiness_warning"]
    with caplog.at_level("WARNING"):
        assert run(["print(1)"], preload=broken) == ["1\n"]
        assert run(["print(2)"], preload=broken) == ["2\n"]
    said = [r for r in caplog.records if "Noyau préchargé impossible" in r.getMessage()]
    assert len(said) == 1, [r.getMessage() for r in caplog.records]


SLOW_MODULE = """
import os, time
# Imported by the fork server only: it waits for the test's signal.
signal = os.path.join(os.path.dirname(__file__), "go")
for _ in range(1200):
    if os.path.exists(signal):
        break
    time.sleep(0.05)
"""
LOADED = "import sys; print(sorted(m for m in sys.modules if m.startswith('readiness_slow')))"


def test_the_server_starts_without_waiting_and_a_single_kernel_does_not_wait(tmp_path, monkeypatch):
    """A grading process starts its server as it starts; the kernel of a
    process that grades one notebook is forked before the server has
    imported every preloaded module (here one that only finishes importing
    when the test says so: a kernel that waited would never start)."""
    (tmp_path / "readiness_slow_single.py").write_text(SLOW_MODULE)
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    preload = ["numpy", "readiness_slow_single"]
    config = Config()
    config.SandboxedKernelManager.preload = preload
    from autograder.engine.kernel_manager import start_fork_server

    start_fork_server(config)
    server = kernel_forkserver.server_for(preload, {}, wait=False)
    assert server.process.poll() is None and not server._ready  # started, not waited for
    try:
        assert run([LOADED], preload=preload, wait_for_preload=False) == ["[]\n"]
        assert server.alive() and server._ready  # the kernel came from that server
    finally:
        (tmp_path / "go").touch()


def test_kernels_of_a_process_with_several_notebooks_wait_for_every_preload(tmp_path, monkeypatch):
    (tmp_path / "readiness_slow_all.py").write_text(SLOW_MODULE)
    (tmp_path / "go").touch()  # imports at once
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    assert run([LOADED], preload=["readiness_slow_all"]) == ["['readiness_slow_all']\n"]
