"""names.located: where a cleaned name stands in the run it came from. clean_name joins a name's words with one space,
so a name pasted with two spaces ("Hillary Nzioki  Mutyambai", as a bank8 release wrote it) is no substring of its run;
persons._pattern_names once took its offset with str.index and the whole report failed with ValueError.

Sentences are invented for this file."""

from __future__ import annotations

import pytest

from kg.extract.names import located

# (run, cleaned name, offset, length of the name as written)
ROWS = [
    ("Hillary Nzioki Mutyambai", "Hillary Nzioki Mutyambai", 0, 24),
    ("Police chief Hillary Nzioki  Mutyambai", "Hillary Nzioki Mutyambai", 13, 25),
    ("Dr. Ana\tLima", "Ana Lima", 4, 8),
]


@pytest.mark.parametrize("run, name, offset, length", ROWS)
def test_located(run, name, offset, length):
    assert located(run, name) == (offset, length)


# A report whose names carry double spaces is read, not dropped: the names come out with one space.
TEXTS = [
    ("Kenya's Inspector General of Police Hillary Nzioki  Mutyambai met his Ethiopian counterpart Demelash  "
     "Gebremichael in Addis Ababa.", {"Hillary Nzioki Mutyambai", "Demelash Gebremichael"}),
    ("Police chief Hillary Nzioki  Mutyambai told reporters that the threat was real.", {"Hillary Nzioki Mutyambai"}),
    ("\"We will work together,\" said Hillary Nzioki  Mutyambai.", {"Hillary Nzioki Mutyambai"}),
]


@pytest.mark.parametrize("text, names", TEXTS)
def test_double_spaced_names_are_read(extract, text, names):
    x, _ = extract(text)
    assert names <= {p.name for p in x.persons}
