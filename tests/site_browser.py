"""Headless Chromium (the system's) driven by Playwright, over the site served from localhost.

Used by tests/test_site_browser.py, and by hand to take screenshots of every page at a laptop width:

    .venv/bin/python tests/site_browser.py [OUTPUT_DIR]     # default: reports/screenshots/

No browser is downloaded: Playwright launches ``/usr/bin/chromium`` (Debian's ``chromium``
package; ``MZPLAN_CHROMIUM`` overrides the path). Every request that leaves the local server is
blocked and recorded, so a page that needs the network fails the test.
"""

import contextlib
import functools
import http.server
import os
import shutil
import socketserver
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlparse

CHROMIUM = os.environ.get("MZPLAN_CHROMIUM", "/usr/bin/chromium")
WIDTH, HEIGHT = 1400, 900
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path():
    """The Chromium executable, or None when it is not installed."""
    if os.path.isabs(CHROMIUM):
        return CHROMIUM if os.access(CHROMIUM, os.X_OK) else None
    return shutil.which(CHROMIUM)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@contextlib.contextmanager
def serve(directory):
    """Serve ``directory`` on 127.0.0.1 (a free port) for the duration; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler) as server:
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}/"
        finally:
            server.shutdown()


@contextlib.contextmanager
def browser_page(base_url):
    """A Playwright page in headless system Chromium; ``page.outside`` lists blocked requests and
    ``page.failed`` local requests that failed (status >= 400 or no answer)."""
    from playwright.sync_api import sync_playwright

    host = urlparse(base_url).netloc
    with tempfile.TemporaryDirectory(prefix="mzplan-chromium-") as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=chromium_path(), headless=True, args=FLAGS,
            viewport={"width": WIDTH, "height": HEIGHT})
        page = context.pages[0] if context.pages else context.new_page()
        page.outside, page.failed = [], []

        def route(request_route):
            url = request_route.request.url
            if urlparse(url).netloc == host or url.startswith(("data:", "about:")):
                request_route.continue_()
            else:
                page.outside.append(url)
                request_route.abort()

        context.route("**/*", route)
        page.on("response", lambda r: page.failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        # A request cancelled because the page moved on (net::ERR_ABORTED) is not a failure.
        page.on("requestfailed", lambda r: page.failed.append(f"failed {r.url} ({r.failure})")
                if urlparse(r.url).netloc == host and "ERR_ABORTED" not in (r.failure or "") else None)
        try:
            yield page
        finally:
            context.close()


def _editor_artefact(relative):
    """Checkpoints, backup and lock files an editor leaves (``.ipynb_checkpoints/``, ``x~``, ``x.bak``)."""
    return any(part.startswith((".ipynb_checkpoints", ".~", ".#")) for part in relative.parts) or \
        relative.name.endswith(("~", ".bak"))


def site_pages(html_dir):
    """Every HTML page of the site, relative to ``html_dir`` (index first)."""
    html_dir = Path(html_dir)
    pages = sorted(p.relative_to(html_dir).as_posix() for p in html_dir.rglob("*.html")
                   if "mathjax" not in p.relative_to(html_dir).parts and not _editor_artefact(p.relative_to(html_dir)))
    return sorted(pages, key=lambda p: (p != "index.html", p))


def screenshots(html_dir, out_dir):
    """A full-page PNG of every page at 1400 px; returns the files written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with serve(html_dir) as base, browser_page(base) as page:
        for name in site_pages(html_dir):
            page.goto(base + name, wait_until="load")
            page.wait_for_timeout(300)
            target = out_dir / (name.replace("/", "-").removesuffix(".html") + ".png")
            page.screenshot(path=str(target), full_page=True)
            written.append(target)
    return written


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from mzlib.core import paths

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else paths.REPORTS_DIR / "screenshots"
    for file in screenshots(paths.HTML_DIR, out):
        print(file)
