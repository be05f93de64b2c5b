"""Organisations, fifteenth round (x15orgs): a post or its holder inside a body's name ends the name or vetoes it.
Rows: (sentence, the body's name that must be found, names that must not be)."""

from __future__ import annotations

import pytest

# holder-tail / post-opener / holder-and / glued honorific: the body is found without the post and its holder
HOLDER_ROWS = [
    # holder-tail: a post after the complement opens the holder's name
    ("The Ministry of Interior Deputy Secretary Ali Rahimi opened the session.", "Ministry of Interior",
     ["Ministry of Interior Deputy Secretary Ali Rahimi"]),
    ("Jordan's Ministry of Foreign Affairs Secretary-General Omar Nasser met the envoy.", "Ministry of Foreign Affairs",
     ["Ministry of Foreign Affairs Secretary-General Omar"]),
    ("He met the Ministry of Foreign Affairs Undersecretary for Asian Affairs in Manama.",
     "Ministry of Foreign Affairs", ["Ministry of Foreign Affairs Undersecretary"]),
    # holder-tail: a two-word name after the complement's closing "Security"
    ("The deal was signed by the Chairman of the Committee for State Security Bakyt Osmonov on Friday.",
     "Committee for State Security", ["Committee for State Security Bakyt Osmonov"]),
    # post-opener: a post before the head is a person's, the body is its complement
    ("He was joined by Joint Secretary Ministry of Defence Commodore Rashid Ali at the talks.", "Ministry of Defence",
     ["Joint Secretary Ministry of Defence Commodore Rashid Ali"]),
    # holder-and: a post and its holder before "and" are a person listed with the body
    ("The summit will be attended by UN Secretary-General Kofi Mensah and Lake Basin Commission chairman Ali Bello.",
     "Lake Basin Commission", ["Kofi Mensah and Lake Basin Commission"]),
    # a conjunct opening with a state's adjective and a post is a person
    ("Copies went to the Office of the Attorney General and Kenyan Head of Delegation John Mwangi.",
     "Office of the Attorney General", ["Office of the Attorney General and Kenyan Head of Delegation"]),
    # an honorific glued to the name's last word (a missing space) opens the holder
    ("The Director of the Ministry of the InteriorMrs Grace Mensah signed for Ghana.", "Ministry of the Interior",
     ["Ministry of the InteriorMrs Grace Mensah"]),
]

# rows the readings must leave whole: a post the complement names, a rank word opening a body's name
KEEP_ROWS = [
    ("The Office of the Secretary of Defense issued a memo.", "Office of the Secretary of Defense"),
    ("The General Secretariat of Communication of the Peruvian Presidency issued a note.",
     "General Secretariat of Communication of the Peruvian Presidency"),
    ("The Council for National Security and Law Enforcement met in Kingston.",
     "Council for National Security and Law Enforcement"),
]

# rank-post: a grade word opening a head-shape right before a post noun names a post, not a body
RANK_ROWS = [
    ("Kenya's Deputy Army Chief, Major General Peter Otieno, opened the meeting.", "Deputy Army"),
    ("Anna Berg, Senior Bureau Official in the Bureau of Arms Control, led the delegation.", "Senior Bureau"),
    ("The Acting Navy Commander Rear Admiral Lee Sung spoke first.", "Acting Navy"),
]


@pytest.mark.parametrize(("sentence", "name", "wrong"), HOLDER_ROWS)
def test_holder_ends_the_name(extract, sentence, name, wrong):
    x, _ = extract(sentence)
    found = {o.name for o in x.organizations} | {a for o in x.organizations for a in o.aliases}
    assert name in found, found
    assert not found & set(wrong), found


@pytest.mark.parametrize(("sentence", "name"), KEEP_ROWS)
def test_name_kept_whole(extract, sentence, name):
    x, _ = extract(sentence)
    found = {o.name for o in x.organizations} | {a for o in x.organizations for a in o.aliases}
    assert name in found, found


@pytest.mark.parametrize(("sentence", "wrong"), RANK_ROWS)
def test_rank_post(extract, sentence, wrong):
    x, _ = extract(sentence)
    assert wrong not in {o.name for o in x.organizations}, [o.name for o in x.organizations]
