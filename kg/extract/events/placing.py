"""Where and when each draft took place (the rows of _DRAFT_STEPS), and the Event it becomes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from kg.extract import dates as dates_mod
from kg.extract import lead, places, reference
from kg.extract.context import DATELINE, Context
from kg.extract.model import Event, Place
from kg.extract.names import slug

from kg.extract.events.drafts import PAST_OCCASION, _Draft, _Run, past_occasion


def _place_and_date(run: _Run) -> None:
    """Each draft in turn: placed and dated by the rows of _DRAFT_STEPS, then reported as an Event (a later draft's
    rows see the places the earlier ones took)."""
    run.first_meeting = next((d for d in run.drafts if len(d.participants) > 1 and d.modality == "asserted"), None)
    for d in run.drafts:
        for _name, step in _DRAFT_STEPS:
            step(run, d)
        run.events.append(_event(run.ctx, d))


def _arrival_not_the_talks_day(run: _Run, d: _Draft) -> None:
    """The talks held during a visit took place on the lead's day, not on the day of arrival."""
    lead_date = run.lead_date
    if d.travel_date and d.kind != "visit" and d is run.first_meeting and lead_date \
            and lead_date[1].date != d.date.date and lead_date[0] <= d.sentence.paragraph <= lead_date[0] + 3:
        d.date = None


def _earlier_than_the_lead(run: _Run, d: _Draft) -> None:
    """Rule "earlier-than-the-lead" (_before_the_lead): an undated first meeting its own words place before the lead's
    day takes neither the lead's day nor the places the lead and the dateline give."""
    run.earlier = d is run.first_meeting and d.date is None and _before_the_lead(d, run.lead_date, run.published)


def _lead_date(run: _Run, d: _Draft) -> None:
    """The lead's day dates the lead's own occasions and the first meeting soon after (a vague "this week" from a
    later sentence does not outweigh the lead's day for the first meeting)."""
    lead_date, first_meeting = run.lead_date, run.first_meeting
    if d.date is None and (not d.vague or d is first_meeting) and d.modality == "asserted" and lead_date and (
            d.sentence.paragraph == lead_date[0]
            or d is first_meeting and lead_date[0] < d.sentence.paragraph <= lead_date[0] + 3) \
            and not run.earlier:
        d.date = lead_date[1]


def _lead_signing_place(run: _Run, d: _Draft) -> None:
    """"under a framework signed in Abuja on Wednesday": the lead's signing place places the first meeting after it."""
    lead_date = run.lead_date
    if d is run.first_meeting and not run.earlier and d.place is None and lead_date \
            and lead_date[0] < d.sentence.paragraph <= lead_date[0] + 3:
        d.place = lead.signing_place(run.ctx)


def _lead_place(run: _Run, d: _Draft) -> None:
    """Rule "lead-place": the meeting took the lead's day, so it takes the city the lead names too, before the
    dateline's ("TOKYO - Japan and Vietnam agreed yesterday ... with Suga in Hanoi")."""
    lead_date = run.lead_date
    if d is run.first_meeting and d.place is None and lead_date and d.date and d.date.date == lead_date[1].date \
            and lead_date[0] <= d.sentence.paragraph <= lead_date[0] + 3:
        d.place = lead.place(run.ctx)


def _lead_place_undated(run: _Run, d: _Draft) -> None:
    """Rule "lead-place-undated": a report without a publication date cannot resolve the lead's "on Thursday", so
    "lead-place" never fires; the first meeting soon after the lead, with no time of its own, takes the city the lead
    names before the dateline's ("SYDNEY - ... dialogue held in Canberra on Thursday. Singh ... met Marles")."""
    if run.published is not None or d is not run.first_meeting or run.earlier or d.place or d.date or d.vague:
        return
    first = lead._lead_sentence(run.ctx)
    if first is not None and first[0].paragraph <= d.sentence.paragraph <= first[0].paragraph + 3:
        d.place = lead.place(run.ctx)


def _dateline_visit(run: _Run, d: _Draft) -> None:
    """Met, unplaced, during a visit to the city the report is datelined from ("arrived for a visit"); a visit its
    words call over ("after A's visit", veto "past-visit-no-dateline") is none."""
    ctx = run.ctx
    if d is run.first_meeting and not run.earlier and d.place is None and ctx.dateline_city \
            and d.modality == "asserted" and any(x.kind == "visit" and x.modality == "asserted" and not past_occasion(x)
                                                 and x.place in (None, ctx.dateline_city) for x in run.drafts):
        d.place = ctx.dateline_city


def _on_the_spot_place(run: _Run, d: _Draft) -> None:
    """The report's first meeting, with a person of the dateline's country on the report's day (_on_the_spot)."""
    if d is run.first_meeting and not run.earlier and d.place is None \
            and _on_the_spot(run.ctx, d, run.drafts, run.published):
        d.place = run.ctx.dateline_city


def _visited(run: _Run, d: _Draft) -> None:
    """A meeting on the day of a placed visit by one of its people, or during it, is in the visited city."""
    if d.place is None and d.kind != "call":
        d.place = _visited_place(d, run.drafts)


def _visit_to_dateline(run: _Run, d: _Draft) -> None:
    """A foreigner's visit under way, reported from the country visited, is in the dateline's city, and the lead's
    day is a day of it."""
    lead_date = run.lead_date
    if d.place is None and _visit_to_the_dateline(run.ctx, d, run.published):
        d.place = run.ctx.dateline_city
        if d.date is None and not d.vague and lead_date and lead_date[0] <= d.sentence.paragraph <= lead_date[0] + 3:
            d.date = lead_date[1]


def _not_elsewhere(run: _Run, d: _Draft) -> None:
    """Veto "destination-elsewhere" (_destination_elsewhere): a place the meeting's own words send its traveller away
    from is not its place."""
    own, wheres = _destinations(d)
    if d.place and _destination_elsewhere(d.place, own, wheres):
        d.place = None


def _destination(run: _Run, d: _Draft) -> None:
    """Rule "destination-place" (_destination_city): an unplaced meeting is in the city its traveller is said to be
    in."""
    if d.place is None and d.kind != "call":
        d.place = _destination_city(_destinations(d)[1])


def _from_siblings(run: _Run, d: _Draft) -> None:
    """Rules "split-<cue>": one sentence's meetings share where and when it puts them."""
    for x in d.siblings:
        if any(e.index > d.sentence.index for e in x.evidence):
            continue  # ("While meeting with A on Monday, ..." after the list dates A's meeting only)
        if d.place is None and x.place:
            d.place = x.place
        if d.date is None and x.date and x.modality == d.modality:
            d.date = x.date


def _event(ctx: Context, d: _Draft) -> Event:
    """The Event a placed and dated draft reports: its place with that place's state, its people's states, its rule."""
    place = None
    if d.place:
        code = reference.countries().place_state(d.place) or _named_town_state(ctx, d)
        place = Place(key=slug(d.place), name=d.place, country=code)
    countries = []
    for key in d.participants:
        person = ctx.persons.get(key)
        if person and person.country and person.country not in countries:
            countries.append(person.country)
    if place and place.country and place.country not in countries:
        countries.append(place.country)
    confidence = 0.8 if len(d.participants) > 1 else 0.6
    return Event(kind=d.kind, participants=d.participants,
                 date=d.date.date if d.date else None,
                 end_date=d.date.end_date if d.date else None,
                 date_text=d.date.text if d.date else (d.vague.text if d.vague else ""),
                 place=place, countries=countries,
                 modality=d.modality,
                 support=ctx.support(d.evidence, rule=_rule(d), confidence=confidence))


# One draft's places and dates, in the order they are tried: each row fills what the rows before it left open.
_DRAFT_STEPS: tuple[tuple[str, Callable[[_Run, _Draft], None]], ...] = (
    ("arrival-not-the-talks-day", _arrival_not_the_talks_day),
    ("earlier-than-the-lead", _earlier_than_the_lead),
    ("lead-date", _lead_date),
    ("lead-signing-place", _lead_signing_place),
    ("lead-place", _lead_place),
    ("lead-place-undated", _lead_place_undated),
    ("dateline-visit", _dateline_visit),
    ("on-the-spot", _on_the_spot_place),
    ("visited-place", _visited),
    ("visit-to-the-dateline", _visit_to_dateline),
    ("destination-elsewhere", _not_elsewhere),
    ("destination-place", _destination),
    ("split-<cue>", _from_siblings),
)


# Rule "earlier-than-the-lead": "last week's meeting between A and B", "A and B met earlier this month", "a previous
# meeting in May" name an occasion before the one the lead dates; the first meeting with two people does not take the
# lead's day (nor the dateline's city) when its own words place it where the lead's day is not ("last week" with a lead
# dated this week; "last week" with a lead dated last Friday agrees).
_PAST_VAGUE = re.compile(r"^(?:(?P<last>last)\s+(?P<unit>week|month|year)|earlier\s+this\s+(?P<this>month|year)|"
                         r"(?:the\s+)?(?:first|second|third|fourth|last)\s+week\s+of\s+(?P<wmon>\w+)|"
                         r"in\s+(?P<mon>\w+)(?:\s+(?P<year>\d{4}))?)$", re.IGNORECASE)
_PAST_OCCASION = PAST_OCCASION


def _before_the_lead(d: _Draft, lead_date, published) -> bool:
    """Whether the draft's own words place it apart from the lead's day: a vague past the lead's day is not in ("last
    week", "earlier this month", "in May" of another month) or a past occasion noun ("the previous meeting")."""
    if any(_PAST_OCCASION.search(e.text) for e in d.evidence[:1]):
        return True
    m = _PAST_VAGUE.match(d.vague.text.strip()) if d.vague else None
    if not m or not lead_date or lead_date[1].date is None or published is None or not _governs(d, d.vague.text):
        return False
    when = lead_date[1].date
    return not _within(m, when, published)


_OCCASION_WORD = r"(?:meet|meets|met|meeting|meetings|talks|talked|visit|visits|visited|call|summit|discussions|discussed)"


def _governs(d: _Draft, vague: str) -> bool:
    """Whether the vague time is the occasion's own: "last week's meeting", "met ... last week", "the talks held earlier
    this month" (a meeting word at most eight words before it), not a time of another clause of the sentence."""
    v = re.escape(vague.strip())
    own = re.compile(rf"{v}['’]s\s+(?:[\w-]+\s+){{0,2}}{_OCCASION_WORD}\b|\b{_OCCASION_WORD}\b(?:\s+[^\s;]+){{0,8}}?\s+{v}",
                     re.IGNORECASE)
    return bool(own.search(d.sentence.text))


def _within(m: re.Match[str], when, published) -> bool:
    """Whether the day ``when`` lies in the span a vague past names, counted from ``published``."""
    if m.group("last"):
        unit = m.group("unit").lower()
        if unit == "week":
            monday = published - dt.timedelta(days=published.weekday())
            return monday - dt.timedelta(days=7) <= when < monday
        if unit == "month":
            first = published.replace(day=1)
            return (first - dt.timedelta(days=1)).replace(day=1) <= when < first
        return when.year == published.year - 1
    if m.group("this"):
        same = when.year == published.year and (m.group("this").lower() == "year" or when.month == published.month)
        return same and when < published
    month = m.group("mon") or m.group("wmon")
    number = dates_mod.month_number(month)
    if number is None:
        return True  # "in Beijing": no time at all
    return number == when.month and not (m.group("year") and int(m.group("year")) != when.year)


# "during his visit", "During the two-day trip", "on the sidelines of her visit": the meeting was held within that visit
# (a sentence may open on it: "During his visit, Nur is expected to hold talks with ...").
_DURING_VISIT = re.compile(r"\b(?:[Dd]uring|[Oo]n the sidelines of) (?:his|her|their|the) (?:[\w-]+ ){0,2}(?:visit|trip)\b")


def _visited_place(d: _Draft, drafts: list[_Draft]) -> str | None:
    """"Carney's two-day visit to Mexico City ... Carney and Sheinbaum will meet today": a meeting on the day of a
    placed visit by one of its people, or said to be during that visit, is in the visited city."""
    for v in drafts:
        if v is d or v.kind != "visit" or not v.place or v.recalled or not set(v.participants) & set(d.participants):
            continue
        same_day = d.date and v.date and d.date.date == v.date.date
        during = any(_DURING_VISIT.search(e.text) for e in d.evidence)
        if same_day or during:
            return v.place
    return None


def _on_the_spot(ctx: Context, d: _Draft, drafts: list[_Draft], published) -> bool:
    """"GUATEMALA CITY - A said at a news conference with B ...", "SINGAPORE - A and his counterpart B signed ...":
    the report's first meeting, unplaced, with a person of the dateline's country and on the report's day, happened
    where the reporter files from (unless someone travelled for it: "during his visit to Canada", reported from New
    Delhi, or it was held by video link). A call is never placed."""
    if not ctx.dateline_city or d.kind == "call" or d.modality != "asserted":
        return False
    code = ctx.dateline_state
    sentences = [e.text for e in d.evidence] + [x.sentence.text for x in drafts if x.kind == "visit"]
    if any(_REMOTE.search(text) for text in sentences) or any(
            reference.countries().place_state(m.group(1)) not in (None, code)
            for text in sentences for m in _TRAVEL_TO.finditer(text)):
        return False
    if d.date and published and abs((published - d.date.date).days) > 2:
        return False
    return any(ctx.persons[k].country == code for k in d.participants if k in ctx.persons)


def _visit_to_the_dateline(ctx: Context, d: _Draft, published) -> bool:
    """"YAOUNDE - ... Nigeria's President Buhari, on a visit to Cameroon, ...": a visit by a foreigner reported from a
    city of the country visited (or where the words name no other destination) is a visit to that city, if it is
    under way (not planned, not recalled, not called over by its own words: veto "past-visit-no-dateline", "after
    US House Speaker Pelosi's visit" in a report from Phnom Penh was no visit to Phnom Penh)."""
    if d.kind != "visit" or d.modality != "asserted" or d.recalled or not ctx.dateline_city or past_occasion(d):
        return False
    code = ctx.dateline_state
    if code is None or any(ctx.persons[k].country in (code, None) for k in d.participants if k in ctx.persons):
        return False
    if d.date and published and abs((published - d.date.date).days) > 2:
        return False
    targets = [reference.countries().place_state(m.group(1))
               for e in d.evidence for m in _TRAVEL_TO.finditer(e.text)]
    return all(t in (None, code) for t in targets)


# Row "town-state-named": a town only the gazetteer knows gives its state when the report names that state (or a
# participant is of it): "talks held in Termez" with Uzbekistan named is in Uzbekistan; "at Guliston border crossing
# point" in a Kyrgyz-Tajik report is not Uzbekistan's Guliston, and the place keeps no state.
def _named_town_state(ctx: Context, d: _Draft) -> str | None:
    code = places.state(d.place)
    named = set(ctx.country_counts) | {ctx.home_country} | {
        ctx.persons[k].country for k in d.participants if k in ctx.persons}
    return code if code in named else None


# Veto "destination-elsewhere": "ISLAMABAD - the minister, on a visit to Moscow, met ...", "A met B, who arrived in
# Kazakhstan for an official visit": the meeting's own words say where its traveller is; a place of another state that
# those words do not name (the dateline's city, a city carried from another clause) is not where the meeting was.
# Only a state's or a city's name counts as a destination, never an adjective ("the visiting Chinese minister").
_DESTINATION = re.compile(r"\b(?:(?:on|during|in)\s+(?:an?|his|her|their|the|this|its)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:visit|trip|tour)\s+to|visiting|(?:arrived|arriving|arrives)\s+in|who\s+is\s+in)\s+"
                          r"(?:the\s+)?(?:[A-Z][\w-]+\s+capital,?\s+)?(?P<where>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


def _destination_code(name: str) -> str | None:
    """The state a destination's name places: a known city's state or a state named in full, not an adjective."""
    countries = reference.countries()
    for cand in (name, name.split()[0]):
        code = countries.cities.get(cand) or countries.names.get(cand)
        if code:
            return code
    return None


def _destinations(d: _Draft) -> tuple[str, list[str]]:
    """The meeting's own sentence (its first evidence, past a dateline) and the destinations it names, in order."""
    own = d.evidence[0].text if d.evidence else ""
    dateline = DATELINE.match(own)
    own = own[dateline.end():] if dateline else own
    return own, [m.group("where") for m in _DESTINATION.finditer(own)]


# Rule "destination-place": "a delegation has arrived in Doha to hold talks", "Kihara, visiting the Philippine capital
# Manila, met Marcos": an unplaced meeting whose own sentence says its traveller is in a known city took place there
# (a state's name places no city: "visiting Maldives" leaves the meeting unplaced).
def _destination_city(wheres: list[str]) -> str | None:
    cities = reference.countries().cities
    found = [w if w in cities else w.split()[0] for w in wheres if w in cities or w.split()[0] in cities]
    return found[0] if len(set(found)) == 1 else None


def _destination_elsewhere(place: str, own: str, wheres: list[str]) -> bool:
    """Whether the meeting's own sentence sends its traveller to another state than its place without naming the place
    (a later sentence's "his visit to Beijing in 2019" is another trip)."""
    code = reference.countries().place_state(place)
    if code is None or place in own:
        return False
    destinations = {_destination_code(w) for w in wheres}
    destinations.discard(None)
    return bool(destinations) and code not in destinations


# "his visit to Canada", "a trip to Mexico City", "travelled to Nepal": where someone travelled; row "visited-arrived-in"
# (x25pastvisit): "Dwivedi visited Nepal", "arrived in Kathmandu" say it with the verb alone (a report datelined NEW
# DELHI about an Indian who "visited Nepal" is not on the spot).
_TRAVEL_TO = re.compile(r"\b(?:(?:visit|visits|visited|trip|tour|travel\w*)\s+(?:[\w-]+\s+){0,2}?to|visited|"
                        r"(?:arrived|arrives|arriving)\s+in)\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


# Occasions that take place on one side's premises: a reception, a summons, a joint news conference.
_AT_HOME = {"joint-appearance", "receive-verb", "host-verb", "summon-verb", "call-on"}
# Held at a distance: "by video link", "in a video conferencing", "a virtual summit", "met virtually" (a "virtual
# opening" of a checkpoint the two took part in, or a statement posted online, is no remote meeting).
_REMOTE = re.compile(r"\b(?:video[ -]?(?:link|conferenc(?:e|ing)|call)|videoconferenc(?:e|ing)|(?:virtual|online)\s+(?:meeting|talks|summit|"
                     r"conference|call|format)|(?:met|meet|held|hold|took place|conducted)\s+(?:\w+\s+)?(?:virtually|online))\b",
                     re.IGNORECASE)


def _rule(d: _Draft) -> str:
    """kg:rule of an event: the trigger row's name, marked when the occasion is only planned."""
    return f"meeting/{d.trigger}" + ("-expected" if d.modality == "expected" and not d.trigger.endswith("expected") else "")
