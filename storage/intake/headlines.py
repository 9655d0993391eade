"""The headline of a plain-text article: its title line, or one made from its lead.

Copies of news pages start with whatever the copy caught: a status code, a
timestamp, a byline ("By Paul Liotta | pliotta@…"), a newsletter promo, a
section heading ("What happened"), and often no headline at all, only the
lead paragraph.  The title the analyst sees in the article list must read as
a headline, so those lines are passed over, and a lead is shortened to its
first sentence's main clause (the attribution "…, officials said Tuesday" and
trailing participle clauses go) rather than shown as 170 characters of text.
"""

from __future__ import annotations

import re

from temporal.datelines import first_lines, is_timestamp_line

# A title line longer than this is a paragraph; a lead's headline is cut near this.
MAX_HEADLINE_CHARS = 150
_CUT_AT = 110
_LEAD_CHARS = 1000  # a first sentence longer than this is not going to be cut well anyway
_BYLINE = re.compile(r"^(?:by|від|автор[иы]?:?|бы|بقلم|كتب|written\s+by)\s+\S|@\w+\.\w+|"
                     r"^(?:photo|фото|credit)\s*:", re.IGNORECASE)
_PROMO = re.compile(
    r"^(?:sign\s+up|subscribe|follow\s+us|read\s+(?:more|also)|related|advertisement|"
    r"(?:editor'?s\s+)?note\s*:|listen|watch|share|click|download|support\s+us|"
    r"this\s+story\s+is|skip\s+to|cookies?|we\s+use\s+cookies|"
    r"(?:last\s+)?updated|published|posted|обновлено|оновлено|опубликовано|опубліковано|"
    r"подписывайтесь|підписуйтесь|читайте\s+(?:также|також)|реклама|"
    r"اشترك|تابعونا|اقرأ\s+أيضا)", re.IGNORECASE)
# Headings of a story's sections, not of the story: "What happened", "Key points".
_SECTION = re.compile(
    r"^(?:(?:what|why|how|who|where|when|что|почему|как|кто|где|що|чому|як|хто|де|ماذا|لماذا|كيف)"
    r"(?:\s+\S+){0,2}|background|context|summary|key\s+(?:points|facts)|analysis|"
    r"latest(?:\s+news)?|live(?:\s+updates)?|updates?|контекст|подробности|подробиці|"
    r"главное|головне|خلفية|ملخص)\s*[:.]?$", re.IGNORECASE)
# A breadcrumb trail: "Home > World > Europe", "Новини / Світ".
_BREADCRUMB = re.compile(r"^(?:[^\s>›»/|]+(?:\s[^\s>›»/|]+){0,2}\s*[>›»/|]\s*){2,}"
                         r"[^\s>›»/|]+(?:\s[^\s>›»/|]+){0,2}$")
# A page title's tail naming the section or the site: " | World news | The Guardian".
_SITE_TAIL = re.compile(r"(?:\s+\|\s+[^|]{1,40})+$")
# Where a lead's main clause ends: an attribution or a trailing clause follows.
_ATTRIBUTION = re.compile(
    r"^(?:\S+\s+){0,5}?(?:said|says|told|reported|announced|according|"
    r"сообщил[аи]?|заявил[аи]?|передает|передає|повідомил[аи]?|повідомляє|заявив|"
    r"قال|قالت|أعلن|وفق)\b", re.IGNORECASE)
_TRAILING = re.compile(r"^(?:\w+ing|after|before|while|which|who|as|amid|despite|"
                       r"после|пока|который|которая|після|поки|який|яка|بعد|حيث)\b",
                       re.IGNORECASE)
_BOUNDARY = re.compile(r"\s[–—]\s|\s-\s|[,;:،]\s")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»]?\s+(?=[\"“«(]?[^\W\d_])")
_ABBREVIATION = re.compile(r"(?:\b[^\W\d_]{1,3}|\b(?:[^\W\d_]\.)+)[.]$")
_PARENTHESIS = re.compile(r"\s*\([^()]{0,60}\)")
_LEAD_DATELINE = re.compile(r"^(?:[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ'’. -]+(?:,[^—–(]{2,40}?)?\s*"
                            r"(?:\([^)]{2,30}\))?\s*[—–-]+\s*|\([A-Za-z][^)]{1,28}\)\s*[—–-]*\s*)")
_APPOSITION = re.compile(r",\s(?:[A-ZА-ЯЁІЇЄҐ][\w'’.-]*\s?){1,4},\s")


def _passed_over(line: str) -> bool:
    """Lines that are never a headline."""
    return (not any(ch.isalpha() for ch in line) or len(line.split()) < 2
            or bool(_SECTION.match(line)) or bool(_BREADCRUMB.match(line))
            or bool(_BYLINE.search(line)) or bool(_PROMO.match(line))
            or is_timestamp_line(line))


def _is_headline(line: str) -> bool:
    """A title line as it stands: short and not a finished sentence of prose."""
    if len(line) > MAX_HEADLINE_CHARS:
        return False
    return not line.endswith(".") or (len(line) <= 80 and line.count(". ") == 0
                                       and len(line.split()) <= 12)


def _first_sentence(text: str) -> str:
    """Up to the first full stop that does not end an abbreviation ("Aug.", "U.S.")."""
    for match in _SENTENCE_END.finditer(text):
        head = text[:match.start()]
        if not _ABBREVIATION.search(head):
            return head
    return text


def headline_from_lead(lead: str, *, apposition_gone: bool = False) -> str:
    """A headline-length title from a lead paragraph: its first sentence, shortened
    at the end of its main clause, else at a word with "…"."""
    sentence = _LEAD_DATELINE.sub("", lead.strip()[:_LEAD_CHARS], count=1)
    sentence = _PARENTHESIS.sub("", _first_sentence(sentence)).strip()
    sentence = sentence.rstrip(".").strip()
    if len(sentence) <= _CUT_AT:
        return sentence
    bounds = [m for m in _BOUNDARY.finditer(sentence) if m.start() >= 35]
    for bound in bounds:
        rest = sentence[bound.end():]
        dash = bound.group().strip() in "–—-"
        if bound.start() <= MAX_HEADLINE_CHARS and (
                _ATTRIBUTION.match(rest) or _TRAILING.match(rest) or dash):
            return sentence[:bound.start()].rstrip(" ,;:")
    shorter = _APPOSITION.sub(" ", sentence, count=1)
    if shorter != sentence and not apposition_gone:
        return headline_from_lead(shorter, apposition_gone=True)
    if len(sentence) <= MAX_HEADLINE_CHARS - 10:
        return sentence
    late = [b for b in bounds if 60 <= b.start() <= _CUT_AT]
    if late:
        return sentence[:late[-1].start()].rstrip(" ,;:")
    words = sentence[:_CUT_AT].split()[:-1] or sentence[:_CUT_AT].split()
    while len(words) > 6 and len(words[-1]) <= 3 and words[-1].islower():
        words.pop()  # "…of the village of Dachne in…": end on a content word
    return " ".join(words).rstrip(" ,;:") + "…"


def headline(text: str) -> str:
    """The article's headline, or "" when it has only one line of content.

    The first line that may be one is taken as it stands if it reads as a
    title, else made into one from the lead it starts.
    """
    lines = first_lines(text, 12)
    if len(lines) < 2:
        return ""
    for line in lines:
        if _passed_over(line):
            continue
        if _is_headline(line):
            title = " ".join(line.split())
            return _SITE_TAIL.sub("", title) or title
        return headline_from_lead(" ".join(line.split()))
    return ""
