"""Regenerate examples/ and the output pasted in README.md from the current code.

    python examples/regenerate.py

Writes examples/conflicts.md, .csv, .json and .html from
`figrecon compare corpus/`, and replaces the block between the `<!-- compare-output -->` markers
in README.md with what `figrecon compare corpus/` prints now, and the block between the
`<!-- wordings -->` markers with the table of grammar rules built from the example corpus
(tests/corpus/*.jsonl). `python examples/regenerate.py --wordings` rewrites only that table.
"""
import json
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


def _number(x) -> str:
    if x is None:
        return "null"
    return f"{x:,.6g}" if abs(x) < 1e6 else f"{x:.4g}"


def wordings_table() -> str:
    """The README table of grammar rules: for each rule, in the order the scanner applies its
    steps, what it reads and the first corpus example that shows it, with the value and interval
    the corpus expects (a veto's example gives no claim)."""
    sys.path.insert(0, str(ROOT))
    from figrecon.grammar.rules import RULES

    examples = {}
    for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            for rule in row.get("vetoes", ()):
                examples.setdefault(rule, (row["text"], None))
            for mention in row["mentions"]:
                for rule in mention["rules"]:
                    examples.setdefault(rule, (row["text"], mention))
    lines = ["| step | rule | reads | example | value | low | high | unit | change |",
             "|---|---|---|---|---|---|---|---|---|"]
    for rule in RULES:
        text, mention = examples.get(rule.name, ("", None))
        reads = rule.doc.replace("|", "\\|")
        if mention is None:
            lines.append(f"| {rule.step} | `{rule.name}` | {reads} | {text} | no claim | | | | |")
            continue
        lines.append(f"| {rule.step} | `{rule.name}` | {reads} | `{mention['surface']}` in \"{text}\" | "
                     f"{_number(mention['value'])} | {_number(mention['low'])} | {_number(mention['high'])} | "
                     f"{mention.get('currency') or mention['unit'] or ''} | `{mention['change']}` |")
    return "\n".join(lines) + "\n"


def replace_block(text: str, marker: str, body: str) -> str:
    block = f"<!-- {marker} -->\n{body}<!-- /{marker} -->"
    return re.sub(rf"<!-- {marker} -->.*?<!-- /{marker} -->", lambda _: block, text, flags=re.S)


def main() -> None:
    readme = ROOT / "README.md"
    readme.write_text(replace_block(readme.read_text(encoding="utf-8"), "wordings", wordings_table()),
                      encoding="utf-8")
    if "--wordings" in sys.argv[1:]:
        print("wrote the README wordings table")
        return
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
