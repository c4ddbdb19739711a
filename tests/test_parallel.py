"""claims_parallel: the same claims, in the same order, with one process or several."""
from __future__ import annotations

from pathlib import Path

import pytest

from figrecon.model import Document
from figrecon.parallel import _chunks, claims_parallel
from figrecon.sources import read_inputs

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="session")
def corpus_documents():
    return [r for r in read_inputs([str(CORPUS)]) if isinstance(r, Document)]


@pytest.fixture(scope="session")
def corpus_claims_one_job(corpus_documents):
    return list(claims_parallel(corpus_documents, 1, "USD"))


def _small_documents(n: int) -> list[Document]:
    return [
        Document(doc=f"doc-{i:03d}", text=f"Officials said {i + 2} soldiers were killed near the border on day {i + 1}.\n",
                 source=f"outlet-{i % 7}", date="2020-10-06")
        for i in range(n)
    ]


def test_two_jobs_equal_one_job_on_the_demo_corpus(corpus_documents, corpus_claims_one_job):
    assert corpus_claims_one_job, "the demo corpus should give claims"
    two = list(claims_parallel(corpus_documents, 2, "USD", chunk_size=1))
    assert two == corpus_claims_one_job
    # context is left out of Claim equality; it must survive the trip through a worker too.
    assert [c.context for c in two] == [c.context for c in corpus_claims_one_job]
    assert all(c.normalized is not None for c in two)


def test_without_entities_two_jobs_equal_one_job(corpus_documents, corpus_claims_one_job):
    one = list(claims_parallel(corpus_documents, 1, "USD", entities=False))
    two = list(claims_parallel(corpus_documents, 2, "USD", chunk_size=2, entities=False))
    assert two == one == corpus_claims_one_job  # equality leaves context out
    assert [c.context for c in two] == [c.context for c in one]
    assert not any(c.context.places or c.context.parties for c in two)


def test_order_is_kept_with_many_small_documents():
    documents = _small_documents(60)
    one = list(claims_parallel(documents, 1, "USD"))
    two = list(claims_parallel(iter(documents), 2, "USD", chunk_size=3))
    assert two == one
    docs_in_order = [c.doc for c in two]
    assert docs_in_order == sorted(docs_in_order)
    assert {c.doc for c in two} == {d.doc for d in documents}


@pytest.mark.parametrize("jobs", [1, 2])
def test_empty_input_gives_nothing(jobs):
    seen = []
    assert list(claims_parallel([], jobs, "USD", on_progress=seen.append)) == []
    assert seen == [0]


@pytest.mark.parametrize("jobs", [1, 2])
def test_progress_counts_finished_documents(jobs):
    documents = _small_documents(10)
    seen = []
    list(claims_parallel(documents, jobs, "USD", chunk_size=3, on_progress=seen.append))
    assert seen == sorted(seen)
    assert seen[-1] == 10
    assert all(0 < n <= 10 for n in seen)


def test_stopping_early_stops_the_workers():
    claims = claims_parallel(_small_documents(40), 2, "USD", chunk_size=2)
    first = next(claims)
    assert first.doc == "doc-000"
    claims.close()  # must return, not hang on chunks nobody reads


def test_input_is_read_only_as_fast_as_workers_finish():
    taken = []

    def documents():
        for document in _small_documents(200):
            taken.append(document.doc)
            yield document

    claims = claims_parallel(documents(), 2, "USD", chunk_size=5)
    next(claims)
    # 2 jobs x 2 chunks in flight x 5 documents, plus the chunk being filled.
    assert len(taken) <= 25
    claims.close()


def test_chunks_are_cut_by_count_and_by_size():
    documents = [Document(doc=str(i), text="x" * 100) for i in range(10)]
    assert [len(c) for c in _chunks(documents, 4, 10_000)] == [4, 4, 2]
    assert [len(c) for c in _chunks(documents, 100, 250)] == [3, 3, 3, 1]
    assert list(_chunks([], 4, 100)) == []


def test_bad_arguments():
    with pytest.raises(ValueError):
        list(claims_parallel([], 0, "USD"))
    with pytest.raises(ValueError):
        list(claims_parallel([], 2, "USD", chunk_size=0))


@pytest.mark.parametrize("stop_early", [False, True])
def test_the_garbage_collector_is_unfrozen_afterwards(stop_early):
    import gc

    before = gc.get_freeze_count()
    claims = claims_parallel(_small_documents(12), 2, "USD", chunk_size=2)
    first = next(claims)
    assert first.doc == "doc-000"
    if stop_early:
        claims.close()
    else:
        assert list(claims)[-1].doc == "doc-011"
    assert gc.get_freeze_count() == before
