"""Typical wrong answers of source/04_algebre/01_espaces_applications.ipynb."""

from . import WrongAnswer


def _case(question, code, expect):
    return WrongAnswer(question=question, cell=f"{question}_code", code=code, expect=expect)


CASES = [
    # ------------------------------------------------------ espaces vectoriels
    _case("alg_dimension_engendre", '''\
def dimension_engendre(vecteurs):
    return len(vecteurs)
''', "vous avez compté les vecteurs"),
    _case("alg_dimension_engendre", '''\
def dimension_engendre(vecteurs):
    return np.shape(vecteurs)[1]
''', "dimension de l'espace ambiant"),
    _case("alg_dimension_engendre", '''\
def dimension_engendre(vecteurs):
    return min(np.shape(vecteurs))
''', "n'est qu'un majorant du rang"),
    _case("alg_dimension_engendre", '''\
def dimension_engendre(vecteurs):
    return int(np.linalg.matrix_rank(vecteurs)) + 1
''', "un pivot de l'ordre de 1e-16"),
    _case("alg_coordonnees", '''\
def coordonnees(base, v):
    return np.linalg.solve(base.T, v)
''', "les vecteurs de base sont les colonnes"),
    _case("alg_coordonnees", '''\
def coordonnees(base, v):
    return base @ v
''', "il faut l'opération inverse"),
    _case("alg_coordonnees", '''\
def coordonnees(base, v):
    return np.array([np.dot(base[:, j], v) for j in range(len(v))])
''', "que dans une base orthonormée"),
    _case("alg_dimension_intersection", '''\
def dimension_intersection(F, G):
    rang = np.linalg.matrix_rank
    return int(rang(F) + rang(G) - F.shape[1])
''', "pas la dimension n de l'espace ambiant"),
    _case("alg_dimension_intersection", '''\
def dimension_intersection(F, G):
    return int(min(np.linalg.matrix_rank(F), np.linalg.matrix_rank(G)))
''', "pas le plus petit des deux sous-espaces"),
    _case("alg_dimension_intersection", '''\
def dimension_intersection(F, G):
    return len(F) + len(G) - int(np.linalg.matrix_rank(np.vstack([F, G])))
''', "le nombre de vecteurs au lieu des dimensions"),
    # -------------------------------------------------- applications linéaires
    _case("alg_matrice_application", '''\
def matrice_application(f, n):
    return np.array([f(e) for e in np.eye(n)])
''', "vous avez rangé les images f(eⱼ) en lignes"),
    _case("alg_matrice_application", '''\
def matrice_application(f, n):
    return f(np.ones(n))
''', "f(1, …, 1) est la somme des colonnes"),
    _case("alg_noyau_image", '''\
def dimensions_noyau_image(A):
    r = int(np.linalg.matrix_rank(A))
    return A.shape[0] - r, r
''', "où n est le nombre de colonnes"),
    _case("alg_noyau_image", '''\
def dimensions_noyau_image(A):
    r = int(np.linalg.matrix_rank(A))
    return r, A.shape[1] - r
''', "ordre inversé"),
    _case("alg_changement_base", '''\
def changement_de_base(M, P):
    return P @ M @ np.linalg.inv(P)
''', "formule inversée"),
    _case("alg_changement_base", '''\
def changement_de_base(M, P):
    return P.T @ M @ P
''', "Pᵀ = P⁻¹ seulement si P est orthogonale"),
    _case("alg_changement_base", '''\
def changement_de_base(M, P):
    return M @ P
''', "il manque P⁻¹ à gauche"),
    _case("alg_changement_base", '''\
def changement_de_base(M, P):
    return np.linalg.inv(P) @ M
''', "il manque P à droite"),
]
