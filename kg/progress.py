"""Progress of a long ingest on stderr, with rate and time left (tqdm): a live bar on a terminal, and a plain
line every tenth of the way when stderr is a log file, so CI logs stay readable."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from tqdm import tqdm

LINE = "{desc}: {n_fmt}/{total_fmt} articles [{elapsed}<{remaining}, {rate_fmt}]"


class IngestProgress:
    """A ``kg.pipeline.Progress`` callback: ``(stage, done, total)``. One bar (or line series) per stage."""

    def __init__(self, *, stream: TextIO | None = None, tty: bool | None = None, steps: int = 10) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.steps = steps
        self._bars: dict[str, tqdm] = {}
        self._started: dict[str, float] = {}
        self._shown: dict[str, int] = {}
        self._since = time.perf_counter()  # a stage starts when the one before it ended (the first: now)

    def __call__(self, stage: str, done: int, total: int) -> None:
        start = self._started.setdefault(stage, self._since)  # the first call comes after the first article
        if done >= total:
            self._since = time.perf_counter()
        if self.tty:
            bar = self._bars.get(stage)
            if bar is None:
                bar = self._bars[stage] = tqdm(total=total, desc=stage, unit="article", file=self.stream,
                                               dynamic_ncols=True, mininterval=0.2, leave=True)
                bar.start_t = start
            bar.update(done - bar.n)
            if done >= total:
                bar.close()
            return
        step = max(total // self.steps, 1)
        if done >= total or done // step > self._shown.get(stage, 0) // step:
            self._shown[stage] = done
            self.stream.write(tqdm.format_meter(done, total, time.perf_counter() - start, prefix=stage,
                                                unit="article", bar_format=LINE) + "\n")
            self.stream.flush()

    def close(self) -> None:
        for bar in self._bars.values():
            bar.close()
