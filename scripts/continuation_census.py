"""Census of statement-continuation shapes on a bank of unannotated reports (x15quote).

For each family of wordings that continue or credit a speaker's words (a role noun as subject, "He added ...",
"the statement read", a bare quotation paragraph), how many sentences of the bank carry it, how many of them an
extracted statement covers, and in how many reports and outlets the rest fall (a family earns a mechanism at >= 8
reports from >= 4 outlets). Then every quotation of 5+ words no statement's text holds, by where it sits in its
paragraph (bare paragraph, opening a paragraph, inside a sentence), with its surroundings to read.

    python scripts/continuation_census.py /work/devbank [--list FAMILY|bare-para|opens-para|inside]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg import sources  # noqa: E402
from kg.extract.credits import quotations  # noqa: E402
from kg.extract.reporting import finite  # noqa: E402
from kg.extract.rules import RuleExtractor  # noqa: E402

_V = finite(stance=False)
_POST = (r"minister|president|premier|secretary|ambassador|chief|envoy|general|admiral|commander|spokesperson|"
         r"spokesman|official|leader|chairman|governor|director")
FAMILIES = {
    # "The Union Minister further stressed that ...", "..., the minister noted."
    "role-subject": re.compile(rf"(?:^|[.;]\s+|,\s+)[Tt]he\s+(?:[\w-]+\s+){{0,3}}(?:{_POST})\s+"
                               rf"(?:(?:also|further|then|later)\s+)?(?:{_V})\b"),
    "he-added": re.compile(r"^\s*(?:He|She)\s+(?:also\s+|further\s+)?(?:added|noted|stressed|said|emphasi[sz]ed|highlighted|"
                           r"pointed out|underlined|underscored|reiterated|observed|remarked|explained|urged|called)\b"),
    "post-read": re.compile(r"\b(?:the|his|her)\s+(?:post|tweet|message|statement|letter)\s+(?:read|reads|said|says|stated)\b",
                            re.IGNORECASE),
    "quote-para": re.compile(r"^\s*[“\"][^“”\"]{20,}[”\"]?\s*$"),
}
_SENTENCE = re.compile(r"(?<=[.!?”\"])\s+(?=[“\"A-Z])|\n+")


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _where(text: str, qs: int, qe: int) -> str:
    line_start = text.rfind("\n", 0, qs) + 1
    line_end = text.find("\n", qe)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:qs - 1].strip():
        return "inside"
    return "bare-para" if re.fullmatch(r"[”\"’.,\s…]*", text[qe + 1:line_end]) else "opens-para"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("bank", type=Path)
    ap.add_argument("--list", default=None, help="print the uncovered cases of one family or quotation place")
    args = ap.parse_args()
    extractor = RuleExtractor()
    seen: dict[str, list] = defaultdict(lambda: [0, 0, set(), set()])  # sentences, covered, reports, outlets
    listed = []
    for path in sorted(args.bank.glob("*.txt")):
        text = path.read_text()
        outlet = re.search(r"^publisher:\s*(.*)$", text, re.M)
        outlet = outlet.group(1) if outlet else path.name
        statements = extractor.extract(sources.load(path)).statements
        covered_text = _norm(" ".join(s.text for s in statements))
        covered_sentences = " ".join(x.text for s in statements for x in s.support.evidence) \
            if statements and hasattr(statements[0].support, "evidence") else ""
        body = text.split("\n---\n", 1)[-1]
        for sentence in filter(str.strip, _SENTENCE.split(body)):
            for name, rx in FAMILIES.items():
                if rx.search(sentence):
                    row = seen[name]
                    row[0] += 1
                    hit = _norm(sentence)[:50] in covered_text or sentence.strip()[:60] in covered_sentences
                    row[1] += hit
                    if not hit:
                        row[2].add(path.name)
                        row[3].add(outlet)
                        if args.list == name:
                            listed.append((path.name[:6], sentence.strip()[:220]))
        for qs, qe, quote in quotations(text):
            if len(quote.split()) < 5 or _norm(quote)[:40] in covered_text:
                continue
            place = _where(text, qs, qe)
            row = seen[f"quotation:{place}"]
            row[0] += 1
            row[2].add(path.name)
            row[3].add(outlet)
            if args.list == place:
                line_start = text.rfind("\n", 0, qs) + 1
                listed.append((path.name[:6], text[line_start:qe + 120].split("\n")[0][:260]))
    print(f"{'family':24} {'sentences':>9} {'covered':>8} {'missed in reports':>18} {'outlets':>8}")
    for name, (n, hit, reports, outlets) in seen.items():
        print(f"{name:24} {n:>9} {hit if not name.startswith('quotation') else '-':>8} {len(reports):>18} {len(outlets):>8}")
    for row in listed:
        print(" | ".join(row))


if __name__ == "__main__":
    main()
