"""Story extraction from web pages: trafilatura (now) against the hand-written rules (before).

    .venv/bin/python bench/bench_html_extraction.py [--pages 240] [--seed 7] [--legacy COMMIT]

The measure is trafilatura's evaluation's: each page comes with snippets its
story must contain and boilerplate it must not; a body snippet found is a
true positive, one missing a false negative, a boilerplate snippet found a
false positive. Pages are generated (no network, nothing copied): five
layouts news sites use, from semantic HTML5 to div soup (and a two-paragraph
brief in it) with cookie banners,
share bars, "Read more" links inside the story, newsletter promos, comment
threads and footers, in English, Ukrainian, Russian and Arabic. The
reference is the extractor of commit ``--legacy`` (the last one with the
hand-written rules), loaded from git into this run, so both are measured on
the same pages on the same machine. Prints precision, recall and F1 per
layout and overall, and the time per page as a ratio.
"""

from __future__ import annotations

import argparse
import html
import random
import subprocess
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storage.intake.html_article import html_to_draft  # noqa: E402

LEGACY = "f3ba092"
WORDS = {
    "en": ("council river ferry repairs officials said residents harbour bridge storm crews "
           "minister talks ceasefire drones plant region governor strike weekend morning "
           "evening villages report statement agreement army border energy water schools "
           "hospital police court trial prices market workers union election vote").split(),
    "uk": ("рада річка пором ремонт посадовці повідомили мешканці міст буря бригади міністр "
           "переговори дрони завод область губернатор удар вихідні ранок вечір села звіт "
           "заява угода армія кордон енергія вода школи лікарня поліція суд ціни").split(),
    "ru": ("совет река паром ремонт чиновники сообщили жители мост буря бригады министр "
           "переговоры дроны завод область губернатор удар выходные утро вечер сёла отчёт "
           "заявление соглашение армия граница энергия вода школы больница полиция суд").split(),
    "ar": ("المجلس النهر العبارة الإصلاحات المسؤولون قالوا السكان الميناء الجسر العاصفة "
           "الوزير المحادثات الطائرات المصنع المنطقة المحافظ الضربة الصباح المساء القرى "
           "التقرير البيان الاتفاق الجيش الحدود الطاقة المياه المدارس المستشفى الشرطة").split(),
}
BOILER = {
    "en": ("Read more:", "Sign up for our newsletter", "Share on Facebook", "Advertisement",
           "Most read", "Related stories", "We use cookies", "All rights reserved", "Comments"),
    "uk": ("Читайте також:", "Підпишіться на розсилку", "Поділитися", "Реклама",
           "Найпопулярніше", "Схожі новини", "Ми використовуємо cookies", "Усі права захищено",
           "Коментарі"),
    "ru": ("Читайте также:", "Подпишитесь на рассылку", "Поделиться", "Реклама",
           "Самое читаемое", "Похожие новости", "Мы используем cookies", "Все права защищены",
           "Комментарии"),
    "ar": ("اقرأ أيضا:", "اشترك في النشرة", "شارك على فيسبوك", "إعلان", "الأكثر قراءة",
           "أخبار ذات صلة", "نستخدم ملفات تعريف الارتباط", "جميع الحقوق محفوظة", "التعليقات"),
}


def sentence(rng, lang, words=(12, 24)) -> str:
    chosen = [rng.choice(WORDS[lang]) for _ in range(rng.randint(*words))]
    chosen.append(f"{rng.randint(2, 9999)}")  # numbers make snippets unique
    rng.shuffle(chosen)
    return " ".join(chosen).capitalize() + "."


def paragraph(rng, lang) -> str:
    return " ".join(sentence(rng, lang) for _ in range(rng.randint(2, 4)))


def snippet(text: str) -> str:
    """A stretch from the middle of a piece of text, as the evaluation's snippets are."""
    words = text.split()
    middle = max(0, len(words) // 2 - 3)
    return " ".join(words[middle:middle + 6])


def links(rng, lang, count) -> list[str]:
    return [sentence(rng, lang, (4, 8)).rstrip(".") for _ in range(count)]


def make_page(rng, layout: str, lang: str):
    """(html, body snippets, boilerplate snippets) of one generated page."""
    esc = html.escape
    b = BOILER[lang]
    title = sentence(rng, lang, (5, 9)).rstrip(".")
    paras = [paragraph(rng, lang) for _ in range(2 if layout == "brief" else rng.randint(5, 12))]
    menu = links(rng, lang, 8)
    related = links(rng, lang, 5)
    comments = [paragraph(rng, lang) for _ in range(rng.randint(0, 4))]
    promo = f"{b[1]}: " + sentence(rng, lang, (8, 12))
    cookie = f"{b[6]}. " + sentence(rng, lang, (10, 14))
    footer = f"© 2025 {b[7]}. " + sentence(rng, lang, (6, 9))
    inline = f"{b[0]} " + sentence(rng, lang, (6, 9)).rstrip(".")
    boiler = menu + related + comments + [promo, cookie, footer]
    direction = ' dir="rtl"' if lang == "ar" else ""
    head = (f'<head><meta charset="utf-8"><title>{esc(title)} | Site</title>'
            f'<script>var ads = {rng.randint(1, 99)};</script></head>')
    story_ps = [f"<p>{esc(p)}</p>" for p in paras]
    if layout in ("inline-furniture", "div-soup", "brief"):
        story_ps.insert(len(story_ps) // 2,
                        f'<p class="read-more"><a href="/x">{esc(inline)}</a></p>')
        story_ps.insert(2, f'<div class="ad">{b[3]}</div>')
        boiler.append(inline)
    story = "".join(story_ps)
    menu_html = "".join(f'<a href="/s/{i}">{esc(m)}</a> ' for i, m in enumerate(menu))
    related_html = "".join(f'<li><a href="/r/{i}">{esc(r)}</a></li>' for i, r in enumerate(related))
    comments_html = "".join(f'<div class="comment"><span class="user">user{i}</span>'
                            f"<p>{esc(c)}</p></div>" for i, c in enumerate(comments))
    if layout == "semantic":
        body = (f"<header><nav>{menu_html}</nav></header><main><article><h1>{esc(title)}</h1>"
                f"{story}</article><aside><h3>{b[5]}</h3><ul>{related_html}</ul></aside>"
                f'<section id="comments"><h3>{b[8]}</h3>{comments_html}</section></main>'
                f'<div class="newsletter">{esc(promo)}</div><footer>{esc(footer)}</footer>')
    elif layout in ("div-soup", "brief"):
        body = (f'<div id="cookie-banner" class="cookie">{esc(cookie)}</div>'
                f'<div class="top-menu">{menu_html}</div><div class="wrapper"><div class="content">'
                f'<div class="headline"><h1>{esc(title)}</h1></div>'
                f'<div class="share">{b[2]}</div><div class="story-body">{story}</div>'
                f'<div class="related"><h3>{b[5]}</h3><ul>{related_html}</ul></div>'
                f'<div class="newsletter-box">{esc(promo)}</div>'
                f'<div id="comments" class="comments"><h3>{b[8]}</h3>{comments_html}</div></div>'
                f'<div class="sidebar"><h3>{b[4]}</h3><ul>{related_html}</ul></div></div>'
                f'<div class="site-footer">{esc(footer)}</div>')
    elif layout == "inline-furniture":
        body = (f"<header>{menu_html}</header><article><h1>{esc(title)}</h1>{story}"
                f'<div class="newsletter">{esc(promo)}</div>'
                f'<div class="related"><h3>{b[5]}</h3><ul>{related_html}</ul></div></article>'
                f'<div class="comments">{comments_html}</div><footer>{esc(footer)}</footer>')
    else:  # "teasers": the story between many short teaser <article>s
        teasers = "".join(f'<article class="teaser"><h2><a href="/t/{i}">{esc(r)}</a></h2>'
                          "</article>" for i, r in enumerate(related))
        body = (f'<div class="nav">{menu_html}</div><div class="cookie">{esc(cookie)}</div>'
                f'<section class="teasers">{teasers[: len(teasers) // 2]}</section>'
                f'<div id="story"><h1>{esc(title)}</h1>{story}</div>'
                f'<section class="teasers">{teasers[len(teasers) // 2:]}</section>'
                f'<div class="promo">{esc(promo)}</div><div class="foot">{esc(footer)}</div>')
        boiler = [x for x in boiler if x not in comments]
    if cookie in boiler and "cookie" not in body:
        boiler.remove(cookie)
    page = f'<!DOCTYPE html><html lang="{lang}"{direction}>{head}<body>{body}</body></html>'
    return page, [snippet(p) for p in paras], [snippet(x) for x in boiler if x.split()]


def load_legacy(commit: str):
    """The hand-written extractor as it was at ``commit``, as a module of this run."""
    modules = {}
    for name in ("html_tree", "html_metadata", "html_article"):
        source = subprocess.run(["git", "show", f"{commit}:storage/{name}.py"], cwd=ROOT,
                                capture_output=True, text=True, check=True).stdout
        for other in ("html_tree", "html_metadata"):
            source = source.replace(f"storage.{other}", f"legacy_{other}")
        # The draft type it fills moved with the article intake; the type is the same.
        source = source.replace("storage.article_draft", "storage.intake.article_draft")
        module = types.ModuleType(f"legacy_{name}")
        sys.modules[module.__name__] = module
        exec(compile(source, f"{commit}:storage/{name}.py", "exec"), module.__dict__)
        modules[name] = module
    return modules["html_article"].html_to_draft


def score(found: dict) -> tuple[float, float, float]:
    tp, fn, fp = found["tp"], found["fn"], found["fp"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=240)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--legacy", default=LEGACY)
    args = parser.parse_args()
    extractors = {"hand-written": load_legacy(args.legacy), "trafilatura": html_to_draft}
    rng = random.Random(args.seed)
    layouts = ("semantic", "div-soup", "inline-furniture", "teasers", "brief")
    langs = tuple(WORDS)
    pages = [(layouts[i % len(layouts)], langs[(i // len(layouts)) % len(langs)])
             for i in range(args.pages)]
    made = [(layout, make_page(rng, layout, lang)) for layout, lang in pages]
    totals = {name: {} for name in extractors}
    seconds = dict.fromkeys(extractors, 0.0)
    for name, extract in extractors.items():
        for layout, (page, body, boiler) in made:
            start = time.perf_counter()
            text = " ".join(extract(page).text.split())
            seconds[name] += time.perf_counter() - start
            for key in (layout, "all"):
                counts = totals[name].setdefault(key, {"tp": 0, "fn": 0, "fp": 0})
                counts["tp"] += sum(s in text for s in body)
                counts["fn"] += sum(s not in text for s in body)
                counts["fp"] += sum(s in text for s in boiler)
    print(f"{len(made)} generated pages (seed {args.seed}), reference: commit {args.legacy}")
    print(f"{'layout':18} {'extractor':13} {'precision':>9} {'recall':>7} {'F1':>6}")
    for key in (*layouts, "all"):
        for name in extractors:
            p, r, f = score(totals[name][key])
            print(f"{key:18} {name:13} {p:9.3f} {r:7.3f} {f:6.3f}")
    old, new = (score(totals[n]["all"])[2] for n in extractors)
    print(f"F1 trafilatura / hand-written: {new / old:.2f}")
    per_page = {n: 1000 * s / len(made) for n, s in seconds.items()}
    print("time per page: " + ", ".join(f"{n} {ms:.1f} ms" for n, ms in per_page.items())
          + f" (ratio {per_page['trafilatura'] / per_page['hand-written']:.1f}×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
