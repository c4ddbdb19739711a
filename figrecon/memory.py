"""How the process asks for memory, so that a long run does not grow with what parsing freed.

Parsing a document allocates and frees large short-lived buffers (spaCy's and thinc's arrays,
a few hundred KiB each). glibc serves a large request with its own ``mmap``, returned to the
operating system when freed, but only up to a threshold that it raises each time such a block is
freed, up to 32 MiB; after the first documents these buffers come from the heap instead, where
the long-lived objects between them keep the freed space from going back. A run then grows with
the number of documents although Python holds no more objects. ``settle`` fixes the threshold at
``MMAP_THRESHOLD``: on 1,000 generated articles (``benchmarks/speed.py``'s corpus) ``compare``
stayed between 185 and 258 MiB resident instead of climbing from 260 to 316 MiB
(``benchmarks/grouping.py --scale`` measures 1,000 against 10,000 articles).

Only glibc has ``mallopt``; elsewhere ``settle`` does nothing and says so.

Example: ``settle()`` returns True on glibc Linux, False on macOS or musl.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import lru_cache

#: bytes from which an allocation gets its own mapping, returned when freed (glibc's default
#: starting value, kept fixed).
MMAP_THRESHOLD = 128 * 1024
#: glibc's mallopt parameter number for the threshold (malloc.h: M_MMAP_THRESHOLD).
_M_MMAP_THRESHOLD = -3


@lru_cache(maxsize=1)
def settle() -> bool:
    """Fix the C allocator's mmap threshold (once per process); whether it could be set."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # a C library without mallopt (musl)
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1
