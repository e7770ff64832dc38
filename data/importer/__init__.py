"""Import a page about the four relations into a user store: a pipeline whose stages run alone.

    from data.importer.command import import_file, plan_file

page -> main text -> language -> sentences -> candidate facts -> name resolution -> plan and
review -> write, one module (or a few) a stage:

    page.py        the saved file: UTF-8 text or HTML (main text by trafilatura), address, title, quotes
    language.py    lv, lt, en, uk, ru, be detected; any other language named and refused
    extract_base.py  sentences, clauses, the page's two countries, what the extractors share
    dates.py       the date styles of the six languages, slips included
    dateline.py    the page's own day; dates without a year and relative days that lean on it
    names.py       declined names back to a nominative (Latvian genitives by the declensions; any
                   other case a guess, never certain); given_names.py: names known
    places.py      countries and cities in every case of the six languages, and their roles by case
    extract_lv.py / extract_lt.py / extract_en.py   the shapes of each ministry's pages
    extract_cyr.py the shapes of uk, ru, be news pages (events, credentials, missions)
    mentions.py    what any page says in passing: titled envoys, lists, trips, exchanges
    missions.py    missions named with both countries: embassies, consulates, opened and where
    postings.py    one page's envoy postings merged, ended by successors, confirmed
    one_truth.py   a fact told twice is one; told with two values, a conflict held for review
    facts.py       the facts, before any store id (HeldFact: stated, but not a record as it stands)
    keys.py        plain ASCII keys for ids and for "the same name on this page"
    resolve.py     names met with the store's people through a lookup handed in (the command line
                   hands in the search engine: `search/importing.py`; data/ never imports search/)
    plan.py        facts -> store records, met with the store: new / merge / conflict / review / held
    merge.py       one record merged into the store's record of the same fact; the fields that disagree
    review.py      the review's rows and its JSON, with directions and full records (the
                   command line's table of them: tui/import_output.py)
    choice.py      what is written, given what the reader decided (--accept, --skip, --prefer): unread,
                   only witnesses
    write.py       the user store: never the shipped one, validated, locked, backed up, written atomically
    command.py     `envoys import FILE` as main.py calls it, returning what it planned and wrote

The readers added for news items and encyclopedias, each beside the stage it serves:

    lookalikes.py  Latin letters standing in for Cyrillic ones (and back), folded before any reader
    travels.py     a trip read from its parts (a word of travel, where to, a traveller with an office)
    presence.py    a trip told by what the traveller did there; trips.py: told by the surname alone
    visit_days.py  a trip dated by the next sentence; held_dates.py: by a year relative to the page's
    announced.py   a trip only announced is none; hosts.py: the host is no traveller
    recalls.py     recalls and expulsions; counted.py: how many diplomats, which tells two apart
    named_next.py  a new envoy named in the next sentence as the head of the mission
    reciprocal.py  embassies opened "in both countries"
    dated_documents.py  agreements a sentence names with their day; document_days.py: the signing day a
                   next sentence gives "the document" named before without one
    safety.py      what the import may propose as written: a record whose sentence lacks a part is review
    errors.py      the importer's errors, each a single line at the edge (exit 2)

Nothing here imports Textual or search/.
"""
