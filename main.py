"""Timeline Annotator: read news articles beside an editable chronology.

    python main.py [PROJECT]                       open the GUI (default project if none)
    python main.py import PROJECT FILE|URL… [--manifest SHEET] [--published DATE]
    python main.py articles PROJECT
    python main.py article PROJECT ID [--published DATE] [--title T] [--outlet O] [--url U]
                                      [--author A]
    python main.py export PROJECT [--csv OUT.csv] [--timelinejs OUT.csv] [--acled OUT.csv]
                                  [--json OUT.json] [--excel] [--group-kind KIND]

This file only parses arguments and hands over: the GUI lives in gui/, the
project file and its import/export in storage/.
"""

from __future__ import annotations

import argparse
import sys

COMMANDS = ("import", "export", "articles", "article")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-annotator",
        description="Read news articles beside an editable timeline; export it as CSV. "
                    "With no command, the window opens.",
        epilog="Run 'python main.py COMMAND --help' for a command's options.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = commands.add_parser("gui", help="open the window (the default)")
    gui.add_argument("project", nargs="?", help="project file (default: timeline.sqlite "
                     "in the application-data folder)")
    gui.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    load = commands.add_parser(
        "import", help="import article files or web addresses into a project",
        description="Each article's published date, title, outlet and address are read from "
                    "the article itself (page metadata, a dateline, the file name); a manifest "
                    "or --published overrides them.")
    load.add_argument("project", help="project file (created if missing)")
    load.add_argument("files", nargs="*", metavar="FILE|URL",
                      help=".txt, .md, .html or .pdf articles, or https:// addresses to fetch "
                           "(one page each: no images, scripts or other resources)")
    load.add_argument("--manifest", metavar="SHEET",
                      help="TSV or CSV with a row per file: filename, title, outlet, url, "
                           "published, author (with no FILE, every file it lists is imported)")
    load.add_argument("--published", metavar="DATE",
                      help="published date for articles the manifest gives none, e.g. 2025-07-01")
    load.add_argument("--encoding", metavar="CODEC",
                      help="read the files in this encoding (e.g. cp1251) instead of the "
                           "one detected")
    listing = commands.add_parser("articles", help="list a project's articles and metadata")
    listing.add_argument("project", help="project file")
    fix = commands.add_parser("article", help="correct one article's metadata")
    fix.add_argument("project", help="project file")
    fix.add_argument("id", type=int, help="the article's id (see the articles command)")
    for option, meaning in (("published", "published date, e.g. 2025-07-01 ('' clears it)"),
                            ("title", "headline"), ("outlet", "outlet that published it"),
                            ("url", "web address"), ("author", "author(s)")):
        fix.add_argument(f"--{option}", metavar=option.upper(), help=meaning)
    load.add_argument("--accept-suggestions", action="store_true",
                      help="accept every dated event suggestion of the imported articles, "
                           "as Accept All does, and list the events made")
    out = commands.add_parser("export", help="export a project's timeline")
    out.add_argument("project", help="project file")
    out.add_argument("--csv", metavar="OUT", help="timeline CSV to write")
    out.add_argument("--timelinejs", metavar="OUT", help="TimelineJS spreadsheet CSV to write")
    out.add_argument("--acled", metavar="OUT", help="ACLED-style CSV to write")
    out.add_argument("--json", metavar="OUT", help="whole project as JSON")
    out.add_argument("--excel", action="store_true",
                     help="CSVs in UTF-8 with a byte-order mark, for Excel")
    out.add_argument("--group-kind", choices=("actor", "place", "topic", "other"),
                     help="tag kind that fills TimelineJS's Group column")
    return parser


def run(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS + ("gui",) and not argv[0].startswith("-")):
        argv.insert(0, "gui")
    elif argv[0] in ("--quit-after-paint",):
        argv.insert(0, "gui")
    args = build_parser().parse_args(argv)
    if args.command == "gui":
        from gui.app import run_gui

        return run_gui(args.project, quit_after_paint=args.quit_after_paint)
    from storage.article_commands import run_article, run_articles, run_import
    from storage.cli import run_export

    if args.command == "import":
        return run_import(args.project, args.files, args.published, args.manifest,
                          args.encoding,
                          accept_suggestions=args.accept_suggestions)
    if args.command == "articles":
        return run_articles(args.project)
    if args.command == "article":
        return run_article(args.project, args.id, published=args.published, title=args.title,
                           outlet=args.outlet, url=args.url, author=args.author)
    return run_export(args.project, args.csv, excel=args.excel, timelinejs=args.timelinejs,
                      acled=args.acled, json_path=args.json, group_kind=args.group_kind)


if __name__ == "__main__":
    sys.exit(run())
