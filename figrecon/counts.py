"""Count nouns: which noun a bare number counts, and the count's unit.

"429 of its soldiers" counts ``soldier``; "14 first-team players" has unit ``first-team player``
(the NewsQuant convention: the lemma of the counted noun with the modifiers between number and noun).
Read off spaCy's dependency parse.
"""
from __future__ import annotations

from figrecon.grammar.vocabulary import MEASURES_BEFORE

_NOUNS = {"NOUN", "PROPN"}


# Words between a number and a noun that make the noun a time or place, not what is counted:
# "2.1 last year", "5 this week".
_NOT_COUNTED_AFTER = {"last", "next", "this", "that", "every", "each", "per", "a", "an"}
# Adjectives before a number that say how many, not what kind: "a total 5 slots", "another 3 days".
_QUANTITY_WORDS = {"total", "additional", "further", "extra", "more", "other", "another", "past",
                   "last", "next", "first", "final", "whole", "entire", "only", "mere", "estimated",
                   "approximate", "average", "combined", "overall", "full", "just", "least", "same",
                   "remaining", "previous", "initial", "new", "latest", "recent", "few", "several",
                   "many", "record-breaking", "staggering", "whopping", "massive", "huge", "meagre",
                   "meager", "paltry", "modest", "roughly", "nearly", "about", "some", "all"}


def counted_noun(number, parsed):
    """The noun a number counts, or None. A noun the tokenizer split at a hyphen inside the
    word ("e-mails" as "e", "-", "mails") is its last part: the whole word is read by
    ``count_unit``."""
    noun = _counted_noun(number, parsed)
    if noun is None or not any(ch.isalpha() for ch in noun.text):
        return None  # "*Priya Haverstrom, 34*": a Markdown mark the parse tagged a noun counts nothing
    return _hyphen_end(noun)


def _hyphen_end(token):
    """The last part of a word written with hyphens and no spaces: "mails" for the "e" of
    "e-mails", "orders" for "pre" of "pre-orders"; the token itself when no hyphen follows."""
    doc = token.doc
    while token.i + 2 < len(doc) and _glued_hyphen(doc[token.i + 1]) and doc[token.i + 2].is_alpha \
            and doc[token.i + 2].pos_ in _NOUNS:
        token = doc[token.i + 2]
    return token


def _hyphen_start(token):
    """The first part of a word written with hyphens and no spaces ("e" for "mails" in
    "e-mails"), or the token itself."""
    doc = token.doc
    while token.i >= 2 and _glued_hyphen(doc[token.i - 1]) and doc[token.i - 2].is_alpha:
        token = doc[token.i - 2]
    return token


def _counted_noun(number, parsed):
    if any(t.lower_ in _NOT_COUNTED_AFTER for t in parsed[number.i + 1: number.i + 2]):
        return None
    text = number.lower_.replace("‑", "-")
    glued = text.split("-")[0] if "-" in text else ""  # "magnitude-6.4", one token
    before = parsed[number.i - 2] if number.i >= 2 and parsed[number.i - 1].text in "-‑" else (
        parsed[number.i - 1] if number.i >= 1 else None)
    if glued in MEASURES_BEFORE or before is not None and before.lower_ in MEASURES_BEFORE:
        return None  # "a magnitude 6.4 quake": the number is the quake's magnitude, it counts no quakes
    head = number.head
    # "1,000 Syrian rebel fighters": nummod
    if number.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod") and head.pos_ in _NOUNS and head.i > number.i \
            and not any(t.dep_ == "conj" and t.head.i == number.i and not t.like_num and t.pos_ != "NUM"
                        for t in parsed[number.i + 1:head.i]):
        # not across a conjunction of the number's own ("was 16 and loved basketball": a mis-parse)
        while head.dep_ in ("compound",) and head.head.pos_ in _NOUNS and head.head.i > head.i:
            head = head.head
        if head.i == number.i + 1 and _name_opening_clause(head):
            return None  # "not the 40,000 Halden has been quoting": Halden quotes the figure, it is not counted
        return head
    # "429 of its soldiers", "hundreds of Syrian fighters"
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in _NOUNS:
                    return pobj
    # a fronted partitive: "Of the lots offered, 52 found buyers" (the "of" hangs on the verb)
    if number.dep_ in ("nsubj", "nsubjpass"):
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i < number.i:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and pobj.tag_ == "NNS":
                        return pobj
    # a mis-parse: the next word is a plural noun ("500 Hamza Brigade fighters")
    for t in parsed[number.i + 1: number.i + 4]:
        if t.tag_ in ("NNS", "NNPS") and t.pos_ in _NOUNS:
            return t
        if t.pos_ not in ("ADJ", "NOUN", "PROPN", "ADV"):
            break
    if number.pos_ in _NOUNS and number.tag_ == "NNS" and not number.like_num:
        return None
    return None


def _name_opening_clause(noun) -> bool:
    """Whether the noun after a number is a singular name that opens a clause of its own, its verb
    right after it: the subject of a relative clause without "that" ("the 40,000 Halden has been
    quoting", "61,000 Marrow counted"), which says who gave the figure. A number counts plural
    things ("40,000 fans"), not a singular name."""
    doc = noun.doc
    return noun.tag_ == "NNP" and noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ in ("AUX", "VERB")


def _glued_hyphen(token) -> bool:
    """A hyphen written inside a word ("first-team"), not between spaced words ("one - time")."""
    return token.text in "-‑" and token.i > 0 and not token.nbor(-1).whitespace_ and not token.whitespace_


def count_unit(number, noun) -> str:
    """The count unit: the noun's modifiers between number and noun ("European", "FA Cup",
    "first-team") and the kind-naming ones before the number ("the top three seeds", "a record
    32 goals"), lower-case lemmas except proper names, the noun's lemma, and a period that
    follows ("three thousand tests per day"). A noun that names a unit ("50 previous years") is
    that unit."""
    from figrecon.numbers import TIME_PERIODS
    from figrecon.units import lexicon

    period = ""
    after = [t for t in noun.doc[noun.i + 1: noun.i + 3]]
    if len(after) == 2 and after[0].lower_ in ("per", "a", "an", "each", "every") \
            and after[1].lemma_.lower() in TIME_PERIODS:
        period = f" per {TIME_PERIODS[after[1].lemma_.lower()]}"
    unit = lexicon().surface(noun.lower_) if noun.pos_ == "NOUN" and noun.text.islower() else None
    if unit is not None and unit.dimension not in ("dimensionless", "count"):
        return unit.name + period
    first = min(t.i for t in number.subtree)
    before = [t for t in noun.children
              if t.dep_ in ("amod", "nmod", "compound") and t.i < first and t.pos_ in ("ADJ", "NOUN")
              and t.lower_ not in _QUANTITY_WORDS and t.lemma_.lower() not in _QUANTITY_WORDS]
    mods = [x for t in before for x in t.subtree if x.i < first and x.pos_ in ("ADJ", "NOUN", "PROPN")]
    for t in noun.children:
        if t.dep_ == "nummod" and t.pos_ == "NUM" and number.i < t.i < noun.i and t.i + 1 < noun.i \
                and noun.doc[t.i + 1].pos_ == "PROPN":
            mods.append(t)  # "two new 737 Max jets": a model number is part of the kind
        if t.dep_ in ("compound", "amod", "nmod") and number.i < t.i < noun.i and t.pos_ != "NUM" \
                and t.pos_ in ("ADJ", "NOUN", "PROPN"):
            mods.extend(x for x in t.subtree if number.i < x.i < noun.i and x.pos_ != "NUM"
                        and (x.pos_ in ("ADJ", "NOUN", "PROPN") or _glued_hyphen(x)))
    first_part = _hyphen_start(noun)
    words: list[str] = []
    for t in sorted((x for x in set(mods) if not first_part.i <= x.i < noun.i), key=lambda x: x.i):
        text = t.text if t.pos_ == "PROPN" else t.lemma_.lower()
        if t.text in "-‑" and not words:
            continue
        if words and (t.text in "-‑" or words[-1].endswith("-")):
            words[-1] += text
        else:
            words.append(text)
    if noun.tag_ == "NNPS":
        head = noun.text[:-1] if noun.text.endswith("s") and not noun.text.endswith("ss") else noun.text
    else:
        head = noun.lemma_.lower()
    if first_part.i < noun.i:  # "e-mails": the parts before the last, as written ("e-mail")
        head = noun.doc[first_part.i:noun.i].text.lower() + head
    return " ".join(words + [head]) + period
