"""The CLI contract: commands, formats, exit codes, and one clear line (never a traceback) for mistakes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import kg.pipeline
from kg.cli import cli, main

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def store_with_article(tmp_path, synthetic_article, synthetic_extractor, monkeypatch):
    """A store built through the CLI, with the synthetic extractor standing in for the rule extractor."""
    from click.testing import CliRunner

    monkeypatch.setattr(kg.pipeline, "get_extractor", lambda name="rules": synthetic_extractor)
    store = tmp_path / "store"
    result = CliRunner().invoke(cli, ["ingest", str(synthetic_article), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return store


def run(args: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", *args],
                          capture_output=True, text=True, cwd=REPO, **kw)


# `kg query` runs in a process of its own: it denies itself the network (kg.sandbox) for good.
def test_query_csv_is_w3c_results(store_with_article):
    out = run(["query", str(REPO / "ontology/queries/meetings.rq"), "--store", str(store_with_article),
               "--format", "csv"])
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert {r["participantName"] for r in rows} == {"Ana Lopez", "Jon Park"}
    assert rows[0]["date"] == "2026-03-02"


def test_query_json_and_table(store_with_article):
    q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    out = run(["query", q, "--store", str(store_with_article), "--format", "json"])
    n = int(json.loads(out.stdout)["results"]["bindings"][0]["n"]["value"])
    assert n > 100
    table = run(["query", q, "--store", str(store_with_article)])
    assert str(n) in table.stdout and "(1 row)" in table.stdout


@pytest.mark.parametrize("fmt, marker", [("ttl", "@prefix"), ("trig", "{"), ("nq", "<https://w3id.org/kg/graph/"),
                                         ("nt", "> ."), ("jsonld", "@id"), ("xml", "rdf:RDF")])
def test_export_formats_parse_back(store_with_article, tmp_path, fmt, marker):
    import rdflib
    from click.testing import CliRunner

    out = tmp_path / f"x.{fmt}"
    result = CliRunner().invoke(cli, ["export", "--store", str(store_with_article), "--format", fmt,
                                      "--output", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert marker in text
    parse_format = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}[fmt]
    ds = rdflib.Dataset()
    ds.parse(data=text, format=parse_format)
    assert len(ds) > 0 or sum(len(g) for g in ds.graphs()) > 100


def test_validate_conforms(store_with_article):
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, ["validate", "--store", str(store_with_article)])
    assert result.exit_code == 0 and "conforms" in result.output


def test_validate_reports_a_broken_graph(store_with_article):
    from kg.store import Store

    with Store(store_with_article) as store:
        store.update("PREFIX kg: <https://w3id.org/kg/ontology#> DELETE { GRAPH ?g { ?a kg:status ?s } } "
                     "WHERE { GRAPH ?g { ?a kg:status ?s } }")
    result = run(["validate", "--store", str(store_with_article)])
    assert result.returncode == 1
    assert "does not conform" in result.stdout and "status" in result.stdout


@pytest.mark.parametrize("args, message", [
    (["query", "SELECT * WHERE { ?s ?p }", "--store", "{store}"], "SPARQL syntax error"),
    (["query", "missing.rq", "--store", "{store}"], "no such query file"),
    (["ingest", "does-not-exist.txt", "--store", "{store}"], "no such file or folder"),
    (["query", "ASK {}", "--store", "{empty}"], "no store here"),
    (["export", "--format", "pdf"], "Invalid value"),
])
def test_user_mistakes_get_one_line_and_nonzero_exit(store_with_article, tmp_path, args, message):
    args = [a.replace("{store}", str(store_with_article)).replace("{empty}", str(tmp_path / "nothing")) for a in args]
    result = run(args)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) <= 4


def test_store_in_use_is_reported(store_with_article):
    from kg.store import Store

    with Store(store_with_article):
        result = run(["ingest", str(REPO / "data/articles"), "--store", str(store_with_article)])
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "cannot open the store" in result.stderr


def test_main_is_the_console_entry_point():
    assert callable(main)
