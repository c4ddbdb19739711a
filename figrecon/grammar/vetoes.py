"""Step 6, vetoes: numbers that are no quantity (ordinals, codes, dates, years, times, names with
digits, references). Each veto returns the name of its rule (``figrecon.grammar.rules``)."""
from __future__ import annotations

import re
from typing import Optional

from figrecon.grammar.vocabulary import (
    CLOCK_FOLLOWERS, CLOCK_OPENERS, CLOCK_PHRASES, CLOCK_QUALIFIERS, CODE_WORDS, COUNTED_REFERENCES, DIAL_WORDS, DOWN_WORDS, IRREGULAR_PLURALS, MEASURES_BEFORE, MONTHS, QUALIFIERS, REFERENCE_WORDS, SMALL, SUFFIX_SCALES, TENS, UP_WORDS,
    _AMBIGUOUS_MONTHS, _FUNCTION_WORDS, _INDEX_NAME, _ORDINAL_SUFFIXES, _PEOPLE_ENDINGS,
    _STREET_WORDS, _TIME_OF_DAY, _VERBS_IN_S, UPPER_SUFFIXES, _GLUED_CODES, _PICTURE_CODES, _PICTURE_WORDS,
    _ONE_COMPOUNDS,
)
from figrecon.grammar.mention import _Number
from figrecon.units import WEIGHING_WORDS


#: digits grouped in thousands: "1,712,797", "12,400"
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def _ordinal_suffix(digits: str) -> str:
    """The suffix an ordinal of these digits takes: "st" for 1, 21; "th" for 11, 12, 13..."""
    if not digits.isdigit():
        return ""
    tens, last = int(digits) % 100, int(digits) % 10
    return "th" if 11 <= tens <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(last, "th")


def _reference_word(word: str) -> bool:
    """Whether ``word`` is a reference word that counts nothing, or its plural: "junctions", "exits"."""
    singular = word[:-1] if word.endswith("s") else word
    return (word in REFERENCE_WORDS or singular in REFERENCE_WORDS) and singular not in COUNTED_REFERENCES


#: signs that may stand between "^" and its exponent
_SIGNS = frozenset("+-\u2212")


class Vetoes:
    """Decides that a number is no quantity; mixed into ``figrecon.numbers.Scanner``."""

    def _names_a_picture(self) -> bool:
        """Whether the sentence names a picture or video ("stream", "camera"; not_quantity.json
        picture_words): its "720p" is a format even where it speaks of money."""
        return any(w in _PICTURE_WORDS for w in re.findall(r"[a-z]+", self.text.lower()))

    def _is_not_quantity(self, num: _Number, has_unit: bool, cur) -> Optional[str]:
        """The veto rule that makes this number no quantity (``figrecon.grammar.rules``), or None."""
        tokens = self.tokens
        i, j = num.first, num.last
        tok = tokens[i]
        prev = self._word(i - 1)
        nxt = self._word(j)
        if tok.kind == "num" and "scientific" in num.rules:
            return None  # "1.3x10^6": the letter is the multiplication sign
        before = num.first - 1
        while before >= 0 and tokens[before].text in _SIGNS and tokens[before].glued:
            before -= 1  # the sign of an exponent: "2.5^-1", "1.1^+23"
        if num.last < len(tokens) and tokens[num.last].text == "^" and tokens[num.last].glued \
                or before >= 0 and tokens[before].text == "^" and tok.glued:
            return "veto-code"  # "1.1^23": a power, which the grammar does not compute
        if prev == "past" and self._word(i - 2) in ("half", "quarter") and not has_unit and cur is None:
            return "veto-time"  # "half past ten", "a quarter past 6": a time of day
        if cur is None and not has_unit and self._hour_of_the_day(i, j, num):
            return "veto-time"  # "at about eight in the evening", "from six in the evening": an hour
        if tok.kind == "num":
            suffix = tok.suffix.lower()
            if suffix in _ORDINAL_SUFFIXES and (_ordinal_suffix(tok.text) == suffix or not (
                    suffix == "st" and self._weighed_stones(i))):
                return "veto-ordinal"  # ordinal "22nd"; "weighs 9st 4lb" is no ordinal: stones
            if suffix in ("s", "d") and self._old_money(i):
                return "veto-old-money"  # "5s 6d": shillings and pence, not seconds and days
            if tok.text + tok.suffix in _GLUED_CODES:
                return "veto-code"  # "3D": a format, not 3 days
            if tok.text + tok.suffix in _PICTURE_CODES and not (self._money_context() and not self._names_a_picture()):
                return "veto-code"  # "1080p video": a format, not 1,080 pence; but "sold at 240p each" is pence
            if tok.suffix in UPPER_SUFFIXES and cur is None and not has_unit and j < len(tokens) \
                    and tokens[j].kind == "word" and not tokens[j].glued and tokens[j].text[:1].isupper():
                return "veto-code"  # "221B Baker Street", "42B Elm Road", "Flat 3M Tower": a house or flat, not billions
            if re.fullmatch(r"0\d+(?:[.,]\d+)?", tok.text) and not tok.suffix and cur is None and not has_unit \
                    and not (i >= 1 and tokens[i - 1].kind == "num"):
                return "veto-code"  # "Agent 007", "PIN 0451", "at 09.30": no amount is written with a leading zero
            if suffix and i + 1 < len(tokens) and tokens[i + 1].kind == "num" and tokens[i + 1].glued \
                    and suffix != "m":
                return "veto-code"  # "9AB8", "4x4": letters between digits make a code
            if i >= 1 and tok.glued and tokens[i - 1].kind == "num" and tokens[i - 1].suffix:
                return "veto-code"  # the "4" after "4x"
            if (tok.text.startswith(".") and tok.glued and i >= 1 and tokens[i - 1].kind == "num") or (
                    j < len(tokens) and tokens[j].kind == "num" and tokens[j].glued and tokens[j].text.startswith(".")):
                return "veto-version"  # "Version 1.2.3", "192.168.0.1": dotted codes, not amounts
            if suffix in ("a", "s") and ("." not in tok.text) and (
                    suffix == "a" or (i >= 1 and tokens[i - 1].kind == "word" and tokens[i - 1].text[:1].isupper())):
                return "veto-code"  # "11a", "Model 3s", "Channel 5s": not years or seconds
            if re.fullmatch(r"\d{1,3}\.\d\d0", tok.text) and not tok.suffix and not has_unit and cur is None \
                    and not num.scaled and self._counts_noun(j) and (
                        nxt.endswith("s") and not nxt.endswith("ss") or nxt in IRREGULAR_PLURALS):
                # "1.500 people": European thousands, or a decimal with a trailing zero that no count has
                return "veto-dot-thousands"
            if not tok.suffix and not num.scaled and (
                    cur is not None and re.fullmatch(r"\d{1,3}\.\d\d0", tok.text)
                    or has_unit and re.fullmatch(r"\d{1,3}\.\d00", tok.text)
                    or re.fullmatch(r"\d{1,3}\.000", tok.text)):
                # "€2.000", "3.000 km": European thousands, or a precision no sum or news measure
                # writes (a price in tenths of a cent: "$3.459 a gallon" stays)
                return "veto-dot-thousands"
            if num.year_like and has_unit and self._word(j) in ("quarter", "season", "year", "budget"):
                return "veto-year"  # "the 1988 quarter"
            if num.year_like and has_unit and cur is None and j < len(tokens) and tokens[j].kind == "word" \
                    and tokens[j].text[:1].isupper() and len(tokens[j].text) > 2 and not tokens[j].glued:
                return "veto-year"  # "a 2020 Tesla", "his 1998 Watt album": a model year before a name
            clock, dotted = self._clock_after(j)
            if suffix in ("am", "pm") or (clock in _TIME_OF_DAY and (dotted or not has_unit)):
                return "veto-time"  # time of day: "7 pm", "7 p.m." (never 7 points), "9 GMT"
            if suffix == "s" and (num.year_like or re.fullmatch(r"(1[89]|20)\d\d", tok.text) or tok.text.endswith("0")):
                return "veto-decade"  # decade "1990s", "80s"
            # times "10:30", scores "3-1", phone numbers "555-0100", ratios "2:1"
            if j < len(tokens) and tokens[j].text in (":",) and tokens[j].glued and j + 1 < len(tokens) and tokens[j + 1].kind == "num" and tokens[j + 1].glued:
                return "veto-time"
            if i >= 2 and tokens[i - 1].text == ":" and tok.glued and tokens[i - 1].glued and tokens[i - 2].kind == "num":
                return "veto-time"
            if "/" in (self._word(i - 1), nxt) and (tok.glued or (j < len(tokens) and tokens[j].glued)) and not has_unit and cur is None:
                if (j < len(tokens) and tokens[j].text == "/" and j + 1 < len(tokens) and tokens[j + 1].kind == "num") or (i >= 2 and tokens[i - 1].text == "/" and tokens[i - 2].kind == "num"):
                    return "veto-date"  # dates 10/06/2020, fractions 3/4
            if i >= 2 and tokens[i - 1].text in "-‑" and tok.glued and not tokens[i - 1].glued \
                    and tokens[i - 2].kind == "word" and tokens[i - 2].text.isupper() and len(tokens[i - 2].text) > 1:
                return "veto-name"  # "COVID -19": a name with its hyphen spaced off
            # names with digits: "F-16", "COVID-19", "G20", "Su-25", "A320", "iPhone 11"
            if tok.glued and i >= 1 and self._negative_before(i) is None and (tokens[i - 1].kind == "word" or (tokens[i - 1].text in "-‑" and i >= 2 and tokens[i - 2].kind in ("word", "num") and tokens[i - 1].glued)):
                if cur is None and not self._measure_joined(i):  # "magnitude-5.9" reads as "magnitude 5.9"
                    return "veto-code"
            if tok.suffix and not has_unit and cur is None and tok.suffix.lower() not in SUFFIX_SCALES:
                return "veto-code"  # "5G", "3D", "4x4", "A4": codes, not amounts
            # page, section, number references: "page 5", "No. 3", "Article 370"
            if prev in REFERENCE_WORDS and cur is None and not has_unit and prev not in COUNTED_REFERENCES:
                return "veto-reference"
            if prev in ("and", "or") and i >= 3 and tokens[i - 2].kind == "num" and cur is None and not has_unit \
                    and _reference_word(self.lows[i - 3]):
                return "veto-reference"  # "between junctions 14 and 15", "Exits 3 and 4": the second reference of a pair
            if i >= 1 and tokens[i - 1].text in "#№" and tokens[i - 1].glued is not None and cur is None:
                return "veto-reference"
            if cur is None and not has_unit and not num.scaled and (
                    prev in DIAL_WORDS and not self._counts_plural(j)
                    or prev in ("is", "was", ":") and self._word(i - 2) in CODE_WORDS):
                return "veto-reference"  # "Call 911 now", "the ZIP code is 90210": a number to key in
            if tok.glued and i >= 1 and tokens[i - 1].text in ("'", "’") and len(tok.text) == 2 \
                    and tok.text.isdigit() and not tok.suffix and not has_unit and cur is None \
                    and (i == 1 or not tokens[i - 1].glued):
                return "veto-year"  # "the class of '89": a year, its century left out
            if prev in ("top", "the") and i >= 1 and cur is None and not has_unit and self._word(i - 2) in ("fortune", "ftse", "s&p", "nasdaq"):
                return "veto-name"
            # dates: "June 29, 2014", "Sept. 22", "29 June", "03 Oct, 2020", "October 6"
            if self._is_month(i - 1) or (self._is_month(i - 2) and prev == "."):
                return "veto-date"
            if self._is_month(j) or (nxt == "of" and self._is_month(j + 1)):
                if tok.text.isdigit() and 1 <= int(tok.text) <= 31:
                    return "veto-date"
            if num.year_like and cur is None and not has_unit and self._qualifier_before(i)[0] is None:
                return "veto-year"  # years are quantities only with a unit, currency or qualifier
            if re.fullmatch(r"2[1-9]\d\d", tok.text) and not suffix and cur is None and not has_unit \
                    and prev in ("by", "in", "until", "till", "before", "after", "since", "from"):
                return "veto-year"  # "by 2120": a year further ahead
            # sentence-level noise: "Copyright 2020"
        else:
            if self._clock_after(j)[0] in _TIME_OF_DAY and not has_unit and cur is None:
                return "veto-time"  # "three o'clock", "seven pm": a time of day said in words
            if tok.text[:1].isupper() and i >= 1 and not self._capital_sentence_start(i) \
                    and tokens[i - 1].text not in ("(", "[", "‘", "'", "—", "–", "-") and not self._title_case():
                return "veto-name"  # "the Big Three", "the Fab Four", "Formula One": a number word capitalised mid-sentence names
            # number words that are not amounts: "one" as a pronoun, "one another", "no one"
            if num.value == 1 and self._word(i) == "one" and j + 1 < len(tokens) and tokens[j].text in ("-", "\u2011") \
                    and self._word(j + 1) in _ONE_COMPOUNDS:
                return "veto-idiom"  # "a one-off gain", "one-way tickets": a kind of thing, no count of one
            if num.value == 1 and self._word(i) == "one" and not has_unit and not self.sign_word_before(i):
                if nxt in ("another", "after", "by", "way", "day", "time", "thing", "or", "and", "to", "in", "on", "at", "who", "that", "which", "can", "could", "would", "will", "should", "must", "may", "might", "is", "was", "has", "had", "'s", "of") and nxt != "of":
                    return "veto-pronoun"
                if prev in ("no", "any", "every", "each", "someone", "the", "this", "that", "which", "last", "only", "no-one", "anyone", "everyone"):
                    return "veto-pronoun"
                if nxt in (".", ",", ";", ":", "!", "?", "") and prev not in ("to", "of"):
                    return "veto-pronoun"
            if self._word(i) in ("second", "third"):
                return "veto-pronoun"
        if tok.kind == "num" and i >= 1 and tokens[i - 1].kind == "word" and any(c.isupper() for c in tokens[i - 1].text) and not tok.glued and cur is None and not has_unit \
                and not _GROUPED.fullmatch(tok.text):
            # product and event names: "iPhone 11", "World War 2", "Big 12", "Fortune 100"; a
            # figure grouped in thousands is an amount ("and Ketterin 1,712,797"), no name's number
            name = tokens[i - 1].text
            if re.search(r"(?:['’]s|s['’])$", name):
                return None  # a possessive owns the figure ("Dana Reyes's 312 passing yards"), names no product
            if i - 1 > 0 and self._word(i - 1) not in QUALIFIERS and name.lower() not in MONTHS and name.lower() not in UP_WORDS | DOWN_WORDS and not self._capital_sentence_start(i - 1) and name.lower() not in ("rs", "about", "around", "some", "nearly", "over", "almost"):
                if not (j < len(tokens) and tokens[j].kind == "word" and tokens[j].text.islower()) \
                        and not self._title_case():
                    return "veto-name"
                if j >= len(tokens) or tokens[j].kind != "word":
                    return None
                # "Windows 10 launched", "Xbox 360 sold": the next word is no noun the number
                # could count (a plural); not in title-case headlines ("Turkey Sends 500 Fighters")
                following = self.lows[j]
                plural = following.endswith("s") and not following.endswith("ss") \
                    and following not in _VERBS_IN_S or following in IRREGULAR_PLURALS
                if not plural and not self._title_case() and not tok.text.startswith("0"):
                    return "veto-name"
                if "." in tok.text and not num.scaled:
                    return "veto-version"  # "USB 3.0 ports": a decimal after a name counts nothing
        return None

    def _weighed_stones(self, i: int) -> bool:
        """Whether the figure at token i, glued to an "st" no ordinal of it takes ("9st"), is
        weighed: pounds glued to the figure after it ("9st 4lb") or a weighing word just before
        ("weighs 15st")."""
        tokens = self.tokens
        pounds = i + 1 < len(tokens) and tokens[i + 1].kind == "num" and tokens[i + 1].suffix.lower() in ("lb", "lbs")
        return pounds or any(self.lows[k] in WEIGHING_WORDS for k in range(max(0, i - 3), i))

    def _old_money(self, i: int) -> bool:
        """Whether the number at token i is half of a sum in shillings and pence, each glued to
        its letter: "5s 6d", "2s 6d" (no unit reads them: 5 seconds and 6 days)."""
        tokens = self.tokens

        def glued(k: int, letter: str) -> bool:
            return 0 <= k < len(tokens) and tokens[k].kind == "num" and tokens[k].suffix.lower() == letter \
                and tokens[k].text.isdigit()
        return glued(i, "s") and glued(i + 1, "d") or glued(i, "d") and glued(i - 1, "s")

    def _measure_joined(self, i: int) -> bool:
        """Whether the number at token i is joined by a hyphen to a measure word before it
        ("magnitude-5.9"; lexicon numbers.json measures_before): no name with digits."""
        return i >= 2 and self.tokens[i - 1].text in "-‑" and self._word(i - 2) in MEASURES_BEFORE

    def _title_case(self) -> bool:
        """A headline in title case ("Turkey Sends 500 Fighters To Azerbaijan"): every word
        longer than three letters capitalised."""
        words = [t.text for t in self.tokens if t.kind == "word" and len(t.text) > 3]
        return len(words) >= 3 and all(w[:1].isupper() for w in words)

    def _is_name_number(self, num: _Number, end: int) -> bool:
        """Digits that are part of a name, not an amount: stock indices ("FTSE 100", "S&P 500"),
        capitalised references ("Game 7", "Unit 3"), product names ("iPhone 11 has", "11 Pro
        Max:"), street addresses ("49 Zorro Ranch Road", "16-18 Industrial Avenue") and codes
        ("90049 ZIP code", "M21 9AB8"). ``end``: the token after the number (or range)."""
        tokens = self.tokens
        i = num.first
        tok = tokens[i]
        if tok.kind != "num" or num.scaled or num.vague or not tok.text.isdigit():
            return False
        if _INDEX_NAME.search(self.text, 0, tok.start):
            return True
        prev = tokens[i - 1] if i >= 1 else None
        if prev is not None and prev.kind == "word" and prev.text[:1].isupper() and \
                self.lows[i - 1] in REFERENCE_WORDS and (not self._capital_sentence_start(i - 1)
                                                         or self._word(end) in _FUNCTION_WORDS
                                                         or end >= len(tokens) or tokens[end].kind != "word"):
            return True  # "Game 7", "Week 5", "Unit 3"; "Game 7 is tonight."
        after = " ".join(self.lows[end:end + 2])
        if after in ("zip code", "area code", "postcode", "post code") or self._word(end) in ("zip", "postcode"):
            return True
        k = end
        while k < len(tokens) and tokens[k].kind == "word" and tokens[k].text[:1].isupper():
            if self.lows[k] in _STREET_WORDS:
                return True  # "49 Zorro Ranch Road", "22 Ave Foch"
            k += 1
        if self._qualifier_before(i)[0] is not None or self._change_before(i) is not None or self._title_case():
            return False  # capitals mean nothing in a title-case headline
        # "two new 737 Max jets": a number after a count, before a name, is a model number
        if end < len(tokens) and tokens[end].kind == "word" and tokens[end].text[:1].isupper():
            for k in (i - 1, i - 2):
                if k < 0 or not all(tokens[x].kind == "word" and tokens[x].text.islower()
                                    and self.lows[x] not in _FUNCTION_WORDS for x in range(k + 1, i)):
                    break
                if tokens[k].kind == "num" or self.lows[k] in SMALL or self.lows[k] in TENS:
                    return True
        # "three Aria 7 smartphones", "40 Corda 5 laptops": a number after a count and a name (one
        # or two capitalised words, not a month) is the name's model number; the count counts
        # what follows. "By 5 March 12 people had died" keeps its 12.
        k, names = i - 1, 0
        while k >= 0 and names < 2 and tokens[k].kind == "word" and tokens[k].text[:1].isupper() \
                and self.lows[k] not in MONTHS and not self._capital_sentence_start(k):
            k, names = k - 1, names + 1
        if names:
            adjectives = 0
            while k >= 0 and adjectives < 2 and tokens[k].kind == "word" and tokens[k].text.islower() \
                    and self.lows[k] not in _FUNCTION_WORDS and self.lows[k] not in SMALL and self.lows[k] not in TENS:
                k, adjectives = k - 1, adjectives + 1
            if k >= 0 and (tokens[k].kind == "num" or self.lows[k] in SMALL or self.lows[k] in TENS):
                return True
        # "iPhone 11 has", "Lang 20 on loan": a capitalised name, then a number counting nothing
        if prev is not None and prev.kind == "word" and any(c.isupper() for c in prev.text) \
                and not self._capital_sentence_start(i - 1) and self.lows[i - 1] not in MONTHS \
                and self._word(end) in _FUNCTION_WORDS:
            return True
        # a capitalised run after the number that ends in a singular word or a street name:
        # "787 Dreamliner starting", "11 Pro Max:", "49 Zorro Ranch Road,", "9 E 71st St"
        k = end
        run = []
        while k < len(tokens) and tokens[k].kind == "word" and tokens[k].text[:1].isupper():
            run.append(self.lows[k])
            k += 1
            if self._word(k) in ("and", "&", "or") and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper():
                k += 1
        if not run:
            return False
        if run[-1] in _STREET_WORDS or run[0] in _STREET_WORDS:
            return True
        if run[-1].endswith(_PEOPLE_ENDINGS):
            return False  # "12 Democrats", "20 Chinese", "3 Iraqi": people are counted
        nxt = tokens[k] if k < len(tokens) else None
        if nxt is not None and nxt.kind == "word" and nxt.text.islower() and nxt.text not in _FUNCTION_WORDS:
            return False  # "500 ISIS fighters", "two 737 Max jets": the run modifies a noun
        if nxt is not None and nxt.kind == "sym" and nxt.text in "([-–—\"“”'‘’":
            return False  # "500 Hamza Brigade (affiliated with ...) fighters": the noun may follow
        return True

    def _hour_of_the_day(self, i: int, j: int, num: _Number) -> bool:
        """Whether the whole number 1 to 12 from token i to j is an hour: a part of the day
        after it (not_quantity.json clock_phrases) that no noun follows, and a word of a moment
        before it (clock_openers), past a qualifier ("at about eight in the evening")."""
        if num.value is None or num.value != int(num.value) or not 1 <= num.value <= 12 or num.scaled:
            return False
        for size in (3, 2):
            if " ".join(self.lows[j:j + size]) in CLOCK_PHRASES:
                break
        else:
            return False
        end = j + size
        if end < len(self.tokens) and self.tokens[end].kind == "word" \
                and self.lows[end] not in _FUNCTION_WORDS and self.lows[end] not in CLOCK_FOLLOWERS:
            return False  # "six in the morning raid": a count of the raid's
        k = i - 1
        if k >= 0 and self.lows[k] in CLOCK_QUALIFIERS:
            k -= 1
        return k >= 0 and self.lows[k] in CLOCK_OPENERS

    def _clock_after(self, j: int) -> tuple[str, bool]:
        """The word at token j with the letters and dots glued to it, dots dropped, lower case
        ("p.m." -> "pm"), and whether it had dots (no unit is written "p.m.")."""
        tokens = self.tokens
        if j >= len(tokens) or tokens[j].kind != "word":
            return "", False
        parts = [tokens[j].text]
        k = j + 1
        while k < len(tokens) and tokens[k].glued and (tokens[k].kind == "word" or tokens[k].text == "."):
            parts.append(tokens[k].text)
            k += 1
        word = "".join(parts)
        return word.replace(".", "").lower(), "." in word[:-1] or word.count(".") > 1

    def _capital_sentence_start(self, i: int) -> bool:
        return i == 0 or self.tokens[i - 1].text in ".!?:;\"“"

    def _is_month(self, i: int) -> bool:
        if not (0 <= i < len(self.tokens)) or self.tokens[i].kind != "word":
            return False
        w = self.lows[i]
        if w not in MONTHS:
            return False
        # "Jan 1", "jan. 1": a capital or the abbreviation's dot ("mar", "may" are also verbs)
        return w not in _AMBIGUOUS_MONTHS or self.tokens[i].text[:1].isupper() \
            or self.tokens[i].text.endswith(".") and len(w) <= 4
