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

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional

from figrecon.model import Claim, Conflict, Group

DEFAULT_TOLERANCE = 0.05  # 5 %: rounding in reporting ("about 1,300" vs "1,290") is not a conflict

# Words that name the same kind of thing in news copy. Each maps to its class name.
_CLASSES = {
    "combatant": "fighter mercenary militant rebel jihadist guerrilla insurgent terrorist militia "
                 "militiaman gunman recruit extremist",
    "soldier": "soldier troop serviceman servicemen",
    "pay": "salary pay wage earn paid paying payment income stipend compensation",
    "death": "death dead kill killed killing die died dying fatality toll perish perished",
    "injury": "injure injured injuring wound wounded injury hurt",
    "missing": "missing unaccounted",
    "displaced": "displaced homeless evacuated evacuate refugee",
    "deploy": "send sent deploy deployed transfer transferred fly flown move moved redeploy "
              "arrive join joined dispatch recruit recruited register deploy go",
    "return": "return returned",
    "person": "people person resident individual citizen inhabitant",
    "civilian": "civilian",
}
WORD_CLASS = {w: name for name, words in _CLASSES.items() for w in words.split()}
# Relation classes that must agree when both claims have one.
_RELATIONS = {"pay", "death", "injury", "deploy", "return", "missing", "displaced"}
_STOP = {"the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "with", "by", "at", "from",
         "be", "have", "its", "their", "his", "her", "that", "which", "who", "as", "into", "via"}


@dataclass(frozen=True)
class _Features:
    kind: str  # partition key: dimension and normalized unit (without period) or counted-noun class
    period: Optional[str]  # "month" for a rate per month
    words: frozenset  # content words of the subject (classes substituted)
    relation: Optional[str]
    places: frozenset
    party: frozenset  # nationality/party adjectives of a count ("armenian" soldiers)


def _lemma(word: str) -> str:
    word = word.lower()
    for suffix, repl in (("ies", "y"), ("ses", "s"), ("s", "")):
        if word.endswith(suffix) and len(word) > 4 and not word.endswith("ss"):
            return word[: -len(suffix)] + repl
    return word


def _words(text: str) -> list[str]:
    return [_lemma(w) for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text or "") if w.lower() not in _STOP]


# The clause after a claim ("... were confirmed killed") ends at a comma; the words before it
# ("killed, including more than 30 civilians") may reach over one.
_WINDOW_AFTER = re.compile(r"^[^.;:!?,]{0,100}")
_WINDOW_BEFORE = re.compile(r"[^.;:!?]{0,40}$")


def _relation_near(claim: Claim) -> Optional[str]:
    """The relation class of the first relation word just after the claim, else just before it.

    "Almost 200 people have been confirmed killed" -> death; "55 wounded" -> injury.
    """
    at = claim.start - claim.sentence_start
    end = claim.end - claim.sentence_start
    after = _WINDOW_AFTER.match(claim.sentence[end:]).group(0)
    before = _WINDOW_BEFORE.search(claim.sentence[:max(at, 0)]).group(0)
    for text in (after, before):
        words = [WORD_CLASS.get(w) for w in _words(text)]
        if text is before:
            words.reverse()
        found = next((w for w in words if w in _RELATIONS), None)
        if found:
            return found
    return None


def _unit_head(claim: Claim) -> str:
    """The lemma of the unit's last word: a count's counted noun ("syrian fighter" -> "fighter")."""
    return _lemma(claim.unit.split()[-1]) if claim.unit else ""


def features(claim: Claim) -> _Features:
    norm = claim.normalized
    unit = norm.unit if norm else claim.unit
    period = claim.per
    if "/" in unit:
        unit, period = unit.split("/", 1)
    unit_words = set(_words(claim.unit)) | set(_words(claim.surface))  # "kilometer" is the unit
    words = [w for w in _words(claim.topic) if w not in unit_words or claim.dimension == "count"]
    classes = [WORD_CLASS.get(w, w) for w in words]
    relation = next((c for c in classes if c in _RELATIONS), None) or _relation_near(claim)
    if claim.dimension == "count":
        head = _unit_head(claim)
        kind = "count:" + WORD_CLASS.get(head, head)
        if relation == "pay":
            relation = None
        if head:
            words = [w for w in words if w != head]
            classes = [WORD_CLASS.get(w, w) for w in words]
    else:
        kind = f"{claim.dimension}:{unit}"
    # Where the claim happens: places named after it in its sentence ("sent to Azerbaijan",
    # "in Libya's civil war"). Places before it are mostly actors ("Turkey has sent ...").
    # Places after "from" are origins, not where the claim happens.
    rest = claim.sentence[claim.end - claim.sentence_start:].lower()
    places = frozenset(c[6:] for c in claim.context if c.startswith("place:") and c[6:] in rest
                       and not re.search(r"\bfrom (?:the )?" + re.escape(c[6:]), rest))
    topic = (claim.topic or "").lower()
    party = frozenset(c[6:] for c in claim.context if c.startswith("party:") and c[6:] in topic)
    return _Features(kind, period, frozenset(classes), relation, places, party)


def compatible(a: _Features, b: _Features) -> tuple[bool, str]:
    """Whether two claims may be about the same thing, and why (or why not)."""
    if a.kind != b.kind:
        return False, "different kind"
    if a.period and b.period and a.period != b.period:
        return False, f"different periods (per {a.period} vs per {b.period})"
    if a.relation and b.relation and a.relation != b.relation:
        return False, f"different relation ({a.relation} vs {b.relation})"
    if a.places and b.places and not (a.places & b.places):
        return False, "different places (" + ", ".join(sorted(a.places)) + " vs " + ", ".join(sorted(b.places)) + ")"
    if a.party and b.party and not (a.party & b.party):
        return False, "different parties"
    shared = (a.words & b.words) - {""}
    if not shared and not (a.relation and a.relation == b.relation) and (
            not a.kind.startswith("count:") or a.kind == "count:"):
        return False, "no shared words"  # counts of one kind of thing need no more
    why = []
    if a.relation and a.relation == b.relation:
        why.append(f"same relation ({a.relation})")
    if shared:
        why.append("shared words: " + ", ".join(sorted(shared)))
    if a.places & b.places:
        why.append("shared places: " + ", ".join(sorted(a.places & b.places)))
    return True, "; ".join(why) or "same kind"


def _interval(claim: Claim) -> tuple[Optional[float], Optional[float]]:
    """The claim's normalized (low, high), or its stated one before normalization."""
    norm = claim.normalized
    return (norm.low, norm.high) if norm else (claim.low, claim.high)


def _bounds(claim: Claim, tolerance: float) -> tuple[float, float]:
    low, high = _interval(claim)
    if low is None:
        low = 0.0 if claim.dimension in ("count", "currency") else -math.inf
    if high is None:
        high = math.inf
    return low * (1 - tolerance) if low > 0 else low * (1 + tolerance), high * (1 + tolerance) if high > 0 else high * (1 - tolerance)


def _fmt_interval(claim: Claim) -> str:
    low, high = _interval(claim)
    return f"[{'-inf' if low is None else f'{low:,.4g}'}, {'inf' if high is None else f'{high:,.4g}'}]"


def conflicts_of(claims: tuple[Claim, ...], tolerance: float) -> tuple[Conflict, ...]:
    found = []
    for i, a in enumerate(claims):
        for j in range(i + 1, len(claims)):
            b = claims[j]
            if a.doc == b.doc:
                continue  # repeats within one article are not cross-source conflicts
            lo_a, hi_a = _bounds(a, tolerance)
            lo_b, hi_b = _bounds(b, tolerance)
            if hi_a < lo_b or hi_b < lo_a:
                found.append(Conflict(i, j, f"{_fmt_interval(a)} and {_fmt_interval(b)} do not overlap"))
    return tuple(found)


def _sort_key(claim: Claim):
    return (claim.doc, claim.start, claim.end, claim.surface)


def _label(claims: tuple[Claim, ...], feats: list[_Features]) -> str:
    """The group's subject: the topic phrase sharing most words with the others, shortest on ties."""
    if len(claims) == 1:
        return claims[0].topic or claims[0].unit
    counts = Counter(w for f in feats for w in f.words)

    def score(k: int):
        f = feats[k]
        return (-sum(counts[w] for w in f.words), len(claims[k].topic), claims[k].topic)

    best = min(range(len(claims)), key=score)
    return claims[best].topic or claims[best].unit


#: who can be the source of a claim ("according to four people", "two officials said").
_SOURCES = {"people", "person", "source", "official", "witness", "resident", "diplomat", "analyst",
            "expert", "insider", "activist", "observer", "journalist", "reporter", "member"}


def comparable(claim: Claim) -> bool:
    """Whether a claim is a figure worth comparing across sources.

    Not grouped:
    - counts of one or two ("two fighters told Reuters", "one of the militants"): they identify
      people and things rather than state a magnitude anyone disputes;
    - a count of the sources themselves ("according to four people with direct knowledge");
    - a span of time that measures nothing ("two days later", "we have fought for ten years"):
      its subject is empty because it says when, not how much.
    """
    if claim.dimension == "count" and claim.high is not None and claim.high <= 2 and claim.change == "=":
        return False
    if claim.attribution and claim.surface in claim.attribution and _unit_head(claim) in _SOURCES:
        return False
    if claim.dimension == "time" and not claim.subject:
        return False
    return True


def group(claims: Iterable[Claim], tolerance: float = DEFAULT_TOLERANCE) -> list[Group]:
    """Group claims about the same subject; conflicting groups first, then by size."""
    ordered = sorted((c for c in claims if comparable(c)), key=_sort_key)
    feats = [features(c) for c in ordered]
    clusters: list[list[int]] = []
    reasons: list[list[str]] = []
    for i, f in enumerate(feats):
        best, best_score, best_why = None, -1, []
        for k, members in enumerate(clusters):
            if feats[members[0]].kind != f.kind:
                continue
            whys = []
            for m in members:
                ok, why = compatible(f, feats[m])
                if not ok:
                    break
                whys.append(why)
            else:
                score = sum(len(f.words & feats[m].words) for m in members) / len(members)
                if score > best_score:
                    best, best_score, best_why = k, score, whys
        if best is None:
            clusters.append([i])
            reasons.append([])
        else:
            clusters[best].append(i)
            reasons[best].append(f"{ordered[i].surface!r} joined: {best_why[0]}")
    groups = []
    for members, why in zip(clusters, reasons):
        members_claims = tuple(ordered[m] for m in members)
        units = Counter(c.normalized.unit if c.normalized else c.unit for c in members_claims)
        unit = min(units, key=lambda u: (-units[u], u))
        groups.append(Group(
            subject=_label(members_claims, [feats[m] for m in members]),
            dimension=members_claims[0].dimension,
            unit=unit,
            claims=members_claims,
            conflicts=conflicts_of(members_claims, tolerance),
            explanation="; ".join(why),
        ))
    groups.sort(key=lambda g: (not g.conflict, -len(g.sources), -len(g.claims), g.subject, g.unit))
    return groups
