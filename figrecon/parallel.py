"""Extract and normalize claims in several worker processes, streaming, in input order.

``claims_parallel(documents, jobs, base_currency)`` gives exactly what the one-process pipeline
gives (``extract.extract_many`` then ``normalize.normalize`` on each claim), in the same order,
whatever ``jobs`` is:

- ``jobs == 1`` runs that pipeline in this process, with no pool;
- otherwise documents are cut into chunks (at most ``chunk_size`` documents or about
  ``chunk_chars`` characters each) and handed to ``jobs`` worker processes. At most
  ``2 * jobs`` chunks are in flight at a time, so memory does not grow with the size of the
  corpus: the input is read only as fast as the workers finish. Results are yielded chunk by
  chunk in input order, so a slow chunk holds back later ones but never reorders them.

Workers return normalized, frozen ``Claim`` objects, which pickle as they are; nothing of spaCy's
crosses between processes.

Faults stay with their document (``records_parallel``): an exception while extracting or
normalizing one document's claims turns that document into a ``Skipped`` record, with or without
workers. A worker process that dies (killed, out of memory, a crash in native code) breaks the
pool; the pool is then started again, the documents of the chunk it held are run again one by
one, and the one that breaks it again is skipped. Figures whose normalized value overflows are
left out with a ``Notice``.

On Linux the workers are forked: this process loads the spaCy pipeline (``figrecon.nlp.load``)
before starting them, and they share it, copy-on-write, with everything else already imported.
Its objects are first frozen out of the garbage collector (``gc.freeze``), which would otherwise
visit each of them in every worker and so copy the pages they are on. Elsewhere the workers are
spawned (macOS's system libraries are not safe to fork, and Windows cannot) and each loads the
pipeline once, in the pool initializer; an error there is raised from the first chunk.
"""
from __future__ import annotations

import gc
import math
import multiprocessing
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator, List, Optional, Sequence, Union

from figrecon.model import Claim, Document, Notice, Skipped, failure
from figrecon import stated_rates

__all__ = ["claims_parallel", "default_jobs", "records_parallel"]

#: Documents per chunk sent to a worker. News articles are a few kilobytes; a chunk of 16 takes a
#: worker about a second, long enough that passing it between processes costs little.
DEFAULT_CHUNK_SIZE = 16
#: A chunk is closed early once it holds this many characters, so that a few very large
#: documents (parts of up to 4 MB from ``sources``) do not make one chunk huge.
DEFAULT_CHUNK_CHARS = 256 * 1024
#: Chunks in flight per worker: one being worked on and one waiting, so no worker idles.
_IN_FLIGHT_PER_JOB = 2

ProgressHook = Optional[Callable[[int], None]]
Record = Union[Claim, Notice, Skipped]


def default_jobs() -> int:
    """The number of CPUs this process may use (at least 1)."""
    try:
        import os

        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, multiprocessing.cpu_count() or 1)


def claims_parallel(
    documents: Iterable[Document],
    jobs: int,
    base_currency: str,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    *,
    on_progress: ProgressHook = None,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
    entities: bool = True,
) -> Iterator[Claim]:
    """Normalized claims of ``documents``, extracted in ``jobs`` processes, in input order.

    ``on_progress``, when given, is called in this process with the number of documents
    finished so far, after each chunk (``jobs == 1``: after each document) and once at the end.
    Documents that could not be processed are left out (``records_parallel`` says which, and why).
    Closing the iterator early stops the workers.
    ``entities`` is passed to ``extract.extract_many``: whether the ``names`` stage runs
    (``figrecon.stages``); False skips spaCy's named entities, which no command reads, and halves
    the parsing time.

    Example::

        for claim in claims_parallel(documents, jobs=2, base_currency="USD"):
            print(claim.surface, claim.normalized)
    """
    for record in records_parallel(documents, jobs, base_currency, chunk_size, on_progress=on_progress,
                                   chunk_chars=chunk_chars, entities=entities):
        if isinstance(record, Claim):
            yield record


def records_parallel(
    documents: Iterable[Document],
    jobs: int,
    base_currency: str,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    *,
    on_progress: ProgressHook = None,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
    entities: bool = True,
) -> Iterator[Record]:
    """What ``claims_parallel`` gives, with a ``Skipped`` record in place of each document that
    raised (or whose worker died) and ``Notice`` records for figures left out, in input order.

    Example::

        for record in records_parallel(documents, jobs=2, base_currency="USD"):
            if isinstance(record, Skipped):
                print("skipped", record)
    """
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    if jobs == 1:
        yield from _claims_here(documents, base_currency, on_progress, entities)
    else:
        yield from _claims_pool(documents, jobs, base_currency, chunk_size, chunk_chars, on_progress, entities)


def _normalized(document: Document, claims: List[Claim], problems: list, base_currency: str) -> List[Record]:
    """The document's normalized claims and its problems; one ``Skipped`` if normalizing raises."""
    from figrecon.normalize import normalize

    out: List[Record] = list(problems)
    if any(isinstance(p, Skipped) for p in problems):
        return out
    claims.reverse()  # popped from the end, so that each claim is freed once normalized
    try:
        while claims:
            claim = normalize(claims.pop(), base_currency)
            if _overflows(claim):
                out.append(Notice(document.path or document.doc,
                                  f"figure {claim.surface[:40]!r} at character {claim.start} overflows once "
                                  f"normalized; claim skipped", document.line))
            else:
                out.append(claim)
        made = [k for k, r in enumerate(out) if isinstance(r, Claim)]
        for k, claim in zip(made, stated_rates.convert([out[k] for k in made], base_currency)):
            out[k] = claim  # money no table converts, at the rate the article states for it
    except Exception as error:  # noqa: BLE001 - one document's fault is that document's alone
        return [p for p in problems] + [failure(document.path or document.doc, document.line,
                                                "normalizing claims", error)]
    return out


def _overflows(claim: Claim) -> bool:
    norm = claim.normalized
    values = (claim.value, claim.low, claim.high)
    if norm is not None:
        values += (norm.value, norm.low, norm.high)
    return any(x is not None and not math.isfinite(x) for x in values)


# --------------------------------------------------------------------------- one process

def _claims_here(documents: Iterable[Document], base_currency: str, on_progress: ProgressHook,
                 entities: bool) -> Iterator[Claim]:
    from figrecon.extract import extract_records

    done = 0
    # the model is loaded by extract_records at the first sentence that needs a parse
    for document, claims, problems in extract_records(documents, None, entities=entities):
        yield from _normalized(document, claims, problems, base_currency)
        done += 1
        if on_progress is not None:
            on_progress(done)
    if on_progress is not None and done == 0:
        on_progress(0)


# --------------------------------------------------------------------------- worker pool

def _claims_pool(documents: Iterable[Document], jobs: int, base_currency: str, chunk_size: int,
                 chunk_chars: int, on_progress: ProgressHook, entities: bool) -> Iterator[Record]:
    chunks = _chunks(documents, chunk_size, chunk_chars)
    pending: deque[tuple[List[Document], Future]] = deque()
    context = _context()
    forked = context.get_start_method() == "fork"
    if forked:
        from figrecon.nlp import load

        load()  # here, once: the workers inherit it (nlp.ModelMissing is raised here too)
        gc.freeze()

    def start() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker)

    executor = start()
    done = 0

    def restart() -> None:
        """A worker died: start a new pool and hand it again every chunk still in flight."""
        nonlocal executor
        executor.shutdown(wait=True, cancel_futures=True)
        executor = start()
        for k, (chunk, _) in enumerate(pending):
            pending[k] = (chunk, executor.submit(_work, chunk, base_currency, entities))

    def one_by_one(chunk: List[Document]) -> List[Record]:
        """Run the documents of a chunk whose worker died alone, to find the one that kills it."""
        out: List[Record] = []
        for document in chunk:
            try:
                out.extend(executor.submit(_work, [document], base_currency, entities).result())
            except BrokenProcessPool as error:
                out.append(failure(document.path or document.doc, document.line,
                                   "extracting claims (the worker process died)", error))
                restart()
        return out

    def oldest() -> List[Record]:
        nonlocal done
        chunk, future = pending.popleft()
        try:
            records = future.result()
        except BrokenProcessPool:
            restart()
            records = one_by_one(chunk)
        done += len(chunk)
        if on_progress is not None:
            on_progress(done)
        return records

    try:
        for chunk in chunks:
            try:
                future = executor.submit(_work, chunk, base_currency, entities)
            except BrokenProcessPool:
                restart()
                future = executor.submit(_work, chunk, base_currency, entities)
            pending.append((chunk, future))
            if len(pending) >= jobs * _IN_FLIGHT_PER_JOB:
                # The window is full: hand back the oldest chunk before reading more input.
                yield from oldest()
        while pending:
            yield from oldest()
        if on_progress is not None and done == 0:
            on_progress(0)
    finally:
        # Normal end, an error, or the consumer stopped early (GeneratorExit): stop the workers
        # without running chunks nobody will read.
        for _, future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)
        if forked:
            gc.unfreeze()


def _chunks(documents: Iterable[Document], chunk_size: int, chunk_chars: int) -> Iterator[List[Document]]:
    chunk: List[Document] = []
    chars = 0
    for document in documents:
        chunk.append(document)
        chars += len(document.text)
        if len(chunk) >= chunk_size or chars >= chunk_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _context():
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


_nlp = None
_init_error: Optional[BaseException] = None


def _init_worker() -> None:
    """Load the spaCy pipeline once per worker process."""
    global _nlp, _init_error
    from figrecon.nlp import load

    try:
        _nlp = load()
    except Exception as error:  # noqa: BLE001
        # An initializer that raises leaves only "BrokenProcessPool" in the parent; keep the
        # error (e.g. nlp.ModelMissing) and raise it from the first chunk, where the caller sees it.
        _init_error = error


def _work(chunk: Sequence[Document], base_currency: str, entities: bool) -> List[Record]:
    from figrecon.extract import extract_records

    if _init_error is not None:
        raise _init_error
    out: List[Record] = []
    for document, claims, problems in extract_records(chunk, _nlp, entities=entities):
        out.extend(_normalized(document, claims, problems, base_currency))
    return out
