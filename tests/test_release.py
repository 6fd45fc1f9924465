"""release/ is exactly what nbgrader generates from source/."""

from __future__ import annotations

from autograder.release import generate_release
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
    for path in (ROOT / "release").rglob("*.ipynb"):
        text = path.read_text(encoding="utf-8")
        for marker in ("BEGIN SOLUTION", "BEGIN HIDDEN TESTS", "rng_for("):
            assert marker not in text, (path.name, marker)
