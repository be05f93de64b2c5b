"""CPU ms an article of the extractor and of each of its modules' ``find`` (``context.build`` for the context), on
bench/corpus_gen.py's articles, in one process, no profiler (process_time around each call).

    .venv/bin/python bench/extract_modules.py [articles] [passes]     # default 300 2

Main's code for a paired run: ``PYTHONPATH=/tmp/base .venv/bin/python bench/extract_modules.py``, alternating.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    from corpus_gen import write_corpus

    from kg import sources
    from kg.extract import agreements, context, events, organizations, persons, rules, statements, threats

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    passes = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    with tempfile.TemporaryDirectory() as tmp:
        docs = [sources.load(p) for p in write_corpus(Path(tmp) / "c", n)]
    spent: dict[str, float] = {}

    def timed(module, name: str) -> None:
        inner = getattr(module, name)

        def call(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            t = time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                key = module.__name__.rsplit(".", 1)[-1]
                spent[key] = spent.get(key, 0.0) + time.process_time() - t

        setattr(module, name, call)

    for module in (agreements, events, threats, statements, persons, organizations):
        timed(module, "find")
    timed(context, "build")
    extractor = rules.RuleExtractor()
    for d in docs[:20]:
        extractor.extract(d)  # tables loaded, gates settled
    for _ in range(passes):
        spent.clear()
        t = time.process_time()
        for d in docs:
            extractor.extract(d)
        total = time.process_time() - t
        print(f"total {total / n * 1000:.2f} ms/article  " + "  ".join(
            f"{k} {v / n * 1000:.2f}" for k, v in sorted(spent.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
