"""Outlets named in the STUDIED sets' texts and whether each file's gold lists them, by use: the dateline or byline
credit ("HANOI (Reuters) –"), a credited source ("told Reuters", "Xinhua reported", "according to IRNA") or any other
use ("SPA showed footage"), and whether the outlet is the report's own (its header's publisher or the wire that header
names). For convention checks on outlets ("fires on N studied sentences, gold has it in K"). Never add judge or
lead-only sets here.

usage: python scripts/studied_outlet_census.py [--rows]   (run from the worktree; ~2 s)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))
import eval_sets  # noqa: E402
from kg import sources  # noqa: E402
from kg.extract import org_cues, reference  # noqa: E402

SETS = [(Path("data/articles"), Path("data/gold"))]
SETS += [(Path("../shared") / n, Path("../shared") / n) for n in ("corpus", "corpus2")]
SETS += [(Path("tests/data") / n, Path("tests/data") / n) for n in eval_sets.STUDIED]
_CREDIT_BEFORE = re.compile(r"(?:told|to|according to|quoted by|cited by|reported by|carried by|published by|seen by|"
                            r"in an interview with|speaking to|sent to|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}$", re.I)
_CREDIT_AFTER = re.compile(r"^\s*(?:(?:news\s+agency|newspaper|daily|broadcaster|television|radio|website|news|"
                           r"correspondent|reporter)\s+)?(?:has\s+|had\s+|also\s+)*(?:reported|reports|said|says|quoted|"
                           r"quotes|cited|cites|learned|learnt|wrote|writes|carried|published|added)\b", re.I)


def _fold(name: str) -> str:
    return re.sub(r"^the\s+", "", name.lower().strip())


def _use(before: str, after: str) -> str:
    line = before.rpartition("\n")[2]
    if re.search(r"[(/\[]\s*$", before) or re.match(r"^\s*[)/\]]", after) \
            or len(line) < 40 and re.match(r"^\s*[-–—:|_]", after):
        return "dateline"
    return "credit" if _CREDIT_BEFORE.search(before) or _CREDIT_AFTER.match(after) else "other"


def census() -> list[dict]:
    media = {w: o for w, o in reference.organizations().by_word.items() if o.kind == "media"}
    rows = []
    for folder, gold_dir in SETS:
        for txt in sorted(folder.glob("*.txt")):
            gold_path = gold_dir / f"{txt.stem}.gold.json"
            if not gold_path.exists():
                continue
            gold = json.loads(gold_path.read_text())["organizations"]
            listed = {_fold(o["name"]) for o in gold} | {_fold(a) for o in gold for a in o.get("aliases", [])}
            doc = sources.load(txt)
            own = [f for forms in org_cues.publisher_forms(doc.publisher or "") for f in forms]
            words = {**{f: None for f in own}, **media}
            pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                                 + r")(?![\w-])(?!\s+[A-Z][a-z])")  # not the first words of a longer name
            for m in pattern.finditer(doc.text):
                org = words[m.group()]
                forms = {_fold(m.group())} | ({_fold(org.name), *map(_fold, org.aliases)} if org else set())
                before, after = doc.text[max(0, m.start() - 60):m.start()], doc.text[m.end():m.end() + 40]
                rows.append({"article": f"{folder.name}/{txt.stem}", "outlet": org.name if org else m.group(),
                             "listed": bool(forms & listed), "use": _use(before, after), "own": m.group() in own,
                             "context": (before + "[[" + m.group() + "]]" + after).replace("\n", " ")})
    return rows


def main() -> None:
    rows = census()
    pairs: dict[tuple[str, str], list[dict]] = {}
    for r in rows:
        pairs.setdefault((r["article"], r["outlet"]), []).append(r)
    counts = Counter()
    for found in pairs.values():
        uses = {r["use"] for r in found}
        use = "other" if "other" in uses else "credit" if "credit" in uses else "dateline"
        counts[(use, "own" if found[0]["own"] else "other outlet", found[0]["listed"])] += 1
    print("per report and outlet: use, whose, listed in gold -> count")
    for key in sorted(counts):
        print(" ", key, counts[key])
    if "--rows" in sys.argv:
        for r in rows:
            print(r["use"][:4], "own" if r["own"] else "   ", "G" if r["listed"] else "-", r["article"][:45], r["context"])


if __name__ == "__main__":
    main()
