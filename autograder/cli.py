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
from pathlib import Path  # noqa: E402


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="readiness",
        description="Auto-évaluation des prérequis des masters Big Data.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    start = sub.add_parser("start", help="crée ou complète l'espace de travail (sans rien écraser)")
    start.add_argument("--workspace", type=Path, help="dossier de travail (défaut : workspace/ du cours)")
    score = sub.add_parser("score", help="corrige l'espace de travail et affiche le rapport")
    score.add_argument("--workspace", type=Path, help="dossier de travail (défaut : workspace/ du cours)")
    score.add_argument("--json", type=Path, metavar="FILE", help="écrit le rapport en JSON")
    score.add_argument("--html", type=Path, metavar="FILE", help="écrit le rapport en HTML autonome")
    score.add_argument("--no-history", action="store_true",
                       help="n'enregistre pas cette tentative dans l'historique")
    score.add_argument("--quiet", action="store_true", help="sans barre de progression")
    score.add_argument("--progress-lines", action="store_true", help=argparse.SUPPRESS)
    return parser


def _start(args) -> int:
    from .api import default_workspace, find_course_root
    from .workspace import start

    root = find_course_root()
    summary = start(root, args.workspace or default_workspace(root))
    print(f"Espace de travail : {summary.workspace}")
    for rel in summary.added:
        print(f"  ajouté : {rel}")
    if summary.kept:
        print(f"  {len(summary.kept)} fichier(s) déjà présent(s), laissé(s) tel(s) quel(s).")
    if not summary.added:
        print("  Rien de nouveau à ajouter.")
    return 0


def _score(args) -> int:
    from tqdm import tqdm

    from .api import default_workspace, find_course_root, score_workspace
    from .dashboard import PROGRESS_PREFIX
    from .report_html import render_html
    from .report_text import render

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
        report = score_workspace(workspace, root, progress, record=not args.no_history)
    finally:
        if bar is not None:
            bar.close()
    print(render(report))
    if args.json:
        args.json.write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nRapport JSON : {args.json}")
    if args.html:
        link_base = os.path.relpath(root, args.html.resolve().parent) + "/"
        args.html.write_text(render_html(report, link_base), encoding="utf-8")
        print(f"Rapport HTML : {args.html}")
    return 0


def main(argv=None) -> int:
    from .course import CourseError
    from .workspace import WorkspaceError

    args = _parser().parse_args(argv)
    try:
        return _start(args) if args.command == "start" else _score(args)
    except (WorkspaceError, CourseError, OSError) as exc:
        print(f"readiness : erreur : {exc}", file=sys.stderr)
        return 2


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
