"""x24forspeaker census (no extractor change): how often credits the statement layer does not read occur — "For X,
...", "In X's view", "X's view is that", a credit set off by dashes inside a quotation, a credit on the line after a
quotation, "according to X" with no comma before it — in the studied sets (with the gold statements whose keywords the
sentence holds) and in the bank (with the statements the base dump already credits there).

    .venv/bin/python scripts/forspeaker_census.py studied
    .venv/bin/python scripts/forspeaker_census.py bank /work/bank789 /work/notes/bank789-tip23.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_VERB = (r"(?:said|added|noted|stressed|explained|insisted|underlined|warned|continued|affirmed|assured|declared|"
         r"pointed\s+out|emphasi[sz]ed|according\s+to|recalled|indicated)")
SHAPES = {
    "for-x": re.compile(r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))For\s+(?!(?:his|her|its|their|our|my)\s+part\b|example|instance|"
                        r"now|years|decades|months|days|weeks|the\s+(?:first|time|moment|past|last|next)|that|this|more|"
                        r"some|many|a\s|an\s|\d)(?P<who>[^,\n“]{2,70}?)(?:,|\s+(?:it|this|that)\s+(?:is|was)\b)"),
    "view": re.compile(r"\b[Ii]n\s+(?:the\s+)?(?:view|opinion|words|assessment|estimation)\s+of\s+\S|"
                       r"\b[Ii]n\s+(?:[A-Z][\w’'-]*\s+){1,4}(?:[’']s?)\s+(?:view|opinion|assessment|estimation)\b|"
                       r"[’']s\s+(?:view|position|opinion|assessment)\s+(?:is|was)\s+that\b|"
                       r"\b[Ii]n\s+(?:his|her|their|its)\s+(?:view|opinion|words|assessment|estimation)\b"),
    "dash-credit": re.compile(rf"(?:[–—]|\s-\s|--)\s*{_VERB}\s+[^–—\n]{{2,80}}?\s*(?:[–—]|\s-\s|--)"),
    "quote-nl-credit": re.compile(r"[”\"]\s*\n+\s*(?:(?:said|added|stressed|noted|explained|insisted|underlined|"
                                  r"emphasi[sz]ed|concluded)\s+[^.\n]{2,60}\.\s*(?:\[[^\]]*\])?\s*$|"
                                  r"(?:[A-Z][\w.’'-]*\s+){1,5}(?:said|added|stressed|noted|explained|insisted|underlined|"
                                  r"emphasi[sz]ed|concluded)\.\s*$)", re.M),
    "acc-nocomma": re.compile(r"[a-z0-9]\s+according\s+to\s+[A-Za-z]"),
}


def _sentence(text: str, m: re.Match[str]) -> str:
    a = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
    e = text.find("\n", m.end())
    return text[a:len(text) if e < 0 else e].strip()


def studied() -> None:
    sys.path.insert(0, str(REPO))
    from scripts.eval_sets import STUDIED
    dirs = [REPO.parent / "shared" / "corpus", REPO.parent / "shared" / "corpus2"] + [REPO / "tests" / "data" / n for n in STUDIED]
    for d in dirs:
        for p in sorted(d.glob("*.txt")):
            gold_file = p.with_name(p.stem + ".gold.json")
            gold = json.loads(gold_file.read_text()) if gold_file.exists() else {}
            text = p.read_text()
            for name, rx in SHAPES.items():
                for m in rx.finditer(text):
                    sent = _sentence(text, m)
                    credited = [(s["by"], s["keywords"]) for s in gold.get("statements", [])
                                if any(k.lower()[:6] in sent.lower() for k in s["keywords"])]
                    print(f"{name} | {d.name}/{p.name}\n  S: {sent[:300]}\n  gold: {credited}")


def bank(folder: Path, dump: Path) -> None:
    base = json.loads(dump.read_text())
    for name, rx in SHAPES.items():
        hits = []
        for p in sorted(folder.glob("*/*.txt")):
            text = p.read_text()
            for m in rx.finditer(text):
                sent = _sentence(text, m)
                ours = [f[1][:110] + " | " + f[2] for f in base.get(p.name, []) if f[0] == "statements" and f[3]
                        and (f[3].strip()[:40] in sent or sent[:40] in f[3])]
                hits.append((p.name, p.stem.rsplit("-", 1)[-1], sent[:300], ours))
        print(f"##### {name}: {len(hits)} hits, {len({h[0] for h in hits})} reports, {len({h[1] for h in hits})} outlets")
        for report, _outlet, sent, ours in hits:
            print(f"-- {report}\n   S: {sent}\n   base: {ours}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["bank"]:
        bank(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        studied()
