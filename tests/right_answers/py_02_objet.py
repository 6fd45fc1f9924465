"""Correct answers written differently, for ``source/01_python/02_objet.ipynb``."""

from . import RightAnswer

COMPTE = (
    "class Compte:\n"
    "    def __init__(self, titulaire, solde=0.0):\n"
    "        self.titulaire = titulaire\n"
    "        self.solde = solde\n"
    "        self.historique = []\n"
    "\n"
    "    def deposer(self, montant):\n"
    "        if montant <= 0:\n"
    "            raise ValueError(\"le montant d'un dépôt doit être positif\")\n"
    "        self.solde += montant\n"
    "        self.historique.append((\"depot\", montant))\n"
    "\n"
    "    def retirer(self, montant):\n"
    "        if montant <= 0:\n"
    "            raise ValueError(\"le montant d'un retrait doit être positif\")\n"
    "        if montant > self.solde:\n"
    "            raise ValueError(\"solde insuffisant\")\n"
    "        self.solde -= montant\n"
    "        self.historique.append((\"retrait\", montant))\n"
    "\n"
    "\n"
)

PERSONNE = (
    "class Personne:\n"
    "    def __init__(self, nom, age):\n"
    "        self.nom = nom\n"
    "        self.age = age\n"
    "\n"
    "    def presentation(self):\n"
    "        return f\"{self.nom}, {self.age} ans\"\n"
    "\n"
    "    def __repr__(self):\n"
    "        return f\"Personne({self.nom!r}, {self.age!r})\"\n"
    "\n"
    "\n"
)

STOCKAGE = (
    "from abc import ABC, abstractmethod\n"
    "\n"
    "\n"
    "class Stockage(ABC):\n"
    "    @abstractmethod\n"
    "    def lire(self, cle):\n"
    "        pass\n"
    "\n"
    "    @abstractmethod\n"
    "    def ecrire(self, cle, valeur):\n"
    "        pass\n"
    "\n"
    "    @abstractmethod\n"
    "    def supprimer(self, cle):\n"
    "        pass\n"
    "\n"
    "    def lire_ou_defaut(self, cle, defaut=None):\n"
    "        try:\n"
    "            return self.lire(cle)\n"
    "        except KeyError:\n"
    "            return defaut\n"
    "\n"
    "\n"
)

CASES = [
    RightAnswer(
        question="py_compteur_tickets",
        cell="py_compteur_tickets_code",
        code=(
            "class Ticket:\n"
            "    emis = 0\n"
            "\n"
            "    def __init__(self, guichet):\n"
            "        type(self).emis = Ticket.emis + 1\n"
            "        Ticket.emis = type(self).emis\n"
            "        self.numero, self.guichet = Ticket.emis, guichet\n"
        ),
        how="counter written through type(self) and the class name",
    ),
    RightAnswer(
        question="py_compteur_tickets",
        cell="py_compteur_tickets_code",
        code=(
            "class Ticket:\n"
            "    emis = 0\n"
            "\n"
            "    @classmethod\n"
            "    def _suivant(cls):\n"
            "        Ticket.emis += 1\n"
            "        return Ticket.emis\n"
            "\n"
            "    def __init__(self, guichet):\n"
            "        self.numero = self._suivant()\n"
            "        self.guichet = guichet\n"
        ),
        how="a class method hands out the numbers",
    ),
    RightAnswer(
        question="py_duree_constructeurs",
        cell="py_duree_constructeurs_code",
        code=(
            "import re\n"
            "\n"
            "\n"
            "class Duree:\n"
            "    def __init__(self, minutes, secondes):\n"
            "        if not Duree.est_valide(minutes, secondes):\n"
            "            raise ValueError(f\"durée invalide : {minutes} min {secondes} s\")\n"
            "        self.minutes = minutes\n"
            "        self.secondes = secondes\n"
            "\n"
            "    def en_secondes(self):\n"
            "        return 60 * self.minutes + self.secondes\n"
            "\n"
            "    @staticmethod\n"
            "    def est_valide(minutes, secondes):\n"
            "        if minutes < 0:\n"
            "            return False\n"
            "        return secondes in range(60)\n"
            "\n"
            "    @classmethod\n"
            "    def depuis_texte(cls, texte):\n"
            "        trouve = re.fullmatch(r'([0-9]+):([0-9]+)', texte)\n"
            "        if trouve is None:\n"
            "            raise ValueError(f'texte invalide : {texte!r}')\n"
            "        return cls(int(trouve.group(1)), int(trouve.group(2)))\n"
        ),
        how="regular expression, range membership",
    ),
    RightAnswer(
        question="py_panier_independant",
        cell="py_panier_independant_code",
        code=(
            "import copy\n"
            "\n"
            "\n"
            "class Panier:\n"
            "    def __init__(self, articles=()):\n"
            "        self._articles = copy.copy(list(articles))\n"
            "\n"
            "    def ajouter(self, article):\n"
            "        self._articles += [article]\n"
            "\n"
            "    def retirer(self, article):\n"
            "        i = self._articles.index(article)\n"
            "        del self._articles[i]\n"
            "\n"
            "    def contenu(self):\n"
            "        return self._articles[:]\n"
        ),
        how="immutable default (), index + del, slice copy",
    ),
    RightAnswer(
        question="py_compte_epargne",
        cell="py_compte_epargne_code",
        code=COMPTE + (
            "class CompteEpargne(Compte):\n"
            "    def __init__(self, titulaire, taux, solde=0.0, plafond=500.0):\n"
            "        Compte.__init__(self, titulaire, solde)\n"
            "        self.taux, self.plafond = taux, plafond\n"
            "\n"
            "    def appliquer_interets(self):\n"
            "        montant = self.taux * self.solde\n"
            "        self.deposer(montant) if montant > 0 else None\n"
            "        if montant > 0:\n"
            "            self.historique[-1] = ('interets', montant)\n"
            "        else:\n"
            "            self.historique.append(('interets', montant))\n"
            "        return montant\n"
            "\n"
            "    def retirer(self, montant):\n"
            "        if not montant <= self.plafond:\n"
            "            raise ValueError('plafond dépassé')\n"
            "        return Compte.retirer(self, montant)\n"
        ),
        how="explicit Compte.__init__ / Compte.retirer, interest through deposer",
    ),
    RightAnswer(
        question="py_hierarchie_personnes",
        cell="py_hierarchie_personnes_code",
        code=PERSONNE + (
            "class Etudiant(Personne):\n"
            "    def __init__(self, nom, age, formation):\n"
            "        Personne.__init__(self, nom, age)\n"
            "        self.formation = formation\n"
            "\n"
            "    def presentation(self):\n"
            "        return Personne.presentation(self) + ', en ' + self.formation\n"
            "\n"
            "    def __repr__(self):\n"
            "        return 'Etudiant(%r, %r, %r)' % (self.nom, self.age, self.formation)\n"
            "\n"
            "\n"
            "class Doctorant(Etudiant):\n"
            "    def __init__(self, nom, age, formation, sujet):\n"
            "        Etudiant.__init__(self, nom, age, formation)\n"
            "        self.sujet = sujet\n"
            "\n"
            "    def presentation(self):\n"
            "        return Etudiant.presentation(self) + ', thèse : ' + self.sujet\n"
            "\n"
            "    def __repr__(self):\n"
            "        args = ', '.join(map(repr, (self.nom, self.age, self.formation, self.sujet)))\n"
            "        return f'{type(self).__name__}({args})'\n"
        ),
        how="explicit Parent.method(self) calls, % formatting, type(self).__name__",
    ),
    RightAnswer(
        question="py_compter_instances",
        cell="py_compter_instances_code",
        code=(
            "def compter(objets, classe):\n"
            "    total = 0\n"
            "    for objet in objets:\n"
            "        if issubclass(type(objet), classe):\n"
            "            total += 1\n"
            "    return total\n"
        ),
        how="issubclass(type(objet), classe) in a loop",
    ),
    RightAnswer(
        question="py_compter_instances",
        cell="py_compter_instances_code",
        code=(
            "def compter(objets, classe):\n"
            "    return len([o for o in objets if classe in type(o).__mro__])\n"
        ),
        how="walks the MRO",
    ),
    RightAnswer(
        question="py_formes_abstraites",
        cell="py_formes_abstraites_code",
        code=(
            "import abc\n"
            "from math import pi\n"
            "\n"
            "\n"
            "class Forme(metaclass=abc.ABCMeta):\n"
            "    @abc.abstractmethod\n"
            "    def aire(self):\n"
            "        raise NotImplementedError\n"
            "\n"
            "    @abc.abstractmethod\n"
            "    def perimetre(self):\n"
            "        raise NotImplementedError\n"
            "\n"
            "    def description(self):\n"
            "        return f\"{type(self).__name__} : aire {self.aire():.2f}, périmètre {self.perimetre():.2f}\"\n"
            "\n"
            "\n"
            "class Rectangle(Forme):\n"
            "    def __init__(self, largeur, hauteur):\n"
            "        self.largeur = largeur\n"
            "        self.hauteur = hauteur\n"
            "\n"
            "    def aire(self):\n"
            "        return self.hauteur * self.largeur\n"
            "\n"
            "    def perimetre(self):\n"
            "        return self.largeur + self.hauteur + self.largeur + self.hauteur\n"
            "\n"
            "\n"
            "class Cercle(Forme):\n"
            "    def __init__(self, rayon):\n"
            "        self.rayon = rayon\n"
            "\n"
            "    def aire(self):\n"
            "        return pi * self.rayon * self.rayon\n"
            "\n"
            "    def perimetre(self):\n"
            "        return pi * (2 * self.rayon)\n"
        ),
        how="metaclass=ABCMeta instead of ABC, other arithmetic",
    ),
    RightAnswer(
        question="py_protocole_mesurable",
        cell="py_protocole_mesurable_code",
        code=(
            "from typing import Protocol, runtime_checkable\n"
            "\n"
            "\n"
            "@runtime_checkable\n"
            "class Mesurable(Protocol):\n"
            "    def longueur(self) -> float:\n"
            "        ...\n"
            "\n"
            "\n"
            "def longueur_totale(objets):\n"
            "    total = 0\n"
            "    for objet in objets:\n"
            "        if isinstance(objet, Mesurable):\n"
            "            total += objet.longueur()\n"
            "    return total\n"
            "\n"
            "\n"
            "def le_plus_long(objets):\n"
            "    mesurables = [o for o in objets if isinstance(o, Mesurable)]\n"
            "    if not mesurables:\n"
            "        return None\n"
            "    return max(mesurables, key=lambda o: o.longueur())\n"
        ),
        how="max with a key (keeps the first of equal ones)",
    ),
    RightAnswer(
        question="py_stockage_abstrait",
        cell="py_stockage_abstrait_code",
        code=STOCKAGE + (
            "class StockageMemoire(Stockage):\n"
            "    def __init__(self):\n"
            "        self._cles = []\n"
            "        self._valeurs = []\n"
            "\n"
            "    def lire(self, cle):\n"
            "        if cle not in self._cles:\n"
            "            raise KeyError(cle)\n"
            "        return self._valeurs[self._cles.index(cle)]\n"
            "\n"
            "    def ecrire(self, cle, valeur):\n"
            "        if cle in self._cles:\n"
            "            self._valeurs[self._cles.index(cle)] = valeur\n"
            "        else:\n"
            "            self._cles.append(cle)\n"
            "            self._valeurs.append(valeur)\n"
            "\n"
            "    def supprimer(self, cle):\n"
            "        if cle not in self._cles:\n"
            "            raise KeyError(cle)\n"
            "        i = self._cles.index(cle)\n"
            "        del self._cles[i], self._valeurs[i]\n"
        ),
        how="two parallel lists instead of a dict",
    ),
    RightAnswer(
        question="py_animaux_polymorphes",
        cell="py_animaux_polymorphes_code",
        code=(
            "class Animal:\n"
            "    def __init__(self, nom):\n"
            "        self.nom = nom\n"
            "\n"
            "    def cri(self):\n"
            "        return \"...\"\n"
            "\n"
            "    def presenter(self):\n"
            "        return self.nom + ' fait ' + self.cri() + ' !'\n"
            "\n"
            "\n"
            "class Chien(Animal):\n"
            "    def cri(self):\n"
            "        return 'Ouaf'\n"
            "\n"
            "\n"
            "class Chat(Animal):\n"
            "    def cri(self):\n"
            "        return 'Miaou'\n"
            "\n"
            "\n"
            "def concert(etres):\n"
            "    return list(map(lambda etre: etre.presenter(), etres))\n"
        ),
        how="string concatenation, map",
    ),
    RightAnswer(
        question="py_cadre_defauts",
        cell="py_cadre_defauts_code",
        code=(
            "class Cadre:\n"
            "    def __init__(self, largeur=None, hauteur=None):\n"
            "        if largeur is None:\n"
            "            largeur = 1\n"
            "        self.largeur = largeur\n"
            "        self.hauteur = hauteur if hauteur is not None else largeur\n"
            "\n"
            "    def agrandir(self, facteur, facteur_hauteur=None):\n"
            "        if facteur_hauteur is None:\n"
            "            return type(self)(self.largeur * facteur, self.hauteur * facteur)\n"
            "        return type(self)(self.largeur * facteur, self.hauteur * facteur_hauteur)\n"
            "\n"
            "    def aire(self):\n"
            "        return self.largeur * self.hauteur\n"
        ),
        how="None defaults for both, type(self)(...)",
    ),
    RightAnswer(
        question="py_decrire_singledispatch",
        cell="py_decrire_singledispatch_code",
        code=(
            "import functools\n"
            "\n"
            "\n"
            "@functools.singledispatch\n"
            "def decrire(x):\n"
            "    return 'objet de type ' + type(x).__name__\n"
            "\n"
            "\n"
            "@decrire.register(int)\n"
            "def _entier(x):\n"
            "    return ('entier pair', 'entier impair')[x % 2]\n"
            "\n"
            "\n"
            "@decrire.register(str)\n"
            "def _texte(x):\n"
            "    return 'texte « ' + x + ' »'\n"
            "\n"
            "\n"
            "@decrire.register(list)\n"
            "def _liste(x):\n"
            "    morceaux = []\n"
            "    for element in x:\n"
            "        morceaux.append(decrire(element))\n"
            "    return 'liste [' + ', '.join(morceaux) + ']'\n"
        ),
        how="register(type) with named functions, loop",
    ),
]
