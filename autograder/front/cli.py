"""Command line: ``readiness start`` and ``readiness score`` (also ``python -m autograder``)."""

from __future__ import annotations

import sys

# jsonschema imports rfc3987_syntax for its "iri" format checker, which builds
# a grammar at import time (about 1 s on every start); nothing here validates
# IRIs, and jsonschema works without that optional module.
sys.modules.setdefault("rfc3987_syntax", None)

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import signal  # noqa: E402
import threading  # noqa: E402
from pathlib import Path  # noqa: E402


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="readiness",
        description="Auto-évaluation des prérequis des masters Big Data.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    start = sub.add_parser("start", help="crée ou complète l'espace de travail (sans rien écraser)")
    start.add_argument("--workspace", type=Path, help="dossier de travail (défaut : workspace/ du cours)")
    start.add_argument("--new-variant", action="store_true",
                       help="nouvelle variante du diagnostic pour le repasser (la tentative "
                            "précédente est gardée sous un autre nom)")
    score = sub.add_parser("score", help="corrige l'espace de travail et affiche le rapport")
    score.add_argument("--workspace", type=Path, help="dossier de travail (défaut : workspace/ du cours)")
    score.add_argument("--json", type=Path, metavar="FILE", help="écrit le rapport en JSON")
    score.add_argument("--html", type=Path, metavar="FILE", help="écrit le rapport en HTML autonome")
    score.add_argument("--no-history", action="store_true",
                       help="n'enregistre pas cette tentative dans l'historique")
    score.add_argument("--quiet", action="store_true", help="sans barre de progression")
    score.add_argument("--no-cache", action="store_true",
                       help="recorrige tous les notebooks, même ceux qui n'ont pas changé")
    score.add_argument("--progress-lines", action="store_true", help=argparse.SUPPRESS)
    from . import class_cli

    class_cli.add_parser(sub)
    return parser


def _start(args) -> int:
    from .api import default_workspace, find_course_root
    from .workspace import start

    root = find_course_root()
    summary = start(root, args.workspace or default_workspace(root), args.new_variant)
    print(f"Espace de travail : {summary.workspace}")
    for change in summary.archived:
        print(f"  tentative précédente gardée : {change.replace(' -> ', ' → ')}")
    if summary.new_variant:
        print(f"  Variante personnelle du diagnostic : {summary.variant} (vos propres données)")
    for rel in summary.added:
        print(f"  ajouté : {rel}")
    if summary.kept:
        print(f"  {len(summary.kept)} fichier(s) déjà présent(s), laissé(s) tel(s) quel(s).")
    if not summary.added:
        print("  Rien de nouveau à ajouter.")
    return 0


def _score(args) -> int:
    from tqdm import tqdm

    from .api import default_workspace, find_course_root, record_report, score_workspace
    from ..reports.dashboard import PROGRESS_PREFIX
    from ..reports.html import render_html
    from ..reports.text import render
    from .workspace import write_atomic

    root = find_course_root()
    workspace = args.workspace or default_workspace(root)
    bar = None

    def progress(done: int, total: int, notebook: str) -> None:
        nonlocal bar
        if args.progress_lines:  # read by the dashboard notebook
            print(f"{PROGRESS_PREFIX}{done}/{total} {notebook}", file=sys.stderr, flush=True)
        if args.quiet:
            return
        if bar is None:
            bar = tqdm(total=total, desc="Correction", file=sys.stderr,
                       bar_format="{desc} {bar} {n_fmt}/{total_fmt} notebooks ({elapsed})")
        bar.n = done
        bar.refresh()

    try:
        report = score_workspace(workspace, root, progress, record=False,
                                 use_cache=not args.no_cache)
    finally:
        if bar is not None:
            bar.close()
    # Files first, then the history, then the verdict on screen: a run that
    # fails half-way (a full disk) shows no verdict and leaves the state as it was.
    text = render(report)
    if args.json:
        write_atomic(args.json, json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    if args.html:
        link_base = os.path.relpath(root, args.html.parent) + "/"
        write_atomic(args.html, render_html(report, link_base))
    if not args.no_history:
        record_report(workspace, report)
    print(text)
    if args.json:
        print(f"\nRapport JSON : {args.json}")
    if args.html:
        print(f"Rapport HTML : {args.html}")
    return 0


# Exit statuses besides 0 (done, whatever the score).
EXIT_UNUSABLE = 2  # the workspace or the course cannot be used: the message says why
EXIT_GRADER = 3  # the grader failed: nothing was scored nor recorded


def _absolute(args) -> None:
    """Make every path of the command line absolute, once, before anything
    changes the current folder (nbgrader does while it grades)."""
    for name in ("workspace", "json", "html", "course"):
        value = getattr(args, name, None)
        if value is not None:
            setattr(args, name, Path(os.path.abspath(Path(value).expanduser())))


def _raise_interrupted(signum, frame):
    from ..engine.failures import Interrupted

    raise Interrupted(signum)


def main(argv=None) -> int:
    """Run one command; returns its exit status.

    Ctrl-C (SIGINT) and SIGTERM stop a run at once: workers and kernels are
    ended, temporary folders removed, nothing recorded; the status is 130 or
    143, as a shell expects.
    """
    from ..model.course import CourseError
    from ..engine.failures import GraderFailure, Interrupted
    from .workspace import WorkspaceError

    args = _parser().parse_args(argv)
    _absolute(args)
    handlers = {}
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            handlers[signum] = signal.signal(signum, _raise_interrupted)
    try:
        if args.command == "class":
            from . import class_cli

            return class_cli.run(args)
        return _start(args) if args.command == "start" else _score(args)
    except (WorkspaceError, CourseError) as exc:
        print(f"readiness : erreur : {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    except GraderFailure as exc:
        print(f"readiness : échec du correcteur, rien n'a été noté ni enregistré ({exc}). "
              "Votre travail n'est pas en cause ; relancez, et si cela se reproduit, "
              "signalez-le avec le journal .readiness/grading.log.", file=sys.stderr)
        return EXIT_GRADER
    except OSError as exc:  # writing a report or the history: disk full, rights...
        print(f"readiness : erreur d'écriture, rien n'a été enregistré ({exc}).", file=sys.stderr)
        return EXIT_GRADER if args.command == "score" else EXIT_UNUSABLE
    except (Interrupted, KeyboardInterrupt) as exc:
        code = exc.code if isinstance(exc, Interrupted) else 128 + signal.SIGINT
        print("\nreadiness : correction interrompue, rien n'a été enregistré.", file=sys.stderr)
        return code
    finally:
        for signum, handler in handlers.items():
            signal.signal(signum, handler)


def run() -> None:
    """Entry point of the ``readiness`` command and of ``python -m autograder``.

    Exits without tearing down the interpreter: unloading the ~1400 modules
    that nbgrader brings in takes about 0.3 s and frees nothing the operating
    system would not. Every file is closed and the worker pool is gone by then.
    """
    import logging

    code = main()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
