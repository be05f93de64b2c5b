"""Round x25 (x25agwhole2): a bare signing whose words after the instrument say what it holds is described by those
words, not by its whole sentence (agreements.draft.SENTENCE_FALLBACKS, row matter-after-instrument). A participle of
its signing ("signed by A and B", "formed between A and B") may stand before the matter. A bare signing with no matter
("signed a deal in Accra") keeps its sentence, so that it folds into the deal the report names.

Sentences are invented for this file; kg:rule names the trigger."""

from __future__ import annotations

import pytest

_LEAD = "Ghana's defence minister Kofi Mensah met Togo's defence minister Yao Agbeko in Accra on Monday. "


def _facts(x) -> list[tuple[str, str, str]]:
    return [(a.description, a.status, a.support.rule) for a in x.agreements]


# (sentence, the description expected)
CASES = [
    ("Ghana and Togo signed an agreement on joint fight against drug trafficking.",
     "agreement on joint fight against drug trafficking"),
    ("Ghana and Togo have signed an agreement expanding cooperation in the fight against pirates.",
     "agreement expanding cooperation in the fight against pirates"),
    ("Mensah and Agbeko discussed the renewal of the agreement formed between Ghana and Togo about cooperation in "
     "the field of defence.", "agreement formed between Ghana and Togo about cooperation in the field of defence"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_matter_after_instrument(extract, sentence, expected):
    x, _ = extract(_LEAD + sentence)
    assert any(f[0] == expected for f in _facts(x)), _facts(x)


def test_bare_deal_keeps_its_sentence(extract):
    sentence = "Ghana and Togo signed a deal in Accra."
    x, _ = extract(_LEAD + sentence)
    assert any(f[0] == sentence for f in _facts(x)), _facts(x)
