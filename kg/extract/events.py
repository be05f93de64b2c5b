"""Meetings, visits, talks, summits and calls: who took part, where, when, and whether it happened or is planned."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract import dates as dates_mod
from kg.extract import lead, places, reference
from kg.extract.context import DATELINE, Context, Mention
from kg.extract.model import Event, Place
from kg.extract.names import slug
from kg.extract.sentences import Sentence

_TRIGGERS = [
    ("call", re.compile(r"\b(?:phone call|telephone call|telephone conversation|spoke (?:over the phone|on the phone|by phone|by telephone|by video link)(?: with)?|dialled|video call)\b")),
    ("talks", re.compile(r"\b(?:held talks|talks|discussions|negotiations)\b")),
    ("meeting", re.compile(r"\b(?:met|meet|meets|meeting|meetings|received|receives|receive|greeted|hosted|hosts|host|sat down with|called on|calls on|spoke with|(?:co-)?chaired by)\b")),
    # "A and B signed the accord at Camp Aguinaldo", "The deal was signed in Nairobi by A and B": a signing
    # by two named people is a meeting (kept only with two or more participants).
    ("meeting", re.compile(r"\bsigned\b")),
    # "A and B also discussed ...", "on the sidelines of the Shangri-La Dialogue": two named people working
    # something out together met, and a sidelines mention is a meeting whose people may come next.
    ("meeting", re.compile(r"\b(?:discussed|on the sidelines of)\b")),
    ("summit", re.compile(r"\bsummit\b")),
    ("visit", re.compile(r"\b(?:visit|visits|visited|visiting|trip|travel|travels|travelled|traveled|arrived|arrives|tour)\b", re.IGNORECASE)),
]
KIND_PRIORITY = {"talks": 0, "meeting": 1, "call": 2, "summit": 3, "visit": 4}
# Clause boundaries: participants named beyond them take part in something else.
# "X said after talks with Y" keeps X and Y together: "after" opens another occasion unless it names the talks.
_BOUNDARY = re.compile(r",\s+(?:where|while|whereas)\b|;|\s+(?:before|when|since|whereas)\s+|"
                       r"\s+after\s+(?!the\s+meeting|(?:(?:a|the|their|his|her)\s+)?(?:talks|meeting|phone call|call)\s+(?:with|between))")
# A relative clause (", who visited Washington last month,") is a hole: its people are not the main clause's.
_HOLE = re.compile(r",\s+(?:who|which)\b[^,;]*(?:,|$)")
_FUTURE = re.compile(r"\b(?:will|(?:may|might|could) (?:\w+ )?(?:meet|hold|visit|travel|sign)|is due to|are due to|is expected to|are expected to|expected to|is likely to|likely|plans? to|planned|"
                     r"scheduled|set to|upcoming|next (?:week|month|year)|later this (?:week|month|year)|ahead of|"
                     r"is to|are to|when (?:they|he|she|the two \w+) meet)\b", re.IGNORECASE)
_GROUP = re.compile(r"\b(?:they|both (?:ministers|leaders|sides' leaders|nsas|officials|men|women)|the two men|the two (?:ministers|leaders|nsas|"
                    r"counterparts|officials|heads of (?:state|government)))\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she|his|her)\b", re.IGNORECASE)
_GROUP_BEFORE = re.compile(_GROUP.pattern + r"(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
_GROUP_AFTER = re.compile(r"^\s+(?:between|with|of|among)\s+" + _GROUP.pattern, re.IGNORECASE)
_PAST = re.compile(r"\b(?:last (?:week|month|year)|ago|earlier this|yesterday|previous)\b", re.IGNORECASE)
_TEMPORAL_CLAUSE = re.compile(r"^\s*(?:before|after|when|since)\b")
_QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]?")
_ATTRIBUTION_DATE = lead.ATTRIBUTION_DATE
_UNNAMED_HOLDERS = re.compile(r"\b(?:chiefs|ministers|officials|delegations|envoys|negotiators)\s+(?:held|opened|began)\s+talks\b")
_INVITATION = re.compile(r"invitation of\s*$")
_NOUN_TRIGGERS = {"meeting", "meetings", "talks", "discussions", "negotiations", "summit", "phone call",
                  "telephone call", "telephone conversation", "on the sidelines of"}
_PLACE_ADJ = re.compile(r"\bthe\s+(?P<city>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:talks|meeting|meetings|summit|visit)\b")


@dataclass
class _Draft:
    kind: str
    participants: list[str]
    sentence: Sentence
    modality: str
    place: str | None = None
    date: dates_mod.DateMention | None = None
    vague: dates_mod.DateMention | None = None
    evidence: list[Sentence] = field(default_factory=list)


def _segments(s: Sentence) -> list[tuple[int, int]]:
    cuts = [0] + [m.start() for m in _BOUNDARY.finditer(s.text)] + [len(s.text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def find(ctx: Context) -> list[Event]:
    drafts: list[_Draft] = []
    orphans: list = []  # (sentence, segment start, end, trigger, kind) of meetings named without people
    last_person: str | None = None
    published = ctx.doc.published
    lead_date = lead.date(ctx)
    for s in ctx.reporting():
        people = ctx.persons_in(s.start, s.end)
        sentence_drafts: list[_Draft] = []
        quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(s.text)]
        for a, b in _segments(s):
            seg = s.text[a:b]
            for kind, pattern in _TRIGGERS:
                for t in pattern.finditer(seg):
                    if kind != "visit" and seg[t.start()].isupper() and t.start() > 0:
                        continue
                    if any(qs <= a + t.start() < qe for qs, qe in quotes):
                        continue  # a meeting mentioned inside a quotation is the speaker's, not a new report
                    draft = _draft(ctx, s, a, b, t, kind, drafts, last_person, published, orphans)
                    if draft:
                        sentence_drafts.append(draft)
        for d in sentence_drafts:
            _merge_into(drafts, d, same_sentence=True)
        if people:
            last_person = people[-1].key
    _carry_lead(ctx, drafts, orphans, published)
    for d in drafts:  # "Saudi and Iranian security chiefs held talks hosted by X": the next sentence names the chiefs
        nxt = next((x for x in ctx.reporting() if x.paragraph == d.sentence.paragraph + 1), None)
        if len(d.participants) == 1 and nxt and _UNNAMED_HOLDERS.search(d.sentence.text) and _coordinated_pair(ctx, nxt):
            d.participants = _coordinated_pair(ctx, nxt) + d.participants
    first_meeting = next((d for d in drafts if len(d.participants) > 1 and d.modality == "asserted"), None)
    events = []
    for d in drafts:
        # The lead's date dates its own events, and the meeting the next paragraph goes on to describe.
        if d.date is None and not d.vague and d.modality == "asserted" and lead_date and (
                d.sentence.paragraph == lead_date[0] or d is first_meeting and d.sentence.paragraph == lead_date[0] + 1):
            d.date = lead_date[1]
        if d is first_meeting and d.place is None and lead_date and d.sentence.paragraph == lead_date[0] + 1:
            d.place = lead.signing_place(ctx)  # "under a framework signed in Abuja on Wednesday"
        if d is first_meeting and d.place is None and ctx.dateline_city and d.modality == "asserted" and any(
                x.kind == "visit" and x.modality == "asserted" and x.place in (None, ctx.dateline_city) for x in drafts):
            # met, unplaced, during a visit to the city the report is datelined from ("arrived for a visit")
            d.place = ctx.dateline_city
        place = None
        if d.place:
            code = reference.countries().cities.get(d.place) or reference.countries().code(d.place)
            place = Place(key=slug(d.place), name=d.place, country=code)
        countries = []
        for key in d.participants:
            person = ctx.persons.get(key)
            if person and person.country and person.country not in countries:
                countries.append(person.country)
        if place and place.country and place.country not in countries:
            countries.append(place.country)
        confidence = 0.8 if len(d.participants) > 1 else 0.6
        events.append(Event(kind=d.kind, participants=d.participants,
                            date=d.date.date if d.date else None,
                            end_date=d.date.end_date if d.date else None,
                            date_text=d.date.text if d.date else (d.vague.text if d.vague else ""),
                            place=place, countries=countries,
                            modality=d.modality,
                            support=ctx.support(d.evidence, rule=f"event-{d.kind}", confidence=confidence)))
    return events


def _carry_lead(ctx: Context, drafts: list[_Draft], orphans: list, published) -> None:
    """A lead often reports talks without naming who held them ("officials held talks in Beijing on Monday") and
    the next sentences name the people: the talks' place and date go to that meeting, or the people named as the
    next sentence's subject held them. Meetings without people elsewhere ("a technical meeting in Asuncion on
    June 18") are kept when their venue is named."""
    lead_paragraph = next((s.paragraph for s in ctx.reporting() if s.index not in ctx.headlines), 0)
    # Meetings without named people are not events of their own (an event needs a participant).
    for s, a, b, t, kind in orphans:
        seg = s.text[a:b]
        probe = _draft_without_people(ctx, s, a, b, t, kind, published)
        if s.paragraph == lead_paragraph:
            later = [d for d in drafts if d.sentence.index > s.index and len(d.participants) > 1
                     and d.sentence.paragraph <= s.paragraph + 1]
            if later:
                target = later[0]
                target.place = target.place or probe.place
                target.date = target.date or probe.date
                if KIND_PRIORITY[kind] < KIND_PRIORITY[target.kind]:
                    target.kind = kind
                target.evidence.insert(0, s)
                continue
            nxt = next((x for x in ctx.reporting() if x.index > s.index and x.index not in ctx.headlines), None)
            pair = _coordinated_pair(ctx, nxt) if nxt else None
            if pair:
                probe.participants, probe.evidence = pair, [s, nxt]
                drafts.insert(0, probe)
                continue
        # "The agreement was reached at a meeting in Rabat on Monday": the meeting just reported, placed and dated.
        recent = [d for d in drafts if s.index - 2 <= d.sentence.index < s.index and len(d.participants) > 1
                  and d.modality == "asserted" and probe.modality == "asserted"]
        if recent and (probe.place or probe.date) and re.search(r"\b(?:was|were)\s+(?:reached|agreed|signed|"
                                                                r"announced|made)\s+(?:at|during)\b", seg):
            recent[-1].place = recent[-1].place or probe.place
            recent[-1].date = recent[-1].date or probe.date
            continue
        # "A and B may meet on the sidelines of the APEC summit in Shenzhen": the summit is where they meet.
        # (A meeting with no named people at all is not kept: an event needs a participant.)
        same = [d for d in drafts if d.sentence.index == s.index]
        if same and kind == "summit" and same[0].kind == "meeting":
            same[0].kind = "summit"
        if probe.place and same and same[0].place is None:
            same[0].place = probe.place


def _coordinated_pair(ctx: Context, s: Sentence) -> list[str] | None:
    """The people of a coordinated subject opening a sentence ("Marles and Indonesia's Defence Minister Sjafrie
    agreed ..."), when there are at least two."""
    mentions = ctx.persons_in(s.start, s.end)
    if len(mentions) < 2:
        return None
    verb = re.search(r"\b(?:agreed|said|signed|discussed|announced|pledged|committed|decided|met|held)\b", s.text)
    if not verb:
        return None
    before = [m for m in mentions if m.end <= s.start + verb.start()]
    keys = _subjects(ctx, before)
    return keys if len(set(keys)) >= 2 else None


def _draft_without_people(ctx: Context, s: Sentence, a: int, b: int, t: re.Match[str], kind: str,
                          published) -> _Draft:
    seg = s.text[a:b]
    window = seg[max(0, t.start() - 40):t.end() + 20]
    future = _FUTURE.search(window) or re.search(r"\b(?:could|may|might)\b", seg[max(0, t.start() - 40):t.start()])
    modality = "expected" if future and not _PAST.search(window) else "asserted"
    place = places.venue(seg[t.start():]) or places.city(seg[t.start():]) or _here(ctx, seg)
    date = None
    for dm in dates_mod.find(seg, published=published):
        if dm.date is None or _ATTRIBUTION_DATE.search(seg[max(0, dm.start - 50):dm.start]):
            continue
        if DATELINE.match(s.text) and a == 0 and dm.end <= DATELINE.match(s.text).end():
            continue
        if date is None or abs(dm.start - t.start()) < abs(date.start - t.start()):
            date = dm
    if date and modality == "expected" and published and date.date < published:
        date = _forward(date, published)
    return _Draft(kind=kind, participants=[], sentence=s, modality=modality, place=place, date=date, evidence=[s])


_SIGNED_PACT = re.compile(r"\b(?:signed\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,6}?(?:agreement|accord|pact|deal|treaty|memorandum|"
                          r"MoU|MOU|protocol|document|letter|declaration|statement|roadmap|Agreement|Accord|Treaty|"
                          r"Memorandum|Protocol|framework|arrangement|\([A-Z]{2,6}\))|(?:deal|agreement|pact|accord|treaty|"
                          r"memorandum|MoU|document|protocol|framework|arrangement)\s+was\s+signed|"
                          # "A and B signed it in Dublin": the pact the lead just reported, signed where they met
                          r"signed\s+(?:it|them)\s+(?:in|at)\s)")


def _draft(ctx: Context, s: Sentence, a: int, b: int, t: re.Match[str], kind: str, drafts: list[_Draft],
           last_person: str | None, published, orphans: list | None = None) -> _Draft | None:
    seg = s.text[a:b]
    seg_start = s.start + a
    mentions = ctx.persons_in(seg_start, s.start + b)
    trigger_at = seg_start + t.start()
    holes = [(seg_start + h.start(), seg_start + h.end()) for h in _HOLE.finditer(seg)]
    hole = next(((hs, he) for hs, he in holes if hs <= trigger_at < he), None)
    if hole:
        # Inside "X, who visited Washington,": X is the subject.
        head = [m for m in mentions if m.end <= hole[0] and hole[0] - m.end <= 2]
        mentions = head + [m for m in mentions if hole[0] <= m.start < hole[1]]
    else:
        mentions = [m for m in mentions if not any(hs <= m.start < he for hs, he in holes)]
    before = [m for m in mentions if m.end <= trigger_at]
    after = [m for m in mentions if m.start >= seg_start + t.end()]
    participants: list[str] = []
    noun = t.group().lower() in _NOUN_TRIGGERS
    after_talks = bool(before) and _SAID_AFTER.search(ctx.text[before[-1].end:trigger_at]) is not None
    if noun and before and not _LIGHT_VERB.search(ctx.text[before[-1].end:trigger_at]) and not after_talks:
        before = []  # "Zelenskyy condemned the meeting": a subject takes part only if it held/attended it
    if before and _SPEECH_GAP.search(ctx.text[before[-1].end:trigger_at]) and not after_talks:
        before = []  # "Guterres said the Assembly would meet": the speaker is not the one meeting
    subjects = _subjects(ctx, before)
    if kind == "visit":
        if before:
            participants.append(before[-1].key)
        by = re.match(r"^\s+by\s+", seg[t.end():])
        if by and after:
            participants.append(after[0].key)
        inv = [m for m in after if _INVITATION.search(ctx.text[seg_start:m.start][-40:])]
        participants += [m.key for m in inv]
    else:
        participants += subjects
        # A noun ("the meetings come ahead of ... Carney") takes part only through "with/between"; a verb ("met X")
        # takes its object directly.
        if t.group() == "discussed":
            pass  # what they discussed may name other people ("discussed the case of X")
        elif not noun or re.match(r"^\s+(?:(?:on|last)\s+[A-Z][a-z]+day\s+)?(?:in\s+(?:[A-Z][\w-]*\s+|(?:do|da|de|del)\s+){1,4})?"
                                  r"(?:with|between|among)\s", seg[t.end():]) \
                or re.match(r"^\s+(?:were|was)\s+(?:led|co-chaired|chaired|hosted|attended)\s+by\s", seg[t.end():]):
            participants += [m.key for m in after]
    if before and not noun and kind != "visit" and drafts and len(drafts[-1].participants) > 1 and re.match(
            r"^\s+(?:both|the two)\s+(?:ministers|leaders|men|women|officials|counterparts)\b", seg[t.end():]):
        participants += drafts[-1].participants  # "X, who met both ministers": the pair just reported
    if not before and not (kind == "visit" and participants):
        prefix = seg[:t.start()]
        group = _GROUP_BEFORE.search(prefix[-60:]) or _GROUP_AFTER.match(seg[t.end():])
        if group and drafts and len(drafts[-1].participants) > 1:
            participants = drafts[-1].participants + participants
        elif group:
            # "The two leaders met ..." before any event: the last two people named.
            earlier = [m.key for m in sorted(ctx.person_mentions + ctx.title_refs, key=lambda m: m.start)
                       if m.end <= seg_start and m.key]
            pair = list(dict.fromkeys(reversed(earlier)))[:2]
            if len(pair) == 2:
                participants = list(reversed(pair)) + participants
        elif _PRONOUN.search(prefix[-25:]) and last_person:
            participants.insert(0, last_person)
    if t.group() in ("called on", "calls on") and not re.match(r"^\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,6}", seg[t.end():]):
        return None  # "called on Canada to act" urges; "called on Prime Minister X" is a courtesy meeting
    participants = list(dict.fromkeys(participants))
    if t.group() == "discussed" and (len(set(subjects)) < 2 or _TRIGGERS[0][1].search(s.text)
                                     or len({ctx.persons[k].country for k in subjects if k in ctx.persons}) < 2):
        return None  # only "A and B discussed" by people of two states; by phone it is a call
    if t.group() == "signed" and (len(participants) < 2 or not _SIGNED_PACT.search(seg)):
        return None  # "X signed the bill, which Y proposed" is no meeting; a pact signed by two people is
    if not participants:
        _place_for_last(ctx, seg, t, drafts)
        if noun and orphans is not None:
            orphans.append((s, a, b, t, kind))
        return None
    # Tense near the trigger decides: "Doval is expected to travel", "a likely visit", "His visit will come";
    # a temporal clause ("before Carney makes his trip") takes the tense of its sentence.
    window = seg[max(0, t.start() - 40):t.end() + 20]
    future = _FUTURE.search(window) or (_TEMPORAL_CLAUSE.match(seg) and _FUTURE.search(s.text))
    modality = "expected" if future and not _PAST.search(window) else "asserted"
    place = places.venue(seg[t.start():]) or places.city(seg[t.start():]) or places.city(seg) or _here(ctx, seg)
    date = None
    vague: dates_mod.DateMention | None = None
    for dm in dates_mod.find(seg, published=published):
        if _ATTRIBUTION_DATE.search(seg[max(0, dm.start - 50):dm.start]) or (DATELINE.match(s.text) and a == 0 and dm.end <= DATELINE.match(s.text).end()):
            continue
        if dm.date is None:
            vague = vague or dm  # kept as date_text: the words say when, without fixing a day
            continue
        if date is None or abs(dm.start - t.start()) < abs(date.start - t.start()):
            date = dm
    if date and modality == "expected" and published and date.date < published:
        date = _forward(date, published)
    if t.group() in ("signed", "discussed") and re.search(r"\b(?:in|since)\s+(?:19|20)\d\d\b", seg) and published \
            and not re.search(rf"\b{published.year}\b", seg):
        return None  # "when A and B signed the pact in 2015" recalls an old occasion, not this report's meeting
    return _Draft(kind=kind, participants=participants, sentence=s, modality=modality, place=place, date=date,
                  vague=vague, evidence=[s])


_LIGHT_VERB = re.compile(r"^(?:['’]s)?\s*(?:[\w,'’-]+\s+){0,8}?(?:held|holds|had|has|have|attended|attends|hosted|hosts|discussed|"
                         r"chaired|joined|began|begins|concluded|led|opened|wrapped up|is holding|will hold|to hold)\b"
                         r"(?:\s+[\w-]+){0,4}\s*$|^['’]s\s+(?:[\w-]+\s+){0,3}$")
# "X said on Tuesday after talks with Y": the speaker held the talks.
_SAID_AFTER = re.compile(r"\b(?:said|told\s+\w+|added)\s+(?:on\s+\w+\s+|\w+\s+){0,2}(?:after|following|during)\s+(?:\w+\s+)?$")
_SPEECH_GAP = re.compile(r"\b(?:said|says|told|added|stated|noted|announced|warned|claimed)\b")
# "A and B", "A and his Indian counterpart B", "A and South Korean Defence Minister B" (a title of capitalised words),
# with the name in apposition after the title ("A and his Turkish counterpart, B").
_COORDINATION = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)(?:(?:his|her|their|the)\s+)?"
                           r"(?:(?:[\w'’-]+\s+){0,3}|(?:[A-Z][\w'’-]*\s+){0,7}|(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+|"
                           r"(?:[A-Z][\w'’-]*\s+){0,6}[A-Z][\w'’-]*,\s+)$")


def _subjects(ctx: Context, before: list[Mention]) -> list[str]:
    """"Anita Anand and her Indian counterpart S. Jaishankar spoke ...": every person of a coordinated subject."""
    if not before:
        return []
    keys = [before[-1].key]
    for prev, cur in zip(reversed(before[:-1]), reversed(before[1:])):
        gap = ctx.text[prev.end:cur.start]
        if not _COORDINATION.match(gap) or ("and" not in gap and "," not in gap):
            break
        keys.insert(0, prev.key)
    return keys


# "at the Carondelet presidential palace", "at the foreign ministry": a venue named without its city.
_LOCAL_VENUE = re.compile(r"\bat\s+(?:the|his|her|its)\s+(?:[\w-]+\s+){0,3}?(?:palace|ministry|headquarters|residence|"
                          r"state house|(?:government|presidential|prime minister['’]s) office)\b", re.IGNORECASE)


def _here(ctx: Context, seg: str) -> str | None:
    """"talks here on Monday", or at a palace or ministry whose city goes unsaid, under a "COLOMBO, March 3
    (Reuters) -" dateline: the dateline's city."""
    return ctx.dateline_city if re.search(r"\bhere\b", seg) or _LOCAL_VENUE.search(seg) else None


def _place_for_last(ctx: Context, seg: str, t: re.Match[str], drafts: list[_Draft]) -> None:
    """"the Ottawa talks were aimed at ...": a definite mention without people can still place the last event."""
    m = _PLACE_ADJ.search(seg)
    if not m or not drafts or m.group("city") not in reference.countries().cities:
        return
    for d in reversed(drafts):
        if len(d.participants) > 1 and d.modality == "asserted":
            if d.place is None:
                d.place = m.group("city")
            return


def _forward(dm: dates_mod.DateMention, published) -> dates_mod.DateMention:
    """A planned event's "on Saturday" or "on March 25" lies ahead of publication, not behind it."""
    import datetime as dt
    if dm.text.split()[-1].rstrip(".,").capitalize() in dates_mod.WEEKDAYS_TITLE:
        step = dt.timedelta(days=7)
        return dates_mod.DateMention(start=dm.start, end=dm.end, text=dm.text, date=dm.date + step,
                                     end_date=dm.end_date + step if dm.end_date else None)
    if not re.search(r"(?:19|20)\d\d", dm.text):
        try:
            return dates_mod.DateMention(start=dm.start, end=dm.end, text=dm.text, date=dm.date.replace(year=dm.date.year + 1),
                                         end_date=dm.end_date.replace(year=dm.end_date.year + 1) if dm.end_date else None)
        except ValueError:
            return dm
    return dm


def _compatible(x: _Draft, y: _Draft, *, same_sentence: bool) -> bool:
    px, py = set(x.participants), set(y.participants)
    # "A is expected to travel to Warsaw for talks with B": the visit is the occasion of the talks.
    occasion = same_sentence and {x.kind, y.kind} & {"visit"} and {x.kind, y.kind} & {"talks", "meeting"}
    if not same_sentence and (x.kind == "call") != (y.kind == "call"):
        return False  # a phone call before a meeting is an occasion of its own
    if not (px <= py or py <= px) and not (same_sentence and px & py) and not occasion:
        return False
    if x.modality != y.modality and not same_sentence:
        return False
    if x.place and y.place and x.place != y.place:
        return False
    if x.date and y.date and x.date.date != y.date.date:
        return False
    return True


def _merge_into(drafts: list[_Draft], new: _Draft, *, same_sentence: bool) -> None:
    """One event per occasion: a visit and the meeting during it, or a later "the meeting", fold together."""
    for old in reversed(drafts):
        same = same_sentence and old.sentence is new.sentence
        if _compatible(old, new, same_sentence=same):
            old.participants = list(dict.fromkeys(old.participants + new.participants))
            if KIND_PRIORITY[new.kind] < KIND_PRIORITY[old.kind]:
                old.kind = new.kind
            old.place = old.place or new.place
            old.date = old.date or new.date
            old.vague = old.vague or new.vague
            if same and new.modality == "expected":
                old.modality = "expected"
            for e in new.evidence:
                if e not in old.evidence:
                    old.evidence.append(e)
            return
    drafts.append(new)
