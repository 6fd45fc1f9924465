"""Correct answers written differently from the reference, for ``source/03_sql/01_requetes.ipynb``."""

from . import RightAnswer


def _case(question: str, sql: str, how: str) -> RightAnswer:
    variable = "requete_" + question[len("sql_"):]
    return RightAnswer(question=question, cell=f"{question}_code",
                       code=f'{variable} = """\n{sql}\n"""\n', how=how)


CASES = [
    _case("sql_filtre_ville",
          "SELECT nom, prenom, ville, annee_naissance FROM etudiants\n"
          "WHERE (ville = 'Lyon' OR ville = 'Lille') AND NOT annee_naissance < 2001",
          "OR in parentheses, NOT <"),
    _case("sql_filtre_ville",
          "SELECT e.nom, e.prenom, e.ville, e.annee_naissance FROM etudiants AS e\n"
          "WHERE e.annee_naissance > 2000 AND e.ville IN ('Lille', 'Lyon')",
          "> 2000 on integer years, aliased table"),
    _case("sql_filtre_ville",
          "SELECT nom, prenom, ville, annee_naissance FROM etudiants WHERE ville = 'Lyon' AND annee_naissance >= 2001\n"
          "UNION ALL\n"
          "SELECT nom, prenom, ville, annee_naissance FROM etudiants WHERE ville = 'Lille' AND annee_naissance >= 2001",
          "UNION ALL of the two cities"),
    _case("sql_plus_jeunes",
          "SELECT nom, prenom, annee_naissance AS annee FROM etudiants\n"
          "ORDER BY annee DESC, nom ASC, prenom ASC LIMIT 5 OFFSET 0",
          "alias in ORDER BY, explicit ASC, OFFSET 0"),
    _case("sql_plus_jeunes",
          "WITH classes AS (SELECT nom, prenom, annee_naissance,\n"
          "  ROW_NUMBER() OVER (ORDER BY annee_naissance DESC, nom, prenom) AS rang FROM etudiants)\n"
          "SELECT nom, prenom, annee_naissance FROM classes WHERE rang <= 5 ORDER BY rang",
          "window function ROW_NUMBER"),
    _case("sql_plus_jeunes",
          "SELECT nom, prenom, annee_naissance FROM etudiants ORDER BY 3 DESC, 1, 2 LIMIT 5",
          "ORDER BY column positions"),
    _case("sql_hors_paris",
          "SELECT nom, prenom, ville FROM etudiants WHERE ville IS NOT 'Paris'",
          "IS NOT (null-safe comparison of SQLite)"),
    _case("sql_hors_paris",
          "SELECT nom, prenom, ville FROM etudiants WHERE COALESCE(ville, '') <> 'Paris'",
          "COALESCE"),
    _case("sql_hors_paris",
          "SELECT nom, prenom, ville FROM etudiants EXCEPT SELECT nom, prenom, ville FROM etudiants WHERE ville = 'Paris'",
          "EXCEPT (names are unique, so no row is lost)"),
    _case("sql_comptage_notes",
          "SELECT cours_id, COUNT(etudiant_id), SUM(CASE WHEN note IS NULL THEN 0 ELSE 1 END)\n"
          "FROM notes GROUP BY cours_id",
          "COUNT of a NOT NULL column, SUM of CASE"),
    _case("sql_comptage_notes",
          "SELECT c.id, COUNT(n.cours_id), COUNT(n.note) FROM cours AS c\n"
          "JOIN notes AS n ON n.cours_id = c.id GROUP BY c.id",
          "join with cours"),
    _case("sql_comptage_notes",
          "SELECT DISTINCT n.cours_id,\n"
          "  (SELECT COUNT(*) FROM notes AS a WHERE a.cours_id = n.cours_id),\n"
          "  (SELECT COUNT(*) FROM notes AS b WHERE b.cours_id = n.cours_id AND b.note IS NOT NULL)\n"
          "FROM notes AS n",
          "correlated subqueries"),
    _case("sql_moyenne_cours",
          "SELECT cours_id, SUM(note) * 1.0 / COUNT(note) AS moyenne FROM notes\n"
          "GROUP BY cours_id HAVING moyenne >= 10",
          "SUM / COUNT(note), alias in HAVING"),
    _case("sql_moyenne_cours",
          "SELECT cours_id, moyenne FROM (SELECT cours_id, AVG(note) AS moyenne FROM notes GROUP BY cours_id)\n"
          "WHERE moyenne >= 10",
          "subquery then WHERE"),
    _case("sql_moyenne_cours",
          "SELECT cours_id, AVG(note) FROM notes WHERE note IS NOT NULL GROUP BY cours_id HAVING NOT AVG(note) < 10",
          "NULL grades filtered first, NOT <"),
    _case("sql_villes_frequentes",
          "SELECT ville, COUNT(ville) AS n FROM etudiants GROUP BY ville HAVING n >= 3 ORDER BY n DESC, ville ASC",
          "COUNT(ville) drops the NULL group"),
    _case("sql_villes_frequentes",
          "SELECT ville, nb FROM (SELECT ville, COUNT(*) AS nb FROM etudiants WHERE ville IS NOT NULL GROUP BY ville)\n"
          "WHERE nb > 2 ORDER BY 2 DESC, 1",
          "subquery, > 2, positions in ORDER BY"),
    _case("sql_bonnes_notes",
          "SELECT nom, prenom FROM etudiants WHERE id IN (SELECT etudiant_id FROM notes WHERE note >= 15)",
          "IN subquery"),
    _case("sql_bonnes_notes",
          "SELECT e.nom, e.prenom FROM etudiants e\n"
          "WHERE EXISTS (SELECT 1 FROM notes n WHERE n.etudiant_id = e.id AND n.note >= 15)",
          "EXISTS"),
    _case("sql_bonnes_notes",
          "SELECT e.nom, e.prenom FROM etudiants e JOIN notes n ON n.etudiant_id = e.id\n"
          "GROUP BY e.id HAVING MAX(n.note) >= 15",
          "GROUP BY with HAVING MAX"),
    _case("sql_notes_par_etudiant",
          "SELECT nom, prenom, (SELECT COUNT(note) FROM notes WHERE etudiant_id = etudiants.id) FROM etudiants",
          "correlated subquery"),
    _case("sql_notes_par_etudiant",
          "SELECT e.nom, e.prenom, COALESCE(SUM(n.note IS NOT NULL), 0) FROM etudiants e\n"
          "LEFT JOIN notes n ON e.id = n.etudiant_id GROUP BY e.nom, e.prenom",
          "SUM of a boolean, GROUP BY the unique name"),
    _case("sql_notes_par_etudiant",
          "SELECT e.nom, e.prenom, COUNT(n.etudiant_id) FROM etudiants e\n"
          "LEFT JOIN notes n ON n.etudiant_id = e.id AND n.note IS NOT NULL GROUP BY e.id",
          "NULL grades filtered in the ON clause"),
    _case("sql_majors_cours",
          "WITH m AS (SELECT cours_id, MAX(note) AS top FROM notes GROUP BY cours_id)\n"
          "SELECT c.intitule, e.nom, e.prenom, n.note FROM notes n JOIN m ON m.cours_id = n.cours_id AND n.note = m.top\n"
          "JOIN cours c ON c.id = n.cours_id JOIN etudiants e ON e.id = n.etudiant_id",
          "join with the maxima per course"),
    _case("sql_majors_cours",
          "SELECT intitule, nom, prenom, note FROM (\n"
          "  SELECT c.intitule, e.nom, e.prenom, n.note,\n"
          "         RANK() OVER (PARTITION BY n.cours_id ORDER BY n.note DESC) AS r\n"
          "  FROM notes n JOIN cours c ON c.id = n.cours_id JOIN etudiants e ON e.id = n.etudiant_id\n"
          "  WHERE n.note IS NOT NULL) WHERE r = 1",
          "RANK() window"),
    _case("sql_majors_cours",
          "SELECT c.intitule, e.nom, e.prenom, n.note FROM notes n\n"
          "JOIN cours c ON c.id = n.cours_id JOIN etudiants e ON e.id = n.etudiant_id\n"
          "WHERE NOT EXISTS (SELECT 1 FROM notes n2 WHERE n2.cours_id = n.cours_id AND n2.note > n.note)\n"
          "AND n.note IS NOT NULL",
          "NOT EXISTS a better grade"),
]
