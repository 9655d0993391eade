"""Write a large, realistic project file for the scale benchmarks (issue 6).

    python bench/generate_project.py [--articles 10000] [--events 100000] OUT.sqlite
    python bench/generate_project.py --small OUT.sqlite        # 30 articles, 300 events

Why generated and not copied: the benchmarks need a year of reading (10,000
articles, 100,000 events) in several languages and scripts, and the texts must
be ours to publish, so they are made from the word lists below.

The file is opened with ``storage.Project`` (so it has exactly the app's
schema, migrations and full-text triggers) and filled in one transaction with
``executemany``; every column is computed the way the app computes it: UUIDs,
``content_hash``, NFC texts, code-point passage offsets with their quote and
32-character context, and date columns from ``temporal.dates.EventDate``.
Seeded, so two runs write the same content.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import unicodedata
import uuid as uuidlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storage import Project  # noqa: E402
from storage.annotations import CONTEXT_CHARS  # noqa: E402
from storage.articles import content_hash  # noqa: E402
from storage.events import CONFIDENCE_LEVELS, date_columns  # noqa: E402
from temporal.date_units import MONTH_NAMES  # noqa: E402
from temporal.dates import EventDate, Precision, unit_span  # noqa: E402

WORDS = {
    "en": ("the officials said forces city region drone strike attack talks ministry army "
           "police report residents power plant border troops government minister president "
           "agency statement local sources damage building civilians village overnight "
           "air defence missile shelling convoy port grain deal sanctions parliament vote "
           "election protest court ruling investigation energy supply water aid evacuation "
           "hospital school bridge railway station factory warehouse fuel depot repair crews "
           "according to spokesperson confirmed denied claimed warned announced reported "
           "a of in on at with after before during near against into from by and but while "
           "several dozens many new old major minor early later heavy light northern southern "
           "eastern western central frontline ceasefire negotiators delegation "
           "summit envoy").split(),
    "uk": ("за словами посадовців сили місто область удар атака перемовини міністерство "
           "армія поліція звіт мешканці електростанція кордон війська уряд міністр президент "
           "агентство заява місцеві джерела пошкодження будівля цивільні село вночі "
           "протиповітряна оборона ракета обстріл колона порт зерно угода санкції парламент "
           "голосування вибори протест суд рішення розслідування енергія постачання вода "
           "допомога евакуація лікарня школа міст залізниця вокзал завод склад пальне "
           "ремонтні бригади підтвердив заперечив попередив оголосив повідомив і та але "
           "після перед під час біля проти з у на до від кілька десятки нові старі").split(),
    "ru": ("по словам чиновников силы город область удар атака переговоры министерство "
           "армия полиция доклад жители электростанция граница войска правительство министр "
           "президент агентство заявление местные источники ущерб здание мирные деревня "
           "ночью противовоздушная оборона ракета обстрел колонна порт зерно сделка санкции "
           "парламент голосование выборы протест суд решение расследование энергия снабжение "
           "вода помощь эвакуация больница школа мост железная дорога вокзал завод склад "
           "топливо подтвердил опроверг предупредил объявил сообщил и но после перед во "
           "время около против с в на до от несколько десятки новые старые ёлка").split(),
    "ar": ("قال المسؤولون القوات المدينة المنطقة ضربة هجوم محادثات الوزارة الجيش الشرطة "
           "تقرير السكان محطة الكهرباء الحدود الحكومة الوزير الرئيس الوكالة بيان مصادر "
           "محلية أضرار مبنى المدنيين قرية ليلا الدفاع الجوي صاروخ قصف قافلة ميناء الحبوب "
           "اتفاق عقوبات البرلمان تصويت انتخابات احتجاج محكمة حكم تحقيق الطاقة المياه "
           "مساعدات إجلاء مستشفى مدرسة جسر سكة محطة مصنع مستودع الوقود في من على إلى "
           "بعد قبل خلال قرب ضد و لكن عدة جديدة قديمة").split(),
}
EMOJI = "🔥 ⚠️ 🇺🇦 💥 📰 ✅ 🚀 🕊️ 👀 📍".split()
LANGUAGES = ("en",) * 11 + ("uk",) * 3 + ("ru",) * 3 + ("ar",) * 2 + ("mix",)
PLACES = ("Kyiv Kharkiv Odesa Dnipro Lviv Zaporizhzhia Kherson Mykolaiv Sumy Poltava "
          "Izhevsk Belgorod Kursk Bryansk Moscow Sevastopol Donetsk Luhansk Mariupol Aleppo "
          "Idlib Damascus Homs Gaza Rafah Khan_Younis Beirut Tyre Sanaa Hodeidah Khartoum "
          "Київ Харків Одеса Херсон Белгород Курск حلب غزة بيروت صنعاء").replace("_", " ").split()
OUTLETS = ("Kyiv Independent|Ukrainska Pravda|Meduza|Reuters|Associated Press|Al Jazeera|"
           "BBC News|The Guardian|Novaya Gazeta|Hromadske|Al-Monitor|Asharq Al-Awsat").split("|")
AUTHORS = ("Olena Kovalenko|Ivan Petrov|Sarah Mitchell|Ahmed Hassan|Марія Шевченко|"
           "Дмитрий Смирнов|Layla Haddad|Tom Baker|").split("|")
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
RELATIVE = ("on {wd}", "last week", "over the weekend", "earlier this month", "yesterday",
            "in {month}", "last {month}", "since {month}", "two days ago", "this spring")
PRECISIONS = tuple(Precision)


class Gen:
    """Seeded generator of rows; keeps nothing but the current article in memory."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.start = dt.datetime(2024, 7, 1, 8, 0, tzinfo=dt.timezone.utc)

    def uuid(self) -> str:
        return str(uuidlib.UUID(int=self.rng.getrandbits(128), version=4))

    def stamp(self, days: float) -> str:
        return (self.start + dt.timedelta(days=days)).isoformat(timespec="seconds")

    def words(self, lang: str, count: int) -> list[str]:
        if lang == "mix":
            picked = [self.rng.choice(WORDS[self.rng.choice(("en", "uk", "ar"))])
                      for _ in range(count)]
            picked.insert(self.rng.randrange(len(picked) + 1), self.rng.choice(EMOJI))
            return picked
        return self.rng.choices(WORDS[lang], k=count)

    def phrase(self, lang: str, low: int, high: int) -> str:
        text = " ".join(self.words(lang, self.rng.randint(low, high)))
        return text[:1].upper() + text[1:]

    def date_phrase(self) -> tuple[str, str | None, str]:
        """(lead-in, value of the explicit date or None, the date words)."""
        rng = self.rng
        if rng.random() < 0.5:
            day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(560))
            words = f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
            return "on ", day.isoformat(), words
        return "", None, rng.choice(RELATIVE).format(wd=rng.choice(WEEKDAYS),
                                                     month=rng.choice(MONTH_NAMES))

    def article(self, words_wanted: int):
        """Text (NFC), sentence spans, and spans of explicit dates with their values."""
        lang = self.rng.choice(LANGUAGES)
        pieces: list[str] = []
        length = 0
        sentences: list[tuple[int, int]] = []
        dates: list[tuple[int, int, str]] = []
        count = 0
        while count < words_wanted:
            if pieces:
                gap = "\n\n" if self.rng.random() < 0.2 else " "
                pieces.append(gap)
                length += len(gap)
            start = length
            body = self.phrase(lang, 8, 22)
            count += body.count(" ") + 1
            pieces.append(body)
            length += len(body)
            if lang in ("en", "mix") and self.rng.random() < 0.35:
                lead, value, words = self.date_phrase()
                pieces.append(f" {lead}")
                length += len(lead) + 1
                if value:
                    dates.append((length, length + len(words), value))
                pieces.append(words)
                length += len(words)
                count += words.count(" ") + 1
            pieces.append(".")
            length += 1
            sentences.append((start, length))
        text = "".join(pieces)
        assert unicodedata.normalize("NFC", text) == text and len(text) == length
        return lang, text, sentences, dates

    def event_date(self) -> EventDate | None:
        rng = self.rng
        if rng.random() < 0.03:
            return None
        precision = rng.choice(PRECISIONS)
        base = dt.date(1990, 1, 1) if precision is Precision.CENTURY else dt.date(2010, 1, 1)
        day = base + dt.timedelta(days=rng.randrange(5800))
        if precision is Precision.RANGE:
            return EventDate(day, day + dt.timedelta(days=rng.randint(1, 40)), precision,
                             rng.random() < 0.05)
        first, last = unit_span(precision, day)
        return EventDate(first, last, precision, rng.random() < 0.05)


def _tags(gen: Gen, count: int) -> list[tuple]:
    names: set[tuple[str, str]] = set()
    vocab = [w for lang in ("en", "uk", "ru", "ar") for w in WORDS[lang]] + list(PLACES)
    while len(names) < count:
        kind = gen.rng.choice(("actor", "place", "topic", "other"))
        name = gen.rng.choice(PLACES) if kind == "place" and gen.rng.random() < 0.3 else (
            " ".join(gen.rng.sample(vocab, gen.rng.randint(1, 2))))
        names.add((name, kind))
    return [(i + 1, name, kind) for i, (name, kind) in enumerate(sorted(names))]


def generate(path: str | Path, articles: int, events: int, annotations: int | None = None,
             tags: int | None = None, seed: int = 6) -> dict[str, int]:
    """Write a new project at ``path``; returns the row counts written."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} exists; the generator only writes new projects")
    annotations = events * 3 // 2 if annotations is None else annotations
    tags = max(10, events // 50) if tags is None else tags
    gen = Gen(seed)
    rng = gen.rng
    # Each annotation belongs to a random article and a random event; most
    # events get one passage, some several, a few none (typed in by hand).
    per_article = [0] * articles
    for _ in range(annotations):
        per_article[rng.randrange(articles)] += 1
    event_of = [rng.randrange(events) + 1 for _ in range(annotations)]
    project = Project(path)
    try:
        with project.change() as db:
            tag_rows = _tags(gen, tags)
            db.conn.executemany("INSERT INTO tags (id, name, kind) VALUES (?,?,?)", tag_rows)
            _events(db, gen, events, len(tag_rows))
            _articles(db, gen, articles, per_article, event_of)
    finally:
        project.close()
    return {"articles": articles, "events": events, "annotations": annotations,
            "tags": len(tag_rows)}


def _events(db, gen: Gen, count: int, tag_count: int) -> None:
    rng = gen.rng
    weights = [1 / (rank + 1) for rank in range(tag_count)]  # a few tags are everywhere
    rows, links, cited = [], [], []
    for event_id in range(1, count + 1):
        date = gen.event_date()
        created = gen.stamp(rng.random() * 365)
        lang = rng.choice(LANGUAGES)
        rows.append({"id": event_id, "uuid": gen.uuid(), "title": gen.phrase(lang, 3, 9),
                     "description": gen.phrase(lang, 5, 25) if rng.random() < 0.3 else "",
                     "location": rng.choice(PLACES) if rng.random() < 0.5 else "",
                     "confidence": rng.choice(CONFIDENCE_LEVELS),
                     "created_at": created, "updated_at": created, **date_columns(date)})
        chosen = {rng.choices(range(1, tag_count + 1), weights)[0]
                  for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4)))}
        links.extend((event_id, tag, position) for position, tag in enumerate(sorted(chosen)))
        if rng.random() < 0.02:
            cited.append((rows[-1]["uuid"], 0, gen.phrase("en", 4, 8), rng.choice(OUTLETS),
                          f"https://example.org/cited/{event_id}", "2025-01-15", ""))
    columns = list(rows[0])
    db.conn.executemany(
        f"INSERT INTO events ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [tuple(row[c] for c in columns) for row in rows])
    db.conn.executemany("INSERT INTO event_tags (event_id, tag_id, position) VALUES (?,?,?)",
                        links)
    db.conn.executemany("INSERT INTO event_sources (event_uuid, position, title, outlet, url, "
                        "published, quote) VALUES (?,?,?,?,?,?,?)", cited)


def _articles(db, gen: Gen, count: int, per_article: list[int], event_of: list[int]) -> None:
    rng = gen.rng
    next_passage = 0
    for article_id in range(1, count + 1):
        lang, text, sentences, dates = gen.article(rng.randint(300, 1500))
        digest = content_hash(text)  # unique: 300+ random words never repeat
        day = gen.start.date() + dt.timedelta(days=rng.randrange(365))
        published = rng.choice((day.isoformat(), f"{day.isoformat()}T09:30:00+03:00",
                                f"{day.isoformat()}T14:05:00Z")) if rng.random() > 0.02 else ""
        outlet = rng.choice(OUTLETS)
        db.conn.execute(
            "INSERT INTO articles (id, uuid, title, outlet, url, author, published, text, "
            "content_hash, source_path, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (article_id, gen.uuid(), gen.phrase(lang, 6, 12), outlet,
             f"https://news.example/{outlet.split()[0].lower()}/{article_id}",
             rng.choice(AUTHORS), published, text, digest,
             f"/home/analyst/reading/{article_id}.html", gen.stamp(rng.random() * 365)))
        passages = []
        for _ in range(per_article[article_id - 1]):
            event_id = event_of[next_passage]
            next_passage += 1
            start, end = rng.choice(sentences)
            expression = (None, None, None)
            inside = [d for d in dates if start <= d[0] and d[1] <= end]
            if inside and rng.random() < 0.7:
                expression = inside[0]
            passages.append((gen.uuid(), article_id, event_id, start, end, text[start:end],
                             text[max(0, start - CONTEXT_CHARS):start],
                             text[end:end + CONTEXT_CHARS], "",
                             gen.stamp(rng.random() * 365), *expression))
        db.conn.executemany(
            'INSERT INTO annotations (uuid, article_id, event_id, start, "end", quote, prefix, '
            "suffix, note, created_at, expression_start, expression_end, expression_value) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", passages)
        if dates and rng.random() < 0.1:  # the analyst dismissed a suggestion here
            start, end, _value = dates[-1]
            db.conn.execute('INSERT OR IGNORE INTO dismissed_suggestions (article_id, start, '
                            '"end", text, dismissed_at) VALUES (?,?,?,?,?)',
                            (article_id, start, end, text[start:end], gen.stamp(300)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="new project file to write")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--annotations", type=int, help="default: 1.5 per event")
    parser.add_argument("--tags", type=int, help="default: one per 50 events")
    parser.add_argument("--small", action="store_true", help="30 articles, 300 events")
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args(argv)
    if args.small:
        args.articles, args.events = 30, 300
    began = time.perf_counter()
    counts = generate(args.out, args.articles, args.events, args.annotations, args.tags,
                      args.seed)
    size = Path(args.out).stat().st_size / 1e6
    print(", ".join(f"{v:,} {k}" for k, v in counts.items()),
          f"written to {args.out} ({size:.0f} MB) in {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
