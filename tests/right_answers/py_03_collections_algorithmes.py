"""Correct answers written differently, for ``source/01_python/03_collections_algorithmes.ipynb``."""

from . import RightAnswer

CASES = [
    RightAnswer(
        question="py_appliquer_operations",
        cell="py_appliquer_operations_code",
        code=(
            "def appliquer_operations(valeurs, operations):\n"
            "    liste = valeurs[:]\n"
            "    for op in operations:\n"
            "        if op[0] == 'inserer':\n"
            "            if op[1] == 'debut':\n"
            "                liste[:0] = [op[2]]\n"
            "            elif op[1] == 'fin':\n"
            "                liste.append(op[2])\n"
            "            else:\n"
            "                m = len(liste) // 2\n"
            "                liste = liste[:m] + [op[2]] + liste[m:]\n"
            "        elif op[1] == 'debut':\n"
            "            liste.pop(0)\n"
            "        elif op[1] == 'fin':\n"
            "            liste.pop()\n"
            "        else:\n"
            "            liste.pop(len(liste) // 2)\n"
            "    return liste\n"
        ),
        how="slices and pop instead of insert and del",
    ),
    RightAnswer(
        question="py_appliquer_operations",
        cell="py_appliquer_operations_code",
        code=(
            "from collections import deque\n"
            "\n"
            "def appliquer_operations(valeurs, operations):\n"
            "    d = deque(valeurs)\n"
            "    for action, position, *reste in operations:\n"
            "        if action == 'inserer':\n"
            "            {'debut': lambda: d.appendleft(reste[0]), 'fin': lambda: d.append(reste[0]),\n"
            "             'milieu': lambda: d.insert(len(d) // 2, reste[0])}[position]()\n"
            "        else:\n"
            "            {'debut': d.popleft, 'fin': d.pop,\n"
            "             'milieu': lambda: d.__delitem__(len(d) // 2)}[position]()\n"
            "    return list(d)\n"
        ),
        how="a deque and a dispatch table",
    ),
    RightAnswer(
        question="py_creer_grille",
        cell="py_creer_grille_code",
        code=(
            "def creer_grille(n, m, valeur=0):\n"
            "    grille = []\n"
            "    for i in range(n):\n"
            "        ligne = []\n"
            "        for j in range(m):\n"
            "            ligne.append(valeur)\n"
            "        grille.append(ligne)\n"
            "    return grille\n"
        ),
        how="two nested loops",
    ),
    RightAnswer(
        question="py_creer_grille",
        cell="py_creer_grille_code",
        code=(
            "import copy\n"
            "\n"
            "def creer_grille(n, m, valeur=0):\n"
            "    return [copy.copy([valeur] * m) for _ in range(n)] if n > 0 else []\n"
        ),
        how="copy.copy of each row",
    ),
    RightAnswer(
        question="py_ajouter_colonne",
        cell="py_ajouter_colonne_code",
        code=(
            "import copy\n"
            "\n"
            "def ajouter_colonne(grille, valeur):\n"
            "    nouvelle = copy.deepcopy(grille)\n"
            "    for ligne in nouvelle:\n"
            "        ligne.append(valeur)\n"
            "    return nouvelle\n"
        ),
        how="deep copy, then append",
    ),
    RightAnswer(
        question="py_ajouter_colonne",
        cell="py_ajouter_colonne_code",
        code=(
            "def ajouter_colonne(grille, valeur):\n"
            "    return [[*ligne, valeur] for ligne in grille]\n"
        ),
        how="unpacking in a list display",
    ),
    RightAnswer(
        question="py_regrouper",
        cell="py_regrouper_code",
        code=(
            "from collections import defaultdict\n"
            "\n"
            "def regrouper(paires):\n"
            "    groupes = defaultdict(list)\n"
            "    for cle, valeur in paires:\n"
            "        groupes[cle].append(valeur)\n"
            "    return groupes\n"
        ),
        how="returns a defaultdict(list)",
    ),
    RightAnswer(
        question="py_regrouper",
        cell="py_regrouper_code",
        code=(
            "def regrouper(paires):\n"
            "    groupes = {}\n"
            "    for cle, valeur in paires:\n"
            "        groupes[cle] = groupes.get(cle, []) + [valeur]\n"
            "    return groupes\n"
        ),
        how="dict.get with a new list at each pair",
    ),
    RightAnswer(
        question="py_cout_decalages",
        cell="py_cout_decalages_code",
        code=(
            "def nombre_decalages(taille, operations):\n"
            "    tableau = [None] * taille\n"
            "    total = 0\n"
            "    for action, i in operations:\n"
            "        if action == 'inserer':\n"
            "            total += len(tableau[i:])\n"
            "            tableau.insert(i, None)\n"
            "        else:\n"
            "            total += len(tableau[i + 1:])\n"
            "            del tableau[i]\n"
            "    return total\n"
        ),
        how="simulates the list and counts the elements after i",
    ),
    RightAnswer(
        question="py_cout_decalages",
        cell="py_cout_decalages_code",
        code=(
            "import numpy as np\n"
            "\n"
            "def nombre_decalages(taille, operations):\n"
            "    signes = np.array([1 if a == 'inserer' else -1 for a, _ in operations], dtype=int)\n"
            "    indices = np.array([i for _, i in operations], dtype=int)\n"
            "    tailles = taille + np.concatenate(([0], np.cumsum(signes)[:-1])).astype(int)\n"
            "    couts = tailles - indices - (signes < 0)\n"
            "    return int(couts.sum()) if len(operations) else 0\n"
        ),
        how="vectorised with numpy (cumulative sizes)",
    ),
    RightAnswer(
        question="py_file_fifo",
        cell="py_file_fifo_code",
        code=(
            "import collections\n"
            "\n"
            "\n"
            "class File:\n"
            "    def __init__(self):\n"
            "        self._donnees = collections.deque()\n"
            "\n"
            "    def enfiler(self, x):\n"
            "        self._donnees.append(x)\n"
            "\n"
            "    def defiler(self):\n"
            "        return self._donnees.popleft()\n"
            "\n"
            "    def __len__(self):\n"
            "        return self._donnees.__len__()\n"
        ),
        how="relies on deque.popleft raising IndexError itself",
    ),
    RightAnswer(
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
            "        self._donnees.appendleft(x)\n"
            "\n"
            "    def defiler(self):\n"
            "        if len(self._donnees) == 0:\n"
            "            raise IndexError('file vide')\n"
            "        return self._donnees.pop()\n"
            "\n"
            "    def __len__(self):\n"
            "        return sum(1 for _ in self._donnees)\n"
        ),
        how="appendleft + pop (queue at the left end)",
    ),
    RightAnswer(
        question="py_dedoublonner",
        cell="py_dedoublonner_code",
        code=(
            "def dedoublonner(elements):\n"
            "    return list(dict.fromkeys(elements))\n"
        ),
        how="dict.fromkeys keeps the insertion order",
    ),
    RightAnswer(
        question="py_dedoublonner",
        cell="py_dedoublonner_code",
        code=(
            "def dedoublonner(elements):\n"
            "    vus = {}\n"
            "    for position, x in enumerate(elements):\n"
            "        vus.setdefault(x, position)\n"
            "    return sorted(vus, key=vus.get)\n"
        ),
        how="first positions in a dict, then sorted by position",
    ),
    RightAnswer(
        question="py_recherche_dichotomique",
        cell="py_recherche_dichotomique_code",
        code=(
            "def recherche_dichotomique(xs, x, bas=0, haut=None):\n"
            "    if haut is None:\n"
            "        haut = len(xs)\n"
            "    if bas >= haut:\n"
            "        return bas\n"
            "    milieu = bas + (haut - bas) // 2\n"
            "    if xs[milieu] < x:\n"
            "        return recherche_dichotomique(xs, x, milieu + 1, haut)\n"
            "    return recherche_dichotomique(xs, x, bas, milieu)\n"
        ),
        how="recursive, bas + (haut - bas) // 2",
    ),
    RightAnswer(
        question="py_recherche_dichotomique",
        cell="py_recherche_dichotomique_code",
        code=(
            "def recherche_dichotomique(xs, x):\n"
            "    bas, haut = -1, len(xs)\n"
            "    while haut - bas > 1:\n"
            "        milieu = (bas + haut) // 2\n"
            "        if xs[milieu] >= x:\n"
            "            haut = milieu\n"
            "        else:\n"
            "            bas = milieu\n"
            "    return haut\n"
        ),
        how="open interval (bas = -1), test written xs[milieu] >= x",
    ),
    RightAnswer(
        question="py_tri_fusion",
        cell="py_tri_fusion_code",
        code=(
            "def tri_fusion(xs):\n"
            "    blocs = [[x] for x in xs]\n"
            "    while len(blocs) > 1:\n"
            "        suivants = []\n"
            "        for k in range(0, len(blocs), 2):\n"
            "            if k + 1 == len(blocs):\n"
            "                suivants.append(blocs[k])\n"
            "                continue\n"
            "            a, b, fusion = blocs[k], blocs[k + 1], []\n"
            "            i = j = 0\n"
            "            while i < len(a) and j < len(b):\n"
            "                if b[j] < a[i]:\n"
            "                    fusion.append(b[j])\n"
            "                    j += 1\n"
            "                else:\n"
            "                    fusion.append(a[i])\n"
            "                    i += 1\n"
            "            suivants.append(fusion + a[i:] + b[j:])\n"
            "        blocs = suivants\n"
            "    return blocs[0] if blocs else []\n"
        ),
        how="bottom-up (iterative), ties decided by not b[j] < a[i]",
    ),
    RightAnswer(
        question="py_tri_fusion",
        cell="py_tri_fusion_code",
        code=(
            "from collections import deque\n"
            "\n"
            "def tri_fusion(xs):\n"
            "    if len(xs) < 2:\n"
            "        return xs[:]\n"
            "    m = len(xs) // 2\n"
            "    gauche, droite = deque(tri_fusion(xs[:m])), deque(tri_fusion(xs[m:]))\n"
            "    resultat = []\n"
            "    while gauche and droite:\n"
            "        resultat.append((gauche if gauche[0] <= droite[0] else droite).popleft())\n"
            "    return resultat + list(gauche) + list(droite)\n"
        ),
        how="recursive merge with two deques and popleft",
    ),
    RightAnswer(
        question="py_crible",
        cell="py_crible_code",
        code=(
            "def crible(n):\n"
            "    if n < 2:\n"
            "        return []\n"
            "    est_premier = [False, False] + [True] * (n - 1)\n"
            "    for p in range(2, int(n ** 0.5) + 1):\n"
            "        if est_premier[p]:\n"
            "            est_premier[p * p::p] = [False] * len(range(p * p, n + 1, p))\n"
            "    return [k for k, premier in enumerate(est_premier) if premier]\n"
        ),
        how="slice assignment to cross out multiples, enumerate",
    ),
    RightAnswer(
        question="py_crible",
        cell="py_crible_code",
        code=(
            "def crible(n):\n"
            "    premiers = []\n"
            "    for k in range(2, n + 1):\n"
            "        for p in premiers:\n"
            "            if p * p > k:\n"
            "                premiers.append(k)\n"
            "                break\n"
            "            if k % p == 0:\n"
            "                break\n"
            "        else:\n"
            "            premiers.append(k)\n"
            "    return premiers\n"
        ),
        how="trial division by the primes found so far (same result)",
    ),
]
