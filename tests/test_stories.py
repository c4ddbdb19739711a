"""Splitting documents into stories, and finding copies (examples written for these tests)."""
from hypothesis import given, strategies as st

from figrecon.model import Document
from figrecon.stories import Fingerprint, find_copies, split, story_of

QUAKE = ("A strong earthquake struck Lorvane island on Monday, flattening homes in the fishing "
         "villages of Lorvane. Rescue teams from Dessport searched the rubble of Lorvane for survivors, "
         "and the Lorvane governor said the quake damaged the harbour. Seismologists in Dessport "
         "measured the earthquake and its aftershocks near Lorvane.")
QUAKE2 = ("Survivors of the Lorvane earthquake slept outside as aftershocks shook the island. "
          "The governor of Lorvane said rescue teams from Dessport reached the villages, where the "
          "quake destroyed homes and the harbour. Seismologists said the earthquake was shallow.")
MATCH = ("The Harbor City Comets beat the Valley Rangers in overtime on Sunday. Comets quarterback "
         "Tomas Reyl threw for three touchdowns and the Rangers defense gave up yards on the ground. "
         "The Comets coach praised Reyl after the game; the Rangers play the Comets again in December.")
MATCH2 = ("Tomas Reyl led the Comets past the Rangers, throwing touchdowns as the Harbor City Comets "
          "won in overtime. The Rangers coach said his defense tired; the Comets and the Rangers meet "
          "again in December at the Comets stadium.")


def doc(name, text, date="2031-03-03", source=None):
    return Document(doc=name, text=text, date=date, source=source or name.upper())


def test_two_events_make_two_stories():
    prints = [Fingerprint.of(d) for d in (doc("q1", QUAKE), doc("m1", MATCH), doc("q2", QUAKE2),
                                           doc("m2", MATCH2))]
    stories = split(prints)
    assert sorted(sorted(s.docs) for s in stories) == [["m1", "m2"], ["q1", "q2"]]
    assert all(s.name for s in stories) and all("sharing" in s.explanation for s in stories)


def test_stories_do_not_depend_on_input_order():
    docs = [doc("q1", QUAKE), doc("m1", MATCH), doc("q2", QUAKE2), doc("m2", MATCH2)]
    a = split([Fingerprint.of(d) for d in docs])
    b = split([Fingerprint.of(d) for d in reversed(docs)])
    assert a == b


def test_reprints_are_copies_of_the_first_and_share_its_story():
    docs = [doc("q1", QUAKE), doc("q1-copy", QUAKE, source="Syndicate"), doc("q2", QUAKE2)]
    prints = [Fingerprint.of(d) for d in docs]
    assert find_copies(prints) == {"q1-copy": "q1"}
    (story,) = split(prints)
    assert story.docs == ("q1", "q2") and story.copies == (("q1", ("q1-copy",)),)
    assert story_of([story])["q1-copy"] is story


def test_a_rewritten_article_is_not_a_copy():
    prints = [Fingerprint.of(doc("q1", QUAKE)), Fingerprint.of(doc("q2", QUAKE2))]
    assert find_copies(prints) == {}


def test_documents_months_apart_are_different_stories():
    stories = split([Fingerprint.of(doc("q1", QUAKE, "2031-03-03")),
                     Fingerprint.of(doc("q2", QUAKE2, "2031-09-20"))])
    assert len(stories) == 2


def test_compare_counts_reprints_once_and_names_them(tmp_path):
    """The demo corpus copied three times gives the groups of one copy, naming the reprints."""
    import json
    import shutil
    from pathlib import Path

    from typer.testing import CliRunner

    from figrecon.cli import app

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    for k in range(3):
        shutil.copytree(corpus, tmp_path / f"copy{k}")
    once = CliRunner().invoke(app, ["compare", str(corpus), "--format", "json"])
    thrice = CliRunner().invoke(app, ["compare", str(tmp_path), "--format", "json"])
    assert once.exit_code == 0 and thrice.exit_code == 0
    a, b = json.loads(once.stdout)["groups"], json.loads(thrice.stdout)["groups"]
    assert [(g["subject"], len(g["claims"]), len(g["sources"])) for g in a] == \
           [(g["subject"], len(g["claims"]), len(g["sources"])) for g in b]
    assert all(len(g["copies"]) >= 2 * len({c["doc"] for c in g["claims"]}) for g in b)
    assert all(g["story"] for g in b)


from hypothesis import settings  # noqa: E402

_DOCS = [doc("q1", QUAKE), doc("m1", MATCH), doc("q2", QUAKE2), doc("m2", MATCH2), doc("q1c", QUAKE)]
_PRINTS = [Fingerprint.of(d) for d in _DOCS]


@settings(max_examples=30)
@given(st.permutations(range(len(_PRINTS))))
def test_stories_and_copies_do_not_depend_on_input_order(order):
    assert split([_PRINTS[k] for k in order]) == split(_PRINTS)


FIRE = ("Two people were killed and three wounded when a gunman opened fire at a bar in Ostrava "
        "Heights on Friday, police said. The wounded were taken to the hospital, and the gunman fled.")
FIRE2 = ("A shooting at a bar in Ostrava Heights left two people dead and three wounded, police said "
         "on Saturday. The gunman fled before officers arrived at the hospital.")
OTHER = ("Police said a gunman killed two people at a diner in Melkton on Friday and fled. Three "
         "people were wounded and taken to the hospital, where officers questioned them.")


def test_two_incidents_worded_alike_are_two_stories_when_they_name_nothing_in_common():
    """Reports of one event name one place, person or body at least; two shootings told in the
    in like words in two towns are two stories."""
    prints = [Fingerprint.of(d) for d in (doc("a", FIRE), doc("b", FIRE2), doc("c", OTHER))]
    assert sorted(sorted(s.docs) for s in split(prints)) == [["a", "b"], ["c"]]
    assert {"ostrava", "heights"} <= set(Fingerprint.of(doc("a", FIRE)).names)
    assert "friday" not in Fingerprint.of(doc("a", FIRE)).names  # a weekday names no place


@given(st.lists(st.integers(min_value=700_000, max_value=740_000), max_size=30),
       st.integers(min_value=690_000, max_value=750_000))
def test_a_storys_nearest_date_is_the_nearest_of_its_dates(days, day):
    """The story keeps its dates sorted and finds the nearest by bisection; the brute force agrees."""
    from datetime import date

    from figrecon.stories import _Cluster

    cluster = _Cluster()
    for k, d in enumerate(days):
        cluster.add(Fingerprint(f"d{k}", None, date.fromordinal(d).isoformat(), None, (), (), b""), {})
    expected = min((abs(day - d) for d in days), default=None)
    assert cluster.distance(day) == expected


@given(st.text(max_size=400))
def test_a_text_has_one_signature_and_a_copy_is_wholly_similar_to_it(text):
    from figrecon.stories import BANDS, ROWS, _signature, similarity

    a = Fingerprint("a", None, None, None, (), (), _signature(text))
    b = Fingerprint("b", None, None, None, (), (), _signature(text))
    assert a.signature == b.signature and len(a.signature) == 8 * BANDS * ROWS
    assert similarity(a, b) == 1.0


STORM = ("Hurricane Irda made landfall near Calvo Point on Sunday with winds of 140 mph, and more "
         "than 400,000 homes lost power across the coast.")
STORM2 = ("Irda weakened to a tropical storm on Monday as it moved inland. About 420,000 homes lost "
          "power at the peak, and rain flooded roads near the coast and in Verlo.")


def test_a_name_that_opens_sentences_is_a_name_when_another_report_names_it():
    """The second report names the storm only at the start of a sentence: it is no capitalised
    word inside a sentence, but it is never written in lower case, and the first report names it
    inside one."""
    a, b = (Fingerprint.of(doc(n, t)) for n, t in (("a", STORM), ("b", STORM2)))
    assert "irda" in b.leads and "irda" not in b.names and "about" not in b.leads  # a stop word is no name
    assert b.names == ("verlo",)  # which the first report does not name
    assert "irda" in a.names
    assert sorted(sorted(s.docs) for s in split([a, b])) == [["a", "b"]]


def test_a_dateline_in_capitals_is_no_lead():
    fp = Fingerprint.of(doc("a", "CALVO POINT - Irda came ashore on Sunday, the weather service said."))
    assert "calvo" not in fp.leads and "irda" in fp.leads


BAR = ("Five people were shot, one fatally, outside the Red Anchor bar on Quay Street late Friday, police "
       "said. The four wounded were taken to hospital. Police said the gunman fled on foot after firing at "
       "least ten shots into the crowd outside the bar.")
BAR2 = ("One man died and four other people were wounded when a gunman opened fire outside a bar in Dunmore "
        "late Friday, police said. Witnesses said the gunman fired about ten shots before he fled on foot.")
BLAZE = ("Two residents died and five people were injured when fire swept through an apartment block in "
         "Dunmore on Friday, officials said. Firefighters fought the flames for three hours, and smoke "
         "forced neighbours from nearby flats.")


def test_an_outlet_named_for_its_town_names_that_town():
    """The first report names no town, but its outlet is the town's paper; the second names the town."""
    a = Fingerprint.of(doc("a", BAR, source="Dunmore Tribune"))
    b = Fingerprint.of(doc("b", BAR2, source="KXRT News"))
    assert "dunmore" in a.leads and "tribune" not in a.leads and "news" not in b.leads
    assert sorted(sorted(s.docs) for s in split([a, b])) == [["a", "b"]]
    unnamed = Fingerprint.of(doc("a", BAR, source="KXRT News"))  # no town of its own: nothing in common
    assert sorted(sorted(s.docs) for s in split([unnamed, b])) == [["a"], ["b"]]


def test_two_events_of_one_town_are_two_stories():
    """Sharing only the town's name, a shooting and a fire need more words in common than a
    report of each has with the other."""
    prints = [Fingerprint.of(doc("b", BAR2, source="KXRT News")), Fingerprint.of(doc("f", BLAZE, source="KXRT News"))]
    assert sorted(sorted(s.docs) for s in split(prints)) == [["b"], ["f"]]


RATES = ("DORVIK (Harbor Wire) - Vessland's central bank cut its main interest rate to 2.5 percent on "
         "Tuesday as inflation eased, and said it could cut again if prices keep slowing.")
RATES2 = ("Borrowers will pay less after the central bank lowered its benchmark interest rate to 2.5% on "
          "Tuesday. Inflation has eased for four months, the Savers Union noted.")
EARNINGS = ("ORLIN (Harbor Wire) - Tessaro Labs said on Wednesday that quarterly profit rose to $1.2 billion "
            "as chip sales jumped, and it raised its outlook for the year.")


def test_an_outlets_own_name_in_its_dateline_names_no_event():
    """Two reports by one wire share its name in their datelines: that is no name of either event."""
    a = Fingerprint.of(doc("a", RATES, source="Harbor Wire"))
    assert "wire" not in a.names and "harbor" not in a.names
    prints = [a, Fingerprint.of(doc("e", EARNINGS, source="Harbor Wire")), Fingerprint.of(doc("b", RATES2))]
    assert sorted(sorted(s.docs) for s in split(prints)) == [["a", "b"], ["e"]]


def test_a_body_quoted_once_is_no_name_that_keeps_a_report_apart():
    """The second report names only a body it quotes once ("the Savers Union noted"): that is no
    place, person or body of the event, so it does not keep the report from its story; a town a
    report places its event in ("in Melkton") does."""
    b = Fingerprint.of(doc("b", RATES2))
    assert "savers" in b.names and "savers" not in b.defining
    other = Fingerprint.of(doc("c", OTHER))
    assert "melkton" in other.defining  # named once, but after "in"


def test_a_storys_own_names_are_those_nearly_all_its_reports_use():
    (story,) = split([Fingerprint.of(doc("q1", QUAKE)), Fingerprint.of(doc("q2", QUAKE2))])
    assert {"lorvane", "dessport"} <= set(story.names)
    (alone,) = split([Fingerprint.of(doc("q1", QUAKE))])
    assert alone.names == ()  # one report says nothing of what reports share


@settings(max_examples=30)
@given(st.lists(st.sampled_from(range(len(_PRINTS))), min_size=1, max_size=12))
def test_stories_read_back_from_a_spill_are_the_stories_of_the_list(picks):
    """compare keeps the fingerprints on disk (figrecon.spill) and split reads them back one at a
    time; the stories and copies are those of the same fingerprints in a list. Picked twice, a
    document is its own copy under another id."""
    from dataclasses import replace

    from figrecon.spill import Spill

    prints = [replace(_PRINTS[k], doc=f"{_PRINTS[k].doc}-{n}") for n, k in enumerate(picks)]
    spill = Spill()
    for fp in prints:
        spill.append(fp)
    stories = split(spill)
    assert stories == split(prints)
    assert sorted(d for s in stories for d in (*s.docs, *(c for _, cs in s.copies for c in cs))) == \
        sorted(fp.doc for fp in prints)


def test_a_copy_is_found_through_the_bands_it_shares_and_only_shared_bands_are_kept():
    """Only the band keys two signatures share can pair documents (figrecon.stories._repeated_bands):
    a reprint shares all of them, a rewrite none."""
    from figrecon.stories import BANDS, _band_keys, _repeated_bands

    one, reprint, other = (Fingerprint.of(d).signature for d in (doc("a", QUAKE), doc("b", QUAKE), doc("c", QUAKE2)))
    repeated = _repeated_bands([one, reprint, other])
    assert {hash(k) for k in _band_keys(one)} <= repeated and len(repeated) == BANDS
    assert not {hash(k) for k in _band_keys(other)} & repeated


BRANTHAM = ("Police in Brantham said a gunman killed one man outside the Corvel Market on Kestrel Road late "
            "Friday. Detectives in Brantham searched Kestrel Road for the gunman and asked Corvel Market staff "
            "for video. Hours later, a shooting at a party in Dunmere wounded four people, Tolland County "
            "deputies said.")
DUNMERE = ("Tolland County deputies said four people were wounded when shots were fired into a birthday party "
           "on Ashgrove Lane in Dunmere early Saturday. Deputies in Dunmere found casings along Ashgrove Lane. "
           "The shooting came hours after a man was killed outside a market in Brantham, police said.")
BRANTHAM2 = ("The man killed outside the Corvel Market on Kestrel Road in Brantham was a night clerk, police in "
             "Brantham said. Detectives reviewed Corvel Market video from Kestrel Road and said the gunman fled "
             "on foot.")
DUNMERE2 = ("Neighbors on Ashgrove Lane in Dunmere said the birthday party was for a child. Tolland County "
            "deputies said the four wounded in Dunmere were adults and that the car on Ashgrove Lane sped off.")


def test_two_incidents_whose_reports_name_each_other_are_two_stories():
    """Each first report names the other incident, so the first pass chains all four into one
    story; the reports of each incident are far more alike than the two pairs are: two stories."""
    import figrecon.stories as stories

    docs = [doc("a1", BRANTHAM), doc("b1", DUNMERE), doc("a2", BRANTHAM2, "2031-03-04"),
            doc("b2", DUNMERE2, "2031-03-04")]
    assert sorted(sorted(s.docs) for s in split([Fingerprint.of(d) for d in docs])) == [["a1", "a2"], ["b1", "b2"]]
    ratio, stories.SPLIT_RATIO = stories.SPLIT_RATIO, 0.0
    try:  # the first pass alone: one story
        assert [sorted(s.docs) for s in split([Fingerprint.of(d) for d in docs])] == [["a1", "a2", "b1", "b2"]]
    finally:
        stories.SPLIT_RATIO = ratio


_VECTORS = st.lists(st.dictionaries(st.sampled_from("abcdef"), st.floats(min_value=0.1, max_value=1.0),
                                    min_size=1, max_size=4), min_size=1, max_size=12)


@given(_VECTORS)
def test_a_storys_parts_share_out_its_documents_and_keep_twins_together(vectors):
    import math

    from figrecon.stories import _cohesive_parts

    unit = [{t: v / math.sqrt(sum(x * x for x in vec.values())) for t, v in vec.items()} for vec in vectors]
    parts = _cohesive_parts(unit + unit[:1])  # the first document twice
    assert sorted(k for part in parts for k in part) == list(range(len(unit) + 1))
    assert any({0, len(unit)} <= set(part) for part in parts)  # a document and its twin: one story
    assert all(len(part) >= 2 for part in parts) or len(parts) == 1  # a document alone joins a part
