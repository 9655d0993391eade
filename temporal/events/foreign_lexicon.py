"""Russian, Ukrainian and Arabic words that name happenings, as stems.

Why stems and not forms, as the English lexicon has: a Russian or Ukrainian
verb or noun takes a dozen endings (атака, атаки, атаковали, атакувала) and an
Arabic one its clitics and suffixes (الهجوم, وهجمات, بقصف), so a stem with the
ending left open names them all. The families are the English ones, so
deduplication and matching compare a Russian "удар" with an English "strike".
Stems short enough to begin unrelated words are excluded by the longer words
they would wrongly take (Ukrainian "наступ" is an offensive, "наступний" is
"next"). Reporting verbs ("сообщил", "قال") are the article's sources speaking:
like English "said" they are no event. The function words keep a clause's
fallback trigger and its title off "так", "з", "منذ".
"""
from __future__ import annotations

import re

# family -> stems, Russian and Ukrainian together (their stems are often one)
_CYRILLIC: dict[str, tuple[str, ...]] = {
    "attack": ("атак", "атаку", "удар", "обстрел", "обстріл", "бомбард", "бомбил", "бомбув",
               "взрыв", "вибух", "сбит", "сбил", "збит", "збил", "збив", "поразил", "уразил",
               "уражен", "поражен", "штурм", "наступ", "вторжен", "вторгл", "вторгн",
               "напад", "напал", "налет", "наліт", "обстрелял", "запустил", "запустила",
               "запустили", "запусти"),
    "death": ("погиб", "загин", "загибел", "убит", "убил", "убив", "вбит", "вбив", "ранен",
              "поранен", "пострадал", "постраждал", "жертв"),
    "capture": ("захват", "захвати", "захопи", "захопл", "оккупир", "окупув", "окупац",
                "оккупац", "отступ", "відступ"),
    "meeting": ("разговор", "розмов", "переговор", "перемов", "встреч", "встрети", "зустріч",
                "зустрі", "созвон", "звонок", "дзвінок", "визит", "візит", "саммит", "саміт",
                "бесед"),
    "legal": ("арест", "заарешт", "задержа", "затрима", "приговор", "вирок", "осужд",
              "засуд", "обвин", "звинува"),
    "politics": ("отмени", "отмен", "скасува", "скасов", "подписа", "підписа", "объяви",
                 "оголоси", "назначи", "призначи", "запрет", "заборон", "санкц", "соглашен",
                 "угод", "перемири", "перемир", "эвакуац", "евакуац", "эвакуир", "евакуюв",
                 "решени", "рішенн", "ввел", "ввели", "запровади", "приостанов", "призупин",
                 "возобнов", "відновил", "відновл", "ограничени", "обмеженн", "закрыл",
                 "закрил", "открыл", "відкрил"),
    "disaster": ("пожар", "пожеж", "наводнен", "повін", "паводк", "землетрясен", "землетрус",
                 "авари", "аварі", "катастроф", "обрушен", "обвал"),
}
_CYRILLIC_NOT = ("наступн", "ударн", "встречн", "зустрічн", "жертвува", "визитк", "угодн",
                 "удаленн", "атакуюч")
_CYRILLIC_REPORTING = ("сообщ", "повідом", "заяви", "заява", "заявл", "сказа", "отмети",
                       "зазначи", "подчеркну", "підкресли", "наголоси", "рассказа", "розпові",
                       "передает", "передає", "пишет", "пише", "информир", "інформу",
                       "уточни", "добави", "додав", "напомни", "нагада", "отмеча", "зазнача")

# Arabic: what a word is once its clitics are taken off (و ف ب ل ال)
_ARABIC: dict[str, tuple[str, ...]] = {
    "attack": ("هجوم", "هجمات", "هاجم", "غارة", "غارات", "قصف", "ضربة", "ضربات", "استهداف",
               "استهدف", "انفجار", "اعتداء", "اقتحام", "اقتحم"),
    "death": ("مقتل", "قتلى", "قتل", "مصرع", "إصابة", "أصيب", "جرحى", "وفاة", "استشهاد",
              "استشهد"),
    "meeting": ("اتصال", "مكالمة", "محادثات", "محادثة", "اجتماع", "لقاء", "التقى", "قمة",
                "زيارة", "مباحثات", "مفاوضات"),
    "politics": ("قرار", "اتفاق", "عقوبات", "انتخاب", "تعيين", "استقالة", "إعلان"),
    "legal": ("اعتقال", "اعتقل", "محاكمة", "اتهام"),
    "disaster": ("زلزال", "فيضان", "حريق", "انهيار"),
}
_ARABIC_REPORTING = ("قال", "أعلن", "ذكر", "أكد", "أضاف", "أوضح", "صرح", "أفاد", "أشار",
                     "بيان", "وفق")
_ARABIC_VERBS = {"هاجم", "قصف", "استهدف", "اقتحم", "قتل", "أصيب", "استشهد", "التقى",
                 "اعتقل", "أعلن"}
_ARABIC_CLITICS = re.compile(r"^(?:[وف](?=..{3}))?(?:بال|لل|ال|ب(?=..{3})|ل(?=..{3}))?")

# Words of no content, kept out of fallback triggers and the ends of titles.
FOREIGN_FUNCTION = frozenset("""
и й а но или что чтобы как так также тоже уже еще ещё это этот эта эти тот та те то
в во на с со к ко по о об от до за из из-за под над при для без про через между у
он она оно они его ее её их ему ей им был была было были будет не ни же ли бы
і та й але або що щоб як також вже ще це цей ця ці той ті з зі із до від за на по
про через між під над при для без у в він вона воно вони його її їх йому їй їм був
була було були буде не ні ж чи б
في من على إلى عن مع أن إن أو ثم قد لقد كان كانت هذا هذه ذلك تلك التي الذي الذين منذ
بين حتى عند بعد قبل خلال لم لن لا ما كما وقد وفي ومن وعلى
""".split())
FOREIGN_PREPOSITIONS = frozenset("""
в во на с со к ко по о об от до за из под над при для без про через между у около после
перед з зі із від під між біля після
في من على إلى عن مع بين منذ خلال بعد قبل عند حتى ضد نحو
""".split())
# Russian and Ukrainian adjective endings: what may stand before a noun as its modifier.
ADJECTIVE = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ую|юю|ых|их|ым|им|ыми|"
                       r"ими|ій|ої|ою|ськ[аеі]|цьк[аеі])$")
# Before a verb, these say it did not (or only might, or was to) happen: "не был сбит",
# "должен был пройти", "لم يقع".
FOREIGN_NEGATIONS = frozenset({"не", "ни", "ні", "бы", "б", "лишь", "лише", "لم", "لن",
                               "لا", "должен", "должна", "должно", "должны", "мав", "мала",
                               "мали", "має", "повинен", "повинна", "может", "могут", "може",
                               "можуть", "планирует", "планируют", "планує", "планують"})


def _table(families: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {stem: family for family, stems in families.items() for stem in stems}


_CYRILLIC_STEMS = _table(_CYRILLIC)
_CYRILLIC_STEMS.update(dict.fromkeys(_CYRILLIC_REPORTING, "report"))
_ARABIC_STEMS = _table(_ARABIC)
_ARABIC_STEMS.update(dict.fromkeys(_ARABIC_REPORTING, "report"))
_LONGEST = max(len(s) for s in (*_CYRILLIC_STEMS, *_ARABIC_STEMS))
# A Russian or Ukrainian past-tense (-л, -ла, -ли, -в) or infinitive (-ть, -ти) ending.
_CYRILLIC_VERB = re.compile(r"(?:л[аои]?|[аиеі]в|т[ьи])(?:ся|сь)?$")
_CYRILLIC_PAST = re.compile(r"(?:л[аои]?|[аиеі]в)(?:ся|сь)?$")


def _longest_stem(word: str, stems: dict[str, str]) -> str | None:
    for n in range(min(len(word), _LONGEST), 2, -1):
        if word[:n] in stems:
            return word[:n]
    return None


def lookup(word: str) -> tuple[str, str, bool] | None:
    """(family, tense, noun) of a Russian, Ukrainian or Arabic word that names a
    happening or a report, or None. ``word`` is casefolded."""
    first = word[:1]
    if "а" <= first <= "я" or first in "ёіїєґ":
        if word.startswith(_CYRILLIC_NOT):
            return None
        stem = _longest_stem(word, _CYRILLIC_STEMS)
        if stem is None:
            return None
        verb = bool(_CYRILLIC_VERB.search(word))
        tense = "past" if _CYRILLIC_PAST.search(word) else "base"
        return _CYRILLIC_STEMS[stem], tense, not verb
    if "\u0621" <= first <= "\u064a":
        bare = _ARABIC_CLITICS.sub("", word, count=1)
        stem = _longest_stem(bare, _ARABIC_STEMS)
        if stem is None:
            return None
        verb = stem in _ARABIC_VERBS and bare == stem and not word.startswith("ال")
        return _ARABIC_STEMS[stem], "past" if verb else "base", not verb
    return None
