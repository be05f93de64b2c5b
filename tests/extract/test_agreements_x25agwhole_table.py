"""Round x25 (x25agwhole): an agreement's description is the instrument and its matter, not its setting or signatories.

- passive-setting (agreements.draft.SENTENCE_FALLBACKS): after a finite passive ("The agreement was reached during a
  bilateral meeting between A and B at the Palace") the adverbial is the act's setting, not part of the description; a
  signing to come ("will be finalized following a meeting") keeps its words.
- setting-before-object: "signed in Dushanbe an agreement on X", "signed on Thursday a document of co-operation": the
  object after a short setting is what was signed, not the subject (the signatories).

Sentences are invented for this file; kg:rule names the trigger."""

from __future__ import annotations

import pytest

_LEAD = "Ghana's defence minister Kofi Mensah met Togo's defence minister Yao Agbeko in Accra on Monday. "


def _facts(x) -> list[tuple[str, str, str]]:
    return [(a.description, a.status, a.support.rule) for a in x.agreements]


# (sentence, words the description must hold, words it must not hold)
CASES = [
    ("The heads of the border services of Ghana and Togo signed in Lome an agreement on cooperation in the fight "
     "against piracy and exchange of information.", "agreement on cooperation in the fight against piracy",
     "heads of the border services"),
    ("The police chiefs of the two countries signed on Thursday a document of bilateral co-operation on border patrols.",
     "document of bilateral co-operation on border patrols", "police chiefs"),
    ("Ghana and Togo held talks on border security. As a result, an agreement was reached on the opening of two border "
     "crossings.", "agreement on the opening of two border crossings", "was reached"),
]


@pytest.mark.parametrize(("sentence", "words", "not_words"), CASES)
def test_instrument_not_setting(extract, sentence, words, not_words):
    x, _ = extract(_LEAD + sentence)
    assert any(words in f[0] and not_words not in f[0] for f in _facts(x)), _facts(x)


def test_passive_setting_is_no_description(extract):
    x, _ = extract(_LEAD + "The agreement was reached during a bilateral meeting between Mensah and Agbeko at the "
                           "Jubilee House in Accra on Monday.")
    assert not any("bilateral meeting" in f[0] for f in _facts(x)), _facts(x)
