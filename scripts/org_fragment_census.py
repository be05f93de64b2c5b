"""x18orgfrag: how often the organisation FRAGMENT/PLACE shapes occur, on the bank or the studied sets.

For every organisation mention the extractor finds, the words right around it in its sentence are matched against the
shapes of the family (a body's name cut out of a longer capitalised span, or a building read as a body):

  facility-after   "VPF Police [Headquarters]", "Central Police [Station]": a facility noun right after the name
  of-tail          "Chairman Chiefs of [Staff Committee]": the name starts right after "<Capitalised> of" (not a post's)
  post-glued       "[Director General Coast Guard]", "[Russian Defence Minister Army]": a post inside the name
  rank-after       "... Minister [Army] General X": a rank word right after a name that holds a post
  shouted-word     "STAYING": a bare acronym of five letters or more ending like an English word (-ING)
  continues        "[Rifle Company] Butterworth": another capitalised word (not a post, rank or facility) right after
  complement-cut   "[Democratic Forces] for the Liberation of Rwanda": an of/for complement of capitalised words right
                   after a name that did not take it (devbank, main before x18: 12 facts, 12 reports, 12 outlets;
                   after the x18 of-complement mechanism: 2)

A fact counts for a shape when every mention of the body in the report has the shape (else another mention carries it).
With gold beside the texts (studied sets), each fact says whether the gold records the body (G) or not (-).

usage: python scripts/org_fragment_census.py FOLDER [FOLDER ...] [--show SHAPE]
Never run it on judge or lead-only sets.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg import sources  # noqa: E402
from kg.extract import context, organizations, reference  # noqa: E402

_FACILITY = re.compile(r"^\s+(?:Headquarters|HQ|Station|Building|Camp|Base|Hall|Barracks|Compound|Complex|Premises|"
                       r"Garrison|House|Lines|Depot|Cantonment|Harbou?r|Airbase|Airfield)\b")
_RANK = re.compile(r"^\s+(?:General|Colonel|Lieutenant|Lt|Major|Captain|Brigadier|Admiral|Rear|Commodore|Col|Gen|Maj|"
                   r"Brig|Capt)\b")
_POSTISH = re.compile(r"^(?:Chief|Chiefs|Commander|Director|Head|Minister|Secretary|Chairman|Chair|President|"
                      r"Commissioner|Spokes\w+|Officer|Officials?|Inspector|Deputy|Commandant|Advis[eo]r|CEO|"
                      r"Undersecretary|Ambassador|MP|DG|IGP|Mr|Mrs|Ms|Dr|Executive|Permanent|Additional|Assistant|"
                      r"Senior|Liaison|Secretary-General|Director-General|Republic|Round|Session|Meeting)$")


def shapes(name: str, text: str, before: str, after: str, rule: str) -> list[str]:
    found = []
    if _FACILITY.match(after):
        found.append("facility-after")
    of = re.search(r"(?<![\w-])([A-Z][\w’'-]*)\s+of\s+$", before)
    joined = before[-40:] + text
    straddles = any(t.start() < len(before[-40:]) < t.end() for t in reference.titles().pattern.finditer(joined)) \
        or (of and re.match(r"Chiefs?$", of.group(1)) and text.startswith("Staff"))  # "Chiefs of [Staff Committee]"
    if of and (not _POSTISH.match(of.group(1)) or straddles) and rule in ("org/head-shape", "org/of-shape"):
        found.append("of-tail")
    posts = [t for t in reference.titles().pattern.finditer(text) if t.group() != "General"
             and not re.match(r"['’]s?\b", text[t.end():])]
    if posts and rule == "org/head-shape":
        found.append("post-glued")
    if posts and _RANK.match(after):
        found.append("rank-after")
    if rule == "org/bare-acronym" and re.fullmatch(r"[A-Z]{2,}ING", text):
        found.append("shouted-word")
    more = re.match(r"^\s+([A-Z][\w’'-]*)", after)
    if more and not _POSTISH.match(more.group(1)) and not _FACILITY.match(after) and not _RANK.match(after) \
            and rule == "org/head-shape":
        found.append("continues")
    if re.match(r"^\s+(?:of|for)\s+(?:the\s+)?[A-Z]", after) and rule != "org/of-shape" \
            and not re.fullmatch(r"[A-Z]{2,7}", text):
        found.append("complement-cut")
    return found


def census(folders: list[Path]) -> dict[str, list[dict]]:
    by_shape: dict[str, list[dict]] = defaultdict(list)
    for path in sources.discover(folders):
        gold_path = path.with_name(path.name.replace(".txt", ".gold.json"))
        gold = None
        if gold_path.exists():
            g = json.loads(gold_path.read_text())
            gold = {o["name"].lower() for o in g["organizations"]} | \
                   {a.lower() for o in g["organizations"] for a in o.get("aliases", [])}
        doc = sources.load(path)
        ctx = context.build(doc)
        organizations.find(ctx)
        mentions = defaultdict(list)
        for m in ctx.org_mentions:
            if m.key in ctx.organizations:
                mentions[m.key].append(m)
        for key, ms in mentions.items():
            org = ctx.organizations[key]
            per = []
            for m in ms:
                s = ctx.sentence_at(m.start)
                per.append(set(shapes(org.name, m.text, ctx.text[s.start:m.start], ctx.text[m.end:s.end],
                                      org.support.rule)))
            for shape in set.intersection(*per):
                m = ms[0]
                s = ctx.sentence_at(m.start)
                in_gold = None if gold is None else (org.name.lower() in gold
                                                     or any(a.lower() in gold for a in org.aliases))
                by_shape[shape].append(dict(doc=path.name, outlet=doc.publisher, name=org.name, gold=in_gold,
                                            context=f"{ctx.text[max(s.start, m.start - 50):m.start]}[[{m.text}]]"
                                                    f"{ctx.text[m.end:min(s.end, m.end + 30)]}"))
    return by_shape


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--show", help="list the facts of one shape")
    args = ap.parse_args()
    by_shape = census(args.folders)
    for shape in ("facility-after", "of-tail", "post-glued", "rank-after", "shouted-word", "continues",
                  "complement-cut"):
        rows = by_shape.get(shape, [])
        judged = [r for r in rows if r["gold"] is not None]
        gold = f", gold has {sum(r['gold'] for r in judged)} of {len(judged)}" if judged else ""
        print(f"{shape:15} facts {len(rows):3}  reports {len({r['doc'] for r in rows}):3}  "
              f"outlets {len({r['outlet'] for r in rows}):3}{gold}")
    for r in by_shape.get(args.show, []) if args.show else []:
        mark = "" if r["gold"] is None else ("G " if r["gold"] else "- ")
        print(f"  {mark}{r['name'][:45]:45} || {r['context']}".replace("\n", " "))


if __name__ == "__main__":
    main()
