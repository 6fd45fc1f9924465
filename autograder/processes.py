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
import sys

_PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> bool:
    """Adopt orphaned descendants (Linux only). Returns whether it worked."""
    if not sys.platform.startswith("linux"):
        return False
    return ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0


def kill_descendants(timeout: float = 3.0) -> int:
    """Kill every process below this one; returns how many were found."""
    import psutil

    children = psutil.Process().children(recursive=True)
    for child in children:
        try:
            child.kill()
        except psutil.Error:
            pass
    psutil.wait_procs(children, timeout=timeout)
    return len(children)
