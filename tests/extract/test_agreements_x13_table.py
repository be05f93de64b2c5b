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
    # one side's decision, whoever names it (a capital, a council, a speaker's "we"), is its own measure
    ("Ghana and Togo clashed over the border. Accra has decided to recall its ambassador in Lomé after the raid.",
     "ambassador"),
    ("Ghana and Togo clashed over the border. \"We have decided to close the consulate in Lomé,\" the Ghanaian "
     "foreign minister said.", "consulate"),
    ("Ghana and Togo clashed over the border. The National Security Council, chaired by the president, decided to "
     "suspend trade with Togo.", "suspend"),
    # a demand made in public on the other side is a stance in the dispute
    ("Ghana and Togo clashed over the border. Ghana called on Togo to withdraw its troops from the disputed village.",
     "withdraw"),
    ("Ghana and Togo clashed over the border. The Ghanaian minister urged Lomé to respect the court ruling on the "
     "village.", "ruling"),
    # talk of enhancing ties, or of "security and stability in the region", names no step
    ("Ghana and Togo held talks in Accra. The two ministers explored ways of enhancing military relations between the "
     "two countries.", "relations"),
    ("Ghana and Togo held talks in Accra. The leaders discussed ways to enhance security and stability in the region.",
     "stability"),
    # "and <Name> will" is an undertaking only when the name is a state's
    ("Ghana and Togo traded fire. \"Any provocation along the Border Road and Volta Line will meet a firm response,\" "
     "the general said.", "response"),
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


# (text, a word of the description, status): what the vetoes leave standing
KEPT = [
    ("Ghana and Togo held talks in Accra. The two sides also decided to set up a joint border commission.",
     "border commission", "agreed"),
    ("Ghana and Togo held talks in Accra. The defence authorities decided to increase joint patrols on the lake.",
     "joint patrols", "agreed"),
    ("Ghana and Togo held talks in Accra. \"We have decided to upgrade our ties to a strategic partnership,\" the "
     "president said.", "strategic partnership", "agreed"),
    ("Ghana and Togo held talks in Accra. \"We have decided to hold the next round of talks in Kumasi in May,\" the "
     "Ghanaian minister said.", "next round", "agreed"),
    ("Ghana and Togo held talks in Accra. Togo asked Ghana to train its coast guard officers.", "coast guard",
     "discussed"),
]


@pytest.mark.parametrize(("text", "word", "status"), KEPT)
def test_kept(extract, text, word, status):
    x, _ = extract(text)
    assert [a for a in x.agreements if word in a.description and a.status == status], _all(x)


# (text, a word of the description, parties): a third state's deal in the background binds the signer and the state
# named after "with", not the report's main pair
PARTIES = [
    ("Ghana and Togo held talks in Accra. Earlier, Nigeria also signed a border security pact with Benin.",
     "border security pact", ["NG", "BJ"]),
    ("Ghana and Togo held talks in Accra. In 2021, Ghana signed a fisheries agreement with Togo.", "fisheries",
     ["GH", "TG"]),
]


@pytest.mark.parametrize(("text", "word", "parties"), PARTIES)
def test_parties_of_a_deal_with(extract, text, word, parties):
    x, _ = extract(text)
    got = [a.parties for a in x.agreements if word in a.description]
    assert got and sorted(got[0]) == sorted(parties), _all(x)
