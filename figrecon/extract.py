"""Document -> Claims: find every numeric claim, its unit or counted noun, subject and attribution.

Stages inside:
1. split the text into sentences (cheap rules; no model);
2. keep only sentences that can hold a number (digits, number words, "hundreds", fractions);
3. scan each for numeric expressions (``figrecon.numbers``);
4. parse only those sentences with spaCy to find counted nouns ("429 soldiers" -> ``soldier``),
   subjects (``figrecon.subjects``) and attribution (``figrecon.speakers``; a "he said" is
   resolved from the one or two sentences before, parsed on demand when they hold no figure).

Long and dense sentences (the documented path; cost stays linear in the length of the text):

- a "sentence" longer than ``MAX_SENTENCE`` characters (a table dump, a scraped listing, a text
  without line ends) is cut into pieces of at most that length at a safe boundary: before the
  last figure that starts in the piece (so that no figure is cut from its unit or qualifier),
  else at the last space, else at the limit. No piece is ever parsed whole beyond that limit;
- a piece that holds more than ``MAX_PARSED_MENTIONS`` figures is a list, not prose: it is not
  parsed. Its figures are taken from the scanner alone: those with a unit or currency become
  claims without subject, topic or attribution; bare numbers, whose counted noun only the parse
  could find, are left out (a miss rather than a guess).

Problems are data: a figure too large for a float ("9×10^299 trillion") is left out with a
``Notice``; with ``extract_records`` a document whose extraction raises becomes a ``Skipped``
record (``model.failure``) and the documents after it are still processed.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Iterable, Iterator, NamedTuple, Optional, Union

from figrecon import ages, casualties, frames, scales, sections, speakers, stages, subjects, subunits, units
from figrecon import currency as currency_table
from figrecon import lexicon as L
from figrecon.model import Claim, Document, Notice, Skipped, failure
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
#: a currency sign written with a dot ("Rs. 45,000"; currencies.json): no break when a figure follows
_DOTTED_SIGN = re.compile(r"(?i)(?<![\w.])(?:" + "|".join(sorted(
    (re.escape(w[:-1]) for w in currency_table.vocabulary() if w.endswith(".") and len(w) > 1), key=len, reverse=True))
    + r")\.\s*$")
#: the candidate filter, built from the scanner's own lexicon
_NUMBER_HINT = number_hint()
#: characters; longer "sentences" (tables, lists) are cut at a safe boundary (see the module doc)
MAX_SENTENCE = 2000
#: figures; a piece holding more is a list and is not parsed (see the module doc)
MAX_PARSED_MENTIONS = 40


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) offsets of each sentence in ``text``; whitespace trimmed."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group(0) and (
                _NO_BREAK_AFTER.search(text, max(start, m.start() - 12), m.start() + 1)
                or ((_MONTH_BEFORE.search(text, max(start, m.start() - 6), m.start() + 1)
                     or _DOTTED_SIGN.search(text, max(start, m.start() - 6), m.start() + 1))
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
    if end > start:
        yield start, end


class Candidate(NamedTuple):
    """A sentence (or piece of a long one) with figures: offsets in the text, its mentions, and
    whether it is parsed (False: a dense list, taken from the scanner alone)."""

    start: int
    end: int
    mentions: list
    parse: bool


def scan_sentences(text: str) -> Iterator[Candidate]:
    """Every sentence or piece of ``text`` that holds a numeric mention, in text order."""
    for start, end in split_sentences(text):
        yield from _pieces(text, start, end)


def _pieces(text: str, start: int, end: int) -> Iterator[Candidate]:
    while start < end:
        stop = min(end, start + MAX_SENTENCE)
        sentence = text[start:stop]
        mentions = Scanner(sentence).scan() if _NUMBER_HINT.search(sentence) else []
        words = casualties.may_hold(sentence)  # "a man was killed": a count the parse finds
        if stop < end:
            cut = _safe_cut(sentence, mentions)
            if cut is None:
                # one token longer than the limit: no figure in it can be read whole; skip it
                space = _SPACE.search(text, stop, end)
                start = space.start() if space else end
                continue
            mentions = [m for m in mentions if m.end <= cut]
            stop = start + cut
        if mentions or words:
            yield Candidate(start, stop, mentions, len(mentions) <= MAX_PARSED_MENTIONS)
        start = stop
        while start < end and text[start].isspace():
            start += 1


_SPACE = re.compile(r"\s")
#: characters of left context kept with a figure carried to the next piece ("aged 38", "minus 5")
_LEFT_CONTEXT = 40


def _safe_cut(piece: str, mentions: list) -> Optional[int]:
    """Where to end a piece cut from a longer sentence: at a space before its last figure, which
    is read again, whole and with the words before it, at the start of the next piece; else at
    the last space; None when the piece is a single token."""
    if mentions and mentions[-1].start > 0:
        last = mentions[-1]
        before = mentions[-2].end if len(mentions) > 1 else 0
        space = piece.rfind(" ", before, max(before, last.start - _LEFT_CONTEXT))
        if space > 0:
            return space
        return before if before > 0 else last.start
    space = piece.rfind(" ")
    return space if space > 0 else None


def candidate_sentences(text: str) -> list[tuple[int, int, list[Mention]]]:
    """Sentences that hold at least one numeric mention, with their mentions (those parsed)."""
    return [(c.start, c.end, c.mentions) for c in scan_sentences(text) if c.parse]


def extract(document: Document, nlp=None, *, entities: bool = True) -> Iterator[Claim]:
    """Every numeric claim in ``document``, in text order."""
    yield from extract_many([document], nlp, entities=entities)


def extract_many(documents: Iterable[Document], nlp=None, *, entities: bool = True) -> Iterator[Claim]:
    """Claims of many documents, document after document, each in text order.

    ``entities`` runs the ``names`` stage (``figrecon.stages``): spaCy's named-entity recogniser,
    about half of the parsing time, for the places and parties in ``Claim.context``, which no
    command reads. The spaCy components that run are derived from the stages' declared contract;
    every other field of every claim is the same either way.
    """
    for _, claims in extract_documents(documents, nlp, entities=entities):
        yield from claims


#: Candidate sentences gathered from consecutive documents before they are parsed together: spaCy
#: costs much less per sentence in one long ``pipe`` stream than in one call per document.
BATCH_SENTENCES = 512
#: ``batch_size`` of spaCy's ``pipe``: sentences run through the network at once. Each batch's
#: arrays are the process's peak: on 3,000 generated articles ``extract`` peaked at 283 MiB with
#: 128 and 210 MiB with 32, for 4% more CPU; ``compare`` on 10,000 articles at 235 MiB against
#: 200 MiB on 1,000 (``benchmarks/grouping.py --scale``).
PIPE_BATCH = 32


def extract_documents(documents: Iterable[Document], nlp=None, *,
                      entities: bool = True) -> Iterator[tuple[Document, list[Claim]]]:
    """``(document, its claims)`` for each document, in input order, documents without claims included.

    The candidate sentences of consecutive documents are parsed in one spaCy stream of up to
    ``BATCH_SENTENCES`` sentences, so documents are read a little ahead of the claims handed back;
    memory stays bounded by that batch (plus the largest document), whatever the input size.
    An exception raised by one document is raised here; ``extract_records`` isolates it instead.
    """
    for document, claims, _ in _extract(documents, nlp, entities, isolate=False):
        yield document, claims


Problem = Union[Notice, Skipped]


def extract_records(documents: Iterable[Document], nlp=None, *,
                    entities: bool = True) -> Iterator[tuple[Document, list[Claim], list[Problem]]]:
    """``(document, its claims, its problems)`` for each document, in input order.

    A document whose scanning, parsing or claim building raises gets no claims and one
    ``Skipped`` record (``model.failure``: the file, the JSONL line, the exception's class); the
    other documents are processed as usual. A figure too large to represent gives a ``Notice``.
    """
    return _extract(documents, nlp, entities, isolate=True)


def _extract(documents, nlp, entities: bool, isolate: bool):
    from figrecon import nlp as nlp_module

    model = nlp or nlp_module.load  # loaded at the first sentence that needs a parse
    # the stages a claim goes through; the spaCy components they need follow from their contract
    needed = stages.with_names(stages.CLAIMS, entities)
    batch: list = []
    sentences = 0
    for document in documents:
        try:
            found = list(scan_sentences(document.text))
        except Exception as error:  # noqa: BLE001 - any bug in one document must not cost the run
            if not isolate:
                raise
            found = _failed(document, "scanning for figures", error)
        batch.append((document, found))
        if not isinstance(found, Skipped):
            sentences += sum(c.parse for c in found)
        if sentences >= BATCH_SENTENCES:
            yield from _parse_batch(batch, model, needed, isolate)
            batch, sentences = [], 0
    if batch:
        yield from _parse_batch(batch, model, needed, isolate)


def _failed(document: Document, stage: str, error: BaseException) -> Skipped:
    return failure(document.path or document.doc, document.line, stage, error)


def _parse_batch(batch, model, needed, isolate: bool):
    spans = [(document.text, c.start, c.end) for document, found in batch
             if not isinstance(found, Skipped) for c in found if c.parse]
    texts = (text[start:end] for text, start, end in spans)
    if callable(model) and not hasattr(model, "pipe"):
        model = model() if spans else None  # the loader: called only when there is a parse to make
    disable = stages.disabled(model.pipe_names, needed) if model is not None else ()
    parsed = iter(model.pipe(texts, batch_size=PIPE_BATCH, disable=disable) if spans else ())
    for index, (document, found) in enumerate(batch):
        if isinstance(found, Skipped):
            yield document, [], [found]
            continue
        claims: list[Claim] = []
        problems: list[Problem] = []
        wanted = sum(c.parse for c in found)
        taken = 0
        recent: list = []  # (start, end, parse) of the document's last parsed sentences
        try:
            for k, candidate in enumerate(found):
                found[k] = None  # its mentions are freed once its claims are made
                if candidate.parse:
                    doc = next(parsed)
                    taken += 1
                    before = _Before(document.text, candidate.start, recent, model, disable)
                    claims.extend(_sentence_claims(document, candidate, doc, problems, before,
                                                   counted_before=_counted_just_before(document, candidate,
                                                                                       recent, claims)))
                    recent = [*recent, (candidate.start, candidate.end, doc)][-speakers.LOOK_BACK:]
                else:
                    claims.extend(_listed_claims(document, candidate, problems))
        except Exception as error:  # noqa: BLE001
            if not isolate:
                raise
            broken = _pipe_failed(error)
            try:
                while not broken and taken < wanted:  # keep the stream in step with the documents
                    next(parsed)
                    taken += 1
            except Exception:  # noqa: BLE001
                broken = True
            if broken:
                # spaCy's stream itself may be broken: parse what is left document by document
                yield document, [], [_failed(document, "parsing", error)]
                for rest in batch[index + 1:]:
                    yield from _parse_batch([rest], model, needed, isolate)
                return
            yield document, [], [_failed(document, "extracting claims", error)]
            continue
        yield document, subunits.settle(scales.settle(claims, _restates)), problems


def _pipe_failed(error: BaseException) -> bool:
    """Whether ``error`` came out of spaCy rather than from figrecon's own code."""
    tb = error.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb is not None and "spacy" in tb.tb_frame.f_code.co_filename.replace("\\", "/").split("/")


def _finite(mention: Mention) -> bool:
    return all(x is None or math.isfinite(x) for x in (mention.value, mention.low, mention.high))


def _overflow(document: Document, sentence: str, s_start: int, mention: Mention) -> Notice:
    surface = sentence[mention.start:mention.end]
    if len(surface) > 40:
        surface = surface[:37] + "..."
    at = document.offset + s_start + mention.start
    return Notice(document.path or document.doc,
                  f"figure {surface!r} at character {at} is too large to represent; claim skipped",
                  document.line)


def _listed_claims(document: Document, candidate: Candidate, problems: list) -> Iterator[Claim]:
    """Claims of a dense list (not parsed): figures with a unit or currency, from the scanner."""
    s_start = candidate.start
    sentence = document.text[s_start:candidate.end]
    offset = document.offset + s_start
    for mention in candidate.mentions:
        if mention.unit is None:
            continue  # a bare number: its counted noun is only known from the parse
        if not _finite(mention):
            problems.append(_overflow(document, sentence, s_start, mention))
            continue
        unit = f"{mention.unit} per {mention.per}" if mention.per else mention.unit
        yield Claim(
            doc=document.doc, source=document.source, date=document.date,
            start=offset + mention.start, end=offset + mention.end,
            surface=sentence[mention.start:mention.end], sentence=sentence,
            value=mention.value, low=mention.low, high=mention.high, change=mention.change,
            unit=unit, dimension=mention.dimension, currency=mention.currency, per=mention.per,
            sentence_start=offset, title=document.title, url=document.url, rules=mention.rules,
            section=sections.section_at(document.text, s_start),
            frame=frames.frame_at(document.text, s_start, document.date),
            last_named_year=frames.year_named_at(document.text, s_start, document.date),
        )


class _Before:
    """The parses of the sentences before a sentence, nearest first, made only when asked for
    (a "he said" sentence): from the document's recent parses when the sentence held figures,
    else parsed here."""

    #: characters of text read back for the sentences before
    WINDOW = 4000

    def __init__(self, text: str, start: int, recent: list, model, disable):
        self.text, self.start, self.recent, self.model, self.disable = text, start, recent, model, disable
        self._spans: Optional[list] = None
        self._earlier: Optional[list] = None

    def spans(self) -> list:
        """(start, end) in the text of the sentences before, nearest last, split once; a sentence
        the window may have cut is left out."""
        if self._spans is None:
            low = max(0, self.start - self.WINDOW)
            spans = [(s + low, e + low) for s, e in split_sentences(self.text[low:self.start])]
            self._spans = spans[1:] if low > 0 else spans
        return self._spans

    def __call__(self) -> list:
        if self._earlier is None:  # asked for by a speaker and an age alike: parsed once
            self._earlier = [doc for s, e in reversed(self.spans()[-speakers.LOOK_BACK:])
                             if (doc := self._parse(s, e)) is not None]
        return self._earlier

    def _parse(self, s: int, e: int):
        doc = next((d for a, b, d in self.recent if (a, b) == (s, e)), None)
        if doc is None and e - s <= MAX_SENTENCE and hasattr(self.model, "pipe"):
            doc = next(iter(self.model.pipe([self.text[s:e]], disable=self.disable)))
        return doc

    def reporter(self) -> Optional[str]:
        """The reporter of the sentence just before, when it is in the same paragraph and reports
        (``speakers.reporter``); parsed only when a say verb's form occurs in it."""
        spans = self.spans()
        if not spans:
            return None
        s, e = spans[-1]
        if "\n" in self.text[e:self.start] or not speakers.may_report(self.text[s:e]):
            return None
        doc = self._parse(s, e)
        return speakers.reporter(doc) if doc is not None else None


class _Attribution:
    """Who said a mention's figure (``figrecon.speakers``): the say verb above its token, else the
    sentence's; a pronoun speaker resolved once per sentence from the sentences before; with no
    speaker at all, the reporter of the sentence just before in the same paragraph."""

    _UNSET = object()

    def __init__(self, parsed, before):
        self.parsed, self.before, self.carried = parsed, before, self._UNSET

    def __call__(self, mention: Mention) -> Optional[str]:
        span = self.parsed.char_span(mention.start, mention.number_end or mention.end, alignment_mode="expand")
        said = speakers.speaker(self.parsed, span[-1] if span is not None and len(span) else None)
        if self.before is None or said.name is not None:
            return said.name
        if said.pronoun is None:
            if self.carried is self._UNSET:  # a report carried on from the sentence before
                self.carried = self.before.reporter()
            return self.carried
        return speakers.resolve(said, self.before())  # parsed once per sentence (_Before)


#: the name a claim's ``rules`` records when it is a vague amount with nothing counted, kept
#: because its sentence or the one before counts a noun (``_sentence_claims``)
VAGUE_KEPT = "vague-beside-count"


def _counted_just_before(document: Document, candidate: Candidate, recent: list, claims: list) -> bool:
    """Whether the sentence just before ``candidate`` (the last parsed, when nothing but space
    lies between them) counts a noun by a figure of its own."""
    if not recent or document.text[recent[-1][1]:candidate.start].strip():
        return False
    start = document.offset + recent[-1][0]
    return _counts_a_noun(c for c in reversed(claims) if c.sentence_start == start)


def _counts_a_noun(claims) -> bool:
    """Whether one of ``claims`` counts a noun of its own ("Hundreds of Syrian army fighters")."""
    return any(c.dimension == "count" and c.unit and VAGUE_KEPT not in c.rules
               and COMPARED_UNIT not in c.rules for c in claims)


def _sentence_claims(document: Document, candidate: Candidate, parsed,
                     problems: list, before=None, counted_before: bool = False) -> Iterator[Claim]:
    """The claims of one parsed sentence. A vague amount with nothing counted ("Dozens have also
    returned", "and hundreds more are preparing") is kept, bare, only when this sentence or the
    one just before (``counted_before``) counts a noun by a figure of its own, which says what the
    amount counts; elsewhere ("dozens of times" aside) it says nothing and is dropped."""
    s_start, s_end = candidate.start, candidate.end
    sentence = document.text[s_start:s_end]
    mentions = [m for m in candidate.mentions if _finite(m)]
    for mention in candidate.mentions:
        if not _finite(mention):
            problems.append(_overflow(document, sentence, s_start, mention))
    mentions = casualties.mentions(parsed, mentions)
    attribution = _Attribution(parsed, before)
    spans = [(m.start, m.end) for m in mentions]
    previous: Optional[Claim] = None  # the claim as first stated
    last: Optional[Claim] = None  # the claim just before, which a restatement follows
    made: list = []
    for k, mention in enumerate(mentions):
        others = spans[:k] + spans[k + 1:]
        claim = _claim(document, sentence, s_start, mention, parsed, attribution(mention), others,
                       keep_vague=True, earlier=before)
        if claim is None:
            continue
        if previous is not None and _converts(last, claim):
            # "1.356 billion ($1.762bn)", "296 hp (224 kW / 300 PS)": the same quantity restated
            claim = replace(claim, subject=previous.subject, topic=previous.topic,
                            change=previous.change if claim.change == "=" else claim.change)
        else:
            previous = claim
        last = claim
        made.append((mention, claim))
    if not counted_before and not _counts_a_noun(c for _, c in made):
        made = [(m, c) for m, c in made if VAGUE_KEPT not in c.rules]
    made = [(m, _phrasal_particle(parsed, m, c)) for m, c in made if not _names_number(parsed, m)]
    yield from _compared_units(parsed, made)


#: the name a claim's ``rules`` records when the "up"/"down" before it is a verb's particle, no
#: movement (``_phrasal_particle``)
PHRASAL_PARTICLE = "phrasal-particle"
#: verbs whose particle is a movement even before a counted noun ("Enrollment ticked up 40 students")
_PARTICLE_MOVES = L.words("changes", "particle_moves")
_RELATIVE_UNITS = L.words("changes", "relative_units")


def _phrasal_particle(parsed, mention: Mention, claim: Claim) -> Claim:
    """``claim`` with no movement when the "up"/"down" that made it one is, in the parse, the
    particle of a phrasal verb (dep ``prt``) and the figure counts a noun: "Police rounded up 40
    suspects", "The storm held up 2,000 passengers", "The plant shut down 2 reactors" say what was
    done to the suspects, not by how much something moved; the change left is the qualifier's
    ("rounded up about 40 suspects": ~). A percentage, points, money or a measure keep the
    movement ("Output ticked up 0.3%", "Exports picked up 4%"), and so does a verb of
    ``changes.json`` ``particle_moves`` ("Enrollment ticked up 40 students"). "Shares ended up
    2%", "Sales were up 40 units" have an adverb (``advmod``), which the rule leaves alone."""
    if claim.change not in ("up", "down") or claim.dimension != "count" or not claim.unit \
            or claim.currency is not None or claim.unit in _RELATIVE_UNITS:
        return claim
    before = [t for t in parsed if t.idx + len(t) <= mention.start]
    if not before:
        return claim
    particle = before[-1]
    if particle.lower_ != claim.change or particle.dep_ != "prt" or particle.head.lower_ in _PARTICLE_MOVES:
        return claim
    return replace(claim, change=mention.unmoved, rules=(*claim.rules, PHRASAL_PARTICLE))


#: parts of speech of a sentence's first word that never name a thing ("Nearly 500", "All 33")
_NOT_NAME_POS = frozenset(("DET", "ADV", "ADP", "PRON", "CCONJ", "SCONJ", "NUM", "ADJ", "AUX", "PART", "INTJ"))


def _names_number(parsed, mention: Mention) -> bool:
    """Whether bare digits right after the capitalised word that opens the sentence are part of
    its name, not an amount: "Apollo 11 landed", "Boeing 737 crashed", "Studio 54 reopened" (the
    parse hangs the number on the name), "Windows 10 users complained" (a proper noun). Mid-sentence
    names are the scanner's (veto-name); a sentence's first word is capitalised anyway, so the
    scanner cannot tell "Apollo 11" from "Nearly 500". Not a name: a possessive ("Jupiter's 79
    moons"), a word of any closed class ("Another 20 died", "Overall 40 fled"), a verb whose
    object the number counts ("Add 2 eggs"), a figure with a unit, currency or qualifier."""
    if mention.unit is not None or mention.currency is not None or mention.vague or mention.change != "=" \
            or mention.value is None:
        return False
    words = [t for t in parsed if not t.is_punct and not t.is_quote]
    if len(words) < 2 or not words[1].like_num or words[1].idx != mention.start \
            or not words[1].text.isdigit():
        return False
    first, number = words[0], words[1]
    if not first.text[:1].isupper() or first.pos_ in _NOT_NAME_POS or first.text.lower() in _CALENDAR \
            or number.idx != first.idx + len(first.text) + 1:
        return False
    return number.head.i == first.i and number.dep_ == "nummod" or first.pos_ == "PROPN"


_CALENDAR = L.words("calendar", "months") | L.words("calendar", "weekdays")


#: the name a claim's ``rules`` records when its unit is its comparison's (``_compared_units``)
COMPARED_UNIT = "unit-from-comparison"


def _compared_units(parsed, made: list) -> Iterator[Claim]:
    """The claims of ``made`` ((mention, claim) of one sentence), a bare number explicitly
    compared with figures of its sentence given their unit ("1,204 rushing yards, up from 980":
    980 yards; ``subjects.compared_figures``) when they all share one; a wrong unit is a wrong
    value, so otherwise it stays bare: across ages, for a vague amount, or when the figure is
    scaled and the number not ("$5 billion, up from 4.1": 4.1 billion, most likely, but the
    scale is not stated). A movement of the sentence ("fell 7% to $2.3 billion from 2.5
    billion") is how much the level moved, not what the base is compared with: it is passed over,
    and a base compared with movements only stays bare ("fell 20% from 2.9 million")."""
    spans = [(m.start, m.number_end or m.end) for m, _ in made]
    for k, (mention, claim) in enumerate(made):
        if claim.unit == "" and claim.dimension == "count" and claim.currency is None and not mention.vague:
            found = subjects.compared_figures(parsed, mention, spans[:k] + spans[k + 1:])
            compared = [(m, c) for m, c in (made[j if j < k else j + 1] for j in found)
                        if c.change not in ("up", "down")]
            bases = {(c.unit, c.dimension, c.currency, c.per) for _, c in compared}
            if len(bases) == 1 and all(m.scale == mention.scale for m, _ in compared):
                unit, dimension, currency, per = bases.pop()
                if unit and unit != "year of age":
                    claim = replace(claim, unit=unit, dimension=dimension, currency=currency, per=per,
                                    rules=(*claim.rules, COMPARED_UNIT))
        yield claim


def extract_text(text: str, nlp=None, *, entities: bool = True) -> list[Claim]:
    """Claims in a bare text (used by ``figrecon evaluate``)."""
    return list(extract(Document(doc="<text>", text=text), nlp, entities=entities))


def _converts(before: Claim, claim: Claim) -> bool:
    """Whether ``claim`` restates ``before`` in other units, in brackets or after a slash."""
    return _restates(before, claim) and claim.dimension == before.dimension


def _restates(before: Claim, claim: Claim) -> bool:
    """Whether ``claim`` is written as a restatement of ``before``, the claim just before it in
    its sentence, whatever the two units: "88.5 degrees (31.4C)"."""
    return before.sentence_start == claim.sentence_start and before.end <= claim.start \
        and bool(_CONVERSION_GAP.fullmatch(before.sentence[before.end - before.sentence_start:
                                                             claim.start - before.sentence_start]))


_CONVERSION_GAP = re.compile(r"\s*(?:\(|\[|/|\(\s*or\s)\s*(?:US|U\.S\.|about|around|some)?\s*")


def _claim(document: Document, sentence: str, s_start: int, mention: Mention, parsed,
           attribution: Optional[str], others=(), keep_vague: bool = False, earlier=None) -> Optional[Claim]:
    """The claim of ``mention``, or None when it is no claim. ``keep_vague``: a vague amount with
    nothing counted is kept, its rules marked ``VAGUE_KEPT`` (the caller decides). ``earlier``:
    the parses of the sentences before, nearest first, when asked for (``_Before``)."""
    unit = mention.unit
    rules = mention.rules
    dimension = mention.dimension
    analysis = subjects.analyse(parsed, mention, others)
    start, end = mention.start, mention.end
    subject, topic = analysis.subject, analysis.topic
    person = ages.owner(parsed, mention) if unit is None else None
    if person is not None:
        unit, dimension, subject, topic = "year of age", "time", person, person  # "the suspect, 34,"
    elif (aged := ages.modified(parsed, mention)) is not None:
        subject = topic = aged  # "a 17-year-old boy was killed, police said": the boy's age
    elif earlier is not None and ages.standalone(parsed, mention):
        subject = topic = ages.referred(earlier())  # "Tomas Reyl won. The 31-year-old ...": Reyl's age
    elif earlier is not None and (said_of := ages.pronoun_owner(parsed, mention, earlier)) is not None:
        unit, dimension = "year of age", "time"  # "Leo Marsh drove the bus. He was 52.": Marsh's age
        subject = topic = said_of
    elif unit is None:
        if analysis.counted is None:
            if analysis.drop and not (keep_vague and analysis.vague):
                return None
            if analysis.drop:
                rules = (*rules, VAGUE_KEPT)
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
        subject=subject,
        topic=topic,
        attribution=attribution,
        currency=mention.currency,
        per=mention.per,
        rules=rules,
        context=analysis.context,
        sentence_start=offset,
        title=document.title,
        url=document.url,
        section=sections.section_at(document.text, s_start),
        frame=frames.frame_at(document.text, s_start, document.date),
        last_named_year=frames.year_named_at(document.text, s_start, document.date),
    )
