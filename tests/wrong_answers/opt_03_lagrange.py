"""Typical wrong answers for ``source/06_optimisation/03_lagrange.ipynb``."""

from . import WrongAnswer

CASES = [
    WrongAnswer(
        question="opt_lagrange_egalite",
        cell="opt_lagrange_egalite_code",
        code=(
            "def lagrange_egalite(Q, c, A, b):\n"
            "    n, p = Q.shape[0], A.shape[0]\n"
            "    K = np.block([[Q, -A.T], [A, np.zeros((p, p))]])\n"
            "    s = np.linalg.solve(K, np.concatenate([-c, b]))\n"
            "    return s[:n], s[n:]\n"
        ),
        expect="convention de signe",
    ),
    WrongAnswer(
        question="opt_lagrange_egalite",
        cell="opt_lagrange_egalite_code",
        code=(
            "import scipy.optimize\n"
            "def lagrange_egalite(Q, c, A, b):\n"
            "    r = scipy.optimize.minimize(\n"
            "        lambda x: 0.5 * x @ Q @ x + c @ x, np.zeros(len(c)), jac=lambda x: Q @ x + c,\n"
            "        method='SLSQP', options={'ftol': 1e-15, 'maxiter': 500},\n"
            "        constraints=[{'type': 'eq', 'fun': lambda x: A @ x - b, 'jac': lambda x: A}])\n"
            "    return r.x, r.multipliers\n"
        ),
        expect="signe opposé",
    ),
    WrongAnswer(
        question="opt_lagrange_egalite",
        cell="opt_lagrange_egalite_code",
        code=(
            "def lagrange_egalite(Q, c, A, b):\n"
            "    return -np.linalg.solve(Q, c), np.zeros(len(b))\n"
        ),
        expect="vous avez ignoré la contrainte",
    ),
    WrongAnswer(
        question="opt_lagrange_egalite",
        cell="opt_lagrange_egalite_code",
        code=(
            "def lagrange_egalite(Q, c, A, b):\n"
            "    x = -np.linalg.solve(Q, c)\n"
            "    lam = np.linalg.solve(A @ A.T, A @ x - b)\n"
            "    return x - A.T @ lam, lam\n"
        ),
        expect="n'est correct que si Q est proportionnelle à I",
    ),
    WrongAnswer(
        question="opt_cobb_douglas",
        cell="opt_cobb_douglas_code",
        code=(
            "def cobb_douglas(alpha, p, R):\n"
            "    return alpha * R / p, np.sum(alpha) / R\n"
        ),
        expect="la contrainte pᵀx = R n'est pas satisfaite",
    ),
    WrongAnswer(
        question="opt_cobb_douglas",
        cell="opt_cobb_douglas_code",
        code=(
            "def cobb_douglas(alpha, p, R):\n"
            "    return R / (len(p) * p), np.sum(alpha) / R\n"
        ),
        expect="proportionnelle à αᵢ",
    ),
    WrongAnswer(
        question="opt_cobb_douglas",
        cell="opt_cobb_douglas_code",
        code=(
            "def cobb_douglas(alpha, p, R):\n"
            "    s = np.sum(alpha)\n"
            "    return alpha * R / (p * s), R / s\n"
        ),
        expect="pas son inverse",
    ),
    WrongAnswer(
        question="opt_cobb_douglas",
        cell="opt_cobb_douglas_code",
        code=(
            "def cobb_douglas(alpha, p, R):\n"
            "    s = np.sum(alpha)\n"
            "    return alpha * R / (p * s), -s / R\n"
        ),
        expect="donne λ* > 0",
    ),
    WrongAnswer(
        question="opt_projection_demi_espace",
        cell="opt_projection_demi_espace_code",
        code=(
            "def projection_demi_espace(y, a, beta):\n"
            "    mu = (a @ y - beta) / (a @ a)\n"
            "    return y - mu * a, mu\n"
        ),
        expect="la contrainte est inactive",
    ),
    WrongAnswer(
        question="opt_projection_demi_espace",
        cell="opt_projection_demi_espace_code",
        code=(
            "def projection_demi_espace(y, a, beta):\n"
            "    mu = max(0.0, a @ y - beta)\n"
            "    return y - mu * a, mu\n"
        ),
        expect="divisez par ‖a‖²",
    ),
    WrongAnswer(
        question="opt_projection_demi_espace",
        cell="opt_projection_demi_espace_code",
        code=(
            "def projection_demi_espace(y, a, beta):\n"
            "    mu = (a @ y - beta) / (a @ a)\n"
            "    return y - max(mu, 0.0) * a, mu\n"
        ),
        expect="positif ou nul",
    ),
    WrongAnswer(
        question="opt_gradient_projete",
        cell="opt_gradient_projete_code",
        code=(
            "def gradient_projete(grad, x0, pas, n_iter, bas, haut):\n"
            "    x = np.array(x0, dtype=float)\n"
            "    xs = [x.copy()]\n"
            "    for _ in range(n_iter):\n"
            "        x = x - pas * grad(x)\n"
            "        xs.append(x.copy())\n"
            "    return np.clip(np.array(xs), bas, haut)\n"
        ),
        expect="projetez à chaque itération",
    ),
    WrongAnswer(
        question="opt_gradient_projete",
        cell="opt_gradient_projete_code",
        code=(
            "def gradient_projete(grad, x0, pas, n_iter, bas, haut):\n"
            "    x = np.array(x0, dtype=float)\n"
            "    xs = [x.copy()]\n"
            "    for _ in range(n_iter):\n"
            "        x = x - pas * np.clip(grad(x), bas, haut)\n"
            "        xs.append(x.copy())\n"
            "    return np.array(xs)\n"
        ),
        expect="pas le gradient",
    ),
    WrongAnswer(
        question="opt_gradient_projete",
        cell="opt_gradient_projete_code",
        code=(
            "def gradient_projete(grad, x0, pas, n_iter, bas, haut):\n"
            "    x = np.array(x0, dtype=float)\n"
            "    xs = [x]\n"
            "    for _ in range(n_iter):\n"
            "        x -= pas * grad(x)\n"
            "        np.clip(x, bas, haut, out=x)\n"
            "        xs.append(x)\n"
            "    return np.array(xs)\n"
        ),
        expect="tous vos itérés sont égaux au dernier",
    ),
]
