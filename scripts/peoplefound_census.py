"""x20peoplefound census: name-shaped spans standing where a person stands that the extractor does not return as a person.

    .venv/bin/python scripts/bank_diff.py dump /work/devbank BASE.json
    .venv/bin/python scripts/peoplefound_census.py BASE.json [N]     # positions: subject of a verb, after a post
                                                                     # word or rank, after "counterpart"; N sampled
    .venv/bin/python scripts/peoplefound_census.py BASE.json --shapes  # the lead's shapes: abbreviated rank, post
                                                                     # "in PLACE, Name", plural post in apposition,
                                                                     # a long remit with commas/"and" before a name

A span counts as missed when none of its words is a word of any person the dump lists for that report; states,
cities, nationalities and the name grammar's stop words are left out. Classing (person / not) is by eye.
"""
import collections
import json
import random
import re
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kg.extract.names import NAME as KNAME, STOP_WORDS
from kg.extract import reference
C = reference.countries()
GEO = set(C.names)|set(C.adjectives)|set(C.cities)
base = json.load(open(sys.argv[1]))
BANK = Path('/work/devbank')
W = r"[A-Z][a-zA-Z'’.-]+"
PART = r"(?:bin|binti|ould|dos|da|de|del|van|der|von|al|el|Al|El|ibn|Abu|abu|bint)"
NM = rf"({KNAME})"
VERBS = r"(?:said|says|met|meets|visited|signed|told|added|stated|noted|announced|held|welcomed|received|urged|warned|called|stressed|discussed|led|will|would|has|had|is|was)"
SHAPES = {
  'subject-verb': re.compile(rf"(?:^|(?<=[.;:] )|(?<=\n))\s*{NM}(?:,\s+[^,]{{3,60}},)?\s+{VERBS}\b"),
  'rank': re.compile(rf"(?<![\w])(?:Lit|Lt|Lieut|Maj|Brig|Gen|Col|Adm|Cdr|Capt|Air|Rear|Vice)[.\s-]+(?:[A-Z][a-z]+\.?\s+)?{NM}"),
  'counterpart': re.compile(rf"counterparts?,?\s+(?:{W}\s+)?{NM}"),
  'post-name': re.compile(rf"(?:Minister|President|Secretary|Ambassador|Chief|General|Commander|Governor|Premier|Chairman|Director|Envoy|Adviser|Advisor|Speaker)(?:\s+(?:of|for)\s+[^.;]{{3,80}}?)?,?\s+{NM}(?=[\s,.;])"),
  'and-counterpart': re.compile(rf"{NM}\s+and\s+(?:his|her)\s+(?:{W}\s+)?counterpart"),
}
BAD = set("""The This That These Those He She It They We I His Her Their Its Our A An In On At For With From By As But And Or If When While After Before During Mr Mrs Ms Dr Minister Ministry President Prime Secretary General Government Army Navy Air Force Forces Defence Defense Foreign Affairs Council Committee Office Department State States United Republic Union National Ministers Chief Staff Security Office Agency Commission Assembly Parliament Party Embassy Kingdom Federal Military Armed Deputy Vice Ambassador Director Commander Governor Chairman Joint Both Meanwhile However Also Earlier Later Today Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Minister's Sources Source Officials Reports Statement News Agency Press Corps Division Brigade Regiment Battalion Command Operations Forum Summit Conference Meeting Talks Bank Fund Organization Organisation Group Association Institute University Center Centre""".split())
if '--shapes' in sys.argv:
    SH2 = {
     'rank-abbrev': re.compile(rf"(?<![\w.-])(?P<pre>(?:Lit|Lt|Lieut|Maj|Brig|Gen|Col|Adm|Cdr|Capt|Cmdr|Gp\s*Capt|Wg\s*Cdr|Sqn\s*Ldr|AVM|ACM|Air\s*Cdre|Cdre|RAdm|VAdm|Maj|Sgt|Insp|Supt|CP|IGP|DIG|SP)[.\s-]+(?:[A-Z][a-z]{{1,8}}\.?[\s-]+)?(?:\((?:[Rr]td|[Rr]etd|R)\.?\)\s*)?)(?P<n>{KNAME})"),
     'post-in-place': re.compile(rf"(?:Ambassador|Envoy|Consul(?:-General)?|High Commissioner|Charg[eé] d['’]Affaires|Representative|Attach[eé])\s+(?:in|to|at)\s+(?:[A-Z][\w'’-]+\s*){{1,3}},\s+(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Dr\.?\s+)?(?P<n>{KNAME})"),
     'plural-apposition': re.compile(rf"(?:presidents|ministers|leaders|counterparts|envoys|ambassadors|officials|chiefs|generals|commanders|secretaries)\s+(?:of\s+[A-Z][\w ]{{2,30}})?,\s+(?P<n>{KNAME})\s+and\s+(?P<n2>{KNAME})"),
     'long-remit': re.compile(rf"(?:Minister|Secretary|Commissioner|Director|Chief)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*\s+and\s+(?P<n>{KNAME})"),
    }
    rows2 = collections.defaultdict(list)
    for fn, facts in base.items():
        people = {t.lower() for f in facts if f[0]=='people' for t in re.findall(r"[\w'’-]+", f[1])}
        body = (Path('/work/devbank')/fn).read_text().split('---',2)[-1]
        for sh, rx in SH2.items():
            for m in rx.finditer(body):
                for g in ('n','n2'):
                    if g not in rx.groupindex: continue
                    nm = m.group(g)
                    ws = re.findall(r"[\w'’-]+", nm)
                    found = any(w.lower() in people for w in ws)
                    rows2[sh].append((fn, nm, found, body[max(0,m.start()-40):m.end()+30].replace('\n',' ')))
    for sh, r in rows2.items():
        miss = [x for x in r if not x[2]]
        print(f"{sh}: {len(r)} spans, {len(miss)} not found, in {len({x[0] for x in miss})} reports")
        for x in miss[:40]: print('   ', x[0][:14], '|', x[1], '|', x[3][:200])
    sys.exit(0)
res = collections.defaultdict(list)
for fn, facts in base.items():
    people = [f[1] for f in facts if f[0] == 'people']
    toks = {t.lower() for p in people for t in re.findall(r"[\w'’-]+", p)}
    text = (BANK / fn).read_text()
    body = text.split('---', 2)[-1]
    for shape, rx in SHAPES.items():
        for m in rx.finditer(body):
            name = m.group(1).strip()
            ws = re.findall(r"[\w'’-]+", name)
            if not ws or any(w in BAD or w in STOP_WORDS or w in GEO or w.rstrip('’s') in GEO for w in ws) or name in GEO:
                continue
            if any(w.lower() in toks for w in ws if w[0].isupper()):
                continue
            if name.isupper() or len(name) < 3:
                continue
            s = max(0, body.rfind('\n', 0, m.start()), body.rfind('. ', 0, m.start()))
            e = body.find('. ', m.end());
            res[shape].append((fn, name, body[s:e if e > 0 else m.end() + 100][:300].strip()))
allrows = [(sh, *r) for sh, rows in res.items() for r in rows]
for sh, rows in res.items():
    print(sh, len(rows), 'reports', len({r[0] for r in rows}))
random.seed(20)
for row in random.sample(allrows, min(int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 50, len(allrows))):
    print('---', row[0], row[1][:40], '|', row[2], '\n   ', row[3].replace('\n', ' '))
