"""CPU per lookup request inside one process, no sockets: kg's WSGI app (sandboxed, inline on) against the
unguarded app of bench/unguarded_app.py, on the same store. On a shared machine requests per second follow the
neighbours' load; CPU time per request follows the code.

    .venv/bin/python bench/lookup_cpu.py [STORE] [--requests N] [--rounds R]

STORE defaults to bench/out/seed-store (made by bench_endpoint.py --overhead). To measure an older checkout,
run it with that checkout's source first on the path, from outside this folder:
``cd /tmp && PYTHONPATH=/path/to/old /path/to/.venv/bin/python /path/to/bench/lookup_cpu.py STORE``.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote_plus

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _environ(body: bytes) -> dict:
    return {"REQUEST_METHOD": "POST", "PATH_INFO": "/sparql", "SCRIPT_NAME": "", "QUERY_STRING": "",
            "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000", "HTTP_HOST": "127.0.0.1:8000",
            "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(body),
            "CONTENT_TYPE": "application/x-www-form-urlencoded", "CONTENT_LENGTH": str(len(body)),
            "HTTP_ACCEPT": "application/sparql-results+json", "REMOTE_ADDR": "127.0.0.1", "wsgi.errors": sys.stderr,
            "wsgi.multithread": True, "wsgi.multiprocess": True, "wsgi.run_once": False}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("store", type=Path, nargs="?", default=HERE / "out" / "seed-store")
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)

    import kg  # before bench_endpoint, which puts this checkout first on the path: PYTHONPATH's kg wins
    from bench_endpoint import queries_for
    from kg.config import Settings
    from kg.sandbox import deny_network
    from kg.store import Store

    with Store(args.store, read_only=True) as store:
        body = ("query=" + quote_plus(queries_for(store)[0][1])).encode()
    deny_network()  # as in a kg serve worker: inline execution is only on in a sandboxed process
    from kg.web import create_app

    os.environ["KG_BENCH_STORE"] = str(args.store)
    import unguarded_app

    apps = {"kg": create_app(Settings(store=args.store, inline=True)), "unguarded": unguarded_app.app}
    status: list[str] = []

    def call(app) -> None:  # noqa: ANN001 - a WSGI callable
        b"".join(app(_environ(body), lambda s, h, e=None: status.append(s)))

    results: dict[str, list[float]] = {name: [] for name in apps}
    for _ in range(args.rounds):
        for name, app in apps.items():
            for _ in range(200):
                call(app)
            status.clear()
            started = time.process_time()  # every thread of this process: the inline threads too
            for _ in range(args.requests):
                call(app)
            results[name].append((time.process_time() - started) / args.requests * 1e6)
            assert set(status) == {"200 OK"}, set(status)
    for name, values in results.items():
        print(f"{name:10} {statistics.median(values):6.0f} µs CPU per request (rounds: "
              f"{', '.join(f'{v:.0f}' for v in values)})")
    print(f"kg / unguarded CPU: {statistics.median(results['kg']) / statistics.median(results['unguarded']):.2f}×; "
          f"{threading.active_count() - 1} background threads; load {os.getloadavg()[0]:.1f}; kg from "
          f"{Path(kg.__file__).parent.parent}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
