"""Subjects (what a number measures, then whose it is) and attribution, from the parse."""
import re

import pytest
from hypothesis import given, settings, strategies as st

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


@pytest.mark.parametrize("text, part, unit", [
    ("The reservoir now holds 410 gigalitres, up from 385 a month ago.", "385", "gigalitre"),
    ("Kessler has 37 goals this year, already more than the 29 she scored in all of 2029.", "29", "goal"),
    ("Ridership fell to 2.3 million passengers from 2.9 million after the fare rise.", "2.9", "passenger"),
    ("The unemployment rate reached 7.4 percent, compared with 6.9 a year before.", "6.9", "percentage"),
    # the movement ("fell 8%") is passed over: the base is compared with the level reached
    ("Freight fell 8% to 410,000 tonnes, compared with 446,000 a year earlier.", "446,000", "tonne"),
    ("Sales rose 5% to 1,200 cars, up from 1,100.", "1,100", "car"),
    # the parse makes the number a modifier of the time noun after it (parse.json base_time_nouns)
    ("Velo has logged 2,840 training miles this season, up from 2,310 last season.", "2,310", "mile"),
    # a level named before the base (parse.json base_level_nouns)
    ("Some 3,900 households were still without water on Friday, down from a peak of 15,000.", "15,000", "household"),
    ("The choir now has 140 singers, up from a low of 60 in 2027.", "60", "singer"),
    # a clause coordinated after the comparison is another statement, whose figure is not compared
    ("About 85 tenants were moved out, up from the 50 counted on Sunday, and 7 are still missing.", "50", "tenant"),
])
def test_a_bare_number_compared_with_a_figure_takes_its_unit(text, part, unit, claim_for):
    """"than", "up from", "compared with", "from" after a movement: the base shares the unit of
    the figure it is compared with (as "rose from 50 to 60 km" does in the grammar)."""
    from figrecon.extract import COMPARED_UNIT

    base = claim_for(text, part)
    assert unit in base.unit, base
    assert any(c.start != base.start and (c.unit, c.dimension, c.currency) == (base.unit, base.dimension, base.currency)
               for c in extract_text(text)), base
    assert COMPARED_UNIT in base.rules  # --explain says where the unit came from


@pytest.mark.parametrize("text, part", [
    # no comparison word: "in" names no base
    ("Okafor has 1,204 rushing yards this season and 980 in all of last season.", "980"),
    # compared with two figures of two units: which one is unsure, so no unit
    ("He ran 5 km in 20 minutes, faster than the 21 he managed in May.", "21"),
    # a bound ("more than 40") is the figure's own qualifier, not a comparison with another figure
    ("The storm killed 12 people and injured more than 40.", "40"),
    # the figure is scaled and the number is not: "4.1" is 4.1 billion, a scale it does not state
    ("Revenue was $5 billion, up from 4.1 last year.", "4.1"),
    ("Shipments hit 5 million units, compared with 4.2 a year earlier.", "4.2"),
    # compared with a movement only: how much it moved is no unit of the level
    ("Ridership fell 20% from 2.9 million.", "2.9"),
])
def test_a_bare_number_without_one_explicit_comparison_stays_bare(text, part, claim_for):
    assert claim_for(text, part).unit == ""


@given(st.sampled_from([("kilometres", "length"), ("tonnes", "mass"), ("seats", "count"), ("percent", "percentage"),
                        ("hours", "time"), ("votes", "count")]),
       st.integers(min_value=11, max_value=9000), st.integers(min_value=11, max_value=9000),
       st.sampled_from(["up from", "down from", "compared with"]))
@settings(max_examples=25)
def test_comparison_shares_unit_and_dimension(unit_dim, new, old, link):
    """Whatever the unit, a base after an explicit comparison word gets the compared figure's
    unit and dimension, and its own value: never another dimension, never another number."""
    unit, dimension = unit_dim
    text = f"The figure stood at {new:,} {unit} on Monday, {link} {old:,} a year ago."
    claims = extract_text(text)
    first = next(c for c in claims if c.value == new)
    base = next(c for c in claims if c.start > first.start)
    assert base.value == old
    assert (base.unit, base.dimension) == (first.unit, first.dimension) and first.dimension == dimension, claims


@pytest.mark.parametrize("text, part", [
    ("Hundreds of volunteers arrived on Friday, and hundreds more are expected tomorrow.", "hundreds"),
    ("About 300 miners walked out on Monday. Dozens have since gone back.", "Dozens"),
])
def test_a_vague_amount_beside_a_count_of_a_noun_is_kept(text, part):
    """A vague amount with its noun left out says what it counts when its sentence or the one
    just before counts a noun by a figure of its own: it is kept, bare (no guessed noun)."""
    from figrecon.extract import VAGUE_KEPT

    kept = [c for c in extract_text(text) if c.surface == part]
    assert len(kept) == 1 and kept[0].unit == "" and kept[0].low >= 12 and VAGUE_KEPT in kept[0].rules, kept


@pytest.mark.parametrize("text", [
    "Dozens have since gone back.",  # nothing says what is counted
    "The river rose 2 metres overnight. Dozens have since gone back.",  # a measure counts no noun
    "About 300 miners walked out. The union said nothing. Dozens have since gone back.",  # not just before
    "No one came, and hundreds stayed home.",
])
def test_a_vague_amount_with_nothing_counted_nearby_is_dropped(text):
    assert not [c for c in extract_text(text) if c.surface.lower() in ("dozens", "hundreds")]


@pytest.mark.parametrize("text, figure, topic", [
    ("Two people died and seven were injured in the crash.", "seven", "injured"),
    ("Four were hurt when the roof fell.", "Four", "hurt"),
])
def test_a_bare_count_stopped_at_its_verb_is_named_by_the_verb_as_written(nlp, text, figure, topic):
    """A heading reads "injured", as the article wrote it, not the lemma "injure"."""
    from figrecon.extract import extract_text

    claims = [c for c in extract_text(text, nlp) if c.surface == figure]
    assert [c.topic for c in claims] == [topic]


@pytest.mark.parametrize("text, figure", [
    ("DORVIK (Harbor Wire) - The central bank cut its main rate to 2.5 percent on Tuesday.", "2.5 percent"),
    ("PORT AMAL - Quarterly profit rose to $1.2 billion, the company said.", "$1.2 billion"),
    # with the region and the day it was filed
    ("ORSK, Lower Vennia, June 9 (Delta Wire) — Two climbers were confirmed dead and 11 remained stranded about 300 metres below the summit on Sunday.", "about 300 metres"),
])
def test_a_dateline_is_never_what_a_figure_measures(nlp, text, figure):
    """The place and outlet a report was filed from and for open its first paragraph."""
    (claim,) = [c for c in extract_text(text, nlp) if c.surface == figure]
    dateline = set(re.findall(r"\w+", re.split(r" [-—] ", text)[0]))
    assert claim.topic and not dateline & set(re.findall(r"\w+", claim.topic))
    assert not dateline & set(re.findall(r"\w+", claim.subject or ""))


def test_the_dateline_pattern_takes_the_filing_place_and_outlet_only():
    from figrecon.parse import DATELINE

    assert DATELINE.match("VESK (Market Wire) - Norland's bank").group(0).strip() == "VESK (Market Wire) -"
    assert DATELINE.match("NEW HARBOR, Ore. (Wire) — Profit rose").group(0).strip() == "NEW HARBOR, Ore. (Wire) —"
    assert DATELINE.match("ORSK, Oct. 3 (Delta Wire) — Rates fell").group(0).strip() == "ORSK, Oct. 3 (Delta Wire) —"
    assert DATELINE.match("ORSK, Lower Vennia, Oct 3, 2061 (Wire) - Rates").group(0).strip() == "ORSK, Lower Vennia, Oct 3, 2061 (Wire) -"
    assert DATELINE.match("The bank - which cut rates - said") is None  # no capitals: no dateline


@pytest.mark.parametrize("text, part, topic", [
    # a figure a verb gives its object by "at" measures the object, not who measured it
    ("Fire chief Ana Lusk put the damage at $40 million on Friday.", "$40 million", "damage"),
    ("Brokers valued the stake at $2.5 billion.", "$2.5 billion", "stake"),
    # "at" that gives no object a figure: a place in a sentence
    ("The jet lost contact at an altitude of 3,000 feet.", "3,000 feet", "altitude"),
])
def test_a_figure_a_verb_gives_its_object_measures_the_object(text, part, topic, claim_for):
    assert topic in claim_for(text, part).topic.lower()


@pytest.mark.parametrize("text, part, topic", [
    # a figure a movement verb gives its object by "by" measures the move of the object
    ("Halden Foods said it would raise its dividend by 8% next year.", "8%", "dividend"),
    ("The regulator cut the tariff cap by 40 pounds.", "40 pounds", "tariff cap"),
])
def test_a_figure_a_movement_verb_gives_its_object_by_by_measures_the_object(text, part, topic, claim_for):
    """Not the subject that did the moving: Halden Foods' dividend rise is not a move of Halden
    Foods' shares."""
    assert claim_for(text, part).topic.lower() == topic
    assert claim_for("Halden Foods shares rose by 8% on Monday.", "8%").topic.lower() != "dividend"


def test_a_relative_clause_gives_its_figure_to_the_name_it_is_about(claim_for):
    """Read off the tags, with no entity recogniser: two teams' wins are two teams' figures."""
    from figrecon.reconcile import group

    hawks = claim_for("The Tarrow Hawks, who won 41 games last season, lost again.", "41 games")
    owls = claim_for("The Owls, which won 37 games last season, beat them.", "37 games")
    plain = claim_for("The Owls won 37 games last season.", "37 games")
    assert (hawks.context.agent, owls.context.agent, plain.context.agent) == ("tarrow hawks", "owls", "")
    assert len(group([hawks, owls])) == 2


def test_a_possessor_gives_its_figure_to_the_name_without_the_entity_recogniser():
    """``compare`` runs no entity recogniser, so the possessor is read off the tags as well:
    "Halvard Mining's 412 workers" are Halvard Mining's, and another firm's workers are another
    count, while the same firm's figures from two outlets are one quantity."""
    from dataclasses import replace

    from figrecon.extract import extract_text
    from figrecon.reconcile import group

    def claim(doc, text):
        (found,) = extract_text(text, entities=False)
        return replace(found, doc=doc)

    halvard = claim("a", "Halvard Mining's 412 workers walked out on Monday.")
    orrin = claim("b", "Orrin Bank's 390 workers walked out on Monday.")
    again = claim("c", "Halvard Mining's 390 workers walked out on Monday.")
    plain = claim("d", "Its 412 workers walked out on Monday.")
    assert (halvard.context.agent, orrin.context.agent, plain.context.agent) == ("halvard mining", "orrin bank", "")
    assert len(group([halvard, orrin])) == 2
    (both,) = group([halvard, again])
    assert both.conflict


@pytest.mark.parametrize("text, part, topic", [
    ("The storm caused $80 million in damage to the port.", "$80 million", "damage"),
    ("Donors pledged $4 billion in aid on Monday.", "$4 billion", "aid"),
])
def test_a_sum_names_what_it_is_of_after_in(text, part, topic, claim_for):
    """"$80 million in damage" is a sum of damage (lexicon parse.json money_in); "in 2020" or "in
    New York" names no such thing."""
    assert claim_for(text, part).topic.lower() == topic
    assert claim_for("The fund raised $5 million in 2020.", "$5 million").topic.lower() != "2020"


@pytest.mark.parametrize("text, after", [
    (" of them children", True), (" of those seriously", True), (" of the injured", False),
])
def test_the_shared_parse_helpers_read_their_examples(text, after):
    """One "of them" pattern and one possessive rule serve subjects, reconcile and stories."""
    from figrecon.parse import OF_THEM, without_possessive

    assert (OF_THEM.match(text) is not None) is after
    assert without_possessive("Vesk's") == without_possessive("Vesk’s") == without_possessive("Vesk") == "Vesk"


@pytest.mark.parametrize("text, part, owner", [
    # the small model reads "running" as a verb and the back's name as its object: the clause
    # after "and" would borrow the first clause's subject
    ("Hawks quarterback Ivo Brandt picked the Otters apart for 290 yards, and running back Elias Varga "
     "burned them for 134 yards rushing.", "134", "Varga"),
    # no name between the conjunction and the verb: the first clause's subject is still the owner
    ("Halden threw for 240 yards and then ran for 30 yards.", "30", "Halden"),
])
def test_a_conjoined_clause_takes_the_name_standing_before_its_verb(text, part, owner, claim_for):
    claim = claim_for(text, part)
    assert owner in claim.subject and owner in claim.topic, (claim.subject, claim.topic)
    assert "Brandt" not in claim.subject


@pytest.mark.parametrize("text, part, own, other", [
    # the small model hangs the second clause's subject on the first clause's object as a
    # conjunct, and leaves the second verb with no subject: it would borrow the first clause's
    ("The north stand seats 900 people and the family enclosure holds 120 people.", "120", "enclosure", "stand"),
    ("Rents rose 4% in the capital and prices of bread climbed 7% in the suburbs.", "7%", "bread", "Rents"),
    ("The charge held by the cell was 2.5 coulombs and the voltage across it was 5 volts.", "5 volts", "voltage",
     "charge"),
    # nothing between the conjunction and the verb: one subject for both verbs
    ("The mill cut 200 jobs and closed 3 plants.", "3", "mill", "jobs"),
])
def test_a_joined_clause_whose_subject_the_parse_stranded_keeps_it(text, part, own, other, claim_for):
    """parse.stranded_subject: the noun phrase between "and" and the verb is the verb's subject."""
    claim = claim_for(text, part)
    assert own in claim.subject, claim.subject
    assert other not in claim.subject and other not in claim.topic, (claim.subject, claim.topic)


@pytest.mark.parametrize("text, part, name, comment", [
    ("The grocer posted a quarterly loss of 40 cents a share, slightly narrower than analysts had forecast.",
     "40 cents", "quarterly loss", "narrower"),
    ("The airline reported a profit of $210 million, well above last year's figure.", "$210", "profit", "above"),
    # a modifier with no comma before it is still part of the name
    ("The mill reported a loss on steel of $12 million.", "$12", "steel", None),
])
def test_a_modifier_set_off_by_a_comma_is_a_comment_not_part_of_the_name(text, part, name, comment, claim_for):
    """concepts._COMMENTS: an adjective, adverb or prepositional phrase after its noun and a comma."""
    claim = claim_for(text, part)
    assert name in claim.subject, claim.subject
    assert comment is None or comment not in claim.subject, claim.subject


@pytest.mark.parametrize("text, part, own, other", [
    # the verb is left out of the second clause: its noun, right before its figures, is theirs
    ("Turnover rose 6% to $4 billion and operating profit 9% to $410 million.", "9%", "operating profit", "Turnover"),
    ("Turnover rose 6% to $4 billion and operating profit 9% to $410 million.", "$410 million", "operating profit",
     "Turnover"),
    ("Wheat prices may climb between 3% and 4%, and rice prices between 6% and 8%.", "6% and 8%", "rice", "Wheat"),
    ("Velmark holds about 22% of the market and Ostra about 7%.", "7%", "Ostra", "Velmark"),
    # the parse hangs the second town from the figure's own unit: "and Arden 4.1 inches"
    ("Kellin recorded 9.6 inches of rain overnight and Arden 4.1 inches.", "4.1 inches", "Arden", "Kellin"),
    # no noun of its own: the first clause's subject; a verb of its own: its own subject
    ("Turnover rose 6% in May and 4% in June.", "4%", "Turnover", "June"),
    ("Turnover rose 6% and operating profit fell 2%.", "2%", "operating profit", "Turnover"),
    # "a fine of": the noun's own phrase, not a gapped clause
    ("The offence carries two years in prison and a fine of $7,500.", "$7,500", "fine", None),
])
def test_a_gapped_clause_gives_its_figures_to_the_noun_before_them(text, part, own, other, claim_for):
    """parse.gapped_subject (lexicon parse.json gap_links, gap_joints)."""
    claim = claim_for(text, part)
    assert own in claim.subject and own in claim.topic, (claim.subject, claim.topic)
    assert other is None or other not in claim.subject, claim.subject


@pytest.mark.parametrize("text, part, measured", [
    ("Nurses warned of a shortfall the board puts at $41 million.", "$41", "shortfall"),
    ("The repair bill, which engineers put at $9 million, keeps growing.", "$9", "repair bill"),
])
def test_a_figure_a_relative_clause_puts_on_its_noun_measures_that_noun(text, part, measured, claim_for):
    """subjects._climb and concepts.measure_concept (parse.json valued_at): a valuing verb in a
    relative clause gives its figure to the noun the clause describes, not to its own subject."""
    claim = claim_for(text, part)
    assert measured in claim.topic and measured in claim.subject, (claim.topic, claim.subject)


@pytest.mark.parametrize("text, part, measured, other", [
    ("The insurer put the cost of the flood at $2.2 billion and the storm damage at $310 million.",
     "$310", "storm damage", "flood"),
    ("The insurer put the cost of the flood at $2.2 billion and the storm damage at $310 million.",
     "$2.2", "cost", "storm damage"),
    ("Bankers valued the airline at $6 billion and its cargo arm at $800 million.", "$800", "cargo arm", "airline"),
])
def test_each_object_a_valuing_verb_lists_takes_the_figure_after_it(text, part, measured, other, claim_for):
    """parse.valued_object: "put X at A and Y at B" gives B to Y, the object nearest before its
    "at", whether the parse makes Y a second object or a conjunct of the verb."""
    claim = claim_for(text, part)
    assert measured in claim.topic and other not in claim.topic, claim.topic
    assert measured in claim.subject, claim.subject


@pytest.mark.parametrize("text, part, absent", [
    ("The number of nurses trained abroad rose to about 12,000, or 8% of the workforce.", "12,000", "workforce"),
    ("Their savings fell to 300 pounds, or 2% of the loan.", "300", "loan"),
])
def test_the_phrase_after_another_figure_is_that_figures_own(text, part, absent, claim_for):
    """Words hanging from another figure ("8% of the workforce") say what it measures, not the
    figure before it that it restates."""
    claim = claim_for(text, part)
    assert absent not in (claim.topic or "").lower(), claim.topic


@pytest.mark.parametrize("text, part, unit", [
    ("Dozens, perhaps hundreds, of cottages were flooded overnight.", "hundreds", "cottage"),
    ("Hundreds, if not thousands, of volunteers turned up at the harbour.", "thousands", "volunteer"),
])
def test_an_amount_that_ends_with_a_comma_counts_the_noun_after_it(text, part, unit, claim_for):
    # the mention ends on the comma that closes the aside; its counted noun follows the comma
    assert claim_for(text, part).unit == unit


@pytest.mark.parametrize("text, bare, counted", [
    # two numbers side by side with no word between are two figures: the noun is the second's
    ("The sprinter ran 10.07 eight years ago on this track.", "10.07", "eight years"),
    ("The firm earned 4.6 three years ago.", "4.6", "three years"),
])
def test_a_noun_right_after_a_second_number_is_that_numbers(text, bare, counted):
    claims = {c.surface: c for c in extract_text(text)}
    assert bare in claims and claims[bare].unit == "" and claims[bare].dimension == "count", claims
    assert counted in claims


@pytest.mark.parametrize("text, first", [
    # a hyphened modifier between: the first number counts the noun after it
    ("The agency sold 4 2-bedroom flats last month.", "4 2-bedroom flats"),
    # a word between: a shared or a partitive noun
    ("The 2 or 3 boats sank in the harbour.", "2 or 3 boats"),
])
def test_a_noun_after_a_modifier_or_a_joined_number_is_still_counted(text, first):
    assert first in {c.surface for c in extract_text(text)}


@pytest.mark.parametrize("text, surface, owner, not_owner", [
    # a name owning the figure's noun, or the figure, is whose the figure is
    ("The Orla is 271 metres long against the Sevrin's 287 metres.", "287 metres", "Sevrin", "Orla"),
    ("The Liberals won 79 seats, ahead of the Greens' 61.", "61", "Greens", "Liberals"),
    ("Under the plan the bank will close Varrow's 118 branches.", "118 branches", "Varrow", "bank"),
])
def test_a_named_owner_before_a_figure_is_its_topic(text, surface, owner, not_owner):
    (claim,) = [c for c in extract_text(text) if c.surface == surface]
    assert owner in claim.topic and not_owner not in claim.topic, claim.topic


@pytest.mark.parametrize("text, surface", [
    # a bare "one" right before a casualty word counts the casualty, as "one fatally" does
    ("The crash on the ring road left one dead and three injured.", "one"),
    ("One dead, two hurt as a bus leaves the road near Varn.", "One"),
])
def test_a_bare_one_before_a_casualty_word_is_a_count(text, surface):
    assert surface in {c.surface for c in extract_text(text)}


def test_a_bare_one_that_is_a_pronoun_stays_no_count():
    assert not [c for c in extract_text("No one was hurt, and one of the drivers said so.") if c.surface.lower() == "one"]


@pytest.mark.parametrize("text, part", [
    ("More than 2,000 hectares of grassland, most of it grazed by sheep, burned by Friday, the ranger service said.",
     "2,000"),
    ("About 2,400 hectares (5,930 acres) of grassland burned.", "2,400"),
    ("About 2,400 hectares (5,930 acres) of grassland burned.", "5,930"),
])
def test_the_of_right_after_a_measure_names_what_it_measures(text, part, claim_for):
    """subjects._of_right_after: "N hectares of grassland" measures grassland however the parse
    hangs the "of" and past a bracketed conversion, not the speaker at the sentence's end."""
    assert "grassland" in claim_for(text, part).topic


@pytest.mark.parametrize("text, part, noun", [
    ("By noon the fire had left a scar roughly 6 kilometres long across the hills, officials said.", "6", "scar"),
    ("Crews built a barrier 2 metres high along the quay before the tide turned.", "2", "barrier"),
])
def test_a_noun_before_a_figure_of_extent_is_what_it_measures(text, part, noun, claim_for):
    """subjects._noun_before_extent: "a scar 6 kilometres long" measures the scar, not the
    sentence's subject or a time phrase (comparison.json measure_properties gives the adjectives)."""
    assert noun in claim_for(text, part).topic


@pytest.mark.parametrize("text, part, has, lacks", [
    # a verb that only reports the count: the count's own participle says what it counts
    ("The club's ledger records 3,400 seats sold for the final.", "3,400", "sold", None),
    ("The survey lists 210 homes flooded by the river.", "210", "flooded", None),
    # a verb that names a relation keeps it: the participle after describes the people
    ("The landslide killed 14 hikers caught on the trail.", "14", "killed", "caught"),
])
def test_a_counts_own_participle_names_it_when_its_verb_only_reports_it(text, part, has, lacks, claim_for):
    topic = claim_for(text, part).topic
    assert has in topic and (lacks is None or lacks not in topic), topic


@pytest.mark.parametrize("text, part, topic", [
    ("The turnout was hard to gauge. Stewards put it at 9,000.", "9,000", ""),  # "it": told before
    ("Stewards put the turnout at 9,000.", "9,000", "turnout"),  # the object named
])
def test_a_figure_valued_of_a_pronoun_is_not_its_estimators(text, part, topic, claim_for):
    """parse.json valued_at: "put it at 9,000" measures what "it" stands for; the subject of
    "put" is who estimated it, never what is counted."""
    got = claim_for(text, part).topic
    assert "Stewards" not in got and topic in got, got


@pytest.mark.parametrize("text, part, topic", [
    ("The operator's rule book gives the limit on the bend as 65 km/h.", "65", "limit"),
    ("The council lists the cost of the new roof as £2 million.", "2 million", "cost"),
])
def test_a_figure_a_verb_gives_its_object_as_measures_the_object(text, part, topic, claim_for):
    """parse.json valued_at "as": "gives the limit as 65 km/h" is a limit, as "puts the limit at"
    is; the verb's subject ("the rule book") is where it was read."""
    assert topic in claim_for(text, part).topic


@pytest.mark.parametrize("text, part, topic", [
    ("The central bank raised its policy rate by a quarter point to 3.5% on Monday.", "3.5%", "policy rate"),
    ("The rise took the bank's deposit rate to 2.25%.", "2.25%", "deposit rate"),
    ("Officials raised the toll to 12 overnight.", "12", "toll"),
])
def test_a_figure_a_verb_moves_its_object_to_measures_the_object(text, part, topic, claim_for):
    """parse.json valued_at "to": "raised its policy rate ... to 3.5%" is the rate's new level,
    not the bank's; "took the bank's deposit rate to 2.25%" is the rate's, not the rise's."""
    assert topic in claim_for(text, part).topic
