"""Census of credits the speaker resolver gives up on, on a bank of unannotated reports (x15bspeakers).

Every call of kg.extract.speakers.resolve that answers None, in a sentence no extracted statement covers, is one
lost credit; its last words are classed into families by the shape of the credit (a pronoun, a plural group, a
definite post or body, a bare name, a name with words before its verb, ...) and counted in sentences, reports and
outlets (a family earns a mechanism at >= 8 reports from >= 4 outlets). Most "other" rows are no credit at all (a
noun such as "claims" or "states" read as a verb, a passive); read them with --list other.

    python scripts/speaker_census.py /work/devbank [--list FAMILY]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg import sources  # noqa: E402
from kg.extract import speakers, statements  # noqa: E402
from kg.extract.triggers import clause as trigger_clause  # noqa: E402  (reads resolve)
from kg.extract.triggers import driver as trigger_driver  # noqa: E402  (reads resolve)
from kg.extract.rules import RuleExtractor  # noqa: E402

_POST = (r"minister|president|premier|secretary|ambassador|chief|envoy|general|admiral|commander|leader|director|"
         r"head|chairman|governor")
_BODY = r"ministry|commission|council|agency|office|service|government|embassy|advisory|committee|army|police"
FAMILIES = [
    ("pronoun", re.compile(r"\b(?:he|she|it|they)$", re.IGNORECASE)),
    ("group", re.compile(r"\b(?:both|the two|the three|the heads of|the representatives|the parties|the sides)\b",
                         re.IGNORECASE)),
    ("spokesperson", re.compile(r"spokes(?:person|man|woman)|press service|media wing", re.IGNORECASE)),
    ("definite-post", re.compile(rf"^(?:the|The)\s+(?:[\w-]+\s+){{0,3}}(?:{_POST})s?$", re.IGNORECASE)),
    ("definite-body", re.compile(rf"^(?:the|The)\s+(?:[\w-]+\s+){{0,3}}(?:{_BODY})$", re.IGNORECASE)),
    ("body-with-tail", re.compile(rf"(?:{_BODY})\s+(?:in|of|at)\s+", re.IGNORECASE)),
    ("name-then-words", re.compile(r"^(?:[A-Z][\w.'’-]+\s+){1,4}(?:in|at|during|on|this|last|–|—)\s")),
    ("bare-name", re.compile(r"^(?:[A-Z][\w.'’-]+)(?:\s+[A-Z][\w.'’-]+){0,2}$")),
    ("document", re.compile(r"\b(?:statement|release|report|reports|letter|message|communiqu[eé]|document)$",
                            re.IGNORECASE)),
]


def _family(credit: str) -> str:
    last = re.split(r"[,;:“”\"()]", credit.strip(" ,"))[-1].strip()
    return next((name for name, shape in FAMILIES if shape.search(last)), "other")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bank", type=Path)
    parser.add_argument("--list", metavar="FAMILY", help="print every lost credit of that family")
    args = parser.parse_args()
    lost: list[tuple[int, int, str]] = []
    resolve = speakers.resolve

    def logged(ctx, start, end, memory, events, *, whole=False):
        speaker = resolve(ctx, start, end, memory, events, whole=whole)
        if speaker is None:
            lost.append((start, end, ctx.text[max(start, end - 80):end].replace("\n", " ")))
        return speaker

    statements.resolve = trigger_clause.resolve = trigger_driver.resolve = logged
    extractor = RuleExtractor()
    rows: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for path in sorted(args.bank.glob("*.txt")):
        try:
            doc = sources.load(path)
        except Exception:  # a report still being written
            continue
        lost.clear()
        ex = extractor.extract(doc)
        spans = [(e.start, e.end) for s in ex.statements for e in s.support.evidence]
        seen: set[int] = set()
        for _start, end, credit in lost:
            if end in seen or any(a <= end <= b for a, b in spans):
                continue
            seen.add(end)
            verb = doc.text[end:end + 40].replace("\n", " ")
            rows[_family(credit)].append((path.name, doc.publisher or doc.url, credit, verb))
    print(f"{'family':16} {'credits':>7} {'reports':>7} {'outlets':>7}")
    for name, found in sorted(rows.items(), key=lambda kv: -len({r[0] for r in kv[1]})):
        print(f"{name:16} {len(found):7} {len({r[0] for r in found}):7} {len({r[1] for r in found}):7}")
    for path, outlet, credit, verb in rows.get(args.list or "", []):
        print(f"  {path[:34]:34} | {outlet[:20]:20} | {credit[-60:]:>60} | {verb}")


if __name__ == "__main__":
    main()
