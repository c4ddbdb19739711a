"""Count nouns and count units (figrecon.counts), through the whole extractor."""
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from figrecon.extract import extract_text


@pytest.mark.parametrize("text, part, unit", [
    ("The club has 14 first-team players left.", "14", "first-team player"),
    # kind-naming modifiers before the number belong to the unit; "how many" words do not
    ("The top four clubs all won.", "four", "top club"),
    ("The side posted a record 15 wins at home.", "15", "record win"),
    ("They hired an additional 30 nurses.", "30", "nurse"),
    # a period after the counted noun makes it a rate
    ("The lab will run five thousand tests per day.", "five thousand", "test per day"),
    ("The plant ships 300 cars a week.", "300", "car per week"),
    # a noun that names a unit is that unit, whatever stands between
    ("The show joins the 40 previous years of programming.", "40", "year"),
    # a model number is part of the kind
    ("The airline grounded three new 787 Dreamliner jets.", "three", "new 787 Dreamliner jet"),
])
def test_count_units(text, part, unit, claim_for):
    assert claim_for(text, part).unit == unit


@pytest.mark.parametrize("text, part", [
    ("Police said 52,000 fans came, not the 40,000 Halden has been quoting.", "40,000"),
    ("A second source put it at 61,000 Marrow counted.", "61,000"),
])
def test_a_name_opening_a_clause_after_a_number_is_not_counted(text, part, claim_for):
    """A number counts plural things; a singular name right after it with its own verb is the
    subject of a relative clause without "that" (who gave the figure)."""
    claim = claim_for(text, part)
    assert claim.surface == part and claim.unit == ""


@pytest.mark.parametrize("text, part", [
    ("A magnitude 4.8 tremor shook the valley.", "4.8"),
    ("A magnitude-4.8 tremor shook the valley.", "4.8"),
    ("Officials logged a Magnitude-6 aftershock.", "6"),
])
def test_a_measure_word_before_the_number_leaves_nothing_counted(text, part, claim_for):
    """"magnitude 4.8 tremor": 4.8 is the tremor's magnitude (lexicon numbers.json
    measures_before), not a count of 4.8 tremors."""
    claim = claim_for(text, part)
    assert (claim.value, claim.unit) == (float(part), "")


@pytest.mark.parametrize("text, part, unit, quote", [
    ("The inbox held 45 e-mails from the mayor.", "45", "e-mail", "45 e-mails"),
    ("The shop took 9,000 pre-orders on Friday.", "9,000", "pre-order", "9,000 pre-orders"),
    ("Nurses took 12 x-rays that night.", "12", "x-ray", "12 x-rays"),
    ("The council bought 60 new e-bikes.", "60", "e-bike", "60 new e-bikes"),
    # a hyphen after the number, or a hyphenated modifier before the noun, stays as it was
    ("The club has 14 first-team players left.", "14", "first-team player", "14 first-team players"),
])
def test_a_noun_split_at_its_hyphen_is_counted_whole(text, part, unit, quote, claim_for):
    """The tokenizer splits "e-mails" into "e", "-", "mails": the count is of e-mails (its
    unit is the whole word and its quote ends after it), never of a unit "e"."""
    claim = claim_for(text, part)
    assert (claim.unit, claim.surface) == (unit, quote)


@pytest.mark.parametrize("text, part, unit", [
    ("Of the tickets printed, 800 were never sold.", "800", "ticket"),
    ("Of the 60 candidates, 14 were women.", "14", "candidate"),
    # a pronoun or a mass noun names no count: "Of those hurt, six ..." counts nothing it names
    ("Of those hurt, six remain in hospital.", "six", ""),
])
def test_a_fronted_partitive_names_what_a_subject_count_counts(text, part, unit, claim_for):
    """"Of the tickets printed, 800 were never sold": the "of" phrase hangs on the verb, not on
    the number, yet it names what the 800 counts (a plural noun only)."""
    assert claim_for(text, part).unit == unit


def test_time_after_a_number_is_not_counted(nlp):
    claims = extract_text("His launch angle was 1.4 degrees in 2018 and 2.1 last year.", nlp)
    assert [c.unit for c in claims if c.value == 2.1] == [""]


def test_world_cups_are_not_volumes(claim_for):
    assert claim_for("He has played in five straight World Cups.", "five").unit != "cup"


@pytest.mark.parametrize("text, whole, unit", [
    ("Nearly half of the 300 tonnes of grain was lost in the fire.", "300 tonnes", "tonne"),
    ("Floods covered two-thirds of the 12 miles of road.", "12 miles", "mile"),
    ("About a quarter of its 800 staff will leave by June.", "800", "staff"),
    ("Customs seized a third of the 90 kg shipment.", "90 kg", "kilogram"),
])
def test_a_fraction_of_a_stated_figure_takes_none_of_its_noun(text, whole, unit, nlp):
    """The noun after "half of the 300" is the 300's: read as the half's it made "half" half a
    tonne, normalized to 500 kg. The fraction stays a bare share; the whole keeps its unit."""
    claims = extract_text(text, nlp)
    (of_whole,) = [c for c in claims if whole in c.surface]
    assert of_whole.unit == unit and of_whole.value >= 1
    for c in claims:
        if c is not of_whole:
            assert c.unit == "" and c.value < 1 and whole not in c.surface


def test_a_fraction_of_a_noun_still_counts_it(claim_for):
    assert claim_for("Half of the voters stayed at home.", "Half").unit == "voter"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["Half", "Nearly half", "A third", "Two-thirds", "About a quarter", "Three-quarters"]),
       st.integers(min_value=2, max_value=90_000),
       st.sampled_from(["tonnes", "km", "miles", "kg", "litres", "acres"]),
       st.sampled_from(["the", "its", "their"]))
def test_no_fraction_of_a_figure_is_read_as_a_measure(nlp, fraction, whole, unit, determiner):
    text = f"{fraction} of {determiner} {whole:,} {unit} was lost in the storm."
    for c in extract_text(text, nlp):
        assert c.value is None or c.value >= 1 or c.dimension in ("count", "percentage"), (text, c)


def test_a_number_counts_no_noun_across_its_own_conjunction(nlp):
    """"was 16 and loved basketball": the parser may hang the 16 on "basketball"; a noun past the
    number's own "and" is not what it counts. "1,000 Syrian rebel fighters" still counts fighters."""
    from figrecon.extract import extract_text
    (age,) = extract_text("Her son, Tavion, was 16 and loved basketball.", nlp)
    assert (age.value, age.unit) == (16, "")
    (fighters,) = extract_text("Some 1,000 Syrian rebel fighters were sent.", nlp)
    assert fighters.unit == "syrian rebel fighter"


@pytest.mark.parametrize("text, part", [
    ("*Mira Tolvane, 34*, led the opposition.", "34"),
    ("Organisers counted *4,000* at the rally.", "4,000"),
])
def test_a_mark_of_emphasis_is_no_counted_noun(text, part, claim_for):
    """A token with no letter (Markdown's "*") is never what a number counts."""
    claim = claim_for(text, part)
    assert "*" not in claim.unit and "*" not in claim.surface
