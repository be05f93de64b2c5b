"""x20outlettail: reading `outlet-relays-wide` — the clause an outlet relays names its speaker in a way the short
subject of `nested` does not read, and the speaker (a person or a body the report names) is credited, not the outlet:

- a name with its full post before the verb ("Ghanaian Defence Minister Kwame Osei Mensah has stated that ...");
- a name set off by an apposition ("Agbeko, a former border commander, stressed ...");
- a post set off before its holder's name ("the army chief, General Kofi Mensah, warned that ...");
- a participle before the subject ("pointing to ..., Mensah said that ...");
- the speaker's own credit closing the clause ("..., Ghanaian President Kwesi Boateng announced, GNA reports").

An outlet reporting a fact, or a clause whose subject is no one the report names, stays the outlet's.
Sentences written for these tests. Each row: text after INTRO, the speaker expected, a word of the words."""

from __future__ import annotations

import pytest

INTRO = ("Ghanaian army chief General Kofi Mensah met Togolese army chief General Yao Agbeko in Accra on Monday. "
         "Ghanaian President Kwesi Boateng received the Togolese delegation. ")


def _statements(x) -> list[tuple[str, str, str]]:
    return [(s.speaker.label, s.text, s.support.rule) for s in x.statements]


WIDE = [
    ("Ghanaian Defence Minister Kwame Osei Ampofo has stated that Ghana continues to back its neighbours in every "
     "way it can, the Ghana News Agency has reported.", "Kwame Osei Ampofo", "continues to back"),
    ("Agbeko, a former border commander, stressed the importance of joint patrols along the frontier, Xinhua "
     "reported.", "Yao Agbeko", "joint patrols"),
    ("Togolese media say the army chief, General Yao Agbeko, warned that any incursion would meet a firm response.",
     "Yao Agbeko", "firm response"),
    ("Ghana and Togo plan to hold joint exercises along the lagoon next year, Ghanaian President Kwesi Boateng "
     "announced, Xinhua reports.", "Kwesi Boateng", "joint exercises"),
    ("The Ghana News Agency notes that, pointing to the visits he paid to Lome, Mensah said that talks with Togo "
     "would continue next month.", "Kofi Mensah", "talks with Togo"),
]


@pytest.mark.parametrize(("sentence", "speaker", "words"), WIDE, ids=[r[1] + "-" + r[2][:10] for r in WIDE])
def test_outlet_relays_the_speaker_the_clause_names(extract, sentence, speaker, words):
    x, _ = extract(INTRO + sentence)
    found = [f for f in _statements(x) if words in f[1]]
    assert [(f[0], f[2]) for f in found] == [(speaker, "statement/outlet-relays-wide")]
    assert "reported" not in found[0][1] and "announced" not in found[0][1]


STAYS = [
    # a fact the outlet vouches for: no one the report names speaks in the clause
    ("Heavy rains flooded several border posts along the northern frontier on Sunday, Xinhua reported.", "Xinhua"),
    # the closing credit is no speaker the report names
    ("Smuggling along the lagoon fell sharply this year, local fishermen said, the Ghana News Agency reported.", None),
]


@pytest.mark.parametrize(("sentence", "speaker"), STAYS, ids=[str(r[1]) for r in STAYS])
def test_outlet_stays_credited_without_a_named_speaker(extract, sentence, speaker):
    x, _ = extract(INTRO + sentence)
    found = [f for f in _statements(x) if f[2] == "statement/outlet-relays-wide"]
    assert found == []
    if speaker:
        assert any(f[0] == speaker for f in _statements(x))
