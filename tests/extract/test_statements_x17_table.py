"""Round x17 (x17speakers): statement precision — what a credit covers.

- split-by-credit: a credit set off by commas inside a clause ("The pact, he said, would ...", "At the bilateral level,
  she added, the two navies ...") splits the words; the words are the whole clause, credited to the speaker. A clause
  complete before the credit ("The deal covers a first batch, the agency said, without ...") keeps its own words, and
  a setting before the credit ("In a post, the minister said, ...") is no part of them.
- relay-phrase (veto): words that are only the relay ("..., the agency reports citing local media", "..., Radio X
  reports with reference to the ministry", "officials were cited in media reports as saying ...") are no statement
  of the outlet's.

Sentences are invented for this file; kg:rule names the trigger."""

from __future__ import annotations

import pytest

_LEAD = "Defence Minister Anna Kovacs of Hungary visited Bratislava on Monday for security talks. "


def _facts(x) -> list[tuple[str, str, str]]:
    return [(s.speaker.label, s.text, s.support.rule) for s in x.statements]


# (sentence, the words expected to start with, words that must be in them)
SPLIT = [
    ("The new patrol scheme, she said, would cut smuggling along the Danube by half.",
     "The new patrol scheme would cut smuggling", "by half"),
    ("One clear priority, she said, lies in sharing radar data between the two air forces.",
     "One clear priority lies in sharing radar data", "air forces"),
    ("Other pressing threats, she added, included arms trafficking and irregular migration across the border.",
     "Other pressing threats included arms trafficking", "migration"),
    ("At the bilateral level, she said, the two armies enjoy close and steady cooperation.",
     "At the bilateral level, the two armies enjoy", "cooperation"),
]


@pytest.mark.parametrize(("sentence", "start", "inside"), SPLIT)
def test_split_by_credit_joins_the_clause(extract, sentence, start, inside):
    x, _ = extract(_LEAD + sentence)
    hits = [f for f in _facts(x) if f[1].startswith(start)]
    assert hits, _facts(x)
    assert inside in hits[0][1] and hits[0][2] == "statement/split-by-credit", hits
    assert "Kovacs" in hits[0][0], hits


def test_complete_clause_before_the_credit_keeps_its_words(extract):
    x, _ = extract(_LEAD + "The first contract covers twelve armoured vehicles, the Hungarian defence ministry said, without giving "
                           "a price.")
    got = _facts(x)
    assert any(t.startswith("The first contract covers twelve armoured vehicles") for _, t, _r in got), got
    assert not any("without giving" in t or r == "statement/split-by-credit" for _, t, r in got), got


def test_setting_before_the_credit_is_no_part_of_the_words(extract):
    x, _ = extract(_LEAD + "In a post on X, Kovacs said, the agreement gives new momentum to defence ties.")
    got = _facts(x)
    assert any(t.startswith("the agreement gives new momentum") for _, t, _r in got), got
    assert not any(r == "statement/split-by-credit" for _, _t, r in got), got


RELAY = [
    "Budapest Radio reports citing local media This would be the first such visit in a decade.",
    "A joint press conference of the two ministers was held in Budapest on Monday, Budapest Radio reports referring "
    "to the press service of the ministry.",
    "Slovak officials were cited in media reports as saying that the border posts would reopen.",
]


@pytest.mark.parametrize("sentence", RELAY)
def test_relay_phrase_is_no_statement(extract, sentence):
    x, _ = extract(_LEAD + sentence)
    got = _facts(x)
    assert not any(t.lower().lstrip(" ,").startswith(("citing", "referring", "as saying", "with reference"))
                   for _, t, _r in got), got


# narrated-event (extended): an outlet narrating an inauguration, a summons or a visit under way states nothing.
NARRATED = [
    "Slovak Ambassador Jan Horak was summoned to the Hungarian Foreign Ministry on Tuesday, Hungarian media reported.",
    "Prime Minister Gabor Toth inaugurated the joint border council with his Slovak counterpart on Thursday, local "
    "media reported.",
    "A Slovak police delegation is paying a visit to Budapest at the invitation of the Hungarian interior minister, "
    "the state news agency reports.",
]


@pytest.mark.parametrize("sentence", NARRATED)
def test_outlet_narrating_an_event_is_no_statement(extract, sentence):
    x, _ = extract(_LEAD + sentence)
    assert not [f for f in _facts(x) if "media" in f[0].lower() or "agency" in f[0].lower()], _facts(x)


def test_a_ministry_readout_of_a_summons_stays_a_statement(extract):
    x, _ = extract(_LEAD + "Slovak Ambassador Jan Horak was summoned over the airspace violation and handed a "
                           "protest note, the Hungarian Foreign Ministry said.")
    assert [f for f in _facts(x) if "Foreign Ministry" in f[0]], _facts(x)


def test_plural_states_after_a_quantifier_is_no_credit(extract):
    # the lead's mend after the bank2 judge: "of the two states," is the noun, not "<officials> states,"
    x, _ = extract(_LEAD + "The session, which brought together officials from several offices of the two states, "
                           "opened on Tuesday and ran for three days.")
    assert not any(r == "statement/split-by-credit" for _, _t, r in _facts(x)), _facts(x)
