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


def top_level_alternatives(source: str) -> list[str]:
    """The alternatives of a regex source split at its top-level "|" (not inside groups, classes or escapes)."""
    parts, depth, in_class, i, cut = [], 0, False, 0, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True  # a "]" right after "[" or "[^" is a literal: step over it
            if source[i + 1:i + 2] == "^":
                i += 1
            if source[i + 1:i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[cut:i])
            cut = i + 1
        i += 1
    parts.append(source[cut:])
    return parts


class FirstLetterIndex:
    """``search`` and ``finditer`` answer exactly as the pattern's own for a pattern built as
    ``lookbehind + "(?:" + "|".join(alternatives, each in "(...)" when capture) + ")" + suffix``, where the lookbehind
    is zero-width; built otherwise, the index steps aside and the pattern itself answers."""

    def __init__(self, pattern: re.Pattern[str], alternatives: list[str], suffix: str, *,
                 lookbehind: str = r"(?<![\w])", capture: bool = True) -> None:
        self.pattern = pattern
        self._buckets: dict[str, re.Pattern[str] | None] = {}
        self._starts: re.Pattern[str] | None = None
        wrap = "({})" if capture else "{}"

        def source(picked: list[str]) -> str:
            return lookbehind + "(?:" + "|".join(wrap.format(a) for a in picked) + ")" + suffix

        if source(alternatives) != pattern.pattern:
            return  # not the shape this index reads
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
                compiled[picked] = re.compile(source([alternatives[i] for i in picked]), pattern.flags)
            self._buckets[c] = compiled[picked] if picked else None
        start_chars = "".join(re.escape(c) for c in _ASCII if self._buckets[c] is not None)
        # a match can start only where the lookbehind holds, on a character some alternative takes
        self._starts = re.compile(lookbehind + (rf"(?=[{start_chars}]|[^\x00-\x7f])" if start_chars
                                                else r"(?=[^\x00-\x7f])"), pattern.flags)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        endpos = len(text) if endpos is None else endpos
        if self._starts is None:
            return self.pattern.search(text, pos, endpos)
        for start in self._starts.finditer(text, pos, endpos):
            at = start.start()
            bucket = self._buckets.get(text[at], self.pattern)  # a non-ASCII character: every alternative
            if bucket is not None and (m := bucket.match(text, at, endpos)):
                return m if bucket is self.pattern else self.pattern.match(text, at, endpos)
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """The pattern's finditer (no alternative matches the empty string, so each search goes on at the last end)."""
        endpos = len(text) if endpos is None else endpos
        while (m := self.search(text, pos, endpos)) is not None:
            yield m
            pos = m.end()
