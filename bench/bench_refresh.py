"""Summary upkeep (issue 11 items 3 and 5): CPU of recomputing the summaries one article touches (entities_of +
compute), read-only, for 5 seeded random article graphs of a store. Run with PYTHONPATH=<checkout> to compare
two checkouts on one store:  .venv/bin/python bench/bench_refresh.py STORE
"""
import random, statistics, sys, time
from pathlib import Path
from kg import summary
from kg.store import Store
s = Store(Path(sys.argv[1]), read_only=True)
graphs = sorted(g for g in s.graphs() if g.startswith(summary.ARTICLE_GRAPH) and not g.endswith("/inferred"))
rng = random.Random(11)
pick = rng.sample(graphs, 5)
out = []
for g in pick:
    t = time.process_time()
    ents = summary.entities_of(s, [g])
    res = summary.compute(s, ents)
    out.append((time.process_time() - t, len(ents), sum(len(v.splitlines()) for v in res.values())))
print(summary.__file__, [f"{c:.2f}s/{e}ent/{n}tr" for c, e, n in out], "median", round(statistics.median(c for c, _, _ in out), 2))
