"""A web page -> its article text, title, date, url and outlet, with trafilatura and htmldate.

trafilatura finds the article among a page's navigation, galleries, "Most Popular" lists and
footers (it scores blocks of text, so pages without ``<article>`` work), and reads the title, url
and outlet from the page's metadata (JSON-LD, OpenGraph, parsely, Dublin Core, ``<title>`` with
the outlet's suffix removed). htmldate, which trafilatura calls, finds the publication date.

Both libraries are imported when the first page is read, so ``figrecon --help`` never pays for them.
Nothing here reads files or prints: ``looks_like_html`` and ``read_page`` take bytes or text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

__all__ = ["Page", "looks_like_html", "read_page"]

# What an HTML document starts with, once a BOM, whitespace and comments are passed: a doctype,
# an <html>, <head> or <body> tag, or (for fragments saved by some tools) a <meta> or <title>.
_LEADING_JUNK = re.compile(rb"^(?:\xef\xbb\xbf)?(?:\s|<!--.*?-->|<\?xml[^>]*\?>)*", re.S)
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]", re.I)
_HTML_TAG_ANYWHERE = re.compile(rb"<(?:html|body)[\s>]", re.I)

# A browser's "Save Page As" writes the page's address into a comment near the top.
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)

# trafilatura writes list items as lines starting "- "; the dash is a bullet, not a minus sign.
_BULLET = re.compile(r"^- ", re.M)


@dataclass(frozen=True)
class Page:
    """What was read from one web page. ``text`` holds one paragraph per block, separated by
    blank lines, so that a headline or list item never runs into the next sentence."""

    text: str
    title: Optional[str] = None
    date: Optional[str] = None  # ISO "YYYY-MM-DD"
    url: Optional[str] = None
    source: Optional[str] = None  # the outlet's name, or the site's host when no name is given


def looks_like_html(head: bytes) -> bool:
    """True when ``head`` (the first few kilobytes of a file) is the start of an HTML page.

    Decided by content, not by name, so ``.shtml`` pages, files without an extension and HTML
    piped to standard input are all read as pages. Text that merely mentions a tag is not HTML:
    the markup has to come first.
    """
    rest = head[_LEADING_JUNK.match(head).end():]
    if _HTML_START.match(rest):
        return True
    # A page that starts with some other tag (<div>, <link>) still has <html> or <body> early on.
    return rest.startswith(b"<") and bool(_HTML_TAG_ANYWHERE.search(head))


def read_page(markup: str, url: Optional[str] = None) -> Page:
    """Extract the article and its metadata from ``markup``; ``url`` is where it was fetched from.

    The date is the one the page's metadata states (JSON-LD, OpenGraph, parsely, ``<time>``,
    the url). Only when none is stated does htmldate search the text; a date it can only place
    at January 1st came from a bare year (a copyright line) and is not used.
    """
    import trafilatura
    from trafilatura.utils import load_html

    saved = _SAVED_FROM.search(markup[:4096])
    url = url or (saved.group(1) if saved else None)
    tree = load_html(markup)
    if tree is None:
        return Page(text="", url=url)
    # Inline SVG icons carry <title> elements ("Close icon", "TIME Logo") that would otherwise
    # run into a headline or a paragraph; an icon or a logo is never the article's words.
    for svg in tree.xpath("//svg | //*[local-name()='svg']"):
        _drop(svg)
    found = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, favor_precision=True, include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if found is None:
        return Page(text="", url=url)
    date = found.date
    if not date:
        date = _searched_date(tree, url)
    title = _clean(found.title)
    page_url = _clean(found.url) or url
    return Page(
        text=_paragraphs(found.text or ""),
        title=title,
        date=date,
        url=page_url,
        source=_outlet(found.sitename, title, page_url),
    )


def _drop(element) -> None:
    """Remove ``element`` but keep the text that follows it in its parent."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _outlet(sitename: Optional[str], title: Optional[str], url: Optional[str]) -> Optional[str]:
    """The outlet's name; trafilatura sometimes offers the headline itself, which is no outlet."""
    name = _clean(sitename)
    if name and title and name.casefold() == title.casefold():
        name = None
    if name is None and url:
        from urllib.parse import urlsplit

        host = urlsplit(url).hostname or ""
        name = host[4:] if host.startswith("www.") else host or None
    return name


def _searched_date(tree, url: Optional[str]) -> Optional[str]:
    from htmldate import find_date

    date = find_date(tree, url=url, extensive_search=True, original_date=True)
    if date and date.endswith("-01-01"):
        return None
    return date


def _paragraphs(text: str) -> str:
    lines = (" ".join(line.split()) for line in _BULLET.sub("", text).split("\n"))
    return "\n\n".join(line for line in lines if line)


def _clean(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    value = " ".join(value.split())
    return value or None
