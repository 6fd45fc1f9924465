"""Unit tests of the shell sandbox used by the Unix test cells (autograder.shell)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np
import pytest

from autograder.checks import Incorrect
from autograder.shell import (
    Entry,
    Sandbox,
    check_lines,
    check_number,
    check_output,
    check_tree,
    command_text,
    format_mode,
    make_tree,
    random_name,
    require_bash,
    run,
    snapshot,
    split_words,
)


@pytest.fixture(autouse=True)
def private_tempdir(tmp_path, monkeypatch):
    """Sandboxes of these tests live under tmp_path, to check that none is left behind."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    yield root
    assert list(root.iterdir()) == []


def message(fn, *args, **kwargs) -> str:
    with pytest.raises(Incorrect) as info:
        fn(*args, **kwargs)
    return str(info.value)


def alive(pid: int, wait: float = 2.0) -> bool:
    """Whether a process still runs (a zombie does not count), waiting up to ``wait`` s."""
    deadline = time.monotonic() + wait
    while True:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return False
        if state in ("Z", "X"):
            return False
        if time.monotonic() > deadline:
            return True
        time.sleep(0.02)


def test_require_bash():
    assert require_bash()[0].isdigit()


def test_run_captures_output_error_and_status():
    with Sandbox() as box:
        result = box.run("echo dehors; echo erreur >&2; exit 3")
    assert result.stdout == "dehors\n"
    assert result.stderr == "erreur\n"
    assert result.returncode == 3
    assert result.lines == ["dehors"] and result.error_lines == ["erreur"]


def test_cwd_and_home_are_the_sandbox():
    with Sandbox() as box:
        result = box.run('pwd; echo "$HOME"; cd; pwd')
        assert result.lines == [str(box.path)] * 3
        box.run("echo x > fichier.txt")
        assert box.read_text("fichier.txt") == "x\n"


def test_environment_is_minimal():
    with Sandbox() as box:
        result = box.run("env")
    env = dict(line.split("=", 1) for line in result.lines)
    assert env["PATH"] == "/usr/bin:/bin"
    assert env["LC_ALL"] == "C"
    assert env["HOME"] == env["PWD"]
    assert set(env) <= {"PATH", "HOME", "LC_ALL", "PWD", "SHLVL", "_", "OLDPWD"}


def test_stdin_is_closed_and_umask_fixed():
    with Sandbox() as box:
        start = time.monotonic()
        assert box.run("cat; echo fin").stdout == "fin\n"
        assert time.monotonic() - start < 3
        box.run("touch neuf; mkdir dossier")
        tree = box.snapshot()
    assert tree["neuf"].mode == 0o644 and tree["dossier"].mode == 0o755


def test_timeout_kills_the_whole_process_group():
    with Sandbox() as box:
        start = time.monotonic()
        text = message(box.run, "sleep 30 & echo $! > pid; sleep 30", timeout=0.5)
        assert time.monotonic() - start < 3
        assert "0.5 s" in text and "interrompue" in text
        background = int(box.read_text("pid"))
    assert not alive(background)


def test_background_leftovers_are_killed_after_a_normal_exit():
    with Sandbox() as box:
        result = box.run("sleep 30 > /dev/null 2>&1 & echo $!")
    assert result.returncode == 0
    assert not alive(int(result.stdout))


def test_too_much_output_is_stopped():
    with Sandbox() as box:
        assert "trop de texte" in message(box.run, "yes")


def test_names_with_spaces():
    files = {"a b/c d.txt": "un\ndeux\n", "e f.csv": ("x;y\n", 0o600)}
    with Sandbox(files) as box:
        assert box.run('cat "a b/c d.txt"').lines == ["un", "deux"]
        assert "No such file" in box.run("cat a b/c d.txt").stderr
        tree = box.snapshot()
    assert tree == {
        "a b": Entry("dir", tree["a b"].mode),
        "a b/c d.txt": Entry.file("un\ndeux\n"),
        "e f.csv": Entry.file("x;y\n", 0o600),
    }


def test_snapshot_does_not_follow_links(tmp_path):
    (tmp_path / "cible").mkdir()
    (tmp_path / "cible" / "f").write_text("x")
    (tmp_path / "lien").symlink_to("cible")
    tree = snapshot(tmp_path)
    assert tree["lien"] == Entry("link", tree["lien"].mode, b"cible")
    assert "lien/f" not in tree and tree["cible/f"].data == b"x"


def test_sandbox_is_removed_even_after_errors_and_chmod(private_tempdir):
    with pytest.raises(Incorrect):
        with Sandbox({"d/f.txt": "x"}) as box:
            box.run("chmod 000 d; chmod 000 .")
            path = box.path
            raise Incorrect("échec simulé")
    assert not path.exists()
    box.close()  # idempotent
    assert list(private_tempdir.iterdir()) == []


def test_paths_must_stay_inside_the_sandbox():
    with Sandbox() as box:
        for bad in ("../evasion.txt", "/tmp/evasion.txt", ""):
            with pytest.raises(ValueError):
                box.write(bad, "x")


@pytest.mark.parametrize("value, expected", [
    (None, "vaut None"),
    (["ls", "-l"], "pas une liste"),
    (42, "type int"),
    (b"ls", "type bytes"),
    ("   ", "est vide"),
    ("ls\x00", "caractère nul"),
])
def test_commands_must_be_strings(value, expected):
    assert expected in message(command_text, value, "commande_x")
    assert message(command_text, value, "commande_x").startswith("commande_x : ")


def test_run_rejects_a_non_string_before_running(tmp_path):
    assert "type int" in message(run, 3, tmp_path, what="commande_y")


def test_generated_names_and_trees_are_reproducible(tmp_path):
    first = make_tree(np.random.default_rng(1), tmp_path / "a", files=12, dirs=4, depth=3)
    second = make_tree(np.random.default_rng(1), tmp_path / "b", files=12, dirs=4, depth=3)
    assert first == second and len(first) == 12
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")
    names = [random_name(np.random.default_rng(s), ".txt") for s in range(30)]
    assert any(" " in n for n in names) and all(n.endswith(".txt") for n in names)
    assert not any(n.startswith(("-", ".")) for n in names)
    rng = np.random.default_rng(0)
    taken = []
    for _ in range(50):
        taken.append(random_name(rng, taken=taken))
    assert len(set(taken)) == 50


def test_format_mode_and_split_words():
    assert format_mode(0o744) == "rwxr--r-- (744)"
    assert format_mode(0o600) == "rw------- (600)"
    assert split_words('mv "a b.txt" c') == ["mv", "a b.txt", "c"]
    assert split_words("mv a\\ b.txt c") == ["mv", "a b.txt", "c"]
    assert split_words("echo 'non fermé") == []


def test_check_output_messages():
    with Sandbox() as box:
        ok = box.run("printf 'a\\nb'")  # no final line break
        empty = box.run("grep x fichier_absent")
    check_output(ok, ["a", "b"], what="q")
    check_output(ok, ["b", "a"], what="q", unordered=True)
    assert message(check_output, ok, ["a"], what="q", mistakes=[(["a", "b"], "un de trop")]) == "q : un de trop"
    text = message(check_output, ok, ["x"], what="q")
    assert "« a ⏎ b » obtenu" in text and "« x » attendu" in text
    assert "No such file" in message(check_output, empty, ["x"], what="q")
    assert "rien obtenu" in message(check_lines, [], ["a"], what="q")


def test_check_number_messages():
    with Sandbox() as box:
        check_number(box.run("echo '  12 '"), 12, what="n")
        assert "un seul nombre" in message(check_number, box.run("echo 12 f.txt"), 12, what="n")
        assert message(check_number, box.run("echo 7"), 12, what="n",
                       mistakes=[(7, "grep -c")]) == "n : grep -c"
        assert "7 obtenu, 12 attendu" in message(check_number, box.run("echo 7"), 12, what="n")


def test_check_tree_messages():
    before = {"a.txt": Entry.file("x"), "d": Entry.folder()}
    check_tree(dict(before), before, what="t")
    check_tree({"a.txt": Entry.file("x"), "d": Entry.folder(0o700)}, before, what="t")
    text = message(check_tree, {"a.txt": Entry.file("x", 0o755)}, before, what="t")
    assert "dossier « d » manquant" in text
    text = message(check_tree, {"a.txt": Entry.file("x", 0o755), "d": Entry.folder()}, before, what="t")
    assert "rwxr-xr-x (755) obtenus, rw-r--r-- (644) attendus" in text
    assert message(check_tree, {}, before, what="t",
                   mistakes=[(lambda t: "a.txt" not in t, "supprimé")]) == "t : supprimé"


def test_the_refusal_says_what_was_given():
    """A tuple is not told it is a list."""
    from autograder.checks import Incorrect
    from autograder.shell import command_text

    with pytest.raises(Incorrect, match="pas un tuple"):
        command_text(("find", ".", "-name", "*.csv"), what="commande_csv")
    with pytest.raises(Incorrect, match="pas une liste"):
        command_text(["ls", "-l"], what="commande")
