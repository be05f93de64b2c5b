"""Statement mechanisms added for fresh reports, one table per mechanism (sentences written for these tests): the
inverted credit ("..., said X."), the post resolver, stance verbs of appraisal and appeal, plural unnamed sources,
the clause a quotation completes, "X quoted Y as saying", "read" after a quotation, names with Latin Extended
letters. Each row: text after INTRO, who must be credited, a word of what they said (None: no statement)."""

from __future__ import annotations

import pytest

INTRO = "Foreign Minister Karin Holm of Portugal met Danish Foreign Minister Lars Berg in Lisbon on Monday. "


def _credited(x, word):
    return [(s.speaker.label, s.support.rule) for s in x.statements if word in s.text]


# The credit inverted: verb first, then who; closing the sentence or set off by commas inside it.
INVERTED = [
    ("The trawlers will be escorted by two frigates from next week, said Danish Foreign Minister Lars Berg.",
     "Lars Berg", "frigates"),
    ("Fishing talks would resume in the spring, added the Portuguese Navy.", "Portuguese Navy", "spring"),
    ("Portugal and Denmark, said Berg, were ready to share radar data on the strait.", "Lars Berg", "radar"),
    ("'The quota is a shared burden for all coastal states,' said Holm.", "Karin Holm", "burden"),
    ("The harbour was closed for two days, said to be the longest closure in years.", None, "harbour"),
]


@pytest.mark.parametrize("text, speaker, word", INVERTED, ids=[r[2] for r in INVERTED])
def test_inverted_credit(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == ([(speaker, "statement/said-inverted")] if speaker else [])


# A post without a name credits the one person named before who holds it, however far back, or of several holders
# the one named in the last two sentences; a spelling of the post ("defense") is the same post.
POSTS = [
    (INTRO + "The fleets met at sea. Boats were counted. Nets were checked. The Danish foreign minister said the "
     "quota would hold.", "Lars Berg", "quota"),
    (INTRO + "Portugal's Foreign Minister added that the patrols would double.", "Karin Holm", "patrols"),
    ("Defence Minister Ana Costa of Portugal met Danish Defence Minister Jens Lund in Lisbon. Boats were counted. "
     "Nets were checked. The Danish defense minister said the frigates would stay.", "Jens Lund", "frigates"),
    (INTRO + "The interior minister said the border would stay open.", None, "border"),  # no one holds that post
]


@pytest.mark.parametrize("text, speaker, word", POSTS, ids=[r[2] for r in POSTS])
def test_post_resolver(extract, text, speaker, word):
    x, _ = extract(text)
    assert [who for who, _ in _credited(x, word)] == ([speaker] if speaker else [])


# Verbs of appraisal and appeal are stances when they take what makes them one.
STANCES = [
    ("Berg welcomed the decision to reopen the strait to Portuguese trawlers.", "Lars Berg", "strait"),
    ("Holm applauded the steady growth of trade between the two countries.", "Karin Holm", "trade"),
    ("Berg encouraged Portugal to join the regional patrol scheme.", "Lars Berg", "patrol"),
    ("Holm complained that Danish trawlers ignored the new quotas.", "Karin Holm", "quotas"),
    ("Danish officials view the collision as a deliberate provocation.", "Danish officials", "provocation"),
    ("Berg echoed the remarks, describing the strait as a common sea.", "Lars Berg", "common sea"),
]


@pytest.mark.parametrize("text, speaker, word", STANCES, ids=[r[2] for r in STANCES])
def test_stance_verb(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert [who for who, _ in _credited(x, word)] == [speaker]


STANCE_VETOES = [
    "Berg welcomed the Portuguese delegation at the airport.",  # hospitality, not a stance
    "Holm viewed the naval parade from the harbour wall.",      # "view" without "as"
    "Berg echoed the remarks of his Portuguese counterpart.",   # an echo that says nothing itself
]


@pytest.mark.parametrize("text", STANCE_VETOES)
def test_stance_veto(extract, text):
    x, _ = extract(INTRO + text)
    assert x.statements == []


def test_leaders_of_named_states_are_an_unnamed_source(extract):
    x, _ = extract("Leaders of Portugal and Denmark said on Friday they had signed a fisheries pact.")
    assert [s.speaker.label for s in x.statements] == ["Leaders of Portugal and Denmark"]


def test_the_clause_a_quotation_completes_is_said_too(extract):
    x, _ = extract(INTRO + "Holm noted that the new pact is a clear sign that “no trawler will fish unseen again.”")
    assert [s.speaker.label for s in x.statements] == ["Karin Holm"]
    assert "clear sign" in x.statements[0].text and "unseen" in x.statements[0].text


def test_an_agency_quoting_a_person_credits_the_person(extract):
    x, _ = extract(INTRO + "“Denmark and Portugal share a strong will to cooperate,” the Lusa news agency quoted "
                   "Berg as saying.")
    assert _credited(x, "strong will") == [("Lars Berg", "statement/quoted-as-saying")]


def test_a_statement_read_after_a_quotation_credits_its_issuer(extract):
    x, _ = extract(INTRO + "A statement from the Portuguese Navy described the talks. “The navies will hold joint "
                   "drills every spring,” read the statement.")
    assert [who for who, _ in _credited(x, "drills")] == ["Portuguese Navy"]


def test_names_with_latin_extended_letters_are_whole(extract):
    x, _ = extract("Polish Defence Minister Mariusz Błaszczak met Lithuanian Defence Minister Arvydas Anušauskas in "
                   "Vilnius. Błaszczak said the talks covered joint arms purchases.")
    assert [s.speaker.label for s in x.statements] == ["Mariusz Błaszczak"]
    assert {p.name for p in x.persons} == {"Mariusz Błaszczak", "Arvydas Anušauskas"}


def test_a_quotation_left_open_goes_on_into_the_next_paragraph(extract):
    x, _ = extract(INTRO + "\n“We are here to sign a pact that protects our fishermen.\nThe sea between us is shared "
                   "and we are bound by it,” Holm said.")
    hits = [s for s in x.statements if "bound" in s.text]
    assert [s.speaker.label for s in hits] == ["Karin Holm"] and "fishermen" in hits[0].text


def test_a_quotation_paragraph_after_reported_words_is_the_same_persons(extract):
    x, _ = extract(INTRO + "\nBerg says the two navies have worked together for decades.\n"
                   "“Denmark is proud to stand with Portugal at sea.”")
    assert _credited(x, "proud") == [("Lars Berg", "statement/quote-paragraph")]


def test_a_quotation_paragraph_after_another_person_is_not_the_earlier_speakers(extract):
    x, _ = extract(INTRO + "\n“Our fleets will patrol together,” Holm said.\nBerg then toured the harbour.\n"
                   "“The harbour will be rebuilt by next summer.”")
    assert _credited(x, "rebuilt") == []


def test_saying_goes_on_after_a_verb_that_reports_nothing(extract):
    x, _ = extract(INTRO + "Berg acknowledged Portugal's long support and says Denmark stands ready to help.")
    assert _credited(x, "ready") == [("Lars Berg", "statement/saying-that")]


def test_a_credit_set_off_mid_sentence_reports_the_clause_before_it(extract):
    x, _ = extract(INTRO + "Denmark has pledged to keep two frigates in the strait, Berg said, a commitment "
                   "Copenhagen made alone.")
    assert _credited(x, "frigates") == [("Lars Berg", "statement/said-mid")]


def test_a_bare_post_needs_its_holder_within_reach(extract):
    x, _ = extract(INTRO + "Boats were counted. Nets were checked. Crews were paid. The minister said the quota "
                   "would hold.")
    assert _credited(x, "quota") == []


def test_the_ministry_is_the_one_that_spoke_last_then_the_first_named(extract):
    x, _ = extract("The two defence ministers discussed naval drills in Lisbon, the ministry said on Monday. "
                   "Observers from the Portuguese Defence Ministry and the Danish Defence Ministry attended. "
                   "“The drills will be held every spring in the Atlantic,” the ministry said.")
    assert [s.speaker.label for s in x.statements] == ["Portuguese Defence Ministry"] * 2


# A quotation running over paragraphs opens each paragraph and closes only the last: every paragraph is the first
# speaker's words (even one that names someone else), except a paragraph that only narrates the visit.
RUNNING_QUOTE = (INTRO + "\n“The patrols will start in May,” Holm said.\n“Our coast guards will share radar data "
                 "with Denmark every day.\n“Lars Berg and I agreed that the fishing quota will be reviewed in June.\n"
                 "“She also paid a courtesy call on the harbour master in Aveiro.\n“We expect the pact to be ratified "
                 "before the winter.”")


@pytest.mark.parametrize("word, speaker", [("radar", "Karin Holm"), ("quota", "Karin Holm"), ("ratified", "Karin Holm"),
                                           ("courtesy", None)])
def test_a_quotation_running_over_paragraphs(extract, word, speaker):
    x, _ = extract(RUNNING_QUOTE)
    assert _credited(x, word) == ([(speaker, "statement/quote-paragraph")] if speaker else [])


def test_a_quotation_the_last_paragraph_leaves_open(extract):
    x, _ = extract(INTRO + "\n“The patrols will start in May,” Holm said.\n“We also discussed the rise in trawler "
                   "piracy off the Azores and the need for vigilance. [...]")
    assert _credited(x, "piracy") == [("Karin Holm", "statement/quote-paragraph")]


def test_a_statement_by_a_named_person_credits_that_person(extract):
    x, _ = extract("Foreign Minister Karin Holm of Portugal visited Copenhagen. A statement by Rui Tavares, Head of "
                   "Communication, Office of the Foreign Minister said, “Over the two days, the minister met senior "
                   "Danish officials and the harbour authorities.”")
    assert [who for who, _ in _credited(x, "harbour")] == ["Rui Tavares"]
