"""Meetings, visits, talks, summits and calls: who took part, where, when, and whether it happened or is planned."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract import dates as dates_mod
from kg.extract import lead, places, reference
from kg.extract.event_triggers import KIND_PRIORITY, TRIGGERS, VETOES_AFTER, Trigger
from kg.extract.context import DATELINE, Context, Mention
from kg.extract.model import Event, Place
from kg.extract.names import slug
from kg.extract.sentences import Sentence

# Clause boundaries: participants named beyond them take part in something else.
# "X said after talks with Y" keeps X and Y together: "after" opens another occasion unless it names the talks.
_BOUNDARY = re.compile(r",\s+(?:where|while|whereas)\b|;|\s+(?:before|when|since|whereas)\s+|"
                       r"\s+after\s+(?!the\s+meeting|(?:(?:a|the|their|his|her)\s+)?(?:talks|meeting|phone call|call)\s+(?:with|between))")
# A relative clause (", who visited Washington last month,") is a hole: its people are not the main clause's.
_HOLE = re.compile(r",\s+(?:who|which)\b[^,;]*(?:,|$)")
_FUTURE = re.compile(r"\b(?:will|(?:may|might|could) (?:\w+ )?(?:meet|hold|visit|travel|sign)|is due to|are due to|is expected to|are expected to|expected to|is likely to|likely|plans? to|planned|"
                     r"scheduled|set to|upcoming|next (?:week|month|year)|later this (?:week|month|year)|ahead of|"
                     r"is to|are to|when (?:they|he|she|the two \w+) meet|agreed to (?:meet|hold|visit)|(?:hopes?|hoped|intends?|wants?) to|"
                     r"invited|invites)\b", re.IGNORECASE)
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
    trigger: str = ""    # the TRIGGERS row that named the occasion (its kind's row when several merged)
    recalled: bool = False  # dated well before publication: a past occasion the report recalls
    back: bool = False      # "X said during the talks": points back to an occasion already reported


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
            claimed: list[tuple[int, int]] = []   # "held talks" claims its "talks": one trigger per span
            for trig in TRIGGERS:
                for t in trig.pattern.finditer(seg):
                    if any(cs < t.end() and t.start() < ce for cs, ce in claimed):
                        continue
                    claimed.append((t.start(), t.end()))
                    if _vetoed_by_wording(ctx, s, seg, a, t, trig, quotes):
                        continue
                    draft = _draft(ctx, s, a, b, t, trig, drafts, last_person, published, orphans)
                    if draft:
                        sentence_drafts.append(draft)
        for d in sentence_drafts:
            if d.trigger in _JOINERS or d.back:
                _join_last(drafts, d)
            else:
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
        if d is first_meeting and d.place is None and _on_the_spot(ctx, d, drafts, published):
            d.place = ctx.dateline_city
        if d.place is None and d.kind != "call":
            d.place = _visited_place(d, drafts)
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
                            support=ctx.support(d.evidence, rule=_rule(d), confidence=confidence)))
    return events


def _visited_place(d: _Draft, drafts: list[_Draft]) -> str | None:
    """"Carney's two-day visit to Mexico City ... Carney and Sheinbaum will meet today": a meeting on the day of a
    placed visit by one of its people, or said to be during that visit, is in the visited city."""
    for v in drafts:
        if v is d or v.kind != "visit" or not v.place or v.recalled or not set(v.participants) & set(d.participants):
            continue
        same_day = d.date and v.date and d.date.date == v.date.date
        during = any(re.search(r"\b(?:during|on the sidelines of) (?:his|her|their|the) (?:[\w-]+ ){0,2}(?:visit|trip)\b",
                               e.text) for e in d.evidence)
        if same_day or during:
            return v.place
    return None


def _on_the_spot(ctx: Context, d: _Draft, drafts: list[_Draft], published) -> bool:
    """"GUATEMALA CITY - A said at a news conference with B ...": the report's first meeting, held on one side's
    premises, unplaced, with a person of the dateline's country and on the report's day, happened where the
    reporter files from (unless someone travelled for it: "during his visit to Canada", reported from New Delhi).
    Talks are not placed this way: their venue is often elsewhere."""
    if not ctx.dateline_city or d.trigger not in _AT_HOME or d.modality != "asserted":
        return False
    code = reference.countries().cities.get(ctx.dateline_city)
    sentences = [e.text for e in d.evidence] + [x.sentence.text for x in drafts if x.kind == "visit"]
    if any(_REMOTE.search(text) for text in sentences) or any(
            (reference.countries().cities.get(m.group(1)) or reference.countries().code(m.group(1))) not in (None, code)
            for text in sentences for m in _TRAVEL_TO.finditer(text)):
        return False
    if d.date and published and abs((published - d.date.date).days) > 2:
        return False
    return any(ctx.persons[k].country == code for k in d.participants if k in ctx.persons)


# "his visit to Canada", "a trip to Mexico City": where someone travelled.
_TRAVEL_TO = re.compile(r"\b(?:visit|visits|visited|trip|tour|travel\w*)\s+(?:[\w-]+\s+){0,2}?to\s+(?:the\s+)?"
                        r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


# Occasions that take place on one side's premises: a reception, a summons, a joint news conference.
_AT_HOME = {"joint-appearance", "receive-verb", "host-verb", "summon-verb", "call-on"}
_REMOTE = re.compile(r"\b(?:video ?(?:link|conference|call)|videoconference|virtual(?:ly)?|online)\b", re.IGNORECASE)


def _carry_lead(ctx: Context, drafts: list[_Draft], orphans: list, published) -> None:
    """A lead often reports talks without naming who held them ("officials held talks in Beijing on Monday") and
    the next sentences name the people: the talks' place and date go to that meeting, or the people named as the
    next sentence's subject held them. Meetings without people elsewhere ("a technical meeting in Asuncion on
    June 18") are kept when their venue is named."""
    lead_paragraph = next((s.paragraph for s in ctx.reporting() if s.index not in ctx.headlines), 0)
    # Meetings without named people are not events of their own (an event needs a participant).
    for s, a, b, t, trig in orphans:
        seg, kind = s.text[a:b], trig.kind
        probe = _draft_without_people(ctx, s, a, b, t, trig, published)
        if lead_paragraph <= s.paragraph <= lead_paragraph + 1 and not any(
                d.sentence.index < s.index and len(d.participants) > 1 for d in drafts):
            # The lead's unnamed talks are the first occasion of several named people reported soon after, if
            # nothing places that occasion elsewhere or at another time.
            later = [d for d in drafts if d.sentence.index > s.index and len(d.participants) > 1
                     and (d.sentence.paragraph <= s.paragraph + 1 or d.sentence.paragraph <= s.paragraph + 3
                          and d.modality == probe.modality and d.place in (None, probe.place)
                          and (d.date is None or probe.date is None or d.date.date == probe.date.date))]
            if later:
                target = later[0]
                target.place = target.place or probe.place
                target.date = target.date or probe.date
                if KIND_PRIORITY[kind] < KIND_PRIORITY[target.kind]:
                    target.kind, target.trigger = kind, trig.name
                target.evidence.insert(0, s)
                continue
            nxt = next((x for x in ctx.reporting() if x.index > s.index and x.index not in ctx.headlines), None)
            pair = _coordinated_pair(ctx, nxt) if nxt else None
            if pair:
                probe.participants, probe.evidence = pair, [s, nxt]
                drafts.insert(0, probe)
                continue
        # "The agreement was reached at a meeting in Rabat on Monday": the meeting just reported, placed and dated.
        recent = [d for d in drafts if s.index - 4 <= d.sentence.index < s.index and len(d.participants) > 1
                  and d.modality == "asserted" and probe.modality == "asserted"]
        if recent and (probe.place or probe.date) and re.search(r"\b(?:was|were)\s+(?:reached|agreed|signed|"
                                                                r"announced|made)\s+(?:at|during|following|after)\b", seg):
            recent[-1].place = recent[-1].place or probe.place
            recent[-1].date = recent[-1].date or probe.date
            continue
        # "A and B may meet on the sidelines of the APEC summit in Shenzhen": the summit is where they meet.
        # (A meeting with no named people at all is not kept: an event needs a participant.)
        same = [d for d in drafts if d.sentence.index == s.index]
        if same and kind == "summit" and same[0].kind == "meeting":
            same[0].kind, same[0].trigger = "summit", trig.name
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


def _draft_without_people(ctx: Context, s: Sentence, a: int, b: int, t: re.Match[str], trig: Trigger,
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
    return _Draft(kind=trig.kind, participants=[], sentence=s, modality=modality, place=place, date=date, evidence=[s],
                  trigger=trig.name)


_SIGNED_PACT = re.compile(r"\b(?:signed\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,6}?(?:agreement|accord|pact|deal|treaty|memorandum|"
                          r"MoU|MOU|protocol|document|letter|declaration|statement|roadmap|Agreement|Accord|Treaty|"
                          r"Memorandum|Protocol|framework|arrangement|\([A-Z]{2,6}\))|(?:deal|agreement|pact|accord|treaty|"
                          r"memorandum|MoU|document|protocol|framework|arrangement)\s+was\s+signed|"
                          # "A and B signed it in Dublin": the pact the lead just reported, signed where they met
                          r"signed\s+(?:it|them)\s+(?:in|at)\s)")


def _rule(d: _Draft) -> str:
    """kg:rule of an event: the trigger row's name, marked when the occasion is only planned."""
    return f"meeting/{d.trigger}" + ("-expected" if d.modality == "expected" and not d.trigger.endswith("expected") else "")


def _vetoed_by_wording(ctx: Context, s: Sentence, seg: str, a: int, t: re.Match[str], trig: Trigger,
                       quotes: list[tuple[int, int]]) -> str | None:
    """The name of the veto that rejects this trigger from its words alone, or None."""
    if trig.role != "visit" and seg[t.start()].isupper() and t.start() > 0:
        return "capitalised-name-part"   # "the Shangri-La Dialogue", "the Meeting of Heads": part of a name
    quote = next(((qs, qe) for qs, qe in quotes if qs <= a + t.start() < qe), None)
    if quote and not _QUOTED_PREDICATE.search(s.text[:quote[0]]):
        return "inside-quotation"        # a meeting mentioned inside a quotation is the speaker's, not a new report
    if trig.role == "noun" and _INTERNAL.search(seg[:t.start()]):
        return "internal-meeting"        # "during the Cabinet meeting": one government's own sitting, no meeting of states
    for veto in VETOES_AFTER:
        if trig.name in veto.applies_to and veto.pattern.search(seg[t.start():]):
            return veto.name
    return None


_INTERNAL = re.compile(r"\b(?:[Cc]abinet|party|board|committee|staff|parliamentary|caucus|shareholders['’]?|"
                       r"[Pp]olitburo|plenary|council of ministers)\s+$")


# 'A and B "agreed to meet soon," the ministry said': a quotation that carries a named subject's own predicate.
_QUOTED_PREDICATE = re.compile(r"[A-Z][\w'’.-]+\s*$")


def _veto_with_people(ctx: Context, s: Sentence, seg: str, trig: Trigger, participants: list[str],
                      subjects: list[str], published) -> str | None:
    """The name of the veto that rejects a trigger once its people are known, or None."""
    if trig.name == "discussed-pair" and (len(set(subjects)) < 2 or re.search(r"\b(?:phone|telephone)\b", s.text)
                                         or len({ctx.persons[k].country for k in subjects if k in ctx.persons}) < 2):
        return "discussion-not-between-states"   # only "A and B discussed" by people of two states; by phone: a call
    if trig.name == "signing" and (len(participants) < 2 or not _SIGNED_PACT.search(seg)):
        return "signing-without-pact-or-pair"    # "X signed the bill, which Y proposed" is no meeting
    if trig.name in ("signing", "discussed-pair") and re.search(r"\b(?:in|since)\s+(?:19|20)\d\d\b", seg) and published \
            and not re.search(rf"\b{published.year}\b", seg):
        return "recalled-occasion"               # "when A and B signed the pact in 2015" recalls an old occasion
    if trig.role == "joint" and len(participants) < 2:
        return "appearance-alone"                # "speaking alongside" whom the text does not name
    return None
    return None


def _draft(ctx: Context, s: Sentence, a: int, b: int, t: re.Match[str], trig: Trigger, drafts: list[_Draft],
           last_person: str | None, published, orphans: list | None = None) -> _Draft | None:
    """Apply one trigger: find its participants, apply the vetoes, then its modality, place and date."""
    seg = s.text[a:b]
    seg_start = s.start + a
    before, after = _around(ctx, seg, seg_start, t)
    participants, subjects, back = _participants(ctx, seg, seg_start, t, trig, before, after, drafts, last_person)
    if _veto_with_people(ctx, s, seg, trig, participants, subjects, published):
        return None
    if not participants:
        _place_for_last(ctx, seg, t, drafts)
        if trig.role == "noun" and orphans is not None:
            orphans.append((s, a, b, t, trig))
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
        if (_ATTRIBUTION_DATE.search(seg[max(0, dm.start - 50):dm.start]) and trig.role != "joint"
                and not re.match(r"^\s*(?:\([^)]*\)\s*)?(?:after|following|during|at)\s+(?:[\w-]+\s+){0,3}$",
                                 seg[dm.end:t.start()])) or (
                DATELINE.match(s.text) and a == 0 and dm.end <= DATELINE.match(s.text).end()):
            continue  # "X said on Monday" dates the saying (yet "X said Monday at a news conference with Y" both)
        if _POSSESSIVE.match(seg[dm.end:]) and not dm.end < t.start() <= dm.end + 4:
            continue  # "During Thursday's call, A and B agreed to meet": Thursday dates the call only
        if dm.date is None:
            vague = vague or dm  # kept as date_text: the words say when, without fixing a day
            continue
        if date is None or abs(dm.start - t.start()) < abs(date.start - t.start()):
            date = dm
    if date and modality == "expected" and published and date.date < published:
        date = _forward(date, published)
    recalled = bool(date and published and (published - date.date).days > 31)
    return _Draft(kind=trig.kind, participants=participants, sentence=s, modality=modality, place=place, date=date,
                  vague=vague, evidence=[s], trigger=trig.name, recalled=recalled, back=back)


_POSSESSIVE = re.compile(r"^['’]s\b")


def _around(ctx: Context, seg: str, seg_start: int, t: re.Match[str]) -> tuple[list[Mention], list[Mention]]:
    """The people named before and after the trigger in its clause, minus those inside a relative clause
    ("X, who visited Washington,") unless the trigger is inside it, when X is its subject."""
    mentions = ctx.persons_in(seg_start, seg_start + len(seg))
    trigger_at = seg_start + t.start()
    holes = [(seg_start + h.start(), seg_start + h.end()) for h in _HOLE.finditer(seg)]
    hole = next(((hs, he) for hs, he in holes if hs <= trigger_at < he), None)
    if hole:
        head = [m for m in mentions if m.end <= hole[0] and hole[0] - m.end <= 2]
        mentions = head + [m for m in mentions if hole[0] <= m.start < hole[1]]
    else:
        mentions = [m for m in mentions if not any(hs <= m.start < he for hs, he in holes)]
    return [m for m in mentions if m.end <= trigger_at], [m for m in mentions if m.start >= seg_start + t.end()]


# A noun takes people through "with/between" ("talks on Monday in Geneva with X"), or as "led/hosted by X".
_NOUN_WITH = re.compile(r"^\s+(?:(?:on|last)\s+[A-Z][a-z]+day\s+)?(?:in\s+(?:[A-Z][\w-]*\s+|(?:do|da|de|del)\s+){1,4})?"
                        r"(?:(?:on|last)\s+[A-Z][a-z]+day\s+)?(?:with|between|among|alongside)\s|"
                        r"^\s+(?:[\w,–-]+\s+){0,5}?(?:were|was)\s+(?:led|co-chaired|chaired|hosted|attended|headed)\s+by\s")
# "X said during a call with Y", "X reaffirmed support during a phone call": the subject took part in the occasion.
_DURING = re.compile(r"\b(?:during|in|at|after|following)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,3}$")
# "During Thursday's call, A and B agreed": the occasion opens the clause and its people are the subject after it.
_OPENING = re.compile(r"^\s*$|(?:^|\b(?:during|at|in)\s+)(?:a|an|the|their|\w+['’]s)\s+(?:[\w-]+\s+){0,2}$",
                      re.IGNORECASE)


def _participants(ctx: Context, seg: str, seg_start: int, t: re.Match[str], trig: Trigger, before: list[Mention],
                  after: list[Mention], drafts: list[_Draft], last_person: str | None
                  ) -> tuple[list[str], list[str], bool]:
    """Who took part, by the trigger's role; also the clause's subjects (the vetoes need them), and whether the
    words only point back to an occasion already reported ("X said during the talks")."""
    trigger_at = seg_start + t.start()
    gap = ctx.text[before[-1].end:trigger_at] if before else ""
    after_talks = bool(before) and _SAID_AFTER.search(gap) is not None
    # "A met B at the summit": the verb reports the meeting; the summit is only its occasion (see _carry_lead).
    during = _DURING.search(gap) and not any(tr.pattern.search(gap) for tr in TRIGGERS if tr.role in ("verb", "noun"))
    took_part = bool(_LIGHT_VERB.search(gap) or during)
    if trig.role == "noun" and before and not took_part and not after_talks:
        before = []  # "Zelenskyy condemned the meeting": a subject takes part only if it held/attended it
    if before and _SPEECH_GAP.search(gap) and not after_talks and not during and trig.role != "joint":
        before = []  # "Guterres said the Assembly would meet": the speaker is not the one meeting
    subjects = _subjects(ctx, before)
    participants: list[str] = []
    tail = seg[t.end():]
    if trig.role == "join":
        participants += subjects if before else (_objects(ctx, after) if re.search(r"\bby$", t.group()) else [])
    elif trig.role == "visit":
        if before and re.search(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,3}$", seg[:t.start()]):
            participants.append(before[0].key)  # "A will sign a pact with B during his visit": A travels
        elif before:
            participants.append(before[-1].key)
        by = re.match(r"^\s+(?:[\w-]+\s+){0,3}?(?:by|of)\s+", tail)
        if by and after and after[0].start - (seg_start + t.end()) <= by.end() + 40:
            participants += _objects(ctx, after)  # "a trip to Mexico by A and B"
        participants += [m.key for m in after if _INVITATION.search(ctx.text[seg_start:m.start][-40:])]
    else:
        participants += subjects
        if trig.name == "discussed-pair":
            pass  # what they discussed may name other people ("discussed the case of X")
        elif trig.role == "joint":
            # "speaking alongside B": B follows at once; "speaking alongside officials, praised B" names no one
            participants += [k for k in _objects(ctx, after) if "," not in ctx.text[seg_start + t.end():after[0].start]]
        elif trig.role == "verb" or _NOUN_WITH.match(tail):
            participants += _objects(ctx, after) or _unnamed_counterpart(ctx, tail, subjects)
        if trig.role == "noun" and not participants and _OPENING.search(seg[:t.start()]):
            m = re.match(r"^[^,]{0,40},\s+", tail)
            if m:
                participants += _objects(ctx, [x for x in after if x.start >= seg_start + t.end() + m.end()],
                                         at=seg_start + t.end() + m.end())
    if before and trig.role == "verb" and drafts and len(drafts[-1].participants) > 1 and re.match(
            r"^\s+(?:both|the two)\s+(?:ministers|leaders|men|women|officials|counterparts)\b", tail):
        participants += drafts[-1].participants  # "X, who met both ministers": the pair just reported
    if not before and not (trig.role == "visit" and participants):
        participants = _implicit_subject(ctx, seg, seg_start, t, drafts, last_person) + participants
    back = bool(during) and trig.role == "noun" and not _NOUN_WITH.match(tail) and not _LIGHT_VERB.search(gap)
    return list(dict.fromkeys(participants)), subjects, back


# "met his Iraqi counterpart on Monday": a counterpart the clause does not name.
_COUNTERPART = re.compile(r"^\s+(?:(?:on|last)\s+[A-Z][a-z]+day\s+)?(?:with\s+)?(?:his|her|their)\s+(?:(?P<adj>[A-Z][\w'’-]+)\s+)?"
                          r"counterparts?\b(?!\s*,?\s+[A-Z])")


def _unnamed_counterpart(ctx: Context, tail: str, subjects: list[str]) -> list[str]:
    """"A met his Iraqi counterpart": the one Iraqi person the report names elsewhere; without an adjective, the
    one person of the report's other main state."""
    m = _COUNTERPART.match(tail)
    if not m or not subjects:
        return []
    mine = {ctx.persons[k].country for k in subjects if k in ctx.persons}
    code = reference.countries().code(re.sub(r"['’]s$", "", m.group("adj"))) if m.group("adj") else None
    if code is None:
        others = [c for c in ctx.main_countries() if c not in mine]
        code = others[0] if others and mine - {None} else None
    candidates = [p.key for p in ctx.persons.values() if code and p.country == code and p.key not in subjects]
    return candidates if len(candidates) == 1 else []


def _objects(ctx: Context, after: list[Mention], *, at: int | None = None) -> list[str]:
    """The people of the object (or subject) run opening at the first mention: "met A, B and C" gives three;
    "summoned A over B's remark" gives A alone."""
    if not after or (at is not None and after[0].start - at > 60):
        return []
    keys = [after[0].key]
    for prev, cur in zip(after, after[1:]):
        gap = ctx.text[prev.end:cur.start]
        if not (_COORDINATION.match(gap) and ("and" in gap or "," in gap)) and not _LIST_GAP.match(gap):
            break
        keys.append(cur.key)
    return keys


# "A, Brazil's justice minister, and Paraguayan Interior Minister B", "A and Somalia's Minister of Internal
# Security, B": appositions and titles between the members of a list, without a verb or clause between them.
_LIST_GAP = re.compile(r"^(?=\s*(?:\S+\s+){0,12}\S*$)(?!.*\b(?:said|says|told|who|which|that|after|before|while|when|"
                       r"over|about|against|during|on|in|at)\b)[^;.!?]*\band\b[^;.!?]*$")


def _implicit_subject(ctx: Context, seg: str, seg_start: int, t: re.Match[str], drafts: list[_Draft],
                      last_person: str | None) -> list[str]:
    """"The two leaders met": the pair just reported (or the last two people named); "he met": the last person."""
    prefix = seg[:t.start()]
    group = _GROUP_BEFORE.search(prefix[-60:]) or _GROUP_AFTER.match(seg[t.end():])
    if group and drafts and len(drafts[-1].participants) > 1:
        return list(drafts[-1].participants)
    if group:
        earlier = [m.key for m in sorted(ctx.person_mentions + ctx.title_refs, key=lambda m: m.start)
                   if m.end <= seg_start and m.key]
        pair = list(dict.fromkeys(reversed(earlier)))[:2]
        return list(reversed(pair)) if len(pair) == 2 else []
    if _PRONOUN.search(prefix[-25:]) and last_person:
        return [last_person]
    return []


_LIGHT_VERB = re.compile(r"^(?:['’]s)?\s*(?:[\w,'’-]+\s+){0,8}?(?:held|holds|had|has|have|attended|attends|hosted|hosts|discussed|"
                         r"chaired|joined|began|begins|concluded|led|opened|wrapped up|is holding|will hold|to hold|"
                         r"participated? in|participates in|take part in|took part in|takes part in)\b"
                         r"(?:\s+[\w-]+){0,4}\s*$|^['’]s\s+(?:[\w-]+\s+){0,3}$")
# "X said on Tuesday after talks with Y": the speaker held the talks.
_SAID_AFTER = re.compile(r"\b(?:said|told\s+\w+|added)\s+(?:on\s+\w+\s+|\w+\s+){0,2}(?:after|following|during)\s+(?:\w+\s+)?$")
_SPEECH_GAP = re.compile(r"\b(?:said|says|told|added|stated|noted|announced|warned|claimed)\b")
# "A and B", "A and his Indian counterpart B", "A and South Korean Defence Minister B" (a title of capitalised words),
# with the name in apposition after the title ("A and his Turkish counterpart, B").
_COORDINATION = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)(?:(?:his|her|their|the)\s+)?"
                           r"(?:(?:[\w'’-]+\s+){0,3}|(?:[A-Z][\w'’-]*\s+){0,7}|(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+|"
                           r"(?:[A-Z][\w'’-]*\s+){0,6}[A-Z][\w'’-]*,\s+|"
                           # "and Israel's Minister of Strategic Affairs B": a title with its small words
                           r"[A-Z][\w'’-]*\s+(?:(?:[A-Z][\w'’-]*|of|for|the|and)\s+){0,8})$")


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


_JOINERS = {t.name for t in TRIGGERS if t.role == "join"}


def _join_last(drafts: list[_Draft], new: _Draft) -> None:
    """"X took part", "joined by X": X joins the occasion of several people reported in the last few sentences;
    with no such occasion the words say nothing about a meeting."""
    for old in reversed(drafts):
        if new.sentence.index - 3 <= old.sentence.index and len(old.participants) > 1 and old.modality == new.modality:
            old.participants = list(dict.fromkeys(old.participants + new.participants))
            old.evidence.append(new.sentence)
            return


def _compatible(x: _Draft, y: _Draft, *, same_sentence: bool) -> bool:
    px, py = set(x.participants), set(y.participants)
    # "A is expected to travel to Warsaw for talks with B": the visit is the occasion of the talks.
    occasion = same_sentence and {x.kind, y.kind} & {"visit"} and {x.kind, y.kind} & {"talks", "meeting"}
    if (x.kind == "call") != (y.kind == "call") and (not same_sentence or x.modality != y.modality):
        return False  # a phone call before a meeting, or one agreeing to meet, is an occasion of its own
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
    return True


def _merge_into(drafts: list[_Draft], new: _Draft, *, same_sentence: bool) -> None:
    """One event per occasion: a visit and the meeting during it, or a later "the meeting", fold together."""
    for old in reversed(drafts):
        same = same_sentence and old.sentence is new.sentence
        if _compatible(old, new, same_sentence=same):
            old.participants = list(dict.fromkeys(old.participants + new.participants))
            if KIND_PRIORITY[new.kind] < KIND_PRIORITY[old.kind]:
                old.kind, old.trigger = new.kind, new.trigger
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
