"""The signing day a next sentence gives "the document" a sentence named as signed without a day (`document_days`):
in Russian, Ukrainian and Latvian as English had it, each beside its near misses (two documents named, a signing
to come, another state's document, the document named too far before)."""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of


def treaties(plan: Plan) -> list[tuple]:
    written = [(c.doc["kind"], c.doc.get("signed")) for c in plan.changes if c.kind == "treaty"]
    held = [(c.doc["treaty"], None) for c in plan.held if c.doc["kind"] == "treaty"]
    return sorted(written + held, key=str)


def test_the_document_signed_on_a_day_is_the_agreement_named_before(tmp_path):
    for lang, text in (
            ("ru", "Латвия и Украина подписали соглашение о визах. Документ был подписан министрами иностранных дел "
                   "5 мая 2005 года.\n"),
            ("uk", "Латвія та Україна підписали угоду про візи. Документ підписали міністри закордонних справ "
                   "5 травня 2005 року.\n"),
            ("lv", "Latvija un Ukraina parakstīja līgumu par vīzām. Dokumentu ārlietu ministri parakstīja "
                   "2005. gada 5. maijā.\n")):
        assert treaties(plan_of(tmp_path, text, lang)) == [("agreement", "2005-05-05")], lang


def test_the_document_of_two_named_or_to_come_or_of_another_state_dates_nothing(tmp_path):
    for text in ("Латвия и Украина подписали соглашение о визах и протокол о реадмиссии. Документ был подписан "
                 "5 мая 2005 года.\n",
                 "Латвия и Украина подписали соглашение о визах. Документ будет подписан 5 мая 2025 года.\n",
                 "Латвия и Украина подписали соглашение о визах. Документ о торговле Латвия подписала с Польшей "
                 "5 мая 2005 года.\n",
                 "Латвия и Украина подписали соглашение о визах. Об этом сообщили в МИД. В МИД рассказали о планах. "
                 "Документ был подписан 5 мая 2005 года.\n"):
        assert all(day is None for _kind, day in treaties(plan_of(tmp_path, text, "ru"))), text
