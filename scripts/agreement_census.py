"""Issue 8: a census of the studied sets' agreements: each false one with its rule and sentence, each missed one with
the sentence that holds its keyword, and each status mismatch.

    nice .venv/bin/python scripts/agreement_census.py [--sets corpus,blind4,...]

Extraction is run directly (kg.extract.rules) and matched to gold the way kg.evaluate.scoring does (a gold keyword in
the description, greedy, best first); the figures can differ from `kg eval` by the odd tie. Only the sets named are
read (default: the census half of the studied sets).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.evaluate.matching import _local, greedy_match  # noqa: E402
from kg.evaluate.scoring import _agreement_pair, _hits, _overlap  # noqa: E402
from kg.extract.rules import RuleExtractor  # noqa: E402
from kg.sources import load  # noqa: E402

from veto_audit import STUDIED  # noqa: E402

CENSUS = "corpus,corpus2,heldout,blind4,blind6,blind8,blind10,blind12"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=CENSUS)
    ap.add_argument("--counts", action="store_true", help="figures only: per rule TP/FP, no texts (for the check sets)")
    a = ap.parse_args()
    by_rule: dict[str, list[int]] = {}
    show = (lambda line: None) if a.counts else print
    ex = RuleExtractor()
    tp = fp = fn = status_ok = 0
    for name in a.sets.split(","):
        for txt in sorted(STUDIED[name].glob("*.txt")):
            gold_file = txt.with_suffix(".gold.json")
            if not gold_file.exists():
                continue
            gold = json.loads(gold_file.read_text()).get("agreements") or []
            doc = load(txt)
            preds = ex.extract(doc).agreements

            pairs = greedy_match(gold, preds, lambda g, p: _agreement_pair(g, [p.description], p.status))
            mg = {gi for gi, _ in pairs}
            mp = {pi for _, pi in pairs}
            tp += len(pairs)
            for pi, p in enumerate(preds):
                by_rule.setdefault(p.support.rule, [0, 0])[0 if pi in mp else 1] += 1
            for gi, pi in pairs:
                g, p = gold[gi], preds[pi]
                if _local(g.get("status")) == p.status:
                    status_ok += 1
                else:
                    show(f"STATUS\t{name}/{txt.stem}\tgold {g.get('status')} ours {p.status}\t{p.support.rule}\t"
                          f"{g.get('about')!r}\t{p.description!r}")
            for pi, p in enumerate(preds):
                if pi in mp:
                    continue
                fp += 1
                sent = p.support.evidence[0].text if p.support.evidence else ""
                show(f"FALSE\t{name}/{txt.stem}\t{p.support.rule}\t[{p.status}]\t{p.description!r}\t|| {sent[:300]}")
            text = doc.text
            for gi, g in enumerate(gold):
                if gi in mg:
                    continue
                fn += 1
                keys = g.get("keywords") or []
                sents = [s for s in re.split(r"(?<=[.!?])\s+", text) if _hits(keys, [s])]
                near = [p.description for p in preds if _overlap(g.get("about"), [p.description]) >= 2]
                show(f"MISS\t{name}/{txt.stem}\t[{g.get('status')}]\t{g.get('about')!r}\tkw={keys}\tnear={near[:2]}\t|| "
                      f"{(sents[0] if sents else '-')[:300]}")
    if a.counts:
        for rule, (t, f) in sorted(by_rule.items()):
            print(f"RULE\t{rule}\ttp {t}\tfp {f}")
    print(f"TOTAL\ttp {tp} fp {fp} fn {fn} status {status_ok}/{tp}")


if __name__ == "__main__":
    main()
