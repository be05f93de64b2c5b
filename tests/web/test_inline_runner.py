"""kg.web.inline.InlineRunner without a server: results and errors come back to the caller, a request waits a
little for a busy inline thread and then gives up (None: the query processes take it), and the watchdog fires."""

from __future__ import annotations

import threading
import time

import pytest
from web_support import make_store

from kg.web import inline
from kg.web.errors import QueryTimeout
from kg.web.inline import InlineRunner


@pytest.fixture
def runner(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_INLINE_RETIRE", "0")  # the watchdog must not SIGTERM the test process
    return InlineRunner(make_store(tmp_path / "store"), threads=1, limit=1.0)


def test_results_and_errors_come_back(runner):
    assert runner.try_run(lambda store: len(store)) == 3
    with pytest.raises(ZeroDivisionError):
        runner.try_run(lambda store: 1 / 0)
    assert runner.try_run(lambda store: "again") == "again"  # the thread survived the error


def test_a_request_waits_for_a_busy_thread_then_gives_up(runner):
    release = threading.Event()
    started = threading.Event()

    def hold(store):
        started.set()
        release.wait(5)
        return "held"

    held = []
    t = threading.Thread(target=lambda: held.append(runner.try_run(hold)))
    t.start()
    started.wait(5)
    t0 = time.monotonic()
    assert runner.try_run(lambda store: "second") is None  # the only thread stayed busy
    assert time.monotonic() - t0 >= inline.LANE_WAIT * 0.9
    release.set()
    t.join(5)
    assert held == ["held"]
    assert runner.try_run(lambda store: "free again") == "free again"


def test_a_waiting_request_gets_the_thread_as_soon_as_it_is_free(runner, monkeypatch):
    monkeypatch.setattr(inline, "LANE_WAIT", 5.0)
    release, started = threading.Event(), threading.Event()

    def hold(store):
        started.set()
        release.wait(5)
        return "held"

    t = threading.Thread(target=lambda: runner.try_run(hold))
    t.start()
    started.wait(5)
    threading.Timer(0.1, release.set).start()
    t0 = time.monotonic()
    assert runner.try_run(lambda store: "next") == "next"
    assert time.monotonic() - t0 < 3.0  # woken by the release, not by the 5 s deadline
    t.join(5)


def test_past_the_limit_the_caller_gets_a_timeout_and_inline_stops(runner):
    never = threading.Event()
    with pytest.raises(QueryTimeout, match="inline limit"):
        runner.try_run(lambda store: never.wait(3))
    assert runner.retiring and runner.retirements == 1
    assert runner.try_run(lambda store: "after") is None  # the query processes take everything now
    never.set()
