"""Claims -> Groups: which claims speak of the same thing, and which of those disagree.

Two claims may share a group when they measure the same kind of thing in the same normalized
unit ("USD/month", "metre", a class of counted noun), their relations agree (sent vs killed vs
paid), and their places do not exclude each other (Libya vs Azerbaijan). Grouping is complete-link:
a claim joins a group only if it is compatible with every claim already in it, so groups never
chain through a middle claim. Claims are sorted first, so the result does not depend on the order
of the inputs.

Two claims of a group conflict when they come from different documents and their normalized
intervals, widened by a relative ``tolerance``, do not overlap.
"""
from __future__ import annotations

import itertools
import math
import re
import sys
from collections import Counter
from functools import lru_cache
from itertools import groupby
from dataclasses import dataclass, fields, replace
from collections.abc import Sequence
from typing import Callable, Iterable, Iterator, Optional

from figrecon import currency, frames, lexicon, scales, stated_rates
from figrecon.model import Claim, Conflict, Context, Group, Story, pickled_by_position
from figrecon.normalize import base_unit, made_ago, normalize
from figrecon.parse import OF_THEM, PRONOUNS, without_possessive
from figrecon.products import of_claims
from figrecon.speakers import GIVEN_FORMS, SAY_FORMS
from figrecon.spill import Spill
from figrecon.wordtrie import words_pattern

DEFAULT_TOLERANCE = 0.05  # 5 %: rounding in reporting ("about 1,300" vs "1,290") is not a conflict


_REL = lexicon.table("relations")["relations"]
#: word -> the relation it names ("wounded" -> "injured"); lexicon/relations.json.
RELATION_OF = {w: name for name, words in _REL.items() for w in words.split()}
#: "a city of 500,000": the noun the figure is "of" -> the relation it gives; lexicon/relations.json.
OF_HEAD = {w: name for name, words in lexicon.table("relations")["of_heads"].items() for w in words.split()}
#: a verb of living in a place right after a count: "who live in the city"; relations.json residence_verbs
_LIVES_IN = re.compile(r"\s*(?:(?:who|that)\s+)?(?:now\s+|still\s+)?(?:" + "|".join(lexicon.table("relations")["residence_verbs"])
                       + r")\s+(?:in|on)\s+(?:the\s+|its\s+|this\s+|that\s+)?([a-z]+)\b", re.IGNORECASE)
#: (word, dimension) -> the relation the word names for a figure of that dimension, where that is
#: not the one RELATION_OF gives ("leaked" records are breached; oil that "leaked" spilled);
#: lexicon/relations.json dimension_words
_DIMENSION_RELATION = {(w, dim): name for name, entry in lexicon.table("relations")["dimension_words"].items()
                       for w in entry["words"].split() for dim in entry["dimensions"].split()}
#: relations that only figures of some dimensions have ("seats" are counted); lexicon/relations.json.
RELATION_DIMENSIONS = {name: tuple(dims.split()) for name, dims in lexicon.table("relations")["dimensions"].items()}
#: "61 percent of eligible voters": the noun a share is of -> the relation it gives; lexicon/relations.json.
WHOLE_HEAD = {w: name for name, words in lexicon.table("relations")["whole_heads"].items() for w in words.split()}
#: the predicates of such a whole that keep its relation ("voters cast ballots"); any other
#: predicate states something else of them ("voters undecided"); lexicon/relations.json whole_predicates.
_WHOLE_PREDICATES = {name: frozenset(words.split()) for name, words in lexicon.table("relations")["whole_predicates"].items()}
_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:[a-z]+\s+){0,2}$")


def _alternatives(phrases) -> str:
    """Phrases as a regex alternation, each space any run of spaces."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


#: words of a relations.json phrase that take no ending: "in" is no "injured"; relations.json phrase_fixed_words
_PHRASE_FUNCTION_WORDS = frozenset(lexicon.table("relations")["phrase_fixed_words"])

#: a phrase's "*": one or two words, neither of them one it never stands for (relations.json phrase_wildcard_not)
_WILDCARD = r"(?!(?:" + "|".join(lexicon.table("relations")["phrase_wildcard_not"]) + r")\b)\S+(?:\s+\S+)?"


def _phrase(text: str) -> str:
    """A relations.json phrase as a pattern: each word may take an ending ("left" of "leaves"
    aside, "took part" and "takes part" are one phrase), but not a preposition or an article
    ("in * hospital" must not read "injured treated in hospital"); "*" is one or two words, not
    "other" ("diverted to other hospitals" admits no one)."""
    return r"\s+".join(_WILDCARD if w == "*" else re.escape(w) + r"\b" if w in _PHRASE_FUNCTION_WORDS
                       else re.escape(w) + r"[a-z]*" for w in text.split())


#: a verb of more than one word just before a figure ("will set buyers back $799"), with up to
#: three words between ("coughed up a record $40 million"); lexicon/relations.json phrases.
_PHRASES_TAIL = r"(?:\s+[A-Za-z][\w'-]*){0,3}\s*\W?$"
#: each relation's phrases as one alternation, wherever they stand
_PHRASES_ANYWHERE = {name: re.compile(r"\b(?:" + "|".join(_phrase(p) for p in phrases) + r")", re.IGNORECASE)
                     for name, phrases in lexicon.table("relations")["phrases"].items()}
_PHRASES = [(re.compile(pattern.pattern + _PHRASES_TAIL, re.IGNORECASE), name) for name, pattern in _PHRASES_ANYWHERE.items()]
#: a sentence that opens by naming a whole its figures are parts of: "Of 196 cases in the trial,",
#: "Of those infected,"
_OF_OPENING = re.compile(r"^\W*Of\s+(?:the\s+|those\s+|these\s+|all\s+)?[^,;:.!?]{1,60},", re.IGNORECASE)
#: a sentence that opens with a definite plural set out member by member between commas: "The
#: wounded, a 22-year-old woman and two men, were ..." (group 1 the noun, group 2 the members).
_LISTING_OPENING = re.compile(r"^\W*The\s+([A-Za-z]+),\s+([^,;:.]{3,80}),\s")
#: a figure's span that holds its whole: "42 of the 48 people"; words after it are the whole's.
_OF_WHOLE_SURFACE = re.compile(r"\bof\s+(?:the|those|these|its|their)\s+[\d,.]+", re.IGNORECASE)
#: a verb of more than one word right after a figure, up to two words between, besides a noun
#: joined to the figure's ("3,000 people left their homes", "120,000 took part", "610,000 homes
#: and businesses had no electricity"); lexicon/relations.json phrases_after.
def _phrases_after(lead: str) -> list:
    """(pattern, relation) for each relation's phrases_after, each phrase after ``lead``."""
    return [(re.compile(r"^\W*" + lead + "(?:" + "|".join(_phrase(p) for p in phrases) + r")\b", re.IGNORECASE), name)
            for name, phrases in lexicon.table("relations")["phrases_after"].items()]


def _any_phrase(lead: str, table: str, tail: str) -> re.Pattern:
    """One pattern that matches where one of ``_phrases_after``'s (or ``_PHRASES``') patterns
    does: the lead and the tail once, around every relation's phrases. A test before the
    patterns are tried in turn, far cheaper than an alternation of whole patterns, which tries
    the lead again for each relation."""
    phrases = [_phrase(p) for group in lexicon.table("relations")[table].values() for p in group]
    return re.compile(lead + "(?:" + "|".join(phrases) + r")" + tail, re.IGNORECASE)


#: an auxiliary right after the figure's phrase is not one of the two words between: "12,000
#: residents had been told to leave" (lexicon/comparison.json function_words auxiliaries)
_AUXILIARIES = _alternatives(sorted(lexicon.table("comparison")["function_words"]["auxiliaries"], key=len, reverse=True))
#: an adverb inside an auxiliary of two words: "have now been" (comparison.json function_words)
_INTERPOSED = r"(?:(?:" + _alternatives(lexicon.table("comparison")["function_words"]["interposed_adverbs"]) + r")\s+)?"
_AUXILIARY = r"(?:(?:" + _AUXILIARIES.replace(r"\s+been", r"\s+" + _INTERPOSED + "been") + r")\s+)?"
#: a place's phrase after the figure's noun, before its verb: "58,000 homes across Tessmoor were
#: still without electricity"; lexicon/comparison.json noun_place_prepositions
_NOUN_PLACE = r"(?:(?:" + _alternatives(lexicon.table("comparison")["noun_place_prepositions"]) + r")\s+(?:the\s+)?[A-Z][\w'-]*\s+)?"
_PHRASES_AFTER_LEAD = r"(?:(?:and|or)\s+[A-Za-z][\w'-]*\s+)?" + _NOUN_PLACE + _AUXILIARY + r"(?:[A-Za-z][\w'-]*\s+){0,2}?"
_PHRASES_AFTER = _phrases_after(_PHRASES_AFTER_LEAD)
#: the same phrases right at a figure's end: "34 men cut off" are trapped, before "cut" is read
#: alone as a relation of its own
_PHRASES_AT = _phrases_after("")
#: whether any of the phrases is there: one search, and the phrases in turn only when it finds one
_ANY_PHRASE = _any_phrase(r"\b", "phrases", _PHRASES_TAIL)
_ANY_PHRASE_AFTER = _any_phrase(r"^\W*" + _PHRASES_AFTER_LEAD, "phrases_after", r"\b")
_ANY_PHRASE_AT = _any_phrase(r"^\W*", "phrases_after", r"\b")
#: what a text must open with for ``_ANY_PHRASE_AT`` to match: the first word of one of the phrases,
#: found by one pass down a trie where the alternation of whole phrases tries each of them in turn
#: (no test at all when a phrase opens with "*", which stands for any word)
_PHRASE_AT_FIRST_WORDS = [p.split()[0] for group in lexicon.table("relations")["phrases_after"].values() for p in group]
_PHRASE_AT_OPENING = re.compile(r"\W*" + words_pattern(_PHRASE_AT_FIRST_WORDS, ignorecase=True)
                                if "*" not in _PHRASE_AT_FIRST_WORDS else "", re.IGNORECASE)
#: relations that name the kind of person they count; lexicon/relations.json relation_classes.
_RELATION_CLASS = dict(lexicon.table("relations")["relation_classes"])
#: relations whose count of people counts posts; lexicon/relations.json posts_of_people.
_POSTS_OF_PEOPLE = dict(lexicon.table("relations")["posts_of_people"])
#: nouns that count persons ("people", "men", "victims"); lexicon/persons.json.
PERSONS = frozenset(lexicon.table("persons")["persons"])
_CMP = lexicon.table("comparison")
#: relations relative to a base named after the figure, whose names are the base's; lexicon/comparison.json.
_BASED = frozenset(_CMP["based_relations"])
#: relations whose span of time measures something; lexicon/comparison.json duration_relations.
_DURATIONS = frozenset(_CMP["duration_relations"])
#: the relation a one-off's word gives a rate in time; lexicon/comparison.json rate_relations.
_RATE_RELATION = dict(_CMP["rate_relations"])
CASUALTY = frozenset(_CMP["casualty_relations"])
#: relations whose bare counts count persons ("50 were injured", "a population of 100,000").
PERSON_RELATIONS = frozenset(_CMP["person_relations"])
#: what people went through ("survived", "hospitalised"): one may name a part of another's people
STATE_RELATIONS = frozenset(lexicon.table("relations")["state_relations"].split())
#: relations a count of persons never has; lexicon/relations.json not_of_persons.
_NOT_OF_PERSONS = frozenset(lexicon.table("relations")["not_of_persons"])
TIME_ORDERED = frozenset(_CMP["time_ordered_relations"])
#: figures of a named whole: a place on one side only keeps them apart; lexicon/comparison.json.
_PLACE_BOUND_RELATIONS = frozenset(_CMP["place_bound_relations"])
_PLACE_BOUND_KINDS = tuple(d + ":" for d in _CMP["place_bound_dimensions"])
#: a level read at a place: "the thermometer at the Botanic Garden reached 42.9C"; comparison.json place_read_dimensions
_PLACE_READ_KINDS = tuple(d + ":" for d in _CMP["place_read_dimensions"])
_CHARGES = frozenset(_CMP["charges"])
#: a parent's noun and "of" right before a bare count: the count of that person's children
_KIN_OF = re.compile(r"\b(?:" + "|".join(_CMP["kin_of"]) + r")[\s-]+of[\s-]+$", re.IGNORECASE)
_ADDRESS = frozenset(_CMP["address_nouns"])
_POSITION_AFTER = frozenset(_CMP["position_after"])
_INVARIANT_PLURALS = frozenset(_CMP["invariant_plurals"])
#: "the" right before a figure: "the 47 bus" (see _names_by_number)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_STREET = re.compile(r"^\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:" + "|".join(
    w.capitalize() for w in _CMP["street_suffixes"]) + r")\b\.?")
_PHONE_WORDS = frozenset(_CMP["phone_words"])
_TIME_PERIODS = frozenset(_CMP["time_periods"])
_ONE_OFF = frozenset(_CMP["one_off_relations"])
#: a range's first end takes the rate of its second: "$24 to $26 per share".
_RANGE_RATE = re.compile(r"^\s*(?:to|-|–|and|or)\s*\D{0,3}\d[\d.,]*(?:\s*(?:million|billion|trillion|m|bn))?"
                         r"(?:\s+|-)(?:per|a|an)(?:\s+|-)([a-z]+)")
#: a rate written after a bracketed conversion: "€41 million ($44.3 million) a day"
_BRACKET_RATE = re.compile(r"^\s*\([^()]{1,40}\)\s+(?:a|an|per|each|every)\s+(" + "|".join(_CMP["time_periods"]) + r")\b",
                           re.IGNORECASE)
#: a sum's period a few words after it, none of them a figure: "losing around 14 million dollars
#: in transit fees every day the canal is shut"; only "every", "each" and "per", which always
#: make a rate ("in a year" may be one year's total)
_LATE_RATE = re.compile(r"^\s+(?:[A-Za-z][\w'’-]*\s+){1,4}?(?:every|each|per)\s+(" + "|".join(_CMP["time_periods"])
                        + r")\b(?!\s+(?:earlier|later|ago)\b)", re.IGNORECASE)
#: period adverbs and their periods ("daily" -> day); lexicon/rates.json adverbs
_PERIOD_ADVERBS = dict(lexicon.table("rates")["adverbs"])
#: the words of what a sum is of (its subject) that give its period: "the annual fee", "her
#: monthly salary"; lexicon/rates.json adverbs and period_adjectives
_PERIOD_MODIFIERS = _PERIOD_ADVERBS | dict(lexicon.table("rates")["period_adjectives"])
#: a count's period right after it: "about 410 flights a day", "1,200 migrants per week", "42,000
#: vehicles daily"; comparison.json time_periods, rates.json adverbs
_COUNT_RATE = re.compile(r"^\s+(?:(?:a|an|per|each|every)\s+(" + "|".join(_CMP["time_periods"])
                         + r")\b(?!\s+(?:earlier|later|ago|or)\b)|("  # not "96 a day earlier": when
                         + "|".join(_PERIOD_ADVERBS) + r")\b)", re.IGNORECASE)
#: a sum's period in the few words before it in its clause: "each day of the strike cost it",
#: "the daily figure at"; not "a year ago" (when, not how often)
_PERIOD_BEFORE = re.compile(r"\b(?:(?:each|every|per)\s+(" + "|".join(_CMP["time_periods"]) + r")\b(?!\s+(?:ago|earlier|later)\b)|("
                            + "|".join(_PERIOD_ADVERBS) + r")\b)(?:\s+[\w'’-]+){0,6}?\s*$", re.IGNORECASE)


def _period_named(m: re.Match) -> str:
    """The period a ``_COUNT_RATE`` or ``_PERIOD_BEFORE`` match names: "day" of "a day", "each
    day" and "daily"."""
    return _lemma(m.group(1).lower()) if m.group(1) else _PERIOD_ADVERBS[m.group(2).lower()]


#: a price for each of a thing, after the figure: "$41 for each share", "$2 for every ticket sold"; not
#: "each of" ("the 40,000 euros each of the winners received": what each got, no rate)
_EACH_RATE = re.compile(r"^\s+(?:for\s+)?(?:each|every)\s+(?!of\b)([a-z]+)", re.IGNORECASE)
#: an opening that points back to the sentence before ("It killed 612 people", "That was down
#: from ..."); not "this" naming the present ("This week's blaze", "This year"): comparison.json
#: back_reference_openers, time_periods and this_periods
_NOW_PERIOD = r"(?!\s+(?:" + "|".join(map(re.escape, [*_CMP["time_periods"], *_CMP["this_periods"]])) + r")(?:'s|’s|s)?\b)"
#: Not a pronoun that speaks ("It said it would raise the rate to £14", "They told reporters
#: ..."): the speaker, an outlet's source, and no event the sentence before dates (speech.json
#: say_verbs)
_BACK_REFERENCE = re.compile(r"^\W*(?:" + "|".join(re.escape(w) + (_NOW_PERIOD if w == "this" else "")
                                                   for w in _CMP["back_reference_openers"]) + r")\b"
                             r"(?!\s+(?:also\s+|later\s+|then\s+)?(?:" + "|".join(sorted(map(re.escape, SAY_FORMS), key=len, reverse=True))
                             + r")\b)", re.IGNORECASE)
_PARTIAL_BEFORE = frozenset(_CMP["partial_before"])
#: a word right before a count that makes "N of the" all of the whole: "all five of the
#: network's hospitals"; comparison.json whole_of_before
_WHOLE_OF_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, _CMP["whole_of_before"])) + r")\s+$", re.IGNORECASE)
#: not a capitalised month or weekday ("In March alone", "since Monday"): a lookahead
_NOT_CALENDAR = r"(?!(?:" + "|".join(m[0].upper() + m[1:] for m in (*lexicon.month_names(), *lexicon.weekday_names())) + r")\b)"
#: a place after "in" and a word that makes it a part of the whole: "In Lekamba alone", "in the
#: capital alone"; not a day ("On Sunday alone", "in March alone"), nor a name a verb takes
#: ("Repairing Harl's Bend alone will cost"); lexicon/comparison.json part_place_words
_PLACE_ALONE = re.compile(r"(?:\b(?i:in|at|across)\s+(?:the\s+)?" + _NOT_CALENDAR
                          + r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|\b(?i:in|at)\s+the\s+[a-z]+)\s+(?:"
                          + "|".join(map(re.escape, _CMP["part_place_words"])) + r")\b")
#: words that value the noun before them ("a loan worth $2 billion"); comparison.json valuation_words
_VALUATION_WORDS = frozenset(_CMP["valuation_words"])
#: "Five new deaths", "312 new cases": a toll's latest increase; comparison.json toll_increments
_TOLL_INCREMENTS = frozenset(_CMP["toll_increments"])
#: words right before a figure that make it a part of a figure before it; comparison.json part_openers.
_PART_OPENERS = frozenset(_CMP["part_openers"])
_PARTIAL_AFTER = frozenset(_CMP["partial_after"])
#: a word of ``_PARTIAL_AFTER`` right after a figure, not as a comparison ("$100 more than")
_PARTIAL_AFTER_RE = re.compile(r"\s+(?:" + "|".join(sorted(_PARTIAL_AFTER)) + r")\b(?!\s+than)")
#: relations counted out of a fixed whole: "won 112 of the 240 seats" is the party's total, not a part.
_OUT_OF_WHOLE = frozenset(_CMP["out_of_whole_relations"])
#: people an event already touched: a casualty count out of them is a part; lexicon/comparison.json.
_AFFECTED = frozenset(_CMP["affected_nouns"].split())
#: one-word qualifiers of a figure ("roughly", "some"); lexicon/qualifiers.json
_ONE_WORD_QUALIFIERS = tuple(sorted((q for q in lexicon.table("qualifiers")["before"] if q.isalpha()), key=len, reverse=True))
#: "42 of the 48", "nine of 11", "34 of the village's roughly 310", and a share's or a fraction's
#: whole: "about 12% of Varnel's 5,100 farms", "a third of its 900 houses": the words just before
#: a figure that is the whole of another
_FRACTION_WORDS = "|".join(sorted(lexicon.table("numbers")["fractions"], key=len, reverse=True))
_NUM = lexicon.table("numbers")
#: number words, for a figure's span that ends in its number ("two", not "two cases")
_NUMBER_WORDS = frozenset(w.lower() for w in (*_NUM["small"], *_NUM["tens"]))
#: a number word as a regular-expression alternation, longest first ("fourteen" before "four")
_NUMBER_WORD = words_pattern(_NUMBER_WORDS)
#: the same with the vague amounts ("dozens", "hundreds"): a word that states a figure
_FIGURE_WORD = words_pattern([*_NUMBER_WORDS, *_NUM["vague"]], ignorecase=True)
_WHOLE_OF_PART = re.compile(r"(?:\d[\d,.]*(?:\s*%|\s+per\s*cent|\s+percent)?|\b" + _NUMBER_WORD + r"|\b(?:" + _FRACTION_WORDS + r"))\s+of\s+(?:(?:the|those|these|its|their|the\s+[\w-]+['’]s|[A-Z][\w-]*['’]s)\s+)?(?:(?:"
                            + "|".join(_ONE_WORD_QUALIFIERS) + r")\s+)?$", re.IGNORECASE)
#: where a predicate after a whole opens: an auxiliary, or "have", "has", "had"
_PREDICATE_AFTER = re.compile(r"\b(?:" + _AUXILIARIES + r"|have|has|had)\b", re.IGNORECASE)
_WHOLE_OF_PART_ENDS = ("the", "those", "these", "its", "their", " of", "'s", "’s", *_ONE_WORD_QUALIFIERS)
#: a part's figure and its clause, then "out of" right before the whole: "about 340 damaged, out of
#: some 480", "17 seats are empty out of a total of 95"
_OUT_OF_AFTER_PART = re.compile(r"(?:\d[\d,.]*(?:\s*%|\s+per\s*cent|\s+percent)?|\b" + _NUMBER_WORD + r")(?:\s+[\w'’-]+){0,4}?,?\s+out\s+of\s+"
                           r"(?:(?:the|a\s+total\s+of|a)\s+)?(?:(?:" + "|".join(_ONE_WORD_QUALIFIERS) + r")\s+)?$", re.IGNORECASE)


def _whole_after_part(prefix: str) -> bool:
    """Whether the text before a figure ends in a part's "of": "killing 42 of the 48", "about 75
    flooded, out of some 480": the figure is the whole the part is out of."""
    return _ends_with_word(prefix, _WHOLE_OF_PART_ENDS) and bool(_WHOLE_OF_PART.search(prefix) or _OUT_OF_AFTER_PART.search(prefix))
#: words that name a part of the story's whole a figure is of ("regional turnout", "local elections"):
#: such a figure is of a place of its own, unnamed ("(regional)").
_PART_LEVELS = frozenset(_CMP["part_levels"])
#: nouns of a body a part level may name ("the regional hydrology office"); comparison.json body_nouns.
_BODY_NOUNS = frozenset(_CMP["body_nouns"])


def _part_levels(words: list[str]) -> list[str]:
    """The part levels a topic's words name ("(regional)" of "regional turnout"), less those that
    name a body within two words after them: "the regional hydrology office" is who measured,
    not a region of the story's whole."""
    return ["(" + w + ")" for k, w in enumerate(words) if w in _PART_LEVELS and _BODY_NOUNS.isdisjoint(words[k + 1:k + 3])]
#: words after a figure that start the base it is compared with: "$100 more than last year's model".
#: Not "than" before a figure: "more than 26,000 people" is a bound of that figure.
_COMPARISON_BASE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _CMP["comparison_bases"]) + r")\b"
                              r"(?!\s+(?:about\s+|some\s+|nearly\s+)?(?:[\d$£€¥]|" + _FIGURE_WORD + r"\b))",
                              re.IGNORECASE)
#: a comparison base and the rest of its phrase, up to a comma: "than in 2022", "compared with 2019".
_BASE_PHRASE = re.compile(_COMPARISON_BASE.pattern + r"[^,]*", re.IGNORECASE)
#: a figure that is itself the base: "87 seats, down from 104", "up from the $1,199 the old model cost".
_IS_BASE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _CMP["base_openers"]) + r")\s+(?:the\s+|an?\s+)?$",
                      re.IGNORECASE)


def _ends_with_word(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` ends in whitespace after one of ``words`` (lower case), or a word ending
    in one: a string test that must hold before a pattern anchored at the text's end whose last
    word is one of them can match (such a pattern is tried at every position of a sentence).

    Example: ``_ends_with_word("down from ", ("from",))`` is True; ``"down from"`` and
    ``"down from 4 "`` give False."""
    stripped = text.rstrip()
    return len(stripped) < len(text) and stripped[-16:].lower().endswith(words)  # no word is longer


#: the last words ``_IS_BASE`` can match before a figure
_IS_BASE_ENDS = tuple({w.split()[-1].lower() for w in _CMP["base_openers"]} | {"the", "a", "an"})


#: the span right before "ago" when it is counted in years: "23 years", "nine years", "a year"
_YEARS_BEFORE_AGO = re.compile(r"(?:^|\s)((?:\S+[ -])?\S+\s+years?)\s*$")


def _years_back(text: str) -> Optional[int]:
    """How many whole years back the "ago" after ``text`` reaches: 23 of "the explosion there 23
    years", 9 of "nine years"; None when no whole count of years stands right before it ("a few
    years", "two decades", "months")."""
    found = _YEARS_BEFORE_AGO.search(text)
    if found is None:
        return None
    from figrecon.numbers import scan  # the scanner reads the count in any written form

    spans = [m for m in scan(found.group(1)) if m.value is not None and (m.unit or "").startswith("year")]
    value = spans[-1].value if spans else None
    return int(value) if value is not None and float(value).is_integer() and 0 < value < 200 else None


def _is_base(claim: Claim) -> bool:
    """Whether a figure is the base another figure of its sentence is compared with (``_IS_BASE``
    right before it: "down from 104", "compared with 68 percent")."""
    before = _sentence_before(claim)
    return _ends_with_word(before, _IS_BASE_ENDS) and bool(_IS_BASE.search(before))


#: words that open a clause about another event: lexicon/comparison.json subordinators.
_SUBORDINATORS = frozenset(_CMP["subordinators"])
#: where a coordinated clause starts: what comes before it is another figure's clause.
_CLAUSE_JOINT = re.compile(r"(?:,\s+(?:" + "|".join(_CMP["clause_joints"]) + r")\b|;)", re.IGNORECASE)


class _Phrases:
    """A regex over lexicon phrases, run only when the text holds the longest word of one of them
    (a substring test is far cheaper than an alternation tried at every position; scope_of reads
    several such lists for every claim); "*" in a phrase is one word. ``search(text)`` as
    ``re.Pattern.search``."""

    def __init__(self, phrases):
        # "*" stands for one word: "last * election" holds "last municipal election"
        self._pattern = re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\*", r"[\w'’-]+") for p in phrases) + r")\b")
        self._keys = tuple({max(p.split(), key=len) for p in phrases})

    def search(self, text: str):
        return self._pattern.search(text) if any(k in text for k in self._keys) else None


#: phrases of an earlier or other event: comparison.json scope_other, and "earlier" or "the last"
#: before a noun of events (named_event_nouns): "the earlier leak", "an earlier quake", "the last
#: strike", "the last big dispute"
_SCOPE_RE = _Phrases([*_CMP["scope_other"], *(lead + noun for noun in _CMP["named_event_nouns"]
                                              for lead in ("earlier ", "the last ", "the last * "))])
#: phrases of scope_other that name one earlier period: "last winter"; comparison.json last_periods
_LAST_PERIODS = frozenset(_CMP["last_periods"])
#: phrases of scope_other that name the year before the article's; lexicon/comparison.json last_year.
_LAST_YEAR = frozenset(_CMP["last_year"])
#: "21 deaths in 2054, up from 19 the year before": the year before the one named before the
#: phrase in its sentence; lexicon/comparison.json year_before.
_YEAR_BEFORE = frozenset(_CMP["year_before"])
_LAST_YEAR_PHRASE = re.compile(r"\b(?:" + "|".join(map(re.escape, _CMP["last_year"])) + r")\b")
#: "last year", "last season" ... (comparison.json last_year, last_periods) anywhere before a figure
_LAST_PERIOD_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, _CMP["last_year"] + _CMP["last_periods"]))
                                 + r")\b", re.IGNORECASE)
_YEAR_BEFORE_AFTER = re.compile(r"\s*(?:" + "|".join(map(re.escape, _CMP["year_before"])) + r")\s*(?:[,;:.!?)]|$)", re.IGNORECASE)
#: "the worst fire since 37 people died in ...", "the deadliest since a gunman killed four people":
#: a figure in the clause "since" opens after a superlative of its sentence is the earlier
#: event's; lexicon/comparison.json since_superlatives.
_SUPERLATIVE = re.compile(r"\b(?:" + "|".join(_CMP["since_superlatives"]) + r")\b", re.IGNORECASE)
_AFTER_SUPERLATIVE_SINCE = re.compile(
    _SUPERLATIVE.pattern + r"[^.;]*\b(?P<since>since)\s+[^.;:,]*(?<!\band )(?<!\bbut )$",
    re.IGNORECASE)  # not a clause of its own after "and": "the deadliest since 2011 and five people died"
#: a casualty count over a span, a count still under way, a count a later one replaced;
#: lexicon/comparison.json tally_spans, provisional_sentences, superseded_words (see scope_of).
_TALLY = _Phrases(_CMP["tally_spans"])
#: a tally to a day of the year, not the year's whole: "at this point in 2036"; comparison.json to_date_spans.
_TO_DATE = _Phrases(_CMP["to_date_spans"])
_PROVISIONAL = _Phrases(_CMP["provisional_sentences"])
_SUPERSEDED = _Phrases(_CMP["superseded_words"])
_AGE_UNITS = tuple(_CMP["age_units"])
#: "children under five", "adults over 65": a bound word between a noun for people and a bare
#: number (group 1 the noun); lexicon/comparison.json age_bounds.
_AGE_BOUND = re.compile(r"\b([A-Za-z]+)\s+$")
_AGE_BOUND_SURFACE = re.compile(r"^(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in _CMP["age_bounds"])
                                + r")\s+(?:\d{1,3}|[a-z]+)(?:\s|$)", re.IGNORECASE)
_ANNUAL = frozenset(_CMP["annual_relations"])
_DEFINITE = frozenset(_CMP["definite_determiners"])
#: words before a speaker's noun that name no other speaker: "the office", "its office", "an office"
_ARTICLES = _DEFINITE | {"a", "an"}
_EQUIVALENT = re.compile(r"^\W*(?:" + "|".join(re.escape(w) for w in sorted(_CMP["equivalence_links"], key=len, reverse=True))
                         + r")\W*$", re.IGNORECASE)
#: the start of an equivalence link: text after a figure that does not open with one holds none
_EQUIVALENT_OPENS = re.compile(_EQUIVALENT.pattern.removesuffix(r"\W*$"), re.IGNORECASE)
_LATEST_YEAR = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _CMP["latest_year"]) + r")\b")
_DIRECTION = "|".join(re.escape(w) for w in sorted(_CMP["directions"], key=len, reverse=True))
#: a distance's anchor: "58km (36 miles) south-west of the port of Port Amal", "40 miles away from
#: Dovra"; not a bare "from" ("a 7-yard pass from Ames").
#: Its compass words are kept: "south-west" gives the bearing (``_bearing``).
_ANCHOR = re.compile(r"^\W{0,2}\s*(?:\([^()]{0,40}\)\s*)?(?:(?P<first>" + _DIRECTION + r")(?:[\s-]+(?P<second>" + _DIRECTION
                     + r"))?\s+(?:of|from)|away\s+from)\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?"
                     r"(?P<place>(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})")
_CLOCK = re.compile(r"\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)", re.IGNORECASE)
_PHONE = re.compile(r"(?:\(\d{3}\)\s*|\b\d{3}[-.\s])?\d{3}[-.]\d{4}\b")
#: a year: four digits that no "x", "by" or other figure joins to another ("2,880 by 1,800 pixels",
#: "2880 x 1800" are sizes), and no comma or point groups
#: the digits of a year a figure may be dated to
_YEAR_DIGITS = r"1[89]\d\d|20\d\d"
_YEAR = re.compile(r"(?<![\d,.])(?<![x×]\s)(?<!by\s)\b(" + _YEAR_DIGITS + r")\b(?![,.]?\d)(?!\s*(?:x|×|by)\s*\d)")
_MONTHS = lexicon.month_names()  # "january" ... "december", from lexicon/calendar.json
#: every spelling of a month that is no other word ("aug", "sept", "october"; not "may" or
#: "march"): a date, never what a figure measures (calendar.json months and ambiguous_months)
_MONTH_WORDS = frozenset(lexicon.table("calendar")["months"]) - frozenset(lexicon.table("calendar")["ambiguous_months"])

#: words that name one kind of thing in news copy -> the class ("militant", "rebel" -> combatant);
#: lexicon/persons.json classes.
_CLASSES = lexicon.table("persons")["classes"]
WORD_CLASS = {w: name for name, words in _CLASSES.items() for w in words.split()}
#: nouns that count one kind of thing ("phones", "smartphones", "handsets"); lexicon/relations.json noun_classes.
WORD_CLASS.update({w: name for name, words in lexicon.table("relations")["noun_classes"].items() for w in words.split()})
WORD_CLASS.update({w: "person" for w in PERSONS})
#: nouns that count the noun after their "of" ("400 head of cattle"); lexicon/comparison.json counter_nouns.
_COUNTER_NOUNS = frozenset(_CMP["counter_nouns"])
#: denominators of a rate that are another's synonym ("a head" is "per person"); comparison.json period_synonyms
_PERIOD_SYNONYMS = _CMP["period_synonyms"]
#: length units whose rate over a time is an accumulation (rain), not a speed; comparison.json accumulation_units
_ACCUMULATION_UNITS = frozenset(_CMP["accumulation_units"])
_PER_SYNONYM = re.compile(r" per (" + "|".join(map(re.escape, _PERIOD_SYNONYMS)) + r")$")
_COUNTED_OF = re.compile(r"^\s+of\s+([a-zA-Z]+)")
#: nouns of animals, whose casualty counts are no kind of person; lexicon/comparison.json animal_nouns.
_ANIMALS = frozenset(_CMP["animal_nouns"])
#: the classes of persons: "two fighters told Reuters" names people, "two touchdowns" counts
_PERSON_CLASSES = frozenset(_CLASSES) | {"person"}
_STOP = {"the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "with", "by", "at", "from",
         "be", "have", "its", "their", "his", "her", "that", "which", "who", "as", "into", "via"}


@pickled_by_position
@dataclass(frozen=True, slots=True)
class _Features:
    kind: str  # partition key: dimension and normalized unit (without period) or counted-noun class
    period: Optional[str]  # "month" for a rate per month
    words: frozenset  # content words of the subject (classes substituted)
    relation: Optional[str]
    places: frozenset
    party: frozenset  # nationality/party adjectives of a count ("armenian" soldiers)
    scope: str = "this"  # "other": an earlier or other event ("the 2041 Tarsen quake")
    partial: bool = False  # "another 500", "three of the five"
    owner: str = ""  # whose age it is; for another figure, the person whose figure it is (Context.agent)
    when: str = ""  # the day the claim's clause names ("monday"; "today" read off the article's date)
    whole: frozenset = frozenset()  # a share's named whole, less names: "voice traffic" of "65% of Norland's voice traffic"
    measures: str = ""  # what a length measures: "thickness" of "0.7 inches thick" (``_property``)
    market: str = ""  # a price's currency as stated: "GBP" of "£1,799" (a price in pounds is Britain's price)
    event_day: str = ""  # the day a casualty count's event is named by: "friday" of "Friday's shooting killed one"
    side: str = ""  # the side a share of a vote or poll is of: "for" of "71 percent backed it" (``side_of``)
    moves: bool = False  # a share price's move in a session, in percent ("rose 2.1 percent in early trading")
    traded: bool = False  # a figure of a market's clause: a share price or move ("shares fell to $212.40")
    product: str = ""  # the product or model it describes: "pane 5" (``figrecon.products``)
    variant: str = ""  # the variant of its measure its words name: "core" of "core inflation" (``_variant``)
    direction: str = ""  # a percentage's movement: "up" of "rose 5.4%", "down" of "fell 4%" (``_direction``)
    statistic: str = ""  # which statistic of many values: "average", "peak" (``_statistic``)
    item: str = ""  # what a sum is paid for, by its name: "vayle" of "£47m Brennau paid for Osric Vayle" (``item_of``)
    motion: str = ""  # what a vote was on: "strike" of "91% voted to strike" (``motion_of``)
    stance: str = ""  # a negotiation's side: "asked" of "demanding a 9% rise", "offered" of "an offer of 3.5%" (``stance_of``)
    to: str = ""  # the place a distance is to: "sorvik" of "Sorvik, 58 kilometres downstream" (``_distance_to``)
    bearing: Optional[float] = None  # the compass bearing of a distance from its anchor: 90 of "30 km east of Dorvik" (``_anchor``)
    term: str = ""  # the term its phrase names before it: "2-year" of "the average two-year fix cost 4.87%" (``term_of``)
    rival: str = ""  # a competitor's figure, by the competitor's name: "brightwater" of "its closest rival, Brightwater, had revenue of $3.1bn"; "?" unnamed (``_rival``)
    span: str = ""  # the span it accumulated over, in hours: "3" of "31 mm of rain fell in three hours" (``_span``)
    over_time: bool = False  # a percentage's change over time: "rose 7%", "down 6% on a year earlier" (``_over_time``)
    holder: str = ""  # who holds a share, by name: "orvane" of "Orvane holds 28 per cent of seats" (``_holder``)
    reach: str = ""  # the market a figure is of: "abroad" of "Abroad, the game earned $87 million" (``_reach``)


@lru_cache(maxsize=65536)
def _lemma(word: str) -> str:
    """A plural's singular by plain rules, the same for a word and for its lemma: "cases" and
    "case" -> "case", "casualties" -> "casualty", "crashes" -> "crash"; irregular plurals and singulars in "-us",
    "-is" and "-ss" from lexicon/comparison.json irregular_plurals ("buses" -> "bus",
    "status" stays)."""
    word = word.lower()
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if len(word) <= 4 or word.endswith(("ss", "us", "is")):
        return word
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ses", "se"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("s", "")):
        if word.endswith(suffix):
            return word[: -len(suffix)] + repl
    return word


_IRREGULAR_PLURALS = {**{v: v for v in _CMP["irregular_plurals"].values()}, **_CMP["irregular_plurals"]}


def _noun_lemma(noun: str) -> str:
    """A counted noun's singular (``_lemma``), a short plural's too: "the count of cubs" counts
    cubs, as "64 cubs" (unit "cub") does; "jobs", "vans". ``_lemma`` leaves words of four
    letters as they are, since there they are mostly no plurals ("news", "this", "does")."""
    word = _lemma(noun)
    if len(word) == 4 and word not in _IRREGULAR_PLURALS and word[-1] == "s" and word[-2] not in "aeiosu":
        return word[:-1]
    return word


#: a word, with inner hyphens and apostrophes; a hyphen that joins it to a figure is not its own
#: ("magnitude-5.9" gives "magnitude"). A letter is any script's: "Zoë" and "Núñez" are one word
#: each, not "zo" and "n", "ez"
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_']|'|-(?=[^\W\d_]))*")


def _words(text: str) -> list[str]:
    return list(_words_of(text or ""))


@lru_cache(maxsize=2048)
def _words_of(text: str) -> tuple[str, ...]:
    return tuple(_lemma(w) for w in _WORD.findall(_one_noun(text)) if w.lower() not in _STOP)


#: nouns of several words and the one word they abbreviate; lexicon/relations.json noun_phrases
_NOUN_PHRASES = dict(lexicon.table("relations")["noun_phrases"])
_NOUN_PHRASE = re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in _NOUN_PHRASES)
                          + r")\b", re.IGNORECASE)
#: a word that, as a share's whole whole, names another; lexicon/relations.json whole_alone
_WHOLE_ALONE = dict(lexicon.table("relations")["whole_alone"])


def _one_noun(text: str) -> str:
    """``text`` with each noun of several words written as the one word it abbreviates: "debt of
    90% of gross domestic product" reads "debt of 90% of gdp"."""
    return _NOUN_PHRASE.sub(lambda m: _NOUN_PHRASES[" ".join(m.group(0).lower().split())], text) \
        if _NOUN_PHRASE.search(text) else text


def _raw_words(text: str) -> list[str]:
    return list(_raw_words_of(text or ""))


def _blank(match: re.Match) -> str:
    """A match's text as spaces: what ``pattern.sub(_blank, text)`` puts in its place, so that the
    text's offsets stay those of the sentence ("from Monday to Thursday" -> 21 spaces)."""
    return " " * len(match.group(0))


@lru_cache(maxsize=4096)
def _raw_words_of(text: str) -> tuple[str, ...]:
    # cached: a claim's windows are read for its relation, scope, role and statistic in turn
    return tuple(w.lower() for w in _WORD.findall(text))


# The clause after a claim ("... were confirmed killed") ends at a comma; the words before it
# ("killed, including more than 30 civilians") may reach over one.
# A comma or point between digits ("26,000", "6.4") is part of a number and ends no clause, and
# neither do a clock's colon and the points of its "a.m." and "p.m." ("at 3:40 p.m. on Monday").
_IN_NUMBER = r"(?<=\d)[.,](?=\d)|(?<=\d):(?=\d\d)|(?<=\b[apAP])\.(?=[mM]\.)|(?<=\b[apAP]\.[mM])\.(?!\s+[A-Z])"
_WINDOW_AFTER = re.compile(r"^(?:[^.;:!?,]|" + _IN_NUMBER + r"){0,100}")
_WINDOW_BEFORE = re.compile(r"(?:[^.;:!?]|" + _IN_NUMBER + r"){0,40}$")
_CLAUSE_BEFORE = re.compile(r"(?:[^.;:!?]|" + _IN_NUMBER + r"){0,80}$")


def _sentence_before(claim: Claim) -> str:
    """All of the claim's sentence before the figure (``_before``: the words near it)."""
    return claim.sentence[:claim.start - claim.sentence_start]


def _sentence_after(claim: Claim) -> str:
    """All of the claim's sentence after the figure (``_after``: its clause)."""
    return claim.sentence[claim.end - claim.sentence_start:]


def _before(claim: Claim, pattern=_WINDOW_BEFORE) -> str:
    return _window_before(claim.sentence, max(claim.start - claim.sentence_start, 0), pattern)


@lru_cache(maxsize=512)
def _window_before(sentence: str, at: int, pattern) -> str:
    # each window pattern matches at most its count of characters ending at the figure, so the
    # search starts there, not at the sentence's start (a long sentence made this quadratic).
    # Cached: grouping reads the same windows of a claim for its relation, scope, moment and day
    text, start = sentence[:at], max(0, at - _REACH.get(pattern, at))
    if start and _WORD_CHAR.match(text, start - 1) and (cut := _PARTIAL_WORD.match(text, start)):
        # a window that reaches into a word starts after it: "still" cut to "ill" names an illness
        start = cut.end()
    stops = _STOPS.get(pattern)
    if stops is None:
        return pattern.search(text, start).group(0)
    # The same, found from the end: the window is the longest end of the text, up to the
    # pattern's reach, with no stop in it but those inside a number or a clock (``_IN_NUMBER``).
    # A search tried at each of up to 80 starts cost most of this function's time.
    end = at
    while True:
        stop = max(text.rfind(ch, start, end) for ch in stops)
        if stop < 0:
            return text[start:]
        if not _IN_NUMBER_AT.match(text, stop):
            return text[stop + 1:]
        end = stop


def _after(claim: Claim) -> str:
    last, window = _LAST_AFTER
    if claim is last:  # grouping reads one claim's clause after it some twenty times in a row
        return window
    end = claim.end - claim.sentence_start
    aside = _ASIDE.match(claim.sentence, end)
    if aside and WORD_CLASS.get(_unit_head(claim)) in _PERSON_CLASSES:
        end = aside.end()  # "Two people, including the gunman, are dead": people, read past the aside
    elif claim.dimension == "count" and (share := _SHARE_ASIDE.match(claim.sentence, end)):
        end = share.end()  # "and 30, or 50 percent, were flooded": the count's predicate, past its share
    window = _window_after(claim.sentence, end)
    _LAST_AFTER[:] = [claim, window]
    return window


#: a count restated as a share, set off by commas right after it: ", or 41 percent," and ", or
#: about 16 per cent of the total," (the predicate after it is the count's)
_SHARE_ASIDE = re.compile(r"\s*,\s+or\s+(?:(?:about|some|nearly|roughly|around|almost)\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent)"
                          r"(?:\s+of\s+[^,;:()]{1,40})?\s*,", re.IGNORECASE)
#: the claim _after was last asked about, and its answer
_LAST_AFTER: list = [None, ""]


@lru_cache(maxsize=512)
def _window_after(sentence: str, end: int) -> str:
    window = _WINDOW_AFTER.match(sentence[end:]).group(0)
    if _WORD_CHAR.match(sentence, end + len(window)) and (cut := _PARTIAL_WORD_END.search(window)):
        # a window that stops inside a word ends before it: "killed" cut to "kill", "shooting" to "shoot"
        window = window[:cut.start()]
    return window


#: a character of a word, and the rest of a word a window's reach cut into (``_window_before``,
#: ``_window_after``): a window reads whole words only
_WORD_CHAR = re.compile(r"[\w'’-]")
_PARTIAL_WORD = re.compile(r"[\w'’-]+")
_PARTIAL_WORD_END = re.compile(r"[\w'’-]+$")


def _before_subordinator(words) -> list[str]:
    """The words up to the first that opens a clause about another event (``_SUBORDINATORS``):
    "were on the shift" of "were on the shift when the shooting began"."""
    return list(itertools.takewhile(lambda w: w not in _SUBORDINATORS, words))


#: ", including the gunman", "(including the shooter)" right after a toll: lexicon/persons.json perpetrators.
_WITH_PERPETRATOR = re.compile(r"\s*[,(]\s*including\s+(?:the\s+|a\s+)?(?:suspected\s+|alleged\s+)?(?:"
                               + "|".join(lexicon.table("persons")["perpetrators"]) + r")s?\b", re.IGNORECASE)
#: an aside set off by commas right after a figure: ", including the gunman,"; comparison.json inserted_openers.
_ASIDE = re.compile(r"\s*,\s*(?:" + "|".join(r"\s+".join(w.split()) for w in _CMP["inserted_openers"])
                    + r")\b[^,;:.!?]{1,60},", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _word_relation(word: str) -> Optional[str]:
    """The relation a word names, as written or by its lemma ("wounded", "deaths"), or None."""
    return RELATION_OF.get(word) or RELATION_OF.get(_lemma(word))


#: subordinators that are never a preposition; lexicon/comparison.json conjunction_subordinators.
_CONJUNCTIONS = frozenset(_CMP["conjunction_subordinators"])


def _after_conjunction(words: list[str]) -> list[str]:
    """The words after the last subordinating conjunction of ``words`` (all of them when there is
    none): "hurt on Monday when" before "30 cars collided" leaves nothing; the main clause's
    "hurt" is not the cars'."""
    for k in range(len(words) - 1, -1, -1):
        if words[k] in _CONJUNCTIONS:
            return words[k + 1:]
    return words


#: prepositions before "the" and an event's noun that name the event a noun before them is of:
#: "the death toll from the shooting"
_EVENT_PREPOSITIONS = frozenset(_CMP["event_prepositions"])


def _past_event_phrases(words: list[str]) -> list[str]:
    """``words`` without a relation word that only names the event a relation word before it is
    of: "bringing the death toll from the shooting to two" is a toll (killed), not a count of
    people shot; "the shooting" alone keeps its relation."""
    out = []
    for k, w in enumerate(words):
        if k >= 2 and words[k - 1] == "the" and words[k - 2] in _EVENT_PREPOSITIONS and _word_relation(w) \
                and _relation_in(words[:k - 2]):
            continue
        out.append(w)
    return out


def _relation_in(words, dimension: Optional[str] = None) -> Optional[str]:
    """The relation the first relation word of ``words`` names; with ``dimension``, only one a
    figure of that dimension can have (a neighbouring "seats" is no relation of "31 percent")."""
    for w in words:
        if dimension and (special := _DIMENSION_RELATION.get((w, dimension))):
            return special  # "80 tonnes of oil leaked": a spill, not a data breach
        found = _word_relation(w)
        if found and (dimension is None or dimension in RELATION_DIMENSIONS.get(found, (dimension,))):
            return found
    return None


#: where the next figure of a sentence starts: the words after it are that figure's.
_NEXT_FIGURE = re.compile(r"\d|\b" + _FIGURE_WORD + r"\b", re.IGNORECASE)


def _own_after(claim: Claim) -> str:
    """The claim's clause after it, up to the next figure: "flattening seven villages and killing
    10 people" gives the villages "and killing", not the relation of the 10."""
    return _own_after_of(_after(claim))


@lru_cache(maxsize=512)
def _own_after_of(after: str) -> str:
    said = _SAID_JOINT.search(after)
    if said:  # "announced €4.5m in aid and said each family that had lost its home ...": another statement
        after = after[:said.start()]
    m = _NEXT_FIGURE.search(after)
    if not m:
        return after
    own = after[:m.start()]
    joint = re.search(r"\b(?:and|or|while|but|as well as|plus)\b", own)  # "..., and killing 10"
    return own[:joint.start()] if joint else own


def relation_of(claim: Claim) -> Optional[str]:
    """The relation or event a claim measures (``_relation_read``); a shooting that killed is a
    killing: "was shot dead", "shot and killed", "fatally shot" (lexicon/comparison.json
    fatal_outcome)."""
    last, relation = _LAST_RELATION
    if claim is last:  # grouping asks of one claim twice in a row (comparable, then features)
        return relation
    relation = _relation_of(claim)
    _LAST_RELATION[:] = [claim, relation]
    return relation


#: nouns of a period a count of them is a span of time in: "in two seasons"; comparison.json period_nouns.
_PERIOD_NOUNS = frozenset(_CMP["period_nouns"])
#: nouns of a sum paid or earned by the period, which a rate in time may restate; comparison.json periodic_sums.
_PERIODIC_SUMS = frozenset(_CMP["periodic_sums"])
#: the claim relation_of was last asked about, and its answer
_LAST_RELATION: list = [None, None]


#: a relation's word, "as" and another's: "registered as evacuated", "recorded as missing" (group 1
#: the first word, group 2 the state it records)
_RELATION_AS = re.compile(r"\b([a-z]+)\s+as\s+([a-z]+)\b", re.IGNORECASE)


def _recorded_as(claim: Claim, found: Optional[str]) -> Optional[str]:
    """The state a relation's verb records its count as, in the clause after the figure: "12,300
    people have registered as evacuated" are the displaced, not entrants registered; else
    ``found``."""
    if found is None:
        return None
    for m in _RELATION_AS.finditer(_own_after(claim)):
        state = _word_relation(m.group(2).lower())
        if _word_relation(m.group(1).lower()) == found and state and state != found \
                and claim.dimension in RELATION_DIMENSIONS.get(state, (claim.dimension,)):
            return state
    return found


def _relation_of(claim: Claim) -> Optional[str]:
    found = _recorded_as(claim, _either_relation(claim, _relation_read(claim)))
    if found is not None and "|" in found:
        return found
    if found not in CASUALTY and found not in _FATAL:
        return found
    before = _raw_words(_before(claim))[-2:]
    # "were found shot to death"; not past "before", "when" ("wounded four others before fatally
    # shooting himself": the gunman's death, not theirs)
    after = _before_subordinator(_raw_words(_own_after(claim))[:6])
    if found in CASUALTY:
        if after[:1] and after[0] in _FATAL_ADVERBS:
            return _FATAL_ADVERBS[after[0]]  # "five people were shot, one fatally"
        for words in (before, after):  # "fatally wounded three", "three were fatally wounded"
            for adverb, verb in zip(words, words[1:]):
                if adverb in _FATAL_ADVERBS and _word_relation(verb) == found:
                    return _FATAL_ADVERBS[adverb]
    if found in _FATAL and any(_word_relation(w) == _FATAL[found] for w in before + after):
        return _FATAL[found]
    return found


def _whole_relation(claim: Claim) -> Optional[str]:
    """The relation a whole of another figure names by its own words after it, up to the
    predicate, which is the part's: "the 48 people on board" -> aboard, "of the 12 wounded" ->
    injured, "the 4.5 million inhabitants residing in the province" -> population; none of "half
    of the town's 1,200 shops were damaged"."""
    after = _after(claim)
    predicate = _PREDICATE_AFTER.search(after)
    own = after[:predicate.start()] if predicate else after
    found = _relation_in(_raw_words(own)[:2]) or _phrase_at(own, claim.dimension)
    if found is None and (lives := _LIVES_IN.match(after)) and OF_HEAD.get(lives.group(1).lower()) == "population":
        return "population"
    if found is None and (relative := _RELATIVE_AFTER.match(after)):
        # "finished, out of 10,120 who started": the whole's own relative clause
        found = _clause_relation(relative.group("rest"), claim.dimension, words=4, reach=40)
    return found


def _either_relation(claim: Claim, found: Optional[str]) -> Optional[str]:
    """``found``, or, when the figure's predicate joins its relation's word with "or" to a word
    of another relation, the two together ("more than 12,000 homes were destroyed or damaged",
    "killed or injured 40"): a count of either, which is neither one's count ("damaged|destroyed")."""
    if found is None:
        return None
    for words in (_raw_words(_own_after(claim))[:5], _raw_words(_before(claim))[-3:]):
        for a, link, b in zip(words, words[1:], words[2:]):
            if link != "or":
                continue
            x, y = _word_relation(a), _word_relation(b)
            if x and y and x != y and found in (x, y):
                return "|".join(sorted((x, y)))
    return found


#: a relation that becomes another when a word of it is near: "shot" and "dead" -> killed
_FATAL = dict(_CMP["fatal_outcome"])
#: an adverb right before the casualty verb that makes it another relation: "fatally wounded" -> killed
_FATAL_ADVERBS = dict(_CMP["fatal_adverbs"])


#: another count and its noun joined to a figure by "and" or "or": "and 19 outbuildings" of
#: "counted 52 homes and 19 outbuildings destroyed"; a noun of any number with the auxiliary
#: of the predicate they share: "and 46 crew had" of "388 passengers and 46 crew had fallen ill"
_LIST_MEMBER_AFTER = re.compile(r"\s*(?:and|or)\s+(?:\d[\d,.]*|" + _NUMBER_WORD
                                + r")\s+(?:[a-z-]+\s+)?(?:[a-z-]+s\b|[a-z-]+\s+(?:" + _AUXILIARIES + r"|have|has|had))"
                                r"(?=\s+[a-z]+(?:ed|en|t)\b)", re.IGNORECASE)


def _first_words_after(claim: Claim) -> list[str]:
    """The first two words after a figure, up to a conjunction: "injured" of "6,300 people
    injured and 340 missing"; past another count and its plural noun joined by "and" to the
    participle they share: "destroyed" of "52 homes and 19 outbuildings destroyed"."""
    first = []
    after = _after(claim)
    member = _LIST_MEMBER_AFTER.match(after)
    if member:
        after = after[member.end():]  # "52 homes and 19 outbuildings destroyed": the list's participle
    for w in _without_source(_before_reason(_raw_words(after)[:5]))[:2]:
        if w in ("and", "or", "but", "with") or w in _SUBORDINATORS:
            break  # "wounded four others before fatally shooting himself": his death
        first.append(w)
    return first


def _without_source(words: list[str], anywhere: bool = False) -> list[str]:
    """``words`` (those right after a count) less the place the count's people came "from" and
    its two words: "pulled 600 people from flooded houses" are not flooded, "evacuated 900
    residents from damaged blocks" not damaged; "600 people from flooded streets were evacuated"
    keeps "were evacuated". Not a "from" after a verb: "25 people recovering from gunshot
    wounds" are wounded. ``anywhere``: in a topic's noun phrase, a "from" after its participle
    too ("people freed from stuck lifts" are freed; the lifts were stuck)."""
    if words[:1] == ["from"]:
        return words[3:]
    if anywhere and "from" in words:
        k = words.index("from")
        return words[:k] + words[k + 3:]
    return words


def _before_reason(words: list[str]) -> list[str]:
    """``words`` up to "for" and a gerund, which says why, not what the figure is: "fined £5.3
    million for paying late" is no payment."""
    for k, w in enumerate(words[:-1]):
        if w == "for" and words[k + 1].endswith("ing"):
            return words[:k]
    return words


#: a relative pronoun opening a clause: "who voted" of "of those who voted"
_RELATIVE_PRONOUN_AFTER = re.compile(r"\s+(?:who|whom|that|which)\b", re.IGNORECASE)


def _phrase_after_relation(claim: Claim, dim: Optional[str]) -> Optional[str]:
    """The relation of a relations.json phrases_after phrase in the figure's clause after it
    ("3,000 people left their homes" -> displaced), of the figure's dimension."""
    own_after = _own_after(claim)
    of_them = OF_THEM.match(own_after) if claim.dimension == "count" else None
    if of_them and not _RELATIVE_PRONOUN_AFTER.match(own_after, of_them.end()):
        # "Seventeen of them remain in hospital": the part's own predicate; not "of those who
        # voted", a whole with its own clause
        own_after = own_after[of_them.end():]
    for pattern, name in _PHRASES_AFTER if _ANY_PHRASE_AFTER.match(own_after) else ():
        m = pattern.search(own_after)
        if m and (dim is None or dim in RELATION_DIMENSIONS.get(name, (dim,))) and not _no_price_base(name, own_after, m.end()):
            return name
    return None


#: an earlier time or a plan right after a premium's or discount's phrase; comparison.json not_price_bases
_NOT_PRICE_BASE = re.compile(r"\s*(?:the\s+)?(?:" + _alternatives(_CMP["not_price_bases"]) + r")\b", re.IGNORECASE)


def _no_price_base(name: str, text: str, end: int) -> bool:
    """Whether the phrase of a premium or a discount (``name``) that ends at ``end`` of ``text``
    is followed by an earlier time or a plan, no price: "22% less than this year", "40% more
    than budgeted"."""
    return name in _BASED and bool(_NOT_PRICE_BASE.match(text, end))


def _predicate_relation(claim: Claim) -> Optional[str]:
    """The relation of the predicate right after a figure whose own noun names one: its first
    words before a conjunction ("six survivors died" -> killed) or a phrase of relations.json
    phrases_after ("41 survivors were taken to hospital" -> hospitalised), of the figure's dimension."""
    if _OF_WHOLE_SURFACE.search(claim.surface):
        return None  # "42 of the 48 survivors": the words after are the whole's
    return _relation_in(_first_words_after(claim), claim.dimension) or _phrase_after_relation(claim, claim.dimension)


#: a participle's phrase right after a counted noun, then the auxiliary of the clause's own
#: predicate (comparison.json function_words auxiliaries): "trapped in the colliery were",
#: "injured in the blast have been"
def _then_predicate(first: str, auxiliaries: str) -> re.Pattern:
    """A phrase opened by the word ``first`` (a pattern) and up to six more words, then one of
    ``auxiliaries`` and the clause's predicate after it (group ``rest``)."""
    return re.compile(r"\s*" + first + r"(?:\s+(?!and\b|or\b|but\b)[\w'’-]+){0,6}?"
                      r"\s+(?:" + auxiliaries + r")\s+(?P<rest>[^,;:]*)")


_PARTICIPLE_THEN_PREDICATE = _then_predicate(r"[a-z]+(?:ed|en|t)\b", _AUXILIARIES)


#: a part's "of" and its whole in a figure's surface: "Two of the five workers"
_OF_A_WHOLE = re.compile(r"\bof\s+(?:the|those|these|its|their)\b", re.IGNORECASE)
#: a relative clause right after a count, up to its end: "who were pulled alive from the lake"
_RELATIVE_AFTER = re.compile(r"\s+(?:who|that)\s+(?:(?:had|have|has)\s+been\s+|were\s+|was\s+|are\s+|had\s+|have\s+)?"
                             r"(?P<rest>[^,;.()]*)", re.IGNORECASE)


def _phrase_at(text: str, dim: Optional[str]) -> Optional[str]:
    """The relation of a relations.json phrases_after phrase that ``text`` opens with, of
    dimension ``dim``: "cut off by the collapse" -> trapped, "alive on Thursday" -> survived."""
    for pattern, name in _PHRASES_AT if text and _PHRASE_AT_OPENING.match(text) and _ANY_PHRASE_AT.match(text) else ():
        m = pattern.match(text)
        if m and dim in RELATION_DIMENSIONS.get(name, (dim,)) and not _no_price_base(name, text, m.end()):
            return name
    return None


#: a phrase of a count's noun that says where its people are ("aboard the cruise ship"), then the
#: clause's own predicate after an auxiliary
_MODIFIER_THEN_PREDICATE = _then_predicate(r"[a-z]+", _AUXILIARIES + r"|have|has|had")
#: relations whose word after a count may only say where its people are; relations.json modifier_relations
_MODIFIER_RELATIONS = frozenset(lexicon.table("relations")["modifier_relations"])


def _main_predicate_state(participle: str, claim: Claim, pattern=_PARTICIPLE_THEN_PREDICATE) -> str:
    """``participle``, the state a participle right after a count names ("twelve miners trapped in
    the colliery"), unless the clause's own predicate after it names another state: "Twelve miners
    trapped in the colliery were brought out alive" are survivors; "Nine workers injured in the blast
    were taken to hospital" are in hospital (relations.json state_relations and phrases_after)."""
    if not claim.unit:
        return participle  # "the three wounded were taken to hospital": the wounded, no participle of a noun
    m = pattern.match(claim.sentence, claim.end - claim.sentence_start)
    if m is None:
        return participle
    found = _clause_relation(m.group("rest"), claim.dimension, words=2, reach=60)
    return found if found in STATE_RELATIONS else participle


def _clause_relation(rest: str, dim: Optional[str], words: int, reach: int) -> Optional[str]:
    """The relation the opening of a clause names, of dimension ``dim``: a relation word among its
    first ``words`` words, else a relations.json phrases_after phrase that starts at a word within
    its first ``reach`` characters ("were brought to the surface alive", "were taken to hospital")."""
    found = _relation_in(_raw_words(rest)[:words], dim)
    for at in (w.start() for w in re.finditer(r"\b\w", rest[:reach])) if found is None else ():
        found = _phrase_at(rest[at:], dim)
        if found is not None:
            break
    return found


#: a part named by a word before "of the" and the figure: the figure is the part's whole
#: ("most of the 850 evacuated residents"); comparison.json part_quantifiers
_QUANTIFIED_WHOLE = re.compile(r"\b(?:" + _alternatives(_CMP["part_quantifiers"]) + r")\s+of\s+(?:the|those|these|its|their)\s+$",
                               re.IGNORECASE)


def _whole_of_a_part(claim: Claim) -> bool:
    """Whether the figure is the whole a part counted just before it is out of: the 40 of "the
    motion needs the votes of at least 21 of the assembly's 40 members", the 850 of "the mill
    expects to cut 130 of its 850 jobs". The clause's modal or plan is the part's; the whole is a
    stock that stands now (``_scope_read``). Only a whole a determiner or a possessive makes
    definite: "needs two thirds of 120 votes" names the votes it needs, no body that sits."""
    prefix = _sentence_before(claim)
    return _ends_with_word(prefix, _DEFINITE_WHOLE_ENDS) and bool(_WHOLE_OF_PART.search(prefix))


#: the words that end a definite whole's "of" phrase: "of the", "of its", "of the council's"
_DEFINITE_WHOLE_ENDS = ("the", "those", "these", "its", "their", "'s", "’s")


def _state_of_part(own: str, claim: Claim) -> str:
    """``own``, a state of people its noun or whole names, unless the predicate after the figure
    names another state for a part of them (``_predicate_relation``); not when the figure is the
    whole of a part named before it ("letting most of the 850 evacuated residents return": the
    850 are the evacuated)."""
    if _QUANTIFIED_WHOLE.search(_sentence_before(claim)):
        return own
    refined = _predicate_relation(claim) if own in STATE_RELATIONS else None
    return refined if refined in STATE_RELATIONS else own


def _topic_relation(claim: Claim, dim: Optional[str]) -> Optional[str]:
    """The relation the first part of a claim's topic names, its head first ("sales price"), of
    dimension ``dim``."""
    return _relation_in(reversed(_without_source(_raw_words((claim.topic or "").split(",")[0]), anywhere=True)), dim)


#: verbs of a rescue before a count of people and "from"; lexicon/comparison.json rescue_from_verbs.
_RESCUE_FROM_VERBS = frozenset(_CMP["rescue_from_verbs"])


def _relation_read(claim: Claim) -> Optional[str]:
    """The relation or event a claim measures: from its own words ("6.1-magnitude quake"), the
    first relation word just after it, its verb, else the nearest word just before it.

    "Almost 200 people have been confirmed killed" -> killed; "55 wounded" -> injured;
    "a magnitude of 5.9" -> magnitude; "evacuated to Varn, a town of 40,000 people" -> population.
    """
    own = _relation_in(_raw_words(claim.unit) + _raw_words(claim.surface))
    if own:
        # "Forty-one survivors were taken to hospital": the predicate names the state of a part of
        # the survivors, as "six survivors died" names the dead among them
        return _state_of_part(own, claim)
    if _whole_after_part(_sentence_before(claim)):
        # "killing 42 of the 48 people on board": the 48 are the whole the 42 are out of; the
        # verb is the 42's, and only the whole's own words name its relation ("of the 12 wounded"),
        # not the predicate after them ("half of the town's 1,200 shops were damaged")
        return _whole_relation(claim)
    state = _hurt_state_of_part(claim)
    if state is not None:
        return state  # "Eleven of the wounded were airlifted to hospital": all those in hospital
    before = _before(claim)
    # "prevented 91 percent": the word right before; not across a comma ("Of those aboard, 291
    # were rescued": the whole's word, not the part's verb)
    last = _raw_words(before)[-1:] if not before.rstrip().endswith((",", ";", ":")) else []
    if last and last[0] in _RESCUE_FROM_VERBS and _raw_words(_after(claim))[:1] == ["from"] \
            and WORD_CLASS.get(_unit_head(claim)) in _PERSON_CLASSES:
        return "survived"  # "crews pulled 140 people from the water": the rescued
    if last and (found := _word_relation(last[0])) and claim.dimension in RELATION_DIMENSIONS.get(found, ()):
        if last[0] in _VALUATION_WORDS:
            # "a loan worth 153 billion kora": "worth" values what its noun names; a noun that names
            # a relation of its own ("loan") gives it, one that names none ("a contract") leaves the price
            named = _topic_relation(claim, claim.dimension)
            if named:
                return named
        return found  # "prevented 91 percent of infections": the verb's relation, made for this dimension
    whole = whole_of(claim)[0]
    words = _raw_words(whole)
    for k, w in enumerate(words):  # "61 percent of eligible voters cast ballots": a turnout, not votes
        if w in WHOLE_HEAD or _lemma(w) in WHOLE_HEAD:
            head = WHOLE_HEAD.get(w) or WHOLE_HEAD[_lemma(w)]
            sided = side_of(claim)
            if words[k + 1:] and not sided and not _WHOLE_PREDICATES.get(head, frozenset()).intersection(words[k + 1:]):
                break  # "12 percent of likely voters undecided", "40 percent of voters said": not who voted
            # "71 percent of voters backed the plan": voters who took a side are a share of the vote
            return _SIDE_RELATION.get(head, head) if sided else head
    own = _relation_in(_raw_words(whole))  # "47 percent of the seats"
    if own:
        # "Of the 64 people hurt, 12 are still in hospital": the part's own predicate names its state
        return _state_of_part(own, claim)
    # words around the figure that are not its own name a relation only one of its dimension has
    dim = claim.dimension
    relative = None if _OF_A_WHOLE.search(claim.surface) else _RELATIVE_AFTER.match(_after(claim))
    if relative:  # (not "Two of the five workers who were critically injured had died": the whole's clause)
        # "the 91 who were pulled alive from the lake outnumber the dead": the relative clause
        # says what the count is, before the words of the clause it is the subject of
        found = _clause_relation(relative.group("rest"), dim, words=4, reach=40)
        main = _word_relation(_verb_lemma(claim)) if found else None
        if main and main != found and dim in RELATION_DIMENSIONS.get(main, (dim,)):
            # "a woman who had been critically injured died in hospital": the verb the count is the
            # subject of says what befell them; the relative clause, what they were before
            return main
        if found:
            return found
    if relative is None and _OF_A_WHOLE.search(claim.surface) and _RELATIVE_AFTER.match(_after(claim)):
        # "Five of the workers who ran from the shed were injured": the relative clause is the whole's,
        # the verb the part is the subject of says what befell the part
        main = _word_relation(_verb_lemma(claim))
        if main and dim in RELATION_DIMENSIONS.get(main, (dim,)):
            return main
    first = _first_words_after(claim)  # "6,300 people injured and 340 missing"
    at_end = "" if _OF_WHOLE_SURFACE.search(claim.surface) else _after(claim)  # "42 of the 48 people on board": the 48's
    found = _phrase_at(at_end, dim)
    if found:
        return found  # "34 men cut off by the collapse": a phrase, not "cut"
    found = _relation_in(first, dim)
    if found and found in STATE_RELATIONS and last and (verb := _word_relation(last[0])) and verb != found \
            and dim in RELATION_DIMENSIONS.get(verb, (dim,)):
        # "The quake killed 40 people trapped in buildings", "rescued 61 miners trapped below": the
        # verb right before the count is what happened to it; the state after describes its people
        return verb
    if found:
        if found in _MODIFIER_RELATIONS:
            # "More than 250 people aboard the ship have fallen ill": the clause's predicate names their state
            return _main_predicate_state(found, claim, _MODIFIER_THEN_PREDICATE)
        return _main_predicate_state(found, claim) if found in STATE_RELATIONS else found
    found = _topic_relation(claim, dim)
    if found:
        return found
    counted = _number_of(claim) if dim == "count" else None
    if counted:  # "The number of people killed by the storm rose to 64", "... who were hurt": the words after its topic
        topic = counted.group(0).rstrip(", ")
        at = claim.sentence.lower().find(topic.lower())
        if 0 <= at < claim.start - claim.sentence_start:
            rest = claim.sentence[at + len(topic):claim.start - claim.sentence_start]
            found = _relation_in(_raw_words(rest)[:5], dim)  # "who lost their lives", "known to have died"
            if found:
                return found
            for pattern, name in _PHRASES_AFTER if _ANY_PHRASE_AFTER.match(rest) else ():
                if pattern.search(rest[:40]) and dim in RELATION_DIMENSIONS.get(name, (dim,)):
                    return name  # "the number of people forced from their homes": displaced
    moved = _MOVED_TO.search(own_before) if dim == "count" and _ends_with_word(
        own_before := _own_before(claim), _MOVED_TO_ENDS) else None
    if moved:
        # "raising the death toll from Sunday's storm in the valley to five": the total the verb
        # moved, however long the phrase between it and the figure
        found = _relation_in(_raw_words(moved.group(1)), dim)
        if found:
            return found
    found = _carried_total(claim) if dim == "count" else None
    if found:
        return found
    before = _before(claim)
    m = _OF_BEFORE.search(before)
    if m and m.group(1).lower() in OF_HEAD and not _relation_in(_raw_words(m.group(0))[2:]):
        return OF_HEAD[m.group(1).lower()]  # "a city of 500,000 people", not "a city of about 10 killed"
    lives = _LIVES_IN.match(_own_after(claim)) if dim == "count" else None
    if lives and OF_HEAD.get(lives.group(1).lower()) == "population":
        return "population"  # "the 2.4 million people who live in the city", as "a city of 2.4 million people"
    for pattern, name in _PHRASES if _ANY_PHRASE.search(before) else ():  # "will set you back $799"
        if pattern.search(before) and (dim is None or dim in RELATION_DIMENSIONS.get(name, (dim,))):
            return name
    if not _OF_WHOLE_SURFACE.search(claim.surface):  # "42 of the 48 people on board": the 48 are aboard
        found = _phrase_after_relation(claim, dim)  # "3,000 people left their homes"
        if found:
            return found
    verb = _verb(claim)
    if verb and (found := _relation_in([verb], dim)):
        return found
    after = _without_source(_before_reason(_raw_words(_own_after(claim))))
    found = _relation_in(after[:6], dim)
    if found:
        return found
    found = _relation_in(_past_event_phrases(_after_conjunction(_raw_words(_clause_before(claim))))[::-1], dim)
    if found:
        return found
    # "140 workers were on the shift when the shooting began": a clause about another event
    found = _relation_in(_before_subordinator(after), dim)
    if found is None and dim == "count" and _unit_head(claim) in _RESIDENT_NOUNS \
            and _PLACE_HOLDS.search(_before(claim)):
        # "Marrow Island has 14,200 residents", "Tarlo's 14,200 inhabitants": a place's people, when
        # nothing else befell them ("the town's 400 residents were evacuated" are displaced)
        return "population"
    return found


#: nouns of a place's people (relations.json resident_nouns), and what makes a count of them the
#: place's: a capitalised name's possessive, "has", "is home to", right before the figure
_RESIDENT_NOUNS = frozenset(lexicon.table("relations")["resident_nouns"].split())
_PLACE_HOLDS = re.compile(r"(?:\b[A-Z][\w'’-]*(?:'s|’s)|\b(?:has|had|have|is\s+home\s+to|was\s+home\s+to))\s+"
                          r"(?:(?:about|some|nearly|around|roughly|almost|over|under|more\s+than|fewer\s+than|just\s+over|just\s+under)\s+)?$")


#: a share's side in a vote or poll, by a verb of its clause; lexicon/comparison.json vote_sides.
_SIDE_VERBS = {w: side for side, words in _CMP["vote_sides"].items() for w in words.split()}
#: answers that name a side right after a verb of voting or saying ("voted no", "were against").
_SIDE_ANSWERS = {w: side for side, words in _CMP["vote_side_answers"].items() for w in words.split()}
_ANSWER_VERBS = frozenset(_CMP["vote_answer_verbs"])
#: verbs of two words that name a share's side before "by"; lexicon/comparison.json vote_side_phrases.
_SIDE_PHRASES = {tuple(p.split()): side for side, phrases in _CMP["vote_side_phrases"].items() for p in phrases}
#: a vote's outcome and the side its winning count is on; lexicon/comparison.json tally_outcomes.
_TALLY_OUTCOMES = {w: side for side, words in _CMP["tally_outcomes"].items() for w in words.split()}
_TALLY_VERB = r"\b(?P<verb>" + "|".join(sorted(_TALLY_OUTCOMES, key=len, reverse=True)) + r")"
_TALLY_COUNT = r"(\d[\d,]*|" + _NUMBER_WORD + r")\b"
_TALLY_PAIR = r"(?P<a>" + _TALLY_COUNT + r")(?:\s+votes?)?\s*(?:to|-|–)\s*(?P<b>" + _TALLY_COUNT + r")"
#: a tally after its outcome ("passed by 15 votes to 11", "approved the plan by nine votes to
#: four") or before it ("By 15 votes to 11 it passed the budget")
_TALLIES = (re.compile(_TALLY_VERB + r"\s+(?:(?:[\w'’-]+\s+){0,3}?by\s+)?" + _TALLY_PAIR, re.IGNORECASE),
            re.compile(r"\bby\s+" + _TALLY_PAIR + r",?\s+(?:[\w'’-]+\s+){0,3}?" + _TALLY_VERB, re.IGNORECASE))
#: a sentence that may hold a tally: digits or "votes" before "to" or a dash
_TALLY_HINT = re.compile(r"\d\s*(?:votes?\s+)?(?:to|-|–)|\bvotes?\s+to\b", re.IGNORECASE)
_OTHER_SIDE = {"for": "against", "against": "for"}
#: the relation a whole's head gives a share that names a side; lexicon/comparison.json side_relations.
_SIDE_RELATION = dict(_CMP["side_relations"])


def side_of(claim: Claim) -> str:
    """The side a share of a vote or a poll is of: "for" of "71 percent of voters backed the
    plan", "backed by 71 percent" and "71 percent voted yes"; "against" of "28 percent voted
    against" and "28 percent opposed it"; "" for any other figure, and for a share whose own
    clause names no side ("Turnout was 64 percent"; "52 percent against 45 percent" names none).
    A count of votes or voters too: "nine members voted for it", "four members who voted against"."""
    if claim.dimension not in ("percentage", "count"):
        return ""
    tally = _tally_side(claim)
    if tally:
        return tally
    before = _raw_words(_own_before(claim))[-3:]
    if len(before) >= 2 and before[-1] == "by" and before[-2] in _SIDE_VERBS:
        return _SIDE_VERBS[before[-2]]  # "backed by 71 percent"
    if len(before) == 3 and before[-1] == "by" and tuple(before[:2]) in _SIDE_PHRASES:
        return _SIDE_PHRASES[tuple(before[:2])]  # "turned down by 68 per cent"
    after = _raw_words(_own_after(claim))[:8]
    aged = _AGED_WHOLE.match(_after(claim))
    if aged:  # "39% of voters aged 18 to 24 backed the Greens": the ages are the whole's, not a figure's
        after = _raw_words(_after(claim)[aged.end():])[:8]
    for prev, w in zip(["", *after], after):
        if w in _SIDE_VERBS:
            return _SIDE_VERBS[w]
        if w in _SIDE_ANSWERS and prev in _ANSWER_VERBS:
            return _SIDE_ANSWERS[w]
    return ""


def _tally_side(claim: Claim) -> str:
    """The side of a count in a vote's tally beside its outcome (``_TALLIES``): the larger count
    won, so "passed by 15 votes to 11" gives the 15 "for" and the 11 "against", and "failed by 12
    votes to 15" the 12 "for" and the 15 "against", whichever way round an outlet writes it; ""
    for a count in no such tally, and in a tie."""
    if claim.dimension != "count" or not _TALLY_HINT.search(claim.sentence):
        return ""
    at = claim.start - claim.sentence_start
    for pattern in _TALLIES:
        for m in pattern.finditer(claim.sentence):
            if at not in (m.start("a"), m.start("b")):
                continue
            a, b = _tally_count(m.group("a")), _tally_count(m.group("b"))
            if a == b:
                return ""
            won = _TALLY_OUTCOMES[m.group("verb").lower()]
            mine, other = (a, b) if at == m.start("a") else (b, a)
            return won if mine > other else _OTHER_SIDE[won]
    return ""


def _tally_count(text: str) -> int:
    """A tally's count as written: "15", "1,204", "nine"."""
    word = text.lower()
    return int(text.replace(",", "")) if text[0].isdigit() else _NUM["small"].get(word, _NUM["tens"].get(word, 0))


#: a figure's own phrase that makes it a sum over several owners: "a combined workforce of
#: more than 49,000", "a combined 900 beds", "put their combined share at 19.6%"
#: (comparison.json combined_words, within two words and an "of", "at" or "as" of the figure);
#: not "the combined company will cut 1,700 jobs" (the merged company's)
_COMBINED = re.compile(r"\b(?:" + "|".join(map(re.escape, _CMP["combined_words"])) + r")\s+(?:[\w-]+\s+){0,2}(?:(?:of|at|as)\s+)?"
                       r"(?:(?:about|some|nearly|roughly|around|almost|over|more\s+than|less\s+than)\s+)?$", re.IGNORECASE)
#: a clause that opens with a word of several owners together: "Together the two companies had ..."
_COMBINED_OPENING = re.compile(r"^\W*(?:" + "|".join(map(re.escape, _CMP["combined_openers"])) + r")\b", re.IGNORECASE)


#: a figure's own phrase ending in a word of several owners: "killed 31 people between them";
#: lexicon/comparison.json combined_after
_COMBINED_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:" + _alternatives(_CMP["combined_after"]) + r")\b", re.IGNORECASE)


def _combined(claim: Claim) -> bool:
    """Whether a figure sums several owners' figures: "a combined workforce of more than 49,000",
    "centres with a combined 900 beds", "Together the two companies had $15.6 billion", "nine
    explosions, which killed 31 people between them"."""
    own = _own_before(claim)
    return bool(_COMBINED.search(own) or _COMBINED_OPENING.match(own) or _COMBINED_AFTER.match(_own_after(claim)))


#: a place in a contest's order named by a word; lexicon/comparison.json prize_ranks.
_RANK_WORDS = {w: rank for rank, words in _CMP["prize_ranks"].items() for w in words.split()}


def rank_of(claim: Claim) -> str:
    """The place in a contest a sum is the prize of, by a word of its own phrase: "first" of "a
    winner's cheque of £2.8 million" and "the winners collect £2.5 million", "second" of "his
    runner-up cheque was worth $2.16 million" and "the £1.25 million runners-up prize"; "" when
    no such word is there. The winner's prize and the runner-up's are two sums."""
    if claim.dimension != "currency":
        return ""
    words = _raw_words(_own_before(claim))[-6:] + _raw_words(_own_after(claim))[:3]
    stems = (w.removesuffix("'s").removesuffix("'") for w in words)  # "winner's", "runners'"
    ranks = {_RANK_WORDS[w] for w in stems if w in _RANK_WORDS}
    return "rank:" + ranks.pop() if len(ranks) == 1 else ""


#: a part of a deal's money named by a word or two of its phrase; lexicon/comparison.json deal_parts.
_DEAL_PART_WORDS = {w: part for part, words in _CMP["deal_parts"].items() for w in words}
#: words that, before a conditional part's word, name what is paid without it ("before bonuses"), and that part
_DEAL_PART_WITHOUT = frozenset(_CMP["deal_part_without"]["words"])
_DEAL_PART_WITHOUT_PART = _CMP["deal_part_without"]["part"]


def deal_part_of(claim: Claim) -> str:
    """The part of a deal's money a sum is, by a word of its own clause: "guaranteed" of "a
    guaranteed €84 million" and "£72 million up front", "potential" of "a potential £84 million"
    and "could eventually collect €98 million", "conditional" of "up to £12 million in add-ons"
    (but "£89 million before bonuses" is guaranteed); "" when no such word is in its clause, or
    words of two parts. The sum paid up front and the most it could reach are two sums; a plain
    "£72 million deal" may be either."""
    if claim.dimension != "currency":
        return ""
    before = _raw_words(re.split(r"[,;]", _own_before(claim))[-1])[-4:]
    after = _raw_words(re.split(r"[,;]", _own_after(claim))[0])[:3]
    words = before + [""] + after
    pairs = [" ".join(p) for p in zip(words, words[1:])]
    parts = set()
    for k, w in enumerate((*words, *pairs)):
        if w in _DEAL_PART_WORDS:
            part = _DEAL_PART_WORDS[w]
            # "£89 million before bonuses": what is paid without them
            left = words[k - 1] if 0 < k < len(words) else ""
            parts.add(_DEAL_PART_WITHOUT_PART if part == "conditional" and left in _DEAL_PART_WITHOUT else part)
    return "part:" + parts.pop() if len(parts) == 1 else ""


#: "for" and a name after a sum, up to two lower-case words between ("for defender Osric Vayle"):
#: what the sum is paid for (``item_of``)
_FOR_NAME = re.compile(r"\bfor\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}?((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)")


#: a bracket right after a figure, its conversion: "£47 million (€55 million) Brennau paid ..."
_LEADING_BRACKET = re.compile(r"^\s*\([^()]*\)")


def item_of(claim: Claim) -> str:
    """What a sum is paid for, when its clause names it after "for": "vayle" of "the £47 million
    Brennau paid for Osric Vayle" and of "£47m for defender Vayle"; "" when no name follows "for"
    before the clause's next figure ("sold for £89m to Valdemora"). Two sums for two named things
    are two prices, however alike their words ("record fee"). Named by its last word, lower-case,
    so that "Teo Wrenfield" and "Wrenfield" are one."""
    if claim.dimension != "currency":
        return ""
    after = _after(claim)
    bracket = _LEADING_BRACKET.match(after)  # "£47 million (€55 million) Brennau paid for ...": past the conversion
    m = _FOR_NAME.search(_own_after_of(after[bracket.end():] if bracket else after))
    if not m:
        return ""
    last = without_possessive(m.group(1).split()[-1])
    return "" if last in _NOT_EVENT_NAMES else last.lower()


#: a vote and what it was on: "voted to strike", "voted by 68% to 32% to accept", "vote to approve"
_MOTION = re.compile(r"\bvot(?:e|es|ed|ing)\s+(?:(?:by|overwhelmingly|narrowly|unanimously)\s+)?"
                     r"(?:[\d.,]+\s*(?:%|per\s*cent|percent)?\s+to\s+[\d.,]+\s*(?:%|per\s*cent|percent)?\s+)?"
                     r"(?:not\s+)?to\s+([a-z]+)", re.IGNORECASE)


def motion_of(claim: Claim) -> str:
    """What the vote a share or count of votes is of was on: "strike" of "91 per cent of those who
    took part voted to strike", "accept" of "voted by 68% to 32% to accept the offer"; "" when its
    sentence names no vote on something. The nearest such vote after the figure in its sentence,
    else the nearest before. Two votes on two motions (to strike, to accept an offer) are two
    ballots, whatever else they share."""
    if claim.dimension not in ("percentage", "count") or "vot" not in claim.sentence.lower():
        return ""
    at = claim.start - claim.sentence_start
    found = list(_MOTION.finditer(claim.sentence))
    after = [m for m in found if m.start() >= at]
    before = [m for m in found if m.start() < at]
    m = after[0] if after else (before[-1] if before else None)
    return m.group(1).lower() if m else ""


#: words of asking and of offering; lexicon/comparison.json negotiation_stances
_STANCE_WORDS = {w: stance for stance, words in _CMP["negotiation_stances"].items() for w in words}
#: how many words before a figure, and after it, are read for its stance
_STANCE_BEFORE, _STANCE_AFTER = 8, 6
#: words that set a figure against another before it, whose stance is not the figure's
_STANCE_LINKS = frozenset(_CMP["negotiation_stance_links"])


def stance_of(claim: Claim) -> str:
    """The side of a negotiation a percentage or a sum is: "asked" of "is demanding a 9% pay
    rise" and "the 9% claim would add £64 million"; "offered" of "its final offer, a 5.8% pay
    rise" and "an offer of 3.5%"; "" for any other figure. The word nearest before the figure in
    its own clause decides (but not past a word that sets it against another figure: "an offer of
    5%, against the 14% the union is demanding"), else the first of the six right after it."""
    if claim.dimension not in ("percentage", "currency"):
        return ""
    before = _raw_words(_own_before(claim))[-_STANCE_BEFORE:]
    links = [k for k, w in enumerate(before) if w in _STANCE_LINKS]
    if links:  # "an offer of 5%, against the 14% the union is demanding": the offer is the other figure's
        before = before[links[-1] + 1:]
    for w in reversed(before):
        if w in _STANCE_WORDS:
            return _STANCE_WORDS[w]
    for w in _raw_words(_own_after(claim))[:_STANCE_AFTER]:
        if w in _STANCE_WORDS:
            return _STANCE_WORDS[w]
    return ""


#: a share's whole that an age band narrows, right after the share: "of voters aged 18 to 24",
#: "of those over 65", "of women under 30"
_AGED_WHOLE = re.compile(r"^\s+of\s+(?:the\s+)?[A-Za-z]+\s+(?:aged\s+)?(?:(?:over|under|above|below)\s+)?\d+"
                         r"(?:\s*(?:to|-|–|and)\s*\d+)?(?:\s+and\s+(?:over|older|under|younger))?", re.IGNORECASE)


def _last(pattern: re.Pattern, text: str) -> Optional[re.Match]:
    """The last match of ``pattern`` in ``text``, or None: the joint or figure nearest a figure."""
    found = None
    for found in pattern.finditer(text):
        pass
    return found


#: a word that joins two clauses, the last of which before a figure starts its own ("_clause_before")
_JOINT_WORD = re.compile(r"\b(?:and|but|while|whereas)\b")


def _clause_before(claim: Claim) -> str:
    """The words just before a figure (``_before``), from the start of its own coordinated clause
    when a figure precedes that: in "eight people had died and that 380,000 customers were
    without power", the 380,000's words start at "and"; "died" is the eight's."""
    before = _before(claim)
    figure = _last(_NEXT_FIGURE, before)
    if figure is None:
        return before
    joint = _last(_JOINT_WORD, before[figure.end():])
    return before[figure.end() + joint.start():] if joint is not None else before


#: relations of an event (a toll, a magnitude): a claim of one is strict about its relation.
EVENT_RELATIONS = frozenset(_CMP["event_relations"])
#: relations that must agree when both claims have one; others only help to choose a group.
STRICT_RELATIONS = frozenset(_CMP["strict_relations"])
#: relations that are never one quantity ("loss", "profit"): each pair both ways
_OPPOSED = frozenset((a, b) for pair in _CMP["opposed_relations"] for a, b in (pair, pair[::-1]))


#: a sentence whose indefinite subject is followed by a modal: "A magnitude-6 quake can cause ...".
_GENERIC = re.compile(r"^\W*(?:an?|any)\s+(?:[^,;:.!?]|" + _IN_NUMBER + r"){0,60}?\b(?:" + "|".join(_CMP["generic_modals"]) + r")\b",
                      re.IGNORECASE)
#: a threshold that names a class of things: "his sixth game of 100 yards or more", "quakes of
#: magnitude 6 or higher": a plural (or ordinal) noun and "of" before the figure, "or more" after it.
#: So does a singular after "a" or a class quantifier: "an aftershock of magnitude 5.5 or more".
_CLASS_QUANTIFIER = r"(?:" + "|".join(_CMP["class_quantifiers"]) + r")"
#: the measure's name must then stand between "of" and the figure: "a crowd of 50,000 or more"
#: is one crowd, however large.
_THRESHOLD_BEFORE = re.compile(r"\b(?:(?:[a-z]+s|[a-z]+(?:st|nd|rd|th)\s+[a-z]+)\s+of\s+(?:[a-z]+\s+)?|(?:an?|" + _CLASS_QUANTIFIER
                               + r")\s+[a-z]+\s+of\s+[a-z]+\s+)$", re.IGNORECASE)
#: a bound that opens a clause states a class (comparison.json bound_openers)
_BOUND_OPENER = re.compile(r"(?:" + "|".join(_CMP["bound_openers"]) + r")\b", re.IGNORECASE)
#: nothing before a figure in its clause but a sentence's start, a semicolon or a colon
_CLAUSE_START = re.compile(r"(?:^|[;:])\s*$")
_THRESHOLD_AFTER = re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in _CMP["threshold_after"]) + r")\b", re.IGNORECASE)
#: a plural noun (or "every", "each" and a noun) and "with" right before a bound, perhaps with an
#: attribute between: "firms with fewer than 10 staff", "every curve with a limit below 80 km/h";
#: lexicon/comparison.json class_with_plurals.
_CLASS_WITH = re.compile(r"\b(?:" + _CLASS_QUANTIFIER + r"\s+[a-z-]+|[a-z]*[a-rt-z]s|" + "|".join(_CMP["class_with_plurals"])
                         + r")\s+with\s+(?:(?:a|an)\s+[a-z-]+\s+)?$", re.IGNORECASE)
#: a poll's noun, then (within its sentence) a verb by which it reports a share; comparison.json polls
_POLL_BEFORE = re.compile(r"\b(?:" + _alternatives(_CMP["polls"]["nouns"]) + r")\b(?!(?:\s+[a-z]+){0,2}?\s+(?:" + _alternatives(_CMP["polls"]["not_after"])
                          + r")\b)[^.;!?]{0,120}?\b(?:" + _alternatives(_CMP["polls"]["verbs"]) + r")\b(?!\s+(?:"
                          + _alternatives(_CMP["polls"]["not_after"]) + r")\b)", re.IGNORECASE)
#: a class quantifier and a noun, then a participle or a comparative, right before a bound: "any
#: snowfall deeper than 25cm", "every roof spanning more than 40 metres" (comparison.json
#: class_quantifiers): which things, not how much of one
_CLASS_BY_BOUND = re.compile(r"\b" + _CLASS_QUANTIFIER + r"\s+[a-z-]+\s+(?:[a-z]+ing\s+(?:[a-z]+\s+than\s+)?|[a-z]+er\s+than\s+)$", re.IGNORECASE)
#: the verb of a rule's entitlement later in a bound's clause: "customers who are without power
#: for more than 48 hours are entitled to", "households earning under £30,000 qualify";
#: lexicon/comparison.json entitlement_words
_ENTITLED_AFTER = re.compile(r"^[^,;:.!?]*?\b(?:" + _alternatives(_CMP["entitlement_words"]) + r")\b", re.IGNORECASE)
#: a past participle: "completed", "taken", "won" (comparison.json irregular_participles)
_PARTICIPLE_WORD = r"(?:[a-z]+ed|[a-z]+en|" + "|".join(_CMP["irregular_participles"]) + r")"
#: a participle's clause with a date right after a figure's phrase: ", completed in 2002"
_DATED_PARTICIPLE = re.compile(r"^,\s+" + _PARTICIPLE_WORD + r"\s+(?:in|on|during|last|since)\b[^,;:!?]*")
#: a participle's phrase right after a figure, to its clause's end: ", won by a family in 2069"
#: (not an auxiliary's "had" or "been": ", had stood since 1990" tells how long, not when)
_PARTICIPLE_DATED_AFTER = re.compile(r"^\s*,?\s+(?!(?:had|been)\b)" + _PARTICIPLE_WORD + r"\s+[^,;:!?]*", re.IGNORECASE)
#: an ordinal right before a figure that modifies a noun: "his fourth 100-yard game", "a second
#: 1,000-yard season" count games or seasons of a class; the figure is the class's threshold.
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|[a-z]+th|\d+(?:st|nd|rd|th))\s+$", re.IGNORECASE)
#: a relative clause set off by a comma: what it says of its noun is its own statement.
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose|where)\b", re.IGNORECASE)
#: a dated participle's clause set off by commas before a figure: "Kestrel, founded in 1952, has
#: 14,000 employees": it dates the noun it follows, not the figure; so does an appositive's ("the
#: Marla, a 40-metre ferry built in 2031, was licensed to carry 120").
_DATED_ASIDE = re.compile(r",\s+(?:(?:an?|the)\s+[^,;:!?]{0,40}?\s)?(?:[a-z]+ed|[a-z]+en|" + "|".join(_CMP["irregular_participles"])
                          + r")\s+(?:(?:in|on|during)\b|[^,;:!?]{0,40}?\bago\b)[^,;:!?]*,")  # ", founded six years ago by Renn,"
#: a relative clause set off by commas before a figure: "The bridge, which opened in 1988, carried
#: 45,000 vehicles a day"
_RELATIVE_DATED_ASIDE = re.compile(r",\s+(?:which|who|that)\s+[^,;:!?]*,")
#: a coordinated verb phrase in the present tense: "and" or "but" before a verb in -s. A past
#: date before it dates the phrase before ("which opened in 1988 and stretches 640 metres");
#: a past phrase shares it ("found in 2039 and valued at €95 million").
_FUNCTION = _CMP["function_words"]
_VERB_CONJUNCT = re.compile(r"\b(?:" + "|".join(_FUNCTION["verb_conjunctions"]) + r")\s+(?:(?:"
                            + "|".join(_FUNCTION["present_adverbs"]) + r")\s+)?[a-z]+s\b(?!\s+(?:"
                            + "|".join(_FUNCTION["noun_prepositions"]) + r")\b)")  # "and votes from 212 stations": a noun
#: a sentence's opening adverbial, before its first comma: "Earlier this year, ...", "In March, ...".
_OPENER = re.compile(r"^\W*([A-Z][^,;:.!?]{0,40}),")
#: a preposition and a year opening a sentence with no comma after them: "In 2071 the firm asked
#: for £2.1 million", "In March 2071 the roof of the hall, 40 metres wide, fell in"; not "In
#: 2071 dollars"; comparison.json opening_years
_OPENING_YEAR = re.compile(r"^\W*((?:" + _alternatives(_CMP["opening_years"]["prepositions"]) + r")\s+"
                           r"(?:(?:\d{1,2}\s+)?(?:" + _alternatives(_MONTHS) + r")\s+(?:\d{1,2},?\s+)?)?(?:1[89]|2\d)\d\d)\b"
                           r"(?![,.]?\d)(?!\s+(?:" + _alternatives(_CMP["opening_years"]["money_nouns"]) + r")\b)",
                           re.IGNORECASE)
#: the nouns that count persons (lemmas; lexicon/persons.json): a toll of "passengers" counts
#: persons, one of "tents" does not; a time's possessive before one owns a person, not an event
_PERSON_NOUNS = frozenset(_lemma(w) for w in lexicon.person_nouns()) | {"person"}
#: a sentence opened by the possessive of a time before the article's: "Last year's ", "Last
#: winter's " (comparison.json last_year, last_periods)
_OPENING_POSSESSIVE = re.compile(r"^\W*(" + _alternatives(sorted(_CMP["last_year"] + _CMP["last_periods"], key=len, reverse=True))
                                 + r")['’]s\s", re.IGNORECASE)
#: a noun of events beside an event's proper name (comparison.json named_event_nouns): "fire" of
#: "the Greyhollow fire", "Cyclone" of "Cyclone Berran"
_EVENT_NOUNS = "(?i:" + "|".join(re.escape(w) for w in sorted(_CMP["named_event_nouns"], key=len, reverse=True)) + ")"
#: what follows an event's noun up to a figure in a relative clause on the event: its place, a
#: phrase set off by commas, the relative word, and the rest of the clause up to the figure,
#: with no contrast in it (shared by ``_DATED_EVENT_CLAUSE`` and ``_NAMED_EVENT_CLAUSE``)
_EVENT_CLAUSE_TAIL = (r"(?:\s+(?:in|at|near|on|off|outside)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:\s+[a-z]+)?)?"
                      + r"(?:,\s+[^,;]{1,60})?"
                      + r",?\s+(?:which|that|when|where|in\s+which)\b(?![^;]*?\b(?:"
                      + "|".join(_CMP["clause_contrasts"]) + r")\b)[^;]*$")
#: a named event dated by a year before its name, and a relative clause on it: "since the 2066
#: Selwick fire, which burned 9,800 hectares": the clause's figures are that year's. The clause
#: may follow the event's place, with the common noun a name may end in ("the 2058 blast at the
#: Sellick Bay refinery"), and a phrase set off by commas ("the 2051 flood in Varrow, 40 km
#: upriver, which drowned 12").
_DATED_EVENT_CLAUSE = re.compile(r"\b((?:1[89]|20)\d\d)\s+(?:[A-Z][\w'’-]+\s+){0,3}" + _EVENT_NOUNS + _EVENT_CLAUSE_TAIL)
#: a noun of events anywhere: a text without one needs no event clause's search
_EVENT_NOUN_HINT = re.compile(_EVENT_NOUNS)
#: a year a time clause hangs from ("since 2058, when four inmates died in unrest that caused €11
#: million in damage"): it dates every figure of the clause, as an opening adverbial does, until a
#: semicolon or a contrast ends it; lexicon/comparison.json dated_clause_openers, clause_contrasts.
_DATED_CLAUSE = re.compile(r"\b((?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d|" + "|".join(map(re.escape, _CMP["last_year"]))
                           + r")(?:'s|’s)?,?\s+(?:" + "|".join(_CMP["dated_clause_openers"])
                           + r")\b(?![^;]*?\b(?:" + "|".join(_CMP["clause_contrasts"]) + r")\b)[^;]*$")

#: a year that ends a clause and a participle's clause after its comma, up to the figure: "which
#: broke up off the same coast in 2049, spilling 21,000 tonnes", "The line opened in 2061,
#: carrying 9,000 riders a day": the participle tells what happened then
_YEAR_THEN_PARTICIPLE = re.compile(r"\b(?:in|during)\s+((?:1[89]|20)\d\d)\s*,\s+[a-z]+ing\b[^,;:()]{0,40}$")


#: words that make a figure of their clause an expectation; lexicon/comparison.json expectation_words.
_EXPECTED = frozenset(_CMP["expectation_words"])
#: "likely to" and a verb, then no comma up to the figure; comparison.json expectation_to_words
_EXPECTED_TO = re.compile(r"\b(?:" + _alternatives(_CMP["expectation_to_words"]) + r")\s+to\s+[^,;:]*$", re.IGNORECASE)
#: "a price target of $112": lexicon/comparison.json expectation_phrases.
_EXPECTED_PHRASE = re.compile(r"\b(?:" + "|".join(r"\s+".join(p.split()) for p in _CMP["expectation_phrases"]) + r")\b",
                              re.IGNORECASE)
#: a hope's verb and infinitive right before the figure it takes: "had hoped to raise", "hopes to
#: sell as many as"; comparison.json aim_verbs
_AIMED = re.compile(r"\b(?:" + _alternatives(_CMP["aim_verbs"]) + r")\s+to\s+[a-z]+\s+(?:(?!of\b)[a-z]+\s+){0,3}$",
                    re.IGNORECASE)
#: words of assessing, an expectation only with a future modal; comparison.json estimate_words
_ESTIMATE = frozenset(_CMP["estimate_words"])
#: an estimate's verb and "that" opening the clause a future figure is in: "The company estimates
#: that repairing the track, the signals and the embankment will cost 14.5 million euros"
_ESTIMATE_THAT = re.compile(r"\b(?:" + "|".join(map(re.escape, _CMP["estimate_words"])) + r")\s+that\b", re.IGNORECASE)
_FUTURE = frozenset(_CMP["future_words"])
#: words that make a figure after them a condition, not what happened; comparison.json requirement_words.
_REQUIRED = re.compile(r"\b" + words_pattern(_CMP["requirement_words"], ignorecase=True) + r"\b", re.IGNORECASE)  # only searched for
#: a law's bound right before a figure: "the legal minimum of 12 weeks"; comparison.json law_bounds
_LAW_BOUND = re.compile(r"\b(?:" + "|".join(_CMP["law_bounds"]["adjectives"]) + r")\s+(?:"
                        + "|".join(_CMP["law_bounds"]["nouns"]) + r")\s+(?:of\s+)?(?:(?:about|around|some)\s+)?$", re.IGNORECASE)
#: a relative clause right after a figure whose verb requires it: "short of the 90% it needs", "the
#: 60 votes the bill requires" (comparison.json requirement_words, the verbs of them only), or a
#: participle that does: "the 31 needed for a majority", "the 60 votes required to pass"
_REQUIRED_AFTER = re.compile(r"\s+(?:(?:(?:that|which)\s+)?(?:the\s+)?[A-Za-z][\w'’-]*\s+(?:(?:would|will|still)\s+)?(?:"
                             + "|".join(re.escape(w) for w in _CMP["requirement_words"] if " " not in w) + r")\b"
                             r"|(?:needed|required)\s+(?:for|to)\b"
                             # "the 95 per cent that experts say is needed", "the 60 votes that would be required"
                             r"|(?:that|which)\s+(?:[\w'’-]+\s+){0,5}?(?:is|are|was|were|be)\s+(?:needed|required)\b)",
                             re.IGNORECASE)
#: a relative clause right after a figure whose verb expects it: "far above the 250 mm it had
#: forecast", "the 3% that analysts predicted", "the 40,000 the organisers expected", "the 30
#: days police had first forecast" (comparison.json expectation_verbs_after, expectation_adverbs).
#: Its subject is a pronoun, a determiner's noun, a name, a plural or a bare collective noun
#: ("police"; comparison.json expectation_bare_subjects); "$6.84 billion beat forecasts" has none.
#: After a bare count, only a pronoun or a determiner's noun ("17 of 28 economists had
#: predicted": the economists are counted)
_EXPECTED_SUBJECT = (r"\s+(?:(?:that|which)\s+)?(?:it|they|he|she|we|you|" + "|".join(_CMP["expectation_bare_subjects"])
                    + r"|(?:the|its|their|his|her|our)\s+[a-z][\w'’-]*")
_EXPECTED_VERB = (r"\s+(?:(?:had|has|have|was|were|would|will|still)\s+)?(?:(?:"
                  + "|".join(_CMP["expectation_adverbs"]) + r")\s+)?(?:"
                  + "|".join(map(re.escape, _CMP["expectation_verbs_after"])) + r")\b")
_EXPECTED_AFTER = re.compile(_EXPECTED_SUBJECT + r"|[A-Z][\w'’-]*|[a-z][\w'’-]*s)" + _EXPECTED_VERB)
_EXPECTED_AFTER_COUNT = re.compile(_EXPECTED_SUBJECT + r")" + _EXPECTED_VERB)
#: a condition's opener with no comma between it and the figure; comparison.json condition_openers.
_CONDITION = re.compile(r"\b(?:" + _alternatives(_CMP["condition_openers"]) + r")\b", re.IGNORECASE)
_NOT_CONDITION_AFTER = frozenset(_CMP["condition_not_after"])
#: "if" later in the clause of a figure that a change is made to or by, with no comma before it:
#: the change would follow from the condition ("extending the zone to 12 km if a second fissure
#: opened"); comparison.json condition_after_not names the words after "if" that hedge the figure
#: instead ("if not thousands"), and condition_after_clauses the words of another clause before
#: the "if" ("and said more cuts could follow if"). A sum owed if something happens ("a break-up fee of $290 million
#: if it accepts a rival offer") is the fee's figure, a condition or not.
_TARGET_BEFORE = re.compile(r"\b(?:to|by)\s+(?:(?:about|around|roughly|some|nearly|almost|as\s+much\s+as|up\s+to)\s+)?$",
                            re.IGNORECASE)
_CONSEQUENCE = re.compile(r"^(?:(?!\s(?:" + "|".join(map(re.escape, _CMP["condition_after_clauses"])) + r")\s)"
                          r"[^,;:.!?()]){0,60}?\b([\w'’-]+)\s+if\s+(?!(?:"
                          + "|".join(map(re.escape, _CMP["condition_after_not"])) + r")\b)", re.IGNORECASE)


def _in_condition(own: str) -> bool:
    """Whether the words before a figure (``own``, its clause) end inside a condition: an opener
    with no comma after it, not after a verb that asks ("asked if")."""
    m = _last(_CONDITION, own)
    if m is None or any(mark in own[m.end():] for mark in ",;:"):
        return False
    before = own[:m.start()].split()
    return not (before and before[-1].lower() in _NOT_CONDITION_AFTER)


#: words of what is usual ("usually", "normally", "in a typical year"); comparison.json usual
_USUAL = re.compile(r"\b" + words_pattern(_CMP["usual"], ignorecase=True) + r"\b", re.IGNORECASE)  # only searched for
#: a norm's adjective right before a figure or its noun: "a normal schedule of 680 flights", "its
#: usual 680 departures", "a normal summer maximum of 29C"; comparison.json usual_modifiers
_USUAL_BEFORE = re.compile(r"\b(?:" + "|".join(_CMP["usual_modifiers"]) + r")\s+(?:[a-z]+\s+){0,2}(?:of\s+)?"
                           r"(?:(?:about|around|some|roughly|nearly)\s+)?$", re.IGNORECASE)
#: a usual adverb in a relative clause right after a figure: "the 95 millimetres Vallorin normally
#: gets in July", "the 40 trains it usually runs"; comparison.json usual (the single words)
_USUAL_AFTER = re.compile(r"^\s+(?:[\w'’-]+\s+){1,3}?(?:" + "|".join(re.escape(w) for w in _CMP["usual"] if " " not in w)
                         + r")\b", re.IGNORECASE)
#: a period told as an ordinary one: "on a normal weekday", "in an average year"; comparison.json usual_periods
_USUAL_PERIOD = re.compile(r"\b" + words_pattern(["on", "in", "during", "for"]) + r"\s+an?\s+(?:" + "|".join(_CMP["usual_periods"]["modifiers"]) + r")\s+(?:"
                           + "|".join(_CMP["usual_periods"]["periods"]) + r")\b", re.IGNORECASE)
#: a modal, "have" and a past participle: what did not happen; comparison.json counterfactual.
_COUNTERFACTUAL = re.compile(
    r"\b(?:" + "|".join(_CMP["counterfactual"]["modals"]) + r")\s+(?:(?:" + "|".join(_CMP["counterfactual"]["adverbs"])
    + r")\s+)?(?:have|'ve)\s+(?:(?:" + "|".join(_CMP["counterfactual"]["adverbs"]) + r")\s+)?(?:[a-z]+ed|[a-z]+en|[a-z]+wn|"
    + "|".join(_CMP["irregular_participles"]) + r")\b", re.IGNORECASE)
#: a month's name, capitalised ("in January", "JANUARY"), not "May" (a verb as often as a month)
_MONTH_NAME = re.compile(r"\b(" + "|".join(m[0].upper() + "(?i:" + m[1:] + ")" for m in _MONTHS if m != "may")
                         + r")\b")
#: what every ``_MONTH_NAME`` and ``_YEAR`` holds, in any part of a sentence: a sentence without
#: it names none
_MONTH_HINT = re.compile(_MONTH_NAME.pattern.replace(r"\b", ""))
_YEAR_HINT = re.compile(_YEAR_DIGITS)
#: a month that ends or spans a reporting period: "three months to December", "the quarter ended
#: September", "the April-June quarter"; lexicon/comparison.json reporting_periods.
_PERIODS = _CMP["reporting_periods"]
_PERIOD_END_BEFORE = re.compile(r"\b(?:" + "|".join(_PERIODS["nouns"]) + r")\s+(?:" + "|".join(_PERIODS["links"])
                                + r")\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_PERIOD_SPAN_AFTER = re.compile(r"^\s*[-–]\s*[A-Z][a-z]+\s+(?:" + "|".join(_PERIODS["after"]) + r")\b")
_PERIOD_SPAN_END = re.compile(r"[A-Z][a-z]+\s*[-–]\s*$")
_PERIOD_NOUN_AFTER = re.compile(r"^\s+(?:" + "|".join(_PERIODS["after"]) + r")\b")
_SPAN_START_BEFORE = re.compile(r"\b(?:" + "|".join(_PERIODS["span_openers"]) + r")\s+$", re.IGNORECASE)
_SPAN_START_AFTER = re.compile(r"^\s+(?:" + "|".join(_PERIODS["span_links"]) + r")\s+(?:" + "|".join(
    m.capitalize() for m in _MONTHS) + r")\b")
#: "at the end of" before a recent month: the date a figure of no event stands at (reporting_periods as_at)
_AS_AT_BEFORE = re.compile(r"\b(?:" + _alternatives(_PERIODS["as_at"]) + r")\s+$", re.IGNORECASE)
#: the months before a span's last month: "between April and " of "between April and June"
_SPAN_END_BEFORE = re.compile(r"\b(?:" + "|".join(_PERIODS["span_openers"]) + r")\s+(" + "|".join(
    m.capitalize() for m in _MONTHS) + r")\s+(?:" + "|".join(_PERIODS["span_links"]) + r")\s+$")


@lru_cache(maxsize=512)
def _period_months(sentence: str) -> frozenset:
    """Where the months that end or span a reporting period start in ``sentence``, read in the
    whole sentence: a window cut inside "the January-June period" would read its "June" as
    another month's event (``scope_of``; read once per sentence, when a window names a month)."""
    return frozenset(m.start() for m in _MONTH_NAME.finditer(sentence) if _ends_a_period(sentence, m))


def _ends_a_period(text: str, m: re.Match) -> bool:
    """Whether the month ``m`` of ``text`` ends or spans a reporting period: "the three months
    to December", "the quarter ended September", "the April-June quarter"; or starts a span,
    which its last month dates: the "January" of "rain between January and July"."""
    before, after = text[:m.start()], text[m.end():]
    return bool(_PERIOD_END_BEFORE.search(before) or _PERIOD_SPAN_AFTER.match(after)
                or _PERIOD_SPAN_END.search(before) and _PERIOD_NOUN_AFTER.match(after)
                or _SPAN_START_BEFORE.search(before) and _SPAN_START_AFTER.match(after))
#: a year right after a month ("December 2003"): the year dates it
_YEAR_AFTER = re.compile(r",?\s+\d{4}")
#: "since" before a year in its clause: "since 1999", "since the store opened in 2028"
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;:.!?\d]{0,40}$", re.IGNORECASE)


def _places_after(prepositions: str) -> str:
    """A run of places right after a figure ("in the Brenn Valley", "across the province", "in the
    region's coal mines"), each
    after one of ``prepositions`` (a regex alternation): what a span or a year after them may
    stand past."""
    return r"(?:\s+(?:" + prepositions + r")\s+(?:the\s+)?[\w'’-]+(?:\s+[a-z][\w'’-]*){0,2})*"


#: a running total's start, a year or the year's first day (comparison.json year_start_spans),
#: in the clause after the figure: "have killed 61 people in the province since 2050", "19 people
#: have been killed by gunfire in the county since January 1" (not "since January": an outbreak
#: may have begun then); not after a superlative ("1,850 makes it the deadliest since 1999"),
#: nor past a comma ("killed 12, the most since 1999": not in the figure's clause)
_SINCE_YEAR_AFTER = re.compile(r"\bsince\s+(?:((?:19|20)\d\d)|(?:" + "|".join(
    r"\s+".join(map(re.escape, p.split()[1:])) for p in _CMP["year_start_spans"]) + r"))\b", re.IGNORECASE)
#: "since" and a name, not a day's or a month's: "Since Tannery Road, ...", "Since the Harrow
#: Quay fire, ...", "since the Harrow Fire"; the start of a running total when it opens the
#: sentence or follows the figure in its clause
_SINCE_NAME_OPENING = re.compile(r"^\W*Since\s+(?:the\s+)?" + _NOT_CALENDAR + r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+[a-z]+)?\s*,")
_SINCE_NAME_AFTER = re.compile(r"^[^,;:.!?]*?\bsince\s+(?:the\s+)?" + _NOT_CALENDAR + r"[A-Z][\w'’-]*")
#: a perfect tense, as a running total is told: "have killed", "has claimed"; comparison.json present_perfect
_PERFECT = re.compile(r"\b(?:" + _alternatives(_CMP["present_perfect"]["auxiliaries"]) + r")\s+(?:(?:"
                      + _alternatives(_CMP["present_perfect"]["adverbs"]) + r")\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b",
                      re.IGNORECASE)


#: a span of years right after the figure, past its places: "has claimed 32 lives in the past 20
#: years" (comparison.json tally_span_openers, tally_span_periods)
_SPAN_YEARS_AFTER = re.compile(_places_after("in|across|on|at|throughout|around|along")  # not "over": "over the last decade" opens the span
                               + r"\s+(?:" + "|".join(r"\s+".join(p.split()) for p in _CMP["tally_span_openers"])
                               + r")\s+(?:[\w-]+\s+)?(?:" + "|".join(_CMP["tally_span_periods"]) + r")\b", re.IGNORECASE)


#: "and said", "but warned": a clause of saying coordinated after another, whose words before
#: the joint are that other clause's (speakers.SAY_FORMS)
_SAID_JOINT = re.compile(r"\b(?:and|but)\s+(?:" + "|".join(sorted(map(re.escape, SAY_FORMS), key=len, reverse=True))
                         + r")\b", re.IGNORECASE)
#: a verb in the past coordinated after another clause: "cut its outlook and unveiled", "expects
#: a deficit this year and spent" (comparison.json irregular_participles)
_PAST_CONJUNCT = re.compile(r"\b(?:and|but)\s+(?:[a-z]+ed|" + "|".join(_CMP["irregular_participles"]) + r")\b")
#: what follows a year after "since" when the year dates an earlier event rather than the start
#: of a running total: "since 2011, when nine died", "since 2036, a storm that ...", "since the
#: disaster of 2027, which left 112 dead"
_SINCE_EVENT = re.compile(r",?\s+when\b|,\s+an?\b|,\s+which\b")
#: a phrase right after a figure that dates it now; lexicon/comparison.json scope_now_after
_NOW_AFTER = re.compile(r"^\s+(?:" + "|".join(map(re.escape, _CMP["scope_now_after"])) + r")\b", re.IGNORECASE)
#: a break between clauses: a year before one is not in the figure's clause ("the deadliest
#: since 2011 and five people died")
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|while)\b", re.IGNORECASE)


def _own_conjunct(before: str) -> str:
    """The words before a figure (same length) with what is another clause's blanked: a relative
    clause set off by commas ("The bridge, which opened in 1988, carried ..."; "Tessaly, which
    reported revenue of £1.6bn last year, employs ..."), a dated participle's ("Tessaly, founded
    14 years ago, had revenue of ...") and a conjunct before a verb in the
    present ("which opened in 1988 and stretches 640 metres"; "had revenue of $2.1bn last year
    and employs about 6,800 people"). Not for an event's toll, which its event dates."""
    before = _RELATIVE_DATED_ASIDE.sub(_blank, before)
    before = _DATED_ASIDE.sub(_blank, before)  # "Tessaly, founded 14 years ago, had revenue of"
    joint = _last(_VERB_CONJUNCT, before)
    return " " * joint.start() + before[joint.start():] if joint is not None else before


def _article_year(claim: Claim) -> Optional[int]:
    """The year of the claim's article, None when its date gives none."""
    return int(claim.date[:4]) if claim.date and claim.date[:4].isdigit() else None


def _years_before(clause: str, year: Optional[int]) -> list[int]:
    """The years written in ``clause`` that come before the article's ``year`` (none without one)."""
    return [int(y) for y in _YEAR.findall(clause) if year and int(y) < year]


#: a figure in a text, in digits or words
_FIGURE_IN = re.compile(r"\d|\b" + _NUMBER_WORD + r"\b", re.IGNORECASE)


def _year_named_before(claim: Claim, year: int) -> Optional[int]:
    """The last year named before a figure in its sentence: written ("in 2054") or "last year"
    (the year before the article's): "carried 9.6 million last year, up from 8.9 million the
    year before" names the article's year less one. When its sentence names none and gives no
    figure before it, the last the sentence before names (``Claim.last_named_year``): "The ferry
    line cost the county €3.2 million last year. Its grant had been €3.9 million the year before." """
    before = _sentence_before(claim).lower()
    named = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(before)]
    named += [(m.start(), year - 1) for m in _LAST_YEAR_PHRASE.finditer(before)]
    if not named and claim.last_named_year and not _FIGURE_IN.search(before) and not frames.present(before):
        # not when a figure or a word of now stands before it: "had 38,400 staff, down from 44,500
        # a year earlier" and "the current year compares with £14 million a year earlier" are a
        # year before their own sentence's time
        return int(claim.last_named_year)
    return max(named)[1] if named else None


#: the earlier times of comparison.json scope_other that are written out whole, as an alternation
_PAST_TIMES = "|".join(re.escape(p) for p in _CMP["scope_other"] if "*" not in p)
#: an earlier time's possessive right before a figure: "almost double last year's £21 million"
_PAST_POSSESSIVE = re.compile(r"\b(?:" + _PAST_TIMES + r")['’]s\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
#: what a text must hold for ``_PAST_POSSESSIVE`` to match in it (a search anchored at the end is
#: tried at every position; this one is not)
_POSSESSIVE_MARK = re.compile(r"['’][sS]")
#: an earlier time owning the figure's own phrase, "of" and all: "last year's record of", "the
#: previous year's total of": the figure is of that time, whatever "now" follows it ("last
#: year's record of €5.3 million now looks out of reach")
_TIME_POSSESSIVE_BEFORE = re.compile(r"\b(?:" + _PAST_TIMES + r")['’]s\s+(?:[a-z-]+\s+){0,2}(?:of\s+)?$", re.IGNORECASE)


#: a making verb's past participle and the year after it: "completed in 1962", "built in 1988"
#: (comparison.json made_in)
_MADE_IN = re.compile(r"\b(?:" + "|".join(_CMP["made_in"]) + r")\s+in\s+((?:1[89]|2\d)\d\d)\b", re.IGNORECASE)
#: nouns of how likely something is; lexicon/comparison.json probability_nouns.
_PROBABILITY = frozenset(_CMP["probability_nouns"])
_PROBABILITY_AFTER = re.compile(r"^\s+(?:" + "|".join(_PROBABILITY) + r")\b", re.IGNORECASE)
#: dimensions of a thing's size, which the year it was made in does not date
_SIZE_DIMENSIONS = frozenset({"length", "area", "volume"})


#: a twelve-month span named by two years, the second in two digits: "the 2041-42 financial
#: year", "the 2041/42 season"
_SPLIT_YEAR = re.compile(r"(1[89]\d\d|20\d\d)(?<![\w,.]\d{4})[-–/](\d\d)\b(?![-–/.,]?\d)")
# (the check on the character before the year comes after its digits, so that a search skips to
# the next "1" or "2" at C speed; it is "(?<![\d,.])\b" before them)


def _split_years_ended(claim: Claim) -> Claim:
    """The claim with each split year in its sentence read as the year it ends in, at the same
    offsets: "in the 2041-42 financial year" is dated 2042, as "last year" in a 2043 article is
    (the span reported after it closed), not 2041, the year before that. Only two consecutive
    years ("2041-43" is a span of years, and stays as written)."""
    if not _SPLIT_YEAR.search(claim.sentence):
        return claim
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start

    def ended(m: re.Match) -> str:
        year = int(m.group(1))
        if int(m.group(2)) != (year + 1) % 100 or m.start() < end and at < m.end():
            return m.group(0)
        return str(year + 1).rjust(len(m.group(0)))

    return replace(claim, sentence=_SPLIT_YEAR.sub(ended, claim.sentence))


def scope_of(claim: Claim, relation: Optional[str] = "") -> str:
    """The scope :func:`_scope_read` gives, but a thing's size dated only by the year it was made
    ("The 640-metre bridge was built in 1988", "a 38-metre-high embankment completed in 1962") is
    its size now: "this"; and so is a probability ("forecast with a 60 per cent probability").
    A split year is read as the year it ends in (``_split_years_ended``)."""
    claim = _split_years_ended(claim)
    scope = _scope_read(claim, relation)
    if scope == "expected" and claim.dimension == "percentage" and (
            _PROBABILITY_AFTER.match(_sentence_after(claim))
            or _PROBABILITY & set(_raw_words((claim.topic or "").split(",")[0]))):
        return "this"  # "forecast with a 60 per cent probability": the forecast's own figure, given now
    if scope.startswith("other:") and claim.dimension in _SIZE_DIMENSIONS \
            and any(m.group(1) == scope[6:] for m in _MADE_IN.finditer(claim.sentence)):
        return "this"
    if scope == "other" and (article_year := _article_year(claim)) is not None:
        dated = _PARTICIPLE_DATED_AFTER.match(_sentence_after(claim))
        year = dated and _YEAR.search(dated.group(0))
        if year and int(year.group(1)) < article_year:
            # "the previous record of £71.3 million, won by a family in 2069": an earlier
            # figure its participle dates, that year's, one time with another outlet's
            return f"other:{year.group(1)}"
    return scope


#: a bound's mark crossed: "above $5 a pound for the first time"; comparison.json milestone_after
_MILESTONE_AFTER = re.compile(r"^\s*,?\s*(?:" + "|".join(re.escape(w) for w in sorted(_CMP["milestone_after"], key=len, reverse=True))
                              + r")\b", re.IGNORECASE)
_COUNTED_PERIODS = _CMP["counted_periods"]
#: a plural period noun and a bound right before a figure: "14 days above ", "those days topped "
_PERIODS_BOUND_BEFORE = re.compile(r"\b(?:" + "|".join(_COUNTED_PERIODS["nouns"]) + r")\s+(?:" + "|".join(_COUNTED_PERIODS["bounds"])
                                   + r")\s+(?:(?:about|around|some|nearly)\s+)?(?:[$£€¥]\s?)?$", re.IGNORECASE)
#: a bound word ending what stands before a figure: "above ", "kept the city above "
_BOUND_BEFORE = re.compile(r"\b(?:" + "|".join(_COUNTED_PERIODS["bounds"]) + r")\s+(?:[$£€¥]\s?)?$", re.IGNORECASE)
#: a count of periods, "of those" allowed before its noun: "nine consecutive days", "six of
#: those days"
_COUNTED_PERIOD = (r"(?:\d+|" + _NUMBER_WORD + r")\s+(?:of\s+(?:those|these|them|the)\s+)?(?:(?:"
                   + "|".join(_COUNTED_PERIODS["modifiers"]) + r")\s+)?(?:" + "|".join(_COUNTED_PERIODS["nouns"]) + r")\b")
#: "for" or "on" and a count of periods right after a figure: " for nine consecutive days", " on
#: six of those days"
_FOR_PERIODS_AFTER = re.compile(r"\s*(?:for|on)\s+(?:\S+\s+)?(?:(?:" + "|".join(_COUNTED_PERIODS["modifiers"]) + r")\s+)?(?:"
                                + "|".join(_COUNTED_PERIODS["nouns"]) + r")\b|\s*(?:for|on)\s+" + _COUNTED_PERIOD, re.IGNORECASE)
#: a sentence opening with a count of periods: "On four of those nights the gauge crossed "
_PERIODS_OPENING = re.compile(r"^\W*(?:on|for|in)\s+" + _COUNTED_PERIOD, re.IGNORECASE)


def _span_lead(claim: Claim) -> str:
    """The words of a claim's span before its first digit ("minimum of " of "minimum of 12
    weeks"; the whole span when it has no digit)."""
    return _FIRST_DIGIT.split(claim.surface, maxsplit=1)[0]


def _sorts_periods(claim: Claim) -> bool:
    """Whether a bound figure sorts periods into those a count counts (comparison.json
    counted_periods): "14 days above 38C", "six of those days topped 40C", "kept the town above
    38C for nine straight days", "stayed above 40C on six of those days", "On six of those days
    the reading passed 45C"; not "reached 38C on Monday", a reading."""
    lead = _own_before(claim) + _span_lead(claim)
    if _PERIODS_BOUND_BEFORE.search(lead):
        return True
    return bool(_BOUND_BEFORE.search(lead)) and bool(_FOR_PERIODS_AFTER.match(_sentence_after(claim))
                                                     or _PERIODS_OPENING.match(claim.sentence))


def _since_named(claim: Claim, after: str) -> bool:
    """Whether a casualty count is a running total since a named event: the sentence opens "Since
    <name>," and the figure's clause before it is in the perfect ("Since Tannery Road, at least 19
    smaller fires have killed 86 workers"), or "since <name>" follows the figure in its clause
    ("86 workers have died in such fires since the Harrow Fire"), not after a superlative ("the
    deadliest since the Harrow Fire": that event, compared). Not a day or a month ("Since Monday,
    40 people have died": this event's toll so far), nor "since" and a noun ("since the explosion")."""
    if _SINCE_NAME_OPENING.match(claim.sentence):
        return bool(_PERFECT.search(claim.sentence, 0, claim.end - claim.sentence_start)
                    or _PERFECT.match(after.lstrip()))
    since = _SINCE_NAME_AFTER.match(after)
    return bool(since) and not _SUPERLATIVE.search(after, 0, since.end()) and bool(
        _PERFECT.search(_own_before(claim) + " " + claim.surface + " " + after[:since.end()]))


#: lexicon/comparison.json recent_ago: a span's unit before "ago", and the most of it that is recent
_RECENT_AGO = _CMP["recent_ago"]
_RECENT_AGO_SPAN = re.compile(r"\b(\d+|an?|" + _NUMBER_WORD + r"|a\s+few|few|several)\s+(" + _alternatives(_RECENT_AGO)
                              + r")\s*$", re.IGNORECASE)


def _recent_ago(before: str) -> bool:
    """Whether the words before an "ago" name a span recent enough to be the story's own news
    cycle: "a week", "three days", "hours" (comparison.json recent_ago), not "a month" or "two years"."""
    m = _RECENT_AGO_SPAN.search(before)
    if m is None:
        return bool(re.search(r"\bhours\s*$", before, re.IGNORECASE))  # "hours ago"
    amount = m.group(1).lower()
    n = 1 if amount in ("a", "an") else 3 if amount.endswith(("few", "several")) \
        else int(amount) if amount.isdigit() else _WORD_VALUES.get(amount)
    return n is not None and n <= _RECENT_AGO[m.group(2).lower()]


#: the value of each small number word and each ten ("three", "twenty"); lexicon/numbers.json
_WORD_VALUES = {w.lower(): v for w, v in {**_NUM["small"], **_NUM["tens"]}.items()}


def _scope_read(claim: Claim, relation: Optional[str] = "") -> str:
    """"other" when the claim's clause speaks of an earlier or other event: a phrase such as "last
    year", else the date named nearest the figure (in its own phrase first) when it is not the article's: a year before the
    article's ("the 2041 Tarsen quake" -> "other:2041") or a month that is not the article's month or
    the one before ("In February, ..." in a November article -> "other:february"). A sentence's
    opening adverbial ("Earlier this year, ...", "In 2019, ...") dates every figure after it, unless
    a date nearer the figure does, and so does a participle's clause right after the figure's
    phrase (", completed in 2002"). Two other events dated apart are apart; an undated other event
    may be either. "generic" when the figure is in an indefinite subject that a modal follows
    ("A magnitude-6 quake can cause severe damage"): what such things do, not this event.
    "counterfactual" when a modal, "have" and a participle come before it in its clause ("would
    have shrunk by 70,000"): what did not happen."""
    generic = _GENERIC.match(claim.sentence)
    if generic and claim.end - claim.sentence_start <= generic.end():
        return "generic"  # "A magnitude-6 quake can cause severe damage": such quakes, not this one
    if _THRESHOLD_AFTER.match(_sentence_after(claim)) and \
            _THRESHOLD_BEFORE.search(_sentence_before(claim)):
        return "generic"  # "his sixth game of 100 yards or more": what makes a game count, not a figure of this one
    if claim.change in ("<", ">") and _MILESTONE_AFTER.match(_sentence_after(claim)):
        return "generic"  # "traded above $5 a pound for the first time": the mark crossed, no price
    if claim.dimension not in ("count", "time") and _sorts_periods(claim):
        return "generic"  # "14 days above 38C", "above 38C for nine days": what makes a day count
    if _SIZE_MODIFIER.search(claim.surface) and _ORDINAL_BEFORE.search(_sentence_before(claim)):
        return "generic"  # "his fourth 100-yard game": a class of games, not a figure of this one
    if claim.change in ("<", ">") and _CLASS_WITH.search(_sentence_before(claim)):
        return "generic"  # "firms with fewer than 10 staff": which firms, not how many staff
    if (by_bound := _CLASS_BY_BOUND.search(_sentence_before(claim)[-80:] + _span_lead(claim))) \
            and (claim.change in ("<", ">") or "than" in by_bound.group(0).lower()):  # it ends the text: the tail will do
        # "any snowfall deeper than 25cm", "every roof spanning more than 40 metres"; not a
        # figure with no bound ("60 crates, each crate weighing 40 kilograms": each one's weight)
        return "generic"
    if claim.change in ("<", ">") and _ENTITLED_AFTER.match(_sentence_after(claim)):
        return "generic"  # "customers without power for more than 48 hours are entitled to £70": a rule's threshold
    if claim.change in ("<", ">") and _BOUND_OPENER.match(claim.surface) and _CLAUSE_START.search(_sentence_before(claim)):
        return "generic"  # "...; below 19.5% air is classed as deficient": a class of air, no reading
    said_before = _own_before(claim)
    aside = _last(_RELATIVE_ASIDE, said_before)
    own = said_before[aside.end():] if aside is not None else said_before
    joint = _last(_SAID_JOINT, own) or _last(_PAST_CONJUNCT, own)
    if joint is not None:
        # "missed sales forecasts and said it would shed 4,200 jobs", "cut its outlook and
        # unveiled a $300 million buyback": the forecasts are the other clause's
        own = own[joint.start():]
    own_words = set(_raw_words(own))
    if _COUNTERFACTUAL.search(own):
        return "counterfactual"  # "without migration it would have shrunk by 70,000": what did not happen
    if _USUAL.search(own) or _USUAL_BEFORE.search(own):
        return "usual"  # "Mirrane usually receives about 150 millimetres in February": a norm, not this event's
    # "expects a £38 million deficit, up from £21 million last year", "almost double last year's
    # £21 million": a base or an earlier time's figure happened, whatever the clause expects
    past = _is_base(claim) or _POSSESSIVE_MARK.search(own) and _PAST_POSSESSIVE.search(own) \
        or _whole_of_a_part(claim)  # "needs the votes of 21 of the assembly's 40 members": the 40 sit now
    if not past and (_EXPECTED & own_words or _ESTIMATE & own_words and _FUTURE & own_words
                     or _EXPECTED_PHRASE.search(own) or _AIMED.search(own) or _EXPECTED_TO.search(own)
                     or (_EXPECTED_AFTER_COUNT if claim.dimension == "count" else _EXPECTED_AFTER).match(
                         claim.sentence, claim.end - claim.sentence_start)
                     or _FUTURE & own_words and _ESTIMATE_THAT.search(_sentence_before(claim))):
        # "analysts had expected earnings of 91 cents": not what happened; but "crews expect the
        # heat, which hit 40C on Saturday, to ease": the relative clause states what happened
        return "expected"
    if not past and _in_condition(own):
        return "conditional"  # "if the cleaner's rate goes up 6.5%, ...": what would happen, not what did
    consequence = _CONSEQUENCE.match(claim.surface.split()[-1] + _sentence_after(claim)) \
        if not past and _TARGET_BEFORE.search(own) else None
    if consequence and consequence.group(1).lower() not in _NOT_CONDITION_AFTER | {"as"}:
        return "conditional"  # "extending the zone to 12 km if a second fissure opened": what would follow
    if not past and (_REQUIRED.search(own) or _LAW_BOUND.search(own + _span_lead(claim))  # "the legal " + "minimum of 12 weeks"
                     or _REQUIRED_AFTER.match(claim.sentence, claim.end - claim.sentence_start)):
        return "required"  # "a candidate needs more than 50 percent to win", "the 60 votes it needs": a condition, not a result
    if claim.dimension == "percentage" and _POLL_BEFORE.search(_sentence_before(claim)):
        return "poll"  # "a poll for the Gazette had Yes leading by 55 per cent to 41": the reading, no result
    if relation == "":
        relation = relation_of(claim)
    if relation not in EVENT_RELATIONS:
        said_before = _own_conjunct(said_before)
    scope_after = _scope_after(claim)
    following = _NEXT_FIGURE.search(scope_after)  # "3,900 of the 4,600 trains it runs on a normal day": the 4,600's
    if _USUAL_PERIOD.search(own) or _USUAL_PERIOD.search(scope_after[:following.start()] if following else scope_after) \
            or _USUAL_AFTER.match(scope_after):
        return "usual"  # "the 4,600 services it runs on a normal weekday": a norm, not one day's
    clause = (said_before + " " + claim.surface + " " + scope_after).lower()
    year = _article_year(claim)
    annual = relation in _ANNUAL
    if annual and _LATEST_YEAR.search(clause):
        clause = _LATEST_YEAR.sub(" ", clause)  # a yearly figure's "last year" is its latest: this one
    opener = _OPENER.match(claim.sentence)  # "Earlier this year, ...": the whole sentence's time
    opening = opener.group(1).lower() if opener and opener.end() <= claim.start - claim.sentence_start else ""
    if re.search(r"\d", _YEAR.sub(" ", opening)):
        opening = ""  # "Fares rose 5 percent last year, but ...": another figure's clause, not an adverbial
    if not opening and (dated := _OPENING_YEAR.match(claim.sentence)) and dated.end() <= claim.start - claim.sentence_start:
        opening = dated.group(1).lower()  # "In 2071 the firm asked for £2.1 million": as "In 2071, ..."
    if not opening and (dated := _OPENING_POSSESSIVE.match(claim.sentence)) and dated.end() <= claim.start - claim.sentence_start \
            and not _PERSON_NOUNS.intersection(_lemma(w) for w in _raw_words(claim.sentence[dated.end():])[:2]):
        # "Last year's fair opened in 9C drizzle, and stewards turned away 800 cars": the time its
        # subject is owned by dates the sentence, as an opening adverbial does; not a person the
        # time owns ("Last year's champion is 34, and stewards turned away 800 cars": the champion
        # is still about, and the sentence's other clause may be of now)
        opening = dated.group(1).lower()
    at = claim.start - claim.sentence_start
    # each of these three patterns holds a year, and the first may hold a comparison.json last_year
    # phrase instead: tests far cheaper than the patterns, which are tried at every position
    year_before = _YEAR_HINT.search(claim.sentence, 0, at)
    if (year_before or any(claim.sentence.find(p, 0, at) >= 0 for p in _CMP["last_year"])) \
            and (when := _DATED_CLAUSE.search(claim.sentence, 0, at)):
        opening = when.group(1)  # "the worst since 2058, when ... caused €11 million": 2058's
    elif year_before and (when := _DATED_EVENT_CLAUSE.search(claim.sentence, 0, at)):
        opening = when.group(1)  # "since the 2066 Selwick fire, which destroyed 212 homes": 2066's
    elif year_before and (when := _YEAR_THEN_PARTICIPLE.search(claim.sentence, 0, at)):
        opening = when.group(1)  # "which broke up in 2049, spilling 21,000 tonnes": 2049's
    if annual:
        opening = _LATEST_YEAR.sub(" ", opening)
    if _NOW_AFTER.match(scope_after) and not _TIME_POSSESSIVE_BEFORE.search(said_before):
        clause, opening = (claim.surface + " " + scope_after).lower(), ""  # "to 4.5 percent this year"
    dated_after = _YEAR_RIGHT_AFTER.match(scope_after)
    if dated_after and year and int(dated_after.group(1)) < year:
        # "after nine last year and seven in 2041": the year at the figure; "11 fire deaths in all
        # of 2043": that year's tally, no event's toll
        tally = relation in CASUALTY and _TALLY.search(clause)
        return ("tally:" if tally else "other:") + dated_after.group(1)
    if relation in CASUALTY and _SPAN_YEARS_AFTER.match(_after(claim)):
        return "tally"  # "The pass has claimed 32 lives in the past 20 years": years of events, not one's toll
    named = _SCOPE_RE.search(clause) or _SCOPE_RE.search(opening)
    if named and named.group(0).startswith("the last ") and _YEAR_HINT.search(claim.sentence):
        named = None  # "The last walkout, in 2041, kept 6,400 dockers out": the year dates it, below
    if named and named.group(0) == "ago" and _recent_ago(named.string[:named.start()]):
        named = None  # "A week ago the board signed off €72 million": this story's decision
    since_clause = not named and "since" in (prefix := _sentence_before(claim)).lower() \
        and _AFTER_SUPERLATIVE_SINCE.search(prefix)
    if since_clause:
        # "the deadliest since a 2031 nightclub attack in which three people were killed",
        # "since a gunman killed four people ... in 2071": the year the clause names, when earlier
        dates = [int(y) for y in _YEAR.findall(prefix[since_clause.start("since"):] + " " + _after(claim))]
        if year and dates and max(dates) < year:
            return f"other:{max(dates)}"
    if named or since_clause:
        # "19 the year before.": an adverb, right after the figure or ending its clause; "in
        # 2038, the year before the last strike": a preposition
        adverb = _YEAR_BEFORE_AFTER.match(scope_after) or named and named.group(0) in _YEAR_BEFORE \
            and not re.match(r"\s*\w", named.string[named.end():])
        anchor = _year_named_before(claim, year) if adverb and year else None
        if anchor is None and adverb and year \
                and _LAST_PERIOD_BEFORE.search(claim.sentence, 0, claim.start - claim.sentence_start):
            # "sold 400,000 passes last season, up from 380,000 the season before": the season
            # before last, as a written year before it would anchor it
            anchor = year - 1
        if anchor is not None and anchor <= year:
            return f"other:{anchor - 1}"  # "21 deaths in 2054, up from 19 the year before": 2053's
        # "last year" in a 2064 article is 2063: dated, it is apart from another month's figure;
        # "at this point last year" is that year's to the same day, not its whole
        if named and year and named.group(0) in _LAST_YEAR:
            return f"other:{year - 1}" + (":to date" if _TO_DATE.search(clause) else "")
        if named and year and named.group(0) in _LAST_PERIODS:
            # "six people across the region last winter", in a 2047 article: of the year before,
            # as "last year" is (a season may straddle two years), and apart from 2031's
            return f"other:{year - 1}"
        back = _years_back(named.string[:named.start()]) \
            if named and year and named.group(0) == "ago" and relation in EVENT_RELATIONS else None
        if back:
            # an event's toll or size "23 years ago", in a 2032 article: 2009's, apart from another
            # year's event and one with 2009's ("killed 14 men in 2009")
            return f"other:{year - back}"
        return "other"
    since = _SINCE_YEAR_AFTER.search(whole := _after(claim)) if relation in CASUALTY else None
    if since and (since.group(1) is None or year and int(since.group(1)) < year) \
            and not _SUPERLATIVE.search(whole, 0, since.start()):
        return "tally"  # "Slides have killed 61 people in the province since 2050": years of events, not one's toll
    if relation in CASUALTY and _since_named(claim, whole):
        return "tally"  # "Since Tannery Road, at least 19 fires have killed 86 workers": events since that one
    if relation in CASUALTY and _TALLY.search(clause):
        earlier = _years_before(clause, year)
        if earlier:
            # "10 shootings in all of 2036", in a 2037 article: that year's tally; "four at this
            # point in 2036": that year's, to the same day
            to_date = _TO_DATE.search(clause)  # a year's tally to a day keeps "other", as "at this point last year" does
            return f"other:{max(earlier)}:to date" if to_date else f"tally:{max(earlier)}"
        return "tally"  # "Four people have now died in fires in Dunmore this year": no one event's toll
    if _SUPERSEDED.search(clause) or _PROVISIONAL.search(claim.sentence.lower()) \
            or _SUPERSEDED.search(" ".join((said_before.rstrip() + " " + scope_after.lstrip()).lower().split())):
        # "officials had earlier put the toll at four", "with 97 percent of polling stations
        # reporting, ... 34.0 percent": a count a later one replaced; "an opening €85m bid" reads
        # "an opening bid" round its figure
        return "earlier"
    if _is_base(claim) or (
            relation in TIME_ORDERED and _moved_from(claim)):
        # "down from 104", "up from the $1,199 the old model cost": the earlier figure; of a toll
        # ("climbed to nine from four"), the count the new one replaced
        dated = _years_before(clause, year)
        if dated and _TO_DATE.search(clause):
            return f"other:{max(dated)}:to date"  # "23 so far, compared with 19 at the same point in 2055"
        return "earlier" if relation in TIME_ORDERED else "other"
    # An event's toll or magnitude dated anywhere before it in its sentence ("the worst disaster
    # in March 2041 in Tarsen, where 9,000 were killed") is of that date; other figures only
    # when the date is in their own clause ("revenue of $54 billion in 2007" is last year's).
    at = claim.start - claim.sentence_start
    before = claim.sentence[:at] if relation in EVENT_RELATIONS else _own_before(claim)
    before = _DATED_ASIDE.sub(_blank, before)  # ", founded in 1952,": the noun's date
    if relation not in EVENT_RELATIONS:
        # "The bridge, which opened in 1988, carried 45,000 vehicles a day": the noun's date too;
        # not an event's ("The quake, which struck in 2003, killed 26,000" is that quake's toll)
        before = _own_conjunct(before)
    whole_after = _after(claim)
    after = scope_after
    dated = _DATED_PARTICIPLE.match(claim.sentence[claim.end - claim.sentence_start + len(whole_after):])
    if dated and after == whole_after:  # "the $19 billion purchase of Norcom, completed in 2002": the clause dates the figure
        after += dated.group(0)
    allowed: set = set()
    reported: set = set()
    starts: set = set()
    if claim.date and len(claim.date) >= 10 and claim.date[5:7].isdigit() and claim.date[8:10].isdigit():
        month, day = int(claim.date[5:7]), int(claim.date[8:10])
        # this month, the one before in its first week, and the next six of the same year: a
        # plan "due in July" in a June article is of this story; an earlier month's figure is
        # another event's ("in January" in a December article is last January)
        # (a figure of no event, a price index or a sales count "in February", is last month's
        # data, published any day of this one)
        allowed = ({_MONTHS[month - 1]} | ({_MONTHS[month - 2]} if day <= 7 or relation not in EVENT_RELATIONS else set())
                   | {_MONTHS[month + k - 1] for k in range(1, 7) if month + k <= 12})
        reported = {_MONTHS[(month - k - 1) % 12] for k in (1, 2, 3)}  # a period's last month, told since
        # the next six months across the year's end, after a word of a start ("£2.70 from
        # January" in a November article, "will pay £12,600 from September" in a May one): when
        # a decided level starts, no other event's
        starts = {_MONTHS[(month + k - 1) % 12] for k in range(1, 7)}

    # the texts read below are parts of the sentence: one that holds no year and no month (most
    # do not) spares their searches
    years = _YEAR_HINT.search(claim.sentence)
    months = allowed and _MONTH_HINT.search(claim.sentence)
    future = bool(months) and not _FUTURE.isdisjoint(_raw_words(_sentence_before(claim)))

    def marks(text: str, sign: int, reaches: bool = True):
        """(distance from the figure, scope) of each date named in ``text``, which ends (sign 1)
        or starts (sign -1) at the figure (``reaches``; a sentence's opening adverbial does not);
        a month with its year ("December 2003") is its year."""
        offset = at - len(text) if sign > 0 else claim.end - claim.sentence_start
        for m in _YEAR.finditer(text) if years else ():
            if m.group(0) in claim.surface or (_SINCE_BEFORE.search(text[:m.start()])
                                               and not _SINCE_EVENT.match(text[m.end():])
                                               and not (sign > 0 and reaches and relation in EVENT_RELATIONS
                                                        and not _CLAUSE_BREAK.search(text[m.end():]))):
                continue  # "deadliest since 1999", "paid $5 billion since the store opened in 2028" date
                # the start of a running total, not another event; "since 2011, when nine died",
                # "since Bertram in 2036, a storm that killed six", "since the 2027 sinking, which
                # left 112 dead" do, and so does the toll of the event "since" names ("since the
                # Tarrow capsized in 2027 with the loss of 112 lives")
            dist = len(text) - m.end() if sign > 0 else m.start()
            old = year is not None and int(m.group(1)) < year - (1 if annual else 0)
            yield dist, ("other:" + m.group(1) if old else "this")
        if months:
            for m in _MONTH_NAME.finditer(text):  # capitalised: "Saturday's march" names no month
                word = m.group(1).lower()
                if _ends_a_period(text, m) or reaches and offset + m.start() in _period_months(claim.sentence):
                    continue  # "the three months to December": the period the figure covers
                if not _YEAR_AFTER.match(text, m.end()) and not _SINCE_BEFORE.search(text[:m.start()]):
                    # "148 cases since the outbreak began in January" is a running total, of now
                    dist = len(text) - m.end() if sign > 0 else m.start()
                    span = _SPAN_END_BEFORE.search(text[:m.start()]) if word in reported else None
                    latest = relation not in EVENT_RELATIONS and (
                        span is not None and _MONTHS.index(span.group(1).lower()) < _MONTHS.index(word)
                        or word in reported and _AS_AT_BEFORE.search(text[:m.start()]) is not None)
                    # "flew 2.31 million passengers between April and June", told in August: the
                    # latest period reported, as "in the quarter" is; not "moving the race from
                    # June to April", no period at all; "stood at 2.4 million at the end of May",
                    # told in July: the latest data
                    # a month of the next six across the year's end in a clause of what will be
                    # ("will cut 56 trains in December and raise fares in January", in September)
                    begins = word in starts and (_STARTS_BEFORE.search(text[:m.start()]) or future)
                    if _LAST_BEFORE.search(text[:m.start()]) and _MONTHS.index(word) + 1 >= month:
                        # "paid £24 million last July" in a March article: July of the year before
                        yield dist, f"other:{int(claim.date[:4]) - 1}"
                        continue
                    yield dist, ("this" if word in allowed or latest or begins else "other:" + word)

    own = _window_before(before, len(before), _SEGMENT_BEFORE)  # the figure's own phrase, back to a comma
    found = sorted([(0, d, sc) for d, sc in marks(own, 1)] + [(0, d, sc) for d, sc in marks(after, -1)]
                   + [(1, d, sc) for d, sc in marks(before, 1) if d > len(own)]
                   + [(2, 0, sc) for d, sc in marks(opening, 1, reaches=False)])
    scope = found[0][2] if found else "this"
    if not found and claim.frame and relation in EVENT_RELATIONS and not frames.present(clause):
        # "The last fatal fire there was in 2041, when a bus caught fire. Six people died.": the
        # sentence before tells 2041's event, and the figure's clause names no time of its own
        scope = "other:" + claim.frame
    # "will rise to 45 percent from 42 percent": the level moved from, of another time, unless a
    # date or a day says which ("fell to 2.6 percent in April from 3.1 percent in March", "from
    # 11.8% on Monday": other reports give that day's figure as it stood)
    if scope == "this" and _moved_from(claim) and not _day_of(claim):
        return "other"
    return "still" if scope == "this" and relation in _STILL_RELATIONS and _still(claim) else scope


#: "last" right before a month: the one gone by ("paid £24 million last July")
_LAST_BEFORE = re.compile(r"\blast\s+$", re.IGNORECASE)
#: words right before a month that make it when something starts ("from January", "starting in
#: March", "effective February"); comparison.json start_openers
_STARTS_BEFORE = re.compile(r"\b(?:" + _alternatives(_CMP["start_openers"]) + r")\s+(?:in\s+)?$", re.IGNORECASE)


#: words of a count's own predicate that make it a count of those still in a state; and the
#: states whose plain count adds up all who went through them; lexicon/comparison.json
_STILL_WORDS = frozenset(_CMP["still_words"])
_STILL_RELATIONS = frozenset(_CMP["still_relations"])


def _still(claim: Claim) -> bool:
    """Whether a count is of those still in its state when reported: a word of still_words in its
    own predicate, before any comma ("five people remained in hospital", "7,200 homes were
    still without power"), or right before it ("there are still 12 in hospital"), or the present
    of "be" opening that predicate ("37 people are in hospital")."""
    own = _own_after(claim)
    own = own[:m.start()] if (m := re.search(r"[,;:]", own)) else own
    words = _raw_words(own)
    if words[:1] and words[0] in _STILL_PRESENT:
        return True  # "37 people are in hospital", "are now in hospital": those in it as it stands
    return bool(_STILL_WORDS.intersection(words[:6]) or _STILL_WORDS.intersection(_raw_words(_before(claim))[-1:]))


#: the present of "be" opening a count's predicate; lexicon/comparison.json still_present
_STILL_PRESENT = frozenset(_CMP["still_present"])


#: words of a movement (lexicon/changes.json up and down): "climbed to nine from four".
_UP_VERBS = frozenset(lexicon.words("changes", "up"))
_DOWN_VERBS = frozenset(lexicon.words("changes", "down"))
_MOVE_VERBS = _UP_VERBS | _DOWN_VERBS
#: a movement verb, its object (group 1: up to three words) and, after any phrase with no figure,
#: "to" right before the figure: "raising the death toll from Sunday's storm to five"; and the
#: qualifiers that may stand between "to" and the figure
_MOVED_TO_QUALIFIERS = ("about", "around", "nearly", "at least")
_MOVED_TO = re.compile(r"\b" + words_pattern(_MOVE_VERBS, ignorecase=True)
                       + r"\s+(?:the|its|their|his|her)\s+((?:[A-Za-z][\w'-]*\s+){0,2}[A-Za-z][\w'-]*)"
                       + r"(?:\s+(?:from|in|at|of|on)\b[^\d,;:]*?)?\s+to\s+(?:(?:"
                       + "|".join(q.replace(" ", r"\s+") for q in _MOVED_TO_QUALIFIERS) + r")\s+)?$",
                       re.IGNORECASE)
#: the last words ``_MOVED_TO`` can match before a figure
_MOVED_TO_ENDS = ("to", *(q.split()[-1] for q in _MOVED_TO_QUALIFIERS))

#: a total that no word of its own names, carried to the figure right after it: ", taking the
#: total to", ", bringing the overall tally to" (comparison.json total_carrying_verbs,
#: total_adjectives, count_of_nouns)
_CARRIED_TOTAL = re.compile(r",\s*(?:" + _alternatives(_CMP["total_carrying_verbs"]) + r")\s+(?:the|its|their)\s+"
                            r"(?:(?:" + _alternatives(_CMP["total_adjectives"]) + r")\s+)?(?:" + _alternatives(_CMP["count_of_nouns"])
                            + r")\s+(?:so\s+far\s+)?to\s+(?:(?:" + "|".join(q.replace(" ", r"\s+") for q in _MOVED_TO_QUALIFIERS)
                            + r")\s+)?$", re.IGNORECASE)


def _carried_total(claim: Claim) -> Optional[str]:
    """The relation of a total that names nothing itself, which a participle after a comma carries
    to the figure: the relation the clause before the comma tells. "A cyclist died overnight on
    Friday, taking the total to seven": the toll; "Divers found three more bodies, bringing the
    total to 15": none, since "found" tells no relation of persons by itself; "The club signed two
    players, taking the total to nine": none either. Only a relation whose bare counts count
    persons (comparison.json person_relations) is carried."""
    before = claim.sentence[:max(claim.start - claim.sentence_start, 0)]
    carried = _CARRIED_TOTAL.search(before)
    if carried is None:
        return None
    clause = re.split(r"[;:]", before[:carried.start()])[-1]
    found = _relation_in(_raw_words(clause), claim.dimension)
    return found if found in PERSON_RELATIONS else None

_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
#: verbs that move a level without naming the direction: "goes from $15.99 to $17.99", "slowed
#: from 4.8 to 4.7 percent"; lexicon/changes.json particle_moves and level_moves
_LEVEL_MOVES = frozenset(lexicon.words("changes", "particle_moves")) | frozenset(lexicon.words("changes", "level_moves"))
_MOVES_FROM = _MOVE_VERBS | _LEVEL_MOVES


def _level_reached(claim: Claim) -> bool:
    """Whether a figure is the level its clause's subject moved to: a movement word, then "to"
    right before the figure ("Shooting incidents dropped about 20 percent, to 312", "Cases rose to
    148")."""
    before = _own_before(claim)
    words = _raw_words(before)
    return words[-1:] == ["to"] and before.endswith((" ", "\t")) and bool(_MOVE_VERBS & set(words))


def _moved_from(claim: Claim) -> bool:
    """Whether the figure follows a bare "from" in a clause that moves ("the toll climbed to
    nine on Thursday from four", "fell to 2.1% from 2.4%"): the level moved from, not the one
    reached."""
    before = _own_before(claim)
    return _ends_with_word(before, ("from", "the")) and bool(_FROM_BEFORE.search(before)) \
        and not _MOVES_FROM.isdisjoint(_raw_words(before))


#: the joint of a range's two ends in its span: "€62 to €71", "2-3 million"
_RANGE_JOINT = re.compile(r"\s+(?:to|and)\s+|\s*[-–—]\s*")


def _reached(claim: Claim) -> Claim:
    """The level a move told as a range reached ("€71" of "the monthly pass rises from €62 to
    €71", ``_move_ends``), as a claim of its own span; else the claim as it is."""
    ends = _move_ends(claim)
    return ends[1] if ends else claim


def _move_ends(claim: Claim) -> Optional[tuple[Claim, Claim]]:
    """A move told as a range, as its two levels, each a claim of its own span compared as any
    figure is: the level left ("€62" of "rises from €62 to €71") and the level reached ("€71");
    None when the claim is no such move (a move is never read as an interval: ``comparable``).
    The level reached is the range's upper end after a verb that goes up, its lower one after
    one that goes down; after a verb that names no direction ("goes from $15.99 to $17.99",
    lexicon/changes.json level_moves), the end written second (``_first_end_low``). The level
    left is the earlier figure (``_record``: never another year's, as a seat count "falling from
    31 to 24" is not the 31 seats another party won in 2041), so an outlet's "the pass rises
    from €62 to €71" keeps the €62 that another gives as "up from €62"."""
    if claim.value is not None or claim.low is None or claim.high is None or not claim.low < claim.high \
            or not _moved_from(claim):
        return None
    joints = list(_RANGE_JOINT.finditer(claim.surface))
    if not joints:
        return None
    cut = joints[-1].end()
    verbs = set(_raw_words(_own_before(claim)))
    up, down = bool(verbs & _UP_VERBS), bool(verbs & _DOWN_VERBS)
    if up == down:
        up = _first_end_low(claim, claim.surface[:joints[-1].start()])
        if up is None:
            return None

    def level(value: float, n_value: Optional[float], start: int, end: int, surface: str) -> Claim:
        n = claim.normalized
        if n is not None and n.low is not None and n.high is not None:
            n = replace(n, value=n_value, low=n_value, high=n_value)
        return replace(claim, start=start, end=end, surface=surface, value=value, low=value, high=value, normalized=n)

    n = claim.normalized
    n_low, n_high = (n.low, n.high) if n is not None else (None, None)
    left = claim.surface[:joints[-1].start()].rstrip()
    return (level(claim.low if up else claim.high, n_low if up else n_high, claim.start, claim.start + len(left), left),
            level(claim.high if up else claim.low, n_high if up else n_low, claim.start + cut, claim.end, claim.surface[cut:]))


#: the rules that read a fraction of one: "a quarter", "two-fifths", "half", "½", "1/3"
_FRACTION_RULES = frozenset({"fraction-words", "half-share", "vulgar-fraction", "slash-fraction"})
#: "by" right before a figure, and a word of rounding or a bound between: "by about ", "by more
#: than "; comparison.json change_by_bounds
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:" + _alternatives(_CMP["change_by_bounds"]) + r")\s+){0,2}$", re.IGNORECASE)


def _share_of_change(claim: Claim) -> Claim:
    """A rise or fall by a fraction of one, with no unit ("cut its list price by a quarter", "fell
    by two-fifths", "profits fell by half"): the same change in percent (25%, 40%, 50%), as an
    outlet that gives it as "by 25%" states it, with the claim's own span. Any other claim as it is."""
    if claim.dimension != "count" or claim.unit or claim.change not in ("up", "down") \
            or not _FRACTION_RULES.intersection(claim.rules or ()) \
            or any(v is None or not 0 < v < 1 for v in (claim.value, claim.low, claim.high)) \
            or not _BY_BEFORE.search(_sentence_before(claim)):
        return claim
    v, lo, hi = (round(x * 100, 9) for x in (claim.value, claim.low, claim.high))
    return replace(claim, value=v, low=lo, high=hi, unit="percentage", dimension="percentage",
                   normalized=replace(claim.normalized, value=v, low=lo, high=hi, unit="percent")
                   if claim.normalized is not None else None)


def _first_end_low(claim: Claim, first: str) -> Optional[bool]:
    """Whether the first written end of a range is its low end (True), its high end (False), or
    None when its figure does not say: its digits (``_DIGITS``), times a power of a thousand (a
    multiplier the ends share: "from 5.5 to 6 million"), are one end's value and not the
    other's. None for ends in words ("from two to five") and for "from 5 million to 5 billion"."""
    m = _DIGITS.search(first)
    if m is None:
        return None
    written = float(m.group().replace(",", ""))
    low, high = (any(math.isclose(written * 1000 ** k, end, rel_tol=1e-9) for k in range(5))
                 for end in (claim.low, claim.high))
    return low if low != high else None


def _own_before(claim: Claim) -> str:
    """The clause before a figure, from the start of its own coordinated clause: in "sold 41
    million phones last year, and analysts reckon it could sell 45 million", the 45 million's
    clause starts at "and"; "last year" dates the 41 million. An attribution set off by commas
    ends no clause: "The last storm, in 2051, killed four, according to the archive, and damaged
    900 homes" dates the 900 too."""
    return _own_before_at(claim.sentence, max(claim.start - claim.sentence_start, 0))


#: an attribution set off by commas inside a clause, which it does not end: ", according to the
#: harbour records," and ", police said," of "left four people dead, according to the harbour
#: records, and damaged 900 homes" (lexicon/speech.json according, say_verbs)
_ATTRIBUTION_ASIDE = re.compile(r",\s+(?:" + r"\s+".join(lexicon.table("speech")["according"]) + r"\s+[^,;:()]{1,60}"
                                r"|(?:[A-Za-z'’.-]+\s+){1,4}(?:" + "|".join(sorted(map(re.escape, SAY_FORMS), key=len, reverse=True))
                                + r"))\s*,(?=\s+(?:and|but)\s)", re.IGNORECASE)


@lru_cache(maxsize=512)
def _own_before_at(sentence: str, at: int) -> str:
    before = _window_before(sentence, at, _CLAUSE_BEFORE)
    # "left four dead, according to the records, and damaged 900 homes": one clause, one subject
    joint = _last(_CLAUSE_JOINT, _ATTRIBUTION_ASIDE.sub(_blank, before) if "," in before else before)
    if joint is not None and re.search(r"\d", sentence[:at - len(before) + joint.start()]):
        before = before[joint.start():]
    # "87 seats, 17 fewer than in 2022, on 31 percent": 2022 dates the base of another figure;
    # so does "last year" in "rose by 5.6% from €203 billion last year, or by 3.1% in real terms"
    before = _FROM_FIGURE.sub(_blank, before)
    return _BASE_PHRASE.sub(lambda m: m.group(0) if _OWNED_BASE.search(m.group(0)) and m.end() == len(before)
                            else " " * len(m.group(0)), before)


#: a base phrase that ends in an owner's possessive right before the figure: "than last year's",
#: "compared with the previous season's". The figure is that base, and what dates the owner dates
#: it: "4.5% larger than last year's €1.76 billion" (last year's budget); not "than last year
#: to", whose figure is the new level
_OWNED_BASE = re.compile(r"['’]s\s*$")


#: the base a figure moved from, and what dates it, up to the next comma (not one inside a number):
#: "from €203 billion last year", "from 410,000 tonnes in 2036"; not a year ("from 2019 to 2024"
#: is a span, which dates what follows)
_FROM_FIGURE = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:about|some|nearly|around|roughly)\s+)?"
                          r"(?:[$£€¥]\s?\d|(?!(?:1[89]|20)\d\d\b)\d)(?:[^,]|,(?=\d))*", re.IGNORECASE)


def _scope_after(claim: Claim) -> str:
    """The clause after a figure, up to the base it is compared with: "$100 more than last year's
    model" is this year's rise, not last year's."""
    after = _after(claim)
    # the nearest of: a base it is compared with ("fell to 5.8 percent in May from 6.1 percent in
    # April as employers hired more than expected"), the next clause or figure ("employs 41,000
    # people and had revenue of $38bn last year", "a premium of 34% to the last close and 36%
    # over the previous 30 days"): a date after it is theirs
    conjunct = _NEXT_CONJUNCT_FIGURE.search(after)
    if conjunct and (gapped := _ONLY_A_VERB.match(after[:conjunct.start()])) and _word_relation(gapped.group(1)) \
            and (second := _GAPPED_CONJUNCT.match(after, conjunct.end() - 1)) and _word_relation(second.group(1)):
        # "Two people were killed and 27 injured at Sellick Junction in 2066": a first conjunct
        # that is only its verb shares what the gapped second one goes on to say, its date too
        conjunct = None
    ends = [m.start() for m in (_COMPARISON_BASE.search(after), _BASE_FIGURE.search(after),
                                _NEXT_CLAUSE.search(after), conjunct, _DEFINITE_FIGURE.search(after),
                                _GERUND_FIGURE.search(after)) if m]
    after = after[:min(ends)] if ends else after
    # "149 yards against a defense that ranked among the stingiest a month ago": a relative clause
    # on a later noun dates that noun, not the figure ("12 people who fled last year" is dated)
    r = _RELATIVE_CLAUSE.search(after)
    return after[:r.start()] if r and len(after[:r.start()].split()) > 2 else after


#: a verb's form that opens a clause after "and" or "that": an auxiliary or a past form
_VERB_FORM = r"was|were|is|are|has|had|have|will|would|could|[a-z]+ed"
#: a later figure its article makes a noun of its own: "come on top of the 760 it removed in March
#: 2074" (the date after it is the 760's; not "rose 12% to 4,100 in 2074", the move's own end)
_DEFINITE_FIGURE = re.compile(r"\b(?:the|its|their|his|her|those|these)\s+(?:about\s+|some\s+|nearly\s+)?(?!(?:1[89]|20)\d\d\b)\d",
                              re.IGNORECASE)
#: a gerund's phrase after a figure that holds a figure of its own: "fined £3.5m for paying £46m
#: of contributions late in 2074" (the date is the late payments', not the fine's)
_GERUND_FIGURE = re.compile(r"\b(?:for|by|after|over)\s+[a-z]+ing\s+(?:[\w'’-]+\s+){0,3}?(?:about\s+|some\s+|nearly\s+)?"
                            r"(?!(?:1[89]|20)\d\d\b)[\d$£€¥]")
#: a figure coordinated after another ("34% to the last close and 36% over ..."), not a year
_NEXT_CONJUNCT_FIGURE = re.compile(r"\b(?:and|but)\s+(?:[a-z]+\s+){0,2}?(?!(?:1[89]|20)\d\d\b)\d")
#: what comes between a figure and the "and" of a coordinated figure when the figure's clause is only
#: its verb ("Two people were killed and 27 injured ..."): an auxiliary and one word
_ONLY_A_VERB = re.compile(r"^\s*(?:(?:was|were|is|are|has been|have been|had been)\s+)?([a-z]+)\s*,?\s*$")
#: a gapped conjunct: a figure and its participle, the auxiliary left out ("27 injured")
_GAPPED_CONJUNCT = re.compile(r"[\d,.]+\s+(?:(?:more|others|people)\s+)?([a-z]+)\b")
#: a relative clause's opening: "which", "who", "whose", or "that" before a verb's form
_RELATIVE_CLAUSE = re.compile(r"\b(?:which|who|whom|whose)\b|\bthat\s+(?:" + _VERB_FORM + r"|can)\b")


#: a figure or a time the claim is compared with, after it: "to $14.6 billion from $13.2 billion
#: a year earlier", "up 31% from a year ago", "a profit of €412 million after a loss of €188
#: million the year before", "against a loss of €188 million in 2073", "after losing €188m in
#: 2073": the date after it is the base's, not the claim's (lexicon/comparison.json time_bases);
#: not a year ("a €3.2m fine after a 2046 accident" is 2046's fine).
_BASE_FIGURE = re.compile(r"\b(?:(?:from|compared with|compared to|versus|against)\s+(?:about\s+|some\s+|nearly\s+)?[\d$£€¥]"
                          r"|(?:from|against|after|versus)\s+(?:a|an)\s+(?:[a-z]+\s+){0,3}?(?:of\s+)?(?:about\s+|some\s+|nearly\s+)?"
                          r"(?!(?:1[89]|20)\d\d\b)[\d$£€¥]"
                          r"|(?:from|after)\s+[a-z]+ing\s+(?:about\s+|some\s+|nearly\s+)?(?!(?:1[89]|20)\d\d\b)[\d$£€¥]|(?:"
                          + "|".join(re.escape(p) for p in _CMP["time_bases"]) + r")\b)", re.IGNORECASE)


_PERCENT = r"(?:%|\bper\s*cent\b|\bpercent\b)"
#: the head of a list of shares: "55 percent of voice traffic in Norland, " before "52 percent in Vesk".
_LIST_HEAD = re.compile(_PERCENT + r"\s+of\s+((?:[A-Za-z'’-]+\s+){1,4}?)(?:in|for|at|among)\s+(?:the\s+)?"
                        r"[A-Z][^.;:!?%]{0,60}?,?\s*(?:and\s+)?(?:up\s+to\s+|as\s+much\s+as\s+|about\s+)?$")
_GAPPED = re.compile(r"^\s*(?:in|for|at|among)\s+(?:the\s+)?[A-Z]")


#: a share earlier in a sentence, whose whole may follow: "61 percent of eligible voters".
_SHARE = re.compile(r"\d\s*" + _PERCENT)
#: "of" and its determiners and owners: "of all the", "of Norland's", "of their".
_WHOLE = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|all|[A-Z][\w-]*['’]s)\s+)*([A-Za-z'’-]+(?:\s+[A-Za-z'’-]+){0,3})")
#: a whole that opens the sentence before its share, right after the comma: "Of about 2.4 million
#: registered voters, 58.3% cast a ballot", "Of the region's 4,000 nurses, 12% left" (group 1 its noun)
_FRONTED_WHOLE = re.compile(r"^\W*[Oo]f\s+(?:(?:the|its|their|his|her|all|those|about|some|nearly|almost|roughly|around"
                            r"|more\s+than|[\w-]+['’]s)\s+)*(?:\d[\d.,]*\s+(?:(?:million|billion|thousand)\s+)?)?"
                            r"([A-Za-z'’-]+(?:\s+[A-Za-z'’-]+){0,3}),\s*$")
#: words that end a share's whole: "traffic to Norland", "internet traffic and calls", "traffic was".
_WHOLE_ENDS = frozenset(_CMP["whole_ends"])


def _noun_phrase(text: str) -> str:
    """The words of ``text`` up to the first that ends a noun phrase."""
    words = []
    for w in text.split():
        if w.lower() in _WHOLE_ENDS:
            break
        words.append(w)
    return " ".join(words)


def whole_of(claim: Claim) -> tuple[str, bool]:
    """What a share is a share of, and whether the figure leaves it out: "65% of voice traffic in
    Vesk" -> ("voice traffic", False); the "52 percent" of "55 percent of voice traffic in
    Norland, 52 percent in Vesk" -> ("voice traffic", True); the "68 percent" of "61 percent of
    voters cast ballots, compared with 68 percent in 2022" -> ("voters cast ballots", True).
    ("", False) when none is named."""
    if claim.dimension != "percentage":
        return "", False
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    m = _WHOLE.match(claim.sentence[end:])
    if m:
        return _noun_phrase(m.group(1)), False
    if _GAPPED.match(claim.sentence[end:]):
        # the figure before it in the same list ends where this one begins
        head = _last(_LIST_HEAD, claim.sentence[:at])
        if head is not None and head.end() == at:
            return _noun_phrase(head.group(1)), True
    fronted = _FRONTED_WHOLE.match(claim.sentence[:at])
    if fronted:
        # "Of about 2.4 million registered voters, 58.3% cast a ballot": the whole opens the
        # sentence, and the words after the share say what its part did, as after "of voters"
        return _noun_phrase(fronted.group(1) + " " + " ".join(_raw_words_cased(claim.sentence[end:])[:3])), False
    if _is_base(claim):
        # "61 percent of eligible voters cast ballots, compared with 68 percent in 2022": the base a
        # share is compared with is a share of the same whole
        share = _last(_SHARE, claim.sentence[:at])
        m = _WHOLE.match(claim.sentence[share.end():at]) if share is not None else None
        if m:
            return _noun_phrase(m.group(1)), True
    return "", False


def anchor_of(claim: Claim) -> str:
    """The place a distance is measured from: "35 miles southwest of Port Amal" -> "port amal";
    "" for a length that names none (a cable's length, a distance without a place)."""
    return _anchor(claim)[0]


def _anchor(claim: Claim) -> tuple[str, Optional[float]]:
    """A distance's anchor (``anchor_of``) and the bearing of the compass words that lead to it,
    in degrees: 90 of "30 km east of Dorvik", 225 of "90 km south-west of Dorvik"; None for a
    distance that names no direction ("40 miles away from Dovra"). ("", None) for no anchor."""
    m = _ANCHOR.match(_sentence_after(claim)) if claim.dimension == "length" else None
    if m is None:
        return "", None
    return without_possessive(m.group("place")).lower(), _bearing(m.group("first"), m.group("second"))


#: each compass word's bearing in degrees; lexicon/comparison.json directions.
_BEARINGS = {w: float(b) for w, b in _CMP["directions"].items()}


def _bearing(first: Optional[str], second: Optional[str]) -> Optional[float]:
    """The bearing of one or two compass words ("south-west", "south south-west"): the pair's when
    the table has it, else the first word's; None for none."""
    if first is None:
        return None
    return _BEARINGS.get(f"{first}-{second}", _BEARINGS[first]) if second else _BEARINGS[first]


def _turn(a: float, b: float) -> float:
    """The angle between two bearings, 0 to 180 degrees."""
    d = abs(a - b) % 360
    return min(d, 360 - d)


def _distance_to(claim: Claim) -> str:
    """The place a distance is in apposition to, lower-case: "Sorvik, 58 kilometres downstream" ->
    "sorvik"; "" when none stands right before it."""
    if claim.dimension != "length":
        return ""
    m = _DISTANCE_APPOSITION.search(_before(claim))
    if m is None or m.group(1).lower() in _NOT_PLACES or _EXTENT_AFTER.match(_after(claim)):
        return ""  # "the Tavessa, 47 metres long": the vessel's size, no way to it
    return without_possessive(m.group(1)).lower()


def _contrasted(claim: Claim, relation: Optional[str]) -> bool:
    """Whether the sentence names another relation before the figure: then "others", "more" or
    "another" set the figure against that one ("killed 10 and injured 70 others", "two dead,
    another four hurt", "a man was shot dead and another man wounded"), and it is a total of its
    own relation, not a part. Outside casualties the other relation is set against only with a
    figure of its own: "cut prices on another 600 products" names prices, but no figure of them,
    so the 600 stays a part."""
    if not relation:
        return False
    before = claim.sentence[:max(claim.start - claim.sentence_start, 0)]
    if relation not in CASUALTY and not _NEXT_FIGURE.search(before):
        return False
    if relation in _PHRASES_ANYWHERE:
        # "cut power to 85,000 homes, and a further 31,000 lost power": the "cut" of a phrase of
        # the figure's own relation names no other one
        before = _PHRASES_ANYWHERE[relation].sub(" ", before)
    found = {_word_relation(w) for w in _raw_words(before)}
    return bool(found - {None, relation})



def _another_state(relation: Optional[str], whole: str) -> bool:
    """Whether a part's relation is another state of people than the one its whole's words name:
    "Of the 64 people hurt, 12 are still in hospital" are all those in hospital, no part of a
    count of them (STATE_RELATIONS); so are the dead of "Of the 22 people on board, four are dead"
    (``_PRESENT_WHOLES``)."""
    words = _raw_words(whole)
    named = _relation_in(words)
    if named is None and relation in _HURT_STATES and words and set(words) <= _REFERRING_WHOLE:
        return True  # "Of those, 14 are still in hospital": all in hospital, whoever "those" are
    described = next((k for k, w in enumerate(words) if w not in _REFERRING_WHOLE), len(words))  # past "of those"
    if named is None and relation in _HURT_STATES and 0 < described < len(words) and words[described - 1] != "the" \
            and _PARTICIPLE.fullmatch(words[described]):
        return True  # "Of those treated for the heat, 16 were taken to hospital": those a participle describes
    return relation in STATE_RELATIONS and (named in STATE_RELATIONS and named != relation or named in _PRESENT_WHOLES
                                             or named is None and bool(_PRESENT_PHRASE.search(whole)))


#: relations of a whole that only says who was there ("Of the 22 people on board"), and their
#: phrases (relations.json phrases_after); comparison.json present_wholes.
_PRESENT_WHOLES = frozenset(_CMP["present_wholes"])
_PRESENT_PHRASE = re.compile(r"\b(?:" + "|".join(_phrase(p) for name in sorted(_PRESENT_WHOLES)
                                                 for p in lexicon.table("relations")["phrases_after"].get(name, ()))
                             + r")\b", re.IGNORECASE)
#: states only the hurt or sick are in, so that a count of one told as a part of a whole named
#: only by a pronoun ("Of those, 14 are still in hospital") is all of that state; comparison.json hurt_states.
_HURT_STATES = frozenset(_CMP["hurt_states"])
#: the words of a whole that names nothing itself: "Of those", "Of them all"; comparison.json referring_wholes
_REFERRING_WHOLE = frozenset(_CMP["referring_wholes"])


#: a part's "of the" and its whole right after a count, to the clause's end: " of the wounded
#: were carried to hospital"
_PART_OF_CLAUSE = re.compile(r"\s+of\s+(?:the|those|these)\s+(?P<rest>[^,;:.!?]*)", re.IGNORECASE)
_LEADING_AUXILIARY = re.compile(r"\s*(?:" + _AUXILIARIES + r")\b", re.IGNORECASE)


def _hurt_state_of_part(claim: Claim) -> Optional[str]:
    """The state only the hurt are in (comparison.json hurt_states) that the predicate of a
    count told as a part of another state's people names: "Eleven of the wounded were airlifted
    to hospital" are all those taken to hospital, "three of those hurt remain in a critical
    condition" all those critical, as "Of the 40 people hurt, 9 are still in hospital" are
    (``_another_state``). None when the whole names no other state of people in its first three
    words ("two of the workers were taken to hospital"), or the predicate no such state ("two of
    the injured later died")."""
    if claim.dimension != "count":
        return None
    m = _PART_OF_CLAUSE.match(_after(claim))
    if m is None:
        return None
    rest = m.group("rest")
    words = re.finditer(r"[\w'’-]+", rest)
    for k, w in enumerate(words):
        if k == 3:
            return None
        whole = _word_relation(w.group(0).lower())
        if whole is not None:
            break
    else:
        return None
    if whole not in STATE_RELATIONS:
        return None
    predicate = rest[w.end():]
    aux = _LEADING_AUXILIARY.match(predicate)
    if aux:
        predicate = predicate[aux.end():]
    found = _clause_relation(predicate, claim.dimension, words=2, reach=40)
    return found if found in _HURT_STATES and found != whole else None


#: an auxiliary verb, which makes the words after it the predicate of a clause's subject
_AUX_WORD = re.compile(r"\b(?:" + _AUXILIARIES + r")\b", re.IGNORECASE)


def _describes_whole(relation: Optional[str], rest: str) -> bool:
    """Whether a relation is named in ``rest`` (the words after the whole of "N of the M nouns",
    to the clause's end) as a participle of the whole's noun, no auxiliary before it: "two of the
    four members of the family reported missing" (the four are missing; the two are a part of
    them), and so "Three of the five climbers still unaccounted for were found dead" (the three
    are the dead among the missing, not the toll); not "42 of the 48 people on board were
    killed" (the predicate of the 42). ``relation`` is the figure's own; a casualty's may be
    described by another casualty relation (missing, injured, trapped ...), not by any other
    ("Five of the men who ran from the shed were injured" may be all the injured)."""
    clause = re.split(r"[,;:.!?]", rest, maxsplit=1)[0]
    words = _raw_words(clause)
    for k, w in enumerate(words):
        found = _word_relation(w)
        if found == relation or found in CASUALTY and relation in CASUALTY:
            return not _AUX_WORD.search(" ".join(words[:k]))
    return False


#: "of the five victims" after a figure, or in its span ("three of the five", "one of eight people"): a part of a total
_OF_TOTAL_PATTERN = r"\s+of\s+(?:(?:the|those|these|its|their)\s+(?:\w+\s+)?)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)"
_OF_TOTAL = re.compile(_OF_TOTAL_PATTERN)
#: "of the 2024 lockout": a determiner and a four-digit number after a figure's "of"
_OF_THE_YEAR = re.compile(r"\s+of\s+(?:the|those|these|its|their)\s+(\d{4})\s+[a-z]")


def _dating_of(after: str, claim: Claim) -> bool:
    """Whether the "of" after a figure names a dated event, not a whole the figure is out of:
    "the €40 million of the 2024 lockout" is that lockout's cost, all of it (a year no later than
    the article's, a noun after it); "12 of the 1500 staff" stays a part."""
    m = _OF_THE_YEAR.match(after)
    year = _article_year(claim)
    return bool(m) and year is not None and 1900 <= int(m.group(1)) <= year


#: "one of eight people", "one of the wounded": a single member of a count
_ONE_OF = re.compile(r"(?:one|1)\s+of\b", re.IGNORECASE)
#: the part a number, not a word of a limit or a sum: "three of the five", "12 of 40"; not
#: "maximum of 28.9 degrees", "a total of 500"
_OF_TOTAL_IN_SPAN = re.compile(r"(?:\d[\d,.]*|(?i:" + _NUMBER_WORD + r"))" + _OF_TOTAL_PATTERN)
#: "of the fighters" after a bare figure, or in its span: a part of a group; so is a speaker's own
#: ("two of my firefighters"), but not a third person's ("killed two of her children" counts the dead)
_PART_OF = re.compile(r"\s+of\s+(?:the|those|these|our|my|your)\s+\w")
_PART_OF_IN_SPAN = re.compile(r"\S" + _PART_OF.pattern)
#: "1,000 more fighters", not "$100 more than"
_MORE_IN_SPAN = re.compile(r"\w\s+more\b(?!\s+than)")
#: a "than" and a norm later in the figure's clause: "140 more people died than in an average
#: July" is the excess over a norm, all of it, not a further 140 on top of a count; comparison.json
#: excess_norms
_THAN_IN_CLAUSE = re.compile(r"[^,;:.]*?\bthan\b[^,;:.]*?\b(?:" + "|".join(_CMP["excess_norms"]) + r")\b", re.IGNORECASE)
#: a bare count, an adverb of degree and the clause's end, after a comma: "12 were hurt, three
#: seriously" (the adverb elides the verb of the count before)
_ELLIPTIC_PART = re.compile(r"^\s+([a-z]+ly)\s*(?:[,.;]|$)")
#: a count's predicate that places it among a larger count: "were among the 12 injured",
#: "are among the dead"
_AMONG_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:was|were|is|are|had\s+been|have\s+been)\s+among\s+the\b")


#: a sum taken out of a whole sum its words name: "of last season's revenue", "of its debt";
#: lexicon/comparison.json sum_wholes
_OF_SUM_WHOLE = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|this|that|last|next|[A-Z][\w'’-]*['’]s)\s+"
                           r"(?:[\w'’-]+\s+){0,2}?(?:" + _alternatives(_CMP["sum_wholes"]) + r")\b", re.IGNORECASE)
#: "of that" right after a figure: a part of an amount told before; comparison.json amount_anaphors.
#: Not a date's "this" or "that": "$1.2 million of this year's pledges" (but "of this year's
#: budget" names a whole sum: ``_OF_SUM_WHOLE``).
_OF_AMOUNT = re.compile(r"\s+of\s+(?:" + "|".join(_CMP["amount_anaphors"]) + r")\b(?!-)(?!\s+(?:"
                        + "|".join(_CMP["time_periods"]) + r")\b)", re.IGNORECASE)


#: a noun of a part and "of" right after a figure: "a 19 km stretch of the line"; comparison.json part_nouns
_PART_NOUN_OF = re.compile(r"\s+(?:" + "|".join(_CMP["part_nouns"]) + r")\s+of\b", re.IGNORECASE)


#: "of them" and a plural noun that ends the phrase: "buses" of ", 14 of them buses,"
_OF_THEM_NOUN = re.compile(r"\s+(?:[a-z-]+\s+)?([a-z]+s)\b(?=\s*(?:[,.;:)]|and\b|or\b|$))")


def _of_them_kind(claim: Claim) -> str:
    """The noun a bare count names after "of them" when it is a thing, not a person: "62
    vehicles, 14 of them buses" counts 14 buses, all the buses there were, as "14 buses were
    damaged" does. Not a person ("50 of them children" are a part of the
    injured), nor a state ("30 of them seriously")."""
    if claim.dimension != "count" or claim.unit:
        return ""
    after = _sentence_after(claim)
    of_them = OF_THEM.match(after)
    noun = _OF_THEM_NOUN.match(after, of_them.end()) if of_them else None
    if noun is None:
        return ""
    word = noun.group(1).lower()
    lemma = _noun_lemma(word)
    if lemma == word or _is_people(word) or _is_people(lemma) or _word_relation(word) or word in _STOP:
        return ""
    return lemma


def _partial(claim: Claim, relation: Optional[str] = None) -> bool:
    """A part of a total: "another 500", "1,000 more", "three of the five victims", "two of the
    wounded"; but not a figure set against another relation of its sentence ("killed 10 and
    injured 70 others")."""
    if relation in _HURT_STATES and _hurt_state_of_part(claim) == relation:
        return False  # "Eleven of the wounded were airlifted to hospital": all those in hospital
    after = _sentence_after(claim)
    out_of_whole = relation in _OUT_OF_WHOLE  # "won 112 of the 240 seats": the party's whole tally
    of_them = OF_THEM.match(after)
    if of_them and claim.dimension == "count" and _of_them_kind(claim):
        return False  # "62 vehicles, 14 of them buses": all the buses, a kind of its own
    if of_them and claim.dimension == "count":
        # "injured 100 people, 30 of them seriously", "50 of them children": a part; "five were
        # shot, two of them fatally", "one of them died": the dead among those just counted, all
        # the dead
        words = _raw_words(after[of_them.end():])[:4]
        # "six of them were in critical condition": all those in that state, as "Of those, 18
        # are still in hospital" is (_another_state)
        return not any(w in _FATAL_ADVERBS or _word_relation(w) == "killed"
                       or relation in _HURT_STATES and _word_relation(w) == relation for w in words)
    if _OF_AMOUNT.match(after):
        return True  # "spent $910,000 of that in the third quarter": a part of the sum just told
    if claim.dimension == "currency" and _OF_SUM_WHOLE.match(after):
        return True  # "brought in £98 million of last season's revenue": a part of that revenue
    if _PART_NOUN_OF.match(after):
        return True  # "a 19 km stretch of the Ostrand line": a part's length, not the line's
    opening = _OF_OPENING.match(claim.sentence)
    if opening and claim.dimension == "count" and claim.start - claim.sentence_start >= opening.end() \
            and not _HYPHEN_NOUN.match(claim.surface) and not _another_state(relation, opening.group(0)):
        # not a count that only describes a thing ("..., the regulator said in a 96-page notice"):
        # the pages are no members of the whole
        return True  # "Of 196 cases in the trial, 181 were in the placebo group": a part of the 196
    listing = _LISTING_OPENING.match(claim.sentence)
    if listing and claim.dimension == "count" and listing.start(2) <= claim.start - claim.sentence_start < listing.end(2) \
            and (_word_relation(listing.group(1).lower()) in CASUALTY or listing.group(1).lower() in PERSONS):
        return True  # "The wounded, a 22-year-old woman and two men, were ...": the members of a count told before
    # any event's count out of a stock it touched: "killing 42 of the 48 people on board" (the
    # toll), "will cut 140 of its 900 jobs" (all the cuts), "measles cases at nine of the city's
    # schools" (all the schools with cases)
    if relation is not None:
        whole = re.search(r"^\S+\s+of\s+(?:the|those|these|its|their)\s+(?:[\d,.]+\s+|[a-z]+\s+)?([a-z]+)",
                          claim.surface + after, re.IGNORECASE)
        first = re.match(r"\S+\s+of\s+(?:the|those|these|its|their)\s+([a-z]+)", claim.surface + after, re.IGNORECASE)
        # "twelve of the injured were ...", "22 of the destroyed homes stood": a part of those the
        # event touched; not "Ten of the rescued miners were in hospital", a state of its own
        first_relation = _word_relation(first.group(1)) if first is not None else None
        named = first is not None and (first_relation in CASUALTY or first_relation == relation)
        if whole and not named and whole.group(1).lower() not in _AFFECTED and _word_relation(whole.group(1)) is None \
                and not _describes_whole(relation, (claim.surface + after)[whole.end():]):
            out_of_whole = True
    if claim.dimension == "count" and _WHOLE_OF_BEFORE.search(_before(claim)):
        out_of_whole = True  # "all five of the network's hospitals": the five, every one of them
    if not out_of_whole and (_OF_TOTAL.match(after) and not _dating_of(after, claim)
                             or _OF_TOTAL_IN_SPAN.match(claim.surface)):
        return True  # "three of the five victims", with or without the total in the claim's span
    words = _raw_words(claim.surface)
    bare = not words or words[-1] in _NUMBER_WORDS or claim.surface[-1:].isdecimal()  # "400", "two", "about 400"
    if claim.dimension == "count" and not out_of_whole and (
            _PART_OF.match(after) and bare or _PART_OF_IN_SPAN.search(claim.surface)):
        # "400 of the fighters", "two of the wounded"; not "196 cases of the disease", whose noun the "of" qualifies
        return True  # "two of the wounded", "400 of the fighters": a part of a group
    before = _raw_words(_before(claim))[-2:]
    if (before[-1:] and before[-1] in _PART_OPENERS or " ".join(before) in _PART_OPENERS) and not claim.unit \
            and re.search(r"\d", _sentence_before(claim)):
        # "employs 2,300 people, including about 650 at its hub": a part of the 2,300; but a part
        # that names its own kind ("including more than 30 civilians") is a count of that kind
        return True
    among = _AMONG_AFTER.match(after) if claim.dimension == "count" else None
    if among and (not claim.unit or _relation_in(_raw_words(after[among.end():])[:3]) is not None):
        # "Two firefighters were among the 12 injured": a part of the 12; but a count that names
        # its own kind among a whole no event names ("Nineteen calves were among the stranded
        # animals") is all of that kind
        return True
    elliptic = _ELLIPTIC_PART.match(after)
    if elliptic and claim.dimension == "count" and not claim.unit and elliptic.group(1) not in _FATAL_ADVERBS \
            and _word_relation(elliptic.group(1)) is None \
            and _sentence_before(claim).rstrip().endswith(",") and _NEXT_FIGURE.search(_sentence_before(claim)):
        return True  # "12 people were hurt, three seriously": a part of the 12, with its own degree
    if claim.dimension == "count" and _listed_after_a_count(claim):
        return True  # "treated 12 people: five at Tallis Regional, three at St Odile's": parts of the 12
    if _contrasted(claim, relation):
        return False
    if _PLACE_ALONE.search(_own_before(claim)) or _PLACE_ALONE.search(re.split(r"[,;:]|\band\b", after, maxsplit=1)[0]):
        return True  # "In Lekamba alone some 1,400 houses were flattened": that place's part of the toll
    if any(w in _PARTIAL_BEFORE for w in before):
        return True
    surface = _raw_words(claim.surface)
    if any(w in _PARTIAL_BEFORE and not (w == "other" and relation in CASUALTY) for w in surface[:2]):
        # "Nine other people were wounded" is said as "nine others were wounded" is: those hurt
        # besides the dead, all of them
        return True
    if _MORE_IN_SPAN.search(claim.surface) and not _THAN_IN_CLAUSE.match(after):
        return True  # "1,000 more fighters"
    if _TOLL_INCREMENTS.intersection(surface[:2]) and (relation in CASUALTY or relation == "cases"):
        return True  # "Five new deaths were confirmed overnight": the toll's latest increase
    if relation in CASUALTY and claim.dimension == "count" and _RISE_THEN_CAUSE.search(_sentence_before(claim)):
        return True  # "The toll climbed to 31 on Tuesday, after five died of their wounds": the rise, not the toll
    return bool(_PARTIAL_AFTER_RE.match(after))  # "1,000 others"; "$100 more than" is a difference


#: a clause in which a count rose to a figure, then "after", "when" or "as" right before the figure
#: that made it rise: "The toll climbed to 31 on Tuesday, after" (the up verbs of lexicon/changes.json)
_RISE_THEN_CAUSE = re.compile(r"\b" + words_pattern(_UP_VERBS, ignorecase=True) + r"\s+to\b[^.;:]*?\d[^.;:]*?,?\s+"
                              r"(?:after|when|as)\s+(?:(?:another|a\s+further|at\s+least|about|some)\s+)?$", re.IGNORECASE)


#: an item of a list of counts: a figure that opens the text or follows a comma or "and"
_LIST_ITEM = re.compile(r"(?:^\s*|,\s+|\band\s+)(?:" + _NEXT_FIGURE.pattern + r")", re.IGNORECASE)


def _listed_after_a_count(claim: Claim) -> bool:
    """Whether a count is the first or a later item of a list of counts that a colon opens after
    a count of its own: "they had treated 12 people for gunshot wounds: five at Tallis Regional,
    three at St Odile's and four at Eastgate" (each a part of the 12). Not a colon with no count
    before it ("The toll: 12 dead"), nor a lone figure after one ("carrying 263 people: 241
    passengers" is the passengers' own count, no list)."""
    s = claim.sentence
    at = claim.start - claim.sentence_start
    colon = s.rfind(":", 0, at)
    if colon < 0 or ";" in s[colon + 1:at] or not _NEXT_FIGURE.search(s[:colon]):
        return False
    return len(_LIST_ITEM.findall(s[colon + 1:])) >= 3


#: "aged 24", "ages 24 and 31", "aged 19, 24 and 31", "ranging in age from 23 to 58", "aged six
#: to 12": the ages of a list or a range after "aged" are all ages
#: (a range's second end after "aged" too, "aged six to 12"; not after "age", which a limit also
#: takes: "the pension age from 66 to 68")
_AGES_BEFORE = r"(?:(?:\d{1,3}|" + _NUMBER_WORD + r")\s*(?:,|and|&|,\s*and|to|or|-)\s*)*$"
_AGED_BEFORE = re.compile(r"\b(?:aged\s+(?:(?:from|between)\s+)?" + _AGES_BEFORE
                          + r"|ages?\s+(?:(?:from|between)\s+)?(?:\d{1,3}\s*(?:,|and|&|,\s*and)\s*)*$)")
#: "his age as 33", "her age at 61", "whose age was 40": "age" and a linking word right before a
#: bare figure
_AGE_AS_BEFORE = re.compile(r"\bage\s+(?:as|at|is|was|of)\s+$", re.IGNORECASE)
#: "a widow of 91", "A retired teacher of 66 ...": one person's noun and "of" right before a bare
#: number, opening a sentence or not; lexicon/comparison.json age_of_persons
_AGE_OF_PERSON_BEFORE = re.compile(r"(?:\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s*,\s+)?\b[Aa]n?\s+(?:[a-z-]+\s+)?(?P<noun>"
                                   + _alternatives(_CMP["age_of_persons"]) + r")\s+of\s+$")
#: "the youngest of the wounded is 14", "and the oldest 24": an age; lexicon/comparison.json age_superlatives.
_AGE_SUPERLATIVE_BEFORE = re.compile(r"\b(?:" + "|".join(_CMP["age_superlatives"]) + r")\b(?:\s+[A-Za-z]+){0,4}"
                                     r"(?:\s+(?:is|was|are|were))?\s*,?\s*$", re.IGNORECASE)


#: digits, a space and a lower-case word ending a count's span: "47 bus", not "150-seat"
_SPACED_NOUN_END = re.compile(r"\d\s+[a-z]+$")


def _names_by_number(claim: Claim) -> bool:
    """Whether a count names one thing by a number rather than counting: "the" before it, a
    whole number above one in digits, and its noun written singular after a space ("I drive the
    47 bus", "the 14 train was late"); not a noun whose plural is the singular ("the 40 staff",
    lexicon/comparison.json invariant_plurals), nor a figure named as a figure ("the 2,300
    figure", comparison.json anaphors)."""
    if claim.dimension != "count" or not claim.unit or claim.value is None or claim.value <= 1 \
            or claim.value != int(claim.value) or not _SPACED_NOUN_END.search(claim.surface):
        return False  # "the 150-seat parliament" counts seats; "the 6.9 reading" is a measure
    written = _raw_words(claim.surface)[-1:]
    return bool(written) and written == _raw_words(claim.unit)[-1:] and written[0] not in _INVARIANT_PLURALS \
        and _lemma(written[0]) == written[0] and _word_relation(written[0]) is None \
        and written[0] not in _ANAPHOR_NOUNS \
        and bool(_THE_BEFORE.search(_before(claim)))  # "the 253 shot": those shot, counted


#: "-year-old", " years old" right after a figure; ", aged", " was age" right after it
_YEARS_OLD_AFTER = re.compile(r"[-\s]years?[-\s]old")
_AGED_AFTER = re.compile(r"\s*,?\s*(?:was|were|is|are)?\s*(?:aged|age)\b")


def role_of(claim: Claim) -> str:
    """What kind of figure it is when it is not compared at all: "clock" ("about 1 p.m."),
    "address" ("the 500 block", "2300 Main Street", "the 14-yard line"), "name" ("the 47 bus"),
    "phone" (a tip line), "charges" ("two counts of murder"), "kin" ("a father of three"), "age"
    (handled per person), "age_bound" ("children under five": who is counted, not how many),
    "frequency" ("stabbed three times", compared only as a count of its verb's events:
    ``_frequency_kind``), else ""."""
    s = claim.sentence
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    near = s[max(0, at - 2):min(len(s), end + 8)]
    if ("m" in near or "M" in near) and _CLOCK.search(near):  # "a.m.", "pm": the test first, far cheaper
        return "clock"
    if claim.dimension in ("count", "length", "") and _PHONE.search(s[max(0, at - 6):min(len(s), end + 10)]):
        return "phone"
    head = _unit_head(claim)
    if head in _ADDRESS and len(_raw_words(claim.unit)) <= 1 or _raw_words(s[end:end + 12])[:1] in (["block"], ["blocks"]):
        return "address"  # "the 500 block"; not "a seven-storey block", which counts its storeys
    if _STREET.match(s[end:]) and claim.dimension == "count":
        return "address"
    if claim.dimension == "length" and set(_raw_words(s[end:end + 12])[:1]) & _POSITION_AFTER:
        return "address"  # "the 14-yard line": where on the field, not how far
    if _names_by_number(claim):
        return "name"  # "the 47 bus", "the 14 train": which bus, not how many
    if _FREQUENCY.search(claim.surface):
        return "frequency"  # "sacked five times": how often something happened (see _frequency_kind)
    if head in _CHARGES:
        return "charges"
    if claim.dimension == "count" and not claim.unit and _KIN_OF.search(s[max(0, at - 30):at]):
        return "kin"  # "a 31-year-old father of three": his children, not three of the dead
    unit = (claim.unit or "").lower()
    if any(u in unit for u in _AGE_UNITS) or _YEARS_OLD_AFTER.match(s, end, end + 12) or made_ago(claim):
        return "age"
    if _AGED_AFTER.match(s, end, end + 12) and not (claim.dimension == "count" and _unit_head(claim)) or \
            _AGED_BEFORE.search(s[max(0, at - 40):at]):
        return "age"  # not "Two boys aged 9 and 10": a count of the boys, whose ages follow
    if claim.dimension == "count" and not claim.unit and _AGE_AS_BEFORE.search(s[max(0, at - 20):at]):
        return "age"  # "gave his age as 33", "put her age at 61": an age stated as one
    if claim.dimension == "count" and not claim.unit and _AGE_OF_PERSON_BEFORE.search(s[max(0, at - 40):at]):
        return "age"  # "a widow of 91 and a lorry driver of 58": their ages, no count of the dead
    if claim.dimension == "count" and not claim.unit and _AGE_SUPERLATIVE_BEFORE.search(_before(claim)):
        return "age"  # "the youngest of the wounded is 14": an age, no count of the wounded
    if claim.dimension == "count" and _AGE_BOUND_SURFACE.match(claim.surface):  # "children under five"
        noun = _AGE_BOUND.search(s[max(0, at - 30):at])
        if noun and _is_people(noun.group(1)):
            return "age_bound"  # "children under five", "adults over 65": a class of people by age, no count
    return ""


#: relations a noun of a whole gives its people ("a crowd of 60,000", "a city of 500,000";
#: relations.json of_heads): never a count of things
_PEOPLE_OF_A_WHOLE = frozenset(OF_HEAD.values())


def _posts_of(claim: Claim, relation: str) -> bool:
    """Whether a count of people with ``relation`` (posts_of_people) counts the posts: the relation
    is told right at it, by a phrase after it ("900 staff would lose their jobs") or by its word
    right before it ("will cut 300 workers"); not by a word further on ("represents 2,300
    employees, and called the cuts a betrayal")."""
    last = _raw_words(_before(claim))[-1:]
    return _phrase_after_relation(claim, claim.dimension) == relation or bool(last) and _word_relation(last[0]) == relation


def _is_people(word: str) -> bool:
    """Whether a noun names people: "children", "adults", "residents", "motorists" (lexicon/persons.json)."""
    return _lemma(word) in _PEOPLE_NOUNS


_PEOPLE_NOUNS = frozenset(_lemma(w) for w in (*PERSONS, *" ".join(_CLASSES.values()).split(),
                                              *lexicon.table("persons")["roles"], *lexicon.table("persons")["anyone"]))


#: a figure of how often: "five times", "12 times"
_FREQUENCY = re.compile(r"\btimes?$", re.IGNORECASE)
#: words after "N times" that make it a multiplier or a rate: lexicon/comparison.json multiplier_after
_MULTIPLIER_AFTER = frozenset(_CMP["multiplier_after"])
#: the noun that counts a verb's events; lexicon/comparison.json frequency_nouns.
_FREQUENCY_NOUNS = dict(_CMP["frequency_nouns"])


#: "four straight", "three consecutive losses", "five wins in a row": lexicon/comparison.json streak_words.
_STREAK_WORDS = "|".join(r"\s+".join(map(re.escape, w.split())) for w in _CMP["streak_words"])
_STREAK = re.compile(r"^(?:[a-z]+\s+)?(?:" + _STREAK_WORDS + r")\b", re.IGNORECASE)


def _streak_text(claim: Claim) -> str:
    """The words after a count's number, its own span's and the sentence's: "straight games" of
    "four straight games", "games in a row" of "five games in a row"."""
    number = re.match(r"\S+\s*", claim.surface)
    return ((claim.surface[number.end():] if number else "") + " " + _sentence_after(claim)[:30]).strip()


def _verb(claim: Claim) -> Optional[str]:
    """The verb a claim hangs from (``Context.verb``), or None."""
    return claim.context.verb if isinstance(claim.context, Context) else None


def _verb_lemma(claim: Claim) -> str:
    """The lemma of the verb a claim hangs from, "" when it has none or it is no word."""
    verb = _verb(claim)
    return _lemma(verb) if verb and verb.isalpha() else ""


def _frequency_kind(claim: Claim) -> str:
    """The kind of a figure of how often, as a count of its verb's events: "was sacked five
    times" -> "count:sack" (the kind of "five sacks"), "was stabbed 12 times" -> "count:stab".
    "" when it has no verb, or is a multiplier or a rate: "three times as many", "five times
    higher", "three times a day", "three times the average"."""
    verb = _verb_lemma(claim)
    if not verb:
        return ""
    rest = _sentence_after(claim)[:30]
    after = _raw_words(rest)[:1] if not rest.lstrip()[:1] in (",", ";", ":", ".", ")") else []
    if after and (after[0] in _MULTIPLIER_AFTER or after[0].endswith("er")):
        return ""  # "three times the average", "five times higher"; not "intercepted two times, the second by"
    return "count:" + _FREQUENCY_NOUNS.get(verb, verb)


#: a word after or before a duration that makes it a point or a cycle; lexicon/comparison.json duration_marks.
_DURATION_AFTER = dict(_CMP["duration_marks"]["after"])
_DURATION_BEFORE = dict(_CMP["duration_marks"]["before"])
_DURATION_BEFORE_EXACT = dict(_CMP["duration_marks"]["before_exact"])
#: "for" or "the" right before a duration: how long something lasted, whatever follows ("for four
#: hours before being released", "in the four days before the slide"); comparison.json duration_marks span_words
_SPAN_WORDS = frozenset(_CMP["duration_marks"]["span_words"])
#: "for the next ", "for the past ": a frame word that a span's "for" makes a length again
_SPAN_FOR = re.compile(r"\b(?:" + "|".join(rf"{opener}\s+the\s+(?:{'|'.join(words)})" for opener, words in
                                          _CMP["duration_marks"]["span_openers"].items()) + r")\s+$", re.IGNORECASE)


def _duration_mark(claim: Claim) -> str:
    """What a duration's kind adds for the word that makes it a point or a cycle: ":ago:fail" of
    "the dam failed 37 years ago" (an "ago" dates its verb's event), ":ago:build" of "built 68
    years ago", ":cycle" of "inspected every five years", ":into" of "40 minutes into the set",
    ":frame" of "the first rise in four years" and "over the past three years" (but not of "in
    under four minutes", a bounded span, nor of "won in 2:06:41" or "in 2 hours 4 minutes", a
    time written in parts: how long something took);
    "" for a plain duration ("battled the blaze for nine hours")."""
    after = _raw_words(_sentence_after(claim)[:20])[:1]
    before = _raw_words(_own_before(claim))[-1:]
    mark = (_DURATION_AFTER.get(after[0]) if after and not (before and before[0] in _SPAN_WORDS) else None) \
        or (_DURATION_BEFORE.get(before[0]) if before else None) \
        or (_DURATION_BEFORE_EXACT.get(before[0]) if before and claim.low == claim.high else None)
    if mark == "frame" and before and _SPAN_FOR.search(_own_before(claim)):
        return ""  # "will oversee its controls for the next 24 months": how long, as "for two years"
    if not mark or mark == "frame" and ("clock-duration" in claim.rules or "compound" in claim.rules):
        # "won in 2:06:41", "in 2 hours 4 minutes 51 seconds": a time written in parts, to the
        # minute or the second, is how long something took; a frame is a round span ("in five years")
        return ""
    verb = _verb_lemma(claim)
    return f":{mark}:{verb}" if mark == "ago" and verb else ":" + mark


#: "the bodies of 27 people": a noun that makes a count of persons a count of itself; comparison.json counted_as.
_COUNTED_AS = _CMP["counted_as"]
_COUNTED_AS_BEFORE = re.compile(r"\b(" + "|".join(map(re.escape, _COUNTED_AS)) + r")\s+of\s+$", re.IGNORECASE)
#: a participle: "rescued", "damaged", "sunk"; lexicon/comparison.json irregular_participles.
_PARTICIPLE = re.compile(r"[a-z]+ed|" + "|".join(_CMP["irregular_participles"]), re.IGNORECASE)
#: a count joined by a hyphen to the noun it counts, before the thing that has them: "240-seat parliament".
#: Not a fraction's ("three-quarters of a million people" count people), nor a bound's
#: ("18,300-odd containers" count containers; qualifiers.json hyphen_after).
_HYPHEN_JOINED = (r"^(?:[^\s-]*\d|(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
                  + r"))-(?!(?:" + "|".join([*_NUMBER_WORDS, *_NUM["fractions"],
                                             *lexicon.table("qualifiers")["hyphen_after"]]) + r")\b)([a-z]+)")
_HYPHEN_COUNTED = re.compile(_HYPHEN_JOINED + r"\s+\S", re.IGNORECASE)
#: a collective right after "-strong", and the member it counts: "union" of "the 58,000-strong
#: union" counts members (lexicon/comparison.json strong_members)
_STRONG_MEMBERS = {noun: member for member, nouns in _CMP["strong_members"].items() for noun in nouns}
_STRONG_AFTER = re.compile(r"^-strong\s+(?:[A-Za-z'’-]+\s+)?(" + "|".join(_STRONG_MEMBERS) + r")\b", re.IGNORECASE)
#: a count joined by a hyphen to its noun, whatever follows: "96-page", "a 240-seat"
_HYPHEN_NOUN = re.compile(_HYPHEN_JOINED, re.IGNORECASE)
#: a count and its noun earlier in a sentence: "bagged 111 seats", "won 2.9 million votes".
_COUNTED_BEFORE = re.compile(r"\b\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+([a-z]+)\b")


def _gapped_noun(claim: Claim) -> str:
    """The noun a bare count leaves to an earlier count of its sentence, when that noun names a
    relation only counts have (lexicon/relations.json dimensions: "seats"; not "yards", which a
    length has too, so that a bare count is no length): "Renewal bagged 111 seats and
    38% of the vote, while the Democrats crashed to just 87" -> "seats"; "" when none."""
    found = ""
    for m in _COUNTED_BEFORE.finditer(claim.sentence[:max(claim.start - claim.sentence_start, 0)]):
        word = m.group(1)
        rel = _word_relation(word)
        found = word if rel and RELATION_DIMENSIONS.get(rel) == ("count",) else found
    return found


#: "crew members" counts the crew: lexicon/relations.json collective_members.
_MEMBER_HEADS = frozenset(lexicon.table("relations")["collective_members"]["heads"])
_COLLECTIVES = frozenset(lexicon.table("relations")["collective_members"]["collectives"])


#: two-word counted nouns -> the one word they are a kind of; lexicon/relations.json compound_nouns.
_COMPOUND_NOUNS = dict(lexicon.table("relations")["compound_nouns"])


def _unit_head(claim: Claim) -> str:
    """The lemma of the unit's last word: a count's counted noun ("syrian fighter" -> "fighter");
    of a collective's members, the collective ("27 crew members" counts crew, as "24 crew" does);
    of a rate, the thing counted ("vehicle per day" -> "vehicle": the day is its period)."""
    words = claim.unit.split(" per ")[0].split() if claim.unit else []
    if len(words) >= 2 and _lemma(words[-1]) in _MEMBER_HEADS and _lemma(words[-2]) in _COLLECTIVES:
        return _lemma(words[-2])
    compound = f"{_lemma(words[-2])} {_lemma(words[-1])}" if len(words) >= 2 else ""
    if compound in _COMPOUND_NOUNS:
        return _COMPOUND_NOUNS[compound]  # "300 rescue workers": rescuers
    return _lemma(words[-1]) if words else ""


#: a place named in a claim's own clause: a capitalised name after "to", "in", "into", "at", "near"
#: ("sent to Azerbaijan", "in the town of Zarand"). Read off the words, so that compare needs no
#: entity recogniser (half of spaCy's time).
#: a proper name of up to three capitalised words: "Zarand", "Port Amal", "New South Wales"
_PROPER_NAME = r"((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})"
#: a place named by a number after a noun of division: "Ward 7", "District 12", "Precinct 4B";
#: lexicon/comparison.json numbered_place_nouns. Not a figure's own digits ("Ward 7,000") nor a date.
_NUMBERED_PLACE = (r"(?:[A-Z][\w'’-]+\s+){0,2}(?:" + "|".join(map(re.escape, _CMP["numbered_place_nouns"]))
                   + r")\s+\d{1,3}[A-Z]?(?![\w-]|[,.]\d)")
#: a place's name: a numbered place or up to three capitalised words
_PLACE_NAME = r"(" + _NUMBERED_PLACE + r"|" + _PROPER_NAME[1:]
_PLACE = re.compile(r"\b((?i:to|in|into|at|near|inside|off))\s+(?:the\s+)?(?:(?:[a-z]+\s+){0,2}of\s+)?" + _PLACE_NAME)


#: a place a sentence opens with, that places every share after it: "In Marsk, turnout was 68.7%".
_OPENING_PLACE = re.compile(r"^\W*(?:In|Across|Outside)\s+(?:the\s+)?" + _PLACE_NAME + r"\s*,")
#: where a reading opens its sentence, with the kind of place it is: "At the Varn station, ...".
_OPENING_READ_PLACE = re.compile(r"^\W*(?:In|At|Across|Outside)\s+(?:the\s+)?" + _PLACE_NAME + r"(?:\s+[a-z]+)?\s*,")
#: a name in apposition to the phrase that holds the figure: "Varn, a town of 40,000 people".
_APPOSITION = re.compile(_PROPER_NAME + r",\s+(?:a|an|the)\s+(?:[a-z]+\s+){1,2}of\s+(?:[a-z]+\s+){0,2}$")
#: a name a distance is in apposition to: "Sorvik, 58 kilometres downstream", "to Marnholt, some
#: 19 km away": the distance is that place's, and another place's is another distance. Not a
#: name inside another ("St Oda's Hospital in Korrin, some 45 km away" is the hospital's).
_DISTANCE_APPOSITION = re.compile(r"(?<!\bin )\b" + _PROPER_NAME + r",\s+(?:(?!(?:a|an|the)\s)[a-z]+\s+)?$")
#: an adjective of extent right after a figure: "47 metres long" is a size (comparison.json extent_adjectives)
_EXTENT_AFTER = re.compile(r"^\s+(?:" + "|".join(_CMP["extent_adjectives"]) + r")\b")
#: a share's whole: "65% of traffic with Vesk", "of all calls from Norland"; or an owner named
#: before it: "over 70 percent of their traffic".
_WHOLE_PLACE = re.compile(r"\bof\s+(?:[a-z]+\s+){1,3}(?:with|from|for)\s+(?:the\s+)?" + _PROPER_NAME)
_OF_OWNER = re.compile(r"^\s+of\s+(their|its|his|her)\b")
_OF_NAMED_OWNER = re.compile(r"^\s+of\s+(?:the\s+)?((?:[A-Z][\w-]+)(?:\s+[A-Z][\w-]+){0,2})['’]s\s")
_SEGMENT_BEFORE = re.compile(r"(?:[^.;:!?,]|" + _IN_NUMBER + r"){0,60}$")
#: how many characters each window pattern can match (one per repetition)
_REACH = {_WINDOW_BEFORE: 40, _CLAUSE_BEFORE: 80, _SEGMENT_BEFORE: 60}
#: the characters each window before a figure stops at, unless ``_IN_NUMBER`` lets them in
_STOPS = {_WINDOW_BEFORE: ".;:!?", _CLAUSE_BEFORE: ".;:!?", _SEGMENT_BEFORE: ".;:!?,"}
_IN_NUMBER_AT = re.compile(_IN_NUMBER)


#: nouns of an amount read at a gauge or station (comparison.json place_read_measures): "95 mm of
#: rain", "gusts of 140 km/h" are read at a place, as a temperature is.
_READ_MEASURES = frozenset(_CMP["place_read_measures"])
#: a place that recorded the amount right after it: "Marrowgate recorded 60 millimetres", "Port
#: Essley got nearly 95 mm" (comparison.json reading_verbs); not "the Met Service recorded".
_READING_BY_PLACE = re.compile(r"\b(?!(?:The|A|An|Its|Their|It|They)\b)" + _NOT_CALENDAR + _PLACE_NAME + r"\s+(?:"
                               + _alternatives(_CMP["reading_verbs"]) + r")\s+(?:[a-z]+\s+){0,2}$")
#: a name or "the" just before where a reading place would start: the place is the end of a longer
#: name ("the Met Service recorded"), no place.
_NAME_GOES_ON = re.compile(r"(?:\b[A-Z][\w'’-]*|\bthe)\s+$")
#: the place an amount fell on: "95 mm of rain fell on Essley Point", "snow over Harl Ridge".
_READ_ON_PLACE = re.compile(r"\b(?:on|over)\s+(?:the\s+)?" + _NOT_CALENDAR + _PLACE_NAME)


def _read_at_place(claim: Claim, classes) -> bool:
    """Whether a figure is a level read at a place: a temperature (comparison.json
    place_read_dimensions), or an amount of rain, snow or a gust (place_read_measures)."""
    return claim.dimension + ":" in _PLACE_READ_KINDS or not _READ_MEASURES.isdisjoint(classes)


def _places(claim: Claim, common: frozenset = frozenset(), destinations: bool = True,
            classes=()) -> frozenset:
    """Where the claim happens: names after a place preposition in its own clause ("sent to
    Azerbaijan", "in Libya's civil war"), a name the figure's phrase is in apposition to ("Varn,
    a town of 40,000 people"), and for a percentage also a place before it in its own phrase
    ("in Norland by 80 percent, in Vesk by 65 percent"), the place of its whole ("65% of traffic
    with Vesk"), its whole's named owner ("82 percent of Vesk's traffic" -> "vesk") or an owner
    named before it ("70 percent of their traffic" -> "(their)"); a part level named in what it
    measures ("regional turnout" -> "(regional)"); less the story's own places ``common``.
    Places before other claims are mostly actors ("Turkey has sent ..."); a place further on,
    after a comma, is where something else happens. Without ``destinations`` (a casualty), only
    a place the figure is "in" is its place: a toll belongs to the area it happened in, not to
    where the wounded were taken ("to Mercy Hospital") or a point inside the area where one of
    them died ("at Lakeview Regional")."""
    read_at = _read_at_place(claim, classes)  # ``classes``: the words of what it measures
    texts = [_after(claim)]
    if read_at or claim.dimension + ":" in _PLACE_BOUND_KINDS:
        texts.append(_before(claim, _SEGMENT_BEFORE))
    found = set()
    for m in (m for text in texts for m in _PLACE.finditer(text)):
        if not destinations and m.group(1).lower() != "in":
            continue  # "taken to Mercy Hospital", "died at Lakeview": a point, not where it happened
        parts = re.split(r"[\s-]+", m.group(2))
        if all(_demonym(w) for w in parts) or ("-" in m.group(2) and any(_demonym(w) for w in parts)):
            continue  # a nationality ("the Azeri-Armenian battlefield", "to the Armenians") names no place
        following = _raw_words(m.string[m.end():m.end() + 20])[:1]
        if following and following[0] in _MARKET_NOUNS:
            continue  # "fell 2.3 percent in New York trading": where the trading was, not a whole's place
        name = without_possessive(m.group(2)).lower()
        if name not in common and name not in _NOT_PLACES:
            found.add(name)
    names = []
    if read_at:
        names += _opening_place(claim, _OPENING_READ_PLACE)  # "At the Varn station, it reached 43C"
        before = _before(claim)
        m = _READING_BY_PLACE.search(before)
        if m and not _NAME_GOES_ON.search(before[:m.start()]):
            names.append(without_possessive(m.group(1)).lower())  # "Marrowgate recorded 60 mm"
        m = _READ_ON_PLACE.search(texts[0])
        names += [without_possessive(m.group(1)).lower()] if m else []  # "95 mm of rain fell on Essley Point"
    if claim.dimension + ":" in _PLACE_BOUND_KINDS:
        names += [m.group(1).lower() for m in _WHOLE_PLACE.finditer(texts[0])]
        names += _opening_place(claim, _OPENING_PLACE)  # "In Marsk, turnout was 68.7%"
    found.update(n for n in names if n not in common and n not in _NOT_PLACES and not _demonym(n))
    if claim.dimension + ":" in _PLACE_BOUND_KINDS:
        m = _OF_OWNER.match(texts[0])
        if m:
            found.add("(" + m.group(1).lower() + ")")  # "70 percent of their traffic": a whole named before
        m = _OF_NAMED_OWNER.match(texts[0])
        if m and m.group(1).lower() not in common and not _demonym(m.group(1)):
            found.add(m.group(1).lower())  # "82 percent of Vesk's voice traffic" is Vesk's, as "traffic in Vesk" is
    m = _APPOSITION.search(_before(claim))
    if m and m.group(1).lower() not in common and m.group(1).lower() not in _NOT_PLACES:
        found.add(m.group(1).lower())
    found.update(_part_levels(_raw_words((claim.topic or "").split(",")[0])))
    own = _own_before(claim)[-60:] + " " + _own_after(claim)  # "prices in the capital rose 6.1 percent"
    found.update("(" + m.group(1).lower() + ")" for m in _PART_PLACE.finditer(own))
    # "In Dolvenna itself turnout was 68.7%": a place set apart from the whole, even the story's own
    # (as a part, so that a story's own place, which tells its other claims apart from none, stays)
    found.update("(" + without_possessive(m.group(1)).lower() + ")" for m in _MARKED_PART_PLACE.finditer(own))
    return frozenset(found)


def _opening_place(claim: Claim, pattern: re.Pattern) -> list[str]:
    """The place ``pattern`` finds opening the claim's sentence before the figure, lower-case and
    without a possessive, as a list of one; [] when there is none."""
    m = pattern.match(claim.sentence)
    return [without_possessive(m.group(1)).lower()] if m and m.end() <= claim.start - claim.sentence_start else []


#: a place a word after it sets apart from the story's whole: "in Ossery alone", "In Dolvenna
#: itself"; lexicon/comparison.json part_place_marks.
_MARKED_PART_PLACE = re.compile(r"\b(?i:in|across|within)\s+" + _PLACE_NAME + r"\s+(?:"
                                + "|".join(map(re.escape, _CMP["part_place_marks"])) + r")\b")


#: a part of the story's whole named without a proper name: "in the capital", "across the
#: northern region"; lexicon/comparison.json part_places.
_PART_PLACE = re.compile(r"\b(?:in|across|outside)\s+the\s+(" + "|".join(re.escape(p) for p in _CMP["part_places"]) + r")\b",
                         re.IGNORECASE)


def _demonym(word: str) -> bool:
    """A nationality word by its shape: "Armenian(s)", "Azeri", "Chinese", "Turkish"."""
    w = word.lower().rstrip("s")
    return w.endswith(("ian", "ese", "ish", "ean"))


_NOT_PLACES = frozenset(m for m in _MONTHS) | frozenset(lexicon.weekday_names())
#: nouns a place modifies as a market ("in New York trading"); lexicon/comparison.json market_nouns
_MARKET_NOUNS = frozenset(_CMP["market_nouns"].split())


#: a capitalised word of a counted noun's phrase ("Armenian soldiers"); a word of a share's whole
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_WHOLE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


#: a part's figure and "of the" right before a count: "three of the" five victims, "two of its"
#: eight tanks; that count is the whole the part is of
_PART_BEFORE_WHOLE = re.compile(r"(?:\b\d[\d,.]*|\b" + _NUMBER_WORD + r")\s+of\s+(?:the|its|their|his|her|our|these|those)\s+$",
                                re.IGNORECASE)
#: a copula right before a part ("was" of "Okafor was one of the nine people wounded")
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being|became|becomes|remains|remained)\s+$", re.IGNORECASE)


#: a verb of saying or giving a figure right before it, after its subject, "it was" at most
#: between ("the supporters' group says 8,500", "the registry counted 91,300", "says it was
#: nearer 8,500"; speakers.SAY_FORMS, GIVEN_FORMS; lexicon/comparison.json account_leads): its
#: subject is the figure's speaker, not what it counts
_ACCOUNT_VERB = re.compile(r"\w[\w'’]*\s+(?:" + "|".join(sorted(map(re.escape, SAY_FORMS | GIVEN_FORMS), key=len, reverse=True))
                           + r")\s+(?:(?:that\s+)?it\s+(?:was|is|were|had\s+been|has\s+been)\s+)?(?:(?:"
                           + "|".join(_CMP["account_leads"]) + r")\s+)?$", re.IGNORECASE)


def features(claim: Claim, common: frozenset = frozenset(), role: Optional[str] = None) -> _Features:
    """What grouping compares of a claim. ``common``: the places most documents of the claim's
    story name (the story's own places: "Norland", "Tarsen"), which tell no claim of it apart.
    ``role``: its ``role_of``, when the caller has read it already."""
    norm = claim.normalized
    unit = norm.unit if norm else claim.unit
    period = claim.per
    if "/" in unit:
        unit, period = unit.split("/", 1)
    if not period and claim.dimension == "currency":
        after = _sentence_after(claim)
        m = _RANGE_RATE.match(after) or _EACH_RATE.match(after) or _BRACKET_RATE.match(after) \
            or _LATE_RATE.match(after)
        period = _lemma(m.group(1)) if m else period
        if not period and (m := _PERIOD_BEFORE.search(_own_before(claim))):
            period = _period_named(m)  # "each day of the strike cost it £14 million", "the daily figure at £21 million"
        if not period:  # "the annual fee for home students will rise to £9,250": a fee per year
            period = next((_PERIOD_MODIFIERS[w] for w in _raw_words((claim.subject or "").split(",")[0])
                           if w in _PERIOD_MODIFIERS), None)
    elif not period and claim.dimension == "count":
        # "cancel about 410 flights a day", "1.9 million daily riders": a rate, not a total
        m = _COUNT_RATE.match(_sentence_after(claim))
        period = _period_named(m) if m else next(
            (_PERIOD_ADVERBS[w] for w in _raw_words(claim.surface) if w in _PERIOD_ADVERBS), None)
    speed = claim.dimension == "length" and unit == "metre per second" and bool(norm and norm.converted) \
        and claim.unit.partition(" per ")[0] not in _ACCUMULATION_UNITS
    if period and speed:
        # "300 metres an hour" is a speed, 5 metres a minute, as "0.3 km/h" is; but rain keeps
        # its window: "80 mm a day" is a day's total, "12 mm an hour" an hour's intensity
        period = None
    period = _PERIOD_SYNONYMS.get(period, period)  # "140 litres a head" is 140 litres per person
    unit = _PER_SYNONYM.sub(lambda m: " per " + _PERIOD_SYNONYMS[m.group(1)], unit)
    unit_words = set(_words(claim.unit)) | set(_words(claim.surface))  # "kilometer" is the unit
    words = [w for w in _words(claim.topic) if (w not in unit_words or claim.dimension == "count")
             and w not in _MONTH_WORDS]  # "In a ballot that closed on Aug. 14, 91% ...": a date, not the topic
    if words and all(w in _CHANGE_NOUNS for w in words) and ", " in (claim.subject or ""):
        # "Revenue was 412 million, against 389 million, an increase of 5.9%": an increase of
        # what the sentence is about, not any increase
        words = [w for w in _words(claim.subject.split(", ", 1)[1]) if w not in unit_words] or words
    if words and (source := _measured_by_source(claim)):
        words = [w for w in words if w not in source]  # "the water office recorded 290 mm": the office measured it
    whole, gapped = whole_of(claim)
    if gapped:  # a gapped list member's own topic is a guess: its list's whole names what it measures
        words = [w for w in _words(whole) if w not in unit_words]
    classes = [WORD_CLASS.get(w, w) for w in words]
    relation = read = relation_of(claim)
    if relation and claim.dimension == "count" and (part := _PART_BEFORE_WHOLE.search(before := _before(claim))) \
            and not _COPULA_BEFORE.search(before, 0, part.start()) \
            and relation not in {RELATION_OF.get(w) for w in _raw_words(claim.surface)
                                 + (_raw_words(_after(claim))[:1] if not claim.unit else [])}:
        # "Three of the five victims died", "two of its eight fuel tanks were breached": the
        # predicate is the part's; the whole (five victims, eight tanks) did not all die. Not
        # a relation the whole's own words name: "four of the nine wounded" were all wounded;
        # nor when the part is a copula's complement: "Okafor was one of the nine people
        # wounded in the attack" (the sentence's verb is "was": "wounded" is the nine's)
        relation = read = None
    role = role_of(claim) if role is None else role
    owner = ""
    if role == "age":
        # an age is its owner's, whatever the verb: "Lopez, 27, died" and "27-year-old Lopez"
        owner = _owner(claim)
        kind = "age"
        relation = None
    elif role == "frequency" and (frequency := _frequency_kind(claim)):
        kind = frequency  # "was sacked five times" counts sacks, as "five sacks" does
    elif claim.dimension == "count":
        head = _unit_head(claim)
        joined = _HYPHEN_COUNTED.match(claim.surface)
        if joined and head and _lemma(joined.group(1)) != head:
            # "a 240-seat parliament" counts seats, as "the parliament's 240 seats" does
            words, head = words + [head], _lemma(joined.group(1))
            relation = relation or _relation_in([joined.group(1)])
        if not head and (strong := _STRONG_AFTER.match(_after(claim))):
            # "the 58,000-strong union" counts the union's members, as "its 58,000 members" does
            collective = strong.group(1).lower()
            words, head = [w for w in words if w != "strong"] + [collective], _STRONG_MEMBERS[collective]
        if not head and (kind_of_part := _of_them_kind(claim)):
            head = kind_of_part  # "62 vehicles, 14 of them buses": 14 buses
        if not head and (counted := _number_of(claim)):
            head = _noun_lemma(_counted_noun(counted))  # "the number of measles cases has risen to 156": cases
            # "number" is the phrase's, not a word of what is counted: "reckoned the number of
            # spectators at 90,000" counts what "90,000 spectators" counts
            words = [w for w in words if w not in _NUMBER_NOUNS and w != head]
            classes = [WORD_CLASS.get(w, w) for w in words]
            if _word_relation(counted.group(1)) in PERSON_RELATIONS:
                head = ""  # "the number of injured stands at 29": persons, as "29 were injured" are
        counted_of = _COUNTED_OF.match(_after(claim)) if head in _COUNTER_NOUNS else None
        if counted_of:
            head = _noun_lemma(counted_of.group(1).lower())  # "400 head of cattle" counts cattle
        container = _COUNTED_AS_BEFORE.search(_before(claim))
        if container and WORD_CLASS.get(head) == "person":
            head = _COUNTED_AS[container.group(1).lower()]  # "the bodies of 27 people": 27 bodies
        cls = WORD_CLASS.get(head, head)
        if not head and not _ACCOUNT_VERB.search(_own_before(claim)):
            # a bare count names what it counts in its topic: "the civilian toll climbed to 23";
            # not a count a verb of saying gives, whose subject is its speaker ("the port company
            # says 870" counts no companies)
            named = [WORD_CLASS[w] for w in _words((claim.topic or "").split(",")[0]) if w in WORD_CLASS]
            cls = named[0] if named and named[0] != "person" else cls
        # not the whole a part is out of ("about 75 flooded, out of some 480"): no noun gapped
        gapped = _gapped_noun(claim) if not head and not cls and not _whole_after_part(_sentence_before(claim)) else ""
        if gapped and relation in (None, _word_relation(gapped)):
            # "Renewal won 111 seats, while the Democrats fell to 87": 87 seats
            cls, relation = _lemma(gapped), _word_relation(gapped)
        last = _raw_words((claim.topic or "").split(",")[0])[-1:] if not head and not cls else []
        if last and relation and relation not in PERSON_RELATIONS and _word_relation(last[0]) == relation \
                and not _PARTICIPLE.fullmatch(last[0]):  # "291 were rescued", "97 damaged": a state, no noun
            cls = _lemma(last[0])  # "Measles cases have risen to 148" counts cases, as "148 cases" does
        elif last and _lemma(last[0]) != last[0] and _word_relation(last[0]) is None and not _is_people(last[0]) \
                and _level_reached(claim):
            # "Shooting incidents dropped 20 percent, to 312": the level the subject's noun moved
            # to counts incidents, not the people shot
            cls = _lemma(last[0])
        if relation == "magnitude" and (not head or _relation_in(_raw_words(claim.unit)) == "magnitude"):
            cls = "magnitude"
        elif relation == "magnitude":
            relation = None  # "a 5.9 magnitude quake leveled seven villages": the villages have none
        elif relation in _RELATION_CLASS and cls in ("", "person"):
            cls = _RELATION_CLASS[relation]  # "employs 14,000 people" counts employees, as "14,000 employees" does
        elif relation in _RELATION_CLASS and cls != _RELATION_CLASS[relation] and not _is_people(cls):
            relation = None  # "employs 13,600 people in 19 countries": the countries employ no one
        elif relation in _POSTS_OF_PEOPLE and (cls == "person" or _is_people(cls)) and _posts_of(claim, relation):
            cls = _POSTS_OF_PEOPLE[relation]  # "1,650 employees would lose their jobs": 1,650 jobs cut
        elif relation in PERSON_RELATIONS and cls in ("", "person"):
            cls = "person"  # "50 were injured" counts persons as "50 people injured" does
        if cls == "person" and relation in _NOT_OF_PERSONS:
            relation = None  # "passing ships pulled 61 people from the water": no yards
        if relation in _PEOPLE_OF_A_WHOLE and cls not in ("", "person") and not _is_people(cls):
            relation = None  # "fired 220 rounds into the crowd": rounds, no crowd's size
        kind = "count:" + cls
        if relation == "paid":
            relation = None
        if head:
            words = [w for w in words if w != head]
            classes = [WORD_CLASS.get(w, w) for w in words]
    else:
        # a length over a time is a speed, as "0.3 km/h" is: "300 metres an hour"
        kind = f"{'speed' if speed else claim.dimension}:{unit}"
        if claim.dimension == "time" and not period:
            kind += _duration_mark(claim)
        if relation in PERSON_RELATIONS and claim.dimension != "percentage":
            relation = None  # "arrested 12 people after seizing 2,400 kilograms": no weight is arrested
    difference = False
    if claim.change in _MOVES and claim.dimension != "percentage" and kind != "age" \
            and _DIFFERENCE_BEFORE.search(_own_before(claim)):
        kind += ":" + claim.change  # "the population grew by 4,000" is a difference, no population
    elif claim.dimension != "percentage" and kind != "age" and (side := _difference_after(claim)):
        kind += ":" + side  # "40 knots faster than normal", "a $100 increase": a difference
        classes = [w for w in classes if w not in _DIFFERENCE_NOUN_SIDE]  # the kind says "increase" now
        difference = True  # "$100 more expensive" is no further $100
    if claim.dimension == "count" and relation in CASUALTY and _WITH_PERPETRATOR.match(claim.sentence, claim.end - claim.sentence_start):
        kind += ":with the perpetrator"  # "Two people, including the gunman, are dead": not the victims' toll
    if claim.dimension in ("count", "currency", "percentage") and kind != "age" and _combined(claim):
        kind += ":combined"  # "a combined workforce of 49,000": several owners' sum, no one's figure
    if claim.dimension == "count" and kind != "age" and _STREAK.match(_streak_text(claim)):
        kind += ":streak:" + _verb_lemma(claim)  # "won four straight" vs "lost three straight"
    if claim.dimension in ("count", "currency") and _EXCHANGE_RATE.match(_after(claim)):
        # "about two marks to the euro": a rate, no sum ("fell 1.1% against the dollar" is a move)
        kind, relation = "exchange rate", None
    if period in _TIME_PERIODS and relation in _RATE_RELATION:
        relation = _RATE_RELATION[relation]  # "a contract worth £180,000 a week" is pay, no price paid once
    if kind != "age" and isinstance(claim.context, Context):
        owner = claim.context.agent  # "Luck threw for 205 yards": Luck's yards
    anchor, bearing = _anchor(claim)
    read_places = not (anchor or relation in _BASED)
    places = _places(claim, common, destinations=relation not in CASUALTY, classes=classes) if read_places else frozenset()
    to = _distance_to(claim) if read_places else ""
    if to:
        places |= {to}  # the place the distance is to, even the story's own
    if anchor:
        kind, relation = f"{kind} from {anchor}", "distance"  # the anchor names what is measured
    # parties: the capitalised adjectives of what is counted ("Armenian soldiers")
    head = (claim.topic or "").split(",")[0]
    party = frozenset(w.lower() for w in _CAPITALISED_WORD.findall(head) if _demonym(w))
    if classes and all(w in _REFERRING for w in classes):
        classes = []  # "the device weighs about 1.4 pounds": the story's object, named elsewhere
    full = read if relation is None else relation
    # a share price's move in a session ("rose 2.1 percent in afternoon trading") is no level ("a
    # 9 percent market share"). Moves in money are not told apart so: that cost a trap of the
    # tune half (an undated close the day's move had kept apart from the next day's)
    moment = _moment(claim)
    traded = moment is not None
    direction = _direction(claim)
    moves = traded and direction in _MOVES  # a percentage's move ("rose", "a drop of"): _direction
    # an age is its owner's whatever the day its sentence tells ("said Mara Pellow, 58, who has
    # waited since yesterday"; "on Friday her son, 31, was brought out")
    when = "" if full in TIME_ORDERED or kind == "age" else when_of(claim, moment, window=full not in _BASED)
    if moves and not when and _MOVE_SPAN.search(_own_before(claim) + " " + _after(claim)):
        when = "span"  # "has gained 14 percent this year": no one session's move
    scope = scope_of(claim, full)
    if kind == "age" and _AGE_THEN.search(_sentence_before(claim)):
        scope = "other"  # "since I was eight years old": the age then, not now
    elif kind == "age" and (scope in ("expected", "required", "counterfactual") or made_ago(claim)):
        # "a payment is expected soon, Vask, 49, said": the clause's plan, not the age's; "built
        # 31 years ago": the "ago" gives the age, it dates no other event
        scope = "this"
    if claim.change == "<":
        classes += [_MAXIMA_OF[c] for c in classes if c in _MAXIMA_OF]  # winds "of up to 150 km/h" are gusts
    side = side_of(claim) or rank_of(claim) or deal_part_of(claim)
    stance = stance_of(claim)
    if stance:  # "Corvane's offer remains 4.5%, against the 14% the union is demanding": no offer's 14%
        classes = [w for w in classes if _STANCE_WORDS.get(w, stance) == stance]
    if side == "part:potential" and scope == "this":
        scope = "expected"  # "a potential £84 million", "could eventually collect €98 million": what may be paid
    if classes and all(c in _COMPANY_CLASSES for c in classes):
        classes = []  # "values the company at £3.9bn": the story's company, named or not, says nothing of what is measured
    measures = _property(claim) or (_share_measures(claim) if whole else "")
    if relation in _GAINED_LENGTHS and measures in _CROSS_MEASURES:
        relation = None  # "a path up to 900 yards wide": how wide a thing is, no yards gained
    return _Features(kind, period, frozenset(classes), relation, places, party,
                     scope, not difference and _partial(claim, full), owner, when,
                     _whole_words(whole),  # "of its staff" = "of its workforce"
                     measures, _market(claim, full), _event_day(claim, full), side,
                     moves, traded, variant=_variant(classes) or _real_terms(claim) or _stated_vacant(claim), direction=direction,
                     statistic=_statistic(claim, classes), stance=stance, item=item_of(claim), motion=motion_of(claim),
                     to=to, bearing=bearing, term=term_of(claim), rival=_rival(claim), span=_span(claim),
                     over_time=_over_time(claim, direction), holder=_holder(claim), reach=_reach(claim))


_SPAN_AFTER = _CMP["span_after"]
#: a span right after a figure: "in three hours", "of rain fell within 48 hours", "over the first
#: two days"; comparison.json span_after
_SPAN = re.compile(r"^(?:\s+(?!(?:" + _alternatives(_SPAN_AFTER["not_between"]) + r")\b)[a-z]+){0,6}?\s+(?:"
                   + _alternatives(_SPAN_AFTER["prepositions"]) + r")\s+(?:(?P<opener>" + _alternatives(_SPAN_AFTER["openers"])
                   + r")\s+)?(?P<n>\d+|" + _alternatives(sorted(_SPAN_AFTER["one"], key=len, reverse=True)) + "|"
                   + _alternatives(sorted(_NUM["small"], key=len, reverse=True)) + r")[\s-]+(?P<unit>"
                   + _alternatives(_SPAN_AFTER["units"]) + r")(?P<plural>s?)\b(?:\s+(?P<since>"
                   + _alternatives(_SPAN_AFTER["since"]) + r")\b)?", re.IGNORECASE)


def _span(claim: Claim) -> str:
    """The span a figure accumulated over, in hours, when the words right after it state one
    (comparison.json span_after): "3" of "31 mm of rain fell in three hours", "1" of "14 mm in
    an hour", "336" of "in the 14 days" and of "in the two weeks"; "" for a duration or an age,
    for a distance ("covered 238 km in three hours": a distance does not pile up as rain does),
    when none follows, or for time elapsed since something ("within six hours of the
    announcement", "in the five days since the signing": a count that grows, told at a moment).
    Example: in "Crews made 220 arrests within 48 hours", the 220's span is "48"."""
    if claim.dimension == "time" or claim.unit == "year of age" \
            or claim.dimension == "length" and claim.unit.partition(" per ")[0] not in _ACCUMULATION_UNITS:
        return ""  # "covered the 238 km in under three hours": the distance, and the time it took
    m = _SPAN.match(_sentence_after(claim))
    if m is None:
        return ""
    if m.group("since") and not (m.group("since").lower() == "of" and m.group("opener")
                                 and m.group("opener").lower() in _SPAN_AFTER["of_openers"]):
        # "within six hours of the announcement": time since it; but "in the first two days of
        # a sale" is that sale's first two days
        return ""
    n = m.group("n").lower()
    if n == "the" and m.group("plural"):
        return ""  # "in the hours before": how many is not said
    count = int(n) if n.isdigit() else 1 if n in _SPAN_AFTER["one"] else _NUM["small"].get(n)  # "three" -> 3
    if count is None:
        return ""
    _, seconds = base_unit(m.group("unit").lower())  # "14 days" is "two weeks"
    return f"{count * seconds / 3600:g}"


#: a noun for a competitor standing as a noun of its own, before a figure: after a possessive
#: ("its closest rival", "Quillmark's larger rival") or before a name or a comma ("Rival Halvik
#: Auto", "a rival, Brightwater,"); not "a rival bid", a word describing the noun after it
#: (comparison.json rivals)
_RIVAL_NOUN = "(?i:" + _alternatives(_CMP["rivals"]) + ")"
_RIVAL_ONE = "(?i:" + _alternatives(w for w in _CMP["rivals"] if not w.endswith("s")) + ")"
_RIVAL = re.compile(r"\b(?:(?i:its|their|his|her|our)|[A-Z][\w'’-]*['’]s)\s+(?:[a-z]+\s+){0,2}" + _RIVAL_NOUN + r"\b"
                    r"|\b(?i:a|the|one)\s+(?:[\w.'’-]+\s+){0,3}" + _RIVAL_ONE + r"(?=\s*,)|\b" + _RIVAL_NOUN + r"(?=\s+[A-Z])")
#: a rival right after a figure: "at its biggest rival", "for its closest competitor"
#: (comparison.json rival_after)
_RIVAL_AFTER = re.compile(r"^\s*(?:" + _alternatives(_CMP["rival_after"]) + r")\s+(?i:its|their|his|her|our)\s+"
                          r"(?:[a-z]+\s+){0,2}" + _RIVAL_NOUN + r"\b", re.IGNORECASE)
#: a word that turns from the rival back to the story's own thing (comparison.json rival_contrasts)
_RIVAL_CONTRAST = re.compile(r"\b(?:" + _alternatives(_CMP["rival_contrasts"]) + r")\b", re.IGNORECASE)


def _rival(claim: Claim) -> str:
    """The competitor whose figure it is, when its sentence names a rival before it as a noun of
    its own: "brightwater industries" of "Its nearest rival, Brightwater Industries, had revenue of
    $3.1 billion", "halvik auto" of "Rival Halvik Auto delivered 91,200 cars" and of "Halvik Auto,
    its closest rival, delivered ..."; "?" for a rival it does not name ("Quillmark's larger rival
    said its revenue rose 14%"); "" for the story's own figures. A rival right after the figure
    gives it too: "marlow" of "web sales are 9% of turnover, against 25% at its closest rival,
    Marlow"."""
    before = claim.sentence[:max(claim.start - claim.sentence_start, 0)]
    found = _last(_RIVAL, before)
    rest = _sentence_after(claim) if found is None else ""
    if found is None and (after := _RIVAL_AFTER.match(rest)):
        # "web sales are 9% of turnover, against 25% at its closest rival, Marlow": Marlow's share
        name = _NAME_AFTER_RIVAL.match(rest, after.end())
        return " ".join(_raw_words(name.group(1))) if name else "?"
    if found is None or _RIVAL_OBJECT_BEFORE.search(before[:found.start()]) or _RIVAL_CONTRAST.search(before, found.end()):
        # "agreed to buy its smaller rival Quenmoor Air for €1.9 billion", "to buy Ferrovane, its
        # biggest rival, for $4.2 billion": the deal's own figure; "its rival costs €31,500,
        # against €29,900 for the Solis": the story's own again
        return ""
    name = _NAME_AFTER_RIVAL.match(before, found.end()) or _NAME_BEFORE_RIVAL.search(before[:found.start()])
    return " ".join(_raw_words(name.group(1))) if name else "?"


#: words before a rival that make it what a deal is about (comparison.json rival_objects)
_RIVAL_OBJECT_BEFORE = re.compile(r"\b(?:" + _alternatives(_CMP["rival_objects"]) + r")\s+(?:[A-Z][\w'’-]*\s+)*(?:[A-Z][\w'’-]*,\s+)?$",
                                  re.IGNORECASE)
#: a capitalised name right after a rival noun ("rival, Brightwater Industries,", "Rival Halvik Auto")
_NAME_AFTER_RIVAL = re.compile(r"\s*,?\s*((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)")
#: a capitalised name set before a rival noun in apposition ("Halden Air, its closest rival")
_NAME_BEFORE_RIVAL = re.compile(r"((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*),\s+$")


#: a body's or instrument's verb of measuring right before a figure, "it" and "at" or "that" and a
#: qualifier between: "it recorded ", "measured it at ", "show ", "suggest that about "
#: (comparison.json measuring_sources)
_SOURCES_MEASURING = _CMP["measuring_sources"]
_MEASURED_BEFORE = re.compile(r"\b(?:" + _alternatives(_SOURCES_MEASURING["verbs"]) + r")\s+(?:it\s+at\s+|that\s+)?"
                              r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than|at\s+least|only|just)\s+)?$",
                              re.IGNORECASE)
_SOURCE_NOUNS = frozenset(_SOURCES_MEASURING["nouns"])
_SOURCE_VERBS = frozenset(_SOURCES_MEASURING["verbs"])


def _measured_by_source(claim: Claim) -> frozenset:
    """The words of a figure's topic that name the body or instrument that measured it, when a
    verb of measuring stands right before the figure and the topic's subject is such a body (its
    head a noun of comparison.json measuring_sources): "the county water office ... said it
    recorded 290 mm" (all of "county water office"), "logs seen by the paper show 140 ship
    calls" (the owner "logs" and the verb, not "ship calls"). Empty for any other figure: "Chris
    Wood scored 12 goals" is Wood's; "Marrowgate recorded 60 mm", a place's reading
    (``_places``)."""
    if not _MEASURED_BEFORE.search(_own_before(claim)):
        return frozenset()
    topic = claim.topic or ""
    counted, _, owner = topic.partition(", ") if claim.dimension == "count" else ("", "", topic)
    heads = [w for part in owner.split(", ") for w in _raw_words(part)[-1:]]
    if not any(h in _SOURCE_NOUNS or _lemma(h) in _SOURCE_NOUNS for h in heads):
        return frozenset()
    verbs = frozenset(w for w in _words(counted) if w in _SOURCE_VERBS or _lemma(w) in _SOURCE_VERBS)
    return frozenset(_words(owner)) | verbs


def _rivals_apart(a: _Features, b: _Features) -> bool:
    """Whether one figure is a rival's and the other is not that rival's: the story's own figure
    (whose words do not name the rival), or another rival's."""
    if a.rival == b.rival:
        return False
    if a.rival and b.rival:
        return "?" not in (a.rival, b.rival)
    named = set((a.rival or b.rival).split()) - {"?"}
    return not (named & (b.words if a.rival else a.words))  # "Halvik Auto delivered 96,800" is the rival's too


def _whole_words(whole: str) -> frozenset:
    """The words of a share's whole, each as its class ("of its staff" = "of its workforce"), a
    noun of several words as the one word it abbreviates ("of gross domestic product" = "of
    GDP"), and a word alone as the whole it names ("of output" = "of GDP")."""
    words = [_lemma(x) for x in _WHOLE_WORD.findall(_one_noun(whole)) if x.lower() not in _STOP]
    if len(words) == 1 and words[0] in _WHOLE_ALONE:
        words = [_WHOLE_ALONE[words[0]]]
    return frozenset(WORD_CLASS.get(w, w) for w in words)


def _direction(claim: Claim) -> str:
    """Which way a percentage moved: "up" of "costs rose 5.4%", "down" of "fuel costs fell 4%"
    and of "a drop of 4%" (``_move``); "" for a level ("a 9% share") and for any other figure.
    Two outlets that report one measure's move agree on its direction: a rise and a fall in one
    group are two measures (ticket sales that "rose 3.1%" against food sales that "fell 2%"; a
    day's jump against a year's fall)."""
    return _move(claim) if claim.dimension == "percentage" else ""


#: nouns of a move -> its direction; lexicon/comparison.json move_nouns.
_MOVE_NOUNS = {w: d for d, words in _CMP["move_nouns"].items() for w in words}
_MOVE_NOUN_BEFORE = re.compile(r"\b(" + _alternatives(_MOVE_NOUNS) + r")\s+of\s+$", re.IGNORECASE)
_MOVE_NOUN_AFTER = re.compile(r"^\s*(" + _alternatives(_MOVE_NOUNS) + r")\b(?!-)", re.IGNORECASE)


def _move(claim: Claim) -> str:
    """The direction a figure moves: its stated change ("rose 14%"), else for a percentage the
    move a noun next to it names: "a drop of 9%", "Friday's 8 per cent slide", "a 6% rise
    in sales" (lexicon/comparison.json move_nouns); "" for a level."""
    if claim.change in _MOVES:
        return claim.change
    if claim.dimension != "percentage" or claim.change not in ("=", "~"):
        return ""
    m = _MOVE_NOUN_BEFORE.search(_sentence_before(claim)[-40:]) or _MOVE_NOUN_AFTER.match(_sentence_after(claim))
    if m:
        return _MOVE_NOUNS[m.group(1).lower()]
    # the subject that names it: "The rise came to 3.2%"; not a noun after it ("9% is a pay
    # cut in all but name": what the speaker calls it)
    head = _raw_words((claim.topic or "").split(",")[0])[-1:]
    if head and head[0] in _MOVE_NOUNS and re.search(r"\b" + re.escape(head[0]) + r"\b", _sentence_before(claim), re.IGNORECASE):
        return _MOVE_NOUNS[head[0]]
    return ""


#: words after a move that measure it against an earlier time; lexicon/comparison.json move_bases.
_MOVE_BASE_AFTER = re.compile(r"^\s*(?:" + _alternatives(_CMP["move_bases"]) + r")\b", re.IGNORECASE)
#: nouns that name a percentage a share of a whole; lexicon/comparison.json share_nouns.
_SHARE_NOUNS = frozenset(_CMP["share_nouns"])


def _a_share(f: "_Features") -> bool:
    """Whether a figure is a share of a whole: followed by its whole ("7% of the line's
    bookings"), or named a share ("the share of trips made by bus reached 12%", "the proportion
    of homes heated by gas is 61%"). Such a level is never a measure's rise or fall."""
    return bool(f.whole) or f.kind.startswith("percentage") and bool(f.words & _SHARE_NOUNS)


#: a proper name, set off by an aside or not, then a verb of holding right before a percentage:
#: "Kelstrom Air, the largest carrier, holds " (lexicon/comparison.json holding_verbs)
_HOLDER_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:The|A|An|It|Its|They|Their|He|She)\b)([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                            r"(?:,[^,;]{1,60},)?\s+(?:" + _alternatives(_CMP["holding_verbs"]) + r")\s+"
                            r"(?:(?:about|around|nearly|almost|roughly|some|just|over|under|more\s+than|less\s+than)\s+)?$")


def _holder(claim: Claim) -> str:
    """Who holds a share, by the proper name that is the subject of a verb of holding right
    before it (comparison.json holding_verbs): "orvane" of "Orvane holds 28 per cent of
    seats"; "" for any other figure."""
    if claim.dimension != "percentage":
        return ""
    m = _HOLDER_BEFORE.search(_own_before(claim)[-120:])
    return m.group(1).lower() if m else ""


def _holders_apart(a: str, b: str) -> bool:
    """Whether two named holders are two: their names share no word ("orvane" and "kelstrom
    air"; not "orvane" and "orvane airways")."""
    return bool(a) and bool(b) and not set(a.split()) & set(b.split())


def _over_time(claim: Claim, direction: str) -> bool:
    """Whether a percentage's move is a measure's change over time, never a share of a whole:
    any rise ("bookings rose 7%"), and a fall measured against an earlier time ("revenue was down
    6% on a year earlier", "fell 19% in the quarter"). A bare fall may be a share of what was
    lost: "ferry sailings were down by 60 percent" is "60 percent of sailings were lost"."""
    return direction == "up" or direction == "down" and bool(_MOVE_BASE_AFTER.match(_after(claim)))


#: a measure's variant words -> the variant they name; lexicon/comparison.json measure_variants.
_VARIANTS = {w: name for name, words in _CMP["measure_variants"].items() for w in words.split()}


def _variant(words) -> str:
    """The variant of a measure that a figure's words name: "core" of "core inflation", "median"
    of "the median salary"; "" for the measure as usually meant ("inflation", "headline
    inflation", "net profit"). Two figures of different variants are different quantities."""
    return next((_VARIANTS[w] for w in words if _VARIANTS.get(w)), "")


#: statistic word -> the statistic it names ("averaged" -> "average"); lexicon/comparison.json statistics.
_STATISTICS = {w: name for name, words in _CMP["statistics"].items() for w in words}
_STATISTIC_BEFORE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, _STATISTICS)) + r")\s+(?:(?:of|at|to|was|were|is|stood at)\s+)?"
                               r"(?:(?:about|around|nearly|almost|roughly|some|just)\s+)?$", re.IGNORECASE)
#: a statistic's phrase right after the figure: "4 per cent on average" (comparison.json statistics_after)
_STATISTICS_AFTER = {p: name for name, phrases in _CMP["statistics_after"].items() for p in phrases}
#: "can" and a verb, then "to", "up to", "as long as" right before a figure: how far a thing can
#: go (comparison.json can_extremes)
_CAN_EXTREME = re.compile(r"\bcan\s+(?:[a-z]+\s+){1,2}?(?:" + _alternatives(_CMP["can_extremes"]) + r")\s+$",
                          re.IGNORECASE)
_STATISTIC_AFTER = re.compile(r"^\s*,?\s*(" + _alternatives(_STATISTICS_AFTER) + r")\b", re.IGNORECASE)
_FIRST_DIGIT = re.compile(r"\d")
#: a statistic's phrase opening the sentence, before a comma, which is every figure's of it that
#: names none of its own: "On average, a crossing took 52 minutes", "Outside the peak, ferries sail
#: every 40 minutes"
_STATISTIC_OPENING = re.compile(r"^\W*(" + _alternatives(_STATISTICS_AFTER) + r")\s*,", re.IGNORECASE)
#: a statistic's hyphened word in a figure's topic, read before the words it splits into: "off-peak"
#: (no "peak") of "an off-peak single of €3"
_STATISTIC_COMPOUND = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w).replace("\\-", r"[-\s]") for w in _STATISTICS if "-" in w)
                                 + r")(?![\w-])", re.IGNORECASE)
#: the ends of a spread after a verb of ranging (comparison.json range_verbs): "ranged from about
#: $2,400 for an inside cabin" is the lowest, "... to $11,800 for a suite" the peak
_RANGE_VERB = r"\b(?:" + "|".join(_CMP["range_verbs"]) + r")\s+(?:\w+\s+){0,2}?from\s+"
_RANGE_LOW_BEFORE = re.compile(_RANGE_VERB + r"(?:(?:about|around|nearly|roughly|some|just|as\s+little\s+as)\s+)?$", re.IGNORECASE)
_RANGE_RULES = frozenset({"range", "range-join"})
_RANGE_HINT = re.compile(_RANGE_VERB, re.IGNORECASE)
_RANGE_HIGH_BEFORE = re.compile(_RANGE_VERB + r"[^.;:]{1,80}?\bto\s+(?:(?:about|around|nearly|roughly|some|just|as\s+much\s+as)\s+)?$",
                                re.IGNORECASE)


#: a conversion in brackets right after a figure: "($1.3 billion)"
_CONVERSION_AFTER = re.compile(r"^\s*\([^()]{1,40}\)")
#: a sum's span right after it, or after what it is in: "over the life of the bond", "over the
#: next five years", "in dividends over the past five years", "across the decade";
#: lexicon/comparison.json span_totals (a number of years counts too)
_SPAN_TOTAL = re.compile(r"^\W*(?:(?:in|of)\s+(?:[a-z]+\s+){1,2}?)?(?:over|across)\s+(?:the\s+|its\s+|their\s+)?(?:(?:next|coming|past|last)\s+)?"
                         r"(?:\S+\s+)?(?:" + _alternatives(_CMP["span_totals"]) + r")\b", re.IGNORECASE)
#: a word of a sum paid once, then its noun and "of", right before the sum: "a one-off cost of ";
#: lexicon/comparison.json one_off_words
_ONE_OFF_BEFORE = re.compile(r"\b(?:" + _alternatives(_CMP["one_off_words"]) + r")\s+(?:[a-z-]+\s+){0,2}?(?:of|worth|totalling|totaling)\s+"
                             r"(?:(?:about|around|roughly|some|nearly|almost|up\s+to)\s+)?$", re.IGNORECASE)


def _statistic(claim: Claim, classes) -> str:
    """The statistic a figure is (lexicon/comparison.json statistics): "average" of "an average of
    1.4 million viewers" and "averaged 207 km/h", "peak" of "peaked at 2.2 million" and "his fastest
    serve was 226 km/h"; "" when its phrase names none."""
    if claim.dimension == "currency" and not claim.per and (
            _SPAN_TOTAL.match(_own_after(claim)) or _SPAN_TOTAL.match(_CONVERSION_AFTER.sub("", _sentence_after(claim), 1))):
        # "$4.4 billion over the life of the bond": no one year's sum; nor "€1.2 billion ($1.3
        # billion) over the five days", past its conversion and the span's own figure
        return "total"
    if claim.dimension == "currency" and not claim.per and _ONE_OFF_BEFORE.search(_sentence_before(claim)):
        return "total"  # "for a one-off fee of €60 million": paid once, no year's sum
    lead = _FIRST_DIGIT.search(claim.surface)
    text = _before(claim, _SEGMENT_BEFORE) + " " + claim.surface[:lead.start() if lead else 0]
    found = _STATISTIC_BEFORE.search(text.rstrip() + " ")
    if found:
        return _STATISTICS[found.group(1).lower()]
    found = _STATISTIC_AFTER.match(_own_after(claim))
    if found:
        return _STATISTICS_AFTER[" ".join(found.group(1).lower().split())]
    if _CAN_EXTREME.search(_own_before(claim)):
        return "peak"  # "usually 40 minutes but can stretch to 90 minutes": how far it can go
    # "from 30 to 90 euros" read as one range is the spread itself, neither of its ends; most
    # sentences have no verb of ranging, and one search spares them the two below
    spread = "from" in claim.sentence.lower() and _RANGE_HINT.search(claim.sentence) \
        and not _RANGE_RULES.intersection(claim.rules or ())  # the substring test first: far cheaper
    before = _sentence_before(claim) if spread else ""
    if _RANGE_LOW_BEFORE.search(before):
        return "lowest"  # "fares ranged from about $2,400": the cheapest, no one fare
    if _RANGE_HIGH_BEFORE.search(before):
        return "peak"  # "... to $11,800 for a suite": the dearest
    found = _STATISTIC_OPENING.match(claim.sentence)
    if found and found.end() <= claim.start - claim.sentence_start:
        return _STATISTICS_AFTER[" ".join(found.group(1).lower().split())]
    # the figure's own subject or topic ("an off-peak return costs £6.80"), which writes "off peak"
    compound = _STATISTIC_COMPOUND.search((claim.subject or "").split(",")[0] + " / " + (claim.topic or ""))
    if compound:
        return _STATISTICS[re.sub(r"\s+", "-", compound.group(1).lower())]
    return next((_STATISTICS[w] for w in classes if w in _STATISTICS), "")


#: a number joined by a hyphen to a noun of lexicon/comparison.json term_nouns, the modifier of a
#: figure's noun phrase: "two-year" of "the average two-year fix cost 4.87%"; not an age ("-year-old")
_TERM = re.compile(r"(?<![\w-])(\d+|" + _NUMBER_WORD + r")-(" + "|".join(_CMP["term_nouns"])
                   + r")s?\b(?!-old)", re.IGNORECASE)
#: the words between a term and its figure: at most five, with no figure or punctuation
_TERM_GAP = re.compile(r"\s*(?:[^\W\d][\w'’-]*\s+){0,5}", re.IGNORECASE)


def term_of(claim: Claim) -> str:
    """The term the figure's own phrase names before it: "2-year" of "The average two-year fixed-rate
    mortgage cost 4.87%" and of "a 2-year fix at 4.8 per cent"; "48-hour" of "the 48-hour total
    reached 91 mm"; "" when none does, or when a figure, a comma or more than five words come
    between ("After a three-day strike, prices fell 5%": the strike's, not the prices'). Two
    figures of different terms are different quantities; one with none may be either."""
    before = _own_before(claim)
    if "-" not in before:
        return ""
    last = None
    for last in _TERM.finditer(before):
        pass
    if last is None or not _TERM_GAP.fullmatch(before, last.end()):
        return ""
    number = last.group(1).lower()
    value = int(number) if number.isdigit() else (_NUM["small"].get(number) or _NUM["tens"].get(number))
    return f"{value}-{last.group(2).lower()}" if value is not None else ""


#: a phrase that makes a figure its measure's real variant; lexicon/comparison.json real_terms.
_REAL_TERMS = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _CMP["real_terms"]) + r")\b", re.IGNORECASE)


#: a predicate right after a figure's phrase that says its things are vacant: "were vacant",
#: "stood empty", "currently unfilled" (the words of measure_variants' "vacant")
_VACANT_AFTER = re.compile(r"^[^,;:.]{0,40}?\b(?:" + _AUXILIARIES + r"|remain|remains|remained|stood|stand|stands|lie|lies|lay"
                           r"|currently|still|now)\s+(?:(?:still|currently|now|left)\s+)?(?:"
                           + "|".join(w for w, v in _VARIANTS.items() if v == "vacant") + r")\b", re.IGNORECASE)


def _stated_vacant(claim: Claim) -> str:
    """"vacant" when the predicate after a figure says its things are ("13% of posts were
    vacant", "6 diver posts currently unfilled"), as "13% vacant posts" or "the vacancy rate"
    say in their words (measure_variants); else ""."""
    if not _VACANT_AFTER.match(_own_after(claim)):
        return ""  # most figures: one anchored match, before the whole's searches
    # "62 of the prison's 410 posts are vacant": the part's predicate, not the 410's
    return "" if _whole_after_part(_sentence_before(claim)) else "vacant"


def _real_terms(claim: Claim) -> str:
    """"real" when the figure's own phrase or clause says it is after inflation ("rose 3.4% in
    real terms", "a real-terms rise of 2%"), else "": of a sum or a percentage only ("real-terms
    pay cuts for three years running" counts years, which have no real variant)."""
    if claim.dimension not in ("currency", "percentage"):
        return ""
    after = _own_after(claim)
    real = _REAL_TERMS.search(after)
    if real and _OF_NEXT_FIGURE.match(after, real.end()):
        # "with fuel up 9% the deal brings a real-terms loss of 3 points": the next figure's phrase
        after = after[:real.start()]
    own = _phrase_before(claim) + " " + after
    return "real" if _REAL_TERMS.search(own) else ""


def _phrase_before(claim: Claim) -> str:
    """The figure's own phrase before it: the segment before it (``_SEGMENT_BEFORE``), from its
    last joint on ("rose 4% in real terms and prices rose 2%": the 2%'s phrase starts after "and")."""
    before = _before(claim, _SEGMENT_BEFORE)
    joint = _last(_PHRASE_JOINT, before)
    return before[joint.end():] if joint else before


#: a market's reach by its words (comparison.json market_reaches): "domestic", "abroad", "worldwide"
_REACHES = {w: name for name, words in _CMP["market_reaches"].items() for w in words}
_REACH_WORDS = re.compile(r"\b(" + _alternatives(sorted(_REACHES, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_REACH_OPENING = re.compile(r"^\W*(" + _alternatives(sorted(_REACHES, key=len, reverse=True)) + r")\s*,", re.IGNORECASE)


def _reach(claim: Claim) -> str:
    """The market a sum, a count or a share is of, when its own phrase or clause names one
    (comparison.json market_reaches): "domestic" of "earned $61 million at home", "abroad" of
    "Abroad, the game earned $87 million" and of "in 40 overseas markets", "worldwide" of
    "worldwide sales of $148 million"; "" when none is named, as for most figures. Read as
    ``_real_terms`` reads its phrases; a sentence-opening adverb before its comma is every
    figure's after it."""
    if claim.dimension not in ("currency", "count", "percentage") or not _REACH_WORDS.search(claim.sentence):
        return ""  # most sentences name no market: one search spares the phrases' reading
    # after it, to its clause's end past any figure ("earned $87 million in 40 overseas markets")
    after = re.split(r"[,;:.!?]|\b(?:and|but|while|whereas)\b", _sentence_after(claim), maxsplit=1)[0]
    own = _phrase_before(claim) + " " + claim.surface + " " + after
    found = _REACH_WORDS.findall(own)
    if not found:
        opening = _REACH_OPENING.match(claim.sentence)
        found = [opening.group(1)] if opening and opening.end() <= claim.start - claim.sentence_start else []
    reaches = {_REACHES[w.lower()] for w in found}
    return reaches.pop() if len(reaches) == 1 else ""


#: the end of a clause after a figure that is the next figure's own phrase: a few words and "of"
#: right before it ("... a real-terms loss of" 3 points)
_OF_NEXT_FIGURE = re.compile(r"(?:[\s-]+[a-z]+){0,2}\s+of\s*$", re.IGNORECASE)


#: a word that ends the phrase before a figure ("_real_terms"), "or" and capitals included
_PHRASE_JOINT = re.compile(r"\b(?:and|or|but|while|whereas)\b", re.IGNORECASE)


#: a comparative and "than" right after a figure (its unit or noun in its span; "more" or "less"
#: and an adjective: "$100 more expensive than"): the figure is a difference ("40 knots faster
#: than normal"); lexicon/comparison.json difference_after.
_DIFFERENCE_SIDE = {w: side for side, words in _CMP["difference_after"].items() for w in words}
_DIFFERENCE_AFTER = re.compile(r"^\s+(" + "|".join(sorted(_DIFFERENCE_SIDE, key=len, reverse=True))
                               + r")\s+(?:(?:(?<=more\s)|(?<=less\s))[a-z]+\s+)?than\b", re.IGNORECASE)
#: comparatives that are determiners too: with no "than", "$23 million more went to the dunes" is
#: a further sum (lexicon/comparison.json difference_after_determiners)
_DETERMINERS = frozenset(_CMP["difference_after_determiners"])
_DIFFERENCE_NOUN_SIDE = {w: side for side, words in _CMP["difference_nouns"].items() for w in words}
#: nouns of a thing's own change, which measure what their sentence is about; comparison.json change_nouns.
_CHANGE_NOUNS = frozenset(_CMP["change_nouns"])
#: a comparative, or a noun of difference, right after a sum or a measure: "$100 more expensive",
#: "a $100 increase"
_DIFFERENCE_WORD = re.compile(r"^\s+(" + "|".join(sorted({*_DIFFERENCE_SIDE, *_DIFFERENCE_NOUN_SIDE} - _DETERMINERS,
                                                          key=len, reverse=True))
                              + r")\b", re.IGNORECASE)


#: a word of setting a figure against a norm and the norm's noun a few words on: "above the April
#: average", "below normal"; lexicon/comparison.json norm_differences.
_NORM_SIDE = {w: side for side in ("up", "down") for w in _CMP["norm_differences"][side]}
_NORM_DIFFERENCE = re.compile(r"^\s+(" + _alternatives(_NORM_SIDE) + r")\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:"
                              + _alternatives(_CMP["norm_differences"]["nouns"]) + r")\b(?!\s+(?:[\w-]+\s+){0,2}?(?:"
                              + _alternatives(_CMP["norm_differences"]["datum_nouns"]) + r")\b)", re.IGNORECASE)


def _difference_after(claim: Claim) -> str:
    """"up" or "down" when the words right after a figure make it a difference from a base
    (lexicon/comparison.json difference_after, difference_nouns) or from a norm ("nine degrees
    above the April average": norm_differences), else ""."""
    after = _after(claim)
    than = _DIFFERENCE_AFTER.match(after)
    if than:
        return _DIFFERENCE_SIDE[than.group(1).lower()]
    norm = _NORM_DIFFERENCE.match(after) if claim.dimension != "count" else None
    if norm:
        return _NORM_SIDE[norm.group(1).lower()]
    word = _DIFFERENCE_WORD.match(after) if claim.dimension != "count" else None
    if word is None:
        return ""
    w = word.group(1).lower()
    return _DIFFERENCE_SIDE.get(w) or _DIFFERENCE_NOUN_SIDE[w]


#: a link and a currency's name right after a figure: an exchange rate ("two marks to the euro");
#: lexicon/comparison.json exchange_rate_links, currencies.json names.
_CURRENCY_NAMES = sorted(currency.names(), key=len, reverse=True)
_EXCHANGE_RATE = re.compile(r"^\s+(?:" + _alternatives(_CMP["exchange_rate_links"])
                            + r")\s+(?:" + _alternatives(_CURRENCY_NAMES) + r")\b", re.IGNORECASE)
#: a time clause's opener, a subject and a verb right before an age: the age then ("since I was
#: eight years old"); or a verb of becoming: the age reached at another time ("who turns 48 next
#: month"); lexicon/comparison.json age_then.
_AGE_THEN = re.compile(r"\b(?:" + _alternatives(_CMP["age_then"]["openers"])
                       + r")\s+(?:[A-Za-z][\w'’-]*\s+){1,3}?(?:" + _alternatives(_CMP["age_then"]["verbs"])
                       + r")\s+(?:just\s+|only\s+|about\s+)?$"
                       + r"|\b(?:" + _alternatives(_CMP["age_then"]["becoming"]) + r")\s+$", re.IGNORECASE)
#: a word before a move's figure that makes it the move's size; lexicon/comparison.json difference_before.
_DIFFERENCE_BEFORE = re.compile(r"(?:" + "|".join((r"\b" if w[0].isalpha() else "") + r"\s*".join(map(re.escape, w.split()))
                                                 for w in _CMP["difference_before"]) + r")\s*$", re.IGNORECASE)
#: the changes of a movement (model.CHANGES): "rose 2.1 percent" is up, "rose to 19" is a level.
_MOVES = ("up", "down")
#: a movement's span longer than a session; lexicon/comparison.json move_spans.
_MOVE_SPAN = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _CMP["move_spans"]) + r"|(?:"
                        + "|".join(re.escape(p) for p in sorted(_CMP["move_span_openers"], key=len, reverse=True))
                        + r")\s+[\w-]+\s+(?:" + "|".join(re.escape(u) for u in _CMP["move_span_units"]) + r"))\b",
                        re.IGNORECASE)
#: nouns for a story's one object, named elsewhere; lexicon/comparison.json referring_nouns.
_REFERRING = frozenset(_CMP["referring_nouns"])


_WEEKDAYS = lexicon.weekday_names()
_TRADING_DAYS = frozenset(_WEEKDAYS[:5])  # Monday to Friday: ``date.weekday()`` order
_DAY_WORD = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r"|today|yesterday)\b", re.IGNORECASE)
#: a day word that names the figure's day, not a span's start: "has nearly doubled since Monday,
#: to 1,150" counts on the article's day, not Monday (``_day_of``)
_OWN_DAY_WORD = re.compile(r"(?<!since )" + _DAY_WORD.pattern, re.IGNORECASE)
#: two day words that bound a span ("from Monday to Thursday", "between Monday and Wednesday"):
#: a figure of the span is of no one day (``_day_of`` reads past them)
_DAY_SPAN = re.compile(r"\b(?:from|between)\s+" + _DAY_WORD.pattern + r"\s+(?:to|through|until|till|and)\s+"
                       + _DAY_WORD.pattern, re.IGNORECASE)
#: the endings of every day word ("day"): a sentence without one names no day
_DAY_HINT = re.compile("|".join(sorted({w.lower()[-3:] for w in (*_WEEKDAYS, "today", "yesterday")})), re.IGNORECASE)
#: a possessive right before a count, with at most one word between: "its 23,000 members", "the
#: trust's 2,300", "their 1,200 permanent staff"
_STANDING_POSSESSIVE = re.compile(r"(?:\b(?:its|their|his|her|our)|[A-Za-z][\w-]*['’]s?)\s+(?:[a-z-]+\s+)?$")
_DAY_POSSESSIVE = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r"|today|yesterday|tonight)['’]s\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
#: a day word at most one word before a figure: "ended Monday at $37.20", "Monday's 4.1%" is not
_DAY_RIGHT_BEFORE = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r"|today|yesterday)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
#: a new clause after a figure: "and" or "but" before a verb's form ("... and was little changed")
_NEXT_CLAUSE = re.compile(r"\b(?:and|but|while)\s+(?:" + _VERB_FORM + r")\b"
                          r"|\bsince\b", re.IGNORECASE)  # "killed nine since it struck on Tuesday": a span's start


#: the word a stated maximum of a thing is too ("winds of up to 150 km/h" are gusts); relations.json maxima_of.
_MAXIMA_OF = dict(lexicon.table("relations")["maxima_of"])
#: a word right after a length, or its topic's head, -> what the length measures; lexicon/comparison.json.
_PROPERTY = {w: name for name, words in _CMP["measure_properties"].items() for w in words.split()}
#: property words that are prepositions before a noun phrase; lexicon/comparison.json prepositional_properties.
_PREPOSITIONAL = frozenset(_CMP["prepositional_properties"].split())
#: a verb right before a length -> what it measures; lexicon/comparison.json property_verbs.
_PROPERTY_VERB = {w: name for name, words in _CMP["property_verbs"].items() for w in words.split()}
#: words after such a word that end its phrase: "12 km across and 3 km deep"
_PHRASE_JOINTS = frozenset(_FUNCTION["conjunctions"])


#: a currency's market named right after a sum: "in euros", "in pound markets"
_MARKET_NAMED = re.compile(r"^\s*in\s+([a-z]+)(?:\s+markets?)?\b", re.IGNORECASE)
#: below it a price in its own currency is one market's list price; lexicon/comparison.json market_price_below.
_MARKET_PRICE_BELOW = _CMP["market_price_below"]


def _market(claim: Claim, relation: Optional[str]) -> str:
    """The market a list price is of, by its stated currency: "GBP" of "£1,799", "USD" of
    "$2,199"; "" for a sum of a million or more (one deal's price in two currencies) and for
    anything but a price. A small sum whose relation is unread ("the $799 Kite 7", "or €849 in
    euros") is taken for a price too: a sum a product carries in two currencies is two markets'
    prices far more often than one misconverted."""
    if relation not in ("price", None) or not claim.currency:
        return ""
    named = _MARKET_NAMED.match(_sentence_after(claim))
    if named and (money := currency.lookup(named.group(1))) is not None and money.iso == claim.currency:
        return claim.currency  # "or €849 in euros", "£729 in pound markets": its own market, no conversion
    if _restated(claim):
        return ""  # "$899, or about £715": the dollar price converted, no British price
    top = claim.high if claim.high is not None else claim.low
    return claim.currency if top is not None and abs(top) < _MARKET_PRICE_BELOW else ""


#: relations of a length gained along a way ("rushed for 131 yards"), and the properties across
#: it that no such gain measures ("900 yards wide"); lexicon/comparison.json gained_lengths, cross_measures
_GAINED_LENGTHS = frozenset(_CMP["gained_lengths"])
_CROSS_MEASURES = frozenset(_CMP["cross_measures"])
#: dimensions whose figures all measure one property; lexicon/comparison.json dimension_measures.
_DIMENSION_MEASURES = dict(_CMP["dimension_measures"])
_SIZE_MODIFIER = re.compile(r"\d\s?-\s?[A-Za-z]+$")
#: what a size measures as well; lexicon/comparison.json size_measures.
_SIZE_MEASURES = frozenset(_CMP["size_measures"])
#: pairs of properties that name one length ("24 metres wide", "79 feet across"); lexicon/comparison.json same_measures.
_SAME_MEASURES = frozenset(frozenset(pair) for pair in _CMP["same_measures"])


#: a word joined by a hyphen right after a figure: "wide" of "a 3-metre-wide footbridge"
_HYPHEN_WORD_AFTER = re.compile(r"-([a-z]+)\b", re.IGNORECASE)


def _property(claim: Claim) -> str:
    """What a length measures: the word right after it ("0.7 inches thick", "an 18mm-thin
    case", "12 km across"), else its topic's head ("the thickness, 18 mm"); "" when neither
    names one (a "13-inch" screen, "measures 40 m"). A mass measures a weight."""
    if claim.dimension in _DIMENSION_MEASURES:
        return _DIMENSION_MEASURES[claim.dimension]  # a mass is a weight
    if claim.dimension != "length":
        return ""
    text_after = _after(claim)
    joined = _HYPHEN_WORD_AFTER.match(text_after)
    if joined and joined.group(1).lower() in _PROPERTY:
        return _PROPERTY[joined.group(1).lower()]  # "a 3-metre-wide footbridge" is as wide as "3 metres wide"
    if _SIZE_MODIFIER.search(claim.surface):
        return "size"  # "a 13-inch model", "the 15-inch display": what the noun is, not how it measures
    # past the figure's conversion in brackets: "about 15 metres (50 feet) deep" is a depth too
    past = _raw_words(_CONVERSION_AFTER.sub("", text_after, 1))[:2]
    if past and past[0] in _PROPERTY and not (past[0] in _PREPOSITIONAL and past[1:] and past[1] not in _PHRASE_JOINTS):
        return _PROPERTY[past[0]]  # "12 km across", not "640 metres across the valley"
    before = _raw_words(_before(claim))[-1:]
    if before and before[0] in _PROPERTY_VERB and claim.change not in ("up", "down"):
        return _PROPERTY_VERB[before[0]]  # "stretches 640 metres", "towers 120 metres over the square"
    after = _raw_words(text_after)[:2]
    if after and claim.surface[-1:].isalpha() and after[0] not in _STOP \
            and before in (["a"], ["an"]) and text_after[:1] == " ":
        return "size"  # "a 13.3in display", "with a 39.6cm screen": the same as "a 13.3-inch display"
    head = _raw_words((claim.topic or "").split(",")[0])[-1:]
    return _PROPERTY.get(head[0], "") if head else ""


#: the noun a share of a named whole is for, and the words that link it to the share: "a deficit
#: equal to 9.4 per cent of output", "debt, at 148% of GDP", "debt, which reached 148 percent of
#: GDP"; lexicon/comparison.json share_links.
_SHARE_OF = re.compile(r"\b([a-z][a-z-]+)(?:,\s+(?:which\s+|that\s+)?|\s+)(?:(?:" + "|".join(_FUNCTION["auxiliaries"]) + r")\s+)?(?:" + "|".join(re.escape(w) for w in sorted(_CMP["share_links"], key=len, reverse=True))
                       + r")\s+$")


def _share_measures(claim: Claim) -> str:
    """What a share of a named whole measures: the noun right before it, through a linking word
    ("a budget deficit of 9.4% of GDP", "debt stands at 142% of output", "reservoirs were at 31
    percent of capacity": "deficit", "debt", "reservoir");
    "" when none stands there."""
    m = _SHARE_OF.search(_own_before(claim))
    if m is None or m.group(1) in _STOP or m.group(1) in PRONOUNS or m.group(1) in _PROPERTY:
        return ""
    return _lemma(m.group(1))


#: the nouns of a count's own phrase: "number", "total" of "the number of measles cases"; comparison.json count_of_nouns
_NUMBER_NOUNS = frozenset(_CMP["count_of_nouns"])
#: a bare count's topic that names what it counts: "number of measles cases", "total of deaths",
#: "real number of jobs going" (comparison.json anaphor_adjectives before it)
_NUMBER_OF = re.compile(r"^(?:the\s+)?(?:(?:" + "|".join(_CMP["anaphor_adjectives"]) + r")\s+){0,2}(?:" + "|".join(_CMP["count_of_nouns"])
                        + r")\s+of\s+(?:[\w-]+\s+){0,3}?([a-z][\w-]*?)(?:\s*,|\s*$)", re.IGNORECASE)


#: a participle after the last word "the number of" names: "the number of parcels stolen", "the
#: number of trains cancelled" count parcels and trains, not what befell them
_TRAILING_PARTICIPLE = re.compile(r"(?:^|\s)([a-z][\w-]*)\s+(?:" + _PARTICIPLE.pattern + r")$", re.IGNORECASE)


def _counted_noun(counted: re.Match) -> str:
    """The noun a ``_NUMBER_OF`` match counts: its last word, or the word before that when the
    last is a participle of no relation of persons ("The number of parcels stolen, about 3,400,
    ..." counts parcels; "the number of people killed" counts persons, as before)."""
    last = counted.group(1)
    if _PARTICIPLE.fullmatch(last) and _word_relation(last) not in PERSON_RELATIONS:
        before = _TRAILING_PARTICIPLE.search(counted.group(0).rstrip(", "))
        if before and before.group(1).lower() not in _NUMBER_NOUNS:
            return before.group(1)
    return last


def _number_of(claim: Claim):
    """The "number of X" match of a bare count's topic, else of its subject: "The number of
    people confirmed dead rose to 17" names no topic but the verb, and its subject is the number
    of people."""
    return _NUMBER_OF.match(claim.topic or "") or _NUMBER_OF.match(claim.subject or "")


#: a trading day's moments, by the words that name them; lexicon/comparison.json market_moments.
_MOMENT = {w: name for name, words in _CMP["market_moments"].items() for w in words.split()}
#: moments of a session told while it runs: an undated figure read then is of the article's day
_LIVE_MOMENTS = frozenset(_CMP["live_moments"])
#: words that make a clause a market's: its shares, a stock, an index, a session.
_MARKET_WORDS = frozenset(_CMP["market_nouns"].split()) | frozenset(_CMP["market_clause_words"])
#: "share" as a stock, not a proportion ("the share of flats", "a 9% share of the market"):
#: any "share" not followed by "of"
_STOCK_SHARE = re.compile(r"\bshare\b(?!\s+of\b)", re.IGNORECASE)


#: a possessive name whose noun is left out, right before a figure's verb: "while Halvorsen's
#: slipped 4.2%" (its shares, named in the clause before)
_GAPPED_POSSESSIVE = re.compile(r"\b[A-Z][\w-]*['’]s\s+[a-z]+\s+$")


def _moment(claim: Claim) -> Optional[str]:
    """When in a trading day a price or move was read: "early" of "rose 4.2% in early trading",
    "close" of "closed up 3.8%", "high" of "as high as $63.40"; "" in a market's clause that
    names no moment; None outside a market's clause."""
    if claim.dimension not in ("currency", "percentage"):
        return None
    before = _raw_words(_own_before(claim))[-6:]
    if _GAPPED_POSSESSIVE.search(_own_before(claim)):  # "Tessaly's shares rose 31%, while Halvorsen's slipped 4.2%"
        before = _raw_words(_sentence_before(claim))
    after = _raw_words(_after(claim))[:8]  # "rose 4.2% to $63.10 in early trading": the move's moment too
    own = _raw_words(claim.surface)  # "as high as $63.40"
    market = _MARKET_WORDS & {*before, *after, *_raw_words((claim.topic or "").split(",")[0])}
    if market == {"share"} and not _STOCK_SHARE.search(claim.sentence):
        return None  # "the share of flats standing empty fell to 4.1%": a proportion, no stock
    if not market:
        return None
    for w in [*own, *reversed(before), *after]:
        if w in _MOMENT:
            return _MOMENT[w]
    return ""


_UNREAD = "unread"


def when_of(claim: Claim, moment: Optional[str] = _UNREAD, window: bool = True) -> str:
    """The day a claim's own clause names: a weekday, or "today"/"yesterday" turned into one by
    the article's date; "" when none. A share price on Monday and on Tuesday are two figures.
    In a market's clause the moment of the day follows an "@": "tuesday@close". A move "in early
    trading" or at the open that names no day is the article's day: a session reported live (a
    close or an undated move may be the day before's, told the next morning). ``moment``: the
    claim's ``_moment``, when the caller has read it already. A moment with no day gives the
    session's ``_session_window`` unless ``window`` is false: a premium "to the stock's last close"
    has its base's moment, not its own."""
    if moment is _UNREAD:
        moment = _moment(claim)
    day = _day_of(claim)
    if day and _running_total(claim, day):
        day = ""  # "had raised £418,000 by Tuesday": when a running total was read, not a day's own figure
    if day and _standing_number(claim):
        day = ""  # "the union on Monday urged its 41,000 members": the day dates the urging
    if moment in _LIVE_MOMENTS and not day:
        day = _weekday(claim.date, 0)
    elif moment and window and not day:
        day = _session_window(claim.date)  # "closed at $37.20", "as high as $63.40"
    return f"{day}@{moment}" if moment else day


#: lexicon/comparison.json running_total_day_words and running_total_verbs: for each weekday, its
#: reading day after those words, and after them or "by" (read with a perfect before the figure)
_RUNNING_DAY_WORDS = _alternatives(_CMP["running_total_day_words"])
_RUNNING_DAY = {perfect: {day: re.compile(r"\b(?:" + _RUNNING_DAY_WORDS + ("|by" if perfect else "") + r")\s+" + day + r"\b",
                                          re.IGNORECASE) for day in _WEEKDAYS} for perfect in (False, True)}
_RUNNING_PERFECT = frozenset(_CMP["running_total_perfect"])
_RUNNING_VERB = re.compile(r"\b(?:" + _alternatives(_CMP["running_total_verbs"]) + r")\s+(?:the\s+)?$", re.IGNORECASE)


def _running_total(claim: Claim, day: str) -> bool:
    """Whether the day ``_day_of`` gives a claim is when a running total was read: the day follows
    "as of" ("14,600 signatures as of Monday"), or "by" with a perfect before the figure ("had
    raised $86,000 by Wednesday evening"; not "winds of 60 mph by Wednesday"), or the figure
    follows a verb of passing a mark ("the appeal passed £600,000 on Friday")."""
    before = _own_before(claim)
    if _RUNNING_VERB.search(before):
        return True
    pattern = _RUNNING_DAY[bool(_RUNNING_PERFECT & set(_raw_words(before)))].get(day)
    return bool(pattern and pattern.search(claim.sentence))


def _standing_number(claim: Claim) -> bool:
    """Whether a count is its owner's standing number, right after a possessive ("its 41,000
    members", "the trust's 2,300 nurses"), which a day of its clause does not date: "the union on
    Monday urged its 41,000 members" and "on Sunday it wrote to its 41,000 members" count one
    membership. A day's own possessive dates it: "Thursday's 4,000 marchers"."""
    if claim.dimension != "count":
        return False
    before = _own_before(claim)
    return bool(_STANDING_POSSESSIVE.search(before)) and not _DAY_POSSESSIVE.search(before)


def _session_window(iso: Optional[str]) -> str:
    """The trading days a market figure that names no day may be of: its article's day or the
    session before, told the next morning ("friday|thursday" of a Friday article; a Monday
    article's may be Friday's); "" when the article has no date. A price of a Wednesday article
    is no price "on Friday"."""
    today = _weekday(iso, 0)
    if not today:
        return ""
    back = next(n for n in (1, 2, 3) if _weekday(iso, n) in _TRADING_DAYS)
    return f"{today}|{_weekday(iso, back)}"


def _when_apart(a: str, b: str) -> bool:
    """Whether two ``when_of`` name different days, or different moments of a day."""
    (day_a, _, at_a), (day_b, _, at_b) = a.partition("@"), b.partition("@")
    days_apart = day_a and day_b and not set(day_a.split("|")) & set(day_b.split("|"))  # "friday" vs "wednesday|tuesday"
    return bool(days_apart or at_a and at_b and at_a != at_b)


def _named_day(when: str) -> bool:
    """Whether a ``when_of`` names one day ("friday@close"), not none or a window of two."""
    day = when.partition("@")[0]
    return bool(day) and "|" not in day


#: a weekday's possessive opening a sentence: "Thursday's forecast", "Saturday's final": it dates
#: the sentence's figures that name no day of their own
_DAY_HEADING = re.compile(r"^\W*(" + "|".join(w.capitalize() for w in sorted(_WEEKDAYS)) + r")['’]s\s")


def _day_of(claim: Claim) -> str:
    """The day word of a claim's own clause: one right before it ("ended Monday at $37.20"), else
    the first after it in its clause ("closed at $37.20 on Monday", not "... and was little
    changed on Tuesday"), else one before it in its clause, unless an event's noun comes between
    ("charged nine on Friday over the seizure of two tonnes": Friday dates the charging)."""
    if not _DAY_HINT.search(claim.sentence):
        return ""  # most sentences name no day: one scan instead of three searches
    after = _without_day_spans(_after(claim))
    joint = _NEXT_CLAUSE.search(after)
    m = _DAY_RIGHT_BEFORE.search(_before(claim)) or _DAY_WORD.search(after[:joint.start()] if joint else after)
    if not m:
        clause = _without_day_spans(_before(claim, _CLAUSE_BEFORE))
        m = _OWN_DAY_WORD.search(clause)
        if not m or _EVENT_NOUN_OF.search(clause[m.end():]) or (
                _FIGURE_RIGHT_BEFORE.search(clause, 0, m.start()) and _BASE_BEFORE.search(clause)) or (
                _REPORTED_AFTER_DAY.match(clause[m.end():]) and set(_raw_words(clause[:m.start()])) & SAY_FORMS):
            heading = _DAY_HEADING.match(claim.sentence)  # "Thursday's forecast offers little comfort: ... a high of 38C"
            return heading.group(1).lower() if heading and heading.end() <= claim.start - claim.sentence_start else ""
    word = m.group(1).lower()
    if word in _WEEKDAYS:
        return word
    return _weekday(claim.date, 1 if word == "yesterday" else 0)


#: another figure right before a day word, with a word of its own at most, when the figure is that
#: one's base ("than the", "three times the", comparison.json base_openers): "passed £900,000 on
#: Friday, more than twice the £380,000 collected in its first week": Friday is the £900,000's
#: day, not the £380,000's (``_day_of``, for a day before the figure)
_BASE_BEFORE = re.compile(r"\b(?:" + _alternatives(_CMP["base_openers"]) + r"|than|times|twice|double)\s+(?:the\s+)?$",
                         re.IGNORECASE)
_FIGURE_RIGHT_BEFORE = re.compile(r"\d[\d,.]*\s*(?:%|[a-z]+\s+)?(?:on\s+|by\s+)?$", re.IGNORECASE)


def _without_day_spans(text: str) -> str:
    """``text`` with each span of days ("from Monday to Thursday") and each day a document was
    published ("The flood board's report, issued on Friday, gives the breach as 40 metres":
    the report's day, not the breach's) blanked, offsets kept."""
    return _PUBLISHED_DAY.sub(_blank, _DAY_SPAN.sub(_blank, text))


#: the day a document was published, after its participle in an aside or after a document's noun:
#: ", published on Friday", "a report released Monday"; lexicon/comparison.json
#: publication_participles, document_nouns
_PUBLISHED_DAY = re.compile(r"(?:,\s*|\b(?:" + _alternatives(_CMP["document_nouns"]) + r")\s+)(?:"
                            + _alternatives(_CMP["publication_participles"]) + r")\s+(?:on\s+)?"
                            + _DAY_WORD.pattern, re.IGNORECASE)


#: a year right after a figure, in its own phrase: "seven in 2041", "58 in all of 2040"; it dates
#: the figure before any other date of its clause does
_YEAR_RIGHT_AFTER = re.compile(r"^\s*(?:in|during|for|through)\s+(?:all\s+of\s+|the\s+whole\s+of\s+)?((?:19|20)\d\d)\b(?![,.]?\d)")


#: a day between a verb of saying and "that" dates the statement, not the figure it reports: "told
#: the Ledger on Saturday that the gunman fired about 140 rounds" (not "a storm on Monday that
#: flooded 40 homes")
_REPORTED_AFTER_DAY = re.compile(r"\W*(?:,\s*)?that\b", re.IGNORECASE)


#: a figure inside an event's noun after a preposition: "over the seizure of"; lexicon/comparison.json.
_EVENT_NOUN_OF = re.compile(r"\b(?:" + "|".join(_CMP["event_noun_openers"]) + r")\s+(?:the|a|an|its|their|his|her)\s+"
                            r"[a-z]+\s+of\s+$",
                            re.IGNORECASE)


#: a weekday that owns an event: "Friday's shooting", "Saturday's crash"
_EVENT_DAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")['’]s\b", re.IGNORECASE)


def _event_day(claim: Claim, relation: Optional[str]) -> str:
    """The weekday a count of a casualty names its event by, in its own clause before it:
    "friday" of "Friday's shooting on Grant Avenue that killed one person"; "" when none. A toll
    moves from day to day but its event keeps its day: "Saturday's shooting killed one teenager"
    in the same article is another incident."""
    if relation not in CASUALTY:
        return ""
    found = _last(_EVENT_DAY, _own_before(claim))
    return found.group(1).lower() if found else ""


def _weekday(iso: Optional[str], days_before: int) -> str:
    """The weekday ``days_before`` days before the date ``iso``; "" when it is no date."""
    from datetime import date, timedelta

    try:
        day = date.fromisoformat((iso or "")[:10]) - timedelta(days=days_before)
    except ValueError:
        return ""
    return _WEEKDAYS[day.weekday()]


def key_of(f: _Features) -> str:
    """The three key parts a group's claims share: relation, entity, scope."""
    entity = f.kind.split(":", 1)[-1] or f.kind
    return " ".join(x for x in (f.relation or "", entity, f.scope + (" partial" if f.partial else "")) if x)


def _sold(f: _Features) -> bool:
    """A list price of a thing sold, not of a share: "the Air's price to $999" (a price below
    ``market_price_below`` in its stated currency, for no share: "$41 a share" is an offer for
    the stock), outside a market's clause."""
    return bool(f.market) and not f.period and not f.traded


def _overlap(a: frozenset, b: frozenset) -> bool:
    """Whether two sets of places share one, a name inside another counting ("the mediterranean"
    and "the mediterranean sea")."""
    return any(x in y or y in x for x in a for y in b)


#: country names and their short forms; lexicon/countries.json (CLDR's names, through babel).
_COUNTRIES = frozenset(lexicon.table("countries")["countries"]) | frozenset(lexicon.table("countries")["short_forms"])


def _place_bound(f: _Features) -> bool:
    """Whether a claim's figure belongs to its place: a toll ("killed in Norland"), a population,
    a share ("65% of traffic in Vesk"). Two such claims of two places are apart, whatever the
    places."""
    return f.relation in CASUALTY or f.relation in _PLACE_BOUND_RELATIONS or f.kind.startswith(_PLACE_BOUND_KINDS) \
        or f.kind.startswith(_PLACE_READ_KINDS) or not _READ_MEASURES.isdisjoint(f.words)


def _countries_apart(a: frozenset, b: frozenset) -> bool:
    """Whether two sets of places each name a country and share none ("sent to Libya", "sent to
    Azerbaijan"). Other places may lie one inside the other ("off Sicily", "in the
    Mediterranean"; "in Port Avel", "in Norland"), which nothing here knows: they keep no claims
    apart."""
    ca, cb = a & _COUNTRIES, b & _COUNTRIES
    return bool(ca) and bool(cb) and not ca & cb


#: the named classes of counted nouns ("combatant", "soldier", "civilian", "person")
#: classes of persons never read as persons in general (soldiers, civilians); lexicon/persons.json.
_CLASS_NAMES = frozenset(lexicon.table("persons")["apart_classes"])


def _named_count(kind: str) -> bool:
    """Whether a kind is a count that names what it counts ("count:home"), not a bare one ("count:")."""
    return kind.startswith("count:") and kind != "count:"


def _bucket(f: _Features) -> str:
    """Which claims grouping looks at together: those of one kind, except that a casualty count
    of a kind of person no class names ("shoppers injured") is looked at with counts of persons
    (see ``_persons_of_one_toll``)."""
    if f.relation in CASUALTY and _named_count(f.kind) and f.kind[6:] not in _CLASS_NAMES \
            and f.kind[6:] not in _ANIMALS:  # "400 head of cattle were killed": no toll's people
        return "count:person"
    return f.kind


def _persons_of_one_toll(a: _Features, b: _Features) -> bool:
    """Whether two casualty counts of one relation may count the same people though their nouns
    differ: one counts persons ("two other people were hurt") and the other a kind of person no
    class names ("two shoppers were injured"; ``_bucket``). Two named classes (soldiers and
    civilians) stay apart, and so do two unnamed kinds (students and teachers), and a count
    its kind marks as something else ("12 people between them": ":combined"); and grouping
    joins two such counts only when their figures agree, since a kind of person may be a part of
    the toll ("230 children" among 1,200 dead)."""
    return a.relation == b.relation and a.kind != b.kind and "count:person" in (a.kind, b.kind) \
        and _bucket(a) == _bucket(b) == "count:person" and a.kind.count(":") == b.kind.count(":") == 1


def _bare_and_named(a: _Features, b: _Features) -> bool:
    """Whether of two counts one is bare and the other names its noun: an echo's bare count
    ("40,000") may count what the other names ("40,000 people")."""
    return "count:" in (a.kind, b.kind) and a.kind.startswith("count:") and b.kind.startswith("count:")


def _persons_and_kind(a: _Features, b: _Features) -> bool:
    """Whether of two counts one counts persons and the other a kind of person ("about 160
    people", "some 160 passengers"): an echo's figure, stated once in each article, may count
    the same people by two nouns. Not a class of its own (soldiers, civilians; persons.json
    apart_classes), which a toll keeps apart from the rest."""
    return a.kind == "count:person" and _people_kind(b.kind) or b.kind == "count:person" and _people_kind(a.kind)


def _people_kind(kind: str) -> bool:
    """Whether a kind counts a kind of person other than persons as such, of no class a toll keeps
    apart: "count:passenger", not "count:person" or "count:soldier" (``_CLASS_NAMES``)."""
    return kind.startswith("count:") and kind != "count:person" and kind[6:] in _KINDS_OF_PERSON \
        and kind[6:] not in _CLASS_NAMES


#: every noun persons.json gives for a person, counted or not ("passenger", "guest", "inmate"),
#: and the classes' names
_KINDS_OF_PERSON = frozenset({_lemma(w) for w in lexicon.person_nouns()} | set(_CLASSES))


def _anonymous_persons(f: _Features) -> bool:
    """A count of people that names nothing it is about: no relation, no word, no place ("48
    people", "Five people"); such a count joins no other by its features alone."""
    return f.kind == "count:person" and not (f.relation or f.words or f.whole or f.places)


def _one_history(a: _Features, b: _Features) -> bool:
    """Whether two figures are one count at two moments of the news cycle: a count that moves
    (``TIME_ORDERED``), one figure the current one and the other the count it replaced ("rose to
    41 on Tuesday, up from 27 a day earlier"; Monday's "at least 27" in Tuesday's light). They
    are one quantity, listed in date order, not two."""
    return a.relation == b.relation and a.relation in TIME_ORDERED and {a.scope, b.scope} == {"this", "earlier"}


def _unit_priced(a: _Features, b: _Features) -> bool:
    """Whether one of two figures is a price per a thing that is no time ("£62 a ticket") and
    the other's words name that thing ("a typical ticket now sells for £62"): one price of one
    unit, said two ways. Not a price per share, nor a figure of a market's clause."""
    if bool(a.period) == bool(b.period):
        return False
    rate, other = (a, b) if a.period else (b, a)
    # not a price per share: "an offer of €25 a share" is no share price of the market's
    return rate.period not in _TIME_PERIODS and rate.period in other.words and rate.period not in _MARKET_WORDS \
        and not other.traded


def compatible(a: _Features, b: _Features, echo: bool = False) -> tuple[bool, str]:
    """Whether two claims may be about the same thing, and why (or why not). ``echo``: the two
    state the same figure, each the only one of its kind in its article (see ``_join_echoes``),
    which is evidence enough that they measure one thing when they share no words, or when only
    one of the two articles names the figure's event ("about 4,500 residents were taken to
    schools", "4,500 people were evacuated")."""
    if a.kind != b.kind and not _persons_of_one_toll(a, b) and not (
            echo and (_bare_and_named(a, b) or _persons_and_kind(a, b))):
        return False, "different kind"
    if a.kind == "age" and not _same_owner(a.owner, b.owner):
        return False, "ages of different people"
    if a.owner and b.owner and not _same_owner(a.owner, b.owner):
        return False, f"figures of different people ({a.owner} vs {b.owner})"  # Luck's yards, Reid's yards
    # "£62 a ticket", "a typical ticket sells for £62"; read only when one figure has a period
    unit_priced = bool(a.period) != bool(b.period) and _unit_priced(a, b)
    if bool(a.period) != bool(b.period) and (a.period or b.period) not in _TIME_PERIODS and not unit_priced:
        return False, f"a price per {a.period or b.period} and a total"  # "$25 a share" vs "$13 billion"
    if bool(a.period) != bool(b.period) and (a.relation in _ONE_OFF or b.relation in _ONE_OFF) and not unit_priced:
        return False, f"a rate per {a.period or b.period} and a one-off {a.relation or b.relation}"
    if a.period and b.period and a.period != b.period:
        return False, f"different periods (per {a.period} vs per {b.period})"
    if bool(a.period) != bool(b.period) and "total" in (a.statistic, b.statistic):
        # "$147 million a year" and "$4.4 billion over the life of the bond"
        return False, f"a rate per {a.period or b.period} and a total over a span"
    if bool(a.period) != bool(b.period) and not (a.relation and a.relation == b.relation) and not unit_priced \
            and not ((b if a.period else a).words & _PERIODIC_SUMS):
        # "would cost $14 million a year" and "spent $2.4 million": a rate and a sum; but "a salary
        # of 1,500 manat" may be the "$2,000 a month" another outlet gives
        return False, f"a rate per {a.period or b.period} and a sum"
    if a.relation != b.relation and (
            (a.relation in STRICT_RELATIONS and b.relation in STRICT_RELATIONS)
            or (a.relation or b.relation) in EVENT_RELATIONS and not (a.relation and b.relation) and not echo
            or a.relation in EVENT_RELATIONS and b.relation or b.relation in EVENT_RELATIONS and a.relation
            or (a.relation, b.relation) in _OPPOSED):
        return False, f"different relation ({a.relation or 'none'} vs {b.relation or 'none'})"
    if a.scope != b.scope and not (a.scope.startswith("other") and b.scope == "other"
                                   or b.scope.startswith("other") and a.scope == "other") \
            and not _one_history(a, b):
        return False, f"different events ({a.scope} vs {b.scope})"
    if a.partial != b.partial:
        return False, "a part and a total"
    if a.market and b.market and a.market != b.market:
        return False, f"prices in two markets ({a.market} vs {b.market})"  # "$2,199" in the US, "£1,799" in Britain
    if a.measures and b.measures and a.measures != b.measures and not (
            {a.measures, b.measures} - {"size"} <= _SIZE_MEASURES) \
            and frozenset((a.measures, b.measures)) not in _SAME_MEASURES:  # "a 13-inch screen" is "33cm across"
        # "18 mm thick" vs "40 cm wide"; "0.7 inches thick" vs a "13-inch" screen
        return False, f"different measures ({a.measures} vs {b.measures})"
    if a.variant != b.variant and a.words and b.words:
        # "core inflation of 4.9%" and "inflation at 5.8%"; "pretax profit" and "profit"
        return False, f"different variants of a measure ({a.variant or 'as usually meant'} vs {b.variant or 'as usually meant'})"
    if a.term and b.term and a.term != b.term:
        return False, f"different terms ({a.term} vs {b.term})"  # "the two-year fix", "the five-year fix"
    if a.statistic and b.statistic and a.statistic != b.statistic:
        return False, f"different statistics ({a.statistic} vs {b.statistic})"  # "an average of 1.4 million", "peaked at 2.2 million"
    if (a.statistic == "average") != (b.statistic == "average") and (a.relation or b.relation) in EVENT_RELATIONS:
        # "an average of about 15 deaths a season" and "had killed 11 people this winter": a norm
        # of many events is no count of one
        return False, "an average of events and a count"
    if (a.statistic == "capacity") != (b.statistic == "capacity"):
        # "built for 25,000 vehicles a day" against "carried 42,000 a day": what a thing was built
        # for is no figure of what it does, which names no statistic
        return False, "a capacity and a figure of use"
    if (a.statistic == "remainder") != (b.statistic == "remainder"):
        # "divers had raised all but three boats": the three were not raised, no count of those
        # that were, nor any other figure that names no statistic
        return False, "a remainder and a figure"
    if (a.statistic == "difference") != (b.statistic == "difference"):
        # "The difference, 70 posts, is in support services": the gap between two figures, which
        # is neither of them, nor another figure that names no statistic
        return False, "a difference between figures and a figure"
    if a.product and b.product and a.product != b.product:
        return False, f"different products ({a.product} vs {b.product})"  # a tablet's price, a watch's price
    if a.motion and b.motion and a.motion != b.motion:
        return False, f"votes on different motions ({a.motion} vs {b.motion})"  # to strike, to accept an offer
    if a.item and b.item and a.item != b.item:
        return False, f"sums paid for different things ({a.item} vs {b.item})"  # two players' fees
    if a.span and b.span and a.span != b.span:
        return False, f"totals over different spans ({a.span} vs {b.span} hours)"  # "14 mm in an hour", "31 mm in three hours"
    if _rivals_apart(a, b):
        return False, "a rival's figure and the story's own"  # "its rival Brightwater had revenue of $3.1bn"
    if a.stance and b.stance and a.stance != b.stance:
        return False, "a demand and an offer"  # "is demanding a 9% rise", "an offer of 5.8%"
    if a.reach and b.reach and a.reach != b.reach:
        return False, f"figures of different markets ({a.reach} vs {b.reach})"  # "at home", "abroad"
    if _holders_apart(a.holder, b.holder):
        return False, f"shares of different holders ({a.holder} vs {b.holder})"  # two carriers' shares of seats
    if a.side and b.side and a.side != b.side:
        return False, f"two sides of a vote ({a.side} vs {b.side})"  # "71 percent backed it", "28 percent voted no"
    if a.traded and _sold(b) or b.traded and _sold(a):
        return False, "a share price and the price of something sold"  # "$212.40" in trading, "the Air's price to $999"
    if a.moves != b.moves:
        return False, "a movement and a level"  # "shares rose 2.1 percent", "a market share of 9 percent"
    if a.direction and b.direction and a.direction != b.direction:
        return False, "a rise and a fall"  # "unit costs rose 5.4%", "fuel costs fell 4%"
    if (a.over_time and not b.direction and _a_share(b)) or (b.over_time and not a.direction and _a_share(a)):
        # "bookings rose 7%" and "about 7% of the line's bookings": a measure's change over time
        # is no share of a whole (a bare fall may be: "sailings were down by 60%" is "60% of
        # sailings were lost"); nor is a share named so, "the share of trips by bus reached 12%"
        return False, "a change over time and a share of a whole"
    if a.event_day and b.event_day and a.event_day != b.event_day:
        return False, f"events of different days ({a.event_day} vs {b.event_day})"  # two shootings
    if _when_apart(a.when, b.when):
        return False, f"different days or moments ({a.when} vs {b.when})"
    if bool(a.places) != bool(b.places) and (a.kind.startswith(_PLACE_BOUND_KINDS) or a.relation in
                                             _PLACE_BOUND_RELATIONS or b.relation in _PLACE_BOUND_RELATIONS):
        return False, "a named whole and an unnamed one (" + ", ".join(sorted(a.places | b.places)) + ")"
    if a.places and b.places and not _overlap(a.places, b.places) and (
            _place_bound(a) or _place_bound(b) or _countries_apart(a.places, b.places)):
        return False, "different places (" + ", ".join(sorted(a.places)) + " vs " + ", ".join(sorted(b.places)) + ")"
    if a.bearing is not None and b.bearing is not None and _turn(a.bearing, b.bearing) >= 90:
        return False, "distances in different directions"  # "30 km east of Dorvik", "90 km south-west of Dorvik"
    if a.to and b.to and a.to != b.to:
        return False, f"distances to different places ({a.to} vs {b.to})"  # "Sorvik, 58 km downstream", "Marnholt, 19 km downstream"
    if a.party and b.party and not (a.party & b.party):
        return False, "different parties"
    # a place one names is a word the other measures by: "Maravelle reached 38C" and "the station
    # in Maravelle recorded 36C"
    shared = ((a.words & b.words) | (a.places & b.words) | (b.places & a.words)) - {""}
    unnamed = not (a.words or a.whole) or not (b.words or b.whole)  # one says nothing of what it measures
    measured = unnamed and a.measures == b.measures and a.measures not in ("", "size")  # "the device is 5.9 mm thin"
    if not shared and not echo and a.kind != "age" and not (a.relation and a.relation == b.relation) \
            and not (a.stance and a.stance == b.stance and a.kind.startswith("percentage")) \
            and not (unnamed and a.places & b.places) and not measured and (
            not a.kind.startswith("count:") or a.kind == "count:" or a.kind == "count:person" and not (a.relation or b.relation)):
        # counts of one kind of thing need no more; but people are counted for many reasons
        # ("48 people on board", "five people remain in hospital"): without a relation, persons
        # need a word in common
        return False, "no shared words"
    why = []
    if a.relation and a.relation == b.relation:
        why.append(f"same relation ({a.relation})")
    if a.stance and a.stance == b.stance:
        why.append(f"one side of a negotiation ({a.stance})")
    if shared:
        why.append("shared words: " + ", ".join(sorted(shared)))
    if a.places & b.places:
        why.append("shared places: " + ", ".join(sorted(a.places & b.places)))
    return True, "; ".join(why) or "same kind"


def _interval(claim: Claim) -> tuple[Optional[float], Optional[float]]:
    """The claim's normalized (low, high), or its stated one before normalization."""
    norm = claim.normalized
    return (norm.low, norm.high) if norm else (claim.low, claim.high)


_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")
#: a duration written as a clock ("2:31:08", "1:29:44.5", "4:05"): its last part is its precision
_CLOCK_DURATION = re.compile(r"(\d+):([0-5]\d)(?::([0-5]\d))?(?:\.(\d+))?(?![\d:])")


def precision(claim: Claim, round_zeros: bool = True) -> Optional[float]:
    """Half a unit in the last stated digit, relative to the value: "5.9" -> 0.05 / 5.9;
    "1,300" -> 50 / 1,300 and "700" -> 50 / 700 (a round figure is rounded: "(700 miles)" beside
    "1,150 kilometres"); "1,290" -> 5 / 1,290; None when the
    surface holds no digits and no exact whole number ("dozens", "a third"). A whole number in
    words is as precise as in digits: "Twelve" -> 0.5 / 12, "two thousand" -> 500 / 2,000. A
    duration written as a clock is stated to its last part: "2:31:08" -> 0.5 / 9,068. With
    ``round_zeros`` False a whole number's trailing zeros count as stated: "90" -> 0.5 / 90."""
    m = _DIGITS.search(claim.surface)
    if claim.value in (None, 0):
        return None
    clock = _CLOCK_DURATION.search(claim.surface) if claim.dimension == "time" else None
    if clock:
        # "2:31:08" is stated to the second: half a second in 9,068 (hours, minutes or seconds
        # alike, so "4:05" is 0.5 / 245 whether it is minutes or hours)
        parts = [int(p) for p in clock.groups()[:3] if p is not None]
        whole = parts[0] * 3600 + parts[1] * 60 + parts[2] if len(parts) == 3 else parts[0] * 60 + parts[1]
        half = 0.5 * 10 ** -len(clock.group(4)) if clock.group(4) else 0.5
        return half / whole if whole else None
    if not m:
        if claim.low != claim.high or claim.value != int(claim.value) or not math.isfinite(claim.value):
            return None
        digits = str(abs(int(claim.value)))
        zeros = len(digits) - len(digits.rstrip("0")) if len(digits) >= 2 and round_zeros else 0
        return 0.5 * 10 ** zeros / abs(claim.value)
    text = m.group(0).replace(",", "")
    try:
        stated = float(text)
    except ValueError:
        return None
    if stated == 0:
        return None
    if m.group(1):
        half = 0.5 * 10 ** -len(m.group(1))
    else:
        digits = text.rstrip(".")
        zeros = len(digits) - len(digits.rstrip("0")) if len(digits) >= 2 and round_zeros else 0
        half = 0.5 * 10 ** zeros
    return half / abs(stated)


def _bounds(claim: Claim, tolerance: float, stated: bool = True,
            age: Optional[bool] = None, conflict: bool = False, native: bool = False) -> tuple[float, float]:
    """The claim's interval widened by the tolerance, or by its stated precision where that is
    finer (unless ``stated`` is False). ``age``: whether the claim is an age, when the caller
    knows it already (``features``), else read here. ``conflict``: the bounds a conflict is read
    on, where a rounded figure ("about 230", "some 180") is widened by its qualifier only: its
    interval already holds the rounding, and widened twice two outlets' 230 and 180 would agree.
    Grouping keeps the wider bounds, so such figures still meet in one group. ``native``: the
    interval as stated, before normalization (see ``_native``)."""
    low, high = (claim.low, claim.high) if native else _interval(claim)
    stated = precision(claim) if stated else None
    tol = tolerance if stated is None else min(tolerance, stated)
    low_tol = high_tol = tol
    if conflict and stated is not None and claim.low is not None and claim.high is not None \
            and claim.low < claim.high and _ROUNDED_SURFACE.match(claim.surface):
        # "about 230": the qualifier's interval already holds the rounding; but the end a one-sided
        # qualifier leaves at the figure ("nearly 31 million": 31 million) is widened by half its
        # last stated digit, a trailing zero counted as stated ("almost 90%" is not 93%)
        digit = min(tol, precision(claim, round_zeros=False) or 0.0)
        low_tol = digit if claim.low == claim.value else 0.0
        high_tol = digit if claim.high == claim.value else 0.0
    if role_of(claim) == "age" if age is None else age:
        low_tol = high_tol = 0.0  # ages are whole years: 27 against 28 is a disagreement
    if low is None:
        low = 0.0 if claim.dimension in ("count", "currency") else -math.inf
    if high is None:
        high = math.inf
    return (low * (1 - low_tol) if low > 0 else low * (1 + low_tol),
            high * (1 + high_tol) if high > 0 else high * (1 - high_tol))


def _fmt_interval(claim: Claim) -> str:
    low, high = _interval(claim)
    return f"[{'-inf' if low is None else f'{low:,.4g}'}, {'inf' if high is None else f'{high:,.4g}'}]"


def conflicts_of(claims: tuple[Claim, ...], tolerance: float,
                 same_source=None) -> tuple[Conflict, ...]:
    """Pairs of claims from different documents (and not copies of one another, per
    ``same_source(doc_a, doc_b)``) whose intervals, widened by the tolerance or by the stated
    precision where that is finer, do not overlap."""
    found = []
    bounds = [_bounds(c, tolerance) for c in claims]
    if len(claims) > MAX_PAIRWISE:
        return _conflicts_with_extremes(claims, bounds, same_source)
    for i, a in enumerate(claims):
        lo_a, hi_a = bounds[i]
        for j in range(i + 1, len(claims)):
            b = claims[j]
            if a.doc == b.doc or (same_source is not None and same_source(a.doc, b.doc)):
                continue  # repeats within one article (or its reprints) are not cross-source conflicts
            lo_b, hi_b = bounds[j]
            if _disjoint((lo_a, hi_a), (lo_b, hi_b)):
                found.append(Conflict(i, j, f"{_fmt_interval(a)} and {_fmt_interval(b)} do not overlap"))
    return tuple(found)


#: a group larger than this lists each claim's conflict with the group's extreme claims only (the
#: lowest upper bound and the highest lower bound), not every pair: a figure reported thousands of
#: times would otherwise give millions of pairs.
MAX_PAIRWISE = 60


def _conflicts_with_extremes(claims, bounds, same_source) -> tuple[Conflict, ...]:
    lowest_high = min(range(len(claims)), key=lambda k: (bounds[k][1], k))
    highest_low = max(range(len(claims)), key=lambda k: (bounds[k][0], -k))
    found = set()
    for i, (lo, hi) in enumerate(bounds):
        for j in (lowest_high, highest_low):
            if i == j or claims[i].doc == claims[j].doc or (
                    same_source is not None and same_source(claims[i].doc, claims[j].doc)):
                continue
            lo_j, hi_j = bounds[j]
            if _disjoint((lo, hi), (lo_j, hi_j)):
                found.add((min(i, j), max(i, j)))
    return tuple(Conflict(a, b, f"{_fmt_interval(claims[a])} and {_fmt_interval(claims[b])} do not overlap")
                 for a, b in sorted(found))


def _sort_key(claim: Claim):
    return (claim.doc, claim.start, claim.end, claim.surface)


def _best_label(topics: list[str], feats: list[_Features]) -> Optional[int]:
    """Which topic names a group best: one that names the group's relation ("people killed", not
    "people identified"), then the one sharing most words with the others, shortest on ties;
    never one that names another relation than the group's ("others killed" for a count the
    grouping read as injured). None when every topic names another relation."""
    relation = feats[0].relation if feats else None
    fits = [k for k in range(len(topics)) if not _names_other_relation(topics[k], relation)]
    if len(fits) <= 1:
        return fits[0] if fits else None
    counts = Counter(w for f in feats for w in f.words)

    def score(k: int):
        named = bool(relation) and _relation_in(_raw_words(topics[k])) == relation
        # "the figure", "the number": a count referred back to names nothing itself
        bare = set(_raw_words(topics[k].split(",")[0])) <= _ANAPHOR_NOUNS | _STOP
        return (not named, bare, -sum(counts[w] for w in feats[k].words), len(topics[k]), topics[k])

    return min(fits, key=score)


def _label(claims: tuple[Claim, ...], feats: list[_Features]) -> str:
    """The group's subject (``_best_label``); else the relation and the unit."""
    best = _best_label([c.topic for c in claims], feats)
    if best is None:
        relation = feats[0].relation if feats else None
        return f"{relation}, {claims[0].unit}" if claims[0].unit else str(relation)
    return claims[best].topic or claims[best].unit


def _names_other_relation(topic: str, relation: Optional[str]) -> bool:
    if not relation or not topic:
        return False
    named = {_word_relation(w) for w in _raw_words(topic)} - {None}
    return bool(named) and relation not in named


def _label_of(records) -> str:
    """``_label`` read off records, to order the groups before any is built."""
    best = _best_label([r.topic for r in records], [r.feats for r in records])
    return records[0 if best is None else best].topic


#: who can be the source of a claim ("according to four people", "two officials said").
_SOURCES = frozenset(lexicon.table("speech")["source_nouns"])


#: nouns for one person ("victim" is not here: "victims" is one of PERSONS' plurals)
_SINGULAR = frozenset(lexicon.table("persons")["singular"])


#: the rest of a description an age stands in, then the name it describes set in apposition:
#: "[68-year-old] chairman, Edwin Carrow, has ..."; "[15-year-old] skier from Lindau, Mira
#: Osk, who ...". A capitalised word after the comma that runs on in capitals or ends
#: at a comma, a stop or a lower-case word is the name (the place's prepositions: comparison.json
#: function_words noun_prepositions).
_APPOSED_NAME = re.compile(r"(?:-year-old)?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
                           r"(?:\s+(?:" + _alternatives(_FUNCTION["noun_prepositions"])
                           + r")\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                           r",\s+((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+)(?=\s*[,.;)]|\s*$|\s+[a-z])")


def _owner(claim: Claim) -> str:
    """Whose age a claim gives: the names in its subject, lower-cased ("Renewal leader Irena
    Valcik" -> "renewal irena valcik"), else its subject's words ("the suspect"); its topic's
    names when the subject runs on past them into an apposition. A description that names no one
    is owned by the name set in apposition right after it ("The 68-year-old chairman, Edwin
    Carrow, said" -> "edwin carrow")."""
    person = _AGE_OF_PERSON_BEFORE.search(_sentence_before(claim)) if claim.sentence else None
    if person:
        # "Ilse Marren, a retired teacher of 66" is her age; "a widow of 91" an unnamed widow's
        return (person.group("name") or person.group("noun")).lower()
    phrase = (claim.subject or claim.topic or "").split(",")[0].strip()
    role = _ROLE_APPOSED_BEFORE.search(_sentence_before(claim)) if claim.sentence else None
    head = phrase.split()[-1:]
    if role and role.group(1).lower() in _ROLES and head and head[0].lower() in _ANYONE:
        return "the " + role.group(1).lower()  # "the suspect, a 34-year-old local man": the suspect's age
    if claim.topic and _NAME.findall(claim.topic) and claim.topic.split(",")[0].strip() in phrase:
        # "Priya Castellane, 46, Tessaly's chief executive": the subject runs on into the
        # apposition ("Priya Castellane Tessaly chief executive"); the topic is the name
        phrase = claim.topic.split(",")[0].strip()
    names = _NAME.findall(phrase)
    if not names and set(_raw_words(phrase)) <= _AGE_NOUNS:
        return ""  # "gave his age as 33", "at the age of 45": whose, the noun "age" does not say
    thing = _thing_owner(phrase)
    if (thing or not names) and claim.sentence \
            and (apposed := _APPOSED_NAME.match(claim.sentence, claim.end - claim.sentence_start)):
        return apposed.group(1).lower()
    if thing:
        return thing
    owner = " ".join(names).lower() if names else phrase.lower()
    kin = _KIN_NAMED_BEFORE.search(_sentence_before(claim)) if claim.sentence and " " not in owner else None
    if kin and kin.group(2).lower() == owner:
        # "told reporters Ines Varga, 47, whose daughter Lena, 19,": Lena Varga, as another article calls her
        return f"{owner} {kin.group(1).lower()}"
    return owner


#: a full name, then within its clause "whose" and a noun of kin by blood with a first name alone,
#: right before a figure: "Ines Varga, 47, whose daughter Lena, " (group 1 the family name, group 2
#: the first name); lexicon/persons.json kin_by_blood
_KIN_NAMED_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s+([A-Z][\w'’-]+)\b[^.;]{0,60}?\bwhose\s+(?:"
                               + "|".join(lexicon.table("persons")["kin_by_blood"]) + r")\s+([A-Z][\w'’-]+)\s*,\s*$")


#: the nouns "age" and "ages": no one's name as an age's subject
_AGE_NOUNS = frozenset({"age", "ages"})


#: a role named right before an age's description set in apposition to it: "the suspect, a " of
#: "the suspect, a 34-year-old local man" (persons.json roles)
_ROLE_APPOSED_BEFORE = re.compile(r"\bthe\s+([a-z]+)\s*,\s+(?:a|an)\s+$", re.IGNORECASE)
_ROLES = frozenset(lexicon.table("persons")["roles"])
#: nouns for whoever did the harm (persons.json perpetrators): in one story, "the gunman" and "the
#: suspect" are one person
_PERPETRATORS = frozenset(lexicon.table("persons")["perpetrators"])


#: "in", "at", "of" ... : where a thing's noun phrase ends ("plant at Harlow")
_NOUN_PREPOSITIONS = frozenset(_FUNCTION["noun_prepositions"])


def _thing_owner(phrase: str) -> str:
    """The owner of a thing's age: the words of its noun phrase up to a preposition, the noun's
    lemma last ("the Harlow plant" -> "harlow plant"; "the plant at Harlow" -> "plant"), so that
    "the 44-year-old Harlow plant" and "the plant is 44 years old" are one plant's, and the
    Harlow and Tessel plants two. Empty when the phrase's noun is a name or a person's ("Irena
    Valcik", "the driver", "the quarterback")."""
    words = phrase.split()
    cut = next((k for k, w in enumerate(words) if w.lower() in _NOUN_PREPOSITIONS), len(words))
    words = [w for w in words[:cut] if w.lower() not in ("the", "a", "an")]
    if not words or not words[-1].isalpha() or not words[-1].islower() \
            or _lemma(words[-1]) in _KINDS_OF_PERSON or _lemma(words[-1]) in _PERSON_NOUNS:
        return ""
    return " ".join(words[:-1] + [_lemma(words[-1])]).lower()


#: nouns for a person that say nothing of which one ("man", "woman", "boy"); persons.json anyone.
_ANYONE = frozenset(lexicon.table("persons")["anyone"])


def _anyone(owner: str) -> bool:
    """Whether an age's owner is only a noun for some person ("man", "the woman"), not a name or
    a role: two such ages may be two people's."""
    words = owner.split()
    return bool(words) and words[-1] in _ANYONE and all(w in ("the", "a", "an") for w in words[:-1])


def _same_owner(a: str, b: str) -> bool:
    """Whether two ages' owners are one person: the same words, or names of which one holds the
    other's and both end in the same surname ("Irena Valcik" and "Valcik"; not "John Okoro" and
    "Mark Okoro", father and son), or the same given name and surname after different titles
    ("Police commissioner Viktor Lanz", "Commissioner Viktor Lanz")."""
    if not a or not b:
        return False
    if a == b:
        return True
    x, y = a.split(), b.split()
    if len(x) == len(y) == 2 and x[0] == y[0] == "the" and {x[1], y[1]} <= _PERPETRATORS:
        return True  # "the gunman" and "the suspect": in one story, whoever did it
    if x[-1] != y[-1] and _compound_of(x[-1], y[-1]) and not {_lemma(x[-1]), _lemma(y[-1])} & _PERSON_NOUNS:
        # "the 74-year-old footbridge", "the 71-year-old bridge": one structure, a thing, no
        # person; "the Skelding footbridge" and "the bridge" too
        short = min(x[-1], y[-1], key=len)
        x, y = x[:-1] + [short], y[:-1] + [short]
        if len(x) == len(y) == 1:
            return True
    if len(x) == len(y) == 1 and _AGE_OWNERS.get(_lemma(x[0]), x[0]) == _AGE_OWNERS.get(_lemma(y[0]), y[0]):
        return True  # "the 41-year-old vessel", "the 41-year-old ferry": one ship (relations.json age_owners)
    return x[-1] == y[-1] and (set(x) <= set(y) or set(y) <= set(x) or len(x) > 1 and len(y) > 1 and x[-2] == y[-2])


#: nouns of one thing whose age is told ("vessel", "ferry" -> ship); lexicon/relations.json age_owners
_AGE_OWNERS = {w: name for name, words in lexicon.table("relations")["age_owners"].items() for w in words.split()}


def _compound_of(a: str, b: str) -> bool:
    """Whether one word is the other closed up with a word before it: "footbridge" of "bridge"."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and len(long_) > len(short) + 2 and long_.endswith(short)


def _plural_owner(claim: Claim) -> bool:
    """Whether an age's owner is several people ("the victims, aged 24 and 31"): an age is one
    person's, so such a list compares with nothing. The noun right before "aged" owns the ages
    after it, whatever the sentence's subject: "a study of children aged 7 to 10", "two boys aged
    9 and 10"."""
    aged = _NOUN_AGED_BEFORE.search(claim.sentence, 0, max(claim.start - claim.sentence_start, 0))
    if aged is not None and (word := aged.group(1).lower()) not in _SINGULAR_COPULAS:
        # "are aged 5 to 11": a plural verb tells several people, whatever its subject
        return word in _PLURAL_COPULAS or (_plural(word) and (_noun_lemma(word) in _PEOPLE_NOUNS or word in PERSONS))
    head = (claim.subject or claim.topic or "").split(",")[0].strip().lower().split()[-1:]
    if not head:
        return False
    word, one = head[0], _lemma(head[0])
    # of the subject's nouns only the plain ones: "Among the suspects are ..., Mirela Vantos, 29"
    # names its owner after a noun of roles
    return _plural(word) and (word in PERSONS or one in PERSONS or one in _SINGULAR)  # "victims", "hikers", "men"


def _plural(word: str) -> bool:
    """Whether a noun is written plural: "victims", "men", "boys", "children"."""
    one = _noun_lemma(word)
    return word in _PLURALS_WITHOUT_S or (one != word and word not in _SINGULAR)


#: the copulas before "aged": "were aged 19 and 24" is several people's ages, "was aged 44" one's
#: (lexicon/comparison.json copulas_by_number)
_PLURAL_COPULAS = frozenset(_CMP["copulas_by_number"]["plural"])
_SINGULAR_COPULAS = frozenset(_CMP["copulas_by_number"]["singular"])
#: a noun, "aged" and the ages before a figure, as ``_AGED_BEFORE`` reads them: "children aged ",
#: "boys aged 9 and " (group 1 the noun)
_NOUN_AGED_BEFORE = re.compile(r"\b([A-Za-z]+)\s+aged\s+(?:(?:from|between)\s+)?" + _AGES_BEFORE)


#: plurals not written with an "s" ("the wounded, two men, 25 and 41"); lexicon/numbers.json irregular_plurals
_PLURALS_WITHOUT_S = frozenset(_NUM["irregular_plurals"])


def comparable(claim: Claim, role: Optional[str] = None) -> bool:
    """Whether a claim is a figure worth comparing across sources (``role``: its ``role_of``, when
    the caller has read it already).

    Not grouped:
    - counts of one, and counts of two persons or of things already named ("two fighters told
      Reuters", "one of the militants", "the two countries"): they identify people and things
      rather than state a magnitude anyone disputes; but a casualty count of one or two ("two
      people were killed") is the figure most shootings are about, and is kept, and so is a count
      of two things ("two pipelines were breached");
    - a count of the sources themselves ("according to four people with direct knowledge");
    - a span of time that measures nothing ("two days later", "we have fought for ten years"):
      its subject is empty because it says when, not how much; and a span back from now ("the
      club paid for him four years ago"), which dates an event (unless its verb makes it an age:
      ``made_ago``); and a span that frames another fact in time ("the first rise in four
      years", "over the past three years", "in its first 12 months on sale");
    - clock times, street numbers ("the 500 block"), phone and tip-line numbers, counts of
      criminal charges, age bounds ("children under five") and a parent's children ("a father
      of three"): they identify, they do not measure;
    - an age whose owner is not known, is several people ("the victims, aged 24 and 31"), or is
      only a noun for some person ("a 22-year-old man": which man is not said);
    - a count below one: a share of what it counts ("some 3/4 of voters", "one in five adults");
      and one member of a count ("he was one of eight people wounded": the eight are the figure);
    - a move from one level to another read as a range ("the rate climbs from 42% to 45%"): its
      two ends are two figures, neither of which it states as the other's bound.
    """
    if claim.attribution and claim.surface.lower() in claim.attribution.lower() and _unit_head(claim) in _SOURCES:
        return False
    if claim.dimension == "count" and claim.high is not None and claim.high <= 2 and claim.change == "=":
        head = _unit_head(claim)
        if relation_of(claim) not in CASUALTY and (claim.high < 2 or not head or WORD_CLASS.get(head) in _PERSON_CLASSES
                                                   or head in _SOURCES
                                                   or _raw_words(_before(claim))[-1:] in ([w] for w in _DEFINITE)):
            return False
    if claim.dimension == "count" and claim.high is not None and 0 <= claim.high < 1:
        return False  # "some 3/4 of voters", "one in five adults": a share, no count of voters
    if claim.dimension == "count" and claim.high == 1 and _ONE_OF.match(claim.surface):
        return False  # "he was one of eight people wounded": who he is; the eight are the count
    role = role_of(claim) if role is None else role
    if claim.dimension == "time" and not claim.subject and role != "age" and relation_of(claim) not in _DURATIONS:
        return False  # "two days later"; but "was jailed for nine years" measures a sentence
    if claim.dimension == "time" and role != "age" and _duration_mark(claim).startswith((":ago", ":frame")):
        return False  # "paid for him two years ago", "the first rise in four years": when, not how long
    if claim.dimension == "count" and _unit_head(claim) in _PERIOD_NOUNS \
            and _duration_mark(claim).startswith((":ago", ":frame")):
        return False  # "11 goals in two seasons", "three terms ago": a span counted in periods frames, as "in two years" does
    if role in ("clock", "address", "phone", "charges", "age_bound", "kin", "name"):
        return False
    if claim.value is None and claim.low is not None and claim.high is not None and claim.low < claim.high \
            and _moved_from(claim):
        return False  # "climbs from 42% to 45%": two levels, the old and the new, not one interval
    if role == "frequency" and not _frequency_kind(claim):
        return False  # "three times as many", "twice a week": a multiplier or a rate, not a count
    if role == "age" and (not (claim.subject or claim.topic) or _plural_owner(claim) or _anyone(_owner(claim))):
        return False  # "a 22-year-old man" and "the man who died was 27": which man is not known
    return True


def _day(claim: Claim) -> str:
    return (claim.date or "")[:10]


def _point(claim: Claim) -> Optional[float]:
    low, high = _interval(claim)
    value = claim.normalized.value if claim.normalized else claim.value
    return next((x for x in (value, low, high) if x is not None), None)


def changed_over_time(claims: tuple[Claim, ...], feats: list[_Features], conflicts) -> bool:
    """Whether a conflicting count moved between reports: the group's relation is one that moves
    (a toll), and every conflicting pair has the larger figure in the later-dated report, or is
    a figure and the count its text says it replaced ("up from 27 a day earlier", "police had
    earlier put the toll at three": ``_one_history``). A count of those still in a state (scope
    "still": "186,000 homes were still without power", "nine remain in hospital") moves the
    other way: as people are reconnected or discharged, the later report has the smaller one."""
    if not conflicts or not feats or feats[0].relation not in TIME_ORDERED:
        return False
    falling = all(f.scope == "still" for f in feats)
    for c in conflicts:
        if _one_history(feats[c.a], feats[c.b]):
            continue
        a, b = claims[c.a], claims[c.b]
        da, db = _day(a), _day(b)
        if not da or not db or da == db:
            return False
        early, late = (a, b) if da < db else (b, a)
        if falling:
            early, late = late, early  # the smaller figure is the later one
        if _point(early) is None or _point(late) is None or _point(early) >= _point(late):
            return False
    return True


class _Cluster:
    __slots__ = ("members", "distinct", "words", "note", "wholes")

    def __init__(self):
        self.members: list[int] = []
        self.distinct: dict[_Features, str] = {}  # each distinct member feature, and why it joined
        self.words: Counter = Counter()
        self.note = ""  # why it was split from another group (see _split_by_document)
        self.wholes: dict[frozenset, tuple[float, float]] = {}  # a share's whole -> (max low, min high)


#: how many of a group's first claims a new claim's figure is checked against, to choose between
#: groups it could join.
SAMPLE = 8


def _apart(a: "_Record", b: "_Record", touching: bool = False) -> bool:
    """Whether two figures disagree: their bounds, widened by each one's stated precision, do not
    overlap; or, for two measures stated in different units ("35 miles", "58 km"; "£1.7m",
    "2m euros"), their bounds widened by the whole tolerance, since one is often the other
    converted and rounded in its own unit. ``touching``: bounds that only touch disagree too
    (for conflicts, see ``_disjoint``; grouping keeps such figures together)."""
    x, y = _compared_bounds(a, b)
    return _disjoint(x, y) if touching else x[1] < y[0] or y[1] < x[0]


def _compared_bounds(a: "_Record", b: "_Record") -> tuple[tuple[float, float], tuple[float, float]]:
    """The bounds two figures are compared on: loose for two measures stated in different units
    (see ``_apart``); for two sums stated in one currency, that currency's, since each was
    converted at its own article's date ("€97" on Monday and "€97" on Friday are one fare, whatever
    the euro did between); else each one's own."""
    if a.stated != b.stated:
        return (a.loose, b.loose) if a.loose and b.loose else (a.bounds, b.bounds)
    return (a.native, b.native) if _in_native(a, b) else (a.bounds, b.bounds)


def _in_native(a: "_Record", b: "_Record") -> bool:
    """Whether two figures are compared in the currency both were stated in (``_compared_bounds``)."""
    return a.stated == b.stated and bool(a.native) and bool(b.native)


def _two_statements(a: "_Record", b: "_Record", same_source) -> bool:
    """Whether two figures are two sources' statements a conflict may set against each other: not
    one article's or one source's, unless the article reports a disagreement (it gives one as
    someone's true or own account: "the tenants' group puts the true figure at 230"), and neither a
    bracketed conversion (compared through the figure it converts)."""
    if a.restated or b.restated:
        return False
    if a.doc == b.doc:
        return a.disputes or b.disputes
    return not same_source(a.doc, b.doc)


def _disjoint(x: tuple[float, float], y: tuple[float, float]) -> bool:
    """Whether two intervals do not overlap, for a conflict. Two that only touch, each of some
    width, are two figures widened by half their last digit ("111 seats" and "112 seats":
    110.5-111.5 and 111.5-112.5): they disagree too. Two points (ages, widened by nothing)
    that are equal agree."""
    if x[1] < y[0] or y[1] < x[0]:
        return True
    touch = math.isclose(x[1], y[0], rel_tol=1e-9) or math.isclose(y[1], x[0], rel_tol=1e-9)
    return touch and x[0] < x[1] and y[0] < y[1]


def _distance(a: "_Record", b: "_Record") -> float:
    """How far apart two figures are: on a log scale when both are positive."""
    if a.value is None or b.value is None:
        return math.inf
    if a.value > 0 and b.value > 0:
        return abs(math.log(a.value) - math.log(b.value))
    return abs(a.value - b.value)


#: a conversion of the figure just before: in brackets ("58km (" before "36 miles)"), or after a
#: comma and a word of rounding ("$899, or about " before "£715", "$1,299 in the United States,
#: roughly £1,030", in another currency than the figure before); a bare comma is a list ("$5,
#: $10 and $20").
_ROUNDING = r"(?:about|around|roughly|approximately|some|nearly|almost)"
_RESTATED = re.compile(r"\d[\w.,%$£€ -]{0,20}\(\s*" + _ROUNDING + r"?\s*$")
_RESTATED_COMMA = re.compile(r"(?:[$£€¥]\s?)?\d[\w.,%$£€ -]{0,30},\s*(?:or\s+)?(?:" + _ROUNDING + r"\s*)?$")
_ROUNDED_SURFACE = re.compile(_ROUNDING + r"\b", re.IGNORECASE)
_SIGNS = re.compile(r"[$£€¥]|\b[A-Z]{3}\b")
#: dimensions of a physical measure, which ", or" with another unit converts ("12km, or roughly
#: 39,000ft"; "40C, or 104F"): lexicon/comparison.json converted_dimensions.
_CONVERTED_DIMENSIONS = frozenset(_CMP["converted_dimensions"])
#: the unit's letters after a surface's last digit: "ft" of "roughly 39,000ft", "feet" of "49,000 feet".
_UNIT_AFTER_DIGITS = re.compile(r"\d\s*([^\d\s][^\d]*)$")


def _restated(claim: Claim) -> bool:
    """Whether the claim converts the figure just before it (see ``_RESTATED``)."""
    before = claim.sentence[:max(claim.start - claim.sentence_start, 0)]
    if _RESTATED.search(before):
        return True
    comma = _RESTATED_COMMA.search(before)
    if comma is not None and claim.dimension in _CONVERTED_DIMENSIONS:
        # "an ash column of 12km, or roughly 39,000ft": the same height in another unit, as the
        # bracket gives it; not "12 km, or 15 km by road", whose unit is the figure's before it
        unit = _UNIT_AFTER_DIGITS.search(claim.surface)
        return "or" in comma.group(0).split() and unit is not None \
            and unit.group(1).lower() not in comma.group(0).lower()
    if comma is None or claim.dimension != "currency":
        return False  # "$1.2 billion, about 4 percent of revenue": another quantity
    signs = set(_SIGNS.findall(comma.group(0)))
    rounded = not comma.group(0).rstrip().endswith(",") or bool(_ROUNDED_SURFACE.match(claim.surface))
    return rounded and bool(signs) and not signs & set(_SIGNS.findall(claim.surface))


#: how many characters after a figure are read for a link to the next one (see _equivalent).
LINK = 40


def _link_after(c: Claim) -> str:
    """What ``_equivalent`` and ``_restated_shares`` read after a claim: the next ``LINK``
    characters when they open with an equivalence link (", or the equivalent of") or a share
    restating the claim's clause (", or 83%"), else nothing, so that the many claims with none
    keep no text in memory while their story is grouped."""
    after = _sentence_after(c)[:LINK]
    return after if _EQUIVALENT_OPENS.match(after) or _SHARE_AFTER.match(after) else ""


#: the clause after a count, its comma and "or", before a share that restates it (``_restated_shares``)
_SHARE_LINK = r"^[^,;:.!?\d]*,\s*or\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?"
#: a count's clause that a share restates after it: "38 found buyers, or 83%"
_SHARE_AFTER = re.compile(_SHARE_LINK + r"\d[\d.,]*\s*(?:%|per\s*cent|percent)", re.IGNORECASE)


def _equivalent(a: "_Record", b: "_Record") -> bool:
    """Whether one sentence states two figures as one quantity: "£800, or the equivalent of
    $1,000", "30 miles (48 km)"."""
    if a.sentence_start != b.sentence_start or a.doc != b.doc:
        return False
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = second.start - first.end
    return 0 <= gap <= LINK and bool(_EQUIVALENT.match(first.after[:gap]))


def _contrast(a: "_Record", b: "_Record") -> bool:
    """Whether one article's two figures are of two quantities: they disagree, the article does
    not give them to two different speakers, and it does not state them as one, nor say that one
    measures "the same" thing ("the harbour board says the breakwater will be 640 metres long ...
    a survey puts the length of the same breakwater at 520 metres": one breakwater, two accounts)."""
    return _apart(a, b) and not _two_speakers(a.speaker, b.speaker) and not _equivalent(a, b) \
        and not _one_history(a.feats, b.feats) and not (a.same or b.same or a.disputes or b.disputes)


#: "the true number", "its own count", "the union's real figure": a figure given as someone's
#: account of a quantity, disputing another figure of it (comparison.json dispute_adjectives,
#: dispute_nouns); with "of" after it too: "the real number of posts at stake is 790"
_DISPUTE = re.compile(r"\b(?:the|its|their|his|her|our|[a-z]+['’]s?)\s+(?:" + "|".join(_CMP["dispute_adjectives"])
                      + r")\s+(?:" + "|".join(_CMP["dispute_nouns"]) + r")\b", re.IGNORECASE)

#: "by", "on", "from", "according to" before it, up to three words between: whose account a
#: figure is told by, no dispute ("By the trust's own count, 31 beds were shut"); comparison.json by_account
_BY_ACCOUNT = re.compile(r"\b(?:" + "|".join(_CMP["by_account"]) + r")\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _disputes(c: Claim, against: bool) -> bool:
    """Whether a figure's clause gives it as someone's true, real or own account (``_DISPUTE``),
    not by way of whose account it is told ("by its own count, 12 were done"); or the figure is
    set against another by its giver's clause (``against``: ``_set_against``, read once by
    ``_record``)."""
    if against or _rival_accounts(c):
        return True
    own = _own_before(c)
    found = _last(_DISPUTE, own)
    return found is not None and not _BY_ACCOUNT.search(own, 0, found.start())


#: a figure given as its owner's account: "the union's figure of £5 million", "the board's
#: estimate of about £3.2 million" (group 1 the owner; speech.json owned_figures)
_OWNED_ACCOUNT = re.compile(r"\b([A-Za-z][\w-]*)['’]s?\s+" + words_pattern(lexicon.table("speech")["owned_figures"])
                            + r"\s+(?:of|at|was|is|stood\s+at)\s+(?=\S*\d)")


def _rival_accounts(c: Claim) -> bool:
    """Whether a figure is one owner's account and its sentence gives another owner's account
    too: "the board's estimate of £3.2 million ..., but the union's figure of £5 million" (two
    accounts of one quantity, set side by side); not one owner's two figures."""
    if "'" not in c.sentence and "’" not in c.sentence:
        return False
    at, end = c.start - c.sentence_start, c.end - c.sentence_start
    accounts = [(m.end(), m.group(1).lower()) for m in _OWNED_ACCOUNT.finditer(c.sentence)]
    own = {owner for stop, owner in accounts if at <= stop < end}
    return bool(own) and any(owner not in own for _, owner in accounts)


#: words right before a figure that set it against the figure before it (comparison.json set_against)
_AGAINST_BEFORE = re.compile(r"\b(?:" + "|".join(_CMP["set_against"]) + r")\s+$", re.IGNORECASE)
#: after the giver's name: an apposition naming it (or the name closing one), "has been", then a
#: verb of giving a figure
_GIVEN_AFTER = re.compile(r"(?:\s*,[^,]{1,60},)?\s*,?\s*(?:(?:has|have|had)\s+)?(?:been\s+)?(?:"
                          + "|".join(sorted(GIVEN_FORMS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _set_against_whom(before: Sequence["_Record"], c: Claim) -> Optional["_Record"]:
    """The record of the figure a figure set against another (``_set_against``) is set against:
    the last before it in its sentence that is no difference between the two ("the wardens logged
    63 seals, 15 more than the 48 reported by the ferry company": the 63, not the 15); None when
    its sentence has none before it."""
    for r in reversed(before):
        if r.sentence_start != c.sentence_start:
            return None
        if not r.feats.kind.endswith((":up", ":down")):
            return r
    return None


#: between a figure and its giver: a participle of giving and "by" ("the 40 reported by the trust")
_GIVEN_BY = re.compile(r"\s+" + words_pattern(GIVEN_FORMS, ignorecase=True) + r"\s+by\s+", re.IGNORECASE)


def _set_against(c: Claim) -> bool:
    """Whether a figure is set against the one before it and given by a relative clause on it,
    whose subject is the figure's source (``figrecon.speakers``), or by a participle whose agent
    is: "far fewer than the 1,900 the contractor claimed", "rather than the 35 that the rangers
    have cited", "not the 340 announced by the council" (a disagreement the
    article reports); not a base ("up from the 60 of Monday") nor a plan ("rather than the 3,000
    planned"), which no one gives."""
    if not c.attribution or not _AGAINST_BEFORE.search(_before(c)):
        return False
    after = c.sentence[c.end - c.sentence_start:c.end - c.sentence_start + 100]
    at = after.lower().find(c.attribution.lower())
    return 0 <= at <= 40 and (_GIVEN_AFTER.match(after, at + len(c.attribution)) is not None
                              or _GIVEN_BY.fullmatch(after, 0, at) is not None)  # "the 40 reported by the trust"


#: "the same breakwater", "the same depot" before a figure in its clause: a thing already measured;
#: not "the same period", "the same amount" (comparison.json not_same_things)
_THE_SAME = re.compile(r"\bthe\s+same\s+([a-z]+(?:[\s-]+[a-z]+){0,2}?)\b(?!\s+(?:as|that|which)\b)", re.IGNORECASE)
_NOT_SAME_THINGS = frozenset(_CMP["not_same_things"])


def _names_the_same(c: Claim, f: "_Features") -> bool:
    """Whether a figure's own clause, before it, names "the same" thing as one measured before,
    a thing the figure measures (a word of its ``f.words``): "puts the length of the same
    breakwater at 520 metres", "the same depot employs 410 drivers". Not a time or an amount ("in the
    same period last year", "by the same amount"), not a comparison ("the same size as"), and not
    another thing ("came up in the same capsule, through a 215-metre shaft")."""
    found = _last(_THE_SAME, _own_before(c))
    if found is None:
        return False
    named = [_lemma(w) for w in _raw_words(found.group(1))]
    return named[0] not in _NOT_SAME_THINGS and any(WORD_CLASS.get(w, w) in f.words for w in named)


def _two_speakers(a: str, b: str) -> bool:
    """Whether two attributions name two speakers: both named, neither's words hold the other's
    ("the american company halvik" and "halvik" are one; "police" and "organisers" two), and not
    a name against a description of an organisation ("halvik" and "the american company")."""
    if not a or not b or a == b:
        return False
    described_a, described_b = _referring_back(a), _referring_back(b)
    if described_a != described_b and _a_name(b if described_a else a):
        return False  # "the american company" and "halvik": the article's company, named once
    x, y = set(a.split()) - _ARTICLES, set(b.split()) - _ARTICLES
    return not (x <= y or y <= x)  # "the seismological office" is "ostrevia's national seismological office"


def _a_name(speaker: str) -> bool:
    """Whether a speaker may be an organisation's name: one or two words, none of them a noun of
    people or sources ("halvik", "lumo inc"; not "officials", "union leader", "witnesses")."""
    words = speaker.split()
    return 1 <= len(words) <= 2 and not any(_lemma(w) in PERSONS or _lemma(w) in _SOURCE_PEOPLE for w in words)


#: nouns of people a report cites; lexicon/speech.json source_nouns.
_SOURCE_PEOPLE = frozenset(lexicon.table("speech")["source_nouns"])
#: nouns that refer back to an article's organisation; lexicon/comparison.json organisation_nouns.
_ORGANISATION_NOUNS = frozenset(_CMP["organisation_nouns"])
#: the words a noun for a business and nothing else is read as among a claim's words ("company"
#: -> "firm"): organisation_nouns less comparison.json organisation_nouns_not_only_companies
_COMPANY_CLASSES = frozenset(WORD_CLASS.get(w, w) for w in _ORGANISATION_NOUNS
                             - frozenset(_CMP["organisation_nouns_not_only_companies"]))


def _referring_back(speaker: str) -> bool:
    """Whether a speaker is a definite description of an organisation ("the company", "the
    american company"), not a name."""
    words = speaker.split()
    return len(words) >= 2 and words[0] == "the" and words[-1] in _ORGANISATION_NOUNS


def _figure(r: "_Record") -> str:
    """A record's figure, to three significant digits: what "the same figure" means to
    ``_join_echoes`` ("$54 billion" and "$54bn"; "€2.6 billion" and "$2.9 billion" when the day's
    rate makes them one)."""
    return f"{r.value:.3g}" if r.value is not None else ""


def _figures(r: "_Record") -> tuple[str, ...]:
    """The figures a record echoes by (``_figure``), and for a sum its figure in the currency it
    was stated in too: "€910 million" on Monday and on Friday is one figure, whatever the euro did
    between (``_native``; the two intervals differ by the rate alone)."""
    if r.value is None:
        return ()
    both = r.bounds[0] + r.bounds[1]
    if r.native and both and all(math.isfinite(x) for x in (*r.native, both)):
        return _figure(r), f"{r.stated}:{r.value * (r.native[0] + r.native[1]) / both:.3g}"
    return (_figure(r),)


#: a name in a claim's subject: a capitalised word ("MacBook", "Air", "IBM").
_NAME = re.compile(r"\b[A-Z][\w'’-]*")


#: days and months, as words and possessives: capitalised, but they name no thing ("Tuesday's
#: quarter-point rise" is no name against "the Bank of Caldonia's rate"); lexicon/calendar.json.
_CALENDAR_NAMES = frozenset(name + end for name in (*lexicon.month_names(), *lexicon.weekday_names())
                            for end in ("", "'s", "’s"))


def _shared_names(subject: Optional[str], shared: dict, opening: str = "") -> frozenset:
    """The names of a claim's subject, as one object for every claim with the same names (most
    have none), so that a large input holds each set once. ``opening``: the first word of the
    claim's sentence, whose capital names nothing ("Shareholders will receive $41 for each
    share")."""
    names = frozenset(w.lower() for w in _NAME.findall(subject or "")
                      if w != opening and w.lower() not in _CALENDAR_NAMES)
    return shared.setdefault(names, names)


def _opening_word(sentence: str, known: frozenset = frozenset()) -> str:
    """The capitalised word that opens ``sentence``, unless ``known`` (lower-cased) holds it: a
    name the article also writes inside a sentence ("Menks, 29, collected 321 yards" after
    "quarterback Dario Menks")."""
    m = _NAME.search(sentence[:40])
    return m.group(0) if m and not sentence[:m.start()].strip(" \t\n\"“‘'(") and m.group(0).lower() not in known else ""


def _names_inside(claims: list) -> frozenset:
    """The names an article's claims' subjects use, other than as their sentence's first word."""
    return frozenset(w.lower() for c in claims for w in _NAME.findall(c.subject or "") if w != _opening_word(c.sentence))


def _named_apart(a: "_Record", b: "_Record", mentioned: Optional[Callable] = None) -> bool:
    """Whether two claims each name something the other does not ("the MacBook Air's price",
    "the MacBook Pro's price"): then the same figure is no evidence that they measure one thing.
    ``mentioned``: the names a record's sentence uses. A name the other claim's sentence also
    uses tells the two apart no more: "the Castellane driver covered 42 km" and "Lucien Rivaud,
    who drives for Castellane, covered 42 km" name one driver, the team named in both."""
    only_a, only_b = a.names - b.names, b.names - a.names
    if not (only_a and only_b):
        return False
    return mentioned is None or not (only_a <= mentioned(b) or only_b <= mentioned(a))


#: a whole number below this is too common to be evidence by itself ("three", "7 points").
ECHO_MIN = 10


#: the most claim pairs two groups joined by an echo are checked over; larger groups stay apart.
ECHO_PAIRS = 2_000


def _echo_compatible(x: "_Record", y: "_Record") -> bool:
    """Whether two claims of two groups an echo would join may share a group: compatible; or
    compatible but for sharing no words, when their figures agree (two figures that disagree
    and share no words are two quantities more often than one), or but for one being dated to
    another event, when they state one figure (``_background_echo``)."""
    if compatible(x.feats, y.feats)[0]:
        return True
    if _apart(x, y):
        return False
    if _background_echo(x, y):
        return compatible(x.feats, replace(y.feats, scope=x.feats.scope), echo=True)[0]
    return compatible(x.feats, y.feats, echo=True)[0]


#: the dimensions of a measure that, alone of its kind in each of two articles, is one quantity
#: (``_join_echoes``); lexicon/comparison.json lone_measure_dimensions
_LONE_DIMENSIONS = frozenset(_CMP["lone_measure_dimensions"])


def _lone_compatible(x: "_Record", y: "_Record") -> bool:
    """Whether two claims of two groups that two lone measures (``_join_echoes``) would join may
    share a group: compatible; or compatible but for sharing no words, when their figures are
    near enough to be one quantity misreported (``UNLINKED_SPREAD``): "a gust of 96 km/h" and
    "winds of 90 km/h" are; "140 metres" and "90 metres" are not."""
    ok, why = compatible(x.feats, y.feats)
    if ok:
        return True
    if why != "no shared words" or not x.value or not y.value or x.value <= 0 or y.value <= 0:
        return False
    return max(x.value, y.value) <= UNLINKED_SPREAD * min(x.value, y.value)


def _background_echo(x: "_Record", y: "_Record") -> bool:
    """Whether two claims state one figure, one dated to another event or to an earlier count and
    the other not: an earlier event's figure that one outlet dates ("the 2041 outbreak killed 212
    people") and another does not ("since 212 people died when ...") is one figure, read as this
    event's only where its date is left out; so is a provisional count ("with 97 percent of
    stations reporting, 38 seats") that the final one repeats ("won 38 seats"); so is a figure one
    outlet gives as expected ("the repairs are expected to cost £7.4 million") and another
    states ("the council put the cost of the repairs at £7.4m"): a plan one outlet reports as
    a plan and another as the plan's figure. The same figure each the only one of its kind in
    its article (``_join_echoes``); a forecast and an outcome that differ stay apart."""
    scopes = (x.feats.scope, y.feats.scope)
    return bool(set(_figures(x)) & set(_figures(y))) and "this" in scopes \
        and any(s.startswith(("other", "earlier", "expected")) for s in scopes)


def _join_echoes(clusters: list[_Cluster], records: list, story_name,
                 mentioned: Optional[Callable] = None) -> list[_Cluster]:
    """Two groups of one story join when each holds a figure the other echoes: the same figure of
    the same kind ("$54 billion"; "seven villages"), each the only figure of its kind and value
    in its article, from two articles. Outlets word one figure differently ("its $54 billion
    services arm", "IBM's services revenue of $54 billion"); an article's one statement of a
    figure that another article also states once is the same quantity more often than a
    coincidence. A bare count ("the park's licensed capacity of 40,000") echoes a count that
    names its noun ("licensed for 40,000 people"), each the only count of that figure in its
    article. Not evidence: a figure an article states twice, for two things; a figure of one
    article; a whole figure below ``ECHO_MIN``; two echoing claims that each name something the
    other does not mention (``_named_apart``). And every pair of the two groups' claims must be
    compatible, or compatible but for sharing no words with figures that agree
    (``_echo_compatible``): so a measure's rounded conversion (``_conversions``) that two
    disagreeing figures of other words could each be never joins them into one group. A
    physical measure that is its article's only statement of its kind joins the like lone
    measure of another article, near it in value, though their words differ
    (``_lone_compatible``; comparison.json lone_measure_dimensions)."""
    where: dict[int, int] = {m: k for k, c in enumerate(clusters) for m in c.members}
    # an article's figure counted once per group that holds it: one quantity stated twice ("Headline
    # inflation was 4.1% ... inflation at 4.1%") is still one statement of it
    per_doc = Counter(key[:3] for key in {(records[m].doc, records[m].feats.kind, f, where[m])
                                          for m in where for f in _figures(records[m])})
    per_doc_counts = Counter((records[m].doc, _figure(records[m])) for m in where if records[m].feats.kind.startswith("count:"))
    echoes: dict[tuple, list[int]] = {}
    bare: dict[tuple, list[int]] = {}  # counts of any noun, for the keys a bare count is in
    for m in sorted(where):
        r = records[m]
        if r.value is None or float(r.value).is_integer() and abs(r.value) < ECHO_MIN:
            continue
        for figure in _figures(r):
            if per_doc[(r.doc, r.feats.kind, figure)] == 1:
                echoes.setdefault((story_name(r.doc), r.feats.kind, figure), []).append(m)
        if r.feats.kind.startswith("count:") and per_doc_counts[(r.doc, _figure(r))] == 1:
            bare.setdefault((story_name(r.doc), "count", _figure(r)), []).append(m)
    echoes.update({key: ms for key, ms in bare.items() if any(records[m].feats.kind == "count:" for m in ms)
                   or any(records[m].feats.kind == "count:person" for m in ms)
                   and any(_people_kind(records[m].feats.kind) for m in ms)})
    # a physical measure that is the only statement of its kind in its article (bracketed
    # conversions aside), in each of two articles: one quantity, told in each outlet's words
    stated = Counter((records[m].doc, records[m].feats.kind) for m in where if not records[m].restated)
    lone: dict[tuple, list[int]] = {}
    for m in sorted(where):
        r = records[m]
        if not r.restated and r.value and stated[(r.doc, r.feats.kind)] == 1 \
                and r.feats.kind.partition(":")[0] in _LONE_DIMENSIONS:
            lone.setdefault((story_name(r.doc), r.feats.kind), []).append(m)
    root = list(range(len(clusters)))

    def find(k: int) -> int:
        while root[k] != k:
            root[k] = root[root[k]]
            k = root[k]
        return k

    # conversions first, then figures equal to three digits, then lone measures, each in a fixed order
    runs = [(pair, "conversion") for pair in _conversions(sorted(where), records, story_name)] \
        + [(echoes[key], "echo") for key in sorted(echoes)] \
        + [(lone[key], "lone") for key in sorted(lone) if len(lone[key]) > 1]
    for echoing, how in runs:
        fits = _lone_compatible if how == "lone" else _echo_compatible
        held: list[int] = []  # one echoing claim of each group the run has reached so far
        for b in echoing:
            for a in held:  # each group once, not every pair of echoing claims
                ka, kb = find(where[a]), find(where[b])
                if ka == kb or records[a].doc == records[b].doc:
                    continue
                ca, cb = clusters[ka], clusters[kb]
                if _named_apart(records[a], records[b], mentioned) \
                        or len(ca.members) * len(cb.members) > ECHO_PAIRS \
                        or not all(fits(records[i], records[j]) for i in ca.members for j in cb.members):
                    continue
                why = {"conversion": f"{records[b].surface!r} converts {records[a].surface!r}, each the only such figure "
                                     "in its article",
                       "echo": f"the same figure {records[b].surface!r} is the only one of its kind in its article and "
                               "in another's",
                       "lone": f"{records[b].surface!r} and {records[a].surface!r} are each the only measure of their "
                               "kind in their article"}[how]
                for f, w in cb.distinct.items():
                    ca.distinct.setdefault(f, w or why)
                ca.members.extend(cb.members)
                ca.words.update(cb.words)
                for whole, (lo, hi) in cb.wholes.items():
                    old_lo, old_hi = ca.wholes.get(whole, (-math.inf, math.inf))
                    ca.wholes[whole] = (max(old_lo, lo), min(old_hi, hi))
                root[kb] = ka
                break
            if all(find(where[a]) != find(where[b]) for a in held):
                held.append(b)
    out = [c for k, c in enumerate(clusters) if find(k) == k]
    for c in out:
        c.members.sort()
    return out


#: how many figures of a kind, next in value order, ``_conversions`` looks at after each: a
#: conversion lies next to the figure it converts, and a large story's run of near figures has
#: no single echo anyway (this keeps the pairs linear in the story's figures).
CONVERSION_NEIGHBOURS = 4


def _conversions(members: list[int], records: list, story_name) -> list[list[int]]:
    """Pairs of measures that echo as a conversion: stated in two units ("172 knots", "about 320
    km/h"), in two articles of one story, agreeing within their precision, each the only figure
    of its kind its article states near that value. Rounding makes a converted figure no longer
    "the same figure" to three digits, so ``_join_echoes`` takes these pairs as well."""
    by_kind: dict[tuple, list[int]] = {}
    for m in members:
        r = records[m]
        if r.stated and r.value is not None and r.value != 0 and all(math.isfinite(x) for x in r.bounds):
            by_kind.setdefault((story_name(r.doc), r.feats.kind), []).append(m)
    pairs = []
    for ms in by_kind.values():
        ms.sort(key=lambda m: records[m].value)
        for x, a in enumerate(ms):
            ra = records[a]
            for b in ms[x + 1:x + 1 + CONVERSION_NEIGHBOURS]:
                rb = records[b]
                if rb.value > ra.value + 0.25 * abs(ra.value):
                    break  # sorted: no later figure is near (below zero too: "minus 8C", "17F")
                if rb.doc == ra.doc or rb.stated == ra.stated or _apart(ra, rb):
                    continue
                if any(records[o].doc in (ra.doc, rb.doc) and o not in (a, b) and _pinned(records[o])
                       and not _apart(records[o], ra if records[o].doc == ra.doc else rb)
                       for o in ms[max(0, x - 8):x + 9]):
                    continue  # an article with two figures near it: no single echo ("up to €5 billion" is none)
                pairs.append([a, b])
    return pairs


def _split_by_document(cluster: _Cluster, records: list) -> list[_Cluster]:
    """An article does not contradict itself: when one article gives two figures of a group that
    disagree ("the price works out to $13.2 billion"; "including debt, $13.9 billion"; a quake of
    5.9 and, a day later, one of 3.8), the group holds two quantities. Its figures become the
    centres and every other claim goes to the centre it agrees with (else to the one sharing most
    words with it, else the nearest). Kept as
    one: a count that moves over the news cycle (a toll an article updates; but a bare figure the
    article gives beside it, "the tower's 144 flats" beside "About 50 flats were destroyed", is
    still another quantity, and so is a toll under another of its headings, a roundup's other
    incident: ``figrecon.sections``), and two figures the article gives to two different
    speakers (a disagreement it reports)."""
    rs = [records[m] for m in cluster.members]
    timed = any(r.feats.relation in TIME_ORDERED for r in rs)

    def two(i: int, j: int) -> bool:
        # a count that moves may be updated within one article; a bare figure against it may not
        # ("About 50 flats were destroyed" and "the tower's 144 flats"), nor one under another
        # heading (a roundup's "PEMBERLY PARK": another incident's toll), nor a rate against a
        # total ("killing about 30 people a day" beside "has killed 140 people since Monday")
        return _contrast(rs[i], rs[j]) and not (timed and rs[i].feats.relation and rs[j].feats.relation
                                                and rs[i].section == rs[j].section
                                                and rs[i].feats.period == rs[j].feats.period)

    by_doc: dict[str, list[int]] = {}
    for k, r in enumerate(rs):
        by_doc.setdefault(r.doc, []).append(k)
    centres: list[list[int]] = []
    witnesses = []
    for doc in sorted(by_doc):
        ks = by_doc[doc]
        if not any(two(i, j) for x, i in enumerate(ks) for j in ks[x + 1:]):
            continue
        witnesses.append(doc)
        for k in ks:  # the article's figures, each with the centre it belongs to
            home = _centre_of(k, centres, rs)
            if home is None:
                centres.append([k])
            else:
                home.append(k)
    if len(centres) < 2:
        return [cluster]
    placed = {k for c in centres for k in c}
    seeds = [list(c) for c in centres]  # the articles' own figures
    rest = []
    for k in range(len(rs)):
        if k in placed:
            continue
        agree = [n for n, seed in enumerate(seeds) if not any(_apart(rs[k], rs[i]) for i in seed)]
        if agree:  # the nearest of the centres it agrees with ("nearly 14" with 13.9, not 13.2)
            centres[min(agree, key=lambda n: (min(_distance(rs[k], rs[i]) for i in seeds[n]), n))].append(k)
        else:
            rest.append(k)
    for k in rest:  # agreeing with none: the centre sharing most words with it, else the nearest
        home = min(centres, key=lambda c: (-sum(len(rs[k].feats.words & rs[i].feats.words) for i in c[:4 * SAMPLE]),
                                           min(_distance(rs[k], rs[i]) for i in c[:4 * SAMPLE]), -len(c)))
        home.append(k)
    out = []
    for centre in centres:
        others = [rs[c[0]].surface for c in centres if c is not centre]
        note = (f"apart from {', '.join(repr(o) for o in others)}: one article gives both "
                f"({', '.join(witnesses[:3])}), so they are two quantities")
        out.append(_part(cluster, [cluster.members[k] for k in sorted(centre)], records, note))
    return out


def _part(cluster: _Cluster, members: list[int], records: list, note: str) -> _Cluster:
    """The part of ``cluster`` holding ``members`` (indexes into ``records``, in order), each
    with the reason it joined, split off for ``note``."""
    part = _Cluster()
    part.note = note
    part.members = members
    for m in members:
        part.distinct.setdefault(records[m].feats, cluster.distinct.get(records[m].feats, ""))
        part.words.update(records[m].feats.words)
    return part


def _centre_of(k: int, centres: list[list[int]], rs: list) -> Optional[list[int]]:
    """The centre an article's figure ``rs[k]`` joins while a group is split by document: the
    nearest holding no figure it contrasts with; else the one centre whose figures' subjects share
    a name with its subject that no other centre's do (the tabloid's "Ray Castellano ... 310
    yards" goes with another article's "Castellano threw for 301 yards": a conflict between two
    articles, while "HP shares" of two days stay apart, both centres naming HP), or, when no
    name decides, a word of what it measures that no other centre's do ("the average pension,
    £612 a month" with "the average Hallbrook pension is £684 a month", not with "his Hallbrook
    pension of £540 a month"), if it holds no other figure of its own article it contrasts with
    and its figures are near. None: a centre of its own."""
    r = rs[k]
    # the nearest centre it does not contrast with: an article's two speakers' 6.4 and 6.7 are one
    # quantity, not the 6.7 and the aftershock's 5.1 the article gives to another speaker
    home = min((c for c in centres if not any(_contrast(r, rs[i]) for i in c)),
               key=lambda c: min(_distance(r, rs[i]) for i in c), default=None)
    if home is not None:
        return home
    fits = _one_fit(r, centres, rs, lambda x: x.names) if r.names else []
    if not fits and r.feats.words:
        # no name: the words of what it measures ("the average pension, £612 a month" goes with
        # another article's "The average Hallbrook pension is £684 a month", not with that
        # article's "His Hallbrook pension of £540 a month")
        fits = _one_fit(r, centres, rs, lambda x: x.feats.words)
    if len(fits) != 1 or any(rs[i].doc == r.doc and _contrast(r, rs[i]) for i in centres[fits[0]]):
        return None
    if not all(_near(r, rs[i]) for i in centres[fits[0]]):
        return None  # a figure far from the centre's is more likely another quantity of the same name
    return centres[fits[0]]


def _one_fit(r, centres: list[list[int]], rs: list, marks) -> list[int]:
    """The centres whose figures share with ``r`` one of its ``marks`` (names, words) that no
    other centre's figures share with it."""
    shared = [frozenset().union(*(marks(rs[i]) for i in c)) & marks(r) for c in centres]
    own = [n - frozenset().union(*(shared[j] for j in range(len(centres)) if j != x)) for x, n in enumerate(shared)]
    return [x for x, n in enumerate(own) if n]


#: the largest ratio between two figures that ``_centre_of`` takes for one quantity misreported
NEAR = 1.25


#: figures this many times apart are two quantities; lexicon/comparison.json far. Temperatures
#: this many degrees apart (far_degrees): a ratio means nothing on their scale
FAR = _CMP["far"]
FAR_DEGREES = _CMP["far_degrees"]


def _on_degrees(r: "_Record") -> bool:
    """Whether a figure is a temperature read on a scale with no true zero (degrees Celsius, as
    temperatures are normalized), not a change of one ("warmed by 2.7F": its kind marks the move)."""
    return r.feats.kind.startswith("temperature:") and r.feats.kind.count(":") == 1


def _stated_span(r: "_Record") -> Optional[tuple[float, float]]:
    """The part of a figure's interval its words state: an open end is closed at the stated one
    ("more than nine hours" is 9 hours, "fewer than 700 trains" 700), so that ``_far`` can read
    it. None when no end is positive and finite ("no one", a fall stated as a negative)."""
    lo, hi = r.bounds
    degrees = _on_degrees(r)  # "minus 17 degrees": below zero, still a reading
    finite_lo = math.isfinite(lo) and (lo > 0 or degrees)
    finite_hi = math.isfinite(hi) and (hi > 0 or degrees)
    if not (finite_lo or finite_hi):
        return None
    return (lo if finite_lo else hi, hi if finite_hi else lo)


def _far(a: "_Record", b: "_Record") -> bool:
    """Whether two figures are ``FAR`` times apart or more, between the nearest ends of their
    stated spans (``_stated_span``): "650,000 apps" and "30 billion apps", "more than nine hours"
    and "11 years"; "hundreds" and "4,000" are not (1,000 to 4,000)."""
    x, y = _stated_span(a), _stated_span(b)
    if x is None or y is None:
        return False
    (a_lo, a_hi), (b_lo, b_hi) = x, y
    if _on_degrees(a) and _on_degrees(b) and (a_lo - b_hi >= FAR_DEGREES or b_lo - a_hi >= FAR_DEGREES):
        return True  # "minus 17 degrees", "900C"
    return min(a_lo, b_lo) > 0 and (a_lo >= FAR * b_hi or b_lo >= FAR * a_hi)


def _split_far(cluster: _Cluster, records: list) -> list[_Cluster]:
    """A group's figures cut where two in value order are ``FAR`` apart: "650,000 apps" in a
    store and "30 billion apps" downloaded are two quantities, not a conflict. A count that moves
    over the news cycle (a toll) is kept whole; so is a group with a figure that states no
    positive end (``_stated_span``), and a figure the article states as one with another already
    placed ("800 crowns a month, or the equivalent of 9,000 crowns a year": ``_equivalent``) is
    not cut from it."""
    rs = [(records[m], m) for m in cluster.members]
    if len(rs) < 2 or rs[0][0].feats.relation in TIME_ORDERED:
        return [cluster]
    spans = {m: _stated_span(r) for r, m in rs}
    if any(span is None for span in spans.values()):
        return [cluster]
    rs.sort(key=lambda rm: (spans[rm[1]], rm[1]))
    parts: list[list[int]] = [[rs[0][1]]]
    top = rs[0][1]
    for r, m in rs[1:]:
        if not _far(r, records[top]):
            parts[-1].append(m)
        else:
            stated_with = next((part for part in parts if any(_equivalent(r, records[p]) for p in part)), None)
            if stated_with is None:
                parts.append(stated_with := [])
            stated_with.append(m)
        top = m if spans[m][1] > spans[top][1] else top
    if len(parts) == 1:
        return [cluster]
    out = []
    far = f"{FAR} times or {FAR_DEGREES} degrees" if _on_degrees(rs[0][0]) else f"{FAR} times"
    for members in parts:
        others = [records[p[0]].surface for p in parts if p is not members]
        note = "; ".join(filter(None, [cluster.note, f"apart from {', '.join(repr(o) for o in others)}: "
                                       f"{far} apart or more, so they are two quantities"]))
        out.append(_part(cluster, sorted(members), records, note))
    return out


def _near(a: "_Record", b: "_Record") -> bool:
    """Whether two figures are within ``NEAR`` of each other (both known and of one sign)."""
    if a.value is None or b.value is None or a.value * b.value <= 0:
        return False
    return max(abs(a.value), abs(b.value)) <= NEAR * min(abs(a.value), abs(b.value))


class Groups(Sequence):
    """The groups of ``group``, built one at a time when read: a large input never holds every
    group's claims at once. Indexing, ``len`` and iteration work as on a list."""

    def __init__(self, build, order: list[int]):
        self._build = build
        self._order = order

    def __len__(self) -> int:
        return len(self._order)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        return self._build(self._order[k])

    def __iter__(self):
        for k in self._order:
            yield self._build(k)


#: the bits of each position packed into ``_Record.at``; a document or a run of more than 2**40
#: characters or claims is not read
_BITS = 40
_FIELD = (1 << _BITS) - 1


def _at(start: int, end: int, sentence_start: int, sentence_end: int, index: int, statement: int) -> int:
    """A record's positions, its claim's index in the store and its statement's hash, as one
    integer: one object of 60 bytes, not six of 28 to 36 (``_Record``)."""
    return (start | end << _BITS | sentence_start << 2 * _BITS | sentence_end << 3 * _BITS | index << 4 * _BITS
            | (statement & 0xFFFF_FFFF_FFFF_FFFF) << 5 * _BITS)


#: the events of a record that names none: one object, pickled once with its document's records
#: (a new ``frozenset()`` for each record is 216 bytes each once read back: 13 MB more at 10,000
#: articles' largest story)
_NO_EVENTS: frozenset = frozenset()


@pickled_by_position
@dataclass(frozen=True, slots=True)
class _Record:
    """What grouping keeps of a claim while it reads the rest: its place in the store, where it
    was said, its interval for conflicts and its features. A story's records are all held while
    it is grouped, so the integers are packed into one (``at``: ``_at``), read back as
    ``start``, ``end``, ``sentence_start``, ``sentence_end``, ``index`` and ``statement``."""

    doc: str
    at: int
    surface: str
    source: str
    day: str
    bounds: tuple[float, float]
    value: Optional[float]
    topic: str
    feats: _Features
    back_reference: bool = False  # its sentence opens with "It", "They", "That ...": see _inherit_scopes
    speaker: str = ""  # who the article says gave the figure ("the survey"): see _split_by_document
    after: str = ""  # the sentence's next words after the figure: see _equivalent
    stated: str = ""  # the unit it was stated in, for a measure ("mile", "pound"); "" for a count
    loose: tuple = ()  # its bounds widened by the tolerance alone, whatever its precision: see _apart
    restated: bool = False  # a conversion in brackets after another figure: "58km (36 miles)"
    names: frozenset = frozenset()  # the names in its subject: "macbook", "air" of "the MacBook Air's price"
    dated_before: bool = False  # a moving count its clause dates to a day before its article's: see _superseded_later
    ends_clause: bool = False  # a bare count with no word of its own after it: see _gapped_counts
    rate: tuple = ()  # money at the rate its article states: (currency or noun, rate); see _story_rates
    elsewhere: tuple = ()  # the bounds of its article's figures of its kind in other groups: see _pairs
    native: tuple = ()  # money's bounds in the currency it was stated in: see _compared_bounds
    section: str = ""  # the heading of its article's section (``figrecon.sections``): see _split_by_document
    events: frozenset = frozenset()  # the named event whose relative clause holds it: see _story_dated
    # for an age that refers back, its article's names: see _story_antecedents. A tuple: an empty
    # one is one object however many records are read back, an empty frozenset a new one each time
    candidates: tuple = ()
    same: bool = False  # its clause names "the same" thing as another figure: see _contrast
    disputes: bool = False  # its clause gives it as someone's true or own account: see _contrast

    @property
    def start(self) -> int:
        return self.at & _FIELD

    @property
    def end(self) -> int:
        return self.at >> _BITS & _FIELD

    @property
    def sentence_start(self) -> int:
        return self.at >> 2 * _BITS & _FIELD

    @property
    def sentence_end(self) -> int:
        return self.at >> 3 * _BITS & _FIELD

    @property
    def index(self) -> int:
        """Its claim's place in the store."""
        return self.at >> 4 * _BITS & _FIELD

    @property
    def statement(self) -> int:
        """A hash of its sentence and surface: a reprint's repeat of its original's claim."""
        return self.at >> 5 * _BITS


def _inherit_scopes(records: list) -> list:
    """An undated figure of a sentence that opens by pointing back ("It killed 612 people") is of
    the event the sentence just before it dates ("In February, a quake struck Varn."), when a
    figure of that sentence was read as another event. A figure of such a sentence that names no
    relation measures what the one figure of its kind before it does ("... a turnout of 59.3%.
    That was down from 64.1 percent in 2039": a turnout too). An age is its person's, of no
    event: '"A good day," said the minister, 49,' after a sentence on an earlier auction still
    gives the minister's age now. ``records`` in document order."""
    out = list(records)
    for k in range(1, len(out)):
        r = out[k]
        if not r.back_reference or r.feats.scope != "this" and r.feats.relation is not None \
                or r.feats.kind == "age":
            continue
        j = k - 1
        while j >= 0 and out[j].doc == r.doc and out[j].sentence_start == r.sentence_start:
            j -= 1
        if j < 0 or out[j].doc != r.doc or not 0 <= r.sentence_start - out[j].sentence_end <= 3:
            continue
        before = [out[i] for i in range(j, -1, -1) if out[i].doc == r.doc and out[i].sentence_start == out[j].sentence_start]
        feats = r.feats
        if feats.scope == "this":
            previous = {b.feats.scope for b in before}
            dated = {p for p in previous if p.startswith("other:")}
            if len(dated) == 1 or not dated and "other" in previous:
                feats = replace(feats, scope=dated.pop() if dated else "other")
        if feats.relation is None:
            related = {b.feats.relation for b in before if b.feats.kind == feats.kind}
            if len(related) == 1 and None not in related:
                feats = replace(feats, relation=related.pop())
        if feats != r.feats:
            out[k] = replace(r, feats=feats)
    return out


#: what may follow a count that ends its clause: punctuation, the sentence's end, a conjunction;
#: lexicon/comparison.json clause_end_words.
_CLAUSE_END = re.compile(r"\s*(?:[.,;:)!?]|$|(?:" + "|".join(map(re.escape, _CMP["clause_end_words"])) + r")\b)")


#: what joins a count's clause and the share that restates it: "38 found buyers, or 83%", "40
#: sold, or 87 per cent": no other figure, no end of a clause but the comma before "or"
_SHARE_RESTATED = re.compile(_SHARE_LINK + "$", re.IGNORECASE)


def _event_nouns(records: list, shared: dict) -> list:
    """A count whose noun names its own relation's events ("188 cancellations", "12 arrests")
    counts what that relation befalls: when the story's other counts of the relation all count
    one kind of thing ("146 trains were cancelled"), it is a count of that kind, and "a users'
    group counted 188 cancellations" disputes the operator's 146 trains. ``records``: one story's."""
    kinds: dict[str, set] = {}
    events = []
    for k, r in enumerate(records):
        f = r.feats
        if not f.relation or not f.kind.startswith("count:") or f.kind == "count:":
            continue
        if _word_relation(f.kind.partition(":")[2]) == f.relation:
            events.append(k)
        else:
            kinds.setdefault(f.relation, set()).add(f.kind)
    if not events:
        return records
    out = list(records)
    for k in events:
        f = out[k].feats
        things = kinds.get(f.relation, ())
        if len(things) == 1 and next(iter(things)) != "count:person":
            # not people: "seven arrests" may be of a count that moves, or of arrests made
            # (kept apart from "seven people arrested" by the person rules)
            (kind,) = things
            new = replace(f, kind=kind)
            out[k] = replace(out[k], feats=shared.setdefault(new, new))
    return out


def _restated_shares(records: list, shared: dict) -> list:
    """A percentage that restates the count right before it as a share ("Of the 46 lots offered,
    38 found buyers, or 83%"; "40 sold, or 87 per cent") measures what that count does: it takes
    the count's relation and words, when it names no relation and no whole of its own ("3,200
    jobs, or 7.7 percent of its staff" is a share of the staff, as another outlet's "about 8% of
    its workforce" is). ``records`` in document order; ``shared`` interns the new features, as
    in the other passes."""
    out = list(records)
    for k in range(1, len(out)):
        r, p = out[k], out[k - 1]
        f = r.feats
        if not f.kind.startswith("percentage") or f.relation or f.whole or p.doc != r.doc \
                or p.sentence_start != r.sentence_start or not p.feats.kind.startswith("count:") \
                or not (p.feats.relation or p.feats.words):
            continue
        gap = r.start - p.end
        if 0 <= gap <= LINK and _SHARE_RESTATED.match(p.after[:gap]):
            restated = replace(f, relation=p.feats.relation, words=p.feats.words, scope=p.feats.scope)
            out[k] = replace(r, feats=shared.setdefault(restated, restated))
    return out


def _gapped_counts(records: list, shared: dict) -> list:
    """A bare count that repeats the relation of a count before it in its sentence counts what
    that one counts, its noun left out: "the march drew some 12,000 people and organisers
    40,000" (people, as the 12,000 are). Only when the count ends its clause, with no word of
    its own after it ("1,200 buildings destroyed and 4,600 damaged" is no gap: "damaged" is its
    own), and every count of that relation before it in the sentence names one kind.
    ``records`` in document order; ``shared`` interns the new features, as in the other passes."""
    out = list(records)
    for k in range(1, len(out)):
        r = out[k]
        f = r.feats
        if f.kind != "count:" or not f.relation or not r.ends_clause:
            continue
        kinds = set()
        j = k - 1
        while j >= 0 and out[j].doc == r.doc and out[j].sentence_start == r.sentence_start:
            if out[j].feats.relation == f.relation and out[j].feats.kind.startswith("count:"):
                kinds.add(out[j].feats.kind)
            j -= 1
        if len(kinds) == 1 and "count:" not in kinds:
            gapped = replace(f, kind=kinds.pop())
            out[k] = replace(r, feats=shared.setdefault(gapped, gapped))
    return out


#: the most figures of its kind elsewhere in its article a record keeps (``_Record.elsewhere``)
ELSEWHERE = 8


#: the most claims stated as maxima in one group that are compared with each other
MAX_MAXIMA = 50


def _maxima_apart(records, claims, same_source) -> list[tuple[int, int]]:
    """Pairs of claims that each state the most a quantity reached ("waves of up to six metres",
    "waves of up to nine metres") and disagree on it: as intervals, at most 6 and at most 9
    overlap, but each outlet says what the highest was. Read on the stated maxima, widened as any
    figure is; only between two such claims (at most ``MAX_MAXIMA`` of them), never against a
    figure inside the bound ("up to 1,000" and "800" agree)."""
    upper = [k for k, c in enumerate(claims) if c.change in ("<", "<=") and c.high is not None and c.high > 0
             and (c.low is None or c.low <= 0) and math.isfinite(records[k].bounds[1])]
    if not 2 <= len(upper) <= MAX_MAXIMA:
        return []
    out = []
    for x, i in enumerate(upper):
        for j in upper[x + 1:]:
            a, b = records[i], records[j]
            if not _two_statements(a, b, same_source):
                continue
            (_, ha), (_, hb) = _compared_bounds(a, b)
            ma, mb = ((claims[i].high, claims[j].high) if _in_native(a, b)  # read in the stated currency
                      else (_interval(claims[i])[1], _interval(claims[j])[1]))
            # each maximum widened back down by what widened it up
            if ma and mb and _disjoint((ma * ma / ha, ha), (mb * mb / hb, hb)):
                out.append((min(i, j), max(i, j)))
    return out


def _attested(a: "_Record", b: "_Record") -> bool:
    """Whether ``a``'s article gives, as another quantity of its kind, a figure ``b`` agrees
    with: "38 of the region's 112 municipalities" beside another outlet's "38 municipalities" is
    no disagreement with the 112, whichever group the 38 went to. Not for a count below
    ``ECHO_MIN``: "two" in one article and "two" in another coincide too often to say so."""
    return _pinned(b) and b.value >= ECHO_MIN and any(
        low <= b.value <= high and b.bounds[0] <= (low + high) / 2 <= b.bounds[1] for low, high in a.elsewhere)


def _pinned(r: "_Record") -> bool:
    """Whether a figure is stated as one value, not a bound ("at least 200") or a vague amount."""
    return r.value is not None and math.isfinite(r.bounds[0]) and math.isfinite(r.bounds[1]) and r.bounds[0] > 0


def _pairs(records, same_source) -> list[tuple[int, int]]:
    """Index pairs of records from different sources whose bounds do not overlap; in a group over
    ``MAX_PAIRWISE`` records, each record against the group's extremes only."""
    n = len(records)
    if n > MAX_PAIRWISE:
        lowest_high = min(range(n), key=lambda k: (records[k].bounds[1], k))
        highest_low = max(range(n), key=lambda k: (records[k].bounds[0], -k))
        candidates = ((min(i, j), max(i, j)) for i in range(n) for j in (lowest_high, highest_low) if i != j)
    else:
        candidates = ((i, j) for i in range(n) for j in range(i + 1, n))
    found = set()
    for i, j in candidates:
        a, b = records[i], records[j]
        if _two_statements(a, b, same_source) and _apart(a, b, touching=True) \
                and not _attested(a, b) and not _attested(b, a) and _evidenced(a, b) and _one_time(a, b):
            found.add((i, j))
    return sorted(found)


def _one_time(a: "_Record", b: "_Record") -> bool:
    """Whether two figures may be of one time, as a conflict needs. Two figures of an earlier
    time neither dates ("other": "took it to 3.5%", "the rate had been 3.75%") may be of two
    earlier times: grouped as alike, but no disagreement. One dated ("the 2031 quake killed 212")
    and one not ("the last big quake killed 198") are one event's figures as far as anyone can
    tell."""
    x, y = a.feats.scope, b.feats.scope
    return not (x == "other" and y == "other")


#: how many times apart two figures joined by nothing but their kind may be and still be a
#: conflict; lexicon/comparison.json unlinked_spread.
UNLINKED_SPREAD = _CMP["unlinked_spread"]


def _evidenced(a: "_Record", b: "_Record") -> bool:
    """Whether two disagreeing figures are shown to be of one quantity by more than their kind: a
    word, relation, owner or name in common, or figures near enough (``UNLINKED_SPREAD``) to be
    one quantity misreported. Figures of one kind far apart that share nothing else ("16
    ferries" in one article, "four ferries" in another; a yard's "1,800 workers" and its owner's
    "7,600 people") are more often two quantities than a disagreement: their
    group stays, unflagged, for the reader to judge. Percentages need a relation for that: one
    word ("rise") is said of too many bases. A wrong conflict costs a fact-checker more than a
    missed one."""
    fa, fb = a.feats, b.feats
    shared = fa.words & fb.words
    named = a.names & b.names | set(fa.owner.split() if fa.owner == fb.owner else ())
    related = bool(fa.relation) and fa.relation == fb.relation
    own_a, own_b = fa.words, fb.words
    if related and shared:
        # the relation's own word ("employs" of a plant and of its owner) says no more than the
        # relation: the words beside it say what each measures
        own_a = {w for w in fa.words if _word_relation(w) != fa.relation}
        own_b = {w for w in fb.words if _word_relation(w) != fa.relation}
        shared = own_a & own_b
    if related and (shared or not (own_a and own_b) or fa.relation in TIME_ORDERED) \
            or named and shared - named or fa.kind == "age" or len(shared) > 1:
        # a name or an owner alone ("Oberwald's 23.5 percent", "Oberwald's 4.9 percent") says
        # whose, not what: it links two figures as one shared word does, near each other only
        return True
    x, y = _stated_span(a), _stated_span(b)
    if x is None or y is None:
        return True
    if fa.kind.startswith("percentage") and not (related or named or fa.stance and fa.stance == fb.stance):
        # a share or a change with one word in common ("a 4.2% rise", "a 7.1% rise") or nothing
        # but its kind is of too many bases to be a disagreement: the same word is said of prices,
        # pay and passengers alike. A relation, an owner or a side's stance still links them ("10
        # percent of the market" against "7.2% of the market", "Oberwald was at 23.5 percent",
        # what a union demands), near each other as below
        return False
    # one word in common ("rise", "staff") links figures near each other, not far apart; so does
    # a relation alone between two figures that each name what they measure and share no word of
    # it ("the footbridge cost €14 million", "the flood barrier would cost €45 million")
    spread = THIN_SPREAD if shared or related else UNLINKED_SPREAD
    return max(x[0], y[0]) <= spread * min(x[1], y[1])


#: how many times apart two disagreeing figures linked by one word alone may be and still be a
#: conflict; lexicon/comparison.json thin_spread.
THIN_SPREAD = _CMP["thin_spread"]


#: "the figure", "that number" (not "the number of"): a count referred back to;
#: lexicon/comparison.json anaphors.
_ANAPHOR = re.compile(r"\b(?:(?:the|that|this|its|their|his|her|our)\s+(?:[a-z]+['’]s?\s+)?|[a-z]+['’]s?\s+)"
                      r"(?:(?:" + "|".join(_CMP["anaphor_adjectives"]) + r")\s+){0,2}(?:"
                      + "|".join(_CMP["anaphors"]) + r")\b(?!\s+of\b)", re.IGNORECASE)


_ANAPHOR_NOUNS = frozenset(_CMP["anaphors"])


#: a definite word right before a figure: "the 4,200 figure"
_DEFINITE_BEFORE = re.compile(r"\b(?:the|that|this|its|their)\s+$", re.IGNORECASE)


def _anaphoric(c: Claim, f: "_Features") -> bool:
    """Whether a count refers back to another count: a bare one in a clause that does ("TMT put
    the figure at about 6,500", after "the union said 8,200 workers had walked out"), or one that
    counts such a noun itself ("the 4,200 figure"). The noun refers to the figure it comes to
    first: in "the river board's latest count is 85 homes destroyed and about 310 damaged" the
    310 is no count referred back to."""
    if c.dimension != "count":
        return False
    if f.kind == "count:":
        own = _own_before(c)
        found = _last(_ANAPHOR, own)
        return found is not None and not _FIRST_DIGIT.search(own, found.end())
    return f.kind.partition(":")[2] in _ANAPHOR_NOUNS and bool(_DEFINITE_BEFORE.search(_before(c)))


def _counted_among(c: Claim, f: "_Features") -> bool:
    """Whether a count names nothing it counts but counts among others just counted: "Sixty of
    them were to be let at affordable rents", after "196 apartments" (``OF_THEM``)."""
    return c.dimension == "count" and f.kind == "count:" and OF_THEM.match(_after(c)) is not None


#: a sentence opening with "Another" or "A further" and a figure, or with a figure and "more" ("At least 11 more")
_ANOTHER_OPENING = re.compile(r"^\W*(?:(?:another|a\s+further)\s+(?:\S*\d|" + _NUMBER_WORD + r"\b)"
                              + r"|(?:(?:at\s+least|about|around|nearly|some|up\s+to)\s+)?(?:\d[\d,]*|"
                              + _NUMBER_WORD + r")\s+more\b)", re.IGNORECASE)


def _set_against_other_state(before: Sequence["_Record"], relation: str) -> bool:
    """Whether "another 21 were missing" adds its people to counts of another state, not to a
    count of its own: its article has counted people in some state before it, and none of them
    in its state. "The toll reached nine when divers recovered a body. Another 40 are missing."
    and a paragraph of the dead followed by "Missing. A further 40 have not been found": no
    missing were counted before, so these are the missing, all of them. After "Six
    were killed on Monday", "another two died on Tuesday" is a part of the dead."""
    states = {r.feats.relation for r in before}
    return relation not in states and bool(states & PERSON_RELATIONS)


def _antecedent(records: list["_Record"], c: Claim, nearest_in_size: bool = False) -> Optional["_Features"]:
    """The features of the count an anaphoric count refers back to: the nearest counted one
    before it in its article, in its sentence or the one before (``records`` in the article's
    order); None when there is none. With ``nearest_in_size``, of those counts the one nearest
    the figure in size, nearest in the text among equals: a figure that restates or disputes a
    count is of its size ("about 900 jobs from its crews, which number roughly 5,200 people. The
    crew union puts the real number at 1,150": the jobs, not the crews)."""
    found = []
    for r in reversed(records):
        if r.sentence_start != c.sentence_start and not 0 <= c.sentence_start - r.sentence_end <= 3:
            break  # further back than the sentence before
        if _named_count(r.feats.kind) and not r.feats.partial:
            if not nearest_in_size:
                return r.feats
            found.append(r)
    if not found:
        return None
    point = _point(c)
    if point is None or point <= 0:
        return found[0].feats
    return min(found, key=lambda r: abs(math.log(point / r.value)) if r.value and r.value > 0 else math.inf).feats


def _compared_with(records: list["_Record"], c: Claim, f: "_Features") -> Optional["_Features"]:
    """The features of the figure a comparison's base is compared with ("up from the 60",
    "compared with 40": ``_is_base``): the figure just before it in its sentence (``records`` in
    the article's order), when that one is of this event, names a relation and counts what the
    base counts, or the base counts nothing it names. None for any other figure."""
    if not records or not _is_base(c):
        return None
    r = records[-1]
    if r.sentence_start != c.sentence_start or r.feats.relation is None or r.feats.partial \
            or r.feats.scope != "this":
        return None  # a tally's base ("38 homicides this year, compared with 29"): another year's
    same = r.feats.kind == f.kind or f.kind == "count:" and _named_count(r.feats.kind)
    return r.feats if same else None


#: a power-of-ten prefix opening a unit's name ("millimetre", "kilogram"); lexicon/comparison.json
#: decimal_prefixes. A figure's stated unit is written without it: mm and cm are one system.
_DECIMAL_PREFIX = re.compile(r"^(?:" + "|".join(_CMP["decimal_prefixes"]) + r")(?=[a-z])")


def _measured(c: Claim, tolerance: float, age: bool) -> tuple:
    """A record's (bounds, the unit its measure was stated in, its loose bounds, its bounds in the
    currency it was stated in) for claim ``c``. Strings that repeat across claims are interned,
    and a count keeps no loose bounds (it has no unit to be converted from: see _apart), so a
    large input holds less per claim."""
    stated = "" if c.dimension == "count" else sys.intern(_DECIMAL_PREFIX.sub("", (c.unit or "").lower()))
    return (_bounds(c, tolerance, age=age), stated,
            _bounds(c, tolerance, stated=False, age=age) if stated else (), _native(c, tolerance))


def _native(c: Claim, tolerance: float, conflict: bool = False) -> tuple:
    """A sum's bounds in the currency it was stated in (``_compared_bounds``); () for any other
    figure, and for a sum with no normalized value or no stated one."""
    if c.dimension != "currency" or c.normalized is None or c.low is None and c.high is None:
        return ()
    return _bounds(c, tolerance, age=False, conflict=conflict, native=True)


def _one_basis(a: str, b: str) -> bool:
    """Whether two periods may restate one quantity: the same, or spans of time or none ("£800 a
    month, or £9,600 a year"; "£14 million (€16.3 million) a day"); not a sum and its part per
    share, per head or per tonne ("$2.1 billion, or 84 cents a share")."""
    return a == b or (not a or a in _TIME_PERIODS) and (not b or b in _TIME_PERIODS)


#: an age written as a noun phrase that refers back: "The 23-year-old", "the 24-year-old's move",
#: "the 24-year-old midfielder"; the figure and its "year(s) old" word, "the" right before it
_DEFINITE_AGE = re.compile(r"\d[\d.,]*[- ]years?[- ]old(?:['’]s)?", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
#: the rule an age records when it takes its antecedent's owner (``--explain``), and the mark of
#: one whose article gives no named person its age, left for its story to settle
ANTECEDENT_AGE = "age-of-antecedent"
PENDING_AGE = "age-refers-back"


def _antecedent_ages(claims: list[Claim]) -> list[Claim]:
    """A document's claims, with each age written as a definite noun phrase that names no one
    ("The 23-year-old, who joined in May", "the 24-year-old's move", "the 24-year-old
    midfielder") given the subject of the one named person the same article gives that age
    ("Tomas Vidrak, 23, signed on Monday"): "the" says the person is known, and the age says
    which. An indefinite one ("a 23-year-old man") may be someone new, a thing's age ("the
    63-year-old bridge") is the thing's, and an article that gives the age to two named people
    leaves it as it was. Only equal ages are linked, so the link joins a chain and never makes a
    conflict. The claim records ``ANTECEDENT_AGE``.

    One whose article gives no named person its age is marked ``PENDING_AGE`` for its story to
    settle (``_story_antecedents``); when it names no one at all ("The 23-year-old, who", "the
    24-year-old's move"), its own phrase ("the 23-year-old") becomes its subject, and a
    description ("the 24-year-old midfielder") keeps its own."""
    ages = [k for k, c in enumerate(claims) if c.unit == "year of age" and role_of(c) == "age"]
    if not ages:
        return claims
    named: dict = {}  # value -> the named owners the article gives it, and one claim of each
    loose = []
    for k in ages:
        c = claims[k]
        phrase = (c.subject or c.topic or "").split(",")[0]
        owner = _owner(c)
        possessive = c.surface.endswith(("'s", "’s"))  # "the 24-year-old's move": the move is no owner
        bare = possessive or not owner or _anyone(owner)
        before = _sentence_before(c)
        the = _THE_BEFORE.search(before)
        if _DEFINITE_AGE.fullmatch(c.surface) and the \
                and (bare or not _names_someone(phrase) and not _thing_owner(phrase)):
            loose.append((k, bare, before[the.start():]))
        elif owner and _names_someone(phrase) and c.value is not None:
            owners = named.setdefault(c.value, [])
            if not any(_same_owner(owner, o) for o, _ in owners):
                owners.append((owner, c))
    out = list(claims)
    for k, bare, the in loose:
        c = claims[k]
        owners = named.get(c.value, [])
        if len(owners) == 1:
            source = owners[0][1]
            out[k] = replace(c, subject=source.subject, topic=source.topic, rules=(*c.rules, ANTECEDENT_AGE))
        elif not owners:
            phrase = (the + without_possessive(c.surface)).lower()
            out[k] = replace(c, subject=phrase, topic=phrase, rules=(*c.rules, PENDING_AGE)) if bare \
                else replace(c, rules=(*c.rules, PENDING_AGE))
    return out


def _names_someone(phrase: str) -> bool:
    """Whether a subject's phrase names a person: a capitalised word other than its first
    word's article ("Tomas Vidrak", "Vidrak"; not "The 23-year-old")."""
    words = phrase.split()
    return any(_NAME.fullmatch(w) and not (i == 0 and w.lower() in ("the", "a", "an")) for i, w in enumerate(words))


def _record(c: Claim, tolerance: float, store: Spill, shared: dict, known: frozenset = frozenset(),
            product: str = "", before: Sequence["_Record"] = (), dated: Optional[dict] = None,
            left: bool = False) -> Optional[_Record]:
    """What grouping keeps of claim ``c`` (stored in ``store``), or None when it is not comparable.
    ``known``: the names its article's subjects use inside a sentence (``_names_inside``);
    ``product``: the product it describes (``figrecon.products.of_claims``); ``before``: the
    records of its article's claims before it, for a count that refers back ("the figure");
    ``dated``: the names of events its article dates to another year (``_dated_names``);
    ``left``: the claim is the level a move left (``_move_ends``)."""
    c = _share_of_change(_reached(c))  # "rises from €62 to €71": the €71; "cut by a quarter": by 25%
    role = role_of(c)  # read once for both
    if not comparable(c, role):
        return None
    f = features(c, role=role)
    against = _set_against(c)  # for its features and whether it disputes another (_disputes)
    if left and f.scope == "other":
        # "falling from 31 to 24": the 31 is the level before the move, of no other event; an
        # earlier figure, never another year's or another event's ("22 seats in 2041")
        f = replace(f, scope="earlier")
    if dated and f.scope == "this" and (year := _named_event_year(c, dated)):
        f = replace(f, scope="other:" + year)  # "Berran killed 41." after "Cyclone Berran in 2059"
    if before and _anaphoric(c, f) and (ant := _antecedent(before, c, nearest_in_size=True)) is not None:
        # what "the figure" counts is what the count it refers to counts; when and where, its own
        f = replace(f, kind=ant.kind, relation=ant.relation, words=ant.words, party=ant.party)
    elif before and _counted_among(c, f) and (ant := _antecedent(before, c)) is not None \
            and ant.relation is None:
        # "Sixty of them", after "196 apartments": a part of what that count counts. Not of an
        # event's count ("38 people were injured ... nine of whom remain in intensive care"): the
        # part's own state tells those parts apart, and it is not read here
        f = replace(f, kind=ant.kind, words=ant.words, party=ant.party)
    elif against and (prev := _set_against_whom(before, c)) is not None \
            and (f.kind == prev.feats.kind or f.kind == "count:" and _named_count(prev.feats.kind)):
        # "600 trees were felled, far fewer than the 1,900 the contractor claimed": the 1,900 is
        # the contractor's count of what the 600 counts, felled trees
        f = replace(f, kind=prev.feats.kind, relation=prev.feats.relation, words=prev.feats.words,
                    party=prev.feats.party)
    elif before and f.relation is None and (base := _compared_with(before, c, f)) is not None:
        # "73 people were treated for injuries, up from the 60 reported on Monday night": the 60
        # counts what the 73 counts, and of a count that moves it is the count the 73 replaced
        f = replace(f, kind=base.kind, relation=base.relation, scope=scope_of(c, base.relation))
    if f.partial and f.relation in CASUALTY and before and (opening := _ANOTHER_OPENING.match(c.sentence)) \
            and c.start - c.sentence_start < opening.end() and _set_against_other_state(before, f.relation):
        # "Eleven people were killed. Another 37 were injured.", "eight were pulled out alive.
        # Another 23 people were injured.", "Four were killed. At least 11 more were trapped.": set
        # against the counts of people before it, as "killed 11 and injured 37 others" is
        # (``_contrasted``), not a part of the injured
        f = replace(f, partial=False)
    restated = _restated(c)
    if restated and before and (host := before[-1]).sentence_start == c.sentence_start \
            and host.end <= c.start and host.feats.kind == f.kind and _one_basis(host.feats.period, f.period):
        # "burned 12,400 hectares (30,600 acres)": the conversion measures what its figure measures;
        # not "$2.1 billion, or 84 cents a share", a share's part of the sum
        f = replace(host.feats, market=f.market)
    if product:
        f = replace(f, product=sys.intern(product))
    bounds, stated, loose, native = _measured(c, tolerance, f.kind == "age")
    at = _at(c.start, c.end, c.sentence_start, c.sentence_start + len(c.sentence), store.add(c),
             hash((c.sentence, c.surface)))
    return _Record(c.doc, at, c.surface,
                   c.source or c.doc, sys.intern(_day(c)), bounds, _point(c),
                   sys.intern(c.topic) if c.topic else c.topic,
                   shared.setdefault(f, f),
                   bool(_BACK_REFERENCE.match(c.sentence)), sys.intern((c.attribution or "").lower()),
                   _link_after(c), stated, loose,
                   restated,
                   _shared_names(c.subject, shared, _opening_word(c.sentence, known)),
                   f.relation in TIME_ORDERED and _dated_before(c),
                   f.kind == "count:" and bool(_CLAUSE_END.match(c.sentence, c.end - c.sentence_start)),
                   stated_rates.rate_of(c) or (), native=native,
                   section=sys.intern(c.section) if c.section else "",
                   events=_clause_event(c) if f.relation in EVENT_RELATIONS and f.scope == "this" else _NO_EVENTS,
                   candidates=tuple(sorted(known)) if PENDING_AGE in c.rules else (),
                   same=_names_the_same(c, f), disputes=_disputes(c, against))


#: an event's name with the year it happened in, beside a noun of events (comparison.json
#: named_event_nouns): "Cyclone Berran in 2059", "the Greyhollow fire of 2049", "Hurricane Bertram,
#: which hit in 2036"
_NAME_IN_YEAR = re.compile(r"\b(?:" + _EVENT_NOUNS + r"\s+([A-Z][\w'’-]+)|([A-Z][\w'’-]+)\s+" + _EVENT_NOUNS
                           + r")(?:\s+(?:in|at|near)\s+(?:the\s+)?[A-Z][\w'’-]+)?"  # "the Sonnwend fire in Brugglen in 2049"
                           + r"(?:,\s+(?:which|that)(?:\s+[a-z]+){1,3}?)?\s+(?:in|of)\s+((?:1[89]|20)\d\d)\b")
#: a year and a time clause on an event at a place: "since 2058, when a shaft fire at Carn Vellow
#: killed seven" (group 1 the year, group 2 the place); the place's last word names that event as
#: "the Carn Vellow fire" does
_YEAR_WHEN_PLACE = re.compile(r"\b((?:1[89]|20)\d\d),?\s+when\s+(?:a|an|the)\s+(?:[a-z]+\s+){1,2}?(?:at|in|near)\s+"
                              r"(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
#: a named event and a relative clause on it, which the figure is in: "the Sonnwend fire in
#: Brugglen, 14 kilometres down the valley, in which 17 people died" (group 1 the name); as
#: ``_DATED_EVENT_CLAUSE``, with the event's name for its year
_NAMED_EVENT_CLAUSE = re.compile(r"\b([A-Z][\w'’-]+)(?:'s|’s)?\s+" + _EVENT_NOUNS + _EVENT_CLAUSE_TAIL)


def _clause_event(claim: Claim) -> frozenset:
    """The name of the event whose relative clause holds the figure, lower-cased, as a set of none
    or one: {"sonnwend"} of "Older residents remember the Sonnwend fire in Brugglen, in which
    17 people died" (``_NAMED_EVENT_CLAUSE``); the story may date that event (``_story_dated``)."""
    before = _sentence_before(claim)
    m = _NAMED_EVENT_CLAUSE.search(before) if _EVENT_NOUN_HINT.search(before) else None
    name = without_possessive(m.group(1)) if m else ""
    return frozenset({sys.intern(name.lower())}) if name and name.lower() not in _NOT_EVENT_NAMES else _NO_EVENTS


#: capitalised words that name no event: a sentence's opening words, months and weekdays
_NOT_EVENT_NAMES = frozenset(lexicon.words("story_stopwords", "words")) | frozenset(_MONTHS) | frozenset(_WEEKDAYS)


def _dated_names(claims: Sequence[Claim]) -> dict[str, str]:
    """The names an article gives another year's event, from its claims' sentences: "Berran" ->
    "2059" of "the strongest storm since Cyclone Berran in 2059", "Greyhollow" -> "2049" of "the
    Greyhollow fire of 2049" (a noun of events beside the name). Not a year of the article's own
    (that is its event's), not a name dated to two years, and no word that names no event."""
    years: dict[str, set] = {}
    own_year = next((c.date[:4] for c in claims if c.date), "")
    for sentence in {c.sentence for c in claims}:
        if not _YEAR_HINT.search(sentence):
            continue  # most sentences name no year: the pattern's names need not be tried
        named = [(m.group(1) or m.group(2), m.group(3)) for m in _NAME_IN_YEAR.finditer(sentence)]
        # "since 2058, when a shaft fire at Carn Vellow killed seven": Vellow's event is 2058's
        named += [(m.group(2).split()[-1], m.group(1)) for m in _YEAR_WHEN_PLACE.finditer(sentence)]
        for written, year in named:
            name = without_possessive(written)
            if year != own_year and name.lower() not in _NOT_EVENT_NAMES:
                years.setdefault(name, set()).add(year)
    return {name: next(iter(ys)) for name, ys in years.items() if len(ys) == 1}


def _titled_names(claims: Sequence[Claim]) -> frozenset:
    """The dated event names (``_dated_names``) an article writes after their noun of events, as
    titles: "Cyclone Berran in 2059", "Hurricane Bertram, which hit in 2036". Such a name is the
    event itself, not a place an event happened in ("the Greyhollow fire of 2049": Greyhollow is
    a town), so any figure whose subject names it is that event's ("Berran destroyed 5,600
    homes"; ``_story_dated``)."""
    return frozenset(without_possessive(m.group(1)).lower() for sentence in {c.sentence for c in claims}
                     for m in _NAME_IN_YEAR.finditer(sentence) if m.group(1))


def _named_event_year(claim: Claim, dated: dict[str, str]) -> str:
    """The year of the other event a sentence opens with, when its article dated that event's name
    (``_dated_names``): "Berran killed 41.", "Berran's sustained winds peaked at 165 km/h", "After
    Berran, the government rebuilt 1,150 homes"; "" when the sentence opens with no such name."""
    for word in _raw_words_cased(claim.sentence)[:3]:
        year = dated.get(without_possessive(word))
        if year:
            return year
    return ""


def _raw_words_cased(text: str) -> list[str]:
    """The words of ``text`` as written (``_raw_words`` lower-cases them)."""
    return re.findall(r"[\w'’-]+", text)


def _read(claims: Iterable[Claim], tolerance: float, store: Spill, on_failure,
          dated_out: Optional[dict] = None) -> list[tuple[str, int]]:
    """Each document's records of its comparable claims, read a document at a time (a document's
    claims come together) and kept in ``store``: (document, index of its records in the store).
    When reading one of a document's claims raises and ``on_failure`` is given, that document's
    records are dropped and ``on_failure(doc, error)`` is called; the others are kept.
    ``dated_out``, when given, receives each document's dated event names (``_dated_names``) and
    those of them it writes as titles (``_titled_names``)."""
    out: list[tuple[str, int]] = []
    for doc, own in groupby(claims, key=lambda c: c.doc):
        stored, failed = len(store), None
        records: list[_Record] = []
        shared: dict = {}  # features and names repeat within an article: pickled once
        own = list(own)
        try:
            own = _antecedent_ages(own)
            known = _names_inside(own)
            products = of_claims(own)
            dated = _dated_names(own)
            titled = _titled_names(own) if dated else frozenset()
        except Exception:  # noqa: BLE001 - read as no names; a claim that breaks is reported below
            known, products, dated, titled = frozenset(), [""] * len(own), {}, frozenset()
        if dated and dated_out is not None:
            dated_out[doc] = (dated, titled)
        for c, product in zip(own, products):
            if failed is not None:
                continue  # the rest of a failed document is read past
            try:
                # a move ("rises from €62 to €71") is read as its two levels, the one left first
                ends = _move_ends(c)
                for level in ends or (c,):
                    r = _record(level, tolerance, store, shared, known, product, records, dated,
                                left=bool(ends) and level is ends[0])
                    if r is not None:
                        records.append(r)
            except Exception as error:  # noqa: BLE001 - a bug must not cost the other documents
                if on_failure is None:
                    raise
                failed = error
                continue
        if failed is not None:
            store.truncate(stored)
            on_failure(doc, failed)
        elif records:
            out.append((doc, store.add(records)))
    return out


def group(claims: Iterable[Claim], tolerance: float = DEFAULT_TOLERANCE,
          stories=None, on_failure=None) -> Groups:
    """Group claims about the same subject, within each story; conflicting groups first, then by size.

    ``stories`` (``figrecon.stories.split``), or a function returning them that is called once the
    claims are read (the CLI fingerprints documents while they are read): claims of different
    stories are never grouped, and a document's copies are one source with it; a copy's claim
    that repeats its original's is the same statement and is left out. Without stories every
    claim is in one. ``on_failure(doc, error)``, when given, is called for a document one of whose
    claims made grouping raise, and that document is left out (see ``_read``); without it the
    error propagates.

    Memory: the claims and their records wait in a temporary file (``figrecon.spill``); a story's records
    are read back while that story is grouped, and each group's records are stored again until
    the group is built, when it is read. So memory grows with the largest story and the number of
    groups, not with the input.
    """
    store = Spill()
    dated: dict[str, tuple] = {}  # document -> the other events it dates, and its titled ones (few documents date any)
    read = _read(claims, tolerance, store, on_failure, dated)
    if callable(stories):
        stories = stories()
    story_of: dict[str, Story] = {}
    original: dict[str, str] = {}
    for story in stories or ():
        for doc in story.docs:
            story_of[doc] = story
        for orig, copies in story.copies:
            for copy in copies:
                story_of[copy] = story
                original[copy] = orig
    copies_of: dict[str, list[str]] = {}
    for copy, orig in original.items():
        copies_of.setdefault(orig, []).append(copy)

    def story_name(doc: str) -> str:
        return story_of[doc].name if doc in story_of else ""

    own_names = {s.name: frozenset(s.names) for s in stories or ()}

    def same_source(a: str, b: str) -> bool:
        return original.get(a, a) == original.get(b, b)

    def mentioned(r: _Record) -> frozenset:
        """The names ``r``'s sentence uses, read back from the store (only for the few echoes
        whose subjects name things apart)."""
        return frozenset(w.lower() for w in _NAME.findall(store.get([r.index])[0].sentence))

    in_story: dict[str, list[int]] = {}
    for doc, at in read:
        in_story.setdefault(story_name(doc), []).append(at)
    del read
    keys = []
    for story in sorted(in_story):
        records = _story_owners(_story_scales(_story_rates(_story_records(store, in_story.pop(story)), store, tolerance),
                                              store, tolerance), store)
        records = _story_dated(_story_antecedents(records), dated)
        for k, (key, rs, why, note) in enumerate(_story_groups(records, story_name, original, same_source,
                                                                own_names.get(story, frozenset()),
                                                                [n for name, n in own_names.items() if name != story],
                                                                mentioned)):
            keys.append(key + (k, store.add((rs, why, note))))

    def build(at: int) -> Group:
        rs, why, note = store.get([at])[0]
        why = why + [note] if note else why
        members_claims = tuple(store.get([r.index for r in rs]))
        members_feats = [r.feats for r in rs]
        units = Counter(c.normalized.unit if c.normalized else c.unit for c in members_claims)
        unit = min(units, key=lambda u: (-units[u], u))
        partial = members_feats[0].partial
        judged = [replace(r, bounds=_bounds(c, tolerance, age=r.feats.kind == "age", conflict=True),
                          native=_native(c, tolerance, conflict=True) if r.native else ())
                  if _ROUNDED_SURFACE.match(c.surface) else r for r, c in zip(rs, members_claims)]
        found = () if partial else tuple(
            Conflict(a, b, f"{_fmt_interval(members_claims[a])} and {_fmt_interval(members_claims[b])} do not overlap")
            for a, b in _pairs(judged, same_source)) + tuple(
            Conflict(a, b, f"the most stated, {_fmt_interval(members_claims[a])} and {_fmt_interval(members_claims[b])}, differ")
            for a, b in _maxima_apart(judged, members_claims, same_source))
        docs = {original.get(r.doc, r.doc) for r in rs}
        return Group(
            subject=_label(members_claims, members_feats),
            dimension=members_claims[0].dimension,
            unit=unit,
            claims=members_claims,
            conflicts=found,
            explanation="; ".join(
                ([f"story {story_of[rs[0].doc].name!r}: {story_of[rs[0].doc].explanation}"]
                 if rs[0].doc in story_of else []) + why),
            story=story_name(rs[0].doc),
            partial=partial,
            changed_over_time=changed_over_time(members_claims, members_feats, found),
            key=key_of(members_feats[0]),
            copies=tuple(sorted(copy for doc in docs for copy in copies_of.get(doc, ()))),
        )

    # the order: conflicting groups first, then by sources and size, read off the records
    keys.sort()
    return Groups(build, [key[-1] for key in keys])


def _story_records(store: Spill, at: list[int]) -> list[_Record]:
    """A story's records, read back from ``store`` a document at a time. Equal features and
    subject names are kept once across the story, as ``_read`` keeps them once within a
    document: reprints and follow-ups repeat them, and a story's records are all held while it
    is grouped. On 3,000 generated articles (``benchmarks/speed.py``'s corpus) grouping's traced
    peak went from 37.4 to 17.1 MiB, on 1,000 from 20.7 to 10.7 MiB, and the output is the same.
    Topics, days, sources, speakers and bounds are kept once too: on 4,000 articles' claims the
    traced peak went from 17 to 12 MiB."""
    shared: dict = {}
    out: list[_Record] = []
    for k in at:
        for r in store.get([k])[0]:
            values = list(r.__reduce__()[1])  # by position (pickled_by_position): half the time of replace
            for i in _KEPT_ONCE:
                values[i] = shared.setdefault(values[i], values[i])
            out.append(_Record(*values))
    return out


#: the positions of the record fields a story keeps once (_story_records)
_KEPT_ONCE = tuple(i for i, f in enumerate(fields(_Record))
                   if f.name in ("feats", "names", "surface", "topic", "day", "source", "speaker", "bounds"))


def _story_rates(records: list, store: Spill, tolerance: float) -> list:
    """A story's records with each figure in a currency no table converts, in an article that
    states no rate for it, converted at the rate the story's other articles state
    (``figrecon.stated_rates``): "31 billion kora" beside another outlet's "$2.9 billion", when a
    third gives "153 billion kora (about $14 billion)". The rates of one currency or noun must
    agree (``stated_rates.agree``); the converted claim is stored anew and its record takes its
    money's kind, bounds and unit. Only counts of the nouns and currencies a rate is known for
    are read back from ``store``."""
    found: dict[tuple, list] = {}
    own: set[tuple] = set()  # (article, currency or noun): converted by its article's own rate
    for r in records:
        if r.rate:
            key, rate = r.rate
            found.setdefault(key, []).append(rate)
            own.add((r.doc, key))
    agreed = {key: rate for key, rates in found.items() if (rate := stated_rates.agree(rates)) is not None}
    if not agreed:
        return records
    nouns = {("count:" + key[1]) if key[0] == "count" else ("currency:" + key[1]) for key in agreed}
    out = list(records)
    for k, r in enumerate(records):
        if r.feats.kind not in nouns:
            continue
        claim = store.get([r.index])[0]
        key = stated_rates.key_of(claim)
        if key not in agreed or (r.doc, key) in own or not stated_rates.spends(claim):
            continue
        money = stated_rates.converted(claim, agreed[key], elsewhere=True)
        if key[0] == "count":
            money = stated_rates.unnamed(money, {key[1]})  # "a fine of 2.6 million lorvats": a fine, as in euros
        f = features(money, role=role_of(money))
        feats = replace(r.feats, kind=f.kind, period=f.period, relation=f.relation)
        bounds, stated, loose, native = _measured(money, tolerance, age=False)
        out[k] = replace(r, at=_at(r.start, r.end, r.sentence_start, r.sentence_end, store.add(money), r.statement),
                         bounds=bounds, value=_point(money), feats=feats, stated=stated, loose=loose, native=native)
    return out


def _story_scales(records: list, store: Spill, tolerance: float) -> list:
    """A story's records with each "degrees" its article leaves unresolved in the scale the
    story's other articles state that temperature in (``scales.settle_from``): "the thermometer
    climbed to 41 degrees" beside another outlet's "41C". The settled claim is stored anew and
    its record takes its temperature's kind and bounds. Only the story's temperatures are read
    back from ``store``."""
    loose = [k for k, r in enumerate(records) if r.feats.kind.startswith("unresolved:")]
    temperatures = [r.index for r in records if r.feats.kind.startswith("temperature:")]
    if not loose or not temperatures:
        return records
    stated: dict = {}
    for c in store.get(temperatures):
        if c.unit in ("celsius", "fahrenheit") and c.value is not None:
            stated.setdefault(c.value, set()).add(c.unit)
    out = list(records)
    for k, claim in zip(loose, store.get([records[k].index for k in loose])):
        settled = scales.settle_from(claim, stated)
        if settled is None:
            continue
        settled = normalize(settled)
        r = records[k]
        f = features(settled, role=role_of(settled))
        feats = replace(r.feats, kind=f.kind)
        bounds, stated_, loose_, native = _measured(settled, tolerance, age=False)
        out[k] = replace(r, at=_at(r.start, r.end, r.sentence_start, r.sentence_end, store.add(settled), r.statement),
                         bounds=bounds, value=_point(settled), feats=feats, stated=stated_, loose=loose_, native=native)
    return out


#: what may stand between a name and a description set after it in apposition: "Maudie Larkhill,
#: the 61-year-old retired school cook", "Ines Marr, 47, a former nurse", "Tomas Brel, a veteran
#: lifeguard"; one word may come between the article and the description ("61-year-old", "former")
#: the words that open a description of a person and name no one ("the", "a"); an owner opened by
#: a possessive ("her landlady") is someone's relative, and is not read as a description here;
#: persons.json description_openers and relative_openers
_DESCRIPTION_OPENERS = frozenset(lexicon.table("persons")["description_openers"])
_RELATIVE_OPENERS = frozenset(lexicon.table("persons")["relative_openers"])
_APPOSITION_GAP = re.compile(r"^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:" + _alternatives(sorted(_DESCRIPTION_OPENERS))
                             + r")\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
#: given names between a description set before a name and its surname ("retired school cook Maudie Larkhill")
_GIVEN_NAMES = re.compile(r"^\s+(?:[A-Z][\w'’.-]*\s+){0,2}$")


def _description(owner: str) -> str:
    """The description an age's owner gives when it names no one ("the retired school cook" ->
    "retired school cook"); "" for a name, a relative ("her landlady") or some person ("the man")."""
    words = owner.split()
    if not words or words[0] in _RELATIVE_OPENERS or words[-1] in _ANYONE:
        return ""
    while words and words[0] in _DESCRIPTION_OPENERS:
        words = words[1:]
    return " ".join(words)


def _occurrences(sentence: str, phrase: str) -> Iterator[re.Match]:
    """Each place ``phrase`` stands in ``sentence`` as whole words, in any case."""
    return re.finditer(r"\b" + re.escape(phrase) + r"\b", sentence, re.IGNORECASE)


def _described(sentence: str, description: str, owner: str) -> bool:
    """Whether ``sentence`` sets ``description`` beside the name ``owner`` (lower-cased, ending in
    the surname), in apposition after it or as a title before it."""
    surname = owner.split()[-1]
    for d in _occurrences(sentence, description):
        for n in _occurrences(sentence, surname):
            if n.end() <= d.start() and _APPOSITION_GAP.match(sentence[n.end():d.start()]):
                return True
            if d.end() <= n.start() and _GIVEN_NAMES.match(sentence[d.end():n.start()] + " "):
                return True
    return False


#: a description that refers to someone already known: "the", "this" or "that" before it, an
#: age or one other word between ("the 64-year-old retired school cook"); "a 34-year-old club
#: runner" introduces someone new
_KNOWN_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _definite(sentence: str, description: str) -> bool:
    """Whether ``sentence`` refers to the person ``description`` describes as one already known."""
    return any(_KNOWN_BEFORE.search(sentence[:d.start()]) for d in _occurrences(sentence or "", description))


def _story_antecedents(records: list) -> list:
    """A story's records with each age that refers back to someone its article named
    (``PENDING_AGE``: "the 24-year-old's move" in an article naming Wrenfield but giving no age)
    owned by the one person of its article's names whom the story's other ages give that same
    age ("Wrenfield, 24,"). Only equal ages are linked: a link joins a chain and never makes a
    conflict. One that no such person fits, or two, keeps a description it has ("the
    24-year-old midfielder") and is dropped when it has none, as it was before anyone could say
    whose it is. Run after ``_story_owners``, which links first the descriptions set beside a
    name (and clears the names of those it links)."""
    pending = [k for k, r in enumerate(records) if r.candidates]
    if not pending:
        return records
    named = [r for r in records if r.feats.kind == "age" and r.feats.owner and not r.candidates
             and _NAME.search(r.topic.split(",")[0])]
    out, drop = list(records), set()
    for k in pending:
        r = records[k]
        owners: list[str] = []
        for n in named:
            if n.value == r.value and n.feats.owner.split()[-1] in r.candidates \
                    and not any(_same_owner(n.feats.owner, o) for o in owners):
                owners.append(n.feats.owner)
        if len(owners) == 1:
            out[k] = replace(r, feats=replace(r.feats, owner=owners[0]))
        elif _DEFINITE_AGE.search(r.feats.owner):
            drop.add(k)  # "the 24-year-old": whose, no one can say
    return [r for k, r in enumerate(out) if k not in drop]


def _story_owners(records: list, store: Spill) -> list:
    """A story's records with each age whose owner is only a description ("the retired school
    cook, 64") owned by the one person some age of the story sets that description beside
    ("Maudie Larkhill, the 61-year-old retired school cook"): outlets name a person in one
    sentence and describe them in another, and the two ages are one person's. A description set
    beside two different names, or beside none, leaves the age as it was. A description that
    introduces someone ("a 34-year-old club runner") may be another person of that description,
    so it is owned by the name only when the ages agree: such a link joins a chain and never
    makes a conflict. Only the story's ages are read back from ``store``."""
    ages = [k for k, r in enumerate(records) if r.feats.kind == "age" and r.feats.owner]
    described = {k: d for k in ages if (d := _description(records[k].feats.owner))
                 and not _NAME.search(records[k].topic.split(",")[0])}
    if not described:
        return records
    claims = dict(zip(ages, store.get([records[k].index for k in ages])))
    named = [(records[k].feats.owner, claims[k].sentence, records[k].value) for k in ages
             if k not in described and claims[k].sentence]
    out = list(records)
    for k, description in described.items():
        definite = _definite(claims[k].sentence, description)
        owners: list[str] = []
        for owner, sentence, value in named:
            if (definite or value == records[k].value) and _described(sentence, description, owner) \
                    and not any(_same_owner(owner, o) for o in owners):
                owners.append(owner)
        if len(owners) == 1:
            out[k] = replace(out[k], feats=replace(out[k].feats, owner=owners[0]), candidates=())
    return out


def _story_dated(records: list, dated: dict[str, tuple]) -> list:
    """A story's records with a figure whose subject names an event another article of the story
    dates to another year dated to it: "The Greyhollow fire, which destroyed 410 homes" is of
    2049 when another outlet writes "the Greyhollow fire of 2049", as it would be in that
    outlet's own article (``_named_event_year``). The subject must name the event, its name
    beside a noun of events ("Greyhollow fire", "Cyclone Berran"), or the figure be an event's
    toll or size ("Berran killed 41"), or the name be one some article writes as a title
    ("Cyclone Berran in 2059": ``_titled_names``), which names the event alone ("Berran, by
    comparison, destroyed 5,600 homes"); not only a place's name: a town that had a fire in 2049
    is still this year's town ("Greyhollow's 4,000 residents"). An event's toll or size in a
    relative clause on the named event is that event's too ("the Greyhollow fire, in which 17
    people died": ``_Record.events``). A name the story's articles date to two years dates
    nothing."""
    years: dict[str, set] = {}
    titled: set = set()
    for doc in {r.doc for r in records} & dated.keys():
        names, titles = dated[doc]
        titled |= titles
        for name, year in names.items():
            years.setdefault(name.lower(), set()).add(year)
    one = {name: ys.pop() for name, ys in years.items() if len(ys) == 1}
    if not one:
        return records
    events = {name: re.compile(r"\b(?:" + re.escape(name) + r"(?:'s|’s)?\s+" + _EVENT_NOUNS + "|" + _EVENT_NOUNS
                               + r"\s+" + re.escape(name) + r")\b", re.IGNORECASE) for name in one}
    out = list(records)
    for k, r in enumerate(records):
        named = (r.names | r.events) & one.keys() if r.feats.scope == "this" else ()
        for name in sorted(named):
            if events[name].search(r.topic) or r.feats.relation in EVENT_RELATIONS or name in titled:
                out[k] = replace(r, feats=replace(r.feats, scope="other:" + one[name]))
                break
    return out


def _story_groups(records: list, story_name, original: dict[str, str], same_source,
                  own: frozenset = frozenset(), others: Sequence[frozenset] = (),
                  mentioned: Optional[Callable] = None) -> Iterator[tuple]:
    """The groups of one story's records (``group``), each as (its sort key, its records, why
    each joined, the note of a split). ``own``: the names nearly all of the story's documents use
    (``Story.names``), which, as places, tell none of its claims apart. ``others``: the names of
    the run's other stories; a figure placed where another story happened is that story's event
    (``_elsewhere``). ``mentioned``: the names a record's sentence uses (``_join_echoes``)."""
    stated = {(r.doc, r.statement) for r in records if r.doc not in original}
    records = [r for r in records if r.doc not in original or (original[r.doc], r.statement) not in stated]
    del stated
    shared: dict = {}
    records.sort(key=lambda r: (r.doc, r.start, r.end, r.surface))
    records = [new if new is r else replace(new, feats=shared.setdefault(new.feats, new.feats))
               for r, new in zip(records, _inherit_scopes(records))]
    records = _gapped_counts(records, shared)
    records = _restated_shares(records, shared)
    records = _event_nouns(records, shared)
    common = _common_places(records, story_name, own)
    if common:
        for k, r in enumerate(records):
            story_places = common.get(story_name(r.doc))
            if story_places and r.feats.places & story_places:
                f = replace(r.feats, places=r.feats.places - story_places)
                records[k] = replace(r, feats=shared.setdefault(f, f))
    records = _elsewhere(records, own, others, shared)
    records = _superseded_later(records, shared)
    records = _victims_of_a_toll(records, shared)
    tolls = _article_tolls(records)
    clusters: list[_Cluster] = []
    index: dict[tuple, list[int]] = {}
    # claims dated to a day of their own come first ("on Monday"): they found the groups of
    # their day, which the undated then join
    order = sorted(range(len(records)), key=lambda i: (story_name(records[i].doc), not _named_day(records[i].feats.when), i))
    for i in order:
        r = records[i]
        f = r.feats
        story = story_name(r.doc)
        best, best_score, best_why = None, (-1.0, 0), ""
        for k in index.get((story, _bucket(f)), ()):
            cluster = clusters[k]
            why = None if _anonymous_persons(f) else cluster.distinct.get(f)
            if why is None:
                whys = []
                for g in cluster.distinct:
                    ok, w = compatible(f, g)
                    if not ok:
                        break
                    whys.append(w)
                else:
                    why = whys[0] if whys else "same features"
            if why is None or f.whole and f.relation not in TIME_ORDERED and any(
                    whole != f.whole and (r.bounds[1] < highest_low or r.bounds[0] > lowest_high)
                    for whole, (highest_low, lowest_high) in cluster.wholes.items()):
                continue  # "82% of voice traffic" and "65% of traffic": shares of two wholes, not a conflict
            if any(g.kind != f.kind for g in cluster.distinct) and any(
                    _apart(r, records[m]) and not (i in tolls and m in tolls)
                    for m in cluster.members[:4 * SAMPLE] if records[m].feats.kind != f.kind):
                continue  # "two shoppers" meets "two other people"; "230 children" is no toll of 1,200 people
            # shared words first, then a group whose figures it agrees with, then the larger
            sample = [records[m] for m in cluster.members[:SAMPLE]]
            score = (sum(cluster.words[w] for w in f.words) / len(cluster.members) + (10 if f.relation else 0)
                     + sum(not _apart(r, m) for m in sample) / len(sample), len(cluster.members))
            if score > best_score:
                best, best_score, best_why = k, score, why
        if best is None:
            clusters.append(_Cluster())
            best = len(clusters) - 1
            index.setdefault((story, _bucket(f)), []).append(best)
            best_why = ""
        cluster = clusters[best]
        cluster.members.append(i)
        cluster.distinct.setdefault(f, best_why)
        cluster.words.update(f.words)
        if f.whole:  # the highest lower bound and the lowest upper bound of each whole's shares
            highest_low, lowest_high = cluster.wholes.get(f.whole, (-math.inf, math.inf))
            cluster.wholes[f.whole] = (max(highest_low, r.bounds[0]), min(lowest_high, r.bounds[1]))
    for cluster in clusters:
        cluster.members.sort()
    del index
    clusters = [part for cluster in clusters for part in _split_by_document(cluster, records)]
    clusters = _join_echoes(clusters, records, story_name, mentioned)
    clusters = [part for cluster in clusters for part in _split_by_document(cluster, records)]
    clusters = [part for cluster in clusters for part in _split_far(cluster, records)]

    def members(k: int) -> list[_Record]:
        rs = [records[m] for m in clusters[k].members]
        if rs[0].feats.relation in TIME_ORDERED:
            # a count that moves over the news cycle is read in date order
            rs.sort(key=lambda r: (r.day, r.doc, r.start, r.end, r.surface))
        return rs

    by_kind: dict[tuple, list[int]] = {}  # (article, kind) -> its records, built when first needed
    for k, cluster in enumerate(clusters):
        rs = members(k)
        conflict = not rs[0].feats.partial and bool(_pairs(rs, same_source))
        if conflict and any(_named_count(r.feats.kind) for r in rs):
            # only a group with a disagreement needs its articles' other figures (``_attested``)
            if not by_kind:
                for m, r in enumerate(records):
                    by_kind.setdefault((r.doc, r.feats.kind), []).append(m)
            inside = set(cluster.members)
            rs = [replace(r, elsewhere=tuple(records[m].bounds for m in by_kind[r.doc, r.feats.kind]
                                             if m not in inside and _pinned(records[m]))[:ELSEWHERE])
                  if _named_count(r.feats.kind) else r for r in rs]
            conflict = bool(_pairs(rs, same_source))
        sources = {original.get(r.doc, r.doc) if r.doc in original else r.source for r in rs}
        joined = {m: cluster.distinct.get(records[m].feats) for m in cluster.members[1:]}
        why = [f"{records[m].surface!r} joined: {w or 'same features'}" for m, w in joined.items()]
        yield ((not conflict, -len(sources), -len(rs), story_name(rs[0].doc), _label_of(rs)),
               rs, why, cluster.note)


#: a count of one person by an indefinite noun: "A man", "an elderly woman", "one child"
_ONE_PERSON = re.compile(r"^(?:an?|one)\b", re.IGNORECASE)


#: counts that only rise over the news cycle; lexicon/comparison.json rising_relations.
_RISING = frozenset(_CMP["rising_relations"])


def _dated_before(c: Claim) -> bool:
    """Whether a claim's own clause dates it to a day before its article's ("The toll stood at
    four on Wednesday morning" in Thursday's paper; "yesterday")."""
    day = _day_of(c)
    return bool(day) and bool(c.date) and day != _weekday(c.date, 0)


def _superseded_later(records: list, shared: dict) -> list:
    """A count an article gave as the current one that a later article of the story gives as
    the count it replaced is the earlier count in both: Sunday's "killing at least 64 people"
    against Monday's "initial reports had put the toll at 64" and "has killed 131". Only a count
    that moves over the news cycle (``TIME_ORDERED``), of the same kind and relation and the same
    figure, stated in an article of an earlier day. Within one article, a lower count of a kind
    that only rises (``_RISING``) its clause dates to an earlier day than the article's, beside
    a higher one it does not date, is the earlier count too ("leaving nine people dead" ... "On
    Wednesday, officials had confirmed four deaths", in Thursday's paper)."""
    replaced: dict[tuple, list] = {}
    current: dict[tuple, float] = {}  # (doc, dimension, relation) -> the highest count the article does not date back
    for r in records:
        f = r.feats
        if f.scope == "earlier" and f.relation in TIME_ORDERED and r.day and r.value is not None:
            replaced.setdefault((f.kind, f.relation), []).append((r.day, r.value))
        if f.scope == "this" and f.relation in _RISING and not r.dated_before and r.value is not None \
                and not f.partial:
            key = (r.doc, f.kind.partition(":")[0], f.relation)
            current[key] = max(current.get(key, r.value), r.value)
    if not replaced and not current:
        return records

    def earlier(r: "_Record") -> bool:
        f = r.feats
        if f.scope != "this" or f.partial or r.value is None:
            return False
        if r.dated_before and r.value < current.get((r.doc, f.kind.partition(":")[0], f.relation), -math.inf):
            return True  # a lower count of a rising toll dated to an earlier day than its article's
        marks = replaced.get((f.kind, f.relation), ())
        return bool(r.day) and any(day > r.day and value == r.value for day, value in marks)

    out = []
    for r in records:
        if earlier(r):
            f = replace(r.feats, scope="earlier")
            r = replace(r, feats=shared.setdefault(f, f))
        out.append(r)
    return out


def _victims_of_a_toll(records: list, shared: dict) -> list:
    """An article that states a toll and then tells of one victim ("Two people were killed ... A
    man in his 60s died when a tree fell on his car") counts that victim among the toll: the
    count of one is a part, not a toll of one that disagrees with two. Only a count of one by an
    indefinite noun after a larger count of its relation in its article."""
    first: dict = {}
    for r in records:  # sorted by document and offset
        if r.feats.relation in CASUALTY and r.value is not None and r.value > 1:
            first.setdefault((r.doc, r.feats.relation), r.start)
    out = []
    for r in records:
        at = first.get((r.doc, r.feats.relation))
        if at is not None and at < r.start and r.value == 1 and not r.feats.partial \
                and r.feats.relation in CASUALTY and _ONE_PERSON.match(r.surface):
            f = replace(r.feats, partial=True)
            r = replace(r, feats=shared.setdefault(f, f))
        out.append(r)
    return out


def _article_tolls(records: list) -> set[int]:
    """The indexes of casualty counts of persons that are the only count of their relation in
    their article: that article's toll, whatever noun it counts ("Fifteen passengers were hurt"
    where it gives no other count of the injured). Two such tolls of one relation may disagree
    and still be one quantity. A count beside another of its relation in its article may be a
    part of it ("1,200 killed, among them 230 children") and joins a count of another noun only
    when their figures agree (``_persons_of_one_toll``)."""
    counted = [i for i, r in enumerate(records) if r.feats.relation in CASUALTY
               and _bucket(r.feats) == "count:person" and r.feats.kind[6:] in _PERSON_NOUNS]
    # an earlier count the article says the toll replaced ("raising the death toll from four") or
    # a part of it ("Two more bodies were recovered") is no other toll beside it; an earlier
    # event's toll ("killed 14 in 2009") is that dated event's own, and a toll of an undated other
    # event ("since a car park gave way nine years ago, killing 16") no event's in particular
    tolls = [i for i in counted if not records[i].feats.partial
             and (records[i].feats.scope == "this" or records[i].feats.scope.startswith("other:"))]
    seen = Counter((records[i].doc, records[i].feats.relation, records[i].feats.scope) for i in tolls)
    return {i for i in tolls if seen[(records[i].doc, records[i].feats.relation, records[i].feats.scope)] == 1}



#: a place named around claims of at least this share of a story's documents is the story's own.
COMMON_SHARE = 0.8


def _elsewhere(records: list, own: frozenset, others: Sequence[frozenset], shared: dict) -> list:
    """A figure placed where another story of the run happened is of that story's event, not
    this one's: a wire's shooting report that ends "in a separate shooting in Pruitt Springs, one
    person was killed" names the other story's place (its words are among that story's names and
    not all among this one's). Its scope becomes that place's ("other:pruitt springs")."""
    if not others:
        return records
    out = list(records)
    for k, r in enumerate(out):
        if r.feats.scope not in ("this", "other"):
            continue  # an undated other event ("in a separate shooting") may be placed too
        for place in sorted(r.feats.places):
            words = frozenset(place.split())
            if not words <= own and any(words <= names for names in others):
                f = replace(r.feats, scope="other:" + place)
                out[k] = replace(r, feats=shared.setdefault(f, f))
                break
    return out


def _common_places(records, story_name, names: frozenset = frozenset()) -> dict[str, frozenset]:
    """Per story, the places named around claims of most of its documents (``COMMON_SHARE``, and
    at least three): the story's own places, which tell none of its claims apart. ``names``: the
    names nearly all the story's documents use (``Story.names``, for a run of one story's
    records); when exactly one of them is a place of its claims it is the story's own too
    ("Osmany's 3.2 million voters"), while a story of several such places (an outage felt in Norland
    and Vesk) keeps them."""
    docs_of: dict[str, set] = {}
    named: dict[tuple, set] = {}
    for r in records:
        story = story_name(r.doc)
        docs_of.setdefault(story, set()).add(r.doc)
        if not _READ_MEASURES.isdisjoint(r.feats.words):
            continue  # "410 mm of rain at Saltby": the gauge's place, which articles may all quote
        for p in r.feats.places:
            named.setdefault((story, p), set()).add(r.doc)
    out: dict[str, set] = {}
    for (story, place), docs in named.items():
        if len(docs) >= max(3, len(docs_of[story]) * COMMON_SHARE):
            out.setdefault(story, set()).add(place)
    placed = {place for _, place in named} & names
    if len(placed) == 1:
        out.setdefault(story_name(records[0].doc), set()).update(placed)
    return {k: frozenset(v) for k, v in out.items()}


def _distinct_sources(g: Group, original: dict[str, str]) -> set:
    return {original.get(c.doc, c.doc) if c.doc in original else (c.source or c.doc) for c in g.claims}
