"""Issue 8: gold statements, agreements and threats lost at matching rather than never found.

    nice .venv/bin/python scripts/match_losses.py [--sets corpus,blind4,...] [--show]

For every gold fact the scorer leaves unmatched, the facts of its category that are also left unmatched in the same
article are looked at: a statement whose speaker matches but whose text has no gold keyword ("keyword-outside-span"),
one whose text has a keyword but whose speaker does not match ("speaker-differs"; the two names are shown with
--show), an agreement or threat that shares words with the gold one but none of its keywords ("near-wording"), a
threat whose wording we have but whose concept already matched another gold threat of the report (the scorer
groups threat rows by concept: "found-but-grouped-by-concept").
What remains was never found. Only the studied sets are read (the same list as scripts/veto_audit.py).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.evaluate import scoring  # noqa: E402
from kg.evaluate.matching import _group, _org_strength, _speaker_words, _tokens, name_strength  # noqa: E402

import census_run  # noqa: E402

TALLY: Counter[str] = Counter()
SHOWN: list[str] = []
_STOP = frozenset("the a an of and in on to for with by from at its their his her as is was that this".split())


def _content(text: str | None) -> set[str]:
    return {w for w in _tokens(text) if w not in _STOP and len(w) > 2}


def _wrap_statements(original):
    def score(out, gold, predicted, gold_person_of, gold_org_forms):
        before = len(out.misses["statements"])
        original(out, gold, predicted, gold_person_of, gold_org_forms)
        missed = set(out.misses["statements"][before:])
        gold_statements = gold.get("statements") or []
        statements = _group(predicted.get("statements") or [], "statement")
        people = [[g["name"], *(g.get("aliases") or [])] for g in gold.get("people") or []]
        for g in gold_statements:
            if f"{g.get('by')}: {', '.join(g.get('keywords') or [])}" not in missed:
                continue
            by = g.get("by") or ""
            keys = g.get("keywords") or []
            same_speaker, with_keyword = [], []
            for p in statements:
                forms = [*p.all("speakerName"), *p.all("speakerAlias")]
                person = next((f for f in people if name_strength(f, [by]) >= 2), None)
                if person:
                    ok = bool(name_strength(person, forms))
                else:
                    org = [f for f in gold_org_forms if _org_strength(f, [by])]
                    ok = bool(_org_strength(org[0], forms)) if org else bool(
                        any(_speaker_words(by) & _speaker_words(f) for f in forms))
                hit = scoring._hits(keys, p.all("text"))
                if ok and not hit:
                    same_speaker.append(p)
                if hit and not ok:
                    with_keyword.append(p)
            if with_keyword:
                TALLY["statements:speaker-differs"] += 1
                SHOWN.append(f"{out.article}: gold {by!r} {keys} / ours "
                             f"{[x.all('speakerName') for x in with_keyword][:2]}")
            elif same_speaker:
                TALLY["statements:keyword-outside-span"] += 1
                SHOWN.append(f"{out.article}: gold {by!r} {keys} / ours (same speaker) "
                             f"{[(x.get('text') or '')[:100] for x in same_speaker][:2]}")
            else:
                TALLY["statements:not-found"] += 1
                SHOWN.append(f"{out.article}: gold {by!r} {keys} / not found")
    return score


def _wrap_labelled(original, category: str, field: str, about: str):
    def score(out, gold, predicted):
        before = len(out.misses[category])
        false_before = len(out.false_positives[category])
        original(out, gold, predicted)
        missed = out.misses[category][before:]
        false = out.false_positives[category][false_before:]
        golds = {(g.get("about") if category == "agreements" else g.get("label")) or "?": g
                 for g in gold.get(category) or []}
        labels = [r.get(field) or "" for r in predicted.get(category) or []]
        for g in missed:
            words = _content(g.split(" [")[0])
            near = [f for f in false if len(words & _content(f)) >= 2]
            keys = (golds.get(g.split(" [")[0]) or {}).get("keywords") or []
            found = [x for x in labels if scoring._hits(keys, [x])]
            if category == "threats" and found:
                # the wording is there, but the scorer groups a report's threat rows by concept: one item per
                # concept, matched to one gold threat ("Los Lobos" and "Clan del Golfo" are both criminal gangs)
                TALLY[f"{category}:found-but-grouped-by-concept"] += 1
                SHOWN.append(f"{out.article}: gold {g!r} / our wording {found[:2]}")
            elif near:
                TALLY[f"{category}:near-wording"] += 1
                SHOWN.append(f"{out.article}: gold {g!r} / ours {near[:2]}")
            else:
                TALLY[f"{category}:not-found"] += 1
    return score


def _patch() -> None:
    scoring._score_statements = _wrap_statements(scoring._score_statements)
    scoring._score_agreements = _wrap_labelled(scoring._score_agreements, "agreements", "description", "about")
    scoring._score_threats = _wrap_labelled(scoring._score_threats, "threats", "label", "label")


def _report(show: bool) -> None:
    for key, n in sorted(TALLY.items()):
        print(f"{key:40} {n:5}")
    if show:
        print("\n".join(SHOWN))


def main() -> None:
    census_run.run(_patch, _report)


if __name__ == "__main__":
    main()
