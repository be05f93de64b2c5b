"""Round 14 statement shapes, found by a census of a bank of unannotated reports: quotations whose speaker is named
outside the quotation's own clause (a body's quotation going on, a credit after the quotation with a circumstance),
and states and bodies credited. Sentences are written for these tests; each row names who must be credited and a
word of what they said."""

from __future__ import annotations

import pytest

# (text, speaker label or None, a word of the statement)
ROWS = [
    # quote-continues: a body's quotation goes on in the same paragraph, one utterance of the body
    ("Norway and Finland held border talks on Monday.\n“The patrols were lawful and restrained,” the Norwegian "
     "foreign ministry said on Tuesday. “Norway rejects the so-called protest entirely.”",
     "Norwegian foreign ministry", "protest"),
    # ... but not a quotation in the next paragraph (no one credited it)
    ("Norway and Finland held border talks on Monday.\n“The patrols were lawful and restrained,” the Norwegian "
     "foreign ministry said on Tuesday.\n“Norway rejects the so-called protest entirely,” Finnish officials said.",
     "Finnish officials", "protest"),
    # said-after-quote, the credit inverted and followed by a circumstance
    ("Interior Minister Aino Virtanen met Ola Strand in Oslo.\n“This accord opens a new chapter between our police "
     "forces,” said Minister Virtanen during the signing ceremony.", "Aino Virtanen", "chapter"),
    ("Interior Minister Aino Virtanen met Ola Strand in Oslo.\n“The accord covers drug trafficking and border "
     "crime,” said Minister Virtanen at a press conference in Oslo.", "Aino Virtanen", "trafficking"),
    # body credits with a document, an acronym, a time or a plural state's possessive around the body
    ("Norway and Finland held border talks on Monday.\nThe two sides reviewed patrols along the Arctic border, a "
     "ministry of defence statement said on Thursday. The Ministry of Defence of Norway hosted the talks.",
     "Ministry of Defence", "patrols"),
    ("Norway and Finland held border talks on Monday.\nThe two sides reviewed patrols along the Arctic border, an "
     "Interior Ministry press release on Monday evening said.", "Interior Ministry", "patrols"),
    ("Norway and Finland held border talks on Monday.\nThe two sides reviewed patrols along the Arctic border, "
     "according to a news release from the Coast Guard.", "Coast Guard", "patrols"),
    ("Manila and Hanoi held talks.\n“The ministers agreed to draft joint patrol procedures within a month,” the "
     "Philippines’ defense department said.", "Philippine defense department", "patrol"),
    # "the statement" points back at a joint document the report mentioned, crediting nothing to it
    ("Norway and Finland held border talks in Oslo on Monday.\nThe plan was set out in a joint statement after the "
     "talks.\n“Patrols will share radar data from next month,” the statement said.", "Norway and Finland", "radar"),
    # ... a statement of one's own ("a statement") is not that document
    ("Norway and Finland held border talks in Oslo on Monday.\nThe plan was set out in a joint statement after the "
     "talks.\n“Patrols will share radar data from next month,” a statement said.", "official statement", "radar"),
    # state-body: a body of a state described by its kind, possessive state or capital, or a nationality
    ("Norway and Finland held border talks on Monday.\nThe border will reopen to trucks next week, Finland’s "
     "border security committee said on Tuesday.", "Finnish border security committee", "trucks"),
    ("Norway and Finland held border talks on Monday.\nThe border will reopen to trucks next week, Oslo’s arms "
     "procurement agency said.", "Norwegian arms procurement agency", "trucks"),
    # ... a person's possessive is no state
    ("Norway and Finland held border talks on Monday.\nThe border will reopen to trucks next week, Halvorsen’s "
     "border security committee said.", None, "trucks"),
    # "said Friday that": the weekday is no part of the words
    ("Norway and Finland held border talks on Monday.\nDefence Minister Ola Strand said Friday that the border "
     "patrols would resume.", "Ola Strand", "patrols"),
    # quote-paragraph: a bare quotation paragraph after a body's reported words goes on with that body's statement
    ("Norway and Finland will hold joint naval drills in May, Norway’s defence ministry said.\n“The main purpose of "
     "the drills is to rehearse search and rescue at sea.”", "Norway’s defence ministry", "rescue"),
    # ... and after a person's, cut with "[...]", is that person's
    ("Defence Minister Ola Strand said the accord was the most important in decades.\n“This accord reflects our "
     "shared resolve to patrol the Arctic together.” [...]", "Ola Strand", "Arctic"),
    # "reads" credits a document's words
    ("Norway and Finland signed a border accord.\n“Both sides will exchange patrol data every week,” reads the joint "
     "statement.", "Norway and Finland", "patrol"),
]


@pytest.mark.parametrize("text, speaker, word", ROWS, ids=[f"{i}:{r[2]}" for i, r in enumerate(ROWS)])
def test_x14_statement(extract, text, speaker, word):
    x, _ = extract(text)
    hits = [s.speaker.label for s in x.statements if word in s.text]
    assert hits == ([speaker] if speaker else []), [(s.speaker.label, s.text) for s in x.statements]
