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


def could_match(needs: Needs, folded: "str | Scan") -> bool:
    """False only when the pattern cannot match anywhere in the text whose ``fold`` is ``folded`` (the substring
    tests: the reference for the scan's set, ``_Gate.holds``)."""
    if isinstance(folded, Scan):
        folded = folded.folded
    return needs is None or any(map(folded.__contains__, needs))


GATED = True  # False: ``finditer`` always runs the regex (the reference the tests compare the gate with)
# id(pattern) → (pattern, its gate): a compiled pattern's own hash and == read its whole compiled code on every
# call (CPython's _sre), tens of µs for the large alternations; the pattern kept beside its id makes a reused id
# (a pattern collected, another made at its address) a miss, never a wrong answer
_GATES: dict[int, tuple[re.Pattern[str], "_Gate"]] = {}


def finditer(pattern: re.Pattern[str], text: str, folded: "str | Scan") -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, or nothing at once when ``folded`` (``scan(text)``, or ``fold(text)``) lacks
    every literal the pattern needs: a per-sentence loop scans its sentence once and gates each of its regexes
    through this."""
    gate = _GATES.get(id(pattern))
    if gate is None or gate[0] is not pattern:
        gate = _GATES[id(pattern)] = (pattern, _Gate(needs(pattern)))
    g = gate[1]
    if GATED and g.needs is not None:  # (``g.holds(folded)`` inlined: ~600 calls an article)
        if folded.__class__ is Scan and g.generation <= folded.generation:
            if folded.present.isdisjoint(g.literals):
                return _NOTHING
        elif not g.holds(folded):
            return _NOTHING
    return pattern.finditer(text)


_NOTHING: Iterator = iter(())  # (an exhausted iterator: shared)


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


# -- one pass per text -------------------------------------------------------------------------------------------
# Every literal some gate needs is looked for in a text by one regex (a trie of the literals in a lookahead, so it
# reports at each position the longest literal starting there; the literals that are prefixes of it start there
# too): ``scan(text)`` gives the text's folded form and the set of those literals it holds, and each gate then asks
# a set question instead of testing its literals one by one. A literal first needed after a text was scanned is
# not in that scan: its gate falls back to the substring tests (``_Gate.generation``), so a scan is never trusted
# for a literal it did not look for.

_LOOKED_FOR: dict[str, int] = {}   # literal → the generation of the first finder that looks for it
_WANTED: set[str] = set()          # literals needed but not yet in the finder
_NEVER = 1 << 62                   # the generation of a gate with a literal no finder looks for yet
_finder: re.Pattern[str] | None = None
_prefixes: dict[str, frozenset[str]] = {}  # a literal → every looked-for literal that is a prefix of it (itself too)
_generation = 0
_scans_since_build = 0
_build_after = 1                  # scans before the finder is rebuilt for new literals (doubles each time)
_WAITING: list["_Gate"] = []      # gates with a literal not looked for yet


class Scan:
    """A text's folded form and the looked-for literals it holds, as of finder ``generation``."""

    __slots__ = ("folded", "present", "generation")

    def __init__(self, folded: str, present: frozenset[str], generation: int) -> None:
        self.folded, self.present, self.generation = folded, present, generation

    def __contains__(self, literal: str) -> bool:  # the reference test, on the folded text
        return literal in self.folded


class _Gate:
    """A requirement (``needs``) and the finder generation from which a scan answers it."""

    __slots__ = ("needs", "literals", "generation")

    def __init__(self, needs: Needs) -> None:
        self.needs = needs
        self.literals = frozenset(needs) if needs is not None else frozenset()
        self.generation = 0
        if needs is not None:
            _WANTED.update(n for n in needs if n not in _LOOKED_FOR)
            self._settle()

    def _settle(self) -> None:
        gens = [_LOOKED_FOR.get(n, _NEVER) for n in self.literals]
        self.generation = max(gens, default=0)
        if self.generation == _NEVER:
            _WAITING.append(self)

    def holds(self, folded: str | Scan) -> bool:
        """``could_match(self.needs, folded)``, by the scan's set when the scan looked for every literal."""
        if self.needs is None:
            return True
        if isinstance(folded, Scan):
            if self.generation <= folded.generation:
                return not folded.present.isdisjoint(self.literals)
            folded = folded.folded
        return any(map(folded.__contains__, self.needs))


def _trie_source(words: set[str]) -> str:
    trie: dict = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict) -> str:
        kids = [re.escape(c) + emit(node[c]) for c in sorted(node) if c]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longest literal at a position first

    return emit(trie)


def _build() -> None:
    global _finder, _prefixes, _generation, _WAITING
    _generation += 1
    for n in _WANTED:
        _LOOKED_FOR[n] = _generation
    _WANTED.clear()
    words = set(_LOOKED_FOR)
    _finder = re.compile("(?=(" + _trie_source(words) + "))")
    _prefixes = {w: frozenset(w[:i] for i in range(1, len(w) + 1) if w[:i] in words) for w in words}
    waiting, _WAITING = _WAITING, []
    for gate in waiting:
        gate._settle()


_SCANS: dict[str, Scan] = {}


def scan(text: str) -> Scan:
    """``text`` folded and scanned once for every literal the gates need (remembered for the next caller: the
    modules of one extraction read the same sentences)."""
    global _scans_since_build, _build_after
    found = _SCANS.get(text)
    if found is not None and found.generation == _generation:
        return found
    if _WANTED:
        _scans_since_build += 1
        if _scans_since_build >= _build_after:  # new literals: rebuild, less often as they keep coming
            _build()
            _scans_since_build, _build_after = 0, min(_build_after * 2, 1024)
    folded = fold(text)
    present = frozenset().union(*map(_prefixes.__getitem__, set(_finder.findall(folded)))) if _finder else frozenset()
    if len(_SCANS) >= 1024:
        _SCANS.clear()
    found = _SCANS[text] = Scan(folded, present, _generation)
    return found


class Rows:
    """The rows of a table, each with a compiled ``pattern``, chosen per text by the literals their patterns need."""

    def __init__(self, rows, needs_of=lambda row: needs(row.pattern)) -> None:
        self.rows = tuple(rows)
        self._gates = tuple(_Gate(needs_of(row)) for row in self.rows)
        self._always = frozenset(i for i, g in enumerate(self._gates) if g.needs is None)
        by_literal: dict[str, list[int]] = {}
        for i, gate in enumerate(self._gates):
            for n in gate.literals:
                by_literal.setdefault(n, []).append(i)
        self._by_literal = {n: tuple(ix) for n, ix in by_literal.items()}
        self._literals = frozenset(by_literal)
        self._generation = _NEVER  # the finder generation from which a scan answers every row (settled lazily)

    def could_match(self, folded: str | Scan) -> list:
        """The rows (in table order) whose pattern could match the text ``folded`` stands for."""
        if not GATED:
            return list(self.rows)
        if self._generation == _NEVER:
            self._generation = max((g.generation for g in self._gates), default=0)
        if isinstance(folded, Scan) and self._generation <= folded.generation:
            picked = set(self._always)
            for n in self._literals.intersection(folded.present):
                picked.update(self._by_literal[n])
            return [self.rows[i] for i in sorted(picked)]
        return [row for row, gate in zip(self.rows, self._gates) if gate.holds(folded)]
