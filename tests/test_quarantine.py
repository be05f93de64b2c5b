"""Issue 7, item 5: the ingest gate. Each article is validated alone; the valid ones land, each all or nothing;
an invalid, unreadable or oversized one is quarantined with its reasons and listed by 'kg quarantine'; after a
fix it lands (regression: one bad date among 1,000 reports landed nothing)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import kg.pipeline
from kg import build, quarantine
from kg.extract.model import Extraction, Speaker, Statement, Support
from kg.pipeline import ingest
from kg.store import Store

REPO = Path(__file__).resolve().parent.parent


class HalfBroken:
    """The synthetic extraction for most articles; a statement with no evidence for articles named 'broken-*'."""

    name = "half-broken/1"

    def __init__(self, good) -> None:
        self.good = good

    def extract(self, document):
        if document.id.startswith("broken"):
            return Extraction(extractor=self.name, statements=[
                Statement(Speaker("unnamed", "officials", "officials"), "something", support=Support(rule="r"))])
        return self.good.extract(document)


def _batch(folder: Path, template: Path, good: int) -> None:
    text = template.read_text()
    for i in range(good):
        (folder / f"good-{i}.txt").write_text(text)
    (folder / "broken-1.txt").write_text(text)
    (folder / "zz-bad-date.txt").write_text(text.replace("published: 2026-03-03", "published: yesterday"))
    (folder / "zz-huge.txt").write_text(text + "filler. " * 40_000)


def test_good_articles_land_bad_ones_are_quarantined(tmp_path, synthetic_article, synthetic_extractor):
    folder = synthetic_article.parent
    _batch(folder, synthetic_article, good=3)
    with Store(tmp_path / "store") as store:
        report = ingest([folder], store=store, extractor=HalfBroken(synthetic_extractor), max_article_bytes=100_000)
        graphs = set(store.graphs())
    landed = {Path(p).name for p in report.landed_paths}
    assert landed == {"good-0.txt", "good-1.txt", "good-2.txt", "synthetic-meeting.txt"}
    assert all(str(build.graph_iri(Path(n).stem)) in graphs for n in landed)
    assert str(build.graph_iri("broken-1")) not in graphs
    reasons = {Path(r.path).name: " ".join(r.reasons) for r in report.rejected}
    assert set(reasons) == {"broken-1.txt", "zz-bad-date.txt", "zz-huge.txt"}
    assert "evidence" in reasons["broken-1.txt"] and "[" in reasons["broken-1.txt"]  # which fact, which shape
    assert "published date" in reasons["zz-bad-date.txt"] and ":5:" in reasons["zz-bad-date.txt"]
    assert "size limit" in reasons["zz-huge.txt"]


def test_the_reason_names_the_fact_the_shape_and_the_sentence(tmp_path, synthetic_article, synthetic_extractor):
    class NoParticipants:  # a meeting nobody attended: SHACL refuses it, and the reason quotes its sentence
        name = "no-participants/1"

        def extract(self, document):
            extraction = synthetic_extractor.extract(document)
            extraction.events[0].participants, extraction.events[0].countries = [], []
            return extraction

    with Store(tmp_path / "store") as store:
        report = ingest([synthetic_article], store=store, extractor=NoParticipants())
        assert report.documents == 0 and str(build.graph_iri("synthetic-meeting")) not in store.graphs()
    (reason,) = report.rejected[0].reasons
    assert "synthetic-meeting.txt" in reason and "kg:participant" in reason and "[kgsh:Event]" in reason
    text = synthetic_article.read_text()
    sentence = reason.split('sentence: "', 1)[1].rstrip('")')
    assert sentence and sentence in text


def _kg(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=300, env=env)


def test_cli_exits_nonzero_names_them_and_relands_after_a_fix(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    source = sorted((REPO / "data" / "articles").glob("*.txt"))[0]
    text = source.read_text()
    (articles / "good.txt").write_text(text)
    assert "published:" in text
    bad = articles / "bad-date.txt"
    bad.write_text("\n".join("published: not a date" if line.startswith("published:") else line
                             for line in text.splitlines()) + "\n")
    store = tmp_path / "store"
    result = _kg("ingest", str(articles), "--store", str(store))
    assert result.returncode == 1 and "bad-date.txt" in result.stderr and "Traceback" not in result.stderr
    listed = _kg("quarantine", "--store", str(store))
    assert listed.returncode == 1 and "bad-date.txt" in listed.stdout and "published date" in listed.stdout
    with Store(store, read_only=True) as s:
        assert str(build.graph_iri("good")) in s.graphs() and str(build.graph_iri("bad-date")) not in s.graphs()
    strict = _kg("ingest", str(articles), "--store", str(tmp_path / "strict"), "--all-or-nothing")
    assert strict.returncode != 0 and "bad-date.txt" in strict.stderr
    with Store(tmp_path / "strict", read_only=True) as s:
        assert str(build.graph_iri("good")) not in s.graphs()
    bad.write_text(text)  # fixed
    assert _kg("ingest", str(bad), "--store", str(store)).returncode == 0
    assert _kg("quarantine", "--store", str(store)).returncode == 0
    assert quarantine.load(store) == []


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    out, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.add(child)
            todo.append(child)
    return out


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_kill_9_during_extraction_leaves_no_worker_processes(tmp_path):
    if (os.cpu_count() or 1) < 2:
        import pytest

        pytest.skip("extraction runs in one process on a one-core machine")
    articles = tmp_path / "articles"
    articles.mkdir()
    sources = sorted((REPO / "data" / "articles").glob("*.txt"))
    for i in range(kg.pipeline.PARALLEL_FROM * 8):
        src = sources[i % len(sources)]
        (articles / f"copy-{i}-{src.name}").write_text(src.read_text())
    process = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "ingest", str(articles),
                                "--store", str(tmp_path / "store")], cwd=REPO, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(workers) < 3 and process.poll() is None:
        workers = _descendants(process.pid)
        time.sleep(0.2)
    assert len(workers) >= 3, "the pool never started"
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.2)
    assert not [p for p in workers if _alive(p)]
