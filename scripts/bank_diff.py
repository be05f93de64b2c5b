"""Issue 8: what a change of the extractor does on a bank of real, unannotated news (many reports, no gold).

Gold sets are small (10–16 reports each) and rules read off them carry little to unseen news. A bank of a few hundred
real reports answers two questions the gold cannot: how often a shape occurs in news at large, and what share of the
facts a change adds are right (judged by eye on a random sample).

    .venv/bin/python scripts/bank_diff.py dump BANK_DIR OUT.json          # every fact of every report, one line each
    .venv/bin/python scripts/bank_diff.py diff BASE.json NEW.json         # counts added/removed per category and rule
    .venv/bin/python scripts/bank_diff.py diff BASE.json NEW.json --sample 25 --category statements [--removed]

A fact is written without its rule, so a fact found by another rule is neither added nor removed. The sample is
seeded (--seed) so that two readers judge the same facts.
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
from kg.extract.model import Extraction, Support  # noqa: E402
from kg.extract.rules import RuleExtractor  # noqa: E402


def _sentence(support: Support) -> str:
    return support.evidence[0].text if support.evidence else ""


def facts(ex: Extraction) -> list[tuple[str, str, str, str]]:
    """(category, fact, rule, sentence) for every fact of one extraction."""
    names = {p.key: p.name for p in ex.persons} | {o.key: o.name for o in ex.organizations}
    out = [("people", p.name, p.support.rule, _sentence(p.support)) for p in ex.persons]
    out += [("roles", f"{p.name} — {r.title} ({r.country or '?'})", r.support.rule, _sentence(r.support))
            for p in ex.persons for r in p.roles]
    out += [("organizations", f"{o.name} [{o.kind}, {o.country or '?'}]", o.support.rule, _sentence(o.support))
            for o in ex.organizations]
    out += [("meetings", f"{e.kind}: {', '.join(names.get(k, k) for k in e.participants)} | {e.date or ''} | "
                         f"{e.place.name if e.place else ''}", e.support.rule, _sentence(e.support))
            for e in ex.events if e.kind in ("meeting", "visit", "talks", "summit", "call")]
    out += [("agreements", f"{a.status}: {a.description} [{', '.join(a.parties)}]", a.support.rule,
             _sentence(a.support)) for a in ex.agreements]
    out += [("threats", f"{t.concept}: {t.wording}", t.support.rule, _sentence(t.support)) for t in ex.threats]
    out += [("statements", f"{s.speaker.label}: {s.text[:160]}", s.support.rule, _sentence(s.support))
            for s in ex.statements]
    return out


def dump(bank: Path) -> dict[str, list[list[str]]]:
    extractor = RuleExtractor()
    return {path.name: [list(f) for f in facts(extractor.extract(sources.load(path)))]
            for path in sources.discover([bank])}


def diff(base: dict, new: dict, category: str | None, sample: int, removed: bool, seed: int) -> None:
    added_rows, removed_rows = [], []
    totals: dict[str, list[int]] = {}
    for article in sorted(base.keys() | new.keys()):
        before = {(c, f): (r, s) for c, f, r, s in base.get(article, [])}
        after = {(c, f): (r, s) for c, f, r, s in new.get(article, [])}
        for c, _ in before:
            totals.setdefault(c, [0, 0, 0, 0])[0] += 1
        for c, _ in after:
            totals.setdefault(c, [0, 0, 0, 0])[1] += 1
        for key in after.keys() - before.keys():
            totals[key[0]][2] += 1
            added_rows.append((article, *key, *after[key]))
        for key in before.keys() - after.keys():
            totals[key[0]][3] += 1
            removed_rows.append((article, *key, *before[key]))
    print(f"{len(base)} → {len(new)} reports")
    print(f"{'category':14} {'before':>7} {'after':>7} {'added':>6} {'removed':>8}")
    for c, (b, a, ad, rm) in sorted(totals.items()):
        print(f"{c:14} {b:7} {a:7} {ad:6} {rm:8}")
    rows = removed_rows if removed else added_rows
    rows = [r for r in rows if category in (None, r[1])]
    print(f"\n{'removed' if removed else 'added'} by rule" + (f" ({category})" if category else "") + ":")
    for rule, n in Counter(r[3] for r in rows).most_common():
        print(f"  {n:4}  {rule}")
    if sample:
        print()
        for i, (article, c, fact, rule, sentence) in enumerate(
                random.Random(seed).sample(rows, min(sample, len(rows))), 1):
            print(f"{i:3}. [{c} · {rule}] {fact}\n     {article}: {sentence[:300]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    d = sub.add_parser("dump")
    d.add_argument("bank", type=Path)
    d.add_argument("out", type=Path)
    c = sub.add_parser("diff")
    c.add_argument("base", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--category")
    c.add_argument("--sample", type=int, default=0)
    c.add_argument("--removed", action="store_true")
    c.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    if args.mode == "dump":
        out = dump(args.bank)
        args.out.write_text(json.dumps(out, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{sum(len(v) for v in out.values())} facts of {len(out)} reports → {args.out}")
        return
    diff(json.loads(args.base.read_text()), json.loads(args.new.read_text()), args.category, args.sample,
         args.removed, args.seed)


if __name__ == "__main__":
    main()
