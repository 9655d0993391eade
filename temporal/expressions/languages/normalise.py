"""One-for-one character folding, so matches on the folded text keep their offsets.

Arabic writes the same word with or without hamza on the alef and with final
ya or alef maqsura, and its digits may be Arabic-Indic or Persian; Russian may
write ё as е; Ukrainian spells its apostrophe four ways.  Folding each of
these to one character (never removing or inserting one) lets the grammar
name a word once and still report offsets into the analyst's text.
"""
from __future__ import annotations

import re

_PAIRS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي",
    "ё": "е", "Ё": "Е",
    "’": "'", "ʼ": "'", "`": "'", "‘": "'",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    "–": "-", "—": "-", "‑": "-", "−": "-",
    "ـ": " ",  # tatweel only stretches a word
}
_PAIRS.update({chr(0x0660 + i): str(i) for i in range(10)})  # Arabic-Indic digits
_PAIRS.update({chr(0x06F0 + i): str(i) for i in range(10)})  # Persian digits
_TABLE = str.maketrans(_PAIRS)
# Most text holds none or few of the variants: finding them is cheaper than
# str.translate, which looks every character up in the table.
_VARIANT = re.compile("[" + re.escape("".join(_PAIRS)) + "]")


def fold(text: str) -> str:
    """``text`` with the variants above folded; always the same length."""
    if _VARIANT.search(text) is None:
        return text
    return _VARIANT.sub(lambda m: _PAIRS[m.group()], text)
