"""Every wording the README's table documents gives the interval it promises (figrecon.numbers)."""
import pytest

from figrecon.numbers import scan

N = None
# (sentence, surface, value, low, high, change)
WORDINGS = [
    ("The army sent 429 soldiers.", "429", 429, 429, 429, "="),
    ("They sent about 200 fighters.", "about 200", 200, 180, 220, "~"),
    ("They sent around 200 fighters.", "around 200", 200, 180, 220, "~"),
    ("They sent roughly 200 fighters.", "roughly 200", 200, 180, 220, "~"),
    ("They sent some 200 fighters.", "some 200", 200, 180, 220, "~"),
    ("They sent an estimated 200 fighters.", "an estimated 200", 200, 180, 220, "~"),
    ("They sent up to 1,000 fighters.", "up to 1,000", 1000, N, 1000, "<"),
    ("They sent as many as 1,000 fighters.", "as many as 1,000", 1000, N, 1000, "<"),
    ("They sent at most 1,000 fighters.", "at most 1,000", 1000, N, 1000, "<"),
    ("They sent no more than 1,000 fighters.", "no more than 1,000", 1000, N, 1000, "<"),
    ("They sent just under 1,000 fighters.", "just under 1,000", 1000, N, 1000, "<"),
    # "nearly"/"almost": approximate as NewsQuant marks them, and never above the figure
    ("They sent nearly 1,000 fighters.", "nearly 1,000", 1000, 900, 1000, "~"),
    ("They sent almost 1,000 fighters.", "almost 1,000", 1000, 900, 1000, "~"),
    ("They sent more than 30 fighters.", "more than 30", 30, 30, N, ">"),
    ("They sent over 30 fighters.", "over 30", 30, 30, N, ">"),
    ("They sent at least 30 fighters.", "at least 30", 30, 30, N, ">"),
    ("Costs exceeding $30 million were reported.", "exceeding $30 million", 30e6, 30e6, N, ">"),
    ("Pay ranges between $1,500 and $2,000.", "$1,500 and $2,000", N, 1500, 2000, "="),
    ("They sent 1,500 to 2,000 fighters.", "1,500 to 2,000", N, 1500, 2000, "="),
    ("They sent 1,500-2,000 fighters.", "1,500-2,000", N, 1500, 2000, "="),
    ("Numbers went from 1,500 to 2,000 fighters.", "1,500 to 2,000", N, 1500, 2000, "="),
    ("Dozens of civilians died.", "Dozens", N, 12, 120, "="),
    ("Scores of people died.", "Scores", N, 40, 200, "="),
    ("Hundreds of fighters went.", "Hundreds", N, 100, 1000, "="),
    ("Thousands of fighters went.", "Thousands", N, 1000, 10000, "="),
    ("Tens of thousands of people fled.", "Tens of thousands", N, 1e4, 1e5, "="),
    ("Hundreds, if not thousands, of militants came.", "Hundreds, if not thousands,", N, 100, 10000, "="),
    ("Half a million people fled.", "Half a million", 5e5, 5e5, 5e5, "="),
    ("Two dozen eggs broke.", "Two dozen", 24, 24, 24, "="),
    ("They sent four thousand fighters.", "four thousand", 4000, 4000, 4000, "="),
    ("It cost 1.5bn dollars.", "1.5bn dollars", 1.5e9, 1.5e9, 1.5e9, "="),
    ("It cost £19m.", "£19m", 19e6, 19e6, 19e6, "="),
    ("It cost $19M.", "$19M", 19e6, 19e6, 19e6, "="),
    ("It cost €3.5 billion.", "€3.5 billion", 3.5e9, 3.5e9, 3.5e9, "="),
    # wordings added with the NewsQuant accuracy work
    ("It takes ~30 minutes.", "~30 minutes", 30, 27, 33, "~"),
    ("He averaged 20 points.", "averaged 20 points", 20, 18, 22, "~"),
    ("It trades at barely 8 times earnings.", "barely 8 times", 8, 7.2, 8.8, "~"),
    ("They waited an average of 12 days.", "12 days", 12, 12, 12, "="),
    ("The car does about 30-35 mpg.", "about 30-35 mpg", N, 30, 35, "~"),
    ("It fell to -5 degrees.", "-5 degrees", -5, -5, -5, "="),
    ("Sales were 120 MEUR.", "120 MEUR", 120e6, 120e6, 120e6, "="),
    ("It is 1/16 of a US gallon.", "1/16 of a US gallon", 1 / 16, 1 / 16, 1 / 16, "="),
    ("The sun weighs 1.99×10^30 kilograms.", "1.99×10^30 kilograms", 1.99e30, 1.99e30, 1.99e30, "="),
]


@pytest.mark.parametrize("sentence, surface, value, low, high, change", WORDINGS)
def test_wording_interval(sentence, surface, value, low, high, change):
    found = scan(sentence)
    assert len(found) == 1
    m = found[0]
    assert sentence[m.start:m.end] == surface
    assert m.change == change
    for got, want in ((m.value, value), (m.low, low), (m.high, high)):
        assert got == pytest.approx(want) if want is not None else got is None


def test_a_third_of():
    m = scan("A third of the budget went.")[0]
    assert m.value == pytest.approx(1 / 3)


@pytest.mark.parametrize("sentence, iso, per", [
    ("He earns US$2,000.", "USD", None), ("He earns Rs 500.", "INR", None),
    ("He earns GBP 500.", "GBP", None), ("He earns 1,500 manat.", "AZN", None),
    ("He earns 500 lira.", "TRY", None), ("He earns 500 roubles.", "RUB", None),
    ("He earns 500 rupees.", "INR", None), ("He earns $2,000 a month.", "USD", "month"),
    ("It costs £19m a year.", "GBP", "year"), ("He earns USD 1,500.", "USD", None),
    ("He earns AZN 1,500.", "AZN", None), ("He earns $ 2,000.", "USD", None),
])
def test_money_wordings(sentence, iso, per):
    (m,) = scan(sentence)
    assert (m.currency, m.per, m.dimension) == (iso, per, "currency")


@pytest.mark.parametrize("sentence, change", [
    ("Shares rose 5%.", "up"), ("The index is set to drop 0.3%.", "down"),
    ("The stock lost 2.5%.", "down"), ("The team lost 3 games.", "="),
    ("The defence gave up 300 yards.", "="), ("It grew sales by 35 per cent.", "up"),
])
def test_change_wordings(sentence, change):
    (m,) = scan(sentence)
    assert m.change == change


def test_level_after_a_movement_is_exact():
    assert [m.change for m in scan("The miner rose 18 sen to RM23.50.")] == ["up", "="]


@pytest.mark.parametrize("sentence", [
    "The FTSE 100 rose.", "Game 7 is tonight.", "He lives at 12 Baker Street.",
    "Prices in the 10001 ZIP code rose.", "Install version 2.4.1 now.", "He signed a two-month deal.",
    "The Xbox 360 sold well.",
])
def test_more_not_quantities(sentence):
    assert [m for m in scan(sentence) if m.unit is None and m.currency is None] == []


@pytest.mark.parametrize("sentence", [
    "Call 555-0100 now.", "Call +44 20 7946 0958 now.", "Ganja is the second largest city.",
    "See page 5 and section 3.", "The F-16 and COVID-19 and the G20 met.", "On June 29, 2014 it began.",
    "On Sept. 22 they left.", "At 2.15pm they left.", "In 2016 they left.", "It raged for a third day.",
])
def test_not_quantities(sentence):
    assert scan(sentence) == []


def test_age_and_units():
    (age,) = scan("A 38-year-old man.")
    assert (age.unit, age.value) == ("year of age", 38)
    (pp,) = scan("Rates rose 2 percentage points.")
    assert (pp.unit, pp.change) == ("percentage point", "up")
    (km,) = scan("Iran has a 760-kilometer border.")
    (mi,) = scan("It is 472 miles long.")
    assert (km.unit, mi.unit) == ("kilometre", "mile")
