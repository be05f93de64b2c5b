"""Meetings, visits, talks, summits and calls: who took part, where, when, and whether it happened or is planned.

Each clause is read against the trigger table (event_triggers.TRIGGERS); a trigger that no veto rejects and that
has people (participants.find) becomes a draft; drafts of one occasion merge (one meeting is one event however
many sentences describe it); then the lead, the dateline and a placed visit date and place what is left open.
kg:rule is "meeting/<trigger>" (with "-expected" for planned occasions), naming the row that reported it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.extract import dates as dates_mod
from kg.extract import agreement_lexicon, coreference, frames, lead, places, prefilter, reference
from kg.extract import participants as who
from kg.extract.event_triggers import (BODY_SESSION, KIND_PRIORITY, NAMED_OCCASION, PAIR_TRIGGERS, TRIGGERS,
                                      VETOES_AFTER, Trigger)
from kg.extract.context import DATELINE, Context
from kg.extract.model import Event, Place
from kg.extract.names import slug
from kg.extract.sentences import Sentence

# Clause boundaries: participants named beyond them take part in something else.
# "X said after talks with Y" keeps X and Y together: "after" opens another occasion unless it names the talks.
# "A and B, after meeting at the ministry, issued ...": a participle clause shares its sentence's subject.
_BOUNDARY = re.compile(r",\s+(?:where|while(?!\s+meeting\b)|whereas)\b|\s+while\s+(?=(?:he|she)\s)|;|\s+(?:before(?!\s+(?:midday|noon|dawn|dusk|midnight|meeting)\b)|when|since|whereas)\s+|"
                       r"\s+after\s+(?!the\s+meeting|(?:(?:a|a\s+day\s+of|two\s+days\s+of|hours\s+of)\s+)?(?!the\b|their\b|his\b|her\b)(?:[\w-]+\s+){0,2}"
                       r"(?:talks|meeting|consultations|negotiations)\b|meeting\b|(?:(?:a|the|their|his|her)\s+)?(?:talks|meeting|phone call|call)\s+(?:with|between))")
# A relative clause (", who visited Washington last month,") is a hole: its people are not the main clause's.
_FUTURE = re.compile(r"\b(?:will|(?:may|might|could) (?:\w+ )?(?:meet|hold|visit|travel|sign)|is due to|are due to|is expected to|are expected to|expected to|is likely to|likely|plans? to|planned|"
                     r"scheduled|set to|upcoming|next (?:week|month|year)|later this (?:week|month|year)|ahead of|"
                     r"is to|are to|when (?:they|he|she|the two \w+) meet|agreed to (?:meet|hold|visit)|(?:hopes?|hoped|intends?|wants?) to|"
                     r"invited|invites)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:last (?:week|month|year)|ago|earlier this|yesterday|previous)\b", re.IGNORECASE)
_TEMPORAL_CLAUSE = re.compile(r"^\s*(?:before|after|when|since)\b")
_QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]?")
_ATTRIBUTION_DATE = lead.ATTRIBUTION_DATE
_UNNAMED_HOLDERS = re.compile(r"\b(?:chiefs|ministers|officials|delegations|envoys|negotiators)\s+(?:held|opened|began)\s+talks\b")
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
    separate: bool = False  # one of the pairwise meetings "A met B, C and D" (of three states) stands for
    ahead: bool = False     # named in a "Before the meeting with A," opening: not its sentence's own occasion
    travel_date: bool = False  # the date is a journey's ("arrived on Monday", "a visit beginning on Sunday")
    each: bool = False     # one of the coordinated predicates "X called on A and met B" (participants.each_predicate)
    each_with: list[str] = field(default_factory=list)  # "talks with A, and with B": its hosts (participants.each_with)
    split: str = ""        # the participants.SPLIT_CUES row saying one meeting per host ("held meetings with A and B")
    split_hosts: list[str] = field(default_factory=list)  # the hosts that row splits
    siblings: list["_Draft"] = field(default_factory=list)  # the other meetings one split gave (they share place, date)


# "Before the meeting with A, B visited C", "Ahead of the summit, B met C": an opening phrase that names an occasion
# still to come is another occasion than its sentence's own (unlike "After talks with A, B said", the same talks).
# Rule "ahead-of-visit-apart": "A met B in Doha ahead of President C's official visit", "... ahead of his visit to
# Ankara": a visit named as a time mark inside a clause is an occasion of its own, not the one its clause reports.
_AHEAD_OF_PHRASE = re.compile(r"\b(?:[Aa]head of|[Pp]rior to|[Bb]efore)\s+(?:[\w'’.-]+\s+){0,8}$")
_BEFORE_OPENING = re.compile(r"^(?:Before|Ahead of)\s+(?:the|a|an|his|her|their)\s+[^,;]{0,80}?(?=,\s)")


_TRIGGER_ROWS = prefilter.Rows(TRIGGERS)  # each row chosen by the words its pattern needs


def _segments(s: Sentence, ctx: Context | None = None) -> list[tuple[int, int]]:
    opening = _BEFORE_OPENING.match(s.text)
    bounds = [m.start() for m in _BOUNDARY.finditer(s.text)]
    if ctx is not None and ";" in s.text:
        bounds = [c for c in bounds if not _list_semicolon(ctx, s, c)]
    cuts = [0] + ([opening.end()] if opening else []) + bounds + [len(s.text)]
    cuts = sorted(set(cuts))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _list_semicolon(ctx: Context, s: Sentence, at: int) -> bool:
    """"the Minister of Defence of Ecuador, Luis Lara; the Vice Minister of Defence of Peru, Jorge Chaparro; ...": a
    semicolon between two members of a list of people with their posts separates the members, not two clauses."""
    if s.text[at] != ";":
        return False
    people = ctx.persons_in(s.start, s.end)
    prev = next((m for m in reversed(people) if m.end <= s.start + at), None)
    nxt = next((m for m in people if m.start > s.start + at), None)
    return bool(prev and nxt) and who.titled_list_gap(ctx.text[prev.end:nxt.start])


@dataclass
class _Run:
    """What find's steps share: the drafts built so far, the occasions still without people, and what the reading
    carries from one sentence to the next."""
    ctx: Context
    published: dt.date | None
    lead_date: tuple[int, dates_mod.DateMention] | None
    drafts: list[_Draft] = field(default_factory=list)
    # (sentence, segment start, end, trigger, kind) of meetings named without people
    orphans: list = field(default_factory=list)
    # occasions named by a capitalised name ("the Home Secretary Level Talks"), without people
    named: list = field(default_factory=list)
    # "the delegation was led by X" with no occasion of several people just before
    loose: list[_Draft] = field(default_factory=list)
    # the orphans _carry_lead neither joined to a meeting nor used to place one (_frame_orphans may still frame them)
    left: list = field(default_factory=list)
    last_person: str | None = None
    last_subject: str | None = None
    first_meeting: _Draft | None = None  # the first held occasion of several people (set when placing and dating)
    earlier: bool = False    # rule "earlier-than-the-lead", for the draft being placed and dated
    events: list[Event] = field(default_factory=list)


def find(ctx: Context) -> list[Event]:
    """The report's events: the rows of _STEPS, in order, over one shared _Run."""
    run = _Run(ctx=ctx, published=ctx.doc.published, lead_date=lead.date(ctx))
    for _name, step in _STEPS:
        step(run)
    return run.events


def _read_sentences(run: _Run) -> None:
    """Each reporting sentence in turn: its drafts, filed among the drafts so far, then whom its pronouns may name."""
    for s in run.ctx.reporting():
        people = run.ctx.persons_in(s.start, s.end)
        found = _sentence_drafts(run, s, people)
        _expected_together(s, found)
        _file(run, found)
        _follow(run, s, people)


def _sentence_drafts(run: _Run, s: Sentence, people: list) -> list[_Draft]:
    """The drafts of one sentence, clause by clause: its named occasions with holders, then its trigger rows."""
    found: list[_Draft] = []
    quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(s.text)]
    # the triggers that could match in the sentence (a segment holds no word its sentence lacks)
    folded = prefilter.scan(s.text)
    triggers = _TRIGGER_ROWS.could_match(folded)
    for a, b in _segments(s, run.ctx):
        found += _named_occasions(run, s, a, b, folded)
        found += _triggered(run, s, a, b, people, quotes, triggers)
    return found


def _named_occasions(run: _Run, s: Sentence, a: int, b: int, folded) -> list[_Draft]:
    """A clause's occasions named by a capitalised name or a body's sitting: a draft when the clause gives their
    holders, else kept in run.named for _frame_orphans."""
    found: list[_Draft] = []
    seg = s.text[a:b]
    for m in prefilter.finditer(NAMED_OCCASION.pattern, seg, folded):  # (the sentence holds the segment)
        if _HELD_NAMED.search(seg[:m.start()]) and _NOUN_WITH_PEOPLE.match(seg[m.end():]):
            # "A held a Defence Ministerial Meeting with B": a named occasion with its holders in the clause
            draft = _draft(run.ctx, s, a, b, m, _HELD_NAMED_OCCASION, run.drafts, run.last_person, run.published, None)
            if draft:
                found.append(draft)
                continue
        run.named.append((s, a, b, m, NAMED_OCCASION))
    run.named += [(s, a, b, m, BODY_SESSION) for m in prefilter.finditer(BODY_SESSION.pattern, seg, folded)]
    return found


def _triggered(run: _Run, s: Sentence, a: int, b: int, people: list, quotes: list[tuple[int, int]],
               triggers: list[Trigger]) -> list[_Draft]:
    """A clause's trigger rows: one trigger per span, none a wording veto rejects, each with its people (_draft)."""
    ctx, seg = run.ctx, s.text[a:b]
    found: list[_Draft] = []
    claimed: list[tuple[int, int]] = []   # "held talks" claims its "talks": one trigger per span
    for trig in triggers:
        for t in trig.pattern.finditer(seg):
            if any(cs < t.end() and t.start() < ce for cs, ce in claimed):
                continue
            claimed.append((t.start(), t.end()))
            if _vetoed_by_wording(ctx, s, seg, a, t, trig, quotes):
                continue
            draft = _draft(ctx, s, a, b, t, trig, run.drafts, _referent(run, s, a, seg, people), run.published,
                           run.orphans)
            if draft:
                draft.ahead = a == 0 and b < len(s.text) and bool(_BEFORE_OPENING.match(s.text)) or (
                    trig.role == "visit" and bool(_AHEAD_OF_PHRASE.search(seg[:t.start()])))
                _series(ctx, seg, t, trig, draft, run.drafts)
                found += _separate(ctx, draft)
    return found


def _referent(run: _Run, s: Sentence, a: int, seg: str, people: list) -> str | None:
    """Whom a clause's unnamed subject stands for: the last person named, or the sentence's or the last sentences'
    subject."""
    # "He also met ..." opening a sentence: the person the last sentences were about, not merely
    # the last one they named ("... and Albanian Foreign Minister Elisa Spiropali. He also met ...")
    referent = run.last_subject if a == 0 and run.last_subject and _HE.match(seg) else run.last_person
    if a > 0 and people and people[0].start < s.start + a and _CLAUSE_HE.match(seg) \
            and _TITLES_ONLY.match(run.ctx.text[s.start:people[0].start]):
        # "The Prime Minister held talks with A in Abu Dhabi while he held talks with B in Dubai", "X,
        # who held talks with Y soon after he arrived in Delhi on a visit": the pronoun subject of a
        # clause joined to the sentence is the sentence's subject
        referent = people[0].key
    return referent


def _expected_together(s: Sentence, found: list[_Draft]) -> None:
    """"X will also call on A and meet B": the second verb under the first one's "will"."""
    siblings = [d for d in found if d.trigger.endswith("-each-predicate")]
    if any(d.modality == "expected" for d in siblings) and not _PAST.search(s.text):
        for d in siblings:
            d.modality = "expected"


def _file(run: _Run, found: list[_Draft]) -> None:
    """A sentence's drafts among the drafts so far: a joiner joins the occasion just reported (or waits in run.loose),
    anything else merges into the occasion it reports (one event per occasion)."""
    drafts = run.drafts
    for d in found:
        if d.trigger in _JOINERS or d.back:
            # "A and B confirmed at their meeting in June" names a pair of its own: it points back only to an
            # occasion one of them was at
            own_pair = d.back and len(d.participants) > 1 and not any(
                set(x.participants) & set(d.participants) for x in drafts[-3:])
            if not own_pair and _join_last(drafts, d, run.ctx):
                continue
            if d.trigger in _JOINERS:
                run.loose.append(d)
            elif len(d.participants) > 1:
                # "A and B agreed ... during their meeting here on Tuesday": nothing reported before it, so the
                # words report the occasion itself
                _merge_into(drafts, d, same_sentence=True)
        else:
            _merge_into(drafts, d, same_sentence=True)


def _follow(run: _Run, s: Sentence, people: list) -> None:
    """Whom the next sentences' "he" may stand for: the last person this sentence names, and its subject."""
    if not people:
        return
    run.last_person = people[-1].key
    if _TITLES_ONLY.match(run.ctx.text[s.start:people[0].start]):
        run.last_subject = people[0].key  # "Turkish Foreign Minister Hakan Fidan held ...": the sentence's subject
        if len(people) > 1 and coreference.reports(run.ctx.text[people[0].end:people[1].start]):
            # "Zakari said that the NSA used the visit to meet X. He also ...": the one whose doings are
            # reported, not their reporter
            run.last_subject = people[1].key


def _each_predicate_place(run: _Run) -> None:
    """Rule "each-predicate": "During the visit, he called on A and held talks with B" — one place for both verbs."""
    drafts = run.drafts
    for d in drafts:
        if d.place is None and d.trigger.endswith("-each-predicate"):
            d.place = next((x.place for x in drafts if any(e is d.sentence for e in x.evidence) and x.place
                            and x.trigger.endswith("-each-predicate")), None)


def _lead_orphans(run: _Run) -> None:
    """The lead's talks without people go to the meeting the next sentences report (_carry_lead)."""
    run.left = _carry_lead(run.ctx, run.drafts, run.orphans, run.published)


def _framed_orphans(run: _Run) -> None:
    """Occasions still without people take the delegation heads or post holders named near them (_frame_orphans)."""
    _frame_orphans(run.ctx, run.drafts, run.left + run.named, run.loose, run.published)


def _holders_named_next(run: _Run) -> None:
    """"Saudi and Iranian security chiefs held talks hosted by X": the next sentence names the chiefs."""
    ctx = run.ctx
    for d in run.drafts:
        nxt = next((x for x in ctx.reporting() if x.paragraph == d.sentence.paragraph + 1), None)
        if len(d.participants) == 1 and nxt and _UNNAMED_HOLDERS.search(d.sentence.text) \
                and _coordinated_pair(ctx, nxt):
            d.participants = _coordinated_pair(ctx, nxt) + d.participants


def _no_lone_holder_noun(run: _Run) -> None:
    """Veto "lone-holder-noun": "Spokeswoman A said the talks would help", "he welcomed the meeting": a talk or meeting
    noun that gives one person only, in one sentence, with neither place nor date, is a comment on an occasion
    rather than a report of one."""
    run.drafts = [d for d in run.drafts if not (len(d.participants) == 1 and d.trigger in ("talks-noun", "meeting-noun")
                                                and len(d.evidence) == 1 and not d.place and not d.date
                                                and d.modality == "asserted" and not d.vague)]


def _signers_join(run: _Run) -> None:
    """Rule "signers-join-the-occasion": a pact's signers join the occasion it was signed at."""
    run.drafts = _signers_join_the_occasion(run.ctx, run.drafts)


def _ahead_of_own_visit(run: _Run) -> None:
    """Rule "ahead-of-own-visit": "ahead of his visit" names when the meeting the visit was for happened."""
    run.drafts = _fold_ahead_of_own_visit(run.drafts)


def _no_spokesperson(run: _Run) -> None:
    """Veto "spokesperson-no-participant": a spokesperson speaks about an occasion; they did not hold it."""
    for d in run.drafts:
        d.participants = [k for k in d.participants if not _only_a_spokesperson(run.ctx, k)]


def _no_participant(run: _Run) -> None:
    """An event needs a participant."""
    run.drafts = [d for d in run.drafts if d.participants]


def _lone_into_pair(run: _Run) -> None:
    """Rule "lone-into-pair": talks naming one person fold into the one occasion of several people holding them."""
    run.drafts = _fold_lone_into_pair(run.drafts)


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


def _dateline_visit(run: _Run, d: _Draft) -> None:
    """Met, unplaced, during a visit to the city the report is datelined from ("arrived for a visit")."""
    ctx = run.ctx
    if d is run.first_meeting and not run.earlier and d.place is None and ctx.dateline_city \
            and d.modality == "asserted" and any(x.kind == "visit" and x.modality == "asserted"
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
    ("dateline-visit", _dateline_visit),
    ("on-the-spot", _on_the_spot_place),
    ("visited-place", _visited),
    ("visit-to-the-dateline", _visit_to_dateline),
    ("destination-elsewhere", _not_elsewhere),
    ("destination-place", _destination),
    ("split-<cue>", _from_siblings),
)

# find's steps, in order: read the sentences into drafts, give occasions their people, fold and veto, then place,
# date and report.
_STEPS: tuple[tuple[str, Callable[[_Run], None]], ...] = (
    ("read-sentences", _read_sentences),
    ("each-predicate", _each_predicate_place),
    ("carry-lead", _lead_orphans),
    ("frame-orphans", _framed_orphans),
    ("unnamed-holders", _holders_named_next),
    ("lone-holder-noun", _no_lone_holder_noun),
    ("signers-join-the-occasion", _signers_join),
    ("ahead-of-own-visit", _ahead_of_own_visit),
    ("spokesperson-no-participant", _no_spokesperson),
    ("no-participant", _no_participant),
    ("lone-into-pair", _lone_into_pair),
    ("place-and-date", _place_and_date),
)


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


# Veto "spokesperson-no-participant": one whose every post is a spokesperson's ("Foreign Ministry spokesperson X told
# a briefing the talks between the envoys had helped") speaks about an occasion for a state; they did not hold it.
_SPOKESPERSON = frames.SPOKESPERSON


def _only_a_spokesperson(ctx: Context, key: str) -> bool:
    person = ctx.persons.get(key)
    return bool(person and person.roles and all(_SPOKESPERSON.search(r.title) for r in person.roles))


def _a_persons_name(ctx: Context, place: str) -> bool:
    return place not in reference.countries().cities and any(
        place in p.name.split() for p in ctx.persons.values())


# Rule "earlier-than-the-lead": "last week's meeting between A and B", "A and B met earlier this month", "a previous
# meeting in May" name an occasion before the one the lead dates; the first meeting with two people does not take the
# lead's day (nor the dateline's city) when its own words place it where the lead's day is not ("last week" with a lead
# dated this week; "last week" with a lead dated last Friday agrees).
_PAST_VAGUE = re.compile(r"^(?:(?P<last>last)\s+(?P<unit>week|month|year)|earlier\s+this\s+(?P<this>month|year)|"
                         r"(?:the\s+)?(?:first|second|third|fourth|last)\s+week\s+of\s+(?P<wmon>\w+)|"
                         r"in\s+(?P<mon>\w+)(?:\s+(?P<year>\d{4}))?)$", re.IGNORECASE)
_PAST_OCCASION = re.compile(r"\b(?:[Rr]ecent(?:ly)?|[Pp]revious|[Ee]arlier|[Pp]rior|[Ll]ast)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:meetings?|talks|visits?|calls?|summits?|discussions|round)\b")


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
    """"GUATEMALA CITY - A said at a news conference with B ...", "SINGAPORE - A and his counterpart B signed ...":
    the report's first meeting, unplaced, with a person of the dateline's country and on the report's day, happened
    where the reporter files from (unless someone travelled for it: "during his visit to Canada", reported from New
    Delhi, or it was held by video link). A call is never placed."""
    if not ctx.dateline_city or d.kind == "call" or d.modality != "asserted":
        return False
    code = reference.countries().cities.get(ctx.dateline_city)
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
    under way (not planned, not recalled)."""
    if d.kind != "visit" or d.modality != "asserted" or d.recalled or not ctx.dateline_city:
        return False
    code = reference.countries().cities.get(ctx.dateline_city)
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


# "his visit to Canada", "a trip to Mexico City": where someone travelled.
_TRAVEL_TO = re.compile(r"\b(?:visit|visits|visited|trip|tour|travel\w*)\s+(?:[\w-]+\s+){0,2}?to\s+(?:the\s+)?"
                        r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


# Occasions that take place on one side's premises: a reception, a summons, a joint news conference.
_AT_HOME = {"joint-appearance", "receive-verb", "host-verb", "summon-verb", "call-on"}
# Held at a distance: "by video link", "a virtual summit", "met virtually" (a "virtual opening" of a checkpoint the two
# took part in, or a statement posted online, is no remote meeting).
_REMOTE = re.compile(r"\b(?:video ?(?:link|conference|call)|videoconference|(?:virtual|online)\s+(?:meeting|talks|summit|"
                     r"conference|call|format)|(?:met|meet|held|hold|took place|conducted)\s+(?:\w+\s+)?(?:virtually|online))\b",
                     re.IGNORECASE)


def _carry_lead(ctx: Context, drafts: list[_Draft], orphans: list, published) -> list:
    """A lead often reports talks without naming who held them ("officials held talks in Beijing on Monday") and
    the next sentences name the people: the talks' place and date go to that meeting, or the people named as the
    next sentence's subject held them. Meetings without people elsewhere ("a technical meeting in Asuncion on
    June 18") are kept when their venue is named."""
    lead_paragraph = next((s.paragraph for s in ctx.reporting() if s.index not in ctx.headlines), 0)
    left = []  # the orphans that neither join a meeting nor name its place: kg.extract.frames may still frame them
    # Meetings without named people are not events of their own (an event needs a participant).
    for s, a, b, t, trig in orphans:
        seg, kind = s.text[a:b], trig.kind
        if trig.role != "noun":
            left.append((s, a, b, t, trig))
            continue
        probe = _draft_without_people(ctx, s, a, b, t, trig, published)
        prev = next((x for x in reversed(ctx.reporting()) if x.index < s.index and x.index not in ctx.headlines), None)
        pair = _coordinated_pair(ctx, prev) if prev and _THEIR.search(seg[:t.start()]) else None
        if pair and not any(prev.index <= d.sentence.index <= s.index and len(d.participants) > 1
                            and set(d.participants) != set(pair) for d in drafts):
            # "A and his British counterpart B agreed on Thursday to ... During their meeting in Tokyo, the defence
            # chiefs also agreed ...": "their" occasion is held by the pair of two states the last sentence opened on
            # (and is the occasion the pair's own "agreed" reported, if it did)
            if len(_states(ctx, pair)) >= 2:
                probe.participants, probe.evidence, probe.trigger = pair, [prev, s], f"{trig.name}-their-pair"
                _merge_into(drafts, probe, same_sentence=False, nearest=True)
                continue
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
                if KIND_PRIORITY[kind] < KIND_PRIORITY[target.kind] or target.trigger == "agreed-pair":
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
        # "The meeting, which took place in Algiers on Tuesday, ...": "the meeting" is the one just reported.
        if recent and (probe.place or probe.date) and (re.search(r"\b(?:was|were)\s+(?:reached|agreed|signed|"
                                                                 r"announced|made)\s+(?:at|during|following|after)\b", seg)
                                                       or _DEFINITE.search(seg[:t.start()])):
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
        if not same:
            left.append((s, a, b, t, trig))
    return left


def _frame_orphans(ctx: Context, drafts: list[_Draft], occasions: list, loose: list[_Draft], published) -> None:
    """An occasion named without people is held by the delegation heads named in the next sentences ("the Indian
    delegation was led by A, while the Nepali side was headed by B"), or, when its clause names its holders by post
    ("talks between the two countries' defence secretaries"), by the people of two states named next."""
    used: set[int] = set()
    for s, a, b, t, trig in sorted(occasions, key=lambda o: o[0].index):
        near = frames.window(ctx, s)
        joined = [d for d in loose if d.sentence in near]
        keys = list(dict.fromkeys(k for d in joined for k in d.participants))
        if len(keys) < 2:
            # the delegation heads of two states named further on in the paragraph that reports the occasion ("The
            # leader of the Kenyan delegation, A, said ... The Ugandan delegation was led by B")
            later = [d for d in loose if d.sentence.paragraph == s.paragraph and d.sentence.index >= s.index]
            heads = list(dict.fromkeys(k for d in later for k in d.participants))
            if len(_states(ctx, heads)) >= 2:
                joined, keys = later, heads
        if len(keys) < 2 and frames.unnamed_holders(s.text[a:b], t):
            # Rule "post-group-first": "The foreign ministers of A and B met ..., tension caused by A's defence minister
            # X": the holders of the post the group names, before the first person of each state named nearby
            keys = frames.post_group(ctx, s.text[a:b]) or frames.two_states(ctx, near)
        by_post = False
        if len(keys) < 2 and trig is not BODY_SESSION:
            # "In their meeting in December, the Iranian and Omani foreign ministers discussed ...": the holders of
            # the post the group names, wherever the report names them
            keys = frames.post_group(ctx, s.text[a:b])
            by_post = bool(keys)
        if len(keys) < 2 and trig is BODY_SESSION:
            if any(d.sentence is s and d.trigger in _VERB_ROWS for d in drafts):
                # veto "sitting-met-in-its-sentence" (x18session): "A will host his counterpart B for the 29th session
                # of the Joint Commission": the sentence's own meeting is the sitting, with the people its words give
                # (a visit or the sitting's own noun, "B will visit Doha to attend the 7th meeting of the ... Committee",
                # still takes them)
                continue
            keys = frames.session_holders(ctx, s, t.group(0))
        elif len(keys) < 2:
            continue
        if not keys:
            continue
        probe = _draft_without_people(ctx, s, a, b, t, trig, published)
        if trig is BODY_SESSION and probe.place is None:  # "..., which opened today in Abuja": past the clause
            probe.place = places.city(s.text[a + t.end():])
        probe.participants = keys
        if by_post:
            probe.trigger = f"{trig.name}-post-group"
            if any(_compatible(d, probe, same_sentence=False) for d in drafts):
                continue  # an occasion the holders' names already report: a post says nothing more about it
        # "The Philippine delegation to the talks held in Guiyang on Friday was led by A": the heads' own sentence may
        # place and date the occasion its report names without them
        probe.place = probe.place or next((d.place for d in joined if d.place), None)
        probe.date = probe.date or next((d.date for d in joined if d.date), None)
        probe.evidence = [s] + [x for x in near if x is not s and (x in (d.sentence for d in joined) or
                                                                   ctx.persons_in(x.start, x.end))]
        probe.recalled = bool(probe.date and published and (published - probe.date.date).days > 31)
        twin = next((d for d in drafts if d.sentence in near and set(d.participants) == set(keys)
                     and d.modality == probe.modality), None)
        if twin:  # "Indian and Canadian NSAs met in Delhi" over "Doval met Drouin ... in New Delhi": one meeting
            twin.date, twin.place = twin.date or probe.date, twin.place or probe.place
            continue
        _merge_into(drafts, probe, same_sentence=False, nearest=True)
        used.update(id(d) for d in joined)
    # "A of Kazakhstan, B of Kyrgyzstan ... took part in the sitting": people of two states joining an occasion no
    # trigger names met there ("the sitting was held in Taraz", the sentence before, says where).
    for s in dict.fromkeys(d.sentence for d in loose if id(d) not in used):
        keys = list(dict.fromkeys(k for d in loose if d.sentence is s for k in d.participants))
        if len(_states(ctx, keys)) < 2:
            continue
        before = next((x for x in ctx.reporting() if x.index == s.index - 1), None)
        held = _HELD_IN.search(before.text) if before else None
        place = places.city(s.text) or (places.city(before.text[held.end() - 2:]) if held else None) or _here(ctx, s.text)
        d = next(d for d in loose if d.sentence is s)
        _merge_into(drafts, _Draft(kind="meeting", participants=keys, sentence=s, modality=d.modality, place=place,
                                   date=d.date, evidence=[before, s] if held else [s], trigger=d.trigger),
                    same_sentence=False, nearest=True)
    drafts.sort(key=lambda d: d.sentence.index)


_HELD_IN = re.compile(r"\b(?:was|were)\s+(?:held|hosted|convened)\s+in\b")
# "During their meeting", "at their talks in Tokyo": an occasion its holders' possessive points back to.
_THEIR = re.compile(r"\b[Tt]heir\s+(?:[\w-]+\s+){0,2}$")
# "The meeting", "The talks, which ...": an occasion named as the one the reader already knows (opening its clause).
_HE = re.compile(r"^(?:He|She)\b")
# A clause cut off its sentence at "while", "when", "before", "after" whose subject is "he"/"she" (see _BOUNDARY).
_CLAUSE_HE = re.compile(r"^\W*\s*(?:while|whereas|when|before|after)\s+(?:he|she)\b")
# A sentence opening with its subject's name, after titles only ("Turkish Foreign Minister ", "General ").
_TITLES_ONLY = re.compile(r"^(?:(?:[A-Z][\w'’.-]*|of|for|the|and)\s+)*$")
_DEFINITE = re.compile(r"^\s*(?:[Tt]he|[Tt]heir|[Tt]his)\s+$")


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
    keys = who.coordinated_subjects(ctx, before)
    return keys if len(set(keys)) >= 2 else None


def _draft_without_people(ctx: Context, s: Sentence, a: int, b: int, t: re.Match[str], trig: Trigger,
                          published) -> _Draft:
    seg = s.text[a:b]
    modality = _modality(s, seg, t, trig)
    place = places.venue(seg[t.start():]) or places.city(seg[t.start():]) or _here(ctx, seg)
    date, vague = _when(s, a, seg, t, trig, modality, published)
    return _Draft(kind=trig.kind, participants=[], sentence=s, modality=modality, place=place, date=date, evidence=[s],
                  trigger=trig.name, vague=vague)


# "signed, on November 19, in Dili, a cooperation agreement": an aside set off by commas may follow the verb
_SIGNED_PACT = re.compile(r"\b(?:put\s+pen\s+to\s+paper|(?:(?:signed|inked|sealed|formali[sz]ed)\s+|"
                          r"(?:signed|inked|sealed|formali[sz]ed),\s+(?:[\w.’'-]+\s+){1,5}?[\w.’'-]+,\s+)"
                          r"(?:an?\s+|the\s+)?[‘'“\"]?(?:[\w.,’'-]+\s+){0,6}?[‘'“\"]?(?:agreement|accord|pact|deal|treaty|memorandum|"
                          r"MoU|MOU|MoA|MOA|protocol|document|letter|declaration|statement|roadmap|Agreement|Accord|Treaty|"
                          r"Memorandum|Protocol|framework|arrangement|\([A-Z]{2,6}\))|(?:deal|agreement|pact|accord|treaty|"
                          r"memorandum|MoU|document|protocol|framework|arrangement|statement|declaration|letter|roadmap|charter|plan)s?\s+(?:was|were)\s+(?:formally\s+|jointly\s+)?signed|"
                          # "The treaty, signed by A and her counterpart B"
                          r"(?:deal|agreement|pact|accord|treaty|memorandum|MoU|protocol|declaration)s?,?\s+signed\s+by|"
                          # "A and B signed it in Dublin": the pact the lead just reported, signed where they met
                          r"signed\s+(?:it|them)\s+(?:in|at)\s)")


# x20signmeet, trigger "signed-by": a pact signed BY two named people of two states is a meeting of the two, however the
# report names the pact (bank: 10 reports, 10 outlets where main made no meeting): "The Status of Forces Agreement
# (SOFA) was signed by A and B", "The SOFA was signed in Suva by ...", "the agreement, which was signed by A and his
# counterpart B", "the deal — signed by A and B —", "The document was officially signed two days ago by", "They were
# signed by defence ministers A of X and B of Y", "the Declaration of Macas signed by", "the pact, signed between A and
# his counterpart B". The instrument's words are the agreements' own (agreement_lexicon.NOUNS), with "the <ACRONYM>",
# "MoA" and "document" ("contract" is left out: a sale by an arms exporter is no meeting of states).
_INSTRUMENT = (rf"(?:{agreement_lexicon.NOUNS}|\b(?i:documents?)|\b(?:MoAs?|MOAs?)|\b(?<=[Tt]he )[A-Z]{{2,6}}s?"
               rf"|\b(?:It|it|They|they))")
_SIGNED_BY = re.compile(
    rf"(?<![\w-]){_INSTRUMENT}(?:\s+of\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?(?:\s*\([A-Z][\w&-]{{1,9}}\))?"
    # what it is about or whom it binds between the pact and its verb: "an agreement between X and Y was signed by"
    rf"(?:\s+(?:between|with|on|for)\s+(?:[\w’'-]+\s+){{0,5}}?[\w’'-]+(?=\s+(?:was|were|has|have|had|is|are)\s))?"
    rf"(?:\s*,\s*(?:which|that)\s+|\s*,\s*|\s+[—–]\s+|\s+(?:which|that)\s+|\s+)"
    rf"(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+)?(?:[a-z]+ly\s+|also\s+|jointly\s+)?"
    rf"(?:signed|inked)(?:\s+(?!by\b|between\b)[\w’'-]+){{0,5}}\s+(?:by|between)\s")


# Verbs whose subject, named by post only, held an occasion ("the two defence ministers signed/met/held talks").
_HELD = {"signing", "held-talks", "meet-verb"}
# "the agreement both countries' ministers signed": the pact named before its signers.
_PACT_BEFORE = re.compile(r"\b(?:agreement|accord|pact|deal|treaty|memorandum|MoU|protocol|declaration|arrangement)s?\b")


def _rule(d: _Draft) -> str:
    """kg:rule of an event: the trigger row's name, marked when the occasion is only planned."""
    return f"meeting/{d.trigger}" + ("-expected" if d.modality == "expected" and not d.trigger.endswith("expected") else "")


def _vetoed_by_wording(ctx: Context, s: Sentence, seg: str, a: int, t: re.Match[str], trig: Trigger,
                       quotes: list[tuple[int, int]]) -> str | None:
    """The name of the veto that rejects this trigger from its words alone, or None."""
    if trig.role != "visit" and seg[t.start()].isupper() and t.start() > 0:
        return "capitalised-name-part"   # "the Shangri-La Dialogue", "the Meeting of Heads": part of a name
    quote = next(((qs, qe) for qs, qe in quotes if qs <= a + t.start() < qe), None)
    if quote and not _QUOTED_PREDICATE.search(s.text[:quote[0]]) and not _SCARE_QUOTE.match(s.text[quote[0]:quote[1]]):
        return "inside-quotation"        # a meeting mentioned inside a quotation is the speaker's, not a new report
    if trig.role == "noun" and _INTERNAL.search(seg[:t.start()]):
        return "internal-meeting"        # "during the Cabinet meeting": one government's own sitting, no meeting of states
    for veto in VETOES_AFTER:
        if trig.name in veto.applies_to and veto.pattern.search(seg[t.start():]):
            return veto.name
    return None


# "A held a Defence Ministerial Meeting with B", "A co-chaired the Joint Commission Meeting with B": an occasion's
# proper name after a light verb, with its counterpart next, is an occasion the clause's subject held.
_HELD_NAMED = re.compile(r"\b(?:held|holds|hold|holding|had|hosted|hosts|chaired|co-chaired|attended|attends|convened)\s+"
                         r"(?:a|an|the|their|its|his|her)\s+(?:(?:first|second|third|\d+(?:st|nd|rd|th))\s+)?$")
_NOUN_WITH_PEOPLE = re.compile(r"^\s+(?:(?:on|last)\s+[A-Z][a-z]+day\s+)?(?:with|between|alongside)\s")
_HELD_NAMED_OCCASION = Trigger("held-named-occasion", "talks", "noun", NAMED_OCCASION.pattern)


_INTERNAL = re.compile(r"\b(?:[Cc]abinet|party|board|committee|staff|parliamentary|caucus|shareholders['’]?|"
                       r"[Pp]olitburo|plenary|council of ministers)\s+$")


# 'he would hold "urgent meetings" with A and B', 'had an "excellent meeting" with A': a quotation of two or three
# words that ends on the occasion's noun is the reporter's sentence quoting a word, not the speaker's own report.
_SCARE_QUOTE = re.compile(r"^[\"“](?:[\w-]+\s+){1,2}(?:meetings?|talks)[\"”]$")
# 'A and B "agreed to meet soon," the ministry said': a quotation that carries a named subject's own predicate.
_QUOTED_PREDICATE = re.compile(r"[A-Z][\w'’.-]+\s*$")


# the words of an occasion a sentence names besides a pair's "agreed"
_OTHER_OCCASION = re.compile(r"\b(?:meetings?|talks|summit|statement|communiqu[eé]|declaration|call|visit\w*|"
                             r"conference|session|phone|telephone|video)\b", re.IGNORECASE)


# "A and his deputy B" (not "A and his Ugandan counterpart B"): a pair of one side
_OWN_SIDE = re.compile(r"\band\s+(?:his|her)\s+(?!(?:[\w-]+\s+){0,3}?counterparts?\b)")


def _veto_with_people(ctx: Context, s: Sentence, seg: str, trig: Trigger, participants: list[str],
                      subjects: list[str], published) -> str | None:
    """The name of the veto that rejects a trigger once its people are known, or None."""
    if trig.name in PAIR_TRIGGERS and (len(set(subjects)) < 2 or re.search(r"\b(?:phone|telephone)\b", s.text)
                                         or len({ctx.persons[k].country for k in subjects if k in ctx.persons}) < 2):
        return "discussion-not-between-states"   # only "A and B discussed" by people of two states; by phone: a call
    if trig.name == "agreed-pair" and (None in {ctx.persons[k].country if k in ctx.persons else None for k in subjects}
                                       or _OTHER_OCCASION.search(s.text) or _OWN_SIDE.search(s.text)):
        # "A and B agreed ... following the recent trilateral meeting", "agreed today that the Presidential Meeting
        # will take place": the occasion is another word's (which reports it); "A and his First Vice President B
        # agreed": one side's own people, whatever states the people layer gave them
        return "agreed-elsewhere-or-unplaced-pair"
    if trig.name == "signing" and (len(participants) < 2 or not (
            _SIGNED_PACT.search(seg) or _signed_by(ctx, seg, _signers(participants, subjects), published))):
        return "signing-without-pact-or-pair"    # "X signed the bill, which Y proposed" is no meeting
    if (trig.name == "signing" or trig.name in PAIR_TRIGGERS) and re.search(r"\b(?:in|since)\s+(?:19|20)\d\d\b", seg) and published \
            and not re.search(rf"\b{published.year}\b", seg):
        return "recalled-occasion"               # "when A and B signed the pact in 2015" recalls an old occasion
    if (trig.role == "joint" or trig.name == "joint-conference") and len(participants) < 2:
        return "appearance-alone"                # "speaking alongside" whom the text does not name
    if trig.name == "discussed-with" and len(participants) < 2:
        return "discussed-with-no-one-named"     # "discussed with his counterparts": whom the text does not name
    if trig.name == "discussed-with" and len({ctx.persons[k].country for k in participants if k in ctx.persons}
                                             - {None}) < 2:
        return "discussed-at-home"               # "he discussed the proposal with President X": one state's own talk
    return None


def _states(ctx: Context, keys: list[str]) -> set[str]:
    """The states the people of ``keys`` serve, those of no known state left out."""
    return {ctx.persons[k].country for k in keys if k in ctx.persons} - {None}


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


def _signers(participants: list[str], subjects: list[str]) -> list[str]:
    """A pact signed BY people: its signers are the agents, not the clause's subject ("A welcomed the deal — signed by B
    and C —")."""
    return [k for k in participants if k not in subjects]


# Veto "signed-by-long-ago": "the 2015 treaty, signed by then ministers A and B", "the accord, signed by A and B years
# ago": a pact named with its signers as background recalls an old signing, not the occasion the report tells.
_RECALLED_SIGNING = re.compile(r"\b(?:then|former|previously|earlier|years?\s+ago|last\s+year|(?:19|20)\d\d)\b")


def _signed_by(ctx: Context, seg: str, participants: list[str], published) -> bool:
    """Trigger "signed-by" (above): the clause names a pact signed by (or between) its people, of two states at least,
    at no earlier time than the report's."""
    years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", seg)}
    old = _RECALLED_SIGNING.search(seg) and not (published and years == {published.year})
    return len(_states(ctx, participants)) >= 2 and bool(_SIGNED_BY.search(seg)) and not old


def _draft(ctx: Context, s: Sentence, a: int, b: int, t: re.Match[str], trig: Trigger, drafts: list[_Draft],
           last_person: str | None, published, orphans: list | None = None) -> _Draft | None:
    """Apply one trigger: find its participants, apply the vetoes, then its modality, place and date."""
    seg = s.text[a:b]
    seg_start = s.start + a
    participants, subjects, back = who.find(ctx, seg, seg_start, t, trig, last_person=last_person,
                                            last_occasion=drafts[-1].participants if drafts else [])
    if not participants and orphans is not None and trig.name in _HELD and frames.unnamed_holders(seg, t) and (
            trig.name != "signing" or _SIGNED_PACT.search(seg) or _PACT_BEFORE.search(seg[:t.start()])):
        orphans.append((s, a, b, t, trig))  # "both countries' defence ministers signed the pact": see _frame_orphans
        return None
    if _veto_with_people(ctx, s, seg, trig, participants, subjects, published):
        return None
    if not participants:
        _place_for_last(ctx, seg, t, drafts)
        if trig.role == "noun" and orphans is not None:
            orphans.append((s, a, b, t, trig))
        return None
    modality = _modality(s, seg, t, trig)
    place = places.venue(seg[t.start():]) or places.city(seg[t.start():]) or places.city(seg) or _here(ctx, seg)
    if place and _a_persons_name(ctx, place):
        place = None  # "On her arrival in the capital, Khar was received": the word after the comma is a person
    date, vague = _when(s, a, seg, t, trig, modality, published)
    recalled = bool(date and published and (published - date.date).days > 31) or (
        date is None and modality == "asserted" and _long_ago(seg, published))
    name = "signed-by" if trig.name == "signing" and not _SIGNED_PACT.search(seg) else trig.name
    if name == "signed-by":
        participants = _signers(participants, subjects)
    return _Draft(kind=trig.kind, participants=participants, sentence=s, modality=modality, place=place, date=date,
                  vague=vague, evidence=[s], trigger=name, recalled=recalled, back=back,
                  separate=len(subjects) <= 1 and trig.role == "verb",
                  each=trig.role == "verb" and who.each_predicate(ctx, seg, seg_start, t),
                  each_with=who.each_with(ctx, seg, seg_start, t) if trig.role in ("verb", "noun") else [],
                  **_split(ctx, seg, seg_start, t, trig),
                  travel_date=bool(date) and trig.role == "visit" and bool(_JOURNEY_DATE.search(seg)))


def _split(ctx: Context, seg: str, seg_start: int, t: re.Match[str], trig: Trigger) -> dict:
    """The draft's split fields: the SPLIT_CUES row and its hosts, for a meeting verb or noun (see _separate)."""
    if trig.role not in ("verb", "noun") or trig.name in PAIR_TRIGGERS or trig.kind == "call":
        return {}
    cue, hosts = who.split_cue(ctx, seg, seg_start, t)
    return {"split": cue, "split_hosts": hosts} if cue else {}


def _modality(s: Sentence, seg: str, t: re.Match[str], trig: Trigger) -> str:
    """Tense near the trigger decides: "Doval is expected to travel", "a likely visit", "His visit will come", "a
    meeting may take place"; a temporal clause ("before Carney makes his trip") takes the tense of its sentence.
    (One step for occasions with and without named people.)"""
    window = seg[max(0, t.start() - 40):t.end() + 20]
    future = _FUTURE.search(window) or (_TEMPORAL_CLAUSE.match(seg) and _FUTURE.search(s.text)) or (
        trig.role == "visit" and _AHEAD_OF_PHRASE.search(seg[:t.start()]) and "ahead" in seg[:t.start()].lower()) or \
        re.search(r"\b(?:could|may|might)\b", seg[max(0, t.start() - 40):t.start()])
    return "expected" if future and not _PAST.search(window) else "asserted"


def _when(s: Sentence, a: int, seg: str, t: re.Match[str], trig: Trigger, modality: str,
          published) -> tuple[dates_mod.DateMention | None, dates_mod.DateMention | None]:
    """The day of an occasion (the date nearest its trigger that dates it) and its vague when ("in December", "this
    week"), skipping the days of other things: a saying, a journey, a possessive's occasion, the dateline. One step
    for occasions with and without named people."""
    date = None
    vague: dates_mod.DateMention | None = None
    for dm in dates_mod.find(seg, published=published):
        if (_ATTRIBUTION_DATE.search(seg[max(0, dm.start - 50):dm.start]) and trig.role != "joint"
                and not re.match(r"^\s*(?:\([^)]*\)\s*)?(?:after|following|during|at)\s+(?:[\w-]+\s+){0,3}$",
                                 seg[dm.end:t.start()])) or (
                DATELINE.match(s.text) and a == 0 and dm.end <= DATELINE.match(s.text).end()):
            continue  # "X said on Monday" dates the saying (yet "X said Monday at a news conference with Y" both)
        if trig.role != "visit" and _JOURNEY_DATE.search(seg[max(0, dm.start - 25):dm.start]) and \
                re.search(r"(?:\b(?:on|in)\s+|\s)$", seg[:dm.start]):
            continue  # "A met B during a visit to Moscow beginning on Sunday": the journey's day, not the meeting's
        if _POSSESSIVE.match(seg[dm.end:]) and not dm.end < t.start() <= dm.end + 4:
            continue  # "During Thursday's call, A and B agreed to meet": Thursday dates the call only
        if dm.date is None:
            vague = vague or dm  # kept as date_text: the words say when, without fixing a day
            continue
        if date is None or abs(dm.start - t.start()) < abs(date.start - t.start()):
            date = dm
    if date and modality == "expected" and published and date.date < published:
        date = _forward(date, published)
    return date, vague


# "arrived in India on Monday", "a five-day visit beginning on Sunday", "a visit that ended yesterday": the day a
# journey began or ended, not the day of the talks held during it.
_JOURNEY_DATE = re.compile(r"\b(?:arrived|arrives|arrival|landed|departed|left|leaves|beginning|began|begins|starting|"
                           r"started|starts|ended|ends|ending|concluded|wrapped up)\b")


# "Last year, A and B met when ...", "the two leaders met two years ago", "they met in 2019": an earlier occasion the
# report recalls, not the one it reports (it keeps its own place and stays apart from today's meeting).
_LONG_AGO = re.compile(r"\b(?:[Ll]ast year|(?:a|one|two|three|four|five|several|\d+) years? ago|(?:in|since) (?P<year>(?:19|20)\d\d))\b")


def _long_ago(seg: str, published) -> bool:
    m = _LONG_AGO.search(seg)
    return bool(m) and not (m.group("year") and published and int(m.group("year")) >= published.year)


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


_POSSESSIVE = re.compile(r"^['’]s\b")


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
    if dm.text.split()[0].lower() in ("last", "past", "previous"):
        return dm  # "right after last Thursday's meeting", in a sentence about talks ahead: the words say it is past
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
_VERB_ROWS = {t.name for t in TRIGGERS if t.role == "verb"}  # "A met B", "A hosted B": the verb gives who met


def _join_last(drafts: list[_Draft], new: _Draft, ctx: Context) -> bool:
    """"X took part", "joined by X": X joins the occasion of several people reported in the last few sentences;
    with no such occasion the words say nothing about a meeting."""
    for old in reversed(drafts):
        # (an occasion of one named person in the same sentence takes the other: "A led the delegation to the talks
        # while B was the head of the party from Beijing")
        if new.sentence.index - 3 <= old.sentence.index and (len(old.participants) > 1 or old.sentence is new.sentence
                                                             or _other_side(ctx, old, new)) \
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


def _compatible(x: _Draft, y: _Draft, *, same_sentence: bool) -> bool:
    px, py = set(x.participants), set(y.participants)
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
            old.place = old.place or new.place
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
