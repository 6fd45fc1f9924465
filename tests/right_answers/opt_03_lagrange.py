"""Correct answers written differently, for ``source/06_optimisation/03_lagrange.ipynb``."""

from . import RightAnswer

CASES = [
    RightAnswer(
        question="opt_lagrange_egalite",
        cell="opt_lagrange_egalite_code",
        code=(
            "import scipy.optimize\n"
            "def lagrange_egalite(Q, c, A, b):\n"
            "    r = scipy.optimize.minimize(\n"
            "        lambda x: 0.5 * x @ Q @ x + c @ x, np.zeros(len(c)), jac=lambda x: Q @ x + c,\n"
            "        method='SLSQP', options={'ftol': 1e-15, 'maxiter': 500},\n"
            "        constraints=[{'type': 'eq', 'fun': lambda x: A @ x - b, 'jac': lambda x: A}])\n"
            "    return r.x, -np.asarray(r.multipliers)\n"
        ),
        how="SLSQP with the sign of its multipliers flipped",
    ),
    RightAnswer(
        question="opt_lagrange_egalite",
        cell="opt_lagrange_egalite_code",
        code=(
            "import scipy.linalg\n"
            "def lagrange_egalite(Q, c, A, b):\n"
            "    x_p = np.linalg.lstsq(A, b, rcond=None)[0]\n"
            "    N = scipy.linalg.null_space(A)\n"
            "    z = np.linalg.solve(N.T @ Q @ N, -N.T @ (Q @ x_p + c))\n"
            "    x = x_p + N @ z\n"
            "    lam = np.linalg.lstsq(A.T, -(Q @ x + c), rcond=None)[0]\n"
            "    return (x, lam)\n"
        ),
        how="null-space method, multiplier by least squares on the stationarity equation",
    ),
    RightAnswer(
        question="opt_cobb_douglas",
        cell="opt_cobb_douglas_code",
        code=(
            "def cobb_douglas(alpha, p, R):\n"
            "    lam = sum(alpha) / R\n"
            "    x = [a / (lam * q) for a, q in zip(alpha, p)]\n"
            "    return [np.array(x), lam]\n"
        ),
        how="from the stationarity αᵢ/xᵢ = λ pᵢ, list returned",
    ),
    RightAnswer(
        question="opt_projection_demi_espace",
        cell="opt_projection_demi_espace_code",
        code=(
            "def projection_demi_espace(y, a, beta):\n"
            "    if np.dot(a, y) <= beta:\n"
            "        return y.copy(), 0\n"
            "    mu = (np.dot(a, y) - beta) / np.dot(a, a)\n"
            "    return y - mu * a, mu\n"
        ),
        how="explicit case split, integer 0 for the inactive multiplier",
    ),
    RightAnswer(
        question="opt_gradient_projete",
        cell="opt_gradient_projete_code",
        code=(
            "def gradient_projete(grad, x0, pas, n_iter, bas, haut):\n"
            "    X = np.zeros((n_iter + 1, len(x0)))\n"
            "    X[0] = x0\n"
            "    for k in range(n_iter):\n"
            "        z = X[k] - pas * grad(X[k])\n"
            "        X[k + 1] = np.where(z < bas, bas, np.where(z > haut, haut, z))\n"
            "    return X\n"
        ),
        how="np.where instead of np.clip, preallocated array",
    ),
]
