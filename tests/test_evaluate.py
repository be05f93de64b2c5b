"""kg.evaluate: the README's matching rules on small hand-made gold and predictions, and the gold files' shape."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from kg.errors import QueryError, SourceError
from kg.evaluate import (
    CATEGORIES,
    GOLD_KEYS,
    QUERY_CATEGORIES,
    aggregate,
    gold_path,
    greedy_match,
    keyword_in,
    load_gold,
    name_strength,
    role_match,
    run_queries_for_eval,
    score_article,
    validate_gold,
)

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"

# A made-up article: two ministers of two made-up states meet in a made-up capital.
GOLD = {
    "people": [
        {"name": "Maria Kovac", "aliases": ["Kovac"], "roles": ["Foreign Minister"], "country": "Norland"},
        {"name": "Tomas Berg", "aliases": [], "roles": ["Deputy Prime Minister", "Minister for Defence"],
         "country": "Ostia"},
        {"name": "Ilse Varga", "aliases": [], "roles": [], "country": None},
    ],
    "organizations": [{"name": "Ministry of Foreign Affairs", "aliases": ["MFA"], "country": "Norland"}],
    "countries": ["Norland", "Ostia"],
    "meetings": [
        {"participants": ["Maria Kovac", "Tomas Berg"], "date": "2030-03-04", "place": "Veltrana", "kind": "talks"},
    ],
    "agreements": [
        {"about": "joint patrols of the river border", "keywords": ["patrol"], "parties": ["Norland", "Ostia"],
         "status": "agreed"},
        {"about": "exchange of customs data", "keywords": ["customs"], "parties": ["Norland", "Ostia"],
         "status": "discussed"},
    ],
    "threats": [
        {"label": "smuggling of weapons", "keywords": ["smuggl"]},
        {"label": "piracy", "keywords": ["pira"]},
    ],
    "statements": [
        {"by": "Maria Kovac", "keywords": ["patrol"]},
        {"by": "Ministry of Foreign Affairs", "keywords": ["customs"]},
        {"by": "officials", "keywords": ["pirate"]},
    ],
}


def perfect_rows() -> dict[str, list[dict[str, str | None]]]:
    """What a flawless extractor's six queries would return for GOLD (built by hand, row per the contract)."""
    return {
        "people": [
            {"person": "p:kovac", "name": "Maria Kovac", "role": "Foreign Minister", "country": "Norland"},
            {"person": "p:berg", "name": "Tomas Berg", "role": "Deputy Prime Minister", "country": "Ostia"},
            {"person": "p:berg", "name": "Tomas Berg", "role": "Minister for Defence", "country": "Ostia"},
            {"person": "p:varga", "name": "Ilse Varga", "role": None, "country": None},
        ],
        "organizations": [{"organization": "o:mfa", "name": "Ministry of Foreign Affairs", "country": "Norland"}],
        "meetings": [
            {"event": "e:1", "kind": "talks", "date": "2030-03-04", "place": "Veltrana", "participantName": name}
            for name in ("Maria Kovac", "Tomas Berg")
        ],
        "agreements": [
            {"agreement": "a:1", "description": "Joint patrols along the border", "status": "agreed",
             "partyName": party} for party in ("Norland", "Ostia")
        ] + [
            {"agreement": "a:2", "description": "Exchanging customs data", "status": "discussed",
             "partyName": party} for party in ("Norland", "Ostia")
        ],
        "threats": [
            {"threat": "t:smuggling", "label": "smuggling"},
            {"threat": "t:smuggling", "label": "weapons smuggling"},
            {"threat": "t:piracy", "label": "piracy"},
        ],
        "statements": [
            {"statement": "s:1", "speakerName": "Maria Kovac", "text": "The patrols start in spring."},
            {"statement": "s:2", "speakerName": "Ministry of Foreign Affairs", "text": "Customs data will flow."},
            {"statement": "s:3", "speakerName": "officials", "text": "Pirates remain a danger."},
        ],
    }


def counts(score, category):
    c = score.counts[category]
    return c.tp, c.fp, c.fn


# -- the whole article ---------------------------------------------------------------------------------------
def test_perfect_prediction_scores_one():
    score = score_article(GOLD, perfect_rows(), article="made-up")
    for category in CATEGORIES:
        assert score.counts[category].f1 == 1.0, category
        assert score.counts[category].fp == score.counts[category].fn == 0, category
    assert score.macro_f1 == 1.0
    for name in ("meeting_date", "meeting_place", "agreement_status"):
        assert score.accuracy[name].value == 1.0, name
    report = aggregate([score])
    assert report.macro_f1 == 1.0
    assert counts(score, "roles") == (3, 0, 0)


def test_inputs_are_not_mutated():
    gold, rows = copy.deepcopy(GOLD), perfect_rows()
    score_article(gold, rows)
    assert gold == GOLD and rows == perfect_rows()


def test_wrong_person_lowers_precision_only():
    rows = perfect_rows()
    rows["people"].append({"person": "p:x", "name": "Karl Ostrander", "role": "Ambassador", "country": "Ostia"})
    score = score_article(GOLD, rows)
    assert counts(score, "people") == (3, 1, 0)
    assert score.counts["people"].precision == 0.75
    assert score.counts["people"].recall == 1.0
    assert counts(score, "roles") == (3, 1, 0)  # the stranger's role is a false role too
    assert score.false_positives["people"] == ["Karl Ostrander"]


def test_person_with_other_first_name_is_not_a_match():
    rows = perfect_rows()
    rows["people"][0]["name"] = "Petra Kovac"
    score = score_article(GOLD, rows)
    assert counts(score, "people") == (2, 1, 1)
    assert score.misses["people"] == ["Maria Kovac"]


def test_missed_agreement_lowers_recall_only():
    rows = perfect_rows()
    rows["agreements"] = [r for r in rows["agreements"] if r["agreement"] != "a:2"]
    score = score_article(GOLD, rows)
    assert counts(score, "agreements") == (1, 0, 1)
    assert score.counts["agreements"].precision == 1.0
    assert score.counts["agreements"].recall == 0.5
    assert score.misses["agreements"] == ["exchange of customs data [discussed]"]


def test_alias_matches_people_and_organizations():
    rows = perfect_rows()
    rows["people"][0]["name"] = "Kovac"                       # the gold alias
    rows["organizations"][0]["name"] = "MFA"
    for row in rows["statements"]:
        if row["speakerName"] == "Ministry of Foreign Affairs":
            row["speakerName"] = "MFA"
    score = score_article(GOLD, rows)
    assert counts(score, "people") == (3, 0, 0)
    assert counts(score, "organizations") == (1, 0, 0)
    assert counts(score, "statements") == (3, 0, 0)


def test_predicted_alias_variable_is_used_when_present():
    rows = perfect_rows()
    rows["organizations"] = [
        {"organization": "o:mfa", "name": "Norland Foreign Office", "country": "Norland", "alias": "MFA"}]
    rows["statements"][0] = {"statement": "s:1", "speakerName": "The minister", "speakerAlias": "Kovac",
                             "text": "The patrols start in spring."}
    score = score_article(GOLD, rows)
    assert counts(score, "organizations") == (1, 0, 0)
    assert counts(score, "statements") == (3, 0, 0)


def test_status_mismatch_counts_in_status_accuracy_not_in_f1():
    rows = perfect_rows()
    for row in rows["agreements"]:
        if row["agreement"] == "a:2":
            row["status"] = "signed"
    score = score_article(GOLD, rows)
    assert score.counts["agreements"].f1 == 1.0
    assert score.accuracy["agreement_status"].correct == 1
    assert score.accuracy["agreement_status"].total == 2
    assert any("status 'discussed', predicted 'signed'" in m for m in score.mismatches)


def test_status_given_as_iri_is_read_by_its_local_name():
    rows = perfect_rows()
    for row in rows["agreements"]:
        row["status"] = f"https://example.org/kg/status/{row['status']}"
    assert score_article(GOLD, rows).accuracy["agreement_status"].value == 1.0


def test_threats_are_grouped_by_threat():
    rows = perfect_rows()
    # Three rows, one threat: the concept label and two wordings. Only the last row carries the keyword.
    rows["threats"] = [
        {"threat": "t:a", "label": "illicit trade"},
        {"threat": "t:a", "label": "arms trafficking"},
        {"threat": "t:a", "label": "smuggled rifles"},
        {"threat": "t:b", "label": "piracy"},
    ]
    score = score_article(GOLD, rows)
    assert counts(score, "threats") == (2, 0, 0)


def test_one_prediction_matches_one_gold_item_only():
    rows = perfect_rows()
    rows["threats"] = [{"threat": "t:a", "label": "piracy and smuggling"}]
    score = score_article(GOLD, rows)
    assert counts(score, "threats") == (1, 0, 1)


def test_empty_categories_count_nothing():
    gold = {key: [] for key in GOLD_KEYS}
    score = score_article(gold, {})
    for category in CATEGORIES:
        assert counts(score, category) == (0, 0, 0)
        assert score.counts[category].f1 is None
    assert score.macro_f1 is None
    # An article with nothing in one category leaves the other categories' scores alone.
    gold = copy.deepcopy(GOLD)
    gold["threats"] = []
    rows = perfect_rows()
    rows["threats"] = []
    report = aggregate([score_article(gold, rows), score_article({k: [] for k in GOLD_KEYS}, {})])
    assert report.counts["threats"].f1 is None
    assert report.macro_f1 == 1.0  # the mean of the six categories that have something


def test_nothing_predicted_scores_zero_recall_and_f1():
    score = score_article(GOLD, {})
    assert score.counts["people"].recall == 0.0
    assert score.counts["people"].f1 == 0.0
    assert score.counts["people"].precision is None


# -- meetings ------------------------------------------------------------------------------------------------
def meeting_rows(names, *, date="2030-03-04", place="Veltrana", event="e:1"):
    return [{"event": event, "kind": "talks", "date": date, "place": place, "participantName": n} for n in names]


def test_meeting_matches_on_half_the_participants():
    rows = perfect_rows()
    rows["meetings"] = meeting_rows(["Kovac"])  # Jaccard 1/2
    assert counts(score_article(GOLD, rows), "meetings") == (1, 0, 0)
    rows["meetings"] = meeting_rows(["Kovac", "Ilse Varga", "Someone Else"])  # Jaccard 1/4
    assert counts(score_article(GOLD, rows), "meetings") == (0, 1, 1)


def test_meeting_date_and_place_are_scored_apart():
    rows = perfect_rows()
    rows["meetings"] = meeting_rows(["Maria Kovac", "Tomas Berg"], date=None, place="VELTRANA")
    score = score_article(GOLD, rows)
    assert counts(score, "meetings") == (1, 0, 0)
    assert score.accuracy["meeting_date"].value == 0.0
    assert score.accuracy["meeting_place"].value == 1.0  # case-insensitive


def test_meetings_without_named_participants_match_on_kind_and_place():
    gold = {key: [] for key in GOLD_KEYS}
    gold["meetings"] = [{"participants": [], "date": None, "place": "Veltrana", "kind": "summit"}]
    rows = {"meetings": [{"event": "e:1", "kind": "summit", "date": None, "place": "Veltrana",
                          "participantName": None}]}
    score = score_article(gold, rows)
    assert counts(score, "meetings") == (1, 0, 0)
    assert score.accuracy["meeting_date"].value == 1.0  # None = None
    rows["meetings"][0]["place"] = "Elsewhere"
    assert counts(score_article(gold, rows), "meetings") == (0, 1, 1)


# -- statements ----------------------------------------------------------------------------------------------
def test_unnamed_speaker_matches_by_a_shared_word():
    rows = perfect_rows()
    rows["statements"][2]["speakerName"] = "senior official"
    assert counts(score_article(GOLD, rows), "statements") == (3, 0, 0)
    rows["statements"][2]["speakerName"] = "diplomats"
    assert counts(score_article(GOLD, rows), "statements") == (2, 1, 1)


def test_statement_needs_a_keyword_and_the_right_speaker():
    rows = perfect_rows()
    rows["statements"][0]["text"] = "Talks went well."             # right speaker, no keyword
    rows["statements"][1]["speakerName"] = "Tomas Berg"            # keyword, wrong named speaker
    assert counts(score_article(GOLD, rows), "statements") == (1, 2, 2)


# -- the rules, one by one -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("gold", "pred", "ok"), [
    ("National Security Adviser", "National Security Advisor", True),
    ("National Security Advisor", "NSA", True),
    ("Minister for Defence", "Defence Minister", True),
    ("Minister for Defence", "Minister of Defense", True),
    ("Foreign Minister", "Minister of Foreign Affairs", True),
    ("Prime Minister", "Prime Minister of Estonia", True),
    ("High Commissioner", "Indian High Commissioner", True),
    ("Secretary of State", "US Secretary of State", True),
    ("Secretary of State", "Secretary", False),
    ("High Commissioner to Ostia", "High Commissioner", True),
    ("National Security and Intelligence Advisor to the Prime Minister of Canada", "NSIA", True),
    ("National Security and Intelligence Advisor", "National Security Advisor", False),
    ("Prime Minister", "Deputy Prime Minister", False),
    ("Deputy Clerk", "Clerk", False),
    ("Foreign Minister", "Defence Minister", False),
])
def test_role_match(gold, pred, ok):
    assert role_match(gold, pred) is ok


@pytest.mark.parametrize(("gold", "pred", "ok"), [
    (["Maria Kovac"], ["maria kovač"], True),          # case and accents
    (["Maria K. Kovac"], ["Maria Kovac"], True),       # middle initial
    (["M Kovac"], ["Maria Kovac"], True),              # an initial for the first name
    (["Mariya Kovac"], ["Maria Kovac"], True),         # a close spelling
    (["Kovac"], ["Maria Kovac"], True),                # a bare surname
    (["Maria Kovac"], ["Minister Maria Kovac"], True),  # a leading title
    (["Sheikh Saif bin Zayed Al Nahyan"], ["Saif bin Zayed Al Nahyan"], True),  # a leading honorific style
    (["Hassan Sheikh Mohamud"], ["Hassan Mohamud"], True),  # a middle "Sheikh" is the name's own word: surname rule
    (["Sheikh Saif bin Zayed"], ["Sheikh Abdullah bin Zayed"], False),
    (["Maria Kovac"], ["Petra Kovac"], False),
    (["Maria Kovac"], ["Maria Berg"], False),
])
def test_name_match(gold, pred, ok):
    assert bool(name_strength(gold, pred)) is ok


def test_keywords_are_stems_at_word_starts():
    assert keyword_in("crim", "Transnational criminal gangs")
    assert not keyword_in("crim", "to incriminate")
    assert keyword_in("cross-border", "cross border raids")
    assert not keyword_in("security", "cybersecurity policy")


def test_greedy_takes_the_best_pair_first():
    # gold 0 fits both predictions, gold 1 only the first; the better pair (1, 0) is taken first.
    scores = {(0, 0): (1,), (0, 1): (1,), (1, 0): (2,)}
    assert greedy_match([0, 1], [0, 1], lambda g, p: scores.get((g, p))) == [(0, 1), (1, 0)]


# -- reports -------------------------------------------------------------------------------------------------
def test_aggregate_sums_counts_over_articles():
    rows = perfect_rows()
    rows["people"] = rows["people"][:1]
    report = aggregate([score_article(GOLD, perfect_rows(), article="a"), score_article(GOLD, rows, article="b")])
    assert (report.counts["people"].tp, report.counts["people"].fn) == (4, 2)
    data = json.loads(report.to_json())
    assert data["categories"]["people"]["tp"] == 4
    assert [a["article"] for a in data["articles"]] == ["a", "b"]
    text = report.to_text(verbose=True)
    assert "macro-F1" in text and "missed people: Tomas Berg" in text


# -- gold files ----------------------------------------------------------------------------------------------
def gold_files() -> list[Path]:
    files = sorted((REPO / "data" / "gold").glob("*.gold.json"))
    if CORPUS.is_dir():
        files += sorted(CORPUS.glob("*.gold.json"))
    return files


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.name)
def test_gold_file_loads_with_required_keys(path):
    gold = load_gold(path)
    assert set(GOLD_KEYS) <= set(gold)
    for person in gold["people"]:
        assert {"name", "aliases", "roles", "country"} <= set(person)
    for meeting in gold["meetings"]:
        assert {"participants", "date", "place", "kind"} <= set(meeting)
        assert meeting["kind"] in {"meeting", "visit", "talks", "summit", "call"}
    for agreement in gold["agreements"]:
        assert {"about", "keywords", "parties", "status"} <= set(agreement)
        assert agreement["status"] in {"agreed", "committed", "discussed", "expected", "signed"}
    for item in gold["agreements"] + gold["threats"] + gold["statements"]:
        assert item["keywords"] and all(k == k.lower() for k in item["keywords"])


def test_every_seed_article_has_gold():
    for article in sorted((REPO / "data" / "articles").glob("*.txt")):
        assert gold_path(article, REPO / "data" / "gold").is_file(), article.name


def test_corpus_gold_sits_beside_its_article():
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent")
    for article in sorted(CORPUS.glob("*.txt")):
        assert gold_path(article).is_file(), article.name


def test_bad_gold_names_the_file_and_key(tmp_path):
    with pytest.raises(SourceError, match="lacks keywords"):
        validate_gold({**{k: [] for k in GOLD_KEYS}, "threats": [{"label": "x"}]}, where="g.json")
    broken = tmp_path / "x.gold.json"
    broken.write_text("{\n  nope", encoding="utf-8")
    with pytest.raises(SourceError, match=r"x\.gold\.json, line 2"):
        load_gold(broken)


# -- running the queries -------------------------------------------------------------------------------------
def test_run_queries_for_eval_returns_plain_strings(tmp_path):
    from kg.store import Store

    store = Store(None)
    store.update('INSERT DATA { GRAPH <urn:g> { <urn:p> <urn:name> "Maria Kovac" } }')
    for category in QUERY_CATEGORIES:
        (tmp_path / f"{category}.rq").write_text(
            "SELECT ?person ?name ?role WHERE { GRAPH ?g { ?person <urn:name> ?name } }", encoding="utf-8")
    rows = run_queries_for_eval(store, tmp_path)
    assert rows["people"] == [{"person": "urn:p", "name": "Maria Kovac", "role": None}]
    (tmp_path / "threats.rq").unlink()
    with pytest.raises(QueryError, match="threats.rq"):
        run_queries_for_eval(store, tmp_path)


def test_an_article_the_gate_sets_aside_is_named_in_the_report(tmp_path, monkeypatch):
    """A builder bug that quarantines a whole article must show as such, not pass for poor recall."""
    import shutil

    from kg import build
    from kg.batch import evaluate_corpus
    from kg.vocab import KG

    data = Path(__file__).parent.parent / "data"
    article = sorted((data / "articles").glob("*.txt"))[0]
    shutil.copy(article, tmp_path / article.name)
    shutil.copy(data / "gold" / f"{article.stem}.gold.json", tmp_path / f"{article.stem}.gold.json")
    clean = evaluate_corpus(tmp_path, gold_dir=tmp_path)
    assert clean.to_dict()["articles_set_aside"] == [] and "set aside" not in clean.to_text()

    real = build.build_triples
    monkeypatch.setattr(build, "build_triples",
                        lambda *a, **k: [t for t in real(*a, **k) if t[1] != KG.rule])  # breaks the contract
    broken = evaluate_corpus(tmp_path, gold_dir=tmp_path)
    assert broken.to_dict()["articles_set_aside"] == [article.stem]
    assert f"set aside (scored as empty): {article.stem}: " in broken.to_text()
    assert broken.macro_f1 < clean.macro_f1


def test_a_speaker_of_filler_words_only_keeps_them():
    # "joint statement" lost every word to the filler list, so no prediction could ever match that gold speaker
    from kg.evaluate.matching import _speaker_words

    assert _speaker_words("the joint statement") & _speaker_words("Joint statement")
    assert not _speaker_words("joint statement") & _speaker_words("India and Canada")
    assert _speaker_words("the Indian officials") == {"india", "official"}


@pytest.mark.parametrize("gold_parties, predicted, right", [
    (["Turkey", "Sweden"], ["Türkiye", "Sweden"], True),                # one state, two spellings
    (["Russia", "Mali"], ["Russian Federation", "Mali"], True),
    (["Democratic Republic of Congo", "Rwanda"], ["Congo, The Democratic Republic of the", "Rwanda"], True),
    (["European Union", "Tunisia"], ["European Union", "Tunisia"], True),  # not a state: compared as written
    (["European Union", "Tunisia"], ["Italy", "Tunisia"], False),
    (["Japan", "Philippines"], ["China", "Philippines"], False),
])
def test_agreement_parties_are_compared_as_states_and_a_wrong_party_is_named(gold_parties, predicted, right):
    gold = copy.deepcopy(GOLD)
    gold["agreements"] = [{**gold["agreements"][0], "parties": gold_parties}]
    rows = perfect_rows()
    rows["agreements"] = [{**rows["agreements"][0], "partyName": p} for p in predicted]
    score = score_article(gold, rows)
    assert score.accuracy["agreement_parties"].value == (1.0 if right else 0.0)
    assert any("parties" in m for m in score.mismatches) != right
