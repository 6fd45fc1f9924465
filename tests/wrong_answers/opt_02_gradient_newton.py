"""Typical wrong answers for ``source/06_optimisation/02_gradient_newton.ipynb``."""

from . import WrongAnswer

CASES = [
    # --- opt_descente_gradient -------------------------------------------
    WrongAnswer(
        question="opt_descente_gradient",
        cell="opt_descente_gradient_code",
        code=(
            "def descente_gradient(grad, x0, pas, n_iter):\n"
            "    x = np.array(x0, dtype=float)\n"
            "    iteres = [x]\n"
            "    for _ in range(n_iter):\n"
            "        x -= pas * grad(x)\n"
            "        iteres.append(x)\n"
            "    return np.array(iteres)\n"
        ),
        expect="tous vos itérés sont égaux au dernier",
    ),
    WrongAnswer(
        question="opt_descente_gradient",
        cell="opt_descente_gradient_code",
        code=(
            "def descente_gradient(grad, x0, pas, n_iter):\n"
            "    x = np.array(x0, dtype=float)\n"
            "    iteres = [x]\n"
            "    for _ in range(n_iter):\n"
            "        x = x + pas * grad(x)\n"
            "        iteres.append(x)\n"
            "    return np.array(iteres)\n"
        ),
        expect="vous montez le long du gradient",
    ),
    WrongAnswer(
        question="opt_descente_gradient",
        cell="opt_descente_gradient_code",
        code=(
            "def descente_gradient(grad, x0, pas, n_iter):\n"
            "    x = np.array(x0, dtype=float)\n"
            "    iteres = []\n"
            "    for _ in range(n_iter):\n"
            "        x = x - pas * grad(x)\n"
            "        iteres.append(x)\n"
            "    return np.array(iteres)\n"
        ),
        expect="renvoyez aussi x₀",
    ),
    WrongAnswer(
        question="opt_descente_gradient",
        cell="opt_descente_gradient_code",
        code=(
            "def descente_gradient(grad, x0, pas, n_iter):\n"
            "    x = np.array(x0, dtype=float)\n"
            "    iteres = [x]\n"
            "    for _ in range(n_iter):\n"
            "        g = grad(x)\n"
            "        x = x - pas * g / np.linalg.norm(g)\n"
            "        iteres.append(x)\n"
            "    return np.array(iteres)\n"
        ),
        expect="pas sa direction normalisée",
    ),
    WrongAnswer(
        question="opt_descente_gradient",
        cell="opt_descente_gradient_code",
        code=(
            "import scipy.optimize\n"
            "def descente_gradient(grad, x0, pas, n_iter):\n"
            "    x = scipy.optimize.minimize(lambda x: 0.0, x0, jac=grad, method='CG').x\n"
            "    return np.array([x0] + [x] * n_iter)\n"
        ),
        expect="obtenu",
    ),
    WrongAnswer(
        question="opt_pas_et_taux",
        cell="opt_pas_et_taux_code",
        code=(
            "def pas_et_taux(A):\n"
            "    lam = np.linalg.eigvalsh(A)\n"
            "    mu, L = lam[0], lam[-1]\n"
            "    return 1 / L, 2 / (mu + L), (L / mu - 1) / (L / mu + 1)\n"
        ),
        expect="1/L est un choix sûr, pas la borne",
    ),
    WrongAnswer(
        question="opt_pas_et_taux",
        cell="opt_pas_et_taux_code",
        code=(
            "def pas_et_taux(A):\n"
            "    lam = np.linalg.eigvalsh(A)\n"
            "    mu, L = lam[0], lam[-1]\n"
            "    return 2 / mu, 2 / (mu + L), (L / mu - 1) / (L / mu + 1)\n"
        ),
        expect="la borne vient de la plus grande valeur propre",
    ),
    WrongAnswer(
        question="opt_pas_et_taux",
        cell="opt_pas_et_taux_code",
        code=(
            "def pas_et_taux(A):\n"
            "    lam = np.linalg.eigvalsh(A)\n"
            "    mu, L = lam[0], lam[-1]\n"
            "    return 2 / L, 2 / (mu + L), 1 - mu / L\n"
        ),
        expect="1 − μ/L est le taux du pas 1/L",
    ),
    WrongAnswer(
        question="opt_pas_et_taux",
        cell="opt_pas_et_taux_code",
        code=(
            "def pas_et_taux(A):\n"
            "    lam = np.linalg.eigvalsh(A)\n"
            "    mu, L = lam[0], lam[-1]\n"
            "    return 2 / L, 1 / L, (L / mu - 1) / (L / mu + 1)\n"
        ),
        expect="η = 2/(μ + L)",
    ),
    WrongAnswer(
        question="opt_pas_armijo",
        cell="opt_pas_armijo_code",
        code=(
            "def pas_armijo(f, grad, x, d, t0=1.0, c=1e-4, rho=0.5):\n"
            "    t = t0\n"
            "    while f(x + t * d) > f(x):\n"
            "        t *= rho\n"
            "    return t\n"
        ),
        expect="sans le terme c t ∇f(x)ᵀd",
    ),
    WrongAnswer(
        question="opt_pas_armijo",
        cell="opt_pas_armijo_code",
        code=(
            "def pas_armijo(f, grad, x, d, t0=1.0, c=1e-4, rho=0.5):\n"
            "    t = t0\n"
            "    g = grad(x)\n"
            "    while f(x + t * d) > f(x) - c * t * g @ g:\n"
            "        t *= rho\n"
            "    return t\n"
        ),
        expect="d n'est pas forcément −∇f",
    ),
    WrongAnswer(
        question="opt_pas_armijo",
        cell="opt_pas_armijo_code",
        code=(
            "def pas_armijo(f, grad, x, d, t0=1.0, c=1e-4, rho=0.5):\n"
            "    t = t0\n"
            "    while f(x + t * d) > f(x) + c * t * grad(x) @ d:\n"
            "        t *= rho\n"
            "    return x + t * d\n"
        ),
        expect="pas le nouveau point x + t d",
    ),
    WrongAnswer(
        question="opt_pas_armijo",
        cell="opt_pas_armijo_code",
        code=(
            "import scipy.optimize\n"
            "def pas_armijo(f, grad, x, d, t0=1.0, c=1e-4, rho=0.5):\n"
            "    return scipy.optimize.line_search(f, grad, x, d, c1=c)[0]\n"
        ),
        expect="conditions de Wolfe",
    ),
    WrongAnswer(
        question="opt_gradient_stochastique",
        cell="opt_gradient_stochastique_code",
        code=(
            "def gradient_stochastique(grads, x0, pas, indices):\n"
            "    x = np.array(x0, dtype=float)\n"
            "    for i in indices:\n"
            "        x = x - pas * sum(g(x) for g in grads)\n"
            "    return x\n"
        ),
        expect="pas la somme ni la moyenne",
    ),
    WrongAnswer(
        question="opt_gradient_stochastique",
        cell="opt_gradient_stochastique_code",
        code=(
            "def gradient_stochastique(grads, x0, pas, indices):\n"
            "    x = np.array(x0, dtype=float)\n"
            "    for i in sorted(indices):\n"
            "        x = x - pas * grads[i](x)\n"
            "    return x\n"
        ),
        expect="ne les triez pas",
    ),
    WrongAnswer(
        question="opt_iterations_bissection",
        cell="opt_iterations_bissection_code",
        code=(
            "import math\n"
            "def iterations_bissection(a, b, tol):\n"
            "    return math.floor(math.log2((b - a) / tol))\n"
        ),
        expect="arrondissez vers le haut",
    ),
    WrongAnswer(
        question="opt_iterations_bissection",
        cell="opt_iterations_bissection_code",
        code=(
            "import math\n"
            "def iterations_bissection(a, b, tol):\n"
            "    return math.ceil(math.log10((b - a) / tol))\n"
        ),
        expect="log en base 2",
    ),
    WrongAnswer(
        question="opt_iterations_bissection",
        cell="opt_iterations_bissection_code",
        code=(
            "import math\n"
            "def iterations_bissection(a, b, tol):\n"
            "    return math.ceil(math.log2((b - a) / tol))\n"
        ),
        expect="aucune étape n'est nécessaire",
    ),
    # --- opt_newton ---------------------------------------------------------
    WrongAnswer(
        question="opt_newton_racine",
        cell="opt_newton_racine_code",
        code=(
            "def newton_racine(f, df, x0, n_iter):\n"
            "    x = [x0]\n"
            "    for _ in range(n_iter):\n"
            "        x.append(x[-1] + f(x[-1]) / df(x[-1]))\n"
            "    return np.array(x)\n"
        ),
        expect="signe : x_(k+1) = x_k − f(x_k)/f'(x_k)",
    ),
    WrongAnswer(
        question="opt_newton_racine",
        cell="opt_newton_racine_code",
        code=(
            "import scipy.optimize\n"
            "def newton_racine(f, df, x0, n_iter):\n"
            "    return scipy.optimize.newton(f, x0, fprime=df)\n"
        ),
        expect="renvoie la racine finale",
    ),
    WrongAnswer(
        question="opt_newton_racine",
        cell="opt_newton_racine_code",
        code=(
            "def newton_racine(f, df, x0, n_iter):\n"
            "    x, xs = x0, []\n"
            "    for _ in range(n_iter):\n"
            "        x = x - f(x) / df(x)\n"
            "        xs.append(x)\n"
            "    return np.array(xs)\n"
        ),
        expect="n_iter + 1 éléments",
    ),
    WrongAnswer(
        question="opt_newton_minimisation",
        cell="opt_newton_minimisation_code",
        code=(
            "def newton_minimisation(grad, hess, x0, n_iter):\n"
            "    x = np.array(x0, dtype=float)\n"
            "    xs = [x.copy()]\n"
            "    for _ in range(n_iter):\n"
            "        x = x - hess(x) @ grad(x)\n"
            "        xs.append(x.copy())\n"
            "    return np.array(xs)\n"
        ),
        expect="pas H ∇f",
    ),
    WrongAnswer(
        question="opt_newton_minimisation",
        cell="opt_newton_minimisation_code",
        code=(
            "def newton_minimisation(grad, hess, x0, n_iter):\n"
            "    x = np.array(x0, dtype=float)\n"
            "    xs = [x.copy()]\n"
            "    for _ in range(n_iter):\n"
            "        x = x - grad(x)\n"
            "        xs.append(x.copy())\n"
            "    return np.array(xs)\n"
        ),
        expect="c'est un pas de gradient",
    ),
    WrongAnswer(
        question="opt_newton_minimisation",
        cell="opt_newton_minimisation_code",
        code=(
            "def newton_minimisation(grad, hess, x0, n_iter):\n"
            "    x = np.array(x0, dtype=float)\n"
            "    xs = [x.copy()]\n"
            "    for _ in range(n_iter):\n"
            "        x = x + np.linalg.solve(hess(x), grad(x))\n"
            "        xs.append(x.copy())\n"
            "    return np.array(xs)\n"
        ),
        expect="signe : x_(k+1) = x_k − ∇²f(x_k)⁻¹ ∇f(x_k)",
    ),
    WrongAnswer(
        question="opt_newton_minimisation",
        cell="opt_newton_minimisation_code",
        code=(
            "def newton_minimisation(grad, hess, x0, n_iter):\n"
            "    x = np.array(x0, dtype=float)\n"
            "    xs = [x]\n"
            "    for _ in range(n_iter):\n"
            "        x -= np.linalg.solve(hess(x), grad(x))\n"
            "        xs.append(x)\n"
            "    return np.array(xs)\n"
        ),
        expect="tous vos itérés sont égaux au dernier",
    ),
    WrongAnswer(
        question="opt_bissection",
        cell="opt_bissection_code",
        code=(
            "def bissection(f, a, b, n):\n"
            "    for _ in range(n):\n"
            "        m = (a + b) / 2\n"
            "        if f(a) * f(m) > 0:\n"
            "            a = m\n"
            "        else:\n"
            "            b = m\n"
            "    return a, b\n"
        ),
        expect="a sous-dépassé",
    ),
    WrongAnswer(
        question="opt_bissection",
        cell="opt_bissection_code",
        code=(
            "def bissection(f, a, b, n):\n"
            "    for _ in range(n - 1):\n"
            "        m = (a + b) / 2\n"
            "        if np.sign(f(a)) == np.sign(f(m)):\n"
            "            a = m\n"
            "        else:\n"
            "            b = m\n"
            "    return a, b\n"
        ),
        expect="effectuez exactement n divisions",
    ),
    WrongAnswer(
        question="opt_bissection",
        cell="opt_bissection_code",
        code=(
            "def bissection(f, a, b, n):\n"
            "    for _ in range(n):\n"
            "        m = (a + b) / 2\n"
            "        if np.sign(f(a)) == np.sign(f(m)):\n"
            "            a = m\n"
            "        else:\n"
            "            b = m\n"
            "    return (a + b) / 2\n"
        ),
        expect="pas un seul nombre",
    ),
    WrongAnswer(
        question="opt_bissection",
        cell="opt_bissection_code",
        code=(
            "import scipy.optimize\n"
            "def bissection(f, a, b, n):\n"
            "    return scipy.optimize.brentq(f, a, b)\n"
        ),
        expect="ni la racine que renvoie scipy.optimize.brentq",
    ),
]
