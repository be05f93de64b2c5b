"""Checks on a query or update before anything runs: no outbound traffic, no pathological nesting.

Two layers. A lexer (strings, IRIs and comments skipped) finds the query form, the nesting depth and whether
any keyword that could reach outside the store (SERVICE, FROM, LOAD, USING, WITH) appears at all. Only then is
the text parsed with rdflib's SPARQL parser and the parse tree searched for ServiceGraphPattern, DatasetClause
and Load nodes, so the common query pays microseconds, not rdflib's milliseconds. The lexer over-approximates
(``ex:SERVICE`` is not a keyword, ``SERVICE`` inside a string is skipped), so a query it passes cannot hold those
constructs; conversely a SERVICE or LOAD keyword the lexer sees is refused even if rdflib's tree disagrees.
When rdflib cannot parse a text with FROM, it is refused: what cannot be verified does not run. Depth is checked first so that neither parser recurses into a RecursionError or a stack overflow.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from kg.errors import QueryError
from kg.web.errors import NotAllowed, TooComplex

MAX_NESTING = 24  # rdflib's recursive-descent parser overflows Python's stack near 30 nested parentheses

_OUTBOUND = {"SERVICE", "FROM", "LOAD", "USING", "WITH", "NAMED"}
_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}

_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_WORD = re.compile(r"[^\W\d][\w\-]*")  # any script: a prefixed name may be written in kanji (PREFIX 食: …)
_STRINGS = re.compile(r"'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^\"\\]|\\.|\"(?!\"\"))*\"\"\"|'(?:[^'\\\n\r]|\\.)*'|\"(?:[^\"\\\n\r]|\\.)*\"", re.S)


_NO_SERVICE = "SERVICE is not allowed: this endpoint makes no outbound requests"




@dataclass
class Scan:
    form: str | None = None                       # SELECT | ASK | CONSTRUCT | DESCRIBE, or None (update, junk)
    keywords: set[str] = field(default_factory=set)   # outbound-capable keywords seen, upper-cased
    depth: int = 0                                # deepest nesting of (), {}, []
    where_positions: list[int] = field(default_factory=list)  # offsets of top-level WHERE (updates)
    words: list[tuple[int, str]] = field(default_factory=list)  # top-level (offset, KEYWORD) pairs


def scan(text: str) -> Scan:
    """Lex ``text`` once: strings, IRIs and comments are skipped; returns what the checks need."""
    out = Scan()
    depth = 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\":  # a local-name escape (ex:a\#b): the next character is part of a name, never a comment
            i += 2
        elif ch == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif ch in "'\"":
            m = _STRINGS.match(text, i)
            i = m.end() if m else i + 1
        elif ch == "<":
            m = _IRIREF.match(text, i)
            i = m.end() if m else i + 1
        elif ch in "({[":
            depth += 1
            out.depth = max(out.depth, depth)
            i += 1
        elif ch in ")}]":
            depth = max(depth - 1, 0)
            i += 1
        elif ch.isalpha() or ch == "_":
            m = _WORD.match(text, i)
            if m is None:  # a letter \w does not take (a combining form): a character of a name, not a keyword
                i += 1
                continue
            word, end = m.group(0), m.end()
            prev = text[i - 1] if i else " "
            is_keyword = prev not in ":?$_" and not (end < n and text[end] == ":")
            if is_keyword:
                upper = word.upper()
                if upper in _OUTBOUND:
                    out.keywords.add(upper)
                if depth == 0:
                    out.words.append((i, upper))
                    if upper in _FORMS and out.form is None:
                        out.form = upper
                    if upper == "WHERE":
                        out.where_positions.append(i)
            i = end
        else:
            i += 1
    return out


def _check_depth(depth: int) -> None:
    if depth > MAX_NESTING:
        raise TooComplex(f"query nested {depth} levels deep; this endpoint accepts at most {MAX_NESTING}")


def check_depth(text: str) -> None:
    """Refuse text nested deeper than MAX_NESTING before any parser recurses into it (the CLI runs this even
    with --allow-service: Oxigraph's own parser overflows the stack near 100,000 levels)."""
    _check_depth(scan(text).depth)
    _parsed_within_depth(text, must_parse=False)


def _walk(node: object, name: str):
    """Yield every rdflib CompValue called ``name`` in a parse tree."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            if item.name == name:
                yield item
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, ParseResults)):
            stack.extend(item)


_PARSER_LOCK = threading.Lock()  # rdflib's pyparsing grammar keeps parse state: one parse at a time per process


def _parse(text: str, *, update: bool):
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        with _PARSER_LOCK:
            return (parseUpdate if update else parseQuery)(text)
    except ParseException as exc:
        kind = "SPARQL Update" if update else "SPARQL"
        raise QueryError(f"{kind} syntax error at line {exc.lineno}, column {exc.col}: {exc.msg}") from None
    except RecursionError:
        raise TooComplex("query nested too deeply to be parsed") from None


@dataclass(frozen=True)
class QueryInfo:
    form: str | None
    from_graphs: tuple[str, ...] = ()   # FROM and FROM NAMED IRIs: each must name a graph in the store


CACHED_TEXT = 4096  # verdicts on texts up to this size are remembered (a client repeats its lookups)


def check_query(text: str) -> QueryInfo:
    """``_check_query``, remembered per text (the verdict depends on the text alone; refusals are not kept, they
    raise, so each refused request pays the full check again)."""
    return _check_query_cached(text) if len(text) <= CACHED_TEXT else _check_query(text)


@lru_cache(maxsize=1024)
def _check_query_cached(text: str) -> QueryInfo:
    return _check_query(text)


def _check_query(text: str) -> QueryInfo:
    """Refuse SERVICE; return the FROM / FROM NAMED graphs, to be checked against the store before running.

    The decision rests on a parse, never on the lexer alone: SPARQL's tokens depend on context (in
    ``1<'x>'`` the ``<`` is less-than and ``'x>'`` a string, while a lexer reads ``<'x>`` as an IRI), so any
    text in which the letters of SERVICE or FROM appear anywhere, in any case, is parsed with rdflib and refused
    when the tree holds a SERVICE pattern, or when it cannot be parsed at all (what cannot be verified does not
    run). A text without those letters cannot hold the keywords for any parser. Nesting gets the same treatment:
    a text with more opening brackets than the limit is parsed, and rdflib's recursion gives out long before a
    depth that could overflow the engine's stack. Under this, query processes run with the network denied by
    the kernel (kg.sandbox), so a mistake here still reaches no listener.
    """
    found = scan(text)
    _check_depth(found.depth)
    if "SERVICE" in found.keywords:
        raise NotAllowed(_NO_SERVICE)
    lowered = text.lower()
    tree = _parsed_within_depth(text, must_parse="service" in lowered or "from" in lowered)
    if tree is None:
        return QueryInfo(found.form)
    if any(_walk(tree, "ServiceGraphPattern")):
        raise NotAllowed(_NO_SERVICE)
    graphs = []
    for clause in _walk(tree, "DatasetClause"):
        for key in ("default", "named"):  # CompValue.get returns the key itself when it is missing
            if key in clause:
                graphs.append(str(clause[key]))
    return QueryInfo(found.form, tuple(graphs))


def _parsed_within_depth(text: str, *, must_parse: bool):
    """rdflib's parse tree of a query, with its real nesting checked, or None when no parse was needed.

    The lexer's depth can be misled about where strings and IRIs are, so a text with more opening brackets than
    the limit is parsed too; rdflib's recursion gives out long before a depth that could overflow the engine.
    A text rdflib cannot parse is refused when ``must_parse`` (its SERVICE and FROM cannot be verified), else
    left to the engine, whose syntax rdflib lags on a few valid forms.
    """
    if not must_parse and _openings(text) <= MAX_NESTING:
        return None
    try:
        tree = _parse(text, update=False)
    except TooComplex:
        raise
    except QueryError as exc:
        if must_parse:
            raise QueryError(f"cannot check the query for SERVICE and FROM clauses: {exc}") from None
        return None
    _check_depth(_tree_depth(tree))
    return tree


def _openings(text: str) -> int:
    """An upper bound on any parser's nesting depth: every opening bracket in the text, wherever it stands."""
    return text.count("(") + text.count("{") + text.count("[")


def _tree_depth(tree: object) -> int:
    """Nesting of group patterns and bracketed expressions in an rdflib parse tree (≈ the text's bracket depth)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    nesting = {"GroupGraphPatternSub", "SubSelect", "ConditionalOrExpression", "TriplesBlock",
               "BrackettedExpression", "Collection", "BlankNodePropertyList"}
    deepest, stack = 0, [(tree, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, CompValue):
            depth += item.name in nesting
            deepest = max(deepest, depth)
            stack.extend((child, depth) for child in item.values())
        elif isinstance(item, (list, tuple, ParseResults)):
            stack.extend((child, depth) for child in item)
    return deepest


@dataclass(frozen=True)
class UpdateInfo:
    has_dataset_clause: bool     # USING, USING NAMED or WITH somewhere in the request


def check_update(text: str) -> UpdateInfo:
    """Refuse LOAD and SERVICE in an update (lexer or parse tree); report whether it sets its own dataset."""
    found = scan(text)
    _check_depth(found.depth)
    if found.keywords & {"LOAD", "SERVICE"}:
        raise NotAllowed("LOAD and SERVICE are not allowed: this endpoint makes no outbound requests")
    tree = _parse(text, update=True)
    if any(_walk(tree, "Load")) or any(_walk(tree, "ServiceGraphPattern")):
        raise NotAllowed("LOAD and SERVICE are not allowed: this endpoint makes no outbound requests")
    has_dataset = any("using" in m or "withClause" in m for m in _walk(tree, "Modify"))
    return UpdateInfo(has_dataset)


def with_using(text: str, *, using: list[str], using_named: list[str]) -> str:
    """The update with the protocol's using-graph-uri / using-named-graph-uri applied to each DELETE/INSERT …
    WHERE operation, as USING clauses (SPARQL 1.1 Protocol §2.2.3; Oxigraph takes no dataset for updates).

    >>> with_using("INSERT { ?s a <c> } WHERE { ?s a <d> }", using=["http://g"], using_named=[])
    'INSERT { ?s a <c> } USING <http://g> WHERE { ?s a <d> }'
    """
    if not using and not using_named:
        return text
    clause = " ".join([f"USING <{g}>" for g in using] + [f"USING NAMED <{g}>" for g in using_named]) + " "
    found = scan(text)
    words = found.words
    inserts = []
    for idx, (pos, word) in enumerate(words):
        # DELETE WHERE { } takes no USING; every other top-level WHERE ends a Modify operation.
        if word == "WHERE" and not (
            idx and words[idx - 1][1] == "DELETE" and not text[words[idx - 1][0] + 6 : pos].strip()
        ):
            inserts.append(pos)
    for pos in reversed(inserts):
        text = text[:pos] + clause + text[pos:]
    return text


def check_iri(iri: str) -> str:
    if not _SCHEME.match(iri) or _IRIREF.fullmatch(f"<{iri}>") is None:
        raise QueryError(f"not an absolute IRI: {iri!r}")
    return iri
