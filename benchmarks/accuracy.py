"""Score figrecon's extractor and raw quantulum3 on the NewsQuant and currency dev sets.

Usage:
    python benchmarks/accuracy.py [--format markdown|json] [--data DIR] [--details PATH] [--half tune|confirm|both]

Each dev set is split in two fixed halves by a hash of the sentence text: ``tune`` (for
development) and ``confirm`` (to check that a change generalises). ``--half both`` (the default)
scores the whole set and each half. A confirming half more than 2 points below the tuning half
means the rules were fitted to cases.

Each table is followed by the count of wrong-magnitude claims: a claim that matched no gold
quantity while its value is a gold quantity of the same sentence times a power of a thousand
("$143-billion" read as 143). The floor is none, on held-out data.

``--details PATH`` writes one JSON line per sentence with errors (missed gold quantities,
spurious claims, matched claims with a wrong unit, change or concept), for each system and
gold file, to show whoever improves the extractor where it goes wrong.

The gold files are read from ``--data`` (default: ../shared/benchmarks next to the repo) and
never copied into the repository.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from figrecon.evaluate import Report, error_record, evaluate, load_gold, report  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "benchmarks"
DATASETS = {"newsquant": "newsquant-dev.json", "currency": "currency-dev.json"}

#: F1 published in the CQE paper (EMNLP 2023) on the NewsQuant *test* set.
PUBLISHED = {
    "CQE (published)": {"value": 92.0, "value_unit": 85.6, "value_change": 88.1,
                        "concept_partial": 76.1, "concept_complete": 57.0},
    "quantulum3 (published)": {"value": 73.0, "value_unit": 47.2},
}

COLUMNS = [
    ("newsquant", "value", "NQ value"),
    ("newsquant", "value_unit", "NQ value+unit"),
    ("newsquant", "value_change", "NQ value+change"),
    ("newsquant", "concept_partial", "NQ concept partial"),
    ("newsquant", "concept_complete", "NQ concept complete"),
    ("currency", "value", "Cur value"),
    ("currency", "value_unit", "Cur value+unit"),
]


@dataclass(frozen=True)
class QuantulumClaim:
    """A quantulum3 Quantity seen as a claim, with nothing added."""

    value: Optional[float]
    low: Optional[float]
    high: Optional[float]
    unit: str
    change: str = "="
    subject: str = ""
    surface: str = ""


def raw_quantulum3() -> Callable[[str], list]:
    from quantulum3 import parser

    def predict(text: str) -> list:
        return [
            QuantulumClaim(q.value, q.value, q.value, q.unit.name.lower(), surface=q.surface)
            for q in parser.parse(text)
        ]

    return predict


def figrecon_extractor() -> Optional[Callable[[str], list]]:
    try:
        from figrecon.extract import extract_text
    except ImportError:
        return None
    return extract_text


HALVES = ("tune", "confirm")


def half_of(text: str) -> str:
    """The fixed half a dev sentence belongs to: the parity of the first byte of its SHA-1."""
    return HALVES[hashlib.sha1(text.encode("utf-8")).digest()[0] % 2]


#: powers of a thousand a value may be off by: a magnitude word or suffix lost or added
_MAGNITUDES = tuple(1000.0 ** k for k in (-4, -3, -2, -1, 1, 2, 3, 4))


def wrong_magnitudes(result) -> list[tuple[float, float]]:
    """(claimed value, gold value) for each spurious claim of ``result`` whose value is a missed
    gold value of the sentence times a power of a thousand."""
    out = []
    for claim in result.spurious:
        value = getattr(claim, "value", None)
        if value is None:
            value = getattr(claim, "low", None) if getattr(claim, "high", None) is None else claim.high
        if not value:
            continue
        for g in result.missed:
            for gv in {g.low, g.high}:
                if gv and any(abs(value - gv * m) <= 1e-6 * abs(gv * m) for m in _MAGNITUDES):
                    out.append((value, gv))
    return out


#: system -> dataset -> wrong-magnitude claims, filled by ``run``
WRONG: dict = {}


def run(systems: dict, data: Path, details, half: Optional[str] = None) -> dict[str, dict[str, Report]]:
    out: dict[str, dict[str, Report]] = {}
    golds = {name: load_gold(data / fname) for name, fname in DATASETS.items() if (data / fname).exists()}
    if half is not None:
        golds = {name: [g for g in gold if half_of(g.text) == half] for name, gold in golds.items()}
    for system, predict in systems.items():
        out[system] = {}
        for dataset, gold in golds.items():
            results = list(evaluate(gold, predict))
            out[system][dataset] = report(results)
            WRONG[(half, system, dataset)] = [(r.text, pair) for r in results for pair in wrong_magnitudes(r)]
            if details is not None:
                for i, r in enumerate(results):
                    record = error_record(r)
                    if record is not None:
                        details.write(json.dumps({"system": system, "dataset": dataset, "sentence": i,
                                                  **record}, ensure_ascii=False) + "\n")
    return out


def markdown(reports: dict[str, dict[str, Report]]) -> str:
    head = "| system | " + " | ".join(label for _, _, label in COLUMNS) + " |"
    lines = [head, "|---" * (len(COLUMNS) + 1) + "|"]
    for system, by_set in reports.items():
        cells = []
        for dataset, metric, _ in COLUMNS:
            s = getattr(by_set[dataset], metric) if dataset in by_set else None
            cells.append(f"{s.f1:.1f}" if s is not None else "–")
        lines.append(f"| {system} | " + " | ".join(cells) + " |")
    for system, scores in PUBLISHED.items():
        cells = [f"{scores[m]:.1f}" if d == "newsquant" and m in scores else "–" for d, m, _ in COLUMNS]
        lines.append(f"| {system} | " + " | ".join(cells) + " |")
    lines.append("")
    sizes = {d: r.n_sentences for by_set in reports.values() for d, r in by_set.items()}
    lines.append("F1 in percent. Measured rows: dev sets ("
                 + ", ".join(f"{d}: {n} sentences" for d, n in sizes.items())
                 + "); published rows: NewsQuant test set, CQE paper (EMNLP 2023).")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--format", choices=("markdown", "json"), default="markdown")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding the gold files")
    ap.add_argument("--details", type=Path, help="write per-sentence errors as JSONL here")
    ap.add_argument("--half", choices=("tune", "confirm", "both", "all"), default="both",
                    help="score one fixed half of each dev set, the whole set ('all'), or all three ('both')")
    args = ap.parse_args(argv)

    if not any((args.data / f).exists() for f in DATASETS.values()):
        print(f"no gold files in {args.data}", file=sys.stderr)
        return 2
    systems = {}
    extractor = figrecon_extractor()
    if extractor is None:
        print("note: figrecon.extract.extract_text is not importable; scoring raw quantulum3 only",
              file=sys.stderr)
    else:
        systems["figrecon"] = extractor
    systems["raw quantulum3"] = raw_quantulum3()

    halves = {"all": [None], "tune": ["tune"], "confirm": ["confirm"], "both": [None, *HALVES]}[args.half]
    details = args.details.open("w", encoding="utf-8") if args.details else None
    results = {}
    try:
        for half in halves:
            results[half or "all"] = run(systems, args.data, details if half == halves[0] else None, half)
    finally:
        if details is not None:
            details.close()

    if args.format == "json":
        print(json.dumps({h: {s: {d: r.to_dict() for d, r in by.items()} for s, by in reports.items()}
                          for h, reports in results.items()}, indent=2))
    else:
        for h, reports in results.items():
            print(f"### {'whole dev sets' if h == 'all' else h + ' half'}\n")
            print(markdown(reports))
            half = None if h == "all" else h
            counts = ", ".join(f"{system} {dataset} {len(WRONG.get((half, system, dataset), []))}"
                               for system, by_set in reports.items() for dataset in by_set)
            print(f"\nWrong-magnitude claims (a gold value times a power of a thousand): {counts}.")
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
