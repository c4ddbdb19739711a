"""Step 7, interval: the value and bounds a wording allows."""
from __future__ import annotations

import math

from figrecon.grammar.vocabulary import MAX_VALUE


def interval(num, num2, negative: bool, effective: str, below: bool, fired: list):
    """(value, low, high) of a number or range under its qualifier: "<" opens the low side, ">"
    the high side, "~" is +-10 % ("nearly": never above the figure). ``fired`` gets the rule."""
    if num2 is not None:
        first_value = -num.value if negative else num.value  # "-5 to 3"
        value, low, high = None, min(first_value, num2.value), max(first_value, num2.value)
    else:
        value, low, high = num.value, num.low, num.high
    if effective == "<":
        low = None
        fired.append("interval-bound")
    elif effective == ">":
        high = None
        fired.append("interval-bound")
    elif effective == "~" and num2 is None and value is not None:  # a range is not widened
        fired.append("interval-approximate")
        low, high = value * 0.9, value * 1.1
        if value < 0:
            low, high = high, low
        if below:  # "nearly": never beyond the figure, away from zero
            if value >= 0:
                high = value
            else:
                low = value
    return value, low, high


def negated(value, low, high):
    """The interval of a number with a minus before it."""
    return (-value if value is not None else None,
            -high if high is not None else None, -low if low is not None else None)


def within_range(*values) -> bool:
    """Whether every bound is finite and within what any real figure can be (an overflow such
    as "9x10^299 trillion" is no figure anyone stated)."""
    return all(x is None or (math.isfinite(x) and abs(x) <= MAX_VALUE) for x in values)
