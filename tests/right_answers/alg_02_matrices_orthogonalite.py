"""Correct answers of source/04_algebre/02_matrices_orthogonalite.ipynb written differently."""

from . import RightAnswer


def _case(question, how, code):
    return RightAnswer(question=question, cell=f"{question}_code", code=code, how=how)


CASES = [
    _case("alg_determinants", "np.linalg.det on a matrix with that determinant, numpy array", '''\
def determinants(d, n):
    A = np.eye(n)
    A[0, 0] = d
    det = np.linalg.det
    return np.array([det(2 * A), det(np.linalg.inv(A)), det(A.T @ A), det(-A)])
'''),
    _case("alg_decomposition_lu", "kij elimination storing multipliers in place, list result", '''\
def decomposition_lu(A):
    M = np.array(A, dtype=float)
    n = len(M)
    for k in range(n - 1):
        for i in range(k + 1, n):
            M[i, k] /= M[k, k]
            for j in range(k + 1, n):
                M[i, j] -= M[i, k] * M[k, j]
    return [np.tril(M, -1) + np.eye(n), np.triu(M)]
'''),
    _case("alg_nature_systeme", "least-squares residual and null space, capitalised answer", '''\
import scipy.linalg

def nature_systeme(A, b):
    x = scipy.linalg.lstsq(A, b)[0]
    if np.linalg.norm(A @ x - b) > 1e-6 * max(1.0, np.linalg.norm(b)):
        return "Aucune"
    return "unique" if scipy.linalg.null_space(A).shape[1] == 0 else " Infinité "
'''),
    _case("alg_projection", "least-squares coefficients", '''\
def projection(x, B):
    return B @ np.linalg.lstsq(B, x, rcond=None)[0]
'''),
    _case("alg_projection", "projector built with the pseudo-inverse", '''\
def projection(x, B):
    P = B @ np.linalg.pinv(B)
    return P @ x
'''),
    _case("alg_projection", "orthonormal basis by scipy.linalg.orth", '''\
import scipy.linalg

def projection(x, B):
    Q = scipy.linalg.orth(B)
    return Q @ (Q.T @ x)
'''),
    _case("alg_gram_schmidt", "np.linalg.qr with signs fixed", '''\
def gram_schmidt(A):
    Q, R = np.linalg.qr(A)
    return Q * np.where(np.diag(R) < 0, -1.0, 1.0)
'''),
    _case("alg_gram_schmidt", "modified Gram-Schmidt, vectorised projections", '''\
def gram_schmidt(A):
    V = np.array(A, dtype=float)
    k = V.shape[1]
    for j in range(k):
        V[:, j] /= np.linalg.norm(V[:, j])
        V[:, j + 1:] -= np.outer(V[:, j], V[:, j] @ V[:, j + 1:])
    return V
'''),
    _case("alg_moindres_carres_stable", "np.linalg.lstsq", '''\
def moindres_carres_stable(A, b):
    return np.linalg.lstsq(A, b, rcond=None)[0]
'''),
    _case("alg_moindres_carres_stable", "scipy.linalg.lstsq", '''\
import scipy.linalg

def moindres_carres_stable(A, b):
    return scipy.linalg.lstsq(A, b)[0]
'''),
    _case("alg_moindres_carres_stable", "pseudo-inverse", '''\
def moindres_carres_stable(A, b):
    return np.linalg.pinv(A) @ b
'''),
]
