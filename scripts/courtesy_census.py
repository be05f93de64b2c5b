"""x20thanksveto: thanks for a courtesy only (the welcome, the hospitality, the invitation, the kind words, the call),
counted on the studied golds and on the bank.

    .venv/bin/python scripts/courtesy_census.py studied
    .venv/bin/python scripts/courtesy_census.py bank /work/devbank DUMP.json   (DUMP from scripts/bank_diff.py dump)

studied: every studied-set sentence with thanks, gratitude or appreciation for such an object, and the gold statements
whose keyword is in it. bank: every bank sentence of that shape, and the statements the dump made from it. Each hit is
then classed by hand (courtesy only, or a deed / a second claim beside it). Judge sets are never read.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from kg import sources  # noqa: E402
from kg.evaluate.matching import keyword_in  # noqa: E402
from kg.extract import sentences  # noqa: E402

THANKS = r"(?:thank(?:s|ed|ing)?|gratitude|grateful|appreciat\w*)"
COURTESY = (r"(?:hospitality|welcom\w*|invitation|invit\w*|reception|receiving|kind\s+(?:words|remarks|invitation)|"
            r"warm\s+(?:words|sentiments|greetings|wishes|remarks)|sentiments|expressions|cordial\w*|"
            r"(?:the|this|his|her|their|its|the\s+opportunity\s+(?:of|for|to))\s+(?:\w+\s+){0,2}?"
            r"(?:visit|meeting|talks|call|conversation)|opportunity|arrangements?|organi[sz]ing|hosting|greetings|"
            r"congratulat\w*|good\s+wishes|accommodat\w*|honou?r)")
SHAPE = re.compile(rf"\b{THANKS}\b(?:(?!\bfor\b)[^.;]){{0,120}}?\bfor\s+(?:(?!\bfor\b)[^.;]){{0,40}}?\b{COURTESY}|"
                   rf"\b{THANKS}\b\s+(?:(?:the|his|her|their|its)\s+)?(?:\w+\s+){{0,2}}{COURTESY}", re.IGNORECASE)


def studied() -> None:
    from veto_audit import STUDIED
    paths = [p for d in STUDIED.values() for p in sorted(d.glob("*.txt")) if p.with_name(p.stem + ".gold.json").exists()]
    for p in paths:
        gold = json.loads(p.with_name(p.stem + ".gold.json").read_text())
        for s in sentences.split(sources.load(p).text):
            if SHAPE.search(s.text):
                hits = [(st["by"], st["keywords"]) for st in gold.get("statements", [])
                        if any(keyword_in(k, s.text) for k in st["keywords"])]
                print(f"--- {p.parent.name}/{p.stem}\n  {s.text[:400]}\n  GOLD: {hits}")


def bank(folder: Path, dump: Path) -> None:
    made: dict[str, list] = {}
    for name, facts in json.loads(dump.read_text()).items():
        made[name] = [(fact, rule, sent) for cat, fact, rule, sent in facts if cat == "statements"]
    n, reports = 0, set()
    for p in sorted(folder.glob("*.txt")):
        doc = sources.load(p)
        for s in sentences.split(doc.text):
            if SHAPE.search(s.text):
                n += 1
                reports.add(p.name)
                ours = [(rule, fact[:120]) for fact, rule, sent in made.get(p.name, []) if s.text.strip()[:60] in sent]
                print(f"--- {p.name} {(doc.url or '')[:60]}\n  S: {s.text[:350]}\n  MADE: {ours}")
    print(f"{n} sentences in {len(reports)} reports")


if __name__ == "__main__":
    if sys.argv[1] == "studied":
        studied()
    else:
        bank(Path(sys.argv[2]), Path(sys.argv[3]))
