"""The command line's CSV and Markdown lists, and `show` in the user's language (issue 12)."""

from __future__ import annotations

import csv
import io

from main import main


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_list_csv_has_a_header_and_a_row_per_record(capsys, store):
    from data import model as m

    code, out = run(capsys, "list", "visits", "--csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and rows[0] == ["id", "date", "kind", "from → to", "city", "who / what"]
    assert len(rows) - 1 == len(store.all(m.Visit))
    makei = next(r for r in rows if r[0] == "visit:2014-02-27-makejs")
    assert makei[1:4] == ["2014-02-27/2014-02-28", "working visit", "Belarus → Latvia"]


def test_list_markdown_escapes_pipes_and_translates_roles(capsys):
    code, out = run(capsys, "list", "envoys", "--markdown", "--lang", "lt")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "| id | person | role | post | term |" and lines[1].startswith("| --- |")
    assert all(line.count(" | ") == 4 for line in lines[2:])
    assert "charge-daffaires" not in out and "laikinasis reikalų patikėtinis" in out


def test_markdown_cells_never_break_the_table():
    from tui.exporting import to_markdown

    text = to_markdown(["a"], [("x:1", ["left | right\nnext"])])
    assert text.splitlines()[2] == "| x:1 | left \\| right next |"


def test_show_prints_names_with_labels_in_the_language(capsys):
    code, out = run(capsys, "show", "envoy:lv-by-2004-mora", "--lang", "lv")
    assert code == 0
    assert "Persona" in out and "Maira Mora" in out and "Baltkrievija" in out
    assert "person:maira-mora" not in out.split("Saistītie ieraksti")[0]  # names, not ids, in the fields
    assert "https://" in out  # each source with its address
