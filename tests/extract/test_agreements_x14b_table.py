"""Round x14 wave 2 of the agreement mechanisms, judged on a bank of unannotated news: a deal already made told again
("the signed agreement") is no new signing, and signing wordings the verb classes lacked ("entered into an MoU", "came
together to ink a pact", "an accord due to be signed", "was discussed and agreed by both sides", "finalized a deal with
<state>"). Sentences are invented for this file."""

from __future__ import annotations

import pytest


def _rule(a) -> str:
    return a.support.rule.split("/", 1)[1]


def _all(x) -> list[tuple[str, str, str, list[str]]]:
    return [(a.status, _rule(a), a.description, a.parties) for a in x.agreements]


# signed-adjective: "signed" after a determiner is an adjective; the deal was made before, no new signed agreement
RESTATED = [
    ("Ghana and Togo signed a border security pact on Monday. Under the signed security deal, Togo pledges it would "
     "not allow armed groups to use its territory.", "security deal, Togo"),
    ("Ghana and Togo signed a border security pact on Monday. The two sides agreed to speed up the entry into force "
     "of the signed agreement.", "signed agreement"),
    ("Ghana and Togo signed seven agreements on Monday. The newly signed instruments cover policing and customs.",
     "instruments cover"),
]


@pytest.mark.parametrize(("text", "words"), RESTATED)
def test_signed_adjective_is_no_signing(extract, text, words):
    x, _ = extract(text)
    assert not any(a.status == "signed" and words in a.description for a in x.agreements), _all(x)


def test_signed_adjective_keeps_a_titled_instrument(extract):
    x, _ = extract("Ghana and Togo held defence talks in Accra. The ministers reinforced their support for the "
                   "recently signed Joint Declaration on Border Policing.")
    assert any("Joint Declaration on Border Policing" in a.description for a in x.agreements), _all(x)


# signing wordings: (text, status, rule, a word of the agreement, its parties as a set)
SIGNING = [
    ("Ghana and Togo held talks in Accra. Ghana and Togo have entered into a strategic memorandum of understanding "
     "to strengthen border security cooperation.", "signed", "signing-synonym", "memorandum", {"GH", "TG"}),
    ("Ghana and Togo held talks in Accra. Ghana on Monday entered into a defence agreement with Togo.",
     "signed", "signing-synonym", "defence agreement", {"GH", "TG"}),
    ("Ghana and Togo held talks in Accra on Monday. The two neighbours came together to ink a maritime pact.",
     "signed", "signing-synonym", "maritime pact", {"GH", "TG"}),
    ("Ghana and Togo held talks in Accra. Ghana said an accord due to be signed in Lome on Thursday could mark a "
     "step toward peace.", "expected", "noun-due-to-be-signed", "accord", {"GH", "TG"}),
    ("Ghana and Togo held talks in Accra. Training of Togo coast guard personnel and joint patrols was discussed "
     "and agreed by both sides.", "agreed", "discussed-and-agreed", "joint patrols", {"GH", "TG"}),
    ("Chile and Peru held talks in Lima. A Chilean envoy proposed for the two countries to enter into a maritime "
     "surveillance agreement.", "discussed", "signing-synonym", "maritime surveillance agreement", {"CL", "PE"}),
    ("Chile and Peru held talks in Lima. Chile on Tuesday finalized a border radar deal with Peru.",
     "agreed", "agree-verb+noun", "radar deal", {"CL", "PE"}),
    ("Chile and Peru held talks in Lima. Chile is on the cusp of finalising a coast guard agreement with Peru.",
     "expected", "agree-verb+noun", "coast guard agreement", {"CL", "PE"}),
]


@pytest.mark.parametrize(("text", "status", "rule", "word", "parties"), SIGNING)
def test_signing_wordings(extract, text, status, rule, word, parties):
    x, _ = extract(text)
    assert any(a.status == status and _rule(a) == rule and word in a.description and set(a.parties) == parties
               for a in x.agreements), _all(x)


def test_potential_signing_is_discussed(extract):
    x, _ = extract("Armenia and Azerbaijan held talks in Almaty. \"We discussed a border commission, as well as views "
                   "of both sides about potential signing of a peace treaty,\" he said.")
    assert any(a.status == "discussed" and "peace treaty" in a.description for a in x.agreements), _all(x)
    assert not any(a.status == "signed" for a in x.agreements), _all(x)


# still no agreement: entering into force is no signing; one state's own purchase finalized with no state after "with"
NONE = [
    "Ghana and Togo held talks in Accra. The agreement, which entered into force in 2020, covers training.",
    "Chile and Peru held talks in Lima. Chile on Tuesday finalized a radar purchase deal with Thales.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_new_agreement(extract, text):
    x, _ = extract(text)
    assert not any(_rule(a) in ("signing-synonym", "agree-verb+noun") for a in x.agreements), _all(x)


# restated-participle: a definite, untitled deal before its signing participle, in a report that told of a signing
# already, is that deal again; a title, or no earlier signing, keeps it a deal of its own
def test_restated_participle_folds_the_whole_sentence(extract):
    x, _ = extract("Iraq and Iran signed a security protocol on Monday. The adviser said that the security MoU signed "
                   "with the envoy had been prepared before the attack and was signed once the visit took place.")
    assert [a.description for a in x.agreements if a.status == "signed"] == ["security protocol"], _all(x)  # (x20agrinst: no setting)


def test_restated_participle_folds(extract):
    x, _ = extract("Kyrgyzstan and Tajikistan signed a protocol to end border clashes on Monday. According to a news "
                   "agency, the deal signed late Monday envisions a total cessation of hostilities.")
    assert not any("envisions" in a.description or "late Monday" in a.description for a in x.agreements), _all(x)
    assert any("protocol" in a.description for a in x.agreements), _all(x)


KEPT_PARTICIPLE = [
    ("Ecuador and Peru held a cabinet meeting. The president referred to the peace agreement signed in Brasilia, "
     "which ended old territorial disputes.", "peace agreement"),
    ("Azerbaijan and Turkey signed a defence memorandum. The Azerbaijani parliament has approved the Shusha "
     "Declaration signed with Turkey.", "Shusha Declaration"),
]


@pytest.mark.parametrize(("text", "words"), KEPT_PARTICIPLE)
def test_restated_participle_keeps(extract, text, words):
    x, _ = extract(text)
    assert any(words in a.description for a in x.agreements), _all(x)
