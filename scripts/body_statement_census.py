"""Census of gold statements credited to a body (a ministry, office, army, government, a joint statement), found or
lost, on the studied sets (x21itsaid). For each lost one: the sentence holding its keyword and our statements that
hold the keyword, with their speakers — to name the step that drops it.

    nice .venv/bin/python scripts/body_statement_census.py [--sets corpus,blind4,...] [--show]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.evaluate import scoring  # noqa: E402
from kg.evaluate.matching import _group  # noqa: E402

import census_run  # noqa: E402
from veto_audit import STUDIED  # noqa: E402

_BODY = re.compile(r"ministry|ministries|office|army|government|statement|department|council|commission|embassy|"
                   r"presidency|agency|police|forces|navy|command|secretariat|communiqu|declaration|readout|"
                   r"administration|cabinet|mfa|mea|ispr|kremlin|white house|pentagon|bureau|service|guard|"
                   r"authorities|corps|directorate|headquarters", re.IGNORECASE)
COUNT: Counter[str] = Counter()
SHOWN: list[str] = []
PATHS = {p.stem: p for d in STUDIED.values() for p in d.glob("*.txt")}


def _kw(k: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(k.lower()).replace(r"\-", "[- ]").replace(r"\ ", "[- ]"), re.IGNORECASE)


def _wrap(original):
    def score(out, gold, predicted, gold_person_of, gold_org_forms):
        before = len(out.misses["statements"])
        original(out, gold, predicted, gold_person_of, gold_org_forms)
        missed = set(out.misses["statements"][before:])
        body = PATHS[out.article].read_text().split("---", 2)[-1]
        sentences = [s for s in re.split(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])|\n+", body) if s.strip()]
        ours = [(', '.join(p.all('speakerName')) or '?', p.get("text") or "", p.get("rule") or "")
                for p in _group(predicted.get("statements") or [], "statement")]
        people = [[g["name"], *(g.get("aliases") or [])] for g in gold.get("people") or []]
        for g in gold.get("statements") or []:
            by = g.get("by") or ""
            kind = scoring._gold_speaker(by, people, gold_org_forms)[0]
            if kind == "person" or not _BODY.search(by):
                continue
            keys = g.get("keywords") or []
            lost = f"{by}: {', '.join(keys)}" in missed
            COUNT["lost" if lost else "found"] += 1
            held = [s for s in sentences if any(_kw(k).search(s) for k in keys)]
            with_kw = [f"{sp} <{r}>" for sp, text, r in ours if any(_kw(k).search(text) for k in keys)]
            SHOWN.append(f"{'LOST ' if lost else 'found'} {out.article}: {by} {keys}\n     | {(held or [''])[0][:300]}"
                         + (f"\n     ours: {'; '.join(with_kw)[:300]}" if lost else ""))
    return score


def _patch() -> None:
    scoring._score_statements = _wrap(scoring._score_statements)


def _report(show: bool) -> None:
    print(dict(COUNT))
    if show:
        print("\n".join(SHOWN))


def main() -> None:
    census_run.run(_patch, _report)


if __name__ == "__main__":
    main()
