"""Census of a bank dump's meetings by the shapes precision errors take (round 14, branch x14meet).

    python scripts/meeting_census.py BANK_DIR DUMP.json [--sample N --seed S] [--family F]

DUMP.json comes from `scripts/bank_diff.py dump BANK_DIR DUMP.json`. Each family lists the meeting facts of that shape
with the number of reports and outlets it covers, so a mechanism can be tested against the >= 8 reports / >= 4 outlets
bar before it is built. A shape is not an error: the listed facts are to be judged by hand.

Families:
  lone        a meeting, talks, call or summit (not a visit) with one named participant (the golds record one-person
              occasions almost only as visits: 35 visits, 9 meetings/summits, no talks or calls)
  unnamed     a participant whose name is not in the fact's first evidence sentence (carried from elsewhere)
  carried     a date that no date expression of the evidence sentence gives (the lead's, a visit's, the dateline's)
  journey     a non-visit occasion dated with a day the report names as an arrival, departure, start or end
  report      dated with a day a reporting verb that lead.ATTRIBUTION_DATE misses (or reaches past) governs
              ("revealed on Wednesday", "said in an emailed statement Wednesday")        (round 14 wave 2, x14bmeet)
  anchored    a sentence with a day counted from another day ("four days before the Tuesday meeting")
  event       dated with a day that another event noun holds (a launch, test, clash, attack, strike, firing), in the
              evidence sentence or, for a carried date, anywhere in the report
  adverbial   a sentence "X, meanwhile, discussed ... in a call with Y" (a subject before an adverbial) whose
              meeting lacks X (or has no meeting)
  hypothetical  an occasion the evidence calls potential/possible/proposed/eventual, or only an invitation
              ("exchanged invitations", "invited X to visit")                              (round 15 wave 2, x15bmeet)
  mentioned   a participant the report names as a patron ("under the patronage of X"), a predecessor ("succeed X",
              "X's predecessor", "the late X") or a speaker about the occasion ("according to X")
  merged      an evidence sentence that tells a second occasion apart ("the day before", "separately", "earlier
              that day"): two occasions read as one
  thing       a receive/welcome/meet verb whose object is a thing ("receive Rak mortars", "welcomed X's remarks",
              "was met with rejection")
  partner     a lone occasion (as `lone`) whose evidence names a second person-like name the fact lacks (people
              recall or the participant finder), split by whether the report's people facts hold that name
  sample      a seeded sample of meetings with their outlet and publication day, to judge by hand
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from pathlib import Path

from kg.extract import dates as dates_mod

_JOURNEY = re.compile(r"\b(?:arrived|arrives|arrival|landed|departed|left|leaves|beginning|began|begins|starting|"
                      r"started|starts|ended|ends|ending|concluded|concluding|wrapped up)\b")


def _header(text: str, field: str) -> str:
    m = re.search(rf"^{field}: (.*)$", text, re.MULTILINE)
    return m.group(1).strip() if m else ""


def _parse(fact: str) -> tuple[str, list[str], str]:
    kind, rest = fact.split(": ", 1)
    fields = rest.split(" | ")
    return kind, [p for p in fields[0].split(", ") if p], fields[1].strip() if len(fields) > 1 else ""


def _lone(fact, sentence, ctx) -> bool:
    kind, people, _ = _parse(fact)
    return kind != "visit" and len(people) == 1


def _unnamed(fact, sentence, ctx) -> bool:
    _, people, _ = _parse(fact)
    return any(not any(w in sentence for w in p.split() if len(w) > 3) for p in people)


def _carried(fact, sentence, ctx) -> bool:
    _, _, date = _parse(fact)
    return bool(date) and not any(str(d.date) == date for d in dates_mod.find(sentence, published=ctx["published"]))


def _journey(fact, sentence, ctx) -> bool:
    kind, _, date = _parse(fact)
    return kind != "visit" and bool(date) and date in ctx["journey_days"]


# Reporting verbs: any of them within 60 characters before a date that lead.ATTRIBUTION_DATE does not already skip.
_REPORTING = re.compile(r"\b(?:revealed|confirmed|disclosed|wrote|tweeted|posted|informed|briefed|declared|claimed|"
                        r"insisted|warned|stressed|emphasi[sz]ed|explained|argued|indicated|clarified|affirmed|"
                        r"reiterated|underlined|highlighted|said|told|announced|stated|added|noted|reported)\s+"
                        r"(?:[\w-]+\s+){0,6}$")
_ANCHORED = re.compile(r"\b(?:\w+|\d+)\s+(?:days?|weeks?|hours?)\s+(?:before|after|ahead of|prior to)\s+(?:the\s+|a\s+|"
                       r"his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                       r"Sunday|January|February|March|April|May|June|July|August|September|October|November|December)",
                       re.IGNORECASE)
_OTHER_EVENT = re.compile(r"\b(?:launch(?:ed|es)?|tests?|tested|clash(?:es|ed)?|attacks?|attacked|strikes?|struck|"
                          r"fired|firing|explosion|blast|shelling|incursion|raid(?:s|ed)?|bombing|shot down),?\s+"
                          r"(?:[\w()-]+\s+){0,8}$")
_ADVERBIAL_SUBJECT = re.compile(r"(?P<subject>[A-Z][\w'’-]+),\s+(?:meanwhile|however|for (?:his|her|its) part|in turn|"
                                r"separately|too|also|in addition|likewise|instead),\s+(?:[\w-]+\s+){0,10}?"
                                r"(?:call|conversation|talks|meeting|met|meets)\b")


def _dated_by(fact, sentence, ctx, test) -> bool:
    _, _, date = _parse(fact)
    return bool(date) and any(str(d.date) == date and test(sentence, d)
                              for d in dates_mod.find(sentence, published=ctx["published"]))


def _report(fact, sentence, ctx) -> bool:
    from kg.extract.lead import ATTRIBUTION_DATE
    return _dated_by(fact, sentence, ctx, lambda s, d: bool(_REPORTING.search(s[max(0, d.start - 60):d.start]))
                     and not ATTRIBUTION_DATE.search(s[max(0, d.start - 50):d.start]))


def _anchored(fact, sentence, ctx) -> bool:
    return bool(_ANCHORED.search(sentence))


def _event(fact, sentence, ctx) -> bool:
    kind, _, date = _parse(fact)
    if _carried(fact, sentence, ctx) and date in ctx["event_days"]:
        return True
    return _dated_by(fact, sentence, ctx, lambda s, d: bool(_OTHER_EVENT.search(s[max(0, d.start - 80):d.start]))
                     or bool(re.match(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:launch|test|clash|attack|strike)", s[d.end:])))


def _adverbial(fact, sentence, ctx) -> bool:
    m = _ADVERBIAL_SUBJECT.search(sentence)
    return bool(m) and not any(m.group("subject") in p for p in _parse(fact)[1])


_HYPOTHETICAL = re.compile(r"\b(?:potential|possible|proposed|prospective|hypothetical|eventual)\s+(?:[\w-]+\s+)?"
                           r"(?:meeting|summit|talks|visit|call)\b|\bexchanged\s+invitations\b|\binvite[sd]\b")
_MENTIONED = r"(?:(?:patronages?|auspices)\s+of\s+(?:[\w.'’-]+\s+){{0,12}}?{n}|succeed(?:ed|s)?\s+(?:[\w'’-]+\s+){{0,6}}?{n}|" \
             r"{n}['’]s\s+predecessor|\blate\s+(?:[A-Z][\w-]*\s+){{0,3}}{n}|according\s+to\s+(?:[\w'’-]+\s+){{0,4}}?{n})"
_MERGED = re.compile(r"\b(?:the day before|a day earlier|the previous day|earlier (?:that|the same) day|separately|"
                     r"the next day|the following day|a day later)\b", re.IGNORECASE)
_THING = re.compile(r"\b(?:receive[sd]?|welcome[sd]?|greeted)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.-]*(?:['’]s\s+[a-z]|"
                    r"\s+(?!and\b|at\b|in\b|on\b|who\b|to\b|for\b|with\b|during\b|as\b|from\b|upon\b|when\b|of\b|"
                    r"was\b|is\b|has\b|had\b|said\b|after\b|here\b|today\b|yesterday\b|this\b|last\b)[a-z])|"
                    r"\b(?:was|were|been|be|being|is|are)\s+(?:\w+\s+)?met\s+with\s+(?!(?:his|her|the|a|an)\b)[a-z]")
_PERSONLIKE = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:bin|al|Al|el|de|van|von)[- ])?(?:\s+[A-Z][\w'’-]+){1,3}")


def _hypothetical(fact, sentence, ctx) -> bool:
    return bool(_HYPOTHETICAL.search(sentence))


def _mentioned(fact, sentence, ctx) -> bool:
    for person in _parse(fact)[1]:
        last = re.escape(person.split()[-1])
        if re.search(_MENTIONED.format(n=last), ctx["body"]):
            return True
    return False


def _merged(fact, sentence, ctx) -> bool:
    return bool(_MERGED.search(sentence))


def _thing(fact, sentence, ctx) -> bool:
    return bool(_THING.search(sentence))


def _partner(fact, sentence, ctx) -> bool:
    if not _lone(fact, sentence, ctx):
        return False
    person = _parse(fact)[1][0]
    others = [m.group() for m in _PERSONLIKE.finditer(sentence.split(" [...]")[0])
              if not set(m.group().split()) & set(person.split()) and not ctx["places"](m.group())]
    return bool(others)


FAMILIES = {"lone": _lone, "unnamed": _unnamed, "carried": _carried, "journey": _journey, "report": _report,
            "anchored": _anchored, "event": _event, "adverbial": _adverbial,
            "hypothetical": _hypothetical, "mentioned": _mentioned, "merged": _merged, "thing": _thing,
            "partner": _partner}


def _context(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    published = _header(text, "published")
    pub = dt.date.fromisoformat(published) if re.match(r"\d{4}-\d\d-\d\d$", published) else None
    body = text.split("---", 2)[2] if text.startswith("---") else text
    journey = {str(d.date) for line in body.split("\n") for d in dates_mod.find(line, published=pub)
               if d.date and _JOURNEY.search(line[max(0, d.start - 40):d.start])}
    # the days a launch, test, clash or attack is given anywhere in the report (a date carried from another sentence)
    events = {str(d.date) for line in body.split("\n") for d in dates_mod.find(line, published=pub)
              if d.date and _OTHER_EVENT.search(line[max(0, d.start - 80):d.start])}
    return {"published": pub, "outlet": _header(text, "publisher"), "journey_days": journey, "event_days": events,
            "body": body, "places": _not_person}


# Capitalised runs that are no person: states, bodies, places, days (the partner family wants names of people).
_NOT_PERSON = re.compile(r"\b(?:Ministry|Ministers?|Minister|Council|Committee|Commission|Union|Nations|Forces?|Army|Navy|"
                         r"Republic|Government|Department|Office|Agency|Party|Kingdom|States|Affairs|Defen[cs]e|Security|"
                         r"Gulf|Sea|Strait|Region|Province|City|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                         r"January|February|March|April|May|June|July|August|September|October|November|December|"
                         r"President|Prime|General|Secretary|Chief|Staff|Division|Command|Corps|Summit|Meeting|Talks|"
                         r"North|South|East|West|New|Saudi|Sri|United|Costa|Papua|Lao|PDR|Press|News|Agency)\b")


def _not_person(run: str) -> bool:
    return bool(_NOT_PERSON.search(run))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bank")
    ap.add_argument("dump")
    ap.add_argument("--family", choices=sorted(FAMILIES) + ["sample"])
    ap.add_argument("--sample", type=int, default=60)
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    dump = json.loads(Path(args.dump).read_text())
    meetings = [(name, f) for name, facts in sorted(dump.items()) for f in facts if f[0] == "meetings"]
    contexts = {name: _context(Path(args.bank) / name) for name in {n for n, _ in meetings}}
    if args.family == "sample":
        random.seed(args.seed)
        for i, (name, f) in enumerate(random.sample(meetings, min(args.sample, len(meetings)))):
            c = contexts[name]
            print(f"## {i} {name[:45]} [{c['outlet']} {c['published']}] {f[2]}\n  FACT: {f[1]}\n  SENT: {f[3][:400]}")
        return
    print(f"{len(meetings)} meetings in {len(contexts)} reports")
    for family, test in FAMILIES.items():
        if args.family and family != args.family:
            continue
        hits = [(n, f) for n, f in meetings if test(f[1], f[3], contexts[n])]
        reports = {n for n, _ in hits}
        outlets = {contexts[n]["outlet"] for n in reports}
        print(f"\n=== {family}: {len(hits)} facts, {len(reports)} reports, {len(outlets)} outlets")
        if args.family:
            for n, f in hits:
                print(f"{n[:3]} {contexts[n]['published']} {f[2]} | {f[1]} || {f[3][:200]}")


if __name__ == "__main__":
    main()
