"""Running a candidate's command: results, snapshots, ``run`` and the :class:`Sandbox`."""

from __future__ import annotations

import os
import selectors
import shlex
import shutil
import signal
import stat
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union


from ..checks import Incorrect, protect

SAFE_PATH = "/usr/bin:/bin"
"""``PATH`` of the commands: system tools only."""

DEFAULT_TIMEOUT = 5.0
"""Time limit of one command, in seconds."""

MAX_OUTPUT = 1_000_000
"""Largest output (stdout + stderr, in bytes) kept before the command is stopped."""

TOOLS = ("bash", "cat", "chmod", "cp", "cut", "find", "grep", "head", "ls", "mkdir",
         "mv", "rm", "sed", "sort", "tail", "uniq", "wc")
"""Commands the Unix questions rely on (checked by :func:`require_bash`)."""

SANDBOX_PREFIX = "autograder-shell-"

Mistake = Tuple[Any, str]


# ---------------------------------------------------------------------------
# Results and snapshots
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Result:
    """What a command did.

    Attributes
    ----------
    command : str
        The command, as given.
    stdout, stderr : str
        Its standard output and standard error, decoded as UTF-8 (invalid
        bytes replaced).
    returncode : int
        Its exit status (``128 + n`` when killed by signal ``n``).
    """

    command: str
    stdout: str
    stderr: str
    returncode: int

    @property
    def lines(self) -> List[str]:
        """Lines of the standard output, without their line breaks."""
        return self.stdout.splitlines()

    @property
    def error_lines(self) -> List[str]:
        """Lines of the standard error, without their line breaks."""
        return self.stderr.splitlines()


@dataclass(frozen=True)
class Entry:
    """One item of a folder snapshot.

    Attributes
    ----------
    kind : str
        ``"file"``, ``"dir"`` or ``"link"`` (symbolic links are not followed).
    mode : int
        Permission bits, e.g. ``0o644``.
    data : bytes or None
        Content of a file, target of a link, ``None`` for a folder.
    """

    kind: str
    mode: int
    data: Optional[bytes] = None

    @classmethod
    def file(cls, data: Union[str, bytes], mode: int = 0o644) -> "Entry":
        """A regular file entry; ``str`` data is encoded as UTF-8."""
        return cls("file", mode, data.encode("utf-8") if isinstance(data, str) else bytes(data))

    @classmethod
    def folder(cls, mode: int = 0o755) -> "Entry":
        """A folder entry."""
        return cls("dir", mode, None)

    @property
    def text(self) -> str:
        """Content decoded as UTF-8 (empty for a folder)."""
        return (self.data or b"").decode("utf-8", errors="replace")


Snapshot = Dict[str, Entry]


def snapshot(folder: Union[str, os.PathLike]) -> Snapshot:
    """Record every file, folder and link under ``folder``.

    Parameters
    ----------
    folder : path
        The folder to record (itself excluded).

    Returns
    -------
    dict
        ``{relative POSIX path: Entry}``, e.g. ``{"a b/c.txt": Entry(...)}``.
        Links are recorded, never followed.
    """
    root = Path(folder)
    tree: Snapshot = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            info = path.lstat()
            mode = stat.S_IMODE(info.st_mode)
            if stat.S_ISLNK(info.st_mode):
                tree[rel] = Entry("link", mode, os.readlink(path).encode("utf-8", "replace"))
            elif stat.S_ISDIR(info.st_mode):
                tree[rel] = Entry("dir", mode, None)
            elif stat.S_ISREG(info.st_mode):
                try:
                    tree[rel] = Entry("file", mode, path.read_bytes())
                except OSError:  # unreadable file (chmod 000 as a normal user)
                    tree[rel] = Entry("file", mode, None)
            else:
                tree[rel] = Entry("other", mode, None)
        dirnames[:] = [d for d in dirnames if not (Path(dirpath) / d).is_symlink()]
    return dict(sorted(tree.items()))


# ---------------------------------------------------------------------------
# Running a command
# ---------------------------------------------------------------------------

def command_text(command: Any, what: str = "votre commande") -> str:
    """Return ``command`` if it is a usable command string, else explain why not.

    Raises
    ------
    Incorrect
        If ``command`` is not a non-empty ``str`` without NUL character.
    """
    if command is None:
        raise Incorrect(
            f"{what} : la variable vaut None. Affectez-lui la commande sous forme de "
            'chaîne de caractères, par exemple commande = "ls -l".'
        )
    if isinstance(command, (list, tuple)):
        kind = "un tuple" if isinstance(command, tuple) else "une liste"
        raise Incorrect(
            f"{what} : une seule chaîne de caractères est attendue, pas {kind}. "
            'Écrivez la commande complète entre guillemets, par exemple "ls -l dossier".'
        )
    if not isinstance(command, str):
        raise Incorrect(
            f"{what} : la commande doit être une chaîne de caractères (str), pas un "
            f'objet de type {type(command).__name__}. Mettez-la entre guillemets : "ls -l".'
        )
    if not command.strip():
        raise Incorrect(f"{what} : la commande est vide.")
    if "\x00" in command:
        raise Incorrect(f"{what} : la commande contient un caractère nul (\\0).")
    return command


def _bash() -> Optional[str]:
    return shutil.which("bash", path=SAFE_PATH)


def require_bash(tools: Sequence[str] = TOOLS) -> str:
    """Check that bash and the usual tools are installed; return bash's version.

    Raises
    ------
    RuntimeError
        With a French message listing what is missing.
    """
    missing = [tool for tool in tools if shutil.which(tool, path=SAFE_PATH) is None]
    if missing:
        raise RuntimeError(
            "Commandes introuvables dans /usr/bin ou /bin : " + ", ".join(missing) + ". "
            "Ce carnet doit être exécuté sur une machine Linux (ou macOS) disposant de "
            "bash et des outils GNU usuels ; sous Windows, utilisez WSL ou le serveur "
            "Jupyter du cours."
        )
    done = subprocess.run([_bash(), "-c", "echo $BASH_VERSION"], capture_output=True,
                          text=True, timeout=10, env=_environment(tempfile.gettempdir()),
                          stdin=subprocess.DEVNULL)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError("bash est installé mais ne s'exécute pas correctement : "
                           + (done.stderr.strip() or f"code de retour {done.returncode}"))
    return done.stdout.strip()


def _environment(home: Union[str, os.PathLike]) -> Dict[str, str]:
    return {"PATH": SAFE_PATH, "HOME": str(home), "LC_ALL": "C"}


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _leader_exited(pid: int) -> bool:
    """Whether the process has exited, without reaping it (its pid stays reserved)."""
    try:
        info = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:
        return True
    return info is not None


def run(
    command: Any,
    folder: Union[str, os.PathLike],
    timeout: float = DEFAULT_TIMEOUT,
    *,
    what: str = "votre commande",
    max_output: int = MAX_OUTPUT,
) -> Result:
    """Run ``command`` with ``bash -c`` in ``folder`` and capture what it does.

    Parameters
    ----------
    command : str
        The candidate's command (one line, or several lines like a script).
    folder : path
        Current directory of the command, also its ``HOME``.
    timeout : float
        Time limit in seconds; on expiry the whole process group is killed.
    what : str
        How the command is named in French messages, e.g. ``"commande_csv"``.
    max_output : int
        Largest output (stdout + stderr, in bytes) accepted.

    Returns
    -------
    Result
        Standard output, standard error and exit status.

    Raises
    ------
    Incorrect
        If ``command`` is not a string, exceeds the time limit or prints too much.
    """
    command = command_text(command, what)
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"no such folder: {folder}")
    bash = _bash()
    if bash is None:
        raise RuntimeError("bash est introuvable dans /usr/bin ou /bin : exécutez ce carnet "
                           "sur une machine Linux disposant de bash.")
    process = subprocess.Popen(
        [bash, "-c", command],
        cwd=folder,
        env=_environment(folder),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # own process group, killed as a whole
        umask=0o022,
        close_fds=True,
    )
    out_fd, err_fd = process.stdout.fileno(), process.stderr.fileno()
    chunks: Dict[int, List[bytes]] = {out_fd: [], err_fd: []}
    deadline = time.monotonic() + timeout
    size = 0
    problem = None
    selector = selectors.DefaultSelector()
    try:
        for stream in (process.stdout, process.stderr):
            selector.register(stream, selectors.EVENT_READ)
        while selector.get_map():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                problem = "timeout"
                break
            for key, _ in selector.select(remaining):
                data = os.read(key.fd, 65536)
                if not data:
                    selector.unregister(key.fileobj)
                    continue
                chunks[key.fd].append(data)
                size += len(data)
            if size > max_output:
                problem = "output"
                break
        while problem is None and not _leader_exited(process.pid):
            if time.monotonic() >= deadline:
                problem = "timeout"
                break
            time.sleep(0.002)
    finally:
        selector.close()
        # The leader is not reaped yet, so its pid (the group id) cannot have
        # been reused: kill it on a problem, and any background leftover.
        _kill_group(process.pid)
        process.stdout.close()
        process.stderr.close()
        process.wait()
    if problem == "timeout":
        raise Incorrect(
            f"{what} : la commande ne s'est pas terminée en {timeout:g} s et a été "
            "interrompue. Boucle sans fin, commande lancée en arrière-plan (&), ou "
            "commande qui attend quelque chose qui ne vient pas ?"
        )
    if problem == "output":
        raise Incorrect(
            f"{what} : la commande affiche beaucoup trop de texte (plus de "
            f"{max_output // 1000} ko) ; elle a été interrompue."
        )
    out = b"".join(chunks[out_fd])
    err = b"".join(chunks[err_fd])
    return Result(command, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
                  process.returncode if process.returncode >= 0 else 128 - process.returncode)


def split_words(command: str) -> List[str]:
    """Split a command into words as the shell would (quotes, backslashes).

    Used to recognise mistakes such as a file name with a space left unquoted.
    Returns an empty list if the command cannot be split (unbalanced quotes).
    """
    try:
        return shlex.split(command, comments=True)
    except ValueError:
        return []


# ---------------------------------------------------------------------------
# The sandbox
# ---------------------------------------------------------------------------

def _inside(root: Path, relative: str) -> Path:
    rel = PurePosixPath(relative)
    if rel.is_absolute() or ".." in rel.parts or not rel.parts:
        raise ValueError(f"not a relative path inside the sandbox: {relative!r}")
    return root.joinpath(*rel.parts)


def _force_remove(folder: Path) -> None:
    """Remove ``folder`` even if a command removed permissions inside it."""
    def retry(function, path, _excinfo):
        parent = os.path.dirname(path)
        for target in (parent, path):
            try:
                if not os.path.islink(target):
                    os.chmod(target, 0o700)
            except OSError:
                pass
        function(path)

    if folder.exists():
        shutil.rmtree(folder, onerror=retry)


class Sandbox:
    """A fresh temporary folder, removed when the ``with`` block ends.

    Parameters
    ----------
    files : mapping, optional
        Initial files, ``{relative path: content}`` or
        ``{relative path: (content, mode)}``; parent folders are created.
    timeout : float
        Default time limit of :meth:`run`.

    Examples
    --------
    >>> with Sandbox({"a b.txt": "x\\n"}) as bac:
    ...     bac.run("cat 'a b.txt'").stdout
    'x\\n'
    """

    def __init__(self, files: Optional[Mapping[str, Any]] = None, *,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        self.path = Path(tempfile.mkdtemp(prefix=SANDBOX_PREFIX)).resolve()
        self.timeout = timeout
        try:
            for relative, content in (files or {}).items():
                if isinstance(content, tuple):
                    self.write(relative, *content)
                else:
                    self.write(relative, content)
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> "Sandbox":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Sandbox({str(self.path)!r})"

    def close(self) -> None:
        """Remove the folder and everything in it (idempotent)."""
        _force_remove(self.path)

    def write(self, relative: str, content: Union[str, bytes], mode: int = 0o644) -> Path:
        """Create (or replace) a file, with its parent folders.

        Parameters
        ----------
        relative : str
            POSIX path inside the sandbox, e.g. ``"logs/2024/a b.log"``.
        content : str or bytes
            Content; ``str`` is encoded as UTF-8.
        mode : int
            Permission bits, e.g. ``0o755`` for a script.
        """
        path = _inside(self.path, relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else bytes(content)
        path.write_bytes(data)
        os.chmod(path, mode)
        return path

    def mkdir(self, relative: str) -> Path:
        """Create a folder (and its parents) inside the sandbox."""
        path = _inside(self.path, relative)
        path.mkdir(parents=True, exist_ok=True)
        return path

    def read_text(self, relative: str) -> Optional[str]:
        """Content of a file as text, or ``None`` if it is not a regular file."""
        path = _inside(self.path, relative)
        if path.is_symlink() or not path.is_file():
            return None
        return path.read_bytes().decode("utf-8", "replace")

    def run(self, command: Any, *, timeout: Optional[float] = None,
            what: str = "votre commande") -> Result:
        """Run ``command`` in the sandbox; see :func:`run`."""
        return run(command, self.path, self.timeout if timeout is None else timeout, what=what)

    def snapshot(self) -> Snapshot:
        """Snapshot of the sandbox; see :func:`snapshot`."""
        return snapshot(self.path)


# Watched from now on (imported by the setup cell, before candidate code).
protect(__name__)
