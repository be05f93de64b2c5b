"""Summary first: what an entity page opens with, before its property table and evidence.

A person's page opens with the posts they hold (country, dates reported), the meetings they attended (date,
place, counterparts), the agreements reached there, what they said and the threats they spoke of; a country's or
organisation's with its events, agreements and statements; an event's or agreement's with its corroborated record;
a document's with its header and every fact taken from it. Events and agreements are grouped by their canonical
resource (kg/identity), each item saying how many reports and outlets back it.

The queries are kg/web/queries/entity_*.rq and document_*.rq, each bound to ?this; grouping is done here, in pure
functions over plain rows (``{variable: value}``) so it can be tested without a store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox

from kg import summary_page
from kg.resources import web_query

Row = dict[str, str]
KG = "https://w3id.org/kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SCHEMA = "https://schema.org/"
DCTERMS_SOURCE = "http://purl.org/dc/terms/source"

PAGE_KINDS: dict[str, str] = {  # asserted class → which summary the page gets
    KG + "Person": "person", KG + "Country": "country", KG + "Agreement": "agreement", KG + "Document": "document",
    **{KG + c: "organization" for c in ("Organization", "GovernmentBody", "NonStateGroup", "MediaOrganization",
                                        "InternationalOrganization")},
    **{KG + c: "event" for c in ("Event", "Meeting", "Visit", "Talks", "Summit", "Call", "Arrest", "ThreatMade")},
}
KIND_ORDER = ("document", "person", "event", "agreement", "country", "organization")
EVENT_KINDS = ("Summit", "Meeting", "Talks", "Visit", "Call", "Arrest", "ThreatMade", "Event")  # most specific first


@lru_cache(maxsize=None)
def sparql(name: str) -> str:
    return web_query(name)


def run(store: object, name: str, iri: str, *, terms: bool = False) -> list[dict]:
    """The rows of ``name`` with ?this bound to ``iri`` (unbound variables left out), each value as a plain
    string, or as the pyoxigraph term with ``terms=True``."""
    result = store.query(sparql(name), bindings={"this": ox.NamedNode(iri)})  # type: ignore[attr-defined]
    names = [v.value for v in result.variables if v.value != "this"]
    return [{n: (row[n] if terms else row[n].value) for n in names if row[n] is not None} for row in result]


# -- values as people read them ---------------------------------------------------------------------------
def human_date(value: str | None) -> str:
    """'2026-02-07' → '7 February 2026'; anything else as given."""
    if not value:
        return ""
    try:
        d = dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{d.day} {d:%B %Y}"


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def event_kind(kinds: Iterable[str]) -> str:
    names = {local_name(k) for k in kinds}
    return next((k for k in EVENT_KINDS if k in names), "Event")


def page_kind(types: Iterable[str]) -> str | None:
    kinds = {PAGE_KINDS[t] for t in types if t in PAGE_KINDS}
    return next((k for k in KIND_ORDER if k in kinds), None)


# -- items, grouped -----------------------------------------------------------------------------------------
@dataclass
class Item:
    iri: str
    label: str = ""
    date: str = ""            # ISO date: the event's own date, else the first report's
    dated: bool = False       # True when a report fixes the date (schema:startDate), not only a publication date
    kind: str = ""
    place: str = ""           # IRI
    others: list[str] = field(default_factory=list)   # IRIs: counterparts, parties
    status: str = ""          # IRI
    sources: int = 0          # distinct outlets
    reports: int = 0          # distinct reports
    first: str = ""           # for posts and statements: first and last publication date
    last: str = ""
    words: list[str] = field(default_factory=list)    # threat wordings, statement modality ...
    quoted: bool = False

    @property
    def when(self) -> str:
        return human_date(self.date)


def _newest_first(items: list[Item]) -> list[Item]:
    return sorted(items, key=lambda i: (i.date or i.last or "", i.label), reverse=True)


NO_FIRST, NO_LAST = "9999-12-31", "0001-01-01"  # entity_posts.rq's stand-ins for "no dated article"


def group_posts(rows: list[Row]) -> list[Item]:
    """One item per post (entity_posts.rq groups already): its country, the first and last publication dates
    stating it, distinct reports; the most recently reported first."""
    out = []
    for r in rows:
        first, last = r.get("first", NO_FIRST), r.get("last", NO_LAST)
        out.append(Item(iri=r["post"], label=r.get("label", local_name(r["post"])),
                        others=[r["country"]] if "country" in r else [], reports=int(r.get("reports", 0)),
                        first="" if first == NO_FIRST else first, last="" if last == NO_LAST else last))
        out[-1].date = out[-1].last
    return _newest_first(out)


def group_events(rows: list[Row]) -> list[Item]:
    """One item per (canonical) event: most specific kind, own date or first report, place, counterparts."""
    out: dict[str, Item] = {}
    kinds: dict[str, set[str]] = {}
    for r in rows:
        e = r["event"]
        item = out.setdefault(e, Item(iri=e, label=r.get("label", ""), place=r.get("place", ""),
                                      sources=int(r.get("sources", 0)), reports=int(r.get("reports", 0) or 0)))
        kinds.setdefault(e, set()).add(r["kind"])
        if "date" in r:
            item.date, item.dated = r["date"], True
        elif "reportedOn" in r and not item.dated:
            item.date = r["reportedOn"]
        if "other" in r and r["other"] not in item.others:
            item.others.append(r["other"])
    for e, item in out.items():
        item.kind = event_kind(kinds[e])
        item.others.sort()
    return _newest_first(list(out.values()))


def group_agreements(rows: list[Row]) -> list[Item]:
    out: dict[str, Item] = {}
    for r in rows:
        a = r["agreement"]
        item = out.setdefault(a, Item(iri=a, label=r.get("label", ""), status=r.get("status", ""),
                                      place=r.get("event", ""), sources=int(r.get("sources", 0)),
                                      reports=int(r.get("reports", 0) or 0)))
        if "date" in r:
            item.date, item.dated = r["date"], True
        elif "reportedOn" in r and not item.dated:
            item.date = r["reportedOn"]
        if "party" in r and r["party"] not in item.others:
            item.others.append(r["party"])
    for item in out.values():
        item.others.sort()
    return _newest_first(list(out.values()))


def _words(text: str) -> str:
    return " ".join(text.casefold().split())


def group_statements(rows: list[Row]) -> list[Item]:
    """One item per wording (the same words in copies or in several outlets are one statement), with the
    reports carrying it and the first date it was published."""
    out: dict[str, Item] = {}
    reports: dict[str, set[str]] = {}
    for r in rows:
        key = _words(r["text"])
        item = out.setdefault(key, Item(iri=r["statement"], label=r["text"], quoted=r.get("quoted") == "true"))
        if "modality" in r and local_name(r["modality"]) not in item.words:
            item.words.append(local_name(r["modality"]))
        if "issued" in r:
            item.first = min(filter(None, (item.first, r["issued"])))
            item.date = item.first
        reports.setdefault(key, set()).add(r.get("report") or r.get("doc", ""))
    for key, item in out.items():
        item.reports = len(reports[key] - {""})
    return _newest_first(list(out.values()))


def group_threats(rows: list[Row]) -> list[Item]:
    """One item per threat concept: the wordings used, the reports, the latest date; most reported first."""
    out: dict[str, Item] = {}
    reports: dict[str, set[str]] = {}
    for r in rows:
        t = r["threat"]
        item = out.setdefault(t, Item(iri=t))
        if r.get("wording") and r["wording"] not in item.words:
            item.words.append(r["wording"])
        item.last = max(item.last, r.get("issued", ""))
        reports.setdefault(t, set()).add(r.get("report", ""))
    for t, item in out.items():
        item.reports = len(reports[t] - {""})
        item.date = item.last
    return sorted(out.values(), key=lambda i: (-i.reports, i.iri))


# -- the summary of one page --------------------------------------------------------------------------------
SHOWN = summary_page.PAGE  # items per section on a page: the newest (or most reported); the rest are counted


@dataclass
class Section:
    key: str                  # posts, events, agreements, statements, threats, reached
    title: str
    items: list[Item]
    total: int = 0            # items found (the queries stop at their LIMIT: 300 rows) or counted by the summary
    counted: int | None = None  # the summary's count of every item (exact; the items are its newest SHOWN)
    more: str = ""            # where the whole list is (a SPARQL query link), set when the page cuts it

    def __post_init__(self) -> None:
        self.total = len(self.items) if self.counted is None else max(self.counted, len(self.items))
        self.items = self.items[:SHOWN]


@dataclass
class Record:
    """An event's or agreement's corroborated facts, from its canonical resource."""
    canonical: str = ""
    kind: str = ""
    label: str = ""
    date: str = ""
    dated: bool = False
    place: str = ""
    status: str = ""
    reached_at: str = ""
    members: list[str] = field(default_factory=list)   # participants or parties
    sources: int = 0
    reports: int = 0
    documents: list[str] = field(default_factory=list)
    reports_read: list[Row] = field(default_factory=list)   # each document: doc, title, publisher, issued

    @property
    def when(self) -> str:
        return human_date(self.date)


@dataclass
class Document:
    title: str = ""
    publisher: str = ""
    issued: str = ""
    creator: str = ""
    url: str = ""
    report: str = ""
    facts: dict[str, list[Item]] = field(default_factory=dict)   # kind of fact → facts in reading order

    @property
    def when(self) -> str:
        return human_date(self.issued)


@dataclass
class Summary:
    kind: str
    sections: list[Section] = field(default_factory=list)
    record: Record | None = None
    document: Document | None = None
    counts: dict[str, int] | None = None   # a summarised person's section counts (incoming links among them)

    def known_labels(self) -> dict[str, str]:
        """Labels the summary queries already read (events, agreements, posts): no look-up needed for them."""
        return {i.iri: i.label for s in self.sections if s.key in ("posts", "events", "agreements", "reached")
                for i in s.items if i.label}

    def labels_needed(self) -> set[str]:
        """IRIs the summary links to whose labels must be looked up (a statement links by its text instead)."""
        known = self.known_labels()
        iris: set[str] = set()
        for s in self.sections:
            for i in s.items:
                iris.update(x for x in (i.place, i.status, *i.others) if x)
                if s.key != "statements" and i.iri not in known:
                    iris.add(i.iri)
        if self.record:
            r = self.record
            iris.update(x for x in (r.canonical, r.place, r.status, r.reached_at, *r.members) if x)
        return iris


def build_record(rows: list[Row]) -> Record | None:
    if not rows:
        return None
    rec = Record(canonical=rows[0]["canonical"])
    kinds: set[str] = set()
    for r in rows:
        p, o = r["p"], r["o"]
        if p == RDF_TYPE:
            kinds.add(o)
        elif p == RDFS_LABEL:
            rec.label = o
        elif p in (KG + "participant", KG + "party"):
            rec.members.append(o)
        elif p == SCHEMA + "startDate":
            rec.date, rec.dated = o, True
        elif p == KG + "reportedOn" and not rec.dated:
            rec.date = o
        elif p == SCHEMA + "location":
            rec.place = o
        elif p == KG + "status":
            rec.status = o
        elif p == KG + "reachedAt":
            rec.reached_at = o
        elif p == KG + "sourceCount":
            rec.sources = int(o)
        elif p == KG + "reportCount":
            rec.reports = int(o)
        elif p == DCTERMS_SOURCE:
            rec.documents.append(o)
    rec.kind = "Agreement" if KG + "Agreement" in kinds else event_kind(kinds)
    rec.members.sort()
    rec.documents.sort()
    return rec


FACT_TITLES = {"Person": "People", "Country": "Countries", "Post": "Posts", "Agreement": "Agreements",
               "Statement": "Statements", "ThreatMention": "Threats named", **{k: "Events" for k in EVENT_KINDS},
               **{k: "Organisations" for k in ("Organization", "GovernmentBody", "NonStateGroup",
                                                "MediaOrganization", "InternationalOrganization")}}


def build_document(meta: list[Row], facts: list[Row]) -> Document:
    m = meta[0] if meta else {}
    url = m.get("url", "")
    doc = Document(title=m.get("title", ""), publisher=m.get("publisher", ""), issued=m.get("issued", ""),
                   creator=m.get("creator", ""), url=url if url.lower().startswith(("http://", "https://")) else "",
                   report=m.get("report", ""))
    seen: set[str] = set()
    for r in facts:  # in reading order; a fact typed twice (kg:Meeting and kg:Event ...) is listed once
        title = FACT_TITLES.get(local_name(r["type"])) if r["type"].startswith(KG) else None
        if title is None or r["fact"] in seen:
            continue
        seen.add(r["fact"])
        doc.facts.setdefault(title, []).append(Item(iri=r["fact"], label=r.get("label") or r.get("text", ""),
                                                    kind=local_name(r["type"]), words=[r.get("rule", "")]))
    return doc


def summarize(store: object, iri: str, types: Iterable[str]) -> Summary | None:
    """The summary for the page of ``iri`` given its asserted types, read from ``store``; None when the kind
    of resource has none (sentences, posts ...)."""
    kind = page_kind(types)
    if kind is None:
        return None
    q: Callable[[str], list[Row]] = lambda name: run(store, name, iri)  # noqa: E731
    s = Summary(kind=kind)
    if kind == "document":
        s.document = build_document(q("document_meta"), q("document_facts"))
        return s
    if kind in ("event", "agreement"):
        s.record = build_record(q("entity_record"))
        target = s.record.canonical if s.record else iri
        if s.record:
            s.record.reports_read = run(store, "entity_sources", target)
        if kind == "event":
            s.sections.append(Section("reached", "Agreements reached", group_agreements(
                [{**r, "agreement": r["agreement"]} for r in run(store, "entity_reached", target)])))
        return s
    if kind == "person" and q("entity_has_summary"):
        return _summarized_person(s, q)
    if kind == "person":
        s.sections.append(Section("posts", "Posts", group_posts(q("entity_posts"))))
    s.sections.append(Section("events", "Meetings and events" if kind != "person" else "Meetings attended",
                              group_events(q("entity_events"))))
    s.sections.append(Section("agreements", "Agreements", group_agreements(q("entity_agreements"))))
    s.sections.append(Section("statements", "Statements", group_statements(q("entity_statements"))))
    s.sections.append(Section("threats", "Threats spoken of", group_threats(q("entity_threats"))))
    return s


def _summarized_person(s: Summary, q: Callable[[str], list[Row]]) -> Summary:
    """A person's page from its summary graph (kg/summary.py, kg/summary_page.py): the items each section shows
    were chosen when the summary was written, with the count of all, so a busy person's page reads the same
    number of rows as anyone's."""
    counts = {r["section"].rsplit("#", 1)[-1]: int(r["n"]) for r in q("entity_person_counts")}
    s.counts = counts
    s.sections.append(Section("posts", "Posts", group_posts(q("entity_person_posts"))))
    s.sections.append(Section("events", "Meetings attended", group_events(q("entity_person_events")),
                              counted=counts.get("events", 0)))
    s.sections.append(Section("agreements", "Agreements", group_agreements(q("entity_person_agreements")),
                              counted=counts.get("agreements", 0)))
    s.sections.append(Section("statements", "Statements", statement_items(q("entity_person_statements")),
                              counted=counts.get("statements", 0)))
    s.sections.append(Section("threats", "Threats spoken of", threat_items(q("entity_person_threats")),
                              counted=counts.get("threats", 0)))
    return s


def statement_items(rows: list[Row]) -> list[Item]:
    """The summary's statement rows (one per wording, entity_person_statements.rq) as group_statements gives them."""
    out: dict[str, Item] = {}
    for r in rows:
        first = r.get("first", "")
        item = out.setdefault(r["statement"], Item(iri=r["statement"], label=r["text"], reports=int(r["reports"]),
                                                   quoted=r.get("quoted") == "true", first=first, date=first))
        if "modality" in r and local_name(r["modality"]) not in item.words:
            item.words.append(local_name(r["modality"]))
    for item in out.values():
        item.words.sort()
    return _newest_first(list(out.values()))


def threat_items(rows: list[Row]) -> list[Item]:
    """The summary's threat rows (entity_person_threats.rq) as group_threats gives them: most reported first."""
    out: dict[str, Item] = {}
    for r in rows:
        item = out.setdefault(r["threat"], Item(iri=r["threat"], reports=int(r["reports"]), last=r.get("last", ""),
                                                date=r.get("last", "")))
        if r.get("wording") and r["wording"] not in item.words:
            item.words.append(r["wording"])
    for item in out.values():
        item.words.sort()
    return sorted(out.values(), key=lambda i: (-i.reports, i.iri))


# -- the property table ---------------------------------------------------------------------------------------
def fold_properties(rows: list[dict]) -> list[dict[str, object]]:
    """Each (property, value) once, asserted rows first: a value stated only by inference is marked ``inferred``;
    one that only repeats an asserted value under a broader property (schema:nationality beside kg:nationality)
    is folded into the asserted row as ``also``, not shown twice. Rows hold pyoxigraph terms (entity_properties.rq
    with ``terms=True``): ``graphs`` counts the graphs stating it, ``inferred`` those that are inference graphs."""
    count = lambda v: int(v.value) if v is not None else 0  # noqa: E731
    asserted: dict[object, dict[str, object]] = {}
    out: list[dict[str, object]] = []
    inferred: list[dict] = []
    for r in rows:
        graphs, by_inference = count(r.get("graphs")), count(r.get("inferred"))
        if graphs and by_inference >= graphs:
            inferred.append(r)
            continue
        row = {"p": r["p"], "o": r["o"], "plabel": r.get("plabel"), "graphs": graphs - by_inference,
               "inferred": False, "also": []}
        out.append(row)
        asserted.setdefault(r["o"], row)
    for r in inferred:
        if r["p"].value != RDF_TYPE and r["o"] in asserted:
            asserted[r["o"]]["also"].append(r["p"])  # type: ignore[union-attr]
        else:
            out.append({"p": r["p"], "o": r["o"], "plabel": r.get("plabel"), "graphs": count(r.get("graphs")),
                        "inferred": True, "also": []})
    return out
