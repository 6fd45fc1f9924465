"""Correct answers written differently, for ``source/07_probabilites/02_limites_markov.ipynb``."""

from . import RightAnswer

CASES = [
    RightAnswer(
        question="prob_moyennes_cumulees",
        cell="prob_moyennes_cumulees_code",
        code=(
            "def moyennes_cumulees(x):\n"
            "    resultat, total = [], 0.0\n"
            "    for k, v in enumerate(x, start=1):\n"
            "        total += v\n"
            "        resultat.append(total / k)\n"
            "    return resultat\n"
        ),
        how="a loop, returned as a list",
    ),
    RightAnswer(
        question="prob_moyennes_cumulees",
        cell="prob_moyennes_cumulees_code",
        code=(
            "def moyennes_cumulees(x):\n"
            "    return np.array([np.mean(x[:k]) for k in range(1, len(x) + 1)])\n"
        ),
        how="mean of each prefix",
    ),
    RightAnswer(
        question="prob_borne_tchebychev",
        cell="prob_borne_tchebychev_code",
        code=(
            "def borne_tchebychev(sigma, n, eps):\n"
            "    variance_moyenne = sigma ** 2 / n\n"
            "    borne = variance_moyenne / eps ** 2\n"
            "    return 1 if borne > 1 else borne\n"
        ),
        how="returns the integer 1 when capped",
    ),
    RightAnswer(
        question="prob_borne_tchebychev",
        cell="prob_borne_tchebychev_code",
        code=(
            "def borne_tchebychev(sigma, n, eps):\n"
            "    return np.clip((sigma / eps) ** 2 / n, 0, 1)\n"
        ),
        how="np.clip, numpy float",
    ),
    RightAnswer(
        question="prob_taille_echantillon",
        cell="prob_taille_echantillon_code",
        code=(
            "def taille_echantillon(sigma, eps, delta):\n"
            "    n = 1\n"
            "    while sigma ** 2 / (n * eps ** 2) > delta:\n"
            "        n += 1\n"
            "    return n\n"
        ),
        how="search by increasing n",
    ),
    RightAnswer(
        question="prob_taille_echantillon",
        cell="prob_taille_echantillon_code",
        code=(
            "import math\n"
            "def taille_echantillon(sigma, eps, delta):\n"
            "    return max(1, math.ceil((sigma / eps) ** 2 / delta))\n"
        ),
        how="math.ceil on (sigma/eps)^2/delta",
    ),
    RightAnswer(
        question="prob_approx_normale_moyenne",
        cell="prob_approx_normale_moyenne_code",
        code=(
            "def approx_normale_moyenne(mu, sigma, n, a):\n"
            "    return stats.norm(loc=mu, scale=sigma / n ** 0.5).cdf(a)\n"
        ),
        how="normal law of the mean with scale sigma/sqrt(n)",
    ),
    RightAnswer(
        question="prob_approx_normale_moyenne",
        cell="prob_approx_normale_moyenne_code",
        code=(
            "import math\n"
            "def approx_normale_moyenne(mu, sigma, n, a):\n"
            "    z = (a - mu) / (sigma / math.sqrt(n))\n"
            "    return 0.5 * math.erfc(-z / math.sqrt(2))\n"
        ),
        how="math.erfc",
    ),
    RightAnswer(
        question="prob_approx_binomiale",
        cell="prob_approx_binomiale_code",
        code=(
            "def approx_binomiale(k, n, p, correction=True):\n"
            "    loi = stats.norm(n * p, np.sqrt(n * p * (1 - p)))\n"
            "    if correction:\n"
            "        return loi.cdf(k + 0.5)\n"
            "    return loi.cdf(k)\n"
        ),
        how="frozen normal law with loc and scale",
    ),
    RightAnswer(
        question="prob_intervalle_fluctuation",
        cell="prob_intervalle_fluctuation_code",
        code=(
            "def intervalle_fluctuation(p, n, niveau=0.95):\n"
            "    return stats.norm.interval(niveau, loc=p, scale=np.sqrt(p * (1 - p) / n))\n"
        ),
        how="scipy.stats.norm.interval",
    ),
    RightAnswer(
        question="prob_intervalle_fluctuation",
        cell="prob_intervalle_fluctuation_code",
        code=(
            "def intervalle_fluctuation(p, n, niveau=0.95):\n"
            "    alpha = 1 - niveau\n"
            "    bas = stats.norm.ppf(alpha / 2)\n"
            "    e = np.sqrt(p * (1 - p) / n)\n"
            "    return [p + bas * e, p - bas * e]\n"
        ),
        how="quantile of order alpha/2 (negative), returned as a list",
    ),
    RightAnswer(
        question="prob_loi_apres_n_pas",
        cell="prob_loi_apres_n_pas_code",
        code=(
            "def loi_apres_n_pas(pi0, P, n):\n"
            "    pi = pi0\n"
            "    for _ in range(n):\n"
            "        pi = P.T @ pi\n"
            "    return pi\n"
        ),
        how="n products with the transpose",
    ),
    RightAnswer(
        question="prob_loi_stationnaire",
        cell="prob_loi_stationnaire_code",
        code=(
            "def loi_stationnaire(P):\n"
            "    valeurs, vecteurs = np.linalg.eig(P.T)\n"
            "    v = np.real(vecteurs[:, np.argmin(np.abs(valeurs - 1))])\n"
            "    return v / v.sum()\n"
        ),
        how="left eigenvector for the eigenvalue 1",
    ),
    RightAnswer(
        question="prob_loi_stationnaire",
        cell="prob_loi_stationnaire_code",
        code=(
            "def loi_stationnaire(P):\n"
            "    m = len(P)\n"
            "    A = np.vstack([P.T - np.eye(m), np.ones(m)])\n"
            "    b = np.zeros(m + 1)\n"
            "    b[-1] = 1\n"
            "    return np.linalg.lstsq(A, b, rcond=None)[0]\n"
        ),
        how="overdetermined system solved by least squares",
    ),
    RightAnswer(
        question="prob_loi_stationnaire",
        cell="prob_loi_stationnaire_code",
        code=(
            "def loi_stationnaire(P):\n"
            "    Q = np.linalg.matrix_power(P, 2 ** 14)\n"
            "    return Q[0]\n"
        ),
        how="high power of P (rows converge to pi)",
    ),
    RightAnswer(
        question="prob_probabilites_absorption",
        cell="prob_probabilites_absorption_code",
        code=(
            "def probabilites_absorption(P, absorbants, cible):\n"
            "    # h = P h with the boundary values imposed, by iteration\n"
            "    m = len(P)\n"
            "    h = np.zeros(m)\n"
            "    h[cible] = 1.0\n"
            "    for _ in range(200000):\n"
            "        nouveau = P @ h\n"
            "        for a in absorbants:\n"
            "            nouveau[a] = 1.0 if a == cible else 0.0\n"
            "        if np.max(np.abs(nouveau - h)) < 1e-15:\n"
            "            break\n"
            "        h = nouveau\n"
            "    return h\n"
        ),
        how="fixed-point iteration h = P h",
    ),
    RightAnswer(
        question="prob_probabilites_absorption",
        cell="prob_probabilites_absorption_code",
        code=(
            "def probabilites_absorption(P, absorbants, cible):\n"
            "    # the whole system: h_i = sum_j P_ij h_j for transient i, h_a fixed\n"
            "    m = len(P)\n"
            "    A = np.eye(m) - P\n"
            "    b = np.zeros(m)\n"
            "    for a in absorbants:\n"
            "        A[a] = 0.0\n"
            "        A[a, a] = 1.0\n"
            "        b[a] = 1.0 if a == cible else 0.0\n"
            "    return np.linalg.solve(A, b)\n"
        ),
        how="one m x m system with the absorbing rows replaced",
    ),
]
