"""Groups and claims -> text: terminal table (rich), Markdown (tabulate), CSV, JSON, JSONL.

The HTML report is in ``figrecon.report``.

Every renderer is a generator of strings (lines or chunks), so the CLI can stream them to a file or
standard output. Nothing here prints.
"""
from __future__ import annotations

import csv
import io
import json
import math
from typing import Iterable, Iterator, Optional

from figrecon.model import Claim, Group

CLAIM_FIELDS = ("doc", "source", "date", "title", "url", "start", "end", "surface", "sentence", "value", "low",
                "high", "change", "unit", "dimension", "normalized", "subject", "topic", "attribution")
GROUP_CSV_FIELDS = ("group", "group_subject", "group_dimension", "group_unit", "conflict", "spread")
CLAIM_CSV_FIELDS = ("doc", "source", "date", "title", "url", "start", "end", "surface", "value", "low", "high",
                    "change", "unit", "dimension", "normalized_value", "normalized_low",
                    "normalized_high", "normalized_unit", "rate", "rate_date", "rate_note",
                    "subject", "topic", "attribution", "sentence")


def _num(x: Optional[float]) -> Optional[float]:
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return None
    if not isinstance(x, float) or (x.is_integer() and abs(x) < 1e12):
        return x  # a whole number up to 12 digits has no float noise to trim
    # significant digits, not decimals: 120 μg is 1.2e-07 kg, not 0; float noise goes
    return float(f"{x:.12g}")


def claim_dict(claim: Claim, explain_rules: bool = False) -> dict:
    """A claim as JSON-ready data, with exactly the documented field names (and ``rules``, the
    grammar rules that read it, with ``explain_rules``)."""
    norm = claim.normalized
    normalized = None
    if norm is not None:
        normalized = {"value": _num(norm.value), "low": _num(norm.low), "high": _num(norm.high),
                      "unit": norm.unit}
        if norm.rate is not None or not norm.converted or norm.rate_note:
            normalized.update(rate=norm.rate, rate_date=norm.rate_date, rate_note=norm.rate_note,
                              converted=norm.converted)
    return {
        "doc": claim.doc, "source": claim.source, "date": claim.date, "title": claim.title,
        "url": claim.url, "start": claim.start,
        "end": claim.end, "surface": claim.surface, "sentence": claim.sentence,
        "value": _num(claim.value), "low": _num(claim.low), "high": _num(claim.high),
        "change": claim.change, "unit": claim.unit, "dimension": claim.dimension,
        "normalized": normalized, "subject": claim.subject, "topic": claim.topic,
        "attribution": claim.attribution,
        **({"rules": list(claim.rules)} if explain_rules else {}),
    }


def spread(group: Group) -> Optional[float]:
    """Highest figure over lowest figure in the group (normalized, finite values only), or None;
    a one-claim group has no spread."""
    if len(group.claims) < 2:
        return None
    points = []
    for c in group.claims:
        n = c.normalized
        if n is None:
            continue
        for x in (n.value, n.low, n.high):
            if x is not None and math.isfinite(x):
                points.append(x)
    positive = [p for p in points if p > 0]
    if len(positive) < 2:
        return None
    return max(positive) / min(positive)


def explain(group: Group) -> dict:
    """Why the claims were grouped, and why each conflicting pair conflicts."""
    return {
        "grouped": group.explanation or "a single claim",
        "conflicts": [
            {"a": c.a, "b": c.b, "why": c.reason} for c in group.conflicts
        ],
    }


def _group_head(group: Group) -> dict:
    """A group's fields before its claims."""
    return {
        "subject": group.subject, "dimension": group.dimension, "unit": group.unit,
        "conflict": group.conflict, "low": _num(group.low), "high": _num(group.high),
        "spread": _num(spread(group)), "sources": list(group.sources),
        "story": group.story, "key": group.key, "partial": group.partial,
        "changed_over_time": group.changed_over_time, "copies": list(group.copies),
    }


def group_dict(group: Group, with_explanation: bool = False) -> dict:
    out = _group_head(group)
    out["claims"] = [claim_dict(c) for c in group.claims]
    if with_explanation:
        out["explain"] = explain(group)
    return out


# ---------------------------------------------------------------------------------------------
# human-readable numbers

def fmt_number(x: Optional[float]) -> str:
    if x is None:
        return ""
    if not math.isfinite(x):
        return "inf" if x > 0 else "-inf"
    if abs(x) >= 1e9:
        return f"{x / 1e9:,.3g} billion"
    if abs(x) >= 1e6:
        return f"{x / 1e6:,.3g} million"
    if x == int(x):
        return f"{int(x):,}"
    return f"{x:,.4g}" if abs(x) < 1000 else f"{x:,.0f}"


def fmt_interval(value, low, high, unit: str = "") -> str:
    unit = f" {unit}" if unit else ""
    if low is not None and high is not None and low != high:
        if value is not None and low < value < high:
            return f"~{fmt_number(value)}{unit} ({fmt_number(low)}–{fmt_number(high)})"
        return f"{fmt_number(low)}–{fmt_number(high)}{unit}"
    if low is None and high is not None:
        return f"≤ {fmt_number(high)}{unit}"
    if high is None and low is not None:
        return f"≥ {fmt_number(low)}{unit}"
    if value is not None:
        return f"{fmt_number(value)}{unit}"
    return f"{fmt_number(low)}{unit}"


def _normalized_text(claim: Claim) -> str:
    n = claim.normalized
    if n is None:
        return ""
    text = fmt_interval(n.value, n.low, n.high, n.unit)
    if not n.converted:
        text += " (not converted)"
    return text


def _quote(claim: Claim, width: int, mark: tuple[str, str] = ("«", "»")) -> str:
    """The sentence with the figure marked, cut to about ``width`` characters around the figure.

    Cuts fall between words, never inside one, and are shown with "…"; the figure is kept whole.
    """
    s = claim.sentence
    a = max(0, claim.start - claim.sentence_start)
    b = min(len(s), claim.end - claim.sentence_start)
    words_before, figure, words_after = s[:a].split(), s[a:b], s[b:].split()
    glue_before = " " if s[:a][-1:].isspace() else ""
    glue_after = " " if s[b:b + 1].isspace() else ""
    marked = mark[0] + " ".join(figure.split()) + mark[1]
    if not width:
        return " ".join(s[:a].split()) + glue_before + marked + glue_after + " ".join(words_after)
    before: list[str] = []
    after: list[str] = []
    length = len(marked)
    # Add whole words alternately on each side while they fit.
    while words_before or words_after:
        grown = False
        for side, source in ((before, words_before), (after, words_after)):
            if source:
                word = source[-1] if side is before else source[0]
                if length + len(word) + 1 > width:
                    continue
                if side is before:
                    before.insert(0, source.pop())
                else:
                    after.append(source.pop(0))
                length += len(word) + 1
                grown = True
        if not grown:
            break
    left = ("…" if words_before else "") + " ".join(before)
    right = " ".join(after) + ("…" if words_after else "")
    return (left + (glue_before if before else "") + marked + (glue_after if after else "") + right).strip()


def group_heading(group: Group) -> str:
    """A group's heading after its number: subject, dimension and unit, status, counts, story."""
    sp = spread(group)
    parts = [f"{len(group.claims)} claim{'s' if len(group.claims) != 1 else ''}",
             f"{len(group.sources)} source{'s' if len(group.sources) != 1 else ''}"]
    if sp is not None:
        parts.append(f"spread {sp:,.2f}x")
    status = "CONFLICT" if group.conflict else "consistent"
    if group.changed_over_time:
        status += " (changed over time)"
    if group.partial:
        parts.append("partial counts, not totals")
    if group.copies:
        n = len(group.copies)
        parts.append(f"{n} reprint{'s' if n != 1 else ''} counted with {'their originals' if n != 1 else 'its original'}")
    story = f" (story: {group.story})" if group.story else ""
    kind = f"{group.dimension}, {group.unit}" if group.unit else group.dimension  # "(count)", not "(count, )"
    return f"{group.subject} ({kind}) — {status}; " + ", ".join(parts) + story


#: Qualifiers written as words, for readers and for spreadsheets (a bare "=" is a formula).
CHANGE_WORDS = {"=": "exact", "~": "approximate", "<": "at most", ">": "at least", "up": "up", "down": "down"}


def change_word(change: str) -> str:
    """The qualifier as a word: "=" -> "exact", "<" -> "at most"."""
    return CHANGE_WORDS.get(change, change)


def qualifier_word(claim: Claim) -> str:
    """The qualifier a reader sees: as ``change_word``, except that a figure stated as a span with
    no single value ("hundreds", "between 1,500 and 2,000") is a "range", not "exact"."""
    if claim.change == "=" and claim.value is None and (claim.low is not None or claim.high is not None):
        return "range"
    return change_word(claim.change)


def _rows(group: Group, quote_width: int, mark=("«", "»")) -> list[list[str]]:
    rows = []
    for c in group.claims:
        rows.append([
            c.source or c.doc, c.date or "", c.surface, _normalized_text(c), qualifier_word(c),
            c.attribution or "", _quote(c, quote_width, mark),
        ])
    return rows


HEADERS = ["source", "date", "as stated", "normalized", "qualifier", "attributed to", "quote"]


def _rich_text(chunks_of) -> str:
    """Render rich renderables to plain text (no colour codes) at a given width."""
    from rich.console import Console

    width, renderables = chunks_of
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, highlight=False, soft_wrap=False,
                      emoji=False, markup=False, legacy_windows=False)
    for item in renderables:
        console.print(item)
    # rich pads every line to the table's width; the padding at the end of a line is noise.
    return "\n".join(line.rstrip() for line in buffer.getvalue().split("\n"))


def _group_table(group: Group, width: int, quote_width: int):
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    # Narrow columns for short fields; the quote takes the rest and wraps between words.
    table.add_column("source", ratio=2, overflow="fold")
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("as stated", ratio=2, overflow="fold")
    table.add_column("normalized", ratio=2, overflow="fold")
    table.add_column("qualifier", overflow="fold", min_width=8)
    table.add_column("attributed to", ratio=2, overflow="fold")
    table.add_column("quote / article", ratio=6, overflow="fold")
    for c, row in zip(group.claims, _rows(group, quote_width)):
        table.add_row(*row[:-1], row[-1] + _article_line(c))
    return table


def _article_line(c: Claim) -> str:
    """The article a claim is from, under its quote: title, and url when known."""
    if not c.title and not c.url:
        return ""
    return "\nin: " + " ".join(part for part in (c.title, f"<{c.url}>" if c.url else None) if part)


def render_table(groups: Iterable[Group], explain_groups: bool = False, quote_width: int = 160,
                 width: int = 120) -> Iterator[str]:
    """The terminal view: a heading per group, then one row per claim, fitted to ``width``
    columns; long cells wrap between words (a single word longer than its column is folded)."""
    for index, group in enumerate(groups, 1):
        yield f"[{index}] {group_heading(group)}\n"
        yield _rich_text((width, [_group_table(group, width, quote_width)]))
        if explain_groups:
            yield from _explain_lines(group)
        yield "\n"


def _explain_lines(group: Group) -> Iterator[str]:
    info = explain(group)
    yield f"  why grouped: {info['grouped']}\n"
    for c in info["conflicts"]:
        yield f"  conflict {c['a'] + 1} vs {c['b'] + 1}: {c['why']}\n"


def _markdown_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown_link(title: Optional[str], url: Optional[str]) -> str:
    if not title and not url:
        return ""
    label = (title or url).replace("[", "\\[").replace("]", "\\]")
    if not url:
        return label
    return f"[{label}](<{url.replace('>', '%3E').replace(' ', '%20')}>)"


def render_markdown(groups: Iterable[Group], explain_groups: bool = False) -> Iterator[str]:
    from tabulate import tabulate

    yield "# Conflicting figures\n\n"
    for index, group in enumerate(groups, 1):
        yield f"## {index}. {group_heading(group)}\n\n"
        rows = [row + [_markdown_link(c.title, c.url)]
                for c, row in zip(group.claims, _rows(group, 0, ("**", "**")))]
        rows = [[_markdown_cell(cell) for cell in row] for row in rows]
        yield tabulate(rows, headers=HEADERS + ["article"], tablefmt="github") + "\n\n"
        if explain_groups:
            for line in _explain_lines(group):
                yield "-" + line[1:]
            yield "\n"


def render_csv(groups: Iterable[Group]) -> Iterator[str]:
    """One row per claim, with its group's fields; parses back with any CSV reader."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180; a bare \r in a cell is then quoted
    writer.writerow(GROUP_CSV_FIELDS + CLAIM_CSV_FIELDS)
    yield _drain(buffer)
    for index, group in enumerate(groups, 1):
        sp = spread(group)
        head = [index, group.subject, group.dimension, group.unit, str(group.conflict).lower(),
                "" if sp is None else f"{sp:.4g}"]
        for c in group.claims:
            writer.writerow([safe_cell(x) for x in head + claim_csv_row(c)])
        yield _drain(buffer)


def claim_csv_row(c: Claim) -> list:
    n = c.normalized
    blank = lambda x: "" if x is None else x  # noqa: E731
    return [c.doc, blank(c.source), blank(c.date), blank(c.title), blank(c.url), c.start, c.end,
            c.surface, blank(_num(c.value)), blank(_num(c.low)), blank(_num(c.high)),
            change_word(c.change), c.unit, c.dimension,
            blank(_num(n.value) if n else None), blank(_num(n.low) if n else None),
            blank(_num(n.high) if n else None), n.unit if n else "", blank(n.rate if n else None),
            blank(n.rate_date if n else None), blank(n.rate_note if n else None), c.subject,
            c.topic, blank(c.attribution), c.sentence]


def render_claims_csv(claims: Iterable[Claim]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180; a bare \r in a cell is then quoted
    writer.writerow(CLAIM_CSV_FIELDS)
    yield _drain(buffer)
    for c in claims:
        writer.writerow([safe_cell(x) for x in claim_csv_row(c)])
        yield _drain(buffer)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """A CSV cell a spreadsheet will not run as a formula.

    Text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is what
    spreadsheets read as a formula; such text gets a leading apostrophe, which spreadsheets show
    as nothing and treat as "this is text". Numbers, negative ones included, stay numbers.
    """
    if not isinstance(value, str) or not value.startswith(_FORMULA_START):
        return value
    try:
        float(value)
        return value
    except ValueError:
        return "'" + value


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def render_json(groups: Iterable[Group], explain_groups: bool = False) -> Iterator[str]:
    """``{"groups": [...]}``, streamed group by group and, within a group, claim by claim: a
    group of thousands of claims is never one string (the text is the same as ``json.dumps`` of
    ``group_dict``)."""
    yield '{"groups": ['
    for index, group in enumerate(groups):
        head = json.dumps(_group_head(group), ensure_ascii=False)
        yield ("," if index else "") + "\n  " + head[:-1] + ', "claims": ['
        for k, claim in enumerate(group.claims):
            yield (", " if k else "") + json.dumps(claim_dict(claim), ensure_ascii=False)
        yield "]" + (', "explain": ' + json.dumps(explain(group), ensure_ascii=False) if explain_groups else "") + "}"
    yield "\n]}\n"


def render_claims_json(claims: Iterable[Claim], explain_rules: bool = False) -> Iterator[str]:
    yield "["
    for index, claim in enumerate(claims):
        yield ("," if index else "") + "\n  " + json.dumps(claim_dict(claim, explain_rules), ensure_ascii=False)
    yield "\n]\n"


def render_claims_jsonl(claims: Iterable[Claim], explain_rules: bool = False) -> Iterator[str]:
    for claim in claims:
        yield json.dumps(claim_dict(claim, explain_rules), ensure_ascii=False) + "\n"


def render_claims_table(claims: Iterable[Claim], quote_width: int = 160, width: int = 120,
                        explain_rules: bool = False) -> Iterator[str]:
    """One row per claim; with ``explain_rules`` a last column names the grammar rules that read it."""
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    columns = [("source", 2), ("as stated", 2), ("value", 2), ("qualifier", 1), ("normalized", 2),
               ("subject", 2), ("attributed to", 2), ("quote / article", 5)]
    if explain_rules:
        columns.append(("rules", 5))
    for name, ratio in columns:
        table.add_column(name, ratio=ratio, overflow="fold")
    for c in claims:
        table.add_row(c.source or c.doc, c.surface, fmt_interval(c.value, c.low, c.high, c.unit),
                      qualifier_word(c), _normalized_text(c), c.subject, c.attribution or "",
                      _quote(c, quote_width) + _article_line(c), *([" ".join(c.rules)] if explain_rules else []))
    yield _rich_text((width, [table]))
