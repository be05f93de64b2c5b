"""kg.evaluate.gold_rows: a gold scored as a prediction by the unchanged scorer (inter-annotator agreement)."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import SourceError
from kg.evaluate import CATEGORIES, QUERY_CATEGORIES, load_gold, score_article
from kg.evaluate.gold_rows import gold_rows, score_against

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
QUERIES = REPO / "ontology" / "queries"


def gold_files() -> list[Path]:
    """The seeds' gold and every gold of ../shared/corpus, read where they lie."""
    files = sorted((REPO / "data" / "gold").glob("*.gold.json"))
    return files + (sorted(CORPUS.glob("*.gold.json")) if CORPUS.is_dir() else [])


def counts(gold: dict, other: dict) -> dict[str, tuple[int, int, int]]:
    score = score_article(gold, gold_rows(other))
    return {c: (n.tp, n.fp, n.fn) for c, n in score.counts.items()}


def test_the_corpus_is_read_where_it_lies():
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent: the self-agreement tests run on the seeds' gold only")
    assert len(list(CORPUS.glob("*.gold.json"))) >= 8


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.name)
def test_a_gold_agrees_with_itself_in_every_category(path):
    gold = load_gold(path)
    score = score_article(gold, gold_rows(gold, where=str(path)))
    for category in CATEGORIES:
        n = score.counts[category]
        assert (n.fp, n.fn) == (0, 0), (category, score.misses[category], score.false_positives[category])
        assert n.f1 == 1.0 or n.tp == 0, category        # a category empty on both sides has no F1
    assert all(a.value in (1.0, None) for a in score.accuracy.values()), score.mismatches
    assert score.macro_f1 == 1.0


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.name)
@pytest.mark.parametrize("category", ["people", "agreements", "statements"])
def test_a_removed_fact_is_that_one_miss(path, category):
    gold = load_gold(path)
    whole = counts(gold, gold)
    for n, item in enumerate(gold[category]):
        other = copy.deepcopy(gold)
        del other[category][n]
        got = counts(gold, other)
        tp, fp, fn = whole[category]
        assert got[category] == (tp - 1, 0, 1), (category, n)   # recall < 1, precision 1
        roles = len(dict.fromkeys(r for r in item.get("roles") or [] if r)) if category == "people" else 0
        assert got["roles"] == (whole["roles"][0] - roles, 0, roles)  # a person takes their posts along
        assert {c: v for c, v in got.items() if c not in (category, "roles")} == \
               {c: v for c, v in whole.items() if c not in (category, "roles")}


ADDED = {  # one made-up fact per category, matching nothing in any gold
    "people": {"name": "Zorvath Quillame", "aliases": [], "roles": [], "country": None},
    "organizations": {"name": "Quillame Zeppelin Board", "aliases": [], "country": None},
    "meetings": {"participants": ["Zorvath Quillame", "Ardent Vexholm"], "date": None, "place": None,
                 "kind": "call"},
    "agreements": {"about": "zeppelin mail", "keywords": ["zeppelin"], "parties": [], "status": "signed"},
    "threats": {"label": "zeppelin piracy", "keywords": ["zeppelin"]},
    "statements": {"by": "Zorvath Quillame", "keywords": ["zeppelin"]},
}


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.name)
@pytest.mark.parametrize("category", QUERY_CATEGORIES)
def test_an_added_fact_costs_precision_only(path, category):
    gold = load_gold(path)
    other = copy.deepcopy(gold)
    other[category].append(ADDED[category])
    score = score_article(gold, gold_rows(other))
    n = score.counts[category]
    assert (n.fp, n.fn) == (1, 0) and n.precision < 1
    assert all((c.fp, c.fn) == (0, 0) for k, c in score.counts.items() if k != category)


def _selected(category: str) -> set[str]:
    query = (QUERIES / f"{category}.rq").read_text(encoding="utf-8")
    return set(re.search(r"SELECT (?:DISTINCT )?((?:\?\w+ )+)WHERE", query)[1].replace("?", "").split())


@pytest.mark.parametrize("category", QUERY_CATEGORIES)
def test_rows_have_the_shape_of_the_query(category):
    gold = load_gold(gold_files()[0])
    for cat, item in ADDED.items():  # every category non-empty
        gold[cat].append(item)
    rows = gold_rows(gold)[category]
    assert rows and all(set(row) == _selected(category) for row in rows)


def test_keywords_stand_in_for_text_the_gold_lacks():
    gold = {k: [] for k in ("people", "organizations", "countries", "meetings", "agreements", "threats",
                            "statements")}
    gold["agreements"] = [{"about": "joint patrols", "keywords": ["patrol", "border"], "status": "agreed"}]
    gold["threats"] = [{"label": None, "keywords": ["smuggl"]}]
    gold["statements"] = [{"by": "officials", "keywords": ["patrol"]}]
    rows = gold_rows(gold)
    assert rows["agreements"][0]["description"] == "joint patrols (border)"
    assert [r["label"] for r in rows["threats"]] == ["smuggl"]
    assert rows["statements"][0]["text"] == "patrol"


@pytest.mark.parametrize(("field", "value", "message"), [
    ("aliases", "Kovac", r"people\[0\]\.aliases must be a list of strings"),
    ("name", 7, r"people\[0\]\.name must be a non-empty string"),
    ("country", ["Norland"], r"people\[0\]\.country must be a string or null"),
])
def test_a_mistyped_field_names_file_item_and_field(field, value, message):
    gold = {k: [] for k in ("people", "organizations", "countries", "meetings", "agreements", "threats",
                            "statements")}
    gold["people"] = [{"name": "Maria Kovac", "aliases": [], "roles": [], "country": None, field: value}]
    with pytest.raises(SourceError, match=r"^g\.json: " + message):
        gold_rows(gold, where="g.json")


def test_score_against_the_same_folder_is_perfect():
    report = score_against(REPO / "data" / "gold", REPO / "data" / "gold")
    assert report.macro_f1 == 1.0 and len(report.articles) == 2


def kg_eval(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "eval", *args],
                          capture_output=True, text=True, cwd=REPO)


def test_cli_against(tmp_path):
    """The report of kg eval, JSON included; a missing slug or a malformed gold is one line, exit 2."""
    gold = REPO / "data" / "gold"
    result = kg_eval(str(gold), "--against", str(gold), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["macro_f1"] == 1.0

    (tmp_path / "000_fb2a922911a6f23f.gold.json").write_text(
        (gold / "000_fb2a922911a6f23f.gold.json").read_text(encoding="utf-8"), encoding="utf-8")
    result = kg_eval(str(gold), "--against", str(tmp_path))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"kg: error: {tmp_path}: no 001_5c6dcbbd866cff87.gold.json (every gold in " \
                                    f"{gold} needs its counterpart)"

    (tmp_path / "001_5c6dcbbd866cff87.gold.json").write_text('{"people": [', encoding="utf-8")
    result = kg_eval(str(gold), "--against", str(tmp_path))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "001_5c6dcbbd866cff87.gold.json, line 1" in result.stderr


def _statement_gold(by: str, keywords: list[str]) -> dict:
    gold = {k: [] for k in ("people", "organizations", "countries", "meetings", "agreements", "threats", "statements")}
    gold["statements"] = [{"by": by, "keywords": keywords}]
    return gold


@pytest.mark.parametrize(("mine", "theirs", "agree"), [
    (["annual meetings", "semiannual"], ["annual"], True),   # a phrase against the shorter keying of one claim
    (["proposals"], ["proposal"], True),                      # another form of the same word
    (["piracy"], ["tourism"], False),                         # another claim of the same speaker
])
def test_against_compares_statement_keywords_by_their_stems(tmp_path, mine, theirs, agree):
    """Two readers who key one claim in different forms agree on it; different claims still differ."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "x.gold.json").write_text(json.dumps(_statement_gold("Maria Kovac", mine)), encoding="utf-8")
    (b / "x.gold.json").write_text(json.dumps(_statement_gold("Maria Kovac", theirs)), encoding="utf-8")
    counts = score_against(a, b).counts["statements"]
    assert (counts.tp == 1) is agree
