"""Which product or model a figure describes, read from its article's sentences.

A launch story gives the figures of several products side by side: "the Pane 5 tablet, which
starts at $799, and the Tempo 2 smartwatch, priced at $349". Two figures of two products are two
quantities, however alike their words ("price", "screen", "battery"). This module names the
product of each claim of one article; ``reconcile`` keeps figures of two products apart.

A product is a capitalised name with a model designator (lexicon/products.json):
- a number or letters and digits, when the article writes that model at least twice or writes
  the name with two designators ("Pane 5" and "Pane 4"): "Pane 5", "Galaxy S9";
- a tier word: "MacBook Air", "Pixel 8 Pro";
- an older-model word before a name the article gives a model of: "the first Tempo".

A claim's product is, in order:
1. one named right after it ("the $649 Vela 6") or after it behind a preposition: "24 hours on
   the first Tempo", "£629 for its new Pane 5";
2. the nearest one named before it in its sentence that is not itself behind a preposition
   ("The Pane 5 has ... than the screen on the Pane 4, and runs for 14 hours": the Pane 5);
3. the first one named after it in its sentence ("At $799, the Pane 5 is ...");
4. the one a noun of its sentence names: "the tablet" after "the Pane 5 tablet";
5. the one the sentence before was about (the first it names not behind a preposition), when
   its sentence opens by pointing back ("It weighs 510 grams", "The device ...").
A claim with none of these names no product, and may go with any. A title in quotes
("The Salt Orchard", a film) is read as a product too: the winner's nine
prizes and the rival's two are two films' figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

from figrecon import lexicon

_TABLE = lexicon.table("products")
_TIERS = tuple(_TABLE["tiers"])
_OLDER = frozenset(_TABLE["older_words"])
_NOT_PRODUCTS = frozenset(_TABLE["not_products"]) | frozenset(lexicon.month_names()) | frozenset(lexicon.weekday_names())
_GENERIC = frozenset(_TABLE["generic_nouns"])
_BACK_PRONOUNS = frozenset(_TABLE["back_pronouns"])

_TIER = "|".join(_TIERS)
#: a name and its designators: "Pane 5", "Galaxy S9", "MacBook Air", "Pixel 8 Pro", with an
#: older-model word before it ("first Tempo" is read through ``_OLDER_NAME``). A designator is not
#: a figure's start ("5-4", "5.9", "31, Ironclads 24") and no capitalised word continues the name
#: after it ("Air Force").
_PRODUCT = re.compile(
    r"(?<![\w'’-])(?P<base>[a-z]?[A-Z][A-Za-z]*)"
    r"(?P<des>(?:\s+(?:\d{1,3}[a-z]?|[A-Z]{1,2}\d{1,4}[a-z]?|(?:" + _TIER + r")))+)"
    r"(?![\w.:/-]*\d)(?![,.]\d)(?!,\s+[A-Z]\w*\s+\d)(?!\s+[A-Z])(?![\w-])")
_OLDER_WORDS = "|".join(re.escape(w) for w in sorted(_OLDER, key=len, reverse=True))
_OLDER_NAME = re.compile(r"\b(?P<older>" + _OLDER_WORDS + r")\s+(?P<base>[a-z]?[A-Z][A-Za-z]*)\b(?!\s+\d)")
#: an older-model word right before a product's name: "last year's Arc 13", "the outgoing Arc 13"
_OLDER_BEFORE = re.compile(r"\b(?:" + _OLDER_WORDS + r")\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
#: a product behind a preposition: "on the Pane 4", "than the Pane 4", "for its new Pane 5"
_BEHIND_PREPOSITION = re.compile(r"\b(?:on|of|for|from|than|to|over|with|in)\s+(?:(?:the|its|a|an|their|his|her)\s+)?"
                                 r"(?:[a-z]+\s+)?$", re.IGNORECASE)
#: words between a figure and a product named after it behind a preposition
_AFTER_FIGURE = re.compile(r"^[^,;:.!?()]{0,40}?\b(?:on|of|for|from|in)\s+(?:(?:the|its|a|an|their)\s+)?(?:[a-z]+\s+)?$",
                           re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
#: a title in double quotes, one to six words: "The Salt Orchard" (a film, a book, a show)
_TITLE = re.compile(r"[\"“]([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5})[\"”]")
#: small words a title keeps in lower case: "Gone with the Wind"
_TITLE_SMALL = frozenset(_TABLE["title_small_words"])
_AFTER_A_FIGURE = re.compile(r"\d[,;]\s+$")  # "Hawks 31, Owls 24"; not "the $649 Vela 6"
_CLAUSE_END = re.compile(r"[,;:]")
#: a relative clause right after a product, which the figure after it is in: "..., which took 11"
_RELATIVE_AFTER = re.compile(r"[\"”’']?\s*,\s+(?:which|who|that)\b")
#: a noun a product is set beside: "a new flagship phone, the Nova 5"
_APPOSED = re.compile(r"\b([a-z]+),\s+the\s+$")
#: what stands between a figure and its conversion: "$899, or about £715", "€1,200 (about $1,300"
_CONVERTS = re.compile(r"\W{0,3}(?:or\s+)?(?:(?:about|around|roughly|some|nearly|approximately|almost)\s+)?\W{0,2}$",
                       re.IGNORECASE)
#: a sentence that opens by pointing back at the product before: "It weighs", "Its battery",
#: "The device", "The base model"
_OPENING = re.compile(r"^\W*(?P<first>[A-Za-z]+)(?:\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+))?")


@dataclass(frozen=True)
class Named:
    """A product named in a sentence: its identity ("pane 5", "tempo (older)"), its offsets in
    the sentence, whether it stands behind a preposition, and the noun that calls it: the one
    after it ("the Pane 5 tablet") or the one it is set beside ("a new phone, the Nova 5")."""

    product: str
    start: int
    end: int
    behind_preposition: bool
    noun: str


def _candidates(sentence: str) -> list[tuple[str, str, bool, int, int]]:
    """(base, designators, tiered, start, end) of every name with a designator in ``sentence``,
    and of every title in quotes ("The Salt Orchard", with no designators)."""
    out = []
    for m in _TITLE.finditer(sentence):
        words = m.group(1).split()
        if all(w[:1].isupper() or w in _TITLE_SMALL for w in words) and words[0][:1].isupper():
            out.append((" ".join(w.lower() for w in words), "", False, m.start(), m.end()))
    for m in _PRODUCT.finditer(sentence):
        base, des = m.group("base"), m.group("des").split()
        if base.lower() in _NOT_PRODUCTS or base in _TIERS or _AFTER_A_FIGURE.search(sentence, 0, m.start()):
            continue  # "Hawks 31, Owls 24": the second team of a score
        tiered = any(d in _TIERS for d in des)
        out.append((base.lower(), " ".join(d.lower() for d in des), tiered, m.start(), m.end()))
    return out


def products_in(sentences: Sequence[str]) -> frozenset[str]:
    """The products an article's ``sentences`` name (see the module's rules): "pane 5" when it
    is written twice, or beside "Pane 4"; "macbook air" and a title in quotes once."""
    seen: dict[str, int] = {}
    designators: dict[str, set] = {}
    tiered = set()
    for sentence in sentences:
        for base, des, has_tier, _, _ in _candidates(sentence):
            name = f"{base} {des}".strip()
            seen[name] = seen.get(name, 0) + (1 if des else 2)  # a title in quotes is one when written once
            designators.setdefault(base, set()).add(des)
            if has_tier:
                tiered.add(name)
    return frozenset(n for n, count in seen.items()
                     if count >= 2 or n in tiered or n in designators and len(designators[n]) >= 2
                     or len(designators.get(n.split(" ", 1)[0], ())) >= 2)


def named_in(sentence: str, products: frozenset[str]) -> tuple[Named, ...]:
    """The products of ``products`` that ``sentence`` names, in order, with an older model of
    one of their names ("the first Tempo")."""
    bases = {p.split(" ", 1)[0] for p in products}
    found = []
    for base, des, _, start, end in _candidates(sentence):
        if f"{base} {des}".strip() in products:
            older = bool(des) and _OLDER_BEFORE.search(sentence[:start]) is not None
            found.append((f"{base} {des}".strip() + (" (older)" if older else ""), start, end))
    for m in _OLDER_NAME.finditer(sentence):
        if m.group("base").lower() in bases:
            found.append((f"{m.group('base').lower()} (older)", m.start(), m.end()))
    out = []
    for product, start, end in sorted(found, key=lambda f: f[1]):
        noun = _WORD.match(sentence, end + 1) if end < len(sentence) and sentence[end:end + 1] == " " else None
        noun = noun.group(0) if noun and noun.group(0).islower() else ""
        apposed = _APPOSED.search(sentence, 0, start)  # "a new flagship phone, the Nova 5"
        out.append(Named(product, start, end, bool(_BEHIND_PREPOSITION.search(sentence[:start])),
                         noun or (apposed.group(1) if apposed else "")))
    return tuple(out)


def categories(named: Sequence[Named]) -> dict[str, str]:
    """The noun each product is called by ("tablet" for "the Pane 5 tablet"), when that noun is
    only one product's."""
    by_noun: dict[str, set] = {}
    for n in named:
        if n.noun and n.noun not in _GENERIC:
            by_noun.setdefault(n.noun, set()).add(n.product)
    return {noun: next(iter(ps)) for noun, ps in by_noun.items() if len(ps) == 1}


def _by_category(sentence: str, start: int, end: int, nouns: dict[str, str], tiers: dict[str, str]) -> str:
    """The product a definite noun of the sentence names: "the tablet" after "the Pane 5
    tablet", "the watch" for a "smartwatch", "the Pro" for the one model with that tier; the
    nearest before the figure, else the first after."""
    hits = []
    for m in _DEFINITE.finditer(sentence):
        word = m.group("noun")
        if word in tiers:
            hits.append((m.start(), tiers[word]))
            continue
        word = word.lower()
        for noun, product in nouns.items():
            if word == noun or len(word) >= 4 and noun.endswith(word):
                hits.append((m.start(), product))
    before = [p for at, p in hits if at < start]
    after = [p for at, p in hits if at >= end]
    return before[-1] if before else (after[0] if after else "")


#: a noun with a definite determiner: "the tablet", "its new watch", "the Pro"
_DEFINITE = re.compile(r"\b(?:the|its|this)\s+(?:new\s+)?(?P<noun>[A-Za-z]+)\b(?!\s+\d)", re.IGNORECASE)
#: what may stand between a figure that opens a sentence's first phrase and the product after
#: the comma that ends it: "At $799, the Pane 5 is ..."
_OPENING_PHRASE = re.compile(r"^[^,;:.!?()]*,\s+(?:(?:the|its)\s+)?(?:new\s+)?$", re.IGNORECASE)


def tier_names(products: frozenset[str]) -> dict[str, str]:
    """The tier word each product alone has: {"Pro": "aria 7 pro"} ("the Pro costs $999")."""
    by_tier: dict[str, set] = {}
    for p in products:
        for word in p.split()[1:]:
            tier = next((t for t in _TIERS if t.lower() == word), None)
            if tier is not None:
                by_tier.setdefault(tier, set()).add(p)
    return {t: next(iter(ps)) for t, ps in by_tier.items() if len(ps) == 1}


def product_at(sentence: str, start: int, end: int, named: Sequence[Named], nouns: dict[str, str],
               tiers: dict[str, str] = {}, alike: Sequence[tuple[int, int]] = ()) -> str:  # noqa: B006 - read only
    """The product a figure at [start, end) of ``sentence`` describes by rules 1-4 of the
    module, or "". ``alike``: the spans of the sentence's other figures of the same dimension and unit;
    a product with one of them between it and the figure is that figure's, not this one's
    ("Its Max starts at $1,299, while the basic model costs $799")."""
    own = [n for n in named if n.end <= start or n.start >= end]  # a designator is no figure's product

    def clear(a: int, b: int) -> bool:  # a figure this one converts ("$899, or about £715") is no other's
        return not any(a <= x and y <= b and not _CONVERTS.match(sentence, y, start) for x, y in alike)

    for n in own:
        if n.start >= end and (not sentence[end:n.start].strip() or _AFTER_FIGURE.match(sentence[end:n.start])) \
                and clear(end, n.start):
            return n.product  # "$649 Vela 6", "24 hours on the first Tempo"
    before = [n for n in own if n.end <= start and clear(n.end, start)]
    for n in reversed(before):  # "second only to "Iron Weather", which took 11": the relative clause's
        if _RELATIVE_AFTER.match(sentence, n.end):
            return n.product
    for n in reversed(before):  # one behind a preposition when no clause ends between
        if not n.behind_preposition or not _CLAUSE_END.search(sentence[n.end:start]):
            return n.product
    if before:
        return before[0].product
    after = [n for n in own if n.start >= end and not n.behind_preposition
             and _OPENING_PHRASE.match(sentence[end:n.start])]
    if after:
        return after[0].product
    return _by_category(sentence, start, end, nouns, tiers)


def points_back(sentence: str) -> bool:
    """Whether ``sentence`` opens by pointing back at the product before it: "It weighs",
    "Its battery", "The device", "The base model"."""
    m = _OPENING.match(sentence)
    if m is None:
        return False
    first = m.group("first").lower()
    if first in _BACK_PRONOUNS:
        return True
    noun = (m.group("noun") or "").lower()
    return first in ("the", "this") and noun in _GENERIC


def of_claims(claims: Sequence) -> list[str]:
    """The product of each of one article's ``claims`` (in document order; each with
    ``sentence``, ``sentence_start``, ``start`` and ``end``), or "" where none is read."""
    sentences = list(dict.fromkeys(c.sentence for c in claims))
    products = products_in(sentences)
    if not products:
        return [""] * len(claims)
    named = {s: named_in(s, products) for s in sentences}
    nouns = categories([n for s in sentences for n in named[s]])
    tiers = tier_names(products)
    spans: dict[int, list] = {}  # a sentence's figures: ((dimension, unit), start, end) in the sentence
    for c in claims:
        spans.setdefault(c.sentence_start, []).append(((c.dimension, c.unit), c.start - c.sentence_start,
                                                       c.end - c.sentence_start))
    out = []
    previous: Optional[tuple[int, str]] = None  # (end of the sentence before, its product)
    current: Optional[tuple[int, int, str, str]] = None  # (start, end, its product, the one it carries)
    for c in claims:
        if current is None or current[0] != c.sentence_start:
            if current is not None:
                previous = (current[1], current[2])
            subject = next((n.product for n in named[c.sentence] if not n.behind_preposition), "") \
                or _by_category(c.sentence, len(c.sentence), len(c.sentence), nouns, tiers)
            carried = ""
            if not subject and previous is not None and 0 <= c.sentence_start - previous[0] <= 3 \
                    and points_back(c.sentence):
                subject = carried = previous[1]
            current = (c.sentence_start, c.sentence_start + len(c.sentence), subject, carried)
        at = c.start - c.sentence_start
        alike = [(x, y) for d, x, y in spans[c.sentence_start] if d == (c.dimension, c.unit) and x != at]
        product = product_at(c.sentence, at, at + (c.end - c.start), named[c.sentence], nouns, tiers, alike)
        out.append(product or current[3])
    return out
