"""A long fuzz run with a fixed seed: news-like texts from the grammar in ``tests/strategies.py``
through the scanner and the whole pipeline (extract, normalize), with the invariants of
``tests/test_fuzz.py``.

Usage:
    python benchmarks/fuzz.py [--cases 50000] [--seed 13] [--batch 500] [--jobs 1] [--found FOUND.jsonl]

Texts are drawn by hypothesis (generation only, no shrinking, no example database) with the seed
fixed, so a run is reproducible. Each text is scanned, then run through
``parallel.records_parallel`` as a document, in batches as they are drawn (spaCy parses a batch
in one stream); progress goes to standard error after each batch.
Prints the number of cases, crashes (an exception from the scanner, or a document the pipeline
had to skip) and invariant breaks, by kind. ``--found`` writes each failing text with what broke,
one JSON object a line, to become a row of ``FOUND`` in ``tests/test_fuzz.py``.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def draw_texts(cases: int, seed: int, batch: int, handle) -> None:
    """Draw ``cases`` texts with the seed fixed; hand them to ``handle`` ``batch`` at a time."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as fixed_seed

    from tests.strategies import news_text

    texts: list[str] = []

    @fixed_seed(seed)
    @settings(max_examples=cases, phases=[Phase.generate], database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(news_text())
    def collect(text):
        texts.append(text)
        if len(texts) >= batch:
            handle(list(texts))
            texts.clear()

    collect()
    if texts:
        handle(texts)


def failure_kind(error: BaseException) -> str:
    frame = traceback.extract_tb(error.__traceback__)[-1]
    return f"{type(error).__name__} at {Path(frame.filename).name}:{frame.lineno}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=50000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for the pipeline")
    parser.add_argument("--found", help="write failing texts here (JSONL)")
    args = parser.parse_args(argv)

    from figrecon.model import Claim, Document, Skipped
    from figrecon.nlp import load
    from figrecon.numbers import scan
    from figrecon.parallel import records_parallel
    from tests.test_fuzz import check_claim, check_mention

    load()
    started = time.monotonic()
    kinds: collections.Counter = collections.Counter()
    found = []
    totals = collections.Counter()

    def run(texts: list[str]) -> None:
        first = totals["cases"]
        totals["cases"] += len(texts)
        totals["characters"] += sum(len(t) for t in texts)

        def fail(index: int, where: str, kind: str) -> None:
            kinds[f"{where}: {kind}"] += 1
            found.append({"text": texts[index], "where": where, "kind": kind})

        for index, text in enumerate(texts):
            try:
                for mention in scan(text):
                    try:
                        check_mention(text, mention)
                    except AssertionError:
                        fail(index, "scanner invariant", "interval or offsets")
                        break
            except Exception as error:  # noqa: BLE001 - counted, not raised
                fail(index, "scanner crash", failure_kind(error))
        documents = [Document(doc=str(k), text=t, path=str(k)) for k, t in enumerate(texts)]
        for record in records_parallel(documents, args.jobs, "USD", entities=False):
            if isinstance(record, Skipped):
                fail(int(record.path), "pipeline crash", record.error or record.reason)
            elif isinstance(record, Claim):
                totals["claims"] += 1
                try:
                    check_claim(texts[int(record.doc)], record)
                except AssertionError:
                    fail(int(record.doc), "pipeline invariant", "offsets, interval or finite")
        print(f"  {first + len(texts):,} cases, {totals['claims']:,} claims, "
              f"{sum(kinds.values())} failures, {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)

    draw_texts(args.cases, args.seed, args.batch, run)
    claims, characters = totals["claims"], totals["characters"]
    texts = range(totals["cases"])
    elapsed = time.monotonic() - started
    print(f"fuzz: seed {args.seed}, {len(texts):,} cases ({characters:,} characters, {claims:,} claims), "
          f"{elapsed:.0f} s")
    print(f"crashes: {sum(v for k, v in kinds.items() if 'crash' in k)}, "
          f"invariant breaks: {sum(v for k, v in kinds.items() if 'invariant' in k)}")
    for kind, count in kinds.most_common():
        print(f"  {count:6d}  {kind}")
    if args.found:
        with open(args.found, "w", encoding="utf-8") as out:
            for row in found:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 1 if kinds else 0


if __name__ == "__main__":
    sys.exit(main())
