"""Round 23: `nearest-namesake` (persons._resolve_singles). A surname two people of the report share names the one
named last before it, and a surname the report's own people hold is never a well-known namesake from the reference
list. Found by the bank9 precision audit: "Gen. Ibrahim" in a report on Sudan's Yassin Ibrahim and Chad's Daoud
Yahia Ibrahim was made Malaysia's Anwar Ibrahim. Sentences written for the tests in news style."""

from __future__ import annotations

_TEXT = ("The Minister of Defence, Gen. Yassin Omar Ibrahim, addressed the conference in Khartoum on Wednesday. "
         "Gen. Ibrahim described the joint force as a model for the region. "
         "The Chadian Minister of Defence, Gen. Daoud Yahia Ibrahim, said the joint forces had done their duty.")


def test_shared_surname_is_the_report_s_own_person(extract):
    x, _ = extract(_TEXT)
    names = {p.name for p in x.persons}
    assert "Anwar Ibrahim" not in names, names
    assert {"Yassin Omar Ibrahim", "Daoud Yahia Ibrahim"} <= names, names
    speakers = {s.speaker.label for s in x.statements if "model" in s.text}
    assert speakers <= {"Yassin Omar Ibrahim"}, speakers


def test_a_lone_surname_still_takes_the_known_full_name(extract):
    x, _ = extract("Prime Minister Ibrahim met the visiting delegation in Kuala Lumpur on Monday.")
    assert "Anwar Ibrahim" in {p.name for p in x.persons}, [p.name for p in x.persons]
