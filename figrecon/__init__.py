"""figrecon: find the figures news sources disagree on.

The pipeline, one module a stage::

    sources.read_inputs -> extract.extract_many -> normalize.normalize -> reconcile.group -> render

``compare(paths) -> list[Group]`` runs it all, as ``figrecon compare`` does, and
``to_records(groups)`` flattens the groups to one dict per claim, for ``pandas.DataFrame``.

Names are imported lazily so that ``figrecon --help`` never loads spaCy, pint or quantulum3.
"""
from importlib import import_module

__version__ = "0.1.0"

_EXPORTS = {
    "Document": "figrecon.model", "Claim": "figrecon.model", "Group": "figrecon.model",
    "Normalized": "figrecon.model", "Conflict": "figrecon.model", "Skipped": "figrecon.model",
    "Notice": "figrecon.model",
    "read_inputs": "figrecon.sources",
    "extract": "figrecon.extract", "extract_many": "figrecon.extract", "extract_text": "figrecon.extract",
    "normalize": "figrecon.normalize",
    "group": "figrecon.reconcile",
    "compare": "figrecon.api", "to_records": "figrecon.api",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'figrecon' has no attribute {name!r}")
