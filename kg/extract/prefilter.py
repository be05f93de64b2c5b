"""Words a regex cannot match without: a cheap substring test before a regex is run on a sentence.

``needs(pattern)`` reads the pattern's parsed form (the parser ``re`` itself uses) for literal runs that every match
must contain, inside the match or in a positive lookaround (both lie in the text searched), and returns them
lowercased: a text whose ``fold``ed form contains none of them cannot match, so the regex is not run. Whatever
cannot be read (a character class, a wildcard, an optional part, a backreference) only breaks a run, never adds a
requirement, so the test can let through texts that do not match but never stops one that does. ``None``: no
requirement found, always run the regex.

Case: the literals are lowercased and tested against ``fold(text)``, which lowercases after mapping the characters
``re``'s case-insensitive matching takes for an ASCII letter (dotted and dotless I, long s, the Kelvin sign);
tests/extract/test_prefilter.py checks that table against every code point ``re`` matches to an ASCII letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre  # the parsed-pattern opcodes (as kg.extract.first_letter reads them)
from re import _parser

Needs = tuple[str, ...] | None

# Characters that re's IGNORECASE matches to an ASCII letter but str.lower() does not turn into that one letter.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_SHORTEST = 3  # a requirement whose shortest literal is shorter than this is in nearly every sentence: none


def fold(text: str) -> str:
    """The text as the literals of ``needs`` are tested against it."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


def could_match(needs: Needs, folded: str) -> bool:
    """False only when the pattern cannot match anywhere in the text whose ``fold`` is ``folded``."""
    return needs is None or any(map(folded.__contains__, needs))  # (no generator: this runs ~1,000 times an article)


GATED = True  # False: ``finditer`` always runs the regex (the reference the tests compare the gate with)
# id(pattern) → (pattern, its needs): a compiled pattern's own hash and == read its whole compiled code on every
# call (CPython's _sre), tens of µs for the large alternations; the pattern kept beside its id makes a reused id
# (a pattern collected, another made at its address) a miss, never a wrong answer
_GATES: dict[int, tuple[re.Pattern[str], Needs]] = {}


def finditer(pattern: re.Pattern[str], text: str, folded: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, or nothing at once when ``folded`` (``fold(text)``) lacks every literal the
    pattern needs: a per-sentence loop folds its sentence once and gates each of its regexes through this."""
    gate = _GATES.get(id(pattern))
    if gate is None or gate[0] is not pattern:
        gate = _GATES[id(pattern)] = (pattern, needs(pattern))
    required = gate[1]
    if GATED and required is not None and not any(map(folded.__contains__, required)):
        return iter(())
    return pattern.finditer(text)


def needs(pattern: re.Pattern[str] | str, flags: int = 0) -> Needs:
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    if not isinstance(pattern, str):
        return None
    found = _sequence(list(_parser.parse(pattern, flags)))
    if found is None or min(map(len, found)) < _SHORTEST:
        return None
    # a literal holding a shorter one adds nothing ("meet" finds "meets" too)
    return tuple(sorted(n for n in found if not any(m != n and m in n for m in found)))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements (longest shortest literal, then fewest literals)."""
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b, key=lambda f: (min(map(len, f)), -len(f)))


def _sequence(items) -> frozenset[str] | None:
    """A requirement of a sequence: every item must match, so any one item's requirement is one. Runs of literal
    text are read through small classes and branches of literal text ("finali[sz]e", "me(?:t|ets|eting)", as the
    parser writes "met|meets|meeting") as the set of texts the run can be."""
    best: frozenset[str] | None = None
    run: set[str] = {""}
    for op, av in items:
        options = _literal_options(op, av)
        if options is not None and len(run) * len(options) <= _RUN_OPTIONS:
            run = {a + b for a in run for b in options}
            continue
        if run != {""}:
            best = _better(best, frozenset(run))
        run = {""}
        best = _better(best, _item(op, av))
        if options is not None:  # too many texts to follow: start again after it
            continue
    if run != {""}:
        best = _better(best, frozenset(run))
    return best


_RUN_OPTIONS = 64  # texts a literal run may stand for


def _literal_options(op, av) -> set[str] | None:
    """The lowercased texts an item matches exactly, when it is literal ASCII text (a letter, a small class of
    letters, a group or branch of such); else None."""
    if op is sre.LITERAL:
        return {chr(av).lower()} if av < 128 else None
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL and value < 128:
                chars.add(chr(value).lower())
            elif kind is sre.RANGE and value[1] < 128 and value[1] - value[0] < 4:
                chars.update(chr(i).lower() for i in range(value[0], value[1] + 1))
            else:
                return None  # a negated class, a category, a wide range
        return chars
    if op is sre.SUBPATTERN:
        return _sequence_options(av[-1])
    if op is sre.BRANCH:
        out = _each_branch(av[1], _sequence_options)
        return out if out is not None and len(out) <= _RUN_OPTIONS else None
    return None


def _each_branch(branches, read) -> set[str] | None:
    """The union of what ``read`` finds in every branch of an alternation; None when a branch gives nothing."""
    out: set[str] = set()
    for branch in branches:
        found = read(branch)
        if found is None:
            return None
        out |= found
    return out


def _sequence_options(items) -> set[str] | None:
    run: set[str] = {""}
    for op, av in items:
        options = _literal_options(op, av)
        if options is None or len(run) * len(options) > _RUN_OPTIONS:
            return None
        run = {a + b for a in run for b in options}
    return run


def _item(op, av) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre.BRANCH:  # one of the branches matches: each must have a requirement, and any of them will do
        out = _each_branch(av[1], _sequence)
        return frozenset(out) if out is not None else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _sequence(av[2]) if av[0] >= 1 else None
    if op is sre.ASSERT:  # a positive lookahead or lookbehind: its text is in the text searched too
        return _sequence(av[1])
    return None  # a class, a wildcard, a negative lookaround, an anchor, a backreference: no requirement
