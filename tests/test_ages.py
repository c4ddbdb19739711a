"""Ages in apposition after a noun for a person (figrecon.ages); examples written for these tests."""
import pytest

from figrecon.extract import extract_text
from figrecon.reconcile import ANTECEDENT_AGE


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


def _ages(nlp, articles):
    from dataclasses import replace

    from figrecon.reconcile import comparable

    out = []
    for doc, text in articles.items():
        out += [replace(c, doc=doc, source=doc.upper()) for c in extract_text(text, nlp)
                if c.unit == "year of age" and comparable(c)]
    return out


def test_one_persons_age_named_in_full_and_by_surname_is_compared(nlp):
    from figrecon.reconcile import group

    ages = _ages(nlp, {"a": "Harbour Party leader Mira Solvik, 47, conceded defeat on Sunday.",
                       "b": "Solvik, 48, said she would stay on."})
    assert len(ages) == 2
    (g,) = group(ages)
    assert g.conflict  # 47 against 48, of one person


def test_ages_of_two_people_who_share_a_surname_are_not_compared(nlp):
    from figrecon.reconcile import group

    ages = _ages(nlp, {"a": "The driver, Pavel Okoro, 52, was unhurt.",
                       "b": "His son, Tomas Okoro, 19, was taken to hospital."})
    assert len(ages) == 2
    assert all(len(g.claims) == 1 for g in group(ages))


@pytest.mark.parametrize("text, figure, owner", [
    ("The man who died was 27.", "27", "the man"),
    ("The gunman is 19, police said.", "19", "the gunman"),
    ("The toll was 27.", "27", None),  # a toll is no person
    ("Marisol Evander is 31.", "31", "Marisol Evander"),  # one name, no article
    ("Tobias Wren was 44 and worked at the mill.", "44", "Tobias Wren"),
    ("Her grandmother, who is 78, called the police.", "78", "her grandmother"),  # "who": the noun it hangs from
    ("The Halvorsen Group is 40, its filing says.", "40", None),  # a name with an article is no one person
    ("The Otters were 12 and 4 after the break.", "12", None),  # nor a plural one
    ("The victims were 24, 29 and 41.", "24", None),  # several people: no one owner
    ("The pilot was 61, the operator said.", "61", "the pilot"),  # persons.json roles: a pilot is one person
    ("The winner was 23 and rode for a small team.", "23", "the winner"),
])
@pytest.mark.parametrize("entities", [False, True])
def test_a_number_said_of_one_person_is_an_age(text, figure, owner, entities, nlp):
    """The same with the entity recogniser off, as every command runs (``figrecon.stages``), as on."""
    from figrecon.extract import extract_text

    (claim,) = [c for c in extract_text(text, nlp, entities=entities) if c.surface == figure]
    assert (claim.unit == "year of age") == (owner is not None)
    if owner is not None:
        assert claim.subject == owner


@pytest.mark.parametrize("text, figure, owner", [
    ("Leo Marsh drove the bus. He was 52.", "52", "Leo Marsh"),  # the named subject of the sentence before
    ("Police named the gunman as Ivo Brandt and said he was 19.", "19", "Ivo Brandt"),  # a name in its sentence
    ("Crews worked all night. Chief Ada Pell said he was 20.", "20", ""),  # the speaker is not "he"
    ("The driver was hurt. She is 33.", "33", ""),  # no name: an age of no one known
])
def test_a_number_said_of_he_or_she_is_an_age_never_a_count(text, figure, owner, nlp):
    """"He was 52." gives an age, of the person named before, or of no one known (compared with
    no other age), never a count of 52."""
    (claim,) = [c for c in extract_text(text, nlp, entities=False) if c.surface == figure]
    assert (claim.unit, claim.dimension, claim.subject) == ("year of age", "time", owner)


@pytest.mark.parametrize("text, owner", [
    ("A 19-year-old boy was hurt in the crash, Varn police said.", "boy"),  # not the speaker's
    ("The victims were Ana Roth and 8-year-old Lev Roth.", "Lev Roth"),
    ("Police held a 33-year-old suspect overnight, officers said.", "suspect"),
    # a name right after the noun is whose age it is, however the parse hangs it
    ("For the Otters, guard Nel Arvo scored 18 points, and the 31-year-old centre Pim Rask had 22 points "
     "before leaving with a sore ankle.", "Pim Rask"),
    ("A 19-year-old boy Monday was treated for cuts.", "boy"),  # a weekday is no name
    # the name the noun stands in apposition to
    ("Tomas Brell, the 41-year-old baker who found the fire, raised the alarm.", "Tomas Brell"),
])
def test_an_age_written_as_an_adjective_is_the_age_of_the_noun_it_modifies(nlp, text, owner):
    (age,) = [c for c in extract_text(text, nlp) if c.unit == "year of age"]
    assert age.subject == owner


def test_two_ages_of_some_man_are_no_conflict_but_a_suspects_are(nlp):
    """Which man "a 22-year-old man" is, the article does not say: his age is compared with no
    other (persons.json anyone), so "the man who died was 27" is no conflict with it; a role names
    one person of the story, so two outlets' ages of the suspect still conflict."""
    from figrecon.reconcile import group

    men = _ages(nlp, {"a": "Police arrested a 22-year-old man on Sunday.", "b": "The man who died was 27."})
    assert men == []
    suspects = _ages(nlp, {"a": "Police held a 33-year-old suspect overnight.", "b": "The suspect, 35, was charged."})
    assert len(suspects) == 2 and any(g.conflict for g in group(suspects))


@pytest.mark.parametrize("text, ages", [
    ("The injured, two women, 31 and 58, were treated at the scene.", [31, 58]),
    ("The three hikers, 19, 22 and 30, were found on Monday.", [19, 22, 30]),
])
def test_numbers_listed_after_a_plural_noun_for_persons_are_their_ages(nlp, text, ages):
    """"two women, 31 and 58," gives two ages, never counts of 31 and 58 injured; as ages of
    several people they compare with nothing."""
    from figrecon.reconcile import comparable

    found = [c for c in extract_text(text, nlp) if c.unit == "year of age"]
    assert [c.value for c in found] == ages and not any(comparable(c) for c in found)
    assert extract_text("The club won 25 and 41 games.", nlp)[0].unit == "game"  # no persons: counts


def test_an_age_takes_no_plan_or_condition_from_its_clause(nlp):
    """"A vote is expected next week, Solvik, 48, said": the expectation is the vote's; the age
    is compared with the same person's age elsewhere."""
    from figrecon.reconcile import group

    ages = _ages(nlp, {"a": "Harbour Party leader Mira Solvik, 47, conceded defeat on Sunday.",
                       "b": "A second vote is expected within a month, Harbour Party leader Mira Solvik, 48, said."})
    assert len(ages) == 2
    (g,) = group(ages)
    assert g.conflict


def test_one_persons_age_after_different_titles_or_a_running_apposition_is_compared(nlp):
    """Outlets title a person differently ("Harbour master Ilse Varn", "Chief Ilse Varn") or run
    the name on into an apposition ("Ilse Varn, 52, Tessin's harbour master"): one person's age,
    compared; "Jon Varn" is another Varn."""
    from figrecon.reconcile import group

    varn = _ages(nlp, {"a": "Harbour master Ilse Varn, 52, closed the port.",
                       "b": "Chief Ilse Varn, 53, said the port would reopen.",
                       "c": "Ilse Varn, 52, Tessin's harbour master, gave the order."})
    assert len(varn) == 3
    (together,) = group(varn)
    assert together.conflict
    others = _ages(nlp, {"a": "Harbour master Ilse Varn, 52, closed the port.", "b": "Jon Varn, 53, said so."})
    assert all(len(g.claims) == 1 for g in group(others))


@pytest.mark.parametrize("text, owner", [
    # an age written as a noun refers back to the named subject of the sentence before
    ("Marek Halloran won the final on Sunday. The 29-year-old has signed a new contract.", "Marek Halloran"),
    ("Ilse Borr was elected in May. Supporters cheered the 61-year-old outside the hall.", "Ilse Borr"),
    # no name to refer to: the age belongs to no one it could be compared as (report less)
    ("The keeper saved two penalties. The 29-year-old has signed a new contract.", ""),
])
def test_an_age_written_as_a_noun_is_the_age_of_the_person_named_before(nlp, text, owner):
    (age,) = [c for c in extract_text(text, nlp) if c.unit == "year of age"]
    assert age.subject == owner


def test_ages_of_one_person_named_and_referred_to_are_compared(nlp):
    from figrecon.reconcile import group

    ages = _ages(nlp, {"a": "Marek Halloran won the final on Sunday. The 29-year-old has signed a new contract.",
                       "b": "Halloran, 31, signed the contract on Monday."})
    (g,) = group(ages)
    assert g.conflict  # 29 against 31: one person, two ages


@pytest.mark.parametrize("text, value, owner", [
    ("The retired plumber, 71, said he would give most of it away.", 71.0, "the retired plumber"),
    ("Her landlady, 83, had lived in the house since 2019.", 83.0, "Her landlady"),
    ("The lifeguard, 19, pulled two swimmers from the water.", 19.0, "The lifeguard"),
])
def test_a_number_between_commas_after_an_occupation_is_an_age(nlp, text, value, owner):
    """persons.json roles holds occupations and kin as well as officials: a bare number between
    commas after one is the person's age, never a count another outlet's count is set against."""
    ages = [c for c in extract_text(text, nlp) if c.unit == "year of age"]
    assert [(a.value, a.subject.lower()) for a in ages] == [(value, owner.lower())]


def test_a_things_age_named_by_a_closed_compound_is_compared(nlp):
    """reconcile._same_owner: "the 80-year-old viaduct" and "the railway's 77-year-old
    aqueduct" are two structures, but "the footbridge" and "the bridge" of one story name one; a
    person's noun closed up with another ("grandmother", "mother") names another person."""
    from figrecon.reconcile import _same_owner, group

    assert _same_owner("footbridge", "bridge") and _same_owner("bridge", "footbridge")
    assert not _same_owner("viaduct", "aqueduct")
    assert not _same_owner("grandmother", "mother")
    ages = _ages(nlp, {"a": "Engineers had warned that the 74-year-old footbridge needed new cables.",
                       "b": "The 71-year-old bridge had been closed once before."})
    assert len(ages) == 2
    (g,) = group(ages)
    assert g.conflict


@pytest.mark.parametrize("named", [
    "Oskar Brandvik, the 52-year-old school caretaker, raised the alarm.",  # apposition after the name
    "Oskar Brandvik, 52, a school caretaker, raised the alarm.",  # after the age
    "School caretaker Oskar Brandvik, 52, raised the alarm.",  # a title before the name
])
def test_an_age_owned_by_a_description_is_the_named_persons_the_story_describes_so(nlp, named):
    """reconcile._story_owners: "the school caretaker, 55" in one outlet is the person another
    outlet names with that description, so 52 against 55 is one person's age in conflict."""
    from figrecon.reconcile import group

    ages = _ages(nlp, {"a": named, "b": "The school caretaker, 55, said the doors were locked."})
    assert len(ages) == 2
    (g,) = group(ages)
    assert g.conflict


def test_a_description_given_to_two_people_or_to_no_one_owns_nobodys_age(nlp):
    from figrecon.reconcile import group

    two = _ages(nlp, {"a": "Oskar Brandvik, 52, a school caretaker, raised the alarm. "
                           "Lena Moss, 40, a school caretaker, called the police.",
                      "b": "The school caretaker, 55, said the doors were locked."})
    none = _ages(nlp, {"a": "Oskar Brandvik, 52, raised the alarm.",
                       "b": "The school caretaker, 55, said the doors were locked."})
    assert len(two) == 3 and len(none) == 2
    assert all(len(g.claims) == 1 for g in group(two))
    assert all(len(g.claims) == 1 for g in group(none))


@pytest.mark.parametrize("age, together", [("52", True), ("38", False)])
def test_a_description_that_introduces_someone_joins_a_name_only_at_the_same_age(nlp, age, together):
    """"a 38-year-old school caretaker" may be another caretaker than the one named elsewhere:
    it is that person's age only when the two agree, so such a link never makes a conflict."""
    from figrecon.reconcile import group

    ages = _ages(nlp, {"a": "Oskar Brandvik, 52, a school caretaker, raised the alarm.",
                       "b": f"A {age}-year-old school caretaker was treated for smoke inhalation."})
    assert len(ages) == 2
    groups = group(ages)
    assert [len(g.claims) for g in groups] == ([2] if together else [1, 1])
    assert not any(g.conflict for g in groups)


@pytest.mark.parametrize("text, owner", [
    ("Ines Varro signed on Monday. The 27-year-old's move to Castel Rovena is the club's biggest sale.", "Ines Varro"),
    ("The fee was agreed on Monday. The 27-year-old's goals won the title.", ""),  # no one named before
])
def test_an_age_written_as_a_possessive_noun_is_the_age_of_the_person_named_before(nlp, text, owner):
    """"The 27-year-old's move" is the age of someone named before, never of the move (nor of the
    club the move is to)."""
    (age,) = [c for c in extract_text(text, nlp, entities=False) if c.unit == "year of age"]
    assert age.subject == owner


@pytest.mark.parametrize("sentence, person", [
    # a dateline's place, which the parse makes a subject too, is no one
    ("TARNHOLM, May 2 (Meridian Wire) — Anja Kessel won the Tarnholm Marathon in 2:19:31 on Sunday.", "Anja Kessel"),
    ("Brellow (Axial Press) - Osric Dunmore won the road race on Saturday.", "Osric Dunmore"),
    ("Osric Dunmore won the road race on Saturday.", "Osric Dunmore"),
])
def test_the_person_an_age_refers_back_to_is_no_datelines_place(sentence, person, nlp):
    """ages.referred: "The 31-year-old ..." after a wire story's first sentence refers to the
    sentence's subject, not to the place of its dateline."""
    from figrecon import ages

    assert ages.referred([nlp(sentence)]) == person


def _groups(nlp, articles):
    """The groups of every claim of ``articles`` (doc -> text), as ``compare`` forms them."""
    from dataclasses import replace

    from figrecon.normalize import normalize
    from figrecon.reconcile import group

    claims = [normalize(replace(c, doc=doc, source=doc.upper())) for doc, text in articles.items()
              for c in extract_text(text, nlp)]
    return group(claims)


def _ages_grouped_with(groups, doc, surface):
    """The surfaces of the ages grouped with ``doc``'s ``surface``, or None when it is in no group."""
    for g in groups:
        if any(c.doc == doc and c.surface == surface for c in g.claims):
            return sorted((c.doc, c.surface) for c in g.claims if c.unit == "year of age")
    return None


NAMED_A = "Rovers signed Tomas Vidrak, 23, on Monday."
LATER = "Fans at the ground cheered the news. "


def test_an_age_that_refers_back_is_the_named_person_its_article_gives_that_age(nlp):
    """reconcile._antecedent_ages: "the 23-year-old's move" in an article that gives Vidrak 23 is
    Vidrak's age, and joins the other outlet's."""
    groups = _groups(nlp, {"a": NAMED_A, "b": "Vidrak, 23, joined from Estrava on Monday. " + LATER
                           + "The 23-year-old’s move cost the club £4 million."})
    assert _ages_grouped_with(groups, "b", "23-year-old’s") == [("a", "23"), ("b", "23"), ("b", "23-year-old’s")]
    assert not any(g.conflict for g in groups)
    (linked,) = [c for g in groups for c in g.claims if c.surface == "23-year-old’s"]
    assert ANTECEDENT_AGE in linked.rules and "Vidrak" in linked.subject  # --explain says why


@pytest.mark.parametrize("b, together", [
    # the article names Vidrak but gives no age: the story's "Tomas Vidrak, 23" is the one it fits
    ("Rovers paid £4 million for Tomas Vidrak on Monday. " + LATER + "The 23-year-old’s move is a club record.", True),
    # no one of that age is named in the article: whose, no one can say
    ("Rovers paid £4 million on Monday. " + LATER + "The 23-year-old’s move is a club record.", False),
    # another age than the story gives the person it names: not linked (never a conflict)
    ("Rovers paid £4 million for Tomas Vidrak on Monday. " + LATER + "The 25-year-old’s move is a club record.", False),
    # two people the article names have that age: which one is not said
    ("Tomas Vidrak, 23, and Pavel Orm, 23, joined on Monday. " + LATER + "The 23-year-old’s move is a club record.", False),
])
def test_an_age_that_refers_back_is_the_one_person_the_story_gives_that_age(nlp, b, together):
    """reconcile._story_antecedents: a definite "the 23-year-old" whose article gives no named
    person that age is the person its article names whom the story's other articles give it."""
    groups = _groups(nlp, {"a": NAMED_A, "b": b})
    surface = next(c.surface for g in groups for c in g.claims if c.doc == "b" and "year-old" in c.surface) \
        if together else None
    if together:
        assert _ages_grouped_with(groups, "b", surface) == [("a", "23"), ("b", surface)]
    else:
        assert _ages_grouped_with(groups, "a", "23") in ([("a", "23")], [("a", "23"), ("b", "23")])
    assert not any(g.conflict for g in groups)


def test_an_indefinite_age_is_someone_new(nlp):
    groups = _groups(nlp, {"a": NAMED_A, "b": "Vidrak, 23, joined on Monday. A 23-year-old fan was hurt outside."})
    assert ("b", "A 23-year-old fan") not in (_ages_grouped_with(groups, "a", "23") or [])
