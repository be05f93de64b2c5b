"""Dump the STUDIED sets' extracted facts with each file's gold organisation names and aliases (lowercased), for
convention checks ("fires on N studied sentences, gold has it in K"). Never add judge or lead-only sets here.

usage: python scripts/studied_org_census.py OUT.json   (run from the worktree; ~3 s)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))
import bank_diff  # noqa: E402
import eval_sets  # noqa: E402

# The studied sets are eval_sets.py's (one list for the team), with the shared corpora beside them.
STUDIED = ["../shared/corpus", "../shared/corpus2", *(f"tests/data/{name}" for name in eval_sets.STUDIED)]


def census() -> dict[str, tuple[list, list[str]]]:
    out = {}
    for folder in map(Path, STUDIED):
        for name, facts in bank_diff.dump(folder).items():
            gold_path = folder / name.replace(".txt", ".gold.json")
            if not gold_path.exists():
                continue
            gold = json.loads(gold_path.read_text())
            names = {o["name"].lower() for o in gold["organizations"]}
            names |= {a.lower() for o in gold["organizations"] for a in o.get("aliases", [])}
            out[str(folder / name)] = (facts, sorted(names))
    return out


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(json.dumps(census()))
