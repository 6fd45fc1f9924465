"""Personal variants: every candidate gets their own data in the diagnostic.

A variant is a six-digit string that seeds the data of the questions written
with :func:`autograder.checks.variant_rng`. The statement's setup cell and
the hidden tests draw from the same variant, so the candidate sees their own
numbers and the tests expect the answers for those numbers.

Where the variant comes from, in this order:

1. ``READINESS_VARIANT`` in the environment. The grader sets it in every
   grading kernel (:mod:`autograder.engine.execute`); a grading kernel never
   looks anywhere else, so it cannot read the candidate's workspace.
2. Outside grading, the workspace's ``.readiness/variant.json``, looked up
   from the current folder upwards: ``readiness start`` writes it, and
   ``readiness start --new-variant`` draws a new one for a retake.
3. Otherwise the nbgrader student id, turned into a variant by
   :func:`variant_of_student`: nbgrader takes the id from the user name
   (``JUPYTERHUB_USER`` on a JupyterHub), and ``readiness class grade`` does
   the same with the id of ``submitted/<id>/``, so a student of a class and
   their grading agree.

Kernel side: imported by :mod:`autograder.checks`, imports nothing of the
grader.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
import secrets
from pathlib import Path
from typing import Optional

ENV = "READINESS_VARIANT"
FILE = Path(".readiness") / "variant.json"
COURSE_ID = "prerequis-bigdata"
_FORMAT = re.compile(r"\d{6}")


def is_variant(value: object) -> bool:
    return isinstance(value, str) and bool(_FORMAT.fullmatch(value))


def variant_of_student(student_id: str) -> str:
    """The variant of an nbgrader student id (the same on every machine)."""
    digest = hashlib.sha256(f"{COURSE_ID}/{student_id}".encode("utf-8")).digest()
    return str(100000 + int.from_bytes(digest[:8], "little") % 900000)


def new_variant(avoid: Optional[str] = None) -> str:
    """A fresh random variant, different from ``avoid``."""
    while True:
        drawn = str(100000 + secrets.randbelow(900000))
        if drawn != avoid:
            return drawn


def read_variant(workspace: Path) -> Optional[str]:
    """The variant kept in ``workspace``, or None (absent or unreadable)."""
    try:
        value = json.loads((Path(workspace) / FILE).read_text(encoding="utf-8")).get("variant")
    except (OSError, ValueError, AttributeError):
        return None
    return value if is_variant(value) else None


def student_id() -> str:
    """The student id nbgrader would use for this user."""
    try:
        return os.environ.get("JUPYTERHUB_USER") or getpass.getuser()
    except Exception:  # no user name at all (some containers)
        return "etudiant"


def current_variant() -> str:
    """The variant of the person running this kernel (see the module docstring)."""
    value = os.environ.get(ENV, "")
    if is_variant(value):
        return value
    if os.environ.get("READINESS_GRADING") == "1":
        return "000000"  # the grader always sets ENV; never read files while grading
    here = Path.cwd()
    for folder in (here, *here.parents):
        found = read_variant(folder)
        if found:
            return found
    return variant_of_student(student_id())
