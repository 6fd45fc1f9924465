"""Typical wrong answers for ``source/00_diagnostic/01_diagnostic.ipynb``.

The data of the diagnostic come from the candidate's variant: each wrong
answer computes its mistake from the variables of the question's data cell,
so that it is wrong, with the same message, whatever the variant.
"""

from . import WrongAnswer


def _w(question, code, expect):
    return WrongAnswer(question=question, cell=f"{question}_code", code=code, expect=expect)


CASES = [
    # --- python -------------------------------------------------------------
    _w("diag_py_frequences",
       "def frequences(mots):\n"
       "    compte = {}\n"
       "    for mot in mots:\n"
       "        compte[mot] = 1\n"
       "    return compte\n",
       "le compteur est remis à 1"),
    _w("diag_py_defaut",
       'reponse_defaut = next(k for k, v in options_defaut.items() if v == f"[{b_defaut}]")\n',
       "la liste par défaut n'est créée qu'une fois"),
    _w("diag_py_defaut",
       'reponse_defaut = next(k for k, v in options_defaut.items() if v == f"[{b_defaut}, {a_defaut}]")\n',
       "append ajoute à la fin"),
    _w("diag_py_rectangle",
       "class Rectangle:\n"
       "    def __init__(self, largeur, hauteur):\n"
       "        self.largeur = largeur\n"
       "        self.hauteur = hauteur\n"
       "\n"
       "    def aire(self):\n"
       "        return self.largeur * self.hauteur\n"
       "\n"
       "    def perimetre(self):\n"
       "        return self.largeur + self.hauteur\n",
       "le périmètre est 2 × (largeur + hauteur)"),
    # --- unix ---------------------------------------------------------------
    _w("diag_unix_erreurs", 'commande_erreurs = "grep -o ERROR journal.log | wc -l"\n',
       "vous comptez les occurrences de ERROR"),
    _w("diag_unix_erreurs", 'commande_erreurs = "grep -ci error journal.log"\n',
       "« error » est en minuscules"),
    _w("diag_unix_erreurs", 'commande_erreurs = "wc -l < journal.log"\n',
       "vous comptez toutes les lignes du fichier"),
    _w("diag_unix_erreurs", 'commande_erreurs = "grep ERROR journal.log"\n',
       "un seul nombre est attendu"),
    _w("diag_unix_villes", 'commande_villes = "uniq villes.txt"\n',
       "uniq ne supprime que les répétitions côte à côte"),
    _w("diag_unix_villes", 'commande_villes = "sort villes.txt"\n',
       "les villes répétées apparaissent plusieurs fois"),
    _w("diag_unix_villes", 'commande_villes = "sort villes.txt | uniq -c"\n',
       "uniq -c ajoute le nombre d'occurrences"),
    _w("diag_unix_droits",
       'compte = "".join(str(3 - droits_fichier[i:i + 3].count("-")) for i in (1, 4, 7))\n'
       "reponse_droits = next(k for k, v in options_droits.items() if v == compte)\n",
       "la somme de leurs valeurs"),
    _w("diag_unix_droits",
       'octal = "".join(str(4 * (t[0] == "r") + 2 * (t[1] == "w") + (t[2] == "x"))\n'
       "                for t in (droits_fichier[7:10], droits_fichier[4:7], droits_fichier[1:4]))\n"
       "reponse_droits = next(k for k, v in options_droits.items() if v == octal)\n",
       "le premier chiffre est celui du propriétaire"),
    _w("diag_unix_droits", 'reponse_droits = "e"\n', "doit être l'une des chaînes"),
    # --- sql ----------------------------------------------------------------
    _w("diag_sql_hors_paris",
       'requete_hors_paris = "SELECT nom, prenom, ville FROM etudiants WHERE ville <> \'Paris\'"\n',
       "NULL <> 'Paris' ne vaut pas vrai"),
    _w("diag_sql_hors_paris",
       'requete_hors_paris = "SELECT nom, prenom, ville FROM etudiants WHERE ville != \'Paris\' OR ville = NULL"\n',
       "Ajoutez OR ville IS NULL"),
    _w("diag_sql_moyennes",
       'requete_moyennes = "SELECT cours_id, SUM(note) / COUNT(*) FROM notes GROUP BY cours_id"\n',
       "les notes NULL sont comptées comme des zéros"),
    _w("diag_sql_moyennes",
       'requete_moyennes = "SELECT cours_id, AVG(note) FROM notes"\n',
       "sans GROUP BY cours_id"),
    _w("diag_sql_inscriptions",
       'requete_inscriptions = """\n'
       "SELECT e.nom, e.prenom, COUNT(n.cours_id)\n"
       "FROM etudiants AS e JOIN notes AS n ON n.etudiant_id = e.id\n"
       "GROUP BY e.id\n"
       '"""\n',
       "Utilisez LEFT JOIN"),
    _w("diag_sql_inscriptions",
       'requete_inscriptions = """\n'
       "SELECT e.nom, e.prenom, COUNT(*)\n"
       "FROM etudiants AS e LEFT JOIN notes AS n ON n.etudiant_id = e.id\n"
       "GROUP BY e.id\n"
       '"""\n',
       "ont 1 au lieu de 0"),
    _w("diag_sql_inscriptions",
       'requete_inscriptions = """\n'
       "SELECT e.nom, e.prenom, COUNT(n.note)\n"
       "FROM etudiants AS e LEFT JOIN notes AS n ON n.etudiant_id = e.id\n"
       "GROUP BY e.id\n"
       '"""\n',
       "COUNT(note) ignore les NULL"),
    # --- algebre ------------------------------------------------------------
    _w("diag_alg_valeurs_propres", "valeurs_propres_A = np.sort(np.linalg.eigvals(A).real)[::-1]\n",
       "l'ordre croissant est demandé"),
    _w("diag_alg_valeurs_propres", "valeurs_propres_A = np.sort(np.diag(A))\n",
       "ce sont les coefficients diagonaux de A"),
    _w("diag_alg_valeurs_propres", "valeurs_propres_A = np.linalg.eigvals(A)[:2]\n",
       "doit contenir trois nombres"),
    _w("diag_alg_systeme", "x_systeme = y @ np.linalg.inv(M)\n", "vous avez résolu Mᵀ x = y"),
    _w("diag_alg_systeme", "x_systeme = M @ y\n", "vous avez calculé M y"),
    _w("diag_alg_projection", "projection_u = (u @ v) / np.linalg.norm(v) * v\n",
       "pas par ‖v‖"),
    _w("diag_alg_projection", "projection_u = (u @ v) * v\n", "il manque la division par v·v"),
    _w("diag_alg_projection", "projection_u = (u @ v) / (u @ u) * u\n",
       "vous avez projeté v sur la droite de u"),
    # --- analyse ------------------------------------------------------------
    _w("diag_ana_gradient",
       "x0, y0, z0 = point_M\n"
       "gradient_f = (a_f * x0 * y0, a_f * x0 ** 2 + b_f * z0, b_f * y0 + c_f * z0 ** 2)\n",
       "le facteur de l'exposant manque"),
    _w("diag_ana_gradient",
       "x0, y0, z0 = point_M\n"
       "gradient_f = (2 * a_f * x0 * y0, a_f * x0 ** 2, 3 * c_f * z0 ** 2)\n",
       "le terme b·y·z dépend de y et de z"),
    _w("diag_ana_taylor", "coefficients_dl = (1, a_g + b_g, a_g ** 2 + a_g * b_g)\n",
       "la division par 2! manque"),
    _w("diag_ana_taylor", "coefficients_dl = (1, a_g + b_g, a_g ** 2 / 2)\n",
       "le terme en x² reçoit aussi ax · bx"),
    _w("diag_ana_trapezes",
       "def trapezes(f, a, b, n):\n"
       "    x = np.linspace(a, b, n + 1)\n"
       "    return (b - a) / n * np.sum(f(x[:-1]))\n",
       "la méthode des rectangles à gauche"),
    _w("diag_ana_trapezes",
       "def trapezes(f, a, b, n):\n"
       "    x = np.linspace(a, b, n)\n"
       "    y = f(x)\n"
       "    return (b - a) / (n - 1) * (y.sum() - (y[0] + y[-1]) / 2)\n",
       "np.linspace(a, b, n) donne n points"),
    _w("diag_ana_trapezes",
       "def trapezes(f, a, b, n):\n"
       "    x = np.linspace(a, b, n + 1)\n"
       "    return (b - a) / n * np.sum(f(x))\n",
       "les deux extrémités f(x0) et f(xn) doivent être divisées par 2"),
    # --- optimisation -------------------------------------------------------
    _w("diag_opt_pas_gradient", "x_suivant = x0_opt + t_opt * (Q @ x0_opt - c_opt)\n",
       "on descend en allant contre le gradient"),
    _w("diag_opt_pas_gradient", "x_suivant = x0_opt - t_opt * (Q @ x0_opt)\n",
       "le terme − c manque"),
    _w("diag_opt_pas_gradient", "x_suivant = x0_opt - t_opt * (2 * Q @ x0_opt - c_opt)\n",
       "le gradient de ½ xᵀQx est Q x"),
    _w("diag_opt_newton",
       "def newton(g, dg, x0, n):\n"
       "    x = x0\n"
       "    for _ in range(n):\n"
       "        x = x + g(x) / dg(x)\n"
       "    return x\n",
       "le pas de Newton se retranche"),
    _w("diag_opt_newton",
       "def newton(g, dg, x0, n):\n"
       "    x = x0\n"
       "    for _ in range(n - 1):\n"
       "        x = x - g(x) / dg(x)\n"
       "    return x\n",
       "une itération de moins que demandé"),
    _w("diag_opt_newton",
       "def newton(g, dg, x0, n):\n"
       "    x = x0\n"
       "    for _ in range(n):\n"
       "        x = x - dg(x) / g(x)\n"
       "    return x\n",
       "pas g'(x) / g(x)"),
    _w("diag_opt_nature", 'reponse_nature = ("d", "d")\n', "elle est inversible, le critère du second ordre conclut"),
    _w("diag_opt_nature",
       "# Règle naïve : minimum si α > 0 et γ > 0, maximum si les deux < 0, sinon point selle.\n"
       "def nature(alpha, beta, gamma):\n"
       '    return "a" if alpha > 0 and gamma > 0 else "b" if alpha < 0 and gamma < 0 else "c"\n'
       "\n\n"
       "reponse_nature = (nature(*coefs_f), nature(*coefs_g))\n",
       "Le signe des termes diagonaux ne suffit pas"),
    _w("diag_opt_nature", 'reponse_nature = ("c", "c")\n', "ce n'est pas un point selle"),
    _w("diag_opt_nature",
       "# Le signe du déterminant, mais minimum et maximum inversés.\n"
       "def nature(alpha, beta, gamma):\n"
       '    return "c" if 4 * alpha * gamma - beta ** 2 < 0 else ("b" if alpha > 0 else "a")\n'
       "\n\n"
       "reponse_nature = (nature(*coefs_f), nature(*coefs_g))\n",
       "ses deux valeurs propres ont le signe de la trace"),
    _w("diag_opt_nature",
       "# La hessienne sans ses facteurs 2 : [[α, β], [β, γ]].\n"
       "def nature(alpha, beta, gamma):\n"
       "    valeurs = np.linalg.eigvalsh([[alpha, beta], [beta, gamma]])\n"
       '    return "a" if valeurs.min() > 0 else "b" if valeurs.max() < 0 else "c"\n'
       "\n\n"
       "reponse_nature = (nature(*coefs_f), nature(*coefs_g))\n",
       "= 2α, pas α), de déterminant"),
    _w("diag_opt_nature",
       "# Le signe de la trace seul (jamais de point selle).\n"
       'reponse_nature = tuple("a" if a + c > 0 else "b" for a, b, c in (coefs_f, coefs_g))\n',
       "Le signe des termes diagonaux ne suffit pas"),
    _w("diag_opt_nature",
       "# Les bonnes lettres, dans l'ordre (g, f).\n"
       "def nature(alpha, beta, gamma):\n"
       "    valeurs = np.linalg.eigvalsh([[2 * alpha, beta], [beta, 2 * gamma]])\n"
       '    return "a" if valeurs.min() > 0 else "b" if valeurs.max() < 0 else "c"\n'
       "\n\n"
       "reponse_nature = (nature(*coefs_g), nature(*coefs_f))\n",
       "reponse_nature[0] (la lettre de f) : la hessienne de f est [["),
    _w("diag_opt_nature",
       "# Une seule lettre, celle de f.\n"
       'reponse_nature = "c" if 4 * coefs_f[0] * coefs_f[2] - coefs_f[1] ** 2 < 0 else "a"\n',
       "reponse_nature doit être un couple de deux lettres"),
    # --- probabilites -------------------------------------------------------
    _w("diag_prob_bayes",
       "p_positif = sensibilite * p_malade + (1 - specificite) * (1 - p_malade)\n"
       "probas_depistage = (p_positif, sensibilite, (1 - sensibilite) * p_malade / (1 - p_positif))\n",
       "P(M | T+) n'est pas P(T+ | M) = s"),
    _w("diag_prob_bayes",
       "p_positif = sensibilite * p_malade + (1 - specificite) * (1 - p_malade)\n"
       "m_pos = sensibilite * p_malade / p_positif\n"
       "probas_depistage = (p_positif, m_pos, 1 - m_pos)\n",
       "P(M | T−) n'est pas 1 − P(M | T+)"),
    _w("diag_prob_binomiale",
       "binomiale = (stats.binom.pmf(k_binom, n_binom, p_binom), stats.binom.cdf(k_binom - 1, n_binom, p_binom),\n"
       "             n_binom * p_binom * (1 - p_binom))\n",
       "P(X ≤ k) compte aussi X = k"),
    _w("diag_prob_binomiale",
       "binomiale = (stats.binom.pmf(k_binom, n_binom, p_binom), stats.binom.cdf(k_binom, n_binom, p_binom),\n"
       "             n_binom * p_binom)\n",
       "pas n p (c'est l'espérance)"),
    _w("diag_prob_markov", "loi_deux_pas = (P_markov ** 2)[depart - 1]\n",
       "P ** 2 élève chaque coefficient au carré"),
    _w("diag_prob_markov", "loi_deux_pas = P_markov[depart - 1]\n", "la loi après un seul pas"),
    _w("diag_prob_markov", "loi_deux_pas = (P_markov @ P_markov)[:, depart - 1]\n",
       "vous avez pris la colonne i0 de P²"),
    # --- statistique --------------------------------------------------------
    _w("diag_stat_estimations",
       "estimations = (np.mean(echantillon), np.var(echantillon), np.std(echantillon))\n",
       "np.var et np.std divisent par n par défaut (ddof=0)"),
    _w("diag_stat_estimations",
       "estimations = (np.mean(echantillon), np.var(echantillon, ddof=1), np.std(echantillon))\n",
       "l'écart-type est la racine de la variance sans biais"),
    _w("diag_stat_ic",
       "def ic_moyenne(x, niveau):\n"
       "    demi = stats.norm.ppf((1 + niveau) / 2) * np.std(x, ddof=1) / np.sqrt(len(x))\n"
       "    return np.mean(x) - demi, np.mean(x) + demi\n",
       "un quantile de la loi normale"),
    _w("diag_stat_ic",
       "def ic_moyenne(x, niveau):\n"
       "    demi = stats.t.ppf((1 + niveau) / 2, len(x) - 1) * np.std(x) / np.sqrt(len(x))\n"
       "    return np.mean(x) - demi, np.mean(x) + demi\n",
       "np.std(x, ddof=1)"),
    _w("diag_stat_ic",
       "def ic_moyenne(x, niveau):\n"
       "    demi = stats.t.ppf(niveau, len(x) - 1) * np.std(x, ddof=1) / np.sqrt(len(x))\n"
       "    return np.mean(x) - demi, np.mean(x) + demi\n",
       "l'intervalle est bilatéral"),
    _w("diag_stat_pvaleur",
       "def p_valeur(x, mu0):\n"
       "    return stats.ttest_1samp(x, mu0).pvalue / 2\n",
       "la p-valeur d'un test unilatéral"),
    _w("diag_stat_pvaleur",
       "def p_valeur(x, mu0):\n"
       "    z = (np.mean(x) - mu0) / (np.std(x, ddof=1) / np.sqrt(len(x)))\n"
       "    return 2 * stats.norm.sf(abs(z))\n",
       "vous avez utilisé la loi normale"),
    # --- independent review (candidate styles) ------------------------------
    _w('diag_py_frequences',
       'def frequences(mots):\n    mots.sort()\n    d = {}\n    for m in mots:\n        d[m] = d.get(m, 0) + 1\n    return d\n',
       "la fonction a modifié ses données d'entrée"),
    _w('diag_py_rectangle',
       'class Rectangle:\n    def __init__(self, largeur, hauteur):\n        self.largeur = int(largeur)\n        self.hauteur = int(hauteur)\n\n    def aire(self):\n        return self.largeur * self.hauteur\n\n    def perimetre(self):\n        return 2 * (self.largeur + self.hauteur)\n',
       'par rectangle caché, Rectangle(l, h) pour (l, h) = '),
    _w('diag_unix_erreurs',
       'commande_erreurs = "awk \'$2 == \\"ERROR\\"\' journal.log | wc -l"\n',
       'vous ne comptez que les lignes de niveau ERROR'),
    _w('diag_unix_erreurs',
       'commande_erreurs = "grep -c \'^[0-9:]* ERROR\' journal.log"\n',
       'vous ne comptez que les lignes de niveau ERROR'),
    _w('diag_sql_hors_paris',
       'requete_hors_paris = "SELECT nom, prenom, ville FROM etudiants WHERE NOT ville = \'Paris\'"\n',
       'Ajoutez OR ville IS NULL'),
    _w('diag_sql_moyennes',
       'requete_moyennes = "SELECT cours_id, AVG(note) FROM notes WHERE note IS NOT NULL GROUP BY cours_id"\n',
       'il manque le cours dont toutes les notes sont NULL'),
    _w('diag_sql_moyennes',
       'requete_moyennes = "SELECT cours_id, ROUND(AVG(note), 2) AS moyenne FROM notes GROUP BY cours_id"\n',
       "n'arrondissez pas les résultats"),
    _w('diag_alg_projection',
       'projection_u = u - np.dot(u, v) / np.dot(v, v) * v\n',
       'u − p est la projection sur le plan orthogonal à v'),
    _w('diag_prob_bayes',
       'p, s, e = p_malade, sensibilite, specificite\npt = s * p + (1 - e) * (1 - p)\nprobas_depistage = (pt, s * p / pt, 1 - s)\n',
       "P(M | T−) n'est pas P(T− | M) = 1 − s"),
    _w('diag_prob_binomiale',
       'binomiale = (stats.binom.pmf(k_binom, n_binom, p_binom), stats.binom.cdf(k_binom, n_binom, p_binom),\n             stats.binom.std(n_binom, p_binom))\n',
       "vous avez donné l'écart-type"),
    _w('diag_stat_pvaleur',
       'def p_valeur(x, mu0):\n    n = len(x)\n    t = (np.mean(x) - mu0) / (np.std(x, ddof=1) / np.sqrt(n))\n    return float(stats.t.sf(t, n - 1) * 2)\n',
       'la valeur absolue manque'),
    _w('diag_stat_pvaleur',
       'def p_valeur(x, mu0):\n    n = len(x)\n    t = (np.mean(x) - mu0) / (np.std(x, ddof=1) / np.sqrt(n))\n    return 2 * stats.t.cdf(t, n - 1)\n',
       'la valeur absolue manque'),
]
