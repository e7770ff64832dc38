"""Missions, envoys' posts and recalls as Belarusian pages in the classical spelling (taraškievica) write their
cities ("у Менску", "зь Менску", "у Гародні", "у Віцебску"), on small pages we wrote ourselves, each rule beside
the near miss that must stay as it was (a third state's mission in the same city, a recall's direction).
"""

from __future__ import annotations

from pathlib import Path

from data.importer.places import Places
from data.importer.plan import Plan
from tests.importkit import plan_of as _plan_of
from tests.importkit import recalls_and_expulsions


def plan_of(folder: Path, text: str, lang: str) -> Plan:
    folder.mkdir(parents=True, exist_ok=True)
    return _plan_of(folder, text, lang)


def missions(plan: Plan) -> list[tuple]:
    return sorted((c.doc["from"], c.doc["to"], c.doc["kind"], c.doc.get("city"))
                  for c in plan.changes if c.kind == "mission")


def held_envoys(plan: Plan) -> list[tuple]:
    return sorted((h.doc["from"], h.doc["to"]) for h in plan.held if h.kind == "envoy")


# --- taraškievica's Minsk, Hrodna, Vitebsk ---------------------------------------------------------------

def test_an_ambassador_in_mensk_is_posted_in_belarus(tmp_path):
    classical = "Іх суправаджаў літоўскі амбасадар у Менску Эдмінас Багдонас.\n"
    assert held_envoys(plan_of(tmp_path / "a", classical, "be")) == [("country:lt", "country:by")]
    # the near miss: the same title in a third state's capital is no post of the four relations
    moscow = "Іх суправаджаў літоўскі амбасадар у Маскве Эдмінас Багдонас.\n"
    assert held_envoys(plan_of(tmp_path / "b", moscow, "be")) == []


def test_a_consulate_general_in_haradnia_is_lithuanias_in_belarus(tmp_path):
    lithuanian = "Літва адкрыла генеральнае консульства ў Гародні.\n"
    assert missions(plan_of(tmp_path / "a", lithuanian, "be")) == [("country:lt", "country:by", "consulate-general",
                                                                     "city:hrodna")]
    polish = "Польшча адкрыла генеральнае консульства ў Гародні.\n"
    assert missions(plan_of(tmp_path / "b", polish, "be")) == []


def test_the_classical_forms_are_found_and_the_official_locative_stays_a_locative():
    places = Places.builtin()

    def found(text: str) -> list[tuple[str, str]]:
        return [(m.place.key, m.case) for m in places.find(text, "be")]

    assert found("Вярнуўся зь Менску ў Гародню.") == [("minsk", "loc"), ("hrodna", "acc")]
    assert found("Прыехаў у Берасьце з Полацку.") == [("brest", "nom"), ("polotsk", "loc")]
    # the near miss: taraškievica's genitive "Віцебску" is the official locative, and stays one ("у Віцебску")
    assert found("Консульства працуе ў Віцебску.") == [("vitebsk", "loc")]
    assert found("Госці з Віцебска.") == [("vitebsk", "gen")]


def test_a_recall_from_mensk_is_the_recalling_states_own_envoy(tmp_path):
    # "зь Менску" is where from: Latvia recalls its own ambassador from Belarus, never Belarus Latvia's
    text = "Ператрус у Беларусі Латвія назвала грубым парушэньнем і адклікала зь Менску амбасадарку Майру Мору.\n"
    events = recalls_and_expulsions(plan_of(tmp_path / "a", text, "be"))
    assert events and all(parties == ("country:lv", "country:by") or parties == ("LV", "BY")
                          for _kind, parties, _named, _ends in events)


# --- a signing's day: never a year something has run since, never a dateline beside the signing's own day ----

def treaties(plan: Plan) -> tuple[list[tuple], list[tuple]]:
    """(written, held): each document's parties and day."""
    written = sorted((tuple(sorted(c.doc["parties"])), c.doc.get("signed"))
                     for c in plan.changes if c.kind == "treaty")
    held = sorted((tuple(sorted(h.doc["parties"])), h.doc.get("signed"))
                  for h in plan.held if h.doc["kind"] == "treaty")
    return written, held


_PAIR = ("country:by", "country:lt")


def test_a_year_of_cooperation_since_is_no_signing_day(tmp_path):
    since = ("Хотя Литва и Беларусь сотрудничают в военной сфере с 2005 года, это первый случай, когда два "
             "государства подписали формальный договор.\n")
    assert treaties(plan_of(tmp_path / "a", since, "ru")) == ([], [(_PAIR, None)])
    # the near miss: the year the signing itself is told in
    signed = "Литва и Беларусь подписали договор о военном сотрудничестве в 2005 году.\n"
    assert treaties(plan_of(tmp_path / "b", signed, "ru")) == ([(_PAIR, "2005")], [])


def test_since_in_latvian_and_lithuanian(tmp_path):
    latvian = "Latvija un Baltkrievija, kas sadarbojas kopš 2005. gada, trešdien parakstīja pirmo līgumu.\n"
    assert treaties(plan_of(tmp_path / "a", latvian, "lv"))[0] == []
    lithuanian = ("Lietuva ir Baltarusija, bendradarbiaujančios nuo 2005 metų, trečiadienį pasirašė pirmąją karinio "
                  "bendradarbiavimo sutartį.\n")
    assert treaties(plan_of(tmp_path / "b", lithuanian, "lt"))[0] == []
    signed = "Latvija un Baltkrievija 2005. gadā parakstīja pirmo militārās sadarbības līgumu.\n"
    assert treaties(plan_of(tmp_path / "c", signed, "lv"))[0] == [(("country:by", "country:lv"), "2005")]


def test_a_dateline_glued_to_a_sentence_whose_signing_has_its_own_day_dates_nothing(tmp_path):
    glued = ("28 октября 2010 г.Входящая в НАТО Литва подписала в среду, 27 ноября, первый военный договор с соседней "
             "Беларусью, передает агентство AFP.\n")
    written, held = treaties(plan_of(tmp_path / "a", glued, "ru"))
    assert written == [] and [parties for parties, _day in held] == [_PAIR]
    # the near miss: the weekday beside the full date of the signing itself
    full = "Литва подписала в среду, 27 октября 2010 года, первый военный договор с Беларусью.\n"
    assert treaties(plan_of(tmp_path / "b", full, "ru")) == ([(_PAIR, "2010-10-27")], [])
    # and a signing and an entry into force that share the sentence's one year
    both = "Договор между Литвой и Беларусью был подписан и вступил в силу в 1998 году.\n"
    assert treaties(plan_of(tmp_path / "c", both, "ru"))[0] == [(_PAIR, "1998")]


# --- English: a document signed with no title, dated by the sentence's one date ------------------------------

_LEAD = "Relations between Belarus and Lithuania were generally friendly in the early 1990s.\n"


def test_the_two_countries_signed_a_border_agreement_in_a_month(tmp_path):
    text = _LEAD + "The two countries signed a border agreement in December 1991 and then demarcated the border.\n"
    plan = plan_of(tmp_path / "a", text, "en")
    assert treaties(plan) == ([(_PAIR, "1991-12")], [])
    assert [c.doc["title"]["en"]["text"] for c in plan.changes if c.kind == "treaty"] == ["Border agreement"]
    # the near miss: a second date in the sentence could be the signing's as well: nothing is written
    two = _LEAD + "In 1998 the two countries signed a readmission agreement, while Poland joined in 2001.\n"
    assert treaties(plan_of(tmp_path / "b", two, "en"))[0] == []


def test_a_friendship_and_cooperation_treaty_signed_at_a_summit_the_sentence_opens_with(tmp_path):
    text = _LEAD + ("During an early February 1995 summit, Lithuanian president Algirdas Brazauskas and Belarusian "
                    "president Lukashyenka signed a friendship and cooperation treaty that settled the border.\n")
    assert treaties(plan_of(tmp_path / "a", text, "en")) == ([(_PAIR, "1995-02")], [])
    # the near miss: a year they have cooperated since is no signing day: held without one
    since = _LEAD + "The two countries, cooperating since 2005, signed a military cooperation agreement.\n"
    assert treaties(plan_of(tmp_path / "b", since, "en"))[0] == []


def test_a_dated_untitled_agreement_of_two_broadcasters_is_not_the_states(tmp_path):
    lead = "Relations between Belarus and Latvia were friendly.\n"
    broadcasters = lead + ("On 7 April 2016, Latvijas Televīzija and the National State Television and Radio Company "
                           "of Belarus signed a cooperation agreement, which provided for the exchange of materials.\n")
    assert treaties(plan_of(tmp_path / "a", broadcasters, "en")) == ([], [])
    states = lead + "On 7 April 2016, Latvia and Belarus signed a cooperation agreement, which provided for more.\n"
    assert treaties(plan_of(tmp_path / "b", states, "en"))[0] == [(("country:by", "country:lv"), "2016-04-07")]


# --- a mission named by its nation's adjective after "to the" --------------------------------------------------

def test_a_note_handed_to_the_belarusian_embassy_is_belarus_mission_in_lithuania(tmp_path):
    text = ("On 30 October, the Ministry of Foreign Affairs handed a diplomatic note to the Belarusian Embassy, "
            "protesting against the violation of the Agreement between the Government of the Republic of Lithuania "
            "and the Government of the Republic of Belarus on state border crossing points.\n")
    assert [(f, t, k) for f, t, k, _city in missions(plan_of(tmp_path / "a", text, "en"))] == [
        ("country:by", "country:lt", "embassy")]
    # the near miss: the page's other state is not named: whose host it is stays unsaid, nothing is proposed
    alone = "On 30 October, the Ministry of Foreign Affairs handed a diplomatic note to the Belarusian Embassy.\n"
    assert missions(plan_of(tmp_path / "b", alone, "en")) == []


def test_years_spent_in_the_lithuanian_embassy_name_a_workplace_not_a_mission(tmp_path):
    text = ("Janukonis had spent four years in the Lithuanian Embassy as the deputy of the former ambassador, "
            "which let him master Ukrainian.\n")
    assert missions(plan_of(tmp_path, "Lithuania and Ukraine are partners.\n" + text, "en")) == []
