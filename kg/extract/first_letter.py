"""A long alternation of regexes searched by first letter: the same matches, trying at each position only the
alternatives that can start with the character found there.

Python's engine enters every alternative of a branch at every position; a capturing or case-insensitive
alternative is never skipped early. With ~220 threat wordings that was a fifth of all extraction time. The
alternatives' possible first characters are read from their parsed form; whatever cannot be read (a character
class with categories, a non-ASCII letter, a wildcard) counts as "any character", so the index only ever skips
alternatives that cannot match, and the Match returned is always the full pattern's own.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parsed-pattern opcodes; the parser is the one re itself uses
from re import _parser

_ANY = None  # the first character of an alternative could be anything
_ASCII = [chr(i) for i in range(128)]


def _firsts(items) -> tuple[set[str] | None, bool]:
    """(lowercased ASCII characters a sequence can start with, or _ANY; whether it can match the empty string)."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first(op, av)
        if chars is _ANY:
            return _ANY, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first(op, av) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        c = chr(av)
        return ({c.lower()}, False) if c.isascii() else (_ANY, False)
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL and value < 128:
                chars.add(chr(value).lower())
            elif kind is sre.RANGE and value[1] < 128:
                chars.update(chr(i).lower() for i in range(value[0], value[1] + 1))
            else:
                return _ANY, False
        return chars, False
    if op is sre.SUBPATTERN:
        return _firsts(av[-1])
    if op is sre.BRANCH:
        out: set[str] = set()
        nullable = False
        for branch in av[1]:
            chars, empty = _firsts(branch)
            if chars is _ANY:
                return _ANY, False
            out |= chars
            nullable = nullable or empty
        return out, nullable
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        chars, empty = _firsts(av[2])
        return chars, empty or av[0] == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # zero-width: the next item gives the first character (skipping a test only widens)
    return _ANY, False


class FirstLetterIndex:
    """``search`` answers exactly as ``pattern.search`` for a pattern built as
    ``LOOKBEHIND + "(?:" + "|".join(f"({a})" for a in alternatives) + ")" + SUFFIX``."""

    LOOKBEHIND = r"(?<![\w])"

    def __init__(self, pattern: re.Pattern[str], alternatives: list[str], suffix: str) -> None:
        self.pattern = pattern
        self._buckets: dict[str, re.Pattern[str] | None] = {}
        self._starts: re.Pattern[str] | None = None
        built = self.LOOKBEHIND + "(?:" + "|".join(f"({a})" for a in alternatives) + ")" + suffix
        if built != pattern.pattern:
            return  # not the shape this index reads: search falls back to the pattern itself
        firsts = []
        for alt in alternatives:
            chars, nullable = _firsts(_parser.parse(alt, pattern.flags))
            if nullable and chars is not _ANY:
                return  # an alternative that matches nothing at all could start anywhere
            firsts.append(chars)
        compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        for c in _ASCII:
            picked = tuple(i for i, chars in enumerate(firsts) if chars is _ANY or c.lower() in chars)
            if picked and picked not in compiled:
                compiled[picked] = re.compile(self.LOOKBEHIND + "(?:" + "|".join(f"({alternatives[i]})" for i in picked)
                                              + ")" + suffix, pattern.flags)
            self._buckets[c] = compiled[picked] if picked else None
        start_chars = "".join(re.escape(c) for c in _ASCII if self._buckets[c] is not None)
        # a position can start a match only after a non-word character and on a character some alternative takes
        self._starts = re.compile(self.LOOKBEHIND + rf"(?=[{start_chars}]|[^\x00-\x7f])" if start_chars
                                  else self.LOOKBEHIND + r"(?=[^\x00-\x7f])")

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        if self._starts is None:
            return self.pattern.search(text, pos, endpos)
        for start in self._starts.finditer(text, pos, endpos):
            at = start.start()
            bucket = self._buckets.get(text[at], self.pattern)  # a non-ASCII character: every alternative
            if bucket is not None and (m := bucket.match(text, at, endpos)):
                return m if bucket is self.pattern else self.pattern.match(text, at, endpos)
        return None
