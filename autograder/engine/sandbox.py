"""Confine a grading kernel before it starts: ``python -m autograder.engine.sandbox``.

The candidate's code runs in the grading kernel with the candidate's own
user rights. This launcher narrows them, then replaces itself with the
kernel (``exec``), so every limit holds for the kernel and its children:

* **memory**: ``RLIMIT_AS`` (``--memory-mb``). A memory bomb gets a
  ``MemoryError`` (or kills only its own kernel), never the machine.
* **processes and disk** (``--cgroup``/``--max-procs``, ``--disk-mb``; see
  :mod:`autograder.engine.limits`): a fork loop stops at ``pids.max``, an answer
  that writes without end fills only a small private ``tmpfs``.
* **lifetime**: the kernel is killed if its grading worker dies.
* **files** (Linux Landlock, kernel 5.13 or newer): the kernel may read and
  execute the Python installation and system folders, read the
  ``autograder`` package and its connection file, and write only in its own
  folder (``--rw``: a temporary copy of the notebook). It cannot read the
  course's ``source/`` (solutions, hidden tests), the gradebook, the
  reference records, the ``.git`` folder, nor read or change the candidate's
  workspace.
* **signals** (Landlock ABI 6): it cannot signal processes outside its own
  sandbox, so it cannot kill the grader or the candidate's other programs.

Where Landlock is missing (another OS, an old Linux) the memory limit still
applies and the grading log says that files are not confined. Landlock is
used through ``ctypes`` because the Python standard library has no binding.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import sys
from pathlib import Path
from typing import Iterable, List

from .limits import join_cgroup, limit_file_size, new_cgroup_name, private_tmpfs
from .processes import die_with_parent

# Landlock system calls and flags (linux/landlock.h), identical on every
# architecture that uses the generic syscall table (x86_64, aarch64...).
_SYS_CREATE_RULESET, _SYS_ADD_RULE, _SYS_RESTRICT_SELF = 444, 445, 446
_CREATE_RULESET_VERSION = 1
_RULE_PATH_BENEATH = 1
_PR_SET_NO_NEW_PRIVS = 38

_EXECUTE, _WRITE_FILE, _READ_FILE, _READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
_REFER, _TRUNCATE, _IOCTL_DEV = 1 << 13, 1 << 14, 1 << 15
_SCOPE_ABSTRACT_UNIX_SOCKET, _SCOPE_SIGNAL = 1 << 0, 1 << 1

_READ = _EXECUTE | _READ_FILE | _READ_DIR
_FILE_RIGHTS = _EXECUTE | _WRITE_FILE | _READ_FILE | _TRUNCATE | _IOCTL_DEV

# The kernel's private folder: its current folder, TMPDIR, IPython and
# matplotlib settings (see autograder.engine.kernel_manager).
WORK_SUBFOLDER = "travail"
PRIVATE_SUBFOLDERS = (WORK_SUBFOLDER, "tmp", "ipython", "matplotlib")

# Folders every program needs to run (libraries, configuration, devices).
SYSTEM_READ = ("/usr", "/lib", "/lib32", "/lib64", "/bin", "/sbin", "/etc", "/opt",
               "/proc", "/sys")
# Devices only: /dev/shm (a tmpfs in memory) would be a way around the disk limit.
SYSTEM_WRITE = ("/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom",
                "/dev/tty", "/dev/ptmx", "/dev/pts")


class _RulesetAttr(ctypes.Structure):
    _fields_ = [("handled_access_fs", ctypes.c_uint64),
                ("handled_access_net", ctypes.c_uint64),
                ("scoped", ctypes.c_uint64)]


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def _libc():
    return ctypes.CDLL(None, use_errno=True)


def landlock_abi() -> int:
    """Landlock ABI version of the running kernel, 0 if unavailable."""
    if not sys.platform.startswith("linux"):
        return 0
    version = _libc().syscall(_SYS_CREATE_RULESET, None, ctypes.c_size_t(0),
                              ctypes.c_uint32(_CREATE_RULESET_VERSION))
    return max(0, int(version))


def _all_fs_rights(abi: int) -> int:
    rights = (1 << 13) - 1  # ABI 1: execute ... make_sym
    if abi >= 2:
        rights |= _REFER
    if abi >= 3:
        rights |= _TRUNCATE
    if abi >= 5:
        rights |= _IOCTL_DEV
    return rights


def confine_files(read: Iterable[str], write: Iterable[str]) -> int:
    """Allow this process (and what it executes) to read ``read`` and to
    read/write ``write``, nothing else. Returns the ABI used, 0 if Landlock
    is unavailable (then nothing is confined)."""
    abi = landlock_abi()
    if abi < 1:
        return 0
    libc = _libc()
    handled = _all_fs_rights(abi)
    attr = _RulesetAttr(handled, 0, (_SCOPE_SIGNAL | _SCOPE_ABSTRACT_UNIX_SOCKET) if abi >= 6 else 0)
    size = ctypes.sizeof(_RulesetAttr) if abi >= 6 else 8
    ruleset = libc.syscall(_SYS_CREATE_RULESET, ctypes.byref(attr), ctypes.c_size_t(size),
                           ctypes.c_uint32(0))
    if ruleset < 0:
        raise OSError(ctypes.get_errno(), "landlock_create_ruleset")
    try:
        for paths, rights in ((read, _READ), (write, handled)):
            for path in paths:
                _add_rule(libc, ruleset, path, rights & handled)
        if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS)")
        if libc.syscall(_SYS_RESTRICT_SELF, ruleset, ctypes.c_uint32(0)) != 0:
            raise OSError(ctypes.get_errno(), "landlock_restrict_self")
    finally:
        os.close(ruleset)
    return abi


def _add_rule(libc, ruleset: int, path: str, rights: int) -> None:
    try:
        fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except OSError:
        return  # a folder this system does not have
    try:
        if not os.path.isdir(path):
            rights &= _FILE_RIGHTS
        rule = _PathBeneathAttr(rights, fd)
        if libc.syscall(_SYS_ADD_RULE, ruleset, _RULE_PATH_BENEATH, ctypes.byref(rule),
                        ctypes.c_uint32(0)) != 0:
            raise OSError(ctypes.get_errno(), f"landlock_add_rule({path})")
    finally:
        os.close(fd)


def python_paths() -> List[str]:
    """Folders this Python needs: its installation, its packages, and the
    ``autograder`` package (not the course folder around it)."""
    import autograder

    paths = {sys.prefix, sys.base_prefix, sys.exec_prefix,
             str(Path(os.path.realpath(sys.executable)).parent.parent),
             str(Path(autograder.__file__).resolve().parent)}
    course = str(Path(autograder.__file__).resolve().parent.parent)
    for entry in sys.path:
        # site-packages, the standard library; never the course folder itself
        if entry and os.path.isdir(entry) and os.path.realpath(entry) != course:
            paths.add(entry)
    return sorted(paths)


def limit_memory(megabytes: int) -> bool:
    """Cap the address space of this process and its children. Returns
    whether a limit is in force (not on Windows; macOS may refuse it)."""
    if megabytes <= 0:
        return False
    try:
        import resource

        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        return False
    return True


def _fresh_private_folder(folder: str) -> None:
    """After a tmpfs is mounted over the private folder, make its usual
    subfolders again and enter the working one (the current folder still
    pointed at the folder hidden under the mount)."""
    for sub in PRIVATE_SUBFOLDERS:
        os.makedirs(os.path.join(folder, sub), exist_ok=True)
    os.chdir(os.path.join(folder, WORK_SUBFOLDER))


def confine(argv: List[str]) -> List[str]:
    """Apply every limit that ``argv`` (this module's command line) asks for
    to this process, and return the command to run in it.

    Called by :func:`main` before its ``exec``, and by a kernel forked from
    the fork server (:mod:`autograder.engine.kernel_forkserver`), which runs
    the kernel in place instead.
    """
    parser = argparse.ArgumentParser(prog="python -m autograder.engine.sandbox",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--memory-mb", type=int, default=0, help="address-space limit, 0 = none")
    parser.add_argument("--rw", action="append", default=[], help="folder the command may write")
    parser.add_argument("--ro", action="append", default=[], help="extra file or folder to read")
    parser.add_argument("--no-confine", action="store_true", help="limit memory only")
    parser.add_argument("--cgroup", default="", help="name of the pids control group to join")
    parser.add_argument("--max-procs", type=int, default=0, help="processes at most, 0 = none")
    parser.add_argument("--disk-mb", type=int, default=0,
                        help="size of the private tmpfs over the first --rw folder, 0 = none")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- command [args...]")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given")
    die_with_parent()
    notes = []
    if args.max_procs > 0 and not join_cgroup(args.cgroup or new_cgroup_name(), args.max_procs):
        notes.append("le nombre de processus n'est pas limité (pas de cgroup pids accessible)")
    if args.disk_mb > 0:
        if args.rw and private_tmpfs(args.rw[0], args.disk_mb):
            _fresh_private_folder(args.rw[0])
        else:
            notes.append("l'espace disque n'est limité que fichier par fichier "
                         "(pas de tmpfs privé possible)")
        limit_file_size(args.disk_mb)
    abi = 0
    if not args.no_confine:
        read = list(SYSTEM_READ) + python_paths() + args.ro
        abi = confine_files(read, list(SYSTEM_WRITE) + args.rw)
    if abi == 0 and not args.no_confine:
        print("readiness: Landlock indisponible, les fichiers ne sont pas confinés "
              "(seule la mémoire est limitée).", file=sys.stderr)
    if not limit_memory(args.memory_mb) and args.memory_mb > 0:
        notes.append("limite de mémoire indisponible sur ce système")
    for note in notes:
        print(f"readiness: {note}.", file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    return command


def main(argv: List[str] | None = None) -> None:
    command = confine(sys.argv[1:] if argv is None else argv)
    os.execvp(command[0], command)


if __name__ == "__main__":
    main()
