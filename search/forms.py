"""Which texts find which record: every searchable form in a store, with its language.

One `Entry` per form: a person's name in each language and each alias; an envoy's person's
names and the envoy's title; a visit's occasion, its people's names and their offices; a
treaty's titles; a mission's and an event's generated description in lv, lt and en. The
index (`search.index`) folds and indexes them; nothing here knows how matching works.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

from data import model as m
from data.store import Store
from search.kinds import SEARCH_KINDS

ALIAS = "alias"
"""The language of a form written in no one language: an alias, a declined or capitalised form, a code."""

_LANG_ORDER = [*m.LANGUAGES, "be", "ru", "uk", ALIAS]


class Entry(NamedTuple):
    """One searchable form of one record: 'Edgara Rinkēviča' (alias) of person:edgars-rinkevics.

    A text that is the form of several languages ('Edgars Rinkēvičs' is lv, lt and en) is one
    entry with all of them in `langs`, in the order of `data.model.LANGUAGES`, then the rest.
    """

    record_id: str
    kind: str
    text: str
    langs: tuple[str, ...]

    @property
    def lang(self) -> str:
        return self.langs[0]


def entries(store: Store) -> Iterator[Entry]:
    """Every searchable form of every record of the kinds in `SEARCH_KINDS`, record by record."""
    for record in store.records():
        yield from entries_of(store, record)


def entries_of(store: Store, record: m.Record, *, linked: bool = True) -> Iterator[Entry]:
    """The searchable forms of one record (none for a kind the search does not cover).

    With `linked=False`, an envoy's and a visit's people's names are left out: the index finds
    those through `links` (one copy of each person's names, not one per envoy and visit)."""
    if record.kind in SEARCH_KINDS:
        for text, langs in _by_text(_texts(store, record, linked)):
            yield Entry(record.id, record.kind, text, langs)


Grouped = dict[tuple[str, tuple[str, ...]], list[str]]
"""A kind's forms: each distinct (text, languages), with the ids of the records that have it, in order."""

Link = tuple[str, str, str]
"""(kind, record id, person id): a person an envoy or a visit names (see `links`)."""


def grouped(store: Store, records: Iterable[m.Record]) -> dict[str, Grouped]:
    """The forms of `records` as `entries_of(store, record, linked=False)` lists them, kind by kind
    in the order the kinds first give one: each kind's distinct (text, languages) in the order
    first met, with the ids of the records having it, in order.

    What the index is built from. The same as grouping every `Entry`, without making one: at
    250,000 records that is 1.2 million forms, most of them a visit's occasion or office, which
    are a few hundred distinct texts."""
    return grouped_and_linked(store, records)[0]


def grouped_and_linked(store: Store, records: Iterable[m.Record]) -> tuple[dict[str, Grouped], list[Link]]:
    """`grouped(store, records)`, and in the same pass the people each envoy and visit of
    `records` names, in order: (kind, record id, person id) for each of `people_named(record)`
    (whether or not the store holds that person: the index keeps those it has forms of).

    One pass over the records, each class's forms worked out the cheap way:
    - A person's names are their own (98% of them distinct): their forms are worked out
      directly from the name's forms and the aliases.
    - An envoy's or a visit's texts (a title, an occasion, offices) are a few combinations over
      and over: each combination's forms are worked out once, and the lists its records go to
      kept with it. A store decoded by `data.fastdecode` gives the records repeating a text one
      `Text` object, so a combination is first looked up by the identity of its `Text`s (no
      text read); another store finds it by its texts, as before.
    The result is the same, form for form and record for record, as grouping every `Entry`
    (`tests/test_search_build.py`)."""
    by_kind: dict[str, Grouped] = {}
    linked: list[Link] = []
    # kind -> the lists of `by_kind[kind]` a combination's records go to, by the combination's
    # texts, and by the identities of its Text objects (a visit: occasion, then each office)
    repeated: dict[str, dict[tuple[tuple[str, str], ...], list[list[str]]]] = {}
    by_identity: dict[str, dict[tuple[int, ...], list[list[str]]]] = {}
    visit, envoy, person = m.Visit, m.Envoy, m.Person
    for record in records:
        cls = type(record)
        if cls is person:
            record_id = record.id
            kind = record_id.partition(":")[0]
            if kind not in SEARCH_KINDS:
                continue
            name, aliases = record.name.forms, record.aliases  # type: ignore[attr-defined]
            keys = _named_keys(name, aliases)
            if not keys and not name and not aliases:
                continue  # no text at all (a blank one still starts its kind, as `grouped` always did)
            _file(by_kind, kind, keys, record_id)
            continue
        if cls is visit:
            record_id = record.id
            kind = record_id.partition(":")[0]
            people = record.people  # type: ignore[attr-defined]
            if people:
                if len(people) == 1:
                    named = people[0].person
                    if named:
                        linked.append((kind, record_id, named))
                    identity: tuple[int, ...] = (id(record.occasion), id(people[0].office))  # type: ignore[attr-defined]
                else:
                    for named in dict.fromkeys(participant.person for participant in people):
                        if named:
                            linked.append((kind, record_id, named))
                    identity = (id(record.occasion), *[id(participant.office) for participant in people])  # type: ignore[attr-defined]
            else:
                identity = (id(record.occasion),)  # type: ignore[attr-defined]
        elif cls is envoy:
            record_id = record.id
            kind = record_id.partition(":")[0]
            named = record.person  # type: ignore[attr-defined]
            if named:
                linked.append((kind, record_id, named))
            identity = (id(record.title),)  # type: ignore[attr-defined]
        else:
            record_id = record.id
            kind = record_id.partition(":")[0]
            if kind not in SEARCH_KINDS:
                continue
            for named in people_named(record):  # an envoy's or a visit's subclass (none in the model)
                linked.append((kind, record_id, named))
            texts = _texts(store, record, False)
            if texts:
                _file(by_kind, kind, _by_text(texts), record_id)
            continue
        # an envoy or a visit: its combination's lists, found by identity, else by texts
        known = by_identity.get(kind)
        if known is None:
            known = by_identity[kind] = {}
            repeated[kind] = {}
        targets = known.get(identity)
        if targets is None:
            if kind not in SEARCH_KINDS:
                continue
            texts = _texts(store, record, False)
            combination = tuple(texts)
            targets = repeated[kind].get(combination)  # type: ignore[assignment]
            if targets is None:
                targets = []
                if texts:
                    forms = by_kind.get(kind)
                    if forms is None:
                        forms = by_kind[kind] = {}
                    for key in _by_text(texts):
                        found = forms.get(key)
                        if found is None:
                            found = forms[key] = []
                        targets.append(found)
                repeated[kind][combination] = targets
            known[identity] = targets
        for found in targets:
            found.append(record_id)
    return {kind: forms for kind, forms in by_kind.items() if forms}, linked


def _named_keys(forms: Mapping[str, m.Form], aliases: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    """`_by_text(_named(record))` of a named record's name forms and aliases, without the list
    of (text, language) between them."""
    langs: dict[str, list[str]] = {}
    for lang, form in forms.items():
        text = form.text
        found = langs.get(text)
        if found is None:
            if text and not text.isspace():
                langs[text] = [lang]
        elif lang not in found:
            found.append(lang)
    for text in aliases:
        found = langs.get(text)
        if found is None:
            if text and not text.isspace():
                langs[text] = [ALIAS]
        elif ALIAS not in found:
            found.append(ALIAS)
    ordered = _ORDERED_LANGS.get
    return [(text, ordered(tuple(found)) or _ordered(tuple(found))) for text, found in langs.items()]


_ORDERED_LANGS: dict[tuple[str, ...], tuple[str, ...]] = {}


def _ordered(langs: tuple[str, ...]) -> tuple[str, ...]:
    """`langs` in `_lang_rank` order, one tuple per set met (`_one_tuple`), remembered for the
    order given (a few dozen orders), as `_by_text` makes them."""
    found = _one_tuple((langs[0],) if len(langs) == 1 else tuple(sorted(langs, key=_lang_rank)))
    if len(_ORDERED_LANGS) < 4096:  # a store of made-up languages does not grow this without bound
        _ORDERED_LANGS[langs] = found
    return found


def _file(by_kind: dict[str, Grouped], kind: str, keys: list[tuple[str, tuple[str, ...]]], record_id: str) -> None:
    """Add `record_id` to the list of each of its forms `keys` in its kind's forms (the kind started if new)."""
    forms = by_kind.get(kind)
    if forms is None:
        forms = by_kind[kind] = {}
    for key in keys:
        found = forms.get(key)
        if found is None:
            forms[key] = [record_id]
        else:
            found.append(record_id)


def _texts(store: Store, record: m.Record, linked: bool) -> list[tuple[str, str]]:
    """(text, language) of each searchable form of `record`, in order, repeats and blanks included."""
    texts: list[tuple[str, str]] = []
    match record:
        case m.Country():
            texts = [*_named(record), (record.code, ALIAS)]
        case m.Named():
            texts = _named(record)
        case m.Envoy():
            texts = [*(_named_id(store, record.person) if linked else []), *_text(record.title)]
        case m.Mission():
            texts = _mission(store, record)
        case m.Visit():
            texts = _text(record.occasion)
            for participant in record.people:
                texts += (_named_id(store, participant.person) if linked else []) + _text(participant.office)
        case m.Treaty():
            texts = _text(record.title)
            for provision in record.provisions:  # what it commits to: our words and the source's
                texts += _text(provision.text) + [(c.quote, ALIAS) for c in provision.citations]
        case m.Event():
            texts = _event(store, record)
    return texts


def _by_text(texts: list[tuple[str, str]]) -> list[tuple[str, tuple[str, ...]]]:
    """Each distinct non-blank text of `texts`, in order, with its languages (in `_lang_rank` order)."""
    langs: dict[str, list[str]] = {}
    for text, lang in texts:
        found = langs.get(text)
        if found is None:
            if text and not text.isspace():  # as `text.strip()`: the same characters are whitespace
                langs[text] = [lang]
        elif lang not in found:
            found.append(lang)
    return [(text, _one_tuple((found[0],) if len(found) == 1 else tuple(sorted(found, key=_lang_rank))))
            for text, found in langs.items()]


_LANG_SETS: dict[tuple[str, ...], tuple[str, ...]] = {}


def _one_tuple(langs: tuple[str, ...]) -> tuple[str, ...]:
    """One tuple for each set of languages met (a few dozen), which 330,000 forms share at
    250,000 records: 15 MB of an index held in memory."""
    found = _LANG_SETS.get(langs)
    if found is None:
        if len(_LANG_SETS) >= 4096:  # a store of made-up languages does not grow this without bound
            return langs
        found = _LANG_SETS[langs] = langs
    return found


LINKING: tuple[type[m.Record], ...] = (m.Envoy, m.Visit)
"""The classes of record `links` finds people of (for any other it finds none)."""


def people_named(record: m.Record) -> list[str]:
    """The ids an envoy or a visit gives for its people, each once (what `links` keeps of them
    are those of named records in the store)."""
    match record:
        case m.Envoy():
            return [record.person] if record.person else []
        case m.Visit():
            return [p for p in dict.fromkeys(participant.person for participant in record.people) if p]
        case _:
            return []


def links(store: Store, record: m.Record) -> list[str]:
    """The named records (people) whose every name also finds `record`: an envoy's person, a
    visit's people. `entries_of(..., linked=True)` lists those names as the record's own forms."""
    return [p for p in people_named(record) if isinstance(store.find(p), m.Named)]


def _lang_rank(lang: str) -> tuple[int, str]:
    return (_LANG_ORDER.index(lang) if lang in _LANG_ORDER else len(_LANG_ORDER), lang)


def _text(text: m.Text) -> list[tuple[str, str]]:
    return [(form.text, lang) for lang, form in text.forms.items()]


def _named(record: m.Named) -> list[tuple[str, str]]:
    return [*_text(record.name), *((alias, ALIAS) for alias in record.aliases)]


def _named_id(store: Store, record_id: str | None) -> list[tuple[str, str]]:
    record = store.find(record_id) if record_id else None
    return _named(record) if isinstance(record, m.Named) else []


# --- generated descriptions --------------------------------------------------------------

_MISSION_WORDS = {
    "en": {"embassy": "Embassy", "consulate": "Consulate", "consulate-general": "Consulate-General",
           "honorary-consulate": "Honorary Consulate"},
    "lv": {"embassy": "vēstniecība", "consulate": "konsulāts", "consulate-general": "ģenerālkonsulāts",
           "honorary-consulate": "goda konsulāts"},
    "lt": {"embassy": "ambasada", "consulate": "konsulatas", "consulate-general": "generalinis konsulatas",
           "honorary-consulate": "garbės konsulatas"},
}
_EVENT_WORDS = {
    "en": {"recognition": "Recognition", "diplomatic-relations": "Diplomatic relations", "expulsion": "Expulsion",
           "recall": "Recall"},
    "lv": {"recognition": "atzīšana", "diplomatic-relations": "diplomātiskās attiecības", "expulsion": "izraidīšana",
           "recall": "atsaukšana"},
    "lt": {"recognition": "pripažinimas", "diplomatic-relations": "diplomatiniai santykiai", "expulsion": "išsiuntimas",
           "recall": "atšaukimas"},
}


def _name(store: Store, record_id: str | None, lang: str) -> str:
    record = store.find(record_id) if record_id else None
    if isinstance(record, m.Named):
        form = record.name.get(lang)
        return form.text if form else record.label(lang)
    return ""


def _mission(store: Store, mission: m.Mission) -> list[tuple[str, str]]:
    """'Embassy of Latvia in Minsk', 'Latvijas vēstniecība Minskā', 'Latvijos ambasada Minske'."""
    texts = []
    for lang, words in _MISSION_WORDS.items():
        kind = words.get(mission.mission_kind, mission.mission_kind)
        sending = _name(store, mission.sending, lang)
        place = _name(store, mission.city, lang) or _name(store, mission.receiving, lang)
        if lang == "en":
            texts.append((f"{kind} of {sending} in {place}", lang))
        elif lang == "lv":
            texts.append((f"{_lv_genitive(sending)} {kind} {_lv_locative(place)}", lang))
        else:
            texts.append((f"{_lt_genitive(sending)} {kind} {_lt_locative(place)}", lang))
    return texts


def _event(store: Store, event: m.Event) -> list[tuple[str, str]]:
    """'Recognition: Lithuania – Belarus', 'atzīšana: Lietuva – Baltkrievija'..."""
    return [
        (f"{words.get(event.event_kind, event.event_kind)}: "
         f"{' – '.join(_name(store, party, lang) for party in event.parties)}", lang)
        for lang, words in _EVENT_WORDS.items()
    ]


# Just enough declension for the generated descriptions of our countries and cities; the
# matching itself does not depend on it (inflection.stem meets any of these forms).

def _lv_genitive(name: str) -> str:
    return name + "s" if name.endswith(("a", "e")) else name


def _lv_locative(name: str) -> str:
    if name.endswith("a"):
        return name[:-1] + "ā"
    if name.endswith("e"):
        return name[:-1] + "ē"
    if name.endswith("pils"):
        return name[:-1] + "ī"  # Daugavpils -> Daugavpilī
    return name


def _lt_genitive(name: str) -> str:
    if name.endswith("a"):
        return name[:-1] + "os"
    if name.endswith("ė"):
        return name[:-1] + "ės"
    return name


def _lt_locative(name: str) -> str:
    for ending, locative in (("ius", "iuje"), ("as", "e"), ("is", "yje"), ("us", "uje"), ("a", "oje"), ("ė", "ėje")):
        if name.endswith(ending):
            return name[: -len(ending)] + locative
    return name
