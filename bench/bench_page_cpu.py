"""Server CPU per page view (issue 11 item 3): a real ``kg serve`` (2 workers), GET /id/<path> as HTML from one
client, and the CPU seconds the server's processes spent (from /proc: every process of its session) divided by
the requests; wall p50 beside it. On a shared machine wall time measures the neighbours, CPU time the server.

    .venv/bin/python bench/bench_page_cpu.py STORE [PATH ...]   (default: person/ajit-doval, the busiest person)
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.web.server import launch, stop  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")
REPEAT = 10


def session_cpu(sid: int) -> float:
    """utime + stime of every live process of session ``sid`` (the server and its workers)."""
    total = 0.0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_bytes().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid:
            total += (int(fields[11]) + int(fields[12])) / TICK
    return total


def main() -> None:
    store, paths = Path(sys.argv[1]), sys.argv[2:] or ["person/ajit-doval"]
    proc, url = launch(store, workers=2, timeout=60)
    session = requests.Session()
    try:
        for path in paths:
            get = lambda: session.get(f"{url}/id/{path}", headers={"Accept": "text/html"}, timeout=120)  # noqa: E731
            for _ in range(4):  # warm-up: both workers open the store and compile the templates
                get().raise_for_status()
            wall, cpu0 = [], session_cpu(proc.pid)
            for _ in range(REPEAT):
                started = time.perf_counter()
                get().raise_for_status()
                wall.append(time.perf_counter() - started)
            cpu = (session_cpu(proc.pid) - cpu0) / REPEAT
            print(f"| {path} | {1000 * cpu:.0f} | {1000 * statistics.median(wall):.0f} | "
                  f"{os.getloadavg()[0]:.1f} |", flush=True)
    finally:
        stop(proc)


if __name__ == "__main__":
    main()
