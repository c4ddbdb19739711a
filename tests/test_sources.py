"""Tests for figrecon.sources: reading files, directories and standard input into Documents."""
from __future__ import annotations

import importlib
import io
import os
import sys
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from figrecon import sources
from figrecon.model import Document, Notice, Skipped
from figrecon.sources import NO_READABLE_FILES, parse_date, parse_front_matter, read_inputs, split_parts

settings.register_profile("figrecon", deadline=None)
settings.load_profile("figrecon")

DATA = Path(__file__).parent / "data" / "inputs"
REPO = Path(__file__).parent.parent
SEEDS = Path("/work/shared/seeds")


def path(name: str) -> str:
    return str(DATA / name)


def read(*names: str, **kwargs) -> list:
    return list(read_inputs([path(n) if n != "-" else n for n in names], **kwargs))


def docs(records) -> list[Document]:
    return [r for r in records if isinstance(r, Document)]


def of(kind, records) -> list:
    return [r for r in records if isinstance(r, kind)]


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize(
    "value, expected",
    [
        ("2020-10-06", "2020-10-06"),
        ("October 6, 2020", "2020-10-06"),
        ("Saturday, 03 Oct, 2020", "2020-10-03"),
        ("6 Oct 2020", "2020-10-06"),
        ("2020/10/06", "2020-10-06"),
        ("Tuesday, October 6, 2020", "2020-10-06"),
        ("Sept. 22, 2020", "2020-09-22"),
        ("6th of October 2020", "2020-10-06"),
        ("2020-10-06T10:32:00Z", "2020-10-06"),
        ("Tue, 06 Oct 2020 10:00:00 GMT", "2020-10-06"),
        ("13/10/2020", "2020-10-13"),
        ("  October   6,  2020 ", "2020-10-06"),
    ],
)
def test_parse_date_understands_common_forms(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["xyz", "", "2020-02-30", "Octember 6, 2020", "06/10/2020", "2020", "last week"])
def test_parse_date_gives_none_for_unparseable_impossible_or_ambiguous(value):
    assert parse_date(value) is None


@given(st.dates(min_value=__import__("datetime").date(1000, 1, 1)))
def test_parse_date_round_trips_iso_and_written_forms(day):
    iso = day.isoformat()
    assert parse_date(iso) == iso
    assert parse_date(f"{day:%B} {day.day}, {day.year}") == iso
    assert parse_date(f"{day:%A}, {day.day:02d} {day:%b}, {day.year}") == iso
    assert parse_date(f"{day.year}/{day.month:02d}/{day.day:02d}") == iso


# --------------------------------------------------------------------------- front matter

def test_front_matter_is_split_from_the_body():
    text = '---\ntitle: "A: quoted"\nsource: \'It\'\'s\'\ndate: 6 Oct 2020\nextra_key: kept\n---\nBody 1.\n'
    metadata, body, notices = parse_front_matter(text, "x.md")
    assert metadata == {"title": "A: quoted", "source": "It's", "date": "2020-10-06", "extra_key": "kept"}
    assert body == "Body 1.\n"
    assert notices == []
    assert text.endswith(body)


def test_text_without_front_matter_is_unchanged():
    text = "Title\n---\nnot front matter: really\n"
    assert parse_front_matter(text, "x.md") == ({}, text, [])


def test_front_matter_with_a_line_that_is_not_key_value_is_ignored_with_a_notice():
    text = "---\ntitle: Report\nthis line is not a pair\n---\nBody\n"
    metadata, body, notices = parse_front_matter(text, "x.md")
    assert metadata == {}
    assert body == text
    assert len(notices) == 1
    assert notices[0].line == 3 and "not valid YAML" in notices[0].reason


def test_unclosed_front_matter_is_ignored_with_a_notice():
    text = "---\ntitle: Report\nBody: more\n"
    metadata, body, notices = parse_front_matter(text, "x.md")
    assert (metadata, body) == ({}, text)
    assert [n.reason for n in notices] == ["front matter has no closing '---' line; front matter ignored"]


def test_unparseable_front_matter_date_becomes_unknown_with_a_notice():
    metadata, body, notices = parse_front_matter("---\ntitle: T\ndate: xyz\n---\nB", "x.md")
    assert metadata["date"] is None and metadata["title"] == "T"
    assert notices == [Notice("x.md", "date 'xyz' could not be parsed; treated as unknown", 3)]


def test_repeated_front_matter_key_keeps_the_last_value_with_a_notice():
    metadata, _, notices = parse_front_matter("---\ntitle: A\ntitle: B\n---\n", "x.md")
    assert metadata == {"title": "B"}
    assert notices[0].line == 3 and "repeated" in notices[0].reason


# --------------------------------------------------------------------------- text files

def test_markdown_with_front_matter():
    (doc,) = read("article.md")
    assert doc == Document(
        doc=path("article.md"),
        text="About 1,000 fighters were sent.\n\nEach earns up to $2,000 a month.\n",
        source="Example Times",
        date="2020-10-06",
        url="https://example.org/a",
        title="Fighters sent: a report",
        offset=0,
    )


def test_plain_text_has_no_metadata():
    (doc,) = read("plain.txt")
    assert doc.text == "Armenia says 429 of its soldiers have been killed.\n"
    assert (doc.source, doc.date, doc.url, doc.title, doc.offset) == (None, None, None, None, 0)


def test_windows_line_endings_become_newlines():
    (doc,) = read("crlf.txt")
    assert doc.text == "First line with 19 dead.\n\nSecond paragraph, 55 wounded.\n"


def test_utf8_bom_is_dropped_silently():
    assert read("bom.txt") == [Document(path("bom.txt"), "Caf\u00e9 owners counted 12 chairs.\n")]


def test_windows_1252_text_is_decoded_with_a_notice():
    notice, doc = read("cp1252.txt")
    assert notice == Notice(path("cp1252.txt"), "not valid UTF-8; decoded as Windows-1252")
    assert doc.text == "The \u201csalary\u201d was \u20ac500 a month.\n"


def test_latin1_text_is_the_last_resort_with_a_notice():
    notice, doc = read("latin1.txt")
    assert notice.reason == "not valid UTF-8; decoded as Latin-1"
    assert doc.text == "Le caf\u00e9 \x81 co\u00fbte 3 euros.\n"


def test_utf16_with_bom_is_read():
    notice, doc = read("utf16.txt")
    assert notice.reason == "not valid UTF-8; decoded as UTF-16"
    assert doc.text == "Sixty \u2013 60 \u2013 people.\n"


def test_invalid_front_matter_keeps_the_whole_text():
    notice, doc = read("bad_front_matter.md")
    assert isinstance(notice, Notice) and notice.line == 3
    assert doc.text.startswith("---\ntitle: Report\n") and doc.title is None


def test_unclosed_front_matter_in_a_file():
    notice, doc = read("unclosed_front_matter.md")
    assert "no closing '---'" in notice.reason
    assert doc.text == (DATA / "unclosed_front_matter.md").read_text()


def test_bad_date_in_a_file_gives_a_notice_and_no_date():
    notice, doc = read("bad_date.md")
    assert notice == Notice(path("bad_date.md"), "date 'xyz' could not be parsed; treated as unknown", 3)
    assert doc.date is None and doc.title == "Report" and doc.text == "Body with 3 numbers.\n"


@pytest.mark.parametrize(
    "name, reason",
    [
        ("empty.txt", "empty file"),
        ("whitespace.txt", "empty file (only whitespace)"),
        ("front_matter_only.md", "no text after the front matter"),
        ("image.png", "binary file (PNG image), not text"),
        ("report.pdf", "binary file (PDF), not text"),
        ("nul.txt", "binary file (contains NUL bytes), not text"),
    ],
)
def test_unreadable_files_are_skipped_with_a_reason(name, reason):
    assert read(name) == [Skipped(path(name), reason)]


@pytest.mark.parametrize(
    "head, kind",
    [(b"GIF89a", "GIF image"), (b"\xff\xd8\xff\xe0", "JPEG image"), (b"PK\x03\x04", "ZIP archive")],
)
def test_other_binary_formats_are_named(tmp_path, head, kind):
    target = tmp_path / "file.txt"
    target.write_bytes(head + b"\x01\x02 rest of file")
    assert list(read_inputs([str(target)])) == [Skipped(str(target), f"binary file ({kind}), not text")]


def test_nul_byte_after_the_first_block_is_still_binary(tmp_path):
    target = tmp_path / "late.txt"
    target.write_bytes(b"plain words 1\n" * 2000 + b"\x00")
    assert list(read_inputs([str(target)])) == [Skipped(str(target), "binary file (contains NUL bytes), not text")]


def test_missing_path_is_skipped():
    assert read("does-not-exist.txt") == [Skipped(path("does-not-exist.txt"), "no such file or directory")]


def test_broken_symbolic_link_is_skipped(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    assert list(read_inputs([str(link)])) == [Skipped(str(link), "broken symbolic link")]


def test_unreadable_file_is_skipped(monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(sources, "open", refuse, raising=False)
    assert read("plain.txt") == [Skipped(path("plain.txt"), "cannot read: permission denied")]


def test_a_single_path_string_is_one_path():
    assert list(read_inputs(path("plain.txt"))) == read("plain.txt")


def test_unknown_extension_named_explicitly_is_read_as_text_with_a_notice():
    notice, doc = read("tree/notes.csv")
    assert notice == Notice(path("tree/notes.csv"), "file type .csv read as plain text")
    assert doc.text == "id,value\n1,2\n"


def test_unknown_extension_in_windows_1252_gives_both_notices(tmp_path):
    target = tmp_path / "notes"
    target.write_bytes(b"\x93Five\x94 5\n")
    assert list(read_inputs([str(target)])) == [
        Notice(str(target), "not valid UTF-8; decoded as Windows-1252"),
        Notice(str(target), "file without an extension read as plain text"),
        Document(str(target), "\u201cFive\u201d 5\n"),
    ]


def test_unknown_extension_named_explicitly_but_binary_is_skipped(tmp_path):
    target = tmp_path / "scan.jpg"
    target.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    assert list(read_inputs([str(target)])) == [Skipped(str(target), "binary file (JPEG image), not text")]


def test_carriage_return_split_across_blocks_is_normalised(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "_BLOCK", 4)
    target = tmp_path / "crlf.txt"
    target.write_bytes(b"abc\r\ndefg\r\n\r\nh\xc3\xa9llo\r")  # "\r\n" and "é" straddle block ends
    (doc,) = read_inputs([str(target)])
    assert doc.text == "abc\ndefg\n\nh\u00e9llo\r"


# --------------------------------------------------------------------------- large texts

def test_text_longer_than_the_part_size_is_read_in_parts_with_true_offsets(tmp_path):
    paragraphs = [f"Paragraph {i} reports {i * 10} fighters." for i in range(200)]
    text = "\n\n".join(paragraphs)
    target = tmp_path / "long.txt"
    target.write_text(text)
    parts = list(read_inputs([str(target)], part_size=300))
    assert all(isinstance(p, Document) and p.doc == str(target) for p in parts)
    assert len(parts) > 10
    assert "".join(p.text for p in parts) == text
    for part in parts:
        assert len(part.text) <= 300
        assert text[part.offset: part.offset + len(part.text)] == part.text
    for part in parts[:-1]:
        assert part.text.endswith("\n\n")  # cut at paragraph boundaries


def test_parts_of_a_file_with_front_matter_keep_its_metadata_and_body_offsets(tmp_path):
    body = "".join(f"Line {i} has {i} items.\n" for i in range(100))
    target = tmp_path / "long.md"
    target.write_text("---\ntitle: Long\ndate: 2020-10-06\n---\n" + body)
    parts = list(read_inputs([str(target)], part_size=200))
    assert len(parts) > 5
    assert {(p.title, p.date) for p in parts} == {("Long", "2020-10-06")}
    assert "".join(p.text for p in parts) == body
    assert all(body[p.offset: p.offset + len(p.text)] == p.text for p in parts)


def test_a_long_line_without_newlines_is_split_at_spaces_or_cut(tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("word " * 1000)
    parts = list(read_inputs([str(words)], part_size=997))
    assert "".join(p.text for p in parts) == "word " * 1000
    assert all(p.text.endswith(" ") for p in parts[:-1])
    solid = tmp_path / "solid.txt"
    solid.write_text("x" * 1000)
    parts = list(read_inputs([str(solid)], part_size=300))
    assert [len(p.text) for p in parts] == [300, 300, 300, 100]
    assert [p.offset for p in parts] == [0, 300, 600, 900]


def test_a_one_megabyte_line_is_read_whole_with_the_default_part_size(tmp_path):
    target = tmp_path / "line.txt"
    line = ("The 38-year-old earns 1,500 a month; " * 30000)[: 1024 * 1024]
    target.write_text(line)
    (doc,) = read_inputs([str(target)])
    assert doc.text == line and doc.offset == 0


def test_a_fifty_megabyte_file_is_read_with_bounded_memory(tmp_path):
    target = tmp_path / "big.txt"
    paragraph = "Officials said 1,000 fighters were sent and each earns up to $2,000 a month.\n\n"
    count = 50 * 1024 * 1024 // len(paragraph)
    with open(target, "w") as out:
        for _ in range(count // 1000):
            out.write(paragraph * 1000)
    size = target.stat().st_size
    assert size > 45 * 1024 * 1024
    tracemalloc.start()
    try:
        total, offsets, expected_offset = 0, [], 0
        for record in read_inputs([str(target)]):
            assert isinstance(record, Document)
            assert record.offset == expected_offset
            assert record.text.startswith("Officials said") and record.text.endswith("\n\n")
            expected_offset += len(record.text)
            total += len(record.text)
            offsets.append(record.offset)
            del record
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == size
    assert len(offsets) >= 12  # 4 MB parts
    # Reading the file whole would need more than 100 MB (its bytes and its text); reading it in
    # 4 MB parts needs a few parts' worth (about 22 MB measured), whatever the file's size.
    assert peak < 32 * 1024 * 1024, f"peak memory {peak / 2**20:.1f} MB for a {size / 2**20:.0f} MB file"


@settings(max_examples=300)
@given(
    text=st.lists(st.sampled_from(["a", "b", "é", " ", "\n", "\t", "\u00a0", "x\n\n"]), max_size=200).map("".join),
    part_size=st.integers(min_value=1, max_value=60),
    block=st.integers(min_value=1, max_value=50),
)
def test_split_parts_joins_back_with_consistent_offsets(text, part_size, block):
    blocks = [text[i: i + block] for i in range(0, len(text), block)]
    parts = list(split_parts(blocks, part_size))
    assert "".join(part for _, part in parts) == text
    position = 0
    for index, (offset, part) in enumerate(parts):
        assert offset == position
        assert len(part) <= part_size
        assert part or len(parts) == 1
        position += len(part)
        if index < len(parts) - 1:
            window = text[offset + part_size // 2: offset + part_size]
            if "\n\n" in window:
                assert part.endswith("\n\n")
            elif "\n" in window:
                assert part.endswith("\n")
            elif any(c in window for c in " \t\u00a0"):
                assert part[-1] in " \t\u00a0"
            else:
                assert len(part) == part_size


@settings(max_examples=60)
@given(
    text=st.lists(st.sampled_from(["a", "é", " ", "\n", "\r\n", "1,000"]), min_size=1, max_size=150).map("".join),
    part_size=st.integers(min_value=5, max_value=80),
)
def test_reading_a_file_in_parts_gives_back_its_text(tmp_path_factory, text, part_size):
    target = tmp_path_factory.mktemp("parts") / "t.txt"
    target.write_bytes(text.encode("utf-8"))
    records = list(read_inputs([str(target)], part_size=part_size))
    normalised = text.replace("\r\n", "\n")
    if not normalised.strip():
        assert [type(r) for r in records] == [Skipped]
        return
    parts = docs(records)
    assert len(parts) == len(records)
    for part in parts:
        assert part.text.strip()
        assert normalised[part.offset: part.offset + len(part.text)] == part.text
    # whitespace-only parts are left out; everything else is there, in order
    assert "".join(p.text for p in parts).replace(" ", "").replace("\n", "") == normalised.replace(" ", "").replace("\n", "")


# --------------------------------------------------------------------------- HTML

def test_html_article_text_is_extracted_without_markup_or_page_furniture():
    (doc,) = read("page.html")
    assert doc.text == (
        "Rebels from Syria recruited\n\n"
        "Turkey sent 4,000 fighters & pays each the equivalent of $1,800 a month, a report said.\n\n"
        "19 civilians killed\n\n"
        "55 wounded\n\n"
        "Officials said \u201c22 tanks\u201d were destroyed."
    )
    # the page's own headline, not its <title> tag
    assert doc.title == "Rebels from Syria recruited"
    assert doc.source == "Example News"
    assert doc.date == "2020-10-03"
    assert doc.url == "https://example.org/rebels"


def test_html_without_article_leaves_the_navigation_out():
    (doc,) = read("main_only.html")
    assert "Main text with 5 items." in doc.text and "Menu" not in doc.text and doc.title == "M"


def test_html_without_article_or_main_uses_the_body():
    (doc,) = read("body_only.html")
    assert doc.text == "First 1.\n\nSecond 2\n\nLoose 3\n\nafter break"


def test_html_with_no_article_text_keeps_no_footer_or_script():
    records = read("no_article.html")
    assert all("2020" not in r.text and "var" not in r.text for r in records if isinstance(r, Document))
    # a copyright year is not a publication date
    assert all(r.date is None for r in records if isinstance(r, Document))


def test_html_declared_windows_1252_is_decoded():
    (doc,) = read("cp1252.html")
    assert doc.text == "\u201cQuoted\u201d costs \u20ac 5."


def test_empty_and_binary_html_are_skipped(tmp_path):
    empty = tmp_path / "e.html"
    empty.write_bytes(b"")
    pdf = tmp_path / "p.htm"
    pdf.write_bytes(b"%PDF-1.7 stuff")
    assert list(read_inputs([str(empty), str(pdf)])) == [
        Skipped(str(empty), "empty file"),
        Skipped(str(pdf), "binary file (PDF), not text"),
    ]


def test_long_html_text_is_split_in_parts(tmp_path):
    target = tmp_path / "long.html"
    target.write_text("<article>" + "".join(f"<p>Para {i} with {i} dead.</p>" for i in range(50)) + "</article>")
    parts = list(read_inputs([str(target)], part_size=100))
    whole = "\n\n".join(f"Para {i} with {i} dead." for i in range(50))
    assert len(parts) > 5
    assert all(whole[p.offset: p.offset + len(p.text)] == p.text for p in parts)


# --------------------------------------------------------------------------- JSONL

def test_jsonl_reads_good_lines_and_reports_bad_ones():
    p = path("articles.jsonl")
    records = read("articles.jsonl")
    assert records == [
        Document("a1", "About 1,000 fighters.", "Reuters", "2020-10-06", "https://example.org/1", "One"),
        Skipped(p, "malformed JSON: Expecting property name enclosed in double quotes (column 37)", 3),
        Skipped(p, "no 'text' field", 4),
        Skipped(p, "'text' is a number, not a string", 5),
        Notice(p, "date 'sometime' could not be parsed; treated as unknown", 6),
        Document(f"{p}:6", "No id here, 55 wounded."),
        Skipped(p, "line is a JSON list, not an object", 8),
        Notice(p, "id 'a1' also used on line 1", 9),
        Document("a1", "Same id again, 7 dead."),
        Document("a5", "Windows\nline endings 3.\n"),
    ]


def test_jsonl_with_only_blank_lines_is_skipped(tmp_path):
    target = tmp_path / "blank.jsonl"
    target.write_text("\n  \n\n")
    assert list(read_inputs([str(target)])) == [Skipped(str(target), "no articles in JSONL file")]


def test_jsonl_non_string_fields_are_ignored_with_notices(tmp_path):
    target = tmp_path / "f.jsonl"
    target.write_text('{"id": 7, "text": "Seven 7.", "source": ["x"], "title": "T"}\n{"id": {}, "text": "Odd id."}\n')
    assert list(read_inputs([str(target)])) == [
        Notice(str(target), "'source' is a list, not a string; ignored", 1),
        Document("7", "Seven 7.", title="T"),
        Notice(str(target), f"'id' is a object, not a string; using '{target}:2'", 2),
        Document(f"{target}:2", "Odd id."),
    ]


def test_jsonl_invalid_utf8_line_is_skipped_and_others_read(tmp_path):
    target = tmp_path / "enc.jsonl"
    target.write_bytes(b'{"id": "x", "text": "caf\xe9"}\n{"id": "y", "text": "fine 1"}\n')
    assert list(read_inputs([str(target)])) == [
        Skipped(str(target), "line is not valid UTF-8", 1),
        Document("y", "fine 1"),
    ]


def test_jsonl_long_text_is_split_in_parts(tmp_path):
    target = tmp_path / "long.jsonl"
    text = "word " * 100
    target.write_text('{"id": "long", "text": "%s"}\n' % text)
    parts = list(read_inputs([str(target)], part_size=64))
    assert {p.doc for p in parts} == {"long"}
    assert "".join(p.text for p in parts) == text


# --------------------------------------------------------------------------- directories

def test_directory_is_read_recursively_in_sorted_order_without_hidden_files():
    records = read("tree")
    assert [(type(r).__name__, os.path.relpath(getattr(r, "doc", None) or r.path, path("tree"))) for r in records] == [
        ("Document", os.path.join("a", "y.html")),
        ("Document", os.path.join("a", "z.md")),
        ("Document", "b.txt"),
        ("Skipped", "c.png"),
        ("Skipped", "notes.csv"),
    ]
    assert of(Skipped, records) == [
        Skipped(path("tree/c.png"), "unsupported file type .png"),
        Skipped(path("tree/notes.csv"), "unsupported file type .csv"),
    ]
    assert [d.text for d in docs(records)] == ["Y says 25.", "Z says 26.\n", "B has 2 numbers: 2 and 3.\n"]


def test_reading_a_directory_twice_gives_the_same_records():
    assert read("tree") == read("tree")


def test_directory_without_readable_files_is_skipped():
    records = read("no_text")
    assert records[-1] == Skipped(path("no_text"), NO_READABLE_FILES)
    assert [r.reason for r in records[:-1]] == ["unsupported file type .csv", "unsupported file type .png"]


def test_empty_directory_is_skipped(tmp_path):
    assert list(read_inputs([str(tmp_path)])) == [
        Skipped(str(tmp_path), NO_READABLE_FILES)
    ]


def test_directory_whose_only_text_file_is_empty_is_skipped(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    assert list(read_inputs([str(tmp_path)])) == [
        Skipped(str(tmp_path / "e.txt"), "empty file"),
        Skipped(str(tmp_path), NO_READABLE_FILES),
    ]


def test_explicit_hidden_file_is_read():
    (doc,) = read("tree/a/.hidden.txt")
    assert doc.text == "hidden 1\n"


def test_paths_are_read_in_the_order_given():
    records = read("plain.txt", "missing.md", "article.md")
    assert [getattr(r, "doc", None) or r.path for r in records] == [
        path("plain.txt"), path("missing.md"), path("article.md")
    ]


# --------------------------------------------------------------------------- standard input

def test_stdin_bytes_with_front_matter():
    stdin = io.BytesIO(b"---\ntitle: From a pipe\ndate: 2020/10/06\n---\n4,000 fighters\r\n")
    assert list(read_inputs(["-"], stdin=stdin)) == [
        Document("<stdin>", "4,000 fighters\n", date="2020-10-06", title="From a pipe")
    ]


def test_stdin_text_stream():
    assert list(read_inputs(["-"], stdin=io.StringIO("caf\u00e9 12"))) == [Document("<stdin>", "caf\u00e9 12")]


def test_stdin_windows_1252_gives_a_notice():
    records = list(read_inputs(["-"], stdin=io.BytesIO(b"\x93hi\x94 5")))
    assert records == [
        Notice("<stdin>", "not valid UTF-8; decoded as Windows-1252"),
        Document("<stdin>", "\u201chi\u201d 5"),
    ]


@pytest.mark.parametrize("make", [lambda: io.BytesIO(b""), lambda: io.StringIO("")])
def test_empty_stdin_is_skipped(make):
    assert list(read_inputs(["-"], stdin=make())) == [Skipped("<stdin>", "standard input is empty")]


def test_closed_stdin_is_skipped():
    stdin = io.BytesIO(b"text")
    stdin.close()
    assert list(read_inputs(["-"], stdin=stdin)) == [Skipped("<stdin>", "standard input is empty")]


def test_binary_stdin_is_skipped():
    assert list(read_inputs(["-"], stdin=io.BytesIO(b"%PDF-1.5 ..."))) == [
        Skipped("<stdin>", "binary file (PDF), not text")
    ]


def test_large_stdin_is_read_in_parts():
    text = "".join(f"Paragraph {i}.\n\n" for i in range(500))
    parts = list(read_inputs(["-"], stdin=io.BytesIO(text.encode()), part_size=1000))
    assert len(parts) > 5 and {p.doc for p in parts} == {"<stdin>"}
    assert "".join(p.text for p in parts) == text


def test_default_stdin_is_sys_stdin_buffer_read_only_when_asked(monkeypatch):
    class Exploding:
        def __getattr__(self, name):
            raise AssertionError("standard input touched")

    monkeypatch.setattr(sys, "stdin", Exploding())
    importlib.reload(sources)  # importing must not touch standard input
    records = sources.read_inputs([path("plain.txt")])
    assert len(list(records)) == 1
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"piped 3")))
    assert list(sources.read_inputs(["-"])) == [Document("<stdin>", "piped 3")]


def test_part_size_must_be_positive():
    with pytest.raises(ValueError):
        list(read_inputs([], part_size=0))


# --------------------------------------------------------------------------- the demo corpus

CORPUS = REPO / "corpus"
SEED_FOR = {
    "wsj-2020-10-13-turkish-backed-syrian-fighters-join-armenian-azeri-conflict.md": "000_33faf93d243fd988.txt",
    "arab-weekly-2020-10-06-russia-unhappy-with-turkey-sending-syrian-mercenaries.md": "001_9433c0c6887b405e.txt",
    "christian-post-2020-10-01-turkey-sends-isis-commander-syrian-rebels-to-azerbaijan.md": "002_47476417d5c1ab14.txt",
    "translated-2020-10-06-syria-confirms-militants-fighting-in-nagorno-karabakh.md": "003_53b2df6e0b9a668c.txt",
    "aggregator-2020-10-03-rebels-from-syria-recruited-to-fight-in-karabakh.md": "004_02f7232093f2ee29.txt",
}


def test_corpus_reads_cleanly_with_metadata():
    records = list(read_inputs([str(CORPUS)]))
    assert all(isinstance(r, Document) for r in records), [str(r) for r in records if not isinstance(r, Document)]
    assert sorted(os.path.basename(d.doc) for d in records) == sorted(SEED_FOR)
    for doc in records:
        assert doc.source and doc.date and doc.title
        assert doc.text.split("\n", 1)[0] == doc.title
        assert doc.date in os.path.basename(doc.doc)
    sources_by_file = {os.path.basename(d.doc): d.source for d in records}
    assert sources_by_file[next(n for n in SEED_FOR if n.startswith("wsj"))] == "The Wall Street Journal"
    assert sources_by_file[next(n for n in SEED_FOR if n.startswith("christian"))] == "The Christian Post"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles are not on this machine")
def test_corpus_bodies_are_the_seed_articles_unchanged():
    for name, seed in SEED_FOR.items():
        (doc,) = read_inputs([str(CORPUS / name)])
        assert doc.text == (SEEDS / seed).read_text(encoding="utf-8"), name
