"""Typical wrong answers for ``source/06_optimisation/01_convexite_optimalite.ipynb``."""

from . import WrongAnswer

CASES = [
    # --- opt_convexite ----------------------------------------------------
    WrongAnswer(
        question="opt_convexe_quadratique",
        cell="opt_convexe_quadratique_code",
        code=(
            "def est_convexe_quadratique(A, tol=1e-9):\n"
            "    lam = np.linalg.eigvalsh(A)\n"
            "    return bool(lam.min() >= -tol * max(1.0, np.abs(lam).max()))\n"
        ),
        expect="ne lit que le triangle inférieur",
    ),
    WrongAnswer(
        question="opt_convexe_quadratique",
        cell="opt_convexe_quadratique_code",
        code=(
            "def est_convexe_quadratique(A, tol=1e-9):\n"
            "    lam = np.linalg.eigvalsh((A + A.T) / 2)\n"
            "    return bool(lam.min() > tol * max(1.0, np.abs(lam).max()))\n"
        ),
        expect="caractérise la convexité stricte",
    ),
    WrongAnswer(
        question="opt_convexe_quadratique",
        cell="opt_convexe_quadratique_code",
        code=(
            "def est_convexe_quadratique(A, tol=1e-9):\n"
            "    return np.all(np.linalg.eigvalsh((A + A.T) / 2) >= 0)\n"
        ),
        expect="sort du calcul en ±1e-15",
    ),
    WrongAnswer(
        question="opt_convexe_quadratique",
        cell="opt_convexe_quadratique_code",
        code=(
            "def est_convexe_quadratique(A, tol=1e-9):\n"
            "    return True\n"
        ),
        expect="obtenu",
    ),
    WrongAnswer(
        question="opt_mu_L",
        cell="opt_mu_L_code",
        code=(
            "def constantes_mu_L(M):\n"
            "    s = np.linalg.svd(M, compute_uv=False)\n"
            "    return s.min(), s.max()\n"
        ),
        expect="carrés des valeurs singulières",
    ),
    WrongAnswer(
        question="opt_mu_L",
        cell="opt_mu_L_code",
        code=(
            "def constantes_mu_L(M):\n"
            "    lam = np.linalg.eigvalsh(M @ M.T)\n"
            "    return lam[0], lam[-1]\n"
        ),
        expect="m − n valeurs propres nulles",
    ),
    WrongAnswer(
        question="opt_mu_L",
        cell="opt_mu_L_code",
        code=(
            "def constantes_mu_L(M):\n"
            "    lam = np.linalg.eigvalsh(M.T @ M)\n"
            "    return lam[-1], lam[0]\n"
        ),
        expect="dans cet ordre",
    ),
    WrongAnswer(
        question="opt_fonctions_convexes",
        cell="opt_fonctions_convexes_code",
        code=(
            "def fonctions_convexes():\n"
            "    return {'a': 'convexe', 'b': 'concave', 'c': 'aucune', 'd': 'convexe',\n"
            "            'e': 'convexe'}\n"
        ),
        expect="valeurs propres 1 et −1",
    ),
    WrongAnswer(
        question="opt_fonctions_convexes",
        cell="opt_fonctions_convexes_code",
        code=(
            "def fonctions_convexes():\n"
            "    return {'a': 'convexe', 'b': 'concave', 'c': 'convexe', 'd': 'convexe',\n"
            "            'e': 'aucune'}\n"
        ),
        expect="change de signe en 0",
    ),
    WrongAnswer(
        question="opt_fonctions_convexes",
        cell="opt_fonctions_convexes_code",
        code=(
            "def fonctions_convexes():\n"
            "    return {'a': 'convexe', 'b': 'concave', 'c': 'aucune', 'd': 'aucune',\n"
            "            'e': 'aucune'}\n"
        ),
        expect="une norme est convexe",
    ),
    WrongAnswer(
        question="opt_fonctions_convexes",
        cell="opt_fonctions_convexes_code",
        code=(
            "def fonctions_convexes():\n"
            "    return {'a': 'convexe', 'b': 'concave', 'c': 'aucune', 'd': 'convexe'}\n"
        ),
        expect="clés 'a', 'b', 'c', 'd', 'e'",
    ),
    # --- opt_conditions_optimalite -----------------------------------------
    WrongAnswer(
        question="opt_nature_point_critique",
        cell="opt_nature_point_critique_code",
        code=(
            "def nature_point_critique(H):\n"
            "    d, t = np.linalg.det(H), np.trace(H)\n"
            "    if abs(d) <= 1e-8:\n"
            "        return 'indéterminé'\n"
            "    if d < 0:\n"
            "        return 'point selle'\n"
            "    return 'minimum local' if t > 0 else 'maximum local'\n"
        ),
        expect="le signe de det H",
    ),
    WrongAnswer(
        question="opt_nature_point_critique",
        cell="opt_nature_point_critique_code",
        code=(
            "def nature_point_critique(H):\n"
            "    lam = np.linalg.eigvalsh(H)\n"
            "    if lam.min() < -1e-8 and lam.max() > 1e-8:\n"
            "        return 'point selle'\n"
            "    if lam.min() >= -1e-8:\n"
            "        return 'minimum local'\n"
            "    return 'maximum local'\n"
        ),
        expect="une valeur propre nulle",
    ),
    WrongAnswer(
        question="opt_points_critiques",
        cell="opt_points_critiques_code",
        code=(
            "def points_critiques(a, b, c):\n"
            "    return [(a, c, 'minimum local' if b > 0 else 'point selle')]\n"
        ),
        expect="il y a deux points critiques",
    ),
    WrongAnswer(
        question="opt_points_critiques",
        cell="opt_points_critiques_code",
        code=(
            "def points_critiques(a, b, c):\n"
            "    return [(a, c, 'minimum local'), (-a, c, 'point selle')]\n"
        ),
        expect="la nature dépend aussi du signe",
    ),
    WrongAnswer(
        question="opt_points_critiques",
        cell="opt_points_critiques_code",
        code=(
            "def points_critiques(a, b, c):\n"
            "    if b > 0:\n"
            "        return [(a, 0.0, 'minimum local'), (-a, 0.0, 'point selle')]\n"
            "    return [(a, 0.0, 'point selle'), (-a, 0.0, 'maximum local')]\n"
        ),
        expect="s'annule en y = c",
    ),
    WrongAnswer(
        question="opt_minimiseur_quadratique",
        cell="opt_minimiseur_quadratique_code",
        code=(
            "def minimiseur_quadratique(A, b):\n"
            "    return -np.linalg.solve(A, b)\n"
        ),
        expect="signe : ∇f(x) = Ax − b",
    ),
    WrongAnswer(
        question="opt_minimiseur_quadratique",
        cell="opt_minimiseur_quadratique_code",
        code=(
            "def minimiseur_quadratique(A, b):\n"
            "    return np.linalg.solve(2 * A, b)\n"
        ),
        expect="pas de facteur 2",
    ),
]
