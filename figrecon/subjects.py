"""What each number is about, and who said it: read off spaCy's dependency parse.

- ``counted``: the noun a bare number counts ("429 of its soldiers" -> ``soldier``;
  ``figrecon.counts``);
- ``subject``: the NewsQuant-style concept, what the number measures and whose it is
  (``figrecon.concepts``);
- ``topic``: a short phrase for what is counted or measured, for grouping: the counted noun with
  its modifiers and the relation it stands in ("Syrian rebel fighters sent to Azerbaijan"), what
  a sum pays for ("monthly salary"), or the thing measured ("border");
- ``context``: lower-case lemmas of the places, parties and relation around the claim, used to keep
  claims about Libya apart from claims about Azerbaijan;

Who said it is ``figrecon.speakers``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from figrecon import concepts, lexicon
from figrecon.counts import counted_noun, count_unit
from figrecon.grammar.combine import counts_members
from figrecon.model import Context
from figrecon.numbers import Mention
from figrecon.parse import (CLIMB_PAST as GENERIC, OF_THEM, PRONOUNS, VALUED_AT, conjunct_subject, dateline_indexes,
                            gapped_subject, indexes_of, noun_chunks, valued_object)

_NOUNS = {"NOUN", "PROPN"}
_PHRASE_DEPS = {"compound", "amod", "nmod", "poss", "npadvmod"}
_PLACE_LABELS = {"GPE", "LOC", "NORP", "FAC"}
_PARTY_LABELS = {"ORG", "PERSON", "NORP"}


@dataclass(frozen=True)
class Analysis:
    counted: Optional[str]  # the counted noun's unit string ("soldier"), or None
    counted_end: int  # end offset (in the sentence) of the counted noun phrase, or 0
    subject: str  # the concept, NewsQuant style (figrecon.concepts)
    topic: str  # the counted or measured thing with its relation, for grouping
    context: Context
    drop: bool  # a number word with nothing counted ("one another"): not a claim
    #: a vague amount with nothing counted ("Dozens have also returned"): dropped unless its
    #: sentence or the one before counts a noun (see ``extract``)
    vague: bool = False


def _tokens_for(parsed, start: int, end: int):
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span


def _noun_phrase(token, skip=()) -> str:
    """The noun with its compound/adjective modifiers, no determiners or numbers: "Syrian rebel fighters"."""
    words = [t for t in token.children if t.dep_ in _PHRASE_DEPS and t.i < token.i and t.like_num is False
             and t.pos_ not in ("NUM", "DET", "PRON") and t.i not in skip and t.dep_ != "poss"]
    left = []
    for t in words:
        left.extend(x for x in t.subtree if x.pos_ not in ("DET", "PUNCT", "NUM", "PRON") and not x.like_num and x.i not in skip)
    tokens = sorted(set(left), key=lambda t: t.i) + [token]
    return " ".join(t.text for t in tokens)


def _verb_of(token):
    """The verb a token hangs from (climbing nouns and prepositions)."""
    t = token
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux":
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _relation(verb, skip) -> str:
    """"sent to Azerbaijan": the verb with its first prepositional object."""
    if verb is None:
        return ""
    words = [verb.lemma_ if verb.lemma_ in ("be", "have") else verb.text]
    for child in verb.children:
        if child.dep_ in ("prep", "dative") and child.i > verb.i and child.lower_ in ("to", "into", "in", "from", "for", "of", "on", "at"):
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            if pobj and pobj[0].i not in skip:
                words += [child.text, _noun_phrase(pobj[0], skip)]
                break
        if child.dep_ == "dobj" and child.i > verb.i and child.i not in skip and child.pos_ in _NOUNS:
            words.append(_noun_phrase(child, skip))
    return " ".join(words)


def _share_of_a_figure(mention: Mention, number, noun, figures: set) -> bool:
    """Whether a fraction's counted noun is reached across another figure of the sentence: "half
    of the 300 tonnes", "two-thirds of its 12 miles", "a quarter of the 800 staff". The noun (and
    its unit) is the other figure's; read as the fraction's it would make "half" half a tonne.
    A whole number's is its own ("three of the 500 people" are three people)."""
    fraction = mention.high is not None and 0 < mention.high < 1
    return fraction and noun.i > number.i and any(number.i < i <= noun.i for i in figures)


def _counted_by_next(parsed, number, noun, figures: set) -> bool:
    """Whether ``noun``, after ``number``, is what another figure right after it counts: two
    numbers side by side with no word between are two figures ("ran 10.07 eight years ago",
    "scored 21 four years ago"), unless the second is a hyphened modifier of the noun the first
    counts ("4 2-bedroom flats", "two 10-year terms")."""
    nxt = number.i + 1
    if not number.i < nxt < noun.i or nxt not in figures:
        return False
    return not (nxt + 1 < len(parsed) and parsed[nxt + 1].text in ("-", "‑"))


def analyse(parsed, mention: Mention, others=()) -> Analysis:
    """What ``mention`` counts or measures. ``others``: (start, end) of the sentence's other
    mentions, whose words ("dollars", "km") are never a subject."""
    span = _tokens_for(parsed, mention.start, mention.number_end or mention.end)
    if span is None:
        return Analysis(None, 0, "", "", Context(), False)
    # its last word, past a closing comma: "hundreds, if not thousands, of militants" counts the
    # militants that the parse hangs from "thousands"
    number = next((t for t in reversed(span) if not t.is_punct), span[-1])
    whole = _tokens_for(parsed, mention.start, mention.end) or span
    skip = {t.i for t in span} | {t.i for t in whole}
    figures = set()  # the tokens of the sentence's other figures
    for start, end in others:
        other = _tokens_for(parsed, start, end)
        if other is not None:
            skip |= {t.i for t in other}
            figures |= {t.i for t in other}
            for prep in (c for c in other.root.children if c.dep_ == "prep" and c.i >= other.end):
                if not any(number.i == t.i for t in prep.subtree):
                    # the phrase after another figure is its own: "rose to more than 900,000, or
                    # 13% of the population" does not count the population
                    skip |= {t.i for t in prep.subtree}
    skip |= indexes_of(parsed, _NOT_SUBJECTS) | dateline_indexes(parsed)
    counted = None
    counted_end = 0
    anchor = number
    if mention.unit is None and mention.dimension == "count":
        noun = counted_noun(number, parsed)
        if noun is not None and _share_of_a_figure(mention, number, noun, figures):
            noun = None  # "half of the 300 tonnes": the tonnes are the 300's, the half counts none
        if noun is not None and _counted_by_next(parsed, number, noun, figures):
            noun = None  # "ran 10.07 eight years ago": the years are the eight's, the 10.07 counts none
        if noun is not None and noun.i in figures and counts_members(parsed.text, mention.start):
            # "a crew of four and 38 tonnes of cargo": the tonnes are the 38's unit, and the four
            # counts the crew (the scanner shares no unit with it either)
            noun = None
        if noun is not None and noun.lemma_.lower() not in PRONOUNS and noun.pos_ != "PRON":
            counted = count_unit(number, noun)
            if noun.i - number.i <= 4 and noun.i > number.i:
                counted_end = noun.idx + len(noun.text)
            anchor = noun
    # the quantity's head inside the mention ("cent" of "19 per cent", "$" of "$30")
    own = {t.i for t in span} | {t.i for t in whole}
    head = whole.root if whole.root.head.i not in own else number
    if counted is not None:
        topic = _count_subject(anchor, skip)
        subject = concepts.count_concept(anchor, skip)
    else:
        bare = mention.unit is None and mention.dimension == "count"
        stuff = None if bare else (_of_right_after(parsed, whole, skip) or _noun_before_extent(parsed, whole, skip))
        topic = (_phrase(stuff, skip) if stuff is not None else "") \
            or _measured_subject(head, skip, bare, valued=mention.per is None, money=mention.currency is not None) \
            or ("" if bare else _preceding_noun(parsed, whole, skip))
        subject = concepts.measure_concept(head, skip, money=mention.currency is not None,
                                             duration=mention.dimension == "time")
        if not subject and mention.dimension not in ("time", "count"):
            subject = concepts.nearby(whole, skip)
    context = _context(parsed, anchor)
    # A bare "one" with nothing counted is a pronoun ("one of them", "no one", "one another"); a
    # vague amount with nothing counted says nothing. Other numbers in words stand on their own
    # ("Three were killed", "a dozen", "two thirds").
    in_words = not any(c.isdigit() for c in parsed.text[mention.start:mention.number_end or mention.end])
    alone = counted is None and mention.unit is None and mention.dimension == "count"
    after = parsed.text[mention.end:].split(None, 1)
    next_word = after[0].strip(",.;").lower() if after else ""
    # "five were shot, one fatally", "left one dead and three injured": a casualty's word right after
    marked = next_word in _FATAL_ADVERBS or next_word in _CASUALTY_VERBS
    # "one of them died": one of the people just counted, who died; a count, not a pronoun
    casualty = OF_THEM.match(parsed.text[mention.end:]) is not None and number.dep_ in ("nsubj", "nsubjpass") \
        and number.head.lemma_.lower() in _CASUALTY_VERBS
    drop = alone and ((in_words and mention.value == 1 and not (marked or casualty)) or mention.vague)
    return Analysis(counted, counted_end, subject, topic, context, drop,
                    vague=drop and mention.vague and not (in_words and mention.value == 1))


#: adverbs of a casualty that make a bare "one" right before them a count, not a pronoun
#: ("Five people were shot, one fatally"); lexicon/comparison.json fatal_adverbs.
_FATAL_ADVERBS = frozenset(lexicon.table("comparison")["fatal_adverbs"])


#: the words of a casualty (lexicon/relations.json killed and injured): "one of them died",
#: "left one dead"
_CASUALTY_VERBS = frozenset(w for name in ("killed", "injured")
                            for w in lexicon.table("relations")["relations"][name].split())


_CLIMB_DEPS = {"nummod", "quantmod", "dobj", "pobj", "prep", "npadvmod", "attr", "advmod", "appos",
               "conj", "xcomp", "ccomp", "advcl", "acomp", "oprd", "dative", "cc", "punct", "nmod",
               "compound", "amod", "agent", "pcomp", "acl"}
_RELATIVE = {"which", "that", "who", "whom", "whose"}
# Words that belong to a quantity's currency or unit when parsed apart from it.
_NOT_SUBJECTS = frozenset({"US", "U.S.", "U.S", "%", "$", "£", "€", "¥"})


def _preceding_noun(parsed, whole, skip) -> str:
    """The nearest noun phrase before the quantity ("Dow +0.2%"), when the parse names none."""
    for chunk in reversed(noun_chunks(parsed)):
        root = chunk.root
        if chunk.end <= whole.start and root.i not in skip and root.pos_ in _NOUNS \
                and root.lower_ not in PRONOUNS and root.lemma_.lower() not in GENERIC:
            return _noun_phrase(root, skip)
    return ""


def _is_root(t) -> bool:
    return t.head.i == t.i


def _of_object(token, skip, prepositions=frozenset({"of"})):
    """X of "60 per cent of X", "millions of X" (or of another of ``prepositions``)."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in prepositions and child.i > token.i:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in _NOUNS and pobj.i not in skip:
                    return pobj
    return None


def _of_right_after(parsed, whole, skip):
    """The noun of an "of" right after a measured figure, past a bracketed conversion, however the
    parse attached the "of": "3,000 hectares of farmland, much of it sown with wheat" and "3,100
    hectares (7,660 acres) of farmland" measure farmland. None when the "of" names a figure ("40
    tonnes of the 300"), a pronoun or nothing."""
    k = whole.end
    bracketed = k < len(parsed) and parsed[k].text in ("(", ")")
    if bracketed and parsed[k].text == ")":
        k += 1  # the conversion inside the brackets: "(7,660 acres) of farmland"
    elif bracketed:
        close = next((t.i for t in parsed[k:k + 10] if t.text == ")"), None)
        k = close + 1 if close is not None else len(parsed)
    if k >= len(parsed) or parsed[k].lower_ != "of":
        return None
    # the object as the parse tags it: a noun, or a noun it took for an adjective ("farmland");
    # past brackets, the "of" is the figure's own as much as its conversion's
    return next((c for c in parsed[k].children if c.dep_ == "pobj" and c.pos_ in (*_NOUNS, "ADJ")
                 and (bracketed or c.i not in skip)), None)


#: adjectives of extent after a figure ("a slick 11 kilometres long"); comparison.json extent_adjectives
_EXTENT_ADJECTIVES = frozenset(lexicon.table("comparison")["extent_adjectives"])
#: the roles in which a word the tagger took for an adjective stands where a noun does ("forming a slick")
_NOMINAL_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj"})


def _noun_before_extent(parsed, whole, skip):
    """The noun right before a figure that an adjective of extent follows: "a slick roughly 4
    kilometres long", "a wall 3 metres high" measure the slick and the wall, whatever the
    sentence's subject."""
    if whole.end >= len(parsed) or parsed[whole.end].lower_ not in _EXTENT_ADJECTIVES or whole.start == 0:
        return None
    noun = parsed[whole.start - 1]
    # a noun, or one the tagger took for an adjective in a noun's place ("forming a slick 4 km long")
    named = noun.pos_ in _NOUNS or noun.pos_ == "ADJ" and noun.dep_ in _NOMINAL_ROLES
    return noun if named and noun.i not in skip else None


def _owner(token, skip):
    """Who a noun belongs to: a possessive noun ("Apple's revenue")."""
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ in _NOUNS and child.i not in skip:
            return child
    return None


def _phrase(token, skip) -> str:
    phrase = _noun_phrase(token, skip)
    owner = _owner(token, skip)
    if owner is not None:
        phrase += ", " + _noun_phrase(owner, skip)
    # "pace of price increases", "life expectancy for men": a short complement
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for") and child.i == token.i + 1:
            pobj = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in _NOUNS and c.i not in skip]
            if pobj and len(phrase.split()) < 4:
                phrase += f" {child.text} {_noun_phrase(pobj[0], skip)}"
            break
    return phrase


def _verb_subject(verb, skip):
    """The non-pronoun subject of a verb, or of the noun a relative clause describes, for a
    topic: unlike ``parse.subject_of`` (a concept's owner) it does not climb to a parent verb or
    resolve pronouns (using that one for topics lowers grouping and NewsQuant concept scores)."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i not in skip:
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl" and verb.head.pos_ in _NOUNS:
                return verb.head
            if child.pos_ in _NOUNS:
                return child
            return None
    if verb.dep_ == "relcl" and verb.head.pos_ in _NOUNS and verb.head.i not in skip:
        return verb.head
    if verb.dep_ == "acl" and verb.head.pos_ in _NOUNS and verb.head.i not in skip:
        return verb.head
    return None


def _measured_subject(head, skip, bare: bool = False, valued: bool = True, money: bool = False) -> str:
    """What a measured quantity (money, percent, length...) is of: "revenue", "September crude
    contract". The thing named by "of" after it, the noun it modifies, else the subject of its verb.
    ``valued``: whether a verb's object may be it ("put the damage at $180 million"); not for a
    rate, which values one unit of it ("values the company at $41 per share"). ``money``: a sum
    names what it is of after "in" as well ("$350,000 in damage"; lexicon parse.json money_in)."""
    for tok in [head] + [t for t in head.children if t.i in skip]:
        pobj = _of_object(tok, skip)
        if pobj is not None:
            return _phrase(pobj, skip)
    if money:
        for tok in [head] + [t for t in head.children if t.i in skip]:
            pobj = _of_object(tok, skip, _MONEY_IN)
            if pobj is not None and pobj.pos_ == "NOUN" and pobj.ent_type_ not in _DATE_ENTITIES:
                return _phrase(pobj, skip)  # "$350,000 in damage", "$3 billion in revenue"
    named = _named_owner(head, skip)
    if named is not None:
        return _noun_phrase(named, skip)  # "the Sevrin's 287 metres", "the Democrats' 61": the name's
    gapped = gapped_subject(head, skip)
    if gapped is not None:
        return _phrase(gapped, skip)  # "Revenue rose 5% and net income 12%": the income's 12%
    return _climb(head, skip, verbs=1 if bare else 8, bare=bare, valued=valued)


def _named_owner(token, skip):
    """A name that owns a figure's noun or the figure itself: "Sevrin" of "the Sevrin's 287
    metres", "Varrow" of "Varrow's 118 branches", "Democrats" of "the Democrats' 61". Whose the
    figure is, whatever the sentence's subject ("The Orla is 271 metres long against the
    Sevrin's 287 metres"). Not a pronoun ("its 118 branches"): that is the subject's."""
    owner = _owner(token, skip)
    return owner if owner is not None and owner.pos_ == "PROPN" else None


def _climb(start, skip, verbs: int = 8, bare: bool = False, valued: bool = False) -> str:
    """Climb the parse from ``start`` to the noun it modifies or the subject of its verb, passing at
    most ``verbs`` verbs without a subject of their own. A ``bare`` number ("340 still missing")
    stopped at a verb is described by that verb. ``valued``: a figure a verb gives its object
    ("put the damage at $180 million") measures the object (lexicon parse.json valued_at)."""
    t = start
    for _ in range(8):
        if _is_root(t):
            break
        head = t.head
        if head.i in skip:
            t = head
            continue
        if valued and t.dep_ == "conj" and t.pos_ == "ADP" and t.lower_ in VALUED_AT and head.pos_ == "ADP" \
                and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            # "put the death toll at six on Friday and at eight on Sunday": the second "at", which the
            # parse may hang from the "on" before it, gives its figure to the verb as the first does
            head = head.head
        if head.pos_ in _NOUNS:
            lemma = head.lemma_.lower()
            if lemma in GENERIC or head.lower_ in PRONOUNS:
                t = head
                continue
            if t.dep_ in ("nummod", "compound", "amod", "nmod", "quantmod", "pobj", "appos", "npadvmod") or (
                    t.dep_ == "prep" and t.lower_ in ("of", "for", "at", "worth")):
                return _phrase(head, skip)
            t = head
            continue
        if head.pos_ in ("VERB", "AUX"):
            valued_at = valued and t.dep_ in ("prep", "conj") and t.pos_ == "ADP" and t.lower_ in VALUED_AT
            moved_by = t.dep_ == "prep" and t.lower_ == "by" and head.lower_ in _MOVES
            if (valued_at or moved_by) and start.head.i == t.i and start.dep_ == "pobj":
                # "put the damage at $180 million", "valued the deal at $4 billion": the verb's
                # object is what the figure measures; its subject is who measured it. "raised its
                # dividend by 10%", "cut the rate by 0.5 points": the object is what moved
                obj = valued_object(head, t, skip) if valued_at else next(
                    (c for c in head.children if c.dep_ == "dobj" and c.pos_ in _NOUNS and c.i not in skip), None)
                if obj is not None:
                    return _phrase(obj, skip)
                if valued_at and any(c.dep_ == "dobj" and c.tag_ == "PRP" and c.i < t.i for c in head.children):
                    # "Police put it at 180,000": the figure measures what "it" stands for, told
                    # before; its subject is who measured it, never what
                    return ""
                if valued_at and head.dep_ == "relcl" and head.head.pos_ in _NOUNS and head.head.i not in skip:
                    # "a deficit the union puts at $63 million", "the gap, which the mayor put at
                    # $12 million": the relative clause's object is the noun it describes
                    return _phrase(head.head, skip)
            subj = _verb_subject(head, skip | {t.i})
            if subj is None:
                subj = conjunct_subject(head, skip | {t.i})
            if subj is not None:
                return _phrase(subj, skip)
            if t.dep_ in ("nsubj", "nsubjpass"):
                for child in head.children:
                    if child.dep_ in ("dobj", "attr") and child.pos_ in _NOUNS and child.i not in skip:
                        return _phrase(child, skip)
            verbs -= 1
            if verbs <= 0:
                return head.lower_ if bare else ""  # "seven were injured": "injured"
        elif bare and head.pos_ == "ADJ" and t.dep_ in ("npadvmod", "nsubj", "advmod", "nummod"):
            return head.lemma_  # "340 still missing"
        t = head
    return ""


#: every word of a relation (lexicon/relations.json relations): a verb that names what a count
#: counts ("killed", "sent"), which a participle after the counted noun does not override
_RELATION_WORDS = frozenset(w for words in lexicon.table("relations")["relations"].values() for w in words.split())


def _count_subject(noun, skip) -> str:
    """A count's subject: the counted noun phrase with its relation ("Syrian fighters sent to
    Azerbaijan"), then whose they are (the subject of the verb: "goals scored, Chris Wood")."""
    phrase = _noun_phrase(noun, skip)
    verb = _verb_of(noun.head) if not _is_root(noun) else None
    rel = ""
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "conj", "appos", "ROOT") and verb is not None:
        rel = _relation(verb, skip | {noun.i})
        participle = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i), None)
        if participle is not None and not {verb.lower_, verb.lemma_.lower()} & _RELATION_WORDS:
            # "records 51,200 tickets sold for the concert": the count's own participle says what
            # it counts; a verb that only reports the count ("records", "lists") says nothing of it
            rel = _relation(participle, skip | {noun.i})
    owner = ""
    of = _of_object(noun, skip)
    named = _named_owner(noun, skip)
    if named is not None:
        owner = _noun_phrase(named, skip)  # "Varrow's 118 branches": Varrow's, not the sentence subject's
    elif of is not None:
        owner = _noun_phrase(of, skip)
    else:
        found = _climb(noun, skip | {noun.i}, verbs=1)
        if found and found.lower() not in phrase.lower():
            owner = found
    out = f"{phrase} {rel}".strip() if rel else phrase
    return f"{out}, {owner}" if owner else out


def _context(parsed, anchor) -> Context:
    """Places, parties and the governing verb near the claim, as lower-case lemmas."""
    places, parties = set(), set()
    for ent in parsed.ents:
        if ent.label_ in _PLACE_LABELS:
            name = ent.text.lower().replace("'s", "").strip()
            (parties if ent.label_ == "NORP" else places).add(name)  # "Syrian" is not a place
    verb = _verb_of(anchor)
    return Context(tuple(sorted(places)), tuple(sorted(parties)),
                   verb.lemma_.lower() if verb is not None else None, _agent(parsed, anchor, verb))


#: verbs whose subject reports a figure rather than doing what it counts ("Smith confirmed 20
#: deaths", "police put the toll at 12"): lexicon/speech.json say_verbs, findings, carried_by.
_REPORTING = frozenset(lexicon.words("speech", "say_verbs") | lexicon.words("speech", "findings")
                       | lexicon.words("speech", "carried_by"))


#: months and weekdays: a day's possessive ("Friday's 8 per cent slide") dates a figure, it
#: names no one whose figure it is; lexicon/calendar.json.
_CALENDAR = frozenset(lexicon.table("calendar")["months"]) | frozenset(lexicon.words("calendar", "weekdays"))


def _agent(parsed, anchor, verb) -> str:
    """The person whose figure it is: the named person owning the counted or measured noun
    ("Luck's 205 yards"; read off the tags when no entity recogniser ran, so that a proper name
    owns it too: "Halvard Mining's 412 workers"), else the named person who is the subject of its verb ("Luck threw for
    205 yards", "Mira Osei won 412 votes"), else the name a relative clause with the figure is
    about ("the Foxes, who won 54 games"; "Cirrus, which flies 120 aircraft"), lower-case; ""
    otherwise. A verb that reports (``_REPORTING``: "Smith confirmed 20 deaths") names a speaker,
    not a doer: ""."""
    noun = anchor.head if anchor.dep_ in ("nummod", "quantmod", "compound") else anchor
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in _CALENDAR:
            return _person(parsed, child) or _proper_name(child)  # not "Friday's 8 per cent slide"
    if verb is not None and verb.lemma_.lower() not in _REPORTING:
        for child in verb.children:
            if child.dep_ == "nsubj":
                if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                    return _proper_name(verb.head)  # "the Foxes, who won 54 games": the Foxes' games
                return _person(parsed, child)
    return ""


def _proper_name(token) -> str:
    """The proper name ``token`` ends, lower-case: "foxes" of "the Foxes", "northgate foxes" of
    "the Northgate Foxes"; "" when it is no proper noun. Read off the tags, so that it needs no
    entity recogniser (``compare`` runs none)."""
    if token.pos_ != "PROPN":
        return ""
    doc, start = token.doc, token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and token.i >= doc[start - 1].head.i >= start:
        start -= 1
    return " ".join(t.text for t in doc[start:token.i + 1]).lower()


def _person(parsed, token) -> str:
    """The PERSON entity ``token`` is part of, lower-case without a possessive "'s"; else ""."""
    if token.ent_type_ != "PERSON":
        return ""
    for ent in parsed.ents:
        if ent.start <= token.i < ent.end:
            return re.sub(r"[’']s$", "", ent.text.lower()).strip()
    return ""


#: words just before a figure that make it the base another figure of its sentence is compared
#: with ("already more than the 980 he gained", "up from 980", "compared with 4.2 million"):
#: lexicon/comparison.json comparison_bases, the table grouping reads them from.
_BASES = tuple(lexicon.table("comparison")["comparison_bases"])
_BASE_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _BASES) + r")\s+(?:(?:the|a|an)\s+)?$",
                          re.IGNORECASE)
#: "fell to 900 yards from 980": a bare "from" after a word of movement (lexicon/changes.json).
_MOVES = lexicon.words("changes", "up") | lexicon.words("changes", "down") | lexicon.words("changes", "ambiguous")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE)
#: prepositions after a sum that name what it is of: "$350,000 in damage"; lexicon/parse.json money_in.
_MONEY_IN = frozenset(lexicon.words("parse", "money_in"))
#: entity types of a time, never what a sum is of ("$5 million in 2020").
_DATE_ENTITIES = frozenset({"DATE", "TIME"})
#: time nouns the parse may make a compared number's head; lexicon/parse.json base_time_nouns.
_BASE_TIME_NOUNS = frozenset(lexicon.words("parse", "base_time_nouns"))
#: nouns of a level a figure is compared with: "down from a peak of 21,000" (lexicon/parse.json).
_BASE_LEVEL_NOUNS = frozenset(lexicon.words("parse", "base_level_nouns"))
#: how many heads above the comparison word are searched for the figure it compares with.
_COMPARED_REACH = 4


def compared_figures(parsed, mention: Mention, others) -> tuple[int, ...]:
    """The indexes in ``others`` ((start, end) of the sentence's other figures) of the figures a
    bare number is explicitly compared with: the number follows a comparison word (``_BASES``:
    "than", "up from", "compared with"; or "from" after a word of movement) that the parse makes
    its preposition; the figures are those in the subtree of the first head above that word
    that holds any. () when the comparison is not explicit or holds no figure. "Okafor has 1,204
    rushing yards, already more than the 980 he gained" -> the index of "1,204 rushing yards":
    the caller gives 980 that figure's unit when all the figures found share one."""
    span = _tokens_for(parsed, mention.start, mention.number_end or mention.end)
    if span is None:
        return ()
    number = span[-1]
    prep = number.head
    if number.dep_ == "nummod" and prep.dep_ == "pobj" and prep.i > number.i and prep.lower_ in _BASE_TIME_NOUNS:
        number, prep = prep, prep.head  # "up from 3,980 last season": the parse makes 3,980 the season's
    first = span[0]
    if number.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "pobj" \
            and prep.head.lemma_.lower() in _BASE_LEVEL_NOUNS:
        # "down from a peak of 21,000": the peak is what the figure is compared with
        number, prep = prep.head, prep.head.head
        first = min(number.subtree, key=lambda t: t.i)
    if number.dep_ != "pobj" or prep.pos_ not in ("ADP", "SCONJ") or prep.i >= first.i:
        return ()
    before = parsed.text[:first.idx]
    if not _BASE_BEFORE.search(before):
        if not (_FROM_BEFORE.search(before) and prep.lower_ == "from"
                and (prep.head.lower_ in _MOVES or prep.head.lemma_.lower() in _MOVES)):
            return ()
    if prep.lower_ not in before.lower().split()[-3:]:
        return ()  # the comparison word is not the number's preposition in the parse
    inside = {t.i for t in prep.subtree}
    at = {}
    for k, (start, end) in enumerate(others):
        other = _tokens_for(parsed, start, end)
        if other is not None:
            at[k] = other[-1].i
    head = prep.head
    for _ in range(_COMPARED_REACH):
        # a clause coordinated after the comparison is another statement: in "64 workers were
        # hurt, up from 40, and 9 remain in hospital" the 40 is compared with the 64, not the 9
        below = {t.i for t in head.subtree} - inside - {
            t.i for c in head.children if c.dep_ == "conj" and c.i > prep.i for t in c.subtree}
        found = tuple(sorted(k for k, i in at.items() if i in below))
        if found:
            return found
        if head.head.i == head.i:
            break
        head = head.head
    return ()
