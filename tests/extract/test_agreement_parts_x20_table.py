"""Round x20 of the agreement descriptions (x20agrinst), judged on a bank of unannotated news: a signed instrument's
description stops at the date and place of its signing (instrument-setting-tail); its purpose, its matter or what it
does stays, a comment on the signing goes. Sentences are invented for this file."""

from __future__ import annotations

import pytest

from kg.extract.agreement_parts import without_setting


def _all(x) -> list[tuple[str, str, list[str]]]:
    return [(a.status, a.description, a.parties) for a in x.agreements]


# without_setting, as a string function: (description read after the verb, what is left)
TRIMMED = [
    ("coastal patrol pact on Wednesday in Lomé, opening a new chapter of cooperation", "coastal patrol pact"),
    ("customs accord in Tbilisi on Friday", "customs accord"),
    ("treaty on river boundaries on 3 March 2021, to settle claims along the delta",
     "treaty on river boundaries to settle claims along the delta"),
    ("policing memorandum last week, allowing officers to cross the frontier in pursuit",
     "policing memorandum allowing officers to cross the frontier in pursuit"),
    ("friendship declaration yesterday in Quito, signalling an end to the feud", "friendship declaration"),
    ("border protocol on Monday, which provides for a joint survey of the line",
     "border protocol which provides for a joint survey of the line"),
    ("two port agreements on Tuesday concerning pilots and the sharing of berths",
     "two port agreements concerning pilots and the sharing of berths"),
    ("fisheries accord on Thursday to curb poaching, as boats from a third state crowd the waters",
     "fisheries accord to curb poaching"),
    ("border protocol on 4 May 2019, known as the Lake Accord", "border protocol known as the Lake Accord"),
    ("upgraded memorandum on Friday (May 9) to widen cyber cooperation", "upgraded memorandum to widen cyber cooperation"),
    # a participle left without its setting goes with it
    ("an annex to the air treaty, originally signed in Vilnius on 2 June 2009", "an annex to the air treaty"),
]

# left as they are: no date beside the place, no instrument heading the description, a date inside the name's matter
UNCHANGED = [
    "Peace and Reconciliation Accord in Mali",
    "hold joint drills in the Baltic on Monday next month",
    "accord on the events of 9 May 1945",
]


@pytest.mark.parametrize(("desc", "left"), TRIMMED)
def test_setting_trimmed(desc, left):
    assert without_setting(desc) == left


@pytest.mark.parametrize("desc", UNCHANGED)
def test_setting_kept(desc):
    assert without_setting(desc) == desc


# instrument-setting-tail through the extractor: (text, the description expected, a word that must be gone)
SIGNED = [
    ("Chile and Peru signed a maritime security pact on Friday in Arica, paving the way for joint patrols.",
     "maritime security pact", "Arica"),
    ("Ghana and Togo signed a memorandum on Tuesday allowing customs officers to share manifests.",
     "memorandum allowing customs officers to share manifests", "Tuesday"),
    ("Kenya and Uganda signed a defence cooperation agreement on 7 November 2024, to enhance training of officers.",
     "defence cooperation agreement to enhance training of officers", "November"),
]


@pytest.mark.parametrize(("text", "description", "gone"), SIGNED)
def test_signed_instrument_without_setting(extract, text, description, gone):
    x, _ = extract(text)
    assert any(a.status == "signed" and a.description == description for a in x.agreements), _all(x)
    assert not any(gone in a.description for a in x.agreements), _all(x)
