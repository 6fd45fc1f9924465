"""Send grading jobs to a Dask distributed cluster (``--scheduler ADDRESS``).

Each job is one notebook, graded on a worker exactly as a local worker
process grades it (:func:`autograder.engine.grading._grade_job`); results come
back to the coordinating process, which alone writes the gradebook. The
workers must see the course folder and the grading cache at the same paths
as the coordinator (a shared file system, as nbgrader's exchange assumes),
and have the course's environment installed. Dask is needed only here.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path


def _grade_on_worker(job, course_root, gradebook, config, timeout, cache, key):
    from .grading import _grade_job
    from .kernel_forkserver import server_pids
    from .processes import kill_descendants

    work = Path(tempfile.mkdtemp(prefix="readiness-dask-"))
    try:
        return _grade_job(job, course_root, gradebook, work / "job", config, timeout, cache, key)
    finally:
        kill_descendants(spare=server_pids())
        shutil.rmtree(work, ignore_errors=True)


def run_on_cluster(address, jobs, course_root, gradebook, config, timeout, cache, key):
    """Yield ``(job, Graded)`` as the cluster at ``address`` grades ``jobs``.

    ``address`` is a scheduler address (``tcp://host:8786``) or a
    ``distributed.Client``/``LocalCluster`` (tests).
    """
    from distributed import Client, as_completed

    from .grading import _as_failure

    client = address if isinstance(address, Client) else Client(address)
    owned = client is not address
    futures = {}
    try:
        for job in jobs:
            future = client.submit(_grade_on_worker, job, course_root, gradebook, config,
                                   timeout, cache, key, pure=False)
            futures[future] = job
        for future in as_completed(futures):
            job = futures[future]
            try:
                result = future.result()
            except Exception as exc:
                raise _as_failure(job, exc) from exc
            yield job, result
    finally:
        client.cancel(list(futures))
        if owned:
            client.close()
