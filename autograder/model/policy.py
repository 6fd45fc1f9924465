"""Readiness policy: thresholds and weights, configurable like nbgrader.

Set in ``nbgrader_config.py`` as ``c.ReadinessPolicy.<option>``.

Verdicts (computed on the domains the course assesses):

``ready``
    every domain scores at least ``domain_threshold`` and the weighted
    average at least ``overall_threshold`` (the rule French master's
    programmes publish: each course >= 50/100 and average >= 50/100);
``almost``
    not ready, but no domain and not the average is more than
    ``almost_margin`` points below its threshold: a few targeted revisions
    should be enough;
``not_ready``
    otherwise: at least one domain needs real work before applying.
"""

from __future__ import annotations

from typing import Dict, Iterable

from traitlets import Dict as DictTrait
from traitlets import Float, TraitError, validate
from traitlets.config import Configurable

from .catalogue import DOMAINS_BY_ID

READY, ALMOST, NOT_READY = "ready", "almost", "not_ready"

VERDICT_LABELS = {
    READY: "Prêt·e",
    ALMOST: "Presque prêt·e",
    NOT_READY: "Pas encore prêt·e",
}


class ReadinessPolicy(Configurable):
    """Thresholds and weights that turn scores into a verdict."""

    domain_threshold = Float(
        50.0,
        help="Minimum score (0-100) required in every assessed domain to be ready.",
    ).tag(config=True)

    overall_threshold = Float(
        50.0,
        help="Minimum weighted average (0-100) of the domain scores to be ready.",
    ).tag(config=True)

    almost_margin = Float(
        15.0,
        help=(
            "Verdict 'almost' when not ready but no domain and not the average "
            "is more than this many points below its threshold."
        ),
    ).tag(config=True)

    domain_weights = DictTrait(
        {},
        help=(
            "Weight of each domain in the overall average, by domain id "
            "(e.g. {'statistique': 2}); domains not listed weigh 1."
        ),
    ).tag(config=True)

    @validate("domain_threshold", "overall_threshold")
    def _valid_threshold(self, proposal):
        value = proposal["value"]
        if not 0 <= value <= 100:
            raise TraitError(f"{proposal['trait'].name} must be between 0 and 100, got {value}")
        return value

    @validate("almost_margin")
    def _valid_margin(self, proposal):
        if proposal["value"] < 0:
            raise TraitError("almost_margin must be >= 0")
        return proposal["value"]

    @validate("domain_weights")
    def _valid_weights(self, proposal):
        weights = proposal["value"]
        for domain, weight in weights.items():
            if domain not in DOMAINS_BY_ID:
                raise TraitError(f"domain_weights: unknown domain {domain!r}")
            if not weight > 0:
                raise TraitError(f"domain_weights: weight of {domain!r} must be > 0")
        return weights

    def weight(self, domain: str) -> float:
        return float(self.domain_weights.get(domain, 1.0))

    def overall(self, domain_scores: Dict[str, float]) -> float:
        """Weighted average of the assessed domains' scores (0 if none)."""
        total = sum(self.weight(d) for d in domain_scores)
        if total == 0:
            return 0.0
        return sum(self.weight(d) * s for d, s in domain_scores.items()) / total

    def verdict(self, domain_scores: Dict[str, float]) -> str:
        """Verdict for the scores of the assessed domains."""
        overall = self.overall(domain_scores)
        scores: Iterable[float] = domain_scores.values()
        if not domain_scores:
            return NOT_READY
        if overall >= self.overall_threshold and all(s >= self.domain_threshold for s in scores):
            return READY
        margin = self.almost_margin
        if overall >= self.overall_threshold - margin and all(
            s >= self.domain_threshold - margin for s in domain_scores.values()
        ):
            return ALMOST
        return NOT_READY
