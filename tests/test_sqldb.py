"""Unit tests of the SQL helpers (autograder.sqldb)."""

from __future__ import annotations

import sqlite3
from collections import Counter

import pytest

from autograder.checks import Incorrect, rng_for
from autograder.sqldb import check_rows, format_table, make_school_db, run_query


def message(fn, *args, **kwargs) -> str:
    with pytest.raises(Incorrect) as info:
        fn(*args, **kwargs)
    return str(info.value)


@pytest.fixture(scope="module")
def dbs():
    rng = rng_for("test_sqldb")
    return [make_school_db(rng) for _ in range(30)]


# --- make_school_db -------------------------------------------------------------

def test_same_key_same_database():
    a, b = make_school_db(rng_for("k")), make_school_db(rng_for("k"))
    assert (a.etudiants, a.cours, a.notes) == (b.etudiants, b.cours, b.notes)
    assert a.etudiants != make_school_db(rng_for("autre")).etudiants


def test_tables_hold_the_python_rows(dbs):
    for db in dbs:
        assert db.execute("SELECT * FROM etudiants ORDER BY id").fetchall() == list(map(tuple, db.etudiants))
        assert db.execute("SELECT * FROM cours ORDER BY id").fetchall() == list(map(tuple, db.cours))
        assert Counter(db.execute("SELECT * FROM notes").fetchall()) == Counter(map(tuple, db.notes))


def test_guaranteed_cases(dbs):
    """Every database tells right queries from the classic mistakes."""
    for db in dbs:
        ids = {e.id for e in db.etudiants}
        noted = {n.etudiant_id for n in db.notes}
        courses = {n.cours_id for n in db.notes}
        assert sum(e.ville is None for e in db.etudiants) >= 3
        assert len(ids - noted) >= 2 and noted <= ids
        assert len({c.id for c in db.cours} - courses) >= 1
        assert sum(n.note is None for n in db.notes) >= 2
        assert any(c.enseignant is None for c in db.cours)
        assert len({(e.nom, e.prenom) for e in db.etudiants}) == len(db.etudiants)
        assert len({(n.etudiant_id, n.cours_id) for n in db.notes}) == len(db.notes)
        assert all(n.note is None or (0 <= n.note <= 20 and n.note * 2 == int(n.note * 2))
                   for n in db.notes)
        best = {}
        for n in db.notes:
            if n.note is not None:
                best.setdefault(n.cours_id, []).append(n.note)
        assert any(sorted(v)[-2:] == [max(v)] * 2 for v in best.values() if len(v) >= 2)


def test_sizes_and_arguments():
    db = make_school_db(rng_for("taille"), n_etudiants=8, n_cours=3)
    assert (len(db.etudiants), len(db.cours)) == (8, 3)
    with pytest.raises(ValueError):
        make_school_db(rng_for("taille"), n_etudiants=5)


def test_database_is_read_only():
    db = make_school_db(rng_for("lecture"))
    with pytest.raises(sqlite3.OperationalError):
        db.execute("DELETE FROM notes")


# --- run_query --------------------------------------------------------------------

def test_run_query_returns_tuples():
    db = make_school_db(rng_for("run"))
    rows = run_query(db, "SELECT id, nom FROM etudiants ORDER BY id;")
    assert rows == [(e.id, e.nom) for e in db.etudiants]
    assert run_query(db, "-- commentaire\nSELECT 1 /* et un autre */") == [(1,)]
    assert run_query(db, "WITH t AS (SELECT 2 AS x) SELECT x FROM t") == [(2,)]


@pytest.mark.parametrize("sql", [
    "DELETE FROM notes",
    "UPDATE notes SET note = 20",
    "INSERT INTO cours VALUES (99, 'x', 1, NULL)",
    "DROP TABLE notes",
    "CREATE TABLE t (x)",
    "PRAGMA query_only = OFF",
    "ATTACH DATABASE ':memory:' AS autre",
    "WITH t AS (SELECT 1) DELETE FROM notes",
    "REPLACE INTO cours VALUES (1, 'x', 1, NULL)",
])
def test_run_query_refuses_to_modify(sql):
    db = make_school_db(rng_for("modif"))
    before = (db.total_changes, db.execute("SELECT COUNT(*) FROM notes").fetchone())
    assert "SELECT" in message(run_query, db, sql, what="Q")
    assert (db.total_changes, db.execute("SELECT COUNT(*) FROM notes").fetchone()) == before


def test_run_query_even_on_a_writable_connection():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    changes = conn.total_changes
    assert "SELECT" in message(run_query, conn, "WITH a AS (SELECT 1) INSERT INTO t SELECT * FROM a")
    assert "une seule requête" in message(run_query, conn, "SELECT 1; DELETE FROM t")
    assert conn.total_changes == changes
    assert run_query(conn, "SELECT x FROM t") == [(1,)]


def test_run_query_messages():
    db = make_school_db(rng_for("messages"))
    assert "chaîne de caractères" in message(run_query, db, 3, what="Q")
    assert "chaîne de caractères" in message(run_query, db, None, what="Q")
    assert "vide" in message(run_query, db, "  \n", what="Q")
    text = message(run_query, db, "SELECT annee FROM etudiants", what="Q")
    assert text.startswith("Q : erreur SQL « no such column: annee »")
    assert "HAVING" in message(run_query, db, "SELECT ville FROM etudiants WHERE COUNT(*) > 2 GROUP BY ville")
    assert "préfixez" in message(run_query, db, "SELECT id FROM etudiants JOIN cours")
    assert "syntaxe" in message(run_query, db, "SELECT nom FROM etudiants WHER ville = 'Lyon'")
    assert "incomplète" in message(run_query, db, "SELECT * FROM (SELECT nom FROM etudiants")
    assert "apostrophes" in message(run_query, db, "SELECT nom FROM etudiants WHERE ville = 'Lyon")
    assert "etudiants, cours et notes" in message(run_query, db, "SELECT * FROM eleves")


def test_run_query_time_limit():
    db = make_school_db(rng_for("temps"))
    endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c"
    assert "temps limite" in message(run_query, db, endless, timeout=0.2)
    assert run_query(db, "SELECT COUNT(*) FROM etudiants") == [(len(db.etudiants),)]  # handler removed


def test_format_table():
    db = make_school_db(rng_for("format"))
    text = format_table(db, "SELECT id, ville, 2.5 AS x FROM etudiants ORDER BY id", max_rows=3)
    lines = text.splitlines()
    assert lines[0].split(" | ")[0].strip() == "id" and "x" in lines[0]
    assert len(lines) == 2 + 3 + 1 and lines[-1].startswith(f"({len(db.etudiants)} ligne(s)")
    assert "2.5" in lines[2]
    assert "NULL" in format_table(db, "SELECT NULL AS vide")


# --- check_rows ---------------------------------------------------------------------

def test_check_rows_multiset_and_tolerance():
    check_rows([(2, "b"), (1, "a")], [(1, "a"), (2, "b")], what="Q")
    check_rows([(1, 2.0)], [(1, 2)], what="Q")  # 2 and 2.0 are the same number
    check_rows([(1, 1 / 3)], [(1, 0.1 + 0.2 / 0.9 + 1 / 3 - 0.1 - 0.2 / 0.9)], what="Q")
    check_rows([(None, 1)], [(None, 1)], what="Q")
    check_rows([], [], what="Q")
    assert "obtenue(s)" in message(check_rows, [(None,)], [(0,)], what="Q")
    assert "obtenue(s)" in message(check_rows, [("1",)], [(1,)], what="Q")
    assert "obtenue(s)" in message(check_rows, [(1.1,)], [(1.0,)], what="Q")


def test_check_rows_duplicates_count():
    text = message(check_rows, [(1,), (1,), (2,)], [(1,), (2,)], what="Q")
    assert text.startswith("Q : des lignes apparaissent plusieurs fois") and "DISTINCT" in text
    assert "il manque 1 ligne(s) : (1)" in message(check_rows, [(1,), (2,)], [(1,), (1,), (2,)], what="Q")


def test_check_rows_missing_and_extra():
    text = message(check_rows, [(1, "a"), (3, "c")], [(1, "a"), (2, "b")], what="Q")
    assert text == ("Q : 2 ligne(s) obtenue(s), 2 attendue(s) ; il manque 1 ligne(s) : (2, 'b') ; "
                    "1 ligne(s) en trop : (3, 'c').")
    assert "aucune ligne" in message(check_rows, [], [(1,)], what="Q")
    assert "1 ligne(s) en trop" in message(check_rows, [(1,)], [], what="Q")


def test_check_rows_columns():
    text = message(check_rows, [(1,), (2,)], [(1, "a"), (2, "b")], what="Q", columns=("id", "nom"))
    assert "1 colonne(s) par ligne obtenue(s), 2 attendue(s) (id, nom, dans cet ordre)" in text
    assert "colonne(s)" in message(check_rows, [(1, "a", 0)], [(1, "a")], what="Q")


def test_check_rows_order():
    check_rows([(1,), (2,)], [(1,), (2,)], what="Q", ordered=True)
    text = message(check_rows, [(2,), (1,)], [(1,), (2,)], what="Q", ordered=True)
    assert "pas dans l'ordre demandé (ligne 1 : (2) obtenue, (1) attendue)" in text
    assert "ORDER BY" in text
    check_rows([(2,), (1,)], [(1,), (2,)], what="Q", ordered=False)


def test_check_rows_rounding_hint():
    text = message(check_rows, [(1, 12.33)], [(1, 37 / 3)], what="Q")
    assert "n'arrondissez pas" in text


def test_check_rows_mistakes():
    expected, wrong = [(1,), (2,)], [(1,)]
    assert message(check_rows, [(1,)], expected, what="Q",
                   mistakes=[(wrong, "erreur classique")]) == "Q : erreur classique"
    # Mistakes are compared like the expected rows: multisets unless ordered.
    assert message(check_rows, [(3,), (1,)], expected, what="Q",
                   mistakes=[([(1,), (3,)], "m")]) == "Q : m"
    assert message(check_rows, [(3,), (1,)], expected, what="Q", ordered=True,
                   mistakes=[([(1,), (3,)], "m")]) != "Q : m"
    # The first recognised mistake wins; a mistake equal to the answer is ignored.
    assert message(check_rows, [(1,)], expected, what="Q",
                   mistakes=[(expected, "jamais"), ([(5,)], "non"), (wrong, "a"), (wrong, "b")]) == "Q : a"
    # A predicate receives the candidate's rows as tuples.
    seen = []
    text = message(check_rows, [[7, 8]], expected, what="Q",
                   mistakes=[(lambda rows: seen.append(rows) or len(rows) == 1, "prédicat")])
    assert text == "Q : prédicat" and seen == [[(7, 8)]]
    check_rows(expected, expected, what="Q", mistakes=[(lambda rows: True, "jamais appelé")])


def test_check_rows_bad_input():
    assert "None" in message(check_rows, None, [(1,)], what="Q")
    assert "liste de lignes" in message(check_rows, [1, 2], [(1,)], what="Q")
