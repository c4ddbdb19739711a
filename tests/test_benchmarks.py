"""The benchmarks' own instruments: what they clock must be what the command does."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = {
    "a.md": '---\ntitle: "Mill fire"\nsource: "Wire A"\ndate: "2076-03-02"\n---\n'
            "About 900 workers were evacuated from the Tarrow mill on Monday. Fourteen people were hurt.\n",
    "b.md": '---\ntitle: "Tarrow mill blaze"\nsource: "Paper B"\ndate: "2076-03-03"\n---\n'
            "Some 900 workers left the Tarrow mill after the blast, and 16 people were injured.\n",
}


def test_clocked_compare_splits_the_cpu_time_and_leaves_the_output_as_compare_gives_it(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    plain, clocked, clock = tmp_path / "plain.json", tmp_path / "clocked.json", tmp_path / "clock.json"
    args = ["compare", str(folder), "--all", "--format", "json"]
    subprocess.run([sys.executable, "-m", "figrecon", *args, "-o", str(plain)], cwd=ROOT, check=True)
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "clocked_compare.py"), str(clock), *args,
                    "-o", str(clocked)], cwd=ROOT, check=True)
    assert clocked.read_text(encoding="utf-8") == plain.read_text(encoding="utf-8")
    assert json.loads(plain.read_text(encoding="utf-8"))  # some groups: the clock ran over real work
    times = json.loads(clock.read_text(encoding="utf-8"))
    assert times["extraction_s"] > 0 and times["own_s"] > 0
    # extraction (the model's load and the parse among it) outweighs grouping two short articles
    assert times["extraction_s"] > times["own_s"]
    assert times["extraction_s"] + times["own_s"] <= times["total_s"]
