"""The Python API: what ``figrecon compare`` does, as a function returning data.

    >>> import figrecon
    >>> groups = figrecon.compare(["corpus/"])             # doctest: +SKIP
    >>> import pandas as pd
    >>> pd.DataFrame(figrecon.to_records(groups))            # doctest: +SKIP

Nothing here prints. Inputs that cannot be read are collected in ``problems`` when a list is
given, as ``Skipped`` and ``Notice`` records, exactly as the command line reports them.
"""
from __future__ import annotations

from typing import Iterable, Optional, Union

from figrecon.model import Document, Group, Notice, Skipped

__all__ = ["compare", "to_records"]


def compare(
    paths: Union[str, Iterable[str]],
    *,
    base_currency: str = "USD",
    tolerance: float = 0.05,
    all_groups: bool = False,
    jobs: int = 1,
    problems: Optional[list] = None,
) -> list[Group]:
    """Groups of claims about the same thing across the articles in ``paths``.

    ``paths`` are files, directories, ``http(s)://`` addresses (fetched) or ``"-"`` (standard
    input), as on the command line. By default only the groups whose figures conflict across
    more than one source are returned, as ``figrecon compare`` shows them; ``all_groups=True``
    returns every group. Raises ``figrecon.nlp.ModelMissing`` when no English spaCy model is
    installed and ``ValueError`` for an unknown ``base_currency`` or a negative ``tolerance``.
    """
    from figrecon import stages
    from figrecon.currency import known
    from figrecon.parallel import claims_parallel
    from figrecon.reconcile import group
    from figrecon.sources import read_inputs
    from figrecon.spill import Spill
    from figrecon.stories import Fingerprint, split

    if tolerance < 0:
        raise ValueError("tolerance must be zero or more")
    base = base_currency.upper()
    if not known(base):
        raise ValueError(f"unknown base currency {base_currency!r}")
    if isinstance(paths, str):
        paths = [paths]

    prints = Spill()  # kept on disk until the stories are split, as on the command line

    def documents():
        for record in read_inputs(list(paths)):
            if isinstance(record, Document):
                prints.append(Fingerprint.of(record))  # stories are split as on the command line
                yield record
            elif problems is not None and isinstance(record, (Skipped, Notice)):
                problems.append(record)

    names = stages.runs_names("compare")  # the components run follow from the stages
    groups = group(claims_parallel(documents(), jobs, base, entities=names), tolerance=tolerance,
                   stories=lambda: split(prints))
    return [g for g in groups if all_groups or (g.conflict and len(g.sources) > 1)]


def to_records(groups: Iterable[Group]) -> list[dict]:
    """One flat dict per claim, with its group's fields, ready for ``pandas.DataFrame``.

    The keys are those of ``figrecon compare --format csv``: ``group``, ``group_subject``,
    ``conflict``, ``spread``, then the claim (``source``, ``date``, ``title``, ``url``,
    ``surface``, ``normalized_value``, ... ``sentence``). Missing values are None, numbers are
    numbers, and ``conflict`` is a bool.
    """
    from figrecon.render import CLAIM_CSV_FIELDS, GROUP_CSV_FIELDS, claim_csv_row, spread

    records = []
    for index, g in enumerate(groups, 1):
        head = [index, g.subject, g.dimension, g.unit, g.conflict, spread(g)]
        for claim in g.claims:
            row = dict(zip(GROUP_CSV_FIELDS + CLAIM_CSV_FIELDS, head + claim_csv_row(claim)))
            records.append({k: (None if v == "" else v) for k, v in row.items()})
    return records
