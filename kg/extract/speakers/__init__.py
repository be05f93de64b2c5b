"""Who a credit phrase names: the words before a reporting verb ("Foreign Minister X", "the ministry", "officials
in Canberra", "he") resolved to a Speaker, by a table of named speaker shapes tried in order.

A credit is read several ways (as written, without a parenthesis, without "has also", without "last week");
named people and bodies win over any other reading, then the SHAPES rows are tried on each reading in turn.
``Memory`` holds what earlier credits of the article leave behind for pronouns and back-references.

Parts, each importing only from those before it: patterns (the shared credit regexes), memory (Memory, Credit),
persons (post shapes and who holds a post), groups (documents and groups credited), named (named speakers), bodies
(body and state shapes), voices (unnamed sources, groups, pronouns, bare names), shapes (the SHAPES table),
resolver (the driver: resolve).
"""

from __future__ import annotations

from kg.extract.speakers.groups import _sides, meeting_group
from kg.extract.speakers.memory import Credit, Memory
from kg.extract.speakers.patterns import STATEMENT_REF
from kg.extract.speakers.persons import _adjectives, _counterpart, _described, _holds, _post_initials, _post_of_speaker
from kg.extract.speakers.resolver import _reread, as_credited, resolve
from kg.extract.speakers.shapes import SHAPES, _issued_before, _issuer_document

__all__ = ["SHAPES", "STATEMENT_REF", "Credit", "Memory", "as_credited", "meeting_group", "resolve",
           # named by other modules and tests: kg.extract.participants, tests/extract/test_*_table.py
           "_adjectives", "_counterpart", "_described", "_holds", "_issued_before", "_issuer_document",
           "_post_initials", "_post_of_speaker", "_reread", "_sides"]
