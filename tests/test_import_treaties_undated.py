"""Agreements a page names without the day they were signed, on small pages we wrote ourselves, each beside
a near miss: held for review with their two states ("an agreement between LV and UA, date not given"),
never written and never dated by a guess (a span of years, the page's publication stamp); one row per
document however often the page names it; none for a document of two ministries, of Belarus and Ukraine,
still to be signed, or asked about. A document a state denounces or leaves existed. Relations dated by
the clause that tells them. The benchmark meets such a held agreement with an expected one without a date."""

from __future__ import annotations

from data.importer.plan import Plan
from tests.benchmarks.page_facts import agrees, proposals
from tests.importkit import plan_of


def held(plan: Plan) -> list[tuple[str, list[str]]]:
    return [(c.doc["treaty"], c.doc["parties"]) for c in plan.held if c.doc["kind"] == "treaty"]


def written(plan: Plan) -> list[dict]:
    return [c.doc for c in plan.changes if c.kind == "treaty"]


LV_UA = ["country:lv", "country:ua"]


def test_en_an_agreement_signed_without_its_day_is_held_with_its_two_states(tmp_path):
    text = ("Security agreement between Ukraine and Latvia\n\n"
            "Ukrainian President Volodymyr Zelensky and Latvian President Edgars Rinkevics have signed an "
            "agreement on security cooperation between Ukraine and Latvia.\n")
    plan = plan_of(tmp_path, text, "en")
    assert (held(plan), written(plan)) == ([("agreement", LV_UA)], [])
    [row] = [c for c in plan.held if c.kind == "treaty"]
    assert row.action == "review" and "without the day" in row.notes[0]


def test_en_an_agreement_still_to_be_signed_is_not_held(tmp_path):
    text = ("Security agreement between Ukraine and Latvia\n\n"
            "Ukrainian President Volodymyr Zelensky and Latvian President Edgars Rinkevics will sign an "
            "agreement on security cooperation between Ukraine and Latvia.\n")
    plan = plan_of(tmp_path, text, "en")
    assert (held(plan), written(plan)) == ([], [])


def test_en_the_publication_stamp_opening_the_lead_does_not_date_the_signing(tmp_path):
    text = (" date 2024-01-12 (MENAFN- UkrinForm) The Cabinet of Ministers of Ukraine and the Government of the "
            "Republic of Latvia signed an agreement on technical and financial cooperation.\n")
    plan = plan_of(tmp_path, text, "en")
    assert (held(plan), written(plan)) == ([("agreement", LV_UA)], [])


def test_en_a_day_the_lead_writes_out_dates_the_signing(tmp_path):
    text = (" date 2024-01-12 (MENAFN- UkrinForm) On 11 January 2024 the Cabinet of Ministers of Ukraine and the "
            "Government of the Republic of Latvia signed an agreement on technical and financial cooperation.\n")
    plan = plan_of(tmp_path, text, "en")
    assert ([t["signed"] for t in written(plan)], held(plan)) == (["2024-01-11"], [])


def test_ru_a_programme_s_years_do_not_date_the_protocol_signed_beside_it(tmp_path):
    text = ("Украина и Литва подписали дорожную карту\n\n"
            "По результатам заседания была подписана Дорожная карта развития стратегического партнерства двух "
            "государств на 2015-2016 годы, а также протокол 7-го заседания Совета Президентов Украины и Литвы.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert (held(plan), written(plan)) == ([("protocol", ["country:lt", "country:ua"])], [])


def test_ru_a_protocol_signed_on_a_day_is_written_with_it(tmp_path):
    text = ("Украина и Литва подписали протокол\n\n"
            "7 декабря 2018 года был подписан протокол 11-го заседания Совета Президентов Украины и Литвы.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert ([(t["kind"], t["signed"]) for t in written(plan)], held(plan)) == ([("protocol", "2018-12-07")], [])


def test_ru_a_denounced_agreement_existed_and_is_held_without_a_day(tmp_path):
    text = ("Литва денонсировала соглашение\n\n"
            "Правительство Литвы денонсировало соглашение с Беларусью о приграничном сотрудничестве.\n")
    assert held(plan_of(tmp_path, text, "ru")) == [("agreement", ["country:by", "country:lt"])]


def test_ru_a_denunciation_only_discussed_tells_no_agreement(tmp_path):
    text = ("Литва и Беларусь\n\n"
            "Правительство Литвы обсуждает денонсацию соглашения с Беларусью о приграничном сотрудничестве.\n")
    assert held(plan_of(tmp_path, text, "ru")) == []


def test_ru_the_headlines_states_are_the_ministries_the_text_names(tmp_path):
    text = ("Украина и Латвия подписали меморандум о сотрудничестве в АПК.\n"
            "«Сегодня подписанный нами меморандум о сотрудничестве между нашими министерствами сельского "
            "хозяйства расширит сотрудничество», — сказал президент Латвии.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert (held(plan), written(plan)) == ([], [])


def test_ru_the_states_memorandum_without_ministries_is_held(tmp_path):
    text = ("Украина и Латвия подписали меморандум о сотрудничестве в АПК.\n"
            "Президент Латвии назвал сотрудничество двух стран давним.\n")
    assert held(plan_of(tmp_path, text, "ru")) == [("memorandum", LV_UA)]


def test_uk_an_agreement_of_belarus_and_ukraine_is_none_of_the_four_relations(tmp_path):
    text = ("Угода\n\nУкраїна і Білорусь підписали угоду про співробітництво у галузі зв'язку.\n")
    plan = plan_of(tmp_path, text, "uk")
    assert (held(plan), written(plan)) == ([], [])


def test_uk_an_agreement_of_latvia_and_belarus_is_held(tmp_path):
    text = ("Угода\n\nЛатвія і Білорусь підписали угоду про співробітництво у галузі зв'язку.\n")
    assert held(plan_of(tmp_path, text, "uk")) == [("agreement", ["country:by", "country:lv"])]


def test_uk_a_document_the_page_dates_elsewhere_is_not_held_again(tmp_path):
    text = ("Латвія розірве договір з Білоруссю про прикордонне співробітництво\n\n"
            "Влада Латвії ухвалила рішення розірвати угоду з Білоруссю про прикордонне співробітництво.\n"
            "Вказано, що ця угода між Латвією та Білоруссю була підписана 12 травня 1998 року.\n")
    plan = plan_of(tmp_path, text, "uk")
    assert ([t["signed"] for t in written(plan)], held(plan)) == (["1998-05-12"], [])


def test_be_two_documents_without_a_day_are_two_rows_and_a_repeat_is_none(tmp_path):
    text = ("Літва скасавала пагадненне з Беларуссю аб дзяржсакрэтах\n\n"
            "Літва скасавала пагадненне з Беларуссю \"Аб узаемным забеспячэнні абароны дзяржаўных сакрэтаў\".\n"
            "У жніўні Літва скасавала пагадненне з Беларуссю аб вытворчай і навукова-тэхнічнай кааперацыі.\n")
    assert held(plan_of(tmp_path, text, "be")) == [("agreement", ["country:by", "country:lt"])] * 2


def test_be_a_question_about_documents_holds_none(tmp_path):
    text = ("Пагадненні\n\nЯкія яшчэ пагадненні з Беларуссю дэнансавала Літва\n")
    assert held(plan_of(tmp_path, text, "be")) == []


def test_ru_relations_take_the_date_of_their_own_clause(tmp_path):
    text = ("Беларусь и Литва\n\n"
            "После распада СССР Беларусь и Литва стремились к сотрудничеству. 30 декабря 1992 года они "
            "установили дипломатические отношения, в 1993 году на взаимной основе открыли посольства.\n")
    plan = plan_of(tmp_path, text, "ru")
    events = [c.doc for c in plan.changes if c.kind == "event"]
    assert [(e["kind"], e["date"]) for e in events] == [("diplomatic-relations", "1992-12-30")]


def test_ru_relations_whose_clause_gives_no_date_are_held(tmp_path):
    text = ("Беларусь и Литва\n\n"
            "В 1993 году Беларусь и Литва открыли посольства, а 2 мая 1994 года подписали договор, "
            "дипломатические отношения же они установили раньше.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert [c.doc for c in plan.changes if c.kind == "event"] == []
    assert [c.doc["event"] for c in plan.held if c.doc["kind"] == "event"] == ["diplomatic-relations"]


def test_the_benchmark_meets_a_held_agreement_with_an_expected_one_without_a_date(tmp_path):
    text = ("Security agreement\n\nUkraine and Latvia have signed an agreement on security cooperation.\n")
    plan = plan_of(tmp_path, text, "en")
    [got] = [p for p in proposals(plan, {}) if p["kind"] == "treaty"]
    assert got["signed"] is None and got["parties"] == ["LV", "UA"]
    assert agrees(got, {"kind": "treaty", "parties": ["UA", "LV"], "signed": None})
    assert not agrees(got, {"kind": "treaty", "parties": ["LV", "UA"], "signed": "2024-06-27"})
    assert not agrees(got, {"kind": "treaty", "parties": ["LT", "UA"], "signed": None})


def test_lv_a_memorandum_signed_without_its_day_is_held(tmp_path):
    text = ("Sadarbība\n\nLatvija un Ukraina parakstīja saprašanās memorandu par sadarbību aizsardzības jomā.\n")
    assert held(plan_of(tmp_path, text, "lv")) == [("memorandum", LV_UA)]


def test_lv_a_memorandum_only_planned_is_not_held(tmp_path):
    text = ("Sadarbība\n\nLatvija un Ukraina plāno parakstīt saprašanās memorandu par sadarbību aizsardzības jomā.\n")
    plan = plan_of(tmp_path, text, "lv")
    assert (held(plan), written(plan)) == ([], [])


def test_lt_an_agreement_signed_without_its_day_is_held(tmp_path):
    text = ("Bendradarbiavimas\n\nLietuva ir Ukraina pasirašė susitarimą dėl bendradarbiavimo gynybos srityje.\n")
    assert held(plan_of(tmp_path, text, "lt")) == [("agreement", ["country:lt", "country:ua"])]


def test_lt_an_agreement_not_signed_or_only_drafted_is_not_held(tmp_path):
    for text in ("Bendradarbiavimas\n\nLietuva ir Ukraina nepasirašė susitarimo dėl bendradarbiavimo gynybos "
                 "srityje.\n",
                 "Bendradarbiavimas\n\nVyriausybė pritarė Lietuvos ir Ukrainos susitarimo dėl bendradarbiavimo "
                 "gynybos srityje projektui.\n"):
        plan = plan_of(tmp_path, text, "lt")
        assert (held(plan), written(plan)) == ([], [])


def test_lt_a_denounced_agreement_is_held(tmp_path):
    text = ("Pasienis\n\nLietuvos Vyriausybė denonsavo susitarimą su Baltarusija dėl pasienio bendradarbiavimo.\n")
    assert held(plan_of(tmp_path, text, "lt")) == [("agreement", ["country:by", "country:lt"])]


def test_en_a_denounced_agreement_is_held_and_one_only_debated_is_not(tmp_path):
    text = ("Border\n\nLithuania denounced the agreement with Belarus on border cooperation.\n")
    assert held(plan_of(tmp_path, text, "en")) == [("agreement", ["country:by", "country:lt"])]
    text = ("Border\n\nLithuania debated the agreement with Belarus on border cooperation.\n")
    assert held(plan_of(tmp_path, text, "en")) == []


def test_en_one_state_signing_alone_on_a_pairs_page_is_no_agreement_of_the_pair(tmp_path):
    text = ("Lithuania and Ukraine\n\nLithuania and Ukraine discussed energy.\n"
            "Ukraine signed an agreement with the IMF on a new programme.\n")
    assert held(plan_of(tmp_path, text, "en")) == []


def test_uk_the_parties_signing_on_a_pairs_page_are_its_two_states(tmp_path):
    text = ("Україна та Латвія\n\nПрезиденти України та Латвії провели переговори.\n"
            "Сторони підписали угоду про співробітництво в галузі енергетики.\n")
    assert held(plan_of(tmp_path, text, "uk")) == [("agreement", LV_UA)]


def test_uk_one_state_signing_alone_on_a_pairs_page_is_none(tmp_path):
    text = ("Україна та Латвія\n\nПрезиденти України та Латвії провели переговори.\n"
            "Україна підписала угоду про співробітництво з МВФ.\n")
    assert held(plan_of(tmp_path, text, "uk")) == []
