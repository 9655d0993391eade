"""Which outlet published an article, from its address, its file name or a wire credit.

A page says so itself (``og:site_name``, read with the rest of its metadata);
a plain-text copy does not, but its address or the name the analyst saved it
under usually does ("…-ap-startribune-2025-07-01.txt", "kyivindependent.com").
Turning "startribune" or a domain into "Star Tribune" needs a list of outlets:
this is that list (wire agencies and outlets that news analysts read most,
in English, Ukrainian, Russian and Arabic), keyed by domain and by the short
names people use in file names. An address whose outlet is not listed gives
its domain, which is still what an analyst would write.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# name, domains, file-name slugs (lower case, words joined by "-"), wire agency?
_OUTLETS = (
    ("Reuters", "reuters.com", "reuters", True),
    ("Associated Press", "apnews.com ap.org", "ap apnews associated-press", True),
    ("AFP", "afp.com", "afp", True),
    ("Bloomberg", "bloomberg.com", "bloomberg", True),
    ("TASS", "tass.ru tass.com", "tass", True),
    ("RIA Novosti", "ria.ru", "ria ria-novosti", True),
    ("Interfax", "interfax.ru interfax.com.ua interfax.com", "interfax", True),
    ("Ukrinform", "ukrinform.net ukrinform.ua", "ukrinform", True),
    ("UNIAN", "unian.ua unian.net unian.info", "unian", True),
    ("Anadolu Agency", "aa.com.tr", "anadolu", True),
    ("Xinhua", "xinhuanet.com news.cn", "xinhua", True),
    ("dpa", "dpa.com", "dpa", True),
    ("EFE", "efe.com", "efe", True),
    ("MENAFN", "menafn.com", "menafn", True),
    ("BBC News", "bbc.co.uk bbc.com", "bbc bbc-news", False),
    ("CNN", "cnn.com", "cnn", False),
    ("The New York Times", "nytimes.com", "nytimes nyt", False),
    ("The Washington Post", "washingtonpost.com", "washingtonpost wapo", False),
    ("The Guardian", "theguardian.com guardian.co.uk", "guardian theguardian", False),
    ("The Wall Street Journal", "wsj.com", "wsj", False),
    ("Financial Times", "ft.com", "ft financial-times", False),
    ("The Economist", "economist.com", "economist", False),
    ("Politico", "politico.com politico.eu", "politico", False),
    ("Axios", "axios.com", "axios", False),
    ("NPR", "npr.org", "npr", False),
    ("NBC News", "nbcnews.com", "nbcnews nbc", False),
    ("CBS News", "cbsnews.com", "cbsnews cbs", False),
    ("ABC News", "abcnews.go.com", "abcnews", False),
    ("Fox News", "foxnews.com", "foxnews", False),
    ("CNBC", "cnbc.com", "cnbc", False),
    ("USA Today", "usatoday.com", "usatoday", False),
    ("Los Angeles Times", "latimes.com", "latimes", False),
    ("Newsweek", "newsweek.com", "newsweek", False),
    ("The Independent", "independent.co.uk", "independent", False),
    ("The Telegraph", "telegraph.co.uk", "telegraph", False),
    ("Sky News", "news.sky.com sky.com", "skynews sky-news", False),
    ("Deutsche Welle", "dw.com", "dw", False),
    ("France 24", "france24.com", "france24", False),
    ("Euronews", "euronews.com", "euronews", False),
    ("Le Monde", "lemonde.fr", "lemonde le-monde", False),
    ("Der Spiegel", "spiegel.de", "spiegel", False),
    ("Radio Free Europe/Radio Liberty", "rferl.org", "rferl", False),
    ("Al Jazeera", "aljazeera.com aljazeera.net", "aljazeera al-jazeera", False),
    ("Al Arabiya", "alarabiya.net", "alarabiya al-arabiya", False),
    ("Asharq Al-Awsat", "aawsat.com", "aawsat asharq-al-awsat", False),
    ("Ahram Online", "ahram.org.eg", "ahram", False),
    ("Copts United", "copts-united.com", "copts-united", False),
    ("The Times of Israel", "timesofisrael.com", "timesofisrael", False),
    ("Haaretz", "haaretz.com", "haaretz", False),
    ("The Kyiv Independent", "kyivindependent.com", "kyivindependent kyiv-independent", False),
    ("Kyiv Post", "kyivpost.com", "kyivpost kyiv-post", False),
    ("Ukrainska Pravda", "pravda.com.ua", "pravda-ua ukrainska-pravda", False),
    ("Dialog.UA", "dialog.ua", "dialog-ua", False),
    ("Hromadske", "hromadske.ua", "hromadske", False),
    ("Suspilne", "suspilne.media", "suspilne", False),
    ("RBC-Ukraine", "rbc.ua", "rbc-ua", False),
    ("Meduza", "meduza.io", "meduza", False),
    ("Novaya Gazeta", "novayagazeta.ru novayagazeta.eu", "novayagazeta novaya-gazeta", False),
    ("Kommersant", "kommersant.ru", "kommersant", False),
    ("RBC", "rbc.ru", "rbc", False),
    ("RT", "rt.com", "rt", False),
    ("Lenta.ru", "lenta.ru", "lenta", False),
    ("Izvestia", "iz.ru", "izvestia", False),
    ("Ruposters", "ruposters.ru", "ruposters", False),
    ("URA.RU", "ura.news ura.ru", "ura-ru", False),
    ("Star Tribune", "startribune.com", "startribune star-tribune", False),
    ("India Today", "indiatoday.in", "indiatoday india-today", False),
    ("WION", "wionews.com", "wion wionews", False),
    ("The Times of India", "timesofindia.indiatimes.com", "timesofindia toi", False),
    ("Hindustan Times", "hindustantimes.com", "hindustantimes", False),
    ("NDTV", "ndtv.com", "ndtv", False),
    ("KUT", "kut.org", "kut", False),
    ("Texas Public Radio", "tpr.org", "tpr", False),
    ("Spokane Public Radio", "spokanepublicradio.org", "spokanepublicradio", False),
)
_BY_DOMAIN = {domain: (name, wire) for name, domains, _, wire in _OUTLETS
              for domain in domains.split()}
_BY_SLUG = {slug: (name, wire) for name, _, slugs, wire in _OUTLETS for slug in slugs.split()}
_BY_NAME = {name.lower(): (name, wire) for name, _, _, wire in _OUTLETS}
_TOKENS = re.compile(r"[^a-z0-9]+")


def outlet_from_url(url: str) -> str:
    """The listed outlet of an address's domain, else the domain ("example.org"), else ""."""
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""
    host = host.removeprefix("www.")
    parts = host.split(".")
    for start in range(len(parts) - 1):
        known = _BY_DOMAIN.get(".".join(parts[start:]))
        if known:
            return known[0]
    return host if "." in host else ""


def outlet_from_name(name: str) -> str:
    """The outlet(s) a file name mentions by their short names, or "".

    A publisher that ran a wire story is named with the wire: "…-ap-startribune-…"
    gives "Star Tribune (Associated Press)".
    """
    tokens = [t for t in _TOKENS.split(name.lower()) if t]
    found: list[tuple[str, bool]] = []
    i = 0
    while i < len(tokens):
        for size in (3, 2, 1):
            known = _BY_SLUG.get("-".join(tokens[i:i + size]))
            if known and i + size <= len(tokens):
                if known not in found:
                    found.append(known)
                i += size - 1
                break
        i += 1
    return combine(found)


def agency_name(credit: str) -> str:
    """A wire credit as the list names it ("AP" → "Associated Press"); else as written."""
    key = credit.strip().lower()
    known = _BY_SLUG.get(key.replace(" ", "-")) or _BY_NAME.get(key)
    return known[0] if known else credit.strip()


def known_outlet(words: str) -> str:
    """The listed outlet ``words`` name ("Associated Press", "AP", "bbc"), or ""."""
    key = " ".join(words.split()).lower()
    known = _BY_NAME.get(key) or _BY_SLUG.get(key.replace(" ", "-"))
    return known[0] if known else ""


def is_wire(name: str) -> bool:
    known = _BY_NAME.get(name.strip().lower())
    return bool(known and known[1])


def combine(found: list[tuple[str, bool]]) -> str:
    publishers = [name for name, wire in found if not wire]
    wires = [name for name, wire in found if wire]
    if publishers and wires:
        return f"{publishers[0]} ({wires[0]})"
    return (publishers or wires or [""])[0]
