"""Leave-one-set-out, end to end: for each studied set, the learned-candidate models are fitted on the other sets'
weak labels (scripts/learn_layer.py), the extractor runs with them on the held-out set, and kg eval's scorer
counts tp / fp / fn per category. Without arguments the layer is off (the rules alone), for the baseline.

    .venv/bin/python scripts/learn_data.py /tmp/rows.pkl
    .venv/bin/python scripts/learn_loso.py /tmp/rows.pkl                                   # rules alone
    .venv/bin/python scripts/learn_loso.py /tmp/rows.pkl statements=0.8 agreements=0.9    # with the layer
Needs scikit-learn.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learn_data import ROOT, STUDIED, Row  # noqa: E402,F401  (Row: unpickling)
from learn_layer import LearnedExtractor, fit_models  # noqa: E402

from kg import evaluate  # noqa: E402
from kg.config import QUERIES_DIR  # noqa: E402
from kg.pipeline import ingest  # noqa: E402
from kg.store import Store  # noqa: E402


def run(rows: list[Row], thresholds: dict[str, float]) -> dict[str, dict]:
    out = {}
    for held in STUDIED:
        extractor = LearnedExtractor(fit_models([r for r in rows if r.set != held], thresholds))
        folder = ROOT / "tests" / "data" / held
        scores = []
        for path in sorted(folder.glob("*.txt")):
            gold = evaluate.gold_path(path, folder)
            if not gold.exists():
                continue
            store = Store(None)
            ingest([path], store=store, extractor=extractor)
            scores.append(evaluate.score_article(evaluate.load_gold(gold),
                                                 evaluate.run_queries_for_eval(store, QUERIES_DIR), article=path.stem))
        out[held] = evaluate.aggregate(scores).to_dict()
        d = out[held]["categories"]
        print(held, " ".join(f"{c[:5]} {d[c]['tp']}/{d[c]['fp']}/{d[c]['fn']}" for c in ("agreements", "statements")),
              f"macro {out[held]['macro_f1']:.3f}", flush=True)
    return out


if __name__ == "__main__":
    rows = pickle.loads(Path(sys.argv[1]).read_bytes())
    run(rows, {k: float(v) for k, v in (a.split("=") for a in sys.argv[2:])})
