"""A Claim in base units: SI units through pint, money in one base currency at the article's date.

The base units, by what is measured:

==================  =============================  ==============================================
measured            base unit (``Normalized.unit``)  notes
==================  =============================  ==============================================
length              metre                          mile = international mile
area                square metre
volume              cubic metre                    SI, like the rest; barrel = 42 US gallon oil
                                                   barrel, gallon = US liquid gallon
mass                kilogram                       "ton" = short ton (as pint), "tonne" = 1000 kg
time (durations)    second                         month = year/12, year = 365.25 days
speed               metre per second
acceleration        metre per square second
energy              joule
power               watt
force               newton
pressure            pascal
frequency           hertz
data                byte
data rate           bit per second
temperature         degree Celsius                 converted with the offset; a change ("up",
                                                   "down") as a difference, in kelvin
percentages         percent                        per mille, ppm ... become percent
percentage points   percentage point               basis point = 0.01 percentage point
money               ISO code ("USD")               period kept: "USD/month"
==================  =============================  ==============================================

A thing's age given as a duration ("built 31 years ago", ``made_ago``) is in years, as an age.
Left exactly as they are: counts (``dimension == "count"``), ages ("year of age"), TNT-or-mass
tonnages ("megaton"), and anything pint does not know. Normalizing never raises.
"""
from __future__ import annotations

import dataclasses
import functools
import math
import re
from typing import Optional

from . import currency, lexicon
from .model import Claim, Normalized

__all__ = ["base_unit", "normalize"]

#: (base unit name, factor) for dimensionless units pint would confuse with each other.
_RATIOS: dict[str, tuple[str, float]] = {
    "percent": ("percent", 1.0),
    "percentage": ("percent", 1.0),
    "per mille": ("percent", 0.1),
    "parts-per-million": ("percent", 1e-4),
    "parts-per-billion": ("percent", 1e-7),
    "parts-per-trillion": ("percent", 1e-10),
    "percentage point": ("percentage point", 1.0),
    "basis point": ("percentage point", 0.01),
}

#: Units left alone: not durations to compare with durations, or ambiguous in the news
#: ("gigatons of CO2" are mass, quantulum3 reads TNT energy), or that pint gets wrong.
_KEEP = frozenset({"year of age", "years of age", "gigaton", "megaton", "kiloton", "dimensionless",
                   "unk", "count", "revolutions per minute", "cycle per second", "quarter",
                   "degree angle", "radian", "steradian", "minute of arc", "second of arc", "turn",
                   # index and score points: pint's "point" is the printer's point, a length
                   "point"})

#: quantulum3 names pint spells differently, or reads otherwise than the news means.
_PINT_NAMES: dict[str, str] = {
    "pound-mass": "pound",
    "pound-foot": "pound_force * foot",  # torque ("275 pound-feet")
    "barrel": "oil_barrel",
    "barrel of oil": "oil_barrel",
    "light-year": "light_year",
    "horsepower-hour": "horsepower * hour",
    "watt second": "watt * second",
    "decade": "10 * year",  # pint's "decade" is the logarithmic one
    "lustrum": "5 * year",
    "gal": "Gal",  # quantulum3's gal is the galileo; pint's is the gallon
    "millimeter of mercury": "mmHg",
    "centimeter of water": "cmH2O",
    "inch of water": "inH2O",
    "inch of mercury": "inHg",
    "standard atmosphere": "atm",
    "technical atmosphere": "at",
    "pound per square inch": "psi",
    "british thermal unit": "BTU",
    "mega british thermal unit": "1e6 * BTU",
    "kilogram-force": "kgf",
    "gram-force": "gram * g_0",
    "ton-force": "tf",
    "pound-force": "lbf",
    "ounce-force": "ozf",
    "volt-ampere": "volt * ampere",
    "ampere-hour": "ampere * hour",
    "milliampere-hour": "milliampere * hour",
    "ampere-turn": "ampere",
    "quintal": "100 * kilogram",
    "board-foot": "board_foot",
    "ton of refrigeration": "ton_of_refrigeration",
    "degree Celsius": "degC",
    "degree celsius": "degC",
    "degree fahrenheit": "degF",
    "degree Fahrenheit": "degF",
    "degree rankine": "degR",
    "kelvin": "kelvin",
    "metric horsepower": "metric_horsepower",
}

#: pint expression of the base unit for each dimensionality, and its name in quantulum3's style.
_BASES: tuple[tuple[str, str], ...] = (
    ("metre", "meter"),
    ("square metre", "meter ** 2"),
    ("cubic metre", "meter ** 3"),
    ("kilogram", "kilogram"),
    ("second", "second"),
    ("metre per second", "meter / second"),
    ("metre per square second", "meter / second ** 2"),
    ("joule", "joule"),
    ("watt", "watt"),
    ("newton", "newton"),
    ("pascal", "pascal"),
    ("hertz", "hertz"),
    ("ampere", "ampere"),
    ("volt", "volt"),
    ("coulomb", "coulomb"),
    ("kilogram per cubic metre", "kilogram / meter ** 3"),
    ("cubic metre per second", "meter ** 3 / second"),
    ("kilogram per second", "kilogram / second"),
)

_TEMPERATURE = "degree Celsius"
#: a change of temperature ("risen by 2.7°F") is a difference, whose unit is the kelvin: 1.5 K,
#: never an absolute -16 °C, and never grouped with absolute readings.
_TEMPERATURE_CHANGE = "kelvin"


@functools.lru_cache(maxsize=1)
def _registry():
    import pint

    return pint.UnitRegistry()


@functools.lru_cache(maxsize=1)
def _bases() -> dict:
    ureg = _registry()
    return {ureg.parse_expression(expr).dimensionality: (name, expr) for name, expr in _BASES}


def _pint_expression(name: str) -> Optional[str]:
    """A pint expression for a quantulum3 unit name, or None if it cannot be one."""
    ureg = _registry()
    name = " ".join(name.split())
    if not name:
        return None
    if name in _PINT_NAMES:
        return _PINT_NAMES[name]
    if " per " in name:
        parts = [_pint_expression(p) for p in name.split(" per ")]
        if any(p is None for p in parts):
            return None
        return " / ".join(f"({p})" for p in parts)
    if name.startswith("inverse "):  # "inverse second" (s⁻¹), "inverse femtobarn"
        inner = _pint_expression(name[len("inverse "):])
        return None if inner is None else f"1 / ({inner})"
    for power, word in ((2, "square "), (3, "cubic ")):
        if name.startswith(word):
            inner = _pint_expression(name[len(word):])
            return None if inner is None else f"({inner}) ** {power}"
    joined = name.replace(" ", "_").replace("-", "_")
    if joined in ureg:
        return joined
    words = name.split()
    if len(words) > 1:  # "kilowatt hour", "newton metre"
        parts = [_pint_expression(w) for w in words]
        return None if any(p is None for p in parts) else " * ".join(f"({p})" for p in parts)
    return None


@functools.lru_cache(maxsize=512)
def _quantity(unit: str):
    """The pint quantity of one ``unit``, or None when pint does not know it."""
    if unit in _KEEP or unit.lower() in _KEEP or unit.lower().startswith("count per "):
        return None  # "four times a week" stays a count per week, not 6.6e-06 hertz
    try:
        expr = _pint_expression(unit)
        return None if expr is None else _registry().parse_expression(expr)
    except Exception:  # pint raises many kinds; an unknown unit just stays as it is
        return None


@functools.lru_cache(maxsize=512)  # i13: parsing "kelvin" per claim cost 0.4 ms
def _is_temperature(unit: str) -> bool:
    q = _quantity(unit)
    kelvin = _registry().parse_expression("kelvin")
    return q is not None and q.dimensionality == kelvin.dimensionality


@functools.lru_cache(maxsize=512)
def base_unit(unit: str) -> Optional[tuple[str, float]]:
    """The base unit of a quantulum3 unit name and the factor to it: ``("metre", 1000.0)`` for
    "kilometre".

    None when there is no such factor: unknown units, counts, ages, and temperatures, whose
    scales differ by an offset (:func:`normalize` converts those itself).
    """
    if unit in _RATIOS:
        return _RATIOS[unit]
    q = _quantity(unit)
    if q is None and " per " in unit:
        # a measure per a thing no unit table knows ("litre per crossing", "pound-mass per
        # passenger"): the measure in its base unit, per the same thing ("cubic metre per
        # crossing", "kilogram per passenger"), so "1,450 litres" and "380 US gallons" a crossing meet
        head, _, thing = unit.rpartition(" per ")
        found = base_unit(head) if _quantity(thing) is None and thing.strip() else None
        return None if found is None else (f"{found[0]} per {thing.strip()}", found[1])
    if q is None or _is_temperature(unit):
        return None
    try:
        if q.dimensionless:
            # information is dimensionless in pint, like radians and dozens: only bits and bytes
            if "bit" in unit or "byte" in unit:
                return "byte", float(q.to("byte").magnitude)
            return None
        if q.dimensionality == _registry().parse_expression("hertz").dimensionality and (
                "bit" in unit or "byte" in unit or unit == "baud"):
            return "bit per second", float(q.to("bit / second").magnitude)
        base = _bases().get(q.dimensionality)
        if base is not None:
            return base[0], float(q.to(base[1]).magnitude)
        root = q.to_base_units()  # SI: kilogram, not pint's root gram
        return _unit_words(root.units), float(root.magnitude)
    except Exception:
        return None


_POWER_WORDS = {1: "", 2: "square ", 3: "cubic "}


def _unit_words(units) -> str:
    """pint root units in the words of the rest of the table: "kilogram per square second",
    "inverse square metre" (not "1 / meter ** 2"); pint's own spelling for powers above 3."""
    top, bottom = [], []
    for name, power in sorted(dict(units._units).items()):
        word = {"meter": "metre"}.get(name, name)
        if abs(power) not in _POWER_WORDS:
            return str(units)
        (top if power > 0 else bottom).append(_POWER_WORDS[abs(power)] + word)
    if not top and bottom:
        top, bottom = ["inverse " + bottom[0]], bottom[1:]
    return " per ".join([" ".join(top), *bottom])


def _scale(x: Optional[float], factor: float) -> Optional[float]:
    return None if x is None else x * factor


def _temperature(claim: Claim) -> Optional[Normalized]:
    """Temperatures in degree Celsius: with the offset for a reading, without it for a change."""
    ureg = _registry()
    q = _quantity(claim.unit)
    delta = claim.change in ("up", "down")
    try:
        def absolute(x: float) -> float:
            return float(ureg.Quantity(x, q.units).to("degC").magnitude)

        def difference(x: float) -> float:
            # degC and degF have offsets: a difference of them is pint's delta unit; kelvin and
            # rankine have none, and no delta unit
            try:
                units = ureg.parse_units(f"delta_{q.units}")
            except Exception:
                units = q.units
            return float(ureg.Quantity(x, units).to("kelvin").magnitude)

        if delta:
            convert = difference
        else:
            convert = absolute
        value, low, high = (None if x is None else convert(x)
                            for x in (claim.value, claim.low, claim.high))
    except Exception:
        return None
    unit = _TEMPERATURE_CHANGE if delta else _TEMPERATURE
    return Normalized(value, low, high, _with_period(unit, _period(claim)))


def _with_period(unit: str, per: Optional[str]) -> str:
    return f"{unit}/{per}" if per else unit


def _period(claim: Claim) -> Optional[str]:
    """The claim's period, unless its unit already holds it: "barrel per day" with the period
    "day" is converted whole (to cubic metre per second) and must not be divided by a day again."""
    if not claim.per or " per " not in claim.unit:
        return claim.per
    tail = claim.unit.rpartition(" per ")[2].strip().lower()
    per = claim.per.strip().lower()
    return None if tail in (per, per.rstrip("s"), per + "s") else claim.per


def _money(claim: Claim, base_currency: str) -> Normalized:
    name, _, per_in_unit = claim.unit.partition(" per ")
    per = claim.per or (per_in_unit.strip() or None)
    iso = claim.currency.upper() if claim.currency else None
    if iso is None:
        found = currency.lookup(name) or currency.lookup(claim.unit)
        iso = found.iso if found else None
    if iso is None:
        return Normalized(claim.value, claim.low, claim.high, claim.unit,
                          rate_note=f"unknown currency {claim.unit!r}", converted=False)
    sub = currency.subunit(name)
    part = currency.subunit_scale(sub) if sub else 1.0  # "61 cents" a currency was found for: $0.61
    conv = currency.conversion(iso, base_currency, claim.date)
    if not conv.converted:
        return Normalized(_scale(claim.value, part), _scale(claim.low, part), _scale(claim.high, part),
                          _with_period(iso, per), rate_note=conv.note, converted=False)
    rate = conv.rate * part
    return Normalized(
        _scale(claim.value, rate), _scale(claim.low, rate), _scale(claim.high, rate),
        _with_period(base_currency.upper(), per),
        rate=conv.rate, rate_date=conv.rate_date, rate_note=conv.note, converted=True,
    )


def _as_is(claim: Claim) -> Normalized:
    return Normalized(claim.value, claim.low, claim.high, _with_period(claim.unit, _period(claim)))


def _is_money(claim: Claim) -> bool:
    if claim.dimension == "currency" or claim.currency:
        return True
    if claim.dimension == "count":
        return False
    # quantulum3 calls "$500 a month" a "dollar per month" of unknown dimension
    head = claim.unit.partition(" per ")[0].strip()
    return head.lower() not in currency.AMBIGUOUS_NAMES and currency.lookup(head) is not None


#: verbs whose "N years ago" is their subject's age; lexicon/comparison.json making_verbs.
_MAKING_VERBS = frozenset(lexicon.table("comparison")["making_verbs"])


def made_ago(claim: Claim) -> bool:
    """Whether a duration in years dates the making of its subject, so is that thing's age: "the
    vessel was built 31 years ago" is "the 31-year-old vessel" (lexicon/comparison.json
    making_verbs), and normalizes as an age does, in years; "the dam failed 37 years ago" dates an
    event and stays a duration."""
    if claim.dimension != "time" or not (claim.unit or "").lower().startswith("year"):
        return False
    if not re.match(r"\s+ago\b", claim.sentence[claim.end - claim.sentence_start:][:6]):
        return False
    verb = getattr(claim.context, "verb", None)
    return bool(verb) and verb.lower() in _MAKING_VERBS


def _normalized(claim: Claim, base_currency: str) -> Normalized:
    if _is_money(claim):
        return _money(claim, base_currency)
    if made_ago(claim):
        return Normalized(claim.value, claim.low, claim.high, "year of age")
    if claim.dimension in ("count", "unresolved"):  # "unresolved": "pounds" of money or weight
        return _as_is(claim)
    if _quantity(claim.unit) is not None and _is_temperature(claim.unit):
        return _temperature(claim) or _as_is(claim)
    found = base_unit(_metric_horsepower(claim))
    if found is None:
        return _as_is(claim)
    name, factor = found
    if not math.isfinite(factor) or factor <= 0:
        return _as_is(claim)
    return Normalized(_scale(claim.value, factor), _scale(claim.low, factor),
                      _scale(claim.high, factor), _with_period(name, _period(claim)))


def _metric_horsepower(claim: Claim) -> str:
    """The unit to convert: "300 PS" shares the unit name ``horsepower`` with "300 hp" (NewsQuant
    names both so), but the Pferdestärke is the metric horsepower, 735.5 W rather than 745.7 W."""
    if claim.unit == "horsepower" and re.search(r"\b(?:PS|CV|ch)\b", claim.surface):
        return "metric horsepower"
    return claim.unit


def normalize(claim: Claim, base_currency: str = "USD") -> Claim:
    """``claim`` with ``normalized`` set: its value and interval in base units (see the module
    docstring), money converted to ``base_currency`` at the rate of the claim's date.

    Pure and idempotent: the result depends only on the claim's own fields, never on an earlier
    ``normalized``. Never raises; what cannot be converted keeps its unit (and, for money,
    ``converted=False`` with a note saying why).
    """
    try:
        result = _normalized(claim, base_currency)
    except Exception:  # a bug in a corner must not lose the claim
        result = _as_is(claim)
    return dataclasses.replace(claim, normalized=result)
