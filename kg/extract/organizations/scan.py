"""One sentence's scan: the record of a find, the spans already taken, and the checks find makes of a find."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.extract.context import Context
from kg.extract.sentences import Sentence
from kg.extract.organizations.patterns import _COMPLEMENT
from kg.extract.organizations.readings import _state_pair_before


@dataclass(frozen=True)
class _Found:
    """A body a shape found in one sentence: offsets into the sentence, its name, and what the shape knows of it."""

    start: int
    end: int
    name: str
    kind: str | None = None          # None: judged from the name's head word
    country: str | None = None
    judged: bool = False             # country None means: judge it from the name (else the home state's ministries)
    alias: str | None = None         # another form the body goes by ("Ministry of Foreign Affairs")


@dataclass
class _Scan:
    """One sentence as the shapes see it: its text, the bodies its brackets define, and the spans already taken."""

    ctx: Context
    s: Sentence
    defined: list[tuple[int, int, str, str | None]]
    taken: list[tuple[int, int]] = field(default_factory=list)
    units: list[tuple[int, int]] = field(default_factory=list)  # numbered units: the head shape's cut forms stay out

    def free(self, start: int, end: int) -> bool:
        return not any(start < e and s_ < end for s_, e in self.taken)


def _unpossessed(defined: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, str | None]]:
    """possessive-ends (readings._name_end): "the Bahrain Defence Force's (BDF) port": the run an acronym in brackets
    spells ends before the body's possessive; the acronym is the body's."""
    return [(start, end - 2, name[:-2], country) if re.search(r"\w['’]s$", name) else (start, end, name, country)
            for start, end, name, country in defined]


def _free_but_complement(scan: _Scan, start: int, name: str) -> bool:
    """Whether no name already found overlaps ``name`` but for names inside its "of/for" complement: "the Joint
    Defense Council of the Gulf Cooperation Council", "the Executive Secretariat of LCBC" name a body of their own
    whose complement holds the body it belongs to (found first, and kept; of-complement)."""
    end = start + len(name)
    if scan.free(start, end):
        return True
    of = re.search(r"\s(?:of|for)\s", name)
    if of is None or _COMPLEMENT.match(scan.s.text[end:]):
        return False  # "the Office of the UN Special Coordinator for Lebanon": a name read past a table body must be
        # the whole span, or nothing
    return all(start + of.end() <= a and b <= end or not (start < b and a < end) for a, b in scan.taken)


def _owned_by_complement(f: _Found, scan: _Scan) -> _Found:
    """of-complement: "the General Secretariat of the Gulf Cooperation Council" belongs where the body its complement
    names belongs (no state here), not to the report's home state as a bare secretariat would."""
    of = re.search(r"\s(?:of|for)\s", f.name)
    if of is None:
        return f
    inner = scan.s.start + f.start + of.end()
    parent = next((m for m in scan.ctx.org_mentions if inner <= m.start and m.end <= scan.s.start + f.end), None)
    if parent is None or parent.key not in scan.ctx.organizations:
        return f
    return replace(f, country=scan.ctx.organizations[parent.key].country, judged=False)


# pair-late: "the Thailand-Myanmar High Level Committee (HLC)", "the Angola-Namibia Bi-National Commission (BNC)": a
# state pair right before the words an acronym in brackets spells opens the body's name too (the studied golds keep
# the pair, 7 of 7: "Malaysia-Thailand General Border Committee"); head-shape and of-shape finds check it themselves.
_PAIR_LATE = {"acronym-defined"}


def _with_state_pair(f: _Found, scan: _Scan) -> _Found:
    """The find with the state pair right before it, if any, as the opening of its name (its old name an alias)."""
    before = scan.s.text[max(0, f.start - 50):f.start]
    pair = _state_pair_before(before, f.name) if f.name[:1].isupper() else None
    if not pair or f.name.startswith(pair):
        return f
    return _Found(f.start - len(pair), f.end, pair + f.name, f.kind, None, alias=f.name)
