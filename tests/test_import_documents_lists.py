"""Missions, agreements and events as unseen pages tell them (sixth development pages, 860 on), on small pages
we wrote ourselves, each rule beside the near miss that must stay as it was: a mission of a third state in a
city of the four countries, a document of a list signed abroad by many, a document's publication line taken for
the page's, a ministry's bulleted list of its missions, "this agreement" dated from the document named before,
recognitions and relations told without their year, an encyclopedia's bare year and its key dates, a row of
cities after a colon, a document signed by ministries, an honorary consulate owned by the page's one state of
honorary consuls, and relations frozen or severed (no establishment).
"""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import missions, plan_of, treaties


def written_treaties(plan: Plan) -> list[tuple]:
    return sorted((c.doc["kind"], tuple(sorted(c.doc["parties"])), c.doc.get("signed"))
                  for c in plan.changes if c.kind == "treaty" and c.action in ("new", "merge"))


def held_treaties(plan: Plan) -> list[tuple]:
    return sorted(tuple(sorted(h.doc["parties"])) for h in plan.held if h.doc["kind"] == "treaty")


# --- a mission of a third state ---------------------------------------------------------------------

def test_a_russian_consulate_general_in_hrodna_is_no_mission_of_the_four_relations(tmp_path):
    russian = "Генконсульство России открылось в Гродно.\n"
    assert missions(plan_of(tmp_path, russian, "ru")) == []
    lithuanian = "Генконсульство Литвы открылось в Гродно.\n"
    assert missions(plan_of(tmp_path, lithuanian, "ru")) == [("country:lt", "country:by", "consulate-general",
                                                              "city:hrodna", None)]


# --- a document of a list, signed abroad --------------------------------------------------------------

_NOTICE = ("Rīgā 2024. gada 23. maijā\n\nPar starptautisko līgumu stāšanos spēkā\n\nĀrlietu ministrija informē, ka:\n\n"
           "1) 2024. gada 1. maijā stājās spēkā Līgums par diplomu atzīšanu (parakstīts 2021. gada 14. septembrī {}, "
           "ratificēts Saeimā 2022. gada 10. februārī);\n\n"
           "2) 2024. gada 15. maijā stājās spēkā Latvijas Republikas valdības un Ukrainas Ministru kabineta līgums par "
           "sadarbību (parakstīts 2024. gada 11. janvārī Rīgā).\n")


def test_a_listed_document_signed_abroad_with_no_states_in_its_title_is_not_written_as_the_pairs(tmp_path):
    # `safety.treaty_states_unsaid` holds it for review (the sentence names Brussels and neither party)
    brussels = written_treaties(plan_of(tmp_path, _NOTICE.format("Briselē"), "lv"))
    assert ("agreement", ("country:lv", "country:ua"), "2021-09-14") not in brussels
    assert ("agreement", ("country:lv", "country:ua"), "2024-01-11") in brussels


# --- the page's own day, not a document's -----------------------------------------------------------------

def test_a_documents_publication_in_brackets_or_far_from_its_word_is_not_the_pages_stamp(tmp_path):
    from data.importer.page import read_page

    def published(text: str) -> str | None:
        path = tmp_path / "page.txt"
        path.write_text(text, encoding="utf-8")
        stamped, _updated = read_page(path).dates_stamped()
        return str(stamped[0]) if stamped else None

    assert published("Līgums par sadarbību (parakstīts 2021. gada 14. septembrī, publicēts 2022. gada "
                     "16. februārī).\n") is None
    assert published("The treaty was published in the official gazette Latvijas Vestnesis No. 33 on "
                     "16 February 2022.\n") is None
    assert published("Publicēts: 2022. gada 16. februārī\nLīgums par sadarbību.\n") == "2022-02-16"
    assert published("Nasdaq published this content on June 09, 2025, and is solely responsible.\n") == "2025-06-09"


# --- a ministry's list of its missions, bulleted -----------------------------------------------------------

_LIST = ("DIPLOMĀTISKO ATTIECĪBU VĒSTURE\n\n{}\n\n"
         "  • vēstniecība Minskā (oficiāli atvērta 1993. gadā);\n"
         "  • konsulāts Vitebskā (oficiāli atvērts 1994. gadā).\n")


def test_a_bulleted_list_of_missions_under_its_heading_gives_each_its_opening_year(tmp_path):
    text = _LIST.format("Latvijas Republikas diplomātiskās pārstāvniecības Baltkrievijas Republikā:")
    assert missions(plan_of(tmp_path, text, "lv")) == [
        ("country:lv", "country:by", "consulate", "city:vitebsk", "1994"),
        ("country:lv", "country:by", "embassy", "city:minsk", "1993")]
    # a heading that names no owner and host leaves the list's consulate unowned: no record
    plain = _LIST.format("Pārstāvniecības:")
    assert ("country:lv", "country:by", "consulate", "city:vitebsk", "1994") not in missions(
        plan_of(tmp_path, plain, "lv"))


# --- "this agreement", signed as the sentence before named it -----------------------------------------------

_BEFORE = ("Latvian authorities have decided to terminate the agreement with Belarus on cross-border cooperation.\n\n"
           "The government will discuss the termination of {} on August 30.\n\n"
           "It is indicated that this agreement {} in 1998.\n")


def test_this_agreement_signed_takes_the_document_the_sentence_before_names(tmp_path):
    text = _BEFORE.format("the agreement between the governments of Latvia and Belarus on cross-border cooperation",
                          "was signed and entered into force")
    assert treaties(plan_of(tmp_path, text, "en")) == [("agreement", ("country:by", "country:lv"), "1998")]


def test_this_agreement_of_the_eu_or_only_to_be_signed_is_not_the_pairs(tmp_path):
    eu = _BEFORE.format("the agreement between the EU and Belarus on visa facilitation", "was signed")
    assert treaties(plan_of(tmp_path, eu, "en")) == []
    later = _BEFORE.format("the agreement between the governments of Latvia and Belarus on cross-border cooperation",
                           "will be signed")
    assert treaties(plan_of(tmp_path, later, "en")) == []


# --- a recognition told without its day, and an encyclopedia's bare year ------------------------------------

def events(plan: Plan) -> list[tuple]:
    return sorted((c.doc["kind"], tuple(c.doc["parties"]), c.doc.get("date"))
                  for c in plan.changes if c.kind == "event")


def held_events(plan: Plan) -> list[tuple]:
    return sorted((h.doc.get("event"), h.doc["from"], h.doc["to"]) for h in plan.held if h.doc["kind"] == "event")


def test_a_recognition_told_as_done_without_its_day_is_held_with_who_recognised_whom(tmp_path):
    text = "Lithuania was one of the first who recognized the independence of Ukraine.\n"
    assert held_events(plan_of(tmp_path, text, "en")) == [("recognition", "country:lt", "country:ua")]
    lithuanian = "Lietuva viena pirmųjų pripažino Ukrainos nepriklausomybę.\n"
    assert held_events(plan_of(tmp_path, lithuanian, "lt")) == [("recognition", "country:lt", "country:ua")]


def test_a_recognition_refused_or_to_come_is_none(tmp_path):
    for text, lang in (("Lithuania never recognized the independence of the so-called republics in Ukraine.\n", "en"),
                       ("Lithuania will not recognize the independence of Belarus's puppet regions.\n", "en"),
                       ("Lietuva nepripažino Ukrainos nepriklausomybės apribojimų.\n", "lt")):
        plan = plan_of(tmp_path, text, lang)
        assert held_events(plan) == [] and events(plan) == [], text


def test_an_encyclopedias_bare_opening_year_dates_its_recognition(tmp_path):
    text = "1918 Lietuva viena pirmųjų pripažino Baltarusijos nepriklausomybę.\n"
    assert events(plan_of(tmp_path, text, "lt", empty=True)) == [("recognition", ("country:lt", "country:by"), "1918")]
    inside = "Nuo 1918 Lietuva ir Baltarusija pripažino viena kitą.\n"  # the year is not the clause's opening
    assert events(plan_of(tmp_path, inside, "lt", empty=True)) == []


# --- a row of cities after a colon ---------------------------------------------------------------------------

def test_a_row_of_cities_after_a_colon_is_one_mission_each(tmp_path):
    text = "Наразі в Україні діють три почесні консульства Латвії: у Львові, Одесі та Чернігові.\n"
    assert [m[3] for m in missions(plan_of(tmp_path, text, "uk", empty=True))] == [
        "city:chernihiv", "city:lviv", "city:odesa"]
    english = "Latvia now has three honorary consulates of Latvia: in Lviv, Odesa and Chernihiv.\n"
    assert len(missions(plan_of(tmp_path, english, "en", empty=True))) == 3


def test_a_row_after_a_colon_of_consulates_to_come_or_of_no_owner_is_none(tmp_path):
    planned = "Латвія планує відкрити почесні консульства Латвії: у Дніпрі та Харкові.\n"
    assert missions(plan_of(tmp_path, planned, "uk", empty=True)) == []
    unowned = "Зараз в Україні діють три аналогічних консульства: у Львові, Одесі та Чернігові.\n"
    assert missions(plan_of(tmp_path, unowned, "uk", empty=True)) == []


# --- English: a kind after its adjectives, relations established without a year ------------------------------

def test_an_intergovernmental_agreement_is_read_with_its_day_past_its_adjectives(tmp_path):
    text = "Ukraine and Lithuania signed an intergovernmental agreement on labour migration on 12 May 2019 in Kyiv.\n"
    assert treaties(plan_of(tmp_path, text, "en")) == [("agreement", ("country:lt", "country:ua"), "2019-05-12")]
    counted = "Ukraine and Lithuania signed several intergovernmental agreements on migration on 12 May 2019.\n"
    assert treaties(plan_of(tmp_path, counted, "en")) == []
    ministries = ("The Ministry of Health of Ukraine and the Ministry of Health of Lithuania signed an "
                  "interdepartmental agreement on cooperation on 12 May 2019.\n")
    assert treaties(plan_of(tmp_path, ministries, "en")) == []


def test_relations_established_without_a_year_are_held_never_an_anniversarys(tmp_path):
    text = "Twenty years ago, in April, Belarus and Latvia established diplomatic relations.\n"
    assert held_events(plan_of(tmp_path, text, "en")) == [("diplomatic-relations", "country:by", "country:lv")]
    for near in ("Belarus and Latvia celebrated the anniversary of the day they established diplomatic relations.\n",
                 "Belarus and Latvia agreed to establish diplomatic relations.\n",
                 "Belarus and Latvia have not established diplomatic relations.\n"):
        assert held_events(plan_of(tmp_path, near, "en")) == [], near


# --- a document its signers show to be ministries' ------------------------------------------------------------

def test_a_memorandum_signed_by_two_ministries_is_theirs_not_the_states(tmp_path):
    for text, lang in (("The Ministry of Health of Ukraine and the Ministry of Health of Lithuania signed a "
                        "memorandum of understanding on 12 May 2019.\n", "en"),
                       ("Міністерство енергетики України та Міністерство енергетики Литви підписали меморандум "
                        "про співпрацю 5 травня 2019 року.\n", "uk")):
        assert treaties(plan_of(tmp_path, text, lang)) == [], text
    for text, lang in (("The foreign ministers of Ukraine and Lithuania signed a memorandum of understanding on "
                        "12 May 2019.\n", "en"),
                       ("Україна та Литва підписали меморандум про співпрацю 5 травня 2019 року.\n", "uk")):
        assert [t[1:] for t in treaties(plan_of(tmp_path, text, lang))] == [
            (("country:lt", "country:ua"), "2019-05-12" if lang == "en" else "2019-05-05")], text


def test_a_person_whose_office_names_a_service_signs_for_the_government(tmp_path):
    text = ("Head of the State Migration Service of Ukraine Maksym Sokoliuk and Minister of Foreign Affairs of "
            "Lithuania Linas Linkevičius signed a protocol between the governments of Ukraine and the Republic of "
            "Lithuania on 7 December 2018.\n")
    assert treaties(plan_of(tmp_path, text, "en")) == [("protocol", ("country:lt", "country:ua"), "2018-12-07")]


# --- an honorary consulate whose owner the page's honorary consul names ---------------------------------------

_KLAIPEDA = ("Мы надеемся, что почетное консульство в Клайпеде создаст предпосылки для роста грузопотоков.\n"
             "{}\n")


def test_an_unowned_honorary_consulate_is_the_state_whose_honorary_consul_the_page_names(tmp_path):
    text = _KLAIPEDA.format("Почетный консул Беларуси Логвин с 1982 года живет и работает в Литве.")
    assert missions(plan_of(tmp_path, text, "ru", empty=True)) == [
        ("country:by", "country:lt", "honorary-consulate", "city:klaipeda", None)]
    two = _KLAIPEDA.format("Почетный консул Беларуси Логвин встретился с почетным консулом Украины Петренко.")
    assert missions(plan_of(tmp_path, two, "ru", empty=True)) == []


# --- an encyclopedia's key dates ------------------------------------------------------------------------------

_KEY_DATES = ("Lietuvos ir Ukrainos santykiai\n\nLietuvos ir Ukrainos santykiai – dvišaliai santykiai tarp Lietuvos "
              "Respublikos ir Ukrainos.\n\n Pagrindinės datos:\n • {}: 1991 m. rugpjūčio 26 d.\n")


def test_a_key_dates_row_naming_one_states_recognition_is_the_other_states(tmp_path):
    text = _KEY_DATES.format("Lietuvos pripažinimas de jure")
    assert events(plan_of(tmp_path, text, "lt", empty=True)) == [
        ("recognition", ("country:ua", "country:lt"), "1991-08-26")]
    refusal = _KEY_DATES.format("Krymo aneksijos nepripažinimas")
    assert events(plan_of(tmp_path, refusal, "lt", empty=True)) == []


# --- relations frozen, downgraded or severed are no establishment (a guard: each language beside one read) -----

def test_relations_frozen_downgraded_or_severed_are_no_establishment(tmp_path):
    for text, lang in (("Латвия заморозила дипломатические отношения с Беларусью 28 мая 2021 года.\n", "ru"),
                       ("Литва знизила рівень дипломатичних відносин з Білоруссю 10 серпня 2021 року.\n", "uk"),
                       ("Lietuva 2021 m. rugpjūčio 10 d. sumažino diplomatinių santykių su Baltarusija lygį.\n", "lt"),
                       ("Latvija 2021. gada 24. maijā pazemināja diplomātisko attiecību līmeni ar Baltkrieviju.\n",
                        "lv"),
                       ("Latvia severed diplomatic relations with Belarus on 24 May 2021.\n", "en")):
        assert events(plan_of(tmp_path, text, lang, empty=True)) == [], text
    established = "Latvija un Baltkrievija diplomātiskās attiecības nodibināja 1992. gada 7. aprīlī.\n"
    assert events(plan_of(tmp_path, established, "lv", empty=True)) == [
        ("diplomatic-relations", ("country:lv", "country:by"), "1992-04-07")]


# --- documents several states each signed with one ------------------------------------------------------------

def test_documents_two_states_each_signed_with_a_third_give_the_pair_of_the_four_relations(tmp_path):
    text = "Раніше з Україною відповідні декларації в березні і травні цього року підписали Литва і Польща.\n"
    assert held_treaties(plan_of(tmp_path, text, "uk", empty=True)) == [("country:lt", "country:ua")]
    for near in ("Раніше з Україною тристоронню декларацію підписали Литва і Польща.\n",
                 "Україна підписала з Литвою та Польщею декларацію про співпрацю.\n"):
        assert held_treaties(plan_of(tmp_path, near, "uk", empty=True)) == [], near
