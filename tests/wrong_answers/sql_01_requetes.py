"""Typical wrong answers for ``source/03_sql/01_requetes.ipynb``."""

from . import WrongAnswer


def _cell(variable, sql):
    """The source of an answer cell assigning ``sql`` to ``variable``."""
    return f'{variable} = """\n{sql}\n"""\n'


CASES = [
    # --- sql_selection -----------------------------------------------
    # parenthèses oubliées : AND passe avant OR
    WrongAnswer(
        question="sql_filtre_ville",
        cell="sql_filtre_ville_code",
        code=_cell("requete_filtre_ville", (
            'SELECT nom, prenom, ville, annee_naissance\n'
            'FROM etudiants\n'
            "WHERE ville = 'Lyon' OR ville = 'Lille' AND annee_naissance >= 2001"
        )),
        expect='AND est évalué avant OR',
    ),
    # > au lieu de >=
    WrongAnswer(
        question="sql_filtre_ville",
        cell="sql_filtre_ville_code",
        code=_cell("requete_filtre_ville", (
            'SELECT nom, prenom, ville, annee_naissance\n'
            'FROM etudiants\n'
            "WHERE ville IN ('Lyon', 'Lille') AND annee_naissance > 2001"
        )),
        expect='il manque les étudiants nés en 2001',
    ),
    # colonnes oubliées
    WrongAnswer(
        question="sql_filtre_ville",
        cell="sql_filtre_ville_code",
        code=_cell("requete_filtre_ville", (
            'SELECT nom, prenom\n'
            'FROM etudiants\n'
            "WHERE ville IN ('Lyon', 'Lille') AND annee_naissance >= 2001"
        )),
        expect='2 colonne(s) par ligne obtenue(s), 4 attendue(s)',
    ),
    # nom de colonne erroné : le message de sqlite est cité
    WrongAnswer(
        question="sql_filtre_ville",
        cell="sql_filtre_ville_code",
        code=_cell("requete_filtre_ville", (
            'SELECT nom, prenom, ville, annee\n'
            'FROM etudiants\n'
            "WHERE ville IN ('Lyon', 'Lille') AND annee >= 2001"
        )),
        expect='erreur SQL « no such column: annee »',
    ),
    # une requête qui modifie la base est refusée
    WrongAnswer(
        question="sql_filtre_ville",
        cell="sql_filtre_ville_code",
        code=_cell("requete_filtre_ville", (
            "DELETE FROM etudiants WHERE ville NOT IN ('Lyon', 'Lille')"
        )),
        expect='seule une requête de lecture (SELECT)',
    ),
    # LIMIT sans ORDER BY
    WrongAnswer(
        question="sql_plus_jeunes",
        cell="sql_plus_jeunes_code",
        code=_cell("requete_plus_jeunes", (
            'SELECT nom, prenom, annee_naissance\n'
            'FROM etudiants\n'
            'LIMIT 5'
        )),
        expect='LIMIT sans ORDER BY',
    ),
    # tri croissant : les plus âgés
    WrongAnswer(
        question="sql_plus_jeunes",
        cell="sql_plus_jeunes_code",
        code=_cell("requete_plus_jeunes", (
            'SELECT nom, prenom, annee_naissance\n'
            'FROM etudiants\n'
            'ORDER BY annee_naissance, nom, prenom\n'
            'LIMIT 5'
        )),
        expect='les 5 étudiants les plus âgés',
    ),
    # LIMIT oublié
    WrongAnswer(
        question="sql_plus_jeunes",
        cell="sql_plus_jeunes_code",
        code=_cell("requete_plus_jeunes", (
            'SELECT nom, prenom, annee_naissance\n'
            'FROM etudiants\n'
            'ORDER BY annee_naissance DESC, nom, prenom'
        )),
        expect='ajoutez LIMIT 5',
    ),
    # ex aequo non départagés (clés secondaires oubliées)
    WrongAnswer(
        question="sql_plus_jeunes",
        cell="sql_plus_jeunes_code",
        code=_cell("requete_plus_jeunes", (
            'SELECT nom, prenom, annee_naissance\n'
            'FROM etudiants\n'
            'ORDER BY annee_naissance DESC\n'
            'LIMIT 5'
        )),
        expect='départagez les ex aequo',
    ),
    # clés secondaires dans le mauvais ordre
    WrongAnswer(
        question="sql_plus_jeunes",
        cell="sql_plus_jeunes_code",
        code=_cell("requete_plus_jeunes", (
            'SELECT nom, prenom, annee_naissance\n'
            'FROM etudiants\n'
            'ORDER BY annee_naissance DESC, prenom, nom\n'
            'LIMIT 5'
        )),
        expect='départagez les ex aequo',
    ),
    # <> 'Paris' écarte les villes NULL
    WrongAnswer(
        question="sql_hors_paris",
        cell="sql_hors_paris_code",
        code=_cell("requete_hors_paris", (
            'SELECT nom, prenom, ville\n'
            'FROM etudiants\n'
            "WHERE ville <> 'Paris'"
        )),
        expect="Testez l'absence de valeur avec ville IS NULL",
    ),
    # = NULL au lieu de IS NULL
    WrongAnswer(
        question="sql_hors_paris",
        cell="sql_hors_paris_code",
        code=_cell("requete_hors_paris", (
            'SELECT nom, prenom, ville\n'
            'FROM etudiants\n'
            "WHERE ville <> 'Paris' OR ville = NULL"
        )),
        expect='et même ville = NULL',
    ),
    # --- sql_agregation ----------------------------------------------
    # COUNT(*) pour nb_notes : les NULL sont comptés
    WrongAnswer(
        question="sql_comptage_notes",
        cell="sql_comptage_notes_code",
        code=_cell("requete_comptage_notes", (
            'SELECT cours_id, COUNT(*), COUNT(*)\n'
            'FROM notes\n'
            'GROUP BY cours_id'
        )),
        expect='nb_notes compte aussi les notes NULL',
    ),
    # COUNT(note) pour nb_inscrits : les NULL sont oubliés
    WrongAnswer(
        question="sql_comptage_notes",
        cell="sql_comptage_notes_code",
        code=_cell("requete_comptage_notes", (
            'SELECT cours_id, COUNT(note), COUNT(note)\n'
            'FROM notes\n'
            'GROUP BY cours_id'
        )),
        expect='utilisez COUNT(*)',
    ),
    # WHERE au lieu de HAVING
    WrongAnswer(
        question="sql_moyenne_cours",
        cell="sql_moyenne_cours_code",
        code=_cell("requete_moyenne_cours", (
            'SELECT cours_id, AVG(note)\n'
            'FROM notes\n'
            'WHERE note >= 10\n'
            'GROUP BY cours_id'
        )),
        expect='WHERE filtre les lignes avant le regroupement',
    ),
    # agrégat dans WHERE : erreur SQL expliquée
    WrongAnswer(
        question="sql_moyenne_cours",
        cell="sql_moyenne_cours_code",
        code=_cell("requete_moyenne_cours", (
            'SELECT cours_id, AVG(note)\n'
            'FROM notes\n'
            'WHERE AVG(note) >= 10\n'
            'GROUP BY cours_id'
        )),
        expect='utilisez HAVING après GROUP BY',
    ),
    # moyenne divisée par COUNT(*) : NULL comptés comme 0
    WrongAnswer(
        question="sql_moyenne_cours",
        cell="sql_moyenne_cours_code",
        code=_cell("requete_moyenne_cours", (
            'SELECT cours_id, SUM(note) / COUNT(*)\n'
            'FROM notes\n'
            'GROUP BY cours_id\n'
            'HAVING SUM(note) / COUNT(*) >= 10'
        )),
        expect='comptent les notes NULL comme des 0',
    ),
    # COALESCE(note, 0) : NULL comptés comme 0
    WrongAnswer(
        question="sql_moyenne_cours",
        cell="sql_moyenne_cours_code",
        code=_cell("requete_moyenne_cours", (
            'SELECT cours_id, AVG(COALESCE(note, 0))\n'
            'FROM notes\n'
            'GROUP BY cours_id\n'
            'HAVING AVG(COALESCE(note, 0)) >= 10'
        )),
        expect='comptent les notes NULL comme des 0',
    ),
    # groupe NULL compté par COUNT(*)
    WrongAnswer(
        question="sql_villes_frequentes",
        cell="sql_villes_frequentes_code",
        code=_cell("requete_villes_frequentes", (
            'SELECT ville, COUNT(*) AS nb\n'
            'FROM etudiants\n'
            'GROUP BY ville\n'
            'HAVING COUNT(*) >= 3\n'
            'ORDER BY nb DESC, ville'
        )),
        expect='GROUP BY ville réunit les étudiants sans ville',
    ),
    # ORDER BY oublié
    WrongAnswer(
        question="sql_villes_frequentes",
        cell="sql_villes_frequentes_code",
        code=_cell("requete_villes_frequentes", (
            'SELECT ville, COUNT(*)\n'
            'FROM etudiants\n'
            'WHERE ville IS NOT NULL\n'
            'GROUP BY ville\n'
            'HAVING COUNT(*) >= 3'
        )),
        expect="pas dans l'ordre demandé",
    ),
    # tri croissant au lieu de décroissant
    WrongAnswer(
        question="sql_villes_frequentes",
        cell="sql_villes_frequentes_code",
        code=_cell("requete_villes_frequentes", (
            'SELECT ville, COUNT(*) AS nb\n'
            'FROM etudiants\n'
            'WHERE ville IS NOT NULL\n'
            'GROUP BY ville\n'
            'HAVING COUNT(*) >= 3\n'
            'ORDER BY nb, ville'
        )),
        expect='le sens (ASC ou DESC)',
    ),
    # > 3 au lieu de >= 3
    WrongAnswer(
        question="sql_villes_frequentes",
        cell="sql_villes_frequentes_code",
        code=_cell("requete_villes_frequentes", (
            'SELECT ville, COUNT(*) AS nb\n'
            'FROM etudiants\n'
            'WHERE ville IS NOT NULL\n'
            'GROUP BY ville\n'
            'HAVING COUNT(*) > 3\n'
            'ORDER BY nb DESC, ville'
        )),
        expect='« au moins 3 » comprend 3',
    ),
    # WHERE au lieu de HAVING : erreur SQL expliquée
    WrongAnswer(
        question="sql_villes_frequentes",
        cell="sql_villes_frequentes_code",
        code=_cell("requete_villes_frequentes", (
            'SELECT ville, COUNT(*) AS nb\n'
            'FROM etudiants\n'
            'WHERE ville IS NOT NULL AND COUNT(*) >= 3\n'
            'GROUP BY ville\n'
            'ORDER BY nb DESC, ville'
        )),
        expect='pour filtrer les groupes, utilisez HAVING',
    ),
    # --- sql_jointures -----------------------------------------------
    # DISTINCT oublié
    WrongAnswer(
        question="sql_bonnes_notes",
        cell="sql_bonnes_notes_code",
        code=_cell("requete_bonnes_notes", (
            'SELECT e.nom, e.prenom\n'
            'FROM etudiants AS e\n'
            'JOIN notes AS n ON n.etudiant_id = e.id\n'
            'WHERE n.note >= 15'
        )),
        expect='la jointure produit une ligne par note',
    ),
    # > 15 au lieu de >= 15
    WrongAnswer(
        question="sql_bonnes_notes",
        cell="sql_bonnes_notes_code",
        code=_cell("requete_bonnes_notes", (
            'SELECT DISTINCT e.nom, e.prenom\n'
            'FROM etudiants AS e\n'
            'JOIN notes AS n ON n.etudiant_id = e.id\n'
            'WHERE n.note > 15'
        )),
        expect='« supérieure ou égale à 15 » comprend 15',
    ),
    # jointure interne : les étudiants sans note disparaissent
    WrongAnswer(
        question="sql_notes_par_etudiant",
        cell="sql_notes_par_etudiant_code",
        code=_cell("requete_notes_par_etudiant", (
            'SELECT e.nom, e.prenom, COUNT(n.note)\n'
            'FROM etudiants AS e\n'
            'JOIN notes AS n ON n.etudiant_id = e.id\n'
            'GROUP BY e.id'
        )),
        expect='une jointure interne (JOIN) les fait disparaître',
    ),
    # LEFT JOIN avec COUNT(*)
    WrongAnswer(
        question="sql_notes_par_etudiant",
        cell="sql_notes_par_etudiant_code",
        code=_cell("requete_notes_par_etudiant", (
            'SELECT e.nom, e.prenom, COUNT(*)\n'
            'FROM etudiants AS e\n'
            'LEFT JOIN notes AS n ON n.etudiant_id = e.id\n'
            'GROUP BY e.id'
        )),
        expect='COUNT(*) compte les lignes : avec LEFT JOIN',
    ),
    # jointure interne et COUNT(*)
    WrongAnswer(
        question="sql_notes_par_etudiant",
        cell="sql_notes_par_etudiant_code",
        code=_cell("requete_notes_par_etudiant", (
            'SELECT e.nom, e.prenom, COUNT(*)\n'
            'FROM etudiants AS e, notes AS n\n'
            'WHERE n.etudiant_id = e.id\n'
            'GROUP BY e.id'
        )),
        expect='COUNT(*) compte aussi les notes NULL',
    ),
    # LEFT JOIN avec COUNT d'une colonne jamais NULL
    WrongAnswer(
        question="sql_notes_par_etudiant",
        cell="sql_notes_par_etudiant_code",
        code=_cell("requete_notes_par_etudiant", (
            'SELECT e.nom, e.prenom, COUNT(n.cours_id)\n'
            'FROM etudiants AS e\n'
            'LEFT JOIN notes AS n ON n.etudiant_id = e.id\n'
            'GROUP BY e.id'
        )),
        expect='vous comptez aussi les notes NULL',
    ),
    # MAX avec GROUP BY : un seul major par cours
    WrongAnswer(
        question="sql_majors_cours",
        cell="sql_majors_cours_code",
        code=_cell("requete_majors_cours", (
            'SELECT c.intitule, e.nom, e.prenom, MAX(n.note)\n'
            'FROM notes AS n\n'
            'JOIN cours AS c ON c.id = n.cours_id\n'
            'JOIN etudiants AS e ON e.id = n.etudiant_id\n'
            'GROUP BY c.id'
        )),
        expect='il manque des ex aequo',
    ),
    # ROW_NUMBER au lieu de RANK : ex aequo perdus
    WrongAnswer(
        question="sql_majors_cours",
        cell="sql_majors_cours_code",
        code=_cell("requete_majors_cours", (
            'SELECT intitule, nom, prenom, note FROM (\n'
            '    SELECT c.intitule, e.nom, e.prenom, n.note,\n'
            '           ROW_NUMBER() OVER (PARTITION BY n.cours_id ORDER BY n.note DESC) AS rang\n'
            '    FROM notes AS n\n'
            '    JOIN cours AS c ON c.id = n.cours_id\n'
            '    JOIN etudiants AS e ON e.id = n.etudiant_id\n'
            '    WHERE n.note IS NOT NULL\n'
            ')\n'
            'WHERE rang = 1'
        )),
        expect='il manque des ex aequo',
    ),
    # ORDER BY ... LIMIT 1 : une seule ligne
    WrongAnswer(
        question="sql_majors_cours",
        cell="sql_majors_cours_code",
        code=_cell("requete_majors_cours", (
            'SELECT c.intitule, e.nom, e.prenom, n.note\n'
            'FROM notes AS n\n'
            'JOIN cours AS c ON c.id = n.cours_id\n'
            'JOIN etudiants AS e ON e.id = n.etudiant_id\n'
            'ORDER BY n.note DESC\n'
            'LIMIT 1'
        )),
        expect='une seule ligne',
    ),
    # sous-requête non corrélée : maximum de tous les cours
    WrongAnswer(
        question="sql_majors_cours",
        cell="sql_majors_cours_code",
        code=_cell("requete_majors_cours", (
            'SELECT c.intitule, e.nom, e.prenom, n.note\n'
            'FROM notes AS n\n'
            'JOIN cours AS c ON c.id = n.cours_id\n'
            'JOIN etudiants AS e ON e.id = n.etudiant_id\n'
            'WHERE n.note = (SELECT MAX(note) FROM notes)'
        )),
        expect='la meilleure note de tous les cours',
    ),

    # --- added for the second content-truth pass ----------------------
    WrongAnswer(
        question="sql_filtre_ville",
        cell="sql_filtre_ville_code",
        code=_cell("requete_filtre_ville", (
            "SELECT nom, prenom, ville, annee_naissance FROM etudiants\n"
            "WHERE ville IN ('Lyon', 'Lille') AND annee_naissance <= 2001"
        )),
        expect="vous avez gardé les étudiants nés en 2001 ou avant",
    ),
    WrongAnswer(
        question="sql_filtre_ville",
        cell="sql_filtre_ville_code",
        code=_cell("requete_filtre_ville", (
            "SELECT nom, prenom, ville, annee_naissance FROM etudiants\n"
            "WHERE (ville = 'Lyon' OR 'Lille') AND annee_naissance >= 2001"
        )),
        expect="il manque les étudiants de Lille",
    ),
    WrongAnswer(
        question="sql_filtre_ville",
        cell="sql_filtre_ville_code",
        code=_cell("requete_filtre_ville", (
            "SELECT nom, prenom, ville, annee_naissance FROM etudiants WHERE annee_naissance >= 2001"
        )),
        expect="la condition sur la ville (Lyon ou Lille) manque",
    ),
    WrongAnswer(
        question="sql_filtre_ville",
        cell="sql_filtre_ville_code",
        code=_cell("requete_filtre_ville", (
            "SELECT prenom, nom, ville, annee_naissance FROM etudiants\n"
            "WHERE ville IN ('Lyon', 'Lille') AND annee_naissance >= 2001"
        )),
        expect="pas dans l'ordre des colonnes demandé",
    ),
    WrongAnswer(
        question="sql_plus_jeunes",
        cell="sql_plus_jeunes_code",
        code=_cell("requete_plus_jeunes", (
            "SELECT nom, prenom, annee_naissance FROM etudiants\n"
            "ORDER BY annee_naissance DESC, nom, prenom LIMIT 6"
        )),
        expect="les 5 premières du tri",
    ),
    WrongAnswer(
        question="sql_plus_jeunes",
        cell="sql_plus_jeunes_code",
        code=_cell("requete_plus_jeunes", (
            "SELECT prenom, nom, annee_naissance FROM etudiants\n"
            "ORDER BY annee_naissance DESC, nom, prenom LIMIT 5"
        )),
        expect="pas dans l'ordre des colonnes demandé",
    ),
    WrongAnswer(
        question="sql_hors_paris",
        cell="sql_hors_paris_code",
        code=_cell("requete_hors_paris", (
            "SELECT nom, prenom, ville FROM etudiants WHERE ville <> 'paris' OR ville IS NULL"
        )),
        expect="les étudiants de Paris sont aussi renvoyés",
    ),
    WrongAnswer(
        question="sql_hors_paris",
        cell="sql_hors_paris_code",
        code=_cell("requete_hors_paris", "SELECT nom, prenom, ville FROM etudiants WHERE ville IS NULL"),
        expect="vous n'avez gardé que les villes NULL",
    ),
    WrongAnswer(
        question="sql_hors_paris",
        cell="sql_hors_paris_code",
        code=_cell("requete_hors_paris", (
            "SELECT nom, prenom, ville FROM etudiants WHERE ville = 'Paris' OR ville IS NULL"
        )),
        expect="vous avez gardé les étudiants de Paris",
    ),
    WrongAnswer(
        question="sql_comptage_notes",
        cell="sql_comptage_notes_code",
        code=_cell("requete_comptage_notes", (
            "SELECT cours_id, COUNT(note), COUNT(*) FROM notes GROUP BY cours_id"
        )),
        expect="nb_inscrits et nb_notes sont inversés",
    ),
    WrongAnswer(
        question="sql_comptage_notes",
        cell="sql_comptage_notes_code",
        code=_cell("requete_comptage_notes", (
            "SELECT c.id, COUNT(n.cours_id), COUNT(n.note) FROM cours AS c\n"
            "LEFT JOIN notes AS n ON n.cours_id = c.id GROUP BY c.id"
        )),
        expect="des cours absents de la table notes apparaissent",
    ),
    WrongAnswer(
        question="sql_moyenne_cours",
        cell="sql_moyenne_cours_code",
        code=_cell("requete_moyenne_cours", (
            "SELECT cours_id, AVG(note) FROM notes GROUP BY cours_id HAVING AVG(note) > 10"
        )),
        expect="il manque les cours dont la moyenne vaut exactement 10",
    ),
    WrongAnswer(
        question="sql_moyenne_cours",
        cell="sql_moyenne_cours_code",
        code=_cell("requete_moyenne_cours", "SELECT cours_id, AVG(note) FROM notes GROUP BY cours_id"),
        expect="il ne faut garder que les cours dont la moyenne est au moins 10",
    ),
    WrongAnswer(
        question="sql_moyenne_cours",
        cell="sql_moyenne_cours_code",
        code=_cell("requete_moyenne_cours", (
            "SELECT cours_id, AVG(note) FROM notes GROUP BY cours_id HAVING AVG(note) < 10"
        )),
        expect="vous avez gardé les cours de moyenne inférieure à 10",
    ),
    WrongAnswer(
        question="sql_villes_frequentes",
        cell="sql_villes_frequentes_code",
        code=_cell("requete_villes_frequentes", (
            "SELECT COUNT(*) AS nb, ville FROM etudiants WHERE ville IS NOT NULL\n"
            "GROUP BY ville HAVING COUNT(*) >= 3 ORDER BY nb DESC, ville"
        )),
        expect="pas dans l'ordre des colonnes demandé",
    ),
    WrongAnswer(
        question="sql_bonnes_notes",
        cell="sql_bonnes_notes_code",
        code=_cell("requete_bonnes_notes", (
            "SELECT DISTINCT e.nom, e.prenom FROM etudiants AS e\n"
            "JOIN notes AS n ON n.cours_id = e.id WHERE n.note >= 15"
        )),
        expect="la jointure relie notes.cours_id à etudiants.id",
    ),
    WrongAnswer(
        question="sql_bonnes_notes",
        cell="sql_bonnes_notes_code",
        code=_cell("requete_bonnes_notes", (
            "SELECT DISTINCT e.nom, e.prenom FROM etudiants AS e JOIN notes AS n ON n.etudiant_id = e.id"
        )),
        expect="des étudiants sans aucune note supérieure ou égale à 15 sont renvoyés",
    ),
    WrongAnswer(
        question="sql_notes_par_etudiant",
        cell="sql_notes_par_etudiant_code",
        code=_cell("requete_notes_par_etudiant", (
            "SELECT e.nom, e.prenom, SUM(CASE WHEN n.note IS NOT NULL THEN 1 END) FROM etudiants AS e\n"
            "LEFT JOIN notes AS n ON n.etudiant_id = e.id GROUP BY e.id"
        )),
        expect="nb_notes vaut NULL pour les étudiants qui n'ont aucune note renseignée",
    ),
    WrongAnswer(
        question="sql_notes_par_etudiant",
        cell="sql_notes_par_etudiant_code",
        code=_cell("requete_notes_par_etudiant", (
            "SELECT e.nom, e.prenom, COUNT(n.note) FROM etudiants AS e\n"
            "LEFT JOIN notes AS n ON n.etudiant_id = e.id WHERE n.note IS NOT NULL GROUP BY e.id"
        )),
        expect="il manque les étudiants qui n",
    ),
    WrongAnswer(
        question="sql_notes_par_etudiant",
        cell="sql_notes_par_etudiant_code",
        code=_cell("requete_notes_par_etudiant", (
            "SELECT e.nom, e.prenom, COUNT(n.note) FROM etudiants AS e\n"
            "LEFT JOIN notes AS n ON n.etudiant_id = e.id GROUP BY e.nom"
        )),
        expect="des étudiants de même nom ont été réunis en une seule ligne",
    ),
    WrongAnswer(
        question="sql_majors_cours",
        cell="sql_majors_cours_code",
        code=_cell("requete_majors_cours", (
            "SELECT intitule, nom, prenom, note FROM (\n"
            "  SELECT c.intitule, e.nom, e.prenom, n.note,\n"
            "         RANK() OVER (PARTITION BY n.cours_id ORDER BY n.note DESC) AS r\n"
            "  FROM notes n JOIN cours c ON c.id = n.cours_id JOIN etudiants e ON e.id = n.etudiant_id)\n"
            "WHERE r = 1"
        )),
        expect="une ligne a une note NULL",
    ),
    WrongAnswer(
        question="sql_majors_cours",
        cell="sql_majors_cours_code",
        code=_cell("requete_majors_cours", (
            "SELECT c.intitule, e.nom, e.prenom, n.note FROM notes AS n\n"
            "JOIN cours AS c ON c.id = n.cours_id JOIN etudiants AS e ON e.id = n.etudiant_id\n"
            "WHERE n.note = (SELECT MIN(n2.note) FROM notes AS n2 WHERE n2.cours_id = n.cours_id)"
        )),
        expect="vous avez gardé la plus basse note de chaque cours",
    ),
    WrongAnswer(
        question="sql_moyenne_cours",
        cell="sql_moyenne_cours_code",
        code=_cell("requete_moyenne_cours", (
            "SELECT cours_id, ROUND(AVG(note), 2) FROM notes GROUP BY cours_id HAVING AVG(note) >= 10"
        )),
        expect="n'arrondissez pas les résultats",
    ),
    WrongAnswer(
        question="sql_majors_cours",
        cell="sql_majors_cours_code",
        code=_cell("requete_majors_cours", (
            "SELECT c.intitule, e.nom, e.prenom, n.note FROM notes AS n\n"
            "JOIN cours AS c ON c.id = n.cours_id JOIN etudiants AS e ON e.id = n.etudiant_id\n"
            "WHERE n.note IN (SELECT MAX(note) FROM notes GROUP BY cours_id)"
        )),
        expect="des notes égales à la meilleure note d'un autre cours sont gardées",
    ),
    WrongAnswer(
        question="sql_majors_cours",
        cell="sql_majors_cours_code",
        code=_cell("requete_majors_cours", (
            "SELECT c.intitule, e.nom, e.prenom, MAX(n.note) FROM notes AS n\n"
            "JOIN cours AS c ON c.id = n.cours_id JOIN etudiants AS e ON e.id = n.etudiant_id\n"
            "GROUP BY c.intitule, e.nom, e.prenom"
        )),
        expect="des lignes ont une note NULL",
    ),
]
