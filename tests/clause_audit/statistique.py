"""Clause audit of the domain ``statistique`` (issue 12, « Content truth, second pass »).

For each question, each clause of its statement and the test case that fails an
answer ignoring it: a fragment of the test cell or of a wrong answer's message.
"""

from . import Clause

AUDIT = {
    # --- 01_estimation ----------------------------------------------------------
    "stat_simuler_bernoulli": [
        Clause("succès (1) avec probabilité p", "probabilité 1 - p au lieu de p"),
        Clause("tableau de type entier, pas de booléens", "un tableau de booléens ou de flottants ne convient pas"),
        Clause("p dans [0, 1], bornes comprises", "cas = [(1, 0.5), (25, 0.0), (25, 1.0)]"),
        Clause("[0, p[ est vide pour p = 0 : u = 0 donne 0", "u[0] = 0.0  # [0, 0[ est vide"),
    ],
    "stat_lancer_de": [
        Clause("intervalles [(k-1)/6, k/6[ : partie entière", "np.round(6u) donne des faces de 0 à 6"),
        Clause("faces de 1 à 6", "il manque + 1"),
        Clause("u = 0 donne la face 1", "u[rng.integers(taille)] = 0.0"),
        Clause("borne exacte 3/6 : face 4", "u[rng.integers(taille)] = 0.5"),
        Clause("tableau d'entiers", "np.floor et np.ceil renvoient des flottants"),
    ],
    "stat_proba_somme_deux_des": [
        Clause("univers équiprobable des couples", "11 sommes possibles (de 2 à 12) ne sont pas équiprobables"),
        Clause("dés distingués (36 issues)", "paires non ordonnées"),
        Clause("une probabilité, pas un nombre d'issues", "nombre d'issues favorables"),
        Clause("k impossible : 0", "valeurs = list(range(-3, 17))"),
        Clause("événement somme = k, pas somme ≤ k", "vous avez calculé P(somme ≤ k)"),
    ],
    "stat_variance_sans_biais": [
        Clause("estimateur sans biais : n - 1", "vous avez divisé par n (ddof=0"),
        Clause("une variance, pas un écart type", "vous avez renvoyé un écart type"),
        Clause("n ≥ 2, dont n = 2", "n = 2 if essai == 0"),
        Clause("écarts à la moyenne", "vous n'avez pas centré les observations"),
    ],
    "stat_erreur_type_moyenne": [
        Clause("écart type de la moyenne, pas de l'échantillon", "écart type s de l'échantillon, pas celui de la moyenne"),
        Clause("s avec ddof=1", "écart type avec ddof=0"),
        Clause("racine de s²/n", "l'erreur type en est la racine carrée"),
        Clause("divisé par racine(n), pas racine(n - 1)", "vous avez divisé s par racine(n - 1)"),
    ],
    "stat_estimateur_uniforme": [
        Clause("sans biais : le maximum seul est biaisé", "le maximum seul est biaisé"),
        Clause("de la forme a_n M", "l'estimateur fondé sur le maximum"),
        Clause("a_n > 1", "il aggrave le biais"),
        Clause("n = 1 possible", "size=1 if essai == 0"),
    ],
    "stat_biais_variance_eqm": [
        Clause("biais = moyenne des estimations - theta", "le signe est inversé"),
        Clause("variance divisée par R", "vous avez divisé par R - 1"),
        Clause("EQM = biais² + variance", "oublié d'élever le biais au carré"),
        Clause("un triplet", "un triplet (biais, variance, eqm) est attendu"),
    ],
    "stat_risque_quadratique_moyenne": [
        Clause("EQM, pas écart type", "l'écart type de la moyenne empirique, pas son EQM"),
        Clause("sigma est l'écart type", "leur variance est sigma²"),
        Clause("divisé par n", "vous avez divisé par n - 1"),
        Clause("n ≥ 1, dont n = 1", "verifier([(2.5, 1), (0.4, 1), (1.5, 2)]"),
    ],
    "stat_eqm_retrecissement": [
        Clause("le biais (c - 1) mu compte", "vous avez oublié le biais"),
        Clause("biais au carré", "le biais doit être élevé au carré"),
        Clause("Var(c X̄) = c² sigma² / n", "vous avez oublié le facteur c² dans la variance"),
        Clause("la variance compte aussi", "vous n'avez gardé que le biais au carré"),
        Clause("c = 1, mu = 0, c = 0", "cas = [(1.0, 3.0, 2.0, 10), (0.8, 0.0, 1.5, 5), (0.0, 2.0, 1.0, 3)]"),
    ],
    # --- 02_vraisemblance_moindres_carres ------------------------------------------
    "stat_emv_exponentielle": [
        Clause("EMV du taux λ, pas de l'espérance", "le paramètre d'échelle de la loi"),
        Clause("maximum de vraisemblance, pas sans biais", "l'estimateur sans biais de λ"),
        Clause("n ≥ 1, dont n = 1", "tailles = [1, 2, 3, 5, 10, 30, 100, 1000]"),
    ],
    "stat_emv_normale": [
        Clause("variance du maximum de vraisemblance : divisée par n", "estimateur sans biais, ddof=1"),
        Clause("la variance σ², pas l'écart type", "l'écart-type σ̂ au lieu de la variance σ̂²"),
        Clause("dans cet ordre : μ̂ puis σ̂²", "renvoyez d'abord μ̂, puis σ̂²"),
        Clause("n ≥ 2, dont n = 2", "tailles = [2, 3, 5, 10, 30, 100, 1000]"),
    ],
    "stat_log_vraisemblance_poisson": [
        Clause("log P(X = k) = k log λ - λ - log k!", "le terme − Σ log(xᵢ!) manque"),
        Clause("le logarithme, pas la vraisemblance", "la vraisemblance (le produit des probabilités)"),
        Clause("- λ dans chacun des n termes", "le terme − λ n'est compté qu'une fois"),
        Clause("un seul nombre", "un seul nombre est attendu"),
    ],
    "stat_mco_simple": [
        Clause("avec ordonnée à l'origine", "une droite passant par l'origine"),
        Clause("ordre : a puis b", "l'ordre est inversé"),
        Clause("régression de y sur x", "la variance de y au lieu de celle de x"),
        Clause("n ≥ 3, dont n = 3", "tailles = [3, 4, 5, 10, 50, 300]"),
    ],
    "stat_mco": [
        Clause("X sans colonne de uns : ajouter β̂₀", "ajoutez à X une colonne de uns"),
        Clause("β̂₀ en premier", "doit venir en premier, pas en dernier"),
        Clause("le vecteur seul (pas le quadruplet de lstsq)", "ne renvoyez que son premier élément"),
        Clause("p variables, p = 1 compris", "p = int(rng.integers(1, 6))"),
    ],
    "stat_coefficient_r2": [
        Clause("R² = 1 - SCR/SCT", "au lieu de 1 − SCR/SCT"),
        Clause("SCT centrée", "la somme des carrés totale doit être centrée"),
        Clause("R², pas r", "le coefficient de corrélation linéaire r"),
        Clause("pentes des deux signes", "pente = rng.choice([-1, 1])"),
    ],
    # --- 03_intervalles_tests ------------------------------------------------------
    "stat_ic_moyenne": [
        Clause("variance inconnue : Student à n - 1 ddl", "quantile de la loi normale (z) au lieu de celui de la loi de Student"),
        Clause("bilatéral : α/2", "(α au lieu de α/2)"),
        Clause("erreur-type s/√n", "au lieu de l'erreur-type s/√n"),
        Clause("n - 1 degrés de liberté", "n − 1 degrés de liberté, pas n"),
        Clause("niveau par défaut 0,95", "ic_moyenne(x) (niveau par défaut 0.95"),
    ],
    "stat_ic_proportion": [
        Clause("bilatéral : α/2", "(α au lieu de α/2)"),
        Clause("variance p̂(1 - p̂)/n", "oublié de diviser par n"),
        Clause("écart type (racine)", "oublié la racine carrée"),
        Clause("niveau par défaut 0,95", "(niveau par défaut 0.95)"),
    ],
    "stat_ic_variance": [
        Clause("borne_inf < borne_sup", "les quantiles sont inversés"),
        Clause("χ² à n - 1 degrés de liberté", "n − 1 degrés de liberté (la moyenne est estimée), pas n"),
        Clause("intervalle de la variance, pas de l'écart type", "l'intervalle pour l'écart-type σ"),
        Clause("(n - 1) s² avec ddof=1", "la variance a été calculée avec ddof=0"),
        Clause("n = 2 possible", "for n in (2, 3, 5, 8, 10, 15, 25, 40, 80, 150, 400, 1000)"),
    ],
    "stat_test_t_une_moyenne": [
        Clause("bilatéral : deux queues", "c'est la p-valeur unilatérale"),
        Clause("loi de Student", "la loi normale au lieu de la loi de Student"),
        Clause("direction de H1 : less = queue gauche, greater = queue droite", "la mauvaise queue de la loi"),
        Clause("unilatéral : une seule queue", "c'est la p-valeur du test bilatéral"),
        Clause("s avec ddof=1", "l'écart-type a été calculé avec ddof=0"),
        Clause("alternative par défaut two-sided", "(alternative par défaut, n = {n})"),
    ],
    "stat_test_welch": [
        Clause("Welch : variances non supposées égales", "test de Student à variances égales"),
        Clause("statistique calculée avec x̄ - ȳ", "le signe est inversé"),
        Clause("degrés de liberté de Welch–Satterthwaite", "nx + ny − 2 degrés de liberté"),
        Clause("échantillons échangés", "test_welch(y, x) (exemple, échantillons échangés)"),
    ],
    "stat_test_khi2_adequation": [
        Clause("k - 1 degrés de liberté (aucun paramètre estimé)", "k − 1 degrés de liberté (les effectifs sont liés"),
        Clause("effectifs attendus n·pⱼ au dénominateur", "divisé par les effectifs observés"),
        Clause("rejet pour les grandes valeurs : queue droite", "la queue droite P(χ² ≥ d)"),
        Clause("k = 2 modalités possible", "for k, n in ((2, 40)"),
    ],

    # --- 00_diagnostic/01_diagnostic ------------------------------------------------
    "diag_stat_estimations": [
        Clause("variance sans biais (n − 1)", "np.var et np.std divisent par n par défaut (ddof=0)"),
        Clause("écart-type = racine de la variance sans biais", "l'écart-type est la racine de la variance sans biais"),
        Clause("le triplet dans cet ordre", 'INVERSES = "la variance et l\'écart-type sont inversés."'),
    ],
    "diag_stat_ic": [
        Clause("variance inconnue : quantile de Student", "un quantile de la loi normale"),
        Clause("s estimé sans biais", "np.std(x, ddof=1)"),
        Clause("intervalle bilatéral : 1 − α/2", "l'intervalle est bilatéral"),
        Clause("s / √n", 'RACINE = "la demi-largeur est t · s / √n'),
        Clause("au moins deux valeurs", "size=int(rng.integers(2, 60))"),
    ],
    "diag_stat_pvaleur": [
        Clause("test bilatéral", "la p-valeur d'un test unilatéral"),
        Clause("variance inconnue : loi de Student", "vous avez utilisé la loi normale"),
        Clause("s estimé sans biais", 'DDOF = "l\'écart-type doit être estimé sans biais'),
        Clause("la p-valeur, pas 1 − p", 'COMPLEMENT = "vous avez renvoyé 1 − p'),
        Clause("|t| : valeur absolue", "la valeur absolue manque"),
    ],
}
