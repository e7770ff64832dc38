"""The search index: built once from a store, answering each keystroke from memory.

    index = SearchIndex.build(store)
    index.search("Rinkēviča")                            # [Hit(person:edgars-rinkevics ...), ...]
    index.search("semanis", kinds={"envoy"}, limit=500)  # the Envoys tab's filter

How it stays fast as the data grows: nothing is scored unless a cheap index says it can match.

- Every form (`search.forms`) is folded once into words; each distinct word is stored once, with
  its spelling skeleton and stem key, in the `Vocabulary`, which finds a query word's candidate
  words tier by tier without looking at any form. Each kind of record keeps its own posting
  lists (word -> forms), so a filter on one kind never walks the others.
- A query word's candidate words, and how well it meets each of them, are worked out once per
  search and shared by every kind and tier.
- One query word drives: the one that can meet the fewest forms. Its forms are taken word by
  word, best words first; with several query words, each is checked against the others, or
  first narrowed to the forms the others can meet (an intersection of their posting lists)
  when listing those costs less than checking.
- Tiers are searched in order (exact and prefix, then equivalent, then fuzzy), and the search
  stops at the first tier that already gives `limit` records: the fuzzy tier runs only when
  the better ones come short.
- A very unselective query (a letter or two) stops collecting a little after `limit` records,
  taking the words that start with it shortest first: the best of what it met, not of
  everything.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat

from data import model as m
from data.errors import QueryError
from data.store import Store
from data.storefile import collector_paused
from search.forms import ALIAS, Grouped, grouped_and_linked
from search.kinds import SEARCH_KINDS, unknown_kinds_message
from search.normalize import WordKeys, analyse, ends_word, fold, folded_words
from search.rank import MIN_EQUIVALENT, Hit, Tier, WordMatch, form_score, match_word, max_typos
from search.vocabulary import Vocabulary

MAX_QUERY_CHARS = 120
"""A query is cut to its first 120 characters..."""
MAX_QUERY_WORDS = 8
"""... and to its first 8 words..."""
MAX_WORD_LETTERS = 40
"""... of at most 40 folded letters each: a pasted page cannot make a keystroke slow."""

# With several query words, the driver's forms are checked against the others one by one, or
# first narrowed to the forms the others can meet (listing their words' forms). Listing costs
# about one sixth of a check per word listed; it is done at once for a word meeting up to
# _LIST_WORDS words, and for a broader one ('s') only once checking has cost more than listing
# would (checked in steps of _CHECK_STEP forms).
_LIST_WORDS = 2_000
_CHECK_PER_WORD = 6
_CHECK_STEP = 256
_FOLD_BATCH = 16_384  # forms folded at once: as fast as all at once, without all their words in memory
_KIND_RANK = {kind: rank for rank, kind in enumerate(SEARCH_KINDS)}
_LEVELS = (Tier.PREFIX, Tier.EQUIVALENT, Tier.FUZZY)


def query_words(query: str) -> tuple[WordKeys, ...]:
    """The analysed words of a query, cut to `MAX_QUERY_CHARS`, `MAX_QUERY_WORDS`, `MAX_WORD_LETTERS`.

    Repeated words count once: 'minsk minsk' asks what 'minsk' asks.
    """
    return _query_words(query[:MAX_QUERY_CHARS])


@lru_cache(maxsize=1024)  # a keystroke often repeats the query of the last (a tab filter and a count)
def _query_words(query: str) -> tuple[WordKeys, ...]:
    folded = fold(query).split()
    unique = dict.fromkeys(word[:MAX_WORD_LETTERS] for word in folded)
    return tuple(analyse(word) for word in list(unique)[:MAX_QUERY_WORDS])


def still_typing(query: str) -> bool:
    """Whether the query's last word may be unfinished: the query does not end with a space or
    punctuation. Only that word may match the start of a longer word with a typo ('grybuas'
    for 'Grybauskaitė' while typing); the words before it are complete."""
    text = query[:MAX_QUERY_CHARS]
    return bool(text) and not ends_word(text)


@dataclass(slots=True)
class _Found:
    """The best form of one record found so far, and how it matched."""

    order: tuple  # sort key: best first
    shard: _Shard  # the record's kind
    source: _Shard  # where the form is (the person's, for an envoy found by its person's name)
    record: str
    entry: int
    matches: list[tuple[int, WordMatch]]
    tier: Tier
    score: float


class _Query:
    """One search: its words, and what is learnt about them, shared by every kind and tier."""

    def __init__(self, words: tuple[WordKeys, ...], vocabulary: Vocabulary, *, typing: bool) -> None:
        self.words = words
        self.vocabulary = vocabulary
        self.typing = len(words) - 1 if typing else -1  # the word still being typed, if any
        self.order = sorted(range(len(words)), key=lambda i: -len(words[i].folded))  # longest claims first
        # per query word: word id -> (level tried, match or None)
        self.matches: list[dict[int, tuple[Tier, WordMatch | None]]] = [{} for _ in words]
        # the highest level that can add candidates for each query word (a short word has no typos...)
        self._top = [_top_level(word) for word in words]
        self._near: dict[int, list[int]] = {}
        self._cache: dict[tuple, object] = {}
        self.passed: dict[str, set[int]] = {}  # kind -> forms already found (a better tier cannot change them)

    def _cached(self, key: tuple, make: Callable[[], object]) -> object:
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = make()
        return found

    def near(self, qi: int) -> list[int]:
        found = self._near.get(qi)
        if found is None:
            found = self._near[qi] = self.vocabulary.near(self.words[qi], typing=qi == self.typing)
        return found

    def candidates(self, qi: int, level: Tier) -> Iterator[int]:
        level = min(level, self._top[qi])
        near = self.near(qi) if level >= Tier.FUZZY else None
        return self.vocabulary.candidates(self.words[qi], level, near)

    def candidate_list(self, qi: int, level: Tier) -> list[int]:
        level = min(level, self._top[qi])
        return self._cached(("list", qi, level), lambda: list(self.candidates(qi, level)))  # type: ignore[return-value]

    def reach(self, qi: int, level: Tier, shard: _Shard) -> set[int]:
        """The forms of `shard` holding a word that query word `qi` can meet at `level`."""
        level = min(level, self._top[qi])

        def make() -> set[int]:
            found: set[int] = set()
            postings = shard.postings
            for wid in self.candidate_list(qi, level):
                forms = postings.get(wid)
                if forms:
                    found.update(forms)
            return found

        return self._cached(("reach", qi, level, shard.kind), make)  # type: ignore[return-value]

    def word_set(self, qi: int, level: Tier) -> set[int]:
        level = min(level, self._top[qi])
        return self._cached(("set", qi, level), lambda: set(self.candidate_list(qi, level)))  # type: ignore[return-value]

    def word_estimate(self, qi: int, level: Tier) -> int:
        level = min(level, self._top[qi])
        near = self.near(qi) if level >= Tier.FUZZY else None
        return self.vocabulary.word_estimate(self.words[qi], level, near)

    def estimate(self, qi: int, level: Tier) -> int:
        level = min(level, self._top[qi])
        near = self.near(qi) if level >= Tier.FUZZY else None
        return self._cached(("estimate", qi, level),  # type: ignore[return-value]
                            lambda: self.vocabulary.estimate(self.words[qi], level, near))


def _apart(wids: tuple[int, ...], driver: set[int], others: list[set[int]]) -> bool:
    """Whether each of `others` (candidate words of a query word) meets a word of the form that
    the driver need not take: a quick test before matching ('valdis v' and 'Valdis Kalniņš':
    only 'valdis' starts with v, and the driver needs it)."""
    taken = [position for position, wid in enumerate(wids) if wid in driver]
    for other in others:
        positions = [position for position, wid in enumerate(wids) if wid in other]
        if not positions or (positions == taken and len(positions) == 1):
            return False
    return True


def _top_level(word: WordKeys) -> Tier:
    if len(word.skeleton) < MIN_EQUIVALENT:
        return Tier.PREFIX
    return Tier.FUZZY if max_typos(len(word.skeleton)) else Tier.EQUIVALENT


class _Shard:
    """The forms of one kind of record, and which of them hold each word.

    A form is kept once however many records of the kind have it ('Ārlietu ministrs', the
    office of a thousand visits): `entry_record` numbers its first record (in `records`),
    `entry_more` all of them for the few forms that have several. The names of the people of an
    envoy or a visit are not copied into its shard: `links` (a person's number in the person
    shard -> this kind's records) lets the person shard's forms find them, so each name is
    indexed once. Records go by number so that a saved index is read back as it is."""

    def __init__(self, kind: str, vocabulary: Vocabulary) -> None:
        self.kind = kind
        self.vocabulary = vocabulary
        self.rank = _KIND_RANK.get(kind, len(_KIND_RANK))
        self.records: list[str] = []  # record ids, numbered
        self.numbers: dict[str, int] = {}  # record id -> number, while building
        self.entry_record: list[int] = []
        self.entry_more: dict[int, tuple[int, ...]] = {}  # entry -> all its records, when more than one
        self.entry_text: list[str] = []
        self.entry_langs: list[tuple[str, ...]] = []
        self.entry_words: list[tuple[int, ...]] = []
        self.postings: dict[int, list[int] | tuple[int, ...]] = {}  # word id -> forms (tuples once built)
        self.links: dict[int, tuple[int, ...]] = {}  # a person's number -> the records of this kind naming them
        self.linked: _Shard | None = None  # the person shard, whose forms also find this kind's records

    def add(self, forms: Grouped) -> None:
        """Fold and index this kind's forms (`search.forms.grouped`), all at once: every text
        folded in one pass, each new word given its id, each record its number (in the order
        first met, as `number` gives them), then the forms holding words and each word's forms.
        The work per form is a few calls in C: at 250,000 records the shards hold 335,000 forms."""
        groups = list(forms.items())
        numbers, records = self.numbers, self.records
        new = [record for record in dict.fromkeys(chain.from_iterable(forms.values())) if record not in numbers]
        numbers.update(zip(new, range(len(records), len(records) + len(new)), strict=True))
        records += new
        word_ids: list[tuple[int, ...]] = []
        for start in range(0, len(groups), _FOLD_BATCH):  # a batch's folded words are dropped once numbered
            batch = groups[start:start + _FOLD_BATCH]
            word_ids += self.vocabulary.add_texts(folded_words([text for (text, _langs), _ids in batch]))
        kept = range(len(groups)) if all(word_ids) else [i for i, wids in enumerate(word_ids) if wids]
        base = len(self.entry_record)
        number = numbers.__getitem__
        self.entry_record += [number(groups[i][1][0]) for i in kept]
        self.entry_text += [groups[i][0][0] for i in kept]
        self.entry_langs += [groups[i][0][1] for i in kept]
        words = [word_ids[i] for i in kept]
        self.entry_words += words
        for entry, i in enumerate(kept, start=base):
            if len(groups[i][1]) > 1:  # a form of several records: an occasion, an office, a title
                form_records = tuple(map(number, dict.fromkeys(groups[i][1])))
                if len(form_records) > 1:
                    self.entry_more[entry] = form_records
        entries = chain.from_iterable(map(repeat, range(base, base + len(words)), map(len, words)))
        pairs: Iterable[tuple[int, int]] = zip(chain.from_iterable(words), entries, strict=True)
        if sum(map(len, words)) != sum(map(len, map(set, words))):  # a word twice in a form counts once
            pairs = dict.fromkeys(pairs)
        postings = self.postings
        for wid, entry in pairs:
            found = postings.get(wid)
            if found is None:
                postings[wid] = [entry]
            else:
                found.append(entry)  # type: ignore[union-attr]
        # tuples of ints, unlike lists, drop out of the garbage collector's sight after one pass
        self.postings = {wid: tuple(forms) for wid, forms in postings.items()}

    def number(self, record_id: str) -> int:
        """The number of a record in `records` (given one now if it has none)."""
        found = self.numbers.get(record_id)
        if found is None:
            found = self.numbers[record_id] = len(self.records)
            self.records.append(record_id)
        return found

    def collect(self, query: _Query, level: Tier, budget: int, found: dict[str, _Found], lang: str) -> None:
        """Add to `found` the best form of each record whose forms meet every query word at `level`,
        until `found` holds `budget` records: this kind's own forms, then its people's names."""
        self._collect(self, query, level, budget, found, lang)
        if self.linked is not None and self.links:
            self._collect(self.linked, query, level, budget, found, lang)

    def _collect(self, source: _Shard, query: _Query, level: Tier, budget: int, found: dict[str, _Found],
                 lang: str) -> None:
        passed = query.passed.setdefault(f"{self.kind}<{source.kind}", set())
        if len(found) >= budget:
            return
        count = len(query.words)
        driver, allowed, deferred, listed = 0, None, [], []
        if count > 1:
            ranked = sorted(range(count), key=lambda qi: query.estimate(qi, level))
            driver = ranked[0]
            for qi in ranked[1:]:
                if query.word_estimate(qi, level) > _LIST_WORDS:
                    deferred.append(qi)
                    continue
                reach = query.reach(qi, level, source)
                allowed = reach if allowed is None else allowed & reach
                listed.append(query.word_set(qi, level))
                if not allowed:
                    return
        driver_words = query.word_set(driver, level) if count > 1 else set()
        driver_forms = query.estimate(driver, level)
        seen: set[int] = set()
        checked = kept = 0
        for wid in query.candidates(driver, level):
            forms = source.postings.get(wid)
            if not forms:
                continue
            for entry in forms:
                if entry in seen or entry in passed or (allowed is not None and entry not in allowed):
                    continue
                seen.add(entry)
                checked += 1
                if deferred and checked % _CHECK_STEP == 0:
                    # forms still to check: all the driver's, or as many as the pass rate says fill the budget
                    left = min(driver_forms - checked, (budget - len(found)) * checked // max(1, kept))
                    while deferred and left * _CHECK_PER_WORD > query.word_estimate(deferred[0], level):
                        qi = deferred.pop(0)
                        reach = query.reach(qi, level, source)
                        allowed = reach if allowed is None else allowed & reach
                        listed.append(query.word_set(qi, level))
                    if allowed is not None and entry not in allowed:
                        continue
                if listed and not _apart(source.entry_words[entry], driver_words, listed):
                    continue
                matches = source._match(query, entry, level)
                if matches is None:
                    continue
                passed.add(entry)
                kept += 1
                self._keep(source, entry, matches, found, lang, budget)
                if len(found) >= budget:
                    return

    def _keep(self, source: _Shard, entry: int, matches: list[tuple[int, WordMatch]], found: dict[str, _Found],
              lang: str, budget: int) -> None:
        lengths = self.vocabulary.lengths
        tier, score = form_score(matches, [lengths[wid] for wid in source.entry_words[entry]])
        text, langs = source.entry_text[entry], source.entry_langs[entry]
        preference = 0 if lang in langs else 2 if langs == (ALIAS,) else 1  # the asked language, any, an alias
        numbers: Iterable[int] = source.entry_more.get(entry) or (source.entry_record[entry],)
        if source is not self:  # a person's name: the records of this kind that name the person
            numbers = (linked for person in numbers for linked in self.links.get(person, ()))
        ids = self.records
        for number in numbers:
            record = ids[number]
            order = (-score, tier, self.rank, preference, len(text), text, record)
            best = found.get(record)
            if best is None:
                if len(found) >= budget:
                    return
                found[record] = _Found(order, self, source, record, entry, matches, tier, score)
            elif order < best.order:
                found[record] = _Found(order, self, source, record, entry, matches, tier, score)

    def _match(self, query: _Query, entry: int, level: Tier) -> list[tuple[int, WordMatch]] | None:
        """Each query word's best match among the form's words, each word used once; None if one fails.

        A word's match found at a lower level stands (tiers are tried best first); a miss is
        tried again at a higher level.
        """
        wids = self.entry_words[entry]
        words, query_words, typing = self.vocabulary.words, query.words, query.typing
        used = 0  # bit i: the form's word i is taken
        matches: list[tuple[int, WordMatch] | None] = [None] * len(query_words)
        for qi in query.order:
            memo = query.matches[qi]
            best: WordMatch | None = None
            best_position = -1
            for position, wid in enumerate(wids):
                if used >> position & 1:
                    continue
                known = memo.get(wid)
                if known is not None and (known[1] is not None or known[0] >= level):
                    match = known[1]
                else:
                    match = match_word(query_words[qi], words[wid], level, typing=qi == typing)
                    memo[wid] = (level, match)
                if match is not None and (best is None or (match.tier, -match.quality) < (best.tier, -best.quality)):
                    best, best_position = match, position
            if best is None:
                return None
            used |= 1 << best_position
            matches[qi] = (best_position, best)
        return matches  # type: ignore[return-value]

    def hit(self, found: _Found, label: Callable[[str, str], str], lang: str) -> Hit:
        entry, source, record = found.entry, found.source, found.record
        text, langs = source.entry_text[entry], source.entry_langs[entry]
        words = tuple((position, match.prefix) for position, match in found.matches)
        return Hit(record_id=record, kind=self.kind, label=label(record, lang), matched=text,
                   lang=lang if lang in langs else langs[0], score=round(found.score, 1), tier=found.tier,
                   words=words)


class SearchIndex:
    """Every searchable form of a store, folded and indexed; see the module doc.

    Built once (in a worker thread if you like), then read-only: `search` may be called from
    any thread. The build pauses Python's cyclic garbage collector while it allocates its
    10^6 small containers, and restores it after. A long-running program holding a large store
    and index should call `gc.freeze()` once both are built: otherwise a full collection, a
    pass over every record object, lands on an occasional keystroke (0.2-0.4 s at 100,000
    people; see tests/benchmarks/search_bench.py).
    """

    def __init__(self, forms: Mapping[str, Grouped], label: Callable[[str, str], str],
                 links: Iterable[tuple[str, str, str]] = ()) -> None:
        """Index `forms` (kind -> that kind's forms, as `search.forms.grouped` gives them);
        `label(record_id, lang)` names a record in a hit (`Store.label`).

        `links` are (kind, record id, person id): every form of that person (of kind "person")
        also finds that record, as if it were one of the record's own forms."""
        self._label = label
        self._vocabulary = Vocabulary()
        self._shards: dict[str, _Shard] = {}
        collecting = gc.isenabled()
        gc.disable()  # 10^6 small lists and tuples, none of them garbage: the collector only slows the build
        try:
            for kind, kind_forms in forms.items():
                if kind_forms:
                    self._shards[kind] = _Shard(kind, self._vocabulary)
                    self._shards[kind].add(kind_forms)
            people = self._shards.get("person")
            known = people.numbers if people is not None else {}
            linked: dict[str, dict[int, list[int]]] = {}
            current: str | None = None  # the kind of the link at hand (a kind's links come together: fetched once)
            by_person: dict[int, list[int]] = {}
            numbers: dict[str, int] = {}
            numbered: list[str] = []
            for kind, record_id, person in links:
                number = known.get(person)
                if number is None:
                    continue
                if kind != current:
                    current = kind
                    shard = self._shards.get(kind)
                    if shard is None:
                        shard = self._shards[kind] = _Shard(kind, self._vocabulary)
                    by_person = linked.setdefault(kind, {})
                    numbers, numbered = shard.numbers, shard.records
                record = numbers.get(record_id)  # as `shard.number(record_id)`
                if record is None:
                    record = numbers[record_id] = len(numbered)
                    numbered.append(record_id)
                found = by_person.get(number)
                if found is None:
                    by_person[number] = [record]
                else:
                    found.append(record)
            for kind, by_person in linked.items():
                self._shards[kind].links = {person: tuple(records) for person, records in by_person.items()}
            for shard in self._shards.values():
                shard.numbers = {}  # only for building
            self._link_shards()
            self._vocabulary.freeze()
        finally:
            if collecting:
                gc.enable()

    @classmethod
    def build(cls, store: Store, label: Callable[[str, str], str] | None = None) -> SearchIndex:
        """The index of every searchable form of `store` (see `search.forms`).

        `label(record_id, lang)` names a hit (the interface's `tui.labels`); without it a hit is
        named by its record's name, or by its id for a record without one."""
        # Only people with forms of their own are linked (`__init__`): so the links need no lookup here.
        with collector_paused():  # as in `__init__`: the forms grouped are a million small objects
            forms, links = grouped_and_linked(store, canonical(store))
            index = cls(forms, label or _named(store), links)
            # Dropped while the collector is paused: its first pass after it (over every container
            # made meanwhile and still held) would walk them all (0.6 s at 250,000 records).
            del forms, links
        return index

    def _link_shards(self) -> None:
        """Point each shard with links at the person shard (none without people)."""
        people = self._shards.get("person")
        for shard in self._shards.values():
            shard.linked = people if shard.links and shard is not people else None

    def __len__(self) -> int:
        """The number of forms indexed."""
        return sum(len(shard.entry_record) for shard in self._shards.values())

    @property
    def kinds(self) -> frozenset[str]:
        """The kinds of record with at least one form in the index."""
        return frozenset(self._shards)

    def words(self) -> int:
        """The number of distinct folded words."""
        return len(self._vocabulary)

    def search(self, query: str, *, kinds: Iterable[str] | None = None, limit: int = 10,
               lang: str = "en") -> list[Hit]:
        """The records matching `query`, best first: at most `limit`, one hit per record.

        `kinds` keeps only records of those kinds (see `search.kinds.SEARCH_KINDS`); `lang` is the
        language of the hits' labels, and on a tie a form in `lang` wins, then a form in any
        language, then an alias. Ties left are broken by kind (in `SEARCH_KINDS` order), the shorter
        form, the form's text and the record id: the same query always lists the same hits.
        The query is cut to `MAX_QUERY_CHARS` characters and `MAX_QUERY_WORDS` words; one with
        no letter or digit finds nothing. Raises QueryError for an unknown kind.
        """
        if kinds is not None:
            kinds = set(kinds)
            error = unknown_kinds_message(kinds)
            if error:
                raise QueryError(error)
        words = query_words(query)
        if not words or limit < 1:
            return []
        shards = [self._shards[kind] for kind in SEARCH_KINDS
                  if kind in self._shards and (kinds is None or kind in kinds)]
        state = _Query(words, self._vocabulary, typing=still_typing(query))
        budget = limit + max(20, limit // 4)  # a little more than asked, for best-first's misorderings
        found: dict[str, _Found] = {}
        for level in _LEVELS:
            for shard in shards:
                shard.collect(state, level, budget, found, lang)
            if len(found) >= limit:
                break
        best = sorted(found.values(), key=lambda item: item.order)[:limit]
        return [item.shard.hit(item, self._label, lang) for item in best]


def canonical(store: Store, classes: tuple[type[m.Record], ...] | None = None) -> Iterator[m.Record]:
    """The records of `store` kind by kind (in the model's order), each kind in its natural order:
    the same order however the store was read (its file keeps records in the order they were
    written, its cache in this one). The index numbers words and forms in this order, and a
    broad query ('s') stops collecting after a budget of records met in it: so the same bytes
    always give the same index and the same hits. `classes`: only records of those classes."""
    for _table, cls in m.KINDS.values():
        if classes is None or cls in classes:
            yield from store.all(cls)


def _named(store: Store) -> Callable[[str, str], str]:
    def name(record_id: str, lang: str) -> str:
        record = store.find(record_id)
        return record.label(lang) if isinstance(record, m.Named) else record_id

    return name
