"""Document → Extraction: what an article says, with evidence. One interface, many possible extractors.

An extractor is any object with a ``name`` and ``extract(document) -> Extraction``. The default is the
rule-based pipeline in kg.extract.rules; a statistical or language-model extractor can be registered in
EXTRACTORS and compared with the same ``kg eval``.
"""

from __future__ import annotations

from typing import Protocol

from kg.extract.model import Extraction
from kg.sources import Document


class Extractor(Protocol):
    name: str

    def extract(self, document: Document) -> Extraction: ...


def get_extractor(name: str = "rules") -> Extractor:
    if name == "rules":
        from kg.extract.rules import RuleExtractor

        return RuleExtractor()
    from kg.errors import KGError

    raise KGError(f"unknown extractor {name!r} (known: rules)")
