"""Grouping measured against hand-labelled groups, on the demo corpus and the earthquake corpus.

The labels live in tests/data/demo_expected_groups.json and tests/data/quake_expected_groups.json;
the scoring (matching rule, pairwise precision and recall, floors) is benchmarks/grouping.py,
which prints the same numbers. Tests assert the floors the project requires and what holds now,
with a small margin; floors that do not hold yet are strict xfails that say why.
"""
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import benchmark_modules

ROOT = Path(__file__).resolve().parent.parent


B = benchmark_modules.grouping()
DEMO_LABELS = B.load_labels(ROOT / "tests" / "data" / "demo_expected_groups.json")
QUAKE_LABELS = B.load_labels(ROOT / "tests" / "data" / "quake_expected_groups.json")
INCIDENT_LABELS = B.load_labels(ROOT / "tests" / "data" / "incidents_expected_groups.json")
HELDBACK_LABELS = B.load_labels(ROOT / "tests" / "data" / "incidents_heldback_expected_groups.json")
HELDBACK2_LABELS = B.load_labels(ROOT / "tests" / "data" / "incidents_heldback2_expected_groups.json")
HELDBACK3_LABELS = B.load_labels(ROOT / "tests" / "data" / "incidents_heldback3_expected_groups.json")
HELDBACK4_LABELS = B.load_labels(ROOT / "tests" / "data" / "heldback4_expected_groups.json")
HELDBACK5_LABELS = B.load_labels(ROOT / "tests" / "data" / "heldback5_expected_groups.json")
HELDBACK6_LABELS = B.load_labels(ROOT / "tests" / "data" / "heldback6_expected_groups.json")
HELDBACK7_LABELS = B.load_labels(ROOT / "tests" / "data" / "heldback7_expected_groups.json")
HELDBACK8_LABELS = B.load_labels(ROOT / "tests" / "data" / "heldback8_expected_groups.json")
HELDBACK9_LABELS = B.load_labels(ROOT / "tests" / "data" / "heldback9_expected_groups.json")
HELDBACK10_LABELS = B.load_labels(ROOT / "tests" / "data" / "heldback10_expected_groups.json")
HELDBACK11_LABELS = B.load_labels(ROOT / "tests" / "data" / "heldback11_expected_groups.json")


@pytest.fixture(scope="module")
def demo_run(nlp):
    return B.run_pipeline(DEMO_LABELS["corpus"], nlp)


@pytest.fixture(scope="module")
def quake_run(nlp):
    return B.run_pipeline(QUAKE_LABELS["corpus"], nlp)


@pytest.fixture(scope="module")
def demo_result(demo_run):
    return B.score(DEMO_LABELS, demo_run)


@pytest.fixture(scope="module")
def quake_result(quake_run):
    return B.score(QUAKE_LABELS, quake_run)


def _check(result, name):
    found = [c for c in result.checks if c["name"] == name]
    assert len(found) == 1, f"no check named {name!r}"
    return found[0]


def _group_of(run, labels, group_id):
    """Predicted groups (indexes) holding the labelled claims of ``group_id``."""
    labelled = [l for l in B.labelled_claims(labels, run.texts) if l.group == group_id]
    found = B.match(labelled, run.claims)
    where = B.predicted_group_of(run.groups)
    return [where.get(found.get(l)) for l in labelled]


# --------------------------------------------------------------------------- the labels themselves

@pytest.mark.parametrize("labels", [DEMO_LABELS, QUAKE_LABELS, INCIDENT_LABELS, HELDBACK_LABELS, HELDBACK2_LABELS,
                                    HELDBACK3_LABELS, HELDBACK4_LABELS, HELDBACK5_LABELS,
                                    HELDBACK6_LABELS, HELDBACK7_LABELS, HELDBACK8_LABELS,
                                    HELDBACK9_LABELS, HELDBACK10_LABELS,
                                    HELDBACK11_LABELS],
                         ids=["demo", "quake", "incidents", "incidents-heldback", "incidents-heldback2",
                              "incidents-heldback3", "heldback4", "heldback5", "heldback6", "heldback7", "heldback8", "heldback9", "heldback10", "heldback11"])
def test_labels_are_well_formed(labels):
    from figrecon.model import Document
    from figrecon.sources import read_inputs

    documents = read_inputs(B.article_paths(labels["corpus"]))
    benchmark_modules.check_labels(labels, {B.rel(d.doc): d.text for d in documents if isinstance(d, Document)})


def test_quake_corpus_has_several_outlets_and_dated_articles():
    from figrecon.model import Document
    from figrecon.sources import read_inputs

    docs = [d for d in read_inputs(B.article_paths(QUAKE_LABELS["corpus"])) if isinstance(d, Document)]
    assert 4 <= len(docs) <= 6
    assert len({d.source for d in docs}) == len(docs)
    assert all(d.date and d.date.startswith("2022-03-1") for d in docs)


# --------------------------------------------------------------------------- demo corpus: issue floors

def test_demo_fighters_group_spans_four_articles_and_conflicts(demo_result):
    assert _check(demo_result, "fighters group spans >= 4 articles and conflicts")["ok"]


def test_demo_pay_group_spans_four_articles_and_conflicts(demo_result):
    assert _check(demo_result, "pay group spans >= 4 articles and conflicts")["ok"]


def test_demo_libya_sentence_not_with_azerbaijan_fighters(demo_result):
    assert _check(demo_result, "nothing from the Libya sentence in the Azerbaijan fighters group")["ok"]


def test_demo_soldiers_civilians_and_total_deaths_apart(demo_result):
    assert _check(demo_result, "Armenian soldiers, civilian deaths and total deaths in separate groups")["ok"]


def test_demo_pairwise_scores(demo_result):
    # measured: precision 0.972 (35/36), recall 0.467 (35/75). The partial counts ('another 500',
    # '1,000 more') are a labelled group of their own.
    assert demo_result.precision >= 0.95
    assert demo_result.recall >= 0.45
    assert len(demo_result.not_extracted) <= 4


def test_demo_what_holds_now(demo_run):
    fighters = _group_of(demo_run, DEMO_LABELS, "fighters_azerbaijan")
    main = max(set(fighters) - {None}, key=fighters.count)
    assert fighters.count(main) >= 6
    # "another 500", "1,000 more": partial counts, grouped apart from the totals and marked so
    (more, _) = _group_of(demo_run, DEMO_LABELS, "fighters_more")
    assert more is not None and more != main and demo_run.groups[more].partial
    assert not demo_run.groups[more].conflict
    pay = _group_of(demo_run, DEMO_LABELS, "pay_monthly")
    assert pay.count(pay[0]) == 5 and pay[0] is not None  # all but the unextracted 'Az 1,500'
    (libya,) = _group_of(demo_run, DEMO_LABELS, "fighters_libya")
    assert len(demo_run.groups[libya].claims) == 1


@pytest.mark.xfail(strict=True, reason="'500 Hamza Brigade' is counted in brigades, 'about 200 of his comrades' "
                   "in comrades and 'nearly 1,000 Syrians' in Syrians: each is a different kind from 'fighters'")
def test_demo_every_extracted_fighters_claim_in_one_group(demo_run):
    fighters = [g for g in _group_of(demo_run, DEMO_LABELS, "fighters_azerbaijan") if g is not None]
    assert len(set(fighters)) == 1


def test_demo_civilian_deaths_together(demo_run):
    assert len(set(_group_of(demo_run, DEMO_LABELS, "civilians_killed"))) == 1


# --------------------------------------------------------------------------- earthquake corpus

def test_quake_pairwise_scores(quake_result):
    # measured: precision 0.912 (93/102), recall 0.809 (93/115)
    assert quake_result.precision >= 0.9
    assert quake_result.recall >= 0.78
    assert len(quake_result.not_extracted) == 0


@pytest.mark.parametrize("name", [
    "death-toll group spans >= 4 articles",
    "deaths in Iran apart from deaths in Turkey",
    "EU aid apart from damage",
    "2011 magnitude apart from the current magnitude",
    "killed, injured and missing in separate groups",
    "damage group spans >= 3 articles (USD, EUR, TRY) and conflicts",
    "death-toll group spans all 5 articles and conflicts",
    "previous disasters' deaths apart from the current toll and from each other",
])
def test_quake_floors_that_hold(quake_result, name):
    assert _check(quake_result, name)["ok"], _check(quake_result, name)["detail"]


QUAKE_XFAIL: dict = {}


@pytest.mark.parametrize("name", sorted(QUAKE_XFAIL))
def test_quake_floors_not_met_yet(quake_result, name, request):
    request.node.add_marker(pytest.mark.xfail(strict=True, reason=QUAKE_XFAIL[name]))
    assert _check(quake_result, name)["ok"], _check(quake_result, name)["detail"]


def test_quake_every_check_is_tested():
    tested = set(QUAKE_XFAIL) | {
        "death-toll group spans all 5 articles and conflicts",
        "previous disasters' deaths apart from the current toll and from each other",
        "death-toll group spans >= 4 articles", "deaths in Iran apart from deaths in Turkey",
        "EU aid apart from damage", "2011 magnitude apart from the current magnitude",
        "killed, injured and missing in separate groups",
        "damage group spans >= 3 articles (USD, EUR, TRY) and conflicts"}
    assert {c["name"] for c in QUAKE_LABELS["checks"]} == tested


def test_quake_km_and_miles_of_one_distance_grouped(quake_run):
    assert len(set(_group_of(quake_run, QUAKE_LABELS, "depth"))) == 1


# --------------------------------------------------------------------------- the scoring itself

@dataclass(frozen=True)
class _C:
    doc: str
    start: int
    end: int


@dataclass(frozen=True)
class _G:
    claims: tuple
    subject: str = ""
    conflict: bool = False


def test_pairwise_counts_on_a_small_case():
    doc = str(ROOT / "x.md")
    text = "A 10 B 20 C 30 D 40"
    labels = {"groups": [
        {"id": "g1", "claims": [{"doc": "x.md", "quote": "A 10"}, {"doc": "x.md", "quote": "B 20"}]},
        {"id": "g2", "claims": [{"doc": "x.md", "quote": "C 30"}, {"doc": "x.md", "quote": "D 40"}]},
    ]}
    a, b, c = _C(doc, 2, 4), _C(doc, 7, 9), _C(doc, 12, 14)  # D 40 not extracted
    run = B.Run("x", {"x.md": text}, [a, b, c], [_G((a, b, c))])
    r = B.score(labels, run)
    # pairs: AB same/same (tp), AC BC diff/same (fp), CD same/diff (fn), AD BD diff/diff
    assert (r.tp, r.fp, r.fn) == (1, 2, 1)
    assert [l.quote for l in r.not_extracted] == ["D 40"]
    assert r.precision == pytest.approx(1 / 3) and r.recall == pytest.approx(1 / 2)


def test_benchmark_json_output(capsys):
    assert B.main(["--format", "json", str(ROOT / "tests" / "data" / "demo_expected_groups.json")]) == 0
    (out,) = json.loads(capsys.readouterr().out)
    assert out["corpus"] == "corpus" and 0 <= out["precision"] <= 1 and out["checks"]


# --------------------------------------------------------------------------- order independence

def _partition(groups):
    return frozenset(frozenset((c.doc, c.start, c.end) for c in g.claims) for g in groups)


@given(st.data())
def test_grouping_does_not_depend_on_input_order(demo_run, data):
    from figrecon.reconcile import group

    claims = data.draw(st.permutations(demo_run.claims))
    assert _partition(group(claims)) == _partition(demo_run.groups)


# --------------------------------------------------------------------------- three shootings at once

@pytest.fixture(scope="module")
def incident_result(nlp):
    return B.score(INCIDENT_LABELS, B.run_pipeline(INCIDENT_LABELS["corpus"], nlp))


@pytest.mark.parametrize("name", [c["name"] for c in INCIDENT_LABELS["checks"]])
def test_incident_floors(incident_result, name):
    """Each incident's killed and injured counts in one group across its outlets, moving counts
    flagged, none mixed with another incident's (tests/corpus4, written for these tests)."""
    assert _check(incident_result, name)["ok"], _check(incident_result, name)["detail"]


# --------------------------------------------------------------------------- a launch, a vote and a game at once

@pytest.fixture(scope="module")
def heldback4_result(nlp):
    return B.score(HELDBACK4_LABELS, B.run_pipeline(HELDBACK4_LABELS["corpus"], nlp))


@pytest.mark.parametrize("name", [c["name"] for c in HELDBACK4_LABELS["checks"]])
def test_heldback4_floors(heldback4_result, name):
    """tests/corpus8, written and labelled before figrecon was run on it (blind: 11 of 16 checks
    held, P/R 85.7/63.2); it held all 16 after the classes it showed were fixed (a vote's sides,
    a session's move, an object named by a referring noun), so it is no longer held back."""
    assert _check(heldback4_result, name)["ok"], _check(heldback4_result, name)["detail"]


def test_heldback4_pairwise(heldback4_result):
    assert heldback4_result.precision >= 0.95 and heldback4_result.recall >= 0.78


# --------------------------------------------------------------------------- a storm and a march at once

@pytest.fixture(scope="module")
def heldback5_result(nlp):
    return B.score(HELDBACK5_LABELS, B.run_pipeline(HELDBACK5_LABELS["corpus"], nlp))


#: tests/corpus9's checks that fail by figrecon's design, not by a misreading. Its labels were
#: written blind and are kept as written: they keep the police's and the organisers' crowd counts
#: apart, where figrecon keeps two speakers' figures of one quantity as one conflicting group
#: (test_an_article_reporting_two_speakers_keeps_their_disagreement); and they expect Saturday's
#: outage count without conflict, where an outage count moves over the news cycle as a toll does,
#: so Sunday's lower count joins it and is flagged as a change.
HELDBACK5_BY_DESIGN = {"organisers' count spans 3, no conflict", "police and organisers' counts apart",
                       "Saturday's outages together, no conflict", "only real conflicts flagged"}


@pytest.mark.parametrize("name", [c["name"] for c in HELDBACK5_LABELS["checks"] if c["name"] not in HELDBACK5_BY_DESIGN])
def test_heldback5_floors(heldback5_result, name):
    """tests/corpus9, written and labelled before figrecon was run on it (blind: 4 of 12 checks
    held, P/R 81.8/52.9); after the classes it showed were fixed (gusts are winds, outages and
    reconnections, a crowd's bare count, relations named by a phrase after the figure, a victim
    told after the toll), every check holds but those that fail by design."""
    assert _check(heldback5_result, name)["ok"], _check(heldback5_result, name)["detail"]


@pytest.mark.parametrize("name", sorted(HELDBACK5_BY_DESIGN))
def test_heldback5_checks_that_fail_by_design_still_fail(heldback5_result, name):
    assert not _check(heldback5_result, name)["ok"]  # when one holds, the design or the labels changed: say which


def test_heldback5_pairwise(heldback5_result):
    assert heldback5_result.recall >= 0.85


# --------------------------------------------------------------------------- a takeover and a crash at once

@pytest.fixture(scope="module")
def heldback6_result(nlp):
    return B.score(HELDBACK6_LABELS, B.run_pipeline(HELDBACK6_LABELS["corpus"], nlp))


#: tests/corpus10's checks that fail still, by class: a figure's clause reaches past the next
#: figure for its time ("employs about 14,000 people and had revenue of $5.3 billion last year"
#: dates the staff; reading only up to the next figure cost the election and launch corpora and
#: two tune chains, so it was undone), and an altitude one outlet names and another does not
#: ("at roughly 760 metres") shares no word with it.
HELDBACK6_OPEN = {"staff conflict flagged", "altitude in feet and metres together, no conflict"}


@pytest.mark.parametrize("name", [c["name"] for c in HELDBACK6_LABELS["checks"] if c["name"] not in HELDBACK6_OPEN])
def test_heldback6_floors(heldback6_result, name):
    """tests/corpus10, written and labelled before figrecon was run on it (blind: 8 of 13 checks
    held, P/R 100/54.2); after the classes it showed were fixed (a price for each share, a
    premium above a base, a company's people are its employees, survivors are persons, an
    altitude is a height, a dated aside), 11 hold."""
    assert _check(heldback6_result, name)["ok"], _check(heldback6_result, name)["detail"]


@pytest.mark.parametrize("name", sorted(HELDBACK6_OPEN))
def test_heldback6_open_checks(heldback6_result, name):
    if _check(heldback6_result, name)["ok"]:
        pytest.fail(f"{name!r} holds now: move it out of HELDBACK6_OPEN")
    pytest.xfail(_check(heldback6_result, name)["detail"])


def test_heldback6_pairwise(heldback6_result):
    assert heldback6_result.precision >= 0.95 and heldback6_result.recall >= 0.85


# --------------------------------------------------------------------------- a sentencing, an outbreak and a transfer

@pytest.fixture(scope="module")
def heldback7_result(nlp):
    return B.score(HELDBACK7_LABELS, B.run_pipeline(HELDBACK7_LABELS["corpus"], nlp))


#: tests/corpus11's checks that fail still. The weekly wages '£180,000' and '£175,000' agree
#: within the stated precision of a round figure (180,000 may be 175,000 rounded), so they are no
#: conflict by figrecon's tolerance, and they are not grouped: the fee in the same article joins
#: the wage (a rate in time and a total may meet, for a salary stated without its period), and
#: keeping every rate apart from a total of another relation cost the election corpus and a chain
#: of each cluster half, so it was undone. One investor's loss and money the fraudster spent share
#: 'investors' and are 15x apart: a false conflict.
HELDBACK7_OPEN = {"wage conflict flagged", "only real conflicts flagged"}


@pytest.mark.parametrize("name", [c["name"] for c in HELDBACK7_LABELS["checks"] if c["name"] not in HELDBACK7_OPEN])
def test_heldback7_floors(heldback7_result, name):
    """tests/corpus11, written and labelled before figrecon was run on it (blind: 11 of 17 checks
    held, P/R 100/64.3); after the classes it showed were fixed (money paid back, people treated
    in hospital, a bare count whose subject names its relation, a price word on a rate in time),
    15 hold."""
    assert _check(heldback7_result, name)["ok"], _check(heldback7_result, name)["detail"]


@pytest.mark.parametrize("name", sorted(HELDBACK7_OPEN))
def test_heldback7_open_checks(heldback7_result, name):
    if _check(heldback7_result, name)["ok"]:
        pytest.fail(f"{name!r} holds now: move it out of HELDBACK7_OPEN")
    pytest.xfail(_check(heldback7_result, name)["detail"])


def test_heldback7_pairwise(heldback7_result):
    assert heldback7_result.precision >= 0.95 and heldback7_result.recall >= 0.8


# --------------------------------------------------------------------------- a rate decision and results, dense with look-alikes

@pytest.fixture(scope="module")
def heldback8_result(nlp):
    return B.score(HELDBACK8_LABELS, B.run_pipeline(HELDBACK8_LABELS["corpus"], nlp))


#: tests/corpus12's checks that fail still, by class. A growth forecast "expects the economy to
#: grow 1.2 percent" is an expected figure, "growth of 1.2 percent this year was disappointing" is
#: not read as one; a report that states revenue and cloud sales in one sentence as a part of a
#: whole ("a third of the company's $14.6 billion in revenue") keeps them out of the groups; 30
#: percent against 31 is no conflict while 30 may be rounded to tens.
HELDBACK8_OPEN = {"growth forecast spans 3, no conflict", "revenue spans 3, no conflict",
                  "cloud sales span 3, no conflict", "cloud growth conflict flagged"}


@pytest.mark.parametrize("name", [c["name"] for c in HELDBACK8_LABELS["checks"] if c["name"] not in HELDBACK8_OPEN])
def test_heldback8_floors(heldback8_result, name):
    """tests/corpus12, written and labelled before figrecon was run on it (blind: 7 of 16 checks
    held, P/R 100/25.0: its two stories' six articles were split into three stories, and datelines
    were read as subjects); after the classes it showed were fixed (an outlet's own name and its
    datelines name no event, a body quoted once keeps no report apart, datelines are no subjects, a
    sentence's opening capital names nothing, a base's date after a figure is the base's), 12 hold."""
    assert _check(heldback8_result, name)["ok"], _check(heldback8_result, name)["detail"]


@pytest.mark.parametrize("name", sorted(HELDBACK8_OPEN))
def test_heldback8_open_checks(heldback8_result, name):
    if _check(heldback8_result, name)["ok"]:
        pytest.fail(f"{name!r} holds now: move it out of HELDBACK8_OPEN")
    pytest.xfail(_check(heldback8_result, name)["detail"])


def test_heldback8_pairwise(heldback8_result):
    assert heldback8_result.precision >= 0.95 and heldback8_result.recall >= 0.6


# --------------------------------------------------------------------------- a wildfire and a marathon

@pytest.fixture(scope="module")
def heldback9_result(nlp):
    return B.score(HELDBACK9_LABELS, B.run_pipeline(HELDBACK9_LABELS["corpus"], nlp))


#: tests/corpus13's checks that fail still, by class: race times written "2:17:40" are not
#: extracted (read as no quantity, as a clock time would be), and a prize "for the win" and the
#: prize money in all ("$75,000 ..., including a record bonus") are joined as one figure of one
#: runner.
HELDBACK9_OPEN = {"winning time together, no conflict", "men's time conflict flagged",
                  "prize, bonus and total apart", "only real conflicts flagged"}


@pytest.mark.parametrize("name", [c["name"] for c in HELDBACK9_LABELS["checks"] if c["name"] not in HELDBACK9_OPEN])
def test_heldback9_floors(heldback9_result, name):
    """tests/corpus13, written and labelled before figrecon was run on it (blind: 7 of 14 checks
    held, P/R 90.0/60.0); after the classes it showed were fixed (fires and heat by any word,
    people forced to leave, an expectation that does not reach into a relative clause), 10 hold."""
    assert _check(heldback9_result, name)["ok"], _check(heldback9_result, name)["detail"]


@pytest.mark.parametrize("name", sorted(HELDBACK9_OPEN))
def test_heldback9_open_checks(heldback9_result, name):
    if _check(heldback9_result, name)["ok"]:
        pytest.fail(f"{name!r} holds now: move it out of HELDBACK9_OPEN")
    pytest.xfail(_check(heldback9_result, name)["detail"])


def test_heldback9_pairwise(heldback9_result):
    assert heldback9_result.precision >= 0.9 and heldback9_result.recall >= 0.8


# --------------------------------------------------------------------------- an election and a launch, no outlet disagreeing

@pytest.fixture(scope="module")
def heldback10_result(nlp):
    return B.score(HELDBACK10_LABELS, B.run_pipeline(HELDBACK10_LABELS["corpus"], nlp))


@pytest.mark.parametrize("name", [c["name"] for c in HELDBACK10_LABELS["checks"]])
def test_heldback10_floors(heldback10_result, name):
    """tests/corpus14, written and labelled before figrecon was run on it (blind: 9 of 12 checks
    held, P/R 100/80.0; one false conflict, a share price against a laptop's price); all 12 hold
    after the classes it showed were fixed (a share price is no price of a thing sold; the one
    place a story's reports all name tells no share apart)."""
    assert _check(heldback10_result, name)["ok"], _check(heldback10_result, name)["detail"]


# --------------------------------------------------------------------------- one football game, three outlets

@pytest.fixture(scope="module")
def heldback11_result(nlp):
    return B.score(HELDBACK11_LABELS, B.run_pipeline(HELDBACK11_LABELS["corpus"], nlp))


#: tests/corpus15's checks that fail still, by class. A player's game yards and his season total
#: share his name, so a misreported game figure ("108 rushing yards" against "112") finds no one
#: centre to join when a group is split by document (keeping a season's total apart by "this
#: season" cost corpus3's football recall 86.0 -> 76.7, so it was undone); and "was sacked four
#: times" after another verb of the sentence is read as no count.
HELDBACK11_OPEN = {"Shaw's yards conflict flagged", "sacks span 3, no conflict"}


@pytest.mark.parametrize("name", [c["name"] for c in HELDBACK11_LABELS["checks"] if c["name"] not in HELDBACK11_OPEN])
def test_heldback11_floors(heldback11_result, name):
    """tests/corpus15, written and labelled before figrecon was run on it (blind: 4 of 6 checks
    held, P/R 100/41.7); a threshold after an ordinal ("his fourth 100-yard game") is no figure of
    the game now, which the blind run had grouped with the game's yards."""
    assert _check(heldback11_result, name)["ok"], _check(heldback11_result, name)["detail"]


@pytest.mark.parametrize("name", sorted(HELDBACK11_OPEN))
def test_heldback11_open_checks(heldback11_result, name):
    if _check(heldback11_result, name)["ok"]:
        pytest.fail(f"{name!r} holds now: move it out of HELDBACK11_OPEN")
    pytest.xfail(_check(heldback11_result, name)["detail"])
