"""Which language a text is in, and whether dates in it are found.

py3langid (a maintained, numpy-only port of langid.py whose model ships in
the wheel; nothing is downloaded) does the classifying.  Text without a
Cyrillic or Arabic letter never reaches it: those paragraphs go to the
English engine as they always did, which keeps English articles as fast and
as scored as before.  A short paragraph says little about its language, so
it takes the language of the longer text around it in the same script.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from . import COVERED

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F]")
_LETTERS = re.compile(r"[^\W\d_]")
_PARAGRAPH = re.compile(r"[^\n]+")  # news text puts one paragraph on a line
_SHORT = 60  # characters: below this a paragraph inherits the document's language
# Letters one language of a script has and its neighbour lacks.  They decide nothing
# themselves: a paragraph is handed to the classifier again only if it holds
# letters the document's language does not use (Ukrainian і ї є ґ in a Russian
# text, Russian ы э ъ in a Ukrainian one, Persian پ چ ژ گ in an Arabic one).
_FOREIGN_LETTERS = {"ru": re.compile("[іїєґІЇЄҐ]"), "uk": re.compile("[ыэъЫЭЪ]"),
                    "ar": re.compile("[پچژگ]")}
NAMES = {"en": "English", "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "be": "Belarusian",
         "bg": "Bulgarian", "sr": "Serbian", "mk": "Macedonian", "kk": "Kazakh", "fa": "Persian",
         "ur": "Urdu", "ps": "Pashto", "fr": "French", "de": "German", "es": "Spanish",
         "it": "Italian", "pt": "Portuguese", "pl": "Polish", "tr": "Turkish", "he": "Hebrew",
         "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "nl": "Dutch", "ro": "Romanian"}


class Reading(NamedTuple):
    """A text's language as the reading pane reports it."""

    code: str       # ISO 639-1, "" when there is nothing to read
    name: str       # English name for the analyst
    covered: bool   # whether find_expressions reads dates in it


# Letters of one script, and letters of any other: a paragraph is in the script of
# most of its letters.  Those of the other scripts are few in a paragraph of one
# script, so they are counted and the script's own letters only until they outnumber
# them (counting every letter of every paragraph was most of the detection time).
_CYRILLIC_LETTER = re.compile(r"(?![\W\d_])[\u0400-\u04FF]")
_ARABIC_LETTER = re.compile(r"(?![\W\d_])[\u0600-\u06FF\u0750-\u077F]")
_NOT_CYRILLIC = re.compile(r"[^\W\d_\u0400-\u04FF]")
_NOT_ARABIC = re.compile(r"[^\W\d_\u0600-\u06FF\u0750-\u077F]")


def _outnumber(letters: re.Pattern, text: str, others: int) -> bool:
    """Whether ``text`` holds more than ``others`` matches of ``letters``."""
    return next(islice(letters.finditer(text), others, None), None) is not None


def _script(text: str) -> str:
    """The script of most of the letters: a Russian name quoted in English stays English."""
    for name, letters, others in (("cyrillic", _CYRILLIC_LETTER, _NOT_CYRILLIC),
                                  ("arabic", _ARABIC_LETTER, _NOT_ARABIC)):
        if letters.search(text) is not None and \
                _outnumber(letters, text, len(others.findall(text))):
            return name
    return "latin"


def has_foreign_script(text: str) -> bool:
    """Whether ``text`` holds any Cyrillic or Arabic letter (else it is read as English)."""
    return _CYRILLIC.search(text) is not None or _ARABIC.search(text) is not None


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


_SAMPLE = 2000  # characters: more does not change the verdict, only the time


def classify(text: str) -> str:
    """The language code py3langid gives ``text`` (judged on its first characters)."""
    return _identifier().classify(text[:_SAMPLE])[0]


def _script_language(text: str, script: str) -> str:
    """The language of ``text`` among those written in ``script``.

    For Cyrillic, Ukrainian and Russian are compared directly when the
    classifier's first choice is another Cyrillic language on a short text.
    """
    code = classify(text)
    if script == "cyrillic" and code not in ("ru", "uk"):
        ranked = dict(_identifier().rank(text[:_SAMPLE]))
        if len(_LETTERS.findall(text)) < 400 and max(ranked.get("ru", -1e9),
                                                      ranked.get("uk", -1e9)) > -1e8:
            return "ru" if ranked.get("ru", -1e9) >= ranked.get("uk", -1e9) else "uk"
    return code


def paragraphs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, language) for each run of paragraphs in one language.

    Latin-script paragraphs are "en" (read by the English engine) without
    classifying; the others are classified, short ones inheriting the language
    of all the text of their script.
    """
    spans = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)] or [(0, len(text))]
    scripts = [_script(text[s:min(e, s + 400)]) for s, e in spans]  # a sample is enough
    whole: dict[str, str] = {}
    for script in set(scripts) - {"latin"}:
        joined = "\n".join(text[s:e] for (s, e), sc in zip(spans, scripts) if sc == script)
        whole[script] = _script_language(joined, script)
    runs: list[tuple[int, int, str]] = []
    for (s, e), script in zip(spans, scripts):
        if script == "latin":
            code = "en"
        else:
            code = whole[script]
            gate = _FOREIGN_LETTERS.get(code)
            if e - s >= _SHORT and (gate is None or gate.search(text, s, e)):
                code = _script_language(text[s:e], script)
        if runs and runs[-1][2] == code:
            runs[-1] = (runs[-1][0], e, code)
        else:
            runs.append((s if runs else 0, e, code))
    if runs:
        runs[-1] = (runs[-1][0], len(text), runs[-1][2])
    return runs


def read_language(text: str) -> Reading:
    """The main language of ``text`` (by letters) and whether its dates are found."""
    if not _LETTERS.search(text or ""):
        return Reading("", "", False)
    script = _script(text)
    if script == "latin":
        code = classify(text)
    else:
        weights: dict[str, int] = {}
        for s, e, code in paragraphs(text):
            weights[code] = weights.get(code, 0) + len(_LETTERS.findall(text, s, e))
        code = max(weights, key=weights.get)
        if code == "en":
            code = classify(text)
    return Reading(code, NAMES.get(code, code), code in COVERED or code == "en")
