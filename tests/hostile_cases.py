"""Hostile and broken answers, grouped by the notebook they are written in.

Each case replaces one answer cell and says what the grader must report for
its question: the status and a part of the French message; the question
always gets 0 points. Answers not listed keep the reference solution and must
pass. Used by tests/test_hostile.py and benchmarks/hostile_report.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List

EST = "08_statistique/01_estimation.ipynb"
COL = "01_python/03_collections_algorithmes.ipynb"
LVC = "07_probabilites/01_lois_vecteurs_conditionnement.ipynb"
SQL = "03_sql/01_requetes.ipynb"
OBJ = "01_python/02_objet.ipynb"
MV = "08_statistique/02_vraisemblance_moindres_carres.ipynb"
LM = "07_probabilites/02_limites_markov.ipynb"
UNIX = "02_unix/01_commandes.ipynb"

# Marker of the daemon a case leaves behind; the tests check it is gone.
DAEMON_SECONDS = "4242.5"


@dataclass(frozen=True)
class Case:
    name: str
    """What the answer does, in English (for the closing note's table)."""
    question: str
    """grade_id of the question whose answer cell is replaced."""
    code: str
    """The whole answer cell (``{workspace}`` is replaced by its path)."""
    status: str
    """Expected status (or statuses separated by |)."""
    message: str
    """Expected part of the French message (or parts separated by |)."""


ALWAYS_EQUAL = """
class Toujours:
    def __eq__(self, autre):
        return True
    def __ne__(self, autre):
        return False
"""

CASES: Dict[str, List[Case]] = {
    # Answers that try to pass without the skill.
    EST: [
        Case("object whose __eq__ is always true", "stat_simuler_bernoulli",
             ALWAYS_EQUAL + "def simuler_bernoulli(u, p):\n    return Toujours()\n",
             "failed", "type Toujours n'est pas accepté"),
        Case("subclass of float with __eq__ always true", "stat_lancer_de",
             "class F(float):\n    def __eq__(self, o):\n        return True\n"
             "def lancer_de(u):\n    return F(0.0)\n",
             "failed", "type F n'est pas accepté"),
        Case("numpy.testing.assert_allclose and numpy.allclose replaced", "stat_proba_somme_deux_des",
             "import numpy as np\nnp.testing.assert_allclose = lambda *a, **k: None\n"
             "np.allclose = lambda *a, **k: True\ndef proba_somme_deux_des(k):\n    return 0.0\n",
             "failed", "remplacé numpy.allclose"),
        Case("the project's check_close and check replaced", "stat_variance_sans_biais",
             "import autograder.checks as c\nc.check_close = lambda *a, **k: None\n"
             "c.check = lambda *a, **k: None\ndef variance_sans_biais(x):\n    return 0.0\n",
             "failed", "autograder.checks.check"),
        Case("tracebacks hidden (InteractiveShell.showtraceback)", "stat_erreur_type_moyenne",
             "from IPython.core.interactiveshell import InteractiveShell\n"
             "InteractiveShell.showtraceback = lambda *a, **k: None\n"
             "def erreur_type_moyenne(x):\n    return 0.0\n",
             "failed", "remplacé IPython"),
        Case("every exception swallowed (set_custom_exc)", "stat_estimateur_uniforme",
             "get_ipython().set_custom_exc((BaseException,), lambda *a, **k: None)\n"
             "def estimateur_uniforme(x):\n    return 0.0\n",
             "failed", "IPython (set_custom_exc)"),
        Case("numpy.mean and numpy.var replaced (the test's references)", "stat_biais_variance_eqm",
             "import numpy as np\nnp.mean = lambda *a, **k: 0.0\nnp.var = lambda *a, **k: 0.0\n"
             "def biais_variance_eqm(estimations, theta):\n    return (0.0, 0.0, 0.0)\n",
             "failed", "remplacé numpy.mean"),
        Case("test seed changed (rng_for and default_rng replaced)", "stat_risque_quadratique_moyenne",
             "import autograder.checks as c, numpy as np\n"
             "c.rng_for = lambda key: np.random.default_rng(0)\n"
             "np.random.default_rng = lambda *a: np.random.Generator(np.random.PCG64(0))\n"
             "def risque_quadratique_moyenne(sigma, n):\n    return 1.0\n",
             "failed", "rng_for"),
        Case("subclass of ndarray with __eq__ always true", "stat_eqm_retrecissement",
             "import numpy as np\nclass A(np.ndarray):\n"
             "    def __eq__(self, o):\n        return np.ones(np.shape(o), bool)\n"
             "def eqm_retrecissement(c, mu, sigma, n):\n    return np.zeros(1).view(A)\n",
             "failed", "type A n'est pas accepté"),
    ],
    COL: [
        Case("subclass of list with __eq__ always true", "py_appliquer_operations",
             "class L(list):\n    def __eq__(self, o):\n        return True\n"
             "def appliquer_operations(valeurs, operations):\n    return L()\n",
             "failed", "type L n'est pas accepté"),
        Case("math.isclose and builtins.sorted replaced", "py_creer_grille",
             "import math, builtins\nmath.isclose = lambda *a, **k: True\n"
             "builtins.sorted = lambda x, **k: list(x)\n"
             "def creer_grille(n, m, valeur=0):\n    return []\n",
             "failed", "remplacé"),
        Case("subclass of str with __eq__ always true, nested in lists", "py_ajouter_colonne",
             "class S(str):\n    def __eq__(self, o):\n        return True\n    __hash__ = str.__hash__\n"
             "def ajouter_colonne(grille, valeur):\n    return [[S('x')] for _ in grille]\n",
             "failed", "type S n'est pas accepté"),
        Case("autograder.checks swapped in sys.modules", "py_regrouper",
             "import sys, types\nfaux = types.ModuleType('autograder.checks')\n"
             "for nom in ['check', 'check_equal', 'check_same', 'check_differs', 'check_close',"
             " 'call', 'rng_for']:\n    setattr(faux, nom, lambda *a, **k: None)\n"
             "faux.Incorrect = AssertionError\nsys.modules['autograder.checks'] = faux\n"
             "def regrouper(paires):\n    return {}\n",
             "failed", "remplacé autograder.checks"),
        Case("reads the course's source notebooks (solutions, hidden tests)", "py_cout_decalages",
             "import autograder, pathlib\n"
             "racine = pathlib.Path(autograder.__file__).resolve().parents[1]\n"
             "texte = (racine / 'source' / '01_python' / '03_collections_algorithmes.ipynb').read_text()\n"
             "def nombre_decalages(taille, operations):\n    return 0\n",
             "error", "Accès refusé"),
        Case("looks for the notebook being graded and the gradebook", "py_file_fifo",
             "import glob, os\n"
             "trouves = [p for motif in ('*.ipynb', '../../*', '/tmp/**/gradebook.db', '/tmp/**/*.ipynb')\n"
             "           for p in glob.glob(motif, recursive=True)]\n"
             "assert not trouves, trouves\n"
             "os.listdir('/tmp')\n",
             "error", "Accès refusé"),
        Case("patches an internal helper of autograder.checks", "py_dedoublonner",
             "import autograder.checks as c\nc.plain_equal = lambda a, b: True\n"
             "c.judge_equal = lambda *a, **k: None\n"
             "def dedoublonner(elements):\n    return list(elements)\n",
             "failed", "autograder.checks"),
        Case("changes numpy's and random's global seeds", "py_recherche_dichotomique",
             "import random, numpy as np\nrandom.seed(0)\nnp.random.seed(0)\n"
             "def recherche_dichotomique(xs, x):\n    return 0\n",
             "failed", "obtenu"),
        Case("empties every later cell (input transformer)", "py_tri_fusion",
             "get_ipython().input_transformers_cleanup.append(lambda lignes: [])\n"
             "def tri_fusion(xs):\n    return []\n",
             "failed", "ne se sont pas tous exécutés"),
    ],
    # The questions after this one must still be graded normally.
    MV: [
        Case("replaces the shell's run_cell", "stat_emv_exponentielle",
             "ip = get_ipython()\nip.run_cell = lambda *a, **k: None\n"
             "def emv_exponentielle(x):\n    return 0.0\n",
             "timeout", "Temps limite"),
    ],
    # Kernels that die, hang, or flood; correct answers around them keep their points.
    LVC: [
        Case("os._exit in the answer", "prob_cdf_binomiale",
             "import os\ndef cdf_binomiale(k, n, p):\n    os._exit(3)\n",
             "error", "noyau Python s'est arrêté"),
        Case("segmentation fault through ctypes", "prob_quantile_normale",
             "import ctypes\ndef quantile_normale(q, mu, sigma):\n    return ctypes.string_at(0)\n",
             "error", "noyau Python s'est arrêté"),
        Case("memory bomb", "prob_moyenne_covariance",
             "def moyenne_covariance(X):\n    blocs = []\n    while True:\n"
             "        blocs.append(bytearray(256 * 1024 * 1024))\n",
             "error", "Mémoire épuisée"),
        Case("loop that swallows KeyboardInterrupt", "prob_vecteur_gaussien",
             "def vecteur_gaussien(z, mu, Sigma):\n    while True:\n        try:\n"
             "            pass\n        except KeyboardInterrupt:\n            pass\n",
             "timeout", "Temps limite"),
        Case("prints in an endless loop", "prob_bayes_test_positif",
             "def bayes_test_positif(prevalence, sensibilite, specificite):\n    while True:\n"
             "        print('bla ' * 200)\n",
             "timeout|error", "Temps limite|Mémoire épuisée"),
        Case("sys.exit after starting a daemon in a new session", "prob_loi_conditionnelle",
             "import subprocess, sys\n"
             f"subprocess.Popen(['setsid', 'sleep', '{DAEMON_SECONDS}'])\n"
             "sys.exit(0)\n",
             "error", "sys.exit"),
        Case("sleeps for ever", "prob_esperance_conditionnelle_gaussienne",
             "import time\ndef esperance_conditionnelle_gaussienne(mu, Sigma, y):\n"
             "    time.sleep(10000)\n",
             "timeout", "Temps limite"),
    ],
    LM: [
        Case("writes a fake autograder package and numpy.py in its folder, then kills its "
             "kernel so that the restarted kernel imports them", "prob_borne_tchebychev",
             "import os, pathlib\n"
             "pathlib.Path('autograder').mkdir(exist_ok=True)\n"
             "pathlib.Path('autograder/__init__.py').write_text('')\n"
             "pathlib.Path('autograder/checks.py').write_text("
             "'def check(*a, **k): pass\\ncheck_close = check_equal = check\\n')\n"
             "pathlib.Path('numpy.py').write_text('raise ImportError')\n"
             "os._exit(1)\n",
             "error", "noyau Python s'est arrêté"),
        Case("exit() in the answer (IPython stops the kernel after the cell)",
             "prob_moyennes_cumulees",
             "def moyennes_cumulees(x):\n    return x\nexit()\n",
             "error", "sys.exit() ou exit()"),
    ],
    # Resource exhaustion, in bounded versions that cannot harm the machine if
    # the limit fails: at most 300 processes for 3 s, at most 400 MB written.
    # The shell questions after them need processes and disk of their own.
    UNIX: [
        Case("fork loop (300 children that sleep 3 s)", "unix_ranger_rapports",
             "import os, time\n"
             "for _ in range(300):\n"
             "    if os.fork() == 0:\n"
             "        time.sleep(3)\n"
             "        os._exit(0)\n",
             "error", "trop de processus|Trop de processus"),
        Case("fills the disk (up to 400 MB in its folder)", "unix_compter_erreurs",
             "bloc = b'x' * (4 * 1024 * 1024)\n"
             "for i in range(100):\n"
             "    with open(f'remplissage{i}.bin', 'wb') as f:\n"
             "        f.write(bloc)\n",
             "error", "trop de données écrites|Disque plein"),
    ],
    # Code that writes outside its folder or deletes files.
    SQL: [
        Case("deletes the whole workspace", "sql_filtre_ville",
             "import shutil\nshutil.rmtree({workspace!r})\nrequete_filtre_ville = 'SELECT 1'\n",
             "error", "Accès refusé"),
        Case("writes into the workspace", "sql_plus_jeunes",
             "import pathlib\npathlib.Path({workspace!r}, 'pirate.txt').write_text('x')\n"
             "requete_plus_jeunes = 'SELECT 1'\n",
             "error", "Accès refusé"),
        Case("reads the grading cache in the workspace", "sql_comptage_notes",
             "import os\nos.listdir(os.path.join({workspace!r}, '.readiness'))\n"
             "requete_comptage_notes = 'SELECT 1'\n",
             "error", "Accès refusé"),
        Case("writes outside its folder (/tmp)", "sql_moyenne_cours",
             "open('/tmp/readiness-pirate.txt', 'w').write('x')\n"
             "requete_moyenne_cours = 'SELECT 1'\n",
             "error", "Accès refusé"),
    ],
}

# Answers that write in their own (temporary) folder are allowed; the
# question is then graded normally.
OWN_FOLDER_WRITE = ("sql_hors_paris", "open('brouillon.txt', 'w').write('notes')\n")


# An answer that never ends, even when interrupted.
ENDLESS = "while True:\n    try:\n        pass\n    except KeyboardInterrupt:\n        pass\n"


def hostile_workspace(course, tmp_path):
    """A workspace with every case's answer and the reference solution elsewhere
    (``OWN_FOLDER_WRITE`` prefixed to its solution)."""
    from conftest import fill_answers, make_workspace, solution_sources

    workspace = make_workspace(tmp_path, solved=course.notebooks)
    questions = course.by_grade_id()
    for notebook, cases in CASES.items():
        fill_answers(workspace, notebook, {questions[c.question].answer_cells[0]:
                                           answer_code(c, workspace) for c in cases})
    grade_id, writes = OWN_FOLDER_WRITE
    answer = questions[grade_id].answer_cells[0]
    fill_answers(workspace, SQL, {answer: writes + solution_sources(SQL)[answer]})
    return workspace


def answer_code(case: Case, workspace) -> str:
    """The answer cell of ``case`` for a workspace at ``workspace``."""
    return case.code.format(workspace=str(workspace)) if "{workspace" in case.code else case.code
