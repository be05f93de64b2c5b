"""Census (x22jointvoice): sentences whose subject is the two sides together ("both sides", "the two ministers",
"the parties", "the leaders", "they") on the studied sets and the corpus: does the gold keep a statement there, and
does the extractor give one?

    PYTHONPATH=$PWD .venv/bin/python scripts/jointvoice_census.py [--list]

Rows are classed by the verb after the subject: speech ("said", "noted that"), stance or courtesy ("reaffirmed",
"stressed", "welcomed" ...), undertaking ("agreed", "committed" ...: an agreement), event ("met", "discussed" ...).
"gold" means a gold statement has a keyword in the sentence (whoever it credits: read --list for the credit).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg import sources  # noqa: E402
from kg.extract import context  # noqa: E402
from kg.extract.rules import RuleExtractor  # noqa: E402

SETS = [REPO.parent / "shared" / n for n in ("corpus", "corpus2")] + [
    REPO / "tests" / "data" / n for n in ["heldout", "heldout2"] + [f"blind{i}" for i in (4, 5, 6, 7, 8, 9, 10, 11, 12, 14)]]
GROUP = re.compile(r"(?:^|[,;]\s+|\band\s+|\bwhile\s+)(?P<who>(?:[Bb]oth|[Tt]he two|[Tt]he)\s+(?:sides|countries|ministers|"
                   r"leaders|delegations|presidents|governments|parties|nations|heads of state|(?:[A-Za-z]+\s+){1,2}"
                   r"(?:[Mm]inisters|leaders|counterparts|chiefs))|[Tt]hey|Ministers|Leaders)\s+(?:(?:also|further|jointly|"
                   r"both|have|had|has|once again|again|then|strongly|fully)\s+)*(?P<verb>[a-z-]+)")
CLASSES = {
    "speech": "said say says added noted told stated announced called urged praised condemned",
    "stance": "reaffirmed re-affirmed affirmed reiterated stressed emphasized emphasised underlined underscored highlighted "
              "welcomed acknowledged expressed appreciated believe concurred shared outlined recognised renewed voiced",
    "undertaking": "agreed decided committed resolved pledged",
}


def _class(verb: str) -> str:
    return next((c for c, words in CLASSES.items() if verb in words.split()), "event/other")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    extractor = RuleExtractor()
    tally: Counter[tuple[str, bool, bool]] = Counter()
    for folder in SETS:
        for path in sorted(folder.glob("*.txt")):
            gold_path = path.with_name(path.stem + ".gold.json")
            if not gold_path.exists():
                continue
            gold = json.loads(gold_path.read_text())
            doc = sources.load(path)
            ctx = context.build(doc)
            ex = None
            for s in ctx.sentences:
                m = GROUP.search(s.text)
                if not m:
                    continue
                ex = ex or extractor.extract(doc)
                low = s.text.lower()
                golds = [(g["by"], g["keywords"]) for g in gold.get("statements") or []
                         if any(k.lower() in low for k in g["keywords"])]
                preds = [(p.speaker.label, p.support.rule) for p in ex.statements
                         if any(e.start < s.start + len(s.text) and e.end > s.start for e in p.support.evidence)]
                cls = _class(m.group("verb").lower())
                tally[(cls, bool(golds), bool(preds))] += 1
                if args.list and cls in ("speech", "stance"):
                    print(f"## {folder.name} {path.stem[:45]} | {m.group('who')} {m.group('verb')}\n  S: {s.text[:240]}\n"
                          f"  G: {golds}\n  P: {preds}")
    print(f"{'class':12} {'gold+found':>10} {'gold+miss':>10} {'nogold+found':>12} {'nogold+none':>11}")
    for cls in (*CLASSES, "event/other"):
        row = [tally[(cls, g, p)] for g, p in ((True, True), (True, False), (False, True), (False, False))]
        print(f"{cls:12} {row[0]:10} {row[1]:10} {row[2]:12} {row[3]:11}")


if __name__ == "__main__":
    main()
