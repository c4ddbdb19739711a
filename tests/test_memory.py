"""figrecon.memory (the allocator setting that keeps a long run from growing) and the compact
pickling grouping keeps claims in (model.pickled_by_position)."""
import pickle
import platform
from dataclasses import fields

from hypothesis import given, strategies as st

from figrecon import memory
from figrecon.model import Claim, Context, Normalized


def test_settle_sets_the_threshold_exactly_where_glibc_can_take_it():
    assert memory.settle() == (platform.system() == "Linux" and platform.libc_ver()[0] == "glibc")
    assert memory.settle() == memory.settle()  # once per process, the same answer

_text = st.text(max_size=12)
_num = st.one_of(st.none(), st.floats(allow_nan=False))


@given(st.builds(Claim, doc=_text, source=st.one_of(st.none(), _text), date=st.one_of(st.none(), _text),
                 start=st.integers(0, 10**6), end=st.integers(0, 10**6), surface=_text, sentence=_text,
                 value=_num, low=_num, high=_num, change=st.sampled_from(["=", "~", "up"]), unit=_text,
                 dimension=_text, normalized=st.one_of(st.none(), st.builds(Normalized, _num, _num, _num, _text)),
                 context=st.builds(Context, st.lists(_text, max_size=2).map(tuple), st.just(()),
                                   st.one_of(st.none(), _text), _text),
                 rules=st.lists(_text, max_size=3).map(tuple)))
def test_a_claim_pickled_by_position_comes_back_whole(claim):
    """model.pickled_by_position: every field comes back, those equality ignores too (context, rules)."""
    back = pickle.loads(pickle.dumps(claim, protocol=pickle.HIGHEST_PROTOCOL))
    assert all(getattr(back, f.name) == getattr(claim, f.name) for f in fields(Claim))
