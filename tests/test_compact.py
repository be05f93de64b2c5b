"""kg compact (kg.compact, Store.compact): same quads after, side files kept, the store unchanged by a failure or
a crash at any point, refused while a server holds the store (issue 11 item 2)."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import compact
from kg.cli import cli
from kg.errors import StoreBusy, StoreError
from kg.store import LOCK_NAME, Store, _lock_fd, exists, hold_serving, write_count

SIDE = {"feeds.json": '{"feeds": []}', "kg-quarantine.json": "[]"}


def _write_store(path: Path, articles: int = 120) -> None:
    """A store written the way ingest writes it (transactions of 25 graphs), with every kind of term."""
    store = Store(path)
    graphs = {}
    for i in range(articles):
        lines = [f'<https://example.org/s/{i}/{j}> <https://example.org/p> "value {i} {j} {"x" * 40}" .'
                 for j in range(40)]
        lines += [f'<https://example.org/s/{i}> <https://example.org/label> "nom {i}"@fr .',
                  f'<https://example.org/s/{i}> <https://example.org/when> "2026-12-0{i % 9 + 1}"'
                  '^^<http://www.w3.org/2001/XMLSchema#date> .',
                  f'<https://example.org/s/{i}> <https://example.org/node> _:b{i} .',
                  f'_:b{i} <https://example.org/p> "blank {i}" .']
        graphs[f"https://example.org/g/{i}"] = "\n".join(lines)
    items = list(graphs.items())
    for start in range(0, len(items), 25):
        store.replace_graphs(dict(items[start:start + 25]))
    store.update('INSERT DATA { <https://example.org/d> <https://example.org/p> "in the default graph" }')
    store.close()
    for name, text in SIDE.items():
        (path / name).write_text(text)


def _dump(path: Path) -> set[bytes]:
    store = Store(path, read_only=True)
    try:
        return set(store.dump(ox.RdfFormat.N_QUADS).splitlines())
    finally:
        store.close()


def _kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).with_name("kg")), *args], capture_output=True, text=True)


def _leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "."))


@pytest.fixture
def written(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    _write_store(path)
    return path


def test_compaction_keeps_every_quad_and_side_file_and_shrinks_the_store(written: Path) -> None:
    before, size, writes = _dump(written), compact.size_on_disk(written), write_count(written)
    with Store(written) as store:
        done = store.compact()
        store.replace_graphs({"https://example.org/g/new": "<https://example.org/a> <https://example.org/b> 1 ."})
        assert len(store) == len(before) + 1  # still open for writing, on the new files
    after = _dump(written)
    assert after - before == {b'<https://example.org/a> <https://example.org/b> "1"^^'
                              b'<http://www.w3.org/2001/XMLSchema#integer> <https://example.org/g/new> .'}
    assert before <= after and any(b"_:" in q for q in before) and any(b'"@fr' in q or b"@fr " in q for q in before)
    assert done.quads == len(before) and done.graphs == 120
    assert done.bytes_after < done.bytes_before and compact.size_on_disk(written) < size
    for name, text in SIDE.items():
        assert (written / name).read_text() == text
    assert write_count(written) > writes  # readers see a change and re-open on the new folder
    assert _leftovers(written) == []


def test_kg_compact_command_says_what_it_did(written: Path) -> None:
    before = _dump(written)
    result = CliRunner().invoke(cli, ["compact", "--store", str(written)])
    assert result.exit_code == 0, result.output
    assert "B/quad" in result.output and f"{len(before):,} quads" in result.output
    assert _dump(written) == before


@pytest.mark.parametrize("where", ["bulk_load", "check", "side_files", "exchange"])
def test_a_failure_midway_leaves_the_store_as_it_was(written: Path, monkeypatch, where: str) -> None:
    before = _dump(written)

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if where == "bulk_load":  # the scratch store's load stops half-way, as a full disk would stop it
        def half_load(inner, quads):
            inner.bulk_extend(q for i, q in enumerate(quads) if i < len(before) // 2)
            raise OSError(28, "No space left on device")
        monkeypatch.setattr(compact, "ox", _Patched(Store=_store_with(bulk_extend=half_load)))
    elif where == "check":  # the new store lost a graph: the count check must catch it
        monkeypatch.setattr(compact, "ox", _Patched(Store=_store_with(named_graphs=lambda self: iter(()))))
    elif where == "side_files":
        monkeypatch.setattr(compact, "copy_side_files", fail)
    else:
        monkeypatch.setattr(compact, "_exchange", fail)
    with Store(written) as store:
        with pytest.raises((StoreError, OSError)):
            store.compact()
        assert len(store) == len(before)  # the handle is usable
    assert _dump(written) == before
    for name, text in SIDE.items():
        assert (written / name).read_text() == text
    assert _leftovers(written) == []


class _Patched:
    """pyoxigraph with one class replaced (a Rust class's methods cannot be patched in place)."""

    def __init__(self, **replaced: object) -> None:
        self.__dict__.update(replaced)

    def __getattr__(self, name: str) -> object:
        return getattr(ox, name)


def _store_with(**methods):
    def wrap(path=None):
        inner = ox.Store(path)

        class Wrapped:
            def __getattr__(self, name):
                if name in methods:
                    return lambda *a, **k: methods[name](inner, *a, **k)
                return getattr(inner, name)

            def __len__(self):
                return len(inner)
        return Wrapped()
    return wrap


CRASH = """
import os, sys
from pathlib import Path
from kg import compact
from kg.store import Store
point = sys.argv[2]
if point == "before-swap":
    compact.swap = lambda *a: os._exit(9)
else:  # between the two renames of the fallback swap
    compact._exchange = lambda a, b: False
    real, calls = os.rename, []
    def rename(a, b):
        calls.append(a)
        if len(calls) == 2:
            os._exit(9)
        real(a, b)
    compact.os.rename = rename
Store(Path(sys.argv[1])).compact()
"""


@pytest.mark.parametrize("point", ["before-swap", "between-renames"])
def test_a_crash_at_any_point_leaves_a_usable_store(written: Path, point: str) -> None:
    before = _dump(written)
    crashed = subprocess.run([sys.executable, "-c", CRASH, str(written), point], capture_output=True, text=True)
    assert crashed.returncode == 9, crashed.stderr
    if point == "between-renames":
        assert not written.exists()  # the crash really fell between the renames
        assert exists(written)  # what every command asks first: it puts the old folder back
    assert _dump(written) == before  # a reader opens it (putting the old folder back if needed)
    with Store(written) as store:
        store.compact()  # and the next compaction clears what the crash left
    assert _dump(written) == before and _leftovers(written) == []
    for name, text in SIDE.items():
        assert (written / name).read_text() == text


def test_refused_while_a_server_holds_the_store(written: Path) -> None:
    before, held = _dump(written), hold_serving(written)
    try:
        with Store(written) as store:
            with pytest.raises(StoreBusy, match="kg serve"):
                store.compact()
        result = _kg("compact", "--store", str(written))
        assert result.returncode != 0 and result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "kg serve" in lines[0], result.stderr
        # an ingest's automatic compaction leaves it for later instead of failing the ingest
        with Store(written) as store:
            note = compact.after_ingest(store, 10**6)
        assert note and note.startswith("not compacted") and "kg compact" in note
    finally:
        os.close(held)
    assert _dump(written) == before and _leftovers(written) == []


def test_refused_while_a_real_kg_serve_runs(written: Path) -> None:
    from kg.web.server import launch, stop

    process, _ = launch(written, workers=1)
    try:
        result = _kg("compact", "--store", str(written))
    finally:
        stop(process)
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "kg serve" in result.stderr
    assert "compacted" in CliRunner().invoke(cli, ["compact", "--store", str(written)]).output  # once it stopped


def test_refused_while_another_process_writes_the_store(written: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from pathlib import Path;"
                               "from kg.store import Store; s = Store(Path(sys.argv[1])); print('open', flush=True);"
                               "time.sleep(60)", str(written)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = _kg("compact", "--store", str(written))
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "open in another process" in result.stderr


def test_after_ingest_compacts_only_big_ingests_above_the_target(written: Path, monkeypatch) -> None:
    with Store(written) as store:
        assert compact.after_ingest(store, compact.AUTO_MIN_ARTICLES - 1) is None
        monkeypatch.setattr(compact, "TARGET_BYTES_PER_QUAD", 10**9)
        assert compact.after_ingest(store, compact.AUTO_MIN_ARTICLES) is None  # already small enough
        monkeypatch.setattr(compact, "TARGET_BYTES_PER_QUAD", 1)
        before = compact.size_on_disk(written)
        note = compact.after_ingest(store, compact.AUTO_MIN_ARTICLES)
        assert note and note.startswith("compacted") and compact.size_on_disk(written) < before


def test_ingest_compacts_at_its_end(tmp_path: Path, monkeypatch) -> None:
    from kg import pipeline

    monkeypatch.setattr(compact, "AUTO_MIN_ARTICLES", 1)
    monkeypatch.setattr(compact, "TARGET_BYTES_PER_QUAD", 1)
    articles = Path(__file__).resolve().parent.parent / "data" / "articles"
    with Store(tmp_path / "store") as store:
        report = pipeline.ingest([articles], store=store)
        quads = len(store)
    assert report.documents >= 1 and report.compaction and report.compaction.startswith("compacted")
    assert f"{quads:,} quads" in report.compaction


def test_a_writer_waiting_on_the_old_folder_takes_the_lock_of_the_new_one(tmp_path: Path) -> None:
    path = tmp_path / "store"
    path.mkdir()
    first = _lock_fd(path, LOCK_NAME, fcntl.LOCK_EX)
    got: list[int] = []
    waiter = threading.Thread(target=lambda: got.append(_lock_fd(path, LOCK_NAME, fcntl.LOCK_EX)))
    waiter.start()
    time.sleep(0.2)
    os.rename(path, tmp_path / "old")  # what the swap does: a new folder (and lock file) at the same path
    path.mkdir()
    os.close(first)
    waiter.join(5)
    assert got and os.fstat(got[0]).st_ino == os.stat(path / LOCK_NAME).st_ino
    os.close(got[0])


def test_no_store_here_is_one_line_and_creates_nothing(tmp_path: Path) -> None:
    result = _kg("compact", "--store", str(tmp_path / "none"))
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "no store here" in result.stderr and not (tmp_path / "none").exists()
    served = _kg("compact", "--store", "sparql+http://127.0.0.1:9/sparql")
    assert served.returncode != 0 and "not a SPARQL server" in served.stderr, served.stderr
