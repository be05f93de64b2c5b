"""Round x24 (x24agenda): a meeting's agenda or schedule is no agreement.

- future-agenda (agreement_vetoes): "the two sides will review the ongoing cooperation", "the two leaders will also
  exchange views on regional issues": what talks still to come will go over (studied golds: 5 of 5 such agendas carry
  no agreement). A talk with a concrete act or aim ("will discuss working together to ...", "with the aim of
  establishing ...") stays, as `expected` (2 of 2).
- scheduled-meeting (agreement_vetoes): "A and B will hold a round of talks on Sunday", "is due to start ... the
  meeting of experts": one meeting on the calendar (5 of 5 carry none). A routine ("will meet every three months")
  is a mechanism and stays; "agreed to hold the next round of talks" is an agreement (another trigger, untouched).

Sentences are invented for this file; kg:rule names the trigger."""

from __future__ import annotations

import pytest

_LEAD = "Ghana's defence minister Kofi Mensah met Togo's defence minister Yao Agbeko in Accra on Monday. "


def _facts(x) -> list[tuple[str, str, str]]:
    return [(a.description, a.status, a.support.rule) for a in x.agreements]


# (sentence, a word of the agenda or schedule that must not become an agreement)
GONE = [
    ("In Lome, the two countries will discuss defence and security issues and progress made on existing agreements.",
     "security issues"),
    ("During the joint commission, the two sides will review the ongoing cooperation and explore new initiatives to "
     "further strengthen the engagements between the two countries.", "ongoing cooperation"),
    ("The two ministers will also exchange views on the situation in the Gulf of Guinea and regional issues of shared "
     "interest.", "Gulf of Guinea"),
    ("Officials said the meeting focused on exchanging information on seven key topics.", "seven key topics"),
    ("Ghana and Togo will hold a round of legal and technical talks on Sunday as they look to settle the maritime "
     "border dispute.", "round of legal"),
    ("The two delegations will hold a two-plus-two meeting in the Togolese capital on Tuesday.", "two-plus-two"),
    ("The Ghana-Togo Joint Commission on Defence is due to start this Tuesday in the city of Kpalime the meeting of "
     "experts, in preparation for the ministerial session.", "meeting of experts"),
    ("The two delegations will meet again today with a delegation from Benin for the third meeting of the committee.",
     "delegation from Benin"),
]


@pytest.mark.parametrize(("sentence", "word"), GONE)
def test_agenda_or_schedule_is_no_agreement(extract, sentence, word):
    x, _ = extract(_LEAD + sentence)
    assert not any(word in f[0] for f in _facts(x)), _facts(x)


# (sentence, a word of the fact, its status): an undertaking, a routine, an aim, an agreement to meet stay
STAYS = [
    ("The two ministers will likely discuss working together to secure the shipping lanes of the Gulf of Guinea.",
     "shipping lanes", "expected"),
    ("The joint border committee, chaired by the two deputy ministers, said they would meet every three months, "
     "alternating between Accra and Lome.", "three months", None),
    ("The two countries will exchange information on suspected pirates operating in the Gulf of Guinea.",
     "suspected pirates", "committed"),
    ("Ghana and Togo agreed to hold the next round of defence talks in Lome.", "next round", "agreed"),
    ("The two countries will hold a joint naval exercise in the Gulf of Guinea in November.", "naval exercise",
     "committed"),
]


@pytest.mark.parametrize(("sentence", "word", "status"), STAYS)
def test_undertaking_routine_or_aim_stays(extract, sentence, word, status):
    x, _ = extract(_LEAD + sentence)
    assert any(word in f[0] and (status is None or f[1] == status) for f in _facts(x)), _facts(x)
