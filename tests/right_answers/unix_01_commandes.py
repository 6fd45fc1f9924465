"""Correct answers written differently from the reference, for ``source/02_unix/01_commandes.ipynb``."""

from . import RightAnswer


def _cell(variable: str, command: str) -> str:
    """Source of an answer cell that assigns ``command`` to ``variable``."""
    return f"{variable} = {command!r}\n"


def _case(question: str, variable: str, command: str, how: str) -> RightAnswer:
    return RightAnswer(question=question, cell=f"{question}_code", code=_cell(variable, command), how=how)


def _pair(lines: str, occurrences: str, how: str) -> RightAnswer:
    return RightAnswer(question="unix_compter_erreurs", cell="unix_compter_erreurs_code",
                       code=_cell("commande_lignes", lines) + _cell("commande_occurrences", occurrences),
                       how=how)


CASES = [
    _case("unix_ranger_rapports", "commande_rangement",
          "mkdir archives archives/2024 archives/2024/mars; for f in *.txt; do cp \"$f\" archives/2024/mars/; done",
          "three mkdir, then a quoted for loop"),
    _case("unix_ranger_rapports", "commande_rangement",
          "mkdir -p archives/2024/mars && find . -maxdepth 1 -type f -name '*.txt' -exec cp {} archives/2024/mars \\;",
          "find -maxdepth 1 -exec cp"),
    _case("unix_ranger_rapports", "commande_rangement",
          "mkdir --parents ./archives/2024/mars\ncp -- ./*.txt ./archives/2024/mars",
          "long option, two lines, ./ prefixes"),
    _case("unix_deplacer_espaces", "commande_deplacement",
          "mv brouillon\\ final.txt rendu/rapport.txt; rm -f ./*.tmp",
          "backslash-escaped space, rm -f ./*.tmp"),
    _case("unix_deplacer_espaces", "commande_deplacement",
          "mv -- 'brouillon final.txt' rendu/rapport.txt && find . -maxdepth 1 -name '*.tmp' -delete",
          "find -maxdepth 1 -delete"),
    _case("unix_deplacer_espaces", "commande_deplacement",
          "cd rendu && mv \"../brouillon final.txt\" rapport.txt && cd .. && for f in *.tmp; do rm \"$f\"; done",
          "cd into rendu, quoted loop for rm"),
    _case("unix_script_proprietaire", "commande_script",
          "chmod 744 calcul.sh && ./calcul.sh", "octal mode"),
    _case("unix_script_proprietaire", "commande_script",
          "chmod u=rwx,go=r calcul.sh; ./calcul.sh", "symbolic absolute mode, ;"),
    _case("unix_script_proprietaire", "commande_script",
          "chmod u+x ./calcul.sh && bash ./calcul.sh", "script run through bash after chmod"),
    _case("unix_mesures_sans_entete", "commande_mesures",
          "sed -n '2,5p' mesures.csv", "sed -n 2,5p"),
    _case("unix_mesures_sans_entete", "commande_mesures",
          "tail -n +2 mesures.csv | head -n 4", "tail -n +2 then head"),
    _case("unix_mesures_sans_entete", "commande_mesures",
          "awk 'NR >= 2 && NR <= 5' mesures.csv", "awk on NR"),
    _pair("find logs -type f -exec cat {} + | grep -c ERROR",
          "find logs -type f -print0 | xargs -0 grep -ho ERROR | wc -l",
          "find + cat + grep -c; xargs -0 grep -o"),
    _pair("grep -rh 'ERROR' logs/ | wc -l", "grep -rhow ERROR logs | wc -l", "grep -rh; grep -w -o"),
    _pair("find logs -name '*.log' -exec cat {} \\; | awk '/ERROR/ {n++} END {print n+0}'",
          "find logs -name '*.log' -exec cat {} + | awk '{n += gsub(/ERROR/, \"\")} END {print n+0}'",
          "awk counting lines and gsub occurrences"),
    _case("unix_trouver_csv", "commande_csv",
          "find . -type f -name \"*.csv\"", "find -type f, double quotes"),
    _case("unix_trouver_csv", "commande_csv",
          "shopt -s globstar; printf '%s\\n' **/*.csv", "bash globstar"),
    _case("unix_trouver_csv", "commande_csv",
          "find * -name '*.csv' -print", "find * (paths without ./)"),
    _case("unix_villes_frequentes", "commande_villes",
          "tail -n +2 ventes.csv | cut -d ';' -f 2 | sort | uniq -c | sort -nr | head -3",
          "header removed first, sort -nr, head -3"),
    _case("unix_villes_frequentes", "commande_villes",
          "awk -F';' 'NR > 1 {n[$2]++} END {for (v in n) print n[v], v}' ventes.csv | sort -k1,1nr | head -n 3",
          "awk associative array"),
    _case("unix_villes_frequentes", "commande_villes",
          "cut -d';' -f2 ventes.csv | sort | uniq -c | sort -r | head -n 3",
          "lexicographic reverse sort of uniq -c's right-aligned counts"),
    _case("unix_rediriger_erreurs", "commande_erreurs",
          "./verifier.sh 2>erreurs.txt", "no space after 2>"),
    _case("unix_rediriger_erreurs", "commande_erreurs",
          "bash verifier.sh 2>> erreurs.txt", "append redirection to a new file, bash script"),
    _case("unix_rediriger_erreurs", "commande_erreurs",
          "{ ./verifier.sh 2>&1 1>&3 | cat > erreurs.txt; } 3>&1", "descriptor swap through a pipe"),
    _case("unix_journal_ajout", "commande_journal",
          "cat nouveau.txt | sort >> journal.txt", "cat | sort >>"),
    _case("unix_journal_ajout", "commande_journal",
          "sort < nouveau.txt | tee -a journal.txt", "tee -a (also prints)"),
    _case("unix_journal_ajout", "commande_journal",
          "{ cat journal.txt; sort nouveau.txt; } > tmp_journal && mv tmp_journal journal.txt",
          "rebuild into a temporary file"),
]
