"""x16agreeDup: candidate duplicate agreement pairs in a bank dump (scripts/bank_diff.py dump): two facts of one report that share a sentence, whose descriptions overlap or one holds the other, or that name one titled document.

    python scripts/agreement_pair_census.py DUMP.json [N [SEED]]     # counts; with N, a seeded sample of N pairs
"""
import json, re, sys, random
from collections import Counter
STOP = set("a an the to of and or in on for with by at from as that this these those their its our we they both each other there will be would can is are was were have has had so which who also more further between two sides countries side country".split())
DOC = re.compile(r"\b(MoUs?|memorand\w+|treaty|treaties|pact|accord|agreements?|deal|protocol|convention|declaration|charter|ceasefire|truce|contract|roadmap|plan|framework|arrangement)\b", re.I)
def parse(f):
    m = re.match(r"(\w+): (.*) \[(.*)\]$", f, re.S)
    return (m.group(1), m.group(2), m.group(3)) if m else ("?", f, "")
def toks(t):
    return {w.lower()[:5] for w in re.findall(r"[A-Za-z][\w-]+", t) if w.lower() not in STOP}
def pairs(d):
    out = []
    for art, facts in d.items():
        ag = [(parse(f), r, s) for c, f, r, s in facts if c == "agreements"]
        for i in range(len(ag)):
            for j in range(i + 1, len(ag)):
                (sa, da, pa), ra, xa = ag[i]
                (sb, db, pb), rb, xb = ag[j]
                ta, tb = toks(da), toks(db)
                why = []
                if xa == xb: why.append("same-sent")
                if ta and tb:
                    inter = len(ta & tb)
                    if inter / min(len(ta), len(tb)) >= 0.8: why.append("contained")
                    elif inter / len(ta | tb) >= 0.5: why.append("overlap")
                dna = {m.lower().rstrip("s")[:5] for m in DOC.findall(da)}; dnb = {m.lower().rstrip("s")[:5] for m in DOC.findall(db)}
                caps_a = set(re.findall(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+", da)); caps_b = set(re.findall(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+", db))
                if caps_a & caps_b and (dna & dnb): why.append("same-title")
                if why:
                    out.append((art, why, (sa, da, pa, ra, xa), (sb, db, pb, rb, xb)))
    return out
if __name__ == "__main__":
    d = json.load(open(sys.argv[1]))
    P = pairs(d)
    print(len(P), "pairs in", len({p[0] for p in P}), "reports;", sum(len([f for f in v if f[0]=="agreements"]) for v in d.values()), "agreements")
    print(Counter("+".join(p[1]) for p in P).most_common())
    print(Counter(tuple(sorted((p[2][3], p[3][3]))) for p in P if "same-sent" in p[1]).most_common(15))
    if len(sys.argv) > 2:
        n = int(sys.argv[2]); seed = int(sys.argv[3]) if len(sys.argv) > 3 else 16
        for k, (art, why, a, b) in enumerate(random.Random(seed).sample(P, min(n, len(P))), 1):
            print(f"\n{k}. {art} {why}\n  A [{a[3]}] {a[0]}: {a[1]} [{a[2]}]\n     S: {a[4][:300]}\n  B [{b[3]}] {b[0]}: {b[1]} [{b[2]}]\n     S: {b[4][:300] if b[4]!=a[4] else '(same)'}")
