"""Issue 8: how each generation of gold annotators records two contested kinds of fact, beside the corpus the hidden
sets follow. Reads gold files only (no extraction), so anyone may run it on any set, the judges included.

    .venv/bin/python scripts/gold_conventions.py

Per group of gold sets: statements per article and the share credited to a joint speaker ("both sides", "the
ministers", "the leaders"); agreements per article, the share recorded as only discussed, and how many of those are
a general cooperation goal ("ways of enhancing cooperation in ...") rather than a concrete step. A group far from the
corpus (../shared/corpus and corpus2, written by the issue's authors) reads the conventions differently, and an
extractor that follows the corpus loses F1 there for that reason alone.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
SHARED = REPO.parent / "shared"

# a speaker standing for both sides of a meeting
_JOINT = re.compile(r"\b(?:both|two sides|the sides|ministers|leaders|parties)\b")
# a discussed agreement whose description opens with a general goal, not a step
_GENERAL_GOAL = re.compile(r"^(?:ways|cooperation|enhanc|strengthen|expand|boost|deepen)", re.IGNORECASE)


def _groups() -> dict[str, list[Path]]:
    blind = lambda lo, hi: [DATA / f"blind{i}" for i in range(lo, hi + 1)]  # noqa: E731
    latest = max((int(p.name[5:]) for p in DATA.glob("blind*") if p.name[5:].isdigit()), default=26)
    return {
        "corpus (issue authors)": [SHARED / "corpus", SHARED / "corpus2"],
        "blind4-14": blind(4, 14),
        "blind15-19": blind(15, 19),
        f"blind20-{latest}": blind(20, latest),
        "second readers": sorted(DATA.glob("blind*/reader2")),
    }


def _row(folders: list[Path]) -> dict[str, float]:
    articles = statements = joint = agreements = discussed = general = 0
    for folder in folders:
        for gold in folder.glob("*.gold.json"):
            record = json.loads(gold.read_text(encoding="utf-8"))
            articles += 1
            for st in record.get("statements") or []:
                statements += 1
                joint += bool(_JOINT.search((st.get("by") or "").lower()))
            for ag in record.get("agreements") or []:
                agreements += 1
                if ag.get("status") == "discussed":
                    discussed += 1
                    general += bool(_GENERAL_GOAL.match(ag.get("about") or ""))
    return {"articles": articles, "statements/article": statements / max(articles, 1),
            "joint-speaker share": joint / max(statements, 1), "agreements/article": agreements / max(articles, 1),
            "discussed share": discussed / max(agreements, 1), "general-goal discussed": general}


def main() -> int:
    groups = _groups()
    if not (SHARED / "corpus").is_dir():
        print(f"gold_conventions: {SHARED / 'corpus'} not found (../shared beside the checkout)", file=sys.stderr)
        return 2
    print(f"{'group':24s} {'articles':>8s} {'stmts/art':>9s} {'joint':>6s} {'agrs/art':>8s} {'discussed':>9s} "
          f"{'general':>7s}")
    for name, folders in groups.items():
        r = _row(folders)
        print(f"{name:24s} {r['articles']:8d} {r['statements/article']:9.1f} {r['joint-speaker share']:6.3f} "
              f"{r['agreements/article']:8.2f} {r['discussed share']:9.2f} {r['general-goal discussed']:7d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
