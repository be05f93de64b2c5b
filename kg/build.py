"""Extraction → one named graph per document, with PROV-O provenance and Web Annotation evidence.

IRIs are deterministic: entities (persons, organisations, countries, titles, places, threat concepts) are
named by their keys, so one entity keeps one IRI across articles; article-bound facts (events, agreements,
threat mentions, statements, sentences) are named by the document id and their position, so re-ingesting
the same document gives the same graph. No blank nodes: exports compare line by line.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

import kg
from kg.extract.model import (
    Agreement, Event, Extraction, Organization, Person, Speaker, Statement, Support, Threat,
)
from kg.sources import Document
from kg.vocab import GRAPH, HTTP, ID, KG, MODALITY, OA, ORG, PREFIXES, SCHEMA, STATUS, THREAT


class _Terms:
    """A namespace whose terms are made once: rdflib builds a new URIRef on every attribute lookup (~2.5 µs, some
    600 an article here), and shared term objects let set and dict lookups succeed on identity."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)  # an unknown term fails as the namespace fails
        setattr(self, name, term)
        return term


DCTERMS, HTTP, KG, OA, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD = map(  # type: ignore[assignment]
    _Terms, (DCTERMS, HTTP, KG, OA, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD))


# Literals that recur (offsets, confidences, rule names, labels) made once: rdflib's Literal() costs 5-20 µs.
@lru_cache(maxsize=16384, typed=True)
def _plain(value: str) -> Literal:
    return Literal(value)


def _one_line(value: str | None) -> str | None:
    """A fact's words read over a wrapped line ("military\ntechnology") on one line; the evidence's oa:exact keeps the
    article's own characters."""
    return re.sub(r"\s*\n\s*", " ", value) if value else value


@lru_cache(maxsize=16384, typed=True)
def _integer(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


@lru_cache(maxsize=1024, typed=True)
def _decimal(confidence: float) -> Literal:
    return Literal(Decimal(str(round(min(max(confidence, 0.0), 1.0), 3))), datatype=XSD.decimal)

EVENT_CLASSES = {
    "meeting": KG.Meeting, "visit": KG.Visit, "talks": KG.Talks, "summit": KG.Summit,
    "call": KG.Call, "arrest": KG.Arrest, "threat": KG.ThreatMade,
}
ORG_CLASSES = {
    "government": KG.GovernmentBody, "agency": KG.GovernmentBody, "ministry": KG.GovernmentBody,
    "nonstate": KG.NonStateGroup, "media": KG.MediaOrganization,
    "international": KG.InternationalOrganization, "other": KG.Organization,
}
SOFTWARE = ID[f"software/kg-{kg.__version__}"]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def graph_iri(doc_id: str) -> URIRef:
    return GRAPH[doc_id]


def inferred_graph_iri(doc_id: str) -> URIRef:
    return GRAPH[f"{doc_id}/inferred"]


def document_iri(doc_id: str) -> URIRef:
    return ID[f"doc/{doc_id}"]


def person_iri(key: str) -> URIRef:
    return ID[f"person/{slug(key)}"]


def org_iri(key: str) -> URIRef:
    return ID[f"org/{slug(key)}"]


def country_iri(code: str) -> URIRef:
    return ID[f"country/{code.upper()}"]


@lru_cache(maxsize=512)
def country_names(code: str) -> tuple[str, str]:
    """(common name, alpha-3) of an ISO alpha-2 code, from pycountry."""
    import pycountry

    entry = pycountry.countries.get(alpha_2=code.upper())
    if entry is None:  # a state outside ISO 3166 ("XK", Kosovo): the label the reference table gives it
        from kg.extract.reference import countries

        return countries().display.get(code.upper(), code.upper()), ""
    return getattr(entry, "common_name", None) or entry.name, entry.alpha_3


def _aliases(name: str, aliases: list[str]) -> list[str]:
    """Other names, without the name itself in another case ("Ministry Of External Affairs")."""
    seen = {name.casefold()}
    out = []
    for alias in sorted(set(aliases)):
        if alias.casefold() not in seen:
            seen.add(alias.casefold())
            out.append(alias)
    return out


class _Builder:
    """Accumulates one document's triples; one instance per document."""

    def __init__(self, document: Document, extraction: Extraction, *, ingested_at: dt.datetime) -> None:
        self.doc = document
        self.x = extraction
        self.at = ingested_at
        self.triples: dict[tuple, None] = {}  # an ordered set: rdflib's Graph costs ~10x more per triple
        self.doc_iri = document_iri(document.id)
        self._countries: set[str] = set()
        self._credited: dict[URIRef, tuple[Literal, Literal]] = {}  # fact -> (rule, confidence) written

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal | None) -> None:
        if o is not None:
            self.triples[(s, p, o)] = None

    def text(self, s: URIRef, p: URIRef, value: str | None) -> None:
        if value:
            self.triples[(s, p, _plain(value))] = None

    # -- provenance ----------------------------------------------------------------------------------------
    def provenance(self) -> None:
        d, g = self.doc, self.doc_iri
        graph, activity = graph_iri(d.id), ID[f"ingest/{d.id}"]
        self.add(g, RDF.type, KG.Document)
        self.text(g, DCTERMS.identifier, d.id)
        self.text(g, DCTERMS.title, d.title)
        self.text(g, DCTERMS.publisher, d.publisher)
        self.text(g, DCTERMS.creator, d.author)
        if d.url:
            self.add(g, SCHEMA.url, Literal(d.url, datatype=XSD.anyURI))
        if d.published:
            self.add(g, DCTERMS.issued, Literal(d.published.isoformat(), datatype=XSD.date))
        self.text(g, KG.sha256, d.sha256)
        self.add(graph, RDF.type, KG.ArticleGraph)
        self.add(graph, PROV.wasDerivedFrom, g)
        self.add(graph, PROV.wasGeneratedBy, activity)
        self.add(activity, RDF.type, PROV.Activity)
        self.add(activity, PROV.used, g)
        self.add(activity, PROV.wasAssociatedWith, SOFTWARE)
        self.add(activity, PROV.endedAtTime, Literal(self.at.isoformat(), datatype=XSD.dateTime))
        self.text(activity, KG.extractor, self.x.extractor)
        self.add(SOFTWARE, RDF.type, PROV.SoftwareAgent)
        self.text(SOFTWARE, RDFS.label, f"kg {kg.__version__}")
        if d.retrieval:
            self.retrieval(activity)

    def retrieval(self, ingest: URIRef) -> None:
        """A page from the web: the fetch is an activity that generated the document (PROV-O), described as
        an HTTP request and response (W3C HTTP-in-RDF); schema:url on the document stays the canonical URL."""
        r, doc = self.doc.retrieval, self.doc_iri
        assert r is not None
        fetch, response = ID[f"fetch/{self.doc.id}"], ID[f"fetch/{self.doc.id}/response"]
        self.add(fetch, RDF.type, PROV.Activity)
        self.add(fetch, RDF.type, HTTP.Request)
        self.add(fetch, PROV.generated, doc)
        self.add(fetch, PROV.wasAssociatedWith, SOFTWARE)
        self.add(fetch, PROV.endedAtTime, Literal(r.fetched_at.isoformat(), datatype=XSD.dateTime))
        self.add(fetch, HTTP.methodName, Literal("GET"))
        self.add(fetch, HTTP.absoluteURI, Literal(r.url, datatype=XSD.anyURI))
        self.add(fetch, HTTP.resp, response)
        self.add(response, RDF.type, HTTP.Response)
        self.add(response, HTTP.statusCodeValue, Literal(r.status))
        self.add(response, SCHEMA.url, Literal(r.final_url, datatype=XSD.anyURI))  # after redirects
        self.add(ingest, PROV.wasInformedBy, fetch)

    def support(self, fact: URIRef, support: Support) -> None:
        for span in support.evidence:
            sentence = ID[f"sentence/{self.doc.id}/{span.start}-{span.end}"]
            self.add(fact, KG.evidence, sentence)
            if (sentence, RDF.type, KG.Sentence) in self.triples:
                continue
            position, quote = URIRef(f"{sentence}/position"), URIRef(f"{sentence}/quote")
            self.add(sentence, RDF.type, KG.Sentence)
            self.add(sentence, OA.hasSource, self.doc_iri)
            self.add(sentence, OA.hasSelector, position)
            self.add(sentence, OA.hasSelector, quote)
            self.add(position, RDF.type, OA.TextPositionSelector)
            self.add(position, OA.start, _integer(span.start))
            self.add(position, OA.end, _integer(span.end))
            self.add(quote, RDF.type, OA.TextQuoteSelector)
            self.text(quote, OA.exact, span.text)
        confidence = _decimal(support.confidence)
        rule = _plain(support.rule)
        # A shared node (a post two sentences name) is supported more than once: it keeps its evidence from
        # all, and the rule and confidence of its surest support, since the contract allows one of each.
        if (before := self._credited.get(fact)) is not None:
            if before[1].toPython() >= confidence.toPython():
                return
            del self.triples[(fact, KG.rule, before[0])], self.triples[(fact, KG.confidence, before[1])]
        self._credited[fact] = (rule, confidence)
        self.add(fact, KG.rule, rule)
        self.add(fact, KG.confidence, confidence)

    # -- entities ------------------------------------------------------------------------------------------
    def country(self, code: str | None) -> URIRef | None:
        if not code:
            return None
        iri = country_iri(code)
        if code not in self._countries:
            self._countries.add(code)
            name, alpha3 = country_names(code)
            self.add(iri, RDF.type, KG.Country)
            self.text(iri, RDFS.label, name)
            self.text(iri, KG.alpha2, code.upper())
            self.text(iri, KG.alpha3, alpha3)
        return iri

    def person(self, p: Person) -> None:
        iri = person_iri(p.key)
        self.add(iri, RDF.type, KG.Person)
        self.text(iri, RDFS.label, p.name)
        for alias in _aliases(p.name, p.aliases):
            self.text(iri, SKOS.altLabel, alias)
        self.add(iri, KG.nationality, self.country(p.country))
        self.support(iri, p.support)
        for role in p.roles:
            scope = role.country.lower() if role.country else (slug(role.organization) if role.organization else slug(p.key))
            post, title = ID[f"post/{scope}/{slug(role.key)}"], ID[f"title/{slug(role.key)}"]
            self.add(iri, ORG.holds, post)
            self.add(post, RDF.type, KG.Post)
            self.add(post, ORG.heldBy, iri)
            self.add(post, ORG.role, title)
            self.text(post, RDFS.label, role.title)
            self.text(post, KG.wording, role.wording)
            self.add(post, KG.country, self.country(role.country))
            if role.organization:
                self.add(post, ORG.postIn, org_iri(role.organization))
            self.add(title, RDF.type, KG.Title)
            self.text(title, SKOS.prefLabel, role.title)
            self.text(title, RDFS.label, role.title)
            self.support(post, role.support)

    def organization(self, o: Organization) -> None:
        iri = org_iri(o.key)
        self.add(iri, RDF.type, ORG_CLASSES.get(o.kind, KG.Organization))
        self.text(iri, RDFS.label, o.name)
        for alias in _aliases(o.name, o.aliases):
            self.text(iri, SKOS.altLabel, alias)
        self.add(iri, KG.country, self.country(o.country))
        self.support(iri, o.support)

    def agent(self, key: str) -> URIRef:
        """A participant key: a person unless the extraction names an organisation or a country by it."""
        if any(o.key == key for o in self.x.organizations):
            return org_iri(key)
        if len(key) == 2 and key.isupper():
            return self.country(key)  # type: ignore[return-value]
        return person_iri(key)

    def speaker(self, s: Speaker) -> URIRef:
        if s.kind == "person":
            return person_iri(s.key)
        if s.kind == "organization":
            if not any(o.key == s.key for o in self.x.organizations):
                self.text(org_iri(s.key), RDFS.label, s.label)
                self.add(org_iri(s.key), RDF.type, KG.Organization)
            return org_iri(s.key)
        iri = ID[f"source/{self.doc.id}/{slug(s.key or s.label)}"]
        self.add(iri, RDF.type, KG.UnnamedSource)
        self.text(iri, RDFS.label, s.label)
        for alias in s.aliases:
            if alias != s.label:
                self.text(iri, SKOS.altLabel, alias)
        return iri

    # -- facts ---------------------------------------------------------------------------------------------
    def event(self, index: int, e: Event) -> URIRef:
        iri = ID[f"event/{self.doc.id}/{index}"]
        self.add(iri, RDF.type, EVENT_CLASSES[e.kind])
        names = [self._name_of(k) for k in e.participants]
        when = f" ({e.date.isoformat()})" if e.date else ""
        self.text(iri, RDFS.label, f"{e.kind.capitalize()}: {', '.join(names) or 'unnamed parties'}{when}")
        for key in e.participants:
            self.add(iri, KG.participant, self.agent(key))
        if e.date:
            self.add(iri, SCHEMA.startDate, Literal(e.date.isoformat(), datatype=XSD.date))
        if e.end_date:
            self.add(iri, SCHEMA.endDate, Literal(e.end_date.isoformat(), datatype=XSD.date))
        self.text(iri, KG.dateText, e.date_text)
        if e.place:
            place = ID[f"place/{slug(e.place.key)}"]
            self.add(iri, SCHEMA.location, place)
            self.add(place, RDF.type, KG.Place)
            self.text(place, RDFS.label, e.place.name)
            self.add(place, KG.country, self.country(e.place.country))
        for code in e.countries:
            self.add(iri, KG.country, self.country(code))
        self.add(iri, KG.modality, MODALITY[e.modality])
        self.support(iri, e.support)
        return iri

    def _name_of(self, key: str) -> str:
        for p in self.x.persons:
            if p.key == key:
                return p.name
        for o in self.x.organizations:
            if o.key == key:
                return o.name
        return key

    def agreement(self, index: int, a: Agreement, events: list[URIRef]) -> None:
        iri = ID[f"agreement/{self.doc.id}/{index}"]
        self.add(iri, RDF.type, KG.Agreement)
        self.text(iri, DCTERMS.description, _one_line(a.description))
        self.text(iri, RDFS.label, _one_line(a.description))
        self.add(iri, KG.status, STATUS[a.status])
        for code in a.parties:
            self.add(iri, KG.party, self.country(code))
        for topic in a.topics:
            self.add(iri, KG.threat, THREAT[topic])
        if a.date:
            self.add(iri, DCTERMS.date, Literal(a.date.isoformat(), datatype=XSD.date))
        if a.event_index is not None and 0 <= a.event_index < len(events):
            self.add(iri, KG.reachedAt, events[a.event_index])
        self.support(iri, a.support)

    def threat(self, index: int, t: Threat) -> None:
        iri = ID[f"threat-mention/{self.doc.id}/{index}"]
        self.add(iri, RDF.type, KG.ThreatMention)
        self.add(iri, KG.threat, THREAT[t.concept])
        self.text(iri, KG.wording, _one_line(t.wording))
        self.text(iri, RDFS.label, _one_line(t.wording))
        self.support(iri, t.support)

    def statement(self, index: int, s: Statement) -> None:
        iri = ID[f"statement/{self.doc.id}/{index}"]
        self.add(iri, RDF.type, KG.Statement)
        self.add(iri, KG.speaker, self.speaker(s.speaker))
        self.text(iri, SCHEMA.text, _one_line(s.text))
        self.add(iri, KG.modality, MODALITY[s.modality])
        self.add(iri, KG.quoted, Literal(s.quoted))
        if s.via:
            self.add(iri, KG.via, org_iri(s.via))
            if not any(o.key == s.via for o in self.x.organizations):
                self.add(org_iri(s.via), RDF.type, KG.MediaOrganization)
                self.text(org_iri(s.via), RDFS.label, s.via)
        self.support(iri, s.support)

    def run(self) -> list[tuple]:
        self.provenance()
        for code in self.x.countries:
            self.country(code)
        for p in self.x.persons:
            self.person(p)
        for o in self.x.organizations:
            self.organization(o)
        events = [self.event(i, e) for i, e in enumerate(self.x.events)]
        for i, a in enumerate(self.x.agreements):
            self.agreement(i, a, events)
        for i, t in enumerate(self.x.threats):
            self.threat(i, t)
        for i, s in enumerate(self.x.statements):
            self.statement(i, s)
        return list(self.triples)


def build_triples(document: Document, extraction: Extraction, *, ingested_at: dt.datetime) -> list[tuple]:
    """The triples (rdflib terms, no duplicates) of one document's named graph: what ingest writes."""
    return _Builder(document, extraction, ingested_at=ingested_at).run()


def build_graph(document: Document, extraction: Extraction, *, ingested_at: dt.datetime) -> Graph:
    """The same triples as an rdflib Graph with the project's prefixes (for tests, notebooks, rdflib tools)."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for t in build_triples(document, extraction, ingested_at=ingested_at):
        g.add(t)
    return g
