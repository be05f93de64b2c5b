"""Round x24 (x24agstatus2): the status of what a deal sets out.

- content-of-signed-deal (kg.extract.agreements.readings.content_status, for the row deal-includes): what a deal the
  report has told as signed includes or provides for was signed with it ("Sunday's agreement includes coordination in
  ..."), not merely agreed. The deal is named definitely, by a head noun an earlier draft carries (the plain nouns
  agreement, deal, accord and pact name one another). A deal not told as signed, or named by a noun no signed draft
  carries, or named indefinitely, leaves the row's status (agreed).

Sentences are invented for this file; kg:rule names the trigger."""

from __future__ import annotations

import pytest

_RULE = "agreement/deal-includes"

# (sentences, status expected of the deal-includes fact)
ROWS = [
    # a signed deal, named again by the same noun, by a plain noun, by a weekday's possessive, by "one of the"
    ("Ghana and Togo signed a security agreement on border patrols in Lome on Sunday. "
     "The agreement includes coordination in protecting the common lagoon border.", "signed"),
    ("Ghana and Togo signed a security agreement on border patrols in Lome on Sunday. "
     "Sunday's deal includes coordination in protecting the common lagoon border.", "signed"),
    ("Ghana and Togo signed four agreements on closer cooperation in Lome on Sunday. "
     "One of the agreements provides for the sharing of radar data on the lagoon.", "signed"),
    ("Ghana and Togo signed a memorandum of understanding on border patrols in Lome on Sunday. "
     "The MoU includes joint training of customs officers on the lagoon.", "signed"),
    # a deal only agreed: the content stays agreed
    ("Ghana and Togo agreed on Sunday to strengthen security cooperation on the lagoon. "
     "The agreement includes joint training of customs officers on the lagoon.", "agreed"),
    # the signed instrument is another kind of deal (a communique); the treaty it names was not signed
    ("Ghana signed a joint communique on border patrols with Togo in Lome on Sunday. "
     "The lagoon treaty includes a mutual defence pact between Ghana and Togo.", "agreed"),
]


@pytest.mark.parametrize(("text", "status"), ROWS)
def test_content_of_a_signed_deal_takes_its_status(extract, text, status):
    x, _ = extract(text)
    got = [a.status for a in x.agreements if a.support.rule == _RULE]
    assert got == [status], [(a.status, a.description, a.support.rule) for a in x.agreements]
