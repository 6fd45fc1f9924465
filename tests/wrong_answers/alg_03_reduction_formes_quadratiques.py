"""Typical wrong answers of source/04_algebre/03_reduction_formes_quadratiques.ipynb."""

from . import WrongAnswer


def _case(question, code, expect):
    return WrongAnswer(question=question, cell=f"{question}_code", code=code, expect=expect)


CASES = [
    # ------------------------------------------------------------- réduction
    _case("alg_puissance_iteree", '''\
def puissance_iteree(A, x0, k):
    valeurs, vecteurs = np.linalg.eigh(A)
    i = np.argmax(np.abs(valeurs))
    return vecteurs[:, i], valeurs[i]
''', "vous avez renvoyé le vecteur propre exact"),
    _case("alg_puissance_iteree", '''\
def puissance_iteree(A, x0, k):
    x = np.linalg.matrix_power(A, k) @ x0
    return x, x @ A @ x / (x @ x)
''', "x_k doit être de norme 1"),
    _case("alg_puissance_iteree", '''\
def puissance_iteree(A, x0, k):
    x = np.array(x0, dtype=float)
    for _ in range(k - 1):
        x = A @ x / np.linalg.norm(A @ x)
    return x, x @ A @ x
''', "nombre d'itérations"),
    _case("alg_puissance_iteree", '''\
def puissance_iteree(A, x0, k):
    x = np.array(x0, dtype=float)
    for _ in range(k):
        x = A @ x / np.linalg.norm(A @ x)
    return x, np.linalg.norm(A @ x)
''', "le quotient de Rayleigh"),
    _case("alg_diagonaliser", '''\
def diagonaliser(A):
    valeurs, vecteurs = np.linalg.eig(A)
    return vecteurs.T, np.diag(valeurs)
''', "vos vecteurs propres sont rangés en lignes"),
    _case("alg_diagonaliser", '''\
def diagonaliser(A):
    valeurs, vecteurs = np.linalg.eig(A)
    return np.linalg.inv(vecteurs), np.diag(valeurs)
''', "vous avez renvoyé P⁻¹"),
    _case("alg_diagonaliser", '''\
def diagonaliser(A):
    valeurs, vecteurs = np.linalg.eig(A)
    return vecteurs, valeurs
''', "pas un vecteur"),
    _case("alg_diagonaliser", '''\
def diagonaliser(A):
    valeurs, vecteurs = np.linalg.eig(A)
    return vecteurs, np.diag(np.sort(valeurs))
''', "triez les deux dans le même ordre"),
    _case("alg_est_diagonalisable", '''\
def est_diagonalisable(A, valeurs_propres):
    return True
''', "dim ker(A − I) = 1 < 2"),
    _case("alg_est_diagonalisable", '''\
def est_diagonalisable(A, valeurs_propres):
    return len(valeurs_propres) == len(A)
''', "des valeurs propres multiples n'empêchent pas"),
    # ---------------------------------------------------- formes quadratiques
    _case("alg_matrice_forme", '''\
def matrice_forme(C):
    return C
''', "C n'est pas symétrique"),
    _case("alg_matrice_forme", '''\
def matrice_forme(C):
    return C + C.T
''', "vous avez doublé la forme"),
    _case("alg_matrice_forme", '''\
def matrice_forme(C):
    return C + C.T - np.diag(np.diag(C))
''', "terme croisé non divisé par 2"),
    _case("alg_signature", '''\
def signature(S):
    valeurs = np.linalg.eigvalsh(S)
    p = int(np.sum(valeurs > 1e-9 * max(1.0, np.abs(valeurs).max())))
    return p, len(S) - p
''', "les valeurs propres nulles ne comptent ni"),
    _case("alg_signature", '''\
def signature(S):
    valeurs = np.linalg.eigvalsh(S)
    return int(np.sum(valeurs > 0)), int(np.sum(valeurs < 0))
''', "une valeur propre numériquement nulle"),
    _case("alg_signature", '''\
def signature(S):
    d = np.diag(S)
    return int(np.sum(d > 0)), int(np.sum(d < 0))
''', "les signes des coefficients diagonaux"),
    _case("alg_definie_positive", '''\
def est_definie_positive(S):
    return bool(np.linalg.det(S) > 0)
''', "det S > 0 ne suffit pas"),
    _case("alg_definie_positive", '''\
def est_definie_positive(S):
    return bool(np.all(S > 0))
''', "des coefficients négatifs hors de la diagonale"),
    _case("alg_definie_positive", '''\
def est_definie_positive(S):
    return bool(np.all(np.diag(S) > 0))
''', "une diagonale positive est nécessaire, pas suffisante"),
]
