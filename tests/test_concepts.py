"""Concepts (``Claim.subject``): what a quantity measures and whose it is, in the NewsQuant
convention; and topics (``Claim.topic``): the counted thing with its relation, for grouping."""
import pytest

from figrecon.evaluate import concept_words
from figrecon.extract import extract_text


@pytest.mark.parametrize("text, part, words", [
    # a count names its owner, not the counted noun (that is its unit)
    ("Turkey has sent 4,000 Syrian fighters to Azerbaijan.", "4,000", {"turkey"}),
    ("Since last season Chris Wood has scored 22 goals in all competitions.", "22", {"chris", "wood"}),
    # ... or the thing it is a count of
    ("A survey of seven countries found rising prices.", "seven", {"survey"}),
    # a relative clause holding the count is not part of the owner's name
    ("Ford, which has 13,000 workers in Britain, warned of job cuts.", "13,000", {"ford"}),
    # a measure names what it measures, and who has it
    ("The company pledged 1% of its profits to charity.", "1%", {"profits", "company"}),
    ("The offence is punishable by a fine of $5,000.", "5,000", {"fine", "offence"}),
    ("The museum has the painting for $30 million.", "30", {"painting", "museum"}),
    ("They approved a budget above $4 billion.", "4", {"budget"}),  # any preposition joins
    # when is not what: a time phrase is not part of the concept
    ("Sales in the first quarter fell to $3 million.", "3", {"sales"}),
])
def test_concept_words(text, part, words, claim_for):
    assert concept_words(claim_for(text, part).subject) == words


@pytest.mark.parametrize("text, part", [
    ("Dozens of people were killed in the blast.", "Dozens"),  # the count is the subject itself
    ("They added ten users last month.", "ten"),  # pronouns are never concepts
    ("There are four bosses to fight.", "four"),
    ("The tower is one of the tallest buildings in Europe.", "one"),  # a rank, not an amount
])
def test_no_concept(text, part, claim_for):
    assert claim_for(text, part).subject == ""


def test_topic_names_counted_thing_and_relation(claim_for):
    claim = claim_for("Turkey has sent 4,000 Syrian fighters to Azerbaijan.", "4,000")
    assert claim.topic.startswith("Syrian fighters sent to Azerbaijan")


def test_conversion_shares_concept_and_topic(nlp):
    first, second = extract_text("The brothers have a net worth of £1.3 billion ($1.7bn).", nlp)
    assert second.subject == first.subject != ""
    assert second.topic == first.topic


def test_hyphenated_name_stays_whole(claim_for):
    claim = claim_for("Until now Ben-Moshe has only raised 280 million shekels.", "280")
    assert claim.subject == "Ben-Moshe"


def test_adverbial_duration_has_no_concept(claim_for):
    # "in the last three months" says when the cuts happened, not what was measured
    claim = claim_for("In the last three months the agency cut prices on 50 products.", "three")
    assert claim.subject == ""


@pytest.mark.parametrize("text, part, subject", [
    ("a 6 mm steel bolt.", "6", "steel bolt"),  # a fragment: the noun after the quantity
    ("Wavelengths of at least 3 mm.", "3", "Wavelengths"),  # ... else the one before it
    ("Galaxy Tab 11 inch is worth exactly $900.", "900", "Galaxy Tab"),  # ... or its own words
    # a market report: what moved
    ("The top fallers were Acme Group, down 12 p at 300 p.", "12", "Acme Group"),
])
def test_fragment_falls_back_to_nearby_noun(text, part, subject, claim_for):
    assert claim_for(text, part).subject == subject


def test_fragment_takes_no_noun_from_another_clause(claim_for):
    # the nearest noun before is the object of another clause's verb ("left the plant"); a verb
    # between it and the figure ("rained") ends that clause: no concept rather than a wrong one
    claim = claim_for("Workers left the plant early because it rained, 40 millimetres by noon.", "40")
    assert claim.subject == ""


def test_duration_after_its_verb_names_the_subject(claim_for):
    claim = claim_for("The car can reach 100 km/h in about 8 seconds.", "8 seconds")
    assert claim.subject == "car"


@pytest.mark.parametrize("text, part, subject", [
    ("Cayman Airways said it was grounding two jets.", "two", "Cayman Airways"),
    ("Musk uses his account, where he has more than 80 million followers.", "80", "Musk"),
    # "they" cannot stand for the singular "growth": no concept rather than a wrong one
    ("If growth slows they would need to add ten stores.", "ten", ""),
])
def test_pronoun_stands_for_an_agreeing_subject(text, part, subject, claim_for):
    assert claim_for(text, part).subject == subject
