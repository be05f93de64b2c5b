"""Write data/reference/learned_weights.json: the learned-candidate models of kg.extract.learned, trained on the weak
sentence labels of the studied sets in tests/data (scripts/learn_data.py). Reproducible: same data, same weights.

    .venv/bin/python scripts/learned_weights.py            # write the file
    .venv/bin/python scripts/learned_weights.py --check    # exit 1 when the shipped file is not what the data gives
Needs scikit-learn (a development tool; the extractor only reads the exported weights).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learn_data import STUDIED, Row, collect  # noqa: E402

from kg.extract import learned  # noqa: E402
from kg.extract.reference import REFERENCE_DIR  # noqa: E402

CATEGORIES = ("statements", "agreements")          # threats: no gain in the leave-one-set-out table (BENCHMARKS.md)
THRESHOLDS = {"statements": 0.8, "agreements": 0.9}
C = 0.5


def row_features(row: Row) -> list[str]:
    return learned.features(row.text, persons=row.persons, orgs=row.orgs, countries=row.countries)


def fit(rows: list[Row], category: str) -> dict:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    sentences = [r for r in rows if r.index >= 0]
    vectorizer = CountVectorizer(analyzer=lambda feats: feats, min_df=2, binary=True)
    x = vectorizer.fit_transform([row_features(r) for r in sentences])
    y = [category in r.gold for r in sentences]
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, solver="liblinear").fit(x, y)
    weights = {f: round(float(clf.coef_[0][i]), 4) for f, i in sorted(vectorizer.vocabulary_.items())
               if abs(clf.coef_[0][i]) >= 1e-3}
    return {"weights": weights, "intercept": round(float(clf.intercept_[0]), 4), "threshold": THRESHOLDS[category]}


def train(rows: list[Row]) -> dict:
    return {"trained_on": list(STUDIED), "models": {c: fit(rows, c) for c in CATEGORIES}}


def main(argv: list[str]) -> int:
    data = train(collect())
    text = json.dumps(data, indent=0, sort_keys=True, ensure_ascii=False) + "\n"
    path = REFERENCE_DIR / learned.WEIGHTS
    if "--check" in argv:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            print(f"{path}: not current; run scripts/learned_weights.py", file=sys.stderr)
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    sizes = ", ".join(f"{c} {len(m['weights'])} weights" for c, m in data["models"].items())
    print(f"{path}: {sizes}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
