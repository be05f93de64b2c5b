"""Earlier instruments named in passing: a title with its year in brackets, an instrument made in a past year, a
fronted "First signed ... in 2009, the MoU", and earlier deals listed by counterpart ("agreements in place with A, B
and C"). One signed agreement each; a UN convention is no bilateral instrument. Sentences are invented for this file."""

from __future__ import annotations

import pytest

# (text, a word of the description, the rule, expected status)
ROWS = [
    ("Ghana and Togo met in Accra. The ministers recalled the Fisheries Agreement (2004) and the Customs Protocol "
     "(2011), which still govern the lagoon.", "Fisheries", "agreement/dated-instrument", "signed"),
    ("Ghana and Togo met in Accra. The new accord builds on an earlier agreement concluded between the two navies "
     "in 2009.", "earlier agreement", "agreement/dated-instrument", "signed"),
    ("Ghana and Togo met in Accra. Originally signed by the two foreign ministers in 1998, the treaty governs the "
     "lagoon border.", "1998", "agreement/dated-instrument", "signed"),
    ("Ghana signed a customs pact with Togo on Monday. Accra already has agreements in place with Benin, Nigeria "
     "and Burkina Faso.", "Benin", "agreement/earlier-with-counterparts", "signed"),
    ("Ghana signed a customs pact with Togo on Monday. Accra already has agreements in place with Benin, Nigeria "
     "and Burkina Faso.", "Burkina", "agreement/earlier-with-counterparts", "signed"),
    ("Ghana signed a customs pact with Togo on Monday. It is the fourth such pact for Ghana, after similar deals "
     "were signed with Benin in 2012, Nigeria in 2016 and Niger in March 2020.", "2016",
     "agreement/earlier-with-counterparts", "signed"),
]

# (text, a word that must not start an agreement's description)
NONE_ROWS = [
    ("Ghana and Togo met in Accra. Both cited the 1982 United Nations Convention on the Law of the Sea.", "Convention"),
    # a list that is not of states is no list of counterparts
    ("Ghana and Togo met in Accra. Ghana has agreements in place with several firms and banks.", "firms"),
]


@pytest.mark.parametrize("text,word,rule,status", ROWS)
def test_earlier_instrument(extract, text, word, rule, status):
    x, _ = extract(text)
    hits = [a for a in x.agreements if word in a.description]
    assert any(a.support.rule == rule and a.status == status for a in hits), \
        [(a.description, a.status, a.support.rule) for a in x.agreements]


def test_one_per_counterpart(extract):
    x, _ = extract("Ghana signed a customs pact with Togo on Monday. Accra already has agreements in place with "
                   "Benin, Nigeria and Burkina Faso.")
    listed = [a for a in x.agreements if a.support.rule == "agreement/earlier-with-counterparts"]
    assert len(listed) == 3, [(a.description, a.parties) for a in listed]
    assert all(len(a.parties) == 2 and "GH" in a.parties for a in listed), [a.parties for a in listed]


@pytest.mark.parametrize("text,word", NONE_ROWS)
def test_no_earlier_instrument(extract, text, word):
    x, _ = extract(text)
    assert not any(word in a.description and a.support.rule.endswith(("dated-instrument", "earlier-with-counterparts"))
                   for a in x.agreements), [(a.description, a.support.rule) for a in x.agreements]
