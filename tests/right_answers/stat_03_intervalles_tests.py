"""Correct answers written differently, for ``source/08_statistique/03_intervalles_tests.ipynb``."""

from . import RightAnswer

CASES = [
    RightAnswer(
        question="stat_ic_moyenne",
        cell="stat_ic_moyenne_code",
        code=(
            "def ic_moyenne(x, niveau=0.95):\n"
            "    return stats.t.interval(niveau, len(x) - 1, loc=np.mean(x), scale=stats.sem(x))\n"
        ),
        how="scipy.stats.t.interval with stats.sem",
    ),
    RightAnswer(
        question="stat_ic_moyenne",
        cell="stat_ic_moyenne_code",
        code=(
            "def ic_moyenne(x, niveau=0.95):\n"
            "    res = stats.ttest_1samp(x, 0.0)\n"
            "    return res.confidence_interval(confidence_level=niveau)\n"
        ),
        how="the ConfidenceInterval object of scipy's ttest_1samp",
    ),
    RightAnswer(
        question="stat_ic_proportion",
        cell="stat_ic_proportion_code",
        code=(
            "from statistics import NormalDist\n"
            "def ic_proportion(k, n, niveau=0.95):\n"
            "    p = k / n\n"
            "    z = NormalDist().inv_cdf((1 + niveau) / 2)\n"
            "    h = z * (p * (1 - p) / n) ** 0.5\n"
            "    return [p - h, p + h]\n"
        ),
        how="statistics.NormalDist, returned as a list",
    ),
    RightAnswer(
        question="stat_ic_variance",
        cell="stat_ic_variance_code",
        code=(
            "def ic_variance(x, niveau=0.95):\n"
            "    n = len(x)\n"
            "    bas, haut = stats.chi2.interval(niveau, n - 1)\n"
            "    s2 = np.var(x, ddof=1)\n"
            "    return np.array([(n - 1) * s2 / haut, (n - 1) * s2 / bas])\n"
        ),
        how="stats.chi2.interval, returned as a numpy array",
    ),
    RightAnswer(
        question="stat_test_t_une_moyenne",
        cell="stat_test_t_une_moyenne_code",
        code=(
            "def test_t_une_moyenne(x, mu0, alternative='two-sided'):\n"
            "    return stats.ttest_1samp(x, mu0, alternative=alternative)\n"
        ),
        how="scipy's result object returned as is",
    ),
    RightAnswer(
        question="stat_test_t_une_moyenne",
        cell="stat_test_t_une_moyenne_code",
        code=(
            "def test_t_une_moyenne(x, mu0, alternative='two-sided'):\n"
            "    n = len(x)\n"
            "    t = (np.mean(x) - mu0) * np.sqrt(n) / np.std(x, ddof=1)\n"
            "    gauche = stats.t.cdf(t, n - 1)\n"
            "    droite = stats.t.sf(t, n - 1)\n"
            "    p = {'less': gauche, 'greater': droite,\n"
            "         'two-sided': 2 * min(gauche, droite)}[alternative]\n"
            "    return [t, p]\n"
        ),
        how="two-sided p-value as twice the smaller tail, returned as a list",
    ),
    RightAnswer(
        question="stat_test_welch",
        cell="stat_test_welch_code",
        code=(
            "def test_welch(x, y):\n"
            "    r = stats.ttest_ind(x, y, equal_var=False)\n"
            "    return r.statistic, r.pvalue\n"
        ),
        how="scipy.stats.ttest_ind(equal_var=False)",
    ),
    RightAnswer(
        question="stat_test_khi2_adequation",
        cell="stat_test_khi2_adequation_code",
        code=(
            "def test_khi2_adequation(observes, probas):\n"
            "    return stats.chisquare(observes, np.sum(observes) * probas)\n"
        ),
        how="scipy.stats.chisquare result object",
    ),
    RightAnswer(
        question="stat_test_khi2_adequation",
        cell="stat_test_khi2_adequation_code",
        code=(
            "def test_khi2_adequation(observes, probas):\n"
            "    n = observes.sum()\n"
            "    d = float(np.sum(observes ** 2 / (n * probas)) - n)\n"
            "    return d, float(stats.chi2.sf(d, len(observes) - 1))\n"
        ),
        how="computing formula sum N^2/(n p) - n",
    ),
]
