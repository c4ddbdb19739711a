"""Subjects (what a number measures, then whose it is) and attribution, from the parse."""
import pytest

from figrecon.evaluate import concept_words
from figrecon.extract import extract_text


@pytest.mark.parametrize("text, part, words", [
    ("The Chinese e-commerce giant already generates more than 60 per cent of its revenue from ads.",
     "60", {"revenue"}),
    ("The September crude contract was up 19 cents at US$58.24 per barrel.", "19", {"september", "crude", "contract"}),
    ("Exports to China dropped 7% to $2.3 billion.", "7%", {"exports"}),
    ("McDougal has been released from her $150,000 contract with American Media.", "150,000", {"contract"}),
])
def test_measured_thing(text, part, words, claim_for):
    got = concept_words(claim_for(text, part).subject)
    assert words <= got, got


def test_count_subject_has_owner(claim_for):
    subject = claim_for("Since last season Chris Wood has scored 22 goals in all competitions.", "22").subject
    assert "Chris Wood" in subject


def test_pay_subject_is_a_short_phrase(claim_for):
    subject = claim_for("Their monthly salary is $1,500.", "1,500").subject
    assert subject == "monthly salary"


@pytest.mark.parametrize("text, part, words", [
    ("The utility plans to add 2.1 gigawatts of wind power and 1.4 gigawatts of battery storage by 2030.",
     "1.4", {"battery", "storage"}),
    ("The mill ships 40 tonnes of flour and 15 tonnes of bran each week.", "15", {"bran"}),
])
def test_a_conjoined_measure_keeps_what_it_measures(text, part, words, claim_for):
    """The second of two conjoined measures hangs on the first in the parse: its own "of"
    phrase still says what it measures (it was lost when the first measure's words were skipped)."""
    got = concept_words(claim_for(text, part).subject)
    assert words <= got, got


@pytest.mark.parametrize("text, part, words", [
    ("Collectors had to shell out a hefty $2,400 for Velmar's limited Orbit 3 watch, the shop said.",
     "2,400", {"orbit", "watch"}),
    ("The museum paid $4.5 million for the painting.", "4.5", {"painting"}),
    ("Tickets start at $45 for the upper tier.", "45", {"upper", "tier"}),
    ("The price is 12 euros for the small loaf.", "12", {"small", "loaf"}),
])
def test_a_sum_paid_for_something_is_about_what_it_buys(text, part, words, claim_for):
    """A "for X" after a sum paid or a price names what is bought: the topic (what grouping keys
    on) and the concept name it, not the buyer ("Collectors")."""
    claim = claim_for(text, part)
    assert words <= concept_words(claim.topic), claim.topic
    assert words <= concept_words(claim.subject), claim.subject
    assert "collectors" not in concept_words(claim.topic)


@pytest.mark.parametrize("text, part, absent", [
    ("The charity raised $3 million for flood victims.", "3", "victims"),  # given, not bought
    ("The chain earned $40 million for the quarter.", "40", "quarter"),  # when, not what
    ("He paid $500 for it.", "500", "it"),  # a pronoun names nothing
])
def test_a_for_phrase_that_names_no_purchase_is_not_the_topic(text, part, absent, claim_for):
    assert absent not in concept_words(claim_for(text, part).topic)
