"""Typical wrong answers for ``source/07_probabilites/02_limites_markov.ipynb``."""

from . import WrongAnswer

CASES = [
    # --- prob_lgn --------------------------------------------------------
    WrongAnswer(
        question="prob_moyennes_cumulees",
        cell="prob_moyennes_cumulees_code",
        code=(
            "def moyennes_cumulees(x):\n"
            "    return np.cumsum(x)\n"
        ),
        expect="vous avez renvoyé les sommes cumulées",
    ),
    WrongAnswer(
        question="prob_moyennes_cumulees",
        cell="prob_moyennes_cumulees_code",
        code=(
            "def moyennes_cumulees(x):\n"
            "    return np.cumsum(x) / len(x)\n"
        ),
        expect="divisé toutes les sommes cumulées par n",
    ),
    WrongAnswer(
        question="prob_moyennes_cumulees",
        cell="prob_moyennes_cumulees_code",
        code=(
            "def moyennes_cumulees(x):\n"
            "    return np.cumsum(x) / np.arange(len(x))\n"
        ),
        expect="divisé la k-ième somme par k - 1",
    ),
    WrongAnswer(
        question="prob_moyennes_cumulees",
        cell="prob_moyennes_cumulees_code",
        code=(
            "def moyennes_cumulees(x):\n"
            "    return np.cumsum(x) / np.arange(2, len(x) + 2)\n"
        ),
        expect="divisé la k-ième somme par k + 1",
    ),
    WrongAnswer(
        question="prob_moyennes_cumulees",
        cell="prob_moyennes_cumulees_code",
        code=(
            "def moyennes_cumulees(x):\n"
            "    return np.full(len(x), np.mean(x))\n"
        ),
        expect="répété la moyenne de tout l'échantillon",
    ),
    WrongAnswer(
        question="prob_borne_tchebychev",
        cell="prob_borne_tchebychev_code",
        code=(
            "def borne_tchebychev(sigma, n, eps):\n"
            "    return min(1, sigma / (n * eps ** 2))\n"
        ),
        expect="leur variance est sigma²",
    ),
    WrongAnswer(
        question="prob_borne_tchebychev",
        cell="prob_borne_tchebychev_code",
        code=(
            "def borne_tchebychev(sigma, n, eps):\n"
            "    return min(1, sigma ** 2 / eps ** 2)\n"
        ),
        expect="vous avez oublié n",
    ),
    WrongAnswer(
        question="prob_borne_tchebychev",
        cell="prob_borne_tchebychev_code",
        code=(
            "def borne_tchebychev(sigma, n, eps):\n"
            "    return min(1, sigma ** 2 / (n * eps))\n"
        ),
        expect="fait intervenir eps²",
    ),
    WrongAnswer(
        question="prob_borne_tchebychev",
        cell="prob_borne_tchebychev_code",
        code=(
            "def borne_tchebychev(sigma, n, eps):\n"
            "    return sigma ** 2 / (n * eps ** 2)\n"
        ),
        expect="une probabilité ne dépasse jamais 1",
    ),
    WrongAnswer(
        question="prob_taille_echantillon",
        cell="prob_taille_echantillon_code",
        code=(
            "def taille_echantillon(sigma, eps, delta):\n"
            "    return int(sigma ** 2 / (eps ** 2 * delta))\n"
        ),
        expect="arrondi à l'entier inférieur",
    ),
    WrongAnswer(
        question="prob_taille_echantillon",
        cell="prob_taille_echantillon_code",
        code=(
            "import math\n"
            "\n"
            "def taille_echantillon(sigma, eps, delta):\n"
            "    return math.ceil(sigma / (eps ** 2 * delta))\n"
        ),
        expect="la variance sigma²",
    ),
    WrongAnswer(
        question="prob_taille_echantillon",
        cell="prob_taille_echantillon_code",
        code=(
            "import math\n"
            "\n"
            "def taille_echantillon(sigma, eps, delta):\n"
            "    return math.ceil(sigma ** 2 / (eps * delta))\n"
        ),
        expect="fait intervenir eps², pas eps",
    ),
    WrongAnswer(
        question="prob_taille_echantillon",
        cell="prob_taille_echantillon_code",
        code=(
            "def taille_echantillon(sigma, eps, delta):\n"
            "    return sigma ** 2 / (eps ** 2 * delta)\n"
        ),
        expect="une taille d'échantillon est un nombre entier",
    ),
    # --- prob_tcl --------------------------------------------------------
    WrongAnswer(
        question="prob_approx_normale_moyenne",
        cell="prob_approx_normale_moyenne_code",
        code=(
            "def approx_normale_moyenne(mu, sigma, n, a):\n"
            "    return stats.norm.cdf((a - mu) / sigma)\n"
        ),
        expect="vous avez oublié racine(n)",
    ),
    WrongAnswer(
        question="prob_approx_normale_moyenne",
        cell="prob_approx_normale_moyenne_code",
        code=(
            "def approx_normale_moyenne(mu, sigma, n, a):\n"
            "    return stats.norm.cdf((a - mu) * np.sqrt(n) / sigma ** 2)\n"
        ),
        expect="vous avez divisé par sigma²",
    ),
    WrongAnswer(
        question="prob_approx_normale_moyenne",
        cell="prob_approx_normale_moyenne_code",
        code=(
            "def approx_normale_moyenne(mu, sigma, n, a):\n"
            "    return stats.norm.cdf(a, loc=mu, scale=sigma / n)\n"
        ),
        expect="c'est sa variance qui est divisée par n",
    ),
    WrongAnswer(
        question="prob_approx_binomiale",
        cell="prob_approx_binomiale_code",
        code=(
            "def approx_binomiale(k, n, p, correction=True):\n"
            "    return stats.norm.cdf((k - n * p) / np.sqrt(n * p * (1 - p)))\n"
        ),
        expect="correction=True demande la correction de continuité",
    ),
    WrongAnswer(
        question="prob_approx_binomiale",
        cell="prob_approx_binomiale_code",
        code=(
            "def approx_binomiale(k, n, p, correction=True):\n"
            "    seuil = k - 0.5 if correction else k\n"
            "    return stats.norm.cdf((seuil - n * p) / np.sqrt(n * p * (1 - p)))\n"
        ),
        expect="k + 1/2, pas k - 1/2",
    ),
    WrongAnswer(
        question="prob_approx_binomiale",
        cell="prob_approx_binomiale_code",
        code=(
            "def approx_binomiale(k, n, p, correction=True):\n"
            "    return stats.norm.cdf((k + 0.5 - n * p) / np.sqrt(n * p * (1 - p)))\n"
        ),
        expect="avec correction=False, n'appliquez pas la correction",
    ),
    WrongAnswer(
        question="prob_approx_binomiale",
        cell="prob_approx_binomiale_code",
        code=(
            "def approx_binomiale(k, n, p, correction=True):\n"
            "    seuil = k + 0.5 if correction else k\n"
            "    return stats.norm.cdf((seuil - n * p) / np.sqrt(n * p))\n"
        ),
        expect="est n p (1 - p), pas n p",
    ),
    WrongAnswer(
        question="prob_approx_binomiale",
        cell="prob_approx_binomiale_code",
        code=(
            "def approx_binomiale(k, n, p, correction=True):\n"
            "    seuil = k + 0.5 if correction else k\n"
            "    return stats.norm.cdf(seuil, loc=n * p, scale=n * p * (1 - p))\n"
        ),
        expect="pas par la variance n p (1 - p)",
    ),
    WrongAnswer(
        question="prob_approx_binomiale",
        cell="prob_approx_binomiale_code",
        code=(
            "def approx_binomiale(k, n, p, correction=True):\n"
            "    return stats.binom.cdf(k, n, p)\n"
        ),
        expect="vous avez renvoyé la probabilité exacte",
    ),
    WrongAnswer(
        question="prob_intervalle_fluctuation",
        cell="prob_intervalle_fluctuation_code",
        code=(
            "def intervalle_fluctuation(p, n, niveau=0.95):\n"
            "    z = stats.norm.ppf(niveau)\n"
            "    h = z * np.sqrt(p * (1 - p) / n)\n"
            "    return p - h, p + h\n"
        ),
        expect="quantile d'ordre 1 - α au lieu de 1 - α/2",
    ),
    WrongAnswer(
        question="prob_intervalle_fluctuation",
        cell="prob_intervalle_fluctuation_code",
        code=(
            "def intervalle_fluctuation(p, n, niveau=0.95):\n"
            "    z = stats.norm.ppf(1 - (1 - niveau) / 2)\n"
            "    h = z * np.sqrt(p * (1 - p))\n"
            "    return p - h, p + h\n"
        ),
        expect="il manque la division par racine(n)",
    ),
    WrongAnswer(
        question="prob_intervalle_fluctuation",
        cell="prob_intervalle_fluctuation_code",
        code=(
            "def intervalle_fluctuation(p, n, niveau=0.95):\n"
            "    h = 1.96 * np.sqrt(p * (1 - p) / n)\n"
            "    return p - h, p + h\n"
        ),
        expect="vous avez utilisé 1,96 quel que soit le niveau",
    ),
    WrongAnswer(
        question="prob_intervalle_fluctuation",
        cell="prob_intervalle_fluctuation_code",
        code=(
            "def intervalle_fluctuation(p, n, niveau=0.95):\n"
            "    z = stats.norm.ppf((1 - niveau) / 2)\n"
            "    h = z * np.sqrt(p * (1 - p) / n)\n"
            "    return p - h, p + h\n"
        ),
        expect="vos bornes sont inversées",
    ),
    # --- prob_markov -----------------------------------------------------
    WrongAnswer(
        question="prob_loi_apres_n_pas",
        cell="prob_loi_apres_n_pas_code",
        code=(
            "def loi_apres_n_pas(pi0, P, n):\n"
            "    return np.linalg.matrix_power(P, n) @ pi0\n"
        ),
        expect="vous avez calculé P^n pi0",
    ),
    WrongAnswer(
        question="prob_loi_apres_n_pas",
        cell="prob_loi_apres_n_pas_code",
        code=(
            "def loi_apres_n_pas(pi0, P, n):\n"
            "    pi = pi0\n"
            "    for _ in range(n - 1):\n"
            "        pi = pi @ P\n"
            "    return pi\n"
        ),
        expect="vous avez fait n - 1 pas au lieu de n",
    ),
    WrongAnswer(
        question="prob_loi_apres_n_pas",
        cell="prob_loi_apres_n_pas_code",
        code=(
            "def loi_apres_n_pas(pi0, P, n):\n"
            "    pi = pi0 @ P\n"
            "    for _ in range(n):\n"
            "        pi = pi @ P\n"
            "    return pi\n"
        ),
        expect="vous avez fait n + 1 pas au lieu de n",
    ),
    WrongAnswer(
        question="prob_loi_apres_n_pas",
        cell="prob_loi_apres_n_pas_code",
        code=(
            "def loi_apres_n_pas(pi0, P, n):\n"
            "    return pi0 @ P ** n\n"
        ),
        expect="P ** n élève chaque coefficient",
    ),
    WrongAnswer(
        question="prob_loi_stationnaire",
        cell="prob_loi_stationnaire_code",
        code=(
            "def loi_stationnaire(P):\n"
            "    valeurs, vecteurs = np.linalg.eig(P)\n"
            "    v = np.real(vecteurs[:, np.argmin(np.abs(valeurs - 1))])\n"
            "    return v / v.sum()\n"
        ),
        expect="vecteur propre à droite de P",
    ),
    WrongAnswer(
        question="prob_loi_stationnaire",
        cell="prob_loi_stationnaire_code",
        code=(
            "def loi_stationnaire(P):\n"
            "    valeurs, vecteurs = np.linalg.eig(P.T)\n"
            "    return np.real(vecteurs[:, np.argmin(np.abs(valeurs - 1))])\n"
        ),
        expect="divisez-le par la somme de ses coefficients",
    ),
    WrongAnswer(
        question="prob_loi_stationnaire",
        cell="prob_loi_stationnaire_code",
        code=(
            "def loi_stationnaire(P):\n"
            "    return P[:, 0]\n"
        ),
        expect="une ligne ou une colonne de P n'est pas la loi stationnaire",
    ),
    WrongAnswer(
        question="prob_probabilites_absorption",
        cell="prob_probabilites_absorption_code",
        code=(
            "def probabilites_absorption(P, absorbants, cible):\n"
            "    T = [i for i in range(len(P)) if i not in absorbants]\n"
            "    h = np.zeros(len(P))\n"
            "    h[cible] = 1\n"
            "    h[T] = np.linalg.solve(P[np.ix_(T, T)], P[T, cible])\n"
            "    return h\n"
        ),
        expect="vous avez résolu Q h = r",
    ),
    WrongAnswer(
        question="prob_probabilites_absorption",
        cell="prob_probabilites_absorption_code",
        code=(
            "def probabilites_absorption(P, absorbants, cible):\n"
            "    return np.linalg.solve(np.eye(len(P)) - P, P[:, cible])\n"
        ),
        expect="Restreignez le système aux états transitoires",
    ),
    WrongAnswer(
        question="prob_probabilites_absorption",
        cell="prob_probabilites_absorption_code",
        code=(
            "def probabilites_absorption(P, absorbants, cible):\n"
            "    T = [i for i in range(len(P)) if i not in absorbants]\n"
            "    h = np.zeros(len(P))\n"
            "    h[T] = np.linalg.solve(np.eye(len(T)) - P[np.ix_(T, T)], np.ones(len(T)))\n"
            "    return h\n"
        ),
        expect="temps moyens d'absorption",
    ),
    WrongAnswer(
        question="prob_probabilites_absorption",
        cell="prob_probabilites_absorption_code",
        code=(
            "def probabilites_absorption(P, absorbants, cible):\n"
            "    T = [i for i in range(len(P)) if i not in absorbants]\n"
            "    h = np.zeros(len(P))\n"
            "    h[T] = np.linalg.solve(np.eye(len(T)) - P[np.ix_(T, T)], P[T, cible])\n"
            "    return h\n"
        ),
        expect="les valeurs aux états absorbants sont imposées",
    ),
    # --- added by issue 12 (content truth, second pass) ---------------------
    WrongAnswer(
        question="prob_borne_tchebychev",
        cell="prob_borne_tchebychev_code",
        code=(
            "def borne_tchebychev(sigma, n, eps):\n"
            "    return 1 - min(1.0, sigma ** 2 / (n * eps ** 2))\n"
        ),
        expect="vous avez renvoyé 1 moins la majoration",
    ),
    WrongAnswer(
        question="prob_taille_echantillon",
        cell="prob_taille_echantillon_code",
        code=(
            "import math\n"
            "def taille_echantillon(sigma, eps, delta):\n"
            "    return max(1, math.ceil(sigma ** 2 * delta / eps ** 2))\n"
        ),
        expect="delta divise (il ne multiplie pas)",
    ),
    WrongAnswer(
        question="prob_approx_normale_moyenne",
        cell="prob_approx_normale_moyenne_code",
        code=(
            "def approx_normale_moyenne(mu, sigma, n, a):\n"
            "    return float(stats.norm.pdf((a - mu) * np.sqrt(n) / sigma))\n"
        ),
        expect="vous avez renvoyé la densité φ(z)",
    ),
    WrongAnswer(
        question="prob_approx_normale_moyenne",
        cell="prob_approx_normale_moyenne_code",
        code=(
            "def approx_normale_moyenne(mu, sigma, n, a):\n"
            "    return float(stats.norm.cdf(a * np.sqrt(n) / sigma))\n"
        ),
        expect="vous n'avez pas centré",
    ),
    WrongAnswer(
        question="prob_intervalle_fluctuation",
        cell="prob_intervalle_fluctuation_code",
        code=(
            "def intervalle_fluctuation(p, n, niveau=0.95):\n"
            "    return p - 0.5, p + 0.5, n\n"
        ),
        expect="un couple (borne_inf, borne_sup) de deux nombres est attendu",
    ),
]
