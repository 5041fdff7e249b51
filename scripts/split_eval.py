import json, sys
sys.path.insert(0, '.')
from extract import split as S
rules = S.boilerplate_rules('models/boilerplate.txt')
tp=fp=fn=0
verbose = '-v' in sys.argv
HOLDOUT = ("b07", "b08")
import runpy, glob
hold_files = set()
for sp in glob.glob("tests/gold/specs/b0[78]*.py"):
    sys.path.insert(0, "tests/gold/specs"); hold_files |= {d["file"] for d in runpy.run_path(sp)["DOCS"]}
want_hold = "--holdout" in sys.argv
for line in open("tests/gold/gold.jsonl"):
    g = json.loads(line)
    if (g["file"] in hold_files) != want_hold: continue
    text = open('tests/gold/docs/'+g['file'], encoding='utf-8', newline='').read()
    pred = S.split(text, rules)
    gs = [(i['start'], i['end']) for i in g['items']]
    ps = [(p.start, p.end) for p in pred]
    used=set(); t=0
    for p in ps:
        m = next((k for k,gg in enumerate(gs) if k not in used and abs(gg[0]-p[0])<=3 and abs(gg[1]-p[1])<=3), None)
        if m is not None: used.add(m); t+=1
    tp+=t; fp+=len(ps)-t; fn+=len(gs)-t
    if t != len(ps) or t != len(gs):
        print(f"--- {g['file']}: gold {len(gs)} pred {len(ps)} match {t}")
        if verbose:
            for a,b in gs: print('   G', a, b, repr(text[a:a+50]), '...', repr(text[b-30:b]))
            for a,b in ps: print('   P', a, b, repr(text[a:a+50]), '...', repr(text[b-30:b]))
p=tp/max(1,tp+fp); r=tp/max(1,tp+fn)
print(f"items P={p:.3f} R={r:.3f} F1={2*p*r/max(1e-9,p+r):.3f} (tp={tp} fp={fp} fn={fn})")
