"""Who the article says made a claim: read off the parse of the claim's sentence, or of the
sentence before when the speaker there is a pronoun.

Vocabulary lives in ``lexicon/speech.json``. The speaker of a sentence is, in this order:

- the object of "according to": "according to the port authority, 40 boats sank" -> "the port
  authority";
- the subject of a say verb: "the harbour master said", "officials told reporters"; the agent of a
  passive one ("the toll was confirmed by the coastguard" -> "the coastguard"), or for "quote" its
  passive subject ("one skipper was quoted as saying" -> "one skipper");
- the noun a say verb's participle describes: "a statement saying 40 boats sank" -> "a statement";
  "a recording of one of the crew saying ..." -> "one of the crew";
- the subject of the verb a say verb is joined to: "the agency declined to comment but confirmed"
  -> "the agency";
- with none of these, the reporter of the sentence just before in the same paragraph, when that
  sentence introduces a published account (:func:`reporter`): "The Coast Herald reported on the
  storm. Each boat lost 40 nets." -> "the Coast Herald"; after a plain "said" nobody.

A name is the noun with its article, numbers and modifiers, and one short prepositional phrase
("the head of the agency"); relative clauses and asides are left out. A common noun with a proper
name in apposition is named by the name ("the agency's chief, Ana Ruiz, said" -> "Ana Ruiz"). A
personal pronoun ("he said") is not a name: :func:`resolve` looks for the person or body it
stands for in the one or two sentences before (:func:`antecedent`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from figrecon import lexicon as L
from figrecon.parse import PRONOUNS, RELATIVE


_DATA = L.table("speech")
SAY_VERBS = frozenset(_DATA["say_verbs"])
_PASSIVE_SPEAKER = frozenset(_DATA["passive_speaker"])
_FINDINGS = frozenset(_DATA["findings"])
#: verbs whose subject is a figure's source only through an "at" phrase that holds the figure
_AT_VERBS = frozenset(_DATA["at_verbs"])
_CARRIED_BY = frozenset(_DATA["carried_by"])
_OWNED_FIGURES = frozenset(_DATA["owned_figures"])
#: verbs of a relative clause on a figure whose subject gave the figure (speech.json given_verbs)
_GIVEN_VERBS = frozenset(_DATA["given_verbs"])
_ACCORDING = tuple(_DATA["according"])
#: nouns of published data, whose publisher speaks for them (speech.json data_nouns)
_DATA_NOUNS = frozenset(_DATA["data_nouns"])
_DATA_VERBS = frozenset(_DATA["data_verbs"])
_KEEP_PREPOSITIONS = frozenset(_DATA["keep_prepositions"])
_PERSONAL = {**{w: "person" for w in _DATA["he_she"]}, **{w: "thing" for w in _DATA["it"]},
             **{w: "plural" for w in _DATA["they"]}}
_PERSONS = L.table("persons")
#: singular nouns for one person (persons.json): what "he" or "she" may stand for
PERSON_NOUNS = frozenset(_PERSONS["singular"]) | frozenset(_PERSONS["roles"])
_NOUNS = {"NOUN", "PROPN"}
#: the longest name kept whole, in words; a longer one keeps the noun and the words before it
LONGEST = 8
#: how many sentences back a pronoun's speaker is looked for
LOOK_BACK = 2


@dataclass(frozen=True)
class Speaker:
    """The speaker a sentence names (``name``), or the personal pronoun it uses instead
    (``pronoun``: "he", "it", "they"), or neither."""

    name: Optional[str] = None
    pronoun: Optional[str] = None
    #: the token the name was read from (for the next sentence's pronoun); not part of equality
    head: object = field(default=None, compare=False, repr=False)


def speaker(parsed, at=None) -> Speaker:
    """The speaker of the parsed sentence (see the module's docstring); with ``at`` (the token of
    a claim's figure), the speaker of the nearest say verb above it in the parse, so that in "the
    union published a recording of one skipper saying that 40 boats sank" the 40 is the skipper's,
    and in "A said 3 died while B said 5" each figure has its own speaker."""
    if at is not None:
        giver = _giver(at)
        if giver is not None:
            return Speaker(name(giver), head=giver)
        head = at
        for _ in range(12):
            if head.head.i == head.i:
                break
            below, head = head, head.head
            owned = _owner_of_figure(head)
            if owned is not None:
                return Speaker(name(owned), head=owned)
            lemma = head.lemma_.lower()
            said = lemma in SAY_VERBS or lemma in _AT_VERBS and below.lower_ == "at" and below.dep_ == "prep"
            if head.pos_ == "VERB" and said and not _beyond_semicolon(parsed, at, head):
                found = _speaker_of(head)
                if found is not None:
                    return found
    for token in parsed:
        if token.lower_ == _ACCORDING[0] and token.i + 1 < len(parsed) and parsed[token.i + 1].lower_ == _ACCORDING[1]:
            pobj = [c for c in parsed[token.i + 1].children if c.dep_ == "pobj"]
            if pobj:
                who = _publisher(pobj[0]) or pobj[0]
                return Speaker(name(who), head=who)
    best: Optional[Speaker] = None
    for token in parsed:
        if token.pos_ != "VERB" or token.lemma_.lower() not in SAY_VERBS or _gives_a_figure(token):
            continue  # not "the 380 that the union published": it says who gave that figure (_giver)
        found = _speaker_of(token)
        if found is None:
            continue
        if best is None or (token.dep_ == "ROOT" and (best.pronoun is None) <= (found.pronoun is None)):
            best = found
    return best or Speaker()


def _giver(figure):
    """Who a relative clause on the figure says gave it: the clause's subject, when its verb is
    one of giving a figure (speech.json given_verbs): "the operator" of "far above the 90 beds
    the operator reported", "the union" of "against the 380 that the union published"; or the
    agent of such a verb's participle on it: "the trust" of "than the 40 reported by the trust".
    The clause may hang from the figure or from its noun; a parse that reads the giver as the noun's
    apposition, with the verb hanging from it ("the nine boilers the operator reported"), is read
    the same. None otherwise: "the 300 staff the firm employs" is no one's figure."""
    for noun in (figure, figure.head) if figure.head.i != figure.i else (figure,):
        for child in noun.children:
            if child.dep_ == "relcl" and child.lemma_.lower() in _GIVEN_VERBS and child.i > figure.i:
                who = _named_subject(child)
                if who is not None:
                    return who
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _GIVEN_VERBS \
                    and child.i > figure.i:
                agent = next((c for c in child.children if c.dep_ == "agent"), None)
                who = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                if who is not None and not _is_pronoun(who):
                    return who
            if child.dep_ == "appos" and child.i > figure.i and not any(
                    t.is_punct for t in child.doc[noun.i:child.i]) and any(
                    c.dep_ == "acl" and c.lemma_.lower() in _GIVEN_VERBS for c in child.children):
                return child  # no comma: not an apposition ("the boilers, the model it installed")
    return None


def _named_subject(clause):
    """The subject of a relative clause when it names someone, not a pronoun ("it") nor the
    relative one ("that", "which"); else None."""
    who = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return who if who is not None and not _is_pronoun(who) and who.lower_ not in RELATIVE else None


def _publisher(noun):
    """The body that published the data ``noun`` names (speech.json data_nouns), when the noun
    says: its possessive ("the commission's figures"), the subject of a relative clause on it of
    publishing (speech.json data_verbs: "figures the office published", "figures the club sent
    the paper"), the agent of such a participle ("figures issued by
    the commission") or the possessive of the place the participle's "on" or "in" names
    ("readings posted on the board's site"), or its "from" phrase ("data from the
    commission"). None otherwise: "according to the office" names the office itself."""
    if noun.lower_ not in _DATA_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "poss" and not _is_pronoun(child):
            return child
        if child.dep_ == "relcl" and child.lemma_.lower() in _DATA_VERBS:
            who = _named_subject(child)
            if who is not None:
                return who
        if child.dep_ == "acl" and child.lemma_.lower() in _DATA_VERBS:
            for part in child.children:
                where = next((c for c in part.children if c.dep_ == "pobj"), None)
                if where is None:
                    continue
                if part.dep_ == "agent":
                    return where
                if part.lower_ in ("on", "in"):
                    owner = next((c for c in where.children if c.dep_ == "poss" and not _is_pronoun(c)), None)
                    if owner is not None:
                        return owner
        if child.dep_ == "prep" and child.lower_ == "from":
            source = next((c for c in child.children if c.dep_ == "pobj"), None)
            if source is not None and not _is_pronoun(source):
                return source
    return None


def _gives_a_figure(verb) -> bool:
    """Whether a say verb is a relative clause on a figure ("the 380 that the union published"),
    which names the giver of that figure alone, not the speaker of its sentence."""
    head = verb.head
    return verb.dep_ == "relcl" and (head.like_num or any(c.dep_ == "nummod" for c in head.children))


def _owner_of_figure(token):
    """The possessive owner of a figure's noun (lexicon ``owned_figures``) that ``token`` is, or that
    is the subject of the verb ``token`` is: "the organisers' estimate of 12,000" -> organisers;
    "the crew union's count, taken from its rota sheets, is 610", "the auditors' estimate puts it at £6 million"
    -> union, auditors. None otherwise ("the estimate was 610": no owner; "the firm's 610 staff":
    no figure's noun)."""
    nouns = [token] if token.pos_ in _NOUNS else [c for c in token.children if c.dep_ == "nsubj"]
    for noun in nouns:
        if noun.lemma_.lower() in _OWNED_FIGURES and not any(c.dep_ == "compound" for c in noun.children):
            # not "Fennwick's medal count": the compound says what is counted, the owner whose
            owner = next((c for c in noun.children if c.dep_ == "poss" and not _is_pronoun(c)), None)
            if owner is not None:
                return owner
    return None


def _beyond_semicolon(parsed, figure, verb) -> bool:
    """Whether a semicolon stands between a figure and a say verb after it: the verb reports the
    clause after the semicolon, whatever the parse hangs from it ("Organisers said 120,000
    joined; police estimated 40,000": the 120,000 is not the police's)."""
    return verb.i > figure.i and any(t.text == ";" for t in parsed[figure.i:verb.i])


def _speaker_of(verb) -> Optional[Speaker]:
    who = _said_by(verb)
    if who is None:
        return None
    found = Speaker(pronoun=who.lower_) if _is_pronoun(who) else Speaker(name(who), head=who)
    if found.pronoun is not None and found.pronoun not in _PERSONAL:
        return None  # "I said", "we estimate": the quoted speaker, named elsewhere if at all
    return found


def reporter(parsed) -> Optional[str]:
    """The named speaker of a sentence that reports a published account: "according to X", or at
    its root a verb that introduces one ("The Coast Herald reported that ...", lexicon
    ``carried_by``). A sentence with figures and no speaker of its own, right after it in the same
    paragraph, carries on the report (``extract``)."""
    said = speaker(parsed)
    if said.name is None:
        return None
    if any(t.lower_ == _ACCORDING[0] for t in parsed):
        return said.name
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if root is not None and root.pos_ == "VERB" and root.lemma_.lower() in _CARRIED_BY and _speaker_of(root) == said:
        return said.name
    return None


def _verb_forms(lemmas, irregular, ing: bool = False) -> frozenset:
    """The written forms of verbs: the irregular ones given, and each lemma with -s, -ed, -d (and
    -ies, -ied for a final y; with ``ing``, -ing after a final e dropped)."""
    forms = set(irregular)
    for lemma in lemmas:
        forms |= {lemma, lemma + "s", lemma + "ed", lemma + "d"}
        if lemma.endswith("y"):
            forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
        if ing:
            forms.add((lemma[:-1] if lemma.endswith("e") else lemma) + "ing")
    return frozenset(forms)


#: the written forms of the verbs whose relative clause on a figure gives it ("gave", "quoted",
#: "has been quoting"; speech.json given_verbs and given_irregular_forms)
GIVEN_FORMS = _verb_forms(_GIVEN_VERBS, _DATA["given_irregular_forms"], ing=True)


#: the written forms of the say verbs ("said", "says", "denied"; speech.json say_verbs and
#: irregular_forms), for a test on words before any parse
SAY_FORMS = _verb_forms(SAY_VERBS, _DATA["irregular_forms"])


def _forms() -> "re.Pattern":
    forms = SAY_FORMS | {_ACCORDING[0]}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)


_REPORT_HINT = _forms()


def may_report(text: str) -> bool:
    """Whether a sentence may report (a say verb's form or "according" occurs in it): the cheap test
    before a sentence without figures is parsed for :func:`reporter`."""
    return _REPORT_HINT.search(text) is not None


def _said_by(verb):
    """The token naming who says, for a say verb, or None. Of two subjects the parse gives one
    verb, the nearer ("The storm killed at least 52 people, officials said", parsed with both
    "storm" and "officials" under "said": the officials)."""
    subject = min((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: abs(c.i - verb.i), default=None)
    if subject is not None:
        if subject.lower_ in RELATIVE and verb.dep_ == "relcl":
            return verb.head  # "the official, who said"
        return subject
    for child in verb.children:
        if child.dep_ == "nsubjpass" and verb.lemma_.lower() in _PASSIVE_SPEAKER:
            return child
        if child.dep_ == "agent":
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            if pobj:
                return pobj[0]
    if verb.dep_ == "acl" and verb.head.pos_ in _NOUNS | {"NUM", "PRON"}:
        return _partitive(verb.head)  # "a statement saying", "one of the crew saying"
    if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX") \
            and verb.lemma_.lower() not in _FINDINGS:
        return _said_by_subject(verb.head)
    if verb.dep_ in ("advcl", "pcomp", "xcomp") or (verb.dep_ == "prep" and verb.head.pos_ == "VERB"):
        head = verb.head.head if verb.head.dep_ == "prep" else verb.head
        if head.pos_ == "VERB" and head.lemma_.lower() in _PASSIVE_SPEAKER:
            return _said_by(head)  # "was quoted as saying"
    return None


def _partitive(token):
    """"one of the crew": the word "one" (or a number) whose group a noun names, else the noun."""
    of = token.head
    if token.dep_ == "pobj" and of.lower_ == "of" and (of.head.lower_ == "one" or of.head.pos_ == "NUM"):
        return of.head
    return token


def _said_by_subject(verb):
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    return None


def _is_pronoun(token) -> bool:
    return token.pos_ == "PRON" and not _one_of(token) or token.lower_ in _PERSONAL


def _one_of(token) -> bool:
    """"one of the militants": a pronoun that names its group."""
    return token.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def antecedent(parsed, pronoun: str) -> Optional[str]:
    """Who or what ``pronoun`` ("he", "it", "they") in the next sentence may stand for: the speaker
    this sentence names, else the subject of its main verb, else its object or the object of one
    of its prepositions ("The Guardian spoke to a fighter"), when its kind agrees with the pronoun
    (a name or a person noun for "he"/"she"; a singular noun that is no person for "it"; a plural
    for "they")."""
    said = speaker(parsed)
    candidates = []
    if said.head is not None:
        candidates.append(said.head)
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if root is not None:
        candidates += [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        # then whom the main verb acts on or speaks to: "The Guardian spoke to a fighter. He said ..."
        candidates += [c for c in root.children if c.dep_ == "dobj"]
        candidates += [g for c in root.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    kind = _PERSONAL.get(pronoun)
    for token in candidates:
        if token is None or token.pos_ not in _NOUNS or token.lower_ in PRONOUNS:
            continue
        if _agrees(token, kind):
            return name(token)  # a proper name in apposition names it ("the chief, Ana Ruiz")
    return None


def _agrees(token, kind: Optional[str]) -> bool:
    plural = token.tag_ in ("NNS", "NNPS")
    if kind == "plural":
        return plural
    if plural:
        return False
    # Entity labels are not read (the recogniser is off unless asked for, and a speaker must not
    # depend on it): a proper name with an article ("the Guardian") is a body, not a person.
    article = any(c.dep_ == "det" for c in token.children)
    person = token.lemma_.lower() in PERSON_NOUNS or (token.pos_ == "PROPN" and not article)
    if kind == "person":
        return person
    body = (token.pos_ == "PROPN" and article) or (token.pos_ == "NOUN" and token.lemma_.lower() not in PERSON_NOUNS)
    return kind == "thing" and body


def resolve(current: Speaker, before: list) -> Optional[str]:
    """The attribution of a sentence whose speaker is ``current``, given the parses of the
    sentences just before it, nearest first (at most ``LOOK_BACK`` are read)."""
    if current.name is not None or current.pronoun is None:
        return current.name
    for parsed in before[:LOOK_BACK]:
        found = antecedent(parsed, current.pronoun)
        if found is not None:
            return found
    return None


def _appositive_name(token):
    """"the agency's chief, Ana Ruiz": the proper name a common noun is put beside."""
    if token.pos_ != "NOUN":
        return None
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
    return None


_DROP_DEPS = {"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "parataxis", "prep"}
_KEEP_LEFT = {"det", "predet", "nummod", "quantmod", "amod", "compound", "nmod", "poss", "case", "nn", "advmod"}


def name(token, phrase: bool = True) -> str:
    """The speaker's name from its head noun: article, numbers and modifiers before it, and (with
    ``phrase``) one short prepositional phrase after it; a proper name in apposition to a common
    noun instead of it."""
    named = _appositive_name(token)
    if named is not None:
        token = named
    left = [t for child in token.lefts if child.dep_ in _KEEP_LEFT for t in child.subtree]
    # a determiner starts the phrase: words before it belong to something else ("U.S. A report")
    dets = [c for c in token.lefts if c.dep_ in ("det", "predet")]
    if dets:
        left = [t for t in left if t.i >= dets[0].i]
    words = sorted(left + [token], key=lambda t: t.i)
    for child in token.rights if phrase else ():
        short = child.dep_ == "prep" and child.lower_ in _KEEP_PREPOSITIONS or (
            child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() not in SAY_VERBS)
        if short and child.i == words[-1].i + 1:
            # "the head of the agency", "two crew involved in the rescue"
            phrase = [t for t in child.subtree if not _inside_clause(t, child)]
            if len(words) + len(phrase) <= LONGEST and phrase[-1].pos_ not in ("ADP", "DET"):
                words += phrase
        break
    while words and words[-1].pos_ in ("PUNCT", "CCONJ", "ADP", "DET"):
        words.pop()
    while words and words[0].pos_ in ("PUNCT", "CCONJ"):
        words.pop(0)
    if not words:
        return token.text
    text = "".join(t.text + (t.whitespace_ if k + 1 < len(words) and words[k + 1].i == t.i + 1 else " ")
                   for k, t in enumerate(words)).strip()
    text = " ".join(text.split())
    first = words[0]
    article = first.dep_ in ("det", "predet") and first.pos_ == "DET"
    acronym = len(first.text) > 1 and first.text.isupper()
    if (article or (first.is_sent_start and first.pos_ != "PROPN")) and not acronym and text[:1].isupper():
        text = text[0].lower() + text[1:]  # "The man said" -> "the man", as a name mid-sentence reads
    return text


def _inside_clause(token, top) -> bool:
    """Whether ``token`` sits in a clause or aside under ``top`` (left out of a name)."""
    t = token
    while t.i != top.i:
        if t.dep_ in _DROP_DEPS - {"prep"} or (t.dep_ == "prep" and t.head.i != top.i and t.head.dep_ != "pobj"):
            return True
        t = t.head
    return False
