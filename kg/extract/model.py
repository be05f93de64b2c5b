"""The extractor's output: plain records of what an article says, each with its evidence. No RDF here.

This is the contract between every extractor (rules today, a statistical one tomorrow) and kg.build,
which turns these records into triples. Entities are referred to by ``key``: a stable, article-independent
slug (``ajit-doval``, ``ministry-of-external-affairs``), so one entity keeps one IRI across articles.
Countries are ISO 3166-1 alpha-2 codes ("IN", "CA").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# Closed vocabularies; kg.build maps each value onto a SKOS concept of ontology/kg.ttl.
EVENT_KINDS = ("meeting", "visit", "talks", "summit", "call", "arrest", "threat")
AGREEMENT_STATUSES = ("agreed", "committed", "discussed", "expected", "signed")
MODALITIES = ("asserted", "reported", "hedged", "expected", "alleged")
ORG_KINDS = ("government", "agency", "ministry", "nonstate", "media", "international", "other")
SPEAKER_KINDS = ("person", "organization", "unnamed")


@dataclass(frozen=True)
class Span:
    """A sentence of the document that supports a fact: character offsets into Document.text."""

    start: int
    end: int
    text: str


@dataclass
class Support:
    """How a fact was found: the sentences behind it, the rule that fired, and how sure it is."""

    evidence: list[Span] = field(default_factory=list)
    rule: str = ""
    confidence: float = 1.0


@dataclass
class Role:
    """A post a person holds, e.g. title "National Security Advisor", country "IN"."""

    title: str                   # normalised title ("National Security Advisor")
    key: str                     # slug of the normalised title ("national-security-advisor")
    country: str | None = None   # ISO alpha-2 of the country the post serves
    organization: str | None = None  # key of the Organization the post is in, when named
    wording: str = ""            # the title as the text gives it
    support: Support = field(default_factory=Support)


@dataclass
class Person:
    key: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    country: str | None = None
    support: Support = field(default_factory=Support)


@dataclass
class Organization:
    key: str
    name: str
    kind: str = "other"          # one of ORG_KINDS
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    support: Support = field(default_factory=Support)


@dataclass
class Place:
    key: str
    name: str
    country: str | None = None


@dataclass
class Event:
    kind: str                    # one of EVENT_KINDS
    participants: list[str] = field(default_factory=list)  # Person keys (Organization keys allowed)
    date: dt.date | None = None  # only when the text fixes it
    end_date: dt.date | None = None
    date_text: str = ""          # the words the date came from
    place: Place | None = None
    countries: list[str] = field(default_factory=list)  # countries taking part / visited
    modality: str = "asserted"   # "expected" for planned or likely events
    support: Support = field(default_factory=Support)


@dataclass
class Threat:
    concept: str                 # key of a concept in the threat scheme ("terrorism", "drug-trafficking")
    wording: str                 # the article's own words ("fentanyl precursors")
    support: Support = field(default_factory=Support)


@dataclass
class Agreement:
    description: str
    status: str                  # one of AGREEMENT_STATUSES
    parties: list[str] = field(default_factory=list)   # ISO alpha-2 codes
    topics: list[str] = field(default_factory=list)    # threat concept keys
    date: dt.date | None = None
    event_index: int | None = None  # index into Extraction.events of the meeting it came from
    support: Support = field(default_factory=Support)


@dataclass
class Speaker:
    kind: str                    # one of SPEAKER_KINDS
    key: str                     # Person/Organization key, or a slug of the label for unnamed sources
    label: str                   # as credited: "Government sources", "Ministry of External Affairs"
    # Other names of the same several speakers: "the two ministers" is labelled by the people of the meeting and
    # also known as the credit's words and as the states they speak for ("Marles and Teodoro" / "Two ministers" /
    # "Australia and the Philippines"). Unnamed sources only; compared by label and key, never by these.
    aliases: tuple[str, ...] = field(default=(), compare=False)


@dataclass
class Statement:
    speaker: Speaker
    text: str                    # quoted or reported words
    modality: str = "asserted"   # one of MODALITIES
    via: str | None = None       # Organization key of the outlet or body it reached us through ("CNN-News18")
    quoted: bool = False
    support: Support = field(default_factory=Support)


@dataclass
class Extraction:
    """Everything one extractor found in one document."""

    extractor: str               # name and version, e.g. "kg.rules/1"
    countries: list[str] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    threats: list[Threat] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
