"""Regenerate examples/ and the output pasted in README.md from the current code.

    python examples/regenerate.py

Writes examples/conflicts.md, .csv, .json and .html from
`figrecon compare corpus/`, and replaces the block between the `<!-- compare-output -->` markers
in README.md with what `figrecon compare corpus/` prints now.
"""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def figrecon(*args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "figrecon", *args], cwd=ROOT, capture_output=True,
                            text=True, env={"COLUMNS": "200", "PATH": "/usr/bin:/bin",
                                            **{k: v for k, v in __import__("os").environ.items()}})
    if result.returncode != 0:
        sys.exit(f"figrecon {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result.stdout


def main() -> None:
    for fmt, ext in (("markdown", "md"), ("csv", "csv"), ("json", "json"), ("html", "html")):
        figrecon("compare", "corpus/", "--format", fmt, "--output", f"examples/conflicts.{ext}")
    table = figrecon("compare", "corpus/")
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    block = "<!-- compare-output -->\n```\n$ figrecon compare corpus/\n" + table + "```\n<!-- /compare-output -->"
    new = re.sub(r"<!-- compare-output -->.*?<!-- /compare-output -->", lambda _: block, text, flags=re.S)
    readme.write_text(new, encoding="utf-8")
    print("wrote examples/conflicts.{md,csv,json,html} and the README output block")


if __name__ == "__main__":
    main()
