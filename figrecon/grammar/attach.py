"""Step 3, attach: the currency or unit of a number, a weak multiplier read with the evidence
after it ("1.2m tons"), what a rate is per ("a month"), ages."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from figrecon import currency as currencies
from figrecon.normalize import base_unit
from figrecon.units import ARC_MARKS, POWER_WORDS, UNCERTAINTY_SIGNS, AGE_BEFORE, AGE_VERBS, AGE_AT_SUBJECTS, AGE_AT_OPENING, AGE_NOT_NAMES, AGE_APPOSED_ADVERBS, LENGTH_BEFORE, AMBIGUOUS_SYMBOLS, CLAUSE_END_SYMBOLS, COMPOUNDS, CLOCK_SYMBOLS, MONEY_NOUNS, MONEY_OR_WEIGHT, STERLING_SIGNS, WEIGHING_WORDS, SUBSTANCE_LETTERS, WEAK_SYMBOLS, Unit, compound_unit
from figrecon.grammar.vocabulary import (
    FRACTION_OF_UNITS, IRREGULAR_PLURALS, METRE_EVENTS, PARTITIVE_DETERMINERS, PERSON_NOUNS, QUALIFIERS, QUALIFIERS_AFTER, SCALES, SUFFIX_SCALES,
    TIME_PERIODS, _DIMENSION_WORDS, _FUNCTION_WORDS, _GLUED_UNITS, _PER_ADVERBS,
    _PER_UNITS, _PER_WORDS, _VERBS_IN_S,
)
from figrecon.grammar.tokens import Token, tokenize
from figrecon.grammar.mention import _Number
from figrecon.grammar.numerals import _scaled_code


_LONGEST_NAME = currencies.longest_name()
#: the dimensions of a thing's size, which no count of people has (a share or a time may sit
#: before a clause about people: "95 percent experts say", "two hours workers spent")
_THING_DIMENSIONS = frozenset({"length", "area", "volume"})
_MAX_SYMBOL_TOKENS = 6  # "m.p.h." is six tokens


_BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}
_UNIT_OPERATORS = frozenset("/^·⋅*-⁻")
_CLAUSE_ENDS = frozenset(".;:)!?")
_OPENERS = frozenset(("\"", "“", "‘", "'", "(", "[", "—", "-"))  # what may stand before a sentence's first word
#: words that may follow the age after "turned": "turned 18 in May", "turns 40 this year"
_AGE_VERB_NEXT = frozenset(("in", "on", "at", "last", "this", "next", "and", "but", "when", "before", "after", "years", "today", "yesterday", "tomorrow"))
_DIMENSION_SIGNS = frozenset(("x", "×", "by"))
_VULGAR = frozenset("¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞")


def _plural(word: str) -> bool:
    """Whether a lower-case word is written plural: "people", "devices"; not "class", nor a verb
    in -s ("says")."""
    return word in IRREGULAR_PLURALS or (word.endswith("s") and not word.endswith("ss") and word not in _VERBS_IN_S)


def _denominator(word: str) -> str:
    """A rate's denominator as one thing: "per share", not "per shares"; "per class" keeps its "ss"."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


class Attach:
    """Reads what a number measures; mixed into ``figrecon.numbers.Scanner``."""

    def _currency_before(self, i: int) -> tuple[Optional[currencies.Currency], int]:
        """A currency sign or code ending just before token i: ("US", "$") / "£" / "USD" / "Rs"."""
        tokens = self.tokens
        # "c $ 16.4 million", "mxn$ 15", "cad$ 15": a country code before the dollar sign
        if i >= 2 and tokens[i - 1].text == "$" and tokens[i - 2].kind == "word":
            code = tokens[i - 2].text.lower()
            spaced_ok = tokens[i - 2].text.islower() or len(code) == 1 or tokens[i - 2].text.isupper()
            if code == "a" and not (tokens[i - 1].glued and tokens[i - 2].text == "A"):
                spaced_ok = False  # "a $3,500 mortgage": the article, not A$
            if currencies.dollar_prefix(code) is not None and (tokens[i - 1].glued and code != "a" or spaced_ok):
                found = currencies.dollar_prefix(code)
                if found is not None:
                    return found, i - 2
        for span in (3, 2, 1):
            start = i - span
            if start < 0:
                continue
            if any(tokens[k].glued is False for k in range(start + 1, i)):
                continue  # multi-token signs ("US$", "HK$") must be written together
            text = "".join(t.text for t in tokens[start:i])
            cur = currencies.lookup(text)
            if cur is None and span == 1:
                cur = _scaled_code(text)[0]
            if cur is None:
                continue
            if span == 1 and tokens[start].kind == "word":
                # a code or abbreviation ("USD", "Rs", "AZN"): must be upper-case or "Rs";
                # a full name only right before the number ("dollar 22.5 million")
                if not (text.isupper() or text.rstrip(".").lower() in ("rs", "rp", "dh", "dhs", "sr")
                        or currencies.symbol(text) is not None  # a sign as written: "KSh", "zł"
                        or (currencies.stands_before(text) and self._word(start - 1) not in ("the", "a", "per"))):
                    continue
            return cur, start
        # "PS2.7m", "Y=28,030": mangled signs, glued to the number
        if i >= 1 and tokens[i].glued:
            for span in (2, 1):
                start = i - span
                if start >= 0 and all(tokens[k].glued for k in range(start + 1, i + 1)) and not (
                        tokens[start].glued and tokens[start - 1].text not in "([\"'“‘"):
                    # the sign starts its word: "R26 million", never the "R18" of "PLX-R18"
                    text = "".join(t.text for t in tokens[start:i])
                    if currencies.glued_sign(text) is not None and not self._model_number(i):
                        return currencies.glued_sign(text), start
        return None, i

    def _model_number(self, i: int) -> bool:
        """Whether the number at token ``i``, after letters glued to it, is one digit with nothing
        to scale it: the "5" of "PS5" or "R8" names a model, while "PS5m", "PS5 million" and
        "PS12" keep the mangled sign's money. A sign glued to one digit is too often a name to
        read as money: report less."""
        num = self.tokens[i]
        return len(num.text) == 1 and num.text.isdigit() and not num.suffix and self._word(i + 1) not in SCALES

    def _fraction_of_measure(self, j: int) -> Optional[tuple[float, Unit, int]]:
        """"of 1 percent", "of one per cent", "of 1.5 percentage points" at token ``j`` after a
        fraction: the figure and unit of a measure a fraction divides (lexicon numbers.json
        fraction_of_units) and the token after it, or None. "half of 1 percent" is 0.5 per cent;
        "1 percent" alone would be a claim nobody made."""
        if self._word(j) != "of" or j + 1 >= len(self.tokens):
            return None
        whole = self._number_at(j + 1)
        if whole is None or whole.value is None or whole.vague or whole.fraction or whole.value <= 0 \
                or whole.low != whole.value or whole.high != whole.value or whole.weak:
            return None
        last = self.tokens[whole.last - 1]
        suffix = last.suffix if last.kind == "num" and not whole.scaled else ""
        if suffix and suffix.lower() in SUFFIX_SCALES:
            return None
        unit, end = self._unit_after(whole.last, suffix, last, money_ok=False)
        if not isinstance(unit, Unit) or unit.name not in FRACTION_OF_UNITS:
            return None
        return whole.value, unit, end

    def _pound_sense(self, start: int, end: int) -> str:
        """Whether a name that is a currency and a weight ("pound", tokens start:end) after a
        number is "money", "weight" or "unresolved" (cues disagree: report less).

        The local cues decide first: the noun the figure measures ("a 20-pound bag", "5 pounds
        of rice" weigh; "a 5-pound note", "pounds of funding" are money) and a weighing word just
        before the figure ("weighs 180 pounds"). Then the sentence's: a sterling sign or code,
        or words of money, against words of weight. No cue at all: a weight, as before."""
        local = set()
        word = self._word(end)
        following = end + 1 if word == "of" else end
        noun = self._word(following)
        if following < len(self.tokens) and self.tokens[following].kind == "word" \
                and self.tokens[following].text.islower() and noun not in _FUNCTION_WORDS \
                and noun not in PARTITIVE_DETERMINERS and (word == "of" or self._word(start) == "pound"):
            local.add("money" if noun in MONEY_NOUNS else "weight")
        if word in MONEY_NOUNS and self._word(start) != "pound" or word == "sterling":
            local.add("money")  # "20 pounds sterling"
        if self._weighed(start):
            local.add("weight")  # "weighs 180 pounds", "weighed about 9 pounds"
        if len(local) == 1:
            return local.pop()
        if local:
            return "unresolved"
        sentence = set()
        if any(t.text in STERLING_SIGNS for t in self.tokens) or self._money_context() or any(
                (t.kind == "sym" or t.text.isupper() and len(t.text) == 3) and currencies.lookup(t.text) is not None
                for t in self.tokens):  # "$26m (20m pounds)": money restated
            sentence.add("money")
        if any(self.lows[k] in WEIGHING_WORDS for k in range(len(self.tokens)) if not start <= k < end):
            sentence.add("weight")
        if len(sentence) == 2:
            return "unresolved"
        return sentence.pop() if sentence else "weight"

    def _weighed(self, start: int) -> bool:
        """Whether a weighing word stands within three words before the figure that ends at token
        ``start`` ("weighs 180 pounds", "weighed about 227 g"; units.json weighing_words)."""
        first = start - 1  # the figure's first token: back over digits and scale words
        while first > 0 and (self.tokens[first - 1].kind == "num" or self._word(first - 1) in SCALES
                             or self._word(first - 1) in ("-", "‑")):
            first -= 1
        return any(self._word(k) in WEIGHING_WORDS for k in range(max(0, first - 3), first))

    def _money_context(self) -> bool:
        """Whether the sentence speaks of money (read once per sentence by the scanner, not once per figure)."""
        if self._money is None:
            self._money = currencies.money_context(self.text)  # the currency table's money words
        return self._money

    def _unit_after(self, j: int, glued_suffix: str, last_num_tok: Token, money_ok: bool):
        """Unit words after token index j: returns (Unit | Currency | None, new_j); a symbol of
        several units is resolved by the sentence (:meth:`_resolve_ambiguous`)."""
        unit, end = self._unit_words_after(j, glued_suffix, last_num_tok, money_ok)
        if isinstance(unit, Unit):
            written = glued_suffix if end == j else "".join(t.text for t in self.tokens[j:end]).lstrip("-‑")
            # a symbol's case is its meaning ("kb" kilobit or kilobase, "KB" and "kB" kilobytes):
            # only a word folds its case ("Degrees")
            key = written if written in AMBIGUOUS_SYMBOLS else \
                written.lower() if len(written) > 3 and written.lower() in AMBIGUOUS_SYMBOLS else None
            if key is not None:
                unit = self._resolve_ambiguous(key, j, end)
        return unit, end

    def _resolve_ambiguous(self, symbol: str, start: int, end: int) -> Unit:
        """"2 kb per second" (kilobit), "40 kb of DNA" (kilobase), "-40° on the Fahrenheit
        scale": the reading with the cue word nearest the figure, if within four words and no
        other reading's cue is as near; else the one reading the sentence's cues name; else (no
        cue, or cues of several) an unresolved unit (report less)."""
        unresolved, readings = AMBIGUOUS_SYMBOLS[symbol]
        lows = self.lows
        nearest: dict[str, int] = {}
        for name, (_, cues) in readings.items():
            for cue in cues:
                words = cue.split()
                for k in range(len(lows) - len(words) + 1):
                    if lows[k:k + len(words)] == words:
                        gap = start - (k + len(words)) if k < start else k - end if k >= end else 0
                        nearest[name] = min(nearest.get(name, gap), gap)
        if nearest:
            best = min(nearest.values())
            closest = [name for name, gap in nearest.items() if gap == best]
            if best <= 4 and len(closest) == 1 or len(nearest) == 1:
                name = closest[0] if best <= 4 else next(iter(nearest))
                return Unit(name, readings[name][0], rule="ambiguous-unit")
        return Unit(unresolved, "unresolved", rule="ambiguous-unit")

    def _unit_words_after(self, j: int, glued_suffix: str, last_num_tok: Token, money_ok: bool):
        """Unit words after token index j: returns (Unit | Currency | None, new_j)."""
        tokens = self.tokens
        if glued_suffix:
            suf = glued_suffix
            # a symbol of several tokens glued to the figure: "37km/h", "5kW·h", "3b/d", "5p.c."
            # (before the one-token readings: "5p" alone is pence)
            for span in (4, 3, 2):
                rest = tokens[j:j + span]
                if len(rest) == span and all(t.glued for t in rest) and rest[-1].kind != "sym":
                    written = suf + "".join(t.text for t in rest)
                    unit = self.units.symbol(written, glued=True) or self.units.surface(written.lower())
                    if unit is not None:
                        return unit, j + span
        if glued_suffix and glued_suffix.lower() in _GLUED_UNITS:
            return Unit(*_GLUED_UNITS[glued_suffix.lower()]), j
        if glued_suffix and currencies.subunit(glued_suffix) is not None:
            return Unit(currencies.subunit(glued_suffix), "currency"), j
        if glued_suffix:
            cur = currencies.lookup(suf)
            if cur is not None and suf.lower() not in currencies.AMBIGUOUS_NAMES:
                return cur, j
            unit = self.units.symbol(suf, glued=True) or self.units.surface(suf)
            if unit:
                return unit, j
        if j >= len(tokens):
            return None, j
        # a unit alone in brackets after the figure, as tables write it: "20 (kg)", "5 [km]"
        if tokens[j].text in _BRACKETS and not glued_suffix and j + 1 < len(tokens) \
                and len(tokens[j + 1].text) > 1:  # "option 5 (A)": a letter in brackets is a label
            found, k = self._unit_after(j + 1, "", last_num_tok, money_ok=False)
            if isinstance(found, Unit) and k < len(tokens) and tokens[k].text == _BRACKETS[tokens[j].text]:
                return found, k + 1
        # "760-kilometer": a hyphen glued on both sides
        start = j
        if tokens[j].text in "-‑" and tokens[j].glued and j + 1 < len(tokens) and tokens[j + 1].glued and tokens[j + 1].kind == "word":
            if self._word(j + 1) in ("a", "an", "per") and self._word(j + 2) in ("-", "‑") \
                    and self.units.surface(f"{self._word(j + 1)} {self._word(j + 3)}") is None:
                return None, j  # "$5bn-a-year", "12-cent-a-share": a rate follows, no unit "a" ("15-per-cent" is one)
            start = j + 1
        # a sign after the number: "10 $", "1,200€", "100 ₡"
        if tokens[start].kind == "sym" and money_ok:
            cur = currencies.lookup(tokens[start].text)
            if cur is not None:
                return cur, start + 1
        word = self._word(start)
        if tokens[start].kind == "word" and currencies.subunit(word) is not None:
            return Unit(currencies.subunit(word), "currency"), start + 1
        if word in _GLUED_UNITS and word not in ("p", "hp") and tokens[start].kind == "word":
            return Unit(*_GLUED_UNITS[word]), start + 1
        if word == "p" and tokens[start].kind == "word" and not self._is(start + 1, ".") and not (
                start + 1 < len(tokens) and tokens[start + 1].glued and tokens[start + 1].kind == "word"):
            return Unit("point", "dimensionless"), start + 1  # not "5 p.c.": per cent, read below
        if word == "p" and self._is(start + 1, ".") and (start + 2 >= len(tokens)):
            return Unit("point", "dimensionless"), start + 1
        # "2 in.", "2 1/2 in thick": a weak symbol that ends the clause or comes before a
        # dimension word is its unit; elsewhere it is a word ("2 in 10", "5 in the box")
        if word in CLAUSE_END_SYMBOLS and tokens[start].kind == "word" and not tokens[start].glued and (
                start + 1 >= len(tokens) or tokens[start + 1].text in _CLAUSE_ENDS
                or self._word(start + 1) in _DIMENSION_WORDS or self._continues_larger(start)):
            unit = self.units.symbol(word, glued=True)
            if unit is not None:
                return unit, start + 1
        # "2.1 pm", "0.125 am": decimals that are no clock minutes make "pm" a picometre
        if word in CLOCK_SYMBOLS and tokens[start].kind == "word" and last_num_tok.kind == "num" \
                and "." in last_num_tok.text and len(last_num_tok.text.rpartition(".")[2]) != 2 \
                and not last_num_tok.suffix and start == j:
            unit = self.units.symbol(word, glued=True)
            if unit is not None:
                return unit, start + 1
        paired = self._paired_symbol(start)
        if paired is not None:
            return paired, start + 1
        # "5 US gallons", "a 1/16 of a US pint": US measures are the lexicon's own
        if self._word(start) in ("us", "u.s") and start + 1 < len(tokens) and tokens[start + 1].kind == "word":
            found, k = self._unit_after(start + 1, "", last_num_tok, money_ok=False)
            if isinstance(found, Unit):
                return found, k
        # a hyphenated symbol before any currency reading: "275 pound-feet", "332 lb-ft"
        if start + 2 < len(tokens) and tokens[start + 1].text in "-‑" and tokens[start + 1].glued \
                and tokens[start + 2].glued and tokens[start + 2].kind == "word":
            unit = self.units.symbol("".join(t.text for t in tokens[start:start + 3]), glued=True)
            if unit is not None:
                return unit, start + 3
        # currency names after the number: "1,500 manat", "20 euros", "5 pounds"
        run = 0  # the words from start on ("&" and "-" are tokens of their own): no name is longer
        while run < _LONGEST_NAME + 2 and start + run < len(tokens) and (
                tokens[start + run].kind == "word" or tokens[start + run].text in "&-"
                or tokens[start + run].text == "." and tokens[start + run].glued and run):  # "U.S. dollars"
            run += 1
        for span in range(run, 0, -1):
            words = tokens[start:start + span]
            if words[-1].kind != "word":
                continue
            phrase = "".join((" " if not t.glued else "") + t.text for t in words).strip()
            cur = currencies.lookup(phrase) or (_scaled_code(phrase)[0] if span == 1 else None)
            if cur is not None and money_ok:
                if phrase.lower() in MONEY_OR_WEIGHT:
                    sense = self._pound_sense(start, start + span)
                    if sense == "weight":
                        break  # read below as the weight
                    if sense == "unresolved":
                        return Unit(phrase.lower().rstrip("s"), "unresolved", rule="money-or-weight"), start + span
                    return cur, start + span
                if phrase.lower() in currencies.AMBIGUOUS_NAMES and not self._money_context():
                    continue
                if phrase.lower() in currencies.AMBIGUOUS_NAMES and self._verb_before_object(start + span):
                    continue  # "one won a contract", "two real the fans": a verb, not a currency
                return cur, start + span
        # unit surfaces, longest first: "square kilometres", "per cent", "miles per hour"
        longest = min(max(self.units.max_words, _MAX_SYMBOL_TOKENS), len(tokens) - start)
        for k in range(start + 1, start + longest):
            if tokens[k].kind == "num" and not tokens[k].glued:
                longest = k - start  # a figure set apart by a space starts the next quantity ("5 km 5 km")
                break
        mark = self._arc_mark(start) or self._prime_mark(start)
        if mark is not None:
            return mark, start + 1
        if word in POWER_WORDS and start + 1 < len(tokens) and tokens[start + 1].kind == "word":
            base = self.units.symbol(tokens[start + 1].text, glued=True)  # "square km", "cubic ft"
            powered = self.units.surface(f"{POWER_WORDS[word]} {base.name}") if base is not None else None
            if powered is not None and base.dimension == "length":
                return powered, start + 2
        compound = self._compound_unit(start)
        for span in range(longest, 0, -1):
            words = tokens[start:start + span]
            if compound is not None and start + span < compound[1]:
                return compound  # "kg/cm³", "km/s2": more than the first symbol
            if words[0].kind == "sym" and words[0].text not in "%°‰″′":
                if span == 1:
                    break
                continue
            if words[0].text in "′’" and start + 1 < len(tokens) and tokens[start + 1].glued \
                    and tokens[start + 1].kind == "word":
                break  # "2022′s": a prime for an apostrophe
            phrase = " ".join(t.text for t in words).lower()
            unit = self.units.surface(phrase)
            if unit is None and span > 1 and any(t.glued for t in words[1:]):
                # "megawatt-hours", "per-cent": the words as written, hyphens kept
                written = "".join((" " if k and not t.glued else "") + t.text for k, t in enumerate(words))
                unit = self.units.surface(written.lower())
                if unit is None and all(t.glued for t in words[1:]) and words[-1].kind == "word":
                    # "15-per-cent", "25-basis-point", "percentage-point": words joined by hyphens
                    # into a modifier are the unit's spaced surface
                    unit = self.units.surface(" ".join(t.text for t in words if t.text not in "-‑").lower())
            if unit is None and span <= _MAX_SYMBOL_TOKENS:
                glued_text = "".join(t.text for t in words)
                if all(t.glued for t in words[1:]):
                    unit = self.units.symbol(glued_text, glued=words[0].glued)
                if unit is None and span == 1 and glued_text in SUBSTANCE_LETTERS and self._word(start + 1) == "of" \
                        and start + 2 < len(tokens) and tokens[start + 2].kind == "word" \
                        and self._word(start + 2) not in _FUNCTION_WORDS and self._word(start + 2) not in PARTITIVE_DETERMINERS:
                    # "3 L of wine", "4 m of cable": a letter measuring a substance is its symbol
                    unit = self.units.symbol(glued_text, glued=True)
                    unit = None if unit is None else replace(unit, rule="substance-letter")
                if unit is None and span == 1 and glued_text in SUBSTANCE_LETTERS and self._weighed(start):
                    # "weighs 227 g": a letter that is a unit of mass, after a weighing word
                    weighed = self.units.symbol(glued_text, glued=True)
                    if weighed is not None and weighed.dimension == "mass":
                        unit = replace(weighed, rule="weighed-letter")
            if unit is not None:
                if unit.name == "pound-mass" and money_ok and phrase in MONEY_OR_WEIGHT:
                    sense = self._pound_sense(start, start + span)
                    if sense == "unresolved":
                        return Unit(phrase.rstrip("s"), "unresolved", rule="money-or-weight"), start + span
                    if sense == "money" and currencies.lookup("GBP") is not None:
                        return currencies.lookup("GBP"), start + span
                    if sense == "weight":
                        return replace(unit, rule="money-or-weight"), start + span
                return unit, start + span
        if compound is not None:
            return compound
        return None, j

    def _arc_mark(self, start: int) -> Optional[Unit]:
        """A prime or double prime after a figure that continues one in degrees: arc minutes
        and seconds ("51°30'N", "45° 12′ 30″"), never feet and inches (``units.ARC_MARKS``)."""
        tokens = self.tokens
        if start < 3 or not tokens[start].glued or tokens[start - 1].kind != "num":
            return None
        mark = tokens[start].text
        before = tokens[start - 2].text  # the mark that ends the figure before this one
        if mark in ARC_MARKS["minute of arc"] and before == "°" and tokens[start - 3].kind == "num":
            return Unit("minute of arc", "angle", rule="arc-mark")
        if mark in ARC_MARKS["second of arc"] and before in ARC_MARKS["minute of arc"] and start >= 4 \
                and tokens[start - 3].kind == "num" and tokens[start - 4].text == "°":
            return Unit("second of arc", "angle", rule="arc-mark")
        return None

    def _prime_mark(self, start: int) -> Optional[Unit]:
        """A straight double quote after a number as inches ('a 9" plate', 'Wrench 8"', '10 "
        long'), and a straight single quote as feet only before inches ('6'2"'). In news a '"'
        after a number as often closes a quotation: the mark is read only when the double quotes
        before it in the sentence are balanced (it cannot close one), and a single quote that
        might be an arc minute or an apostrophe elsewhere in the sentence makes it unsure, so
        nothing is read."""
        tokens = self.tokens
        tok = tokens[start]
        if tok.kind != "sym" or tok.text not in ('"', "'") or start < 1 or tokens[start - 1].kind != "num":
            return None
        nxt = tokens[start + 1] if start + 1 < len(tokens) else None
        if tok.text == "'":
            if tok.glued and nxt is not None and nxt.kind == "num" and nxt.glued \
                    and start + 2 < len(tokens) and tokens[start + 2].text == '"' and tokens[start + 2].glued \
                    and self._quotes_balanced(start):
                return replace(self.units.symbol("′", glued=True), rule="prime-mark")  # 6'2"
            return None
        if not self._quotes_balanced(start) or nxt is not None and nxt.glued and nxt.kind in ("word", "num"):
            return None
        if not tok.glued and not (nxt is not None and self._word(start + 1) in _DIMENSION_WORDS):
            return None  # '10 " long' only before a dimension word
        if any(t.text in "'’" and t.glued and k >= 1 and (tokens[k - 1].text[-1:].isdigit() or tokens[k - 1].text in _VULGAR)
               and not (k + 1 < len(tokens) and tokens[k + 1].glued and tokens[k + 1].kind in ("num", "word"))
               for k, t in enumerate(tokens)):
            return None  # "2½' (150")": feet and inches, or arc minutes and seconds
        unit = self.units.symbol("″", glued=True)
        return None if unit is None else replace(unit, rule="prime-mark")

    def _quotes_balanced(self, k: int) -> bool:
        """Whether the straight double quotes before token k pair up (none is left open); a mark
        glued to a number while no quotation is open was an inch mark, not a quote."""
        tokens = self.tokens
        open_quote = False
        for m in range(k):
            if tokens[m].text != '"':
                continue
            inch = not open_quote and tokens[m].glued and m >= 1 and tokens[m - 1].kind == "num" and not (
                m + 1 < len(tokens) and tokens[m + 1].glued and tokens[m + 1].kind in ("word", "num"))
            if not inch:
                open_quote = not open_quote
        return not open_quote

    def _unit_word(self, k: int, suffix: str = "") -> Optional[Unit]:
        """The unit a symbol or word at token k (or a suffix glued to a number) names, weak or not."""
        text = suffix or (self.tokens[k].text if k < len(self.tokens) and self.tokens[k].kind == "word" else "")
        if not text:
            return None
        return self.units.symbol(text, glued=True) or self.units.surface(text.lower())

    def _uncertainty(self, num: _Number, j: int, last_num_tok: Token):
        """"9.8 ± 0.2 m/s2", "5 +/- 1 kg": a figure, an uncertainty sign and an error followed by
        a unit is one measure, the error its bounds (value 9.8, low 9.6, high 10.0). Sets the
        bounds on ``num`` and returns (unit, next token index), or None."""
        if num.value is None or num.vague or num.weak:
            return None
        for sign in UNCERTAINTY_SIGNS:
            parts = sign.split()
            width = len(parts) if len(parts) > 1 else len(tokenize(sign))
            written = [t.text.lower() for t in self.tokens[j:j + width]]
            if (" ".join(written) if len(parts) > 1 else "".join(written)) == sign and len(written) == width:
                break
        else:
            return None
        err = self._number_at(j + width) if j + width < len(self.tokens) else None
        if err is None or err.value is None or err.vague or err.weak or err.value < 0 or err.value > abs(num.value):
            return None
        suffix = self.tokens[err.last - 1].suffix if self.tokens[err.last - 1].kind == "num" else ""
        unit, end = self._unit_after(err.last, suffix, last_num_tok, money_ok=False)
        if not isinstance(unit, Unit):
            return None
        num.low, num.high = num.value - err.value, num.value + err.value
        return unit, end

    def _continues_larger(self, start: int) -> bool:
        """"12 ft 2 in more or less": a weak symbol after a figure that itself follows a measure
        in the unit it continues (see ``units.COMPOUNDS``) is that unit unless a noun phrase
        follows it ("6 ft 2 in the rain": a determiner, a number or a name)."""
        tokens = self.tokens
        if start < 3 or tokens[start - 1].kind != "num" or tokens[start - 3].kind != "num" \
                or start + 1 >= len(tokens):
            return False
        larger, smaller = self._unit_word(start - 2, tokens[start - 3].suffix if tokens[start - 3].suffix else ""), \
            self.units.symbol(tokens[start].text, glued=True)
        nxt = tokens[start + 1]
        return larger is not None and smaller is not None and (larger.name, smaller.name) in COMPOUNDS \
            and nxt.kind == "word" and nxt.text.islower() and self._word(start + 1) not in _FUNCTION_WORDS \
            and self._word(start + 1) not in PARTITIVE_DETERMINERS

    def _paired_symbol(self, start: int) -> Optional[Unit]:
        """A weak symbol set apart from its number ("6 m", "2 h"), read as a unit only when a
        measure of the same kind stands beside it: "6 m 40 cm", "2 h 30 min", "1 m x 1 m", "1 m
        1 m", or a length before the dimension it measures: "12 m deep". Alone, "m" or "h" is as
        often a letter, a label or a word."""
        tokens = self.tokens
        tok = tokens[start]
        if tok.kind != "word" or tok.glued or tok.text.lower() not in WEAK_SYMBOLS:
            return None
        unit = self._unit_word(start)
        if unit is None or unit.dimension in ("currency", "dimensionless"):
            return None
        if self._word(start + 1) in _DIMENSION_WORDS and (base_unit(unit.name) or ("",))[0] == "metre":
            return replace(unit, rule="paired-symbol")  # "12 m deep": the dimension it measures
        k = start + 1 + (1 if self._word(start + 1) in _DIMENSION_SIGNS else 0)
        if k < len(tokens) and tokens[k].kind == "num" and not tokens[k].glued:
            after = self._unit_word(k + 1, tokens[k].suffix)
            if after is not None and after.dimension == unit.dimension:
                return replace(unit, rule="paired-symbol")  # "6 m 40 cm", "1 m x 1 m" (the first side)
        if self._restates(start - 1, unit.dimension) and self._word(start + 1) in (")", "]"):
            return replace(unit, rule="paired-symbol")  # "1,200 feet (366 m)": a conversion
        signed = self._word(start - 2) in _DIMENSION_SIGNS
        k = start - 2 - (1 if signed else 0)
        if k >= 1 and tokens[start - 1].kind == "num" and tokens[k].text == tok.text \
                and tokens[k - 1].kind == "num" and (signed or self._word(start) not in _FUNCTION_WORDS):
            # "1 m x 1 m" (the second side); not a word between two numbers with no sign: "1 in 4 in
            # 1990" is a ratio, then a year
            return replace(unit, rule="paired-symbol")
        return None

    def _restates(self, number: int, dimension: str) -> bool:
        """Whether the figure at token ``number`` opens brackets right after a quantity of
        ``dimension``: "1,000ft (305m)", "50 gallons (189 l)", a conversion of the measure."""
        opening = number - 1
        return opening >= 1 and self.tokens[number].kind == "num" and self._word(opening) in ("(", "[") \
            and self.quantity_dims.get(opening) == dimension

    def _compound_unit(self, start: int) -> Optional[tuple[Unit, int]]:
        """A unit built of known units at token ``start``: "l/km", "km/s2", "s-1", "J/m^2",
        "kg/cm³", "m s-1", "J s" (see :func:`figrecon.units.compound_unit`). Returns (Unit, next
        token index) or None; an unknown part is no compound."""
        tokens = self.tokens
        if start >= len(tokens) or tokens[start].kind != "word":
            return None
        ends = []  # token indices where a written compound may end, longest last
        k = start + 1
        while k < len(tokens) and k - start <= 8:
            tok = tokens[k]
            if tok.glued and (tok.kind in ("word", "num") or tok.text in _UNIT_OPERATORS):
                k += 1
                if tok.text not in _UNIT_OPERATORS:
                    ends.append(k)
                continue
            if not tok.glued and tok.kind == "word" and ends and k == ends[-1] or \
                    not tok.glued and tok.kind == "word" and k == start + 1:
                # a product written with a space: "m s-1" (a power shows it), "J s" at a
                # clause's end (a capital symbol first)
                # a symbol, never a name: "kg Lumen-1" is a satellite, not kilograms per lumen
                powered = k + 2 < len(tokens) and tokens[k + 1].glued and tokens[k + 1].text in "-^⁻" \
                    and tok.text in self.units.symbols
                closing = k + 1 >= len(tokens) or tokens[k + 1].kind == "sym" and tokens[k + 1].text in ".,;:)"
                if powered or closing and tokens[start].text[:1].isupper() and tok.text in self.units.symbols:
                    k += 1
                    ends.append(k)
                    continue
            break
        for end in reversed(ends):
            written = "".join((" " if t.glued is False and n else "") + t.text
                              for n, t in enumerate(tokens[start:end]))
            unit = compound_unit(written)
            if unit is not None:
                return unit, end
        return None

    def _weak_evidence(self, k: int) -> bool:
        """Whether the words at token k show that a weak multiplier before them ("m", "k", "mil")
        multiplies: a unit or currency name ("1.2m tons", "2m euros"), a plural noun ("25k
        people"), or a possessive partitive ("35m of its devices")."""
        if k >= len(self.tokens):
            return False
        tok = self.tokens[k]
        if tok.kind != "word":
            return False
        word = self.lows[k]
        if word == "of":
            return self._word(k + 1) in PARTITIVE_DETERMINERS
        if word in METRE_EVENTS:
            return False  # "the 400m hurdles": a race over 400 metres (_metre_or_million)
        if currencies.lookup(tok.text) is not None or self.units.surface(word) is not None:
            return True
        if self._plural_noun(k):
            return True
        # "31.4m mobile customers", "2.5m active users": one adjective, then the plural it
        # describes; not a measure's word ("the 50m high walls" are metres high)
        return tok.text.islower() and word not in _FUNCTION_WORDS and word not in _DIMENSION_WORDS \
            and self._plural_noun(k + 1)

    def _plural_noun(self, k: int) -> bool:
        """Whether token k is a lower-case plural noun ("people", "devices"), no function word."""
        if k >= len(self.tokens) or self.tokens[k].kind != "word":
            return False
        word = self.lows[k]
        return self.tokens[k].text.islower() and word not in _FUNCTION_WORDS and word not in METRE_EVENTS \
            and _plural(word)

    def _weak_bare(self, num: _Number, k: int, suffix: str = "") -> bool:
        """A weak multiplier with no word after it (token k) that can only be one: "25k.",
        "10 k", "1.2b" (a "b" needs decimals and no space: "9b" may be a code, "2.5 b" bits or
        barns); never after an article ("a 5k run")."""
        spaced = bool(suffix)
        suffix = suffix or num.weak
        if k < len(self.tokens) and self.tokens[k].kind == "word" or self._word(num.first - 1) in ("a", "an", "the"):
            return False
        return suffix == "k" or (suffix == "b" and not spaced and "." in self.tokens[num.first].text)

    def _weak_multiplier(self, num: _Number, unit, j: int, j2: int, fired: list):
        """Read the weak suffix of ``num`` ("m", "k", "b" glued to digits) as a multiplier when
        what follows shows one, or "m" as metres; ``num.weak`` stays set when neither reading is
        shown (the caller then reports nothing: a wrong value is worse than a miss)."""
        suffix = num.weak
        if isinstance(unit, Unit) and self.units.symbol(suffix, glued=True) is not None \
                and (self._word(j) in _PER_WORDS or self._word(j) == "/"):
            return unit, j2  # "5m per second", "10b per second": metres or bits as much as a multiplier
        multiplies = unit is not None or self._weak_evidence(j) or self._weak_bare(num, j) \
            or suffix == "k" and self._per_after(j)[0] in TIME_PERIODS.values()  # "50k a year": no unit is "k"
        if multiplies and not (suffix == "m" and isinstance(unit, Unit) and unit.dimension == "length"):
            num.value *= SUFFIX_SCALES[suffix]
            num.low = num.high = num.value
            num.scaled = True
            num.weak = ""
            fired.append("weak-multiplier")
            return unit, j2
        if suffix == "m" and unit is None:
            unit, j2 = self._metre_or_million(num, j)
            if unit is not None:
                num.weak = ""
                fired.append(unit.rule or "metre")
            elif num.scaled:
                num.weak = ""
                fired.append("weak-multiplier")
        return unit, j2

    def _counts_noun(self, k: int) -> bool:
        """A lower-case noun at token k that a number before it could count ("4,000 fighters"):
        no unit, currency, multiplier or function word."""
        if k >= len(self.tokens) or self.tokens[k].kind != "word" or not self.tokens[k].text.islower():
            return False
        word = self.lows[k]
        return word not in _FUNCTION_WORDS and word not in SCALES and word not in SUFFIX_SCALES \
            and currencies.lookup(word) is None and self.units.surface(word) is None \
            and word not in QUALIFIERS_AFTER and word.split()[0] not in ("or", "and")

    def _verb_before_object(self, k: int) -> bool:
        """Whether an ambiguous currency name ending before token k is a verb: a determiner
        follows that opens an object ("won a contract", "won their match"), not a rate ("5
        million won a month")."""
        word = self._word(k)
        if word not in ("a", "an", "the") and word not in PARTITIVE_DETERMINERS:
            return False
        return self._per_after(k)[0] is None

    def _counts_plural(self, k: int) -> bool:
        """A plural noun at token k that a number before it counts: "2 grand pianos" (not "2
        grand last year", whose "last" is no plural)."""
        word = self._word(k)
        return self._counts_noun(k) and _plural(word)

    def _persons_after_unit(self, unit, j: int, j2: int) -> bool:
        """Whether a unit word of a thing's size (tokens j to j2) written in the singular is a
        modifier of the plural noun for persons right after it: "1,500 yard workers", "300 foot
        soldiers" count people, and no length measures people. A unit in the plural ("1,500
        yards") or a symbol is a measure. ("six foot men", a height, is vetoed too: no claim
        rather than a wrong one.)"""
        if isinstance(unit, currencies.Currency) or unit.dimension not in _THING_DIMENSIONS or j2 != j + 1:
            return False  # "95 percent experts say": a share, then its clause
        word, after = self._word(j), self._word(j2)
        if not word.isalpha() or not self.tokens[j].text.islower() or word.endswith("s") or not after.isalpha():
            return False
        singular = after[:-1] if after.endswith("s") else after
        plural = after in IRREGULAR_PLURALS or (after.endswith("s") and not after.endswith("ss"))
        return plural and (after in PERSON_NOUNS or singular in PERSON_NOUNS or singular.removesuffix("e") in PERSON_NOUNS)

    def _metre_or_million(self, num: _Number, j: int):
        """A lowercase "m" glued to a number without a currency: metres ("37m (121ft)-long",
        "a 37m yacht", "32m2"), or millions before a plural noun ("37m people"). Returns
        (Unit | None, next token index); a million scales ``num`` in place."""
        tokens = self.tokens
        nxt = tokens[j] if j < len(tokens) else None
        i = num.first
        if i >= 1 and tokens[i - 1].kind == "num" and tokens[i - 1].suffix.lower() in ("h", "hr", "hrs") \
                and tokens[i].text.isdigit() and int(tokens[i].text) < 60:
            return Unit("minute", "time", rule="paired-symbol"), j  # "2h 3m": minutes after hours
        if nxt is not None and nxt.glued and nxt.text in ("2", "²", "3", "³"):
            square = nxt.text in ("2", "²")
            return Unit("square metre" if square else "cubic metre", "area" if square else "volume"), j + 1
        metre = Unit("metre", "length")
        k = j + 1 if nxt is not None and nxt.text in "-‑" and nxt.glued else j
        word = self._word(k)
        if word in _DIMENSION_WORDS or self._word(j) in ("(", "[") \
                or self._word(j) in (")", "]") and self._restates(num.first, "length"):
            return metre, j  # "37m (121ft)-long", "1,000ft (305m)"
        if nxt is not None and nxt.kind == "num" and not nxt.glued and nxt.text.isdigit() \
                and nxt.suffix.lower() in ("cm", "mm"):
            return metre, j  # "1m 62cm": metres, continued in a smaller length
        if word in METRE_EVENTS and nxt is not None and nxt.kind == "word":
            return metre, j  # "the 400m hurdles", "in the 100m heats": a race's length
        if nxt is not None and nxt.kind == "word" and nxt.text.islower() and word not in _FUNCTION_WORDS:
            if word.endswith("s") and not word.endswith("ss") or word in IRREGULAR_PLURALS:
                num.value *= 1e6  # "37m people"
                num.low = num.high = num.value
                num.scaled = True
                return None, j
            if self._word(num.first - 1) in ("a", "an", "the"):
                return metre, j  # "a 37m yacht"
        if (nxt is None or nxt.kind != "word" or word in _FUNCTION_WORDS) and self._length_before(num.first):
            return metre, j  # "a height of 48m", "its length is 12m", "reach: 60m"
        return None, j

    def _length_before(self, first: int) -> bool:
        """Whether a noun of length (units.json length_before) stands before the figure at token
        ``first`` with only function words, qualifiers or a colon between: "a height of 48m",
        "its width about 3m", "reach: 60m"."""
        k = first - 1
        while k >= 0 and first - k <= 4:
            word = self._word(k)
            if word in LENGTH_BEFORE:
                return True
            if not (word in _FUNCTION_WORDS or word in QUALIFIERS or word in (":", "'s", "’s")):
                return False
            k -= 1
        return False

    def _per_after(self, j: int) -> tuple[Optional[str], int]:
        """A period or denominator after a rate: "a month", "per year", "/month", "each month"."""
        if self._word(j) in ("-", "‑") and self._word(j + 1) in ("a", "an", "per"):
            j += 1  # "12-cent-a-share", "$ 70 - a - share"
        w = self._word(j)
        k = j + 1
        if w in ("a", "an", "per") and self._word(k) in ("-", "‑"):
            k += 1
        if self._word(k + 1) in ("earlier", "ago", "before", "later", "previously", "prior"):
            return None, j  # "$6.78 billion a year earlier": a time, not a rate
        if w in _PER_WORDS and self._word(k) in TIME_PERIODS:
            return TIME_PERIODS[self._word(k)], k + 1
        if w in ("a", "an") and self._word(k) in _PER_UNITS:
            return _PER_UNITS[self._word(k)], k + 1
        if w in ("a", "an") and self._word(k) in POWER_WORDS:
            # "€12,600 a square metre", "£45 a square foot": a rate per unit of area or volume,
            # as "per square metre" is (units.json power_words)
            unit = self.units.surface(self._word(k) + " " + self._word(k + 1))
            if unit is not None:
                return unit.name, k + 2
        if w in ("per", "/") and j + 1 < len(self.tokens) and self.tokens[j + 1].kind == "word":
            # "$58.24 per barrel", "$350 per square foot"
            if self._word(j + 2) in ("-", "‑") and j + 3 < len(self.tokens) and self.tokens[j + 3].kind == "word" \
                    and self.tokens[j + 2].glued and self.tokens[j + 3].glued:
                # "€41 per megawatt-hour", "$65 per man-hour": the hyphen joins one denominator
                unit = self.units.surface(self._word(j + 1) + " " + self._word(j + 3))
                if unit is not None:
                    return unit.name, j + 4
                return self._word(j + 1) + "-" + _denominator(self._word(j + 3)), j + 4
            unit = self.units.surface(self._word(j + 1) + " " + self._word(j + 2))
            if unit is not None:
                return unit.name, j + 3
            unit = self.units.surface(self._word(j + 1)) or self.units.symbol(self.tokens[j + 1].text, glued=True)
            if unit is not None:
                return unit.name, j + 2
            return _denominator(self._word(j + 1)), j + 2
        if w in _PER_ADVERBS:
            return _PER_ADVERBS[w], j + 1
        if w == "a" and self._word(j + 1) == "year":
            return "year", j + 2
        return None, j

    def _age_before(self, num: _Number) -> bool:
        """"aged 87", "a man of age 87", "aged forty": an age word, as written in lower case, right
        before a whole number (or "between" and a range: "aged between 18 and 25"; "the age of
        90"); "turned 18": a verb of reaching an age before digits no noun follows; "At 27, she":
        "at" and a number its subject pronoun follows."""
        i, j = num.first, num.last
        whole = num.value is not None and float(num.value).is_integer() and 0 <= num.value <= 125
        if i >= 1 and self.lows[i - 1] in AGE_VERBS and whole and not num.words:
            # "He turned 18 in May", "she turns 40 this year": no noun follows ("turned 3 pages")
            return j >= len(self.tokens) or self.tokens[j].kind != "word" \
                or self.lows[j] in _AGE_VERB_NEXT
        if i >= 1 and self.lows[i - 1] == "at" and whole and j < len(self.tokens):
            k = j + 1 if self._word(j) == "," else j
            if k < len(self.tokens) and self.lows[k] in AGE_AT_SUBJECTS:
                return True  # "At 27, she is the youngest ever": her age, not 27 of anything
            if k > j and self._opening(i - 1) and self.tokens[i - 1].text == "At" \
                    and AGE_AT_OPENING[0] <= num.value <= AGE_AT_OPENING[1] and k < len(self.tokens) \
                    and self.tokens[k].kind == "word" and self.tokens[k].text[:1].isupper() \
                    and self.lows[k] not in AGE_NOT_NAMES \
                    and not self.tokens[k].text.endswith(("'s", "’s", "'", "’")) and self._word(k + 1)[:1] not in ("'", "’"):
                # "At 24, Lindqvist is the youngest winner": his age; "At 9, the doors opened" is
                # an hour; "At 30, Britain's rate ...": a possessive names no one whose age it is
                return True
        of = self._word(i - 1) == "of" and self._word(i - 2) == "age" and not self._counts_plural(j)  # not "the age of 50 trees"
        k = i - 1 - (1 if self._word(i - 1) == "between" or of else 0)
        return k >= 0 and self.tokens[k].text in AGE_BEFORE and whole  # "aged between 18 and 25", "the age of 90"

    def _opening(self, i: int) -> bool:
        """Whether token ``i`` opens the sentence, after any opening quotes or brackets."""
        return all(t.text in _OPENERS for t in self.tokens[:i])

    def _apposed_age(self, num: _Number) -> bool:
        """"Maddon, 66, has ...": a whole number set off by commas after a name, or ending the
        sentence after one ("... as Ana Ruiz, 24, and Teo Valdez, 31."); "Mabry, now 74, said":
        an adverb of now between (units.json age_before apposed_adverbs)."""
        i, j = num.first, num.last
        tok = self.tokens[i]
        if tok.kind != "num" or not tok.text.isdigit() or not 1 <= int(tok.text) <= 115 or tok.suffix:
            return False
        if i >= 1 and self.lows[i - 1] in AGE_APPOSED_ADVERBS:
            i -= 1  # "Mabry, now 74,": the comma before the adverb
        if not (self._is(i - 1, ",") and i >= 2 and self.tokens[i - 2].kind == "word"
                and self.tokens[i - 2].text[:1].isupper()):
            return False
        return j >= len(self.tokens) or self._word(j) in (",", ";", ")", ".", "and", "who", "said", "says")
