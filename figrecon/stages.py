"""The declared stage contract: what each stage of a run reads off spaCy's parse and which claim
fields it fills, and which stages each command runs. The spaCy components a run needs are
derived from it (:func:`components`, :func:`disabled`); nothing else picks them.

A stage that reads an annotation its declaration does not list, or a command that runs a stage
it does not declare, is a bug that ``tests/test_stages.py`` looks for: with every component the
contract leaves out disabled, a command's output must be the same as with the full pipeline.

| stage | reads | fills |
|---|---|---|
| ``scan`` | the text only | value, interval, unit, currency, change, rules |
| ``casualties`` | dependencies, lemmas, parts of speech | word-form counts ("a man was killed"); people joined by "and" as one count |
| ``ages`` | dependencies, tags, parts of speech, lemmas | an age after a person noun ("the suspect, 34,") |
| ``subjects`` | dependencies, tags, parts of speech, lemmas, noun chunks | counted noun, subject, topic |
| ``speakers`` | dependencies, tags, parts of speech, lemmas | attribution |
| ``context`` | dependencies, lemmas, parts of speech | the verb a claim hangs from (``Claim.context.verb``); the proper name a relative clause holding the claim is about ("the Foxes, who won 54 games": ``Claim.context.agent``) |
| ``names`` | named entities | places, parties and the named person whose figure it is, around a claim (``Claim.context``) |
| ``scales`` | the document's other claims | the scale of a "degrees" the article leaves unsaid ("the thermometer showed 39 degrees") |
| ``subunits`` | the document's other claims | the currency of a sum in cents or pence the article leaves unsaid ("$212 million, or 61 cents a share") |
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

#: the spaCy components (of the English pipeline) each annotation comes from, with what they
#: listen to: the tagger and the parser share ``tok2vec``; coarse parts of speech come from the
#: fine tags through ``attribute_ruler``; the lemmatizer reads both.
ANNOTATIONS: dict[str, frozenset[str]] = {
    "tag": frozenset({"tok2vec", "tagger"}),
    "pos": frozenset({"tok2vec", "tagger", "attribute_ruler"}),
    "lemma": frozenset({"tok2vec", "tagger", "attribute_ruler", "lemmatizer"}),
    "dep": frozenset({"tok2vec", "parser"}),
    "noun_chunks": frozenset({"tok2vec", "tagger", "attribute_ruler", "parser"}),
    "ents": frozenset({"ner"}),
}


@dataclass(frozen=True)
class Stage:
    name: str
    module: str
    reads: frozenset[str]  # keys of ANNOTATIONS
    fills: tuple[str, ...]  # Claim fields


STAGES: dict[str, Stage] = {s.name: s for s in (
    Stage("scan", "figrecon.numbers", frozenset(),
          ("value", "low", "high", "unit", "dimension", "currency", "per", "change", "rules")),
    Stage("casualties", "figrecon.casualties", frozenset({"dep", "lemma", "pos"}), ("value", "unit")),
    Stage("ages", "figrecon.ages", frozenset({"dep", "tag", "pos", "lemma"}), ("unit", "dimension", "subject", "topic")),
    Stage("subjects", "figrecon.subjects", frozenset({"dep", "tag", "pos", "lemma", "noun_chunks"}),
          ("unit", "subject", "topic")),
    Stage("speakers", "figrecon.speakers", frozenset({"dep", "tag", "pos", "lemma"}), ("attribution",)),
    Stage("context", "figrecon.subjects", frozenset({"dep", "lemma", "pos"}), ("context.verb", "context.agent")),
    Stage("names", "figrecon.subjects", frozenset({"ents"}), ("context.places", "context.parties", "context.agent")),
    Stage("scales", "figrecon.scales", frozenset(), ("unit", "dimension", "rules")),
    Stage("subunits", "figrecon.subunits", frozenset(), ("currency", "rules")),
)}

#: the stages of a claim as every output shows it
CLAIMS = ("scan", "casualties", "ages", "subjects", "speakers", "context", "scales", "subunits")
#: the stages each command runs. No output format shows ``Claim.context``'s places and parties,
#: and grouping reads places off the words (``figrecon.reconcile``), so no command runs ``names``;
#: the library's ``extract`` functions run it when asked (``entities=True``). Without it a claim
#: names no person as its owner (``Context.agent``) but the name of a relative clause it is in
#: ("the Foxes, who won 54 games") or a proper name that owns the counted noun ("Halvard
#: Mining's 412 workers"), and grouping tells two people's figures apart by their
#: subjects' words only: the entity recognizer would cost compare about half again its
#: time (measured on 300 generated articles: 9.7 s CPU without, 15.9 s with).
COMMANDS: dict[str, tuple[str, ...]] = {
    "extract": CLAIMS,
    "compare": CLAIMS,
    "evaluate": CLAIMS,
}


def components(stages: Iterable[str]) -> frozenset[str]:
    """The spaCy components the given stages need."""
    out: set[str] = set()
    for name in stages:
        for annotation in STAGES[name].reads:
            out |= ANNOTATIONS[annotation]
    return frozenset(out)


def disabled(pipe_names: Iterable[str], stages: Iterable[str]) -> tuple[str, ...]:
    """The pipeline's components that none of ``stages`` needs, to pass to spaCy as ``disable``."""
    needed = components(stages)
    return tuple(p for p in pipe_names if p not in needed)


def runs_names(command: str) -> bool:
    """Whether ``command`` runs the ``names`` stage (the library's ``entities`` flag)."""
    return "names" in COMMANDS[command]


def with_names(stages: Iterable[str], names: bool) -> tuple[str, ...]:
    """``stages``, plus ``names`` when asked for (the library's ``entities=True``)."""
    stages = tuple(s for s in stages if s != "names")
    return stages + ("names",) if names else stages
