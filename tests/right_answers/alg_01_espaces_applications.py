"""Correct answers of source/04_algebre/01_espaces_applications.ipynb written differently."""

from . import RightAnswer


def _case(question, how, code):
    return RightAnswer(question=question, cell=f"{question}_code", code=code, how=how)


CASES = [
    _case("alg_dimension_engendre", "Gaussian elimination by hand with a tolerance, numpy int", '''\
def dimension_engendre(vecteurs):
    M = np.array(vecteurs, dtype=float)
    rang = 0
    for j in range(M.shape[1]):
        if rang == M.shape[0]:
            break
        pivot = rang + int(np.argmax(np.abs(M[rang:, j])))
        if abs(M[pivot, j]) < 1e-9:
            continue
        M[[rang, pivot]] = M[[pivot, rang]]
        M[rang + 1:] -= np.outer(M[rang + 1:, j] / M[rang, j], M[rang])
        rang += 1
    return np.int64(rang)
'''),
    _case("alg_dimension_engendre", "singular values above a tolerance, float result", '''\
def dimension_engendre(vecteurs):
    s = np.linalg.svd(np.asarray(vecteurs, dtype=float), compute_uv=False)
    return float(np.sum(s > 1e-9 * max(1.0, s.max(initial=0.0))))
'''),
    _case("alg_coordonnees", "inverse matrix", '''\
def coordonnees(base, v):
    return np.linalg.inv(base) @ v
'''),
    _case("alg_coordonnees", "least squares, list result", '''\
def coordonnees(base, v):
    return list(np.linalg.lstsq(base, v, rcond=None)[0])
'''),
    _case("alg_dimension_intersection", "kernel of [F^T | -G^T] minus the redundancies", '''\
import scipy.linalg

def dimension_intersection(F, G):
    F, G = np.asarray(F, dtype=float), np.asarray(G, dtype=float)
    BF = scipy.linalg.orth(F.T)
    BG = scipy.linalg.orth(G.T)
    if BF.shape[1] == 0 or BG.shape[1] == 0:
        return 0
    N = scipy.linalg.null_space(np.hstack([BF, -BG]))
    return N.shape[1]
'''),
    _case("alg_matrice_application", "loop filling columns", '''\
def matrice_application(f, n):
    colonnes = []
    for j in range(n):
        e = np.zeros(n)
        e[j] = 1.0
        colonnes.append(f(e))
    return np.array(colonnes).T
'''),
    _case("alg_noyau_image", "null_space and orth of scipy, list result", '''\
import scipy.linalg

def dimensions_noyau_image(A):
    A = np.asarray(A, dtype=float)
    return [scipy.linalg.null_space(A).shape[1], scipy.linalg.orth(A).shape[1]]
'''),
    _case("alg_changement_base", "explicit inverse", '''\
def changement_de_base(M, P):
    return np.linalg.inv(P) @ M @ P
'''),
    _case("alg_changement_base", "column by column: coordinates of u(p_j)", '''\
def changement_de_base(M, P):
    n = len(P)
    return np.column_stack([np.linalg.solve(P, M @ P[:, j]) for j in range(n)])
'''),
]
