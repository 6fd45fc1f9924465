"""The kernel manager of grading kernels: each one starts inside the sandbox.

nbgrader's ``Execute`` preprocessor starts its kernel through
``kernel_manager_class``; ``nbgrader_config.py`` sets it to
:class:`SandboxedKernelManager`, so ``readiness score`` and an instructor's
``nbgrader autograde`` run candidate code under the same limits.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from typing import Any, Dict, List, Tuple

from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync
from traitlets import Bool, Integer, List as ListTrait, Unicode

from .limits import RUN_ENV, disk_full, new_cgroup_name, processes_limited, remove_cgroup
from .sandbox import PRIVATE_SUBFOLDERS, WORK_SUBFOLDER
from ..variants import ENV as VARIANT_ENV

# Environment of a grading kernel: one BLAS thread (grading runs several
# kernels at once, and results must not depend on thread scheduling), a fixed
# hash seed (same iteration order of sets on every run), and the signal the
# test helpers use to emit their records (see autograder.checks).
KERNEL_ENV = {
    "READINESS_GRADING": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "PYTHONHASHSEED": "0",
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",
}
# Logging of the kernel: see that file.
KERNEL_CONFIG = os.path.join(os.path.dirname(os.path.abspath(__file__)), "grading_kernel_config.py")
# Variables that would tell candidate code where the course is.
HIDDEN_ENV = ("READINESS_COURSE", "READINESS_CACHE_DIR", "JPY_SESSION_NAME", RUN_ENV)


def grading_environment(base: Dict[str, str]) -> Dict[str, str]:
    """``base`` as every grading kernel sees it: nothing that names the
    course, no inherited variant (only the grader's, set per kernel), and
    :data:`KERNEL_ENV`. Also the fork server's environment."""
    env = {k: v for k, v in base.items() if k not in HIDDEN_ENV and k != VARIANT_ENV}
    env.update(KERNEL_ENV)
    return env


def start_fork_server(config) -> None:
    """Start this process's fork server now if ``config`` preloads modules,
    without waiting for it: it imports while the grading process prepares
    its first notebook (see :mod:`autograder.engine.kernel_forkserver`)."""
    from .kernel_forkserver import start_server

    preload = SandboxedKernelManager(config=config).preload
    if preload and hasattr(os, "pidfd_open"):
        start_server(preload, grading_environment(os.environ))


class SandboxedKernelManager(AsyncKernelManager):
    """Starts the kernel through ``python -m autograder.engine.sandbox``."""

    memory_limit_mb = Integer(
        2048,
        help=(
            "Address-space limit of a grading kernel, in MiB (0 = none). A kernel "
            "with numpy and scipy loaded uses about 600 MiB of address space."
        ),
    ).tag(config=True)

    confine_files = Bool(
        True,
        help=(
            "Let the kernel read only the Python installation and write only "
            "its own temporary folder (Linux Landlock)."
        ),
    ).tag(config=True)

    max_processes = Integer(
        128,
        help=(
            "Processes and threads a grading kernel and what it starts may have "
            "at once (a cgroup's pids.max; 0 = none). The kernel itself uses about "
            "ten; a fork loop stops here instead of filling the machine."
        ),
    ).tag(config=True)

    disk_limit_mb = Integer(
        200,
        help=(
            "Size in MiB of the kernel's private folder, a tmpfs of its own where "
            "the system allows it (otherwise the size of any one file); 0 = none."
        ),
    ).tag(config=True)

    variant = Unicode(
        "", help="Personal variant given to the kernel (set by GuardedExecute)."
    )

    preload = ListTrait(
        Unicode(),
        help=(
            "Modules imported once per grading process by a fork server, from "
            "which every kernel is then forked in its sandbox "
            "(autograder.engine.kernel_forkserver); empty: every kernel is a new "
            "process. Never a module that reads the kernel's environment when "
            "imported (autograder.checks, matplotlib)."
        ),
    ).tag(config=True)

    wait_for_preload = Bool(
        True,
        help=(
            "Fork a kernel only once the fork server has imported every module "
            "of preload; False: at once, with what is imported so far (for a "
            "process that grades a single notebook)."
        ),
    ).tag(config=True)

    async def _async_launch_kernel(self, kernel_cmd: List[str], **kw: Any) -> None:
        process = self._fork_kernel(kernel_cmd, kw) if self.preload else None
        if process is None:
            return await super()._async_launch_kernel(kernel_cmd, **kw)
        # What jupyter_client's LocalProvisioner.launch_kernel records of the
        # process it starts; the kernel leads its own process group.
        provisioner = self.provisioner
        provisioner.process = process
        provisioner.pid = provisioner.pgid = process.pid
        provisioner.cwd = kw.get("cwd")
        self._reconcile_connection_info(provisioner.connection_info)

    def _fork_kernel(self, kernel_cmd: List[str], kw: Dict[str, Any]):
        """The kernel, forked from this process's fork server; None (and a
        new process instead) where that is not possible."""
        from .kernel_forkserver import ServerRefused, server_for

        if not hasattr(os, "pidfd_open"):
            return None
        try:
            server = server_for(self.preload, grading_environment(os.environ))
            env = dict(kw["env"], JPY_PARENT_PID=str(os.getpid()))  # as launch_kernel sets it
            return server.fork(list(kernel_cmd), env, str(kw["cwd"]), self.wait_for_preload)
        except ServerRefused:
            return None  # already said once, by the kernel whose server failed
        except OSError as exc:
            self.log.warning("Noyau préchargé impossible (%s) : noyau lancé normalement", exc)
            return None

    async def _async_pre_start_kernel(self, **kw: Any) -> Tuple[List[str], Dict[str, Any]]:
        cmd, kw = await super()._async_pre_start_kernel(**kw)
        return self.sandboxed(cmd, kw)

    _private: str = ""
    _cgroup: str = ""

    def sandboxed(self, cmd: List[str], kw: Dict[str, Any]) -> Tuple[List[str], Dict[str, Any]]:
        """The kernel command and Popen arguments, wrapped in the sandbox.

        The kernel does not start in the notebook's folder that nbgrader
        gives (the notebook there has its hidden tests restored) but in an
        empty private folder, the only one it can write to. The folder is
        emptied at every (re)start: files left by an answer (a fake
        ``numpy.py`` in the current folder, an IPython startup script) never
        reach the restarted kernel.
        """
        if not self._private:
            self._private = tempfile.mkdtemp(prefix="readiness-kernel-")
        work = os.path.join(self._private, WORK_SUBFOLDER)
        for sub in PRIVATE_SUBFOLDERS:
            shutil.rmtree(os.path.join(self._private, sub), ignore_errors=True)
            os.makedirs(os.path.join(self._private, sub))
        env = grading_environment(kw.get("env") or os.environ)
        if self.variant:
            env[VARIANT_ENV] = self.variant
        env.update(TMPDIR=os.path.join(self._private, "tmp"),
                   IPYTHONDIR=os.path.join(self._private, "ipython"),
                   MPLCONFIGDIR=os.path.join(self._private, "matplotlib"))
        remove_cgroup(self._cgroup)  # the previous kernel's, with what it left running
        self._cgroup = new_cgroup_name()
        prefix = [sys.executable, "-m", "autograder.engine.sandbox",
                  "--memory-mb", str(self.memory_limit_mb),
                  "--cgroup", self._cgroup, "--max-procs", str(self.max_processes),
                  "--disk-mb", str(self.disk_limit_mb)]
        if self.confine_files:
            prefix += ["--rw", self._private, "--ro", self.connection_file]
        else:
            prefix += ["--no-confine"]
        kw["env"] = env
        kw["cwd"] = work
        return prefix + ["--"] + list(cmd) + [f"--config={KERNEL_CONFIG}"], kw

    def exhausted(self) -> str:
        """What limit the kernel reached since it started: ``"processes"``,
        ``"disk"`` or ``""``. Asked after each cell (autograder.engine.execute)."""
        if self._cgroup and processes_limited(self._cgroup):
            return "processes"
        pid = getattr(self.provisioner, "pid", None)
        if pid and self._private and self.disk_limit_mb > 0 and disk_full(pid, self._private):
            return "disk"
        return ""

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        remove_cgroup(self._cgroup)
        self._cgroup = ""
        if not restart and self._private:
            shutil.rmtree(self._private, ignore_errors=True)
            self._private = ""

    cleanup_resources = run_sync(_async_cleanup_resources)
