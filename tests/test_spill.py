"""figrecon.spill: objects kept on disk give back exactly what was put in."""
from hypothesis import given, strategies as st

from figrecon.spill import Spill

objects = st.lists(st.one_of(st.integers(), st.text(max_size=30), st.tuples(st.text(max_size=5), st.floats(allow_nan=False))),
                   max_size=40)


@given(objects)
def test_a_spill_gives_back_every_object_in_the_order_asked_for(items):
    """Whatever the order they were added in, by index and by iteration."""
    spill = Spill()
    indexes = [spill.add(x) for x in items]
    assert indexes == list(range(len(items)))
    assert spill.get(reversed(indexes)) == items[::-1]
    assert list(spill) == items and len(spill) == len(items)


@given(objects, st.integers(min_value=0, max_value=40), objects)
def test_what_follows_a_truncation_replaces_what_was_cut(first, n, then):
    """A document whose reading failed is cut off (reconcile._read); what is added after it
    is read back, not the bytes it was written over."""
    spill = Spill()
    for x in first:
        spill.append(x)
    keep = min(n, len(first))
    spill.truncate(keep)
    for x in then:
        spill.append(x)
    assert list(spill) == first[:keep] + then
