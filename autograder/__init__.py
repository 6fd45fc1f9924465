"""Readiness self-assessment for the prerequisites of Big Data master's programmes.

The package adds to nbgrader what a candidate alone needs: a workspace made
from ``release/``, grading of that workspace through nbgrader's own
autograde, a readiness model (per skill, domain and overall) and reports.
"""

__version__ = "0.1.0"
