"""Clause audit of the domain ``probabilites`` (issue 12, « Content truth, second pass »).

For each question, each clause of its statement and the test case that fails an
answer ignoring it: a fragment of the test cell or of a wrong answer's message.
"""

from . import Clause

AUDIT = {
    # --- 01_lois_vecteurs_conditionnement -------------------------------------
    "prob_cdf_binomiale": [
        Clause("F(k) = P(X ≤ k) : la valeur k est incluse", "vous avez calculé P(X < k)"),
        Clause("fonction de répartition, pas probabilité ponctuelle", "la probabilité ponctuelle (pmf)"),
        Clause("k entre 0 et n, bornes incluses", "cas += [(0, 1, 0.3), (1, 1, 0.3), (0, 12, 0.9), (12, 12, 0.1)"),
        Clause("p est la probabilité de succès", "vous avez échangé p et 1 - p"),
    ],
    "prob_exponentielle_inversion": [
        Clause("λ est un taux (espérance 1/λ)", "vous avez multiplié par λ au lieu de diviser"),
        Clause("exactement F⁻¹(u_i) : u_i = 0 donne 0", "u[rng.integers(taille)] = 0.0"),
        Clause("F⁻¹(u), et non -ln(u)/λ", "vous avez renvoyé -ln(u)/λ"),
        Clause("de même forme que u (taille 1 comprise)", "taille = int(rng.integers(1, 60))"),
    ],
    "prob_quantile_normale": [
        Clause("sigma est l'écart type", "sigma est l'écart type, pas la variance"),
        Clause("P(X ≤ x_q) = q (et non P(X > x_q))", "vous avez calculé le quantile d'ordre 1 - q"),
        Clause("q dans ]0, 1[, jusqu'aux ordres extrêmes", "cas = [(0.5, 2.0, 3.0), (0.001, 0.0, 1.5), (0.999, -1.0, 0.3)]"),
        Clause("renvoie un nombre", "un nombre est attendu ; un objet de type"),
    ],
    "prob_moyenne_covariance": [
        Clause("moyenne par colonne (coordonnée), pas par ligne", "MOYENNE_LIGNES"),
        Clause("lignes = observations : covariance d × d", "np.cov(X, rowvar=False)"),
        Clause("covariance sans biais (n - 1)", "vous avez divisé par n (ddof=0 ou bias=True)"),
        Clause("écarts à la moyenne (centrage)", "vous n'avez pas centré les observations"),
        Clause("couple (moyenne, covariance)", "un couple (moyenne, covariance) est attendu"),
    ],
    "prob_loi_transformee": [
        Clause("E[AX + b] = Aμ + b", "vous avez oublié b"),
        Clause("Cov(AX + b) = A Σ Aᵀ (A à gauche)", "vous avez calculé Aᵀ Σ A"),
        Clause("b n'intervient pas dans la covariance", "une translation ne change pas la covariance"),
        Clause("A de forme (m, d) avec m ≠ d", "m = d if essai < 5 else int(rng.integers(1, 5))"),
    ],
    "prob_vecteur_gaussien": [
        Clause("facteur de Cholesky triangulaire inférieur L", "vous avez utilisé la racine carrée symétrique"),
        Clause("z_i est une ligne de z : x_i = μ + L z_i", "vous avez calculé μ + Lᵀ z_i au lieu de μ + L z_i"),
        Clause("on ajoute μ", "vous avez oublié d'ajouter l'espérance μ"),
        Clause("d quelconque, n quelconque (dont d = 1)", "d = int(rng.integers(1, 5))"),
    ],
    "prob_bayes_test_positif": [
        Clause("P(malade | positif), pas la sensibilité", "c'est l'oubli "),
        Clause("spécificité = P(négatif | sain)", "la probabilité d'un faux positif"),
        Clause("la prévalence compte", "vous avez oublié la prévalence"),
        Clause("paramètres dans ]0, 1[, dont extrêmes", "cas = [(0.5, 0.7, 0.7), (0.001, 0.99, 0.99)]"),
    ],
    "prob_loi_conditionnelle": [
        Clause("lignes = X, colonnes = Y : on lit la colonne j", "vous avez pris la ligne j"),
        Clause("on divise par P(Y = j)", "divisez-la par P(Y = j)"),
        Clause("tableau de taille m (table non carrée)", "TAILLE_K"),
        Clause("probabilités nulles possibles dans la table", "table *= rng.random((m, k)) < 0.8"),
    ],
    "prob_esperance_conditionnelle_gaussienne": [
        Clause("coefficient de régression Σxy / Σyy", "vous avez divisé par Var(X) = Σxx"),
        Clause("on centre y : y - μy", "il faut centrer l'observation"),
        Clause("variance (et non écart type) conditionnelle", "vous avez renvoyé l'écart type conditionnel"),
        Clause("Var(X | Y = y) = Σxx - Σxy² / Σyy", "observer Y réduit l'incertitude sur X"),
        Clause("cas Σxy = 0 (indépendance)", "rho = 0.0 if essai == 0"),
    ],
    # --- 02_limites_markov ------------------------------------------------------
    "prob_moyennes_cumulees": [
        Clause("k-ième valeur = moyenne des k premières", "vous avez renvoyé les sommes cumulées"),
        Clause("division par k = 1, ..., n", "divisé la k-ième somme par k - 1"),
        Clause("de même longueur que x, n = 1 compris", "n = 1 if essai == 0"),
        Clause("observations entières possibles", "x = rng.integers(1, 10, size=n)"),
    ],
    "prob_borne_tchebychev": [
        Clause("sigma est un écart type : variance sigma²", "leur variance est sigma²"),
        Clause("Var(X̄n) = sigma² / n", "vous avez oublié n"),
        Clause("eps au carré", "fait intervenir eps²"),
        Clause("plafonnée à 1 (minimum de la majoration et de 1)", "une probabilité ne dépasse jamais 1"),
        Clause("majoration exactement égale à 1", "(1.0, 1, 1.0), (3.0, 9, 1.0)"),
    ],
    "prob_taille_echantillon": [
        Clause("plus petit entier n : arrondi supérieur", "arrondi à l'entier inférieur"),
        Clause("n ≥ 1", "(0.1, 1.0, 0.5)"),
        Clause("un entier", "une taille d'échantillon est un nombre entier"),
        Clause("cas entiers évités (arrondis flottants)", "abs(rapport - round(rapport)) > Fraction(1, 10 ** 6) * rapport"),
        Clause("la variance sigma² intervient", "la variance sigma²"),
    ],
    "prob_approx_normale_moyenne": [
        Clause("écart type de X̄n : sigma / racine(n)", "vous avez oublié racine(n)"),
        Clause("sigma est l'écart type", "vous avez divisé par sigma²"),
        Clause("P(X̄n ≤ a), pas P(X̄n ≥ a)", "vous avez calculé P(X̄n >= a)"),
        Clause("n = 1 possible", "int(rng.integers(1, 500))"),
    ],
    "prob_approx_binomiale": [
        Clause("correction=True : k + 1/2", "correction=True demande la correction de continuité"),
        Clause("k + 1/2 et non k - 1/2", "k + 1/2, pas k - 1/2"),
        Clause("correction=False : pas de correction", "avec correction=False, n'appliquez pas la correction"),
        Clause("même variance que X : n p (1 - p)", "est n p (1 - p), pas n p"),
        Clause("l'approximation, pas la probabilité exacte", "vous avez renvoyé la probabilité exacte"),
    ],
    "prob_intervalle_fluctuation": [
        Clause("bilatéral : quantile 1 - α/2", "quantile d'ordre 1 - α au lieu de 1 - α/2"),
        Clause("écart type racine(p (1 - p) / n)", "il manque la division par racine(n)"),
        Clause("tout niveau, pas seulement 95 %", "vous avez utilisé 1,96 quel que soit le niveau"),
        Clause("niveau par défaut 0,95", "None if essai % 5 == 0"),
        Clause("1,96 accepté à 95 %", "La tolérance relative (1e-4) accepte la valeur arrondie 1,96"),
        Clause("un couple (borne_inf, borne_sup)", "COUPLE"),
    ],
    "prob_loi_apres_n_pas": [
        Clause("vecteur ligne multiplié à gauche : pi0 P^n", "vous avez calculé P^n pi0"),
        Clause("exactement n pas", "vous avez fait n - 1 pas au lieu de n"),
        Clause("n = 0 : pi0 elle-même", "n = 1 if essai == 1 else int(rng.integers(0, 40))"),
        Clause("puissance matricielle", "P ** n élève chaque coefficient"),
    ],
    "prob_loi_stationnaire": [
        Clause("pi P = pi : vecteur propre à gauche", "vecteur propre à droite de P"),
        Clause("une loi : somme 1", "divisez-le par la somme de ses coefficients"),
        Clause("chaînes avec des zéros (naissance et mort)", "Chaîne de naissance et de mort (avec des zéros)"),
        Clause("précision relative 1e-6", "rtol=1e-6, atol=1e-9"),
    ],
    "prob_probabilites_absorption": [
        Clause("h_cible = 1, h_a = 0 aux autres absorbants", "les valeurs aux états absorbants sont imposées"),
        Clause("système restreint aux états transitoires", "Restreignez le système aux états transitoires"),
        Clause("équation du premier pas h = Q h + r", "vous avez résolu Q h = r"),
        Clause("probabilités, pas temps d'absorption", "temps moyens d'absorption"),
        Clause("absorbants dans un ordre quelconque", "absorbants = [N, 0] if essai % 8 == 0 else [0, N]"),
    ],

    # --- 00_diagnostic/01_diagnostic ------------------------------------------------
    "diag_prob_bayes": [
        Clause("P(T+) par les probabilités totales", 'FAUX_POSITIFS = ("P(T+) = P(T+ | M) P(M)'),
        Clause("P(M | T+) par la formule de Bayes", "P(M | T+) n'est pas P(T+ | M) = s"),
        Clause("P(M | T−), un autre conditionnement", "P(M | T−) n'est pas 1 − P(M | T+)"),
        Clause("P(M | T−), pas P(T− | M)", 'SENS = "P(M | T−) n\'est pas P(T− | M)'),
        Clause("le triplet dans cet ordre", "attendu = np.array([pt, mp, mn])"),
    ],
    "diag_prob_binomiale": [
        Clause("P(X ≤ k) compte X = k", "P(X ≤ k) compte aussi X = k"),
        Clause("P(X ≤ k), pas P(X > k)", "vous avez calculé P(X > k)"),
        Clause("Var(X) = n p (1 − p)", "pas n p (c'est l'espérance)"),
        Clause("la variance, pas l'écart-type", 'ECART_TYPE = "vous avez donné l\'écart-type'),
    ],
    "diag_prob_markov": [
        Clause("après deux pas", "la loi après un seul pas"),
        Clause("P² est un produit matriciel", "P ** 2 élève chaque coefficient au carré"),
        Clause("P_ij : de i vers j, la loi est la ligne i0", "vous avez pris la colonne i0 de P²"),
        Clause("états numérotés à partir de 1", 'INDICE = ("c\'est la ligne de l\'état suivant'),
    ],
}
