"""Census of threat-like phrases the extractor leaves out, over a bank of reports (x19threatlex).

    threat_census.py cues  DUMP.json BANK [--sample N --seed S]   objects of "combat/fight/tackle/counter/curb/prevent/
                                                                   address ...", "the threat(s) of/posed by", "the menace
                                                                   of", "challenges such as ..."
    threat_census.py lists DUMP.json BANK [--sample N --seed S]   list items next to a recorded threat ("terrorism, X
                                                                   and Y")
    threat_census.py count DUMP.json BANK NAME=REGEX ...          reports / outlets / mentions of each wording family,
                                                                   and how many mentions a recorded wording holds

DUMP.json is `scripts/bank_diff.py dump BANK DUMP.json` of the code under study. A phrase counts as recorded when any
threat the dump records for the same REPORT (the extractor keeps one fact per concern, whichever sentence named it
first) shares its wording or its head word. Print-out only: classing each sampled item (a real security concern
missing / not a threat / recorded under another wording) is the reader's job.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
from pathlib import Path

_CUE = re.compile(r"\b(?:combat(?:ing|ting|s)?|(?:fight|fighting|struggle|war|campaign)s? against|fight(?:ing|s)?|"
                  r"tackl(?:e|ing|es)|counter(?:ing|s)?|curb(?:ing|s)?|prevent(?:ing|s|ion of)?|address(?:ing|es)?|"
                  r"eradicat(?:e|ing)|stem(?:ming)?|crack(?:ing)? down on|crackdown on|threats? (?:of|posed by)|"
                  r"menace of|scourge of|(?:challenges?|threats?) (?:such as|including|like))\s+(?:the\s+|a\s+|an\s+)?")
_OBJECT_END = re.compile(r"[.;:()\"“”]|,\s|\s(?:from|across|into|through|by|with|along|via|at|on|in|to|over|between|"
                         r"that|which|who|while|among|within|as|for|is|are|was|were|has|have|will|would|could)\b")
_LIST_SPLIT = re.compile(r"\s*[,;]\s*(?:and\s+|or\s+|as well as\s+)?|\s+(?:and|or|as well as)\s+")
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])|\n+")


def _reports(dump: Path, bank: Path):
    facts = json.loads(dump.read_text())
    for path in sorted(bank.glob("*.txt")):
        text = path.read_text()
        outlet = re.search(r"^publisher:\s*(.*)$", text, re.M)
        threats = [f for f in facts.get(path.name, []) if f[0] == "threats"]
        yield path.name, outlet.group(1).strip() if outlet else "?", text.split("---", 2)[-1], threats


def _recorded(phrase: str, wordings: list[str]) -> bool:
    low = phrase.lower()
    head = re.findall(r"[a-z]{4,}", low)[-1:] if re.search(r"[a-z]{4,}", low) else []
    return any(w in low or low in w or any(h in w for h in head) for w in wordings if w)


def cues(dump: Path, bank: Path) -> list[dict]:
    rows = []
    for name, outlet, body, threats in _reports(dump, bank):
        wordings = [f[1].split(": ", 1)[-1].lower() for f in threats]
        for sentence in _SENTENCES.split(body):
            for m in _CUE.finditer(sentence):
                rest = sentence[m.end():]
                end = _OBJECT_END.search(rest)
                obj = " ".join(rest[:end.start() if end else len(rest)].split()[:6])
                if obj and re.match(r"[a-z]", obj):
                    rows.append(dict(report=name, outlet=outlet, cue=m.group(0).strip(), item=obj,
                                     recorded=_recorded(obj, wordings), sentence=sentence.strip()))
    return rows


def lists(dump: Path, bank: Path) -> list[dict]:
    rows = []
    for name, outlet, _, threats in _reports(dump, bank):
        wordings = [f[1].split(": ", 1)[-1].lower() for f in threats]
        for sentence in {f[3] for f in threats}:
            items = _LIST_SPLIT.split(sentence)
            flags = [any(w in i.lower() for w in wordings) for i in items]
            for k, item in enumerate(items):
                near = (k and flags[k - 1]) or (k + 1 < len(items) and flags[k + 1])
                if not flags[k] and near and 1 <= len(item.split()) <= 5 and re.match(r"[a-z]", item):
                    rows.append(dict(report=name, outlet=outlet, cue="list", item=item.strip(" ."),
                                     recorded=_recorded(item, wordings), sentence=sentence))
    return rows


def count(dump: Path, bank: Path, families: list[str]) -> None:
    pats = {k: re.compile(v, re.I) for k, v in (f.split("=", 1) for f in families)}
    stats = {k: (set(), set(), collections.Counter(), collections.Counter()) for k in pats}
    for name, outlet, body, threats in _reports(dump, bank):
        wordings = " | ".join(f[1].lower() for f in threats)
        for k, pat in pats.items():
            for m in pat.finditer(body):
                reports, outlets, seen, held = stats[k]
                reports.add(name), outlets.add(outlet)
                seen[m.group(0).lower()] += 1
                held[m.group(0).lower()] += m.group(0).lower() in wordings
    for k, (reports, outlets, seen, held) in stats.items():
        print(f"{k:24} reports={len(reports):3} outlets={len(outlets):3} mentions={sum(seen.values()):3} "
              f"in-a-recorded-wording={sum(held.values()):3}  {seen.most_common(6)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["cues", "lists", "count"])
    parser.add_argument("dump", type=Path)
    parser.add_argument("bank", type=Path)
    parser.add_argument("families", nargs="*", help="count: NAME=REGEX")
    parser.add_argument("--sample", type=int, default=70)
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    if args.mode == "count":
        count(args.dump, args.bank, args.families)
        return
    rows = (cues if args.mode == "cues" else lists)(args.dump, args.bank)
    missing = [r for r in rows if not r["recorded"]]
    print(f"{len(rows)} items, {len(missing)} with no threat of the report holding them")
    for i, r in enumerate(random.Random(args.seed).sample(missing, min(args.sample, len(missing)))):
        k = r["sentence"].find(r["item"])
        context = r["sentence"][max(0, k - 100):k + 100].replace("\n", " ")
        print(f"{i:3} | {r['cue']} => {r['item']} || {context} | {r['report'][:30]} ({r['outlet'][:20]})")


if __name__ == "__main__":
    main()
