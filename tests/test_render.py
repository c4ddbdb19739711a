"""Renderers: every format parses back to the data it was given."""
import csv

import pytest
import io
import json

from figrecon import render
from figrecon.reconcile import group


def test_fmt_interval():
    assert render.fmt_interval(1000, None, 1000, "USD") == "≤ 1,000 USD"
    assert render.fmt_interval(30, 30, None) == "≥ 30"
    assert render.fmt_interval(None, 1500, 2000, "USD") == "1,500–2,000 USD"
    assert render.fmt_interval(4e9, 4e9, 4e9) == "4 billion"


def test_json_round_trip(corpus_claims):
    groups = group(corpus_claims)
    data = json.loads("".join(render.render_json(groups)))
    assert len(data["groups"]) == len(groups)
    first = data["groups"][0]
    assert first["subject"] == groups[0].subject and len(first["claims"]) == len(groups[0].claims)
    assert first["claims"][0]["start"] == groups[0].claims[0].start


@pytest.mark.parametrize("explain", [False, True])
def test_json_streamed_claim_by_claim_is_the_text_of_the_whole_group(corpus_claims, explain):
    """render_json writes a group's claims one at a time, so that a group of thousands is never
    one string; the text is still exactly json.dumps of the group's dict."""
    groups = group(corpus_claims)
    chunks = list(render.render_json(groups, explain))
    whole = ",".join("\n  " + json.dumps(render.group_dict(g, explain), ensure_ascii=False) for g in groups)
    assert "".join(chunks) == '{"groups": [' + whole + "\n]}\n"
    assert len(chunks) > len(groups) + 2  # claim by claim, not group by group


def test_csv_rows_match_claims(corpus_claims):
    groups = group(corpus_claims)
    rows = list(csv.DictReader(io.StringIO("".join(render.render_csv(groups)))))
    assert len(rows) == sum(len(g.claims) for g in groups)
    assert [r["surface"] for r in rows] == [c.surface for g in groups for c in g.claims]
    assert [r["sentence"] for r in rows] == [c.sentence for g in groups for c in g.claims]


def test_claims_jsonl_one_line_each(corpus_claims):
    lines = "".join(render.render_claims_jsonl(corpus_claims)).splitlines()
    assert len(lines) == len(corpus_claims)
    assert json.loads(lines[0])["surface"] == corpus_claims[0].surface


def test_quote_marks_the_figure(corpus_claims):
    c = next(c for c in corpus_claims if c.surface == "up to £1,000")
    assert "«up to £1,000»" in render._quote(c, 0)
    short = render._quote(c, 30)
    assert "«up to £1,000»" in short and len(short) <= 34


def test_spread_is_highest_over_lowest(corpus_claims):
    g = [g for g in group(corpus_claims) if g.dimension == "count" and g.unit.endswith("fighter")][0]
    assert render.spread(g) == 40.0  # 4,000 over 100 ("hundreds")


# --------------------------------------------------------------------------- citing, CSV safety

import dataclasses  # noqa: E402

from hypothesis import example, given, strategies as st  # noqa: E402

from figrecon.model import Claim, Group, Normalized  # noqa: E402


def _claim(**fields) -> Claim:
    base = dict(doc="a.md", source="Outlet", date="2024-01-02", start=10, end=19, surface="40 people",
                sentence="Reports: 40 people were hurt.", value=40.0, low=40.0, high=40.0, change="=",
                unit="person", dimension="count", normalized=Normalized(40.0, 40.0, 40.0, "person"),
                subject="hurt", topic="people hurt", sentence_start=1, title="Storm hits | coast",
                url="https://example.org/storm?a=1&b=2")
    base.update(fields)
    return Claim(**base)


def test_every_format_carries_title_and_url():
    g = Group("hurt", "count", "person", (_claim(),))
    claim = json.loads("".join(render.render_json([g])))["groups"][0]["claims"][0]
    assert claim["title"] == "Storm hits | coast" and claim["url"] == "https://example.org/storm?a=1&b=2"
    row = next(csv.DictReader(io.StringIO("".join(render.render_csv([g])))))
    assert row["title"] == "Storm hits | coast" and row["url"] == "https://example.org/storm?a=1&b=2"
    markdown = "".join(render.render_markdown([g]))
    assert "[Storm hits \\| coast](<https://example.org/storm?a=1&b=2>)" in markdown
    assert "Storm hits | coast" in "".join(render.render_table([g], width=200))


def test_csv_qualifiers_are_words():
    rows = [next(csv.DictReader(io.StringIO("".join(render.render_csv([Group("s", "count", "p", (_claim(change=ch),))])))))
            for ch in ("=", "~", "<", ">", "up", "down")]
    assert [r["change"] for r in rows] == ["exact", "approximate", "at most", "at least", "up", "down"]


@given(st.text(min_size=1, max_size=30))
@example("\r=")  # a bare carriage return once split a cell, leaving "=" at a line start
def test_no_csv_cell_can_start_a_formula(text):
    claim = _claim(surface=text, sentence=text, subject=text, attribution=text, title=text, source=text)
    for rendered in (render.render_csv([Group(text, "count", "p", (claim,))]), render.render_claims_csv([claim])):
        for row in csv.reader(io.StringIO("".join(rendered), newline="")):
            for cell in row:
                if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    float(cell)  # only a number may start so


@pytest.mark.parametrize("value, safe", [
    ("=SUM(A1)", "'=SUM(A1)"), ("+1 555", "'+1 555"), ("-5", "-5"), ("-2.5e3", "-2.5e3"), ("@cmd", "'@cmd"),
    ("ok", "ok"), (3, 3),
])
def test_safe_cell(value, safe):
    assert render.safe_cell(value) == safe


# --------------------------------------------------------------------------- quotes and the table

SENTENCE = ("According to officials in the northern province, rescuers had pulled 1,250 survivors from "
            "the rubble of collapsed apartment blocks by Tuesday evening, via Turkey's disaster agency.")


def _sentence_claim():
    start = SENTENCE.index("1,250 survivors")
    return _claim(sentence=SENTENCE, sentence_start=0, start=start, end=start + len("1,250 survivors"),
                  surface="1,250 survivors")


@pytest.mark.parametrize("width", [20, 35, 50, 80, 120])
def test_a_cut_quote_keeps_whole_words_and_the_whole_figure(width):
    quote = render._quote(_sentence_claim(), width)
    assert "«1,250 survivors»" in quote
    words = set(SENTENCE.replace(",", " ").split()) | {"«1", "250", "survivors»"}
    for word in quote.strip("…").replace(",", " ").split():
        assert word.strip("…") in words, word


@pytest.mark.parametrize("width", [60, 80, 100, 140])
def test_the_table_fits_the_width_and_cuts_no_word(width):
    g = Group("survivors", "count", "survivor", (_sentence_claim(), dataclasses.replace(_sentence_claim(), source="Other")))
    text = "".join(render.render_table([g], width=width))
    lines = text.splitlines()
    assert max(len(line) for line in lines[1:]) <= width
    # each word of the quote column appears whole somewhere in the table
    for word in ("pulled", "survivors", "collapsed", "apartment"):
        assert word in text


# --------------------------------------------------------------------------- HTML report

from figrecon import report  # noqa: E402


def _conflicting_group(low_b=4000.0):
    from figrecon.model import Conflict

    a = _claim(surface="hundreds", low=100.0, high=1000.0, value=None,
               normalized=Normalized(None, 100.0, 1000.0, "fighter"))
    b = _claim(source="Other <b>", surface="4,000 fighters", value=low_b, low=low_b, high=low_b,
               normalized=Normalized(low_b, low_b, low_b, "fighter"), url=None, title="T & co")
    c = _claim(source="Third", surface="at least 50", value=50.0, low=50.0, high=None, change=">",
               normalized=Normalized(50.0, 50.0, None, "fighter"))
    return Group("fighters", "count", "fighter", (a, b, c), conflicts=(Conflict(0, 1, "no overlap"),))


def test_report_has_a_chart_per_conflicting_group_and_escapes_text():
    consistent = Group("x", "count", "p", (_claim(),))
    html = "".join(report.render_html([_conflicting_group(), _conflicting_group(), consistent], documents=3,
                                      all_groups=True))
    assert html.count("<svg class=\"chart\"") == 2
    assert "Other &lt;b&gt;" in html and "T &amp; co" in html and "<b>" not in html
    assert "<mark>40 people</mark>" in html
    assert "href=\"https://example.org/storm?a=1&amp;b=2\"" in html
    assert "3 articles read" in html
    # nothing to load: no src= attributes, no stylesheet links, a policy that forbids fetching
    assert " src=" not in html and "<link" not in html and "default-src 'none'" in html


def test_wide_spread_gets_a_log_axis_and_narrow_a_linear_one():
    assert "log scale" in report.chart_svg(_conflicting_group(4000.0))
    narrow = _conflicting_group(1200.0)
    narrow = dataclasses.replace(narrow, claims=narrow.claims[:2] + (
        dataclasses.replace(narrow.claims[2], low=500.0, normalized=Normalized(500.0, 500.0, None, "fighter")),))
    assert "log scale" not in report.chart_svg(narrow)


@given(st.lists(st.floats(min_value=1e-3, max_value=1e12, allow_nan=False), min_size=1, max_size=6))
def test_chart_positions_stay_inside_the_plot(values):
    claims = tuple(_claim(value=v, low=v, high=v, normalized=Normalized(v, v, v, "p")) for v in values)
    svg = report.chart_svg(Group("s", "count", "p", claims))
    import re

    for x in re.findall(r'<circle class="point" cx="([0-9.\-]+)"', svg):
        assert report._LABEL - 1 <= float(x) <= report._WIDTH - report._RIGHT + 1


def test_report_lists_each_article_once_and_links_chart_labels():
    html = "".join(report.render_html([_conflicting_group()]))
    summary = html[html.index('<section class="summary">'):html.index("</section>")]
    assert summary.count("example.org/storm") == 1  # two claims, one article
    svg = report.chart_svg(_conflicting_group())
    assert svg.count('<a href="https://example.org/storm?a=1&amp;b=2">') == 2  # the claim without a url has no link


@pytest.mark.parametrize("fields, word", [
    (dict(value=None, low=100.0, high=1000.0, change="="), "range"),     # "hundreds"
    (dict(value=None, low=None, high=1000.0, change="<"), "at most"),   # "up to 1,000"
    (dict(value=40.0, low=40.0, high=40.0, change="="), "exact"),
    (dict(value=40.0, low=36.0, high=44.0, change="~"), "approximate"),
])
def test_readers_see_a_span_as_a_range_not_exact(fields, word):
    claim = _claim(**fields)
    assert render.qualifier_word(claim) == word
    table = "".join(render.render_table([Group("s", "count", "p", (claim,))], width=200))
    assert f" {word} " in table


@pytest.mark.parametrize("unit, kind", [("fighter", "(count, fighter)"), ("", "(count)")])
def test_heading_names_the_unit_only_when_there_is_one(unit, kind):
    heading = render.group_heading(Group("injured", "count", unit, (_claim(),)))
    assert heading.startswith(f"injured {kind} — consistent")
    assert ", )" not in heading
