"""Issue 8: how many statements the gold gives a speaker, against the statements we give it and the sentences
that carry its keywords (the unit of a statement, measured rather than guessed).

    nice .venv/bin/python scripts/statement_units.py [--sets corpus,blind4,...] [--show]

Per (article, gold speaker): gold statements, our statements credited to that speaker, and the body sentences that
hold one of its gold keywords. Printed: the distribution of (ours - gold) per speaker, the share of gold statements
whose keywords all sit in one sentence, and how many gold statements of one speaker share a sentence.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.evaluate import scoring  # noqa: E402
from kg.evaluate.matching import _group  # noqa: E402

import census_run  # noqa: E402
from statement_census import PATHS, _kw  # noqa: E402

DIFF: Counter[int] = Counter()
TABLE: Counter[tuple[int, int]] = Counter()   # (gold statements, our statements) per speaker
SPAN: Counter[str] = Counter()
SHARED: Counter[str] = Counter()
SHOWN: list[str] = []


def _wrap(original):
    def score(out, gold, predicted, gold_person_of, gold_org_forms):
        original(out, gold, predicted, gold_person_of, gold_org_forms)
        gs = gold.get("statements") or []
        ours = _group(predicted.get("statements") or [], "statement")
        people = [[g["name"], *(g.get("aliases") or [])] for g in gold.get("people") or []]

        def kind(by):
            return scoring._gold_speaker(by, people, gold_org_forms)

        def ok(k, p):
            return scoring._credited(k, p, people, gold_person_of, gold_org_forms)

        body = PATHS[out.article].read_text().split("---", 2)[-1]
        sentences = [s for s in re.split(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])|\n+", body) if s.strip()]
        by_kind: dict = {}
        for g in gs:
            by_kind.setdefault(kind(g.get("by") or ""), []).append(g)
        for k, items in by_kind.items():
            mine = [p for p in ours if ok(k, p)]
            DIFF[len(mine) - len(items)] += 1
            TABLE[(len(items), len(mine))] += 1
            held_sets = []
            for g in items:
                keys = g.get("keywords") or []
                held = {i for i, s in enumerate(sentences) for kw in keys if _kw(kw).search(s)}
                per_kw = [{i for i, s in enumerate(sentences) if _kw(kw).search(s)} for kw in keys]
                one = bool(per_kw) and bool(set.intersection(*per_kw))
                SPAN["all keywords in one sentence" if one else ("one keyword" if len(keys) == 1 else
                     "keywords spread over sentences")] += 1 if len(keys) > 1 or not one else 0
                if len(keys) == 1:
                    SPAN["single keyword"] += 1
                held_sets.append(held)
            for a in range(len(held_sets)):
                for b in range(a + 1, len(held_sets)):
                    if held_sets[a] & held_sets[b]:
                        SHARED["pairs of one speaker's gold statements sharing a sentence"] += 1
                    else:
                        SHARED["pairs in disjoint sentences"] += 1
            SHOWN.append(f"{out.article}: {items[0].get('by')} gold {len(items)} ours {len(mine)} | gold "
                         f"{[g.get('keywords') for g in items]} | ours {[(p.get('text') or '')[:70] for p in mine]}")
    return score


def _patch() -> None:
    scoring._score_statements = _wrap(scoring._score_statements)


def _report(show: bool) -> None:
    print("speakers by (ours - gold statements):", dict(sorted(DIFF.items())))
    print("gold n -> ours n (speakers):")
    for (g, o), n in sorted(TABLE.items()):
        print(f"  gold {g} ours {o}: {n}")
    print(dict(SPAN))
    print(dict(SHARED))
    if show:
        print("\n".join(SHOWN))


if __name__ == "__main__":
    census_run.run(_patch, _report)
