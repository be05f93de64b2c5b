"""Round x19 (x19agrref): a reference instead of the instrument.

- reference-folds-into-named: a description that names an instrument and nothing it is about ("two agreements
  between A and B", "such a pact", "the deal was inked by A and B", "a memorandum of understanding") refers to an
  instrument the report names with its subject matter: one agreement, the named description. Definite or counted
  references fold into any named instrument of the same status; an indefinite one only into one of its own head noun.
  With no named instrument in the report the reference stays (the studied golds key such instruments by their noun).

Sentences are invented for this file; kg:rule names the trigger."""

from __future__ import annotations

import pytest

from kg.extract.agreement_vetoes import names_only_instrument

_LEAD = "Ghana and Togo signed a memorandum of understanding on joint border patrols in Accra on Monday. "


def _facts(x) -> list[tuple[str, str, str]]:
    return [(a.description, a.status, a.support.rule) for a in x.agreements]


FOLDED = [
    "The meeting was followed by the signing of two agreements between Ghana and Togo.",
    "Togo is the fourth country with which Ghana has signed such a pact.",
    "The memorandum was signed by the two interior ministers.",
    "Officials said several agreements were signed during the visit.",
]


@pytest.mark.parametrize("sentence", FOLDED)
def test_reference_folds_into_named(extract, sentence):
    x, _ = extract(_LEAD + sentence)
    facts = _facts(x)
    assert len(facts) == 1, facts
    assert "border patrols" in facts[0][0] and facts[0][1] == "signed", facts
    assert len(x.agreements[0].support.evidence) == 2   # the reference's sentence is evidence of the named one


def test_indefinite_other_head_stays(extract):
    # "a defence pact": another head, indefinite: it may be a second instrument
    x, _ = extract(_LEAD + "The two ministers also signed a defence pact.")
    assert len(_facts(x)) == 2, _facts(x)


def test_reference_alone_stays(extract):
    x, _ = extract("Ghana and Togo signed two agreements in Accra on Monday.")
    assert len(_facts(x)) == 1, _facts(x)


REFERENCES = [
    ("two agreements between India and the UK", True),
    ("such a pact", True),
    ("Memorandum of Agreement", True),
    ("protocol in Bishkek on Monday", True),
    ("the relevant document", True),
    ("defence agreement", False),                  # a field is content
    ("agreement on border security", False),
    ("MOU first signed in 2009", False),           # a year names an earlier instrument of its own
    ("another MOU", False),                        # another one
    ("Ankara Declaration", False),                 # a place names its instrument
    ("framework signed in Abuja", False),
]


@pytest.mark.parametrize(("desc", "expected"), REFERENCES)
def test_names_only_instrument(desc, expected):
    assert names_only_instrument(desc) is expected


# reference-takes-matter: an instrument named by its noun alone takes the subject matter after its verb or setting.
MATTER = [
    ("A memorandum of understanding was also signed by the two interior ministers to set up a joint committee on "
     "the border regions.", "joint committee"),
    ("Representatives of Ghana and Togo signed a protocol in Lome on Monday, which provides for the demarcation of "
     "the lagoon border.", "demarcation"),
    ("After the talks, a protocol was signed that will allow joint patrols on the lagoon border.", "joint patrols"),
]


@pytest.mark.parametrize(("sentence", "word"), MATTER)
def test_reference_takes_matter(extract, sentence, word):
    x, _ = extract("Ghana and Togo held security talks in Accra. " + sentence)
    facts = _facts(x)
    hits = [f for f in facts if word in f[0]]
    assert hits and hits[0][1] == "signed", facts


def test_behalf_is_no_matter(extract):
    x, _ = extract("Ghana and Togo held security talks in Accra. The minister signed the protocol on behalf of the "
                   "government.")
    assert not any("behalf" in f[0] for f in _facts(x)), _facts(x)


# no-dangling-tail: a description cut by a clause boundary or the word cap ends on a word of content; a reporting
# tail ("..., the Daily Graphic has learned") is no part of it.
DANGLING = [
    ("Ghana and Togo agreed to hold regular talks on border security, and after the visit the ministers left for Lome.",
     "hold regular talks on border security"),
    ("Ghana and Togo agreed to share radar data on lagoon traffic, the Daily Graphic has learned.",
     "share radar data on lagoon traffic"),
]


@pytest.mark.parametrize(("sentence", "expected"), DANGLING)
def test_no_dangling_tail(extract, sentence, expected):
    x, _ = extract(sentence)
    assert expected in [f[0] for f in _facts(x)], _facts(x)
