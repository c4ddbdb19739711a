"""Score a quantity extractor against NewsQuant-style gold annotations.

The gold format (NewsQuant, and the currency set of the CQE paper) is a JSON list of sentences::

    [{"text": "...", "quantities": [{"value": "1500000.0", "normalized_unit": "dollar",
                                      "change": "up", "referred_concepts": "revenue, Apple"}]}]

``change`` and ``referred_concepts`` are optional (the currency set has neither). Values are
strings: a number ("0.5", "-5.0", "1.99E-29") or a range "a-b" ("100-1000", "3.0 - 4.0",
"-1.5-2"), whose ends may be written high first ("208.0-193.0" for "from 208 to 193").

Scoring follows the CQE paper (EMNLP 2023): in each sentence every gold quantity is matched,
greedily and in order, to the first still unmatched predicted claim with the same value; the
metrics then count matched pairs whose unit, change or concept also agree. Precision is over all
predicted claims, recall over all gold quantities.

A "claim" is anything with ``value, low, high, unit, change, subject`` attributes, such as
:class:`figrecon.model.Claim`. This module never reads ``sys.argv`` or prints.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence, Union

from spacy.lang.en.stop_words import STOP_WORDS

__all__ = [
    "GoldQuantity",
    "GoldSentence",
    "Match",
    "Report",
    "Score",
    "SentenceResult",
    "concept_words",
    "error_record",
    "evaluate",
    "load_gold",
    "parse_gold_value",
    "report",
    "score",
]

#: relative tolerance for two values to count as the same number.
REL_TOL = 1e-5

#: how the gold writes "no unit" and "no concept".
NONE_MARK = "-"

#: claim unit names that mean "no unit"; quantulum3 calls a bare number "dimensionless".
_UNITLESS = frozenset({"", NONE_MARK, "dimensionless"})

_NUMBER = r"-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_VALUE = re.compile(rf"^\s*(?P<a>{_NUMBER})\s*(?:-\s*(?P<b>{_NUMBER})\s*)?$")
_WORD = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"['’]s\b")

Claimish = Any  # any object with value, low, high, unit, change, subject


@dataclass(frozen=True)
class GoldQuantity:
    """One annotated quantity. ``low``/``high`` are the parsed value, sorted; equal for a point."""

    value: str  # as written in the gold file
    low: float
    high: float
    is_range: bool
    unit: str  # ``normalized_unit``; "-" for none
    surface_unit: Optional[str] = None  # ``unit``: the unit as written, when given
    change: Optional[str] = None  # None when the gold set does not annotate changes
    concepts: Optional[str] = None  # ``referred_concepts``; "-" for none; None when not annotated


@dataclass(frozen=True)
class GoldSentence:
    text: str
    quantities: tuple[GoldQuantity, ...]


@dataclass(frozen=True)
class Score:
    """Counts for one metric; precision, recall and F1 are percentages (0 when undefined)."""

    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return 100.0 * self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return 100.0 * self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": round(self.precision, 2),
            "recall": round(self.recall, 2),
            "f1": round(self.f1, 2),
        }


@dataclass(frozen=True)
class Report:
    """Scores over a gold set. A metric the gold does not annotate (change and concepts in the
    currency set) is None."""

    n_sentences: int
    value: Score
    value_unit: Score
    value_change: Optional[Score]
    concept_partial: Optional[Score]
    concept_complete: Optional[Score]

    def to_dict(self) -> dict:
        out: dict = {"n_sentences": self.n_sentences}
        for name in ("value", "value_unit", "value_change", "concept_partial", "concept_complete"):
            s = getattr(self, name)
            out[name] = s.to_dict() if s is not None else None
        return out


@dataclass(frozen=True)
class Match:
    """A gold quantity paired with the claim that has its value, and which attributes agree.
    An attribute the gold does not annotate is None."""

    gold: GoldQuantity
    claim: Claimish
    unit_ok: bool
    change_ok: Optional[bool]
    concept_partial: Optional[bool]
    concept_complete: Optional[bool]


@dataclass(frozen=True)
class SentenceResult:
    """The outcome for one sentence: matched pairs, gold quantities no claim had, and claims
    that matched no gold quantity."""

    text: str
    matches: tuple[Match, ...]
    missed: tuple[GoldQuantity, ...]
    spurious: tuple[Claimish, ...]

    @property
    def n_predicted(self) -> int:
        return len(self.matches) + len(self.spurious)

    @property
    def n_gold(self) -> int:
        return len(self.matches) + len(self.missed)


def parse_gold_value(text: str) -> tuple[float, float, bool]:
    """Parse a gold value string into ``(low, high, is_range)``.

    >>> parse_gold_value("1500000.0")
    (1500000.0, 1500000.0, False)
    >>> parse_gold_value("208.0-193.0")
    (193.0, 208.0, True)
    >>> parse_gold_value("-1.4")
    (-1.4, -1.4, False)
    """
    m = _VALUE.match(text)
    if not m:
        raise ValueError(f"unreadable gold value {text!r}")
    a = float(m["a"])
    if m["b"] is None:
        return a, a, False
    b = float(m["b"])
    return min(a, b), max(a, b), True


def _gold_quantity(raw: dict) -> GoldQuantity:
    low, high, is_range = parse_gold_value(str(raw["value"]))
    return GoldQuantity(
        value=str(raw["value"]),
        low=low,
        high=high,
        is_range=is_range,
        unit=str(raw.get("normalized_unit", NONE_MARK)),
        surface_unit=raw.get("unit"),
        change=raw.get("change"),
        concepts=raw.get("referred_concepts"),
    )


def load_gold(path: Union[str, Path]) -> list[GoldSentence]:
    """Read a NewsQuant-style JSON gold file. Raises ValueError naming the sentence of a value
    that cannot be parsed."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    sentences = []
    for i, item in enumerate(data):
        try:
            quantities = tuple(_gold_quantity(q) for q in item.get("quantities", ()))
        except (ValueError, KeyError) as exc:
            raise ValueError(f"{path}: sentence {i}: {exc}") from exc
        sentences.append(GoldSentence(text=item["text"], quantities=quantities))
    return sentences


def _close(a: Optional[float], b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=REL_TOL)


def _point(claim: Claimish) -> Optional[float]:
    """The single number a claim states: its value, else its interval when that is one point."""
    value = getattr(claim, "value", None)
    if value is not None:
        return value
    low, high = getattr(claim, "low", None), getattr(claim, "high", None)
    if low is not None and high is not None and math.isclose(low, high, rel_tol=REL_TOL):
        return low
    return None


def value_matches(gold: GoldQuantity, claim: Claimish) -> bool:
    """Whether a claim states the gold value: a range by its ends (in either order), a point by
    its value."""
    if gold.is_range:
        low, high = getattr(claim, "low", None), getattr(claim, "high", None)
        if low is None or high is None:
            return False
        low, high = min(low, high), max(low, high)
        return _close(low, gold.low) and _close(high, gold.high)
    return _close(_point(claim), gold.low)


def _unit_ok(gold: GoldQuantity, claim: Claimish) -> bool:
    want = gold.unit.strip().lower()
    got = (getattr(claim, "unit", "") or "").strip().lower()
    if want in _UNITLESS:
        return got in _UNITLESS
    return got == want


def concept_words(text: Optional[str]) -> frozenset[str]:
    """The bag of lower-case words of a concept phrase, without English stop words (spaCy's
    list) or possessive "'s". The gold's "-" (no concept) gives the empty set."""
    if not text or text.strip() == NONE_MARK:
        return frozenset()
    text = _POSSESSIVE.sub("", text.lower())
    return frozenset(w for w in _WORD.findall(text) if w not in STOP_WORDS)


def _concepts_ok(gold: GoldQuantity, claim: Claimish) -> tuple[Optional[bool], Optional[bool]]:
    if gold.concepts is None:
        return None, None
    want = concept_words(gold.concepts)
    got = concept_words(getattr(claim, "subject", "") or "")
    if not want or not got:
        # no concept on one side: right only if neither has one
        both_empty = not want and not got
        return both_empty, both_empty
    return bool(want & got), want == got


def match_sentence(sentence: GoldSentence, claims: Sequence[Claimish]) -> SentenceResult:
    """Pair gold quantities with claims: each gold, in order, takes the first unused claim with
    its value."""
    used = [False] * len(claims)
    matches, missed = [], []
    for gold in sentence.quantities:
        for j, claim in enumerate(claims):
            if not used[j] and value_matches(gold, claim):
                used[j] = True
                partial, complete = _concepts_ok(gold, claim)
                change_ok = None if gold.change is None else getattr(claim, "change", None) == gold.change
                matches.append(Match(gold, claim, _unit_ok(gold, claim), change_ok, partial, complete))
                break
        else:
            missed.append(gold)
    spurious = tuple(c for c, u in zip(claims, used) if not u)
    return SentenceResult(sentence.text, tuple(matches), tuple(missed), spurious)


def evaluate(
    gold: Iterable[GoldSentence], predict: Callable[[str], Sequence[Claimish]]
) -> Iterator[SentenceResult]:
    """Run ``predict`` on each gold sentence's text and match its claims to the gold."""
    for sentence in gold:
        yield match_sentence(sentence, list(predict(sentence.text)))


def report(results: Sequence[SentenceResult]) -> Report:
    """Sum sentence results into a Report."""
    predicted = sum(r.n_predicted for r in results)
    n_gold = sum(r.n_gold for r in results)
    matches = [m for r in results for m in r.matches]

    def metric(attr: Optional[str], annotated: Callable[[GoldQuantity], bool]) -> Optional[Score]:
        gold_count = sum(1 for r in results for g in _all_gold(r) if annotated(g))
        if gold_count == 0 and n_gold:
            return None
        tp = sum(1 for m in matches if attr is None or getattr(m, attr))
        return Score(tp=tp, predicted=predicted, gold=gold_count)

    return Report(
        n_sentences=len(results),
        value=metric(None, lambda g: True),
        value_unit=metric("unit_ok", lambda g: True),
        value_change=metric("change_ok", lambda g: g.change is not None),
        concept_partial=metric("concept_partial", lambda g: g.concepts is not None),
        concept_complete=metric("concept_complete", lambda g: g.concepts is not None),
    )


def _all_gold(result: SentenceResult) -> Iterator[GoldQuantity]:
    yield from (m.gold for m in result.matches)
    yield from result.missed


def score(gold: Sequence[GoldSentence], predict: Callable[[str], Sequence[Claimish]]) -> Report:
    """Score ``predict`` (sentence text -> claims) on a gold set."""
    return report(list(evaluate(gold, predict)))


def _claim_dict(claim: Claimish) -> dict:
    out = {k: getattr(claim, k, None) for k in ("value", "low", "high", "unit", "change", "subject")}
    surface = getattr(claim, "surface", None)
    if surface is not None:
        out["surface"] = surface
    return out


def _gold_dict(gold: GoldQuantity) -> dict:
    out = {"value": gold.value, "unit": gold.unit}
    if gold.surface_unit is not None:
        out["surface_unit"] = gold.surface_unit
    if gold.change is not None:
        out["change"] = gold.change
    if gold.concepts is not None:
        out["concepts"] = gold.concepts
    return out


def error_record(result: SentenceResult) -> Optional[dict]:
    """A JSON-ready description of what went wrong in one sentence, or None if nothing did.

    Keys: ``text``; ``missed`` (gold quantities no claim had), ``spurious`` (claims matching no
    gold), and ``wrong`` (matched pairs with a wrong unit, change or concept, listing which).
    """
    wrong = []
    for m in result.matches:
        problems = []
        if not m.unit_ok:
            problems.append("unit")
        if m.change_ok is False:
            problems.append("change")
        if m.concept_complete is False:
            problems.append("concept" if m.concept_partial is False else "concept_incomplete")
        if problems:
            wrong.append({"problems": problems, "gold": _gold_dict(m.gold), "claim": _claim_dict(m.claim)})
    if not (wrong or result.missed or result.spurious):
        return None
    return {
        "text": result.text,
        "missed": [_gold_dict(g) for g in result.missed],
        "spurious": [_claim_dict(c) for c in result.spurious],
        "wrong": wrong,
    }
