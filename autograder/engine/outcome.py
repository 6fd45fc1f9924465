"""Turn what nbgrader produced for one notebook into question results.

The French messages of failed checks come from the test cells themselves
(``autograder.checks``); this module only names what nbgrader saw around
them: a time limit, an exception, a question left untouched.
"""

from __future__ import annotations

from typing import Dict, Iterable, List, Optional

import nbformat

from ..model.course import Question, cells_by_grade_id
from ..model.results import ERROR, FAILED, NOT_ATTEMPTED, PASSED, TIMEOUT, QuestionResult

TIMEOUT_ENAME = "CellTimeoutError"
LIMIT_ENAME = "ResourceLimitError"  # added by autograder.engine.execute
FAILED_ENAMES = ("Incorrect", "AssertionError")


def not_attempted_message(question: Question) -> str:
    return (f"Question non traitée : complétez la cellule de réponse dans "
            f"{question.path}.")


def timeout_message(seconds: Optional[int]) -> str:
    # "up to": once a notebook has lost its time budget, later cells get less
    limit = f" (jusqu'à {seconds} s par cellule)" if seconds else ""
    return (f"Temps limite dépassé{limit} : le code ne se termine pas. "
            "Vérifiez vos boucles (condition d'arrêt d'un while ?).")


def error_message(ename: str, evalue: str) -> str:
    """French message for an exception raised by the candidate's code."""
    if ename == "NameError":
        return (f"Nom non défini ({evalue}). Vérifiez que la cellule de réponse "
                "s'exécute sans erreur et définit bien ce nom.")
    if ename == "NotImplementedError":
        return "La réponse lève encore NotImplementedError : remplacez-la par votre code."
    if ename == "DeadKernelError":
        return ("Le noyau Python s'est arrêté pendant cette question (os._exit, plantage, "
                "mémoire épuisée...) : il a été redémarré pour corriger les questions suivantes.")
    if ename == "MemoryError":
        return ("Mémoire épuisée : pendant la correction, chaque notebook dispose d'une "
                "mémoire limitée. Votre code crée-t-il une structure démesurée ?")
    if ename == "SystemExit":
        return ("Votre code appelle sys.exit() ou exit(), qui arrête le programme : "
                "une réponse doit renvoyer sa valeur avec return.")
    if ename == "ResourceLimitError":
        what = ("trop de processus lancés (boucle de fork ?)" if evalue == "processes"
                else "trop de données écrites sur le disque")
        return (f"Limite de la correction atteinte : {what}. Chaque notebook dispose "
                "de ressources limitées ; le noyau a été redémarré pour les questions suivantes.")
    if ename == "BlockingIOError" and "Resource temporarily unavailable" in evalue:
        return ("Trop de processus lancés (boucle de fork ?) : pendant la correction, le "
                "nombre de processus est limité.")
    if ename == "OSError" and "No space left" in evalue:
        return ("Disque plein : pendant la correction, votre code ne peut écrire que "
                "quelques centaines de Mo.")
    if ename == "PermissionError":
        return (f"Accès refusé ({evalue}) : pendant la correction, votre code ne peut lire "
                "ni écrire en dehors de son propre dossier, ni agir sur d'autres programmes.")
    return f"Votre code a levé {ename} : {evalue}".rstrip(" :")


def _errors(cell) -> List[dict]:
    return [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]


def result(question: Question, status: str, message: str = "", points: float = 0.0) -> QuestionResult:
    return QuestionResult(
        domain=question.domain,
        skill=question.skill,
        grade_id=question.grade_id,
        notebook=question.path,
        points=points,
        max_points=question.max_points,
        status=status,
        message="" if status == PASSED else message,
    )


def same_for_all(questions: Iterable[Question], status: str, message: str) -> List[QuestionResult]:
    return [result(q, status, message) for q in questions]


def untouched(questions: Iterable[Question]) -> List[QuestionResult]:
    """Results of questions whose notebook is missing or unchanged: nothing to run."""
    return [result(q, NOT_ATTEMPTED, not_attempted_message(q)) for q in questions]


def interpret(
    questions: List[Question],
    scores: Dict[str, float],
    autograded_path,
    attempted: Dict[str, bool],
    modified_tests: Iterable[str] = (),
    timeout: Optional[int] = None,
) -> List[QuestionResult]:
    """Results of the questions of one notebook graded by nbgrader.

    Parameters
    ----------
    questions : list of Question
        The questions of the notebook, from the source.
    scores : dict
        ``{grade_id: score}`` read from the gradebook.
    autograded_path : path
        The notebook nbgrader executed (tests restored from the source).
    attempted : dict
        ``{grade_id: bool}``: whether the candidate changed an answer cell.
    modified_tests : iterable of str
        grade_ids of test cells the candidate had edited or deleted.
    timeout : int, optional
        Per-cell time limit, quoted in timeout messages.
    """
    nb = nbformat.read(str(autograded_path), as_version=4)
    cells = cells_by_grade_id(nb)
    modified = set(modified_tests)
    results = []
    for q in questions:
        score = scores.get(q.grade_id)
        cell = cells.get(q.grade_id)
        if score is None or cell is None:
            results.append(result(q, ERROR, "Cellule de test introuvable après correction."))
            continue
        if score >= q.max_points:
            results.append(result(q, PASSED, points=score))
            continue
        answer_errors = [e for g in q.answer_cells if g in cells for e in _errors(cells[g])]
        test_errors = _errors(cell)
        enames = {e.get("ename") for e in answer_errors + test_errors}
        if TIMEOUT_ENAME in enames:
            status, message = TIMEOUT, timeout_message(timeout)
        elif LIMIT_ENAME in enames:
            limit = next(e for e in answer_errors + test_errors if e.get("ename") == LIMIT_ENAME)
            status, message = ERROR, error_message(LIMIT_ENAME, limit.get("evalue", ""))
        elif not attempted.get(q.grade_id, True):
            status, message = NOT_ATTEMPTED, not_attempted_message(q)
        elif test_errors and test_errors[-1].get("ename") in FAILED_ENAMES:
            status = FAILED
            message = test_errors[-1].get("evalue") or "Un test a échoué."
        elif test_errors:
            first = (answer_errors or test_errors)[0]
            status, message = ERROR, error_message(first.get("ename", ""), first.get("evalue", ""))
        else:
            status, message = FAILED, "Le test n'a pas validé la réponse."
        if q.grade_id in modified:
            message += (" (La cellule de test avait été modifiée ou supprimée : "
                        "elle a été restaurée depuis la version de référence.)")
        results.append(result(q, status, message, points=score))
    return results
