"""Agreements as news items tell them, on small pages we wrote ourselves, each beside a near miss: a
protocol "of" a meeting or "between" governments, a signed joint statement (the two states' declaration),
a trilateral agreement, a signing still to come, the signing day nearest its verb, documents counted or
signed by many states, and one date for "signed and entered into force"."""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of

NEWS_DAY = "Presidents meet in Kyiv\n  • 2018-12-07\n"


def treaties(plan: Plan) -> list[dict]:
    return [c.doc for c in plan.changes if c.kind == "treaty"]


def test_en_a_protocol_of_a_meeting_is_signed_on_the_news_items_day(tmp_path):
    text = NEWS_DAY + ("After the meeting, the advisers of the two presidents signed the protocol of the 11th "
                       "meeting of the Council of Presidents of Ukraine and the Republic of Lithuania.\n")
    [treaty] = treaties(plan_of(tmp_path, text, "en"))
    assert (treaty["kind"], sorted(treaty["parties"]), treaty["signed"]) == \
        ("protocol", ["country:lt", "country:ua"], "2018-12-07")


def test_en_a_protocol_between_the_governments(tmp_path):
    text = NEWS_DAY + ("During the talks, the ministers signed a protocol between the governments of Ukraine and "
                       "the Republic of Lithuania on the readmission of persons.\n")
    [treaty] = treaties(plan_of(tmp_path, text, "en"))
    assert (treaty["kind"], treaty["signed"]) == ("protocol", "2018-12-07")


def test_en_a_trilateral_agreement_is_not_the_pairs(tmp_path):
    text = NEWS_DAY + ("During the talks, the ministers signed an agreement between Ukraine, Lithuania and Poland "
                       "on a joint military brigade.\n")
    assert treaties(plan_of(tmp_path, text, "en")) == []


def test_en_a_signed_joint_statement_is_a_declaration(tmp_path):
    text = ("Presidents sign in Vilnius\n  • 2024-01-10\n"
            "In the framework of the official visit, the President of Ukraine and the President of Lithuania "
            "signed a Joint Statement.\n")
    [treaty] = treaties(plan_of(tmp_path, text, "en"))
    assert (treaty["kind"], sorted(treaty["parties"]), treaty["signed"]) == \
        ("declaration", ["country:lt", "country:ua"], "2024-01-10")


def test_en_a_joint_statement_to_be_signed_is_none(tmp_path):
    text = ("Presidents to meet in Vilnius\n  • 2024-01-10\n"
            "During the official visit, the President of Ukraine and the President of Lithuania will sign a "
            "Joint Statement.\n")
    assert treaties(plan_of(tmp_path, text, "en")) == []


def test_uk_the_signing_day_is_the_one_before_its_verb_not_the_pages(tmp_path):
    text = ("Безпекова угода з Литвою\n  • 2026-01-09\n"
            "9 січня 2026 року журналісти нагадали: 27 червня 2024 року була підписана Угода про співробітництво "
            "у сфері безпеки "
            "між Україною та Литовською Республікою.\n")
    [treaty] = treaties(plan_of(tmp_path, text, "uk"))
    assert (sorted(treaty["parties"]), treaty["signed"]) == (["country:lt", "country:ua"], "2024-06-27")


def test_uk_documents_counted_or_signed_by_many_states_are_none(tmp_path):
    text = ("Безпекові угоди\n  • 2026-01-09\n"
            "Латвія та Україна згадали Спільну декларацію, підписану 12 липня 2023 року країнами Групи семи.\n"
            "Станом на січень 2026 року Україна уклала вже 29 двосторонніх угод, які підписані на 10 років.\n")
    assert treaties(plan_of(tmp_path, text, "uk")) == []


def test_uk_signed_and_in_force_in_one_year_is_both(tmp_path):
    text = ("Латвія розірве угоду з Білоруссю про прикордонне співробітництво.\n"
            "Угода між урядами Латвії та Білорусі була підписана і набула чинності 1998 року.\n")
    [treaty] = treaties(plan_of(tmp_path, text, "uk"))
    assert (treaty["signed"], treaty["in_force"]) == ("1998", "1998")


def test_uk_an_entry_into_force_alone_still_gives_no_signing(tmp_path):
    text = ("Латвія розірве угоду з Білоруссю про прикордонне співробітництво.\n"
            "Угода між урядами Латвії та Білорусі набула чинності 1998 року.\n")
    [treaty] = treaties(plan_of(tmp_path, text, "uk"))
    assert "signed" not in treaty and treaty["in_force"] == "1998"


def test_en_an_agreement_told_over_hard_wrapped_lines(tmp_path):
    text = ("Belarus and Latvia have signed a number of agreements. In May 1995, the\n"
            "transportation\n"
            "ministers of both countries signed an agreement on\n"
            "cooperation in rail transport.\n")
    [treaty] = treaties(plan_of(tmp_path, text, "en"))
    assert (sorted(treaty["parties"]), treaty["signed"]) == (["country:by", "country:lv"], "1995-05")


def test_en_lines_apart_are_not_joined_into_a_signing(tmp_path):
    text = ("Belarus and Latvia will hold talks in May 1995. The ministers of both countries have\n"
            "\n"
            "signed an agreement on cooperation in rail transport, the press says.\n")
    assert treaties(plan_of(tmp_path, text, "en")) == []
