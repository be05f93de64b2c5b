"""Who a credit phrase names: the words before a reporting verb ("Foreign Minister X", "the ministry", "officials
in Canberra", "he") resolved to a Speaker, by a table of named speaker shapes tried in order.

A credit is read several ways (as written, without a parenthesis, without "has also", without "last week");
named people and bodies win over any other reading, then the SHAPES rows are tried on each reading in turn.
``Memory`` holds what earlier credits of the article leave behind for pronouns and back-references.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from kg.extract import credits, reference, salience
from kg.extract.agreement_parties import deal_states
from kg.extract.context import Context, Mention
from kg.extract.model import Event, Organization, Person, Role, Speaker
from kg.extract.coreference import occurrences
from kg.extract.names import STOP_WORDS, slug

# "The U.S. and Canadian governments Tuesday", "a press release on Monday evening": when is no part of who.
_TIME_TAIL = re.compile(r"(?:\s+(?:last|this|next|earlier this|later this)\s+(?:week|month|year)|"
                        r"\s+(?:on\s+)?(?-i:[A-Z])[a-z]+day(?:\s+(?:morning|afternoon|evening|night))?|"
                        r"\s+(?:yesterday|today|separately|also|here|there))+\s*$")
_NATIONAL = re.compile(r"(?:^|\s)([A-Z][a-z]+)\s+(?:[a-z]+\s+)?(?:sources|officials|diplomats)\s*$")
STATEMENT_REF = re.compile(r"\b(?:the|a|an)\s+(?:official\s+|joint\s+|press\s+|news\s+|ministry\s+|"
                           r"(?:ministry|department)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?=(?:press\s+|news\s+)?(?:statement|release)\b)|(?-i:[A-Z][\w.]*)\s+|"
                           r"(?:[a-z]+\s+){1,2}(?=(?:ministry|department|embassy|army|police|agency|commission)\s))*(?:statement|release|"
                           r"readout|communiqu[eé])(?:\s+(?:(?:issued|released|published|put\s+out)\s+by|from|by)\s+.+)?\s*$",
                           re.IGNORECASE)
_GROUP = re.compile(r"\b(?:they|the two (?:(?-i:[a-z])+\s+)?(?:ministers|leaders|nsas|counterparts|chiefs|presidents|envoys)|"
                    r"the two (?:sides|countries|governments)|"
                    r"the two countries['’] (?:[a-z]+\s+)?(?:ministers|leaders|officials|governments)|"
                    r"both (?:(?-i:[a-z])+\s+)?(?:ministers|leaders|diplomats|presidents|chiefs|envoys)|both (?:sides|countries|parties)|"
                    r"the (?:two )?heads of (?:state|government)|the (?:two )?parties|the governments)\s*$",
                    re.IGNORECASE)
_COUNTRY_GROUP = re.compile(r"(?:countries|governments|sides|delegations)\s*$", re.IGNORECASE)
# "The ministers", "the defence ministers": people credited together by their shared post.
# "the Defense Ministers of Latvia and Estonia": whose ministers they are may follow.
_PLURAL_POST = re.compile(r"\b[Tt]he\s+(?P<post>(?:[A-Za-z]+\s+){0,2}(?:[Mm]inisters|[Ll]eaders|[Pp]residents|[Ee]nvoys|"
                          r"[Nn]egotiators|[Dd]elegations))(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
                          r"\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s*$")
_AUX = re.compile(r"(?:\s+(?:has|have|had|also|both|jointly|further|later|then|again|separately|earlier|previously|repeatedly|"
                  r"however|too|would|will|is|was|had\s+been|has\s+been|[a-z]{3,}ly))+\s*$")
_BODY_NOUN = re.compile(r"(?:^|\b[Tt]he\s+)(?P<noun>ministry|department|agency|commission|office|service|bureau|force|"
                        r"police|army|navy|presidency|council|secretariat|directorate|Police|Ministry|Department)\s*$")
# "the intelligence agency", "the foreign ministry": a body the report has named, described by its kind.
_DEFINITE_BODY = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}(?P<noun>agency|ministry|service|bureau)\s*$")
_NOUN_KIND = {"agency": "agency", "service": "agency", "bureau": "agency", "ministry": "ministry"}
_BODY_BACK = re.compile(r"\bthe\s+(?:agency|service|ministry)(?:['’]s)?(?:\s+(?:report|assessment|statement))?\s*$",
                        re.IGNORECASE)
# "the minister", "the ambassador", "the consul-general": a post the report has given to a named person.
# "the Polish defence minister", "Ghana's Foreign Affairs and Regional Integration minister", "Union Minister" (the
# credit is nothing but the post): the post's words must all be a post of one person named before (see _holds).
_TITLE_ONLY = re.compile(r"(?:(?:^|\b)(?:[Tt]he|(?P<owner>[A-Z][\w-]+)['’]s)\s+|^(?=[A-Z]))"
                         r"(?P<title>(?:[\w-]+\s+){0,5}[\w-]+)\s*$")
_SEVERAL = re.compile(r"\b(?P<who>(?:[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Aa] number of|\w+ other)\s+(?:[A-Z][\w-]+\s+){0,2}"
                      r"(?:countries|states|governments|allies|nations|members|capitals))\s*$")
_HIS = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:press\s+|media\s+)?(?P<noun>aides?|advisers?|advisors?|allies|spokes(?:man|woman|person)|office|"
                  r"camp|team|lawyers?|associates)\s*$")
# What follows a person who is the subject of a clause: "Collins, on Tuesday backed", "Berg has warned", "Singh on
# Thursday held" (irregular pasts too).
_SUBJECT_NEXT = re.compile(r"^(?:,\s*(?:on|last|this|earlier)\s+\w+,?\s+|\s+(?:(?:on|last|this|earlier)\s+\w+\s+|also\s+|"
                           r"later\s+)?)(?:[a-z]+ed|has|had|was|is|will|would|said|told|says|held|met|made|gave|took|spoke|sent|led|paid|"
                           r"began|went|came|wrote|set|put|sought|left|flew|saw|won|struck|signed)\b")
_DOCUMENT = re.compile(r"\b[Tt]he\s+(?P<doc>(?:[\w-]+\s+){0,2}(?:agreement|treaty|deal|accord|memorandum|declaration|"
                       r"charter|pact|draft|document|resolution|communiqu[eé]|text))\s*$")
_HE_SHE = re.compile(r"\b(?:he|she|him|her)\s*$", re.IGNORECASE)  # "according to him"
_IT = re.compile(r"\bit\s*$", re.IGNORECASE)
_THEY = re.compile(r"\b(?:they|them)\s*$", re.IGNORECASE)
_PAREN = re.compile(r",\s[^,]{1,120},\s*$")
_RELATIVE_TAIL = re.compile(r",\s+(?:who|whose)\s[^,;“”\"]{3,140}$")
ACR = re.compile(r"\s*\([A-Z][A-Za-z]{1,6}\)\s*$")
# What may follow a body in a credit: "a MEA release", "the ministry's statement", "the Taliban government".
# "a Prime Minister Office (PMO) statement", "an ISPR news release": the body's acronym and document after it.
_ORG_TAIL = re.compile(r"^(?:\s*\((?-i:[A-Z])[A-Za-z]{1,6}\)|\))?(?:['’]s)?(?:\s+(?:press\s+|news\s+)?(?:release|statement|report|readout|spokesperson|spokesman|"
                       r"officials?|sources|government|media wing|said))?\s*$")


@dataclass
class Memory:
    """What earlier credits leave for later ones: the last person, body, statement and group that spoke."""

    last_person: Speaker | None = None
    statement_source: Speaker | None = None
    last_body: Speaker | None = None
    last_voice: Speaker | None = None   # the last speaker that is not a person ("it said")
    last_group: Speaker | None = None   # the last speaker that is several ("they said")
    last_quoted: Speaker | None = None  # the person whose quotation came last
    last_quoted_at: int = -1            # where that quotation ended
    last_quote_voice: Speaker | None = None  # whoever (person, body, state) the last quotation was credited to
    last_speaker: Speaker | None = None  # whoever (person, body, state) the last statement was credited to
    last_speaker_at: int = -1           # where the sentence of that statement ends
    quote_start: int = -1               # the quotation a credit after it closes ("“...,” he said") starts here
    verb_end: int | None = None         # where the reporting verb of the sentence's statement ends
    spokesperson_of: Speaker | None = None  # the body whose unnamed spokesperson spoke last
    how: str = "named"   # how the last speaker was found: "named", "document" (it, the statement), "pronoun"
    introduced: Speaker | None = None  # the last source introduced without a name ("a representative of X said")
    bare_names: set[str] = field(default_factory=set)  # keys of people credited by a name the report gives no title

    def snapshot(self) -> Memory:
        """A copy to go back to when a tentative credit is rejected (``restore``)."""
        return replace(self, bare_names=set(self.bare_names))

    def restore(self, saved: Memory) -> None:
        self.__dict__.update(replace(saved, bare_names=set(saved.bare_names)).__dict__)


@dataclass(frozen=True)
class Credit:
    """One reading of a credit phrase: ``head`` as it stands at ``start`` in the text."""

    ctx: Context
    start: int
    head: str
    memory: Memory
    events: list[Event]


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


def _interposed_removed(readings: list[str]) -> list[str]:
    """The credit without what stands between its named subject and the verb (tried for named speakers only: the
    subject must be a person or body the report names, right before the interposed words)."""
    return [_INTERPOSED.sub("", c) for c in readings if _INTERPOSED.search(c)]


def _asides_removed(readings: list[str]) -> list[str]:
    """"The US defense chief, whose appointment was formalized in January, also": the aside, once "also" is gone."""
    return [_PAREN.sub("", c + " ").rstrip(" ,") for c in readings[1:] if c.endswith(",") and _PAREN.search(c + " ")]


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


# -- the speaker shapes, one function per row of SHAPES ------------------------------------------------------
def _unnamed_placed(c: Credit) -> Speaker | None:
    """"officials in Canberra" are sources, not Australia itself."""
    if credits.UNNAMED_TAIL.search(c.head) and credits.UNNAMED.search(c.head):
        return credits.unnamed(credits.UNNAMED.search(c.head).group(1))
    return None


def _document_named(c: Credit) -> Speaker | None:
    """"a joint statement", "a statement from Kenya's Ministry of Interior", "a U.S. readout"."""
    ref = STATEMENT_REF.search(c.head)
    return _document(c.ctx, ref.group(), c.events, c.memory, at=c.start) if ref else None


def _country(c: Credit) -> Speaker | None:
    """"India has cautioned", "the Canadian side", "Lithuania and Poland": states credited as a whole."""
    return credits.country_speaker(c.ctx, c.start, c.head)


def _definite_body(c: Credit) -> Speaker | None:
    """"the intelligence agency said", "the foreign ministry said": the body of that kind named last, nearby."""
    m = _DEFINITE_BODY.search(c.head)
    if not m:
        return None
    noun = m.group("noun")
    window = max(0, c.start - 600)
    return _spoke_last(c, noun) or _last_body(
        c, c.start + m.start(), lambda o, org: window <= o.start and (noun in org.name.lower() or org.kind == _NOUN_KIND[noun]))


def _last_body(c: Credit, end: int, fits: Callable[[Mention, Organization], bool]) -> Speaker | None:
    """The body named last before ``end`` among the mentions ``fits`` accepts, as a speaker."""
    earlier = [o for o in c.ctx.org_mentions if o.end <= end and fits(o, c.ctx.organizations[o.key])]
    if not earlier:
        return None
    org = c.ctx.organizations[earlier[-1].key]
    return Speaker(kind="organization", key=org.key, label=org.name)


def _spoke_last(c: Credit, noun: str) -> Speaker | None:
    """"the ministry said" again: the body of that kind that spoke last, not the last one named (a report names
    the other side's ministry too)."""
    voice = c.memory.last_voice
    return voice if voice and voice.kind == "organization" and noun.lower() in voice.label.lower() else None


# "A Department of Foreign Affairs and Trade spokesperson", "The US Embassy spokesman", "a spokesman for the ministry":
# the body's spokesperson, unnamed, speaks for the body (and "the spokesperson" after it is the same voice).
_SPOKES = r"spokes(?:person|man|woman)"
_BODY_SPOKES = re.compile(rf"(?:\s+{_SPOKES}|\s+{_SPOKES}\s+(?:for|of|at)\s+(?:the\s+)?(?P<body>.+?))\s*$")
_THE_SPOKES = re.compile(rf"^\s*[Tt]he\s+{_SPOKES}\s*$")


def _body_spokesperson(c: Credit) -> Speaker | None:
    """"A DFAT spokesperson", "the embassy spokesman", "a spokesperson for the ministry": the body the report names."""
    if _THE_SPOKES.match(c.head):
        return c.memory.spokesperson_of
    m = _BODY_SPOKES.search(c.head)
    if not m:
        return None
    body_end = c.start + (m.end("body") if m.group("body") else m.start())
    orgs = [o for o in c.ctx.orgs_in(c.start, body_end) if o.end == body_end]
    if not orgs:
        return None
    org = c.ctx.organizations[orgs[-1].key]
    if org.kind == "media":
        return None
    c.memory.spokesperson_of = Speaker(kind="organization", key=org.key, label=orgs[-1].text)
    return c.memory.spokesperson_of


def _body(c: Credit) -> Speaker | None:
    """"its intelligence agency", "Brazilian authorities", "the government": a body without its name."""
    body = credits.BODY.search(c.head)
    if body and body.group("body").endswith("office") and not body.group("owner"):
        return None  # "since taking office" is no body
    if body:
        c.memory.last_body = credits.body(c.ctx, c.start, c.head, body)
        return c.memory.last_body
    return None


# "Tajikistan’s national security committee", "Seoul’s arms procurement agency", "the Tajik border service": a body of
# a state described by its kind, with no name the organisation finder knows.
_STATE_BODY = re.compile(r"(?:^|\s)(?:[Tt]he\s+)?(?P<owner>(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?)(?P<s>['’]s?)?\s+"
                         r"(?P<body>(?:[a-z-]+\s+){0,3}(?:committee|council|bureau|directorate|administration|command|"
                         r"agency|service|forces|guards?))\s*$")


def _state_body(c: Credit) -> Speaker | None:
    """"Kyrgyzstan’s national security committee said": the body, labelled with its state's adjective; the owner must
    be a state, a capital or a nationality (possessive or not)."""
    m = _STATE_BODY.search(c.head)
    if not m:
        return None
    owner = m.group("owner")
    code = reference.countries().code(owner) if m.group("s") else None
    code = code or (reference.countries().adjectives.get(owner) if not m.group("s") else None)
    if code is None:
        return None
    label = f"{credits.adjective(code)} {m.group('body')}"
    speaker = Speaker(kind="unnamed", key=slug(label), label=label, aliases=(f"{owner}{m.group('s') or ''} {m.group('body')}",))
    c.memory.last_body = speaker
    return speaker


def _body_named_before(c: Credit) -> Speaker | None:
    """"The ministry said", "Police said": the body whose name has that noun, named earlier."""
    back = _BODY_NOUN.search(c.head)
    if not back:
        return None
    noun = back.group("noun").lower()
    if voice := _spoke_last(c, noun):
        return voice
    named = [m for m in c.ctx.org_mentions if noun in c.ctx.organizations[m.key].name.lower()]
    earlier = [m for m in named if m.end <= c.start]
    # Named only later ("..., the ministry said on X." opening the report): the first such body the report names.
    chosen = earlier[-1] if earlier else (named[0] if named else None)
    if chosen is None:
        return None
    org = c.ctx.organizations[chosen.key]
    return Speaker(kind="organization", key=org.key, label=org.name)


# "The Commission noted ...", "the Committee urged ...", "The Advisory said ...": a body the report has named in full
# ("the Joint Permanent Commission on Defence and Security"), spoken of again by its kind alone, capitalised or not.
# Tried before the unnamed "the commission" of credits.BODY: a named body of that kind is who the short form means.
_SHORT_FORM = re.compile(r"(?:^|\b[Tt]he\s+)(?:[Jj]oint\s+)?(?P<noun>[Cc]ommission|[Cc]ommittee|[Cc]ouncil|[Cc]ommand|"
                         r"[Ss]ecretariat|[Aa]dvisory|Agency)\s*$")


def _body_short_form(c: Credit) -> Speaker | None:
    """"The Commission noted": the body of that kind that spoke last, else the last one named before the credit."""
    m = _SHORT_FORM.search(c.head)
    if not m:
        return None
    noun = m.group("noun").lower()
    word = re.compile(rf"\b{noun}\b", re.IGNORECASE)
    return _spoke_last(c, noun) or _last_body(
        c, c.start + m.start(), lambda _o, org: org.kind != "media" and word.search(org.name) is not None)


def _body_back(c: Credit) -> Speaker | None:
    """"the agency's report": the unnamed body credited last."""
    return c.memory.last_body if _BODY_BACK.search(c.head) else None


def _statement_ref(c: Credit) -> Speaker | None:
    """"the statement said": whoever issued the statement last mentioned."""
    if not STATEMENT_REF.search(c.head):
        return None
    c.memory.how = "document" if c.memory.statement_source else "named"
    return c.memory.statement_source or _mentioned_document(c) or _issued_before(c) or \
        Speaker(kind="unnamed", key="official-statement", label="official statement")


# "the statement" points back at a joint document the report mentioned without crediting anything to it: "This plan
# was sent in a joint statement following the meeting", "This came in a joint statement issued after the talks".
_THE_STATEMENT = re.compile(r"(?:^|\s)[Tt]he\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé])\s*$")
_JOINT_MENTION = re.compile(r"\b(?:a|an|the|their)\s+joint\s+(?:press\s+)?(?:statement|declaration|communiqu[eé])\b")


def _mentioned_document(c: Credit) -> Speaker | None:
    """"the statement said" with no source credited before: the joint document last mentioned, if any (its parties)."""
    if not _THE_STATEMENT.search(c.head):
        return None
    mentions = list(_JOINT_MENTION.finditer(c.ctx.text, 0, c.start))
    if not mentions:
        return None
    speaker = _document(c.ctx, mentions[-1].group(), c.events, c.memory, at=c.start)
    if speaker:
        c.memory.statement_source = speaker
        c.memory.how = "document"
    return speaker


# "the statement said" with no source credited before: the document the report mentioned last, when its words name who
# issued it ("... in Accra, said a Foreign Office statement. ... The statement further said ...", "Sunday’s deal was
# announced in a statement by the Saudi government. ... the statement said"): that issuer (x19docspeaker).
_THE_DOCUMENT = re.compile(r"(?:^|\s)[Tt]he\s+(?:(?:joint|press|official)\s+)?(?:statement|release|readout|communiqu[eé])\s*$")
_DOCUMENT_MENTION = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w’'.-]+\s+){0,4}?(?:statement|release|readout|communiqu[eé])\b"
                               r"(?:\s+(?:(?:issued|released|published|put\s+out)\s+by|from|by)\s+(?:the\s+)?"
                               r"(?:(?-i:[A-Z])[\w’'.-]*(?:\s+(?:of\s+|and\s+|for\s+|the\s+)*)?){1,8}"
                               r"(?:government|ministry|presidency|office|army|navy|police|military)?)?")


def _issued_before(c: Credit) -> Speaker | None:
    """"the statement said" with no source yet: the issuer the words of the document mentioned last name, if any."""
    if not _THE_DOCUMENT.search(c.head):
        return None
    mention = next((m for m in reversed(list(_DOCUMENT_MENTION.finditer(c.ctx.text, 0, c.start)))
                    if not _THE_DOCUMENT.search(m.group())), None)
    if mention is None:
        return None
    words = mention.group().rstrip().rstrip(".")  # "... by the Kyrgyz Cabinet of Ministers." ends a sentence
    credit = Credit(ctx=c.ctx, start=mention.start(), head=words, memory=c.memory, events=c.events)
    speaker = _document(c.ctx, words, c.events, c.memory, at=mention.start()) or _issuer_document(credit)
    if speaker is None or speaker.kind == "person" or speaker.key == "official-statement":
        return None
    c.memory.statement_source = speaker
    c.memory.how = "document"
    return speaker


# Row `issuer-document` (x19docspeaker): a document credited by its issuer's words that the rows above do not read —
# "a navy statement", "the ministry's statement", "Qatar's statement", "a BGB press release issued on Tuesday", "the
# Russian Foreign Ministry statement on measures ...". The issuer before the document noun (a few words, no joint or
# bilateral document's) is read by the body and state rows: a named body, "the ministry", "the navy", a state. When,
# where and about what the document was issued is no part of who issued it: without such an issuer, a document read
# again without that tail counts only if the document rows name its issuer ("a joint declaration issued in Astana on
# Saturday": its parties); "a communiqué released after the meeting" stays for the rows after this one.
_ISSUER_DOCUMENT = re.compile(r"^(?P<issuer>.*?\S)(?P<s>['’]s?)?\s+(?:(?:press|news|official|media)\s+)?"
                              r"(?P<doc>statement|release|readout|communiqu[eé]|declaration)"
                              r"(?P<tail>\s+(?:(?:issued|released|published|put\s+out)\s+)?"
                              r"(?:(?:on|in|at|after|following|this|last|late|earlier|yesterday|today|about|regarding)\b|"
                              r"of\s+(?:the|their|its)\s+(?=(?-i:[a-z])))"
                              r"(?:(?!\b(?:which|that|who|whom|where|whose)\b)[^,;“”\"]){0,60})?\s*$")
_ISSUER_ROWS = ("country", "definite-body", "body-short-form", "body", "state-body", "body-named-before")
_SHARED_DOCUMENT = re.compile(r"\b(?:joint|bilateral|trilateral|their|its)\b", re.IGNORECASE)


def _issuer_document(c: Credit) -> Speaker | None:
    """"a navy statement", "the ministry's statement", "a BGB release issued on Tuesday": the body or state that
    issued the document; "a joint statement this afternoon": the document without its circumstance, its parties."""
    m = _ISSUER_DOCUMENT.search(c.head)
    if not m or (not m.group("s") and not m.group("tail") and STATEMENT_REF.search(c.head)):
        return None  # "a joint statement", "an official release": the document rows above read it
    issuer = m.group("issuer")
    speaker = None
    if len(issuer.split()) <= 6 and not _SHARED_DOCUMENT.search(issuer):
        credit = Credit(ctx=c.ctx, start=c.start, head=issuer, memory=c.memory, events=c.events)
        speaker = _named(c.ctx, c.start, issuer, c.memory, whole=False) or next(
            (who for name, shape in SHAPES if name in _ISSUER_ROWS and (who := shape(credit))), None)
    ref = _DOCUMENT_REF.search(c.head[:m.end("doc")]) if speaker is None and m.group("tail") else None
    if ref:
        speaker = _document(c.ctx, ref.group(), c.events, c.memory, at=c.start)
    if speaker is None or speaker.kind == "person":
        return None
    c.memory.statement_source = speaker
    return speaker


# the document a tail followed, from its determiner: "a joint declaration", "a BGB press release"
_DOCUMENT_REF = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?:[\w’'.-]+\s+){0,3}?(?:statement|release|readout|communiqu[eé]|"
                           r"declaration)$")


def _document_itself(c: Credit) -> Speaker | None:
    """"the agreement said", "the draft states": a text credited with what it says, as named."""
    m = _DOCUMENT.search(c.head)
    return credits.unnamed(m.group("doc")) if m else None


def _title_only(c: Credit) -> Speaker | None:
    """"the ambassador", "the Lithuanian defence minister": the person named earlier who holds that post; of
    several holders, or for a one-word post, the one named in this paragraph's reach (the last two sentences)."""
    m = _TITLE_ONLY.search(c.head)
    if not m:
        return None
    words = [w for word in m.group("title").lower().split() for w in _POST_SHORT.get(word, word).split()]
    owner = reference.countries().code(m.group("owner")) if m.group("owner") else None
    if m.group("owner") and owner is None:
        return None  # "Petro's office" is not a post
    before = [p for p in c.ctx.person_mentions if p.key and p.end <= c.start + m.start()]
    holds: dict[str, bool] = {}  # one _holds per person, not per mention
    holders = {p.key for p in before
               if (holds[p.key] if p.key in holds else holds.setdefault(p.key, _holds(c.ctx.persons[p.key], words)))
               and (owner is None or c.ctx.persons[p.key].country in (None, owner))}
    if len(holders) > 1 or len(words) == 1:
        # Of several holders, or for a bare post ("the minister", which an unrecognised name may hold too), only
        # one named within reach; after a quotation, the reach is counted from where the quotation began.
        here = c.ctx.sentence_at(c.memory.quote_start if 0 <= c.memory.quote_start < c.start else c.start).index
        recent = c.ctx.sentences[max(0, here - 2)].start
        holders = {p.key for p in before if p.key in holders and recent <= p.start}
        if len(holders) > 1:
            # two named within reach: the one named last, unless both are named in that sentence (salience)
            at = c.memory.quote_start if 0 <= c.memory.quote_start < c.start else c.start + m.start()
            key = salience.antecedent(c.ctx, at, holders.__contains__, reach=recent)
            holders = {key} if key else set()
    if not holders:
        holders = _named_after(c, words, owner)
    if len(holders) != 1:
        return None  # no one, or two ministers named in one sentence just before: the post does not say who
    person = c.ctx.persons[holders.pop()]
    c.memory.last_person = Speaker(kind="person", key=person.key, label=person.name)
    return c.memory.last_person


# Shape "post-of-speaker" (x21pronoun): a bare one-word post ("the minister", "the president") whose holder was named
# beyond title-only's reach of two sentences — "Kan-Dapaah said ... He said ... The minister said ...", "Mahmud told
# reporters ... Replying to a query, the foreign minister said ... Earlier, the Malaysian envoy called on him. ... the
# minister said", "President Erdoğan and Sheikh Tamim met ... (two sentences of the meeting) ... the president said".
# The report names one holder of the post; that holder is the person who spoke last, or no one else is named within
# reach. A second holder, or someone else named or speaking in between, leaves the post to no one (title-only's
# caution: an unrecognised name may hold the post too).
def _post_of_speaker(c: Credit) -> Speaker | None:
    """"the minister said", its one holder named further back: the holder who goes on speaking."""
    m = _TITLE_ONLY.search(c.head)
    if not m or m.group("owner"):
        return None
    words = [w for word in m.group("title").lower().split() for w in _POST_SHORT.get(word, word).split()]
    at = c.start + m.start()
    named = [p for p in c.ctx.person_mentions if p.key and p.end <= at]
    holders = {p.key for p in named if _holds(c.ctx.persons[p.key], words)} if len(words) == 1 else set()
    if len(holders) != 1:
        return None
    key = holders.pop()
    here = c.ctx.sentence_at(c.memory.quote_start if 0 <= c.memory.quote_start < c.start else c.start).index
    recent = c.ctx.sentences[max(0, here - 2)].start
    last = c.memory.last_speaker if c.memory.last_speaker is not None else c.memory.last_person
    spoke_last = last is not None and last.kind == "person" and last.key == key
    if not spoke_last and any(recent <= p.start for p in named):
        return None
    person = c.ctx.persons[key]
    c.memory.last_person = Speaker(kind="person", key=person.key, label=person.name)
    return c.memory.last_person


def _named_after(c: Credit, words: list[str], owner: str | None) -> set[str]:
    """A post of a state before its holder is named ("Canada's foreign minister says ..." opening the report, "Foreign
    Minister Ana Joly" later): the first person named after the credit who holds the post and is of that state. The
    post must say whose it is (a possessive state or a national adjective): "the minister" alone names no one ahead."""
    adjectives = _adjectives()
    state = owner or next((adjectives[_SPELLING.get(w, w)] for w in words[:-1] if _SPELLING.get(w, w) in adjectives), None)
    if state is None or len(words) < 2:
        return set()
    for p in sorted(c.ctx.person_mentions, key=lambda m: m.start):
        if p.key and p.start >= c.start + len(c.head) and c.ctx.persons[p.key].country == state \
                and _holds(c.ctx.persons[p.key], words):
            return {p.key}
    return set()


# What a report calls a post by its kind: "the Australian leader" is the prime minister, "the top diplomat" the
# foreign minister.
# "The US defense chief" is the defence secretary or minister; "the army chief" holds a post with "chief" in it.
_POST_KINDS = {"leader": ("prime", "president", "chancellor", "premier"), "diplomat": ("foreign", "ambassador", "envoy"),
               "chief": ("minister", "secretary", "head", "director", "commander"),
               "envoy": ("ambassador", "envoy", "representative"), "premier": ("prime", "premier")}


# Posts written short: "the FM said", "the PM told reporters", "the NSA noted" (read as the words they stand for).
_POST_SHORT = {"fm": "foreign minister", "pm": "prime minister", "nsa": "national security adviser",
               "dm": "defence minister", "eam": "external affairs minister"}


# Spellings of one post word ("the defense minister" holds the post "Defence Minister").
_SPELLING = {"defense": "defence", "advisor": "adviser", "counselor": "counsellor"}


@cache
def _adjectives() -> dict[str, str]:
    return {a.lower(): c for a, c in reference.countries().adjectives.items()}


@lru_cache(maxsize=4096)
def _post_words(post: str) -> frozenset[str]:
    """The words of a post as _holds compares them (lowercased, one spelling)."""
    return frozenset(_SPELLING.get(w, w) for w in re.findall(r"[\w-]+", post.lower()))


def _holds(person: Person, words: list[str]) -> bool:
    """A post of the person has the credit's last word (or a post of that kind) and its other words; a national
    adjective must be the person's ("the Australian leader" is not the Indonesian president)."""
    adjectives = _adjectives()
    words = [_SPELLING.get(w, w) for w in words]
    for w in words[:-1]:
        if w in adjectives and person.country and adjectives[w] != person.country:
            return False
    return any(_role_holds(role, words) for role in person.roles)


def _role_holds(role: Role, words: list[str]) -> bool:
    """This post has the credit's last word (or a post of that kind) and its other words (spelled as _holds does)."""
    have = _post_words(f"{role.title} {role.wording}")
    # the body a post belongs to is no post: "a statement by the Border Guard Bangladesh" is the body's, not
    # its Director General's
    post = have - set(role.organization.split("-")) if role.organization else have
    head = words[-1] in post or any(k in post for k in _POST_KINDS.get(words[-1], ()))
    return head and all(w in have or w in _adjectives() or w == "top" for w in words[:-1])


# Shape "post-described" (x19postspeaker): a post credited with words that are no post words, each read for what it
# says of the holder — the state's NAME or a two-word national adjective ("The Chad president", "Bangladesh Army
# Chief", "the South Korean leader": of that state), the acronym of the body the post is in ("The BGB chief", "The OAS
# Secretary General"), a word that says which holder ("the visiting minister", "the acting High Commissioner": no
# constraint, the holder must be the only one), the post written by its initials ("The PS" for Principal Secretary,
# "the CDS"). Tried after title-only; the ONE person named before who holds such a post, else no one (never a pick
# between two); a former holder ("the former Botswana minister") is no one the report names as holder.
_DESCRIBED = re.compile(r"(?:^(?:[Tt]he\s+)?|\b[Tt]he\s+)(?P<desc>(?:[\w-]+\s+){0,6}[\w-]+)\s*$")
_WHICH_HOLDER = frozenset({"visiting", "acting", "host", "outgoing", "incoming", "guest", "serving", "current",
                           "incumbent", "new", "newly-appointed"})
_NOT_HOLDER = frozenset({"former", "ex", "late", "then", "previous", "retired", "erstwhile", "future", "next"})
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_INITIALS_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "to"})


def _described(c: Credit) -> Speaker | None:
    """"The Chad president", "The BGB chief", "the visiting minister", "The PS": the one holder named before."""
    m = _DESCRIBED.search(c.head)
    if not m:
        return None
    written = m.group("desc").split()
    if any(w.lower().strip("-") in _NOT_HOLDER for w in written):
        return None
    state, at = _state_words(written)
    words, of_state = _of_complement(written[at:])
    if state and of_state and state != of_state:
        return None
    state = state or of_state
    described = state is not None or words != written[at:]  # a state, or a field after "of", read
    post: list[str] = []
    acronym = None
    for w in words:
        if w.lower() in _WHICH_HOLDER:
            described = True
        elif _ACRONYM.fullmatch(w) and acronym is None and w.lower() not in _POST_SHORT:
            acronym, described = w, True
        else:
            post += _POST_SHORT.get(w.lower(), w.lower()).split()
    if not described or not (post or acronym and len(words) == 1):
        return None
    post = [_SPELLING.get(w, w) for w in post]
    before = {p.key for p in c.ctx.person_mentions if p.key and p.end <= c.start + m.start()}
    holders = [k for k in before if _fits(c.ctx, c.ctx.persons[k], post, state, acronym)]
    if len(holders) != 1:
        return None  # no one, or two holders the description does not tell apart
    person = c.ctx.persons[holders[0]]
    c.memory.last_person = Speaker(kind="person", key=person.key, label=person.name)
    return c.memory.last_person


def _of_complement(words: list[str]) -> tuple[list[str], str | None]:
    """A post with its complement after "of": the state it serves ("The Deputy Foreign Minister of Azerbaijan") or
    its field, read before the post's head ("Secretary of Defense" is a defence secretary, whose head is
    "secretary", not "defense")."""
    if "of" not in words[1:]:
        return words, None
    last = len(words) - 1 - words[::-1].index("of")
    complement = [w for w in words[last + 1:] if w.lower() != "the"]
    state = reference.countries().code(" ".join(complement)) if complement and complement[0][:1].isupper() else None
    if state:
        return _of_complement(words[:last])[0], state  # "... of Foreign Affairs of Azerbaijan": the field too
    cut = words.index("of", 1)
    field = [w for w in words[cut + 1:] if w.lower() not in ("the", "of")]
    return (field + words[:cut], None) if field else (words, None)


def _state_words(words: list[str]) -> tuple[str | None, int]:
    """The state the description opens with by its name ("Chad", "Sri Lanka") or a two-word adjective ("South
    Korean"), and how many words it takes; (None, 0) without one (a one-word adjective is title-only's)."""
    for n in (3, 2, 1):
        phrase = " ".join(words[:n])
        if n < len(words) and phrase[:1].isupper():
            countries = reference.countries()
            code = countries.names.get(phrase) or countries.guarded.get(phrase) or (
                _adjectives().get(phrase.lower()) if n > 1 else None)
            if code:
                return code, n
    return None, 0


def _fits(ctx: Context, person: Person, post: list[str], state: str | None, acronym: str | None) -> bool:
    """One post of the person is the described one: its words, in the body of that acronym, of that state."""
    if state and person.country != state and not any(r.country == state for r in person.roles):
        return False
    for role in person.roles:
        if not post:  # "The PS": the post's own initials, never a body's ("The BGB" is the body)
            if acronym in _post_initials(role.title):
                return True
        elif _role_holds(role, post) and (acronym is None or _body_acronym(ctx, role) == acronym):
            return True
    return False


def _body_acronym(ctx: Context, role: Role) -> str | None:
    """The acronym of the body a post is in: one the report gives it, else its name's capitals ("Border Guard
    Bangladesh" -> "BGB", "Organization of American States" -> "OAS")."""
    if not role.organization:
        return None
    org = ctx.organizations.get(role.organization)
    if org is None:  # a body named only inside the post ("UN Secretary-General"): its key's words
        return "".join(w[0] for w in role.organization.split("-") if w not in _INITIALS_SKIP).upper()
    given = [a for a in org.aliases if _ACRONYM.fullmatch(a)]
    return given[0] if given else _initials(org.name)


def _post_initials(title: str) -> set[str]:
    """A post written by its initials: all of them ("Chief of Defence Staff" -> "CDS") or those before its remit
    ("Principal Secretary of Foreign Affairs" -> "PS"), or those after a remit before it ("Foreign Affairs Principal
    Secretary" -> "PS": the last two words or more)."""
    head = re.split(r"\s+(?:of|for)\s+", title)[0]
    words = head.split()
    return {_initials(title), _initials(head)} | {_initials(" ".join(words[n:])) for n in range(1, len(words) - 1)}


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[\w-]+", name) if w.lower() not in _INITIALS_SKIP and w[0].isupper())


# Shape "counterpart" (x19postspeaker): "His Egyptian counterpart asserted ...": the one person named before who is
# of that state and holds a post. "His counterpart" alone: the one person named before whom the report introduced as
# a counterpart ("met his Japanese counterpart X"), else the one who holds the post of the person who spoke last
# under another state ("X thanked Y. His counterpart said ...": Y).
_COUNTERPART = re.compile(r"(?:^|\b)(?:[Hh]is|[Hh]er)\s+(?P<adj>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+)?counterpart\s*$")


def _counterpart(c: Credit) -> Speaker | None:
    """"His Egyptian counterpart", "her counterpart": the one person named before whom the words point at."""
    m = _COUNTERPART.search(c.head)
    if not m:
        return None
    adj = (m.group("adj") or "").strip()
    state = _adjectives().get(adj.lower()) if adj else None
    if adj and state is None:
        return None
    before = {p.key for p in c.ctx.person_mentions if p.key and p.end <= c.start + m.start()}
    people = [c.ctx.persons[k] for k in before]
    last = c.ctx.persons.get(c.memory.last_person.key) if c.memory.last_person else None
    if state:
        holders = [p for p in people if p.roles and p.country == state]
    else:
        holders = [p for p in people if p is not last and any(r.wording.lower() == "counterpart" for r in p.roles)]
        if not holders and last is not None and last.country:
            posts = {r.title for r in last.roles}
            holders = [p for p in people if p.country and p.country != last.country and posts & {r.title for r in p.roles}]
    if len(holders) != 1 or holders[0] is last:
        return None
    person = holders[0]
    c.memory.last_person = Speaker(kind="person", key=person.key, label=person.name)
    return c.memory.last_person


# "a representative of the border service said", "an official told reporters": a source introduced without a name;
# "the official", "the representative", "the source" after it is that source again.
_SOURCE_NOUN = r"(?:official|representative|source|spokes(?:person|man|woman)|diplomat|aide|envoy)"
_INTRODUCED = re.compile(rf"(?:^|[^\w-])(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){{0,3}}?{_SOURCE_NOUN}\b(?:\s+(?:of|for|from|at|in)\s+[^,;:]{{1,60}})?\s*$")
_DEFINITE_SOURCE = re.compile(rf"(?:^|[^\w-])[Tt]he\s+(?:same\s+|senior\s+|(?:[a-z]+\s+){{0,1}})?{_SOURCE_NOUN}\s*$")


def _source_again(c: Credit) -> Speaker | None:
    """"according to the official", "the representative added": the source the report introduced without a name."""
    if c.memory.introduced is None or not _DEFINITE_SOURCE.search(c.head):
        return None
    return c.memory.introduced


def _unnamed(c: Credit) -> Speaker | None:
    """"officials", "a senior Kenyan security official", "Canadian officials", "state media"."""
    u = credits.UNNAMED.search(c.head)
    if not u:
        return None
    if _GROUP.search(c.head) and any(len(e.participants) > 1 for e in c.events):
        return None  # "both diplomats" after a meeting of two: the pair (the group row)
    label = credits.DETERMINER.sub("", u.group(1).strip())
    nat = _NATIONAL.search(c.head)
    if nat and reference.countries().adjectives.get(nat.group(1)) and c.head[nat.start(1):].strip() in label:
        label = c.head[nat.start(1):].strip()  # "Canadian officials": whose officials is part of the credit
    return credits.unnamed(label)


def _several_states(c: Credit) -> Speaker | None:
    """"Several European countries", "other NATO allies": states credited together without their names."""
    m = _SEVERAL.search(c.head)
    return credits.unnamed(m.group("who")) if m else None


def _his_people(c: Credit) -> Speaker | None:
    """"his aides", "her spokesman", "his office": people or a body of the person who spoke (or was named) last."""
    m = _HIS.search(c.head)
    if not m:
        return None
    owner = c.memory.last_person
    if owner is None:
        named = [p for p in c.ctx.person_mentions if p.key and p.end <= c.start + m.start()]
        owner = Speaker(kind="person", key=named[-1].key, label=c.ctx.persons[named[-1].key].name) if named else None
    return credits.unnamed(f"{owner.label}'s {m.group()[4:].strip()}") if owner else None  # "X's press office"


def _they(c: Credit) -> Speaker | None:
    """"they said" after several speakers spoke together: the same several."""
    if _THEY.search(c.head) and c.memory.last_group:
        c.memory.how = "pronoun"
        return c.memory.last_group
    return None


def _plural_post(c: Credit) -> Speaker | None:
    """"the ministers said": the holders of that post — the people of the meeting last reported, when there is
    one (also known as credited, "Ministers"), else as credited."""
    m = _PLURAL_POST.search(c.head)
    if not m:
        return None
    if any(len(e.participants) > 1 for e in c.events):
        return _group(c.ctx, "the parties", c.events, c.memory, at=c.start, credited=m.group("post"))
    return credits.unnamed(m.group("post"))


def _group_shape(c: Credit) -> Speaker | None:
    """"the two ministers", "both sides", "the governments", "they": who took part together."""
    m = _GROUP.search(c.head)
    return _group(c.ctx, c.head, c.events, c.memory, at=c.start, credited=m.group()) if m else None


def _he_she(c: Credit) -> Speaker | None:
    """"he said": the last person who spoke, or the last person named if no one has."""
    if not _HE_SHE.search(c.head):
        return None
    # After a quotation, "he" is someone named before the quotation began.
    here = c.ctx.sentence_at(c.memory.quote_start if 0 <= c.memory.quote_start < c.start else c.start)
    before = c.ctx.sentences[here.index - 1] if here.index > 0 else here
    recent = [m for m in c.ctx.person_mentions if m.key and before.start <= m.start and m.end <= c.start + len(c.head)
              and _SUBJECT_NEXT.match(c.ctx.text[m.end:m.end + 60])]
    in_sentence = [m for m in recent if m.start >= here.start]
    if recent and (c.memory.last_person is None or recent[-1].key != c.memory.last_person.key) and (
            in_sentence or c.memory.last_person is None or c.memory.last_person.key not in {m.key for m in recent}):
        # (The last speaker, named again as a subject in the sentence before — "Wol said Kiir and Al-Burhan
        # deliberated ... He said ..." — goes on speaking: the pronoun continues the speaker, not the people of the
        # clause he reported; a subject in the pronoun's own sentence comes first: "Shibani was in Amman when he".)
        # "... Judith Collins backed the UK ... . This was the first attack, she said": the person just named as a
        # subject, before any person named as an object ("Singh held a meeting with Lecornu. He said ...").
        person = c.ctx.persons[recent[-1].key]
        c.memory.last_person = Speaker(kind="person", key=person.key, label=person.name)
    if c.memory.last_person is None:
        named = [m for m in c.ctx.person_mentions if m.end <= c.start + len(c.head) and m.key]
        if named:
            person = c.ctx.persons[max(named, key=lambda m: m.start).key]
            c.memory.last_person = Speaker(kind="person", key=person.key, label=person.name)
    pronoun = salience.pronoun_gender(_HE_SHE.search(c.head).group().strip())
    if c.memory.last_person and not salience.compatible_gender(c.ctx, c.memory.last_person.key, pronoun):
        # "She said ..." after Carney spoke: not Carney. The last person named whom the text calls "she", else no one.
        known = salience.genders(c.ctx)
        key = salience.antecedent(c.ctx, c.start, lambda k: known.get(k) == pronoun)
        person = c.ctx.persons[key] if key else None
        c.memory.last_person = Speaker(kind="person", key=person.key, label=person.name) if person else None
    if c.memory.last_person:
        c.memory.how = "pronoun"
    return c.memory.last_person


def _it(c: Credit) -> Speaker | None:
    """"it said": the body that spoke last, else the source of the statement quoted."""
    if not _IT.search(c.head):
        return None
    speaker = c.memory.last_voice or c.memory.statement_source
    if speaker:
        # More of the statement quoted goes on with it; a body answering again says something new.
        c.memory.how = "document" if speaker == c.memory.statement_source else "pronoun"
    return speaker


def _they_statement(c: Credit) -> Speaker | None:
    """"they said" of a statement's authors."""
    if _THEY.search(c.head) and c.memory.statement_source:
        c.memory.how = "pronoun"
        return c.memory.statement_source
    return None


# A credit that is nothing but a person's name the report gives no title or full name ("“...,” Kimathi said",
# "Borrell conceded that ..."), perhaps after a post ("Interior Minister Jan Hamacek told ..."): one to three
# capitalised name words; the name finder, which wants a full name or a title, does not know it.
_NAME_WORD = r"(?-i:[A-Z])[a-z]+(?:[-’'](?-i:[A-Z])?[a-z]+)?"
_BARE_NAME = re.compile(rf"^(?:(?-i:[A-Z])[a-z]+\.?\s+){{0,4}}{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}$")


@cache
def _title_words() -> frozenset[str]:
    words = {w for wording in reference.titles().normal for w in re.findall(r"[a-z]+", wording)}
    return frozenset(words - {"the", "a", "an", "of", "and", "for", "to", "in", "on", "at"})


def _unknown_name(c: Credit) -> Speaker | None:
    """A bare name as the whole credit, a person the report names no other way: the name as credited. A lone word
    must recur in the report (people are named again by surname; a word that is said once is more often a body);
    no word may be a state, a capital, a nationality, a body's or a post's word, or inside a named body."""
    m = _BARE_NAME.match(c.head.strip())
    if not m:
        return None
    words = m.group().split()
    # "Interior Minister Jan Hamacek": the post is the longest run of post words the credit opens with
    cut = next((i for i, w in enumerate(words) if w.rstrip(".").lower() not in _title_words()
                and not _STYLE_LEAD.fullmatch(w + " ")), len(words))
    post, name = words[:cut], words[cut:]
    if not 1 <= len(name) <= 3 or len(post) > 4:
        return None
    countries = reference.countries()
    # after a post, a given name may be a word that is mostly something else ("Interior Minister Jan Hamacek")
    checked = name[1:] if post and len(name) > 1 else name
    if any(w in STOP_WORDS for w in checked) or any(countries.code(w) or w in countries.adjectives for w in name):
        return None
    named = " ".join(name)
    start = c.start + len(c.head) - len(c.head.lstrip()) + m.group().rfind(named)
    if c.ctx.orgs_in(start, start + len(named)) or c.ctx.countries_in(start, start + len(named)):
        return None
    if len(name) == 1 and (len(name[0]) < 3 or sum(1 for _ in occurrences(c.ctx.text, name[0])) < 2):
        return None
    known = [p for p in c.ctx.persons.values() if p.name.split()[-1] == name[-1]]
    if len(known) == 1:
        return Speaker(kind="person", key=known[0].key, label=known[0].name)
    c.memory.bare_names.add(slug(named))  # a person: no voice for a later "it said", no statement's source
    return Speaker(kind="unnamed", key=slug(named), label=named)


# Tried in order on each reading of the credit; the first that answers is the speaker.
SHAPES: tuple[tuple[str, Callable[[Credit], Speaker | None]], ...] = (
    ("body-spokesperson", _body_spokesperson),
    ("unnamed-placed", _unnamed_placed),
    ("document-named", _document_named),
    ("country", _country),
    ("definite-body", _definite_body),
    ("body-short-form", _body_short_form),
    ("body", _body),
    ("state-body", _state_body),
    ("body-named-before", _body_named_before),
    ("body-back", _body_back),
    ("statement-ref", _statement_ref),
    ("document-itself", _document_itself),
    ("issuer-document", _issuer_document),
    ("title-only", _title_only),
    ("post-described", _described),
    ("post-of-speaker", _post_of_speaker),
    ("counterpart", _counterpart),
    ("source-again", _source_again),
    ("unnamed", _unnamed),
    ("several-states", _several_states),
    ("his-people", _his_people),
    ("they-group", _they),
    ("group", _group_shape),
    ("plural-post", _plural_post),
    ("he-she", _he_she),
    ("it", _it),
    ("they-statement", _they_statement),
    ("unknown-name", _unknown_name),
)


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
