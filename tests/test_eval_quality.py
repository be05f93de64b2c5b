"""The extraction bar (issue 3): kg eval on the seed articles and on ../shared/corpus.

macro-F1 >= 0.85, every category >= 0.7, meeting-date and agreement-status accuracy >= 0.8.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.batch import evaluate_corpus
from kg.evaluate import CATEGORIES

REPO = Path(__file__).resolve().parent.parent
CORPORA = {
    "seeds": (REPO / "data" / "articles", REPO / "data" / "gold"),
    "shared-corpus": (REPO.parent / "shared" / "corpus", REPO.parent / "shared" / "corpus"),
    # Articles written for this project by a colleague who had not seen the extractor: 0.61 macro-F1 when
    # first scored blind, tuned on since; now regression sets held to the same bar (heldout2: 0.607 blind).
    "heldout": (REPO / "tests" / "data" / "heldout", REPO / "tests" / "data" / "heldout"),
    "heldout2": (REPO / "tests" / "data" / "heldout2", REPO / "tests" / "data" / "heldout2"),
}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def report(request):
    corpus, gold = CORPORA[request.param]
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is absent (../shared is laid beside the checkout in CI)")
    return evaluate_corpus(corpus, gold_dir=gold)


def test_macro_f1(report):
    assert report.macro_f1 >= 0.85, report.to_text(verbose=True)


@pytest.mark.parametrize("category", CATEGORIES)
def test_every_category(report, category):
    f1 = report.counts[category].f1
    if f1 is None:
        pytest.skip(f"no {category} in gold or prediction")
    assert f1 >= 0.7, report.to_text(verbose=True)


@pytest.mark.parametrize("accuracy", ["meeting_date", "agreement_status"])
def test_accuracies(report, accuracy):
    value = report.accuracy[accuracy].value
    if value is None:
        pytest.skip(f"no matched items for {accuracy}")
    assert value >= 0.8, report.to_text(verbose=True)


# tests/data/heldout3 was written blind after all tuning and scored once: macro-F1 0.762 (BENCHMARKS.md). It is the
# honest estimate for unseen news, so it is not tuned to the dev bar; this floor only catches regressions.
BLIND = REPO / "tests" / "data" / "heldout3"
BLIND_FLOOR = 0.72


def test_latest_blind_set_does_not_regress():
    report = evaluate_corpus(BLIND, gold_dir=BLIND)
    assert report.macro_f1 >= BLIND_FLOOR, report.to_text(verbose=True)
