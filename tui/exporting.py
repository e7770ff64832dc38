"""Export a table view as CSV, JSON or Markdown, and where such files go by default.

Plain Python (no Textual): the app's `e` and the command line's `list --csv/--markdown` share it.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

from data.atomic import write_atomic

FORMATS = ("csv", "json", "md")
EXPORT_DIR_ENV = "BALTIC_ENVOYS_EXPORT_DIR"  # tests and portable installs point this elsewhere

Rows = list[tuple[str, list[str]]]  # (record id, cells)


def to_csv(headers: list[str], rows: Rows) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", *headers])
    for record_id, cells in rows:
        writer.writerow([record_id, *cells])
    return out.getvalue()


def to_json(keys: list[str], rows: Rows) -> str:
    """An array of objects keyed by the columns' stable names (not the shown, translated ones)."""
    data = [{"id": record_id, **dict(zip(keys, cells, strict=True))} for record_id, cells in rows]
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _md_cell(text: str) -> str:
    # A pipe would end the cell and a newline the row; a backslash would escape what follows.
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def to_markdown(headers: list[str], rows: Rows) -> str:
    lines = ["| " + " | ".join(_md_cell(h) for h in ["id", *headers]) + " |",
             "|" + " --- |" * (len(headers) + 1)]
    lines += ["| " + " | ".join(_md_cell(c) for c in [record_id, *cells]) + " |" for record_id, cells in rows]
    return "\n".join(lines) + "\n"


def render(fmt: str, headers: list[str], keys: list[str], rows: Rows) -> str:
    """The rows in `fmt` ("csv", "json" or "md"); JSON uses `keys`, the others the shown `headers`."""
    if fmt == "csv":
        return to_csv(headers, rows)
    if fmt == "json":
        return to_json(keys, rows)
    if fmt == "md":
        return to_markdown(headers, rows)
    raise ValueError(f"unknown export format: {fmt}")


def default_folder() -> Path:
    """The user's downloads folder (created when missing), else the current directory."""
    override = os.environ.get(EXPORT_DIR_ENV)
    if override:
        folder = Path(override)
    else:
        from platformdirs import user_downloads_path

        folder = user_downloads_path()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.cwd()
    return folder


def write_text(path: Path, text: str) -> Path:
    """Write `text` atomically (a crash leaves the old file or none) and return the absolute path."""
    path = path.expanduser()
    if not path.is_absolute():
        path = default_folder() / path
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, text.encode("utf-8"))
    return path
