"""Properties of the number grammar over generated text.

- Formatting a figure (a number, a multiplier in any written form, a currency or unit, a
  qualifier) and scanning it back gives the same value and the same unit family.
- The scanner never raises, and never returns a value that is not finite, on any text.
- A range of two sums sharing one multiplier gives both ends that multiplier, or (descending) no
  figure; a fraction of a percent is one figure, the product; a number in words written in
  comma groups is one number.
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
    (" lac", 1e5, False), (" mio", 1e6, False), (" Mrd.", 1e9, False), (" bil", 1e9, False), ("bil", 1e9, False),
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


# a range whose two ends each carry the currency and share one multiplier: both ends take it,
# and a descending one gives no figure; never an end without its multiplier
RANGE_SIGNS = [("$", "USD"), ("£", "GBP"), ("€", "EUR"), ("HK$", "HKD"), ("US$", "USD"), ("Rs ", "INR")]
RANGE_LINKS = ["{c}{a}-{c}{b}", "{c}{a}–{c}{b}", "{c}{a} - {c}{b}", "{c}{a} to {c}{b}",
               "from {c}{a} to {c}{b}", "between {c}{a} and {c}{b}"]
RANGE_MAGNITUDES = [(" million", 1e6), (" billion", 1e9), ("m", 1e6), ("bn", 1e9), (" crore", 1e7)]


@st.composite
def currency_ranges(draw):
    a = draw(st.integers(min_value=1, max_value=90))
    # within a factor of ten either way: far apart, "$200 to $4 million" is read as written
    b = draw(st.integers(min_value=a // 10 + 1, max_value=min(99, a * 9)).filter(lambda x: x != a))
    sign, iso = draw(st.sampled_from(RANGE_SIGNS))
    magnitude, factor = draw(st.sampled_from(RANGE_MAGNITUDES))
    written = draw(st.sampled_from(RANGE_LINKS)).format(c=sign, a=a, b=b) + magnitude
    return f"The board said costs ran {written} last year.", a * factor, b * factor, iso


@given(currency_ranges())
def test_a_range_of_two_sums_shares_its_multiplier_or_gives_nothing(case):
    text, first, second, iso = case
    found = scan(text)
    if first < second:
        assert len(found) == 1, (text, found)
        m = found[0]
        assert (m.low, m.high, m.currency) == (first, second, iso), (text, m)
    else:
        assert found == [], (text, found)  # "$5-$3 million": no reading is safe


# a fraction of a percent or percentage point is one figure, their product
PERCENT_FRACTIONS = [("half", 0.5), ("a half", 0.5), ("a third", 1 / 3), ("1/4", 0.25), ("¼", 0.25),
                     ("three-quarters", 0.75), ("two thirds", 2 / 3), ("one-tenth", 0.1)]
PERCENT_UNITS = [("%", "percentage"), (" percent", "percentage"), (" per cent", "percentage"),
                 (" percentage point", "percentage point"), (" percentage points", "percentage point")]


@st.composite
def percent_fractions(draw):
    word, fraction = draw(st.sampled_from(PERCENT_FRACTIONS))
    whole = draw(st.sampled_from(["1", "2", "1.5", "10", "one", "3"]))
    unit, name = draw(st.sampled_from(PERCENT_UNITS))
    value = {"one": 1.0}.get(whole) or float(whole)
    return f"Officials said the rate moved {word} of {whole}{unit} in May.", fraction * value, name


@given(percent_fractions())
def test_a_fraction_of_a_percent_is_one_figure_the_product(case):
    text, value, unit = case
    found = scan(text)
    assert len(found) == 1, (text, found)
    assert math.isclose(found[0].value, value, rel_tol=1e-9) and found[0].unit == unit, (text, found)


# a number in words written in comma groups ("one million, two hundred thousand") is one number
_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    tail = _ONES[rest] if rest < 20 else _TENS[rest // 10] + ("-" + _ONES[rest % 10] if rest % 10 else "")
    if not hundreds:
        return tail
    return f"{_ONES[hundreds]} hundred" + (f" and {tail}" if rest else "")


@st.composite
def comma_numbers(draw):
    groups = draw(st.lists(st.integers(min_value=0, max_value=999), min_size=2, max_size=3))
    groups[0] = max(groups[0], 1)
    groups[1:] = [max(g, 100) for g in groups[1:]]  # each group after a comma holds a hundred
    scales = [(1e6, "million"), (1e3, "thousand"), (1, "")][-len(groups):]
    words = [f"{_below_thousand(g)} {name}".strip() for g, (_, name) in zip(groups, scales)]
    value = sum(g * f for g, (f, _) in zip(groups, scales))
    noun = draw(st.sampled_from([" people", " voters", " tickets", ""]))
    return f"Officials said {', '.join(words)}{noun} were counted.", value


@given(comma_numbers())
def test_a_number_in_words_with_comma_groups_is_one_number(case):
    text, value = case
    found = scan(text)
    assert [m.value for m in found] == [value], (text, found)


from figrecon import lexicon as L  # noqa: E402

_ORDINAL_DENOMINATORS = sorted(w for w, d in L.mapping("numbers", "denominators").items()
                               if not w.endswith("s") and w not in ("half", "quarter") and d > 2)


@given(st.sampled_from(_ORDINAL_DENOMINATORS), st.sampled_from(["rose", "fell", "grew", "dropped"]),
       st.sampled_from(sorted(L.words("numbers", "fraction_alone_before"))))
def test_a_lone_fraction_after_by_is_the_fraction(ordinal, verb, after):
    """"rose by a tenth last year": after "by", an ordinal before a word no noun is, is 1/n."""
    article = "an" if ordinal[0] in "aeiou" else "a"
    found = scan(f"Sales {verb} by {article} {ordinal} {after} the year.")
    assert found, ordinal
    assert math.isclose(found[0].value, 1 / L.mapping("numbers", "denominators")[ordinal])


@given(st.integers(min_value=0, max_value=99_999), st.integers(min_value=1, max_value=3))
def test_a_leading_zero_is_a_code(n, zeros):
    """"Agent 007", "PIN 0451": digits with a leading zero are no amount."""
    code = "0" * zeros + str(n)
    assert [m for m in scan(f"He typed {code} at the door.") if m.unit is None] == []


_TEENS_AND_TENS = sorted([w for w, v in L.mapping("numbers", "small").items() if 10 <= v <= 19]
                         + list(L.mapping("numbers", "tens")))


@given(st.sampled_from(_TEENS_AND_TENS), st.sampled_from(_TEENS_AND_TENS))
def test_two_number_words_that_make_no_number_are_no_amount(first, second):
    """"nineteen eighty", "twenty twenty": a year or a time said aloud, not two amounts."""
    assert scan(f"It happened in {first} {second}.") == []


@given(st.sampled_from(sorted(L.words("numbers", "half_share_not_after"))))
def test_half_after_a_part_word_is_no_share(word):
    """"the first half of the year", "the back half of the season": a period or a part."""
    assert scan(f"Sales rose in the {word} half of the year.") == []


# a percentage in every written form: digits or words, whole, decimal or mixed, each percent
# form; scanned back, the same value in per cent, as one figure
PERCENT_FORMS = ["%", " %", " per cent", " percent", " pct", "-per-cent", " per-cent", " percentage points"]
PERCENT_WORDS = [("five", 5), ("twelve", 12), ("twenty-two", 22), ("forty", 40), ("one hundred and five", 105),
                 ("a hundred", 100), ("two and a half", 2.5), ("half a", 0.5), ("a quarter", 0.25),
                 ("point five", 0.5), ("three and three quarters", 3.75), ("a", 1)]
PERCENT_LEADS = ["rose by ", "stood at ", "was ", "about ", "fell to ", "nearly "]


@st.composite
def percentages(draw):
    form = draw(st.sampled_from(PERCENT_FORMS))
    if draw(st.booleans()):
        whole = draw(st.integers(min_value=0, max_value=999))
        fraction, part = draw(st.sampled_from([("", 0), (".5", 0.5), (".25", 0.25), (" 1/2", 0.5), ("½", 0.5)]))
        written, value = f"{whole}{fraction}", whole + part
    else:
        written, value = draw(st.sampled_from(PERCENT_WORDS))
        if form.startswith(("%", " %", "-")):
            return None  # "a quarter%", "five-per-cent": words take a word for the percent here
    if value <= 1 and form == " percentage points" and not written[:1].isdigit():
        form = " percentage point"  # "a percentage point", "half a percentage point"
    lead = draw(st.sampled_from(PERCENT_LEADS))
    unit = "percentage point" if "point" in form else "percentage"
    return f"The rate {lead}{written}{form} last year.", value, unit


@given(percentages())
def test_a_percentage_in_any_written_form_scans_back_to_its_value(case):
    if case is None:
        return
    text, value, unit = case
    found = scan(text)
    assert len(found) == 1, (text, found)
    assert math.isclose(found[0].value, value, rel_tol=1e-9, abs_tol=1e-12), (text, found[0])
    assert found[0].unit == unit, (text, found[0])


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=99),
       st.sampled_from(["{a}% to {b}%", "{a} to {b} per cent", "{a}-{b}%", "{a}%-{b}%", "{a} percent to {b} percent"]))
def test_a_share_range_is_ascending_or_no_figure(a, b, form):
    """"52% to 48%" (a tally, or a fall) is never read as the range 48-52%."""
    found = scan("Support was " + form.format(a=a, b=b) + " in the poll.")
    if a > b:
        assert found == [], (a, b, form, found)
    elif a < b:
        assert [(m.low, m.high) for m in found] == [(a, b)], (a, b, form, found)
