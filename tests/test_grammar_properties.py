"""Properties of the number grammar over generated text.

- Formatting a figure (a number, a multiplier in any written form, a currency or unit, a
  qualifier) and scanning it back gives the same value and the same unit family.
- The scanner never raises, and never returns a value that is not finite, on any text.
"""
from __future__ import annotations

import math

from hypothesis import given, settings, strategies as st

from figrecon.numbers import Scanner, scan

# (written form, factor, needs a currency before it): every way the news writes a multiplier
MAGNITUDES = [
    ("", 1, False), (" thousand", 1e3, False), (" million", 1e6, False), (" billion", 1e9, False),
    (" trillion", 1e12, False), ("bn", 1e9, False), (" bn", 1e9, False), ("mn", 1e6, False),
    (" mln", 1e6, False), ("tn", 1e12, False), (" lakh", 1e5, False), (" crore", 1e7, False),
    ("m", 1e6, True), ("k", 1e3, True), ("-billion", 1e9, True), ("-million", 1e6, True),
    ("M", 1e6, False), ("B", 1e9, False), ("T", 1e12, True),
]
# (before, after, family): the family is an ISO code, a dimension, or "count"
MEASURES = [
    ("$", "", "USD"), ("£", "", "GBP"), ("€", "", "EUR"), ("US$", "", "USD"), ("HK$", "", "HKD"),
    ("", " euros", "EUR"), ("", " dollars", "USD"), ("", " yen", "JPY"),
    ("", " km", "length"), ("", " tonnes", "mass"), ("", " miles", "length"), ("", " people", "count"),
]
QUALIFIERS = ["", "about ", "more than ", "up to ", "nearly ", "at least "]


def _family(mention) -> str:
    return mention.currency or (mention.dimension if mention.unit else "count")


@st.composite
def figures(draw):
    whole = draw(st.integers(min_value=1, max_value=999))
    decimals = draw(st.sampled_from(["", ".5", ".25", ".75", ".1"]))
    magnitude, factor, needs_currency = draw(st.sampled_from(MAGNITUDES))
    measures = [m for m in MEASURES if m[0]] if needs_currency else MEASURES
    if magnitude.startswith("-") or magnitude in ("M", "B"):
        measures = [m for m in measures if m[0]]  # "$143-billion"; "5M" reads alone only before money or a noun
    before, after, family = draw(st.sampled_from(measures))
    qualifier = draw(st.sampled_from(QUALIFIERS))
    number = f"{whole}{decimals}"
    text = f"Officials said {qualifier}{before}{number}{magnitude}{after} were involved."
    return text, float(number) * factor, family


@given(figures())
def test_a_formatted_figure_scans_back_to_its_value_and_unit_family(figure):
    text, value, family = figure
    found = scan(text)
    assert len(found) == 1, (text, found)
    mention = found[0]
    assert math.isclose(mention.value, value, rel_tol=1e-9), (text, mention)
    assert _family(mention) == family, (text, mention)


NUMERIC = st.text(alphabet="0123456789.,/-–$£€¥ kmbtKMBT½²³x^e%°()onethrdquaiflvsgwy", max_size=40)


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=60), NUMERIC))
def test_the_scanner_never_raises_nor_gives_a_value_that_is_not_finite(text):
    scanner = Scanner(text)
    for mention in scanner.scan():
        for x in (mention.value, mention.low, mention.high):
            assert x is None or math.isfinite(x), (text, mention)
        assert 0 <= mention.start < mention.end <= len(text)


# a list of bare figures ended by a measure: each member shares its multiplier and its unit
LIST_MAGNITUDES = [(" thousand", 1e3), (" million", 1e6), (" billion", 1e9), ("bn", 1e9), (" crore", 1e7)]
LIST_MEASURES = [("$", "", "USD"), ("€", "", "EUR"), ("", " euros", "EUR"), ("", " tonnes", "mass"), ("", " people", "count")]


@st.composite
def lists(draw):
    members = draw(st.lists(st.integers(min_value=1, max_value=20), min_size=2, max_size=4))
    magnitude, factor = draw(st.sampled_from(LIST_MAGNITUDES))
    before, after, family = draw(st.sampled_from(LIST_MEASURES))
    repeat = bool(before) and draw(st.booleans())  # "$1, $2 and $3 billion" or "$1, 2 and 3 billion"
    joiner = draw(st.sampled_from([" and ", " or "]))
    heads = [f"{before if k == 0 or repeat else ''}{m}" for k, m in enumerate(members)]
    written = ", ".join(heads[:-1]) + joiner + heads[-1] + magnitude + after
    return f"Officials put it at {written} this year.", [m * factor for m in members], family


@given(lists())
def test_a_list_shares_the_multiplier_and_unit_of_its_last_member(case):
    text, values, family = case
    found = scan(text)
    assert [m.value for m in found] == values, (text, found)
    assert {_family(m) for m in found} == {family}, (text, found)


@given(figures())
def test_a_sign_before_a_currency_makes_the_sum_negative(figure):
    text, value, family = figure
    sign = text.index("said ") + len("said ")
    lead = text[sign:].split()[0]
    if family not in ("USD", "GBP", "EUR", "HKD") or not lead[:1] in "$£€UH":
        return  # only sums written with the currency first: "-$5 million", "-HK$3bn"
    found = scan(text[:sign] + "-" + text[sign:])
    assert len(found) == 1 and math.isclose(found[0].value, -value, rel_tol=1e-9), (text, found)
