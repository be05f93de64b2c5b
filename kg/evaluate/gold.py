"""Gold files and the competency-query rows they are scored against (the only part that touches a store)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from kg.errors import QueryError, SourceError
from kg.evaluate.report import _ITEM_KEYS, GOLD_KEYS, QUERY_CATEGORIES, Row

# -- gold files ----------------------------------------------------------------------------------------------
def validate_gold(gold: Any, *, where: str) -> None:
    """Raise SourceError naming the file and the missing or mistyped key."""
    if not isinstance(gold, dict):
        raise SourceError(f"{where}: gold must be a JSON object")
    for key in GOLD_KEYS:
        if not isinstance(gold.get(key), list):
            raise SourceError(f"{where}: gold needs a list under {key!r}")
    for key, required in _ITEM_KEYS.items():
        for n, item in enumerate(gold[key]):
            missing = [r for r in required if not isinstance(item, dict) or r not in item]
            if missing:
                raise SourceError(f"{where}: {key}[{n}] lacks {', '.join(missing)}")


def load_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourceError(f"{path}: cannot read gold: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise SourceError(f"{path}, line {exc.lineno}: not valid JSON: {exc.msg}") from None
    validate_gold(gold, where=str(path))
    return gold


def gold_path(article: Path, gold_dir: Path | None = None) -> Path:
    """Where an article's gold lives: ``<gold_dir>/<stem>.gold.json``, or next to the article (the corpus)."""
    return (gold_dir or article.parent) / f"{article.stem}.gold.json"


# -- running the competency queries (the only part that touches a store) -------------------------------------
def run_queries_for_eval(store: Any, queries_dir: Path) -> dict[str, list[Row]]:
    """Run the six competency queries on ``store`` (kg.store.Store) and return their rows as plain strings."""
    results: dict[str, list[Row]] = {}
    for category in QUERY_CATEGORIES:
        path = queries_dir / f"{category}.rq"
        if not path.exists():
            raise QueryError(f"{path}: competency query missing (evaluation needs {', '.join(QUERY_CATEGORIES)})")
        solutions = store.query(path.read_text(encoding="utf-8"))
        variables = [v.value for v in solutions.variables]
        results[category] = [
            {var: (None if solution[var] is None else solution[var].value) for var in variables}
            for solution in solutions
        ]
    return results


_SUPPORT = """PREFIX kg: <https://w3id.org/kg/ontology#>
SELECT ?fact ?rule ?confidence WHERE {
  GRAPH ?g {
    { ?fact kg:rule ?rule ; kg:confidence ?confidence }
    UNION { ?mention kg:threat ?fact ; kg:rule ?rule ; kg:confidence ?confidence }
  }
}"""


def support_for_eval(store: Any) -> dict[str, list[tuple[str, float]]]:
    """Fact IRI (or threat concept IRI) → the (rule, confidence) pairs recorded for it in the store."""
    out: dict[str, list[tuple[str, float]]] = {}
    for solution in store.query(_SUPPORT):
        out.setdefault(solution["fact"].value, []).append(
            (solution["rule"].value, float(solution["confidence"].value)))
    return out
