"""Sentences into drafts: clause boundaries, trigger rows applied clause by clause, drafts filed as they come."""

from __future__ import annotations

import re

from kg.extract import coreference, frames, places, prefilter, reference
from kg.extract import participants as who
from kg.extract.event_triggers import BODY_SESSION, NAMED_OCCASION, TRIGGERS, Trigger
from kg.extract.context import Context
from kg.extract.sentences import Sentence

from kg.extract.events.drafts import (_AHEAD_OF_PHRASE, _BEFORE_OPENING, _Draft, _JOURNEY_DATE, _PAST, _Run, _here,
                                      _long_ago, _modality, _when)
from kg.extract.events.vetoes import _SIGNED_PACT, _signers, _veto_with_people, _vetoed_by_wording
from kg.extract.events.splitting import _separate, _series, _split
from kg.extract.events.merging import _JOINERS, STANDING_JOINERS, _join_last, _merge_into


# Clause boundaries: participants named beyond them take part in something else.
# "X said after talks with Y" keeps X and Y together: "after" opens another occasion unless it names the talks.
# "A and B, after meeting at the ministry, issued ...": a participle clause shares its sentence's subject.
_BOUNDARY = re.compile(r",\s+(?:where|while(?!\s+meeting\b)|whereas)\b|\s+while\s+(?=(?:he|she)\s)|;|\s+(?:before(?!\s+(?:midday|noon|dawn|dusk|midnight|meeting)\b)|when|since|whereas)\s+|"
                       r"\s+after\s+(?!the\s+meeting|(?:(?:a|a\s+day\s+of|two\s+days\s+of|hours\s+of)\s+)?(?!the\b|their\b|his\b|her\b)(?:[\w-]+\s+){0,2}"
                       r"(?:talks|meeting|consultations|negotiations)\b|meeting\b|(?:(?:a|the|their|his|her)\s+)?(?:talks|meeting|phone call|call)\s+(?:with|between))")
# A relative clause (", who visited Washington last month,") is a hole: its people are not the main clause's.
_QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]?")
_PLACE_ADJ = re.compile(r"\bthe\s+(?P<city>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:talks|meeting|meetings|summit|visit)\b")


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
    elif a > 0 and run.last_subject and _HE.match(s.text) and _WHERE_HE_RECEIVED.match(seg) \
            and not (people and people[0].start < s.start + a):
        # Row "clause-he-of-he" (x25meetparts): "He then visited the ministry, where he was welcomed by A": the guest
        # received is the sentence's own "He", the person the last sentences were about (not the last one named)
        referent = run.last_subject
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
            if d.trigger in STANDING_JOINERS and len(d.participants) > 1:
                # "The meeting in Colombo was attended by A, B and C" with no occasion just reported: they held it
                _merge_into(drafts, d, same_sentence=True)
            elif d.trigger in _JOINERS:
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


def _a_persons_name(ctx: Context, place: str) -> bool:
    return place not in reference.countries().cities and any(
        place in p.name.split() for p in ctx.persons.values())


# "He also met ...": a sentence (or clause) opening on a pronoun subject.
_HE = re.compile(r"^(?:He|She)\b")
# A clause cut off its sentence at "while", "when", "before", "after" whose subject is "he"/"she" (see _BOUNDARY).
_CLAUSE_HE = re.compile(r"^\W*\s*(?:while|whereas|when|before|after)\s+(?:he|she)\b")
# Row "clause-he-of-he": ", where he was welcomed by A": the guest received at the place the sentence's visit names.
_WHERE_HE_RECEIVED = re.compile(r"^\W*\s*where\s+(?:he|she)\s+(?:was|were)\s+(?:[a-z]+ly\s+)?"
                                r"(?:received|welcomed|hosted|greeted)\s+by\b")
# A sentence opening with its subject's name, after titles only ("Turkish Foreign Minister ", "General ").
_TITLES_ONLY = re.compile(r"^(?:(?:[A-Z][\w'’.-]*|of|for|the|and)\s+)*$")


# Verbs whose subject, named by post only, held an occasion ("the two defence ministers signed/met/held talks").
_HELD = {"signing", "held-talks", "meet-verb"}
# "the agreement both countries' ministers signed": the pact named before its signers.
_PACT_BEFORE = re.compile(r"\b(?:agreement|accord|pact|deal|treaty|memorandum|MoU|protocol|declaration|arrangement)s?\b")


# "A held a Defence Ministerial Meeting with B", "A co-chaired the Joint Commission Meeting with B": an occasion's
# proper name after a light verb, with its counterpart next, is an occasion the clause's subject held.
_HELD_NAMED = re.compile(r"\b(?:held|holds|hold|holding|had|hosted|hosts|chaired|co-chaired|attended|attends|convened)\s+"
                         r"(?:a|an|the|their|its|his|her)\s+(?:(?:first|second|third|\d+(?:st|nd|rd|th))\s+)?$")
_NOUN_WITH_PEOPLE = re.compile(r"^\s+(?:(?:on|last)\s+[A-Z][a-z]+day\s+)?(?:with|between|alongside)\s")
_HELD_NAMED_OCCASION = Trigger("held-named-occasion", "talks", "noun", NAMED_OCCASION.pattern)


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
        if (trig.role == "noun" or trig.name in STANDING_JOINERS) and orphans is not None:
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
