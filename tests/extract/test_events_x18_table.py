"""kg/extract/event_triggers.py (BODY_SESSION) and frames.py, round 18 (x18session): a sitting of a joint body of two
states is a meeting of the officials who sat for them, however the report writes the body's name.
- the ordinal sitting in either case and with a rank word ("the 12th Session of The Kenya/Uganda Joint Commission",
  "the 9th Ministerial Meeting of the ... Joint Commission"), states joined by a slash or a spaced dash;
- the remit before "Session" ("the 4th Joint Permanent Commission on Defence and Security Session");
- `body-session-lower`: a joint body in lower case, kept only when it names its states or goes on "between";
- rule `session-chairs`: each state's minister sat for it, before the official first quoted;
- a pronoun subject ("Addressing the ... Joint Commission, he said") is the person of the sentence before;
- places: an acronym in brackets before "was held in X", a weekday after "the town of X" is no part of its name."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

# (why, text, participants, date, place) of the one meeting of two people or more (or of one, for one side)
ROWS = [
    ("slash-pair-capital-session",
     "1. The 12th Session of The Kenya/Uganda Joint Commission for Defence and Security was held at Kampala, Uganda, "
     "on Tuesday. 2. The delegation of Kenya was led by Defence Minister Joseph Kamau. 3. The delegation of Uganda was "
     "led by Defence Minister Grace Akello.",
     ["Grace Akello", "Joseph Kamau"], dt.date(2026, 3, 10), "Kampala"),
    ("rank-word-and-pronoun",
     "Peace in the region is a priority for Ghana, says Defence Minister Kofi Mensah.\n\nAddressing the 9th Ministerial "
     "Meeting of the Ghana-Togo Security Joint Commission in Accra on Tuesday, he said smuggling was rising.\n\nTogolese "
     "Defence Minister Yao Agbeko said patrols would double.",
     ["Kofi Mensah", "Yao Agbeko"], dt.date(2026, 3, 10), "Accra"),
    ("remit-before-session",
     "The pact was signed at the 4th Joint Permanent Commission on Defence and Security Session in Nairobi on Tuesday, "
     "which was attended by Kenyan Defence Minister Joseph Kamau and Ugandan Defence Minister Grace Akello.",
     ["Grace Akello", "Joseph Kamau"], dt.date(2026, 3, 10), "Nairobi"),
    ("lower-case-with-states",
     "Chile and Peru pledged closer police ties during the Chilean-Peruvian joint committee meeting held in Lima. "
     "Chilean Interior Minister Rosa Vidal and Peruvian Interior Minister Hugo Quispe signed two protocols.",
     ["Hugo Quispe", "Rosa Vidal"], None, "Lima"),
    ("lower-case-between",
     "Ghana's Defence Minister Kofi Mensah, speaking at a joint military committee meeting between the two countries, "
     "urged delegates to share intelligence.",
     ["Kofi Mensah"], None, None),
    ("chairs-before-first-quoted",
     "Kenya will host the 5th Session of the Kenya-Uganda Joint Commission of Cooperation this week. Foreign Ministry "
     "Executive Director Mary Wanjiru said the commission would review forty agreements. Foreign Minister Joseph Kamau "
     "will co-chair the commission with his counterpart Grace Akello, Minister of Foreign Affairs of Uganda.",
     ["Grace Akello", "Joseph Kamau"], None, None),
    ("acronym-before-held-in",
     "The 29th session of the Joint Permanent Commission on Defence and Security (JPCDS) was held in Okahandja on "
     "Thursday. Namibia's defence minister Peter Hamutenya and his Botswana counterpart Kabo Molefhe co-chaired it.",
     ["Kabo Molefhe", "Peter Hamutenya"], PUBLISHED, "Okahandja"),
    ("weekday-after-town",
     "Kenya's Defence Minister Joseph Kamau told a joint Kenya-Uganda commission on defence and security meeting held "
     "at the coastal town of Malindi Thursday that smuggling was rife. Ugandan Defence Minister Grace Akello agreed.",
     ["Grace Akello", "Joseph Kamau"], PUBLISHED, "Malindi"),
]


@pytest.mark.parametrize(("why", "text", "people", "date", "place"), ROWS, ids=[r[0] for r in ROWS])
def test_body_session_rows(extract, why, text, people, date, place):
    x, _ = extract(text, published=PUBLISHED)
    found = [(participants(x, e), e.date, e.place.name if e.place else None) for e in x.events]
    assert (people, date, place) in found, found


# A joint body's sitting in lower case that names no states (one parliament's own committee) makes no meeting of two.
NO_ROWS = [
    ("lower-case-one-state",
     "Kenya's Defence Minister Joseph Kamau briefed the parliament's joint defence committee meeting on Tuesday. "
     "Ugandan Defence Minister Grace Akello later said the border was calm."),
]


@pytest.mark.parametrize(("why", "text"), NO_ROWS, ids=[r[0] for r in NO_ROWS])
def test_no_body_session(extract, why, text):
    x, _ = extract(text, published=PUBLISHED)
    assert not [e for e in x.events if len(e.participants) > 1], [participants(x, e) for e in x.events]
