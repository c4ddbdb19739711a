"""Fetching the web pages a user names on the command line (``figrecon compare https://...``).

This is the only place figrecon touches the network, and only for a URL the user gave. Each
fetch has a timeout and a size limit, and its answer is kept in a local cache so that running
the same comparison again reads nothing from the network. A failure is returned as a
``Skipped`` record naming the URL and the reason, so the other inputs go on.
"""
from __future__ import annotations

import hashlib
import json
import os
import socket
import time
from dataclasses import dataclass
from typing import Optional, Union

from figrecon.model import Skipped

__all__ = ["Fetched", "Fetcher", "default_cache_dir", "is_url"]

TIMEOUT = 20.0  # seconds to connect, and between bytes received
MAX_BYTES = 10 * 1024 * 1024
CACHE_SECONDS = 24 * 3600
USER_AGENT = "figrecon (+https://pypi.org/project/figrecon/) fact-checking tool"

# Answers that are not pages: fetched, but not read as articles.
_READABLE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "")


def is_url(path: str) -> bool:
    """True for an http(s) address given where a path is expected."""
    return path.lower().startswith(("http://", "https://"))


def default_cache_dir() -> str:
    """``$FIGRECON_CACHE``, else ``$XDG_CACHE_HOME/figrecon/pages``, else ``~/.cache/figrecon/pages``."""
    if os.environ.get("FIGRECON_CACHE"):
        return os.environ["FIGRECON_CACHE"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "figrecon", "pages")


@dataclass(frozen=True)
class Fetched:
    """A page as the server sent it."""

    url: str  # the address asked for
    final_url: str  # where redirects ended
    data: bytes
    content_type: str  # "text/html", lower case, without parameters
    charset: Optional[str]  # as the server declared it, if it did
    from_cache: bool = False


class Fetcher:
    """Fetches URLs with a timeout, a size limit and a cache directory (None: no cache)."""

    def __init__(self, cache_dir: Optional[str] = None, timeout: float = TIMEOUT,
                 max_bytes: int = MAX_BYTES, cache_seconds: float = CACHE_SECONDS):
        self.cache_dir = cache_dir
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.cache_seconds = cache_seconds

    def __call__(self, url: str) -> Union[Fetched, Skipped]:
        cached = self._cached(url)
        if cached is not None:
            return cached
        result = self._get(url)
        if isinstance(result, Fetched):
            self._store(result)
        return result

    # -- network

    def _get(self, url: str) -> Union[Fetched, Skipped]:
        import urllib.error
        import urllib.request

        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    return Skipped(url, self._too_large())
                data = response.read(self.max_bytes + 1)
                if len(data) > self.max_bytes:
                    return Skipped(url, self._too_large())
                content_type = (response.headers.get_content_type() or "").lower()
                if not response.headers.get("Content-Type"):
                    content_type = ""
                charset = response.headers.get_content_charset()
                final_url = response.geturl() or url
        except urllib.error.HTTPError as error:
            return Skipped(url, f"cannot fetch: HTTP {error.code} {error.reason}")
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, (socket.timeout, TimeoutError)):
                return Skipped(url, f"cannot fetch: no answer within {self.timeout:g} s")
            return Skipped(url, f"cannot fetch: {reason}")
        except (socket.timeout, TimeoutError):
            return Skipped(url, f"cannot fetch: no answer within {self.timeout:g} s")
        except (OSError, ValueError) as error:
            return Skipped(url, f"cannot fetch: {error}")
        if content_type not in _READABLE_TYPES:
            return Skipped(url, f"not a web page ({content_type}); not read")
        return Fetched(url, final_url, data, content_type, charset)

    def _too_large(self) -> str:
        return f"page larger than {self.max_bytes // (1024 * 1024) or self.max_bytes} {'MB' if self.max_bytes >= 1024 * 1024 else 'bytes'}; not fetched"

    # -- cache

    def _paths(self, url: str) -> tuple[str, str]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return os.path.join(self.cache_dir, key + ".body"), os.path.join(self.cache_dir, key + ".json")

    def _cached(self, url: str) -> Optional[Fetched]:
        if not self.cache_dir:
            return None
        body, meta = self._paths(url)
        try:
            if time.time() - os.path.getmtime(meta) > self.cache_seconds:
                return None
            with open(meta, encoding="utf-8") as handle:
                info = json.load(handle)
            with open(body, "rb") as handle:
                data = handle.read()
        except (OSError, ValueError):
            return None
        return Fetched(url, info.get("final_url") or url, data, info.get("content_type", ""),
                       info.get("charset"), from_cache=True)

    def _store(self, page: Fetched) -> None:
        if not self.cache_dir:
            return
        body, meta = self._paths(page.url)
        try:
            os.makedirs(self.cache_dir, exist_ok=True)
            with open(body, "wb") as handle:
                handle.write(page.data)
            # The metadata is written last: a cache entry without it is never read.
            with open(meta, "w", encoding="utf-8") as handle:
                json.dump({"url": page.url, "final_url": page.final_url, "content_type": page.content_type,
                           "charset": page.charset}, handle)
        except OSError:
            pass  # a cache that cannot be written only costs a fetch next time
