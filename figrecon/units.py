"""The unit lexicon: which words and symbols name a unit, and what quantulum3 calls that unit.

quantulum3 ships a large, curated unit library (398 units, 1,366 surface forms), but building it
takes about two seconds at every start. We read it once, keep only what the extractor needs
(surface or symbol -> unit name and dimension), and cache that table as JSON in the user's
cache directory, keyed by the quantulum3 version. Nothing here touches the network.
"""
from __future__ import annotations

import json
import re
import os
from importlib import resources
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional


@dataclass(frozen=True)
class Unit:
    name: str  # quantulum3's unit name, e.g. "kilometre"
    dimension: str  # quantulum3's entity name, e.g. "length"
    #: the attach rule that read it when not the lexicon's plain entry ("compound-unit" for
    #: "l/km", see :func:`compound_unit`); recorded on the mention
    rule: str = field(default="", compare=False)


def _overlay() -> dict:
    """``figrecon/lexicon/units.json``: units, surfaces and symbols news text uses that quantulum3
    lacks or reads otherwise, in quantulum3's own shape, and the word lists below."""
    text = resources.files("figrecon.lexicon").joinpath("units.json").read_text("utf-8")
    return json.loads(text)


_OVERLAY = _overlay()

#: quantulum3 names we rename, because news readers (and the NewsQuant annotation) use other words.
RENAMES: dict[str, str] = dict(_OVERLAY["renames"])
#: Units of the overlay as (name, dimension, surfaces); surfaces match case-insensitively.
EXTRA_UNITS: tuple = tuple((name, u["entity"], tuple(u["surfaces"]))
                           for name, u in _OVERLAY["units"].items())
#: Symbols of the overlay, symbol -> (name, dimension); they match exactly. Torque keeps the
#: name its wording gives: "pound-feet" is a pound-foot, the symbol "lb-ft" a foot pound-force.
#: Primes after a number are feet and inches ("25.5″", "6′"), not arc minutes.
EXTRA_SYMBOLS: dict = {symbol: (name, u["entity"]) for name, u in _OVERLAY["units"].items()
                       for symbol in u["symbols"]}
# quantulum3 names millilitres "cubic centimetre"; news and NewsQuant say millilitre.
_SURFACE_RENAMES = {old: (new["name"], tuple(new["surfaces"]))
                    for old, new in _OVERLAY["surface_renames"].items()}
#: Surfaces that in news are nouns, not the unit quantulum3 knows them as ("36 league games",
#: "three candles", "two packs"): they are left to be counted nouns.
NOT_UNITS = frozenset(_OVERLAY["not_units"])
#: quantulum3 symbols that news text means otherwise ("c." is circa, not a long hundred; "gr"
#: is grams, not a gross): read as no unit
NOT_SYMBOLS = frozenset(_OVERLAY["not_symbols"]["symbols"])
#: symbols read in any case when glued to a figure ("5KM"); units.json foldable_symbols
FOLDABLE_SYMBOLS = frozenset(_OVERLAY["foldable_symbols"]["symbols"])
#: Single capital letters trusted as unit symbols after a spaced number ("5 W charger", "12 C"),
#: where other letters are too often labels ("Class 5 A", "40 N").
SPACED_LETTER_SYMBOLS = frozenset(_OVERLAY["spaced_letter_symbols"])
#: Symbols that are also everyday words or letters: only trusted when glued to the number ("5h").
WEAK_SYMBOLS = frozenset(_OVERLAY["weak_symbols"])
#: Weak symbols read as a unit when the clause ends after them or a dimension word follows
#: ("2 in.", "2 in thick"); elsewhere "in" is the preposition.
CLAUSE_END_SYMBOLS = frozenset(_OVERLAY["clause_end_symbols"]["symbols"])
#: One-letter symbols that "of" and a bare noun after them show to be a unit ("3 L of wine").
SUBSTANCE_LETTERS = frozenset(_OVERLAY["substance_letters"]["symbols"])
#: Words before a bare number that make it an age ("aged 87", "of age 87"), lower case as written.
AGE_BEFORE = frozenset(_OVERLAY["age_before"]["words"])
AGE_VERBS = frozenset(_OVERLAY["age_before"]["verbs"])
AGE_AT_SUBJECTS = frozenset(_OVERLAY["age_before"]["at_subjects"])
AGE_APPOSED_ADVERBS = frozenset(_OVERLAY["age_before"]["apposed_adverbs"])
#: "At 24, Lindqvist is ...": the bounds of an opening "At"'s age, and the capitalised words that name no one
AGE_AT_OPENING = (_OVERLAY["age_before"]["at_opening_min"], _OVERLAY["age_before"]["at_opening_max"])
AGE_NOT_NAMES = frozenset(_OVERLAY["age_before"]["not_names"])
#: Nouns of length before a figure with a glued "m" ("a height of 48m"): the "m" is metres.
LENGTH_BEFORE = frozenset(_OVERLAY["length_before"]["words"])
_MONEY_OR_WEIGHT = _OVERLAY["money_or_weight"]
#: Names that are a currency and a weight ("pounds"), and the cues that tell them apart.
MONEY_OR_WEIGHT = frozenset(_MONEY_OR_WEIGHT["names"])
MONEY_NOUNS = frozenset(_MONEY_OR_WEIGHT["money_nouns"])
STERLING_SIGNS = frozenset(_MONEY_OR_WEIGHT["sterling_signs"])
WEIGHING_WORDS = frozenset(_MONEY_OR_WEIGHT["weighing_words"])
#: Symbols that are also a time of day ("pm"): a unit only after decimals that are no clock minutes.
CLOCK_SYMBOLS = frozenset(_OVERLAY["clock_symbols"]["symbols"])
#: Symbols of several units ("kb": kilobit or kilobase), each reading with its cue words.
def _ambiguous_symbols(table: dict) -> dict:
    """symbol -> (name when unresolved, {reading: (dimension, cue words)}); a string entry is
    another spelling of the symbol it names ("degrees": "°")."""
    out = {}
    for symbol, readings in table.items():
        if symbol == "_about" or isinstance(readings, str):
            continue
        out[symbol] = (readings.get("_unresolved", symbol),
                       {name: (r["entity"], tuple(r["cues"])) for name, r in readings.items() if name != "_unresolved"})
    for symbol, same in table.items():
        if isinstance(same, str) and symbol != "_about":
            out[symbol] = out[same]
    return out


#: Symbols of several units ("kb": kilobit or kilobase, "°": an angle or a temperature), each
#: reading with its cue words, and the name of the unit when no cue decides.
AMBIGUOUS_SYMBOLS: dict = _ambiguous_symbols(_OVERLAY["ambiguous_symbols"])
#: Signs between a figure and its error ("±", "+/-", "plus or minus"), as their tokens spaced.
UNCERTAINTY_SIGNS = frozenset(_OVERLAY["uncertainty_signs"]["signs"])
#: Readings preferred for a surface quantulum3 gives several units ("pound": mass, not force).
_PREFERRED = tuple(_OVERLAY["preferred"])


#: Units a second figure may continue, largest first: "5 feet 2 inches", "7 lb 6 oz", "2 hours
#: 30 minutes" are one measure each.
COMPOUNDS = frozenset(tuple(pair) for pair in _OVERLAY["compounds"])
#: (larger, smaller) units of an age in two parts: "5 years 3 months old"
AGE_COMPOUNDS = frozenset(tuple(pair) for pair in _OVERLAY["age_compounds"]["pairs"])
#: The marks that, after a figure in degrees, are arc minutes and arc seconds ("45° 12′ 30″"),
#: by unit name; and each angle unit in arc seconds (pint keeps angles out of the base units).
ARC_MARKS: dict[str, frozenset] = {name: frozenset(marks) for name, marks in _OVERLAY["arc_marks"].items()
                                   if not name.startswith("_") and name != "arcseconds"}
_ARCSECONDS: dict[str, float] = _OVERLAY["arc_marks"]["arcseconds"]
#: "square", "cubic" before a unit symbol: "10 square km" is ten square kilometres.
POWER_WORDS: dict[str, str] = {k: v for k, v in _OVERLAY["power_words"].items() if not k.startswith("_")}


def compound(first: Unit, value: float, second: Unit, more: float) -> Optional[float]:
    """The value, in ``first``'s unit, of "``value`` ``first`` ``more`` ``second``" when the two
    units make one compound measure (see :data:`COMPOUNDS`, and :data:`AGE_COMPOUNDS` for the
    parts of an age): 5 feet 2 inches -> 5.1666... feet.
    None when they do not, so the scanner keeps them as two figures ("12 m 2 dm")."""
    if (first.name, second.name) not in COMPOUNDS | AGE_COMPOUNDS:
        return None
    from figrecon.normalize import base_unit

    if first.name in _ARCSECONDS and second.name in _ARCSECONDS:
        return value + more * _ARCSECONDS[second.name] / _ARCSECONDS[first.name]
    a, b = base_unit(first.name), base_unit(second.name)
    if a is None or b is None or a[0] != b[0]:
        return None
    return value + more * b[1] / a[1]


def _currency_codes() -> frozenset:
    """ISO codes, which case-folding must never turn into a unit ("GBP" is not a gigabase pair)."""
    from figrecon import currency

    return currency.iso_codes()


_CACHE_VERSION = 2  # of the quantulum3 table; the overlay is applied after loading


def _cache_path() -> Path:
    import quantulum3  # noqa: F401  (only for its version)
    from importlib.metadata import version

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "figrecon" / f"units-q3-{version('quantulum3')}-v{_CACHE_VERSION}.json"


def _build_table() -> dict:
    """Read quantulum3's unit library into plain dicts (slow: about 2 s)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import load

        library = load.units("en_US")
    surfaces: dict[str, list] = {}
    symbols: dict[str, list] = {}
    for key, units in library.surfaces.items():
        surfaces[key.lower()] = sorted({(RENAMES.get(u.name, u.name), u.entity.name) for u in units})
    for key, units in library.symbols.items():
        symbols[key] = sorted({(RENAMES.get(u.name, u.name), u.entity.name) for u in units})
    return {"surfaces": surfaces, "symbols": symbols}


def _load_table() -> dict:
    try:
        path = _cache_path()
    except Exception:  # no quantulum3 metadata: build without caching
        return _build_table()
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        pass
    table = _build_table()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(table), encoding="utf-8")
        os.replace(tmp, path)  # atomic: parallel workers never read half a file
    except OSError:
        pass  # a read-only home only costs speed
    return table


class Lexicon:
    """Look up unit surfaces ("kilometres", "per cent") and symbols ("km", "%")."""

    def __init__(self, table: dict):
        self.surfaces: dict[str, Unit] = {}
        self.symbols: dict[str, Unit] = {}
        for key, candidates in table["surfaces"].items():
            unit = self._choose(key, candidates)
            if unit:
                self.surfaces[key] = unit
        for key, candidates in table["symbols"].items():
            unit = self._choose(key, candidates)
            if unit:
                self.symbols[key] = unit
        for name, dimension, surfaces in EXTRA_UNITS:
            for surface in surfaces:
                self.surfaces[" ".join(surface.lower().split())] = Unit(name, dimension)
        # Currencies are recognised by figrecon.currency, never here.
        self.surfaces = {k: u for k, u in self.surfaces.items() if u.dimension != "currency"}
        self.symbols = {k: u for k, u in self.symbols.items() if u.dimension != "currency"}
        for old_name, (name, surfaces) in _SURFACE_RENAMES.items():
            for surface in surfaces:
                if self.surfaces.get(surface, Unit("", "")).name == old_name:
                    self.surfaces[surface] = Unit(name, self.surfaces[surface].dimension)
        for key in NOT_UNITS:
            self.surfaces.pop(key, None)
        for key in NOT_SYMBOLS:
            self.symbols.pop(key, None)
        # "µm" (micro sign) and "μm" (Greek mu) are the same symbol
        for key in [k for k in self.symbols if "µ" in k or "μ" in k]:
            for mu in ("µ", "μ"):
                self.symbols.setdefault(key.replace("µ", mu).replace("μ", mu), self.symbols[key])
        for key, (name, dimension) in EXTRA_SYMBOLS.items():
            self.symbols[key] = Unit(name, dimension)
        # symbols of three or more letters whose case does not change their unit ("mmBTU")
        codes = _currency_codes()
        folded: dict[str, set] = {}
        for key, unit in self.symbols.items():
            folded.setdefault(key.lower(), set()).add(unit)
        self.folded = {k: next(iter(u)) for k, u in folded.items()
                       if len(u) == 1 and len(k) >= 3 and k.upper() not in codes}
        self.max_words = max(len(k.split()) for k in self.surfaces)

    @staticmethod
    def _choose(key: str, candidates: list) -> Optional[Unit]:
        """Pick one reading of an ambiguous surface: the most common in news."""
        if not candidates:
            return None
        for name in _PREFERRED:
            for cand_name, dimension in candidates:
                if cand_name == name:
                    return Unit(cand_name, dimension)
        name, dimension = candidates[0]
        return Unit(name, dimension)

    def surface(self, words: str) -> Optional[Unit]:
        return self.surfaces.get(words.lower())

    def symbol(self, text: str, glued: bool) -> Optional[Unit]:
        if not glued and (text.lower() in WEAK_SYMBOLS or len(text) == 1 and text.isalpha()) \
                and text not in SPACED_LETTER_SYMBOLS:
            return None
        unit = self.symbols.get(text)
        if unit is None and glued and text.lower() in FOLDABLE_SYMBOLS:
            unit = self.symbols.get(text.lower())
        if unit is None:
            unit = self.folded.get(text.lower())
        return unit


def vocabulary() -> frozenset[str]:
    """Every unit surface and symbol, lower-cased (for a candidate filter that must not drop a
    sentence the scanner would read)."""
    lex = lexicon()
    return frozenset({*lex.surfaces, *(k.lower() for k in lex.symbols)})


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The unit lexicon, built once per process (and cached on disk across processes)."""
    return Lexicon(_load_table())



# --------------------------------------------------------------------------- compound units
#: The base unit (``normalize.base_unit``) of a derived unit -> what it measures ("speed").
DERIVED_DIMENSIONS: dict = {k: v for k, v in _OVERLAY["derived_dimensions"].items() if k != "_about"}
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
#: one factor of a compound unit: a symbol and an optional power ("m^2", "s2", "s-1", "cm³", "fb⁻¹")
_FACTOR = re.compile(r"(?P<symbol>[^\W\d_]+?)(?:\^?(?P<power>-?[1-3]))?")
_OPERATORS = re.compile(r"(/|·|⋅|\*|\s+)")


def _factor_unit(symbol: str, lex: "Lexicon") -> Optional[Unit]:
    """A unit symbol inside a compound ("km", "l", "J"): exact case first; a word only when it is
    a unit surface ("miles")."""
    return lex.symbols.get(symbol) or lex.folded.get(symbol.lower()) or lex.surfaces.get(symbol.lower())


def _factor_name(unit: Unit, power: int) -> Optional[str]:
    if abs(power) == 1:
        return unit.name
    if abs(power) in (2, 3) and " " not in unit.name:
        return ("square " if abs(power) == 2 else "cubic ") + unit.name
    return None


def compound_unit(written: str) -> Optional[Unit]:
    """A unit written as a product, quotient or power of known units: "l/km" (litre per
    kilometre), "km/s2" (kilometre per square second), "s-1" (inverse second), "J/m^2", "kg/cm³",
    "N·m", "J s". Each part must be a known unit symbol, and pint must be able to convert the
    whole; otherwise None (an unknown part is no compound: report less). The dimension is the
    derived quantity when it has a name ("density", "acceleration"), else "compound"."""
    text = written.translate(_SUPERSCRIPTS).strip()
    if not text:
        return None
    lex = lexicon()
    numerator: list[str] = []
    denominator: list[str] = []
    sign = 1
    operators = 0
    for piece in _OPERATORS.split(text):
        if not piece:
            continue
        if _OPERATORS.fullmatch(piece):
            operators += 1
            if piece == "/":
                if sign < 0:
                    continue  # "J/m^2/year": every part after the bar divides
                sign = -1
            continue
        match = _FACTOR.fullmatch(piece)
        if match is None:
            return None
        if match["symbol"] in AMBIGUOUS_SYMBOLS:
            return None  # "b/s": bits or barns, which a compound cannot tell (the sentence may)
        unit = _factor_unit(match["symbol"], lex)
        if unit is None or unit.dimension in ("currency", "dimensionless", "temperature"):
            return None
        power = int(match["power"]) if match["power"] else 1
        if match["power"]:
            operators += 1
        name = _factor_name(unit, power)
        if name is None:
            return None
        (numerator if sign * power > 0 else denominator).append(name)
    if not operators or not (numerator or denominator) or _OPERATORS.fullmatch(text[-1]):
        return None  # "kg", "l/": no operator, or one with nothing after it
    if numerator:
        name = " ".join(numerator)
    elif len(denominator) == 1:
        name, denominator = "inverse " + denominator[0], []
    else:
        return None
    name = " per ".join([name, *denominator])
    from figrecon.normalize import base_unit

    base = base_unit(name)
    if base is None:
        return None
    return Unit(name, DERIVED_DIMENSIONS.get(base[0], "compound"), rule="compound-unit")
