"""Typical wrong answers for ``source/01_python/02_objet.ipynb``."""

from . import WrongAnswer

_COMPTE = (
    "class Compte:\n"
    "    def __init__(self, titulaire, solde=0.0):\n"
    "        self.titulaire = titulaire\n"
    "        self.solde = solde\n"
    "        self.historique = []\n"
    "\n"
    "    def deposer(self, montant):\n"
    "        if montant <= 0:\n"
    "            raise ValueError('le montant d\\'un dépôt doit être positif')\n"
    "        self.solde += montant\n"
    "        self.historique.append(('depot', montant))\n"
    "\n"
    "    def retirer(self, montant):\n"
    "        if montant <= 0:\n"
    "            raise ValueError('le montant d\\'un retrait doit être positif')\n"
    "        if montant > self.solde:\n"
    "            raise ValueError('solde insuffisant')\n"
    "        self.solde -= montant\n"
    "        self.historique.append(('retrait', montant))\n"
    "\n"
    "\n"
)

_INTERETS = (
    "    def appliquer_interets(self):\n"
    "        interets = self.solde * self.taux\n"
    "        self.solde += interets\n"
    "        self.historique.append(('interets', interets))\n"
    "        return interets\n"
)

_PERSONNE = (
    "class Personne:\n"
    "    def __init__(self, nom, age):\n"
    "        self.nom = nom\n"
    "        self.age = age\n"
    "\n"
    "    def presentation(self):\n"
    "        return f'{self.nom}, {self.age} ans'\n"
    "\n"
    "    def __repr__(self):\n"
    "        return f'Personne({self.nom!r}, {self.age!r})'\n"
    "\n"
    "\n"
)

_DOCTORANT = (
    "class Doctorant(Etudiant):\n"
    "    def __init__(self, nom, age, formation, sujet):\n"
    "        super().__init__(nom, age, formation)\n"
    "        self.sujet = sujet\n"
    "\n"
    "    def presentation(self):\n"
    "        return f'{super().presentation()}, thèse : {self.sujet}'\n"
    "\n"
    "    def __repr__(self):\n"
    "        return f'Doctorant({self.nom!r}, {self.age!r}, {self.formation!r}, {self.sujet!r})'\n"
)

_STOCKAGE = (
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

_ANIMAUX = (
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
)

CASES = [
    # --- py_membres_classe ----------------------------------------------
    WrongAnswer(
        question="py_compteur_tickets",
        cell="py_compteur_tickets_code",
        code=(
            "class Ticket:\n"
            "    emis = 0\n"
            "\n"
            "    def __init__(self, guichet):\n"
            "        self.emis += 1\n"
            "        self.numero = self.emis\n"
            "        self.guichet = guichet\n"
        ),
        expect="self.emis += 1 lit le compteur de la classe",
    ),
    WrongAnswer(
        question="py_compteur_tickets",
        cell="py_compteur_tickets_code",
        code=(
            "class Ticket:\n"
            "    emis = 0\n"
            "\n"
            "    def __init__(self, guichet):\n"
            "        self.numero = Ticket.emis\n"
            "        Ticket.emis += 1\n"
            "        self.guichet = guichet\n"
        ),
        expect="les numéros sont décalés d'une unité",
    ),
    WrongAnswer(
        question="py_compteur_tickets",
        cell="py_compteur_tickets_code",
        code=(
            "class Ticket:\n"
            "    emis = 0\n"
            "\n"
            "    def __init__(self, guichet):\n"
            "        Ticket.emis += 1\n"
            "        self.guichet = guichet\n"
            "\n"
            "    @property\n"
            "    def numero(self):\n"
            "        return Ticket.emis\n"
        ),
        expect="mémorisez-le une fois pour toutes",
    ),
    WrongAnswer(
        question="py_duree_constructeurs",
        cell="py_duree_constructeurs_code",
        code=(
            "class Duree:\n"
            "    def __init__(self, minutes, secondes):\n"
            "        if not Duree.est_valide(minutes, secondes):\n"
            "            raise ValueError('durée invalide')\n"
            "        self.minutes = minutes\n"
            "        self.secondes = secondes\n"
            "\n"
            "    def en_secondes(self):\n"
            "        return 60 * self.minutes + self.secondes\n"
            "\n"
            "    def est_valide(minutes, secondes):\n"
            "        return minutes >= 0 and 0 <= secondes < 60\n"
            "\n"
            "    @classmethod\n"
            "    def depuis_texte(cls, texte):\n"
            "        minutes, secondes = texte.split(':')\n"
            "        return cls(int(minutes), int(secondes))\n"
        ),
        expect="est_valide doit être une méthode statique",
    ),
    WrongAnswer(
        question="py_duree_constructeurs",
        cell="py_duree_constructeurs_code",
        code=(
            "class Duree:\n"
            "    def __init__(self, minutes, secondes):\n"
            "        if not Duree.est_valide(minutes, secondes):\n"
            "            raise ValueError('durée invalide')\n"
            "        self.minutes = minutes\n"
            "        self.secondes = secondes\n"
            "\n"
            "    def en_secondes(self):\n"
            "        return 60 * self.minutes + self.secondes\n"
            "\n"
            "    @staticmethod\n"
            "    def est_valide(minutes, secondes):\n"
            "        return minutes >= 0 and 0 <= secondes < 60\n"
            "\n"
            "    @staticmethod\n"
            "    def depuis_texte(texte):\n"
            "        minutes, secondes = texte.split(':')\n"
            "        return Duree(int(minutes), int(secondes))\n"
        ),
        expect="depuis_texte doit être une méthode de classe",
    ),
    WrongAnswer(
        question="py_duree_constructeurs",
        cell="py_duree_constructeurs_code",
        code=(
            "class Duree:\n"
            "    def __init__(self, minutes, secondes):\n"
            "        if not Duree.est_valide(minutes, secondes):\n"
            "            raise ValueError('durée invalide')\n"
            "        self.minutes = minutes\n"
            "        self.secondes = secondes\n"
            "\n"
            "    def en_secondes(self):\n"
            "        return 60 * self.minutes + self.secondes\n"
            "\n"
            "    @staticmethod\n"
            "    def est_valide(minutes, secondes):\n"
            "        return minutes >= 0 and 0 <= secondes < 60\n"
            "\n"
            "    @classmethod\n"
            "    def depuis_texte(cls, texte):\n"
            "        minutes, secondes = texte.split(':')\n"
            "        return Duree(int(minutes), int(secondes))\n"
        ),
        expect="renvoyez cls(minutes, secondes) plutôt que Duree(minutes, secondes)",
    ),
    WrongAnswer(
        question="py_panier_independant",
        cell="py_panier_independant_code",
        code=(
            "class Panier:\n"
            "    articles = []\n"
            "\n"
            "    def __init__(self, articles=None):\n"
            "        if articles is not None:\n"
            "            self.articles = list(articles)\n"
            "\n"
            "    def ajouter(self, article):\n"
            "        self.articles.append(article)\n"
            "\n"
            "    def retirer(self, article):\n"
            "        self.articles.remove(article)\n"
            "\n"
            "    def contenu(self):\n"
            "        return list(self.articles)\n"
        ),
        expect="c'est un attribut de classe, partagé par tous les paniers",
    ),
    WrongAnswer(
        question="py_panier_independant",
        cell="py_panier_independant_code",
        code=(
            "class Panier:\n"
            "    def __init__(self, articles=[]):\n"
            "        self.articles = articles\n"
            "\n"
            "    def ajouter(self, article):\n"
            "        self.articles.append(article)\n"
            "\n"
            "    def retirer(self, article):\n"
            "        self.articles.remove(article)\n"
            "\n"
            "    def contenu(self):\n"
            "        return list(self.articles)\n"
        ),
        expect="la valeur par défaut [] de __init__ est créée une seule fois",
    ),
    WrongAnswer(
        question="py_panier_independant",
        cell="py_panier_independant_code",
        code=(
            "class Panier:\n"
            "    def __init__(self, articles=None):\n"
            "        self.articles = [] if articles is None else articles\n"
            "\n"
            "    def ajouter(self, article):\n"
            "        self.articles.append(article)\n"
            "\n"
            "    def retirer(self, article):\n"
            "        self.articles.remove(article)\n"
            "\n"
            "    def contenu(self):\n"
            "        return list(self.articles)\n"
        ),
        expect="le panier a modifié la liste passée à son constructeur",
    ),
    # --- py_heritage -----------------------------------------------------
    WrongAnswer(
        question="py_compte_epargne",
        cell="py_compte_epargne_code",
        code=(
            _COMPTE
            + "class CompteEpargne(Compte):\n"
            "    def __init__(self, titulaire, taux, solde=0.0, plafond=500.0):\n"
            "        self.taux = taux\n"
            "        self.plafond = plafond\n"
            "\n"
            + _INTERETS
            + "\n"
            "    def retirer(self, montant):\n"
            "        if montant > self.plafond:\n"
            "            raise ValueError('plafond dépassé')\n"
            "        super().retirer(montant)\n"
        ),
        expect="doit appeler super().__init__(titulaire, solde)",
    ),
    WrongAnswer(
        question="py_compte_epargne",
        cell="py_compte_epargne_code",
        code=(
            _COMPTE
            + "class CompteEpargne(Compte):\n"
            "    def __init__(self, titulaire, taux, solde=0.0, plafond=500.0):\n"
            "        super().__init__(titulaire, solde)\n"
            "        self.taux = taux\n"
            "        self.plafond = plafond\n"
            "\n"
            + _INTERETS
            + "\n"
            "    def retirer(self, montant):\n"
            "        if montant > self.plafond:\n"
            "            raise ValueError('plafond dépassé')\n"
            "        self.solde -= montant\n"
            "        self.historique.append(('retrait', montant))\n"
        ),
        expect="votre méthode retirer remplace celle de Compte sans en appliquer les règles",
    ),
    WrongAnswer(
        question="py_hierarchie_personnes",
        cell="py_hierarchie_personnes_code",
        code=(
            _PERSONNE
            + "class Etudiant(Personne):\n"
            "    def __init__(self, nom, age, formation):\n"
            "        self.formation = formation\n"
            "\n"
            "    def presentation(self):\n"
            "        return f'{super().presentation()}, en {self.formation}'\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f'Etudiant({self.nom!r}, {self.age!r}, {self.formation!r})'\n"
            "\n"
            "\n"
            + _DOCTORANT
        ),
        expect="l'attribut nom manque : le constructeur de la classe Etudiant doit appeler",
    ),
    WrongAnswer(
        question="py_hierarchie_personnes",
        cell="py_hierarchie_personnes_code",
        code=(
            _PERSONNE
            + "class Etudiant(Personne):\n"
            "    def __init__(self, nom, age, formation):\n"
            "        super().__init__(nom, age)\n"
            "        self.formation = formation\n"
            "\n"
            "    def presentation(self):\n"
            "        return f'{self.nom}, {self.age} ans, en {self.formation}'\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f'Etudiant({self.nom!r}, {self.age!r}, {self.formation!r})'\n"
            "\n"
            "\n"
            + _DOCTORANT
        ),
        expect="la méthode presentation de la classe Etudiant recopie le texte",
    ),
    WrongAnswer(
        question="py_hierarchie_personnes",
        cell="py_hierarchie_personnes_code",
        code=(
            _PERSONNE
            + "class Etudiant(Personne):\n"
            "    def __init__(self, nom, age, formation):\n"
            "        super().__init__(nom, age)\n"
            "        self.formation = formation\n"
            "\n"
            "    def presentation(self):\n"
            "        return f'{super().presentation()}, en {self.formation}'\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f'Etudiant({self.nom!r}, {self.age!r}, {self.formation!r})'\n"
            "\n"
            "\n"
            "class Doctorant(Etudiant):\n"
            "    def __init__(self, nom, age, formation, sujet):\n"
            "        super().__init__(nom, age, formation)\n"
            "        self.sujet = sujet\n"
            "\n"
            "    def presentation(self):\n"
            "        return f'{super().presentation()}, thèse : {self.sujet}'\n"
        ),
        expect="Doctorant hérite du __repr__ de sa classe mère",
    ),
    WrongAnswer(
        question="py_compter_instances",
        cell="py_compter_instances_code",
        code=(
            "def compter(objets, classe):\n"
            "    return sum(1 for objet in objets if type(objet) == classe)\n"
        ),
        expect="type(objet) == classe ne reconnaît que les instances directes",
    ),
    WrongAnswer(
        question="py_compter_instances",
        cell="py_compter_instances_code",
        code=(
            "def compter(objets, classe):\n"
            "    return sum(1 for objet in objets if issubclass(classe, type(objet)))\n"
        ),
        expect="vous testez l'héritage à l'envers",
    ),
    # --- py_interfaces ---------------------------------------------------
    WrongAnswer(
        question="py_formes_abstraites",
        cell="py_formes_abstraites_code",
        code=(
            "import math\n"
            "from abc import ABC\n"
            "\n"
            "\n"
            "class Forme(ABC):\n"
            "    def aire(self):\n"
            "        raise NotImplementedError\n"
            "\n"
            "    def perimetre(self):\n"
            "        raise NotImplementedError\n"
            "\n"
            "    def description(self):\n"
            "        return f'{type(self).__name__} : aire {self.aire():.2f}, "
            "périmètre {self.perimetre():.2f}'\n"
            "\n"
            "\n"
            "class Rectangle(Forme):\n"
            "    def __init__(self, largeur, hauteur):\n"
            "        self.largeur = largeur\n"
            "        self.hauteur = hauteur\n"
            "\n"
            "    def aire(self):\n"
            "        return self.largeur * self.hauteur\n"
            "\n"
            "    def perimetre(self):\n"
            "        return 2 * (self.largeur + self.hauteur)\n"
            "\n"
            "\n"
            "class Cercle(Forme):\n"
            "    def __init__(self, rayon):\n"
            "        self.rayon = rayon\n"
            "\n"
            "    def aire(self):\n"
            "        return math.pi * self.rayon ** 2\n"
            "\n"
            "    def perimetre(self):\n"
            "        return 2 * math.pi * self.rayon\n"
        ),
        expect="aire et perimetre ne sont pas décorées par @abstractmethod",
    ),
    WrongAnswer(
        question="py_formes_abstraites",
        cell="py_formes_abstraites_code",
        code=(
            "import math\n"
            "from abc import abstractmethod\n"
            "\n"
            "\n"
            "class Forme:\n"
            "    @abstractmethod\n"
            "    def aire(self):\n"
            "        pass\n"
            "\n"
            "    @abstractmethod\n"
            "    def perimetre(self):\n"
            "        pass\n"
            "\n"
            "    def description(self):\n"
            "        return f'{type(self).__name__} : aire {self.aire():.2f}, "
            "périmètre {self.perimetre():.2f}'\n"
            "\n"
            "\n"
            "class Rectangle(Forme):\n"
            "    def __init__(self, largeur, hauteur):\n"
            "        self.largeur = largeur\n"
            "        self.hauteur = hauteur\n"
            "\n"
            "    def aire(self):\n"
            "        return self.largeur * self.hauteur\n"
            "\n"
            "    def perimetre(self):\n"
            "        return 2 * (self.largeur + self.hauteur)\n"
            "\n"
            "\n"
            "class Cercle(Forme):\n"
            "    def __init__(self, rayon):\n"
            "        self.rayon = rayon\n"
            "\n"
            "    def aire(self):\n"
            "        return math.pi * self.rayon ** 2\n"
            "\n"
            "    def perimetre(self):\n"
            "        return 2 * math.pi * self.rayon\n"
        ),
        expect="Forme doit hériter de ABC",
    ),
    WrongAnswer(
        question="py_formes_abstraites",
        cell="py_formes_abstraites_code",
        code=(
            "import math\n"
            "from abc import ABC, abstractmethod\n"
            "\n"
            "\n"
            "class Forme(ABC):\n"
            "    @abstractmethod\n"
            "    def aire(self):\n"
            "        pass\n"
            "\n"
            "    @abstractmethod\n"
            "    def perimetre(self):\n"
            "        pass\n"
            "\n"
            "    def description(self):\n"
            "        return f'{type(self).__name__} : aire {self.aire():.2f}, "
            "périmètre {self.perimetre():.2f}'\n"
            "\n"
            "\n"
            "class Rectangle(Forme):\n"
            "    def __init__(self, largeur, hauteur):\n"
            "        self.largeur = largeur\n"
            "        self.hauteur = hauteur\n"
            "\n"
            "    def aire(self):\n"
            "        return self.largeur * self.hauteur\n"
            "\n"
            "    def périmètre(self):\n"
            "        return 2 * (self.largeur + self.hauteur)\n"
            "\n"
            "\n"
            "class Cercle(Forme):\n"
            "    def __init__(self, rayon):\n"
            "        self.rayon = rayon\n"
            "\n"
            "    def aire(self):\n"
            "        return math.pi * self.rayon ** 2\n"
            "\n"
            "    def perimetre(self):\n"
            "        return 2 * math.pi * self.rayon\n"
        ),
        expect="une sous-classe concrète doit implémenter toutes les méthodes abstraites",
    ),
    WrongAnswer(
        question="py_protocole_mesurable",
        cell="py_protocole_mesurable_code",
        code=(
            "from abc import ABC, abstractmethod\n"
            "\n"
            "\n"
            "class Mesurable(ABC):\n"
            "    @abstractmethod\n"
            "    def longueur(self) -> float:\n"
            "        pass\n"
            "\n"
            "\n"
            "def longueur_totale(objets):\n"
            "    return sum(o.longueur() for o in objets if isinstance(o, Mesurable))\n"
            "\n"
            "\n"
            "def le_plus_long(objets):\n"
            "    mesurables = [o for o in objets if isinstance(o, Mesurable)]\n"
            "    return max(mesurables, key=lambda o: o.longueur(), default=None)\n"
        ),
        expect="un protocole est structurel",
    ),
    WrongAnswer(
        question="py_protocole_mesurable",
        cell="py_protocole_mesurable_code",
        code=(
            "from typing import Protocol\n"
            "\n"
            "\n"
            "class Mesurable(Protocol):\n"
            "    def longueur(self) -> float:\n"
            "        ...\n"
            "\n"
            "\n"
            "def longueur_totale(objets):\n"
            "    return sum(o.longueur() for o in objets if isinstance(o, Mesurable))\n"
            "\n"
            "\n"
            "def le_plus_long(objets):\n"
            "    mesurables = [o for o in objets if isinstance(o, Mesurable)]\n"
            "    return max(mesurables, key=lambda o: o.longueur(), default=None)\n"
        ),
        expect="décorez le protocole avec @runtime_checkable",
    ),
    WrongAnswer(
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
            "    return sum(o.longueur() for o in objets)\n"
            "\n"
            "\n"
            "def le_plus_long(objets):\n"
            "    mesurables = [o for o in objets if isinstance(o, Mesurable)]\n"
            "    return max(mesurables, key=lambda o: o.longueur(), default=None)\n"
        ),
        expect="les objets non mesurables doivent être ignorés",
    ),
    WrongAnswer(
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
            "    return sum(o.longueur() for o in objets if isinstance(o, Mesurable))\n"
            "\n"
            "\n"
            "def le_plus_long(objets):\n"
            "    mesurables = [o for o in objets if isinstance(o, Mesurable)]\n"
            "    return max((o.longueur() for o in mesurables), default=None)\n"
        ),
        expect="renvoyez l'objet le plus long lui-même, pas sa longueur",
    ),
    WrongAnswer(
        question="py_stockage_abstrait",
        cell="py_stockage_abstrait_code",
        code=(
            _STOCKAGE
            + "class StockageMemoire(Stockage):\n"
            "    def __init__(self):\n"
            "        self.donnees = {}\n"
            "\n"
            "    def lire(self, cle):\n"
            "        return self.donnees[cle]\n"
            "\n"
            "    def ecrire(self, cle, valeur):\n"
            "        self.donnees[cle] = valeur\n"
        ),
        expect="ne peut être instanciée que si elle implémente toutes ses méthodes abstraites",
    ),
    WrongAnswer(
        question="py_stockage_abstrait",
        cell="py_stockage_abstrait_code",
        code=(
            _STOCKAGE
            + "class StockageMemoire(Stockage):\n"
            "    donnees = {}\n"
            "\n"
            "    def lire(self, cle):\n"
            "        return self.donnees[cle]\n"
            "\n"
            "    def ecrire(self, cle, valeur):\n"
            "        self.donnees[cle] = valeur\n"
            "\n"
            "    def supprimer(self, cle):\n"
            "        del self.donnees[cle]\n"
        ),
        expect="deux stockages partagent leurs données",
    ),
    WrongAnswer(
        question="py_stockage_abstrait",
        cell="py_stockage_abstrait_code",
        code=(
            _STOCKAGE
            + "class StockageMemoire(Stockage):\n"
            "    def __init__(self):\n"
            "        self.donnees = {}\n"
            "\n"
            "    def lire(self, cle):\n"
            "        return self.donnees.get(cle)\n"
            "\n"
            "    def ecrire(self, cle, valeur):\n"
            "        self.donnees[cle] = valeur\n"
            "\n"
            "    def supprimer(self, cle):\n"
            "        del self.donnees[cle]\n"
        ),
        expect="lire d'une clé absente doit lever KeyError",
    ),
    # --- py_polymorphisme ------------------------------------------------
    WrongAnswer(
        question="py_animaux_polymorphes",
        cell="py_animaux_polymorphes_code",
        code=(
            "class Animal:\n"
            "    def __init__(self, nom):\n"
            "        self.nom = nom\n"
            "\n"
            "    def cri(self):\n"
            "        return '...'\n"
            "\n"
            "    def presenter(self):\n"
            "        if isinstance(self, Chien):\n"
            "            return f'{self.nom} fait Ouaf !'\n"
            "        if isinstance(self, Chat):\n"
            "            return f'{self.nom} fait Miaou !'\n"
            "        return f'{self.nom} fait ... !'\n"
            "\n"
            "\n"
            + _ANIMAUX
            + "def concert(etres):\n"
            "    return [etre.presenter() for etre in etres]\n"
        ),
        expect="presenter doit appeler self.cri()",
    ),
    WrongAnswer(
        question="py_animaux_polymorphes",
        cell="py_animaux_polymorphes_code",
        code=(
            "class Animal:\n"
            "    def __init__(self, nom):\n"
            "        self.nom = nom\n"
            "\n"
            "    def cri(self):\n"
            "        return '...'\n"
            "\n"
            "    def presenter(self):\n"
            "        return f'{self.nom} fait {Animal.cri(self)} !'\n"
            "\n"
            "\n"
            + _ANIMAUX
            + "def concert(etres):\n"
            "    return [etre.presenter() for etre in etres]\n"
        ),
        expect="Animal.cri(self) appelle toujours la version d'Animal",
    ),
    WrongAnswer(
        question="py_animaux_polymorphes",
        cell="py_animaux_polymorphes_code",
        code=(
            "class Animal:\n"
            "    def __init__(self, nom):\n"
            "        self.nom = nom\n"
            "\n"
            "    def cri(self):\n"
            "        return '...'\n"
            "\n"
            "    def presenter(self):\n"
            "        return f'{self.nom} fait {self.cri()} !'\n"
            "\n"
            "\n"
            + _ANIMAUX
            + "def concert(etres):\n"
            "    return [etre.presenter() for etre in etres if isinstance(etre, Animal)]\n"
        ),
        expect="typage canard",
    ),
    WrongAnswer(
        question="py_cadre_defauts",
        cell="py_cadre_defauts_code",
        code=(
            "class Cadre:\n"
            "    def __init__(self):\n"
            "        self.largeur = 1.0\n"
            "        self.hauteur = 1.0\n"
            "\n"
            "    def __init__(self, cote):\n"
            "        self.largeur = cote\n"
            "        self.hauteur = cote\n"
            "\n"
            "    def __init__(self, largeur, hauteur):\n"
            "        self.largeur = largeur\n"
            "        self.hauteur = hauteur\n"
            "\n"
            "    def agrandir(self, facteur, facteur_hauteur=None):\n"
            "        if facteur_hauteur is None:\n"
            "            facteur_hauteur = facteur\n"
            "        return Cadre(self.largeur * facteur, self.hauteur * facteur_hauteur)\n"
            "\n"
            "    def aire(self):\n"
            "        return self.largeur * self.hauteur\n"
        ),
        expect="Python n'a pas de surcharge",
    ),
    WrongAnswer(
        question="py_cadre_defauts",
        cell="py_cadre_defauts_code",
        code=(
            "class Cadre:\n"
            "    def __init__(self, largeur=1.0, hauteur=1.0):\n"
            "        self.largeur = largeur\n"
            "        self.hauteur = hauteur\n"
            "\n"
            "    def agrandir(self, facteur, facteur_hauteur=None):\n"
            "        if facteur_hauteur is None:\n"
            "            facteur_hauteur = facteur\n"
            "        return Cadre(self.largeur * facteur, self.hauteur * facteur_hauteur)\n"
            "\n"
            "    def aire(self):\n"
            "        return self.largeur * self.hauteur\n"
        ),
        expect="Cadre(c) doit être un carré de côté c",
    ),
    WrongAnswer(
        question="py_cadre_defauts",
        cell="py_cadre_defauts_code",
        code=(
            "class Cadre:\n"
            "    def __init__(self, largeur=1.0, hauteur=None):\n"
            "        self.largeur = largeur\n"
            "        self.hauteur = largeur if hauteur is None else hauteur\n"
            "\n"
            "    def agrandir(self, facteur, facteur_hauteur=None):\n"
            "        self.largeur *= facteur\n"
            "        self.hauteur *= facteur if facteur_hauteur is None else facteur_hauteur\n"
            "        return self\n"
            "\n"
            "    def aire(self):\n"
            "        return self.largeur * self.hauteur\n"
        ),
        expect="doit renvoyer un nouveau cadre",
    ),
    WrongAnswer(
        question="py_decrire_singledispatch",
        cell="py_decrire_singledispatch_code",
        code=(
            "def decrire(x: int):\n"
            "    return 'entier pair' if x % 2 == 0 else 'entier impair'\n"
            "\n"
            "\n"
            "def decrire(x: str):\n"
            "    return f'texte « {x} »'\n"
            "\n"
            "\n"
            "def decrire(x: list):\n"
            "    return 'liste [' + ', '.join(decrire(e) for e in x) + ']'\n"
        ),
        expect="définir plusieurs fois decrire ne crée pas de surcharges",
    ),
    WrongAnswer(
        question="py_decrire_singledispatch",
        cell="py_decrire_singledispatch_code",
        code=(
            "def decrire(x):\n"
            "    if isinstance(x, list):\n"
            "        return 'liste [' + ', '.join(decrire(e) for e in x) + ']'\n"
            "    if isinstance(x, int):\n"
            "        return 'entier pair' if x % 2 == 0 else 'entier impair'\n"
            "    if isinstance(x, str):\n"
            "        return f'texte « {x} »'\n"
            "    return f'objet de type {type(x).__name__}'\n"
        ),
        expect="Décorez le cas général avec @singledispatch",
    ),
    WrongAnswer(
        question="py_decrire_singledispatch",
        cell="py_decrire_singledispatch_code",
        code=(
            "from functools import singledispatch\n"
            "\n"
            "\n"
            "def _element(x):\n"
            "    if isinstance(x, list):\n"
            "        return 'liste [' + ', '.join(_element(e) for e in x) + ']'\n"
            "    if isinstance(x, int):\n"
            "        return 'entier pair' if x % 2 == 0 else 'entier impair'\n"
            "    if isinstance(x, str):\n"
            "        return f'texte « {x} »'\n"
            "    return f'objet de type {type(x).__name__}'\n"
            "\n"
            "\n"
            "@singledispatch\n"
            "def decrire(x):\n"
            "    return _element(x)\n"
            "\n"
            "\n"
            "@decrire.register\n"
            "def _(x: int):\n"
            "    return _element(x)\n"
            "\n"
            "\n"
            "@decrire.register\n"
            "def _(x: str):\n"
            "    return _element(x)\n"
            "\n"
            "\n"
            "@decrire.register\n"
            "def _(x: list):\n"
            "    return _element(x)\n"
        ),
        expect="la description d'une liste doit appeler decrire sur chaque élément",
    ),
    # --- issue 12 (content truth) ----------------------------------------
    WrongAnswer(
        question="py_compte_epargne",
        cell="py_compte_epargne_code",
        code=(
            _COMPTE
            + "class CompteEpargne(Compte):\n"
            "    def __init__(self, titulaire, taux, solde=0.0, plafond=500.0):\n"
            "        super().__init__(titulaire, solde)\n"
            "        self.taux = taux\n"
            "        self.plafond = plafond\n"
            "\n"
            + _INTERETS
            + "\n"
            "    def retirer(self, montant):\n"
            "        if montant >= self.plafond:\n"
            "            raise ValueError('plafond atteint')\n"
            "        super().retirer(montant)\n"
        ),
        expect="retirer exactement le plafond est permis",
    ),
    WrongAnswer(
        question="py_compte_epargne",
        cell="py_compte_epargne_code",
        code=(
            _COMPTE
            + "class CompteEpargne(Compte):\n"
            "    def __init__(self, titulaire, taux, solde=0.0, plafond=500.0):\n"
            "        super().__init__(titulaire, solde)\n"
            "        self.taux = taux\n"
            "        self.plafond = plafond\n"
            "\n"
            + _INTERETS
            + "\n"
            "    def retirer(self, montant):\n"
            "        if montant > self.plafond:\n"
            "            raise ValueError('plafond dépassé')\n"
            "        if montant <= 0:\n"
            "            raise ValueError('montant invalide')\n"
            "        if montant > self.solde:\n"
            "            raise ValueError('solde insuffisant')\n"
            "        self.solde -= montant\n"
            "        self.historique.append(('retrait', montant))\n"
        ),
        expect="CompteEpargne.retirer n'appelle pas Compte.retirer",
    ),
    WrongAnswer(
        question="py_compte_epargne",
        cell="py_compte_epargne_code",
        code=(
            _COMPTE
            + "class CompteEpargne(Compte):\n"
            "    def __init__(self, titulaire, taux, solde=0.0, plafond=500.0):\n"
            "        self.titulaire = titulaire\n"
            "        self.solde = solde\n"
            "        self.historique = []\n"
            "        self.taux = taux\n"
            "        self.plafond = plafond\n"
            "\n"
            + _INTERETS
            + "\n"
            "    def retirer(self, montant):\n"
            "        if montant > self.plafond:\n"
            "            raise ValueError('plafond dépassé')\n"
            "        super().retirer(montant)\n"
        ),
        expect="le constructeur de CompteEpargne n'appelle pas celui de Compte",
    ),
    WrongAnswer(
        question="py_hierarchie_personnes",
        cell="py_hierarchie_personnes_code",
        code=(
            _PERSONNE
            + "class Etudiant(Personne):\n"
            "    def __init__(self, nom, age, formation):\n"
            "        super().__init__(nom, age)\n"
            "        self.formation = formation\n"
            "\n"
            "    def presentation(self):\n"
            "        return f'{super().presentation()}, en {self.formation}'\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f'Etudiant({self.nom!r}, {self.age!r}, {self.formation!r})'\n"
            "\n"
            "\n"
            "class Doctorant(Etudiant):\n"
            "    def __init__(self, nom, age, formation, sujet):\n"
            "        super().__init__(nom, age, formation)\n"
            "        self.sujet = sujet\n"
            "\n"
            "    def presentation(self):\n"
            "        return f'{Personne.presentation(self)}, en {self.formation}, thèse : {self.sujet}'\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f'Doctorant({self.nom!r}, {self.age!r}, {self.formation!r}, {self.sujet!r})'\n"
        ),
        expect="la méthode presentation de la classe Doctorant recopie le texte",
    ),
    WrongAnswer(
        question="py_hierarchie_personnes",
        cell="py_hierarchie_personnes_code",
        code=(
            _PERSONNE
            + "class Etudiant(Personne):\n"
            "    def __init__(self, nom, age, formation):\n"
            "        super().__init__(nom, age)\n"
            "        self.formation = formation\n"
            "\n"
            "    def presentation(self):\n"
            "        return f'{super().presentation()}, en {self.formation}'\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f'Etudiant({self.nom!r}, {self.age!r}, {self.formation!r})'\n"
            "\n"
            "\n"
            "class Doctorant(Etudiant):\n"
            "    def __init__(self, nom, age, formation, sujet):\n"
            "        Personne.__init__(self, nom, age)\n"
            "        self.formation = formation\n"
            "        self.sujet = sujet\n"
            "\n"
            "    def presentation(self):\n"
            "        return f'{super().presentation()}, thèse : {self.sujet}'\n"
            "\n"
            "    def __repr__(self):\n"
            "        return f'Doctorant({self.nom!r}, {self.age!r}, {self.formation!r}, {self.sujet!r})'\n"
        ),
        expect="le constructeur de la classe Doctorant n'appelle pas celui de sa classe mère",
    ),
    WrongAnswer(
        question="py_formes_abstraites",
        cell="py_formes_abstraites_code",
        code=(
            "import math\n"
            "from abc import ABC, abstractmethod\n"
            "\n"
            "\n"
            "class Forme(ABC):\n"
            "    @abstractmethod\n"
            "    def aire(self):\n"
            "        pass\n"
            "\n"
            "    @abstractmethod\n"
            "    def perimetre(self):\n"
            "        pass\n"
            "\n"
            "    def description(self):\n"
            "        return f'{type(self).__name__} : aire {self.aire():.2f}, "
            "périmètre {self.perimetre():.2f}'\n"
            "\n"
            "\n"
            "class Rectangle(Forme):\n"
            "    def __init__(self, largeur, hauteur):\n"
            "        self.largeur = largeur\n"
            "        self.hauteur = hauteur\n"
            "\n"
            "    def aire(self):\n"
            "        return 2 * (self.largeur + self.hauteur)\n"
            "\n"
            "    def perimetre(self):\n"
            "        return self.largeur * self.hauteur\n"
            "\n"
            "\n"
            "class Cercle(Forme):\n"
            "    def __init__(self, rayon):\n"
            "        self.rayon = rayon\n"
            "\n"
            "    def aire(self):\n"
            "        return math.pi * self.rayon ** 2\n"
            "\n"
            "    def perimetre(self):\n"
            "        return 2 * math.pi * self.rayon\n"
        ),
        expect="aire et perimetre sont inversées : aire renvoie la valeur de l'autre méthode",
    ),
    WrongAnswer(
        question="py_formes_abstraites",
        cell="py_formes_abstraites_code",
        code=(
            "import math\n"
            "from abc import ABC, abstractmethod\n"
            "\n"
            "\n"
            "class Forme(ABC):\n"
            "    @abstractmethod\n"
            "    def aire(self):\n"
            "        pass\n"
            "\n"
            "    @abstractmethod\n"
            "    def perimetre(self):\n"
            "        pass\n"
            "\n"
            "    def description(self):\n"
            "        return f'{type(self).__name__} : aire {self.aire():.2f}, "
            "périmètre {self.perimetre():.2f}'\n"
            "\n"
            "\n"
            "class Rectangle(Forme):\n"
            "    def __init__(self, largeur, hauteur):\n"
            "        self.largeur = largeur\n"
            "        self.hauteur = hauteur\n"
            "\n"
            "    def aire(self):\n"
            "        return self.largeur * self.hauteur\n"
            "\n"
            "    def perimetre(self):\n"
            "        return 2 * (self.largeur + self.hauteur)\n"
            "\n"
            "\n"
            "class Cercle(Forme):\n"
            "    def __init__(self, rayon):\n"
            "        self.rayon = rayon\n"
            "\n"
            "    def aire(self):\n"
            "        return math.pi * self.rayon\n"
            "\n"
            "    def perimetre(self):\n"
            "        return 2 * math.pi * self.rayon\n"
        ),
        expect="il manque le carré du rayon",
    ),
]
