"""Statement wording of x16stmtSplit, one table per reading (sentences written for these tests): the relay that closes
a sentence whose words a trigger read after the speaker's verb is no part of the words (`credit-tail`), and neither
is the complementizer with its comma that opens them (`clause-lead`). Each row: text after INTRO, who is credited,
a word that picks the statement, and how its words must begin and end."""

from __future__ import annotations

import pytest

INTRO = "Foreign Minister Marta Silva of Chile met Peruvian Defence Minister Luis Rojas in Lima on Monday. "


def _words(extract, text, word):
    x, _ = extract(INTRO + text)
    return [(s.speaker.label, s.text) for s in x.statements if word in s.text]


# credit-tail: "..., according to X", "..., said the communique", "..., the Herald quoted the minister as saying",
# "..., the Post reported" closing the sentence credit the words; a clause about someone else's words that is part
# of the claim ("as the Hague court has said", "which Bolivia says is void") stays.
CREDIT_TAIL = [
    ("Silva said the fishing fleets of both countries would share one hotline, according to a statement from her "
     "ministry.", "Marta Silva", "hotline", "would share one hotline"),
    ("Rojas said the two navies would hold a first joint drill in the south, said the joint communique.",
     "Luis Rojas", "drill", "joint drill in the south"),
    ("Silva said the boundary commission had finished its survey of the northern pillars, the Lima Herald quoted "
     "the minister as saying.", "Marta Silva", "pillars", "survey of the northern pillars"),
    ("Rojas said the joint radar would cover the whole desert border by spring, the Andean Post reported.",
     "Luis Rojas", "radar", "desert border by spring"),
    ("Rojas said the coast guards would patrol the bay together, added the ministry.", "Luis Rojas", "bay",
     "patrol the bay together"),
    ("Silva said that the pact was signed in 1929, as the Hague court has said.", "Marta Silva", "1929",
     "as the Hague court has said."),
    ("Rojas said the treaty, which Bolivia says is void, remains in force.", "Luis Rojas", "Bolivia",
     "remains in force."),
]


@pytest.mark.parametrize("text, speaker, word, end", CREDIT_TAIL, ids=[r[2] for r in CREDIT_TAIL])
def test_credit_tail(extract, text, speaker, word, end):
    found = _words(extract, text, word)
    assert [who for who, _ in found] == [speaker]
    assert found[0][1].endswith(end)


def test_credit_tail_is_no_second_clause(extract):
    """"..., added the ministry": the credit is not a second reporting verb whose clause joins the words."""
    found = _words(extract, "Rojas said the coast guards would patrol the bay together, added the ministry.", "bay")
    assert "ministry" not in found[0][1] and "…" not in found[0][1]


# clause-lead: "said that, after the talks, ...", "told reporters today that, if ...": the words begin after the
# complementizer's comma; "said that the pact ..." keeps its words from the first word after "that".
CLAUSE_LEAD = [
    ("Rojas said that, after the talks, both sides had agreed to exchange liaison officers at the border posts.",
     "Luis Rojas", "liaison", "after the talks"),
    ("Silva told reporters today that, if the smuggling continues, Chile will close the crossing at night.",
     "Marta Silva", "smuggling", "if the smuggling"),
    ("Rojas said that the customs posts would open around the clock from April.", "Luis Rojas", "customs",
     "the customs posts"),
    ("Silva said during the border fair that she expects the trade in salt to double within a year.", "Marta Silva",
     "salt", "she expects"),
    ("Rojas told cadets at the naval school that the two fleets would train together every winter.", "Luis Rojas",
     "fleets", "the two fleets"),
    ("Silva said Tuesday upon arrival from Lima that the crossing at Chacalluta would stay open.", "Marta Silva",
     "Chacalluta", "the crossing"),
]


@pytest.mark.parametrize("text, speaker, word, start", CLAUSE_LEAD, ids=[r[2] for r in CLAUSE_LEAD])
def test_clause_lead(extract, text, speaker, word, start):
    found = _words(extract, text, word)
    assert [who for who, _ in found] == [speaker]
    assert found[0][1].startswith(start)


def test_relative_that_keeps_its_setting():
    """"in any field that can ensure ...": a relative "that" with its verb; the words keep the noun it qualifies."""
    from kg.extract.statements import _without_frame
    words = "in any field that can ensure the security of the region and serve both nations"
    assert _without_frame(words) == words
