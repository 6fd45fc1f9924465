"""Course configuration (traitlets), read by nbgrader and by `readiness`.

Instructors run the usual nbgrader commands from this folder; candidates run
`readiness`, which loads this same file, so both grade alike.
"""

import os
import sys
import warnings

from nbconvert.preprocessors import ClearMetadataPreprocessor, CSSHTMLHeaderPreprocessor
from sqlalchemy.exc import SAWarning
from nbgrader.preprocessors import (AssignLatePenalties, ClearOutput, DeduplicateIds, GetGrades,
                                    IgnorePattern, LimitOutput, OverwriteKernelspec, SaveAutoGrades)

# nbgrader starts `alembic` by name when it creates a gradebook: find the one
# installed next to this Python even if the environment is not activated.
_scripts = os.path.dirname(sys.executable)
if _scripts not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = _scripts + os.pathsep + os.environ.get("PATH", "")

# nbgrader's gradebook code (nbgrader/api.py) makes SQLAlchemy warn « Object of
# type <SubmittedAssignment> not in session » on every autograde; the rows are
# written all the same (the class-grading tests compare them). Hide exactly
# these warnings from exactly that module, nothing else.
warnings.filterwarnings("ignore", category=SAWarning, module=r"nbgrader\.api$",
                        message=r"Object of type <Submitted\w+> not in session")

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
# nbgrader's pipeline, with OverwriteCells replaced by RestoreHiddenTests: an
# untouched released test cell gets its hidden tests back without a
# « checksum has changed! » warning; and CheckCellMetadata by
# QuickCheckCellMetadata: the same checks, with the cell schema validated once
# per process instead of once per cell (autograder/engine/preprocessors.py).
c.Autograde.sanitize_preprocessors = [
    ClearOutput,
    DeduplicateIds,
    OverwriteKernelspec,
    "autograder.engine.preprocessors.RestoreHiddenTests",
    "autograder.engine.preprocessors.QuickCheckCellMetadata",
]
# A deleted or stripped test cell is re-added from the source and graded
# (otherwise nbgrader silently leaves it for manual grading).
c.OverwriteCells.add_missing_cells = True
# Once every cell has run the kernel holds nothing worth a graceful exit;
# killing it saves about 0.1 s of CPU per notebook.
c.Execute.shutdown_kernel = "immediate"
# Outputs may arrive after a cell's reply on a loaded machine; nbgrader stops
# the notebook when they take longer than this (the grader then tries the
# notebook once more, then reports its own failure: never the candidate's).
c.Execute.iopub_timeout = 30

# --- Grading kernels (see autograder/execute.py, kernel.py, sandbox.py) -------
# nbgrader's own pipeline, with Execute replaced by GuardedExecute: a dead or
# stuck kernel is restarted and only its question loses points; time and
# output are bounded per notebook.
c.Autograde.autograde_preprocessors = [
    "autograder.engine.execute.GuardedExecute",
    # Judges the records of the test helpers again, out of the candidate's
    # kernel, against those of the reference solution (autograder/verify.py).
    "autograder.engine.verify.VerifyChecks",
    IgnorePattern,
    ClearMetadataPreprocessor,
    LimitOutput,
    SaveAutoGrades,
    AssignLatePenalties,
    "autograder.engine.preprocessors.QuickCheckCellMetadata",
]
# Once a notebook has lost 30 s to time-outs, each remaining cell gets 3 s: a
# notebook where every answer loops is still graded in about a minute.
c.GuardedExecute.notebook_budget = 30
c.GuardedExecute.timeout_after_budget = 3
c.GuardedExecute.max_output_chars = 20000
# Every grading kernel starts in a sandbox: at most this much memory, read
# access to the Python installation only, write access to its own folder.
c.Execute.kernel_manager_class = "autograder.engine.kernel_manager.SandboxedKernelManager"
c.SandboxedKernelManager.memory_limit_mb = 2048
# A fork loop stops at this many processes and threads (a cgroup per kernel),
# an answer that writes without end fills only a private tmpfs of this size.
c.SandboxedKernelManager.max_processes = 128
c.SandboxedKernelManager.disk_limit_mb = 200
c.SandboxedKernelManager.confine_files = True
# Each grading process imports these once in a fork server and forks every
# kernel from it, sandbox applied in the child: a kernel then starts in about
# a tenth of the CPU (scipy.stats alone costs a second to import). Only
# modules that read nothing of the kernel's environment when imported.
c.SandboxedKernelManager.preload = [
    "numpy", "numpy.linalg", "numpy.random", "numpy.testing",
    "scipy.integrate", "scipy.linalg", "scipy.optimize", "scipy.special", "scipy.stats",
    "sqlite3",
]

# --- Feedback -------------------------------------------------------------
# Candidates must never see hidden tests, neither their code nor the lines
# a traceback would quote.
c.GenerateFeedback.preprocessors = [
    GetGrades,
    "autograder.engine.preprocessors.QuietClearHiddenTests",
    "autograder.engine.preprocessors.ShortenTestErrors",
    CSSHTMLHeaderPreprocessor,
]
# nbgrader's feedback page with French labels and messages that wrap
# (autograder/reports/templates/feedback_fr); it extends nbconvert's classic
# template, and nbgrader still adds the folder of its Bootstrap stylesheet.
import nbgrader as _nbgrader  # noqa: E402
import autograder.reports as _reports  # noqa: E402

c.HTMLExporter.template_name = "feedback_fr"
# Formulas as MathML, written with the page: they show offline (no MathJax CDN).
c.HTMLExporter.filters = {"markdown2html": "autograder.reports.mathml.markdown2html"}
c.HTMLExporter.extra_template_basedirs = [
    os.path.join(os.path.dirname(_reports.__file__), "templates"),
    os.path.join(os.path.dirname(_nbgrader.__file__), "server_extensions", "formgrader", "templates"),
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
