"""Results of graded notebooks, kept so that a notebook is graded once.

A grade depends only on the notebook's content, the course's sources and
configuration, and the grader's version (the template gradebook's key,
:func:`autograder.engine.nbgrader_run.gradebook_key`, hashes all three). An
entry is found under that key and a hash of the notebook's bytes: editing
one notebook regrades that notebook only, and changing the course, its
configuration or the grader regrades everything. Entries are written
atomically; one that cannot be read is a miss.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import asdict
from pathlib import Path

from ..model.results import QuestionResult

PREFIX = "results-"


class ResultCache:
    """Graded notebooks under ``folder/results-<course key>/``."""

    def __init__(self, folder: Path, course_key: str):
        self.folder = Path(folder) / f"{PREFIX}{course_key}"

    @staticmethod
    def entry_key(path: str, data: bytes) -> str:
        digest = hashlib.sha256(path.encode("utf-8") + b"\0" + data)
        return digest.hexdigest()[:32]

    def get(self, path: str, data: bytes):
        """The :class:`~autograder.engine.grading.Graded` stored for this
        notebook path and content, or None."""
        from .grading import Graded

        entry = self.folder / f"{self.entry_key(path, data)}.json"
        try:
            stored = json.loads(entry.read_text(encoding="utf-8"))
            results = [QuestionResult(**r) for r in stored["results"]]
            return Graded(results, stored.get("notebook"))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, path: str, data: bytes, graded) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        entry = self.folder / f"{self.entry_key(path, data)}.json"
        partial = entry.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps({"results": [asdict(r) for r in graded.results],
                                       "notebook": graded.notebook}), encoding="utf-8")
        os.replace(partial, entry)

    def remove_stale(self) -> None:
        """Remove entries made for other versions of the course or grader."""
        for stale in self.folder.parent.glob(f"{PREFIX}*"):
            if stale != self.folder:
                shutil.rmtree(stale, ignore_errors=True)
