"""kg.store on disk: compaction after big writes, the bulk loader's file path, emptiness (issue 11)."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.store import Store


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _graphs(n: int) -> dict[str, str]:
    return {f"https://example.org/g/{i}": "\n".join(
        f'<https://example.org/s/{i}/{j}> <https://example.org/p> "value {i} {j} {"x" * 40}" .' for j in range(50))
        for i in range(n)}


def test_optimize_drops_the_write_ahead_log_and_keeps_every_quad(tmp_path):
    store = Store(tmp_path / "store")
    graphs = _graphs(400)
    for start in range(0, 400, 25):
        store.replace_graphs(dict(list(graphs.items())[start:start + 25]))
    store.flush()
    before, quads = _du(tmp_path / "store"), len(store)
    store.optimize()
    after = _du(tmp_path / "store")
    assert len(store) == quads == 20_000
    assert after < before / 2, (before, after)  # the log held every byte written since the open
    store.replace_graphs({"https://example.org/g/new": "<https://example.org/a> <https://example.org/b> <https://example.org/c> ."})
    assert len(store) == quads + 1  # still writable after the re-open


def test_optimize_keeps_a_store_someone_else_holds(tmp_path):
    store = Store(tmp_path / "store")
    store.replace_graphs(_graphs(2))
    dataset = store.rdflib_dataset()  # holds the same Oxigraph store: it must not be closed under it
    store.optimize()
    assert len(dataset) == len(store) == 100


def test_bulk_load_reads_a_file_as_a_stream(tmp_path):
    nq = tmp_path / "data.nq"
    nq.write_text("".join(f"<https://example.org/s{i}> <https://example.org/p> \"{i}\" <https://example.org/g> .\n"
                          for i in range(1000)))
    store = Store(tmp_path / "store")
    assert store.is_empty()
    store.bulk_load(nq)
    assert len(store) == 1000 and not store.is_empty()
    store.clear()
    assert store.is_empty()


def test_bulk_load_of_bad_data_names_the_store_and_the_error(tmp_path):
    store = Store(tmp_path / "store")
    with pytest.raises(StoreError, match="bulk load failed"):
        store.bulk_load(b"<https://example.org/s> <https://example.org/p> \"unterminated .\n")


# -- new graphs through the bulk loader (ingest's write path) -----------------------------------------------
def test_add_new_graphs_lands_every_graph_and_its_graph_names(tmp_path):
    store = Store(tmp_path / "store")
    assert store.add_new_graphs(_graphs(3))
    assert len(store) == 150 and store.graphs() == sorted(_graphs(3))
    assert all(store.has_graph(g) for g in _graphs(3))


def test_add_new_graphs_writes_nothing_when_one_graph_exists(tmp_path):
    store = Store(tmp_path / "store")
    graphs = _graphs(3)
    first = dict(list(graphs.items())[:1])
    store.replace_graphs(first)
    before = set(store.quads())
    assert store.add_new_graphs(graphs) is False  # the caller replaces them in transactions instead
    assert set(store.quads()) == before


def test_add_new_graphs_is_all_or_nothing_when_the_data_is_broken(tmp_path):
    store = Store(tmp_path / "store")
    store.replace_graphs({"https://example.org/g/old": "<https://example.org/a> <https://example.org/b> <https://example.org/c> ."})
    before = set(store.quads())
    graphs = _graphs(3)
    graphs["https://example.org/g/2"] += '\n<https://example.org/s> <https://example.org/p> "unterminated .'
    with pytest.raises(StoreError, match="bulk load failed"):
        store.add_new_graphs(graphs)  # the good graphs before the broken one must not land either
    assert set(store.quads()) == before
    store.close()
    reopened = Store(tmp_path / "store")  # and not after a re-open (nothing was ingested into RocksDB)
    assert set(reopened.quads()) == before


def test_add_new_graphs_declines_a_memory_store():
    store = Store(None)
    assert store.add_new_graphs(_graphs(1)) is False and len(store) == 0


def _as_nquads_line_by_line(iri: str, nt: str) -> str:
    tail = f" <{iri}> .\n"  # N-Triples lines end at CR or LF only (EOL ::= [#xD#xA]+)
    return "".join(line.rstrip()[:-1].rstrip() + tail for line in re.split(r"[\r\n]+", nt) if line.strip())


_CRAFTED_NT = [
    '<urn:s> <urn:p> <urn:o> .\n<urn:s> <urn:p> "a . b" .\n',
    '<urn:s> <urn:p> <urn:o> .\n<urn:s> <urn:p> "x"@en .',                # no final line feed
    '<urn:s> <urn:p> "caf\u00e9 \u2014 \\"quoted\\"\\n" .\n',              # non-ASCII, escapes
    '<urn:s> <urn:p> "a\u2028b" .\n',                                       # a line break only splitlines knows
    '<urn:s> <urn:p> "a\x1cb" .\n<urn:s> <urn:p> "c\rd" .\n',
    '<urn:s> <urn:p> <urn:o>  .\n<urn:s> <urn:p> <urn:o>\t.\n',             # space before the dot
    '<urn:s> <urn:p> <urn:o> . \n',                                         # space after it
    '\n<urn:s> <urn:p> <urn:o> .\n\n<urn:s> <urn:q> <urn:o> .\n   \n',      # blank lines
    '<urn:s> <urn:p> "ends in a dot ." .\n',
    '<urn:s> <urn:p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .\n',  # a typed value, '#' in an IRI
    '<urn:s> <urn:p> <urn:o> . # a comment .\n',                            # the graph name would go in the comment
    '# a comment line .\n<urn:s> <urn:p> <urn:o> .\n',
    '<urn:s> <urn:p> _:b1 .\n',                                             # blank nodes: one scope per document
    '<urn:s> <urn:p> "x" "y" .\n',                                          # broken: nothing loads
]


@pytest.mark.parametrize("nt", [*_CRAFTED_NT, ""])
def test_ntriples_become_nquads_as_line_by_line_rewriting_makes_them(nt):
    from kg.store import _as_nquads

    assert _as_nquads("urn:g", nt) == _as_nquads_line_by_line("urn:g", nt)


# Line breaks other than CR and LF may stand raw inside an N-Triples literal (pasted text carries U+2028, NEL, form
# feeds); str.splitlines breaks at all of them, which once cut such a literal in two and failed a whole first import.
_RAW_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


@pytest.mark.parametrize("brk", list(_RAW_BREAKS))
def test_a_literal_holding_a_raw_line_break_lands_whole_on_every_write_path(tmp_path, brk):
    text = f"a quote{brk}from a pasted page"
    nt = f'<urn:s> <urn:p> "{text}" .\n<urn:s> <urn:q> <urn:o> .\n'
    nt_changed = f'<urn:s> <urn:p> "{text}" .\n<urn:s> <urn:q> <urn:o2> .\n'
    memory = Store(None)
    memory.load_new_graphs({"urn:g": nt})  # the staged first import
    disk = Store(tmp_path / "bulk")
    assert disk.add_new_graphs({"urn:g": nt})  # the bulk path
    rewritten = Store(tmp_path / "rw")
    rewritten.replace_graphs({"urn:g": nt})
    rewritten.rewrite_graphs({"urn:g": nt_changed})  # summaries rewritten line by line
    for store, objects in ((memory, {"urn:o"}), (disk, {"urn:o"}), (rewritten, {"urn:o2"})):
        quads = list(store._ox.quads_for_pattern(None, None, None, None))
        assert {q.object.value for q in quads} == {text, *objects}, store.path


def test_ntriples_of_real_articles_become_the_same_nquads(tmp_path):
    from kg.pipeline import ingest
    from kg.store import _as_nquads

    with Store(tmp_path / "store") as store:
        ingest([Path(__file__).parent.parent / "data" / "articles"], store=store)
        graphs = store.graphs()
        assert graphs
        for g in graphs:
            nt = store.dump(ox.RdfFormat.N_TRIPLES, graph=g).decode("utf-8")
            for text in (nt, nt.rstrip("\n")):
                assert _as_nquads(g, text) == _as_nquads_line_by_line(g, text)


def _contents(store: Store) -> tuple[set[str], set[str]]:
    """Quads (blank nodes unlabelled: each write names them afresh) and named graphs."""
    import re

    return ({re.sub(r"_:\w+", "_:b", str(q)) for q in store.quads_matching(None, None, None, None)},
            {str(g) for g in store._ox.named_graphs()})


@pytest.mark.parametrize("on_disk", [False, True])
def test_rewrite_graphs_leaves_what_replace_graphs_leaves(tmp_path, on_disk):
    """rewrite_graphs writes only the triples that change; the store after it equals the store after
    replace_graphs, on random rewrites of random graphs: rows kept, dropped and added, literals with quotes,
    newlines, languages and datatypes, graphs new to the store, and graphs holding blank nodes (replaced whole).
    It compares N-Triples lines, so the same terms spelt otherwise (escapes, xsd:string, trailing blanks, CRLF,
    repeated and blank lines) must land as replace_graphs lands them."""
    import random

    rng = random.Random(5)
    objects = ['<urn:o:1>', '<urn:o:2>', '"plain"', '"with \\"quotes\\"\\nand a line"', '"chat"@fr',
               '"7"^^<http://www.w3.org/2001/XMLSchema#integer>', '"2026-01-02"^^<http://www.w3.org/2001/XMLSchema#date>',
               '"été"', '_:b1',
               # other spellings of terms above (compared as lines, they must still land as the same terms), and
               # a literal holding "_:"
               '"plain"^^<http://www.w3.org/2001/XMLSchema#string>', '"\\u00E9t\\u00e9"', '"7"^^<http://www.w3.org/2001/XMLSchema#integer>',
               '"a _: b"']
    ends = [" .", " .", " .", " .  ", " .\r"]  # trailing blanks, CRLF line ends

    def graph() -> str:
        lines = [f"<urn:s:{rng.randrange(6)}> <urn:p:{rng.randrange(3)}> {rng.choice(objects)}{rng.choice(ends)}"
                 for _ in range(rng.randint(1, 12))]
        lines += rng.sample(lines, min(len(lines), rng.randint(0, 2))) + [""] * rng.randint(0, 1)  # repeated, blank
        rng.shuffle(lines)
        return "\n".join(lines)

    one, two = (Store(tmp_path / "a") if on_disk else Store(None)), (Store(tmp_path / "b") if on_disk else Store(None))
    names = [f"urn:g:{i}" for i in range(12)]
    for _ in range(60):
        batch = {g: graph() for g in rng.sample(names, rng.randint(1, 6))}
        one.replace_graphs(batch)
        two.rewrite_graphs(batch)
        assert _contents(one) == _contents(two)
    assert len(one) > 50


def test_rewrite_graphs_is_all_or_nothing(tmp_path):
    store = Store(tmp_path / "s")
    store.replace_graphs({"urn:g:1": "<urn:s> <urn:p> <urn:o> ."})
    before = _contents(store)
    with pytest.raises((StoreError, SyntaxError, ValueError)):
        store.rewrite_graphs({"urn:g:1": "<urn:s> <urn:p> <urn:other> .", "urn:g:2": "<urn:s> <urn:p> broken ."})
    assert _contents(store) == before


# Store.load_new_graphs in a memory store parses each graph's N-Triples into it (``_load_each``) where the text is
# statements only; the reference is one transactional load of the ``_as_nquads`` text (what an on-disk store does).
def _named_alike(lines: list[str]) -> list[str]:
    """Blank nodes named by order of first use (each load names them afresh), keeping which are one node."""
    import re

    names: dict[str, str] = {}
    masked = sorted(lines, key=lambda line: re.sub(r"_:\w+", "_:", line))
    return sorted(re.sub(r"_:\w+", lambda m: names.setdefault(m.group(), f"_:b{len(names)}"), line) for line in masked)


def _nquads_reference(graphs: dict[str, str]) -> list[str] | type:
    from kg.store import _as_nquads

    ref = ox.Store()
    try:
        ref.load("".join(_as_nquads(i, nt) for i, nt in graphs.items()).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    except (SyntaxError, ValueError):
        return SyntaxError
    return _named_alike(ref.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8").splitlines())


def _loaded(graphs: dict[str, str]) -> list[str] | type:
    store = Store(None)
    try:
        store.load_new_graphs(graphs)
    except StoreError:
        assert len(store) == 0  # all or nothing
        return SyntaxError
    return _named_alike(store._ox.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8").splitlines())




@pytest.mark.parametrize("nt", _CRAFTED_NT)
def test_memory_load_new_graphs_equals_one_nquads_load_crafted(nt):
    graphs = {"urn:g1": '<urn:a> <urn:b> "before" .\n', "urn:g2": nt, "urn:g3": '<urn:a> <urn:b> _:b1 .\n',
              "urn:g4": '<urn:a> <urn:c> _:b1 .\n'}  # one blank node in two graphs
    assert _loaded(graphs) == _nquads_reference(graphs)
    assert _loaded({"urn:g": nt}) == _nquads_reference({"urn:g": nt})


def test_memory_load_new_graphs_equals_one_nquads_load_on_real_articles(tmp_path):
    """The staged first import's graphs (real articles and generated ones) load the same quads both ways, and the
    fast path is the one taken."""
    import datetime as dt
    import sys

    from kg import pipeline, sources
    from kg.extract import get_extractor
    from kg.store import _statements_only

    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    from corpus_gen import write_corpus

    at = dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc)
    paths = sources.discover([Path(__file__).parent.parent / "data" / "articles"]) + write_corpus(tmp_path / "c", 20)
    extractor = get_extractor("rules")
    graphs: dict[str, str] = {}
    for p in paths:
        prepared = pipeline._prepare(sources.load(p), extractor, at)
        if isinstance(prepared, pipeline.Prepared):
            graphs.update(pipeline._graphs(prepared))
    assert len(graphs) > 40 and all(map(_statements_only, graphs.values()))
    assert _loaded(graphs) == _nquads_reference(graphs)


def test_memory_load_new_graphs_failing_graph_leaves_the_store_as_it_was():
    store = Store(None)
    store.load_new_graphs({"urn:old": "<urn:a> <urn:b> <urn:c> .\n"})
    before = store._ox.dump(format=ox.RdfFormat.N_QUADS)
    with pytest.raises(StoreError):
        store.load_new_graphs({"urn:g1": "<urn:a> <urn:b> <urn:c> .\n", "urn:g2": "<urn:a> <urn:b> <urn:c> .\n",
                               "urn:g3": '<urn:a> <urn:b> "x" "y" .\n'})
    assert store._ox.dump(format=ox.RdfFormat.N_QUADS) == before


def _plain_lines_reference(nt: str) -> bool:
    """store._plain_lines as it was: one regex over the whole text for odd line breaks and blanks before ' .'."""
    import re

    ends_open = nt.endswith(" .")
    if not (ends_open or nt.endswith(" .\n")):
        return False
    return nt.count(" .\n") + ends_open == nt.count("\n") + ends_open \
        and not re.search(r"[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]|\s \.(?:\n|\Z)", nt)


@pytest.mark.parametrize("nt", [*_CRAFTED_NT, "a .\n .\n", " .\n", " .", "a\n .", "a .\n\t .", "<a> <b> <c>\u00a0.\n",
                                "x .\n\u3000 .\n", "<a> <b> <c> .\n<a> <b> <c> ."])
def test_plain_lines_equals_the_regex_it_replaced_crafted(nt):
    from kg.store import _plain_lines

    assert _plain_lines(nt) == _plain_lines_reference(nt)


def test_plain_lines_equals_the_regex_it_replaced_random_and_real():
    """Random texts built from the pieces that matter (line ends, blanks of several kinds, odd line breaks), and the
    N-Triples of real article graphs: the split-based test says what the regex said."""
    import random

    from kg.store import _plain_lines

    pieces = ["<a>", " ", " .", "\n", " .\n", "\t", "\u00a0", "x", '"', "\u2028", "\r", "  .\n", "\u3000"]
    rnd = random.Random(11)
    plain = 0
    for _ in range(60_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        assert _plain_lines(text) == _plain_lines_reference(text), repr(text)
        plain += _plain_lines(text)
    assert plain > 500  # both answers are exercised
    for path in sorted((Path(__file__).parent.parent / "data" / "articles").glob("*.txt"))[:3]:
        import datetime as dt

        from kg import pipeline, sources
        from kg.extract import get_extractor

        prepared = pipeline._prepare(sources.load(path), get_extractor("rules"), dt.datetime(2026, 12, 1))
        for text in (prepared.graph_nt, prepared.inferred_nt, prepared.graph_nt.rstrip("\n")):
            assert _plain_lines(text) and _plain_lines_reference(text)
