"""Document -> Claims: find every numeric claim, its unit or counted noun, subject and attribution.

Stages inside:
1. split the text into sentences (cheap rules; no model);
2. keep only sentences that can hold a number (digits, number words, "hundreds", fractions);
3. scan each for numeric expressions (``figrecon.numbers``);
4. parse only those sentences with spaCy to find counted nouns ("429 soldiers" -> ``soldier``),
   subjects and attribution (``figrecon.subjects``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Iterator, Optional

from figrecon import casualties, subjects, units
from figrecon.model import Claim, Document
from figrecon.numbers import Mention, Scanner, number_hint

_SENTENCE_END = re.compile(
    r"""(?<=[.!?])["”’)\]]?\s+(?=["“‘(\[]?[A-Z0-9])   # . ! ? then space then a capital or digit
    |\n\s*\n?                                       # line breaks end sentences and paragraphs
    """,
    re.VERBOSE,
)
_NO_BREAK_AFTER = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Prof|Sen|Rep|Gov|Jr|Sr|No|Nos|vs|Inc|Co|Corp|Ltd|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est|Fig|p|pp)\.|\b[A-Z]\.)\s*$"
)
#: a month abbreviated in lower case ("nov. 6"): no break when a day follows.
_MONTH_BEFORE = re.compile(r"\b(?i:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.\s*$")
#: the candidate filter, built from the scanner's own lexicon
_NUMBER_HINT = number_hint()
_MAX_SENTENCE = 2000  # characters; longer "sentences" (tables, lists) are cut at whitespace


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) offsets of each sentence in ``text``; whitespace trimmed."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group(0) and (
                _NO_BREAK_AFTER.search(text, max(start, m.start() - 12), m.start() + 1)
                or (_MONTH_BEFORE.search(text, max(start, m.start() - 6), m.start() + 1)
                    and text[m.end():m.end() + 1].isdigit())):
            continue
        closing = 1 if m.group(0)[:1] in "\"”’)]" else 0  # a closing quote stays with its sentence
        yield from _trimmed(text, start, m.start() + closing)
        start = m.end()
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > _MAX_SENTENCE:
        cut = text.rfind(" ", start, start + _MAX_SENTENCE)
        if cut <= start:
            cut = start + _MAX_SENTENCE
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def candidate_sentences(text: str) -> list[tuple[int, int, list[Mention]]]:
    """Sentences that hold at least one numeric mention, with their mentions."""
    out = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        words = casualties.may_hold(sentence)  # "a man was killed": a count the parse finds
        if not _NUMBER_HINT.search(sentence) and not words:
            continue
        mentions = Scanner(sentence).scan() if _NUMBER_HINT.search(sentence) else []
        if mentions or words:
            out.append((start, end, mentions))
    return out


def extract(document: Document, nlp=None, *, entities: bool = True) -> Iterator[Claim]:
    """Every numeric claim in ``document``, in text order."""
    yield from extract_many([document], nlp, entities=entities)


def extract_many(documents: Iterable[Document], nlp=None, *, entities: bool = True) -> Iterator[Claim]:
    """Claims of many documents, document after document, each in text order.

    ``entities=False`` skips spaCy's named-entity recogniser, about half of the parsing time. Its
    only use is the places and parties in ``Claim.context``, which grouping reads
    (``figrecon.reconcile``); every other field of every claim is the same either way.
    """
    for _, claims in extract_documents(documents, nlp, entities=entities):
        yield from claims


#: Candidate sentences gathered from consecutive documents before they are parsed together: spaCy
#: costs much less per sentence in one long ``pipe`` stream than in one call per document.
BATCH_SENTENCES = 512
#: ``batch_size`` of spaCy's ``pipe``: sentences run through the network at once.
PIPE_BATCH = 128


def extract_documents(documents: Iterable[Document], nlp=None, *,
                      entities: bool = True) -> Iterator[tuple[Document, list[Claim]]]:
    """``(document, its claims)`` for each document, in input order, documents without claims included.

    The candidate sentences of consecutive documents are parsed in one spaCy stream of up to
    ``BATCH_SENTENCES`` sentences, so documents are read a little ahead of the claims handed back;
    memory stays bounded by that batch (plus the largest document), whatever the input size.
    """
    from figrecon import nlp as nlp_module

    model = nlp or nlp_module.load()
    disable = () if entities else ("ner",)
    batch: list[tuple[Document, list[tuple[int, int, list[Mention]]]]] = []
    sentences = 0
    for document in documents:
        found = candidate_sentences(document.text)
        batch.append((document, found))
        sentences += len(found)
        if sentences >= BATCH_SENTENCES:
            yield from _parse_batch(batch, model, disable)
            batch, sentences = [], 0
    if batch:
        yield from _parse_batch(batch, model, disable)


def _parse_batch(batch, model, disable) -> Iterator[tuple[Document, list[Claim]]]:
    texts = (document.text[s:e] for document, found in batch for s, e, _ in found)
    parsed = iter(model.pipe(texts, batch_size=PIPE_BATCH, disable=disable))
    for document, found in batch:
        claims: list[Claim] = []
        for s_start, s_end, mentions in found:
            claims.extend(_sentence_claims(document, s_start, s_end, mentions, next(parsed)))
        yield document, claims


def _sentence_claims(document: Document, s_start: int, s_end: int, mentions: list[Mention],
                     parsed) -> Iterator[Claim]:
    sentence = document.text[s_start:s_end]
    mentions = sorted(mentions + casualties.mentions(parsed, [(m.start, m.end) for m in mentions]),
                      key=lambda m: (m.start, m.end))
    attribution = subjects.attribution(parsed)
    spans = [(m.start, m.end) for m in mentions]
    previous: Optional[Claim] = None  # the claim as first stated
    last: Optional[Claim] = None  # the claim just before, which a restatement follows
    for k, mention in enumerate(mentions):
        others = spans[:k] + spans[k + 1:]
        claim = _claim(document, sentence, s_start, mention, parsed, attribution, others)
        if claim is None:
            continue
        if previous is not None and _converts(sentence, last, claim, s_start + document.offset):
            # "1.356 billion ($1.762bn)", "296 hp (224 kW / 300 PS)": the same quantity restated
            claim = replace(claim, subject=previous.subject, topic=previous.topic,
                            change=previous.change if claim.change == "=" else claim.change)
        else:
            previous = claim
        last = claim
        yield claim


def extract_text(text: str, nlp=None, *, entities: bool = True) -> list[Claim]:
    """Claims in a bare text (used by ``figrecon evaluate``)."""
    return list(extract(Document(doc="<text>", text=text), nlp, entities=entities))


def _converts(sentence: str, before: Claim, claim: Claim, offset: int) -> bool:
    """Whether ``claim`` restates ``before`` in other units, in brackets or after a slash."""
    gap = sentence[before.end - offset:claim.start - offset]
    return bool(_CONVERSION_GAP.fullmatch(gap)) and claim.dimension == before.dimension


_CONVERSION_GAP = re.compile(r"\s*(?:\(|\[|/|\(\s*or\s)\s*(?:US|U\.S\.|about|around|some)?\s*")


def _claim(document: Document, sentence: str, s_start: int, mention: Mention, parsed,
           attribution: Optional[str], others=()) -> Optional[Claim]:
    unit = mention.unit
    dimension = mention.dimension
    analysis = subjects.analyse(parsed, mention, others)
    start, end = mention.start, mention.end
    if unit is None:
        if analysis.counted is None:
            if analysis.drop:
                return None
            unit = ""
        else:
            unit = analysis.counted
            known = units.lexicon().surface(unit)
            if known is not None and known.name == unit:
                dimension = known.dimension  # "50 previous years" counts years: a time
            if analysis.counted_end > end:
                end = analysis.counted_end
    if mention.per and unit:  # money always has a unit name, so it always keeps its period
        unit = f"{unit} per {mention.per}"
    offset = document.offset + s_start
    return Claim(
        doc=document.doc,
        source=document.source,
        date=document.date,
        start=offset + start,
        end=offset + end,
        surface=sentence[start:end],
        sentence=sentence,
        value=mention.value,
        low=mention.low,
        high=mention.high,
        change=mention.change,
        unit=unit,
        dimension=dimension,
        subject=analysis.subject,
        topic=analysis.topic,
        attribution=attribution,
        currency=mention.currency,
        per=mention.per,
        rules=mention.rules,
        context=analysis.context,
        sentence_start=offset,
        title=document.title,
        url=document.url,
    )
