"""Exchange rates an article states itself, for money no table converts.

The converter knows the ECB's currencies and a cited table of pegs (``figrecon.currency``); an
article in another currency often gives the conversion itself: "repairs costing 500 million
naira ($1.1 million)", "a budget of 412 billion dravos (about $96 billion)". Read on the
normalized claims of one document, in text order:

1. **a stated rate**: "at a fixed rate of 8.5 kora to the euro", "the naira trades at about
   1,500 to the dollar": a figure of the currency (or, bare, after "<currency> trades at") then
   "to the" and a currency a table converts. The figure that states the rate is no amount of
   money and stays as it is.
2. **a stated equivalent**: a figure that no table converts, either money of a currency without
   a rate ("500 million naira") or a count of a noun no unit table knows ("412 billion dravos"),
   restated right after it, in brackets or after ", or", as money that is converted ("$1.1
   million"), over the same period. The restatement says the noun is money and gives its rate:
   here 1.1 million / 500 million dollars a naira.
3. **the article's rate**: every figure of that currency or noun in the document is converted
   at that rate, as money. When the article restates several figures and their rates disagree
   by more than ``AGREE`` (a rate from two rounded figures is itself rounded), no figure of that
   currency is converted (report less).

4. **the story's rate** (``figrecon.reconcile``, while it groups one story): a figure of that
   currency or noun in another article of the same story, which states no rate of its own, is
   converted at the rate the story's articles state (``rate_of``, ``agree``, ``converted``), so
   that "31 billion kora" in one outlet and "$2.9 billion" in another are one quantity when a
   third outlet gives the kora's rate.

The rate's interval follows the restatement's own ("about $96 billion") widened by the stated
precision of both figures, so that a converted figure is never more precise than the article's
own conversion. Each converted claim names the restatement it was converted by in its
``rate_note``, and records the rule ``STATED_RATE``.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Optional

from figrecon import currency
from figrecon.model import Claim, Normalized

#: the rule a claim converted at its article's rate records
STATED_RATE = "rate-stated-in-article"
#: the most two rates read off one article may differ, relative to the lower, and be one rate
AGREE = 0.15
#: what may stand between a figure and its restatement in another currency
_GAP = re.compile(r"\s*(?:\(|\[|,?\s*or(?:\s+the\s+equivalent\s+of)?)\s*(?:US|U\.S\.)?\s*", re.IGNORECASE)
_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def convert(claims: list[Claim], base: str = "USD") -> list[Claim]:
    """``claims`` (normalized into ``base`` money, of one document, in text order), each figure
    in a currency that no table converts given the rate the article states for it (see the
    module doc)."""
    rates: dict[tuple, list[tuple[float, float, float, str, str]]] = {}
    restated: set[int] = set()  # the figures restated in a converted currency
    stating = set()  # the figures that state a rate: "8.5 kora to the euro"
    for k, claim in enumerate(claims):
        found = _stated_rate(claim, base)
        if found is not None:
            key, rate = found
            rates.setdefault(key, []).append(rate)
            stating.add(k)
    for k, (before, after) in enumerate(zip(claims, claims[1:])):
        key = key_of(before)
        if key is None or not _is_converted_money(after) or not _restates(before, after):
            continue
        if (before.per or "") != (after.per or "") or not before.value or before.value < 0 \
                or after.normalized.value is None or after.normalized.value <= 0:
            continue  # a rate is of two positive sums over one period
        rates.setdefault(key, []).append(_rate(before, after))
        restated.add(k)
    agreed = {key: agree(found) for key, found in rates.items()}
    # a rate that rounds to nothing or to no number ("$5e-324" against 2) is no rate anyone stated
    agreed = {key: rate for key, rate in agreed.items() if rate is not None and 0 < rate[0] < math.inf}
    if not agreed:
        return claims
    nouns = {key[1] for key in agreed if key[0] == "count"}
    return [unnamed(converted(c, agreed[key]) if k not in stating and (key := key_of(c)) in agreed
                    and (k in restated or spends(c)) else c, nouns) for k, c in enumerate(claims)]


#: "to the euro", "per US dollar": what a figure that states a rate is counted against
_PER_CURRENCY = re.compile(r"\s*(?:to|per|for)\s+(?:the|one|a|an|each|every|1)\s+((?:[A-Z][A-Za-z.]*\s+)?[a-z]+)\b")
#: "the florin trades at": the currency a bare figure that states a rate is of, before it
_TRADES_AT = re.compile(r"\b(?:the\s+)?([A-Za-z]+)\s+(?:trades|traded|trading|is\s+trading|was\s+trading|"
                        r"stands|stood|is\s+worth|was\s+worth)(?:\s+at)?\s+$")


def _stated_rate(claim: Claim, base: str) -> Optional[tuple[tuple, tuple[float, float, float, str, str]]]:
    """(key, rate) when ``claim`` states an exchange rate: a figure of a currency no table
    converts, then "to the" a currency one does ("8.5 kora to the euro"); or a bare figure after
    "<currency> trades at" ("the florin trades at roughly 8.6 to the euro")."""
    if claim.value is None or claim.low is None or claim.high is None or not 0 < claim.low <= claim.value:
        return None  # a rate is a positive figure
    offset = claim.sentence_start
    m = _PER_CURRENCY.match(claim.sentence, claim.end - offset)
    if m is None:
        return None
    against = currency.lookup(m.group(1)) or currency.lookup(m.group(1).split()[-1])
    if against is None:
        return None
    key = key_of(claim)
    if key is None and claim.dimension == "count" and not claim.unit:
        before = _TRADES_AT.search(claim.sentence[:claim.start - offset])
        if before is not None:
            named = currency.lookup(before.group(1))
            key = ("count", _singular(before.group(1))) if named is None else ("currency", named.iso)
    if key is None or key == ("currency", against.iso) or key[0] == "currency" and currency.known(key[1]):
        return None
    conv = currency.conversion(against.iso, base, claim.date)
    if not conv.converted or not conv.rate:
        return None
    slack = _half_digit(claim)
    rate = conv.rate / claim.value
    quote = claim.sentence[claim.start - offset:m.end()]
    return key, (rate, min(conv.rate / claim.high, rate * (1 - slack)), max(conv.rate / claim.low, rate * (1 + slack)),
                 base, quote)


def spends(claim: Claim) -> bool:
    """Whether a figure of a noun a rate is known for is money where it stands: its sentence speaks
    of money ("cost", "paid", "budget", "million"; ``currency.money_context``), or it is money of
    a currency ("500 million naira"). "Ordered 2 million doses ($30 million)" prices the doses;
    "500,000 doses were given" still counts them."""
    return claim.dimension == "currency" or currency.money_context(claim.sentence)


def unnamed(claim: Claim, nouns: set[str]) -> Claim:
    """``claim`` with the money nouns ``nouns`` left out of its topic: "lirens" is what a figure
    is counted in, not what it measures ("the damage at 410 million lirens (about €38 million)":
    the €38 million measure the damage, as the lirens do)."""
    if not claim.topic:
        return claim
    parts = _parts_without(claim.topic, nouns)
    if claim.dimension == "currency" and claim.subject and not parts[0]:
        # "put the value of the paintings at 72 million sarvels": a count's topic was its noun, the
        # sarvels, first; as money it measures what its subject names, as "$9 million" would
        parts = _parts_without(claim.subject.split(",")[0], nouns)
    topic = ", ".join(p for p in parts if p)
    return claim if topic == claim.topic else replace(claim, topic=topic)


def _parts_without(phrase: str, nouns: set[str]) -> list[str]:
    """The comma-separated parts of ``phrase``, each without the words ``nouns`` holds (a part
    left empty stays, as "")."""
    return [" ".join(w for w in part.split() if w.lower().rstrip("s") not in nouns and w.lower() not in nouns).strip()
            for part in phrase.split(",")]


def key_of(claim: Claim) -> Optional[tuple]:
    """What a figure no table converts is counted in: ("currency", ISO) for money without a rate,
    ("count", noun) for a count of a noun; None for any other figure."""
    norm = claim.normalized
    if norm is None or claim.value is None:
        return None
    if claim.dimension == "currency" and not norm.converted and claim.currency:
        return ("currency", claim.currency.upper())
    if claim.dimension == "count" and claim.unit.partition(" per ")[0].isalpha():
        return ("count", _noun(claim))
    return None


def _noun(claim: Claim) -> str:
    """The noun a count counts, singular: "412 billion dravos" and "40 billion dravo" count
    "dravo", "3.8 million dravos per day" too."""
    return _singular(claim.unit.partition(" per ")[0])


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _is_converted_money(claim: Claim) -> bool:
    norm = claim.normalized
    return claim.dimension == "currency" and norm is not None and norm.converted and norm.value is not None


def _restates(before: Claim, after: Claim) -> bool:
    if before.sentence_start != after.sentence_start or before.end > after.start:
        return False
    offset = before.sentence_start
    return bool(_GAP.fullmatch(before.sentence[before.end - offset:after.start - offset]))


def _half_digit(claim: Claim) -> float:
    """Half a unit of the last stated digit of ``claim``'s figure, relative to it: 0.05 / 38 for
    "38" (a round figure: "38" may be 37.5 to 38.5), 0.05 / 2.6 for "2.60"."""
    m = _DIGITS.search(claim.surface)
    if m is None:
        return 0.0
    try:
        stated = float(m.group(0).replace(",", ""))
    except ValueError:
        return 0.0
    return (0.5 * 10 ** -len(m.group(1)) if m.group(1) else 0.5) / stated if stated else 0.0


def _rate(before: Claim, after: Claim) -> tuple[float, float, float, str, str]:
    """(rate, lowest, highest, base currency, the restatement's words): base-currency units per
    unit of ``before``'s currency, and the currency they were converted into."""
    norm = after.normalized
    rate = norm.value / before.value
    slack = _half_digit(before) + _half_digit(after)
    low = min(norm.low if norm.low is not None else norm.value, norm.value) / before.value
    high = max(norm.high if norm.high is not None else norm.value, norm.value) / before.value
    start = before.start - before.sentence_start
    quote = before.sentence[start:after.end - after.sentence_start]
    if quote.count("(") > quote.count(")"):
        quote += ")"
    return rate, min(low, rate * (1 - slack)), max(high, rate * (1 + slack)), norm.unit.partition("/")[0], quote


def agree(found: list[tuple[float, float, float, str, str]]) -> Optional[tuple[float, float, float, str, str]]:
    """One rate from the article's restatements: their mean, spanning all of their intervals,
    or None when two of them differ by more than ``AGREE``."""
    values = [r for r, *_ in found]
    units = {u for *_, u, _ in found}
    if max(values) > min(values) * (1 + AGREE) or len(units) != 1:
        return None
    return (sum(values) / len(values), min(f[1] for f in found), max(f[2] for f in found),
            units.pop(), "; ".join(f[4] for f in found))


def rate_of(claim: Claim) -> Optional[tuple[tuple, tuple[float, float, float, str, str]]]:
    """(``key_of`` the claim had, its rate as ``agree`` gives one) for a claim that ``convert``
    converted at its article's rate; None for any other claim."""
    norm = claim.normalized
    if STATED_RATE not in claim.rules or norm is None or not norm.rate or claim.value is None:
        return None
    key = ("currency", claim.currency.upper()) if claim.currency else ("count", _noun(claim))
    low = norm.low / claim.low if norm.low is not None and claim.low else norm.rate
    high = norm.high / claim.high if norm.high is not None and claim.high else norm.rate
    quotes = (norm.rate_note or "").split(": ", 1)[-1]
    return key, (norm.rate, low, high, norm.unit.partition("/")[0], quotes)


#: whose words a rate came from, by whether another article of the story stated it
_WHOSE = {False: "the article", True: "another article of the story"}


def converted(claim: Claim, agreed: tuple[float, float, float, str, str], elsewhere: bool = False) -> Claim:
    """``claim`` as money at the rate ``agreed`` (``agree``); ``elsewhere``: a rate that another
    article of the claim's story states."""
    rate, low_rate, high_rate, base, quotes = agreed
    # "losing 3.8 million dravos a day": USD/day
    period = claim.per or claim.unit.partition(" per ")[2] or claim.normalized.unit.partition("/")[2]
    normalized = Normalized(claim.value * rate,
                            claim.low * low_rate if claim.low is not None else None,
                            claim.high * high_rate if claim.high is not None else None,
                            f"{base}/{period}" if period else base, rate=rate, rate_date=claim.date,
                            rate_note=f"at the rate {_WHOSE[elsewhere]} states: {quotes}", converted=True)
    return replace(claim, dimension="currency", normalized=normalized,
                   rules=(*claim.rules, STATED_RATE))
