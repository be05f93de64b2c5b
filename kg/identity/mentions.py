"""What resolution knows of one per-article mention: plain records, no RDF (read from the store by kg.identity.store)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

# Kinds that can describe one and the same encounter: a visit is reported as talks by one outlet and as a
# meeting by the next. Calls, arrests and threats stay apart.
KIND_GROUP = {"meeting": "encounter", "talks": "encounter", "visit": "encounter", "summit": "encounter",
              "call": "call", "arrest": "arrest"}
STATUS_RANK = {"discussed": 0, "expected": 1, "committed": 2, "agreed": 3, "signed": 4}


@dataclass(frozen=True)
class Report:
    """A document as resolution sees it: which report (copies share one) and which outlet."""

    doc: str                    # document IRI
    report: str                 # key of the report it is a copy of (its text's hash, or a near-duplicate's)
    outlet: str                 # normalised publisher; "" when the article does not say
    published: dt.date | None

    @property
    def source(self) -> str:
        """What counts as one independent source: the outlet, or the report itself when no outlet is named."""
        return self.outlet or self.report


@dataclass(frozen=True)
class EventMention:
    iri: str
    doc: Report
    kind: str
    persons: frozenset[str]     # person IRIs taking part
    date: dt.date | None        # only when the article fixes it
    end: dt.date | None
    place: str | None           # place IRI
    expected: bool              # planned or expected rather than happened
    countries: frozenset[str] = frozenset()  # country IRIs taking part
    labels: frozenset[tuple[str, str]] = frozenset()  # (person IRI, a label the article gives it)

    @cached_property  # asked for every pair of mentions clustering compares
    def group(self) -> str:
        return KIND_GROUP.get(self.kind, self.kind)


@dataclass(frozen=True)
class AgreementMention:
    iri: str
    doc: Report
    status: str
    description: str
    parties: frozenset[str]     # country IRIs
    words: frozenset[str]       # content words of the description
    topics: frozenset[str]
    date: dt.date | None
    event: str | None           # mention IRI of the event it was reached at
