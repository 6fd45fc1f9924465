"""``readiness class …``: the instructor's commands for a whole class."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def add_parser(sub) -> None:
    """Add ``class grade`` to the ``readiness`` command's subcommands."""
    klass = sub.add_parser("class", help="commandes de l'enseignant·e pour une classe")
    actions = klass.add_subparsers(dest="class_command", required=True)
    grade = actions.add_parser(
        "grade", help="corrige toutes les copies rendues (submitted/), en parallèle et "
                      "seulement ce qui a changé")
    grade.add_argument("assignments", nargs="*", metavar="ASSIGNMENT",
                       help="devoirs à corriger (défaut : tous)")
    grade.add_argument("--course", type=Path, help="dossier du cours (défaut : dossier courant)")
    grade.add_argument("--student", action="append", default=[], metavar="ID",
                       help="seulement cet·te étudiant·e (répétable)")
    grade.add_argument("--workers", type=int, default=0,
                       help="notebooks corrigés en même temps (défaut : 2 par cœur)")
    grade.add_argument("--scheduler", metavar="ADDRESS",
                       help="adresse d'un ordonnanceur Dask (tcp://hôte:8786)")
    grade.add_argument("--force", action="store_true", help="recorrige aussi les copies inchangées")
    grade.add_argument("--json", type=Path, metavar="FILE", help="écrit le résumé en JSON")
    grade.add_argument("--quiet", action="store_true", help="sans barre de progression")


def course_folder(args) -> Path:
    """``--course``, else the current folder if it is a course, else the checkout."""
    from ..model.course import CONFIG_FILE, SOURCE_DIR
    from .api import find_course_root

    if args.course:
        return args.course
    here = Path.cwd()
    if (here / CONFIG_FILE).is_file() and (here / SOURCE_DIR).is_dir():
        return here
    return find_course_root()


def run(args) -> int:
    from tqdm import tqdm

    from ..engine.class_grading import FAILED, MISSING, UNREADABLE, ClassGrader
    from ..engine.nbgrader_run import load_course_config
    from .workspace import write_atomic

    root = course_folder(args)
    grader = ClassGrader(config=load_course_config(root))
    if args.workers:
        grader.max_workers = args.workers
    bar = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if args.quiet or total == 0:
            return
        if bar is None:
            bar = tqdm(total=total, desc="Copies", file=sys.stderr, unit="copie")
        bar.n = done
        bar.refresh()

    import logging

    from .api import _log_to

    state = root / ".readiness"
    state.mkdir(exist_ok=True)
    handler = _log_to(state / "class_grading.log")
    try:
        summary = grader.grade_class(root, args.assignments, args.student, force=args.force,
                                     scheduler=args.scheduler, progress=progress)
    except Exception:
        logging.getLogger("autograder.nbgrader").error("Class grading stopped", exc_info=True)
        raise
    finally:
        logging.getLogger("autograder.nbgrader").removeHandler(handler)
        handler.close()
        if bar is not None:
            bar.close()
    if args.json:
        write_atomic(args.json, json.dumps(summary.to_dict(), ensure_ascii=False, indent=1))
    students = {o.id for o in summary.students}
    print(f"Classe : {len(students)} étudiant·e(s), {summary.graded} copie(s) corrigée(s), "
          f"{summary.skipped} inchangée(s) (non recorrigées), {summary.failed} en échec, "
          f"en {summary.seconds:.1f} s.")
    trouble = [o for o in summary.students if o.status in (FAILED, UNREADABLE, MISSING)]
    labels = {FAILED: "non enregistré", UNREADABLE: "illisible", MISSING: "non rendu"}
    for o in trouble[:20]:
        print(f"  {o.id} · {o.assignment}/{o.notebook} : {labels[o.status]}")
    if len(trouble) > 20:
        print(f"  … et {len(trouble) - 20} autre(s).")
    if args.json:
        print(f"Résumé JSON : {args.json}")
    return 0
