"""Grouping and conflicts, on hand-built claims and on the demo corpus."""
from dataclasses import replace

import pytest
from hypothesis import given, strategies as st

from figrecon.model import Claim, Context, Normalized
from figrecon.reconcile import comparable, conflicts_of, features, group, scope_of


def claim(doc, value, low=None, high=None, unit="fighter", dimension="count", topic="fighters sent",
          sentence=None, start=0, change="=", norm_unit=None, context=Context()):
    low = value if low is None and change == "=" else low
    high = value if high is None and change == "=" else high
    sentence = sentence or f"{value} {unit}s were sent to Azerbaijan."
    return Claim(doc=doc, source=doc.upper(), date="2020-10-06", start=start, end=start + 3,
                 surface=str(value), sentence=sentence, value=value, low=low, high=high, change=change,
                 unit=unit, dimension=dimension,
                 normalized=Normalized(value, low, high, norm_unit or unit),
                 topic=topic, context=context, sentence_start=start)


def test_disjoint_intervals_from_two_sources_conflict():
    groups = group([claim("a", 4000), claim("b", None, 100, 1000)])
    assert len(groups) == 1 and groups[0].conflict
    assert "do not overlap" in groups[0].conflicts[0].reason


def test_upper_bound_and_vague_range_overlap():
    # "up to 1,000" and "hundreds" do not conflict
    groups = group([claim("a", 1000, None, 1000, change="<"), claim("b", None, 100, 1000)])
    assert len(groups) == 1 and not groups[0].conflict


def test_tolerance_absorbs_rounding():
    pair = [claim("a", 1000), claim("b", 1040)]
    assert not group(pair, tolerance=0.05)[0].conflict
    assert group(pair, tolerance=0.0)[0].conflict


def test_repeats_within_one_article_are_not_conflicts():
    groups = group([claim("a", 4000), claim("a", 500, start=50)])
    assert groups[0].conflicts == ()


def test_different_relations_stay_apart():
    killed = claim("a", 429, unit="soldier", topic="soldiers killed")
    wounded = claim("b", 55, unit="soldier", topic="soldiers wounded")
    assert len(group([killed, wounded])) == 2


def test_different_destinations_stay_apart():
    libya = claim("a", 1000, sentence="Ankara sent 1000 fighters to Libya.",
                  context=Context(places=("libya", "ankara")))
    azerbaijan = claim("b", 4000, sentence="Turkey sent 4000 fighters to Azerbaijan.",
                       context=Context(places=("azerbaijan", "turkey")))
    groups = group([libya, azerbaijan])
    assert len(groups) == 2 and not any(g.conflict for g in groups)


def test_money_rates_with_different_periods_stay_apart():
    month = claim("a", 2000, unit="dollar per month", dimension="currency", topic="salary",
                  norm_unit="USD/month")
    year = claim("b", 24000, unit="dollar per year", dimension="currency", topic="salary",
                 norm_unit="USD/year")
    assert len(group([month, year])) == 2


def test_small_counts_are_not_compared():
    assert not comparable(claim("a", 2, unit="fighter"))
    assert comparable(claim("a", 3, unit="fighter"))


def test_a_count_of_the_sources_is_not_compared():
    sources = replace(claim("a", 4, unit="people"), attribution="4 people with direct knowledge")
    assert not comparable(sources)
    # the same count stated by someone else is a claim
    assert comparable(replace(sources, attribution="the ministry"))
    # a figure in a headline-like attribution is still a claim about the event
    assert comparable(replace(claim("a", 2000, unit=""), attribution="2000 dead in quake"))


def test_a_span_of_time_without_subject_is_not_compared():
    later = claim("a", 2, unit="day", dimension="time")  # "two days later, ..."
    assert not comparable(replace(later, value=5, low=5, high=5))
    assert comparable(replace(later, value=5, low=5, high=5, subject="truce"))


def test_conflict_indexes_point_into_claims():
    claims = (claim("a", 10), claim("b", 10), claim("c", 50))
    found = conflicts_of(claims, 0.05)
    assert {(c.a, c.b) for c in found} == {(0, 2), (1, 2)}


@given(st.permutations(list(range(6))))
def test_grouping_does_not_depend_on_input_order(order):
    claims = [claim("a", 4000), claim("b", None, 100, 1000), claim("c", 1000, None, 1000, change="<"),
              claim("d", 429, unit="soldier", topic="soldiers killed"),
              claim("e", 2000, unit="dollar", dimension="currency", topic="monthly salary", norm_unit="USD"),
              claim("f", 1290, unit="pound sterling", dimension="currency", topic="monthly salary",
                    norm_unit="USD", change="<", high=1290)]
    reference = {frozenset((c.doc, c.start) for c in g.claims) for g in group(claims)}
    shuffled = [claims[i] for i in order]
    assert {frozenset((c.doc, c.start) for c in g.claims) for g in group(shuffled)} == reference


def test_demo_corpus_floors(corpus_claims):
    groups = group(corpus_claims)
    fighters = [g for g in groups if g.dimension == "count" and g.unit.endswith("fighter")]
    pay = [g for g in groups if g.dimension == "currency"]
    assert fighters[0].conflict and len({c.doc for c in fighters[0].claims}) >= 4
    assert pay[0].conflict and len({c.doc for c in pay[0].claims}) >= 4
    for g in groups:
        in_libya = [c for c in g.claims if "Libya" in c.sentence and "civil war" in c.sentence]
        if in_libya:
            assert not any("Azerbaijan" in c.sentence for c in g.claims)
    soldiers = [g for g in groups if any(c.surface.startswith("429") for c in g.claims)]
    assert soldiers and not any("civilian" in c.surface or "200 people" in c.surface for c in soldiers[0].claims)


def test_pound_salary_conflicts_with_dollar_range(corpus_claims):
    pay = [g for g in group(corpus_claims) if g.dimension == "currency"][0]
    surfaces = [c.surface for c in pay.claims]
    i, j = surfaces.index("up to £1,000"), surfaces.index("$1,500 and $2,000")
    assert any({c.a, c.b} == {i, j} for c in pay.conflicts)
    pound = pay.claims[i]
    assert 1250 < pound.normalized.high < 1340 and pound.normalized.rate_date == "2020-10-06"


# --------------------------------------------------------------------------- keys (issue 12)

def said(doc, value, sentence, surface, unit="", date="2031-05-04", dimension="count", verb=None):
    start = sentence.index(surface)
    return Claim(doc=doc, source=doc.upper(), date=date, start=start, end=start + len(surface),
                 surface=surface, sentence=sentence, value=value, low=value, high=value, change="=",
                 unit=unit, dimension=dimension, normalized=Normalized(value, value, value, unit or "count"),
                 topic="", context=Context(verb=verb), sentence_start=0)


def test_killed_injured_and_shot_stay_apart_and_persons_unify():
    claims = [said("a", 4, "Police said four people were killed near the depot.", "four people", "people"),
              said("b", 4, "Four men were killed, the mayor said.", "Four men", "man"),
              said("c", 4, "Officers found four victims killed inside.", "four victims", "victim"),
              said("a", 6, "Six people were injured in the blast.", "Six people", "people"),
              said("b", 9, "Nine people were shot outside the hall.", "Nine people", "people")]
    groups = group(claims)
    keys = sorted(g.key for g in groups)
    assert keys == ["injured person this", "killed person this", "shot person this"]
    killed = [g for g in groups if g.key.startswith("killed")][0]
    assert len(killed.claims) == 3 and not killed.conflict


def test_counts_of_one_and_two_are_kept_when_they_are_casualties():
    two = said("a", 2, "Two people were killed and two others injured.", "Two people", "people")
    witnesses = said("b", 2, "Two witnesses told reporters the car was red.", "Two witnesses", "witness")
    assert comparable(two) and not comparable(witnesses)


def test_a_count_of_two_things_is_kept_but_two_named_persons_are_not():
    """Two fighters who told a reporter are people, not a figure; two touchdowns (a class of
    thing, relations.json noun_classes) are a figure."""
    scores = said("a", 2, "Reyes ran for 98 yards and two touchdowns.", "two touchdowns", "touchdown")
    fighters = said("b", 2, "Two fighters told Reuters the town was quiet.", "Two fighters", "fighter")
    assert comparable(scores) and not comparable(fighters)


def test_clock_times_street_numbers_phone_lines_and_charges_are_not_compared():
    assert not comparable(said("a", 1, "The shooting happened at about 1 p.m. on Friday.", "1", dimension="length"))
    assert not comparable(said("a", 500, "Officers were called to the 500 block of Elm Street.", "500"))
    # a block's storeys are a count, whatever the noun after them
    assert comparable(said("a", 7, "A seven-storey apartment block collapsed.", "seven-storey apartment block",
                           "storey apartment block"))
    assert not comparable(said("a", 555, "Anyone with information can call the tip line at 555-0199.", "555"))
    assert not comparable(said("a", 3, "He faces three counts of assault.", "three counts", "count"))


@pytest.mark.parametrize("sentence, surface, position", [
    ("The Owls reached the Hawks' 12-yard line before the interception.", "12-yard", True),
    ("She was leading at the 30-kilometre mark.", "30-kilometre", True),
    ("The crash happened near the 41-mile marker.", "41-mile", True),
    ("He ran 12 yards for the score.", "12 yards", False),
    ("The bus line runs 30 kilometres to the coast.", "30 kilometres", False),
])
def test_a_spot_on_a_scale_is_no_distance(sentence, surface, position):
    """comparison.json position_after: "the 12-yard line" says where, as a street number does."""
    claim = said("a", 12, sentence, surface, "yard", dimension="length")
    assert comparable(claim) is not position


def test_partial_counts_are_not_totals():
    total = said("a", 400, "Officials said 400 soldiers were sent to the border.", "400 soldiers", "soldier")
    more = said("b", 100, "Officials said another 100 soldiers were sent to the border.", "100 soldiers", "soldier")
    of = said("c", 3, "Three of the five victims were students.", "Three", "")
    groups = group([total, more])
    assert len(groups) == 2 and not any(g.conflict for g in groups)
    assert [g.partial for g in groups if more in g.claims] == [True]
    assert group([of])[0].partial


def test_one_member_of_a_count_is_no_figure_and_its_whole_is_a_part_marker():
    """"one of eight people wounded" says who he is: the 1 is not compared, and "three of 12
    victims" (no "the") is a part of the 12, as "three of the 12 victims" is."""
    one = said("a", 1, "He was one of eight people wounded at the party.", "one of eight people", "people")
    eight = said("a", 8, "He was one of eight people wounded at the party.", "eight people", "people")
    assert not comparable(one) and comparable(eight)
    part = said("b", 3, "Three of 12 victims were wounded in the legs.", "Three", "")
    total = said("c", 12, "Twelve victims were wounded.", "Twelve victims", "victim")
    groups = group([part, total])
    assert len(groups) == 2 and [g.partial for g in groups if part in g.claims] == [True]


@pytest.mark.parametrize("sentence, surface", [
    ("The youngest of the wounded is 14 and the oldest 24.", "14"),
    ("The youngest of the wounded is 14 and the oldest 24.", "24"),
    ("Her eldest was 9.", "9"),
])
def test_the_youngest_or_oldest_is_an_age_not_a_count(sentence, surface):
    """comparison.json age_superlatives: an age whose owner is not named is not compared."""
    claim = said("a", int(surface), sentence, surface)
    assert not comparable(claim)
    assert comparable(said("a", 14, "Fourteen of the wounded were students.", "Fourteen", ""))


@pytest.mark.parametrize("won, lost", [
    (("The Owls have won four straight.", "four", "win"), ("The Hawks have lost four straight.", "four", "lose")),
    (("The Owls won four games in a row.", "four games", "win"), ("The Hawks lost four consecutive games.", "four consecutive games", "lose")),
])
def test_a_winning_run_and_a_losing_run_never_meet(won, lost):
    """comparison.json streak_words: a run is its verb's; "won four games" on one day is no run."""
    a = replace(said("a", 4, won[0], won[1], "game"), context=Context(verb=won[2]))
    b = replace(said("b", 4, lost[0], lost[1], "game"), context=Context(verb=lost[2]))
    day = replace(said("c", 4, "The Owls won four games on Sunday.", "four games", "game"), context=Context(verb="win"))
    assert features(a).kind != features(b).kind
    assert features(a).kind != features(day).kind
    assert sorted(len(g.claims) for g in group([a, b])) == [1, 1]


def test_a_sum_gets_no_crowds_relation():
    """relations.json dimensions attracted: "the $649 model could draw buyers" is a price, not a
    crowd drawn; "the rally drew 4,000 people" is."""
    sum_ = replace(said("a", 649, "The $649 model could draw buyers away.", "$649", "USD", dimension="currency"),
                   context=Context(verb="draw"))
    crowd = replace(said("b", 4000, "The rally drew 4,000 people.", "4,000 people", "people"), context=Context(verb="draw"))
    assert features(sum_).relation is None and features(crowd).relation == "attracted"


def test_a_relation_word_in_a_clause_about_another_event_is_not_the_figures():
    """comparison.json subordinators: "were on the shift when the shooting began" says when the
    workers were there; "were hurt after the crash" still names the hurt."""
    on_shift = replace(said("a", 140, "About 140 workers were on the evening shift when the shooting began.",
                            "About 140 workers", "worker"), context=Context(verb="be"))
    shot = said("b", 12, "Police said 12 workers were shot.", "12 workers", "worker")
    assert features(on_shift).relation is None and features(shot).relation == "shot"
    assert not any(g.conflict for g in group([on_shift, shot]))
    # "before fatally shooting himself" is the gunman's death, not the four's
    four = replace(said("c", 4, "He killed a supervisor and wounded four others before fatally shooting himself.",
                        "four others", ""), context=Context(verb="wound"), topic="others wounded")
    assert features(four).relation == "injured"


def test_a_range_of_ages_is_no_count():
    """"ranging in age from 24 to 59": two ages, no count of the wounded."""
    ages = replace(said("a", 24, "The four wounded, ranging in age from 24 to 59, were taken to hospital.",
                        "24 to 59", ""), value=None, low=24, high=59)
    assert not comparable(ages)


def test_a_roundups_other_incident_under_its_own_heading_is_another_toll():
    """figrecon.sections: an article that gives the mall's eight wounded and, under the heading
    "PEMBERLY PARK", the park's two wounded gives two tolls; without the heading the two could be
    one toll the article updates, and stay one group."""
    mall = replace(said("a", 8, "Police say eight people were wounded.", "eight people", "people"), section="the mall")
    park = replace(said("a", 2, "Two other people were wounded.", "Two other people", "people"), section="pemberly park")
    wire = said("b", 8, "A gunman wounded eight people at the mall.", "eight people", "people")
    groups = group([mall, park, wire])
    assert sorted(len(g.claims) for g in groups) == [1, 2] and not any(g.conflict for g in groups)
    same = [replace(mall, section=""), replace(park, section=""), wire]
    assert [len(g.claims) for g in group(same)] == [3]


def test_a_list_of_counts_after_a_colon_is_parts_of_the_count_before_it():
    """"treated 12 people: five at Tallis, three at St Odile's and four at Eastgate": parts; not
    "carrying 263 people: 241 passengers and 22 crew" (two items: the passengers' own count)."""
    sentence = "Hospitals treated 12 people for gunshot wounds: five at Tallis, three at St. Odile's and four at Eastgate."
    parts = [said("a", v, sentence, s, "") for v, s in ((5, "five"), (3, "three"), (4, "four"))]
    total = said("a", 12, sentence, "12 people", "people")
    other = said("b", 5, "Five people were wounded.", "Five people", "people")
    assert all(g.partial for g in group(parts) if g.claims)
    assert not group([total])[0].partial
    aboard = said("c", 241, "The ferry carried 263 people: 241 passengers and 22 crew.", "241 passengers", "passenger")
    assert not group([aboard])[0].partial
    assert not any(g.conflict for g in group([*parts, other]))


def test_a_toll_that_counts_the_gunman_is_not_the_victims_toll():
    """persons.json perpetrators; comparison.json inserted_openers: "Two people, including the
    gunman, are dead" is read past its aside (a toll: killed), and counts the gunman; "killed two
    coworkers" counts victims only. Two tolls, no conflict."""
    with_him = said("a", 2, "Two people, including the gunman, are dead.", "Two people", "people")
    victims = said("b", 2, "The gunman killed two coworkers.", "two coworkers", "coworker")
    later = said("c", 3, "Three people, including the shooter, have died.", "Three people", "people")
    assert comparable(with_him) and features(with_him).relation == "killed"
    assert features(with_him).kind == features(later).kind != features(victims).kind
    groups = group([with_him, victims, later])
    assert sorted(len(g.claims) for g in groups) == [1, 2]


def test_a_relation_that_counts_people_or_money_gives_nothing_to_a_count_of_places():
    """relations.json relation_classes and dimensions: "employs 13,600 people in 19 countries"
    employs no countries; "lift revenue growth ... in 64 countries" is no revenue."""
    countries = replace(said("a", 19, "Oberwald employs 13,600 people in 19 countries.", "19 countries", "country"),
                        context=Context(verb="employ"))
    staff = replace(said("a", 13600, "Oberwald employs 13,600 people in 19 countries.", "13,600 people", "people"),
                    context=Context(verb="employ"))
    sold = said("b", 64, "Its revenue will grow as its sensors sell in 64 countries.", "64 countries", "country")
    assert features(countries).relation is None and features(staff).relation == "employed"
    assert features(sold).relation is None


def test_an_analysts_price_target_is_no_share_price():
    """comparison.json expectation_phrases: "a price target of $112" is expected, not traded;
    a deficit "target of 3%" is not marked (a bare "target" is no expectation word)."""
    target = said("a", 112, "She rates the stock hold with a price target of $112.", "$112", "USD", dimension="currency")
    close = said("b", 35.4, "The shares closed at $35.40 on Friday.", "$35.40", "USD", dimension="currency")
    assert scope_of(target) == "expected" and scope_of(close) == "this"
    assert not any(g.conflict for g in group([target, close]))
    assert scope_of(said("c", 3, "The government kept its target of 3 percent.", "3 percent", "percent",
                         dimension="percentage")) == "this"


def test_struck_by_gunfire_is_shot():
    """relations.json phrases_after shot: "were struck by gunfire" as "were shot"; not "struck"
    alone ("struck by a car")."""
    struck = said("a", 10, "In all, 10 people were struck by gunfire.", "10 people", "people")
    shot = said("b", 9, "Nine people were shot.", "Nine people", "people")
    car = said("c", 10, "Ten people were struck by a car.", "Ten people", "people")
    assert [len(g.claims) for g in group([struck, shot]) if struck in g.claims] == [2]
    assert all(car not in g.claims or len(g.claims) == 1 for g in group([car, shot]))


def test_an_earlier_events_toll_is_apart_from_this_one():
    now = said("a", 12, "The storm killed 12 people on Tuesday.", "12 people", "people")
    then = said("b", 300, "A storm in 2019 killed 300 people along the coast.", "300 people", "people")
    groups = group([now, then])
    assert len(groups) == 2 and not any(g.conflict for g in groups)


def test_a_rising_toll_is_marked_changed_over_time_in_date_order():
    later = said("b", 9, "The death toll rose to 9 people killed.", "9 people", "people", date="2031-05-06")
    early = said("a", 5, "Five people were killed, police said.", "Five people", "people", date="2031-05-04")
    (g,) = group([later, early])
    assert g.conflict and g.changed_over_time
    assert [c.date for c in g.claims] == ["2031-05-04", "2031-05-06"]


def test_tolerance_follows_stated_precision():
    a = said("a", 5.9, "The quake had a magnitude of 5.9, the agency said.", "5.9")
    b = said("b", 6.1, "The quake had a magnitude of 6.1, the survey said.", "6.1")
    (g,) = group([a, b])
    assert g.conflict
    c = said("a", 1300, "About 1,300 homes were damaged.", "1,300", "home")
    d = said("b", 1290, "Officials counted 1,290 homes damaged.", "1,290", "home")
    assert not any(g.conflict for g in group([c, d]))


def _rounded(claim, low, high):
    return replace(claim, low=low, high=high, normalized=Normalized(claim.value, low, high, claim.normalized.unit))


def test_two_rounded_figures_conflict_on_their_qualifiers_alone():
    """"About 230" (207-253) and "some 180" (162-198) disagree: the qualifier's interval already
    holds the rounding, so a conflict does not widen it again; grouping still does, so the two
    meet in one group. "About 1,300" and 1,290 still agree."""
    a = _rounded(said("a", 230, "About 230 workers were on site when the fire broke out.", "About 230 workers",
                      "worker"), 207, 253)
    b = _rounded(said("b", 180, "Some 180 workers were on site when the fire broke out.", "Some 180 workers",
                      "worker"), 162, 198)
    (g,) = group([a, b])
    assert g.conflict
    c = _rounded(said("c", 1300, "About 1,300 homes were damaged.", "About 1,300 homes", "home"), 1170, 1430)
    d = said("d", 1290, "Officials counted 1,290 homes damaged.", "1,290", "home")
    assert not any(g.conflict for g in group([c, d]))


@pytest.mark.parametrize("qualified, low, high, other, conflict", [
    ("Nearly 42 million litres", 37.8e6, 42e6, 42.3e6, False),  # 42.3 million is 42 million, rounded
    ("Almost 42 boats", 37.8, 42, 42.4, False),  # 42.4 boats would be told as 42
    ("Almost 900 boats", 810, 900, 940, True),  # a trailing zero is not widened: 940 is more than 900
    ("Nearly 42 million litres", 37.8e6, 42e6, 44e6, True),  # beyond the rounding of the 42
    ("About 42 million litres", 37.8e6, 46.2e6, 47e6, True),  # "about" already holds its rounding
])
def test_the_end_a_one_sided_qualifier_leaves_at_the_figure_is_as_rounded_as_the_figure(qualified, low, high,
                                                                                       other, conflict):
    """"nearly 42 million" is below a rounded 42 million, which 42.3 million rounds to: its
    upper end is widened by half its last stated digit, a trailing zero counted as stated; the
    end the qualifier made is not widened again."""
    unit = qualified.split()[-1]
    value = high if qualified.startswith(("Nearly", "Almost")) else (low + high) / 2
    a = _rounded(said("a", value, f"{qualified} were pumped out.", qualified, unit), low, high)
    stated = f"{other:,.0f}" if other < 1e6 else f"{other / 1e6:g} million"
    b = said("b", other, f"Officials said {stated} {unit} were pumped out.", f"{stated} {unit}", unit)
    (g,) = group([a, b])
    assert g.conflict is conflict


def test_ages_compare_only_for_the_same_person():
    a = replace(said("a", 34, "Mara Velk, 34, was arrested.", "34", "year of age", dimension="time"), subject="Mara Velk")
    b = replace(said("b", 19, "Ott Brun, 19, was arrested.", "19", "year of age", dimension="time"), subject="Ott Brun")
    c = replace(said("c", 43, "Mara Velk, 43, was arrested.", "43", "year of age", dimension="time"), subject="Mara Velk")
    groups = group([a, b, c])
    assert len(groups) == 2
    (velk,) = [g for g in groups if len(g.claims) == 2]
    assert velk.conflict


def test_stories_keep_groups_apart_and_copies_count_once():
    from figrecon.model import Story

    a = said("a", 4, "Four people were killed in the fire.", "Four people", "people")
    b = said("b", 7, "Seven people were killed in the flood.", "Seven people", "people")
    copy = said("a2", 4, "Four people were killed in the fire.", "Four people", "people")
    stories = [Story("fire", ("a",), (("a", ("a2",)),)), Story("flood", ("b",))]
    groups = group([a, b, copy], stories=stories)
    assert sorted(g.story for g in groups) == ["fire", "flood"] and not any(g.conflict for g in groups)
    fire = [g for g in groups if g.story == "fire"][0]
    assert len(fire.claims) == 1  # the reprint's identical claim is the same statement


def test_a_comma_inside_a_number_ends_no_clause():
    # the year after "26,000" is in the claim's clause: the magnitude is of that earlier quake
    old = said("a", 6.7, "A 6.7-magnitude quake killed more than 26,000 people in the city of Varn in 2019.",
               "6.7", date="2031-05-04")
    new = said("b", 6.1, "A 6.1-magnitude quake struck the island on Sunday.", "6.1", date="2031-05-04")
    assert [g.key for g in group([old, new]) if g.key.startswith("magnitude")] and \
        len(group([old, new])) == 2


def test_a_price_on_two_days_is_two_figures_but_a_toll_moves():
    mon = said("a", 46.6, "Shares of Norvex closed at $46.6 on Monday.", "$46.6", "dollar", dimension="currency",
               date="2031-05-06")
    tue = said("b", 44.3, "Norvex shares fell to close at $44.3 on Tuesday.", "$44.3", "dollar",
               dimension="currency", date="2031-05-07")
    assert len(group([mon, tue])) == 2
    # "today" is read off the article's date: 2031-05-06 is a Tuesday
    today = said("c", 44.3, "Norvex shares closed at $44.3 today.", "$44.3", "dollar", dimension="currency",
                 date="2031-05-06")
    assert len(group([tue, today])) == 1
    early = said("a", 5, "Five people were killed on Monday, police said.", "Five people", "people")
    late = said("b", 7, "Seven people were killed, the toll rose on Tuesday.", "Seven people", "people")
    assert len(group([early, late])) == 1


def test_the_date_nearest_a_figure_dates_its_event():
    from figrecon.reconcile import scope_of

    # articles of 2031-05-04: a month long past, and a year, each date the event they sit beside
    march = said("a", 40, "In March, a quake in the town of Dovra killed 40 people.", "40 people", "people")
    old = said("b", 900, "A quake killed 900 people in the city of Hesk in December 2029.", "900 people", "people")
    both = said("c", 90, "A quake killed 800 in 2029, and 90 were killed in another town in March.", "90")
    assert scope_of(march) == "other:march" and scope_of(old) == "other:2029" and scope_of(both) == "other:march"
    # two earlier events dated apart are apart; this event's toll stays with neither
    now = said("d", 12, "The quake killed 12 people on Sunday.", "12 people", "people")
    groups = group([march, old, now])
    assert len(groups) == 3 and not any(g.conflict for g in groups)


def test_the_year_before_a_named_year_is_the_year_before_that_one():
    from figrecon.reconcile import scope_of

    # articles of 2031-05-04: "the year before" counts back from the year its sentence names
    base = said("a", 19, "The province recorded 24 road deaths in 2029, up from 19 the year before.", "19")
    old = said("b", 4, "A bus and a lorry collided there in 2027, killing four people.", "four people", "people",
               verb="kill")
    bare = said("c", 30, "Sales reached 35 units, against 30 the year before.", "30")
    assert scope_of(base) == "other:2028" and scope_of(old) == "other:2027"
    assert scope_of(bare) == "other"  # no year written before it: undated, some earlier time
    last = said("d", 7, "The line carried 9 million riders last year, up from 7 million the year before.", "7 million")
    assert scope_of(last) == "other:2029"  # "last year" in a 2031 article is 2030
    season = said("e", 380000, "The resort sold 400,000 lift passes last season, up from 380,000 the season "
                               "before.", "380,000")
    assert scope_of(season) == "other:2029"  # "last season" is 2030's too (comparison.json last_periods)
    # an earlier year's deaths and another earlier crash's toll are apart
    assert len(group([base, old])) == 2


def test_a_thing_named_by_its_number_is_no_count():
    from figrecon.reconcile import role_of

    route = said("a", 52, "She has driven the 52 tram since the line opened.", "52 tram", "tram")
    fleet = said("b", 40, "The 40 trams in the fleet were all withdrawn.", "40 trams", "tram")
    staff = said("c", 40, "The 40 staff at the depot walked out.", "40 staff", "staff")
    seats = said("d", 150, "It must pass the 150-seat council.", "150-seat", "seat")
    shot = said("e", 253, "That is more than the 253 shot by this time last year.", "253 shot", "shot")
    assert role_of(route) == "name" and not comparable(route)
    # a plural, a noun whose plural is its singular, a size written with a hyphen, a participle: counts
    assert [role_of(c) for c in (fleet, staff, seats, shot)] == ["", "", "", ""]


def test_the_winners_prize_and_the_runner_ups_are_two_sums():
    from figrecon.reconcile import rank_of

    first = said("a", 3e6, "Osei took home a winner's cheque of $3 million.", "$3 million", "dollar", dimension="currency")
    second = said("b", 1.6e6, "Her runner-up cheque was worth $1.6 million.", "$1.6 million", "dollar",
                  dimension="currency")
    plain = said("c", 3e6, "Osei earned $3 million on Sunday.", "$3 million", "dollar", dimension="currency")
    both = said("d", 4.6e6, "The winner and the runner-up share $4.6 million.", "$4.6 million", "dollar",
                dimension="currency")
    assert [rank_of(c) for c in (first, second, plain, both)] == ["rank:first", "rank:second", "", ""]
    groups = group([first, second])
    assert len(groups) == 2 and not any(g.conflict for g in groups)


def test_a_sum_over_several_owners_is_apart_from_one_owners_figure():
    one = said("a", 21000, "Halden Foods employs about 21,000 people.", "21,000 people", "people", verb="employ")
    both = said("b", 30000, "The deal creates a group with a combined workforce of 30,000 people.", "30,000 people",
                "people")
    together = said("c", 30000, "Together the two firms employ 30,000 people.", "30,000 people", "people",
                    verb="employ")
    merged = said("d", 2000, "The combined company will cut 2,000 jobs.", "2,000 jobs", "job", verb="cut")
    cuts = said("e", 1500, "Halden Foods plans to cut 1,500 jobs.", "1,500 jobs", "job", verb="cut")
    groups = group([one, both, together])
    assert sorted(len(g.claims) for g in groups) == [1, 2] and not any(g.conflict for g in groups)
    # "the combined company" is the merged company, one owner: its cuts and the plan's may conflict
    assert len(group([merged, cuts])) == 1


def test_the_level_a_plural_noun_moved_to_counts_that_noun():
    from dataclasses import replace

    incidents = replace(said("a", 240, "Shootings fell by a fifth last year, to 240.", "240", verb="fall"),
                        topic="Shootings")
    crashes = replace(said("b", 240, "Road crashes dropped 10 percent, to 240.", "240", verb="drop"),
                      topic="Road crashes")
    shot = said("c", 300, "In all, 300 people were shot last year.", "300 people", "people", verb="shoot")
    assert features(crashes).kind == "count:crash"
    # the crashes are no people shot; a count of people shot stays a count of persons
    assert features(shot).kind == "count:person"
    assert not any(len(g.claims) > 1 for g in group([crashes, shot]))
    assert features(incidents).kind != "count:crash"


def test_rounds_shots_and_casings_count_one_thing():
    """relations.json noun_classes "round": the casings found are the rounds fired."""
    fired = said("a", 30, "Police said the gunman fired 30 rounds.", "30 rounds", "round", verb="fire")
    casings = said("b", 30, "Officers recovered 30 shell casings at the scene.", "30 shell casings", "shell casing",
                   verb="recover")
    shots = said("c", 30, "Witnesses heard 30 shots.", "30 shots", "shot", verb="hear")
    assert features(fired).kind == features(casings).kind == features(shots).kind == "count:round"


def test_fire_engines_and_appliances_count_one_thing():
    """relations.json noun_classes "engine": "appliances" is the British word for fire engines."""
    engines = said("a", 25, "Crews sent 25 fire engines to the depot.", "25 fire engines", "fire engine", verb="send")
    appliances = said("b", 25, "Some 25 appliances fought the flames.", "25 appliances", "appliance", verb="fight")
    assert features(engines).kind == features(appliances).kind == "count:engine"


def test_the_last_month_of_a_reported_period_is_the_storys_own():
    from figrecon.reconcile import scope_of

    # an article of 2031-05-04: a span's last month within the three before is the period reported
    flown = said("a", 1.2e6, "The carrier flew 1.2 million passengers between January and March.",
                 "1.2 million passengers", "passenger")
    lone = said("b", 1.1e6, "The carrier flew 1.1 million passengers in February.", "1.1 million passengers",
                "passenger")
    moved = said("c", 14, "The race may move from May to March, when it is about 14C.", "14C", "degree Celsius",
                 dimension="temperature")
    assert scope_of(flown) == "this" and scope_of(lone) == "other:february"
    assert scope_of(moved) == "other:march"  # no period: a move from one month to another


def test_the_event_a_toll_is_from_names_no_relation_of_its_own():
    from figrecon.reconcile import relation_of

    toll = said("a", 3, "A third victim died, bringing the death toll from the stabbing to three.", "three")
    hurt = said("b", 3, "Police said the stabbing left three.", "three")
    assert relation_of(toll) == "killed"
    assert relation_of(hurt) != "killed"  # no toll named: the event's word is all there is


def test_a_base_to_the_same_day_of_an_earlier_year_is_not_that_years_whole():
    from figrecon.reconcile import scope_of

    # articles of 2031-05-04
    base = said("a", 9, "Vesk has had 14 murders so far, compared with 9 at the same point in 2030.", "9")
    last = said("b", 9, "Vesk has had 14 murders, up from 9 at this point last year.", "9")
    whole = said("c", 31, "Vesk recorded 31 murders in 2030.", "31 murders", "murder")
    assert scope_of(base) == scope_of(last) == "other:2030:to date"
    assert scope_of(whole) == "other:2030"


def test_an_increase_measures_what_its_sentence_is_about_but_a_premium_does_not():
    from dataclasses import replace

    rise = replace(said("a", 5.9, "Revenue was $412 million, an increase of 5.9%.", "5.9%", "percent",
                        dimension="percentage"), topic="increase", subject="increase, Revenue")
    premium = replace(said("b", 33, "The offer values Orvel at a premium of 33%.", "33%", "percent",
                           dimension="percentage"), topic="premium", subject="premium, Orvel")
    assert "revenue" in features(rise).words and "increase" not in features(rise).words
    assert "orvel" not in features(premium).words  # a premium sets one price against another


def test_a_town_of_n_people_is_a_population_of_that_town():
    from figrecon.reconcile import relation_of

    town = said("a", 40000, "The wounded were flown to Varn, a town of 40,000 people, on Monday.", "40,000 people",
                "people", verb="fly")
    isle = said("b", 9000, "The island is home to 9,000 people.", "9,000 people", "people")
    shelter = said("c", 700, "About 700 people needed shelter after the quake.", "700 people", "people")
    assert relation_of(town) == "population" and relation_of(shelter) == "sheltered"
    # a town's population and the island's are different wholes; sheltered people are no population
    assert all(len(g.claims) == 1 for g in group([town, isle, shelter]))


def test_a_share_of_a_named_place_is_apart_from_other_shares():
    a = said("a", 40, "Phone services in Norland were down by 40 percent, in Sudria by 25 percent.",
             "40 percent", "percent", dimension="percentage")
    b = said("a", 25, "Phone services in Norland were down by 40 percent, in Sudria by 25 percent.",
             "25 percent", "percent", dimension="percentage")
    c = said("b", 25, "About 25 percent of phone services in Sudria were down.", "25 percent", "percent",
             dimension="percentage")
    d = said("c", 60, "The cables carry 60 percent of phone services between the two coasts.", "60 percent",
             "percent", dimension="percentage")
    groups = group([a, b, c, d])
    assert not any(g.conflict for g in groups)
    assert sorted(len(g.claims) for g in groups) == [1, 1, 2]
    assert any(b in g.claims and c in g.claims for g in groups)


def test_a_sentence_pointing_back_takes_the_earlier_events_date():
    text = "In March, a quake of magnitude 6.2 struck the town of Dovra. It killed 70 people and injured 300."
    first = text.index("It")

    def at(surface, value, unit="people", verb=None):
        start = text.index(surface)
        sent_start = 0 if start < first else first
        sentence = text[sent_start:first - 1] if start < first else text[first:]
        return Claim(doc="a", source="A", date="2031-10-04", start=start, end=start + len(surface), surface=surface,
                     sentence=sentence, value=value, low=value, high=value, change="=", unit=unit, dimension="count",
                     normalized=Normalized(value, value, value, unit), sentence_start=sent_start,
                     context=Context(verb=verb))

    mag, killed = at("6.2", 6.2, ""), at("70 people", 70, verb="kill")
    now = said("b", 9, "The quake killed 9 people on Sunday.", "9 people", "people", date="2031-10-04")
    groups = group([mag, killed, now])
    (then,) = [g for g in groups if killed in g.claims]
    assert then.key == "killed person other:march" and now not in then.claims
    # without the pointing word the undated toll is this event's
    plain = replace(killed, sentence=killed.sentence.replace("It killed", "The storm killed"))
    assert [g.key for g in group([mag, plain]) if plain in g.claims] == ["killed person this"]


def test_a_price_per_share_is_apart_from_a_total_and_a_range_end_keeps_the_rate():
    from figrecon.reconcile import features, relation_of

    text = "Brask will pay $4 billion, a price that works out to $30 to $32 a share."
    total = said("a", 4e9, text, "$4 billion", "dollar", dimension="currency")
    low = said("a", 30, text, "$30", "dollar", dimension="currency")
    per = replace(said("b", 31, "The $31-per-share sale price pleased holders.", "$31-per-share", "dollar",
                       dimension="currency"), per="share")
    assert features(low).period == "share" and features(total).period is None
    groups = group([total, low, per])
    assert any(low in g.claims and per in g.claims for g in groups)
    assert not any(total in g.claims and len(g.claims) > 1 for g in groups)
    # a rate in time does not split: "$900 a month" may be said without "a month"
    month = replace(said("c", 900, "Recruits earn $900 a month.", "$900", "dollar", dimension="currency"), per="month")
    assert features(month).period == "month"
    # the topic's head names the relation: a "sales price" is a price, "sales revenue" revenue
    assert relation_of(replace(total, topic="sales price")) == "price"
    assert relation_of(replace(total, topic="sales revenue")) == "revenue"


def test_a_share_names_its_whole_by_a_place_or_an_owner():
    from figrecon.reconcile import features

    def pct(doc, value, sentence, surface):
        return said(doc, value, sentence, surface, "percent", dimension="percentage")

    whole = pct("a", 80, "The two cables carry 80 percent of calls between the coasts.", "80 percent")
    with_place = pct("b", 45, "Now 45 percent of calls with Norland are lost.", "45 percent")
    owned = pct("c", 75, "Sudria and Velm also lost 75 percent of their calls.", "75 percent")
    assert features(with_place).places == {"norland"} and features(owned).places == {"(their)"}
    assert not features(whole).places
    assert all(len(g.claims) == 1 for g in group([whole, with_place, owned]))


def test_a_yearly_amount_is_no_price():
    price = said("a", 9e9, "Brask will buy Velm for $9 billion.", "$9 billion", "dollar", dimension="currency")
    other = said("b", 8e9, "Brask agreed to buy Velm for $8 billion.", "$8 billion", "dollar", dimension="currency")
    yearly = replace(said("c", 20e9, "The merged firm, which Brask valued at $20 billion a year, will grow.",
                          "$20 billion", "dollar", dimension="currency"), per="year")
    groups = group([price, other, yearly])
    assert any(price in g.claims and other in g.claims for g in groups)
    assert [len(g.claims) for g in groups if yearly in g.claims] == [1]


def test_a_part_of_a_total_is_partial_whether_or_not_its_span_holds_the_total():
    sentence = "Three of the five victims were taken to Mercy Hospital."
    inside = said("a", 3, sentence, "Three of the five victims", "victim")
    bare = said("b", 3, "Three of the five victims were taken to Mercy Hospital.", "Three", "victim")
    total = said("c", 5, "Five victims were taken to Mercy Hospital.", "Five victims", "victim")
    groups = group([inside, bare, total])
    assert [g.partial for g in groups if total in g.claims] == [False]
    assert all(g.partial and not g.conflict for g in groups if inside in g.claims or bare in g.claims)


def test_a_count_of_the_speakers_themselves_is_not_compared(nlp):
    from figrecon.extract import extract_text

    # the speaker reads as mid-sentence ("three officials"), the figure as written ("Three officials")
    claims = extract_text("Three officials said the harbour lost 40 boats.", nlp)
    speakers = [c for c in claims if c.surface.startswith("Three")]
    assert speakers and speakers[0].attribution == "three officials"
    assert not comparable(speakers[0])


def test_a_count_of_some_of_a_group_is_partial():
    part = said("a", 2, "Two of the wounded are in a critical condition.", "Two", "")
    words = said("b", 300, "About 300 of the fighters came home.", "About 300 of the fighters", "fighter")
    share = said("c", 60, "Some 60 percent of the budget went on pay.", "60 percent", "percent",
                 dimension="percentage")
    from figrecon.reconcile import _partial
    assert _partial(part) and _partial(words) and not _partial(share)


def test_ages_of_one_person_compare_exactly_whatever_the_verb():
    a = replace(said("a", 27, "Ana Ruiz, 27, died in the crash.", "27", "year of age", dimension="time"),
                subject="Ana Ruiz")
    b = replace(said("b", 28, "Ana Ruiz, 28, was killed in the crash.", "28", "year of age", dimension="time"),
                subject="Ana Ruiz")
    c = replace(said("c", 27, "Police named her as 27-year-old Ana Ruiz.", "27-year-old", "year of age",
                     dimension="time"), subject="Ana Ruiz, Police")
    (g,) = group([a, b, c])
    assert g.conflict and {x.doc for x in g.claims} == {"a", "b", "c"}


def test_a_toll_dated_by_since_year_when_is_another_event():
    now = said("a", 4, "Four people were killed on Saturday.", "Four people", "people", date="2031-01-04")
    then = said("b", 9, "It was the worst attack since 2011, when nine people died in a fire.", "nine people",
                "people", date="2031-01-04")
    since = said("c", 5, "It was the deadliest since 2011 and five people died.", "five people", "people",
                 date="2031-01-05")
    groups = group([now, then, since])
    assert [len(g.claims) for g in groups if then in g.claims] == [1]
    assert any(now in g.claims and since in g.claims for g in groups)
    # an apposition after the year describes the earlier event, as "when" does
    named = said("d", 6, "It was the worst storm since Celia in 2019, a storm that killed six people.", "six people",
                 "people", date="2031-01-04")
    from figrecon.reconcile import scope_of

    assert scope_of(named) == "other:2019"
    # the toll of the event "since" names, inside its clause or in a relative clause after it
    for sentence, surface in [("It is the deadliest since the Corvo sank in 2019 with the loss of 61 lives.", "61 lives"),
                              ("It is the worst since the Corvo disaster of 2019, which left 61 dead.", "61")]:
        assert scope_of(said("e", 61, sentence, surface, "people", date="2031-01-04")) == "other:2019", sentence


@pytest.mark.parametrize("sentence", [
    "Norvik has paid developers $5 billion since the store opened in 2028.",
    "Norvik has paid developers $5 billion since its launch in 2028, Hart said.",
])
def test_a_running_total_since_a_year_is_of_now(sentence):
    from figrecon.reconcile import scope_of

    total = said("a", 5e9, sentence, "$5 billion", "dollar", date="2033-06-12", dimension="currency")
    assert scope_of(total) == "this"
    dated = said("b", 5e9, "Norvik paid developers $5 billion in 2028.", "$5 billion", "dollar",
                 date="2033-06-12", dimension="currency")
    assert scope_of(dated) == "other:2028"  # a year in the figure's own clause, without "since"


def test_a_group_heading_never_names_another_relation_than_its_key():
    a = replace(said("a", 3, "Two died and three others were hurt in the fire.", "three others", "other"),
                topic="others died")  # a parse can hang the count from the first verb
    b = replace(said("b", 4, "Four people were hurt in the fire.", "Four people", "people"),
                topic="people hurt")
    (g,) = [g for g in group([a, b]) if a in g.claims]
    assert g.key.startswith("injured") and g.subject == "people hurt"


@given(st.text(alphabet="ab .,;1:2!?9\n", max_size=400), st.integers(min_value=0, max_value=400))
def test_the_window_before_a_figure_is_read_from_its_reach_only(text, at):
    """Searching from the window's reach gives what a search of the whole sentence gives."""
    from figrecon import reconcile as R

    at = min(at, len(text))
    c = Claim(doc="d", source="s", date=None, start=at, end=at, surface="", sentence=text, value=1.0,
              low=1.0, high=1.0, change="=", unit="", dimension="count", sentence_start=0)
    for pattern in R._REACH:
        assert R._before(c, pattern) == pattern.search(text[:at]).group(0)


def test_a_document_whose_claim_makes_grouping_raise_is_left_out_when_asked(grouping_raises_on):
    """``on_failure`` costs the failing document only; without it the error propagates."""
    import pytest

    grouping_raises_on(13, ZeroDivisionError("boom"))
    claims = [claim("a", 4000), claim("b", 4000, start=10), claim("b", 13, start=40), claim("c", 100)]
    failed = []
    groups = group(claims, on_failure=lambda doc, error: failed.append((doc, type(error).__name__)))
    assert failed == [("b", "ZeroDivisionError")]
    assert sorted(c.doc for g in groups for c in g.claims) == ["a", "c"]
    with pytest.raises(ZeroDivisionError):
        group(claims)


def test_a_storys_records_keep_equal_features_once_across_its_documents():
    """Grouping holds a whole story's records at once (reconcile._story_records): the same
    figure of the same subject in two documents reads back with one features object, not two,
    and every record still points at its own claim."""
    from figrecon.reconcile import _read, _story_records
    from figrecon.spill import Spill

    store = Spill()
    claims = [claim("a", 4000), claim("b", 4000, start=10), claim("c", 3000, start=5)]
    read = _read(claims, 0.05, store, None)
    records = _story_records(store, [at for _, at in read])
    assert [r.doc for r in records] == ["a", "b", "c"]
    assert records[0].feats is records[1].feats is records[2].feats
    assert records[0].topic is records[1].topic and records[0].bounds is records[1].bounds  # kept once, too
    assert [c.value for c in store.get([r.index for r in records])] == [4000, 4000, 3000]


def test_an_articles_only_toll_is_one_quantity_whatever_persons_it_counts():
    """Each article's only count of the injured is its toll: "Nine hikers were hurt" and "12
    people were injured" disagree about one quantity. A count beside its article's total ("200
    children" among 1,000 dead) may be a part of it, and stays apart when the figures differ."""
    hikers = said("a", 9, "Nine hikers were hurt when the bridge gave way.", "Nine hikers", "hiker")
    people = said("b", 12, "In all, 12 people were injured, rescuers said.", "12 people", "people")
    (g,) = [g for g in group([hikers, people]) if len(g.claims) == 2]
    assert g.conflict
    total = said("c", 1000, "The floods killed 1,000 people, officials said.", "1,000 people", "people")
    part = said("c", 200, "Among those killed were 200 children.", "200 children", "child")
    other = said("d", 1040, "Some 1,040 people died in the floods.", "1,040 people", "people")
    part = replace(part, start=part.start + 200, end=part.end + 200, sentence_start=200)
    groups = group([total, part, other])
    assert [sorted(c.surface for c in g.claims) for g in groups if part in g.claims] == [["200 children"]]


def test_a_share_written_as_a_fraction_of_a_count_is_not_a_count():
    """"Some 3/4 of voters" is a share; compared as a count it would conflict with "1,200 voters"."""
    share = replace(said("a", 0.75, "Some 3/4 of voters backed the plan.", "Some 3/4 of voters", "voter"),
                    change="~", low=0.675, high=0.825)  # "some": about
    total = said("b", 1200, "In all 1,200 voters backed the plan.", "1,200 voters", "voter")
    assert not comparable(share) and comparable(total)
    assert not any(g.conflict for g in group([share, total]))


def test_a_count_a_later_one_replaced_is_kept_apart_from_it():
    """An early or provisional report ("had earlier put the toll at", "preliminary results")
    is scoped 'earlier' (lexicon comparison.json superseded_words): of a count that moves, it is
    the same quantity at an earlier moment, one group with the toll that rose, whose move is a
    change over time, not a disagreement. "Earlier this month" dates a figure, and "an initial
    fee" is a fee's fixed part: neither is superseded."""
    from figrecon.reconcile import scope_of

    early = said("a", 3, "Police had earlier put the number of dead at three.", "three", "people", verb="put")
    early2 = said("b", 3, "A preliminary count of three dead was given at dawn.", "three dead", "people")
    now = said("b", 5, "Five people were killed in the fire.", "Five people", "people")
    now2 = said("c", 5, "The fire killed five people, officials said.", "five people", "people")
    assert [scope_of(c) for c in (early, early2, now, now2)] == ["earlier", "earlier", "this", "this"]
    (toll,) = group([early, early2, now, now2])
    assert sorted(c.value for c in toll.claims) == [3, 3, 5, 5]
    assert toll.conflict and toll.changed_over_time  # "three" and "five" in two reports: the toll moved
    dated = said("d", 14e9, "Earlier this month the firm bid $14 billion for Tarno.", "$14 billion", "USD",
                 dimension="currency")
    fee = said("d", 60e6, "He joined for an initial €60 million on Monday.", "€60 million", "EUR", dimension="currency")
    assert scope_of(dated) != "earlier" and scope_of(fee) == "this"
    moved = said("e", 4, "The toll climbed to nine on Friday from four a day earlier.", "four", "people")
    assert scope_of(moved) == "earlier"  # a toll's level moved from: the count the new one replaced
    counting = said("e", 41.5, "With 80 percent of precincts reporting, Vale had 41.5 percent of the vote.",
                    "41.5 percent", "percent", dimension="percentage")
    assert scope_of(counting) == "earlier"  # lexicon comparison.json provisional_sentences


def test_a_price_converted_after_a_comma_is_no_other_markets_price():
    """"$899, or about £715" converts the dollar price: it is no British list price (which
    "sold in Britain for £699" is), so it joins the dollar price, and as a rough conversion it is
    compared through it, never flagged against it. A figure after a comma in the same currency,
    or in another quantity, is no conversion."""
    from figrecon.reconcile import _restated, features

    converted = said("a", 715, "The Tove phone costs $899, or about £715, from May.", "about £715", "GBP",
                     dimension="currency")
    listed = said("b", 699, "The Tove phone sold in Britain for £699 last spring.", "£699", "GBP", dimension="currency")
    also = said("c", 10, "Tickets cost $5, about $10 with fees.", "about $10", "USD", dimension="currency")
    share = said("d", 4, "It lost $1.2 billion, about 4 percent of sales.", "about 4 percent", "percent",
                 dimension="percentage")
    assert _restated(converted) and not _restated(listed) and not _restated(also) and not _restated(share)
    assert features(converted).market != "GBP"


def test_a_name_that_opens_a_sentence_is_a_name_when_its_article_uses_it_inside_one():
    """A sentence's first capital is no name by itself ("Shareholders will receive $41"), but
    "Renk, 31, collected 290 yards" names Renk when the article writes "quarterback Ivo Renk"
    elsewhere: the figure then keeps Renk's name for telling two players' figures apart."""
    from figrecon.reconcile import _read
    from figrecon.spill import Spill

    lede = replace(said("a", 3, "Quarterback Ivo Renk threw three touchdown passes.", "three touchdown passes",
                        "pass"), subject="Quarterback Ivo Renk")
    later = replace(said("a", 290, "Renk, 31, collected 290 passing yards.", "290 passing yards", "yard"),
                    start=100, end=117, sentence_start=80, subject="Renk")
    alone = replace(said("b", 290, "Renk, 31, collected 290 passing yards.", "290 passing yards", "yard"),
                    subject="Renk")
    store = Spill()
    read = dict(_read([lede, later, alone], 0.05, store, None))
    names = {doc: [r.names for r in store.get([at])[0]] for doc, at in read.items()}
    assert "renk" in names["a"][-1] and names["b"] == [frozenset()]


def test_a_figure_of_a_sentence_pointing_back_measures_what_the_one_before_did():
    """"... a turnout of 61%. That was down from 68 percent in 2027.": the 68 percent names no
    relation, and its sentence points back at the turnout: it is the 2027 turnout, which another
    article gives as a turnout; a share of another kind before it lends it nothing."""
    first = said("a", 61, "Some 2.1 million people cast ballots, a turnout of 61%.", "61%", "percent", dimension="percentage")
    back = said("a", 68, "That was down from 68 percent in 2027.", "68 percent", "percent", dimension="percentage")
    back = replace(back, start=back.start + 56, end=back.end + 56, sentence_start=56)
    other = said("b", 66, "Turnout in 2027 was 66 percent, the commission said.", "66 percent", "percent",
                 dimension="percentage")
    groups = group([first, back, other])
    (pair,) = [g for g in groups if back in g.claims]
    assert other in pair.claims and pair.conflict


@pytest.mark.parametrize("a, b, two", [
    ("police", "organisers", True),  # a disagreement the article reports
    ("the company", "lumo", False),  # the article's company, described and named
    ("the dutch carmaker", "vesk motors", False),
    ("the company", "union officials", True),  # people, not the company's name
    ("lumo", "the company lumo", False),  # one holds the other
    ("", "police", False),
    # an article or a possessive more is no other speaker: the office named once in full
    ("the weather office", "vesk's national weather office", False),
])
def test_an_organisation_described_and_named_is_one_speaker(a, b, two):
    """Two figures of one article from one speaker are two quantities when they disagree
    (reconcile._split_by_document); from two speakers they are a disagreement it reports. "The
    company" (lexicon comparison.json organisation_nouns) and the company's name are one speaker."""
    from figrecon.reconcile import _two_speakers

    assert _two_speakers(a, b) is two and _two_speakers(b, a) is two


def test_voters_are_persons_so_people_who_voted_and_voters_who_voted_are_one_count():
    """"About 2.1 million people voted" and "2,104,300 voters cast a ballot" count one thing
    (persons.json persons); a count of voters of another relation stays apart."""
    from figrecon.reconcile import features

    people = said("a", 2.1e6, "About 2.1 million people voted on Sunday.", "About 2.1 million people", "people",
                  verb="vote")
    voters = said("b", 2104300, "In all 2,104,300 voters voted, the commission said.", "2,104,300 voters", "voter",
                  verb="vote")
    hurt = said("c", 12, "Twelve voters were injured in a crush at one polling station.", "Twelve voters", "voter",
                verb="injure")
    assert features(people).kind == features(voters).kind == features(hurt).kind == "count:person"
    groups = group([people, voters, hurt])
    assert [len(g.claims) for g in groups if hurt in g.claims] == [1]
    assert any(people in g.claims and voters in g.claims for g in groups)


def test_a_figure_placed_where_another_story_happened_is_of_that_event():
    """A wire's report of one shooting that ends with the other ("One person was killed in Dell
    Park in a separate shooting") gives the other story's figure: it is scoped to that
    place, so it neither joins nor conflicts with this story's toll (reconcile._elsewhere)."""
    from figrecon.reconcile import _elsewhere, _read, _story_records
    from figrecon.spill import Spill

    here = said("a", 2, "Two people were killed outside the bar in Marlow.", "Two people", "people")
    there = said("a", 1, "One person was killed in Dell Park in a separate shooting.", "One person", "people")
    there = replace(there, start=there.start + 60, end=there.end + 60, sentence_start=60)
    store = Spill()
    records = _story_records(store, [at for _, at in _read([here, there], 0.05, store, None)])
    out = _elsewhere(records, frozenset({"marlow", "bar"}), [frozenset({"dell", "park", "party"})], {})
    assert [r.feats.scope for r in out] == ["this", "other:dell park"]
    assert _elsewhere(records, frozenset({"marlow"}), [], {}) == records  # no other story: nothing moves


def test_a_running_tally_is_no_events_toll():
    """"Four people have now died in fires in the city this year" counts a span's deaths (lexicon
    comparison.json tally_spans), never compared with one fire's toll."""
    from figrecon.reconcile import scope_of

    tally = said("a", 4, "Four people have now died in fires in Orne this year.", "Four people", "people", verb="die")
    toll = said("b", 2, "Two people died in the fire on Elm Street.", "Two people", "people", verb="die")
    assert scope_of(tally) == "tally" and scope_of(toll) == "this"
    assert not any(g.conflict for g in group([tally, toll]))


@pytest.mark.parametrize("sentence, surface, partial", [
    ("The wounded, a 22-year-old woman and two men, were in stable condition.", "two men", True),
    ("The victims, two women and a boy, were named on Monday.", "two women", True),
    ("The company, which employs 2,000 people, said sales fell.", "2,000 people", False),  # no persons set out
])
def test_members_set_out_after_a_sentence_opening_plural_are_parts_of_it(sentence, surface, partial):
    """"The wounded, a woman and two men, ..." lists who the wounded are: "two men" is a part of
    them, never their toll (reconcile._LISTING_OPENING)."""
    from figrecon.reconcile import features

    assert features(said("a", 2, sentence, surface, "people")).partial is partial



@given(st.lists(st.sampled_from(["last", "year", "a", "ago", "earlier", "this", "so", "far", "toll", "the",
                                 "previous", "day", "years", "in", "of", "all"]), max_size=12))
def test_a_phrase_list_finds_what_its_regex_finds(words):
    """reconcile._Phrases skips the regex when no phrase's longest word is in the text: it must
    find exactly what the plain regex over the same phrases finds."""
    import re

    from figrecon.reconcile import _CMP, _Phrases

    text = " ".join(words)
    for name in ("scope_other", "tally_spans", "superseded_words"):
        plain = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _CMP[name]) + r")\b")
        found, expected = _Phrases(_CMP[name]).search(text), plain.search(text)
        assert (found and found.group(0)) == (expected and expected.group(0))


def test_a_measure_near_a_verb_of_persons_is_not_counted_among_them():
    """Persons are killed, hurt or arrested; kilograms and kilometres are not. "Guards detained
    nine men after seizing 310 kilograms of hashish" weighs the hashish, as "Customs seized 0.31
    tonnes of hashish" does, so the two are one quantity; the nine men keep their relation."""
    from figrecon.reconcile import features

    heavy = said("a", 310, "Guards detained nine men after seizing 310 kilograms of hashish.", "310 kilograms",
                 "kilogram", dimension="mass")
    light = said("b", 310, "Customs seized 0.31 tonnes of hashish at the border.", "0.31 tonnes", "kilogram",
                 dimension="mass")
    men = said("a", 9, "Guards detained nine men after seizing 310 kilograms of hashish.", "nine men", "man")
    assert features(heavy).relation is None and features(men).relation == "arrested"
    assert any({c.doc for c in g.claims} == {"a", "b"} for g in group([heavy, light, men]))
    share = said("c", 40, "Of those detained, 40 percent were minors.", "40 percent", "%", dimension="percentage")
    assert features(share).relation == "arrested"  # a share of the persons detained keeps it


def test_a_day_before_an_events_noun_dates_the_verb_not_the_figure_inside_it():
    """"fined the firm on Monday over the sale of 4,000 heaters": Monday is when it was fined;
    the 4,000 were sold whenever the sale was. A day in the figure's own phrase still dates it."""
    from figrecon.reconcile import when_of

    inside = said("a", 4000, "A court fined the firm on Monday over the sale of 4,000 faulty heaters.", "4,000")
    direct = said("b", 4000, "The firm sold 4,000 faulty heaters on Monday, the court heard.", "4,000")
    after = said("c", 4000, "Inspectors on Monday seized 4,000 faulty heaters.", "4,000")
    assert when_of(inside) == "" and when_of(direct) == "monday" and when_of(after) == "monday"


def test_a_share_of_a_whole_is_one_quantity_whatever_word_names_the_whole():
    """"6 percent of its staff" and "about 6% of its workforce" are one share of the employees
    (noun class employee); "6 percent of its customers" is a share of another whole."""
    from figrecon.reconcile import features

    staff = said("a", 6, "The brewer will shed 400 posts, or 6 percent of its staff.", "6 percent", "%", dimension="percentage")
    workforce = said("b", 6, "Kolm Brewing is to cut 400 jobs, about 6% of its workforce.", "about 6%", "%",
                     dimension="percentage")
    customers = said("c", 6, "The brewer lost 6 percent of its customers last year.", "6 percent", "%", dimension="percentage")
    staff, workforce, customers = (replace(c, topic=t) for c, t in zip((staff, workforce, customers),
                                                                         ("staff", "workforce", "customers")))
    assert features(staff).whole == features(workforce).whole != features(customers).whole
    assert any({c.doc for c in g.claims} == {"a", "b"} for g in group([staff, workforce, customers]))


@given(st.lists(st.integers(min_value=0, max_value=(1 << 40) - 1), min_size=5, max_size=5),
       st.integers(min_value=-(1 << 63), max_value=(1 << 63) - 1), st.integers(min_value=-(1 << 63), max_value=(1 << 63) - 1))
def test_a_records_packed_positions_read_back_as_given(positions, statement, other):
    """A record keeps its positions, its claim's index and its statement's hash as one integer
    (reconcile._at); each reads back as given, and two statements are equal exactly when their
    hashes are."""
    from figrecon.reconcile import _at, _Features, _Record

    start, end, sentence_start, sentence_end, index = positions
    feats = _Features("count:person", None, frozenset(), None, frozenset(), frozenset())
    r = _Record("d", _at(start, end, sentence_start, sentence_end, index, statement), "4", "S", "", (4.0, 4.0), 4.0, "", feats)
    assert (r.start, r.end, r.sentence_start, r.sentence_end, r.index) == (start, end, sentence_start, sentence_end, index)
    s = _Record("d", _at(0, 0, 0, 0, 0, other), "4", "S", "", (4.0, 4.0), 4.0, "", feats)
    assert (r.statement == s.statement) == (statement == other)


def _upper(claim, unit, factor=1.0):
    """``claim`` as a maximum ("up to ..."): at most its value, in ``unit`` scaled by ``factor``."""
    v = claim.value * factor
    return replace(claim, low=None, change="<", normalized=Normalized(v, None, v, unit))


def test_two_outlets_stated_maxima_conflict_when_they_differ():
    """"Waves of up to six metres" and "waves of up to nine metres": as intervals they overlap, but
    each says what the highest wave was. A figure under the maximum is no conflict with it, nor is
    one maximum in two units."""
    six = _upper(said("a", 6, "Forecasters warned of waves of up to six metres.", "six metres", "metre"), "metre")
    nine = _upper(said("b", 9, "Waves of up to nine metres battered the coast.", "nine metres", "metre"), "metre")
    (g,) = group([six, nine])
    assert g.conflict
    under = said("c", 5, "Waves of five metres battered the coast.", "five metres", "metre")
    assert not any(g.conflict for g in group([six, under]))
    mm = _upper(said("d", 460, "Up to 460 millimetres of rain fell.", "460 millimetres", "millimetre"), "metre", 0.001)
    inches = _upper(said("e", 18, "Up to 18 inches of rain fell.", "18 inches", "inch"), "metre", 0.0254)
    assert not any(g.conflict for g in group([mm, inches]))
