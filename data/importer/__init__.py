"""Import a foreign ministry's relations page into a user store.

    from data.importer.command import plan_file, run_import

The stages, one module each, each callable alone:

    page.py       the saved file: text, language (detected or given), title, quotes
    dates.py      the date styles of Latvian, Lithuanian and English pages, slips included
    names.py      Latvian genitive -> nominative, by the declensions (given_names.py: names known)
    places.py     countries and cities in every case, and their roles by case
    extract_lv.py / extract_lt.py / extract_en.py   the shapes of each language's pages -> facts.py
    postings.py   one page's envoy postings merged, ended by successors, confirmed
    resolve.py    names met with the store's people through the search engine
    plan.py       facts -> store records, met with the store: new / merge / conflict / review
    merge.py      one record merged into the store's record of the same fact; the fields that disagree
    review.py     the review table (rich) and its JSON
    write.py      the user store: never the shipped one, validated, backed up, written atomically
    command.py    `envoys import FILE` as main.py calls it

Nothing here imports Textual.
"""
