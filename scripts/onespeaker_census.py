"""A census of ONE speaker's sentences that yield no statement (x20onespeaker): sentences that open (after an optional
lead-in: "For his part,", "During the talks,", "On Monday,") with one named, described or pronoun subject ("Minister
X", "The Thai deputy premier", "Indonesia's president-elect", "He") and a verb of reporting, stance or courtesy
(said, expressed, lauded, pointed to, made it clear, briefed ...), split by whether a statement of the bank dump
covers them, counted per verb by sentences, reports and outlets. Joint subjects ("both sides", "the ministers", "A
and B") are left out: several speakers' courtesies are not the convention (x19courtesy: 1 of 13).

    .venv/bin/python scripts/bank_diff.py dump /work/devbank BASE.json
    .venv/bin/python scripts/onespeaker_census.py /work/devbank BASE.json [--sample 40] [--seed 20] [--acts]

--sample draws N uncovered sentences (random.Random(seed)) to class by hand; --acts keeps the verbs of acts
(discussed, invited, spoke, agreed, presented, sought), left out by default. A shape earns a mechanism when its missed
sentences sit in >= 8 reports from >= 4 outlets.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg import sources  # noqa: E402
from kg.extract import sentences  # noqa: E402

VERBS = (r"pointed\s+to|points\s+to|made\s+it\s+clear|makes\s+it\s+clear|made\s+clear|advanced|boasted|boasts|assessed|"
         r"detailed|extended|briefed|recogni[sz]ed|congratulated|lauded|expressed|conveyed|vowed|acknowledged|"
         r"appreciated|praised|commended|hailed|welcomed|thanked|reiterated|reaffirmed|stressed|emphasi[sz]ed|"
         r"underlined|highlighted|noted|said|urged|called\s+for|called\s+on|assured|affirmed|added|told|informed|"
         r"pledged|promised|underscored|voiced|observed|explained|asserted|insisted|warned|maintained|suggested|"
         r"proposed|outlined|described|mentioned|indicated|remarked|lamented|regretted|shared|offered|raised|sought|"
         r"invited|agreed|recalled|encouraged|condemned|denounced|rejected|reassured|reminded|spoke|discussed|"
         r"presented|signall?ed")
ACTS = frozenset(("discussed", "invited", "spoke", "agreed", "presented", "sought"))
LEAD = (r"(?:(?:For\s+(?:his|her)\s+part|In\s+(?:his|her)\s+(?:remarks|speech|address|turn)|On\s+\w+|Meanwhile|Also|"
        r"Furthermore|Moreover|Separately|During\s+[^,]{1,60}|At\s+[^,]{1,60}|Speaking\s+[^,]{1,60}),\s+)?")
POST = (r"(?:minister|president|premier|chancellor|secretary|chief|commander|general|admiral|ambassador|envoy|chairman|"
        r"chair|head|leader|director|spokesperson|spokesman|dignitary|official|governor|king|emir|prince|counterpart|"
        r"marshal|adviser|advisor|prime\s+minister)")
SUBJECT = (rf"(?P<subj>(?:He|She)|(?:The|His|Her|[A-Z][\w’'-]+['’]s)\s+(?:[\w’'-]+\s+){{0,5}}?{POST}"
           rf"(?:\s+of\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}})?|(?:[A-Z][\w’'.-]+\s+){{0,6}}[A-Z][\w’'.-]+)")
OPENING = re.compile(rf"^{LEAD}{SUBJECT}(?:,\s+(?:on\s+behalf\s+of|a|an|the|who)\s[^,]{{2,90}},)?"
                     rf"(?:\s+(?:also|further|then|later|again|once\s+again|particularly|specifically|strongly|warmly|"
                     rf"firmly|has|had|have))*\s+(?P<verb>{VERBS})\b", re.IGNORECASE)
JOINT = re.compile(r"\b(?:both|two|sides|ministers|leaders|delegations|they|parties|counterparts|presidents|officials|"
                   r"we|delegation)\b|\s(?:and|&)\s", re.IGNORECASE)


def rows(bank: Path, dump: dict[str, list[list[str]]]):
    """One row per one-speaker sentence: report, outlet, subject, verb, covered by a statement, text."""
    for path in sources.discover([bank]):
        doc = sources.load(path)
        said = [f[3] for f in dump.get(path.name, []) if f[0] == "statements" and f[3]]
        for s in sentences.split(doc.text):
            t = s.text.strip()
            m = OPENING.match(t)
            if not m or JOINT.search(m.group("subj")):
                continue
            if m.group("subj").split()[0].lower() in ("the", "this", "it", "in", "on", "a", "during") and \
                    not re.search(POST + r"\b", m.group("subj"), re.IGNORECASE):
                continue  # "The agreement", "This step": no person
            covered = any(x.strip()[:60] in t or t[:60] in x for x in said)
            yield dict(report=path.name, outlet=doc.publisher, subj=m.group("subj"),
                       verb=re.sub(r"\s+", " ", m.group("verb").lower()), covered=covered, text=t)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bank", type=Path)
    ap.add_argument("dump", type=Path)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--acts", action="store_true")
    a = ap.parse_args()
    found = [r for r in rows(a.bank, json.loads(a.dump.read_text())) if a.acts or r["verb"] not in ACTS]
    missed = [r for r in found if not r["covered"]]
    print(f"one-speaker sentences {len(found)}, no statement {len(missed)} in {len({r['report'] for r in missed})} "
          f"reports, {len({r['outlet'] for r in missed})} outlets")
    by_verb = defaultdict(list)
    for r in missed:
        by_verb[r["verb"]].append(r)
    for verb, rs in sorted(by_verb.items(), key=lambda kv: -len({r["report"] for r in kv[1]})):
        total = sum(1 for r in found if r["verb"] == verb)
        print(f"  {verb:15s} missed {len(rs):3d} of {total:3d}  reports {len({r['report'] for r in rs}):3d}  "
              f"outlets {len({r['outlet'] for r in rs}):3d}")
    for i, r in enumerate(random.Random(a.seed).sample(missed, min(a.sample, len(missed))), 1):
        print(f"{i:2d} {r['report']} | {r['subj']} | {r['verb']} | {r['text'][:300]}")


if __name__ == "__main__":
    main()
