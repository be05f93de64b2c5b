"""Weak sentence labels for the learned-trigger experiment (issue 8): which sentences of the studied sets hold a gold
agreement, threat or statement, which of those the rule extractor left without a fact of that category, and which
gold facts the rules missed altogether.

A sentence holds a gold agreement / threat when one of the fact's keywords starts a word of it; a gold statement
when a keyword does and a word of the speaker (a name part, an unnamed source's significant word) or a pronoun or
reporting verb is in it too. Only the studied sets in tests/data are read (``STUDIED``); the sealed set and the
numbers-only judge are never globbed.

    .venv/bin/python scripts/learn_data.py OUT.pkl      # collect (runs the extractor and the scorer per article)
"""

from __future__ import annotations

import pickle
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The studied sets, named one by one (never a glob over tests/data: blind13 is sealed and blind14 is the judge).
STUDIED = ("heldout", "heldout2", "heldout3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
           "blind11", "blind12")
CATS = ("agreements", "threats", "statements")
_PRONOUN_OR_REPORTING = re.compile(
    r"\b(?:he|she|they|we|it|his|her|their|our|i|said|says|say|told|tells|added|stated|noted|stressed|warned|"
    r"urged|called|expressed|announced|emphasi[sz]ed|highlighted|insisted|according|spokes\w+|statement)\b",
    re.IGNORECASE)


@dataclass
class Row:
    set: str
    article: str
    index: int                 # sentence index in the article
    text: str
    persons: int               # person mentions in the sentence
    orgs: int
    countries: int
    rule: set[str] = field(default_factory=set)      # categories with a rule fact whose evidence is this sentence
    gold: set[str] = field(default_factory=set)      # categories with a gold fact held here (weak label)
    missed: set[str] = field(default_factory=set)    # categories with a gold fact held here that the rules missed
    items: dict[str, list[int]] = field(default_factory=dict)  # category → indexes of gold items held here


def _speaker_words(by: str) -> set[str]:
    from kg.evaluate.matching import _tokens

    return {t for t in _tokens(by) if len(t) >= 3 and t not in {"the", "and", "for", "minister", "ministry"}}


def holds(category: str, item: dict, text: str) -> bool:
    from kg.evaluate.matching import _tokens, keyword_in

    if not any(keyword_in(k, text) for k in item.get("keywords") or []):
        return False
    if category != "statements":
        return True
    words = set(_tokens(text))
    return bool(_speaker_words(item.get("by") or "") & words) or bool(_PRONOUN_OR_REPORTING.search(text))


def _miss_flags(gold: dict, misses: dict[str, list[str]]) -> dict[str, list[bool]]:
    """Per category, for each gold item: did the rules miss it (by the scorer's own miss strings)?"""
    show = {"agreements": lambda g: f"{g.get('about')} [{g.get('status')}]",
            "threats": lambda g: g.get("label") or "?",
            "statements": lambda g: f"{g.get('by')}: {', '.join(g.get('keywords') or [])}"}
    out = {}
    for c in CATS:
        left = Counter(misses.get(c, []))
        flags = []
        for g in gold.get(c) or []:
            s = show[c](g)
            flags.append(left[s] > 0)
            if left[s]:
                left[s] -= 1
        out[c] = flags
    return out


def collect(sets: tuple[str, ...] = STUDIED) -> list[Row]:
    from kg import evaluate, sources
    from kg.config import QUERIES_DIR
    from kg.extract import context
    from kg.extract.rules import RuleExtractor
    from kg.pipeline import ingest
    from kg.store import Store

    extractor = RuleExtractor()
    rows: list[Row] = []
    for name in sets:
        folder = ROOT / "tests" / "data" / name
        for path in sorted(folder.glob("*.txt")):
            gold_file = evaluate.gold_path(path, folder)
            if not gold_file.exists():
                continue
            gold = evaluate.load_gold(gold_file)
            doc = sources.load(path)
            ctx = context.build(doc)
            from kg.extract import organizations, persons
            organizations.find(ctx)
            persons.find(ctx)
            extraction = extractor.extract(doc)
            store = Store(None)
            ingest([path], store=store, extractor=extractor)
            score = evaluate.score_article(gold, evaluate.run_queries_for_eval(store, QUERIES_DIR), article=path.stem)
            missed = _miss_flags(gold, score.misses)
            evidence: dict[str, list[tuple[int, int]]] = {
                c: [(sp.start, sp.end) for f in getattr(extraction, c) for sp in f.support.evidence] for c in CATS}
            for s in ctx.reporting():
                if s.index in ctx.headlines and len(s.text) < 40:
                    continue
                row = Row(set=name, article=path.stem, index=s.index, text=s.text,
                          persons=len(ctx.persons_in(s.start, s.end)), orgs=len(ctx.orgs_in(s.start, s.end)),
                          countries=len(ctx.countries_in(s.start, s.end)))
                for c in CATS:
                    if any(a < s.end and s.start < b for a, b in evidence[c]):
                        row.rule.add(c)
                    held = [i for i, g in enumerate(gold.get(c) or []) if holds(c, g, s.text)]
                    if held:
                        row.gold.add(c)
                        row.items[c] = held
                        if any(missed[c][i] for i in held):
                            row.missed.add(c)
                rows.append(row)
            # totals of gold items and rule misses, kept on a pseudo-row per article
            rows.append(Row(set=name, article=path.stem, index=-1, text="", persons=0, orgs=0, countries=0,
                            items={c: [int(m) for m in missed[c]] for c in CATS}))
    return rows


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/learn_rows.pkl")
    data = collect()
    out.write_bytes(pickle.dumps(data))
    print(f"{len([r for r in data if r.index >= 0])} sentences → {out}")
