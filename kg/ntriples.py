"""rdflib terms → N-Triples lines, written directly (rdflib's serializer costs ~5 ms an article).

Only what build, reason and identity emit: IRIs and literals (plain, typed, language-tagged); no blank nodes
(build mints none). Escapes follow the N-Triples grammar for string literals (ECHAR).
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Literal, URIRef

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def term(t: object) -> str:
    if type(t) is URIRef or isinstance(t, URIRef):  # the exact type first: isinstance goes through abc
        return f"<{t}>"
    if isinstance(t, Literal):
        text = f'"{str(t).translate(_ESCAPES)}"'
        if t.language:
            return f"{text}@{t.language}"
        if t.datatype is not None:
            return f"{text}^^<{t.datatype}>"
        return text
    raise TypeError(f"{t!r}: only IRIs and literals are written (no blank nodes in article graphs)")


def lines(triples: Iterable[tuple]) -> str:
    """N-Triples text, one line per triple, in the order given."""
    return "".join(f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o in triples)
