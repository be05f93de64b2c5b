"""SPARQL syntax errors as one line with file, line, column, what was expected and a caret excerpt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import QueryError
from kg.query_errors import excerpt, expected, explain, undeclared_prefix
from kg.store import Store

KG = "PREFIX kg: <https://w3id.org/kg/ontology#>\n"


def oxigraph_message(query: str) -> str:
    with pytest.raises(QueryError) as info:
        Store(None).query(query)
    return str(info.value)


@pytest.mark.parametrize(("query", "where", "wanted"), [
    ("SELECT * WHERE { ?s ?p ?o } LIMIT x", "line 1, column 35", "expected HAVING, OFFSET, OPTIONAL or VALUES"),
    (KG + "SELECT ?s WHERE {\n  ?s a kg:Person .\n  FILTER(?s = <a b>) }", "line 4, column 23",
     "expected one of COALESCE"),
    ("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMT 3", "line 1, column 48", "(18 choices)"),
])
def test_oxigraph_errors_become_one_line(query: str, where: str, wanted: str) -> None:
    message = oxigraph_message(query)
    line = explain(message, query, source="q.rq")
    assert "\n" not in line and line.startswith(f"q.rq, {where}: SPARQL syntax error")
    assert wanted in line
    assert "[_]" not in line and "'0'..='9'" not in line and "‸" in line
    assert len(line) < 300


def test_undeclared_prefix_named_with_the_projects_declaration() -> None:
    query = "SELECT ?s WHERE {\n  ?s a kg:Person ; rdfs:label \"kg:not-a-name\" }"
    line = explain(oxigraph_message(query), query)
    assert line.startswith("query, line 2, column 8: SPARQL syntax error: prefix kg: is used but not declared; "
                           "add PREFIX kg: <https://w3id.org/kg/ontology#>")
    assert line.endswith("“?s a ‸kg:Person ; rdfs:label \"kg:not-a-name\" }”")


@pytest.mark.parametrize(("query", "found"), [
    ("SELECT * { ?s a kg:X }", ("kg", 16)),
    (KG + "SELECT * { ?s a kg:X ; foaf:name ?n }", ("foaf", 66)),
    (KG + "SELECT * { ?s a kg:X ; <http://x.org/a:b> 'c:d' } # e:f", None),
    ("PREFIX ex: <http://e/> SELECT * { ?s ex:p \"x\"^^xsd:string }", ("xsd", 47)),
    ("PREFIX : <http://e/> SELECT * { ?s :p ?o }", None),
])
def test_undeclared_prefix(query: str, found: tuple[str, int] | None) -> None:
    assert undeclared_prefix(query) == found


def test_expected_keeps_keywords_only() -> None:
    assert expected('expected one of "\\"", "\\\\", "\\U", "\\u", [_]') == ""
    assert expected("expected one of DESCRIBE, [_]") == "DESCRIBE"
    assert expected("expected OPTIONAL") == "OPTIONAL"


def test_excerpt_windows_long_lines_and_points_past_the_end() -> None:
    long = "x" * 100 + " BROKEN " + "y" * 100
    shown = excerpt(long, 1, 102)
    assert shown.startswith("“…") and shown.endswith("…”") and "x ‸BROKEN" in shown and len(shown) < 90
    assert excerpt("SELECT *\nWHERE { ?s ?p\n\n", 4, 1) == "“WHERE { ?s ?p‸”"


def test_kg_query_prints_one_line_and_exits_non_zero(tmp_path: Path) -> None:
    with Store(tmp_path / "store"):
        pass
    bad = tmp_path / "bad.rq"
    bad.write_text(KG + "SELECT ?p WHERE {\n  ?p a kg:Person\n  FILTER(?p = ) }\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "query", str(bad), "--store",
                          str(tmp_path / "store")], capture_output=True, text=True)
    assert out.returncode != 0 and out.stdout == ""
    [line] = out.stderr.splitlines()
    assert line.startswith(f"kg: error: {bad}, line ") and "SPARQL syntax error" in line and "‸" in line
    assert "Traceback" not in out.stderr
