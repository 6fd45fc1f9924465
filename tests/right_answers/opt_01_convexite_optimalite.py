"""Correct answers written differently, for ``source/06_optimisation/01_convexite_optimalite.ipynb``."""

from . import RightAnswer

CASES = [
    RightAnswer(
        question="opt_convexe_quadratique",
        cell="opt_convexe_quadratique_code",
        code=(
            "def est_convexe_quadratique(A, tol=1e-9):\n"
            "    S = 0.5 * (A + A.T)\n"
            "    lam = np.linalg.eigvalsh(S)\n"
            "    return np.all(lam >= -tol * max(1, np.max(np.abs(lam))))\n"
        ),
        how="returns numpy.bool_ from np.all",
    ),
    RightAnswer(
        question="opt_convexe_quadratique",
        cell="opt_convexe_quadratique_code",
        code=(
            "import scipy.linalg\n"
            "def est_convexe_quadratique(A, tol=1e-9):\n"
            "    lam = np.real(scipy.linalg.eigvals(A + A.T)) / 2\n"
            "    return bool(min(lam) >= -tol * max(1.0, max(abs(lam))))\n"
        ),
        how="scipy.linalg.eigvals on the Hessian A + Aᵀ",
    ),
    RightAnswer(
        question="opt_convexe_quadratique",
        cell="opt_convexe_quadratique_code",
        code=(
            "def est_convexe_quadratique(A, tol=1e-9):\n"
            "    S = (A + A.T) / 2\n"
            "    echelle = max(1.0, np.linalg.norm(S, 2))\n"
            "    try:\n"
            "        np.linalg.cholesky(S + tol * echelle * np.eye(len(S)))\n"
            "        return True\n"
            "    except np.linalg.LinAlgError:\n"
            "        return False\n"
        ),
        how="Cholesky of the shifted symmetric part",
    ),
    RightAnswer(
        question="opt_mu_L",
        cell="opt_mu_L_code",
        code=(
            "def constantes_mu_L(M):\n"
            "    s = np.linalg.svd(M, compute_uv=False)\n"
            "    return [s[-1] ** 2, s[0] ** 2]\n"
        ),
        how="squared singular values, returned as a list",
    ),
    RightAnswer(
        question="opt_mu_L",
        cell="opt_mu_L_code",
        code=(
            "def constantes_mu_L(M):\n"
            "    return np.array([np.linalg.norm(np.linalg.pinv(M), 2) ** -2,\n"
            "                     np.linalg.norm(M, 2) ** 2])\n"
        ),
        how="spectral norms of M and of its pseudo-inverse, as an array",
    ),
    RightAnswer(
        question="opt_fonctions_convexes",
        cell="opt_fonctions_convexes_code",
        code=(
            "def fonctions_convexes():\n"
            "    return dict(e='Aucune', d='convexe ', c='aucune', b='CONCAVE', a='convexe')\n"
        ),
        how="other key order and letter case, extra spaces",
    ),
    RightAnswer(
        question="opt_nature_point_critique",
        cell="opt_nature_point_critique_code",
        code=(
            "def nature_point_critique(H):\n"
            "    lam = np.linalg.eigvals(H).real\n"
            "    signes = {int(np.sign(v)) if abs(v) > 1e-8 else 0 for v in lam}\n"
            "    if {1, -1} <= signes:\n"
            "        return 'point selle'\n"
            "    if signes == {1}:\n"
            "        return 'minimum local'\n"
            "    if signes == {-1}:\n"
            "        return 'maximum local'\n"
            "    return 'indéterminé'\n"
        ),
        how="set of eigenvalue signs from eigvals",
    ),
    RightAnswer(
        question="opt_points_critiques",
        cell="opt_points_critiques_code",
        code=(
            "def points_critiques(a, b, c):\n"
            "    points = []\n"
            "    for x in (-a, a):\n"
            "        hxx, hyy = 6 * x, 2 * b\n"
            "        if hxx * hyy < 0:\n"
            "            nature = 'point selle'\n"
            "        elif hxx > 0:\n"
            "            nature = 'minimum local'\n"
            "        else:\n"
            "            nature = 'maximum local'\n"
            "        points.append([np.float64(x), np.float64(c), nature])\n"
            "    return tuple(points)\n"
        ),
        how="Hessian signs computed in a loop, tuple of lists, numpy floats",
    ),
    RightAnswer(
        question="opt_minimiseur_quadratique",
        cell="opt_minimiseur_quadratique_code",
        code=(
            "def minimiseur_quadratique(A, b):\n"
            "    return np.linalg.inv(A) @ b\n"
        ),
        how="explicit inverse",
    ),
    RightAnswer(
        question="opt_minimiseur_quadratique",
        cell="opt_minimiseur_quadratique_code",
        code=(
            "import scipy.linalg\n"
            "def minimiseur_quadratique(A, b):\n"
            "    L = np.linalg.cholesky(A)\n"
            "    y = scipy.linalg.solve_triangular(L, b, lower=True)\n"
            "    return scipy.linalg.solve_triangular(L.T, y, lower=False)\n"
        ),
        how="Cholesky factor and two triangular solves",
    ),
]
