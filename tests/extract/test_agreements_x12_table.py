"""Round x12 of the agreement mechanisms, as tables: the README's conventions as named vetoes (a principle upheld is a
reaffirmation, a verb phrase that names no act, an agreement's own passive infinitive) and an anaphoric object read as
what the clause reviewed before it. Sentences are invented for this file."""

from __future__ import annotations

import re

import pytest

from kg.extract.agreement_vetoes import empty_object


def _rule(a) -> str:
    return a.support.rule.split("/", 1)[1]


def _all(x) -> list[tuple[str, str, str]]:
    return [(a.status, _rule(a), a.description) for a in x.agreements]


# (rule, text, a word of the description, expected status)
ROWS = [
    # "strengthen it further": the object is what both sides reviewed before agreeing
    ("agreed-to-clause", "Kenya and Tanzania held talks in Arusha. Both delegations reviewed the entire range of their "
     "police cooperation as well as customs control at Namanga and agreed to strengthen it further.", "customs control",
     "agreed"),
    ("agreed-to-clause", "Kenya and Tanzania held talks in Arusha. The ministers assessed the state of joint patrols on "
     "Lake Victoria and agreed to expand these measures.", "joint patrols", "agreed"),
    # a concrete place of the two keeps "maintain peace" a commitment
    ("pledged-to-clause", "Kenya and Tanzania held talks in Arusha. The two ministers pledged to maintain peace and calm "
     "along the border districts of Kajiado and Longido.", "border districts", "committed"),
    # an earlier instrument named by its makers' possessive pair, an acronym or a place
    ("named-instrument", "Kenya and Tanzania held talks in Arusha. The joint unit will work under Nairobi and Dodoma’s "
     "border security pact, officials said.", "border security pact", "signed"),
    ("named-instrument", "Kenya and Tanzania held talks in Arusha. The terms echo the longstanding EAC treaty between Kenya, "
     "Tanzania and Uganda.", "EAC treaty", "signed"),
    ("named-instrument", "Kenya and Tanzania held talks in Arusha. Both sides praised the Nairobi Declaration for "
     "calming the lake dispute.", "Nairobi Declaration", "agreed"),
    # an instruction from the top binds both administrations
    ("instructed-to-act", "Kenya and Tanzania held talks in Arusha. The two presidents directed their ministers to draw "
     "up a joint plan for the Namanga crossing.", "Namanga", "committed"),
    ("instructed-to-act", "Kenya and Tanzania held talks in Arusha. \"Police units of our countries were tasked with "
     "tracing stolen cattle across the border,\" Ruto said.", "stolen cattle", "committed"),
    # a signing awaited in the gerund; instruments initialled; cooperation documents exchanged
    ("expected-to-sign+noun", "Kenya and Tanzania held talks in Arusha. Nairobi said it looks forward to signing a "
     "fisheries accord with Tanzania in June.", "fisheries accord", "expected"),
    ("sign-verb+noun", "Kenya and Tanzania held talks in Arusha. The delegations initialled the terms of reference for "
     "a joint boundary commission.", "terms of reference", "signed"),
    ("sign-verb+noun", "Kenya and Tanzania held talks in Arusha. The two presidents then exchanged cooperation documents "
     "on trade and policing.", "cooperation documents", "signed"),
    # a reaffirmed commitment to a concrete act stays; "pledged closer cooperation" stays a pledge
    ("their-commitment-to-act", "Kenya and Tanzania held talks in Arusha. Both sides reiterated their commitment to open "
     "two new border crossings.", "border crossings", "committed"),
    ("pledged-noun", "Kenya and Tanzania held talks in Arusha. The two sides pledged closer cooperation on drug "
     "trafficking.", "drug trafficking", "committed"),
    # status: a signing whose importance is stressed, or agreed to, is still to come
    ("sign-verb+noun", "Kenya and Tanzania held talks in Arusha. The ministers stressed the importance of signing the "
     "fisheries treaty between Kenya and Tanzania.", "fisheries treaty", "expected"),
    ("to-sign", "Kenya and Tanzania held talks in Arusha. \"We agreed to sign a border treaty with Uganda,\" Ruto said.",
     "border treaty", "expected"),
    # the act before "and work together in other ways" stays
    ("agreed-to-clause", "Kenya and Tanzania held talks in Arusha. The police chiefs agreed to pool their records on "
     "cattle raiders, and work together in other ways, too.", "cattle raiders", "agreed"),
]


@pytest.mark.parametrize(("rule", "text", "word", "status"), ROWS, ids=[r[0] for r in ROWS])
def test_row(extract, rule, text, word, status):
    x, _ = extract(text)
    got = [(a.status, _rule(a), a.description) for a in x.agreements if word in a.description]
    assert got, f"no agreement about {word!r}: {_all(x)}"
    assert (status, rule) in [(g[0], g[1]) for g in got], got


# (text, a word no agreement may hold): the shapes the conventions keep out
KEPT_OUT = [
    # reaffirmations of principle (README: not agreements)
    ("Kenya and Tanzania held talks in Arusha. The two presidents also agreed to uphold a free and open rules-based "
     "order, including on navigation in the Indian Ocean.", "rules-based"),
    ("Kenya and Tanzania held talks in Arusha. Both leaders committed to maintain peace and stability in the Great "
     "Lakes region.", "stability"),
    ("Kenya and Tanzania held talks in Arusha. The ministers pledged to respect each other's sovereignty and "
     "territorial integrity.", "sovereignty"),
    # a reaffirmed commitment to abstract goods restates a principle
    ("Kenya and Tanzania held talks in Arusha. Both sides reiterated their commitment to cooperate and find ways to "
     "strengthen mutual trust and confidence.", "trust"),
    # talk of "ways to enhance bilateral and multilateral cooperation" is a topic, not a proposal
    ("Kenya and Tanzania held talks in Arusha. The ministers also discussed ways to enhance bilateral and multilateral "
     "cooperation, such as in the regional police forum.", "multilateral"),
    # "promising" after a copula or a determiner is an adjective, not a promise
    ("Kenya and Tanzania held talks in Arusha. \"There are promising areas for cooperation such as fisheries and "
     "tourism,\" Ruto said.", "fisheries"),
    # a verb phrase that names no act of its own
    ("Kenya and Tanzania held talks in Arusha. The police chiefs agreed to pool their records on cattle raiders, and "
     "work together in other ways, too.", "other ways"),
    ("Kenya and Tanzania held talks in Arusha. Speaking to reporters, both sides said they had reached a consensus to "
     "tackle the issue.", "issue"),
    ("Kenya and Tanzania held talks in Arusha. They decided that Kenya and Tanzania will collaborate at various "
     "levels.", "various levels"),
    # an agreement's passive infinitive says what happens to it, not what it binds anyone to
    # a country's name is no instrument's name ("the Kenyan agreement" is read by the verb rows, if at all)
    ("Kenya and Tanzania held talks in Arusha. Officials said the Kenya Agreement text was still open.", "^Kenya Agreement"),
    ("Kenya and Tanzania held talks in Arusha. The two are working towards a new fisheries agreement to be signed "
     "next year, their ministers said.",
     "^be signed"),
]


@pytest.mark.parametrize(("text", "word"), KEPT_OUT)
def test_kept_out(extract, text, word):
    x, _ = extract(text)
    assert not [a.description for a in x.agreements if re.search(word, a.description)], _all(x)


@pytest.mark.parametrize(("desc", "empty"), [
    ("work together in other ways, too", True),
    ("collaborate at various levels", True),
    ("respond appropriately", True),
    ("tackle the issue", True),
    ("strengthen it further", True),
    ("cooperate closely on maritime security", False),
    ("hold talks", False),
    ("share radar data", False),
])
def test_empty_object(desc, empty):
    assert empty_object(desc) is empty


def test_a_truce_named_by_its_time_is_the_truce_reported(extract):
    x, _ = extract("Two days after Uganda brokered a truce between Kenya and Tanzania, their army chiefs spoke by phone. "
                   "Kenya and Tanzania agreed to a truce last Saturday after four days of fighting on the lake.")
    truces = [a for a in x.agreements if "truce" in a.description]
    assert len(truces) == 1 and len(truces[0].support.evidence) == 2, _all(x)


def test_a_definite_object_names_the_commitment_again(extract):
    x, _ = extract("Kenya and Tanzania will begin coordinated police patrols on Lake Victoria next year, the two "
                   "ministers said. The ministers agreed to hold the first patrols in March.")
    patrols = [a for a in x.agreements if "patrols" in a.description]
    assert len(patrols) == 1 and patrols[0].status == "agreed", _all(x)


def test_a_general_head_is_no_referent(extract):
    x, _ = extract("Kenya and Tanzania agreed to share radar data on smuggling boats. The ministers also agreed to "
                   "raise the issue at the regional summit.")
    assert any("radar" in a.description for a in x.agreements), _all(x)


def test_an_acronym_names_the_instrument_that_introduced_it(extract):
    x, _ = extract("Kenya and Tanzania on Monday signed a Lake Patrol Agreement (LPA) allowing joint boat patrols. "
                   "The signing of the LPA between Kenya and Tanzania was just days after a ferry was attacked.")
    assert len([a for a in x.agreements if "LPA" in a.description]) == 1, _all(x)


def test_a_passive_subject_leaves_its_auxiliary_out(extract):
    x, _ = extract("Kenya and Tanzania held talks in Arusha. A memorandum of understanding was also signed by the two "
                   "interior ministers to set up a joint border committee.")
    assert not [a for a in x.agreements if a.description.endswith(("was also", "was"))], _all(x)


def test_an_instrument_named_by_its_year_is_the_one_reported(extract):
    x, _ = extract("Kenya and Tanzania held talks in Arusha. The new deal builds on a border pact signed in 2019, "
                   "which opened two crossings. Traders crowded the Namanga post months after the 2019 accord was "
                   "signed.")
    assert not [a for a in x.agreements if "Traders" in a.description], _all(x)
