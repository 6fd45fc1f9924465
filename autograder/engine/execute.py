"""nbgrader's ``Execute``, made to survive what a notebook can do to its kernel.

Stock ``Execute`` (through nbclient) stops grading a notebook when its kernel
dies, waits the full time limit again for every later cell when a loop
ignores the interrupt, and keeps every byte a cell prints. ``GuardedExecute``
keeps nbgrader's behaviour and adds:

* **a dead kernel** (``os._exit``, a segfault, ``exit()``, the memory limit)
  is restarted; the cell gets a ``DeadKernelError`` output, the notebook's
  setup cells are run again, and grading goes on with the next cell, so only
  the question that killed the kernel loses its points;
* **a cell that times out** gets nbgrader's ``CellTimeoutError``, then the
  kernel is restarted the same way: a loop that swallows
  ``KeyboardInterrupt``, a thread left spinning or a broken ``run_cell``
  cannot stall the cells after it;
* **a time budget per notebook**: once ``notebook_budget`` seconds have been
  lost to time-outs, each remaining cell gets ``timeout_after_budget``
  seconds, so a notebook where every answer loops is graded in about a
  minute; a slow notebook that never times out is not affected;
* **a process or disk limit reached** (see :mod:`autograder.engine.limits`): the
  cell gets a ``ResourceLimitError`` output and the kernel is restarted;
* **an output cap per cell** (``max_output_chars``): beyond it, output is
  dropped and replaced by one notice, so printing in a loop cannot fill the
  grader's memory or the report. The helpers' records (see
  :mod:`autograder.checks`) have their own cap.
"""

from __future__ import annotations

import copy

from jupyter_core.utils import ensure_async, run_sync
from nbclient.exceptions import DeadKernelError
from nbformat.v4 import new_output
from nbgrader.preprocessors import Execute
from traitlets import Integer, Unicode

from ..checks import RECORD_MIME
from ..model.course import is_setup_cell
from ..variants import variant_of_student

LIMIT_ENAME = "ResourceLimitError"
"""Error added to a cell whose code reached the kernel's process or disk limit."""
TRUNCATED = "\n… sortie tronquée : la cellule a affiché plus de {limit} caractères …\n"


def grading_variant(configured: str, resources) -> str:
    """The variant a notebook is graded with: the configured one (readiness
    passes the candidate's), else that of nbgrader's student id, else none."""
    student = ((resources or {}).get("nbgrader") or {}).get("student")
    return configured or (variant_of_student(student) if student else "")


class GuardedExecute(Execute):
    """``Execute`` that restarts dead or stuck kernels and bounds time and output."""

    notebook_budget = Integer(
        30,
        help="Seconds of time-outs a notebook may accumulate before each remaining "
             "cell gets only timeout_after_budget seconds (a slow but finishing "
             "notebook is never affected).",
    ).tag(config=True)

    timeout_after_budget = Integer(
        3, help="Time limit of a cell once the notebook budget is spent."
    ).tag(config=True)

    max_output_chars = Integer(
        20000, help="Characters of output kept per cell (records of checks aside)."
    ).tag(config=True)

    max_record_chars = Integer(
        2_000_000, help="Characters of check records kept per cell."
    ).tag(config=True)

    variant = Unicode(
        "",
        help="Personal variant of the candidate (autograder.variants), given to the "
             "kernel as READINESS_VARIANT. Empty: the variant of nbgrader's student "
             "id, as `nbgrader autograde` grades submitted/<student id>/.",
    ).tag(config=True)

    def preprocess(self, nb, resources=None, km=None):
        self._variant = grading_variant(self.variant, resources)
        self._lost = 0.0  # seconds spent in cells that timed out
        self._output_chars: dict = {}
        self._record_chars: dict = {}
        self.restarts = 0
        return super().preprocess(nb, resources, km)

    def create_kernel_manager(self):
        km = super().create_kernel_manager()
        if self._variant and hasattr(km, "variant"):
            km.variant = self._variant
        return km

    # --- time ----------------------------------------------------------------
    def _get_timeout(self, cell):
        timeout = super()._get_timeout(cell)
        if timeout is None or not hasattr(self, "_lost"):
            return timeout
        left = self.notebook_budget - self._lost
        return int(max(self.timeout_after_budget, min(timeout, left)))

    # --- dead or stuck kernels --------------------------------------------------
    async def async_execute_cell(self, cell, cell_index, execution_count=None,
                                 store_history=True):
        try:
            cell = await super().async_execute_cell(cell, cell_index, execution_count,
                                                    store_history)
        except DeadKernelError:
            cell.outputs.append(new_output(
                "error", ename="DeadKernelError",
                evalue="le noyau Python s'est arrêté pendant cette cellule",
                traceback=["DeadKernelError: le noyau Python s'est arrêté pendant cette cellule"]))
            await self._revive(cell_index)
            return cell
        if self._exit_asked:
            # exit() or quit(): IPython stops the kernel once the cell is over,
            # which would kill the next cell; restart now, blame this one.
            self._exit_asked = False
            cell.outputs.append(new_output(
                "error", ename="SystemExit", evalue="exit()",
                traceback=["SystemExit: exit() arrête le noyau Python"]))
            await self._revive(cell_index + 1)
            return cell
        timed_out = any(o.get("output_type") == "error" and o.get("ename") == "CellTimeoutError"
                        for o in cell.get("outputs", []))
        if timed_out:
            # The interrupt may not have stopped it (KeyboardInterrupt swallowed,
            # a thread still running): start again from a clean kernel.
            self._lost += self._get_timeout(cell) or 0
            await self._revive(cell_index)
            return cell
        limit = getattr(self.km, "exhausted", lambda: "")()
        if limit:
            # Processes left running or a full private disk would make later,
            # unrelated cells fail: blame this cell, go on in a clean kernel.
            cell.outputs.append(new_output(
                "error", ename=LIMIT_ENAME, evalue=limit,
                traceback=[f"{LIMIT_ENAME}: {limit}"]))
            await self._revive(cell_index + 1)
        return cell

    execute_cell = run_sync(async_execute_cell)

    _exit_asked = False

    def on_cell_executed(self, **kwargs):
        super().on_cell_executed(**kwargs)
        payloads = kwargs["execute_reply"].get("content", {}).get("payload", [])
        self._exit_asked = any(p.get("source") == "ask_exit" for p in payloads)

    async def _revive(self, cell_index: int) -> None:
        """Restart the kernel and run the setup cells found before ``cell_index``
        again, so that later answers and tests find what they defined."""
        self.restarts += 1
        self.log.warning("Restarting the kernel after cell %s", cell_index)
        await ensure_async(self.km.restart_kernel(now=True))
        await ensure_async(self.kc.wait_for_ready(timeout=self.startup_timeout))
        for index, cell in enumerate(self.nb.cells[:cell_index]):
            if is_setup_cell(cell):
                # On a copy: the notebook keeps the outputs of the first run.
                await super().async_execute_cell(copy.deepcopy(cell), index,
                                                  store_history=False)

    # --- output ----------------------------------------------------------------
    def output(self, outs, msg, display_id, cell_index):
        content = msg.get("content", {})
        if msg.get("msg_type") == "error":
            return super().output(outs, msg, display_id, cell_index)
        data = content.get("data") or {}
        if RECORD_MIME in data:
            counter, limit = self._record_chars, self.max_record_chars
        else:
            counter, limit = self._output_chars, self.max_output_chars
        size = len(content.get("text", "")) + sum(len(str(v)) for v in data.values())
        used = counter.get(cell_index, 0)
        counter[cell_index] = used + size
        if used + size <= limit:
            return super().output(outs, msg, display_id, cell_index)
        if used <= limit:  # first output over the limit: say so once
            outs.append(new_output("stream", name="stderr", text=TRUNCATED.format(limit=limit)))
        return None
