"""Reading inputs (files, directories, standard input) into Documents.

``read_inputs`` is the one entry point: it yields a ``Document`` for each article it could
read, a ``Notice`` for a problem that did not stop an input from being read, and a
``Skipped`` for an input that could not be read. It never raises for a bad input and never
prints.

Formats, by extension: ``.txt`` and ``.md`` are plain text with optional front matter,
``.html``/``.htm`` have their article text extracted, ``.jsonl`` holds one article per line.

Text is kept as it is except that ``\\r\\n`` becomes ``\\n`` and a UTF-8 byte order mark is
dropped, so that claim offsets point into exactly the text the extractor sees. Texts longer
than ``part_size`` characters are read in parts split at paragraph boundaries; every part is a
Document with the same ``doc`` and ``offset`` set to where the part starts in the whole text.
"""
from __future__ import annotations

import codecs
import datetime as _dt
import errno
import json
import os
import re
import stat
import sys
import tempfile
from html.parser import HTMLParser
from typing import BinaryIO, Iterable, Iterator, Optional, TextIO, Union

from figrecon.model import Document, Notice, Skipped

__all__ = [
    "DEFAULT_PART_SIZE",
    "SUPPORTED_EXTENSIONS",
    "parse_date",
    "parse_front_matter",
    "read_inputs",
    "split_parts",
]

Record = Union[Document, Notice, Skipped]

#: Texts longer than this many characters are yielded in several parts.
DEFAULT_PART_SIZE = 4 * 1024 * 1024
#: HTML is parsed whole; larger files are skipped rather than risking memory.
MAX_HTML_BYTES = 64 * 1024 * 1024

TEXT_EXTENSIONS = (".txt", ".md")
HTML_EXTENSIONS = (".html", ".htm")
JSONL_EXTENSIONS = (".jsonl",)
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS + HTML_EXTENSIONS + JSONL_EXTENSIONS
NO_READABLE_FILES = "no readable files (" + ", ".join(SUPPORTED_EXTENSIONS) + ")"
STDIN = "<stdin>"

_BLOCK = 1024 * 1024  # bytes read at a time
_SNIFF = 8192  # bytes looked at to tell binary from text

# Magic numbers of the binary files people most often point a text tool at by mistake.
_MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "Microsoft Office document"),
    (b"RIFF", "RIFF media"),
    (b"\x7fELF", "executable"),
)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


# --------------------------------------------------------------------------- dates

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_MONTH = r"(?P<month>[a-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
# A time of day or zone may follow the date ("10:32 GMT", "T10:32:00Z"); it is ignored.
_TAIL = r"(?:(?:\s+|T|,\s*)\d{1,2}:\d{2}.*)?"
_DATE_PATTERNS = [
    re.compile(r"^" + _YEAR + r"(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)" + _DAY + _TAIL + r"$", re.I),
    re.compile(r"^" + _WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + _TAIL + r"$", re.I),
    re.compile(r"^" + _WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + _TAIL + r"$", re.I),
]
_NUMERIC_DMY = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")


def parse_date(value: str) -> Optional[str]:
    """Return ``value`` as an ISO date "YYYY-MM-DD", or None when it cannot be parsed.

    Understands "2020-10-06", "2020/10/06", "October 6, 2020", "Oct. 6 2020",
    "6 Oct 2020", "Saturday, 03 Oct, 2020", with an optional time after the date.
    Day-first or month-first numeric dates ("06/10/2020") are accepted only when they are
    unambiguous ("13/10/2020"); an impossible date ("2020-02-30") gives None.
    """
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        month_text = match.group("month")
        if month_text.isdigit():
            month = int(month_text)
        else:
            month = _MONTHS.get(month_text.lower())
            if month is None:
                return None
        return _iso(int(match.group("year")), month, int(match.group("day")))
    match = _NUMERIC_DMY.match(text)
    if match:
        first, second, year = (int(g) for g in match.groups())
        if first > 12 >= second:
            return _iso(year, second, first)
        if second > 12 >= first:
            return _iso(year, first, second)
    return None


def _iso(year: int, month: int, day: int) -> Optional[str]:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _date_notice(raw: str, path: str, line: Optional[int] = None) -> Notice:
    return Notice(path, f"date {raw!r} could not be parsed; treated as unknown", line)


# --------------------------------------------------------------------------- front matter

_FENCE = re.compile(r"^---[ \t]*$")
_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*$")


def parse_front_matter(text: str, path: str) -> tuple[dict, str, list[Notice]]:
    """Split a leading ``---`` delimited block of ``key: value`` lines from ``text``.

    Returns the metadata (keys lower-cased, quotes removed, ``date`` turned into an ISO
    date or None), the body after the block, and notices. Text that does not start with a
    ``---`` line has no front matter. A block that is not closed, or holds a line that is not
    ``key: value``, gives a notice and the whole text is returned as the body.
    """
    lines = text.split("\n")
    if not lines or not _FENCE.match(lines[0]):
        return {}, text, []
    metadata: dict = {}
    notices: list[Notice] = []
    for index in range(1, len(lines)):
        line = lines[index]
        if _FENCE.match(line):
            body_start = sum(len(part) + 1 for part in lines[: index + 1])
            body = text[body_start:]
            if "date" in metadata and metadata["date"] is not None:
                raw = metadata["date"]
                metadata["date"] = parse_date(raw)
                if metadata["date"] is None:
                    notices.append(_date_notice(raw, path, _line_of(lines, "date", index)))
            return metadata, body, notices
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _KEY_VALUE.match(line)
        if not match:
            if not any(_FENCE.match(rest) for rest in lines[index + 1:]):
                break  # the block is not closed at all; say that rather than blame this line
            return {}, text, [Notice(
                path,
                f"front matter line {line[:60]!r} is not 'key: value'; front matter ignored",
                index + 1,
            )]
        key = match.group("key").lower()
        if key in metadata:
            notices.append(Notice(path, f"front matter key {key!r} repeated; the last value is used", index + 1))
        metadata[key] = _unquote(match.group("value") or "")
    return {}, text, [Notice(path, "front matter has no closing '---' line; front matter ignored", 1)]


def _line_of(lines: list[str], key: str, end: int) -> Optional[int]:
    for index in range(end - 1, 0, -1):
        match = _KEY_VALUE.match(lines[index])
        if match and match.group("key").lower() == key:
            return index + 1
    return None


def _unquote(value: str) -> Optional[str]:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r'\\(["\\])', r"\1", value[1:-1])
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value or None


# --------------------------------------------------------------------------- entry point

def read_inputs(
    paths: Iterable[str],
    stdin: Optional[Union[TextIO, BinaryIO]] = None,
    *,
    part_size: int = DEFAULT_PART_SIZE,
) -> Iterator[Record]:
    """Yield Documents, Notices and Skipped records for files, directories and ``-``.

    Directories are read recursively in sorted order, hidden files and directories left out,
    and only files with a supported extension are read (others give a Skipped record). A file
    named explicitly is read as text whatever its extension, if it is text. ``-`` reads
    ``stdin`` (default ``sys.stdin.buffer``) as text with optional front matter.
    ``part_size`` is the number of characters above which a text is yielded in parts.
    """
    if part_size < 1:
        raise ValueError("part_size must be positive")
    if isinstance(paths, str):  # one path, not its characters
        paths = [paths]
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin, part_size)
        elif os.path.isdir(path):
            yield from _read_directory(path, part_size)
        elif os.path.lexists(path) and not os.path.exists(path):
            yield Skipped(path, _link_reason(path))
        elif not os.path.exists(path):
            yield Skipped(path, "no such file or directory")
        else:
            yield from _read_file(path, part_size, explicit=True)


def _read_directory(root: str, part_size: int) -> Iterator[Record]:
    files = []
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if not name.startswith("."):
                full = os.path.join(dirpath, name)
                files.append((os.path.relpath(full, root).split(os.sep), full))
    # Sorting on path components keeps the order the same on every platform and file system.
    files.sort()
    for error in errors:
        yield Skipped(error.filename or root, _os_reason(error))
    documents = 0
    for _, full in files:
        for record in _read_file(full, part_size, explicit=False):
            documents += isinstance(record, Document)
            yield record
    if not documents:
        yield Skipped(root, NO_READABLE_FILES)


def _extension(path: str) -> str:
    return os.path.splitext(path)[1].lower()


def _read_file(path: str, part_size: int, explicit: bool) -> Iterator[Record]:
    ext = _extension(path)
    if ext not in SUPPORTED_EXTENSIONS and not explicit:
        yield Skipped(path, f"unsupported file type {ext}" if ext else "unsupported file type (no extension)")
        return
    if not os.path.isfile(path):
        yield Skipped(path, _not_regular_reason(path))
        return
    try:
        stream = open(path, "rb")
    except OSError as error:
        yield Skipped(path, _os_reason(error))
        return
    with stream:
        try:
            if ext in HTML_EXTENSIONS:
                yield from _read_html(stream, path, part_size)
            elif ext in JSONL_EXTENSIONS:
                yield from _read_jsonl(stream, path, part_size)
            else:
                if ext not in TEXT_EXTENSIONS:
                    kind = f"file type {ext}" if ext else "file without an extension"
                    told = False
                    for record in _read_text(stream, path, part_size):
                        if not told and isinstance(record, Document):
                            yield Notice(path, f"{kind} read as plain text")
                            told = True
                        yield record
                else:
                    yield from _read_text(stream, path, part_size)
        except OSError as error:
            yield Skipped(path, _os_reason(error))


def _link_reason(path: str) -> str:
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
    return "broken symbolic link"


def _not_regular_reason(path: str) -> str:
    """Why ``path`` is not read: a FIFO, socket or device would block or never end."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return _link_reason(path) if os.path.islink(path) else "not a regular file"
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device")):
        if test(mode):
            return f"not a regular file ({kind})"
    return "not a regular file"


def _os_reason(error: OSError) -> str:
    return "cannot read: " + (error.strerror.lower() if error.strerror else str(error))


# --------------------------------------------------------------------------- stdin

def _read_stdin(stdin: Optional[Union[TextIO, BinaryIO]], part_size: int) -> Iterator[Record]:
    if stdin is None:
        stdin = getattr(sys.stdin, "buffer", sys.stdin)
    if stdin is None:
        yield Skipped(STDIN, "standard input is empty")
        return
    # Standard input cannot be read twice, and text is read twice (to choose the encoding,
    # then to decode), so it is copied to a spooled file: in memory when small, on disk when large.
    with tempfile.SpooledTemporaryFile(max_size=min(part_size, _BLOCK * 8)) as spool:
        try:
            while True:
                block = stdin.read(_BLOCK)
                if not block:
                    break
                spool.write(block.encode("utf-8") if isinstance(block, str) else block)
        except (ValueError, OSError):  # closed, or not readable
            pass
        if spool.tell() == 0:
            yield Skipped(STDIN, "standard input is empty")
            return
        spool.seek(0)
        yield from _read_text(spool, STDIN, part_size, empty_reason="standard input is empty")


# --------------------------------------------------------------------------- text

def _sniff_binary(head: bytes) -> Optional[str]:
    """Name the kind of binary file ``head`` starts, or None if it may be text."""
    if head.startswith(_UTF16_BOMS):
        return None
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if b"\x00" in head:
        return "contains NUL bytes"
    return None


def _binary_reason(kind: str) -> str:
    return f"binary file ({kind}), not text"


def _choose_encoding(stream: BinaryIO) -> tuple[Optional[str], Optional[str]]:
    """Read ``stream`` once to choose its encoding; return (encoding, binary kind).

    UTF-8 is tried first, then Windows-1252, then Latin-1 (which decodes any bytes).
    The stream is left at its start.
    """
    start = stream.tell()
    head = stream.read(_SNIFF)
    kind = _sniff_binary(head)
    if kind:
        return None, kind
    if head.startswith(_UTF16_BOMS):
        stream.seek(start)
        return "utf-16", None
    candidates = ["utf-8", "cp1252"]
    decoders = {name: codecs.getincrementaldecoder(name)() for name in candidates}
    block = head
    while block:
        if b"\x00" in block:
            return None, "contains NUL bytes"
        for name in list(candidates):
            try:
                decoders[name].decode(block)
            except UnicodeDecodeError:
                candidates.remove(name)
        block = stream.read(_BLOCK)
    for name in list(candidates):
        try:
            decoders[name].decode(b"", final=True)
        except UnicodeDecodeError:
            candidates.remove(name)
    stream.seek(start)
    return (candidates[0] if candidates else "latin-1"), None


_ENCODING_NAMES = {"cp1252": "Windows-1252", "latin-1": "Latin-1", "utf-16": "UTF-16"}


def _decoded_blocks(stream: BinaryIO, encoding: str) -> Iterator[str]:
    """Decode ``stream`` block by block, with a leading BOM dropped and ``\\r\\n`` as ``\\n``."""
    decoder = codecs.getincrementaldecoder("utf-8-sig" if encoding == "utf-8" else encoding)()
    carry = ""  # a "\r" at the end of a block may be the first half of "\r\n"
    while True:
        raw = stream.read(_BLOCK)
        text = carry + decoder.decode(raw, final=not raw)
        if raw and text.endswith("\r"):
            text, carry = text[:-1], "\r"
        else:
            carry = ""
        if text:
            yield text.replace("\r\n", "\n")
        if not raw:
            return


def split_parts(blocks: Iterable[str], part_size: int) -> Iterator[tuple[int, str]]:
    """Join ``blocks`` and cut the result into parts of at most ``part_size`` characters.

    Yields (offset, part) with ``offset`` the position of the part in the joined text, so
    that joining the parts gives the text back. A cut goes after the last blank line in the
    second half of the part, else after the last newline there, else after the last
    whitespace there, else at ``part_size`` exactly. Holds about two parts in memory.
    """
    buffer = ""
    start = 0  # where the text not yet yielded begins in ``buffer``
    offset = 0
    for block in blocks:
        buffer = buffer[start:] + block
        start = 0
        while len(buffer) - start > part_size:
            cut = _cut_point(buffer, start, part_size)
            yield offset, buffer[start:cut]
            offset += cut - start
            start = cut
    rest = buffer[start:]
    if rest or offset == 0:
        yield offset, rest


_SPACES = (" ", "\t", "\f", "\v", "\u00a0", "\u2009", "\u3000")


def _cut_point(text: str, start: int, size: int) -> int:
    """Where to end the part of at most ``size`` characters starting at ``start``."""
    low, high = start + size // 2, start + size
    for separator in ("\n\n", "\n"):
        found = text.rfind(separator, low, high)
        if found != -1:
            return found + len(separator)
    found = max(text.rfind(space, low, high) for space in _SPACES)
    return found + 1 if found != -1 else high


def _read_text(
    stream: BinaryIO, path: str, part_size: int, empty_reason: str = "empty file"
) -> Iterator[Record]:
    start = stream.tell()
    if not stream.read(1):
        yield Skipped(path, empty_reason)
        return
    stream.seek(start)
    encoding, kind = _choose_encoding(stream)
    if kind:
        yield Skipped(path, _binary_reason(kind))
        return
    if encoding != "utf-8":
        yield Notice(path, f"not valid UTF-8; decoded as {_ENCODING_NAMES[encoding]}")
    yield from _documents(
        _decoded_blocks(stream, encoding), path, part_size, front_matter=True, empty_reason=empty_reason
    )


def _documents(
    blocks: Iterable[str],
    path: str,
    part_size: int,
    *,
    front_matter: bool,
    metadata: Optional[dict] = None,
    empty_reason: str = "empty file",
    origin: Optional[tuple[str, int]] = None,
) -> Iterator[Record]:
    """Turn decoded text into Documents, one per part; the first part may hold front matter.

    ``origin`` is (file, line) for a JSONL article, whose ``path`` is its id."""
    where, line = origin or (path, None)
    metadata = dict(metadata or {})
    body_start = 0
    yielded = seen_whitespace = False
    for offset, part in split_parts(blocks, part_size):
        if offset == 0 and front_matter:
            found, body, notices = parse_front_matter(part, path)
            yield from notices
            metadata.update(found)
            body_start = len(part) - len(body)
            part = body
        else:
            offset -= body_start
        seen_whitespace = seen_whitespace or bool(part)
        if not part.strip():
            # Whitespace cannot hold a claim; leaving such a part out keeps other offsets true.
            continue
        yielded = True
        yield Document(
            doc=path,
            text=part,
            source=metadata.get("source"),
            date=metadata.get("date"),
            url=metadata.get("url"),
            title=metadata.get("title"),
            offset=offset,
            path=where,
            line=line,
        )
    if not yielded:
        if body_start:
            reason = "no text after the front matter"
        else:
            reason = empty_reason + (" (only whitespace)" if seen_whitespace else "")
        yield Skipped(path, reason)


# --------------------------------------------------------------------------- HTML

_DROP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg"}
_BLOCKS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
    "section", "article", "main", "figure", "figcaption", "table", "tr", "td", "th",
    "dd", "dt", "dl", "br", "hr", "body",
}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _ArticleParser(HTMLParser):
    """Collect paragraphs of an HTML page, separately for <article>, <main> and the body."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: dict[str, list[str]] = {"article": [], "main": [], "body": []}
        self.current: list[str] = []
        self.depth = {"drop": 0, "article": 0, "main": 0, "head": 0, "title": 0, "pre": 0}
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = {name.lower(): value or "" for name, value in attrs}
        if tag == "meta":
            self._meta(attributes)
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self.meta.setdefault("canonical", attributes.get("href", ""))
        elif tag == "time" and attributes.get("datetime"):
            self.meta.setdefault("time", attributes["datetime"])
        if tag in _VOID:
            if tag in _BLOCKS:
                self._flush()
            return
        if tag in _BLOCKS:
            self._flush()
        if tag == "body":
            self.depth["head"] = 0  # an unclosed <head> ends where the body starts
        if tag in _DROP:
            self.depth["drop"] += 1
        elif tag in ("article", "main", "head", "title", "pre"):
            self.depth[tag] += 1

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if tag in _BLOCKS:
            self._flush()
        if tag in _DROP:
            self.depth["drop"] = max(0, self.depth["drop"] - 1)
        elif tag in ("article", "main", "head", "title", "pre"):
            self.depth[tag] = max(0, self.depth[tag] - 1)
        if tag == "body":
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.depth["title"]:
            self.title_parts.append(data)
        elif self.depth["head"] or self.depth["drop"]:
            return
        else:
            self.current.append(data)

    def _meta(self, attributes: dict) -> None:
        name = (attributes.get("property") or attributes.get("name") or "").lower()
        content = attributes.get("content", "").strip()
        if name and content:
            self.meta.setdefault(name, content)

    def _flush(self) -> None:
        if not self.current:
            return
        raw = "".join(self.current)
        self.current = []
        if self.depth["pre"]:
            text = "\n".join(line.rstrip() for line in raw.strip("\n").split("\n"))
        else:
            text = " ".join(raw.split())
        if not text.strip():
            return
        self.paragraphs["body"].append(text)
        if self.depth["main"]:
            self.paragraphs["main"].append(text)
        if self.depth["article"]:
            self.paragraphs["article"].append(text)

    def close(self) -> None:
        super().close()
        self._flush()

    def article_text(self) -> str:
        for where in ("article", "main", "body"):
            if self.paragraphs[where]:
                return "\n\n".join(self.paragraphs[where])
        return ""

    def title(self) -> Optional[str]:
        title = " ".join("".join(self.title_parts).split())
        return title or self.meta.get("og:title") or None


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_HTML_DATE_KEYS = ("article:published_time", "date", "dc.date", "pubdate", "publishdate", "time")


def _read_html(stream: BinaryIO, path: str, part_size: int) -> Iterator[Record]:
    data = stream.read(MAX_HTML_BYTES + 1)
    if not data:
        yield Skipped(path, "empty file")
        return
    if len(data) > MAX_HTML_BYTES:
        yield Skipped(path, f"HTML file larger than {MAX_HTML_BYTES // (1024 * 1024)} MB; not read")
        return
    kind = _sniff_binary(data[:_SNIFF])
    if kind:
        yield Skipped(path, _binary_reason(kind))
        return
    markup, notice = _decode_html(data, path)
    if notice:
        yield notice
    parser = _ArticleParser()
    parser.feed(markup.replace("\r\n", "\n"))
    parser.close()
    text = parser.article_text()
    if not text:
        yield Skipped(path, "HTML has no article text")
        return
    metadata = {"title": parser.title(), "source": parser.meta.get("og:site_name")}
    url = parser.meta.get("canonical") or parser.meta.get("og:url")
    metadata["url"] = url or None
    for key in _HTML_DATE_KEYS:
        raw = parser.meta.get(key)
        if raw:
            metadata["date"] = parse_date(raw)
            if metadata["date"] is None:
                yield _date_notice(raw, path)
            break
    yield from _documents([text], path, part_size, front_matter=False, metadata=metadata)


def _decode_html(data: bytes, path: str) -> tuple[str, Optional[Notice]]:
    declared = _CHARSET.search(data[:4096])
    names = ["utf-8-sig"]
    if declared:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
            # Browsers read pages labelled Latin-1 as Windows-1252, and so do their authors.
            names.insert(0, "cp1252" if name == "iso8859-1" else name)
        except (LookupError, UnicodeDecodeError):
            pass
    for name in names + ["cp1252"]:
        try:
            markup = data.decode(name)
        except UnicodeDecodeError:
            continue
        if name in ("utf-8", "utf-8-sig") or (declared and name == names[0]):
            return markup.lstrip("\ufeff"), None
        return markup, Notice(path, f"not valid UTF-8; decoded as {_ENCODING_NAMES.get(name, name)}")
    return data.decode("latin-1"), Notice(path, "not valid UTF-8; decoded as Latin-1")


# --------------------------------------------------------------------------- JSONL

_JSONL_FIELDS = ("source", "date", "url", "title")


def _read_jsonl(stream: BinaryIO, path: str, part_size: int) -> Iterator[Record]:
    head = stream.read(_SNIFF)
    if not head:
        yield Skipped(path, "empty file")
        return
    kind = _sniff_binary(head)
    if kind:
        yield Skipped(path, _binary_reason(kind))
        return
    stream.seek(0)
    seen: dict[str, int] = {}
    articles = 0
    for number, raw in enumerate(stream, start=1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield Skipped(path, "line is not valid UTF-8", number)
            continue
        try:
            record = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as error:
            yield Skipped(path, f"malformed JSON: {error.msg} (column {error.colno})", number)
            continue
        if not isinstance(record, dict):
            yield Skipped(path, f"line is a JSON {type(record).__name__}, not an object", number)
            continue
        if "text" not in record:
            yield Skipped(path, "no 'text' field", number)
            continue
        if not isinstance(record["text"], str):
            yield Skipped(path, f"'text' is a {_json_type(record['text'])}, not a string", number)
            continue
        doc_id = record.get("id")
        if doc_id is None or (isinstance(doc_id, str) and not doc_id.strip()):
            doc = f"{path}:{number}"
        elif isinstance(doc_id, (str, int)) and not isinstance(doc_id, bool):
            doc = str(doc_id)
        else:
            doc = f"{path}:{number}"
            yield Notice(path, f"'id' is a {_json_type(doc_id)}, not a string; using {doc!r}", number)
        if doc in seen:
            yield Notice(path, f"id {doc!r} also used on line {seen[doc]}", number)
        seen.setdefault(doc, number)
        metadata = {}
        for field in _JSONL_FIELDS:
            value = record.get(field)
            if value is None:
                continue
            if not isinstance(value, str):
                yield Notice(path, f"{field!r} is a {_json_type(value)}, not a string; ignored", number)
                continue
            metadata[field] = value
        if "date" in metadata:
            raw_date = metadata["date"]
            metadata["date"] = parse_date(raw_date)
            if metadata["date"] is None:
                yield _date_notice(raw_date, path, number)
        text = record["text"].replace("\r\n", "\n")
        if not text.strip():
            yield Skipped(path, "'text' is empty", number)
            continue
        articles += 1
        yield from _documents([text], doc, part_size, front_matter=False, metadata=metadata,
                              origin=(path, number))
    if not articles:
        # Every line was blank or broken; the per-line records say why.
        yield Skipped(path, "no articles in JSONL file")


def _json_type(value: object) -> str:
    return {
        bool: "boolean", int: "number", float: "number", list: "list", dict: "object", str: "string",
    }.get(type(value), "null" if value is None else type(value).__name__)
