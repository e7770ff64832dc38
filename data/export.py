"""Records as plain JSON-ready dicts: the `--json` output of every command."""

from __future__ import annotations

import dataclasses
from typing import Any

from data import model as m
from data.dates import DateRange, PartialDate

_FIELD_NAMES = {"sending": "from", "receiving": "to", "mission_kind": "kind", "visit_kind": "kind",
                "treaty_kind": "kind", "event_kind": "kind"}


def to_json(value: Any) -> Any:
    """A model object (or a container of them) as JSON-ready data."""
    if isinstance(value, m.Text):
        return {
            lang: ({"text": form.text, "basis": form.basis} if form else {"text": None, "basis": "not-attested"})
            for lang in dict.fromkeys([*m.LANGUAGES, *value.forms])
            for form in [value.forms.get(lang)]
        }
    if isinstance(value, (PartialDate, DateRange)):
        return str(value)
    if isinstance(value, m.Record):
        data: dict[str, Any] = {"id": value.id, "type": value.kind}
        for field in dataclasses.fields(value):
            if field.name != "id":
                data[_FIELD_NAMES.get(field.name, field.name)] = to_json(getattr(value, field.name))
        return data
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    return value
