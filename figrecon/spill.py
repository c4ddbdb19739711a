"""Objects kept on disk while a run reads the rest, so that memory does not grow with the input.

``compare`` on 10,000 articles holds, for each, its claims' records until grouping and a
fingerprint until stories are split (``figrecon.stories``). Kept as Python objects, they made
compare's peak memory grow with the number of articles; kept here, each costs 12 bytes of
memory, and the operating system's file cache makes reading them back cheap.
"""
from __future__ import annotations

import pickle
import tempfile
from array import array
from typing import Iterator


class Spill:
    """Objects pickled one by one into an anonymous temporary file. A claim takes about 700
    bytes of disk; compressing each (zlib) halved that but cost a fifth of grouping's time.

    The file is made at once, so that a run with no writable temporary folder stops (``OSError``)
    before it reads anything.

    Example: ``i = spill.add(claim)``; ``spill.get([i]) == [claim]``; ``list(spill)`` gives every
    object in the order added."""

    def __init__(self):
        self._file = tempfile.TemporaryFile(prefix="figrecon-")
        self._starts = array("Q")
        self._sizes = array("I")  # 4 bytes: no one object is pickled to 4 GiB

    def __len__(self) -> int:
        return len(self._starts)

    def add(self, obj) -> int:
        """Keep ``obj``; its index."""
        data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        start = self._starts[-1] + self._sizes[-1] if self._starts else 0
        self._file.seek(start)
        self._file.write(data)
        self._starts.append(start)
        self._sizes.append(len(data))
        return len(self._starts) - 1

    def append(self, obj) -> None:
        """``add``, as on a list."""
        self.add(obj)

    def truncate(self, n: int) -> None:
        """Forget the objects from index ``n`` on (their space is written over by the next)."""
        del self._starts[n:], self._sizes[n:]

    def get(self, indexes) -> list:
        """The objects at ``indexes``, in that order."""
        out = []
        for i in indexes:
            self._file.seek(self._starts[i])
            out.append(pickle.loads(self._file.read(self._sizes[i])))
        return out

    def __iter__(self) -> Iterator:
        for i in range(len(self)):
            yield self.get([i])[0]
