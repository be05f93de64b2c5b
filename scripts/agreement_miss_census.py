"""Round x16 (x16agreeR): a census of missed agreement shapes on a bank of unannotated reports.

    .venv/bin/python scripts/agreement_miss_census.py REGEX [--bank /work/devbank] [--show] [--n N]

Every bank sentence that REGEX matches and no agreement fact cites (as any of its evidence sentences), counted by
report and outlet, then sorted by what happened to it: no trigger row matched ("no-clause"), a named veto dropped
the clause ("vetoed:<veto>"), or a clause survived and was merged or dropped later. ``--show`` prints a seeded sample
of N sentences with the clauses read in each and the veto that fired. The extractor is hooked in this process only."""
import sys, re, random, os
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent.parent))
from pathlib import Path
from collections import defaultdict, Counter
from kg import sources
from kg.extract.agreements import steps as A   # the part that reads the veto tables and _clauses
from kg.extract.rules import RuleExtractor
rx = re.compile(sys.argv[1])
show = '--show' in sys.argv
log = defaultdict(list)   # sentence text -> events
def wrap(name, f):
    def g(ctx, c):
        r = f(ctx, c)
        if r: log[c.sentence.text].append(f"[{c.trigger.name}] VETO {name}: {c.desc[:70]!r}")
        return r
    return g
A.WORD_VETOES = tuple((n, wrap(n, f)) for n, f in A.WORD_VETOES)
A.ACTOR_VETOES = tuple((n, wrap(n, f)) for n, f in A.ACTOR_VETOES)
orig = A._clauses
def cl(ctx, s, off):
    out = orig(ctx, s, off)
    for c in out: log[s.text].append(f"[{c.trigger.name}] clause {c.m.group()!r}")
    return out
A._clauses = cl
ex_ = RuleExtractor()
rows = []
bank = sys.argv[sys.argv.index('--bank') + 1] if '--bank' in sys.argv else '/work/devbank'
for p in sorted(Path(bank).glob('*.txt')):
    log.clear()
    doc = sources.load(p)
    ex = ex_.extract(doc)
    cited = {sp.text for a in ex.agreements for sp in a.support.evidence}
    from kg.extract import sentences
    for s in sentences.split(doc.text):
        if rx.search(s.text) and s.text not in cited:
            rows.append((p.name, doc.publisher, s.text, list(log.get(s.text, []))))
print(f"uncited: {len(rows)} sentences, {len({r[0] for r in rows})} reports, {len({r[1] for r in rows})} outlets")
kinds = Counter()
for r in rows:
    ev = r[3]
    k = 'no-clause' if not ev else ('vetoed:' + ','.join(sorted({e.split('VETO ')[1].split(':')[0] for e in ev if 'VETO' in e})) if any('VETO' in e for e in ev) else 'clause-kept-but-dropped')
    kinds[k] += 1
for k, v in kinds.most_common(): print(f"  {v:4} {k}")
if show:
    n = int(sys.argv[sys.argv.index('--n') + 1]) if '--n' in sys.argv else 30
    random.seed(2)
    for r in random.sample(rows, min(n, len(rows))):
        print('-', r[0][:45], '|', r[1][:20], '|', r[2][:280]); [print('     ', e) for e in r[3]]
