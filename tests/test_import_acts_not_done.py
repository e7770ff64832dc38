"""A recognition, a signing or an opening is a fact only when the verb tells it done: never negated ("не
признала", "neatzina", "nepasirašė", "did not recognise"), in the future ("parakstīs", "pasirašys", "will
recognise"), an infinitive another verb governs ("vienojās parakstīt", "susitarė pasirašyti"), and never what
opens in a mission's rooms ("в посольстве открылась выставка"). Each beside the act told done, which stays read."""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of


def recognitions(plan: Plan) -> list[tuple]:
    return sorted((tuple(c.doc["parties"]), c.doc.get("date")) for c in plan.changes
                  if c.kind == "event" and c.doc["kind"] == "recognition")


def signed(plan: Plan) -> list[str | None]:
    return sorted(str(c.doc.get("signed")) for c in plan.changes if c.kind == "treaty")


def opened(plan: Plan) -> list[str | None]:
    return [c.doc.get("opened") for c in plan.changes if c.kind == "mission"]


def test_a_recognition_negated_is_none_in_every_language(tmp_path):
    for lang, text in (("lv", "Latvija 1991. gada 25. augustā neatzina Baltkrievijas neatkarību.\n"),
                       ("lt", "Lietuva 1991 m. rugpjūčio 25 d. nepripažino Baltarusijos nepriklausomybės.\n"),
                       ("ru", "Литва не признала независимость Белоруссии 25 августа 1991 года.\n"),
                       ("uk", "Литва не визнала незалежність Білорусі 25 серпня 1991 року.\n"),
                       ("be", "Літва не прызнала незалежнасць Беларусі 25 жніўня 1991 года.\n"),
                       ("en", "Lithuania did not recognise the independence of Belarus on 25 August 1991.\n"),
                       ("en", "Lithuania refused to recognise the independence of Belarus on 25 August 1991.\n"),
                       ("en", "Lithuania will recognise the independence of Belarus on 25 August 1991.\n")):
        assert recognitions(plan_of(tmp_path, text, lang)) == [], (lang, text)


def test_a_recognition_done_is_read_in_every_language(tmp_path):
    for lang, text, recogniser in (
            ("lv", "Latvija 1991. gada 25. augustā atzina Baltkrievijas neatkarību.\n", "country:lv"),
            ("lt", "Lietuva 1991 m. rugpjūčio 25 d. pripažino Baltarusijos nepriklausomybę.\n", "country:lt"),
            ("ru", "Литва признала независимость Белоруссии 25 августа 1991 года.\n", "country:lt"),
            ("en", "Lithuania recognised the independence of Belarus on 25 August 1991.\n", "country:lt")):
        assert recognitions(plan_of(tmp_path, text, lang)) == [((recogniser, "country:by"), "1991-08-25")], lang


def test_a_signing_to_come_or_not_made_dates_no_treaty(tmp_path):
    for lang, text in (("lv", "2024. gada 5. maijā Latvija un Ukraina vienojās nākamgad parakstīt līgumu par "
                              "aizsardzību.\n"),
                       ("lv", "Latvija un Ukraina 2024. gada 5. maijā parakstīs līgumu par aizsardzību.\n"),
                       ("lv", "Latvija un Ukraina 2024. gada 5. maijā neparakstīja līgumu par aizsardzību.\n"),
                       ("lt", "2024 m. gegužės 5 d. Lietuva ir Ukraina susitarė kitais metais pasirašyti sutartį "
                              "dėl gynybos.\n"),
                       ("lt", "Lietuva ir Ukraina 2024 m. gegužės 5 d. pasirašys sutartį dėl gynybos.\n"),
                       ("lt", "Lietuva ir Ukraina 2024 m. gegužės 5 d. nepasirašė sutarties dėl gynybos.\n")):
        assert signed(plan_of(tmp_path, text, lang)) == [], (lang, text)


def test_a_signing_done_dates_its_treaty(tmp_path):
    for lang, text in (("lv", "Latvija un Ukraina 2024. gada 5. maijā parakstīja līgumu par aizsardzību.\n"),
                       ("lt", "Lietuva ir Ukraina 2024 m. gegužės 5 d. pasirašė sutartį dėl gynybos.\n"),
                       ("lt", "2024 m. gegužės 5 d. Vilniuje buvo pasirašyti Lietuvos ir Ukrainos susitarimai.\n")):
        assert signed(plan_of(tmp_path, text, lang)) == ["2024-05-05"], (lang, text)


def test_what_opens_in_a_missions_rooms_is_no_opening_of_it(tmp_path):
    for lang, text in (("ru", "5 мая 2024 года в посольстве Латвии в Киеве открылась выставка.\n"),
                       ("uk", "5 травня 2024 року у посольстві Латвії в Києві відкрилася виставка.\n"),
                       ("lv", "2024. gada 5. maijā Latvijas vēstniecībā Kijivā tika atvērta izstāde.\n"),
                       ("lt", "2024 m. gegužės 5 d. Lietuvos ambasadoje Kijeve buvo atidaryta paroda.\n")):
        assert opened(plan_of(tmp_path, text, lang)) == [None], (lang, text)


def test_a_mission_that_opened_keeps_its_day(tmp_path):
    for lang, text in (("ru", "5 мая 2024 года открылось почетное консульство Латвии в Одессе.\n"),
                       ("lv", "2024. gada 5. maijā Odesā tika atvērts Latvijas goda konsulāts.\n")):
        assert opened(plan_of(tmp_path, text, lang)) == ["2024-05-05"], (lang, text)


def closed(plan: Plan) -> list[str | None]:
    return [c.doc.get("closed") for c in plan.changes if c.kind == "mission"]


def test_a_closing_to_come_or_denied_dates_nothing(tmp_path):
    for lang, text in (("en", "Lithuania's embassy in Minsk will be closed on 1 June 2021.\n"),
                       ("ru", "Посольство Латвии в Минске будет закрыто 1 июня 2021 года.\n"),
                       ("uk", "Посольство Латвії в Мінську не закрито, заявили 1 червня 2021 року.\n"),
                       ("lv", "Latvijas vēstniecība Minskā netiks slēgta, 2021. gada 1. jūnijā paziņoja ministrs.\n"),
                       ("lt", "Lietuvos ambasada Minske nebus uždaryta, 2021 m. birželio 1 d. pareiškė ministras.\n")):
        assert closed(plan_of(tmp_path, text, lang)) == [None], (lang, text)


def test_a_closing_done_keeps_its_day(tmp_path):
    for lang, text in (("en", "Lithuania's embassy in Minsk was closed on 1 June 2021.\n"),
                       ("ru", "Посольство Латвии в Минске было закрыто 1 июня 2021 года.\n")):
        assert closed(plan_of(tmp_path, text, lang)) == ["2021-06-01"], (lang, text)


def test_a_mission_whose_opening_is_denied_is_none(tmp_path):
    for lang, text in (("uk", "Литва не відкрила консульство у Львові 1 червня 2021 року.\n"),
                       ("ru", "Литва не будет открывать консульство в Гродно, заявил министр 1 июня 2021 года.\n"),
                       ("lv", "Latvija 2021. gada 1. jūnijā neatvēra goda konsulātu Ļvivā.\n")):
        assert opened(plan_of(tmp_path, text, lang)) == [], (lang, text)


def relations(plan: Plan) -> list[tuple]:
    return [(c.doc["kind"], c.doc.get("date")) for c in plan.changes
            if c.kind == "event" and c.doc["kind"] == "diplomatic-relations"]


def test_en_relations_not_established_or_to_come_are_none(tmp_path):
    for text in ("Latvia and Belarus did not establish diplomatic relations in 1991.\n",
                 "Latvia and Belarus will establish diplomatic relations in 1992.\n"):
        assert relations(plan_of(tmp_path, text, "en")) == [], text
    assert relations(plan_of(tmp_path, "Latvia and Belarus established diplomatic relations in 1992.\n", "en")) \
        == [("diplomatic-relations", "1992")]


def in_force(plan: Plan) -> list[str | None]:
    return [c.doc.get("in_force") for c in plan.changes if c.kind == "treaty"]


def test_cyrillic_an_entry_into_force_to_come_is_none(tmp_path):
    for lang, text in (("ru", "Соглашение между Латвией и Украиной вступит в силу 1 января 2026 года.\n"),
                       ("uk", "Угода між Латвією та Україною набуде чинності 1 січня 2026 року.\n")):
        assert in_force(plan_of(tmp_path, text, lang)) == [], lang
    text = "Соглашение между Латвией и Украиной вступило в силу 1 января 2006 года.\n"
    assert in_force(plan_of(tmp_path, text, "ru")) == ["2006-01-01"]


def test_an_agreement_never_signed_is_none(tmp_path):
    assert signed(plan_of(tmp_path, "Latvia and Ukraine never signed an agreement on visas in 2005.\n", "en")) == []
    assert signed(plan_of(tmp_path, "Latvia and Ukraine signed an agreement on visas in 2005.\n", "en")) == ["2005"]


def test_a_chronicle_leaves_out_the_auxiliary_of_a_signing_done(tmp_path):
    for lang, text in (("lt", "2007 m. vasario 2 d. pasirašyti Lietuvos ir Baltarusijos susitarimai dėl sienos.\n"),
                       ("lv", "2007. gada 2. februārī parakstīti Latvijas un Baltkrievijas līgumi par robežu.\n")):
        assert signed(plan_of(tmp_path, text, lang)) == ["2007-02-02"], (lang, text)
