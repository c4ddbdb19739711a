"""The HTML report opened in a real browser (headless Chromium).

Checks that the page draws something (the screenshot is not blank), that the DOM holds one chart
per conflicting group, and that opening it loads nothing from the network: Chromium is pointed at
a local recording proxy, and a control page that does load an image proves the proxy sees loads.

Skips, saying why, where no Chromium is installed; CI (.ci/run) installs Debian's chromium and
sets FIGRECON_REQUIRE_BROWSER=1, which turns the skip into a failure.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import struct
import subprocess
import threading
import zlib
from pathlib import Path

import pytest

from tests.conftest import CORPUS

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Chromium's own background services (updates, sign-in, clock): requests the browser makes
# whatever page is open, which its flags cannot all switch off. A page's loads (fonts.googleapis.com,
# a CDN, an image host) are not among these hosts.
BROWSER_OWN_HOSTS = ("update.googleapis.com", "accounts.google.com", "clients2.google.com",
                     "clientservices.googleapis.com", "safebrowsing.googleapis.com",
                     "optimizationguide-pa.googleapis.com", "content-autofill.googleapis.com",
                     "redirector.gvt1.com", "edgedl.me.gvt1.com", "android.clients.google.com")


def _page_requests(requests: list[str]) -> list[str]:
    """The proxied requests that did not come from the browser's own services."""
    def host(line: str) -> str:
        target = line.split(" ")[1] if " " in line else line
        return target.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()

    return [r for r in requests if host(r) not in BROWSER_OWN_HOSTS]


def _browser() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    reason = "no Chromium found (looked for " + ", ".join(BROWSERS) + "); install Debian's chromium to run it"
    if os.environ.get("FIGRECON_REQUIRE_BROWSER") == "1":
        pytest.fail(reason + " - FIGRECON_REQUIRE_BROWSER is set, so the browser test must run")
    pytest.skip(reason)


class RecordingProxy:
    """An HTTP proxy that answers nothing and records every request line it is sent."""

    def __init__(self):
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.port = self.server.getsockname()[1]
        self.requests: list[str] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    first = conn.recv(4096).split(b"\r\n", 1)[0].decode("latin-1")
                except OSError:
                    continue
                if first:
                    self.requests.append(first)
                try:
                    conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                except OSError:
                    pass

    def close(self):
        self.server.close()


def _chromium(browser: str, proxy: RecordingProxy, profile: Path, *args: str) -> subprocess.CompletedProcess:
    command = [
        browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        f"--user-data-dir={profile}", f"--proxy-server=http://127.0.0.1:{proxy.port}",
        "--proxy-bypass-list=<-loopback>", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps",
        "--disable-features=Translate,OptimizationHints,MediaRouter,NetworkTimeServiceQuerying,"
        "CertificateTransparencyComponentUpdater,AutofillServerCommunication",
        "--disable-client-side-phishing-detection", "--disable-domain-reliability", "--no-pings",
        "--disable-breakpad", "--no-service-autorun", "--hide-scrollbars",
        "--window-size=1200,1600", "--virtual-time-budget=3000", *args,
    ]
    return subprocess.run(command, capture_output=True, timeout=120)


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit, non-interlaced RGB or RGBA PNG into rows of pixel bytes."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, channels, rows


@pytest.fixture(scope="module")
def report(tmp_path_factory, nlp):
    from typer.testing import CliRunner

    from figrecon.cli import app

    folder = tmp_path_factory.mktemp("report")
    out = folder / "report.html"
    result = CliRunner().invoke(app, ["compare", str(CORPUS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    groups = json.loads(CliRunner().invoke(app, ["compare", str(CORPUS), "-f", "json"]).stdout)["groups"]
    return out, sum(g["conflict"] for g in groups)


def test_report_in_headless_chromium(report, tmp_path):
    browser = _browser()
    out, conflicting = report
    proxy = RecordingProxy()
    try:
        # the control: a page that loads an image from the network, which the proxy must see
        control = tmp_path / "control.html"
        control.write_text('<html><body><img src="http://figrecon-control.invalid/pixel.png"></body></html>')
        _chromium(browser, proxy, tmp_path / "profile0", "--dump-dom", control.as_uri())
        assert any("figrecon-control.invalid" in r for r in _page_requests(proxy.requests)), proxy.requests
        proxy.requests.clear()

        shot = tmp_path / "shot.png"
        done = _chromium(browser, proxy, tmp_path / "profile1", f"--screenshot={shot}", out.as_uri())
        assert shot.is_file(), done.stderr.decode(errors="replace")[-2000:]
        dom = _chromium(browser, proxy, tmp_path / "profile2", "--dump-dom", out.as_uri()).stdout.decode()
        loaded = _page_requests(proxy.requests)
    finally:
        proxy.close()

    assert loaded == [], f"the report loaded {loaded}"
    assert dom.count('<svg class="chart"') == conflicting > 0
    assert dom.count("<section class=\"group\"") == conflicting

    width, channels, rows = _png_pixels(shot.read_bytes())
    background = rows[0][:3]
    inked = sum(
        1 for row in rows[::4] for x in range(0, width * channels, channels * 4)
        if row[x:x + 3] != background
    )
    sampled = len(rows[::4]) * len(range(0, width * channels, channels * 4))
    # text, bars and tables cover a good part of the first screen of a report
    assert inked / sampled > 0.02, f"screenshot nearly blank: {inked} of {sampled} sampled pixels drawn"
    colours = {row[x:x + 3] for row in rows[::8] for x in range(0, width * channels, channels * 8)}
    assert len(colours) > 20, "screenshot has almost no colours: nothing was drawn"
