"""Agreements (one per commitment, merged when repeated, none for unilateral steps) and threats per concern."""

from __future__ import annotations


def test_joint_statement_commitments_are_separate_agreements(extract):
    x, _ = extract("Japan and Australia agreed to expand maritime patrols. They also committed to formalising "
                   "cooperation on cybersecurity policy, as well as continuing discussions on money laundering.")
    got = sorted((a.status, a.description.split()[0]) for a in x.agreements)
    assert got == [("agreed", "expand"), ("committed", "continuing"), ("committed", "formalising")]
    for a in x.agreements:
        assert sorted(a.parties) == ["AU", "JP"]
    laundering = next(a for a in x.agreements if "laundering" in a.description)
    assert laundering.topics == ["money-laundering"]


def test_the_same_agreement_reported_twice_is_one(extract):
    x, _ = extract("Brazil and Argentina have agreed to establish liaison officers in each other's capitals. "
                   "Officials said both countries have agreed to establish a liaison officer soon.")
    assert len(x.agreements) == 1
    assert len(x.agreements[0].support.evidence) == 2


def test_signed_and_expected_signing(extract):
    x, _ = extract("Kenya and Ethiopia signed a border security pact on Monday. "
                   "President Ruto is expected to travel to Addis Ababa to sign agreements covering energy and trade.")
    got = sorted((a.status, a.description) for a in x.agreements)
    # Agreements "covering" a list are one per item, each still to be signed.
    assert [g[0] for g in got] == ["expected", "expected", "signed"]
    assert [g[1] for g in got[:2]] == ["agreement on energy", "agreement on trade"]


def test_unilateral_measures_and_reaffirmations_are_not_agreements(extract):
    x, _ = extract("Canada decided to list the group as a terrorist entity. "
                   "The two leaders reaffirmed their commitment to the rule of law.")
    assert x.agreements == []


def test_threats_map_onto_the_scheme_once_per_concern(extract):
    x, _ = extract("The ministers discussed cross-border terrorism, human trafficking and cyber attacks. "
                   "They condemned terrorism in all its forms and vowed to stop human trafficking.")
    concepts = sorted(t.concept for t in x.threats)
    assert concepts == ["cyber-threats", "human-trafficking", "terrorism"]
    wording = {t.concept: t.wording for t in x.threats}
    assert wording["terrorism"] == "cross-border terrorism"
    assert len(next(t for t in x.threats if t.concept == "human-trafficking").support.evidence) == 2


def test_counter_terrorism_names_terrorism(extract):
    x, _ = extract("They reviewed counter-terrorism cooperation and efforts against human trafficking.")
    assert sorted(t.concept for t in x.threats) == ["human-trafficking", "terrorism"]
    assert next(t for t in x.threats if t.concept == "terrorism").wording == "terrorism"


def test_states_that_will_act_together_commit(extract):
    x, _ = extract("Officials said Chile and Peru will also set up a joint working group on drug trafficking.")
    a = x.agreements[0]
    assert a.status == "committed" and sorted(a.parties) == ["CL", "PE"] and a.topics == ["drug-trafficking"]


def test_shared_views_and_principles_are_not_agreements(extract):
    x, _ = extract("India and France agreed that terrorism is a grave threat. Both sides committed to the "
                   "principles of sovereignty. They agreed that liaison officers would be posted in both capitals.")
    assert [a.description for a in x.agreements] == ["liaison officers would be posted in both capitals"]


def test_listed_steps_are_agreements_but_listed_meetings_are_not(extract):
    x, _ = extract("Chile and Peru said earlier steps had been taken, including: • Reinstating ambassadors (May 2, 2025) "
                   "• Continuing senior official-level discussions on border security • Foreign Ministers' talks in Lima")
    got = [(a.status, a.description.split()[0]) for a in x.agreements]
    assert got == [("agreed", "Reinstating"), ("committed", "Continuing")]
