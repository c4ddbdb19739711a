"""Grouping measured against hand-labelled groups on tests/corpus3: three stories in domains the
demo and earthquake corpora do not touch, each told by four invented outlets (a wire, a
broadsheet, a tabloid, a local or trade paper): a football game (football/), a national election
(election/) and a product launch with several models and prices (launch/).

The labels are tests/data/{football,election,launch}_expected_groups.json; the scoring is
benchmarks/grouping.py, which prints the same numbers. Tests assert what holds now with a small
margin; floors that do not hold yet are strict xfails that say why.
"""
from pathlib import Path

import pytest

import benchmark_modules

ROOT = Path(__file__).resolve().parent.parent
STORIES = ("football", "election", "launch")


B = benchmark_modules.grouping()
LABELS = {s: B.load_labels(ROOT / "tests" / "data" / f"{s}_expected_groups.json") for s in STORIES}


@pytest.fixture(scope="module")
def results(nlp):
    return {s: B.score(LABELS[s], B.run_pipeline(LABELS[s]["corpus"], nlp)) for s in STORIES}


def _check(result, name):
    found = [c for c in result.checks if c["name"] == name]
    assert len(found) == 1, f"no check named {name!r}"
    return found[0]


# --------------------------------------------------------------------------- the corpus and labels

@pytest.mark.parametrize("story", STORIES)
def test_labels_are_well_formed(story):
    from figrecon.model import Document
    from figrecon.sources import read_inputs

    labels = LABELS[story]
    docs = [d for d in read_inputs(B.article_paths(labels["corpus"])) if isinstance(d, Document)]
    assert 4 <= len(docs) <= 5 and len({d.source for d in docs}) == len(docs) and all(d.date for d in docs)
    assert all(120 <= len(d.text.split()) <= 320 for d in docs)
    benchmark_modules.check_labels(labels, {B.rel(d.doc): d.text for d in docs})
    # every story has a chain stated in every article, and look-alike traps kept apart by a check
    assert any(len({c["doc"] for c in g["claims"]}) == len(docs) for g in labels["groups"])
    assert any(c["kind"] == "apart" for c in labels["checks"])


def test_grouping_benchmark_scores_corpus3_by_default():
    assert {ROOT / "tests" / "data" / f"{s}_expected_groups.json" for s in STORIES} <= set(B.DEFAULT_LABELS)


# --------------------------------------------------------------------------- pairwise scores

# measured (benchmarks/grouping.py): football 97.1 / 76.7 (33/1/10), election 90.3 / 93.3
# (28/3/2), launch 100.0 / 81.8 (27/0/6).
FLOORS = {"football": (0.95, 0.75), "election": (0.88, 0.90), "launch": (0.95, 0.70)}


@pytest.mark.parametrize("story", STORIES)
def test_pairwise_scores(results, story):
    precision, recall = FLOORS[story]
    r = results[story]
    assert r.precision >= precision and r.recall >= recall, (r.precision, r.recall)
    assert len(r.not_extracted) <= 1  # football's "51-yarder"


HOLD = {
    "football": ["Okafor's rushing yards span all 4 articles", "attendance spans >= 3 articles",
                 "Castellano's passing yards span 3 articles and conflict",
                 "Okafor's season yards span all 4 articles", "the two teams' total yards apart",
                 "the two touchdown passes apart", "players' yards apart",
                 "this season's yards apart from last season's and from the game's"],
    "election": ["Renewal's seats span all 4 articles", "Renewal's seats span all 4 articles and conflict",
                 "Social Democrats' seats span all 4 articles",
                 "turnout spans all 4 articles",
                 "Renewal's vote share spans all 4 articles", "parties' seats, parliament size and majority apart",
                 "two parties' vote shares apart", "national, previous and regional turnout apart",
                 "two leaders' ages apart",
                 "votes for Renewal apart from abstainers and registered voters"],
    "launch": ["Max price spans >= 3 articles", "Max price spans all 4 articles and conflicts",
               "screens of two models apart",
               "base model price spans all 4 articles", "models' prices apart",
               "share fall spans 3 articles and conflicts",
               "last year's sales apart from the forecast", "units sold last year span 3 articles"],
}
NOT_YET: dict = {}


@pytest.mark.parametrize("story,name", [(s, n) for s in STORIES for n in HOLD[s]])
def test_floors_that_hold(results, story, name):
    assert _check(results[story], name)["ok"], _check(results[story], name)["detail"]


@pytest.mark.parametrize("story,name", sorted(NOT_YET))
def test_floors_not_met_yet(results, story, name, request):
    request.node.add_marker(pytest.mark.xfail(strict=True, reason=NOT_YET[(story, name)]))
    assert _check(results[story], name)["ok"], _check(results[story], name)["detail"]


@pytest.mark.parametrize("story", STORIES)
def test_every_check_is_tested(story):
    tested = set(HOLD[story]) | {n for s, n in NOT_YET if s == story}
    assert {c["name"] for c in LABELS[story]["checks"]} == tested
