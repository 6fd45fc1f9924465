"""Typical wrong answers of source/04_algebre/02_matrices_orthogonalite.ipynb."""

from . import WrongAnswer


def _case(question, code, expect):
    return WrongAnswer(question=question, cell=f"{question}_code", code=code, expect=expect)


CASES = [
    # -------------------------------------------------------- calcul matriciel
    _case("alg_determinants", '''\
def determinants(d, n):
    return 2 * d, 1 / d, d ** 2, (-1) ** n * d
''', "chaque ligne est multipliée par c"),
    _case("alg_determinants", '''\
def determinants(d, n):
    return 2 ** n * d, 1 / d, d ** 2, -d
''', "det(−A) = (−1)ⁿ det A"),
    _case("alg_determinants", '''\
def determinants(d, n):
    return 2 ** n * d, 1 / d, d, (-1) ** n * d
''', "det(AᵀA) = det(Aᵀ) det(A)"),
    _case("alg_determinants", '''\
def determinants(d, n):
    return 2 ** n * d, -d, d ** 2, (-1) ** n * d
''', "det(A⁻¹) = 1 / det A"),
    _case("alg_decomposition_lu", '''\
import scipy.linalg

def decomposition_lu(A):
    P, L, U = scipy.linalg.lu(A)
    return P @ L, U
''', "avec pivot partiel"),
    _case("alg_decomposition_lu", '''\
import scipy.linalg

def decomposition_lu(A):
    P, L, U = scipy.linalg.lu(A)
    return L, U
''', "avec pivot partiel"),
    _case("alg_decomposition_lu", '''\
def decomposition_lu(A):
    n = len(A)
    L, U = np.zeros((n, n)), np.eye(n)
    for j in range(n):
        for i in range(j, n):
            L[i, j] = A[i, j] - L[i, :j] @ U[:j, j]
        for i in range(j + 1, n):
            U[j, i] = (A[j, i] - L[j, :j] @ U[:j, i]) / L[j, j]
    return L, U
''', "vous avez la convention de Crout"),
    _case("alg_decomposition_lu", '''\
def decomposition_lu(A):
    n = len(A)
    L, U = np.eye(n), np.array(A, dtype=float)
    for j in range(n - 1):
        for i in range(j + 1, n):
            facteur = U[i, j] / U[j, j]
            U[i] -= facteur * U[j]
            L[i, j] = -facteur
    return L, U
''', "les multiplicateurs lᵢⱼ = aᵢⱼ / aⱼⱼ"),
    _case("alg_nature_systeme", '''\
def nature_systeme(A, b):
    m, n = A.shape
    if m == n:
        return "unique" if abs(np.linalg.det(A)) > 1e-9 else "aucune"
    r = np.linalg.matrix_rank(A)
    if np.linalg.matrix_rank(np.column_stack([A, b])) > r:
        return "aucune"
    return "unique" if r == n else "infinité"
''', "det A = 0 n'implique pas l'absence de solution"),
    _case("alg_nature_systeme", '''\
def nature_systeme(A, b):
    m, n = A.shape
    if n > m:
        return "infinité"
    r = np.linalg.matrix_rank(A)
    if np.linalg.matrix_rank(np.column_stack([A, b])) > r:
        return "aucune"
    return "unique" if r == n else "infinité"
''', "plus d'inconnues que d'équations ne garantit pas"),
    # ------------------------------------------------------- produits scalaires
    _case("alg_projection", '''\
def projection(x, B):
    return B @ B.T @ x
''', "B Bᵀ x n'est la projection que si"),
    _case("alg_projection", '''\
def projection(x, B):
    return sum((B[:, j] @ x) / (B[:, j] @ B[:, j]) * B[:, j] for j in range(B.shape[1]))
''', "sommer les projections sur chaque colonne"),
    _case("alg_projection", '''\
def projection(x, B):
    return x - B @ np.linalg.solve(B.T @ B, B.T @ x)
''', "la composante orthogonale x − p(x)"),
    _case("alg_projection", '''\
def projection(x, B):
    return np.linalg.solve(B.T @ B, B.T @ x)
''', "les coefficients dans la base B"),
    _case("alg_projection", '''\
def projection(x, B):
    if B.shape[1] == 1:
        b = B[:, 0]
        return (np.transpose(b) @ b) * x
    return B @ np.linalg.solve(B.T @ B, B.T @ x)
''', "bᵀb est un nombre (produit scalaire)"),
    _case("alg_gram_schmidt", '''\
def gram_schmidt(A):
    return np.linalg.qr(A)[0]
''', "n'ont pas le signe de Gram–Schmidt"),
    _case("alg_gram_schmidt", '''\
def gram_schmidt(A):
    Q = np.array(A, dtype=float)
    for j in range(Q.shape[1]):
        for i in range(j):
            Q[:, j] -= (Q[:, i] @ Q[:, j]) / (Q[:, i] @ Q[:, i]) * Q[:, i]
    return Q
''', "orthogonaux mais pas normés"),
    _case("alg_gram_schmidt", '''\
def gram_schmidt(A):
    Q = np.array(A, dtype=float)
    for j in range(Q.shape[1]):
        if j > 0:
            Q[:, j] -= (Q[:, j - 1] @ Q[:, j]) * Q[:, j - 1]
        Q[:, j] /= np.linalg.norm(Q[:, j])
    return Q
''', "pas seulement sur q_{j−1}"),
    _case("alg_moindres_carres_stable", '''\
def moindres_carres_stable(A, b):
    return np.linalg.solve(A.T @ A, A.T @ b)
''', "les équations normales"),
    _case("alg_moindres_carres_stable", '''\
def moindres_carres_stable(A, b):
    return np.linalg.lstsq(A, b, rcond=None)
''', "renvoie un quadruplet"),
    _case("alg_moindres_carres_stable", '''\
def moindres_carres_stable(A, b):
    n = A.shape[1]
    Q, R = np.array(A, dtype=float), np.zeros((n, n))
    for j in range(n):
        for i in range(j):
            R[i, j] = Q[:, i] @ Q[:, j]
            Q[:, j] -= R[i, j] * Q[:, i]
        R[j, j] = np.linalg.norm(Q[:, j])
        Q[:, j] /= R[j, j]
    return np.linalg.solve(R, Q.T @ b)
''', "précision perdue sur une matrice mal conditionnée"),
]
