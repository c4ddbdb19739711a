"""The heading a figure stands under (figrecon.sections)."""
from hypothesis import given, strategies as st

from figrecon.sections import headings, section_at

ROUNDUP = """ORRINSFORD — A weekend of gunfire. Here is what we know.

THE MALL

Police say eight people were wounded.

## The park shooting

Two other people were wounded.
"""


def test_a_heading_is_a_line_in_capitals_or_a_markdown_heading():
    assert section_at(ROUNDUP, 0) == ""
    assert section_at(ROUNDUP, ROUNDUP.index("eight")) == "the mall"
    assert section_at(ROUNDUP, ROUNDUP.index("Two other")) == "the park shooting"


def test_a_dateline_or_a_capitalised_word_in_text_is_no_heading():
    text = "ORRINSFORD — Police said NATO and the FBI were told.\nIt was LATE.\n"
    assert headings(text) == ((), ())


def test_a_short_line_of_two_letters_or_a_long_shout_is_no_heading():
    assert headings("AB\n\nText.") == ((), ())
    assert headings("A" * 80 + "\n\nText.") == ((), ())


@given(st.text(max_size=300), st.integers(min_value=-5, max_value=400))
def test_section_at_never_raises_and_names_a_heading_of_the_text(text, at):
    name = section_at(text, at)
    assert name == "" or name in headings(text)[1]
