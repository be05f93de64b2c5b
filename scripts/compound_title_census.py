"""x23compound census: one title word naming a pair of remits ("Minister of Defence and Interior", "Home Affairs and
Immigration Minister"): do the golds keep the pair as one role, or give two posts?

    .venv/bin/python scripts/compound_title_census.py                # studied golds: whole vs split, with the text
    .venv/bin/python scripts/compound_title_census.py --bank DIR     # every such mention in a bank, to judge by eye

A gold role is "whole" when its remit holds "and" under one title word; a gold person is "split" when two of their
roles share the title word and differ only in the remit ("Minister of Defense", "Minister of Interior"). Mentions in a
text are the title word, of/for and a remit pair, or a remit pair (its first half a word of the posts' field table)
before "Minister"/"Secretary"; a pair whose second half is itself a title ("Minister of Justice and Attorney General")
is two posts the chains already split, and is left out. Whether a pair is one ministry's own name or two ministries
is read by eye: the reference data names no compound ministry (data/reference/organizations.tsv).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.extract import reference  # noqa: E402
from kg.extract.posts.patterns import _FIELDS  # noqa: E402

STUDIED = [REPO.parent / "shared" / n for n in ("corpus", "corpus2")] + [
    REPO / "tests" / "data" / n
    for n in ["heldout", "heldout2"] + [f"blind{i}" for i in (4, 5, 6, 7, 8, 9, 10, 11, 12, 14)]]
_WORD = r"[A-Z][\w'’-]*"
_REMIT = rf"(?:the )?{_WORD}(?: (?:of (?:the )?)?{_WORD})*"
_HEADS = r"(?:Minister|Secretary|Commissioner|Undersecretary|Under[- ]Secretary)"
AFTER = re.compile(rf"\b{_HEADS} (?:of|for) {_REMIT}(?:, {_REMIT})* (?:and|&) {_REMIT}")
BEFORE = re.compile(rf"\b{_WORD}(?: {_WORD})? (?:and|&) {_WORD}(?: {_WORD})? {_HEADS}\b")
_REMIT_PAIR = re.compile(r"\b(?:of|for)\b.* \band\b|\band\b.* (?:minister|secretary|commissioner)$", re.I)
_GRADES = re.compile(r"\b(?:Deputy|Acting|Prime|Vice|Senior|Coordinating|Assistant|Mr|Mrs|Ms)\b")


def _two_posts(mention: str) -> bool:
    """"Minister of Justice and Attorney General", "Rutte and Belgian Prime Minister": two posts (or a name and a post),
    not one remit pair; "Minister of Trinidad and Tobago": a state, not a remit."""
    first, rest = re.split(r" (?:and|&) ", mention, maxsplit=1)
    if BEFORE.fullmatch(mention):
        head = mention.split()[-1]
        rest = rest[: -len(head)].strip()
        # the first half must be remit words of the posts' field table ("Interior", "Home Affairs"), not a name
        if not (re.fullmatch(_FIELDS, first.split()[-1]) or first.split()[-1] in ("Investment", "Investments")):
            return True
    pair = first.split()[-1] + " and " + rest
    return bool(reference.titles().pattern.search(rest) or _GRADES.search(rest) or "'s" in rest or "’s" in rest
                or reference.countries().pattern.search(rest) or reference.countries().pattern.match(pair))


def mentions(text: str) -> list[str]:
    found = [m.group() for rx in (AFTER, BEFORE) for m in rx.finditer(text.replace("\n", " "))]
    return [m for m in found if not _two_posts(m)]


def _remit(role: str) -> tuple[str, str] | None:
    m = re.match(r"(.*?\b(?:minister|secretary|commissioner))\s+(?:of|for)\s+(.+)", role, re.I)
    return (m.group(1).lower(), m.group(2).lower()) if m else None


def studied() -> None:
    whole, split = [], []
    for folder in STUDIED:
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text())
            for person in gold.get("people", []):
                roles = [r for r in person.get("roles") or [] if r]
                whole += [(gold_path.name, person["name"], r) for r in roles if _REMIT_PAIR.search(r)]
                remits = [x for x in map(_remit, roles) if x]
                heads = [h for h, _ in remits]
                if any(heads.count(h) > 1 for h in heads):
                    split.append((gold_path.name, person["name"], roles))
    print(f"gold roles kept whole (one title word over a remit pair): {len(whole)}")
    for name, person, role in whole:
        print(f"  {name[:60]:60s} {person}: {role}")
    print(f"gold people given two posts with one title word: {len(split)}")
    for name, person, roles in split:
        print(f"  {name[:60]:60s} {person}: {roles}")
    print("text mentions (studied texts):")
    for folder in STUDIED:
        for text_path in sorted(folder.glob("*.txt")):
            for m in mentions(text_path.read_text()):
                print(f"  {text_path.name[:60]:60s} {m}")


def bank(folder: Path) -> None:
    n, reports = 0, set()
    for text_path in sorted(folder.rglob("*.txt")):
        for m in mentions(text_path.read_text()):
            n += 1
            reports.add(text_path.name)
            print(f"  {text_path.name[:60]:60s} {m}")
    print(f"{n} mentions in {len(reports)} reports")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bank", type=Path, help="a bank folder (subfolders read)")
    args = parser.parse_args()
    bank(args.bank) if args.bank else studied()


if __name__ == "__main__":
    main()
