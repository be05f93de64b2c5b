"""Who took part in an occasion a trigger names: the clause's subject and object, "with/between" people, a
coordinated list, an unnamed counterpart, "the two leaders", "he".

The trigger's role (kg/extract/event_triggers.py) says where to look; the clause is the segment events.py cut.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.extract import reference, salience
from kg.extract.context import Context, Mention
from kg.extract.event_triggers import PAIR_TRIGGERS, TRIGGERS, Trigger
from kg.extract.model import Person
from kg.extract.speakers import _adjectives as _state_adjectives, _holds

_HOLE = re.compile(r",\s+(?:who|which)\b[^,;]*(?:,|$)")
# "the two leaders", "both defence ministers", "the two defense chiefs": a plural post standing for the pair.
_GROUP = re.compile(r"\b(?:they|both (?:[a-z]+\s+)?(?:ministers|leaders|sides' leaders|nsas|officials|men|women|chiefs)|the two men|"
                    # "the leaders of both neighbouring countries", "the presidents of the two states"
                    r"(?:the\s+)?(?:leaders|presidents|heads of state|(?:[a-z]+\s+)?ministers)\s+of\s+(?:both|the two)\s+"
                    r"(?:[a-z]+\s+)?(?:countries|nations|states)|"
                    r"the two (?:[a-z]+\s+)?(?:ministers|leaders|nsas|counterparts|officials|chiefs|presidents|envoys|"
                    r"heads of (?:state|government)))\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she|his|her)\b", re.IGNORECASE)
_GROUP_BEFORE = re.compile(_GROUP.pattern + r"(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
_GROUP_AFTER = re.compile(r"^\s+(?:between|with|of|among)\s+" + _GROUP.pattern, re.IGNORECASE)
# "at the invitation of President B", "at the invitation of his Ugandan counterpart, B"
_INVITATION = re.compile(r"invitation of\s+(?:(?:his|her|their|the)\s+)?(?:[\w'’.-]+,?\s+){0,5}?$|invitation of\s*$")


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


# Rule "noun-attended-by", as a relative clause: "the meeting, which was attended by A, B and C".
_RELATIVE_BY = re.compile(r"^\s*,\s+(?:which|that)\s+(?:was|were|will\s+be|is|are)\s+(?:attended|co-chaired|chaired|hosted)"
                          r"\s+by\s")
# A noun takes people through "with/between" ("talks on Monday in Geneva with X"), or as "led/hosted by X".
_NOUN_WITH = re.compile(r"^[”\"]?\s+(?:(?:was|were|will\s+be|is\s+being)\s+held\s+)?(?:(?:on|last)\s+[A-Z][a-z]+day\s+)?(?:in\s+(?:[A-Z][\w-]*\s+|(?:do|da|de|del)\s+){1,4})?"
                        r"(?:(?:on|last)\s+[A-Z][a-z]+day\s+)?(?:(?:each\s+)?with|between|among|alongside)\s|"
                        # Rule "noun-attended-by": "the retreat attended by A and B", "a session chaired by A", "The
                        # meeting brought together A and B": a participle or "bring together" after the noun
                        # (not "The meeting was also attended by ...": attendees of a meeting already reported)
                        r"^\s+(?:(?!(?:was|were|is|are|has|have|had|will|be|been)\s)[a-z]+\s+)?"
                        r"(?:attended|co-chaired|chaired|co-hosted|presided\s+over)\s+by\s|"
                        r"^\s+(?:[\w,'’-]+\s+){0,3}?(?:brought|brings|bringing|will\s+bring)\s+together\s|"
                        r"^\s+(?:[\w,–-]+\s+){0,5}?(?:were|was|(?:will|would|is to|are to|is set to|are set to|is expected to|"
                        r"are expected to)\s+be|(?:is|are|has|have|had)\s+been)\s+(?:led|co-chaired|chaired|hosted|attended|headed)\s+by\s")
# Between a meeting verb and the first person after it, words that close the verb's own phrase: a purpose infinitive
# ("met in Bogota to try to ease tension caused by X"), a time or cause phrase ("ahead of X's visit", "amid"),
# a reporting verb ("met on Monday, the ministry said"), or an unnamed counterpart already standing as the object
# ("met with his Qatari counterpart ahead of ..."). The person further on is no guest.
_OBJECT_BEYOND_CLAUSE = re.compile(r"\bto\s+(?!(?:the|his|her|their|its|a|an|visiting|[A-Z])\b)[a-z]+\s|"
                                   r"\b(?:ahead of|amid|because of|despite|prior to|caused by|according to|as part of|"
                                   r"said|says|told|reported)\b|"
                                   r"\b(?:his|her|their)\s+(?:[A-Z][\w'’-]+\s+)?counterparts?\s+[a-z]")
# Rule "own-counterpart": "A summarised the outcome of the talks with his Russian counterpart B", "A conducted talks
# with her Polish counterparts B and C": the counterpart is the subject's own, so the subject held the occasion.
_WITH_OWN_COUNTERPART = re.compile(r"^\s+(?:(?:on|last)\s+[A-Z][a-z]+day\s+)?with\s+(?:his|her)\s+(?:[A-Z][\w'’-]+\s+){0,3}"
                                   r"counterparts?\b")
# "X said during a call with Y", "X reaffirmed support during a phone call": the subject took part in the occasion.
# ("A, during talks with B, raised ...": "during" needs no article)
_DURING = re.compile(r"\b(?:during|in|at|after|following)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,3}$|"
                     r"\bduring\s+(?:[\w-]+\s+){0,2}$")
# "During Thursday's call, A and B agreed": the occasion opens the clause and its people are the subject after it.
_OPENING = re.compile(r"^\s*$|(?:^|\b(?:during|at|in)\s+)(?:a|an|the|their|\w+['’]s)\s+(?:[\w-]+\s+){0,2}$",
                      re.IGNORECASE)


def _names_with(tail: str) -> re.Match[str] | None:
    """The words after an occasion noun that name who took part: "with B", "attended by A and B", ", which was
    attended by ..."."""
    return _NOUN_WITH.match(tail) or _RELATIVE_BY.match(tail)


def find(ctx: Context, seg: str, seg_start: int, t: re.Match[str], trig: Trigger, *, last_occasion: list[str],
         last_person: str | None) -> tuple[list[str], list[str], bool]:
    """Who took part, by the trigger's role; also the clause's subjects (the vetoes need them), and whether the
    words only point back to an occasion already reported ("X said during the talks").
    A side written as a description ("the visiting minister met B") counts when it resolves to one holder (rule
    "described-holder", below) and the occasion then has two people at least, everyone found without it among them:
    a description only adds the side a name left out."""
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
    """A "join" trigger: its subjects, or with "... by" the people after it."""
    if c.trig.role == "join":
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


# "visited Japanese Prime Minister X", "visiting his Kenyan counterpart, X": a visit verb whose object is a person, its
# titles only between (a place, "visited Tokyo", is no person; "visited Tokyo to meet X" names the person further on).
_VISITED_PERSON = re.compile(r"^(?:visited|visits|visiting)\s+(?:(?:the|his|her|their)\s+)?"
                             r"(?:(?:[A-Z][\w'’.-]*|of|for|and|the|counterparts?),?\s+){0,8}$")
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
    if len(candidates) > 1:
        # "Turkey's defence minister met his Qatari counterpart": of several Qatari people, the one in the same post
        posts = {post for k in subjects if k in ctx.persons for post in _posts(ctx.persons[k])}
        candidates = [k for k in candidates if posts & _posts(ctx.persons[k])] or candidates
    if m.group().rstrip().endswith("counterparts"):
        # "met his counterparts from Balkan countries": several, of states the words do not say
        return candidates if m.group("adj") else []
    return candidates if len(candidates) == 1 else []


# Rule "post-subject": a clause whose subject is a state's post without a name ("Turkey's defense minister met ...",
# "Colombia's defence minister met with Venezuelan President X", "the Turkish foreign minister held talks with Y")
# names the one person the report gives that post of that state (news names the holder in the next sentence).
_POST_WORDS = (r"(?:(?:foreign|defen[cs]e|interior|home|security|finance|trade|justice|economy|energy|army|navy|police|"
               r"national\s+security|deputy|vice|prime)\s+)?(?:minister|secretary|advis[eo]r|chief(?:\s+of\s+staff)?)|"
               r"president|premier|chancellor")
_POST_SUBJECT = re.compile(rf"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<state>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:['’]s)?\s+"
                           rf"(?P<post>(?i:{_POST_WORDS}))(?:\s+(?:on|last|this)\s+\w+|\s+(?:also|has|had|have|will|would|"
                           rf"is|was|to|earlier))*\s*$")
_POST_NORMAL = [(r"\bdefense\b", "defence"), (r"^minister of (?:the )?(defence|interior|justice|finance|trade)$", r"\1 minister"),
                (r"^(?:minister of foreign affairs|foreign affairs minister)$", "foreign minister"),
                (r"^(?:minister of home affairs|home minister|minister of interior)$", "interior minister"),
                (r"^(?:secretary of defence)$", "defence secretary")]


def _normal_post(title: str) -> str:
    post = re.sub(r"\s+", " ", title.lower().strip())
    for pattern, repl in _POST_NORMAL:
        post = re.sub(pattern, repl, post)
    return post


def _posts(person: Person) -> set[str]:
    return {_normal_post(r.title) for r in person.roles}


def post_subject(ctx: Context, before_verb: str) -> str | None:
    """The person holding the post the clause's nameless subject names, when the report gives it to exactly one
    person of that state ("Turkey's defense minister met" -> the Turkish defence minister named elsewhere)."""
    m = _POST_SUBJECT.search(before_verb[-90:])
    if not m or re.search(r"(?:\band|\bor|,)\s*$", before_verb[-90:][:m.start()]):
        return None  # "A's top security official and B's defence minister signed": a pair of posts (kg.extract.frames)
    code = reference.countries().code(m.group("state"))
    if code is None:
        return None
    post = _normal_post(m.group("post"))
    holders = {p.key for p in ctx.persons.values() if p.country == code and post in _posts(p)}
    return holders.pop() if len(holders) == 1 else None


# "he and Maldivian President B held talks": a pronoun coordinated with the first named subject.
_PRONOUN_AND = re.compile(r"\b(?P<pro>[Hh]e|[Ss]he)(?P<gap>\s*,?\s+and\s+[^.;:]*)$")


def _pronoun_partner(ctx: Context, seg_start: int, before: list[Mention], subjects: list[str],
                     last_person: str | None) -> list[str]:
    """Rule "pronoun-partner": "A handed over the vessels as he and Maldivian President B held talks": the pronoun
    beside the named subject is a partner too — the person named before it in the clause, else the person last
    spoken of, if the pronoun fits them."""
    j = len(before) - len(subjects)
    opening = before[j - 1].end if j > 0 else seg_start
    m = _PRONOUN_AND.search(ctx.text[opening:before[j].start])
    if not m or not titled_partner_gap(m.group("gap")):
        return []
    gender = salience.pronoun_gender(m.group("pro"))
    if j > 0 and salience.compatible_gender(ctx, before[j - 1].key, gender):
        return [before[j - 1].key]
    near = [x for x in ctx.persons_in(max(0, seg_start - 60), seg_start) if x.key and x.key not in subjects]
    if j == 0 and near and not re.search(r"[.!?]\s", ctx.text[near[-1].end:seg_start]) \
            and salience.compatible_gender(ctx, near[-1].key, gender):
        return [near[-1].key]  # "B said after he and C signed": the clause cut off its sentence; he is B
    return [k for k in (_agreeing(ctx, last_person, m.group("pro"), seg_start) if last_person else []) if k not in subjects]


def _objects(ctx: Context, after: list[Mention], *, at: int | None = None) -> list[str]:
    """The people of the object (or subject) run opening at the first mention: "met A, B and C" gives three;
    "summoned A over B's remark" gives A alone."""
    if not after or (at is not None and after[0].start - at > 60):
        return []
    keys = [after[0].key]
    for prev, cur in zip(after, after[1:]):
        gap = ctx.text[prev.end:cur.start]
        if not (_COORDINATION.match(gap) and ("and" in gap or "," in gap)) and not _LIST_GAP.match(gap) \
                and not titled_list_gap(gap) and not titled_partner_gap(gap) and not with_again(gap):
            break
        if "and" not in gap.split() and _REPORTER_AFTER.match(ctx.text[cur.end:cur.end + 30]):
            break  # "A received B, Interior Minister C said": C reports the reception, C is no guest
        if _NEXT_PREDICATE.search(gap):
            break  # "called on A and subsequently met officials, including B": B is the next verb's host (each-predicate)
        keys.append(cur.key)
    return keys


# Rule "each-predicate" (x21metlist): "X called on Prime Minister A and met NSA B", "X will also call on A and meet
# B", "he received A and later held talks with B": coordinated predicates of one subject, each naming its own host.
# The visitor meets each host (one occasion per verb: the golds give "held talks with his counterpart A, and with
# Prime Minister B" as two); the first verb's host is no subject of the second verb, nor a member of its object list.
_PREDICATE_VERB = (r"(?:met|meet|meets|called\s+on|call\s+on|calls\s+on|held\s+talks|hold\s+talks|holds\s+talks|"
                   r"received|receives|receive|paid\s+(?:a\s+)?courtesy\s+calls?)")
_AND_THEN = r"\s*,?\s+and\s+(?:(?:also|later|subsequently|then|separately|further|thereafter)\s+)?"
_NEXT_PREDICATE = re.compile(rf"{_AND_THEN}{_PREDICATE_VERB}\b")
_SECOND_GAP = re.compile(rf"^{_AND_THEN}$")
_FIRST_VERB = re.compile(rf"\b{_PREDICATE_VERB}\b")


def second_predicate(ctx: Context, seg_start: int, before: list[Mention], trigger_at: int) -> int | None:
    """Where the first verb of "X called on A and met B" starts, when the trigger at ``trigger_at`` is its second verb
    (the last person before the trigger is joined to it by "and" only, and a meeting verb precedes that person)."""
    if not _SECOND_GAP.match(ctx.text[before[-1].end:trigger_at]):
        return None
    first = _FIRST_VERB.search(ctx.text[seg_start:before[-1].start])
    return seg_start + first.start() if first else None


# Rule "each-with" (x21metlist): "held talks with his Moroccan counterpart, A, and with Prime Minister B", "a series
# of meetings with Prime Minister A, with the President of the Parliament, B, and with the Minister of Defense, C": the
# preposition said again before each host makes each its own meeting with the subject.
_WITH_AGAIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)with\s+(?P<post>[^;:.!?]*)$")


def with_again(gap: str) -> bool:
    """The words between two hosts are "(, and) with" and the second host's post only (rule "each-with")."""
    m = _WITH_AGAIN.match(gap)
    if not m:
        return False
    for w in re.findall(r"[^\s,()]+", m.group("post")):
        bare = w.strip(".’'-–")
        if bare and not (bare[0].isupper() or bare.lower() in _TITLE_WORDS or bare.lower() in _POST_SMALL
                         or bare.lower() in ("his", "her", "their", "the")):
            return False
        if bare.lower() in _CLAUSE_WORD:
            return False
    return True


def each_with(ctx: Context, seg: str, seg_start: int, t: re.Match[str]) -> list[str]:
    """The hosts the trigger names each with their own "with" (rule "each-with"): the run of people after the
    trigger that "(, and) with" joins, when it does so once at least; else none."""
    after = [m for m in ctx.persons_in(seg_start, seg_start + len(seg)) if m.start >= seg_start + t.end()]
    run = after[:1]
    for a, b in zip(after, after[1:]):
        if not with_again(ctx.text[a.end:b.start]):
            break
        run.append(b)
    return [m.key for m in run] if len(run) > 1 else []


# Rules "split-<cue>" (x21pluralmeet): wording that says a subject held several meetings, one with each host of the
# list after the trigger: "held meetings with A, B and C", "held separate talks with A and B", "met separately with",
# "a series of meetings with", "met individually with", "has met respectively with A and B", "talks each with A and B".
# A singular "a meeting with A and B", "talks with A and B" or "met A and B" stays one meeting of all (the corpus:
# "Rubio met with Sheinbaum and de la Fuente" is one). Each row is looked for between the subject and the first host
# (a cue before the subject, "Separately, X met A and B", says "in other news", not "one by one"); "respectively"
# also right after the list ("met A and B respectively").
SPLIT_CUES: list[tuple[str, re.Pattern[str]]] = [
    # "separate talks/meetings with", "met separately with", "separately met" (not "a separate meeting": one more)
    ("separately", re.compile(r"\bseparate\s+(?:[\w-]+\s+)?(?:meetings|talks|discussions|consultations|sessions|"
                              r"audiences)\b|\bseparately\b(?!\s*,)")),
    ("series-of", re.compile(r"\bseries\s+of\s+(?:[\w-]+\s+){0,2}?(?:meetings|talks|discussions|consultations)\b")),
    ("individually", re.compile(r"\bindividual(?:ly)?\b(?!\s+capacity)")),
    ("respectively", re.compile(r"\brespectively\b")),
    # "after hours of talks each with A and B"
    ("each-with-list", re.compile(r"\beach\s+with\b")),
    # "meetings with": a plural noun whose people come through "with" ("the meetings between A and B" is a pair's)
    ("plural-meetings", re.compile(r"\bmeetings[”\"]?\s+(?:(?:on|last)\s+[A-Z][a-z]+day\s+|in\s+[A-Z][\w-]+\s+)?with\s+[^,;]*$")),
]
_RESPECTIVELY_AFTER = re.compile(r"^\s*,?\s*respectively\b")


def split_cue(ctx: Context, seg: str, seg_start: int, t: re.Match[str]) -> tuple[str, list[str]]:
    """The SPLIT_CUES row the words around the trigger match and the hosts it splits (the object run after the
    trigger, two at least), or ("", []) when they say nothing of several meetings."""
    people = ctx.persons_in(seg_start, seg_start + len(seg))
    after = [m for m in people if m.start >= seg_start + t.end()]
    hosts = _objects(ctx, after)
    if len(hosts) < 2:
        return "", []
    before = [m for m in people if m.end <= seg_start + t.start()]
    # from the subject (or the clause's opening) through the trigger to the first host
    window = ctx.text[(before[-1].end if before else seg_start):after[0].start]
    last = next(m for m in reversed(after) if m.key == hosts[-1])
    tail = ctx.text[last.end:seg_start + len(seg)]
    for name, pattern in SPLIT_CUES:
        if pattern.search(window) or (name == "respectively" and _RESPECTIVELY_AFTER.match(tail)):
            return name, hosts
    return "", []


def each_predicate(ctx: Context, seg: str, seg_start: int, t: re.Match[str]) -> bool:
    """The verb trigger ``t`` is one of the coordinated predicates of rule "each-predicate": the second ("and met
    B"), or the first whose host is followed by "and (then) met/called on/held talks"."""
    people = ctx.persons_in(seg_start, seg_start + len(seg))
    at, end = seg_start + t.start(), seg_start + t.end()
    before = [m for m in people if m.end <= at]
    if before and second_predicate(ctx, seg_start, before, at) is not None:
        return True
    return any(_NEXT_PREDICATE.match(ctx.text[m.end:seg_start + len(seg)]) for m in people if m.start >= end)


# "A, Brazil's justice minister, and Paraguayan Interior Minister B", "A and Somalia's Minister of Internal
# Security, B": appositions and titles between the members of a list, without a verb or clause between them.
_LIST_GAP = re.compile(r"^(?=\s*(?:\S+\s+){0,12}\S*$)(?!.*\b(?:said|says|told|who|which|that|after|before|while|when|"
                       r"over|about|against|during|on|in|at)\b)[^;.!?]*\band\b[^;.!?]*$")


def _implicit_subject(ctx: Context, seg: str, seg_start: int, t: re.Match[str], last_occasion: list[str],
                      last_person: str | None, upto: int | None = None) -> list[str]:
    """"The two leaders met": the pair just reported (or the last two people named); "he met": the last person.
    (``upto``: where the subject's own verb is, when the trigger is a second predicate: "he called on A and met B")"""
    prefix = seg[:t.start() if upto is None else upto]
    group = _GROUP_BEFORE.search(prefix[-60:]) or _GROUP_AFTER.match(seg[t.end():])
    if group and len(last_occasion) > 1:
        return list(last_occasion)
    if group:
        earlier = [m.key for m in sorted(ctx.person_mentions + ctx.title_refs, key=lambda m: m.start)
                   if m.end <= seg_start and m.key]
        pair = list(dict.fromkeys(reversed(earlier)))[:2]
        return list(reversed(pair)) if len(pair) == 2 else []
    pronoun = _PRONOUN.search(prefix[-25:])
    if pronoun and last_person:
        return _agreeing(ctx, last_person, pronoun.group(), seg_start)
    if last_person and _HE_HELD.match(prefix) and not _SPEECH_GAP.search(prefix):
        # "He also discussed regional stability in separate conversations with X": the sentence's subject held them
        return _agreeing(ctx, last_person, prefix.split()[0], seg_start)
    return []


def _agreeing(ctx: Context, key: str, pronoun: str, at: int) -> list[str]:
    """"he"/"she" is the person last spoken of, if the pronoun fits them; else the last person named whom the text
    gives the pronoun's gender; else no one."""
    gender = salience.pronoun_gender(pronoun)
    if salience.compatible_gender(ctx, key, gender):
        return [key]
    known = salience.genders(ctx)
    other = salience.antecedent(ctx, at, lambda k: known.get(k) == gender)
    return [other] if other else []


# A finite verb between "talks between/with" and the first person named: the noun phrase ended before that person.
_VERB_IN_GAP = re.compile(r"\b(?:has|have|had|was|were|is|are|will|would|said|says|told)\b")
# A clause opening on "He"/"She" whose verb is a light verb of the occasion ("He also held ...", "She discussed ...").
_HE_HELD = re.compile(r"^(?:He|She)\s+(?:[\w,'’-]+\s+){0,2}?(?:held|had|discussed|attended|hosted|chaired|co-chaired|"
                      r"joined|took part in|participated in)\b(?:\s+[\w-]+){0,6}\s*$")


_LIGHT_VERB = re.compile(r"^(?:['’]s)?\)?\s*(?:[\w,'’-]+\s+){0,8}?(?:held|holds|had|has|have|attended|attends|hosted|hosts|discussed|"
                         r"co-chaired|co-hosted|chaired|co-chair|co-chairs|chair|chairs|preside over|presides over|"
                         r"presided over|presiding over|received|receives|made|makes|placed|joined|began|begins|concluded|led|opened|wrapped up|is holding|will hold|would hold|to hold|"
                         r"participated? in|participates in|take part in|took part in|takes part in)\b"
                         # ("had, on Saturday, a series of meetings with": a time or place set off by commas)
                         r"(?:,\s+[^,;.]{1,30},)?(?:\s+[“\"]?[\w-]+){0,6}\s*[“\"]?$|^['’]s\s+(?:[\w-]+\s+){0,3}$")
# "A and B signed the pact in Cairo after talks that ran late", "A and B agreed to reopen the border after a day of
# talks": the clause's subject held the talks it ends on.
# ("after the talks" points back to talks already reported: see events._BOUNDARY)
_AFTER_OCCASION = re.compile(r"\b(?:after|following)\s+(?:(?:a|two|three|several|hours|days?|rounds?|of)\s+){0,3}"
                             r"(?!the\s|their\s|his\s|her\s)(?:[\w-]+\s+){0,2}$")
# "X said on Tuesday after talks with Y": the speaker held the talks.
# ("X said after hours of talks with Y": a measure of the talks between)
_SAID_AFTER = re.compile(r"\b(?:said|told\s+\w+|added)\s+(?:on\s+\w+\s+|\w+\s+){0,2}(?:after|following|during)\s+"
                         r"(?:\w+\s+|(?:hours|days|weeks|rounds)\s+of\s+)?$")
_SPEAKER_HIMSELF = re.compile(r"\b(?:said|says|told\s+\w+|announced|added|stated)\s+(?:that\s+)?(?:he|she)\s+(?:[“\"]?[\w-]+\s+){0,3}[“\"]?$")
# "Alawi was in Tehran on Sunday for talks with Zarif": the one who came for the talks held them.
_CAME_FOR = re.compile(r"^\s*(?:,\s*)?(?:was|were|is|are|arrived|travelled|traveled|went|came|flew)\b[^.;]{0,50}?\bfor\s+$")
_SPEECH_GAP = re.compile(r"\b(?:said|says|told|added|stated|noted|announced|warned|claimed)\b")
# "A and B", "A and his Indian counterpart B", "A and South Korean Defence Minister B" (a title of capitalised words),
# with the name in apposition after the title ("A and his Turkish counterpart, B").
# "A (Colombia) and B (Venezuela)", "Guyana (A) and Venezuela (B)": each member's state in brackets.
_COORDINATION = re.compile(r"^\)\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+\($|"
                           r"^(?:\s*\([A-Z][\w ]+\))?(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)(?:(?:his|her|their|the)\s+)?"
                           r"(?:(?:[\w'’-]+\s+){0,3}|(?:[A-Z][\w'’.-]*\s+){0,7}|(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+|"
                           r"(?:[A-Z][\w'’-]*\s+){0,6}[A-Z][\w'’-]*,\s+|"
                           # "and Israel's Minister of Strategic Affairs B": a title with its small words
                           r"[A-Z][\w'’.-]*\s+(?:(?:[A-Z][\w'’-]*|of|for|the|and)\s+){0,8}|"
                           # "and the Papua New Guinea Minister for Foreign Affairs, Hon. B": the same, in apposition,
                           # with a style of address
                           r"[A-Z][\w'’.-]*\s+(?:(?:[A-Z][\w'’-]*|of|for|the|and)\s+){0,8}?[A-Z][\w'’-]*,\s+"
                           r"(?:(?:Hon|H\.E|Dr|Gen|Amb|Mr|Mrs|Ms)\.?\s+)?)$")


# Rule "reporter-after-object": a person right after the object list whose own verb is a speech verb reports the
# occasion ("A received B, Interior Minister C said on Tuesday"); the list ended before them.
_REPORTER_AFTER = re.compile(r"^\s*(?:said|says|told|added|noted|stated|announced|confirmed|wrote|tweeted|posted)\b")
# Words a post may hold besides capitalised ones ("Governor of Zhambyl region", "Minister of Internal Affairs of
# Kyrgyzstan", "High Commissioner of Mauritius to Sri Lanka", "Ibrahim Lt Col (Retd) Latheef, DC, NSA of Maldives").
_POST_SMALL = frozenset("of for the to on and de del da du la le al el bin ibn region province state district county "
                        "affairs forces force staff office department ministry general".split())
# A word that opens or carries a clause: a gap holding one is no list separator.
_CLAUSE_WORD = frozenset("said says told who which that after before while when over about against during met meet "
                         "meets held hold was were is are has have had will would signed agreed visited received "
                         "hosted including monday tuesday wednesday thursday friday saturday sunday january february "
                         "march april may june july august september october november december".split())


def titled_list_gap(gap: str) -> bool:
    """"A, Governor of Zhambyl region B", "A; the Vice Minister of Defence of Peru, B", "A, NSA of Maldives; B": the
    words between two people of one list that name the next member's post (or the last one's, in apposition) and
    nothing else. Rule "titled-list": a list whose members each carry a post, separated by commas or semicolons."""
    if ";" not in gap and "," not in gap:
        return False
    words = re.findall(r"[^\s,;()]+", gap)
    if len(words) > 18:
        return False
    for w in words:
        bare = w.strip(".’'-–")
        if not bare:
            continue
        if bare.lower() in _CLAUSE_WORD:
            return False
        if not (bare[0].isupper() or bare.lower() in _POST_SMALL or bare.isdigit()):
            return False
    return True


# Lowercase words a post may hold in a coordinated partner's title ("and India's new prime minister B", "and the head
# of the Sovereign Council of Sudan Gen. B", "and South Xinjiang Military District chief Major General B").
_TITLE_WORDS = frozenset("minister ministers prime deputy vice foreign defence defense interior home security national "
                         "president premier chancellor chief chiefs head commander counterpart leader secretary general "
                         "ambassador envoy adviser advisor director governor king emir crown prince junta military army "
                         "navy police intelligence new top senior acting state of for the to and de del da al el bin ibn "
                         "affairs forces force staff council sovereign district region province high commissioner "
                         "special representative newly-appointed newly-elected newly appointed elected incoming "
                         "outgoing visiting chairman chairwoman chairperson inspector committee service armed "
                         "government".split())
# A rank or style of address opening the partner's name ("Gen.", "Lt Gen", "Dr", "Sheikh").
_STYLE = (r"(?:(?:Gen|Lt|Lieut|Maj|Col|Brig|Adm|Dr|Mr|Mrs|Ms|Hon|H\.E|Amb|Sheikh|Prince|Sen|General|Lieutenant|Major|"
          r"Colonel|Brigadier|Admiral|Senior|Vice|Rear|Air|Marshal)\.?\s+)*")
_PARTNER_GAP = re.compile(r"^\s*(?:,?\s+and|,(?=\s+(?:his|her|their|the|[a-z]+)\s))\s+"
                          r"(?:(?:his|her|their|the)\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?"
                          r"(?:[\w'’().-]+\s+){0,10}?(?:[\w'’().-]+,\s+)?" + _STYLE + r"$")


def titled_partner_gap(gap: str) -> bool:
    """Rule "titled-partner": "A and India's new prime minister B", "A and his Sudanese counterpart, Gen. B", "A and
    the head of the Sovereign Council of Sudan Gen. B", "A, the chairman of the State Committee of Tajikistan B":
    between two coordinated people, "and" (or a comma before "the/his/her" or a lowercase post: ", minister of
    foreign affairs B") and the second one's title only — every word capitalised or a post's word, no verb or
    clause."""
    m = _PARTNER_GAP.match(gap)
    if not m:
        return False
    words = re.findall(r"[^\s,()]+", gap[gap.index("and") + 3:] if re.match(r"^\s*,?\s+and\s", gap) else gap)
    for w in words:
        bare = w.strip(".’'-–")
        if not bare or bare.lower() in ("his", "her", "their", "the"):
            continue
        if bare.lower() in _CLAUSE_WORD:
            return False
        if not (bare[0].isupper() or bare.lower() in _TITLE_WORDS or bare.isdigit()):
            return False
    return True


def coordinated_subjects(ctx: Context, before: list[Mention]) -> list[str]:
    """"Anita Anand and her Indian counterpart S. Jaishankar spoke ...": every person of a coordinated subject."""
    if not before:
        return []
    keys = [before[-1].key]
    for prev, cur in zip(reversed(before[:-1]), reversed(before[1:])):
        gap = ctx.text[prev.end:cur.start]
        if (not _COORDINATION.match(gap) or ("and" not in gap and "," not in gap)) and not titled_list_gap(gap) \
                and not titled_partner_gap(gap):
            break
        keys.insert(0, prev.key)
    return keys


# Rule "described-holder" (x19): a post written without a name in a meeting clause ("the Pakistani minister held talks
# with ...", "Russia's security chief held talks with ...", "the visiting minister also met ...", "talks with the
# South Korean Minister of Defence") is the one person the report names holding that post of that state. The post's
# words must all be a post of that person (speakers._holds), a state written as a possessive or an adjective must be
# theirs, "visiting" must be someone not of the dateline's state, and one bare word ("the minister") names no one:
# of two holders, nobody (never a guess between two).
_DESCRIBED_HEAD = (r"(?:minister|secretary|chief|president|premier|chancellor|adviser|advisor|commander|envoy|"
                   r"ambassador|leader)")
_DESCRIBED = re.compile(
    r"(?<![\w’'-])(?:[Tt]he\s+|(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+)(?P<visiting>visiting\s+)?"
    rf"(?P<words>(?:(?!(?:the|a|an|and|or|with|of|two|both|his|her|their)\s)[A-Za-z-]+\s+){{0,4}}?"
    rf"(?i:{_DESCRIBED_HEAD}))"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?P<of>[A-Z][\w-]+(?:\s+(?:(?:and|of|for|the)\s+)*[A-Z][\w-]+){0,6}))?"
    r"(?![\w-])"
    # a post going on in words the pattern does not read ("Oman's minister responsible for foreign affairs", "the
    # Minister for home affairs", "the commander of Thailand's armed forces"): not read at all
    r"(?!\s+(?:of|for|responsible|in\s+charge)\b|['’]s?\s)")
# Words that qualify a holder without being a post's words ("the new Philippine president", "the top diplomat"), and
# "affairs" ("the Minister of Foreign Affairs" is the foreign minister).
_QUALIFIERS = frozenset("new top senior current incumbent then visiting affairs".split())
_REMIT_SMALL = _QUALIFIERS | {"and", "of", "for", "the"}
# Right after the post, a name or a style and a name ("the Chief of Army Staff, General H"), or right before it a name
# and a comma ("A, the Ukrainian president,"): an apposition, not a description; the name itself is the mention.
_NAME_NEXT = re.compile(r"^\s*,?\s*(?:[A-Z][\w.’'-]*\s+){0,3}$")
_NAME_BEFORE = re.compile(r"^(?:['’]s)?\s*,?\s*$")
# "Adviser to the Prime Minister", "Office of the President", "spokesman for the minister": a post owned by another.
_INSIDE_POST = re.compile(r"\b(?:to|of|for)\s+$")
# "In addition to meeting the Lebanese president, A held talks with B", "after calling on the prime minister, ...": the
# description is the side of another occasion the sentence only recalls (veto "other-occasion").
_OTHER_OCCASION = re.compile(r"\b(?:in\s+addition\s+to|besides|apart\s+from|after|before|following)\s+(?:his\s+|her\s+|their\s+)?"
                             r"(?:meeting(?:\s+with)?|talks\s+with|calling\s+on|a\s+meeting\s+with|visiting)\s+$", re.IGNORECASE)


def described(ctx: Context, start: int, end: int) -> list[Mention]:
    """The descriptions of people in ctx.text[start:end] that name one holder (rule "described-holder"), as mentions
    of that holder; spans a mention already covers are left to it. The people the clause names are not the holder a
    description in it names ("A met the defence minister": someone else than A)."""
    text = ctx.text[start:end]
    if not _DESCRIBED_WORD.search(text):
        return []
    known = ctx.persons_in(start, end)
    found = []
    for m in _DESCRIBED.finditer(text):
        a, b = start + m.start(), start + m.end()
        if any(k.start < b and a < k.end for k in known):
            continue
        if _INSIDE_POST.search(text[:m.start()]):
            continue  # "B, Adviser to the Canadian Prime Minister": part of B's post, not a person of the clause
        if _OTHER_OCCASION.search(text[:m.start()]):
            continue  # "In addition to meeting the Lebanese president, ...": another occasion's side
        nxt = next((k for k in known if k.start >= b), None)
        prev = next((k for k in reversed(known) if k.end <= a), None)
        if nxt and nxt.start - b <= 40 and _NAME_NEXT.match(ctx.text[b:nxt.start]) or \
                prev and _NAME_BEFORE.match(ctx.text[prev.end:a]):
            continue
        key = _holder(ctx, m, {k.key for k in known})
        if key:
            found.append(Mention(start=a, end=b, key=key, text=m.group()))
    return found


_DESCRIBED_WORD = re.compile(rf"(?i:{_DESCRIBED_HEAD})")


def _prime_only(person: Person, words: list[str]) -> bool:
    """"The minister" is not the prime minister: a holder whose every post is a prime minister's holds "minister"
    only when the description says "prime" ("the Rwandan prime minister")."""
    return "prime" not in words and all("prime" in r.title.lower() for r in person.roles)


def _holder(ctx: Context, m: re.Match[str], named: set[str]) -> str | None:
    """The one person of the report holding the post the description names, or None."""
    words = [w for w in m.group("words").lower().split() if w not in _QUALIFIERS]
    if m.group("of"):
        # "Minister of Defence", "Minister for Foreign Affairs and Cooperation": the remit's words before the head
        words = [w for w in m.group("of").lower().split() if w not in _REMIT_SMALL] + words
    adjectives = _state_adjectives()
    state = reference.countries().code(m.group("owner")) if m.group("owner") else None
    if m.group("owner") and state is None:
        return None  # "Trump's envoy": a person's, not a state's
    for n in (2, 1):  # "South Korean", "Pakistani": the state the adjective names, taken out of the post's words
        for i in range(len(words) - n):
            if " ".join(words[i:i + n]) in adjectives:
                state = state or adjectives[" ".join(words[i:i + n])]
                words = words[:i] + words[i + n:]
                break
    visiting = bool(m.group("visiting"))
    if not words or (len(words) == 1 and state is None and not visiting):
        return None
    home = reference.countries().cities.get(ctx.dateline_city) if ctx.dateline_city else None
    holders = {p.key for p in ctx.persons.values()
               if p.key not in named and _holds(p, words) and not _prime_only(p, words)
               and (state is None or p.country in (None, state))
               and not (visiting and home is not None and p.country in (None, home))}
    return holders.pop() if len(holders) == 1 else None

