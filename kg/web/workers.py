"""Killable query execution: each query runs in a separate process that can be killed at its time limit.

Why processes: neither pyoxigraph nor rdflib can interrupt a running query, and a thread cannot be killed. So
every server worker keeps a small pool of query processes (``QueryPool``), each holding the store open
read-only (``pyoxigraph.Store.read_only``: opening costs ~15 ms, and any number of processes may do it while one
other process has the store open read-write). The server thread sends a job down a pipe and waits with
``poll(timeout)``; at the limit it SIGKILLs the process and the next query forks a fresh one from a
``forkserver`` (a few ms). The whole response body is produced inside the query process before it is sent
back, so a failure half-way can never look like a complete result; the row cap is applied there too.

Writes: an update runs in a short-lived process (``run_update``) that holds the store's write lock, opens it
read-write, applies the update in one Oxigraph transaction, flushes and closes (releasing RocksDB's lock, so
``kg ingest`` can write between server writes). Query processes read through a ``kg.store.Snapshot``: the one
protocol every reader and writer of a store follows (lock, change signature, re-open, retry) lives in
kg/store.py. Killing a writer at its time limit aborts the transaction: nothing is written.

Fairness: ``QueryPool`` shares a server worker's processes in two lanes (see ``Lanes``), so runaway queries
cannot hold every process; each process has an address-space cap (``cap_memory``).

Measured (2 cores, shared machine, 100k-quad store, a one-resource lookup): in-process query + JSON 0.09 ms,
through the pool 0.34 ms (pipe round trip and pickling, +0.26 ms); first query of a fresh process (fork + open)
32 ms; read-only re-open 15-35 ms; store signature 0.06 ms; lexical guard 0.01 ms (rdflib parse, only when
SERVICE/FROM appear, 1.3 ms); a 1 s limit stops a cartesian product after 1.01 s. 10,000 rows: 230 ms in JSON
(query evaluation dominates: pyoxigraph's own serializer takes ~160 ms for the same rows).
"""

from __future__ import annotations

import multiprocessing
import os
import re
import signal
import threading
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from kg import formats
from kg.errors import KGError, QueryError, StoreError
from kg.web.errors import Busy, NotAcceptable, NotAllowed, OutOfMemory, QueryTimeout, WorkerCrashed
from kg.procs import die_with_parent
from kg.sandbox import deny_network, network_denied
from kg.remote import is_remote
from kg.store import Store, open_store, reader, write_lock

@dataclass(frozen=True)
class Job:
    kind: str                              # "query" | "void"
    sparql: str = ""
    base_iri: str | None = None
    default_graph: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    require_graphs: tuple[str, ...] = ()   # FROM / FROM NAMED graphs: refused unless in the store
    results_format: str | None = None      # negotiated names (kg.formats); None: nothing acceptable
    rdf_format: str | None = None
    rdf_kind: str = "graph"
    max_rows: int = 10_000
    row_bound: int | None = None           # the query's own LIMIT, when known (kg.web.inline's grammar)


@dataclass(frozen=True)
class Answer:
    body: bytes
    content_type: str
    truncated: bool = False
    rows: int | None = None
    stats: dict | None = None


# -- inside a query process ---------------------------------------------------------------------------------
def _shift_position(message: str) -> str:
    """Oxigraph reports 'error at LINE:COL'; the query was run with one BASE line prepended."""

    def fix(m: re.Match) -> str:
        line, col = int(m.group(1)) - 1, int(m.group(2))
        return f"error at line {max(line, 1)}, column {col}"

    return _shorten(re.sub(r"error at (\d+):(\d+)", fix, message, count=1))


def _shorten(message: str, limit: int = 240) -> str:
    """Oxigraph lists every token it expected; the position and the first few are what a person reads."""
    message = " ".join(message.split())
    return message if len(message) <= limit else message[:limit].rstrip() + " …"


def execute(store: Store, job: Job) -> Answer:
    if job.kind == "void":
        return Answer(b"", "", stats={"quads": len(store), "graphs": len(store.graphs())})
    if job.require_graphs:
        known = set(store.graphs())
        missing = [g for g in job.require_graphs if g not in known]
        if missing:
            raise NotAllowed(f"FROM <{missing[0]}> names no graph in this store; this endpoint never fetches "
                             "graphs from the web (ask for one of the store's graphs)")
    sparql = f"BASE <{job.base_iri}>\n{job.sparql}" if job.base_iri else job.sparql
    try:
        result = store.query(sparql, default_graph=list(job.default_graph) or None,
                             named_graphs=list(job.named_graphs) or None)
    except QueryError as exc:
        raise QueryError(_shift_position(str(exc)) if job.base_iri else _shorten(str(exc))) from None
    if isinstance(result, ox.QueryBoolean):
        if job.results_format is None:
            raise NotAcceptable("no acceptable format for an ASK result (try application/sparql-results+json)")
        fmt = formats.by_name(job.results_format, formats.RESULT_KINDS)
        if fmt.ox in (ox.QueryResultsFormat.CSV, ox.QueryResultsFormat.TSV):
            raise NotAcceptable("ASK results have no CSV/TSV form; ask for SPARQL JSON or XML")
        return Answer(result.serialize(format=fmt.ox), fmt.content_type)
    if isinstance(result, ox.QuerySolutions):
        if job.results_format is None:
            raise NotAcceptable("no acceptable format for SELECT results (try application/sparql-results+json)")
        fmt = formats.by_name(job.results_format, formats.RESULT_KINDS)
        if job.row_bound is not None and job.row_bound <= job.max_rows:
            # its LIMIT keeps it under the cap: pyoxigraph writes the whole result (the same bytes, in Rust)
            return Answer(result.serialize(format=fmt.ox), fmt.content_type)
        body, truncated, rows = formats.solutions_body(result, fmt, max_rows=job.max_rows)
        return Answer(body, fmt.content_type, truncated, rows)
    if job.rdf_format is None:
        raise NotAcceptable("no acceptable format for an RDF graph (try text/turtle)")
    fmt = formats.by_name(job.rdf_format, (job.rdf_kind,))
    body, truncated, rows = formats.triples_body(result, fmt, max_rows=job.max_rows)
    return Answer(body, fmt.content_type, truncated, rows)


def cap_memory(megabytes: int | None) -> None:
    """RLIMIT_AS for this process: an allocation past it fails (Rust aborts the process, Python raises
    MemoryError), so one query that grows without bound costs its own process, never the server's memory."""
    if not megabytes:
        return
    import resource

    limit = megabytes * 1024 * 1024
    try:  # glibc reserves 64 MB of address space per thread arena; RocksDB's threads would spend the cap on that
        import ctypes

        ctypes.CDLL("libc.so.6").mallopt(-8, 2)  # M_ARENA_MAX = 2
    except (OSError, AttributeError):
        pass
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass  # a platform without RLIMIT_AS: the time limit still stops the query


def query_process_main(conn: Connection, store_path: str, memory_mb: int | None = None) -> None:
    """The loop a query process runs: receive a Job, send back ("ok", Answer) or ("error", KGError)."""
    die_with_parent()
    if not is_remote(store_path):  # a remote store is reached over the network: the guard alone decides there
        deny_network()  # under the guard: even a SERVICE it misjudged cannot open a connection
    cap_memory(memory_mb)
    snapshot = reader(store_path)
    try:
        snapshot.current()  # open before the first job, so its CPU time is not charged to that query's budget
    except (KGError, OSError):
        pass  # the first job reports it
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return  # the server worker went away
        try:
            try:
                snapshot.current()  # re-open first if anything wrote: that is not the query's cost
            except (KGError, OSError):
                pass  # read() retries and reports it
            conn.send(("started", None))
            try:
                answer = snapshot.read(lambda store: execute(store, job))
            except PermissionError as exc:
                if network_denied():  # the kernel refused a connection: only SERVICE makes one
                    raise NotAllowed("the query tried to open a network connection, which this endpoint "
                                     "refuses (SERVICE is not allowed)") from None
                raise StoreError(f"{store_path}: cannot read the store: {exc}") from None
            conn.send(("ok", answer))
        except KGError as exc:
            conn.send(("error", exc))
        except MemoryError:
            conn.send(("error", OutOfMemory(_out_of_memory(memory_mb))))
        except Exception:  # noqa: BLE001 - a bug: report it to the server thread (→ 500), keep serving
            conn.send(("bug", traceback.format_exc()))


def update_process_main(conn: Connection, store_path: str, sparql: str) -> None:
    """One write: exclusive lock, read-write open, one transaction, flush, close."""
    die_with_parent()
    if is_remote(store_path):
        _remote_update(conn, store_path, sparql)
        return
    deny_network()
    path = Path(store_path)
    try:
        with write_lock(path):
            with Store(path) as store:
                try:
                    store.update(sparql)
                except QueryError as exc:
                    raise QueryError(_shift_position(str(exc))) from None
        conn.send(("ok", Answer(b"", "")))
    except KGError as exc:
        conn.send(("error", exc))
    except Exception:  # noqa: BLE001 - as above
        conn.send(("bug", traceback.format_exc()))


def _remote_update(conn: Connection, location, sparql: str) -> None:  # noqa: ANN001 - a RemoteLocation
    """One write to a remote store: one request, which the server runs as one transaction."""
    try:
        with open_store(location) as store:
            store.update(sparql)
        conn.send(("ok", Answer(b"", "")))
    except KGError as exc:
        conn.send(("error", exc))
    except Exception:  # noqa: BLE001 - as above
        conn.send(("bug", traceback.format_exc()))


# -- in the server worker -----------------------------------------------------------------------------------
def _context() -> multiprocessing.context.BaseContext:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["kg.web.workers"])
    return ctx


def _out_of_memory(memory_mb: int | None, *, aborted: bool = False) -> str:
    cap = f" of {memory_mb} MB" if memory_mb else ""
    how = "aborted, most likely at" if aborted else "outgrew"
    return (f"the query process {how} the memory cap{cap} per query and the query was stopped (narrow it, or "
            "add LIMIT); other queries were not affected")


@dataclass
class _Proc:
    process: multiprocessing.process.BaseProcess
    conn: Connection


def _timeout(timeout: float) -> QueryTimeout:
    return QueryTimeout(f"query stopped at its time limit of {timeout:g} s (narrow it, add LIMIT, or scope it with GRAPH)")


def _not_started(timeout: float) -> Busy:
    return Busy(f"the query did not start within its time limit of {timeout:g} s: no query process was ready (one "
                "was being started); retry shortly")


def _receive(proc: _Proc) -> Answer:
    status, payload = proc.conn.recv()
    if status == "ok":
        return payload
    if status == "error":
        raise payload
    raise RuntimeError(f"query process failed:\n{payload}")


SPAWN_WAIT = 60.0  # seconds a new query process may take to fork and open the store (a loaded machine)
POLL_STEP = 0.02
PENALTY_SECONDS = 30.0  # how long a client whose query outran the fast lane queues behind the others
GRACE = 0.02            # a heavy client's query runs at least this long before yielding to a light client  # how often a running query's lane is reconsidered (an answer wakes the wait at once)
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process (Linux /proc), or None where that cannot be read."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICKS
    except (OSError, IndexError, ValueError):
        return None


def _lower_priority(pid: int) -> None:
    try:
        os.setpriority(os.PRIO_PROCESS, pid, 10)
    except (OSError, AttributeError):
        pass


@dataclass(frozen=True)
class Lanes:
    """How one server worker shares its query processes.

    Every query starts in the fast lane and may use ``budget`` seconds of CPU there. Past that it moves to the
    long lane (at a lower CPU priority), which holds at most ``long`` queries, at most ``long_per_client`` of
    them from one client; when there is no room and another query waits for the fast lane, it is stopped with
    503 + Retry-After (with nobody waiting it keeps running). So the fast lane's processes are never held by
    runaway queries for longer than ``budget`` of CPU each. Queries waiting for the fast lane are served
    least-served client first: clients none of whose queries outran the fast lane in the last PENALTY_SECONDS
    ("light") before the others ("heavy"), then fewest fast-lane queries running, then oldest first. A heavy
    client's query gives up its fast-lane process (to the long lane, or 503) as soon as a light client with
    nothing running waits; a heavy client's new query waits, unrun, while the long lane is full (503 and
    Retry-After: 5 at its time limit), so sustained abuse costs no process churn and no busy loop. A new client's cheap query therefore waits at most
    for one fast-lane process to turn over, however many runaway queries (from one client or many) are in
    flight. A client is its address (behind a reverse proxy, every client is the proxy: run one per client
    network, or put the limits in the proxy).
    """

    fast: int = 2
    long: int = 2
    long_per_client: int = 1
    budget: float = 0.1


class QueryPool:
    """The query processes of one server worker, in two lanes (see ``Lanes``); a process that overruns its time
    limit is killed and replaced."""

    def __init__(self, store_path: Path, *, size: int = 2, lanes: Lanes | None = None,
                 memory_mb: int | None = None) -> None:
        self.store_path = store_path if is_remote(store_path) else Path(store_path).resolve()
        self.lanes = lanes or Lanes(fast=max(1, size), long=max(1, size))
        self.size = self.lanes.fast
        self.memory_mb = memory_mb
        self._idle: list[_Proc] = []
        self._live = 0
        self._fast_by_client: dict[str, int] = {}
        self._long_by_client: dict[str, int] = {}
        self._fast_busy = 0
        self._long_busy = 0
        self._waiting: list[tuple[int, str]] = []   # (arrival number, client) of requests waiting for the fast lane
        self._over_budget_at: dict[str, float] = {}  # client → when one of its queries last outran the fast lane
        self._arrivals = 0
        self._cond = threading.Condition()
        self._closed = False
        self.kills = 0      # processes killed at their time limit (for tests and logs)
        self.refused = 0    # queries stopped because the long lane had no room for them

    # -- processes --
    def _spawn(self) -> _Proc:
        ctx = _context()
        parent, child = ctx.Pipe()
        process = ctx.Process(target=query_process_main, args=(child, _arg(self.store_path), self.memory_mb),
                              daemon=True, name="kg-query")
        process.start()
        child.close()
        try:
            ready = parent.poll(SPAWN_WAIT) and parent.recv()[0] == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            process.kill()
            process.join(5)
            parent.close()
            raise WorkerCrashed("a query process did not start")
        return _Proc(process, parent)

    def _replenish(self) -> None:
        """A killed process is replaced in the background, so the next query finds one ready (forking and
        opening the store takes 30 ms idle, hundreds on a loaded machine)."""
        self.warm(up_to=1)

    def warm(self, *, up_to: int | None = None) -> None:
        """Start idle processes in the background (the fast lane's worth at startup), not on the next request."""
        want = self.lanes.fast if up_to is None else up_to

        def start() -> None:
            for _ in range(want):
                with self._cond:
                    if (self._closed or len(self._idle) >= want
                            or self._live >= self.lanes.fast + self.lanes.long + 1):
                        return
                    self._live += 1
                try:
                    proc = self._spawn()
                except (KGError, OSError):
                    with self._cond:
                        self._live -= 1
                    return
                with self._cond:
                    self._idle.append(proc)
                    self._cond.notify_all()

        threading.Thread(target=start, daemon=True, name="kg-query-warm").start()

    def ready(self) -> int:
        """How many query processes wait idle (a killed one is replaced in the background)."""
        with self._cond:
            return len(self._idle)

    def _discard(self, proc: _Proc) -> None:
        proc.process.kill()
        proc.process.join(5)
        proc.conn.close()
        with self._cond:
            self._live -= 1

    # -- the fast lane: least-served client first --
    def _next_in_line(self) -> tuple[int, str]:
        def rank(w: tuple[int, str]) -> tuple[bool, int, int]:
            return (self._is_heavy(w[1]), self._fast_by_client.get(w[1], 0), w[0])

        eligible = [w for w in self._waiting if not self._blocked(w[1])]
        return min(eligible, key=rank) if eligible else (0, "")

    def is_heavy(self, client: str) -> bool:
        """Did one of this client's queries outrun the fast lane in the last PENALTY_SECONDS?"""
        with self._cond:
            return self._is_heavy(client)

    def _is_heavy(self, client: str) -> bool:
        return time.monotonic() - self._over_budget_at.get(client, -PENALTY_SECONDS) < PENALTY_SECONDS

    def _light_waiting(self, *, besides: str) -> bool:
        """Is a light client with no query in the fast lane waiting (another client than ``besides``)?"""
        with self._cond:
            return any(c != besides and not self._is_heavy(c) and not self._fast_by_client.get(c)
                       for _, c in self._waiting)

    def _mark_heavy(self, client: str) -> None:
        """Remember that this client's query outran the fast lane: for a while its queries queue behind those of
        clients whose queries did not (least attained service, per client)."""
        with self._cond:
            now = time.monotonic()
            if len(self._over_budget_at) > 10_000:  # forget old entries rather than grow without bound
                self._over_budget_at = {c: t for c, t in self._over_budget_at.items() if now - t < PENALTY_SECONDS}
            self._over_budget_at[client] = now

    def _blocked(self, client: str) -> bool:
        """A heavy client's query waits while the long lane is full: it would outrun the fast lane with nowhere
        to go. It waits without a process (a thread and a socket, no CPU), so abuse costs no process churn."""
        return self._is_heavy(client) and self._long_busy >= self.lanes.long

    def _acquire(self, client: str, deadline: float) -> _Proc:
        with self._cond:
            self._arrivals += 1
            ticket = (self._arrivals, client)
            self._waiting.append(ticket)
            try:
                while True:
                    if self._closed:
                        raise Busy("the server is shutting down")
                    if self._fast_busy < self.lanes.fast and self._next_in_line() == ticket:
                        break
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        if self._blocked(client):
                            self.refused += 1
                            raise Busy("this client's queries outran the fast lane lately and the long lane is "
                                       f"full ({self.lanes.long} long queries per server worker); retry later, or "
                                       "narrow the query", retry_after=5)
                        raise Busy("every query process is busy; try again shortly")
                    self._cond.wait(min(remaining, 1.0))  # 1 s: a heavy mark may expire meanwhile
            finally:
                self._waiting.remove(ticket)
                self._cond.notify_all()  # the next in line may now be someone else
            self._fast_busy += 1
            self._fast_by_client[client] = self._fast_by_client.get(client, 0) + 1
            if self._idle:
                proc = self._idle.pop()
                if not self._idle:
                    self._replenish()  # keep a spare ready: the next query should not wait for a fork
                return proc
            self._live += 1
        try:
            return self._spawn()
        except BaseException:
            with self._cond:
                self._live -= 1
                self._leave("fast", client)
            raise

    def _leave(self, lane: str, client: str) -> None:
        """Give back a lane slot (caller holds the condition)."""
        counts = self._fast_by_client if lane == "fast" else self._long_by_client
        counts[client] -= 1
        if not counts[client]:
            del counts[client]
        if lane == "fast":
            self._fast_busy -= 1
        else:
            self._long_busy -= 1
        self._cond.notify_all()

    def _to_long_lane(self, client: str) -> bool:
        with self._cond:
            if (self._long_busy >= self.lanes.long
                    or self._long_by_client.get(client, 0) >= self.lanes.long_per_client):
                return False
            self._leave("fast", client)
            self._long_busy += 1
            self._long_by_client[client] = self._long_by_client.get(client, 0) + 1
            return True

    def _finish(self, proc: _Proc | None, lane: str, client: str, *, keep: bool) -> None:
        if proc is not None and not keep:
            self._discard(proc)
            self._replenish()
        with self._cond:
            if proc is not None and keep:
                self._idle.append(proc)
            self._leave(lane, client)

    # -- one query --
    def _over_budget(self, proc: _Proc, started: float, cpu_before: float | None) -> bool:
        """CPU time, not wall time: on a loaded machine a cheap query takes longer but uses no more CPU, so it
        is never mistaken for a runaway (wall time where /proc is missing)."""
        now = _cpu_seconds(proc.process.pid)
        if now is None or cpu_before is None:
            return time.monotonic() - started >= self.lanes.budget
        return now - cpu_before >= self.lanes.budget

    def run(self, job: Job, *, timeout: float, client: str = "") -> Answer:
        deadline = time.monotonic() + timeout
        proc = self._acquire(client, deadline)
        lane, keep, heavy = "fast", False, self._is_heavy(client)
        try:
            if time.monotonic() >= deadline:  # the wait for a process (a fork under load) took the whole limit:
                keep = True                   # the query is not sent, and the clean process is kept for the next
                raise _not_started(timeout)
            proc.conn.send(job)
            # The process says "started" once its snapshot is current: re-opening after a write is not charged
            # to the query's budget (the process may also have answered other queries before: CPU is a delta).
            if proc.conn.poll(max(deadline - time.monotonic(), 0.0)):
                try:
                    proc.conn.recv()
                except (EOFError, OSError):
                    pass  # it died: the answer below says so
            else:  # the limit passed before the process even began (a slow fork under load): the query never ran,
                # so it is "busy, retry", not "stopped at its time limit"; the late "started" must not be read as
                # an answer, so the process is replaced, not reused
                self.kills += 1
                raise _not_started(timeout)
            cpu_before = _cpu_seconds(proc.process.pid)
            started = time.monotonic()
            while not proc.conn.poll(max(min(POLL_STEP, deadline - time.monotonic()), 0.0)):
                if time.monotonic() >= deadline:
                    self.kills += 1
                    raise _timeout(timeout)
                if lane != "fast" or job.kind != "query":  # the server's own bounded jobs (VoID) stay put
                    continue
                over = self._over_budget(proc, started, cpu_before)
                if over and not heavy:
                    self._mark_heavy(client)
                    heavy = True
                # A heavy client's query yields its fast-lane process to a waiting light client at once.
                yield_ = heavy and time.monotonic() - started > GRACE and self._light_waiting(besides=client)
                if over or yield_:
                    if self._to_long_lane(client):
                        lane = "long"
                        _lower_priority(proc.process.pid)  # the fast lane's queries get the CPU first
                    elif yield_ or self._someone_waiting():
                        self.refused += 1
                        why = (f"the query ran past the fast lane's budget of {self.lanes.budget:g} s (CPU)" if over
                               else "this client's queries outran the fast lane lately and another client waits")
                        raise Busy(f"{why}; the long lane is full ({self.lanes.long} long queries per server "
                                   f"worker, at most {self.lanes.long_per_client} per client); retry later, or "
                                   "narrow the query")
                    # else nobody is waiting: it keeps its fast-lane process (the pool wastes no capacity)
            try:
                answer = _receive(proc)
            except (EOFError, BrokenPipeError, ConnectionResetError):
                proc.process.join(2)
                if proc.process.exitcode == -signal.SIGABRT:  # Rust's allocator gives up so at RLIMIT_AS
                    raise OutOfMemory(_out_of_memory(self.memory_mb, aborted=True)) from None
                raise WorkerCrashed("the query process died (killed, or an engine crash); "
                                    "the query was not answered") from None
            except KGError:
                keep = lane == "fast"
                raise
            keep = lane == "fast"  # a long-lane process runs at a lower priority: it is not reused
            return answer
        finally:
            self._finish(proc, lane, client, keep=keep)

    def _someone_waiting(self) -> bool:
        with self._cond:
            return bool(self._waiting)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            self._cond.notify_all()
        for proc in idle:
            proc.conn.close()
            proc.process.kill()
            proc.process.join(5)


def _arg(location, *, resolve: bool = False):  # noqa: ANN001, ANN202 - a Settings.location
    """A store location as a query or update process receives it: a folder's path as text, or the remote one."""
    if is_remote(location):
        return location
    return str(Path(location).resolve()) if resolve else str(location)


def run_update(store_path: Path, sparql: str, *, timeout: float) -> None:
    """Apply one SPARQL Update in a short-lived read-write process; killed at ``timeout``, writing nothing."""
    ctx = _context()
    parent, child = ctx.Pipe()
    process = ctx.Process(target=update_process_main, args=(child, _arg(store_path, resolve=True), sparql),
                          daemon=True, name="kg-update")
    process.start()
    child.close()
    try:
        if not parent.poll(timeout):
            process.kill()
            raise QueryTimeout(f"update stopped at its time limit of {timeout:g} s; nothing was written")
        try:
            _receive(_Proc(process, parent))
        except EOFError:
            raise WorkerCrashed("the update process died; nothing was written") from None
    finally:
        parent.close()
        process.join(5)
        if process.is_alive():
            process.kill()
