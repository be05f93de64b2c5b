"""Round x19 (x19postspeaker): a post credited by a DESCRIPTION of its holder, named before — speaker shapes
"post-described" and "counterpart" (kg.extract.speakers._described, _counterpart). The words that are no post words
are read for what they say of the holder: the state's name or a two-word national adjective before the post, the
state or the field after "of", the acronym of the body the post is in, a word that says which holder ("acting"),
the post's own initials; "his <nationality> counterpart". Only ONE holder named before is credited: two holders, or
a former one, name no one. Each row: the report, who must be credited (None: no one), a word of the words.
Sentences are written for these tests."""

from __future__ import annotations

import pytest


def _credited(x, word):
    return [s.speaker.label for s in x.statements if word in s.text]


DESCRIBED = [
    # the state's name before the post
    ("Togo's President Faure Gnassingbe hosted Benin's President Patrice Talon in Lome on Friday. The Togo president "
     "said that the border posts would reopen in May.", "Faure Gnassingbe", "border posts"),
    # a two-word national adjective
    ("South African President Cyril Ramaphosa met Angolan President Joao Lourenco in Luanda. The South African leader "
     "said the two navies would patrol the coast together.", "Cyril Ramaphosa", "navies"),
    # the acronym of the body the post is in
    ("Border Security Force (BSF) Director General Daljit Chawdhary met the Nepali delegation in Delhi. The BSF chief "
     "said that smuggling along the border had fallen sharply.", "Daljit Chawdhary", "smuggling"),
    # the post by its initials (before its remit)
    ("Principal Secretary for Defence Patrick Mariru received the Ugandan envoy on Tuesday. The PS said the two "
     "ministries would exchange liaison officers.", "Patrick Mariru", "liaison"),
    # a word that says which holder, one holder named
    ("Bosnian Foreign Minister Lejla Hodzic arrived in Zagreb on Monday for talks with Croatian officials. The "
     "visiting foreign minister told reporters that the visa talks would end this year.", "Lejla Hodzic", "visa"),
    # the field after "of", with the state before the post
    ("French Armed Forces Minister Paul Giraud met US Defense Secretary Mark Dwyer in Paris. The US Secretary of "
     "Defense said the two armies would hold a drill in the spring.", "Mark Dwyer", "drill"),
    # "his <nationality> counterpart"
    ("Kenyan army chief General Tom Koros met Ugandan army chief General Paul Otim in Nairobi. His Ugandan counterpart "
     "said that the joint patrols had ended cattle raids.", "Paul Otim", "cattle"),
    # "his counterpart" alone: the holder of the last speaker's post under the other state
    ("Defence Minister Pedro Alves of Portugal met Spanish Defence Minister Rosa Pardo in Madrid on Monday. Pardo "
     "thanked Alves for the visit. His counterpart said that the two navies would share a port in the Azores.",
     "Pedro Alves", "Azores"),
]


@pytest.mark.parametrize("text, speaker, word", DESCRIBED, ids=[r[2] for r in DESCRIBED])
def test_description_credits_its_holder(extract, text, speaker, word):
    x, _ = extract(text)
    assert _credited(x, word) == [speaker]


NO_ONE = [
    # two holders fit the description: never a pick between them
    ("Kenyan Defence Minister Aden Duale met Ugandan Defence Minister Vincent Ssempijja in Kampala. The visiting "
     "minister said the road corridor would be guarded jointly.", "corridor"),
    # a former holder is not the one the report names as holder
    ("Foreign Minister Ana Lopes met former Malawi minister Peter Banda in Lilongwe. The former Malawi minister said "
     "the lake dispute should go to arbitration.", "arbitration"),
    # "his counterpart" with no speaker before it: whose counterpart is not said
    ("Defence Minister Pedro Alves of Portugal met Spanish Defence Minister Rosa Pardo in Madrid on Monday. His "
     "counterpart said that the two navies would share a port in the Azores.", "Azores"),
    # a counterpart of a state no one named is of
    ("Kenyan army chief General Tom Koros met Ugandan army chief General Paul Otim in Nairobi. His Tanzanian "
     "counterpart said that the joint patrols had ended cattle raids.", "cattle"),
]


@pytest.mark.parametrize("text, word", NO_ONE, ids=[r[1] for r in NO_ONE])
def test_description_names_no_one(extract, text, word):
    x, _ = extract(text)
    assert _credited(x, word) == []
