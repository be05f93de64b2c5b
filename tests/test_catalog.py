"""kg stats and kg remove on a store built from the seed articles by the real pipeline."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.catalog import remove, stats
from kg.cli import cli
from kg.errors import KGError
from kg.store import Store

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "data" / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if len(SEEDS) < 2:
        pytest.skip("needs two seed articles")
    store = tmp_path_factory.mktemp("catalog") / "store"
    result = CliRunner().invoke(cli, ["ingest", *map(str, SEEDS), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return store


@pytest.fixture()
def store_copy(built: Path, tmp_path: Path) -> Path:
    shutil.copytree(built, tmp_path / "store")
    return tmp_path / "store"


def _ids(store: Path) -> list[str]:
    with Store(store, read_only=True) as s:
        return sorted(g.rsplit("/", 1)[-1] for g in s.graphs() if "/graph/" in g and not g.endswith(("/inferred", "/ontology")))


def test_stats_counts_what_the_queries_find(built: Path) -> None:
    with Store(built, read_only=True) as s:
        figures = stats(s, with_ids=True)
        persons = {r[0] for r in s.query("PREFIX kg: <https://w3id.org/kg/ontology#> "
                                          "SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p a kg:Person } }")}
        assert figures.quads == len(s) and figures.graphs == len(s.graphs())
    assert figures.articles == len(SEEDS)
    assert figures.entities["persons"] == len(persons) > 0
    assert figures.entities["countries"] > 0 and figures.entities["evidence sentences"] > 0
    assert figures.last_ingest and figures.last_ingest[:4].isdigit()
    assert sorted(figures.article_ids or []) == _ids(built)


def test_stats_cli_text_and_json(built: Path) -> None:
    text = CliRunner().invoke(cli, ["stats", "--store", str(built)])
    assert text.exit_code == 0 and f"articles            {len(SEEDS)}" in text.output
    as_json = json.loads(CliRunner().invoke(cli, ["stats", "--store", str(built), "--json"]).output)
    assert as_json["articles"] == len(SEEDS) and "article_ids" not in as_json
    listed = CliRunner().invoke(cli, ["stats", "--store", str(built), "--articles"]).output
    assert all(i in listed for i in _ids(built))


def test_remove_drops_an_article_and_its_inferences(store_copy: Path) -> None:
    gone, kept = _ids(store_copy)[:2]
    result = CliRunner().invoke(cli, ["remove", gone, "--store", str(store_copy)])
    assert result.exit_code == 0, result.output
    assert "removed 1 article(s)" in result.output
    with Store(store_copy, read_only=True) as s:
        graphs = s.graphs()
        assert not any(gone in g for g in graphs)
        assert any(g.endswith(f"/{kept}") for g in graphs) and any(g.endswith(f"/{kept}/inferred") for g in graphs)
        assert "https://w3id.org/kg/graph/ontology" in graphs
        assert stats(s).articles == len(SEEDS) - 1


def test_remove_is_all_or_nothing(store_copy: Path) -> None:
    first = _ids(store_copy)[0]
    with Store(store_copy, read_only=True) as s:
        before = len(s)
    for bad in ("no-such-article", "ontology", f"{first}/inferred", ""):
        result = CliRunner().invoke(cli, ["remove", first, bad, "--store", str(store_copy)])
        assert result.exit_code != 0
    with Store(store_copy) as s:
        assert len(s) == before
        with pytest.raises(KGError, match="no-such-article: no article"):
            remove(s, [first, "no-such-article"])
        assert len(s) == before


def test_remove_accepts_graph_iris(store_copy: Path) -> None:
    ids = _ids(store_copy)
    with Store(store_copy) as s:
        removed = remove(s, [f"https://w3id.org/kg/graph/{i}" for i in ids])
        assert sorted(removed) == ids and stats(s).articles == 0
