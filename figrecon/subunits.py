"""A money sub-unit's currency, read from the article that leaves it unsaid.

"Quorvane lost $212 million, or 61 cents a share": a cent is a hundredth of many currencies (the
US, Canadian and Australian dollars, the euro ...), so the scanner leaves "61 cents" with no
currency (``Claim.currency`` None) and normalization cannot set it against "$0.61 a share". This
stage, run on the claims of one document in text order, gives such a claim the currency the
article itself names, by the first reading that applies:

1. **the only one**: the sub-unit is one currency's alone (``lexicon/currencies.json``
   ``subunit_parents``): "pence" are sterling's, whatever else the article names.
2. **the sentence's**: the money figures of its sentence that name a currency all name one, and
   it has this sub-unit: in "$212 million, or 61 cents a share" the cents are US cents.
3. **the article's**: the sentence names no currency, and every money figure of the article that
   names one names that one.

Otherwise the claim stays as it was (report less): "61 cents" in an article that gives dollars
and euros is no dollar figure. A settled claim records the rule that settled it (``--explain``);
``figrecon.normalize`` then converts it at its sub-unit's worth (``currency.subunit_scale``).

Example: in "It lost $212 million, or 61 cents a share." the "61 cents a share" becomes a USD
claim, normalized to $0.61 a share.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from figrecon import currency
from figrecon import lexicon as L
from figrecon.model import Claim

#: the rules a settled claim records, by the reading that settled it
SENTENCE_CURRENCY = "subunit-currency-from-sentence"
ARTICLE_CURRENCY = "subunit-currency-from-article"
ONLY_CURRENCY = "subunit-currency-only-one"

#: a sub-unit's singular -> the ISO codes of the currencies it is a part of
_PARENTS: dict[str, frozenset] = {k: frozenset(v) for k, v in L.table("currencies")["subunit_parents"].items()}


def settle(claims: list[Claim]) -> list[Claim]:
    """``claims`` of one document, in text order, each money sub-unit with no currency given the
    one its sentence or article names (see the module doc)."""
    if not any(_loose(c) for c in claims):
        return claims
    article = {c.currency for c in claims if c.dimension == "currency" and c.currency}
    by_sentence: dict[int, set] = {}
    for c in claims:
        if c.dimension == "currency" and c.currency:
            by_sentence.setdefault(c.sentence_start, set()).add(c.currency)
    out = list(claims)
    for k, claim in enumerate(claims):
        singular = _loose(claim)
        if not singular:
            continue
        parents = _PARENTS.get(singular, frozenset())
        if len(parents) == 1:
            iso, rule = next(iter(parents)), ONLY_CURRENCY  # pence are sterling's, whatever else is named
        else:
            iso, rule = _one(by_sentence.get(claim.sentence_start, set()), parents), SENTENCE_CURRENCY
            if iso is None and not by_sentence.get(claim.sentence_start):
                iso, rule = _one(article, parents), ARTICLE_CURRENCY
        if iso is not None:
            out[k] = replace(claim, currency=iso, rules=(*claim.rules, rule))
    return out


def _loose(claim: Claim) -> Optional[str]:
    """The singular of a money claim's sub-unit when it names no currency, else None."""
    if claim.dimension != "currency" or claim.currency:
        return None
    return currency.subunit(claim.unit.partition(" per ")[0])


def _one(named: set, parents: frozenset) -> Optional[str]:
    """The one currency ``named`` holds, when it is one of ``parents``; None otherwise."""
    return next(iter(named)) if len(named) == 1 and named <= parents else None
