"""Limits on processes and disk for a grading kernel, where the system allows.

* **processes**: a ``pids`` control group per kernel (cgroup v1 ``pids``
  hierarchy, or a cgroup v2 folder where the ``pids`` controller is
  delegated), so a fork loop gets ``BlockingIOError`` at ``pids.max``
  instead of filling the machine's process table. Needs write access to the
  cgroup file system (root, or a delegated cgroup v2 subtree).
* **disk**: the kernel's private folder becomes a ``tmpfs`` of a fixed size
  in a mount namespace of its own (as root, or through an unprivileged user
  namespace), so an answer that writes without end gets ``ENOSPC`` and the
  real disk is untouched. Elsewhere, ``RLIMIT_FSIZE`` caps each file.

The launcher (:mod:`autograder.engine.sandbox`) applies them in the kernel's
process before ``exec``; the kernel manager (:mod:`autograder.engine.kernel_manager`) asks
after each cell whether a limit was reached and removes the control group
with everything left in it. Control groups are named
``readiness-<grader pid>-<random>``, so a later run removes those of a
grader that was killed.
"""

from __future__ import annotations

import ctypes
import os
import signal
import time
import uuid
from pathlib import Path
from typing import Iterator, Optional

CGROUP_V1_PIDS = Path("/sys/fs/cgroup/pids")
CGROUP_ROOT = Path("/sys/fs/cgroup")
PREFIX = "readiness-"
RUN_ENV = "READINESS_RUN"
"""Set by the grader to its pid: the kernels' control groups carry it."""

_CLONE_NEWNS, _CLONE_NEWUSER = 0x00020000, 0x10000000
_MS_REC, _MS_PRIVATE = 1 << 14, 1 << 18


# --- processes ----------------------------------------------------------------
def cgroup_base() -> Optional[Path]:
    """The folder where per-kernel ``pids`` control groups can be made, or None."""
    if (CGROUP_V1_PIDS / "pids.max").exists() or (CGROUP_V1_PIDS / "cgroup.procs").exists():
        base = CGROUP_V1_PIDS
    else:
        try:
            line = next(x for x in Path("/proc/self/cgroup").read_text().splitlines()
                        if x.startswith("0::"))
        except (OSError, StopIteration):
            return None
        base = CGROUP_ROOT / line[3:].lstrip("/")
        try:
            if "pids" not in (base / "cgroup.subtree_control").read_text().split():
                return None
        except OSError:
            return None
    return base if os.access(base, os.W_OK) else None


def new_cgroup_name() -> str:
    run = os.environ.get(RUN_ENV) or str(os.getpid())
    return f"{PREFIX}{run}-{uuid.uuid4().hex[:8]}"


def join_cgroup(name: str, max_procs: int) -> bool:
    """Make control group ``name`` with at most ``max_procs`` processes and
    move this process into it. Returns whether it worked."""
    base = cgroup_base()
    if base is None or max_procs <= 0:
        return False
    folder = base / name
    try:
        folder.mkdir(exist_ok=True)
        (folder / "pids.max").write_text(str(max_procs))
        (folder / "cgroup.procs").write_text(str(os.getpid()))
    except OSError:
        return False
    return True


def processes_limited(name: str) -> bool:
    """Whether a fork was refused in control group ``name`` (its ``pids.max``
    was reached)."""
    base = cgroup_base()
    if base is None:
        return False
    try:
        events = (base / name / "pids.events").read_text().split()
    except OSError:
        return False
    return len(events) >= 2 and events[0] == "max" and int(events[1]) > 0


def remove_cgroup(name: str) -> None:
    """Kill every process left in control group ``name``, then remove it."""
    base = cgroup_base()
    if base is None or not name:
        return
    folder = base / name
    for _ in range(50):
        try:
            pids = [int(p) for p in (folder / "cgroup.procs").read_text().split()]
        except OSError:
            return  # already gone
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        try:
            folder.rmdir()
            return
        except OSError:
            time.sleep(0.02)  # killed processes take a moment to leave


def _run_of(name: str) -> Optional[int]:
    try:
        return int(name[len(PREFIX):].split("-")[0])
    except ValueError:
        return None


def remove_stale_cgroups(run: Optional[int] = None) -> int:
    """Remove the control groups of graders that are gone (killed with
    ``kill -9``), or all those of grader ``run``. Returns how many."""
    base = cgroup_base()
    if base is None:
        return 0
    removed = 0
    for folder in _cgroups(base):
        owner = _run_of(folder.name)
        if owner is None:
            continue
        if run is not None and owner != run:
            continue
        if run is None and _alive(owner):
            continue
        remove_cgroup(folder.name)
        removed += 1
    return removed


def _cgroups(base: Path) -> Iterator[Path]:
    try:
        yield from (p for p in base.iterdir() if p.name.startswith(PREFIX) and p.is_dir())
    except OSError:
        return


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# --- disk ---------------------------------------------------------------------
def _write(path: str, text: str) -> None:
    with open(path, "w") as f:
        f.write(text)


def private_tmpfs(folder: str, megabytes: int) -> bool:
    """Mount a ``tmpfs`` of ``megabytes`` over ``folder``, seen only by this
    process and its children (a new mount namespace). Returns whether it worked.

    Needs root, or unprivileged user namespaces (then this process becomes
    root of its own namespace, with the same rights as before outside it).
    """
    if megabytes <= 0 or not hasattr(os, "getuid"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(_CLONE_NEWNS) != 0:
        if libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNS) != 0:
            return False
        try:
            _write("/proc/self/setgroups", "deny")
            _write("/proc/self/uid_map", f"{uid} {uid} 1")
            _write("/proc/self/gid_map", f"{gid} {gid} 1")
        except OSError:
            return False
    # Mounts made here must not propagate back to the machine.
    if libc.mount(None, b"/", None, _MS_REC | _MS_PRIVATE, None) != 0:
        return False
    options = f"size={megabytes}m,mode=0700,uid={uid},gid={gid}".encode()
    return libc.mount(b"tmpfs", os.fsencode(folder), b"tmpfs", 0, options) == 0


def limit_file_size(megabytes: int) -> bool:
    """Cap the size of any one file this process writes (``RLIMIT_FSIZE``)."""
    if megabytes <= 0:
        return False
    try:
        import resource

        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    except (ImportError, ValueError, OSError):
        return False
    return True


def disk_full(pid: int, folder: str, margin_mb: int = 1) -> bool:
    """Whether the private ``tmpfs`` of kernel ``pid`` (mounted over
    ``folder`` in its own namespace, read through ``/proc/<pid>/root``) has
    less than ``margin_mb`` left."""
    try:
        stat = os.statvfs(f"/proc/{pid}/root{folder}")
    except OSError:
        return False
    total = stat.f_blocks * stat.f_frsize
    free = stat.f_bavail * stat.f_frsize
    return total > 0 and free < margin_mb * 1024 * 1024
