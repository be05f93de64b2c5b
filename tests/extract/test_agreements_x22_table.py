"""Round x22 (x22instrdesc): an instrument described again.

- instrument-own-verb (kg.extract.agreement_parts.OWN_VERBS): a description that opens on its instrument ends where
  the sentence's own verb begins ("the accord signed between A and B underscores ...", "the signing of the declaration
  on X has historical significance", "the pact was among nine deals"). A verb that says what the instrument holds or
  does ("covers the deployment of police", "established a planning group", "will allow ...") is its matter and stays.

Sentences are invented for this file; kg:rule names the trigger."""

from __future__ import annotations

import pytest

from kg.extract.agreement_parts import before_own_verb

# before_own_verb, as a string function: (description, what is left)
CUT = [
    ("customs accord signed between Peru and Chile underscores the weight of the border trade",
     "customs accord signed between Peru and Chile"),
    ("joint declaration on the development of relations into a strategic partnership has historical significance",
     "joint declaration on the development of relations into a strategic partnership"),
    ("river treaty has been in the works for a long time", "river treaty"),
    ("naval pact was among six deals", "naval pact"),
    ("the agreements reached at our talks in Lima are already being implemented", "the agreements reached at our talks in Lima"),
    ("fisheries memorandum (MOU) for the lake accord was being targeted for the summit",
     "fisheries memorandum (MOU) for the lake accord"),
    ("border protocol marks a new chapter in ties", "border protocol"),
]

# left as they are: a verb of content, a clause of its own before the verb, a second predicate, no instrument opening
UNCHANGED = [
    "pact signed by the foreign ministers on Wednesday covers deployment of police to the islands",
    "Strategic Framework Agreement (SFA) signed during the visit established the Joint Planning Group (JPG)",
    "deal signed on Monday will allow troops to use five bases",
    "agreement to ensure that the border is secure",
    "policing deal with Chile and would send a proposal to the cabinet",
    "key aspect of the agreement is a climate mobility pathway",
    "treaty, signed by the two ministers, is a breakthrough",
    "strengthen the pact is a priority",
]


@pytest.mark.parametrize("desc,left", CUT)
def test_cut_at_own_verb(desc, left):
    assert before_own_verb(desc) == left


@pytest.mark.parametrize("desc", UNCHANGED)
def test_left_whole(desc):
    assert before_own_verb(desc) == desc


def _facts(x) -> list[tuple[str, str, str]]:
    return [(a.description, a.status, a.support.rule) for a in x.agreements]


# Through the extractor: (report, the agreement expected, the number of agreements)
REPORTS = [
    # a participle's phrase ends at the sentence's own verb
    ("The customs accord signed between Peru and Chile underscores the weight of the border trade.",
     ("customs accord signed between Peru and Chile", "signed", "agreement/sign-verb"), 1),
    # a nominal signing ends there too
    ("\"The signing of the joint declaration on a strategic partnership between Peru and Chile has historical "
     "significance,\" the president said.",
     ("joint declaration on a strategic partnership between Peru and Chile", "signed", "agreement/sign-verb"), 1),
    # the subject before its own verb is the instrument: "the pact", not "the pact was among six deals"
    ("The naval cooperation pact between Peru and Chile was among six deals signed after the two presidents met.",
     ("naval cooperation pact between Peru and Chile", "signed", "agreement/sign-verb"), 1),
    # a verb of content stays: what the pact covers is the agreement
    ("The pact signed by the two foreign ministers on Wednesday covers deployment of Peruvian police to Chile.",
     ("pact signed by the two foreign ministers on Wednesday covers deployment of Peruvian police to Chile", "signed",
      "agreement/sign-verb"), 1),
]


@pytest.mark.parametrize("text,fact,n", REPORTS)
def test_instrument_own_verb(extract, text, fact, n):
    x, _ = extract(text)
    facts = _facts(x)
    assert len(facts) == n, facts
    assert fact[0] in facts[0][0] and facts[0][1:] == fact[1:], facts
