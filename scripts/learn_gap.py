"""The go/no-go experiment of issue 8's statistical component: leave-one-set-out over the studied sets.

For each studied set, a linear classifier per category (agreements, threats, statements) is trained on the weak
sentence labels of the other sets (scripts/learn_data.py) and scores the held-out set's sentences. Among the
sentences where the rules produced no fact of the category, it reports how many the classifier flags, how many of
those hold a gold fact of the category (weak-label precision), how many hold a gold fact the rules missed
altogether, and how many distinct missed gold facts those flags reach (the ceiling of any slot-filler's gain).

    .venv/bin/python scripts/learn_data.py /tmp/rows.pkl && .venv/bin/python scripts/learn_gap.py /tmp/rows.pkl
Needs scikit-learn (an experiment, not a runtime dependency: pip install scikit-learn).
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learn_data import CATS, STUDIED, Row  # noqa: E402,F401  (Row: unpickling)
from learn_layer import fit_models, row_features  # noqa: E402

THRESHOLDS = (0.5, 0.7, 0.8, 0.9)


def loso(rows: list[Row]) -> dict:
    sentences = [r for r in rows if r.index >= 0]
    totals = {r.article: r for r in rows if r.index < 0}
    feats = [row_features(r) for r in sentences]
    probs: dict[str, list[float]] = {c: [0.0] * len(sentences) for c in CATS}
    models = {}
    for held in STUDIED:
        models[held] = fit_models([r for r in rows if r.set != held], dict.fromkeys(CATS, 0.5))
        for i, r in enumerate(sentences):
            if r.set == held:
                for c in CATS:
                    probs[c][i] = models[held][c].probability(feats[i])
    return {"sentences": sentences, "totals": totals, "probs": probs, "models": models}


def table(result: dict, *, by_set: bool = False) -> str:
    sentences, totals, probs = result["sentences"], result["totals"], result["probs"]
    lines = ["| category | threshold | rule-empty sentences | holding gold | holding a missed fact | flagged | "
             "flagged holding gold (P) | flagged holding a missed fact (P) | missed facts reached / missed |",
             "|---|---|---|---|---|---|---|---|---|"]
    for c in CATS:
        empty = [i for i, r in enumerate(sentences) if c not in r.rule]
        gold = [i for i in empty if c in sentences[i].gold]
        missed = [i for i in empty if c in sentences[i].missed]
        all_missed = sum(sum(t.items[c]) for t in totals.values())
        for th in THRESHOLDS:
            flagged = [i for i in empty if probs[c][i] >= th]
            fg = [i for i in flagged if c in sentences[i].gold]
            fm = [i for i in flagged if c in sentences[i].missed]
            reached = {(sentences[i].article, k) for i in fm for k in sentences[i].items[c]
                       if totals[sentences[i].article].items[c][k]}
            p1 = f"{len(fg) / len(flagged):.2f}" if flagged else "–"
            p2 = f"{len(fm) / len(flagged):.2f}" if flagged else "–"
            lines.append(f"| {c} | {th} | {len(empty)} | {len(gold)} | {len(missed)} | {len(flagged)} | "
                         f"{len(fg)} ({p1}) | {len(fm)} ({p2}) | {len(reached)} / {all_missed} |")
    if by_set:
        lines += ["", "| set | " + " | ".join(f"{c} flagged / holding missed" for c in CATS) + " |",
                  "|---|" + "---|" * len(CATS)]
        for s in STUDIED:
            cells = []
            for c in CATS:
                idx = [i for i, r in enumerate(sentences) if r.set == s and c not in r.rule and probs[c][i] >= 0.7]
                cells.append(f"{len(idx)} / {sum(c in sentences[i].missed for i in idx)}")
            lines.append(f"| {s} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def auc(result: dict) -> str:
    from sklearn.metrics import average_precision_score, roc_auc_score

    sentences, probs = result["sentences"], result["probs"]
    out = []
    for c in CATS:
        y = [c in r.gold for r in sentences]
        empty = [i for i, r in enumerate(sentences) if c not in r.rule]
        ye = [c in sentences[i].missed for i in empty]
        out.append(f"{c}: all sentences ROC-AUC {roc_auc_score(y, probs[c]):.3f} AP {average_precision_score(y, probs[c]):.3f}"
                   f" (base {sum(y) / len(y):.2f}); rule-empty, holding a missed fact: AUC "
                   f"{roc_auc_score(ye, [probs[c][i] for i in empty]):.3f} AP "
                   f"{average_precision_score(ye, [probs[c][i] for i in empty]):.3f} (base {sum(ye) / len(ye):.2f})")
    return "\n".join(out)


if __name__ == "__main__":
    rows = pickle.loads(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/learn_rows.pkl").read_bytes())
    result = loso(rows)
    print(auc(result))
    print()
    print(table(result, by_set=True))
    if len(sys.argv) > 2:
        Path(sys.argv[2]).write_bytes(pickle.dumps(result))
