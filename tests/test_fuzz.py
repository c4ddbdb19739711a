"""The fuzzer in the suite: news-like text from a grammar (tests/strategies.py), through the scanner
and through the whole pipeline (extract, normalize), with a bounded budget.

Invariants:
- no exception escapes (a document that raises would come back as a Skipped record: none may);
- ``text[start:end] == surface`` for every mention and claim;
- ``low <= value <= high`` wherever they are set, on the claim and on its normalized interval;
- every number finite (an overflow is a claim left out with a Notice);
- normalized intervals ordered.

``benchmarks/fuzz.py`` runs the same checks over 50,000 cases with a fixed seed; inputs it found
failing are kept below as fixed rows.
"""
import math

import pytest
from hypothesis import HealthCheck, given, settings

from figrecon.model import Claim, Document, Notice, Skipped
from figrecon.numbers import scan
from tests.strategies import news_text

def fuzz(examples):
    return settings(deadline=None, suppress_health_check=list(HealthCheck), database=None,
                    max_examples=examples)


def check_mention(text, mention):
    assert 0 <= mention.start < mention.end <= len(text)
    values = [v for v in (mention.low, mention.value, mention.high) if v is not None]
    if all(math.isfinite(v) for v in values):  # the pipeline leaves the others out
        if mention.value is not None:
            assert mention.low is None or mention.low <= mention.value
            assert mention.high is None or mention.value <= mention.high
        if mention.low is not None and mention.high is not None:
            assert mention.low <= mention.high


def check_claim(text, claim):
    assert text[claim.start:claim.end] == claim.surface
    assert claim.sentence[claim.start - claim.sentence_start:claim.end - claim.sentence_start] == claim.surface
    intervals = [(claim.low, claim.value, claim.high)]
    if claim.normalized is not None:
        n = claim.normalized
        intervals.append((n.low, n.value, n.high))
    for low, value, high in intervals:
        for x in (low, value, high):
            assert x is None or math.isfinite(x), claim
        if value is not None:
            assert low is None or low <= value, claim
            assert high is None or value <= high, claim
        if low is not None and high is not None:
            assert low <= high, claim


def run_pipeline(texts):
    """Every record of the pipeline for ``texts`` (one document each), checked."""
    from figrecon.parallel import records_parallel

    documents = [Document(doc=f"d{i}", text=t, path=f"d{i}") for i, t in enumerate(texts)]
    by_doc = {d.doc: d.text for d in documents}
    records = list(records_parallel(documents, 1, "USD", entities=False))
    skipped = [r for r in records if isinstance(r, Skipped)]
    assert not skipped, skipped[0].detail
    for record in records:
        if isinstance(record, Claim):
            check_claim(by_doc[record.doc], record)
        else:
            assert isinstance(record, Notice) and "\n" not in str(record)
    return records


@fuzz(600)
@given(news_text())
def test_scanner_invariants(text):
    for mention in scan(text):
        check_mention(text, mention)


@fuzz(300)
@given(news_text(max_tokens=25))
def test_pipeline_invariants(nlp, text):
    run_pipeline([text])


#: inputs that broke an invariant or raised, found by the fuzzer (issue 13 and benchmarks/fuzz.py)
FOUND = [
    "dollar 5 dollar",               # IndexError in the scanner: text ending on a second currency word
    "50 dollar 50 dollar",
    "1 krone",
    "1/\u00b2",                       # ValueError: a superscript as a fraction's denominator
    "\uff12/\u00b3",                  # full-width numerator, superscript denominator
    "9\u00d710^299 trillion",         # overflows to inf
    "It is 9\u00d710^299 trillion dollars.",
    "0-" + "9" * 300 + "trillion",     # inf - inf: NaN
    "9" * 300,
    "They owe " + "9" * 400 + " dollars.",
    "It weighs 1e308 million tonnes.",  # finite, but not once in grams
    "5 km " * 5000,                   # a long line of figures: the list path
    "x" * 5000 + " 5 km",             # one token longer than a piece
    "More than " + "1 000 " * 600 + "people.",  # a figure longer than a piece
    "hundreds k ",                    # TypeError: a vague amount (no value) times a weak multiplier
    "between three hundred hundred and \u20b984B",  # an empty number (start after end) of value 0
]


@pytest.mark.parametrize("text", FOUND, ids=range(len(FOUND)))
def test_found_inputs_keep_the_invariants(nlp, text):
    for mention in scan(text):
        check_mention(text, mention)
    run_pipeline([text])


def test_an_overflowing_figure_is_left_out_with_a_notice(nlp, monkeypatch):
    """Whatever the scanner gives, a figure that is not finite never becomes a claim."""
    import dataclasses

    from figrecon import extract as extract_module

    class Scanner(extract_module.Scanner):
        def scan(self):
            return [dataclasses.replace(m, value=math.inf, low=math.inf, high=math.inf)
                    if "trillion" in self.text[m.start:m.end] else m for m in super().scan()]

    monkeypatch.setattr(extract_module, "Scanner", Scanner)
    text = "It cost 9 trillion dollars, and 40 people were hurt."
    records = run_pipeline([text])
    assert [r.surface for r in records if isinstance(r, Claim)] == ["40 people"]
    (notice,) = [r for r in records if isinstance(r, Notice)]
    assert str(notice) == "d0: figure '9 trillion dollars' at character 8 is too large to represent; claim skipped"


def test_figures_are_kept_whole_across_the_cut_of_a_long_sentence(nlp):
    """Cuts between pieces of a long sentence never split a figure from its unit or qualifier."""
    from figrecon.extract import MAX_SENTENCE

    items = [f"about {k} km" if k % 3 else f"${k} million" for k in range(1, 400)]
    text = ", ".join(items)
    assert len(text) > 2 * MAX_SENTENCE
    claims = [r for r in run_pipeline([text]) if isinstance(r, Claim)]
    assert [c.surface for c in claims] == items
