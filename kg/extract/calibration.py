"""Calibrated confidence: a fact's kg:confidence is the measured precision of the rule that produced it.

``data/reference/rule_precision.tsv`` holds, per rule, how many of its facts matched gold (tp) and how many did
not (fp) on gold the rules were not written for (the studied blind sets: scripts/calibrate.py says which and
why); ``scripts/calibrate.py`` writes it from ``kg eval`` and must be re-run when rules change. A rule's confidence is the smoothed precision (tp + K·prior) / (tp + fp + K), where the
prior is the constant the rule states itself: a rule seen on a handful of facts stays near its prior, one seen
on many moves to what it measured. Rules absent from the table (new, or never scored, like roles) keep their
prior. Rules that carry a term after a colon ("threat/lexicon:gold smuggling") are seen a few times each, so below
MIN_FACTS facts they take their family's figure ("threat/lexicon:*"). The judges (heldout3, blind13, blind15–19)
are never used here: they measure the calibration (tests/test_eval_quality.py).
"""

from __future__ import annotations

from functools import cache

from kg.extract.model import Extraction
from kg.extract.reference import REFERENCE_DIR, _rows

TABLE = "rule_precision.tsv"
K = 4.0  # weight of the prior, in facts


@cache
def measured() -> dict[str, tuple[int, int]]:
    """rule → (tp, fp) from the reference table; empty when it has not been written yet."""
    if not (REFERENCE_DIR / TABLE).exists():
        return {}
    return {row[0]: (int(row[1]), int(row[2])) for row in _rows(TABLE) if len(row) >= 3}


MIN_FACTS = 5  # a rule seen on fewer facts is judged with its family ("threat/lexicon:<term>" → "threat/lexicon:*")


def family(rule: str) -> str:
    return rule.split(":", 1)[0] + ":*" if ":" in rule else rule


def confidence(rule: str, prior: float) -> float:
    table = measured()
    tp, fp = table.get(rule, (0, 0))
    if tp + fp < MIN_FACTS and family(rule) in table:
        tp, fp = table[family(rule)]
    return round((tp + K * prior) / (tp + fp + K), 3)


def _supports(extraction: Extraction):
    for person in extraction.persons:
        yield person.support
        yield from (role.support for role in person.roles)
    for group in (extraction.organizations, extraction.events, extraction.agreements, extraction.threats,
                  extraction.statements):
        yield from (item.support for item in group)


def calibrate(extraction: Extraction) -> Extraction:
    """Set each fact's confidence from its rule's measured precision (in place; returns the extraction)."""
    seen: set[int] = set()
    for support in _supports(extraction):
        if id(support) in seen:  # a Support shared by two records is calibrated once
            continue
        seen.add(id(support))
        if support.rule:
            support.confidence = confidence(support.rule, support.confidence)
    return extraction


__all__ = ["K", "MIN_FACTS", "calibrate", "confidence", "family", "measured"]
