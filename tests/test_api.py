"""The Python API: figrecon.compare and figrecon.to_records."""
import csv
import io

import pytest

import figrecon
from figrecon.model import Group, Skipped
from tests.conftest import CORPUS, ROOT


def test_compare_returns_the_groups_the_command_shows(nlp):
    groups = figrecon.compare(str(CORPUS))
    assert groups and all(isinstance(g, Group) and g.conflict and len(g.sources) > 1 for g in groups)
    everything = figrecon.compare([str(CORPUS)], all_groups=True)
    assert len(everything) > len(groups)
    # every claim can be cited
    assert all(c.title for g in groups for c in g.claims)


def test_problems_are_collected_not_printed(nlp, capsys):
    problems = []
    figrecon.compare([str(CORPUS), str(ROOT / "no-such-dir")], problems=problems)
    assert problems == [Skipped(str(ROOT / "no-such-dir"), "no such file or directory")]
    assert capsys.readouterr() == ("", "")


def test_bad_arguments_raise():
    with pytest.raises(ValueError):
        figrecon.compare([str(CORPUS)], base_currency="XXX")
    with pytest.raises(ValueError):
        figrecon.compare([str(CORPUS)], tolerance=-1)


def test_to_records_matches_the_csv_columns(nlp):
    from figrecon import render

    groups = figrecon.compare([str(CORPUS)])
    records = figrecon.to_records(groups)
    assert len(records) == sum(len(g.claims) for g in groups)
    header = next(csv.reader(io.StringIO("".join(render.render_csv(groups)))))
    assert list(records[0]) == header
    assert isinstance(records[0]["conflict"], bool) and isinstance(records[0]["start"], int)
    assert [r["surface"] for r in records] == [c.surface for g in groups for c in g.claims]


def test_to_records_builds_a_dataframe(nlp):
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(figrecon.to_records(figrecon.compare([str(CORPUS)])))
    assert {"title", "url", "normalized_value", "sentence"} <= set(frame.columns)
