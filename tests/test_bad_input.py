"""Bad input never crashes figrecon: odd typography, huge numbers, closed pipes."""
import subprocess
import sys

import pytest
from hypothesis import given, strategies as st

from figrecon.extract import extract_text
from tests.conftest import CORPUS, ROOT


@pytest.mark.parametrize("text, value, unit", [
    ("The army sent 1\u00a0000 soldiers.", 1000, "soldier"),       # non-breaking space
    ("The army sent 1\u202f000 soldiers.", 1000, "soldier"),       # narrow no-break space
    ("The army sent \u0661\u0662\u0663 soldiers.", 123, "soldier"),  # Arabic-Indic digits
    ("The road is \u00bd mile long.", 0.5, "mile"),                 # vulgar fraction
])
def test_odd_typography(nlp, text, value, unit):
    claims = extract_text(text, nlp)
    assert [(c.value, c.unit) for c in claims] == [(value, unit)]
    assert text[claims[0].start:claims[0].end] == claims[0].surface


def test_numbers_too_large_for_a_float_do_not_crash(nlp):
    text = "They owe " + "9" * 400 + " dollars and 1e-400 more."
    for claim in extract_text(text, nlp):
        assert claim.value is None or claim.value == claim.value  # never NaN
        assert text[claim.start:claim.end] == claim.surface


@given(st.text(max_size=200))
def test_any_text_gives_claims_with_true_offsets(nlp, text):
    for claim in extract_text(text, nlp):
        assert text[claim.start:claim.end] == claim.surface


def test_closed_output_pipe_exits_quietly():
    command = (f"{sys.executable} -m figrecon compare {CORPUS} | head -1")
    result = subprocess.run(["bash", "-c", "set -o pipefail; " + command], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.stdout.count("\n") == 1
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr


@pytest.mark.parametrize("text, value", [
    ("It cost 1.000,50 euros.", 1000.5),
    ("It cost 2.500.000 euros.", 2_500_000),
    ("It cost 1,500.50 dollars.", 1500.5),
    ("It was \u22125 degrees.", -5),   # Unicode minus
])
def test_number_styles(text, value):
    from figrecon.numbers import scan

    (m,) = scan(text)
    assert m.value == pytest.approx(value)
