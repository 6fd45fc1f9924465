"""Readiness self-assessment for the prerequisites of Big Data master's programmes.

The package adds to nbgrader what a candidate alone needs: a workspace made
from ``release/``, grading of that workspace through nbgrader's own
autograde, a readiness model (per skill, domain and overall) and reports.
It is split along one trust boundary (see ``docs/architecture.md``):

**Kernel side**, imported by test cells and run inside the candidate's
kernel, next to code that may be hostile; imports nothing from the grader
side, and its names are a public interface (old workspaces keep old cells):

- :mod:`autograder.checks`  the checks, plain data, records, tamper guard
- :mod:`autograder.shell`   shell commands in a throw-away folder, their checks
- :mod:`autograder.sqldb`   the school database, read-only queries, row checks

**Grader side**, trusted, never imports an object made by candidate code:

- :mod:`autograder.engine`   nbgrader driving, guarded execution, sandbox,
  second judgement of records, repair, grader failures
- :mod:`autograder.model`    catalogue, course, readiness policy and scores
- :mod:`autograder.reports`  terminal, HTML, charts, dashboard
- :mod:`autograder.front`    what people run: CLI, API, workspace, release
"""

__version__ = "0.1.0"
