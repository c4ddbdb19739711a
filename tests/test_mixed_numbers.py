"""Properties of compound numbers that mix digits and words, and of the words that join two
numbers ("over", "plus"): generated forms, not sentences from any dev set.

- "4 thousand 3 hundred and 21", in any mix of digit and word components, is one number.
- A component as large as the scale before it starts a new number ("3 hundred and 2 hundred").
- "N over M" at a clause end is the fraction N/M; "over" after a quantity bounds nothing.
"""
from __future__ import annotations

import math

from hypothesis import given, settings, strategies as st

from figrecon.numbers import scan

_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(n: int) -> str:
    """0 < n < 1000 in words, the British way ("three hundred and twenty-one")."""
    hundreds, rest = divmod(n, 100)
    parts = [f"{_SMALL[hundreds]} hundred"] if hundreds else []
    if rest:
        tens, ones = divmod(rest, 10)
        low = _SMALL[rest] if rest < 20 else _TENS[tens - 2] + (f"-{_SMALL[ones]}" if ones else "")
        parts.append(("and " if hundreds else "") + low)
    return " ".join(parts)


def _written(draw, n: int) -> str:
    return str(n) if draw(st.booleans()) else _words(n)


@st.composite
def mixed_compound(draw) -> tuple[str, int]:
    thousands = draw(st.integers(1, 999))
    hundreds = draw(st.integers(1, 9))
    rest = draw(st.integers(0, 99))
    text = f"{_written(draw, thousands)} thousand {_written(draw, hundreds)} hundred"
    if rest:
        text += f" and {_written(draw, rest)}"
    return text, thousands * 1000 + hundreds * 100 + rest


@settings(max_examples=150, deadline=None)
@given(mixed_compound())
def test_a_mixed_compound_is_one_number(case):
    text, expected = case
    mentions = scan(f"The club counted {text} members last year.")
    assert len(mentions) == 1, (text, mentions)
    assert mentions[0].value == expected, (text, mentions[0])


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 9), st.integers(1, 9), st.booleans(), st.booleans())
def test_a_component_as_large_as_the_scale_starts_a_new_number(a, b, a_words, b_words):
    first = _SMALL[a] if a_words else str(a)
    second = _SMALL[b] if b_words else str(b)
    values = [m.value for m in scan(f"They sent {first} hundred and {second} hundred came back.")]
    assert values == [a * 100, b * 100]


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 998), st.integers(2, 999))
def test_n_over_m_at_a_clause_end_is_a_fraction(n, m):
    mentions = scan(f"The ratio came to {n} over {m}.")
    if n < m:
        assert len(mentions) == 1
        assert math.isclose(mentions[0].value, n / m)
    else:  # "52 over 48": larger first is a tally, never a fraction nor a bound
        assert [(x.value, x.low, x.high) for x in mentions] == [(n, n, n), (m, m, m)]


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 90), st.integers(2, 12))
def test_over_after_a_quantity_bounds_nothing(percent, years):
    mentions = scan(f"Output grew {percent}% over {years} years.")
    assert [(m.low, m.high) for m in mentions][-1] == (years, years)
    assert mentions[0].change == "up"


def test_over_with_nothing_before_still_bounds():
    (m,) = scan("They hired over 40 nurses.")
    assert m.low == 40 and m.high is None
