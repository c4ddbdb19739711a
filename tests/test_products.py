"""Which product a figure describes (figrecon.products), and figures of two products kept apart."""
from __future__ import annotations

from dataclasses import dataclass, replace

from hypothesis import given, settings, strategies as st

from figrecon import products
from figrecon.extract import extract_text
from figrecon.normalize import normalize
from figrecon.reconcile import group


@dataclass(frozen=True)
class _Claim:
    sentence: str
    sentence_start: int
    start: int
    end: int
    dimension: str
    unit: str = ""


def _claims(article: list[str], figures: dict[str, str]) -> list[_Claim]:
    """One claim for each figure (text -> dimension) of each sentence, in document order."""
    out, at = [], 0
    for sentence in article:
        found = []
        for figure, dimension in figures.items():
            k = sentence.find(figure)
            if k >= 0:
                found.append(_Claim(sentence, at, at + k, at + k + len(figure), dimension))
        out.extend(sorted(found, key=lambda c: c.start))
        at += len(sentence) + 1
    return out


def _products(article, figures) -> dict[str, str]:
    claims = _claims(article, figures)
    return {c.sentence[c.start - c.sentence_start:c.end - c.sentence_start]: p
            for c, p in zip(claims, products.of_claims(claims))}


ARTICLE = [
    "Ostrel launched the Vela 3 reader, priced at $249, and the Kite 2 headset at $179.",
    "The Vela 3 has a 7.8-inch screen, larger than the 7-inch screen on the Vela 2, and it lasts 9 weeks.",
    "It weighs 230 grams.",
    "The headset weighs 95 grams, and last year's Kite 2 weighed 120 grams.",
    "At $399, the Vela 3 Max is the dearest.",
    "The Max has a 10-inch screen.",
    "Shares in Ostrel rose 3 percent.",
    "The Kite 2 lasts 30 hours, up from 20 hours on the first Kite.",
    "It charges in 50 minutes.",
]
FIGURES = {"$249": "currency", "$179": "currency", "7.8-inch": "length", "7-inch": "length",
           "9 weeks": "time", "230 grams": "mass", "95 grams": "mass", "120 grams": "mass",
           "$399": "currency", "10-inch": "length", "3 percent": "dimensionless", "30 hours": "time",
           "20 hours": "time", "50 minutes": "time"}


def test_each_figure_is_read_as_its_product():
    got = _products(ARTICLE, FIGURES)
    assert got == {
        "$249": "vela 3",  # the nearest product before it
        "$179": "kite 2",
        "7.8-inch": "vela 3",
        "7-inch": "vela 2",  # named after it behind a preposition
        "9 weeks": "vela 3",  # the Vela 2 behind a preposition, in an earlier clause, is passed over
        "230 grams": "vela 3",  # "It ..." points back at the sentence before
        "95 grams": "kite 2",  # "the headset": the noun after "the Kite 2 headset"
        "120 grams": "kite 2 (older)",  # last year's model
        "$399": "vela 3 max",  # a figure opening the sentence, before the comma
        "10-inch": "vela 3 max",  # "the Max": the one model with that tier
        "3 percent": "",  # no product
        "30 hours": "kite 2",
        "20 hours": "kite (older)",
        "50 minutes": "kite 2",  # the sentence before is about the Kite 2, not the one behind "on the"
    }


def test_a_product_named_once_with_a_number_is_no_product():
    """"Teague 27" written once is a name and a figure, not a model: a designator needs the
    article to write the model twice, beside another of its name, or with a tier word."""
    assert products.products_in(["Teague 27 carries for 162 yards."]) == frozenset()
    assert products.products_in(["The Orca 4 costs $5.", "The Orca 5 costs $6."]) == {"orca 4", "orca 5"}
    assert products.products_in(["The Lumo Air costs $9."]) == {"lumo air"}


def test_sequences_months_and_scores_are_no_products():
    sentences = ["Category 4 winds hit Route 9 on March 12.", "Category 4 winds hit Route 9 on March 12.",
                 "The Hawks 31, Owls 24 final.", "The Hawks 31, Owls 24 final.", "The Royal Air Force flew."]
    assert products.products_in(sentences) == frozenset()


def test_a_figure_between_takes_the_product_away():
    """"Its Max starts at $1,299, while the basic model costs $799": the Max is the first
    price's; the second names no product."""
    got = _products(["Its Orca 7 Max starts at $1,299, while the basic model costs $799."],
                    {"$1,299": "currency", "$799": "currency"})
    assert got == {"$1,299": "orca 7 max", "$799": ""}


def test_a_figure_right_before_a_product_is_that_products():
    """"The $649 Orca 6, which stays on sale": the price names the Orca 6 after it; a score's
    second team ("Hawks 31, Owls 24") is still no product."""
    got = _products(["The Orca 7 costs $799.", "The $649 Orca 6, which stays on sale, may draw buyers."],
                    {"$799": "currency", "$649": "currency"})
    assert got == {"$799": "orca 7", "$649": "orca 6"}
    assert products.products_in(["The Hawks 31, Owls 24 final.", "The Hawks 31, Owls 24 final."]) == frozenset()


def test_a_title_in_quotes_is_a_product_and_a_relative_clause_is_its_own():
    """Two films' figures: the winner's prizes and the rival's nominations; "second only to
    "Red Harbour", which won 12 in 2030": the 12 is the older film's."""
    got = _products(['"Blue Acre" won seven prizes, while its rival "The Quiet Pier" had 10 nominations.',
                     'It puts "Blue Acre" second only to "Red Harbour", which won 12 in 2030.'],
                    {"seven prizes": "count", "10 nominations": "count", "12": "count"})
    assert got == {"seven prizes": "blue acre", "10 nominations": "the quiet pier", "12": "red harbour"}


def test_a_conversion_keeps_the_product_of_the_figure_it_converts():
    got = _products(["The Orca 7 Pro costs $899, or about £715, and the Orca 7 Pro ships soon."],
                    {"$899": "currency", "£715": "currency"})
    assert got == {"$899": "orca 7 pro", "£715": "orca 7 pro"}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("Aa Zz19 ,.'-$Pro")), max_size=60), min_size=1, max_size=5))
def test_every_claim_gets_a_product_or_none_and_nothing_raises(sentences):
    claims = [_Claim(s, k * 100, k * 100, k * 100 + min(3, len(s)), "count") for k, s in enumerate(sentences)]
    got = products.of_claims(claims)
    assert len(got) == len(claims)
    assert all(isinstance(p, str) for p in got)
    named = products.products_in(sentences)
    assert all(p == "" or p in named or p.endswith(" (older)") for p in got)


def _grouped(texts: dict[str, str], nlp) -> list[set[str]]:
    claims = []
    for doc, text in texts.items():
        claims += [normalize(replace(c, doc=doc, source=doc.upper())) for c in extract_text(text, nlp)]
    return [{c.surface for c in g.claims} for g in group(claims)]


def test_two_products_prices_are_two_groups_and_no_conflict(nlp):
    """Two outlets give two products' prices in one sentence each: each price goes with the
    other outlet's price of the same product, and no price of one is in conflict with the other's."""
    texts = {
        "a.md": "Ostrel launched the Vela 3 reader at $249 and the Kite 2 headset at $179. "
                "The Vela 3 reader has 16GB, and the Kite 2 headset 2GB.",
        "b.md": "The Kite 2 headset will cost $179, while the Vela 3 reader sells for $249. "
                "Buyers of the Kite 2 headset get 2GB, of the Vela 3 reader 16GB.",
    }
    groups = _grouped(texts, nlp)
    assert {"$249"} in [g - {"$179"} for g in groups if "$249" in g]
    assert not any({"$249", "$179"} <= g for g in groups)
    assert not any({"16GB", "2GB"} <= g for g in groups)


def test_two_products_storage_in_two_articles_is_no_conflict(nlp):
    """One outlet writes of the reader, the other of the headset: their storage is of two
    products, not a disagreement ("16GB of storage" and "12GB of storage" share every word)."""
    texts = {
        "a.md": "The Vela 3 weighs 230 grams. The Vela 3 ships with 16GB of storage.",
        "b.md": "The Kite 2 weighs 200 grams. The Kite 2 ships with 12GB of storage.",
    }
    groups = _grouped(texts, nlp)
    assert not any({"16GB", "12GB"} <= g for g in groups)
