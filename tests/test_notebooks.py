"""The notebooks run top to bottom (their code cells executed in order, as a kernel would), and the analyst's
notebook (issue 10, item 5) is checked for what it leaves behind: its DataFrames hold what the competency
queries answer on its own store, its country pairs and actor network match SPARQL queries written here from
the rules the notebook states, its plots are real PNG files and its GEXF reads back."""

from __future__ import annotations

import contextlib
import io
import itertools
import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
ANALYST = ROOT / "notebooks" / "analyst.ipynb"
ENCOUNTER_CLASSES = "kg:Meeting kg:Visit kg:Talks kg:Summit kg:Call"
PREFIXES = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
_runs: dict[Path, tuple[dict, str, Path]] = {}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory):
    """run(notebook) → (namespace, printed output, output folder); each notebook runs once per module."""
    import matplotlib

    matplotlib.use("Agg", force=True)  # files, no windows

    def execute(notebook: Path) -> tuple[dict, str, Path]:
        if notebook not in _runs:
            out_dir = tmp_path_factory.mktemp(notebook.stem)
            with pytest.MonkeyPatch.context() as mp:
                mp.setenv("KG_NOTEBOOK_OUT", str(out_dir))
                cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
                namespace: dict = {"__name__": "__notebook__"}
                out = io.StringIO()
                with contextlib.redirect_stdout(out):
                    for n, cell in enumerate(c for c in cells if c["cell_type"] == "code"):
                        exec(compile("".join(cell["source"]), f"{notebook.name}[{n}]", "exec"), namespace)  # noqa: S102
            _runs[notebook] = (namespace, out.getvalue(), out_dir)
        return _runs[notebook]

    yield execute
    import matplotlib.pyplot as plt

    plt.close("all")


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(notebook, run):
    _, printed, _ = run(notebook)
    assert printed.strip()


def _rows(store, query: str) -> list[dict[str, str | None]]:
    result = store.query(query)
    names = [v.value for v in result.variables]
    return [{n: (row[n].value if row[n] is not None else None) for n in names} for row in result]


def test_analyst_notebook_ingests_seeds_and_shared_corpus(run):
    ns, _, _ = run(ANALYST)
    expected = len(list((ROOT / "data" / "articles").glob("*.txt")))
    shared = ROOT.parent / "shared" / "corpus"
    if shared.is_dir():
        expected += len(list(shared.glob("*.txt")))
    assert ns["report"].documents == expected


@pytest.mark.parametrize("name", ["people", "meetings", "agreements", "statements", "timeline"])
def test_analyst_dataframes_hold_the_competency_queries_answers(run, name):
    ns, _, _ = run(ANALYST)
    df = ns[name]
    rows = _rows(ns["store"], (ROOT / "ontology" / "queries" / f"{name}.rq").read_text(encoding="utf-8"))
    assert rows, name
    assert list(df.columns) == list(rows[0])
    assert len(df) == len(rows)
    key = next(iter(rows[0]))  # the first variable names the thing each row is about
    assert Counter(df[key].dropna()) == Counter(r[key] for r in rows if r[key] is not None)


def test_analyst_country_pairs_count_each_canonical_meeting_once(run):
    ns, _, out_dir = run(ANALYST)
    rows = _rows(ns["store"], PREFIXES + f"""SELECT DISTINCT ?e ?c WHERE {{
        VALUES ?class {{ {ENCOUNTER_CLASSES} }}
        {{ GRAPH ?cg {{ ?e a ?class ; kg:sourceCount ?n ; kg:country|kg:party ?c }} }}
        UNION {{ GRAPH ?g {{ ?g prov:wasDerivedFrom ?doc . ?e a ?class ; kg:country|kg:party ?c }}
                FILTER NOT EXISTS {{ GRAPH ?x {{ ?e prov:specializationOf ?k }} }} }} }}""")
    countries: dict[str, set[str]] = {}
    for r in rows:
        countries.setdefault(r["e"], set()).add(r["c"].rsplit("/", 1)[-1])
    expected = Counter(pair for cs in countries.values() for pair in itertools.combinations(sorted(cs), 2))
    pairs = ns["pairs"]
    assert list(pairs.columns) == ["a", "b", "pair", "meetings"]
    assert {(r.a, r.b): r.meetings for r in pairs.itertuples()} == dict(expected)
    assert expected and list(pairs["meetings"]) == sorted(pairs["meetings"], reverse=True)


def test_analyst_plots_are_written(run):
    import matplotlib.image

    ns, _, out_dir = run(ANALYST)
    for name in ("timeline_png", "pairs_png", "network_png"):
        path = ns[name]
        assert path.parent == out_dir and path.stat().st_size > 5000
        image = matplotlib.image.imread(path)
        assert image.shape[0] > 200 and image.shape[1] > 200
        assert image.std() > 0.01  # not a blank canvas


def test_analyst_actor_network_exports_to_gexf(run):
    import networkx as nx

    ns, _, out_dir = run(ANALYST)
    graph = nx.read_gexf(out_dir / "actors.gexf")
    participants = set(ns["meetings"]["participant"].dropna())
    assert set(graph.nodes) == participants and participants
    rows = _rows(ns["store"], PREFIXES + f"""SELECT ?a ?b (COUNT(DISTINCT ?e) AS ?n) WHERE {{
        VALUES ?class {{ {ENCOUNTER_CLASSES} }}
        GRAPH ?g {{ ?g prov:wasDerivedFrom ?doc . ?e a ?class ; kg:participant ?a , ?b .
                   ?a rdfs:label ?la . ?b rdfs:label ?lb }}
        FILTER(STR(?a) < STR(?b)) }} GROUP BY ?a ?b""")
    expected = {frozenset((r["a"], r["b"])): int(r["n"] or 0) for r in rows}
    got = {frozenset(e): int(d["weight"]) for *e, d in graph.edges(data=True)}
    assert got == expected and got
    people = ns["people"].dropna(subset=["country"]).groupby("person")["country"].first()
    for node, data in graph.nodes(data=True):
        assert data["country"] == people.get(node, "unknown")
