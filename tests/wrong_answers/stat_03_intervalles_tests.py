"""Typical wrong answers for source/08_statistique/03_intervalles_tests.ipynb."""

from . import WrongAnswer

# ---------------------------------------------------------------- ic_moyenne

_IC_MOYENNE = '''
def ic_moyenne(x, niveau=0.95):
    n = len(x)
    m = np.mean(x)
{corps}
'''


def _ic_moyenne(corps: str) -> str:
    return _IC_MOYENNE.format(corps=corps).strip("\n") + "\n"


# ---------------------------------------------------------------- ic_proportion

_IC_PROPORTION = '''
def ic_proportion(k, n, niveau=0.95):
    p = k / n
{corps}
    return (p - h, p + h)
'''


def _ic_proportion(corps: str) -> str:
    return _IC_PROPORTION.format(corps=corps).strip("\n") + "\n"


# ---------------------------------------------------------------- ic_variance

_IC_VARIANCE = '''
def ic_variance(x, niveau=0.95):
    n = len(x)
    alpha = 1 - niveau
{corps}
'''


def _ic_variance(corps: str) -> str:
    return _IC_VARIANCE.format(corps=corps).strip("\n") + "\n"


CASES = [
    # --- ic_moyenne
    WrongAnswer(
        question="stat_ic_moyenne",
        cell="stat_ic_moyenne_code",
        code=_ic_moyenne(
            "    h = stats.norm.ppf(1 - (1 - niveau) / 2) * np.std(x, ddof=1) / np.sqrt(n)\n"
            "    return (m - h, m + h)"),
        expect="quantile de la loi normale (z) au lieu de celui de la loi de Student",
    ),
    WrongAnswer(
        question="stat_ic_moyenne",
        cell="stat_ic_moyenne_code",
        code=_ic_moyenne(
            "    h = stats.t.ppf(niveau, n - 1) * np.std(x, ddof=1) / np.sqrt(n)\n"
            "    return (m - h, m + h)"),
        expect="(α au lieu de α/2)",
    ),
    WrongAnswer(
        question="stat_ic_moyenne",
        cell="stat_ic_moyenne_code",
        code=_ic_moyenne(
            "    h = stats.t.ppf(1 - (1 - niveau) / 2, n - 1) * np.std(x, ddof=1)\n"
            "    return (m - h, m + h)"),
        expect="au lieu de l'erreur-type s/√n",
    ),
    WrongAnswer(
        question="stat_ic_moyenne",
        cell="stat_ic_moyenne_code",
        code=_ic_moyenne(
            "    h = stats.t.ppf(1 - (1 - niveau) / 2, n - 1) * np.std(x) / np.sqrt(n)\n"
            "    return (m - h, m + h)"),
        expect="calculé avec ddof=0",
    ),
    WrongAnswer(
        question="stat_ic_moyenne",
        cell="stat_ic_moyenne_code",
        code=_ic_moyenne(
            "    return stats.t.interval(niveau, n, loc=m, scale=stats.sem(x))"),
        expect="n − 1 degrés de liberté, pas n",
    ),
    # --- ic_proportion
    WrongAnswer(
        question="stat_ic_proportion",
        cell="stat_ic_proportion_code",
        code=_ic_proportion(
            "    h = stats.norm.ppf(niveau) * np.sqrt(p * (1 - p) / n)"),
        expect="(α au lieu de α/2)",
    ),
    WrongAnswer(
        question="stat_ic_proportion",
        cell="stat_ic_proportion_code",
        code=_ic_proportion(
            "    h = stats.norm.ppf(1 - (1 - niveau) / 2) * np.sqrt(p * (1 - p))"),
        expect="oublié de diviser par n",
    ),
    WrongAnswer(
        question="stat_ic_proportion",
        cell="stat_ic_proportion_code",
        code=_ic_proportion(
            "    h = stats.norm.ppf(1 - (1 - niveau) / 2) * p * (1 - p) / n"),
        expect="oublié la racine carrée",
    ),
    WrongAnswer(
        question="stat_ic_proportion",
        cell="stat_ic_proportion_code",
        code=_ic_proportion(
            "    h = stats.norm.ppf(1 - (1 - niveau) / 2) * np.sqrt(p * (1 - p)) / n"),
        expect="divisé par √n, pas par n",
    ),
    # --- ic_variance
    WrongAnswer(
        question="stat_ic_variance",
        cell="stat_ic_variance_code",
        code=_ic_variance(
            "    sc = (n - 1) * np.var(x, ddof=1)\n"
            "    return (sc / stats.chi2.ppf(alpha / 2, n - 1),\n"
            "            sc / stats.chi2.ppf(1 - alpha / 2, n - 1))"),
        expect="les quantiles sont inversés",
    ),
    WrongAnswer(
        question="stat_ic_variance",
        cell="stat_ic_variance_code",
        code=_ic_variance(
            "    sc = (n - 1) * np.var(x, ddof=1)\n"
            "    return (sc / stats.chi2.ppf(1 - alpha / 2, n),\n"
            "            sc / stats.chi2.ppf(alpha / 2, n))"),
        expect="n − 1 degrés de liberté (la moyenne est estimée), pas n",
    ),
    WrongAnswer(
        question="stat_ic_variance",
        cell="stat_ic_variance_code",
        code=_ic_variance(
            "    sc = (n - 1) * np.var(x, ddof=1)\n"
            "    return (np.sqrt(sc / stats.chi2.ppf(1 - alpha / 2, n - 1)),\n"
            "            np.sqrt(sc / stats.chi2.ppf(alpha / 2, n - 1)))"),
        expect="l'intervalle pour l'écart-type σ",
    ),
    WrongAnswer(
        question="stat_ic_variance",
        cell="stat_ic_variance_code",
        code=_ic_variance(
            "    sc = (n - 1) * np.var(x)\n"
            "    return (sc / stats.chi2.ppf(1 - alpha / 2, n - 1),\n"
            "            sc / stats.chi2.ppf(alpha / 2, n - 1))"),
        expect="la variance a été calculée avec ddof=0",
    ),
    # --- test_t_une_moyenne
    WrongAnswer(
        question="stat_test_t_une_moyenne",
        cell="stat_test_t_une_moyenne_code",
        code='''
def test_t_une_moyenne(x, mu0, alternative="two-sided"):
    n = len(x)
    t = (np.mean(x) - mu0) / (np.std(x, ddof=1) / np.sqrt(n))
    if alternative == "less":
        return t, stats.t.cdf(t, n - 1)
    if alternative == "greater":
        return t, stats.t.sf(t, n - 1)
    return t, stats.t.sf(abs(t), n - 1)
'''.lstrip("\n"),
        expect="c'est la p-valeur unilatérale",
    ),
    WrongAnswer(
        question="stat_test_t_une_moyenne",
        cell="stat_test_t_une_moyenne_code",
        code='''
def test_t_une_moyenne(x, mu0, alternative="two-sided"):
    n = len(x)
    z = (np.mean(x) - mu0) / (np.std(x, ddof=1) / np.sqrt(n))
    if alternative == "less":
        return z, stats.norm.cdf(z)
    if alternative == "greater":
        return z, stats.norm.sf(z)
    return z, 2 * stats.norm.sf(abs(z))
'''.lstrip("\n"),
        expect="la loi normale au lieu de la loi de Student",
    ),
    WrongAnswer(
        question="stat_test_t_une_moyenne",
        cell="stat_test_t_une_moyenne_code",
        code='''
def test_t_une_moyenne(x, mu0, alternative="two-sided"):
    n = len(x)
    t = (np.mean(x) - mu0) / (np.std(x, ddof=1) / np.sqrt(n))
    if alternative == "less":
        return t, stats.t.sf(t, n - 1)
    if alternative == "greater":
        return t, stats.t.cdf(t, n - 1)
    return t, 2 * stats.t.sf(abs(t), n - 1)
'''.lstrip("\n"),
        expect="la mauvaise queue de la loi",
    ),
    WrongAnswer(
        question="stat_test_t_une_moyenne",
        cell="stat_test_t_une_moyenne_code",
        code='''
def test_t_une_moyenne(x, mu0, alternative="two-sided"):
    n = len(x)
    t = (np.mean(x) - mu0) / (np.std(x, ddof=1) / np.sqrt(n))
    p = 2 * stats.t.sf(abs(t), n - 1)
    return t, p
'''.lstrip("\n"),
        expect="c'est la p-valeur du test bilatéral",
    ),
    WrongAnswer(
        question="stat_test_t_une_moyenne",
        cell="stat_test_t_une_moyenne_code",
        code='''
def test_t_une_moyenne(x, mu0, alternative="two-sided"):
    n = len(x)
    t = (np.mean(x) - mu0) / (np.std(x) / np.sqrt(n))
    if alternative == "less":
        return t, stats.t.cdf(t, n - 1)
    if alternative == "greater":
        return t, stats.t.sf(t, n - 1)
    return t, 2 * stats.t.sf(abs(t), n - 1)
'''.lstrip("\n"),
        expect="l'écart-type a été calculé avec ddof=0",
    ),
    # --- test_welch
    WrongAnswer(
        question="stat_test_welch",
        cell="stat_test_welch_code",
        code='''
def test_welch(x, y):
    res = stats.ttest_ind(x, y)
    return res.statistic, res.pvalue
'''.lstrip("\n"),
        expect="test de Student à variances égales",
    ),
    WrongAnswer(
        question="stat_test_welch",
        cell="stat_test_welch_code",
        code='''
def test_welch(x, y):
    res = stats.ttest_ind(y, x, equal_var=False)
    return res.statistic, res.pvalue
'''.lstrip("\n"),
        expect="le signe est inversé",
    ),
    WrongAnswer(
        question="stat_test_welch",
        cell="stat_test_welch_code",
        code='''
def test_welch(x, y):
    nx, ny = len(x), len(y)
    t = (np.mean(x) - np.mean(y)) / np.sqrt(np.var(x, ddof=1) / nx + np.var(y, ddof=1) / ny)
    return t, 2 * stats.t.sf(abs(t), nx + ny - 2)
'''.lstrip("\n"),
        expect="nx + ny − 2 degrés de liberté",
    ),
    # --- test_khi2_adequation
    WrongAnswer(
        question="stat_test_khi2_adequation",
        cell="stat_test_khi2_adequation_code",
        code='''
def test_khi2_adequation(observes, probas):
    e = np.sum(observes) * probas
    d = np.sum((observes - e) ** 2 / e)
    return d, stats.chi2.sf(d, len(observes))
'''.lstrip("\n"),
        expect="k − 1 degrés de liberté (les effectifs sont liés",
    ),
    WrongAnswer(
        question="stat_test_khi2_adequation",
        cell="stat_test_khi2_adequation_code",
        code='''
def test_khi2_adequation(observes, probas):
    e = np.sum(observes) * probas
    d = np.sum((observes - e) ** 2 / observes)
    return d, stats.chi2.sf(d, len(observes) - 1)
'''.lstrip("\n"),
        expect="divisé par les effectifs observés",
    ),
    WrongAnswer(
        question="stat_test_khi2_adequation",
        cell="stat_test_khi2_adequation_code",
        code='''
def test_khi2_adequation(observes, probas):
    e = np.sum(observes) * probas
    d = np.sum((observes - e) ** 2 / e)
    return d, stats.chi2.cdf(d, len(observes) - 1)
'''.lstrip("\n"),
        expect="la queue droite P(χ² ≥ d)",
    ),
    # --- added by issue 12 (content truth, second pass) ---------------------
    WrongAnswer(
        question="stat_ic_proportion",
        cell="stat_ic_proportion_code",
        code=(
            "def ic_proportion(k, n, niveau=0.95):\n"
            "    p = k / n\n"
            "    z = stats.t.ppf(1 - (1 - niveau) / 2, n - 1)\n"
            "    h = z * np.sqrt(p * (1 - p) / n)\n"
            "    return p - h, p + h\n"
        ),
        expect="pas celui d'une loi de Student",
    ),
    WrongAnswer(
        question="stat_test_welch",
        cell="stat_test_welch_code",
        code=(
            "def test_welch(x, y):\n"
            "    r = stats.ttest_ind(x, y, equal_var=False)\n"
            "    return r.statistic, r.pvalue / 2\n"
        ),
        expect="c'est la p-valeur unilatérale",
    ),
    WrongAnswer(
        question="stat_test_khi2_adequation",
        cell="stat_test_khi2_adequation_code",
        code=(
            "def test_khi2_adequation(observes, probas):\n"
            "    n = observes.sum()\n"
            "    d = np.sum((observes - n * probas) ** 2 / (n * probas))\n"
            "    return d, stats.chi2.sf(d, len(observes) - 2)\n"
        ),
        expect="pas k − 2",
    ),
]
