"""Step 5, qualifiers: the words that bound a figure ("more than", "up to", "about"), make it a
change ("rose 5%") or negative ("minus 5")."""
from __future__ import annotations

from typing import Optional

from figrecon import currency as currencies
from figrecon.grammar.vocabulary import (
    AMBIGUOUS_MOVES, DOWN_WORDS, NEGATORS, NOT_SIGN_AFTER, OVER_PARTICLE_VERBS, QUALIFIERS, UP_PARTICLE_VERBS, RELATION_AFTER_QUANTITY, SIGN_WORDS, SPACED_SIGN_AFTER, TIME_PERIODS, TURNED_BOUND, UP_WORDS, _BARE_VERB_BEFORE, _MAX_QUALIFIER_WORDS,
    _PHRASAL_DOWN, _PHRASAL_UP,
)

#: opening brackets and quotes: a sign glued after one stands free, as after a space ("(-14C)")
_OPENERS = frozenset("([{\"'“‘")


class Qualifiers:
    """Reads the words that bound or move a figure; mixed into ``figrecon.numbers.Scanner``."""

    def _qualifier_before(self, i: int) -> tuple[Optional[str], int]:
        for span in range(_MAX_QUALIFIER_WORDS, 0, -1):
            start = i - span
            if start < 0:
                continue
            if any(self.tokens[k].kind == "num" for k in range(start, i)):
                continue
            phrase = " ".join(self.lows[start:i])
            if phrase in RELATION_AFTER_QUANTITY and start in self.quantity_ends:
                continue  # "one over three", "grew 10% over five years": no bound on the next number
            if phrase in RELATION_AFTER_QUANTITY and start - 1 in self.quantity_ends \
                    and self._word(start - 1).endswith(("ed", "ly")) and self._period_after(i):
                continue  # "returned 12% annualised over five years": the span the figure is over
            if phrase == "over" and self._word(start - 1) in OVER_PARTICLE_VERBS:
                continue  # "handed over 20 hostages": the verb's particle, exactly 20
            if phrase.startswith("up ") and self._word(start - 1) in UP_PARTICLE_VERBS:
                continue  # "will go up to 45 percent": the level reached, exactly 45
            if phrase in QUALIFIERS:
                if self.negated(start, i):
                    return TURNED_BOUND[QUALIFIERS[phrase]], start - 1  # "no higher than 80": at most 80
                return QUALIFIERS[phrase], start
        return None, i

    def negated(self, start: int, end: int) -> bool:
        """Whether the comparative bound of tokens ``start`` to ``end`` is negated by the word right
        before it (qualifiers.json negators), which then turns it round: "no higher than 80" is at
        most 80, "not below 2%" at least 2. A negated bound the lexicon lists whole ("no more
        than") is read longest first, before this."""
        return start >= 1 and self.lows[start - 1] in NEGATORS and self.tokens[start - 1].kind != "num" \
            and QUALIFIERS.get(" ".join(self.lows[start:end])) in TURNED_BOUND

    def _period_after(self, i: int) -> bool:
        """Whether the number at token i is followed by a unit of time ("five years", "3 months")."""
        k = i + 1
        while k < len(self.tokens) and self.tokens[k].kind == "num":
            k += 1
        word = self._word(k)
        return word.rstrip("s") in TIME_PERIODS

    def _change_before(self, i: int, relative: bool = False) -> Optional[str]:
        """"up"/"down" when the words before token i move the figure: "rose 5%", "fell by 3%",
        "grow sales by 35%", "is set to drop 0.2%"; ``relative``: the figure is a percentage,
        points or cents, which any movement word moves ("lost 1.1%", "added 15 sen")."""
        w = self._word(i - 1)
        if w == "by":
            # the movement word may stand before its object: "grow sales by 35 per cent"
            for k in range(i - 2, max(i - 8, -1), -1):
                if self.tokens[k].kind != "word":
                    break
                direction = self._movement(k, relative=True)
                if direction is not None:
                    return direction
            return None
        return self._movement(i - 1, relative)

    def _movement(self, k: int, relative: bool) -> Optional[str]:
        """The direction the word at token k names, if it is a movement word here."""
        w = self._word(k)
        tokens = self.tokens
        if k >= 2 and tokens[k].glued and tokens[k - 1].text == "-" and tokens[k - 1].glued \
                and tokens[k - 2].kind == "word":
            return None  # the tail of a compound modifier: "a jaw-dropping $1,349" moves nothing
        if w in ("up", "down"):
            return None if self._word(k - 1) in (_PHRASAL_UP if w == "up" else _PHRASAL_DOWN) else w
        if w not in UP_WORDS and w not in DOWN_WORDS:
            return None
        if w in AMBIGUOUS_MOVES and not (relative or self._word(k - 1) in _BARE_VERB_BEFORE):
            return None
        return "up" if w in UP_WORDS else "down"

    def _negative_before(self, i: int) -> Optional[int]:
        """Where a minus sign or word before the number at token i starts ("minus 5", "minus-5",
        "$-50.8bn"), or None."""
        tokens = self.tokens
        if self.sign_word_before(i):
            return i - 1
        if i >= 2 and tokens[i - 1].text in "-−" and tokens[i].glued and tokens[i - 1].glued:
            if self._word(i - 2) == "minus":
                return i - 2
            if tokens[i - 2].kind == "sym" and currencies.lookup(tokens[i - 2].text) is not None:
                return i - 1
        if i >= 2 and tokens[i - 1].text in "-−" and tokens[i].glued and tokens[i - 2].text in "<>=≤≥~":
            return i - 1  # "<-30"
        # a sign glued to an opening bracket or quote is free too: "7F (-14C)"
        opened = i >= 2 and tokens[i - 2].text in _OPENERS
        if i >= 1 and tokens[i - 1].text == "−" and tokens[i].glued and (i < 2 or not tokens[i - 1].glued or opened):
            return i - 1
        # an ASCII hyphen or an en dash as minus: "-5 degrees", "of -3.2%", "–5°C" (typeset text),
        # "(-14C)"; not a range ("10 -15"), not a name ("COVID -19")
        if i >= 1 and tokens[i - 1].text in ("-", "–") and tokens[i].glued and (i < 2 or not tokens[i - 1].glued or opened) \
                and not (i >= 2 and (tokens[i - 2].kind == "num" or tokens[i - 2].text.isupper())):
            return i - 1
        # a spaced hyphen after a word that takes a figure: "temperatures of - 10 C", "convert - 20 F"
        if i >= 2 and tokens[i - 1].text in "-−" and not tokens[i].glued and not tokens[i - 1].glued \
                and self._word(i - 2) in SPACED_SIGN_AFTER:
            return i - 1
        return None

    def sign_word_before(self, i: int) -> bool:
        """Whether a sign word stands before token i: "minus 5", "negative ten"; not a result
        ("tested negative 3 times")."""
        w = self._word(i - 1)
        return w in SIGN_WORDS and (w == "minus" or self._word(i - 2) not in NOT_SIGN_AFTER)
