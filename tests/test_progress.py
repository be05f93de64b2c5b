"""Ingest progress: rate and time left, on a terminal (tqdm's bar) and in a log (a line per tenth)."""

from __future__ import annotations

import io
import re

from kg.progress import IngestProgress


def test_log_lines_every_tenth_with_rate_and_eta() -> None:
    out = io.StringIO()
    progress = IngestProgress(stream=out, tty=False)
    for i in range(1, 201):
        progress("extract", i, 200)
    for i in range(1, 9):
        progress("store", i, 8)
    lines = out.getvalue().splitlines()
    extract = [line for line in lines if line.startswith("extract:")]
    assert len(extract) == 10 and extract[0].startswith("extract: 20/200 articles [")
    assert extract[-1].startswith("extract: 200/200 articles [")
    # elapsed<remaining, then a rate in articles per second (or seconds per article)
    assert all(re.search(r"\[\d\d:\d\d<\d\d:\d\d, +[\d.]+(article/s|s/article)\]", line) for line in extract)
    assert [line.split(" ")[1] for line in lines if line.startswith("store:")] == [f"{i}/8" for i in range(1, 9)]


def test_terminal_bar() -> None:
    out = io.StringIO()
    progress = IngestProgress(stream=out, tty=True)
    for i in range(1, 51):
        progress("extract", i, 50)
    progress.close()
    text = out.getvalue()
    assert "\r" in text and "100%" in text and "50/50" in text and "article/s" in text
