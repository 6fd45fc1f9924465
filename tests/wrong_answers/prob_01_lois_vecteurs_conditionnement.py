"""Typical wrong answers for ``source/07_probabilites/01_lois_vecteurs_conditionnement.ipynb``."""

from . import WrongAnswer

CASES = [
    # --- prob_lois -------------------------------------------------------
    WrongAnswer(
        question="prob_cdf_binomiale",
        cell="prob_cdf_binomiale_code",
        code=(
            "def cdf_binomiale(k, n, p):\n"
            "    from math import comb\n"
            "    return sum(comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(k))\n"
        ),
        expect="vous avez calculé P(X < k)",
    ),
    WrongAnswer(
        question="prob_cdf_binomiale",
        cell="prob_cdf_binomiale_code",
        code=(
            "def cdf_binomiale(k, n, p):\n"
            "    return stats.binom.pmf(k, n, p)\n"
        ),
        expect="la probabilité ponctuelle (pmf)",
    ),
    WrongAnswer(
        question="prob_cdf_binomiale",
        cell="prob_cdf_binomiale_code",
        code=(
            "def cdf_binomiale(k, n, p):\n"
            "    return stats.binom.sf(k, n, p)\n"
        ),
        expect="(fonction de survie)",
    ),
    WrongAnswer(
        question="prob_exponentielle_inversion",
        cell="prob_exponentielle_inversion_code",
        code=(
            "def exponentielle_par_inversion(u, lam):\n"
            "    return -np.log(1 - u) * lam\n"
        ),
        expect="vous avez multiplié par λ au lieu de diviser",
    ),
    WrongAnswer(
        question="prob_exponentielle_inversion",
        cell="prob_exponentielle_inversion_code",
        code=(
            "def exponentielle_par_inversion(u, lam):\n"
            "    return stats.expon.ppf(u, scale=lam)\n"
        ),
        expect="scale vaut 1/λ",
    ),
    WrongAnswer(
        question="prob_exponentielle_inversion",
        cell="prob_exponentielle_inversion_code",
        code=(
            "def exponentielle_par_inversion(u, lam):\n"
            "    return np.log(1 - u) / lam\n"
        ),
        expect="il manque le signe moins",
    ),
    WrongAnswer(
        question="prob_exponentielle_inversion",
        cell="prob_exponentielle_inversion_code",
        code=(
            "def exponentielle_par_inversion(u, lam):\n"
            "    return -np.log(u) / lam\n"
        ),
        expect="ce n'est pas F⁻¹(u) comme demandé",
    ),
    WrongAnswer(
        question="prob_quantile_normale",
        cell="prob_quantile_normale_code",
        code=(
            "def quantile_normale(q, mu, sigma):\n"
            "    return stats.norm.ppf(q, loc=mu, scale=sigma ** 2)\n"
        ),
        expect="sigma est l'écart type, pas la variance",
    ),
    WrongAnswer(
        question="prob_quantile_normale",
        cell="prob_quantile_normale_code",
        code=(
            "def quantile_normale(q, mu, sigma):\n"
            "    return mu + sigma * stats.norm.ppf(1 - q)\n"
        ),
        expect="vous avez calculé le quantile d'ordre 1 - q",
    ),
    WrongAnswer(
        question="prob_quantile_normale",
        cell="prob_quantile_normale_code",
        code=(
            "def quantile_normale(q, mu, sigma):\n"
            "    return (stats.norm.ppf(q) - mu) / sigma\n"
        ),
        expect="vous avez centré-réduit au lieu de faire l'inverse",
    ),
    # --- prob_vecteurs ---------------------------------------------------
    WrongAnswer(
        question="prob_moyenne_covariance",
        cell="prob_moyenne_covariance_code",
        code=(
            "def moyenne_covariance(X):\n"
            "    return X.mean(axis=0), np.cov(X)\n"
        ),
        expect="utilisez np.cov(X, rowvar=False)",
    ),
    WrongAnswer(
        question="prob_moyenne_covariance",
        cell="prob_moyenne_covariance_code",
        code=(
            "def moyenne_covariance(X):\n"
            "    return X.mean(axis=0), np.cov(X, rowvar=False, bias=True)\n"
        ),
        expect="vous avez divisé par n (ddof=0 ou bias=True)",
    ),
    WrongAnswer(
        question="prob_moyenne_covariance",
        cell="prob_moyenne_covariance_code",
        code=(
            "def moyenne_covariance(X):\n"
            "    return X.mean(axis=1), np.cov(X, rowvar=False)\n"
        ),
        expect="vous avez fait la moyenne de chaque observation (ligne)",
    ),
    WrongAnswer(
        question="prob_loi_transformee",
        cell="prob_loi_transformee_code",
        code=(
            "def loi_transformee(mu, Sigma, A, b):\n"
            "    return A @ mu + b, A.T @ Sigma @ A\n"
        ),
        expect="vous avez calculé Aᵀ Σ A",
    ),
    WrongAnswer(
        question="prob_loi_transformee",
        cell="prob_loi_transformee_code",
        code=(
            "def loi_transformee(mu, Sigma, A, b):\n"
            "    return A @ mu, A @ Sigma @ A.T\n"
        ),
        expect="vous avez oublié b",
    ),
    WrongAnswer(
        question="prob_loi_transformee",
        cell="prob_loi_transformee_code",
        code=(
            "def loi_transformee(mu, Sigma, A, b):\n"
            "    return A @ mu + b, Sigma @ A\n"
        ),
        expect="la covariance est quadratique en A",
    ),
    WrongAnswer(
        question="prob_loi_transformee",
        cell="prob_loi_transformee_code",
        code=(
            "def loi_transformee(mu, Sigma, A, b):\n"
            "    return A @ mu + b, A @ Sigma @ A.T + b\n"
        ),
        expect="une translation ne change pas la covariance",
    ),
    WrongAnswer(
        question="prob_vecteur_gaussien",
        cell="prob_vecteur_gaussien_code",
        code=(
            "def vecteur_gaussien(z, mu, Sigma):\n"
            "    return mu + z @ Sigma\n"
        ),
        expect="au lieu de son facteur de Cholesky L",
    ),
    WrongAnswer(
        question="prob_vecteur_gaussien",
        cell="prob_vecteur_gaussien_code",
        code=(
            "def vecteur_gaussien(z, mu, Sigma):\n"
            "    return mu + z @ np.linalg.cholesky(Sigma)\n"
        ),
        expect="vous avez calculé μ + Lᵀ z_i au lieu de μ + L z_i",
    ),
    WrongAnswer(
        question="prob_vecteur_gaussien",
        cell="prob_vecteur_gaussien_code",
        code=(
            "def vecteur_gaussien(z, mu, Sigma):\n"
            "    import scipy.linalg\n"
            "    L = scipy.linalg.cholesky(Sigma)\n"
            "    return mu + z @ L.T\n"
        ),
        expect="scipy.linalg.cholesky renvoie Lᵀ par défaut",
    ),
    WrongAnswer(
        question="prob_vecteur_gaussien",
        cell="prob_vecteur_gaussien_code",
        code=(
            "def vecteur_gaussien(z, mu, Sigma):\n"
            "    return z @ np.linalg.cholesky(Sigma).T\n"
        ),
        expect="vous avez oublié d'ajouter l'espérance μ",
    ),
    # --- prob_conditionnement --------------------------------------------
    WrongAnswer(
        question="prob_bayes_test_positif",
        cell="prob_bayes_test_positif_code",
        code=(
            "def bayes_test_positif(prevalence, sensibilite, specificite):\n"
            "    return sensibilite\n"
        ),
        expect="c'est l'oubli du taux de base",
    ),
    WrongAnswer(
        question="prob_bayes_test_positif",
        cell="prob_bayes_test_positif_code",
        code=(
            "def bayes_test_positif(prevalence, sensibilite, specificite):\n"
            "    vp = prevalence * sensibilite\n"
            "    return vp / (vp + (1 - prevalence) * specificite)\n"
        ),
        expect="P(positif | sain), vaut 1 - spécificité",
    ),
    WrongAnswer(
        question="prob_bayes_test_positif",
        cell="prob_bayes_test_positif_code",
        code=(
            "def bayes_test_positif(prevalence, sensibilite, specificite):\n"
            "    vp = prevalence * sensibilite\n"
            "    p_negatif = prevalence * (1 - sensibilite) + (1 - prevalence) * specificite\n"
            "    return vp / p_negatif\n"
        ),
        expect="vous avez divisé par P(négatif)",
    ),
    WrongAnswer(
        question="prob_bayes_test_positif",
        cell="prob_bayes_test_positif_code",
        code=(
            "def bayes_test_positif(prevalence, sensibilite, specificite):\n"
            "    vp = prevalence * sensibilite\n"
            "    return vp / (vp + 1 - specificite)\n"
        ),
        expect="il manque le facteur P(sain) = 1 - prévalence",
    ),
    WrongAnswer(
        question="prob_bayes_test_positif",
        cell="prob_bayes_test_positif_code",
        code=(
            "def bayes_test_positif(prevalence, sensibilite, specificite):\n"
            "    return prevalence * sensibilite\n"
        ),
        expect="vous avez renvoyé P(malade et positif)",
    ),
    WrongAnswer(
        question="prob_loi_conditionnelle",
        cell="prob_loi_conditionnelle_code",
        code=(
            "def loi_conditionnelle(table, j):\n"
            "    return table[:, j] / table.sum(axis=1)\n"
        ),
        expect="vous avez divisé par P(X = i)",
    ),
    WrongAnswer(
        question="prob_loi_conditionnelle",
        cell="prob_loi_conditionnelle_code",
        code=(
            "def loi_conditionnelle(table, j):\n"
            "    return table[:, j]\n"
        ),
        expect="la colonne j de la loi jointe",
    ),
    WrongAnswer(
        question="prob_loi_conditionnelle",
        cell="prob_loi_conditionnelle_code",
        code=(
            "def loi_conditionnelle(table, j):\n"
            "    ligne = table[j, :]\n"
            "    return ligne / ligne.sum()\n"
        ),
        expect="vous avez pris la ligne j",
    ),
    WrongAnswer(
        question="prob_esperance_conditionnelle_gaussienne",
        cell="prob_esperance_conditionnelle_gaussienne_code",
        code=(
            "def esperance_conditionnelle_gaussienne(mu, Sigma, y):\n"
            "    sxx, sxy, syy = Sigma[0, 0], Sigma[0, 1], Sigma[1, 1]\n"
            "    return mu[0] + sxy / sxx * (y - mu[1]), sxx - sxy ** 2 / sxx\n"
        ),
        expect="vous avez divisé par Var(X) = Σxx",
    ),
    WrongAnswer(
        question="prob_esperance_conditionnelle_gaussienne",
        cell="prob_esperance_conditionnelle_gaussienne_code",
        code=(
            "def esperance_conditionnelle_gaussienne(mu, Sigma, y):\n"
            "    sxx, sxy, syy = Sigma[0, 0], Sigma[0, 1], Sigma[1, 1]\n"
            "    return mu[0] + sxy / syy * (y - mu[1]), sxx\n"
        ),
        expect="observer Y réduit l'incertitude sur X",
    ),
    WrongAnswer(
        question="prob_esperance_conditionnelle_gaussienne",
        cell="prob_esperance_conditionnelle_gaussienne_code",
        code=(
            "def esperance_conditionnelle_gaussienne(mu, Sigma, y):\n"
            "    sxx, sxy, syy = Sigma[0, 0], Sigma[0, 1], Sigma[1, 1]\n"
            "    return mu[0] + sxy / np.sqrt(syy) * (y - mu[1]), sxx - sxy ** 2 / syy\n"
        ),
        expect="vous avez divisé par l'écart type √Σyy",
    ),
    WrongAnswer(
        question="prob_esperance_conditionnelle_gaussienne",
        cell="prob_esperance_conditionnelle_gaussienne_code",
        code=(
            "def esperance_conditionnelle_gaussienne(mu, Sigma, y):\n"
            "    sxx, sxy, syy = Sigma[0, 0], Sigma[0, 1], Sigma[1, 1]\n"
            "    return mu[0] + sxy / syy * (y - mu[1]), np.sqrt(sxx - sxy ** 2 / syy)\n"
        ),
        expect="vous avez renvoyé l'écart type conditionnel",
    ),
    # --- added by issue 12 (content truth, second pass) ---------------------
    WrongAnswer(
        question="prob_cdf_binomiale",
        cell="prob_cdf_binomiale_code",
        code=(
            "def cdf_binomiale(k, n, p):\n"
            "    return stats.binom.cdf(k, n, 1 - p)\n"
        ),
        expect="vous avez échangé p et 1 - p",
    ),
    WrongAnswer(
        question="prob_exponentielle_inversion",
        cell="prob_exponentielle_inversion_code",
        code=(
            "def exponentielle_par_inversion(u, lam):\n"
            "    return -np.log1p(-u) / lam ** 2\n"
        ),
        expect="vous avez divisé par λ²",
    ),
    WrongAnswer(
        question="prob_quantile_normale",
        cell="prob_quantile_normale_code",
        code=(
            "def quantile_normale(q, mu, sigma):\n"
            "    return mu + stats.norm.ppf(q)\n"
        ),
        expect="vous avez oublié l'écart type",
    ),
    WrongAnswer(
        question="prob_moyenne_covariance",
        cell="prob_moyenne_covariance_code",
        code=(
            "def moyenne_covariance(X):\n"
            "    return X.mean(axis=0), X.T @ X / (len(X) - 1)\n"
        ),
        expect="vous n'avez pas centré les observations",
    ),
    WrongAnswer(
        question="prob_vecteur_gaussien",
        cell="prob_vecteur_gaussien_code",
        code=(
            "def vecteur_gaussien(z, mu, Sigma):\n"
            "    return mu - z @ np.linalg.cholesky(Sigma).T\n"
        ),
        expect="vous avez soustrait L z_i",
    ),
    WrongAnswer(
        question="prob_bayes_test_positif",
        cell="prob_bayes_test_positif_code",
        code=(
            "def bayes_test_positif(prevalence, sensibilite, specificite):\n"
            "    return sensibilite / (sensibilite + 1 - specificite)\n"
        ),
        expect="vous avez oublié la prévalence",
    ),
    WrongAnswer(
        question="prob_esperance_conditionnelle_gaussienne",
        cell="prob_esperance_conditionnelle_gaussienne_code",
        code=(
            "def esperance_conditionnelle_gaussienne(mu, Sigma, y):\n"
            "    return Sigma[0, 1] / Sigma[1, 1] * (y - mu[1]), Sigma[0, 0] - Sigma[0, 1] ** 2 / Sigma[1, 1]\n"
        ),
        expect="il manque l'espérance de X",
    ),
    WrongAnswer(
        question="prob_esperance_conditionnelle_gaussienne",
        cell="prob_esperance_conditionnelle_gaussienne_code",
        code=(
            "def esperance_conditionnelle_gaussienne(mu, Sigma, y):\n"
            "    e = mu[0] + Sigma[0, 1] / Sigma[1, 1] * (y - mu[1])\n"
            "    return e, Sigma[0, 0] + Sigma[0, 1] ** 2 / Sigma[1, 1]\n"
        ),
        expect="le terme Σxy² / Σyy se retranche",
    ),
]
