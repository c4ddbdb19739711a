"""Step 2, numerals: digits and words to a value, with multipliers, fractions and exponents
("1.2bn", "$143-billion", "two and a half", "a quarter of a million", "6.02 x 10^23")."""
from __future__ import annotations

import math
import re
from typing import Optional

from figrecon import currency as currencies
from figrecon.grammar.vocabulary import (
    CLOCK_DURATION_NOT_AFTER, CLOCK_DURATION_NOT_BEFORE, CLOCK_GAP_AFTER, CLOCK_GAP_BEFORE, _TIME_OF_DAY, COMMA_COMPOUND_NOT_AFTER, COMMA_COMPOUND_NOT_OPENING, COMPOUND_ORDINALS, FRACTION_ALONE_BEFORE, FRACTION_OF_UNITS, FRACTIONS_BEFORE_UNIT, FRACTION_HYPHEN_NOT_UNITS,
    HALF_SHARE_BEFORE, HALF_SHARE_NOT_AFTER, POINT_OPENS_AFTER, QUALIFIERS, UP_WORDS, DOWN_WORDS, _FUNCTION_WORDS, CURRENCY_SUFFIXES, DOZEN_FORMS, SCALE_PLURALS, DENOMINATORS, FEW, FRACTIONS, SCALES, SMALL, SUFFIX_SCALES, TENS,
    UPPER_SUFFIXES, VAGUE, VULGAR, WEAK_SUFFIX_SCALES,
)
from figrecon.grammar.tokens import _DECIMAL_COMMA, _EUROPEAN, _digits, _num_value
from figrecon.grammar.mention import Mention, _Number
from figrecon.units import COMPOUNDS


#: (larger unit, smaller unit) of a measure written in two parts: "5 feet 2 inches"
_COMPOUND_PAIRS = frozenset(tuple(pair) for pair in COMPOUNDS)


#: hours, minutes and seconds between colons, the seconds perhaps with a decimal: "2:17:40", "1:05:09.4"
_CLOCK_DURATION = re.compile(r"(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d{1,3})?)(?![\d:]|\.\d)")
#: minutes and seconds between a colon, as a race's gap is written: "0:41", "12:05"
_CLOCK_GAP = re.compile(r"(\d{1,2}):([0-5]\d)(?![\d:]|\.\d)")


class Numerals:
    """Reads numbers at a token index; mixed into ``figrecon.numbers.Scanner``."""

    def _clock_duration(self, i: int):
        """"won in 2:17:40", "a time of 1:05:09.4": hours, minutes and seconds between colons are
        a time taken, in seconds, unless a word says it is a time of day ("at 10:15:30",
        "14:32:05 GMT"; lexicon not_quantity.json clock_duration_*). A qualifier before it is
        not read here, so a qualified one is left to the veto (report less). (the Mention, next
        token index) or None."""
        tokens = self.tokens
        tok = tokens[i]
        if tok.kind != "num" or tok.glued and i >= 1 and tokens[i - 1].kind != "word":
            return None
        match = _CLOCK_DURATION.match(self.text, tok.start)
        if match is None:
            return self._clock_gap(i)
        j = self._token_after(i, match.end())
        before = self._word(i - 1)
        if before in CLOCK_DURATION_NOT_AFTER or before in QUALIFIERS or before in UP_WORDS or before in DOWN_WORDS \
                or self._clock_after(j)[0] in _TIME_OF_DAY or self._word(j) in CLOCK_DURATION_NOT_BEFORE:
            return None
        hours, minutes, seconds = match.groups()
        value = int(hours) * 3600 + int(minutes) * 60 + float(seconds)
        return Mention(tok.start, match.end(), value, value, value, "=", "second", "time",
                       number_end=match.end(), rules=("clock-duration",)), j

    def _token_after(self, i: int, end: int) -> int:
        """The index of the first token from ``i`` on that starts at or after text offset ``end``."""
        j = i
        while j < len(self.tokens) and self.tokens[j].start < end:
            j += 1
        return j

    def _clock_gap(self, i: int):
        """"finished 0:41 behind", "a lead of 1:38": minutes and seconds between a colon are a
        time gap, in seconds, when a word of a gap follows or a noun of a gap with "of" comes
        before (not_quantity.json clock_gap_*); any other two parts may be a time of day and stay
        for the veto. (the Mention, next token index) or None."""
        tok = self.tokens[i]
        match = _CLOCK_GAP.match(self.text, tok.start)
        if match is None:
            return None
        j = self._token_after(i, match.end())
        before = " ".join(self.text[max(0, tok.start - 20):tok.start].lower().split())
        if self._word(j) not in CLOCK_GAP_AFTER and not before.endswith(CLOCK_GAP_BEFORE):
            return None
        value = float(int(match.group(1)) * 60 + int(match.group(2)))
        return Mention(tok.start, match.end(), value, value, value, "=", "second", "time",
                       number_end=match.end(), rules=("clock-gap",)), j

    def _number_at(self, i: int, after_currency: bool = False) -> Optional[_Number]:
        """Parse a number (digits, words, or a vague magnitude) starting at token i."""
        tokens = self.tokens
        if i >= len(tokens):
            return None
        tok = tokens[i]
        if tok.kind == "num":
            return self._compound_tail(self._digits_at(i, after_currency))
        if tok.text in VULGAR:
            value = VULGAR[tok.text]
            scale, rule = SCALES.get(self._word(i + 1), 0), "scale-word"
            if after_currency and not scale and i + 1 < len(self.tokens) and self.tokens[i + 1].glued:
                scale, rule = SUFFIX_SCALES.get(self._word(i + 1), 0), "currency-multiplier"  # "£¾m", "$½bn"
            if scale >= 1e3:  # "½ million": a fraction of the scale word after it
                return _Number(value * scale, value * scale, value * scale, i, i + 2, scaled=True,
                               rules=["vulgar-fraction", rule], mult=scale)
            return _Number(value, value, value, i, i + 1, rules=["vulgar-fraction"])
        if tok.kind != "word":
            return None
        return self._comma_compound(self._compound_tail(self._words_at(i)))

    def _unit_follows(self, k: int) -> bool:
        """Whether a unit of measure (no currency, no scale word) is written at token k: "mile",
        "hour", "percentage point"."""
        if k >= len(self.tokens) or self.tokens[k].kind != "word" or self._word(k) in SCALES \
                or self._word(k) in DOZEN_FORMS:
            return False
        unit, _ = self._unit_after(k, "", self.tokens[k - 1], money_ok=False)
        return unit is not None and not isinstance(unit, currencies.Currency) and unit.dimension != "currency"

    def _continued_unit(self, k: int) -> bool:
        """Whether the unit at token k is continued, after "and", by a figure in its smaller unit
        (units.json compounds): "an hour and 15 minutes", "a foot and two inches"."""
        large = self._unit_word(k)
        after = self._number_at(k + 2) if large is not None else None
        if after is None or after.value is None or after.vague or after.last >= len(self.tokens):
            return False
        small = self._unit_word(after.last)
        return small is not None and (large.name, small.name) in _COMPOUND_PAIRS

    def _article_unit(self, k: int) -> bool:
        """Whether the unit at token k is one that an article before it makes one of it: "a
        percent", "a percentage point", "a basis point" (lexicon numbers.json fraction_of_units;
        "a percentage of" is a share, not one per cent)."""
        if k >= len(self.tokens) or self.tokens[k].kind != "word" or self._word(k) == "percentage" \
                and self._word(k + 1) != "point":
            return False
        unit, _ = self._unit_after(k, "", self.tokens[k - 1], money_ok=False)
        return unit is not None and not isinstance(unit, currencies.Currency) and unit.name in FRACTION_OF_UNITS

    def _opening_group(self, first: int) -> bool:
        """Whether words that open a clause and name a group ("Of", "Among", "Out of": lexicon
        numbers.json comma_compound_not_opening) stand right before the number at token
        ``first``, at the start of the sentence or after a stop, colon or semicolon."""
        k = first - 1
        while k >= 0 and self._word(k) in COMMA_COMPOUND_NOT_OPENING:
            k -= 1
        return k < first - 1 and (k < 0 or self.tokens[k].text in ".;:!?\"“(")

    def _comma_compound(self, num: Optional[_Number]) -> Optional[_Number]:
        """"one million, two hundred thousand", "six thousand, three hundred, and forty-two": a
        number in words written in groups, a comma after each scale word as digits have one, is
        one number. Each group after a comma must hold a scale word and be smaller than the scale
        word that ends the group before it (after "hundred", only the last group below a hundred,
        once a comma has joined groups). When any member of the comma run breaks that rule the run
        is a list ("one million, two million and three million"; "one million, five hundred
        thousand and two hundred thousand"): nothing is joined. After "the", "these"... the comma
        ends a group the clause goes on about ("Of the two thousand, five hundred were hurt"), as it
        does after "Of", "Among"... opening the clause ("Of two thousand, five hundred were hurt")."""
        if num is None or num.value is None or num.vague or not num.words or num.fraction \
                or not float(num.value).is_integer() or self._word(num.last - 1) not in SCALES \
                or self._word(num.first - 1) in COMMA_COMPOUND_NOT_AFTER \
                or self._opening_group(num.first) \
                or any(r not in ("number-words", "mixed-compound", "article-scale") for r in num.rules):
            return num
        value, end, joined = num.value, num.last, 0
        while self._word(end) == ",":
            k = end + 1 + (1 if self._word(end + 1) == "and" else 0)
            scale = SCALES[self._word(end - 1)]
            tail = self._compound_tail(self._words_at(k)) \
                if self._word(k) in SMALL or self._word(k) in TENS or "-" in self._word(k) else None
            if tail is None or tail.value is None or tail.vague or not float(tail.value).is_integer() \
                    or any(r not in ("number-words", "mixed-compound") for r in tail.rules):
                break  # "two thousand, five"? not a group: the comma ends the number
            grouped = self._word(tail.last - 1) in SCALES
            has_scale = any(self._word(t) in SCALES for t in range(tail.first, tail.last))
            if scale >= 1e3 and tail.value < scale and (has_scale or self._word(end + 1) == "and") \
                    or scale == 100 and joined and tail.value < 100:
                value += tail.value
                end = tail.last
                joined += 1
                if not grouped:
                    break
                continue
            if tail.value >= scale and "and" in self.lows[tail.first:tail.last]:
                # "between two thousand, five hundred and three thousand": 2,500 to 3,000, or
                # 2,000 and 503,000? no reading is safe
                return _Number(None, None, None, num.first, tail.last, words=True, rules=["veto-ambiguous-comma"])
            if tail.value >= scale:
                return num  # "one thousand, two thousand": a list
            if not joined and not has_scale and self._word(end + 1) != "and":
                after = self._word(tail.last)
                if not (after in (",", "and", "or") and self._number_at(tail.last + 1) is not None):
                    # "three hundred, forty people", "two thousand, sixty cars": 340 written with
                    # a stray comma, or 300 and then 40? no reading is safe
                    return _Number(None, None, None, num.first, tail.last, words=True,
                                   rules=["veto-ambiguous-comma"])
            break
        if not joined:
            return num
        after = self._word(end)
        if after in (",", "and", "or") and self._number_at(end + 1 + (
                1 if after == "," and self._word(end + 1) in ("and", "or") else 0)) is not None \
                and not (after == "and" and self._word(num.first - 1) == "between"):
            return num  # "one million, five hundred thousand and two hundred thousand": a list
        return _Number(value, value, value, num.first, end, scaled=True, words=True,
                       rules=num.rules + ["comma-compound"])

    def _compound_tail(self, num: Optional[_Number]) -> Optional[_Number]:
        """A compound number may mix digit and word components: "4 thousand 3 hundred and 21",
        "a hundred and two", "two thousand 5 hundred". After a component that ends in a scale word,
        the next component continues the number only when it is smaller than that scale; one as
        large starts a new number ("3 hundred and 2 hundred" is 300 and 200). A component with no
        scale word of its own continues only after "and" and below a hundred ("3 hundred and 21"),
        so a figure after a larger scale ("5 million and 20 firms") stays apart."""
        if num is None or num.value is None or num.vague or num.fraction or num.mult < 100 \
                or not float(num.value).is_integer() or any(r in num.rules for r in (
                    "and-fraction", "whole-numerator", "fraction-words", "fraction-of-scale", "point-decimals", "glued-multiplier",
                    "hyphenated-multiplier", "currency-multiplier", "scientific")) \
                or self.tokens[num.last - 1].kind == "num":
            return num
        k = num.last
        joined = self._word(k) == "and"
        if joined:
            k += 1
        if k >= len(self.tokens):
            return num
        tok = self.tokens[k]
        if tok.kind == "num":
            if tok.suffix or not tok.text.isdecimal() or len(tok.text) > 3:
                return num
            tail = self._digits_at(k, False)
        elif tok.kind == "word" and (self._word(k) in SMALL or self._word(k) in TENS) and (joined or not num.words):
            tail = self._words_at(k)
        else:
            return num
        if joined and tail is not None and any(
                self._word(t) in DOZEN_FORMS or self._word(t) == "dozens" for t in range(tail.first, tail.last + 1)):
            # "3 hundred and 2 dozen": 302 dozen, or 300 and two dozen? as in words, no reading is safe
            end = next(t for t in range(tail.first, tail.last + 1)
                       if self._word(t) in DOZEN_FORMS or self._word(t) == "dozens")
            return _Number(None, None, None, num.first, end + 1, words=num.words, rules=["veto-ambiguous-dozen"])
        if tail is None or tail.value is None or tail.vague or not float(tail.value).is_integer() \
                or tail.value < 1 or tail.value >= num.mult or tail.rules[-1] in (
                    "and-fraction", "whole-numerator", "fraction-words", "fraction-of-scale", "point-decimals", "glued-multiplier"):
            return num
        own_scale = any(self._word(t) == "hundred" or self._word(t) in SCALES for t in range(tail.first, tail.last))
        if not own_scale and not (joined and tail.value < 100 and (num.mult == 100 or num.words and tail.words)):
            return num
        if own_scale and joined and tail.value >= 100:
            return num  # "4 thousand and 3 hundred": "and" comes before the last part only
        tail = self._compound_tail(tail)
        value = num.value + tail.value
        rules = num.rules + [r for r in tail.rules if r not in num.rules] + ["mixed-compound"]
        return _Number(value, value, value, num.first, tail.last, scaled=True, words=num.words,
                       rules=rules, mult=tail.mult if tail.mult >= 100 else 1.0)

    def _digits_at(self, i: int, after_currency: bool) -> Optional[_Number]:
        """A number written in digits at token i, with its multiplier, fraction or exponent."""
        tokens = self.tokens
        tok = tokens[i]
        value = _num_value(tok)
        if value is None:
            return None
        rules = ["european-digits" if _EUROPEAN.fullmatch(_digits(tok.text)) and (
            tok.text.count(".") > 1 or "," in tok.text and "." in tok.text)
            or _DECIMAL_COMMA.fullmatch(_digits(tok.text)) else "digits"]
        j = i + 1
        scaled = False
        mult = 1.0
        weak = ""
        suffix = tok.suffix.lower()
        # "80, 000": a thousands separator split off by tokenized text (never a list: no
        # list item starts with 0)
        while not tok.suffix and re.fullmatch(r"\d{1,3}", tok.text) and self._is(j, ",") \
                and tokens[j].glued and j + 1 < len(tokens) and tokens[j + 1].kind == "num" \
                and re.fullmatch(r"0\d\d", tokens[j + 1].text):
            value = value * 1000 + float(tokens[j + 1].text)
            tok = tokens[j + 1]
            j += 2
            rules.append("split-thousands")
        if suffix:
            if tok.suffix in UPPER_SUFFIXES:
                mult = UPPER_SUFFIXES[tok.suffix]  # "5M", "2B", "$1MM"
                rules.append("glued-multiplier")
            elif tok.suffix in CURRENCY_SUFFIXES and after_currency:
                mult = CURRENCY_SUFFIXES[tok.suffix]  # "$2.174T"
                rules.append("currency-multiplier")
            elif suffix in SUFFIX_SCALES and suffix not in WEAK_SUFFIX_SCALES:
                mult = SUFFIX_SCALES[suffix]
                rules.append("glued-multiplier")
            elif suffix in WEAK_SUFFIX_SCALES and after_currency:
                mult = SUFFIX_SCALES[suffix]  # "£19m", "$50k"
                rules.append("currency-multiplier")
            elif suffix in WEAK_SUFFIX_SCALES:
                weak = suffix  # read later, with what follows ("1.2m tons", "35m of its")
            if mult != 1.0:
                value *= mult
                scaled = True
        # a fraction: "1⁄32" (fraction slash), "1/2 gallon", "1/16 of a pint"; never a date
        # ("10/06/2020"); whether a unit or "of" follows is checked once the unit is read
        fraction = self._slash_fraction(i, j)
        if fraction is not None:
            value, j = fraction
            return _Number(value, value, value, i, j, fraction=True, rules=rules + ["slash-fraction"])
        # scientific notation: "1.99×10−30", "6.02 x 10^23", "1.3x10^6"
        times = None
        if j + 1 < len(tokens) and self._word(j) in ("×", "x", "*") and tokens[j + 1].text == "10" \
                and not tok.suffix:
            times = j + 2
        elif tok.suffix in ("x", "X") and j < len(tokens) and tokens[j].text == "10" and tokens[j].glued:
            times = j + 1
        if times is not None:
            k = times
            if self._is(k, "^"):
                k += 1
            sign = 1
            if k < len(tokens) and tokens[k].text in ("-", "−", "‑") and tokens[k].glued:
                sign, k = -1, k + 1
            elif self._is(k, "+"):
                k += 1
            if k < len(tokens) and tokens[k].kind == "num" and tokens[k].glued and tokens[k].text.isdecimal() \
                    and int(tokens[k].text) < 300:
                exponent = int(tokens[k].text)
                value = value * 10.0 ** exponent if sign > 0 else value / 10.0 ** exponent
                j = k + 1
                tok = tokens[k]
                rules.append("scientific")
        power = self._power(j) if times is None and not tok.suffix else None
        if power is not None:  # "2.5^-1", "1.1^+23": a power written with a caret
            exponent, j = power
            try:
                value = value ** exponent
            except (OverflowError, ZeroDivisionError):
                return None
            rules.append("power")
        if j < len(tokens) and tokens[j].text in VULGAR and (tokens[j].glued or not tok.suffix):
            value += VULGAR[tokens[j].text]
            j += 1
            rules.append("vulgar-fraction")
        elif not tok.suffix and "." not in tok.text and j < len(tokens) and not tokens[j].glued:
            # "1 1/2 cups": a whole number, then a fraction
            fraction = self._slash_fraction(j, j + 1)
            if fraction is not None and tokens[j].kind == "num" and not tokens[j].suffix:
                value += fraction[0]
                j = fraction[1]
                rules.append("mixed-number")
        if not scaled and not tok.suffix:
            # "2 million", "1.5 billion", "3.5 bn", "£19 m", "$143-billion"
            k = j
            if self._word(k) in ("-", "‑") and tokens[k].glued and k + 1 < len(tokens) and tokens[k + 1].glued \
                    and self._word(k + 1) in SCALES and self._word(k + 1) not in ("hundred", "dozen"):
                k += 1
            w2 = self._word(k)
            if w2 in SCALES and w2 != "hundred" or (w2 in SUFFIX_SCALES and w2 not in WEAK_SUFFIX_SCALES
                                                     and tokens[k].kind == "word") or (
                    after_currency and k < len(tokens) and (w2 in WEAK_SUFFIX_SCALES or tokens[k].text in CURRENCY_SUFFIXES)
                    and tokens[k].kind == "word"):
                mult = SCALES.get(w2) or SUFFIX_SCALES.get(w2) or CURRENCY_SUFFIXES[tokens[k].text]  # "Rs 50 cr", "$5 T"
                rules.append("hyphenated-multiplier" if k > j else (
                    "scale-word" if w2 in SCALES else "glued-multiplier"))
                j = k + 1
                if self._word(j) in SCALES and SCALES[self._word(j)] > 1e3:  # "2 thousand million"
                    mult *= SCALES[self._word(j)]
                    j += 1
                value *= mult
                scaled = True
            elif w2 == "hundred":  # "4 hundred", "2.12 hundred"
                mult = 100
                j += 1
                if self._word(j) in SCALES and SCALES[self._word(j)] > 100:  # "4 hundred million"
                    mult *= SCALES[self._word(j)]
                    j += 1
                value *= mult
                scaled = True
                rules.append("scale-word")
            elif w2 in DOZEN_FORMS:
                mult = 12
                value *= 12
                scaled = True
                j += 1
                rules.append("scale-word")
            elif w2 in SCALE_PLURALS and re.fullmatch(r"\d+(?:\.\d+)?", tok.text):
                mult = SCALE_PLURALS[w2]  # "3 thousands"
                value *= mult
                scaled = True
                j += 1
                rules.append("scale-plural")
            elif self._word(j) == "and" and not self.tokens[i].suffix:
                value, j = self._and_fraction(value, j, rules)
            elif self._word(j) in ("-", "‑") and self.tokens[j].glued and self._word(j + 1) == "and" \
                    and not self.tokens[i].suffix:
                value, j = self._and_fraction(value, j, rules)  # "2-and-a-half games"
        if scaled and mult >= 1e3 and self._word(j) == "and":
            value, j = self._and_fraction(value, j, rules, mult)  # "3 million and a half"
        elif not scaled and rules[-1] == "and-fraction" and self._word(j) in SCALES and SCALES[self._word(j)] >= 1e3:
            mult = SCALES[self._word(j)]  # "1 and a half thousand", as "one and a half thousand"
            value *= mult
            scaled = True
            j += 1
        year_like = (not scaled and not tok.suffix and re.fullmatch(r"\d{4}", tok.text) is not None
                     and 1000 <= value <= 2100)
        return _Number(value, value, value, i, j, scaled=scaled, year_like=year_like, rules=rules,
                       mult=mult, weak=weak)

    def _power(self, j: int) -> Optional[tuple[int, int]]:
        """A caret glued after a number and a whole exponent glued after it, perhaps signed
        ("^-1", "^+23", "^2"): (exponent, next index) or None."""
        tokens = self.tokens
        if not (j + 1 < len(tokens) and tokens[j].text == "^" and tokens[j].glued):
            return None
        k, sign = j + 1, 1
        if tokens[k].text in ("-", "−", "+") and tokens[k].glued:
            sign, k = (1 if tokens[k].text == "+" else -1), k + 1
        if k < len(tokens) and tokens[k].kind == "num" and tokens[k].glued and tokens[k].text.isdecimal() \
                and not tokens[k].suffix and int(tokens[k].text) < 300 \
                and not (k + 1 < len(tokens) and tokens[k + 1].glued and tokens[k + 1].kind == "num"):
            return sign * int(tokens[k].text), k + 1
        return None

    def _slash_fraction(self, i: int, j: int) -> Optional[tuple[float, int]]:
        """"1/2", "3/4", "1⁄32" at tokens i (numerator), j (slash): (value, next index) or None.
        Never a date: the denominator is larger, and no second slash follows ("10/06/2020")."""
        tokens = self.tokens
        if not (j + 1 < len(tokens) and i < j and tokens[j].text in ("/", "⁄") and tokens[j].glued
                and tokens[j + 1].glued):
            return None
        top, bottom = tokens[i], tokens[j + 1]
        if top.kind != "num" or bottom.kind != "num" or top.suffix or bottom.suffix \
                or not top.text.isdecimal() or not bottom.text.isdecimal() or self._is(j + 2, "/"):
            return None
        numerator, denominator = int(top.text), int(bottom.text)
        if not 0 < numerator < denominator <= 1000:
            return None
        return numerator / denominator, j + 2

    @staticmethod
    def _follows(current: float, add: float) -> bool:
        """Whether a number word worth ``add`` continues one worth ``current`` ("twenty" then
        "one"; "one hundred" then "six"), rather than starting another ("one" then "twenty",
        "eighty" then "eighteen")."""
        if add >= 10:
            return current % 100 == 0  # "eighty eighteen" is no 98: teens follow no tens word
        return current % 10 == 0 and current % 100 not in range(10, 20)

    def _fraction_after(self, k: int) -> bool:
        """Whether the number words from token k end in a denominator ("three quarters")."""
        while self._word(k) in SMALL or self._word(k) in TENS or self._word(k) in ("-", "‑"):
            k += 1
        return self._word(k) in DENOMINATORS

    def _fraction_after_unit(self, k: int) -> Optional[float]:
        """The fraction of "and a half", "and a quarter" at token k, after a unit ("an hour and a
        half", "two miles and a quarter"), when the clause ends or goes on after it with no noun
        it could count ("and a half-dozen eggs", "and a half million" are not it); else None."""
        if self._word(k) != "and" or self._word(k + 1) not in ("a", "an") \
                or self._word(k + 2) not in ("half", "quarter"):
            return None
        after = k + 3
        if after < len(self.tokens) and not (
                self.tokens[after].kind == "sym" and self.tokens[after].text not in ("-", "‑")
                or self.tokens[after].kind == "word" and self._word(after) in _FUNCTION_WORDS):
            return None
        return FRACTIONS[self._word(k + 2)]

    def _currency_one(self, k: int) -> bool:
        """Whether token k is a currency's name in the singular, never another thing ("dollar",
        "euro"; not "pound", a weight too) with a rate after it: "a dollar a day", "a euro per
        litre" price one unit; alone ("a dollar store", "the euro") an article prices nothing."""
        word = self._word(k)
        if not word or word.endswith("s") or currencies.ambiguous(word) or k >= len(self.tokens) \
                or self.tokens[k].kind != "word":
            return False
        found = currencies.lookup(word)
        return found is not None and found.name.split()[-1] == word and self._per_after(k + 1)[0] is not None

    def _by_before(self, i: int) -> bool:
        """Whether "by" stands before token i, or before the bounding words before it ("by
        nearly a fifth")."""
        qual, start = self._qualifier_before(i)
        return self._word((start if qual is not None else i) - 1) == "by"

    def _half_share(self, i: int) -> bool:
        """Whether "half" at token i is a share (lexicon numbers.json half_share): before "of"
        and no figure ("half of the voters"), before a determiner ("half the country", "half
        their income"), or after a bounding word where the clause goes on with no noun ("more
        than half were hurt", "about half."); not a period or a part ("the first half of 2023"),
        a compound ("half-time") or a clock ("half past ten")."""
        tokens = self.tokens
        if self._word(i - 1) in HALF_SHARE_NOT_AFTER or self._word(i + 1) in ("-", "‑", "past"):
            return False
        nxt = self._word(i + 1)
        if nxt == "of":
            after = self._word(i + 2)
            return i + 2 < len(tokens) and tokens[i + 2].kind == "word" and after not in SMALL \
                and after not in TENS and after not in SCALES and after not in VAGUE and after not in ("a", "an")
        if nxt in HALF_SHARE_BEFORE:
            return i + 2 < len(tokens) and tokens[i + 2].kind == "word"
        if self._by_before(i) and (i + 1 >= len(tokens) or nxt in (".", ";", ")", "!", "?", ",")
                                   or nxt in FRACTION_ALONE_BEFORE):
            return True  # "profits fell by half.", "cut by half last year": a share of the whole
        return self._qualifier_before(i)[0] is not None and (
            i + 1 >= len(tokens) or tokens[i + 1].kind != "word" and tokens[i + 1].kind != "num"
            or nxt in _FUNCTION_WORDS)

    def _and_fraction(self, value: float, j: int, rules: list, mult: float = 1.0) -> tuple[float, int]:
        """"two and a half", "5 and three quarters", "3 million and a half", "one billion and a
        half million": the fraction after "and" (at token j) is added, in units of the scale
        word after it, else of the multiplier before it when that is a thousand or more."""
        if self._word(j) in ("-", "‑"):
            return self._hyphenated_fraction(value, j, rules)
        k = j + 1
        word = self._word(k)
        numerator = 0
        fraction = self._slash_fraction(k, k + 1) if k < len(self.tokens) else None
        if fraction is not None and mult == 1.0 and float(value).is_integer() and self._word(j - 2) != "between":
            rules.append("and-fraction")  # "2 and 3/4 pounds": one measure, not 2 and 0.75
            return value + fraction[0], fraction[1]
        if word in ("a", "an"):
            numerator, k = 1, k + 1
        while self._word(k) in SMALL or self._word(k) in TENS or (numerator and self._word(k) in ("-", "‑")):
            numerator += SMALL.get(self._word(k), 0) + TENS.get(self._word(k), 0)  # "fifty-four"
            k += 1
        if not numerator:
            return value, j
        denominator = DENOMINATORS.get(self._word(k))
        # "three-quarter acres": a hyphenated fraction before its noun keeps the singular
        attributive = numerator > 1 and self._word(k - 1) in ("-", "‑") and not self._word(k).endswith("s")
        if denominator is None or not attributive and (numerator == 1) != (
                not self._word(k).endswith("s") or self._word(k) == "halves"):
            return value, j
        if numerator >= denominator:
            # an improper part is no mixed number: "and" binds the cardinal, whose whole is the
            # numerator ("one hundred and thirty fifths" is 130/5); with no scale word before "and"
            # ("two and thirty fifths") the reading is unsure and the fraction is not claimed
            if mult != 100 or self._word(k + 1) in SCALES:
                return value, j
            rules.append("whole-numerator")
            return (value + numerator) / denominator, k + 1
        rules.append("and-fraction")
        unit = mult if mult >= 1e3 else 1.0
        if mult >= 1e3 and self._word(k + 1) in SCALES and SCALES[self._word(k + 1)] < mult:
            unit, k = SCALES[self._word(k + 1)], k + 1  # "one billion and a half million"
        return value + numerator / denominator * unit, k + 1

    def _hyphenated_fraction(self, value: float, j: int, rules: list) -> tuple[float, int]:
        """"three-and-a-half", "two-and-three-quarters": a mixed number joined by hyphens (at
        token j, the hyphen before "and"), read as the spaced one; (value, next index)."""
        tokens = self.tokens
        words, ends = [], []
        k = j
        while k + 1 < len(tokens) and self._word(k) in ("-", "‑") and tokens[k].glued and tokens[k + 1].glued \
                and tokens[k + 1].kind == "word" and len(words) < 5:
            words.append(self._word(k + 1))
            ends.append(k + 2)
            k += 2
        if len(words) < 3 or words[0] != "and":
            return value, j
        numerator = 1 if words[1] in ("a", "an") else SMALL.get(words[1], 0)
        denominator = DENOMINATORS.get(words[2])
        if not numerator or denominator is None or numerator >= denominator \
                or (numerator == 1) != (not words[2].endswith("s")):
            return value, j
        rules.append("and-fraction")
        return value + numerator / denominator, ends[2]

    def _words_at(self, i: int) -> Optional[_Number]:
        w = self._word(i)
        if w == "point" and self._point_opens(i):
            rules: list = []
            value, j = self._point_decimals(0.0, i, rules)  # "point five percent": 0.5
            return _Number(value, value, value, i, j, words=True, rules=rules) if rules else None
        # vague: "hundreds of", "tens of thousands of", "hundreds, if not thousands, of"
        if w in VAGUE:
            low, high = VAGUE[w]
            j = i + 1
            if w in ("tens", "hundreds") and self._is(j, "of") and self._word(j + 1) in VAGUE and self._word(j + 1) not in ("tens", "dozens", "scores"):
                scale_low, _ = VAGUE[self._word(j + 1)]
                low, high = low * scale_low, high * scale_low
                j += 2
            # "hundreds, if not thousands"
            k = j + (1 if self._is(j, ",") else 0)
            if self._is(k, "if") and self._is(k + 1, "not") and self._word(k + 2) in VAGUE:
                high = VAGUE[self._word(k + 2)][1]
                j = k + 3
                if self._is(j, ","):
                    j += 1
            if w in ("tens", "scores") and j == i + 1 and not self._is(j, "of"):
                return None  # "tens" alone, "scores" (sports) are rarely counts; "dozens" alone is
                # one whose noun is left out ("Dozens have also returned"): see extract.VAGUE_KEPT
            if self._is(j, "of") and j + 1 < len(self.tokens) and self.tokens[j + 1].kind == "num":
                return None  # "scores of 7/10", "hundreds of 2019": the noun, with figures of its own
            if w == "tens" and low == 10.0:
                return None
            return _Number(None, low, high, i, j, vague=True, words=True, rules=["vague-plural"])
        # "a dozen", "a hundred", "a million", "half a million", "a third of"
        if w in ("quarter", "half") and self._word(i + 1) in SCALES and SCALES[self._word(i + 1)] >= 1e3:
            value = FRACTIONS[w] * SCALES[self._word(i + 1)]  # "quarter million"
            return _Number(value, value, value, i, i + 2, scaled=True, words=True,
                           rules=["fraction-of-scale"])
        if w == "half" and self._word(i + 1) == "of" and self._word(i + 2) in ("a", "an") \
                and self._unit_follows(i + 3):
            return _Number(0.5, 0.5, 0.5, i, i + 3, words=True, rules=["fraction-of-unit"])  # "half of a percent"
        if w == "half" and self._fraction_of_measure(i + 1) is not None:
            return _Number(0.5, 0.5, 0.5, i, i + 1, words=True, rules=["fraction-words"])  # "half of 1%"
        # "half a mile", "half an hour", "a quarter mile", "a half percent": a fraction of the unit
        # after its article (a scale word after it is "half a million", read below)
        if w in FRACTIONS_BEFORE_UNIT and self._word(i + 1) in ("a", "an") and self._unit_follows(i + 2):
            value = FRACTIONS[w]
            return _Number(value, value, value, i, i + 2, words=True, rules=["fraction-of-unit"])
        if w in ("a", "an") and self._word(i + 1) in FRACTIONS_BEFORE_UNIT and self._unit_follows(i + 2):
            value = FRACTIONS[self._word(i + 1)]
            return _Number(value, value, value, i, i + 2, words=True, rules=["fraction-of-unit"])
        if w in FRACTIONS_BEFORE_UNIT and self._word(i - 1) in ("a", "an", "the") and self._is(i + 1, "-") \
                and self.tokens[i + 1].glued and i + 2 < len(self.tokens) and self.tokens[i + 2].glued \
                and self._word(i + 2) not in FRACTION_HYPHEN_NOT_UNITS and self._unit_follows(i + 2):
            value = FRACTIONS[w]  # "a quarter-point rise", "a half-hour delay": the fraction of the unit
            return _Number(value, value, value, i, i + 2, words=True, rules=["fraction-of-unit"])
        if w in ("a", "an") and self._word(i + 2) == "and" and self._unit_follows(i + 1) \
                and self._fraction_after_unit(i + 2):
            return _Number(1.0, 1.0, 1.0, i, i + 1, words=True, rules=["and-fraction"])  # "an hour and a half"
        if w in ("a", "an") and self._word(i + 2) == "and" and self._continued_unit(i + 1):
            return _Number(1.0, 1.0, 1.0, i, i + 1, words=True, rules=["article-unit"])  # "an hour and 15 minutes"
        if w in ("a", "an") and self._article_unit(i + 1):
            return _Number(1.0, 1.0, 1.0, i, i + 1, words=True, rules=["article-unit"])  # "a percentage point"
        if w in ("a", "an") and self._currency_one(i + 1):
            return _Number(1.0, 1.0, 1.0, i, i + 1, words=True, rules=["article-rate"])  # "a dollar a day"
        if w in ("a", "an", "half"):
            j = i + 1
            factor = 1.0
            if w == "half":
                factor = 0.5  # "half a million", "a half dozen"
                j += 1 if self._is(j, "a") else 0
                if self._word(j) in ("-", "‑") and self.tokens[j].glued and j + 1 < len(self.tokens) \
                        and self.tokens[j + 1].glued and (self._word(j + 1) == "dozen" or self._word(j + 1) in SCALES):
                    j += 1  # "a half-dozen eggs", "a half-million people"
            nxt = self._word(j)
            if nxt in SCALES or nxt == "dozen":
                value = factor * (SCALES.get(nxt) or 12)
                j += 1
                if nxt == "dozen" or SCALES.get(nxt, 0) <= 1e3:
                    if self._word(j) in SCALES and SCALES[self._word(j)] > (SCALES.get(nxt) or 12):
                        value *= SCALES[self._word(j)]
                        j += 1
                if DENOMINATORS.get(self._word(j)) and self._word(j).endswith("s"):
                    value /= DENOMINATORS[self._word(j)]  # "a hundred trillionths", "a thousand tenths"
                    return _Number(value, value, value, i, j + 1, scaled=True, words=True,
                                   rules=["article-scale", "fraction-words"])
                denominator, end = self._compound_denominator(j, spaced=True)
                if denominator and self._word(end - 1).endswith("s"):
                    value /= denominator  # "a hundred thirty-fifths"
                    return _Number(value, value, value, i, end, scaled=True, words=True,
                                   rules=["article-scale", "fraction-words"])
                mult = SCALES.get(self._word(j - 1), 12 if self._word(j - 1) == "dozen" else 1.0)
                rules = ["article-scale"]
                if factor == 1.0 and mult >= 1e3 and self._word(j) == "and":
                    value, j = self._and_fraction(value, j, rules, mult)  # "a million and a half"
                return _Number(value, value, value, i, j, scaled=True, words=True, rules=rules, mult=mult)
            if w in ("a", "an") and nxt in FRACTIONS and self._word(j + 1) in SCALES \
                    and SCALES[self._word(j + 1)] >= 1e3:  # "a quarter million"
                value = FRACTIONS[nxt] * SCALES[self._word(j + 1)]
                return _Number(value, value, value, i, j + 2, scaled=True, words=True,
                               rules=["fraction-of-scale"])
            if w in ("a", "an") and nxt in FRACTIONS and not nxt.endswith("s") \
                    and self._word(j + 1) in ("and", "to", "or") and self._word(j + 2) in ("a", "an") \
                    and self._word(j + 3) in FRACTIONS and self._word(i - 1) in ("between", "from"):
                # "between a third and a half of jobs": the first end of a range of shares
                value = FRACTIONS[nxt]
                return _Number(value, value, value, i, j + 1, words=True, rules=["fraction-words"])
            if w in ("a", "an") and self._is(j + 1, "of") and (nxt in FRACTIONS or (
                    DENOMINATORS.get(nxt) and not nxt.endswith("s") and self._word(j + 2) in ("a", "an")
                    and self._unit_follows(j + 3))):
                # "a quarter of", "a tenth of a percent", "a hundredth of a second"
                value = FRACTIONS[nxt] if nxt in FRACTIONS else 1 / DENOMINATORS[nxt]
                of_scale = self._of_scale(j + 2)
                if of_scale is not None:  # "a quarter of a million"
                    value *= of_scale[0]
                    return _Number(value, value, value, i, of_scale[1], scaled=True, words=True,
                                   rules=["fraction-of-scale"])
                return _Number(value, value, value, i, j + 1, words=True, rules=["fraction-words"])
            if w in ("a", "an"):
                # "a half", "by a fifth.": the fraction alone, where the clause ends after it; an
                # ordinal goes on ("a fifth straight year", "a third, larger quake"); "a twenty-first"
                denominator, end = (DENOMINATORS.get(nxt), j + 1) if nxt in FRACTIONS or nxt in DENOMINATORS \
                    else self._compound_denominator(j)
                if denominator and not self._word(end - 1).endswith("s") and (nxt != "quarter" or self._by_before(i)) \
                        and self._word(i - 1) != "and" and (end >= len(self.tokens) or self._word(end) in (".", ";", ")", "!", "?")):
                    value = 1 / denominator
                    return _Number(value, value, value, i, end, words=True, rules=["fraction-words"])
                # "rose by a tenth last year", "cut by nearly a fifth in 2020": after "by", a word
                # no ordinal's noun is may follow ("by a third party" is an ordinal)
                if denominator and not self._word(end - 1).endswith("s") and self._by_before(i) \
                        and self._word(end) in FRACTION_ALONE_BEFORE:
                    value = 1 / denominator
                    return _Number(value, value, value, i, end, words=True, rules=["fraction-words"])
            if w == "half" and self._half_share(i):
                return _Number(0.5, 0.5, 0.5, i, i + 1, words=True, rules=["half-share"])
            return None
        # "several hundred", "a few thousand"
        if w in FEW or (w == "a" and self._is(i + 1, "few")):
            j = i + (2 if w == "a" else 1)
            if w == "couple" and self._is(j, "of"):
                j += 1  # "a couple of hundred"
            if self._word(j) in SCALES or self._word(j) in DOZEN_FORMS:
                scale = SCALES.get(self._word(j), 12)  # "a few dozen": dozens, as "a few hundred" hundreds
                lo, hi = FEW.get(self._word(i), FEW["few"])
                return _Number(None, lo * scale, hi * scale, i, j + 1, vague=True, words=True,
                               rules=["few-scale"])
            return None
        if w not in SMALL and w not in TENS and not re.fullmatch(r"[a-z]+-[a-z]+", w):
            return None
        if w in TENS and self._compound_denominator(i, spaced=True)[0]:
            plural = self._word(i + 1)
            if not self.tokens[i + 1].glued and plural.endswith("s") and DENOMINATORS.get(plural) \
                    and self._word(i - 1) not in SMALL and self._word(i - 1) not in TENS:
                # "twenty fifths" is 20/5: a plural ordinal with no numerator of its own counts the tens
                value = TENS[w] / DENOMINATORS[plural]
                return _Number(value, value, value, i, i + 2, words=True, scaled=True,
                               rules=["number-words", "fraction-words"])
            return None  # "the twenty fifth day": an ordinal, no amount
        # spelled-out integer: "four thousand", "twenty-five", "two dozen", "one hundred and ten"
        total, current, j, seen = 0.0, 0.0, i, False
        # where the words since the last scale began, and the run of small words since the last
        # "hundred" (with the value before it): a scale word no smaller than the one before starts
        # a new number there ("one hundred and one hundred", "one thousand and two thousand")
        group_start, run_start, run_before, last_scale = i, i, 0.0, math.inf
        # the "and" inside the words since the last scale, and the value before it: "two thousand
        # five hundred and three thousand" ends before that "and" (2,500, then 3,000)
        and_at, and_before = -1, 0.0
        plural = False
        while j < len(self.tokens):
            w = self._word(j)
            parts = w.split("-") if "-" in w else [w]
            if seen and w in TENS and self._word(j - 1) != "and" and self._compound_denominator(j, spaced=True)[0]:
                break  # "three twenty firsts", "one hundred thirty-fifths": the tens open the ordinal
            if all(p in SMALL or p in TENS for p in parts) and len(parts) <= 2:
                add = sum(SMALL.get(p, 0) + TENS.get(p, 0) for p in parts)
                if seen and not self._follows(current, add):
                    break  # "one twenty", "one one hundred": not one number
                if current == 0:
                    group_start = j
                    and_at = -1
                if current % 100 == 0:
                    run_start, run_before = j, current
                current += add
                seen = True
            elif w == "hundred" and seen:
                if self._word(j - 1) == "hundred":
                    break  # "three hundred hundred": the number ends before the repeated word
                if current >= 100 or last_scale <= 100:  # "one hundred and one hundred"
                    current, j = (run_before, run_start) if current >= 100 else (0.0, group_start)
                    break
                current = (current or 1) * 100
            elif w in SCALES and seen and current == 0 and total and self._word(j - 1) in SCALES \
                    and SCALES[w] > SCALES[self._word(j - 1)]:
                total *= SCALES[w]  # "three lakh crore", "two thousand million"
                last_scale = SCALES[w]
            elif w in SCALES and seen:
                if SCALES[w] >= last_scale:  # "one thousand and two thousand": two numbers
                    current, j = (and_before, and_at) if and_at > group_start else (0.0, group_start)
                    break
                total += (current or 1) * SCALES[w]
                last_scale = SCALES[w]
                current = 0.0
            elif w in SCALE_PLURALS and seen and current and not total:
                current *= SCALE_PLURALS[w]  # "five hundreds": the plural ends the number
                plural = True
                j += 1
                break
            elif w in DOZEN_FORMS and seen and "and" in self.lows[i:j]:
                break  # "three hundred and two dozen": vetoed below
            elif w in DOZEN_FORMS and seen and total and not current:
                total *= 12  # "two thousand dozen": the dozen multiplies the whole
                j += 1
                break
            elif w in DOZEN_FORMS and seen and (total and current or current > 100 and current % 100):
                break  # "one thousand two dozen", "three hundred two dozen": vetoed below
            elif w in DOZEN_FORMS and seen:
                current = (current or 1) * 12
            elif w == "and" and seen and (self._word(j + 1) in SMALL or self._word(j + 1) in TENS) \
                    and self._word(j - 1) in SCALES and self._word(j - 1) != "dozen" \
                    and not self._fraction_after(j + 1):  # "one hundred and three quarters"
                and_at, and_before = j, current
            elif w in ("-", "‑") and self._word(j - 1) in TENS and self._word(j + 1) in SMALL \
                    and 0 < SMALL[self._word(j + 1)] < 10:
                pass  # "forty-five", "fifty - two" (tokenized text)
            else:
                break
            j += 1
        while j > i and self._word(j - 1) == "and":
            j -= 1  # the "and" before a number that starts anew
        if not seen or j <= i:
            return None  # nothing read: a number needs at least its first word
        if seen and (self._word(j) in DOZEN_FORMS or self._word(j) == "dozens") and (
                "and" in self.lows[i:j] or total and current or current > 100 and current % 100):
            # "three hundred and two dozen(s)", "three hundred two dozen": 302 dozen, or 300 and
            # two dozen? no reading is safe
            return _Number(None, None, None, i, j + 1, words=True, rules=["veto-ambiguous-dozen"])
        value = total + current
        rules = ["number-words"] + (["scale-plural"] if plural else [])
        # the multiplier applied last ("thousand" of "five thousand"), for "four to five thousand"
        last_word = self._word(j - 1)
        mult = SCALES.get(last_word) or SCALE_PLURALS.get(last_word) or (12 if last_word in DOZEN_FORMS else 1.0) \
            if j - i > 1 else 1.0
        if last_word in SCALES and total and not current:
            # "three hundred thousand": the scale words that end the number multiply its first
            # part together, so "two to three hundred thousand" shares 100,000, not 1,000
            k = j - 1
            while k - 1 > i and self._word(k - 1) in SCALES:
                k -= 1
                mult *= SCALES[self._word(k)]
        if j - i == 1 and 10 <= value <= 99 and j < len(self.tokens) and self.tokens[j].kind == "word" \
                and not self.tokens[j].glued and (self._word(j) in TENS or 10 <= SMALL.get(self._word(j), -1) <= 19):
            # "nineteen eighty-four", "twenty twenty", "at fifteen twenty": two numbers side by
            # side that make no number are a year or a time said aloud, not two amounts
            second = self._words_at(j)
            end = second.last if second is not None else j + 1
            return _Number(None, None, None, i, end, words=True, rules=["veto-paired-words"])
        if self._word(j) == "point":
            value, j = self._point_decimals(value, j, rules)  # "five point five"
            if rules[-1] == "point-decimals" and mult == 1.0 and SCALES.get(self._word(j), 0) >= 1e3:
                mult = SCALES[self._word(j)]  # "three point five million": the scale after the decimals
                value *= mult
                j += 1
                rules.append("scale-word")
        if self._word(j) == "and" or self._word(j) in ("-", "‑") and self._word(j + 1) == "and" and j - i == 1:
            value, j = self._and_fraction(value, j, rules, mult)  # "two and a half", "3 million and a half"
            if rules[-1] == "and-fraction" and mult == 1.0 and self._word(j) in SCALES:
                mult = SCALES[self._word(j)]  # "five and a half million"
                value *= mult
                j += 1
            elif j - i == 1 and self._word(i - 1) != "between" and self._inverted_tens(i, j + 1):
                # "twenty and three", "four and twenty": one number (23, 24, as older English
                # writes it) or two? no reading is safe, for either ("twenty and three and a half")
                second = self._words_at(j + 1)
                end = second.last if second is not None else j + 2
                return _Number(None, None, None, i, end, words=True, rules=["veto-ambiguous-and"])
        # "two thirds of", "three quarters of", "three quarters billion"
        if self._word(j) in FRACTIONS and self._word(j) != "half" and value < 10 and (
                self._is(j + 1, "of") or self._word(j + 1) in SCALES):
            value *= FRACTIONS[self._word(j)]
            j += 1
            rules.append("fraction-words")
            of_scale = self._of_scale(j + 1) if self._is(j, "of") else None
            if self._word(j) in SCALES:
                value *= SCALES[self._word(j)]
                j += 1
                rules[-1] = "fraction-of-scale"
            elif of_scale is not None:  # "three quarters of a million"
                value *= of_scale[0]
                j = of_scale[1]
                rules[-1] = "fraction-of-scale"
        compound_denominator, end = self._compound_denominator(j, spaced=True)
        if compound_denominator and value >= 1 and "fraction-words" not in rules and "fraction-of-scale" not in rules \
                and (value == 1) == (not self._word(end - 1).endswith("s")):
            value /= compound_denominator  # "one twenty-fifth", "three twenty-fifths"
            rules.append("fraction-words")
            return _Number(value, value, value, i, end, words=True, scaled=True, rules=rules)
        k = j + 1 if self._word(j) in ("-", "‑") else j  # "one-half", "one - fourth"
        denominator = DENOMINATORS.get(self._word(k))
        ordinal = k + (1 if self._word(k) == "and" and mult >= 100 else 0)
        if mult >= 100 and "fraction-words" not in rules and "fraction-of-scale" not in rules and (
                sum(self._word(t) in SCALES for t in range(i, k)) > 1 and denominator is not None
                or DENOMINATORS.get(self._word(ordinal)) and not self._word(ordinal).endswith("s")
                and self._word(ordinal) not in ("half", "quarter")):
            # "one hundred one thousand fifths" (101000/5? 100/1005?), "one hundred fifth" (the
            # 105th, or 1/105): no reading is safe
            return _Number(None, None, None, i, ordinal + 1, words=True, rules=["veto-ambiguous-fraction"])
        if denominator is not None and mult >= 1e3 and self._word(k).endswith("s") and value >= 1 \
                and "fraction-words" not in rules and "fraction-of-scale" not in rules:
            value /= denominator  # "two thousand fifths": the whole number over the denominator
            rules.append("fraction-words")
            return _Number(value, value, value, i, k + 1, words=True, scaled=True, rules=rules)
        if denominator is not None and mult < 1e3 and value >= 1 and "fraction-words" not in rules \
                and "fraction-of-scale" not in rules and (value == 1) == (not self._word(k).endswith("s")):
            value /= denominator  # "two thirds", "one eighth", "twenty-three fifths"
            rules.append("fraction-words")
            of_scale = self._of_scale(k + 2) if self._is(k + 1, "of") else None
            if of_scale is not None:  # "three-quarters of a million", as "three quarters of a million"
                rules[-1] = "fraction-of-scale"
                return _Number(value * of_scale[0], value * of_scale[0], value * of_scale[0], i, of_scale[1],
                               words=True, scaled=True, rules=rules)
            return _Number(value, value, value, i, k + 1, words=True, scaled=True, rules=rules)
        if k > j and self.tokens[j].glued and (self._word(k) in DENOMINATORS or self._word(k) in ("first", "second")):
            return None  # "twenty-fifth", "twenty-first": an ordinal, no amount
        return _Number(value, value, value, i, j, words=True, scaled=j - i > 1, rules=rules, mult=mult)

    def _inverted_tens(self, i: int, k: int) -> bool:
        """Whether the number words at tokens i and k (joined by "and") could make one number:
        a tens word and a unit ("twenty and three") or a unit and a tens word ("four and
        twenty"), the tens word standing alone (not "four and twenty-two")."""
        first, second = self._word(i), self._word(k)
        alone = self._word(k + 1) not in ("-", "‑")
        return (first in TENS and 0 < SMALL.get(second, 0) < 10
                or 0 < SMALL.get(first, 0) < 10 and second in TENS and alone)

    def _compound_denominator(self, k: int, spaced: bool = False) -> tuple[Optional[int], int]:
        """"twenty-fifth(s)", "thirty-first" at token k: (denominator, next index), else (None, k).
        ``spaced``: after a cardinal, "twenty firsts" with a space is one ordinal too ("three twenty
        firsts" is 3/21), since a cardinal and a plural ordinal read as a fraction."""
        tens = TENS.get(self._word(k))
        if tens is None:
            return None, k
        if self._word(k + 1) in ("-", "‑") and self.tokens[k + 1].glued \
                and k + 2 < len(self.tokens) and self.tokens[k + 2].glued:
            at = k + 2
        elif spaced and k + 1 < len(self.tokens) and self.tokens[k + 1].kind == "word" and not self.tokens[k + 1].glued \
                and self._word(k + 1) not in ("second", "seconds"):  # "two thirty seconds": a time
            at = k + 1
        else:
            return None, k
        word = self._word(at)
        ones = COMPOUND_ORDINALS.get(word.removesuffix("s")) or (
            DENOMINATORS.get(word) if DENOMINATORS.get(word, 10) < 10 and word not in ("half", "halves") else None)
        return (tens + ones, at + 1) if ones else (None, k)

    def _point_opens(self, i: int) -> bool:
        """Whether "point" at token i, with no number before it, opens a decimal below one: at
        the start of a clause, after a movement or bounding word, or after a word of numbers.json
        point_opens_after ("rose point five percent", "by point two"); "at this point two
        percent" keeps its noun."""
        if i >= 1 and self.tokens[i - 1].kind == "num":
            return False
        before = self._word(i - 1)
        return i == 0 or self.tokens[i - 1].text in ".,;:!?(\"“" or before in POINT_OPENS_AFTER \
            or before in UP_WORDS or before in DOWN_WORDS or before in QUALIFIERS

    def _point_decimals(self, value: float, j: int, rules: list) -> tuple[float, int]:
        """"five point five", "two hundred point seventy-one": digits in words after "point"."""
        digits, k = "", j + 1
        while self._word(k) in SMALL and SMALL[self._word(k)] < 10:
            digits += str(SMALL[self._word(k)])
            k += 1
        if not digits and 10 <= SMALL.get(self._word(k), 0) < 20:
            digits = str(SMALL[self._word(k)])  # "nought point eleven"
            k += 1
        elif not digits and self._word(k) in TENS:
            tens = TENS[self._word(k)]
            k += 1
            if self._word(k) in ("-", "‑") and self._word(k + 1) in SMALL and SMALL[self._word(k + 1)] < 10:
                tens += SMALL[self._word(k + 1)]
                k += 2
            digits = str(tens)
        if not digits:
            return value, j
        rules.append("point-decimals")
        return value + float("0." + digits), k

    def _of_scale(self, k: int) -> Optional[tuple[float, int]]:
        """"a million" at token k (after "a quarter of"): (scale, next index) or None."""
        if self._word(k) in ("a", "an") and self._word(k + 1) in SCALES and SCALES[self._word(k + 1)] >= 1e3:
            return SCALES[self._word(k + 1)], k + 2
        return None



_SCALED_CODE = re.compile(r"(MM|M|Mn|mn|k|K|T|B|Bn|bn)([A-Z]{3})")
_CODE_SCALES = {"MM": 1e6, "M": 1e6, "Mn": 1e6, "mn": 1e6, "k": 1e3, "K": 1e3, "T": 1e3,
                "B": 1e9, "Bn": 1e9, "bn": 1e9}


def _scaled_code(text: str) -> tuple[Optional["currencies.Currency"], float]:
    """A currency code with a multiplier prefix, as finance writes it: "MEUR" (million euros),
    "kUSD", "MAUD"; (None, 1.0) otherwise."""
    m = _SCALED_CODE.fullmatch(text)
    if m is None or currencies.lookup(text) is not None:
        return None, 1.0
    cur = currencies.by_iso(m.group(2))
    return (cur, _CODE_SCALES[m.group(1)]) if cur is not None else (None, 1.0)


def _scale_by_code(num: _Number, code: str) -> bool:
    """Scale ``num`` by the multiplier prefix of a code ("MEUR"); whether it did."""
    cur, factor = _scaled_code(code)
    if cur is not None and not num.scaled:
        num.value *= factor
        num.low = num.high = num.value
        num.scaled = True
        return True
    return False
