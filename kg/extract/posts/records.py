"""The records the steps grow: a Chain of titles, and a _Post, one title as the steps grow it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.context import Context
from kg.extract.sentences import Sentence


@dataclass
class Chain:
    """One or more titles in a row ("Deputy Prime Minister and Foreign Minister"), with what qualifies them."""

    start: int                      # offsets within the sentence
    end: int
    titles: list[tuple[str, str]] = field(default_factory=list)   # (wording, normalised)
    country: str | None = None
    org_key: str | None = None
    lower: bool = False
    former: bool = False            # "former president", "ex-minister": a post once held, named as such
    prefix_start: int = 0           # where "India's" / "the Canadian" / "MEA" before the title begins


@dataclass
class _Post:
    """One title as the steps grow it: its wording and normal form so far, and where it begins and ends."""

    s: Sentence
    ctx: Context
    chains: list[Chain]             # the sentence's chains so far; only the last step adds to them
    m: re.Match[str]                # the title as the title table found it
    wording: str
    normal: str
    lower: bool
    end: int                        # where the post ends, within the sentence
    start: int                      # where it begins, once the words before it are read
    fielded: bool = False           # `field-after-post` read a field after it
    graded: str = ""                # the post before a body or a bracketed remit after it (`grade-before-remit`)
    body_state: str | None = None   # the state a body written after the post names (`body-after-post`)

    @property
    def rest(self) -> str:
        return self.s.text[self.end:]

    def grow_after(self, length: int, normal: str) -> None:
        """The post takes the next ``length`` characters of the sentence; ``normal`` is its normal form now."""
        self.wording = self.s.text[self.m.start():self.end + length]
        self.normal = normal
        self.end += length

    def grow_before(self, start: int, normal: str) -> None:
        """The post takes the words from ``start`` up to it; ``normal`` is its normal form now."""
        self.wording = self.s.text[start:self.end]
        self.normal = normal
        self.start = start

    def clear_of(self, at: int) -> bool:
        """No chain read so far runs past ``at``: the words from there on are free to be this post's."""
        return not self.chains or self.chains[-1].end <= at
