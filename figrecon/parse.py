"""One set of helpers over spaCy's dependency parse, used by every module that reads the tree
(``figrecon.concepts``, ``figrecon.subjects``, ``figrecon.counts``).

Vocabulary lives in ``lexicon/parse.json``: pronouns (never a subject), words too vague to say
what a quantity measures ("total", "number", "majority": look past them), personal and relative
pronouns. What a sentence's parse gives once (its noun chunks, the tokens that are currency or
unit symbols) is computed once per sentence and kept on the parsed ``Doc``, not once per claim.
"""
from __future__ import annotations

import re

from figrecon import lexicon

_DATA = lexicon.table("parse")
#: pronouns: never a subject or a concept ("they added ten users" -> "").
PRONOUNS = frozenset(_DATA["pronouns"])
#: nouns too vague to say what a quantity measures ("total", "number"): look past them.
VAGUE = frozenset(_DATA["vague"])
#: heads a topic climbs past to the verb or noun they belong to: VAGUE and more ("rate", "level").
CLIMB_PAST = frozenset(_DATA["climb_past"])
PERSONAL = frozenset(_DATA["personal"])
#: prepositions by which a verb gives its object a figure: "put the damage at $180 million"
#: (parse.json valued_at); read by topics (``subjects``) and concepts alike.
VALUED_AT = frozenset(_DATA["valued_at"])
RELATIVE = frozenset(_DATA["relative"])
_NOUNS = {"NOUN", "PROPN"}
_SUBJECTS = {"nsubj", "nsubjpass"}


def noun_chunks(doc) -> list:
    """The parsed sentence's noun chunks, computed once per ``Doc``."""
    cached = doc.user_data.get("figrecon.noun_chunks")
    if cached is None:
        cached = list(doc.noun_chunks)
        doc.user_data["figrecon.noun_chunks"] = cached
    return cached


def indexes_of(doc, words) -> set[int]:
    """Indexes of the tokens whose text is one of ``words`` (a frozenset), once per ``Doc``."""
    key = ("figrecon.indexes", words)
    cached = doc.user_data.get(key)
    if cached is None:
        cached = frozenset(t.i for t in doc if t.text in words)
        doc.user_data[key] = cached
    return set(cached)


_POSSESSIVE = re.compile(r"['’]s$")


def without_possessive(word: str) -> str:
    """A name without its possessive ending: "Vesk's" and "Vesk’s" -> "Vesk"."""
    return _POSSESSIVE.sub("", word)


#: "of them" right after a count ("30 of them children", "one of them died", "nine of whom remain
#: in intensive care"): a count among those just counted (read by subjects and reconcile alike).
OF_THEM = re.compile(r"\s+of\s+(?:them|those|whom)\b", re.IGNORECASE)
#: a dateline at a paragraph's start: "VESK (Market Wire) -", "NEW HARBOR, Ore. (Wire) —",
#: "PORT AMAL -", with up to two parts after the place, each a region or a day ("DORN, Upper
#: Vask, March 4 (Wire) —", "DORN, Oct. 30, 2061 (Wire) -"): where and when the outlet filed,
#: never what a figure measures.
_DATELINE_PART = r",\s*[A-Z][\w.’']*\.?(?:\s+[A-Z][\w.’']*\.?)?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,\s*\d{4})?"
DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z.'’ -]{1,40}(?:" + _DATELINE_PART + r"){0,2}\s*(?:\([^()\n]{1,40}\))?\s*[-–—]+\s")


def dateline_indexes(doc) -> set[int]:
    """Indexes of the tokens of a paragraph's opening dateline ("VESK (Market Wire) -"), once per
    ``Doc``."""
    key = "figrecon.dateline"
    cached = doc.user_data.get(key)
    if cached is None:
        spans = [m.span() for m in DATELINE.finditer(doc.text)]
        cached = frozenset(t.i for t in doc if any(a <= t.idx < b for a, b in spans))
        doc.user_data[key] = cached
    return set(cached)


def subject_of(verb, skip: set[int]):
    """The subject of ``verb`` (the antecedent of a relative pronoun), or None; pronouns are None.
    A verb with no subject of its own borrows one: a relative clause its antecedent's, "plans to
    lay off" the subject of the verb that has the plans, a participle or complement its parent
    verb's ("the shares were up after plummeting 65%")."""
    for depth in range(6):
        for child in verb.children:
            if child.dep_ == "agent" and depth == 0:  # "the list, led by two brothers": the logical subject
                pobj = [c for c in child.children if c.dep_ == "pobj" and c.i not in skip and nameable(c)]
                if pobj:
                    return pobj[0]
        for child in verb.children:
            if child.dep_ in _SUBJECTS and child.i not in skip:
                if child.lower_ in RELATIVE:
                    return antecedent(verb, child, skip)
                if child.lower_ in PERSONAL:
                    return referent(child, skip)
                return child if nameable(child) else None
        if verb.dep_ == "relcl" and verb.head.pos_ in _NOUNS:
            return verb.head if verb.head.i not in skip else None
        if verb.dep_ == "acl" and verb.head.pos_ in _NOUNS and verb.head.i not in skip \
                and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return verb.head  # "an engine tuned to produce 296 hp"
        if verb.dep_ == "ROOT" or verb.head.i == verb.i:
            return None
        name = conjunct_subject(verb, skip)
        if name is not None:
            return name
        parent = verb.head
        while parent.pos_ not in ("VERB", "AUX") and parent.head.i != parent.i:
            parent = parent.head
        if parent.pos_ not in ("VERB", "AUX"):
            return None
        verb = parent
    return None


def conjunct_name(verb, skip):
    """The proper name between a conjoined verb and the conjunction before it, when the parse gave
    the verb no subject: in "Ames threw for 240 yards, and running back Tobias Quarrie gashed them
    for 121 yards" the small model reads "running" as a verb and "Quarrie" as its object, so
    "gashed" would take Ames's subject; the name standing where its subject belongs is it. Only
    for a ``conj`` verb: "Ames threw for 240 yards and then ran for 30" has no name there and
    keeps Ames."""
    if verb.dep_ != "conj":
        return None
    joints = [c for c in verb.head.children if c.dep_ in ("cc", "punct") and c.i < verb.i]
    if not joints:
        return None
    between = verb.doc[max(j.i for j in joints) + 1:verb.i]
    names = [t for t in between if t.pos_ == "PROPN" and t.i not in skip
             and not (t.head.pos_ == "PROPN" and between.start <= t.head.i < between.end)]
    return names[-1] if len(names) == 1 else None


def conjunct_subject(verb, skip):
    """The subject standing between a conjoined verb and the conjunction before it, which the
    parse did not give the verb: a proper name (``conjunct_name``), else a noun phrase the parse
    hung on the clause before (``stranded_subject``); None when none stands there."""
    name = conjunct_name(verb, skip)
    return name if name is not None else stranded_subject(verb, skip)


def _after_conjunction(noun) -> bool:
    """Whether the phrase of ``noun`` opens right after a coordinating "and" or "but"."""
    joint = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return joint is not None and joint.lower_ in ("and", "but") and joint.dep_ == "cc"


def stranded_subject(verb, skip):
    """The subject of a clause joined by "and" or "but" that the parse hung from the clause
    before: in "The hall seats 900 people and the side room holds 120" the small model reads
    "room" as a conjunct of "people" and leaves "holds" with no subject, so the verb would borrow
    the hall. The noun phrase standing between the conjunction and the verb, that conjunct, is
    the verb's subject ("and prices of groceries climbed 7%", "and the voltage across it was 5
    volts"). None when nothing stands there ("cut 200 jobs and closed three plants": one subject
    for both verbs)."""
    if verb.dep_ not in ("conj", "advcl") or verb.i == 0:
        return None
    doc = verb.doc
    noun = doc[verb.i - 1]
    while noun.head.i != noun.i and noun.head.i < verb.i and noun.head.i > noun.i - 8 and noun.dep_ != "conj":
        noun = noun.head  # up from the phrase's last word to its head ("it" -> "across" -> "voltage")
    if noun.dep_ != "conj" or noun.pos_ not in _NOUNS or noun.i in skip or noun.head.i > noun.i \
            or noun.right_edge.i != verb.i - 1 or not _after_conjunction(noun):
        return None
    return noun if nameable(noun) else None


#: words that may stand between a gapped clause's noun and its figures: "and net income 12% to
#: $300 million", "and meat prices between 5% and 6%"; lexicon/parse.json gap_links
_GAP_LINKS = frozenset(_DATA["gap_links"])
#: words that may stand between two figures of a gapped clause ("12% to $300 million"); parse.json gap_joints
_GAP_JOINTS = frozenset(_DATA["gap_joints"])


def gapped_subject(head, skip: set[int]):
    """The noun a figure is about when its clause leaves out the verb it shares with the clause
    before (gapping): in "Revenue rose 5% and net income 12%", "income", standing after the
    conjunction right before the figure, is what the 12% measures; the parse makes it a conjunct
    (or a modifier of the figure's own conjoined noun: "and Tolubo 7.8 inches") and would give the
    12% the revenue. ``head`` is a token of the figure and ``skip`` holds the sentence's figures,
    which (with ``_GAP_LINKS``, "between", "about" ..., and between two figures ``_GAP_JOINTS``,
    "to", "from" ...) may stand between the noun and this figure ("and net income 12% to $300
    million"). None when no such noun stands there ("rose 5% in March and 3% in April"; "sales
    rose 5% and profit fell 3%": a subject of its own verb)."""
    doc = head.doc
    i = head.i
    while i - 1 >= 0 and i - 1 in skip:
        i -= 1  # the figure's first token
    j = i - 1
    while j >= 0 and (j in skip or doc[j].lower_ in _GAP_LINKS
                      or doc[j].lower_ in _GAP_JOINTS and j - 1 in skip and j + 1 in skip):
        j -= 1
    if j < 1 or doc[j].pos_ not in _NOUNS:
        return None
    noun = doc[j]
    while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i and noun.head.i < i:
        noun = noun.head
    # the noun the parse makes a conjunct ("and Ostra about 7%"), or a modifier of the figure's
    # own conjoined head ("and Tolubo 7.8 inches": "Tolubo" hangs from "inches")
    own = noun.head.i in skip and noun.head.dep_ == "conj" and noun.dep_ in ("nmod", "compound", "npadvmod")
    if not own and (noun.dep_ != "conj" or noun.head.i > noun.i):
        return None
    if noun.i in skip or not _after_conjunction(noun):
        return None
    return noun if nameable(noun) else None


def valued_object(verb, prep, skip: set[int]):
    """The object a valuing preposition (``VALUED_AT``) gives its figure to: of the verb's objects,
    and of the nouns the parse hangs from the verb as conjuncts after "and", the nearest before
    the preposition. "put the cost of the recall at €1.35 billion and the smaller fix at €90
    million": the €90 million is the fix's, not the cost's; "valued the bank at $4 billion and its
    insurance arm at $900 million": the arm's. None when the verb has no object before it."""
    best = None
    for child in verb.children:
        if child.i < prep.i and child.i not in skip and child.pos_ in _NOUNS \
                and (child.dep_ == "dobj" or child.dep_ == "conj" and _after_conjunction(child)):
            best = child if best is None or child.i > best.i else best
    return best


def antecedent(verb, pronoun, skip: set[int]):
    """What a relative pronoun stands for: the noun its clause hangs from, else the noun just
    before it ("Lampard, who won ...", when the parse hangs the clause elsewhere)."""
    if verb.dep_ == "relcl" and verb.head.pos_ in _NOUNS and verb.head.i not in skip:
        return verb.head
    doc = pronoun.doc
    i = pronoun.i - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    if i >= 0 and doc[i].pos_ in _NOUNS and i not in skip:
        return doc[i]
    return None


def referent(pronoun, skip: set[int]):
    """Who "he", "she", "it" or "they" most likely is: the nearest subject noun before it in the
    sentence ("Cayman Airways said it was grounding two jets"), else None."""
    for t in reversed(pronoun.doc[:pronoun.i]):
        if t.dep_ in _SUBJECTS and t.pos_ in _NOUNS and t.i not in skip and agrees(pronoun, t):
            return t
    return None


def agrees(pronoun, noun) -> bool:
    """Whether ``noun`` can be what ``pronoun`` stands for: "they" a plural or a name, "he" and
    "she" a name, "it" a singular."""
    word = pronoun.lower_
    if word == "they":
        return noun.tag_ in ("NNS", "NNPS") or noun.pos_ == "PROPN"
    if word in ("he", "she"):
        return noun.pos_ == "PROPN"
    return noun.tag_ in ("NN", "NNP")


def nameable(token) -> bool:
    """A subject that names something: not a pronoun, determiner or number."""
    return token.pos_ not in ("PRON", "DET", "NUM", "SCONJ") and token.lower_ not in PRONOUNS
