"""Question titles and notebook names as people read them, not raw ids."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Dict


def question_titles(course_root: Path) -> Dict[str, str]:
    """``{grade_id of a test cell: "Question 3 — Somme de deux dés"}``, read
    from the headings of the published notebooks (``release/``)."""
    titles: Dict[str, str] = {}
    for path in sorted(Path(course_root, "release").glob("*/*.ipynb")):
        try:
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        except (OSError, ValueError, KeyError):
            continue
        heading = None
        for cell in cells:
            source = "".join(cell.get("source", ""))
            if cell.get("cell_type") == "markdown":
                match = re.search(r"^#+\s*(Question\b.*?)\s*(\*\(.*\)\*)?\s*$", source, re.M)
                if match:
                    heading = match.group(1).strip()
                continue
            nbgrader = cell.get("metadata", {}).get("nbgrader", {})
            if nbgrader.get("grade") and not nbgrader.get("solution") and heading:
                titles[nbgrader["grade_id"]] = heading
    return titles


def notebook_label(notebook: str) -> str:
    """``08_statistique/01_estimation.ipynb`` → ``08_statistique / 01_estimation``."""
    return notebook.removesuffix(".ipynb").replace("/", " / ")
