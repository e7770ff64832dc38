"""Recalls and expulsions as news pages and ministries tell them, in any of the six languages.

    Latvija atsauc no Baltkrievijas savu vēstnieku Einaru Semani.        -> recall [LV, BY], Semanis
    Viļņa paziņoja, ka atsauc savu vēstnieku Minskā ... uz konsultācijām.  -> recall, ends_posting False
    Lithuania has expelled two Belarusian diplomats, ... said on Friday.  -> expulsion [LT, BY]
    Посол Литвы в Беларуси Андрюс Пулокас будет освобожден от своего поста с 5 августа.
                                                                           -> recall [LT, BY], ends_posting True

The parties read as the store's events do: a recall [the recalling state, the host state], an
expulsion [the expelling state, the state whose diplomats must leave]. A titled envoy in the
sentence says both (an expulsion of "the Ambassador of Latvia to Belarus" is Belarus's, of Latvia);
otherwise the recalling or expelling state is the one the sentence names acting, the other side
the one recalled "from" or whose diplomats ("Belarusian diplomats") must go, or the other of the
page's two countries.

Whether a recall ends the posting is said only where the page says it: "for consultations"
ends nothing (`ends_posting = False`); "from his post", "released", "at the end of the term"
end it (`True`); a plain "recalled" leaves it open (`None`): news say "recalled" of recalls for
consultations too. A recall or an expulsion without a date the page lets us read (a year, or a
day the dateline or publication date completes) is held for review, never guessed.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from data.dates import DateRange, PartialDate
from data.importer import mentions as mn
from data.importer import names as nm
from data.importer.dates import find_dates
from data.importer.extract_base import Sentence, other_of
from data.importer.facts import EnvoyFact, EventFact, Fact, HeldFact, PersonMention
from data.importer.page import Page
from data.importer.places import Mention, Places

_RECALL = {
    # a dismissal is a recall that ends the posting: "atbrīvoja NAME no Ukrainas vēstnieka Latvijā amata"
    "lv": r"atsauc(?:a|is|usi|ot)?|atsauk(?:t|ts|ta|ti|tas|tie|šan\w*)|"
          r"atbrīvo\w*\s+(?:\S+\s+){0,3}?no\s+(?:\S+\s+){0,4}?amata|"
          # "lēmumu atcelt no amata vēstnieku Latvijā NAME": removed from office, as "atbrīvot"
          r"atcel\w*\s+(?:\S+\s+){0,3}?no\s+(?:\S+\s+){0,4}?amata",
    "lt": r"atšauk\w*|atšaukim\w*|(?:pa)?kvie\w*\s+(?:\S+\s+){0,4}?konsultacij\w*|"
          r"atleid\w*\s+(?:\S+\s+){0,3}?iš\s+(?:\S+\s+){0,4}?pareig\w*",
    "en": r"recall(?:s|ed|ing)?|withdr[ae]wn?\s+(?:its|their|his|her)\s+ambassador|"
          # "dismissed Ukraine's ambassador to Latvia NAME", "was dismissed": not "dismissed the claims"
          r"dismiss(?:ed|es|ing)?(?=\s+(?:[^\s,;.]+\s+){0,3}?(?:ambassador|envoy|charg))|"
          # the passive only with the post ("was dismissed from his post"): "the case was dismissed" is none
          r"(?:was|were|has\s+been|have\s+been|is|be)\s+dismissed(?=\s+(?:from\s+(?:his|her|the)\s+(?:post|position|"
          r"office|duties)|as\s+(?:the\s+)?(?:ambassador|envoy|charg)))|"
          # "has removed Ambassador to Latvia NAME from office", "relieved NAME of his duties": a dismissal
          r"remov(?:ed|es|ing)?(?=\s+(?:[^\s,;.]+\s+){1,8}?from\s+(?:his\s+|her\s+|the\s+)?(?:office|post|position|"
          r"duties)(?![\w]))|reliev(?:ed|es|ing)?(?=\s+(?:[^\s,;.]+\s+){1,8}?of\s+(?:his|her|the)\s+(?:post|position|"
          r"duties|office)(?![\w]))|"
          # "has been summoned to Riga for consultations": called home, as "recalled for consultations" (never
          # "summoned to the Foreign Ministry": the host's summons, to hear something)
          r"(?:summon|call)\w*\s+(?:back\s+)?(?:home\s+|to\s+(?:Riga|Vilnius|Kyiv|Kiev|Minsk)\s+)for\s+consultations?|"
          # "Belarus summoned its ambassador to Lithuania for consultations": its own envoy, called home (the host's
          # summons is of another state's envoy: "summoned the Latvian ambassador")
          r"summon\w*(?=\s+(?:back\s+)?(?:its|their)\s+(?:own\s+)?(?:ambassador|envoy|charg)\w*\s+"
          r"(?:[^\s,;.]+\s+){0,4}?for\s+consultations?)",
    # not "отозвался о" (spoke of), "отзывы" (reviews), "адклікнуўся" (answered)
    # "отзыв Эвалдаса Игнатавичюса с должности посла": the noun before the envoy or his name
    "cyr": r"отозва(?:л|ла|ли|н|на|ны|ть)|отзыв(?:а|ом|е)?(?=\s+(?:посл|пасл|амбасад|дипломат|(?-i:[А-ЯЁІЇЄҐЎ])))|"
           r"отзыва(?:ет|ют|ть)|отзов(?:ет|ут|ёт)|відклика\w*|відкликан\w*|відкличе|"
           r"адклік(?!ну)\w*|"
           r"освобожд\w+\s+от\s+(?:своего\s+)?(?:поста|должности)|звільн\w+\s+з\s+посади|"
           r"освобод\w+\s+(?:\S+\s+){0,4}?от\s+(?:своего\s+|этой\s+)?(?:поста|должности|обязанностей)|"
           r"(?:уволил\w*|уволен\w*|звільнив\w*|звільнил\w*|звільнен\w*|звольніў\w*|звольнен\w*)"
           r"(?=\s+(?:[^\s,;.]+\s+){0,3}?(?:посл|пасл|амбасад|с\s+должности|з\s+посади|з\s+пасады))|"
           r"вызвал\w*\s+(?:\S+\s+){0,4}?ад\s+(?:пасады|абавязкаў)|"
           r"вызва\w*\s+(?:\S+\s+){0,3}для\s+консультаций|"
           # "отозвавшего послов из Польши и Литвы": the participle tells a recall done
           r"отозвавш\w*|відкликавш\w*|"
           # "Посол Литви NAME покинув Мінськ для консультацій": the envoy left the host's capital to be consulted
           r"(?:покинул\w*|покинув|покинула|покинули|пакінуў|пакінула|пакінулі)\s+(?:\S+\s+){1,2}?"
           r"(?:для|на)\s+(?:консультац|кансультац)\w*",
}
_EXPULSION = {
    # a mission cut to a minimum by its host: its diplomats must leave
    "lv": r"līdz\s+minimumam\s+samazin\w*|samazin\w*\s+(?:\S+\s+){0,3}līdz\s+minimumam|izraid\w*|"
          # "izsūtīja Baltkrievijas diplomātus": sent out whom (the accusative), not "izsūtīja vēstuli vēstniekam"
          r"izsūt\w*(?=\s+(?:[^\s,;.]+\s+){0,2}?(?:diplomātus|diplomātu|vēstnieku|vēstnieci|darbiniekus)(?![\w]))|"
          r"jāpamet(?=\s+(?-i:[A-ZĀ-Ž])|\s+valst)|"
          r"jāatstāj(?=\s+(?-i:[A-ZĀ-Ž])|\s+valst)|(?:liek\w*|lika)\s+(?:\w+\s+){0,2}(?:izbraukt|pamest|atstāt)|"
          r"nepieciešamīb\w*\s+atstāt|persona\s+non\s+grata|nevēlam\w+\s+person\w*",
    "lt": r"iki\s+minimumo\s+mažin\w*|mažin\w*\s+(?:\S+\s+){0,3}iki\s+minimumo|išsiunči\w*|išsiųs\w*|"
          r"išsiunt\w*|išvaryt\w*|išvij\w*|persona\s+non\s+grata|"
          r"nepageidaujam\w+\s+asmen\w*|(?:turi|privalo)\s+(?:\w+\s+){0,2}(?:palikti|išvykti)",
    # "minimize Lithuanian representation in Minsk", "minimise its diplomatic presence"
    "en": r"minimi[sz]e\s+(?:its\s+|their\s+|the\s+)?(?:(?-i:[A-Z])\w+\s+)?(?:diplomatic\s+)?"
          r"(?:presence|staff|representation|mission)|"
          # "reduce the diplomatic representation of Lithuania in our country to a minimum"
          r"(?:reduce\w*|reduction\s+of)\s+(?:\S+\s+){0,9}?to\s+(?:a|the)\s+minimum|"
          # "Latvia yesterday gave a diplomat from Belarus 24 hours to leave the Baltic state"
          r"gave\s+(?:[^\s,;.]+\s+){1,5}?\d{1,3}\s+(?:hours|days)\s+to\s+leave|"
          # "the diplomatic staff of the Belarusian Embassy in Lithuania must be reduced to one employee"
          r"reduce\w*\s+to\s+(?:one|two|three|four|five|\d{1,2})\s+(?:\w+\s+)?(?:employee|diplomat|person|"
          r"member|staff|officer)\w*|expel\w*|expulsion\w*|personae?\s+non\s+gratae?|"
          # "Vilnius was ordered to cut its diplomatic staff in Belarus to one representative"
          r"(?:reduce|cut|downsize)\w*\s+(?:its|their|the)\s+(?:\S+\s+){0,4}?(?:staff|mission|representation|"
          r"embassy)\s+(?:\S+\s+){0,3}?to\s+(?:one|two|three|four|five|\d{1,2})\s+(?:\w+\s+)?(?:employee|"
          r"diplomat|person|member|staff|officer|representative)\w*|"
          # the object may be a title, a name and others joined on: "ordered Latvian Ambassador to Belarus NAME
          # and other diplomats to leave"; never past a comma or a stop
          r"order\w*\s+(?:[^\s,;.]+\s+){0,12}?to\s+leave|"
          r"(?:kick\w*\s+out|sen[dt]\w*\s+home)(?=\s+(?:[^\s,;.]+\s+){0,3}?(?:diplomat|ambassador|envoy|staff))|"
          r"(?:has|have|is|are|was|were)\s+(?:to|ordered\s+to|told\s+to|asked\s+to|invited\s+to)\s+leave|"
          r"given\s+\w+\s+(?:hours|days)\s+to\s+leave",
    "cyr": r"(?:до\s+минимума|до\s+мінімуму|да\s+мінімуму)\s+(?:сократить|сокращ\w*|скоротити|скороч\w*|скараціць|"
           r"скарач\w*)|"
           r"(?:сократить|сокращ\w*|скоротити|скороч\w*|скараціць|скарач\w*)\s+(?:\S+\s+){0,6}?"
           r"до\s+(?:минимума|мінімуму|(?:одного|двух|трех|трёх|одного|двох|трьох|аднаго|трох|\d{1,2})\s+"
           r"(?:\w+\s+)?(?:сотрудник|дипломат|человек|співробітник|працівник|осіб|супрацоўнік|дыпламат)\w*)|"
           r"высыла\w*|выслал\w*|выслать|высылк\w*|выслан\w*|вислал\w*|висила\w*|вислан\w*|видвор\w*|"
           r"выдвор\w*|персон\w*\s+нон\s+грата|(?:покинуть|залишити|пакінуць)\s|"
           # the Ukrainian and Belarusian infinitive and future beside the Russian "выслать": "вирішила вислати",
           # "вишле двох співробітників"; "persona non grata" in words: "небажаними особами", "нежелательными лицами"
           r"вислати|вишле|вишлють|выслаць|вышле|вышлют|вышлюць|небажан\w+\s+особ\w*|нежелательн\w+\s+лиц\w*|"
           r"непажадан\w+\s+асоб\w*",
}
# After "to leave", "покинуть": where from. Travel ("is to leave for Kyiv") is no expulsion.
_LEAVE = re.compile(r"(?:to\s+leave|покинуть|залишити|пакінуць)\s*$", re.I)
_LEFT_PLACE = re.compile(r"\s*(?:the\s+|this\s+|эту\s+|цю\s+|гэтую\s+)?(?:Baltic\s+state|country|territory|страну|"
                         r"территорию|країну|"
                         r"територію|краіну|тэрыторыю)", re.I)
_FROM_SOMETHING = re.compile(r"\s+(?:from|no|iš|из|з|с)\s+"
                             r"(?!(?:the\s+)?(?:country|territory|valsts|šalies|страны|країни))"
                             r"(?:the\s+)?[^\W\d_A-ZĀ-ŽА-ЯЁІЇЄҐЎ]")
_NEGATED = re.compile(r"(?<![\w])(?:не|нe|ne|nav|not|nėra|нет|neither|nor|never)\s+$", re.I)
# "речь не идет об отзыве посла": the page says what it is not
_NOT_ABOUT = re.compile(r"(?<![\w])(?:не\s+(?:ид[её]т|шла)\s+(?:речь\s+)?об?|речь\s+не\s+(?:ид[её]т|шла)\s+об?|"
                        r"не\s+йдеться\s+(?:про|о)|не\s+ідзе\s+(?:гаворка\s+)?пра|(?:is|was)\s+not\s+about|"
                        r"nav\s+runa\s+par|nėra\s+kalbama\s+apie|(?:is|was)\s+not\s+a)\s+(?:\S+\s+)?$", re.I)
_ASKED = re.compile(r"(?<![\w])(?:piedāvā\w*|aicin\w*|pieprasīj\w*|prasīj\w*|pasiūl\w*|ragin\w*|paragin\w*|"
                    r"reikalav\w*|offer\w*|propos\w*|ask\w*|urg\w*|demand\w*|call\w*\s+on|предлож\w*|"
                    r"потребова\w*|призва\w*|запропон\w*|закли\w*|прапанав\w*|патрабава\w*)(?![\w])"
                    r"(?:\s+\S+){0,4}\s+$", re.I)
# "did not want", in ru, uk, be: before the recall's verb (`_NOT_WANTED`) or after its subject (`_NOT_WANTED_AFTER`)
_DID_NOT_WANT = r"не\s+(?:хотел\w*|хоче|хочет|хацел\w*|хоча|хотів|хотіла|хотіли)"
# A recall refused or not wanted: "did not want to recall", "atteicās atsaukt", "не хацела" after the verb
_NOT_WANTED = re.compile(r"(?<![\w])(?:did\s+not\s+want\s+to|refused\s+to|would\s+not|atteicās|negribēja|"
                         rf"atsisakė|nenorėjo|{_DID_NOT_WANT}|"
                         r"отказал\w*|відмовил\w*|адмовіл\w*)\s+(?:\S+\s+){0,2}?$", re.I)
# A recall or an expulsion only intended: "литовських дипломатів планували визнати персонами нон грата",
# "Latvija plāno atsaukt", "собирается выслать", "plans to expel": the intention is not the act, and the
# page may never tell the act (a plan announced with its day is still a plan)
_PLANNED = re.compile(r"(?<![\w])(?:plāno|plānoja|plānojot|gatavojas|grasās|grasījās|planuoja|planavo|ketina|ketino|"
                      r"rengiasi|plan(?:s|ned|ning)?\s+to|intend(?:s|ed|ing)?\s+to|(?:is|are|was|were)(?:\s+not)?\s+going\s+to|"
                      r"планиру\w*|планировал\w*|намерен\w*|намерева\w*|собира\w*ся|план\w*ує|план\w*ують|"
                      r"планувал\w*|планував|збира\w*ся|мають\s+намір|має\s+намір|план\w*уе|план\w*уюць|"
                      r"планавал\w*|збіра\w*ся|мае\s+намер)(?:\s+\S+){0,3}\s+$", re.I)
# The infinitive of a recall, and the demands it may hang on however far back ("Минск потребовал у посольств Польши
# и Литвы сократить количество дипломатов, а также отозвать послов"): `_ASKED` looks four words back only.
_INFINITIVE = re.compile(r"отозвать|відкликати|адклікаць|atsaukt|atšaukti|recall", re.I)
_DEMANDED = re.compile(r"(?<![\w])(?:потребова\w*|требова\w*|предлож\w*|предлага\w*|призва\w*|вимага\w*|вимогу|"
                       r"зажада\w*|"
                       r"запропон\w*|пропону\w*|патрабава\w*|прапанава\w*|прапаноў\w*|demand\w*|ask\w*|urg\w*|"
                       r"call\w*\s+on|told|piedāvā\w*|pieprasī\w*|aicin\w*|reikalav\w*|reikalau\w*|pasiūl\w*|ragin\w*)"
                       r"(?![\w])", re.I)
_NOT_WANTED_AFTER = re.compile(rf"\s+(?:\S+\s+){{0,3}}?{_DID_NOT_WANT}(?![\w])", re.I)
_REMEMBERED = re.compile(r"\s+(?:that|how|when|the\s+words|his\s+words|her\s+words)(?![\w])", re.I)
_FOR_GOOD = re.compile(
    r"no\s+(?:\w+\s+)?amata|no\s+(?:\w+\s+)?pienākum\w*|atbrīvo|dismiss|from\s+office|remov(?:ed|es|ing)\s|reliev(?:ed|es|ing)\s|уволи|уволен|освобод|звольн|pasibaig\w*\s+kadencij\w*|iš\s+(?:\w+\s+)?pareig|atleid|for\s+good|"
    r"from\s+(?:his|her|the)\s+(?:post|office)|end\s+of\s+(?:his|her)\s+(?:term|mission)|"
    r"(?:от|с)\s+(?:своего\s+|своей\s+|этого\s+|этой\s+)?(?:поста|должности)|з\s+(?:цієї\s+|своєї\s+)?посади|звільн|"
    r"з\s+(?:гэтай\s+|сваёй\s+)?пасады", re.I)
_STAFF = re.compile(r"\s*(?:\S+\s+){0,2}?(?:diplomat\w*|diplomāt\w*|ambassador\w*|envoy\w*|embassy|staff|officers|"
                    r"mission|representation|atstovyb\w*|pārstāvniecīb\w*|представительств\w*|представництв\w*|"
                    r"vēstniek\w*|"
                    r"vēstniecīb\w*|darbinie\w*|ambasador\w*|ambasad\w*|darbuotoj\w*|дипломат\w*|дыпламат\w*|"
                    r"посл\w*|посольств\w*|пасл\w*|пасольств\w*|сотрудник\w*|співробітник\w*|"
                    r"'?intelligence)", re.I)
_STAFF_BEFORE = re.compile(r"(?:diplomats|staff|mission|(?:diplomatic\s+)?representation\s+of|embassy\s+of|"
                           r"представительств\w*|представництв\w*|дипломат\w*|"
                           r"посольств\w*|прадстаўніцтв\w*|пасольств\w*|"
                           # "Латвия высылает посла Беларуси": whose ambassador goes
                           r"посла|послов|послів|пасла|паслоў)\s+$", re.I)
_TITLE_WORD = re.compile(r"vēstniek|vēstniec|lietved|ambasador|ambassador|envoy|charg[ée]|посол|посла|послом|"
                         r"послу|пасол|пасла|паслом|амбасадар|поверен|повірен|паверан|"
                         # the plural: "адкліканне беларускіх паслоў з Польшчы і Літвы"
                         r"послов|послів|посли|послы|паслоў|паслы", re.I)
# What stands between the word of recall and the name: lowercase words (the title, "savu"), and "from" with the
# place it governs, whatever its spelling ("адклікала зь Менску амбасадарку Майру Мору": "Менску" is where from,
# Taraškievica's Minsk, not a name)
_AFTER_RECALL = re.compile(r"\s+(?:(?:(?:з|зь|с|са|из|із|ад|iš|no|from)\s+[^\W\d_][^\s,;.]*|"
                           r"[^\W\d_A-ZĀ-ŽА-ЯЁІЇЄҐЎ][^\W\d_]*)\s+){0,4}")


# "відкликав із Мінська п'ятьох акредитованих дипломатів": diplomats recalled, no envoy named
_RECALLED_STAFF = re.compile(r"\s+(?:[^\s,;.]+\s+){0,5}?(?:diplomat\w*|diplomāt\w*|дипломат\w*|дыпламат\w*|"
                             r"сотрудник\w*|співробітник\w*|працівник\w*|супрацоўнік\w*|darbinie\w*|darbuotoj\w*)"
                             r"(?![\w])", re.I)

# "two Lithuanian diplomats", "двух сотрудников посольства", "divus diplomātus": counted staff, other people
# than the envoy the sentence names
_COUNTED_STAFF = re.compile(
    r"(?<![\w])(?:\d+|two|three|four|five|several|divus|divi|trīs|trim|du|dviej\w*|tris|trij\w*|двух|двое|два|две|"
    r"трех|трёх|троих|двох|трьох|дваіх|трох|двух)\s+(?:\S+\s+){0,2}?(?:diplomat\w*|diplomāt\w*|дипломат\w*|"
    r"дыпламат\w*|сотрудник\w*|співробітник\w*|супрацоўнік\w*|darbinie\w*|darbuotoj\w*|members|officers|staff)",
    re.I)


# The envoy called to the host's ministry to be told: "was summoned", "вызван", "викликано", "izsauca"
_SUMMONED = re.compile(r"(?<![\w])(?:summon\w*|вызва\w*|викликан\w*|викликал\w*|выклікан\w*|выклікал\w*|izsauc\w*|"
                       r"izsauk\w*|iškviest\w*|iškvietė|iškviečia)(?![\w])", re.I)
# the expulsion's object: diplomats in the plural ("видворення білоруських дипломатів", "expelling Belarusian
# diplomats"), a nation's adjective or a genitive between
_DIPLOMATS_AFTER = re.compile(r"\s+(?:of\s+)?(?:\S+\s+){0,2}?(?:diplomats|diplomātus|diplomātu|diplomatus|diplomatų|"
                              r"дипломатов|дипломатів|дыпламатаў)(?![\w])", re.I)


def _family(lang: str) -> str:
    return "cyr" if lang in mn.CYRILLIC else lang


@functools.cache
def _compiled(family: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    recall = re.compile(rf"(?<![\w])(?:{_RECALL[family]})(?![\w])", re.I)
    expulsion = re.compile(rf"(?<![\w])(?:{_EXPULSION[family]})", re.I)
    either = re.compile(f"{recall.pattern}|{expulsion.pattern}", re.I)
    return recall, expulsion, either


def worth_reading(sentence: Sentence, lang: str) -> bool:
    """Whether the sentence has a word of recall or expulsion, or of a reply in kind: most sentences have none."""
    family = _family(lang)
    text = sentence.text
    return _compiled(family)[2].search(text) is not None or _REPLY_WORD[family].search(text) is not None


def recalls(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    """The recall or the expulsion the sentence tells (one each at most), and the posting it names."""
    family = _family(page.lang)
    recall_word, expulsion_word, _either = _compiled(family)
    text = sentence.text
    found: list[Fact] = []
    recall = _first_real(recall_word, text, family, expulsion=False)
    expulsion = _first_real(expulsion_word, text, family, expulsion=True)
    if recall is None and expulsion is None:
        return _reply_to_before(sentence, page, places, pair)
    mentions = sorted([*places.find(text, page.lang), *mn.nations(text, places)], key=lambda m: m.start)
    envoys = [f for f in mn.envoys(sentence, page, places, pair) if isinstance(f, EnvoyFact | HeldFact)]
    for kind, word in (("recall", recall), ("expulsion", expulsion)):
        if word is None:
            continue
        fact = _event(kind, word, sentence, page, places, mentions, envoys, pair)
        if fact is not None:
            found += fact
    return found


# The people's name of a state outside the four: an envoy "of Russia" in a sentence that names only
# one of the four is no envoy of the page's other country.
_THIRD_NATIONS = re.compile(
    r"(?<![\w])(?:krievu|krievijas|poļu|amerikāņu|vācu|rusų|rusijos|lenkų|amerikiečių|vokiečių|russian|polish|"
    r"american|german|российск\w*|русск\w*|російськ\w*|расійск\w*|польск\w*|польськ\w*|американск\w*|"
    r"американськ\w*|немецк\w*|німецьк\w*|нямецк\w*)(?![\w])", re.I)


def _about_a_third_country(parties: tuple[str, str], mentions: list[Mention], text: str) -> bool:
    """Whether the sentence leaves a party unsaid (taken from the page's pair) while it names a state
    outside the two: 'ambasadoriaus Lenkijoje ... buvo atšauktas NAME' is Lithuania's envoy in Poland,
    not in the page's Ukraine. A sentence that names both parties keeps them, whatever else it names."""
    countries = [m for m in mentions if m.place.kind == "country" or m.place.country]
    actors = [m for m in countries if mn._code(m.place) == parties[0]]
    named = {mn._code(m.place) for m in countries if not any(_co_actor(text, a, m) for a in actors)}
    if set(parties) <= named:
        return False
    return bool(named - set(parties)) or _THIRD_NATIONS.search(text) is not None


# "Vilnius and Warsaw", "Вильнюс с Варшавой", "Vilnius ir Varšuva": two states acting together, side by side
_WITH = re.compile(r"\s*(?:and|together\s+with|with|un|kopā\s+ar|ir|kartu\s+su|su|и|с|со|вместе\s+с|і|та|й|з|"
                   r"разом\s+з|із)\s+", re.I)


def _co_actor(text: str, actor: Mention, other: Mention) -> bool:
    """Whether `other` stands beside the actor joined by "and"/"with" ("Вильнюс с Варшавой решили вызвать"): a
    state acting with the actor, which says nothing of whom the actor acts upon."""
    if other.start >= actor.end:
        return _WITH.fullmatch(text, actor.end, other.start) is not None
    return _WITH.fullmatch(text, other.end, actor.start) is not None


def _first_real(pattern: re.Pattern[str], text: str, family: str, *, expulsion: bool) -> re.Match[str] | None:
    for match in pattern.finditer(text):
        if _NEGATED.search(text[:match.start()]) or _NOT_ABOUT.search(text[max(0, match.start() - 40):match.start()]):
            continue  # "посол не отозван", "речь не идет об отзыве посла": no recall
        if expulsion and _FROM_SOMETHING.match(text, match.end()):
            continue  # "expelled from the club", "izraidīts no partijas": not from a country
        if re.match(r"\s+atmiņā", text[match.end():]):
            continue  # "atsauca atmiņā": remembered
        if _ASKED.search(text[max(0, match.start() - 60):match.start()]):
            continue  # "piedāvāja Polijai un Lietuvai atsaukt vēstniekus": asked, not done
        if _INFINITIVE.fullmatch(match.group(0)) and _DEMANDED.search(text[max(0, match.start() - 160):match.start()]):
            continue  # "Минск потребовал у посольств ... сократить ..., а также отозвать послов": a demand
        if _PLANNED.search(text[max(0, match.start() - 60):match.start()]):
            continue  # "планували визнати персонами нон грата": intended, not done
        if _NOT_WANTED.search(text[max(0, match.start() - 40):match.start()]) \
                or _NOT_WANTED_AFTER.match(text, match.end()):
            continue  # "Літва аднак адклікаць амбасадара не хацела": refused, not done
        if family == "en" and not expulsion and _REMEMBERED.match(text, match.end()):
            continue  # "he recalled that ...": memory, not diplomacy
        if expulsion and _LEAVE.search(match.group(0)) and not _LEFT_PLACE.match(text, match.end()):
            after = text[match.end():match.end() + 30].lstrip()
            if not after[:1].isupper():
                continue  # "is to leave for Kyiv": a trip
        return match
    return None


def _event(kind: str, word: re.Match[str], sentence: Sentence, page: Page, places: Places,
           mentions: list[Mention], envoys: list[Fact], pair: tuple[str, str] | None) -> list[Fact] | None:
    text, family = sentence.text, _family(page.lang)
    envoy = envoys[0] if len(envoys) == 1 else None
    recalled = _TITLE_WORD.search(text, word.end(), word.end() + 30)
    if envoy is not None and envoy.role == "charge-daffaires" and recalled is not None \
            and _AMBASSADOR_WORD.match(recalled.group(0)):  # type: ignore[attr-defined]
        # "После отзыва посла посольство ... возглавляет временный поверенный NAME": the ambassador
        # recalled is not the chargé d'affaires the sentence names
        envoy = None
    person: PersonMention | None = None
    extra: list[Fact] = []
    if envoy is not None:
        sending, receiving = envoy.sending, envoy.receiving  # type: ignore[attr-defined]
        person = envoy.person if isinstance(envoy, EnvoyFact) else (envoy.people or (None,))[0]
        parties = (sending, receiving) if kind == "recall" else (receiving, sending)
        if kind == "expulsion" and (_COUNTED_STAFF.search(text) or (_SUMMONED.search(text)
                                                                   and _DIPLOMATS_AFTER.match(text, word.end()))):
            # "NAME was summoned ... two Lithuanian diplomats were to be expelled", "викликано тимчасово повірену
            # NAME і поінформовано про видворення білоруських дипломатів": the envoy summoned hears of the
            # expulsion of the diplomats; the sentence does not say the envoy goes
            person = None
    else:
        dismissal = _dismissed_from(kind, word, text, mentions, family)
        parties = dismissal or _parties(kind, word, text, mentions, pair, family)
        if parties is None and kind == "recall" and not mentions:
            parties = _parties_before(sentence, page, places, pair)
        if parties is None:
            return None
        if kind == "recall":
            verb_end = word.start() + len(word.group(0).split()[0]) if dismissal else word.end()
            person = _named_after(text, verb_end, mentions, page, places, sentence)
            if person is None:
                person = _subject_then_recalled(text, word.start(), mentions, page, sentence)
            verb = word.start() + len(word.group(0).split()[0])  # "вызвать своих дипломатов для консультаций"
            if person is None and not _TITLE_WORD.search(text) and not _RECALLED_STAFF.match(text, word.end()) \
                    and not _RECALLED_STAFF.match(text, verb, word.end()):
                return None  # "atšaukė sprendimą": a decision revoked, no envoy recalled
            if person is not None and _TITLE_WORD.search(text):
                # "адклікала з гэтай пасады Лінаса Лінкявічуса": the post the sentence names, held
                role = "charge-daffaires" if re.search(r"lietved|patikėtin|charg|поверен|повірен|паверан", text,
                                                       re.I) else "ambassador"
                span = _posting_span(text, page.lang)
                if span is not None:  # "с 24 июля до 28 ноября 2012 года ... работал послом": the posting's days
                    extra.append(EnvoyFact((sentence.quote(),), person, parties[0], parties[1], role, None, None,
                                           span[0], span[1], end_basis="stated"))
                else:
                    extra.append(HeldFact((sentence.quote(),), "envoy", parties[0], parties[1], (person,),
                                          "a recall names this posting; the page gives no start date", role=role))
        elif not _STAFF.search(text):
            return None  # an expulsion of nobody the sentence names as a diplomat
    if envoy is None and person is None:
        # "Belarus announced expelling the Latvian ambassador and other diplomats": the one ambassador of that
        # post the page names in full elsewhere ("Latvian Ambassador to Belarus Einars Semanis will leave ...")
        person = _ambassador_of_post(kind, parties, text, sentence, page, places, pair)
    every = [parties]
    if kind == "recall" and envoy is None and person is None:
        # "Польща і Литва, а також Німеччина, Латвія ... відкликали послів з Мінська": each state of the
        # subject recalls its own envoy, one recall each (those of the four relations)
        joined = _joined_actors(text, word.start(), mentions, parties)
        if joined:
            every = [(actor, parties[1]) for actor in joined]
    every = [p for p in every if mn.in_scope(*p)]
    if not every:
        return None
    if envoy is None and len(every) == 1 and _about_a_third_country(every[0], mentions, text):
        return None  # "Российского посла попросили покинуть Литву": the other side is not the page's pair
    ends: bool | None = None
    if kind == "recall":
        ends = False if mn._CONSULTATIONS.search(text) else True if _FOR_GOOD.search(text) else None
    people = (person,) if person is not None else ()
    if len(every) == 1 and _replies(text, word.end(), mentions, every[0][1], family):
        # "Lithuania recalled its ambassador ..., and Belarus did the same", "expelled all Latvian diplomats ...,
        # prompting a tit-for-tat response from Riga": the other state's own recall or expulsion, undated
        extra.append(_reply(kind, every[0], sentence, ends))
    date = _date(sentence, page)
    if date is None:
        reason = f"the page gives no date with a year for this {kind}"
        return [*(HeldFact((sentence.quote(),), "event", one[0], one[1], people, reason, event_kind=kind,
                           ends_posting=ends) for one in every), *extra]
    day, issues = date
    return [*(EventFact((sentence.quote(),), kind, one, day, person=person, ends_posting=ends, issues=issues)
              for one in every), *extra]


# A reply in kind, after its subject (the state that replies): "Belarus did the same", "Латвія відповіла симетрично",
# "Latvija rīkojās tāpat"; in English also before it: "a tit-for-tat response from Riga"
_REPLY_AFTER = {
    "en": re.compile(r"\s+(?:also\s+|then\s+|quickly\s+|promptly\s+)?(?:did\s+the\s+same|(?:has|had)\s+done\s+the\s+"
                     r"same|followed\s+suit|(?:responded|retaliated|replied|answered)\s+in\s+kind|reciprocated)"
                     r"(?![\w])", re.I),
    "cyr": re.compile(r"\s+(?:в\s+ответ\s+|у\s+відповідь\s+|у\s+адказ\s+)?(?:ответил\w*|відповіл\w*|адказал\w*)\s+"
                      r"(?:симметрично|зеркально|аналогично|тем\s+же|симетрично|дзеркально|аналогічно|тим\s+самим|"
                      r"сіметрычна|люстэркава|аналагічна|тым\s+жа)(?![\w])|"
                      r"\s+(?:поступил\w*|вчинил\w*|зробил\w*|сделал\w*|зрабіл\w*|учыніл\w*)\s+(?:так\s+же|"
                      r"так\s+само|то\s+же\s+самое|те\s+саме|тое\s+ж\s+самае|аналогично|аналогічно)(?![\w])", re.I),
    "lv": re.compile(r"\s+(?:atbildēja\s+(?:ar\s+)?(?:tādu\s+pašu|tāpat|simetrisk\w*|analoģisk\w*|spoguļ\w*)|"
                     r"rīkojās\s+tāpat|izdarīja\s+to\s+pašu)(?![\w])", re.I),
    "lt": re.compile(r"\s+(?:atsakė\s+(?:tuo\s+pačiu|analogiškai|simetriškai|veidrodiškai)|pasielgė\s+taip\s+pat|"
                     r"padarė\s+tą\s+patį)(?![\w])", re.I),
}
_REPLY_BEFORE = re.compile(r"tit[\s-]for[\s-]tat\s+(?:response|move|measure|step|expulsion|reply)s?\s+(?:from|by)\s+$",
                           re.I)
_REPLY_WORD = {
    family: re.compile(pattern.pattern.replace(r"\s+(?:", r"(?:", 1), re.I) for family, pattern in _REPLY_AFTER.items()
}
_REPLY_WORD["en"] = re.compile(f"{_REPLY_WORD['en'].pattern}|tit[\\s-]for[\\s-]tat", re.I)


def _replies(text: str, after: int, mentions: list[Mention], replier: str, family: str) -> bool:
    """Whether, after position `after`, the text tells the state `replier` replying in kind."""
    reply = _REPLY_AFTER.get(family)
    for mention in mentions:
        if mention.start < after or mn._code(mention.place) != replier:
            continue
        if reply is not None and reply.match(text, mention.end):
            return True
        if family == "en" and _REPLY_BEFORE.search(text[max(0, mention.start - 60):mention.start]):
            return True
    return False


def _reply(kind: str, parties: tuple[str, str], sentence: Sentence, ends: bool | None) -> HeldFact:
    reason = (f"the page tells this {kind} as the other state's reply in kind to the one it dates: "
              "it gives no day of its own")
    return HeldFact((sentence.quote(),), "event", parties[1], parties[0], (), reason, event_kind=kind,
                    ends_posting=ends if kind == "recall" else None)


_LOOK_BACK = 3  # sentences before a reply in kind where the act it answers may be told


def _reply_to_before(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    """"Кілька днів тому Білорусь вислала ... всіх латвійських дипломатів. Латвія відповіла симетрично": a reply in
    kind that opens its own sentence answers the act a sentence just before tells against the replying state."""
    family = _family(page.lang)
    reply = _REPLY_AFTER.get(family)
    if reply is None or not _REPLY_WORD[family].search(sentence.text):
        return []
    text = sentence.text
    subjects = [m for m in places.find(text, page.lang) if reply.match(text, m.end) and m.start < 40]
    if len(subjects) != 1:
        return []
    replier = mn._code(subjects[0].place)
    for before in _sentences_before(sentence, page):
        if _REPLY_WORD[family].search(before.text) or not _compiled(family)[2].search(before.text):
            continue
        for fact in recalls(before, page, places, pair):
            kind = fact.event_kind if isinstance(fact, EventFact) else getattr(fact, "event_kind", None)
            if kind not in ("recall", "expulsion"):
                continue
            parties = fact.parties if isinstance(fact, EventFact) else (fact.sending, fact.receiving)
            if parties[1] == replier and mn.in_scope(parties[1], parties[0]):
                held = _reply(kind, (parties[0], parties[1]), sentence, fact.ends_posting)
                return [replace(held, quotes=(before.quote(), sentence.quote()))]
    return []


def _sentences_before(sentence: Sentence, page: Page) -> list[Sentence]:
    """The sentences right before `sentence`, nearest first, over blank lines (`_LOOK_BACK` at most)."""
    from data.importer.extract_base import sentences_of_line

    found = [s for s in sentences_of_line(sentence.line, page.lines[sentence.line - 1]) if s.start < sentence.start]
    found.reverse()
    number = sentence.line - 1
    while len(found) < _LOOK_BACK and number >= 1:
        line = page.lines[number - 1]
        if line.strip():
            found += list(reversed(list(sentences_of_line(number, line))))
        number -= 1
    return found[:_LOOK_BACK]


# One ambassador, in the six languages' cases: never "ambassadors", "послов", a chargé or a consul
_ONE_AMBASSADOR = re.compile(r"(?<![\w])(?:ambassador|envoy|vēstniek(?:s|u|am|a)|vēstniec(?:e|i|ei|es)|"
                             r"ambasador(?:ius|ių|iui|iaus|ė|ę|ei|ės)|посол|посла|послу|послом|пасол|пасла|паслу|"
                             r"паслом|амбасадар|амбасадара|амбасадару|амбасадарам)(?![\w])(?!['’]s)", re.I)
_PAGE_AMBASSADORS: dict[int, tuple[Page, dict[tuple[str, str], dict[str, PersonMention]]]] = {}
# How far into a page the ambassadors named in full are looked for: a news item names its envoy in its lead
_AMBASSADOR_LINES = 80


def _ambassador_of_post(kind: str, parties: tuple[str, str], text: str, sentence: Sentence, page: Page,
                        places: Places, pair: tuple[str, str] | None) -> PersonMention | None:
    """The person a recall or an expulsion of "the ambassador" concerns when the sentence names none: the one
    ambassador of that post (the recalling state's in the host; the expelled state's in the expelling one) the
    page names in full. None when the sentence counts staff ("two Lithuanian diplomats"), names no single
    ambassador, or the page names none or two for the post."""
    if _ONE_AMBASSADOR.search(text) is None or _COUNTED_STAFF.search(text):
        return None
    post = parties if kind == "recall" else (parties[1], parties[0])
    cached = _PAGE_AMBASSADORS.get(id(page))
    if cached is None or cached[0] is not page:
        _PAGE_AMBASSADORS.clear()
        cached = _PAGE_AMBASSADORS[id(page)] = (page, _ambassadors_named(page, places, pair))
    named = cached[1].get(post, {})
    return next(iter(named.values())) if len(named) == 1 else None


def _ambassadors_named(page: Page, places: Places, pair: tuple[str, str] | None
                       ) -> dict[tuple[str, str], dict[str, PersonMention]]:
    """Every ambassador the page's first lines name in full, by post (sending, receiving), one entry per person."""
    from data.importer.extract_base import sentences_of_line
    from data.importer.keys import fold_key

    found: dict[tuple[str, str], dict[str, PersonMention]] = {}
    for number, line in enumerate(page.lines[:_AMBASSADOR_LINES], start=1):
        if not line.strip() or _ONE_AMBASSADOR.search(line) is None:
            continue
        for sentence in sentences_of_line(number, line):
            for fact in mn.envoys(sentence, page, places, pair):
                people = (fact.person,) if isinstance(fact, EnvoyFact) else getattr(fact, "people", ())
                if getattr(fact, "role", None) != "ambassador":
                    continue
                for person in people:
                    if len(person.name.text.split()) >= 2:
                        found.setdefault((fact.sending, fact.receiving), {})[fold_key(person.name.text)] = person
    return found


_PLURAL_TITLE = re.compile(r"\s+(?:ambassadors|envoys|послы|посли|паслы|vēstnieki|ambasadoriai)(?![\w])", re.I)
_JOINER = re.compile(r"\s*,?\s*(?:(?:and|as\s+well\s+as|un|kā\s+arī|ir|bei|и|і|та|й|а\s+также|а\s+також|а\s+таксама)"
                     r"\s+)?", re.I)


def _joined_actors(text: str, verb: int, mentions: list[Mention], parties: tuple[str, str]) -> list[str]:
    """The states of a subject that lists several ("Польща і Литва, а також Німеччина, Латвія ... відкликали"):
    the run of countries joined by commas and conjunctions that holds the actor, before the verb; only
    when the run has more than one and nothing but the run and the verb's own words stand between."""
    actor, host = parties
    before = [m for m in mentions if m.end <= verb and (m.place.kind == "country")
              and m.case in ("nom", "any", "adj")]
    runs: list[list[Mention]] = []
    for mention in before:
        if runs and _JOINER.fullmatch(text[runs[-1][-1].end:mention.start]):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    run = next((r for r in runs if any(mn._code(m.place) == actor for m in r)), None)
    if run is None or len(run) < 2 or re.search(r"[,;:()]", text[run[-1].end:verb]):
        return []
    if any(m.case == "adj" for m in run) and not _PLURAL_TITLE.match(text, run[-1].end):
        return []  # "Polish, Lithuanian, German and Estonian ambassadors were recalled": adjectives of the envoys only
    return list(dict.fromkeys(mn._code(m.place) for m in run if mn._code(m.place) != host))


_AMBASSADOR_WORD = re.compile(r"vēstniek|vēstniec|ambasador|ambassador|envoy|посол|посла|послом|послу|пасол|пасла|"
                             r"паслом|паслу|амбасадар|послов|послів|посли|послы|паслоў|паслы", re.I)
_DISMISSED_ONE_WORD = re.compile(r"(?:уволил|звільнив|звільнила|звольніў|звольніла|dismiss)", re.I)
_FROM_POST = re.compile(r"(?<![\w])(?:с\s+должности|з\s+посади|з\s+пасады|from\s+(?:the\s+)?(?:post|position)\s+of|as)"
                        r"\s+$|(?:с\s+должности|з\s+посади|з\s+пасады|from\s+(?:the\s+)?(?:post|position)\s+of|as)\s",
                        re.I)


def _dismissed_from(kind: str, word: re.Match[str], text: str, mentions: list[Mention], family: str
                   ) -> tuple[str, str] | None:
    """A dismissal from the post the sentence names after the name: "atbrīvoja NAME no Ukrainas vēstnieka
    Latvijā amata", "освободил NAME от должности посла Украины в Латвии": the post's own states, the
    sender (genitive, adjective) recalling from the host ("в", "in", "to", a locative)."""
    if kind != "recall":
        return None
    title = _TITLE_WORD.search(text, word.start(), word.end() + 40)
    one_word = len(word.group(0).split()) < 2
    if one_word and _DISMISSED_ONE_WORD.match(word.group(0)):
        # "звільнив Анатолія Куцеволя з посади Посла України в Латвії": the verb alone, the post after the name
        title = _TITLE_WORD.search(text, word.end(), word.end() + 60)
        one_word = title is None or not _FROM_POST.search(text, word.end(), title.start())
    if title is None or one_word:
        return None
    sending = receiving = None
    for mention in (m for m in mentions if title.start() - 30 <= m.start <= title.end() + 60):
        if mention.place.kind != "country" and not mention.place.country:
            continue
        preposition = mn._preposition_before(text, mention.start)
        code = mn._code(mention.place)
        if preposition in mn._TO.get(family, ()) or (family in ("lv", "lt") and mention.case == "loc"):
            receiving = receiving or code
        elif mention.case in ("gen", "adj") or preposition == "of":
            sending = sending or code
    return (sending, receiving) if sending and receiving and sending != receiving else None


def _parties_before(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None
                    ) -> tuple[str, str] | None:
    """A recall that names no state, right after a sentence on one side's mission in the other
    ("Lietuvos ambasada Kijeve šiuo metu yra be vadovo. ... iš ambasadoriaus pareigų buvo atšauktas
    NAME"): that mission's state recalls its head from its host, when the two are the page's pair."""
    before = page.lines[sentence.line - 1][:sentence.start]
    mission = _MISSION_WORD.search(before[-200:])
    if mission is None or pair is None:
        return None
    context = before[-200:]
    found = places.find(context, page.lang)
    owner = [m for m in found if m.end <= mission.start() and m.case in ("gen", "adj") and m.place.kind == "country"]
    host = [m for m in found if m.start >= mission.end() and m.case in ("loc", "any")]
    if len(owner) != 1 or len(host) != 1:
        return None
    parties = (mn._code(owner[0].place), mn._code(host[0].place))
    return parties if set(parties) == set(pair) else None


# "sutarėme su Baltarusijos pusei", "договорились с белорусской стороной", "agreed with the Belarusian side": the
# side a state agreed with, not the state that recalls
_PARTNER_SIDE = re.compile(r"\s+(?:стороной|стороне|сторону|стороною|стороні|бокам|боку|pusei|pusę|puse|pusē|pusi|"
                           r"side(?=\s|,|\.))", re.I)
_TITLE_BEFORE = re.compile(r"(?:ambasador\w*|vēstniek\w*|vēstniec\w*)\s+$", re.I)
_TITLE_IN = re.compile(r"(?<![\w])(?:посла|послов|посол|пасла|паслоў|пасол|посли|послів|ambassadors?|envoys?)\s+"
                       r"(?:в|во|у|ў|in|to)\s+$", re.I)
_LEFT_VERB = re.compile(r"(?<![\w])(?:покинул\w*|покинув|покинула|покинули|пакінуў|пакінула|пакінулі)\s+$", re.I)
_BRACKETS = re.compile(r"\s*\(([^()]{3,80})\)")


def _bracketed_recallers(word: re.Match[str], text: str, countries: list[Mention]) -> list[str]:
    """The states a plural title after the word of recall gives in brackets ("отзыв послов (Литвы и
    Польши)"), in order; none when the title has no brackets."""
    title = _TITLE_WORD.match(text, word.end() + 1) if text[word.end():word.end() + 1].isspace() else None
    if title is None:
        return []
    brackets = _BRACKETS.match(text, title.end() + len(re.match(r"\w*", text[title.end():]).group(0)))
    if brackets is None:
        return []
    inside = [m for m in countries if brackets.start(1) <= m.start and m.end <= brackets.end(1)]
    return list(dict.fromkeys(mn._code(m.place) for m in inside))
_MISSION_WORD = re.compile(r"(?:vēstniecīb|ambasad(?!or)|embass|посольств|пасольств|амбасад(?!ар))\w*", re.I)


def _parties(kind: str, word: re.Match[str], text: str, mentions: list[Mention], pair: tuple[str, str] | None,
             family: str) -> tuple[str, str] | None:
    """(who acts, upon whom) from the sentence's countries when no titled envoy says it."""
    countries = [m for m in mentions if m.place.kind == "country" or m.place.country]
    from_words = mn._FROM[family]

    def code(mention: Mention) -> str:
        return mn._code(mention.place)

    if kind == "recall":
        bracketed = _bracketed_recallers(word, text, countries)
        if bracketed:
            # "временный отзыв послов (Литвы и Польши)": the states in brackets recall; the other side is the
            # state the sentence names outside them ("с белорусской стороной"), never one of them
            outside = [code(m) for m in countries if code(m) not in bracketed]
            host = next((h for h in outside if any(mn.in_scope(a, h) for a in bracketed)), None)
            actor = next((a for a in bracketed if host and mn.in_scope(a, host)), None)
            return (actor, host) if actor and host else None
        # "адкліканне беларускіх паслоў з Польшчы і Літвы": each country recalled from, the page's own first,
        # then one of the four relations' states ("recalled its ambassadors from Poland and Lithuania")
        hosts = [code(m) for m in _recalled_from(text, countries, from_words)]
        four = mn.BALTIC | mn.EASTERN
        host = next((h for h in hosts if pair and h in pair and h in four),
                    next((h for h in hosts if h in four), hosts[0] if hosts else None))
        if host is None:  # "atšaukti NAME iš ambasadoriaus Ukrainoje pareigų": the post's place is the host
            host = next((code(m) for m in countries if m.case == "loc"
                         and _TITLE_BEFORE.search(text[:m.start])), None)
        if host is None:
            # "отозвала для консультаций посла в Минске": the post's place after the title; "покинув Мінськ для
            # консультацій": the capital the envoy left
            host = next((code(m) for m in countries if m.start >= word.start()
                         and (_TITLE_IN.search(text[:m.start]) or _LEFT_VERB.search(text[:m.start]))), None)
        actor = next((code(m) for m in countries if m.end <= word.start() and code(m) != host
                      and m.case in ("nom", "any", "adj", "gen") and not _PARTNER_SIDE.match(text, m.end)
                      and mn._preposition_before(text, m.start) not in (*from_words, *mn._TO.get(family, ()))),
                     None)
        if actor is None and host is not None:
            actor = other_of(pair, host)
        if host is None and actor is not None:
            host = other_of(pair, actor)
        return (actor, host) if actor and host and actor != host else None
    expelled = next((code(m) for m in countries if _object_or_before(text, word, m, family)
                     and (m.case in ("adj", "gen", "any") or text.startswith(("'s ", "’s "), m.end))
                     and _owns_staff(text, m, word) and mn._preposition_before(text, m.start) not in from_words
                     # "в Білорусі литовських дипломатів": the place where, not whose diplomats
                     and mn._preposition_before(text, m.start) not in mn._TO.get(family, ())),
                    None)
    host = None
    if expelled is None:
        # "gave a diplomat from Belarus 24 hours to leave": the state the diplomat is from; "force Lithuania to
        # reduce its diplomatic staff to a minimum": the state made to cut its own mission
        expelled = next((code(m) for m in countries if m.place.kind == "country"
                         and (_DIPLOMAT_FROM.search(text[:m.start]) or (_FORCED.search(text[:m.start])
                                                                        and _TO_REDUCE.match(text, m.end)))), None)
    if expelled is None:
        # "Vilnius was ordered to cut its diplomatic staff in Belarus to one representative": the state told to
        # cut its own mission
        expelled = next((code(m) for m in countries if m.end <= word.start() and _ORDERED_TO_CUT.match(text, m.end)),
                        None)
    if expelled is None:
        # "Latvija, kurios ambasados Minske diplomatus ... Baltarusija ... išsiuntė": the state a relative pronoun
        # stands for, whose staff it names
        expelled = next((code(m) for m in countries if m.place.kind == "country"
                         and (relative := _WHOSE_STAFF.match(text, m.end)) is not None
                         and relative.end() <= word.start()), None)
    if expelled is None:
        # "сократить дипломатическое представительство Литвы в Беларуси до минимума": whose mission
        # (the genitive after the staff word) and where it is (the host, who cuts it)
        # (in English "the diplomatic representation of Lithuania in our country")
        owner = next((m for m in countries if (m.case == "gen" or (family == "en" and text[:m.start].endswith(
                      "of "))) and _STAFF_BEFORE.search(text[:m.start])
                      and mn._preposition_before(text, m.start) not in from_words), None)
        if owner is not None:
            expelled = code(owner)
            host = next((code(m) for m in countries if m.start > owner.end and code(m) != expelled
                         and mn._preposition_before(text, m.start) in mn._TO.get(family, ())), None)
    if host is not None:
        return host, expelled
    left = next((code(m) for m in countries if _LEAVE.search(text[:m.start].rstrip() + " ")
                 or re.search(r"(?:to\s+leave|pamest|atstāt|palikti|покинуть|залишити|пакінуць)\s+$",
                              text[:m.start], re.I)), None)
    others = list(dict.fromkeys(code(m) for m in countries if expelled and code(m) != expelled
                                and mn.in_scope(code(m), expelled)))
    if expelled is None:
        if left is None:
            return None
        return (left, other_of(pair, left)) if other_of(pair, left) else None
    if left is not None and left != expelled:
        return left, expelled
    if len(others) == 1:
        return others[0], expelled
    subject = next((code(m) for m in countries if m.end <= word.start() and code(m) != expelled
                    and m.case in ("nom", "any")), None)
    actor = subject or other_of(pair, expelled)
    return (actor, expelled) if actor else None



def _owns_staff(text: str, mention: Mention, word: re.Match[str]) -> bool:
    """Whether the state's name or adjective stands in one phrase with the staff word after it ("Belarusian
    diplomats", "посольства Латвии ... Беларуси"): never across the verb of the expulsion, whose subject it then is
    ("Власти Беларуси выдворили все посольство Латвии": the authorities of Belarus, not its embassy)."""
    staff = _STAFF.match(text, mention.end)
    return staff is not None and not mention.end <= word.start() < staff.end()

_JOINED = re.compile(r"\s*(?:,|and|un|ir|bei|и|і|та|й)\s*$", re.I)
# ", kurios ambasados Minske diplomatus", ", чьих дипломатов", ", якої дипломатів": a relative pronoun for the state
# before it, then its staff within a few words
_WHOSE_STAFF = re.compile(r"(?:\s*,\s*(?:kurios|kurio|kuras|kura|kuru|whose|которой|которого|чьих|чьи|чьё|якої|якого|"
                          r"чиїх|якой|якога|чыіх)|,?\s+(?:which|that)\s+saw\s+its)\s+(?:\S+\s+){0,2}?"
                          r"(?:diplomat\w*|diplomāt\w*|ambasad\w*|"
                          r"vēstniecīb\w*|дипломат\w*|дыпламат\w*|посольств\w*|пасольств\w*|embassy|staff)", re.I)
_ORDERED_TO_CUT = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|is|are)\s+(?:ordered|forced|told|compelled)\s+"
                             r"to\s+(?:reduce|cut|downsize)\s+(?:its|their)\s", re.I)
_DIPLOMAT_FROM = re.compile(r"(?<![\w])(?:diplomats?|envoys?|ambassadors?)\s+from\s+$", re.I)
_FORCED = re.compile(r"(?<![\w])(?:forc(?:e|es|ed|ing)|compel(?:s|led|ling)?|oblig(?:e|es|ed|ing))\s+$", re.I)
_TO_REDUCE = re.compile(r"\s+to\s+(?:reduce|cut|downsize)\s+(?:its|their)\s", re.I)


def _object_or_before(text: str, word: re.Match[str], mention: Mention, family: str) -> bool:
    """Whether a state's staff can be what the expulsion is of: said before the verb ("Belarusian diplomats are
    being expelled") or as its object, in the verb's own clause ("expelling two Belarusian diplomats"), not
    in a clause a comma sets after it ("to expel the Belarussian, identified ..., comes a week after the
    authorities ... raided the apartment of Latvian diplomat ...")."""
    if mention.start < word.start() or any(later.start() > mention.end
                                           for later in _compiled(family)[1].finditer(text, mention.end)):
        return True  # "In response to the expulsions, ... Belarusian diplomats are also being expelled"
    between = text[word.end():mention.start]
    return not re.search(r"[,;:]", between) or len(between.split()) <= 8


def _recalled_from(text: str, countries: list[Mention], from_words: tuple[str, ...]) -> list[Mention]:
    """The countries a recall is from: after "from", "no", "iš", "из", "з", and those joined on to them
    ("з Польшчы і Літвы")."""
    found: list[Mention] = []
    for mention in countries:
        if mn._preposition_before(text, mention.start) in from_words or (
                found and _JOINED.fullmatch(text[found[-1].end:mention.start])):
            found.append(mention)
    return found


_SPAN = re.compile(r"(?<![\w])(?:с|со|from|no|nuo|з|із|ад|са)\s+$", re.I)
_SPAN_TO = re.compile(r"^\s+(?:до|to|until|till|līdz|iki|по|па|да)\s+$", re.I)


def _posting_span(text: str, lang: str) -> tuple[PartialDate, PartialDate] | None:
    """(start, end) of "с 24 июля до 28 ноября 2012 года": the first day takes the year of the last, written
    once for both; None unless the sentence says exactly that."""
    from data.importer.dateline import day_months

    found = find_dates(text, lang)
    days = day_months(text, lang)
    if len(found) != 1 or len(days) != 1 or days[0].first is not None:
        return None
    first, last = days[0], found[0]
    end = last.date if isinstance(last.date, PartialDate) else None
    if end is None or end.month is None or not _SPAN.search(text[:first.start]) \
            or not _SPAN_TO.match(text[first.end:last.start]) or first.month > end.month:
        return None
    return PartialDate(end.year, first.month, first.day), end


def _subject_then_recalled(text: str, start: int, mentions: list[Mention], page: Page, sentence: Sentence
                           ) -> PersonMention | None:
    """The one envoy a sentence names before "... and then was recalled" ("Линас Линкявичус работал послом
    Литвы в Беларуси, а затем был отозван"): the subject of both clauses."""
    thens = list(_THEN.finditer(text, 0, start))
    then = thens[-1] if thens else None
    if then is None or _TITLE_WORD.search(text, 0, then.start()) is None:
        return None
    names = [m for m in re.finditer(rf"{mn._NAME_WORD.pattern}\s+{mn._NAME_WORD.pattern}", text[:then.start()])
             if not any(x.start < m.end() and m.start() < x.end for x in mentions)
             and not mn._NOT_NAME.match(m.group(0))]
    if len(names) != 1:
        return None
    written = names[0].group(0)
    return PersonMention(mn._visitor_name(written, page.lang) if page.lang != "en" else nm.Nominative(written, written),
                         page.lang, sentence.quote())


def _named_after(text: str, end: int, mentions: list[Mention], page: Page, places: Places,
                 sentence: Sentence) -> PersonMention | None:
    """The person named right after the word of recall ('адклікала з гэтай пасады Лінаса Лінкявічуса')."""
    lang = page.lang
    if lang == "en" and mn._headline(text):
        return None  # "Lithuania Recall Envoy From Belarus Amid Tensions": capitals tell no name in a headline
    skip = _AFTER_RECALL.match(text, end)
    position = skip.end() if skip else end
    words: list[str] = []
    cursor = position
    while len(words) < 3:
        match = mn._NAME_WORD.match(text, cursor)
        if match is None or any(m.start <= cursor < m.end for m in mentions) or mn._NOT_NAME.match(match.group(0)):
            break  # a place, its first word or a later one ("из Республики Беларусь"), is no name
        words.append(match.group(0))
        cursor = match.end()
        if not text.startswith(" ", cursor):
            break
        cursor += 1
    if not words or not words[0][:1].isupper() or (len(words) == 1 and len(words[0]) <= 3):
        return None
    if len(words) == 1:  # "адкліканне Лінкявічуса з Беларусі": the surname alone
        return PersonMention(mn.surname_alone(words[0], page, places), lang, sentence.quote())
    written = " ".join(words)
    return PersonMention(mn._visitor_name(written, lang) if lang != "en" else nm.Nominative(written, written),
                         lang, sentence.quote())


def _date(sentence: Sentence, page: Page) -> tuple[object, tuple[tuple[str, str], ...]] | None:
    """The one date the sentence gives (as precise as written), the day the page's own date completes,
    or the day of the news item's dateline the sentence leads ("RĪGA, 7. oktobris – Sputnik. Latvija
    ... atsauc ...")."""
    from data.importer.dateline import day_months, with_year

    text = sentence.text
    lead = _DATELINE_IN_SENTENCE.match(text)
    # "MINSK (UrduPoint News / Sputnik - 25th May, 2021) ...": the item's date, not the event's
    found = [f for f in find_dates(text, page.lang) if lead is None or f.start >= lead.end()]
    if len(found) == 1:
        if not _DEADLINE.search(text[:found[0].start]):
            return found[0].date, ()
        if _THEN.search(text, found[0].end):
            # "с 24 июля до 28 ноября 2012 года ... работал послом ..., а затем был отозван": the posting's
            # last day is the day the recall took effect
            return found[0].date, (("ambiguity", f"The page says the posting lasted until {found[0].text} and the "
                                                 "envoy was then recalled: the recall is dated by that last day."),)
        return None
    if found:
        return None
    if _DEPARTURE_DAY.search(text):
        return None  # "will leave the country on Tuesday": the day of the departure, not of the expulsion
    if any(_DEADLINE.search(text[:day.start]) for day in day_months(text, page.lang)):
        return None  # "должны покинуть Литву до полуночи 12 июля": the day they must be gone by
    city_and_day = lead is not None and _CITY_AND_DAY.match(text) is not None
    # the day the item's own words give ("said on Monday"), never the opening's "Oct 5" read as a day of this year
    leaning = mn.lean_on_page(text[lead.end():] if city_and_day else text, page)
    if leaning is not None:
        day, note = leaning
        return DateRange.of(day).start, (("ambiguity", note),)
    if city_and_day:
        # "Vilnius, Oct 5 (... - 6th Oct, 2020 ) :Lithuania is recalling ...": no day of its own; the wire's stamp,
        # as the opening gives it (the write's safety holds a fact of an opening with two days for review)
        stamped = find_dates(text[:lead.end()], page.lang)
        return (stamped[0].date, ()) if len(stamped) == 1 else None
    if mn._RELATIVE.search(text) or day_months(text, page.lang):
        return None
    reported = _reported_on(sentence, page)
    if reported is not None:
        return reported
    posted = _posted_on(text, page)
    if posted is not None:
        return posted
    going_on = _going_on(text, page)
    if going_on is not None:
        return going_on
    continued = _continued_from(sentence, page)
    if continued is not None:
        return continued
    head = page.lines[sentence.line - 1][:sentence.start]
    lead = _DATELINE.match(head)
    if lead is None:
        return _headline_day(sentence, page)
    days = day_months(lead.group(0), page.lang)
    dated = with_year(days[0], page.dateline()) if len(days) == 1 else None
    if dated is None:
        return None
    day, note = dated
    return day, (("ambiguity", f"The news item's dateline dates it: {note}"),)



# The headline of a news item tells the day's news: "Білорусь видворяє латвійських дипломатів" under the stamp
# "понеділок, 24 травня 2021 20:24". Only under a stamp with its clock time (the minute the item went out; not an
# address's day or a dateline a site repeats, not "updated"), only a verb that tells the act done or doing
# (present or past, finite: not "to expel", "выслать", "will"), and only where the page gives no other day for an
# act of the kind: an item filed the day after tells the day before's news in the same words ("Lithuania expels
# two diplomats" over "on Friday said").
_STAMP_CLOCK = re.compile(r"(?<![\d:])[0-2]?\d:[0-5]\d(?![\d:])")
_UPDATED = re.compile(r"обновл|оновл|абноўл|updated|atjaunin|atjaunot|atnaujint|изменен|змінен", re.I)
_HEAD_LINES = 6
# "несколько дней назад", "a few days ago", "prieš keletą dienų": an act of some days before the item's
_DAYS_AGO = re.compile(r"(?<![\w])(?:(?:дн\w*|дзён|недел\w*|тиж\w*|тыдн\w*)\s+(?:назад|тому)|(?:days?|weeks?)\s+ago|"
                       r"prieš\s+(?:\S+\s+)?(?:dien\w*|savait\w*)|pirms\s+(?:\S+\s+)?(?:dien\w*|nedēļ\w*))(?![\w])",
                       re.I)
_FINITE = {  # the endings of a verb in the present or the past, third person; never an infinitive or a noun
    "ru": re.compile(r"(?:ет|ёт|ит|ут|ют|ят|ат|ил|ал|ял|ел|ла|ли|ло)$"),
    "uk": re.compile(r"(?:є|ить|ать|ять|ють|уть|ил|ав|ив|ла|ли|ло)$"),
    "be": re.compile(r"(?:е|юць|уць|аюць|яюць|ў|ла|лі|ло)$"),
    "en": re.compile(r"(?:s|ed)$"),
    "lv": re.compile(r"(?:auc|auca|a|ja)$"),
    "lt": re.compile(r"(?:ia|ė|o)$"),
}
_NOT_DONE_BEFORE = re.compile(r"(?<![\w])(?:to|will|would|may|could|might|plans?|intends?|threatens?|будет|будут|"
                              r"буде|будуть|будзе|будуць|может|можуть|намерен\w*|наме\w*|планир\w*|плану\w*|"
                              r"plāno\w*|planuoja|ketina|gali|var|ir\s+jā)\s+(?:\S+\s+)?$", re.I)


def _headline_day(sentence: Sentence, page: Page) -> tuple[object, tuple[tuple[str, str], ...]] | None:
    """The publication day for a recall or expulsion a news item's headline tells as done or doing, under a stamp
    with its clock time, on a page that gives no other day for such an act (see `_STAMP_CLOCK` above)."""
    from data.importer.dateline import date_in_head, day_months

    head = [(number, line) for number, line in page.numbered()[:_HEAD_LINES]]
    published = page.publication_day()
    if published is None or not any(
            _STAMP_CLOCK.search(line) and not _UPDATED.search(line) and date_in_head([line]) == published[0]
            for _number, line in head):
        return None
    # the headline and the line under it: lines of the head with words and no stop at their end, and no date
    headlines = {line.strip() for _number, line in head
                 if len(line.split()) >= 4 and not line.rstrip().endswith(".") and date_in_head([line]) is None}
    line = page.lines[sentence.line - 1]
    if line.strip() not in headlines or line[:sentence.start].strip() \
            or line[sentence.start + len(sentence.text):].strip() or _EARLIER.search(sentence.text):
        return None  # a headline is a line of its own, and tells the day's news, not last month's
    family, finite = _family(page.lang), _FINITE.get(page.lang, re.compile(r"(?!)"))
    recall_word, expulsion_word, either = _compiled(family)
    verbs = [m for m in (_first_real(recall_word, sentence.text, family, expulsion=False),
                         _first_real(expulsion_word, sentence.text, family, expulsion=True)) if m is not None]
    if not verbs or any(not finite.search(m.group(0).split()[0].lower())
                        or _NOT_DONE_BEFORE.search(sentence.text[:m.start()]) for m in verbs):
        return None  # "Латвия намерена выслать", "Latvia To Expel": an act to come, not the day's
    day = published[0]
    for told in re.split(r"(?<=[.!?])\s+|\n", page.text):
        if not either.search(told):
            continue
        days = [str(f.date) for f in find_dates(told, page.lang)]
        days += [str(day) if (m.day, m.month) == (day.day, day.month) else m.text for m in day_months(told, page.lang)]
        relative = mn._RELATIVE.search(told) or mn._CYR_WEEKDAY.search(told)
        leaning = mn.lean_on_page(told, page) if relative else None
        if leaning is not None:
            days.append(str(DateRange.of(leaning[0]).start))
        if any(other != str(day) for other in days) or (relative and leaning is None) or _DAYS_AGO.search(told):
            return None  # another day for such an act, or a day the page cannot count: which is the headline's?
    note = f"The news item's headline tells it, under the item's stamp of {day}; the page gives no other day for it."
    return day, (("ambiguity", note),)


# "Латвия высылает белорусского посла ... . Об этом в понедельник, 24 мая, сообщил ...": the sentence right
# after, about "this", says the day it was announced
# ... or names the act's own document, a dismissal's decree: "Соответствующий указ был подписан 16 сентября"
_ABOUT_THIS = re.compile(r"^\s*(?:об\s+этом|о\s+том|про\s+це|пра\s+гэта|par\s+to|apie\s+tai|"
                         r"this\s+was\s+(?:announced|reported|said|stated|confirmed)|"
                         r"(?:соответствующ\w+|відповідн\w+|адпаведн\w+|the\s+(?:relevant|corresponding)|attiecīg\w+|"
                         r"atitinkam\w+)\s+(?:указ\w*|decree|dekrēt\w*|dekret\w*))(?![\w])", re.I)


# "в прошлом месяце", "last week", "earlier": the action is older than the day it is reported on
_EARLIER = re.compile(r"(?<![\w])(?:в\s+прошл\w+|на\s+прошл\w+|ранее|раньше|минул\w+|раніше|мінул\w+|раней|"
                      r"last\s+(?:week|month|year)|earlier|previously|in\s+\d{4}|pagājuš\w+|iepriekš|agrāk|"
                      r"praėjus\w*|anksčiau|прошлого|прошлой)(?![\w])", re.I)


def _reported_on(sentence: Sentence, page: Page) -> tuple[object, tuple[tuple[str, str], ...]] | None:
    """The one day the next sentence of the line gives, when it starts "Об этом" ("this was announced
    on"): a news item's action in the present tense is that day's. Its year as `_date` reads one."""
    from data.importer.dateline import day_months, with_year

    rest = page.lines[sentence.line - 1][sentence.start + len(sentence.text):]
    after = rest[:200].split(". ", 1)[0]
    if not _ABOUT_THIS.match(after) or _EARLIER.search(sentence.text):
        return None
    found = find_dates(after, page.lang)
    days = day_months(after, page.lang)
    if len(found) == 1 and not days:
        return found[0].date, (("ambiguity", f"The next sentence reports it on {found[0].text}."),)
    if found or len(days) != 1:
        return None
    dated = with_year(days[0], page.dateline())
    if dated is None:
        return None
    day, note = dated
    return day, (("ambiguity", f"The next sentence reports it on {days[0].text}: {note}"),)


# "Belarusian diplomats are being expelled": told as going on, on the news item's own day
_PROGRESSIVE = re.compile(r"(?<![\w])(?:(?:is|are)\s+(?:also\s+)?being\s+(?:expelled|recalled)|"
                          r"(?:is|are)\s+(?:also\s+)?"
                          r"(?:expelling|recalling))(?![\w])", re.I)


def _going_on(text: str, page: Page) -> tuple[object, tuple[tuple[str, str], ...]] | None:
    """The page's publication day for an expulsion or recall an English item tells as going on ("Belarusian diplomats
    are being expelled"), never for one it says is older ("earlier", "last week")."""
    if page.lang != "en" or not _PROGRESSIVE.search(text) or _EARLIER.search(text):
        return None
    published = page.publication_day()
    if published is None:
        return None
    # a same-day report only: another sentence's "today" or weekday falls on the page's day ("on Monday was
    # summoned"); an item filed the day after tells the day's news in the same words
    same_day = any(str(DateRange.of(leaning[0]).start) == str(published[0])
                   for sentence in re.split(r"(?<=[.!?])\s+", page.text) if mn._RELATIVE.search(sentence)
                   for leaning in [mn.lean_on_page(sentence, page)] if leaning is not None)
    if not same_day:
        return None
    note = f"The item tells it as going on, on the day of its other news, {published[0]}."
    return published[0], (("ambiguity", note),)


# "She was informed about the reduction of the ... mission to a minimum": the person the sentence before named, on
# that sentence's occasion
# ... or by the title the sentence before gave them, quoted: "„<…>the Lithuanian charge d’affaires in Belarus was
# informed about ..." after "On July 6, Lithuanian Charge d’Affaires in Belarus NAME was summoned"
_PRONOUN_OPENING = re.compile(r"^\s*[„“\"«]?\s*(?:<…>|<\.\.\.>|\.\.\.|…)?\s*"
                              r"(?:She|He|Ей|Ему|Їй|Йому|Ёй|Яму|Jai|Jam|Viņai|Viņam|"
                              r"[Tt]he\s+(?:[A-Z]\w+\s+)?(?:[Cc]harg[ée]\s+d.[Aa]ffaires|[Aa]mbassador)"
                              r"(?:\s+(?:in|to)\s+[A-Z]\w+)?)\s+(?:was|has\s+been|"
                              r"сообщили|было\s+сообщено|повідомили|паведамілі|tika|buvo)(?![\w])")


def _continued_from(sentence: Sentence, page: Page) -> tuple[object, tuple[tuple[str, str], ...]] | None:
    """The one day of the sentence right before (in the line, or the line before), when this one opens with a
    pronoun for its person ("... Andrijauskienė was summoned to the Ministry today. She was informed about ...")."""
    if not _PRONOUN_OPENING.match(sentence.text):
        return None
    before = page.lines[sentence.line - 1][:sentence.start].strip()
    if not before:
        earlier = [line.strip() for line in page.lines[:sentence.line - 1] if line.strip()]
        before = earlier[-1] if earlier else ""
    last = re.split(r"(?<=[.!?])\s+", before)[-1] if before else ""
    if not last or _EARLIER.search(last):
        return None
    found = find_dates(last, page.lang)
    if len(found) == 1:
        return found[0].date, (("ambiguity", f"The sentence before, about the same person, gives {found[0].text}."),)
    if found:
        return None
    leaning = mn.lean_on_page(last, page)
    if leaning is None:
        return None
    day, note = leaning
    return DateRange.of(day).start, (("ambiguity", f"The sentence before, about the same person: {note}"),)


# "министр ... написал в своем микроблоге на платформе Twitter, что ... Латвия отзывает ... посла": what a post says
_WROTE_POST = re.compile(r"(?:написал\w*|написав\w*|напісаў\w*|rakstīj\w*|ierakstīj\w*|parašė|wrote|posted|tweeted)"
                         r"(?:\s+\S+){0,6}?\s+(?:twitter\w*|твиттер\w*|твітер\w*|tviter\w*|tvīt\w*|x|микроблог\w*|"
                         r"мікроблог\w*|мікраблог\w*|mikroblog\w*|microblog\w*)"
                         r"|(?:twitter\w*|твиттер\w*|твітер\w*|tviter\w*|микроблог\w*|мікроблог\w*|mikroblog\w*|"
                         r"microblog\w*)(?:\s+\S+){0,6}?\s+(?:написал\w*|написав\w*|напісаў\w*|rakstīj\w*|parašė|"
                         r"wrote|posted)(?![\w])", re.I)
_SIGNATURE = re.compile(r"\(@\w{1,40}\)\s+[A-Z][a-z]+\s+[0-3]?\d,\s+(?:19|20)\d\d")


def _posted_on(text: str, page: Page) -> tuple[object, tuple[tuple[str, str], ...]] | None:
    """The day of the post a sentence says someone wrote ("написал в Twitter, что ..."), when the page
    embeds exactly one post: its signature ("(@edgarsrinkevics) October 7, 2020") dates what it says."""
    from data.importer.dateline import embedded_post_day

    if not _WROTE_POST.search(text) or _EARLIER.search(text) or "(@" not in page.text:
        return None
    signatures = _SIGNATURE.findall(page.text)
    if len(signatures) != 1:
        return None
    day = embedded_post_day(signatures[0])
    if day is None:
        return None
    return day, (("ambiguity", f"The sentence tells what a post says; the one post the page embeds is signed {day}."),)


# "... until 28 November 2012, and then was recalled": what follows the posting's last day
_THEN = re.compile(r"(?<![\w])(?:затем|потом|после\s+чего|затым|потым|пасля\s+чаго|потім|після\s+чого|"
                   r"then|after\s+that|pēc\s+tam|vėliau|po\s+to)(?![\w])", re.I)

# A deadline: the day by which the diplomats must be gone, not the day of the expulsion.
_DEADLINE = re.compile(r"(?<![\w])(?:до|да|until|by|within|līdz|iki)\s+(?:\S+\s+){0,2}$", re.I)

_DEPARTURE_DAY = re.compile(
    r"(?<![\w])(?:leave|depart|izbraukt|pamest|atstāt|palikti|išvykti|покинуть|покинет|уедет|залишити|пакінуць)"
    r"\s+(?:\S+\s+){0,3}?(?:on|by|until|within|до|в|у|ў|līdz|iki)\s+(?:\S+\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среду|четверг|пятницу|"
    r"\d)", re.I)

# "MINSK (UrduPoint News / Sputnik - 25th May, 2021) ...", or the agency's stamp alone opening the sentence:
# "(UrduPoint News / Sputnik - 17th September, 2020) Belarusian President ... dismissed ... on Wednesday"
# "Vilnius, Oct 5 (UrduPoint / Pakistan Point News - 6th Oct, 2020 ) :Lithuania is recalling ...": the city and the
# day the item was filed, then the agency's stamp of the day it was republished
_CITY_AND_DAY = re.compile(r"\s*[A-ZĀ-ŽА-ЯЁІЇЄҐЎ][^\W\d_]{2,20},\s*[^\W\d_]{3,9}\.?\s*\d{1,2}\s*\(")
_DATELINE_IN_SENTENCE = re.compile(r"\s*(?:[A-ZĀ-ŽА-ЯЁІЇЄҐЎ][A-ZĀ-ŽА-ЯЁІЇЄҐЎ\s-]{2,25}\s*|"
                                   r"[A-ZĀ-ŽА-ЯЁІЇЄҐЎ][^\W\d_]{2,20},\s*[^\W\d_]{3,9}\.?\s*\d{1,2}\s*)?"
                                   r"\((?=[^()]*[^\W\d_]{4})[^()]{3,80}\)")

# A news item's dateline: "RĪGA, 7. oktobris – Sputnik. ", "MINSK, 6 July (BelTA) – ", "КИЕВ, 5 июня – "
_DATELINE = re.compile(r"^\s*[A-ZĀ-ŽА-ЯЁІЇЄҐЎ][A-ZĀ-ŽА-ЯЁІЇЄҐЎ\s-]{2,25},\s*.{3,30}?\s[–—-]\s*[^.]{0,30}\.?\s*$")
