"""Correct answers of source/04_algebre/03_reduction_formes_quadratiques.ipynb written differently."""

from . import RightAnswer


def _case(question, how, code):
    return RightAnswer(question=question, cell=f"{question}_code", code=code, how=how)


CASES = [
    _case("alg_puissance_iteree", "normalised Rayleigh quotient, list result, numpy scalar", '''\
def puissance_iteree(A, x0, k):
    x = np.array(x0, dtype=float)
    for _ in range(k):
        x = np.dot(A, x)
        x = x / np.sqrt(np.sum(x ** 2))
    return [x, np.dot(x, np.dot(A, x)) / np.dot(x, x)]
'''),
    _case("alg_diagonaliser", "eig, eigenpairs sorted, columns scaled by -2", '''\
def diagonaliser(A):
    valeurs, vecteurs = np.linalg.eig(A)
    ordre = np.argsort(valeurs)[::-1]
    return -2 * vecteurs[:, ordre], np.diag(valeurs[ordre])
'''),
    _case("alg_diagonaliser", "scipy.linalg.eig, complex arrays with zero imaginary part", '''\
import scipy.linalg

def diagonaliser(A):
    valeurs, vecteurs = scipy.linalg.eig(A)
    return vecteurs, np.diag(valeurs)
'''),
    _case("alg_diagonaliser", "kernels of A - lambda I from scipy.linalg.null_space", '''\
import scipy.linalg

def diagonaliser(A):
    valeurs = np.real(np.linalg.eigvals(A))
    n = len(A)
    P = np.column_stack([scipy.linalg.null_space(A - lam * np.eye(n), rcond=1e-8)[:, 0]
                         for lam in valeurs])
    return P, np.diag(valeurs)
'''),
    _case("alg_est_diagonalisable", "numpy bool from null_space dimensions", '''\
import scipy.linalg

def est_diagonalisable(A, valeurs_propres):
    n = len(A)
    dims = [scipy.linalg.null_space(A - lam * np.eye(n), rcond=1e-9).shape[1]
            for lam in valeurs_propres]
    return np.sum(dims) == n
'''),
    _case("alg_matrice_forme", "loops over the coefficients", '''\
def matrice_forme(C):
    n = len(C)
    S = np.zeros((n, n))
    for i in range(n):
        S[i, i] = C[i, i]
        for j in range(i + 1, n):
            S[i, j] = C[i, j] / 2
            S[j, i] = C[i, j] / 2
    return S
'''),
    _case("alg_signature", "eigvals of the general routine, numpy integers", '''\
def signature(S):
    valeurs = np.real(np.linalg.eigvals(S))
    seuil = 1e-9 * max(1.0, np.max(np.abs(valeurs)))
    return np.sum(valeurs > seuil), np.sum(valeurs < -seuil)
'''),
    _case("alg_definie_positive", "Cholesky in a try", '''\
def est_definie_positive(S):
    try:
        np.linalg.cholesky(S)
    except np.linalg.LinAlgError:
        return False
    return True
'''),
    _case("alg_definie_positive", "Sylvester's criterion, numpy bool", '''\
def est_definie_positive(S):
    return np.all([np.linalg.det(S[:k, :k]) > 0 for k in range(1, len(S) + 1)])
'''),
]
