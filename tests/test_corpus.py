"""The example corpus is the test of the number grammar (tests/corpus/*.jsonl).

Each row: a text and the mentions the scanner must find in it, in order (surface, value, interval,
unit, currency, change, and the rules that must have fired), or the vetoes that must have rejected
a number. ``negative.jsonl`` holds texts with no quantity. Every grammar rule and every entry of the
number and qualifier lexicons must be shown by at least one row.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from figrecon import lexicon as L
from figrecon.grammar.rules import BY_NAME, RULES
from figrecon.numbers import Scanner

CORPUS = Path(__file__).parent / "corpus"


def _rows():
    for path in sorted(CORPUS.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                yield pytest.param(json.loads(line), id=f"{path.stem}:{number}")


ROWS = list(_rows())


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


@pytest.mark.parametrize("row", ROWS)
def test_corpus_row(row):
    scanner = Scanner(row["text"])
    found = scanner.scan()
    got = [(row["text"][m.start:m.end], m) for m in found]
    assert [s for s, _ in got] == [e["surface"] for e in row["mentions"]], got
    for (surface, m), expected in zip(got, row["mentions"]):
        assert _same(m.value, expected["value"]), (surface, m)
        assert _same(m.low, expected["low"]) and _same(m.high, expected["high"]), (surface, m)
        assert m.unit == expected["unit"], (surface, m)
        assert m.change == expected["change"], (surface, m)
        if "per" in expected:
            assert m.per == expected["per"], (surface, m)
        if "currency" in expected:
            assert m.currency == expected["currency"], (surface, m)
        missing = set(expected["rules"]) - set(m.rules)
        assert not missing, (surface, m.rules, missing)
    for m in found:
        assert set(m.rules) <= set(BY_NAME), m.rules  # every rule that fires is declared
    vetoed = {rule for rule, _, _ in scanner.vetoes}
    assert vetoed <= set(BY_NAME), vetoed
    assert set(row.get("vetoes", ())) <= vetoed, scanner.vetoes


def test_every_rule_has_an_example():
    shown = set()
    for param in ROWS:
        row = param.values[0]
        shown |= set(row.get("vetoes", ()))
        for mention in row["mentions"]:
            shown |= set(mention["rules"])
    assert {rule.name for rule in RULES} - shown == set()


def _texts_with_mentions() -> str:
    return "\n".join(p.values[0]["text"].lower() for p in ROWS if p.values[0]["mentions"])


@pytest.mark.parametrize("file, key", [
    ("numbers", "small"), ("numbers", "tens"), ("numbers", "scales"), ("numbers", "suffix_scales"),
    ("numbers", "weak_suffixes"), ("numbers", "currency_suffixes"), ("numbers", "upper_suffixes"),
    ("numbers", "fractions"), ("numbers", "vulgar"), ("numbers", "vague"), ("numbers", "few"),
    ("numbers", "denominators"), ("numbers", "sign_words"), ("numbers", "not_sign_after"),
    ("numbers", "spaced_sign_after"), ("numbers", "compound_ordinals"), ("numbers", "scale_plurals"), ("numbers", "measures_before"),
    ("rates", "time_periods"), ("rates", "per_words"), ("rates", "per_units"), ("rates", "adverbs"),
    ("glued_units", "units"), ("changes", "temperature_after"), ("qualifiers", "range_to"), ("qualifiers", "before"), ("qualifiers", "after"),
    ("changes", "up"), ("changes", "down"), ("changes", "ambiguous"), ("changes", "bare_verb_before"),
    ("changes", "relative_units"), ("changes", "phrasal_up"), ("changes", "phrasal_down"),
    ("not_quantity", "function_words"), ("not_quantity", "dimension_words"),
    ("not_quantity", "abbreviations"), ("numbers", "half_share_before"), ("numbers", "fraction_alone_before"), ("qualifiers", "hyphen_after"),
    ("qualifiers", "over_particle_verbs"), ("qualifiers", "up_particle_verbs"), ("qualifiers", "level_crossing"), ("numbers", "point_opens_after"),
    ("numbers", "metre_events"), ("calendar", "time_prepositions"), ("calendar", "time_words"),
    ("calendar", "clock_suffixes"), ("numbers", "collective_heads"),
])
def test_every_lexicon_entry_has_an_example(file, key):
    """An entry no example shows is vocabulary nobody checked: each must occur in a corpus text
    that yields a mention (as a word, or glued after digits for multipliers)."""
    text = _texts_with_mentions()
    missing = [entry for entry in L.table(file)[key]
               if not (re.search(r"(?:\b|(?<=\d))" + re.escape(entry.lower()) + r"\b", text)
                       if entry[:1].isalpha() else entry.lower() in text)]
    assert missing == []


@pytest.mark.parametrize("file, key", [
    ("calendar", "months"), ("calendar", "ambiguous_months"), ("calendar", "weekdays"),
    ("not_quantity", "reference_words"), ("not_quantity", "street_words"), ("not_quantity", "verbs_in_s"),
    ("not_quantity", "time_of_day"), ("not_quantity", "ordinal_suffixes"), ("not_quantity", "index_names"),
    ("not_quantity", "index_name_extras"), ("not_quantity", "year_prepositions"), ("not_quantity", "magnitude_idioms"),
    ("numbers", "comma_compound_not_after"), ("numbers", "comma_compound_not_opening"),
    ("numbers", "fractions_before_unit"), ("numbers", "half_share_not_after"), ("not_quantity", "glued_codes"),
    ("not_quantity", "picture_codes"), ("not_quantity", "picture_words"),
    ("not_quantity", "score_before"), ("not_quantity", "score_skip"), ("not_quantity", "score_after"),
    ("not_quantity", "dial_words"), ("not_quantity", "code_words"), ("numbers", "fraction_hyphen_not_units"),
    ("not_quantity", "clock_phrases"), ("not_quantity", "clock_openers"), ("not_quantity", "clock_qualifiers"),
    ("not_quantity", "clock_followers"), ("not_quantity", "one_compounds"),
])
def test_every_veto_word_has_an_example(file, key):
    """Words that veto a number (a month makes it a date) must occur in a corpus text, which may
    yield no mention."""
    text = "\n".join(p.values[0]["text"].lower() for p in ROWS)
    assert [entry for entry in L.table(file)[key]
            if not re.search(r"(?:\b|(?<=\d))" + re.escape(entry.lower()) + r"\b", text)] == []


def test_every_length_noun_has_an_example():
    """"a height of 48m": each noun of length that makes a glued "m" metres (units.json
    length_before) must stand before such a figure in a row that yields it in metres."""
    import json as _json
    from importlib import resources

    words = _json.loads(resources.files("figrecon.lexicon").joinpath("units.json").read_text("utf-8"))["length_before"]["words"]
    shown = set()
    for param in ROWS:
        row = param.values[0]
        for m in row["mentions"]:
            if m["unit"] == "metre" and "metre" in m["rules"] and re.fullmatch(r"[\d.,]+m", m["surface"].split()[-1]):
                for at in re.finditer(r"(?<![\d.,])" + re.escape(m["surface"]), row["text"]):
                    before = row["text"][:at.start()].lower()
                    shown |= {w for w in words if re.search(r"\b" + w + r"\b[^.]{0,25}$", before)}
    assert sorted(set(words) - shown) == []


def test_every_people_ending_has_an_example():
    """"12 Democrats", "20 Chinese": a capitalised word with a people's ending after a number is
    counted, not a name; each ending must end such a word in a row that yields mentions."""
    words = set(re.findall(r"\b\d+ ([A-Z][a-z]+)", "\n".join(p.values[0]["text"] for p in ROWS if p.values[0]["mentions"])))
    assert [e for e in L.table("not_quantity")["people_endings"] if not any(w.lower().endswith(e) for w in words)] == []


def test_the_readme_wordings_table_is_generated_from_this_corpus():
    import importlib.util

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("regenerate", root / "examples" / "regenerate.py")
    regenerate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(regenerate)
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "<!-- wordings -->\n" + regenerate.wordings_table() + "<!-- /wordings -->" in readme, \
        "run: python examples/regenerate.py --wordings"
