"""Generate the student versions (``release/``) from ``source/`` with nbgrader.

Equivalent to ``nbgrader generate_assignment <assignment>`` for every
assignment, run in a private folder so that the course folder gets no
gradebook or log. ``python -m autograder.front.release`` rewrites ``release/``;
the test suite generates into a temporary folder and checks that the
committed ``release/`` is identical.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.modules.setdefault("rfc3987_syntax", None)  # see autograder/cli.py

from ..model.course import RELEASE_DIR, SOURCE_DIR  # noqa: E402
from ..engine.nbgrader_run import GRADEBOOK, generate_assignments, load_course_config  # noqa: E402


def assignments(course_root: Path) -> list:
    return sorted(p.name for p in (Path(course_root) / SOURCE_DIR).iterdir()
                  if p.is_dir() and not p.name.startswith("."))


def generate_release(course_root: Path, dest: Path) -> None:
    """Write the nbgrader student version of every assignment into ``dest``."""
    course_root = Path(course_root).resolve()
    base = load_course_config(course_root)
    with tempfile.TemporaryDirectory(prefix="readiness-release-") as tmp:
        root = Path(tmp)
        shutil.copytree(course_root / SOURCE_DIR, root / SOURCE_DIR,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
        generate_assignments(root, assignments(course_root), base)
        (root / GRADEBOOK).unlink(missing_ok=True)
        dest = Path(dest)
        if dest.exists():
            shutil.rmtree(dest)
        shutil.copytree(root / RELEASE_DIR, dest)


def main() -> int:
    from .api import find_course_root

    root = find_course_root()
    generate_release(root, root / RELEASE_DIR)
    print(f"{RELEASE_DIR}/ régénéré depuis {SOURCE_DIR}/ ({', '.join(assignments(root))}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
