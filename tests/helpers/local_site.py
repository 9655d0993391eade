"""A web site on 127.0.0.1 for tests of fetching articles: never the network.

Each route is (status, headers, body, delay); every request path is recorded
so a test can prove that only the page itself was asked for.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STORY = """<!DOCTYPE html><html><head><meta charset="windows-1251">
<title>Пором знову курсує | Річкова газета</title>
<meta property="og:title" content="Пором знову курсує після ремонту">
<meta property="og:site_name" content="Річкова газета">
<meta property="article:published_time" content="2025-07-01T09:49:00+03:00">
<link rel="stylesheet" href="/style.css"><script src="/tracker.js"></script>
</head><body><nav><a href="/">Головна</a> <a href="/news">Новини</a></nav>
<article><h1>Пором знову курсує після ремонту</h1>
<p>Обласна рада в понеділок ухвалила рішення відновити роботу старої поромної переправи,
закритої після весняної повені, яка пошкодила причал.</p>
<img src="/pixel.png" alt="">
<p>Ремонт триватиме три тижні, повідомили посадовці. Перший рейс заплановано на серпень.</p>
<p>Мешканці прибережних сіл місяцями збирали підписи за відновлення переправи.</p>
</article><footer>© Річкова газета</footer>
<script>document.location = "/stolen?" + document.cookie;</script></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the stdlib's name
        site = self.server.site
        site.requests.append(self.path)
        status, headers, body, delay = site.routes.get(
            self.path, (404, {"Content-Type": "text/plain"}, b"no such page", 0))
        if delay:
            time.sleep(delay)
        try:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


class LocalSite:
    def __init__(self, server):
        self.server = server
        self.routes: dict[str, tuple] = {}
        self.requests: list[str] = []

    def url(self, path: str) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{path}"

    def add(self, path: str, body, content_type: str = "text/html", status: int = 200,
            delay: float = 0, **headers) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = (status, {"Content-Type": content_type, **headers}, data, delay)
        return self.url(path)


@contextmanager
def local_site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    site = LocalSite(server)
    server.site = site
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
