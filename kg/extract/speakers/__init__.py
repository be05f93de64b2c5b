"""Who a credit phrase names: the words before a reporting verb ("Foreign Minister X", "the ministry", "officials
in Canberra", "he") resolved to a Speaker, by a table of named speaker shapes tried in order.

A credit is read several ways (as written, without a parenthesis, without "has also", without "last week");
named people and bodies win over any other reading, then the SHAPES rows are tried on each reading in turn.
``Memory`` holds what earlier credits of the article leave behind for pronouns and back-references.
"""

from __future__ import annotations

from kg.extract.speakers.resolver import (SHAPES, STATEMENT_REF, Credit, Memory, _adjectives, _counterpart, _described,
                                          _holds, _issued_before, _issuer_document, _post_initials, _post_of_speaker,
                                          _reread, _sides, as_credited, meeting_group, resolve)

__all__ = ["SHAPES", "STATEMENT_REF", "Credit", "Memory", "as_credited", "meeting_group", "resolve",
           # named by other modules and tests: kg.extract.participants, tests/extract/test_*_table.py
           "_adjectives", "_counterpart", "_described", "_holds", "_issued_before", "_issuer_document",
           "_post_initials", "_post_of_speaker", "_reread", "_sides"]
