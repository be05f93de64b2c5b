"""Round x13 of the agreement mechanisms, judged on a bank of unannotated news: a definite noun phrase that names the
deal already reported, auxiliaries and adjectives that looked like undertakings, and instruments whose parties are
named in the noun phrase. Sentences are invented for this file."""

from __future__ import annotations

import re

import pytest


def _rule(a) -> str:
    return a.support.rule.split("/", 1)[1]


def _all(x) -> list[tuple[str, str, str]]:
    return [(a.status, _rule(a), a.description) for a in x.agreements]


# (text, how many agreements, a word one of them holds): a definite noun phrase with no complement of its own names
# the deal already reported, it is no second one
ONE_DEAL = [
    ("Ghana and Togo agreed on a joint border patrol plan on Friday. The interior ministers announced the agreement at "
     "a news conference in Lomé hours after the talks ended.", 1, "patrol"),
    ("Ghana and Togo have signed an accord to share police records on cattle theft. The minister said the signing of "
     "the bilateral policing accord marked a new chapter between the two forces.", 1, "police records"),
    ("Ghana and Togo signed a maritime cooperation plan in Accra. The document was signed on May 3 by the two "
     "defence ministers, the ministry said.", 1, "maritime cooperation plan"),
]


@pytest.mark.parametrize(("text", "n", "word"), ONE_DEAL)
def test_one_deal(extract, text, n, word):
    x, _ = extract(text)
    assert len(x.agreements) == n and any(word in a.description for a in x.agreements), _all(x)


# (text, a pattern no agreement may match)
KEPT_OUT = [
    # "will also be present": an auxiliary before "be", not an undertaking
    ("Ghana and Togo held talks in Accra. Apart from them, observers from Benin and Niger will also be present.",
     "present"),
    # "discussed promising areas": an adjective after a verb, not a promise
    ("Ghana and Togo held talks in Accra. The ministers discussed promising areas of cooperation in fisheries.",
     "areas"),
]


@pytest.mark.parametrize(("text", "pattern"), KEPT_OUT)
def test_kept_out(extract, text, pattern):
    x, _ = extract(text)
    assert not [a.description for a in x.agreements if re.search(pattern, a.description)], _all(x)


def test_a_new_deal_named_definitely_stays_new(extract):
    # the earlier commitment has no agreement noun: "the maritime security agreement" is a second deal
    x, _ = extract("Ghana and Togo agreed to share radar data. They also signed the maritime security agreement on "
                   "Friday.")
    assert len(x.agreements) == 2, _all(x)
