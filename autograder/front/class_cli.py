"""``readiness class …``: the instructor's commands for a whole class."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def add_parser(sub) -> None:
    """Add ``class grade`` and ``class report`` to the ``readiness`` command's subcommands."""
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
    report = actions.add_parser(
        "report", help="rapport de classe : qui est prêt·e, quoi reprendre, quelles questions "
                       "fonctionnent, groupes d'entraide (lit ce qu'a écrit `class grade`)")
    report.add_argument("assignments", nargs="*", metavar="ASSIGNMENT",
                        help="devoirs du rapport (défaut : tous)")
    report.add_argument("--course", type=Path, help="dossier du cours (défaut : dossier courant)")
    report.add_argument("--html", type=Path, metavar="FILE", help="écrit le rapport en HTML autonome")
    report.add_argument("--csv", type=Path, metavar="FILE",
                        help="écrit une ligne par étudiant·e (CSV UTF-8, une colonne par domaine)")
    report.add_argument("--json", type=Path, metavar="FILE", help="écrit le rapport en JSON")
    report.add_argument("--groups", type=int, metavar="SIZE",
                        help="propose des groupes d'entraide de cette taille")


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
    if args.class_command == "report":
        return run_report(args)
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


# Written by ``readiness class grade`` (engine.class_grading.STATE_FILE; not
# imported from there, which would load nbgrader's converters for nothing).
STATE_FILE = Path(".readiness") / "class_state.json"


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def gradebook_students(root: Path, config) -> dict:
    """The gradebook's students, id → display name (``first last``, or the id).

    A SQLite gradebook that does not exist yet is not created: no students.
    """
    # nbgrader's default (CourseDirectory.db_url), without importing nbgrader
    # when there is no gradebook to read.
    db_url = config.CourseDirectory.get("db_url") or f"sqlite:///{Path(root) / 'gradebook.db'}"
    if db_url.startswith("sqlite:///") and not Path(db_url[len("sqlite:///"):]).is_file():
        return {}
    from nbgrader.api import Gradebook

    from ..engine.nbgrader_run import ensure_scripts_on_path

    ensure_scripts_on_path()  # nbgrader runs `alembic` on the gradebook
    with Gradebook(db_url) as gb:
        return {s.id: " ".join(p for p in (s.first_name, s.last_name) if p) or s.id
                for s in gb.students}


def class_report(root: Path, assignments=(), groups: int | None = None):
    """Build the class report of the course at ``root`` from the class state
    (``.readiness/class_state.json``) and the gradebook's students."""
    from ..engine.nbgrader_run import load_course_config
    from ..model.class_stats import analyse_class, read_state
    from ..model.course import Course, CourseError
    from ..model.peer_groups import peer_groups
    from ..model.policy import ReadinessPolicy

    root = Path(root).resolve()
    course = Course.load(root)
    known = {q.assignment for q in course.questions}
    unknown = set(assignments) - known
    if unknown:
        raise CourseError(f"devoir(s) inconnu(s) dans source/ : {', '.join(sorted(unknown))}")
    config = load_course_config(root)
    names = gradebook_students(root, config)
    data = read_state(_read_json(root / STATE_FILE), course.questions, names, assignments, names)
    policy = ReadinessPolicy(config=config)
    report = analyse_class(data, policy)
    if not (root / STATE_FILE).is_file():
        report.notes.insert(0, "Aucune copie corrigée dans ce cours : lancez d'abord "
                               "`readiness class grade` (après `nbgrader collect`).")
    if groups is not None:
        report.groups = peer_groups(
            {s.id: s.domains for s in report.students},
            {s.id: s.overall for s in report.students}, groups, policy.domain_threshold,
            {s.id: s.name for s in report.students})
    return report


def run_report(args) -> int:
    from ..reports.class_report import render_class_html, render_csv, render_json, summary_lines
    from .workspace import write_atomic

    if args.groups is not None and args.groups < 1:
        print("--groups : la taille des groupes doit être au moins 1.", file=sys.stderr)
        return 2
    report = class_report(course_folder(args), args.assignments, args.groups)
    for line in summary_lines(report):
        print(line)
    if args.html:
        write_atomic(args.html, render_class_html(report))
        print(f"Rapport HTML : {args.html}")
    if args.csv:
        write_atomic(args.csv, "\ufeff" + render_csv(report))
        print(f"Tableau CSV : {args.csv}")
    if args.json:
        write_atomic(args.json, render_json(report))
        print(f"Rapport JSON : {args.json}")
    if report.groups is not None and not args.html:
        for k, g in enumerate(report.groups, start=1):
            print(f"Groupe {k} : {', '.join(g.members)} — {' ; '.join(g.reasons)}")
    if not (args.html or args.csv or args.json):
        print("Pour le rapport complet : --html rapport_classe.html (et --csv, --json).")
    return 0
