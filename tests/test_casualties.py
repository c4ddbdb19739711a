"""Word-form casualty counts read from the parse (examples written for these tests)."""
from dataclasses import replace

import pytest

from figrecon.casualties import may_hold
from figrecon.extract import extract_text
from figrecon.normalize import normalize
from figrecon.reconcile import comparable, group


@pytest.mark.parametrize("text, surface, unit", [
    ("A man was killed in a shooting on Harlow Road on Friday night.", "A man", "man"),
    ("Police said a woman was shot outside the depot.", "a woman", "woman"),
    ("One teenager was wounded in the crossfire.", "One teenager", "teenager"),
    ("Gunmen killed a resident of the estate.", "a resident", "resident"),
    # a person named by role (persons.json roles) counts too
    ("A night guard was shot dead at the depot.", "A night guard", "guard"),
    ("A shopkeeper shot and killed an armed robber in Tarlow.", "an armed robber", "robber"),
    # a casualty adjective completing a verb, with the person as its subject: a small clause
    ("Officers found a woman dead in the stairwell.", "a woman", "woman"),
    ("\"We have a young man dead,\" the sheriff said.", "a young man", "man"),
])
def test_a_person_killed_shot_or_wounded_is_a_count_of_one(nlp, text, surface, unit):
    claims = [c for c in extract_text(text, nlp) if c.surface == surface]
    assert len(claims) == 1
    claim = claims[0]
    assert (claim.value, claim.low, claim.high, claim.unit, claim.dimension) == (1.0, 1.0, 1.0, unit, "count")
    assert text[claim.start:claim.end] == surface
    assert comparable(normalize(claim))


@pytest.mark.parametrize("text", [
    "A man said the shop had closed early.",
    "A spokesman for the council declined to comment.",
    "The victim was a man in his forties.",
])
def test_no_count_without_a_casualty_verb(nlp, text):
    assert [c for c in extract_text(text, nlp) if c.value == 1.0 and c.unit in ("man", "spokesman")] == []


def test_the_cheap_filter_needs_an_article_a_person_and_a_casualty_word():
    assert may_hold("A man was killed.")
    assert not may_hold("The man was killed.")
    assert not may_hold("A car was damaged.")


def test_one_killed_in_each_report_groups_and_agrees(nlp):
    a = [normalize(c) for c in extract_text("A man was killed in the shooting, police said.", nlp)]
    b = [normalize(c) for c in extract_text("One person was killed and two people were injured.", nlp)]
    b = [replace(c, doc="b", source="B") for c in b]
    groups = group(a + b)
    killed = [g for g in groups if g.key.startswith("killed")]
    assert len(killed) == 1 and len(killed[0].claims) == 2 and not killed[0].conflict
    assert [g for g in groups if g.key.startswith("injured")]


@pytest.mark.parametrize("text, surface, value", [
    # people joined by "and" under one casualty verb are one count, the sum of the parts
    ("A man and a woman were killed in the crash on the ring road.", "A man and a woman", 2),
    ("A man, a woman and a boy were injured when the wall fell.", "A man, a woman and a boy", 3),
    ("One man and one woman died at the scene.", "One man and one woman", 2),
    ("Two men and a woman were shot outside the club.", "Two men and a woman", 3),
])
def test_people_joined_by_and_are_one_count(nlp, text, surface, value):
    claims = extract_text(text, nlp)
    assert [(c.surface, c.value) for c in claims if c.dimension == "count"] == [(surface, value)]
    (claim,) = [c for c in claims if c.surface == surface]
    assert text[claim.start:claim.end] == surface  # the span covers every part


@pytest.mark.parametrize("text", [
    "A man, a resident of the estate, was killed.",  # an apposition is the same person
    "A man was killed and a woman was injured.",  # two verbs: two counts
])
def test_a_description_or_a_second_verb_is_not_added(nlp, text):
    assert all(c.value == 1 for c in extract_text(text, nlp) if c.dimension == "count")


def test_a_part_that_counts_no_person_makes_no_joined_count(nlp):
    # "his dog" is no person: no count rather than the man taken for all who were killed
    assert [c for c in extract_text("A man and his dog were killed by the falling tree.", nlp)
            if c.dimension == "count"] == []


def test_the_joined_count_agrees_with_a_figure_for_the_same_toll(nlp):
    a = [normalize(c) for c in extract_text("A man and a woman were killed in the blaze, police said.", nlp)]
    b = [replace(normalize(c), doc="b", source="B")
         for c in extract_text("Two people were killed in the blaze.", nlp)]
    killed = [g for g in group(a + b) if g.key.startswith("killed")]
    assert len(killed) == 1 and len(killed[0].claims) == 2 and not killed[0].conflict



def test_an_age_inside_a_word_form_count_leaves_both_claims(nlp):
    claims = extract_text("A 17-year-old boy was killed on the bridge.", nlp)
    assert {(c.surface, c.value, c.unit) for c in claims} == {
        ("A 17-year-old boy", 1.0, "boy"), ("17-year-old", 17.0, "year of age")}


def test_a_count_shot_fatally_is_killed(nlp):
    from figrecon.reconcile import relation_of

    claims = {c.surface: c for c in extract_text("Six people were shot, three fatally, the sheriff said.", nlp)}
    assert relation_of(claims["Six people"]) == "shot" and relation_of(claims["three"]) == "killed"


@pytest.mark.parametrize("text", [
    "The toll rose to five on Sunday after a woman died in hospital.",  # a clause that dates the rise
    "Police are looking for a car seen near where a man was shot.",  # a relative clause
])
def test_a_death_in_a_dating_or_describing_clause_is_no_toll(nlp, text):
    assert [c for c in extract_text(text, nlp) if c.surface.lower().startswith("a ")] == []


def test_a_reported_death_is_a_count(nlp):
    assert [c.surface for c in extract_text("Police said a man was killed in the crash.", nlp)] == ["a man"]


@pytest.mark.parametrize("text", [
    "Another woman was wounded later that night.",
    "A second man was wounded on Sunday.",
])
def test_one_more_casualty_is_no_count(nlp, text):
    """"another woman was wounded" adds one to a count told before: it is no count of its own;
    nor is "a second man was wounded", who may be the first wounded after one killed."""
    assert not [c for c in extract_text(text, nlp) if c.dimension == "count"]


@pytest.mark.parametrize("text, surface, toll", [
    ("A second man has died, police said on Monday.", "A second man", 2.0),
    ("A third victim was killed in the blast, officials said.", "A third victim", 3.0),
    # the complement of "be" or "become" with "to die": casualties._nth_to_die
    ("She became the third passenger to die, the ferry company said.", "the third passenger", 3.0),
    ("He was the fourth climber to be killed on the ridge.", "the fourth climber", 4.0),
])
def test_the_latest_death_by_its_rank_tells_the_toll(nlp, text, surface, toll):
    """"A third victim was killed": the dead now number three (casualties._nth_death)."""
    from figrecon.reconcile import features

    (claim,) = [c for c in extract_text(text, nlp) if c.dimension == "count"]
    assert (claim.surface, claim.value) == (surface, toll)
    assert features(normalize(claim)).relation == "killed"


@pytest.mark.parametrize("text", [
    "He was the second person to be arrested.",  # no death
    "She was the third nurse to leave the ward.",  # no casualty
    "After 14 were hurt, he was the second man to die.",  # a count told before it
])
def test_an_nth_person_to_die_needs_a_death_and_nothing_counted_before(nlp, text):
    assert not [c for c in extract_text(text, nlp) if c.dimension == "count" and c.surface.startswith("the ")]


def test_a_shooting_that_killed_is_a_killing_and_casualty_nouns_meet_persons(nlp):
    from figrecon.reconcile import relation_of

    dead = [normalize(c) for c in extract_text("A night guard was shot dead at the depot.", nlp)]
    assert [relation_of(c) for c in dead] == ["killed"]
    shoppers = [normalize(c) for c in extract_text("Two shoppers were injured in the car park.", nlp)]
    people = [normalize(replace(c, doc="b")) for c in extract_text("A guard died and two other people were hurt, police said.", nlp) if c.value == 2]
    assert len(group(shoppers + people)) == 1
    students = [normalize(c) for c in extract_text("Four students were killed in the attack.", nlp)]
    teachers = [normalize(replace(c, doc="b")) for c in extract_text("Two teachers were killed in the attack.", nlp)]
    assert len(group(students + teachers)) == 2  # two kinds of person, neither of them "people"


@pytest.mark.parametrize("text, relation", [
    ("Two firefighters died and one was hurt when the roof gave way.", "injured"),
    ("The attacker stabbed four passengers and killed one, police said.", "killed"),
    ("One died on the way to the hospital, the paramedics said.", "killed"),
    ("The explosion left three workers dead and one injured.", "injured"),
    # "one" joined to the count whose noun it leaves out, the casualty word hanging from it
    ("A gunman opened fire at a depot, leaving two guards dead and one wounded before he fled.", "injured"),
])
def test_a_bare_one_under_a_casualty_verb_is_one_person(nlp, text, relation):
    from figrecon.reconcile import features

    (claim,) = [c for c in extract_text(text, nlp) if c.surface.lower() == "one"]
    assert (claim.value, claim.low, claim.high, claim.unit) == (1.0, 1.0, 1.0, "person")
    assert text[claim.start:claim.end].lower() == "one"
    assert comparable(normalize(claim)) and features(normalize(claim)).relation == relation


@pytest.mark.parametrize("text", [
    "No one was hurt in the fire.",  # nobody: no count
    "At least one was killed.",  # a bound, not one
    "One of the riders was injured.",  # a part of a group the scanner reads
    "The pair shot one another in the dispute.",  # reciprocal
    "Six sheep were killed and one injured by the dogs.",  # the one is a sheep
    "Three horses were shot and one was wounded.",  # nor of a noun persons.json does not know as a person
    "The storm left four horses dead and one injured.",
    "Officials said the one who was shot is a teacher.",  # "the one": a person named, no count
])
def test_a_one_that_is_no_whole_count_of_persons_gives_no_count_of_one_person(nlp, text):
    assert [c for c in extract_text(text, nlp) if c.surface.lower() == "one" and c.unit == "person"] == []


@pytest.mark.parametrize("text, relation", [
    ("Two cyclists were killed and a third was injured when the lorry struck them.", "injured"),
    ("Three workers were injured and a fourth died in hospital.", "killed"),
])
def test_the_next_in_line_under_another_casualty_verb_is_one_person(nlp, text, relation):
    from figrecon.reconcile import features

    (claim,) = [c for c in extract_text(text, nlp) if c.surface.startswith("a ")]
    assert (claim.value, claim.unit) == (1.0, "person")
    assert features(normalize(claim)).relation == relation


@pytest.mark.parametrize("text, surface, relation", [
    ("A man was shot dead and another man was wounded outside the Tarn depot.", "another man", "injured"),
    ("Two guards were killed and another was hurt, the army said.", "another", "injured"),
    ("One woman was wounded and a second woman died on the way to hospital.", "a second woman", "killed"),
])
def test_another_person_under_another_casualty_verb_is_one_person(nlp, text, surface, relation):
    from figrecon.reconcile import features

    (claim,) = [c for c in extract_text(text, nlp) if c.surface == surface]
    assert claim.value == 1.0 and claim.unit in ("man", "woman", "person")
    f = features(normalize(claim))
    assert f.relation == relation and not f.partial  # the whole count of its relation


def test_another_under_the_same_casualty_verb_is_one_more_and_no_count(nlp):
    text = "A man was wounded on Friday and another man was wounded on Sunday."
    assert [c.surface for c in extract_text(text, nlp)] == ["A man"]


@pytest.mark.parametrize("text", [
    "Two cyclists were killed and a third died later in hospital.",  # one more death: the toll is three
    "Two cyclists were killed and a fourth was injured.",  # not next in line
    "Two lorries were hit and a third was damaged.",  # no persons
])
def test_no_count_from_an_ordinal_that_is_no_next_person_of_another_kind(nlp, text):
    assert [c for c in extract_text(text, nlp) if c.surface.startswith("a ") and c.value == 1.0] == []


@pytest.mark.parametrize("text, count", [
    ("The victim, a 19-year-old man, was pronounced dead at the scene.", "a 19-year-old man"),
    ("The driver, a woman from Tarn, was killed.", "a woman"),
])
def test_a_definite_victim_is_counted_by_the_one_person_named_beside_it(text, count, nlp):
    from figrecon.extract import extract_text

    assert [c.surface for c in extract_text(text, nlp) if c.unit != "year of age"] == [count]


def test_a_definite_victim_alone_is_no_new_count(nlp):
    from figrecon.extract import extract_text

    assert extract_text("The victim was killed.", nlp) == []


def test_a_one_the_parser_calls_a_pronoun_is_a_count_after_a_count_of_persons(nlp):
    """"One man is dead and one is hurt": the second "one" is one person hurt; "one can see"
    alone counts nobody."""
    from figrecon.reconcile import features

    claims = extract_text("One man is dead and one is hurt after the crash in Tarlow.", nlp)
    assert [(c.surface, c.value) for c in claims] == [("One man", 1.0), ("one", 1.0)]
    assert features(normalize(claims[1])).relation == "injured"
    assert extract_text("One can see why one was hurt.", nlp) == []


@pytest.mark.parametrize("text, surface, relation", [
    # a participle of the main clause's event
    ("A gunman opened fire at the depot in Tarlow, killing a guard and wounding two drivers.", "a guard", "killed"),
    ("The bus left the road near Vesk, injuring a passenger, police said.", "a passenger", "injured"),
    # a relative clause on an event
    ("A man was charged in a stabbing at a bus stop that killed a student, police said.", "a student", "killed"),
    ("A woman was charged in a raid in which a guard was wounded.", "a guard", "injured"),
])
def test_a_clause_that_tells_what_the_event_did_states_its_casualties(nlp, text, surface, relation):
    """"opened fire, killing a guard", "a stabbing that killed a student": what the event did;
    not "since killing a guard" or "a man who was shot" (below)."""
    from figrecon.reconcile import features

    (claim,) = [c for c in extract_text(text, nlp) if c.surface == surface]
    assert claim.value == 1.0 and features(normalize(claim)).relation == relation


def test_a_participle_after_since_is_no_casualty_count(nlp):
    assert [c for c in extract_text("He has been in jail since killing a guard in 2030.", nlp)
            if c.dimension == "count"] == []


def test_a_relative_clause_on_a_person_is_no_casualty_count(nlp):
    assert [c for c in extract_text("Police spoke to a man who was shot last year.", nlp)
            if c.dimension == "count"] == []
