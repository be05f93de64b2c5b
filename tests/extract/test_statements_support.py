"""Attributed statements (named, bodies, unnamed sources, outlets, pronouns) and evidence offsets for every record."""

from __future__ import annotations

from kg.extract.model import AGREEMENT_STATUSES, EVENT_KINDS, MODALITIES


def test_unnamed_sources_via_an_outlet_are_reported(extract):
    x, _ = extract("Government sources told CNN-News18 that the meeting was productive and focused on gangs.")
    s = x.statements[0]
    assert (s.speaker.kind, s.speaker.label) == ("unnamed", "Government sources")
    assert s.via == "cnn-news18" and s.modality == "reported"
    assert s.text.startswith("the meeting was productive")


def test_quote_credited_after_and_pronoun_follow_up(extract):
    text = ('Foreign Minister Ana Lopez spoke in Rome. "We have agreed on a common plan for our borders," Lopez said. '
            '"The next round will come soon, and we will keep talking," she added.')
    x, _ = extract(text)
    assert [(s.speaker.label, s.quoted) for s in x.statements] == [("Ana Lopez", True), ("Ana Lopez", True)]
    assert x.statements[0].text.startswith("We have agreed")
    assert x.statements[1].modality == "expected"


def test_body_credited_at_the_end_and_according_to(extract):
    x, _ = extract("The two sides agreed to share intelligence, the Ministry of Foreign Affairs said in a statement. "
                   "According to the ministry's release, talks may resume next month.")
    first = x.statements[0]
    assert first.speaker.kind == "organization" and first.speaker.key == "ministry-of-foreign-affairs"
    assert first.text == "The two sides agreed to share intelligence"


def test_hedged_statement(extract):
    x, _ = extract("Officials said the minister may visit Delhi in April.")
    assert x.statements[0].modality == "hedged"


def test_every_record_has_exact_evidence_a_rule_and_a_confidence(extract):
    text = ("New Delhi, March 10 (PTI): External Affairs Minister Priya Nair met Canadian Foreign Minister Mark Olsen "
            "in New Delhi on Tuesday, the Ministry of External Affairs (MEA) said. The two sides agreed to "
            "strengthen cooperation against drug trafficking and terrorism. “We will act together,” Nair said. "
            "Sources said Olsen is likely to visit Mumbai later this year.")
    x, doc = extract(text)
    records = [*x.persons, *x.organizations, *x.events, *x.agreements, *x.threats, *x.statements]
    records += [r for p in x.persons for r in p.roles]
    assert x.persons and x.organizations and x.events and x.agreements and x.threats and x.statements
    for record in records:
        support = record.support
        assert support.evidence, record
        assert support.rule
        assert 0.0 <= support.confidence <= 1.0
        for span in support.evidence:
            assert doc.text[span.start:span.end] == span.text
    assert all(e.kind in EVENT_KINDS and e.modality in MODALITIES for e in x.events)
    assert all(a.status in AGREEMENT_STATUSES for a in x.agreements)
    assert all(s.modality in MODALITIES for s in x.statements)


def test_mid_sentence_credit_takes_the_words_before_it(extract):
    x, _ = extract("The talks were frank, the Ministry of Foreign Affairs said, as both sides sought calm.")
    s = x.statements[0]
    assert s.speaker.key == "ministry-of-foreign-affairs" and s.text == "The talks were frank"


def test_a_state_and_its_unnamed_agency_can_be_credited(extract):
    x, _ = extract("India has cautioned Canada that the networks pose an urgent threat. "
                   "Canada's statement came after its intelligence agency confirmed that extremists raise funds there.")
    labels = [s.speaker.label for s in x.statements]
    assert labels == ["India", "Canadian intelligence agency"]


def test_it_said_and_a_persons_next_sentence_each_stand_alone(extract):
    # Each attributed sentence is a statement, a document's as a person's (the blind sets' gold counts "The
    # statement said A. B, it said." as two, as corpus2's counts "X said A. B, he said.").
    text = ('The governments issued a statement affirming that talks were respectful. '
            '"We will work together against cartels," it said. '
            'Foreign Minister Ana Lopez described the talks as historic. She said the meeting was productive. '
            '"We will meet again in June," she added.')
    x, _ = extract(text)
    got = [(s.speaker.kind, s.quoted) for s in x.statements]
    assert got == [("unnamed", False), ("unnamed", True), ("person", False), ("person", False), ("person", True)]
    assert x.statements[0].speaker.key == x.statements[1].speaker.key
    assert "cartels" in x.statements[1].text and "productive" in x.statements[3].text


def test_allegations_are_alleged(extract):
    x, _ = extract("Canada alleged that foreign agents were behind the killing of a community leader.")
    s = x.statements[0]
    assert s.speaker.label == "Canada" and s.modality == "alleged"
