"""figrecon.memory: the allocator setting that keeps a long run from growing."""
import platform

from figrecon import memory


def test_settle_sets_the_threshold_exactly_where_glibc_can_take_it():
    assert memory.settle() == (platform.system() == "Linux" and platform.libc_ver()[0] == "glibc")
    assert memory.settle() == memory.settle()  # once per process, the same answer
