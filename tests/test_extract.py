"""Sentence splitting and the whole extraction pipeline."""
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from figrecon.extract import (candidate_sentences, extract, extract_documents, extract_many,
                              extract_text, split_sentences)
from figrecon.model import Document
from figrecon.sources import read_inputs


def claims(text, nlp):
    return extract_text(text, nlp)


def test_split_sentences_keeps_abbreviations():
    text = "Mr. Smith paid $5. He left on Sept. 22 with 3 bags.\n\nNew paragraph."
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans[0] == "Mr. Smith paid $5."
    assert spans[1].startswith("He left on Sept. 22")


def test_markdown_emphasis_hides_no_figure_and_moves_no_offset(nlp, tmp_path):
    """A Markdown file is read with its emphasis markers blanked (sources._unmarked): a bold
    run-in heading ("**The toll.**") ends before the sentence it heads, a bold figure ("**Four
    more**") is read, and each claim's offsets still point at its words in the file."""
    path = tmp_path / "a.md"
    path.write_text("**The toll.** Seven people were killed. It ended. **Four more** were hurt. A 5 * 3 grid.\n",
                    encoding="utf-8")
    (document,) = read_inputs([str(path)])
    assert len(document.text) == len(path.read_text(encoding="utf-8"))
    found = list(extract(document, nlp))
    assert [c.value for c in found][:2] == [7, 4]
    assert "5 * 3" in document.text  # an asterisk between spaces is no emphasis
    written = path.read_text(encoding="utf-8")
    assert [written[c.start:c.end] for c in found][:2] == ["Seven people", "Four"]


def test_lower_case_month_before_a_day_is_no_sentence_end():
    text = "shares rose on nov. 6 to $5. They fell in dec. The end."
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == ["shares rose on nov. 6 to $5.", "They fell in dec.", "The end."]


def test_chained_restatement_keeps_the_first_qualifier(nlp):
    found = claims("It produces just under 296 hp (224 kW / 300 PS) of power.", nlp)
    assert [c.change for c in found] == ["<", "<", "<"]


def test_counted_unit_noun_takes_its_dimension(nlp):
    (years, teams) = claims("It joins the 50 previous years of programming and 20 teams.", nlp)
    assert (years.unit, years.dimension) == ("year", "time")
    assert (teams.unit, teams.dimension) == ("team", "count")


def test_a_unit_of_another_figure_is_never_a_bare_counts_noun(nlp):
    """The unit word inside another figure's span belongs to that figure: the scanner alone
    shares a list's unit ("45 and 50 mg"), and it shares none after "a crew of"."""
    crew, cargo = claims("The barge, carrying a crew of five and 27 tonnes of grain, sank.", nlp)
    assert (crew.value, crew.dimension, crew.unit) == (5, "count", "")
    assert (cargo.value, cargo.unit) == (27, "tonne")
    low, high = claims("Nurses gave 35 and 70 mg doses.", nlp)
    assert (low.value, low.unit, high.unit) == (35, "milligram", "milligram")


def test_only_sentences_with_numbers_are_candidates():
    text = "Nothing here. Turkey sent 4,000 fighters. Nothing there."
    found = candidate_sentences(text)
    assert len(found) == 1
    assert text[found[0][0]:found[0][1]] == "Turkey sent 4,000 fighters."


def test_counted_noun_becomes_the_unit(nlp):
    (c,) = claims("Turkey has sent 429 soldiers to Azerbaijan.", nlp)
    assert (c.value, c.unit, c.dimension) == (429, "soldier", "count")


def test_counted_noun_keeps_modifiers(nlp):
    (c,) = claims("A survey of seven European countries was published.", nlp)
    assert c.unit == "european country"


def test_number_word_with_noun_is_a_claim(nlp):
    (c,) = claims("You have one solution that does it all.", nlp)
    assert (c.value, c.unit) == (1, "solution")


def test_one_as_pronoun_is_dropped(nlp):
    assert claims("They helped one another.", nlp) == []


@pytest.mark.parametrize("text, value", [
    ("Three were killed and sixteen were hurt in the crash.", [3, 16]),
    ("The committee met, and a dozen voted against.", [12]),
    ("Two thirds voted yes.", [2 / 3]),
])
def test_number_words_with_nothing_counted_stand_alone(nlp, text, value):
    assert [c.value for c in claims(text, nlp)] == pytest.approx(value)


def test_bare_one_and_vague_amounts_with_nothing_counted_are_dropped(nlp):
    assert claims("No one came, and dozens stayed home.", nlp) == []


def test_bare_number_has_empty_unit(nlp):
    found = claims("NSADAQ decreased by 7.", nlp)
    assert [c.unit for c in found] == [""]


def test_money_claim_fields(nlp):
    (c,) = claims("Recruits are paid up to £1,000 a month.", nlp)
    assert (c.value, c.high, c.low, c.change) == (1000, 1000, None, "<")
    assert (c.currency, c.per, c.unit) == ("GBP", "month", "pound sterling per month")


def test_parenthesised_conversion_shares_subject(nlp):
    found = claims("The net worth of the brothers is 1.356 billion ($1.762bn).", nlp)
    assert len(found) == 2
    assert found[0].subject == found[1].subject != ""


def test_offsets_point_at_surface(nlp):
    text = "Intro line.\n\nTurkey sent 4,000 Syrian fighters and paid them $1,500-2,000 a month."
    for c in claims(text, nlp):
        assert text[c.start:c.end] == c.surface
        assert any(ch.isdigit() for ch in c.surface)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120))
def test_extraction_never_raises(nlp, text):
    for c in claims(text, nlp):
        assert text[c.start:c.end] == c.surface


@pytest.mark.parametrize("text, unit", [
    ("He won four FA Cup finals with Chelsea.", "FA Cup final"),
    ("As many as 14 first-team players left.", "first-team player"),
    ("In total, 1,307,000 Americans were collecting aid.", "American"),
])
def test_counted_units(text, unit, nlp):
    (c,) = claims(text, nlp)
    assert c.unit == unit


@pytest.mark.parametrize("text", ["The bank booked one - off gains.", "Staff got a one-time bonus."])
def test_one_and_a_hyphen_before_a_kind_is_no_count(text, nlp):
    """not_quantity.json one_compounds (veto-idiom): "one-off", "one-time", spaced or not, make
    an adjective; a fact-checker's table must not show a count of one gain."""
    assert claims(text, nlp) == []


# --------------------------------------------------------------------------- batching and entities

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def both_corpora():
    paths = [str(ROOT / "corpus"), str(ROOT / "tests" / "corpus2")]
    return [r for r in read_inputs(paths) if isinstance(r, Document)]


def _without_entities(context):
    return replace(context, places=(), parties=())


def test_batching_across_documents_changes_nothing(both_corpora, nlp):
    one_by_one = [c for d in both_corpora for c in extract(d, nlp)]
    batched = list(extract_many(both_corpora, nlp))
    assert batched == one_by_one
    assert [c.context for c in batched] == [c.context for c in one_by_one]


def test_without_entities_only_context_loses_places_and_parties(both_corpora, nlp):
    full = list(extract_many(both_corpora, nlp))
    bare = list(extract_many(both_corpora, nlp, entities=False))
    assert full, "the corpora should give claims"
    # Claim equality leaves context out: every other field is the same.
    assert bare == full
    assert [c.attribution for c in bare] == [c.attribution for c in full]
    assert [c.context for c in bare] == [_without_entities(c.context) for c in full]
    assert any(c.context != _without_entities(c.context) for c in full), "the corpora name places"


def test_extract_documents_gives_every_document_in_order(nlp):
    documents = [Document(doc=f"d{i}", text=text) for i, text in enumerate([
        "Nothing to count here.",
        "Turkey sent 4,000 fighters to Azerbaijan.",
        "",
        "They were paid $1,500 a month. Another 500 fighters followed.",
    ])]
    out = list(extract_documents(iter(documents), nlp, entities=False))
    assert [d.doc for d, _ in out] == ["d0", "d1", "d2", "d3"]
    assert [[c.surface for c in claims] for _, claims in out] == [
        [], ["4,000 fighters"], [], ["$1,500 a month", "500 fighters"]]
    assert all(c.doc == d.doc for d, claims in out for c in claims)


def test_documents_are_read_in_bounded_batches(nlp, monkeypatch):
    from figrecon import extract as extract_module

    monkeypatch.setattr(extract_module, "BATCH_SENTENCES", 4)
    taken = []

    def documents():
        for i in range(50):
            taken.append(i)
            yield Document(doc=f"d{i}", text=f"Officials said {i + 2} soldiers were killed.")

    out = extract_documents(documents(), nlp, entities=False)
    first, claims = next(out)
    assert first.doc == "d0" and [c.value for c in claims] == [2]
    assert len(taken) <= 4  # one batch read ahead, not the whole input
    assert len(list(out)) == 49


@pytest.mark.parametrize("text", [
    "Voyager 1 left the solar system.",
    "Pixel 7 owners filed a complaint.",
    "Studio 9 closed its doors.",
    "Airbus 320 jets were grounded on Monday.",
])
def test_a_number_in_a_name_opening_the_sentence_is_no_claim(nlp, text):
    """"Voyager 1 left...": digits after the capitalised word that opens the sentence, hung on it
    by the parse or after a proper noun, are the name's, not an amount."""
    from figrecon.extract import extract_text

    assert [c.surface for c in extract_text(text, nlp)] == []


@pytest.mark.parametrize("text, surface, value", [
    ("Saturn's 146 moons were counted.", "146 moons", 146),
    ("Only 12 delegates voted.", "12 delegates", 12),
    ("Another 20 staff left.", "20 staff", 20),
    ("Meanwhile 40 families fled.", "40 families", 40),
    ("Mix 3 eggs into the batter.", "3 eggs", 3),
])
def test_a_closed_word_verb_or_possessive_opening_the_sentence_keeps_its_count(nlp, text, surface, value):
    from figrecon.extract import extract_text

    claims = extract_text(text, nlp)
    assert [(c.surface, c.value) for c in claims] == [(surface, value)]


@pytest.mark.parametrize("text, part, low, high", [
    ("The militia handed over 14 prisoners on Sunday.", "14", 14, 14),
    ("The families forked over $300 each.", "$300", 300, 300),
    ("The rebels took over 500 villages.", "500", 500, None),
])
def test_over_as_a_particle_of_giving_bounds_nothing(claim_for, text, part, low, high):
    claim = claim_for(text, part)
    assert (claim.low, claim.high) == (low, high)


def test_each_claim_names_the_heading_it_stands_under(nlp):
    """figrecon.sections: a roundup's subheads travel with its claims."""
    text = "Police said 14 people were hurt.\n\nTHE PARK\n\nThree people were hurt at the park.\n"
    found = {c.value: c.section for c in claims(text, nlp)}
    assert found == {14: "", 3: "the park"}
