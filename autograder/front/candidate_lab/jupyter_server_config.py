"""JupyterLab for candidates, loaded by `make lab` (JUPYTER_CONFIG_PATH).

Nothing a candidate does in JupyterLab may change a file of the course that
git tracks: opening a notebook of ``notebooks/`` completes its kernel and
language metadata, running it adds outputs, and autosave would write both,
so that the next ``git pull`` of a course update conflicts. Tracked files
are therefore served read-only (JupyterLab opens them with a lock and
offers « Enregistrer sous… » for a personal copy); the candidate's work,
``workspace/``, is not tracked and stays writable.

``labconfig/page_config.json`` next to this file hides the instructor tools
of nbgrader (create assignment, formgrader, course list, menu) and
JupyterLab's news pop-up. Instructors run ``make lab INSTRUCTOR=1``, which
does not load this folder.
"""

import os
import subprocess

from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager
from tornado import web


def tracked_files(root: str) -> frozenset:
    """Paths (relative, with /) of the files git tracks under ``root``; when
    git is missing or ``root`` is not a checkout, every file that exists now
    outside ``workspace/`` (the course as it was cloned or unpacked)."""
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True,
                             timeout=30, check=True).stdout
        return frozenset(p for p in out.decode("utf-8", "replace").split("\0") if p)
    except (OSError, subprocess.SubprocessError):
        found = set()
        for folder, dirs, files in os.walk(root):
            rel = os.path.relpath(folder, root)
            dirs[:] = [d for d in dirs if not d.startswith(".") and not (rel == "." and d == "workspace")]
            found.update(os.path.normpath(os.path.join(rel, f)).replace(os.sep, "/") for f in files)
        return frozenset(found)


class CourseContentsManager(AsyncLargeFileManager):
    """Jupyter's file manager, with the course's tracked files read-only."""

    _tracked = None

    @property
    def tracked(self) -> frozenset:
        if self._tracked is None:
            self._tracked = tracked_files(self.root_dir)
        return self._tracked

    def is_tracked(self, path: str) -> bool:
        return path.strip("/") in self.tracked

    async def get(self, path, content=True, type=None, format=None, **kwargs):
        model = await super().get(path, content=content, type=type, format=format, **kwargs)
        if model.get("type") != "directory" and self.is_tracked(path):
            model["writable"] = False
        return model

    def _refuse(self, path):
        raise web.HTTPError(403, f"{path} fait partie du cours et reste en lecture seule : "
                                 "enregistrez une copie dans workspace/ (Fichier › Enregistrer sous…).")

    async def save(self, model, path=""):
        if self.is_tracked(path):
            self._refuse(path)
        return await super().save(model, path)

    async def delete_file(self, path):
        if self.is_tracked(path):
            self._refuse(path)
        return await super().delete_file(path)

    async def rename_file(self, old_path, new_path):
        if self.is_tracked(old_path) or self.is_tracked(new_path):
            self._refuse(old_path)
        return await super().rename_file(old_path, new_path)


c = get_config()  # noqa: F821 (provided by traitlets when it loads this file)
c.ServerApp.contents_manager_class = CourseContentsManager
