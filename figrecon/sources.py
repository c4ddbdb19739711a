"""Reading inputs (files, directories, standard input) into Documents.

``read_inputs`` is the one entry point: it yields a ``Document`` for each article it could
read, a ``Notice`` for a problem that did not stop an input from being read, and a
``Skipped`` for an input that could not be read. It never raises for a bad input and never
prints.

Formats: an HTML page is told by its content (``.html``, ``.shtml``, no extension, standard
input all work) and its article, title, date and url are read by trafilatura and htmldate
(``figrecon.htmlpage``); ``.txt`` and ``.md`` are plain text with optional YAML front matter;
``.jsonl`` holds one article per line; an ``http(s)://`` address is fetched (``figrecon.fetch``).
Text that is not UTF-8 is decoded in the code page charset-normalizer names. In a directory, the
``NAME_files`` folder a browser saves beside ``NAME.html`` is left out.

Text is kept as it is except that ``\\r\\n`` becomes ``\\n`` and a UTF-8 byte order mark is
dropped, so that claim offsets point into exactly the text the extractor sees. Texts longer
than ``part_size`` characters are read in parts split at paragraph boundaries; every part is a
Document with the same ``doc`` and ``offset`` set to where the part starts in the whole text.
"""
from __future__ import annotations

import codecs
import dataclasses
import io
import datetime as _dt
import errno
import json
import os
import re
import stat
import sys
import tempfile
from typing import BinaryIO, Callable, Iterable, Iterator, Optional, TextIO, Union

from figrecon import lexicon
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
HTML_EXTENSIONS = (".html", ".htm", ".shtml", ".xhtml")
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

_MONTHS = lexicon.mapping("calendar", "months")  # "jan" -> 1, "september" -> 9
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
_TOP_KEY = re.compile(r"^(?P<key>[^\s#:][^:]*?)[ \t]*:(?:[ \t]|$)")
#: the fields a Document takes from front matter; other keys are kept in the metadata but unused.
_TEXT_FIELDS = ("title", "source", "url")


def parse_front_matter(text: str, path: str) -> tuple[dict, str, list[Notice]]:
    """Split a leading ``---`` delimited YAML block from ``text`` and parse it with PyYAML.

    Returns the metadata (keys lower-cased; ``title``, ``source`` and ``url`` as one-line
    strings; ``date`` turned into an ISO date or None), the body after the block, and notices.
    Any YAML is allowed (lists such as ``tags:``, folded titles, ``# comments``). Text that does
    not start with a ``---`` line has no front matter. A block that is not closed, is not valid
    YAML or is not a mapping gives a notice, and the whole text is returned as the body.
    """
    lines = text.split("\n")
    if not lines or not _FENCE.match(lines[0]):
        return {}, text, []
    close = next((i for i in range(1, len(lines)) if _FENCE.match(lines[i])), None)
    if close is None:
        return {}, text, [Notice(path, "front matter has no closing '---' line; front matter ignored", 1)]
    import yaml

    block = "\n".join(lines[1:close])
    try:
        loaded = yaml.safe_load(block)
    except yaml.YAMLError as error:
        # Hand-written front matter is often not YAML only because a value holds a colon
        # ("title: Turkey: 500 more fighters"); such a block is still one "key: value" a line.
        loaded = _key_value_lines(lines[1:close])
        if loaded is None:
            mark = getattr(error, "problem_mark", None)
            problem = getattr(error, "problem", None) or "not valid YAML"
            return {}, text, [Notice(path, f"front matter is not valid YAML ({problem}); front matter ignored",
                                     mark.line + 2 if mark is not None else 1)]
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        return {}, text, [Notice(path, "front matter is not a set of 'key: value' lines; front matter ignored", 2)]
    notices = _repeated_keys(lines[1:close], path)
    metadata = {str(key).lower(): value for key, value in loaded.items()}
    for key in _TEXT_FIELDS:
        if key in metadata:
            metadata[key] = _one_line(metadata[key])
    if metadata.get("date") is not None:
        raw = metadata["date"]
        metadata["date"] = _yaml_date(raw)
        if metadata["date"] is None:
            notices.append(_date_notice(str(raw), path, _line_of(lines, "date", close)))
    body_start = sum(len(line) + 1 for line in lines[: close + 1])
    return metadata, text[body_start:], notices


_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z_][A-Za-z0-9_-]*)[ \t]*:[ \t]+(?P<value>.*?)[ \t]*$")


def _key_value_lines(block: list[str]) -> Optional[dict]:
    """Read a block that is one ``key: value`` a line (quotes optional); None if it is not."""
    found = {}
    for line in block:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _KEY_VALUE.match(line)
        if not match:
            return None
        value = match.group("value")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        found[match.group("key")] = value
    return found


def _one_line(value: object) -> Optional[str]:
    if value is None or isinstance(value, (list, dict)):
        return None
    text = " ".join(str(value).split())
    return text or None


def _yaml_date(value: object) -> Optional[str]:
    # YAML reads "2020-10-06" as a date and "2020-10-06 10:00:00" as a datetime.
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return parse_date(str(value))


def _repeated_keys(block: list[str], path: str) -> list[Notice]:
    seen: set[str] = set()
    notices = []
    for index, line in enumerate(block, start=2):
        match = _TOP_KEY.match(line)
        if not match:
            continue
        key = match.group("key").strip("'\"").lower()
        if key in seen:
            notices.append(Notice(path, f"front matter key {key!r} repeated; the last value is used", index))
        seen.add(key)
    return notices


def _line_of(lines: list[str], key: str, end: int) -> Optional[int]:
    for index in range(end - 1, 0, -1):
        match = _TOP_KEY.match(lines[index])
        if match and match.group("key").lower() == key:
            return index + 1
    return None


# --------------------------------------------------------------------------- entry point

def read_inputs(
    paths: Iterable[str],
    stdin: Optional[Union[TextIO, BinaryIO]] = None,
    *,
    part_size: int = DEFAULT_PART_SIZE,
    fetch: Optional[Callable[[str], object]] = None,
) -> Iterator[Record]:
    """Yield Documents, Notices and Skipped records for files, directories and ``-``.

    Directories are read recursively in sorted order, hidden files and directories left out,
    and only files with a supported extension are read (others give a Skipped record). A file
    named explicitly is read as text whatever its extension, if it is text. ``-`` reads
    ``stdin`` (default ``sys.stdin.buffer``) as text with optional front matter.
    ``part_size`` is the number of characters above which a text is yielded in parts.
    An ``http(s)://`` address is fetched with ``fetch`` (default: ``figrecon.fetch.Fetcher``
    with its cache in ``default_cache_dir()``); the network is used only for such addresses.
    """
    if part_size < 1:
        raise ValueError("part_size must be positive")
    if isinstance(paths, str):  # one path, not its characters
        paths = [paths]
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin, part_size)
        elif path.lower().startswith(("http://", "https://")):
            if fetch is None:
                from figrecon.fetch import Fetcher, default_cache_dir

                fetch = Fetcher(default_cache_dir())
            yield from _read_url(path, fetch, part_size)
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
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and not _saved_page_folder(dirpath, d, filenames))
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


def _saved_page_folder(dirpath: str, name: str, filenames: list[str]) -> bool:
    """True for the ``NAME_files`` folder a browser's "Save Page As, complete" writes next to
    ``NAME.html``: its frames, scripts and images are parts of that page, not articles."""
    if not name.endswith("_files"):
        return False
    stem = name[: -len("_files")]
    return any(stem + ext in filenames for ext in HTML_EXTENSIONS)


def _extension(path: str) -> str:
    return os.path.splitext(path)[1].lower()


def _read_file(path: str, part_size: int, explicit: bool) -> Iterator[Record]:
    ext = _extension(path)
    # In a directory, a file without an extension is read only if it holds an HTML page.
    if ext not in SUPPORTED_EXTENSIONS and not explicit and ext:
        yield Skipped(path, f"unsupported file type {ext}")
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
            yield from _read_stream(stream, path, part_size, ext, explicit)
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


def _read_stream(stream: BinaryIO, path: str, part_size: int, ext: str, explicit: bool) -> Iterator[Record]:
    """Read an open file by what it holds: HTML is told by its content, whatever its name."""
    if ext in JSONL_EXTENSIONS:
        yield from _read_jsonl(stream, path, part_size)
        return
    start = stream.tell()
    head = stream.read(_SNIFF)
    stream.seek(start)
    if ext in HTML_EXTENSIONS or (head and _is_html(head)):
        yield from _read_html(stream, path, part_size)
    elif not explicit and ext not in SUPPORTED_EXTENSIONS:
        yield Skipped(path, "unsupported file type (no extension)")
    elif ext not in TEXT_EXTENSIONS and path != STDIN:
        kind = f"file type {ext}" if ext else "file without an extension"
        told = False
        for record in _read_text(stream, path, part_size):
            if not told and isinstance(record, Document):
                yield Notice(path, f"{kind} read as plain text")
                told = True
            yield record
    else:
        yield from _read_text(stream, path, part_size, empty_reason="standard input is empty"
                              if path == STDIN else "empty file")


def _is_html(head: bytes) -> bool:
    if _sniff_binary(head):
        return False
    from figrecon.htmlpage import looks_like_html

    return looks_like_html(head)


def _os_reason(error: OSError) -> str:
    return "cannot read: " + (error.strerror.lower() if error.strerror else str(error))


# --------------------------------------------------------------------------- URLs

def _read_url(url: str, fetch: Callable[[str], object], part_size: int) -> Iterator[Record]:
    page = fetch(url)
    if isinstance(page, Skipped):
        yield page
        return
    if not page.data:
        yield Skipped(url, "the server sent an empty page")
        return
    if page.content_type in ("text/html", "application/xhtml+xml") or _is_html(page.data[:_SNIFF]):
        yield from html_documents(page.data, url, part_size, url=page.final_url, charset=page.charset)
        return
    for record in _read_text(io.BytesIO(page.data), url, part_size):
        if isinstance(record, Document) and record.url is None:
            record = dataclasses.replace(record, url=page.final_url)
        yield record


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
        yield from _read_stream(spool, STDIN, part_size, "", explicit=True)


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

    UTF-8 is tried first. Text that is not UTF-8 is in a legacy code page, which
    charset-normalizer names from the first megabyte (Windows-1254 for Turkish, Windows-1251
    for Russian) when that holds enough non-ASCII bytes to tell; else Windows-1252, else
    Latin-1 (which decodes any bytes). The stream is left at its start.
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
    sample = b""
    block = head
    while block:
        if b"\x00" in block:
            return None, "contains NUL bytes"
        if len(sample) < _BLOCK:
            sample += block[: _BLOCK - len(sample)]
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
    if candidates and candidates[0] == "utf-8":
        return "utf-8", None
    return legacy_encoding(sample, "cp1252" in candidates), None


#: Fewer non-ASCII bytes than this do not tell one code page from another ("€500" is as
#: likely Windows-1252 as anything); the common Western code page is assumed instead.
_ENOUGH_EVIDENCE = 16
#: Code pages of DOS and classic Mac OS: charset-normalizer may propose them for a short
#: sample, but news text is not written in them.
_UNLIKELY = re.compile(r"^(?:cp4\d\d|cp7\d\d|cp8\d\d|mac_.*|cp1006|cp1125|cp273|cp037|cp500|hz|ptcp154)$")


def legacy_encoding(sample: bytes, cp1252_valid: bool = True) -> str:
    """The code page of bytes that are not UTF-8, named with charset-normalizer."""
    if sum(byte > 0x7F for byte in sample) >= _ENOUGH_EVIDENCE:
        from charset_normalizer import from_bytes

        for match in from_bytes(sample):
            name = codecs.lookup(match.encoding).name
            if name not in ("utf-8", "ascii") and not _UNLIKELY.match(name.replace("-", "_")):
                return name
    return "cp1252" if cp1252_valid else "latin-1"


def encoding_name(encoding: str) -> str:
    """A reader's name for a Python codec name: "cp1254" -> "Windows-1254"."""
    name = codecs.lookup(encoding).name
    if name == "iso8859-1":
        return "Latin-1"
    match = re.match(r"^cp(125\d)$", name)
    if match:
        return f"Windows-{match.group(1)}"
    match = re.match(r"^iso8859-(\d+)$", name)
    if match:
        return f"ISO-8859-{match.group(1)}"
    return name.upper()


def _decoded_blocks(stream: BinaryIO, encoding: str) -> Iterator[str]:
    """Decode ``stream`` block by block, with a leading BOM dropped and ``\\r\\n`` as ``\\n``."""
    # A guessed code page may leave a byte undefined; it becomes U+FFFD rather than stopping the read.
    decoder = codecs.getincrementaldecoder("utf-8-sig" if encoding == "utf-8" else encoding)(errors="replace")
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
        yield Notice(path, f"not valid UTF-8; decoded as {encoding_name(encoding)}")
    yield from _documents(
        _decoded_blocks(stream, encoding), path, part_size, front_matter=True, empty_reason=empty_reason,
        plain=True,
    )


#: Markdown's emphasis markers: "**" and "__" next to a word, and a lone "*" opening or closing
#: one ("**Damage.** Nine homes", "*Four* died"). Left in, they hide a sentence's end and glue
#: themselves to the figure next to them; ``_unmarked`` blanks them.
_EMPHASIS = re.compile(r"(?:\*\*|__)(?=\S)|(?<=\S)(?:\*\*|__)|(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])")


def _unmarked(text: str) -> str:
    """``text`` with Markdown's emphasis markers (``_EMPHASIS``) blanked by as many spaces, so
    that every other character keeps its offset: "**Damage.** Nine homes burned" reads as
    "  Damage.   Nine homes burned", two sentences, and a claim's offsets still point into the
    file. A "*" or "_" inside a word or between spaces ("5 * 3", "file_name") stays."""
    return _EMPHASIS.sub(lambda m: " " * len(m.group(0)), text) if "*" in text or "__" in text else text


def _documents(
    blocks: Iterable[str],
    path: str,
    part_size: int,
    *,
    front_matter: bool,
    metadata: Optional[dict] = None,
    empty_reason: str = "empty file",
    origin: Optional[tuple[str, int]] = None,
    plain: bool = False,
) -> Iterator[Record]:
    """Turn decoded text into Documents, one per part; the first part may hold front matter.

    ``origin`` is (file, line) for a JSONL article, whose ``path`` is its id. ``plain``: a text
    or Markdown file, whose emphasis markers are blanked (``_unmarked``)."""
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
            text=_unmarked(part) if plain else part,
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

_MARKUP = re.compile(rb"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.I | re.S)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def _read_html(stream: BinaryIO, path: str, part_size: int) -> Iterator[Record]:
    data = stream.read(MAX_HTML_BYTES + 1)
    if not data:
        yield Skipped(path, "empty file")
        return
    if len(data) > MAX_HTML_BYTES:
        yield Skipped(path, f"HTML file larger than {MAX_HTML_BYTES // (1024 * 1024)} MB; not read")
        return
    yield from html_documents(data, path, part_size)


def html_documents(data: bytes, path: str, part_size: int = DEFAULT_PART_SIZE,
                   url: Optional[str] = None, charset: Optional[str] = None) -> Iterator[Record]:
    """The article in the HTML page ``data`` as Documents, with its title, date, url and outlet.

    ``url`` is where the page was fetched from and ``charset`` the encoding its server declared,
    when it came from the network.
    """
    from figrecon.htmlpage import read_page

    kind = _sniff_binary(data[:_SNIFF])
    if kind:
        yield Skipped(path, _binary_reason(kind))
        return
    markup, notice = _decode_html(data, path, charset)
    if notice:
        yield notice
    page = read_page(markup.replace("\r\n", "\n"), url=url)
    if not page.text.strip():
        yield Skipped(path, "HTML has no article text")
        return
    metadata = {"title": page.title, "source": page.source, "url": page.url, "date": page.date}
    yield from _documents([page.text], path, part_size, front_matter=False, metadata=metadata)


def _decode_html(data: bytes, path: str, charset: Optional[str] = None) -> tuple[str, Optional[Notice]]:
    declared = charset
    if declared is None:
        found = _CHARSET.search(data[:4096])
        declared = found.group(1).decode("ascii", "replace") if found else None
    names = ["utf-8-sig"]
    if declared:
        try:
            name = codecs.lookup(declared).name
            # Browsers read pages labelled Latin-1 as Windows-1252, and so do their authors.
            names.insert(0, "cp1252" if name == "iso8859-1" else name)
        except LookupError:
            declared = None
    for name in names:
        try:
            markup = data.decode(name)
        except UnicodeDecodeError:
            continue
        return markup.lstrip("\ufeff"), None
    # Neither what the page declares nor UTF-8: a legacy code page, named by charset-normalizer.
    cp1252_valid = True
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        cp1252_valid = False
    # Markup is ASCII: it only dilutes the evidence of the words, so it is left out of the sample.
    words = _MARKUP.sub(b" ", data[: _BLOCK * 4])
    name = legacy_encoding(words[:_BLOCK], cp1252_valid)
    return data.decode(name, "replace"), Notice(path, f"not valid UTF-8; decoded as {encoding_name(name)}")


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
