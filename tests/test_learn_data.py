"""scripts/learn_data.py: the weak sentence labels of the issue-8 experiment (a sentence holds a gold fact)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import learn_data  # noqa: E402

CASES = [
    # (category, gold item, sentence of our own, holds)
    ("agreements", {"keywords": ["patrol"]}, "The two ministers agreed to start joint patrols on the river.", True),
    ("agreements", {"keywords": ["patrol"]}, "The ministers met in the capital on Monday.", False),
    ("agreements", {"keywords": ["crim"]}, "They will share data on criminal networks.", True),
    ("agreements", {"keywords": ["crim"]}, "Nothing would incriminate the envoy.", False),       # a stem starts a word
    ("threats", {"keywords": ["drug trafficking"]}, "Drug-trafficking routes cross the border.", True),  # hyphen = space
    ("statements", {"by": "Maria Lopez", "keywords": ["stability"]}, "Lopez called the pact a pillar of stability.", True),
    ("statements", {"by": "Maria Lopez", "keywords": ["stability"]}, "Regional stability was on the agenda.", False),
    ("statements", {"by": "officials", "keywords": ["ports"]}, "The ports will reopen, he said.", True),  # reporting verb
]


@pytest.mark.parametrize("category,item,sentence,expected", CASES)
def test_holds(category, item, sentence, expected):
    assert learn_data.holds(category, item, sentence) is expected


def test_the_sealed_and_judge_sets_are_never_read():
    assert "blind13" not in learn_data.STUDIED and "blind14" not in learn_data.STUDIED
