"""Issue 8: score every gold set of the project in one run, grouped the way the rounds read them.

    .venv/bin/python scripts/eval_sets.py [--lead] [--cats]

Studied sets (rules may be read against them), then the judges (blind sets scored by numbers only: never open their
texts or golds when writing rules), then with --lead the freshest blind sets, which only the round's lead scores
(before a round's changes and once after). --cats adds F1 (precision, recall) per category. Run from any checkout:
it scores that checkout's extractor (a git worktree included), with ../shared beside the checkout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.batch import evaluate_corpus  # noqa: E402
from kg.evaluate import CATEGORIES  # noqa: E402

STUDIED = ["heldout", "heldout2"] + [f"blind{i}" for i in (4, 5, 6, 7, 8, 9, 10, 11, 12, 14)]
JUDGES = ["heldout3", "blind13", "blind15", "blind16", "blind17", "blind18", "blind19"]
LEAD_ONLY = ["blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40", "blind41", "blind42", "blind43"]


def _line(name: str, folder: Path, cats: bool) -> float:
    report = evaluate_corpus(folder, gold_dir=folder if name != "seeds" else REPO / "data" / "gold")
    line = f"{name:10s} {report.macro_f1:.3f}"
    if cats:
        line += "  " + " ".join(f"{c[:5]}={(report.counts[c].f1 or 0):.3f}(P{(report.counts[c].precision or 0):.2f} "
                                f"R{(report.counts[c].recall or 0):.2f})" for c in CATEGORIES)
    print(line, flush=True)
    return report.macro_f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lead", action="store_true", help="also the lead-only blind sets")
    parser.add_argument("--cats", action="store_true", help="F1 (P, R) per category")
    args = parser.parse_args()
    shared = REPO.parent / "shared"
    data = REPO / "tests" / "data"
    studied = [_line("seeds", REPO / "data" / "articles", args.cats)]
    studied += [_line(n, shared / n, args.cats) for n in ("corpus", "corpus2") if (shared / n).is_dir()]
    studied += [_line(n, data / n, args.cats) for n in STUDIED]
    print(f"studied mean {sum(studied) / len(studied):.3f}")
    judges = [_line(n, data / n, args.cats) for n in JUDGES]
    print(f"judges mean {sum(judges) / len(judges):.3f}")
    if args.lead:
        for n in LEAD_ONLY:
            if (data / n).is_dir():
                _line(n, data / n, args.cats)


if __name__ == "__main__":
    main()
