"""Production serving: ``run(settings)`` starts gunicorn on settings.host:settings.port (``kg serve``).

Knobs (``kg serve`` flags, environment, or ``Settings`` fields):

``--store DIR`` / ``KG_STORE``
    the Oxigraph store to serve (built by ``kg build`` / ``kg ingest``), or a SPARQL server
    (``sparql+http://…``, kg.remote) whose queries the endpoint then guards and proxies.
``--host H`` / ``--port P``
    where to listen (default 127.0.0.1:8000; port 0 picks a free port, printed once listening).
``--workers N``
    gunicorn worker processes (default 2). Each is a ``gthread`` worker with ``THREADS`` threads and owns a
    pool of ``QUERY_PROCESSES`` query processes (kg.web.workers), each holding the store open read-only. So a
    server holds N × QUERY_PROCESSES read-only store handles and answers that many queries at once; more
    requests wait (up to their time limit) for a free query process.
``--timeout S`` / ``KG_QUERY_TIMEOUT``
    the hard time limit per query or update (default 30 s). A client may ask for less with ``timeout=S`` or the
    ``X-KG-Timeout: S`` header, never more. At the limit the query process is killed (SIGKILL) and replaced,
    and the client gets 503 with a message; other clients are not held up.
``--max-rows N`` / ``KG_MAX_ROWS``
    row cap per result (default 10,000), always announced in ``X-KG-Row-Cap``; a capped result says
    ``X-KG-Truncated: true`` and carries a marker in the body where the format has room (JSON ``kg:truncated``
    and a ``head.link``, an XML ``<link>``, a ``#`` comment in Turtle/N-Triples/N-Quads/TriG).
``--update-token T`` / ``KG_UPDATE_TOKEN``
    enables SPARQL Update for requests with ``Authorization: Bearer T`` (compared with
    ``hmac.compare_digest``). Without it the endpoint is read-only and updates get 403.
``Settings.max_request_bytes`` (default 1 MB)
    larger request bodies get 413, with or without Content-Length (kg.web.limits); URLs over
    ``kg.web.sparql.MAX_URL_BYTES`` (16 KiB) get 414; gunicorn's own refusals (request line over 1 MB, headers
    over the limit) come in the same one-line plain format (``PlainErrorWorker``).
``KG_INLINE`` (default 1), ``KG_INLINE_LIMIT`` (default 2 s)
    provably short queries (a star of triple patterns around one resource) are answered by the serving worker
    itself, which runs under the seccomp filter; one running past the limit gets 503 and retires its worker
    (kg.web.inline). ``KG_INLINE=0`` sends every query to the query processes. ``KG_FAST_LOOKUP`` (default 1):
    the plainest of those requests are answered before Flask's machinery (kg.web.fastpath); 0 routes them
    through Flask like every other request.
``KG_QUERY_MEMORY_MB`` (default 2048), ``Settings.fast_lane_seconds`` (0.1 s of CPU), ``long_queries_per_client`` (1)
    the memory cap of each query process and the two lanes that keep runaway queries from starving others
    (kg.web.workers.Lanes).

How writes work. Query processes open the store read-only (a snapshot). An update runs in a short-lived
process that takes an exclusive flock on ``<store>/kg-write.lock``, opens the store read-write, applies the
update in one transaction and closes it; readers notice the store changed (the write count kg.store keeps in
``<store>/kg-writes``: one stat) and re-open (~15 ms) before their next query. ``kg ingest`` may write the store while the server runs, between
server updates: the server's readers pick the change up the same way. Only one process can hold the store
read-write at a time, so an update that arrives while ``kg ingest`` is writing gets 503 (retry).

Safety defaults: no SERVICE, LOAD, or FROM/FROM NAMED outside the store (checked on the parsed query before
anything runs); queries nested deeper than kg.web.guard.MAX_NESTING are refused; ``Access-Control-Allow-Origin:
*`` on query responses only. The gunicorn worker timeout is set well above the query time limit, since a
worker thread waiting on a query process is not stuck.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

from gunicorn.app.base import BaseApplication
from gunicorn.http import errors as http_errors
from gunicorn.workers.gthread import ThreadWorker

from kg.config import Settings

THREADS = 64         # threads per gunicorn worker: requests in flight per worker, most of them waiting on a
                     # query process; enough that waiting runaway queries never keep a new client from a thread
QUERY_PROCESSES = 2  # query processes per gunicorn worker (queries running at once per worker)


def _url(sock_name: tuple, host: str) -> str:
    port = sock_name[1]
    shown = host if host not in ("0.0.0.0", "::", "") else "127.0.0.1"
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}"


class PlainErrorWorker(ThreadWorker):
    """gunicorn's gthread worker, answering the requests gunicorn itself refuses (a request line over 1 MB,
    headers over the limit, bad chunking) in the app's one-line text/plain format instead of an HTML page."""

    STATUS = ((http_errors.LimitRequestLine, 414, "URI Too Long", "request line over the limit; POST the query"),
              (http_errors.LimitRequestHeaders, 431, "Request Header Fields Too Large", "request headers over the limit"),
              (http_errors.UnsupportedTransferCoding, 501, "Not Implemented", "unsupported transfer coding"))

    def handle_error(self, req, client, addr, exc):  # noqa: ANN001 - gunicorn's signature
        if not isinstance(exc, http_errors.ParseException):
            return super().handle_error(req, client, addr, exc)
        status, reason, message = 400, "Bad Request", "malformed HTTP request"
        for cls, code, why, text in self.STATUS:
            if isinstance(exc, cls):
                status, reason, message = code, why, text
        self.log.warning("Invalid request from ip=%s: %s", (addr or ("",))[0], exc)
        body = f"{message}: {' '.join(str(exc).split())[:200]}\n".encode("utf-8", "replace")
        head = (f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n"
                f"X-Content-Type-Options: nosniff\r\nContent-Length: {len(body)}\r\n\r\n").encode("latin-1")
        try:
            client.sendall(head + body)
        except OSError:
            pass


class _KGServer(BaseApplication):
    """gunicorn, configured in code (no config file, no command line parsing)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        super().__init__()

    def load_config(self) -> None:
        s = self.settings
        host = f"[{s.host}]" if ":" in s.host else s.host
        options = {
            "bind": f"{host}:{s.port}",
            "workers": max(1, s.workers),
            "worker_class": "kg.web.server.PlainErrorWorker",
            "threads": THREADS,
            "timeout": int(s.query_timeout) + 30,
            "graceful_timeout": 10,
            "limit_request_line": 0,          # the app answers over-long URLs with 414 itself
            "limit_request_field_size": 16_384,
            "accesslog": None,
            "errorlog": "-",
            "loglevel": "warning",
            "proc_name": "kg-serve",
            "when_ready": self._when_ready,
        }
        for key, value in options.items():
            self.cfg.set(key, value)

    def _when_ready(self, server) -> None:  # gunicorn master hook: runs once, when the sockets listen
        for listener in server.LISTENERS:
            base = _url(listener.sock.getsockname(), self.settings.host)
            print(f"kg serve: listening on {base}/sparql (query UI at {base}/)", flush=True)

    def load(self):
        from kg.web import create_app

        # each worker starts its fast lane's query processes at once
        settings = replace(self.settings, query_processes=QUERY_PROCESSES, warm_query_processes=True)
        inline = settings.inline if "KG_INLINE" in os.environ else True  # on unless KG_INLINE=0
        if inline and not settings.remote:
            # This runs in the worker, after fork: the worker itself now cannot open a network socket (it
            # only accepts on the listener it inherited), so it may answer provably short queries in-process
            # (kg.web.inline) and SERVICE stays impossible from the whole serving path. A remote store is
            # reached over the network, so there the worker stays unsandboxed and every query goes through
            # the guard and the query processes.
            from kg.sandbox import deny_network

            deny_network()
        return create_app(replace(settings, inline=inline and not settings.remote))


def run(settings: Settings) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM stops gunicorn and, with each worker, its query processes).
    The server holds <store>/kg-serve.lock shared while it runs, so 'kg compact' refuses to swap the store
    under its readers (a compaction already running is waited for)."""
    from kg.store import hold_serving

    held = None if settings.remote else hold_serving(settings.store)
    try:
        _KGServer(settings).run()
    finally:
        if held is not None:
            os.close(held)
    sys.stdout.flush()


def launch(store: Path, *, workers: int = 2, timeout: float = 30.0, max_rows: int = 10_000,
           update_token: str | None = None, wait: float = 60.0) -> tuple[subprocess.Popen, str]:
    """Start ``kg serve`` on a free port of 127.0.0.1 in a process group of its own, for tests, benchmarks and
    notebooks; return the process and the server's base URL once it listens. Stop it with ``stop``."""
    kg = Path(sys.executable).with_name("kg")
    command = [str(kg), "serve", "--store", getattr(store, "url", str(store)), "--host", "127.0.0.1", "--port", "0",
               "--workers", str(workers), "--timeout", f"{timeout:g}", "--max-rows", str(max_rows)]
    env = dict(os.environ)
    env.pop("KG_UPDATE_TOKEN", None)
    if update_token:
        env["KG_UPDATE_TOKEN"] = update_token  # not on the command line, where ps would show it
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
                               start_new_session=True, preexec_fn=_end_with_parent)
    assert process.stdout is not None
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        match = re.search(r"listening on (http://[\d.]+:\d+)/sparql", line)
        if match:
            # Keep reading the log so a chatty server never blocks on a full pipe.
            threading.Thread(target=lambda: [None for _ in process.stdout], daemon=True).start()  # type: ignore[union-attr]
            return process, match.group(1)
    stop(process)
    raise RuntimeError(f"kg serve did not start within {wait:g} s")


def _end_with_parent() -> None:
    """In the launched server, before exec: SIGTERM when the launching thread ends (a killed test run or notebook
    must not leave a server behind; its own process group keeps it out of Ctrl-C's way otherwise). So launch from
    a thread that lives as long as the server is wanted, as fixtures and scripts do. Linux only."""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


def stop(process: subprocess.Popen) -> None:
    """SIGTERM the server's process group (gunicorn master, workers, query processes); SIGKILL if it lingers."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(20)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)
