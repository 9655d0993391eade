"""The command line's article commands: manifest imports, listing, correcting one article."""

import pytest

from main import run
from storage.project import Project
from tests.conftest import write_article

HARBOUR = "Harbour wall repaired\n\nCrews finished the repair on Monday after the storm."
FERRY = "1 July 2025, 09:49\n\nFerry returns to the river\n\nThe first crossing left at dawn."


def rows(path, columns="title, outlet, url, published, published_source"):
    project = Project(path)
    try:
        return project.query(f"SELECT {columns} FROM articles ORDER BY id")
    finally:
        project.close()


def test_manifest_gives_each_file_its_metadata(tmp_path, capsys):
    write_article(tmp_path, "harbour.txt", HARBOUR)
    write_article(tmp_path, "ferry-2025-07-03.txt", FERRY)
    sheet = tmp_path / "INDEX.tsv"
    sheet.write_text("filename\toutlet\tsource_url\tpublished\n"
                     "harbour.txt\tCoastal Weekly\thttps://coast.example/wall\t2025-06-30\n"
                     "ferry-2025-07-03.txt\tRiver Post\t(from the print edition)\t\n",
                     encoding="utf-8")
    project = tmp_path / "p.sqlite"
    assert run(["import", str(project), "--manifest", str(sheet)]) == 0  # no FILE: all it lists
    out, err = capsys.readouterr()
    assert rows(project) == [
        ("Harbour wall repaired", "Coastal Weekly", "https://coast.example/wall", "2025-06-30",
         "manifest"),
        ("Ferry returns to the river", "River Post", "", "2025-07-01T09:49", "timestamp")]
    assert "is not a web address; the URL is left empty" in err
    # The file name's other day is reported, not silently dropped.
    assert "2025-07-03 from the file name" in err and "disagrees" in err
    assert "from the timestamp “1 July 2025, 09:49”" in out


def test_bad_manifest_dates_refuse_the_whole_import(tmp_path, capsys):
    write_article(tmp_path, "a.txt", HARBOUR)
    sheet = tmp_path / "m.csv"
    sheet.write_text("file,published\na.txt,31 February 2025\nb.txt,soon\n", encoding="utf-8")
    project = tmp_path / "p.sqlite"
    assert run(["import", str(project), str(tmp_path / "a.txt"), "--manifest", str(sheet)]) == 2
    err = capsys.readouterr().err
    assert "m.csv line 2:" in err and "m.csv line 3:" in err
    assert not project.exists()


def test_published_flag_for_undated_articles_and_duplicates_say_how_to_correct(tmp_path, capsys):
    harbour = write_article(tmp_path, "harbour.txt", HARBOUR)
    project = tmp_path / "p.sqlite"
    assert run(["import", str(project), str(harbour), "--published", "30 June 2025"]) == 0
    assert rows(project)[0][3:] == ("2025-06-30", "command line")
    assert run(["import", str(project), str(harbour)]) == 1
    err = capsys.readouterr().err
    assert "not imported" in err and f"article {project} 1 --published" in err


def test_undated_import_says_so(tmp_path, capsys):
    harbour = write_article(tmp_path, "harbour.txt", HARBOUR)
    assert run(["import", str(tmp_path / "p.sqlite"), str(harbour)]) == 0
    captured = capsys.readouterr()
    assert "no published date" in captured.out and "--published DATE" in captured.err


def test_articles_lists_and_article_corrects_in_one_transaction(tmp_path, capsys):
    write_article(tmp_path, "ferry-2025-07-03.txt", FERRY)
    project = tmp_path / "p.sqlite"
    run(["import", str(project), str(tmp_path / "ferry-2025-07-03.txt")])
    capsys.readouterr()
    assert run(["articles", str(project)]) == 0
    header, line = capsys.readouterr().out.strip().split("\n")
    assert header.split("\t")[:4] == ["id", "published", "published_from", "outlet"]
    assert line.startswith("1\t2025-07-01T09:49\tfrom the timestamp")
    assert "⚠ also found: 2025-07-03" in line

    before = rows(project, "changes FROM project_state, articles --")[0][0]
    assert run(["article", str(project), "1", "--published", "3 July 2025",
                "--outlet", "Річкова пошта", "--title", "Пором повертається"]) == 0
    out = capsys.readouterr().out
    assert "published: “2025-07-01T09:49” → “2025-07-03”" in out
    assert rows(project, "title, outlet, published, published_source, published_conflicts") == [
        ("Пором повертається", "Річкова пошта", "2025-07-03", "command line", "")]
    assert rows(project, "changes FROM project_state, articles --")[0][0] == before + 1


@pytest.mark.parametrize("args, message", [
    (["--published", "July 2025"], "is not one day"),
    (["--url", "coast.example/x"], "is not a web address"),
    ([], "nothing to change"),
])
def test_article_refuses_bad_values(tmp_path, capsys, args, message):
    write_article(tmp_path, "h.txt", HARBOUR)
    project = tmp_path / "p.sqlite"
    run(["import", str(project), str(tmp_path / "h.txt")])
    assert run(["article", str(project), "1", *args]) == 2
    assert message in capsys.readouterr().err


def test_article_of_a_missing_id(tmp_path, capsys):
    write_article(tmp_path, "h.txt", HARBOUR)
    project = tmp_path / "p.sqlite"
    run(["import", str(project), str(tmp_path / "h.txt")])
    assert run(["article", str(project), "7", "--title", "x"]) == 2
    assert "there is no article 7" in capsys.readouterr().err


def test_import_encoding_reads_the_file_as_the_analyst_says(tmp_path, capsys):
    text = "Паром вернулся на реку\n\nПервый рейс ушёл на рассвете во вторник.\n"
    story = tmp_path / "ferry.txt"
    story.write_bytes(text.encode("koi8_r"))
    project = tmp_path / "p.sqlite"
    assert run(["import", str(project), str(story), "--encoding", "koi8_r"]) == 0
    assert "note:" not in capsys.readouterr().err  # chosen, not guessed: nothing to say
    assert rows(project, "title, text") == [("Паром вернулся на реку", text.strip("\n"))]
    other = tmp_path / "q.sqlite"
    assert run(["import", str(other), str(story), "--encoding", "utf-8"]) == 1
    assert "is not valid" in capsys.readouterr().err and rows(other, "id") == []
