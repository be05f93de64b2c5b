"""Cross-report identity (kg/identity): copies, canonical events and agreements, corroboration, conflicts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest

from kg.identity import canonical, match, texts
from kg.identity.mentions import AgreementMention, EventMention, Report
from kg.identity.resolve import lookup_keys, preferred, stored_keys
from kg.pipeline import ingest
from kg.store import Store

REPO = Path(__file__).resolve().parent.parent
CORPORA = [REPO / "data" / "articles", REPO.parent / "shared" / "corpus"]

COUNTS = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?c ?n ?r (COUNT(DISTINCT ?m) AS ?mentions) WHERE {
  GRAPH ?g { ?c kg:sourceCount ?n ; kg:reportCount ?r . ?m prov:specializationOf ?c } } GROUP BY ?c ?n ?r"""


def _articles() -> list[Path]:
    files = [p for d in CORPORA if d.is_dir() for p in sorted(d.glob("*.txt"))]
    if len(files) < 4:
        pytest.skip("the seed articles and ../shared/corpus are needed")
    return files


def _canonical(store: Store) -> dict[str, tuple[int, int]]:
    return {row["c"].value: (int(row["n"].value), int(row["r"].value)) for row in store.query(COUNTS)}


def _copy_renamed(files: list[Path], folder: Path, prefix: str) -> list[Path]:
    folder.mkdir()
    out = []
    for f in files:
        out.append(folder / f"{prefix}-{f.name}")
        shutil.copy(f, out[-1])
    return out


def test_ingesting_everything_again_under_new_names_changes_no_canonical_count(tmp_path):
    files = _articles()
    store = Store(None)
    ingest(files, store=store)
    before = _canonical(store)
    assert before, "resolution wrote no canonical resources"
    ingest(_copy_renamed(files, tmp_path / "again", "copy"), store=store)
    after = _canonical(store)
    assert set(after) == set(before)
    assert after == before  # copies add neither sources nor reports


def test_canonical_iris_do_not_depend_on_ingest_order(tmp_path):
    files = _articles()
    together, one_by_one = Store(None), Store(None)
    ingest(files, store=together)
    for f in reversed(files):
        ingest([f], store=one_by_one)
    links = """PREFIX prov: <http://www.w3.org/ns/prov#>
    SELECT ?m ?c WHERE { GRAPH ?g { ?m prov:specializationOf ?c } }"""
    assert {(r["m"].value, r["c"].value) for r in together.query(links)} == \
        {(r["m"].value, r["c"].value) for r in one_by_one.query(links)}


def test_every_event_mention_links_to_exactly_one_canonical_event():
    store = Store(None)
    ingest(_articles(), store=store)
    q = """PREFIX kg: <https://w3id.org/kg/ontology#>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    SELECT ?e (COUNT(DISTINCT ?c) AS ?n) WHERE {
      GRAPH ?g { ?g prov:wasDerivedFrom ?doc . ?e a kg:Meeting ; kg:participant ?p . ?p a kg:Person }
      OPTIONAL { GRAPH ?cg { ?e prov:specializationOf ?c } } } GROUP BY ?e"""
    counts = [int(r["n"].value) for r in store.query(q)]
    assert counts and set(counts) == {1}


def test_reingesting_one_article_keeps_the_canonical_counts():
    files = _articles()
    store = Store(None)
    ingest(files, store=store)
    before = _canonical(store)
    ingest(files[:1], store=store)
    assert _canonical(store) == before


def test_a_near_duplicate_wire_copy_is_one_report(tmp_path):
    original = _articles()[0]
    text = original.read_text(encoding="utf-8")
    body = text.split("---", 2)[2]
    first_sentence_end = body.index(".", 50) + 1
    edited = text.replace(body[:first_sentence_end], body[:first_sentence_end].replace(" the ", " a ", 1), 1)
    edited += "\n(Additional reporting by a wire service.)\n"
    copy = tmp_path / "wire-copy.txt"
    copy.write_text(edited, encoding="utf-8")
    store = Store(None)
    ingest([original], store=store)
    before = _canonical(store)
    ingest([copy], store=store)
    q = """PREFIX prov: <http://www.w3.org/ns/prov#>
    PREFIX kg: <https://w3id.org/kg/ontology#>
    SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?g { ?doc prov:specializationOf ?r . ?r a kg:Report } }"""
    assert int(next(iter(store.query(q)))["n"].value) == 1
    assert {c: n for c, n in _canonical(store).items()} == before


# -- rules, as case tables ------------------------------------------------------------------------------------
def _doc(name: str, published: dt.date | None = dt.date(2026, 2, 10), outlet: str | None = None) -> Report:
    return Report(doc=f"urn:doc:{name}", report=f"urn:report:{name}", outlet=outlet or name, published=published)


def _event(name, persons, *, kind="meeting", date=None, place=None, expected=False, doc=None, labels=None):
    return EventMention(iri=f"urn:m:{name}", doc=doc or _doc(name), kind=kind, persons=frozenset(persons),
                        date=date, end=None, place=place, expected=expected,
                        labels=frozenset((labels or {}).items()))


def _named(*labels: str) -> dict:
    """Person IRIs keyed as the extractor keys them, each with the label written."""
    from kg.extract.names import person_key

    return {f"urn:p/{person_key(label)}": label for label in labels}


def _names_event(name, labels, **kw):
    named = _named(*labels)
    return _event(name, list(named), labels=named, **kw)


D7 = dt.date(2026, 2, 7)
EVENT_CASES = [
    ("same pair, same day", _event("a", "xy", date=D7), _event("b", "xy", date=D7), True),
    ("talks vs meeting", _event("a", "xy", date=D7), _event("b", "xy", kind="talks"), True),
    ("a call is not a meeting", _event("a", "xy", date=D7), _event("b", "xy", kind="call", date=D7), False),
    ("one side's persons inside the other's", _event("a", "xy", date=D7), _event("b", "x", kind="visit"), True),
    ("one shared person only", _event("a", "xy", date=D7), _event("b", "xz", date=D7), False),
    ("dates a month apart", _event("a", "xy", date=D7), _event("b", "xy", date=D7 + dt.timedelta(days=30)), False),
    ("dates a day apart", _event("a", "xy", date=D7), _event("b", "xy", date=D7 + dt.timedelta(days=1)), True),
    ("other place, other day", _event("a", "xy", date=D7, place="p"),
     _event("b", "xy", date=D7 + dt.timedelta(days=1), place="q"), False),
    ("other place, same day", _event("a", "xy", date=D7, place="p"), _event("b", "xy", date=D7, place="q"), True),
    ("undated report long after", _event("a", "xy", date=D7),
     _event("b", "xy", doc=_doc("b", dt.date(2027, 1, 1))), False),
    ("expected, reported weeks before", _event("a", "xy", date=D7),
     _event("b", "x", kind="visit", expected=True, doc=_doc("b", dt.date(2026, 1, 27))), True),
    ("a name spelled two ways", _event("a", ["hugh-todd", "yvan-gil"], date=D7),
     _event("b", ["hugh-todd", "yvan-gill"], date=D7), True),
    ("a first name spelled two ways", _event("a", ["hugh-todd", "mohammad-ishaq-dar"], date=D7),
     _event("b", ["hugh-todd", "mohammed-ishaq-dar"], date=D7), True),
    ("same surname, other first name", _event("a", ["hugh-todd", "yvan-gil"], date=D7),
     _event("b", ["hugh-todd", "maria-gil"], date=D7), False),
    ("short keys never fuzzy", _event("a", ["hugh-todd", "li-wei"], date=D7),
     _event("b", ["hugh-todd", "li-wen"], date=D7), False),
    # name forms: a shorter form inside a longer one, a word spelled two ways, a lone name beside a sure partner
    ("a shorter form inside the full name", _names_event("a", ["Makhdoom Shah Mahmood Qureshi", "Wang Yi"], date=D7),
     _names_event("b", ["Shah Mahmood Qureshi"], kind="visit", date=D7), True),
    ("a middle name dropped by one report", _names_event("a", ["Yoon Suk-yeol", "Ferdinand Marcos Jr"], date=D7),
     _names_event("b", ["Yoon Suk Yeol"], kind="visit"), True),
    ("an honorific spelled two ways inside a name", _names_event("a", ["Zakaria Cheikh Ibrahim", "Birhanu Jula"]),
     _names_event("b", ["Zakaria Sheikh", "Berhanu Jula"]), True),
    ("a lone name spelled another way, beside a sure partner",
     _names_event("a", ["Abdourahamane Tchiani", "Assimi Goita"]), _names_event("b", ["Tiani", "Assimi Goita"], date=D7),
     True),
    ("a lone name alone is not enough", _names_event("a", ["Abdourahamane Tchiani", "Assimi Goita"]),
     _names_event("b", ["Tiani"], kind="visit", date=D7), False),
    ("two princes of one first name", _names_event("a", ["Mohammed bin Salman", "Antony Blinken"], date=D7),
     _names_event("b", ["Mohammed bin Zayed", "Antony Blinken"], date=D7), False),
    ("one family name, other given names", _names_event("a", ["Imran Khan", "Xi Jinping"], date=D7),
     _names_event("b", ["Ali Khan", "Xi Jinping"], date=D7), False),
    ("a lone family name of someone else", _names_event("a", ["Kim Jong Un", "Vladimir Putin"], date=D7),
     _names_event("b", ["Kim Yo Jong", "Putin"], date=D7), False),
    ("one person's trip weeks before an undated report of their meeting",
     _names_event("a", ["Filipe Nyusi"], kind="visit", date=dt.date(2026, 1, 20)),
     _names_event("b", ["Fillipe Nyusi", "Paul Kagame"], doc=_doc("b", dt.date(2026, 2, 27))), False),
    ("one person's trip days before an undated report of their meeting",
     _names_event("a", ["Filipe Nyusi"], kind="visit", date=dt.date(2026, 2, 25)),
     _names_event("b", ["Fillipe Nyusi", "Paul Kagame"], doc=_doc("b", dt.date(2026, 2, 27))), True),
    ("same pair, same city, three weeks apart", _names_event("a", ["Yoon Suk Yeol", "Ferdinand Marcos"], date=D7,
                                                            place="manila"),
     _names_event("b", ["Yoon Suk-yeol", "Ferdinand Marcos Jr"], date=D7 + dt.timedelta(days=21), place="manila"),
     False),
    ("same pair, same month, other city and day", _names_event("a", ["Tiani", "Assimi Goita"], date=D7, place="bamako"),
     _names_event("b", ["Abdourahamane Tchiani", "Assimi Goita"], date=D7 + dt.timedelta(days=9), place="niamey"),
     False),
]


@pytest.mark.parametrize("name,a,b,same", EVENT_CASES, ids=[c[0] for c in EVENT_CASES])
def test_event_compatibility(name, a, b, same):
    assert match.events_compatible(a, b) is same
    assert match.events_compatible(b, a) is same
    if same:  # compatible mentions always share a block key: the index finds them
        assert stored_keys(b) & lookup_keys(a) and stored_keys(a) & lookup_keys(b)


def _agreement(name, status, words, *, date=None, published=dt.date(2026, 2, 10)):
    return AgreementMention(iri=f"urn:a:{name}", doc=_doc(name, published), status=status, description=words,
                            parties=frozenset({"urn:IN", "urn:CA"}), words=frozenset(words.split()),
                            topics=frozenset(), date=date, event=None)


AGREEMENT_CASES = [
    ("two words, half the shorter", _agreement("a", "signed", "liaison officer exchange"),
     _agreement("b", "signed", "posting liaison officer"), True),
    ("stems agree", _agreement("a", "agreed", "prevent aggravation border"),
     _agreement("b", "agreed", "avoid aggravating border incidents"), True),
    ("one word in common", _agreement("a", "signed", "liaison officer"), _agreement("b", "signed", "cyber officer"),
     False),
    ("a generic description matches on status", _agreement("a", "signed", ""),
     _agreement("b", "signed", "deployment police force"), True),
    ("a generic description, other status", _agreement("a", "expected", ""),
     _agreement("b", "signed", "deployment police force", published=dt.date(2026, 2, 12)), False),
]


@pytest.mark.parametrize("name,a,b,same", AGREEMENT_CASES, ids=[c[0] for c in AGREEMENT_CASES])
def test_agreement_compatibility(name, a, b, same):
    assert match.agreements_compatible(a, b) is same
    assert match.agreements_compatible(b, a) is same


def test_clusters_do_not_depend_on_input_order():
    ms = [_event("a", "xy", date=D7), _event("b", "xy", kind="talks"), _event("c", "x", kind="visit"),
          _event("d", "xz", date=D7), _event("e", "xy", date=D7 + dt.timedelta(days=40))]
    one = match.cluster(ms, match.events_compatible)
    other = match.cluster(list(reversed(ms)), match.events_compatible)
    assert sorted(sorted(m.iri for m in c) for c in one) == sorted(sorted(m.iri for m in c) for c in other)


def test_dates_that_disagree_are_a_conflict_with_both_sides():
    a, b = _event("a", "xy", date=D7), _event("b", "xy", date=D7 + dt.timedelta(days=1))
    _, lines = canonical.event_graph("urn:c", [a, b], {})
    sides = [line for line in lines if "/ontology#side>" in line]
    assert any("ontology#Conflict" in line for line in lines) and len(sides) == 2


def test_expected_then_signed_is_history_and_same_day_is_a_conflict():
    earlier = _agreement("a", "expected", "liaison officers exchange", published=dt.date(2026, 1, 5))
    later = _agreement("b", "signed", "liaison officers exchange", published=dt.date(2026, 2, 5))
    same_day = _agreement("c", "expected", "liaison officers exchange", published=dt.date(2026, 2, 5))
    _, history = canonical.agreement_graph("urn:c", [earlier, later], {})
    _, conflict = canonical.agreement_graph("urn:c", [earlier, later, same_day], {})
    assert not any("ontology#Conflict" in line for line in history)
    assert any("status/signed" in line for line in history)  # the latest report's status
    assert any("ontology#Conflict" in line for line in conflict)


def test_normalised_text_and_near_duplicates():
    text = (REPO / "tests" / "conftest.py").read_text(encoding="utf-8")  # any long text will do
    assert texts.text_hash(text) == texts.text_hash(text.upper().replace(".", " ."))
    edited = text.replace("Shared fixtures", "Common fixtures", 1)
    assert texts.similar(texts.signature(text), texts.signature(edited))
    assert set(texts.band_keys(texts.signature(text))) & set(texts.band_keys(texts.signature(edited)))
    assert not texts.similar(texts.signature(text), texts.signature("A different story altogether " * 10))


@pytest.mark.parametrize("labels,expected", [
    ({"Nathalie G. Drouin", "Nathalie Drouin", "Nathalie G Drouin"}, "Nathalie Drouin"),
    ({"S Jaishankar", "Subrahmanyam Jaishankar"}, "Subrahmanyam Jaishankar"),
    ({"Modi", "Narendra Modi"}, "Narendra Modi"),
])
def test_one_preferred_label_per_person(labels, expected):
    assert preferred(labels) == expected


def test_same_event_f1_on_the_identity_gold():
    from kg.batch import evaluate_identity

    gold = REPO / "data" / "gold" / "identity.json"
    if not (REPO.parent / "shared" / "corpus").is_dir():
        pytest.skip("../shared/corpus is absent")
    scores = {s.name: s for s in evaluate_identity(gold)}
    assert scores["events"].f1 >= 0.9


# Same-event groups written by blind annotators: no wrong merge ever (precision 1.0 on every set so far), and
# recall floors below the figures in BENCHMARKS.md (blind5 0.889, blind6 1.0, blind7 1.0, blind8 1.0, blind9 1.0,
# blind10 1.0, blind11 0.75 since persons match by name form, 1.0 since summit-day (x16identity);
# blind12 0.5, blind13 0.75 and blind14 0.5 (0.75 since news-week, x16identity), the sixth round's judges and sealed set; blind15 1.0, the seventh round's; blind16 0.75, the eighth's; blind17 0.8, the ninth's; blind18 1.0, the tenth's; blind19 0.75, the eleventh's; blind20 1.0, the twelfth's; blind21 0.75, the thirteenth's; blind22 1.0, the fourteenth's, floored at two of its three pairs; blind23 0.667, the fifteenth's; blind24 0.667, the sixteenth's; blind25 1.0, its end set, floored at one of its two pairs; blind26 0.333, the seventeenth's, floored at its one pair;
# blind27 1.0, its end set, floored at one of its two pairs; blind28 0.667, the eighteenth's, floored at two of its three;
# blind29 1.0, its end set, floored at one of its two pairs; blind30 0.667, the nineteenth's, floored at two of its
# three; blind31 1.0, its end set, floored at two of its three; blind32 0.667, the twentieth's, floored at two of its three; blind33 1.0, its end set, floored at two of its three; blind34 1.0, the twenty-first's, floored at two of its three; blind35 1.0, its end set, floored at two of its three; blind36 0.0, the twenty-second's: each of its two pairs has one report whose meeting is not found, so only the no-wrong-merge half holds; blind37 0.5, its end set, floored at two of its four; blind38 0.667, the twenty-third's, floored at two of its three; blind39 0.5, its end set, floored at two of its four; blind40 0.5, the twenty-fourth's, floored at one of its two; blind41 1.0, its end set, floored at two of its three; blind42 0.333, the twenty-fifth's, floored at its one pair found of three; blind43 0.75, its end set, floored at three of its four).
BLIND_IDENTITY_RECALL = {"blind5": 0.8, "blind6": 0.6, "blind7": 1.0, "blind8": 1.0, "blind9": 1.0, "blind10": 1.0,
                         "blind11": 1.0, "blind12": 0.5, "blind13": 0.75, "blind14": 0.75,
                         "blind15": 0.75, "blind16": 0.75, "blind17": 0.8, "blind18": 0.75,
                         "blind19": 0.75, "blind20": 0.75, "blind21": 0.75, "blind22": 0.66, "blind23": 0.66, "blind24": 0.66, "blind25": 0.5,
                         "blind26": 0.33, "blind27": 0.5, "blind28": 0.66, "blind29": 0.5,
                         "blind30": 0.66, "blind31": 0.66, "blind32": 0.66, "blind33": 0.66, "blind34": 0.66, "blind35": 0.66, "blind36": 0.0, "blind37": 0.5, "blind38": 0.66, "blind39": 0.5, "blind40": 0.5, "blind41": 0.66, "blind42": 0.33, "blind43": 0.75}


@pytest.mark.parametrize("name", sorted(BLIND_IDENTITY_RECALL))
def test_same_event_pairs_on_blind_sets(name):
    from kg.batch import evaluate_identity

    scores = evaluate_identity(REPO / "tests" / "data" / f"identity-{name}.json")
    pairs = [s for s in scores if s.predicted_pairs or s.true_pairs]
    assert all(s.correct == s.predicted_pairs for s in pairs), [s.text() for s in pairs]
    found = sum(s.correct for s in pairs) / max(1, sum(s.true_pairs for s in pairs))
    assert found >= BLIND_IDENTITY_RECALL[name], [s.text() for s in pairs]


def test_pairwise_scoring_counts_missed_and_wrong_pairs():
    from kg.evaluate.identity import Predicted, score

    gold = {"corpora": [], "events": [{"id": "e1", "mentions": [
        {"article": "a", "participants": ["x", "y"]}, {"article": "b", "participants": ["x", "y"]},
        {"article": "c", "participants": ["x"]}]}, {"id": "e2", "mentions": [{"article": "d", "participants": ["z", "w"]}]}]}
    predicted = [Predicted("a", "events", "c1", frozenset("xy")), Predicted("b", "events", "c1", frozenset("xy")),
                 Predicted("c", "events", "c2", frozenset("x")), Predicted("d", "events", "c1", frozenset("zw"))]
    events = score(gold, predicted)[0]
    assert (events.true_pairs, events.predicted_pairs, events.correct) == (3, 3, 1)


def test_a_denial_by_the_credited_speaker_is_a_conflict_with_both_statements(tmp_path):
    claim = tmp_path / "claim.txt"
    claim.write_text("---\ntitle: Claim\npublisher: Outlet One\npublished: 2026-03-02\n---\n"
                     "\"India will expel Canadian diplomats from New Delhi next week,\" External Affairs Minister "
                     "S Jaishankar told reporters on Monday.\n", encoding="utf-8")
    denial = tmp_path / "denial.txt"
    denial.write_text("---\ntitle: Denial\npublisher: Outlet Two\npublished: 2026-03-04\n---\n"
                      "External Affairs Minister S Jaishankar said: \"The reports that India will expel Canadian "
                      "diplomats are baseless.\"\n", encoding="utf-8")
    store = Store(None)
    ingest([claim, denial], store=store)
    rows = list(store.query((REPO / "ontology" / "queries" / "conflicts.rq").read_text(encoding="utf-8")))
    speakers = {r["fact"].value for r in rows if r["property"].value == "text"}
    documents = {r["document"].value.rsplit("/", 1)[-1] for r in rows if r["property"].value == "text"}
    if not speakers:
        pytest.skip("the extractor credits neither sentence to the minister as a statement")
    assert documents == {"claim", "denial"}


@pytest.mark.parametrize("a,b,conflict", [
    ("India will expel Canadian diplomats", "denied that India will expel Canadian diplomats", True),
    ("India will expel Canadian diplomats", "India will expel Canadian diplomats soon", False),  # no denial
    ("India will expel Canadian diplomats", "denied any talks on trade", False),                 # other subject
])
def test_denial_rule(a, b, conflict):
    from kg.identity.denials import contradicts, statement

    one = statement("urn:s:1", _doc("one"), "urn:p:x", a, a)
    two = statement("urn:s:2", _doc("two"), "urn:p:x", b, b)
    assert contradicts(one, two) is conflict


def test_kg_eval_identity_with_a_bad_gold_file_gives_one_readable_line(tmp_path):
    import subprocess
    import sys

    bad = tmp_path / "identity.json"
    bad.write_text("{not json", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "eval", str(REPO / "data" / "articles"),
                           "--identity", str(bad)], capture_output=True, text=True, cwd=REPO)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and str(bad) in lines[0]


def test_sources_count_outlets_not_copies_and_unnamed_outlets_are_not_listed():
    def doc(name: str, report: str, outlet: str) -> Report:
        return Report(doc=f"urn:doc:{name}", report=report, outlet=outlet, published=D7)

    ms = [_event("a", "xy", date=D7, doc=doc("a", "urn:r:1", "republic world")),
          _event("b", "xy", date=D7, doc=doc("b", "urn:r:2", "republic world")),   # same outlet, other report
          _event("c", "xy", date=D7, doc=doc("c", "urn:r:3", "")),                 # no outlet named
          _event("d", "xy", date=D7, doc=doc("d", "urn:r:3", ""))]                 # a copy of c
    _, lines = canonical.event_graph("urn:c", ms, {})
    assert any(line.endswith('sourceCount> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .') for line in lines)
    assert any(line.endswith('reportCount> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .') for line in lines)
    assert [line for line in lines if "ontology#outlet>" in line] == ['<urn:c> <https://w3id.org/kg/ontology#outlet> "republic world" .']


def test_removing_an_article_rebuilds_what_it_was_linked_to() -> None:
    """kg remove leaves the identity graphs as if the article had never been ingested."""
    import pyoxigraph as ox

    from kg.catalog import remove

    files = _articles()
    full, without = Store(None), Store(None)
    ingest(files, store=full)
    ingest(files[1:], store=without)
    remove(full, [files[0].stem])
    assert not [g for g in full.graphs() if files[0].stem in g]
    assert files[0].stem not in full.dump(ox.RdfFormat.N_QUADS).decode()
    assert _canonical(full) == _canonical(without)


def test_a_person_spelled_two_ways_is_one_participant_of_the_canonical_event():
    one = _event("a", ["urn:p/hugh-todd", "urn:p/yvan-gil"], date=D7)
    two = _event("b", ["urn:p/hugh-todd", "urn:p/yvan-gil"], date=D7)
    three = _event("c", ["urn:p/hugh-todd", "urn:p/yvan-gill"], date=D7)
    [cluster] = match.cluster([one, two, three], match.events_compatible)
    _, lines = canonical.event_graph("urn:e", cluster, {})
    participants = sorted(line.split()[2] for line in lines if "#participant>" in line)
    assert participants == ["<urn:p/hugh-todd>", "<urn:p/yvan-gil>"]  # the spelling two reports use
    assert "<urn:p/yvan-gill> <http://www.w3.org/2004/02/skos/core#exactMatch> <urn:p/yvan-gil> ." in lines


def test_a_mentions_signature_key_is_the_same_in_every_process():
    import subprocess
    import sys

    code = ("import datetime as dt; from kg.identity.mentions import AgreementMention, Report; "
            "from kg.identity.resolve import _sig_key; "
            "d = Report(doc='urn:d', report='urn:r', outlet='o', published=dt.date(2026, 2, 10)); "
            "print(_sig_key(AgreementMention(iri='urn:a', doc=d, status='signed', description='x', "
            "parties=frozenset({'urn:IN', 'urn:CA', 'urn:FR'}), words=frozenset('liaison officer cyber fraud'.split()), "
            "topics=frozenset(), date=None, event=None)))")
    keys = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 2, 3)}
    assert len(keys) == 1


def test_signature_keys_do_not_depend_on_the_process_hash_seed():
    """Regression: a mention's 'sig:' key hashed the repr of frozensets, whose order follows Python's per-process
    string hashing, so a copy ingested by a later 'kg ingest' never found the key the first one stored."""
    import subprocess
    import sys

    code = ("import datetime as dt; from kg.identity.mentions import EventMention, Report; "
            "from kg.identity.resolve import _sig_key; "
            "r = Report('d', 'r', 'o', None); "
            "print(_sig_key(EventMention('e', r, 'meeting', frozenset(f'p{i}' for i in range(9)), "
            "dt.date(2026, 1, 2), None, None, False, frozenset({'IN', 'CA', 'FR'}))))")
    keys = {subprocess.run([sys.executable, "-c", code], env={"PYTHONHASHSEED": str(seed), "PATH": ""},
                           capture_output=True, text=True, check=True).stdout for seed in (1, 2, 3, 4)}
    assert len(keys) == 1 and next(iter(keys)).startswith("sig:")


def test_clustering_through_block_keys_gives_the_same_clusters_in_the_same_order():
    """match.cluster with block_keys tries a mention only against clusters whose first member shares a key; on a
    random mix of events and agreements (copies included) it must give exactly the clusters of trying them all."""
    import random

    rng = random.Random(5)
    people, kinds = "uvwxyz", ["meeting", "talks", "visit", "call", "summit"]
    events, agreements = [], []
    for i in range(300):
        doc = _doc(f"d{i % 90}", dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(60)))
        events.append(_event(f"e{i}", rng.sample(people, rng.randint(1, 3)), kind=rng.choice(kinds), doc=doc,
                             date=rng.choice([None, D7, D7 + dt.timedelta(days=rng.randrange(5))])))
        words = " ".join(rng.sample(["liaison", "officers", "maritime", "drugs", "cyber", "training", "border"], 3))
        parties = frozenset(rng.sample(["urn:IN", "urn:CA", "urn:FR", "urn:JP"], 2))
        agreements.append(AgreementMention(iri=f"urn:a:{i}", doc=doc, status=rng.choice(["agreed", "signed"]),
                                           description=words, parties=parties, words=frozenset(words.split()),
                                           topics=frozenset(), date=None, event=None))
    for ms, compatible in ((events, match.events_compatible), (agreements, match.agreements_compatible)):
        plain = match.cluster(ms, compatible)
        keyed = match.cluster(ms, compatible, match.block_keys)
        assert [[m.iri for m in c] for c in keyed] == [[m.iri for m in c] for c in plain]
        assert any(len(c) > 1 for c in plain)  # the mix really clusters


def test_clustering_through_window_keys_gives_the_same_clusters_in_the_same_order():
    """match.window_keys adds 16-day periods to the block keys: over a year of dated and undated mentions,
    expected ones, copies of one report published days apart, it gives exactly the clusters of trying them all;
    a batch with one mention that nothing dates falls back on block_keys."""
    import random

    rng = random.Random(11)
    people, kinds = "uvwxyz", ["meeting", "talks", "visit", "call"]
    events, agreements = [], []
    start = dt.date(2026, 1, 1)
    for i in range(400):
        published = start + dt.timedelta(days=rng.randrange(365))
        doc = Report(doc=f"urn:doc:{i % 150}", report=f"r{i}", outlet="", published=published)
        date = rng.choice([None, published - dt.timedelta(days=rng.randrange(20))])
        events.append(EventMention(iri=f"urn:e:{i}", doc=doc, kind=rng.choice(kinds),
                                   persons=frozenset(f"https://w3id.org/kg/id/person/{p}-{p}"
                                                     for p in rng.sample(people, rng.randint(1, 3))),
                                   date=date, end=None, place=None, expected=rng.random() < 0.2))
        words = " ".join(rng.sample(["liaison", "officers", "maritime", "drugs", "cyber", "training"], 3))
        agreements.append(AgreementMention(iri=f"urn:a:{i}", doc=doc, status=rng.choice(["agreed", "expected"]),
                                           description=words, parties=frozenset({"urn:IN", "urn:CA"}),
                                           words=frozenset(words.split()), topics=frozenset(), date=date,
                                           event=None))
    from dataclasses import replace

    for ms in (events, agreements):  # copies of a report republished 200 days later: one by same_copy alone
        for j in range(0, 400, 10):
            late = replace(ms[j].doc, doc=f"urn:copy:{j}", published=ms[j].doc.published + dt.timedelta(days=200))
            ms.append(replace(ms[j], iri=f"{ms[j].iri}:copy", doc=late))
    for ms, compatible in ((events, match.events_compatible), (agreements, match.agreements_compatible)):
        assert match.cluster_keys(ms) is match.window_keys
        plain = match.cluster(ms, compatible)
        keyed = match.cluster(ms, compatible, match.window_keys)
        assert [[m.iri for m in c] for c in keyed] == [[m.iri for m in c] for c in plain]
        assert any(len(c) > 1 for c in plain)
    undated = Report(doc="urn:doc:x", report="rx", outlet="", published=None)
    lone = EventMention(iri="urn:e:x", doc=undated, kind="meeting", persons=events[0].persons, date=None,
                        end=None, place=None, expected=False)
    assert match.cluster_keys([*events, lone]) is match.block_keys


def test_the_ascii_shortcut_of_normalise_equals_the_unicode_path():
    import random
    import string

    from kg.identity import texts

    rng = random.Random(11)
    alphabet = string.ascii_letters + string.digits + string.punctuation + " \t\n"
    samples = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300))) for _ in range(300)]
    samples += [p.read_text() for p in sorted((Path(__file__).parent.parent / "data" / "articles").glob("*.txt"))]
    for text in samples:
        if text.isascii():
            assert texts.normalise(text) == texts._normalise_unicode(text)
    assert texts.normalise("Élysée  SAYS: ﬁne") == "elysee says fine"  # not ASCII: accents and ligatures go


@pytest.mark.parametrize("one,other,same", [
    ("Makhdoom Shah Mahmood Qureshi", "Shah Mahmood Qureshi", True),
    ("Yoon Suk-yeol", "Yoon Suk Yeol", True),
    ("Abdel Fattah al-Sisi", "Abdel Fattah El Sisi", True),
    ("Mohamed bin Zayed Al Nahyan", "Mohammed bin Zayed", True),
    ("Mohammed bin Salman", "Mohammed bin Zayed", False),
    ("Imran Khan", "Ali Khan", False),
    ("Kim Jong Un", "Kim Yo Jong", False),
    ("Tiani", "Abdourahamane Tchiani", False),   # a lone name is never sure: it only fits (next test)
])
def test_same_person_by_name_forms(one, other, same):
    named = _named(one, other)
    names = {p: {label} for p, label in named.items()}
    a, b = list(named) if len(named) == 2 else [next(iter(named))] * 2
    assert match.same_person(a, b, names) is same and match.same_person(b, a, names) is same
    if same:
        assert match.block_names(a) & match.block_names(b)


@pytest.mark.parametrize("lone,full,fits", [
    ("Tiani", "Abdourahamane Tchiani", True), ("Yoon", "Yoon Suk Yeol", True), ("Putin", "Vladimir Putin", True),
    ("Khan", "Kahn Smith", False), ("Tiani", "Assimi Goita", False), ("Li", "Li Qiang", False),  # too short
])
def test_a_lone_name_fits_a_given_or_family_name(lone, full, fits):
    named = _named(lone, full)
    names = {p: {label} for p, label in named.items()}
    a, b = list(named)
    assert match.lone_name_fits(a, b, names) is fits


def test_compatible_mentions_always_meet_through_their_stored_keys():
    """Mentions are filed under their window's anchor and looked up over the anchors a partner could have: on a
    random mix of dated, undated, expected and unpublished mentions, every compatible pair shares a key."""
    import random

    rng = random.Random(7)
    names = ["Abdourahamane Tchiani", "Tiani", "Assimi Goita", "Yoon Suk Yeol", "Yoon Suk-yeol", "Ferdinand Marcos",
             "Shah Mahmood Qureshi", "Makhdoom Shah Mahmood Qureshi", "Wang Yi"]
    events, agreements = [], []
    for i in range(400):
        published = rng.choice([None] + [dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(400))] * 6)
        doc = _doc(f"d{i}", published)
        date = rng.choice([None, None, dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(400))])
        events.append(_names_event(f"e{i}", rng.sample(names, rng.randint(1, 3)), doc=doc, date=date,
                                   kind=rng.choice(["meeting", "visit"]), expected=rng.random() < 0.3))
        agreements.append(AgreementMention(iri=f"urn:a:{i}", doc=doc, status=rng.choice(["agreed", "expected"]),
                                           description="", parties=frozenset({"urn:IN", "urn:CA"}),
                                           words=frozenset(), topics=frozenset(), date=date, event=None))
    found = 0
    for ms, compatible in ((events, match.events_compatible), (agreements, match.agreements_compatible)):
        stored = [stored_keys(m) for m in ms]
        looked = [lookup_keys(m) for m in ms]
        for i in range(len(ms)):
            for j in range(len(ms)):
                if i != j and compatible(ms[i], ms[j]):
                    found += 1
                    assert stored[j] & looked[i], (ms[i], ms[j])
    assert found > 100


def test_contradicting_statements_meet_through_their_keys_and_claims_never_meet_claims():
    """The denial index: a claim looks up only its speaker's denials (``sd:`` keys), a denial every statement of
    its speaker. On random statements — two speakers, dated and undated, claims and denials — every pair
    ``denials.contradicts`` accepts shares a key (the reference: every pair of the speaker's statements), and a
    claim's lookup finds no other claim, so a busy speaker's claims cost nothing to look up."""
    import random

    from kg.identity.denials import contradicts, statement

    rng = random.Random(11)
    words = ["india", "expel", "canadian", "diplomats", "trade", "talks", "visa", "border", "troops", "sanctions"]
    said = []
    for i in range(300):
        published = rng.choice([None] + [dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(200))] * 8)
        text = " ".join(rng.sample(words, 4))
        if rng.random() < 0.2:
            text = rng.choice(["denied that ", "reports that ", "it is baseless that "]) + text
        said.append(statement(f"urn:s:{i}", _doc(f"d{i}", published), rng.choice(["urn:p:x", "urn:p:y"]), text, text))
    stored = [stored_keys(m) for m in said]
    looked = [lookup_keys(m) for m in said]
    found = 0
    for i, a in enumerate(said):
        for j, b in enumerate(said):
            if i == j:
                continue
            if contradicts(a, b):
                found += 1
                assert stored[j] & looked[i], (a, b)
            if not a.denial and not b.denial:
                assert not stored[j] & looked[i], (a, b)
    assert found > 50


@pytest.mark.parametrize("one,other,kept,folded", [
    (["Abdourahamane Tchiani", "Assimi Goita"], ["Tiani", "Assimi Goita"], "abdourahamane-tchiani", "tiani"),
    (["Makhdoom Shah Mahmood Qureshi", "Wang Yi"], ["Shah Mahmood Qureshi"], "makhdoom-qureshi", "shah-qureshi"),
])
def test_a_person_written_two_ways_is_one_participant_with_an_exact_match(one, other, kept, folded):
    _, lines = canonical.event_graph("urn:e", [_names_event("a", one, date=D7), _names_event("b", other, date=D7)], {})
    participants = {line.split()[2] for line in lines if "#participant>" in line}
    assert f"<urn:p/{kept}>" in participants and f"<urn:p/{folded}>" not in participants
    assert f"<urn:p/{folded}> <http://www.w3.org/2004/02/skos/core#exactMatch> <urn:p/{kept}> ." in lines


# -- an article's mentions from the text just written ≡ read back from the store ------------------------------
def _records(reader, doc_id: str) -> tuple:
    return (reader.document(doc_id), reader.events(doc_id), reader.agreements(doc_id), reader.statements(doc_id),
            reader.person_labels(doc_id))


def _records_both_ways(store: Store, texts_by_id: dict[str, str]) -> None:
    import pyoxigraph as ox

    from kg.identity.records import Reader, article_from_text

    for doc_id, nt in texts_by_id.items():
        stored = Reader(store, {})
        from_text = Reader(store, {}, articles={doc_id: article_from_text(store, doc_id, nt)})
        assert from_text._articles[doc_id]._text is not None  # the text path is the one compared
        assert _records(from_text, doc_id) == _records(stored, doc_id), doc_id
        # and term by term: every (subject, predicate) of the article, its values as the store holds them
        article = from_text._articles[doc_id]
        pairs = {(q.subject.value, q.predicate.value) for q in store.quads(article.graph.value)}
        for subject, predicate in pairs:
            assert sorted(map(repr, article.objects(subject, predicate))) == sorted(map(repr, (
                q.object for q in store.quads_matching(ox.NamedNode(subject), ox.NamedNode(predicate), None,
                                                       article.graph)))), (doc_id, subject, predicate)


def test_mentions_read_from_the_written_text_equal_those_read_back_from_the_store(tmp_path):
    import datetime as dt_
    import sys

    sys.path.insert(0, str(REPO / "bench"))
    from corpus_gen import write_corpus  # bench/corpus_gen.py

    from kg import build, pipeline, sources
    from kg.extract import get_extractor

    files = [p for d in [*CORPORA, REPO / "tests" / "data" / "heldout", REPO / "tests" / "data" / "blind15"]
             if d.is_dir() for p in sorted(d.glob("*.txt"))]
    write_corpus(tmp_path / "gen", 40)
    files += sources.discover([tmp_path / "gen"])
    extractor, at = get_extractor("rules"), dt_.datetime(2026, 12, 1, tzinfo=dt_.timezone.utc)
    store, written = Store(tmp_path / "store"), {}
    for f in files:
        p = pipeline._prepare(sources.load(f), extractor, at)
        if isinstance(p, pipeline.Prepared):
            store.replace_graphs({str(build.graph_iri(p.doc_id)): p.graph_nt})
            written[p.doc_id] = p.graph_nt
    assert len(written) > 50
    from kg.identity.records import Reader

    assert sum(len(Reader(store, {}).events(d)) for d in written) > 50  # events were compared
    _records_both_ways(store, written)


def test_mentions_read_from_crafted_texts_equal_those_read_back_from_the_store():
    """Escapes, language tags, typed strings, a triple written twice, a value given twice (which comes first is
    the store's order), odd spacing (parsed whole): each kind read both ways."""
    ns, doc = "https://w3id.org/kg/", "https://w3id.org/kg/id/doc/c1"
    g, e, a, s, p, q = (ns + "graph/c1", ns + "id/event/c1/0", ns + "id/agreement/c1/0", ns + "id/statement/c1/0",
                        ns + "id/person/a-b", ns + "id/person/c-d")
    K, SC, D = ns + "ontology#", "https://schema.org/", "http://purl.org/dc/terms/"
    T, L = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2000/01/rdf-schema#label"
    XD, XS = "http://www.w3.org/2001/XMLSchema#date", "http://www.w3.org/2001/XMLSchema#string"
    lines = [f"<{g}> <http://www.w3.org/ns/prov#wasDerivedFrom> <{doc}> .",
             f'<{doc}> <{D}publisher> "The \\"Daily\\" Wire (ANI)" .', f'<{doc}> <{D}issued> "2026-02-10"^^<{XD}> .',
             f"<{e}> <{T}> <{K}Meeting> .", f"<{e}> <{T}> <{K}Talks> .", f"<{e}> <{K}participant> <{p}> .",
             f"<{e}> <{K}participant> <{q}> .", f"<{p}> <{T}> <{K}Person> .", f"<{q}> <{T}> <{K}Person> .",
             f'<{p}> <{L}> "A B" .', f'<{p}> <{L}> "A\\u00e9 B"@en .',
             f'<{p}> <{L}> "A. B"@en-gb .', f'<{q}> <{L}> "C D"^^<{XS}> .',
             f'<{q}> <{L}> "C D"@EN-gb .', f'<{e}> <{SC}startDate> "2026-02-09"^^<{XD}> .',
             f"<{e}> <{SC}location> <{ns}id/place/x> .", f"<{e}> <{SC}location> <{ns}id/place/y> .",
             f"<{e}> <{K}country> <{ns}id/country/in> .", f"<{e}> <{K}country> <{ns}id/country/in> .",
             f"<{a}> <{T}> <{K}Agreement> .", f'<{a}> <{K}status> <{ns}id/status/signed> .',
             f'<{a}> <{D}description> "to fight\\ttrafficking \\\\ and fraud" .', f"<{a}> <{K}party> <{ns}id/country/in> .",
             f"<{a}> <{K}party> <{ns}id/country/fr> .", f"<{a}> <{K}reachedAt> <{e}> .",
             f"<{s}> <{T}> <{K}Statement> .", f"<{s}> <{K}speaker> <{p}> .", f'<{s}> <{SC}text> "We deny it" .',
             f"<{s}> <{K}evidence> <{s}/ev> .", f"<{s}/ev> <http://www.w3.org/ns/oa#hasSelector> <{s}/sel> .",
             f'<{s}/sel> <http://www.w3.org/ns/oa#exact> "\\"We deny it,\\" he said." .',
             f"<{s}> <{K}evidence> <{s}/ev2> .", f"<{s}/ev2> <http://www.w3.org/ns/oa#hasSelector> <{s}/sel2> .",
             f'<{s}/sel2> <http://www.w3.org/ns/oa#exact> "Later: no." .',
             f'<{s}/sel2> <http://www.w3.org/ns/oa#exact> "Later: no." .',
             f'<{e}> <{SC}endDate> "2026-02-10T00:00:00+00:00"^^<http://www.w3.org/2001/XMLSchema#dateTime> .',
             f'<{a}> <{D}date> "2026-02-08+05:30"^^<{XD}> .', f'<{a}> <{K}rank> "007"^^<{XD[:-4]}integer> .']
    for nt in ("\n".join(lines) + "\n", "\n".join(lines), "\n".join(lines).replace("> <", ">  <", 3)):
        store = Store(None)
        store.replace_graphs({g: nt})
        _records_both_ways(store, {"c1": nt})
        from kg.identity.records import Reader
        assert Reader(store, {}).events("c1") and Reader(store, {}).agreements("c1"), "the craft reads as mentions"


# -- a signature's key remembered (resolve._signature_key) ≡ computed afresh ----------------------------------
def _fresh_sig_key(m) -> str:
    import hashlib

    from kg.identity import match as match_
    from kg.identity.resolve import _canonical as canonical_

    return "sig:" + hashlib.sha1(repr(canonical_(match_._signature(m))).encode("utf-8")).hexdigest()[:16]


def test_remembered_signature_keys_equal_fresh_ones(tmp_path):
    """Every event and agreement mention of real and generated articles, cold and warm, and crafted mentions that
    differ in one field of the signature each (or only outside it): the remembered key is the fresh one."""
    import sys

    import importlib

    from kg.identity.records import Reader
    from kg.pipeline import ingest
    from kg.vocab import GRAPH

    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    from corpus_gen import write_corpus

    resolve_ = importlib.import_module("kg.identity.resolve")  # (kg.identity.resolve is also a function's name)
    write_corpus(tmp_path / "gen", 30)
    with Store(None) as store:
        report = ingest([Path(__file__).parent.parent / "data" / "articles", tmp_path / "gen"], store=store)
        reader = Reader(store, {})
        ids = [g.removeprefix(str(GRAPH)) for g in report.graphs]
        mentions = [m for d in ids for m in [*reader.events(d), *reader.agreements(d)]]
    assert len(mentions) > 100
    for warm in (False, True):
        if not warm:
            resolve_._signature_key.cache_clear()
        assert [resolve_._sig_key(m) for m in mentions] == [_fresh_sig_key(m) for m in mentions]
    base = _event("x", ["urn:p/a", "urn:p/b"], date=D7, place="urn:place/x")
    variants = [base, dataclasses.replace(base, kind="call"), dataclasses.replace(base, persons=frozenset({"urn:p/a"})),
                dataclasses.replace(base, date=D7 + dt.timedelta(days=1)), dataclasses.replace(base, end=D7),
                dataclasses.replace(base, place=None), dataclasses.replace(base, expected=True)]
    keys = [resolve_._sig_key(m) for m in variants]
    assert keys == [_fresh_sig_key(m) for m in variants] and len(set(keys)) == len(variants)
    other_doc = dataclasses.replace(base, iri="urn:m:y", doc=_doc("y"))  # outside the signature: the same key
    assert resolve_._sig_key(other_doc) == keys[0]
    a = _agreement("a", "signed", "liaison officer cyber fraud")
    for changed in (dataclasses.replace(a, status="agreed"), dataclasses.replace(a, words=frozenset({"cyber"})),
                    dataclasses.replace(a, topics=frozenset({"t"})), dataclasses.replace(a, date=D7),
                    dataclasses.replace(a, parties=frozenset({"urn:IN", "urn:FR"}))):
        assert resolve_._sig_key(changed) == _fresh_sig_key(changed) != resolve_._sig_key(a)



def test_mentions_remembered_across_readers_equal_fresh_ones(tmp_path, monkeypatch):
    """Readers of one resolution share the article graphs and each document's mentions, built once; when a reader
    sees another Report for the document (the reports step found a copy), the remembered mentions carry that
    Report: equal to mentions read by a fresh reader, for every document of the real articles and renamed copies
    of them (whose reports differ), in both directions; and each document's mentions are built once per kind."""
    from kg.identity.records import Reader

    files = _articles()
    store = Store(None)
    ingest(files, store=store)
    ingest(_copy_renamed(files[:6], tmp_path / "again", "copy"), store=store)  # copies: one report, two documents
    ids = sorted(g.rsplit("/", 1)[-1] for g in store.graphs() if g.startswith("https://w3id.org/kg/graph/")
                 and not g.endswith("/inferred"))
    built: list[tuple[str, str]] = []
    counting = [False]
    for kind in ("_events", "_agreements", "_statements"):
        def spy(self, report, art, _real=getattr(Reader, kind), _kind=kind):  # noqa: ANN001, ANN202
            if counting[0]:
                built.append((_kind, art.graph.value))
            return _real(self, report, art)

        monkeypatch.setattr(Reader, kind, spy)
    shared: dict = {}
    fresh = Reader(store, {})
    other = {fresh.document(d).doc: "urn:report:other" for d in ids if fresh.document(d)}  # another report each
    copies = {d for d in ids if fresh.document(d) and fresh.document(d).report != fresh.document(d).doc}
    assert copies, "the renamed copies are filed under their originals' reports"
    n = 0
    for reports in (other, {}, other):
        reader, reference = Reader(store, reports, articles=shared), Reader(store, dict(reports))
        for d in ids:
            for read in ("events", "agreements", "statements"):
                counting[0] = True
                got = getattr(reader, read)(d)
                counting[0] = False
                want = getattr(reference, read)(d)
                assert got == want, (d, read)
                assert all(m.doc == reference.document(d) for m in got)
                n += len(got)
    assert n > 200
    assert len(built) == len(set(built)) == 3 * len([d for d in ids if fresh.document(d)])  # once each
