"""Ages given in apposition after a noun for a person: "the suspect, 34, was arrested", or said
of one: "the man who died was 27". News
writes a person's age as a bare whole number between commas after them; it counts nothing. After
a capitalised name ("Maria Lopez, 27, died") the scanner reads the age from the words alone
(grammar rule ``age``); after a common noun it takes the parse: the number hangs from the noun
as an apposition, and the noun is one person (``lexicon/persons.json``: singular and roles), so
"the team, 12," stays a count.

The claim becomes an age ("year of age"), owned by that person, so that it is compared only with
the same person's age (``figrecon.reconcile``), never counted or set against other figures.
"""
from __future__ import annotations

import re
from typing import Optional

from figrecon import lexicon
from figrecon.numbers import Mention
from figrecon.speakers import PERSON_NOUNS, SAY_VERBS, name

#: the oldest age read this way; a larger number between commas is no age
OLDEST = 120


def owner(parsed, mention: Mention) -> Optional[str]:
    """The name of the person whose age ``mention`` gives, or None."""
    number = _bare_number(parsed, mention)
    if number is None:
        return None
    text = parsed.text
    listed = _listed_ages(parsed, mention)
    if listed is not None:
        return listed
    if text[max(0, mention.start - 2):mention.start] != ", " or text[mention.end:mention.end + 1] not in (",", ")"):
        return _predicate_age(number)
    person = number.head
    if number.dep_ != "appos" or person.i > number.i or person.tag_ not in ("NN", "NNP"):
        return None
    if person.pos_ != "NOUN" or person.lemma_.lower() not in PERSON_NOUNS:
        return None
    return name(person, phrase=False)


def _bare_number(parsed, mention: Mention):
    """The one token of a bare whole number that may be an age (no unit, no qualifier, 1 to
    ``OLDEST``), or None."""
    if mention.unit is not None or mention.change != "=" or mention.value is None or mention.vague \
            or mention.value != int(mention.value) or not 1 <= mention.value <= OLDEST:
        return None
    span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    return span[0] if span is not None and len(span) == 1 else None


def _full_name(token) -> str:
    """A proper noun with the proper nouns compounded before it: "Osric Bayle" of "Bayle"."""
    return " ".join(t.text for t in [*(t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"), token])


def _predicate_age(number) -> Optional[str]:
    """The person a bare number is said to be: "The man who died was 27", "the gunman is 19",
    "Marisol Evander is 31", "her mother, who is 78,"; a number the verb "be" predicates of one
    person (a singular person noun, or a singular proper name with no article, as its subject;
    for "who", the noun its clause hangs from). "The toll was 27" is no age: a toll is no person;
    nor "The Foxes were 12": a name with an article, or a plural one, is no one person.
    The name is read off the tags, not the entity recogniser, which no command runs
    (``figrecon.stages``)."""
    person = _be_subject(number)
    if person is None:
        return None
    if person.lower_ in _RELATIVE and person.head.dep_ == "relcl" and person.head.head.pos_ in ("NOUN", "PROPN"):
        person = person.head.head  # "her mother, who is 78,": the mother's age
    if _one_name(person):
        return name(person, phrase=False)  # "Soberano is 23": a named person
    if person.pos_ != "NOUN" or person.tag_ != "NN" or person.lemma_.lower() not in PERSON_NOUNS:
        return None
    return name(person, phrase=False)


def _be_subject(number):
    """The one subject of the verb "be" a bare number is the complement of, or None."""
    verb = number.head
    if number.dep_ not in ("attr", "acomp") or verb.lemma_.lower() != "be" or verb.i > number.i:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects[0] if len(subjects) == 1 else None


def _one_name(token) -> bool:
    """Whether ``token`` ends the name of one person or thing: a capitalised singular proper noun
    with no article before it ("Gideon Pruitt", not "the Foxes"), and no month or weekday."""
    return (token.pos_ == "PROPN" and token.tag_ == "NNP" and token.text[:1].isupper()
            and token.lower_ not in _CALENDAR and not any(c.dep_ in ("det", "poss") for c in token.children))


#: pronouns that stand for one person ("He was 52."), whose age the sentence before names
_ONE_PERSON = frozenset({"he", "she"})
#: relative pronouns for a person ("her mother, who is 78,")
_RELATIVE = frozenset({"who"})


def pronoun_owner(parsed, mention: Mention, earlier) -> Optional[str]:
    """Whose age a bare number said of "he" or "she" with the verb "be" is ("He was 52.", "police
    said she was 31"), or None when it is no such number. The person is the nearest name before
    the pronoun in its sentence that is not the speaker ("Police named the gunman as Ivo Brandt
    and said he was 19" -> "Ivo Brandt"; not "Arkwright" of "Arkwright said he was 19"), else
    the named subject of the sentence before (``referred``; ``earlier`` gives those parses), else
    "": an age of no one known, compared with no other (report less), never a count."""
    number = _bare_number(parsed, mention)
    pronoun = _be_subject(number) if number is not None else None
    if pronoun is None or pronoun.lower_ not in _ONE_PERSON:
        return None
    for t in reversed(parsed[:pronoun.i]):
        if _one_name(t) and t.dep_ != "compound" and not _speaker(t):
            return _full_name(t)
    return referred(earlier())


def _speaker(token) -> bool:
    """Whether ``token`` is the subject of a say verb ("Arkwright said ...")."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in SAY_VERBS


def modified(parsed, mention: Mention) -> Optional[str]:
    """The person an age written as an adjective is of: the noun it modifies ("a 17-year-old boy"
    -> "boy", "9-year-old Caleb Marlowe" -> "Caleb Marlowe") or the name right after that noun
    ("the 34-year-old centre Osric Bayle" -> "Osric Bayle") or the name it is in apposition to
    ("Sabine Oduya, the 34-year-old nurse" -> "Sabine Oduya"), not the sentence's subject or its
    speaker ("..., Pruitt Springs police said"). None when the noun is no person or the age
    modifies nothing. (Which boy is not known: ``reconcile.comparable`` compares no age whose
    owner is only such a noun.)"""
    if not (mention.unit or "").endswith(" of age"):
        return None
    span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root.head
    if span.root.dep_ not in ("amod", "compound", "nmod") or head.i < span.end or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if head.pos_ == "PROPN":
        return _full_name(head)
    named = _name_after(head) or _name_before(head)
    if named:  # "the 34-year-old centre Osric Bayle"; "Sabine Oduya, the 34-year-old nurse who ..."
        return named
    return head.text if head.lemma_.lower() in PERSON_NOUNS else None


#: the roles of a noun phrase an age written as a noun ("the 24-year-old") may stand in
_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative", "conj", "poss"})
#: sentences read back for the person an age written as a noun refers to
REFERS_BACK = 2


def standalone(parsed, mention: Mention) -> bool:
    """Whether an age is written as a noun, for a person named before: "The 24-year-old has
    agreed a new contract", "Scouts value the 24-year-old at £40m", "The 24-year-old's move"
    (the owner of the move, not the move); not "a 17-year-old boy"."""
    if not (mention.unit or "").endswith(" of age"):
        return False
    span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in _NOUN_ROLES and any(t.dep_ == "det" for t in root.children)


def referred(earlier) -> str:
    """The person an age written as a noun refers to: the named subject of the sentence just
    before ("Tomas Reyl won on Sunday. The 31-year-old ..."), or of the one before that; "" when
    neither has a named subject ("The striker scored twice. The 24-year-old ...": which striker
    is not said here), so that the age is compared with no other (report less). ``earlier``: the
    parses of the sentences before, nearest first."""
    for doc in earlier[:REFERS_BACK]:
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        subjects = root.children if root is not None else ()
        subject = next((t for t in subjects if t.dep_ in ("nsubj", "nsubjpass") and not _dateline(t)), None)
        if subject is None:
            continue
        if subject.pos_ == "PROPN" and subject.text[:1].isupper() and subject.lower_ not in _CALENDAR:
            return _full_name(subject)
        return ""
    return ""


#: the dashes that end a dateline ("DORVIK, May 2 (Wire) — ...")
_DASHES = frozenset(("—", "–", "-", "--"))


def _dateline(token) -> bool:
    """Whether a subject is the place of a dateline that the parse hangs from the verb: "VEYRHAVEN,
    April 12 (Axial Press) — Samuel Ketterai won ..." names Ketterai as the one who won, and the
    dash that ends the dateline hangs from the place."""
    return any(t.dep_ == "punct" and t.text in _DASHES and t.i > token.i for t in token.children)


#: capitalised words after a noun that name a time, not a person ("a 17-year-old boy Monday")
_CALENDAR = frozenset(w.lower() for key in ("months", "weekdays") for w in lexicon.table("calendar")[key])


def _name_after(noun) -> str:
    """The proper name right after a noun for a person, which the noun describes: "the
    34-year-old centre Osric Bayle had 24 points" is Bayle's age, whatever the parse hangs the
    name from; "" when no name follows."""
    words = []
    for t in noun.doc[noun.i + 1:noun.i + 4]:
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or t.lower_ in _CALENDAR:
            break
        words.append(t.text)
    return " ".join(words)


def _name_before(noun) -> str:
    """The proper name a noun for a person stands in apposition to, before it: "Sabine Oduya,
    the 34-year-old nurse who leads the union" is Oduya's age; "" when the noun is no apposition
    of a name."""
    name_ = noun.head
    if noun.dep_ != "appos" or name_.i > noun.i or name_.pos_ != "PROPN" or not name_.text[:1].isupper():
        return ""
    return _full_name(name_)


#: whole numbers listed between commas after a noun: ", 25 and 41,", ", 19, 22 and 30)"
_AGE_LIST = re.compile(r", (\d{1,3}(?:, \d{1,3})*,? and \d{1,3})(?=[,)])")


def _listed_ages(parsed, mention: Mention) -> Optional[str]:
    """The persons whose ages a list after a plural noun for persons gives: "two men, 25 and 41,"
    -> "men". Each number is one of their ages, never a count of them; as ages of several people
    they compare with nothing (``reconcile.comparable``). None when ``mention`` is in no such list."""
    for m in _AGE_LIST.finditer(parsed.text):
        if m.start(1) <= mention.start and mention.end <= m.end(1):
            before = len(parsed.text[:m.start()].rstrip())
            noun = parsed.char_span(before - 1, before, alignment_mode="expand")  # the word before the list
            if noun is None:
                return None
            person = noun[-1]
            if person.tag_ == "NNS" and person.lemma_.lower() in PERSON_NOUNS:
                return person.text.lower()
            return None
    return None

