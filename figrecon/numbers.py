"""Reading numeric expressions in a sentence: the number, its interval, its unit or currency.

This is a small hand-written grammar over word tokens, because news numbers come in more shapes
than a regular expression can hold cleanly: "£19m", "3.5bn", "$ 2,000", "USD 1,500",
"between $1,500 and $2,000", "half a million", "two dozen", "hundreds, if not thousands",
"up to", "more than", "about". Each ``Mention`` keeps character offsets into the sentence.

What this module does not know (the counted noun of "429 soldiers", who said it) comes from the
dependency parse in ``figrecon.extract``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Optional

from figrecon import currency as currencies
from figrecon.units import Unit, lexicon

# --------------------------------------------------------------------------------------------
# Tokens

_TOKEN = re.compile(
    r"""
    (?P<num>(?:\d{1,3}(?:\.\d{3})+,\d+(?![\d,])|\d{1,3}(?:\.\d{3}){2,}(?![\d.,]\d)|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+|\d+)(?:\.\d+)?|\.\d+)
    (?P<suffix>[^\W\d_]+)?
    |(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?\.?)
    |(?P<sym>\S)
    """,
    re.VERBOSE | re.UNICODE,
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # "num", "word", "sym"
    suffix: str = ""  # letters glued to a number: "m" in "19m"
    glued: bool = False  # no space between this token and the previous one

    @property
    def low(self) -> str:
        return self.text.lower().rstrip(".") if self.kind == "word" else self.text


def _digits(text: str) -> str:
    """Arabic-Indic and other decimal digits to ASCII; typographic separators removed."""
    out = []
    for ch in text:
        if ch.isdigit() and not ("0" <= ch <= "9"):
            try:
                out.append(str(unicodedata.decimal(ch)))
                continue
            except ValueError:
                pass
        out.append(ch)
    return "".join(out)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        glued = bool(tokens) and tokens[-1].end == m.start()
        if m.group("num") is not None:
            suffix = m.group("suffix") or ""
            tokens.append(Token(m.group("num"), m.start(), m.end(), "num", suffix, glued))
        elif m.group("word") is not None:
            word = m.group("word")
            # keep a trailing period only for known abbreviations ("Rs.", "Sept.", "No.")
            if word.endswith(".") and (word[:-1].lower() not in _ABBREVIATIONS
                                       or glued and tokens[-1].text == "°"):  # "5°C."
                tokens.append(Token(word[:-1], m.start(), m.end() - 1, "word", "", glued))
                tokens.append(Token(".", m.end() - 1, m.end(), "sym", "", True))
            else:
                tokens.append(Token(word, m.start(), m.end(), "word", "", glued))
        else:
            tokens.append(Token(m.group("sym"), m.start(), m.end(), "sym", "", glued))
    return tokens


_ABBREVIATIONS = {
    "rs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "nos", "p", "pp", "st", "mr", "mrs", "dr", "approx", "est", "ca", "c", "vs", "u.s",
}

# Currency spellings figrecon.currency does not know: mangled signs in wire copy ("PS2.7m" for
# "£2.7m", "Y=590 billion" for "¥590 billion") and names of Nordic crowns.
_SIGN_ALIASES = {"PS": "GBP", "Y": "JPY", "Y=": "JPY", "$US": "USD", "$A": "AUD", "$NZ": "NZD",
                 "$C": "CAD", "$HK": "HKD", "$S": "SGD"}
_NAME_ALIASES = {"danish crowns": "DKK", "danish crown": "DKK", "swedish crowns": "SEK",
                 "swedish crown": "SEK", "norwegian crowns": "NOK", "norwegian crown": "NOK",
                 "kroner": "DKK", "krone": "DKK"}
# Display names where the news usage differs from figrecon.currency's name.
_CURRENCY_NAMES = {"israeli new shekel": "shekel", "danish crown": "danish krone"}
# Letter codes before "$" ("C$", "c $", "mxn$", "cad$").
_DOLLAR_PREFIXES = {"c": "CAD", "us": "USD", "a": "AUD", "au": "AUD", "hk": "HKD", "nz": "NZD",
                    "s": "SGD", "nt": "TWD", "mxn": "MXN", "cad": "CAD", "usd": "USD", "aud": "AUD",
                    "mx": "MXN", "r": "BRL"}
# Currency names that may stand before an amount ("dollar 22.5 million").
_NAMES_BEFORE = {"dollar", "dollars", "euro", "euros", "rupees", "rupee", "yen", "yuan", "ringgit"}
# Sub-units of money: amounts in them keep no ISO code (they are not whole units of one).
_SUBUNITS = {"cent": "cent", "cents": "cent", "sen": "sen", "pence": "penny", "penny": "penny",
             "paise": "paisa", "kopecks": "kopeck", "satoshis": "satoshi", "satoshi": "satoshi"}
# Unit symbols glued to a number that the quantulum3 lexicon reads otherwise.
_GLUED_UNITS = {"pc": ("percentage", "dimensionless"), "p": ("point", "dimensionless"),
                "bhp": ("brake horsepower", "power"), "mpg": ("mile per gallon", "fuel economy"),
                "hp": ("horsepower", "power"), "gwh": ("gigawatt hour", "energy"),
                "mwh": ("megawatt hour", "energy"), "kwh": ("kilowatt hour", "energy")}


def _currency(iso_or_name: str) -> Optional["currencies.Currency"]:
    return currencies.lookup(iso_or_name)


# --------------------------------------------------------------------------------------------
# Number words

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
# Abbreviated multipliers: always for bn/tn; "m"/"k" only after a currency ("£19m", "$50k").
SUFFIX_SCALES = {"bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12, "trillion": 1e12, "mn": 1e6,
                 "mln": 1e6, "m": 1e6, "k": 1e3, "bln": 1e9, "billion": 1e9, "million": 1e6,
                 "thousand": 1e3}
WEAK_SUFFIX_SCALES = {"m", "k", "b"}
FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "thirds": 1 / 3, "quarters": 0.25,
             "fifth": 0.2, "fifths": 0.2}
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅛": 0.125}

# Vague magnitudes: the interval each plural gives (the NewsQuant convention: "hundreds" is
# 100-1000, "thousands" 1,000-10,000).
VAGUE = {
    "dozens": (12.0, 120.0), "scores": (40.0, 200.0), "hundreds": (100.0, 1e3),
    "thousands": (1e3, 1e4), "millions": (1e6, 1e7), "billions": (1e9, 1e10),
    "trillions": (1e12, 1e13), "tens": (10.0, 100.0),
}
# "several hundred", "a few thousand": 2-9 of the scale.
FEW = {"several": (2, 9), "few": (2, 9), "some": (2, 9)}

MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}
# Months that are also everyday words: a date only with a capital letter.
_AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "sep", "dec"}

# --------------------------------------------------------------------------------------------
# Qualifiers: the words before a number that bound it.  (phrase, change)

QUALIFIERS = {
    # upper bounds
    "up to": "<", "as many as": "<", "as many": "<", "as much as": "<", "at most": "<",
    "no more than": "<", "not more than": "<", "nearly": "~", "almost": "~", "just under": "<",
    "less than": "<", "fewer than": "<", "under": "<", "below": "<", "a maximum of": "<",
    "maximum of": "<", "up to about": "<", "no fewer than": ">", "shy of": "<",
    "just shy of": "<", "upto": "<", "not exceeding": "<", "as high as": "<",
    # lower bounds
    "more than": ">", "over": ">", "at least": ">", "exceeding": ">", "in excess of": ">",
    "upwards of": ">", "above": ">", "greater than": ">", "over than": ">", "a minimum of": ">",
    "minimum of": ">", "no less than": ">", "not less than": ">", "just over": ">",
    "well over": ">", "well above": ">", "beyond": ">", "north of": ">", "higher than": ">",
    "some more than": ">", "more then": ">",
    # approximations
    "about": "~", "around": "~", "roughly": "~", "some": "~", "an estimated": "~",
    "estimated": "~", "approximately": "~", "approx": "~", "circa": "~", "ca": "~",
    "close to": "~", "an approximate": "~", "or so": "~", "nearly about": "~",
    "in the region of": "~", "on the order of": "~", "of about": "~", "of around": "~",
    "of some": "~", "on average": "~", "averaging": "~", "averaged": "~", "averages": "~",
    "barely": "~", "~": "~",
    "about some": "~", "just about": "~", "somewhere around": "~", "give or take": "~",
}
_MAX_QUALIFIER_WORDS = 4

# Verbs and words before a number that make it a change ("up 9.4 per cent", "fell 3%").
UP_WORDS = {"up", "rose", "rise", "rises", "risen", "rising", "increased", "increase", "increases",
            "increasing", "gained", "gain", "gains", "gaining", "climbed", "climb", "climbs",
            "climbing", "jumped", "jump", "jumps", "jumping", "surged", "surge", "surges", "surging",
            "soared", "soar", "soars", "soaring", "added", "grew", "grow", "grows", "grown",
            "growing", "advanced", "advances", "advancing", "boosted", "raised", "higher", "spiked",
            "spiking", "rallied", "rallies", "rallying", "rebounded", "rebounding", "upward",
            "upwards"}
DOWN_WORDS = {"down", "fell", "fall", "falls", "fallen", "falling", "dropped", "drop", "drops",
              "dropping", "declined", "decline", "declines", "declining", "decreased", "decrease",
              "decreases", "decreasing", "lost", "lose", "loses", "losing", "slipped", "slip",
              "slips", "slipping", "slid", "slide", "slides", "sliding", "sank", "sink", "sinks",
              "sinking", "plunged", "plunge", "plunges", "plunging", "plummeted", "plummet",
              "plummets", "plummeting", "tumbled", "tumble", "tumbles", "tumbling", "shed", "sheds",
              "shedding", "cut", "cuts", "cutting", "lower", "eased", "easing", "dipped", "dip",
              "dips", "dipping", "shrank", "shrunk", "shrinking", "slumped", "slump", "slumps",
              "slumping", "retreated", "retreating", "contracted", "downward", "downwards"}
# Movement words that also name things or other events ("a 5% drop", "lost 3 games", "added two
# goals"): a change only for relative figures ("lost 1.1%", "added 15 sen") or as a verb after
# "to" or a modal ("is poised to drop 0.2%", "could rise 11 feet").
AMBIGUOUS_MOVES = {"added", "raised", "higher", "increase", "gain", "rise", "grow", "lost", "lose",
                   "losing", "cut", "cuts", "cutting", "lower", "shed", "sheds", "shedding", "drop",
                   "fall", "decline", "decrease", "dip", "slump", "slip", "slide", "sink", "plunge",
                   "tumble", "jump", "climb", "surge", "soar", "plummet"}
_BARE_VERB_BEFORE = {"to", "will", "would", "could", "can", "may", "might", "should", "must", "did",
                     "does", "do", "not", "also"}
# Units of a relative figure: a movement word before them is always a change.
_RELATIVE_UNITS = {"percentage", "percentage point", "point", "basis point", "cent", "sen", "penny"}
# "gave up 517 yards", "made up 40%", "turned down 3 offers": phrasal verbs, not movements.
_PHRASAL_UP = {"give", "gave", "given", "gives", "giving", "make", "made", "makes", "making", "take",
               "took", "taken", "takes", "taking", "use", "used", "uses", "using", "sum", "summed",
               "sign", "signed", "signs", "set", "sets", "put", "puts", "putting", "rack", "racked",
               "racks", "chalk", "chalked", "cough", "coughed", "shell", "shelled", "ring", "rang",
               "rung", "pony", "open", "opened", "opens", "line", "lined", "team", "teamed", "back",
               "backed"}
_PHRASAL_DOWN = {"turn", "turned", "turns", "break", "broke", "broken", "breaks", "shut", "shuts",
                 "sit", "sat", "vote", "voted", "put", "puts", "back", "backed", "step", "stepped",
                 "steps", "lay", "laid", "hand", "handed", "hunt", "hunted", "track", "tracked",
                 "knock", "knocked", "settle", "settled", "calm", "calmed"}

# Words after a number that make it a page, section, etc. reference when they come before.
REFERENCE_WORDS = {"page", "pages", "p", "pp", "section", "sections", "chapter", "chapters",
                   "article", "articles", "no", "nos", "number", "paragraph", "clause", "rule",
                   "figure", "fig", "table", "item", "line", "lines", "verse", "volume", "vol",
                   "episode", "season", "round", "week", "game", "stage", "level", "grade",
                   "route", "highway", "channel", "flight", "room", "gate", "platform", "version",
                   "resolution", "row", "step", "phase", "act", "scene", "part", "unit", "tier",
                   "category", "class", "division", "district", "ward", "precinct", "lot",
                   "block", "suite", "apartment", "floor", "exit", "terminal", "pier", "bay"}
TIME_PERIODS = {"second": "second", "minute": "minute", "hour": "hour", "day": "day",
                "week": "week", "month": "month", "year": "year", "annum": "year",
                "quarter": "quarter", "night": "night", "shift": "shift", "head": "head",
                "person": "person", "share": "share", "capita": "person"}
_PER_WORDS = {"a", "an", "per", "each", "every", "/"}
# what "a"/"an" may price: "$1,271 an ounce", "$60 a barrel"
_PER_UNITS = {"ounce": "ounce", "barrel": "barrel", "gallon": "gallon", "litre": "litre",
              "liter": "litre", "tonne": "tonne", "ton": "ton", "kilo": "kilogram",
              "kilogram": "kilogram", "pound": "pound", "gram": "gram", "bushel": "bushel",
              "piece": "piece", "ticket": "ticket", "unit": "unit", "dose": "dose"}
# money words that decide "pounds" means sterling, not mass
_MONEY_CONTEXT = re.compile(
    r"£|\b(pa(id|y|ys|ying)|salar|wage|earn|cost|price|fine|fund|worth|budget|spend|spent|"
    r"bill|fees?\b|deal|sterling|bank|invest|sold|sell|buy|bought|revenue|profit|loss|tax|million|"
    r"billion|compensation|donat|raise[ds]?|grant|loan|debt|bonus|reward|prize|award|"
    r"(?:a|per) share\b)",
    re.I,
)


# Stock indices and lists named by a number: "FTSE 100", "S&P 500", "Fortune 500".
_INDEX_NAME = re.compile(
    r"(?i)\b(?:FTSE|S\s?&\s?P|S\s?P|Nasdaq|Fortune|Russell|Stoxx|Euro\s?Stoxx|ASX|Nikkei|DAX|CAC|"
    r"TSX|Hang\s?Seng|Kospi|Sensex|Nifty|IBEX|AEX|SMI|MSCI|Dow\s?Jones|FTSE\s?AIM|Forbes|Inc\.?)"
    r"\s*(?:Global\s*|Top\s*|All-Share\s*)?$")
# Words of extent after a length: "37m-long", "20ft high".
_DIMENSION_WORDS = {"long", "tall", "high", "wide", "deep", "away", "thick", "across", "deep",
                    "wingspan", "length", "height", "depth"}
# Closed-class words: a number followed by one of them counts nothing.
_FUNCTION_WORDS = {"and", "or", "but", "has", "have", "had", "is", "are", "was", "were", "will",
                   "would", "can", "could", "on", "in", "at", "with", "from", "for", "to", "of",
                   "by", "as", "that", "which", "who", "the", "a", "an", "this", "its", "his", "her",
                   "their", "does", "did", "also", "just", "now", "then", "said", "says"}
_STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "av", "way", "lane", "ln",
                 "boulevard", "blvd", "drive", "dr", "place", "pl", "court", "ct", "square", "sq",
                 "terrace", "crescent", "highway", "hwy", "parkway", "pkwy", "close", "row",
                 "gardens", "mews", "walk", "circle", "plaza", "broadway"}
# Verbs in -s that follow a name with a number ("Windows 10 runs"), never counted nouns.
_VERBS_IN_S = {"is", "was", "has", "does", "says", "runs", "goes", "makes", "gets", "sells",
               "costs", "offers", "comes", "uses", "remains", "features", "includes", "supports",
               "looks", "needs", "seems", "takes", "shows", "gives", "lets", "keeps", "starts",
               "ships", "launches", "arrives", "lacks", "adds", "brings", "packs", "boasts"}
# Endings of plural names and of demonyms that count people ("Democrats", "Chinese", "Iraqi").
_PEOPLE_ENDINGS = ("s", "ese", "ish", "ch", "i")

# Qualifiers that approach a figure from below.
_APPROACHING = {"nearly", "almost", "close to", "just about"}
# Phone numbers: "+44 20 7946 0958", "(202) 555-0100", "555-0100".
_PHONE = re.compile(
    r"\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?!\w)"
    r"|(?<![\w$£€,.])\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\w)"
    r"|(?<![\w$£€,.-])\d{3}-\d{4}(?![\w-])"
)


@dataclass(frozen=True)
class Mention:
    """A numeric expression found in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    value: Optional[float]
    low: Optional[float]
    high: Optional[float]
    change: str
    unit: Optional[str]  # None: a bare number, to be attached to its counted noun
    dimension: str
    currency: Optional[str] = None  # ISO code for money
    per: Optional[str] = None  # "month" in "$2,000 a month"
    number_end: int = 0  # end of the number part (before any unit), to find the counted noun
    vague: bool = False


@dataclass
class _Number:
    value: Optional[float]
    low: Optional[float]
    high: Optional[float]
    first: int  # token index of the first token of the number
    last: int  # token index after the number
    scaled: bool = False  # a multiplier word was applied ("19m", "2 million")
    vague: bool = False
    words: bool = False  # written in words ("four thousand")
    year_like: bool = False
    fraction: bool = False  # "1/16", "1⁄32"


_EUROPEAN = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def _num_value(token: Token) -> Optional[float]:
    raw = _digits(token.text)
    if _EUROPEAN.fullmatch(raw) and (raw.count(".") > 1 or "," in raw):
        raw = raw.replace(".", "").replace(",", ".")  # "1.000,50", "2.500.000": European style
    raw = re.sub(r"[,\u00a0\u202f\u2009]", "", raw)
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if value == value and value not in (float("inf"), float("-inf")) else None


class Scanner:
    """Finds every numeric Mention in one sentence."""

    def __init__(self, sentence: str):
        self.text = sentence
        self.tokens = tokenize(sentence)
        self.lows = [t.low for t in self.tokens]
        self.units = lexicon()

    # ---- small helpers -----------------------------------------------------------------
    def _word(self, i: int) -> str:
        return self.lows[i] if 0 <= i < len(self.tokens) else ""

    def _is(self, i: int, *words: str) -> bool:
        return self._word(i) in words

    # ---- numbers -----------------------------------------------------------------------
    def _number_at(self, i: int, after_currency: bool = False) -> Optional[_Number]:
        """Parse a number (digits, words, or a vague magnitude) starting at token i."""
        tokens = self.tokens
        if i >= len(tokens):
            return None
        tok = tokens[i]
        w = self.lows[i]
        if tok.kind == "num":
            value = _num_value(tok)
            if value is None:
                return None
            j = i + 1
            scaled = False
            suffix = tok.suffix.lower()
            # "80, 000": a thousands separator split off by tokenized text (never a list: no
            # list item starts with 0)
            while not tok.suffix and re.fullmatch(r"\d{1,3}", tok.text) and self._is(j, ",") \
                    and tokens[j].glued and j + 1 < len(tokens) and tokens[j + 1].kind == "num" \
                    and re.fullmatch(r"0\d\d", tokens[j + 1].text):
                value = value * 1000 + float(tokens[j + 1].text)
                tok = tokens[j + 1]
                j += 2
            if suffix:
                if suffix in SUFFIX_SCALES and (after_currency or suffix not in WEAK_SUFFIX_SCALES
                                                or tok.suffix in ("M", "B")):
                    value *= SUFFIX_SCALES[suffix]
                    scaled = True
            # a fraction: "1⁄32" (fraction slash), "1/16 of a pint"; never a date ("10/06/2020")
            if j + 1 < len(tokens) and tokens[j].text in ("/", "⁄") and tokens[j].glued and tokens[j + 1].glued \
                    and tok.text.isdecimal() and tokens[j + 1].text.isdecimal() and not tok.suffix \
                    and 0 < int(tok.text) < int(tokens[j + 1].text) <= 1000 and not self._is(j + 2, "/") \
                    and (tokens[j].text == "⁄" or self._is(j + 2, "of")) and not tokens[j + 1].suffix:
                value = int(tok.text) / int(tokens[j + 1].text)
                return _Number(value, value, value, i, j + 2, fraction=True)
            # scientific notation: "1.99×10−30", "6.02 x 10^23"
            if j + 1 < len(tokens) and self._word(j) in ("×", "x", "*") and tokens[j + 1].text == "10" \
                    and not tok.suffix:
                k = j + 2
                if self._is(k, "^"):
                    k += 1
                sign = 1
                if k < len(tokens) and tokens[k].text in ("-", "−", "‑") and tokens[k].glued:
                    sign, k = -1, k + 1
                elif self._is(k, "+"):
                    k += 1
                if k < len(tokens) and tokens[k].kind == "num" and tokens[k].glued and tokens[k].text.isdigit() \
                        and int(tokens[k].text) < 300:
                    value *= 10.0 ** (sign * int(tokens[k].text))
                    j = k + 1
                    tok = tokens[k]
            if j < len(tokens) and tokens[j].text in VULGAR and tokens[j].glued or (
                    j < len(tokens) and tokens[j].text in VULGAR and not tok.suffix):
                value += VULGAR[tokens[j].text]
                j += 1
            if not scaled and not tok.suffix:
                # "2 million", "1.5 billion", "3.5 bn", "£19 m"
                w2 = self._word(j)
                if w2 in SCALES and w2 != "hundred" or w2 in ("bn", "mn", "mln", "tn", "trn", "bln") or (
                        after_currency and w2 in ("m", "k", "b") and self.tokens[j].kind == "word"):
                    value *= SCALES.get(w2) or SUFFIX_SCALES[w2]
                    scaled = True
                    j += 1
                    if self._word(j) in SCALES and SCALES[self._word(j)] > 1e3:  # "2 thousand million"
                        value *= SCALES[self._word(j)]
                        j += 1
                elif w2 == "hundred" and value < 100:
                    value *= 100
                    scaled = True
                    j += 1
                    if self._word(j) in SCALES and SCALES[self._word(j)] > 100:  # "4 hundred million"
                        value *= SCALES[self._word(j)]
                        j += 1
                elif w2 == "dozen":
                    value *= 12
                    scaled = True
                    j += 1
            year_like = (not scaled and not tok.suffix and re.fullmatch(r"\d{4}", tok.text) is not None
                         and 1000 <= value <= 2100)
            return _Number(value, value, value, i, j, scaled=scaled, year_like=year_like)
        if tok.text in VULGAR:
            return _Number(VULGAR[tok.text], VULGAR[tok.text], VULGAR[tok.text], i, i + 1)
        if tok.kind != "word":
            return None
        return self._words_at(i)

    def _words_at(self, i: int) -> Optional[_Number]:
        w = self._word(i)
        # vague: "hundreds of", "tens of thousands of", "hundreds, if not thousands, of"
        if w in VAGUE:
            low, high = VAGUE[w]
            j = i + 1
            if w in ("tens", "hundreds") and self._is(j, "of") and self._word(j + 1) in VAGUE and self._word(j + 1) not in ("tens", "dozens", "scores"):
                scale_low, _ = VAGUE[self._word(j + 1)]
                low, high = low * scale_low, high * scale_low
                j += 2
            # "hundreds, if not thousands"
            k = j + (1 if self._is(j, ",") else 0)
            if self._is(k, "if") and self._is(k + 1, "not") and self._word(k + 2) in VAGUE:
                high = VAGUE[self._word(k + 2)][1]
                j = k + 3
                if self._is(j, ","):
                    j += 1
            if w in ("tens", "scores", "dozens") and not self._is(j, "of"):
                return None  # "tens" alone, "scores" (sports), "dozens" alone are rarely counts
            if w == "tens" and low == 10.0:
                return None
            return _Number(None, low, high, i, j, vague=True, words=True)
        # "a dozen", "a hundred", "a million", "half a million", "a third of"
        if w in ("quarter", "half") and self._word(i + 1) in SCALES and SCALES[self._word(i + 1)] >= 1e3:
            value = FRACTIONS[w] * SCALES[self._word(i + 1)]  # "quarter million"
            return _Number(value, value, value, i, i + 2, scaled=True, words=True)
        if w in ("a", "an", "half"):
            j = i + 1
            factor = 1.0
            if w == "half" and self._is(j, "a"):
                factor, j = 0.5, j + 1
            nxt = self._word(j)
            if nxt in SCALES or nxt == "dozen":
                value = factor * (SCALES.get(nxt) or 12)
                j += 1
                if nxt == "dozen" or SCALES.get(nxt, 0) <= 1e3:
                    if self._word(j) in SCALES and SCALES[self._word(j)] > (SCALES.get(nxt) or 12):
                        value *= SCALES[self._word(j)]
                        j += 1
                return _Number(value, value, value, i, j, scaled=True, words=True)
            if w in ("a", "an") and nxt in ("third", "quarter", "half", "fifth") and self._is(j + 1, "of"):
                value = FRACTIONS[nxt]
                return _Number(value, value, value, i, j + 1, words=True)
            return None
        # "several hundred", "a few thousand"
        if w in FEW or (w == "a" and self._is(i + 1, "few")):
            j = i + (2 if w == "a" else 1)
            if self._word(j) in SCALES:
                scale = SCALES[self._word(j)]
                lo, hi = FEW.get(self._word(i), FEW["few"])
                return _Number(None, lo * scale, hi * scale, i, j + 1, vague=True, words=True)
            return None
        if w not in SMALL and w not in TENS and not re.fullmatch(r"[a-z]+-[a-z]+", w):
            return None
        # spelled-out integer: "four thousand", "twenty-five", "two dozen", "one hundred and ten"
        total, current, j, seen = 0.0, 0.0, i, False
        while j < len(self.tokens):
            w = self._word(j)
            parts = w.split("-") if "-" in w else [w]
            if all(p in SMALL or p in TENS for p in parts) and len(parts) <= 2:
                current += sum(SMALL.get(p, 0) + TENS.get(p, 0) for p in parts)
                seen = True
            elif w == "hundred" and seen:
                current = (current or 1) * 100
            elif w in SCALES and seen:
                total += (current or 1) * SCALES[w]
                current = 0.0
            elif w == "dozen" and seen:
                current = (current or 1) * 12
            elif w == "and" and seen and self._word(j + 1) in SMALL | TENS.keys() and self._word(j - 1) in ("hundred", "thousand"):
                pass
            elif w in ("-", "‑") and self._word(j - 1) in TENS and self._word(j + 1) in SMALL \
                    and self.tokens[j].glued and j + 1 < len(self.tokens) and self.tokens[j + 1].glued:
                pass  # "forty-five"
            else:
                break
            j += 1
        if not seen:
            return None
        value = total + current
        # "two thirds of", "three quarters of", "three quarters billion"
        if self._word(j) in ("thirds", "quarters", "fifths", "third", "quarter", "fifth") and value < 10 and (
                self._is(j + 1, "of") or self._word(j + 1) in SCALES):
            value *= FRACTIONS[self._word(j)]
            j += 1
            if self._word(j) in SCALES:
                value *= SCALES[self._word(j)]
                j += 1
        return _Number(value, value, value, i, j, words=True, scaled=j - i > 1)

    # ---- units ---------------------------------------------------------------------------
    def _currency_before(self, i: int) -> tuple[Optional[currencies.Currency], int]:
        """A currency sign or code ending just before token i: ("US", "$") / "£" / "USD" / "Rs"."""
        tokens = self.tokens
        # "c $ 16.4 million", "mxn$ 15", "cad$ 15": a country code before the dollar sign
        if i >= 2 and tokens[i - 1].text == "$" and tokens[i - 2].kind == "word":
            code = tokens[i - 2].text.lower()
            spaced_ok = tokens[i - 2].text.islower() or len(code) == 1 or tokens[i - 2].text.isupper()
            if code == "a" and not (tokens[i - 1].glued and tokens[i - 2].text == "A"):
                spaced_ok = False  # "a $3,500 mortgage": the article, not A$
            if code in _DOLLAR_PREFIXES and (tokens[i - 1].glued and code != "a" or spaced_ok):
                found = _currency(_DOLLAR_PREFIXES[code])
                if found is not None:
                    return found, i - 2
        for span in (3, 2, 1):
            start = i - span
            if start < 0:
                continue
            if any(tokens[k].glued is False for k in range(start + 1, i)):
                continue  # multi-token signs ("US$", "HK$") must be written together
            text = "".join(t.text for t in tokens[start:i])
            cur = currencies.lookup(text)
            if cur is None and span == 1:
                cur = _scaled_code(text)[0]
            if cur is None:
                continue
            if span == 1 and tokens[start].kind == "word":
                # a code or abbreviation ("USD", "Rs", "AZN"): must be upper-case or "Rs";
                # a full name only right before the number ("dollar 22.5 million")
                if not (text.isupper() or text.rstrip(".").lower() in ("rs", "rp", "dh", "dhs", "sr")
                        or (text.lower() in _NAMES_BEFORE and self._word(start - 1) not in ("the", "a", "per"))):
                    continue
            return cur, start
        # "PS2.7m", "Y=28,030": mangled signs, glued to the number
        if i >= 1 and tokens[i].glued:
            for span in (2, 1):
                start = i - span
                if start >= 0 and all(tokens[k].glued for k in range(start + 1, i + 1)):
                    text = "".join(t.text for t in tokens[start:i])
                    if text in _SIGN_ALIASES:
                        return _currency(_SIGN_ALIASES[text]), start
        return None, i

    def _unit_after(self, j: int, glued_suffix: str, last_num_tok: Token, money_ok: bool):
        """Unit words after token index j: returns (Unit | Currency | None, new_j)."""
        tokens = self.tokens
        if glued_suffix and glued_suffix.lower() in _GLUED_UNITS:
            return Unit(*_GLUED_UNITS[glued_suffix.lower()]), j
        if glued_suffix and glued_suffix.lower() in _SUBUNITS:
            return Unit(_SUBUNITS[glued_suffix.lower()], "currency"), j
        if glued_suffix:
            suf = glued_suffix
            cur = currencies.lookup(suf)
            if cur is not None and suf.lower() not in currencies.AMBIGUOUS_NAMES:
                return cur, j
            unit = self.units.symbol(suf, glued=True) or self.units.surface(suf)
            if unit:
                return unit, j
        if j >= len(tokens):
            return None, j
        # "760-kilometer": a hyphen glued on both sides
        start = j
        if tokens[j].text in "-‑" and tokens[j].glued and j + 1 < len(tokens) and tokens[j + 1].glued and tokens[j + 1].kind == "word":
            start = j + 1
        # a sign after the number: "10 $", "1,200€", "100 ₡"
        if tokens[start].kind == "sym" and money_ok:
            cur = currencies.lookup(tokens[start].text)
            if cur is not None:
                return cur, start + 1
        word = self._word(start)
        if word in _SUBUNITS and tokens[start].kind == "word":
            return Unit(_SUBUNITS[word], "currency"), start + 1
        if word in _GLUED_UNITS and word not in ("p", "hp") and tokens[start].kind == "word":
            return Unit(*_GLUED_UNITS[word]), start + 1
        if word == "p" and tokens[start].kind == "word" and not self._is(start + 1, "."):
            return Unit("point", "dimensionless"), start + 1
        if word == "p" and self._is(start + 1, ".") and (start + 2 >= len(tokens)):
            return Unit("point", "dimensionless"), start + 1
        for span in (2, 1):
            phrase = " ".join(self.lows[start:start + span])
            if phrase in _NAME_ALIASES and money_ok and all(t.kind == "word" for t in tokens[start:start + span]):
                return _currency(_NAME_ALIASES[phrase]), start + span
        # "5 US gallons", "a 1/16 of a US pint": US measures are the lexicon's own
        if self._word(start) in ("us", "u.s") and start + 1 < len(tokens) and tokens[start + 1].kind == "word":
            found, k = self._unit_after(start + 1, "", last_num_tok, money_ok=False)
            if isinstance(found, Unit):
                return found, k
        # a hyphenated symbol before any currency reading: "275 pound-feet", "332 lb-ft"
        if start + 2 < len(tokens) and tokens[start + 1].text in "-‑" and tokens[start + 1].glued \
                and tokens[start + 2].glued and tokens[start + 2].kind == "word":
            unit = self.units.symbol("".join(t.text for t in tokens[start:start + 3]), glued=True)
            if unit is not None:
                return unit, start + 3
        # currency names after the number: "1,500 manat", "20 euros", "5 pounds"
        for span in (3, 2, 1):
            words = [t for t in tokens[start:start + span]]
            if len(words) < span or any(t.kind != "word" for t in words):
                continue
            phrase = " ".join(t.text for t in words)
            cur = currencies.lookup(phrase) or (_scaled_code(phrase)[0] if span == 1 else None)
            if cur is not None and money_ok:
                if phrase.lower() in currencies.AMBIGUOUS_NAMES and not _MONEY_CONTEXT.search(self.text):
                    continue
                return cur, start + span
        # unit surfaces, longest first: "square kilometres", "per cent", "miles per hour"
        for span in range(min(self.units.max_words, len(tokens) - start), 0, -1):
            words = tokens[start:start + span]
            if words[0].kind == "sym" and words[0].text not in "%°‰″′":
                if span == 1:
                    break
                continue
            if words[0].text in "′’" and start + 1 < len(tokens) and tokens[start + 1].glued \
                    and tokens[start + 1].kind == "word":
                break  # "2022′s": a prime for an apostrophe
            phrase = " ".join(t.text for t in words).lower()
            unit = self.units.surface(phrase)
            if unit is None and span <= 3:
                glued_text = "".join(t.text for t in words)
                if all(t.glued for t in words[1:]):
                    unit = self.units.symbol(glued_text, glued=words[0].glued)
            if unit is not None:
                if unit.name == "pound-mass" and money_ok and _MONEY_CONTEXT.search(self.text):
                    gbp = currencies.lookup("GBP")
                    if gbp is not None:
                        return gbp, start + span
                return unit, start + span
        return None, j

    def _metre_or_million(self, num: _Number, j: int):
        """A lowercase "m" glued to a number without a currency: metres ("37m (121ft)-long",
        "a 37m yacht", "32m2"), or millions before a plural noun ("37m people"). Returns
        (Unit | None, next token index); a million scales ``num`` in place."""
        tokens = self.tokens
        nxt = tokens[j] if j < len(tokens) else None
        if nxt is not None and nxt.glued and nxt.text in ("2", "²", "3", "³"):
            square = nxt.text in ("2", "²")
            return Unit("square metre" if square else "cubic metre", "area" if square else "volume"), j + 1
        metre = Unit("metre", "length")
        k = j + 1 if nxt is not None and nxt.text in "-‑" and nxt.glued else j
        word = self._word(k)
        if word in _DIMENSION_WORDS or self._word(j) in ("(", "["):
            return metre, j
        if nxt is not None and nxt.kind == "word" and nxt.text.islower() and word not in _FUNCTION_WORDS:
            if word.endswith("s") and not word.endswith("ss"):
                num.value *= 1e6  # "37m people"
                num.low = num.high = num.value
                num.scaled = True
                return None, j
            if self._word(num.first - 1) in ("a", "an", "the"):
                return metre, j  # "a 37m yacht"
        return None, j

    def _per_after(self, j: int) -> tuple[Optional[str], int]:
        """A period or denominator after a rate: "a month", "per year", "/month", "each month"."""
        if self._word(j) in ("-", "‑") and self._word(j + 1) in ("a", "an", "per"):
            j += 1  # "12-cent-a-share", "$ 70 - a - share"
        w = self._word(j)
        k = j + 1
        if w in ("a", "an", "per") and self._word(k) in ("-", "‑"):
            k += 1
        if self._word(k + 1) in ("earlier", "ago", "before", "later", "previously", "prior"):
            return None, j  # "$6.78 billion a year earlier": a time, not a rate
        if w in _PER_WORDS and self._word(k) in TIME_PERIODS:
            return TIME_PERIODS[self._word(k)], k + 1
        if w in ("a", "an") and self._word(k) in _PER_UNITS:
            return _PER_UNITS[self._word(k)], k + 1
        if w in ("per", "/") and j + 1 < len(self.tokens) and self.tokens[j + 1].kind == "word":
            # "$58.24 per barrel", "$350 per square foot"
            unit = self.units.surface(self._word(j + 1) + " " + self._word(j + 2))
            if unit is not None:
                return unit.name, j + 3
            unit = self.units.surface(self._word(j + 1)) or self.units.symbol(self.tokens[j + 1].text, glued=True)
            if unit is not None:
                return unit.name, j + 2
            word = self._word(j + 1)
            return (word[:-1] if word.endswith("s") and not word.endswith("ss") else word), j + 2
        if w in ("monthly", "annually", "yearly", "weekly", "daily", "hourly"):
            return {"monthly": "month", "annually": "year", "yearly": "year", "weekly": "week",
                    "daily": "day", "hourly": "hour"}[w], j + 1
        if w == "a" and self._word(j + 1) == "year":
            return "year", j + 2
        return None, j

    # ---- qualifiers ----------------------------------------------------------------------
    def _qualifier_before(self, i: int) -> tuple[Optional[str], int]:
        for span in range(_MAX_QUALIFIER_WORDS, 0, -1):
            start = i - span
            if start < 0:
                continue
            if any(self.tokens[k].kind == "num" for k in range(start, i)):
                continue
            phrase = " ".join(self.lows[start:i])
            if phrase in QUALIFIERS:
                return QUALIFIERS[phrase], start
        return None, i

    def _change_before(self, i: int, relative: bool = False) -> Optional[str]:
        """"up"/"down" when the words before token i move the figure: "rose 5%", "fell by 3%",
        "grow sales by 35%", "is set to drop 0.2%"; ``relative``: the figure is a percentage,
        points or cents, which any movement word moves ("lost 1.1%", "added 15 sen")."""
        w = self._word(i - 1)
        if w == "by":
            # the movement word may stand before its object: "grow sales by 35 per cent"
            for k in range(i - 2, max(i - 6, -1), -1):
                if self.tokens[k].kind != "word":
                    break
                direction = self._movement(k, relative=True)
                if direction is not None:
                    return direction
            return None
        return self._movement(i - 1, relative)

    def _movement(self, k: int, relative: bool) -> Optional[str]:
        """The direction the word at token k names, if it is a movement word here."""
        w = self._word(k)
        if w in ("up", "down"):
            return None if self._word(k - 1) in (_PHRASAL_UP if w == "up" else _PHRASAL_DOWN) else w
        if w not in UP_WORDS and w not in DOWN_WORDS:
            return None
        if w in AMBIGUOUS_MOVES and not (relative or self._word(k - 1) in _BARE_VERB_BEFORE):
            return None
        return "up" if w in UP_WORDS else "down"

    # ---- not quantities --------------------------------------------------------------------
    def _is_not_quantity(self, num: _Number, has_unit: bool, cur) -> bool:
        tokens = self.tokens
        i, j = num.first, num.last
        tok = tokens[i]
        prev = self._word(i - 1)
        nxt = self._word(j)
        if tok.kind == "num":
            suffix = tok.suffix.lower()
            if suffix in ("st", "nd", "rd", "th"):
                return True  # ordinal "22nd"
            if suffix and i + 1 < len(tokens) and tokens[i + 1].kind == "num" and tokens[i + 1].glued \
                    and suffix != "m":
                return True  # "9AB8", "4x4": letters between digits make a code
            if i >= 1 and tok.glued and tokens[i - 1].kind == "num" and tokens[i - 1].suffix:
                return True  # the "4" after "4x"
            if (tok.text.startswith(".") and tok.glued and i >= 1 and tokens[i - 1].kind == "num") or (
                    j < len(tokens) and tokens[j].kind == "num" and tokens[j].glued and tokens[j].text.startswith(".")):
                return True  # "Version 1.2.3", "192.168.0.1": dotted codes, not amounts
            if suffix in ("a", "s") and ("." not in tok.text) and (
                    suffix == "a" or (i >= 1 and tokens[i - 1].kind == "word" and tokens[i - 1].text[:1].isupper())):
                return True  # "11a", "Model 3s", "Channel 5s": not years or seconds
            if num.year_like and has_unit and self._word(j) in ("quarter", "season", "year", "budget"):
                return True  # "the 1988 quarter"
            if suffix in ("am", "pm") or (nxt in ("am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "est", "edt", "cet") and not has_unit):
                return True  # time of day
            if suffix == "s" and (num.year_like or re.fullmatch(r"(1[89]|20)\d\d", tok.text) or tok.text.endswith("0")):
                return True  # decade "1990s", "80s"
            # times "10:30", scores "3-1", phone numbers "555-0100", ratios "2:1"
            if j < len(tokens) and tokens[j].text in (":",) and tokens[j].glued and j + 1 < len(tokens) and tokens[j + 1].kind == "num" and tokens[j + 1].glued:
                return True
            if i >= 2 and tokens[i - 1].text == ":" and tok.glued and tokens[i - 1].glued and tokens[i - 2].kind == "num":
                return True
            if "/" in (self._word(i - 1), nxt) and (tok.glued or (j < len(tokens) and tokens[j].glued)) and not has_unit and cur is None:
                if (j < len(tokens) and tokens[j].text == "/" and j + 1 < len(tokens) and tokens[j + 1].kind == "num") or (i >= 2 and tokens[i - 1].text == "/" and tokens[i - 2].kind == "num"):
                    return True  # dates 10/06/2020, fractions 3/4
            if i >= 2 and tokens[i - 1].text in "-‑" and tok.glued and not tokens[i - 1].glued \
                    and tokens[i - 2].kind == "word" and tokens[i - 2].text.isupper() and len(tokens[i - 2].text) > 1:
                return True  # "COVID -19": a name with its hyphen spaced off
            # names with digits: "F-16", "COVID-19", "G20", "Su-25", "A320", "iPhone 11"
            if tok.glued and i >= 1 and self._negative_before(i) is None and (tokens[i - 1].kind == "word" or (tokens[i - 1].text in "-‑" and i >= 2 and tokens[i - 2].kind in ("word", "num") and tokens[i - 1].glued)):
                if cur is None:
                    return True
            if tok.suffix and not has_unit and cur is None and tok.suffix.lower() not in SUFFIX_SCALES:
                return True  # "5G", "3D", "4x4", "A4": codes, not amounts
            # page, section, number references: "page 5", "No. 3", "Article 370"
            if prev in REFERENCE_WORDS and cur is None and not has_unit and prev not in ("week", "game", "round", "level", "floor", "stage", "unit", "part"):
                return True
            if i >= 1 and tokens[i - 1].text in "#№" and tokens[i - 1].glued is not None and cur is None:
                return True
            if prev in ("top", "the") and i >= 1 and cur is None and not has_unit and self._word(i - 2) in ("fortune", "ftse", "s&p", "nasdaq"):
                return True
            # dates: "June 29, 2014", "Sept. 22", "29 June", "03 Oct, 2020", "October 6"
            if self._is_month(i - 1) or (self._is_month(i - 2) and prev == "."):
                return True
            if self._is_month(j) or (nxt == "of" and self._is_month(j + 1)):
                if tok.text.isdigit() and 1 <= int(tok.text) <= 31:
                    return True
            if num.year_like and cur is None and not has_unit and self._qualifier_before(i)[0] is None:
                return True  # years are quantities only with a unit, currency or qualifier
            if re.fullmatch(r"2[1-9]\d\d", tok.text) and not suffix and cur is None and not has_unit \
                    and prev in ("by", "in", "until", "till", "before", "after", "since", "from"):
                return True  # "by 2120": a year further ahead
            # sentence-level noise: "Copyright 2020"
        else:
            # number words that are not amounts: "one" as a pronoun, "one another", "no one"
            if num.value == 1 and self._word(i) == "one" and not has_unit:
                if nxt in ("another", "after", "by", "way", "day", "time", "thing", "or", "and", "to", "in", "on", "at", "who", "that", "which", "can", "could", "would", "will", "should", "must", "may", "might", "is", "was", "has", "had", "'s", "of") and nxt != "of":
                    return True
                if prev in ("no", "any", "every", "each", "someone", "the", "this", "that", "which", "last", "only", "no-one", "anyone", "everyone"):
                    return True
                if nxt in (".", ",", ";", ":", "!", "?", "") and prev not in ("to", "of"):
                    return True
            if self._word(i) in ("second", "third"):
                return True
        if tok.kind == "num" and i >= 1 and tokens[i - 1].kind == "word" and any(c.isupper() for c in tokens[i - 1].text) and not tok.glued and cur is None and not has_unit:
            # product and event names: "iPhone 11", "World War 2", "Big 12", "Fortune 100"
            name = tokens[i - 1].text
            if i - 1 > 0 and self._word(i - 1) not in QUALIFIERS and name.lower() not in MONTHS and name.lower() not in UP_WORDS | DOWN_WORDS and not self._capital_sentence_start(i - 1) and name.lower() not in ("rs", "about", "around", "some", "nearly", "over", "almost"):
                if not (j < len(tokens) and tokens[j].kind == "word" and tokens[j].text.islower()) \
                        and not self._title_case():
                    return True
                if j >= len(tokens) or tokens[j].kind != "word":
                    return False
                # "Windows 10 launched", "Xbox 360 sold": the next word is no noun the number
                # could count (a plural); not in title-case headlines ("Turkey Sends 500 Fighters")
                following = self.lows[j]
                plural = following.endswith("s") and not following.endswith("ss") \
                    and following not in _VERBS_IN_S
                if not plural and not self._title_case() and not tok.text.startswith("0"):
                    return True
        return False

    def _title_case(self) -> bool:
        """A headline in title case ("Turkey Sends 500 Fighters To Azerbaijan"): every word
        longer than three letters capitalised."""
        words = [t.text for t in self.tokens if t.kind == "word" and len(t.text) > 3]
        return len(words) >= 3 and all(w[:1].isupper() for w in words)

    def _is_name_number(self, num: _Number, end: int) -> bool:
        """Digits that are part of a name, not an amount: stock indices ("FTSE 100", "S&P 500"),
        capitalised references ("Game 7", "Unit 3"), product names ("iPhone 11 has", "11 Pro
        Max:"), street addresses ("49 Zorro Ranch Road", "16-18 Industrial Avenue") and codes
        ("90049 ZIP code", "M21 9AB8"). ``end``: the token after the number (or range)."""
        tokens = self.tokens
        i = num.first
        tok = tokens[i]
        if tok.kind != "num" or num.scaled or num.vague or not tok.text.isdigit():
            return False
        if _INDEX_NAME.search(self.text, 0, tok.start):
            return True
        prev = tokens[i - 1] if i >= 1 else None
        if prev is not None and prev.kind == "word" and prev.text[:1].isupper() and \
                self.lows[i - 1] in REFERENCE_WORDS and (not self._capital_sentence_start(i - 1)
                                                         or self._word(end) in _FUNCTION_WORDS
                                                         or end >= len(tokens) or tokens[end].kind != "word"):
            return True  # "Game 7", "Week 5", "Unit 3"; "Game 7 is tonight."
        after = " ".join(self.lows[end:end + 2])
        if after in ("zip code", "area code", "postcode", "post code") or self._word(end) in ("zip", "postcode"):
            return True
        k = end
        while k < len(tokens) and tokens[k].kind == "word" and tokens[k].text[:1].isupper():
            if self.lows[k] in _STREET_WORDS:
                return True  # "49 Zorro Ranch Road", "22 Ave Foch"
            k += 1
        if self._qualifier_before(i)[0] is not None or self._change_before(i) is not None or self._title_case():
            return False  # capitals mean nothing in a title-case headline
        # "two new 737 Max jets": a number after a count, before a name, is a model number
        if end < len(tokens) and tokens[end].kind == "word" and tokens[end].text[:1].isupper():
            for k in (i - 1, i - 2):
                if k < 0 or not all(tokens[x].kind == "word" and tokens[x].text.islower()
                                    and self.lows[x] not in _FUNCTION_WORDS for x in range(k + 1, i)):
                    break
                if tokens[k].kind == "num" or self.lows[k] in SMALL or self.lows[k] in TENS:
                    return True
        # "iPhone 11 has", "Lang 20 on loan": a capitalised name, then a number counting nothing
        if prev is not None and prev.kind == "word" and any(c.isupper() for c in prev.text) \
                and not self._capital_sentence_start(i - 1) and self.lows[i - 1] not in MONTHS \
                and self._word(end) in _FUNCTION_WORDS:
            return True
        # a capitalised run after the number that ends in a singular word or a street name:
        # "787 Dreamliner starting", "11 Pro Max:", "49 Zorro Ranch Road,", "9 E 71st St"
        k = end
        run = []
        while k < len(tokens) and tokens[k].kind == "word" and tokens[k].text[:1].isupper():
            run.append(self.lows[k])
            k += 1
            if self._word(k) in ("and", "&", "or") and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper():
                k += 1
        if not run:
            return False
        if run[-1] in _STREET_WORDS or run[0] in _STREET_WORDS:
            return True
        if run[-1].endswith(_PEOPLE_ENDINGS):
            return False  # "12 Democrats", "20 Chinese", "3 Iraqi": people are counted
        nxt = tokens[k] if k < len(tokens) else None
        if nxt is not None and nxt.kind == "word" and nxt.text.islower() and nxt.text not in _FUNCTION_WORDS:
            return False  # "500 ISIS fighters", "two 737 Max jets": the run modifies a noun
        if nxt is not None and nxt.kind == "sym" and nxt.text in "([-–—\"“”'‘’":
            return False  # "500 Hamza Brigade (affiliated with ...) fighters": the noun may follow
        return True

    def _negative_before(self, i: int) -> Optional[int]:
        """Where a minus sign or word before the number at token i starts ("minus 5", "minus-5",
        "$-50.8bn"), or None."""
        tokens = self.tokens
        if self._word(i - 1) == "minus":
            return i - 1
        if i >= 2 and tokens[i - 1].text in "-−" and tokens[i].glued and tokens[i - 1].glued:
            if self._word(i - 2) == "minus":
                return i - 2
            if tokens[i - 2].kind == "sym" and currencies.lookup(tokens[i - 2].text) is not None:
                return i - 1
        if i >= 1 and tokens[i - 1].text == "−" and tokens[i].glued and (i < 2 or not tokens[i - 1].glued):
            return i - 1
        # an ASCII hyphen as minus: "-5 degrees", "of -3.2%"; not a range ("10 -15"), not a name
        # ("COVID -19")
        if i >= 1 and tokens[i - 1].text == "-" and tokens[i].glued and (i < 2 or not tokens[i - 1].glued) \
                and not (i >= 2 and (tokens[i - 2].kind == "num" or tokens[i - 2].text.isupper())):
            return i - 1
        return None

    def _apposed_age(self, num: _Number) -> bool:
        """"Maddon, 66, has ...": a whole number set off by commas after a name."""
        i, j = num.first, num.last
        tok = self.tokens[i]
        if tok.kind != "num" or not tok.text.isdigit() or not 1 <= int(tok.text) <= 115 or tok.suffix:
            return False
        if not (self._is(i - 1, ",") and i >= 2 and self.tokens[i - 2].kind == "word"
                and self.tokens[i - 2].text[:1].isupper()):
            return False
        return j >= len(self.tokens) or self._word(j) in (",", ";", ")", "and", "who", "said", "says")

    def _capital_sentence_start(self, i: int) -> bool:
        return i == 0 or self.tokens[i - 1].text in ".!?:;\"“"

    def _is_month(self, i: int) -> bool:
        if not (0 <= i < len(self.tokens)) or self.tokens[i].kind != "word":
            return False
        w = self.lows[i]
        if w not in MONTHS:
            return False
        return w not in _AMBIGUOUS_MONTHS or self.tokens[i].text[:1].isupper()

    # ---- the scan ------------------------------------------------------------------------
    def scan(self) -> list[Mention]:
        phones = [m.span() for m in _PHONE.finditer(self.text)]
        return [m for m in self._scan() if not any(a < m.end and m.start < b for a, b in phones)]

    def _scan(self) -> list[Mention]:
        mentions: list[Mention] = []
        i = 0
        n = len(self.tokens)
        while i < n:
            found = self._quantity_at(i)
            if found is None:
                i += 1
                continue
            mention, nxt = found
            if mention is not None:
                joined = self._join_range(i, mention, nxt)
                if joined is not None:
                    mention, nxt = joined
                if mentions:
                    mention = self._elided_unit(mentions[-1], mention, nxt)
                mentions.append(mention)
            i = max(nxt, i + 1)
        return mentions

    def _elided_unit(self, before: Mention, m: Mention, k: int) -> Mention:
        """A bare number that repeats the construction of the measure before it takes its unit:
        "DAX rose by 2 percent but Nasdaq fell by 1." (both movements), "from about 14-18 mpg to
        24 for SUVs" (the end of a from-to). Only when nothing after the number could be what
        it counts."""
        if m.unit is not None or m.currency is not None or m.vague or before.unit is None \
                or before.currency is not None or before.dimension == "count":
            return m
        nxt = self.tokens[k] if k < len(self.tokens) else None
        if nxt is not None and nxt.kind == "word" and self.lows[k] not in _FUNCTION_WORDS:
            return m
        gap = self.text[before.end:m.start].strip().lower()
        moves = m.change in ("up", "down") and before.change in ("up", "down")
        from_to = gap == "to" and self.text[:before.start].rstrip().lower().endswith("from")
        if not (moves or from_to):
            return m
        return replace(m, unit=before.unit, dimension=before.dimension, per=before.per)

    def _join_range(self, i: int, m: Mention, k: int):
        """"between 4% and 5%", "1 per cent to 1.5 per cent", "from 208 pounds to 193": two
        measured ends joined into one range (Mention, next token index), or None."""
        if m.value is None or m.unit is None and m.currency is None or k >= len(self.tokens):
            return None
        connector = self._word(k)
        first = i
        while first > 0 and self.tokens[first - 1].end > m.start:
            first -= 1
        prev = self._word(first - 1)
        if connector in ("-", "–", "—"):
            pass
        elif connector == "and" and prev == "between":
            pass
        elif connector == "to" and (prev in ("from", "between", "by") or m.change in ("=", "~")):
            pass
        else:
            return None
        found = self._quantity_at(k + 1) if k + 1 < len(self.tokens) else None
        if not found or found[0] is None:
            return None
        m2, end = found
        if m2.value is None or m2.change not in ("=", "~"):
            return None
        same = (m2.unit, m2.currency, m2.dimension) == (m.unit, m.currency, m.dimension)
        bare = m2.unit is None and m2.currency is None and prev == "from" and connector == "to"
        if not (same or bare):
            return None
        low, high = sorted((m.value, m2.value))
        if connector == "to" and m.change in ("up", "down"):
            return None  # "rose 3% to 5%": a change, then the level it reached
        if connector == "to" and prev == "by" and (low <= 0 or high / low > 3):
            return None  # "rose by $43.6 billion to $419.2 billion": a change and a level
        joined = Mention(start=m.start, end=m2.end if same else m2.number_end or m2.end, value=None,
                         low=low, high=high, change="=" if m.change in ("<", ">", "~") else m.change,
                         unit=m.unit, dimension=m.dimension, currency=m.currency, per=m.per or m2.per,
                         number_end=m2.number_end, vague=False)
        return joined, end

    def _quantity_at(self, i: int):
        tokens = self.tokens
        n = len(tokens)
        cur, cur_start = None, i
        # a currency sign or code, possibly with a space: "$ 2,000", "USD 1,500", "US$58"
        k = i
        if tokens[i].kind != "num":
            # only try a number or a currency-introduced number here
            num = self._number_at(i)
            if num is None:
                return None
        else:
            num = self._number_at(i)
            cur, cur_start = self._currency_before(i)
            if cur is None and self._negative_before(i) is not None and self._negative_before(i) >= 1:
                cur, cur_start = self._currency_before(self._negative_before(i))  # "$-50.8bn"
            if cur is not None:
                num = self._number_at(i, after_currency=True)
                if num is not None and num.value is not None and cur_start < i:
                    _scale_by_code(num, tokens[cur_start].text)  # "MAUD 60"
        if num is None:
            return None
        j = num.last
        # a range: "1,500-2,000", "$1,500 to $2,000", "between X and Y", "from X to Y", "X or Y"
        num2 = None
        negative = self._negative_before(num.first) if tokens[num.first].kind == "num" else None
        lead = cur_start if cur is not None else (negative if negative is not None else num.first)
        prev_word = self._word(lead - 1)
        if j < n and num.value is not None:
            connector = self.lows[j] if j < n else ""
            is_dash = tokens[j].text in ("-", "–", "—", "‑") if j < n else False
            if is_dash or connector == "to" or (connector == "and" and prev_word == "between") or (connector == "or" and num.words):
                k2 = j + 1
                cur2, _ = (None, k2)
                if k2 < n and tokens[k2].kind != "num":
                    for span in (2, 1):
                        if k2 + span < n and tokens[k2 + span].kind == "num":
                            text = "".join(t.text for t in tokens[k2:k2 + span])
                            c = currencies.lookup(text)
                            if c is not None and (tokens[k2].kind == "sym" or text.isupper()):
                                cur2, k2 = c, k2 + span
                                break
                cand = self._number_at(k2, after_currency=cur2 is not None or cur is not None)
                if cand is None and not is_dash and k2 + 1 < n and tokens[k2].text in ("-", "−") \
                        and not tokens[k2].glued and tokens[k2 + 1].glued and tokens[k2 + 1].kind == "num":
                    cand = self._number_at(k2 + 1, after_currency=cur is not None)  # "from 5 to -10"
                    if cand is not None and cand.value is not None:
                        cand.value = cand.low = cand.high = -cand.value
                if cand is not None and cand.value is not None and not cand.vague and (
                        is_dash or connector != "to" or prev_word in ("from", "between")
                    or (cand.words == num.words and self._change_before(cur_start if cur is not None else num.first) is None
                        and prev_word not in ("by", "to"))
                    or (prev_word == "by" and num.value > 0 and num.value < cand.value <= 3 * num.value)):
                    if (cur2 is None or cur is None or cur2.iso == cur.iso) and not (num.year_like and not cand.year_like and connector == "to"):
                        num2 = cand
                        if cur is None and cur2 is not None:
                            cur = cur2
                        # "$1.5-2 million": the multiplier of the second applies to the first
                        if (cand.scaled and not num.scaled and num.value is not None and num.value < cand.value / 100
                                and num.value <= _plain_value(self, cand)):
                            factor = cand.value / _plain_value(self, cand)
                            num.value *= factor
                            num.low = num.high = num.value
                        j = cand.last
                        if num.year_like and cand.year_like:
                            return None, j  # "2019-2020": a span of years
        # unit after the number(s): "miles", "per cent", "%", "manat", "km/h"
        last_tok = tokens[num.last - 1]
        suffix = last_tok.suffix if last_tok.kind == "num" and num.last - 1 == (num2.last - 1 if num2 else num.last - 1) and not num.scaled else ""
        if num2 is not None:
            last2 = tokens[num2.last - 1]
            suffix = last2.suffix if last2.kind == "num" and not num2.scaled else ""
        unit, j2 = self._unit_after(j, suffix if suffix.lower() not in SUFFIX_SCALES else "", last_tok, money_ok=cur is None)
        if num.fraction and unit is None and cur is None and self._word(j) == "of" and self._word(j + 1) in ("a", "an"):
            # "1/16 of a US pint": the unit follows "of a", perhaps after its system
            k = j + 2
            found, k2 = self._unit_after(k, "", last_tok, money_ok=False)
            if isinstance(found, Unit):
                unit, j2 = found, k2
        if unit is None and cur is None and suffix == "m" and not num.scaled and num2 is None:
            unit, j2 = self._metre_or_million(num, j)
        # "1,500 to 2,000 dollars" handled above; "$1,800 dollars": a doubled currency word is eaten
        if isinstance(unit, currencies.Currency):
            if cur is None:
                cur = unit
                if j2 == j + 1 and num2 is None and num.value is not None:
                    _scale_by_code(num, tokens[j].text)  # "120 MEUR"
            unit = None
        elif cur is not None and j < n:
            c2 = None
            for span in (2, 1):
                phrase = " ".join(t.text for t in tokens[j:j + span])
                c2 = currencies.lookup(phrase)
                if c2 is not None and c2.iso == cur.iso and all(t.kind == "word" for t in tokens[j:j + span]):
                    j2 = j + span
                    break
        # "15 dollars 50", "thirteen dollars and forty-five cents", "75 USD million"
        if cur is not None and num2 is None and num.value is not None and j2 > j:
            if self._word(j2) in SCALES and SCALES[self._word(j2)] >= 1e3 and not num.scaled:
                num.value *= SCALES[self._word(j2)]
                num.low = num.high = num.value
                j2 += 1
            else:
                k = j2 + (1 if self._word(j2) == "and" else 0)
                cents = self._number_at(k, after_currency=True) if k < n else None
                if cents is not None and cents.value is not None and not cents.vague and (not cents.scaled or cents.words) \
                        and 1 <= cents.value < 100 and float(cents.value).is_integer():
                    after = self._word(cents.last)
                    if after in ("cents", "cent", "", ".", ",", "more", "mao", "pence") and not (
                            k < n and tokens[k].kind == "num" and "." in tokens[k].text):
                        num.value += cents.value / 100
                        num.low = num.high = num.value
                        j2 = cents.last + (1 if after in ("cents", "cent", "pence") else 0)
        # ages: "38-year-old", "38 years old", "aged 38"
        if unit is not None and unit.name in ("year", "month", "week", "day"):
            k = j2 + (1 if self._word(j2) in ("-", "‑") else 0)
            if self._word(k) == "old":
                unit, j2 = Unit(f"{unit.name} of age", "time"), k + 1
        elif unit is None and cur is None and num2 is None and (
                self._word(num.first - 1) == "aged" or self._apposed_age(num)):
            unit = Unit("year of age", "time")
        # "a five-year $700,000 award", "a two-month contract": a spelled-out duration made an
        # adjective describes the thing; NewsQuant does not count it ("a five-year, 1.8 billion-
        # mile journey", with a comma, still is)
        if unit is not None and unit.dimension == "time" and not unit.name.endswith("of age") \
                and num.words and num2 is None and cur is None \
                and self._word(num.last) in ("-", "‑") and tokens[num.last].glued and j2 < n \
                and (tokens[j2].kind == "word" or currencies.lookup(tokens[j2].text) is not None):
            return None, j2
        end_tok = min(j2 - 1 if j2 > j else j - 1, n - 1)  # i13 guard: never past the last token
        has_unit = unit is not None
        if self._is_not_quantity(num, has_unit, cur) or (
                not has_unit and cur is None and self._is_name_number(num, j)):
            return None, j2 if j2 > j else j
        if num2 is None and num.value is None and not num.vague:
            return None
        # a spelled-out "one" or small number needs a noun or unit to be a claim (decided later)
        # qualifiers and change before the whole expression
        first = cur_start if cur is not None and cur_start < num.first else num.first
        if tokens[num.first].kind == "num" and cur is None:
            negative = self._negative_before(num.first)
            if negative is not None and negative < first:
                first = negative  # "about minus 387": the qualifier stands before the sign
        relative = cur is None and unit is not None and unit.name in _RELATIVE_UNITS
        change = "="
        qual, qstart = self._qualifier_before(first)
        # "nearly 1,000": approximate (as NewsQuant marks it) but never above the figure
        below = qual is not None and " ".join(self.lows[qstart:first]) in _APPROACHING
        if qual is not None:
            change = qual
            if self._change_before(qstart, relative) in ("up", "down"):
                change = self._change_before(qstart, relative)  # "up nearly 57%", "rose under 4%": the movement
        else:
            ch = self._change_before(first, relative)
            if ch:
                change = ch
            elif first >= 1 and tokens[first - 1].text in "+−" and tokens[first].glued is True:
                change = "up" if tokens[first - 1].text == "+" else "down"  # "Dow +0.2%"
        # "or so", "or more", "and more", "plus" after the number
        tail = self._word(j2) + " " + self._word(j2 + 1)
        if tail in ("or so", "or thereabouts"):
            change = "~"
        elif tail in ("or more", "and more", "and up", "and above", "or higher", "and over", "or above"):
            change = ">"
        elif tail in ("or less", "or fewer", "and under", "or below", "and below", "at most"):
            change = "<"
        elif self._word(j2) == "plus" or (j2 < n and tokens[j2].text == "+" and tokens[j2].glued):
            change = ">"
        per, j3 = (None, j2)
        if cur is not None or unit is not None:
            per, j3 = self._per_after(j2)
            if per is None and self._word(j2) in ("(", "["):
                # "9 billion shekels ($2.4 billion) a year": the rate follows the restatement;
                # the scan goes on inside the brackets
                close = next((k for k in range(j2 + 1, min(j2 + 12, n)) if self._word(k) in (")", "]")), None)
                if close is not None:
                    per, _ = self._per_after(close + 1)
        # interval
        if num2 is not None:
            first_value = -num.value if negative is not None else num.value  # "-5 to 3"
            low, high = min(first_value, num2.value), max(first_value, num2.value)
            value = None
            if change not in ("=",):
                if change == ">":
                    high = None
                elif change == "<":
                    low = None
        else:
            value, low, high = num.value, num.low, num.high
            if change == "<":
                low = None
                if num.vague:
                    low = None
            elif change == ">":
                high = None
            elif change == "~" and value is not None:
                low, high = value * 0.9, value * 1.1
                if value < 0:
                    low, high = high, low
                if below:
                    high = value
        if cur is not None:
            dimension, unit_name, iso = "currency", _CURRENCY_NAMES.get(cur.name, cur.name), cur.iso
        elif unit is not None:
            dimension, unit_name, iso = unit.dimension, unit.name, None
            if unit.name == "percentage":
                dimension = "percentage"
        else:
            dimension, unit_name, iso = "count", None, None
        start_char = tokens[qstart if qual is not None else first].start
        if negative is not None:
            start_char = min(start_char, tokens[negative].start)
            if num2 is None:
                value = -value if value is not None else None
                low, high = (-high if high is not None else None), (-low if low is not None else None)
        end_char = tokens[max(end_tok, (num2.last if num2 else num.last) - 1)].end
        if per is not None:
            end_char = tokens[j3 - 1].end
        return Mention(
            start=start_char, end=end_char, value=value, low=low, high=high, change=change,
            unit=unit_name, dimension=dimension, currency=iso, per=per,
            number_end=tokens[(num2.last if num2 else num.last) - 1].end,
            vague=num.vague,
        ), max(j3, j2, j)


_SCALED_CODE = re.compile(r"(MM|M|Mn|mn|k|K|T|B|Bn|bn)([A-Z]{3})")
_CODE_SCALES = {"MM": 1e6, "M": 1e6, "Mn": 1e6, "mn": 1e6, "k": 1e3, "K": 1e3, "T": 1e3,
                "B": 1e9, "Bn": 1e9, "bn": 1e9}


def _scaled_code(text: str) -> tuple[Optional["currencies.Currency"], float]:
    """A currency code with a multiplier prefix, as finance writes it: "MEUR" (million euros),
    "kUSD", "MAUD"; (None, 1.0) otherwise."""
    m = _SCALED_CODE.fullmatch(text)
    if m is None or currencies.lookup(text) is not None:
        return None, 1.0
    cur = currencies.by_iso(m.group(2))
    return (cur, _CODE_SCALES[m.group(1)]) if cur is not None else (None, 1.0)


def _scale_by_code(num: _Number, code: str) -> None:
    cur, factor = _scaled_code(code)
    if cur is not None and not num.scaled:
        num.value *= factor
        num.low = num.high = num.value
        num.scaled = True


def _plain_value(scanner: Scanner, num: _Number) -> float:
    """The value of a scaled number without its multiplier ("2" of "2 million")."""
    tok = scanner.tokens[num.first]
    if tok.kind == "num":
        v = _num_value(tok)
        if v:
            return v
    return num.value or 1.0


def scan(sentence: str) -> list[Mention]:
    """Every numeric expression in ``sentence``, with offsets relative to it."""
    return Scanner(sentence).scan()
