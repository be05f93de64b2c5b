"""Round x16 (x16agreeDup): one agreement, one fact.

- one-noun-two-rows: two trigger rows that read one agreement noun ("reached an agreement on X": reached-agreement-on
  and agree-verb+noun; "adopted an agreement signed by ... with the aim of X": agree-verb+noun and sign-verb) give one
  fact: the worded one, with the more advanced status; the row that took its whole sentence is dropped.
- pointed-back head: "the accord, which was signed ...", "[the deal] has been signed": the head noun without the
  punctuation after it finds the deal already reported.
- deal-by-any-name: "the deal was ratified" after "signed a defence agreement" (no deal named before): the plain nouns
  (agreement, deal, accord, pact) name one another; a head named before is preferred. The deal pointed back to is now
  signed.

Sentences are invented for this file; kg:rule names the trigger of the fact that stays."""

from __future__ import annotations

import pytest

_LEAD = "Ghana and Togo held security talks in Accra on Monday. "


def _facts(x) -> list[tuple[str, str, str]]:
    return [(a.description, a.status, a.support.rule) for a in x.agreements]


# (sentence, the one description's start, status, rule)
ONE_NOUN = [
    ("Ghana and Togo reached an agreement on joint lagoon patrols along their coast.",
     "joint lagoon patrols", "agreed", "agreement/reached-agreement-on"),
    ("The two ministers also reached an agreement to share data on smuggling networks in the border towns.",
     "share data on smuggling networks", "agreed", "agreement/reached-agreement-on"),
    ("Ghana and Togo struck a deal over the return of fishermen held at sea by either navy.",
     "return of fishermen", "agreed", "agreement/reached-agreement-on"),
    ("Ghana and Togo sealed an agreement on the purchase of four patrol boats for the lagoon police.",
     "purchase of four patrol boats", "signed", "agreement/reached-agreement-on"),
    ("“We adopted an agreement signed by our interior ministers with the aim of training customs officers”, the Ghanaian "
     "president said.", "agreement signed by our interior ministers", "signed", "agreement/sign-verb"),
]


@pytest.mark.parametrize(("sentence", "start", "status", "rule"), ONE_NOUN)
def test_one_noun_two_rows_gives_one_fact(extract, sentence, start, status, rule):
    x, _ = extract(_LEAD + sentence)
    facts = _facts(x)
    assert len(facts) == 1, facts
    assert facts[0][0].startswith(start) and facts[0][1] == status and facts[0][2] == rule, facts


def test_a_signed_deal_and_a_second_clause_stay_two(extract):
    x, _ = extract(_LEAD + "Ghana and Togo signed a deal on Tuesday and agreed to hold joint border drills in May.")
    facts = _facts(x)
    assert len(facts) == 2, facts
    assert any(d.startswith("hold joint border drills") for d, _, _ in facts), facts


# (the report after the lead, the one description's start, status)
POINTED_BACK = [
    ("Ghana and Togo signed a maritime accord on Tuesday. The Togolese president welcomed the accord, which was signed "
     "by the two defence ministers in Lome.", "maritime accord", "signed"),
    ("Ghana and Togo signed a defence agreement on Tuesday. “You can only be sure once [the deal] has been signed,” the "
     "Togolese minister told reporters.", "defence agreement", "signed"),
    ("Ghana and Togo endorsed a defence agreement on border policing. Speaking after the deal was ratified by the "
     "Togolese parliament, the minister thanked Ghana.", "defence agreement on border policing", "signed"),
]


@pytest.mark.parametrize(("report", "start", "status"), POINTED_BACK)
def test_a_definite_deal_signed_again_is_the_one_reported(extract, report, start, status):
    x, _ = extract(_LEAD + report)
    facts = _facts(x)
    assert len(facts) == 1, facts
    assert facts[0][0].startswith(start) and facts[0][1] == status, facts


def test_the_same_head_is_preferred_to_another_plain_noun(extract):
    x, _ = extract(_LEAD + "Ghana and Togo signed a defence agreement on Tuesday. The two presidents also agreed to fast "
                           "track a pact on policing by January. The agreement was signed by the two defence ministers.")
    facts = {d: s for d, s, _ in _facts(x)}
    pact = [s for d, s in facts.items() if "pact on policing" in d]
    assert pact == ["agreed"], facts


# signed-told-again: (the report after the lead, the number of agreements expected)
TOLD_AGAIN = [
    # the signing told again in a quotation, described by its whole sentence: the deal already reported
    ("Ghana and Togo signed a maritime piracy agreement on Tuesday. “Today we witnessed the signing of an agreement on "
     "maritime piracy, an instrument our navies needed,” the Togolese president said.", 1),
    # both sentences whole, the same content words
    ("Ghanaian and Togolese police chiefs have signed an agreement expanding joint patrols against smugglers in the Volta "
     "region. They signed an agreement of expanding joint patrols so that smugglers in the Volta region are caught.", 1),
    # two numbers that differ: two deals
    ("Ghana and Togo have signed a deal on the supply of 12 patrol boats to the Togolese navy. Four years ago the Ghanaian "
     "government signed a deal on the supply of 4 patrol boats to the Togolese navy.", 2),
    # no content words shared: a second instrument
    ("Ghana and Togo signed a defence agreement on Tuesday. The ministers also signed a letter of intent on the purchase "
     "of radar systems from a French maker.", 2),
]


@pytest.mark.parametrize(("report", "count"), TOLD_AGAIN)
def test_signed_told_again(extract, report, count):
    x, _ = extract(_LEAD + report)
    facts = _facts(x)
    assert len(facts) == count, facts
    assert all(s == "signed" for _, s, _ in facts), facts
