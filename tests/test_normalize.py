import datetime
import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figrecon.currency import conversion
from figrecon.model import Claim, Normalized
from figrecon.normalize import base_unit, normalize


def claim(value=None, unit="kilometre", dimension="length", low=None, high=None, *,
          currency=None, per=None, date="2020-10-06", change="="):
    """A Claim with only the fields normalization reads; value doubles as low and high if unset."""
    if low is None and high is None and value is not None and change == "=":
        low = high = value
    return Claim(doc="a.txt", source="Test", date=date, start=0, end=1, surface="x",
                 sentence="x", value=value, low=low, high=high, change=change, unit=unit,
                 dimension=dimension, currency=currency, per=per)


def money(value=None, iso="GBP", **kw):
    return claim(value, unit="pound sterling" if iso == "GBP" else iso, dimension="currency",
                 currency=iso, **kw)


# -- money ---------------------------------------------------------------------------------------

def test_up_to_a_thousand_pounds():
    n = normalize(money(None, high=1000.0, change="<")).normalized
    assert n.value is None and n.low is None
    assert n.high == pytest.approx(1295.3, abs=0.5)
    assert n.unit == "USD" and n.converted
    assert n.rate_date == "2020-10-06" and n.rate_note is None


def test_period_is_kept():
    n = normalize(money(500.0, per="month")).normalized
    assert n.unit == "USD/month"
    assert n.value == pytest.approx(500 * 1.2953, rel=1e-3)


def test_period_from_quantulum_unit_name():
    c = claim(500.0, unit="dollar per month", dimension="unknown")
    n = normalize(c, "EUR").normalized
    assert n.unit == "EUR/month" and n.converted


def test_currency_from_unit_name_when_iso_missing():
    n = normalize(claim(10.0, unit="euro", dimension="currency")).normalized
    assert n.unit == "USD" and n.value == pytest.approx(11.795)


def test_weekend_article_notes_the_rate_date():
    n = normalize(money(100.0, date="2020-10-04")).normalized
    assert n.rate_date == "2020-10-02" and "weekend" in n.rate_note


def test_undated_article_notes_it():
    n = normalize(money(100.0, date=None)).normalized
    assert n.converted and "no article date" in n.rate_note


def test_unknown_currency_is_kept_and_flagged():
    n = normalize(claim(300.0, unit="hryvnia", dimension="currency", currency="UAH",
                        per="month")).normalized
    assert n == Normalized(300.0, 300.0, 300.0, "UAH/month", rate_note=n.rate_note,
                           converted=False)
    assert "UAH" in n.rate_note


def test_unrecognised_money_unit():
    n = normalize(claim(3.0, unit="doubloon", dimension="currency")).normalized
    assert not n.converted and n.unit == "doubloon"


def test_base_currency_other_than_usd():
    n = normalize(money(100.0, iso="USD"), "GBP").normalized
    assert n.unit == "GBP" and n.value == pytest.approx(100 / 1.2953, rel=1e-3)


def test_manat_through_the_peg():
    n = normalize(claim(170.0, unit="manat", dimension="currency", currency="AZN")).normalized
    assert n.value == pytest.approx(100.0)


# -- units ---------------------------------------------------------------------------------------

def test_kilometres_and_miles_are_comparable():
    border = normalize(claim(760.0, unit="kilometre")).normalized
    miles = normalize(claim(472.0, unit="mile")).normalized
    assert border.unit == miles.unit == "metre"
    assert border.value == pytest.approx(760_000)
    assert miles.value == pytest.approx(759_610, abs=1)


@pytest.mark.parametrize(
    "unit, base, factor",
    [
        ("kilometre", "metre", 1000), ("foot", "metre", 0.3048), ("inch", "metre", 0.0254),
        ("square kilometre", "square metre", 1e6), ("hectare", "square metre", 1e4),
        ("kilogram", "kilogram", 1), ("pound-mass", "kilogram", 0.45359237),
        ("tonne", "kilogram", 1000), ("litre", "cubic metre", 1e-3),
        ("barrel", "cubic metre", 0.158987294928), ("gallon", "cubic metre", 0.003785411784),
        ("hour", "second", 3600), ("day", "second", 86400), ("week", "second", 604800),
        ("year", "second", 31557600), ("decade", "second", 315576000),
        ("kilometre per hour", "metre per second", 1 / 3.6),
        ("mile per hour", "metre per second", 0.44704),
        ("kilowatt", "watt", 1000), ("megawatt", "watt", 1e6),
        ("gigawatt hour", "joule", 3.6e12), ("kilowatt hour", "joule", 3.6e6),
        ("percentage", "percent", 1), ("percent", "percent", 1),
        ("percentage point", "percentage point", 1), ("basis point", "percentage point", 0.01),
        ("gigabyte", "byte", 1e9),
    ],
)
def test_base_unit(unit, base, factor):
    name, f = base_unit(unit)
    assert name == base and f == pytest.approx(factor)


@pytest.mark.parametrize("unit", ["year of age", "fighter", "dimensionless", "megaton",
                                  "degree Celsius", "unk nanoampere tonne", ""])
def test_base_unit_none(unit):
    assert base_unit(unit) is None


def test_speed():
    n = normalize(claim(300.0, unit="kilometre per hour", dimension="speed")).normalized
    assert n.unit == "metre per second" and n.value == pytest.approx(83.333, abs=1e-3)


def test_percent_unchanged():
    n = normalize(claim(5.0, unit="percentage", dimension="percentage")).normalized
    assert (n.value, n.unit) == (5.0, "percent")


def test_counts_stay():
    c = claim(24.0, unit="fighter", dimension="count")
    assert normalize(c).normalized == Normalized(24.0, 24.0, 24.0, "fighter")


def test_count_noun_that_pint_knows_stays():
    # "two days" of fighting counted as a count noun must not become seconds
    assert normalize(claim(3.0, unit="day", dimension="count")).normalized.unit == "day"


def test_age_stays():
    n = normalize(claim(30.0, unit="year of age", dimension="time")).normalized
    assert (n.value, n.unit) == (30.0, "year of age")


def test_unknown_unit_stays():
    n = normalize(claim(3.0, unit="unk nanoampere tonne", dimension="unknown")).normalized
    assert (n.value, n.unit) == (3.0, "unk nanoampere tonne")


def test_temperature_with_offset():
    n = normalize(claim(98.6, unit="degree fahrenheit", dimension="temperature")).normalized
    assert n.unit == "degree Celsius" and n.value == pytest.approx(37.0)


def test_temperature_change_without_offset():
    n = normalize(claim(9.0, unit="degree fahrenheit", dimension="temperature",
                        change="up")).normalized
    assert n.value == pytest.approx(5.0)


def test_rate_of_a_physical_quantity_keeps_its_period():
    n = normalize(claim(1.0e6, unit="barrel", dimension="volume", per="day")).normalized
    assert n.unit == "cubic metre/day" and n.value == pytest.approx(158987.3, rel=1e-6)


def test_open_interval():
    n = normalize(claim(None, unit="mile", low=10.0, change=">")).normalized
    assert n.value is None and n.high is None and n.low == pytest.approx(16093.44)


# -- properties ----------------------------------------------------------------------------------

_UNITS = [("kilometre", "length"), ("mile", "length"), ("square mile", "area"),
          ("tonne", "mass"), ("litre", "volume"), ("hour", "time"), ("mile per hour", "speed"),
          ("percentage", "percentage"), ("degree fahrenheit", "temperature"),
          ("fighter", "count"), ("year of age", "time"), ("megawatt", "power")]
_MONEY = ["GBP", "USD", "EUR", "JPY", "AZN", "SAR", "INR", "UAH"]
_DATES = st.one_of(st.none(), st.dates(datetime.date(2010, 1, 1), datetime.date(2024, 12, 31))
                   .map(datetime.date.isoformat))
_POSITIVE = st.floats(min_value=0.001, max_value=1e9, allow_nan=False)


@st.composite
def claims(draw):
    low, value, high = sorted(draw(st.lists(_POSITIVE, min_size=3, max_size=3)))
    if draw(st.booleans()):
        low = None
    if draw(st.booleans()):
        high = None
    if draw(st.booleans()):
        iso = draw(st.sampled_from(_MONEY))
        return claim(value, unit=iso, dimension="currency", low=low, high=high, currency=iso,
                     per=draw(st.sampled_from([None, "month", "year"])), date=draw(_DATES))
    unit, dimension = draw(st.sampled_from(_UNITS))
    return claim(value, unit=unit, dimension=dimension, low=low, high=high, date=draw(_DATES))


@settings(deadline=None, max_examples=150)
@given(claims(), st.sampled_from(["USD", "EUR", "GBP"]))
def test_idempotent(c, base):
    once = normalize(c, base)
    assert normalize(once, base) == once


@settings(deadline=None, max_examples=150)
@given(claims(), st.sampled_from(["USD", "EUR", "GBP"]))
def test_interval_order_preserved(c, base):
    n = normalize(c, base).normalized
    bounds = [x for x in (n.low, n.value, n.high) if x is not None]
    assert bounds == sorted(bounds)


@settings(deadline=None, max_examples=80)
@given(_POSITIVE, st.sampled_from(["GBP", "EUR", "JPY", "AZN", "INR"]),
       st.dates(datetime.date(2018, 1, 1), datetime.date(2022, 12, 31)))
def test_money_round_trip(amount, iso, day):
    there = normalize(claim(amount, unit=iso, dimension="currency", currency=iso,
                            date=day.isoformat())).normalized
    back = normalize(claim(there.value, unit="dollar", dimension="currency", currency="USD",
                           date=day.isoformat()), iso).normalized
    assert back.value == pytest.approx(amount, rel=1e-9)
    assert conversion(iso, "USD", day.isoformat()).rate_date == there.rate_date


def test_ps_is_the_metric_horsepower():
    from dataclasses import replace

    hp = claim(300, unit="horsepower", dimension="power")
    ps = replace(hp, surface="300 PS")
    assert normalize(hp).normalized.value == pytest.approx(300 * 745.7, rel=1e-3)
    assert normalize(ps).normalized.value == pytest.approx(300 * 735.5, rel=1e-3)


# -- temperatures, precision, periods ------------------------------------------------------------

@pytest.mark.parametrize("value, unit, change, kelvin", [
    (2.7, "fahrenheit", "up", 1.5), (2.7, "degree fahrenheit", "down", 1.5),
    (3.0, "celsius", "up", 3.0), (0.4, "kelvin", "up", 0.4),
])
def test_temperature_change_is_a_difference_in_kelvin(value, unit, change, kelvin):
    n = normalize(claim(value, unit=unit, dimension="temperature", change=change,
                        low=value, high=value)).normalized
    assert n.unit == "kelvin"
    assert n.value == pytest.approx(kelvin, rel=1e-12)


def test_absolute_temperature_is_not_a_difference():
    n = normalize(claim(2.7, unit="fahrenheit", dimension="temperature")).normalized
    assert n.unit == "degree Celsius" and n.value == pytest.approx(-16.2778, rel=1e-4)


def test_small_masses_keep_their_value():
    n = normalize(claim(120.0, unit="microgram", dimension="mass")).normalized
    assert n.unit == "kilogram" and n.value == pytest.approx(1.2e-7, rel=1e-12)


def test_small_masses_keep_their_value_in_json():
    from figrecon.render import claim_dict

    d = claim_dict(normalize(claim(120.0, unit="microgram", dimension="mass")))
    assert d["normalized"]["value"] == pytest.approx(1.2e-7, rel=1e-11)


def test_a_period_inside_the_unit_is_not_divided_twice():
    n = normalize(claim(5.0e5, unit="barrel per day", dimension="volume", per="day")).normalized
    assert n.unit == "cubic metre per second"
    assert n.value == pytest.approx(5.0e5 * 0.158987294928 / 86400, rel=1e-9)
    n = normalize(claim(60.0, unit="mile per hour", dimension="speed", per="hour")).normalized
    assert n.unit == "metre per second" and n.value == pytest.approx(26.8224, rel=1e-9)


_PINT_OF = {"kilometre": "kilometer", "mile": "mile", "microgram": "microgram",
            "nanometre": "nanometer", "kip per square inch": "kip / inch ** 2",
            "mile per hour": "mile / hour", "hertz": "hertz", "tonne": "tonne",
            "litre": "liter", "picometre": "picometer"}
@functools.lru_cache(maxsize=1)
def _ureg():
    import pint

    return pint.UnitRegistry()


_ANY = st.floats(min_value=1e-12, max_value=1e12, allow_nan=False)


@settings(deadline=None, max_examples=150)
@given(_ANY, st.sampled_from(sorted(_PINT_OF)))
def test_full_relative_precision(value, unit):
    """Normalizing never rounds: the base value is pint's own conversion to 1e-12, however small
    or large, and so is what the JSON output says."""
    from figrecon.render import claim_dict

    ureg = _ureg()
    c = normalize(claim(value, unit=unit, dimension="x"))
    n = c.normalized
    expected = ureg.Quantity(value, ureg.parse_expression(_PINT_OF[unit]).units).to_base_units()
    assert n.value == pytest.approx(float(expected.magnitude), rel=1e-12)
    assert claim_dict(c)["normalized"]["value"] == pytest.approx(n.value, rel=1e-11)


@settings(deadline=None, max_examples=100)
@given(st.lists(st.floats(min_value=-80, max_value=130, allow_nan=False), min_size=3, max_size=3),
       st.sampled_from(["celsius", "fahrenheit", "kelvin"]), st.sampled_from(["=", "up", "down"]))
def test_temperature_intervals_stay_ordered_and_idempotent(values, unit, change):
    low, value, high = sorted(values)
    c = claim(value, unit=unit, dimension="temperature", low=low, high=high, change=change)
    once = normalize(c)
    n = once.normalized
    assert [n.low, n.value, n.high] == sorted([n.low, n.value, n.high])
    assert normalize(once) == once


@pytest.mark.parametrize("unit, base, factor", [
    ("inverse second", "hertz", 1.0),
    ("kilometre per square second", "metre per square second", 1e3),
    ("kilogram per cubic centimetre", "kilogram per cubic metre", 1e6),
    ("litre per kilometre", "square metre", 1e-6),
    ("inverse femtobarn", "inverse square metre", 1e43),
    ("joule per square metre", "kilogram per square second", 1.0),
])
def test_compound_units_normalize_to_si_words(unit, base, factor):
    """Units built by the grammar ("l/km", "s-1") reach SI base units named in words pint and
    readers both understand, never pint's "1 / meter ** 2"."""
    got = base_unit(unit)
    assert got[0] == base and got[1] == pytest.approx(factor, rel=1e-12)


def test_index_points_are_not_printers_points():
    """pint's "point" is a length (1/72 inch); an index or a score moves by points, which stay points."""
    from figrecon.extract import extract_text

    (claim,) = extract_text("The index fell 30 points on Monday.")
    n = normalize(claim).normalized
    assert (n.unit, n.value) == ("point", 30.0)


def test_how_often_stays_a_count_per_period():
    from figrecon.extract import extract_text

    (claim,) = extract_text("He trains four times per week.")
    n = normalize(claim).normalized
    assert (n.unit, n.value) == ("count per week", 4.0)


@pytest.mark.parametrize("unit, base, factor", [
    ("litre per crossing", "cubic metre per crossing", 1e-3),
    ("gallon per crossing", "cubic metre per crossing", 0.003785411784),
    ("pound-mass per passenger", "kilogram per passenger", 0.45359237),
    ("kilogram per passenger", "kilogram per passenger", 1.0),
])
def test_a_measure_per_a_thing_is_in_its_base_unit_per_that_thing(unit, base, factor):
    """A measure per something no unit table knows ("1,450 litres per crossing", "380 US gallons
    per crossing") is its base unit per that thing, so the two meet."""
    got = base_unit(unit)
    assert got[0] == base and got[1] == pytest.approx(factor, rel=1e-12)


@pytest.mark.parametrize("unit", ["count per week", "dollar per crossing", "degree Celsius per crossing", "fighter per crossing"])
def test_what_has_no_base_unit_per_a_thing_keeps_its_unit(unit):
    assert base_unit(unit) is None
