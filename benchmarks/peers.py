"""Score figrecon on the peers' own test suites, on each fixed half and on the whole.

Usage:
    python benchmarks/peers.py PEERS_DIR [--half tune|confirm|both|all] [--details DIR]

``PEERS_DIR`` holds the suites that ``../shared/benchmarks/peers/build.py`` writes
(``<suite>.jsonl``) from snapshots of the peers' repositories; they are never copied into this
repository. Each suite is split in two fixed halves by a hash of the case text, the same rule as
``benchmarks/accuracy.py``: tune on ``tune``, confirm on ``confirm``. The scoring is the shared
``score.py``, run once per half on a temporary copy of the half's cases.

With ``--details DIR``, the whole suites' per-case results are also read back for wrong-magnitude
claims: a claim whose value is an expected value the case missed, times a power of a thousand
("1.2m tons" read as 1.2). The issue's floor is none.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from accuracy import _MAGNITUDES, HALVES, half_of  # noqa: E402

SCORER = REPO.parent / "shared" / "benchmarks" / "peers" / "score.py"


def write_half(src: Path, dst: Path, half: str | None) -> int:
    rows = [line for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    if half is not None:
        rows = [r for r in rows if half_of(json.loads(r)["text"]) == half]
    dst.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    return len(rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("peers", type=Path, help="folder of built <suite>.jsonl files")
    ap.add_argument("--half", choices=("tune", "confirm", "both", "all"), default="both")
    ap.add_argument("--details", type=Path, help="passed to score.py (per-case results), whole sets only")
    ap.add_argument("--figrecon", default=f"{sys.executable} -m figrecon")
    args = ap.parse_args(argv)
    suites = sorted(args.peers.glob("*.jsonl"))
    if not suites or not SCORER.exists():
        print(f"no suites in {args.peers} or no scorer at {SCORER}", file=sys.stderr)
        return 2
    halves = {"all": [None], "tune": ["tune"], "confirm": ["confirm"], "both": [None, *HALVES]}[args.half]
    for half in halves:
        with tempfile.TemporaryDirectory() as tmp:
            files = []
            for s in suites:
                if write_half(s, Path(tmp) / s.name, half):
                    files.append(str(Path(tmp) / s.name))
            cmd = [sys.executable, str(SCORER), *files, "--figrecon", args.figrecon]
            if args.details and half is None:
                cmd += ["--details", str(args.details)]
            out = subprocess.run(cmd, capture_output=True, text=True)
            print(f"### {'whole suites' if half is None else half + ' half'}")
            print("\n".join(l for l in out.stdout.splitlines() if not l.startswith(" ")))
            print()
    if args.details and None in halves:
        wrong = wrong_magnitudes(args.details)
        print(f"Wrong-magnitude claims (an expected value times a power of a thousand): {len(wrong)}"
              + (": " + "; ".join(f"{case} {got:g} for {want:g}" for case, got, want in wrong) if wrong else ""))
    return 0


def wrong_magnitudes(details: Path) -> list[tuple[str, float, float]]:
    """(case id, claimed value, expected value) for each claim of the per-case results in
    ``details`` whose value is a missed expected value times a power of a thousand."""
    out = []
    for path in sorted(details.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            missed = [e for e, found in zip(case["expect"], case.get("found", [])) if not found]
            wanted = {v for e in missed for v in (e.get("value"), e.get("low"), e.get("high")) if v}
            for claim in case.get("claims", []):
                for got in {claim.get(k) for k in ("value", "low", "high")} - {None, 0}:
                    for want in wanted:
                        if any(abs(got - want * m) <= 1e-6 * abs(want * m) for m in _MAGNITUDES):
                            out.append((case["id"], got, want))
    return out


if __name__ == "__main__":
    sys.exit(main())
