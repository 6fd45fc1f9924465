"""Typical wrong answers for ``source/01_python/01_bases_fonctions_classes.ipynb``."""

from . import WrongAnswer

CASES = [
    # --- py_controle -----------------------------------------------------
    WrongAnswer(
        question="py_somme_chiffres",
        cell="py_somme_chiffres_code",
        code=(
            "def somme_chiffres(n):\n"
            "    total = 0\n"
            "    while n > 0:\n"
            "        total += n % 10\n"
            "        n = n / 10\n"
            "    return total\n"
        ),
        expect="utilisez la division entière `//`",
    ),
    WrongAnswer(
        question="py_somme_chiffres",
        cell="py_somme_chiffres_code",
        code=(
            "def somme_chiffres(n):\n"
            "    total = 0\n"
            "    while n > 0:\n"
            "        total += n % 10\n"
            "        n = int(n / 10)\n"
            "    return total\n"
        ),
        expect="int(n / 10) passe par un float",
    ),
    WrongAnswer(
        question="py_somme_chiffres",
        cell="py_somme_chiffres_code",
        code=(
            "def somme_chiffres(n):\n"
            "    total = 0\n"
            "    while n >= 10:\n"
            "        total += n % 10\n"
            "        n //= 10\n"
            "    return total\n"
        ),
        expect="il manque le premier chiffre",
    ),
    WrongAnswer(
        question="py_somme_chiffres",
        cell="py_somme_chiffres_code",
        code=(
            "def somme_chiffres(n):\n"
            "    total = 0\n"
            "    while n > 0:\n"
            "        total += n % 10\n"
            "        n //= 10\n"
            "    print(total)\n"
        ),
        expect="avez-vous oublié `return`",
    ),
    WrongAnswer(
        question="py_carres_pairs",
        cell="py_carres_pairs_code",
        code=(
            "def carres_des_pairs(nombres):\n"
            "    return [x ^ 2 for x in nombres if x % 2 == 0]\n"
        ),
        expect="le « ou exclusif »",
    ),
    WrongAnswer(
        question="py_carres_pairs",
        cell="py_carres_pairs_code",
        code=(
            "def carres_des_pairs(nombres):\n"
            "    return [nombres[i] ** 2 for i in range(len(nombres)) if i % 2 == 0]\n"
        ),
        expect="filtré selon la position",
    ),
    WrongAnswer(
        question="py_carres_pairs",
        cell="py_carres_pairs_code",
        code=(
            "def carres_des_pairs(nombres):\n"
            "    return [x ** 2 for x in nombres if x % 2 == 1]\n"
        ),
        expect="vous avez gardé les nombres impairs",
    ),
    WrongAnswer(
        question="py_carres_pairs",
        cell="py_carres_pairs_code",
        code=(
            "def carres_des_pairs(nombres):\n"
            "    return (x ** 2 for x in nombres if x % 2 == 0)\n"
        ),
        expect="pas un générateur",
    ),
    WrongAnswer(
        question="py_carres_pairs",
        cell="py_carres_pairs_code",
        code=(
            "def carres_des_pairs(nombres):\n"
            "    for x in list(nombres):\n"
            "        if x % 2 != 0:\n"
            "            nombres.remove(x)\n"
            "    return [x ** 2 for x in nombres]\n"
        ),
        expect="a modifié ses données d'entrée",
    ),
    WrongAnswer(
        question="py_paires_somme",
        cell="py_paires_somme_code",
        code=(
            "def paires_de_somme(nombres, k):\n"
            "    n = len(nombres)\n"
            "    couples = []\n"
            "    for i in range(1, n + 1):\n"
            "        for j in range(i + 1, n + 1):\n"
            "            if nombres[i - 1] + nombres[j - 1] == k:\n"
            "                couples.append((i, j))\n"
            "    return couples\n"
        ),
        expect="habitude de R",
    ),
    WrongAnswer(
        question="py_paires_somme",
        cell="py_paires_somme_code",
        code=(
            "def paires_de_somme(nombres, k):\n"
            "    couples = []\n"
            "    for i in range(1, len(nombres)):\n"
            "        for j in range(i + 1, len(nombres)):\n"
            "            if nombres[i] + nombres[j] == k:\n"
            "                couples.append((i, j))\n"
            "    return couples\n"
        ),
        expect="qui commencent à l'indice 0",
    ),
    WrongAnswer(
        question="py_paires_somme",
        cell="py_paires_somme_code",
        code=(
            "def paires_de_somme(nombres, k):\n"
            "    n = len(nombres)\n"
            "    couples = []\n"
            "    for i in range(n - 1):\n"
            "        for j in range(i + 1, n - 1):\n"
            "            if nombres[i] + nombres[j] == k:\n"
            "                couples.append((i, j))\n"
            "    return couples\n"
        ),
        expect="le dernier élément",
    ),
    WrongAnswer(
        question="py_paires_somme",
        cell="py_paires_somme_code",
        code=(
            "def paires_de_somme(nombres, k):\n"
            "    couples = []\n"
            "    for i in range(len(nombres)):\n"
            "        for j in range(i, len(nombres)):\n"
            "            if nombres[i] + nombres[j] == k:\n"
            "                couples.append((i, j))\n"
            "    return couples\n"
        ),
        expect="avec lui-même",
    ),
    WrongAnswer(
        question="py_paires_somme",
        cell="py_paires_somme_code",
        code=(
            "def paires_de_somme(nombres, k):\n"
            "    couples = []\n"
            "    for i in range(len(nombres)):\n"
            "        for j in range(len(nombres)):\n"
            "            if i != j and nombres[i] + nombres[j] == k:\n"
            "                couples.append((i, j))\n"
            "    return couples\n"
        ),
        expect="chaque couple apparaît deux fois",
    ),
    WrongAnswer(
        question="py_paires_somme",
        cell="py_paires_somme_code",
        code=(
            "def paires_de_somme(nombres, k):\n"
            "    couples = []\n"
            "    for i in range(len(nombres)):\n"
            "        for j in range(i + 1, len(nombres)):\n"
            "            if nombres[i] + nombres[j] == k:\n"
            "                couples.append((nombres[i], nombres[j]))\n"
            "    return couples\n"
        ),
        expect="les valeurs, pas les indices",
    ),
    WrongAnswer(
        question="py_paires_somme",
        cell="py_paires_somme_code",
        code=(
            "def paires_de_somme(nombres, k):\n"
            "    couples = []\n"
            "    for i in range(len(nombres)):\n"
            "        for j in range(i + 1, len(nombres)):\n"
            "            if nombres[i] + nombres[j] == k:\n"
            "                couples.append([i, j])\n"
            "    return couples\n"
        ),
        expect="chaque couple doit être un tuple",
    ),
    WrongAnswer(
        question="py_compresser",
        cell="py_compresser_code",
        code=(
            "def compresser(valeurs):\n"
            "    groupes = []\n"
            "    for v in valeurs:\n"
            "        if groupes and groupes[-1][0] is v:\n"
            "            groupes[-1] = (v, groupes[-1][1] + 1)\n"
            "        else:\n"
            "            groupes.append((v, 1))\n"
            "    return groupes\n"
        ),
        expect="qui teste l'identité",
    ),
    WrongAnswer(
        question="py_compresser",
        cell="py_compresser_code",
        code=(
            "def compresser(valeurs):\n"
            "    groupes = []\n"
            "    if not valeurs:\n"
            "        return groupes\n"
            "    courant, nombre = valeurs[0], 0\n"
            "    for v in valeurs:\n"
            "        if v == courant:\n"
            "            nombre += 1\n"
            "        else:\n"
            "            groupes.append((courant, nombre))\n"
            "            courant, nombre = v, 1\n"
            "    return groupes\n"
        ),
        expect="le dernier groupe manque",
    ),
    WrongAnswer(
        question="py_compresser",
        cell="py_compresser_code",
        code=(
            "from collections import Counter\n"
            "\n"
            "def compresser(valeurs):\n"
            "    return list(Counter(valeurs).items())\n"
        ),
        expect="compté toutes les occurrences",
    ),
    WrongAnswer(
        question="py_compresser",
        cell="py_compresser_code",
        code=(
            "def compresser(valeurs):\n"
            "    groupes = []\n"
            "    for i in range(len(valeurs)):\n"
            "        if i > 0 and valeurs[i] == valeurs[i - 1]:\n"
            "            groupes[-1] = (valeurs[i], groupes[-1][1] + 1)\n"
            "        else:\n"
            "            groupes.append((valeurs[i], 0))\n"
            "    return groupes\n"
        ),
        expect="trop petits de 1",
    ),
    # --- py_fonctions ----------------------------------------------------
    WrongAnswer(
        question="py_resume",
        cell="py_resume_code",
        code=(
            "def resume(*valeurs):\n"
            "    print(min(valeurs), max(valeurs), sum(valeurs) / len(valeurs))\n"
        ),
        expect="affiché avec print",
    ),
    WrongAnswer(
        question="py_resume",
        cell="py_resume_code",
        code=(
            "def resume(*valeurs):\n"
            "    return min(valeurs), max(valeurs), sum(valeurs) // len(valeurs)\n"
        ),
        expect="`//` est la division entière",
    ),
    WrongAnswer(
        question="py_resume",
        cell="py_resume_code",
        code=(
            "def resume(*valeurs):\n"
            "    minimum = valeurs[0]\n"
            "    maximum = 0\n"
            "    total = 0\n"
            "    for v in valeurs:\n"
            "        if v < minimum:\n"
            "            minimum = v\n"
            "        if v > maximum:\n"
            "            maximum = v\n"
            "        total += v\n"
            "    return minimum, maximum, total / len(valeurs)\n"
        ),
        expect="initialisé le maximum à 0",
    ),
    WrongAnswer(
        question="py_resume",
        cell="py_resume_code",
        code=(
            "def resume(*valeurs):\n"
            "    return [min(valeurs), max(valeurs), sum(valeurs) / len(valeurs)]\n"
        ),
        expect="un tuple est attendu",
    ),
    WrongAnswer(
        question="py_resume",
        cell="py_resume_code",
        code=(
            "def resume(*valeurs):\n"
            "    return min(valeurs), max(valeurs), (min(valeurs) + max(valeurs)) / 2\n"
        ),
        expect="le milieu (min + max) / 2",
    ),
    WrongAnswer(
        question="py_inscrire",
        cell="py_inscrire_code",
        code=(
            "def inscrire(nom, groupe=[]):\n"
            "    groupe.append(nom)\n"
            "    return groupe\n"
        ),
        expect="évaluée une seule fois",
    ),
    WrongAnswer(
        question="py_inscrire",
        cell="py_inscrire_code",
        code=(
            "def inscrire(nom, groupe=None):\n"
            "    if not groupe:\n"
            "        groupe = []\n"
            "    groupe.append(nom)\n"
            "    return groupe\n"
        ),
        expect="confond la liste vide avec None",
    ),
    WrongAnswer(
        question="py_inscrire",
        cell="py_inscrire_code",
        code=(
            "def inscrire(nom, groupe=None):\n"
            "    if groupe is None:\n"
            "        groupe = []\n"
            "    return groupe + [nom]\n"
        ),
        expect="pas une copie",
    ),
    WrongAnswer(
        question="py_inscrire",
        cell="py_inscrire_code",
        code=(
            "def inscrire(nom, groupe=None):\n"
            "    if groupe is None:\n"
            "        groupe = []\n"
            "    return groupe.append(nom)\n"
        ),
        expect="modifie la liste en place et renvoie None",
    ),
    WrongAnswer(
        question="py_appliquer",
        cell="py_appliquer_code",
        code=(
            "def appliquer(fonction, valeurs, condition=None):\n"
            "    return [fonction(v) for v in valeurs\n"
            "            if condition is None or condition(fonction(v))]\n"
        ),
        expect="porte sur la valeur d'origine v",
    ),
    WrongAnswer(
        question="py_appliquer",
        cell="py_appliquer_code",
        code=(
            "def appliquer(fonction, valeurs, condition=None):\n"
            "    return [fonction(v) for v in valeurs if condition(v)]\n"
        ),
        expect="testez `condition is None`",
    ),
    WrongAnswer(
        question="py_appliquer",
        cell="py_appliquer_code",
        code=(
            "def appliquer(fonction, valeurs, condition=None):\n"
            "    return list(map(fonction, filter(condition, valeurs)))\n"
        ),
        expect="ne garde que les valeurs « vraies »",
    ),
    WrongAnswer(
        question="py_appliquer",
        cell="py_appliquer_code",
        code=(
            "def appliquer(fonction, valeurs, condition=None):\n"
            "    if condition is None:\n"
            "        return map(fonction, valeurs)\n"
            "    return map(fonction, filter(condition, valeurs))\n"
        ),
        expect="renvoient des itérateurs",
    ),
    WrongAnswer(
        question="py_appliquer",
        cell="py_appliquer_code",
        code=(
            "def appliquer(fonction, valeurs, condition=None):\n"
            "    return [v for v in valeurs if condition is None or condition(v)]\n"
        ),
        expect="sans leur appliquer fonction",
    ),
    # --- py_classes ------------------------------------------------------
    WrongAnswer(
        question="py_vecteur",
        cell="py_vecteur_code",
        code=(
            "import math\n"
            "\n"
            "class Vecteur2D:\n"
            "    def __init__(self, x, y):\n"
            "        self.x = x\n"
            "        self.y = y\n"
            "\n"
            "    def norme(self):\n"
            "        return math.sqrt(self.x ** 2 + self.y ** 2)\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f\"Vecteur2D({self.x}, {self.y})\"\n"
        ),
        expect="compare l'identité des objets",
    ),
    WrongAnswer(
        question="py_vecteur",
        cell="py_vecteur_code",
        code=(
            "import math\n"
            "\n"
            "class Vecteur2D:\n"
            "    def __init__(self, x, y):\n"
            "        self.x = x\n"
            "        self.y = y\n"
            "\n"
            "    def norme(self):\n"
            "        return math.sqrt(self.x ** 2 + self.y ** 2)\n"
            "\n"
            "    def __str__(self):\n"
            "        return f\"Vecteur2D({self.x}, {self.y})\"\n"
            "\n"
            "    def __eq__(self, autre):\n"
            "        return isinstance(autre, Vecteur2D) and (self.x, self.y) == (autre.x, autre.y)\n"
        ),
        expect="la représentation par défaut",
    ),
    WrongAnswer(
        question="py_vecteur",
        cell="py_vecteur_code",
        code=(
            "class Vecteur2D:\n"
            "    def __init__(self, x, y):\n"
            "        self.x = x\n"
            "        self.y = y\n"
            "\n"
            "    def norme(self):\n"
            "        return (self.x ** 2 + self.y ** 2) ** 1/2\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f\"Vecteur2D({self.x}, {self.y})\"\n"
            "\n"
            "    def __eq__(self, autre):\n"
            "        return isinstance(autre, Vecteur2D) and (self.x, self.y) == (autre.x, autre.y)\n"
        ),
        expect="la puissance passe avant la division",
    ),
    WrongAnswer(
        question="py_vecteur",
        cell="py_vecteur_code",
        code=(
            "import math\n"
            "\n"
            "class Vecteur2D:\n"
            "    def __init__(self, x, y):\n"
            "        self.x = x\n"
            "        self.y = y\n"
            "\n"
            "    def norme(self):\n"
            "        return math.hypot(self.x, self.y)\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f\"Vecteur2D({self.x}, {self.y})\"\n"
            "\n"
            "    def __eq__(self, autre):\n"
            "        return self.x == autre.x and self.y == autre.y\n"
        ),
        expect="vérifiez d'abord isinstance(autre, Vecteur2D)",
    ),
    WrongAnswer(
        question="py_compte",
        cell="py_compte_code",
        code=(
            "class CompteBancaire:\n"
            "    operations = []\n"
            "\n"
            "    def __init__(self, titulaire, solde=0):\n"
            "        if solde < 0:\n"
            "            raise ValueError(\"solde négatif\")\n"
            "        self.titulaire = titulaire\n"
            "        self.solde = solde\n"
            "\n"
            "    def deposer(self, montant):\n"
            "        if montant <= 0:\n"
            "            raise ValueError(\"montant invalide\")\n"
            "        self.solde += montant\n"
            "        self.operations.append(montant)\n"
            "\n"
            "    def retirer(self, montant):\n"
            "        if montant <= 0 or montant > self.solde:\n"
            "            raise ValueError(\"retrait invalide\")\n"
            "        self.solde -= montant\n"
            "        self.operations.append(-montant)\n"
        ),
        expect="est un attribut de classe",
    ),
    WrongAnswer(
        question="py_compte",
        cell="py_compte_code",
        code=(
            "class CompteBancaire:\n"
            "    def __init__(self, titulaire, solde=0):\n"
            "        if solde < 0:\n"
            "            raise ValueError(\"solde négatif\")\n"
            "        self.titulaire = titulaire\n"
            "        self.solde = solde\n"
            "        self.operations = []\n"
            "\n"
            "    def deposer(self, montant):\n"
            "        if montant <= 0:\n"
            "            print(\"Montant invalide\")\n"
            "            return False\n"
            "        self.solde += montant\n"
            "        self.operations.append(montant)\n"
            "        return True\n"
            "\n"
            "    def retirer(self, montant):\n"
            "        if montant <= 0 or montant > self.solde:\n"
            "            print(\"Solde insuffisant\")\n"
            "            return False\n"
            "        self.solde -= montant\n"
            "        self.operations.append(-montant)\n"
            "        return True\n"
        ),
        expect="une erreur se signale par une exception",
    ),
    WrongAnswer(
        question="py_compte",
        cell="py_compte_code",
        code=(
            "class CompteBancaire:\n"
            "    def __init__(self, titulaire, solde=0):\n"
            "        if solde < 0:\n"
            "            raise ValueError(\"solde négatif\")\n"
            "        self.titulaire = titulaire\n"
            "        self.solde = solde\n"
            "        self.operations = []\n"
            "\n"
            "    def deposer(self, montant):\n"
            "        if montant <= 0:\n"
            "            raise ValueError(\"montant invalide\")\n"
            "        self.solde += montant\n"
            "        self.operations.append(montant)\n"
            "\n"
            "    def retirer(self, montant):\n"
            "        if montant <= 0:\n"
            "            raise ValueError(\"montant invalide\")\n"
            "        self.solde -= montant\n"
            "        if self.solde < 0:\n"
            "            raise ValueError(\"solde insuffisant\")\n"
            "        self.operations.append(-montant)\n"
        ),
        expect="le compte doit être inchangé",
    ),
    WrongAnswer(
        question="py_compte",
        cell="py_compte_code",
        code=(
            "class CompteBancaire:\n"
            "    def __init__(self, titulaire, solde=0):\n"
            "        if solde < 0:\n"
            "            raise ValueError(\"solde négatif\")\n"
            "        self.titulaire = titulaire\n"
            "        self.solde = solde\n"
            "        self.operations = []\n"
            "\n"
            "    def deposer(self, montant):\n"
            "        if montant <= 0:\n"
            "            raise ValueError(\"montant invalide\")\n"
            "        solde = solde + montant\n"
            "        self.operations.append(montant)\n"
            "\n"
            "    def retirer(self, montant):\n"
            "        if montant <= 0 or montant > self.solde:\n"
            "            raise ValueError(\"retrait invalide\")\n"
            "        self.solde -= montant\n"
            "        self.operations.append(-montant)\n"
        ),
        expect="Python n'a pas de `this` implicite",
    ),
    WrongAnswer(
        question="py_compte",
        cell="py_compte_code",
        code=(
            "class CompteBancaire:\n"
            "    def __init__(self, titulaire, solde=0):\n"
            "        if solde < 0:\n"
            "            raise ValueError(\"solde négatif\")\n"
            "        self.titulaire = titulaire\n"
            "        self.solde = solde\n"
            "        self.operations = []\n"
            "\n"
            "    def deposer(self, montant):\n"
            "        if montant <= 0:\n"
            "            raise ValueError(\"montant invalide\")\n"
            "        self.solde += montant\n"
            "        self.operations.append(montant)\n"
            "\n"
            "    def retirer(self, montant):\n"
            "        if montant <= 0 or montant >= self.solde:\n"
            "            raise ValueError(\"retrait invalide\")\n"
            "        self.solde -= montant\n"
            "        self.operations.append(-montant)\n"
        ),
        expect="retirer exactement le solde est permis",
    ),
    WrongAnswer(
        question="py_fraction",
        cell="py_fraction_code",
        code=(
            "import math\n"
            "\n"
            "class Fraction:\n"
            "    def __init__(self, p, q=1):\n"
            "        if q == 0:\n"
            "            raise ValueError(\"dénominateur nul\")\n"
            "        if q < 0:\n"
            "            p, q = -p, -q\n"
            "        g = math.gcd(p, q)\n"
            "        self.num = p / g\n"
            "        self.den = q / g\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f\"Fraction({self.num}, {self.den})\"\n"
            "\n"
            "    def __eq__(self, autre):\n"
            "        return self.num == autre.num and self.den == autre.den\n"
            "\n"
            "    def __add__(self, autre):\n"
            "        return Fraction(self.num * autre.den + autre.num * self.den,\n"
            "                        self.den * autre.den)\n"
            "\n"
            "    def __mul__(self, autre):\n"
            "        return Fraction(self.num * autre.num, self.den * autre.den)\n"
        ),
        expect="Simplifiez avec la division entière `//`",
    ),
    WrongAnswer(
        question="py_fraction",
        cell="py_fraction_code",
        code=(
            "class Fraction:\n"
            "    def __init__(self, p, q=1):\n"
            "        if q == 0:\n"
            "            raise ValueError(\"dénominateur nul\")\n"
            "        if q < 0:\n"
            "            p, q = -p, -q\n"
            "        self.num = p\n"
            "        self.den = q\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f\"Fraction({self.num}, {self.den})\"\n"
            "\n"
            "    def __eq__(self, autre):\n"
            "        return self.num * autre.den == autre.num * self.den\n"
            "\n"
            "    def __add__(self, autre):\n"
            "        return Fraction(self.num * autre.den + autre.num * self.den,\n"
            "                        self.den * autre.den)\n"
            "\n"
            "    def __mul__(self, autre):\n"
            "        return Fraction(self.num * autre.num, self.den * autre.den)\n"
        ),
        expect="la fraction doit être irréductible",
    ),
    WrongAnswer(
        question="py_fraction",
        cell="py_fraction_code",
        code=(
            "import math\n"
            "\n"
            "class Fraction:\n"
            "    def __init__(self, p, q=1):\n"
            "        if q == 0:\n"
            "            raise ValueError(\"dénominateur nul\")\n"
            "        g = math.gcd(p, q)\n"
            "        self.num = p // g\n"
            "        self.den = q // g\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f\"Fraction({self.num}, {self.den})\"\n"
            "\n"
            "    def __eq__(self, autre):\n"
            "        return self.num == autre.num and self.den == autre.den\n"
            "\n"
            "    def __add__(self, autre):\n"
            "        return Fraction(self.num * autre.den + autre.num * self.den,\n"
            "                        self.den * autre.den)\n"
            "\n"
            "    def __mul__(self, autre):\n"
            "        return Fraction(self.num * autre.num, self.den * autre.den)\n"
        ),
        expect="le dénominateur doit être strictement positif",
    ),
    WrongAnswer(
        question="py_fraction",
        cell="py_fraction_code",
        code=(
            "import math\n"
            "\n"
            "class Fraction:\n"
            "    def __init__(self, p, q=1):\n"
            "        if q == 0:\n"
            "            raise ValueError(\"dénominateur nul\")\n"
            "        if q < 0:\n"
            "            p, q = -p, -q\n"
            "        g = math.gcd(p, q)\n"
            "        self.num = p // g\n"
            "        self.den = q // g\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f\"Fraction({self.num}, {self.den})\"\n"
            "\n"
            "    def __eq__(self, autre):\n"
            "        return self.num == autre.num and self.den == autre.den\n"
            "\n"
            "    def __add__(self, autre):\n"
            "        return Fraction(self.num + autre.num, self.den + autre.den)\n"
            "\n"
            "    def __mul__(self, autre):\n"
            "        return Fraction(self.num * autre.num, self.den * autre.den)\n"
        ),
        expect="on n'additionne pas les numérateurs entre eux",
    ),
    WrongAnswer(
        question="py_fraction",
        cell="py_fraction_code",
        code=(
            "import math\n"
            "\n"
            "class Fraction:\n"
            "    def __init__(self, p, q=1):\n"
            "        if q == 0:\n"
            "            raise ValueError(\"dénominateur nul\")\n"
            "        if q < 0:\n"
            "            p, q = -p, -q\n"
            "        g = math.gcd(p, q)\n"
            "        self.num = p // g\n"
            "        self.den = q // g\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f\"Fraction({self.num}, {self.den})\"\n"
            "\n"
            "    def __eq__(self, autre):\n"
            "        return self.num == autre.num and self.den == autre.den\n"
            "\n"
            "    def __add__(self, autre):\n"
            "        num = self.num * autre.den + autre.num * self.den\n"
            "        den = self.den * autre.den\n"
            "        g = math.gcd(num, den)\n"
            "        self.num, self.den = num // g, den // g\n"
            "        return self\n"
            "\n"
            "    def __mul__(self, autre):\n"
            "        return Fraction(self.num * autre.num, self.den * autre.den)\n"
        ),
        expect="+ ne doit modifier ni l'un ni l'autre",
    ),
    WrongAnswer(
        question="py_fraction",
        cell="py_fraction_code",
        code=(
            "import math\n"
            "\n"
            "class Fraction:\n"
            "    def __init__(self, p, q=1):\n"
            "        if q < 0:\n"
            "            p, q = -p, -q\n"
            "        g = math.gcd(p, q)\n"
            "        self.num = p // g\n"
            "        self.den = q // g\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f\"Fraction({self.num}, {self.den})\"\n"
            "\n"
            "    def __eq__(self, autre):\n"
            "        return self.num == autre.num and self.den == autre.den\n"
            "\n"
            "    def __add__(self, autre):\n"
            "        return Fraction(self.num * autre.den + autre.num * self.den,\n"
            "                        self.den * autre.den)\n"
            "\n"
            "    def __mul__(self, autre):\n"
            "        return Fraction(self.num * autre.num, self.den * autre.den)\n"
        ),
        expect="doit lever l'exception ValueError",
    ),
    WrongAnswer(
        question="py_fraction",
        cell="py_fraction_code",
        code=(
            "import math\n"
            "\n"
            "class Fraction:\n"
            "    def __init__(self, p, q=1):\n"
            "        if q == 0:\n"
            "            raise ValueError(\"dénominateur nul\")\n"
            "        if q < 0:\n"
            "            p, q = -p, -q\n"
            "        g = math.gcd(p, q)\n"
            "        self.num = p // g\n"
            "        self.den = q // g\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f\"Fraction({self.num}, {self.den})\"\n"
            "\n"
            "    def __add__(self, autre):\n"
            "        return Fraction(self.num * autre.den + autre.num * self.den,\n"
            "                        self.den * autre.den)\n"
            "\n"
            "    def __mul__(self, autre):\n"
            "        return Fraction(self.num * autre.num, self.den * autre.den)\n"
        ),
        expect="compare l'identité des objets",
    ),
    # --- issue 12 (content truth): mistakes named only when every case shows them ---
    WrongAnswer(
        question="py_somme_chiffres",
        cell="py_somme_chiffres_code",
        code=(
            "def somme_chiffres(n):\n"
            "    total = 0\n"
            "    while n > 0:\n"
            "        n //= 10\n"
            "        total += n % 10\n"
            "    return total\n"
        ),
        expect="il manque le dernier chiffre (celui des unités)",
    ),
    WrongAnswer(
        question="py_somme_chiffres",
        cell="py_somme_chiffres_code",
        code=(
            "def somme_chiffres(n):\n"
            "    total = 0\n"
            "    while n > 0:\n"
            "        total += 1\n"
            "        n //= 10\n"
            "    return total\n"
        ),
        expect="vous avez compté les chiffres au lieu de les additionner",
    ),
    WrongAnswer(
        question="py_carres_pairs",
        cell="py_carres_pairs_code",
        code=(
            "def carres_des_pairs(nombres):\n"
            "    return [x * 2 for x in nombres if x % 2 == 0]\n"
        ),
        expect="vous avez multiplié par 2 (x * 2)",
    ),
    WrongAnswer(
        question="py_carres_pairs",
        cell="py_carres_pairs_code",
        code=(
            "def carres_des_pairs(nombres):\n"
            "    return [x for x in nombres if x % 2 == 0]\n"
        ),
        expect="vous avez renvoyé les nombres pairs eux-mêmes",
    ),
    WrongAnswer(
        question="py_paires_somme",
        cell="py_paires_somme_code",
        code=(
            "def paires_de_somme(nombres, k):\n"
            "    for i in range(len(nombres)):\n"
            "        for j in range(i + 1, len(nombres)):\n"
            "            if nombres[i] + nombres[j] == k:\n"
            "                return [(i, j)]\n"
            "    return []\n"
        ),
        expect="vous ne renvoyez que le premier couple trouvé",
    ),
    WrongAnswer(
        question="py_compresser",
        cell="py_compresser_code",
        code=(
            "def compresser(valeurs):\n"
            "    groupes = []\n"
            "    for v in valeurs:\n"
            "        if groupes and groupes[-1][1] == v:\n"
            "            groupes[-1] = (groupes[-1][0] + 1, v)\n"
            "        else:\n"
            "            groupes.append((1, v))\n"
            "    return groupes\n"
        ),
        expect="vous avez mis le nombre en premier",
    ),
    WrongAnswer(
        question="py_compresser",
        cell="py_compresser_code",
        code=(
            "def compresser(valeurs):\n"
            "    groupes = []\n"
            "    for v in valeurs:\n"
            "        if groupes and groupes[-1][0] == v:\n"
            "            groupes[-1] = (v, groupes[-1][1] + 1.0)\n"
            "        else:\n"
            "            groupes.append((v, 1.0))\n"
            "    return groupes\n"
        ),
        expect="le nombre de répétitions doit être un entier (int)",
    ),
    WrongAnswer(
        question="py_resume",
        cell="py_resume_code",
        code=(
            "def resume(*valeurs):\n"
            "    return max(valeurs), min(valeurs), sum(valeurs) / len(valeurs)\n"
        ),
        expect="le minimum et le maximum sont inversés",
    ),
    WrongAnswer(
        question="py_vecteur",
        cell="py_vecteur_code",
        code=(
            "class Vecteur2D:\n"
            "    def __init__(self, x, y):\n"
            "        self.x = x\n"
            "        self.y = y\n"
            "\n"
            "    def norme(self):\n"
            "        return self.x ** 2 + self.y ** 2\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f\"Vecteur2D({self.x!r}, {self.y!r})\"\n"
            "\n"
            "    def __eq__(self, autre):\n"
            "        return isinstance(autre, Vecteur2D) and (self.x, self.y) == (autre.x, autre.y)\n"
        ),
        expect="il manque la racine",
    ),
    WrongAnswer(
        question="py_vecteur",
        cell="py_vecteur_code",
        code=(
            "class Vecteur2D:\n"
            "    def __init__(self, x, y):\n"
            "        self.x = x\n"
            "        self.y = y\n"
            "\n"
            "    def norme(self):\n"
            "        return abs(self.x) + abs(self.y)\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f\"Vecteur2D({self.x!r}, {self.y!r})\"\n"
            "\n"
            "    def __eq__(self, autre):\n"
            "        return isinstance(autre, Vecteur2D) and (self.x, self.y) == (autre.x, autre.y)\n"
        ),
        expect="vous avez calculé |x| + |y|",
    ),
]
