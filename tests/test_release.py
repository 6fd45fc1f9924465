"""release/ is exactly what nbgrader generates from source/."""

from __future__ import annotations

import re

import nbformat

from autograder.front.release import generate_release
from conftest import ROOT


def files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in folder.rglob("*") if p.is_file() and ".ipynb_checkpoints" not in p.parts}


def test_release_in_sync_with_source(tmp_path):
    generate_release(ROOT, tmp_path / "release")
    generated, committed = files(tmp_path / "release"), files(ROOT / "release")
    assert sorted(generated) == sorted(committed)
    stale = [name for name in generated if generated[name] != committed[name]]
    assert stale == [], "release/ est périmé : lancez `make release`"


def test_release_has_no_solutions_nor_hidden_tests():
    """No marker survives, and no line that only hidden tests contain."""
    hidden = re.compile(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", re.S)
    for path in (ROOT / "source").rglob("*.ipynb"):
        released_path = ROOT / "release" / path.relative_to(ROOT / "source")
        released = released_path.read_text(encoding="utf-8")
        assert "BEGIN SOLUTION" not in released and "BEGIN HIDDEN TESTS" not in released
        release_text = "\n".join(c.source for c in nbformat.read(str(released_path), 4).cells)
        cells = nbformat.read(str(path), as_version=4).cells
        visible_text = "\n".join(hidden.sub("", c.source) for c in cells)
        for cell in cells:
            for block in hidden.findall(cell.source):
                only_hidden = [ln for ln in block.splitlines()
                               if len(ln.strip()) > 20 and ln not in visible_text]
                leaked = [ln for ln in only_hidden if ln in release_text]
                assert not leaked, (path.name, leaked[:3])
