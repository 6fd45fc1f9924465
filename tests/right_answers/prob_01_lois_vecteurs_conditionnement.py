"""Correct answers written differently, for ``source/07_probabilites/01_lois_vecteurs_conditionnement.ipynb``."""

from . import RightAnswer

CASES = [
    RightAnswer(
        question="prob_cdf_binomiale",
        cell="prob_cdf_binomiale_code",
        code=(
            "def cdf_binomiale(k, n, p):\n"
            "    return stats.binom.cdf(k, n, p)\n"
        ),
        how="scipy.stats.binom.cdf, returns a numpy float",
    ),
    RightAnswer(
        question="prob_cdf_binomiale",
        cell="prob_cdf_binomiale_code",
        code=(
            "def cdf_binomiale(k, n, p):\n"
            "    # P(X = i) by the recurrence P(i + 1) = P(i) (n - i) / (i + 1) p / (1 - p)\n"
            "    terme = (1 - p) ** n\n"
            "    total = terme\n"
            "    for i in range(k):\n"
            "        terme *= (n - i) / (i + 1) * p / (1 - p)\n"
            "        total += terme\n"
            "    return total\n"
        ),
        how="recurrence on the probabilities instead of math.comb",
    ),
    RightAnswer(
        question="prob_exponentielle_inversion",
        cell="prob_exponentielle_inversion_code",
        code=(
            "def exponentielle_par_inversion(u, lam):\n"
            "    return stats.expon.ppf(u, scale=1 / lam)\n"
        ),
        how="scipy.stats.expon.ppf with scale 1/lambda",
    ),
    RightAnswer(
        question="prob_exponentielle_inversion",
        cell="prob_exponentielle_inversion_code",
        code=(
            "import math\n"
            "def exponentielle_par_inversion(u, lam):\n"
            "    return np.array([-math.log(1 - v) / lam for v in u])\n"
        ),
        how="a loop with math.log(1 - u)",
    ),
    RightAnswer(
        question="prob_quantile_normale",
        cell="prob_quantile_normale_code",
        code=(
            "def quantile_normale(q, mu, sigma):\n"
            "    return stats.norm(loc=mu, scale=sigma).ppf(q)\n"
        ),
        how="frozen scipy distribution, numpy float returned",
    ),
    RightAnswer(
        question="prob_quantile_normale",
        cell="prob_quantile_normale_code",
        code=(
            "from statistics import NormalDist\n"
            "def quantile_normale(q, mu, sigma):\n"
            "    return NormalDist(mu, sigma).inv_cdf(q)\n"
        ),
        how="statistics.NormalDist of the standard library",
    ),
    RightAnswer(
        question="prob_moyenne_covariance",
        cell="prob_moyenne_covariance_code",
        code=(
            "def moyenne_covariance(X):\n"
            "    return [np.mean(X, axis=0), np.cov(X, rowvar=False)]\n"
        ),
        how="np.cov(rowvar=False), returned as a list",
    ),
    RightAnswer(
        question="prob_moyenne_covariance",
        cell="prob_moyenne_covariance_code",
        code=(
            "from collections import namedtuple\n"
            "Resultat = namedtuple('Resultat', 'moyenne covariance')\n"
            "def moyenne_covariance(X):\n"
            "    n, d = X.shape\n"
            "    m = [sum(X[i, c] for i in range(n)) / n for c in range(d)]\n"
            "    C = [[sum((X[i, a] - m[a]) * (X[i, b] - m[b]) for i in range(n)) / (n - 1)\n"
            "          for b in range(d)] for a in range(d)]\n"
            "    return Resultat(np.array(m), np.array(C))\n"
        ),
        how="explicit loops, returned as a namedtuple",
    ),
    RightAnswer(
        question="prob_loi_transformee",
        cell="prob_loi_transformee_code",
        code=(
            "def loi_transformee(mu, Sigma, A, b):\n"
            "    return np.dot(A, mu) + b, np.einsum('ik,kl,jl->ij', A, Sigma, A)\n"
        ),
        how="np.dot and einsum",
    ),
    RightAnswer(
        question="prob_vecteur_gaussien",
        cell="prob_vecteur_gaussien_code",
        code=(
            "import scipy.linalg\n"
            "def vecteur_gaussien(z, mu, Sigma):\n"
            "    L = scipy.linalg.cholesky(Sigma, lower=True)\n"
            "    return (L @ z.T).T + mu\n"
        ),
        how="scipy.linalg.cholesky(lower=True), L @ z.T transposed",
    ),
    RightAnswer(
        question="prob_vecteur_gaussien",
        cell="prob_vecteur_gaussien_code",
        code=(
            "def vecteur_gaussien(z, mu, Sigma):\n"
            "    U = np.linalg.cholesky(Sigma).T\n"
            "    return np.array([mu + U.T @ ligne for ligne in z]).reshape(z.shape)\n"
        ),
        how="one row at a time",
    ),
    RightAnswer(
        question="prob_bayes_test_positif",
        cell="prob_bayes_test_positif_code",
        code=(
            "def bayes_test_positif(prevalence, sensibilite, specificite):\n"
            "    # rapport de vraisemblance et cote a priori\n"
            "    cote = prevalence / (1 - prevalence) * sensibilite / (1 - specificite)\n"
            "    return cote / (1 + cote)\n"
        ),
        how="odds form of Bayes' rule",
    ),
    RightAnswer(
        question="prob_loi_conditionnelle",
        cell="prob_loi_conditionnelle_code",
        code=(
            "def loi_conditionnelle(table, j):\n"
            "    marginale_y = table.sum(axis=0)\n"
            "    return (table / marginale_y)[:, j]\n"
        ),
        how="divides the whole table by the marginal of Y",
    ),
    RightAnswer(
        question="prob_loi_conditionnelle",
        cell="prob_loi_conditionnelle_code",
        code=(
            "def loi_conditionnelle(table, j):\n"
            "    colonne = [ligne[j] for ligne in table.tolist()]\n"
            "    total = sum(colonne)\n"
            "    return [c / total for c in colonne]\n"
        ),
        how="plain lists",
    ),
    RightAnswer(
        question="prob_esperance_conditionnelle_gaussienne",
        cell="prob_esperance_conditionnelle_gaussienne_code",
        code=(
            "def esperance_conditionnelle_gaussienne(mu, Sigma, y):\n"
            "    Q = np.linalg.inv(Sigma)\n"
            "    return np.array([mu[0] - Q[0, 1] / Q[0, 0] * (y - mu[1]), 1 / Q[0, 0]])\n"
        ),
        how="precision matrix, returned as a numpy array",
    ),
    RightAnswer(
        question="prob_esperance_conditionnelle_gaussienne",
        cell="prob_esperance_conditionnelle_gaussienne_code",
        code=(
            "def esperance_conditionnelle_gaussienne(mu, Sigma, y):\n"
            "    rho = Sigma[0, 1] / np.sqrt(Sigma[0, 0] * Sigma[1, 1])\n"
            "    sx, sy = np.sqrt(Sigma[0, 0]), np.sqrt(Sigma[1, 1])\n"
            "    return [mu[0] + rho * sx / sy * (y - mu[1]), (1 - rho ** 2) * Sigma[0, 0]]\n"
        ),
        how="through the correlation coefficient, returned as a list",
    ),
]
