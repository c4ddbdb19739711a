"""Groups -> one self-contained HTML report an editor can read at a glance, or print.

For each group: a chart with every claim's interval on one axis (a log axis where the figures span
more than a factor of 20), labelled by outlet and date, then the claims table with the quote (the
figure marked), outlet, date, attribution and the article's title linked to its url.

The charts are inline SVG written here: a few rectangles, lines and labels per claim need no
charting library, so the report loads nothing (a Content-Security-Policy forbids it), weighs a few
kilobytes per group, and prints as sharp vectors. Nothing here prints or writes files.
"""
from __future__ import annotations

import math
from html import escape
from typing import Iterable, Iterator, Optional

from figrecon.model import Claim, Group
from figrecon.render import group_heading, _normalized_text, qualifier_word, explain, fmt_number, spread

__all__ = ["render_html", "chart_svg"]

#: Figures spanning more than this factor are drawn on a log axis.
LOG_SPREAD = 20.0

_WIDTH = 1000  # SVG user units; the SVG scales to the page width
_LABEL = 270  # left margin for "outlet, date"
_RIGHT = 150  # right margin for the figure as stated
_ROW = 24
_TOP = 10
_AXIS = 34

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;margin:0 auto;max-width:1100px;padding:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.15rem;margin:2rem 0 .4rem}
.summary{background:#f3f5f8;border:1px solid #d5dbe3;border-radius:6px;padding:.8rem 1rem}
.summary ul{margin:.3rem 0 0 1.2rem;padding:0}
.group{border-top:2px solid #d5dbe3;margin-top:1.5rem;break-inside:avoid-page}
.badge{display:inline-block;font-size:.75rem;font-weight:600;padding:.05rem .45rem;border-radius:4px;background:#b3261e;color:#fff;vertical-align:middle}
.badge.ok{background:#2e7d32}
svg.chart{width:100%;height:auto;display:block;margin:.6rem 0}
svg text{font:12px system-ui,sans-serif;fill:#1b1b1b}
svg .tick{fill:#555}
svg .grid{stroke:#e1e5ea}
svg .bar{fill:#3b6fb6;fill-opacity:.35;stroke:#3b6fb6}
svg .point{fill:#1f4e8c}
svg .open{stroke:#3b6fb6;stroke-dasharray:4 3}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #e1e5ea;text-align:left;vertical-align:top;padding:.3rem .4rem}
th{background:#f3f5f8}
td.date{white-space:nowrap}
mark{background:#ffe38a;padding:0 .1em}
.muted{color:#666}
a{color:#1f4e8c}
@media print{body{max-width:none;padding:0;font-size:11pt}.summary{background:none}
 a{color:inherit}a[href]:after{content:" (" attr(href) ")";font-size:8pt;color:#555;word-break:break-all}
 .group{break-inside:avoid}th{background:none}}
"""


def render_html(groups: Iterable[Group], documents: Optional[int] = None, all_groups: bool = False,
                title: str = "Conflicting figures", explain_groups: bool = False) -> Iterator[str]:
    """The report as chunks of one HTML document; ``explain_groups`` adds, under each group,
    why its claims were grouped and why each conflicting pair conflicts."""
    groups = list(groups)
    conflicting = [g for g in groups if g.conflict]
    sources = sorted({s for g in groups for s in g.sources})
    yield ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           # Nothing may be fetched when the report is opened: styles are inline, images are SVG.
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'; img-src data:\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n")
    yield f"<h1>{escape(title)}</h1>\n"
    yield _summary(groups, conflicting, sources, documents, all_groups)
    for index, group in enumerate(groups, 1):
        yield _group_section(group, index, explain_groups)
    yield "</body>\n</html>\n"


def _summary(groups, conflicting, sources, documents, all_groups) -> str:
    parts = []
    if documents is not None:
        parts.append(f"{documents} article{'s' if documents != 1 else ''} read")
    parts.append(f"{len(conflicting)} group{'s' if len(conflicting) != 1 else ''} of figures in conflict")
    if all_groups:
        parts.append(f"{len(groups) - len(conflicting)} consistent")
    parts.append(f"{len(sources)} source{'s' if len(sources) != 1 else ''}")
    items = "".join(
        f"<li><a href=\"#group-{i}\">{escape(g.subject)}</a>"
        f" — {_range_text(g)}</li>"
        for i, g in enumerate(groups, 1)
    )
    lead = "No conflicting figures found." if not groups else "Groups of claims about the same thing:"
    articles = _articles(groups)
    listed = "".join(f"<li>{escape(outlet)}{', ' + escape(date) if date else ''}: {_link(title, url)}</li>"
                     for outlet, date, title, url in articles)
    sources_part = f"<p>Articles these figures come from:</p><ul>{listed}</ul>" if articles else ""
    return (f"<section class=\"summary\"><strong>{escape(', '.join(parts))}.</strong>"
            f"<p>{lead}</p><ul>{items}</ul>{sources_part}</section>\n")


def _articles(groups) -> list[tuple[str, str, Optional[str], Optional[str]]]:
    """Each article a shown claim comes from, once: (outlet, date, title, url), by outlet."""
    seen = {}
    for g in groups:
        for c in g.claims:
            seen.setdefault(c.doc, (c.source or c.doc, c.date or "", c.title, c.url))
    return sorted(seen.values(), key=lambda a: (a[0].casefold(), a[1], a[2] or ""))


def _link(title: Optional[str], url: Optional[str]) -> str:
    if url:
        return f"<a href=\"{escape(url)}\" rel=\"noreferrer\">{escape(title or url)}</a>"
    return escape(title or "")


def _range_text(group: Group) -> str:
    sp = spread(group)
    unit = escape(group.unit)
    low, high = group.low, group.high
    text = f"{escape(fmt_number(low))} to {escape(fmt_number(high))} {unit}" if low is not None and high is not None else unit
    if sp is not None:
        text += f" (spread {sp:,.1f}×)"
    return text


def _group_section(group: Group, index: int, explain_groups: bool = False) -> str:
    badge = "<span class=\"badge\">conflict</span>" if group.conflict else "<span class=\"badge ok\">consistent</span>"
    heading = escape(f"[{index}] " + group_heading(group).split(" — ")[0])
    chart = chart_svg(group, index) if group.conflict else ""
    rows = "".join(_claim_row(c, number) for number, c in enumerate(group.claims, 1))
    return (f"<section class=\"group\" id=\"group-{index}\">\n<h2>{heading} {badge}</h2>\n"
            f"<p class=\"muted\">{escape(group_heading(group).split('; ', 1)[-1])}</p>\n{chart}\n"
            "<table><thead><tr><th>#</th><th>outlet</th><th>date</th><th>figure</th><th>qualifier</th>"
            "<th>attributed to</th><th>quote</th><th>article</th></tr></thead>\n"
            f"<tbody>{rows}</tbody></table>\n{_explanation(group) if explain_groups else ''}</section>\n")


def _explanation(group: Group) -> str:
    info = explain(group)
    conflicts = "".join(f"<li>claim {c['a'] + 1} and claim {c['b'] + 1}: {escape(c['why'])}</li>"
                        for c in info["conflicts"])
    return (f"<div class=\"muted\"><p>Why grouped: {escape(info['grouped'])}</p>"
            f"{'<ul>' + conflicts + '</ul>' if conflicts else ''}</div>\n")


def _claim_row(c: Claim, number: int) -> str:
    article = _link(c.title, c.url)
    return (f"<tr><td class=\"muted\">{number}</td>"
            f"<td>{escape(c.source or c.doc)}</td><td class=\"date\">{escape(c.date or '')}</td>"
            f"<td>{escape(c.surface)}<br><span class=\"muted\">{escape(_normalized_text(c))}</span></td>"
            f"<td>{escape(qualifier_word(c))}</td><td>{escape(c.attribution or '')}</td>"
            f"<td>{_marked_quote(c)}</td><td>{article}</td></tr>\n")


def _marked_quote(c: Claim) -> str:
    s = c.sentence
    a = max(0, c.start - c.sentence_start)
    b = min(len(s), c.end - c.sentence_start)
    return escape(s[:a]) + "<mark>" + escape(s[a:b]) + "</mark>" + escape(s[b:])


# --------------------------------------------------------------------------- the chart

def _interval(c: Claim) -> tuple[Optional[float], Optional[float], Optional[float]]:
    n = c.normalized
    if n is None:
        return None, None, None
    finite = lambda x: x if x is not None and math.isfinite(x) else None  # noqa: E731
    return finite(n.low), finite(n.value), finite(n.high)


def _scale(points: list[float]):
    """(to_x, ticks, log) mapping a figure to an x position across the plot."""
    lo, hi = min(points), max(points)
    log = lo > 0 and hi / lo > LOG_SPREAD
    left, right = _LABEL, _WIDTH - _RIGHT
    if log:
        a, b = math.floor(math.log10(lo)), math.ceil(math.log10(hi))
        if a == b:
            b += 1
        ticks = [10.0 ** e for e in range(a, b + 1)]
        to_x = lambda x: left + (math.log10(max(x, 10.0 ** a)) - a) / (b - a) * (right - left)  # noqa: E731
        return to_x, ticks, True
    if lo == hi:
        lo, hi = (lo - abs(lo) * 0.5 - 1, hi + abs(hi) * 0.5 + 1)
    lo = min(lo, 0.0) if lo >= 0 and lo < (hi - lo) else lo
    step = _nice_step((hi - lo) / 5)
    start = math.floor(lo / step) * step
    end = math.ceil(hi / step) * step
    ticks = []
    t = start
    while t <= end + step / 2:
        ticks.append(t)
        t += step
    to_x = lambda x: left + (x - start) / (end - start) * (right - left)  # noqa: E731
    return to_x, ticks, False


def _nice_step(raw: float) -> float:
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def chart_svg(group: Group, index: int = 1) -> str:
    """Every claim of ``group`` as an interval on one axis: a bar from low to high, a dot at the
    stated value, a dashed line running off the axis for an open end ("at least", "up to")."""
    rows = [(c, *_interval(c)) for c in group.claims]
    points = [x for _, low, value, high in rows for x in (low, value, high) if x is not None]
    if not points:
        return ""
    to_x, ticks, log = _scale(points)
    left, right = _LABEL, _WIDTH - _RIGHT
    height = _TOP + _ROW * len(rows) + _AXIS
    axis_y = _TOP + _ROW * len(rows) + 4
    out = [f"<svg class=\"chart\" data-group=\"{index}\" viewBox=\"0 0 {_WIDTH} {height}\" "
           f"xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{escape(group.subject)}: "
           f"each source's figure on one {'log ' if log else ''}axis\">"]
    for t in ticks:
        x = to_x(t)
        if left - 0.5 <= x <= right + 0.5:
            out.append(f"<line class=\"grid\" x1=\"{x:.1f}\" y1=\"{_TOP - 4}\" x2=\"{x:.1f}\" y2=\"{axis_y}\"/>"
                       f"<text class=\"tick\" x=\"{x:.1f}\" y=\"{axis_y + 14}\" text-anchor=\"middle\">"
                       f"{escape(fmt_number(t))}</text>")
    out.append(f"<text class=\"tick\" x=\"{right}\" y=\"{axis_y + 28}\" text-anchor=\"end\">"
               f"{escape(group.unit)}{' (log scale)' if log else ''}</text>")
    for i, (c, low, value, high) in enumerate(rows):
        y = _TOP + _ROW * i + _ROW / 2
        label = (c.source or c.doc) + (f", {c.date}" if c.date else "")
        if len(label) > 40:
            label = label[:39] + "…"
        text = (f"<text x=\"{left - 8}\" y=\"{y + 4:.1f}\" text-anchor=\"end\">{escape(label)}"
                f"<title>{escape(c.title or c.surface)}</title></text>")
        # the label links to the article, as the table under the chart does
        out.append(f"<a href=\"{escape(c.url)}\">{text}</a>" if c.url else text)
        if low is not None and high is not None and low != high:
            x1, x2 = to_x(low), to_x(high)
            out.append(f"<rect class=\"bar\" x=\"{x1:.1f}\" y=\"{y - 6:.1f}\" width=\"{max(x2 - x1, 2):.1f}\" "
                       f"height=\"12\" rx=\"2\"><title>{escape(c.surface)}</title></rect>")
        elif low is not None and high is None:
            out.append(f"<line class=\"open\" x1=\"{to_x(low):.1f}\" y1=\"{y:.1f}\" x2=\"{right}\" y2=\"{y:.1f}\"/>")
        elif high is not None and low is None:
            out.append(f"<line class=\"open\" x1=\"{left}\" y1=\"{y:.1f}\" x2=\"{to_x(high):.1f}\" y2=\"{y:.1f}\"/>")
        end = max(x for x in (low, value, high) if x is not None) if (low, value, high) != (None, None, None) else None
        if end is not None:
            x_text = right + 6 if high is None and low is not None else to_x(end) + 9
            stated = c.surface if len(c.surface) <= 26 else c.surface[:25] + "…"
            out.append(f"<text class=\"tick\" x=\"{x_text:.1f}\" y=\"{y + 4:.1f}\">{escape(stated)}</text>")
        point = value if value is not None else (low if low is not None else high)
        if point is not None and (low is None or high is None or low == high or low < point < high):
            out.append(f"<circle class=\"point\" cx=\"{to_x(point):.1f}\" cy=\"{y:.1f}\" r=\"4.5\">"
                       f"<title>{escape(c.surface)}</title></circle>")
    out.append("</svg>")
    return "".join(out)
