"""Namespaces, and the ontology's terms as attributes that fail loudly when mistyped (kept in step with
ontology/kg.ttl by tests/test_vocab.py)."""

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace, URIRef

BASE = "https://w3id.org/kg/"
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
THREAT = Namespace(BASE + "threat/")
STATUS = Namespace(BASE + "status/")
MODALITY = Namespace(BASE + "modality/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
HTTP = Namespace("http://www.w3.org/2011/http#")  # W3C HTTP Vocabulary in RDF: how a page was fetched

ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")


class KG(DefinedNamespace):
    _NS = Namespace("https://w3id.org/kg/ontology#")
    _fail = True

    Actor: URIRef
    Agreement: URIRef
    AgreementStatus: URIRef
    Arrest: URIRef
    ArticleGraph: URIRef
    Call: URIRef
    Conflict: URIRef
    Country: URIRef
    Document: URIRef
    EntitySummary: URIRef
    Event: URIRef
    GovernmentBody: URIRef
    InternationalOrganization: URIRef
    Link: URIRef
    MediaOrganization: URIRef
    Meeting: URIRef
    Modality: URIRef
    NonStateGroup: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    Post: URIRef
    Report: URIRef
    Sentence: URIRef
    Statement: URIRef
    Summit: URIRef
    Talks: URIRef
    ThreatConcept: URIRef
    ThreatMade: URIRef
    ThreatMention: URIRef
    Title: URIRef
    UnnamedSource: URIRef
    Visit: URIRef
    alpha2: URIRef
    alpha3: URIRef
    articleCount: URIRef
    blockKey: URIRef
    confidence: URIRef
    country: URIRef
    dateText: URIRef
    describedIn: URIRef
    disputedProperty: URIRef
    evidence: URIRef
    extractor: URIRef
    graphCount: URIRef
    inferredCount: URIRef
    item: URIRef
    itemCount: URIRef
    lastReportedOn: URIRef
    linkKind: URIRef
    linkedTo: URIRef
    minhash: URIRef
    modality: URIRef
    nationality: URIRef
    outlet: URIRef
    pageGraph: URIRef
    pageRank: URIRef
    participant: URIRef
    party: URIRef
    quoted: URIRef
    reachedAt: URIRef
    reportCount: URIRef
    reportedOn: URIRef
    rule: URIRef
    sha256: URIRef
    side: URIRef
    sourceCount: URIRef
    speaker: URIRef
    status: URIRef
    textHash: URIRef
    threat: URIRef
    via: URIRef
    wording: URIRef


PREFIXES = {
    "kg": str(KG._NS), "kgid": str(ID), "kgt": str(THREAT), "kgs": str(STATUS), "kgm": str(MODALITY),
    "prov": str(PROV), "org": str(ORG), "schema": str(SCHEMA), "oa": str(OA), "http": str(HTTP), "skos": str(SKOS),
    "dcterms": str(DCTERMS), "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "xsd": str(XSD),
}
