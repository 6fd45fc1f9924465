"""What the CLI and the dashboard notebook call."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Optional

from ..model.course import CONFIG_FILE, SOURCE_DIR, Course
from ..engine.failures import GraderFailure, describe
from ..engine.grading import Progress, WorkspaceGrader
from ..engine.nbgrader_run import load_course_config
from ..model.policy import ReadinessPolicy
from ..model.readiness import build_report
from ..model.results import Report
from . import workspace as ws

COURSE_ENV = "READINESS_COURSE"
CACHE_ENV = "READINESS_CACHE_DIR"
WORKSPACE_DIR = "workspace"


def find_course_root() -> Path:
    """The course folder: ``$READINESS_COURSE``, else the checkout this package lives in,
    else the current folder."""
    if os.environ.get(COURSE_ENV):
        return Path(os.environ[COURSE_ENV]).expanduser().resolve()
    here = Path(__file__).resolve().parents[2]  # autograder/front/api.py -> the checkout
    if (here / SOURCE_DIR).is_dir() and (here / CONFIG_FILE).is_file():
        return here
    return Path.cwd().resolve()


def default_workspace(course_root: Optional[Path] = None) -> Path:
    return (course_root or find_course_root()) / WORKSPACE_DIR


def cache_dir(workspace: Path) -> Path:
    """Where the template gradebook is kept: ``$READINESS_CACHE_DIR`` or the
    workspace. Absolute: nbgrader changes the current folder while grading."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser().resolve()
    return Path(workspace).resolve() / ws.STATE_DIR / "cache"


def _log_to(path: Path) -> logging.Handler:
    """Send nbgrader's log of this run to ``path`` instead of the terminal."""
    logger = logging.getLogger("autograder.nbgrader")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    handler = logging.FileHandler(path, mode="w", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    return handler


def score_workspace(
    workspace: Path,
    course_root: Optional[Path] = None,
    progress: Optional[Progress] = None,
    record: bool = True,
    use_cache: bool = True,
) -> Report:
    """Grade ``workspace`` and return its readiness report.

    Parameters
    ----------
    workspace : Path
        A folder made by ``readiness start``.
    course_root : Path, optional
        The course folder (``source/``, ``release/``, ``nbgrader_config.py``).
    progress : callable, optional
        Called as ``progress(done, total, notebook)`` as notebooks are graded.
    record : bool
        Append the run to the workspace history (and compare with the last one).
    use_cache : bool
        Reuse the results of unchanged notebooks (only edited notebooks are
        graded again).

    Raises
    ------
    GraderFailure
        The grader itself failed; nothing was recorded.
    """
    # Every path is made absolute here, once: nbgrader changes the current
    # folder while it grades, and a relative path would then point elsewhere.
    workspace = ws.check_workspace(Path(workspace).expanduser().resolve())
    root = Path(course_root).expanduser().resolve() if course_root else find_course_root()
    course = Course.load(root)
    config = load_course_config(root)
    handler = _log_to(ws.log_path(workspace))
    log = logging.getLogger("autograder.nbgrader")
    try:
        questions = WorkspaceGrader(config=config).grade(
            course, workspace, progress, cache_dir=cache_dir(workspace),
            log_file=ws.log_path(workspace), course_config=config, use_cache=use_cache)
    except GraderFailure as exc:
        log.error("Grader failure, nothing recorded: %s", exc, exc_info=True)
        raise
    except Exception as exc:  # a bug of the grader: never the candidate's score
        log.error("Grader failure, nothing recorded", exc_info=True)
        raise GraderFailure("correction", describe(exc)) from exc
    finally:
        logging.getLogger("autograder.nbgrader").removeHandler(handler)
        handler.close()
    try:
        report = build_report(questions, ReadinessPolicy(config=config), ws.last_run(workspace))
        summary, data = report.summary(), report.to_dict()
    except Exception as exc:
        raise GraderFailure("calcul du rapport", describe(exc)) from exc
    if record:
        ws.record_run(workspace, summary, data)
    return report


def record_report(workspace: Path, report: Report) -> None:
    """Append ``report`` to the workspace history and keep it as the last one."""
    ws.record_run(Path(workspace).resolve(), report.summary(), report.to_dict())
