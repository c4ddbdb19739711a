"""figrecon.frames: the earlier event the sentence before a figure tells of, and how scope_of
reads a casualty count under such a frame. Examples written for these tests."""
from dataclasses import replace

import pytest

from figrecon import frames
from figrecon.extract import extract
from figrecon.model import Claim, Context, Document, Normalized
from figrecon.reconcile import group, scope_of


@pytest.mark.parametrize("before, frame", [
    ("The worst crash on the line was in 2040, when a goods train hit a bus.", "2040"),
    ("The last blaze at the depot, 31 years ago, destroyed the roof.", "2041"),  # 2072 less 31
    ("Its last flood came in 2061, and the dykes held.", "2061"),
    # no frame: no noun of events, a year that starts a running total or sets a deadline, two
    # years, a year of the article's own time, or a sentence naming the article's own days
    ("The depot opened in 2040 with 300 staff.", ""),
    ("It was the deadliest crash since 2040.", ""),
    ("The crash barrier is due to be replaced by 2080.", ""),
    ("Crashes in 2040 and 2051 each closed the line.", ""),
    ("The crash in 2072 closed the line.", ""),
    ("On Tuesday, investigators compared the crash with one in 2040.", ""),
])
def test_a_sentence_frames_the_next_when_it_tells_one_earlier_years_event(before, frame):
    text = before + " Seven people died."
    assert frames.frame_at(text, text.index("Seven"), "2072-06-05") == frame


def test_a_frame_does_not_cross_a_paragraph_and_needs_a_dated_article():
    text = "The worst crash on the line was in 2040, when a goods train hit a bus.\n\nSeven people died."
    assert frames.frame_at(text, text.index("Seven"), "2072-06-05") == ""
    same = text.replace("\n\n", " ")
    assert frames.frame_at(same, same.index("Seven"), None) == ""
    assert frames.frame_at(same, same.index("Seven"), "2072-06-05") == "2040"


def _count(sentence, surface, frame, relation_word="died"):
    start = sentence.index(surface)
    return Claim(doc="a", source="A", date="2072-06-05", start=start, end=start + len(surface),
                 surface=surface, sentence=sentence, value=7.0, low=7.0, high=7.0, change="=",
                 unit="people", dimension="count", normalized=Normalized(7.0, 7.0, 7.0, "people"),
                 topic=f"people {relation_word}", context=Context(), sentence_start=0, frame=frame)


@pytest.mark.parametrize("sentence, scope", [
    ("Seven people died and 40 were hurt.", "other:2040"),
    # the figure's own clause names the article's time, or a date of its own: the story's own
    # event, or the date's
    ("This time seven people died.", "this"),
    ("Seven people died on Monday.", "this"),
    ("Seven people died in the 2051 crash.", "other:2051"),
])
def test_a_casualty_count_under_a_frame_is_the_framed_events_unless_its_clause_says_otherwise(sentence, scope):
    assert scope_of(_count(sentence, "Seven people" if sentence.startswith("Seven") else "seven people", "2040")) \
        == scope
    assert scope_of(_count(sentence, "Seven people" if sentence.startswith("Seven") else "seven people", "")) \
        in ("this", "other:2051")


def test_an_earlier_events_toll_told_over_two_sentences_stays_apart_from_this_events(nlp):
    """Two outlets on a depot fire: each gives this week's toll and tells the 2040 fire in two
    sentences, the second with its toll and no date. The two 2040 tolls are one quantity, apart
    from this week's, and nothing conflicts."""
    texts = {
        "a": "Fire swept through the Harrowgate bus depot on Tuesday, killing nine people. "
             "The last fatal fire at the depot was in 2040, when a fuel tank exploded. "
             "Four people died and 12 were hurt.",
        "b": "Nine people were killed when fire tore through the Harrowgate depot on Tuesday. "
             "The depot's previous deadly blaze, 32 years ago, started in a workshop. "
             "Four workers died in it.",
    }
    claims = [c for doc, text in texts.items()
              for c in extract(Document(doc=doc, text=text, source=doc.upper(), date="2072-06-05"), nlp)]
    four = [c for c in claims if c.surface.lower().startswith("four")]
    assert {c.frame for c in four} == {"2040"}
    groups = group(claims)
    (old,) = [g for g in groups if any(c in g.claims for c in four)]
    assert {c.surface.lower().split()[0] for c in old.claims} == {"four"} and len(old.claims) == 2
    assert not any(g.conflict for g in groups)


def test_a_name_written_as_a_title_with_a_year_dates_its_figures_in_the_storys_other_articles(nlp):
    """_titled_names, _story_dated: one outlet writes "Cyclone Berran in 2059"; another names
    "Berran" alone and gives its homes destroyed. Those are 2059's, apart from this
    storm's, and no conflict."""
    texts = {
        "a": "Cyclone Talvi destroyed 3,150 homes on Saturday, the worst storm since Cyclone Berran in 2059.",
        "b": "Talvi destroyed 3,150 homes, officials said on Monday. By comparison, Berran destroyed "
             "about 5,600 homes.",
    }
    claims = [c for doc, text in texts.items()
              for c in extract(Document(doc=doc, text=text, source=doc.upper(), date="2072-06-05"), nlp)]
    groups = group(claims)
    (berran,) = [g for g in groups if any("5,600" in c.surface for c in g.claims)]
    assert all("5,600" in c.surface for c in berran.claims)
    (talvi,) = [g for g in groups if any("3,150" in c.surface for c in g.claims)]
    assert {c.doc for c in talvi.claims} == {"a", "b"} and not talvi.conflict


def test_a_verb_that_tells_an_earlier_event_frames_the_next_sentence():
    """comparison.json frame_event_verbs: "last erupted in 2031" frames as "the last eruption was
    in 2031" does; a verb of no event does not ("opened in 2031")."""
    told = "The crater last erupted in 2031. About 900 residents left the valley then."
    assert frames.frame_at(told, told.index("About"), "2077-05-02") == "2031"
    opened = "The bridge opened in 2031. About 900 people crossed it then."
    assert frames.frame_at(opened, opened.index("About"), "2077-05-02") == ""


@pytest.mark.parametrize("before, year", [
    ("The scheme cost the city $4.1 million last year.", "2071"),
    ("Ridership rose in 2068 and again in 2069.", "2069"),  # the last one named
    ("A year ago the fare was cut.", "2071"),
    ("The scheme will be extended in 2075.", ""),  # a later year anchors no "year before"
    ("The scheme carried more riders than ever.", ""),
])
def test_the_year_the_sentence_before_names_anchors_the_year_before(before, year):
    text = before + " The subsidy was 4.9 million crowns the year before."
    assert frames.year_named_at(text, text.index("The subsidy"), "2072-06-05") == year
    apart = before + "\n\nThe subsidy was 4.9 million crowns the year before."  # across a paragraph's break
    assert frames.year_named_at(apart, apart.index("The subsidy"), "2072-06-05") == year
    assert frames.year_named_at(apart, 0, "2072-06-05") == ""  # nothing before the first sentence


@pytest.mark.parametrize("named, scope", [
    ("2071", "other:2070"),  # "last year" in the sentence before: the year before is 2070
    ("2066", "other:2065"),
    ("", "other"),  # no year before it: earlier, but when is not said
])
def test_the_year_before_a_year_the_sentence_before_names_is_the_one_before_that(named, scope):
    sentence = "The subsidy was down from $4.9 million the year before."
    start = sentence.index("$4.9 million")
    c = Claim(doc="a", source="A", date="2072-06-05", start=start, end=start + 12, surface="$4.9 million",
              sentence=sentence, value=4.9e6, low=4.9e6, high=4.9e6, change="=", unit="dollar",
              dimension="currency", normalized=Normalized(4.9e6, 4.9e6, 4.9e6, "USD"), topic="subsidy",
              context=Context(), sentence_start=0, last_named_year=named)
    assert scope_of(c) == scope
    # a figure or a word of now before it in its own sentence is the time "the year before" counts from
    for own in ("Spending reached $6.1 million, up from $4.9 million the year before.",
                "The current deficit compares with $4.9 million the year before."):
        at = own.index("$4.9 million")
        d = replace(c, sentence=own, start=at, end=at + 12)
        assert scope_of(d) == "other"
