"""Whole-store jobs: validate every article graph, and evaluate extraction against gold."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.store import Store
from kg.validate import Report, validate
from kg.vocab import GRAPH, ONTOLOGY_GRAPH


def article_graphs(store: Store) -> list[str]:
    """Named graphs holding one article each (not the ontology, not inferred graphs)."""
    return [g for g in store.graphs()
            if g.startswith(str(GRAPH)) and g != str(ONTOLOGY_GRAPH) and not g.endswith("/inferred")]


def validate_store(store: Store) -> Report:
    """Validate article by article: the cost per article stays constant whatever the store's size."""
    violations = []
    for iri in article_graphs(store):
        g = Graph()
        g.parse(data=store.dump(ox.RdfFormat.N_TRIPLES, graph=iri).decode("utf-8"), format="nt")
        report = validate(g)
        violations.extend(report.violations)
    return Report(not violations, tuple(violations))


def evaluate_corpus(corpus: Path, *, gold_dir: Path, extractor: str = "rules"):  # -> kg.evaluate.Report
    """Ingest each article with gold into a fresh in-memory store, answer the competency queries, score them."""
    from kg import evaluate
    from kg.config import QUERIES_DIR
    from kg.errors import SourceError
    from kg.extract import get_extractor
    from kg.pipeline import ingest

    articles = [p for p in sorted(corpus.glob("*.txt")) if evaluate.gold_path(p, gold_dir).exists()]
    if not articles:
        raise SourceError(f"{corpus}: no <slug>.txt with a <slug>.gold.json in {gold_dir}")
    chosen = get_extractor(extractor)
    scores = []
    for article in articles:
        store = Store(None)
        landed = ingest([article], store=store, extractor=chosen)
        predicted = evaluate.run_queries_for_eval(store, QUERIES_DIR)
        gold = evaluate.load_gold(evaluate.gold_path(article, gold_dir))
        score = evaluate.score_article(gold, predicted, article=article.stem)
        score.judge(evaluate.support_for_eval(store))
        score.set_aside = [reason for rejected in landed.rejected for reason in rejected.reasons]
        scores.append(score)
    return evaluate.aggregate(scores)


IDENTITY_MENTIONS = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?m ?c ?doc ?kind ?p ?description WHERE {
  GRAPH ?cg { ?m prov:specializationOf ?c . ?c a ?class }
  VALUES (?class ?kind) { (kg:Meeting "events") (kg:Visit "events") (kg:Talks "events") (kg:Summit "events")
                          (kg:Call "events") (kg:Arrest "events") (kg:Agreement "agreements") }
  GRAPH ?g { ?g prov:wasDerivedFrom ?doc . ?m a ?mentionClass .
             OPTIONAL { ?m kg:participant ?p } OPTIONAL { ?m dcterms:description ?description } }
}"""


def evaluate_identity(gold_file: Path, *, extractor: str = "rules"):  # -> list[kg.evaluate.identity.PairScore]
    """Ingest every article the identity gold names into one fresh in-memory store and score the
    canonical links pairwise."""
    from kg.errors import SourceError
    from kg.evaluate import identity
    from kg.pipeline import ingest

    gold = identity.load(gold_file)
    wanted = identity.articles(gold)
    found = {}
    for folder in gold["corpora"]:
        for path in sorted((gold_file.parent / folder).glob("*.txt")):
            if path.stem in wanted:
                found[path.stem] = path
    missing = sorted(wanted - set(found))
    if missing:
        raise SourceError(f"{gold_file}: articles not found in its corpora: {', '.join(missing)}")
    store = Store(None)
    ingest(sorted(found.values()), store=store, extractor=extractor)
    rows: dict[str, dict] = {}
    for r in store.query(IDENTITY_MENTIONS):  # type: ignore[union-attr]
        entry = rows.setdefault(r["m"].value, {"c": r["c"].value, "kind": r["kind"].value, "p": set(),
                                               "doc": r["doc"].value, "d": ""})
        if r["p"]:
            entry["p"].add(r["p"].value.rsplit("/", 1)[-1])
        if r["description"]:
            entry["d"] = r["description"].value
    predicted = [identity.Predicted(article=e["doc"].rsplit("/", 1)[-1], kind=e["kind"], canonical=e["c"],
                                    participants=frozenset(e["p"]), description=e["d"]) for e in rows.values()]
    return identity.score(gold, predicted)
