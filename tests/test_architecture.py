"""The package layout keeps its trust boundary and its public names.

The kernel side (what test cells import, run next to candidate code) imports
nothing from the grader side; each grader-side subpackage imports only what
its docstring allows; every name a cell of ``source/`` or ``release/``
imports from ``autograder`` resolves (candidates' workspaces keep old cells).
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path
from typing import Dict, Iterator, Set, Tuple

import nbformat

from conftest import ROOT

PACKAGE = ROOT / "autograder"
KERNEL_SIDE = {"checks", "variants", "shell", "sqldb"}
GRADER_SIDE = {"engine", "model", "reports", "front"}
# Which top-level parts each part may import (itself always allowed).
ALLOWED = {
    "checks": {"variants"}, "variants": set(), "shell": {"checks"}, "sqldb": {"checks"},
    "model": set(),
    "engine": {"model", "checks", "variants"},
    "reports": {"model", "front"},  # the dashboard starts a run through front
    "front": {"engine", "model", "reports", "checks", "variants"},
    "__main__": {"front"}, "__init__": set(),
}


def _part(module: str) -> str:
    """``autograder.engine.grading`` -> ``engine``."""
    return module.split(".")[1] if module.count(".") else "__init__"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> Iterator[Tuple[int, str]]:
    """Absolute names of the ``autograder`` modules a file imports."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target == "autograder" or target.startswith("autograder."):
                names = [f"{target}.{a.name}" for a in node.names] if not node.module else [target]
                for name in names:
                    yield node.lineno, name
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("autograder"):
                    yield node.lineno, alias.name


def test_every_part_imports_only_what_it_may():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        part = _part(module) if module != "autograder" else "__init__"
        for line, target in _imports(path):
            other = _part(target)
            if other not in (part, "__init__") and other not in ALLOWED[part]:
                wrong.append(f"{path.relative_to(ROOT)}:{line} ({part}) imports {target}")
    assert wrong == []


def test_the_kernel_side_imports_nothing_of_the_grader_side():
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        if _part(module) not in KERNEL_SIDE:
            continue
        for line, target in _imports(path):
            assert _part(target) not in GRADER_SIDE, f"{path}:{line} imports {target}"


def test_the_boundary_rule_can_fail(tmp_path):
    """The import reader sees relative imports that climb out of a package."""
    fake = PACKAGE / "shell" / "_probe_for_test.py"
    fake.write_text("from ..engine import grading\n")
    try:
        assert [t for _, t in _imports(fake)] == ["autograder.engine"]
    finally:
        fake.unlink()


def _names_imported_by_cells() -> Dict[str, Set[str]]:
    names: Dict[str, Set[str]] = {}
    for folder in ("source", "release"):
        for notebook in sorted((ROOT / folder).rglob("*.ipynb")):
            nb = nbformat.read(str(notebook), as_version=4)
            for cell in nb.cells:
                if cell.cell_type != "code":
                    continue
                try:
                    tree = ast.parse(cell.source)
                except SyntaxError:
                    continue  # an answer stub; it imports nothing
                for node in ast.walk(tree):
                    if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("autograder"):
                        names.setdefault(node.module, set()).update(a.name for a in node.names)
                    elif isinstance(node, ast.Import):
                        for alias in node.names:
                            if alias.name.startswith("autograder"):
                                names.setdefault(alias.name, set())
    return names


def test_every_name_cells_import_resolves():
    names = _names_imported_by_cells()
    assert {"autograder.checks", "autograder.shell", "autograder.sqldb"} <= set(names)
    missing = []
    for module_name, attributes in sorted(names.items()):
        module = importlib.import_module(module_name)
        missing += [f"{module_name}.{a}" for a in sorted(attributes) if not hasattr(module, a)]
    assert missing == []
