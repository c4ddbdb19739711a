"""How extraction time and memory grow with the shape and size of the text (issue 13).

Usage:
    python benchmarks/scaling.py [--quick] [--no-memory]

Three shapes, each at four sizes over a factor of 10:

- ``line``: one line of figures with no line end ("5 km 5 km ..."), 150 KB to 1.5 MB, as in a
  table dump or a file with broken line ends;
- ``prose``: a huge document of news prose (a third of its sentences hold a figure), 100 KB to 1 MB;
- ``list``: one sentence listing thousands of figures ("12 people, 15 km, $3 million, ..."),
  2,000 to 20,000 figures.

For each size the text is written to a file and run through what ``figrecon extract --format
jsonl`` runs (``sources.read_inputs`` -> ``parallel.records_parallel`` with one job ->
``render.render_claims_jsonl``), in this process, with the spaCy model already loaded; the time is
this process's CPU time (``time.process_time``), so that other work on the machine does not count.
The fitted exponent is the slope of log(time) against log(size), least squares over the four
sizes: 1.0 is linear, 2.0 quadratic. Rules: exponent <= 1.1 for each shape.

Then (unless ``--no-memory``) the largest size of each shape is run by the real command,
``python -m figrecon extract FILE --format jsonl -o /dev/null``, in a child process, and its peak
resident memory and CPU time are read from ``os.wait4``. Rules: peak <= 400 MB; the 1.5 MB line
of figures <= 30 s of CPU on one core (the command's whole run, model loading included).

``--quick`` runs sizes a tenth as large (a smoke test of the script).
"""
from __future__ import annotations

import argparse
import math
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FACTORS = (1, 2, 5, 10)


def line_of_figures(size: int) -> str:
    return ("5 km " * (size // 5 + 1))[:size]


_PROSE = [
    "Officials said {n} people were hurt when the storm reached the coast on {day}.",
    "The council approved a budget of ${n} million for the new bridge, a spokesman said.",
    "Rescue teams worked through the night in the hills above the town.",
    "Prices rose {p} percent in the year to {month}, the statistics office reported.",
    "The minister told reporters that talks would resume after the holiday.",
    "Some {n} soldiers were sent to the border region, according to the defence ministry.",
    "Residents described a loud noise and then silence before the sirens started.",
    "The road, about {n} km long, was closed for {d} days while engineers inspected it.",
    "Opposition leaders called for an inquiry into how the contracts were awarded.",
]
_DAYS = ["Monday", "Tuesday", "Friday", "Sunday"]
_MONTHS = ["March", "June", "October"]


def prose(size: int) -> str:
    rng = random.Random(13)
    out, length, k = [], 0, 0
    while length < size:
        sentence = rng.choice(_PROSE).format(n=rng.randint(2, 9000), p=rng.randint(1, 30),
                                             d=rng.randint(2, 40), day=rng.choice(_DAYS),
                                             month=rng.choice(_MONTHS))
        k += 1
        piece = sentence + ("\n\n" if k % 6 == 0 else " ")
        out.append(piece)
        length += len(piece)
    return "".join(out)


def listed_figures(count: int) -> str:
    forms = ["{n} people", "{n} km", "${n} million", "{n}%", "{n}", "about {n} tonnes", "{n}-{m} days"]
    rng = random.Random(13)
    items = [rng.choice(forms).format(n=rng.randint(1, 999), m=rng.randint(1000, 2000)) for _ in range(count)]
    return "The tallies listed were " + ", ".join(items[:-1]) + " and " + items[-1] + ".\n"


SHAPES = {
    # name: (make text from a size, base size, unit of the size)
    "line": (line_of_figures, 150_000, "characters"),
    "prose": (prose, 100_000, "characters"),
    "list": (listed_figures, 2_000, "figures"),
}


def run_in_process(path: str) -> tuple[float, int]:
    from figrecon import render
    from figrecon.model import Claim, Document
    from figrecon.parallel import records_parallel
    from figrecon.sources import read_inputs

    started = time.process_time()
    documents = (r for r in read_inputs([path]) if isinstance(r, Document))
    claims = (r for r in records_parallel(documents, 1, "USD", entities=False) if isinstance(r, Claim))
    written = 0
    for chunk in render.render_claims_jsonl(claims):
        written += chunk.count("\n")
    return time.process_time() - started, written


def run_command(path: str) -> tuple[float, float]:
    """CPU seconds and peak MB of ``figrecon extract`` on ``path`` in a child process."""
    child = subprocess.Popen([sys.executable, "-m", "figrecon", "extract", path, "--format", "jsonl",
                              "--output", os.devnull], cwd=ROOT)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"figrecon extract {path} exited {child.returncode}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # Linux: ru_maxrss in KB


def slope(xs, ys) -> float:
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / sum((a - mx) ** 2 for a in lx)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="sizes a tenth as large")
    parser.add_argument("--no-memory", action="store_true", help="skip the child-process runs")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated: " + ", ".join(SHAPES))
    args = parser.parse_args(argv)
    from figrecon.nlp import load

    load()
    scale = 0.1 if args.quick else 1.0
    ok = True
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.shapes.split(","):
            make, base, unit = SHAPES[name]
            sizes, times = [], []
            for factor in FACTORS:
                size = int(base * factor * scale)
                path = os.path.join(tmp, f"{name}-{size}.txt")
                with open(path, "w", encoding="utf-8") as out:
                    out.write(make(size))
                seconds, claims = run_in_process(path)
                sizes.append(size)
                times.append(seconds)
                print(f"{name:6s} {size:>10,} {unit:10s} {seconds:7.2f} s CPU  {claims:>8,} claims", flush=True)
            exponent = slope(sizes, times)
            row = {"shape": name, "sizes": f"{sizes[0]:,}-{sizes[-1]:,} {unit}",
                   "time": f"{times[0]:.2f}-{times[-1]:.2f} s", "exponent": exponent}
            ok &= exponent <= 1.1
            if not args.no_memory:
                cpu, peak = run_command(path)
                row.update(command_cpu=cpu, peak=peak)
                ok &= peak <= 400
                if name == "line" and not args.quick:
                    ok &= cpu <= 30
            rows.append(row)
    print()
    print("| shape | sizes (10x) | extraction CPU time | fitted exponent (<= 1.1) | `figrecon extract`, largest: CPU | peak memory (<= 400 MB) |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        cpu = f"{r['command_cpu']:.1f} s" if "command_cpu" in r else "-"
        peak = f"{r['peak']:.0f} MB" if "peak" in r else "-"
        print(f"| {r['shape']} | {r['sizes']} | {r['time']} | {r['exponent']:.2f} | {cpu} | {peak} |")
    print("\nall rules hold" if ok else "\nSOME RULE FAILS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
