"""Typical wrong answers for ``source/01_python/03_collections_algorithmes.ipynb``."""

from . import WrongAnswer

CASES = [
    # --- py_collections ----------------------------------------------------
    WrongAnswer(
        question="py_appliquer_operations",
        cell="py_appliquer_operations_code",
        code=(
            "def appliquer_operations(valeurs, operations):\n"
            "    liste = list(valeurs)\n"
            "    for operation in operations:\n"
            "        if operation[0] == 'inserer':\n"
            "            i = {'debut': 0, 'milieu': len(liste) // 2, 'fin': len(liste)}[operation[1]]\n"
            "            liste.insert(i, operation[2])\n"
            "        else:\n"
            "            i = {'debut': 0, 'milieu': len(liste) // 2, 'fin': -1}[operation[1]]\n"
            "            liste.remove(liste[i])\n"
            "    return liste\n"
        ),
        expect="vous supprimez par valeur",
    ),
    WrongAnswer(
        question="py_appliquer_operations",
        cell="py_appliquer_operations_code",
        code=(
            "def appliquer_operations(valeurs, operations):\n"
            "    liste = list(valeurs)\n"
            "    for operation in operations:\n"
            "        milieu = (len(liste) - 1) // 2\n"
            "        if operation[0] == 'inserer':\n"
            "            i = {'debut': 0, 'milieu': milieu, 'fin': len(liste)}[operation[1]]\n"
            "            liste.insert(i, operation[2])\n"
            "        else:\n"
            "            i = {'debut': 0, 'milieu': milieu, 'fin': len(liste) - 1}[operation[1]]\n"
            "            liste.pop(i)\n"
            "    return liste\n"
        ),
        expect="pour l'insertion comme pour la suppression",
    ),
    WrongAnswer(
        question="py_appliquer_operations",
        cell="py_appliquer_operations_code",
        code=(
            "def appliquer_operations(valeurs, operations):\n"
            "    liste = list(valeurs)\n"
            "    for operation in operations:\n"
            "        if operation[0] == 'inserer':\n"
            "            i = {'debut': 0, 'milieu': len(liste) // 2, 'fin': -1}[operation[1]]\n"
            "            liste.insert(i, operation[2])\n"
            "        else:\n"
            "            i = {'debut': 0, 'milieu': len(liste) // 2, 'fin': -1}[operation[1]]\n"
            "            del liste[i]\n"
            "    return liste\n"
        ),
        expect="liste.insert(-1, v) place v avant le dernier élément",
    ),
    WrongAnswer(
        question="py_appliquer_operations",
        cell="py_appliquer_operations_code",
        code=(
            "def appliquer_operations(valeurs, operations):\n"
            "    liste = valeurs\n"
            "    for operation in operations:\n"
            "        if operation[0] == 'inserer':\n"
            "            i = {'debut': 0, 'milieu': len(liste) // 2, 'fin': len(liste)}[operation[1]]\n"
            "            liste.insert(i, operation[2])\n"
            "        else:\n"
            "            i = {'debut': 0, 'milieu': len(liste) // 2, 'fin': -1}[operation[1]]\n"
            "            del liste[i]\n"
            "    return liste\n"
        ),
        expect="la fonction a modifié ses données d'entrée",
    ),
    WrongAnswer(
        question="py_creer_grille",
        cell="py_creer_grille_code",
        code=(
            "def creer_grille(n, m, valeur=0):\n"
            "    return [[valeur] * m] * n\n"
        ),
        expect="c'est le piège de [[0] * m] * n",
    ),
    WrongAnswer(
        question="py_creer_grille",
        cell="py_creer_grille_code",
        code=(
            "def creer_grille(n, m, valeur=0):\n"
            "    ligne = [valeur] * m\n"
            "    return [ligne for _ in range(n)]\n"
        ),
        expect="c'est le piège de [[0] * m] * n",
    ),
    WrongAnswer(
        question="py_creer_grille",
        cell="py_creer_grille_code",
        code=(
            "def creer_grille(n, m, valeur=0):\n"
            "    return [[valeur] * n for _ in range(m)]\n"
        ),
        expect="vous avez inversé n et m",
    ),
    WrongAnswer(
        question="py_ajouter_colonne",
        cell="py_ajouter_colonne_code",
        code=(
            "def ajouter_colonne(grille, valeur):\n"
            "    copie = grille.copy()\n"
            "    for ligne in copie:\n"
            "        ligne.append(valeur)\n"
            "    return copie\n"
        ),
        expect="ne font qu'une copie superficielle",
    ),
    WrongAnswer(
        question="py_ajouter_colonne",
        cell="py_ajouter_colonne_code",
        code=(
            "def ajouter_colonne(grille, valeur):\n"
            "    return [ligne.append(valeur) for ligne in grille]\n"
        ),
        expect="liste.append(x) modifie la liste en place et renvoie None",
    ),
    WrongAnswer(
        question="py_regrouper",
        cell="py_regrouper_code",
        code=(
            "def regrouper(paires):\n"
            "    groupes = dict.fromkeys([cle for cle, _ in paires], [])\n"
            "    for cle, valeur in paires:\n"
            "        groupes[cle].append(valeur)\n"
            "    return groupes\n"
        ),
        expect="dict.fromkeys(cles, [])",
    ),
    WrongAnswer(
        question="py_regrouper",
        cell="py_regrouper_code",
        code=(
            "def regrouper(paires):\n"
            "    groupes = {}\n"
            "    for cle, valeur in paires:\n"
            "        groupes[cle] = [valeur]\n"
            "    return groupes\n"
        ),
        expect="seule la dernière valeur de chaque clé est conservée",
    ),
    WrongAnswer(
        question="py_regrouper",
        cell="py_regrouper_code",
        code=(
            "def regrouper(paires):\n"
            "    groupes = {}\n"
            "    for cle, valeur in paires:\n"
            "        groupes.setdefault(cle, set()).add(valeur)\n"
            "    return groupes\n"
        ),
        expect="pas à un ensemble",
    ),
    # --- py_couts ----------------------------------------------------------
    WrongAnswer(
        question="py_cout_decalages",
        cell="py_cout_decalages_code",
        code=(
            "def nombre_decalages(taille, operations):\n"
            "    return sum(i for _, i in operations)\n"
        ),
        expect="vous comptez les éléments situés avant l'indice i",
    ),
    WrongAnswer(
        question="py_cout_decalages",
        cell="py_cout_decalages_code",
        code=(
            "def nombre_decalages(taille, operations):\n"
            "    total = 0\n"
            "    for action, i in operations:\n"
            "        total += taille - i\n"
            "        taille += 1 if action == 'inserer' else -1\n"
            "    return total\n"
        ),
        expect="l'élément supprimé ne se décale pas",
    ),
    WrongAnswer(
        question="py_cout_decalages",
        cell="py_cout_decalages_code",
        code=(
            "def nombre_decalages(taille, operations):\n"
            "    total = 0\n"
            "    for action, i in operations:\n"
            "        if action == 'inserer':\n"
            "            total += taille - i - 1\n"
            "            taille += 1\n"
            "        else:\n"
            "            total += taille - i - 1\n"
            "            taille -= 1\n"
            "    return total\n"
        ),
        expect="et non t - i - 1",
    ),
    WrongAnswer(
        question="py_cout_decalages",
        cell="py_cout_decalages_code",
        code=(
            "def nombre_decalages(taille, operations):\n"
            "    total = 0\n"
            "    for action, i in operations:\n"
            "        total += taille - i if action == 'inserer' else taille - i - 1\n"
            "    return total\n"
        ),
        expect="la longueur de la liste change au fil des opérations",
    ),
    WrongAnswer(
        question="py_file_fifo",
        cell="py_file_fifo_code",
        code=(
            "class File:\n"
            "    def __init__(self):\n"
            "        self._donnees = []\n"
            "\n"
            "    def enfiler(self, x):\n"
            "        self._donnees.append(x)\n"
            "\n"
            "    def defiler(self):\n"
            "        return self._donnees.pop(0)\n"
            "\n"
            "    def __len__(self):\n"
            "        return len(self._donnees)\n"
        ),
        expect="self._donnees doit être une collections.deque, pas un objet de type list",
    ),
    WrongAnswer(
        question="py_file_fifo",
        cell="py_file_fifo_code",
        code=(
            "from collections import deque\n"
            "\n"
            "\n"
            "class File:\n"
            "    def __init__(self):\n"
            "        self._donnees = deque()\n"
            "\n"
            "    def enfiler(self, x):\n"
            "        self._donnees.append(x)\n"
            "\n"
            "    def defiler(self):\n"
            "        return self._donnees.pop()\n"
            "\n"
            "    def __len__(self):\n"
            "        return len(self._donnees)\n"
        ),
        expect="comme une pile (LIFO)",
    ),
    WrongAnswer(
        question="py_file_fifo",
        cell="py_file_fifo_code",
        code=(
            "from collections import deque\n"
            "\n"
            "\n"
            "class File:\n"
            "    def __init__(self):\n"
            "        self._donnees = deque()\n"
            "\n"
            "    def enfiler(self, x):\n"
            "        self._donnees.append(x)\n"
            "\n"
            "    def defiler(self):\n"
            "        if self._donnees:\n"
            "            return self._donnees.popleft()\n"
            "        return None\n"
            "\n"
            "    def __len__(self):\n"
            "        return len(self._donnees)\n"
        ),
        expect="defiler() sur une file vide doit lever IndexError",
    ),
    WrongAnswer(
        question="py_file_fifo",
        cell="py_file_fifo_code",
        code=(
            "from collections import deque\n"
            "\n"
            "\n"
            "class File:\n"
            "    _donnees = deque()\n"
            "\n"
            "    def enfiler(self, x):\n"
            "        self._donnees.append(x)\n"
            "\n"
            "    def defiler(self):\n"
            "        return self._donnees.popleft()\n"
            "\n"
            "    def __len__(self):\n"
            "        return len(self._donnees)\n"
        ),
        expect="deux files partagent leurs éléments",
    ),
    WrongAnswer(
        question="py_dedoublonner",
        cell="py_dedoublonner_code",
        code=(
            "def dedoublonner(elements):\n"
            "    resultat = []\n"
            "    for x in elements:\n"
            "        if x not in resultat:\n"
            "            resultat.append(x)\n"
            "    return resultat\n"
        ),
        expect="trop de comparaisons == entre éléments",
    ),
    WrongAnswer(
        question="py_dedoublonner",
        cell="py_dedoublonner_code",
        code=(
            "def dedoublonner(elements):\n"
            "    return [x for i, x in enumerate(elements) if x not in elements[:i]]\n"
        ),
        expect="trop de comparaisons == entre éléments",
    ),
    WrongAnswer(
        question="py_dedoublonner",
        cell="py_dedoublonner_code",
        code=(
            "def dedoublonner(elements):\n"
            "    return list(set(elements))\n"
        ),
        expect="l'ordre des premières apparitions n'est pas respecté",
    ),
    # --- py_algorithmes ----------------------------------------------------
    WrongAnswer(
        question="py_recherche_dichotomique",
        cell="py_recherche_dichotomique_code",
        code=(
            "def recherche_dichotomique(xs, x):\n"
            "    for i in range(len(xs)):\n"
            "        if xs[i] >= x:\n"
            "            return i\n"
            "    return len(xs)\n"
        ),
        expect="qu'une recherche dichotomique en fait au plus",
    ),
    WrongAnswer(
        question="py_recherche_dichotomique",
        cell="py_recherche_dichotomique_code",
        code=(
            "def recherche_dichotomique(xs, x):\n"
            "    bas, haut = 0, len(xs) - 1\n"
            "    while bas <= haut:\n"
            "        milieu = (bas + haut) // 2\n"
            "        if xs[milieu] == x:\n"
            "            return milieu\n"
            "        if xs[milieu] < x:\n"
            "            bas = milieu + 1\n"
            "        else:\n"
            "            haut = milieu - 1\n"
            "    return bas\n"
        ),
        expect="ce n'est pas sa première occurrence",
    ),
    WrongAnswer(
        question="py_recherche_dichotomique",
        cell="py_recherche_dichotomique_code",
        code=(
            "def recherche_dichotomique(xs, x):\n"
            "    bas, haut = 0, len(xs)\n"
            "    while bas < haut:\n"
            "        milieu = (bas + haut) // 2\n"
            "        if xs[milieu] <= x:\n"
            "            bas = milieu + 1\n"
            "        else:\n"
            "            haut = milieu\n"
            "    return bas\n"
        ),
        expect="l'indice qui suit la dernière occurrence de x",
    ),
    WrongAnswer(
        question="py_recherche_dichotomique",
        cell="py_recherche_dichotomique_code",
        code=(
            "def recherche_dichotomique(xs, x):\n"
            "    bas, haut = 0, len(xs)\n"
            "    while bas < haut:\n"
            "        milieu = (bas + haut) // 2\n"
            "        if xs[milieu] < x:\n"
            "            bas = milieu + 1\n"
            "        else:\n"
            "            haut = milieu\n"
            "    if bas < len(xs) and xs[bas] == x:\n"
            "        return bas\n"
            "    return -1\n"
        ),
        expect="renvoyez la position où l'insérer",
    ),
    WrongAnswer(
        question="py_recherche_dichotomique",
        cell="py_recherche_dichotomique_code",
        code=(
            "def recherche_dichotomique(xs, x):\n"
            "    bas, haut = 0, len(xs) - 1\n"
            "    while bas < haut:\n"
            "        milieu = (bas + haut) // 2\n"
            "        if xs[milieu] < x:\n"
            "            bas = milieu + 1\n"
            "        else:\n"
            "            haut = milieu\n"
            "    return max(bas, 0)\n"
        ),
        expect="partez de haut = len(xs)",
    ),
    WrongAnswer(
        question="py_recherche_dichotomique",
        cell="py_recherche_dichotomique_code",
        code=(
            "def recherche_dichotomique(xs, x):\n"
            "    bas, haut = 0, len(xs) - 1\n"
            "    while bas <= haut:\n"
            "        milieu = (bas + haut) // 2\n"
            "        if xs[milieu] == x:\n"
            "            while milieu > 0 and xs[milieu - 1] == x:\n"
            "                milieu -= 1\n"
            "            return milieu\n"
            "        if xs[milieu] < x:\n"
            "            bas = milieu + 1\n"
            "        else:\n"
            "            haut = milieu - 1\n"
            "    return bas\n"
        ),
        expect="le retour en arrière pas à pas sur une suite de doublons",
    ),
    WrongAnswer(
        question="py_recherche_dichotomique",
        cell="py_recherche_dichotomique_code",
        code=(
            "def recherche_dichotomique(xs, x):\n"
            "    if len(xs) == 0:\n"
            "        return 0\n"
            "    milieu = len(xs) // 2\n"
            "    if xs[milieu] < x:\n"
            "        return milieu + 1 + recherche_dichotomique(xs[milieu + 1:], x)\n"
            "    return recherche_dichotomique(xs[:milieu], x)\n"
        ),
        expect="qui copient b - a éléments",
    ),
    WrongAnswer(
        question="py_tri_fusion",
        cell="py_tri_fusion_code",
        code=(
            "def tri_fusion(xs):\n"
            "    if len(xs) <= 1:\n"
            "        return list(xs)\n"
            "    gauche = tri_fusion(xs[:len(xs) // 2])\n"
            "    droite = tri_fusion(xs[len(xs) // 2:])\n"
            "    resultat, i, j = [], 0, 0\n"
            "    while i < len(gauche) and j < len(droite):\n"
            "        if gauche[i] < droite[j]:\n"
            "            resultat.append(gauche[i])\n"
            "            i += 1\n"
            "        else:\n"
            "            resultat.append(droite[j])\n"
            "            j += 1\n"
            "    return resultat + gauche[i:] + droite[j:]\n"
        ),
        expect="le tri n'est pas stable",
    ),
    WrongAnswer(
        question="py_tri_fusion",
        cell="py_tri_fusion_code",
        code=(
            "def tri_fusion(xs):\n"
            "    if len(xs) <= 1:\n"
            "        return list(xs)\n"
            "    gauche = tri_fusion(xs[:len(xs) // 2])\n"
            "    droite = tri_fusion(xs[len(xs) // 2:])\n"
            "    resultat, i, j = [], 0, 0\n"
            "    while i < len(gauche) and j < len(droite):\n"
            "        if gauche[i] <= droite[j]:\n"
            "            resultat.append(gauche[i])\n"
            "            i += 1\n"
            "        else:\n"
            "            resultat.append(droite[j])\n"
            "            j += 1\n"
            "    return resultat\n"
        ),
        expect="il manque des éléments",
    ),
    WrongAnswer(
        question="py_tri_fusion",
        cell="py_tri_fusion_code",
        code=(
            "def tri_fusion(xs):\n"
            "    if len(xs) <= 1:\n"
            "        return xs\n"
            "    gauche = tri_fusion(xs[:len(xs) // 2])\n"
            "    droite = tri_fusion(xs[len(xs) // 2:])\n"
            "    i = j = 0\n"
            "    for k in range(len(xs)):\n"
            "        if j >= len(droite) or (i < len(gauche) and gauche[i] <= droite[j]):\n"
            "            xs[k] = gauche[i]\n"
            "            i += 1\n"
            "        else:\n"
            "            xs[k] = droite[j]\n"
            "            j += 1\n"
            "    return xs\n"
        ),
        expect="la fonction a modifié ses données d'entrée",
    ),
    WrongAnswer(
        question="py_crible",
        cell="py_crible_code",
        code=(
            "def crible(n):\n"
            "    if n < 2:\n"
            "        return []\n"
            "    est_premier = [True] * n\n"
            "    est_premier[0] = est_premier[1] = False\n"
            "    for p in range(2, n):\n"
            "        if est_premier[p]:\n"
            "            for multiple in range(p * p, n, p):\n"
            "                est_premier[multiple] = False\n"
            "    return [k for k in range(n) if est_premier[k]]\n"
        ),
        expect="n lui-même doit figurer dans la liste quand il est premier",
    ),
    WrongAnswer(
        question="py_crible",
        cell="py_crible_code",
        code=(
            "def crible(n):\n"
            "    if n < 2:\n"
            "        return []\n"
            "    est_premier = [True] * (n + 1)\n"
            "    for p in range(2, n + 1):\n"
            "        if est_premier[p]:\n"
            "            for multiple in range(p * p, n + 1, p):\n"
            "                est_premier[multiple] = False\n"
            "    return [k for k in range(n + 1) if est_premier[k]]\n"
        ),
        expect="0 et 1 ne sont pas des nombres premiers",
    ),
    WrongAnswer(
        question="py_crible",
        cell="py_crible_code",
        code=(
            "def crible(n):\n"
            "    if n < 2:\n"
            "        return []\n"
            "    est_premier = [True] * (n + 1)\n"
            "    est_premier[0] = est_premier[1] = False\n"
            "    for p in range(2, int(n ** 0.5)):\n"
            "        if est_premier[p]:\n"
            "            for multiple in range(p * p, n + 1, p):\n"
            "                est_premier[multiple] = False\n"
            "    return [k for k in range(n + 1) if est_premier[k]]\n"
        ),
        expect="des carrés de nombres premiers",
    ),
    WrongAnswer(
        question="py_crible",
        cell="py_crible_code",
        code=(
            "def crible(n):\n"
            "    if n < 2:\n"
            "        return []\n"
            "    est_premier = [True] * (n + 1)\n"
            "    est_premier[0] = est_premier[1] = False\n"
            "    for p in range(2, n + 1):\n"
            "        if est_premier[p]:\n"
            "            for multiple in range(p, n + 1, p):\n"
            "                est_premier[multiple] = False\n"
            "    return [k for k in range(n + 1) if est_premier[k]]\n"
        ),
        expect="ne barrez pas p lui-même",
    ),
    WrongAnswer(
        question="py_crible",
        cell="py_crible_code",
        code=(
            "def crible(n):\n"
            "    est_premier = [True] * (n + 1)\n"
            "    est_premier[0] = est_premier[1] = False\n"
            "    p = 2\n"
            "    while p * p <= n:\n"
            "        if est_premier[p]:\n"
            "            for multiple in range(p * p, n + 1, p):\n"
            "                est_premier[multiple] = False\n"
            "        p += 1\n"
            "    return [k for k in range(n + 1) if est_premier[k]]\n"
        ),
        expect="pour n < 2, renvoyez directement la liste vide",
    ),
    WrongAnswer(
        question="py_crible",
        cell="py_crible_code",
        code=(
            "def crible(n):\n"
            "    if n < 2:\n"
            "        return []\n"
            "    est_premier = [True] * (n + 1)\n"
            "    est_premier[0] = est_premier[1] = False\n"
            "    p = 2\n"
            "    while p * p <= n:\n"
            "        if est_premier[p]:\n"
            "            for multiple in range(p * p, n + 1, p):\n"
            "                est_premier[multiple] = False\n"
            "        p += 1\n"
            "    return est_premier\n"
        ),
        expect="pas la liste de booléens",
    ),
    # --- issue 12 (content truth) ----------------------------------------
    WrongAnswer(
        question="py_appliquer_operations",
        cell="py_appliquer_operations_code",
        code=(
            "def appliquer_operations(valeurs, operations):\n"
            "    liste = list(valeurs)\n"
            "    for operation in operations:\n"
            "        milieu = (len(liste) + 1) // 2\n"
            "        if operation[0] == 'inserer':\n"
            "            i = {'debut': 0, 'milieu': milieu, 'fin': len(liste)}[operation[1]]\n"
            "            liste.insert(i, operation[2])\n"
            "        else:\n"
            "            i = {'debut': 0, 'milieu': min(milieu, len(liste) - 1),\n"
            "                 'fin': len(liste) - 1}[operation[1]]\n"
            "            del liste[i]\n"
            "    return liste\n"
        ),
        expect="arrondi à l'entier inférieur, et non (len(liste) + 1) // 2",
    ),
    WrongAnswer(
        question="py_cout_decalages",
        cell="py_cout_decalages_code",
        code=(
            "def nombre_decalages(taille, operations):\n"
            "    total = 0.0\n"
            "    for action, i in operations:\n"
            "        if action == 'inserer':\n"
            "            total += taille - i\n"
            "            taille += 1\n"
            "        else:\n"
            "            total += taille - i - 1\n"
            "            taille -= 1\n"
            "    return total\n"
        ),
        expect="un nombre entier de déplacements est attendu",
    ),
    WrongAnswer(
        question="py_recherche_dichotomique",
        cell="py_recherche_dichotomique_code",
        code=(
            "def recherche_dichotomique(xs, x):\n"
            "    bas, haut = 0, len(xs)\n"
            "    while bas < haut:\n"
            "        milieu = (bas + haut) // 2\n"
            "        if xs[milieu] < x:\n"
            "            bas = milieu + 1\n"
            "        else:\n"
            "            haut = milieu\n"
            "    return bas if bas < len(xs) else None\n"
        ),
        expect="la fonction n'a rien renvoyé (None)",
    ),
]
