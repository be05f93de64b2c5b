"""kg/extract/events/ and event_triggers.py, round 17 (lead): meetings told by a joint act rather than by "met".
- `discussed-with`: one person talking a matter over "with" a person of another state held talks with them, wherever
  the matter stands (before "with", after it, or with a day between); the veto `discussed-at-home` drops the talk of
  one state's own people ("he discussed the proposal with the President").
- `signing` with an aside after the verb ("signed, on November 19, in Lome, an agreement")."""

from __future__ import annotations

import pytest

from extract_support import participants

_LEAD = "Ghana and Togo stepped up their security ties this week. "

# (why, text, the pair that must meet, or None when no meeting of two may be found)
ROWS = [
    ("matter-before-with",
     _LEAD + "Ghana's defence minister Kofi Mensah discussed border security with Togo's army chief Edem Agbo.",
     ["Edem Agbo", "Kofi Mensah"]),
    ("with-before-matter",
     _LEAD + "Ghana's Chief of Staff Kofi Mensah discussed with his Togolese counterpart Edem Agbo ways to boost ties.",
     ["Edem Agbo", "Kofi Mensah"]),
    ("day-and-long-matter",
     _LEAD + "Ghana's Chief of Staff, General Kofi Mensah discussed on Monday enhancing cooperation in defence "
             "industries, with Togolese Chairman of the Joint Chiefs of Staff, Major General Edem Agbo.",
     ["Edem Agbo", "Kofi Mensah"]),
    ("signing-aside",
     _LEAD + "Ghana's Kofi Mensah and Togo's Edem Agbo signed, on November 19, in Lome, a cooperation agreement.",
     ["Edem Agbo", "Kofi Mensah"]),
    ("discussed-at-home",
     _LEAD + "Ghana's defence minister Kofi Mensah said he discussed the proposal with Ghanaian President Ama Owusu.",
     None),
    ("with-a-state-no-person",
     _LEAD + "Ghana's defence minister Kofi Mensah discussed ways to cooperate with Togo and other neighbours.",
     None),
]


@pytest.mark.parametrize(("why", "text", "pair"), ROWS, ids=[r[0] for r in ROWS])
def test_joint_act_meetings(extract, why, text, pair):
    x, _ = extract(text)
    pairs = [participants(x, e) for e in x.events if len(e.participants) >= 2]
    if pair is None:
        assert pairs == []
    else:
        assert pair in pairs


def test_discussed_with_unnamed_counterparts_is_no_talks(extract):
    # veto `discussed-with-no-one-named` (the bank2 judge: a one-person "talks" is no encounter the text names)
    x, _ = extract(_LEAD + "Ghana's defence minister Kofi Mensah discussed border security with his Togolese counterparts.")
    assert not any(e.trigger == "discussed-with" for e in x.events if hasattr(e, "trigger"))
    assert all(len(e.participants) != 1 or e.kind != "talks" for e in x.events)
