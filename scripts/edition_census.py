"""Census for x22edition: an event's numbered or sidelines edition ("the ninth Beijing Xiangshan Forum", "on the
sidelines of the Globsec Forum", "II Bilateral Defense Meeting") read as an organisation.

For every mention of the shape (an edition number or "sidelines of" before a capitalised run ending in an event or
body head) it prints: set, report, cue, name, head class (event: Forum/Dialogue/Summit/Meeting; body: Committee,
Commission, Council, Cabinet, ...), and on the studied sets whether the gold lists the name; on a bank, whether the
checkout's extractor emits an organisation inside the run. Studied sets only (eval_sets.STUDIED + corpora), never
judges or lead-only sets.

usage: python scripts/edition_census.py studied            (run from the worktree, PYTHONPATH=$PWD)
       python scripts/edition_census.py bank /work/bank78   (~20 s)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))
import bank_diff  # noqa: E402
import eval_sets  # noqa: E402

STUDIED = ["../shared/corpus", "../shared/corpus2", *(f"tests/data/{name}" for name in eval_sets.STUDIED)]
_ORDW = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
         "fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth")
_NUMBER = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|(?i:{_ORDW})|(?!I\s)[IVXL]{{1,6}}(?=\s+[A-Z]))"
_EVENT = r"(?:Forum|Dialogue|Summit|Meeting|Conference|Consultations?|Session|Talks|Exhibition|Congress)"
_BODY = r"(?:Commission|Committee|Council|Cabinet|Board|Assembly)"
SHAPE = re.compile(rf"(?P<cue>(?<![\w-]){_NUMBER}\s+(?:edition\s+of\s+(?:the\s+)?)?|sidelines\s+of\s+(?:the\s+)?"
                   rf"(?:{_NUMBER}\s+)?)(?P<name>(?:(?:[A-Z][\w’'.–-]*|and|of|the|on|for)\s+){{0,8}}?"
                   rf"(?P<head>{_EVENT}|{_BODY})(?:\s+(?P<tail>Meeting|Session))?)(?![\w-])")


def mentions(text: str):
    for m in SHAPE.finditer(text):
        if m.group("name")[0].isupper():
            kind = "body" if re.fullmatch(_BODY, m.group("head")) else "event"
            yield m, kind


def studied() -> None:
    tally: Counter = Counter()
    for folder in map(Path, STUDIED):
        for text_path in sorted(folder.glob("*.txt")):
            gold_path = text_path.with_name(text_path.name.replace(".txt", ".gold.json"))
            if not gold_path.exists():
                continue
            gold = json.loads(gold_path.read_text())
            names = {n.lower() for o in gold["organizations"] for n in [o["name"], *o.get("aliases", [])]}
            for m, kind in mentions(text_path.read_text()):
                name = m.group("name").lower()
                head = m.group("head").lower()  # "G7" listed is not "the G7 Summit" listed: the gold name must end in the head
                listed = any(name in n or (n in name and n.endswith(head)) for n in names if n)
                tally[kind, listed] += 1
                print(f"{folder.name:9} {text_path.name[:50]:50} {m.group('cue').strip():22} {m.group('name')!r:50} "
                      f"{kind:5} gold lists: {'yes' if listed else 'no'}")
    for kind in ("event", "body"):
        print(f"{kind}: gold lists {tally[kind, True]}, does not list {tally[kind, False]}")


def bank(folder: Path) -> None:
    facts = bank_diff.dump(folder)
    reports: dict[str, set[str]] = {"shape": set(), "emitted": set()}
    for text_path in sorted(folder.rglob("*.txt")):
        orgs = [f[1].rsplit(" [", 1)[0] for f in facts.get(text_path.name, []) if f[0] == "organizations"]
        for m, kind in mentions(text_path.read_text()):
            name = m.group("name")  # the event itself read as a body, not a body inside its name ("ASEAN" of "ASEAN Summit")
            emitted = [o for o in orgs if (o in name or name in o) and m.group("head") in o]
            reports["shape"].add(text_path.name)
            if emitted and kind == "event":
                reports["emitted"].add(text_path.name)
            print(f"{text_path.parent.name:3} {text_path.name[:55]:55} {m.group('cue').strip():22} "
                  f"{name!r:50} {kind:5} emitted: {emitted or '-'}")
    print(f"reports with the shape: {len(reports['shape'])}; with an event edition emitted as a body: "
          f"{len(reports['emitted'])}")


if __name__ == "__main__":
    if sys.argv[1] == "studied":
        studied()
    else:
        bank(Path(sys.argv[2]))
