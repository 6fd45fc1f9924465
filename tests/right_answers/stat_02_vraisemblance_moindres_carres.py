"""Correct answers written differently, for ``source/08_statistique/02_vraisemblance_moindres_carres.ipynb``."""

from . import RightAnswer

CASES = [
    RightAnswer(
        question="stat_emv_exponentielle",
        cell="stat_emv_exponentielle_code",
        code=(
            "def emv_exponentielle(x):\n"
            "    return len(x) / sum(x)\n"
        ),
        how="n / sum(x)",
    ),
    RightAnswer(
        question="stat_emv_normale",
        cell="stat_emv_normale_code",
        code=(
            "def emv_normale(x):\n"
            "    return list(scipy.stats.norm.fit(x))[0], np.var(x)\n"
        ),
        how="scipy.stats.norm.fit for the mean, np.var for the variance",
    ),
    RightAnswer(
        question="stat_emv_normale",
        cell="stat_emv_normale_code",
        code=(
            "def emv_normale(x):\n"
            "    n = len(x)\n"
            "    m = sum(x) / n\n"
            "    return np.array([m, sum((v - m) ** 2 for v in x) / n])\n"
        ),
        how="loops, returned as a numpy array",
    ),
    RightAnswer(
        question="stat_log_vraisemblance_poisson",
        cell="stat_log_vraisemblance_poisson_code",
        code=(
            "def log_vraisemblance_poisson(lam, x):\n"
            "    return scipy.stats.poisson.logpmf(x, lam).sum()\n"
        ),
        how="scipy.stats.poisson.logpmf",
    ),
    RightAnswer(
        question="stat_log_vraisemblance_poisson",
        cell="stat_log_vraisemblance_poisson_code",
        code=(
            "import math\n"
            "def log_vraisemblance_poisson(lam, x):\n"
            "    return sum(k * math.log(lam) - lam - math.lgamma(k + 1) for k in x.tolist())\n"
        ),
        how="math.lgamma in a loop",
    ),
    RightAnswer(
        question="stat_mco_simple",
        cell="stat_mco_simple_code",
        code=(
            "def mco_simple(x, y):\n"
            "    r = scipy.stats.linregress(x, y)\n"
            "    return r.intercept, r.slope\n"
        ),
        how="scipy.stats.linregress",
    ),
    RightAnswer(
        question="stat_mco_simple",
        cell="stat_mco_simple_code",
        code=(
            "def mco_simple(x, y):\n"
            "    b, a = np.polyfit(x, y, 1)\n"
            "    return [a, b]\n"
        ),
        how="np.polyfit, returned as a list",
    ),
    RightAnswer(
        question="stat_mco",
        cell="stat_mco_code",
        code=(
            "def mco(X, y):\n"
            "    A = np.hstack([np.ones((len(X), 1)), X])\n"
            "    return np.linalg.lstsq(A, y, rcond=None)[0]\n"
        ),
        how="np.linalg.lstsq",
    ),
    RightAnswer(
        question="stat_mco",
        cell="stat_mco_code",
        code=(
            "def mco(X, y):\n"
            "    # centred variables, then the intercept\n"
            "    mx, my = X.mean(axis=0), y.mean()\n"
            "    beta = np.linalg.pinv(X - mx) @ (y - my)\n"
            "    return np.concatenate([[my - mx @ beta], beta])\n"
        ),
        how="centring and pseudo-inverse",
    ),
    RightAnswer(
        question="stat_coefficient_r2",
        cell="stat_coefficient_r2_code",
        code=(
            "def coefficient_r2(x, y):\n"
            "    return np.corrcoef(x, y)[0, 1] ** 2\n"
        ),
        how="square of the correlation coefficient",
    ),
    RightAnswer(
        question="stat_coefficient_r2",
        cell="stat_coefficient_r2_code",
        code=(
            "def coefficient_r2(x, y):\n"
            "    b, a = np.polyfit(x, y, 1)\n"
            "    residus = y - (a + b * x)\n"
            "    return 1 - np.sum(residus ** 2) / np.sum((y - np.mean(y)) ** 2)\n"
        ),
        how="np.polyfit then 1 - SCR/SCT",
    ),
]
