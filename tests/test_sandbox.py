"""The sandbox grading kernels start in (autograder/sandbox.py)."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

from autograder.engine.sandbox import landlock_abi

PROBE = """
import os, sys
def attempt(action):
    try:
        action()
        return "ok"
    except PermissionError:
        return "refusé"
    except MemoryError:
        return "mémoire"
print(attempt(lambda: open(sys.argv[1] + "/source/08_statistique/01_estimation.ipynb").read()))
print(attempt(lambda: open(sys.argv[1] + "/.git/HEAD").read()))
print(attempt(lambda: open(sys.argv[2] + "/ici.txt", "w").write("x")))
print(attempt(lambda: open(sys.argv[1] + "/pirate.txt", "w").write("x")))
print(attempt(lambda: os.kill(os.getppid(), 0)))
print(attempt(lambda: bytearray(3 * 1024 ** 3)))
import numpy, scipy.stats, autograder.checks
print("imports ok")
"""


def test_landlock_is_available_on_this_machine():
    # The file guarantees of the README rely on it (Linux 5.13+, ABI 6 for signals).
    assert landlock_abi() >= 6, "Landlock ABI 6 is required for the file and signal guarantees"


def test_a_sandboxed_program_reads_python_writes_its_folder_and_nothing_else(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "autograder.engine.sandbox", "--memory-mb", "1024", "--rw", str(tmp_path),
         "--", sys.executable, "-c", PROBE, str(ROOT), str(tmp_path)],
        capture_output=True, text=True, timeout=120)
    assert proc.stdout.split("\n")[:7] == [
        "refusé",   # the course's solutions
        "refusé",   # its git history
        "ok",       # its own folder
        "refusé",   # anywhere else
        "refusé",   # signals to other processes
        "mémoire",  # more than its memory limit
        "imports ok",
    ], proc.stderr
    assert not (ROOT / "pirate.txt").exists()
