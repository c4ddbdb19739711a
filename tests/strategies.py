"""Hypothesis strategies for news-like text, built from a small grammar.

A text is a run of clauses; a clause mixes filler words with quantities, and a quantity is
a number in one of its written forms, with an optional qualifier, magnitude, currency or unit,
or a range or fraction of them. Around them go the odd bits real input holds: Unicode digits and
spaces, punctuation and brackets, very long tokens, and the same phrase repeated many times.

Used by ``tests/test_fuzz.py`` (a bounded run in CI) and ``benchmarks/fuzz.py`` (50,000 cases
with a fixed seed). The vocabulary is written here for the fuzzer, not taken from any dev set.
"""
from __future__ import annotations

from hypothesis import strategies as st

DIGITS = "0123456789"
#: other decimal digits a number may be written in: Arabic-Indic, Devanagari, full-width
OTHER_DIGITS = ["\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
                "\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f",
                "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19"]
SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
VULGAR = "\u00bd\u00bc\u00be\u2153\u2154\u2155\u215b"
#: spaces, including the no-break and thin spaces used inside numbers
SPACES = [" ", " ", " ", "\u00a0", "\u202f", "\u2009", "\u3000", "\t", "\n", "  "]
PUNCTUATION = list(".,;:!?-\u2013\u2014/()[]\"'\u201c\u201d\u2018\u2019%*^\u00d7+=&#@")

WORD_NUMBERS = ["zero", "one", "two", "three", "five", "seven", "eleven", "twelve", "fifteen",
                "twenty", "thirty-one", "forty", "ninety-nine", "a hundred", "three hundred",
                "a dozen", "dozens", "hundreds", "thousands", "half", "a third", "a quarter",
                "two-thirds", "one and a half", "a couple", "several", "first", "second", "tenth"]
MAGNITUDES = ["thousand", "million", "billion", "trillion", "k", "K", "m", "mn", "M", "bn", "b",
              "B", "tn", "crore", "lakh", "lakh crore", "hundred", "dozen", "millions", "billions"]
CURRENCY_BEFORE = ["$", "US$", "\u20ac", "\u00a3", "\u00a5", "\u20b9", "C$", "A$", "HK$", "R", "Rs",
                   "USD ", "EUR ", "GBP ", "CHF ", "kr ", "\u20bd"]
CURRENCY_AFTER = ["dollars", "dollar", "euros", "euro", "pounds", "yen", "yuan", "rupees", "krone",
                  "kroner", "francs", "cents", "pence", "USD", "EUR", "bitcoin", "rubles", "won"]
UNITS = ["km", "kilometres", "miles", "mi", "m", "metres", "feet", "ft", "inches", "kg",
         "kilograms", "tonnes", "tons", "lb", "%", "percent", "per cent", "percentage points",
         "hours", "hrs", "minutes", "days", "weeks", "months", "years", "year-old", "years old",
         "\u00b0C", "\u00b0F", "degrees", "mph", "km/h", "kph", "acres", "hectares", "sq km",
         "square miles", "litres", "gallons", "barrels", "hp", "kW", "MW", "GW", "kWh", "MB",
         "GB", "people", "soldiers", "homes", "cases", "votes", "points", "times"]
QUALIFIERS = ["about", "around", "roughly", "nearly", "almost", "some", "more than", "over",
              "at least", "up to", "fewer than", "less than", "under", "at most", "just over",
              "an estimated", "approximately", "~", "<", ">", "\u2264", "\u2265", "+", "-", "\u2212",
              "minus", "negative", "up", "down", "rose", "fell by", "increased by", "a further"]
RANGE_LINKS = ["-", "\u2013", " to ", " and ", "/", " or ", "\u2014", "..", " - ", " through "]
PER = ["a month", "per year", "a day", "per hour", "an hour", "/month", "per capita", "each", "a head"]
FILLER = ["the", "officials", "said", "on", "Monday", "quake", "killed", "in", "Van", "Turkey",
          "government", "reported", "budget", "of", "and", "was", "were", "a", "an", "its",
          "according", "to", "Reuters", "police", "spent", "earned", "costs", "March", "2022",
          "No.", "Mr.", "U.S.", "vs", "Inc.", "e.g.", "p.m.", "Fig.", "COVID-19", "G7", "3D",
          "F-16", "A4", "MP3", "B52", "Windows10", "iPhone", "year", "week", "sent", "between"]


def _digits_in(alphabet: str, min_size: int = 1, max_size: int = 6):
    return st.text(alphabet=alphabet, min_size=min_size, max_size=max_size)


@st.composite
def digit_number(draw) -> str:
    """A number in figures: grouped, decimal, European style, leading zeros, huge, other scripts."""
    form = draw(st.integers(0, 11))
    if form == 0:
        return draw(_digits_in(DIGITS))
    if form == 1:  # "1,234,567" or "1 234 567" with any group separator
        separator = draw(st.sampled_from([",", ".", " ", "\u00a0", "\u202f", "'", "\u2009"]))
        groups = draw(st.lists(_digits_in(DIGITS, 3, 3), min_size=1, max_size=4))
        return draw(_digits_in(DIGITS, 1, 3)) + "".join(separator + g for g in groups)
    if form == 2:  # decimals, both marks
        mark = draw(st.sampled_from([".", ","]))
        return draw(_digits_in(DIGITS, 0, 5)) + mark + draw(_digits_in(DIGITS, 1, 4))
    if form == 3:  # "1.000,50"
        return (draw(_digits_in(DIGITS, 1, 3)) + "." + draw(_digits_in(DIGITS, 3, 3)) + ","
                + draw(_digits_in(DIGITS, 2, 2)))
    if form == 4:  # another script's digits, or a mix with ASCII ones
        alphabet = draw(st.sampled_from(OTHER_DIGITS))
        return draw(_digits_in(alphabet + draw(st.sampled_from(["", DIGITS])), 1, 6))
    if form == 5:  # a huge number: past a float's range
        return draw(_digits_in(DIGITS, 20, 400))
    if form == 6:  # scientific notation
        return (draw(_digits_in(DIGITS, 1, 3)) + draw(st.sampled_from(["\u00d710^", "x10^", " x 10^", "e", "E", "\u00d710"]))
                + draw(st.sampled_from(["", "-", "\u2212", "+"])) + draw(_digits_in(DIGITS + SUPERSCRIPTS, 1, 4)))
    if form == 7:  # superscripts and digits glued to letters
        return draw(_digits_in(DIGITS, 1, 3)) + draw(_digits_in(SUPERSCRIPTS + "abcmkMBst", 1, 3))
    if form == 8:  # ordinals and suffixes
        return draw(_digits_in(DIGITS, 1, 4)) + draw(st.sampled_from(["st", "nd", "rd", "th", "s", "'s", "x", "+"]))
    if form == 9:
        return draw(st.sampled_from(["0", "00", "0.0", ".5", "5.", "0,5", "1e308", "1e-400", "9" * 309]))
    if form == 10:  # a date or a time, which is not a quantity
        return (draw(_digits_in(DIGITS, 1, 4)) + draw(st.sampled_from(["/", ":", "-", "."]))
                + draw(_digits_in(DIGITS, 1, 2)) + draw(st.sampled_from(["", "/2020", ":00", "-03"])))
    return draw(_digits_in(DIGITS + ",.", 1, 12))


@st.composite
def fraction(draw) -> str:
    """"1/2", "3 ½", "1⁄32", "²/³", "２/³", a half written out."""
    form = draw(st.integers(0, 3))
    if form == 0:
        slash = draw(st.sampled_from(["/", "\u2044", " / "]))
        numerals = DIGITS + SUPERSCRIPTS + OTHER_DIGITS[2]
        return draw(_digits_in(numerals, 1, 3)) + slash + draw(_digits_in(numerals, 1, 4))
    if form == 1:
        return draw(_digits_in(DIGITS, 0, 2)) + draw(st.sampled_from(["", " "])) + draw(st.sampled_from(VULGAR))
    if form == 2:
        return draw(st.sampled_from(["half", "a half", "three-quarters", "two and a half", "one-fifth"]))
    return draw(_digits_in(DIGITS, 1, 2)) + " and " + draw(_digits_in(DIGITS, 1, 2)) + "/" + draw(_digits_in(DIGITS, 1, 2))


number = st.one_of(digit_number(), st.sampled_from(WORD_NUMBERS), fraction())


@st.composite
def quantity(draw) -> str:
    """A number with what may go around it: qualifier, sign, currency, magnitude, unit, period."""
    parts = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(QUALIFIERS)) + draw(st.sampled_from([" ", ""])))
    currency_first = draw(st.integers(0, 3)) == 0
    if currency_first:
        parts.append(draw(st.sampled_from(CURRENCY_BEFORE)))
    parts.append(draw(number))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["", " "])) + draw(st.sampled_from(MAGNITUDES)))
    tail = draw(st.integers(0, 3))
    if tail == 1:
        parts.append(draw(st.sampled_from(["", " "])) + draw(st.sampled_from(UNITS)))
    elif tail == 2 and not currency_first:
        parts.append(" " + draw(st.sampled_from(CURRENCY_AFTER)))
    if draw(st.integers(0, 4)) == 0:
        parts.append(" " + draw(st.sampled_from(PER)))
    return "".join(parts)


@st.composite
def range_of(draw) -> str:
    """"5-10 km", "between $3 and $4 million", "5 to 10", "-3 to -1"."""
    first, second = draw(quantity()), draw(quantity())
    if draw(st.booleans()):
        return "between " + first + " and " + second
    return first + draw(st.sampled_from(RANGE_LINKS)) + second


def _repeated(element):
    return st.tuples(element, st.integers(2, 30), st.sampled_from([" ", ", ", "; ", "\n", " and ", ""])).map(
        lambda t: t[2].join([t[0]] * t[1]))


token = st.one_of(
    st.sampled_from(FILLER),
    quantity(),
    range_of(),
    st.sampled_from(PUNCTUATION),
    st.text(min_size=1, max_size=3),  # anything at all: controls, surrogates excepted, emoji
    st.tuples(st.sampled_from(["x", "9", "5 km ", "a", "\u00a0", "-", "."]), st.integers(50, 1200)).map(
        lambda t: t[0] * t[1]),  # long tokens
)


@st.composite
def news_text(draw, max_tokens: int = 30) -> str:
    """A news-like text: tokens joined by spaces of every kind, sometimes repeated many times."""
    tokens = draw(st.lists(st.one_of(token, _repeated(quantity())), min_size=1, max_size=max_tokens))
    out = []
    for item in tokens:
        out.append(item)
        out.append(draw(st.sampled_from(SPACES)))
    text = "".join(out)
    if draw(st.integers(0, 9)) == 0:
        text = "\n\n".join([text] * draw(st.integers(2, 5)))
    return text
