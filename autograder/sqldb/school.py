"""The generated school database of the SQL questions."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any, List, NamedTuple, Optional, Tuple

import numpy as np

from ..checks import protect

Row = Tuple[Any, ...]



class Etudiant(NamedTuple):
    """One row of ``etudiants``."""

    id: int
    nom: str
    prenom: str
    ville: Optional[str]
    annee_naissance: int


class Cours(NamedTuple):
    """One row of ``cours``."""

    id: int
    intitule: str
    credits: int
    enseignant: Optional[str]


class Note(NamedTuple):
    """One row of ``notes``."""

    etudiant_id: int
    cours_id: int
    note: Optional[float]


class SchoolDB(sqlite3.Connection):
    """An in-memory connection that also keeps the generated rows in Python.

    Attributes
    ----------
    etudiants : list of Etudiant
    cours : list of Cours
    notes : list of Note
        The rows of each table, in insertion (and ``id``) order, so that a
        test computes its reference without SQL.
    """

    etudiants: List[Etudiant]
    cours: List[Cours]
    notes: List[Note]


SCHEMA = """
CREATE TABLE etudiants (
    id INTEGER PRIMARY KEY,
    nom TEXT NOT NULL,
    prenom TEXT NOT NULL,
    ville TEXT,
    annee_naissance INTEGER NOT NULL
);
CREATE TABLE cours (
    id INTEGER PRIMARY KEY,
    intitule TEXT NOT NULL UNIQUE,
    credits INTEGER NOT NULL,
    enseignant TEXT
);
CREATE TABLE notes (
    etudiant_id INTEGER NOT NULL REFERENCES etudiants (id),
    cours_id INTEGER NOT NULL REFERENCES cours (id),
    note REAL,
    PRIMARY KEY (etudiant_id, cours_id)
);
"""

NOMS = ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
        "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David",
        "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "Andre", "Mercier")
PRENOMS = ("Alice", "Hugo", "Léa", "Louis", "Chloé", "Gabriel", "Emma", "Jules", "Inès",
           "Arthur", "Manon", "Nathan", "Sarah", "Lucas", "Camille", "Adam", "Zoé", "Paul",
           "Jade", "Yanis", "Lina", "Tom", "Nour", "Théo")
VILLES = ("Paris", "Lyon", "Lille", "Marseille", "Toulouse", "Nantes", "Bordeaux")
POIDS_VILLES = (0.24, 0.2, 0.16, 0.12, 0.1, 0.1, 0.08)
INTITULES = ("Bases de données", "Algèbre linéaire", "Probabilités", "Statistique",
             "Programmation Python", "Systèmes Unix", "Analyse", "Optimisation", "Réseaux",
             "Apprentissage automatique", "Algorithmique", "Économie")
ENSEIGNANTS = ("Mme Durand", "M. Martin", "Mme Nguyen", "M. Petit", "Mme Roussel", "M. Haddad")


def _note(rng: np.random.Generator) -> float:
    """A grade out of 20, rounded to the half point."""
    return float(np.clip(np.round(rng.normal(11.0, 4.0) * 2) / 2, 0.0, 20.0))


def make_school_db(
    rng: np.random.Generator,
    *,
    n_etudiants: Optional[int] = None,
    n_cours: Optional[int] = None,
    p_null: float = 0.15,
) -> SchoolDB:
    """Build a random, read-only, in-memory school database.

    The data are random but always contain the cases that tell a right query
    from a classic mistake:

    - at least 3 students whose ``ville`` is NULL (``= NULL`` versus
      ``IS NULL``, the NULL group of a ``GROUP BY ville``);
    - at least 2 students without any row in ``notes`` (inner versus left
      join) and at least 1 course without any row in ``notes``;
    - at least 2 NULL grades (``COUNT(*)`` versus ``COUNT(note)``, ``AVG``);
    - at least 1 course whose ``enseignant`` is NULL;
    - at least 1 course whose best grade is shared by two students (ties);
    - distinct ``(nom, prenom)`` pairs, so that a student is identified by
      their name, and ties in ``annee_naissance``.

    Parameters
    ----------
    rng : numpy.random.Generator
        Source of randomness, usually ``rng_for(<question id>)``.
    n_etudiants : int, optional
        Number of students (at least 8); drawn between 12 and 30 by default.
    n_cours : int, optional
        Number of courses (3 to 12); drawn between 5 and 9 by default.
    p_null : float
        Probability that a city, a teacher or a grade is NULL.

    Returns
    -------
    SchoolDB
        A :class:`sqlite3.Connection` (``PRAGMA query_only`` is on) whose
        attributes ``etudiants``, ``cours`` and ``notes`` hold the rows.
    """
    n_e = int(rng.integers(12, 31)) if n_etudiants is None else int(n_etudiants)
    n_c = int(rng.integers(5, 10)) if n_cours is None else int(n_cours)
    if n_e < 8 or not 3 <= n_c <= len(INTITULES):
        raise ValueError("n_etudiants >= 8 and 3 <= n_cours <= 12 are required")

    # Students: distinct (nom, prenom), at least 3 NULL cities.
    pairs = rng.permutation(len(NOMS) * len(PRENOMS))[:n_e]
    villes: List[Optional[str]] = [
        None if rng.random() < p_null else VILLES[int(rng.choice(len(VILLES), p=POIDS_VILLES))]
        for _ in range(n_e)
    ]
    for i in rng.permutation(n_e)[:3]:
        villes[int(i)] = None
    etudiants = [
        Etudiant(i + 1, NOMS[int(p) // len(PRENOMS)], PRENOMS[int(p) % len(PRENOMS)],
                 villes[i], int(rng.integers(1996, 2006)))
        for i, p in enumerate(pairs)
    ]

    # Courses: at least one NULL teacher.
    intitules = [INTITULES[int(i)] for i in rng.permutation(len(INTITULES))[:n_c]]
    enseignants: List[Optional[str]] = [
        None if rng.random() < p_null else ENSEIGNANTS[int(rng.integers(len(ENSEIGNANTS)))]
        for _ in range(n_c)
    ]
    enseignants[int(rng.integers(n_c))] = None
    cours = [Cours(i + 1, intitules[i], int(rng.integers(2, 7)), enseignants[i])
             for i in range(n_c)]

    # Grades: 2+ students and 1+ course without any row.
    sans_note = {int(i) + 1 for i in rng.permutation(n_e)[:2 + int(rng.integers(0, 2))]}
    sans_eleve = int(rng.integers(n_c)) + 1
    ouverts = [c.id for c in cours if c.id != sans_eleve]
    lignes: List[List[Any]] = []
    for e in etudiants:
        if e.id in sans_note:
            continue
        k = int(rng.integers(1, min(5, len(ouverts)) + 1))
        for c in sorted(int(x) for x in rng.choice(ouverts, size=k, replace=False)):
            lignes.append([e.id, c, None if rng.random() < p_null else _note(rng)])
    # Enough NULL grades, then a tie at the top of one course.
    notees = [ligne for ligne in lignes if ligne[2] is not None]
    while sum(ligne[2] is None for ligne in lignes) < 2:
        notees.pop(int(rng.integers(len(notees))))[2] = None
    par_cours = defaultdict(list)
    for ligne in lignes:
        if ligne[2] is not None:
            par_cours[ligne[1]].append(ligne)
    candidats = sorted(c for c, ls in par_cours.items() if len(ls) >= 2)
    if candidats:
        choisi = par_cours[candidats[int(rng.integers(len(candidats)))]]
        choisi.sort(key=lambda ligne: -ligne[2])
        choisi[1][2] = choisi[0][2]
    notes = [Note(*ligne) for ligne in lignes]

    conn = sqlite3.connect(":memory:", factory=SchoolDB)
    conn.executescript(SCHEMA)
    with conn:
        conn.executemany("INSERT INTO etudiants VALUES (?, ?, ?, ?, ?)", etudiants)
        conn.executemany("INSERT INTO cours VALUES (?, ?, ?, ?)", cours)
        conn.executemany("INSERT INTO notes VALUES (?, ?, ?)", notes)
    conn.execute("PRAGMA query_only = ON")
    conn.etudiants, conn.cours, conn.notes = etudiants, cours, notes
    return conn


# Watched from now on (imported by the setup cell, before candidate code).
protect(__name__)
