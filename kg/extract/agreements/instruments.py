"""Instruments read without a trigger: of an earlier year, by their own name, with counterparts, listed as included."""

from __future__ import annotations

import re

from kg.extract import reference
from kg.extract.agreement_lexicon import _YEAR, DATED_INSTRUMENT, EARLIER_WITH, NOUN, NOUNS
from kg.extract.agreement_parties import deal_states
from kg.extract.agreement_parts import LIST_ITEMS, NEXT_INSTRUMENT
from kg.extract.agreement_vetoes import parties_named
from kg.extract.agreements.draft import _FUTURE, _description, _Draft, _same
from kg.extract.context import Context
from kg.extract.sentences import Sentence

_A_YEAR = re.compile(_YEAR)
_WITH = re.compile(r"\swith\s")


def _dated_instruments(ctx: Context, s: Sentence, offset: int, known: list[_Draft]) -> list[_Draft]:
    """"the 1972 joint statement", "the Agreement on Disengagement of 1974": an instrument of an earlier year,
    named by its parties or title, stands agreed (a joint statement) or signed (anything else)."""
    out: list[_Draft] = []
    if not _A_YEAR.search(s.text, offset):   # every shape names a year: most sentences stop here
        return out
    published = ctx.doc.published
    for i, pattern in enumerate(DATED_INSTRUMENT):
        for m in pattern.finditer(s.text, offset):
            np = m.group().strip()
            if m.start() == 0 and pattern.pattern.startswith("^"):
                np = f"{m.group('np')} first signed in {m.group('year')}"   # "First signed ... in 2009, the MOU"
            anchored = i >= 3   # a word before or a participle after says it is an earlier one; no title needed
            if published and int(m.group("year")) >= published.year or not anchored and not re.search(r"\b[A-Z]", m.group("np")):
                continue
            if _MULTILATERAL.search(m.group("np")):
                continue   # "the 1982 United Nations Convention on the Law of the Sea": no bilateral instrument
            if any(_same(d.description, np) for d in known + out):
                continue
            status = "agreed" if re.search(r"(?i:statement|declaration|communiqu)", m.group("np")) else "signed"
            named = parties_named(np)
            out.append(_Draft(description=np, status=status, parties=named if len(named) >= 2 else deal_states(ctx),
                              sentence=s, evidence=[s], rule="dated-instrument"))
    return out


# An earlier instrument named by its own name: "Manila and Washington's mutual defense treaty", "the longstanding ANZUS
# treaty between Australia, New Zealand and the United States", "the positive impact of the Ankara Declaration". The
# name is the makers' possessive pair, an acronym, or a place; a title of ordinary words ("the Defence Cooperation
# Agreement") is the report's own deal and is read by the verb rows.
_NAMED_HEAD = r"(?:[Tt]reaty|[Pp]act|Accords?|Declaration|Agreements?|Alliance|Charter)"
_POSSESSIVE_PAIR = re.compile(rf"\b(?P<a>[A-Z][\w-]+)\s+and\s+(?P<b>[A-Z][\w-]+)['’]s\s+(?P<np>(?:[a-z-]+\s+){{0,3}}"
                              rf"(?:treaty|pact|accord|agreement|alliance|declaration))\b")
_PLACE_TITLED = re.compile(rf"\b[Tt]he\s+(?:(?:longstanding|long-standing|existing|landmark|historic|earlier|original|"
                           rf"so-called)\s+)?(?P<np>(?P<name>[A-Z]{{3,}}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+{_NAMED_HEAD})\b"
                           r"(?P<between>\s+between\s+[^.;:]{3,80})?")


def _named_instruments(ctx: Context, s: Sentence, offset: int, known: list[_Draft]) -> list[_Draft]:
    """One signed (a declaration: agreed) instrument per earlier instrument named by its makers or its own name."""
    out: list[_Draft] = []
    text = s.text
    if "’s " not in text and "'s " not in text and not re.search(r"\b[Tt]he\s", text):
        return out
    countries = reference.countries()
    for m in _POSSESSIVE_PAIR.finditer(text, offset):
        codes = [countries.code(m.group("a")), countries.code(m.group("b"))]
        if None in codes or codes[0] == codes[1]:
            continue
        desc = f"{m.group('np')} between {m.group('a')} and {m.group('b')}"
        if not any(_same(d.description, desc) or m.group("np") in d.description for d in known + out):
            out.append(_Draft(description=desc, status="agreed" if "declaration" in desc else "signed",
                              parties=[c for c in codes if c], sentence=s, evidence=[s], rule="named-instrument"))
    for m in _PLACE_TITLED.finditer(text, offset):
        name = m.group("name")
        acronym = name.isupper()
        place = all(countries.cities.get(w) or w in _PLACES for w in name.split())
        if not (acronym or place) or countries.names.get(name) or countries.adjectives.get(name) \
                or _MULTILATERAL.search(name) or name in ("UN", "NATO", "EU", "ASEAN", "AU"):
            continue
        desc = m.group("np") + (m.group("between") or "")
        if any(name.lower() in d.description.lower() or _same(d.description, desc) for d in known + out):
            continue
        named = parties_named(m.group("between") or "")
        out.append(_Draft(description=desc.strip(), status="agreed" if "Declaration" in desc else "signed",
                          parties=named if len(named) >= 2 else deal_states(ctx), sentence=s, evidence=[s],
                          rule="named-instrument"))
    return out


# Places that name instruments and are no capital in the table.
_PLACES = frozenset("Camp David Simla Shimla Lusaka Dayton Oslo Minsk Astana Doha Ankara Lomé Lome Tashkent".split())


# A body's instrument, many states its parties: not a deal between the two ("the 1982 United Nations Convention").
_MULTILATERAL = re.compile(r"\b(?:United\s+Nations|UN|U\.N\.|Vienna|Geneva\s+Conventions?|Rome\s+Statute)\b")
_COUNTERPART = re.compile(r"^(?:the\s+)?(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
                          r"(?P<when>\s+(?:in\s+)?(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)?\s*$")


def _earlier_with(ctx: Context, s: Sentence, offset: int) -> list[_Draft]:
    """"agreements in place with the US, Australia and Japan": one signed instrument per counterpart state."""
    out: list[_Draft] = []
    if not _WITH.search(s.text, offset):   # the shape ends "... with <states>": most sentences stop here
        return out
    for m in EARLIER_WITH.finditer(s.text, offset):
        items = LIST_ITEMS.split(m.group("items"))
        parts = [_COUNTERPART.match(i.strip()) for i in items]
        pieces = []
        for part in parts:   # the list ends where an item is no state ("... and Japan, Anadolu Agency added")
            if part is None or not parties_named(part.group("who")):
                break
            pieces.append(part)
        if len(pieces) < 2 and not (pieces and m.group("np").lower().startswith(("similar", "such", "existing"))):
            continue
        subject = parties_named(s.text[offset:m.start()])
        main = deal_states(ctx)
        for part in pieces:
            other = parties_named(part.group("who"))[0]
            own = next((c for c in subject + main if c != other), None)
            when = (part.group("when") or "").strip()
            desc = f"{m.group('np')} {m.group('anchor')} with {part.group('who')}" + (f" ({when})" if when else "")
            out.append(_Draft(description=desc, status="signed", parties=[own, other] if own else [other], sentence=s,
                              evidence=[s], rule="earlier-with-counterparts",
                              clause=(s.start, m.start(), "earlier-with-counterparts")))
    return out


# "16 documents were signed, including an agreement on X and an agreement on Y": the instruments a signing lists.
_INCLUDING = re.compile(rf"\b(?:including|among\s+them|among\s+which|such\s+as)\s+(?P<items>(?:an?\s+|the\s+|\w+\s+)?"
                        rf"(?:[\w'’-]+\s+){{0,4}}?{NOUNS}\b.*)$")
_LISTING_VERB = re.compile(r"\b(?:signed|inked|sealed|exchanged|concluded|finali[sz]ed|adopted|ratified|sign|ink|conclude)\b")


def _included_instruments(ctx: Context, s: Sentence, offset: int) -> list[_Draft]:
    """One agreement per instrument listed after "including" in a sentence that signs or settles them."""
    m = _INCLUDING.search(s.text, offset)
    if m is None or not _LISTING_VERB.search(s.text, offset, m.start()):
        return []
    verb = _LISTING_VERB.search(s.text, offset, m.start())
    status = "expected" if _FUTURE.search(s.text, max(offset, verb.start() - 40), verb.start()) \
        or re.search(r"\b(?:will|to)\s+be\s+$", s.text[max(offset, verb.start() - 20):verb.start()]) else \
        "signed" if verb.group().startswith(("sign", "ink", "seal", "exchang", "ratif")) else "agreed"
    items = [i.strip(" ,") for i in NEXT_INSTRUMENT.split(m.group("items"))]
    out = []
    for item in items:
        desc = _description(re.sub(r"^(?:an?|the)\s+", "", item))
        if NOUN.search(desc) and len(desc.split()) >= 2:
            out.append(_Draft(description=desc, status=status, parties=deal_states(ctx), sentence=s, evidence=[s],
                              rule="included-instrument", clause=(s.start, m.start(), "included-instrument")))
    return out
