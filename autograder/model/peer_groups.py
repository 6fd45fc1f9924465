"""Peer groups for the remise à niveau: « les plus à l'aise aident les autres ».

A student is *weak* in a domain when their domain score is below the
policy's domain threshold, *ready* in it otherwise. The groups are built so
that, where the class allows it, every student weak in a domain shares a
group with a student ready in it:

1. ``g = ceil(n / size)`` groups, so that no group is larger than asked (the
   sizes differ by one at most);
2. students are dealt in a snake order of their overall score (best first:
   1, 2, …, g, g, …, 2, 1, 1, 2 …), so each group starts with a mix of levels;
3. then, repeatedly, two students of different groups are swapped whenever
   that lowers the number of *unmet needs* (a student weak in a domain with
   nobody ready in it in their group, counted only for domains where someone
   in the class is ready), scanning pairs in a fixed order, until no swap
   helps. The cost strictly decreases, so this ends; nothing is random, so the
   same class always gets the same groups.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from .catalogue import DOMAINS_BY_ID


@dataclass
class Help:
    """One member helps others of the group in one domain."""

    helper: str
    domain: str
    helped: List[str]


@dataclass
class PeerGroup:
    """One group and why it is made that way."""

    members: List[str]
    """Student ids, best overall score first."""
    helps: List[Help] = field(default_factory=list)
    unmet: List[Tuple[str, List[str]]] = field(default_factory=list)
    """Domains where members are weak and nobody in the group is ready, with
    those members."""
    reasons: List[str] = field(default_factory=list)
    """In French, e.g. « Alice aide sur Algèbre linéaire, Bruno sur Analyse »."""

    def to_dict(self) -> dict:
        return {
            "members": list(self.members),
            "reasons": list(self.reasons),
            "helps": [{"helper": h.helper, "domain": h.domain, "helped": list(h.helped)}
                      for h in self.helps],
            "unmet": [{"domain": d, "students": list(s)} for d, s in self.unmet],
        }


def peer_groups(scores: Mapping[str, Mapping[str, Optional[float]]],
                overall: Mapping[str, float], size: int, threshold: float,
                names: Optional[Mapping[str, str]] = None) -> List[PeerGroup]:
    """Groups of at most ``size`` students (see the module docstring).

    Parameters
    ----------
    scores : mapping
        Per student, per domain: score 0-100, or None when not assessed
        (such a domain is ignored).
    overall : mapping
        Per student: overall score, for the starting order.
    size : int
        Wanted group size (>= 1).
    threshold : float
        The policy's domain threshold.
    names : mapping, optional
        Display names for the reasons (the id when absent).
    """
    if size < 1:
        raise ValueError("la taille des groupes doit être au moins 1")
    names = names or {}
    students = sorted(scores, key=lambda s: (-overall.get(s, 0.0), s))
    if not students:
        return []
    domains = sorted({d for s in students for d, v in scores[s].items() if v is not None},
                     key=_domain_order)
    weak = {s: {d for d in domains if _score(scores[s], d) is not None
                and _score(scores[s], d) < threshold} for s in students}
    ready = {s: {d for d in domains if _score(scores[s], d) is not None
                 and _score(scores[s], d) >= threshold} for s in students}
    helpable = {d for d in domains if any(d in ready[s] for s in students)}

    count = math.ceil(len(students) / size)
    groups: List[List[str]] = [[] for _ in range(count)]
    for i, student in enumerate(students):
        turn, pos = divmod(i, count)
        groups[pos if turn % 2 == 0 else count - 1 - pos].append(student)

    def unmet(group: Sequence[str]) -> int:
        return sum(1 for s in group for d in weak[s] if d in helpable
                   and not any(d in ready[o] for o in group if o != s))

    if count > 1 and helpable:
        costs = [unmet(g) for g in groups]
        improved = True
        while improved and sum(costs):
            improved = False
            for a in range(count):
                for b in range(a + 1, count):
                    for i in range(len(groups[a])):
                        for j in range(len(groups[b])):
                            ga, gb = list(groups[a]), list(groups[b])
                            ga[i], gb[j] = gb[j], ga[i]
                            ca, cb = unmet(ga), unmet(gb)
                            if ca + cb < costs[a] + costs[b]:
                                groups[a], groups[b] = ga, gb
                                costs[a], costs[b] = ca, cb
                                improved = True
    rank = {s: i for i, s in enumerate(students)}
    made = []
    for members in groups:
        members = sorted(members, key=rank.__getitem__)
        made.append(_explain(members, domains, weak, ready, helpable, scores, names))
    return made


def _domain_order(domain: str) -> Tuple[int, str]:
    ids = list(DOMAINS_BY_ID)
    return (ids.index(domain) if domain in ids else len(ids), domain)


def _score(scores: Mapping[str, Optional[float]], domain: str) -> Optional[float]:
    value = scores.get(domain)
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def _label(domain: str) -> str:
    return DOMAINS_BY_ID[domain].label if domain in DOMAINS_BY_ID else domain


def _join(words: List[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " et " + words[-1]


def _explain(members, domains, weak, ready, helpable, scores, names) -> PeerGroup:
    group = PeerGroup(members=members)

    def name(student: str) -> str:
        return names.get(student) or student

    for d in domains:
        needing = [s for s in members if d in weak[s]]
        if not needing:
            continue
        helpers = [s for s in members if d in ready[s]]
        if helpers:
            best = max(helpers, key=lambda s: (scores[s][d], -members.index(s)))
            group.helps.append(Help(best, d, needing))
        else:
            group.unmet.append((d, needing))
    by_helper: Dict[str, List[str]] = {}
    for h in group.helps:
        by_helper.setdefault(h.helper, []).append(_label(h.domain))
    if by_helper:
        parts = [f"{name(s)} aide sur {_join(ds)}" if i == 0 else f"{name(s)} sur {_join(ds)}"
                 for i, (s, ds) in enumerate(by_helper.items())]
        group.reasons.append(", ".join(parts))
    for d, needing in group.unmet:
        who = _join([name(s) for s in needing])
        if d in helpable:
            group.reasons.append(f"{_label(d)} : personne du groupe n'est à l'aise pour aider "
                                 f"{who} (les étudiant·es à l'aise sont déjà dans d'autres groupes)")
        else:
            group.reasons.append(f"{_label(d)} : personne de la classe n'est encore à l'aise, "
                                 f"à reprendre avec l'enseignant·e ({who})")
    if not group.helps and not group.unmet:
        group.reasons.append("Tout le groupe a le niveau dans chaque domaine : approfondissement"
                             if members and any(ready[s] for s in members)
                             else "Rien à comparer : aucun domaine évalué")
    return group
