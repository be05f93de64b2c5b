"""The rank grammar (kg/extract/ranks.py): a rank however abbreviated is read whole and written out, one role."""

from __future__ import annotations

import pytest

from extract_support import check_posts
from kg.extract import ranks

CASES = [
    # (sentence, person, roles held, roles not held)
    ("Sen. Lt. Gen. Nguyen Van Tan met Indonesian officials in Hanoi on Monday.", "Nguyen Van Tan",
     ["Senior Lieutenant General"], ["Lieutenant General", "General"]),
    ("Snr Lt Gen Nguyen Van Tan met Indonesian officials in Hanoi on Monday.", "Nguyen Van Tan",
     ["Senior Lieutenant General"], ["Lieutenant General"]),
    ("Lieut. Gen. Tomas Berglund said the exercise would start in May.", "Tomas Berglund",
     ["Lieutenant General"], ["General"]),
    ("Col. Gen. Ivan Petrov met Kazakh officers in Astana on Monday.", "Ivan Petrov", ["Colonel General"],
     ["Colonel", "General"]),
    ("AVM Paul Godfrey met Thai officers in Bangkok on Monday.", "Paul Godfrey", ["Air Vice Marshal"], []),
    ("ACM Tony Wong met Thai officers in Bangkok on Monday.", "Tony Wong", ["Air Chief Marshal"], []),
    ("R. Adm. John Smith said the ships would sail.", "John Smith", ["Rear Admiral"], ["Admiral"]),
    ("VAdm John Smith said the ships would sail.", "John Smith", ["Vice Admiral"], []),
    ("Cdre John Smith said the ships would sail.", "John Smith", ["Commodore"], []),
    ("Lieut-Col Tomas Berglund said the exercise would start in May.", "Tomas Berglund", ["Lieutenant Colonel"], []),
    # a rank stacked after a post, "(Ret)" between them: two roles
    ("Indonesian Defence Minister Lieutenant General (Ret) Sjafrie Sjamsoeddin met Singapore's defence minister.",
     "Sjafrie Sjamsoeddin", ["Defence Minister", "Lieutenant General"], []),
    ("Russia's Defence Minister Army General Sergei Volkov said the talks were useful.", "Sergei Volkov",
     ["Defence Minister", "Army General"], ["General"]),
]


@pytest.mark.parametrize("text,name,present,absent", CASES)
def test_rank_read_whole(extract, text, name, present, absent):
    check_posts(extract, text, name, present, absent)


@pytest.mark.parametrize("written,grade", [("Maj.-Gen.", "Major General"), ("Sen. Lt. Gen.", "Senior Lieutenant General"),
                                          ("AVM", "Air Vice Marshal"), ("Gen", "General"), ("Rear Admiral", "Rear Admiral"),
                                          ("Sen.", None), ("R.", None), ("Minister", None)])
def test_grade_of(written, grade):
    assert ranks.grade_of(written) == grade
