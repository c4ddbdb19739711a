"""Count nouns: which noun a bare number counts, and the count's unit.

"429 of its soldiers" counts ``soldier``; "14 first-team players" has unit ``first-team player``
(the NewsQuant convention: the lemma of the counted noun with the modifiers between number and noun).
Read off spaCy's dependency parse.
"""
from __future__ import annotations

_NOUNS = {"NOUN", "PROPN"}


def counted_noun(number, parsed):
    """The noun a number counts, or None."""
    head = number.head
    # "1,000 Syrian rebel fighters": nummod
    if number.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod") and head.pos_ in _NOUNS and head.i > number.i:
        while head.dep_ in ("compound",) and head.head.pos_ in _NOUNS and head.head.i > head.i:
            head = head.head
        return head
    # "429 of its soldiers", "hundreds of Syrian fighters"
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in _NOUNS:
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


def _glued_hyphen(token) -> bool:
    """A hyphen written inside a word ("first-team"), not between spaced words ("one - time")."""
    return token.text in "-‑" and token.i > 0 and not token.nbor(-1).whitespace_ and not token.whitespace_


def count_unit(number, noun) -> str:
    """The count unit: the noun's modifiers between number and noun ("European", "FA Cup",
    "first-team"), lower-case lemmas except proper names, and the noun's lemma."""
    mods = []
    for t in noun.children:
        if t.dep_ in ("compound", "amod", "nmod") and number.i < t.i < noun.i and t.pos_ != "NUM" \
                and t.pos_ in ("ADJ", "NOUN", "PROPN"):
            mods.extend(x for x in t.subtree if number.i < x.i < noun.i and x.pos_ != "NUM"
                        and (x.pos_ in ("ADJ", "NOUN", "PROPN") or _glued_hyphen(x)))
    words: list[str] = []
    for t in sorted(set(mods), key=lambda x: x.i):
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
    return " ".join(words + [head])
