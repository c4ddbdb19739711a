"""A temperature scale left unsaid, read from the article that leaves it so.

Articles name the scale once and then write "degrees": "The temperature reached 41°C on Monday
... on Tuesday the thermometer climbed to 41 degrees". The scanner leaves such a "degrees"
unresolved (an angle or either scale). This stage, run on the claims of one document in text
order, gives it a scale when the article itself says which, by the first reading that applies:

1. **restated**: a bracket right after the figure restates it in one scale, and exactly one
   scale makes the two agree to their stated precision: "88.5 degrees (31.4C)" is Fahrenheit
   (88.5 °F is 31.39 °C; 88.5 °C is no 31.4 °C), "29 degrees (84F)" is Celsius. When both or
   neither agree ("-40 degrees (-40C)" agrees in both; so it takes the bracket's scale, which
   gives the same temperature either way; "50 degrees (3C)" in neither), the next reading is tried.
2. **repeated**: the figure repeats a temperature the article states in one scale and in no other
   (a bracketed restatement counts): "88F (31C)" and later "31-degree heat" is Celsius.
3. **the article's**: the sentence speaks of temperature (``units.json`` ``temperature_cues``:
   "thermometer", "heat", "highs" ...), and every temperature the article states in a scale,
   bracketed restatements aside, is in that one scale.

Otherwise the figure stays unresolved (report less): "turned 180 degrees" has no temperature
word; an article that states temperatures in both scales leaves it open; so does one that states
none. A settled claim records the rule that settled it (``--explain``).

4. **the story's** (``settle_from``, called by ``figrecon.reconcile`` once the story is known):
   the figure repeats a temperature the story's other articles state in one scale and in no
   other: "the thermometer climbed to 41 degrees" in an article that names no scale, where
   another outlet writes "41C" (and "106F" only as its restatement).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Optional

from figrecon import lexicon as L
from figrecon.model import Claim

#: the rules a settled claim records, by the reading that settled it
RESTATED_SCALE = "scale-from-restatement"
ARTICLE_SCALE = "scale-from-article"
REPEATED_SCALE = "scale-from-repeat"
STORY_SCALE = "scale-from-story"

#: words that say a sentence's "degrees" are a temperature (lexicon/units.json)
_CUES = L.words("units", "temperature_cues")
_WORD = re.compile(r"[a-z]+")
#: a scale -> how a temperature in the other scale reads in it
_FROM_OTHER = {"celsius": lambda f: (f - 32) * 5 / 9, "fahrenheit": lambda c: c * 9 / 5 + 32}
_OTHER = {"celsius": "fahrenheit", "fahrenheit": "celsius"}


def settle(claims: list[Claim], restates: Callable[[Claim, Claim], bool]) -> list[Claim]:
    """``claims`` of one document, in text order, with each unresolved "degrees" given the scale
    the article states (see the module doc). ``restates(before, claim)``: whether ``claim`` is
    written as a restatement of ``before`` (in brackets right after it)."""
    if not any(_unresolved(c) for c in claims):
        return claims
    stated = {c.unit for k, c in enumerate(claims) if c.unit in _FROM_OTHER
              and not (k and restates(claims[k - 1], c))}
    values: dict = {}  # each stated temperature's value -> the scales it is stated in
    for c in claims:
        if c.unit in _FROM_OTHER and c.value is not None:
            values.setdefault(c.value, set()).add(c.unit)
    out = list(claims)
    for k, claim in enumerate(claims):
        if not _unresolved(claim):
            continue
        following = claims[k + 1] if k + 1 < len(claims) else None
        scale = _restated_scale(claim, following) if following is not None and restates(claim, following) else None
        rule = RESTATED_SCALE
        repeated = values.get(claim.value, set())
        if scale is None and len(repeated) == 1 and _speaks_of_temperature(claim):
            scale, rule = next(iter(repeated)), REPEATED_SCALE
        if scale is None and len(stated) == 1 and _speaks_of_temperature(claim):
            scale, rule = next(iter(stated)), ARTICLE_SCALE
        if scale is not None:
            out[k] = replace(claim, unit=scale, dimension="temperature", rules=(*claim.rules, rule))
    return out


def settle_from(claim: Claim, stated: dict) -> Optional[Claim]:
    """``claim``, an unresolved "degrees" in a sentence about temperature, in the one scale
    ``stated`` (a value -> the scales a story's other articles state it in) gives its value;
    None when it is no such claim, or the story states its value in both scales or in none."""
    if not _unresolved(claim) or claim.value is None or not _speaks_of_temperature(claim):
        return None
    scales = stated.get(claim.value, set())
    if len(scales) != 1:
        return None
    return replace(claim, unit=next(iter(scales)), dimension="temperature", rules=(*claim.rules, STORY_SCALE))


def _unresolved(claim: Claim) -> bool:
    return claim.dimension == "unresolved" and claim.unit == "degree"


def _speaks_of_temperature(claim: Claim) -> bool:
    return not _CUES.isdisjoint(_WORD.findall(claim.sentence.lower()))


def _restated_scale(claim: Claim, restatement: Claim) -> Optional[str]:
    """The one scale in which ``claim`` agrees with ``restatement`` (a temperature in a scale),
    each widened by half its last stated digit; the restatement's own when both agree."""
    if restatement.unit not in _FROM_OTHER or claim.value is None or restatement.value is None:
        return None  # the stated figures, not their bounds: "below 86 degrees (30C)" restates 86
    own = restatement.unit
    wide = _half_digit(restatement.surface)
    target = (restatement.value - wide, restatement.value + wide)
    half = _half_digit(claim.surface)
    agree = []
    for scale in (own, _OTHER[own]):
        convert = (lambda x: x) if scale == own else _FROM_OTHER[own]
        ends = sorted((convert(claim.value - half), convert(claim.value + half)))
        if ends[0] <= target[1] and target[0] <= ends[1]:
            agree.append(scale)
    return own if own in agree else (agree[0] if agree else None)


def _half_digit(surface: str) -> float:
    """Half the last stated digit of the first number in ``surface``: 0.05 for "31.4C", 0.5 for
    "41 degrees"."""
    m = re.search(r"\d+(?:\.(\d+))?", surface)
    return 0.5 * 10 ** -len(m.group(1)) if m and m.group(1) else 0.5
