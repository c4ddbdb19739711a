"""What the grammar produces: a ``Mention`` (offsets, value, interval, unit, rules) and the
working ``_Number`` the steps pass between them."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

@dataclass(frozen=True)
class Mention:
    """A numeric expression found in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    value: Optional[float]
    low: Optional[float]
    high: Optional[float]
    change: str
    unit: Optional[str]  # None: a bare number, to be attached to its counted noun
    dimension: str
    currency: Optional[str] = None  # ISO code for money
    per: Optional[str] = None  # "month" in "$2,000 a month"
    number_end: int = 0  # end of the number part (before any unit), to find the counted noun
    vague: bool = False
    #: names of the grammar rules that built this mention (``figrecon.grammar.rules``)
    rules: tuple[str, ...] = ()
    #: the multiplier word or suffix that scaled the figure ("million" of "$3 million": 1e6); 1.0
    #: when none did. A bare list member before it may share it ("1, 2 or 3 million")
    scale: float = 1.0
    #: the change the figure has without its movement word: the qualifier's ("~" of "rose about
    #: 5%"), else "="; what a movement word that turns out to be a verb's particle leaves
    unmoved: str = "="


@dataclass
class _Number:
    value: Optional[float]
    low: Optional[float]
    high: Optional[float]
    first: int  # token index of the first token of the number
    last: int  # token index after the number
    scaled: bool = False  # a multiplier word was applied ("19m", "2 million")
    vague: bool = False
    words: bool = False  # written in words ("four thousand")
    year_like: bool = False
    fraction: bool = False  # "1/16", "1⁄32"
    rules: list = field(default_factory=list)  # names of the rules that read it
    mult: float = 1.0  # the multiplier applied last ("thousand" of "five thousand")
    weak: str = ""  # a weak multiplier suffix not yet read ("m" of "35m")
