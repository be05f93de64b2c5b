"""Why a bank sentence gives no statement (x18uncovered): for each sentence no statement covers, the trigger rows that
found something (kg.extract.triggers.TRIGGERS), the veto that rejected it (statement_vetoes.VETOES), every credit
phrase the rows tried to resolve and what it resolved to (None: no speaker), and the verb conditions that failed
(reporting.NEEDS; anywhere in the report, as the condition does not know where it is asked).

    .venv/bin/python scripts/uncovered_trace.py BANK_DIR REGEX [--sample N] [--seed S]

REGEX picks the sentences (as in scripts/uncovered_census.py); --sample draws N of the missed ones (random.Random(S)).
The hooks are installed in this process only; the extractor is untouched.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg import sources  # noqa: E402
from kg.extract import reporting, sentences, statement_vetoes, triggers  # noqa: E402
from kg.extract.triggers import driver as trigger_driver  # noqa: E402  (reads TRIGGERS)
from kg.extract.rules import RuleExtractor  # noqa: E402

LOG: list[str] = []
WATCH = {"start": -1}


def _hook() -> None:
    def wrap_trigger(name, f):
        def g(c):
            found = f(c)
            if found and c.s.start == WATCH["start"]:
                LOG.append(f"  T {name}: {found.speaker.kind}:{found.speaker.label!r} words={found.words[:100]!r}")
            return found
        return g

    def wrap_veto(name, f):
        def g(c, found):
            hit = f(c, found)
            if hit and c.s.start == WATCH["start"]:
                LOG.append(f"  V {name} vetoed {found.rule}")
            return hit
        return g

    credit = triggers.Clause.credit

    def traced_credit(self, start, end, *, whole=False):
        speaker = credit(self, start, end, whole=whole)
        if self.s.start == WATCH["start"]:
            LOG.append(f"    credit {self.text[start:end][-70:]!r} -> {speaker and (speaker.kind, speaker.label)}")
        return speaker

    complement_ok = reporting.complement_ok

    def traced_complement(word, rest):
        ok = complement_ok(word, rest)
        if not ok and WATCH["start"] >= 0:
            LOG.append(f"    condition-failed (in the report) {word!r} {rest[:50]!r}")
        return ok

    trigger_driver.TRIGGERS = tuple((n, wrap_trigger(n, f)) for n, f in trigger_driver.TRIGGERS)
    statement_vetoes.VETOES = tuple((n, wrap_veto(n, f)) for n, f in statement_vetoes.VETOES)
    triggers.Clause.credit = traced_credit
    reporting.complement_ok = traced_complement


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bank", type=Path)
    parser.add_argument("regex")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args()
    rx = re.compile(args.regex)
    extractor = RuleExtractor()
    missed = []
    for path in sources.discover([args.bank]):
        doc = sources.load(path)
        spans = [(e.start, e.end) for s in extractor.extract(doc).statements for e in s.support.evidence]
        missed += [(path, s) for s in sentences.split(doc.text)
                   if rx.search(s.text) and not any(a < s.end and s.start < b for a, b in spans)]
    if args.sample:
        missed = random.Random(args.seed).sample(missed, min(args.sample, len(missed)))
    _hook()
    for i, (path, s) in enumerate(missed):
        LOG.clear()
        WATCH["start"] = s.start
        extractor.extract(sources.load(path))
        WATCH["start"] = -1
        print(f"{i} {path.name[:40]} | {s.text[:300]}")
        print("\n".join(LOG) or "  (no row found anything)")


if __name__ == "__main__":
    main()
