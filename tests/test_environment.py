"""environment.yml and pyproject.toml list the same dependencies and pins."""

from __future__ import annotations

import re
import tomllib

from conftest import ROOT


def pins_from_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    deps = project["dependencies"] + project["optional-dependencies"]["test"]
    return dict(d.split("==") for d in deps)


def pins_from_environment():
    pins = {}
    for line in (ROOT / "environment.yml").read_text().splitlines():
        # conda pins (name=1.2) and the pip section's pins (name==1.2)
        m = re.fullmatch(r"\s*-\s*([A-Za-z0-9_.-]+)==?([0-9][^\s#]*)\s*", line)
        if m and m.group(1) != "python":
            pins[m.group(1)] = m.group(2)
    return pins


def test_every_dependency_is_pinned():
    assert all(re.fullmatch(r"\d+(\.\d+)*", v) for v in pins_from_pyproject().values())


def test_conda_and_pip_agree():
    assert pins_from_environment() == pins_from_pyproject()


def test_environment_python_is_supported():
    python = re.search(r"-\s*python=(\d+\.\d+)", (ROOT / "environment.yml").read_text()).group(1)
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert tuple(map(int, python.split("."))) >= tuple(map(int, requires.lstrip(">=").split(".")))
