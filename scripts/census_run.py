"""The driver the scorer censuses share (scripts/match_losses.py, scripts/statement_census.py): the scorer's
per-category functions are wrapped to tally what they judge, the studied sets are scored, the tallies printed.

    run(patch, report): --sets corpus,blind4,... (default: every studied set) and --show (report(show=True) adds the
    examples behind each tally).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from veto_audit import STUDIED


def run(patch: Callable[[], None], report: Callable[[bool], None]) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=",".join(STUDIED))
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    patch()
    from kg.batch import evaluate_corpus

    for name in a.sets.split(","):
        evaluate_corpus(STUDIED[name], gold_dir=STUDIED[name])
    report(a.show)
