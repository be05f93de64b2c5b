"""Round x10 of the agreement mechanisms, as tables: members of a plural umbrella listed after "include", instruments
counted before a passive signing, the future passive of a deal or joint body, instruments in the making, verb
phrases split after a modal, "it" read as the instrument titled before it, and a second stance ending a clause. Sentences are invented for this file."""

from __future__ import annotations

import pytest

from kg.extract.agreement_parts import list_members


def _rule(a) -> str:
    return a.support.rule.split("/", 1)[1]


# (rule, text, a word of the description, expected status)
ROWS = [
    # the umbrella and its members, in the next sentence after an agreeing verb
    ("umbrella-members", "Ghana and Togo met in Lome. The ministers agreed on several priorities for the coming year. "
     "These include pooling coastal radar data, training customs officers together, and opening a second crossing "
     "at Aflao.", "radar", "agreed"),
    ("umbrella-members", "Ghana and Togo met in Lome. The ministers agreed on several priorities for the coming year. "
     "These include pooling coastal radar data, training customs officers together, and opening a second crossing "
     "at Aflao.", "crossing", "agreed"),
    # the umbrella named in the sentence, in a reporting frame; "will include" is still to come
    ("umbrella-members", "The Ghanaian president will visit Togo next week. Officials in Accra said the instruments "
     "will include a fisheries protocol, a customs accord and a visa waiver for diplomats.", "visa", "expected"),
    ("umbrella-members", "Ghana and Togo held talks in Kara. The measures agreed included joint night patrols, a "
     "shared list of wanted smugglers and a hotline between border commanders.", "hotline", "agreed"),
    # instruments counted before a passive signing, their topics the agreements
    ("sign-verb", "Ghana and Togo will hold a summit in Accra. Officials said about eight agreements and MoUs on "
     "fisheries, customs cooperation and tourism promotion will be signed during the visit.", "customs", "expected"),
    # the future passive of a deal or of a joint body
    ("noun-will-be-made", "Ghana and Togo met in Lome on Monday. A joint commission will be set up between the two "
     "countries on the lagoon dispute within two months.", "commission", "committed"),
    ("noun-will-be-made", "Ghana and Togo met in Lome on Monday. A fuller agreement on fishing rights will be reached "
     "at talks in June, the ministers said.", "fishing", "expected"),
    # an instrument in the making
    ("instrument-in-the-making", "Ghana and Togo discussed border crime. Ghana has handed over a draft of a treaty on "
     "extradition, officials said.", "extradition", "discussed"),
    ("instrument-in-the-making", "Ghana signed a maritime pact with Togo on Monday. A similar deal is in the works "
     "with Benin.", "similar deal", "discussed"),
    ("negotiating-act", "Ghana and Togo met in Lome. According to officials, Ghana and Togo are negotiating pooling "
     "their coast guard vessels in the gulf.", "vessels", "discussed"),
    # the object "it" of a commitment is the instrument titled earlier in the sentence
    ("pledged-to-clause", "Ghana and Togo met in Lome. Officials praised the Lagoon Fisheries Protocol (LFP) as a model "
     "for the region, and both sides pledged on Monday to extend it for ten years.", "Lagoon Fisheries Protocol",
     "committed"),
    # "and expressed their commitment to ...": a second stance ends the instrument welcomed before it
    ("stage-of-noun", "Ghana and Togo met in Lome. Both countries welcomed the finalisation of the text of the agreement "
     "on cross-border fishing and expressed their commitment to open a second crossing.", "fishing", "agreed"),
    ("their-commitment-to-act", "Ghana and Togo met in Lome. Both countries welcomed the finalisation of the text of the "
     "agreement on cross-border fishing and expressed their commitment to open a second crossing.", "second crossing",
     "committed"),
    # after a modal, each verb phrase is one commitment
    ("both-will", "Ghana and Togo met in Lome. In addition, the two navies will patrol the gulf jointly and share "
     "radar data on pirate skiffs.", "radar data", "committed"),
    ("both-will", "Ghana and Togo met in Lome. In addition, the two navies will patrol the gulf jointly and share "
     "radar data on pirate skiffs.", "patrol the gulf", "committed"),
]


@pytest.mark.parametrize(("rule", "text", "word", "status"), ROWS, ids=[r[0] for r in ROWS])
def test_row(extract, rule, text, word, status):
    x, _ = extract(text)
    got = [(a.status, _rule(a), a.description) for a in x.agreements if word in a.description]
    assert got, f"no agreement about {word!r}: {[(a.status, _rule(a), a.description) for a in x.agreements]}"
    assert (status, rule) in [(g[0], g[1]) for g in got], got


def test_each_member_is_one_agreement(extract):
    x, _ = extract("Ghana and Togo met in Lome. The ministers agreed on several priorities for the coming year. "
                   "These include pooling coastal radar data, training customs officers together, and opening a "
                   "second crossing at Aflao.")
    got = sorted(a.description for a in x.agreements if _rule(a) == "umbrella-members")
    assert got == ["opening a second crossing at Aflao", "pooling coastal radar data",
                   "training customs officers together"], got


def test_each_counted_instrument_is_one_agreement(extract):
    x, _ = extract("Ghana and Togo will hold a summit in Accra. Officials said about eight agreements and MoUs on "
                   "fisheries, customs cooperation and tourism promotion will be signed during the visit.")
    assert sorted(a.description for a in x.agreements) == [
        "agreement on customs cooperation", "agreement on fisheries", "agreement on tourism promotion"]


# (text, words no agreement may open with): the shapes that stay out
KEPT_OUT = [
    # one deal's contents: the deal is the agreement, not each thing it covers
    ("Ghana and Togo signed a border pact on Monday. The pact covers radar coverage, customs data and fishing "
     "licences.", "customs data"),
    # "These include" with no umbrella of commitments before it
    ("Ghana and Togo face many smuggling routes. These include fuel runs across the lagoon, cattle drives and "
     "cocoa convoys.", "cattle"),
    # a list of two is often one commitment said twice
    ("Ghana and Togo agreed on two steps. These include a hotline and a radar link.", "radar link"),
    # one state's own body, made by its own government
    ("Ghana and Togo met in Lome. A committee will be established by the Ghanaian Government to study the fuel "
     "trade.", "committee"),
    # a meeting still to come is no deal
    ("Ghana and Togo met in Lome. The next round of talks will be held in Kara in May.", "next round"),
]


@pytest.mark.parametrize(("text", "word"), KEPT_OUT)
def test_kept_out(extract, text, word):
    x, _ = extract(text)
    assert not [a.description for a in x.agreements if a.description.startswith(word)], \
        [(a.status, _rule(a), a.description) for a in x.agreements]


@pytest.mark.parametrize(("items", "members"), [
    ("fuel, export of human resources, enhancing trade and commerce and defence cooperation",
     ["fuel", "export of human resources", "enhancing trade and commerce", "defence cooperation"]),
    ("trade, health and security", ["trade", "health", "security"]),
    # the known cost: a one-word last member after a longer one is read as part of it
    ("fisheries, customs cooperation and tourism", ["fisheries", "customs cooperation and tourism"]),
    ("scientific research and joint trade parishad and joint commission",
     ["scientific research", "joint trade parishad", "joint commission"]),
    ("delimitation talks, border management, and cross-border exchanges and cooperation",
     ["delimitation talks", "border management", "cross-border exchanges and cooperation"]),
    ("“pooling radar data, training officers”, and opening a crossing",
     ["pooling radar data", "training officers", "opening a crossing"]),
])
def test_list_members(items, members):
    assert list_members(items) == members


def test_same_words_between_other_states_are_another_agreement(extract):
    x, _ = extract("Ghana and Togo agreed on Monday to fight organised crime along their border. In a similar step, "
                   "Benin and Niger confirmed that their police forces would fight organised crime together.")
    assert sorted(tuple(sorted(a.parties)) for a in x.agreements) == [("BJ", "NE"), ("GH", "TG")], \
        [(a.description, a.parties) for a in x.agreements]
