"""URLs as inputs: pages served by a local http.server on 127.0.0.1, never the internet."""
from __future__ import annotations

import http.server
import threading
import time
from pathlib import Path

import pytest

from figrecon.fetch import Fetched, Fetcher, is_url
from figrecon.model import Document, Skipped
from figrecon.sources import read_inputs

PAGES = Path(__file__).parent / "data" / "pages"


class Handler(http.server.BaseHTTPRequestHandler):
    hits: dict = {}

    def log_message(self, *args):  # keep the test output clean
        pass

    def do_GET(self):
        Handler.hits[self.path] = Handler.hits.get(self.path, 0) + 1
        if self.path == "/slow":
            time.sleep(1.5)
            return self._send(200, "text/html", b"<html><body><p>late</p></body></html>")
        if self.path == "/big":
            return self._send(200, "text/html", b"<html><body>" + b"<p>12 people</p>" * 5000 + b"</body></html>")
        if self.path == "/report.pdf":
            return self._send(200, "application/pdf", b"%PDF-1.7")
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/wire-politics.html")
            self.end_headers()
            return
        if self.path == "/notes.txt":
            return self._send(200, "text/plain; charset=utf-8", b"About 40 people came to the meeting.\n")
        target = PAGES / self.path.lstrip("/")
        if not target.is_file():
            return self._send(404, "text/html", b"<html><body>not here</body></html>")
        # no charset in the header: the page's own <meta charset> is used
        self._send(200, "text/html", target.read_bytes())

    def _send(self, code, content_type, body):
        try:
            self.send_response(code)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout test)


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_is_url():
    assert is_url("https://example.org/a") and is_url("HTTP://x")
    assert not is_url("http.txt") and not is_url("-") and not is_url("file:///etc/passwd")


def test_a_page_is_fetched_and_read_with_its_metadata(server, tmp_path):
    url = server + "/wire-politics.html"
    (doc,) = list(read_inputs([url], fetch=Fetcher(str(tmp_path))))
    assert doc.doc == url
    assert doc.title == "Senate passes $1.2 trillion harbour bill after late-night vote"
    assert doc.date == "2024-03-09"
    # the page's canonical address, not the local one it was served from
    assert doc.url == "https://www.wirenews.example/2024/03/09/politics/harbour-bill-senate-vote"
    assert "250,000 jobs" in doc.text and "Most Popular" not in doc.text


def test_the_cache_answers_the_second_time(server, tmp_path):
    url = server + "/business-daily"
    fetcher = Fetcher(str(tmp_path))
    first, second = fetcher(url), fetcher(url)
    assert isinstance(first, Fetched) and not first.from_cache
    assert isinstance(second, Fetched) and second.from_cache and second.data == first.data
    assert Handler.hits["/business-daily"] == 1
    assert Fetcher(str(tmp_path), cache_seconds=0)(url).from_cache is False


def test_each_failing_url_is_skipped_with_its_reason_and_the_others_go_on(server, tmp_path):
    fetcher = Fetcher(str(tmp_path), timeout=0.5, max_bytes=50_000)
    inputs = [server + "/missing.html", server + "/slow", server + "/big", server + "/report.pdf",
              server + "/regional-og.shtml", "http://127.0.0.1:9/refused"]
    records = list(read_inputs(inputs, fetch=fetcher))
    skipped = {r.path: r.reason for r in records if isinstance(r, Skipped)}
    assert skipped[server + "/missing.html"] == "cannot fetch: HTTP 404 Not Found"
    assert skipped[server + "/slow"] == "cannot fetch: no answer within 0.5 s"
    assert skipped[server + "/big"].startswith("page larger than")
    assert skipped[server + "/report.pdf"] == "not a web page (application/pdf); not read"
    assert skipped["http://127.0.0.1:9/refused"].startswith("cannot fetch:")
    (doc,) = [r for r in records if isinstance(r, Document)]
    assert doc.title == "Flooding closes 23 schools in river valley"


def test_a_redirect_and_a_plain_text_answer(server, tmp_path):
    records = list(read_inputs([server + "/moved", server + "/notes.txt"], fetch=Fetcher(str(tmp_path))))
    page, notes = records
    assert page.date == "2024-03-09"
    assert notes.text == "About 40 people came to the meeting.\n" and notes.url == server + "/notes.txt"


def test_failures_are_not_cached(server, tmp_path):
    fetcher = Fetcher(str(tmp_path))
    assert isinstance(fetcher(server + "/nothing"), Skipped)
    assert not list(tmp_path.iterdir())
