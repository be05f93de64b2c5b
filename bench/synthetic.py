"""The synthetic store the web benchmarks share: N generated articles from bench/gen_graph.py as N-Quads."""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUADS_PER_ARTICLE = 55  # gen_graph's average


def nquads(articles: int, *, seed: int = 1) -> bytes:
    """gen_graph's quads for about ``articles`` articles (loaded by path: bench/ is a folder of scripts)."""
    spec = importlib.util.spec_from_file_location("gen_graph", HERE / "gen_graph.py")
    gen = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(gen)
    return "".join(gen.generate(quads=articles * QUADS_PER_ARTICLE, seed=seed)).encode()
