"""Round x22 of the agreement descriptions (x22agveto, list-not-matter): after "agreements in/on ...", a setting (a place,
a presence, an occasion, "in line with") is no member of what the instruments are about; a remainder ("and other
industries") names none; words listed before one field noun are one member. Sentences are invented for this file."""

from __future__ import annotations

import pytest

from kg.extract.agreement_parts import LIST_SETTINGS, parts


def _all(x) -> list[tuple[str, str, list[str]]]:
    return [(a.status, a.description, a.parties) for a in x.agreements]


# parts(), as a string function: (description read after the verb, the agreements it gives)
SPLIT = [
    # signing-presence: the instruments, not "agreement on the presence of ..."
    ("seven agreements in the presence of the two presidents", ["seven agreements in the presence of the two presidents"]),
    # signing-place: a place opens the items; the purpose after it says what they are about
    ("three agreements in Lusaka aimed at curbing cattle rustling and arms smuggling",
     ["three agreements aimed at curbing cattle rustling and arms smuggling"]),
    # signing-place after the members: the members end there
    ("two agreements on policing and customs in Kigali", ["agreement on policing", "agreement on customs"]),
    # in-keeping-with: a closing circumstance is no member; members-share-head: adjectives before one field noun
    ("several agreements in the naval, scientific and commercial spheres, in keeping with their long friendship",
     ["agreement on the naval, scientific and commercial spheres"]),
    # signing-occasion
    ("four agreements on fisheries and aviation on the sidelines of the summit",
     ["agreement on fisheries", "agreement on aviation"]),
    # "in the fields of" is the link, not a member's words
    ("agreements in the fields of mining, tourism and policing",
     ["agreement on mining", "agreement on tourism", "agreement on policing"]),
    # other-remainder: "and other sectors" names no member
    ("agreements on cyber defence, coast guards, and other sectors",
     ["agreement on cyber defence", "agreement on coast guards"]),
    # examples of a vague remainder are one member
    ("agreements in many other fields, including pilot training, joint patrols and officer exchanges",
     ["agreement on pilot training, joint patrols and officer exchanges"]),
    # left as they were: members only, a date after "on" (read elsewhere), a title with a capital
    ("agreements covering fuel, ports and defence cooperation",
     ["agreement on fuel", "agreement on ports", "agreement on defence cooperation"]),
    ("agreements on Mutual Legal Assistance in Criminal Matters", ["agreement on Mutual Legal Assistance in Criminal Matters"]),
]


@pytest.mark.parametrize(("desc", "expected"), SPLIT)
def test_list_matter(desc, expected):
    assert parts(desc) == expected


def test_rows_named():
    assert [name for name, _ in LIST_SETTINGS] == ["signing-presence", "signing-occasion", "in-keeping-with", "signing-place"]


# through the extractor: (text, a description expected, a word no description may hold)
SIGNED = [
    ("Zambia and Malawi signed three agreements in Lilongwe aimed at curbing cattle rustling.",
     "three agreements aimed at curbing cattle rustling", "agreement on Lilongwe"),
    ("Oman and Jordan signed dozens of agreements in the military, security and cultural spheres, in line with their "
     "long friendship.", "agreement on the military, security and cultural spheres", "in line with"),
]


@pytest.mark.parametrize(("text", "description", "gone"), SIGNED)
def test_signed_list_without_setting(extract, text, description, gone):
    x, _ = extract(text)
    assert any(a.status == "signed" and a.description == description for a in x.agreements), _all(x)
    assert not any(gone in a.description for a in x.agreements), _all(x)
