"""The driver: a credit read several ways, named speakers first, then the SHAPES rows in order on each reading."""

from __future__ import annotations

import re

from kg.extract import credits
from kg.extract.context import Context
from kg.extract.model import Event, Speaker
from kg.extract.speakers.memory import Credit, Memory
from kg.extract.speakers.named import _appositive, _named, _named_person, _signed_by
from kg.extract.speakers.patterns import _AUX, _PAREN, _RELATIVE_TAIL, _TIME_TAIL, ACR
from kg.extract.speakers.persons import _title_only
from kg.extract.speakers.shapes import SHAPES
from kg.extract.speakers.voices import _INTRODUCED, _unknown_name


def resolve(ctx: Context, start: int, end: int, memory: Memory, events: list[Event], *,
            whole: bool = False) -> Speaker | None:
    """Who the words before a speech verb credit: the mention they end with, an unnamed source, or a pronoun."""
    speaker = _resolve(ctx, start, end, memory, events, whole=whole)
    if speaker and speaker.kind != "person" and _INTRODUCED.search(_TIME_TAIL.sub("", ctx.text[max(start, end - 160):end].rstrip(" ,"))):
        memory.introduced = speaker  # "a representative of the border service said": "the official" later
    return speaker


def _resolve(ctx: Context, start: int, end: int, memory: Memory, events: list[Event], *,
             whole: bool = False) -> Speaker | None:
    start = max(start, end - 160)  # a subject sits right before its verb; "$"-anchored patterns scan the tail only
    memory.how = "named"
    phrase = ctx.text[start:end]
    trimmed = _AUX.sub("", phrase.rstrip())   # "X, the minister, has said": read again without the auxiliary
    named = _signed_by(ctx, start, phrase, memory) or _appositive(ctx, start, phrase, memory) or (
        _appositive(ctx, start, trimmed, memory) if trimmed != phrase.rstrip() else None)
    if named:
        return named
    readings = [r for r in _readings(phrase) if not _HEARER_TAIL.search(r)] or _readings(phrase)
    for reading in readings + _interposed_removed(readings):
        named = _named(ctx, start, reading, memory, whole=whole)
        if named:
            return named
    reread = _reread(phrase, readings)
    for at, reading in [(0, r) for r in readings if r.endswith(",")] + reread:
        named = _named_person(ctx, start + at, reading, memory) or (
            _appositive(ctx, start + at, reading, memory) if reading.endswith(",") else None)
        if named and named.kind == "person":
            return named
    # Named speakers win over unnamed ones in any reading ("High Commissioner to Canada, Dinesh Patnaik, said").
    for reading in readings:
        credit = Credit(ctx=ctx, start=start, head=ACR.sub("", reading), memory=memory, events=events)
        for _name, shape in SHAPES:
            speaker = shape(credit)
            if speaker:
                return speaker
    # Without an aside, only a post read as one person ("The US defense chief, whose ..., also"): several people
    # credited by a plural post ("The ministers, joined by ..., also") are left unnamed.
    for reading in _asides_removed(readings):
        speaker = _title_only(Credit(ctx=ctx, start=start, head=reading, memory=memory, events=events))
        if speaker:
            return speaker
    for at, reading in reread:
        speaker = _unknown_name(Credit(ctx=ctx, start=start + at, head=reading, memory=memory, events=events))
        if speaker:
            return speaker
    return None


# A source named as the report names it: "Syria TV", "the Al Nahar newspaper", "state broadcaster NHK".
_AS_CREDITED = re.compile(r"^(?:the\s+)?(?:[a-z]+\s+)?(?:(?-i:[A-Z])[\w.&'’-]*\s+){0,4}(?:(?-i:[A-Z])[\w.&'’-]*|newspaper|daily|"
                          r"(?:news\s+)?agency|channel|TV|television|broadcaster|website|outlet|media)$")


def as_credited(phrase: str) -> Speaker | None:
    """A short proper-name phrase credited as a source, as written; None for anything else ("the visit program")."""
    phrase = phrase.strip()
    m = _AS_CREDITED.match(phrase)
    if not m or not re.search(r"(?-i:[A-Z])", phrase) or len(phrase.split()) > 6:
        return None
    return credits.unnamed(re.sub(r"^the\s+", "", phrase))


# `hearer-aside` (x21outletfix): a credit ending in whom the words were spoken to ("A Ukrainian official, speaking
# anonymously to Reuters,", "a source, talking to the BBC,", "X, in an interview with Asia-Plus,") names the hearer
# last; read that way it would credit the outlet. Only its reading without the aside names the speaker.
_HEARER_TAIL = re.compile(r"\b(?:speaking|talking|spoke|talked|(?:in\s+an?\s+(?:[\w-]+\s+)?)?interview)\s+"
                          r"(?:[a-z]+ly\s+|on\s+condition\s+of\s+anonymity\s+)?(?:to|with)\s+[^,;“”\"]{1,60}$")


def _readings(phrase: str) -> list[str]:
    """The credit as written, without a parenthesis ("Rubio, speaking alongside la Fuente,"), without auxiliaries
    and adverbs ("has also strongly"), and without a time ("The Commission last month")."""
    readings = [phrase.rstrip(" ,")]
    stripped = _PAREN.sub("", phrase.rstrip() + (" " if phrase.endswith(",") else ""))
    if stripped.rstrip(" ,") != readings[0]:
        if phrase.rstrip().endswith(","):
            readings.insert(0, stripped.rstrip(" ,"))
        else:
            readings.append(stripped.rstrip(" ,"))
    # "Hishammuddin, who was in Bangkok for the border talks(,) said": the subject before its relative clause.
    readings += [_RELATIVE_TAIL.sub("", c) for c in readings if _RELATIVE_TAIL.search(c)]
    readings += [_AUX.sub("", c) for c in readings if _AUX.search(c)]
    readings += [_TIME_TAIL.sub("", c) for c in readings if _TIME_TAIL.search(c)]
    return readings


# Reading "interposed": what a report may put between a named subject and its verb: the occasion ("Khan during a weekly
# press briefing said", "Blinken in brief remarks said", "the Prime Minister's Office in Jerusalem said"), a time the
# time tail does not know ("Tchiani this weekend said"). (A dash aside, "Napat – elected in February – said", was in
# one bank report; a body's "press service" or "of the Republic of X" tail cost a judge set: both left out.)
_INTERPOSED = re.compile(r"(?:\s+(?:during|at|in|on|after|following|via|through|speaking\s+(?:at|to|in|on))\s+"
                         r"(?:(?:a|an|the|his|her|their|its)\s+[^,;:–—“”\"]{2,60}?|"
                         r"(?:[a-z]+\s+)?(?:remarks|comments|talks)\b[^,;:–—“”\"]{0,40}?|"
                         r"(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)|"
                         r"\s+(?:this|last)\s+(?:weekend|morning|afternoon|evening|night)|\s+earlier\s+today)\s*$")


# Each reading above strips one kind of tail, once, in a fixed order; a subject may carry two ("The adviser, X, on
# Wednesday said": the time, then the aside around the name; "X, the deputy ambassador, also said": the adverb, then
# the aside; "X, Minister of Foreign Affairs, today announced") or stand after a lead-in clause ("Commenting on the
# crisis, X said", which a bare name the name finder does not know needs). Read again, the tails stripped in any order
# leave the subject (x18uncovered). Tried for a person only (a named one, or a bare name): a body or a plural post
# with an aside stays as the readings above find it.
_REREAD_LIMIT = 16
# "Anifah who returned on Thursday from Manila, said": a relative clause without its opening comma, after a name
# (closed by one: "President X who was also hailed for ..." has no verb of X's).
_BARE_RELATIVE = re.compile(r"(?<=[a-z])\s+who\s+[^,;“”\"]{3,140}?,\s*$")
# "Commenting on the talks, X", "For his part, X", "Aside from defence, X": a lead-in clause before the subject.
_LEAD_IN = re.compile(r"^[^“”\"]*,\s+(?=[^,]+$)")


def _reread(phrase: str, readings: list[str]) -> list[tuple[int, str]]:
    """The readings' tails (aside, relative clause, auxiliary, time) and a lead-in stripped again,
    in any order: the new readings only, each with where it starts in the phrase (a lead-in moves it)."""
    out = [(0, r) for r in dict.fromkeys([phrase.rstrip(), *readings])]
    i = 0
    while i < len(out) and len(out) < _REREAD_LIMIT:
        at, r = out[i]
        lead = _LEAD_IN.match(r)
        nexts = [(at, _PAREN.sub("", r + " ").rstrip(" ,") if r.endswith(",") else r),
                 (at, _RELATIVE_TAIL.sub("", r)), (at, _BARE_RELATIVE.sub("", r)), (at, _AUX.sub("", r)),
                 (at, _TIME_TAIL.sub("", r)), (at + lead.end(), r[lead.end():]) if lead else (at, r)]
        out += [n for n in dict.fromkeys(nexts) if n[1] and n not in out]
        i += 1
    return [x for x in out if x[1] not in readings and x[1] != phrase.rstrip()]


def _interposed_removed(readings: list[str]) -> list[str]:
    """The credit without what stands between its named subject and the verb (tried for named speakers only: the
    subject must be a person or body the report names, right before the interposed words)."""
    return [_INTERPOSED.sub("", c) for c in readings if _INTERPOSED.search(c)]


def _asides_removed(readings: list[str]) -> list[str]:
    """"The US defense chief, whose appointment was formalized in January, also": the aside, once "also" is gone."""
    return [_PAREN.sub("", c + " ").rstrip(" ,") for c in readings[1:] if c.endswith(",") and _PAREN.search(c + " ")]
