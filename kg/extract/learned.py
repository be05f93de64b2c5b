"""Learned candidates: sentences a linear model flags as holding a statement or an agreement where the rules found none.

The model is a logistic regression per category over word uni/bigrams and a few shape features (a reporting verb,
a modal, an agreement noun, a quotation mark, how many people / bodies / countries the sentence names), trained by
scripts/learned_weights.py on weak sentence labels from the studied sets' gold and shipped as plain weights in
data/reference/learned_weights.json: scoring is a sum of weights, nothing is downloaded or imported at run time.
A flagged sentence goes through a generic slot-filler; its fact's kg:rule is "learned-<category>".
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache

from kg.extract import reporting
from kg.extract.agreement_lexicon import NOUN
from kg.extract.reference import REFERENCE_DIR

WEIGHTS = "learned_weights.json"
_MODAL = re.compile(r"\b(?:will|would|could|should|may|might|must|shall|can)\b", re.IGNORECASE)
_QUOTE = re.compile(r"[\"“”]")
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_CAPS = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+")
_WORD = re.compile(r"[a-z0-9]+")


@cache
def _reporting() -> re.Pattern[str]:
    return re.compile(rf"\b{reporting.finite()}\b")


def features(text: str, *, persons: int, orgs: int, countries: int) -> list[str]:
    """The features of one sentence: its word unigrams and bigrams, then its shape tokens (prefixed "_")."""
    words = _WORD.findall(text.lower())
    out = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    if _reporting().search(text):
        out.append("_rep")
    if _ACCORDING.search(text):
        out.append("_acc")
    if _MODAL.search(text):
        out.append("_modal")
    if NOUN.search(text):
        out.append("_agrnoun")
    if _QUOTE.search(text):
        out.append("_quote")
    out += [f"_pers{min(persons, 2)}", f"_orgs{min(orgs, 2)}", f"_ctry{min(countries, 2)}",
            f"_caps{min(len(_CAPS.findall(text)) // 3, 3)}"]
    return out


@dataclass(frozen=True)
class Model:
    """One category's weights: feature → weight, the intercept, and the probability a flag needs."""

    weights: dict[str, float] = field(default_factory=dict)
    intercept: float = 0.0
    threshold: float = 1.1   # above any probability: a category without a model flags nothing

    def probability(self, feats: list[str]) -> float:
        z = self.intercept + sum(self.weights.get(f, 0.0) for f in set(feats))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def load(data: dict) -> dict[str, Model]:
    return {c: Model(weights=m["weights"], intercept=m["intercept"], threshold=m["threshold"])
            for c, m in data.get("models", {}).items()}


@cache
def shipped() -> dict[str, Model]:
    """The shipped models; none (nothing flagged) when the weights file is absent."""
    path = REFERENCE_DIR / WEIGHTS
    if not path.exists():
        return {}
    return load(json.loads(path.read_text(encoding="utf-8")))


__all__ = ["Model", "WEIGHTS", "features", "load", "shipped"]
