"""The lexicon loader: data files read once into frozen tables, and tables the grammar relies on."""
from types import MappingProxyType

import pytest

from figrecon import lexicon as L
from figrecon.extract import _NUMBER_HINT


@pytest.mark.parametrize("name", L.FILES)
def test_every_file_loads_frozen_without_its_documentation(name):
    table = L.table(name)
    assert isinstance(table, MappingProxyType) and table
    assert not any(key.startswith("_") for key in table)
    assert L.table(name) is table  # read once
    with pytest.raises(TypeError):
        table["new"] = 1  # type: ignore[index]


def test_word_lists_are_frozensets_and_fractions_exact():
    assert isinstance(L.words("calendar", "months"), frozenset)
    thirds = L.fraction_table("numbers", "fractions")["third"]
    assert thirds == 1 / 3
    assert L.fraction_table("numbers", "vulgar")["⅝"] == 0.625


def test_qualifier_effects_are_the_three_bounds():
    for file, key in (("qualifiers", "before"), ("qualifiers", "after")):
        assert set(L.mapping(file, key).values()) <= {"<", ">", "~"}


def test_the_candidate_filter_knows_every_number_word_of_the_lexicon():
    numbers = L.table("numbers")
    for key in ("small", "tens", "scales", "vague", "denominators"):
        for word in numbers[key]:
            assert _NUMBER_HINT.search(f"It was {word} then"), word
    assert not _NUMBER_HINT.search("Nothing here counts anything")


def test_one_table_of_months_numbers_every_spelling():
    months = L.mapping("calendar", "months")
    assert sorted(set(months.values())) == list(range(1, 13))
    names = L.month_names()
    assert len(names) == 12 and [months[n] for n in names] == list(range(1, 13))
    assert names[4] == "may" and names[8] == "september"  # the longest spelling is the full name
    # the date reader and grouping read the same table
    from figrecon import reconcile, sources

    assert sources._MONTHS is months and reconcile._MONTHS == names


def test_the_country_table_is_cldrs():
    """lexicon/countries.json holds CLDR's English names of the two-letter territories, as babel
    ships them, and nothing else (its short forms are kept apart)."""
    babel = pytest.importorskip("babel")
    import re

    names = set()
    for code, name in babel.Locale("en").territories.items():
        if len(code) == 2 and code not in ("ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"):
            for part in filter(None, (p.strip() for p in re.split(r"\s*\(|\)", name.lower()))):
                names |= {part, part.replace("&", "and")}
    table = L.table("countries")
    assert set(table["countries"]) == names
    assert "libya" in names and "sicily" not in names
