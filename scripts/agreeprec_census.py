"""x22agreeprec census: two groups of the studied sets' agreements, each fact with its gold match (TP) or none (FP).

    PYTHONPATH=$PWD .venv/bin/python scripts/agreeprec_census.py

generic: descriptions of at most 8 words that open on a cooperation verb ("enhance defence cooperation"), to test
whether the golds keep generic "enhance cooperation" commitments (they do: 18 TP, 7 FP at ea29efc).
list: the list-head split's pieces ("agreement on <item>"), to test the per-member convention (13 TP, 6 FP with the seed articles).
Studied sets only (scripts/veto_audit.STUDIED); judge and lead-only sets are never read.
"""
import json, sys, re
from pathlib import Path
sys.path.insert(0, '.'); sys.path.insert(0, 'scripts')
from kg.evaluate.matching import greedy_match
from kg.evaluate.scoring import _agreement_pair
from kg.extract.rules import RuleExtractor
from kg.sources import load
from veto_audit import STUDIED
STUDIED['corpus_seeds'] = __import__('pathlib').Path('data/articles')
G = re.compile(r"^(?:further\s+|continue\s+to\s+)?(?:strengthen|enhance|deepen|boost|expand|increase|intensify|step\s+up|promote|bolster|broaden|improve|cooperate|collaborate|work)\b", re.I)
ex = RuleExtractor()
for name, folder in STUDIED.items():
    for txt in sorted(folder.glob('*.txt')):
        gf = txt.with_suffix('.gold.json')
        if not gf.exists(): gf = Path('data/gold')/(txt.stem+'.gold.json')
        if not gf.exists(): continue
        gold = json.loads(gf.read_text()).get('agreements') or []
        preds = ex.extract(load(txt)).agreements
        pairs = greedy_match(gold, preds, lambda g, p: _agreement_pair(g, [p.description], p.status))
        mp = {pi: gi for gi, pi in pairs}
        for pi, p in enumerate(preds):
            if G.match(p.description) and len(p.description.split()) <= 8 or p.description.startswith("agreement on "):
                print('TP' if pi in mp else 'FP', name, txt.stem[:35], p.support.rule[10:], '|', p.description, '|', (gold[mp[pi]]['about'] if pi in mp else ''))
