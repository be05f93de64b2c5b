"""The speed machinery answers exactly as the slow forms it replaces: the first-letter index of a big alternation,
and the place test without one compiled pattern per name."""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

from kg.extract import coreference, reference, threats
from kg.extract.first_letter import FirstLetterIndex, top_level_alternatives

_TEXTS = [
    "Officials warned of cross-border terrorism, drug trafficking and Human Trafficking in the Sahel.",
    "The counter-terrorism unit met in São Paulo; narco-gangs and ÉLITE smugglers were named.",
    "No threat here at all, only talks on trade and the weather in Rio de Janeiro.",
    "ISIS, al-Shabaab and the PKK: attacks, cyberattacks and money laundering rose. Illegal fishing too.",
]


def _build(alternatives: list[str]) -> FirstLetterIndex:
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(f"({a})" for a in alternatives) + r")(?![\w])", re.IGNORECASE)
    return FirstLetterIndex(pattern, alternatives, r"(?![\w])")


def _same(index: FirstLetterIndex, text: str) -> None:
    rng = random.Random(len(text))
    for _ in range(200):
        a = rng.randrange(len(text))
        b = rng.randrange(a, len(text) + 1)
        want, got = index.pattern.search(text, a, b), index.search(text, a, b)
        assert (want and (want.span(), want.lastindex)) == (got and (got.span(), got.lastindex)), (text, a, b)


def test_threat_index_finds_what_the_threat_pattern_finds():
    index = reference.threat_index()
    assert index._starts is not None  # the index is in use, not falling back to the plain pattern
    hits = 0
    for text in _TEXTS:
        _same(index, text)
        hits += index.search(text, 0, len(text)) is not None
    assert hits == 3


def test_unreadable_alternatives_are_tried_everywhere():
    # a category class, a wildcard and a non-ASCII letter cannot be indexed by first letter: tried at every start
    index = _build([r"\d+ rockets", r".bomb", "émeute", "riot(?:s|ing)?", "(?-i:IED)s?"])
    for text in ["3 rockets, xbomb and an émeute; riots, IEDs and ieds", "Émeute! 12 rockets. RIOTING"]:
        _same(index, text)


def test_an_alternative_that_can_match_nothing_disables_the_index():
    index = _build(["(?:war)?", "riot"])
    assert index._starts is None
    _same(index, "a riot and a war")


def test_is_place_agrees_with_one_pattern_per_name():
    listed = coreference._LISTED
    for text in ["Police in Sao Paulo and Rio de Janeiro said. Lula met Sao Paulo's mayor.",
                 "Talks between Lima, Quito and the Bogota office; Maria Lima spoke from Quito.",
                 "He flew (to Paris) then to Rome-based staff near Rome."]:
        ctx = SimpleNamespace(text=text)
        for name in set(re.findall(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", text)) | {"Rio de Janeiro", "Rome", "Lima"}:
            slow = re.search(rf"(?<![\w-])(?:in|from|to|near|via|across|outside|into|between)\s+(?:the\s+)?{listed}"
                             rf"{re.escape(name)}(?![\w-])", text) is not None
            assert coreference.is_place(ctx, name) is slow, (text, name)


def test_top_level_alternatives_split_only_outside_groups_classes_and_escapes():
    assert top_level_alternatives(r"a|(b|c)|[|]|\||[]|]x|z") == ["a", "(b|c)", "[|]", r"\|", "[]|]x", "z"]


def test_threat_stems_index_finds_what_the_stems_pattern_finds():
    assert threats._STEM_INDEX._starts is not None
    for text in _TEXTS:
        assert [m.span() for m in threats._STEM_INDEX.finditer(text)] == [m.span() for m in threats._STEMS.finditer(text)]
        assert any(True for _ in threats._STEMS.finditer(text))


def test_occurrences_are_the_whole_word_matches_of_a_pattern():
    text = "Nijjar's killing; Nijjar-led group, ANijjar, Nijjar. A'A'A and A'A, O'Neil O'Neil_ O'Neil"
    for word in ["Nijjar", "A'A", "O'Neil", "A", "killing"]:
        want = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
        assert list(coreference.occurrences(text, word)) == want, word
    assert list(coreference.occurrences(text, "Nijjar")) == [(0, 6), (45, 51)]
