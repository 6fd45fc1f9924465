"""Correct answers written differently, for ``source/05_analyse/02_integrales_fourier_hilbert.ipynb``."""

from . import RightAnswer

CASES = [
    RightAnswer(
        question="ana_trapezes",
        cell="ana_trapezes_code",
        code=(
            "def trapezes(f, a, b, n):\n"
            "    x = np.linspace(a, b, n + 1)\n"
            "    return np.trapezoid(f(x), x)\n"
        ),
        how="np.trapezoid on n + 1 points",
    ),
    RightAnswer(
        question="ana_trapezes",
        cell="ana_trapezes_code",
        code=(
            "def trapezes(f, a, b, n):\n"
            "    h = (b - a) / n\n"
            "    s = (f(a) + f(b)) / 2\n"
            "    for k in range(1, n):\n"
            "        s += f(a + k * h)\n"
            "    return s * h\n"
        ),
        how="scalar loop",
    ),
    RightAnswer(
        question="ana_trapezes",
        cell="ana_trapezes_code",
        code=(
            "import scipy.integrate\n"
            "def trapezes(f, a, b, n):\n"
            "    h = (b - a) / n\n"
            "    return scipy.integrate.trapezoid(f(a + h * np.arange(n + 1)), dx=h)\n"
        ),
        how="scipy.integrate.trapezoid with dx",
    ),
    RightAnswer(
        question="ana_simpson",
        cell="ana_simpson_code",
        code=(
            "def simpson(f, a, b, n):\n"
            "    x = np.linspace(a, b, n + 1)\n"
            "    return scipy.integrate.simpson(f(x), x=x)\n"
        ),
        how="scipy.integrate.simpson",
    ),
    RightAnswer(
        question="ana_simpson",
        cell="ana_simpson_code",
        code=(
            "def simpson(f, a, b, n):\n"
            "    h = (b - a) / n\n"
            "    total = 0.0\n"
            "    for k in range(0, n, 2):\n"
            "        x0 = a + k * h\n"
            "        total += h / 3 * (f(x0) + 4 * f(x0 + h) + f(x0 + 2 * h))\n"
            "    return total\n"
        ),
        how="sum of parabola arcs",
    ),
    RightAnswer(
        question="ana_sous_intervalles",
        cell="ana_sous_intervalles_code",
        code=(
            "def sous_intervalles_necessaires(M2, a, b, eps):\n"
            "    n = 1\n"
            "    while (b - a) ** 3 * M2 / (12 * n * n) > eps:\n"
            "        n += 1\n"
            "    return n\n"
        ),
        how="loop over n",
    ),
    RightAnswer(
        question="ana_sous_intervalles",
        cell="ana_sous_intervalles_code",
        code=(
            "def sous_intervalles_necessaires(M2, a, b, eps):\n"
            "    return int(np.ceil(np.sqrt(M2 * (b - a) ** 3 / eps / 12)))\n"
        ),
        how="numpy ceil, other order of operations",
    ),
    RightAnswer(
        question="ana_coefficients_fourier",
        cell="ana_coefficients_fourier_code",
        code=(
            "def coefficients_fourier(valeurs, M):\n"
            "    N = len(valeurs)\n"
            "    t = 2 * np.pi * np.arange(N) / N\n"
            "    return np.array([np.mean(valeurs * np.exp(-1j * n * t)) for n in range(-M, M + 1)])\n"
        ),
        how="direct discrete sums",
    ),
    RightAnswer(
        question="ana_coefficients_fourier",
        cell="ana_coefficients_fourier_code",
        code=(
            "def coefficients_fourier(valeurs, M):\n"
            "    N = len(valeurs)\n"
            "    F = np.fft.fft(valeurs, norm='forward')\n"
            "    return np.concatenate([F[N - M:], F[:M + 1]])\n"
        ),
        how="norm='forward' and slicing",
    ),
    RightAnswer(
        question="ana_coefficients_fourier",
        cell="ana_coefficients_fourier_code",
        code=(
            "def coefficients_fourier(valeurs, M):\n"
            "    N = len(valeurs)\n"
            "    R = np.fft.rfft(valeurs) / N\n"
            "    pos = R[:M + 1]\n"
            "    return np.concatenate([np.conj(pos[:0:-1]), pos])\n"
        ),
        how="rfft and conjugate symmetry",
    ),
    RightAnswer(
        question="ana_parseval",
        cell="ana_parseval_code",
        code=(
            "def parseval(a0, a, b):\n"
            "    t = np.linspace(0, 2 * np.pi, 1000, endpoint=False)\n"
            "    n = np.arange(1, len(a) + 1)\n"
            "    f = a0 / 2 + np.cos(np.outer(t, n)) @ a + np.sin(np.outer(t, n)) @ b\n"
            "    return np.mean(f ** 2)\n"
        ),
        how="mean of f² on an exact grid",
    ),
    RightAnswer(
        question="ana_parseval",
        cell="ana_parseval_code",
        code=(
            "def parseval(a0, a, b):\n"
            "    return (a0 / 2) ** 2 + (a @ a + b @ b) / 2\n"
        ),
        how="dot products",
    ),
    RightAnswer(
        question="ana_frequence_dominante",
        cell="ana_frequence_dominante_code",
        code=(
            "def frequence_dominante(signal, fe):\n"
            "    spectre = np.abs(np.fft.rfft(signal - np.mean(signal)))\n"
            "    freqs = np.fft.rfftfreq(len(signal), d=1 / fe)\n"
            "    return freqs[np.argmax(spectre)]\n"
        ),
        how="mean removed, rfftfreq",
    ),
    RightAnswer(
        question="ana_frequence_dominante",
        cell="ana_frequence_dominante_code",
        code=(
            "def frequence_dominante(signal, fe):\n"
            "    F = np.abs(np.fft.fft(signal))\n"
            "    N = len(signal)\n"
            "    k = 1 + int(np.argmax(F[1:N // 2 + 1]))\n"
            "    return k * fe / N\n"
        ),
        how="full fft, positive half",
    ),
    RightAnswer(
        question="ana_projection_L2",
        cell="ana_projection_L2_code",
        code=(
            "import scipy.integrate\n"
            "from numpy.polynomial import legendre\n"
            "def projection_L2_polynomes(f, n, points):\n"
            "    c = []\n"
            "    for k in range(n + 1):\n"
            "        Pk = legendre.Legendre.basis(k)\n"
            "        c.append((2 * k + 1) / 2 * scipy.integrate.quad(lambda x: f(x) * Pk(x), -1, 1,\n"
            "                                                        epsabs=1e-13)[0])\n"
            "    return legendre.legval(points, c)\n"
        ),
        how="quad with Legendre basis objects",
    ),
    RightAnswer(
        question="ana_projection_L2",
        cell="ana_projection_L2_code",
        code=(
            "def projection_L2_polynomes(f, n, points):\n"
            "    x, w = np.polynomial.legendre.leggauss(40)\n"
            "    V = np.vander(x, n + 1, increasing=True)\n"
            "    G = V.T @ (w[:, None] * V)\n"
            "    c = np.linalg.solve(G, V.T @ (w * f(x)))\n"
            "    return np.vander(points, n + 1, increasing=True) @ c\n"
        ),
        how="Gram matrix of monomials (normal equations with Gauss weights)",
    ),
    RightAnswer(
        question="ana_distance_trigo",
        cell="ana_distance_trigo_code",
        code=(
            "import math\n"
            "def distance_polynomes_trigo(a0, a, b, M):\n"
            "    s = 0.0\n"
            "    for n in range(M + 1, len(a) + 1):\n"
            "        s += a[n - 1] ** 2 + b[n - 1] ** 2\n"
            "    return math.sqrt(s / 2)\n"
        ),
        how="loop from M + 1",
    ),
    RightAnswer(
        question="ana_distance_trigo",
        cell="ana_distance_trigo_code",
        code=(
            "def distance_polynomes_trigo(a0, a, b, M):\n"
            "    return np.hypot(np.linalg.norm(a[M:]), np.linalg.norm(b[M:])) / np.sqrt(2)\n"
        ),
        how="norms and hypot",
    ),
    RightAnswer(
        question="ana_hilbert_qcm",
        cell="ana_hilbert_qcm_code",
        code=(
            "def hilbert_qcm():\n"
            "    return dict(c=' 3', b='2 ', a='1')\n"
        ),
        how="other key order, spaces",
    ),
]
