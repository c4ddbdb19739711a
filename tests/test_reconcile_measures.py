"""What a claim measures, on hand-written sentences in domains the first corpora did not touch
(an election, a game, a product launch): relations read from a share's whole, relations a figure
of another dimension cannot have, a count out of a fixed whole, comparisons and their bases,
coordinated clauses, a part level of the whole, and noun classes of things and persons.

Every lexicon entry these mechanisms read (relations.json whole_heads, dimensions, noun_classes,
attendance, "starts"; relations.json noun_classes and compound_nouns; persons.json fans and spectators; comparison.json out_of_whole_relations,
part_levels, comparison_bases, base_openers, clause_joints, "last season", "a year ago") has an
example here.
"""
import re

import pytest

from figrecon.normalize import normalize
from figrecon.reconcile import features, group, relation_of


@pytest.fixture(scope="module")
def feats(claim_for):
    def get(text, part):
        return features(normalize(claim_for(text, part)))
    return get


@pytest.fixture(scope="module")
def claim(claim_for):
    def get(text, part, doc):
        from dataclasses import replace
        return replace(normalize(claim_for(text, part)), doc=doc, source=doc.upper(), date="2031-05-04")
    return get


# ------------------------------------------------------------------ relations

def test_a_share_of_voters_is_a_turnout_and_a_share_of_ballots_is_votes(claim_for):
    assert relation_of(claim_for("Only 58 percent of registered voters cast a ballot in the runoff.", "58")) == "turnout"
    assert relation_of(claim_for("Barely 47 percent of the electorate took part.", "47")) == "turnout"
    assert relation_of(claim_for("The party won 40 percent of the ballots.", "40")) == "votes"


def test_a_neighbouring_seat_count_gives_no_relation_to_a_percentage(feats):
    s = "The Liberals ended with 54 seats, seven fewer than in 2019, on 27 percent."
    assert feats(s, "54").relation == "seats"
    assert feats(s, "27").relation != "seats"
    assert feats("The Hawks held the Owls to 86 yards on the ground.", "86").relation == "yards"


def test_a_percentage_is_no_price_but_may_be_a_share_of_seats(claim_for):
    # relations.json dimensions: a price is money, seats are counted; a figure's own whole still names its relation
    assert relation_of(claim_for("After the deal, the merged firm will hold a 12 percent share.", "12")) is None
    assert relation_of(claim_for("The deal values the firm at $4 billion.", "$4")) == "price"
    assert relation_of(claim_for("The Liberals won 47 percent of the seats.", "47")) == "seats"


def test_takings_are_revenue(feats):
    """relations.json revenue: what a film grossed is its revenue, never its cost."""
    assert feats("The film has grossed $42 million worldwide.", "$42").relation == "revenue"
    assert feats("Its takings reached $42 million.", "$42").relation == "revenue"


def test_starting_prices_and_crowds_name_their_relation(feats):
    assert feats("The basic tablet starts at $499.", "$499").relation == "price"
    assert feats("A crowd of 41,200 watched the final.", "41,200").relation == "attendance"
    assert feats("Attendance was 41,200 at the final.", "41,200").relation == "attendance"
    # spectators are an attendance too: "41,200 spectators" is the crowd "of 41,200"
    assert feats("The final was watched by 41,200 spectators.", "41,200").relation == "attendance"


def test_a_count_of_persons_has_no_relation_of_things(feats):
    """relations.json not_of_persons: "passing" is a word of yards, but the ships passing by
    give no relation to the people they pulled out; yards of a play still have it."""
    assert feats("Passing freighters pulled 38 people out of the surf.", "38").relation is None
    assert feats("Osei finished with 212 passing yards.", "212").relation == "yards"


@pytest.mark.parametrize("text, part", [
    ("Lifeboats rescued 38 people overnight.", "38"),
    ("By noon 38 people had been saved.", "38"),
    ("Fishermen found 38 people alive on the reef.", "38"),
    ("Officials said 38 people had been brought ashore.", "38"),
    ("At least 38 survivors reached the port.", "38"),
])
def test_people_rescued_are_survivors(feats, text, part):
    """relations.json survived: "rescued" and "saved", and phrases_after "alive", "brought
    ashore": one relation, so the wordings of one count of survivors meet."""
    assert feats(text, part).relation == "survived"


@pytest.mark.parametrize("text, part, measures", [
    ("Orvena ran a budget deficit of 6.1% of GDP.", "6.1", "deficit"),
    ("Its public debt stands at 118% of output.", "118", "debt"),
    ("The state inherited a deficit equal to 6.1 per cent of output.", "6.1", "deficit"),
    ("It was 6.1 percent of GDP.", "6.1", ""),  # a pronoun names nothing
    # the noun set off by a comma, or by a relative pronoun
    ("Public debt, at 118% of GDP, is the highest in the region.", "118", "debt"),
    ("The deficit, which reached 6.1 percent of GDP last year, must fall.", "6.1", "deficit"),
])
def test_a_share_of_a_named_whole_measures_the_noun_before_it(feats, text, part, measures):
    """comparison.json share_links: the noun a share of output is for."""
    assert feats(text, part).measures == measures


def test_a_deficit_and_a_debt_of_one_whole_are_two_figures(claim):
    """Both are shares of output; a deficit of 6.1% is no conflict with a debt of 118%, and a
    whole written as "GDP" is one word, not three letters."""
    deficit = claim("Orvena ran a budget deficit of 6.1% of GDP.", "6.1", "a")
    debt = claim("Its public debt stands at 118% of output.", "118", "b")
    assert all(len(g.claims) == 1 for g in group([deficit, debt]))
    assert features(deficit).whole == frozenset({"gdp"})


# ------------------------------------------------------------------ what is counted

def test_the_bodies_of_n_people_are_n_bodies(feats, claim):
    """comparison.json counted_as: "the bodies of 14 people" counts bodies, so it meets another
    outlet's "16 bodies" (a conflict), not a count of people."""
    assert feats("Divers recovered the bodies of 14 people on Friday.", "14").kind == "count:body"
    a = claim("Divers recovered the bodies of 14 people on Friday.", "14", "a")
    b = claim("Divers recovered 16 bodies from the lake on Friday.", "16", "b")
    (g,) = group([a, b])
    assert g.conflict


def test_a_screen_and_a_display_are_one_thing(feats):
    """relations.json noun_classes screen: "a 6.5-inch display" and "a 6.5-inch screen" name one
    thing, so they share a word of what they measure."""
    display = feats("The Corvo has a 6.5-inch display.", "6.5")
    screen = feats("The phone's 6.5-inch screen is brighter than before.", "6.5")
    assert display.words & screen.words


def test_a_path_a_track_and_a_route_are_one_thing(feats):
    """relations.json noun_classes path: a storm's "track", its "path" and a walk's "route" name
    what one length measures; a railway "line" is not among them (a line and its track differ)."""
    track = feats("Surveyors put the storm's track at 31 km.", "31 km")
    path = feats("The storm cut a path 31 km long through the valley.", "31 km")
    route = feats("The march followed a route of 31 km.", "31 km")
    line = feats("The tram line will be 31 km long.", "31 km")
    assert track.words & path.words & route.words
    assert not line.words & track.words


def test_jobs_positions_and_roles_are_one_kind_of_thing(feats):
    """relations.json noun_classes job: "1,400 jobs", "1,400 positions" and "1,400 roles" cut
    are one count."""
    kinds = {feats(text, "1,400").kind for text in ("The bank will cut 1,400 jobs.",
                                                    "The bank will eliminate 1,400 positions.",
                                                    "The bank is cutting 1,400 roles.")}
    assert kinds == {"count:job"}


@pytest.mark.parametrize("texts, part, kind", [
    (("The film won seven awards.", "The film took seven prizes.", "The film won seven trophies."), "seven",
     "count:award"),
    (("It had 12 nominations.", "It had 12 nods."), "12", "count:nomination"),
])
def test_awards_prizes_and_nods_are_kinds_of_their_own(feats, texts, part, kind):
    """relations.json noun_classes award and nomination: one count in the wordings of
    entertainment news."""
    assert {feats(t, part).kind for t in texts} == {kind}


@pytest.mark.parametrize("texts, part, kind", [
    (("The tower has 24 floors.", "The tower has 24 storeys."), "24", "count:floor"),
    (("The firm has 11 medicines in trials.", "The firm has 11 drugs in trials."), "11", "count:medicine"),
    (("He threw three touchdowns.", "He threw three TDs."), "three", "count:touchdown"),
    (("About 50 flats were destroyed.", "About 50 homes were destroyed.", "About 50 apartments were destroyed."),
     "50", "count:household"),
    (("The merger will bring 900 job cuts.", "The merger will cut 900 jobs."), "900", "count:job"),
])
def test_one_thing_counted_in_its_several_words(feats, texts, part, kind):
    """relations.json noun_classes floor, medicine, touchdown, household ("flat", "apartment")
    and compound_nouns "job cut": one count in each wording."""
    assert {feats(t, part).kind for t in texts} == {kind}


def test_a_closing_price_and_a_close_share_a_word(feats):
    """relations.json noun_classes close: "its closing price of $29.10" and "Friday's close of
    $29.10" name one thing."""
    a = feats("Its closing price of $29.10 was a record.", "$29.10")
    b = feats("The offer is above Friday's close of $29.10.", "$29.10")
    assert a.words & b.words


def test_homes_and_houses_are_one_kind_of_thing(claim):
    """relations.json noun_classes household: "homes" and "houses" destroyed are one count."""
    a = claim("The flood destroyed 1,240 homes.", "1,240", "a")
    b = claim("More than 1,200 houses were destroyed, officials said.", "1,200", "b")
    (g,) = group([a, b])
    assert not g.conflict


def test_a_crowd_fans_and_spectators_count_persons(feats, claim):
    assert feats("A crowd of 41,200 watched the final.", "41,200").kind == "count:person"
    assert feats("Some 41,000 spectators saw the final.", "41,000").kind == "count:person"
    assert feats("About 41,000 fans packed the ground.", "41,000").kind == "count:person"
    a = claim("A crowd of 41,200 watched the final.", "41,200", "a")
    b = claim("Some 41,000 spectators saw the final.", "41,000", "b")
    (g,) = group([a, b])
    assert not g.conflict


def test_phones_handsets_and_smartphones_are_one_kind(feats):
    kinds = {feats(f"The firm shipped 3 million {noun}.", "3").kind for noun in ("phones", "handsets", "smartphones")}
    assert kinds == {"count:phone"}
    assert feats("The firm shipped 3 million tablets.", "3").kind != "count:phone"


@pytest.mark.parametrize("sentences", [
    ("The chain now runs 418 stores nationwide.", "The chain now runs 418 shops nationwide.", "The chain now runs 418 branches nationwide."),
    ("The jail held 870 inmates that night.", "The jail held 870 prisoners that night."),
    ("Some 63,000 travellers were delayed on Friday.", "Some 63,000 passengers were delayed on Friday."),
    ("The leak exposed 2.3 million accounts.", "The leak exposed 2.3 million customers.", "The leak exposed 2.3 million subscribers."),
    ("The ship carries 9,100 containers.", "The ship carries 9,100 boxes."),
    ("The line handles 640,000 journeys a day.", "The line handles 640,000 trips a day."),
    ("The prize is paid in 25 yearly instalments.", "The prize is paid in 25 yearly payments."),
])
def test_two_nouns_news_uses_for_one_counted_thing_are_one_kind(feats, sentences):
    """relations.json noun_classes: shops, stores and branches of a chain are one count, as are
    inmates and prisoners, travellers and passengers, ..."""
    kinds = {feats(s, re.search(r"[\d.,]+(?: million)?", s).group().split()[0]).kind for s in sentences}
    assert len(kinds) == 1 and kinds != {"count:"}


def test_a_count_of_a_thing_the_classes_do_not_name_keeps_its_noun(feats):
    assert feats("The chain now runs 418 stores nationwide.", "418").kind != \
        feats("The chain now runs 418 warehouses nationwide.", "418").kind


def test_a_count_out_of_a_fixed_whole_is_a_total_but_three_of_five_victims_a_part(feats, claim):
    assert not feats("The Liberals won 54 of the 150 seats.", "54").partial
    assert feats("Three of the five victims were children.", "Three").partial
    a = claim("The Liberals won 54 of the 150 seats.", "54", "a")
    b = claim("The Liberals took 54 seats in the new assembly.", "54", "b")
    (g,) = group([a, b])
    assert len(g.claims) == 2


# ------------------------------------------------------------------ comparisons and their bases

def test_a_difference_from_last_year_is_no_part_and_is_this_years(feats):
    f = feats("The new tablet costs $50 more than last year's model.", "$50")
    assert not f.partial and f.scope == "this"
    assert feats("The rebels sent 500 more fighters on Friday.", "500").partial  # a part still


def test_the_base_a_figure_is_compared_with_is_of_another_time(feats):
    s = "The Liberals took 54 seats, down from 61 in 2019."
    assert feats(s, "54").scope == "this"
    assert feats(s, "61").scope.startswith("other")
    assert feats("Sales rose to 8 million units, compared with 6 million units a quarter earlier.", "6").scope != "this"
    # a toll's base is the count the new one replaced: kept with other superseded counts, never
    # set against the current toll ("up from", or "from" after a movement)
    assert feats("The death toll rose to 90, up from 75 on Monday.", "75").scope == "earlier"
    assert feats("The death toll climbed to 90 on Tuesday from 75.", "75").scope == "earlier"
    assert feats("The death toll rose to 90, up from 75 on Monday.", "90").scope == "this"


def test_a_date_in_a_comparison_dates_its_base_not_the_figure_after_it(feats):
    assert feats("The Liberals ended with 54 seats, seven fewer than last year, on 27 percent.", "27").scope == "this"
    # "more than 26,000" is a bound of the next figure, not a comparison: the year after it dates the clause
    assert feats("A 6.7-magnitude quake killed more than 26,000 people in Varn last year.", "6.7").scope == "other"


def test_a_date_before_a_coordinated_clause_belongs_to_the_figure_before_it(feats):
    s = "The firm sold 12 million tablets last year, and analysts expect it to sell 15 million tablets this year."
    assert feats(s, "12").scope == "other"
    assert feats(s, "15").scope == "expected"  # what analysts expect; "last year" is the 12 million's
    s = "Fares rose 5 percent last year, but the agency will raise them by 9 percent now."
    assert feats(s, "5").scope.startswith("other") and feats(s, "9").scope == "this"
    s = "The club drew 30,000 fans last season, while its rival drew 25,000 fans this season."
    assert feats(s, "30,000").scope.startswith("other") and feats(s, "25,000").scope == "this"


@pytest.mark.parametrize("sentence", ["He ran for 900 yards last season.", "A year ago, he ran for 900 yards.",
                                      "Prices were unchanged from a year ago at $900."])
def test_last_season_and_a_year_ago(feats, sentence):
    scope = feats(sentence, "900").scope
    assert scope.startswith("other") == ("unchanged" not in sentence)


# ------------------------------------------------------------------ a part of the whole

@pytest.mark.parametrize("level", ["Regional", "Local", "Provincial", "District", "Municipal"])
def test_a_part_levels_share_is_never_grouped_with_the_wholes(feats, claim, level):
    assert f"({level.lower()})" in feats(f"{level} turnout was 52 percent.", "52").places
    part = claim(f"{level} turnout was 52 percent.", "52", "a")
    whole = claim("Turnout was 53 percent.", "53", "b")
    assert len(group([part, whole])) == 2
    national = claim("National turnout was 53 percent.", "53", "c")
    assert len(group([whole, national])) == 1  # "national" is the whole itself


@pytest.mark.parametrize("cls,sentences", [
    ("candidate", ["A record 880 candidates stood for the council.", "Some 880 hopefuls stood for the council.",
                   "There were 880 contenders on the ballot.", "The party fielded 880 nominees."]),
    ("aircraft", ["The airline grounded 40 planes.", "The airline grounded 40 jets.", "The airline grounded 40 aircraft."]),
    ("vehicle", ["Floods swept away 120 cars.", "Floods swept away 120 vehicles."]),
    ("ship", ["The navy sent 12 ships.", "The navy sent 12 vessels."]),
    ("firm", ["The deal covers 300 firms.", "The deal covers 300 companies."]),
    ("employee", ["The plant employs 2,400 workers.", "The plant employs 2,400 employees.", "The plant has 2,400 staffers."]),
])
def test_nouns_of_one_class_count_one_kind(feats, cls, sentences):
    for s in sentences:
        number = next(w for w in s.split() if w[0].isdigit())
        assert feats(s, number).kind == "count:" + cls, s


@pytest.mark.parametrize("sentence,part,generic", [
    ("It was his fourth game of 150 yards or more this season.", "150", True),
    ("Quakes of magnitude 6 or higher strike the region every decade.", "6", True),
    ("A crowd of 50,000 or more is expected on Sunday.", "50,000", False),
    ("He ran for 150 yards on Sunday.", "150", False),
    # comparison.json counted_periods: the bound a count of days sorts its days by, "on" or an
    # opening count of them as well as "for"
    ("The pass stayed below 5C on nine of those nights.", "5C", True),
    ("The gauge stayed above 3 metres for eleven straight days.", "3 metres", True),
    ("On four of those days the river crossed 6 metres at the bridge.", "6 metres", True),
    # a reading on a day, and a reading beside a span that frames it, are readings
    ("The river crossed 6 metres at the bridge on Friday.", "6 metres", False),
    ("The river rose above 6 metres on Friday, its highest for 20 years.", "6 metres", False),
])
def test_a_threshold_naming_a_class_of_things_is_generic(feats, sentence, part, generic):
    assert (feats(sentence, part).scope == "generic") is generic


def test_a_shares_named_owner_is_its_place(feats, claim):
    assert "vesk" in feats("About 70 percent of Vesk's freight traffic to Norland was lost on Monday.", "70").places
    owned = claim("About 70 percent of Vesk's freight traffic to Norland was lost on Monday.", "70", "a")
    located = claim("Some 70 percent of freight traffic in Vesk was lost on Monday.", "70", "b")
    other = claim("Some 40 percent of freight traffic in Dovra was lost on Monday.", "40", "c")
    groups = group([owned, located, other])
    assert sorted(len(g.claims) for g in groups) == [1, 2]
    assert not any(g.conflict for g in groups)


def test_a_bare_count_takes_the_counted_noun_an_earlier_count_of_its_sentence_leaves_it(feats, claim):
    s = "The Liberals won 54 seats in the assembly, while the Greens slumped to just 12."
    f = feats(s, "12")
    assert f.kind == "count:seat" and f.relation == "seats"
    full = claim("The Greens were left with 12 seats in the new assembly.", "12", "b")
    (g,) = group([claim(s, "12", "a"), full])
    assert len(g.claims) == 2
    # yards are lengths too: a bare count is no length, so it takes nothing from "112 yards"
    assert feats("He ran for 112 yards, and his rival for just 64.", "64").kind == "count:"
    # a relation word nearer the bare count wins ("27 percent of the vote, while ... just 12": votes)
    assert feats("The Liberals won 54 seats and 27 percent of the vote, while the Greens got 12.", "12").kind == "count:"
    # a count's own noun stays its own
    assert feats("The Liberals won 54 seats, while the Greens elected 12 mayors.", "12").kind == "count:mayor"


@pytest.mark.parametrize("sentence,part,kind", [
    ("Voters will fill a 150-seat assembly.", "150", "count:seat"),
    ("The city opened a 500-bed hospital.", "500", "count:bed"),
    ("A 6.4-magnitude quake shook the coast.", "6.4", "count:magnitude"),
    ("The assembly has 150 seats.", "150", "count:seat"),
])
def test_a_count_joined_by_a_hyphen_counts_its_own_noun(feats, sentence, part, kind):
    assert feats(sentence, part).kind == kind


def test_a_share_compared_with_another_is_of_the_same_whole(claim_for, feats):
    from figrecon.reconcile import whole_of
    s = "Only 58 percent of registered voters cast a ballot, compared with 66 percent in the first round."
    assert whole_of(claim_for(s, "66"))[0].startswith("registered voters")
    assert feats(s, "66").relation == "turnout"  # a turnout moves over time: its base is listed, not set apart
    assert feats("The firm holds 12 percent of the tablet market, compared with 9 percent last year.", "9").relation == "market"
    assert whole_of(claim_for("Turnout was 58 percent, compared with 66 percent in the first round.", "66")) == ("", False)
