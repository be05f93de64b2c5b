"""A census of one wording over a bank: the sentences that match a regex, split by whether a statement's evidence
covers them, with the reports and outlets of each side (x16stmtR).

    .venv/bin/python scripts/uncovered_census.py BANK_DIR REGEX [--missed] [--count]

--missed lists only the sentences no statement covers; --count groups the matches by the regex's first group (a
verb, say) and counts sentences, reports and outlets per group, most reports first. A shape earns a mechanism when
its missed sentences sit in >= 8 reports from >= 4 outlets (BENCHMARKS, fourteenth round).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg import sources  # noqa: E402
from kg.extract import sentences  # noqa: E402
from kg.extract.rules import RuleExtractor  # noqa: E402


def rows(bank: Path):
    """(report, outlet, sentence, covered) for every sentence of the bank."""
    extractor = RuleExtractor()
    for path in sources.discover([bank]):
        doc = sources.load(path)
        spans = [(e.start, e.end) for s in extractor.extract(doc).statements for e in s.support.evidence]
        for s in sentences.split(doc.text):
            yield path.name, doc.publisher, s.text, any(a < s.end and s.start < b for a, b in spans)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bank", type=Path)
    parser.add_argument("regex")
    parser.add_argument("--missed", action="store_true")
    parser.add_argument("--count", action="store_true")
    args = parser.parse_args()
    rx = re.compile(args.regex)
    sides = {True: [set(), set(), 0], False: [set(), set(), 0]}
    groups: dict[str, list] = defaultdict(lambda: [set(), set(), 0])
    for report, outlet, text, covered in rows(args.bank):
        m = rx.search(text)
        if not m or (args.missed and covered):
            continue
        side = sides[covered]
        side[0].add(report), side[1].add(outlet)
        side[2] += 1
        if args.count:
            g = groups[(m.group(1) if m.groups() else m.group()).lower()]
            g[0].add(report), g[1].add(outlet)
            g[2] += 1
        else:
            print(f"{'COV ' if covered else 'MISS'} {report[:40]:40} | {outlet[:20]:20} | {text[:200]}")
    for key, (reports, outlets, n) in sorted(groups.items(), key=lambda kv: -len(kv[1][0])):
        print(f"{len(reports):5} {len(outlets):5} {n:5}  {key}")
    for covered, (reports, outlets, n) in sides.items():
        print(f"{'covered' if covered else 'missed':8} sentences {n}, reports {len(reports)}, outlets {len(outlets)}")


if __name__ == "__main__":
    main()
