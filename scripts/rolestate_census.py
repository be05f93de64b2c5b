"""x21rolestate census: which source decided each person's (and each post's) state, and how often it is right.

    .venv/bin/python scripts/rolestate_census.py                 # studied golds: K/N per source, people and roles
    .venv/bin/python scripts/rolestate_census.py --wrong         # ... and every wrong state with its source
    .venv/bin/python scripts/rolestate_census.py --bank DIR N    # a seeded sample of N roles of a bank, with source
                                                                 # and sentence, to judge by eye

A person's state is tagged with the step that set it: a step of persons.find (diffed before/after each call that
takes the context: title chains, counterparts, delegation frames, coreference ...) or one branch of
persons._fill_states (known person, state ahead in the sentence, state after the holder, represented-by, the
home-state fallback and its other-side turn). A post's state is its own (the chain named it: `role-own`) or its
holder's (tagged with the holder's source). Gold people are matched by name or alias; a gold state that is no country
(an international body's officer) counts as "none".
"""
from __future__ import annotations

import functools
import inspect
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg import sources  # noqa: E402
from kg.extract import (coreference, person_counterparts, person_names, person_posts, person_roles,  # noqa: E402
                        person_states, persons, reference)
from kg.extract.names import tokens  # noqa: E402
from kg.extract.posts import country_of  # noqa: E402
from kg.extract.rules import RuleExtractor  # noqa: E402

MODULES = [persons, person_counterparts, person_names, person_posts, person_roles, coreference]
SOURCE: dict[str, str] = {}        # person key -> source that last set its state (this report)
CTX: list = []
_depth = [0]


def _states(ctx) -> dict[str, str | None]:
    return {k: p.country for k, p in ctx.persons.items()}


def _wrap(name, fn):
    @functools.wraps(fn)
    def inner(ctx, *args, **kwargs):
        before = _states(ctx)
        out = fn(ctx, *args, **kwargs)
        for k, c in _states(ctx).items():
            if c is not None and before.get(k) != c and SOURCE.get(k, ("", None))[1] != c:
                SOURCE[k] = (name, c)  # innermost call that changed it tags it first
        return out
    return inner


def _install() -> None:
    wrapped = {}
    for mod in MODULES:
        for name, obj in list(vars(mod).items()):
            if not inspect.isfunction(obj) or name in ("_fill_states", "find", "_states"):
                continue
            params = list(inspect.signature(obj).parameters)
            if not params or params[0] != "ctx" or not obj.__module__.startswith("kg.extract"):
                continue
            if id(obj) not in wrapped:
                wrapped[id(obj)] = _wrap(f"{obj.__module__.rsplit('.', 1)[-1]}.{name}", obj)
            setattr(mod, name, wrapped[id(obj)])
    original_find = persons.find

    def find(ctx):
        CTX.append(ctx)
        return original_find(ctx)
    persons.find = find
    persons._fill_states = _fill_states_tagged


def _fill_states_tagged(ctx) -> None:
    """persons._fill_states, each branch tagged (kept in step with it by hand)."""
    P = persons
    for key, person in ctx.persons.items():
        bodies = [ctx.organizations[r.organization] for r in person.roles if r.organization]
        international = any(o.country is None and o.kind in P._NO_STATE_KINDS for o in bodies)
        for role in person.roles:
            role._own = role.country is not None
        if person.country is None and not international:
            known = [c for full, c in reference.known_people().get(tokens(person.name)[-1], []) if full == person.name]
            tag = None
            if known:
                person.country, tag = (known[0] or None), "known-person"
            elif ctx.person_sentence_country.get(key):
                person.country, tag = ctx.person_sentence_country[key], "state-ahead-in-sentence"
            elif (c := P._state_after_holder(ctx, person)):
                person.country, tag = c, "state-after-holder"
            elif (c := P._represented_state(ctx, person)):
                person.country, tag = c, "represented-by"
            if person.country is None and not any(o.country is None for o in bodies):
                person.country = P._home_fallback(ctx, person)
                tag = _home_tag(ctx, person) if person.country else None
                if person.country and person.country == ctx.home_country:
                    ctx.home_fallback.add(key)  # as persons._fill_states: the later readers of the fallback see it
            if tag:
                SOURCE[key] = (tag, person.country)
        for role in person.roles:
            role.country = role.country or person.country


def _home_tag(ctx, person) -> str:
    home = ctx.home_country
    if person.country != home:
        return "home-other-side"
    spans = {(e.start, e.end) for role in person.roles for e in role.support.evidence}
    if any(cm.key == home and s <= cm.start and cm.end <= e for s, e in spans for cm in ctx.country_mentions):
        return "home-named-in-sentence"
    return "home-fallback-plain"


def _code(name: str | None) -> str | None:
    if not name:
        return None
    return country_of(name) or reference.countries().code(name)


def _gold_person(gold_people, person):
    names = {person.name.lower(), *(a.lower() for a in person.aliases)}
    for g in gold_people:
        if names & {g["name"].lower(), *(a.lower() for a in g.get("aliases", []))}:
            return g
    last = tokens(person.name)[-1].lower()
    hits = [g for g in gold_people if tokens(g["name"])[-1].lower() == last]
    return hits[0] if len(hits) == 1 else None


def extract(path: Path):
    SOURCE.clear()
    CTX.clear()
    ex = EXTRACTOR.extract(sources.load(path))
    return ex, dict(SOURCE), (CTX[-1] if CTX else None)


def studied_folders():
    shared, data = REPO.parent / "shared", REPO / "tests" / "data"
    yield "seeds", REPO / "data" / "articles", REPO / "data" / "gold"
    for n in ("corpus", "corpus2"):
        yield n, shared / n, shared / n
    for n in ["heldout", "heldout2"] + [f"blind{i}" for i in (4, 5, 6, 7, 8, 9, 10, 11, 12, 14)]:
        yield n, data / n, data / n


def studied(show_wrong: bool) -> None:
    people, roles = defaultdict(Counter), defaultdict(Counter)
    wrong = []
    for set_name, folder, gold_dir in studied_folders():
        for txt in sorted(folder.glob("*.txt")):
            gp = gold_dir / f"{txt.stem}.gold.json"
            if not gp.exists():
                continue
            gold = json.loads(gp.read_text()).get("people", [])
            ex, source, ctx = extract(txt)
            for p in ex.persons:
                g = _gold_person(gold, p)
                if g is None:
                    continue
                want = _code(g.get("country"))
                src = source.get(p.key, ("unset", None))[0] if p.country else "no-state"
                ok = p.country == want
                people[src]["n"] += 1
                people[src]["k"] += ok
                if not ok:
                    wrong.append(("person", set_name, txt.stem, p.name, p.country, want, src, ""))
                for r in p.roles:
                    rsrc = "role-own" if getattr(r, "_own", False) else (f"holder:{src}" if r.country else "no-state")
                    rok = r.country == want
                    roles[rsrc]["n"] += 1
                    roles[rsrc]["k"] += rok
                    if not rok:
                        wrong.append(("role", set_name, txt.stem, f"{p.name} — {r.title}", r.country, want, rsrc,
                                      r.support.rule))
    for label, table in (("PEOPLE", people), ("ROLES", roles)):
        tk, tn = sum(c["k"] for c in table.values()), sum(c["n"] for c in table.values())
        print(f"{label}: state right {tk}/{tn} = {tk / max(tn, 1):.3f}")
        for src, c in sorted(table.items(), key=lambda kv: -kv[1]["n"]):
            print(f"  {src:45s} {c['k']:4d}/{c['n']:<4d} {c['k'] / c['n']:.2f}")
    if show_wrong:
        for w in wrong:
            print("  WRONG", " | ".join(str(x) for x in w))


def bank(folder: Path, n: int, seed: int = 21) -> None:
    rows = []
    for path in sources.discover([folder]):
        ex, source, ctx = extract(path)
        for p in ex.persons:
            src = source.get(p.key, ("unset", None))[0] if p.country else "no-state"
            for r in p.roles:
                rsrc = "role-own" if getattr(r, "_own", False) else (f"holder:{src}" if r.country else "no-state")
                sent = r.support.evidence[0].text if r.support.evidence else ""
                rows.append((path.name, f"{p.name} — {r.title}", r.country, rsrc, ctx.home_country if ctx else None,
                             sent.replace("\n", " ")[:300]))
    print(Counter(r[3] for r in rows).most_common())
    for r in random.Random(seed).sample(rows, min(n, len(rows))):
        print(" | ".join(str(x) for x in r))


EXTRACTOR = None
if __name__ == "__main__":
    _install()
    EXTRACTOR = RuleExtractor()
    if "--bank" in sys.argv:
        i = sys.argv.index("--bank")
        bank(Path(sys.argv[i + 1]), int(sys.argv[i + 2]))
    elif "--home" not in sys.argv:
        studied("--wrong" in sys.argv)


def home_detail() -> None:
    """Every person the home-state fallback decided on the studied golds: right or not, the home state, the sentence's
    states before and after the person, the report's main states."""
    for set_name, folder, gold_dir in studied_folders():
        for txt in sorted(folder.glob("*.txt")):
            gp = gold_dir / f"{txt.stem}.gold.json"
            if not gp.exists():
                continue
            gold = json.loads(gp.read_text()).get("people", [])
            ex, source, ctx = extract(txt)
            for p in ex.persons:
                src = source.get(p.key, ("unset", None))[0]
                g = _gold_person(gold, p)
                if g is None or not src.startswith("home"):
                    continue
                want = _code(g.get("country"))
                person = ctx.persons.get(p.key)
                spans = {(e.start, e.end) for r in p.roles for e in r.support.evidence}
                for s, e in sorted(spans)[:1]:
                    at = min((pm.start for pm in ctx.person_mentions if pm.key == p.key and s <= pm.start < e),
                             default=s)
                    before = [cm.key for cm in ctx.country_mentions if s <= cm.start and cm.end <= at]
                    after = [cm.key for cm in ctx.country_mentions if at <= cm.start and cm.end <= e]
                    print(f"{'OK ' if p.country == want else 'BAD'} {src:22s} home={ctx.home_country} got={p.country} "
                          f"gold={want} main={ctx.main_countries()} before={before} after={after} | {p.name} | "
                          f"{set_name}/{txt.stem[:30]} | {ctx.text[s:e][:260]!r}")


if __name__ == "__main__" and "--home" in sys.argv:
    home_detail()
