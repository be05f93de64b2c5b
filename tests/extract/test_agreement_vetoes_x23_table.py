"""Round x23: what is signed must be an instrument between the sides.

- signed-not-an-instrument (agreement_vetoes): "signed the bill into law", "signed a decree", "signed the visitors'
  book", "signed the Book of Honour" sign one state's own act or a courtesy of the visit; the corpus counts no
  unilateral measure as an agreement. Letters of intent, conventions and anything else named as an instrument stay.

Sentences are invented for this file; kg:rule names the trigger."""

from __future__ import annotations

import re

import pytest

_LEAD = "Ghana's defence minister visited Togo on Monday. "


def _facts(x) -> list[tuple[str, str, str]]:
    return [(a.description, a.status, a.support.rule) for a in x.agreements]


NOT_AGREEMENTS = [
    "The visiting minister signed the Book of Honour in accordance with the protocol.",
    "The two ministers signed the visitors' book at the headquarters.",
    "He signed the condolence book at the embassy.",
    "The president signed the bill into law on Tuesday.",
    "The minister signed a decree on the mobilisation of reservists.",
    "The president signed an executive order on border security.",
]


@pytest.mark.parametrize("sentence", NOT_AGREEMENTS)
def test_signed_not_an_instrument(extract, sentence):
    x, _ = extract(_LEAD + sentence)
    assert not x.agreements, _facts(x)


# (sentence, a word the description must carry)
KEPT = [
    ("The two ministers signed letters of intent on disaster response.", "letters of intent"),
    ("The two countries signed the Law of the Sea convention.", "Law of the Sea"),
    ("The two ministers signed a memorandum of understanding on defence cooperation.", "memorandum"),
]


@pytest.mark.parametrize(("sentence", "word"), KEPT)
def test_instruments_signed_stay(extract, sentence, word):
    x, _ = extract(_LEAD + sentence)
    assert any(word in f[0] and f[1] == "signed" for f in _facts(x)), _facts(x)


# A relative clause's own subject is a pronoun: "The protocol we signed today ..." reads "protocol", an instrument named
# by its noun alone (too short for a fact of its own), never "protocol we".
@pytest.mark.parametrize("sentence", [
    "\"The protocol we signed today brings further collaboration,\" the minister said.",
    "The accord he signed in Lome covers hot pursuit at sea.",
])
def test_pronoun_subject_is_no_part_of_the_instrument(extract, sentence):
    x, _ = extract(_LEAD + sentence)
    assert not any(re.search(r"\b(?:we|he|she|they|I|you)$", f[0]) for f in _facts(x)), _facts(x)


# "The legal instruments were signed during the meeting": a plural definite reference by the word "instruments", like
# "the documents", points back at the instruments the report names; it is no agreement of its own.
def test_instruments_reference_folds(extract):
    x, _ = extract(_LEAD + "A memorandum of understanding on border patrols was signed by the two ministers. "
                   "The legal instruments were signed during the meeting of the joint commission.")
    assert not any("instruments" in f[0] for f in _facts(x)), _facts(x)
    assert any("border patrols" in f[0] for f in _facts(x)), _facts(x)


# `state-in-a-name`: a state's name joined by a hyphen to a word that is no state names something else ("Agence
# France-Presse"); a pair of states ("the India-Pakistan talks") still names both.
def test_state_inside_an_agency_name_is_no_party(extract):
    x, _ = extract("Jordan and Iraq held security talks in Amman. Agence France-Presse on Wednesday quoted the Iraqi "
                   "ambassador as saying that the two countries would sign an agreement to fight terrorism.")
    deals = [a for a in x.agreements if "terrorism" in a.description]
    assert deals and all("FR" not in a.parties for a in deals), [(a.description, a.parties) for a in x.agreements]


# "will sign an agreement to X": the noun phrase "agreement to" is no assent; the verb before it gives the status
# (x23agstatus; a signing still to come is expected, a proposal no agreement).
@pytest.mark.parametrize(("sentence", "status"), [
    ("Ghana and Togo will sign an agreement to share intelligence next month.", "expected"),
    ("Officials said the two countries were to sign an agreement to fight terrorism.", "expected"),
    ("The two countries signed an agreement to share intelligence.", "signed"),
])
def test_agreement_to_takes_the_status_of_its_verb(extract, sentence, status):
    x, _ = extract(_LEAD + sentence)
    hits = [f for f in _facts(x) if "intelligence" in f[0] or "terrorism" in f[0]]
    assert hits and all(f[1] == status for f in hits), _facts(x)
