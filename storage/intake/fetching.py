"""Taking an article straight from its web address: one explicit fetch.

The only network access of the application, and only when the analyst asks
for it (File ▸ Import from Address…, ``main.py import PROJECT https://…``).
Exactly one document is requested: no images, styles, scripts or frames are
fetched and nothing on the page runs, so reading it is as safe as reading a
saved file.  A timeout bounds the wait, the size cap of imported files bounds
what is read (a larger body is refused, not truncated), only http and https
are followed (a redirect elsewhere is refused) and every failure becomes one
sentence naming the address.  The address typed is kept as the article's URL.
"""

from __future__ import annotations

import socket
import ssl
import urllib.error
import urllib.request
import zlib
from email.message import Message
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from storage.intake import text_decoding
from storage.intake.article_draft import ArticleDraft, ArticleReadError
from storage.intake.article_files import draft_from_bytes
from storage.intake.article_metadata import complete

TIMEOUT_SECONDS = 20
USER_AGENT = "TimelineAnnotator/0.1 (article import; one page, no subresources)"
_ACCEPTED = {"text/html": ".html", "application/xhtml+xml": ".xhtml", "text/plain": ".txt",
             "text/markdown": ".md", "application/pdf": ".pdf"}


class _SameSchemeRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http and https addresses."""

    max_redirections = 5

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise ArticleReadError(f"{req.full_url} redirects to {newurl}, "
                                   "which is not a web address; nothing was imported.")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def check_address(address: str) -> str:
    """The address stripped, or ArticleReadError saying why it cannot be fetched."""
    address = address.strip()
    try:
        parts = urlsplit(address)
        host = parts.hostname
    except ValueError:
        host = None
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not host:
        raise ArticleReadError(f"“{address}” is not a web address; it must start with "
                               "http:// or https:// and name a site.")
    return address


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return "timeout"
    if isinstance(reason, socket.gaierror):
        return "the site's name could not be found (is the address right? are you online?)"
    if isinstance(reason, ConnectionRefusedError):
        return "the site refused the connection"
    if isinstance(reason, ssl.SSLError):
        return f"its secure connection could not be checked ({reason.reason or reason})"
    return str(getattr(reason, "strerror", None) or reason)


def _inflate(data: bytes, headers: Message, address: str, limit: int) -> bytes:
    """The body without the compression a server may apply although we asked for none;
    decompressed at most to the size cap, so a small bomb cannot fill the memory."""
    coding = headers.get("Content-Encoding", "").strip().lower()
    if coding in ("", "identity"):
        return data
    if coding not in ("gzip", "x-gzip", "deflate"):
        raise ArticleReadError(f"{address} was sent compressed as “{coding}”, which cannot "
                               "be read; nothing was imported.")
    try:
        inflater = zlib.decompressobj(47 if "gzip" in coding else 15)
        body = inflater.decompress(data, limit + 1)
    except zlib.error:
        raise ArticleReadError(f"{address} sent a damaged compressed page; nothing was "
                               "imported.") from None
    if len(body) > limit:
        raise ArticleReadError(f"{address} is over {limit / 2**20:.0f} MB once uncompressed; "
                               "articles that large are refused.")
    return body


def fetch(address: str, *, timeout: float = TIMEOUT_SECONDS,
          max_bytes: int | None = None) -> tuple[bytes, Message, str]:
    """The body, headers and final address of one GET; ArticleReadError on any failure."""
    address = check_address(address)
    limit = text_decoding.MAX_ARTICLE_BYTES if max_bytes is None else max_bytes
    opener = urllib.request.build_opener(_SameSchemeRedirects())
    request = urllib.request.Request(address, headers={
        "User-Agent": USER_AGENT, "Accept": ", ".join(_ACCEPTED) + ";q=0.9, */*;q=0.1",
        "Accept-Encoding": "identity"})
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                raise ArticleReadError(
                    f"{address} is {int(declared) / 2**20:.1f} MB; articles over "
                    f"{limit / 2**20:.0f} MB are refused.")
            chunks, size = [], 0
            while size <= limit:
                chunk = response.read(64 * 1024)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
            if size > limit:
                raise ArticleReadError(f"{address} is over {limit / 2**20:.0f} MB; "
                                       "articles that large are refused.")
            data = _inflate(b"".join(chunks), response.headers, address, limit)
            return data, response.headers, response.geturl()
    except ArticleReadError:
        raise
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:  # urllib refuses redirects to file:, ftp: and the like
            raise ArticleReadError(f"{address} redirects to {exc.headers.get('Location', '?')}, "
                                   "which is not a web address; nothing was imported.") from None
        raise ArticleReadError(f"{address} could not be fetched: the site answered "
                               f"{exc.code} {exc.reason}.") from None
    except urllib.error.URLError as exc:
        reason = _reason(exc)
        if reason == "timeout":
            raise ArticleReadError(f"{address} did not answer within {timeout:g} seconds; "
                                   "nothing was imported.") from None
        raise ArticleReadError(f"{address} could not be fetched: {reason}.") from None
    except TimeoutError:
        raise ArticleReadError(f"{address} did not answer within {timeout:g} seconds; "
                               "nothing was imported.") from None
    except (OSError, ValueError) as exc:  # reset connections, bad chunking, bad ports
        raise ArticleReadError(f"{address} could not be fetched: {_reason(exc)}.") from None


def fetch_article(address: str, *, timeout: float = TIMEOUT_SECONDS,
                  max_bytes: int | None = None) -> ArticleDraft:
    """The article at ``address`` as a draft, its URL the address given."""
    address = check_address(address)
    data, headers, final = fetch(address, timeout=timeout, max_bytes=max_bytes)
    kind = headers.get_content_type()
    if kind not in _ACCEPTED:
        raise ArticleReadError(f"{address} is {kind}, not an article (a web page, "
                               "text or PDF); nothing was imported.")
    name = PurePosixPath(urlsplit(final).path).name or urlsplit(final).hostname or address
    draft = draft_from_bytes(data, address, _ACCEPTED[kind],
                             declared_encoding=headers.get_content_charset())
    draft.url = address
    draft.title = draft.title or name
    return complete(draft)
