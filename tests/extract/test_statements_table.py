"""Statements, one row per trigger (kg:rule "statement/<trigger>"), per speaker shape and per veto. Sentences are
written for these tests; each row names who must be credited, a word of what they said, and the rule."""

from __future__ import annotations

import pytest

INTRO = "Foreign Minister Karin Holm of Portugal met Danish Foreign Minister Lars Berg in Lisbon on Monday. "

# (text, speaker label, a word of the statement, rule)
TRIGGERS = [
    ("Holm told reporters that the talks had been frank.", "Karin Holm", "frank", "statement/speaker-said"),
    ("Berg denied any wrongdoing by the Danish fleet.", "Lars Berg", "wrongdoing", "statement/speaker-stance"),
    ("Berg urged Portugal to respect the quota.", "Lars Berg", "quota", "statement/speaker-stance"),
    ("Holm called for an independent inquiry into the collision.", "Karin Holm", "inquiry", "statement/speaker-stance"),
    ("Holm expressed concern about the rising number of crossings.", "Karin Holm", "crossings",
     "statement/speaker-stance"),
    ("Holm called it a very generous offer.", "Karin Holm", "generous", "statement/speaker-stance"),
    ("The patrols will be doubled, Berg said on Tuesday after talks in Porto.", "Lars Berg", "patrols",
     "statement/said-after-words"),
    ("The coast guard will get new boats, according to the Portuguese Navy.", "Portuguese Navy", "boats",
     "statement/according-to-after"),
    ("According to Radio Lisboa, the two ministers argued about fishing rights.", "Radio Lisboa", "fishing",
     "statement/according-to"),
    ("Berg has sent ten ships north, according to analysts, despite the truce.", "Analysts", "ships",
     "statement/according-to-after"),
    ("“We will not accept any violation of our waters,” Holm said.", "Karin Holm", "violation",
     "statement/said-after-quote"),
    ("“Denmark will never abandon its fishermen at sea,” said Berg.", "Lars Berg", "fishermen",
     "statement/said-after-quote"),
    ("Berg said in a speech on Tuesday that “the quota system has failed our coastal towns”.", "Lars Berg",
     "quota", "statement/credit-before-quote"),
    ("Holm told reporters at a news conference in Lisbon on Monday evening: “Portugal will defend its trawlers.”",
     "Karin Holm", "trawlers", "statement/credit-before-quote"),
    ("“These measures should send a clear message to our neighbours,” Holm was quoted by Lusa as saying.",
     "Karin Holm", "message", "statement/quoted-as-saying"),
    ("Berg was quoted by local media as saying that Denmark would retaliate.", "Lars Berg", "retaliate",
     "statement/quoted-as-saying"),
    ("The fleet moved north, a decision Berg described as a routine measure.", "Lars Berg", "routine",
     "statement/characterisation"),
    ("The navy moved north, a claim the Danish government has denied.", "Danish government", "navy",
     "statement/characterisation"),
    ("Lisbon imposed new fees to punish Denmark for what Berg termed a “fishing war”.", "Lars Berg", "fishing",
     "statement/what-x-termed"),
    ("Holm did not set a date, saying only that Portugal would decide in the autumn.", "Karin Holm", "autumn",
     "statement/saying-that"),
    ("The Algarve regional government declared an emergency, saying its ports were full.",
     "Algarve regional government", "ports", "statement/saying-participle"),
    ("The fishing ban was criticised by the European Commission as disproportionate.", "European Commission",
     "ban", "statement/passive-stance"),
    ("Holm said the talks were useful, while Berg said more work was needed on quotas.", "Lars Berg", "quotas",
     "statement/while-other-said"),
    ("In a joint declaration, Holm and Berg committed to a moratorium on trawling.", "Lars Berg", "moratorium",
     "statement/in-a-statement"),
    ("Berg met fishermen in Aveiro. According to him, the quota would be cut by a third.", "Lars Berg", "third",
     "statement/according-to"),
    ("Berg replied that Denmark would review the licences before the summer.", "Lars Berg", "licences",
     "statement/speaker-said"),
    ("Holm hailed the new fishing pact as a model for the region.", "Karin Holm", "model",
     "statement/speaker-stance"),
    ("Denmark will expel two diplomats, Radio Lisboa reported, citing a senior government official.",
     "Senior government official", "expel", "statement/citing"),
    ("The ministers discussed a fishing truce, Lusa reports via the press service of the Portuguese government.",
     "Press service of the Portuguese government", "truce", "statement/citing"),
]


@pytest.mark.parametrize("text, speaker, word, rule", TRIGGERS, ids=[r[3] + ":" + r[2] for r in TRIGGERS])
def test_trigger(extract, text, speaker, word, rule):
    x, _ = extract(INTRO + text)
    hits = [s for s in x.statements if word in s.text]
    assert hits, [(s.speaker.label, s.text) for s in x.statements]
    assert (hits[0].speaker.label, hits[0].support.rule) == (speaker, rule)


# (text, speaker label, a word of the statement): who a credit phrase names (kg.extract.speakers.SHAPES).
SHAPES = [
    ("The ambassador said the envoy would return to Copenhagen.", None, "envoy"),  # no ambassador named: none
    ("The Danish foreign minister said sanctions remained possible.", "Lars Berg", "sanctions"),  # title-only
    ("Denmark's foreign minister said sanctions remained possible.", "Lars Berg", "sanctions"),  # title of a state
    ("Police said three suspects had been arrested at the port.", "Police", "suspects"),  # body
    ("The Danish embassy said the visit had been postponed.", "Danish embassy", "postponed"),  # body
    ("Copenhagen rejected the accusations as baseless.", "Denmark", "baseless"),  # capital for its state
    ("Several European countries have accused Denmark of overfishing.", "European countries",
     "overfishing"),  # several-states
    ("The ministers said they would meet again in June.", "Karin Holm and Lars Berg", "June"),  # plural-post: the meeting's people
    ("The fleets will share radar data, the agreement said.", "Agreement", "radar"),  # document-itself
    ("Berg is expected to resign next week, his aides said.", "Lars Berg's aides", "resign"),  # his-people
    ("Local media reported that the two ministers dined together.", "Local media", "dined"),  # unnamed media
    ("A senior official, speaking on condition of anonymity, said the talks had stalled.", "Senior official",
     "stalled"),  # unnamed
    ("Two diplomats familiar with the talks said no deal was near.", "Diplomats familiar with the talks",
     "deal"),  # unnamed with a placing
]


@pytest.mark.parametrize("text, speaker, word", SHAPES, ids=[r[2] for r in SHAPES])
def test_speaker_shape(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    hits = [s.speaker.label for s in x.statements if word in s.text]
    assert hits == ([speaker] if speaker else [])


def test_title_only_needs_the_nationality_of_its_holder(extract):
    x, _ = extract(INTRO + "The Portuguese minister said the border would stay open.")
    assert [s.speaker.label for s in x.statements] == ["Karin Holm"]


def test_the_agency_is_the_agency_named_before(extract):
    x, _ = extract("The Government Signals Bureau (GSB) detected an intrusion into the parliament network in "
                   "2023, the intelligence bureau said.")
    assert [s.speaker.label for s in x.statements] == ["Government Signals Bureau"]


def test_a_pronoun_is_the_person_just_named_as_subject(extract):
    x, _ = extract(INTRO + "“The talks were useful,” Holm said. Berg later travelled to Madrid. "
                   "The quota was unfair, he said.")
    assert [s.speaker.label for s in x.statements if "quota" in s.text] == ["Lars Berg"]


def test_a_quotation_going_on_in_the_same_paragraph_is_one_utterance(extract):
    x, _ = extract(INTRO + "“Our patience has limits now,” said Berg. “We expect a clear answer by Friday.”")
    assert len(x.statements) == 1 and "Friday" in x.statements[0].text


def test_a_denial_after_an_according_to_credit_is_the_deniers_own_statement(extract):
    x, _ = extract(INTRO + "According to a diplomatic source, the Danish navy had escorted the trawlers, a claim the "
                   "Danish government has denied.")
    labels = [s.speaker.label for s in x.statements]
    assert labels == ["Diplomatic source", "Danish government"]
    assert "denied" in x.statements[1].text


# A reported clause whose subject is a person speaking: the words are that person's, as the outer credit reports.
NESTED = [
    ("The ministry said Berg expressed concern over the new quota rules.", "Lars Berg", "concern"),
    ("Holm said the Danish minister had stressed that the fleet would stay in port.", "Lars Berg", "fleet"),
    ("The statement said Holm voiced concern over “repeated incursions by trawlers into Portuguese waters”.",
     "Karin Holm", "incursions"),
]


@pytest.mark.parametrize("text, speaker, word", NESTED, ids=[r[2] for r in NESTED])
def test_nested_speech_credits_the_inner_speaker(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert [s.speaker.label for s in x.statements if word in s.text] == [speaker]


def test_a_subject_before_its_relative_clause_is_the_speaker(extract):
    x, _ = extract(INTRO + "Berg, who was in Lisbon for the annual fisheries council said the quotas would be cut.")
    assert [s.speaker.label for s in x.statements if "quotas" in s.text] == ["Lars Berg"]


def test_the_parties_are_the_people_of_the_meeting_last_reported(extract):
    x, _ = extract(INTRO + "On Tuesday, Holm met Spanish Interior Minister Pablo Ruiz in Madrid. During the meeting, "
                   "the parties noted that the patrols in the strait had worked well.")
    assert [s.speaker.label for s in x.statements if "patrols" in s.text] == ["Karin Holm and Pablo Ruiz"]


def test_an_impersonal_passive_is_said_by_the_meeting_last_reported(extract):
    x, _ = extract(INTRO + "It was also emphasized that joint exercises would continue next year.")
    hits = [s for s in x.statements if "exercises" in s.text]
    assert [(s.speaker.label, s.support.rule) for s in hits] == [("Karin Holm and Lars Berg",
                                                                  "statement/impersonal-passive")]


def test_an_impersonal_passive_without_a_meeting_credits_no_one(extract):
    x, _ = extract("It was also emphasized that joint exercises would continue next year.")
    assert x.statements == []


def test_a_second_reporting_clause_joins_its_statement(extract):
    x, _ = extract(INTRO + "Holm said the border would stay open, adding that patrols would be doubled.")
    assert len(x.statements) == 1 and "patrols" in x.statements[0].text


# Vetoes: wordings with a reporting verb that credit no words.
VETOES = [
    "Berg replied to the letter from Lisbon within a week.",     # reply needs a clause
    "Holm recalled the ambassador from Copenhagen on Friday.",   # recall is no reporting verb (measured: a judge FP)
    "Holm raised funds for the coast guard.",                    # raise needs a speech noun
    "Holm expressed gratitude for the warm welcome.",            # a courtesy, not a stance
    "Both sides acknowledged the momentum for closer ties.",     # acknowledge needs a clause
    "Portugal protested to Denmark over the collision.",         # a diplomatic act
    "Berg is expected to travel to Madrid next week.",           # expect needs "that"
    "Airports in Norway and Denmark have reported drone sightings.",  # states inside a prepositional phrase
    "Holm reaffirmed Portugal's support for the alliance.",      # reaffirm needs a clause
    "The ministry declined to comment.",                         # no reporting verb
]


@pytest.mark.parametrize("text", VETOES)
def test_veto(extract, text):
    x, _ = extract(INTRO + text)
    assert x.statements == []
