"""Grading kernels forked from a process that has already imported them.

A new grading kernel spends most of its CPU importing: ipykernel, numpy,
scipy (``scipy.stats`` alone takes more than a second), again for every
notebook graded. When ``SandboxedKernelManager.preload`` names modules, each
grading process starts one *fork server* (``python -m
autograder.engine.kernel_forkserver MODULE...``, its child): it imports
ipykernel and those modules once, then forks one child per kernel. The child
does what the sandbox launcher does before its ``exec``
(:func:`autograder.engine.sandbox.confine`: control group, private tmpfs,
Landlock, memory limit, death with its parent), takes the kernel's
environment and folder, and runs the kernel in place of ``exec``-ing
``python -m ipykernel_launcher``.

A grading process starts its server as it starts (:func:`start_server`), so
the imports run while it prepares its first notebook. The server answers as
soon as ipykernel is imported, then imports the preloaded modules one by one
between requests. A kernel is forked once everything is imported, unless
its request says otherwise: a process that grades a single notebook (a
candidate's re-score) gets its kernel at once, with what is imported so far,
the kernel imports the rest itself if it needs it, as a new process would,
and the server imports nothing more.

No candidate code ever runs in the server, so every kernel starts from
untouched imports, as a new process would; modules that read the
kernel's environment when imported (``autograder.checks``, matplotlib) must
not be preloaded, and are not by the course. The server is started with the
environment of a grading kernel (one BLAS thread, fixed hash seed, nothing
that names the course) and no course folder on ``sys.path``.

Protocol, one JSON line each way on the server's stdin and stdout: the
request ``{"argv": [...], "env": {...}, "cwd": "..."}`` (the sandboxed kernel
command), the answer ``{"pid": N}`` or ``{"error": "..."}``. The server
reaps its children; the grader follows and signals a kernel through a
pidfd (:class:`ForkedKernel`), never through a number that could be reused.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import select
import signal
import subprocess
import sys
import threading
import time
import traceback
from typing import Dict, List, Optional, Sequence

SANDBOX_MODULE = "autograder.engine.sandbox"
KERNEL_MODULE = "ipykernel_launcher"
READY = "ready"


# --- grader side -------------------------------------------------------------

class ForkedKernel:
    """The part of :class:`subprocess.Popen` jupyter_client uses, for a kernel
    that is the fork server's child, not ours (followed through a pidfd)."""

    def __init__(self, pid: int):
        self.pid = pid
        self._fd = os.pidfd_open(pid)
        self.returncode: Optional[int] = None
        self.stdin = self.stdout = self.stderr = None

    def poll(self) -> Optional[int]:
        if self.returncode is None and select.select([self._fd], [], [], 0)[0]:
            self._ended()
        return self.returncode

    def wait(self, timeout: Optional[float] = None) -> int:
        if self.returncode is None:
            if not select.select([self._fd], [], [], timeout)[0]:
                raise subprocess.TimeoutExpired(str(self.pid), timeout)
            self._ended()
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            signal.pidfd_send_signal(self._fd, signum)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def _ended(self) -> None:
        # Only the server, its parent, learns the exit status; jupyter_client
        # only asks whether the kernel is still running.
        self.returncode = -1
        os.close(self._fd)

    def __del__(self) -> None:
        if self.returncode is None:
            try:
                os.close(self._fd)
            except OSError:
                pass


class ForkServer:
    """The fork server of this process (see the module docstring)."""

    def __init__(self, preload: Sequence[str], env: Dict[str, str], timeout: float = 120):
        """Start the server; it may still be importing when this returns
        (see :meth:`wait_ready`)."""
        self.preload = tuple(preload)
        self.owner = os.getpid()
        self._lock = threading.Lock()
        self._ready = False
        self._deadline = time.monotonic() + timeout
        self.process = subprocess.Popen(
            [sys.executable, "-m", __name__, *self.preload], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, env=env, cwd="/", text=True)

    def wait_ready(self) -> None:
        """Wait until the server can fork kernels; OSError if it never can."""
        with self._lock:
            if self._ready:
                return
            left = max(0.0, self._deadline - time.monotonic())
            if not select.select([self.process.stdout], [], [], left)[0] \
                    or self.process.stdout.readline().strip() != READY:
                self.close()
                raise OSError("le serveur de noyaux préchargés n'a pas démarré")
            self._ready = True

    def alive(self) -> bool:
        return self.owner == os.getpid() and self.process.poll() is None

    def fork(self, argv: List[str], env: Dict[str, str], cwd: str,
             all_imported: bool = True) -> ForkedKernel:
        """Fork a kernel; unless ``all_imported`` is False, only once the
        server has imported every preloaded module."""
        self.wait_ready()
        request = json.dumps({"argv": argv, "env": env, "cwd": cwd, "all_imported": all_imported})
        with self._lock:
            self.process.stdin.write(request + "\n")
            self.process.stdin.flush()
            answer = json.loads(self.process.stdout.readline() or "{}")
        if "pid" not in answer:
            raise OSError(answer.get("error", "le serveur de noyaux préchargés s'est arrêté"))
        return ForkedKernel(answer["pid"])

    def close(self) -> None:
        if self.owner != os.getpid():
            return  # a forked copy of the object: the server is its parent's
        try:
            self.process.kill()
            self.process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass


class ServerRefused(OSError):
    """The server of these modules already failed to start in this process."""


_SERVERS: Dict[tuple, ForkServer] = {}
_REFUSED: Dict[tuple, int] = {}  # preload lists whose server could not start, by process
_SERVERS_LOCK = threading.Lock()


def server_for(preload: Sequence[str], env: Dict[str, str], wait: bool = True) -> ForkServer:
    """This process's fork server for ``preload``, started on first use (or
    again if it died) and ready to fork unless ``wait`` is False. A process
    forked from this one starts its own. Raises OSError when it cannot start,
    and :class:`ServerRefused` at once after that first failure (a module
    that is not installed), so that each kernel does not wait for a server
    that never comes."""
    key = tuple(preload)
    with _SERVERS_LOCK:
        if _REFUSED.get(key) == os.getpid():
            raise ServerRefused("le serveur de noyaux préchargés n'a pas pu démarrer")
        server = _SERVERS.get(key)
        try:
            if server is None or not server.alive():
                if server is not None:
                    server.close()
                server = _SERVERS[key] = ForkServer(key, env)
            if wait:
                server.wait_ready()
        except OSError:
            _SERVERS.pop(key, None)
            _REFUSED[key] = os.getpid()
            raise
        return server


def start_server(preload: Sequence[str], env: Dict[str, str]) -> None:
    """Start this process's fork server for ``preload`` now, without waiting
    for it: it imports while the caller prepares its first notebook. A
    server that cannot start is reported when the first kernel asks for it."""
    try:
        server_for(preload, env, wait=False)
    except OSError:
        pass


def server_pids() -> List[int]:
    """Pids of the fork servers this process started (spared when the
    grading worker kills what a notebook left running)."""
    return [s.process.pid for s in _SERVERS.values() if s.alive()]


# --- server side --------------------------------------------------------------

def _reap(signum, frame) -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _become_kernel(request: dict) -> None:
    """In the forked child: confine this process, then run the kernel."""
    code = 1
    try:
        os.setsid()  # its own process group, as jupyter_client starts kernels
        for signum in (signal.SIGCHLD, signal.SIGTERM, signal.SIGPIPE):
            signal.signal(signum, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(2, 1)  # the answer pipe is the server's: kernel output goes to the log
        os.close(devnull)
        os.environ.clear()
        os.environ.update(request["env"])
        os.chdir(request["cwd"])
        _fresh_state()
        argv = request["argv"]
        from .sandbox import confine

        command = confine(argv[argv.index(SANDBOX_MODULE) + 1:])
        if command[1:3] != ["-m", KERNEL_MODULE]:
            os.execvp(command[0], command)  # not an ipykernel: run it as the launcher would
        import ipykernel_launcher  # noqa: F401  (imported by the server: only finds its file)
        from ipykernel.kernelapp import launch_new_instance

        sys.argv = [ipykernel_launcher.__file__, *command[3:]]
        # ipykernel reads JPY_PARENT_PID when imported, in the server: give it
        # the value a new kernel process would have read.
        launch_new_instance(argv=command[3:],
                            parent_handle=int(os.environ.get("JPY_PARENT_PID") or 0))
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def _fresh_state() -> None:
    """What a new process would not share with its siblings: the random
    generators' states, the temporary folder found before TMPDIR changed."""
    import random
    import tempfile

    random.seed()
    tempfile.tempdir = None
    numpy_random = sys.modules.get("numpy.random")
    if numpy_random is not None:
        numpy_random.seed()


def _preload(name: str) -> None:
    try:
        importlib.import_module(name)
    except Exception:  # a kernel that needs it will say why, in the notebook
        print(f"Module préchargé {name} : import impossible", file=sys.stderr)
        traceback.print_exc()


def _request_waiting() -> bool:
    # The grader sends one request and waits for its answer before the next
    # (ForkServer.fork holds a lock): stdin's buffer never holds a request
    # that select on the pipe would miss.
    return bool(select.select([sys.stdin], [], [], 0)[0])


def serve(preload: Sequence[str]) -> None:
    """The server's loop (see the module docstring)."""
    if sys.path and sys.path[0] in ("", os.getcwd()):
        del sys.path[0]  # as ipykernel_launcher does: never the folder it started in
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the grader's to handle
    from .processes import die_with_parent

    die_with_parent()
    missing = [name for name in preload if importlib.util.find_spec(name.partition(".")[0]) is None]
    if missing:  # refused before it answers: kernels then start as new processes
        sys.exit(f"Modules à précharger introuvables : {', '.join(missing)}")
    import ipykernel.kernelapp  # noqa: F401
    import ipykernel_launcher  # noqa: F401
    signal.signal(signal.SIGCHLD, _reap)
    print(READY, flush=True)
    pending = list(preload)
    while True:
        if pending and not _request_waiting():
            _preload(pending.pop(0))
            continue
        line = sys.stdin.readline()
        if not line:
            return  # the grader closed the pipe
        try:
            request = json.loads(line)
            if request.get("all_imported", True):
                while pending:
                    _preload(pending.pop(0))
            else:  # its process grades one notebook: no later kernel would use them
                pending.clear()
            pid = os.fork()
        except Exception as exc:
            print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}), flush=True)
            continue
        if pid == 0:
            _become_kernel(request)
        print(json.dumps({"pid": pid}), flush=True)


if __name__ == "__main__":
    serve(sys.argv[1:])
