"""Casualty counts written in words, read from the parse: "a man was killed", "a woman died",
"one teenager was wounded". The number scanner finds figures; these have none, yet most
shootings kill one or two people, so each becomes a count claim of 1 with the person noun as
its unit ("two people died" is a figure the scanner finds already).

A claim is made when a person noun (``lexicon/persons.json``: persons, singular and roles) with the article "a", "an" or the
word "one" is the subject or object of a casualty verb (``lexicon/relations.json``: killed,
injured, shot), or the subject of "was found dead", or of a casualty adjective that completes a
verb ("police found a woman dead", "we have a young man dead"). So is a bare "one" ("two were killed and one
was injured", "wounded one"), unless it is part of a phrase that is no whole count ("no one", "at
least one", "one of", "one another") or an earlier count in its sentence is of something
``persons.json`` does not know as persons ("three horses were shot and one wounded"). "a third"
after a count of two persons, under a casualty verb of another relation, is one person of that
relation ("Two workers were shot dead and a third was wounded"); under the same relation it is
one more of that count ("two were killed and a third died later") and gives none; so does "another man" or
"another" ("A man was shot dead and another man was wounded": one wounded). Alone, "A third person has
died" tells the toll by its latest death: three killed; so does "she became the third person to
die". The claim's span is the article and the
noun ("a man"), so it stays traceable to its words. People joined by "and" under one casualty verb
are one count, the sum of the parts ("a man and a woman were killed" -> 2; "two men and a woman"
-> 3): a part is never taken for the whole. Only a main clause, or what a speaker reports, states
the event: in "the toll rose to five after a woman died" the woman is one death, not a toll.
When a part is no count of persons ("a man and his dog"), the word forms give no claim.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

from figrecon import lexicon as L
from figrecon.numbers import Mention

_ARTICLES = {"a", "an", "one"}
#: words that make "a ... person" one more of a count told before ("a second person died"):
#: the ordinals of lexicon/numbers.json (compound_ordinals "first", "second", and the singular
#: denominators "third" ... "tenth"), and the partial words of lexicon/comparison.json
_FURTHER = frozenset(L.table("numbers")["compound_ordinals"]) | frozenset(
    w for w in L.table("numbers")["denominators"] if not w.endswith("s") and w not in ("half", "quarter")) \
    | frozenset(L.table("comparison")["partial_before"])
_ROLES = {"nsubj", "nsubjpass", "dobj"}
#: an ordinal's rank: "second" 2, "third" 3 ... (lexicon/numbers.json compound_ordinals and denominators)
_RANK = {w: n for w, n in {**L.table("numbers")["denominators"], **L.table("numbers")["compound_ordinals"]}.items()
         if not w.endswith("s") and w not in ("half", "quarter", "first")}


@lru_cache(maxsize=1)
def _relation_of_word() -> dict:
    """A casualty word -> its relation ("wounded" -> "injured"); lexicon/relations.json."""
    relations = L.table("relations")["relations"]
    wanted = set(L.table("comparison")["casualty_relations"])
    return {w: name for name, words in relations.items() if name in wanted for w in words.split()}


@lru_cache(maxsize=1)
def _vocabulary():
    verbs = set(_relation_of_word())
    persons = L.person_nouns()  # "a security guard was shot"
    # "a man", "one woman", a bare "one"; "the second guest" of "the second guest to die"
    hint = re.compile(r"\b(?:(?:a|an|one|the\s+(?:" + "|".join(sorted(_RANK)) + r"))\s+(?:[\w'-]+\s+){0,2}?(?:"
                      + "|".join(sorted(persons)) + r")|one)\b", re.IGNORECASE)
    return frozenset(verbs), frozenset(persons), hint


def may_hold(sentence: str) -> bool:
    """Whether a sentence can hold a word-form casualty count (cheap, before any parse)."""
    verbs, _, hint = _vocabulary()
    if not hint.search(sentence):
        return False
    lower = sentence.lower()
    return any(v in lower for v in verbs)


def mentions(parsed, found=()) -> list[Mention]:
    """The sentence's count mentions with its word-form casualty counts added: ``found`` are the
    mentions the scanner found (kept, never overlapped), returned in text order together with a
    count of 1 for "a man was killed", and with the people joined by "and" under one casualty
    verb made one count ("a man and a woman" -> 2; "two men and a woman" -> 3), their parts
    dropped. A coordination with a part that is no count of persons gives no joined count, and its
    word-form parts give none either."""
    verbs, persons, _ = _vocabulary()
    found = list(found)
    by_number = {}  # the token of a scanner count's last number word -> its mention
    for m in found:
        if m.unit is None and m.dimension == "count" and m.value is not None and m.change == "=":
            span = parsed.char_span(m.start, m.number_end or m.end, alignment_mode="expand")
            if span is not None and len(span):
                by_number[span[-1].i] = m
    added, dropped = [], set()
    for noun in parsed:
        if noun.dep_ not in _ROLES or noun.head.pos_ not in ("VERB", "AUX") and not _small_clause(noun, verbs):
            continue
        verb = noun.head
        if verb.lemma_.lower() not in verbs and verb.lower_ not in verbs and not _found_dead(verb, verbs):
            continue
        if not _main_clause(verb):
            continue  # "the toll rose to five after a woman died": one death, not the toll
        people = [noun, *[c for c in noun.conjuncts if c.i > noun.i]]
        for appos in (c for c in noun.children if c.dep_ == "appos" and c.conjuncts):
            people += [appos, *[c for c in appos.conjuncts if c.i > appos.i]]  # "a man, a woman and a boy"
        nxt = _next_in_line(noun, verb, by_number, persons) or _another_of_other_relation(noun, verb, persons) \
            or _nth_death(noun, verb, by_number, persons)
        parts = [nxt] if nxt is not None else [_count_of(p, persons, by_number) for p in people]
        if any(part is None for part in parts):
            continue  # not every part is a count of persons: no joined count, no word-form part
        if len(parts) == 1 and parts[0].mention is not None:
            continue  # the scanner's own count, alone: kept as it is
        start, end = min(p.start for p in parts), max(p.end for p in parts)
        # a bare "one" the scanner read as a number is this word-form count, not another figure
        ones = {id(m) for p in people if p.lower_ == "one" for m in _scanned_at(found, p)}
        others = [m for m in found if not any(m is p.mention for p in parts) and not _age(m) and id(m) not in ones]
        if any(m.start < end and start < m.end for m in others):
            continue  # an age inside ("a 17-year-old boy") is another claim; any other figure wins
        total = float(sum(p.count for p in parts))
        lemmas = {"person" if p.lower_ in ("one", "another") or p.lower_ in _RANK else p.lemma_.lower() for p in people}
        dropped |= {id(p.mention) for p in parts if p.mention is not None} | ones
        added.append(Mention(start=start, end=end, value=total, low=total, high=total, change="=",
                             unit=lemmas.pop() if len(lemmas) == 1 else "person", dimension="count",
                             number_end=parts[0].number_end))
    for noun in parsed:  # "became the fourth patient to die": the dead now number four
        nth = _nth_to_die(noun, by_number, persons)
        if nth is None or any(m.start < nth.end and nth.start < m.end for m in found + added):
            continue
        count = float(nth.count)
        added.append(Mention(start=nth.start, end=nth.end, value=count, low=count, high=count,
                             change="=", unit=noun.lemma_.lower(), dimension="count", number_end=nth.number_end))
    for one in parsed:  # "leaving two workers dead and one wounded": the noun left out
        if not _elided_one(one, verbs, persons):
            continue
        end = one.idx + len(one.text)
        same = _scanned_at(found, one)
        if any(m.start < end and one.idx < m.end for m in found if m not in same) or \
                any(m.start < end and one.idx < m.end for m in added):
            continue
        dropped |= {id(m) for m in same}
        added.append(Mention(start=one.idx, end=end, value=1.0, low=1.0, high=1.0, change="=",
                             unit="person", dimension="count", number_end=end))
    kept = [m for m in found if id(m) not in dropped]
    return sorted(kept + added, key=lambda m: (m.start, m.end))


def _scanned_at(found, token) -> list[Mention]:
    """The scanner's mentions whose span is exactly the token's ("one" read as the number 1)."""
    return [m for m in found if (m.start, m.end) == (token.idx, token.idx + len(token.text))]


def _elided_one(token, verbs, persons) -> bool:
    """"one" joined by "and" to a count of persons, its noun left out and a casualty word right
    after it: "two workers dead and one wounded". A bare "one" as a casualty verb's subject or
    object is read by the main loop."""
    if token.lower_ != "one" or token.tag_ != "CD" or token.dep_ != "conj":
        return False
    children = list(token.children)
    if len(children) != 1 or children[0].i != token.i + 1 or children[0].dep_ not in ("acl", "amod") \
            or (children[0].lemma_.lower() not in verbs and children[0].lower_ not in verbs):
        return False
    counted = [t for t in token.sent if t.i < token.i and any(c.dep_ == "nummod" for c in t.children)]
    return bool(counted) and _bare_one(token, persons, children=1)


def _names_person(token, persons) -> bool:
    """Whether a token is a noun for a person (persons.json), as written or by its lemma."""
    return token.lemma_.lower() in persons or token.lower_ in persons


def _main_clause(verb) -> bool:
    """Whether a verb states the event itself: the sentence's main clause, what a speaker reports
    ("police said a man was killed"), or a participle that tells what the main clause's event did
    ("opened fire, killing a teacher"), or a relative clause on an event ("a shooting that killed a
    teenager"); not a clause that dates or explains something else ("after a woman died", "a man
    who was shot", "since killing a guard")."""
    while verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children):
        return _main_clause(verb.head)  # "opened fire, killing a teacher": the main event's own participle
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "a shooting that killed a teenager", "a holdup in which a clerk was wounded": what the
        # event did; not "a man who was shot", a person the clause describes
        persons = _vocabulary()[1]
        return not _names_person(verb.head, persons)
    return verb.dep_ in ("ROOT", "ccomp", "parataxis")


def _age(mention: Mention) -> bool:
    return (mention.unit or "").endswith(" of age")


class _Part(NamedTuple):
    """One part of a count of persons joined by "and"."""

    mention: Optional[Mention]  # the scanner's count ("two men"), or None for a word form ("a man")
    start: int
    end: int
    count: float
    number_end: int


def _count_of(noun, persons, by_number) -> Optional[_Part]:
    """The part a person noun gives: "a man" (1), "one woman" or "two men" (the scanner's
    count), or a bare "one" (``_bare_one``); None when the noun is no person or has no count."""
    if _bare_one(noun, persons):
        return _Part(None, noun.idx, noun.idx + len(noun.text), 1, noun.idx + len(noun.text))
    if not _names_person(noun, persons):
        return None
    if any(c.dep_ == "amod" and c.i < noun.i and c.lower_ in _FURTHER for c in noun.children):
        return None  # "a second person died", "another man was hurt": one more, not a count
    for child in noun.children:
        if child.dep_ in ("det", "nummod") and child.i < noun.i:
            m = by_number.get(child.i)
            if m is not None:
                return _Part(m, m.start, max(m.end, noun.idx + len(noun.text)), m.value, m.number_end or m.end)
            if child.lower_ in _ARTICLES and noun.tag_ in ("NN", "NNP"):
                return _Part(None, child.idx, noun.idx + len(noun.text), 1, child.idx + len(child.text))
    for appos in noun.children:  # "the victim, a 19-year-old man, was pronounced dead": the man
        if appos.dep_ == "appos" and not appos.conjuncts and appos.i > noun.i:
            part = _count_of(appos, persons, by_number)
            if part is not None and part.mention is None:
                return part
    return None


#: tokens a bare "one" may follow and still be a whole count: none of "at least one", "no one"
_BEFORE_ONE_DEPS = frozenset({"cc"})


def _bare_one(token, persons, children: int = 0) -> bool:
    """"one" alone as the one person a casualty verb is about: "two were killed and one was
    injured", "killed three people and wounded one", "One died at the scene". Not "no one", "the
    one who", "at least one", "one of the victims", "one another", and not after a count of
    something that is no person ("three dogs were killed and one injured": a dog)."""
    if token.lower_ != "one" or sum(1 for _ in token.children) != children:
        return False
    if token.tag_ != "CD" and not (token.tag_ == "PRP" and _after_persons(token, persons)):
        return False  # "one can see": the pronoun; but "One man is dead and one is hurt": a count
    sentence = token.sent
    before = token.nbor(-1) if token.i > sentence.start else None
    if before is not None and not (before.is_punct or before.dep_ in _BEFORE_ONE_DEPS
                                   or before.pos_ in ("VERB", "AUX")):
        return False  # "at least one", "no one", "the one", "every one"
    after = token.nbor(1) if token.i + 1 < sentence.end else None
    if after is not None and after.lower_ in ("of", "another", "other", "more"):
        return False
    for t in sentence:
        if t.i >= token.i:
            break
        if any(c.dep_ == "nummod" for c in t.children) and not _names_person(t, persons):
            return False  # "three dogs were killed and one injured": the one is a dog
    return True


def _after_persons(token, persons) -> bool:
    """Whether a count of persons comes earlier in the token's sentence ("One man is dead and one
    is hurt"): then a "one" the parser tags a pronoun is one more person, as a "one" it tags a
    number is."""
    return any(t.i < token.i and _names_person(t, persons)
               and any(c.dep_ == "nummod" or c.lower_ in _ARTICLES for c in t.children) for t in token.sent)


def _relation(verb) -> Optional[str]:
    table = _relation_of_word()
    found = table.get(verb.lower_) or table.get(verb.lemma_.lower())
    for child in verb.children:  # "was shot dead", "fatally shot": a death
        if child.dep_ in ("oprd", "acomp", "advmod") and table.get(child.lower_) == "killed":
            return "killed"
    return found


def _next_in_line(token, verb, by_number, persons) -> Optional[_Part]:
    """"a third" after a count of two persons, under another casualty verb: one person more, with
    that verb's relation ("Two workers were shot dead and a third was wounded": one wounded).
    Under the same relation it is one more of that count, not a count of its own ("two were
    killed and a third died later"), and after any other count it is no count."""
    rank = _RANK.get(token.lower_)
    if rank is None or [c.lower_ for c in token.children] not in (["a"], ["an"]):
        return None
    earlier = [(i, m) for i, m in by_number.items() if i < token.i and token.sent.start <= i]
    if not earlier:
        return None
    i, m = max(earlier, key=lambda x: x[0])
    number = token.doc[i]
    counted = number.head if number.dep_ == "nummod" else number
    if m.value != rank - 1 or (counted is not number and not _names_person(counted, persons)):
        return None
    other = counted.head
    while other.dep_ == "conj" and other.head.pos_ in ("VERB", "AUX") and other.i > other.head.i:
        other = other.head
    mine, theirs = _relation(verb), _relation(other) if other.pos_ in ("VERB", "AUX") else None
    if mine is None or theirs is None or mine == theirs:
        return None
    return _Part(None, token.nbor(-1).idx, token.idx + len(token.text), 1, token.idx + len(token.text))


def _rank(noun) -> Optional[int]:
    """The rank an ordinal before a noun gives it ("third" of "a third person": 3), or None."""
    return next((_RANK[c.lower_] for c in noun.children if c.dep_ == "amod" and c.i < noun.i and c.lower_ in _RANK), None)


def _nth_death(noun, verb, by_number, persons) -> Optional[_Part]:
    """"A third person has died": the dead now number three, a death toll told by its latest
    death, when nothing earlier in the sentence is counted. Only for deaths: "a second man was
    wounded" may be the first wounded after one killed."""
    if not _names_person(noun, persons) or _relation(verb) != "killed":
        return None
    article = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < noun.i), None)
    rank = _rank(noun)
    if article is None or rank is None or any(i < noun.i for i in by_number if noun.sent.start <= i):
        return None
    return _Part(None, article.idx, noun.idx + len(noun.text), rank, noun.idx + len(noun.text))


def _nth_to_die(noun, by_number, persons) -> Optional[_Part]:
    """"the second guest to die", "the third person to be killed", the complement of a main
    clause's "be" or "become" (``_main_clause``: a speaker's report too): the dead now number
    two, three, a toll told by its latest death as "A third person has died" tells it
    (``_nth_death``), when nothing earlier in the sentence is counted."""
    if noun.dep_ not in ("attr", "oprd") or noun.head.lemma_.lower() not in ("be", "become") \
            or not _main_clause(noun.head) or not _names_person(noun, persons):
        return None
    article = next((c for c in noun.children if c.dep_ == "det" and c.lower_ == "the" and c.i < noun.i), None)
    rank = _rank(noun)
    # "to die" on the noun ("the third person to die") or, as some parses have it, on the verb
    dies = any(c.dep_ in ("relcl", "acl", "xcomp") and c.i > noun.i and _relation(c) == "killed"
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in (*noun.children, *(c for c in noun.head.children if c.dep_ == "xcomp")))
    if article is None or rank is None or not dies or any(i < noun.i for i in by_number if noun.sent.start <= i):
        return None
    return _Part(None, article.idx, noun.idx + len(noun.text), rank, noun.idx + len(noun.text))


#: words that make a person noun one more person than one told before: "another man", "a second
#: woman"; lexicon/comparison.json another_words
_ANOTHER = frozenset(L.table("comparison")["another_words"])


def _another_of_other_relation(noun, verb, persons) -> Optional[_Part]:
    """"another man" or "another" under a casualty verb whose relation no earlier casualty word of
    the sentence has: one person of that relation ("A man was shot and killed and another man was
    wounded": one wounded). Under a relation an earlier word has, it is one more of that count
    ("a man was hurt and another was hurt later") and gives none."""
    if noun.lower_ == "another":
        marker = noun
    elif _names_person(noun, persons):
        marker = next((c for c in noun.children if c.i < noun.i and c.lower_ in _ANOTHER
                       and c.dep_ in ("det", "amod")), None)
        if marker is None:
            return None
    else:
        return None
    mine = _relation(verb)
    earlier = {_relation(t) for t in noun.sent if t.i < marker.i} - {None}
    if mine is None or not earlier or mine in earlier:
        return None
    start = marker.nbor(-1).idx if marker.lower_ == "second" and marker.i > noun.sent.start else marker.idx
    return _Part(None, start, noun.idx + len(noun.text), 1, marker.idx + len(marker.text))


def _small_clause(noun, verbs) -> bool:
    """Whether ``noun`` is the subject of a casualty adjective that completes a verb: "police
    found a woman dead", "we have a young man dead" (the parser makes the adjective the verb's
    clausal complement and the noun its subject, where "left a teenager dead" has an object)."""
    head = noun.head
    return noun.dep_ == "nsubj" and head.pos_ == "ADJ" and head.lower_ in verbs \
        and head.dep_ in ("ccomp", "xcomp", "oprd") and head.head.pos_ in ("VERB", "AUX")


def _found_dead(verb, verbs) -> bool:
    """"a man was found dead": a verb whose complement is a casualty word."""
    return any(c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ in verbs for c in verb.children)
