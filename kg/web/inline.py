"""Short queries answered in the serving worker itself, without the pipe round trip to a query process.

Why: a one-resource lookup costs ~0.1 ms in Oxigraph, but ~1.5 ms more through a query process (pipe, pickling,
two context switches on a 2-core machine): the endpoint answered 0.42-0.49x the lookups of an unguarded
pyoxigraph + gunicorn endpoint (issue 11). Every other query still goes through kg.web.workers' killable
processes, lanes and memory caps.

Which queries: only those the grammar below proves short — a SELECT or ASK over triple patterns that all share
one constant subject (a star around one resource, optionally inside one GRAPH), with nothing else: no FILTER,
OPTIONAL, UNION, paths, sub-queries, aggregates, ORDER BY or functions. Oxigraph answers them by index lookups on
that subject and streams the rows, and the row cap stops the reading. No SERVICE can appear in that grammar,
and the worker runs under the same seccomp filter as the query processes (kg.sandbox, set up by
kg.web.server before the app loads), so the serving path cannot open a connection either.

The watchdog: the query runs on one of the worker's inline threads while the request thread waits. Should a
proven-short query still run past ``INLINE_LIMIT`` (a store under heavy I/O, a pathological hub), the client
gets 503 with a message, inline execution stops in this worker, and the worker retires (gunicorn's graceful
exit: in-flight requests finish, the master starts a fresh worker): the one thing that stops a query a thread
cannot interrupt is the end of its process. ``INLINE_THREADS`` threads per worker; a request that finds them all
busy waits ``LANE_WAIT`` for one, then takes the query processes.
"""

from __future__ import annotations

import os
import re
import signal
import threading
import time
from functools import lru_cache
from pathlib import Path

from kg.store import Snapshot
from kg.web.errors import QueryTimeout

INLINE_LIMIT = 2.0   # seconds a proven-short query may run in the worker before the worker is replaced
INLINE_THREADS = 4   # inline threads per worker: queries answered in it at once (more wait LANE_WAIT for one)
LANE_WAIT = 0.02     # seconds a request waits for a busy inline thread before going to the query processes

# -- the grammar of provably short queries ----------------------------------------------------------------
_TOKEN = re.compile(r"""
    (?P<ws>\s+|\#[^\n]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z_][A-Za-z0-9_]*)
  | (?P<string>"(?:[^"\\\n\r]|\\["\\nrt])*"|'(?:[^'\\\n\r]|\\['\\nrt])*')
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<dt>\^\^)
  | (?P<number>[+-]?\d+(?:\.\d+)?)
  | (?P<pname>[A-Za-z][A-Za-z0-9_\-]*:[A-Za-z0-9_\-]*|:[A-Za-z0-9_\-]*)
  | (?P<word>[A-Za-z]+)
  | (?P<punct>[{}.;,*])
""", re.X)


def _tokens(text: str) -> list[tuple[str, str]] | None:
    out, i = [], 0
    while i < len(text):
        m = _TOKEN.match(text, i)
        if m is None:
            return None  # anything the grammar does not know: not provably short
        kind = m.lastgroup or ""
        if kind != "ws":
            value = m.group(0)
            out.append((kind, value.upper() if kind == "word" else value))
        i = m.end()
    return out


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.t, self.i = tokens, 0

    def peek(self) -> tuple[str, str]:
        return self.t[self.i] if self.i < len(self.t) else ("end", "")

    def take(self, kind: str, value: str | None = None) -> str | None:
        k, v = self.peek()
        if k == kind and (value is None or v == value):
            self.i += 1
            return v
        return None

    def term(self, *, kinds: tuple[str, ...]) -> str | None:
        k, v = self.peek()
        if k not in kinds:
            return None
        self.i += 1
        if k == "string":
            if self.take("lang") is None and self.take("dt") is not None:
                return None if (self.take("iri") or self.take("pname")) is None else v
        return v


CACHED_TEXT = 4096  # verdicts are kept for texts up to this many characters (a lookup is a few hundred)


def provably_short(text: str) -> bool:
    """True for a SELECT/ASK whose pattern is a star of triple patterns around one constant subject."""
    return short_limit(text)[0]


def short_limit(text: str) -> tuple[bool, int | None]:
    """(provably short?, its LIMIT or None). Remembered per text: a client repeats the same lookup, and the
    grammar's verdict depends on the text alone."""
    return _short_cached(text) if len(text) <= CACHED_TEXT else _short(text)


@lru_cache(maxsize=1024)
def _short_cached(text: str) -> tuple[bool, int | None]:
    return _short(text)


_NO = (False, None)


def _short(text: str) -> tuple[bool, int | None]:
    tokens = _tokens(text)
    if not tokens:
        return _NO
    p = _Parser(tokens)
    while p.peek()[1] in ("PREFIX", "BASE"):
        if p.take("word", "PREFIX"):
            if p.take("pname") is None or p.take("iri") is None:
                return _NO
        elif p.take("word", "BASE") and p.take("iri") is None:
            return _NO
    if p.take("word", "SELECT"):
        p.take("word", "DISTINCT")
        if p.take("punct", "*") is None:
            if p.take("var") is None:
                return _NO
            while p.take("var"):
                pass
    elif p.take("word", "ASK") is None:
        return _NO
    p.take("word", "WHERE")
    if p.take("punct", "{") is None:
        return _NO
    graph = p.take("word", "GRAPH") is not None
    if graph and (p.term(kinds=("var", "iri", "pname")) is None or p.take("punct", "{") is None):
        return _NO
    if not _star(p):
        return _NO
    if graph and p.take("punct", "}") is None:
        return _NO
    if p.take("punct", "}") is None:
        return _NO
    limit = None
    if p.take("word", "LIMIT"):
        number = p.take("number")
        if number is None or not number.isdigit():
            return _NO
        limit = int(number)
    return (True, limit) if p.peek()[0] == "end" else _NO


def _star(p: _Parser) -> bool:
    """Triple patterns (with ; and , shorthand) whose subjects are all one IRI or prefixed name."""
    subject = None
    while True:
        s = p.term(kinds=("iri", "pname"))
        if s is None or (subject is not None and s != subject):
            return False
        subject = s
        while True:
            if p.term(kinds=("iri", "pname", "var")) is None and p.take("word", "A") is None:
                return False
            while True:
                if p.term(kinds=("iri", "pname", "var", "string", "number")) is None:
                    return False
                if p.take("punct", ",") is None:
                    break
            if p.take("punct", ";") is None or p.peek() in (("punct", "."), ("punct", "}")):
                break
        p.take("punct", ".")
        if p.peek() == ("punct", "}"):
            return True


# -- running them in the worker ---------------------------------------------------------------------------
class _Lane:
    """One inline thread and its two hand-off locks: raw locks are the cheapest wake-up Python has (a queue or
    an Event per request cost a measurable share of a 0.1 ms lookup)."""

    def __init__(self, snapshot: Snapshot, name: str) -> None:
        self.go, self.done = threading.Lock(), threading.Lock()
        self.go.acquire()
        self.done.acquire()
        self.fn = self.result = None
        threading.Thread(target=self._serve, args=(snapshot,), daemon=True, name=name).start()

    def _serve(self, snapshot: Snapshot) -> None:
        while True:
            self.go.acquire()
            try:
                self.result = (True, snapshot.read(self.fn))
            except BaseException as exc:  # noqa: BLE001 - handed to the request thread, raised there
                self.result = (False, exc)
            self.fn = None
            self.done.release()


class InlineRunner:
    """The serving worker's own read-only snapshot and inline threads, with the watchdog described above.
    The threads are started once and handed one query at a time (a thread per query cost more than the lookup)."""

    def __init__(self, store_path: Path, *, threads: int = INLINE_THREADS, limit: float = INLINE_LIMIT) -> None:
        self.snapshot = Snapshot(Path(store_path))
        self.limit = limit
        # A stack (list pop/append are atomic): the lane used last is used next, its thread and caches still
        # warm (a lookup cost 0.16 ms of CPU so, 0.22 ms rotating over four threads).
        self._idle = [_Lane(self.snapshot, f"kg-inline-{i}") for i in range(threads)]
        self._freed = threading.Condition()
        self._waiters = 0
        self.retiring = False
        self.retirements = 0

    def try_run(self, fn):
        """``fn(store)`` on an inline thread, or None when every inline thread stayed busy for LANE_WAIT or the
        worker retires (the caller then uses the query processes). Raises QueryTimeout past the limit."""
        if self.retiring:
            return None
        try:
            lane = self._idle.pop()
        except IndexError:
            lane = self._wait_for_lane()  # a lookup frees its thread within a fraction of a millisecond
            if lane is None:
                return None
        lane.fn = fn
        lane.go.release()
        if not lane.done.acquire(timeout=self.limit):
            self._retire()  # the lane is not put back: its thread is still running the query
            raise QueryTimeout(f"query stopped at the inline limit of {self.limit:g} s; this server worker is "
                               "being replaced to stop it (narrow the query, or add LIMIT)")
        (ok, value), lane.result = lane.result, None
        self._idle.append(lane)
        if self._waiters:  # read after the append: a waiter counts itself before it looks at _idle
            with self._freed:
                self._freed.notify()
        if not ok:
            raise value
        return value

    def _wait_for_lane(self) -> _Lane | None:
        deadline = time.monotonic() + LANE_WAIT
        with self._freed:
            self._waiters += 1
            try:
                while not self.retiring:
                    try:
                        return self._idle.pop()
                    except IndexError:
                        left = deadline - time.monotonic()
                        if left <= 0:
                            return None
                        self._freed.wait(left)
                return None
            finally:
                self._waiters -= 1

    def _retire(self) -> None:
        """Stop inline execution here and ask gunicorn for a graceful exit of this worker (SIGTERM to itself):
        requests in flight finish, the master starts a fresh worker, and the runaway thread ends with the process."""
        self.retiring = True
        self.retirements += 1
        if os.environ.get("KG_INLINE_RETIRE", "1") == "1":
            threading.Timer(0.05, lambda: os.kill(os.getpid(), signal.SIGTERM)).start()
