"""Correct answers written differently, for ``source/01_python/01_bases_fonctions_classes.ipynb``."""

from . import RightAnswer

CASES = [
    RightAnswer(
        question="py_somme_chiffres",
        cell="py_somme_chiffres_code",
        code=(
            "def somme_chiffres(n):\n"
            "    return sum(int(c) for c in str(n))\n"
        ),
        how="digits of str(n) instead of % and //",
    ),
    RightAnswer(
        question="py_somme_chiffres",
        cell="py_somme_chiffres_code",
        code=(
            "def somme_chiffres(n):\n"
            "    if n < 10:\n"
            "        return n\n"
            "    q, r = divmod(n, 10)\n"
            "    return r + somme_chiffres(q)\n"
        ),
        how="recursion with divmod",
    ),
    RightAnswer(
        question="py_carres_pairs",
        cell="py_carres_pairs_code",
        code=(
            "def carres_des_pairs(nombres):\n"
            "    return list(map(lambda x: x * x, filter(lambda x: x % 2 == 0, nombres)))\n"
        ),
        how="map and filter wrapped in list",
    ),
    RightAnswer(
        question="py_carres_pairs",
        cell="py_carres_pairs_code",
        code=(
            "def carres_des_pairs(nombres):\n"
            "    resultat = []\n"
            "    for x in nombres:\n"
            "        if not x & 1:\n"
            "            resultat.append(abs(x) ** 2)\n"
            "    return resultat\n"
        ),
        how="loop, parity by bit mask, abs before squaring",
    ),
    RightAnswer(
        question="py_paires_somme",
        cell="py_paires_somme_code",
        code=(
            "from itertools import combinations\n"
            "\n"
            "def paires_de_somme(nombres, k):\n"
            "    return [(i, j) for (i, a), (j, b) in combinations(enumerate(nombres), 2)\n"
            "            if a + b == k]\n"
        ),
        how="itertools.combinations over enumerate",
    ),
    RightAnswer(
        question="py_paires_somme",
        cell="py_paires_somme_code",
        code=(
            "def paires_de_somme(nombres, k):\n"
            "    positions = {}\n"
            "    couples = []\n"
            "    for j, b in enumerate(nombres):\n"
            "        for i in positions.get(k - b, []):\n"
            "            couples.append((i, j))\n"
            "        positions.setdefault(b, []).append(j)\n"
            "    return sorted(couples)\n"
        ),
        how="dictionary of positions (one pass), then sorted",
    ),
    RightAnswer(
        question="py_compresser",
        cell="py_compresser_code",
        code=(
            "from itertools import groupby\n"
            "\n"
            "def compresser(valeurs):\n"
            "    return [(cle, len(list(groupe))) for cle, groupe in groupby(valeurs)]\n"
        ),
        how="itertools.groupby",
    ),
    RightAnswer(
        question="py_compresser",
        cell="py_compresser_code",
        code=(
            "def compresser(valeurs):\n"
            "    groupes = []\n"
            "    i = 0\n"
            "    while i < len(valeurs):\n"
            "        j = i\n"
            "        while j < len(valeurs) and valeurs[j] == valeurs[i]:\n"
            "            j += 1\n"
            "        groupes.append((valeurs[i], j - i))\n"
            "        i = j\n"
            "    return groupes\n"
        ),
        how="two indices, while loops",
    ),
    RightAnswer(
        question="py_resume",
        cell="py_resume_code",
        code=(
            "import statistics\n"
            "\n"
            "def resume(*valeurs):\n"
            "    return (min(valeurs), max(valeurs), statistics.fmean(valeurs))\n"
        ),
        how="statistics.fmean",
    ),
    RightAnswer(
        question="py_resume",
        cell="py_resume_code",
        code=(
            "from collections import namedtuple\n"
            "\n"
            "Resume = namedtuple('Resume', 'minimum maximum moyenne')\n"
            "\n"
            "def resume(*valeurs):\n"
            "    mini = maxi = valeurs[0]\n"
            "    total = 0\n"
            "    for v in valeurs:\n"
            "        if v < mini:\n"
            "            mini = v\n"
            "        if v > maxi:\n"
            "            maxi = v\n"
            "        total += v\n"
            "    return Resume(mini, maxi, total / len(valeurs))\n"
        ),
        how="a namedtuple (a tuple) built by a loop",
    ),
    RightAnswer(
        question="py_inscrire",
        cell="py_inscrire_code",
        code=(
            "def inscrire(nom, groupe=None):\n"
            "    groupe = [] if groupe is None else groupe\n"
            "    groupe += [nom]\n"
            "    return groupe\n"
        ),
        how="conditional expression and += (in place on a list)",
    ),
    RightAnswer(
        question="py_appliquer",
        cell="py_appliquer_code",
        code=(
            "def appliquer(fonction, valeurs, condition=None):\n"
            "    if condition is None:\n"
            "        condition = lambda v: True\n"
            "    return list(map(fonction, filter(condition, valeurs)))\n"
        ),
        how="map and filter with a default condition",
    ),
    RightAnswer(
        question="py_appliquer",
        cell="py_appliquer_code",
        code=(
            "def appliquer(fonction, valeurs, condition=None):\n"
            "    resultat = []\n"
            "    for v in valeurs:\n"
            "        if condition and not condition(v):\n"
            "            continue\n"
            "        resultat.append(fonction(v))\n"
            "    return resultat\n"
        ),
        how="loop with continue",
    ),
    RightAnswer(
        question="py_vecteur",
        cell="py_vecteur_code",
        code=(
            "class Vecteur2D:\n"
            "    def __init__(self, x, y):\n"
            "        self.x, self.y = x, y\n"
            "\n"
            "    def norme(self):\n"
            "        return (self.x ** 2 + self.y ** 2) ** 0.5\n"
            "\n"
            "    def __repr__(self):\n"
            "        return 'Vecteur2D(' + repr(self.x) + ', ' + repr(self.y) + ')'\n"
            "\n"
            "    def __eq__(self, autre):\n"
            "        if not isinstance(autre, Vecteur2D):\n"
            "            return NotImplemented\n"
            "        return (self.x, self.y) == (autre.x, autre.y)\n"
        ),
        how="** 0.5, string concatenation, NotImplemented for other types",
    ),
    RightAnswer(
        question="py_compte",
        cell="py_compte_code",
        code=(
            "class CompteBancaire:\n"
            "    def __init__(self, titulaire, solde=0):\n"
            "        if solde < 0:\n"
            "            raise ValueError('solde initial négatif')\n"
            "        self.titulaire, self.solde, self.operations = titulaire, solde, []\n"
            "\n"
            "    def _operer(self, variation):\n"
            "        if self.solde + variation < 0:\n"
            "            raise ValueError('solde insuffisant')\n"
            "        self.solde += variation\n"
            "        self.operations.append(variation)\n"
            "\n"
            "    def deposer(self, montant):\n"
            "        if not montant > 0:\n"
            "            raise ValueError('montant invalide')\n"
            "        self._operer(montant)\n"
            "\n"
            "    def retirer(self, montant):\n"
            "        if not montant > 0:\n"
            "            raise ValueError('montant invalide')\n"
            "        self._operer(-montant)\n"
        ),
        how="a shared private method, checks written as not montant > 0",
    ),
    RightAnswer(
        question="py_fraction",
        cell="py_fraction_code",
        code=(
            "class Fraction:\n"
            "    def __init__(self, p, q=1):\n"
            "        if q == 0:\n"
            "            raise ValueError('dénominateur nul')\n"
            "        a, b = abs(p), abs(q)\n"
            "        while b:\n"
            "            a, b = b, a % b\n"
            "        a = a or 1\n"
            "        signe = -1 if (p < 0) != (q < 0) else 1\n"
            "        self.num = signe * (abs(p) // a)\n"
            "        self.den = abs(q) // a\n"
            "\n"
            "    def __repr__(self):\n"
            "        return 'Fraction({}, {})'.format(self.num, self.den)\n"
            "\n"
            "    def __eq__(self, autre):\n"
            "        return self.num * autre.den == autre.num * self.den\n"
            "\n"
            "    def __add__(self, autre):\n"
            "        return type(self)(self.num * autre.den + autre.num * self.den,\n"
            "                          self.den * autre.den)\n"
            "\n"
            "    def __mul__(self, autre):\n"
            "        return type(self)(self.num * autre.num, self.den * autre.den)\n"
        ),
        how="Euclid's algorithm by hand, equality by cross products",
    ),
]
