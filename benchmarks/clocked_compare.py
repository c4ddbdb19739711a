"""Run ``figrecon compare`` with the CPU time of its extraction clocked apart from its own work.

Usage (``benchmarks/grouping.py --scale`` runs it):
    python benchmarks/clocked_compare.py CLOCK.json compare DIR --all --format json -o /dev/null

``compare`` reads its claims from the same generator ``extract`` does (``figrecon.cli._claims``).
Here that generator is wrapped: the CPU time spent inside it (parsing, scanning, normalizing) is
extraction, less the time of ``figrecon.stories.Fingerprint.of``, which runs inside it for
``compare`` alone; everything else after the first claim is asked for (fingerprints, grouping,
rendering, writing) is ``compare``'s own work. Both are clocked in one process, so a machine that
runs faster or slower between two commands' runs does not move their ratio, as it moves the
ratio of two runs' totals. At exit CLOCK.json gets ``{"extraction_s", "own_s", "total_s"}``.
"""

from __future__ import annotations

import atexit
import json
import os
import sys
import time


def _cpu() -> float:
    t = os.times()
    return t.user + t.system


def main() -> None:
    clock_path, args = sys.argv[1], sys.argv[2:]
    from figrecon import cli, stories

    clock = {"extraction_s": 0.0, "fingerprints_s": 0.0, "started": None}
    claims = cli._claims

    def clocked_claims(*a, **k):
        clock["started"] = _cpu()
        inner = claims(*a, **k)
        while True:
            start = time.process_time()
            try:
                item = next(inner)
            except StopIteration:
                clock["extraction_s"] += time.process_time() - start
                return
            clock["extraction_s"] += time.process_time() - start
            yield item

    fingerprint = stories.Fingerprint.of.__func__

    def clocked_fingerprint(cls, document):
        start = time.process_time()
        try:
            return fingerprint(cls, document)
        finally:
            clock["fingerprints_s"] += time.process_time() - start

    cli._claims = clocked_claims
    stories.Fingerprint.of = classmethod(clocked_fingerprint)

    def report() -> None:
        total = _cpu()
        extraction = clock["extraction_s"] - clock["fingerprints_s"]
        own = (total - clock["started"] - extraction) if clock["started"] is not None else 0.0
        with open(clock_path, "w", encoding="utf-8") as handle:
            json.dump({"extraction_s": extraction, "own_s": own, "total_s": total}, handle)

    atexit.register(report)
    sys.argv = ["figrecon", *args]
    cli.main()


if __name__ == "__main__":
    main()
