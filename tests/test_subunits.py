"""A money sub-unit's currency read from the article (figrecon.subunits), its normalization,
and its grouping: examples written for these tests, and a property over generated amounts."""
from dataclasses import replace

from hypothesis import given, strategies as st

from figrecon.extract import extract_text
from figrecon.model import Claim, Context
from figrecon.normalize import normalize
from figrecon.reconcile import group
from figrecon.subunits import ARTICLE_CURRENCY, ONLY_CURRENCY, SENTENCE_CURRENCY, settle


def _money(text, nlp, date="2024-05-02"):
    return [normalize(replace(c, date=date)) for c in extract_text(text, nlp) if c.dimension == "currency"]


def test_cents_take_the_currency_of_their_sentence(nlp):
    total, per_share = _money("Talvent lost $118 million in the quarter, or 43 cents a share.", nlp)
    assert per_share.currency == "USD" and SENTENCE_CURRENCY in per_share.rules
    assert abs(per_share.normalized.value - 0.43) < 1e-9
    assert per_share.normalized.unit == "USD/share"


def test_cents_take_the_articles_one_currency_when_their_sentence_names_none(nlp):
    found = _money("Talvent lost $118 million in the quarter. The loss came to 43 cents a share.", nlp)
    assert found[-1].currency == "USD" and ARTICLE_CURRENCY in found[-1].rules


def test_cents_stay_unsettled_when_the_article_names_two_currencies(nlp):
    found = _money("Talvent lost $118 million and its unit lost €20 million. The loss came to 43 cents a share.", nlp)
    assert found[-1].currency is None and found[-1].normalized.value == 43  # report less


def test_pence_are_sterling_whatever_else_is_named(nlp):
    pence = _money("The bid of 465 pence a share (€5.44) values the airline at €2.2 billion.", nlp)[0]
    assert pence.currency == "GBP" and ONLY_CURRENCY in pence.rules


@given(st.integers(min_value=1, max_value=9999))
def test_settled_cents_normalize_to_a_hundredth_of_the_dollar(cents):
    dollars = Claim(doc="a", source="A", date="2024-05-02", start=0, end=4, surface="$118", sentence="s",
                    value=118.0, low=118.0, high=118.0, change="=", unit="dollar", dimension="currency",
                    currency="USD", context=Context())
    sub = replace(dollars, start=10, end=20, surface=f"{cents} cents", value=float(cents), low=float(cents),
                  high=float(cents), unit="cent", currency=None)
    settled = settle([dollars, sub])[1]
    assert settled.currency == "USD"
    assert abs(normalize(settled).normalized.value - cents / 100) < 1e-9


def test_a_sum_and_its_part_per_share_stay_two_quantities(nlp):
    """"$118 million, or 43 cents a share" states two quantities, a sum and a share's part of it:
    the per-share figure takes none of the sum's features, and the two are never one group."""
    claims = _money("Talvent lost $118 million in the quarter, or 43 cents a share.", nlp)
    groups = group(claims)
    assert not any({c.surface for c in g.claims} >= {"$118 million", "43 cents a share"} for g in groups)
