"""Organisations, sixteenth round (x16orgsP): a bare acronym that names a thing, a document, a person, a state or a
dateline's place is no body. Rows: (sentence, the token that must not be a body) and (sentence, the body kept)."""

from __future__ import annotations

import pytest

# not-a-body readings of a bare token (kg/extract/org_bare.py)
BARE_ROWS = [
    # thing-after, with a hyphenated modifier or a coordinated token before the noun
    ("The patrol boats carry TOW anti-ship rockets and two guns.", "TOW"),
    ("The ministers reviewed projects in PESCO and CARD formats this week.", "CARD"),
    ("The ministers reviewed projects in PESCO and CARD formats this week.", "PESCO"),
    # thing-after, an event, a call, a vision or a mast
    ("The contract was signed at the IDEF show in Istanbul.", "IDEF"),
    ("The crew sent an SOS message before the boat sank.", "SOS"),
    ("Both firms will co-produce the NORA mast for the frigates.", "NORA"),
    # documents, leaders and a state by their initials
    ("The LOI on naval medicine was signed on Monday.", "LOI"),
    ("The pact was signed by MBS and the visiting prime minister.", "MBS"),
    ("Talks between the RSA and Lesotho resumed on Friday.", "RSA"),
    # spelled-after: the text spells the token out in brackets right after it
    ("Delhi pursues its outlook of SAMVAD (Shared Approach to Maritime Vigilance and Development) "
     "with partners.", "SAMVAD"),
    ("Trade disputes under the USMCA ( United States-Mexico-Canada Agreement ) were set aside.", "USMCA"),
    # dateline-alone: a hyphenated capital place on a line of its own
    ("ADDIS-ABABA.\nThe two ministers met on Monday to discuss the border.", "ADDIS-ABABA"),
]

# bare tokens the readings must leave as bodies
KEEP_ROWS = [
    ("Officers from the KDF and the police joined the drill.", "KDF"),
    ("The delegation arrived ahead of a meeting with their counterparts UPDF on Friday.", "UPDF"),
    ("The army had to neutralise the FDLR, a rebel group, before any withdrawal.", "FDLR"),
]


@pytest.mark.parametrize(("sentence", "wrong"), BARE_ROWS)
def test_bare_token_is_no_body(extract, sentence, wrong):
    x, _ = extract(sentence)
    found = {o.name for o in x.organizations} | {a for o in x.organizations for a in o.aliases}
    assert wrong not in found, found


@pytest.mark.parametrize(("sentence", "name"), KEEP_ROWS)
def test_bare_token_kept(extract, sentence, name):
    x, _ = extract(sentence)
    found = {o.name for o in x.organizations} | {a for o in x.organizations for a in o.aliases}
    assert name in found, found


# words before a body's name that are not its own: a sentence adverb or a count (sentence-opener), a person or a ship
# listed before "and" when the body's name opens with a state (state-opens-conjunct), a graded post (rank-post)
OPENER_ROWS = [
    ("Similarly Peru's Defense Ministry published the figures.", "Defense Ministry",
     ["Similarly Peru's Defense Ministry"]),
    ("Two Royal Navy frigates entered the strait.", "Royal Navy", ["Two Royal Navy"]),
    ("Navy chief Admiral Lee Jun and Philippine Coast Guard Commandant Ramon Cruz signed the plan.",
     "Philippine Coast Guard", ["Lee Jun and Philippine Coast Guard"]),
    ("The vessels Talwar, Vikrant and Indian Coast Guard Ship Varad sailed on Monday.", "Indian Coast Guard",
     ["Vikrant and Indian Coast Guard"]),
]


@pytest.mark.parametrize(("sentence", "name", "wrong"), OPENER_ROWS)
def test_words_before_the_name(extract, sentence, name, wrong):
    x, _ = extract(sentence)
    found = {o.name for o in x.organizations} | {a for o in x.organizations for a in o.aliases}
    assert name in found, found
    assert not found & set(wrong), found


def test_rank_post_commissioner(extract):
    x, _ = extract("He met Sipho Dlamini, Deputy National Police Commissioner for Crime, in Pretoria.")
    assert "Deputy National Police" not in {o.name for o in x.organizations}, [o.name for o in x.organizations]


def test_a_joined_name_without_a_state_still_joins(extract):
    x, _ = extract("Officers of the Garda National Drugs and Organised Crime Bureau seized the boat.")
    assert "Garda National Drugs and Organised Crime Bureau" in {o.name for o in x.organizations}


# state-pair opener: two states joined by a slash or a dash open a joint body's name (no single state owns it)
PAIR_ROWS = [
    ("Experts of the Benin/Togo Border Security Committee ended their session.", "Benin/Togo Border Security Committee"),
    ("The joint Liberia/Guinean Technical Boundary Committee met on Monday.",
     "Liberia/Guinean Technical Boundary Committee"),
    ("He opened the meeting of the Zambia-Malawi Defence and Security Joint Commission in Lilongwe.",
     "Zambia-Malawi Defence and Security Joint Commission"),
]


@pytest.mark.parametrize(("sentence", "name"), PAIR_ROWS)
def test_state_pair_opens_the_name(extract, sentence, name):
    x, _ = extract(sentence)
    bodies = {o.name: o for o in x.organizations}
    assert name in bodies, list(bodies)
    assert bodies[name].country is None


# tail-name: a later name that ends a longer body's name in the report is that body again (an alias)
TAIL_ROWS = [
    ("The Franco-Spanish Permanent Joint Fisheries Group met in Bilbao. The Fisheries Group will meet again in May.",
     "Franco-Spanish Permanent Joint Fisheries Group", "Fisheries Group"),
    ("The Chilean Ministry of Foreign Affairs summoned the envoy. The Ministry of Foreign Affairs said it was concerned.",
     "Chilean Ministry of Foreign Affairs", "Ministry of Foreign Affairs"),
]


@pytest.mark.parametrize(("text", "name", "alias"), TAIL_ROWS)
def test_tail_name_is_the_longer_body(extract, text, name, alias):
    x, _ = extract(text)
    bodies = {o.name: o for o in x.organizations}
    assert alias not in bodies, list(bodies)
    assert alias in bodies[name].aliases, bodies[name].aliases


# not folded: a table's body whose name ends another's, a unit named with "of", another state's ministry
KEEP_APART_ROWS = [
    ("The UN Security Council met on Monday. Iran's Supreme National Security Council said it would respond.",
     "UN Security Council"),
    ("The Media Office of the Kenyan Interior Ministry said the Kenyan Interior Ministry had acted.",
     "Kenyan Interior Ministry"),
    ("The Russian Foreign Ministry summoned the envoy of Latvia. The Latvian Foreign Ministry called it routine.",
     "Latvian Foreign Ministry"),
    # a state's body is not folded into a body of no state whose name ends the same way
    ("Rebels of the Revolutionary Armed Forces of Colombia laid down arms. The Armed Forces of Colombia will patrol "
     "the border, the ministry said.", "Armed Forces of Colombia"),
]


@pytest.mark.parametrize(("text", "name"), KEEP_APART_ROWS)
def test_tail_name_kept_apart(extract, text, name):
    x, _ = extract(text)
    assert name in {o.name for o in x.organizations}, [o.name for o in x.organizations]


# mission-abroad: a state's embassy or high commission named with the host's capital is the opening state's
MISSION_ROWS = [
    ("The Kenyan Embassy in Addis Ababa issued a statement on Monday.", "Kenyan Embassy in Addis Ababa", "KE"),
    ("Staff of the Pakistani High Commission in Colombo were told to stay home.",
     "Pakistani High Commission in Colombo", "PK"),
    ("A note from the Foreign Ministry in Hanoi rejected the claim.", "Foreign Ministry", "VN"),
]


@pytest.mark.parametrize(("sentence", "name", "state"), MISSION_ROWS)
def test_mission_abroad_state(extract, sentence, name, state):
    x, _ = extract(sentence)
    bodies = {o.name: o for o in x.organizations}
    assert name in bodies, list(bodies)
    assert bodies[name].country == state, bodies[name].country


def test_a_seated_mission_is_a_government_body(extract):
    x, _ = extract("The Malian Embassy in Dakar issued a statement on Monday.")
    bodies = {o.name: o for o in x.organizations}
    assert bodies["Malian Embassy in Dakar"].kind == "government"
