"""Typical wrong answers for ``source/02_unix/01_commandes.ipynb``."""

from . import WrongAnswer


def _cell(variable: str, command: str) -> str:
    """Source of an answer cell that assigns ``command`` to ``variable``."""
    return f"{variable} = {command!r}\n"


CASES = [
    # --- unix_fichiers ---------------------------------------------------
    WrongAnswer(
        question="unix_ranger_rapports",
        cell="unix_ranger_rapports_code",
        code=_cell("commande_rangement", "mkdir archives/2024/mars && cp *.txt archives/2024/mars/"),
        expect="mkdir seul ne crée pas les dossiers intermédiaires",
    ),
    WrongAnswer(
        question="unix_ranger_rapports",
        cell="unix_ranger_rapports_code",
        code=_cell("commande_rangement", "mkdir -p archives/2024/mars && mv *.txt archives/2024/mars/"),
        expect="mv les déplace",
    ),
    WrongAnswer(
        question="unix_ranger_rapports",
        cell="unix_ranger_rapports_code",
        code=_cell("commande_rangement",
                   "mkdir -p archives/2024/mars && find . -name '*.txt' -exec cp {} archives/2024/mars/ \\;"),
        expect="des fichiers .txt des sous-dossiers ont aussi été copiés",
    ),
    WrongAnswer(
        question="unix_ranger_rapports",
        cell="unix_ranger_rapports_code",
        code=_cell("commande_rangement",
                   "mkdir -p archives/2024/mars; for f in $(ls *.txt); do cp $f archives/2024/mars/; done"),
        expect="sans guillemets, un tel nom est coupé en plusieurs mots",
    ),
    WrongAnswer(
        question="unix_deplacer_espaces",
        cell="unix_deplacer_espaces_code",
        code=_cell("commande_deplacement", "mv brouillon final.txt rendu/rapport.txt && rm *.tmp"),
        expect="le shell le coupe en deux mots",
    ),
    WrongAnswer(
        question="unix_deplacer_espaces",
        cell="unix_deplacer_espaces_code",
        code=_cell("commande_deplacement", 'cp "brouillon final.txt" rendu/rapport.txt && rm *.tmp'),
        expect="cp copie, mv déplace",
    ),
    WrongAnswer(
        question="unix_deplacer_espaces",
        cell="unix_deplacer_espaces_code",
        code=_cell("commande_deplacement", 'mv "brouillon final.txt" rendu && rm *.tmp'),
        expect="sans être renommé",
    ),
    WrongAnswer(
        question="unix_deplacer_espaces",
        cell="unix_deplacer_espaces_code",
        code=_cell("commande_deplacement",
                   "mv 'brouillon final.txt' rendu/rapport.txt && find . -name '*.tmp' -delete"),
        expect="des fichiers .tmp des sous-dossiers ont été supprimés",
    ),
    WrongAnswer(
        question="unix_deplacer_espaces",
        cell="unix_deplacer_espaces_code",
        code=_cell("commande_deplacement", 'mv "brouillon final.txt" rendu/rapport.txt'),
        expect="des fichiers .tmp du dossier courant n'ont pas été supprimés",
    ),
    WrongAnswer(
        question="unix_script_proprietaire",
        cell="unix_script_proprietaire_code",
        code=_cell("commande_script", "chmod +x calcul.sh && ./calcul.sh"),
        expect="le droit d'exécution a été donné à tout le monde",
    ),
    WrongAnswer(
        question="unix_script_proprietaire",
        cell="unix_script_proprietaire_code",
        code=_cell("commande_script", "chmod 777 calcul.sh && ./calcul.sh"),
        expect="tous les droits (lecture, écriture, exécution) ont été donnés à tout le monde",
    ),
    WrongAnswer(
        question="unix_script_proprietaire",
        cell="unix_script_proprietaire_code",
        code=_cell("commande_script", "bash calcul.sh"),
        expect="les droits de calcul.sh n'ont pas changé",
    ),
    WrongAnswer(
        question="unix_script_proprietaire",
        cell="unix_script_proprietaire_code",
        code=_cell("commande_script", "chmod u+x calcul.sh && calcul.sh"),
        expect="le dossier courant ne fait pas partie du PATH",
    ),
    WrongAnswer(
        question="unix_script_proprietaire",
        cell="unix_script_proprietaire_code",
        code=_cell("commande_script", "./calcul.sh; chmod u+x calcul.sh"),
        expect="lancé avant d'être rendu exécutable",
    ),
    WrongAnswer(
        question="unix_script_proprietaire",
        cell="unix_script_proprietaire_code",
        code=_cell("commande_script", "chmod 744 calcul.sh"),
        expect="il n'a pas été exécuté",
    ),
    # --- unix_recherche --------------------------------------------------
    WrongAnswer(
        question="unix_mesures_sans_entete",
        cell="unix_mesures_sans_entete_code",
        code=_cell("commande_mesures", "head -n 5 mesures.csv"),
        expect="la ligne d'en-tête est affichée (lignes 1 à 5)",
    ),
    WrongAnswer(
        question="unix_mesures_sans_entete",
        cell="unix_mesures_sans_entete_code",
        code=_cell("commande_mesures", "head -n 4 mesures.csv"),
        expect="l'en-tête compte comme une ligne",
    ),
    WrongAnswer(
        question="unix_mesures_sans_entete",
        cell="unix_mesures_sans_entete_code",
        code=_cell("commande_mesures", "tail -n +2 mesures.csv | head -n 5"),
        expect="une mesure de trop (lignes 2 à 6)",
    ),
    WrongAnswer(
        question="unix_mesures_sans_entete",
        cell="unix_mesures_sans_entete_code",
        code=_cell("commande_mesures", "head -n 5 mesures.csv | tail -n 3"),
        expect="il manque la première mesure",
    ),
    WrongAnswer(
        question="unix_mesures_sans_entete",
        cell="unix_mesures_sans_entete_code",
        code=_cell("commande_mesures", "tail -n +3 mesures.csv | head -n 4"),
        expect="seul l'en-tête (ligne 1) est à sauter",
    ),
    WrongAnswer(
        question="unix_mesures_sans_entete",
        cell="unix_mesures_sans_entete_code",
        code=_cell("commande_mesures", "tail -n 4 mesures.csv"),
        expect="tail -n N part de la fin",
    ),
    WrongAnswer(
        question="unix_compter_erreurs",
        cell="unix_compter_erreurs_code",
        code=(_cell("commande_lignes", "grep -r ERROR logs | wc -l")
              + _cell("commande_occurrences", "find logs -type f -exec cat {} + | grep -c ERROR")),
        expect="grep -c (comme grep | wc -l) compte les lignes",
    ),
    WrongAnswer(
        question="unix_compter_erreurs",
        cell="unix_compter_erreurs_code",
        code=(_cell("commande_lignes", "grep -r ERROR logs | wc -l")
              + _cell("commande_occurrences", "grep -r ERROR logs | wc -l")),
        expect="pas le nombre d'occurrences",
    ),
    WrongAnswer(
        question="unix_compter_erreurs",
        cell="unix_compter_erreurs_code",
        code=(_cell("commande_lignes", "cat logs/*.log | grep -c ERROR")
              + _cell("commande_occurrences", "cat logs/*.log | grep -o ERROR | wc -l")),
        expect="la recherche n'est pas récursive",
    ),
    WrongAnswer(
        question="unix_compter_erreurs",
        cell="unix_compter_erreurs_code",
        code=(_cell("commande_lignes", "grep ERROR logs | wc -l")
              + _cell("commande_occurrences", "grep -o ERROR logs | wc -l")),
        expect="un dossier a été donné à une commande qui lit des fichiers",
    ),
    WrongAnswer(
        question="unix_compter_erreurs",
        cell="unix_compter_erreurs_code",
        code=(_cell("commande_lignes", "grep -ri error logs | wc -l")
              + _cell("commande_occurrences", "grep -rio error logs | wc -l")),
        expect="« error » en minuscules",
    ),
    WrongAnswer(
        question="unix_compter_erreurs",
        cell="unix_compter_erreurs_code",
        code=(_cell("commande_lignes", "grep -rc ERROR logs")
              + _cell("commande_occurrences", "grep -ro ERROR logs | wc -l")),
        expect="un seul nombre est attendu",
    ),
    WrongAnswer(
        question="unix_trouver_csv",
        cell="unix_trouver_csv_code",
        code=_cell("commande_csv", "ls *.csv"),
        expect="ls (ou le motif *.csv) ne descend pas dans les sous-dossiers",
    ),
    WrongAnswer(
        question="unix_trouver_csv",
        cell="unix_trouver_csv_code",
        code=_cell("commande_csv", "ls -R | grep '\\.csv$'"),
        expect="ls -R affiche les noms des fichiers sans le dossier",
    ),
    WrongAnswer(
        question="unix_trouver_csv",
        cell="unix_trouver_csv_code",
        code=_cell("commande_csv", "find . -name *.csv"),
        expect="mettez le motif entre guillemets",
    ),
    WrongAnswer(
        question="unix_trouver_csv",
        cell="unix_trouver_csv_code",
        code=_cell("commande_csv", "find . | grep csv"),
        expect="des chemins en trop",
    ),
    WrongAnswer(
        question="unix_trouver_csv",
        cell="unix_trouver_csv_code",
        code="commande_csv = ['find', '.', '-name', '*.csv']\n",
        expect="une seule chaîne de caractères est attendue, pas une liste",
    ),
    # --- unix_pipelines --------------------------------------------------
    WrongAnswer(
        question="unix_villes_frequentes",
        cell="unix_villes_frequentes_code",
        code=_cell("commande_villes", "cut -d';' -f2 ventes.csv | uniq -c | sort -rn | head -n 3"),
        expect="uniq -c ne regroupe que les lignes identiques consécutives",
    ),
    WrongAnswer(
        question="unix_villes_frequentes",
        cell="unix_villes_frequentes_code",
        code=_cell("commande_villes", "cut -d, -f2 ventes.csv | sort | uniq -c | sort -rn | head -n 3"),
        expect="Le séparateur de ventes.csv est le point-virgule",
    ),
    WrongAnswer(
        question="unix_villes_frequentes",
        cell="unix_villes_frequentes_code",
        code=_cell("commande_villes", "cut -d';' -f3 ventes.csv | sort | uniq -c | sort -rn | head -n 3"),
        expect="mauvais champ",
    ),
    WrongAnswer(
        question="unix_villes_frequentes",
        cell="unix_villes_frequentes_code",
        code=_cell("commande_villes", "cut -d';' -f1 ventes.csv | sort | uniq -c | sort -rn | head -n 3"),
        expect="La ville est le 2e champ (-f2)",
    ),
    WrongAnswer(
        question="unix_villes_frequentes",
        cell="unix_villes_frequentes_code",
        code=_cell("commande_villes", "cut -d';' -f2 ventes.csv | sort | uniq -c | sort -n | tail -n 3"),
        expect="pas dans le bon ordre",
    ),
    WrongAnswer(
        question="unix_villes_frequentes",
        cell="unix_villes_frequentes_code",
        code=_cell("commande_villes", "cut -d';' -f2 ventes.csv | sort | uniq -c | sort -n | head -n 3"),
        expect="ce ne sont pas les trois villes les plus fréquentes",
    ),
    WrongAnswer(
        question="unix_villes_frequentes",
        cell="unix_villes_frequentes_code",
        code=_cell("commande_villes", "cut -d';' -f2 ventes.csv | sort | uniq -c | sort -rn"),
        expect="seules les trois premières lignes sont demandées",
    ),
    WrongAnswer(
        question="unix_rediriger_erreurs",
        cell="unix_rediriger_erreurs_code",
        code=_cell("commande_erreurs", "./verifier.sh > erreurs.txt"),
        expect="la sortie d'erreur se redirige avec 2>",
    ),
    WrongAnswer(
        question="unix_rediriger_erreurs",
        cell="unix_rediriger_erreurs_code",
        code=_cell("commande_erreurs", "./verifier.sh &> erreurs.txt"),
        expect="erreurs.txt contient les deux sorties",
    ),
    WrongAnswer(
        question="unix_rediriger_erreurs",
        cell="unix_rediriger_erreurs_code",
        code=_cell("commande_erreurs", "./verifier.sh 2> erreurs.txt > /dev/null"),
        expect="les résultats normaux ne s'affichent plus",
    ),
    WrongAnswer(
        question="unix_rediriger_erreurs",
        cell="unix_rediriger_erreurs_code",
        code=_cell("commande_erreurs", "./verifier.sh"),
        expect="le fichier erreurs.txt n'a pas été créé",
    ),
    WrongAnswer(
        question="unix_journal_ajout",
        cell="unix_journal_ajout_code",
        code=_cell("commande_journal", "sort nouveau.txt > journal.txt"),
        expect="> écrase le fichier, alors que >> ajoute à la fin",
    ),
    WrongAnswer(
        question="unix_journal_ajout",
        cell="unix_journal_ajout_code",
        code=_cell("commande_journal", "cat nouveau.txt >> journal.txt"),
        expect="sans être triées",
    ),
    WrongAnswer(
        question="unix_journal_ajout",
        cell="unix_journal_ajout_code",
        code=_cell("commande_journal", "sort nouveau.txt"),
        expect="le résultat s'est affiché à l'écran",
    ),
    WrongAnswer(
        question="unix_journal_ajout",
        cell="unix_journal_ajout_code",
        code=_cell("commande_journal", "sort -o journal.txt journal.txt nouveau.txt"),
        expect="tout le journal a été trié",
    ),

    # --- added for the second content-truth pass ------------------------
    WrongAnswer(
        question="unix_ranger_rapports",
        cell="unix_ranger_rapports_code",
        code=_cell("commande_rangement", "mkdir -p archives/2024/mars && cp *txt* archives/2024/mars/"),
        expect="le motif *txt* est trop large",
    ),
    WrongAnswer(
        question="unix_ranger_rapports",
        cell="unix_ranger_rapports_code",
        code=_cell("commande_rangement", "mkdir -p archives/2024/mars && cp * archives/2024/mars/"),
        expect="des fichiers qui ne se terminent pas par .txt ont été copiés",
    ),
    WrongAnswer(
        question="unix_deplacer_espaces",
        cell="unix_deplacer_espaces_code",
        code=_cell("commande_deplacement", 'mv "brouillon final.txt" rendu/rapport.txt && rm *tmp*'),
        expect="le motif *tmp* est trop large",
    ),
    WrongAnswer(
        question="unix_deplacer_espaces",
        cell="unix_deplacer_espaces_code",
        code=_cell("commande_deplacement",
                   'mv "brouillon final.txt" rendu/rapport.txt && for f in $(ls *.tmp); do rm $f; done'),
        expect="les fichiers .tmp dont le nom contient une espace n'ont pas été supprimés",
    ),
    WrongAnswer(
        question="unix_deplacer_espaces",
        cell="unix_deplacer_espaces_code",
        code=_cell("commande_deplacement", 'mv "brouillon final.txt" rapport.txt && rm *.tmp'),
        expect="il est resté dans le dossier courant",
    ),
    WrongAnswer(
        question="unix_script_proprietaire",
        cell="unix_script_proprietaire_code",
        code=_cell("commande_script", "chmod 700 calcul.sh && ./calcul.sh"),
        expect="le groupe et les autres ont perdu la lecture",
    ),
    WrongAnswer(
        question="unix_mesures_sans_entete",
        cell="unix_mesures_sans_entete_code",
        code=_cell("commande_mesures", "grep -v date mesures.csv | head -n 4"),
        expect="ne la repérez pas par son contenu",
    ),
    WrongAnswer(
        question="unix_mesures_sans_entete",
        cell="unix_mesures_sans_entete_code",
        code=_cell("commande_mesures", "sed -n '2,4p' mesures.csv"),
        expect="seulement trois mesures",
    ),
    WrongAnswer(
        question="unix_mesures_sans_entete",
        cell="unix_mesures_sans_entete_code",
        code=_cell("commande_mesures", "tail -n +2 mesures.csv"),
        expect="toutes les mesures sont affichées",
    ),
    WrongAnswer(
        question="unix_compter_erreurs",
        cell="unix_compter_erreurs_code",
        code=(_cell("commande_lignes", "grep -rE '^[^ ]+ [^ ]+ ERROR' logs | wc -l")
              + _cell("commande_occurrences", "grep -ro ERROR logs | wc -l")),
        expect="que les lignes qui commencent par ERROR",
    ),
    WrongAnswer(
        question="unix_compter_erreurs",
        cell="unix_compter_erreurs_code",
        code=(_cell("commande_lignes", "find logs -type f -exec cat {} + | wc -l")
              + _cell("commande_occurrences", "grep -ro ERROR logs | wc -l")),
        expect="c'est le nombre total de lignes",
    ),
    WrongAnswer(
        question="unix_compter_erreurs",
        cell="unix_compter_erreurs_code",
        code=(_cell("commande_lignes", "grep -r ERROR . | wc -l")
              + _cell("commande_occurrences", "grep -ro ERROR . | wc -l")),
        expect="vous avez cherché dans tout le dossier courant",
    ),
    WrongAnswer(
        question="unix_trouver_csv",
        cell="unix_trouver_csv_code",
        code=_cell("commande_csv", "find . -name '*csv*'"),
        expect="Le motif '*csv*' est trop large",
    ),
    WrongAnswer(
        question="unix_villes_frequentes",
        cell="unix_villes_frequentes_code",
        code=_cell("commande_villes",
                   "cut -d';' -f2 ventes.csv | sort | uniq -c | sort -rn | head -n 3 | sed 's/^ *[0-9]* //'"),
        expect="les lignes ne commencent pas par un nombre",
    ),
    WrongAnswer(
        question="unix_rediriger_erreurs",
        cell="unix_rediriger_erreurs_code",
        code=_cell("commande_erreurs", "./verifier.sh > erreurs.txt 2>&1"),
        expect="erreurs.txt contient les deux sorties",
    ),
    WrongAnswer(
        question="unix_rediriger_erreurs",
        cell="unix_rediriger_erreurs_code",
        code=_cell("commande_erreurs", "./verifier.sh 2>&1 > erreurs.txt"),
        expect="erreurs.txt contient les résultats normaux au lieu des erreurs",
    ),
    WrongAnswer(
        question="unix_journal_ajout",
        cell="unix_journal_ajout_code",
        code=_cell("commande_journal", "sort -u nouveau.txt >> journal.txt"),
        expect="sort -u (ou uniq) supprime les doublons",
    ),
    WrongAnswer(
        question="unix_journal_ajout",
        cell="unix_journal_ajout_code",
        code=_cell("commande_journal", "sort -r nouveau.txt >> journal.txt"),
        expect="triées dans l'ordre inverse",
    ),
    WrongAnswer(
        question="unix_compter_erreurs",
        cell="unix_compter_erreurs_code",
        code=(_cell("commande_lignes", "grep -rc ERROR logs | wc -l")
              + _cell("commande_occurrences", "grep -ro ERROR logs | wc -l")),
        expect="c'est le nombre de fichiers de logs, pas de lignes",
    ),
    WrongAnswer(
        question="unix_trouver_csv",
        cell="unix_trouver_csv_code",
        code=_cell("commande_csv", "find . -maxdepth 2 -name '*.csv'"),
        expect="les fichiers les plus profonds manquent",
    ),
]
