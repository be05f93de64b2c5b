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
        ingest([article], store=store, extractor=chosen)
        predicted = evaluate.run_queries_for_eval(store, QUERIES_DIR)
        gold = evaluate.load_gold(evaluate.gold_path(article, gold_dir))
        score = evaluate.score_article(gold, predicted, article=article.stem)
        score.judge(evaluate.support_for_eval(store))
        scores.append(score)
    return evaluate.aggregate(scores)
