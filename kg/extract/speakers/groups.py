"""Who a document or several people credited together stand for: a statement's issuer, a meeting's sides and people."""

from __future__ import annotations

import re

from kg.extract import credits, reference
from kg.extract.agreement_parties import deal_states
from kg.extract.context import Context
from kg.extract.model import Event, Speaker
from kg.extract.names import slug
from kg.extract.speakers.memory import Memory
from kg.extract.speakers.patterns import _COUNTRY_GROUP
from kg.extract.speakers.persons import _post_words


# "a Home Ministry statement", "a defence ministry release", "the embassy's readout": a body's document, the body.
# "a ministry of defense statement", "an Interior Ministry press release": whose it is may follow the noun.
_BODY_DOCUMENT = re.compile(r"^(?P<mods>(?:[\w-]+\s+){0,3}?)(?P<noun>ministry|department|embassy|presidency|army|police|"
                            r"agency|commission|secretariat)(?P<of>\s+of\s+(?:the\s+)?[\w-]+(?:\s+(?:and\s+)?[\w-]+){0,2}?)?"
                            r"(?:['’]s)?\s+(?:press\s+|news\s+|official\s+)?(?:statement|release|readout|"
                            r"communiqu[eé])$", re.IGNORECASE)


def _body_document(ctx: Context, words: str, at: int | None) -> Speaker | None:
    """The body a "<body> statement" comes from: the organisation the report names whose name has the noun and
    every word before it ("a defence ministry statement" is the Ministry of Defence), the last one named before
    the credit, else the first named after; without one, the body as credited ("Home Ministry")."""
    m = _BODY_DOCUMENT.match(words)
    if not m:
        return None
    mods = _post_words(m.group("mods") + (m.group("of") or "")) - {"the", "a", "an", "its", "their", "his", "her", "of", "and"}
    noun = m.group("noun").lower()
    fits = [o for o in ctx.org_mentions if noun in _post_words(ctx.organizations[o.key].name)
            and mods <= _post_words(ctx.organizations[o.key].name + " " + " ".join(ctx.organizations[o.key].aliases))]
    before = [o for o in fits if at is None or o.end <= at]
    chosen = before[-1] if before else (fits[0] if fits else None)
    if chosen is not None:
        org = ctx.organizations[chosen.key]
        return Speaker(kind="organization", key=org.key, label=org.name)
    body = words[:m.end("of") if m.group("of") else m.end("noun")]
    # "a Home Ministry statement": the body as credited; "a ministry statement": the statement, as credited.
    return credits.unnamed(body if re.search(r"[A-Z]", body) or mods else words)


_ISSUED_WHEN = re.compile(r"\s+(?:after|following|before|during|ahead\s+of|at\s+the\s+end\s+of|on\s+(?-i:[A-Z])[a-z]+day|"
                          r"last\s+(?:week|month|night)|(?:early\s+|late\s+)?(?:yesterday|today|on\s+\w+))\b.*$")


def _document(ctx: Context, ref: str, events: list[Event], memory: Memory, *, at: int | None = None) -> Speaker | None:
    """Who a statement or readout is credited to, when the words say: "a joint statement" (the two states), "a
    statement from Kenya's Ministry of Interior" (the body), "a U.S. readout" (as credited); else None."""
    words = credits.DETERMINER.sub("", ref.strip())
    if re.match(r"joint\b", words, re.IGNORECASE):
        # "a joint declaration": the states, also known as the document ("Joint declaration").
        speaker = _group(ctx, "the governments", events, memory, credited=re.sub(r"\s+(?:issued|from|by)\b.*$", "", words))
        memory.how = "named"
        return speaker
    source = re.search(r"\s(?:issued\s+by|from|by)\s+(?:the\s+)?(?P<src>.+)$", words)
    if source:
        # "a statement from the Defense Ministry after the meeting": when it was issued is no part of who issued it
        src = _ISSUED_WHEN.sub("", source.group("src")).rstrip()
        at = ctx.text.find(src)
        orgs = [m for m in ctx.org_mentions if m.text and src.endswith(m.text)]
        if orgs:
            org = ctx.organizations[orgs[-1].key]
            speaker = Speaker(kind="organization", key=org.key, label=orgs[-1].text)
        else:
            speaker = credits.unnamed(src) if at >= 0 else None
        if speaker:
            memory.statement_source = speaker
        return speaker
    body = _body_document(ctx, words, at)
    if body:
        memory.statement_source = body
        return body
    if re.match(r"(?-i:[A-Z])", words) and not re.match(r"(?:Official|Joint|Press|Ministry)\b", words):
        return credits.unnamed(words)  # "a U.S. readout"
    return None


def meeting_group(ctx: Context, events: list[Event], memory: Memory, *, at: int) -> Speaker | None:
    """Who took part in the meeting last reported before ``at``, credited together; None without such a meeting."""
    if not any(len(e.participants) > 1 for e in events):
        return None
    return _group(ctx, "the parties", events, memory, at=at)


def _members(ctx: Context, events: list[Event], *, at: int | None) -> str:
    """The people of the meeting last reported before ``at`` ("On the same day, X met Y. ... the parties noted"),
    joined by "and"; "" without a meeting of several."""
    people = [e for e in events if len(e.participants) > 1]
    if not people:
        return ""
    before = [e for e in people if at is None or (e.support.evidence and e.support.evidence[0].start <= at)]
    meeting = before[-1] if before and at is not None else people[0]
    return " and ".join(ctx.persons[k].name for k in meeting.participants if k in ctx.persons)


def _sides(ctx: Context, events: list[Event], *, at: int | None) -> list[str]:
    """The two states whose people sat in the meeting last reported before ``at`` (rule "meeting-sides"): a meeting
    co-chaired in a third state's capital is the two sides', not its host's ("... in Kuala Lumpur, Malaysia"), though
    the host is named as often as they are; [] unless the people are of exactly two known states."""
    people = [e for e in events if len(e.participants) > 1]
    before = [e for e in people if at is None or (e.support.evidence and e.support.evidence[0].start <= at)]
    if not before:
        return []
    states = list(dict.fromkeys(ctx.persons[k].country for k in before[-1].participants
                                if k in ctx.persons and ctx.persons[k].country))
    return states if len(states) == 2 else []


def _group(ctx: Context, head: str, events: list[Event], memory: Memory, *, at: int | None = None,
           credited: str = "") -> Speaker:
    """"the two ministers" = the last meeting's people; "the governments" = the states the sentence names
    ("Germany and France agreed ..., the two governments said"), else the article's two states. The same several
    are also known by the other reading and by the credit's own words (``credited``): see Speaker.aliases."""
    people = [e for e in events if len(e.participants) > 1]
    here: list[str] = []
    if at is not None:
        s = ctx.sentence_at(at)
        for m in ctx.countries_in(s.start, at):
            if m.text in reference.countries().names and m.key not in here:
                here.append(m.key)
    # the sides of the last meeting, else the states a deal told without its parties binds (a venue of others' talks
    # is no side: "Thailand and Malaysia" are not the pair of a meeting the report places in Kuala Lumpur)
    sides = _sides(ctx, events, at=at)
    codes = here if len(here) == 2 else ctx.in_report_order(sides) if sides else deal_states(ctx)
    states = " and ".join(reference.countries().display.get(c, c) for c in codes)
    members = _members(ctx, events, at=at)
    label = (members if people and not _COUNTRY_GROUP.search(head) else states) or members or head.strip()
    as_credited = credits.unnamed(credited).label if credited.strip() else ""
    aliases = tuple(dict.fromkeys(a for a in (members, states, as_credited) if a and a != label))
    speaker = Speaker(kind="unnamed", key=slug(label), label=label, aliases=aliases)
    memory.statement_source = speaker
    return speaker
