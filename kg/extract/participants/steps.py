"""find: the people around the trigger, then the named rows of _STEPS over one shared _Clause."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.extract.context import Context, Mention
from kg.extract.event_triggers import PAIR_TRIGGERS, TRIGGERS, Trigger
from kg.extract.participants.described import described
from kg.extract.participants.lists import _objects, coordinated_subjects, second_predicate
from kg.extract.participants.patterns import (_AFTER_OCCASION, _CAME_FOR, _COORDINATION, _DURING, _GROUP_BEFORE,
                                              _HOLE, _INVITATION, _LIGHT_VERB, _OBJECT_BEYOND_CLAUSE, _OPENING,
                                              _RELATIVE_BY, _SAID_AFTER, _SPEAKER_HIMSELF, _SPEECH_GAP,
                                              _VERB_IN_GAP, _VISITED_PERSON, _WITH_OWN_COUNTERPART, _names_with)
from kg.extract.participants.unnamed import _implicit_subject, _pronoun_partner, _unnamed_counterpart, post_subject


def _around(ctx: Context, seg: str, seg_start: int, t: re.Match[str],
            extra: list[Mention] = ()) -> tuple[list[Mention], list[Mention]]:
    """The people named before and after the trigger in its clause (with ``extra``, descriptions resolved to their
    holders), minus those inside a relative clause ("X, who visited Washington,") unless the trigger is inside it,
    when X is its subject."""
    mentions = ctx.persons_in(seg_start, seg_start + len(seg))
    if extra:
        mentions = sorted([*mentions, *extra], key=lambda m: m.start)
    trigger_at = seg_start + t.start()
    holes = [(seg_start + h.start(), seg_start + h.end()) for h in _HOLE.finditer(seg)]
    if _RELATIVE_BY.match(seg[t.end():]):
        # "the meeting, which was attended by A and B": a relative clause opening on the noun tells its people
        holes = [(hs, he) for hs, he in holes if hs - (seg_start + t.end()) not in (0, 1)]
    hole = next(((hs, he) for hs, he in holes if hs <= trigger_at < he), None)
    if hole:
        head = [m for m in mentions if m.end <= hole[0] and hole[0] - m.end <= 2]
        mentions = head + [m for m in mentions if hole[0] <= m.start < hole[1]]
    else:
        mentions = [m for m in mentions if not any(hs <= m.start < he for hs, he in holes)]
    return [m for m in mentions if m.end <= trigger_at], [m for m in mentions if m.start >= seg_start + t.end()]


def find(ctx: Context, seg: str, seg_start: int, t: re.Match[str], trig: Trigger, *, last_occasion: list[str],
         last_person: str | None) -> tuple[list[str], list[str], bool]:
    """Who took part, by the trigger's role; also the clause's subjects (the vetoes need them), and whether the
    words only point back to an occasion already reported ("X said during the talks").
    A side written as a description ("the visiting minister met B") counts when it resolves to one holder (rule
    "described-holder", described.py) and the occasion then has two people at least, everyone found without it among
    them: a description only adds the side a name left out."""
    named = _find(ctx, seg, seg_start, t, trig, last_occasion=last_occasion, last_person=last_person)
    if trig.role not in ("verb", "noun", "joint"):
        return named
    extra = described(ctx, seg_start, seg_start + len(seg))
    if not extra:
        return named
    found = _find(ctx, seg, seg_start, t, trig, last_occasion=last_occasion, last_person=last_person, extra=extra)
    if len(found[0]) >= 2 and set(named[0]) < set(found[0]):
        return found
    return named


@dataclass
class _Clause:
    """What _find's steps share: the clause, its trigger and the people around it (``before`` shrinks as vetoes drop
    the subject), what the words between subject and trigger say, and the answer being built."""
    ctx: Context
    seg: str
    seg_start: int
    t: re.Match[str]
    trig: Trigger
    last_occasion: list[str]
    last_person: str | None
    before: list[Mention]
    after: list[Mention]
    trigger_at: int
    tail: str                         # the clause after the trigger
    first: int | None = None          # where the first verb starts, when the trigger is a second predicate
    gap: str = ""                     # between the last person before the trigger and the trigger
    after_talks: bool = False         # "X said after talks with Y"
    during: bool = False              # "A met B at the summit", "X said during a call with Y"
    took_part: bool = False           # the subject held or attended the occasion a noun names
    own_counterpart: bool = False     # "A summarised the talks with his Russian counterpart B"
    speaker: str | None = None        # "Tusk announced that he would meet Zelenskyy": Tusk
    subjects: list[str] = field(default_factory=list)
    by_post: str | None = None        # "Turkey's defense minister met ...": the one holder of that post
    participants: list[str] = field(default_factory=list)
    back: bool = False                # the words only point back to an occasion already reported


def _find(ctx: Context, seg: str, seg_start: int, t: re.Match[str], trig: Trigger, *, last_occasion: list[str],
          last_person: str | None, extra: list[Mention] = ()) -> tuple[list[str], list[str], bool]:
    """find() over the clause's named people, and with ``extra`` its resolved descriptions besides: the rows of
    _STEPS, in order, over one shared _Clause."""
    before, after = _around(ctx, seg, seg_start, t, extra)
    c = _Clause(ctx=ctx, seg=seg, seg_start=seg_start, t=t, trig=trig, last_occasion=last_occasion,
                last_person=last_person, before=before, after=after, trigger_at=seg_start + t.start(),
                tail=seg[t.end():])
    for _name, step in _STEPS:
        step(c)
    return list(dict.fromkeys(c.participants)), c.subjects, c.back


def _group_nearer_than_name(c: _Clause) -> None:
    """Rule "group-nearer-than-name": "Maduro posted the declaration agreed by both leaders after earlier talks",
    "A also visited Jeddah last year, and the two leaders met": a plural post standing for a pair, nearer the verb or
    noun than the last name, is who held the occasion (the pair is resolved as for "the two leaders met")."""
    if not c.before or c.trig.role not in ("verb", "noun"):
        return
    words = c.ctx.text[c.before[-1].end:c.trigger_at]
    g = _GROUP_BEFORE.search(words)
    if g and not g.group().lower().startswith("they") and not _COORDINATION.match(words[:g.start()] + " "):
        c.before = []


def _second_predicate_subject(c: _Clause) -> None:
    """Rule "each-predicate": "X called on A and met B": the second verb's subject is X (or the pronoun opening the
    clause), not A, the first verb's host."""
    if c.before and c.trig.role == "verb":
        c.first = second_predicate(c.ctx, c.seg_start, c.before, c.trigger_at)
        if c.first is not None:
            c.before = [m for m in c.before if m.end <= c.first]


def _read_gap(c: _Clause) -> None:
    """The words between the last person before the trigger and the trigger, which the next rows read."""
    c.gap = c.ctx.text[c.before[-1].end:c.trigger_at] if c.before else ""


def _said_after(c: _Clause) -> None:
    """"X said on Tuesday after talks with Y": the speaker held the talks."""
    c.after_talks = bool(c.before) and _SAID_AFTER.search(c.gap) is not None


def _during(c: _Clause) -> None:
    """"A met B at the summit": the verb reports the meeting; the summit is only its occasion (see _carry_lead).
    ("A and B agreed ... following the trilateral meeting": a pair's "agreed" is no occasion of its own here)"""
    c.during = bool(_DURING.search(c.gap)) and not any(tr.pattern.search(c.gap) for tr in TRIGGERS
                                                       if tr.role in ("verb", "noun") and tr.name != "agreed-pair")


def _took_part(c: _Clause) -> None:
    """"A held/attended the talks", "A was in Tehran for talks", "A and B signed after talks": the subject took part."""
    c.took_part = bool(_LIGHT_VERB.search(c.gap) or c.during or _CAME_FOR.match(c.gap)
                       or c.trig.role == "noun" and _AFTER_OCCASION.search(c.gap) and not _SPEECH_GAP.search(c.gap))


def _own_counterpart(c: _Clause) -> None:
    """Rule "own-counterpart": "A conducted talks with her Polish counterparts B and C": the subject held them."""
    c.own_counterpart = c.trig.role == "noun" and bool(c.before) and _WITH_OWN_COUNTERPART.match(c.tail) is not None
    c.took_part = c.took_part or c.own_counterpart


def _noun_not_held(c: _Clause) -> None:
    """"Zelenskyy condemned the meeting": a subject takes part only if it held/attended it."""
    if c.trig.role == "noun" and c.before and not c.took_part and not c.after_talks:
        c.before = []


def _speaker_not_meeting(c: _Clause) -> None:
    """"Guterres said the Assembly would meet": the speaker is not the one meeting; yet in "Tusk announced that he
    would meet Zelenskyy" the pronoun after the speech verb is the speaker himself."""
    if c.before and _SPEECH_GAP.search(c.gap) and not c.after_talks and not c.during and c.trig.role != "joint" \
            and not c.own_counterpart:
        if _SPEAKER_HIMSELF.search(c.gap):
            c.speaker = c.before[-1].key
        c.before = []


def _subjects(c: _Clause) -> None:
    """"A and her Indian counterpart B spoke": every person of a coordinated subject."""
    c.subjects = coordinated_subjects(c.ctx, c.before)


def _with_pronoun_partner(c: _Clause) -> None:
    """Rule "pronoun-partner": "A handed over the vessels as he and Maldivian President B held talks"."""
    if c.subjects and c.trig.role != "visit":
        c.subjects = _pronoun_partner(c.ctx, c.seg_start, c.before, c.subjects, c.last_person) + c.subjects


def _subject_by_post(c: _Clause) -> None:
    """Rule "post-subject": "Turkey's defense minister met ...": the report's one holder of that post."""
    c.by_post = None if c.before or c.trig.role != "verb" else post_subject(c.ctx, c.seg[:c.t.start()])
    if c.by_post:
        c.subjects = [c.by_post]


def _joined(c: _Clause) -> None:
    """A "join" trigger: its subjects, or with "... by" the people after it. Rule "attended-by": the attendees after
    "the meeting was attended by" / "also present were", whoever is named before; rule "delegation-members" likewise
    the members after "the delegation included" / "was accompanied by"."""
    if c.trig.role != "join":
        return
    if c.trig.name in ("attended-by", "delegation-members"):
        # ("A was accompanied by B": A, the one accompanied, is of the party too)
        if "accompanied" in c.t.group():
            c.participants += c.subjects
        c.participants += _objects(c.ctx, c.after)
        return
    c.participants += c.subjects if c.before else (
        _objects(c.ctx, c.after) if re.search(r"\bby$", c.t.group()) else [])


def _delegation_leader(c: _Clause) -> None:
    """"the leader of the Kenyan delegation, Dr A": the apposition's person."""
    if c.trig.role == "join" and c.trig.name == "delegation-leader" and c.after \
            and c.after[0].start - (c.seg_start + c.t.end()) <= 12:
        c.participants = [c.after[0].key]


def _visitor(c: _Clause) -> None:
    """Who travels: "A will sign a pact with B during his visit" gives A; else the last subject; else "During a visit
    to New Zealand last week, Fijian Prime Minister X said": the subject after the comma."""
    if c.trig.role != "visit":
        return
    if c.before and re.search(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,3}$", c.seg[:c.t.start()]):
        c.participants.append(c.before[0].key)
    elif c.before:
        c.participants.append(c.before[-1].key)
    elif _OPENING.search(c.seg[:c.t.start()]) and (comma := re.match(r"^[^,]{0,60},\s+", c.tail)):
        c.participants += _objects(c.ctx, [x for x in c.after if x.start >= c.seg_start + c.t.end() + comma.end()],
                                   at=c.seg_start + c.t.end() + comma.end())[:1]


def _visit_by(c: _Clause) -> None:
    """"a trip to Mexico by A and B"."""
    if c.trig.role != "visit":
        return
    by = re.match(r"^\s+(?:[\w-]+\s+){0,3}?(?:by|of)\s+", c.tail)
    if by and c.after and c.after[0].start - (c.seg_start + c.t.end()) <= by.end() + 40:
        c.participants += _objects(c.ctx, c.after)


def _invitation(c: _Clause) -> None:
    """"at the invitation of President B": the host takes part in the visit."""
    if c.trig.role == "visit":
        c.participants += [m.key for m in c.after if _INVITATION.search(c.ctx.text[c.seg_start:m.start][-40:])]


def _visited_person(c: _Clause) -> None:
    """"Healey visited Japanese Prime Minister Shigeru Ishiba": a person visited is called on, and takes part."""
    if c.trig.role == "visit" and c.before and c.after \
            and _VISITED_PERSON.match(c.ctx.text[c.trigger_at:c.after[0].start]):
        c.participants += _objects(c.ctx, c.after)


def _clause_subjects(c: _Clause) -> None:
    """A verb, noun or joint trigger: the clause's subjects took part."""
    if c.trig.role not in ("join", "visit"):
        c.participants += c.subjects


def _alongside(c: _Clause) -> None:
    """"speaking alongside B": B follows at once; "speaking alongside officials, praised B" names no one.
    (Not for a pair's "discussed"/"agreed": what they discussed may name other people, "discussed the case of X".)"""
    if c.trig.role == "joint" and c.trig.name not in PAIR_TRIGGERS:
        c.participants += [k for k in _objects(c.ctx, c.after)
                           if "," not in c.ctx.text[c.seg_start + c.t.end():c.after[0].start]]


def _clause_objects(c: _Clause) -> None:
    """A verb's object, the people a noun takes ("talks with X", "attended by X"), a call's other side ("a phone
    call from B"); else an unnamed counterpart. (Not for a pair's "discussed"/"agreed", as above.)"""
    if c.trig.role in ("join", "visit", "joint") or c.trig.name in PAIR_TRIGGERS:
        return
    if not (c.trig.role == "verb" or _names_with(c.tail) or (
            c.trig.kind == "call" and re.match(r"^\s+(?:(?:on|last)\s+\w+\s+)?from\s", c.tail))):
        return
    nw = _names_with(c.tail) if c.trig.role == "noun" else None
    if nw and c.after and _VERB_IN_GAP.search(c.ctx.text[c.seg_start + c.t.end() + nw.end():c.after[0].start]):
        pass  # "The talks between the envoys have helped, spokeswoman X said": the phrase ended before X
    elif c.trig.role == "verb" and c.after \
            and _OBJECT_BEYOND_CLAUSE.search(c.ctx.text[c.seg_start + c.t.end():c.after[0].start]):
        # Veto "object-beyond-clause": "met in Bogota to ease tension caused by X", "met with his Qatari counterpart
        # ahead of X's visit": the verb's object ended before the first person named after it
        c.participants += _unnamed_counterpart(c.ctx, c.tail, c.subjects)
    else:
        c.participants += _objects(c.ctx, c.after) or _unnamed_counterpart(c.ctx, c.tail, c.subjects)


def _noun_opening(c: _Clause) -> None:
    """"In a meeting with A on Monday, B raised ...": B, the subject after the opening phrase, held it with A."""
    if c.trig.role != "noun" or c.subjects or not _OPENING.search(c.seg[:c.t.start()]):
        return
    m = re.match(r"^[^,]{0,40},\s+", c.tail) if not c.participants else re.match(r"^[^,;]{0,100},\s+(?=[A-Z])", c.tail)
    if m:
        c.participants += _objects(c.ctx, [x for x in c.after if x.start >= c.seg_start + c.t.end() + m.end()],
                                   at=c.seg_start + c.t.end() + m.end())


def _pair_just_reported(c: _Clause) -> None:
    """"X, who met both ministers": the pair just reported."""
    if c.before and c.trig.role == "verb" and len(c.last_occasion) > 1 and re.match(
            r"^\s+(?:both|the two)\s+(?:ministers|leaders|men|women|officials|counterparts)\b", c.tail):
        c.participants += c.last_occasion


def _unnamed_subject(c: _Clause) -> None:
    """"The two leaders met", "he met": no subject named, so the pair just reported or the person last spoken of."""
    if not c.before and not c.by_post and not (c.trig.role == "visit" and c.participants):
        c.participants = _implicit_subject(c.ctx, c.seg, c.seg_start, c.t, c.last_occasion,
                                           c.speaker or c.last_person,
                                           upto=None if c.first is None else c.first - c.seg_start) + c.participants


def _points_back(c: _Clause) -> None:
    """"X said during the talks": the words only point back to an occasion already reported."""
    c.back = bool(c.during) and c.trig.role == "noun" and not _names_with(c.tail) and not _LIGHT_VERB.search(c.gap)


# _find's steps, in the order they run. Rows up to "post-subject" settle the clause's subjects (and drop them when the
# words say they did not take part); the rest gather the participants by the trigger's role.
_STEPS: tuple[tuple[str, Callable[[_Clause], None]], ...] = (
    ("group-nearer-than-name", _group_nearer_than_name),
    ("each-predicate", _second_predicate_subject),
    ("gap", _read_gap),
    ("said-after", _said_after),
    ("during-occasion", _during),
    ("took-part", _took_part),
    ("own-counterpart", _own_counterpart),
    ("noun-not-held", _noun_not_held),
    ("speaker-not-meeting", _speaker_not_meeting),
    ("coordinated-subjects", _subjects),
    ("pronoun-partner", _with_pronoun_partner),
    ("post-subject", _subject_by_post),
    ("join", _joined),
    ("delegation-leader", _delegation_leader),
    ("visitor", _visitor),
    ("visit-by", _visit_by),
    ("invitation-of", _invitation),
    ("visited-person", _visited_person),
    ("clause-subjects", _clause_subjects),
    ("alongside", _alongside),
    ("clause-objects", _clause_objects),
    ("noun-opening", _noun_opening),
    ("pair-just-reported", _pair_just_reported),
    ("implicit-subject", _unnamed_subject),
    ("points-back", _points_back),
)
