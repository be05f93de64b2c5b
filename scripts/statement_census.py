"""Issue 8: a census of the studied sets' missed and spurious statements, by cause.

    nice .venv/bin/python scripts/statement_census.py [--sets corpus,blind4,...] [--show]

Each missed gold statement is classed by the sentence that holds its keyword: our statement with the keyword already
matched another gold one (one statement where gold has two), our statement with the keyword has another speaker,
the sentence read but the keyword outside our words, or the sentence not read — then by the reporting frame the
sentence has ("according to", "the statement said / it said", "told", "noted/stressed/...", "expressed/voiced",
"called for/urged", "accused", "warned/vowed/pledged", plain "said", a quotation alone, no reporting verb at all).
Each false statement is classed by its speaker against the gold's: a gold speaker with a miss of its own in the report
(the keyword is in another of its sentences), a gold speaker without one (the gold counts fewer of its sentences), an
outlet, or a speaker the gold does not credit. Only the studied sets are read (scripts/veto_audit.py's list).
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.evaluate import scoring  # noqa: E402
from kg.evaluate.matching import _group  # noqa: E402

import census_run  # noqa: E402
from veto_audit import STUDIED  # noqa: E402

FRAMES = [
    ("according to", r"\baccording to\b"),
    ("statement/it said", r"\b(?:statement|communiqu|declaration|readout|press release)\b|\bit (?:said|added|says)\b"),
    ("told", r"\btold\b"),
    ("noted/stressed/...", r"\b(?:not(?:ed|ing)|stress(?:ed|ing)|underlin(?:ed|ing)|emphasi[sz](?:ed|ing)|"
                           r"highlight(?:ed|ing)|reiterat(?:ed|ing)|recall(?:ed|ing)|reaffirm(?:ed|ing)|point(?:ed|ing) out)\b"),
    ("expressed/voiced", r"\b(?:express(?:ed|ing)|voic(?:ed|ing)|welcom(?:ed|ing))\b"),
    ("called for/urged", r"\b(?:call(?:ed|ing) for|urg(?:ed|ing)|request(?:ed|ing)|ask(?:ed|ing)|demand(?:ed|ing))\b"),
    ("accused", r"\b(?:accus(?:ed|ing|ations?)|blam(?:ed|ing)|criticis|condemn)"),
    ("warned/vowed/pledged", r"\b(?:warn(?:ed|ing)|vow(?:ed|ing)|pledg(?:ed|ing)|promis(?:ed|ing)|assur(?:ed|ing|ances))\b"),
    ("said/says (plain)", r"\b(?:said|says|say|saying|added|declared|announced|insist(?:ed|s)|claimed|posted|wrote)\b"),
    ("quotation only", r"^[“\"]|[”\"]$"),
]
_OUTLET = re.compile(r"agency|news|press|times|tass|xinhua|reuters|afp|\bani\b|wam|media|report|daily|post|\btv\b|radio",
                     re.IGNORECASE)
MISSED: Counter[str] = Counter()
FALSE: Counter[str] = Counter()
SHOWN: list[str] = []
PATHS = {p.stem: p for d in STUDIED.values() for p in d.glob("*.txt")}


def _kw(k: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(k.lower()).replace(r"\-", "[- ]").replace(r"\ ", "[- ]"), re.IGNORECASE)


def _frame(sentence: str) -> str:
    return next((name for name, rx in FRAMES if re.search(rx, sentence, re.IGNORECASE)), "no reporting verb")


def _words(name: str) -> set[str]:
    return set(re.findall(r"\w+", name.lower())) - {"the", "of", "and", "ministry", "foreign", "affairs", "s"}


def _wrap(original):
    def score(out, gold, predicted, gold_person_of, gold_org_forms):
        before, false_before = len(out.misses["statements"]), len(out.false_positives["statements"])
        original(out, gold, predicted, gold_person_of, gold_org_forms)
        missed = set(out.misses["statements"][before:])
        false = out.false_positives["statements"][false_before:]
        body = PATHS[out.article].read_text().split("---", 2)[-1]
        sentences = [s for s in re.split(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])|\n+", body) if s.strip()]
        ours = [(f"{', '.join(p.all('speakerName')) or '?'}: {(p.get('text') or '')[:80]}", p.get("text") or "")
                for p in _group(predicted.get("statements") or [], "statement")]
        missed_by = []
        for g in gold.get("statements") or []:
            keys = g.get("keywords") or []
            if f"{g.get('by')}: {', '.join(keys)}" not in missed:
                continue
            missed_by.append(g.get("by") or "")
            held = [s for s in sentences if any(_kw(k).search(s) for k in keys)]
            with_kw = [(desc in false) for desc, text in ours if any(_kw(k).search(text) for k in keys)]
            if not held:
                cls = "keyword not in the text"
            elif with_kw and not all(with_kw):
                cls = "one statement where gold has two"
            elif with_kw:
                cls = "speaker differs"
            elif any(text[:40].strip() and text[:40].strip() in " ".join(held) for _, text in ours):
                cls = "span cut: sentence read, keyword outside our words"
            else:
                cls = "sentence not read: " + _frame(held[0])
            MISSED[cls] += 1
            SHOWN.append(f"missed [{cls}] {out.article}: {g.get('by')} {keys} | {(held or [''])[0][:160]}")
        gold_by = [g.get("by") or "" for g in gold.get("statements") or []]
        for f in false:
            speaker = f.split(": ", 1)[0]
            if any(_words(speaker) & _words(g) for g in gold_by):
                cls = ("gold speaker, keyword in another of its sentences" if any(_words(speaker) & _words(m)
                                                                                  for m in missed_by)
                       else "gold speaker, gold counts fewer of its sentences")
            elif _OUTLET.search(speaker):
                cls = "reporter/outlet credited"
            elif not gold_by:
                cls = "article has no gold statements"
            else:
                cls = "speaker the gold does not credit"
            FALSE[cls] += 1
            SHOWN.append(f"false [{cls}] {out.article}: {f[:160]}")
    return score


def _patch() -> None:
    scoring._score_statements = _wrap(scoring._score_statements)


def _report(show: bool) -> None:
    print(f"missed statements ({sum(MISSED.values())})")
    for key, n in MISSED.most_common():
        print(f"  {n:4}  {key}")
    print(f"false statements ({sum(FALSE.values())})")
    for key, n in FALSE.most_common():
        print(f"  {n:4}  {key}")
    if show:
        print("\n".join(SHOWN))


def main() -> None:
    census_run.run(_patch, _report)


if __name__ == "__main__":
    main()
