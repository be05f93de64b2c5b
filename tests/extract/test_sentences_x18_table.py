"""Round x18 (lead): reading `wrapped-line` — text copied from a PDF or an e-mail is hard-wrapped; a single line break
inside a sentence (the line before ends in no stop, the next opens in lowercase) does not end it. A blank line, a
line closed by punctuation, or a next line opening with a capital still does. Sentences invented for this file."""

from __future__ import annotations

import pytest

from kg.extract.sentences import split

# (text, the sentences split reads)
WRAPPED = [
    ("The memorandum covers training, military\ntechnology assistance and peacekeeping.",
     ["The memorandum covers training, military\ntechnology assistance and peacekeeping."]),
    ("The ministers met in Suva on\nMonday. They signed a pact.", ["The ministers met in Suva on\nMonday.",
                                                                  "They signed a pact."]),
    # a line closed by a stop, a headline over a capitalised line, a blank line: each still ends a sentence
    ("Talks end.\nministers leave.", ["Talks end.", "ministers leave."]),
    ("Fiji signs defence pact\nThe ministers met on Monday.", ["Fiji signs defence pact", "The ministers met on Monday."]),
    ("Fiji signs defence pact\n\nand more talks are planned.", ["Fiji signs defence pact", "and more talks are planned."]),
    ("• information sharing;\n• joint operations", ["• information sharing;", "• joint operations"]),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED)
def test_a_wrapped_line_does_not_end_a_sentence(text, expected):
    sentences = split(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_facts_read_over_a_wrapped_line(extract):
    x, _ = extract("Fiji's Defence Minister Mosese Tikoitoga signed the memorandum with\nSouth Korean Defence Minister "
                   "Kim Dae-ho in Seoul on Monday. The memorandum covers training, military\n"
                   "technology assistance and peacekeeping, Tikoitoga said.")
    assert any({"mosese-tikoitoga", "kim-dae-ho"} <= set(e.participants) for e in x.events), x.events
    assert any("technology assistance" in s.text for s in x.statements), x.statements
