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
