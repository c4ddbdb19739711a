"""Step 1, tokens: a sentence as number, word and symbol tokens with their offsets."""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

from figrecon.grammar.vocabulary import (
    _ABBREVIATIONS,
)

_TOKEN = re.compile(
    r"""
    (?P<num>(?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:\x20\d{3}){2,}(?![\d,]|\.\d)|\d{1,3}\x200\d\d(?![\d,]|\.\d)|\d{1,3}(?:\.\d{3})+,\d+(?![\d,])|\d{1,3}(?:\.\d{3}){2,}(?![\d.,]\d)|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+|(?<![\d,.])\d{1,3},\d{1,2}(?![\d,]|\.\d)|\d+)(?:\.\d+)?(?:[eE][+-]?\d+(?![^\W\d_]))?|\.\d+)
    (?P<suffix>[^\W\d_\u00bc-\u00be\u2150-\u215e]+)?
    |(?P<word>[^\W\d_\u00bc-\u00be\u2150-\u215e]+(?:['’][^\W\d_]+)?\.?)
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
                                       or glued and tokens[-1].text == "°"  # "5°C."
                                       or len(word) == 2 and word[0].isupper()):  # "40 C.": circa is "c."
                tokens.append(Token(word[:-1], m.start(), m.end() - 1, "word", "", glued))
                tokens.append(Token(".", m.end() - 1, m.end(), "sym", "", True))
            else:
                tokens.append(Token(word, m.start(), m.end(), "word", "", glued))
        else:
            tokens.append(Token(m.group("sym"), m.start(), m.end(), "sym", "", glued))
    return tokens


_EUROPEAN = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


def _num_value(token: Token) -> Optional[float]:
    raw = _digits(token.text)
    if _EUROPEAN.fullmatch(raw) and (raw.count(".") > 1 or "," in raw):
        raw = raw.replace(".", "").replace(",", ".")  # "1.000,50", "2.500.000": European style
    if _DECIMAL_COMMA.fullmatch(raw):
        raw = raw.replace(",", ".")  # "1,5 million", "5,00": a decimal comma (never thousands)
    raw = re.sub(r"[,\u00a0\u202f\u2009 ]", "", raw)  # "1,234", "12,34,567", "1 234 567"
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if math.isfinite(value) else None
