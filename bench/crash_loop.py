"""Crash loop: kill a writer with SIGKILL at random moments; nothing reported is lost.

    python bench/crash_loop.py [--kills 200] [--gui-every 4] [--seed 1]

A child process opens the project (through the storage API, or through the
real GUI offscreen) and makes edits as fast as it can, printing one line per
edit *after* the call returned, i.e. after the transaction committed.  The
storage child also makes multi-row actions and forced backups; the GUI child
also undoes.  The parent kills it with SIGKILL after a random delay, then
checks that

* ``PRAGMA integrity_check`` says ok (no torn pages, no broken indexes);
* the project opens again (the dead child's lock is stale and taken over);
* every edit the child reported is in the file, and every undo it reported
  is not ("lost edits" must be 0);
* every action is all or nothing: no event of a three-event action without
  the other two, no linked event without its passage, the full-text index in
  step with the articles ("half-done actions" must be 0);
* ``PRAGMA foreign_key_check`` finds nothing ("foreign key violations");
* the backups still list and each passes ``quick_check``, no more than
  ``KEEP`` per folder, the newest at least as new as the last one reported,
  and what a backup killed half-way left behind is gone after the next open
  ("backup problems").

An edit in flight at the kill may or may not be there; that is correct.
The last lines printed are the figures (all but edits, kills and time must
be 0).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GUI_SLOWER = 4
ARTICLE = ("{name} report\n\nThe council met on {day} March 2024 to discuss the harbour "
           "wall. Work is due to finish in the autumn, a spokesperson said ({name}).")


# -- children ------------------------------------------------------------------
def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def storage_child(path: str, prefix: str) -> None:
    """Edits through the storage API: events, renames, articles, passages."""
    from storage import Project
    from storage.safety import backups
    from temporal.dates import parse_date

    project = Project(path)
    _say("ready")
    last_event = last_article = None
    for i in range(10**9):
        name = f"{prefix}-{i}"
        step = i % 6
        if step == 4:
            with project.change():  # one action, three rows: all or none
                for part in (1, 2, 3):
                    project.events.add(f"{name}/g{part}")
            _say(f"G\t{name}")
            continue
        if step == 5:
            made = backups.make_backup(project.db.conn, path, force=True)
            _say(f"B\t{made.sequence}")
            continue
        if step == 0 or last_event is None:
            last_event = (project.events.add(name, parse_date(f"{i % 28 + 1} May 2024"),
                                             description="x" * (i % 300)), name)
            _say(f"E\t{name}")
        elif step == 1:
            project.events.update(last_event[0], title=last_event[1] + "*")
            _say(f"R\t{last_event[1]}\t{last_event[1]}*")
        elif step == 2:
            last_article = (project.articles.add(ARTICLE.format(name=name, day=i % 28 + 1),
                                                 title=name), name)
            _say(f"A\t{name}")
        elif last_article is not None:
            with project.change():  # one analyst action touching two tables
                event_id = project.events.add(name + "/linked")
                project.annotations.add(last_article[0], event_id, 0, 6)
            _say(f"L\t{last_article[1]}\t{name}/linked")


def gui_child(path: str, prefix: str) -> None:
    """Edits through the real window: two new events with their titles typed in
    the table, a pasted article, Undo of the paste; and so on."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from gui.app import Windows, make_application
    from gui.timeline.timeline_model import TITLE

    app = make_application()
    window = Windows().open(path)
    if window is None:
        _say("failed")
        return
    _say("ready")
    actions = window.actions_by_name
    last_paste = None
    for i in range(10**9):
        name = f"{prefix}-{i}"
        if i % 4 == 3 and last_paste is not None:
            # Undo the paste: "u" before (either state is right until it returns),
            # "U" after (from then on the article must not be there).
            _say(f"u\t{last_paste}")
            actions["actionUndo"].trigger()
            _say(f"U\t{last_paste}")
            last_paste = None
        elif i % 4 == 2:
            QApplication.clipboard().setText(ARTICLE.format(name=name, day=i % 28 + 1))
            actions["actionPasteArticle"].trigger()
            last_paste = f"{name} report"
            _say(f"A\t{last_paste}")
        else:
            actions["actionNewEvent"].trigger()
            event_id = window.current_event_id()
            row = window.timeline_model.row_of(event_id)
            if not window.timeline_model.setData(window.timeline_model.index(row, TITLE), name):
                raise SystemExit(f"edit refused: {name}")
            _say(f"E\t{name}")
        app.processEvents()


# -- parent --------------------------------------------------------------------
def _reader(stream, lines: list[str]) -> None:
    buffer = ""
    for chunk in iter(lambda: stream.read1(4096).decode("utf-8"), ""):
        buffer += chunk
        *complete, buffer = buffer.split("\n")
        lines.extend(complete)  # a torn last line (no "\n") was never "reported"


def run_child(path: Path, kind: str, prefix: str, delay: float) -> list[str]:
    """Start a child, let it edit for ``delay`` seconds after it is ready, SIGKILL it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1",
               QT_LOGGING_RULES="default.warning=false")
    errors = tempfile.TemporaryFile()
    child = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--child", kind,
                              str(path), prefix], stdout=subprocess.PIPE, stderr=errors,
                             env=env, cwd=ROOT)
    lines: list[str] = []
    reader = threading.Thread(target=_reader, args=(child.stdout, lines), daemon=True)
    reader.start()
    deadline = time.monotonic() + 30
    while "ready" not in lines and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    if "ready" not in lines:
        child.kill()
        child.wait()
        errors.seek(0)
        raise RuntimeError(f"{kind} child did not start: {lines}\n"
                           + errors.read().decode("utf-8", "replace")[-3000:])
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    errors.close()
    reader.join(5)
    return [line for line in lines if line != "ready"]


def lost_edits(path: Path, reported: list[str]) -> list[str]:
    """Reported edits that are not in the project, and reported undos whose article
    is still there (opened as the next session would)."""
    from storage import Project

    project = Project(path)
    try:
        events = {row[0] for row in project.query("SELECT title FROM events")}
        articles = {row[0] for row in project.query("SELECT title FROM articles")}
        links = {tuple(row) for row in project.query(
            "SELECT a.title, e.title FROM annotations n JOIN articles a ON a.id = n.article_id "
            "JOIN events e ON e.id = n.event_id")}
    finally:
        project.close()
    missing = []
    article_lines: dict[str, tuple[int, str]] = {}  # the last line about each article decides
    for n, line in enumerate(reported):
        kind, *args = line.split("\t")
        if kind == "E" and args[0] not in events and args[0] + "*" not in events:
            missing.append((n, line))
        elif kind == "R" and (args[1] not in events or args[0] in events):
            missing.append((n, line))
        elif kind in ("A", "u", "U"):
            article_lines[args[0]] = (n, line)
        elif kind == "L" and (args[0], args[1]) not in links:
            missing.append((n, line))
        elif kind == "G" and any(f"{args[0]}/g{part}" not in events for part in (1, 2, 3)):
            missing.append((n, line))
    for title, (n, line) in article_lines.items():
        if (line[0] == "A" and title not in articles) or (line[0] == "U" and title in articles):
            missing.append((n, line))
    return [line for _n, line in sorted(missing)]


def half_done(path: Path) -> list[str]:
    """Actions found in part, foreign keys that point nowhere, an FTS index out of step."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        problems = [f"foreign key: {row}" for row in conn.execute("PRAGMA foreign_key_check")]
        groups: dict[str, int] = {}
        for (title,) in conn.execute("SELECT title FROM events WHERE title GLOB '*/g[123]'"):
            groups[title[:-3]] = groups.get(title[:-3], 0) + 1
        problems += [f"{name}: {n} of 3 events" for name, n in groups.items() if n != 3]
        problems += [f"{title}: no passage" for (title,) in conn.execute(
            "SELECT title FROM events WHERE title LIKE '%/linked' AND id NOT IN "
            "(SELECT event_id FROM annotations)")]
        try:  # FTS5's own check of an external-content index against its table
            conn.execute("INSERT INTO articles_fts(articles_fts, rank) "
                         "VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"articles_fts: {exc}")
        conn.rollback()
    finally:
        conn.close()
    return problems


def backup_problems(path: Path, reported: list[str]) -> list[str]:
    """After the next open: backups list, pass their check, are pruned, go forward,
    and nothing of a killed backup is left."""
    from storage.safety import backups
    from storage.safety.integrity import check

    problems = []
    try:
        kept = backups.list_backups(path)
    except Exception as exc:  # listing must never fail, whatever a kill left
        return [f"list_backups raised {exc!r}"]
    for backup in kept:
        found = check(backup.path)
        if found:
            problems.append(f"{backup.path.name}: {found[0]}")
    for folder in backups.folders(path):
        if folder.is_dir():
            count = sum(1 for b in kept if b.path.parent == folder)
            if count > backups.KEEP:
                problems.append(f"{folder.name}: {count} backups kept")
            problems += [f"left over: {p.name}" for p in folder.iterdir()
                         if p.name.startswith(f".{path.name}.partial")]
    problems += [f"left over: {p.name}" for p in path.parent.iterdir()
                 if p.name.startswith(f".{path.name}.partial")]
    sequences = [int(line.split("\t")[1]) for line in reported if line.startswith("B\t")]
    if sequences and (not kept or kept[0].sequence < max(sequences)):
        problems.append(f"newest backup {kept[0].sequence if kept else None} is older than "
                        f"the reported {max(sequences)}")
    return problems


def crash_loop(path: Path, kills: int, *, gui_every: int = 4, seed: int = 1,
               max_delay: float = 0.25, log=print) -> dict:
    from storage.safety.integrity import check

    rng = random.Random(seed)
    reported: list[str] = []
    figures = {"kills": 0, "integrity_failures": 0, "lost_edits": 0, "edits": 0,
               "half_done": 0, "backup_problems": 0}
    started = time.perf_counter()
    for k in range(kills):
        kind = "gui" if gui_every and k % gui_every == gui_every - 1 else "storage"
        # A window edits about four times slower than the storage API: a longer
        # reach lets its kills fall at every one of its steps, Undo included.
        reach = max_delay * (GUI_SLOWER if kind == "gui" else 1)
        reported += run_child(path, kind, f"k{k}", rng.uniform(0.0, reach))
        figures["kills"] += 1
        problems = check(path, full=True)
        if problems:
            figures["integrity_failures"] += 1
            log(f"kill {k}: integrity_check: {problems}")
            break
        missing = lost_edits(path, reported)  # also the next open: cleans, backs up
        if missing:
            log(f"kill {k}: {len(missing)} reported edits missing, e.g. {missing[:3]}")
        figures["lost_edits"] = len(missing)
        partial = half_done(path)
        if partial:
            figures["half_done"] += len(partial)
            log(f"kill {k}: {partial[:3]}")
        trouble = backup_problems(path, reported)
        if trouble:
            figures["backup_problems"] += len(trouble)
            log(f"kill {k}: backups: {trouble[:3]}")
    figures["edits"] = len(reported)
    figures["by_kind"] = dict(sorted(Counter(line.split("\t")[0] for line in reported).items()))
    figures["seconds"] = time.perf_counter() - started
    return figures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--gui-every", type=int, default=4,
                        help="every Nth child drives the GUI (0: storage only)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", nargs=3, metavar=("KIND", "PATH", "PREFIX"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, path, prefix = args.child
        (gui_child if kind == "gui" else storage_child)(path, prefix)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        figures = crash_loop(Path(folder) / "crash.sqlite", args.kills,
                             gui_every=args.gui_every, seed=args.seed)
    print(f"edits reported: {figures['edits']} {figures['by_kind']}")
    print(f"kills: {figures['kills']}")
    print(f"integrity failures: {figures['integrity_failures']}")
    print(f"lost edits: {figures['lost_edits']}")
    print(f"half-done actions and foreign key violations: {figures['half_done']}")
    print(f"backup problems: {figures['backup_problems']}")
    print(f"time: {figures['seconds']:.1f} s")
    bad = ("integrity_failures", "lost_edits", "half_done", "backup_problems")
    return 0 if not any(figures[key] for key in bad) else 1


if __name__ == "__main__":
    sys.exit(main())
