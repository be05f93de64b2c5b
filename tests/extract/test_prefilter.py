"""kg.extract.prefilter never stops a regex that would match: the words it requires are in every text the regex
matches (every pattern of the extractor, on real and generated sentences, and on crafted patterns and texts)."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

import pytest

import kg.extract
from kg import sources
from kg.extract import agreement_lexicon, event_triggers, prefilter
from kg.extract.sentences import split

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))


def _extractor_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern of every kg.extract module: module attributes and the trigger tables' rows."""
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    for info in pkgutil.iter_modules(kg.extract.__path__):
        module = importlib.import_module(f"kg.extract.{info.name}")
        for value in vars(module).values():
            rows = value if isinstance(value, (tuple, list)) else [value]
            for row in rows:
                pattern = getattr(row, "pattern", row)
                if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str):
                    found[(pattern.pattern, pattern.flags)] = pattern
    return list(found.values())


def _sentences() -> list[str]:
    from corpus_gen import articles

    texts = [body for _, body in articles(40)]
    for folder in sorted(p for p in (REPO / "tests" / "data").iterdir() if p.is_dir())[:8]:
        texts += [sources.load(path).text for path in sources.discover([folder])]
    return [s.text for t in texts for s in split(t)]


def test_every_extractor_pattern_keeps_every_sentence_it_matches():
    patterns = _extractor_patterns()
    sentences = _sentences()
    folded = [prefilter.fold(s) for s in sentences]
    assert len(patterns) > 60 and len(sentences) > 1000
    with_needs = stopped = 0
    for pattern in patterns:
        needs = prefilter.needs(pattern)
        if needs is None:
            continue
        with_needs += 1
        for text, f in zip(sentences, folded):
            if not prefilter.could_match(needs, f):
                stopped += 1
                assert pattern.search(text) is None, (pattern.pattern, needs, text)
    assert with_needs > 40 and stopped > 50_000  # the filter is in use, and it stops a lot


def test_the_trigger_tables_are_filtered():
    for table in (agreement_lexicon.TRIGGERS, event_triggers.TRIGGERS):
        assert sum(prefilter.needs(t.pattern) is not None for t in table) >= len(table) - 2


@pytest.mark.parametrize(("source", "want"), [
    (r"\bsigned\s+(?:an?\s+)?deal", ("signed",)),
    (r"a(?:bcd)?efgh", ("efgh",)),               # an optional part requires nothing
    (r"(?:xyz)*abc", ("abc",)),
    (r"(?:xyz)+ab", ("xyz",)),                   # a repeat taken at least once requires its body
    (r"(?:met|meets|meet)\s+with", ("with",)),  # (the longer literal of the two)
    (r"(?:met|meets|meeting)\s", ("meeting", "meets", "met")),  # (the parser writes it me(?:t|ets|eting))
    (r"(?:meet|meets|meeting)\s", ("meet",)),   # "meets" holds "meet": one test
    (r"finali[sz]ed?", ("finalise", "finalize")),    # through a small class
    (r"(?:ab|cd)[^x]efg", ("efg",)),              # a negated class breaks the run
    (r"(?:talks|)\sabout", ("about",)),           # an empty branch: the branch requires nothing
    (r"(?:talks|x)\s", None),                    # a branch with a one-letter literal: too short to test
    (r"(?=.*\bsummit\b)\w+", ("summit",)),       # a positive lookahead's words are in the text too
    (r"(?!no deal)\w+ing", ("ing",)),           # a negative lookaround requires nothing
    (r"(?i:SIGNED)\b", ("signed",)),
    (r"[Ss]igned", ("signed",)),                 # a small class of letters: read through
    (r"[A-Z]igned", ("igned",)),                 # a wide class only breaks a run
    (r"(\w+) and \1", (" and ",)),
    (r"\w+", None),
])
def test_crafted_requirements(source, want):
    assert prefilter.needs(re.compile(source)) == want


@pytest.mark.parametrize("source", [r"(?i)signed", r"(?i:kilos?)", r"(?i)\bisis\b", r"ISIS", r"abc(?:de)?f",
                                    r"(?:xyz)*abc", r"(?:ab|cd)\d+ef", r"(?<=talks )with\b", r"(?i)straße"])
@pytest.mark.parametrize("text", ["SIGNED", "ſigned", "KILO", "\u212aILO", "ıſıſ", "İSİS", "ISIS", "abcdef", "abcf",
                                  "xyzxyzabc", "cd42ef", "talks with", "Talks With", "STRASSE", "straße", "Ünïcode signed"])
def test_crafted_texts_that_match_pass(source, text):
    pattern = re.compile(source)
    if pattern.search(text):
        assert prefilter.could_match(prefilter.needs(pattern), prefilter.fold(text)), (source, text)


def test_fold_maps_every_character_re_takes_for_an_ascii_letter_to_that_letter():
    """Case-insensitive re matches an ASCII letter to a few other code points (the Kelvin sign, dotless i, long s,
    dotted capital I): fold must turn each into the letter, or a literal test would miss a match."""
    any_letter = re.compile(r"(?i)[a-z]")
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        if 0xD800 <= code < 0xE000 or not any_letter.fullmatch(c):
            continue
        folded = prefilter.fold(c)
        assert len(folded) == 1 and "a" <= folded <= "z", (hex(code), folded)
        assert re.fullmatch("(?i)" + folded, c), hex(code)


# The per-sentence loops that gate their regexes through prefilter.finditer (persons.find, org_cues.find,
# state_bodies.find and bare, dates.find, events' named occasions and body sessions).
def _gated_patterns() -> list[re.Pattern[str]]:
    from kg.extract import (dates, org_cues, person_counterparts, person_names, person_posts, person_roles,
                            person_states, person_words, persons, state_bodies)

    person_modules = (persons, person_words, person_roles, person_states, person_posts, person_names,
                      person_counterparts)  # persons.py and the modules split from it
    found = [p for module in (*person_modules, org_cues, state_bodies) for p in vars(module).values()
             if isinstance(p, re.Pattern)]
    found = list({id(p): p for p in found}.values())  # a pattern persons imports from its parts counts once
    return found + [p for _, p in dates._PATTERNS] + [event_triggers.NAMED_OCCASION.pattern,
                                                      event_triggers.BODY_SESSION.pattern]


CRAFTED = ["YESTERDAY the \u212aELVIN delegation met", "ſaid the spokesperson", "Talks in Geneva on 3 MARCH 2026",
           "the İSLAMABAD Meeting", "told the state news agency Armenpress", "Fundación Paz y Frontera said",
           "the Nigerian defence ministry spokesperson", "", "x", "The foreign ministers of India and Canada, A and B"]


def test_gated_finditer_equals_finditer():
    """The gate gives every match the regex gives, in order, on real and generated sentences and crafted texts;
    and it does skip (else it is no fast path)."""
    sentences = _sentences() + CRAFTED
    folded = [prefilter.fold(s) for s in sentences]
    skipped = 0
    for pattern in _gated_patterns():
        needs = prefilter.needs(pattern)
        for text, f in zip(sentences, folded):
            want = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in prefilter.finditer(pattern, text, f)] == want, (pattern.pattern, text)
            skipped += needs is not None and not prefilter.could_match(needs, f)
    assert skipped > 20_000


def test_gated_finditer_reference_switch(monkeypatch):
    pattern = re.compile(r"\bsigned\b")
    assert list(prefilter.finditer(pattern, "signed", "nothing here")) == []  # folded text lacks the word: skipped
    monkeypatch.setattr(prefilter, "GATED", False)
    assert [m.group() for m in prefilter.finditer(pattern, "signed", "nothing here")] == ["signed"]


def test_extraction_with_the_gates_equals_extraction_without(monkeypatch):
    """Whole extractions of real articles (8 sets) and 40 generated ones are the same with the gates as with every
    regex run (prefilter.GATED off: the reference)."""
    import dataclasses

    from corpus_gen import write_corpus

    from kg.extract.rules import RuleExtractor

    docs = [sources.load(path) for folder in sorted(p for p in (REPO / "tests" / "data").iterdir() if p.is_dir())[:8]
            for path in sources.discover([folder])]
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        docs += [sources.load(p) for p in write_corpus(Path(tmp) / "c", 40)]
    extractor = RuleExtractor()
    gated = [dataclasses.asdict(extractor.extract(d)) for d in docs]
    monkeypatch.setattr(prefilter, "GATED", False)
    assert [dataclasses.asdict(extractor.extract(d)) for d in docs] == gated
    assert len(docs) > 60


def test_gate_remembered_for_one_pattern_is_not_taken_for_another_at_the_same_id(monkeypatch):
    """The gates are kept by id(pattern) with the pattern beside it: an entry left by a pattern that is gone (its id
    reused) is recomputed, not trusted."""
    signed, met = re.compile(r"\bsigned\b"), re.compile(r"\bmet\b")
    monkeypatch.setitem(prefilter._GATES, id(met), (signed, prefilter._Gate(prefilter.needs(signed))))  # stale
    assert [m.group() for m in prefilter.finditer(met, "they met", prefilter.fold("they met"))] == ["met"]
    assert prefilter._GATES[id(met)][0] is met and prefilter._GATES[id(met)][1].needs == ("met",)


# -- one pass per sentence: prefilter.scan and the row tables ---------------------------------------------------------
def test_a_scan_holds_exactly_the_looked_for_literals_its_text_holds():
    """The one-regex scan's set equals the substring tests of every literal it looks for, on real and generated
    sentences and crafted texts (overlapping literals, prefixes of one another, case folds)."""
    from kg.extract import rules

    rules.RuleExtractor()
    crafted = ["meet meeting meets met", "the İSLAMABAD Meeting", "ſigned", "\u212aILO", "", "signedsigned",
               "  border  ", "trafficking in persons and traffickers"]
    for n in (("meet",), ("meeting",), ("meets",), ("eting",), ("signed",), ("border ",), (" border ",)):
        prefilter._Gate(n)
    prefilter._SCANS.clear()
    prefilter.scan("warm")  # (the finder rebuilt for literals wanted so far, with the back-off)
    prefilter._build()
    looked_for = set(prefilter._LOOKED_FOR)
    assert len(looked_for) > 300
    for text in _sentences()[:1500] + CRAFTED + crafted:
        s = prefilter.scan(text)
        assert s.generation == prefilter._generation and s.folded == prefilter.fold(text)
        assert s.present == {n for n in looked_for if n in s.folded}, text


def test_a_gate_needing_a_literal_newer_than_the_scan_tests_the_text():
    """A scan never answers for a literal it did not look for: the gate falls back to the substring test."""
    text = "the zqxjv accord was signed"
    old = prefilter.scan(text)
    gate = prefilter._Gate(("zqxjv",))            # a literal no finder looks for yet
    assert gate.generation > old.generation
    assert gate.holds(old) and not gate.holds(prefilter.scan("nothing of it"))
    assert [m.group() for m in prefilter.finditer(re.compile(r"zqxjv"), text, old)] == ["zqxjv"]


def test_row_tables_choose_the_rows_the_substring_tests_choose(monkeypatch):
    """Rows.could_match (one set intersection a sentence) ≡ could_match per row, for both trigger tables, on real
    and generated sentences; and it leaves most rows out."""
    from kg.extract import agreements, events

    sentences = _sentences()[:2000] + CRAFTED
    left_out = 0
    for rows in (agreements._TRIGGER_ROWS, events._TRIGGER_ROWS):
        row_needs = [(r, prefilter.needs(r.pattern)) for r in rows.rows]
        for text in sentences:
            want = [r for r, needs in row_needs if prefilter.could_match(needs, prefilter.fold(text))]
            assert rows.could_match(prefilter.scan(text)) == want, text
            assert rows.could_match(prefilter.fold(text)) == want, text
            left_out += len(rows.rows) - len(want)
        monkeypatch.setattr(prefilter, "GATED", False)
        assert rows.could_match(prefilter.scan(sentences[0])) == list(rows.rows)
        monkeypatch.setattr(prefilter, "GATED", True)
    assert left_out > 50_000


def test_gated_finditer_through_a_scan_equals_finditer():
    sentences = _sentences()[:1500] + CRAFTED
    for pattern in _gated_patterns():
        for text in sentences:
            assert [m.span() for m in prefilter.finditer(pattern, text, prefilter.scan(text))] == \
                [m.span() for m in pattern.finditer(text)], (pattern.pattern, text)
