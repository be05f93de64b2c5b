"""Counts, accuracies and the report: micro-summed over articles, rendered as a table or JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

QUERY_CATEGORIES = ("people", "organizations", "meetings", "agreements", "threats", "statements")
CATEGORIES = ("people", "roles", "organizations", "meetings", "agreements", "threats", "statements")
ACCURACIES = ("meeting_date", "meeting_place", "agreement_status")  # scored apart, as the README says
INFO_ACCURACIES = ("meeting_kind", "agreement_parties")            # reported for information only
GOLD_KEYS = ("people", "organizations", "countries", "meetings", "agreements", "threats", "statements")
_ITEM_KEYS = {
    "people": ("name",),
    "organizations": ("name",),
    "meetings": ("participants",),
    "agreements": ("keywords", "status"),
    "threats": ("keywords",),
    "statements": ("by", "keywords"),
}

Row = dict[str, str | None]


# -- records -------------------------------------------------------------------------------------------------
@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def __add__(self, other: "Accuracy") -> "Accuracy":
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.correct += ok
        self.total += 1

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "value": self.value}


def _macro(counts: dict[str, Counts]) -> float | None:
    f1s = [c.f1 for c in counts.values() if c.f1 is not None]
    return sum(f1s) / len(f1s) if f1s else None


@dataclass(frozen=True)
class Judged:
    """One predicted fact as scored: the rule that produced it, the confidence it was given, right or wrong."""

    category: str
    rule: str
    confidence: float
    correct: bool


BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))  # confidence bands for calibration


def rule_counts(judged: Iterable[Judged]) -> dict[str, Counts]:
    """Per rule: true positives (the fact matched gold) and false positives."""
    out: dict[str, Counts] = {}
    for j in judged:
        counts = out.setdefault(j.rule, Counts())
        counts.tp += j.correct
        counts.fp += not j.correct
    return dict(sorted(out.items()))


def calibration(judged: Iterable[Judged]) -> list[tuple[tuple[float, float], int, float | None, float | None]]:
    """Per confidence band: how many facts, their mean stated confidence, and their measured precision."""
    rows = []
    judged = list(judged)
    for low, high in BANDS:
        inside = [j for j in judged if low <= j.confidence < high]
        mean = sum(j.confidence for j in inside) / len(inside) if inside else None
        precision = sum(j.correct for j in inside) / len(inside) if inside else None
        rows.append(((low, min(high, 1.0)), len(inside), mean, precision))
    return rows


@dataclass
class ArticleScore:
    """One article's counts, accuracies, and what went wrong, in words (for --verbose)."""

    article: str
    counts: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})
    accuracy: dict[str, Accuracy] = field(
        default_factory=lambda: {a: Accuracy() for a in ACCURACIES + INFO_ACCURACIES})
    misses: dict[str, list[str]] = field(default_factory=lambda: {c: [] for c in CATEGORIES})
    false_positives: dict[str, list[str]] = field(default_factory=lambda: {c: [] for c in CATEGORIES})
    mismatches: list[str] = field(default_factory=list)
    outcomes: list[tuple[str, str, bool]] = field(default_factory=list)  # (category, predicted key, matched gold)
    judged: list[Judged] = field(default_factory=list)  # outcomes with the rule and confidence behind each fact
    set_aside: list[str] = field(default_factory=list)  # the ingest gate's reasons, when the article never landed

    @property
    def macro_f1(self) -> float | None:
        return _macro(self.counts)

    def judge(self, support: dict[str, list[tuple[str, float]]]) -> None:
        """Attach to each scored prediction the rules (and confidences) of the facts behind it in the store."""
        self.judged = [Judged(category, rule, confidence, matched)
                       for category, key, matched in self.outcomes
                       for rule, confidence in support.get(key, ())]

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "categories": {c: n.to_dict() for c, n in self.counts.items()},
            "macro_f1": self.macro_f1,
            "accuracy": {a: n.to_dict() for a, n in self.accuracy.items()},
            "misses": self.misses,
            "false_positives": self.false_positives,
            "mismatches": self.mismatches,
            "set_aside": self.set_aside,
        }


@dataclass
class Report:
    """Micro-summed counts over articles, macro-F1 over the seven categories, and the per-article scores."""

    articles: list[ArticleScore]
    counts: dict[str, Counts]
    accuracy: dict[str, Accuracy]

    @property
    def macro_f1(self) -> float | None:
        return _macro(self.counts)

    @property
    def judged(self) -> list[Judged]:
        return [j for a in self.articles for j in a.judged]

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles_scored": len(self.articles),
            "articles_set_aside": sorted(a.article for a in self.articles if a.set_aside),
            "categories": {c: n.to_dict() for c, n in self.counts.items()},
            "macro_f1": self.macro_f1,
            "accuracy": {a: n.to_dict() for a, n in self.accuracy.items()},
            "rules": {r: {"tp": n.tp, "fp": n.fp, "precision": n.precision}
                      for r, n in rule_counts(self.judged).items()},
            "calibration": [{"band": list(band), "facts": n, "mean_confidence": mean, "precision": precision}
                            for band, n, mean, precision in calibration(self.judged)],
            "articles": [a.to_dict() for a in self.articles],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def to_text(self, *, verbose: bool = False, rules: bool = False) -> str:
        lines = [f"{len(self.articles)} article(s)", "", *_table(self.counts), "",
                 f"macro-F1 ({len(CATEGORIES)} categories): {_fmt(self.macro_f1)}"]
        lines += [f"{name.replace('_', ' ')} accuracy: {_fmt(acc.value)} ({acc.correct}/{acc.total})"
                  for name, acc in self.accuracy.items() if name in ACCURACIES]
        lines += [f"({name.replace('_', ' ')} accuracy: {_fmt(acc.value)} ({acc.correct}/{acc.total}), not scored)"
                  for name, acc in self.accuracy.items() if name in INFO_ACCURACIES]
        # An article the gate set aside scores zero everywhere: say so, or a builder bug reads as poor recall.
        lines += [f"set aside (scored as empty): {a.article}: {reason}" for a in self.articles for reason in a.set_aside]
        lines += ["", "confidence calibration (facts scored against gold; roles not included):",
                  f"  {'band':<12}{'facts':>6}{'stated':>8}{'measured':>10}"]
        lines += [f"  {f'{lo:.2f}-{hi:.2f}':<12}{n:>6}{_fmt(mean):>8}{_fmt(prec):>10}"
                  for (lo, hi), n, mean, prec in calibration(self.judged)]
        if rules:
            lines += ["", f"  {'rule':<48}{'TP':>5}{'FP':>5}{'P':>8}"]
            lines += [f"  {r:<48}{n.tp:>5}{n.fp:>5}{_fmt(n.precision):>8}" for r, n in rule_counts(self.judged).items()]
        if verbose:
            for art in self.articles:
                lines += ["", f"== {art.article}  (macro-F1 {_fmt(art.macro_f1)})", *_table(art.counts)]
                for category in CATEGORIES:
                    lines += [f"  missed {category}: {m}" for m in art.misses[category]]
                    lines += [f"  false {category}: {m}" for m in art.false_positives[category]]
                lines += [f"  mismatch: {m}" for m in art.mismatches]
        return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _table(counts: dict[str, Counts]) -> list[str]:
    rows = [f"{'category':<14}{'TP':>5}{'FP':>5}{'FN':>5}{'P':>8}{'R':>8}{'F1':>8}"]
    rows += [f"{c:<14}{n.tp:>5}{n.fp:>5}{n.fn:>5}{_fmt(n.precision):>8}{_fmt(n.recall):>8}{_fmt(n.f1):>8}"
             for c, n in counts.items()]
    return rows


def aggregate(scores: Iterable[ArticleScore]) -> Report:
    articles = list(scores)
    counts = {c: sum((a.counts[c] for a in articles), Counts()) for c in CATEGORIES}
    accuracy = {k: sum((a.accuracy[k] for a in articles), Accuracy()) for k in ACCURACIES + INFO_ACCURACIES}
    return Report(articles=articles, counts=counts, accuracy=accuracy)
