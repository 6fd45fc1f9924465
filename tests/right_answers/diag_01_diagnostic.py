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
    _r("diag_ana_taylor",
       "from fractions import Fraction\n"
       "coefficients_dl = [Fraction(1), Fraction(a_g + b_g), Fraction(a_g ** 2, 2) + a_g * b_g]\n",
       "exact fractions"),
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
       "def lettre(alpha, beta, gamma):\n"
       "    det = 4 * alpha * gamma - beta ** 2\n"
       '    return "C" if det < 0 else ("A" if alpha > 0 else "B")\n'
       "\n\n"
       "reponse_nature = [lettre(*coefs_f), lettre(*coefs_g)]\n",
       "determinant and sign of alpha, upper case, a list"),
    _r("diag_opt_nature",
       "reponse_nature = tuple(\n"
       '    " " + ("a" if min(v) > 0 else "b" if max(v) < 0 else "c") + " "\n'
       "    for v in (np.linalg.eigvals(np.array([[2 * a, b], [b, 2 * c]], dtype=float)).real\n"
       "              for a, b, c in (coefs_f, coefs_g)))\n",
       "np.linalg.eigvals, letters with spaces, a tuple from a generator"),
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
    # --- independent review (candidate styles) ------------------------------
    _r('diag_py_frequences',
       'from collections import defaultdict\ndef frequences(mots):\n    d = defaultdict(int)\n    for m in mots:\n        d[m] += 1\n    return d\n',
       'collections.defaultdict(int) returned as is (review)'),
    _r('diag_py_frequences',
       'def frequences(mots):\n    d = {}\n    for m in mots:\n        if m in d:\n            d[m] += 1\n        else:\n            d[m] = 1\n    return d\n',
       'if / else counting loop (review)'),
    _r('diag_py_defaut',
       'reponse_defaut = [k for k, v in options_defaut.items() if v == str([a_defaut, b_defaut])][0].upper() + " "\n',
       'str([a, b]) compared, upper case with a trailing space (review)'),
    _r('diag_py_rectangle',
       'from dataclasses import dataclass\n@dataclass\nclass Rectangle:\n    largeur: float\n    hauteur: float\n    def aire(self) -> float:\n        return self.hauteur * self.largeur\n    def perimetre(self) -> float:\n        return self.largeur * 2 + self.hauteur * 2\n',
       'dataclass with annotated fields (review)'),
    _r('diag_unix_erreurs',
       'commande_erreurs = \'cat journal.log | grep -w "ERROR" | wc -l\'\n',
       'cat | grep -w | wc -l (review)'),
    _r('diag_unix_villes',
       'commande_villes = "sort < villes.txt | uniq"\n',
       'sort < file | uniq (review)'),
    _r('diag_unix_droits',
       'import stat, os\n# convert by building the mode bits\nbits = 0\nfor i, ch in enumerate(droits_fichier[1:]):\n    if ch != "-":\n        bits |= 1 << (8 - i)\nreponse_droits = next(k for k, v in options_droits.items() if v == format(bits, "o"))\n',
       "mode bits built one by one, format(bits, 'o') (review)"),
    _r('diag_sql_hors_paris',
       'requete_hors_paris = """\nSELECT nom, prenom, ville FROM etudiants\nWHERE id NOT IN (SELECT id FROM etudiants WHERE ville = \'Paris\')\n"""\n',
       'id NOT IN (subquery on Paris) (review)'),
    _r('diag_sql_moyennes',
       'requete_moyennes = """\nSELECT cours_id, SUM(note) * 1.0 / COUNT(note) AS moyenne\nFROM notes\nGROUP BY cours_id\nORDER BY cours_id\n"""\n',
       'SUM(note) * 1.0 / COUNT(note), ORDER BY (review)'),
    _r('diag_sql_inscriptions',
       'requete_inscriptions = """\nSELECT nom, prenom, COUNT(*) AS inscriptions\nFROM etudiants JOIN notes ON notes.etudiant_id = etudiants.id\nGROUP BY etudiants.id\nUNION ALL\nSELECT nom, prenom, 0 FROM etudiants WHERE id NOT IN (SELECT etudiant_id FROM notes)\n"""\n',
       'JOIN counts UNION ALL the students with 0 (review)'),
    _r('diag_alg_valeurs_propres',
       'vp = np.linalg.eigvals(A)\nvaleurs_propres_A = tuple(int(round(v.real)) for v in sorted(vp, key=lambda z: z.real))\n',
       'tuple of rounded ints sorted by real part (review)'),
    _r('diag_alg_systeme',
       'x_systeme = [round(float(v), 10) for v in np.linalg.inv(M).dot(y)]\n',
       'inverse .dot, a list of rounded floats (review)'),
    _r('diag_alg_projection',
       'e = v / np.linalg.norm(v)\nprojection_u = list((u @ e) * e)\n',
       'unit vector e = v/‖v‖, (u·e) e as a list (review)'),
    _r('diag_ana_gradient',
       'def grad(x, y, z):\n    return np.array([2 * a_f * x * y, a_f * x * x + b_f * z, b_f * y + 3 * c_f * z * z], dtype=float)\ngradient_f = grad(*point_M)\n',
       'gradient function applied to point_M (review)'),
    _r('diag_ana_trapezes',
       'def trapezes(f, a, b, n):\n    h = (b - a) / n\n    x = a + h * np.arange(n + 1)\n    y = f(x)\n    return h * (y[0] / 2 + y[1:-1].sum() + y[-1] / 2)\n',
       'a + h arange, y[0]/2 + y[1:-1].sum() + y[-1]/2 (review)'),
    _r('diag_ana_trapezes',
       'from scipy.integrate import trapezoid\ndef trapezes(f, a, b, n):\n    x = np.linspace(a, b, n + 1)\n    return trapezoid(f(x), dx=(b - a) / n)\n',
       'scipy.integrate.trapezoid with dx (review)'),
    _r('diag_opt_pas_gradient',
       'grad = np.dot(Q, x0_opt) - c_opt\nx_suivant = tuple(float(x0_opt[i] - t_opt * grad[i]) for i in range(3))\n',
       'tuple of floats, component by component (review)'),
    _r('diag_opt_newton',
       'def newton(g, dg, x0, n):\n    x = x0\n    for _ in range(n):\n        x -= g(x) / dg(x)\n    return x\n',
       'in-place x -= g(x) / dg(x) (review)'),
    _r('diag_opt_newton',
       'def newton(g, dg, x0, n):\n    x = float(x0)\n    k = 0\n    while k < n:\n        x = x - g(x) / dg(x)\n        k += 1\n    return x\n',
       'while loop from float(x0) (review)'),
    _r('diag_opt_nature',
       'reponse_nature = tuple("c" if 4 * a * c - b ** 2 < 0 else ("a" if a + c > 0 else "b") for a, b, c in (coefs_f, coefs_g))\n',
       'determinant and trace (review)'),
    _r('diag_prob_bayes',
       'p, s, e = p_malade, sensibilite, specificite\ntm = (1 - s) * p + e * (1 - p)\nprobas_depistage = np.array([1 - tm, s * p / (1 - tm), (1 - s) * p / tm])\n',
       'through P(T−), a numpy array (review)'),
    _r('diag_prob_binomiale',
       'binomiale = (stats.binom.pmf(k_binom, n_binom, p_binom), stats.binom.cdf(k_binom, n_binom, p_binom),\n             stats.binom.var(n_binom, p_binom))\n',
       'stats.binom.var (review)'),
    _r('diag_prob_binomiale',
       'from math import comb\npk = [comb(n_binom, j) * p_binom ** j * (1 - p_binom) ** (n_binom - j) for j in range(k_binom + 1)]\nbinomiale = [pk[-1], sum(pk), n_binom * p_binom * (1 - p_binom)]\n',
       'math.comb up to k, list (review)'),
    _r('diag_prob_markov',
       'mu = np.zeros(3)\nmu[depart - 1] = 1\nfor _ in range(2):\n    mu = mu @ P_markov\nloi_deux_pas = list(mu)\n',
       'two steps of mu @ P from a one-hot vector, list (review)'),
    _r('diag_stat_estimations',
       'n = len(echantillon)\nm = sum(echantillon) / n\nv = sum((xi - m) ** 2 for xi in echantillon) / (n - 1)\nestimations = [m, v, v ** 0.5]\n',
       'sums by hand, v ** 0.5 (review)'),
    _r('diag_stat_ic',
       'def ic_moyenne(x, niveau):\n    n = len(x)\n    m = np.mean(x)\n    s = np.std(x, ddof=1)\n    t = stats.t.ppf(1 - (1 - niveau) / 2, df=n - 1)\n    return (m - t * s / np.sqrt(n), m + t * s / np.sqrt(n))\n',
       '1 − (1 − niveau)/2 quantile, df keyword (review)'),
    _r('diag_stat_ic',
       'def ic_moyenne(x, niveau):\n    return stats.ttest_1samp(x, 0).confidence_interval(confidence_level=niveau)\n',
       'ttest_1samp(x, 0).confidence_interval(confidence_level=niveau) (review)'),
    _r('diag_stat_pvaleur',
       'def p_valeur(x, mu0):\n    n = len(x)\n    t = (np.mean(x) - mu0) / (np.std(x, ddof=1) / np.sqrt(n))\n    return float(2 * stats.t.sf(abs(t), n - 1))\n',
       'float(2 * t.sf(|t|, n − 1)) (review)'),
]
