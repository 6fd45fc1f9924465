"""`readiness class grade` with the gradebook in PostgreSQL.

The test starts a real PostgreSQL server in a temporary folder (Debian's
server binaries; as root they must run as the `postgres` user), points the
course at it with `c.CourseDirectory.db_url`, and checks that nbgrader's
commands and the class grader write and read the same gradebook there.
Without the binaries the test is skipped with a message, except in CI
(`READINESS_REQUIRE_ALL=1`, set by `.ci/run`, which installs them).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest

from test_class_grade import A, grade, make_class


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(*command: str) -> list:
    if os.geteuid() == 0:  # initdb and postgres refuse to run as root
        return ["runuser", "-u", "postgres", "--", *command]
    return list(command)


@pytest.fixture(scope="module")
def postgres(tmp_path_factory):
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        message = ("PostgreSQL server binaries not found: `apt-get install postgresql` "
                   "(Debian) enables this test")
        if os.environ.get("READINESS_REQUIRE_ALL") == "1":
            pytest.fail(message)
        pytest.skip(message)
    bin_dir = Path(found[-1]).parent
    folder = tmp_path_factory.mktemp("postgres")
    data = folder / "data"
    data.mkdir()
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(data, "postgres")
        folder.chmod(0o755)
        for parent in folder.parents:  # the postgres user must reach its folder
            if parent.stat().st_mode & 0o001 == 0 and str(parent).startswith("/tmp/"):
                parent.chmod(parent.stat().st_mode | 0o001)
    port = _free_port()
    subprocess.run(_as_postgres(str(bin_dir / "initdb"), "-D", str(data), "--auth=trust",
                                "-U", "postgres", "-E", "UTF8"), check=True,
                   capture_output=True)
    subprocess.run(_as_postgres(str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-l",
                                str(data / "server.log"), "-o",
                                f"-p {port} -k {data} -c listen_addresses=''", "start"),
                   check=True, capture_output=True)
    try:
        subprocess.run(_as_postgres(str(bin_dir / "createdb"), "-h", str(data), "-p",
                                    str(port), "-U", "postgres", "gradebook"),
                       check=True, capture_output=True)
        yield f"postgresql+psycopg2://postgres@/gradebook?host={data}&port={port}"
    finally:
        subprocess.run(_as_postgres(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                    "stop"), capture_output=True)


def test_class_grade_writes_into_postgresql(postgres, tmp_path):
    from nbgrader.api import Gradebook

    course = make_class(tmp_path, f"\nc.CourseDirectory.db_url = {postgres!r}\n")
    assert not (course / "gradebook.db").exists()  # everything went to PostgreSQL
    summary = grade(course, tmp_path)
    assert (summary["graded"], summary["failed"]) == (3, 0)
    with Gradebook(postgres) as gb:
        alice = gb.find_submission(A, "alice")
        bob = gb.find_submission(A, "bob")
        assert alice.score == alice.max_score > 0
        assert bob.score == 0
    assert not (course / "gradebook.db").exists()
