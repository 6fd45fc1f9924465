"""Correct answers written differently, for ``source/05_analyse/01_suites_differentiel_taylor.ipynb``."""

from . import RightAnswer

CASES = [
    RightAnswer(
        question="ana_rang_geometrique",
        cell="ana_rang_geometrique_code",
        code=(
            "import math\n"
            "def rang_geometrique(q, eps):\n"
            "    n = math.ceil(math.log(eps * (1 - q)) / math.log(abs(q)) - 1)\n"
            "    return max(0, n)\n"
        ),
        how="closed form with logarithms and ceil",
    ),
    RightAnswer(
        question="ana_rang_geometrique",
        cell="ana_rang_geometrique_code",
        code=(
            "def rang_geometrique(q, eps):\n"
            "    S, S_N, terme, N = 1 / (1 - q), 1.0, 1.0, 0\n"
            "    while abs(q) ** (N + 1) / (1 - q) > eps:\n"
            "        N += 1\n"
            "    return N\n"
        ),
        how="loop on the remainder formula, unused partial sums",
    ),
    RightAnswer(
        question="ana_ordre_convergence",
        cell="ana_ordre_convergence_code",
        code=(
            "def ordre_convergence(erreurs):\n"
            "    l = np.log(erreurs)\n"
            "    return float(np.polyfit(l[:-1], l[1:], 1)[0])\n"
        ),
        how="least-squares slope of log e_{n+1} against log e_n",
    ),
    RightAnswer(
        question="ana_ordre_convergence",
        cell="ana_ordre_convergence_code",
        code=(
            "import math\n"
            "def ordre_convergence(erreurs):\n"
            "    e = list(erreurs)\n"
            "    return math.log(e[-1] / e[-2]) / math.log(e[-2] / e[-3])\n"
        ),
        how="last triple with math.log",
    ),
    RightAnswer(
        question="ana_nature_series",
        cell="ana_nature_series_code",
        code=(
            "def nature_series():\n"
            "    return dict(e='Absolument convergente ', d='divergente', c='absolument convergente',\n"
            "                b='Semi-convergente', a='DIVERGENTE')\n"
        ),
        how="other key order, other case and spaces",
    ),
    RightAnswer(
        question="ana_gradient_centre",
        cell="ana_gradient_centre_code",
        code=(
            "def gradient_centre(f, x, h):\n"
            "    E = np.eye(len(x)) * h\n"
            "    return np.array([f(x + e) - f(x - e) for e in E]) / (2 * h)\n"
        ),
        how="vectorised over the basis",
    ),
    RightAnswer(
        question="ana_gradient_centre",
        cell="ana_gradient_centre_code",
        code=(
            "def gradient_centre(f, x, h):\n"
            "    g = []\n"
            "    for i in range(len(x)):\n"
            "        xp = np.array(x, dtype=float); xm = np.array(x, dtype=float)\n"
            "        xp[i] = x[i] + h; xm[i] = x[i] - h\n"
            "        g.append(0.5 * (f(xp) - f(xm)) / h)\n"
            "    return g\n"
        ),
        how="list of floats, 0.5 * (...) / h",
    ),
    RightAnswer(
        question="ana_gradient_quadratique",
        cell="ana_gradient_quadratique_code",
        code=(
            "def gradient_quadratique(A, b, x):\n"
            "    return (A @ x + A.T @ x) / 2 - b\n"
        ),
        how="sum of the two products",
    ),
    RightAnswer(
        question="ana_gradient_quadratique",
        cell="ana_gradient_quadratique_code",
        code=(
            "def gradient_quadratique(A, b, x):\n"
            "    S = (A + np.transpose(A)) / 2\n"
            "    return np.einsum('ij,j->i', S, x) - b\n"
        ),
        how="symmetric part with einsum",
    ),
    RightAnswer(
        question="ana_jacobienne",
        cell="ana_jacobienne_code",
        code=(
            "import math\n"
            "def jacobienne(x, y, a, b, c):\n"
            "    J = np.zeros((3, 2))\n"
            "    J[0] = a * x ** (a - 1) * y, x ** a\n"
            "    J[1] = b * y * math.cos(b * x * y), b * x * math.cos(b * x * y)\n"
            "    J[2, 0] = c * math.exp(c * x - y)\n"
            "    J[2, 1] = -math.exp(c * x - y)\n"
            "    return J\n"
        ),
        how="filled row by row with math",
    ),
    RightAnswer(
        question="ana_jacobienne",
        cell="ana_jacobienne_code",
        code=(
            "def jacobienne(x, y, a, b, c):\n"
            "    gx = [a * x ** (a - 1) * y, b * y * np.cos(b * x * y), c * np.exp(c * x - y)]\n"
            "    gy = [x ** a, b * x * np.cos(b * x * y), -np.exp(c * x - y)]\n"
            "    return np.column_stack([gx, gy])\n"
        ),
        how="columns stacked",
    ),
    RightAnswer(
        question="ana_gradient_logistique",
        cell="ana_gradient_logistique_code",
        code=(
            "def gradient_logistique(w, X, y):\n"
            "    g = np.zeros(X.shape[1])\n"
            "    for xi, yi in zip(X, y):\n"
            "        t = xi @ w\n"
            "        g += (np.exp(t) / (1 + np.exp(t)) - yi) * xi\n"
            "    return g\n"
        ),
        how="loop over samples, sigmoid as e^t / (1 + e^t)",
    ),
    RightAnswer(
        question="ana_gradient_logistique",
        cell="ana_gradient_logistique_code",
        code=(
            "def gradient_logistique(w, X, y):\n"
            "    s = 0.5 * (1 + np.tanh(X @ w / 2))\n"
            "    return np.dot(s - y, X)\n"
        ),
        how="sigmoid through tanh, row vector times X",
    ),
    RightAnswer(
        question="ana_dl_produit",
        cell="ana_dl_produit_code",
        code=(
            "def dl_produit(a, b, n):\n"
            "    return np.convolve(a, b)[:n + 1]\n"
        ),
        how="np.convolve truncated",
    ),
    RightAnswer(
        question="ana_dl_produit",
        cell="ana_dl_produit_code",
        code=(
            "from numpy.polynomial import polynomial as P\n"
            "def dl_produit(a, b, n):\n"
            "    c = P.polymul(a[:n + 1], b[:n + 1])\n"
            "    return np.pad(c, (0, max(0, n + 1 - len(c))))[:n + 1]\n"
        ),
        how="numpy.polynomial.polymul",
    ),
    RightAnswer(
        question="ana_limites_dl",
        cell="ana_limites_dl_code",
        code=(
            "def limites_par_dl(a, b, c):\n"
            "    return [-(a * a * a) / 6.0, 0.5 * b * b, -0.5 * c * c]\n"
        ),
        how="list, products instead of powers",
    ),
    RightAnswer(
        question="ana_limites_dl",
        cell="ana_limites_dl_code",
        code=(
            "def limites_par_dl(a, b, c):\n"
            "    return np.array([-a ** 3 / 6, b ** 2 / 2, -c ** 2 / 2])\n"
        ),
        how="numpy array",
    ),
    RightAnswer(
        question="ana_taylor_ordre2",
        cell="ana_taylor_ordre2_code",
        code=(
            "def taylor_ordre2(f, grad, hess, x0, h):\n"
            "    g, H = grad(x0), hess(x0)\n"
            "    return f(x0) + np.dot(g, h) + 0.5 * np.einsum('i,ij,j->', h, H, h)\n"
        ),
        how="einsum for the quadratic term",
    ),
]
