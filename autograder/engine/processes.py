"""Leave nothing running after grading.

A kernel is shut down by nbgrader, and its process group with it; but
candidate code can start a program in a new session (``setsid``, a
double fork) that outlives both. A grading worker therefore declares itself
a *child subreaper* (Linux ``prctl``): orphans of its kernels are re-parented
to the worker instead of ``init``, and after each notebook the worker kills
every process still below it.
"""

from __future__ import annotations

import ctypes
import signal
import sys
from typing import Iterable

_PR_SET_PDEATHSIG = 1
_PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> bool:
    """Adopt orphaned descendants (Linux only). Returns whether it worked."""
    if not sys.platform.startswith("linux"):
        return False
    return ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0


def die_with_parent() -> bool:
    """Be killed (SIGKILL) when the parent process ends, even by ``kill -9``
    (Linux only): a grading worker never outlives the grader, nor a kernel
    its worker. Returns whether it worked."""
    if not sys.platform.startswith("linux"):
        return False
    return ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0


def kill_tree(pids: Iterable[int], timeout: float = 1.0) -> None:
    """Kill the processes ``pids`` (children of this one) and all their
    descendants.

    Each parent is stopped first, so that it starts nothing new while its
    descendants are listed, and killed last (a parent killed first would
    hand its children over to init). Only the parents are waited for: the
    descendants, killed with SIGKILL, are reaped by whoever adopts them.
    """
    import psutil

    parents, descendants = [], []
    for pid in pids:
        try:
            parent = psutil.Process(pid)
            parent.suspend()
            descendants += parent.children(recursive=True)
            parents.append(parent)
        except psutil.Error:
            continue
    for process in descendants + parents:
        try:
            process.kill()
        except psutil.Error:
            pass
    psutil.wait_procs(parents, timeout=timeout)


def kill_descendants(timeout: float = 3.0, spare: Iterable[int] = ()) -> int:
    """Kill every process below this one, except the processes ``spare``
    (not their children); returns how many were killed."""
    import psutil

    spare = set(spare)
    children = [p for p in psutil.Process().children(recursive=True) if p.pid not in spare]
    for child in children:
        try:
            child.kill()
        except psutil.Error:
            pass
    psutil.wait_procs(children, timeout=timeout)
    return len(children)
