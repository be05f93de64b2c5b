"""Round x23 (x23passive): an instrument signed in the passive, with a subject longer than a few words.

- passive-subject (kg.extract.agreements.readings.passive_subject, read by the row noun-was-signed): the subject of a
  passive signing, from its instrument noun across of-phrases, commas and lists up to the auxiliary of its own clause,
  is the description; a list is split as an active signing's list is; what follows the verb is the signing's setting
  (by whom, where, when), left out unless it carries the matter; never a dateline; "no agreement was signed" is none.
  A signing told in a clause of time ("... after a deal was ratified") keeps its sentence as before, since the main
  clause says what the deal does. A count of instruments is one umbrella, not split. A count or a definite reference
  with nothing of its own still folds into the named instrument; told before it, it takes the name
  (reference-takes-later-name, kg.extract.agreements.merge).

Sentences are invented for this file; kg:rule names the trigger."""

from __future__ import annotations

import pytest

from kg.extract.agreements.readings import passive_subject

_LEAD = "Ghana and Togo held talks in Lome. "

# (sentence, descriptions expected from rule noun-was-signed)
ROWS = [
    # a long subject: across commas and a list, then the setting after the verb left out
    ("Agreements on road transport, fisheries and customs were signed on Monday by the two interior ministers.",
     ["agreement on road transport", "agreement on fisheries", "agreement on customs"]),
    # a comma before the verb, a sentence adverb before the subject
    ("Also a Memorandum of Intent to create a joint commission between the two countries, was signed.",
     ["Memorandum of Intent to create a joint commission between the two countries"]),
    # a dateline before the subject is no part of it
    ("LOME, Togo, March 18 - Protocols on hot pursuit and on radio links between the coast guards of Ghana and Togo "
     "were signed on Wednesday by the ministers.",
     ["Protocols on hot pursuit and on radio links between the coast guards of Ghana and Togo"]),
    # a relative clause on the instrument is its own words; an aside after a comma is not
    ("Police arrangements which set out how the two forces share records of smugglers were signed by the chiefs.",
     ["Police arrangements which set out how the two forces share records of smugglers"]),
    ("Officials said the lagoon fisheries accord, which had been negotiated for years, was finally signed in Lome.",
     ["the lagoon fisheries accord"]),
    # the matter after the verb stays when the subject names only the instrument; a count is one umbrella, not a list
    ("Two memoranda were signed on Wednesday by the ministers on cadet exchanges.", ["two memoranda on cadet exchanges"]),
    ("Afterwards, four detailed agreements on road transport, fisheries and customs were signed.",
     ["four detailed agreements on road transport, fisheries and customs"]),
    # no signing
    ("The ministers discussed the lagoon, but no agreement was signed.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_passive_subject_describes_the_instrument(extract, sentence, expected):
    x, _ = extract(_LEAD + sentence)
    got = [a.description for a in x.agreements if a.support.rule == "agreement/noun-was-signed"]
    assert got == expected, [(a.description, a.support.rule) for a in x.agreements]
    assert all(a.status == "signed" for a in x.agreements if a.support.rule == "agreement/noun-was-signed")


def test_a_signing_in_a_clause_of_time_keeps_its_sentence(extract):
    x, _ = extract(_LEAD + "Joint patrols on the lagoon will resume after a deal with Togo was ratified.")
    got = [a.description for a in x.agreements if a.support.rule == "agreement/noun-was-signed"]
    assert got == ["Joint patrols on the lagoon will resume after a deal with Togo was ratified"], got


def test_a_count_with_nothing_of_its_own_folds_into_the_named_instrument(extract):
    x, _ = extract("Ghana and Togo signed a memorandum on cadet exchanges on Monday. Two agreements were signed on "
                   "Wednesday by the ministers.")
    assert [a.description for a in x.agreements] == ["memorandum on cadet exchanges"], x.agreements
    assert len(x.agreements[0].support.evidence) == 2


def test_a_reference_told_first_takes_the_name_told_later(extract):
    # reference-takes-later-name (merge.py): one agreement, under the words that name it
    x, _ = extract(_LEAD + "The agreement was signed in Lome by the two ministers. Ghana and Togo signed a lagoon "
                   "fisheries agreement on Monday.")
    assert [a.description for a in x.agreements] == ["lagoon fisheries agreement"], x.agreements
    assert len(x.agreements[0].support.evidence) == 2


# passive_subject as a string function: (sentence, (subject, words after the verb) or None)
STRINGS = [
    ("More than two dozen bilateral agreements were signed during the meeting.",
     ("more than two dozen bilateral agreements", " during the meeting.")),
    ("Following the meeting, cooperation protocols were signed between the two firms.",
     ("cooperation protocols", " between the two firms.")),
    ("Patrols resume after a deal with Togo was ratified.", None),   # a clause of time
    ("No details were released about the agreements, which were signed in Lome.", None),   # a relative's passive
    ("Neither accord has been ratified.", ("", "")),
]


@pytest.mark.parametrize(("sentence", "expected"), STRINGS)
def test_passive_subject_reads_the_clause(sentence, expected):
    assert passive_subject(sentence, 0) == expected
