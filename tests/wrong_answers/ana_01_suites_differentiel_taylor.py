"""Typical wrong answers for ``source/05_analyse/01_suites_differentiel_taylor.ipynb``."""

from . import WrongAnswer

CASES = [
    # --- ana_suites_series -------------------------------------------------
    WrongAnswer(
        question="ana_rang_geometrique",
        cell="ana_rang_geometrique_code",
        code=(
            "def rang_geometrique(q, eps):\n"
            "    n = 0\n"
            "    while abs(q) ** n > eps:\n"
            "        n += 1\n"
            "    return n\n"
        ),
        expect="oublié le facteur 1 / (1 - q)",
    ),
    WrongAnswer(
        question="ana_rang_geometrique",
        cell="ana_rang_geometrique_code",
        code=(
            "def rang_geometrique(q, eps):\n"
            "    n = 0\n"
            "    while abs(q) ** (n + 1) / (1 - abs(q)) > eps:\n"
            "        n += 1\n"
            "    return n\n"
        ),
        expect="|1 - q| = 1 + |q|",
    ),
    WrongAnswer(
        question="ana_rang_geometrique",
        cell="ana_rang_geometrique_code",
        code=(
            "def rang_geometrique(q, eps):\n"
            "    n = 0\n"
            "    while abs(q) ** (n + 1) / (1 - q) > eps:\n"
            "        n += 1\n"
            "    return n + 1\n"
        ),
        expect="Vérifiez l'indice",
    ),
    WrongAnswer(
        question="ana_ordre_convergence",
        cell="ana_ordre_convergence_code",
        code=(
            "def ordre_convergence(erreurs):\n"
            "    return erreurs[-1] / erreurs[-2]\n"
        ),
        expect="vous avez renvoyé le taux",
    ),
    WrongAnswer(
        question="ana_ordre_convergence",
        cell="ana_ordre_convergence_code",
        code=(
            "def ordre_convergence(erreurs):\n"
            "    e = erreurs\n"
            "    return np.log(e[1] / e[0]) / np.log(e[2] / e[1])\n"
        ),
        expect="rapport inversé",
    ),
    WrongAnswer(
        question="ana_ordre_convergence",
        cell="ana_ordre_convergence_code",
        code=(
            "def ordre_convergence(erreurs):\n"
            "    return np.log(erreurs[-1]) / np.log(erreurs[-2])\n"
        ),
        expect="il néglige log C",
    ),
    WrongAnswer(
        question="ana_nature_series",
        cell="ana_nature_series_code",
        code=(
            "def nature_series():\n"
            "    return {'a': 'divergente', 'b': 'absolument convergente',\n"
            "            'c': 'absolument convergente', 'd': 'divergente',\n"
            "            'e': 'absolument convergente'}\n"
        ),
        expect="critère des séries alternées",
    ),
    WrongAnswer(
        question="ana_nature_series",
        cell="ana_nature_series_code",
        code=(
            "def nature_series():\n"
            "    return {'a': 'divergente', 'b': 'semi-convergente',\n"
            "            'c': 'absolument convergente', 'd': 'absolument convergente',\n"
            "            'e': 'absolument convergente'}\n"
        ),
        expect="ln ln x → ∞",
    ),
    WrongAnswer(
        question="ana_nature_series",
        cell="ana_nature_series_code",
        code=(
            "def nature_series():\n"
            "    return {'a': 'semi-convergente', 'b': 'semi-convergente',\n"
            "            'c': 'absolument convergente', 'd': 'divergente',\n"
            "            'e': 'semi-convergente'}\n"
        ),
        expect="la série harmonique diverge",
    ),
    WrongAnswer(
        question="ana_nature_series",
        cell="ana_nature_series_code",
        code=(
            "def nature_series():\n"
            "    return ['divergente'] * 5\n"
        ),
        expect="un dictionnaire est attendu",
    ),
    # --- ana_calcul_differentiel -------------------------------------------
    WrongAnswer(
        question="ana_gradient_centre",
        cell="ana_gradient_centre_code",
        code=(
            "import scipy.optimize\n"
            "def gradient_centre(f, x, h):\n"
            "    return scipy.optimize.approx_fprime(x, f, h)\n"
        ),
        expect="scipy.optimize.approx_fprime",
    ),
    WrongAnswer(
        question="ana_gradient_centre",
        cell="ana_gradient_centre_code",
        code=(
            "def gradient_centre(f, x, h):\n"
            "    E = h * np.eye(len(x))\n"
            "    return np.array([(f(x + e) - f(x - e)) / h for e in E])\n"
        ),
        expect="divise par 2h",
    ),
    WrongAnswer(
        question="ana_gradient_centre",
        cell="ana_gradient_centre_code",
        code=(
            "def gradient_centre(f, x, h):\n"
            "    E = h * np.eye(len(x))\n"
            "    return np.array([(f(x) - f(x - e)) / h for e in E])\n"
        ),
        expect="différences arrière",
    ),
    WrongAnswer(
        question="ana_gradient_quadratique",
        cell="ana_gradient_quadratique_code",
        code=(
            "def gradient_quadratique(A, b, x):\n"
            "    return A @ x - b\n"
        ),
        expect="ne vaut A x que si A est symétrique",
    ),
    WrongAnswer(
        question="ana_gradient_quadratique",
        cell="ana_gradient_quadratique_code",
        code=(
            "def gradient_quadratique(A, b, x):\n"
            "    return (A + A.T) @ x - b\n"
        ),
        expect="facteur ½ oublié",
    ),
    WrongAnswer(
        question="ana_gradient_quadratique",
        cell="ana_gradient_quadratique_code",
        code=(
            "def gradient_quadratique(A, b, x):\n"
            "    return 0.5 * (A + A.T) @ x + b\n"
        ),
        expect="le gradient de −bᵀx est −b",
    ),
    WrongAnswer(
        question="ana_jacobienne",
        cell="ana_jacobienne_code",
        code=(
            "def jacobienne(x, y, a, b, c):\n"
            "    e = np.exp(c * x - y)\n"
            "    return np.array([[a * x ** (a - 1) * y, b * y * np.cos(b * x * y), c * e],\n"
            "                     [x ** a, b * x * np.cos(b * x * y), -e]])\n"
        ),
        expect="vous avez renvoyé sa transposée",
    ),
    WrongAnswer(
        question="ana_jacobienne",
        cell="ana_jacobienne_code",
        code=(
            "def jacobienne(x, y, a, b, c):\n"
            "    e = np.exp(c * x - y)\n"
            "    return np.array([[a * x ** (a - 1) * y, x ** a],\n"
            "                     [np.cos(b * x * y), np.cos(b * x * y)],\n"
            "                     [c * e, -e]])\n"
        ),
        expect="∂/∂x sin(bxy) = b y cos(bxy)",
    ),
    WrongAnswer(
        question="ana_jacobienne",
        cell="ana_jacobienne_code",
        code=(
            "def jacobienne(x, y, a, b, c):\n"
            "    e = np.exp(c * x - y)\n"
            "    return np.array([[a * x ** (a - 1) * y, x ** a],\n"
            "                     [b * y * np.cos(b * x * y), b * x * np.cos(b * x * y)],\n"
            "                     [e, -e]])\n"
        ),
        expect="∂/∂x e^(cx − y) = c e^(cx − y)",
    ),
    WrongAnswer(
        question="ana_gradient_logistique",
        cell="ana_gradient_logistique_code",
        code=(
            "def gradient_logistique(w, X, y):\n"
            "    return X.T @ (y - 1 / (1 + np.exp(-X @ w)))\n"
        ),
        expect="signe : ∇L = Xᵀ(σ(Xw) − y)",
    ),
    WrongAnswer(
        question="ana_gradient_logistique",
        cell="ana_gradient_logistique_code",
        code=(
            "def gradient_logistique(w, X, y):\n"
            "    return X.T @ (X @ w - y)\n"
        ),
        expect="il manque la sigmoïde",
    ),
    WrongAnswer(
        question="ana_gradient_logistique",
        cell="ana_gradient_logistique_code",
        code=(
            "def gradient_logistique(w, X, y):\n"
            "    return X.T @ (1 / (1 + np.exp(-X @ w)) - y) / len(y)\n"
        ),
        expect="ne divisez pas par n",
    ),
    WrongAnswer(
        question="ana_gradient_logistique",
        cell="ana_gradient_logistique_code",
        code=(
            "def gradient_logistique(w, X, y):\n"
            "    return (1 / (1 + np.exp(-X @ w)) - y) * (X @ np.ones(X.shape[1]))\n"
        ),
        expect="le gradient a la taille de w",
    ),
    # --- ana_taylor ------------------------------------------------------------
    WrongAnswer(
        question="ana_dl_produit",
        cell="ana_dl_produit_code",
        code=(
            "def dl_produit(a, b, n):\n"
            "    return a[:n + 1] * b[:n + 1]\n"
        ),
        expect="produit de Cauchy",
    ),
    WrongAnswer(
        question="ana_dl_produit",
        cell="ana_dl_produit_code",
        code=(
            "def dl_produit(a, b, n):\n"
            "    return np.convolve(a, b)\n"
        ),
        expect="tronquez à l'ordre n",
    ),
    WrongAnswer(
        question="ana_limites_dl",
        cell="ana_limites_dl_code",
        code=(
            "def limites_par_dl(a, b, c):\n"
            "    x = 1e-9\n"
            "    return ((np.sin(a * x) - a * x) / x ** 3,\n"
            "            (np.exp(b * x) - 1 - b * x) / x ** 2,\n"
            "            (np.log(1 + c * x) - c * x) / x ** 2)\n"
        ),
        expect="annulation catastrophique",
    ),
    WrongAnswer(
        question="ana_limites_dl",
        cell="ana_limites_dl_code",
        code=(
            "def limites_par_dl(a, b, c):\n"
            "    x = 1e-4\n"
            "    return ((np.sin(a * x) - a * x) / x ** 3,\n"
            "            (np.expm1(b * x) - b * x) / x ** 2,\n"
            "            (np.log1p(c * x) - c * x) / x ** 2)\n"
        ),
        expect="valeur approchée",
    ),
    WrongAnswer(
        question="ana_limites_dl",
        cell="ana_limites_dl_code",
        code=(
            "def limites_par_dl(a, b, c):\n"
            "    return (-a / 6, b ** 2 / 2, -c ** 2 / 2)\n"
        ),
        expect="le coefficient de x³ est −a³/6",
    ),
    WrongAnswer(
        question="ana_limites_dl",
        cell="ana_limites_dl_code",
        code=(
            "def limites_par_dl(a, b, c):\n"
            "    return (-a ** 3 / 6, b ** 2 / 2, c ** 2 / 2)\n"
        ),
        expect="(signe moins)",
    ),
    WrongAnswer(
        question="ana_taylor_ordre2",
        cell="ana_taylor_ordre2_code",
        code=(
            "def taylor_ordre2(f, grad, hess, x0, h):\n"
            "    return f(x0) + grad(x0) @ h + h @ hess(x0) @ h\n"
        ),
        expect="facteur ½ oublié",
    ),
    WrongAnswer(
        question="ana_taylor_ordre2",
        cell="ana_taylor_ordre2_code",
        code=(
            "def taylor_ordre2(f, grad, hess, x0, h):\n"
            "    return f(x0) + grad(x0) @ h\n"
        ),
        expect="il manque le terme d'ordre 2",
    ),
    WrongAnswer(
        question="ana_taylor_ordre2",
        cell="ana_taylor_ordre2_code",
        code=(
            "def taylor_ordre2(f, grad, hess, x0, h):\n"
            "    return f(x0 + h)\n"
        ),
        expect="vous avez renvoyé f(x0 + h)",
    ),
]
