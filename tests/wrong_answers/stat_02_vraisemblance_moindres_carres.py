"""Typical wrong answers of source/08_statistique/02_vraisemblance_moindres_carres.ipynb."""

from . import WrongAnswer

CASES = [
    # ------------------------------------------------ maximum de vraisemblance
    WrongAnswer(
        question="stat_emv_exponentielle",
        cell="stat_emv_exponentielle_code",
        code='''\
def emv_exponentielle(x):
    """Estimateur du maximum de vraisemblance du taux λ d'une loi exponentielle."""
    return np.mean(x)
''',
        expect="le paramètre d'échelle de la loi",
    ),
    WrongAnswer(
        question="stat_emv_exponentielle",
        cell="stat_emv_exponentielle_code",
        code='''\
def emv_exponentielle(x):
    """Estimateur du maximum de vraisemblance du taux λ d'une loi exponentielle."""
    return (len(x) - 1) / np.sum(x)
''',
        expect="l'estimateur sans biais de λ",
    ),
    WrongAnswer(
        question="stat_emv_normale",
        cell="stat_emv_normale_code",
        code='''\
def emv_normale(x):
    """Estimateurs du maximum de vraisemblance d'une loi normale N(μ, σ²)."""
    return np.mean(x), np.var(x, ddof=1)
''',
        expect="estimateur sans biais, ddof=1",
    ),
    WrongAnswer(
        question="stat_emv_normale",
        cell="stat_emv_normale_code",
        code='''\
def emv_normale(x):
    """Estimateurs du maximum de vraisemblance d'une loi normale N(μ, σ²)."""
    return np.mean(x), np.std(x)
''',
        expect="l'écart-type σ̂ au lieu de la variance σ̂²",
    ),
    WrongAnswer(
        question="stat_emv_normale",
        cell="stat_emv_normale_code",
        code='''\
def emv_normale(x):
    """Estimateurs du maximum de vraisemblance d'une loi normale N(μ, σ²)."""
    return np.var(x), np.mean(x)
''',
        expect="renvoyez d'abord μ̂, puis σ̂²",
    ),
    WrongAnswer(
        question="stat_log_vraisemblance_poisson",
        cell="stat_log_vraisemblance_poisson_code",
        code='''\
def log_vraisemblance_poisson(lam, x):
    """Log-vraisemblance d'un échantillon de la loi de Poisson de paramètre lam."""
    return np.sum(x * np.log(lam) - lam)
''',
        expect="le terme − Σ log(xᵢ!) manque",
    ),
    WrongAnswer(
        question="stat_log_vraisemblance_poisson",
        cell="stat_log_vraisemblance_poisson_code",
        code='''\
def log_vraisemblance_poisson(lam, x):
    """Log-vraisemblance d'un échantillon de la loi de Poisson de paramètre lam."""
    return np.prod(scipy.stats.poisson.pmf(x, lam))
''',
        expect="la vraisemblance (le produit des probabilités)",
    ),
    WrongAnswer(
        question="stat_log_vraisemblance_poisson",
        cell="stat_log_vraisemblance_poisson_code",
        code='''\
def log_vraisemblance_poisson(lam, x):
    """Log-vraisemblance d'un échantillon de la loi de Poisson de paramètre lam."""
    return np.sum(x) * np.log(lam) - lam - np.sum(scipy.special.gammaln(x + 1))
''',
        expect="le terme − λ n'est compté qu'une fois",
    ),
    WrongAnswer(
        question="stat_log_vraisemblance_poisson",
        cell="stat_log_vraisemblance_poisson_code",
        code='''\
def log_vraisemblance_poisson(lam, x):
    """Log-vraisemblance d'un échantillon de la loi de Poisson de paramètre lam."""
    return scipy.stats.poisson.logpmf(x, lam)
''',
        expect="un seul nombre est attendu",
    ),
    # ------------------------------------------------------- moindres carrés
    WrongAnswer(
        question="stat_mco_simple",
        cell="stat_mco_simple_code",
        code='''\
def mco_simple(x, y):
    """Droite des moindres carrés y ≈ a + b x."""
    b = np.sum(x * y) / np.sum(x ** 2)
    return 0.0, b
''',
        expect="une droite passant par l'origine",
    ),
    WrongAnswer(
        question="stat_mco_simple",
        cell="stat_mco_simple_code",
        code='''\
def mco_simple(x, y):
    """Droite des moindres carrés y ≈ a + b x."""
    b, a = np.polyfit(x, y, 1)
    return b, a
''',
        expect="l'ordre est inversé",
    ),
    WrongAnswer(
        question="stat_mco_simple",
        cell="stat_mco_simple_code",
        code='''\
def mco_simple(x, y):
    """Droite des moindres carrés y ≈ a + b x."""
    b = np.cov(x, y)[0, 1] / np.var(x)
    a = np.mean(y) - b * np.mean(x)
    return a, b
''',
        expect="pas calculées avec le même ddof",
    ),
    WrongAnswer(
        question="stat_mco_simple",
        cell="stat_mco_simple_code",
        code='''\
def mco_simple(x, y):
    """Droite des moindres carrés y ≈ a + b x."""
    b = np.cov(x, y)[0, 1] / np.var(y, ddof=1)
    a = np.mean(y) - b * np.mean(x)
    return a, b
''',
        expect="la variance de y au lieu de celle de x",
    ),
    WrongAnswer(
        question="stat_mco_simple",
        cell="stat_mco_simple_code",
        code='''\
def mco_simple(x, y):
    """Droite des moindres carrés y ≈ a + b x."""
    b = np.cov(x, y)[0, 1] / np.var(x, ddof=1)
    return np.mean(y), b
''',
        expect="l'ordonnée à l'origine n'est pas ȳ",
    ),
    WrongAnswer(
        question="stat_mco",
        cell="stat_mco_code",
        code='''\
def mco(X, y):
    """Coefficients des moindres carrés de la régression de y sur les colonnes de X."""
    return np.linalg.lstsq(X, y, rcond=None)[0]
''',
        expect="ajoutez à X une colonne de uns",
    ),
    WrongAnswer(
        question="stat_mco",
        cell="stat_mco_code",
        code='''\
def mco(X, y):
    """Coefficients des moindres carrés de la régression de y sur les colonnes de X."""
    A = np.column_stack([X, np.ones(len(y))])
    return np.linalg.solve(A.T @ A, A.T @ y)
''',
        expect="doit venir en premier, pas en dernier",
    ),
    WrongAnswer(
        question="stat_mco",
        cell="stat_mco_code",
        code='''\
def mco(X, y):
    """Coefficients des moindres carrés de la régression de y sur les colonnes de X."""
    A = np.column_stack([np.ones(len(y)), X])
    return np.linalg.lstsq(A, y, rcond=None)
''',
        expect="ne renvoyez que son premier élément",
    ),
    WrongAnswer(
        question="stat_coefficient_r2",
        cell="stat_coefficient_r2_code",
        code='''\
def coefficient_r2(x, y):
    """Coefficient de détermination R² de la régression simple de y sur x."""
    b, a = np.polyfit(x, y, 1)
    scr = np.sum((y - a - b * x) ** 2)
    return 1 - scr / np.sum(y ** 2)
''',
        expect="la somme des carrés totale doit être centrée",
    ),
    WrongAnswer(
        question="stat_coefficient_r2",
        cell="stat_coefficient_r2_code",
        code='''\
def coefficient_r2(x, y):
    """Coefficient de détermination R² de la régression simple de y sur x."""
    return np.corrcoef(x, y)[0, 1]
''',
        expect="le coefficient de corrélation linéaire r",
    ),
    WrongAnswer(
        question="stat_coefficient_r2",
        cell="stat_coefficient_r2_code",
        code='''\
def coefficient_r2(x, y):
    """Coefficient de détermination R² de la régression simple de y sur x."""
    b, a = np.polyfit(x, y, 1)
    scr = np.sum((y - a - b * x) ** 2)
    return scr / np.sum((y - np.mean(y)) ** 2)
''',
        expect="au lieu de 1 − SCR/SCT",
    ),
    # --- added by issue 12 (content truth, second pass) ---------------------
    WrongAnswer(
        question="stat_emv_normale",
        cell="stat_emv_normale_code",
        code=(
            "def emv_normale(x):\n"
            "    return np.var(x), np.mean(x)\n"
        ),
        expect="renvoyez d'abord μ̂, puis σ̂²",
    ),
    WrongAnswer(
        question="stat_mco_simple",
        cell="stat_mco_simple_code",
        code=(
            "def mco_simple(x, y):\n"
            "    b = np.cov(x, y)[0, 1] / np.var(x)\n"
            "    return np.mean(y) - b * np.mean(x), b\n"
        ),
        expect="pas calculées avec le même ddof",
    ),
    WrongAnswer(
        question="stat_coefficient_r2",
        cell="stat_coefficient_r2_code",
        code=(
            "def coefficient_r2(x, y):\n"
            "    return np.corrcoef(x, y)[0, 1]\n"
        ),
        expect="le coefficient de corrélation linéaire r",
    ),
]
