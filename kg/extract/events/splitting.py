"""One meeting per host: a list of hosts split into meetings of their own, and a host's series."""

from __future__ import annotations

import re

from kg.extract import participants as who
from kg.extract.event_triggers import PAIR_TRIGGERS, Trigger
from kg.extract.context import Context

from kg.extract.events.drafts import _Draft


def _split(ctx: Context, seg: str, seg_start: int, t: re.Match[str], trig: Trigger) -> dict:
    """The draft's split fields: the SPLIT_CUES row and its hosts, for a meeting verb or noun (see _separate)."""
    if trig.role not in ("verb", "noun") or trig.name in PAIR_TRIGGERS or trig.kind == "call":
        return {}
    cue, hosts = who.split_cue(ctx, seg, seg_start, t)
    return {"split": cue, "split_hosts": hosts} if cue else {}


_STATE_OFFICE = re.compile(r"\b(?:President|Prime Minister|Premier|Minister|Speaker|Chancellor|King|Emir|Crown Prince|"
                           r"Secretary of State|Foreign Secretary|Home Secretary|Defence Secretary|Chairman of the)\b",
                           re.IGNORECASE)


def _separate(ctx: Context, d: _Draft) -> list[_Draft]:
    """"He also met his Serbian counterpart A, North Macedonian minister B and Montenegrin minister C": one host
    meeting guests of three or more states held one meeting with each; guests of one state ("met the heads of
    Dassault, Safran and Thales"), several hosts meeting together, or "met both ministers separately" (the pair
    just reported joins the host) stay one meeting."""
    host, guests = d.participants[:1], d.participants[1:]
    states = [ctx.persons[k].country if k in ctx.persons else None for k in d.participants]
    distinct = None not in states and len(set(states)) == len(states)
    # "He met the Prime Minister of Georgia A, the Speaker B and his Georgian counterpart C": a visitor's calls on a
    # host state's office holders are one meeting each (a delegation meeting company heads stays one meeting).
    officials = None not in states and states[0] not in states[1:] and all(
        any(_STATE_OFFICE.search(r.title) for r in ctx.persons[k].roles) for k in guests if k in ctx.persons)
    # ("The meetings with A, B and C", after one host's "separate meetings": the plural says there were several)
    plural = d.trigger == "meeting-noun" and len(guests) >= 2
    hosts = [k for k in d.participants if k in d.each_with]
    subject = [k for k in d.participants if k not in d.each_with]
    if len(hosts) >= 2 and len(subject) == 1:
        # rule "each-with": "talks with A, and with B": the subject meets each host on his own
        return _siblings(_per_host(d, subject, hosts, "each-with"))
    hosts = [k for k in d.participants if k in d.split_hosts]
    subject = [k for k in d.participants if k not in d.split_hosts]
    if d.split and len(hosts) >= 2 and len(subject) == 1:
        # rules "split-<cue>": "held meetings with A, B and C", "met separately with A and B": one meeting per host,
        # each with the sentence's place and date (participants.SPLIT_CUES)
        return _siblings(_per_host(d, subject, hosts, f"split-{d.split}"))
    if d.split in _APART and len(hosts) >= 2 and not subject:
        # veto "split-hosts-alone": "Borrell said after hours of talks each with A and B", Borrell not found: A and B
        # each met someone else, not one another (a bare plural, "meetings with A and B", keeps the hosts' meeting: it
        # says less about who sat with whom, and the meeting it gives is the true one short of its subject)
        return []
    if not (d.separate and (distinct or officials or plural) and (len(guests) >= 3 or plural)):
        d.separate = d.each and len(d.participants) > 1
        if d.separate:
            d.trigger = f"{d.trigger}-each-predicate"  # rule "each-predicate": its own occasion, apart from the other verb's
        return [d]
    return _per_host(d, host, guests, "separately")


def _per_host(d: _Draft, subject: list[str], hosts: list[str], rule: str) -> list[_Draft]:
    """One meeting of ``subject`` with each host, in ``d``'s sentence, bearing, place and date; trigger "<d's>-<rule>"."""
    return [_Draft(kind=d.kind, participants=subject + [g], sentence=d.sentence, modality=d.modality, place=d.place,
                   date=d.date, vague=d.vague, evidence=list(d.evidence), trigger=f"{d.trigger}-{rule}",
                   recalled=d.recalled, separate=True) for g in hosts]


# The SPLIT_CUES rows that say outright the hosts were met one by one (veto "split-hosts-alone").
_APART = {"separately", "individually", "respectively", "each-with-list"}


def _siblings(split: list[_Draft]) -> list[_Draft]:
    """The meetings one sentence's list split into, each knowing the others (they share its place and date)."""
    for x in split:
        x.siblings = [y for y in split if y is not x]
    return split


def _own_host(split: _Draft, other: set[str]) -> bool:
    """Whether ``other`` (a later "While meeting with A on Monday, ...") names a host of this split meeting that none
    of its siblings has: it tells more of this one meeting."""
    if not split.siblings or not other < set(split.participants):
        return False
    theirs = {k for x in split.siblings for k in x.participants}
    return bool(other - theirs)


# "The meetings with A, B and C took place ...": the definite plural names the guests of a host just reported.
_THE_MEETINGS = re.compile(r"(?:^|\b[Tt]he\s+|\b[Tt]hese\s+|\b[Tt]hose\s+)(?:separate\s+|bilateral\s+|individual\s+)?$")
# "He also met ...": one more meeting of the same series.
_ALSO = re.compile(r"\balso\s+(?:met|meets|held talks|received|hosted|called on)\b")


def _series(ctx: Context, seg: str, t: re.Match[str], trig: Trigger, draft: _Draft, drafts: list[_Draft]) -> None:
    """Meetings of one host's series: "A held separate meetings with his counterparts in Istanbul. The meetings with
    B, C and D took place on Friday" (the host just reported meets each guest there); "He also met E" (where the
    host's last meeting was, unless the words place it)."""
    host = next((d for d in reversed(drafts) if draft.sentence.index - 2 <= d.sentence.index < draft.sentence.index
                 and d.modality == draft.modality and not d.recalled), None)
    if host is None:
        return
    if trig.name == "meeting-noun" and t.group() == "meetings" and _THE_MEETINGS.search(seg[:t.start()]) and \
            len(host.participants) == 1 and host.participants[0] not in draft.participants and len(draft.participants) >= 2:
        draft.participants = host.participants + draft.participants
        draft.separate = True
        draft.place = draft.place or host.place
    elif _ALSO.search(seg[:t.end() + 1]) and draft.participants[:1] == host.participants[:1] and draft.place is None \
            and trig.kind != "call" and host.kind != "call":
        draft.place = host.place
