"""Round x16 (x16agreeR): agreement recall on news at large.

- interposed-aside: an aside between a trigger verb and its object ("agreed last month to", "agreed, on the margins of
  the summit in X, to", "signed with his counterpart Y the accord on ...", "signed here an agreement on ...", "signed at
  least six deals").
- partner-named: one state's assent or signing whose object names a second state of the report after "with", "to" or
  "from" is a deal between the two; "decided to", a nominal "signing of", and objects that name no partner stay vetoed.
- list-tail: "..., among other matters" closes a list of deal topics; it is no topic of its own.

Sentences are invented for this file; kg:rule names the trigger."""

from __future__ import annotations

import pytest

_LEAD = "Ghana and Togo held security talks in Accra on Monday. "


def _facts(x) -> list[tuple[str, str, str, list[str]]]:
    return [(a.description, a.status, a.support.rule, list(a.parties)) for a in x.agreements]


# (sentence, the description's start, status, rule)
ASIDE = [
    ("Ghana and Togo had agreed last month to set up a joint fusion cell at the Aflao crossing.",
     "set up a joint fusion cell", "agreed", "agreement/agreed-to-clause"),
    ("Ghana and Togo agreed earlier this week to exchange liaison officers between their police forces.",
     "exchange liaison officers", "agreed", "agreement/agreed-to-clause"),
    ("Ghana and Togo agreed, on the margins of the summit in Lome, to open a joint border post at Noepe.",
     "open a joint border post", "agreed", "agreement/agreed-to-clause"),
    ("The two ministers agreed, at a session of the joint commission in Accra, yesterday, to run joint lagoon patrols.",
     "run joint lagoon patrols", "agreed", "agreement/agreed-to-clause"),
    ("Ghana and Togo pledged last week to step up intelligence sharing on smuggling networks.",
     "step up intelligence sharing", "committed", "agreement/pledged-to-clause"),
    ("The Ghanaian minister said he had signed with his Togolese counterpart a memorandum on cross-border policing.",
     "memorandum on cross-border policing", "signed", "agreement/sign-verb+noun"),
    ("Ghana and Togo on Monday signed here an agreement on maritime surveillance.",
     "agreement on maritime surveillance", "signed", "agreement/sign-verb+noun"),
]


@pytest.mark.parametrize(("sentence", "start", "status", "rule"), ASIDE)
def test_interposed_aside(extract, sentence, start, status, rule):
    x, _ = extract(_LEAD + sentence)
    hits = [f for f in _facts(x) if start in f[0]]
    assert hits, _facts(x)
    assert hits[0][1] == status and hits[0][2] == rule, hits


def test_signed_at_least_a_count_of_deals_gives_one_per_topic(extract):
    x, _ = extract(_LEAD + "Ghana and Togo signed at least six cooperation deals on policing, customs and fisheries, "
                           "among other matters.")
    got = [f[0] for f in _facts(x)]
    for topic in ("policing", "customs", "fisheries"):
        assert any(topic in d for d in got), got
    assert not any("among other" in d for d in got), got


# (sentence, the description's start, the parties expected)
PARTNER = [
    ("Earlier, Togo agreed to deliver two patrol boats to Ghana at a cost of 4 million dollars.",
     "deliver two patrol boats to Ghana", ["TG", "GH"]),
    ("The Togolese side agreed to cooperate with Ghana while building the new border road.",
     "cooperate with Ghana", ["TG", "GH"]),
    ("Ghana has signed a contract to buy four patrol aircraft from Togo.",
     "contract to buy four patrol aircraft from Togo", ["GH", "TG"]),
]


@pytest.mark.parametrize(("sentence", "start", "parties"), PARTNER)
def test_partner_named(extract, sentence, start, parties):
    x, _ = extract(_LEAD + sentence)
    hits = [f for f in _facts(x) if f[0].startswith(start)]
    assert hits, _facts(x)
    assert sorted(hits[0][3]) == sorted(parties), hits


# one side's own act stays vetoed (unilateral-measure): a decision, a partner named by "by" or "against", a nominal signing
STILL_ONE_SIDE = [
    ("Togo decided to recall its ambassador from Ghana for consultations.", "recall its ambassador"),
    ("Togo agreed to the sentiments expressed by Ghana in parliament.", "the sentiments expressed"),
    ("The Ghanaian president signed an executive order imposing new tariffs against Togo.", "executive order"),
]


@pytest.mark.parametrize(("sentence", "words"), STILL_ONE_SIDE)
def test_one_side_act_stays_vetoed(extract, sentence, words):
    x, _ = extract(_LEAD + sentence)
    assert not any(words in f[0] for f in _facts(x)), _facts(x)


# their-commitment-to-act: the noun owned by both in more forms, governed by a verb of stating
SHARED_COMMITMENT = [
    ("The ministers expressed their unwavering commitment to exchange liaison officers every year.",
     "exchange liaison officers every year"),
    ("The two sides reaffirmed the commitment of both parties to extradite suspects within thirty days.",
     "extradite suspects within thirty days"),
]


@pytest.mark.parametrize(("sentence", "start"), SHARED_COMMITMENT)
def test_shared_commitment_noun(extract, sentence, start):
    x, _ = extract(_LEAD + sentence)
    hits = [f for f in _facts(x) if f[0].startswith(start)]
    assert hits and hits[0][1] == "committed" and hits[0][2] == "agreement/their-commitment-to-act", _facts(x)


# no commitment: a deal's spirit (deal-spirit), a goal named by an adjective
NO_COMMITMENT = [
    ("This protocol reflects the shared commitment of both nations to enhance their security.", "enhance their security"),
    # the noun with no verb of stating governing it: background, not a commitment made
    ("It follows the two countries' commitment to open a joint customs post at Aflao.", "open a joint customs post"),
    ("The minister praised a partnership underpinned by both nations' commitment to build coastal radars.",
     "build coastal radars"),
    ("The ministers reaffirmed their commitment to regional security in West Africa.", "regional security"),
]


@pytest.mark.parametrize(("sentence", "words"), NO_COMMITMENT)
def test_no_shared_commitment(extract, sentence, words):
    x, _ = extract(_LEAD + sentence)
    assert not any(f[0].startswith(words) for f in _facts(x)), _facts(x)


# "Chad" is the state unless a surname follows it or it names the lake (reference.countries, guarded name)
CHAD = [
    ("Sudan and Chad on Friday reached a border security agreement after years of wrangling.", ["SD", "TD"]),
    ("Niger and Chad agreed to run joint patrols along their shared border.", ["NE", "TD"]),
]


@pytest.mark.parametrize(("sentence", "parties"), CHAD)
def test_chad_is_a_state(extract, sentence, parties):
    x, _ = extract(sentence)
    assert x.agreements and sorted(x.agreements[0].parties) == sorted(parties), _facts(x)


@pytest.mark.parametrize("text", ["Chad Wolf said", "the Lake Chad basin", "Chad Smith, a former official"])
def test_chad_as_a_name_or_the_lake_is_no_state(text):
    from kg.extract import reference
    assert not [m.group() for m in reference.countries().pattern.finditer(text)]


# under-the-deal: opened by a quotation mark or by another phrase that names the deal
UNDER_THE_DEAL = [
    ("“Under the new border deal, Togo pledges it would not let armed groups cross into Ghana,” an official said.",
     "not let armed groups cross into Ghana"),
    ("According to the agreement, the two parties will train customs officers together at Aflao.",
     "train customs officers together"),
    ("As part of their accord, the two ministries will hold quarterly meetings on smuggling.",
     "hold quarterly meetings on smuggling"),
]


@pytest.mark.parametrize(("sentence", "start"), UNDER_THE_DEAL)
def test_under_the_deal_openers(extract, sentence, start):
    x, _ = extract(_LEAD + sentence)
    hits = [f for f in _facts(x) if f[0].startswith(start)]
    assert hits and hits[0][1] == "committed" and hits[0][2] == "agreement/under-the-deal", _facts(x)


def test_according_to_a_person_is_no_deal(extract):
    x, _ = extract(_LEAD + "According to the minister, the two navies will hold a joint drill in May.")
    assert not any(f[2] == "agreement/under-the-deal" for f in _facts(x)), _facts(x)
