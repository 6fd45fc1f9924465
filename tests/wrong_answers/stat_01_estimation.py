"""Typical wrong answers for ``source/08_statistique/01_estimation.ipynb``."""

from . import WrongAnswer

CASES = [
    # --- stat_experience -------------------------------------------------
    WrongAnswer(
        question="stat_simuler_bernoulli",
        cell="stat_simuler_bernoulli_code",
        code=(
            "def simuler_bernoulli(u, p):\n"
            "    return (u > p).astype(int)\n"
        ),
        expect="probabilité 1 - p au lieu de p",
    ),
    WrongAnswer(
        question="stat_lancer_de",
        cell="stat_lancer_de_code",
        code=(
            "def lancer_de(u):\n"
            "    return np.round(6 * u).astype(int)\n"
        ),
        expect="np.round(6u) donne des faces de 0 à 6",
    ),
    WrongAnswer(
        question="stat_lancer_de",
        cell="stat_lancer_de_code",
        code=(
            "def lancer_de(u):\n"
            "    return np.floor(6 * u).astype(int)\n"
        ),
        expect="il manque + 1",
    ),
    WrongAnswer(
        question="stat_lancer_de",
        cell="stat_lancer_de_code",
        code=(
            "def lancer_de(u):\n"
            "    return np.ceil(6 * u).astype(int)\n"
        ),
        expect="[0., 1., 1., ..., 5., 6., 6.] obtenu"  # only u = 0 and u = 0.5 differ: generic,
    ),
    WrongAnswer(
        question="stat_proba_somme_deux_des",
        cell="stat_proba_somme_deux_des_code",
        code=(
            "def proba_somme_deux_des(k):\n"
            "    return 1 / 11 if 2 <= k <= 12 else 0.0\n"
        ),
        expect="11 sommes possibles (de 2 à 12) ne sont pas équiprobables",
    ),
    WrongAnswer(
        question="stat_proba_somme_deux_des",
        cell="stat_proba_somme_deux_des_code",
        code=(
            "def proba_somme_deux_des(k):\n"
            "    paires = [(a, b) for a in range(1, 7) for b in range(a, 7)]\n"
            "    return sum(1 for a, b in paires if a + b == k) / len(paires)\n"
        ),
        expect="paires non ordonnées",
    ),
    WrongAnswer(
        question="stat_proba_somme_deux_des",
        cell="stat_proba_somme_deux_des_code",
        code=(
            "def proba_somme_deux_des(k):\n"
            "    return sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == k)\n"
        ),
        expect="nombre d'issues favorables",
    ),
    # --- stat_estimateur -------------------------------------------------
    WrongAnswer(
        question="stat_variance_sans_biais",
        cell="stat_variance_sans_biais_code",
        code=(
            "def variance_sans_biais(x):\n"
            "    return np.var(x)\n"
        ),
        expect="vous avez divisé par n (ddof=0",
    ),
    WrongAnswer(
        question="stat_variance_sans_biais",
        cell="stat_variance_sans_biais_code",
        code=(
            "def variance_sans_biais(x):\n"
            "    return np.std(x, ddof=1)\n"
        ),
        expect="vous avez renvoyé un écart type",
    ),
    WrongAnswer(
        question="stat_erreur_type_moyenne",
        cell="stat_erreur_type_moyenne_code",
        code=(
            "def erreur_type_moyenne(x):\n"
            "    return np.std(x, ddof=1)\n"
        ),
        expect="écart type s de l'échantillon, pas celui de la moyenne",
    ),
    WrongAnswer(
        question="stat_erreur_type_moyenne",
        cell="stat_erreur_type_moyenne_code",
        code=(
            "def erreur_type_moyenne(x):\n"
            "    return np.std(x) / np.sqrt(len(x))\n"
        ),
        expect="écart type avec ddof=0",
    ),
    WrongAnswer(
        question="stat_erreur_type_moyenne",
        cell="stat_erreur_type_moyenne_code",
        code=(
            "def erreur_type_moyenne(x):\n"
            "    return np.var(x, ddof=1) / len(x)\n"
        ),
        expect="l'erreur type en est la racine carrée",
    ),
    WrongAnswer(
        question="stat_estimateur_uniforme",
        cell="stat_estimateur_uniforme_code",
        code=(
            "def estimateur_uniforme(x):\n"
            "    return np.max(x)\n"
        ),
        expect="le maximum seul est biaisé",
    ),
    WrongAnswer(
        question="stat_estimateur_uniforme",
        cell="stat_estimateur_uniforme_code",
        code=(
            "def estimateur_uniforme(x):\n"
            "    return 2 * np.mean(x)\n"
        ),
        expect="l'estimateur fondé sur le maximum",
    ),
    WrongAnswer(
        question="stat_estimateur_uniforme",
        cell="stat_estimateur_uniforme_code",
        code=(
            "def estimateur_uniforme(x):\n"
            "    n = len(x)\n"
            "    return n / (n + 1) * np.max(x)\n"
        ),
        expect="il aggrave le biais",
    ),
    # --- stat_risque -----------------------------------------------------
    WrongAnswer(
        question="stat_biais_variance_eqm",
        cell="stat_biais_variance_eqm_code",
        code=(
            "def biais_variance_eqm(estimations, theta):\n"
            "    biais = theta - np.mean(estimations)\n"
            "    variance = np.var(estimations)\n"
            "    return biais, variance, biais ** 2 + variance\n"
        ),
        expect="le signe est inversé",
    ),
    WrongAnswer(
        question="stat_biais_variance_eqm",
        cell="stat_biais_variance_eqm_code",
        code=(
            "def biais_variance_eqm(estimations, theta):\n"
            "    biais = np.mean(estimations) - theta\n"
            "    variance = np.var(estimations)\n"
            "    return biais, variance, biais + variance\n"
        ),
        expect="oublié d'élever le biais au carré",
    ),
    WrongAnswer(
        question="stat_biais_variance_eqm",
        cell="stat_biais_variance_eqm_code",
        code=(
            "def biais_variance_eqm(estimations, theta):\n"
            "    biais = np.mean(estimations) - theta\n"
            "    variance = np.var(estimations, ddof=1)\n"
            "    return biais, variance, biais ** 2 + variance\n"
        ),
        expect="vous avez divisé par R - 1",
    ),
    WrongAnswer(
        question="stat_risque_quadratique_moyenne",
        cell="stat_risque_quadratique_moyenne_code",
        code=(
            "def risque_quadratique_moyenne(sigma, n):\n"
            "    return sigma / np.sqrt(n)\n"
        ),
        expect="l'écart type de la moyenne empirique, pas son EQM",
    ),
    WrongAnswer(
        question="stat_risque_quadratique_moyenne",
        cell="stat_risque_quadratique_moyenne_code",
        code=(
            "def risque_quadratique_moyenne(sigma, n):\n"
            "    return sigma / n\n"
        ),
        expect="leur variance est sigma²",
    ),
    WrongAnswer(
        question="stat_risque_quadratique_moyenne",
        cell="stat_risque_quadratique_moyenne_code",
        code=(
            "def risque_quadratique_moyenne(sigma, n):\n"
            "    return sigma ** 2 / np.sqrt(n)\n"
        ),
        expect="divisée par n, pas par racine(n)",
    ),
    WrongAnswer(
        question="stat_eqm_retrecissement",
        cell="stat_eqm_retrecissement_code",
        code=(
            "def eqm_retrecissement(c, mu, sigma, n):\n"
            "    return c ** 2 * sigma ** 2 / n\n"
        ),
        expect="vous avez oublié le biais",
    ),
    WrongAnswer(
        question="stat_eqm_retrecissement",
        cell="stat_eqm_retrecissement_code",
        code=(
            "def eqm_retrecissement(c, mu, sigma, n):\n"
            "    return (c - 1) * mu + c ** 2 * sigma ** 2 / n\n"
        ),
        expect="le biais doit être élevé au carré",
    ),
    WrongAnswer(
        question="stat_eqm_retrecissement",
        cell="stat_eqm_retrecissement_code",
        code=(
            "def eqm_retrecissement(c, mu, sigma, n):\n"
            "    return (c - 1) ** 2 * mu ** 2 + c * sigma ** 2 / n\n"
        ),
        expect="le facteur c doit être élevé au carré",
    ),
    # --- added by issue 12 (content truth, second pass) ---------------------
    WrongAnswer(
        question="stat_simuler_bernoulli",
        cell="stat_simuler_bernoulli_code",
        code=(
            "def simuler_bernoulli(u, p):\n"
            "    return u < p\n"
        ),
        expect="un tableau de booléens ou de flottants ne convient pas",
    ),
    WrongAnswer(
        question="stat_simuler_bernoulli",
        cell="stat_simuler_bernoulli_code",
        code=(
            "def simuler_bernoulli(u, p):\n"
            "    return (u <= p).astype(int)\n"
        ),
        expect="simuler_bernoulli(u, 0) avec 25 valeur(s) : [1., 0., 0.",
    ),
    WrongAnswer(
        question="stat_lancer_de",
        cell="stat_lancer_de_code",
        code=(
            "def lancer_de(u):\n"
            "    return np.floor(6 * u) + 1\n"
        ),
        expect="np.floor et np.ceil renvoient des flottants",
    ),
    WrongAnswer(
        question="stat_proba_somme_deux_des",
        cell="stat_proba_somme_deux_des_code",
        code=(
            "def proba_somme_deux_des(k):\n"
            "    return sum(1 for a in range(1, 7) for b in range(1, 7) if a + b <= k) / 36\n"
        ),
        expect="vous avez calculé P(somme ≤ k)",
    ),
    WrongAnswer(
        question="stat_variance_sans_biais",
        cell="stat_variance_sans_biais_code",
        code=(
            "def variance_sans_biais(x):\n"
            "    return np.sum((x - x.mean()) ** 2) / (len(x) + 1)\n"
        ),
        expect="vous avez divisé par n + 1",
    ),
    WrongAnswer(
        question="stat_variance_sans_biais",
        cell="stat_variance_sans_biais_code",
        code=(
            "def variance_sans_biais(x):\n"
            "    return np.sum(x ** 2) / (len(x) - 1)\n"
        ),
        expect="vous n'avez pas centré les observations",
    ),
    WrongAnswer(
        question="stat_erreur_type_moyenne",
        cell="stat_erreur_type_moyenne_code",
        code=(
            "def erreur_type_moyenne(x):\n"
            "    return np.std(x, ddof=1) / np.sqrt(len(x) - 1)\n"
        ),
        expect="vous avez divisé s par racine(n - 1)",
    ),
    WrongAnswer(
        question="stat_estimateur_uniforme",
        cell="stat_estimateur_uniforme_code",
        code=(
            "def estimateur_uniforme(x):\n"
            "    return 2 * np.max(x)\n"
        ),
        expect="2 M surestime theta",
    ),
    WrongAnswer(
        question="stat_risque_quadratique_moyenne",
        cell="stat_risque_quadratique_moyenne_code",
        code=(
            "def risque_quadratique_moyenne(sigma, n):\n"
            "    return sigma ** 2 / (n - 1) if n > 1 else sigma ** 2\n"
        ),
        expect="vous avez divisé par n - 1",
    ),
    WrongAnswer(
        question="stat_eqm_retrecissement",
        cell="stat_eqm_retrecissement_code",
        code=(
            "def eqm_retrecissement(c, mu, sigma, n):\n"
            "    return ((c - 1) * mu) ** 2 + sigma ** 2 / n\n"
        ),
        expect="vous avez oublié le facteur c² dans la variance",
    ),
    WrongAnswer(
        question="stat_eqm_retrecissement",
        cell="stat_eqm_retrecissement_code",
        code=(
            "def eqm_retrecissement(c, mu, sigma, n):\n"
            "    return ((c - 1) * mu) ** 2\n"
        ),
        expect="vous n'avez gardé que le biais au carré",
    ),
]
