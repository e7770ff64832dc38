"""What the importer reads from the five sources, and from a page the tests invent."""

from __future__ import annotations

from collections import Counter

import pytest

from data.dates import DateRange, PartialDate
from data.importer import postings
from data.importer.facts import EnvoyFact, EventFact, MissionFact, TreatyFact, VisitFact
from data.importer.page import detect_language, page_from_text, read_page
from data.importer.places import Places
from data.importer.plan import EXTRACTORS

LV_BY = "000_66221c5c25316161.txt"
LT_BY = "001_347160f682157578.txt"
BY_LT = "002_913fed53301a9656.txt"


def facts_of(path, lang=None):
    page = read_page(path, lang)
    extraction = EXTRACTORS[page.lang](page, Places.builtin())
    return page, extraction, postings.settle(extraction)


@pytest.mark.parametrize(("seed", "lang"), [(LV_BY, "lv"), (LT_BY, "lt"), (BY_LT, "en"),
                                            ("003_5a0feff7993dd547.txt", "lv"), ("004_ca71e34cc132b70a.txt", "lv")])
def test_the_language_of_each_source_is_detected(seeds, seed, lang):
    assert read_page(seeds / seed).lang == lang


def test_a_text_of_no_language_is_not_guessed():
    assert detect_language("12345 67 89") is None


def test_every_quote_is_a_verbatim_part_of_one_line(seeds):
    for seed in (LV_BY, LT_BY, BY_LT):
        page, _extraction, facts = facts_of(seeds / seed)
        for fact in facts:
            for quote in fact.quotes:
                assert quote.text and quote.text in page.lines[quote.line - 1], quote
                assert len(quote.text) <= 300


def test_latvian_envoys_list_and_current_statements_become_settled_postings(seeds):
    _page, _extraction, facts = facts_of(seeds / LV_BY)
    envoys = {f.person.name.text: f for f in facts if isinstance(f, EnvoyFact)}
    assert len(envoys) == 11
    tomass = envoys["Agnis Tomass"]
    assert (tomass.role, str(tomass.start), str(tomass.end), tomass.end_basis) == (
        "charge-daffaires", "1992", "1993", "successor")
    assert any("space" in slip for slip in tomass.slips)          # "No 1992 .gada"
    # "No 2015. gada" in the list and "Kopš 2015. gada 5. oktobra" in the prose: one posting, the finer date
    virsis = envoys["Mārtiņš Virsis"]
    assert (str(virsis.start), str(virsis.end)) == ("2015-10-05", "2019-09")
    assert len(virsis.quotes) == 3
    semanis = envoys["Einārs Semanis"]
    assert semanis.end is None and str(semanis.confirmed) == "2021-07-07"
    consul = envoys["Aleksejs Savčuks"]
    assert (consul.role, consul.city.key, str(consul.confirmed)) == ("honorary-consul", "mogilev", "2021-07-07")
    dolgopolova = envoys["Marina Dolgopolova"]
    assert (dolgopolova.sending, dolgopolova.receiving, str(dolgopolova.end)) == ("BY", "LV", "2018-10")
    assert any(kind == "contradiction" for kind, _text in dolgopolova.issues)


def test_latvian_visit_tables(seeds):
    _page, _extraction, facts = facts_of(seeds / LV_BY)
    visits = [f for f in facts if isinstance(f, VisitFact)]
    assert len(visits) == 63 and all(v.from_table for v in visits)
    assert Counter((v.sending, v.receiving) for v in visits) == {("BY", "LV"): 27, ("LV", "BY"): 36}
    makei = next(v for v in visits if v.date.start == PartialDate(2018, 7, 18))
    assert makei.date == DateRange(PartialDate(2018, 7, 18), PartialDate(2018, 7, 19))
    assert [p.person.name.text for p in makei.people] == ["Vladimirs Makejs"]
    assert makei.people[0].office == "Baltkrievijas ārlietu ministrs"
    two = next(v for v in visits if v.date.start == PartialDate(2015, 12, 13))
    assert [p.person.name.text for p in two.people] == ["O. Kalniņš", "L. Čigāne"]
    assert two.city.key == "minsk"
    commission = next(v for v in visits if v.date.start == PartialDate(2015, 12, 10))
    assert (commission.people, commission.visit_kind, commission.city.key) == ((), "event", "daugavpils")
    rinkevics = next(v for v in visits if v.date.start == PartialDate(2017, 7, 18))
    assert str(rinkevics.date) == "2017-07-18/2017-07-20"
    assert any("dash" in slip for slip in rinkevics.slips)
    working = next(v for v in visits if v.date.start == PartialDate(2009, 2, 18))
    assert working.visit_kind == "working-visit"


def test_latvian_missions_and_events(seeds):
    _page, extraction, facts = facts_of(seeds / LV_BY)
    assert extraction.pair == ("LV", "BY")
    missions = {(f.sending, f.receiving, f.mission_kind, f.city.key, str(f.opened))
                for f in facts if isinstance(f, MissionFact)}
    assert missions == {("LV", "BY", "embassy", "minsk", "1993"), ("LV", "BY", "consulate", "vitebsk", "1994"),
                        ("BY", "LV", "embassy", "riga", "1994"),
                        ("BY", "LV", "consulate-general", "daugavpils", "1994")}
    events = {(f.event_kind, f.parties, str(f.date)) for f in facts if isinstance(f, EventFact)}
    assert events == {("recognition", ("BY", "LV"), "1992-01-22"), ("recognition", ("LV", "BY"), "1992-01-08"),
                      ("diplomatic-relations", ("LV", "BY"), "1992-04-07")}


def test_lithuanian_page(seeds):
    _page, _extraction, facts = facts_of(seeds / LT_BY)
    envoys = {(f.person.name.text, f.sending, f.receiving, f.role, str(f.start), str(f.end))
              for f in facts if isinstance(f, EnvoyFact)}
    assert envoys == {
        ("Alfonsas Augulis", "LT", "BY", "charge-daffaires", "1993", "1994"),
        ("Vladimir Sčastnyj", "BY", "LT", "charge-daffaires", "1993", "1994"),
        ("A. Danėnas", "LT", "BY", "defence-attache", "2004", "None"),
        ("S. Griščenko", "BY", "LT", "defence-attache", "2006", "None"),
    }
    events = {(f.event_kind, f.parties, str(f.date)) for f in facts if isinstance(f, EventFact)}
    assert ("recognition", ("BY", "LT"), "1991-12-27") in events
    treaty = next(f for f in facts if isinstance(f, TreatyFact) and f.treaty_kind == "treaty")
    assert (treaty.title, str(treaty.signed)) == ("Dėl Lietuvos ir Baltarusijos valstybių sienos", "1995-02-06")


def test_english_page(seeds):
    _page, _extraction, facts = facts_of(seeds / BY_LT)
    events = {(f.event_kind, f.parties, str(f.date), f.city.key if f.city else None)
              for f in facts if isinstance(f, EventFact)}
    assert events == {("recognition", ("LT", "BY"), "1991-12-20", None),
                      ("recognition", ("BY", "LT"), "1991-12-27", None),
                      ("diplomatic-relations", ("BY", "LT"), "1992-12-30", "minsk")}
    missions = {(f.sending, f.receiving, f.city.key, str(f.opened)) for f in facts if isinstance(f, MissionFact)}
    assert missions == {("LT", "BY", "minsk", "1993"), ("BY", "LT", "vilnius", "1993")}
    meeting = next(f for f in facts if isinstance(f, VisitFact) and f.visit_kind == "meeting")
    assert [(p.person.name.text, p.office) for p in meeting.people] == [
        ("Valdas Adamkus", "President of Lithuania"), ("Alexander Lukashenko", "President of Belarus")]


INVENTED = """Latvijas Republikas un Gruzijas divpusējās attiecības

Publicēts: 12.03.2022.

{HISTORY}

Latvijas Republikas diplomātiskās pārstāvniecības Gruzijas Republikā:

vēstniecība Tbilisi (oficiāli atvērta 2006. gadā);

Kopš 2020. gada augusta Latvijas ārkārtējais un pilnvarotais vēstnieks Gruzijā ir Ilgvars Kļava.

Iepriekšējie Latvijas vēstnieki Gruzijā:

No 2006. gada
Ārkārtējais un pilnvarotais vēstnieks Kārlis EIHENBAUMS
No 2011 .gada
Ārkārtējā un pilnvarotā vēstniece Elita GAVELE

NOZĪMĪGĀKĀS VIZĪTES

No Gruzijas:

Laiks
Amatpersona
2019. gada 3.- 4. jūnijs
Gruzijas ārlietu ministra Davida Zalkaliani vizīte Rīgā
2017. gada 12. 14. aprīlis
Gruzijas premjerministra Georgija Kvirikašvili darba vizīte Latvijā

No Latvijas:

Laiks
Amatpersona
2018. gada 21.-22. maijs
Latvijas ārlietu ministra Edgara Rinkēviča vizīte Gruzijā
2016. gada oktobrī
Latvijas Saeimas priekšsēdētājas Ināras Mūrnieces vizīte Tbilisi
""".replace("{HISTORY}", (  # one long line, as the pages have them
    "Gruzija Latvijas neatkarību atzina 1991. gada 2. septembrī, savukārt Latvija Gruzijas neatkarību atzina "
    "1992. gada 14. janvārī. Diplomātiskās attiecības abu valstu starpā tika nodibinātas 1993. gada 30. aprīlī."))


def test_a_page_for_another_country_reads_the_same_shapes():
    page = page_from_text(INVENTED, "lv", "latvia-georgia.txt")
    extraction = EXTRACTORS["lv"](page, Places.builtin())
    facts = postings.settle(extraction)
    assert extraction.pair == ("LV", "GE")
    envoys = sorted((f.person.name.text, str(f.start), str(f.end), str(f.confirmed))
                    for f in facts if isinstance(f, EnvoyFact))
    assert envoys == [("Elita Gavele", "2011", "2020-08", "None"), ("Ilgvars Kļava", "2020-08", "None", "2022-03-12"),
                      ("Kārlis Eihenbaums", "2006", "2011", "None")]
    visits = sorted((str(f.date), f.sending, [p.person.name.text for p in f.people])
                    for f in facts if isinstance(f, VisitFact))
    assert visits == [("2016-10", "LV", ["Ināra Mūrniece"]), ("2017-04-12/2017-04-14", "GE", ["Georgijs Kvirikašvili"]),
                      ("2018-05-21/2018-05-22", "LV", ["Edgars Rinkēvičs"]),
                      ("2019-06-03/2019-06-04", "GE", ["Davids Zalkaliani"])]
    davids = next(f for f in facts if isinstance(f, VisitFact) and f.sending == "GE" and f.date.start.year == 2019)
    assert not davids.people[0].person.name.certain           # Davids or Davidis: for review
    events = {(f.event_kind, f.parties, str(f.date)) for f in facts if isinstance(f, EventFact)}
    assert ("recognition", ("GE", "LV"), "1991-09-02") in events
    mission = next(f for f in facts if isinstance(f, MissionFact))
    assert (mission.city.key, str(mission.opened)) == ("tbilisi", "2006")
