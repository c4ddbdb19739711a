"""Renderers: every format parses back to the data it was given."""
import csv
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
