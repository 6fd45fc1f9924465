"""Correct answers written differently, for ``source/06_optimisation/02_gradient_newton.ipynb``."""

from . import RightAnswer

CASES = [
    RightAnswer(
        question="opt_descente_gradient",
        cell="opt_descente_gradient_code",
        code=(
            "def descente_gradient(grad, x0, pas, n_iter):\n"
            "    X = np.empty((n_iter + 1, len(x0)))\n"
            "    X[0] = x0\n"
            "    for k in range(n_iter):\n"
            "        X[k + 1] = X[k] - pas * grad(X[k])\n"
            "    return X\n"
        ),
        how="preallocated array filled row by row",
    ),
    RightAnswer(
        question="opt_descente_gradient",
        cell="opt_descente_gradient_code",
        code=(
            "def descente_gradient(grad, x0, pas, n_iter):\n"
            "    x = np.array(x0, dtype=float)\n"
            "    iteres = [x.copy()]\n"
            "    for _ in range(n_iter):\n"
            "        x -= pas * grad(x)\n"
            "        iteres.append(x.copy())\n"
            "    return iteres\n"
        ),
        how="in-place update with copies, list of arrays returned",
    ),
    RightAnswer(
        question="opt_pas_et_taux",
        cell="opt_pas_et_taux_code",
        code=(
            "def pas_et_taux(A):\n"
            "    L = np.linalg.norm(A, 2)\n"
            "    mu = 1 / np.linalg.norm(np.linalg.inv(A), 2)\n"
            "    return np.array([2 / L, 2 / (mu + L), (L - mu) / (L + mu)])\n"
        ),
        how="spectral norms, rate written (L − μ)/(L + μ), numpy array",
    ),
    RightAnswer(
        question="opt_pas_armijo",
        cell="opt_pas_armijo_code",
        code=(
            "def pas_armijo(f, grad, x, d, t0=1.0, c=1e-4, rho=0.5):\n"
            "    fx, pente = f(x), np.sum(grad(x) * d)\n"
            "    j = 0\n"
            "    while True:\n"
            "        t = t0 * rho ** j\n"
            "        if f(x + t * d) <= fx + c * t * pente:\n"
            "            return t\n"
            "        j += 1\n"
        ),
        how="t = t0 * rho ** j with an acceptance test inside the loop",
    ),
    RightAnswer(
        question="opt_gradient_stochastique",
        cell="opt_gradient_stochastique_code",
        code=(
            "def gradient_stochastique(grads, x0, pas, indices):\n"
            "    x = x0.astype(float)\n"
            "    for k in range(len(indices)):\n"
            "        x -= pas * grads[indices[k]](x)\n"
            "    return x\n"
        ),
        how="in-place update on a copy, loop over positions",
    ),
    RightAnswer(
        question="opt_iterations_bissection",
        cell="opt_iterations_bissection_code",
        code=(
            "def iterations_bissection(a, b, tol):\n"
            "    return max(0, int(np.ceil(np.log2((b - a) / tol))))\n"
        ),
        how="closed form with np.log2 and np.ceil",
    ),
    RightAnswer(
        question="opt_newton_racine",
        cell="opt_newton_racine_code",
        code=(
            "def newton_racine(f, df, x0, n_iter):\n"
            "    x = np.zeros(n_iter + 1)\n"
            "    x[0] = x0\n"
            "    for k in range(n_iter):\n"
            "        x[k + 1] = x[k] - f(x[k]) / df(x[k])\n"
            "    return x\n"
        ),
        how="preallocated array",
    ),
    RightAnswer(
        question="opt_newton_minimisation",
        cell="opt_newton_minimisation_code",
        code=(
            "import scipy.linalg\n"
            "def newton_minimisation(grad, hess, x0, n_iter):\n"
            "    xs = [np.asarray(x0, dtype=float)]\n"
            "    for _ in range(n_iter):\n"
            "        c = scipy.linalg.cho_factor(hess(xs[-1]))\n"
            "        xs.append(xs[-1] - scipy.linalg.cho_solve(c, grad(xs[-1])))\n"
            "    return np.vstack(xs)\n"
        ),
        how="Cholesky solve, vstack",
    ),
    RightAnswer(
        question="opt_newton_minimisation",
        cell="opt_newton_minimisation_code",
        code=(
            "def newton_minimisation(grad, hess, x0, n_iter):\n"
            "    x = np.array(x0, dtype=float)\n"
            "    xs = [x.copy()]\n"
            "    for _ in range(n_iter):\n"
            "        x = x - np.linalg.inv(hess(x)) @ grad(x)\n"
            "        xs.append(x.copy())\n"
            "    return np.array(xs)\n"
        ),
        how="explicit inverse of the Hessian",
    ),
    RightAnswer(
        question="opt_bissection",
        cell="opt_bissection_code",
        code=(
            "def bissection(f, a, b, n):\n"
            "    fb_positive = f(b) > 0\n"
            "    for _ in range(n):\n"
            "        m = a + (b - a) / 2\n"
            "        if (f(m) > 0) == fb_positive:\n"
            "            b = m\n"
            "        else:\n"
            "            a = m\n"
            "    return [a, b]\n"
        ),
        how="compares with the sign of f(b), midpoint a + (b − a)/2, list returned",
    ),
    RightAnswer(
        question="opt_bissection",
        cell="opt_bissection_code",
        code=(
            "def bissection(f, a, b, n):\n"
            "    for _ in range(n):\n"
            "        m = (a + b) / 2\n"
            "        if np.sign(f(a)) * np.sign(f(m)) > 0:\n"
            "            a = m\n"
            "        else:\n"
            "            b = m\n"
            "    return np.array([a, b])\n"
        ),
        how="product of signs, numpy array",
    ),
]
