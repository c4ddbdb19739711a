"""Ages in apposition after a noun for a person (figrecon.ages); examples written for these tests."""
import pytest

from figrecon.extract import extract_text


@pytest.mark.parametrize("text, owner", [
    ("The suspect, 34, faces two charges of arson.", "the suspect"),
    ("Police said the driver, 61, was unhurt.", "the driver"),
])
def test_a_number_between_commas_after_a_person_is_their_age(nlp, text, owner):
    (age,) = [c for c in extract_text(text, nlp) if c.unit == "year of age"]
    assert (age.value, age.dimension, age.subject) == (34.0 if "34" in text else 61.0, "time", owner)


@pytest.mark.parametrize("text", [
    "The team, 12, won the cup.",  # no person: a count
    "The suspect, 340, was arrested.",  # too old to be an age
    "The suspect, aged about 34 and of no fixed address, was held.",  # not a bare number in commas
])
def test_no_age_without_a_person_or_a_plausible_number(nlp, text):
    assert [c for c in extract_text(text, nlp) if c.unit == "year of age" and c.subject.startswith("the")] == []
