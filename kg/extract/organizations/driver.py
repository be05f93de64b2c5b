"""The driver: find runs the shapes over each sentence, records each find, then the report-wide passes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kg.extract import org_bare, reference
from kg.extract.org_acronyms import definitions
from kg.extract.context import Context, Mention
from kg.extract.model import Organization, Support
from kg.extract.names import slug
from kg.extract.sentences import Sentence
from kg.extract.organizations.patterns import _ACRONYM_AFTER, _ACRONYM_BEFORE, _OUTLET_ACRONYM, _OUTLET_HEAD
from kg.extract.organizations.readings import _country, _initials, _kind
from kg.extract.organizations.scan import (_Found, _owned_by_complement, _PAIR_LATE, _Scan, _unpossessed,
    _with_state_pair)
from kg.extract.organizations.ministries import _post_ministries
from kg.extract.organizations.groups import _armed_groups, _named_group
from kg.extract.organizations.shapes import (_acronym_defined, _armed_forces, _bare_state_body, _coordinated_heads,
    _cue, _head_shape, _known, _numbered_unit, _of_shape, _publisher, _shared_owner, _state_body)
from kg.extract.organizations.vetoes import vetoed
from kg.extract.organizations.folds import (_lowercase_aliases, _one_body_per_acronym, _one_body_per_owner,
    _one_body_per_tail, _one_force_per_state, _one_ministry_per_field, _remit_short_forms, _subunits,
    _table_acronym_of_a_named_body)

# The table: (rule name, shape, runs on Title Case headlines). Order matters: an earlier shape takes its span.
_SHAPES: list[tuple[str, Callable[[_Scan], Iterator[_Found]], bool]] = [
    ("known", _known, True),
    ("acronym-defined", _acronym_defined, False),
    ("coordinated-heads", _coordinated_heads, False),
    ("of-shape", _of_shape, False),
    ("numbered-unit", _numbered_unit, False),
    ("head-shape", _head_shape, False),
    ("armed-forces", _armed_forces, False),
    ("shared-owner", _shared_owner, False),
    ("state-body", _state_body, False),
    ("bare-ministry", _bare_state_body, False),
    ("cue", _cue, False),
    ("publisher", _publisher, False),
    ("named-group", _named_group, False),
]

# Shapes that settle overlaps themselves: a known name always counts; a shaped name is checked before it grows
# over "and" ("Garda National Drugs and Organised Crime Bureau").
_OWN_SPANS = {"known", "of-shape", "head-shape", "numbered-unit"}  # a unit's owner may be a known force


def find(ctx: Context) -> None:
    """Fill ctx.organizations and ctx.org_mentions (before persons, whose titles can name a body: "MEA spokesperson").
    Each body's rule is "org/<shape>"; later uses of its initials become mentions of it (_acronyms)."""
    for s in ctx.reporting():
        headline = s.index in ctx.headlines  # Title Case headlines capitalise everything: shapes mean nothing there
        scan = _Scan(ctx=ctx, s=s, defined=[] if headline else _unpossessed(definitions(s.text)))
        for rule, shape, in_headlines in _SHAPES:
            if headline and not in_headlines:
                continue
            for f in shape(scan):
                if rule in _PAIR_LATE:
                    f = _with_state_pair(f, scan)
                if rule in ("of-shape", "head-shape") and f.judged and f.country is None:
                    f = _owned_by_complement(f, scan)
                if rule not in _OWN_SPANS and not scan.free(f.start, f.end) or vetoed(f, scan):
                    continue
                _add(ctx, s, f.start, f.end, f.name, kind=f.kind or _kind(f.alias or f.name),
                     country=f.country or (_country(f.name, ctx) if f.judged else None), rule=f"org/{rule}")
                org = ctx.organizations[slug(f.name)]
                if f.alias and f.alias not in org.aliases:
                    org.aliases.append(f.alias)
                scan.taken.append((f.start, f.end))
    _remit_short_forms(ctx)
    _post_ministries(ctx)
    _acronyms(ctx)
    _bare_acronyms(ctx)
    _subunits(ctx)
    _lowercase_aliases(ctx)
    _one_ministry_per_field(ctx)
    _one_body_per_owner(ctx)
    _one_body_per_tail(ctx)
    _one_force_per_state(ctx)
    _table_acronym_of_a_named_body(ctx)
    _one_body_per_acronym(ctx)
    _armed_groups(ctx)


def _add(ctx: Context, s: Sentence, start: int, end: int, name: str, *, kind: str, country: str | None,
         rule: str) -> None:
    key = slug(name)
    org = ctx.organizations.get(key)
    if org is None:
        org = Organization(key=key, name=name, kind=kind, country=country,
                          support=Support(evidence=[ctx.span(s)], rule=rule, confidence=0.85))
        ctx.organizations[key] = org
    elif ctx.span(s) not in org.support.evidence:
        org.support.evidence.append(ctx.span(s))
    text = ctx.text[s.start + start:s.start + end]
    if text != org.name and text not in org.aliases and not reference.countries().code(text) \
            and not (text.islower() and " " not in text):  # "Australian [and ...]", "[defence] and foreign ministries"
        org.aliases.append(text)
    ctx.org_mentions.append(Mention(start=s.start + start, end=s.start + end, key=key, text=text))
    # "... Caribbean States (CELAC)": initials in brackets are the mention; the word before them is no acronym of it
    initials = re.fullmatch(r"[A-Z][A-Z&0-9-]{1,7}", text) is not None
    # "the General Secretariat of the Gulf Cooperation Council (GCC)": initials after a name whose complement ends in
    # a body found before it are that body's (of-complement)
    inner = any(m.end == s.start + end and m.start > s.start + start for m in ctx.org_mentions[:-1])
    acr = None if inner else (_ACRONYM_AFTER.match(s.text[end:])
                              or (not initials and _ACRONYM_BEFORE.search(s.text[:start]))
                              or (_OUTLET_HEAD.search(name) and _OUTLET_ACRONYM.match(s.text[end:])))
    if acr and acr.group(1) not in org.aliases:
        org.aliases.append(acr.group(1))


def _acronyms(ctx: Context) -> None:
    """"MEA", "PMO": a capitalised token spelling the initials of a body already named in the article."""
    by_initials = {}
    for org in ctx.organizations.values():
        for alias in [org.name, *org.aliases]:
            if len(alias) > 6:
                by_initials.setdefault(_initials(alias), org.key)
        for alias in org.aliases:
            if alias.isupper():
                by_initials.setdefault(alias, org.key)
    taken = {(m.start, m.end) for m in ctx.org_mentions}
    for s in ctx.reporting():
        for m in re.finditer(r"(?<![\w-])([A-Z]{2,6})(?:['’]s)?(?![\w-])", s.text):
            key = by_initials.get(m.group(1))
            span = (s.start + m.start(1), s.start + m.end(1))
            if key is None or span in taken or any(a <= span[0] < b for a, b in taken):
                continue
            org = ctx.organizations[key]
            if m.group(1) not in org.aliases:
                org.aliases.append(m.group(1))
            ctx.org_mentions.append(Mention(start=span[0], end=span[1], key=key, text=m.group(1)))


def _bare_acronyms(ctx: Context) -> None:
    """"NAPTIP, NDLEA and all the others": an all-caps token no named body accounts for is a body of its own."""
    taken = [(m.start, m.end) for m in ctx.org_mentions]
    for bare in org_bare.find(ctx, taken):
        s = ctx.sentence_at(bare.start)
        _add(ctx, s, bare.start - s.start, bare.end - s.start, bare.name, kind="other", country=None,
             rule="org/bare-acronym")
