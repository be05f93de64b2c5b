"""Census of the one-document-one-statement merge (kg.extract.statements._append), x21itsaid: the merge is switched
off for speakers that are not people, each "it said" / "the statement said" / "according to the statement" sentence
it would have joined to the statement before is kept apart and marked, and the studied sets are scored. A marked
statement that matches a gold statement is one the gold counts apart (the merge loses it); one that does not is one
the gold counts with the statement before (splitting adds a false statement). Joint documents (speakers "A and B")
and single bodies are listed apart.

    nice .venv/bin/python scripts/continuation_split_census.py [--sets corpus,blind4,...] [--show]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.evaluate import scoring  # noqa: E402
from kg.evaluate.matching import _group  # noqa: E402

import census_run  # noqa: E402

MARK = "⁂ "
COUNT: Counter[str] = Counter()
SHOWN: list[str] = []


def _append(out, statement, state) -> None:
    previous = out[-1] if out else None
    if previous and state.how == "document" and previous.speaker.key == statement.speaker.key:
        if statement.speaker.kind == "person":
            previous.text = f"{previous.text} … {statement.text}"
            previous.support.evidence.extend(e for e in statement.support.evidence if e not in previous.support.evidence)
            return
        statement.text = MARK + statement.text
    out.append(statement)


def _wrap(original):
    def score(out, gold, predicted, gold_person_of, gold_org_forms):
        before = len(out.false_positives["statements"])
        original(out, gold, predicted, gold_person_of, gold_org_forms)
        false = out.false_positives["statements"][before:]
        for p in _group(predicted.get("statements") or [], "statement"):
            text = p.get("text") or ""
            if MARK.strip() not in text:
                continue
            names = ", ".join(p.all("speakerName")) or "?"
            kind = "joint document" if " and " in names else "single body"
            verdict = "gold counts it with the one before" if f"{names}: {text[:80]}" in false else "gold counts it apart"
            COUNT[f"{kind}: {verdict}"] += 1
            SHOWN.append(f"[{kind}: {verdict}] {out.article}: {names}: {text[:160]}")
    return score


def _patch() -> None:
    from kg.extract import statements
    statements._append = _append
    scoring._score_statements = _wrap(scoring._score_statements)


def _report(show: bool) -> None:
    for key, n in sorted(COUNT.items()):
        print(f"  {n:4}  {key}")
    if show:
        print("\n".join(SHOWN))


def main() -> None:
    census_run.run(_patch, _report)


if __name__ == "__main__":
    main()
