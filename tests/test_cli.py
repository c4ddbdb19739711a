"""The command line, driven through typer's runner: exit codes and parsed output for every format."""
import csv
import io
import json

import pytest
from typer.testing import CliRunner

from figrecon.cli import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, app
from tests.conftest import CORPUS, ROOT

DATA = ROOT / "tests" / "data" / "cli"
runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


@pytest.fixture(scope="module")
def compare_json(nlp):
    result = run("compare", CORPUS, "--format", "json", "--explain")
    assert result.exit_code == EXIT_OK, result.output
    return json.loads(result.stdout)


def test_help_for_every_command():
    for command in ("compare", "extract", "evaluate"):
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "Example:" in result.stdout


def test_compare_json_groups_fighters_and_pay_across_sources(compare_json):
    groups = compare_json["groups"]
    assert groups and all(g["conflict"] for g in groups)
    fighters = [g for g in groups if g["dimension"] == "count" and "fighter" in g["unit"]]
    pay = [g for g in groups if g["dimension"] == "currency"]
    assert fighters and len({c["doc"] for c in fighters[0]["claims"]}) >= 4
    assert pay and len({c["doc"] for c in pay[0]["claims"]}) >= 4
    surfaces = {c["surface"] for c in pay[0]["claims"]}
    assert "up to £1,000" in surfaces and "$1,500 and $2,000" in surfaces


def test_compare_json_claim_fields_and_offsets(compare_json):
    texts = {}
    from figrecon.sources import read_inputs
    from figrecon.model import Document

    for doc in read_inputs([str(CORPUS)]):
        if isinstance(doc, Document):
            texts[doc.doc] = doc.text
    for group in compare_json["groups"]:
        assert set(group) >= {"subject", "dimension", "unit", "conflict", "low", "high", "claims", "explain"}
        for claim in group["claims"]:
            assert list(claim)[:19] == ["doc", "source", "date", "title", "url", "start", "end", "surface", "sentence",
                                        "value", "low", "high", "change", "unit", "dimension",
                                        "normalized", "subject", "topic", "attribution"]
            assert texts[claim["doc"]][claim["start"]:claim["end"]] == claim["surface"]
            assert claim["change"] in ("=", "~", "<", ">", "up", "down")


def test_no_years_or_dates_in_corpus_claims(corpus_claims):
    for claim in corpus_claims:
        assert not (claim.value and 1900 <= claim.value <= 2100 and claim.unit == ""), claim.surface
        assert "June 29" not in claim.surface and "Sept. 2" not in claim.surface


def test_compare_markdown_table(nlp):
    result = run("compare", CORPUS, "--format", "markdown")
    assert result.exit_code == EXIT_OK
    assert result.stdout.startswith("# Conflicting figures")
    assert "| source" in result.stdout and "**up to £1,000**" in result.stdout


def test_compare_csv_parses_back(nlp):
    result = run("compare", CORPUS, "--format", "csv")
    assert result.exit_code == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {"group", "surface", "normalized_value", "normalized_unit", "source"} <= set(rows[0])
    assert all(r["conflict"] == "true" for r in rows)
    pound = [r for r in rows if r["surface"] == "up to £1,000"][0]
    assert pound["normalized_unit"] == "USD" and 1200 < float(pound["normalized_high"]) < 1400


def test_compare_table_and_output_file(nlp, tmp_path):
    out = tmp_path / "out.txt"
    result = run("compare", CORPUS, "--output", out)
    assert result.exit_code == EXIT_OK
    text = out.read_text()
    # the table wraps cells between words to fit the width
    assert "CONFLICT" in text and "4,000" in text and "ISIS" in text


def test_compare_all_includes_consistent_groups(nlp):
    default = json.loads(run("compare", CORPUS, "-f", "json").stdout)["groups"]
    everything = json.loads(run("compare", CORPUS, "-f", "json", "--all").stdout)["groups"]
    assert len(everything) > len(default)
    assert any(not g["conflict"] for g in everything)


def test_compare_two_small_articles_conflict(nlp):
    result = run("compare", DATA / "a.md", DATA / "b.md", "-f", "json")
    groups = json.loads(result.stdout)["groups"]
    assert len(groups) == 1
    assert {c["source"] for c in groups[0]["claims"]} == {"Outlet A", "Outlet B"}
    # speakers read as they would mid-sentence, with their article
    assert {c["attribution"] for c in groups[0]["claims"]} == {"officials", "the Red Cross"}


def test_base_currency_option(nlp):
    result = run("compare", CORPUS, "-f", "json", "--base-currency", "EUR")
    units = {c["normalized"]["unit"] for g in json.loads(result.stdout)["groups"]
             for c in g["claims"] if g["dimension"] == "currency"}
    assert units and all(u.startswith("EUR") for u in units)


def test_unknown_base_currency_is_a_usage_error():
    result = run("compare", CORPUS, "--base-currency", "XYZ")
    assert result.exit_code == EXIT_USAGE
    assert "XYZ" in result.stderr and "Traceback" not in result.output


def test_missing_path_is_skipped_and_others_processed(nlp):
    result = run("extract", DATA / "a.md", DATA / "nope.md", "-f", "jsonl")
    assert result.exit_code == EXIT_SKIPPED
    assert "nope.md" in result.stderr and "no such file" in result.stderr
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert claims and claims[0]["doc"].endswith("a.md")


def test_nothing_readable_exits_2(tmp_path):
    result = run("compare", tmp_path)
    assert result.exit_code == EXIT_USAGE
    assert "nothing readable" in result.stderr


def test_strict_stops_at_first_problem(nlp):
    result = run("extract", DATA / "nope.md", DATA / "a.md", "--strict")
    assert result.exit_code == EXIT_SKIPPED
    assert "--strict" in result.stderr


def test_extract_formats(nlp):
    jsonl = run("extract", DATA / "a.md", "-f", "jsonl")
    claims = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert len(claims) == 1
    claim = claims[0]
    assert claim["surface"] == "at least 120 people" and claim["change"] == ">"
    assert claim["low"] == 120 and claim["high"] is None and claim["unit"] == "people"
    as_json = json.loads(run("extract", DATA / "a.md", "-f", "json").stdout)
    assert as_json == claims
    rows = list(csv.DictReader(io.StringIO(run("extract", DATA / "a.md", "-f", "csv").stdout)))
    assert rows[0]["surface"] == "at least 120 people" and rows[0]["start"] == str(claim["start"])
    table = run("extract", DATA / "a.md").stdout
    assert "least 120" in table and "Outlet A" in table


def test_extract_reads_standard_input(nlp):
    result = run("extract", "-", "-f", "jsonl", input="Rebels were paid up to $2,000 a month.\n")
    claim = json.loads(result.stdout.splitlines()[0])
    assert claim["doc"] == "<stdin>" and claim["high"] == 2000 and claim["change"] == "<"
    assert claim["normalized"]["unit"] == "USD/month"


def test_extract_explain_names_the_rules_of_each_claim(nlp):
    text = "The fund raised $143-billion, up from about 2.5 million.\n"
    claims = [json.loads(line) for line in run("extract", "-", "-f", "jsonl", "--explain", input=text).stdout.splitlines()]
    by_surface = {c["surface"]: c["rules"] for c in claims}
    assert by_surface["$143-billion"] == ["digits", "hyphenated-multiplier", "currency-before"]
    assert "interval-approximate" in by_surface["about 2.5 million"]
    assert json.loads(run("extract", "-", "-f", "json", "--explain", input=text).stdout) == claims
    plain = [json.loads(line) for line in run("extract", "-", "-f", "jsonl", input=text).stdout.splitlines()]
    assert all("rules" not in c for c in plain)  # the documented fields only, unless asked
    table = run("extract", "-", "--explain", input=text).stdout
    assert "rules" in table and "currency-before" in table


def test_empty_standard_input_exits_2():
    result = run("extract", "-", input="")
    assert result.exit_code == EXIT_USAGE
    assert "standard input is empty" in result.stderr


def test_evaluate_json(nlp):
    result = run("evaluate", DATA / "mini_gold.json", "--format", "json")
    assert result.exit_code == EXIT_OK
    report = json.loads(result.stdout)
    assert report["n_sentences"] == 2
    assert report["value"]["gold"] == 2 and report["value"]["tp"] == 2


def test_evaluate_missing_file():
    result = run("evaluate", DATA / "missing.json")
    assert result.exit_code == EXIT_USAGE and "no such file" in result.stderr


def test_jobs_2_gives_the_same_output_as_jobs_1(nlp):
    one = run("extract", CORPUS, "-f", "jsonl", "--jobs", "1")
    two = run("extract", CORPUS, "-f", "jsonl", "--jobs", "2")
    assert one.exit_code == two.exit_code == EXIT_OK
    assert one.stdout == two.stdout and one.stdout.count("\n") > 20


# --------------------------------------------------------------------------- options and output (issue 14)

def test_version():
    from figrecon import __version__

    result = run("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"figrecon {__version__}"


def test_help_shows_flags_as_flags_and_offers_completion():
    text = run("compare", "--help").stdout
    assert "--all " in text and "<bool>" not in text and "--excel" in text
    assert "--install-completion" in run("--help").stdout


@pytest.mark.parametrize("name, check", [
    ("out.html", lambda t: t.startswith("<!DOCTYPE html>") and t.count('<svg class="chart"') >= 2),
    ("out.csv", lambda t: next(csv.DictReader(io.StringIO(t)))["change"] in ("exact", "at most", "approximate")),
    ("out.md", lambda t: t.startswith("# Conflicting figures") and "| article " in t),
    ("out.json", lambda t: isinstance(json.loads(t)["groups"], list)),
])
def test_output_file_extension_picks_the_format(nlp, tmp_path, name, check):
    out = tmp_path / name
    assert run("compare", CORPUS, "-o", out).exit_code == EXIT_OK
    assert check(out.read_text(encoding="utf-8"))


def test_format_option_wins_over_the_extension(nlp, tmp_path):
    out = tmp_path / "out.html"
    assert run("compare", CORPUS, "-o", out, "-f", "json").exit_code == EXIT_OK
    json.loads(out.read_text(encoding="utf-8"))


def test_html_report_one_chart_per_conflicting_group(nlp):
    groups = json.loads(run("compare", CORPUS, "-f", "json").stdout)["groups"]
    html = run("compare", CORPUS, "-f", "html").stdout
    assert html.count('<svg class="chart"') == sum(g["conflict"] for g in groups) > 0
    assert "5 articles read" in html


def test_excel_writes_a_byte_order_mark(nlp, tmp_path):
    out = tmp_path / "c.csv"
    assert run("compare", CORPUS, "-o", out, "--excel").exit_code == EXIT_OK
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfgroup,") and "£".encode() in data
    plain = tmp_path / "p.csv"
    run("compare", CORPUS, "-o", plain)
    assert plain.read_bytes().startswith(b"group,")


def test_extract_cannot_write_html():
    result = run("extract", DATA / "a.md", "-o", "x.html")
    assert result.exit_code == EXIT_USAGE and "--format" in result.output


def test_compare_reads_urls_and_reports_a_failing_one(nlp, tmp_path, monkeypatch):
    from tests.test_fetch import Handler  # the local server's handler
    import http.server
    import threading

    monkeypatch.setenv("FIGRECON_CACHE", str(tmp_path / "cache"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{httpd.server_address[1]}"
        result = run("extract", base + "/wire-politics.html", base + "/gone.html", "-f", "json")
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert result.exit_code == EXIT_SKIPPED
    assert f"{base}/gone.html: cannot fetch: HTTP 404" in result.stderr
    claims = json.loads(result.stdout)
    assert claims and all(c["title"] == "Senate passes $1.2 trillion harbour bill after late-night vote" for c in claims)
    assert {c["url"] for c in claims} == {"https://www.wirenews.example/2024/03/09/politics/harbour-bill-senate-vote"}
    assert (tmp_path / "cache").is_dir()


def test_progress_total_counts_files_jsonl_lines_and_urls(tmp_path):
    from figrecon.cli import _count_inputs

    (tmp_path / "a.md").write_text("x")
    (tmp_path / "b.jsonl").write_text('{"text": "1"}\n{"text": "2"}\n{"text": "3"}\n')
    (tmp_path / "c.png").write_bytes(b"\x89PNG")
    assert _count_inputs([str(tmp_path)]) == 4
    assert _count_inputs([str(tmp_path / "a.md"), "https://example.org/x"]) == 2
    assert _count_inputs(["-"]) is None


def test_progress_bar_shows_total_and_eta_on_a_terminal(monkeypatch):
    import io as _io

    from figrecon import cli

    stream = _io.StringIO()
    stream.isatty = lambda: True
    monkeypatch.setattr(cli.sys, "stderr", stream)
    progress = cli._Progress(total=10)
    progress.bar.console.file = stream
    progress(4)
    progress.bar.refresh()
    progress.close()
    text = stream.getvalue()
    assert "4/10" in text and "ETA" in text


def test_no_progress_bar_off_a_terminal(monkeypatch):
    from figrecon import cli

    progress = cli._Progress(total=10)  # the test runner's stderr is not a terminal
    progress(3)
    progress.close()
    assert progress.bar is None


def test_html_report_with_explain(nlp):
    html = run("compare", CORPUS, "-f", "html", "--explain").stdout
    assert html.count("Why grouped:") == html.count('<section class="group"') > 0


def test_no_writable_temporary_folder_is_a_one_line_environment_error(monkeypatch):
    """compare keeps claims in a temporary file (figrecon.spill): when none can be made, one
    line names the problem and the fix, with exit code 3, and no traceback."""
    import tempfile

    from figrecon.cli import EXIT_ENVIRONMENT

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    result = run("compare", CORPUS)
    assert result.exit_code == EXIT_ENVIRONMENT
    assert "TMPDIR" in result.output and "Permission denied" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
