"""What a credit is read with: the Memory earlier credits of the article leave, and one Credit reading."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kg.extract.context import Context
from kg.extract.model import Event, Speaker


@dataclass
class Memory:
    """What earlier credits leave for later ones: the last person, body, statement and group that spoke."""

    last_person: Speaker | None = None
    statement_source: Speaker | None = None
    last_body: Speaker | None = None
    last_voice: Speaker | None = None   # the last speaker that is not a person ("it said")
    last_group: Speaker | None = None   # the last speaker that is several ("they said")
    last_quoted: Speaker | None = None  # the person whose quotation came last
    last_quoted_at: int = -1            # where that quotation ended
    last_quote_voice: Speaker | None = None  # whoever (person, body, state) the last quotation was credited to
    last_speaker: Speaker | None = None  # whoever (person, body, state) the last statement was credited to
    last_speaker_at: int = -1           # where the sentence of that statement ends
    quote_start: int = -1               # the quotation a credit after it closes ("“...,” he said") starts here
    verb_end: int | None = None         # where the reporting verb of the sentence's statement ends
    spokesperson_of: Speaker | None = None  # the body whose unnamed spokesperson spoke last
    how: str = "named"   # how the last speaker was found: "named", "document" (it, the statement), "pronoun"
    introduced: Speaker | None = None  # the last source introduced without a name ("a representative of X said")
    bare_names: set[str] = field(default_factory=set)  # keys of people credited by a name the report gives no title

    def snapshot(self) -> Memory:
        """A copy to go back to when a tentative credit is rejected (``restore``)."""
        return replace(self, bare_names=set(self.bare_names))

    def restore(self, saved: Memory) -> None:
        self.__dict__.update(replace(saved, bare_names=set(saved.bare_names)).__dict__)


@dataclass(frozen=True)
class Credit:
    """One reading of a credit phrase: ``head`` as it stands at ``start`` in the text."""

    ctx: Context
    start: int
    head: str
    memory: Memory
    events: list[Event]
