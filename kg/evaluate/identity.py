"""Pairwise scoring of cross-report identity: do the mentions gold puts in one event (agreement) share one
canonical resource, and only those? Pure: predicted mentions come in as plain records.

A predicted mention is matched to a gold mention of the same article — events by participants (Jaccard of
person keys >= 0.5, best first), agreements by gold phrases found in the description (``not`` phrases veto) —
each used once. Recall counts every gold pair, found or not; precision counts the predicted pairs between
matched mentions (a mention gold does not know is an extraction error, scored by ``kg eval`` without
``--identity``). ``groups`` gold (whole articles reporting one event, as in tests/data/blind5's README) is
scored on article pairs: two articles are predicted to report one thing when any canonical event or
agreement has mentions in both.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from pathlib import Path

from kg.errors import SourceError


@dataclass(frozen=True)
class Predicted:
    article: str
    kind: str                 # "events" or "agreements"
    canonical: str
    participants: frozenset[str] = frozenset()
    description: str = ""


@dataclass(frozen=True)
class PairScore:
    name: str
    true_pairs: int
    predicted_pairs: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.true_pairs if self.true_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def text(self) -> str:
        return (f"{self.name:<12} pairs gold {self.true_pairs:>3}  predicted {self.predicted_pairs:>3}  "
                f"correct {self.correct:>3}   P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}")


def load(path: Path) -> dict:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SourceError(f"{path}: not a readable identity gold file: {exc}") from None
    if not isinstance(gold, dict) or "corpora" not in gold:
        raise SourceError(f"{path}: an identity gold file needs 'corpora' and 'events'/'agreements' or 'groups'")
    return gold


def articles(gold: dict) -> set[str]:
    out = {m["article"] for kind in ("events", "agreements") for e in gold.get(kind, []) for m in e["mentions"]}
    return out | {a for g in gold.get("groups", []) for a in g["articles"]}


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _fits(gold_mention: dict, p: Predicted) -> float:
    if p.article != gold_mention["article"]:
        return 0.0
    if p.kind == "events":
        return _jaccard(frozenset(gold_mention["participants"]), p.participants)
    text = p.description.casefold()
    if any(w.casefold() in text for w in gold_mention.get("not", [])):
        return 0.0
    return 1.0 if all(w.casefold() in text for w in gold_mention["words"]) else 0.0


def score_kind(gold: dict, predicted: list[Predicted], kind: str) -> PairScore:
    gold_mentions = [(e["id"], i, m) for e in gold.get(kind, []) for i, m in enumerate(e["mentions"])]
    candidates = sorted(((_fits(m, p), gid, i, j) for gid, i, m in gold_mentions
                         for j, p in enumerate(predicted) if p.kind == kind), reverse=True)
    matched: dict[tuple[str, int], Predicted] = {}
    used: set[int] = set()
    for fit, gid, i, j in candidates:
        if fit >= 0.5 and (gid, i) not in matched and j not in used:
            matched[(gid, i)] = predicted[j]
            used.add(j)
    true_pairs = {frozenset((a, b)) for (a, b) in itertools.combinations(
        [(gid, i) for gid, i, _ in gold_mentions], 2) if a[0] == b[0]}
    keys = sorted(matched)
    predicted_pairs = {frozenset((a, b)) for a, b in itertools.combinations(keys, 2)
                       if matched[a].canonical == matched[b].canonical}
    return PairScore(kind, len(true_pairs), len(predicted_pairs), len(true_pairs & predicted_pairs))


def score_groups(gold: dict, predicted: list[Predicted]) -> PairScore:
    names = sorted(articles(gold))
    group_of = {a: g["id"] for g in gold["groups"] for a in g["articles"]}
    true_pairs = {frozenset(p) for p in itertools.combinations(names, 2)
                  if group_of.get(p[0]) and group_of.get(p[0]) == group_of.get(p[1])}
    by_canonical: dict[str, set[str]] = {}
    for p in predicted:
        by_canonical.setdefault(p.canonical, set()).add(p.article)
    predicted_pairs = {frozenset(p) for arts in by_canonical.values() for p in itertools.combinations(sorted(arts), 2)}
    return PairScore("articles", len(true_pairs), len(predicted_pairs), len(true_pairs & predicted_pairs))


def score(gold: dict, predicted: list[Predicted]) -> list[PairScore]:
    if "groups" in gold:
        return [score_groups(gold, predicted)]
    return [score_kind(gold, predicted, "events"), score_kind(gold, predicted, "agreements")]
