"""Exchange rates an article states itself (figrecon.stated_rates): examples written for these
tests, and properties over generated restatements."""
import pytest
from hypothesis import example, given, settings, strategies as st

from figrecon.model import Claim, Document, Normalized
from figrecon.parallel import claims_parallel
from figrecon.reconcile import group
from figrecon.stated_rates import STATED_RATE, convert


def _claims(*texts):
    documents = [Document(doc=f"d{k}.md", text=t, date="2031-03-02", source=f"Outlet {k}")
                 for k, t in enumerate(texts)]
    return list(claims_parallel(iter(documents), 1, "USD", entities=False))


def _by(claims, part):
    (found,) = [c for c in claims if part in c.surface]
    return found


def test_money_without_a_rate_takes_the_rate_its_article_states():
    claims = _claims("Repairs to the port cost 800 million naira ($2 million), against "
                     "300 million naira spent on the old jetty.")
    repairs, jetty = _by(claims, "800 million"), _by(claims, "300 million")
    assert repairs.normalized.unit == "USD" and repairs.normalized.value == 2_000_000
    assert abs(jetty.normalized.value - 750_000) < 1  # 300 million at 2/800 dollars a naira
    assert STATED_RATE in jetty.rules and "800 million naira ($2 million)" in jetty.normalized.rate_note
    # the rate is as precise as the article's own figures: "$2 million" may be 1.95 to 2.05
    assert jetty.normalized.low < 750_000 < jetty.normalized.high


def test_a_noun_restated_as_money_is_money_where_its_sentence_speaks_of_money():
    claims = _claims("The council approved a budget of 96 billion sarvels (about $12 billion). "
                     "Schools will get 8 billion sarvels of the budget. "
                     "Some 40 sarvels were found in the old vault.")
    budget, schools, vault = _by(claims, "96 billion"), _by(claims, "8 billion sarvels"), _by(claims, "40 sarvels")
    assert budget.dimension == "currency" and budget.normalized.unit == "USD"
    assert schools.dimension == "currency" and abs(schools.normalized.value - 1e9) < 1e3
    assert vault.dimension == "count"  # no word of money in its sentence: still a count


def test_a_noun_restated_as_money_measures_what_its_subject_names():
    """A count's topic is its noun ("sarvels"); as money, the figure measures what its sentence
    puts at that sum, as "$9 million" would: two outlets' valuations of the haul meet, the sum of
    its cash stays apart."""
    from figrecon.reconcile import features

    claims = _claims("Insurers put the value of the stolen paintings at 72 million sarvels (about $9 million).",
                     "The gallery valued the stolen paintings at 72 million sarvels ($9 million). Cash "
                     "worth 8 million sarvels was also taken.")
    first, second = [c for c in claims if "72 million sarvels" in c.surface]
    assert first.dimension == second.dimension == "currency"
    assert {"value", "painting"} <= features(first).words
    (g,) = [g for g in group(claims) if first in g.claims]
    assert second in g.claims and _by(claims, "8 million") not in g.claims


def test_rates_that_disagree_convert_nothing():
    claims = _claims("The bridge cost 100 million korbels ($1 million), and the tunnel cost "
                     "50 million korbels ($2 million).")
    assert all(c.normalized.unit != "USD" for c in claims if "korbels" in c.surface)


@pytest.mark.parametrize("second", [
    "After the Varrow mill fire, the owners were fined 2.6 million lorvats, inspectors said.",
    # the lorvats are what the fine is counted in, not what it measures: a fine, as in euros
    "After the Varrow mill fire, the owners paid a fine of 2.6 million lorvats, inspectors said.",
])
def test_another_article_of_the_story_lends_its_rate(second):
    first = ("The mill at Varrow was fined 3.4 million lorvats (about 300,000 euros) after a fire "
             "at the Varrow mill.")
    claims = _claims(first, second)
    later = _by(claims, "2.6 million")
    assert later.dimension == "count"  # its own article states no rate
    groups = group(claims)
    (fines,) = [g for g in groups if any("2.6 million" in c.surface for c in g.claims)]
    converted = [c for c in fines.claims if "2.6 million" in c.surface][0]
    assert converted.normalized.unit == "USD" and "another article" in converted.normalized.rate_note
    assert {c.surface for c in fines.claims} >= {"3.4 million lorvats", "2.6 million lorvats"}
    assert fines.conflicts  # 3.4 million against 2.6 million: the outlets disagree


def _claim(surface, start, sentence, value, unit, dimension, currency=None, normalized=None):
    return Claim(doc="a.md", source="T", date="2031-03-02", start=start, end=start + len(surface),
                 surface=surface, sentence=sentence, value=value, low=value, high=value, change="=",
                 unit=unit, dimension=dimension, currency=currency, sentence_start=0,
                 normalized=normalized or Normalized(value, value, value, unit))


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 999), st.sampled_from([10 ** 3, 10 ** 6]), st.floats(0.001, 50),
       st.integers(1, 999))
def test_a_converted_figure_is_its_restatement_and_others_scale_with_it(amount, scale, rate, other):
    """The restated figure converts to exactly its restatement; any other figure of the noun in
    the article converts at the same rate, inside the rate's interval; nothing else changes."""
    money = round(amount * scale * rate, 2)
    if money <= 0:
        return
    first, second, third = f"{amount * scale} tolvars", f"${money}", f"{other} tolvars"
    sentence = f"It cost {first} ({second}), and the fee is {third}."
    a = _claim(first, sentence.index(first), sentence, float(amount * scale), "tolvar", "count")
    b = _claim(second, sentence.index(second), sentence, money, "dollar", "currency", "USD",
               Normalized(money, money, money, "USD", rate=1.0))
    c = _claim(third, sentence.rindex(third), sentence, float(other), "tolvar", "count")
    got_a, got_b, got_c = convert([a, b, c])
    assert got_b == b
    assert abs(got_a.normalized.value - money) <= 1e-9 * money
    assert got_c.dimension == "currency" and STATED_RATE in got_c.rules
    assert got_c.normalized.low <= other * money / (amount * scale) * (1 + 1e-9)
    assert got_c.normalized.high >= other * money / (amount * scale) * (1 - 1e-9)


def test_a_rate_the_article_states_in_words_converts_its_currency():
    claims = _claims("The harbour cost 60 million tolvars at the official rate of 12 tolvars to the dollar. "
                     "The naira trades at about 1,500 to the dollar, and the new terminal cost 30 billion naira.")
    harbour, rate = _by(claims, "60 million"), _by(claims, "12 tolvars")
    assert harbour.normalized.unit == "USD" and abs(harbour.normalized.value - 5_000_000) < 1
    assert rate.dimension == "count"  # the figure that states the rate is no amount of money
    terminal = _by(claims, "30 billion")
    assert abs(terminal.normalized.value - 20_000_000) < 1
    # "about 1,500": the rate is as loose as the figure that states it
    assert terminal.normalized.low < 19_000_000 and terminal.normalized.high > 21_000_000
    assert "about 1,500 to the dollar" in terminal.normalized.rate_note


@settings(max_examples=100, deadline=None)
@given(st.floats(-1e9, 1e9, allow_nan=False), st.floats(-1e9, 1e9, allow_nan=False))
@example(2.0, 5e-324)  # a rate that underflows to zero
def test_no_rate_is_read_from_a_figure_that_is_not_positive(amount, money):
    """Whatever the signs, a figure converted at its article's rate has a positive rate: a
    restatement of a loss or a zero gives none (report less)."""
    first, second = "X tolvars", "$Y"
    sentence = f"It came to {first} ({second}) in all."
    a = _claim(first, sentence.index(first), sentence, amount, "tolvar", "count")
    b = _claim(second, sentence.index(second), sentence, money, "dollar", "currency", "USD",
               Normalized(money, money, money, "USD", rate=1.0))
    got_a, _ = convert([a, b])
    if STATED_RATE in got_a.rules:
        assert got_a.normalized.rate > 0 and amount > 0 and money > 0
