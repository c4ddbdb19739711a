"""The section of an article a figure stands in: the heading above it.

A roundup tells several incidents in one article, each under its own subhead ("PEMBERLY PARK",
"## The park shooting"). Two tolls of one article under two headings are two quantities, even of
one kind ("eight people were wounded" at the mall, "two other people were wounded" at the park),
where two tolls of one passage may be one toll the article updates (``reconcile._split_by_document``).

A heading is a line of its own: a markdown heading ("## The park shooting") or a short line
written in capitals ("PEMBERLY PARK", "BY THE NUMBERS"); a line with a lower-case letter, or
one long enough to be a sentence, is text.

    >>> text = "Eight were hurt.\\n\\nPEMBERLY PARK\\n\\nTwo were hurt.\\n\\n## Help\\n\\nCall."
    >>> section_at(text, 0), section_at(text, text.index("Two")), section_at(text, text.index("Call"))
    ('', 'pemberly park', 'help')
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

#: most characters a heading line in capitals may have
MAX_HEADING = 60

_MARKDOWN = re.compile(r"^[ \t]*#{1,6}[ \t]+(\S[^\n]*?)[ \t#]*$", re.MULTILINE)
_CAPITALS = re.compile(r"^[ \t]*([A-Z0-9][A-Z0-9 ,.'’&:/-]{2," + str(MAX_HEADING - 1) + r"})[ \t]*$", re.MULTILINE)


@lru_cache(maxsize=16)
def headings(text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """The offsets of ``text``'s heading lines, in order, and their names in lower case."""
    found = {m.start(1): m.group(1) for m in _MARKDOWN.finditer(text)}
    found.update({m.start(1): m.group(1) for m in _CAPITALS.finditer(text)
                  if sum(ch.isalpha() for ch in m.group(1)) >= 3})
    at = tuple(sorted(found))
    return at, tuple(" ".join(found[k].lower().split()) for k in at)


def section_at(text: str, at: int) -> str:
    """The name of the last heading before offset ``at`` of ``text``, or "" when there is none."""
    offsets, names = headings(text)
    k = bisect_right(offsets, at) - 1
    return names[k] if k >= 0 else ""
