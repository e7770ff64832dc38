"""How fast the search is per keystroke, on the shipped store and on 100,000 synthetic people.

    .venv/bin/python tests/benchmarks/search_bench.py            # prints JSON, about a minute
    .venv/bin/python tests/benchmarks/search_bench.py --people 20000

For each store: the index's build time and peak memory (tracemalloc, in a second build); each
benchmark query typed one keystroke at a time through `SearchIndex.search` (limit 10, and
limit 500 as the app's tab filter asks), with p50/p95 per keystroke; then the whole queries
through our search and through a bare `rapidfuzz.process.extract(query, forms, scorer=WRatio)`
over the same folded forms, with how many intended records each puts in its top 10.

Not a test: the figures depend on the machine. The README quotes a run on the 2-core
development machine. The synthetic people are Latvian, Lithuanian and Belarusian/Russian
names with 3 to 4 forms each (lv, lt, en, ru in Cyrillic, declined and capitalised aliases),
made from a fixed seed, so every run indexes the same 100,000 people.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from anyascii import anyascii
from rapidfuzz import fuzz, process

from data import model as m
from data.store import Store, load_store
from search.forms import entries
from search.index import SearchIndex
from search.normalize import fold

# --- synthetic people ----------------------------------------------------------------------

LV_MEN = ["Jānis", "Andris", "Edgars", "Māris", "Kārlis", "Pēteris", "Aivars", "Ivars", "Guntis", "Raimonds",
          "Mārtiņš", "Krišjānis", "Artūrs", "Valdis", "Uldis", "Ainārs", "Einārs", "Gints", "Oskars", "Roberts",
          "Rihards", "Aigars", "Juris", "Normunds", "Dainis", "Armands", "Viesturs", "Ģirts", "Kaspars", "Reinis"]
LV_WOMEN = ["Dace", "Ilze", "Inese", "Līga", "Ieva", "Maira", "Ingrīda", "Linda", "Anita", "Sandra", "Zane",
            "Dana", "Kristīne", "Baiba", "Solvita", "Aija", "Gunta", "Laima", "Vija", "Sarmīte"]
LT_MEN = ["Algirdas", "Valdas", "Gitanas", "Vytautas", "Linas", "Audrius", "Arūnas", "Darius", "Mindaugas",
          "Rimantas", "Saulius", "Tomas", "Žygimantas", "Gabrielius", "Kęstutis", "Alfonsas", "Jonas", "Petras"]
LT_WOMEN = ["Dalia", "Ingrida", "Rasa", "Aušra", "Jūratė", "Eglė", "Rūta", "Vilija", "Asta", "Laima"]
SLAVIC_MEN = [  # (Cyrillic, Latvian, English)
    ("Владимир", "Vladimirs", "Vladimir"), ("Александр", "Aleksandrs", "Alexander"), ("Сергей", "Sergejs", "Sergei"),
    ("Николай", "Nikolajs", "Nikolai"), ("Андрей", "Andrejs", "Andrei"), ("Михаил", "Mihails", "Mikhail"),
    ("Олег", "Oļegs", "Oleg"), ("Юрий", "Jurijs", "Yuri"), ("Валерий", "Valērijs", "Valery"),
    ("Виктор", "Viktors", "Viktor"), ("Дмитрий", "Dmitrijs", "Dmitry"), ("Алексей", "Aleksejs", "Alexei"),
    ("Игорь", "Igors", "Igor"), ("Павел", "Pāvels", "Pavel"), ("Иван", "Ivans", "Ivan"),
    ("Евгений", "Jevgeņijs", "Yevgeny"), ("Анатолий", "Anatolijs", "Anatoly"), ("Борис", "Boriss", "Boris"),
]
LV_SYLLABLES = ["kal", "ber", "zar", "lie", "ozol", "bērz", "kļav", "liep", "vīt", "dūm", "rieks", "sil", "krūm",
                "sprog", "pūr", "vēj", "grīn", "mež", "strau", "dzen", "rub", "gail", "zvai", "balo", "lāc", "vilk",
                "ķēn", "šķēl", "tīr", "rož", "jur", "ku", "pe", "ma", "ti", "ra", "no", "se", "lu", "dau", "gav",
                "čak", "žub", "ņem", "āb", "ēr", "ūd", "īv", "spr", "kran"]
LV_MEN_ENDINGS = ["iņš", "ēns", "ītis", "nieks", "ovs", "skis", "ulis", "ants", "s", "is", "ējs", "ups"]
LV_WOMEN_ENDINGS = ["iņa", "ēna", "īte", "niece", "ova", "ska", "ule", "ante", "a", "e", "ēja", "upa"]
LT_SYLLABLES = ["gry", "bau", "kai", "braz", "adam", "sabo", "nau", "sė", "dar", "žiū", "kaz", "lau", "pet", "rim",
                "šim", "mar", "vai", "tke", "ruk", "jan", "dau", "kun", "sta", "čiu", "liau", "bar", "gin", "tau"]
LT_MEN_ENDINGS = ["as", "is", "us", "ius", "auskas", "ėnas", "inis", "aitis", "evičius", "onis"]
LT_WOMEN_ENDINGS = ["ienė", "aitė", "ytė", "utė", "iūtė", "ė"]
RU_SYLLABLES = ["ма", "ке", "лу", "ка", "ше", "ши", "ку", "пи", "ло", "ба", "ри", "ко", "ва", "ще", "жу", "ха",
                "го", "ру", "де", "са", "мо", "че", "за", "бо", "ты", "ля", "ёр", "ду", "фе", "ци", "ны", "ю"]
RU_ENDINGS = ["ов", "ев", "енко", "ич", "евич", "ский", "чук", "ко", "ин", "ёнок", "ук", "цкий"]

LV_FROM_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "ž", "з": "z", "и": "i", "й": "j",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "h", "ц": "c", "ч": "č", "ш": "š", "щ": "šč", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "ju", "я": "ja",
}
LV_TO_LT = str.maketrans({"ā": "a", "ē": "e", "ī": "y", "ū": "ū", "ķ": "k", "ļ": "l", "ņ": "n", "ģ": "g"})
LT_TO_LV = str.maketrans({"ė": "e", "y": "ī", "ą": "a", "ę": "e", "į": "i", "ų": "u"})


def _latvian_from_cyrillic(word: str) -> str:
    """'Шимов' -> 'Šimovs', 'Сидорский' -> 'Sidorskis': Latvian spelling with a nominative ending."""
    lower = word.lower()
    for ending, latvian in (("ский", "skis"), ("цкий", "ckis"), ("ий", "ijs"), ("ый", "ijs")):
        if lower.endswith(ending):
            stem, tail = lower[: -len(ending)], latvian
            break
    else:
        stem, tail = lower, ("s" if lower[-1] not in "аеёиоуыэюяо" else "")
    latvian_word = "".join(LV_FROM_RU.get(c, c) for c in stem) + tail
    return latvian_word[:1].upper() + latvian_word[1:]


def _lv_from_lt(word: str) -> str:
    """'Žygimantas' -> 'Žīgimants', 'Gabrielius' -> 'Gabrielijs', 'Grybauskaitė' -> 'Grībauskaite'."""
    word = word.translate(LT_TO_LV)
    for ending, latvian in (("ius", "ijs"), ("as", "s")):
        if word.endswith(ending):
            return word[: -len(ending)] + latvian
    return word


def _lv_genitive(word: str) -> str:
    for ending, genitive in (("iņš", "iņa"), ("skis", "ska"), ("is", "a"), ("s", "a"), ("a", "as"), ("e", "es")):
        if word.endswith(ending):
            return word[: -len(ending)] + genitive
    return word


def _surname(rng: random.Random, syllables: list[str], endings: list[str]) -> str:
    root = "".join(rng.choice(syllables) for _ in range(rng.choice((2, 2, 3))))
    return (root + rng.choice(endings)).capitalize()


def synthetic_people(count: int, seed: int = 20240411) -> list[m.Person]:
    """`count` people with 3 or 4 forms each, the same every run for the same seed."""
    rng = random.Random(seed)
    people = []
    for number in range(count):
        origin = rng.random()
        forms: dict[str, str] = {}
        aliases: list[str] = []
        if origin < 0.45:  # Latvian: lv = en, a genitive alias, a capitalised alias, sometimes Russian
            woman = rng.random() < 0.4
            first = rng.choice(LV_WOMEN if woman else LV_MEN)
            last = _surname(rng, LV_SYLLABLES, LV_WOMEN_ENDINGS if woman else LV_MEN_ENDINGS)
            forms = {"lv": f"{first} {last}", "en": f"{first} {last}"}
            aliases = [f"{_lv_genitive(first)} {_lv_genitive(last)}", f"{first} {last.upper()}"]
            if rng.random() < 0.5:
                forms["lt"] = f"{first.translate(LV_TO_LT)} {last.translate(LV_TO_LT)}"
        elif origin < 0.7:  # Lithuanian: lt, a Latvian rendering, an ASCII English form, sometimes a genitive
            woman = rng.random() < 0.4
            first = rng.choice(LT_WOMEN if woman else LT_MEN)
            last = _surname(rng, LT_SYLLABLES, LT_WOMEN_ENDINGS if woman else LT_MEN_ENDINGS)
            lv_first, lv_last = _lv_from_lt(first), _lv_from_lt(last)
            forms = {"lt": f"{first} {last}", "lv": f"{lv_first} {lv_last}", "en": anyascii(f"{first} {last}")}
            if rng.random() < 0.5:
                aliases = [f"{_lv_genitive(lv_first)} {_lv_genitive(lv_last)}"]
        else:  # Belarusian or Russian: Cyrillic, English (anyascii), Latvian, a Latvian genitive
            first_ru, first_lv, first_en = rng.choice(SLAVIC_MEN)
            last_ru = _surname(rng, RU_SYLLABLES, RU_ENDINGS)
            last_lv = _latvian_from_cyrillic(last_ru)
            forms = {"ru": f"{first_ru} {last_ru}", "en": f"{first_en} {anyascii(last_ru)}",
                     "lv": f"{first_lv} {last_lv}"}
            if rng.random() < 0.6:
                aliases = [f"{_lv_genitive(first_lv)} {_lv_genitive(last_lv)}"]
        name = m.Text({lang: m.Form(text, "derived") for lang, text in forms.items()})
        people.append(m.Person(id=f"person:synthetic-{number}", citations=(), notes="", issues=(),
                               name=name, aliases=tuple(aliases)))
    return people


# --- queries -------------------------------------------------------------------------------

def _typo(word: str, rng: random.Random) -> str:
    """One letter swapped with its neighbour, past the first two letters."""
    if len(word) < 5:
        return word
    i = rng.randrange(2, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def synthetic_queries(people: list[m.Person], count: int, seed: int = 7) -> list[tuple[str, str]]:
    """(query, intended record id): declined, Cyrillic, transliterated, typo, reversed, ASCII forms."""
    rng = random.Random(seed)
    queries = []
    for person in rng.sample(people, count):
        forms = {lang: form.text for lang, form in person.name.forms.items()}
        first, last = forms["lv"].split(" ", 1)
        style = len(queries) % 6
        if style == 0 and person.aliases:      # a declined Latvian form, typed without diacritics
            query = fold(person.aliases[0])
        elif style == 1 and "ru" in forms:     # pasted from a Russian article
            query = forms["ru"]
        elif style == 2:                       # English surname with a typo, first name
            query = f"{forms['en'].split(' ', 1)[0]} {_typo(forms['en'].split(' ', 1)[1], rng)}"
        elif style == 3:                       # surname first
            query = f"{last} {first}"
        elif style == 4 and "lt" in forms:     # the Lithuanian form
            query = forms["lt"]
        else:                                  # plain ASCII, lower case
            query = fold(forms["lv"])
        queries.append((query, person.id))
    return queries


SHIPPED_QUERIES = [
    ("rinkevics", "person:edgars-rinkevics"), ("Edgara Rinkēviča", "person:edgars-rinkevics"),
    ("Ринкевичс", "person:edgars-rinkevics"), ("Makey", "person:vladimirs-makejs"),
    ("Lukašenka", "person:alexander-lukashenko"), ("grybauskaite", "person:dalia-grybauskaite"),
    ("Minskā", "city:minsk"), ("Vilniuje", "city:vilnius"), ("Baltarusija", "country:by"),
    ("Baltkrievija", "country:by"), ("semanis einars", "person:einars-semanis"),
    ("Krišjāņa Kariņa", "person:krisjanis-karins"), ("rinkevisc", "person:edgars-rinkevics"),
    ("Kupchina", "person:alona-kupcina"), ("Лукашенко", "person:alexander-lukashenko"),
    ("Mihails Popkovs", "person:mihails-popkovs"), ("Maira Mora", "person:maira-mora"),
    ("grybouskeite", "person:dalia-grybauskaite"), ("Viļņā", "city:vilnius"),
    ("embassy of latvia in minsk", "mission:lv-by-minsk-embassy"),
]


# --- measuring -----------------------------------------------------------------------------

def _ms(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50": round(statistics.median(ordered) * 1000, 3),
        "p95": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] * 1000, 3),
        "max": round(ordered[-1] * 1000, 3),
    }


def _timed(function: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def _keystrokes(queries: list[tuple[str, str]]) -> Iterator[str]:
    for query, _ in queries:
        for end in range(1, len(query) + 1):
            yield query[:end]


def measure(store: Store, queries: list[tuple[str, str]], name: str) -> dict[str, object]:
    gc.collect()
    build_s, index = _timed(lambda: SearchIndex.build(store))
    assert isinstance(index, SearchIndex)
    tracemalloc.start()
    SearchIndex.build(store)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    gc.collect()

    typed = list(_keystrokes(queries))
    unfrozen = [_timed(lambda q=q: index.search(q, limit=10))[0] for q in typed]
    # What the app does once its store and index are built: move them out of the collector's
    # sight. Without it, a full collection (a pass over every record object in the process,
    # about 0.2-0.4 s at 100,000 people) lands on a keystroke now and then; see "unfrozen".
    gc.collect()
    gc.freeze()
    per_key = [_timed(lambda q=q: index.search(q, limit=10))[0] for q in typed]
    per_key_500 = [_timed(lambda q=q: index.search(q, kinds={"person"}, limit=500))[0] for q in typed]

    ours, found_ours = [], 0
    for query, wanted in queries:
        elapsed, hits = _timed(lambda query=query: index.search(query, limit=10))
        ours.append(elapsed)
        found_ours += wanted in [hit.record_id for hit in hits]  # type: ignore[attr-defined]

    forms = [(entry.record_id, fold(entry.text)) for entry in entries(store)]
    choices = [text for _, text in forms]
    bare, found_bare = [], 0
    for query, wanted in queries:
        elapsed, results = _timed(lambda query=query: process.extract(fold(query), choices, scorer=fuzz.WRatio,
                                                                       limit=50))
        bare.append(elapsed)
        top = list(dict.fromkeys(forms[i][0] for _, _, i in results))[:10]  # type: ignore[attr-defined]
        found_bare += wanted in top

    ours_ms, bare_ms = _ms(ours), _ms(bare)
    gc.unfreeze()
    return {
        "store": name,
        "records": len(store),
        "forms": len(index),
        "distinct_words": index.words(),
        "index_build_s": round(build_s, 3),
        "index_build_peak_mb": round(peak / 2**20, 1),
        "keystrokes": len(typed),
        "keystroke_ms_limit_10": _ms(per_key),
        "keystroke_ms_limit_500_people": _ms(per_key_500),
        "keystroke_ms_limit_10_gc_unfrozen": _ms(unfrozen),
        "queries": len(queries),
        "query_ms_ours": ours_ms,
        "query_ms_bare_wratio": bare_ms,
        "ratio_ours_to_bare_p50": round(ours_ms["p50"] / bare_ms["p50"], 4),
        "ratio_ours_to_bare_p95": round(ours_ms["p95"] / bare_ms["p95"], 4),
        "intended_in_top_10_ours": found_ours,
        "intended_in_top_10_bare_wratio": found_bare,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000, help="synthetic people (default 100,000)")
    parser.add_argument("--queries", type=int, default=60, help="synthetic queries (default 60)")
    args = parser.parse_args(argv)

    results = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "system": platform.platform()},
        "shipped": measure(load_store(), SHIPPED_QUERIES, "data/store.json"),
    }
    people = synthetic_people(args.people)
    results["synthetic"] = measure(Store(people), synthetic_queries(people, args.queries),
                                   f"{args.people:,} synthetic people")
    results["process_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
