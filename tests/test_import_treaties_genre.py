"""Agreements in the genre's other shapes, on small pages we wrote ourselves, each beside a near miss:
ratification kept apart from signing (the day beside "ratified" is the ratification's: the document is held
without a signing day), an entry into force told alone, a document named before the participle of its
signing ("2024. gada 11. janvārī Rīgā noslēgto ... līgumu"), a treaty's closing clause ("Vienošanās ir
parakstīta Viļņā ..."), one document told twice with its day, and documents of ministries, of three states
or of a union, which are not the pair's."""

from __future__ import annotations

import pytest

from data.importer.plan import Plan
from tests.importkit import plan_of


def written(plan: Plan) -> list[tuple[str, str | None, str | None, list[str]]]:
    return [(c.doc["kind"], c.doc.get("signed"), c.doc.get("in_force"), sorted(c.doc["parties"]))
            for c in plan.changes if c.kind == "treaty"]


def held(plan: Plan) -> list[list[str]]:
    return [c.doc["parties"] for c in plan.held if c.doc["kind"] == "treaty"]


LT_UA = ["country:lt", "country:ua"]
LV_UA = ["country:lv", "country:ua"]


@pytest.mark.parametrize(("lang", "sentence", "parties"), [
    ("en", "The Seimas ratified the agreement between Lithuania and Ukraine on social security on 12 March 2019.",
     LT_UA),
    ("lv", "Saeima 2019. gada 12. martā ratificēja Latvijas un Ukrainas līgumu par sociālo drošību.", LV_UA),
    ("lt", "Seimas 2019 m. kovo 12 d. ratifikavo Lietuvos ir Ukrainos susitarimą dėl socialinės apsaugos.", LT_UA),
    ("ru", "Сейм Литвы 12 марта 2019 года ратифицировал соглашение между Литвой и Украиной о социальном "
           "обеспечении.", LT_UA),
    ("uk", "Верховна Рада 12 березня 2019 року ратифікувала угоду між Україною та Латвією про соціальне "
           "забезпечення.", LV_UA),
])
def test_a_ratified_document_is_held_without_the_ratifications_day(tmp_path, lang, sentence, parties):
    plan = plan_of(tmp_path, "Title\n\n" + sentence + "\n", lang)
    assert (written(plan), held(plan)) == ([], [parties])


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Latvia ratified the EU-Ukraine Association Agreement on 26 September 2014."),
    ("uk", "Сейм Литви 2014 року ратифікував Угоду про асоціацію між Україною та ЄС."),
])
def test_a_unions_document_ratified_by_one_state_is_none(tmp_path, lang, sentence):
    plan = plan_of(tmp_path, "Title\n\n" + sentence + "\n", lang)
    assert (written(plan), held(plan)) == ([], [])


def test_en_an_entry_into_force_told_alone_guesses_no_signing(tmp_path):
    text = ("Readmission\n\nThe intergovernmental agreement between Latvia and Belarus on readmission entered "
            "into force on 1 June 2010.\n")
    assert written(plan_of(tmp_path, text, "en")) == [("agreement", None, "2010-06-01", ["country:by", "country:lv"])]


def test_en_an_entry_into_force_still_to_come_is_none(tmp_path):
    text = ("Readmission\n\nThe intergovernmental agreement between Latvia and Belarus on readmission will enter "
            "into force on 1 June 2010.\n")
    assert written(plan_of(tmp_path, text, "en")) == []


def test_lv_a_document_named_after_its_day_and_the_participle_of_its_signing(tmp_path):
    text = ("Sadarbība\n\nDalībnieki īstenos 2024. gada 11. janvārī Rīgā noslēgto Latvijas Republikas valdības\n"
            "un Ukrainas Ministru kabineta līgumu par tehnisko un finansiālo sadarbību.\n")
    assert written(plan_of(tmp_path, text, "lv")) == [("treaty", "2024-01-11", None, LV_UA)]


def test_lv_the_same_shape_of_two_ministries_is_theirs(tmp_path):
    text = ("Sadarbība\n\nDalībnieki īstenos 2024. gada 11. janvārī Rīgā noslēgto Latvijas Republikas Satiksmes "
            "ministrijas un Ukrainas Digitālās transformācijas ministrijas memorandu.\n")
    plan = plan_of(tmp_path, text, "lv")
    assert (written(plan), held(plan)) == ([], [])


def test_lt_a_document_named_after_its_day_is_told_once(tmp_path):
    text = ("Bendradarbiavimas\n\nŠalys įgyvendins 2019 m. gegužės 5 d. Vilniuje pasirašytą Lietuvos Respublikos ir "
            "Ukrainos susitarimą dėl socialinės apsaugos.\n")
    assert written(plan_of(tmp_path, text, "lt")) == [("agreement", "2019-05-05", None, LT_UA)]


def test_lt_three_states_document_is_not_the_pairs(tmp_path):
    text = ("Bendradarbiavimas\n\nŠalys įgyvendins 2019 m. gegužės 5 d. Vilniuje pasirašytą Lietuvos, Latvijos ir "
            "Ukrainos susitarimą dėl brigados.\n")
    plan = plan_of(tmp_path, text, "lt")
    assert (written(plan), held(plan)) == ([], [])


def test_lv_a_treatys_closing_clause_dates_it_with_the_pages_pair(tmp_path):
    text = ("Latvijas un Ukrainas vienošanās par drošības sadarbību\n\n"
            "Latvija un Ukraina sadarbosies drošības jomā.\n\n"
            "Vienošanās ir parakstīta Viļņā 2024. gada 11. aprīlī, divos oriģināleksemplāros.\n")
    assert ("agreement", "2024-04-11", None, LV_UA) in written(plan_of(tmp_path, text, "lv"))


def test_two_documents_of_one_day_stay_two_and_one_told_twice_is_one(tmp_path):
    text = ("Presidents meet in Kyiv\n\n"
            "On 7 December 2018 the advisers signed the protocol of the 11th meeting of the Council of Presidents "
            "of Ukraine and the Republic of Lithuania.\n"
            "On 7 December 2018 the ministers signed a protocol between the governments of Ukraine and the Republic "
            "of Lithuania on the readmission of persons.\n"
            "On 7 December 2018 Ukraine and Lithuania signed the protocol of the 11th meeting of the Council of "
            "Presidents.\n")
    assert written(plan_of(tmp_path, text, "en")) == [("protocol", "2018-12-07", None, LT_UA)] * 2


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "On 6 December 2016 Latvia and Belarus signed an agreement between the Ministry of Defence of Belarus "
           "and the Ministry of Defence of Latvia on defence cooperation."),
    ("ru", "6 декабря 2016 года было подписано соглашение между министерством обороны Республики Беларусь и "
           "министерством обороны Латвийской Республики о сотрудничестве в области обороны."),
])
def test_a_dated_document_of_two_ministries_is_theirs(tmp_path, lang, sentence):
    plan = plan_of(tmp_path, "Title\n\n" + sentence + "\n", lang)
    assert (written(plan), held(plan)) == ([], [])


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "On 6 December 2016 Latvia and Belarus signed an agreement on defence cooperation."),
    ("ru", "6 декабря 2016 года Беларусь и Латвия подписали соглашение о сотрудничестве в области обороны."),
])
def test_the_states_dated_document_is_written(tmp_path, lang, sentence):
    assert written(plan_of(tmp_path, "Title\n\n" + sentence + "\n", lang)) == \
        [("agreement", "2016-12-06", None, ["country:by", "country:lv"])]


def test_ru_documents_in_the_plural_are_one_per_topic(tmp_path):
    text = ("Беларусь и Литва\n\nВ феврале 1995 года Беларусь и Литва подписали договоры о добрососедстве и "
            "сотрудничестве и о белорусско-литовской государственной границе.\n")
    assert written(plan_of(tmp_path, text, "ru")) == [("treaty", "1995-02", None, ["country:by", "country:lt"])] * 2


def test_ru_one_document_whose_topic_has_an_and_is_one(tmp_path):
    text = ("Беларусь и Литва\n\n5 мая 1995 года Беларусь и Литва подписали договор о добрососедстве и "
            "сотрудничестве.\n")
    assert written(plan_of(tmp_path, text, "ru")) == [("treaty", "1995-05-05", None, ["country:by", "country:lt"])]
