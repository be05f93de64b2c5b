"""The summary queries (kg/web/queries/entity_*.rq, document_*.rq) and their grouping (kg.web.entity): case tables
for the pure grouping functions, and the queries on a real store built from the seed articles, checked against
what the store itself says through independent patterns (never against facts written here)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import Store
from kg.web import entity
from seeds_server import build_seed_store

KG = entity.KG
DOVAL = "https://w3id.org/kg/id/person/ajit-doval"


# -- grouping, as case tables ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("rows", "expected"), [
    # the query's sentinels for "no dated article" are dropped; the most recently reported post comes first
    ([{"post": "p", "label": "NSA", "first": "2025-09-20", "last": "2026-02-08", "reports": "2"},
      {"post": "q", "label": "Adviser", "first": "9999-12-31", "last": "0001-01-01", "reports": "1"},
      {"post": "r", "first": "2026-03-01", "last": "2026-03-01", "reports": "1"}],
     [("r", 1, "2026-03-01", "2026-03-01"), ("p", 2, "2025-09-20", "2026-02-08"), ("q", 1, "", "")]),
])
def test_group_posts(rows, expected) -> None:
    assert [(i.iri, i.reports, i.first, i.last) for i in entity.group_posts(rows)] == expected


@pytest.mark.parametrize(("rows", "expected"), [
    # newest first; an own date beats the first-report date; the most specific kind wins; counterparts once
    ([{"event": "a", "kind": KG + "Event", "reportedOn": "2026-01-01", "other": "x"},
      {"event": "a", "kind": KG + "Meeting", "date": "2025-09-18", "other": "x"},
      {"event": "b", "kind": KG + "Talks", "reportedOn": "2026-02-08", "other": "y"},
      {"event": "b", "kind": KG + "Talks", "reportedOn": "2026-02-08", "other": "z"}],
     [("b", "Talks", "2026-02-08", False, ["y", "z"]), ("a", "Meeting", "2025-09-18", True, ["x"])]),
    ([{"event": "c", "kind": KG + "Call"}], [("c", "Call", "", False, [])]),
])
def test_group_events(rows, expected) -> None:
    got = entity.group_events(rows)
    assert [(i.iri, i.kind, i.date, i.dated, i.others) for i in got] == expected


@pytest.mark.parametrize(("rows", "expected"), [
    # the same words in two copies (one report) and in another outlet: one statement, two reports
    ([{"statement": "s1", "text": "We agreed.", "report": "r1", "issued": "2026-02-08"},
      {"statement": "s2", "text": "we  agreed.", "report": "r1", "issued": "2026-02-09"},
      {"statement": "s3", "text": "We agreed.", "report": "r2"},
      {"statement": "s4", "text": "Something else", "report": "r2"}],
     [("We agreed.", 2, "2026-02-08"), ("Something else", 1, "")]),
])
def test_group_statements(rows, expected) -> None:
    assert [(i.label, i.reports, i.date) for i in entity.group_statements(rows)] == expected


def test_group_threats_most_reported_first_with_every_wording() -> None:
    rows = [{"threat": "t1", "wording": "drug money", "report": "r1"},
            {"threat": "t2", "wording": "extremism", "report": "r1"},
            {"threat": "t2", "wording": "extremists", "report": "r2"}]
    got = entity.group_threats(rows)
    assert [(i.iri, i.reports, i.words) for i in got] == [("t2", 2, ["extremism", "extremists"]), ("t1", 1, ["drug money"])]


def _lit(v: int) -> ox.Literal:
    return ox.Literal(str(v), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))


def test_fold_properties_marks_inferred_once_and_folds_super_properties() -> None:
    n = ox.NamedNode
    country = n("https://w3id.org/kg/id/country/IN")
    rows = [
        {"p": n(KG + "nationality"), "o": country, "graphs": _lit(3), "inferred": _lit(0)},
        {"p": n("https://schema.org/nationality"), "o": country, "graphs": _lit(3), "inferred": _lit(3)},
        {"p": n(entity.RDF_TYPE), "o": n(KG + "Person"), "graphs": _lit(3), "inferred": _lit(0)},
        {"p": n(entity.RDF_TYPE), "o": n("https://schema.org/Person"), "graphs": _lit(3), "inferred": _lit(3)},
    ]
    out = entity.fold_properties(rows)
    assert [(r["p"].value.rsplit("/", 1)[-1], r["inferred"]) for r in out] == [
        ("ontology#nationality", False), ("22-rdf-syntax-ns#type", False), ("22-rdf-syntax-ns#type", True)]
    assert [a.value for a in out[0]["also"]] == ["https://schema.org/nationality"]


@pytest.mark.parametrize(("value", "shown"), [("2026-02-07", "7 February 2026"), ("2025-09-18", "18 September 2025"),
                                               ("", ""), ("sometime", "sometime")])
def test_human_date(value, shown) -> None:
    assert entity.human_date(value) == shown


# -- the queries on the seeds ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Store:
    path = build_seed_store(tmp_path_factory.mktemp("entity") / "store")
    store = Store(path, read_only=True)
    yield store
    store.close()


def _values(store: Store, sparql: str) -> list[tuple[str, ...]]:
    result = store.query(sparql)
    return [tuple(row[v.value].value if row[v.value] is not None else "" for v in result.variables) for row in result]


def test_person_summary_groups_meetings_by_canonical_event(seeds: Store) -> None:
    s = entity.summarize(seeds, DOVAL, [KG + "Person"])
    events = next(sec for sec in s.sections if sec.key == "events").items
    expected = _values(seeds, f"""PREFIX kg: <{KG}> PREFIX schema: <https://schema.org/>
        SELECT ?c ?reports (SAMPLE(?d) AS ?date) WHERE {{ GRAPH ?cg {{ ?c kg:participant <{DOVAL}> ; kg:reportCount ?reports
        OPTIONAL {{ ?c schema:startDate ?d }} }} }} GROUP BY ?c ?reports""")
    assert expected, "the seeds name meetings Doval attended"
    assert sorted((i.iri, str(i.reports)) for i in events) == sorted((c, r) for c, r, _ in expected)
    dated = [i.date for i in events if i.dated]
    assert dated == sorted(dated, reverse=True) and dated[0] == max(d for _, _, d in expected if d)
    # counterparts are the canonical event's other participants, never the person
    for i in events:
        others = {o for (o,) in _values(seeds, f"PREFIX kg: <{KG}> SELECT ?o WHERE {{ GRAPH ?g {{ <{i.iri}> kg:participant ?o }} }}")}
        assert set(i.others) == others - {DOVAL}


def test_person_posts_count_reports_of_the_articles_stating_them(seeds: Store) -> None:
    s = entity.summarize(seeds, DOVAL, [KG + "Person"])
    posts = next(sec for sec in s.sections if sec.key == "posts").items
    expected = dict(_values(seeds, f"""PREFIX org: <http://www.w3.org/ns/org#> PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?post (COUNT(DISTINCT ?r) AS ?n) WHERE {{ GRAPH ?g {{ <{DOVAL}> org:holds ?post . ?g prov:wasDerivedFrom ?d }}
        GRAPH ?rg {{ ?d prov:specializationOf ?r }} }} GROUP BY ?post"""))
    assert {i.iri: str(i.reports) for i in posts} == expected


def test_document_summary_lists_every_fact_with_evidence(seeds: Store) -> None:
    docs = [d for (d,) in _values(seeds, f"PREFIX kg: <{KG}> SELECT DISTINCT ?d WHERE {{ GRAPH ?g {{ ?d a kg:Document }} }}")]
    for doc in docs:
        s = entity.summarize(seeds, doc, [KG + "Document"])
        listed = {i.iri for facts in s.document.facts.values() for i in facts}
        backed = {f for (f,) in _values(seeds, f"""PREFIX kg: <{KG}> PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT DISTINCT ?f WHERE {{ GRAPH ?g {{ ?g prov:wasDerivedFrom <{doc}> . ?f kg:evidence ?s ; a ?t }}
            FILTER(STRSTARTS(STR(?t), "{KG}") && ?t NOT IN (kg:Sentence, kg:Title)) }}""")}
        assert listed == backed
        title = _values(seeds, f"PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?t WHERE {{ GRAPH ?g {{ <{doc}> dcterms:title ?t }} }}")
        assert s.document.title == (title[0][0] if title else "")


def test_event_record_is_the_canonical_ones(seeds: Store) -> None:
    pairs = _values(seeds, """PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX kg: <https://w3id.org/kg/ontology#>
        SELECT ?m ?c WHERE { GRAPH ?g { ?m prov:specializationOf ?c } GRAPH ?cg { ?c a kg:Meeting } } LIMIT 5""")
    assert pairs
    for mention, canonical in pairs:
        rec = entity.summarize(seeds, mention, [KG + "Meeting"]).record
        assert rec.canonical == canonical
        assert rec.members   # participants come from the canonical graph
        docs = {d for (d,) in _values(seeds, f"SELECT ?d WHERE {{ GRAPH ?g {{ <{canonical}> <http://purl.org/dc/terms/source> ?d }} }}")}
        assert set(rec.documents) == docs == {r["doc"] for r in rec.reports_read}


def test_country_events_are_events_only(seeds: Store) -> None:
    """Regression: a country is the kg:country of posts and bodies too; its events section lists events only."""
    country = "https://w3id.org/kg/id/country/IN"
    s = entity.summarize(seeds, country, [KG + "Country"])
    events = next(sec for sec in s.sections if sec.key == "events").items
    canonical = {c for (c,) in _values(seeds, f"""PREFIX kg: <{KG}> SELECT DISTINCT ?c WHERE {{
        GRAPH ?g {{ ?c kg:participant|kg:country <{country}> ; kg:sourceCount ?n ; a kg:Event }} }}""")}
    canonical |= {c for (c,) in _values(seeds, f"""PREFIX kg: <{KG}> SELECT DISTINCT ?c WHERE {{
        GRAPH ?g {{ ?c kg:participant|kg:country <{country}> ; kg:sourceCount ?n ; a ?k }}
        FILTER(?k IN (kg:Meeting, kg:Visit, kg:Talks, kg:Summit, kg:Call, kg:Arrest, kg:ThreatMade)) }}""")}
    assert canonical and {i.iri for i in events} == canonical


def test_threats_spoken_of_are_those_in_the_persons_statements(seeds: Store) -> None:
    speakers = [s for (s,) in _values(seeds, f"PREFIX kg: <{KG}> SELECT DISTINCT ?p WHERE {{ GRAPH ?g {{ ?st kg:speaker ?p . ?p a kg:Person }} }}")]
    assert speakers
    for person in speakers:
        s = entity.summarize(seeds, person, [KG + "Person"])
        got = {i.iri for i in next(sec for sec in s.sections if sec.key == "threats").items}
        expected = {t for (t,) in _values(seeds, f"""PREFIX kg: <{KG}> SELECT DISTINCT ?t WHERE {{ GRAPH ?g {{
            ?st kg:speaker <{person}> ; kg:evidence ?sen . ?m kg:evidence ?sen ; kg:threat ?t }} }}""")}
        assert got == expected
