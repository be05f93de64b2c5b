"""Drafts → Agreement records: references folded into the instruments they name, wording trimmed, parties repaired."""

from __future__ import annotations

import re

from kg.extract import dates as dates_mod
from kg.extract import reference
from kg.extract.agreement_lexicon import NOUNS
from kg.extract.agreement_parties import mediator_not_party, three_party_group, trio, venue_not_party
from kg.extract.agreement_parts import without_setting
from kg.extract.agreement_vetoes import names_only_instrument, parties_named
from kg.extract.agreements.clauses import _PURPOSE
from kg.extract.agreements.draft import _BARE, _Draft
from kg.extract.context import Context
from kg.extract.model import Agreement, Event

def _records(ctx: Context, events: list[Event], drafts: list[_Draft]) -> list[Agreement]:
    """One Agreement per draft: its threat topics, the event its sentence supports, its parties after the repairs."""
    out = []
    three = trio(ctx) if drafts else None
    for d in drafts:
        topics = []
        for m in reference.threat_index().finditer(d.description):  # the pattern's matches, by first letter
            concept = reference.threat_rows()[m.lastindex - 1][0]
            if concept not in topics:
                topics.append(concept)
        event_index = next((i for i, e in enumerate(events)
                            if any(sp.start == d.sentence.start for sp in e.support.evidence)), None)
        out.append(Agreement(description=_worded(d), status=d.status, parties=_between(d.description) or _repaired(ctx, d, three),
                             topics=topics,
                             date=d.date.date if d.date else None, event_index=event_index,
                             support=ctx.support(d.evidence, rule=f"agreement/{d.rule}", confidence=0.75)))
    return out


# "a series of agreements on Tuesday": the words of a signing's setting stay when the trim would leave only a count of
# instruments. (agreements.py once defined this as a second _UMBRELLA_HEAD, which the list pattern of the same name
# shadowed; both give the same facts on every gold set and the 714-report bank.)
_SERIES_HEAD = re.compile(r"^(?:an?\s+|the\s+)?(?:series|range|number|host|slew|raft|set)\s+of\b", re.IGNORECASE)


def _worded(d: _Draft) -> str:
    """instrument-setting-tail (x20agrinst): a signed instrument's description without the date and place of its signing
    ("a defence pact on Thursday in Canberra, paving the way ..." -> "a defence pact"). Applied to the finished record,
    so vetoes, merging and the record's date still read the words as written; a deal the trim would leave as its noun
    alone ("a deal on Tuesday") keeps them, since its noun alone reads as a reference to another."""
    if d.shown is not None and d.bare:
        return d.shown   # matter-after-instrument: the words that say what a bare signing holds, not its sentence
    if d.bare and not _PURPOSE.match(d.description) or not d.forward or not (d.status == "signed" or "sign" in d.rule):
        return d.description
    trimmed = without_setting(d.description)
    if trimmed != d.description and (_BARE.match(trimmed) and len(trimmed.split()) <= 3 or _SERIES_HEAD.match(trimmed)
                                     or names_only_instrument(trimmed) and not names_only_instrument(d.description)):
        return d.description
    return trimmed


# x19agrref, reference-folds-into-named: "two agreements between India and UK", "the deal was inked by A and B",
# "Memorandum of Agreement": words that name an instrument and nothing it is about refer to an instrument the report names
# with its subject matter ("an MoU on cadet exchanges"); one agreement, the named description. A definite or counted
# reference folds into any named instrument of its status (the same head first); an indefinite one ("a memorandum of
# understanding") only into one of its own head (else it may be a second instrument). With none named it stays.
# "The communiqué was signed by A and B", "some agreements were signed by the two sides": a sentence that tells a signing
# of a referenced instrument and then only who, where or when.
_SIGNED_PASSIVE = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+|also\s+)?"
                             r"(?:signed|inked|concluded|finali[sz]ed|sealed|ratified)\b")
_ONLY_SETTING = re.compile(r"^\s*(?:$|(?:by|between|within|during|at|in|following|after|before|yesterday|today|last|"
                           rf"earlier|on\s+(?:the\s+sidelines|\w+day|\d|{dates_mod.MONTH_NAMES}))\b)")
# "... in Beijing on 10 March to resume diplomatic relations": a purpose after the setting is the instrument's matter
_MATTER_AFTER = re.compile(r"\bto\s+(?!the\b)[a-z]+|\b(?:aimed|allowing|providing|covering|regarding|concerning)\b|"
                           r"\b(?:for|on)\s+(?!(?:the\s+)?(?:sidelines|occasion|first|\w+day)\b)(?:the\s+)?[a-z]")
_POINTING = re.compile(r"^(?:the|this|that|these|those|such|its|their|two|three|four|five|six|seven|eight|nine|ten|\d+|"
                       r"several|some|numerous|many|all|both)\b", re.IGNORECASE)
_HEAD_OF = re.compile(rf"{NOUNS}|\b(?i:documents?|instruments?)\b")   # "the legal instruments were signed"


def _head_stem(text: str) -> str | None:
    m = _HEAD_OF.search(text)
    if m is None:
        return None
    return word_stem(m.group().lower().split()[0])


def word_stem(word: str) -> str:
    """What a head noun is matched by in another description: "mou"/"memorand..." name one another, else its first
    five letters."""
    return "(?:mou|memorand)" if word.startswith(("mou", "memorand")) else re.escape(word[:5])


def names_matter_after(after: str) -> bool:
    """Words after a passive signing that say what was signed ("on cadet exchanges"), not only its setting."""
    return not _ONLY_SETTING.match(after) or _MATTER_AFTER.search(after) is not None


def _reference_kind(d: _Draft) -> str | None:
    """"definite" (points at an instrument: "the deal was inked", "two agreements"), "indefinite" ("a memorandum of
    understanding") or None when the description names what the instrument is about."""
    desc = d.description
    verb = _SIGNED_PASSIVE.search(desc) if d.rule == "noun-was-signed" else None
    if verb is not None:
        if names_matter_after(desc[verb.end():]):
            return None   # "A MoU was signed on cadet exchanges": its subject matter follows
        desc = re.split(r",\s+|\b(?:that|said|says)\s+", desc[:verb.start()])[-1]   # the signed noun phrase
    if not names_only_instrument(desc):
        return None
    plural = _HEAD_OF.search(desc).group().lower().endswith(("s", "memoranda"))   # "agreements", "MoUs": counted
    return "definite" if _POINTING.match(desc) or plural else "indefinite"


def _fold_target(d: _Draft, kind: str, drafts: list[_Draft], kinds: list[str | None]) -> list[_Draft]:
    """The named instrument a reference folds into ([] if none): one of its own head first, for a definite reference
    any of its status."""
    named = [t for t, k in zip(drafts, kinds) if k is None and t.status == d.status and _HEAD_OF.search(t.description)]
    stem = _head_stem(d.description)
    same_head = [t for t in named if stem and re.search(rf"\b{stem}", t.description, re.IGNORECASE)]
    return (same_head or (named if kind == "definite" else []))[:1]


def _fold_references(drafts: list[_Draft]) -> list[_Draft]:
    kinds = [_reference_kind(d) for d in drafts]
    out = []
    for d, kind in zip(drafts, kinds):
        target = _fold_target(d, kind, drafts, kinds) if kind else []
        if not target:
            out.append(d)
            continue
        for s in d.evidence:
            if s not in target[0].evidence:
                target[0].evidence.append(s)
    return out


def _repaired(ctx: Context, d: _Draft, three: list[str] | None) -> list[str]:
    """The draft's parties after the named repairs (kg.extract.agreement_parties): a third state of a group of three
    added, a mediator's or a venue's state taken out."""
    text = d.sentence.text
    return venue_not_party(mediator_not_party(three_party_group(d.parties, text, three), text, ctx), text, ctx)


# "a peace agreement between Azerbaijan and Armenia", "the ceasefire between India and Pakistan brokered by the
# US": an instrument that names its own parties binds them, whatever states the article is mostly about (a mediator
# is not one). Only when the instrument is the description's head: "uphold the ceasefire between India and Pakistan"
# is the speakers' own commitment about it.
_DETERMINER = r"(?:an?|the|this|that|their|its)\s+"
_DET_NP = rf"(?:{_DETERMINER})?(?:(?!{_DETERMINER})[\w'’-]+\s+){{0,3}}?{NOUNS}"
_BETWEEN = re.compile(rf"^{_DET_NP}\s+between\s+(?:the\s+)?(?P<a>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s+and\s+"
                      r"(?:the\s+)?(?P<b>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


def _between(description: str) -> list[str] | None:
    m = _BETWEEN.search(description)
    if not m:
        return None
    a, b = parties_named(m.group("a")), parties_named(m.group("b"))
    if len(a) == 1 and len(b) == 1 and a != b:
        return a + b
    return None
