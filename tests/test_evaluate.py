import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figrecon.evaluate import (
    GoldQuantity,
    GoldSentence,
    Score,
    concept_words,
    error_record,
    evaluate,
    load_gold,
    parse_gold_value,
    score,
)

SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"


@dataclass(frozen=True)
class C:
    """A minimal claim-like object."""

    value: Optional[float]
    unit: str = "dollar"
    change: str = "="
    subject: str = ""
    low: Optional[float] = None
    high: Optional[float] = None

    def __post_init__(self):
        if self.low is None and self.high is None and self.value is not None:
            object.__setattr__(self, "low", self.value)
            object.__setattr__(self, "high", self.value)


def gq(value, unit="dollar", change="=", concepts="-"):
    low, high, is_range = parse_gold_value(value)
    return GoldQuantity(value, low, high, is_range, unit, None, change, concepts)


def sentence(*quantities, text="t"):
    return GoldSentence(text, tuple(quantities))


def const(*claims):
    return lambda text: list(claims)


# -- parsing gold values ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("0.5", (0.5, 0.5, False)),
        ("1500000.0", (1500000.0, 1500000.0, False)),
        ("100-1000", (100.0, 1000.0, True)),
        ("3.0 - 4.0", (3.0, 4.0, True)),
        ("208.0-193.0", (193.0, 208.0, True)),
        ("2.0-0.0", (0.0, 2.0, True)),
        ("-5.0", (-5.0, -5.0, False)),
        ("-1.5-2", (-1.5, 2.0, True)),
        ("1.99E-29", (1.99e-29, 1.99e-29, False)),
    ],
)
def test_parse_gold_value(text, expected):
    assert parse_gold_value(text) == expected


def test_parse_gold_value_rejects_words():
    with pytest.raises(ValueError):
        parse_gold_value("about 5")


def test_load_gold(tmp_path):
    path = tmp_path / "g.json"
    path.write_text(json.dumps([
        {"text": "a", "quantities": [{"value": "1-2", "normalized_unit": "mile", "unit": "miles",
                                      "change": "~", "referred_concepts": "x"}]},
        {"text": "b", "quantities": [{"value": "7", "normalized_unit": "dollar"}]},
        {"text": "c", "quantities": []},
    ]))
    gold = load_gold(path)
    assert [s.text for s in gold] == ["a", "b", "c"]
    assert gold[0].quantities[0] == GoldQuantity("1-2", 1.0, 2.0, True, "mile", "miles", "~", "x")
    assert gold[1].quantities[0].change is None and gold[1].quantities[0].concepts is None


# -- scoring ------------------------------------------------------------------------------------

def test_exact_match_scores_everything():
    gold = [sentence(gq("5.0", "percentage", "up", "Tesla shares"))]
    r = score(gold, const(C(5.0, "Percentage", "up", "Tesla shares")))
    for s in (r.value, r.value_unit, r.value_change, r.concept_partial, r.concept_complete):
        assert (s.tp, s.predicted, s.gold) == (1, 1, 1)
        assert s.f1 == 100.0


def test_relative_tolerance():
    gold = [sentence(gq("0.6666666666666666"), gq("1000000"))]
    r = score(gold, const(C(0.666667), C(1000001.0)))
    assert r.value.tp == 2  # both are within 1e-5 of the gold
    r = score(gold, const(C(0.6667), C(1000020.0)))
    assert r.value.tp == 0  # both are 2e-5 or more away


def test_range_matches_low_and_high_in_either_order():
    gold = [sentence(gq("100-1000", "mile"), gq("208.0-193.0", "pound-mass"))]
    claims = [C(None, "mile", low=100.0, high=1000.0), C(None, "pound-mass", low=193.0, high=208.0)]
    r = score(gold, const(*claims))
    assert r.value.tp == 2 and r.value_unit.tp == 2


def test_range_is_not_matched_by_its_midpoint_or_one_end():
    gold = [sentence(gq("5-10", "watt"))]
    assert score(gold, const(C(7.5, "watt"))).value.tp == 0
    assert score(gold, const(C(5.0, "watt", low=5.0, high=None))).value.tp == 0


def test_point_uses_low_when_value_is_none_and_interval_is_a_point():
    gold = [sentence(gq("12"))]
    assert score(gold, const(C(None, low=12.0, high=12.0))).value.tp == 1
    assert score(gold, const(C(None, low=12.0, high=120.0))).value.tp == 0


def test_point_with_open_interval_matches_by_value():
    gold = [sentence(gq("60.0", "percentage", ">"))]
    r = score(gold, const(C(60.0, "percentage", ">", low=60.0, high=None)))
    assert r.value_change.tp == 1


def test_wrong_unit_and_change_count_for_value_only():
    gold = [sentence(gq("19", "cent", "up"))]
    r = score(gold, const(C(19.0, "dollar", "=")))
    assert r.value.tp == 1
    assert r.value_unit.tp == 0
    assert r.value_change.tp == 0


def test_unitless_gold_matches_empty_or_dimensionless_unit():
    gold = [sentence(gq("3.65", "-"), gq("2", "-"))]
    r = score(gold, const(C(3.65, ""), C(2.0, "dimensionless")))
    assert r.value_unit.tp == 2
    assert score(gold, const(C(3.65, "dollar"))).value_unit.tp == 0


def test_extra_predictions_lower_precision_not_recall():
    gold = [sentence(gq("5"))]
    r = score(gold, const(C(5.0), C(6.0), C(7.0), C(8.0)))
    assert (r.value.tp, r.value.predicted, r.value.gold) == (1, 4, 1)
    assert r.value.precision == 25.0
    assert r.value.recall == 100.0
    assert r.value.f1 == pytest.approx(40.0)


def test_missing_predictions_lower_recall():
    gold = [sentence(gq("5"), gq("6"), text="a"), sentence(gq("7"), text="b")]
    r = score(gold, lambda text: [C(5.0)] if text == "a" else [])
    assert r.value.precision == 100.0
    assert r.value.recall == pytest.approx(100 / 3)


def test_each_claim_matches_at_most_one_gold_greedily_in_order():
    gold = [sentence(gq("0.2", "percentage", "up"), gq("0.2", "percentage", "down"))]
    r = score(gold, const(C(0.2, "percentage", "up")))
    assert r.value.tp == 1 and r.value_change.tp == 1
    r = score(gold, const(C(0.2, "percentage", "up"), C(0.2, "percentage", "down")))
    assert r.value_change.tp == 2
    r = score(gold, const(C(0.2, "percentage", "down"), C(0.2, "percentage", "up")))
    assert r.value.tp == 2 and r.value_change.tp == 0  # greedy pairs by order, not best fit


def test_concept_partial_vs_complete():
    gold = [sentence(gq("1", concepts="revenue, Chinese e-commerce giant"))]
    partial = score(gold, const(C(1.0, subject="the giant")))
    assert partial.concept_partial.tp == 1 and partial.concept_complete.tp == 0
    complete = score(gold, const(C(1.0, subject="Chinese e-commerce giant's revenue")))
    assert complete.concept_partial.tp == 1 and complete.concept_complete.tp == 1
    disjoint = score(gold, const(C(1.0, subject="advertising")))
    assert disjoint.concept_partial.tp == 0


def test_concept_stop_words_and_case_are_ignored():
    assert concept_words("The price of the West Texas Intermediate") == {"price", "west", "texas", "intermediate"}
    gold = [sentence(gq("1", concepts="price West Texas Intermediate benchmark"))]
    r = score(gold, const(C(1.0, subject="the price of the west texas intermediate benchmark")))
    assert r.concept_complete.tp == 1


def test_no_concept_is_right_only_for_an_empty_subject():
    gold = [sentence(gq("1", concepts="-"))]
    r = score(gold, const(C(1.0, subject="")))
    assert r.concept_partial.tp == 1 and r.concept_complete.tp == 1
    r = score(gold, const(C(1.0, subject="the company")))
    assert r.concept_partial.tp == 0 and r.concept_complete.tp == 0
    gold = [sentence(gq("1", concepts="company"))]
    assert score(gold, const(C(1.0, subject=""))).concept_partial.tp == 0


def test_unannotated_metrics_are_none():
    gold = [sentence(GoldQuantity("75000000", 75e6, 75e6, False, "dollar"))]
    r = score(gold, const(C(75e6)))
    assert r.value.tp == 1 and r.value_unit.tp == 1
    assert r.value_change is None and r.concept_partial is None and r.concept_complete is None
    assert r.to_dict()["value_change"] is None


def test_score_zero_division():
    s = Score(0, 0, 0)
    assert (s.precision, s.recall, s.f1) == (0.0, 0.0, 0.0)


def test_report_to_dict_is_json():
    r = score([sentence(gq("5"))], const(C(5.0)))
    d = json.loads(json.dumps(r.to_dict()))
    assert d["n_sentences"] == 1
    assert d["value"] == {"tp": 1, "predicted": 1, "gold": 1, "precision": 100.0, "recall": 100.0, "f1": 100.0}


def test_error_record():
    gold = [sentence(gq("5", "cent", "up", "crude"), gq("9"), text="s")]
    (result,) = evaluate(gold, const(C(5.0, "dollar", "up", "crude contract"), C(1.0)))
    rec = error_record(result)
    assert rec["text"] == "s"
    assert [g["value"] for g in rec["missed"]] == ["9"]
    assert [c["value"] for c in rec["spurious"]] == [1.0]
    assert rec["wrong"][0]["problems"] == ["unit", "concept_incomplete"]
    json.dumps(rec)
    (ok,) = evaluate([sentence(gq("5"))], const(C(5.0)))
    assert error_record(ok) is None


# -- properties ---------------------------------------------------------------------------------

def _claim_of(q: GoldQuantity) -> C:
    value = None if q.is_range else q.low
    return C(value, q.unit, q.change or "=", "" if q.concepts in (None, "-") else q.concepts,
             low=q.low, high=q.high)


_numbers = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False).map(lambda x: round(x, 4))
_units = st.sampled_from(["dollar", "percentage", "-", "mile per hour", "people"])
_changes = st.sampled_from(["=", "~", "<", ">", "up", "down"])
_concepts = st.sampled_from(["-", "revenue, Apple", "the price of oil", "Tesla shares"])


@st.composite
def _gold_quantity(draw):
    a = draw(_numbers)
    text = repr(a)
    if draw(st.booleans()):
        text = f"{a!r}-{draw(_numbers)!r}"
    return gq(text, draw(_units), draw(_changes), draw(_concepts))


@settings(deadline=None, max_examples=200)
@given(st.lists(st.lists(_gold_quantity(), max_size=5), min_size=1, max_size=6)
       .filter(lambda ss: any(ss)), st.randoms())
def test_gold_scored_against_itself_is_perfect(sentences, rnd):
    gold = [GoldSentence(str(i), tuple(qs)) for i, qs in enumerate(sentences)]
    by_text = {s.text: [_claim_of(q) for q in s.quantities] for s in gold}

    def predict(text):
        claims = list(by_text[text])
        rnd.shuffle(claims)  # the order of predictions does not change the value score
        return claims

    r = score(gold, predict)
    assert r.value.f1 == 100.0


# -- on the real dev set ------------------------------------------------------------------------

@pytest.mark.skipif(not (SHARED / "newsquant-dev.json").exists(), reason="shared benchmark data absent")
def test_raw_quantulum3_on_newsquant_dev_is_plausible():
    from quantulum3 import parser

    def predict(text):
        return [C(q.value, q.unit.name.lower(), low=q.value, high=q.value) for q in parser.parse(text)]

    gold = load_gold(SHARED / "newsquant-dev.json")
    r = score(gold, predict)
    assert r.n_sentences == len(gold) > 100
    assert 60 <= r.value.f1 <= 85
    assert r.value_unit.f1 < r.value.f1


@pytest.mark.skipif(not (SHARED / "currency-dev.json").exists(), reason="shared benchmark data absent")
def test_every_shared_gold_value_parses():
    for name in ("newsquant-dev.json", "currency-dev.json"):
        assert load_gold(SHARED / name)
