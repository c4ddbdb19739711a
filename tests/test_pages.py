"""Saved news pages and legacy files: article text, title, date and url, and no page clutter.

The pages in tests/data/pages are written for these tests in the shapes real news sites use:
JSON-LD, parsely and OpenGraph metadata, inline SVG icons with <title> elements, navigation and
"Most Popular" lists, galleries, pages without <article>, a .shtml page, a page without an
extension, and a browser's "Save Page As, complete" folder.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from figrecon.htmlpage import looks_like_html
from figrecon.model import Document, Notice, Skipped
from figrecon.sources import parse_front_matter, read_inputs

PAGES = Path(__file__).parent / "data" / "pages"

# name: (title, date, url, words of the article, words of the clutter around it)
EXPECTED = {
    "wire-politics.html": (
        "Senate passes $1.2 trillion harbour bill after late-night vote", "2024-03-09",
        "https://www.wirenews.example/2024/03/09/politics/harbour-bill-senate-vote",
        ["68 to 31", "250,000 jobs", "218 votes"],
        ["Most Popular", "900,000", "$875 million", "Photo 3 of 12", "24 live channels", "30303",
         "Close icon", "Share icon", "Wire Logo"],
    ),
    "weekly-parsely.html": (
        "The Cost of Cooling a Warming City", "2023-07-18", None,
        ["31 straight days", "4,200 shade trees", "425 people"],
        ["TIME Logo", "$1 a week", "100 Most Influential", "2 Million Workers", "12 newsletters"],
    ),
    "regional-og.shtml": (
        "Flooding closes 23 schools in river valley", "2022-11-04",
        "https://valleycourier.example/news/flooding-closes-schools.shtml",
        ["2.4 metres", "1,100 homes", "£3 million"],
        ["7 day forecast", "£5,000", "150-year-old", "8% in January", "0412345"],
    ),
    "business-daily": (
        "Grocer to shut 45 stores and cut 2,300 jobs", "2021-02-15", None,
        ["£1.6 billion", "£70 million", "12 new delivery centres"],
        ["6,756.11", "1.3902", "episode 212", "$48,000", "13-month", "8812345"],
    ),
    "ferry-title-only.html": (
        "Ferry sinks off coast, 14 missing", None, None,
        ["212 people", "198 people", "up to 300 passengers"],
        ["Close icon", "3 channels", "$2 million", "10 best beaches"],
    ),
    "wildfire-graph.html": (
        "Wildfire burns 5,000 hectares", "2019-08-21", None,
        ["1,200 residents", "12 aircraft", "41 degrees"],
        ["5 things", "1 / 8", "44 Harbour Road", "Copyright"],
    ),
    "ledger-url-date.html": (
        "Budget deficit narrows to 3.1%", "2018-05-14", "https://ledger.example/2018/05/14/budget-deficit-narrows",
        ["3.6% a year earlier", "98.4% of GDP"],
        ["24,899", "© 2018"],
    ),
    "saved/Quake toll rises.html": (
        "Quake toll rises past 5,000 as rescuers search rubble", "2023-02-07",
        "https://harbourtimes.example/world/2023/02/07/quake-toll-rises",
        ["20,000 people", "6,000 buildings"],
        ["3 updates", "1,000,000 points", "50% off"],
    ),
}


def only_document(records) -> Document:
    documents = [r for r in records if isinstance(r, Document)]
    assert len(documents) == 1, records
    assert not [r for r in records if isinstance(r, Skipped)], records
    return documents[0]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_title_date_url_and_article_without_clutter(name):
    title, date, url, article, clutter = EXPECTED[name]
    doc = only_document(list(read_inputs([str(PAGES / name)])))
    assert doc.title == title
    assert doc.date == date
    if url is not None:
        assert doc.url == url
    for words in article:
        assert words in doc.text
    for words in clutter:
        assert words not in doc.text and words not in (doc.title or "")


def test_the_outlet_is_never_the_headline():
    doc = only_document(list(read_inputs([str(PAGES / "ledger-url-date.html")])))
    assert doc.source == "ledger.example"  # the page names no outlet but its address
    doc = only_document(list(read_inputs([str(PAGES / "wire-politics.html")])))
    assert doc.source == "Wire Politics"


def test_html_is_told_by_content_on_standard_input():
    data = (PAGES / "business-daily").read_bytes()
    doc = only_document(list(read_inputs(["-"], stdin=io.BytesIO(data))))
    assert doc.title == "Grocer to shut 45 stores and cut 2,300 jobs" and doc.doc == "<stdin>"
    assert "<" not in doc.text and "itemprop" not in doc.text


def test_a_file_without_extension_is_read_as_html_without_a_plain_text_notice():
    records = list(read_inputs([str(PAGES / "business-daily")]))
    assert not [r for r in records if isinstance(r, Notice)]


@pytest.mark.parametrize("head, html", [
    (b"<!DOCTYPE html><html><body>x", True),
    (b"\xef\xbb\xbf\n  <!-- saved -->\n<html lang=en>", True),
    (b"<?xml version='1.0'?>\n<!DOCTYPE html PUBLIC><html>", True),
    (b"<HEAD><TITLE>x</TITLE></HEAD>", True),
    (b"<div class=a>text</div><body>", True),
    (b"The <html> tag starts a page; 5 people know.", False),
    (b"---\ntitle: x\n---\nBody with <b>bold</b>", False),
    (b"plain text", False),
])
def test_looks_like_html(head, html):
    assert looks_like_html(head) is html


def test_a_saved_complete_folder_is_skipped_quietly(tmp_path):
    records = list(read_inputs([str(PAGES / "saved")]))
    assert [type(r) for r in records] == [Document]
    assert records[0].doc.endswith("Quake toll rises.html")


def test_a_files_folder_without_its_page_is_still_read(tmp_path):
    folder = tmp_path / "notes_files"
    folder.mkdir()
    (folder / "a.txt").write_text("Some 12 people came.\n")
    assert [type(r) for r in read_inputs([str(tmp_path)])] == [Document]


# --------------------------------------------------------------------------- front matter

def test_front_matter_with_a_tags_list_and_a_folded_title_keeps_everything():
    text = ("---\ntitle: >\n  Quake toll rises\n  past 2,000\nsource: Reuters # wire\n"
            "tags:\n  - quake\n  - turkey\ndate: 2023-02-07\nurl: https://example.org/q\n---\nBody 1.\n")
    metadata, body, notices = parse_front_matter(text, "x.md")
    assert notices == []
    assert metadata["title"] == "Quake toll rises past 2,000"
    assert metadata["source"] == "Reuters"
    assert metadata["date"] == "2023-02-07"
    assert metadata["url"] == "https://example.org/q"
    assert metadata["tags"] == ["quake", "turkey"]
    assert body == "Body 1.\n"


def test_front_matter_datetime_and_quoted_date():
    metadata, _, _ = parse_front_matter("---\ndate: 2023-02-07 10:30:00\n---\nB", "x.md")
    assert metadata["date"] == "2023-02-07"
    metadata, _, _ = parse_front_matter("---\ndate: 'Feb 7, 2023'\n---\nB", "x.md")
    assert metadata["date"] == "2023-02-07"


def test_front_matter_that_is_a_list_is_ignored_with_a_notice():
    text = "---\n- a\n- b\n---\nBody\n"
    metadata, body, notices = parse_front_matter(text, "x.md")
    assert (metadata, body) == ({}, text) and len(notices) == 1


# --------------------------------------------------------------------------- encodings

@pytest.mark.parametrize("name, encoding, words, title", [
    ("turkish-cp1254.txt", "Windows-1254", "savaşçı ruhlu gönüllülerin", "Deprem bölgesinde 12 bin çadır kuruldu"),
    ("russian-cp1251.txt", "Windows-1251", "Общая длина новых линий составила 22 километра",
     "В Москве открыли 15 новых станций метро"),
])
def test_legacy_encodings_are_named_and_decoded(name, encoding, words, title):
    records = list(read_inputs([str(PAGES / name)]))
    notices = [r for r in records if isinstance(r, Notice)]
    assert [n.reason for n in notices] == [f"not valid UTF-8; decoded as {encoding}"]
    doc = only_document(records)
    assert words in doc.text and doc.title == title


def test_front_matter_with_a_colon_in_a_value_is_still_read():
    text = "---\ntitle: Turkey: 500 more fighters\nsource: Wire\ndate: 2020-10-01\n---\nBody\n"
    metadata, body, notices = parse_front_matter(text, "x.md")
    assert (metadata["title"], metadata["source"], metadata["date"], body, notices) == (
        "Turkey: 500 more fighters", "Wire", "2020-10-01", "Body\n", [])


def test_no_claim_comes_from_page_clutter(nlp):
    """End to end: every claim extracted from the fixture pages lies in the article's own words."""
    from figrecon.extract import extract_many

    documents = [r for r in read_inputs([str(PAGES)]) if isinstance(r, Document)]
    assert len(documents) == len(EXPECTED) + 2  # the two legacy-encoded text files
    claims = list(extract_many(documents, nlp))
    by_doc = {d.doc: d for d in documents}
    clutter = {Path(name).name: words for name, (*_, words) in EXPECTED.items()}
    for claim in claims:
        document = by_doc[claim.doc]
        assert document.text[claim.start - document.offset:claim.end - document.offset] == claim.surface
        for words in clutter.get(Path(claim.doc).name, []):
            assert words not in claim.sentence, (claim.doc, claim.sentence)
    # and the article figures are found
    surfaces = {c.surface for c in claims}
    assert any("250,000" in s for s in surfaces) and any("2,300" in s for s in surfaces)
