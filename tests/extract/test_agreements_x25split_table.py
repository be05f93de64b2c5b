"""Round x25 (x25agsplit): a count of instruments whose members the text names is one agreement per member.

- counted-members (kg.extract.agreements.lists.COUNTED_MEMBERS, and the standalone subject "The three agreements
  that were signed covered A and B", lists._COUNTED_SUBJECT, read by the sentence row counted-members): "two
  agreements were signed: 'On A' and 'On B'" (colon), "two agreements, namely A and B" (namely), "two memoranda, one
  in the area of A and the other on B" (one-and-the-other); in the sentence, the members must number exactly the
  count. The next sentence may name them instead ("The two MoUs that were signed deal with A as well as B", "They are
  A and B"): then between two and the count of members. A count whose members go unnamed stays one agreement; a next
  sentence that names no members ("They were signed by A and B") changes nothing.

Sentences are invented for this file; kg:rule names the trigger."""

from __future__ import annotations

import pytest

_LEAD = "Ghana and Togo held talks in Lome. "

# (sentences, agreements expected: description and rule)
ROWS = [
    # colon: quoted titles, each its own "and" kept
    ("Two interdepartmental agreements were signed: 'On information exchange' and 'On cooperation in the field of "
     "search and rescue'.",
     [("agreement on information exchange", "agreement/counted-members"),
      ("agreement on cooperation in the field of search and rescue", "agreement/counted-members")]),
    # colon: instruments each headed by its noun, an "and" inside a name no break
    ("The ministers signed three key agreements: an Agreement on Lagoon Patrols, an MoU on Search and Rescue "
     "Cooperation and Terms of Reference on the establishment of Joint Staff Talks.",
     [("Agreement on Lagoon Patrols", "agreement/counted-members"),
      ("MoU on Search and Rescue Cooperation", "agreement/counted-members"),
      ("Terms of Reference on the establishment of Joint Staff Talks", "agreement/counted-members")]),
    # one-and-the-other, the signing's setting after the members left out
    ("Ghana and Togo signed two memoranda of understanding on Wednesday, one in the area of defence and the other on "
     "lagoon fisheries, during a meeting between the presidents.",
     [("memorandum of understanding in the area of defence", "agreement/counted-members"),
      ("memorandum of understanding on lagoon fisheries", "agreement/counted-members")]),
    # the next sentence names the members of the count
    ("Two memoranda of understanding between Ghana and Togo have been signed to strengthen security cooperation. The "
     "two MoUs that were signed in Lome deal with military training as well as the exchange of customs records.",
     [("memorandum of understanding on military training", "agreement/counted-members"),
      ("memorandum of understanding on exchange of customs records", "agreement/counted-members")]),
    # the next sentence, by a pronoun
    ("Ghana and Togo signed two agreements in Lome. They are an agreement on lagoon patrols and a protocol on customs "
     "records.",
     [("agreement on lagoon patrols", "agreement/counted-members"),
      ("protocol on customs records", "agreement/counted-members")]),
    # standalone: the count in the sentence's own subject, its members after a verb of content
    ("The minister said both sides were pleased. The three agreements that were signed covered the supply of a coastal "
     "radar system and lagoon patrol boats.",
     [("agreement on supply of a coastal radar system", "agreement/counted-members"),
      ("agreement on lagoon patrol boats", "agreement/counted-members")]),
    ("The two security memoranda of understanding addressed “incident prevention on the lagoon” and “maritime "
     "cooperation” among coastguards, according to an official.",
     [("memorandum of understanding on incident prevention on the lagoon", "agreement/counted-members"),
      ("memorandum of understanding on maritime cooperation", "agreement/counted-members")]),
    # the members do not number the count: one agreement, as before
    ("Ghana and Togo signed three agreements: 'On information exchange' and 'On fisheries'.",
     [("three agreements", "agreement/sign-verb")]),
    # the next sentence names no members
    ("Ghana and Togo signed two agreements in Lome. They were signed by Foreign Minister Ama Mensah and Interior "
     "Minister Kofi Dussey.",
     [("two agreements in Lome", "agreement/sign-verb")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_counted_members(extract, text, expected):
    x, _ = extract(_LEAD + text)
    got = [(a.description, a.support.rule) for a in x.agreements]
    assert got == expected, got


def test_namely_names_the_member(extract):
    x, _ = extract(_LEAD + "Ghana and Togo will review two border agreements, namely the revised border crossing "
                           "agreement and the lagoon patrol agreement.")
    assert [a.description for a in x.agreements] == ["revised border crossing agreement", "lagoon patrol agreement"]
