"""What a row reads (Clause) and returns (Found), and the credits rows share: outlets, sources, nested speakers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import reporting
from kg.extract.context import Context
from kg.extract.model import Event, Speaker
from kg.extract.sentences import Sentence
from kg.extract.speakers import Memory, as_credited, resolve
from kg.extract.triggers.patterns import _INNER_SAYING, _INNER_UNDERTAKING, _INNER_VERB, SPEECH_VERBS, VERBS


@dataclass(frozen=True)
class Found:
    """What a trigger found: who is credited, with which words, by which row (and reporting verb)."""

    speaker: Speaker
    words: str
    rule: str
    verb: str = ""


@dataclass(frozen=True)
class Clause:
    """The sentence a trigger reads, from ``offset`` (after a dateline or lead-in), with the article around it."""

    ctx: Context
    s: Sentence
    offset: int
    memory: Memory
    events: list[Event]

    @property
    def text(self) -> str:
        return self.s.text

    def credit(self, start: int, end: int, *, whole: bool = False) -> Speaker | None:
        """The speaker named by the sentence's characters [start, end)."""
        return resolve(self.ctx, self.s.start + start, self.s.start + end, self.memory, self.events, whole=whole)


_OUTLET_WORDS = re.compile(r"\b(?:media|news|agency|press|TV|television|broadcaster|radio|newspaper|daily)\b", re.IGNORECASE)


_NEWS_AGENCY = re.compile(r"\b(?:News|Press|Telegraph)\s+Agency\b")


def outlet(c: Clause, speaker: Speaker) -> bool:
    """The speaker is a news outlet: a media organisation, or a source credited as media ("state media")."""
    org = c.ctx.organizations.get(speaker.key) if speaker.kind == "organization" else None
    if org is not None:
        # "Ghana News Agency", "Mauritanian News Agency": a wire typed as an agency by its head is an outlet too
        return org.kind == "media" or _NEWS_AGENCY.search(org.name) is not None
    return speaker.kind == "unnamed" and _OUTLET_WORDS.search(speaker.label) is not None


def is_denial(m: re.Match[str]) -> bool:
    return re.search(r"(?:denied|rejected|dismissed|disputed|denounced)$", m.group().rstrip()) is not None


def _nested(ctx: Context, s: Sentence, speaker: Speaker, rest: str) -> tuple[Speaker, str]:
    """"A statement from the presidency said Saied had told the commissioner that ...", "It said Todd expressed
    concern over ...": the words are the person's whom the clause reports speaking, as the outer credit reports."""
    return nested(ctx, s.end - len(rest), rest, speaker) or (speaker, rest)


def nested(ctx: Context, start: int, rest: str, outer: Speaker, *, anyone: bool = False, memory: Memory | None = None,
           events: list[Event] | None = None) -> tuple[Speaker, str] | None:
    """The person a reported clause (``rest``, at ``start`` in the text) opens with, speaking, and their words;
    with ``anyone``, whoever the clause opens with (a body, several, a pronoun resolved by ``memory``), and an
    undertaking of several ("the two leaders agreed to ...") counts as speaking."""
    verb = _INNER_VERB.search(rest) or _INNER_SAYING.search(rest) or (_INNER_UNDERTAKING.search(rest) if anyone else None)
    if not verb or not reporting.complement_ok(verb.group("verb"), rest[verb.end():]):
        return None
    if reporting.thanks_for(verb.group("verb"), rest[verb.end():]):
        return None  # "the ministry said that X expressed appreciation for ...": a readout's thanks stay its own (x19courtesy)
    if anyone and re.search(r"(?:^|\s)(?:while|but|that|which|who|if|when)\s", verb.group("who")):
        return None  # not a subject: "the ship docked and the crew said"
    inner = resolve(ctx, start, start + verb.end("who") - 1, Memory() if memory is None else memory, events or [],
                    whole=True)
    if inner is None or inner.key == outer.key or (inner.kind != "person" and not anyone):
        return None
    if verb.re is _INNER_UNDERTAKING and not (inner.kind == "unnamed" and " and " in inner.label):
        return None
    after = rest[verb.end():]
    that = re.match(r"^\s*(?:[\w’'-]+\s+){0,6}?that\s+", after) if verb.group("verb") in ("told", "tells") else \
        re.match(r"^\s*that\s+", after)
    return inner, after[that.end():] if that else after.lstrip()


def _according_to(c: Clause, start: int, who: str) -> Speaker | None:
    """The source after "according to": a speaker the report knows, else the source as named ("Syria TV", "the
    Al Nahar newspaper"): "according to" credits whatever follows it."""
    return c.credit(start, start + len(who), whole=True) or as_credited(who)


def _person_speaks(ctx: Context, s: Sentence, end: int) -> bool:
    """A named person in the sentence (before ``end``) is followed by a speech verb."""
    return person_speaking(ctx, s, end) is not None


# Reading `stance-that-speaks` (x23relay): a stance verb with a clause of its own ("Gen Pande reaffirmed that he would
# strengthen the cooperation, according to Indian Embassy sources", "X expressed hope that ..., the ministry said")
# reports words as a speech verb does; the clause's own speaker says them, and the trailing credit only relays them.
# A stance verb with an object ("Austin reaffirmed the ironclad commitment, according to a Pentagon release") stays
# the readout's courtesy, credited to the relay (studied golds 3 of 3).
_SPEAKS = rf"(?:{SPEECH_VERBS}\b|{VERBS}\s+that\b)"
_PERSON_SPEAKS = re.compile(rf"^(?:['’]s)?\s+(?:also\s+|later\s+|then\s+)?{_SPEAKS}")


def person_speaking(ctx: Context, s: Sentence, end: int) -> Speaker | None:
    """The last named person in the sentence (before ``end``) followed by a speech verb (or a stance verb and its
    "that" clause, reading `stance-that-speaks`), as a speaker."""
    for m in reversed(ctx.persons_in(s.start, s.start + end)):
        if m.key and _PERSON_SPEAKS.match(ctx.text[m.end:s.start + end]):
            person = ctx.persons[m.key]
            return Speaker(kind="person", key=person.key, label=person.name)
    return None
