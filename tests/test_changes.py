"""Change and qualifier words: which wordings make a figure a movement (up/down), a bound or an
approximation (figrecon.numbers)."""
import pytest
from hypothesis import given, strategies as st

from figrecon.numbers import scan


def one(text):
    found = scan(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, change", [
    # movement verbs in any tense
    ("The stock slumped 12% on Tuesday.", "down"),
    ("Shares were plummeting 40% by noon.", "down"),
    ("Exports are soaring 8% a year.", "up"),
    ("Shares were up by 4% on Monday.", "up"),
    # "by" may follow the movement verb's object
    ("The retailer hopes to grow its margins by 3 per cent.", "up"),
    ("The council cut the budget by 2 percent.", "down"),
    ("The forecast was revised upward by 2%.", "up"),
    # words that also name things move a figure only as verbs or for relative figures
    ("The index is expected to drop 0.3% next week.", "down"),
    ("Sea levels could rise 2 feet this century.", "up"),
    ("The retailer lost 2.5% in early trade.", "down"),
    ("The miner added 15 cents in Sydney.", "up"),
    ("The team lost 3 games in a row.", "="),
    ("The club added 2 strikers in January.", "="),
    # phrasal verbs are not movements
    ("The defence gave up 320 yards on Saturday.", "="),
    ("Women made up 40% of the staff.", "="),
    ("The board turned down 3 offers.", "="),
    # the tail of a hyphenated modifier moves nothing; the bare verb still does
    ("Buyers must shell out a jaw-dropping $900 for the lamp.", "="),
    ("Buyers face a jaw-dropping 40% mark-up.", "="),
    ("The kettle is dropping 40% in price.", "down"),
])
def test_movement(text, change):
    assert one(text).change == change


@pytest.mark.parametrize("text, change", [
    ("He averaged 21.5 points this season.", "~"),
    ("The stock trades at barely 8 times earnings.", "~"),
    ("It takes ~30 minutes to bake.", "~"),
    # an average is a figure of its own, not an approximation
    ("Homes stayed on the market for an average of 12 days.", "="),
])
def test_approximations(text, change):
    assert one(text).change == change


def test_qualifier_before_a_minus_word():
    m = one("At night it is about minus 40 degrees.")
    assert (m.value, m.change) == (-40, "~")


def test_approximate_range_keeps_its_qualifier():
    m = one("The car does about 30-35 mpg on the motorway.")
    assert (m.low, m.high, m.change) == (30, 35, "~")


def test_change_then_level_with_the_same_unit():
    found = scan("Unemployment is expected to rise 0.2% to 5.1%.")
    assert [(m.value, m.change) for m in found] == [(0.2, "up"), (5.1, "=")]


@given(st.sampled_from(["rose", "fell", "jumped", "slid", "climbed", "dropped"]),
       st.integers(min_value=1, max_value=999), st.sampled_from(["%", " per cent", " points"]))
def test_movement_keeps_value_and_direction(verb, n, unit):
    m = one(f"The index {verb} {n}{unit} on Friday.")
    assert m.value == n
    assert m.change == ("up" if verb in ("rose", "jumped", "climbed") else "down")


# phrasal-particle (figrecon.extract.PHRASAL_PARTICLE): an "up"/"down" the parse makes a verb's
# particle, before a figure counting a noun, is part of the verb, not a movement
@pytest.mark.parametrize("text, part, change", [
    ("Police rounded up 40 suspects on Monday.", "40", "="),
    ("The storm held up 2,000 passengers at the airport.", "2,000", "="),
    ("The airline snapped up 12 jets from Boeing.", "12", "="),
    ("The navy shot down 3 drones near the coast.", "3", "="),
    ("Rescuers picked up 30 survivors from the sea.", "30", "="),
    ("The army brought down 5 drones overnight.", "5", "="),
    # the qualifier's change stays when the movement goes
    ("Police rounded up about 40 suspects on Monday.", "40", "~"),
    # relative figures, money and adverbs keep the movement
    ("Output ticked up 0.3% in March.", "0.3", "up"),
    ("Exports picked up 4% last year.", "4", "up"),
    ("Shares ended up 2% on Friday.", "2", "up"),
    ("The index closed down 120 points.", "120", "down"),
    ("Margins edged up 25 basis points.", "25", "up"),
])
def test_phrasal_particle(claim_for, text, part, change):
    claim = claim_for(text, part)
    assert claim.change == change
    from figrecon.extract import PHRASAL_PARTICLE
    assert (PHRASAL_PARTICLE in claim.rules) == (change not in ("up", "down"))


def test_every_particle_movement_verb_keeps_its_movement(claim_for):
    """changes.json particle_moves: a verb whose particle is a movement even before a counted
    noun ("Enrollment ticked up 40 students"), each form shown here."""
    from figrecon import lexicon as L

    for verb in sorted(L.words("changes", "particle_moves")):
        claim = claim_for(f"Enrollment {verb} up 40 students this term.", "40")
        assert claim.change == "up", verb


@pytest.mark.parametrize("text, part, change, unit", [
    # a level crossed: a bound on the level, not a move of that size (qualifiers.json level_crossing)
    ("The night temperature never fell below 29C.", "29C", "<", "degree Celsius"),
    ("The mercury rose above 44C in the valley.", "44C", ">", "degree Celsius"),
    # a bound on the size of a move keeps the move, and a temperature move is a difference
    ("Temperatures rose more than 3C in a week.", "3C", "up", "kelvin"),
])
def test_a_level_crossed_is_no_movement(claim_for, text, part, change, unit):
    from figrecon.normalize import normalize

    claim = normalize(claim_for(text, part))
    assert claim.change == change and claim.normalized.unit == unit
