"""Hostile inputs: each gives a one-line message (or none, when it can be read), the documented exit
code, and every other input is still processed.

Exit codes (figrecon/cli.py): 0 all read; 1 some input skipped, the rest processed.
Every case runs next to a small good article, whose claim must be in the output.
"""
import json
import os
import sys

import pytest
from typer.testing import CliRunner

from figrecon.cli import EXIT_OK, EXIT_SKIPPED, app

runner = CliRunner()
GOOD = "The quake killed 2,000 people in Van.\n"


def extract(*paths, env=None):
    result = runner.invoke(app, ["extract", *[str(p) for p in paths], "--format", "jsonl"], env=env)
    claims = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result, claims


@pytest.fixture
def good(tmp_path):
    target = tmp_path / "good.md"
    target.write_text(GOOD)
    return target


def assert_good_read(claims, good):
    assert any(c["doc"] == str(good) and c["surface"] == "2,000 people" for c in claims)


def problem_lines(result):
    return [line for line in result.stderr.splitlines() if line.startswith("figrecon: skipped")]


def test_a_fifty_megabyte_text_file_is_read_in_parts_with_true_offsets(tmp_path, good, nlp):
    big = tmp_path / "big.txt"
    line = "No figure is stated in this line of the archive dump at all\n"
    with open(big, "w") as out:
        block = line * 10000
        for _ in range(50 * 1024 * 1024 // len(block) + 1):
            out.write(block)
        out.write("At the end the quake killed 42 people.\n")
    text_size = big.stat().st_size
    assert text_size > 50 * 1024 * 1024
    result, claims = extract(big, good)
    assert result.exit_code == EXIT_OK, result.stderr
    (last,) = [c for c in claims if c["doc"] == str(big)]
    assert last["surface"] == "42 people"
    with open(big) as handle:
        handle.seek(last["start"])
        assert handle.read(last["end"] - last["start"]) == "42 people"
    assert_good_read(claims, good)


def test_a_jsonl_line_of_twenty_megabytes_is_read_and_the_lines_around_it_too(tmp_path, good, nlp):
    target = tmp_path / "a.jsonl"
    huge = "Nothing is counted here, only words. " * (20 * 1024 * 1024 // 37) + "Then 43 people died."
    with open(target, "w") as out:
        out.write(json.dumps({"id": "before", "text": "It killed 7 people."}) + "\n")
        out.write(json.dumps({"id": "huge", "text": huge}) + "\n")
        out.write(json.dumps({"id": "after", "text": "It killed 9 people."}) + "\n")
    result, claims = extract(target, good)
    assert result.exit_code == EXIT_OK, result.stderr
    by_doc = {c["doc"]: c for c in claims}
    assert by_doc["before"]["value"] == 7 and by_doc["after"]["value"] == 9
    assert huge[by_doc["huge"]["start"]:by_doc["huge"]["end"]] == "43 people"
    assert_good_read(claims, good)


@pytest.mark.parametrize("markup", [
    "<html><body>" + "<div>" * 10000 + "<p>The flood killed 300 people.</p>" + "</div>" * 10000 + "</body></html>",
    "<html><body>" + "<p>x</p>" * 100000 + "<p>The flood killed 300 people.</p></body></html>",
], ids=["10000-nested-divs", "100000-tiny-paragraphs"])
def test_pathological_html_is_read(tmp_path, good, nlp, markup):
    """Read, or (the article below the HTML parser's nesting limit of 256 levels) skipped with
    one line; either way the other input is read."""
    target = tmp_path / "page.html"
    target.write_text(markup)
    result, claims = extract(target, good)
    if result.exit_code == EXIT_OK:
        assert [c["surface"] for c in claims if c["doc"] == str(target)] == ["300 people"]
    else:
        assert result.exit_code == EXIT_SKIPPED
        assert problem_lines(result) == [f"figrecon: skipped {target}: HTML has no article text"]
    assert_good_read(claims, good)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_skipped_without_blocking(tmp_path, good, nlp):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for paths in ([fifo, good], [tmp_path]):  # named, and found in a directory
        result, claims = extract(*paths)
        assert result.exit_code == EXIT_SKIPPED
        assert problem_lines(result) == [f"figrecon: skipped {fifo}: not a regular file (a FIFO)"]
        assert_good_read(claims, good)


@pytest.mark.skipif(sys.platform.startswith("win"), reason="symbolic links need privileges")
def test_symbolic_link_loops_are_skipped(tmp_path, good, nlp):
    loop = tmp_path / "loop.txt"
    os.symlink(loop.name, loop)  # points at itself
    os.symlink(".", tmp_path / "here")  # a directory containing itself
    for paths in ([loop, good], [tmp_path]):
        result, claims = extract(*paths)
        assert result.exit_code == EXIT_SKIPPED
        assert problem_lines(result) == [f"figrecon: skipped {loop}: symbolic link loop"]
        assert_good_read(claims, good)
        assert len([c for c in claims if c["surface"] == "2,000 people"]) == 1  # read once


@pytest.mark.skipif(sys.platform.startswith("win"), reason="no newline in Windows file names")
def test_a_newline_in_a_file_name_keeps_the_message_on_one_line(tmp_path, good, nlp):
    odd = tmp_path / "two\nlines.txt"
    odd.write_bytes(b"\x00\x01binary")
    result, claims = extract(odd, good)
    assert result.exit_code == EXIT_SKIPPED
    (line,) = problem_lines(result)
    assert line == f"figrecon: skipped {str(odd)!r}: binary file (contains NUL bytes), not text"
    readable = tmp_path / "three\nlines.md"
    readable.write_text("Officials said 12 people were hurt.\n")
    result, claims = extract(readable, good)
    assert result.exit_code == EXIT_OK
    assert [c["surface"] for c in claims if c["doc"] == str(readable)] == ["12 people"]


def test_invalid_utf8_in_the_middle_of_a_jsonl_line(tmp_path, good, nlp):
    target = tmp_path / "a.jsonl"
    target.write_bytes(
        json.dumps({"id": "a", "text": "It killed 7 people."}).encode() + b"\n"
        + b'{"id": "b", "text": "It killed \xff\xfe 8 people."}\n'
        + json.dumps({"id": "c", "text": "It killed 9 people."}).encode() + b"\n")
    result, claims = extract(target, good)
    assert result.exit_code == EXIT_SKIPPED
    assert problem_lines(result) == [f"figrecon: skipped {target}:2: line is not valid UTF-8"]
    assert [c["value"] for c in claims if c["doc"] in ("a", "b", "c")] == [7, 9]
    assert_good_read(claims, good)


def test_a_one_megabyte_front_matter_block(tmp_path, good, nlp):
    target = tmp_path / "fm.md"
    block = "".join(f"key{i}: value {i}\n" for i in range(60000))
    assert len(block) > 1024 * 1024
    target.write_text("---\nsource: Herald\n" + block + "---\nThe quake killed 11 people.\n")
    result, claims = extract(target, good)
    assert result.exit_code == EXIT_OK, result.stderr
    (claim,) = [c for c in claims if c["doc"] == str(target)]
    assert claim["surface"] == "11 people" and claim["source"] == "Herald"
    assert_good_read(claims, good)


def test_a_long_line_of_figures(tmp_path, good, nlp):
    """A table dump with no line ends (150 KB here; 1.5 MB in benchmarks/scaling.py): read through
    the list path (no parse), every figure kept whole across the cuts between pieces."""
    target = tmp_path / "dump.txt"
    target.write_text("5 km " * 30000)
    result, claims = extract(target, good)
    assert result.exit_code == EXIT_OK, result.stderr
    dump = [c for c in claims if c["doc"] == str(target)]
    assert len(dump) == 30000
    assert all(c["surface"] == "5 km" and c["value"] == 5 and c["unit"] == "kilometre" for c in dump)
    assert [c["start"] for c in dump] == list(range(0, 5 * 30000, 5))
    assert_good_read(claims, good)


# --------------------------------------------------------------------------- a document that raises

class _Boom(ZeroDivisionError):
    pass


@pytest.fixture
def kaboom(monkeypatch):
    """The scanner raises on any sentence saying KABOOM; in a worker process, KILL ends it."""
    from figrecon import extract as extract_module

    parent = os.getpid()

    class Scanner(extract_module.Scanner):
        def __init__(self, sentence):
            if "KABOOM" in sentence:
                raise _Boom("scanner fell over\non two lines")
            if "KILL" in sentence and os.getpid() != parent:
                os._exit(9)
            super().__init__(sentence)

    monkeypatch.setattr(extract_module, "Scanner", Scanner)


@pytest.fixture
def articles(tmp_path):
    target = tmp_path / "a.jsonl"
    lines = [{"id": "one", "text": "It killed 7 people."},
             {"id": "two", "text": "Then KABOOM: 8 people."},
             {"text": "It killed 9 people."}]
    target.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return target


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_document_that_raises_is_skipped_and_the_run_goes_on(kaboom, articles, good, nlp, jobs):
    result = runner.invoke(app, ["extract", str(articles), str(good), "--format", "jsonl", "--jobs", jobs])
    assert result.exit_code == EXIT_SKIPPED
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert [c["value"] for c in claims if c["doc"] != str(good)] == [7, 9]
    assert_good_read(claims, good)
    assert problem_lines(result) == [
        f"figrecon: skipped {articles}:2: _Boom while scanning for figures (scanner fell over on two lines); "
        "document skipped"]
    assert "Traceback" not in result.stderr


def test_compare_goes_on_too(kaboom, articles, good, nlp):
    result = runner.invoke(app, ["compare", str(articles), str(good), "--all", "--format", "json"])
    assert result.exit_code == EXIT_SKIPPED
    docs = {c["doc"] for g in json.loads(result.stdout)["groups"] for c in g["claims"]}
    assert docs == {"one", f"{articles}:3", str(good)}


@pytest.mark.parametrize("how", [["--debug"], "FIGRECON_DEBUG"])
def test_debug_shows_the_traceback(kaboom, articles, nlp, how):
    args = ["extract", str(articles)] + (how if isinstance(how, list) else [])
    env = {"FIGRECON_DEBUG": "1"} if how == "FIGRECON_DEBUG" else {"FIGRECON_DEBUG": ""}
    result = runner.invoke(app, args, env=env)
    assert result.exit_code == EXIT_SKIPPED
    assert "Traceback (most recent call last)" in result.stderr
    assert "_Boom: scanner fell over" in result.stderr


def test_strict_stops_at_the_first_failing_document(kaboom, articles, nlp):
    result = runner.invoke(app, ["extract", str(articles), "--format", "jsonl", "--strict"])
    assert result.exit_code == EXIT_SKIPPED
    assert "--strict" in result.stderr and ":2: _Boom" in result.stderr
    assert 9 not in [json.loads(line)["value"] for line in result.stdout.splitlines()]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the test's worker is forked")
def test_a_worker_process_that_dies_costs_only_its_document(kaboom, tmp_path, good, nlp):
    target = tmp_path / "a.jsonl"
    texts = [f"Officials said {i + 2} people were hurt." for i in range(12)]
    texts[5] = "KILL: 99 people."
    target.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts))
    result = runner.invoke(app, ["extract", str(target), str(good), "--format", "jsonl", "--jobs", "2"])
    assert result.exit_code == EXIT_SKIPPED
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert [c["value"] for c in claims if c["doc"] != str(good)] == [i + 2 for i in range(12) if i != 5]
    assert_good_read(claims, good)
    (line,) = problem_lines(result)
    assert line.startswith(f"figrecon: skipped {target}:6: BrokenProcessPool while extracting claims")


def test_a_document_whose_claims_make_grouping_raise_is_skipped(grouping_raises_on, articles, good, nlp):
    grouping_raises_on(8, _Boom("grouping fell over"))
    result = runner.invoke(app, ["compare", str(articles), str(good), "--all", "--format", "json"])
    assert result.exit_code == EXIT_SKIPPED
    assert problem_lines(result) == [
        "figrecon: skipped two: _Boom while grouping claims (grouping fell over); document skipped"]
    docs = {c["doc"] for g in json.loads(result.stdout)["groups"] for c in g["claims"]}
    assert docs == {"one", f"{articles}:3", str(good)}


def test_a_raise_mid_document_keeps_the_parse_stream_in_step(monkeypatch, nlp):
    """The parse of a batch is one spaCy stream: after a document fails on its second sentence,
    the next document still gets its own sentences' parses."""
    from figrecon import extract as extract_module
    from figrecon.model import Document, Skipped

    real = extract_module.speakers.speaker

    def speaker(parsed, at=None):
        if "KABOOM" in parsed.text:
            raise _Boom("attribution fell over")
        return real(parsed, at)

    monkeypatch.setattr(extract_module.speakers, "speaker", speaker)
    documents = [Document("d0", "Officials said 1 soldier died. KABOOM 2 soldiers died. Then 3 soldiers died.",
                          path="a.jsonl", line=4),
                 Document("d1", "Officials said 7 people were hurt. Later 8 more were hurt.")]
    out = list(extract_module.extract_records(documents, nlp, entities=False))
    assert [d.doc for d, _, _ in out] == ["d0", "d1"]
    (_, claims, problems), (_, after, none) = out
    assert claims == [] and none == []
    assert [str(p) for p in problems] == [
        "a.jsonl:4: _Boom while extracting claims (attribution fell over); document skipped"]
    assert isinstance(problems[0], Skipped) and problems[0].error == "_Boom"
    assert [(c.value, c.sentence) for c in after] == [
        (7, "Officials said 7 people were hurt."), (8, "Later 8 more were hurt.")]
    # the counted noun comes from the parse: a parse of another sentence would not give it
    assert after[0].unit == "people" and after[0].surface == "7 people"
