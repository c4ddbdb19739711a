"""A list of plain words as a regex alternation that Python's ``re`` searches quickly.

``re`` tries a search at every position of a text, and at each one it enters every branch of an
alternation such as ``(?:seventeen|seven|six|...)``; with ``re.IGNORECASE`` it cannot even skip a
branch by its first letter. Grouping searches every claim's sentence with lexicon word lists
(number words, movement verbs), so those branches cost a large part of its time.

``words_pattern`` writes the same list as a trie, ``s(?:even(?:t(?:een|y))?|ix)``, behind a
lookahead on the words' first letters, ``(?=[s])``: a position whose letter starts no word is left
after one test, and a word is read one letter at a time however many words share its start.

It matches what ``(?:w1|w2|...)`` with the words longest first matches, at the same positions,
whatever follows it in the pattern: at one position, the words that match are prefixes of one
another, and both try the longest of them first, then the next longest, and so on.

Example: ``words_pattern(["seven", "seventeen", "six"])`` is
``(?=[s])(?:s(?:even(?:teen)?|ix))``.
"""
from __future__ import annotations

import re
from typing import Iterable


def words_pattern(words: Iterable[str], *, ignorecase: bool = False) -> str:
    """The words, each taken literally, as one alternation that is tried longest first.

    With ``ignorecase`` the pattern must be compiled with ``re.IGNORECASE``: the words are then
    merged in lower case ("Seven" and "seven" are one branch). Empty words are dropped; no words
    give a pattern that never matches."""
    words = {w.lower() if ignorecase else w for w in words if w}
    if not words:
        return "(?!)"
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    first = "".join(sorted({re.escape(w[0]) for w in words}))
    return "(?=[" + first + "])(?:" + _branches(root) + ")"


def _branches(node: dict) -> str:
    # each next letter's branch, then (by the greedy "?") the word that ends here: longest first
    alternatives = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return "(?:" + body + ")?" if "" in node else body
