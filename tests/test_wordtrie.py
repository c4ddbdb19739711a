"""``figrecon.wordtrie.words_pattern`` matches what the plain alternation, longest word first,
matches: the same spans and groups, whatever follows it and with or without IGNORECASE."""
import re

from hypothesis import given, settings, strategies as st

from figrecon.wordtrie import words_pattern

# few letters, so that words share starts and are prefixes of one another, and the texts hold them
_LETTERS = "abAB -."
_WORDS = st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=5), min_size=1, max_size=8)
_TEXTS = st.text(alphabet=_LETTERS + "c\n", max_size=40)
# what may follow the words in a pattern: some of it only one of several words can meet
_TAILS = st.sampled_from(["", r"\b", r"(?!\w)", r"\s+(b)", r"([ab]*)", r"(a)?b", r"-?(\w)", r"$"])


def _plain(words, ignorecase):
    words = {w.lower() if ignorecase else w for w in words}
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


@settings(max_examples=3000, deadline=None)
@given(_WORDS, _TEXTS, _TAILS, st.booleans(), st.booleans())
def test_same_matches_as_the_longest_first_alternation(words, text, tail, ignorecase, lead):
    flags = re.IGNORECASE if ignorecase else 0
    head = r"\b" if lead else ""
    plain = re.compile(head + "(" + _plain(words, ignorecase) + ")" + tail, flags)
    trie = re.compile(head + "(" + words_pattern(words, ignorecase=ignorecase) + ")" + tail, flags)
    assert [m.regs for m in plain.finditer(text)] == [m.regs for m in trie.finditer(text)]
    assert (plain.match(text) or None) and plain.match(text).regs == trie.match(text).regs \
        or plain.match(text) is trie.match(text) is None


def test_a_trie_shares_each_start_once():
    assert words_pattern(["seven", "seventeen", "six"]) == "(?=[s])(?:s(?:even(?:teen)?|ix))"
    # the longer word is tried first: "seventeen", not "seven" and a stray "teen"
    assert re.search(words_pattern(["seven", "seventeen"]), "seventeen").group(0) == "seventeen"


def test_ignorecase_merges_spellings_and_keeps_symbols_literal():
    pattern = re.compile(r"\b" + words_pattern(["Dozens", "dozens", "a.m."], ignorecase=True) + r"(?!\w)",
                         re.IGNORECASE)
    assert [m.group(0) for m in pattern.finditer("DOZENS by 9 a.m. or 9 axmx")] == ["DOZENS", "a.m."]


def test_no_words_never_match():
    assert re.search(words_pattern([]), "anything") is None
    assert re.search(words_pattern([""]), "") is None
