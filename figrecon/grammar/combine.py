"""Step 4, combine: two measured ends joined into one range ("between 4% and 5%") and a unit
carried to a bare parallel number ("rose 2% ... fell 1")."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from figrecon import lexicon
from figrecon.grammar.vocabulary import (
    _FUNCTION_WORDS, _RANGE_TO, MONTHS, SCALES, VAGUE,
)
from figrecon.grammar.mention import Mention, _Number
from figrecon.units import AGE_COMPOUNDS, COMPOUNDS, compound

#: marks that end a clause: a bare figure before one may continue the measure before it
_CLAUSE_ENDS = frozenset(".,;:)!?")
#: rules that give a figure its own multiplier, unit or shape: such a list member shares nothing
_OWN_SHAPE = frozenset((
    "glued-multiplier", "weak-multiplier", "currency-multiplier", "hyphenated-multiplier", "scale-word",
    "scale-plural", "article-scale", "fraction-of-scale", "vague-plural", "few-scale", "scaled-code",
    "scientific", "power", "range", "ratio", "age", "spoken-fraction", "compound", "range-join",
    "bounds-join", "cents", "uncertainty", "shared-unit", "shared-multiplier", "negative"))


#: a time told of a from-to's first end ("from $36,040 at 10.45pm last night to $34,935"):
#: the prepositions it opens with, its words, and a clock's letters; lexicon/calendar.json
_TIME_PREPOSITIONS = lexicon.words("calendar", "time_prepositions")
_TIME_WORDS = lexicon.words("calendar", "time_words")
_CLOCK_SUFFIXES = lexicon.words("calendar", "clock_suffixes")
#: a clock's letters right after its number, their points optional: "10.45pm", "9 a.m.", "6 am"
_CLOCK_AFTER = re.compile(r"\s*(?:" + "|".join(re.escape(w).replace(r"\.", r"\.?") + r"\.?"
                                               for w in sorted(_CLOCK_SUFFIXES, key=len, reverse=True))
                          + r")(?![A-Za-z])", re.IGNORECASE)
_WEEKDAYS = frozenset(w.lower() for w in lexicon.weekday_names())
#: "a crew of ", "a family of ": a figure after these counts the noun (numbers.json collective_heads)
_COLLECTIVE_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, lexicon.words("numbers", "collective_heads")))
                                + r")s?\s+of\s+$", re.IGNORECASE)


def counts_members(text: str, start: int) -> bool:
    """Whether the figure at ``start`` of ``text`` counts the members of a collective named right
    before it ("a crew of four", "a family of five"; numbers.json collective_heads)."""
    return _COLLECTIVE_BEFORE.search(text, 0, start) is not None

#: the ending of an age's unit ("month of age")
_OF_AGE = " of age"
#: the changes a compound's first part may carry: none, a qualifier of the whole ("over 4 hours
#: 38 minutes", "about 5 feet 2 inches") or a movement by the whole ("rose 2 feet 3 inches")
_COMPOUND_QUALIFIED = frozenset({"=", "<", ">", "~", "up", "down"})
#: the dimensions whose measures come in pairs: "4 by 5 metres", "2,880 by 1,800 pixels"
_DIMENSION_PAIRED = frozenset(("length", "typographical element"))


def _bare_member(b: Mention, m: Mention, bound_ok: bool = False) -> bool:
    """Whether ``b`` is a bare figure that may share the unit and multiplier of ``m`` after it:
    no unit of its own (a currency only when it is ``m``'s), no multiplier, exact or approximate
    (or, with ``bound_ok``, bounded: "up to 5 or 6 million")."""
    own_unit = b.unit is None and b.currency is None or b.currency is not None and b.currency == m.currency
    changes = ("=", "~", "<", ">") if bound_ok else ("=", "~")
    return b.value is not None and not b.vague and b.per is None and own_unit and b.scale == 1.0 and b.change in changes \
        and b.value > 0 and not _OWN_SHAPE.intersection(b.rules)


class Combine:
    """Joins measures into ranges; mixed into ``figrecon.numbers.Scanner``."""

    def _elided_unit(self, before: Mention, m: Mention, k: int) -> Mention:
        """A bare number that repeats the construction of the measure before it takes its unit:
        "DAX rose by 2 percent but Nasdaq fell by 1." (both movements), "from about 14-18 mpg to
        24 for SUVs" (the end of a from-to). Only when nothing after the number could be what
        it counts."""
        if m.unit is not None or m.currency is not None or m.vague or before.unit is None \
                or before.currency is not None or before.dimension == "count":
            return m
        nxt = self.tokens[k] if k < len(self.tokens) else None
        if nxt is not None and nxt.kind == "word" and self.lows[k] not in _FUNCTION_WORDS:
            return m
        gap = self.text[before.end:m.start].strip().lower()
        moves = m.change in ("up", "down") and before.change in ("up", "down")
        from_to = gap == "to" and self.text[:before.start].rstrip().lower().endswith("from")
        if not (moves or from_to):
            return m
        return replace(m, unit=before.unit, dimension=before.dimension, per=before.per,
                       rules=m.rules + ("elided-unit",))

    def _elided_multiplier(self, before: Mention, m: Mention, k: int) -> Mention:
        """"rose to 6 million from 5.5", "fell to $3 billion from 4", "rose to $6m from $5.5",
        "fell to $1.20 a litre from $1.35": the figure after "from" is the earlier level of the
        measure before it, in its multiplier, unit and period, when it is of the same size, names
        no other unit and nothing after it could be what it counts."""
        if before.value is None or before.vague or not _bare_member(m, before) or m.change != "=" \
                or m.unit is not None and m.currency is None:
            return m
        nxt = self.tokens[k] if k < len(self.tokens) else None
        if nxt is not None and nxt.kind == "word" and self.lows[k] not in _FUNCTION_WORDS:
            return m
        if self.text[before.end:m.start].strip().lower() != "from" \
                or not self.text[:before.start].rstrip().lower().endswith("to"):
            return m
        own = before.value / before.scale
        share = before.scale >= 1e3 and m.value < 1e3 and own / 20 <= m.value <= own * 20
        measured = before.unit is not None or before.currency is not None
        bare = m.unit is None and m.currency is None
        if not share and not (bare and measured and own / 20 <= m.value <= own * 20) \
                and not (m.currency is not None and before.per is not None):
            return m  # nothing to take: "to $6 from $5.5", "to 8 million from 500"
        factor = before.scale if share else 1.0
        value = m.value * factor
        return replace(m, value=value, low=value, high=value, scale=factor, unit=before.unit,
                       dimension=before.dimension, currency=before.currency, per=before.per,
                       rules=m.rules + (("shared-multiplier",) if share else ("elided-unit",)))

    def _share_list(self, mentions: list, m: Mention) -> Mention:
        """A list of bare numbers ended by a measure shares its multiplier and its unit: "45 and
        50 mg", "3 or 4 km", "1 or 2 million dollars", "10, 20 and 30 thousand", "$1, $2 and $3
        billion". The members before ``m`` in ``mentions`` are changed in place. A list is two
        members joined by "and"/"or", or more joined by commas with "and"/"or" before the last
        ("$5, and $3 million went ..." may be two clauses: nothing is shared). The multiplier is
        shared only by members below a thousand within a factor of 20 of the last member's own
        figure ("300 and 2 million" shares nothing). Returns ``m``, with the currency of the first
        member when only that one names it ("$7 or 9 billion")."""
        original = m
        if m.value is None or m.vague or (m.unit is None and m.currency is None and m.scale < 1e3) \
                or "-" in self.text[m.number_end:m.end]:
            return original  # "3 or 4 million-dollar homes": the measure is an adjective
        chain: list[int] = []
        after = m
        for k in range(len(mentions) - 1, -1, -1):
            gap = self.text[mentions[k].end:after.start]
            if gap not in ((" and ", " or ", ", and ", ", or ") if not chain else (", ",)):
                break
            chain.append(k)
            after = mentions[k]
        if not chain or len(chain) == 1 and self.text[mentions[chain[0]].end:m.start].startswith(","):
            return original
        members = [mentions[k] for k in chain]
        lead = members[-1]
        if counts_members(self.text, lead.start):
            return original  # "a crew of four and 38 tonnes of cargo": four people, not 4 tonnes
        if lead.currency is not None and m.currency is None and m.unit is None \
                and all(b.currency is None and b.unit is None for b in members[:-1]):
            # "$7 or 9 billion", "$1, 2 and 3 million": the sign before the first counts for all
            m = replace(m, unit=lead.unit, dimension=lead.dimension, currency=lead.currency,
                        rules=m.rules + ("shared-unit",))
        # the first member may carry a bound, which then bounds the list: "up to 5 or 6 million"
        if any(not _bare_member(b, m, bound_ok=b is lead) for b in members):
            return original
        own = m.value / m.scale
        share = m.scale >= 1e3 and all(b.value < 1e3 and own / 20 <= b.value <= own * 20 for b in members)
        if not share and lead.change in ("<", ">"):
            return original
        if m.unit is None and m.currency is None and not share or m is not original and not share:
            return original  # "$300 or 2 million": the sign is the first's alone
        factor = m.scale if share else 1.0
        for k in chain:
            b = mentions[k]
            rules = (("shared-multiplier",) if share else ()) + (
                ("shared-unit",) if b.unit is None and (m.unit or m.currency) else ())
            mentions[k] = replace(
                b, value=b.value * factor, low=None if b.low is None else b.low * factor,
                high=None if b.high is None else b.high * factor, scale=factor,
                unit=m.unit, dimension=m.dimension, currency=m.currency, per=m.per,
                rules=b.rules + rules)
        return m

    def _dimension_pair(self, mentions: list, m: Mention) -> None:
        """"2,880 by 1,800 pixels", "4 by 5 metres", "6 x 4 inches": a bare number joined by
        "by", "x" or "×" to a length (or a count of pixels) is the other side of the same
        measure and takes its unit, so both sides carry it (one bare side would be a count of
        nothing). ``mentions[-1]`` is changed in place."""
        if not mentions or m.unit is None or m.currency is not None or m.value is None \
                or m.dimension not in _DIMENSION_PAIRED:
            return
        b = mentions[-1]
        if self.text[b.end:m.start].strip().lower() not in ("by", "x", "×") or not _bare_member(b, m) \
                or b.change != "=" or m.scale != 1.0:
            return
        mentions[-1] = replace(b, unit=m.unit, dimension=m.dimension, rules=b.rules + ("dimension-pair",))

    def _spoken_fraction(self, mentions: list, m: Mention, i: int, k: int):
        """"one over three", "1 over 20": two bare numbers joined by "over" make a fraction, when
        nothing is counted or measured on either side, the clause ends after the second and the
        first is the smaller ("3 over 5 years", "one over par", "52 over 48" stay apart); the joined
        mention or None."""
        if not mentions or i < 1 or self._word(i - 1) != "over" or (i - 1) not in self.quantity_ends:
            return None
        before = mentions[-1]
        if k < len(self.tokens) and self._word(k) not in (".", ",", ";", ")", "!", "?", ":"):
            return None
        for part in (before, m):
            if part.unit is not None or part.currency is not None or part.change not in ("", "=") or part.vague or part.per \
                    or part.value is None or part.low != part.value or part.high != part.value:
                return None
        if m.value <= before.value or self.text[before.end:m.start].strip().lower() != "over":
            return None  # "won 52 over 48": larger first is a tally, as with a dash (veto-score)
        value = before.value / m.value
        rules = before.rules + tuple(r for r in m.rules if r not in before.rules) + ("spoken-fraction",)
        return replace(before, end=m.end, value=value, low=value, high=value, number_end=m.number_end, rules=rules)

    def _compound(self, before: Mention, m: Mention, k: int, listed: bool = False):
        """"5 feet 2 inches", "6 lb 3 oz", "2 hours and 30 minutes", "5 ft 2 in": a figure in a
        smaller unit that continues the measure before it is one measure, in the larger unit
        (see ``units.compound``). A weak symbol ("in") of the smaller unit is read only here, and
        only when no word follows it. ``listed``: ``m`` is itself a compound whose parts "and"
        joins, so a comma may join ``before`` to it: "2 hours, 17 minutes and 40 seconds" is one
        time, while "2 hours, 30 minutes" may be two. (the joined Mention, next token index) or None."""
        joins = (" ", " and ", "") if not listed else (", ",)  # "" : 6'2"
        if listed and (" and " not in self.text[m.start:m.end].lower() or "compound" not in m.rules):
            return None
        if before.unit is None or before.currency is not None or before.per is not None \
                or before.change not in _COMPOUND_QUALIFIED or before.value is None \
                or before.change != "=" and not before.value > 0 or m.change != "=" or m.value is None \
                or m.currency is not None or m.per is not None or m.value < 0 \
                or self.text[before.end:m.start].lower() not in joins:
            return None
        # "5 years 3 months old": the age is read on the smaller part, and is the whole's
        aged = m.unit is not None and m.unit.endswith(_OF_AGE) \
            and (before.unit, m.unit.removesuffix(_OF_AGE)) in AGE_COMPOUNDS
        last = self._last_part_unit(before) if not aged else None
        if last is not None and last != before.unit:
            return self._compound_on(before, m, k, last)  # "2 hours 4 minutes 51 seconds"
        partners = {small for large, small in (AGE_COMPOUNDS if aged else COMPOUNDS) if large == before.unit}
        if not partners:
            return None
        second, end, nxt = m.unit.removesuffix(_OF_AGE) if aged else m.unit, m.end, k
        if second is None and k < len(self.tokens) and self.tokens[k].kind == "word" \
                and (k + 1 >= len(self.tokens) or self.tokens[k + 1].kind != "word"):
            unit = self.units.symbol(self.tokens[k].text, glued=True)
            if unit is not None and unit.name in partners:
                second, end, nxt = unit.name, self.tokens[k].end, k + 1
        if second is None and m.dimension == "count" and not m.vague and len(partners) == 1 \
                and float(m.value).is_integer() and float(before.value).is_integer() \
                and self.text[before.end:m.start] == " " \
                and (k >= len(self.tokens) or self.tokens[k].text in _CLAUSE_ENDS):
            second = next(iter(partners))  # "6 foot 2.", "1 metre 80,": the smaller unit goes unsaid
        if second not in partners:
            return None
        from figrecon.units import Unit
        value = compound(Unit(before.unit, before.dimension), before.value, Unit(second, before.dimension), m.value)
        if value is None or not before.value <= value < before.value + 1:
            return None  # "5 feet 20 inches": no continuation of the feet
        # a figure that continues the measure shows its kind: "45° 12′" is an angle, whatever
        # the degree sign alone could be
        dimension = m.dimension if before.dimension == "unresolved" and second == m.unit else before.dimension
        # a qualifier before the first part qualifies the whole: "over 4 hours 38 minutes" is more
        # than 4 h 38 min, not more than 4 hours; its bounds scale with the value ("about": +-10%)
        ratio = value / before.value if before.change != "=" else 1.0
        low, high = ((None if b is None else value if b == before.value else b * ratio)
                     for b in (before.low, before.high))
        return replace(before, end=end, value=value, low=low, high=high, number_end=m.number_end,
                       dimension=dimension, unit=before.unit + _OF_AGE if aged else before.unit,
                       rules=tuple(dict.fromkeys(before.rules + m.rules + ("compound",)))), nxt

    def _last_part_unit(self, before: Mention) -> Optional[str]:
        """The unit of the last part of a compound already joined ("minute" of "2 hours 4
        minutes"), None when ``before`` is no compound or its last word is no unit's name."""
        if "compound" not in before.rules:
            return None
        words = self.text[before.start:before.end].split()
        if not words:
            return None
        # "minutes" of "2 hours 4 minutes"; "min" of "5hr 12min", its number glued on
        word = words[-1].lstrip("0123456789.,")
        unit = self.units.surface(word) or (self.units.symbol(word, glued=True) if word != words[-1] else None)
        return unit.name if unit is not None else None

    def _compound_on(self, before: Mention, m: Mention, k: int, last: str):
        """A compound of two parts continued by a third in the unit that follows its last part's:
        "2 hours 4 minutes 51 seconds" is 2 h 4 min 51 s, in hours. The third part must be less
        than one of the last part's unit ("4 minutes 70 seconds" continues nothing); (the
        joined Mention, next token index) or None."""
        from figrecon.units import Unit

        if m.unit is None or (last, m.unit) not in COMPOUNDS or before.change != "=":
            return None
        dimension = before.dimension
        part = compound(Unit(last, dimension), 0.0, Unit(m.unit, dimension), m.value)  # 51 s in minutes
        if part is None or not part < 1:
            return None
        value = compound(Unit(before.unit, dimension), before.value, Unit(last, dimension), part)
        if value is None:
            return None
        return replace(before, end=m.end, value=value, low=value, high=value, number_end=m.number_end,
                       rules=tuple(dict.fromkeys(before.rules + m.rules + ("compound",)))), k

    def _ratio(self, num: _Number, j: int):
        """"one in five adults", "1 out of 3 voters", "one in every four": a share, the first number over the second
        (read as its two numbers, it would count five adults). (the share, next index) or None;
        (None, next index) when no reading is safe (a veto)."""
        hyphens = ("-", "‑")
        joined = self._word(j) in hyphens and self._word(j + 1) == "in" and self._word(j + 2) in hyphens
        k = j + 3 if joined else j + 1 if self._word(j) == "in" else \
            j + 2 if self._word(j) == "out" and self._word(j + 1) == "of" else None
        if k is None or num.value is None or num.value < 1 or not float(num.value).is_integer():
            return None
        if not joined and self._word(k) == "every":
            k += 1  # "one in every four adults", "5 out of every 10 voters"
        whole = self._number_at(k)
        if whole is None or whole.value is None or whole.vague or whole.year_like or whole.value <= num.value:
            return None
        if joined and self._word(whole.last) in hyphens and self._word(whole.last + 1):
            # "a 1-in-100-year flood": how rare a thing is, a name for it, neither a share nor an inch
            self._veto("veto-ratio-adjective", num, whole.last + 2)
            return None, whole.last + 2
        after = self.tokens[whole.last] if whole.last < len(self.tokens) else None
        if after is not None and after.kind == "word" and self.units.surface(self.lows[whole.last]) is not None:
            return None  # "5 in 10 minutes": a count and a time
        if self._word(whole.last) in SCALES or self._word(whole.last) in VAGUE:
            return None  # "two out of five hundreds": the whole is unsure, no share claimed
        value = num.value / whole.value
        return _Number(value, value, value, num.first, whole.last, words=num.words, scaled=True,
                       rules=num.rules + whole.rules + ["ratio"]), whole.last

    def _join_bounds(self, before: Mention, m: Mention):
        """"more than 100 and fewer than 300", "at most 100 and at least 20": a lower and an upper
        bound of the same measure, joined by "and"/"but", are one interval (returned), or None."""
        if {before.change, m.change} != {"<", ">"} or (before.unit, before.currency, before.dimension) \
                != (m.unit, m.currency, m.dimension) or before.value is None or m.value is None:
            return None
        if self.text[before.end:m.start].strip(" ,").lower() not in ("and", "but"):
            return None
        low = before.value if before.change == ">" else m.value
        high = m.value if m.change == "<" else before.value
        if low > high:
            return None  # "more than 40 and less than 10": two conditions, no interval
        return replace(before, end=m.end, value=None, low=low, high=high, change="=",
                       number_end=m.number_end, rules=tuple(dict.fromkeys(before.rules + m.rules + ("bounds-join",))))

    def _join_range(self, i: int, m: Mention, k: int):
        """"between 4% and 5%", "1 per cent to 1.5 per cent", "from 208 pounds to 193": two
        measured ends joined into one range (Mention, next token index), or None; (None, next
        token index) when no reading of the two is safe (a veto)."""
        if m.value is None or m.unit is None and m.currency is None or k >= len(self.tokens):
            return None
        connector = self._word(k)
        if connector in _RANGE_TO:
            connector = "to"
        first = i
        while first > 0 and self.tokens[first - 1].end > m.start:
            first -= 1
        prev = self._word(first - 1)
        dated = None
        if prev == "from" and connector != "to":
            dated = self._dated_end(k)  # "from $36,040 at 10.45pm last night to $34,935"
            if dated is not None:
                k, connector = dated, "to"
        if connector in ("-", "–", "—"):
            pass
        elif connector == "and" and prev == "between":
            pass
        elif connector == "to" and (prev in ("from", "between", "by") or m.change in ("=", "~")):
            pass
        else:
            return None
        found = None
        for x in range(k + 1, min(k + 4, len(self.tokens))):
            # the second end may open with a sign: "to $680 per kg", "to -34 °C"
            found = self._quantity_at(x) if self.tokens[x].kind == "num" else None
            if found or self.tokens[x].kind != "sym":
                break
        if not found or found[0] is None:
            return None
        m2, end = found
        if m2.value is None or m2.change not in ("=", "~"):
            return None
        same = (m2.unit, m2.currency, m2.dimension) == (m.unit, m.currency, m.dimension)
        bare = m2.unit is None and m2.currency is None and (prev, connector) in (("from", "to"), ("between", "and"))
        if not (same or bare) or bare and not same and self._counts_noun(end):
            return None  # "between 5 km and 10 people": the second end counts something else
        if same and m.scale == 1.0 and m2.scale > 1.0 and m.value > 0 \
                and m2.value / m2.scale <= m.value < 10 * m2.value / m2.scale:
            # "5 dollars to 3 million dollars": the ends look alike, so the multiplier may be
            # shared, but then they go down; read as written they span a millionfold: no claim
            # (as "$5-$3 million", veto-descending-range)
            self._veto("veto-descending-range", _Number(None, None, None, first, end), end)
            return None, end
        if m.value > m2.value and prev not in ("from", "between", "by") and m.change in ("=", "~") \
                and (m.currency is not None or m.dimension == "percentage"):
            # "52% to 48%", "55%-45%", "$9 to $6": shares or sums going down with no "from" are
            # a tally or a fall, never a range
            self._veto("veto-descending-range", _Number(None, None, None, first, end), end)
            return None, end
        low, high = sorted((m.value, m2.value))
        if connector == "to" and m.change in ("up", "down"):
            return None  # "rose 3% to 5%": a change, then the level it reached
        if connector == "to" and prev == "by" and m.value > m2.value:
            return None  # "won by 52% to 48%", "cut by 0.5 to 4.25%": a tally, or a change and a level; no range
        if connector == "to" and prev == "by" and (low <= 0 or high / low > 3):
            return None  # "rose by $43.6 billion to $419.2 billion": a change and a level
        joined = Mention(start=m.start, end=m2.end if same else m2.number_end or m2.end, value=None,
                         low=low, high=high, change="=" if m.change in ("<", ">", "~") else m.change,
                         unit=m.unit, dimension=m.dimension, currency=m.currency, per=m.per or m2.per,
                         number_end=m2.number_end, vague=False,
                         rules=tuple(dict.fromkeys(m.rules + m2.rules + ("range-join",)
                                                   + (("dated-ends",) if dated is not None else ()))))
        return joined, end

    def _dated_end(self, k: int):
        """The index of the "to" that ends a time told of a from-to's first end, from token ``k``
        right after it: "from $36,040 at 10.45pm last night to $34,935", "from 20 mpg in 2008 to
        29 mpg", "from 4.1% on Monday to 3.8%", "from $1.31 early this morning to $1.27". The
        time opens with a preposition of time or a word of time, and holds only such words,
        months and weekdays, years, days of a month and clock times (lexicon/calendar.json
        time_prepositions, time_words, clock_suffixes, months, weekdays); None otherwise ("from
        $40 for adults to $55": a price's own words, not a time)."""
        opening = self._word(k)
        if opening not in _TIME_PREPOSITIONS and (opening not in _TIME_WORDS or opening == "the"):
            return None
        x = k
        while x < min(k + 9, len(self.tokens)):
            token, word = self.tokens[x], self._word(x)
            if word == "to" and x > k:
                return x
            if token.kind == "num":
                digits = token.text.replace(",", "")
                clock = _CLOCK_AFTER.match(self.text, token.end)
                year = len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2199
                day = digits.isdigit() and 1 <= int(digits) <= 31 and self._word(x - 1) in MONTHS
                if clock is not None:
                    while x + 1 < len(self.tokens) and self.tokens[x + 1].start < clock.end():
                        x += 1  # "9 a.m.", "10.45pm", "21:30"
                elif not (":" in token.text or token.suffix.lower() in _CLOCK_SUFFIXES or year or day):
                    return None
            elif token.kind == "word":
                if word not in _TIME_WORDS and word not in _TIME_PREPOSITIONS and word not in MONTHS \
                        and word not in _WEEKDAYS:
                    return None
            elif token.text not in (".", ":"):
                return None
            x += 1
        return None
