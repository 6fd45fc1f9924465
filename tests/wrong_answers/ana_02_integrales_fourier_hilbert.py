"""Typical wrong answers for ``source/05_analyse/02_integrales_fourier_hilbert.ipynb``."""

from . import WrongAnswer

CASES = [
    # --- ana_integration ------------------------------------------------------
    WrongAnswer(
        question="ana_trapezes",
        cell="ana_trapezes_code",
        code=(
            "import scipy.integrate\n"
            "def trapezes(f, a, b, n):\n"
            "    return scipy.integrate.quad(f, a, b)[0]\n"
        ),
        expect="vous avez renvoyé la valeur exacte",
    ),
    WrongAnswer(
        question="ana_trapezes",
        cell="ana_trapezes_code",
        code=(
            "def trapezes(f, a, b, n):\n"
            "    x = np.linspace(a, b, n)\n"
            "    return np.trapezoid(f(x), x)\n"
        ),
        expect="il y a n + 1 points",
    ),
    WrongAnswer(
        question="ana_trapezes",
        cell="ana_trapezes_code",
        code=(
            "def trapezes(f, a, b, n):\n"
            "    h = (b - a) / n\n"
            "    return h * sum(f(a + k * h) for k in range(n))\n"
        ),
        expect="ont un poids h/2",
    ),
    WrongAnswer(
        question="ana_trapezes",
        cell="ana_trapezes_code",
        code=(
            "def trapezes(f, a, b, n):\n"
            "    x = np.linspace(a, b, n + 1)\n"
            "    return np.trapz(f(x), x)\n"
        ),
        expect="np.trapz n'existe plus dans NumPy 2",
    ),
    WrongAnswer(
        question="ana_simpson",
        cell="ana_simpson_code",
        code=(
            "def simpson(f, a, b, n):\n"
            "    from scipy.integrate import simps\n"
            "    x = np.linspace(a, b, n + 1)\n"
            "    return simps(f(x), x=x)\n"
        ),
        expect="scipy.integrate.simps n'existe plus",
    ),
    WrongAnswer(
        question="ana_simpson",
        cell="ana_simpson_code",
        code=(
            "def simpson(f, a, b, n):\n"
            "    x = np.linspace(a, b, n + 1); y = f(x); h = (b - a) / n\n"
            "    return h / 6 * (y[0] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum() + y[-1])\n"
        ),
        expect="h/3 · (1, 4, 2, …, 4, 1)",
    ),
    WrongAnswer(
        question="ana_simpson",
        cell="ana_simpson_code",
        code=(
            "def simpson(f, a, b, n):\n"
            "    x = np.linspace(a, b, n + 1)\n"
            "    return scipy.integrate.trapezoid(f(x), x)\n"
        ),
        expect="vous avez renvoyé la méthode des trapèzes",
    ),
    WrongAnswer(
        question="ana_simpson",
        cell="ana_simpson_code",
        code=(
            "def simpson(f, a, b, n):\n"
            "    return scipy.integrate.quad(f, a, b)[0]\n"
        ),
        expect="vous avez renvoyé la valeur exacte",
    ),
    WrongAnswer(
        question="ana_sous_intervalles",
        cell="ana_sous_intervalles_code",
        code=(
            "import math\n"
            "def sous_intervalles_necessaires(M2, a, b, eps):\n"
            "    return math.ceil(math.sqrt((b - a) ** 3 * M2 / eps))\n"
        ),
        expect="n'oubliez pas le 12",
    ),
    WrongAnswer(
        question="ana_sous_intervalles",
        cell="ana_sous_intervalles_code",
        code=(
            "import math\n"
            "def sous_intervalles_necessaires(M2, a, b, eps):\n"
            "    return math.ceil((b - a) ** 3 * M2 / (12 * eps))\n"
        ),
        expect="décroît en 1/n²",
    ),
    WrongAnswer(
        question="ana_sous_intervalles",
        cell="ana_sous_intervalles_code",
        code=(
            "import math\n"
            "def sous_intervalles_necessaires(M2, a, b, eps):\n"
            "    return int(math.sqrt((b - a) ** 3 * M2 / (12 * eps)))\n"
        ),
        expect="arrondi à l'entier inférieur",
    ),
    # --- ana_fourier ----------------------------------------------------------
    WrongAnswer(
        question="ana_coefficients_fourier",
        cell="ana_coefficients_fourier_code",
        code=(
            "def coefficients_fourier(valeurs, M):\n"
            "    F = np.fft.fft(valeurs)\n"
            "    N = len(valeurs)\n"
            "    return np.array([F[n % N] for n in range(-M, M + 1)])\n"
        ),
        expect="divisez par N",
    ),
    WrongAnswer(
        question="ana_coefficients_fourier",
        cell="ana_coefficients_fourier_code",
        code=(
            "def coefficients_fourier(valeurs, M):\n"
            "    F = np.fft.ifft(valeurs)\n"
            "    N = len(valeurs)\n"
            "    return np.array([F[n % N] for n in range(-M, M + 1)])\n"
        ),
        expect="vous avez obtenu c_{−n}",
    ),
    WrongAnswer(
        question="ana_coefficients_fourier",
        cell="ana_coefficients_fourier_code",
        code=(
            "def coefficients_fourier(valeurs, M):\n"
            "    F = np.fft.fft(valeurs) / len(valeurs)\n"
            "    return np.concatenate([F[:M + 1], F[len(F) - M:]])\n"
        ),
        expect="np.fft.fftshift",
    ),
    WrongAnswer(
        question="ana_coefficients_fourier",
        cell="ana_coefficients_fourier_code",
        code=(
            "def coefficients_fourier(valeurs, M):\n"
            "    N = len(valeurs)\n"
            "    F = np.fft.fft(valeurs).real / N\n"
            "    return np.array([F[n % N] for n in range(-M, M + 1)])\n"
        ),
        expect="ne gardez pas seulement la partie réelle",
    ),
    WrongAnswer(
        question="ana_coefficients_fourier",
        cell="ana_coefficients_fourier_code",
        code=(
            "def coefficients_fourier(valeurs, M):\n"
            "    return np.fft.fftshift(np.fft.fft(valeurs)) / len(valeurs)\n"
        ),
        expect="renvoyez seulement les 2M + 1 coefficients",
    ),
    WrongAnswer(
        question="ana_parseval",
        cell="ana_parseval_code",
        code=(
            "def parseval(a0, a, b):\n"
            "    return a0 ** 2 + 0.5 * np.sum(a ** 2 + b ** 2)\n"
        ),
        expect="son carré moyen est a₀²/4",
    ),
    WrongAnswer(
        question="ana_parseval",
        cell="ana_parseval_code",
        code=(
            "def parseval(a0, a, b):\n"
            "    return a0 ** 2 / 4 + np.sum(a ** 2 + b ** 2)\n"
        ),
        expect="la moyenne de cos²(nt)",
    ),
    WrongAnswer(
        question="ana_frequence_dominante",
        cell="ana_frequence_dominante_code",
        code=(
            "def frequence_dominante(signal, fe):\n"
            "    return int(np.argmax(np.abs(np.fft.rfft(signal))[1:])) + 1\n"
        ),
        expect="vous avez renvoyé l'indice du pic",
    ),
    WrongAnswer(
        question="ana_frequence_dominante",
        cell="ana_frequence_dominante_code",
        code=(
            "def frequence_dominante(signal, fe):\n"
            "    freqs = np.fft.rfftfreq(len(signal), d=fe)\n"
            "    return freqs[1:][np.argmax(np.abs(np.fft.rfft(signal))[1:])]\n"
        ),
        expect="d = 1/fe",
    ),
    WrongAnswer(
        question="ana_frequence_dominante",
        cell="ana_frequence_dominante_code",
        code=(
            "def frequence_dominante(signal, fe):\n"
            "    freqs = np.fft.rfftfreq(len(signal), d=1 / fe)\n"
            "    return freqs[np.argmax(np.abs(np.fft.rfft(signal)))]\n"
        ),
        expect="excluez la fréquence nulle",
    ),
    WrongAnswer(
        question="ana_frequence_dominante",
        cell="ana_frequence_dominante_code",
        code=(
            "def frequence_dominante(signal, fe):\n"
            "    freqs = np.fft.rfftfreq(len(signal), d=1 / fe)\n"
            "    return 2 * np.pi * freqs[1:][np.argmax(np.abs(np.fft.rfft(signal))[1:])]\n"
        ),
        expect="pas en rad/s",
    ),
    # --- ana_hilbert ----------------------------------------------------------
    WrongAnswer(
        question="ana_projection_L2",
        cell="ana_projection_L2_code",
        code=(
            "from numpy.polynomial import legendre\n"
            "import scipy.integrate\n"
            "def projection_L2_polynomes(f, n, points):\n"
            "    c = [scipy.integrate.quad(lambda x: f(x) * legendre.legval(x, [0] * k + [1]),\n"
            "                              -1, 1)[0] for k in range(n + 1)]\n"
            "    return legendre.legval(points, c)\n"
        ),
        expect="orthogonaux mais pas normés",
    ),
    WrongAnswer(
        question="ana_projection_L2",
        cell="ana_projection_L2_code",
        code=(
            "import math\n"
            "def projection_L2_polynomes(f, n, points):\n"
            "    h = 1e-2\n"
            "    # dérivées en 0 par différences finies : polynôme de Taylor\n"
            "    from numpy.polynomial import polynomial as P\n"
            "    x = np.linspace(-1e-1, 1e-1, 41)\n"
            "    c = P.polyfit(x, f(x), n)\n"
            "    return P.polyval(points, c)\n"
        ),
        expect="le polynôme de Taylor n'est pas",
    ),
    WrongAnswer(
        question="ana_projection_L2",
        cell="ana_projection_L2_code",
        code=(
            "def projection_L2_polynomes(f, n, points):\n"
            "    x = np.linspace(-1, 1, 200)\n"
            "    c = np.polynomial.legendre.legfit(x, f(x), n)\n"
            "    return np.polynomial.legendre.legval(points, c)\n"
        ),
        expect="vos intégrales ne sont pas assez précises",
    ),
    WrongAnswer(
        question="ana_distance_trigo",
        cell="ana_distance_trigo_code",
        code=(
            "def distance_polynomes_trigo(a0, a, b, M):\n"
            "    return 0.5 * np.sum(a[M:] ** 2 + b[M:] ** 2)\n"
        ),
        expect="prenez la racine carrée",
    ),
    WrongAnswer(
        question="ana_distance_trigo",
        cell="ana_distance_trigo_code",
        code=(
            "def distance_polynomes_trigo(a0, a, b, M):\n"
            "    return np.sqrt(np.sum(a[M:] ** 2 + b[M:] ** 2))\n"
        ),
        expect="il manque le facteur ½",
    ),
    WrongAnswer(
        question="ana_distance_trigo",
        cell="ana_distance_trigo_code",
        code=(
            "def distance_polynomes_trigo(a0, a, b, M):\n"
            "    return np.sqrt(0.5 * np.sum(a[M - 1:] ** 2 + b[M - 1:] ** 2)) if M else \\\n"
            "        np.sqrt(0.5 * np.sum(a ** 2 + b ** 2))\n"
        ),
        expect="seuls les n > M comptent",
    ),
    WrongAnswer(
        question="ana_hilbert_qcm",
        cell="ana_hilbert_qcm_code",
        code=(
            "def hilbert_qcm():\n"
            "    return {'a': '1', 'b': '1', 'c': '3'}\n"
        ),
        expect="inégalité de Bessel",
    ),
    WrongAnswer(
        question="ana_hilbert_qcm",
        cell="ana_hilbert_qcm_code",
        code=(
            "def hilbert_qcm():\n"
            "    return {'a': '1', 'b': '2', 'c': '1'}\n"
        ),
        expect="phénomène de Gibbs",
    ),
    WrongAnswer(
        question="ana_hilbert_qcm",
        cell="ana_hilbert_qcm_code",
        code=(
            "def hilbert_qcm():\n"
            "    return {'a': 1, 'b': 2, 'c': 3}\n"
        ),
        expect="répondez par l'une des chaînes",
    ),
]
