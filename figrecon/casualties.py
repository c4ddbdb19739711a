"""Casualty counts written in words, read from the parse: "a man was killed", "a woman died",
"one teenager was wounded". The number scanner finds figures; these have none, yet most
shootings kill one or two people, so each becomes a count claim of 1 with the person noun as
its unit ("two people died" is a figure the scanner finds already).

A claim is made when a person noun (``lexicon/persons.json``) with the article "a", "an" or the
word "one" is the subject or object of a casualty verb (``lexicon/relations.json``: killed,
injured, shot), or the subject of "was found dead". The claim's span is the article and the
noun ("a man"), so it stays traceable to its words.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from figrecon.numbers import Mention

_ARTICLES = {"a", "an", "one"}
_ROLES = {"nsubj", "nsubjpass", "dobj"}


def _load(name: str) -> dict:
    return json.loads(resources.files("figrecon.lexicon").joinpath(name).read_text("utf-8"))


@lru_cache(maxsize=1)
def _vocabulary():
    relations = _load("relations.json")["relations"]
    wanted = set(_load("comparison.json")["casualty_relations"])
    verbs = {w for name, words in relations.items() if name in wanted for w in words.split()}
    persons = set(_load("persons.json")["persons"]) | set(_load("persons.json").get("singular", []))
    hint = re.compile(r"\b(?:a|an|one)\s+(?:[\w'-]+\s+){0,2}?(?:" + "|".join(sorted(persons)) + r")\b",
                      re.IGNORECASE)
    return frozenset(verbs), frozenset(persons), hint


def may_hold(sentence: str) -> bool:
    """Whether a sentence can hold a word-form casualty count (cheap, before any parse)."""
    verbs, _, hint = _vocabulary()
    if not hint.search(sentence):
        return False
    lower = sentence.lower()
    return any(v in lower for v in verbs)


def mentions(parsed, taken=()) -> list[Mention]:
    """Count mentions of 1 for "a man was killed" in a parsed sentence; ``taken``: (start, end)
    of the mentions the scanner found, which are never overlapped."""
    verbs, persons, _ = _vocabulary()
    out = []
    for token in parsed:
        if token.lower_ not in _ARTICLES or token.dep_ not in ("det", "nummod"):
            continue
        noun = token.head
        if noun.lemma_.lower() not in persons and noun.lower_ not in persons:
            continue
        if noun.dep_ not in _ROLES or noun.head.pos_ not in ("VERB", "AUX"):
            continue
        verb = noun.head
        if verb.lemma_.lower() not in verbs and verb.lower_ not in verbs and not _found_dead(verb, verbs):
            continue
        start, end = token.idx, noun.idx + len(noun.text)
        if any(s < end and start < e for s, e in taken):
            continue
        out.append(Mention(start=start, end=end, value=1.0, low=1.0, high=1.0, change="=",
                           unit=noun.lemma_.lower(),
                           dimension="count", number_end=token.idx + len(token.text)))
    return out


def _found_dead(verb, verbs) -> bool:
    """"a man was found dead": a verb whose complement is a casualty word."""
    return any(c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ in verbs for c in verb.children)
