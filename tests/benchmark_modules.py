"""benchmarks/grouping.py loaded as a module, for the tests that score labelled corpora with it."""
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def grouping():
    """The benchmark module (loaded once: later calls return the same module)."""
    if "grouping_benchmark" in sys.modules:
        return sys.modules["grouping_benchmark"]
    spec = importlib.util.spec_from_file_location("grouping_benchmark", ROOT / "benchmarks" / "grouping.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def check_labels(labels: dict, texts: dict) -> None:
    """Assert a label file is well formed against its corpus's ``texts`` (relative path -> text):
    unique group ids, every quote found once (the benchmark raises otherwise), no two labelled
    quotes overlapping, and every check naming known groups."""
    bench = grouping()
    ids = [g["id"] for g in labels["groups"]]
    assert len(ids) == len(set(ids))
    labelled = bench.labelled_claims(labels, texts)
    spans = sorted((lab.doc, lab.start, lab.end) for lab in labelled)
    for (d1, _, e1), (d2, s2, _) in zip(spans, spans[1:]):
        assert d1 != d2 or e1 <= s2, f"overlapping labelled quotes in {d1}"
    for check in labels["checks"]:
        for gid in check.get("groups", [check.get("group")]):
            assert gid in ids, check["name"]
