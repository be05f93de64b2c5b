"""Organisations: known bodies from the reference table, bodies named by shape, acronyms, credited outlets."""

from __future__ import annotations

import re

from kg.extract import reference
from kg.extract.context import Context, Mention
from kg.extract.model import Organization, Support
from kg.extract.names import slug
from kg.extract.sentences import Sentence

_CAPW = r"(?:[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*(?:['’]s)?|[A-Z0-9]{2,}(?:-[A-Za-z0-9]+)?)"
_HEADS = ("Ministry|Office|Agency|Service|Police|Forum|Commission|Council|Assembly|Committee|Bureau|Directorate|"
          "Forces|Force|Army|Navy|Guard|Wing|Party|Front|Organisation|Organization|Institute|Foundation|Cartel|"
          "Movement|Secretariat|Parliament|Cabinet|Embassy|High Commission|Consulate|Authority|Department|Court")
_OF_SHAPE = re.compile(rf"(?<![\w-])(?:Ministry|Department|Office|Directorate|Bureau|Council|Commission|Committee|"
                       rf"Agency|Board|Secretariat|Embassy|High Commission)\s+(?:of|for|Of|For)\s+(?:the\s+)?{_CAPW}"
                       rf"(?:\s+(?:and|of|&)\s+{_CAPW}|\s+{_CAPW})*")
_HEAD_SHAPE = re.compile(rf"(?<![\w-])(?:{_CAPW}\s+){{1,5}}(?:{_HEADS})(?![\w-])(?:\s+(?:Media\s+)?Wing)?")
_ARMED = re.compile(r"(?<![\w-])(?P<adj>[A-Z][a-z]+)\s+(?:armed forces|army|navy|air force|coast guard|police)(?![\w-])")
_ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z][A-Za-z&]{1,7})\)")
_LEAD_STOP = {"The", "A", "An", "In", "On", "At", "Of", "For", "To", "And", "But", "As", "After", "Before", "During",
              "According", "Under", "Upon", "Through", "Both", "His", "Her", "Their", "Its", "This", "That", "Earlier",
              "Meanwhile", "However", "Speaking", "Responding", "While", "When", "Following", "Here's", "What", "Get",
              "Ministerial-level", "Pre-Foreign", "Is", "Was", "Are", "Here", "Says", "Said", "How", "Why", "Resuming", "Reinstating", "Advancing", "Continuing"}
_MEDIA_CREDIT = re.compile(r"(?:told|to|by|according to|speaking to|said to|reported by|in an interview with|quoted by)"
                           r"\s+(?:the\s+)?$", re.IGNORECASE)
_DATELINE_AGENCY = re.compile(r"^\s*\)")
_EVENT_TAIL = re.compile(r"^\s+(?:Consultations)\b")
_KIND_BY_HEAD = [("ministry", re.compile(r"^(?:Ministry|Department)\b|\bMinistry$")),
                 ("agency", re.compile(r"\b(?:Agency|Bureau|Police|Service|Directorate|Forces|Force|Army|Navy|Guard)$|^(?:Agency|Bureau)")),
                 ("government", re.compile(r"\b(?:Office|Cabinet|Parliament|Secretariat|Embassy|High Commission|Consulate|Wing)$")),
                 ("nonstate", re.compile(r"\b(?:Front|Cartel|Movement|Party)$")),
                 ("international", re.compile(r"^(?:UN|United Nations|European|World|International)\b"))]


def find(ctx: Context) -> None:
    """Fill ctx.organizations and ctx.org_mentions (before persons, whose titles can name a body: "MEA spokesperson")."""
    known = reference.organizations()
    for s in ctx.reporting():
        taken: list[tuple[int, int]] = []
        for m in known.pattern.finditer(s.text):
            org = known.by_word[m.group()]
            before, after = s.text[:m.start()], s.text[m.end():]
            if _EVENT_TAIL.match(after) or before.endswith("pre-") or before.endswith("Pre-"):
                continue
            if org.kind == "media" and not (_MEDIA_CREDIT.search(before[-40:]) or re.match(r"^\s+(?:reported|said|quoted)", after)):
                continue  # an outlet is an actor only when credited as a source, not in a dateline "(ANI)"
            country = org.country or (ctx.home_country if org.kind in ("ministry", "government") else None)
            _add(ctx, s, m.start(), m.end(), org.name, kind=org.kind, country=country, rule="known-organization")
            taken.append((m.start(), m.end()))
        if s.index in ctx.headlines:
            continue  # Title Case headlines capitalise everything: shapes mean nothing there
        for pattern, rule in ((_OF_SHAPE, "org-of-shape"), (_HEAD_SHAPE, "org-head-shape")):
            for m in pattern.finditer(s.text):
                start, name = _trim(s.text, m.start(), m.group())
                if name is None or any(start < e and s_ < start + len(name) for s_, e in taken):
                    continue
                if name in known.by_word:
                    continue
                end = start + len(name)
                name = _expand(name)
                _add(ctx, s, start, end, name, kind=_kind(name), country=_country(name, ctx), rule=rule)
                taken.append((start, end))
        for m in _ARMED.finditer(s.text):
            code = reference.countries().adjectives.get(m.group("adj"))
            if code and not any(m.start() < e and s_ < m.end() for s_, e in taken):
                _add(ctx, s, m.start(), m.end(), m.group(), kind="agency", country=code, rule="armed-forces")
    _acronyms(ctx)
    _subunits(ctx)


def _trim(text: str, start: int, name: str) -> tuple[int, str | None]:
    words = name.split()
    while words and (words[0] in _LEAD_STOP or reference.countries().code(words[0]) and len(words) > 2
                     and words[1] in ("Ministry",) and False):
        start += len(words[0]) + 1 + (len(name) - len(name.lstrip()))
        name = name[len(words[0]):].lstrip()
        words.pop(0)
    if len(words) < 2 or words[0] in ("Ministry", "Office") and len(words) < 3 and "of" not in words:
        return start, None if len(words) < 2 else name
    return start, name


def _expand(name: str) -> str:
    """"PM Office" is the Prime Minister's Office; "Ministry Of X" in a crosshead is "Ministry of X"."""
    name = re.sub(r"\s(Of|For|And|The)\s", lambda m: " " + m.group(1).lower() + " ", name)
    return re.sub(r"^PM(?:['’]s)?\s+Office", "Prime Minister's Office", name)


def _kind(name: str) -> str:
    for kind, pattern in _KIND_BY_HEAD:
        if pattern.search(name):
            return kind
    return "other"


def _country(name: str, ctx: Context) -> str | None:
    countries = reference.countries()
    first = re.sub(r"['’]s$", "", name.split()[0])
    if "-" in first:
        return None  # "Canada-India CEO Forum" belongs to both
    code = countries.code(first)
    if code:
        return code
    if _kind(name) in ("ministry", "government"):
        return ctx.home_country
    return None


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
    if text != org.name and text not in org.aliases:
        org.aliases.append(text)
    ctx.org_mentions.append(Mention(start=s.start + start, end=s.start + end, key=key, text=text))
    acr = _ACRONYM_AFTER.match(s.text[end:])
    if acr and acr.group(1) not in org.aliases:
        org.aliases.append(acr.group(1))


def _initials(name: str) -> str:
    words = [w for w in re.sub(r"['’]s\b", "", name).replace("-", " ").split()
             if w not in ("of", "the", "and", "for", "&")]
    return "".join(w[0] for w in words if w[0].isupper())


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


def _subunits(ctx: Context) -> None:
    """"Prime Minister's Office Media Wing" is the Prime Minister's Office speaking: fold it in as an alias."""
    for key, org in list(ctx.organizations.items()):
        for other in ctx.organizations.values():
            if other.key != key and _plain(org.name).startswith(_plain(other.name) + " ") and key in ctx.organizations:
                for alias in [org.name, *org.aliases]:
                    if alias not in other.aliases and alias != other.name:
                        other.aliases.append(alias)
                other.support.evidence.extend(e for e in org.support.evidence if e not in other.support.evidence)
                for m in ctx.org_mentions:
                    if m.key == key:
                        m.key = other.key
                del ctx.organizations[key]
                break


def _plain(name: str) -> str:
    return name.replace("’", "'")
