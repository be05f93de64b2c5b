"""Named speakers: the person or body mention a credit ends with, or names after "by" or between commas."""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.model import Speaker
from kg.extract.names import slug
from kg.extract.speakers.memory import Memory
from kg.extract.speakers.patterns import ACR, STATEMENT_REF, _ORG_TAIL


# What may stand before a re-read subject in its comma-free stretch: a post in capitals ("Foreign Affairs Secretary
# X"), nothing else ("... flanked by X who had visited Budapest, said": X is no subject).
_POST_BEFORE = re.compile(r"(?:(?:[Tt]he|of|and|for|(?-i:[A-Z])[\w.’'()-]*)\s+)*")


def _named_person(ctx: Context, start: int, reading: str, memory: Memory) -> Speaker | None:
    """A person mention that ends the reading and opens its last stretch between commas, perhaps after a post (the
    person-only half of _named, for re-read subjects)."""
    if re.search(r",\s+(?:who|whose)\s", reading):
        return None
    cand_end = start + len(ACR.sub("", reading))
    for m in ctx.persons_in(start, cand_end):
        stretch = ctx.text[start:m.start].rpartition(",")[2].lstrip()
        if m.end == cand_end and m.key and _POST_BEFORE.fullmatch(stretch):
            person = ctx.persons[m.key]
            memory.last_person = Speaker(kind="person", key=person.key, label=person.name)
            return memory.last_person
    return None


# "A statement by Zakari Usman, Head of Strategic Communication, Office of the National Security Adviser, said": the
# document's author speaks, whatever posts and bodies follow the name.
_DOCUMENT_BY = re.compile(r"^\s*(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|communiqu[eé]|letter|note)\s+"
                          r"(?:issued\s+|signed\s+)?by\s+")


def _signed_by(ctx: Context, start: int, phrase: str, memory: Memory) -> Speaker | None:
    """"A statement by <person>, <title>, said": the person named right after "by"."""
    m = _DOCUMENT_BY.match(phrase)
    if not m:
        return None
    named = [p for p in ctx.persons_in(start + m.end(), start + len(phrase)) if p.key]
    if not named or named[0].start != start + m.end() or named[0].key not in ctx.persons:
        return None
    person = ctx.persons[named[0].key]
    memory.last_person = Speaker(kind="person", key=person.key, label=person.name)
    return memory.last_person


# Styles and ranks that may stand before a name set off by commas ("Dr.", "Mr", "Maj. Gen.", "H.E.").
_STYLE_LEAD = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Hon|Honourable|Honorable|Sir|Dame|Gen|Lt|Col|Maj|Adm|Brig|Capt|"
                         r"Cdr|Amb|Ambassador|General|Admiral|Colonel|H\.E|Engr|Eng|Rev)\.?\s+){1,3}")


def _appositive(ctx: Context, start: int, phrase: str, memory: Memory) -> Speaker | None:
    """"A spokesperson for the ministry, Randhir Jaiswal, said": a name set off by commas is the speaker."""
    appositive = re.search(r",\s+([^,]{3,60}?),\s*$", phrase)
    if not appositive:
        return None
    a_start = start + appositive.start(1)
    named = [m for m in ctx.persons_in(a_start, a_start + len(appositive.group(1))) if m.key]
    # "..., Dr. Sunday Attah, said", "..., Maj. Gen. Ana Costa, said": a style or rank before the name is no other word.
    lead = ctx.text[a_start:named[0].start] if named else ""
    if named and named[-1].end == a_start + len(appositive.group(1)) and (lead == "" or _STYLE_LEAD.fullmatch(lead)):
        person = ctx.persons[named[0].key]
        memory.last_person = Speaker(kind="person", key=person.key, label=person.name)
        return memory.last_person
    return _appositive_pair(ctx, a_start, appositive.group(1), named)


# "The ministers, X of Peru and Y of Colombia, said": two people set off by commas, each perhaps with their state.
_PAIR = re.compile(r"^(?P<a>[^,]+?)(?:\s+of\s+(?:the\s+)?[A-Z][\w\s-]*?)?\s+and\s+(?P<b>[^,]+?)(?:\s+of\s+(?:the\s+)?[A-Z][\w\s-]*?)?$")


def _appositive_pair(ctx: Context, a_start: int, words: str, named: list) -> Speaker | None:
    """Two named people set off by commas credited together: both of them, as several speakers."""
    m = _PAIR.match(words)
    people = list(dict.fromkeys(n.key for n in named))
    if not m or len(people) != 2:
        return None
    ends = {a_start + m.end("a"), a_start + m.end("b")}
    if not all(any(n.end == e for n in named) for e in ends):
        return None
    label = " and ".join(ctx.persons[k].name for k in people)
    return Speaker(kind="unnamed", key=slug(label), label=label)


def _named(ctx: Context, start: int, reading: str, memory: Memory, *, whole: bool) -> Speaker | None:
    """A person or organisation mention that ends the credit ("... Foreign Minister Hakan Fidan"), unless it ends a
    relative clause ("Giang, who is also deputy head of the Central Military Commission,": the subject is Giang)."""
    if re.search(r",\s+(?:who|whose)\s", reading):
        return None
    cand_end = start + len(ACR.sub("", reading))
    for m in ctx.persons_in(start, cand_end):
        if m.end == cand_end and m.key:
            person = ctx.persons[m.key]
            memory.last_person = Speaker(kind="person", key=person.key, label=person.name)
            return memory.last_person
    orgs = ctx.orgs_in(start, cand_end)
    if orgs and (orgs[-1].end == cand_end or whole and _ORG_TAIL.match(ctx.text[orgs[-1].end:cand_end])
                 and len(ctx.text[start:orgs[-1].start].split()) <= 6):
        org = ctx.organizations[orgs[-1].key]
        speaker = Speaker(kind="organization", key=org.key, label=orgs[-1].text)
        if STATEMENT_REF.search(reading) or re.search(r"\b(?:statement|release)\b", reading):
            memory.statement_source = speaker
            if whole and re.search(r"\b(?:statement|release|readout)\s*$", reading):
                memory.how = "document"  # "according to the PMO press release": more of the release quoted
        return speaker
    return None
