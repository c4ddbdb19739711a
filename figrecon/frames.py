"""The earlier event the sentence before a figure tells of: its frame.

News tells an earlier event over two sentences as often as in one: "The last fatal fire in the
tunnel was in 2041, when a bus caught fire near the exit. Six people died and 30 were hurt." The
six and the 30 are 2041's, though their own sentence names no year. A sentence frames the next
one, in the same paragraph, when it names one earlier year than its article's (or "N years ago")
and a noun of events (``comparison.json`` named_event_nouns: "fire", "quake", "crash") or a verb
that tells one (frame_event_verbs: "erupted", "collapsed"), and
names no day of the article's own time ("on Tuesday", "this week"). The year after "since" or
"by" starts a running total or sets a deadline; it frames nothing.

Whether the framed sentence continues the earlier event or returns to the story's own
(``reconcile.scope_of``) is read off that sentence: a word of the present ("this", "now", a
weekday) or a date of its own wins over the frame.

    >>> text = ("A fire broke out on Tuesday.\\n\\nThe last fatal fire there was in 2041, when a bus "
    ...         "caught fire. Six people died and 30 were hurt.")
    >>> frame_at(text, text.index("Six"), "2075-02-12")
    '2041'
    >>> frame_at(text, text.index("A fire"), "2075-02-12")
    ''
    >>> text = "The bridge opened in 2041. Six people died on it."
    >>> frame_at(text, text.index("Six"), "2075-02-12")
    ''
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from figrecon import lexicon

_CMP = lexicon.table("comparison")
#: the nouns of events and the verbs that tell one (comparison.json named_event_nouns, frame_event_verbs)
_EVENT_WORDS = frozenset(_CMP["named_event_nouns"]) | frozenset(_CMP["frame_event_verbs"])
#: words of the article's own time: a sentence naming one frames nothing, and a figure's
#: sentence naming one is of the story's own event; comparison.json frame_present_words
PRESENT = frozenset(_CMP["frame_present_words"]) | frozenset(lexicon.weekday_names())
#: how far back, in characters, the sentence before is looked for
REACH = 600

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NOT_FRAMING = re.compile(r"\b(?:" + "|".join(map(re.escape, _CMP["frame_not_before_year"])) + r")\s+(?:the\s+)?$",
                          re.IGNORECASE)
_AGO = re.compile(r"\b(\d{1,3})\s+years?\s+ago\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")


def words(text: str) -> list[str]:
    """The lower-case words of ``text``."""
    return _WORD.findall(text.lower())


def present(text: str) -> bool:
    """Whether a text names the article's own time ("this", "now", "on Tuesday")."""
    ws = words(text)
    return any(w in PRESENT for w in ws) or any(" ".join(p) in PRESENT for p in zip(ws, ws[1:]))


def sentence_before(text: str, at: int, paragraph: bool = True) -> str:
    """The sentence that ends right before offset ``at`` in its paragraph; "" when ``at`` opens
    its paragraph. With ``paragraph`` False, the one before ``at`` across a paragraph break too;
    "" when ``at`` opens the text."""
    from figrecon.extract import split_sentences  # extract reads frames: imported when first asked

    start = max(text.rfind("\n", 0, at) + 1 if paragraph else 0, at - REACH)
    spans = list(split_sentences(text[start:at]))
    return text[start + spans[-1][0]:start + spans[-1][1]] if spans else ""


def frame_of(sentence: str, date: Optional[str]) -> str:
    """The earlier year a sentence tells an event of, as ``frame_at`` reads it; "" for none."""
    year = int(date[:4]) if date and date[:4].isdigit() else None
    if year is None or not sentence or present(sentence):
        return ""
    if not _EVENT_WORDS.intersection(words(sentence)):
        return ""
    years = {int(m.group(1)) for m in _YEAR.finditer(sentence)
             if not _NOT_FRAMING.search(sentence[:m.start()])}
    years |= {year - int(m.group(1)) for m in _AGO.finditer(sentence) if int(m.group(1)) > 0}
    if len(years) != 1:
        return ""
    (found,) = years
    return str(found) if found < year else ""


@lru_cache(maxsize=16)  # asked once per figure: a sentence's figures, asked in a row, share its answer
def frame_at(text: str, at: int, date: Optional[str]) -> str:
    """The earlier year whose event the sentence before offset ``at`` of ``text`` tells, in the
    same paragraph (see the module's text); "" when it tells none."""
    return frame_of(sentence_before(text, at), date)


#: "last year", "a year ago" (comparison.json last_year): the year before the article's
_LAST_YEAR = re.compile(r"\b(?:" + "|".join(map(re.escape, _CMP["last_year"])) + r")\b", re.IGNORECASE)


def year_named(sentence: str, date: Optional[str]) -> str:
    """The last year a sentence names, no later than its article's: written ("in 2088") or as
    "last year" (the article's year less one); "" when it names none. A figure of "the year
    before" in the next sentence is of the year before that one.

    >>> year_named("The scheme cost the city $4.1 million last year.", "2078-04-12")
    '2077'
    >>> year_named("Ridership rose in 2075 and again in 2076.", "2078-04-12")
    '2076'
    >>> year_named("The scheme opens in 2080.", "2078-04-12")
    ''
    """
    year = int(date[:4]) if date and date[:4].isdigit() else None
    if year is None or not sentence:
        return ""
    named = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(sentence) if int(m.group(1)) <= year]
    named += [(m.start(), year - 1) for m in _LAST_YEAR.finditer(sentence)]
    return str(max(named)[1]) if named else ""


@lru_cache(maxsize=16)  # asked once per figure, as frame_at is
def year_named_at(text: str, at: int, date: Optional[str]) -> str:
    """The last year the sentence before offset ``at`` of ``text`` names (``year_named``), in its
    paragraph or ending the paragraph before: news gives a paragraph a sentence, and "the year
    before" reaches back over its break; "" when it names none."""
    return year_named(sentence_before(text, at, paragraph=False), date)

