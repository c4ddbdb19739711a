"""Reading numeric expressions in a sentence: the number, its interval, its unit or currency.

This is a small hand-written grammar over word tokens, because news numbers come in more shapes
than a regular expression can hold cleanly: "£19m", "3.5bn", "$ 2,000", "USD 1,500",
"between $1,500 and $2,000", "half a million", "two dozen", "hundreds, if not thousands",
"up to", "more than", "about". Each ``Mention`` keeps character offsets into the sentence.

What this module does not know (the counted noun of "429 soldiers", who said it) comes from the
dependency parse in ``figrecon.extract``.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Optional

from figrecon import currency as currencies
from figrecon import lexicon as L
from figrecon.grammar.attach import Attach
from figrecon.grammar.combine import _CLAUSE_ENDS, Combine
from figrecon.grammar.interval import interval, negated, within_range
from figrecon.grammar.mention import Mention, _Number
from figrecon.grammar.numerals import Numerals, _scale_by_code
from figrecon.grammar.vocabulary import VULGAR
from figrecon.grammar.qualifiers import Qualifiers
from figrecon.grammar.tokens import Token, tokenize
from figrecon.grammar.vetoes import Vetoes
from figrecon.grammar.vocabulary import (QUALIFIERS, QUALIFIERS_AFTER, HYPHEN_QUALIFIERS_AFTER, TEMPERATURE_AFTER, _MAX_QUALIFIER_WORDS, SCALES, SUFFIX_SCALES, WEAK_SUFFIX_SCALES,
                                         TIME_PERIODS, _APPROACHING, _PHONE, _RANGE_TO, _RELATIVE_UNITS,
                                         number_hint, CAPITAL_LETTERS, UPPER_SUFFIXES, _FUNCTION_WORDS,
                                         RELATION_AFTER_QUANTITY, YEAR_PREPOSITIONS, MAGNITUDE_IDIOMS, LEVEL_CROSSING)
from figrecon.units import AMBIGUOUS_SYMBOLS, Unit, lexicon

#: where water freezes in each scale: "below freezing" is read from it (lexicon/units.json freezing_points)
FREEZING_POINTS = {name: float(v) for name, v in L.table("units")["freezing_points"].items() if not name.startswith("_")}

__all__ = ["Mention", "Scanner", "TIME_PERIODS", "Token", "scan", "tokenize", "number_hint"]


#: tokens that end a clause right after a figure ("fell to 3-12.", "(11-4)")
_CLAUSE_END = _CLAUSE_ENDS | {"]"}
#: a record or score written as a bare pair ("fell to 2-11"): lexicon/not_quantity.json bare_pair
_BARE_PAIR = L.table("not_quantity")["bare_pair"]
_BARE_PAIR_FOLLOWERS = frozenset(_BARE_PAIR["followers"])
#: words that make a bare dashed pair a score (lexicon/not_quantity.json score_*)
_SCORE_BEFORE = L.words("not_quantity", "score_before")
_SCORE_SKIP = L.words("not_quantity", "score_skip")
_SCORE_AFTER = L.words("not_quantity", "score_after")
#: number words that open a number: "six", "twenty"
SMALL_OR_TENS = frozenset(L.mapping("numbers", "small")) | frozenset(L.mapping("numbers", "tens"))

class Scanner(Numerals, Attach, Combine, Qualifiers, Vetoes):
    """Finds every numeric Mention in one sentence. The steps (``figrecon.grammar``): tokens,
    numerals, attach, combine, qualifiers, vetoes, interval; each rule that fires is named on the
    mention (``Mention.rules``), each veto on ``Scanner.vetoes``."""

    def __init__(self, sentence: str):
        self.text = sentence
        self.tokens = tokenize(sentence)
        self.lows = [t.low for t in self.tokens]
        self._n = len(self.tokens)  # read on every word lookup
        self.units = lexicon()
        #: (veto rule, start, end) of each number the scanner read and rejected
        self.vetoes: list[tuple[str, int, int]] = []
        self._money: Optional[bool] = None
        #: token indices where a quantity read so far ends (a relation word after one binds no bound)
        self.quantity_ends: set[int] = set()
        #: the dimension of the quantity that ends at a token index ("length" at the "(" of
        #: "1,000ft (305m)"), for a figure in brackets that restates it
        self.quantity_dims: dict[int, str] = {}

    def _veto(self, rule: str, num: "_Number", end: int) -> None:
        tokens = self.tokens
        self.vetoes.append((rule, tokens[num.first].start, tokens[max(num.first, min(end, len(tokens)) - 1)].end))

    def _word(self, i: int) -> str:
        return self.lows[i] if 0 <= i < self._n else ""

    def _is(self, i: int, *words: str) -> bool:
        return self._word(i) in words

    def scan(self) -> list[Mention]:
        phones = [m.span() for m in _PHONE.finditer(self.text)]
        return [_decimal(m) for m in self._scan() if not any(a < m.end and m.start < b for a, b in phones)]

    def _scan(self) -> list[Mention]:
        mentions: list[Mention] = []
        i = 0
        n = len(self.tokens)
        while i < n:
            found = self._quantity_at(i)
            if found is None:
                i += 1
                continue
            mention, nxt = found
            if mention is not None:
                joined = self._join_range(i, mention, nxt)
                if joined is not None:
                    mention, nxt = joined
                    if mention is None:  # vetoed: "5 dollars to 3 million dollars"
                        i = max(nxt, i + 1)
                        continue
                if mentions:
                    joined = self._compound(mentions[-1], mention, nxt)
                    if joined is not None:
                        mentions[-1], nxt = joined
                        if len(mentions) >= 2:  # "2 hours, 17 minutes and 40 seconds": three parts
                            listed = self._compound(mentions[-2], mentions[-1], nxt, listed=True)
                            if listed is not None:
                                mentions[-2:] = [listed[0]]
                        i = max(nxt, i + 1)
                        continue
                    mention = self._elided_unit(mentions[-1], mention, nxt)
                    mention = self._elided_multiplier(mentions[-1], mention, nxt)
                    mention = self._share_list(mentions, mention)
                    self._dimension_pair(mentions, mention)
                    bounds = self._join_bounds(mentions[-1], mention)
                    if bounds is not None:
                        mentions[-1] = bounds
                        i = max(nxt, i + 1)
                        continue
                fraction = self._spoken_fraction(mentions, mention, i, nxt)
                if fraction is not None:
                    mentions[-1] = fraction
                    i = max(nxt, i + 1)
                    continue
                mentions.append(mention)
                self.quantity_ends.add(nxt)
                self.quantity_dims[nxt] = mention.dimension
            i = max(nxt, i + 1)
        return mentions

    def _quantity_at(self, i: int):
        tokens = self.tokens
        n = len(tokens)
        timed = self._clock_duration(i)
        if timed is not None:
            return timed
        cur, cur_start = None, i
        if self._spaced_group(i):
            # "12 345 people": 12,345 as SI writes it, or two numbers? Neither is claimed
            self._veto("veto-spaced-thousands", _Number(None, None, None, i, i + 2), i + 2)
            return None, i + 2
        end = self._accounting_bracket(i)
        if end is not None:
            # "$(5.2) million", "Margin: (3.1%)": the brackets of an account are a minus, or an aside?
            self._veto("veto-accounting-bracket", _Number(None, None, None, i, end), end)
            return None, end
        # a currency sign or code, possibly with a space: "$ 2,000", "USD 1,500", "US$58"
        k = i
        if tokens[i].kind != "num" and tokens[i].text not in VULGAR:
            # only try a number or a currency-introduced number here
            num = self._number_at(i)
            if num is None:
                return None
        else:
            num = self._number_at(i)
            cur, cur_start = self._currency_before(i)
            if cur is None and self._negative_before(i) is not None and self._negative_before(i) >= 1:
                cur, cur_start = self._currency_before(self._negative_before(i))  # "$-50.8bn"
            if cur is not None:
                num = self._number_at(i, after_currency=True)
                if num is not None and num.value is not None and cur_start < i \
                        and _scale_by_code(num, tokens[cur_start].text):  # "MAUD 60"
                    num.rules.append("scaled-code")
        if num is None:
            return None
        if num.rules and num.rules[0].startswith("veto-"):
            self._veto(num.rules[0], num, num.last)  # "one hundred fifth", "three hundred and two dozen"
            return None, num.last
        fired = list(num.rules)
        if cur is not None:
            fired.append("currency-before")
        j = num.last
        if cur is None and not num.scaled and not num.vague:
            ratio = self._ratio(num, j)
            if ratio is not None and ratio[0] is None:
                return ratio  # vetoed: "a 1-in-100-year flood"
            if ratio is not None:
                num, j = ratio
                fired = list(num.rules)
        # a range: "1,500-2,000", "$1,500 to $2,000", "between X and Y", "from X to Y", "X or Y"
        num2 = None
        negative = self._negative_before(num.first) if tokens[num.first].kind == "num" \
            or self.sign_word_before(num.first) else None  # "minus five percent"
        if negative is None and cur is not None and cur_start < num.first:
            negative = self._negative_before(cur_start)  # "-$5 million", "minus €3bn": the sign leads
        lead = cur_start if cur is not None else (negative if negative is not None else num.first)
        prev_word = self._word(lead - 1)
        if j < n and num.value is not None:
            if self._word(j) in ("-", "‑") and tokens[j].glued and self._word(j + 1) in _RANGE_TO:
                j += 1  # "8- to 16-metre": a suspended hyphen
            connector = self.lows[j] if j < n else ""
            if connector in _RANGE_TO:
                connector = "to"  # "18 through 24"
            is_dash = (tokens[j].text in ("-", "–", "—", "‑") or (  # "20~100": a tilde between two figures
                tokens[j].text == "~" and tokens[j].glued and j + 1 < n and tokens[j + 1].glued
                and tokens[j + 1].kind == "num")) if j < n else False
            if is_dash or connector == "to" or (connector == "and" and prev_word == "between") or (connector == "or" and num.words):
                k2 = j + 1
                if connector == "to" and self._word(k2) in ("-", "‑") and tokens[k2].glued \
                        and k2 + 1 < n and tokens[k2 + 1].glued and (
                            tokens[k2 + 1].kind == "num" or num.words and self._word(k2 + 1) in SMALL_OR_TENS):
                    k2 += 1  # "3-to-1", "six-to-eight weeks": the second end hyphenated as the first
                cur2, _ = (None, k2)
                if k2 < n and tokens[k2].kind != "num":
                    for span in (2, 1):
                        if k2 + span < n and tokens[k2 + span].kind == "num":
                            text = "".join(t.text for t in tokens[k2:k2 + span])
                            c = currencies.lookup(text)
                            if c is not None and (tokens[k2].kind == "sym" or text.isupper()):
                                cur2, k2 = c, k2 + span
                                break
                    if cur2 is None and cur is not None:
                        # the first end's currency written again, as the scanner reads it before
                        # a number: "Rs 3-Rs 5 crore", "KSh 9-KSh 4 million"
                        for span in (1, 2, 3):
                            if k2 + span < n and tokens[k2 + span].kind == "num":
                                c, start = self._currency_before(k2 + span)
                                if c is not None and start == k2 and c.iso == cur.iso:
                                    cur2, k2 = c, k2 + span
                                break
                cand = self._number_at(k2, after_currency=cur2 is not None or cur is not None)
                if cand is None and not is_dash and k2 + 1 < n and tokens[k2].text in ("-", "−") \
                        and not tokens[k2].glued and tokens[k2 + 1].glued and tokens[k2 + 1].kind == "num":
                    cand = self._number_at(k2 + 1, after_currency=cur is not None)  # "from 5 to -10"
                    if cand is not None and cand.value is not None:
                        cand.value = cand.low = cand.high = -cand.value
                if cand is not None and cand.words and tokens[cand.first].text[:1].isupper() \
                        and not self._title_case():
                    self._veto("veto-name", num, cand.last)
                    return None, cand.last  # "7-Eleven": a number word capitalised mid-sentence names
                if cand is not None and cand.value is not None and not cand.vague and (
                        is_dash or connector != "to" or prev_word in ("from", "between")
                    or (cand.words == num.words and self._change_before(cur_start if cur is not None else num.first) is None
                        and (prev_word not in ("by", "to") or prev_word == "to" and cand.value > num.value
                             and lead >= 2 and self.tokens[lead - 2].kind != "num"))  # "cut to 3 to 5 per cent"
                    or (prev_word == "by" and num.value > 0 and num.value < cand.value <= 3 * num.value)):
                    if num.words and cand.words and k2 == j + 2 and cand.value == num.value:
                        self._veto("veto-score", num, cand.last)
                        return None, cand.last  # "one-to-one": a ratio or a tally, no range
                    if not is_dash and cand.last + 1 < n and tokens[cand.last].text in ("-", "–", "‑") \
                            and tokens[cand.last].glued and tokens[cand.last + 1].kind == "num":
                        # "from 2 to 3-4 million": the second end opens a range of its own, so
                        # neither the first end's multiplier nor the pairing is known
                        self._veto("veto-chained-range", num, cand.last)
                        return None, cand.first
                    if (is_dash or connector == "to" and prev_word not in ("from", "between")) \
                            and negative is None and cur is None and cand.value < num.value \
                            and not cand.scaled and not num.scaled and (is_dash or self._bare_end(cand)):
                        self._veto("veto-score", num, cand.last)
                        return None, cand.last  # "won 3-1", "a 52-48 vote", "voted 10 to 2": a score or tally, no range
                    if (is_dash or connector == "to" and prev_word not in ("from", "between")) \
                            and negative is None and cand.value < num.value and not cand.scaled and not num.scaled \
                            and not num.year_like and (cur is not None or self._share_or_sum_after(cand)):
                        # "52 to 48 per cent", "$9-6": shares or sums that go down with no "from"
                        # before them are a tally or a fall, never a range
                        self._veto("veto-descending-range", num, cand.last)
                        return None, cand.last
                    if is_dash and negative is None and cur is None and not cand.scaled and not num.scaled \
                            and not num.words and not cand.words and num.value is not None \
                            and num.value == int(num.value) and cand.value == int(cand.value) \
                            and 0 <= num.value < cand.value <= _BARE_PAIR["largest"] \
                            and (cand.last >= n or tokens[cand.last].text in _CLAUSE_END
                                 or self._word(cand.last) in _BARE_PAIR_FOLLOWERS) \
                            and (prev_word in _BARE_PAIR["after"] or prev_word == "(" and cand.last < n
                                 and tokens[cand.last].text == ")") \
                            and self._qualifier_before(num.first)[0] is None:
                        # "fell to 3-12.", "the Rams (11-4)": two bare whole numbers that end their
                        # clause name nothing they count: a record, a score or a range, unknown
                        self._veto("veto-bare-pair", num, cand.last)
                        return None, cand.last
                    if is_dash and negative is None and cur is None and not cand.scaled and not num.scaled \
                            and not num.words and not cand.words and num.value is not None \
                            and num.value == int(num.value) and cand.value == int(cand.value) \
                            and 0 <= num.value <= _BARE_PAIR["largest"] and 0 <= cand.value <= _BARE_PAIR["largest"] \
                            and self._bare_end(cand) and self._qualifier_before(num.first)[0] is None \
                            and (self._word(cand.last) in _SCORE_AFTER or not self._counts_noun(cand.last)
                                 and (self._score_before(lead) or self._pair_beside(num.first, cand.last))):
                        # "The score was 0-3", "lost to Leeds 1-2", "a 0-3 defeat", "ended 2-2": a
                        # score, in either order
                        self._veto("veto-score", num, cand.last)
                        return None, cand.last
                    if connector == "to" and cur is not None and cur2 is None and not cand.scaled \
                            and self._counts_noun(cand.last):
                        pass  # "paid $1,500 to 4,000 fighters": a sum, then a count
                    elif cand.scaled and not num.scaled and cand.mult > 1 and num.value is not None \
                            and cand.value / cand.mult <= num.value < min(10 * cand.value / cand.mult, cand.value / 100):
                        # "$5-3 million", "$5-$3 million", "£8 to £6 billion": the ends look alike,
                        # so the multiplier is shared, but then they go down; read without it they
                        # span a millionfold: no reading is safe ("$200 to $4 million", "from 200 to
                        # 4 million" are read as written)
                        self._veto("veto-descending-range", num, cand.last)
                        return None, cand.last
                    elif num.scaled and not cand.scaled and connector == "to" and self._counts_noun(cand.last):
                        pass  # "gave 2 million to 3 charities": a figure, then a count
                    elif num.scaled and not cand.scaled and num.mult > 1 and num.value is not None \
                            and cand.value < num.value and cand.value <= 10 * num.value / num.mult:
                        # "$1.5 billion to 2": the bare second end looks like the first before its
                        # multiplier (1.5 to 2 billion?), yet read as written the range goes down
                        self._veto("veto-descending-range", num, cand.last)
                        return None, cand.last
                    elif cand.scaled and not num.scaled and num.value is not None and num.value < cand.value / 100 \
                            and self._inner_scale(cand) and num.value <= cand.value / max(
                                SCALES[w] for w in self.lows[cand.first:cand.last] if w in SCALES):
                        # "two to three thousand five hundred": the first end looks like the
                        # second before its multiplier, which sits inside the second (2,000 to
                        # 3,500, or 2 to 3,500?): no reading is safe
                        self._veto("veto-inner-scale-range", num, cand.last)
                        return None, cand.last
                    elif is_dash and not num.scaled and not cand.scaled and num.value is not None \
                            and 0 < num.value < 1000 and "," in tokens[cand.first].text \
                            and num.value * 1000 <= cand.value < num.value * 10_000:
                        # "40-50,000": 40,000 to 50,000 as spoken, or 40 to 50,000 as written? The
                        # first end times a thousand is of the second's size: no reading is safe
                        self._veto("veto-thousands-range", num, cand.last)
                        return None, cand.last
                    elif (cur2 is None or cur is None or cur2.iso == cur.iso) and not (num.year_like and not cand.year_like and connector == "to"):
                        num2 = cand
                        fired += ["range"] + cand.rules
                        if cur is None and cur2 is not None:
                            cur = cur2
                        # "$1.5-2 million": the multiplier of the second applies to the first
                        if (cand.scaled and not num.scaled and cand.mult > 1 and num.value is not None
                                and num.value < cand.value / 100 and num.value <= cand.value / cand.mult
                                and not self._inner_scale(cand)):
                            num.value *= cand.mult
                            num.low = num.high = num.value
                            fired.append("range-shared-multiplier")
                        j = cand.last
                        if not cand.year_like:
                            num.year_like = False  # "1000-5000" is no year
                        if num.year_like and cand.year_like:
                            self._veto("veto-year-span", num, j)
                            return None, j  # "2019-2020": a span of years
        if num2 is not None and (num.weak or num2.weak):
            # "5k-20k", "3m-4m people": one weak multiplier on both ends, read with evidence
            if num.weak != num2.weak or not (self._weak_evidence(num2.last) or self._weak_bare(num2, num2.last)):
                self._veto("veto-unread-multiplier", num, j)
                return None, j
            for end in (num, num2):
                end.value *= SUFFIX_SCALES[end.weak]
                end.low = end.high = end.value
                end.scaled, end.weak = True, ""
            fired.append("weak-multiplier")
        if cur is None and num2 is None and not num.scaled and num.value is not None and not num.words:
            # "1,674.5 G", "10G": giga or gauss, mega or molar; not claimed
            last = tokens[num.last - 1]
            glued = last.kind == "num" and last.suffix in CAPITAL_LETTERS and last.suffix not in UPPER_SUFFIXES
            spaced = j < len(tokens) and tokens[j].kind == "word" and tokens[j].text in CAPITAL_LETTERS \
                and not (j + 1 < len(tokens) and tokens[j + 1].glued)
            if glued or spaced:  # another veto, when one applies, says more ("Block 7 B": a reference)
                self._veto(self._is_not_quantity(num, False, None) or "veto-capital-letter", num, j + (1 if spaced else 0))
                return None, j + (1 if spaced else 0)
        # unit after the number(s): "miles", "per cent", "%", "manat", "km/h"
        last_tok = tokens[num.last - 1]
        suffix = last_tok.suffix if last_tok.kind == "num" and num.last - 1 == (num2.last - 1 if num2 else num.last - 1) and not num.scaled else ""
        if num2 is not None:
            last2 = tokens[num2.last - 1]
            suffix = last2.suffix if last2.kind == "num" and not num2.scaled else ""
        unit, j2 = self._unit_after(j, suffix if suffix.lower() not in SUFFIX_SCALES else "", last_tok, money_ok=cur is None)
        sign_before = num.first >= 1 and unit is None and cur is None and num2 is None \
            and self.tokens[num.first - 1].text == "%" and tokens[num.first].kind == "num" and tokens[num.first].glued \
            and (num.first == 1 or not self.tokens[num.first - 1].glued)
        if sign_before:
            unit = Unit("percentage", "dimensionless", rule="percent-before")  # "%20", as some presses write it
        if unit is None and cur is None and num2 is None and num.value is not None and not num.vague \
                and (j >= n or tokens[j].text in _CLAUSE_END) and self._percent_of_before(lead):
            unit = Unit("percentage", "dimensionless", rule="percent-of")  # "per cent of 210": 210%
        if (num.fraction or num.rules[-1:] == ["fraction-words"] or num.rules == ["digits"] and num2 is None
                and num.value is not None and 0 < num.value < 1) and unit is None and cur is None \
                and self._word(j) == "of" and self._word(j + 1) in ("a", "an"):
            # "1/16 of a US pint", "0.3 of a percentage point": the unit follows "of a", perhaps
            # after its system
            k = j + 2
            found, k2 = self._unit_after(k, "", last_tok, money_ok=False)
            if isinstance(found, Unit):
                unit, j2 = found, k2
        if unit is None and cur is None and num2 is None and num.value is not None and 0 < num.value < 1 \
                and (num.fraction or {"fraction-words", "vulgar-fraction", "slash-fraction"} & set(num.rules)
                     or num.rules == ["digits"]):
            measure = self._fraction_of_measure(j)
            if measure is not None:
                # "half of 1 percent", "1/4 of one per cent", "0.5 of 1%": the fraction of the
                # measure is the figure
                whole, unit, j2 = measure
                num.value = num.low = num.high = num.value * whole
                fired.append("fraction-of-measure")
                second = self._range_end_after(j2)
                if second is not None:
                    # "half of 1.5 per cent to 2 per cent": 0.75% to 2%, or half of the range?
                    self._veto("veto-fraction-of-range", num, second)
                    return None, second
        if unit is None and cur is None and num2 is None:
            error = self._uncertainty(num, j, last_tok)  # "9.8 ± 0.2 m/s2"
            if error is not None:
                (unit, j2), j = error, error[1]
                fired.append("uncertainty")
        if unit is not None:
            fired.append("currency-after" if isinstance(unit, currencies.Currency) else
                         "subunit" if unit.dimension == "currency" else
                         unit.rule if unit.rule else
                         "glued-unit" if suffix and (j2 == j or tokens[j].glued) else "unit")
        if unit is not None and num2 is None and num.value is not None and num.value != 1 \
                and self._persons_after_unit(unit, j, j2):
            # "1,500 yard workers", "300 foot soldiers": people, counted with a word before them
            self._veto("veto-unit-before-persons", num, j2 + 1)
            return None, j2 + 1
        if isinstance(unit, currencies.Currency) and num.scaled and num2 is None and j < n \
                and self._word(j) in ("-", "‑") and tokens[j].glued and self._counts_plural(j2) \
                and self._word(num.first - 1) not in ("a", "an"):
            # "four million-dollar homes": four homes of a million dollars, or homes of four
            # million? ("a 4 million-dollar deal" is one sum)
            self._veto("veto-scaled-adjective", num, j2)
            return None, j2
        if num.weak and not num.scaled and num2 is None:
            unit, j2 = self._weak_multiplier(num, unit, j, j2, fired)
            if num.weak:
                self._veto("veto-unread-multiplier", num, j)
                return None, j
        elif unit is None and cur is None and num2 is None and not num.scaled and num.value is not None \
                and self._word(j) in WEAK_SUFFIX_SCALES and tokens[j].kind == "word" and (
                    tokens[j].text.islower() and (self._weak_evidence(j + 1) or self._weak_bare(num, j + 1, self._word(j)))
                    or tokens[j].text == "K" and currencies.lookup(tokens[j + 1].text if j + 1 < n else "") is not None):
            num.value *= SUFFIX_SCALES[self._word(j)]  # "3 mil dollars", "10 mil people"
            num.low = num.high = num.value
            num.scaled = True
            fired.append("weak-multiplier")
            unit, j2 = self._unit_after(j + 1, "", last_tok, money_ok=True)
            if unit is None:
                j2 = j = j + 1
            else:
                fired.append("currency-after" if isinstance(unit, currencies.Currency) else "unit")
        if unit is None and cur is None and num2 is None and not num.scaled and num.value is not None \
                and j < n and tokens[j].kind == "word" and not tokens[j].glued \
                and (tokens[j].text.islower() or len(tokens[j].text) == 1) and self._word(j) in WEAK_SUFFIX_SCALES:
            # "a 64 b key", "2.5 b.": a spaced letter that may be a multiplier or a unit symbol,
            # read only as the unit the sentence's cue words name (bits, barns); else unsure
            reading = self._resolve_ambiguous(self._word(j), j, j + 1) if self._word(j) in AMBIGUOUS_SYMBOLS else None
            if reading is None or reading.dimension == "unresolved":
                self._veto("veto-unread-multiplier", num, j + 1)
                return None, j + 1
            unit, j2 = reading, j + 1
            fired.append("ambiguous-unit")
        if num.vague and unit is None and cur is None and self._word(j) == "of":
            money, k = self._unit_after(j + 1, "", last_tok, money_ok=True)
            if isinstance(money, currencies.Currency):
                unit, j2 = money, k  # "tens of millions of dollars"
                fired.append("currency-after")
        if num.fraction and unit is None and cur is None and self._word(j2) != "of" and negative is None \
                and not self._fraction_of_noun(num, j2):
            self._veto("veto-date", num, j)
            return None, j  # "1/2" alone: as often a date as a half
        # "1,500 to 2,000 dollars" handled above; "$1,800 dollars": a doubled currency word is eaten
        if isinstance(unit, currencies.Currency):
            if cur is None:
                cur = unit
                if j2 == j + 1 and num2 is None and num.value is not None \
                        and _scale_by_code(num, tokens[j].text):  # "120 MEUR"
                    fired.append("scaled-code")
            unit = None
        elif cur is not None and j < n:
            c2 = None
            for span in (2, 1):
                if j + span > n:
                    continue
                phrase = " ".join(t.text for t in tokens[j:j + span])
                c2 = currencies.lookup(phrase)
                if c2 is not None and c2.iso == cur.iso and all(t.kind == "word" for t in tokens[j:j + span]):
                    j2 = j + span
                    break
        # "15 dollars 50", "thirteen dollars and forty-five cents", "75 USD million"
        if cur is not None and num2 is None and num.value is not None and j2 > j:
            if self._word(j2) in SCALES and SCALES[self._word(j2)] >= 1e3 and not num.scaled:
                num.value *= SCALES[self._word(j2)]
                num.low = num.high = num.value
                j2 += 1
            else:
                k = j2 + (1 if self._word(j2) == "and" else 0)
                cents = self._number_at(k, after_currency=True) if k < n else None
                if cents is not None and cents.value is not None and not cents.vague and (not cents.scaled or cents.words) \
                        and 1 <= cents.value < 100 and float(cents.value).is_integer():
                    after = self._word(cents.last)
                    sub = currencies.subunit(after) if after else None
                    if (sub is not None or after in ("", ".", ",", "more")) and not (
                            k < n and tokens[k].kind == "num" and "." in tokens[k].text):
                        # "two dollars and five cents" (a hundredth), "one kuai and five mao" (a tenth)
                        num.value += cents.value * currencies.subunit_scale(sub)
                        num.low = num.high = num.value
                        j2 = cents.last + (1 if sub is not None else 0)
                        fired.append("cents")
        # "an hour and a half", "two miles and a quarter": the fraction after the unit
        if unit is not None and not isinstance(unit, currencies.Currency) and num2 is None \
                and num.value is not None and not num.vague and j2 > j:
            part = self._fraction_after_unit(j2)
            if part is not None:
                num.value += part
                num.low = num.high = num.value
                j2 += 3
                fired.append("and-fraction")
        # ages: "38-year-old", "38 years old", "aged 38"
        if unit is not None and unit.name in ("year", "month", "week", "day"):
            k = j2 + (1 if self._word(j2) in ("-", "‑") else 0)
            if re.sub(r"['’]s?$", "", self._word(k)) in ("old", "olds"):  # "a 15-year-old", "two 15-year-olds", "the 15-year-old's case"
                unit, j2 = Unit(f"{unit.name} of age", "time"), k + 1
                fired.append("age")
        elif unit is None and cur is None and (num2 is None and self._apposed_age(num) or self._age_before(
                num) and (num2 is None or num2.value is not None and float(num2.value).is_integer() and num2.value <= 125)):
            unit = Unit("year of age", "time")
            fired.append("age")
        # "a five-year $700,000 award", "a two-month contract": a spelled-out duration made an
        # adjective describes the thing; NewsQuant does not count it ("a five-year, 1.8 billion-
        # mile journey", with a comma, still is)
        if unit is not None and unit.dimension == "time" and not unit.name.endswith("of age") \
                and num.words and num2 is None and cur is None \
                and self._word(num.last) in ("-", "‑") and tokens[num.last].glued and j2 < n \
                and (tokens[j2].kind == "word" or currencies.lookup(tokens[j2].text) is not None):
            self._veto("veto-adjective-duration", num, j2)
            return None, j2
        end_tok = j2 - 1 if j2 > j else j - 1
        below_zero = self._below_zero(num, num2, unit, cur, negative, j2)
        if below_zero:
            # "14 below zero", "10 degrees below zero": a temperature under nought, in the scale
            # the sentence names (or none: unresolved); the "zero" is no figure of its own
            if unit is None or unit.dimension == "unresolved":
                unit = self._resolve_ambiguous("degrees", num.first, j2 + 2)
            num.value, num.low, num.high = negated(num.value, num.low, num.high)
            end_tok, j2 = j2 + 1, j2 + 2
            fired.append("below-zero")
        side = self._from_freezing(num, num2, unit, cur, negative, j2)
        if side:
            # "six degrees below freezing": a temperature read from the freezing point, which is
            # 0 in Celsius and 32 in Fahrenheit; with no scale named the value is unknown
            if unit is None or unit.dimension == "unresolved":
                unit = self._resolve_ambiguous("degrees", num.first, j2 + 2)
            zero = FREEZING_POINTS.get(unit.name.lower())
            if zero is None:
                self._veto("veto-freezing-scale", num, j2 + 2)
                return None, j2 + 2
            if side == "below":
                num.value, num.low, num.high = negated(num.value, num.low, num.high)
            num.value, num.low, num.high = (None if v is None else zero + v for v in (num.value, num.low, num.high))
            end_tok, j2 = j2 + 1, j2 + 2
            fired.append("from-freezing")
        has_unit = unit is not None
        veto = self._is_not_quantity(num, has_unit, cur) or (
            "veto-name" if not has_unit and cur is None and self._is_name_number(num, j) else None)
        if veto is None and unit is None and cur is None:
            k = j + 1 if self._word(j) in ("-", "‑") and tokens[j].glued else j
            idiom = MAGNITUDE_IDIOMS.get(self._word(k))
            if idiom == "words" and num.words or idiom == "alone" and not self._counts_plural(k + 1):
                veto, j2 = "veto-magnitude-idiom", k + 1  # "a six-figure salary", "2 grand"
        if veto == "veto-year" and num2 is None and self._word(j) in RELATION_AFTER_QUANTITY \
                and self._word(num.first - 1) not in YEAR_PREPOSITIONS:
            after = self._number_at(j + 1)
            if after is not None:
                # "2000 over 3": a year and a bound, a tally or a fraction? nothing is claimed
                self._veto("veto-year-relation", num, after.last)
                return None, after.last
        if veto is not None:
            self._veto(veto, num, j2 if j2 > j else j)
            return None, j2 if j2 > j else j
        if self._measure_joined(num.first):
            fired.append("hyphen-measure")
        if num2 is None and num.value is None and not num.vague:
            return None
        # a spelled-out "one" or small number needs a noun or unit to be a claim (decided later)
        # qualifiers and change before the whole expression
        first = cur_start if cur is not None and cur_start < num.first else num.first - 1 if sign_before else num.first
        if (tokens[num.first].kind == "num" or self.sign_word_before(num.first)) and cur is None:
            negative = self._negative_before(num.first)
            if negative is not None and negative < first:
                first = negative  # "about minus 387": the qualifier stands before the sign
        elif negative is not None and negative < first:
            first = negative  # "about -$5 million": the sign stands before the currency
        relative = cur is None and unit is not None and unit.name in _RELATIVE_UNITS
        change = "="
        qual, qstart = self._qualifier_before(first)
        bound = qual  # the interval follows the qualifier even when a movement sets the change
        # "nearly 1,000": approximate (as NewsQuant marks it) but never above the figure
        below = qual is not None and " ".join(self.lows[qstart:first]) in _APPROACHING
        if qual is not None:
            change = qual
            fired.append("qualifier-before")
            if " ".join(self.lows[qstart:first]) not in QUALIFIERS and self.negated(qstart + 1, first):
                fired.append("negated-comparative")  # "no higher than 80": at most 80
            moved = self._change_before(qstart, relative)
            if moved in ("up", "down") and " ".join(self.lows[qstart:first]) not in LEVEL_CROSSING:  # "fell below 31C": a level
                fired.append("change-word")
                change = moved  # "up nearly 57%", "rose under 4%": the movement
        else:
            ch = self._change_before(first, relative)
            if ch:
                change = ch
                fired.append("change-word")
            elif first >= 1 and tokens[first - 1].text in "+−" and tokens[first].glued is True:
                change = "up" if tokens[first - 1].text == "+" else "down"  # "Dow +0.2%"
                fired.append("sign-change")
        # "or so", "or more", "and more", "plus" after the number
        tail = self._word(j2) + " " + self._word(j2 + 1)
        if j2 + 1 < n and self._word(j2) in ("-", "‑") and tokens[j2].glued and tokens[j2 + 1].glued \
                and (self._word(j2 + 1) in QUALIFIERS_AFTER or self._word(j2 + 1) in HYPHEN_QUALIFIERS_AFTER):
            # "10,000-plus", "$1.5 billion-plus", "thirty-odd", "40-something"
            change = bound = QUALIFIERS_AFTER.get(self._word(j2 + 1)) or HYPHEN_QUALIFIERS_AFTER[self._word(j2 + 1)]
            fired.append("qualifier-after")
        elif tail in QUALIFIERS_AFTER and self._bound_opens(j2 + 1):
            pass  # "above 1000 and below 1500": "below" bounds the next figure, not this one
        elif tail in QUALIFIERS_AFTER:
            change = bound = QUALIFIERS_AFTER[tail]
            fired.append("qualifier-after")
        elif self._word(j2) in QUALIFIERS_AFTER and j2 + 1 < n and (
                tokens[j2 + 1].kind == "num" or self._number_at(j2 + 1) is not None):
            pass  # "nought point three plus zero point eight": a sum, no bound
        elif self._word(j2) in QUALIFIERS_AFTER:
            change = bound = QUALIFIERS_AFTER[self._word(j2)]  # "500 plus"
            fired.append("qualifier-after")
        elif j2 < n and tokens[j2].text == "+" and tokens[j2].glued:
            change = bound = ">"
            fired.append("qualifier-after")
        if change == "=" and unit is not None and unit.dimension == "temperature" \
                and self._word(j2) in TEMPERATURE_AFTER:
            change = TEMPERATURE_AFTER[self._word(j2)]  # "4°C warmer than": a difference
            fired.append("change-word")
        effective = bound if bound is not None else change
        per, j3 = (None, j2)
        if cur is not None or unit is not None:
            per, j3 = self._per_after(j2)
            if per is None and self._word(j2) in ("(", "["):
                # "9 billion shekels ($2.4 billion) a year": the rate follows the restatement;
                # the scan goes on inside the brackets
                close = next((k for k in range(j2 + 1, min(j2 + 12, n)) if self._word(k) in (")", "]")), None)
                if close is not None:
                    per, _ = self._per_after(close + 1)
            if per is None and self._word(j2) in (")", "]") and self._restating(qstart if qual is not None else first):
                # "€3.2 million ($3.5 million) a month": the restatement is over the period after
                # its brackets, as the figure it restates is
                per, _ = self._per_after(j2 + 1)
            if per is None and cur is None and self._word(j2) == "of":
                # "18,000 tonnes of sulphur dioxide a day", "140 litres of water per person": the
                # rate follows what the measure is of
                per = self._per_after_of(j2 + 1)
            if per is not None:
                fired.append("per-period")
        if negative is not None and num2 is None and num.value is not None:
            num.value, num.low, num.high = negated(num.value, num.low, num.high)  # "< -30": the bound of -30
        value, low, high = interval(num, num2, negative is not None, effective, below, fired)
        if cur is not None:
            dimension, unit_name, iso = "currency", cur.name, cur.iso
        elif unit is not None:
            dimension, unit_name, iso = unit.dimension, unit.name, None
            if unit.name == "percentage":
                dimension = "percentage"
        else:
            dimension, unit_name, iso = "count", None, None
        start_char = tokens[qstart if qual is not None else first].start
        if negative is not None:
            start_char = min(start_char, tokens[negative].start)
            fired.append("negative")
        if negative is None and self._spaced_sign_unsure(first, max(j3, j2, j), cur is not None or unit is not None):
            self._veto("veto-spaced-sign", num, max(j3, j2, j))
            return None, max(j3, j2, j)  # "- 5" alone: a bullet or a sign?
        if not within_range(value, low, high):
            self._veto("veto-out-of-range", num, j2)
            return None, max(j2, j)  # an overflow is no figure anyone stated
        end_char = tokens[max(end_tok, (num2.last if num2 else num.last) - 1)].end
        if per is not None:
            end_char = tokens[j3 - 1].end
        return Mention(
            start=start_char, end=end_char, value=value, low=low, high=high, change=change,
            unit=unit_name, dimension=dimension, currency=iso, per=per,
            number_end=tokens[(num2.last if num2 else num.last) - 1].end,
            vague=num.vague, rules=tuple(dict.fromkeys(fired)),
            scale=num.mult if num.scaled and num2 is None and num.mult > 1 else 1.0,
            unmoved=qual if qual is not None else "=",
        ), max(j3, j2, j)


    @staticmethod
    def _bare_temperature(num: _Number, num2, unit, cur, negative) -> bool:
        """Whether a figure may be read from a datum after it ("below zero", "below freezing"): a
        positive figure with no sign, currency or second figure, and with no unit or a
        temperature's (a bare "degrees" included)."""
        return num2 is None and cur is None and negative is None and num.value is not None and num.value > 0 \
            and (unit is None or unit.dimension in ("temperature", "unresolved"))

    def _below_zero(self, num: _Number, num2, unit, cur, negative, j: int) -> bool:
        """Whether "below zero" follows a bare temperature (``_bare_temperature``): "14 below
        zero" is -14 degrees."""
        return self._word(j) == "below" and self._word(j + 1) == "zero" and self._word(j + 2) not in ("-", "‑") \
            and self._bare_temperature(num, num2, unit, cur, negative)

    def _from_freezing(self, num: _Number, num2, unit, cur, negative, j: int) -> str:
        """"below" or "above" when "below freezing" or "above freezing" follows a bare
        temperature (``_bare_temperature``): "six degrees below freezing", "4C above freezing";
        else ""."""
        if self._word(j) in ("below", "above") and self._word(j + 1) == "freezing" \
                and self._bare_temperature(num, num2, unit, cur, negative):
            return self._word(j)
        return ""

    def _fraction_of_noun(self, num: _Number, j: int) -> bool:
        """Whether a slash fraction below one (at ``num``) measures the noun at token ``j`` that
        "of" follows: "3/4 cup of sugar", "1/2 bag of rice"; no date stands so. After a word that
        introduces a date ("on 3/4 session of ...", "the 3/4 meeting of ...") it stays unread."""
        tokens = self.tokens
        return num.value is not None and 0 < num.value < 1 and j + 1 < len(tokens) \
            and tokens[j].kind == "word" and tokens[j].text.islower() and self._word(j + 1) == "of" \
            and self._word(num.first - 1) not in YEAR_PREPOSITIONS | {"the", "on", "at", "to", "dated"}

    def _accounting_bracket(self, i: int) -> Optional[int]:
        """Where a figure at token i ends when accounts' brackets hold it: opened right after a
        currency sign ("$(5.2) million", "€(12)") or right after a colon ("Margin: (3.1%)") and
        closed right after the figure and its unit. Such brackets mark a negative figure, or an
        aside: no sign is safe. The index after the bracket (and a scale word after it), or None."""
        tokens, n = self.tokens, self._n
        if i < 2 or tokens[i].kind != "num" or tokens[i - 1].text != "(" or not tokens[i].glued:
            return None
        sign = tokens[i - 2]
        after_sign = sign.kind == "sym" and tokens[i - 1].glued and currencies.lookup(sign.text) is not None
        if not (after_sign or sign.text == ":"):
            return None
        num = self._number_at(i)
        if num is None:
            return None
        k = self._end_with_unit(num)
        if k >= n or tokens[k].text != ")":
            return None
        return k + 2 if after_sign and self._word(k + 1) in SCALES else k + 1

    def _range_end_after(self, k: int) -> Optional[int]:
        """Where a second range end after token k ends ("to 2 per cent", "-2%", "and 3 percent"
        after "between"), unit included, or None when no range connector and number follow."""
        if k >= self._n or not (self._word(k) in _RANGE_TO or self.tokens[k].text in ("-", "–", "—")):
            return None
        second = self._number_at(k + 1)
        if second is None or second.value is None:
            return None
        return self._end_with_unit(second)

    def _end_with_unit(self, num: "_Number") -> int:
        """The index after ``num`` and the unit or currency written after it, if any."""
        last = self.tokens[num.last - 1]
        _, end = self._unit_after(num.last, last.suffix if last.kind == "num" else "", last, money_ok=True)
        return max(end, num.last)

    def _share_or_sum_after(self, num: "_Number") -> bool:
        """Whether a percent or a currency follows the number: "48 per cent", "48%", "6 dollars"."""
        last = self.tokens[num.last - 1]
        unit, _ = self._unit_after(num.last, last.suffix if last.kind == "num" else "", last, money_ok=True)
        return isinstance(unit, currencies.Currency) or isinstance(unit, Unit) and unit.name == "percentage"

    def _per_after_of(self, k: int) -> Optional[str]:
        """The period after the one to three plain words a measure is of, from token ``k`` (the
        first after "of"): "day" of "tonnes of sulphur dioxide a day"; None when a function word,
        a number or punctuation comes first ("tonnes of it, a day later"), or no period follows."""
        for end in range(k, min(k + 3, len(self.tokens))):
            token = self.tokens[end]
            if token.kind != "word" or not token.text.isalpha() or self._word(end) in _FUNCTION_WORDS:
                return None
            per, _ = self._per_after(end + 1)
            if per is not None:
                return per
        return None

    def _restating(self, start: int) -> bool:
        """Whether the figure starting at token ``start`` opens brackets right after another
        figure, restating it: "€3.2 million ($3.5 million)", "9 billion shekels (about $2.4
        billion)": a number at most three tokens before the bracket; a currency symbol or a
        qualifier may come between the bracket and the number."""
        k = next((k for k in range(start - 1, max(start - 4, 0) - 1, -1) if self._word(k) in ("(", "[")), None)
        if k is None or k < 1:
            return False
        return any(t.kind == "num" for t in self.tokens[max(k - 3, 0):k])  # "9 billion shekels ("

    def _percent_of_before(self, lead: int) -> bool:
        """Whether the clause opens with a percent word and "of" right before token ``lead``, a
        figure that ends the clause: "per cent of 210", "Percents of twenty" (the figure is the
        percentage, as some write it). After anything else "of" names a whole ("a third of 210",
        "what percent of 210")."""
        if lead < 2 or self._word(lead - 1) != "of":
            return False
        for k in (lead - 2, lead - 3):
            if k < 0:
                continue
            words = self.tokens[k:lead - 1]
            if not all(t.kind == "word" for t in words):
                continue
            unit = self.units.surface(" ".join(self.lows[k:lead - 1]))
            if unit is not None and unit.name == "percentage" \
                    and (k == 0 or self.tokens[k - 1].text in _CLAUSE_END | {"(", '"', "“"}):
                return True
        return False

    def _pair_beside(self, first: int, last: int) -> bool:
        """Whether another dashed pair of bare whole numbers stands beside the pair of tokens
        ``first`` to ``last`` (exclusive), past a comma or brackets: a series of set or game scores
        ("6-7 (5-7), 6-4, 3-6"), where an ascending pair is a score like the rest, no range."""
        tokens, n = self.tokens, len(self.tokens)
        k = first - 1
        while k >= 0 and tokens[k].text in (",", ")", ";"):
            k -= 1
        if k >= 2 and self._bare_pair_at(k - 2):
            return True
        k = last
        while k < n and tokens[k].text in (",", "(", ";"):
            k += 1
        return self._bare_pair_at(k)

    def _bare_pair_at(self, k: int) -> bool:
        """Whether tokens k..k+2 are two small bare whole numbers glued by a dash: "6-4"."""
        tokens = self.tokens
        if k < 0 or k + 2 >= len(tokens):
            return False
        a, dash, b = tokens[k:k + 3]
        return (a.kind == b.kind == "num" and not a.suffix and not b.suffix and dash.text in ("-", "–", "‑")
                and dash.glued and b.glued and a.text.isdigit() and b.text.isdigit()
                and max(int(a.text), int(b.text)) <= _BARE_PAIR["largest"])

    def _score_before(self, lead: int) -> bool:
        """Whether a word of a score (lexicon not_quantity.json score_before) stands before token
        ``lead``, past words of score_skip and capitalised names: "The score was", "lost to Leeds"."""
        k, passed = lead - 1, 0
        while k >= 0 and passed < 4 and (self.lows[k] in _SCORE_SKIP or self.tokens[k].kind == "word"
                                         and self.tokens[k].text[:1].isupper() and k > 0
                                         and self.lows[k] not in _SCORE_BEFORE):
            k, passed = k - 1, passed + 1
        return k >= 0 and self.lows[k] in _SCORE_BEFORE

    def _bare_end(self, num: "_Number") -> bool:
        """Whether nothing after the number (no unit, currency or suffix) measures it: "10 to 2."
        is a tally, "10 to 2 degrees" a falling measure."""
        last = self.tokens[num.last - 1]
        if last.kind == "num" and last.suffix:
            return False
        unit, _ = self._unit_after(num.last, "", last, money_ok=True)
        return unit is None

    def _spaced_group(self, i: int) -> bool:
        """Whether token i is a bare number of one to three digits followed, after one space, by a
        bare group of three that opens with no zero and ends the figure: "12 345" ("10 000", with a
        zero, and "1 500 000", with more groups, are one number, read by the tokenizer)."""
        tokens, n = self.tokens, self._n
        if i + 1 >= n or tokens[i].kind != "num" or tokens[i + 1].kind != "num" or tokens[i + 1].glued \
                or (i >= 1 and (tokens[i - 1].kind == "num" or tokens[i].glued)) or tokens[i].suffix \
                or tokens[i + 1].suffix:  # "i7 860": a code before a number
            return False
        if not (tokens[i].text.isdigit() and len(tokens[i].text) <= 3
                and re.fullmatch(r"[1-9]\d\d(?:\.\d+)?", tokens[i + 1].text)):
            return False
        if self.text[tokens[i].end:tokens[i + 1].start] != " ":
            return False
        after = tokens[i + 2] if i + 2 < n else None
        return after is None or not (after.glued and (after.kind == "num" or after.text in "/⁄-‑.,"))

    def _spaced_sign_unsure(self, first: int, end: int, measured: bool) -> bool:
        """Whether a dash spaced from the figure at token ``first`` opens the sentence or follows
        a colon, and either nothing but punctuation follows the figure (ending at token ``end``)
        or the figure is a measure that may be negative (``measured``: a unit or currency): "- 1
        4/5", "Change: - 12%", "Losses: - 12% in May", "Net: – $3 million in May" may be a
        bullet or a minus. A count with a clause after it ("- 40 people were hurt") is a bullet."""
        tokens = self.tokens
        k = first - 1
        if k < 0 or tokens[k].text not in ("-", "−", "–") or tokens[first].glued:
            return False
        if k > 0 and not (self._word(k - 1) == ":" and not tokens[k].glued):
            return False
        return measured or all(t.kind == "sym" and t.text in ".;!?)" for t in tokens[end:])

    def _inner_scale(self, num: "_Number") -> bool:
        """Whether a scale word stands inside the number before the run of scale words that ends
        it ("three thousand two hundred"): its last multiplier is no multiplier of the whole, so
        no range end may share it ("two to three thousand two hundred")."""
        k = num.last - 1
        while k > num.first and self._word(k) in SCALES:
            k -= 1
        return any(self._word(t) in SCALES for t in range(num.first, k))

    def _bound_opens(self, k: int) -> bool:
        """Whether a bounding word at token k opens the next figure ("and below 1500", "and more
        than 194", "or up to $5"): then it is no qualifier after the figure before it."""
        for span in range(_MAX_QUALIFIER_WORDS, 0, -1):
            end = k + span
            if end < len(self.tokens) and " ".join(self.lows[k:end]) in QUALIFIERS:
                nxt = end + (1 if self.tokens[end].kind == "sym" and end + 1 < len(self.tokens)
                             and currencies.lookup(self.tokens[end].text) is not None else 0)
                return self.tokens[nxt].kind == "num" or self._number_at(nxt) is not None
        return False


#: significant digits a figure written in decimals with a multiplier can have ("8.2 million" has
#: 2); a binary product such as 8.2 * 1e6 = 8199999.999999999 is brought back to them
_WRITTEN_DIGITS = 12


def _tidy(x: Optional[float]) -> Optional[float]:
    """``x`` as the decimal it was written as, when the float is that decimal off by a rounding
    error ("8.2 million" is 8199999.999999999 as a float product: 8200000.0); a value whose
    digits are its own (1/3) is left as it is."""
    if x is None or x == 0 or not math.isfinite(x):
        return x
    rounded = float(f"{x:.15g}")
    digits = len(f"{rounded:.15e}".split("e")[0].replace(".", "").replace("-", "").rstrip("0"))
    return rounded if digits <= _WRITTEN_DIGITS else x


def _decimal(m: Mention) -> Mention:
    """``m`` with its value and bounds tidied (``_tidy``)."""
    value, low, high = _tidy(m.value), _tidy(m.low), _tidy(m.high)
    if (value, low, high) == (m.value, m.low, m.high):
        return m
    return replace(m, value=value, low=low, high=high)


def scan(sentence: str) -> list[Mention]:
    """Every numeric expression in ``sentence``, with offsets relative to it."""
    return Scanner(sentence).scan()
