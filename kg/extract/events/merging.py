"""One event per occasion: which drafts report the same occasion, and the folds that join them."""

from __future__ import annotations

import re

from kg.extract import reference
from kg.extract.event_triggers import KIND_PRIORITY, PAIR_TRIGGERS, TRIGGERS
from kg.extract.context import Context

from kg.extract.events.drafts import PAST_OCCASION, _Draft, _states
from kg.extract.events.splitting import _own_host


# Rule "lone-into-pair": "Kan-Dapaah led a delegation to Burkina Faso for talks with Traore" beside "Kan-Dapaah met
# Traore in Ouagadougou": talks or a meeting that names one of its people only, with the same bearing (asserted or
# expected), is the one occasion of several people that holds that person when no place or date keeps them apart.
# Not for visits or calls (the golds keep a visit beside its meeting about as often as not), nor for the holder of
# several separate meetings (more than one occasion holds that person: which one it is stays unsaid).
_LONE_KINDS = {"talks", "meeting"}


def _fold_lone_into_pair(drafts: list[_Draft]) -> list[_Draft]:
    out = list(drafts)
    for lone in drafts:
        if len(lone.participants) != 1 or lone.kind not in _LONE_KINDS or lone.siblings or lone.separate or lone.split:
            continue
        holders = [d for d in out if d is not lone and lone.participants[0] in d.participants and d.kind != "call"]
        if len(holders) != 1:
            continue
        pair = holders[0]
        if len(pair.participants) < 2 or pair.kind == "visit" or pair.modality != lone.modality \
                or lone.recalled or pair.recalled \
                or (lone.place and pair.place and lone.place != pair.place) \
                or (lone.date and pair.date and lone.date.date != pair.date.date) \
                or _other_month(lone, pair) or _other_month(pair, lone):
            continue
        pair.place = pair.place or lone.place
        pair.date = pair.date or lone.date
        pair.vague = pair.vague or lone.vague
        pair.evidence += [e for e in lone.evidence if e not in pair.evidence]
        out.remove(lone)
    return out


# "Ahead of Marles' visit, the military reported ...", "Dendias wrote ahead of his trip that the talks would ...": the
# traveller's own visit named as a time mark, in a report of the occasion that visit was for.
_AHEAD_OF_OWN = re.compile(r"\b(?:[Aa]head of|[Bb]efore|[Pp]rior to)\s+(?:his|her|their|[A-Z][\w-]+['’]s?)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|arrival)\b")


def _fold_ahead_of_own_visit(drafts: list[_Draft]) -> list[_Draft]:
    """Rule "ahead-of-own-visit": a planned visit of one person known only from an "ahead of his visit" phrase is the
    occasion of the held meeting the report gives that person (it names when something happened, not a further
    visit): its words join that meeting."""
    kept = []
    for d in drafts:
        held = next((x for x in drafts if x is not d and x.modality == "asserted" and len(x.participants) > 1
                     and set(d.participants) <= set(x.participants)), None)
        if d.kind == "visit" and d.modality == "expected" and len(d.participants) == 1 and held and \
                all(_AHEAD_OF_OWN.search(e.text) for e in d.evidence):
            held.evidence += [e for e in d.evidence if e not in held.evidence]
            continue
        kept.append(d)
    return kept


# Rule "signers-join-the-occasion" (x20signmeet): "Museveni and Ndayishimiye held talks ... a joint communique signed by
# Uganda's Foreign Minister A and his Burundian counterpart B", "Ng met Lee ... It was signed by Mindef's deputy
# secretary A and ... B": a pact signed by people none of whom is at the occasion the report gives the same states'
# people was signed at that occasion; the signers join it (one event per occasion), they hold no meeting of their own
# (the studied golds record none). Only for the "signed-by" wordings, which name the pact before its signers.
def _signers_join_the_occasion(ctx: Context, drafts: list[_Draft]) -> list[_Draft]:
    kept = []
    for d in drafts:
        host = None
        if d.trigger == "signed-by" and d.modality == "asserted" and not d.recalled:
            mine = _states(ctx, d.participants)
            hosts = [x for x in drafts if x is not d and x.modality == "asserted" and not x.recalled
                     and len(x.participants) > 1 and not set(x.participants) & set(d.participants)
                     and mine <= _states(ctx, x.participants) and x.kind != "call"
                     and not (x.place and d.place and x.place != d.place)
                     and not (x.date and d.date and x.date.date != d.date.date)]
            host = min(hosts, key=lambda x: abs(x.sentence.index - d.sentence.index), default=None)
        if host is None:
            kept.append(d)
            continue
        host.participants = list(dict.fromkeys(host.participants + d.participants))
        host.place, host.date = host.place or d.place, host.date or d.date
        host.evidence += [e for e in d.evidence if e not in host.evidence]
    return kept


_JOINERS = {t.name for t in TRIGGERS if t.role == "join"}
# Joiners naming the members of one side ("The Malawian delegation included A and B", "A was accompanied by B"): they
# join the nearest occasion, and frame none by themselves (one side's people are no meeting).
_MEMBERS = {"delegation-members"}
# joiners whose words name the occasion itself ("The meeting was attended by A and B"): with none to join, they held it
STANDING_JOINERS = {"attended-by"}


def _fold_attendees(drafts: list[_Draft], loose: list[_Draft]) -> list[_Draft]:
    """Rule "attended-by" (x23attended): attendees who found no occasion of several people as they were read ("It was
    the second meeting of the two countries' ministers ... Thursday's meeting was also attended by A and B", the
    occasion framed later from its posts; "X received the visiting chief ... The meeting was attended by A and B", the
    guest unnamed) join the meeting or talks reported in the three sentences before them, the nearest one. Rule
    "delegation-members" (x23delegation) likewise, and a delegation's visit takes its members too."""
    out = list(drafts)
    # (a lone attendee left loose, named in no occasion yet, may join too)
    placed = {k for x in drafts for k in x.participants}
    # (members "A was accompanied by B": A may be placed already, B not)
    for d in drafts + [x for x in loose if not set(x.participants) & placed
                       or (x.trigger in _MEMBERS and not set(x.participants) <= placed)]:
        if d.trigger not in STANDING_JOINERS | _MEMBERS:
            continue
        kinds = _LONE_KINDS | ({"visit"} if d.trigger in _MEMBERS else set())  # (a delegation's visit)
        earlier = [x for x in out if x is not d and x.kind in kinds and x.modality == d.modality
                   and x.sentence.index <= d.sentence.index and not x.recalled
                   and not (x.place and d.place and x.place != d.place)
                   and not (x.date and d.date and x.date.date != d.date.date)]
        # the nearest in the three sentences before, else the one meeting the report gave before them ("The meeting"
        # after a few sentences of what was said there)
        hosts = [x for x in earlier if d.sentence.index - 3 <= x.sentence.index] or \
            (earlier if len(earlier) == 1 else [])
        if not hosts:
            continue
        host = max(hosts, key=lambda x: x.sentence.index)
        host.participants = list(dict.fromkeys(host.participants + d.participants))
        if d.trigger not in _MEMBERS:  # (members' words tell where they came from: "officers from HQ in Nairobi")
            host.place, host.date = host.place or d.place, host.date or d.date
        host.evidence += [e for e in d.evidence if e not in host.evidence]
        if d in out:
            out.remove(d)
    return out


def _join_last(drafts: list[_Draft], new: _Draft, ctx: Context) -> bool:
    """"X took part", "joined by X": X joins the occasion of several people reported in the last few sentences;
    with no such occasion the words say nothing about a meeting."""
    for old in reversed(drafts):
        # (an occasion of one named person in the same sentence takes the other: "A led the delegation to the talks
        # while B was the head of the party from Beijing")
        # (the members of a delegation join the nearest occasion, even a visit of one: "A paid a visit to Somalia.
        # The delegation included B", rule "delegation-members")
        if new.sentence.index - 3 <= old.sentence.index and (len(old.participants) > 1 or old.sentence is new.sentence
                                                             or _other_side(ctx, old, new)
                                                             or new.trigger in _MEMBERS) \
                and old.modality == new.modality:
            old.participants = list(dict.fromkeys(old.participants + new.participants))
            old.evidence.append(new.sentence)
            return True
    return False


_SIDE = re.compile(r"\b(?:side|delegation|team|party)\b")


def _other_side(ctx: Context, old: _Draft, new: _Draft) -> bool:
    """"The four-day meeting was led by A ... The Indian side was led by B": the head of a side or delegation of
    another state than the one person an occasion has so far is that occasion's other party."""
    if len(old.participants) != 1 or new.trigger not in ("took-part", "delegation-head", "delegation-leader") \
            or not _SIDE.search(new.sentence.text):
        return False
    mine = {ctx.persons[k].country for k in old.participants if k in ctx.persons} - {None, ""}
    theirs = {ctx.persons[k].country for k in new.participants if k in ctx.persons} - {None, ""}
    # "The Indian side was led by B": the side's state, when the words name it
    named = {reference.countries().code(m.group("state")) for m in _STATE_SIDE.finditer(new.sentence.text)} - {None}
    theirs = named or theirs  # (a person without a post of a state gets the report's main state by default)
    return bool(theirs and not mine & theirs)


_STATE_SIDE = re.compile(r"\b(?P<state>[A-Z][\w-]+)\s+(?:side|delegation|team)\b")


# Veto "separately-apart" (x23attended): "Separately, A received B": a sentence opening so reports another occasion
# than the one before, even of the same people.
_SEPARATELY = re.compile(r"^(?:Separately|In a separate (?:meeting|development)),")


def _compatible(x: _Draft, y: _Draft, *, same_sentence: bool) -> bool:
    px, py = set(x.participants), set(y.participants)
    if not same_sentence and "visit" not in (x.kind, y.kind) and (_SEPARATELY.match(x.sentence.text)
                                                                 or _SEPARATELY.match(y.sentence.text)):
        return False
    if not same_sentence and "agreed-pair" in (x.trigger, y.trigger) and min(len(px), len(py)) == 1 \
            and "visit" not in (x.kind, y.kind):
        return False  # "A and B agreed ... On Wednesday A posted the accord after talks with party officials": apart
    if (x.separate or y.separate) and px != py and "visit" not in (x.kind, y.kind) \
            and not _own_host(x, py) and not _own_host(y, px):
        return False  # each of "A met B, C and D" is a meeting of its own (A's visit folds into the first)
    # "A is expected to travel to Warsaw for talks with B": the visit is the occasion of the talks.
    occasion = same_sentence and {x.kind, y.kind} & {"visit"} and {x.kind, y.kind} & {"talks", "meeting"} and not (
        # "A met B in Jakarta as part of C's state visit": a meeting of two others during C's visit is their own
        not px & py and len(py if x.kind == "visit" else px) > 1 and _NAMED_VISITOR.search(x.sentence.text))
    if (x.kind == "call") != (y.kind == "call") and (not same_sentence or x.modality != y.modality) \
            and not PAIR_TRIGGERS & {x.trigger, y.trigger}:
        return False  # a phone call before a meeting, or one agreeing to meet, is an occasion of its own
        # ("A and B discussed ..." after their call only says what the call was about)
    if not same_sentence and (x.recalled or y.recalled) and not (x.date and y.date):
        return False  # "his last state visit, on December 21, 2022" is not the visit this report is about
    if not (px <= py or py <= px) and not (same_sentence and px & py) and not occasion:
        return False
    if x.modality != y.modality and not same_sentence:
        return False
    if x.place and y.place and x.place != y.place:
        return False
    if x.date and y.date and x.date.date != y.date.date:
        return False
    if _other_month(x, y) or _other_month(y, x):
        return False  # "talks on January 21" and "their meeting in December": two occasions
    return True


_MONTH = re.compile(r"^(?:in|last|this|early|late|mid|since)?[\s-]*(?:early|late|mid)?[\s-]*(?P<month>January|February|March|"
                    r"April|May|June|July|August|September|October|November|December)$", re.IGNORECASE)


def _other_month(x: _Draft, y: _Draft) -> bool:
    """x is dated and y's only time words are a month ("in December") other than x's."""
    if not x.date or y.date or not y.vague:
        return False
    m = _MONTH.match(y.vague.text.strip())
    return bool(m) and m.group("month").capitalize() != x.date.date.strftime("%B")


# "President C's state visit", "Prime Minister D’s two-day trip": a visit its traveller's name owns.
_NAMED_VISITOR = re.compile(r"\b[A-Z][\w-]*['’]s\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour)\b")


def _past_lends_no_place(old: _Draft, new: _Draft) -> bool:
    """Row "past-lends-no-place": "During Maduro's last visit to Port of Spain, ..." folded into the meeting the report
    tells (held in Caracas) gives it no place: an occasion its own words call earlier lends its city to no other."""
    def past(d: _Draft) -> bool:
        return bool(d.evidence and PAST_OCCASION.search(d.evidence[0].text))
    return past(new) and not past(old)


def _merge_into(drafts: list[_Draft], new: _Draft, *, same_sentence: bool, nearest: bool = False) -> None:
    """One event per occasion: a visit and the meeting during it, or a later "the meeting", fold together (into the
    last compatible draft, or with nearest=True the one reported closest to the new one)."""
    order = sorted(drafts, key=lambda d: abs(d.sentence.index - new.sentence.index)) if nearest else reversed(drafts)
    for old in order:
        same = same_sentence and old.sentence is new.sentence and old.ahead == new.ahead
        if _compatible(old, new, same_sentence=same):
            old.participants = list(dict.fromkeys(old.participants + new.participants))
            if "call" in (old.kind, new.kind) and PAIR_TRIGGERS & {old.trigger, new.trigger}:
                if new.kind == "call":
                    old.kind, old.trigger = new.kind, new.trigger  # what a call discussed is still the call
            elif "agreed-pair" in (old.trigger, new.trigger):
                if old.trigger == "agreed-pair" and new.kind != "visit":
                    # "agreed at a regional summit": the occasion's own word names its kind (a visit stays the trip)
                    old.kind, old.trigger = new.kind, new.trigger
            elif KIND_PRIORITY[new.kind] < KIND_PRIORITY[old.kind]:
                old.kind, old.trigger = new.kind, new.trigger
            old.place = old.place or (None if _past_lends_no_place(old, new) else new.place)
            if old.date is None or (old.travel_date and new.date and not new.travel_date):
                old.date, old.travel_date = new.date or old.date, new.travel_date if new.date else old.travel_date
            old.vague = old.vague or new.vague
            if same and new.modality == "expected":
                old.modality = "expected"
            for e in new.evidence:
                if e not in old.evidence:
                    old.evidence.append(e)
            if new.siblings:  # a split meeting folded into its visit: the visit stands for it among its siblings
                old.siblings = old.siblings or new.siblings
                for y in new.siblings:
                    y.siblings = [old if z is new else z for z in y.siblings]
            return
    drafts.append(new)
