"""Course configuration (traitlets), read by nbgrader and by `readiness`.

Instructors run the usual nbgrader commands from this folder; candidates run
`readiness`, which loads this same file, so both grade alike.
"""

import os

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import ClearHiddenTests, GetGrades

c = get_config()  # noqa: F821 (provided by traitlets when it loads this file)
here = os.path.dirname(os.path.abspath(__file__))

# --- Course ---------------------------------------------------------------
c.CourseDirectory.course_id = "prerequis-bigdata"
c.CourseDirectory.root = here
# The default exchange (/srv/nbgrader/exchange) is often not writable.
c.Exchange.root = os.path.join(here, "exchange")

# --- Student versions -----------------------------------------------------
c.ClearSolutions.code_stub = {
    "python": "# VOTRE CODE ICI\nraise NotImplementedError()",
}
c.ClearSolutions.text_stub = "VOTRE RÉPONSE ICI"

# --- Autograding ----------------------------------------------------------
# Every question runs in well under a second; 10 s per cell stops infinite
# loops quickly without hurting a slow laptop.
c.Execute.timeout = 10
# A deleted or stripped test cell is re-added from the source and graded
# (otherwise nbgrader silently leaves it for manual grading).
c.OverwriteCells.add_missing_cells = True
# Once every cell has run the kernel holds nothing worth a graceful exit;
# killing it saves about 0.1 s of CPU per notebook.
c.Execute.shutdown_kernel = "immediate"

# --- Feedback -------------------------------------------------------------
# Candidates must never see hidden tests, neither their code nor the lines
# a traceback would quote.
c.GenerateFeedback.preprocessors = [
    GetGrades,
    ClearHiddenTests,
    "autograder.preprocessors.ShortenTestErrors",
    CSSHTMLHeaderPreprocessor,
]

# --- Readiness policy (see autograder/policy.py for every option) ---------
# The rule French master's programmes publish: each domain >= 50/100 and
# the average >= 50/100.
c.ReadinessPolicy.domain_threshold = 50.0
c.ReadinessPolicy.overall_threshold = 50.0
c.ReadinessPolicy.almost_margin = 15.0
c.ReadinessPolicy.domain_weights = {}

# --- Grading by `readiness score` -------------------------------------------
# 0 = one worker per notebook, up to twice the number of cores: a worker
# spends part of its time waiting for its kernel (measured in benchmarks/).
c.WorkspaceGrader.max_workers = 0
