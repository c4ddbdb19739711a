"""The vocabulary of the number grammar, as data.

Each ``*.json`` file beside this module holds one concept (number words, qualifiers, movement
words, months, words that veto a quantity, rates, glued unit symbols). They are read once, through
``importlib.resources`` (so they work from a wheel), into frozen tables: ``frozenset`` for word
lists and read-only mappings for tables. Keys starting with ``_`` are documentation.

Code reads these tables; it does not spell the words. A test requires that every entry is shown by
a row of the example corpus (``tests/corpus``).
"""
from __future__ import annotations

import json
from fractions import Fraction
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Mapping

__all__ = ["table", "words", "mapping", "fraction_table", "month_names", "weekday_names", "person_nouns", "FILES"]

#: the lexicon files, by concept
FILES = ("numbers", "qualifiers", "changes", "calendar", "not_quantity", "rates", "glued_units")


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


@cache
def table(name: str) -> Mapping[str, Any]:
    """The whole file ``name``.json, frozen (documentation keys dropped)."""
    text = resources.files(__name__).joinpath(f"{name}.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return _freeze({k: v for k, v in data.items() if not k.startswith("_")})


@cache
def words(name: str, key: str) -> frozenset[str]:
    """A word list of file ``name`` as a frozenset."""
    return frozenset(table(name)[key])


@cache
def mapping(name: str, key: str) -> Mapping[str, Any]:
    """A table of file ``name`` (word -> value), read-only."""
    return table(name)[key]


@cache
def fraction_table(name: str, key: str) -> Mapping[str, float]:
    """A table of [numerator, denominator] pairs as floats (exact to the float's precision)."""
    return MappingProxyType({k: float(Fraction(n, d)) for k, (n, d) in table(name)[key].items()})


@cache
def month_names() -> tuple[str, ...]:
    """The twelve months' full names in calendar order: each month's longest spelling in
    calendar.json ("january", ..., "may", ..., "december")."""
    months = table("calendar")["months"]
    return tuple(max((w for w, n in months.items() if n == k), key=len) for k in range(1, 13))


@cache
def weekday_names() -> tuple[str, ...]:
    """The days of the week, Monday first, from calendar.json."""
    return tuple(table("calendar")["weekdays"])


@cache
def person_nouns() -> frozenset[str]:
    """Every noun persons.json gives for a person: plural counts ("people", "passengers"),
    singular ("man") and roles ("guard", "suspect")."""
    persons = table("persons")
    return frozenset(persons["persons"]) | frozenset(persons["singular"]) | frozenset(persons["roles"])
