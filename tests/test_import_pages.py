"""`envoys import` on the pages people find: HTML, six languages, news prose, and each trap of the genre.

Every page here is a few sentences we wrote ourselves in the style of a real one; each goes through
the real pipeline (page -> main text -> language -> facts -> names through the search engine ->
plan) against the shipped store, and the tests assert the exact facts: direction, dates with
their precision, names, and what is left for review.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.console import Console

from data.importer.choice import ACCEPT_ALL
from data.importer.errors import ImportFileError
from data.importer.page import read_page
from data.importer.plan import Plan
from data.importer.write import DATA_ENV
from data.store import load_store
from search.importing import SearchLookup
from tests.importkit import page, plan_of
from tui.import_output import run_import


@pytest.fixture(autouse=True)
def private_data(tmp_path_factory, monkeypatch):
    """Every test gets its own data folder: the user's real store is never touched."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv(DATA_ENV, str(folder))
    return folder


def facts(plan: Plan, kind: str) -> list[dict]:
    return [c.doc for c in plan.changes if c.kind == kind]


def held(plan: Plan, kind: str) -> list[dict]:
    return [c.doc for c in plan.held if c.kind == kind]


# --- the page: HTML, encodings, languages -----------------------------------------------------

ARTICLE = """<html><head><title>Ukrainai jauns vēstnieks</title>
<link rel="canonical" href="https://example.lv/zinas/jauns-vestnieks">
<meta property="article:published_time" content="2021-05-25T09:00:00+03:00"></head>
<body><nav><a href="/">Sākums</a> | <a href="/zinas">Ziņas</a> | <a href="/sports">Sports</a></nav>
<article><h1>Ukrainai jauns vēstnieks</h1>
<p>Vakar Valsts prezidents Egils Levits devās vizītē uz Kijivu, kur tikās ar Ukrainas prezidentu.</p>
<p>Latvijas vēstnieks Baltkrievijā Einārs Semanis šodien tika izsaukts uz Baltkrievijas Ārlietu ministriju,
kur viņam paziņoja par lēmumu, un Latvija atbildēja ar tādu pašu soli pret Baltkrievijas diplomātiem.</p>
</article><footer>Visas tiesības aizsargātas. Kontakti. Reklāma.</footer></body></html>"""


def test_an_html_page_is_read_through_its_main_text_with_its_address_and_date(tmp_path):
    plan = plan_of(tmp_path, ARTICLE, name="saved.html")
    assert plan.page.html and plan.page.lang == "lv"
    assert plan.page.url() == "https://example.lv/zinas/jauns-vestnieks"
    assert str(plan.page.published_on) == "2021-05-25"
    assert not any("Sākums" in line or "tiesības" in line for line in plan.page.lines)  # menus, footer gone
    source = next(c.doc for c in plan.changes if c.kind == "source")
    assert source["url"] == plan.page.url() and "main text" in source["notes"]
    # "Vakar" counts from the publication date, and the record's issue says so
    [visit] = facts(plan, "visit")
    assert (visit["from"], visit["to"], visit["date"]) == ("country:lv", "country:ua", "2021-05-24")
    assert visit["people"][0]["person"] == "person:egils-levits"
    assert any("Vakar" in issue["text"] and "2021-05-25" in issue["text"] for issue in visit["issues"])


def test_the_saved_from_url_comment_gives_the_address(tmp_path):
    html = "<!-- saved from url=(0034)https://example.lt/naujienos/1234 -->\n" + ARTICLE.replace(
        '<link rel="canonical" href="https://example.lv/zinas/jauns-vestnieks">', "")
    plan = plan_of(tmp_path, html, name="saved.htm")
    assert plan.page.url() == "https://example.lt/naujienos/1234"


def test_without_a_publication_date_a_relative_day_goes_to_review(tmp_path):
    text = "Vakar Valsts prezidents Kārlis Ulmanis devās vizītē uz Kijivu, kur tikās ar Ukrainas prezidentu.\n"
    plan = plan_of(tmp_path, text + "Latvija un Ukraina ir draudzīgas valstis, un tā ir vizīte.\n")
    assert facts(plan, "visit") == []
    [trip] = held(plan, "visit")
    assert (trip["from"], trip["to"], trip["date_as_written"]) == ("country:lv", "country:ua", "Vakar")
    assert trip["people"][0] == {"written": "Kārlis Ulmanis", "name": "Kārlis Ulmanis",
                                                    "person": None, "certain": True}  # not in the store


@pytest.mark.parametrize(("encoding", "named"), [("utf-16", "UTF-16"), ("cp1257", "Windows-1257")])
def test_a_page_in_another_encoding_is_refused_with_one_line_naming_it(tmp_path, encoding, named):
    text = ("Latvijas vēstnieks Ukrainā Juris Poikāns iesniedza akreditācijas rakstu Ukrainas prezidentam. "
            "Vēstnieks uzsvēra, ka Latvijas un Ukrainas attiecības ir ciešas, un abas valstis sadarbojas.\n") * 3
    with pytest.raises(ImportFileError) as caught:
        read_page(page(tmp_path, text, encoding=encoding))
    message = str(caught.value)
    assert named in message and "UTF-8" in message and "\n" not in message


def test_a_polish_page_is_refused_with_one_line_naming_the_language(tmp_path):
    text = ("Białoruś wyrzuca ambasadora Łotwy. Ambasadorem Łotwy na Białorusi od 2019 roku jest Einars Semanis. "
            "Łotewski dyplomata ma 24 godziny na opuszczenie kraju, a pozostali pracownicy ambasady 48 godzin.\n")
    with pytest.raises(ImportFileError) as caught:
        read_page(page(tmp_path, text))
    assert "Polish (pl)" in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize(("text", "lang"), [
    ("Посол Литви в Україні Вальдемарас Сарапінас привітав нового почесного консула. Це вже п'ятнадцяте "
     "почесне консульство Литви в Україні, яке відкрили минулого тижня.", "uk"),
    ("Вчера президент принял верительные грамоты нового посла Белоруссии в Латвии. Посол отметил, что между "
     "странами сложились добрососедские отношения.", "ru"),
    ("Літоўскі ўрад ухваліў адкліканне пасла з Беларусі. Пасада пасла застаецца свабоднай з пачатку снежня, "
     "паведамляе партал.", "be"),
])
def test_cyrillic_pages_are_told_apart(tmp_path, text, lang):
    assert read_page(page(tmp_path, text)).lang == lang


# --- envoys -------------------------------------------------------------------------------------

def test_a_titled_envoy_without_a_start_is_held_for_review_and_never_written(tmp_path):
    text = ("Par to paziņoja Latvijas vēstnieks Baltkrievijā Einārs Semanis.\n"
            "Latvija un Baltkrievija turpina sarunas.\n")
    plan = plan_of(tmp_path, text)
    assert facts(plan, "envoy") == []
    [posting] = held(plan, "envoy")
    assert (posting["from"], posting["to"], posting["role"]) == ("country:lv", "country:by", "ambassador")
    assert posting["people"] == [{"written": "Einārs Semanis", "name": "Einārs Semanis",
                                  "person": "person:einars-semanis", "certain": True}]


def test_recalled_for_consultations_does_not_end_a_posting(tmp_path):
    text = ("Latvija atsauc no Baltkrievijas savu vēstnieku Einaru Semani uz konsultācijām.\n"
            "Latvijas un Baltkrievijas attiecības.\n")
    plan = plan_of(tmp_path, text)
    assert facts(plan, "envoy") == []
    [posting] = held(plan, "envoy")
    assert (posting["from"], posting["to"]) == ("country:lv", "country:by")
    [row] = [c for c in plan.held if c.kind == "envoy"]
    assert "does not end" in row.notes[0]
    assert posting["people"][0]["person"] == "person:einars-semanis"  # the accusative meets the store's person
    [recall] = held(plan, "event")  # the recall itself, undated: held, and it ends nothing
    assert (recall["event"], recall["parties"], recall["ends_posting"]) == (
        "recall", ["country:lv", "country:by"], False)


def test_a_declined_name_is_a_guess_never_certain(tmp_path):
    text = ("Valsts prezidents pieņēma jauno Ukrainas vēstnieku Viktoru Hladušu.\n"
            "Latvija un Ukraina.\n")
    plan = plan_of(tmp_path, text)
    [posting] = held(plan, "envoy")
    [person] = posting["people"]
    assert person["written"] == "Viktoru Hladušu" and person["certain"] is False
    assert (posting["from"], posting["to"]) == ("country:ua", "country:lv")


def test_a_cyrillic_name_meets_the_stores_person_through_the_search_engine(tmp_path):
    text = "Посол Латвії в Україні Андрейс Пілдеговічс зустрівся з журналістами. Латвія та Україна.\n"
    plan = plan_of(tmp_path, text)
    [posting] = held(plan, "envoy")
    assert posting["people"][0]["person"] == "person:andrejs-pildegovics"
    assert posting["people"][0]["certain"] is True


def test_a_cyrillic_appointment_with_a_date_is_a_posting_whose_name_is_left_for_review(tmp_path):
    text = "Антанаса Ванагаса прызначылі паслом у Беларусі 24 ліпеня 2012 г. Літва і Беларусь.\n"
    plan = plan_of(tmp_path, text)
    [posting] = facts(plan, "envoy")
    assert (posting["from"], posting["to"], posting["start"], posting["role"]) == (
        "country:lt", "country:by", "2012-07-24", "ambassador")
    person = next(c for c in plan.changes if c.id == posting["person"])
    assert person.action == "review" and person.doc["name"]["be"]["text"] == "Антанас Ванагас"
    assert "Антанаса Ванагаса" in person.doc["aliases"]


# --- visits -------------------------------------------------------------------------------------

def test_a_visit_goes_from_the_visitors_country_to_the_host(tmp_path):
    text = ("Trečiadienį Lietuvoje viešėjo Ukrainos prezidentas Petro Porošenka.\n"
            "Lietuva ir Ukraina pasirašys programą.\n")
    plan = plan_of(tmp_path, text)
    [trip] = held(plan, "visit")
    assert (trip["from"], trip["to"]) == ("country:ua", "country:lt")
    assert trip["people"][0]["written"] == "Petro Porošenka"


def test_an_exchange_of_visits_is_two_trips_one_each_way(tmp_path):
    text = ("In 2008 the President of Latvia Valdis Zatlers and the President of Ukraine Viktor Yushchenko "
            "exchanged visits.\nLatvia and Ukraine signed many agreements.\n")
    plan = plan_of(tmp_path, text)
    trips = sorted((v["from"], v["to"], v["date"], v["people"][0]["person"]) for v in facts(plan, "visit"))
    assert trips == [("country:lv", "country:ua", "2008", "person:valdis-zatlers"),
                     ("country:ua", "country:lv", "2008", "person:viktor-yushchenko")]


# --- missions, dates without a year -------------------------------------------------------------

def test_a_list_of_consulates_becomes_one_mission_each(tmp_path):
    text = ("Lithuania has an embassy in Kyiv and an honorary consulate in Lviv. Ukraine has an embassy in Vilnius "
            "and 3 honorary consulates (in Klaipėda, Šalčininkai and Visaginas).\n")
    plan = plan_of(tmp_path, text)
    missions = sorted((m["from"], m["to"], m["kind"], m.get("city")) for m in facts(plan, "mission"))
    assert missions == [
        ("country:lt", "country:ua", "embassy", "city:kyiv"),
        ("country:lt", "country:ua", "honorary-consulate", "city:lviv"),
        ("country:ua", "country:lt", "embassy", "city:vilnius"),
        ("country:ua", "country:lt", "honorary-consulate", "city:klaipeda"),
        ("country:ua", "country:lt", "honorary-consulate", "city:salcininkai"),
        ("country:ua", "country:lt", "honorary-consulate", "city:visaginas"),
    ]


UKRAINIAN_CONSULATE = "У Луцьку 11 червня відкрили почесне консульство Литви. Литва та Україна.\n"


def test_a_date_without_a_year_takes_the_year_of_the_address_and_says_so(tmp_path):
    plan = plan_of(tmp_path, UKRAINIAN_CONSULATE, url="https://example.com.ua/news/2021/06/11/7124357")
    [mission] = facts(plan, "mission")
    assert (mission["from"], mission["to"], mission["kind"], mission["city"], mission["opened"]) == (
        "country:lt", "country:ua", "honorary-consulate", "city:lutsk", "2021-06-11")
    assert any("11 червня" in i["text"] and "2021" in i["text"] for i in mission["issues"])


def test_without_an_address_a_date_without_a_year_is_not_guessed(tmp_path):
    [mission] = facts(plan_of(tmp_path, UKRAINIAN_CONSULATE), "mission")
    assert "opened" not in mission


def test_a_date_far_from_the_dateline_is_not_given_its_year(tmp_path):
    plan = plan_of(tmp_path, UKRAINIAN_CONSULATE, url="https://example.com.ua/news/2021/01/20/7124357")
    [mission] = facts(plan, "mission")
    assert "opened" not in mission


# --- one page, one truth ------------------------------------------------------------------------

def test_a_fact_the_page_repeats_is_one_record(tmp_path):
    text = ("Lithuania has an embassy in Kyiv. Lithuania has an embassy in Kyiv.\n"
            "Lithuania has an embassy in Kyiv and Ukraine has an embassy in Vilnius.\n") * 3
    plan = plan_of(tmp_path, text)
    ids = [m["id"] for m in facts(plan, "mission")]
    assert sorted(ids) == ["mission:lt-ua-kyiv-embassy", "mission:ua-lt-vilnius-embassy"]
    assert not any(i.endswith("-2") for i in ids)


def test_two_dates_for_one_fact_are_a_conflict_in_the_review_not_a_record(tmp_path):
    text = ("30 квітня 2021 року відкрили почесне консульство Латвії у Слов'янську.\n"
            "1 травня 2021 року відкрили почесне консульство Латвії у Слов'янську.\n"
            "Латвія та Україна.\n")
    plan = plan_of(tmp_path, text)
    assert facts(plan, "mission") == []
    [conflict] = plan.held
    assert conflict.action == "conflict" and conflict.doc["dates"] == ["2021-04-30", "2021-05-01"]


def test_importing_a_page_twice_adds_nothing_and_makes_no_dash_2_ids(tmp_path):
    text = "Lithuania has an embassy in Kyiv and an honorary consulate in Lviv.\n"
    path = page(tmp_path, text)
    out = Console(record=True, width=200)
    for _ in range(2):
        assert run_import(path, lang=None, db=tmp_path / "store.json", dry_run=False, as_json=False, prefer=None,
                          accept=ACCEPT_ALL, console=out, lookup=SearchLookup) == 0
    store = load_store(tmp_path / "store.json")
    assert not any(record.id.endswith("-2") for record in store.records())


# --- the user store and the review ---------------------------------------------------------------

def test_an_empty_store_holds_only_the_researchers_pages(tmp_path):
    path = page(tmp_path, "Lithuania has an embassy in Kyiv and an honorary consulate in Lviv.\n")
    target = tmp_path / "mine.json"
    run_import(path, lang=None, db=target, dry_run=False, as_json=False, prefer=None, accept=ACCEPT_ALL,
               console=Console(record=True), empty=True, lookup=SearchLookup)
    store = load_store(target)
    ids = sorted(record.id for record in store.records())
    assert "mission:lt-ua-kyiv-embassy" in ids and "mission:lt-ua-lviv-honorary-consulate" in ids
    assert not any(i.startswith("person:") for i in ids)  # nothing of the shipped store came along
    assert len(ids) == len({"source", "country:lt", "country:ua", "city:kyiv", "city:lviv", "m1", "m2"})


def test_the_review_json_carries_every_fact_with_its_direction_and_full_record(tmp_path, capsys):
    text = ("Latvijas vēstnieks Baltkrievijā Einārs Semanis.\n"
            "Lithuania has an embassy in Kyiv.\n")
    path = page(tmp_path, text, "page.txt")
    run_import(path, lang="lv", db=tmp_path / "store.json", dry_run=True, as_json=True, prefer=None,
               console=Console(record=True), lookup=SearchLookup)
    review = json.loads(capsys.readouterr().out)
    rows = {(row["kind"], row["direction"], row["held"]): row for row in review["rows"]}
    envoy = rows[("envoy", "LV → BY", True)]
    assert envoy["record"]["people"][0]["person"] == "person:einars-semanis" and envoy["quote"]
    assert review["counts"]["held"] == 1


def test_the_review_table_shows_held_facts_and_directions(tmp_path):
    path = page(tmp_path, "Latvijas vēstnieks Baltkrievijā Einārs Semanis.\nLatvija un Baltkrievija.\n")
    out = Console(record=True, width=250, color_system=None)
    run_import(path, lang=None, db=tmp_path / "store.json", dry_run=True, as_json=False, prefer=None,
               console=out, lookup=SearchLookup)
    shown = out.export_text()
    assert "held" in shown and "LV → BY" in shown and "Einārs Semanis" in shown


def test_the_importer_never_imports_search():
    # The layering of the README: data/ knows nothing of search/; the importer is handed its name lookup.
    import ast

    root = Path(__file__).resolve().parents[1] / "data" / "importer"
    offenders = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            offenders += [f"{path.name}: {n}" for n in names if n == "search" or n.startswith("search.")]
    assert offenders == []


def test_a_since_statement_elsewhere_on_the_page_dates_a_titled_posting(tmp_path):
    text = ("Pasibaigus kadencijai, Lietuvos ambasadorius Ukrainoje Petras Vaitiekūnas bus atšauktas iš Kijevo.\n"
            "P. Vaitiekūnas Kijeve dirba nuo 2010 metų sausio.\n")
    plan = plan_of(tmp_path, text)
    [posting] = facts(plan, "envoy")
    assert (posting["from"], posting["to"], posting["start"]) == ("country:lt", "country:ua", "2010-01")
    assert len(posting["citations"]) == 2 and held(plan, "envoy") == []
    [recall] = held(plan, "event")  # "at the end of the term ... will be recalled": undated, it ends the posting
    assert (recall["event"], recall["parties"], recall["ends_posting"]) == (
        "recall", ["country:lt", "country:ua"], True)


def test_worked_from_home_is_no_start_of_a_posting(tmp_path):
    text = ("Посол Литвы в Беларуси Андрюс Пулокас будет освобожден от своего поста.\n"
            "С октября 2020 года Пулокас работал из Вильнюса.\n")
    plan = plan_of(tmp_path, text)
    assert facts(plan, "envoy") == [] and [h.kind for h in plan.held if h.kind == "envoy"] == ["envoy"]
    [recall] = held(plan, "event")  # "released from his post": a recall that ends it, no date
    assert (recall["parties"], recall["ends_posting"]) == (["country:lt", "country:by"], True)


def test_the_same_day_is_the_day_named_before(tmp_path):
    text = ("30 квітня 2021 року відкрили почесне консульство Латвії у Слов'янську.\n"
            "Того ж дня у Сєвєродонецьку відкрилось Почесне консульство Литовської Республіки.\n")
    plan = plan_of(tmp_path, text)
    opened = {(m["from"], m["city"]): m.get("opened") for m in facts(plan, "mission")}
    assert opened == {("country:lv", "city:sloviansk"): "2021-04-30",
                      ("country:lt", "city:sievierodonetsk"): "2021-04-30"}


def test_one_trip_told_with_two_days_is_a_conflict(tmp_path):
    text = ("Pirmadienį Lietuvos prezidentė Dalia Grybauskaitė išvyksta darbo vizito į Kijevą.\n"
            "Antradienį Lietuvos prezidentė Dalia Grybauskaitė išvyksta darbo vizito į Kijevą.\n")
    plan = plan_of(tmp_path, text)
    [trip] = plan.held
    assert trip.action == "conflict" and trip.doc["dates"] == ["Pirmadienį", "Antradienį"]


@pytest.mark.parametrize(("text", "lang"), [
    ("On 5 May 2000 Lithuania and Ukraine signed an agreement on cultural cooperation, which entered into force "
     "on 3 June 2001.", "en"),
    ("2000 m. gegužės 5 d. pasirašytas „Lietuvos ir Ukrainos susitarimas dėl kultūros“ įsigaliojo "
     "2001 m. birželio 3 d.", "lt"),
])
def test_signing_and_entry_into_force_are_kept_apart(tmp_path, text, lang):
    [treaty] = facts(plan_of(tmp_path, text + "\n", lang=lang), "treaty")
    assert (treaty["signed"], treaty["in_force"]) == ("2000-05-05", "2001-06-03")


def test_a_recognition_and_the_establishment_of_relations_are_two_events(tmp_path):
    text = ("On 22 January 1992 Latvia recognized the independence of Ukraine, and on 12 February 1992 the two "
            "countries established diplomatic relations.\n")
    events = {(e["kind"], tuple(e["parties"]), e["date"]) for e in facts(plan_of(tmp_path, text), "event")}
    assert ("recognition", ("country:lv", "country:ua"), "1992-01-22") in events
    assert any(kind == "diplomatic-relations" and date == "1992-02-12" for kind, _p, date in events)
    assert not any(kind == "recognition" and date == "1992-02-12" for kind, _p, date in events)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Latvijas vēstnieki Ukrainā\nAnatolijs Gorbunovs (1993 – 1997)\nJānis Kalniņš (1997 – 2001)\n", "lv",
     [("person:anatolijs-gorbunovs", "1993", "1997"), ("person:janis-kalnins", "1997", "2001")]),
    ("Послы Латвии в Украине\nАнатолий Горбунов (1993 – 1997)\nЯнис Калниньш (1997 – по настоящее время)\n", "ru",
     [("person:anatoliy-gorbunov", "1993", "1997"), ("person:yanis-kalninsh", "1997", None)]),
])
def test_a_list_of_envoys_under_its_heading(tmp_path, text, lang, expected):
    postings = facts(plan_of(tmp_path, text, empty=True), "envoy")
    assert sorted((p["person"], p["start"], p.get("end")) for p in postings) == expected
    assert all((p["from"], p["to"]) == ("country:lv", "country:ua") for p in postings)


WEEKDAY_PAGE = """<html><head><title>Lietuvoje viešės Ukrainos prezidentas</title>
<meta property="article:published_time" content="2015-11-23"></head><body><article>
<p>{sentence}</p><p>Lietuva ir Ukraina pasirašys kultūrinio bendradarbiavimo programą, sakė Lietuvos atstovai.</p>
</article></body></html>"""


@pytest.mark.parametrize(("sentence", "date"), [
    # will, on the publication day itself (a later day's trip is only announced: none, `announced`)
    ("Pirmadienį Lietuvoje viešės Ukrainos prezidentas Petro Porošenka.", "2015-11-23"),
    ("Praėjusį trečiadienį Lietuvoje lankėsi Ukrainos prezidentas Petro Porošenka.", "2015-11-18"),  # came: the last
])
def test_a_weekday_counts_from_the_publication_date_by_its_tense(tmp_path, sentence, date):
    plan = plan_of(tmp_path, WEEKDAY_PAGE.format(sentence=sentence), name="page.html")
    [trip] = facts(plan, "visit")
    assert (trip["from"], trip["to"], trip["date"]) == ("country:ua", "country:lt", date)


def test_an_accusative_stays_a_guess_even_when_a_since_statement_dates_the_posting(tmp_path):
    text = ("Ukrainas prezidents atbrīvojis no amata Ukrainas vēstnieku Latvijā Viktoru Hladušu.\n"
            "Hladušs Ukrainas vēstnieka Latvijā amatā bija kopš 2022. gada decembra.\n")
    plan = plan_of(tmp_path, text)
    [posting] = facts(plan, "envoy")
    assert (posting["from"], posting["to"], posting["start"]) == ("country:ua", "country:lv", "2022-12")
    person = next(c for c in plan.changes if c.id == posting["person"])
    assert person.action == "review"
    assert person.doc["name"]["lv"]["text"] != "Viktoru Hladušu" and "Viktoru Hladušu" in person.doc["aliases"]
    assert person.doc["name"]["lv"]["basis"] == "derived"


def test_the_command_line_reads_an_html_page_with_url_and_empty(tmp_path, capsys):
    from main import main

    path = page(tmp_path, ARTICLE, name="saved.html")
    target = tmp_path / "mine.json"
    assert main(["import", str(path), "--dry-run", "--json", "--db", str(target), "--empty",
                 "--url", "https://example.lv/given"]) == 0
    review = json.loads(capsys.readouterr().out)
    assert review["url"] == "https://example.lv/given" and review["lang"] == "lv"
    assert not target.exists()  # a dry run writes nothing, not even the empty store
    assert main(["import", str(path), "--db", str(target), "--empty", "--accept"]) == 0
    ids = {record.id for record in load_store(target).records()}
    assert "country:ua" in ids and "person:einars-semanis" not in ids  # the held posting is not written
    assert main(["import", str(path), "--page-lang", "pl", "--db", str(target)]) == 2
    assert "unknown language 'pl'" in capsys.readouterr().err


def test_a_photo_caption_word_is_not_part_of_a_name(tmp_path):
    text = "Ukrainas vēstnieks Mirons Jankivs Foto: Māris Kaparkalējs\nLatvija un Ukraina.\n"
    [posting] = held(plan_of(tmp_path, text), "envoy")
    assert [p["written"] for p in posting["people"]] == ["Mirons Jankivs"]
