"""The number grammar: values, intervals, qualifiers, units, currencies and what is not a quantity."""
import pytest
from hypothesis import given, strategies as st

from figrecon.numbers import scan


def one(text):
    found = scan(text)
    assert len(found) == 1, found
    return found[0]


def values(text):
    return [(m.value, m.low, m.high) for m in scan(text)]


@pytest.mark.parametrize("text, value, unit, iso", [
    ("He was paid £19m last year.", 19e6, "pound sterling", "GBP"),
    ("The deal is worth £19bn.", 19e9, "pound sterling", "GBP"),
    ("Sales were 3.5bn units.", 3.5e9, None, None),
    ("They earn $ 2,000 a month.", 2000, "dollar", "USD"),
    ("They earn USD 1,500 a month.", 1500, "dollar", "USD"),
    ("They earn AZN 1,500 a month.", 1500, None, "AZN"),
    ("They earn 1,500 manat a month.", 1500, None, "AZN"),
    ("It costs Rs 500 here.", 500, None, "INR"),
    ("They are paid $1,800 dollars a month.", 1800, "dollar", "USD"),
    ("The fund has $800 million.", 8e8, "dollar", "USD"),
])
def test_money(text, value, unit, iso):
    m = one(text)
    assert m.value == pytest.approx(value)
    assert m.currency == iso
    assert m.dimension == ("currency" if iso else "count")
    if unit:
        assert m.unit == unit


def test_pound_m_is_money_not_pound_metre():
    m = one("The club paid £19m for him.")
    assert m.unit == "pound sterling" and m.value == 19e6


def test_between_range_is_one_claim_without_zero():
    found = scan("Salaries range between $1,500 and $2,000 a month.")
    assert len(found) == 1
    assert (found[0].low, found[0].high) == (1500, 2000)
    assert all(m.value != 0 for m in found)


def test_dash_range_keeps_currency():
    m = one("They get $1,500-2,000 a month.")
    assert (m.low, m.high, m.currency) == (1500, 2000, "USD")


def test_scale_word_applies_to_both_ends():
    m = one("Revenue will be US $89 to $93 billion.")
    assert (m.low, m.high) == (89e9, 93e9)


def test_scale_not_applied_to_larger_first_end():
    m = one("Claims ranged from $200 to $4 million.")
    assert (m.low, m.high) == (200, 4e6)


@pytest.mark.parametrize("text, low, high", [
    ("Growth of between 4% and 5% is expected.", 4, 5),
    ("Growth will be 1 per cent to 1.5 per cent.", 1, 1.5),
    ("Temperatures dropped by 1 to 1.5 degrees Celsius.", 1, 1.5),
    ("He went from 208 pounds to 193 by exercising.", 193, 208),
])
def test_ranges_with_units(text, low, high):
    found = [m for m in scan(text) if m.high is not None and m.low is not None]
    assert any((m.low, m.high) == (low, high) for m in found), found


@pytest.mark.parametrize("text, value", [
    ("Half a million people left.", 500_000),
    ("Two dozen people came.", 24),
    ("A dozen people came.", 12),
])
def test_number_words(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text, low, high", [
    ("Hundreds of fighters were sent.", 100, 1000),
    ("Thousands of fighters were sent.", 1000, 10000),
    ("Tens of thousands of people marched.", 1e4, 1e5),
    ("Dozens of people were hurt.", 12, 120),
    ("Hundreds, if not thousands, of fighters came.", 100, 10000),
])
def test_vague(text, low, high):
    m = one(text)
    assert (m.low, m.high, m.change) == (low, high, "=")


@pytest.mark.parametrize("text, change", [
    ("Up to 1,000 fighters were sent.", "<"),
    ("As many as 1,000 fighters were sent.", "<"),
    ("More than 1,000 fighters were sent.", ">"),
    ("About 1,000 fighters were sent.", "~"),
    ("Around 1,000 fighters were sent.", "~"),
    ("Nearly 1,000 fighters were sent.", "~"),
    ("Shares rose 3% today.", "up"),
    ("Shares fell 3% today.", "down"),
])
def test_qualifiers(text, change):
    assert one(text).change == change


@pytest.mark.parametrize("text", [
    "It happened on June 29, 2014.",
    "It happened on Sept. 22.",
    "We met at 2.15pm.",
    "In 2019 things changed.",
    "He flew an F-16 over the town.",
    "COVID-19 spread.",
    "The G20 met.",
    "See page 12 for details.",
    "Smith & Jones said.",
    "It was a U turn.",
    "On the 22nd they left.",
])
def test_not_quantities(text):
    assert scan(text) == []


def test_100_at_is_not_ampere_turn():
    m = one("He sold 100 at the market.")
    assert m.unit is None


def test_a_third_day_is_not_a_fraction():
    assert scan("It was a third day of protests.") == []


@pytest.mark.parametrize("text, unit", [
    ("Inflation was 5 per cent.", "percentage"),
    ("Inflation was 5 percent.", "percentage"),
    ("Inflation was 5%.", "percentage"),
    ("Yields were 1.38pc.", "percentage"),
    ("Rates rose 25 basis points.", "basis point"),
    ("Shares closed at 212.5p.", "penny"),
    ("The border is 760 kilometres long.", "kilometre"),
    ("The loss was 63 cents.", "cent"),
])
def test_units(text, unit):
    assert one(text).unit == unit


@pytest.mark.parametrize("text, unit, per", [
    ("Gold was $1,271 an ounce.", "dollar", "ounce"),
    ("It paid 63 cents per share.", "cent", "share"),
    ("They earn $1,500 a month.", "dollar", "month"),
])
def test_rates(text, unit, per):
    m = one(text)
    assert (m.unit, m.per) == (unit, per)


@pytest.mark.parametrize("text, per", [
    ("The smelter emits 900 tonnes of carbon dioxide a day.", "day"),
    ("Crews pumped 60 litres of seawater per second.", "second"),
    ("The quarry ships 12,000 tonnes of granite each week.", "week"),
    # no rate: a time ago, a function word first, or a clause after a comma
    ("The ship lost 800 tonnes of grain a year ago.", None),
    ("It spilled 900 tonnes of the oil.", None),
    ("They carried 70 litres of fuel, a day after the storm.", None),
])
def test_a_measure_s_rate_follows_what_it_is_of(text, per):
    """A period after the one to three words a measure is of is the measure's rate: "900 tonnes
    of carbon dioxide a day" is a flow, not a stock."""
    (m,) = [m for m in scan(text) if m.unit in ("tonne", "litre")]
    assert m.per == per


def test_a_year_earlier_is_not_a_rate():
    found = scan("Revenue rose to $7.36 billion from $6.78 billion a year earlier.")
    assert [m.per for m in found] == [None, None]


@pytest.mark.parametrize("text", ["He is a 50 year-old man.", "Maddon, 66, said so.", "She was aged 38.",
                                  "Its architect, Ines Varga, now 81, said so."])
def test_ages(text):
    assert one(text).unit == "year of age"


@pytest.mark.parametrize("text", ["Varga, then 81, said so.", "Sales rose, now 81 a week, said Varga."])
def test_only_an_adverb_of_now_joins_a_name_to_its_age(text):
    """units.json age_before apposed_adverbs: "now 81" after a name's comma is the age "81" is;
    "then 81" is an age at another time, and a number its own noun follows counts that noun."""
    assert one(text).unit != "year of age"


# -- properties ---------------------------------------------------------------------------------

def _styles(n: int):
    yield f"{n:,}", n
    yield str(n), n
    if n >= 1_000_000:
        yield f"{n / 1e6:.1f} million", round(n / 1e6, 1) * 1e6


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["", "$", "£"]))
def test_format_and_scan_back(n, sign):
    for text, value in _styles(n):
        if not sign and text.isdigit() and 1000 <= n <= 2100:
            continue  # a bare four-digit number in that span reads as a year
        sentence = f"They reported {sign}{text} in total."
        found = scan(sentence)
        assert found, sentence
        assert found[0].value == pytest.approx(value), sentence


@given(st.text(max_size=200))
def test_scanning_never_raises(text):
    scan(text)


@given(st.lists(st.integers(min_value=0, max_value=10**7), min_size=1, max_size=4))
def test_offsets_point_at_digits(numbers):
    sentence = " and ".join(f"{n:,} people" for n in numbers) + "."
    for m in scan(sentence):
        surface = sentence[m.start:m.end]
        assert any(c.isdigit() for c in surface), (surface, sentence)


@pytest.mark.parametrize("text, value, unit", [
    ("The offense was minus-5 yards.", -5, "yard"),
    ("It can dip to minus 130 degrees Fahrenheit.", -130, "fahrenheit"),
    ("The deficit fell to $-50.8bn.", -50.8e9, "dollar"),
    ("There were 4 hundred million people.", 4e8, None),
    ("The combined 4.3M sales.", 4.3e6, None),
    ("It is worth $US55,931,000 today.", 55_931_000, "dollar"),
    ("It is worth $A82,615,680 today.", 82_615_680, "australian dollar"),
    ("The 1520 sq m medical centre.", 1520, "square metre"),
    ("It does 29 mpg.", 29, "mile per gallon"),
    ("The bid is 470 pence.", 470, "penny"),
    ("It traded at 5 Danish crowns.", 5, "danish krone"),
    ("It traded at 3.23 shekels.", 3.23, "shekel"),
    ("It was sold for PS2.7m.", 2.7e6, "pound sterling"),
    ("Shares rose to Y=28,030.", 28030, "japanese yen"),
    ("The price is c $ 16.4 million.", 16.4e6, "canadian dollar"),
    ("It costs 10 $ now.", 10, "dollar"),
])
def test_more_shapes(text, value, unit):
    m = one(text)
    assert m.value == pytest.approx(value)
    assert m.unit == unit


def test_year_does_not_start_a_range():
    """The year told of a from-to's first end is its time, never an end ("2008 to 29"): the move
    is from 20 to 29 miles per gallon (combine._dated_end)."""
    found = scan("Fuel economy climbed from 21 miles per gallon in 2009 to 27 mpg in 2019.")
    assert [(m.low, m.high, m.unit) for m in found] == [(21, 27, "mile per gallon")]


def test_movement_then_level_is_not_a_range():
    assert [m.value for m in scan("Shares rose 3% to 5% of the market.")] == [3, 5]


@pytest.mark.parametrize("text, value", [
    ("It only cost thirteen dollars and forty-five cents.", 13.45),
    ("It costs only 15 dollars 50.", 15.5),
    ("The subscription will increase to 17 USD 25.", 17.25),
    ("They paid 75 USD million.", 75e6),
    ("The price starts at dollar 22.5 million.", 22.5e6),
    ("A loan of 35 lakh rupees.", 35e5),
    ("It costs quarter million us dollars.", 250_000),
    ("It costs three quarters billion us dollars.", 750e6),
    ("There were forty-five people.", 45),
])
def test_spelled_money(text, value):
    assert one(text).value == pytest.approx(value)


@pytest.mark.parametrize("text", ["The 1988 quarter was weak.", "Healthcare, 2018s best sector."])
def test_year_words_are_not_quantities(text):
    assert scan(text) == []


def test_product_numbers_with_s_are_not_seconds():
    assert [m.unit for m in scan("Tesla delivered 63,150 Model 3s.")] == [None]


def test_movement_beats_qualifier():
    assert one("Shares are up nearly 57% this year.").change == "up"


def test_signed_change():
    assert [m.change for m in scan("Dow +0.2% and Nasdaq +0.8%.")] == ["up", "up"]


def test_level_after_movement_is_a_level():
    # the movement is the change; the level it reached is stated exactly (NewsQuant marks it "=")
    found = scan("The miner rose 18 sen to RM23.50.")
    assert [(m.unit, m.change) for m in found] == [("sen", "up"), ("malaysian ringgit", "=")]


@pytest.mark.parametrize("text", [
    "The FTSE 100 closed higher.",
    "Shares on the S&P 500 fell.",
    "Half the Fortune 500 use it.",
    "Tickets for Game 5 sold out.",
    "The lease on Unit 4 ended.",
    "The new Pixel 8 has a bigger screen.",
    "Reviews of the Galaxy 20 and 21 Ultra: worth it?",
    "The house at 12 Baker Street was sold.",
    "Offices at 20-22 Harbour Road, Leeds, are to let.",
    "Prices in the 10001 ZIP code rose.",
])
def test_numbers_in_names_are_not_quantities(text):
    # "Half the Fortune 500": the half is a share (half-share); the 500 names the list
    assert [m for m in scan(text) if m.unit is None and m.currency is None and "half-share" not in m.rules] == []


@pytest.mark.parametrize("text, value", [
    ("Police said 500 Syrian fighters crossed.", 500),
    ("Only 12 Democrats voted for it.", 12),
    ("He said 20 Chinese tourists were hurt.", 20),
    ("Some 300 ISIS militants were held.", 300),
])
def test_counts_before_proper_adjectives_stay(text, value):
    assert [m.value for m in scan(text)] == [value]


def test_count_before_a_name_and_an_aside_stays():
    assert [m.value for m in scan("Some 500 Hamza Brigade (a rebel group) fighters flew in.")] == [500]


@pytest.mark.parametrize("text, value, unit", [
    ("The 40m (131ft)-long hall reopened.", 40, "metre"),
    ("A 25m yacht sank.", 25, "metre"),
    ("The tower is 300m tall.", 300, "metre"),
    ("Each flat is 45m2.", 45, "square metre"),
    ("The album sold 12m copies.", 12e6, None),
])
def test_glued_m_is_metre_or_million(text, value, unit):
    m = scan(text)[0]
    assert (m.value, m.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text, value, iso", [
    ("Sales reached 120 MEUR last year.", 120e6, "EUR"),
    ("Revenue was MUSD 45 in 2019.", 45e6, "USD"),
    ("The grant is 50 kEUR.", 50e3, "EUR"),
    ("They paid a total of HK $900 for it.", 900, "HKD"),
    ("The ticket cost 150 kn at the door.", 150, "HRK"),
    ("The book costs 2,000 ₡ here.", 2000, "CRC"),
    ("The prize is 50,000 ₭.", 50000, "LAK"),
])
def test_money_codes_and_signs(text, value, iso):
    m = one(text)
    assert (m.value, m.currency) == (pytest.approx(value), iso)


def test_article_before_dollar_sign_is_not_australian():
    assert one("They have a $3500 a month mortgage.").currency == "USD"


def test_knots_stay_knots_outside_money():
    assert one("The wind reached 40 kn offshore.").unit == "knot"


def test_rate_after_a_restatement_in_brackets():
    first, second = scan("It is a 9 billion shekels ($2.4 billion) a year industry.")
    assert (first.currency, first.per) == ("ILS", "year")
    assert (second.currency, second.per) == ("USD", "year")


@pytest.mark.parametrize("text, periods", [
    ("Rent is now €1,400 (about $1,510) a month.", ["month", "month"]),
    ("The crews walk 20 miles (32 km) a day.", ["day", "day"]),
    # brackets that restate no figure before them: the period is not the bracketed figure's
    ("The repair (which cost $900) a week ago failed.", [None]),
    ("Fares rose in Larsk ($4) a year after the merger.", [None]),
])
def test_a_restatement_in_brackets_is_over_the_period_after_them(text, periods):
    assert [f.per for f in scan(text)] == periods


def test_thousands_split_by_a_space():
    assert one("It seated around 80, 000 fans.").value == 80000


@pytest.mark.parametrize("text, value", [
    ("The firm has more than 1000 customers.", 1000),
    ("About 2000 people came.", 2000),
])
def test_qualified_four_digit_numbers_are_not_years(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text", [
    "Seas will rise by 2150, they warn.", "The postcode is M1 4AB7 now.", "It is a 4x4 truck."])
def test_years_ahead_and_codes(text):
    assert scan(text) == []


@pytest.mark.parametrize("text, units", [
    ("Oil rose by 3 percent but gas fell by 2.", ["percentage", "percentage"]),
    ("Economy improved from 30-32 mpg to 40 for hybrids.", ["mile per gallon", "mile per gallon"]),
    # a noun after the bare number is what it counts: no unit is carried over
    ("Shares rose 5% and 20 workers fell ill.", ["percentage", None]),
])
def test_elided_unit_repeats_the_construction(text, units):
    assert [m.unit for m in scan(text)] == units


@pytest.mark.parametrize("text, found", [
    ("She won a three-year $50,000 grant.", [(50000, "dollar")]),
    ("He signed a two-month deal.", []),
    ("It was a four-year, 3 billion-mile trip.", [(4, "year"), (3e9, "mile")]),
    ("A two-year-old girl was found.", [(2, "year of age")]),
    ("The 10-year bond rallied.", [(10, "year")]),
])
def test_spelled_out_durations_as_adjectives(text, found):
    assert [(m.value, m.unit) for m in scan(text)] == found


@pytest.mark.parametrize("text, value", [
    ("An electron weighs 9.11×10−31 kilograms.", 9.11e-31),
    ("There are 6.02 x 10^23 atoms in a mole.", 6.02e23),
])
def test_scientific_notation(text, value):
    m = one(text)
    assert m.value == pytest.approx(value)


@pytest.mark.parametrize("text, value, unit", [
    ("A cup is 1/16 of a US gallon.", 1 / 16, "gallon"),
    ("Add 3⁄4 of a pint of milk.", 0.75, "pint"),
    ("They used 5 US gallons of fuel.", 5, "gallon"),
])
def test_fractions_of_units(text, value, unit):
    m = one(text)
    assert (m.value, m.unit) == (pytest.approx(value), unit)


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=100, max_value=1000))
def test_fraction_value(numerator, denominator):
    m = one(f"It is {numerator}/{denominator} of a mile away.")
    assert m.value == pytest.approx(numerator / denominator)
    assert m.unit == "mile"


def test_dates_with_slashes_stay_dates():
    assert scan("It happened on 10/06/2020 in the morning.") == []


@pytest.mark.parametrize("text, value, low, high", [
    ("Temperatures fell to -5 degrees overnight.", -5, -5, -5),
    ("Growth of -0.4% is forecast.", -0.4, -0.4, -0.4),
    ("It ranged from 5 to -10 degrees.", None, -10, 5),
    ("Nights are -8 to 2 C this week.", None, -8, 2),
    ("Expect between -5 and -2 degrees.", None, -5, -2),
])
def test_ascii_minus(text, value, low, high):
    m = one(text)
    assert (m.value, m.low, m.high) == (value, low, high)


@pytest.mark.parametrize("text", ["The COVID -19 cases rose.", "Scores were 10 -15 at half time."])
def test_hyphen_that_is_not_a_minus(text):
    assert all((m.low or 0) >= 0 for m in scan(text))


@pytest.mark.parametrize("text", ["Install version 2.4.1 today.", "The server is at 10.0.0.1 now."])
def test_dotted_codes_are_not_quantities(text):
    assert scan(text) == []


@pytest.mark.parametrize("text, unit", [
    ("It was 5°C.", "celsius"), ("It was 41 °F.", "fahrenheit"),
    ("They pumped 2 million barrels of oil.", "barrel of oil"),
    ("He ran a 4.4 second sprint.", "second"),
])
def test_more_units(text, unit):
    assert scan(text)[0].unit == unit


@given(st.floats(min_value=0.1, max_value=90, allow_nan=False).map(lambda x: round(x, 1)))
def test_negative_temperatures_keep_their_sign(x):
    m = one(f"Overnight it fell to -{x} degrees.")
    assert m.value == -x and m.low == -x and m.high == -x


@given(st.integers(min_value=1, max_value=60), st.sampled_from(["(", "[", "“", "\""]), st.sampled_from(["-", "–", "−"]))
def test_a_sign_after_an_opening_bracket_or_quote_is_kept(x, opener, sign):
    """"7F (-14C)": a minus glued to an opening bracket or quote stands free, as after a space;
    the restated figure is below zero, never its absolute value."""
    closer = {"(": ")", "[": "]", "“": "”", '"': '"'}[opener]
    found = scan(f"The low was 7F {opener}{sign}{x}C{closer} on Monday.")
    assert [m.value for m in found if m.unit == "celsius"] == [-x]


@pytest.mark.parametrize("text", [
    "The Xbox 360 sold well in Japan.", "Critics said World War 2 ended too late.",
    "Fans of Call of Duty 4 complained.", "Microsoft said Windows 10 runs faster."])
def test_names_with_numbers_before_a_verb(text):
    assert [m for m in scan(text) if m.unit is None] == []


def test_title_case_headlines_keep_their_counts():
    assert [m.value for m in scan("Turkey Sends 500 Fighters To Azerbaijan")] == [500]


@given(st.integers(min_value=1, max_value=99_999), st.integers(min_value=0, max_value=3),
       st.sampled_from([("thousand", 3), ("million", 6), ("bn", 9), ("m", 6), ("k", 3)]))
def test_scaled_decimals_are_the_decimal_written(digits, places, scale):
    """"$8.2 million" is 8,200,000 exactly, not the float product 8199999.999999999."""
    from decimal import Decimal

    word, power = scale
    written = str(Decimal(digits).scaleb(-places))
    text = f"It cost ${written}{'' if len(word) <= 2 else ' '}{word}."
    found = scan(text)
    assert len(found) == 1, (text, found)
    assert found[0].value == float(Decimal(written).scaleb(power)), text


@given(st.integers(0, 99), st.integers(0, 59), st.integers(0, 59), st.sampled_from(["won in", "a time of", "clocked"]))
def test_hours_minutes_and_seconds_between_colons_are_a_time_taken(h, m, s, lead):
    """"won in 2:17:40" is 8,260 seconds, whatever the figures; "at 2:17:40" is a time of day
    and no quantity (rule clock-duration)."""
    written = f"{h}:{m:02d}:{s:02d}"
    (found,) = scan(f"She {lead} {written} on the hill course.")
    assert (found.value, found.unit, found.dimension) == (h * 3600 + m * 60 + s, "second", "time")
    assert scan(f"The doors shut at {written} on Friday.") == []


def test_a_time_in_three_parts_is_one_time_only_when_and_joins_the_last_two():
    (one,) = scan("The climb took 3 hours, 5 minutes and 20 seconds.")
    assert one.unit == "hour" and one.value == pytest.approx(3 + 5 / 60 + 20 / 3600)
    assert [m.value for m in scan("The climb took 3 hours, 5 minutes longer than planned.")] == [3, 5]


@given(st.integers(1, 9), st.integers(0, 59), st.integers(0, 59))
def test_a_time_in_three_parts_written_with_spaces_is_one_time(h, m, s):
    """"2 hours 4 minutes 51 seconds" is one time taken, its seconds and all: dropping them
    would report a wrong figure. A third part of a whole unit or more ("4 minutes 70 seconds")
    continues nothing, and a clause between the parts keeps them apart."""
    (one,) = scan(f"She won in {h} hours {m} minutes {s} seconds on the hill course.")
    assert one.unit == "hour" and one.value == pytest.approx(h + m / 60 + s / 3600)
    assert len(scan(f"She won in {h} hours {m} minutes then rested {s} seconds.")) == 2
    assert len(scan("It took 2 hours 4 minutes 70 seconds.")) == 2
