"""Read and check the catalogue source: JSON Lines files, one item per line."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from ..errors import UserError
from .attachments import attachment, check_unique
from .records import KINDS, Item

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_OPTIONAL_TEXT = ("date", "submitter", "institution", "country", "region", "url", "licence", "isbn", "sources")
_TEXT_LISTS = ("authors", "languages", "themes")
FIELDS = ("id", "kind", "title", "summary", "body", "year", *_OPTIONAL_TEXT, *_TEXT_LISTS, "attachments")


class SourceError(UserError):
    """A catalogue source that cannot be used; says which file, which line (0: the file as a whole) and why."""

    def __init__(self, path: Path, line: int, reason: str) -> None:
        super().__init__(f"{path}:{line}: {reason}" if line else f"{path}: {reason}")
        self.path, self.line, self.reason = path, line, reason


def source_files(source: Path) -> list[Path]:
    """The ``*.jsonl`` files of a source folder (sorted), or the one file given."""
    if source.is_dir():
        files = sorted(source.glob("*.jsonl"))
        if not files:
            raise SourceError(source, 0, "no .jsonl files in this folder")
        return files
    if not source.is_file():
        raise SourceError(source, 0, "no such file or folder")
    return [source]


def load_items(source: Path, files: dict[str, Path] | None = None) -> list[Item]:
    """Every item of ``source``; the first bad line raises :class:`SourceError`. The attachments' files are
    measured (and put in ``files`` by SHA-256, for the publisher to copy)."""
    items: list[Item] = []
    seen: dict[str, tuple[Path, int]] = {}
    folder = source if source.is_dir() else source.parent
    for path, number, data in _records(source):
        try:
            item = _item(data, folder, files)
        except ValueError as error:
            raise SourceError(path, number, str(error)) from None
        if item.id in seen:
            first_path, first_line = seen[item.id]
            raise SourceError(path, number, f"duplicate id {item.id!r} (first at {first_path.name}:{first_line})")
        seen[item.id] = (path, number)
        items.append(item)
    return items


def unknown_fields(source: Path) -> list[str]:
    """One line per field name the app does not know (ignored, as the format allows, but likely a typo)."""
    import difflib  # only for the "did you mean" hints

    notes = []
    for path, number, data in _records(source):
        for key in sorted(set(data) - set(FIELDS)):
            close = difflib.get_close_matches(key, FIELDS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            notes.append(f"{path}:{number}: unknown field '{key}' is ignored{hint}")
    return notes


def _records(source: Path) -> Iterator[tuple[Path, int, dict[str, Any]]]:
    for path in source_files(source):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError as error:
            raise SourceError(path, 0, f"not UTF-8 text ({error.reason})") from None
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as error:
                raise SourceError(path, number, f"invalid JSON: {error.msg} at column {error.colno}") from None
            except RecursionError:
                raise SourceError(path, number, "invalid JSON: nested too deeply") from None
            except ValueError:  # what json.loads raises beyond JSONDecodeError: a number of thousands of digits
                raise SourceError(path, number, "invalid JSON: a number too long to read") from None
            if not isinstance(data, dict):
                raise SourceError(path, number, "each line must be a JSON object")
            yield path, number, data


def _item(data: dict[str, Any], folder: Path, files: dict[str, Path] | None) -> Item:
    item_id = data.get("id")
    if not isinstance(item_id, str) or not _SLUG.match(item_id):
        raise ValueError("'id' must be a lowercase slug such as 'digital-skills-2022'")
    if data.get("kind") not in KINDS:
        raise ValueError(f"'kind' must be one of {', '.join(KINDS)}")
    title = _text(data, "title")
    if not title.strip():
        raise ValueError("'title' must be a non-empty string")
    year = data.get("year")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool) or not 1000 <= year <= 9999):
        raise ValueError("'year' must be a four-digit integer or null")
    fields: dict[str, Any] = {key: _optional_text(data, key) for key in _OPTIONAL_TEXT}
    if fields["date"] is not None and not _is_date(fields["date"]):
        raise ValueError("'date' must be a real day written like 2024-05-31")
    for key in _TEXT_LISTS:
        fields[key] = _text_list(data, key)
    try:
        attachments = tuple(attachment(entry, folder, files) for entry in _list(data, "attachments"))
        check_unique(attachments)
    except ValueError as error:
        raise ValueError(f"item {item_id!r}: {error}") from None
    return Item(
        id=item_id,
        kind=data["kind"],
        title=title.strip(),
        summary=_text(data, "summary"),
        body=_text(data, "body"),
        year=year,
        attachments=attachments,
        **fields,
    )


def _is_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:  # 2024-99-99, 2023-02-29
        return False
    return True


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key) or ""
    if not isinstance(value, str):
        raise ValueError(f"'{key}' must be a string")
    if _CONTROL.search(value):
        raise ValueError(f"'{key}' contains a control character (only tabs and newlines are allowed)")
    return value


def _optional_text(data: dict[str, Any], key: str) -> str | None:
    return _text(data, key).strip() or None


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise ValueError(f"'{key}' must be a list")
    return value


def _text_list(data: dict[str, Any], key: str) -> tuple[str, ...]:
    values = _list(data, key)
    if not all(isinstance(v, str) and v.strip() and not _CONTROL.search(v) for v in values):
        raise ValueError(f"'{key}' must be a list of non-empty strings without control characters")
    return tuple(dict.fromkeys(v.strip() for v in values))
