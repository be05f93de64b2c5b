"""Calibrated confidence (issue 8): kg:confidence is a rule's measured precision, and kg eval reports both."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.batch import evaluate_corpus
from kg.evaluate import Judged, calibration, rule_counts
from kg.extract import calibration as cal

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def test_a_rule_seen_often_takes_its_measured_precision(monkeypatch) -> None:
    monkeypatch.setattr(cal, "measured", lambda: {"often": (90, 10), "rarely": (0, 1)})
    assert cal.confidence("often", 0.5) == pytest.approx((90 + cal.K * 0.5) / (100 + cal.K), abs=1e-3)
    assert abs(cal.confidence("often", 0.5) - 0.9) < 0.02
    assert 0.5 < cal.confidence("rarely", 0.9) < 0.9        # one miss pulls a prior down, not to zero
    assert cal.confidence("never-scored", 0.77) == 0.77      # unknown rules keep the extractor's own value


def test_a_rarely_seen_term_rule_is_judged_with_its_family(monkeypatch) -> None:
    monkeypatch.setattr(cal, "measured", lambda: {"t/lexicon:rare": (1, 0), "t/lexicon:*": (40, 40),
                                                  "t/lexicon:common": (30, 0)})
    assert abs(cal.confidence("t/lexicon:rare", 0.9) - 0.5) < 0.05     # the family's 50 %, not its single hit
    assert cal.confidence("t/lexicon:common", 0.5) > 0.9               # seen often enough to stand alone
    assert abs(cal.confidence("t/lexicon:unseen", 0.9) - 0.5) < 0.05


def test_rule_counts_and_calibration_bands() -> None:
    judged = [Judged("agreements", "a", 0.95, True), Judged("agreements", "a", 0.95, False),
              Judged("threats", "b", 0.6, True)]
    counts = rule_counts(judged)
    assert (counts["a"].tp, counts["a"].fp, counts["b"].tp) == (1, 1, 1)
    bands = {band: (n, precision) for band, n, _, precision in calibration(judged)}
    assert bands[(0.9, 1.0)] == (2, 0.5) and bands[(0.5, 0.7)] == (1, 1.0)


def test_extracted_facts_carry_calibrated_confidence_and_named_rules() -> None:
    report = evaluate_corpus(REPO / "data" / "articles", gold_dir=REPO / "data" / "gold")
    judged = report.judged
    assert judged and all(j.rule for j in judged)
    table = cal.measured()
    calibrated = [j for j in judged if j.rule in table]
    assert calibrated, "the seed articles' rules are in the calibration table"
    for j in calibrated:  # the stored confidence is the measured precision, pulled towards a prior by at most K
        tp, fp = table[j.rule]
        if tp + fp < cal.MIN_FACTS and cal.family(j.rule) in table:
            tp, fp = table[cal.family(j.rule)]
        assert abs(j.confidence - tp / (tp + fp)) <= cal.K / (tp + fp + cal.K) + 1e-3, j


def test_kg_eval_reports_rules_and_calibration() -> None:
    out = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "eval", str(REPO / "data/articles"),
                          "--gold", str(REPO / "data/gold"), "--json"], capture_output=True, text=True, check=True)
    report = json.loads(out.stdout)
    assert report["rules"] and all({"tp", "fp", "precision"} <= set(v) for v in report["rules"].values())
    assert sum(band["facts"] for band in report["calibration"]) == sum(
        v["tp"] + v["fp"] for v in report["rules"].values())


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared is laid beside the checkout in CI")
def test_calibration_table_is_current() -> None:
    """Rules renamed or added without re-measuring would silently fall back to their priors."""
    out = subprocess.run([sys.executable, str(REPO / "scripts" / "calibrate.py"), "--check"], capture_output=True,
                         text=True)
    assert out.returncode == 0, out.stderr
