"""An unsaid temperature scale read from the article (figrecon.scales): examples written for
these tests, and a property over generated restatements."""
from hypothesis import given, settings, strategies as st

from figrecon.extract import _restates, extract_text
from figrecon.model import Claim
from figrecon.normalize import normalize
from figrecon.scales import ARTICLE_SCALE, REPEATED_SCALE, RESTATED_SCALE, STORY_SCALE, settle, settle_from


def _degrees(text, nlp):
    return [c for c in extract_text(text, nlp) if "degree" in c.surface]


def test_degrees_take_the_scale_the_article_states(nlp):
    (later,) = _degrees("Forecasters said the temperature in Lorvan reached 37°C on Sunday. "
                        "By Tuesday afternoon the thermometer showed 39 degrees in the old town.", nlp)
    assert (later.unit, later.dimension) == ("celsius", "temperature")
    assert ARTICLE_SCALE in later.rules
    assert normalize(later).normalized.value == 39


def test_a_bracketed_restatement_decides_the_scale(nlp):
    fahrenheit, celsius = _degrees("Overnight the air in Pellow never cooled below 86 degrees (30C), "
                                   "and by noon it was 33 degrees (91F).", nlp)
    assert fahrenheit.unit == "fahrenheit" and RESTATED_SCALE in fahrenheit.rules
    assert abs(normalize(fahrenheit).normalized.value - 30) < 0.5  # 86 °F is 30 °C
    assert celsius.unit == "celsius" and RESTATED_SCALE in celsius.rules


def test_degrees_stay_unresolved_when_the_article_does_not_say(nlp):
    # no temperature word: the sentence's "degrees" need not be a temperature
    (swing,) = _degrees("It was 35°C in the shade. The dish swung through 30 degrees overnight.", nlp)
    assert swing.dimension != "temperature"
    # the article states both scales: either may be meant
    (both,) = _degrees("It was 100F in Arlen and 36C in Morvel. The thermometer read 35 degrees at noon.", nlp)
    assert both.dimension == "unresolved"
    # the article states none
    (none,) = _degrees("The thermometer read 35 degrees at noon.", nlp)
    assert none.dimension == "unresolved"


def test_a_restatement_of_another_figure_does_not_count_as_the_article_scale(nlp):
    # the Celsius figure in brackets only restates the Fahrenheit one: the article speaks Fahrenheit
    (later,) = _degrees("The high was 95F (35C) on Friday. On Saturday the heat eased to 88 degrees.", nlp)
    assert later.unit == "fahrenheit" and ARTICLE_SCALE in later.rules


def test_degrees_that_repeat_a_stated_temperature_take_its_scale(nlp):
    """A Fahrenheit article's bracketed "(31C)" and a later "31-degree heat" are one temperature in
    Celsius, not 31 °F (below freezing); a figure that repeats none keeps the article's scale."""
    repeat, other = _degrees("The high in Ostrel was 88F (31C) on Sunday. Runners struggled in the 31-degree "
                             "heat, and on Monday the heat eased to 84 degrees.", nlp)
    assert repeat.unit == "celsius" and REPEATED_SCALE in repeat.rules
    assert other.unit == "fahrenheit" and ARTICLE_SCALE in other.rules
    # a value stated in both scales says nothing
    (both,) = _degrees("It was 35F in Arlen and 35C in Morvel. The thermometer read 35 degrees at noon.", nlp)
    assert both.dimension == "unresolved"


def _claim(value, unit, dimension, surface, start, sentence):
    return Claim(doc="a.md", source="T", date="2031-07-01", start=start, end=start + len(surface),
                 surface=surface, sentence=sentence, value=value, low=value, high=value, change="=",
                 unit=unit, dimension=dimension, sentence_start=0)


_CONVERT = {"celsius": lambda c: c * 9 / 5 + 32, "fahrenheit": lambda f: (f - 32) * 5 / 9}
_OTHER = {"celsius": "fahrenheit", "fahrenheit": "celsius"}


@settings(max_examples=300, deadline=None)
@given(st.integers(-40, 130), st.sampled_from(["celsius", "fahrenheit"]))
def test_a_settled_scale_always_agrees_with_its_restatement(degrees, scale):
    """Whatever the figure, the scale chosen converts it to its bracketed restatement (rounded
    to a whole degree, as articles do), and the claim is never given a scale that does not."""
    other = _OTHER[scale]
    shown = round(_CONVERT[scale](degrees))
    first = f"{degrees} degrees"
    second = f"{shown}{'C' if other == 'celsius' else 'F'}"
    sentence = f"It was {first} ({second}) at noon."
    a = _claim(float(degrees), "degree", "unresolved", first, sentence.index(first), sentence)
    b = _claim(float(shown), other, "temperature", second, sentence.index(second), sentence)
    settled, _ = settle([a, b], _restates)
    assert settled.unit in (scale, other)
    if settled.unit == other:  # only when the figure reads the same in both scales
        assert abs(degrees - shown) <= 1
    assert settled.dimension == "temperature" and RESTATED_SCALE in settled.rules


def _unresolved(value, sentence="The thermometer showed {} degrees in the old town."):
    text = sentence.format(value)
    at = text.index(str(value))
    return Claim(doc="b", source="B", date="2031-07-02", start=at, end=at + len(f"{value} degrees"),
                 surface=f"{value} degrees", sentence=text, value=float(value), low=float(value), high=float(value),
                 change="=", unit="degree", dimension="unresolved")


def test_a_story_that_states_a_temperature_in_one_scale_settles_it():
    """scales.settle_from: "41 degrees" in an article that names no scale is Celsius when the
    story's other articles state 41 in Celsius only; in both scales, or a sentence with no
    temperature word, it stays open."""
    settled = settle_from(_unresolved(41), {41.0: {"celsius"}, 106.0: {"fahrenheit"}})
    assert (settled.unit, settled.dimension) == ("celsius", "temperature") and STORY_SCALE in settled.rules
    assert settle_from(_unresolved(41), {41.0: {"celsius", "fahrenheit"}}) is None
    assert settle_from(_unresolved(41), {40.0: {"celsius"}}) is None
    assert settle_from(_unresolved(41, "The road turned {} degrees at the bridge."), {41.0: {"celsius"}}) is None


def test_the_storys_scale_joins_an_unsaid_degrees_to_its_temperature(nlp):
    from figrecon.model import Document
    from figrecon.extract import extract
    from figrecon.reconcile import group

    docs = [Document("a.md", "The temperature in Lorvan reached 41C on Monday, a record.", date="2031-07-01",
                     source="A"),
            Document("b.md", "In Lorvan on Monday the thermometer climbed to 41 degrees, a record.", date="2031-07-02",
                     source="B")]
    claims = [normalize(c) for d in docs for c in extract(d, nlp)]
    together = [g for g in group(claims) if {c.doc for c in g.claims} == {"a.md", "b.md"}]
    assert together and not together[0].conflicts
