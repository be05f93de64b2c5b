"""Speaker shapes of bodies and states: spokespeople, unnamed and short-form bodies, documents that name their issuer."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract import credits, reference
from kg.extract.context import Mention
from kg.extract.model import Organization, Speaker
from kg.extract.names import slug
from kg.extract.speakers.groups import _document
from kg.extract.speakers.memory import Credit
from kg.extract.speakers.patterns import _BODY_BACK, _BODY_NOUN, _DEFINITE_BODY, _NOUN_KIND, STATEMENT_REF


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
