"""The no-content veto of agreement descriptions (issue 8, round 13 on the bank): a description left when its clause
was cut names only dates, places, function words, participles or adjectives of appraisal, and is no agreement; a bare
or a named instrument is content. Sentences are invented for this file."""

from __future__ import annotations

import pytest

from kg.extract.agreement_vetoes import names_no_content

# (description, names no content), of an agreement not signed
DESCRIPTIONS = [
    ("agreement on March 2011", True),                  # a date where the object was
    ("agreement on witnessed by", True),                # a participle and a dangling preposition
    ("this at a meeting held in Accra", True),          # a pronoun and a setting
    ("publicly available agreement", True),             # adjectives only
    ("a few days ago", True),                           # a time only
    ("pact signed in Lomé on Monday", True),            # an instrument, a participle, a capital, a day
    ("principal agreement was reached on", True),
    ("memorandum of understanding", False),             # a bare instrument: what was signed
    ("two documents", False),
    ("the Lomé agreement", False),                      # a place naming its instrument
    ("2019 Accra accord", False),
    ("Treaty of Friendship", False),                    # a named instrument
    ("landmark SMDA on May 2", False),                  # an acronym
    ("agreement on maritime patrols", False),
    ("a ceasefire", False),
    ("hold the next meeting in Accra", False),          # a verb of its own
    ("implementing agreements reached", True),          # carrying out the deals already reported
    ("implement the Lomé accord", False),
    ("talks centred on implementing deals reached during the President's recent visit to Accra", True),
]


@pytest.mark.parametrize(("desc", "empty"), DESCRIPTIONS)
def test_names_no_content(desc, empty):
    assert names_no_content(desc) is empty


# signed or expected: the instrument is what was or will be signed, whatever setting follows it
SIGNED = [
    ("treaty in 2031", False),
    ("a fuller agreement will be reached at a conference in June", False),
    ("Memorandum of Understanding in Accra", False),
    ("treaty signed by the two ministers in 1998", False),
    ("in the meeting", True),
    ("a few days ago", True),
]


@pytest.mark.parametrize(("desc", "empty"), SIGNED)
def test_names_no_content_signed(desc, empty):
    assert names_no_content(desc, instrument=True) is empty


# (text, a word no agreement's description may be made of alone)
def test_cut_clause_is_no_agreement(extract):
    x, _ = extract("Ghana rejected talks with the rebels, contrary to what Ghana and Togo agreed to a few days ago, "
                   "the minister said.")
    assert not any(a.description == "a few days ago" for a in x.agreements), [a.description for a in x.agreements]


def test_content_kept(extract):
    x, _ = extract("Ghana and Togo on Tuesday signed an agreement on joint maritime patrols in the Gulf of Guinea.")
    assert any("maritime patrols" in a.description for a in x.agreements), [a.description for a in x.agreements]
