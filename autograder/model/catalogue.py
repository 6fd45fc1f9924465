"""The course catalogue: domains and skills, in one place.

A *domain* is one prerequisite area of the published list (design, section
4); a *skill* is one bullet of that list. Each question of a source notebook
carries one ``skill:<id>`` cell tag naming a skill of this catalogue; the test
suite keeps both sides consistent (no orphan question, no skill without
questions).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Tuple


@dataclass(frozen=True)
class Domain:
    """One prerequisite area."""

    id: str
    """Stable identifier, e.g. ``"statistique"``."""
    label: str
    """French label shown to candidates."""
    assignment: str
    """nbgrader assignment (folder of ``source/``) that assesses the domain."""
    refresher: str
    """Refresher notebook, relative to the course root."""


@dataclass(frozen=True)
class Skill:
    """One bullet of the published prerequisites."""

    id: str
    """Stable identifier, used in the ``skill:<id>`` cell tags."""
    domain: str
    """Id of the domain the skill belongs to."""
    label: str
    """French label shown to candidates."""
    section: str
    """Anchor of the refresher section that teaches the skill."""


DOMAINS: Tuple[Domain, ...] = (
    Domain("python", "Programmation Python et objet", "01_python",
           "notebooks/01_rappels_python.ipynb"),
    Domain("unix", "Unix / Linux", "02_unix", "notebooks/02_rappels_unix.ipynb"),
    Domain("sql", "Bases de données relationnelles (SQL)", "03_sql",
           "notebooks/03_rappels_sql.ipynb"),
    Domain("algebre", "Algèbre linéaire", "04_algebre", "notebooks/04_rappels_algebre.ipynb"),
    Domain("analyse", "Analyse", "05_analyse", "notebooks/05_rappels_analyse.ipynb"),
    Domain("optimisation", "Optimisation", "06_optimisation",
           "notebooks/06_rappels_optimisation.ipynb"),
    Domain("probabilites", "Probabilités", "07_probabilites",
           "notebooks/07_rappels_probabilites.ipynb"),
    Domain("statistique", "Statistique", "08_statistique",
           "notebooks/08_rappels_statistique.ipynb"),
)

SKILLS: Tuple[Skill, ...] = (
    Skill("py_controle", "python", "Variables et structures de contrôle", "variables-et-controle"),
    Skill("py_fonctions", "python", "Fonctions (arguments, valeurs par défaut, retour)", "fonctions"),
    Skill("py_classes", "python", "Classes et objets", "classes-et-objets"),
    Skill("py_membres_classe", "python", "Membres de classe et d'instance (static)",
          "membres-de-classe"),
    Skill("py_heritage", "python", "Héritage", "heritage"),
    Skill("py_interfaces", "python", "Interfaces (classes abstraites, protocoles)", "interfaces"),
    Skill("py_polymorphisme", "python", "Polymorphisme et redéfinition", "polymorphisme"),
    Skill("py_collections", "python", "Collections (list, dict, set, tuple)", "collections"),
    Skill("py_couts", "python", "Choisir une collection selon son coût", "couts-des-collections"),
    Skill("py_algorithmes", "python", "De l'algorithme au code", "algorithmes"),
    Skill("unix_fichiers", "unix", "Fichiers, dossiers, droits et scripts", "fichiers-et-dossiers"),
    Skill("unix_recherche", "unix", "Lire et chercher (cat, head, grep, wc, find)", "lire-et-chercher"),
    Skill("unix_pipelines", "unix", "Tubes, redirections, sort/uniq/cut", "tubes-et-redirections"),
    Skill("sql_selection", "sql", "Sélection, filtres, tri, NULL", "selection"),
    Skill("sql_agregation", "sql", "Agrégation (GROUP BY, HAVING)", "agregation"),
    Skill("sql_jointures", "sql", "Jointures et sous-requêtes", "jointures"),
    Skill("alg_espaces_vectoriels", "algebre",
          "Espaces vectoriels : familles libres, bases, dimension, rang", "espaces-vectoriels"),
    Skill("alg_applications_lineaires", "algebre",
          "Applications linéaires : matrice, noyau, image, changement de base",
          "applications-lineaires"),
    Skill("alg_calcul_matriciel", "algebre",
          "Calcul matriciel : déterminant, systèmes, LU, conditionnement", "calcul-matriciel"),
    Skill("alg_produits_scalaires", "algebre",
          "Produits scalaires, orthogonalité, projections, moindres carrés", "produits-scalaires"),
    Skill("alg_reduction", "algebre", "Valeurs propres, vecteurs propres, diagonalisation",
          "valeurs-propres"),
    Skill("alg_formes_quadratiques", "algebre", "Formes quadratiques et matrices symétriques",
          "formes-quadratiques"),
    Skill("ana_suites_series", "analyse", "Suites et séries numériques", "suites-et-series"),
    Skill("ana_calcul_differentiel", "analyse",
          "Calcul différentiel : dérivées partielles, gradient, jacobienne", "calcul-differentiel"),
    Skill("ana_taylor", "analyse", "Développements limités et formule de Taylor",
          "developpements-limites"),
    Skill("ana_integration", "analyse", "Intégrales et intégration numérique", "integrales"),
    Skill("ana_fourier", "analyse", "Éléments d'analyse de Fourier", "analyse-de-fourier"),
    Skill("ana_hilbert", "analyse", "Éléments d'analyse hilbertienne", "analyse-hilbertienne"),
    Skill("opt_convexite", "optimisation", "Convexité : hessienne, constantes μ et L", "convexite"),
    Skill("opt_conditions_optimalite", "optimisation",
          "Optimisation sans contrainte : conditions d'optimalité", "conditions-d-optimalite"),
    Skill("opt_descente_gradient", "optimisation",
          "Descente de gradient : pas, recherche linéaire, gradient stochastique",
          "descente-de-gradient"),
    Skill("opt_newton", "optimisation", "Méthode de Newton et recherche de zéros",
          "methode-de-newton"),
    Skill("opt_lagrange", "optimisation",
          "Optimisation sous contraintes : Lagrangien, multiplicateurs, KKT",
          "multiplicateurs-de-lagrange"),
    Skill("prob_lois", "probabilites", "Lois de probabilité", "lois-de-probabilite"),
    Skill("prob_vecteurs", "probabilites", "Vecteurs aléatoires", "vecteurs-aleatoires"),
    Skill("prob_conditionnement", "probabilites", "Loi et espérance conditionnelles",
          "conditionnement"),
    Skill("prob_lgn", "probabilites", "Loi des grands nombres", "loi-des-grands-nombres"),
    Skill("prob_tcl", "probabilites", "Théorème central limite", "theoreme-central-limite"),
    Skill("prob_markov", "probabilites", "Chaînes de Markov", "chaines-de-markov"),
    Skill("stat_experience", "statistique", "Expérience aléatoire", "experience-aleatoire"),
    Skill("stat_estimateur", "statistique", "Estimateurs", "estimateurs"),
    Skill("stat_risque", "statistique", "Risque d'un estimateur (biais, variance, EQM)", "risque"),
    Skill("stat_vraisemblance", "statistique", "Maximum de vraisemblance", "maximum-de-vraisemblance"),
    Skill("stat_moindres_carres", "statistique", "Moindres carrés", "moindres-carres"),
    Skill("stat_intervalles", "statistique", "Intervalles de confiance", "intervalles-de-confiance"),
    Skill("stat_tests", "statistique", "Tests statistiques", "tests-statistiques"),
)

SKILL_TAG_PREFIX = "skill:"

DOMAINS_BY_ID: Dict[str, Domain] = {d.id: d for d in DOMAINS}
SKILLS_BY_ID: Dict[str, Skill] = {s.id: s for s in SKILLS}


DIAGNOSTIC = "00_diagnostic"
"""The nbgrader assignment of the diagnostic: short questions of every domain
(each question's domain is its skill's), with personal data
(:mod:`autograder.variants`). It estimates; the full notebooks decide."""


def domain_of_assignment(assignment: str) -> Domain | None:
    """Return the domain assessed by an nbgrader assignment, if any."""
    for domain in DOMAINS:
        if domain.assignment == assignment:
            return domain
    return None


def refresher_link(skill: Skill) -> str:
    """Path and anchor of the refresher section for ``skill``."""
    return f"{DOMAINS_BY_ID[skill.domain].refresher}#{skill.section}"
