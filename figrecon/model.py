"""Frozen value objects that flow through figrecon's pipeline.

sources -> Document | Skipped
extract -> Claim (value, interval, unit, subject, attribution; ``normalized`` unset)
normalize -> Claim with ``normalized`` set
stories -> Story (documents about one event; copies of a document named with it)
reconcile -> Group (claims about one subject within one story, and whether they conflict)

Every Claim keeps ``start``/``end`` character offsets into its Document's text, so that each
number can be traced back to the words that stated it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Optional


def pickled_by_position(cls):
    """Pickle a frozen dataclass as its class and its field values in order, rebuilt by the
    constructor. Python pickles a slotted dataclass through a state dict it builds by looking its
    fields up on every call, about three times slower; grouping keeps every claim pickled
    (``figrecon.spill``), so that cost is paid per claim. Every field must be an ``__init__``
    argument (none here is ``init=False``)."""
    values = attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self):
        return cls, values(self)

    cls.__reduce__ = __reduce__
    return cls


#: The allowed values of ``Claim.change``.
CHANGES = ("=", "~", "<", ">", "up", "down")


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its text and what is known of where it came from."""

    doc: str  # file path, "<stdin>", or the JSONL ``id``
    text: str
    source: Optional[str] = None  # the outlet ("Reuters")
    date: Optional[str] = None  # ISO 8601 publication date, "2020-10-06"
    url: Optional[str] = None
    title: Optional[str] = None
    #: where ``text`` starts in the whole input, when a very large file is read in parts.
    #: Claim offsets are ``offset`` + the position in ``text``.
    offset: int = 0
    #: the file the document was read from, and its 1-based line for JSONL (``doc`` may be a JSONL
    #: ``id``); used to name the input when the document cannot be processed.
    path: Optional[str] = field(default=None, compare=False)
    line: Optional[int] = field(default=None, compare=False)


def _where(path: str, line: Optional[int]) -> str:
    """``path`` (and ``:line``) for a one-line message: a name holding a newline or another
    control character is shown quoted, with escapes."""
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in path):
        path = repr(path)
    return path if line is None else f"{path}:{line}"


@dataclass(frozen=True, slots=True)
class Notice:
    """A problem that did not stop an input from being read (a date that could not be parsed,
    invalid front matter that was ignored). Shown as a warning; the document is still processed."""

    path: str
    reason: str
    line: Optional[int] = None

    def __str__(self) -> str:
        return _where(self.path, self.line) + f": {self.reason}"


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be read, and why. Problems are data, not exceptions."""

    path: str
    reason: str
    line: Optional[int] = None  # 1-based line, for JSONL
    #: for a document that raised while being processed: the exception's class name, and the
    #: formatted traceback (shown with ``--debug``, for a bug report).
    error: Optional[str] = None
    detail: Optional[str] = field(default=None, compare=False, repr=False)

    def __str__(self) -> str:
        return _where(self.path, self.line) + f": {self.reason}"


def failure(path: str, line: Optional[int], stage: str, error: BaseException) -> Skipped:
    """A ``Skipped`` record for an input that raised ``error`` while in ``stage``: one line,
    naming the exception's class, with the traceback kept in ``detail``.

    Example::

        >>> str(failure("a.jsonl", 3, "extracting claims", IndexError("list index out of range")))
        'a.jsonl:3: IndexError while extracting claims (list index out of range); document skipped'
    """
    import traceback

    message = " ".join(str(error).split())
    if len(message) > 160:
        message = message[:157] + "..."
    name = type(error).__name__
    reason = f"{name} while {stage}" + (f" ({message})" if message else "") + "; document skipped"
    detail = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return Skipped(path, reason, line, error=name, detail=detail)


@pickled_by_position
@dataclass(frozen=True, slots=True)
class Normalized:
    """A claim's interval in base units (SI via pint) or, for money, in the base currency.

    ``unit`` is a base unit ("metre", "second", "percent", a count noun) or an ISO currency code,
    with "/month"-style periods kept for rates ("USD/month").
    For money: ``rate`` is base-currency units per one unit of the stated currency, taken on
    ``rate_date``; ``rate_note`` says when that date differs from the article's date or when the
    article had no date; ``converted`` is False when no rate was known.
    """

    value: Optional[float]
    low: Optional[float]
    high: Optional[float]
    unit: str
    rate: Optional[float] = None
    rate_date: Optional[str] = None
    rate_note: Optional[str] = None
    converted: bool = True


@pickled_by_position
@dataclass(frozen=True, slots=True)
class Context:
    """Where and among whom a claim happens, read off the parse of its sentence.

    ``places``: lower-case names of places (GPE, LOC, FAC entities); ``parties``: nationalities and
    groups (NORP); ``verb``: the lemma of the verb the claim hangs from; ``agent``: the person
    whose figure it is, lower-case ("andrew luck" of "Andrew Luck threw for 205 yards" and of
    "Luck's 205 yards"; with the entity recogniser), or the proper name a relative clause holding
    it is about ("foxes" of "the Foxes, who won 54 games"), "" when no one is named as its doer
    or owner.
    """

    places: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    verb: Optional[str] = None
    agent: str = ""


@pickled_by_position
@dataclass(frozen=True, slots=True)
class Claim:
    """One numeric statement in a document."""

    doc: str
    source: Optional[str]
    date: Optional[str]
    start: int  # character offsets of ``surface`` in the document text
    end: int
    surface: str
    sentence: str
    value: Optional[float]
    low: Optional[float]  # the interval the wording allows; None where unbounded
    high: Optional[float]
    change: str  # one of CHANGES
    unit: str  # quantulum3 unit name, or the lemma of a counted noun
    dimension: str  # "count", "currency", "length", "time", "percentage", ...
    normalized: Optional[Normalized] = None
    #: what the quantity refers to, NewsQuant style: what it measures and whose it is ("earnings,
    #: footballers"); for a count its owner or container ("Turkey"), never the counted noun.
    subject: str = ""
    #: what is counted or measured, with its relation ("Syrian fighters sent to Azerbaijan"):
    #: the words claims are grouped by, and a group's label.
    topic: str = ""
    attribution: Optional[str] = None
    #: ISO code of a money claim ("GBP"); None for other claims.
    currency: Optional[str] = None
    #: for rates ("a month"): the period, e.g. "month"; None otherwise.
    per: Optional[str] = None
    #: where and among whom the claim happens (places, parties, its verb), used to group.
    context: Context = field(default=Context(), compare=False)
    sentence_start: int = 0  # offset of ``sentence`` in the document text
    #: the article's headline and address, from its front matter, page metadata or JSONL fields,
    #: so that every claim can be cited.
    title: Optional[str] = None
    url: Optional[str] = None
    #: names of the grammar rules that read the figure (``figrecon.grammar.rules``), for --explain
    rules: tuple[str, ...] = field(default=(), compare=False)
    #: the heading of the article's section the figure stands in, lower case ("pemberly park";
    #: ``figrecon.sections``); "" before any heading
    section: str = field(default="", compare=False)
    #: the earlier year whose event the sentence before tells, in the same paragraph ("The last
    #: fire there was in 2041, when ..."; ``figrecon.frames``); "" when it tells none
    frame: str = field(default="", compare=False)
    #: the last year the sentence before names, across a paragraph break too ("in 2088", or
    #: "last year": the article's year less one; ``figrecon.frames.year_named_at``), for "the
    #: year before" in this one; "" when it names none
    last_named_year: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Key:
    """What a claim measures, as three parts read from the parse (``figrecon.keys``).

    ``relation``: the event or relation ("killed", "injured", "shot", "sent", "price", "magnitude");
    ``entity``: the class of what is counted or measured ("person" for people, victims, men);
    ``scope``: "this" for the story's own event, "other" for an earlier or other one ("the 2003
    quake", "last year"); ``partial``: a part of a total ("another 500", "three of the five").
    ``role``: what kind of figure it is when it is not compared at all ("age", "clock",
    "address", "phone", "charges", "age_bound", "kin", "name": "the 47 bus"), else "".
    """

    relation: str = ""
    entity: str = ""
    scope: str = "this"
    partial: bool = False
    role: str = ""
    #: the person an age belongs to ("Smith"), or "".
    owner: str = ""


@dataclass(frozen=True, slots=True)
class Story:
    """Documents about one event. ``copies``: (doc, its near-identical copies), each counted as
    one source with it."""

    name: str
    docs: tuple[str, ...]
    copies: tuple[tuple[str, tuple[str, ...]], ...] = ()
    explanation: str = ""
    #: the names (lower case, no possessive) all or nearly all of its documents use: its own
    #: places, people and bodies, which tell none of its claims apart ("osmany" of a national vote)
    names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two claims of one group whose normalized intervals do not overlap."""

    a: int  # indexes into Group.claims
    b: int
    reason: str


@dataclass(frozen=True, slots=True)
class Group:
    """Claims from one or more documents about the same subject, in the same dimension."""

    subject: str
    dimension: str
    unit: str
    claims: tuple[Claim, ...]
    conflicts: tuple[Conflict, ...] = ()
    explanation: str = ""
    #: the story the group belongs to (``Story.name``), "" when stories were not split.
    story: str = ""
    #: a group of partial counts ("another 500", "three of the five"): not totals.
    partial: bool = False
    #: the figures moved between earlier and later reports (a rising toll), listed in date order.
    changed_over_time: bool = False
    #: the key parts the claims share: "relation entity scope" ("killed person this").
    key: str = ""
    #: copies of the group's documents (reprints), counted as one source with their original.
    copies: tuple[str, ...] = ()

    @property
    def conflict(self) -> bool:
        return bool(self.conflicts)

    @property
    def low(self) -> Optional[float]:
        lows = [c.normalized.low for c in self.claims if c.normalized and c.normalized.low is not None]
        return min(lows) if lows else None

    @property
    def high(self) -> Optional[float]:
        highs = [c.normalized.high for c in self.claims if c.normalized and c.normalized.high is not None]
        return max(highs) if highs else None

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({c.source or c.doc for c in self.claims}))
