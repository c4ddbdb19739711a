"""The concept a quantity refers to: what it is a measure of, and whose it is.

This follows the convention of the NewsQuant annotations (CQE, EMNLP 2023), read off spaCy's
dependency parse:

- a measured quantity names the thing it measures and, when a verb links it to one, the thing
  that has it: "footballers pledge 1% of their earnings" -> "earnings, footballers";
  "the index was up 19 per cent" -> "index"; "a fine of $7.5 million" -> "fine";
- a count names its owner or its container, never the counted noun itself (that is the count's
  unit): "Chris Wood has scored 22 goals" -> "Chris Wood"; "a survey of seven countries" ->
  "survey"; "five new seasons of Sesame Street" -> "Sesame Street"; a count that is itself the
  subject of its clause ("dozens of people were killed") has no concept ("").

A phrase is the noun with its whole subtree, less determiners, punctuation and the branch that
holds the quantity ("Ford, which has 13,000 workers" -> "Ford"); a subtree too long to be a name
is cut to the noun's modifiers. Pronouns are never concepts: "they added ten users" -> "".
"""
from __future__ import annotations

from figrecon import lexicon
from figrecon.parse import PRONOUNS, VAGUE, VALUED_AT, gapped_subject, noun_chunks, subject_of, valued_object

_NOUNS = {"NOUN", "PROPN"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_RELATIVE = {"which", "that", "who", "whom", "whose"}
_DROP_POS = {"DET", "PUNCT", "PRON", "CCONJ", "SCONJ", "AUX", "PART"}
#: prepositions naming what a sum or share is for ("paid $30 for flights").
_FOR_PREPS = {"for", "from"}
#: words that report a move in a market report ("Unite Group, down 68p").
_MOVES = {"up", "down", "higher", "lower"}
#: clauses describing a noun are not part of its name ("the workers who voted", "a survey
#: conducted in Germany").
_CLAUSES = {"relcl"}
_WHEN = {"quarter", "year", "month", "week", "day", "period", "season", "session", "time", "decade",
         *lexicon.month_names(), *lexicon.weekday_names(), "today", "yesterday"}
_MODIFIERS = {"compound", "amod", "nmod", "poss"}
#: what a modifier set off by a comma after its noun is: a comment on it, not part of its name
#: ("a loss of 40 cents a share, slightly narrower than forecast"; "a profit of $210 million, well
#: above last year's")
_COMMENTS = {"amod", "advmod", "prep"}
#: a phrase longer than this many words is a clause, not a name: keep the noun's modifiers only.
MAX_WORDS = 7


def phrase(token, skip: set[int]) -> str:
    """The noun phrase headed by ``token`` without the branches holding ``skip`` tokens."""
    keep = _subtree(token, skip)
    if len(keep) > MAX_WORDS:
        keep = _modifiers(token, skip)
    words: list[str] = []
    previous = None
    for t in _glued(keep, skip):
        if previous is not None and _hyphen_between(previous, t):
            words[-1] += "-" + t.text
        else:
            words.append(t.text)
        previous = t
    return " ".join(words)


def _hyphen_between(left, right) -> bool:
    middle = left.doc[left.i + 1]
    return middle.text in ("-", "‑") and not left.whitespace_ and not middle.whitespace_ and right.i == left.i + 2


def _glued(tokens: list, skip: set[int]) -> list:
    """Add the rest of hyphenated names the parse split ("Ben-Moshe", "TA-125")."""
    doc = tokens[0].doc if tokens else None
    out = {t.i for t in tokens}
    for t in tokens:
        for step in (1, -1):
            i = t.i
            while 0 <= i + 2 * step < len(doc) and i + 2 * step not in skip and doc[i + 2 * step].is_alpha \
                    and _hyphen_between(doc[min(i, i + 2 * step)], doc[max(i, i + 2 * step)]):
                out.add(i + 2 * step)
                i += 2 * step
    return [doc[i] for i in sorted(out)]


def _subtree(token, skip: set[int]) -> list:
    """``token`` and its dependents, less relative clauses and the branches that hold a ``skip``
    token (but a modifier holding the quantity keeps its own words: "352 μm pixel pitch")."""
    out = [token]
    _collect(token, skip, out)
    return sorted(out, key=lambda t: t.i)


def _collect(token, skip: set[int], out: list) -> None:
    for child in token.children:
        if child.i in skip or child.dep_ in _CLAUSES:
            continue
        if child.dep_ == "amod" and child.lower_ in VAGUE:
            continue  # "total system output" is the system output
        if child.dep_ in _COMMENTS and child.i > token.i and child.left_edge.i > 0 \
                and child.doc[child.left_edge.i - 1].text == ",":
            continue  # "a loss of 63 cents a share, slightly wider than forecast": a comment, not the name
        if child.dep_ == "prep" and any(c.dep_ == "pobj" and (c.like_num or c.lemma_.lower() in _WHEN)
                                        for c in child.children):
            continue  # "revenue in the quarter", "sampling between 2014 and 2017": when, not what
        if child.dep_ not in _MODIFIERS and any(x.i in skip for x in child.subtree):
            continue  # "Ford, which has 13,000 workers": not part of the name
        if child.pos_ not in _DROP_POS:
            out.append(child)
        _collect(child, skip, out)


def _modifiers(token, skip: set[int]) -> list:
    words = [token]
    for child in token.children:
        if child.dep_ in _MODIFIERS and child.i < token.i and child.i not in skip:
            words.extend(x for x in child.subtree if x.i not in skip and x.pos_ not in _DROP_POS)
    return sorted(set(words), key=lambda t: t.i)


def _is_name(token) -> bool:
    """A noun that can say what is measured: a proper name ("Unite Group"), or a common noun that
    is not vague ("total", "majority")."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.lemma_.lower() not in VAGUE)




def _governing_verb(token):
    """The verb (or predicate adjective with a subject: "a grant worth $8 million") above ``token``."""
    t = token
    for _ in range(8):
        if t.head.i == t.i:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
        if t.pos_ in ("VERB", "AUX") or (t.pos_ == "ADJ" and any(c.dep_ in _SUBJECTS for c in t.children)):
            return t
    return None


def count_concept(noun, skip: set[int]) -> str:
    """The concept of a count whose counted noun is ``noun``."""
    skip = skip | {noun.i}
    if any(c.tag_ == "JJS" or (c.lower_ == "most" and c.dep_ == "advmod") for c in noun.subtree if c.i < noun.i):
        return ""  # "one of the best speakers": a rank, not an amount of anything
    # "five new seasons of Sesame Street"
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
            if pobj:
                return phrase(pobj[0], skip)
    # "dozens of people were killed": the count phrase stands where its number does
    if noun.dep_ == "pobj" and noun.head.head.i in skip:
        noun = noun.head.head
    head = noun.head
    parts: list[str] = []
    # "a survey of seven countries", "price reductions on 50 products", "the brains of 13 people"
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "on") and head.head.pos_ in _NOUNS:
        holder = head.head
        parts.append(phrase(holder, skip))
        verb = _governing_verb(holder)
        if verb is not None and holder.dep_ not in _SUBJECTS:
            subj = subject_of(verb, skip | {holder.i})
            if subj is not None:
                parts.append(phrase(subj, skip))
        return ", ".join(p for p in parts if p)
    if noun.dep_ in ("appos", "nmod", "npadvmod") and head.pos_ in _NOUNS and head.i not in skip:
        return phrase(head, skip)  # "RHP John Gant (0.5 WAR)"
    verb = _governing_verb(noun)
    if verb is None:
        return ""
    if noun.dep_ in _SUBJECTS:
        return ""  # "dozens of people were killed", "1,300 Americans were collecting aid"
    if noun.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children):
        return ""  # "there are four bosses"
    if noun.dep_ == "pobj" and noun.head.head.i == verb.i:
        obj = _object_of(verb, skip)  # "pinpoint the team's problems in one area"
        if obj is not None:
            parts.append(phrase(obj, skip))
    subj = subject_of(verb, skip)
    if subj is not None:
        parts.append(phrase(subj, skip))
    return ", ".join(p for p in parts if p)


def _object_of(verb, skip: set[int]):
    for child in verb.children:
        if child.dep_ == "dobj" and child.i not in skip and _is_name(child):
            return child
    return None


def _named_object(prep, skip: set[int]):
    """The object of a preposition, when it is a noun that can name what is measured."""
    return next((c for c in prep.children if c.dep_ == "pobj" and _is_name(c) and c.i not in skip), None)


def measure_concept(head, skip: set[int], money: bool = False, duration: bool = False) -> str:
    """The concept of a measured quantity (money, percentage, length ...) whose head token in the
    parse is ``head``; ``money``: whether it is a sum ("$1 billion in gains"); ``duration``:
    whether it is a span of time (an adverbial one says when something happened, not what)."""
    parts: list[str] = []
    gapped = gapped_subject(head, skip)
    if gapped is not None:
        return phrase(gapped, skip)  # "Revenue rose 5% and net income 12%": the income's 12%
    measured = None
    # "60 per cent of its revenue", "a fine of $7.5 million", "$1 billion in gains"
    for tok in [head] + [t for t in head.children if t.i in skip]:
        for child in tok.children:
            if child.dep_ == "prep" and child.i > tok.i and child.i not in skip and (
                    child.lower_ == "of" or (child.lower_ == "in" and money)):
                measured = _named_object(child, skip)
                if measured is not None:
                    break
        if measured is not None:
            break
    t = head
    if measured is None:
        for _ in range(8):
            if t.head.i == t.i:
                break
            parent = t.head
            if t.lower_ in _MOVES and t.dep_ == "advmod" and parent.pos_ in _NOUNS and parent.i not in skip \
                    and _is_name(parent):
                return phrase(parent, skip)  # "Unite Group, down 68p": a market report
            if parent.i in skip:
                t = parent
                continue
            if parent.pos_ == "ADP" and t.dep_ == "pobj" and parent.dep_ == "prep" \
                    and parent.head.pos_ in _NOUNS and parent.head.i not in skip:
                # a quantity joined to a noun by any preposition measures it: "a fine of $7.5
                # million", "customers with $1.1 million", "investments over 35 GWh"
                if _is_name(parent.head):
                    measured = parent.head
                    break
                t = parent.head
                continue
            if parent.pos_ == "ADP" and t.dep_ == "pobj" and parent.head.lower_ in _MOVES:
                t = parent  # "down 68p at 1,112p": on to what moved
                continue
            if parent.lower_ in _MOVES and parent.dep_ == "advmod":
                t = parent
                continue
            if parent.pos_ in _NOUNS:
                if _is_name(parent) and (t.dep_ in ("nummod", "compound", "amod", "nmod", "quantmod", "appos")
                                         or t.dep_ == "pobj" or (t.dep_ == "prep" and t.lower_ in ("of", "at", "for", "with", "worth"))):
                    measured = parent
                    break
                t = parent
                continue
            break
    anchor = measured if measured is not None else head
    verb = _governing_verb(anchor)
    if measured is None and duration and anchor.head.pos_ in ("VERB", "AUX", "ADP", "ADV") \
            and (verb is None or anchor.i < verb.i):
        return ""  # "in the last three months, the agency ...", "two years later": when, not what
    if measured is not None:
        parts.append(phrase(measured, skip))
    if measured is None and verb is not None and anchor.head.i == verb.i and anchor.dep_ in ("dobj", "npadvmod"):
        # "paid $216,925 for flights", "shooting 47.6% from the field": what the sum buys
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in _FOR_PREPS and child.i > anchor.i:
                what = _named_object(child, skip)
                if what is not None:
                    parts.append(phrase(what, skip))
                    break
    if measured is None and verb is not None and anchor.dep_ == "pobj" and anchor.head.head.i == verb.i:
        # "boost the driving range by 35 miles", "has the Harmony Touch for $30": the object
        obj = (anchor.head.lower_ in VALUED_AT and valued_object(verb, anchor.head, skip)) or _object_of(verb, skip)
        if obj is None and verb.dep_ == "relcl" and anchor.head.lower_ in VALUED_AT \
                and verb.head.pos_ in _NOUNS and verb.head.i not in skip:
            obj = verb.head  # "a deficit the union puts at $63 million": what the clause describes
        if obj is not None:
            parts.append(phrase(obj, skip))
    if verb is not None and (measured is None or measured.dep_ not in _SUBJECTS):
        subj = subject_of(verb, skip | ({measured.i} if measured is not None else set()))
        if subj is not None and (measured is None or subj.i != measured.i):
            parts.append(phrase(subj, skip))
    return ", ".join(p for p in parts if p)


def nearby(span, skip: set[int]) -> str:
    """For a quantity the parse ties to nothing (headlines, fragments): the noun phrase right
    after it ("a 352 μm pixel pitch"), else the nearest one before it ("wavelengths of at least
    2.4 μm"), or the words before it in its own phrase ("MacBook Pro 16 inch is worth $2,000")."""
    doc = span.doc
    chunks = noun_chunks(doc)
    for chunk in chunks:
        if chunk.start <= span.end < chunk.end and chunk.root.i not in skip and _is_name(chunk.root):
            return phrase(chunk.root, skip)
    for chunk in reversed(chunks):
        if chunk.start >= span.start:
            continue
        if chunk.root.i in skip:
            names = [t for t in chunk if t.i < span.start and t.i not in skip and t.pos_ in _NOUNS]
            if names:
                return " ".join(t.text for t in names)
        elif chunk.end <= span.start and _is_name(chunk.root) and chunk.root.lower_ not in PRONOUNS:
            if any(t.pos_ == "VERB" for t in doc[chunk.end:span.start]):
                return ""  # a verb between: another clause's noun, not the quantity's
            return phrase(chunk.root, skip)
    return ""
