"""A census of meetings with ONE participant (x20solomeet): what the extractor gives, against the studied golds and on
the bank, so that a veto or trigger for lone occasions is checked against the convention and the bar before it is built.

    .venv/bin/python scripts/solo_meeting_census.py studied            # each lone meeting given: in gold or not, by rule
    .venv/bin/python scripts/solo_meeting_census.py gold               # each lone gold meeting: what the extractor gives
    .venv/bin/python scripts/solo_meeting_census.py bank DUMP.json [--sample 40] [--seed 20]
    .venv/bin/python scripts/solo_meeting_census.py recalled BANK_DIR  # lone visits the extractor marks recalled

A lone meeting given counts as in the gold when a gold meeting of at most two people holds that person: the scorer
matches participant sets at Jaccard >= 0.5, so "A" alone matches the gold's "A and B" (one side of a pair scores).
Studied sets only (never the judges or the lead's sets). DUMP.json comes from `scripts/bank_diff.py dump`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg import sources  # noqa: E402
from kg.evaluate.matching import name_strength  # noqa: E402
from kg.extract.events import reading as events  # noqa: E402  (the part whose steps call _draft)
from kg.extract.rules import RuleExtractor  # noqa: E402

_STUDIED = ["heldout", "heldout2"] + [f"blind{i}" for i in (4, 5, 6, 7, 8, 9, 10, 11, 12, 14)]


def _studied_articles():
    """(set name, article path, gold dict) of every studied article with a gold."""
    shared = REPO.parent / "shared"
    sets = [("seeds", REPO / "data" / "articles", REPO / "data" / "gold")]
    sets += [(n, shared / n, shared / n) for n in ("corpus", "corpus2")]
    sets += [(n, REPO / "tests" / "data" / n, REPO / "tests" / "data" / n) for n in _STUDIED]
    for name, folder, gold_dir in sets:
        for txt in sorted(folder.glob("*.txt")):
            gold = gold_dir / f"{txt.stem}.gold.json"
            if gold.exists():
                yield name, txt, json.loads(gold.read_text())


def _forms(gold: dict, name: str) -> list[str]:
    for p in gold.get("people", []):
        if name_strength([p["name"], *p.get("aliases", [])], [name]):
            return [p["name"], *p.get("aliases", [])]
    return [name]


def studied(gold_side: bool) -> None:
    ex = RuleExtractor()
    given = Counter()
    right = Counter()
    for set_name, txt, gold in _studied_articles():
        extraction = ex.extract(sources.load(txt))
        names = {p.key: p.name for p in extraction.persons}
        if gold_side:
            for m in gold["meetings"]:
                if len(m.get("participants") or []) == 1:
                    forms = _forms(gold, m["participants"][0])
                    got = [e for e in extraction.events if any(name_strength(forms, [names.get(k, k)]) for k in e.participants)]
                    print(f"{set_name}/{txt.stem}: {m['kind']} {m['participants']} -> "
                          + ("; ".join(f"{e.kind} {[names.get(k, k) for k in e.participants]}" for e in got) or "NOTHING"))
            continue
        for e in extraction.events:
            if len(e.participants) != 1:
                continue
            who = names.get(e.participants[0], e.participants[0])
            hit = [m["participants"] for m in gold["meetings"] if len(m.get("participants") or []) <= 2
                   and any(name_strength(_forms(gold, x), [who]) for x in m.get("participants") or [])]
            given[e.support.rule] += 1
            right[e.support.rule] += bool(hit)
            text = e.support.evidence[0].text if e.support.evidence else ""
            print(f"{'GOLD ' if hit else 'FALSE'} {set_name}/{txt.stem} [{e.support.rule}] {e.kind}: {who}\n    {text[:240]}")
    if not gold_side:
        print("\nby rule (in gold / given):", ", ".join(f"{r} {right[r]}/{n}" for r, n in given.most_common()))
        print(f"all: {sum(right.values())} of {sum(given.values())}")


def bank(dump: Path, sample: int, seed: int) -> None:
    facts = json.loads(dump.read_text())
    lone = [(art, fact, rule, sentence) for art, rows in facts.items() for cat, fact, rule, sentence in rows
            if cat == "meetings" and "," not in fact.split(": ", 1)[1].split(" | ")[0]]
    print(f"{len(lone)} lone meetings in {len({x[0] for x in lone})} reports")
    print(", ".join(f"{r} {n}" for r, n in Counter(x[2] for x in lone).most_common()))
    for i, (art, fact, rule, sentence) in enumerate(random.Random(seed).sample(lone, min(sample, len(lone))), 1):
        print(f"{i:2d}. {art} [{rule}] {fact}\n    {sentence[:300]}")


def recalled(folder: Path) -> None:
    """Lone visit drafts events marks recalled (dated > 31 days back, or "last year", "in 2011" in the clause)."""
    seen = []
    draft = events._draft

    def spy(*args, **kwargs):
        d = draft(*args, **kwargs)
        if d and d.recalled and d.kind == "visit" and len(d.participants) == 1:
            seen.append(d)
        return d

    events._draft = spy
    ex = RuleExtractor()
    for txt in sorted(folder.glob("*.txt")):
        seen.clear()
        ex.extract(sources.load(txt))
        for d in seen:
            print(f"{txt.name} [{d.trigger}] {d.participants[0]} | {d.date.text if d.date else ''} | {d.sentence.text[:220]}")
    events._draft = draft


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["studied", "gold", "bank", "recalled"])
    parser.add_argument("path", nargs="?")
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args()
    if args.mode in ("studied", "gold"):
        studied(args.mode == "gold")
    elif args.mode == "bank":
        bank(Path(args.path), args.sample, args.seed)
    else:
        recalled(Path(args.path))


if __name__ == "__main__":
    main()
