"""Correct answers written differently, for ``source/00_diagnostic/01_diagnostic.ipynb``.

Value answers are computed from the variables of the question's data cell,
so that they are right whatever the candidate's variant.
"""

from . import RightAnswer


def _r(question, code, how):
    return RightAnswer(question=question, cell=f"{question}_code", code=code, how=how)


CASES = [
    _r("diag_py_frequences",
       "from collections import Counter\n\n\ndef frequences(mots):\n    return Counter(mots)\n",
       "collections.Counter returned as is"),
    _r("diag_py_frequences",
       "def frequences(mots):\n    return {m: mots.count(m) for m in set(mots)}\n",
       "dict comprehension with list.count"),
    _r("diag_py_defaut", 'reponse_defaut = " ' + '" + next(k for k, v in options_defaut.items() '
       'if v.startswith(f"[{a_defaut},")).upper()\n',
       "upper-case letter with a leading space"),
    _r("diag_py_rectangle",
       "class Rectangle:\n"
       "    def __init__(self, largeur, hauteur):\n"
       "        self.largeur, self.hauteur = largeur, hauteur\n\n"
       "    def aire(self):\n"
       "        return float(self.largeur * self.hauteur)\n\n"
       "    def perimetre(self):\n"
       "        return 2 * self.largeur + 2 * self.hauteur\n",
       "float area, 2l + 2h"),
    _r("diag_unix_erreurs", 'commande_erreurs = "grep ERROR journal.log | wc -l"\n', "grep | wc -l"),
    _r("diag_unix_erreurs", "commande_erreurs = \"awk '/ERROR/ {n++} END {print n + 0}' journal.log\"\n",
       "awk"),
    _r("diag_unix_erreurs", 'commande_erreurs = "grep -c -e ERROR < journal.log"\n', "grep -c on stdin"),
    _r("diag_unix_villes", 'commande_villes = "sort villes.txt | uniq"\n', "sort | uniq"),
    _r("diag_unix_villes", 'commande_villes = "cat villes.txt | sort | uniq"\n', "cat | sort | uniq"),
    _r("diag_unix_droits",
       "valeurs = {'r': 4, 'w': 2, 'x': 1, '-': 0}\n"
       "octal = ''.join(str(sum(valeurs[ch] for ch in droits_fichier[i:i + 3])) for i in (1, 4, 7))\n"
       "reponse_droits = [k for k in options_droits if options_droits[k] == octal][0]\n",
       "weights table"),
    _r("diag_sql_hors_paris",
       "requete_hors_paris = \"SELECT nom, prenom, ville FROM etudiants WHERE ville IS NOT 'Paris'\"\n",
       "IS NOT"),
    _r("diag_sql_hors_paris",
       "requete_hors_paris = \"SELECT nom, prenom, ville FROM etudiants WHERE COALESCE(ville, '') <> 'Paris'\"\n",
       "COALESCE"),
    _r("diag_sql_hors_paris",
       'requete_hors_paris = """\n'
       "SELECT nom, prenom, ville FROM etudiants\n"
       "EXCEPT\n"
       "SELECT nom, prenom, ville FROM etudiants WHERE ville = 'Paris'\n"
       '"""\n',
       "EXCEPT (names are unique)"),
    _r("diag_sql_moyennes",
       'requete_moyennes = "SELECT cours_id, SUM(note) / COUNT(note) AS moyenne FROM notes GROUP BY cours_id"\n',
       "SUM / COUNT(note)"),
    _r("diag_sql_moyennes",
       'requete_moyennes = """\n'
       "SELECT c.id, AVG(n.note)\n"
       "FROM cours AS c JOIN notes AS n ON n.cours_id = c.id\n"
       "GROUP BY c.id\n"
       '"""\n',
       "join with cours"),
    _r("diag_sql_inscriptions",
       'requete_inscriptions = """\n'
       "SELECT nom, prenom, (SELECT COUNT(*) FROM notes WHERE notes.etudiant_id = etudiants.id)\n"
       "FROM etudiants\n"
       '"""\n',
       "correlated subquery"),
    _r("diag_sql_inscriptions",
       'requete_inscriptions = """\n'
       "SELECT e.nom, e.prenom, COUNT(n.etudiant_id) AS inscriptions\n"
       "FROM notes AS n RIGHT JOIN etudiants AS e ON e.id = n.etudiant_id\n"
       "GROUP BY e.nom, e.prenom\n"
       '"""\n',
       "RIGHT JOIN, GROUP BY names"),
    _r("diag_alg_valeurs_propres", "valeurs_propres_A = sorted(np.roots(np.poly(A)).real)\n",
       "roots of the characteristic polynomial, a list"),
    _r("diag_alg_valeurs_propres", "valeurs_propres_A = np.sort(np.linalg.eigvals(A))\n",
       "complex eigvals, sorted"),
    _r("diag_alg_systeme", "x_systeme = list(np.linalg.inv(M) @ y)\n", "inverse matrix, a list"),
    _r("diag_alg_systeme", "import scipy.linalg\nx_systeme = scipy.linalg.solve(M, y)\n", "scipy.linalg.solve"),
    _r("diag_alg_projection", "projection_u = np.outer(v, v) @ u / np.linalg.norm(v) ** 2\n",
       "projection matrix v vᵀ / ‖v‖²"),
    _r("diag_ana_gradient",
       "h = 1e-5\n"
       "x0 = np.array(point_M, dtype=float)\n"
       "gradient_f = [(f(*(x0 + h * e)) - f(*(x0 - h * e))) / (2 * h) for e in np.eye(3)]\n",
       "central differences on the f of the data cell"),
    _r("diag_ana_taylor", "coefficients_dl = [1.0, a_g + b_g, (a_g ** 2 + 2 * a_g * b_g) / 2]\n",
       "same formula, a list"),
    _r("diag_ana_trapezes",
       "def trapezes(f, a, b, n):\n"
       "    h = (b - a) / n\n"
       "    total = (f(a) + f(b)) / 2\n"
       "    for k in range(1, n):\n"
       "        total += f(a + k * h)\n"
       "    return h * total\n",
       "a loop"),
    _r("diag_ana_trapezes",
       "def trapezes(f, a, b, n):\n"
       "    x = np.linspace(a, b, n + 1)\n"
       "    return np.trapezoid(f(x), x)\n",
       "np.trapezoid"),
    _r("diag_opt_pas_gradient",
       "gradient = Q.dot(x0_opt) - c_opt\nx_suivant = [float(v) for v in x0_opt - t_opt * gradient]\n",
       "a list of floats"),
    _r("diag_opt_newton",
       "def newton(g, dg, x0, n):\n"
       "    if n == 0:\n"
       "        return x0\n"
       "    x = newton(g, dg, x0, n - 1)\n"
       "    return x - g(x) / dg(x)\n",
       "recursion"),
    _r("diag_opt_nature",
       "det = 4 * alpha * gamma - beta ** 2\n"
       'reponse_nature = "C" if det < 0 else ("A" if alpha > 0 else "B")\n',
       "determinant and sign of alpha, upper case"),
    _r("diag_prob_bayes",
       "pt = sensibilite * p_malade + (1 - specificite) * (1 - p_malade)\n"
       "probas_depistage = np.array([pt, 1 - (1 - specificite) * (1 - p_malade) / pt,\n"
       "                             1 - specificite * (1 - p_malade) / (1 - pt)])\n",
       "complements: 1 − P(non M | T±)"),
    _r("diag_prob_binomiale",
       "from math import comb\n"
       "pmf = [comb(n_binom, j) * p_binom ** j * (1 - p_binom) ** (n_binom - j) for j in range(n_binom + 1)]\n"
       "binomiale = [pmf[k_binom], sum(pmf[:k_binom + 1]), n_binom * p_binom - n_binom * p_binom ** 2]\n",
       "math.comb by hand"),
    _r("diag_prob_markov", "loi_deux_pas = np.linalg.matrix_power(P_markov, 2)[depart - 1]\n", "matrix_power"),
    _r("diag_prob_markov", "mu0 = np.eye(3)[depart - 1]\nloi_deux_pas = mu0 @ P_markov @ P_markov\n",
       "row vector times P twice"),
    _r("diag_stat_estimations",
       "import statistics\n"
       "donnees = list(echantillon)\n"
       "estimations = [statistics.mean(donnees), statistics.variance(donnees), statistics.stdev(donnees)]\n",
       "statistics module"),
    _r("diag_stat_ic",
       "def ic_moyenne(x, niveau):\n"
       "    return stats.t.interval(niveau, len(x) - 1, loc=np.mean(x), scale=stats.sem(x))\n",
       "stats.t.interval with sem"),
    _r("diag_stat_pvaleur",
       "def p_valeur(x, mu0):\n"
       "    n = len(x)\n"
       "    t = (np.mean(x) - mu0) / (np.std(x, ddof=1) / np.sqrt(n))\n"
       "    return 2 * stats.t.cdf(-abs(t), n - 1)\n",
       "formula with the cdf"),
]
