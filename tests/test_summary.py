"""Entity summaries (kg/summary.py): what ingest and removal keep equals a rebuild from scratch and equals what
whole-store queries over the article graphs answer; the analyst questions read from them give the answers the
whole-store questions gave."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import summary
from kg.catalog import remove
from kg.pipeline import ingest
from kg.store import Store

REPO = Path(__file__).resolve().parent.parent
CORPORA = [REPO / "data" / "articles", REPO.parent / "shared" / "corpus"]
QUERIES = REPO / "bench" / "queries"

# The references: the same facts read from the article and identity graphs by whole-store queries.
EVENTS = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?person ?event ?date WHERE {
  { GRAPH ?g { ?event kg:participant ?person } FILTER(STRSTARTS(STR(?g), "https://w3id.org/kg/identity/event/")) }
  UNION
  { GRAPH ?g { ?event kg:participant ?person } FILTER(STRSTARTS(STR(?g), "https://w3id.org/kg/graph/"))
    FILTER NOT EXISTS { GRAPH ?cg { ?event prov:specializationOf ?c } } }
  OPTIONAL { GRAPH ?g { ?event schema:startDate ?date } }
}"""
POSTS = """PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?person ?post (COUNT(DISTINCT ?g) AS ?n) WHERE {
  GRAPH ?g { ?person org:holds ?post } FILTER(STRSTARTS(STR(?g), "https://w3id.org/kg/graph/")) }
GROUP BY ?person ?post"""
LINKS = """PREFIX kg: <https://w3id.org/kg/ontology#>
SELECT ?country ?neighbour ?link (COUNT(DISTINCT ?g) AS ?n) WHERE {
  { GRAPH ?g { ?agreement kg:party ?country , ?neighbour } FILTER(?neighbour != ?country) BIND("agreement" AS ?link) }
  UNION { GRAPH ?g { ?neighbour kg:nationality ?country } BIND("national" AS ?link) }
  FILTER(STRSTARTS(STR(?g), "https://w3id.org/kg/graph/"))
} GROUP BY ?country ?neighbour ?link"""
SUMMARY_EVENTS = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?person ?event ?date WHERE {
  GRAPH ?sg { ?sg schema:about ?person . ?event kg:describedIn ?g OPTIONAL { ?event schema:startDate ?date } }
  FILTER(STRSTARTS(STR(?sg), "https://w3id.org/kg/summary/person/")) }"""
SUMMARY_POSTS = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?person ?post ?n WHERE { GRAPH ?sg { ?sg schema:about ?person . ?post kg:articleCount ?n }
  FILTER(STRSTARTS(STR(?sg), "https://w3id.org/kg/summary/person/")) }"""
SUMMARY_LINKS = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?country ?neighbour ?link ?n WHERE {
  GRAPH ?sg { ?sg schema:about ?country . ?row kg:linkedTo ?neighbour ; kg:linkKind ?link ; kg:articleCount ?n } }"""


def _rows(store: Store, sparql: str) -> set[tuple]:
    result = store.query(sparql)
    names = [v.value for v in result.variables]
    return {tuple(None if r[v] is None else str(r[v].value) for v in names) for r in result}


def _summaries(store: Store) -> dict[str, set[str]]:
    return {g: {str(q) for q in store.quads(g)} for g in store.graphs() if g.startswith(summary.SUMMARY)}


def assert_current(store: Store) -> None:
    """The summaries agree with the whole-store references, and with a rebuild from scratch."""
    assert _rows(store, SUMMARY_EVENTS) == _rows(store, EVENTS)
    assert _rows(store, SUMMARY_POSTS) == _rows(store, POSTS)
    assert _rows(store, SUMMARY_LINKS) == _rows(store, LINKS)
    kept = _summaries(store)
    fresh = Store(None)
    fresh.bulk_load(store.dump(ox.RdfFormat.N_QUADS))
    for g in [g for g in fresh.graphs() if g.startswith(summary.SUMMARY)]:
        fresh.drop_graph(g)
    summary.rebuild(fresh)
    assert kept == _summaries(fresh)


def _articles() -> list[Path]:
    files = [p for d in CORPORA if d.is_dir() for p in sorted(d.glob("*.txt"))]
    if len(files) < 4:
        pytest.skip("the seed articles and ../shared/corpus are needed")
    return files


@pytest.fixture(scope="module")
def ingested() -> tuple[Store, list[Path]]:
    files = _articles()
    store = Store(None)
    ingest(files, store=store)
    return store, files


def test_ingest_keeps_summaries_equal_to_the_articles(ingested):
    store, _ = ingested
    graphs = _summaries(store)
    kinds = {g[len(summary.SUMMARY):].split("/")[0] for g in graphs}
    assert {"person", "country", "pair"} <= kinds, kinds
    assert_current(store)


def test_removal_and_reingest_keep_summaries_current(tmp_path):
    files = _articles()
    store = Store(None)
    ingest(files, store=store)
    # drop a person from one article by re-ingesting an edited copy under the same id: their rows must go
    gone = files[-1]
    remove(store, [gone.stem])
    assert not any(gone.stem in q for quads in _summaries(store).values() for q in quads)
    assert_current(store)
    edited = tmp_path / files[0].name
    text = files[0].read_text(encoding="utf-8")
    edited.write_text(text[: len(text) // 3], encoding="utf-8")  # the same article, cut short
    before = _summaries(store)
    ingest([edited], store=store)
    assert _summaries(store) != before
    assert_current(store)
    ingest([files[0], gone], store=store)  # and back as it was
    assert_current(store)


def test_an_entity_with_nothing_left_has_no_summary(tmp_path):
    files = _articles()
    store = Store(None)
    ingest(files[:2], store=store)
    assert _summaries(store)
    remove(store, [f.stem for f in files[:2]])
    assert _summaries(store) == {}


# -- the analyst questions: read from the summaries, the same answers as read from every mention --------------
OLD = {  # the whole-store forms of bench/queries before the summaries (no page limit: every row compared)
    "person_posts": """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?post (SAMPLE(STR(?title)) AS ?role) (COUNT(?g) AS ?articles) WHERE {
  { SELECT DISTINCT ?post ?g WHERE { GRAPH ?g { ?person org:holds ?post } } }
  OPTIONAL { GRAPH ?g { ?post rdfs:label ?title } } } GROUP BY ?post""",
    "country_network": """PREFIX kg: <https://w3id.org/kg/ontology#>
SELECT ?neighbour ?link (COUNT(DISTINCT ?g) AS ?articles) WHERE {
  { GRAPH ?g { ?agreement kg:party ?country . ?agreement kg:party ?neighbour . } FILTER(?neighbour != ?country)
    BIND("agreement" AS ?link) }
  UNION { GRAPH ?g { ?neighbour kg:nationality ?country . } BIND("national" AS ?link) }
} GROUP BY ?neighbour ?link""",
    "pair_agreements": """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?agreement ?when ?description ?status ?document WHERE {
  GRAPH ?g { ?agreement kg:party ?a . ?agreement kg:party ?b . ?g prov:wasDerivedFrom ?document .
    ?document dcterms:issued ?issued . OPTIONAL { ?agreement dcterms:date ?date } }
  BIND(COALESCE(?date, ?issued) AS ?when) FILTER(?when >= ?from && ?when < ?to)
  GRAPH ?g { ?agreement dcterms:description ?d ; kg:status ?st }
  BIND(STR(?d) AS ?description) BIND(STRAFTER(STR(?st), "/status/") AS ?status) }""",
    "person_meetings": """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?event ?date WHERE { GRAPH ?g { ?event kg:participant ?person ; schema:startDate ?date } }""",
}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Store:
    """A generated store (bench/gen_graph.py, ~30k quads) with its summaries built by ``kg summarize``."""
    folder = tmp_path_factory.mktemp("synthetic")
    nq = folder / "graph.nq"
    subprocess.run([sys.executable, str(REPO / "bench" / "gen_graph.py"), "--quads", "30000", "--persons", "300",
                    "--out", str(nq)], check=True, capture_output=True)
    with Store(folder / "store") as store:
        store.bulk_load(nq)
    done = subprocess.run([str(Path(sys.executable).parent / "kg"), "summarize", "--store", str(folder / "store")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "summary graph(s) rebuilt" in done.stderr
    return Store(folder / "store", read_only=True)


def _bind(sparql: str, values: dict[str, ox.NamedNode | ox.Literal]) -> str:
    import re

    for name, term in values.items():
        sparql = re.sub(rf"[?$]{name}\b", lambda _: str(term), sparql)
    return sparql


def _answer(store: Store, sparql: str, values: dict, names: list[str]) -> list[tuple]:
    return sorted(tuple(str(r[n].value) if r[n] is not None else None for n in names)
                  for r in store.query(_bind(sparql, values)))


def test_synthetic_store_summaries_are_current(synthetic):
    assert_current(synthetic)


def test_questions_answer_as_the_whole_store_queries_did(synthetic):
    persons = [r["p"] for r in synthetic.query(
        "SELECT DISTINCT ?p WHERE { GRAPH ?g { ?e <https://w3id.org/kg/ontology#participant> ?p } }")]
    countries = [r["c"] for r in synthetic.query(
        "SELECT DISTINCT ?c WHERE { GRAPH ?g { ?x <https://w3id.org/kg/ontology#nationality> ?c } }")]
    assert len(persons) > 50 and len(countries) > 10
    new = {p.stem: p.read_text(encoding="utf-8") for p in QUERIES.glob("*.rq")}
    for person in persons:
        v = {"person": person}
        assert _answer(synthetic, new["person_posts"], v, ["post", "role", "articles"]) == \
            _answer(synthetic, OLD["person_posts"], v, ["post", "role", "articles"])
        old = _answer(synthetic, OLD["person_meetings"], v, ["event", "date"])
        page = _answer(synthetic, new["person_meetings"], v, ["event", "date"])
        latest = sorted((d for _, d in old), reverse=True)[:20]
        assert sorted({d for _, d in page}, reverse=True) == sorted(set(latest), reverse=True)
        assert len(set(page)) == min(20, len(old))
        assert set(page) <= set(old)
    xsd_date = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
    for country in countries:
        full = _answer(synthetic, OLD["country_network"], {"country": country}, ["neighbour", "link", "articles"])
        top = _answer(synthetic, new["country_network"], {"country": country}, ["neighbour", "link", "articles"])
        heaviest = sorted(full, key=lambda r: (-int(r[2]), r[0]))[:50]
        assert top == sorted(heaviest)
        for other in countries:
            if other == country:
                continue
            v = {"a": country, "b": other, "from": ox.Literal("2025-01-01", datatype=xsd_date),
                 "to": ox.Literal("2026-01-01", datatype=xsd_date)}
            names = ["agreement", "when", "description", "status", "document"]
            full = _answer(synthetic, OLD["pair_agreements"], v, names)
            page = _answer(synthetic, new["pair_agreements"], v, names)
            assert len(page) == min(50, len(full)) and set(page) <= set(full)
            assert sorted(r[1] for r in page)[::-1][:1] == sorted(r[1] for r in full)[::-1][:1]


def _top(items: list, n: int) -> list:
    """The newest n items with ties broken by IRI (the summary's choice; the page's own order leaves ties as found)."""
    return sorted(items, key=lambda i: (i.date or i.last or "", i.label, i.iri), reverse=True)[:n]


def _said(items: list) -> list[tuple]:
    """Statements as the page shows them, whichever statement of a wording stands for it."""
    return sorted((i.label, i.date, i.reports, tuple(sorted(i.words))) for i in items)


def test_person_page_reads_the_same_sections_from_the_summary(ingested):
    """kg/web/entity.py + kg/summary_page.py: every section of a person's page read from its summary — posts, the
    newest events and agreements, statements, threats, the property table and the count of incoming links — is
    what the queries over every article give."""
    from kg.web import entity

    store, _ = ingested
    persons = {r["p"].value for r in store.query(
        "SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p a <https://w3id.org/kg/ontology#Person> } }")}
    assert len(persons) > 10
    met = said = 0
    for person in sorted(persons):
        q = lambda name, **kw: entity.run(store, name, person, **kw)  # noqa: E731
        if not q("entity_has_summary"):  # no event, no post: the page's article queries find none either
            assert not q("entity_posts") and not q("entity_events"), person
            continue
        page = entity._summarized_person(entity.Summary(kind="person"), q)
        sections = {s.key: s for s in page.sections}
        assert sections["posts"].items == entity.group_posts(q("entity_posts"))[:entity.SHOWN], person
        for key, live in (("events", entity.group_events(q("entity_events"))),
                          ("agreements", entity.group_agreements(q("entity_agreements")))):
            assert _top(sections[key].items, entity.SHOWN) == _top(live, entity.SHOWN), (person, key)
            assert sections[key].total == len(live), (person, key)
        statements = entity.group_statements(q("entity_statements"))
        assert _said(sections["statements"].items) == _said(_top(statements, entity.SHOWN)), person
        assert sections["statements"].total == len(statements)
        threats = entity.group_threats(q("entity_threats"))
        for item in threats:
            item.words.sort()
        assert sections["threats"].items == threats[:entity.SHOWN], person
        key = lambda r: (r["p"].value, str(r["o"]))  # noqa: E731
        assert sorted(entity.fold_properties(q("entity_person_properties", terms=True)), key=key) == \
            sorted(entity.fold_properties(q("entity_properties", terms=True)), key=key), person
        assert page.counts.get("incoming", 0) == len(q("entity_incoming")), person
        met += bool(sections["events"].items)
        said += bool(statements)
    assert met > 5 and said > 2


def test_a_busy_persons_page_shows_its_newest_items_counts_and_links_to_the_rest(synthetic):
    """The generated store's busiest person has more events, agreements and links than a page shows: each cut
    section says how many there are in all and links to a SPARQL listing that returns them all."""
    from urllib.parse import parse_qs, urlparse

    from kg.config import Settings
    from kg.web import create_app, entity
    from kg.web.pages import LINKS_SHOWN, describe_html

    busiest = next(iter(synthetic.query("""SELECT ?p (COUNT(*) AS ?n) WHERE {
        GRAPH ?g { ?e <https://w3id.org/kg/ontology#participant> ?p } } GROUP BY ?p ORDER BY DESC(?n) LIMIT 1""")))["p"]
    app = create_app(Settings(store=synthetic.path))
    app.extensions["kg.store"] = synthetic
    with app.test_request_context("/"):
        d = describe_html(busiest.value)
    sections = {s.key: s for s in d.summary.sections}
    events = {r[1] for r in _rows(synthetic, EVENTS) if r[0] == busiest.value}

    def listed(link: str) -> int:
        return len(list(synthetic.query(parse_qs(urlparse(link).query)["query"][0])))

    assert sections["events"].total == len(events) > len(sections["events"].items) == entity.SHOWN
    assert listed(sections["events"].more) == len(events)
    assert sections["agreements"].total > entity.SHOWN and listed(sections["agreements"].more) >= entity.SHOWN
    assert d.incoming_total > LINKS_SHOWN >= len({(r["s"]["value"], r["p"]["value"]) for r in d.incoming})
    assert listed(d.incoming_more) == d.incoming_total
    page = app.test_client().get(busiest.value.replace("https://w3id.org/kg", ""), headers={"Accept": "text/html"})
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert f"newest {entity.SHOWN} of {len(events)}" in html and "(SPARQL)</a>" in html


def test_incremental_upkeep_over_chunks_equals_a_full_summarize(tmp_path, monkeypatch):
    """Generated articles ingested in chunks of 15 (country and pair summaries then grow from the fresh articles
    alone: kg.summary.refresh_ingest), then some removed, one re-ingested edited and the removed ones ingested
    again: after each step every summary equals a rebuild from scratch (``kg summarize``) and the whole-store
    references. The incremental path must have been taken, for countries and for pairs."""
    sys.path.insert(0, str(REPO / "bench"))
    from corpus_gen import write_corpus

    from kg import pipeline

    monkeypatch.setattr(pipeline, "CHUNK", 15)
    files = write_corpus(tmp_path / "corpus", 60)
    taken = {"country": 0, "pair": 0}
    link_counts, add_to_graphs = summary._link_counts, Store.add_to_graphs

    def counting_links(store, graph):  # noqa: ANN001, ANN202
        taken["country"] += 1
        return link_counts(store, graph)

    def counting_adds(self, graphs):  # noqa: ANN001, ANN202
        taken["pair"] += sum(1 for g in graphs if "/summary/pair/" in g)
        return add_to_graphs(self, graphs)

    monkeypatch.setattr(summary, "_link_counts", counting_links)
    monkeypatch.setattr(Store, "add_to_graphs", counting_adds)
    store = Store(None)
    ingest(files, store=store)
    assert taken["country"] > 10 and taken["pair"] > 10, taken
    assert_current(store)
    gone = [f.stem for f in files[:10]]
    remove(store, gone)
    assert_current(store)
    edited = tmp_path / files[20].name
    text = files[20].read_text(encoding="utf-8")
    edited.write_text(text[: len(text) // 2], encoding="utf-8")
    ingest([edited], store=store)
    assert_current(store)
    before = dict(taken)
    ingest(files[:10] + [files[20]], store=store)  # the removed ones are fresh again; the edited one is not
    assert taken["country"] > before["country"] and taken["pair"] > before["pair"], taken
    assert_current(store)


@pytest.fixture(scope="module")
def with_copies(tmp_path_factory) -> Store:
    """30 generated articles, then 15 of them again under new names: copies, whose report is another document."""
    sys.path.insert(0, str(REPO / "bench"))
    from corpus_gen import write_corpus

    folder = tmp_path_factory.mktemp("copies")
    files = write_corpus(folder / "corpus", 30)
    (folder / "again").mkdir()
    for f in files[:15]:
        shutil.copy(f, folder / "again" / f"copy-{f.name}")
    store = Store(None)
    ingest([folder / "corpus"], store=store)
    ingest([folder / "again"], store=store)
    return store


@pytest.mark.parametrize("which", ["ingested", "synthetic", "with_copies"])
def test_people_computed_together_equal_each_computed_alone(which, request):
    """``compute`` answers the lookups several people's summaries share once (summary._Memo): every person's
    summary from one ``compute`` of all of them equals ``person_lines`` on the bare store, one person at a time —
    on the real articles, on the generated store and on articles with copies. Fails if the memo answers one lookup for another (a key
    without its graph, say) or keeps an answer of the wrong kind."""
    store = request.getfixturevalue(which)
    store = store[0] if isinstance(store, tuple) else store
    people = sorted(e for e in summary.all_entities(store) if e[0] == "person")
    assert len(people) > 20
    together = summary.compute(store, people)
    if which == "with_copies":  # copies counted once: a post stated by more articles than reports
        counts = re.findall(r"articleCount> \"(\d+)\".*\n.*reportCount> \"(\d+)\"", "\n".join(together.values()))
        assert any(int(a) > int(r) for a, r in counts), counts[:5]
    for _, person in people:
        assert together[summary.summary_graph(person)] == "\n".join(summary.person_lines(store, person)), person
