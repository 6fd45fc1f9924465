"""Correct answers written differently, for ``source/08_statistique/01_estimation.ipynb``."""

from . import RightAnswer

CASES = [
    RightAnswer(
        question="stat_simuler_bernoulli",
        cell="stat_simuler_bernoulli_code",
        code=(
            "def simuler_bernoulli(u, p):\n"
            "    return np.where(u < p, 1, 0)\n"
        ),
        how="np.where",
    ),
    RightAnswer(
        question="stat_simuler_bernoulli",
        cell="stat_simuler_bernoulli_code",
        code=(
            "def simuler_bernoulli(u, p):\n"
            "    return np.array([1 if v < p else 0 for v in u], dtype=np.int64)\n"
        ),
        how="a loop",
    ),
    RightAnswer(
        question="stat_lancer_de",
        cell="stat_lancer_de_code",
        code=(
            "def lancer_de(u):\n"
            "    return np.searchsorted(np.arange(1, 6) / 6, u, side='right') + 1\n"
        ),
        how="np.searchsorted on the cut points",
    ),
    RightAnswer(
        question="stat_lancer_de",
        cell="stat_lancer_de_code",
        code=(
            "def lancer_de(u):\n"
            "    return (6 * u).astype(int) + 1\n"
        ),
        how="truncation by astype(int)",
    ),
    RightAnswer(
        question="stat_proba_somme_deux_des",
        cell="stat_proba_somme_deux_des_code",
        code=(
            "def proba_somme_deux_des(k):\n"
            "    return max(0, 6 - abs(k - 7)) / 36\n"
        ),
        how="closed form (6 - |k - 7|)/36",
    ),
    RightAnswer(
        question="stat_proba_somme_deux_des",
        cell="stat_proba_somme_deux_des_code",
        code=(
            "from fractions import Fraction\n"
            "from itertools import product\n"
            "def proba_somme_deux_des(k):\n"
            "    issues = list(product(range(1, 7), repeat=2))\n"
            "    return float(Fraction(sum(a + b == k for a, b in issues), len(issues)))\n"
        ),
        how="itertools.product and Fraction",
    ),
    RightAnswer(
        question="stat_variance_sans_biais",
        cell="stat_variance_sans_biais_code",
        code=(
            "def variance_sans_biais(x):\n"
            "    return np.var(x, ddof=1)\n"
        ),
        how="np.var(ddof=1), numpy float",
    ),
    RightAnswer(
        question="stat_variance_sans_biais",
        cell="stat_variance_sans_biais_code",
        code=(
            "def variance_sans_biais(x):\n"
            "    n = len(x)\n"
            "    return (np.sum(x ** 2) - n * np.mean(x) ** 2) * n / (n * (n - 1))\n"
        ),
        how="computing formula sum x^2 - n mean^2",
    ),
    RightAnswer(
        question="stat_erreur_type_moyenne",
        cell="stat_erreur_type_moyenne_code",
        code=(
            "import statistics\n"
            "def erreur_type_moyenne(x):\n"
            "    return statistics.stdev(x) / len(x) ** 0.5\n"
        ),
        how="statistics.stdev",
    ),
    RightAnswer(
        question="stat_estimateur_uniforme",
        cell="stat_estimateur_uniforme_code",
        code=(
            "def estimateur_uniforme(x):\n"
            "    return np.max(x) + np.max(x) / len(x)\n"
        ),
        how="M + M/n",
    ),
    RightAnswer(
        question="stat_biais_variance_eqm",
        cell="stat_biais_variance_eqm_code",
        code=(
            "def biais_variance_eqm(estimations, theta):\n"
            "    biais = np.mean(estimations) - theta\n"
            "    variance = np.var(estimations)\n"
            "    return [biais, variance, biais ** 2 + variance]\n"
        ),
        how="EQM by the bias-variance decomposition, returned as a list",
    ),
    RightAnswer(
        question="stat_biais_variance_eqm",
        cell="stat_biais_variance_eqm_code",
        code=(
            "def biais_variance_eqm(estimations, theta):\n"
            "    e = np.asarray(estimations)\n"
            "    return np.array([e.mean() - theta, e.var(), ((e - theta) ** 2).mean()])\n"
        ),
        how="returned as a numpy array",
    ),
    RightAnswer(
        question="stat_risque_quadratique_moyenne",
        cell="stat_risque_quadratique_moyenne_code",
        code=(
            "def risque_quadratique_moyenne(sigma, n):\n"
            "    return (sigma / n ** 0.5) ** 2\n"
        ),
        how="square of the standard error",
    ),
    RightAnswer(
        question="stat_eqm_retrecissement",
        cell="stat_eqm_retrecissement_code",
        code=(
            "def eqm_retrecissement(c, mu, sigma, n):\n"
            "    # E[(cX - mu)^2] = c^2 E[X^2] - 2 c mu E[X] + mu^2, E[X^2] = sigma^2/n + mu^2\n"
            "    return c ** 2 * (sigma ** 2 / n + mu ** 2) - 2 * c * mu ** 2 + mu ** 2\n"
        ),
        how="expanding the square with the second moment",
    ),
]
