"""Clause audit of ``source/06_optimisation/``: each clause of a statement and the test case
(a fragment of the test cell, or of a wrong answer's expected message) that fails an answer
ignoring it."""

from . import Clause

AUDIT = {
    # --- 01_convexite_optimalite ------------------------------------------------
    "opt_convexe_quadratique": [
        Clause("A pas forcément symétrique : seule la partie symétrique compte",
               "ne lit que le triangle inférieur"),
        Clause("cas construits où eigvalsh(A) donne le verdict opposé, dans les deux sens",
               "non convexe, mais eigvalsh(A) (triangle inférieur) dit convexe"),
        Clause("semi-définie positive (≥ 0), pas définie positive", "caractérise la convexité stricte"),
        Clause("valeur propre nulle calculée en ±1e-15 : tolérance relative",
               "sort du calcul en ±1e-15"),
        Clause("matrices de rang déficient et matrice nulle, à coup sûr",
               "ajouter(np.zeros((n, n)), True)"),
        Clause("renvoie True ou False (un verdict constant échoue)", "obtenu"),
        Clause("un booléen, pas un autre type", "renvoyez un booléen (True ou False)"),
    ],
    "opt_mu_L": [
        Clause("valeurs propres de la hessienne MᵀM, pas valeurs singulières",
               "carrés des valeurs singulières"),
        Clause("hessienne MᵀM (n × n), pas M Mᵀ", "m − n valeurs propres nulles"),
        Clause("le couple (mu, L) dans cet ordre", "dans cet ordre"),
        Clause("m > n, valeurs singulières distinctes à coup sûr", "s[0] = 0.5 * s.min()"),
    ],
    "opt_fonctions_convexes": [
        Clause("(c) x³ n'est ni convexe ni concave", "change de signe en 0"),
        Clause("(d) une norme composée avec une application affine est convexe",
               "une norme est convexe"),
        Clause("(e) x₁x₂ : hessienne indéfinie", "valeurs propres 1 et −1"),
        Clause("(a) log-somme-exp convexe", "log-somme-exp est convexe"),
        Clause("(b) √x concave", "√x est concave"),
        Clause("un dictionnaire de clés a à e", "clés 'a', 'b', 'c', 'd', 'e'"),
        Clause("les cinq réponses notées ensemble", "for cle in CLES:"),
    ],
    "opt_nature_point_critique": [
        Clause("dimension ≥ 3 : le signe de chaque valeur propre, pas det et trace",
               "le signe de det H"),
        Clause("valeur propre nulle sans les deux signes : indéterminé", "une valeur propre nulle"),
        Clause("les deux signes avec un zéro : point selle", "[1, 0, -1]"),
        Clause("maximum local : toutes négatives", "[-1, -1, -1, -1]"),
        Clause("valeurs propres nulles exactement, les autres ≥ 0,1", "rng.uniform(0.1, 10.0"),
    ],
    "opt_points_critiques": [
        Clause("deux points critiques x = ±a", "il y a deux points critiques"),
        Clause("la nature dépend du signe de b", "la nature dépend aussi du signe"),
        Clause("y = c", "s'annule en y = c"),
        Clause("b > 0 et b < 0, à coup sûr", "(1 if essai % 2 == 0 else -1)"),
        Clause("l'ordre des points est libre", "ordre = sorted(range(2)"),
        Clause("une liste de triplets (x, y, nature)", "une liste de triplets (x, y, nature) est attendue"),
    ],
    "opt_minimiseur_quadratique": [
        Clause("x* = A⁻¹b, pas −A⁻¹b", "signe : ∇f(x) = Ax − b"),
        Clause("avec le facteur ½, pas de facteur 2", "pas de facteur 2"),
        Clause("A symétrique définie positive de taille quelconque", "n = int(rng.integers(1, 7))"),
    ],
    # --- 02_gradient_newton -------------------------------------------------------
    "opt_descente_gradient": [
        Clause("tous les itérés, stockés sans alias", "tous vos itérés sont égaux au dernier"),
        Clause("x − pas ∇f, pas x + pas ∇f", "vous montez le long du gradient"),
        Clause("n_iter + 1 lignes, x₀ compris", "renvoyez aussi x₀"),
        Clause("le pas multiplie le gradient, pas sa direction", "pas sa direction normalisée"),
        Clause("les itérés, pas la limite que renvoie minimize", "obtenu"),
        Clause("fonctions non quadratiques aussi", "def log_cosh(d):"),
    ],
    "opt_pas_et_taux": [
        Clause("eta_max = 2/L, pas 1/L", "1/L est un choix sûr, pas la borne"),
        Clause("la borne vient de L, pas de μ", "la borne vient de la plus grande valeur propre"),
        Clause("eta_opt = 2/(μ + L)", "η = 2/(μ + L)"),
        Clause("taux (κ − 1)/(κ + 1), pas 1 − μ/L", "1 − μ/L est le taux du pas 1/L"),
        Clause("un triplet", "un triplet (eta_max, eta_opt, taux) est attendu"),
    ],
    "opt_pas_armijo": [
        Clause("condition avec le terme c t ∇f(x)ᵀd", "sans le terme c t ∇f(x)ᵀd"),
        Clause("d n'est pas forcément −∇f", "d n'est pas forcément −∇f"),
        Clause("renvoie le pas t, pas le point", "pas le nouveau point x + t d"),
        Clause("rebroussement d'Armijo, pas les conditions de Wolfe", "conditions de Wolfe"),
        Clause("t0, c et rho variés, et valeurs par défaut utilisées",
               "resultat = call(pas_armijo, f_test, grad_test, x, d, what=quoi)"),
        Clause("aucune comparaison près du seuil (marge)", "abs(ecart) <= 1e-10 * (1 + abs(fx))"),
    ],
    "opt_gradient_stochastique": [
        Clause("un seul ∇f_i par pas", "pas la somme ni la moyenne"),
        Clause("dans l'ordre des indices", "ne les triez pas"),
        Clause("indices non triés à coup sûr", "indices = indices[::-1]"),
    ],
    "opt_newton_racine": [
        Clause("x_(k+1) = x_k − f/f'", "signe : x_(k+1) = x_k − f(x_k)/f'(x_k)"),
        Clause("tous les itérés, pas la racine finale", "renvoie la racine finale"),
        Clause("n_iter + 1 éléments", "n_iter + 1 éléments"),
        Clause("f' loin de 0 le long des itérés", "min(abs(df_test(x)) for x in attendu[:-1]) < 0.1"),
    ],
    "opt_newton_minimisation": [
        Clause("résoudre H s = ∇f, pas H ∇f", "pas H ∇f"),
        Clause("utiliser la hessienne", "c'est un pas de gradient"),
        Clause("signe moins", "signe : x_(k+1) = x_k − ∇²f(x_k)⁻¹ ∇f(x_k)"),
        Clause("itérés stockés sans alias", "tous vos itérés sont égaux au dernier"),
        Clause("fonctions strictement convexes non quadratiques", "def logistique(d):"),
    ],
    "opt_bissection": [
        Clause("valeurs de f très petites : comparer les signes", "a sous-dépassé"),
        Clause("exactement n étapes", "effectuez exactement n divisions"),
        Clause("renvoyer l'intervalle, pas le milieu", "pas un seul nombre"),
        Clause("pas la racine de brentq", "ni la racine que renvoie scipy.optimize.brentq"),
        Clause("f croissante et décroissante", "sens = 1.0 if cas % 2 == 0 else -1.0"),
        Clause("aucun milieu trop près de la racine (marge)", "abs(m - r) < 1e-3 * (gb - ga)"),
    ],
    "opt_iterations_bissection": [
        Clause("le plus petit n : arrondi vers le haut", "arrondissez vers le haut"),
        Clause("logarithme en base 2", "log en base 2"),
        Clause("n ≥ 0 quand b − a ≤ tol", "aucune étape n'est nécessaire"),
        Clause("rapport loin d'une puissance de 2", "0.05 < fraction < 0.95"),
    ],
    # --- 03_lagrange ----------------------------------------------------------------
    "opt_lagrange_egalite": [
        Clause("convention L = f + λᵀ(Ax − b)", "convention de signe"),
        Clause("les multipliers de SLSQP ont le signe opposé", "signe opposé"),
        Clause("sous la contrainte Ax = b", "vous avez ignoré la contrainte"),
        Clause("Q non proportionnelle à I : pas une projection", "n'est correct que si Q est proportionnelle à I"),
        Clause("précision 1e-8", "rtol=1e-7, atol=1e-7"),
        Clause("x de forme (n,), lam de forme (p,)", "forme de lam"),
    ],
    "opt_cobb_douglas": [
        Clause("pᵀx = R avec Σα ≠ 1", "la contrainte pᵀx = R n'est pas satisfaite"),
        Clause("Σα loin de 1 à coup sûr", "abs(alpha.sum() - 1) < 0.2"),
        Clause("dépense proportionnelle à αᵢ", "proportionnelle à αᵢ"),
        Clause("λ* = Σα/R, pas son inverse", "pas son inverse"),
        Clause("convention L = U − λ(pᵀx − R) : λ* > 0", "donne λ* > 0"),
    ],
    "opt_projection_demi_espace": [
        Clause("contrainte inactive : x* = y, μ* = 0", "la contrainte est inactive"),
        Clause("division par ‖a‖²", "divisez par ‖a‖²"),
        Clause("μ ≥ 0", "positif ou nul"),
        Clause("cas actifs et inactifs équilibrés, loin de la frontière",
               "distance = float(rng.uniform(0.1, 3.0)) * (1 if cas % 2 == 0 else -1)"),
    ],
    "opt_gradient_projete": [
        Clause("projeter à chaque itération", "projetez à chaque itération"),
        Clause("projeter le point, pas le gradient", "pas le gradient"),
        Clause("itérés stockés sans alias", "tous vos itérés sont égaux au dernier"),
        Clause("n_iter + 1 lignes", "renvoyez aussi x₀ : le tableau a n_iter + 1 lignes."),
    ],

    # --- 00_diagnostic/01_diagnostic ------------------------------------------------
    "diag_opt_pas_gradient": [
        Clause("un pas de descente : contre le gradient", "on descend en allant contre le gradient"),
        Clause("∇f(x) = Q x − c", "le terme − c manque"),
        Clause("le ½ de ½ xᵀQx", "le gradient de ½ xᵀQx est Q x"),
        Clause("pas t", 'SANS_PAS = "le pas t manque'),
    ],
    "diag_opt_newton": [
        Clause("x − g(x)/g'(x) : signe", "le pas de Newton se retranche"),
        Clause("g(x)/g'(x), pas l'inverse", "pas g'(x) / g(x)"),
        Clause("n itérations exactement", "une itération de moins que demandé"),
        Clause("n = 0 renvoie x0", "cas = [(*carre, x0, 0)"),
        Clause("pas d'itération de trop", 'PLUS = "une itération de trop'),
    ],
    "diag_opt_nature": [
        Clause("point selle malgré une diagonale de même signe", "Le signe des termes diagonaux ne suffit pas"),
        Clause("hessienne inversible : le critère conclut", "elle est inversible, le critère du second ordre conclut"),
        Clause("minimum ou maximum : le signe de la trace", "ses deux valeurs propres ont le signe de la trace"),
        Clause("det > 0 : pas un point selle", "ce n'est pas un point selle"),
        Clause("hessienne [[2α, β], [β, 2γ]] : les facteurs 2", "= 2α, pas α), de déterminant"),
        Clause("chaque variant : un point selle à diagonale de même signe et un extremum que αγ − β² "
               "prendrait pour un point selle", "if a * c < b * b < 4 * a * c:"),
        Clause("deux formes, dans un ordre tiré", "formes.reverse()"),
        Clause("le couple (lettre de f, lettre de g), dans cet ordre", "reponse_nature[0] (la lettre de f)"),
        Clause("un couple de deux lettres", "reponse_nature doit être un couple de deux lettres"),
    ],
}
