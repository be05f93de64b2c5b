"""CPU seconds used by this process and every process it starts (pool workers, forkservers), from /proc.

Why: on a machine shared with other jobs, wall-clock throughput says more about the neighbours than about the
code; "articles per second per core" is articles per CPU-second. Worker processes are not reaped by us (a
forkserver starts them), so getrusage(RUSAGE_CHILDREN) misses them: a thread samples /proc every 0.1 s and
keeps each descendant's last reading.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> tuple[int, float] | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()
    except OSError:
        return None
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICK   # ppid, utime + stime


class CpuMeter:
    def __init__(self, interval: float = 0.1) -> None:
        self.interval = interval
        self.seen: dict[int, float] = {}
        self._stop = threading.Event()
        self._root = os.getpid()

    def _sample(self) -> None:
        stats = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit() and (s := _stat(int(entry))):
                stats[int(entry)] = s
        family = {self._root}
        changed = True
        while changed:
            changed = False
            for pid, (ppid, _) in stats.items():
                if ppid in family and pid not in family:
                    family.add(pid)
                    changed = True
        for pid in family - {self._root}:
            if pid in stats:
                self.seen[pid] = stats[pid][1]

    def __enter__(self) -> "CpuMeter":
        self._start_self = os.times()
        self._sample()
        self._before = dict(self.seen)
        threading.Thread(target=self._run, daemon=True).start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._sample()
        t = os.times()
        own = (t.user - self._start_self.user) + (t.system - self._start_self.system)
        others = sum(v - self._before.get(pid, 0.0) for pid, v in self.seen.items())
        self.seconds = own + others
        self.own_seconds = own
