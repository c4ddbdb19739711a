"""Documents -> stories: which articles report the same event, and which are copies of another.

A folder of mixed articles is split into stories before any claim is grouped, so that a death toll
of one incident is never compared with the toll of another. Two steps, both on small per-document
fingerprints (``Fingerprint``), so that memory does not grow with the length of the articles:

1. **Copies.** A reprint or syndicated copy ("near-identical text") is found by MinHash over
   word 5-shingles with locality-sensitive banding: a document whose estimated Jaccard similarity
   with an earlier one is at least ``COPY_JACCARD`` is a copy of it. Copies count as one source;
   the output names them.
2. **Stories.** The remaining documents are clustered by the words they share, weighted by how
   rare they are in the whole input (TF-IDF, cosine similarity), with names (capitalised words:
   places, people, organisations) counted twice. A document joins the story whose centroid it is
   most similar to when that similarity is at least ``STORY_COSINE``, the dates are within
   ``MAX_DAYS`` of the story's dates, and, when both name their event (a name used twice, in a
   title or after "in", "at", "near"...: not a body quoted once), it names one place, person or body the story names (a
   capitalised word inside a sentence, not a month or weekday: two shootings told in like words
   in two towns are two stories; or a capitalised word opening its sentences that it never
   writes in lower case, "Lena weakened to a tropical storm", or a word of its outlet's name
   that is not an outlet word, "Eastview Tribune", when the story names it inside a sentence).
   A document that shares only one such name with a story (a town alone, which may hold two
   events) joins it only from the higher ``ONE_NAME_COSINE``; otherwise it starts a story. Documents are taken in a fixed
   order (date, then id), so the result does not depend on the order of the inputs.
3. **Parts.** That pass compares a document with everything its story holds so far, so reports
   of three incidents that each name the others can chain into one story. A story of four
   documents or more is clustered again, by average linkage, and two groups of its documents
   that are far less alike than each is within (``SPLIT_RATIO``) become two stories
   (``_cohesive_parts``).

A dateline ("VESK (Market Wire) -") and the outlet's own name are no terms or names of an
event: two reports of one wire share them whatever they report.

Examples: two articles about one earthquake ("Tarsen", "quake", "magnitude", "Norland") form one
story; an article on an NFL game does not join it; the demo corpus copied twice is five
documents, each with one copy.
"""
from __future__ import annotations

import bisect
import math
import operator
import re
import sys
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date as _date
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from figrecon import lexicon
from figrecon.model import Document, Story
from figrecon.parse import DATELINE, without_possessive
from figrecon.spill import Spill

#: estimated Jaccard similarity of 5-shingles from which a document is a copy of another.
COPY_JACCARD = 0.8
#: cosine similarity (TF-IDF) from which a document joins a story that it shares two names or
#: more with (or that names none, or when it names none).
STORY_COSINE = 0.12
#: ... and from which it joins a story it shares only one name with: a town alone ("Millbrook")
#: may hold two events, a fire and a shooting told in like words.
ONE_NAME_COSINE = 0.2
#: a name used by at least this share of a story's documents (and two) is the story's own.
COMMON_NAMES = 0.8
#: documents dated further apart than this from every document of a story do not join it.
MAX_DAYS = 45
#: a story's documents fall in two stories when two groups of them (two documents or more each)
#: are, on average, less similar to each other than this share of the average similarity within
#: the looser group: three shootings told in like words in one county on one weekend, each by
#: three outlets that mention the others in passing (``_cohesive_parts``).
SPLIT_RATIO = 0.4
#: the most documents a story may hold for that check, which compares every pair of them.
REFINE_MAX = 200
#: terms kept per document fingerprint (the most frequent).
TERMS = 40
#: MinHash signature: BANDS bands of ROWS rows.
BANDS, ROWS = 8, 4
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_SHINGLE = 5


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Words too common to tell stories apart (lexicon/story_stopwords.json), lower-cased."""
    return frozenset(w.lower() for w in lexicon.words("story_stopwords", "words"))


def _permutations():
    import numpy as np

    rng = np.random.default_rng(12)
    n = BANDS * ROWS
    a = rng.integers(1, 1 << 63, size=n, dtype=np.uint64) | np.uint64(1)  # odd multipliers
    b = rng.integers(0, 1 << 63, size=n, dtype=np.uint64)
    return a, b


_PERMS = None
_TOKEN = re.compile(r"\w+")
#: the base of the polynomial that hashes a shingle from its words' hashes
_BASE = 1_000_003


#: words' CRC-32s, kept across documents (most words recur) up to ``_CRC_KEPT`` words, then
#: started afresh, so that memory stays flat however many documents a run reads
_CRCS: dict[str, int] = {}
_CRC_KEPT = 1 << 16


def _crc(word: str) -> int:
    """The CRC-32 of ``word`` (UTF-8), computed once per distinct word."""
    value = _CRCS.get(word)
    if value is None:
        if len(_CRCS) >= _CRC_KEPT:
            _CRCS.clear()
        value = _CRCS[word] = zlib.crc32(word.encode("utf-8"))
    return value


def _signature(text: str) -> bytes:
    """MinHash signature of the text's word ``_SHINGLE``-shingles, one value per hash function.

    A shingle's hash is a polynomial (mod 2**64) in its words' CRC-32s; each of the ``BANDS *
    ROWS`` hash functions is multiply-shift, ``(a * x + b) mod 2**64 >> 32``. All of it is
    arithmetic on numpy arrays, so a document costs a fraction of a millisecond, and the same text
    gives the same signature in every run (no salted ``hash``)."""
    import numpy as np

    global _PERMS
    if _PERMS is None:
        _PERMS = _permutations()
    a, b = _PERMS
    tokens = _TOKEN.findall(text.lower())
    if not tokens:
        return bytes(8 * BANDS * ROWS)
    tokens += [""] * (_SHINGLE - len(tokens))  # a text shorter than a shingle is one shingle
    words = np.fromiter(map(_crc, tokens), dtype=np.uint64, count=len(tokens))
    n = len(words) - _SHINGLE + 1
    shingles = np.zeros(n, dtype=np.uint64)
    base = np.uint64(_BASE)
    for k in range(_SHINGLE):
        shingles = shingles * base + words[k:k + n]  # uint64 arithmetic wraps: mod 2**64
    values = (a[:, None] * shingles[None, :] + b[:, None]) >> np.uint64(32)
    return values.min(axis=1).astype("<u8").tobytes()


def _most_frequent(counts: dict[str, int], n: int) -> list[tuple[str, int]]:
    """The ``n`` most frequent (word, count) pairs, the most frequent first, then in word order.
    Example: ``_most_frequent(Counter("abbcc"), 2) == [("b", 2), ("c", 2)]``."""
    pairs = sorted(counts.items())  # by word; the sort by count keeps that order among equals
    pairs.sort(key=operator.itemgetter(1), reverse=True)
    return pairs[:n]


@dataclass(frozen=True)
class Fingerprint:
    """What story splitting keeps of a document: its terms and a MinHash signature."""

    doc: str
    source: Optional[str]
    date: Optional[str]
    title: Optional[str]
    words: tuple[str, ...]  # its most frequent terms, the most frequent first
    counts: tuple[int, ...]  # how often each is used
    signature: bytes = field(repr=False)  # the MinHash values, 8 bytes each
    names: tuple[str, ...] = ()  # the names it uses most (places, people, bodies), lower-cased, sorted
    #: capitalised words that open its sentences or title and that it never writes in lower case
    #: ("Lena weakened to a tropical storm"): names, when another document names them inside a
    #: sentence. Not a dateline in capitals ("MILLBROOK -"): where the outlet filed from.
    leads: tuple[str, ...] = ()
    #: its names that it uses twice or more, in its title or after a preposition of place ("in
    #: Melkton"): the names of its event, not of a body or person quoted once ("the Homeowners
    #: Association estimated", "Governor Elin Marsk said"). Two documents that each have some and
    #: share no name are two stories.
    defining: tuple[str, ...] = ()

    # A fingerprint is kept for every document of a run until the stories are split, so it holds
    # plain tuples of shared strings and small integers, and bytes: about 1.4 KB a document.

    @property
    def terms(self) -> Iterator[tuple[str, int]]:
        """(term, count) pairs, the most frequent first."""
        return zip(self.words, self.counts)

    @classmethod
    def of(cls, document: Document) -> "Fingerprint":
        # a dateline ("DORVIK (Harbor Wire) -") says where and for whom it was filed, not what
        # happened: two reports of one wire share it whatever their events
        text = DATELINE.sub("\n", document.text)
        words = _WORD.findall(text)
        stop = stopwords()
        written = Counter(words)  # each spelling once: a document repeats most of its words
        counts: dict[str, int] = {}  # a dict, not a Counter: most words are new, and its __missing__ is Python
        for w, n in written.items():
            low = w.lower()
            if len(low) >= 3 and low not in stop:
                counts[low] = counts.get(low, 0) + (2 * n if w[0].isupper() else n)  # names say more about which event it is
        if document.title:
            for w in _WORD.findall(document.title):
                low = w.lower()
                if low not in stop and len(w) >= 3:
                    counts[low] = counts.get(low, 0) + 2
        terms = _most_frequent(counts, TERMS)
        own = {w.lower() for w in _WORD.findall(document.source or "")}  # "VESK (Market Wire) -" names the outlet
        names = Counter(map(str.lower, _NAME.findall(text)))
        for w in [w for w in names if w in stop or w in _CALENDAR or w in own]:
            del names[w]
        top = tuple(sorted(sys.intern(t) for t, _ in _most_frequent(names, NAMES)))
        lower = {w for w in written if w[0].islower()}
        # an outlet's own name may hold its town ("Eastview Tribune" reports Eastview's news)
        opening = ([m.group(1) for m in (_LEAD_START.match(text), *_LEAD.finditer(text)) if m]
                   + _WORD.findall(document.title or "")
                   + [w for w in _WORD.findall(document.source or "") if w.lower() not in _OUTLET_WORDS])
        leads = tuple(sorted({sys.intern(w.lower()) for w in opening
                              if w[0].isupper() and not w.isupper() and len(w) >= 3 and w.lower() not in lower
                              and w.lower() not in stop and w.lower() not in _CALENDAR and w.lower() not in names}))
        titled = {w.lower() for w in _WORD.findall(document.title or "")}
        placed = {m.group(1).lower() for m in _PLACED.finditer(text)}
        defining = tuple(t for t in top if names[t] >= 2 or t in titled or t in placed)
        return cls(document.doc, document.source, document.date, document.title,
                   tuple(sys.intern(t) for t, _ in terms), tuple(c for _, c in terms), _signature(text), top,
                   leads[:NAMES], defining)


#: a name: a capitalised word inside a sentence (not its first word), three letters or more.
#: The space's run is read from its first character, and what stands before that is checked after
#: it: a pattern that starts with a character class is searched for at C speed (the same matches
#: as ``(?<=[^\s.!?"“‘'(\[-])\s+`` before the name).
_NAME = re.compile(r"\s(?<=[^\s.!?\"“‘'(\[-]\s)\s*([A-Z][\w'’-]{2,})")
#: a name right after a preposition of place: "in Melkton", "outside the Red Anchor", "on Quay Street"
_PLACED = re.compile(r"\b(?:in|at|near|outside|off|on|from)\s+(?:the\s+)?([A-Z][\w'’-]{2,})")
#: words of outlets' names that name no place ("Tribune", "Channel"); lexicon/story_stopwords.json.
_OUTLET_WORDS = frozenset(lexicon.table("story_stopwords")["outlet_words"])
#: the first word of a sentence or paragraph: of the text (``_LEAD_START``), or after a stop, a
#: line break or a dash (``_LEAD``, whose first character is one of a class, as in ``_NAME``)
_LEAD_START = re.compile(r"[\"“‘'(]?([A-Z][\w'’-]{2,})")
_LEAD = re.compile(r"[.!?\s](?:(?<=[.!?])\s+|(?<=\n)\s*|(?<=\s)[-–—]\s+)[\"“‘'(]?([A-Z][\w'’-]{2,})")
#: month and weekday names, capitalised but naming no place or person
_CALENDAR = frozenset(lexicon.month_names()) | frozenset(lexicon.weekday_names())
#: how many of a document's names its fingerprint keeps
NAMES = 20


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated Jaccard similarity of the two documents' 5-shingles."""
    return _similar(a.signature, b.signature)


def _similar(a: bytes, b: bytes) -> float:
    n = len(a) // 8
    # the signatures' 8-byte values compared pairwise, in C
    same = sum(map(operator.eq, memoryview(a[:8 * n]).cast("Q"), memoryview(b[:8 * n]).cast("Q")))
    return same / n if n else 0.0


def _day(iso: Optional[str]) -> Optional[int]:
    try:
        return _date.fromisoformat((iso or "")[:10]).toordinal()
    except ValueError:
        return None


def _order(fp: Fingerprint):
    return (fp.date or "", fp.doc)


def find_copies(prints: list[Fingerprint]) -> dict[str, str]:
    """Each copy's doc -> the doc it copies (the first of its copies in date, id order)."""
    prints = sorted(prints, key=_order)
    found = _copies(range(len(prints)), lambda k: prints[k].signature, _repeated_bands(p.signature for p in prints))
    return {prints[k].doc: prints[o].doc for k, o in found.items()}


def _band_keys(signature: bytes) -> Iterator[tuple[int, bytes]]:
    for band in range(BANDS):
        yield band, signature[8 * band * ROWS:8 * (band + 1) * ROWS]


def _repeated_bands(signatures: Iterable[bytes]) -> frozenset:
    """The hashes of the (band, values) keys that two signatures or more share: only their buckets
    can ever pair a document with another, so only they are kept (a unique document's eight
    buckets, a tuple and a list each, cost more memory than its fingerprint)."""
    import numpy as np

    hashes = np.fromiter((hash(key) for signature in signatures for key in _band_keys(signature)), dtype=np.int64)
    values, counts = np.unique(hashes, return_counts=True)
    return frozenset(values[counts >= 2].tolist())


def _copies(order: Iterable[int], signature_of, repeated: frozenset, originals: Optional[list] = None) -> dict[int, int]:
    """Each copy's index -> the index of the document it copies, for documents taken in ``order``:
    a document copies the first earlier original that shares a MinHash band with it and whose
    estimated similarity is at least ``COPY_JACCARD`` (a few representatives per band bucket are
    enough to catch a copy). ``signature_of(k)``: document k's signature. ``repeated``: see
    ``_repeated_bands``. ``originals``, when given, receives each original's index in order."""
    copy_of: dict[int, int] = {}
    # a bucket keeps its documents' signatures beside their indexes: read back from a spill, each
    # would be read again for every later document that shares the bucket
    buckets: dict[tuple, list[tuple[int, bytes]]] = {}
    for k in order:
        signature = signature_of(k)
        keys = [key for key in _band_keys(signature) if hash(key) in repeated]
        original = next((other for key in keys for other, theirs in buckets.get(key, ())
                         if _similar(signature, theirs) >= COPY_JACCARD), None)
        if original is not None:
            copy_of[k] = copy_of.get(original, original)
            continue
        if originals is not None:
            originals.append(k)
        for key in keys:
            bucket = buckets.setdefault(key, [])
            if len(bucket) < 8:
                bucket.append((k, signature))
    return copy_of


class _Cluster:
    def __init__(self):
        self.members: list[int] = []  # the documents' places among the fingerprints
        self.centroid: Counter = Counter()
        self.square = 0.0  # the centroid's squared norm, kept as terms are added
        self.days: list[int] = []  # sorted
        self.names: set = set()
        self.leads: set = set()
        self.defining: set = set()

    @property
    def norm(self) -> float:
        return math.sqrt(self.square)

    def add(self, fp: Fingerprint, vector: dict[str, float], index: int = -1) -> None:
        """Add the document ``fp`` (its place among the fingerprints: ``index``) with its TF-IDF vector."""
        self.members.append(index)
        self.names.update(fp.names)
        self.leads.update(fp.leads)
        self.defining.update(fp.defining)
        for term, weight in vector.items():
            old = self.centroid[term]
            self.centroid[term] = old + weight
            self.square += (old + weight) ** 2 - old ** 2
        day = _day(fp.date)
        if day is not None:
            bisect.insort(self.days, day)

    def distance(self, day: int) -> Optional[int]:
        """Days from ``day`` to the nearest of the story's dates (None when it has none)."""
        if not self.days:
            return None
        k = bisect.bisect_left(self.days, day)
        return min(abs(day - self.days[i]) for i in (k - 1, k) if 0 <= i < len(self.days))


def _vector(fp: Fingerprint, idf: dict[str, float]) -> dict[str, float]:
    vec = {t: (1 + math.log(c)) * idf[t] for t, c in fp.terms if idf.get(t, 0) > 0}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def _name(total: Counter) -> str:
    """A story's name: its three heaviest terms (``total``: each term's weight summed over the
    story's TF-IDF vectors)."""
    top = [t for t, _ in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:3]]
    return " ".join(top)


def split(prints: Iterable[Fingerprint]) -> list[Story]:
    """The stories among the fingerprinted documents, largest first; copies listed with them.

    ``prints``: the fingerprints, in a list or in a ``figrecon.spill.Spill``, from which they are
    read back one at a time. Held for every document are only its date, id and index, and its
    band hashes while copies are found; a story keeps its documents' indexes, and its
    fingerprints are read again when it is named. Holding every fingerprint (about 1.4 KB each,
    more as Python objects), eight copy buckets per document and a story's vectors made the
    split the peak of ``compare``'s grouping, growing with the input: on ``benchmarks/speed.py``'s
    generated articles, grouping's traced peak went from 9.2 to 6.8 MiB on 1,000 and from 28.3
    to 14.0 MiB on 4,000, and the split's own from 6.2 to 0.9 and from 22.3 to 1.8 MiB."""
    if isinstance(prints, Spill):
        spill = prints
        fetch = lambda k: spill.get([k])[0]  # noqa: E731
    else:
        prints = list(prints)
        fetch = prints.__getitem__
    keys = []

    def signatures():  # read once, as the keys are
        for k, fp in enumerate(prints):
            keys.append((sys.intern(fp.date or ""), fp.doc, k))
            yield fp.signature

    repeated = _repeated_bands(signatures())
    keys.sort()
    order = [k for _, _, k in keys]
    doc_of = {k: doc for _, doc, k in keys}
    del keys
    originals: list[int] = []
    copy_of = _copies(order, lambda k: fetch(k).signature, repeated, originals)
    df: Counter = Counter(t for k in originals for t in fetch(k).words)
    n = len(originals)
    # A term found in nearly every document says nothing about which story one is in; a term of
    # one document alone links nothing.
    idf = {t: math.log((1 + n) / (1 + d)) + 1.0 for t, d in df.items() if d >= 2 or n <= 2}
    # vectors are made when needed, not kept for every document: a large input holds only its fingerprints
    clusters: list[_Cluster] = []
    index: dict[str, set[int]] = {}
    for k in originals:
        fp = fetch(k)
        vec = _vector(fp, idf)
        day = _day(fp.date)
        names, leads = set(fp.names), set(fp.leads)
        candidates = set()
        for term in sorted(vec, key=lambda t: -vec[t])[:20]:
            candidates |= index.get(term, set())
        best, best_score = None, STORY_COSINE
        for c in sorted(candidates):
            cluster = clusters[c]
            if day is not None and (cluster.distance(day) or 0) > MAX_DAYS:
                continue
            shared = (cluster.names & (names | leads)) | (cluster.leads & names)
            if fp.defining and cluster.defining and not shared:
                continue  # two reports of one event name one place, person or body at least
            score = sum(v * cluster.centroid.get(t, 0.0) for t, v in vec.items()) / (cluster.norm or 1.0)
            if len(shared) == 1 and score < ONE_NAME_COSINE:
                continue
            if score >= best_score:
                best, best_score = c, score
        if best is None:
            clusters.append(_Cluster())
            best = len(clusters) - 1
        clusters[best].add(fp, vec, k)
        for term in vec:
            index.setdefault(term, set()).add(best)
    del index
    parts = []
    for cluster in clusters:
        members = cluster.members
        if 4 <= len(members) <= REFINE_MAX:
            vectors = [_vector(fetch(k), idf) for k in members]
            parts.extend([members[i] for i in part] for part in _cohesive_parts(vectors))
        else:
            parts.append(members)
    copies: dict[str, list[str]] = {}
    for copy, original in copy_of.items():
        copies.setdefault(doc_of[original], []).append(doc_of[copy])
    stories = []
    for members in parts:
        docs, weight, shared, used = [], Counter(), Counter(), Counter()
        for k in members:  # read back one at a time: a story may hold most of the input
            fp = fetch(k)
            docs.append(fp.doc)
            for t, v in _vector(fp, idf).items():
                weight[t] += v
                shared[t] += 1
            used.update({without_possessive(w) for w in (*fp.names, *fp.leads)})
        docs = tuple(docs)
        common = [t for t, c in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0])) if c >= 2][:8]
        why = ("one document" if len(docs) == 1 else
               f"{len(docs)} documents sharing: " + ", ".join(common))
        own = tuple(sorted(n for n, k in used.items() if len(docs) >= 2 and k >= max(2, COMMON_NAMES * len(docs))))
        stories.append(Story(
            name=_name(weight),
            docs=docs,
            copies=tuple((orig, tuple(sorted(copies[orig]))) for orig in docs if orig in copies),
            explanation=why,
            names=own,
        ))
    stories.sort(key=lambda s: (-len(s.docs), s.name, s.docs))
    return stories


def _cohesive_parts(vectors: list[dict[str, float]]) -> list[list[int]]:
    """The parts of one story (its documents' TF-IDF vectors, by index) that are stories of their
    own: the documents are joined closest first (average linkage: the mean cosine between two
    groups' documents), and two groups of two documents or more are left apart when that mean is
    below ``SPLIT_RATIO`` times the mean cosine within the looser of them. A document alone always
    joins the group it is closest to: the first pass put it in this story.

    The first pass joins a document to a story by its likeness to all the story's documents so
    far, so three incidents in one county, whose reports each name the others, can chain into
    one story; here, reports of each incident are alike (a mean cosine of 0.5 to 0.8), and the
    three groups much less so (0.1 to 0.2): three parts. Reports of one event by several outlets
    keep at least half their likeness across any two groups of them (0.5 to 0.9 on the ECB+
    clusters): one part. Example: ``_cohesive_parts([{"a": 1.0}, {"a": 1.0}, {"b": 1.0},
    {"b": 1.0}])`` is ``[[0, 1], [2, 3]]``."""
    m = len(vectors)

    def cosine(x: dict, y: dict) -> float:
        if len(x) > len(y):
            x, y = y, x
        return sum(v * y.get(t, 0.0) for t, v in x.items())

    members = {k: [k] for k in range(m)}
    within = {k: 0.0 for k in range(m)}  # the sum of cosines over a group's pairs
    link = {k: {j: cosine(vectors[k], vectors[j]) for j in range(m) if j != k} for k in range(m)}
    apart: set = set()
    fresh = m
    while len(members) > 1:
        best = None
        for a in sorted(members):
            for b, total in link[a].items():
                if a < b and (a, b) not in apart:
                    mean = total / (len(members[a]) * len(members[b]))
                    if best is None or mean > best[0]:
                        best = (mean, a, b)
        if best is None:
            break
        mean, a, b = best
        na, nb = len(members[a]), len(members[b])
        if na >= 2 and nb >= 2:
            looser = min(within[a] / (na * (na - 1) / 2), within[b] / (nb * (nb - 1) / 2))
            if mean < SPLIT_RATIO * looser:
                apart.add((a, b))
                continue
        new, fresh = fresh, fresh + 1
        members[new] = members.pop(a) + members.pop(b)
        within[new] = within.pop(a) + within.pop(b) + link[a][b]
        link[new] = {}
        for c in members:
            if c != new:
                link[new][c] = link[c][new] = link[a][c] + link[b][c]
        for c in (a, b):
            for other in link.pop(c):
                link.get(other, {}).pop(c, None)
    return sorted((sorted(group) for group in members.values()), key=lambda group: group[0])


def story_of(stories: Iterable[Story]) -> dict[str, Story]:
    """doc -> its story, for originals and copies alike."""
    out = {}
    for story in stories:
        for doc in story.docs:
            out[doc] = story
        for _, copies in story.copies:
            for doc in copies:
                out[doc] = story
    return out
