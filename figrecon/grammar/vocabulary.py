"""The grammar's vocabulary, read once from the lexicon files (``figrecon/lexicon``), and the few
patterns that are not word lists (phones, index names, money context)."""
from __future__ import annotations

import re

from figrecon import lexicon as L

_ABBREVIATIONS = L.words("not_quantity", "abbreviations")

# Unit symbols glued to a number that the quantulum3 lexicon reads otherwise.
_GLUED_UNITS = L.mapping("glued_units", "units")

_NUMBERS = L.table("numbers")

SMALL = _NUMBERS["small"]

TENS = _NUMBERS["tens"]

SCALES = _NUMBERS["scales"]

# Multipliers after digits; the weak ones ("m", "k") only with evidence of a multiplier.
SUFFIX_SCALES = _NUMBERS["suffix_scales"]

WEAK_SUFFIX_SCALES = L.words("numbers", "weak_suffixes")

CURRENCY_SUFFIXES = _NUMBERS["currency_suffixes"]

UPPER_SUFFIXES = L.mapping("numbers", "upper_suffixes")  # case-sensitive: "5M", "$1MM"

SCALE_PLURALS = L.mapping("numbers", "scale_plurals")  # "five hundreds"

PARTITIVE_DETERMINERS = L.words("numbers", "partitive_determiners")

# plural nouns without an -s: "25k people" counts them
IRREGULAR_PLURALS = L.words("numbers", "irregular_plurals")
METRE_EVENTS = L.words("numbers", "metre_events")
#: every noun persons.json gives for a person, singular or plural ("workers", "soldiers")
PERSON_NOUNS = L.person_nouns() | frozenset(w for words in L.table("persons")["classes"].values() for w in words.split())

FRACTIONS = L.fraction_table("numbers", "fractions")

VULGAR = L.fraction_table("numbers", "vulgar")

# ordinal words that divide the cardinal before them: "two thirds", "five eighths"
DENOMINATORS = L.mapping("numbers", "denominators")

# words that make the number after them negative, and the words after which "negative" is a result
SIGN_WORDS = L.words("numbers", "sign_words")
NOT_SIGN_AFTER = L.words("numbers", "not_sign_after")
# words after which a spaced hyphen is the number's sign ("of - 10 C"), not a dash
SPACED_SIGN_AFTER = L.words("numbers", "spaced_sign_after")

# "twenty-first", "twenty-fifth": a tens word, a hyphen and one of these or a denominator below ten
COMPOUND_ORDINALS = L.mapping("numbers", "compound_ordinals")

# "dozen" and its abbreviations: "3 dzs", "five doz"
DOZEN_FORMS = L.words("numbers", "dozen_forms")

# capital letters that after a number are a multiplier as much as a unit or a name ("1,674.5 G")
CAPITAL_LETTERS = L.words("numbers", "capital_letters")
#: measure words written before their number: "magnitude 5.9", "a magnitude-6.4 quake" (not a name, "F-16")
MEASURES_BEFORE = L.words("numbers", "measures_before")

MAX_VALUE = float(_NUMBERS["max_value"])

# units a fraction before "of" divides: "half of 1 percent" is 0.5 per cent (fraction-of-measure)
FRACTION_OF_UNITS = L.words("numbers", "fraction_of_units")
# "the two thousand, five hundred were hurt": after these a comma splits two numbers (comma-compound)
COMMA_COMPOUND_NOT_AFTER = L.words("numbers", "comma_compound_not_after")
COMMA_COMPOUND_NOT_OPENING = L.words("numbers", "comma_compound_not_opening")
# "a half mile", "a quarter point": fractions, not ordinals, before a unit (fraction-of-unit)
FRACTIONS_BEFORE_UNIT = L.words("numbers", "fractions_before_unit")
# "half-year results": a period of account, no half of a year (fraction-of-unit with a hyphen)
FRACTION_HYPHEN_NOT_UNITS = L.words("numbers", "fraction_hyphen_not_units")
#: words after which "point" opens a decimal below one: "by point five percent"
POINT_OPENS_AFTER = L.words("numbers", "point_opens_after")

# "half of the voters", "half the country", "more than half were hurt" (half-share); never after
# "the first", "the back" (a period or a part)
HALF_SHARE_BEFORE = L.words("numbers", "half_share_before")
HALF_SHARE_NOT_AFTER = L.words("numbers", "half_share_not_after")

# words after "by a fifth" that no ordinal's noun is: "rose by a tenth last year" (fraction-words)
FRACTION_ALONE_BEFORE = L.words("numbers", "fraction_alone_before")

# Vague magnitudes: the interval each plural gives (the NewsQuant convention: "hundreds" is
# 100-1000, "thousands" 1,000-10,000).
VAGUE = _NUMBERS["vague"]

# "several hundred", "a few thousand": 2-9 of the scale.
FEW = _NUMBERS["few"]

def number_hint() -> "re.Pattern[str]":
    """What a sentence must contain to hold a number: a digit, a vulgar fraction, or a number,
    multiplier, fraction or vague word of the lexicon. Built from the same tables the scanner
    reads, so the candidate filter cannot lack a word the scanner knows ("a lakh people")."""
    vocabulary = set(SMALL) | set(TENS) | set(SCALES) | set(VAGUE) | set(FRACTIONS) | set(DOZEN_FORMS)
    vocabulary |= set(DENOMINATORS)
    # an article may count one of a currency: "a dollar a day" (article-rate)
    from figrecon import currency

    vocabulary |= {w for w in currency.vocabulary() if w.isalpha() and len(w) > 2 and w.islower()}
    alternatives = "|".join(sorted((re.escape(w) for w in vocabulary), key=len, reverse=True))
    return re.compile(r"\d|[" + "".join(VULGAR) + r"]|\b(?:" + alternatives + r")\b", re.IGNORECASE)

MONTHS = L.words("calendar", "months")

# Months that are also everyday words: a date only with a capital letter.
_AMBIGUOUS_MONTHS = L.words("calendar", "ambiguous_months")

QUALIFIERS = L.mapping("qualifiers", "before")

QUALIFIERS_AFTER = L.mapping("qualifiers", "after")
# words that turn a comparative bound after them round: "no higher than 80" is at most 80
NEGATORS = frozenset(L.words("qualifiers", "negators"))
# the bound a negated comparative bound makes
TURNED_BOUND = {"<": ">", ">": "<"}
# bounding words joined by a hyphen only: "thirty-odd", "40-something"
HYPHEN_QUALIFIERS_AFTER = L.mapping("qualifiers", "hyphen_after")

_MAX_QUALIFIER_WORDS = max(len(q.split()) for q in QUALIFIERS)

# Verbs and words before a number that make it a change ("up 9.4 per cent", "fell 3%").
UP_WORDS = L.words("changes", "up")

DOWN_WORDS = L.words("changes", "down")

# Movement words that also name things or other events ("a 5% drop", "lost 3 games", "added two
# goals"): a change only for relative figures ("lost 1.1%", "added 15 sen") or as a verb after
# "to" or a modal ("is poised to drop 0.2%", "could rise 11 feet").
AMBIGUOUS_MOVES = L.words("changes", "ambiguous")

# comparatives after a temperature that make it a difference: "4 C warmer than"
TEMPERATURE_AFTER = L.mapping("changes", "temperature_after")

_BARE_VERB_BEFORE = L.words("changes", "bare_verb_before")

# Units of a relative figure: a movement word before them is always a change.
_RELATIVE_UNITS = L.words("changes", "relative_units")

# "gave up 517 yards", "made up 40%", "turned down 3 offers": phrasal verbs, not movements.
_PHRASAL_UP = L.words("changes", "phrasal_up")

_PHRASAL_DOWN = L.words("changes", "phrasal_down")

# Words after a number that make it a page, section, etc. reference when they come before.
REFERENCE_WORDS = L.words("not_quantity", "reference_words")
#: reference words after which a number may still be an amount ("in week 5 of the season")
COUNTED_REFERENCES = frozenset(L.words("not_quantity", "counted_references"))

TIME_PERIODS = L.mapping("rates", "time_periods")

_PER_WORDS = L.words("rates", "per_words")

# what "a"/"an" may price: "$1,271 an ounce", "$60 a barrel"
_PER_UNITS = L.mapping("rates", "per_units")

_PER_ADVERBS = L.mapping("rates", "adverbs")

# Stock indices and lists named by a number: "FTSE 100", "S&P 500", "Fortune 500" (lexicon
# not_quantity.json: index_names, spelled with or without inner spaces; index_name_extras).
def _index_pattern() -> "re.Pattern":
    def spelled(name: str) -> str:
        out = re.escape(name).replace("\\&", "&")  # "&" needs no escape
        return out.replace(r"\ ", r"\s?").replace("&", r"\s?&\s?") + r"\.?"  # "Inc." as "Inc"

    names = sorted(L.table("not_quantity")["index_names"], key=len, reverse=True)
    extras = L.table("not_quantity")["index_name_extras"]
    return re.compile(r"(?i)\b(?:" + "|".join(map(spelled, names)) + r")\s*(?:(?:"
                      + "|".join(map(re.escape, extras)) + r")\s*)?$")


_INDEX_NAME = _index_pattern()

# Words of extent after a length: "37m-long", "20ft high".
_DIMENSION_WORDS = L.words("not_quantity", "dimension_words")

# Closed-class words: a number followed by one of them counts nothing.
_FUNCTION_WORDS = L.words("not_quantity", "function_words")

_STREET_WORDS = L.words("not_quantity", "street_words")

# figures glued to a letter that name a format, not a measure: "3D"
_GLUED_CODES = L.words("not_quantity", "glued_codes")
#: words that "one-" makes an adjective of a kind, no count: "a one-off gain" (not_quantity.json one_compounds)
_ONE_COMPOUNDS = frozenset(L.words("not_quantity", "one_compounds"))
# a picture's lines ("1080p"), a format unless a sentence of money that names no picture writes pence
_PICTURE_CODES = L.words("not_quantity", "picture_codes")
_PICTURE_WORDS = L.words("not_quantity", "picture_words")

# words that introduce a bare four-digit number as a year: "in 2019 over 300 died"
YEAR_PREPOSITIONS = L.words("not_quantity", "year_prepositions")

# words after a number that make it a rough magnitude: "a six-figure salary", "2 grand"; "words":
# only after a number in words, "alone": only where no noun follows
MAGNITUDE_IDIOMS = L.mapping("not_quantity", "magnitude_idioms")

# Verbs in -s that follow a name with a number ("Windows 10 runs"), never counted nouns.
_VERBS_IN_S = L.words("not_quantity", "verbs_in_s")

# Endings of plural names and of demonyms that count people ("Democrats", "Chinese", "Iraqi").
_PEOPLE_ENDINGS = tuple(L.table("not_quantity")["people_endings"])

# Qualifiers that approach a figure from below.
_APPROACHING = L.words("qualifiers", "approaching")

# words that join the ends of a range as "to" does
_RANGE_TO = L.words("qualifiers", "range_to")
# bounding words that relate a quantity right before them to the next number ("one over three")
RELATION_AFTER_QUANTITY = L.words("qualifiers", "relation_after_quantity")
#: words before a figure to dial or key in: "Call 911", "the ZIP code is 90210" (veto-reference)
DIAL_WORDS = L.words("not_quantity", "dial_words")
CODE_WORDS = L.words("not_quantity", "code_words")
#: verbs after which "over" is their particle, no bound: "handed over 20 hostages"
OVER_PARTICLE_VERBS = L.words("qualifiers", "over_particle_verbs")
#: bounds that, after a verb of movement, name the level crossed: "fell below 31C" (no change)
LEVEL_CROSSING = L.words("qualifiers", "level_crossing")
#: verbs after which "up" is their particle, no bound: "will go up to 45 percent"
UP_PARTICLE_VERBS = L.words("qualifiers", "up_particle_verbs")

_ORDINAL_SUFFIXES = L.words("not_quantity", "ordinal_suffixes")

# clock words, compared without their dots ("p.m." and "pm" alike)
_TIME_OF_DAY = frozenset(w.replace(".", "") for w in L.words("not_quantity", "time_of_day"))
#: a part of the day after an hour, and the words of a moment before it: "at about eight in the evening"
CLOCK_PHRASES = frozenset(L.words("not_quantity", "clock_phrases"))
CLOCK_OPENERS = frozenset(L.words("not_quantity", "clock_openers"))
CLOCK_QUALIFIERS = frozenset(L.words("not_quantity", "clock_qualifiers"))
CLOCK_FOLLOWERS = frozenset(L.words("not_quantity", "clock_followers"))
#: words before and after hours:minutes:seconds that make it a time of day (clock-duration)
CLOCK_DURATION_NOT_AFTER = frozenset(L.words("not_quantity", "clock_duration_not_after"))
CLOCK_DURATION_NOT_BEFORE = frozenset(L.words("not_quantity", "clock_duration_not_before"))
CLOCK_GAP_AFTER = frozenset(L.words("not_quantity", "clock_gap_after"))
CLOCK_GAP_BEFORE = tuple(L.words("not_quantity", "clock_gap_before"))

# Phone numbers: "+44 20 7946 0958", "(202) 555-0100", "555-0100", "020 7946 0958", "0800 123 456",
# "07700 900123".
_PHONE = re.compile(
    r"\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?!\w)"
    r"|(?<![\w$£€,.])0\d{1,4}(?:[ -]\d{2,4}){2,3}(?![\w.,]\d)"
    r"|(?<![\w$£€,.])0\d{2,4}[ -]\d{5,8}(?![\w.,]\d)"
    r"|(?<![\w$£€,.])\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\w)"
    r"|(?<![\w$£€,.-])\d{3}-\d{4}(?![\w-])"
)
