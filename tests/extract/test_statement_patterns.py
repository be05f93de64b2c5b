"""Statements in news English: "according to X" at the end, singular unnamed sources, bodies not collapsed to
states, statements that report a person's words, quotes paired across a short quotation."""

from __future__ import annotations


def _by(x) -> dict[str, str]:
    return {s.speaker.label: s.text for s in x.statements}


def test_according_to_at_the_end(extract):
    x, _ = extract("More than 300 people drowned this year, according to the International Organization for "
                   "Migration (IOM). A return deal is expected by December, according to an EU diplomat.")
    by = _by(x)
    assert "drowned" in by["International Organization for Migration"]
    assert "December" in by["EU diplomat"]


def test_singular_and_described_unnamed_sources(extract):
    x, _ = extract("A deal is expected in the coming weeks, a Polish government source told CEPA. "
                   "Hirsi and Murkomen discussed the plan by phone, a senior Kenyan security official said, "
                   "speaking on condition of anonymity. The official said roadside bombs remained the main danger. "
                   "Prices will rise, people familiar with the talks said, though Beijing has not confirmed that. "
                   "The patrols fall under a 2024 accord, which officials in Canberra said had made such operations easier.")
    labels = set(_by(x))
    assert {"Polish government source", "Senior Kenyan security official", "People familiar with the talks"} <= labels
    # "The official said" after "a senior Kenyan security official said": the same source (salience, source-again)
    assert [s.speaker.label for s in x.statements if "roadside" in s.text] == ["Senior Kenyan security official"]
    assert any(label.startswith("Officials in Canberra") for label in labels)
    assert "Australia" not in labels


def test_bodies_are_not_collapsed_to_their_state(extract):
    x, _ = extract("Brazilian authorities say the gang controls the cocaine trade. "
                   "The curfew was extended for 90 days, the government said.")
    labels = set(_by(x))
    assert "Brazilian authorities" in labels and "Brazil" not in labels
    assert "Government" in labels


def test_joint_statement_and_readout_keep_their_speaker(extract):
    x, _ = extract("Chile and Peru signed a protocol on extradition, according to a joint statement. "
                   "The two sides agreed to resume regular meetings, according to a U.S. readout.")
    by = _by(x)
    assert "extradition" in by["Chile and Peru"]
    assert "resume" in by["U.S. readout"]


def test_statement_reporting_a_persons_words_and_saying_that(extract):
    x, _ = extract("A statement from the Tunisian presidency said President Kais Saied had told the commissioner "
                   "that his country would not host camps. German Interior Minister Karl Vogt did not commit to a "
                   "date, saying only that Berlin would review the measure in the autumn.")
    by = _by(x)
    assert "camps" in by["Kais Saied"]
    assert "autumn" in by["Karl Vogt"]


def test_quote_first_then_credit_after_a_short_quotation(extract):
    x, _ = extract('US envoy Daniel Marsh met spokesperson Lin Jian. Both sides called the talks "candid". '
                   '"We made progress on the ports," Marsh told '
                   'reporters. "Cooperation must be based on mutual respect," Lin said.')
    texts = [s.text for s in x.statements]
    assert "We made progress on the ports" in texts
    assert "Cooperation must be based on mutual respect" in texts


def test_credit_followed_by_circumstances_credits_the_words_before(extract):
    x, _ = extract("Spain and Morocco will create a joint team against smugglers, Spanish Interior Minister "
                   "Fernando Grande-Marlaska said on Tuesday after talks in Rabat.")
    assert "joint team" in _by(x)["Fernando Grande-Marlaska"]


def test_two_states_speaking_together_and_a_ministry_spokesperson(extract):
    x, _ = extract("Lithuania and Poland on Wednesday accused Belarus of waging a hybrid attack. "
                   "The ministers also discussed a joint request for funding, a Lithuanian ministry spokesperson said.")
    labels = set(_by(x))
    assert "Lithuania and Poland" in labels
    assert "Lithuanian ministry spokesperson" in labels


def test_a_persons_office_is_credited_as_such(extract):
    x, _ = extract("President Gustavo Petro and President Daniel Noboa spoke by phone on Monday to prepare the "
                   "meeting, Petro's office said.")
    assert "Petro's office" in _by(x)


def test_named_appositive_after_an_unnamed_post_is_the_speaker(extract):
    x, _ = extract("A spokesperson for the Ministry of External Affairs, Randhir Jaiswal, said the two sides "
                   "condemned the attack.")
    assert "Randhir Jaiswal" in _by(x)


def test_the_governments_are_those_the_sentence_names_and_the_kremlin_is_a_body(extract):
    x, _ = extract("Russia warned Berlin. Germany and France agreed on Monday to build an air defence shield, the "
                   "two governments said. The Kremlin said the shield threatened Russia's security.")
    labels = set(_by(x))
    assert "Germany and France" in labels and "Kremlin" in labels


def test_wire_credits_at_the_foot_are_furniture(extract):
    x, _ = extract("Chile and Peru agreed to open a joint border post, officials said.\n"
                   "Reporting by Ana Costa in Lima; Editing by Luis Vera")
    assert x.persons == []


def test_the_ministry_said_is_the_ministry_named_before(extract):
    x, _ = extract("Kenya's Ministry of Interior announced a curfew in Lamu on Monday. The ministry said the measure "
                   "would last 90 days.")
    assert [s.speaker.label for s in x.statements] == ["Ministry of Interior", "Ministry of Interior"]


def test_more_of_the_same_press_release_continues_its_statement(extract):
    # The shared corpus's gold counts "..., the ministry said. ..., it said." as one statement by the ministry.
    x, _ = extract("The prime minister was welcomed at the palace, the Prime Minister's Office said in a press "
                   "release. Bilateral talks between the two leaders have begun, according to the PMO press release.")
    assert len(x.statements) == 1 and "talks" in x.statements[0].text


def test_a_characterisation_credits_who_made_it(extract):
    x, _ = extract("Justice Minister Ricardo Lewandowski met reporters. Brazil separately announced it would deploy "
                   "army troops to the bridge, a decision Lewandowski described as a sovereign measure.")
    assert "sovereign" in _by(x)["Ricardo Lewandowski"]


def test_negotiators_and_prosecutors_are_unnamed_sources(extract):
    x, _ = extract("The two sides made progress on fishing rights, a Thai negotiator said. "
                   "Prosecutors said the suspects had fled across the border last year. "
                   "Chilean prosecutors told Reuters the case would be closed by June.")
    by = _by(x)
    assert "fishing rights" in by["Thai negotiator"]
    assert "fled" in by["Prosecutors"]
    assert "closed" in by["Chilean prosecutors"]
    assert next(s for s in x.statements if s.speaker.label == "Chilean prosecutors").via == "reuters"


def test_words_before_a_told_credit_asking_not_to_be_named(extract):
    x, _ = extract("Thai fishermen have also been harassed near the islands, a Thai official told Reuters, asking not "
                   "to be named.")
    assert len(x.statements) == 1
    statement = x.statements[0]
    assert statement.speaker.label == "Thai official" and "harassed" in statement.text and statement.via == "reuters"
