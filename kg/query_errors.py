"""A SPARQL syntax error as one line a person can act on: where (file, line, column), what the parser wanted
(keywords only: its character classes like ``[_]`` or ``['0'..='9']`` help nobody), and the text there with a
caret (‸) at the spot. A prefix used but never declared, the commonest slip, is named with the declaration the
project would use (kg.vocab.PREFIXES).

Oxigraph reports where its parser gave up, which after backtracking can be later than the slip itself; the
excerpt shows the text up to that point so the slip is usually in view.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from kg.errors import QueryError
from kg.vocab import PREFIXES

_AT = re.compile(r"error at (\d+):(\d+)|at line (\d+), column (\d+)")
_EXPECTED = re.compile(r"expected (?:one of )?(.*)$", re.IGNORECASE | re.DOTALL)
_KEYWORD = re.compile(r"(?<![\w'\"\[])[A-Za-z][A-Za-z0-9_]*(?![\w'\"\]])")
# what to blank out before looking for prefixed names: comments, strings, IRIs (offsets are kept)
_OPAQUE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)
_USED = re.compile(r"(?<![\w?$:.-])([A-Za-z][\w-]*(?:\.[\w-]+)*):(?=[\w%\\])")
SHOWN = 6      # expected keywords listed
WINDOW = 40    # characters of the line shown either side of the caret


@contextmanager
def explaining(query: str, *, source: str | None = None) -> Iterator[None]:
    """Re-raise a syntax error (QueryError, not its refusal children) from the block as explain() words it."""
    try:
        yield
    except QueryError as exc:
        if type(exc) is not QueryError:  # NotAllowed, TooComplex ...: already one line about policy
            raise
        raise QueryError(explain(str(exc), query, source=source)) from None


def explain(message: str, query: str, *, source: str | None = None) -> str:
    """One line for ``message`` (from Oxigraph or rdflib) about ``query`` (read from ``source``, if a file)."""
    where = source or "query"
    missing = undeclared_prefix(query)
    if missing is not None:
        prefix, offset = missing
        line, col = _line_col(query, offset)
        hint = f"; add PREFIX {prefix}: <{PREFIXES[prefix]}>" if prefix in PREFIXES else ""
        return (f"{where}, line {line}, column {col}: SPARQL syntax error: prefix {prefix}: is used but not "
                f"declared{hint}: {excerpt(query, line, col)}")
    m = _AT.search(message)
    head = message[:m.start()] if m else message
    head = re.sub(r"\s*SPARQL( Update)? syntax error\s*$|\s*:\s*$", "", " ".join(head.split())).strip(" :")
    if m is None:
        return f"{where}: SPARQL syntax error: {' '.join(message.split())}"
    line, col = int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))
    wanted = expected(message[m.end():])
    what = f"expected {wanted}" if wanted else "unexpected text"
    context = f"{head}: " if head and not head.lower().startswith("sparql") else ""
    return f"{where}, line {line}, column {col}: {context}SPARQL syntax error, {what}: {excerpt(query, line, col)}"


def expected(tail: str) -> str:
    """'expected one of COALESCE, [_], ...' → 'COALESCE, CONTAINS … (9 choices)'; '' when only classes."""
    m = _EXPECTED.search(tail)
    if not m:
        return ""
    words = list(dict.fromkeys(_KEYWORD.findall(m.group(1))))
    if not words:
        return ""
    if len(words) <= SHOWN:
        return " or ".join([", ".join(words[:-1]), words[-1]]) if len(words) > 1 else words[0]
    return f"one of {', '.join(words[:SHOWN])} … ({len(words)} choices)"


def excerpt(query: str, line: int, col: int) -> str:
    """The line, cut to a window around the column, with ‸ at the column, quoted. A position past the last
    line (the parser ran out of text) shows the end of the last line that has any."""
    lines = query.splitlines() or [""]
    while len(lines) > 1 and not lines[-1].strip():
        lines.pop()
    if line > len(lines):
        line, col = len(lines), len(lines[-1]) + 1
    text = lines[min(max(line, 1), len(lines)) - 1]
    at = min(max(col - 1, 0), len(text))
    start, end = max(at - WINDOW, 0), min(at + WINDOW, len(text))
    shown = text[start:at] + "‸" + text[at:end]
    return "“" + ("…" if start else "") + shown.strip() + ("…" if end < len(text) else "") + "”"


def undeclared_prefix(query: str) -> tuple[str, int] | None:
    """The first prefixed name whose prefix no PREFIX line declares: (prefix, offset of its first use)."""
    blank = _OPAQUE.sub(lambda m: " " * len(m.group()), query)
    declared = {m.group(1) or "" for m in _DECLARED.finditer(blank)}
    for m in _USED.finditer(blank):
        if m.group(1) not in declared and not _is_declaration(blank, m.start()):
            return m.group(1), m.start()
    return None


def _is_declaration(text: str, offset: int) -> bool:
    return bool(re.search(r"\bPREFIX\s+$", text[:offset], re.IGNORECASE))


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
