"""Countries and cities as the pages write them, in every case, and where they stand in a text.

    places = Places.builtin().with_store(store)
    places.find("Latvijas vēstnieks Baltkrievijā", "lv")
    # [Mention(country BY? no: LV, case 'gen', ...), Mention(BY, case 'loc', ...)]

The case says the role: in "Latvijas ārkārtējais un pilnvarotais vēstnieks Baltkrievijā" the
genitive is the sending country and the locative the host; in "No Baltkrievijas:" the
genitive is where visitors came from; in "vizīte Minskā" the locative is where they went.

The built-in lexicon holds the countries and cities a Baltic foreign ministry page names most;
its case forms are generated from the nominatives by the declensions (Latvian -a/-e/-pils,
Lithuanian -a/-ė/-as/-is/-ius). The store's own countries and cities (with their aliases) are
added at import time, so a city the store knows is found too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from data import model as m
from data.importer.keys import fold_key as fold
from data.store import Store

# code | English | Latvian | Lithuanian | English adjectives (the usual first; another spelling after a slash)
_COUNTRIES = """
LV|Latvia|Latvija|Latvija|Latvian
LT|Lithuania|Lietuva|Lietuva|Lithuanian
EE|Estonia|Igaunija|Estija|Estonian
BY|Belarus|Baltkrievija|Baltarusija|Belarusian/Belarussian
UA|Ukraine|Ukraina|Ukraina|Ukrainian
RU|Russia|Krievija|Rusija|Russian
PL|Poland|Polija|Lenkija|Polish
DE|Germany|Vācija|Vokietija|German
FI|Finland|Somija|Suomija|Finnish
SE|Sweden|Zviedrija|Švedija|Swedish
NO|Norway|Norvēģija|Norvegija|Norwegian
DK|Denmark|Dānija|Danija|Danish
IS|Iceland|Islande|Islandija|Icelandic
GB|United Kingdom|Lielbritānija|Jungtinė Karalystė|British
IE|Ireland|Īrija|Airija|Irish
FR|France|Francija|Prancūzija|French
NL|Netherlands|Nīderlande|Nyderlandai|Dutch
BE|Belgium|Beļģija|Belgija|Belgian
LU|Luxembourg|Luksemburga|Liuksemburgas|Luxembourgish
CH|Switzerland|Šveice|Šveicarija|Swiss
AT|Austria|Austrija|Austrija|Austrian
IT|Italy|Itālija|Italija|Italian
ES|Spain|Spānija|Ispanija|Spanish
PT|Portugal|Portugāle|Portugalija|Portuguese
CZ|Czechia|Čehija|Čekija|Czech
SK|Slovakia|Slovākija|Slovakija|Slovak
HU|Hungary|Ungārija|Vengrija|Hungarian
SI|Slovenia|Slovēnija|Slovėnija|Slovenian
HR|Croatia|Horvātija|Kroatija|Croatian
RS|Serbia|Serbija|Serbija|Serbian
GR|Greece|Grieķija|Graikija|Greek
CY|Cyprus|Kipra|Kipras|Cypriot
MT|Malta|Malta|Malta|Maltese
BG|Bulgaria|Bulgārija|Bulgarija|Bulgarian
RO|Romania|Rumānija|Rumunija|Romanian
MD|Moldova|Moldova|Moldova|Moldovan
GE|Georgia|Gruzija|Gruzija|Georgian
AM|Armenia|Armēnija|Armėnija|Armenian
AZ|Azerbaijan|Azerbaidžāna|Azerbaidžanas|Azerbaijani
KZ|Kazakhstan|Kazahstāna|Kazachstanas|Kazakh
UZ|Uzbekistan|Uzbekistāna|Uzbekistanas|Uzbek
TR|Turkey|Turcija|Turkija|Turkish
IL|Israel|Izraēla|Izraelis|Israeli
US|United States|Amerikas Savienotās Valstis|Jungtinės Amerikos Valstijos|American
CA|Canada|Kanāda|Kanada|Canadian
CN|China|Ķīna|Kinija|Chinese
JP|Japan|Japāna|Japonija|Japanese
IN|India|Indija|Indija|Indian
"""
# Forms the declension rules do not make (plurals, several words, abbreviations).
_COUNTRY_EXTRA = {
    "US": {"lv": {"gen": ["Amerikas Savienoto Valstu"], "loc": ["Amerikas Savienotajās Valstīs"], "nom": ["ASV"]},
           "lt": {"nom": ["JAV"], "loc": ["Jungtinėse Amerikos Valstijose"], "gen": ["Jungtinių Amerikos Valstijų"]},
           "en": {"nom": ["United States of America", "USA", "U.S."]}},
    "GB": {"en": {"nom": ["Great Britain", "Britain"]}, "lt": {"gen": ["Jungtinės Karalystės"],
                                                             "loc": ["Jungtinėje Karalystėje"]}},
    "NL": {"lt": {"gen": ["Nyderlandų"], "loc": ["Nyderlanduose"]}},
    "CZ": {"en": {"nom": ["Czech Republic"]}},
    "TR": {"en": {"nom": ["Türkiye"]}},
}

# id | country | English | Latvian | Lithuanian
_CITIES = """
minsk|BY|Minsk|Minska|Minskas
vitebsk|BY|Vitebsk|Vitebska|Vitebskas
mogilev|BY|Mogilev|Mogiļeva|Mogiliovas
polotsk|BY|Polotsk|Polocka|Polockas
novopolotsk|BY|Novopolotsk|Novopolocka|Naujasis Polockas
orsha|BY|Orsha|Orša|Orša
hrodna|BY|Hrodna|Grodņa|Gardinas
brest|BY|Brest|Bresta|Brestas
gomel|BY|Gomel|Gomeļa|Gomelis
riga|LV|Riga|Rīga|Ryga
daugavpils|LV|Daugavpils|Daugavpils|Daugpilis
liepaja|LV|Liepāja|Liepāja|Liepoja
jelgava|LV|Jelgava|Jelgava|Jelgava
ventspils|LV|Ventspils|Ventspils|Ventspilis
rezekne|LV|Rēzekne|Rēzekne|Rėzeknė
vilnius|LT|Vilnius|Viļņa|Vilnius
kaunas|LT|Kaunas|Kauņa|Kaunas
klaipeda|LT|Klaipėda|Klaipēda|Klaipėda
tallinn|EE|Tallinn|Tallina|Talinas
tartu|EE|Tartu|Tartu|Tartu
kyiv|UA|Kyiv|Kijiva|Kyjivas
kharkiv|UA|Kharkiv|Harkiva|Charkivas
lviv|UA|Lviv|Ļviva|Lvivas
odesa|UA|Odesa|Odesa|Odesa
moscow|RU|Moscow|Maskava|Maskva
saint-petersburg|RU|Saint Petersburg|Sanktpēterburga|Sankt Peterburgas
warsaw|PL|Warsaw|Varšava|Varšuva
berlin|DE|Berlin|Berlīne|Berlynas
brussels|BE|Brussels|Brisele|Briuselis
geneva|CH|Geneva|Ženēva|Ženeva
helsinki|FI|Helsinki|Helsinki|Helsinkis
stockholm|SE|Stockholm|Stokholma|Stokholmas
tbilisi|GE|Tbilisi|Tbilisi|Tbilisis
chisinau|MD|Chișinău|Kišiņeva|Kišiniovas
yerevan|AM|Yerevan|Erevāna|Jerevanas
baku|AZ|Baku|Baku|Baku
lutsk|UA|Lutsk|Lucka|Luckas
sloviansk|UA|Sloviansk|Slovjanska|Slovjanskas
sievierodonetsk|UA|Sievierodonetsk|Severodonecka|Severodoneckas
chernihiv|UA|Chernihiv|Čerņigova|Černigovas
zaporizhzhia|UA|Zaporizhzhia|Zaporižja|Zaporožė
chernivtsi|UA|Chernivtsi|Černivci|Černivcai
salcininkai|LT|Šalčininkai|Šalčininki|Šalčininkai
visaginas|LT|Visaginas|Visagina|Visaginas
vinnytsia|UA|Vinnytsia|Vinnica|Vinica
dnipro|UA|Dnipro|Dņipro|Dnipras
donetsk|UA|Donetsk|Doņecka|Doneckas
zhytomyr|UA|Zhytomyr|Žitomira|Žytomyras
uzhhorod|UA|Uzhhorod|Užhoroda|Užhorodas
ivano-frankivsk|UA|Ivano-Frankivsk||Ivano Frankivskas
kropyvnytskyi|UA|Kropyvnytskyi||Kropyvnyckis
luhansk|UA|Luhansk|Luhanska|Luhanskas
mykolaiv|UA|Mykolaiv|Mikolajiva|Mykolajivas
poltava|UA|Poltava|Poltava|Poltava
rivne|UA|Rivne||Rivnė
sumy|UA|Sumy|Sumi|Sumai
ternopil|UA|Ternopil|Ternopiļa|Ternopilis
kherson|UA|Kherson|Hersona|Chersonas
khmelnytskyi|UA|Khmelnytskyi||Chmelnyckis
cherkasy|UA|Cherkasy|Čerkasi|Čerkasai
simferopol|UA|Simferopol|Simferopole|Simferopolis
sevastopol|UA|Sevastopol|Sevastopole|Sevastopolis
mariupol|UA|Mariupol|Mariupole|Mariupolis
kramatorsk|UA|Kramatorsk|Kramatorska|Kramatorskas
kryvyi-rih|UA|Kryvyi Rih||
bobruisk|BY|Bobruisk|Bobruiska|Babruiskas
baranovichi|BY|Baranovichi|Baranoviči|Baranovičiai
pinsk|BY|Pinsk|Pinska|Pinskas
braslaw|BY|Braslaw|Braslava|Breslauja
jurmala|LV|Jūrmala|Jūrmala|Jūrmala
valmiera|LV|Valmiera|Valmiera|Valmiera
jekabpils|LV|Jēkabpils|Jēkabpils|Jekabpilis
cesis|LV|Cēsis|Cēsis|
tukums|LV|Tukums|Tukums|Tukumas
sigulda|LV|Sigulda|Sigulda|Sigulda
bauska|LV|Bauska|Bauska|Bauskė
kraslava|LV|Krāslava|Krāslava|Kraslava
siauliai|LT|Šiauliai|Šauļi|Šiauliai
panevezys|LT|Panevėžys|Panevēža|Panevėžys
alytus|LT|Alytus|Alīte|Alytus
marijampole|LT|Marijampolė|Marijampole|Marijampolė
druskininkai|LT|Druskininkai|Druskininki|Druskininkai
palanga|LT|Palanga|Palanga|Palanga
utena|LT|Utena|Utena|Utena
mazeikiai|LT|Mažeikiai|Mažeiķi|Mažeikiai
trakai|LT|Trakai|Traķi|Trakai
"""
# Latvian names that are plurals ("Šalčininki": gen "Šalčininku", loc "Šalčininkos"): the generator cannot
# tell them from an indeclinable "-i" (Tbilisi, Helsinki).
_LATVIAN_PLURALS = {"salcininkai", "chernivtsi", "sumy", "cherkasy", "baranovichi", "siauliai", "druskininkai",
                    "mazeikiai", "trakai"}
_CITY_EXTRA = {
    "kyiv": {"en": {"nom": ["Kiev"]}, "lv": {"nom": ["Kijeva"], "gen": ["Kijevas"], "loc": ["Kijevā"]},
             "lt": {"nom": ["Kijevas"], "gen": ["Kijevo"], "loc": ["Kijeve"], "acc": ["Kijevą"]}},
    "lviv": {"lv": {"nom": ["Ļvova"], "gen": ["Ļvovas"], "loc": ["Ļvovā"], "acc": ["Ļvovu"]},
             "lt": {"nom": ["Lvovas"], "gen": ["Lvovo"], "loc": ["Lvove"], "acc": ["Lvovą"]}, "en": {"nom": ["Lvov"]}},
    # the shipped store's id and English name ("city:hrodna", "Hrodna"): "Grodno" is the older spelling
    "hrodna": {"en": {"nom": ["Grodno"]}, "lt": {"nom": ["Gardinas"]}},
    "vilnius": {"lt": {"gen": ["Vilniaus"], "loc": ["Vilniuje"], "acc": ["Vilnių"]}},
    "mogilev": {"en": {"nom": ["Mogilyov", "Mahilyow"]}},
    # the Belarusian romanisation English pages of Belarus write: "Viciebsk", "Homiel", "Homel", "Navapolatsk"
    "vitebsk": {"en": {"nom": ["Viciebsk"]}},
    "gomel": {"en": {"nom": ["Homiel", "Homel"]}},
    "novopolotsk": {"en": {"nom": ["Navapolatsk"]}},
    # the older names and spellings pages still write: "Charkove", "Lvove", "Kharkov", "Dnepropetrovsk"
    "kharkiv": {"en": {"nom": ["Kharkov"]}, "lv": {"nom": ["Harkova"], "gen": ["Harkovas"], "loc": ["Harkovā"],
                                                  "acc": ["Harkovu"]},
                "lt": {"nom": ["Charkovas"], "gen": ["Charkovo"], "loc": ["Charkove"], "acc": ["Charkovą"]}},
    "odesa": {"en": {"nom": ["Odessa"]}},
    "dnipro": {"en": {"nom": ["Dnipropetrovsk", "Dnepropetrovsk", "Dniepropetrovsk"]},
               "lv": {"any": ["Dņepropetrovska"]},
               "lt": {"nom": ["Dnipropetrovskas"], "gen": ["Dnipropetrovsko"], "loc": ["Dnipropetrovske"]}},
    "zhytomyr": {"en": {"nom": ["Zhitomir"]}, "lt": {"nom": ["Žitomyras"], "gen": ["Žitomyro"], "loc": ["Žitomyre"]}},
    "uzhhorod": {"en": {"nom": ["Uzhgorod"]}, "lt": {"nom": ["Užgorodas"], "gen": ["Užgorodo"], "loc": ["Užgorode"]}},
    "ivano-frankivsk": {"lt": {"gen": ["Ivano Frankivsko"], "loc": ["Ivano Frankivske"], "acc": ["Ivano Frankivską"]}},
    # "Николаев" and "Николаева" are surnames too (a person "Николаев" is no place): only the locative
    "mykolaiv": {"ru": {"loc": ["Николаеве"]}},
    "luhansk": {"en": {"nom": ["Lugansk"]}},
    "vinnytsia": {"en": {"nom": ["Vinnitsa"]}},
    "chernihiv": {"en": {"nom": ["Chernigov"]}},
    "chernivtsi": {"en": {"nom": ["Chernovtsy"]}},
    "zaporizhzhia": {"en": {"nom": ["Zaporozhye"]}},
    "rivne": {"en": {"nom": ["Rovno"]}},
    "cherkasy": {"en": {"nom": ["Cherkassy"]}},
    "bobruisk": {"en": {"nom": ["Babruysk"]}},
    "baranovichi": {"en": {"nom": ["Baranavichy"]}},
    "cesis": {"lv": {"gen": ["Cēsu"], "loc": ["Cēsīs"]}},
    "tukums": {"lv": {"gen": ["Tukuma"], "loc": ["Tukumā"], "acc": ["Tukumu"], "dat": ["Tukumam"]}},
}

# Cyrillic forms of the places the four relations' pages name, in Russian, Ukrainian and
# Belarusian: nom | gen | dat/loc (one form: "в Латвии", "Латвии") | acc | adjective stems.
# Case matters as in Latvian: "посол Латвии в Беларуси" is Latvia's ambassador in Belarus.
_CYRILLIC = {
    "LV": {"ru": ("Латвия", "Латвии", "Латвии", "Латвию"), "uk": ("Латвія", "Латвії", "Латвії", "Латвію"),
           "be": ("Латвія", "Латвіі", "Латвіі", "Латвію")},
    "LT": {"ru": ("Литва", "Литвы", "Литве", "Литву"), "uk": ("Литва", "Литви", "Литві", "Литву"),
           "be": ("Літва", "Літвы", "Літве", "Літву")},
    "BY": {"ru": ("Беларусь", "Беларуси", "Беларуси", "Беларусь"),
           "ru-old": ("Белоруссия", "Белоруссии", "Белоруссии", "Белоруссию"),
           "uk": ("Білорусь", "Білорусі", "Білорусі", "Білорусь"),
           "be": ("Беларусь", "Беларусі", "Беларусі", "Беларусь")},
    "UA": {"ru": ("Украина", "Украины", "Украине", "Украину"), "uk": ("Україна", "України", "Україні", "Україну"),
           "be": ("Украіна", "Украіны", "Украіне", "Украіну")},
    "RU": {"ru": ("Россия", "России", "России", "Россию"), "uk": ("Росія", "Росії", "Росії", "Росію"),
           "be": ("Расія", "Расіі", "Расіі", "Расію")},
    "EE": {"ru": ("Эстония", "Эстонии", "Эстонии", "Эстонию"), "uk": ("Естонія", "Естонії", "Естонії", "Естонію"),
           "be": ("Эстонія", "Эстоніі", "Эстоніі", "Эстонію")},
    "PL": {"ru": ("Польша", "Польши", "Польше", "Польшу"), "uk": ("Польща", "Польщі", "Польщі", "Польщу"),
           "be": ("Польшча", "Польшчы", "Польшчы", "Польшчу")},
    "DE": {"ru": ("Германия", "Германии", "Германии", "Германию"), "uk": ("Німеччина", "Німеччини", "Німеччині",
                                                                       "Німеччину"),
           "be": ("Германія", "Германіі", "Германіі", "Германію")},
    "MD": {"ru": ("Молдова", "Молдовы", "Молдове", "Молдову"), "uk": ("Молдова", "Молдови", "Молдові", "Молдову"),
           "be": ("Малдова", "Малдовы", "Малдове", "Малдову")},
    "CZ": {"ru": ("Чехия", "Чехии", "Чехии", "Чехию"), "uk": ("Чехія", "Чехії", "Чехії", "Чехію"),
           "be": ("Чэхія", "Чэхіі", "Чэхіі", "Чэхію")},
    # a third state the pages set beside the four ("Британія відкликає посла з Білорусі"): known, so that its
    # acts are never read as the page's own pair's
    "GB": {"ru": ("Великобритания", "Великобритании", "Великобритании", "Великобританию"),
           "ru-short": ("Британия", "Британии", "Британии", "Британию"),
           "uk": ("Великобританія", "Великобританії", "Великобританії", "Великобританію"),
           "uk-short": ("Британія", "Британії", "Британії", "Британію"),
           "be": ("Вялікабрытанія", "Вялікабрытаніі", "Вялікабрытаніі", "Вялікабрытанію"),
           "be-short": ("Брытанія", "Брытаніі", "Брытаніі", "Брытанію")},
}
_CYRILLIC_CITIES = {
    "riga": {"ru": ("Рига", "Риги", "Риге", "Ригу"), "uk": ("Рига", "Риги", "Ризі", "Ригу"),
             "be": ("Рыга", "Рыгі", "Рызе", "Рыгу")},
    "vilnius": {"ru": ("Вильнюс", "Вильнюса", "Вильнюсе", "Вильнюс"), "uk": ("Вільнюс", "Вільнюса", "Вільнюсі",
                                                                          "Вільнюс"),
                "be": ("Вільнюс", "Вільнюса", "Вільнюсе", "Вільнюс"),
                "be-old": ("Вільня", "Вільні", "Вільні", "Вільню")},  # the Belarusian name many still write
    "minsk": {"ru": ("Минск", "Минска", "Минске", "Минск"), "uk": ("Мінськ", "Мінська", "Мінську", "Мінськ"),
              "be": ("Мінск", "Мінска", "Мінску", "Мінск"),
              # the classical spelling (taraškievica) Belarusian independent media write: "у Менску", "зь Менску"
              "be-tar": ("Менск", "Менску", "Менску", "Менск")},
    "kyiv": {"ru": ("Киев", "Киева", "Киеве", "Киев"), "uk": ("Київ", "Києва", "Києві", "Київ"),
             "be": ("Кіеў", "Кіева", "Кіеве", "Кіеў")},
    "lviv": {"ru": ("Львов", "Львова", "Львове", "Львов"), "uk": ("Львів", "Львова", "Львові", "Львів"),
             "be": ("Львоў", "Львова", "Львове", "Львоў")},
    "odesa": {"ru": ("Одесса", "Одессы", "Одессе", "Одессу"), "uk": ("Одеса", "Одеси", "Одесі", "Одесу"),
              "be": ("Адэса", "Адэсы", "Адэсе", "Адэсу")},
    "vitebsk": {"ru": ("Витебск", "Витебска", "Витебске", "Витебск"), "uk": ("Вітебськ", "Вітебська", "Вітебську",
                                                                          "Вітебськ"),
                "be": ("Віцебск", "Віцебска", "Віцебску", "Віцебск"),
                "be-tar": ("Віцебск", "Віцебску", "Віцебску", "Віцебск")},
    "hrodna": {"ru": ("Гродно", "Гродно", "Гродно", "Гродно"), "uk": ("Гродно", "Гродно", "Гродно", "Гродно"),
               "be": ("Гродна", "Гродна", "Гродне", "Гродна"),
               "be-tar": ("Гародня", "Гародні", "Гародні", "Гародню")},
    "daugavpils": {"ru": ("Даугавпилс", "Даугавпилса", "Даугавпилсе", "Даугавпилс"),
                   "uk": ("Даугавпілс", "Даугавпілса", "Даугавпілсі", "Даугавпілс"),
                   "be": ("Даўгаўпілс", "Даўгаўпілса", "Даўгаўпілсе", "Даўгаўпілс")},
    "moscow": {"ru": ("Москва", "Москвы", "Москве", "Москву"), "uk": ("Москва", "Москви", "Москві", "Москву"),
               "be": ("Масква", "Масквы", "Маскве", "Маскву")},
    "lutsk": {"ru": ("Луцк", "Луцка", "Луцке", "Луцк"), "uk": ("Луцьк", "Луцька", "Луцьку", "Луцьк"),
              "be": ("Луцк", "Луцка", "Луцку", "Луцк")},
    "sloviansk": {"ru": ("Славянск", "Славянска", "Славянске", "Славянск"),
                  "uk": ("Слов'янськ", "Слов'янська", "Слов'янську", "Слов'янськ"),
                  "be": ("Слаўянск", "Слаўянска", "Слаўянску", "Слаўянск")},
    "sievierodonetsk": {"ru": ("Северодонецк", "Северодонецка", "Северодонецке", "Северодонецк"),
                        "uk": ("Сєвєродонецьк", "Сєвєродонецька", "Сєвєродонецьку", "Сєвєродонецьк"),
                        "be": ("Севераданецк", "Севераданецка", "Севераданецку", "Севераданецк")},
    "chernihiv": {"ru": ("Чернигов", "Чернигова", "Чернигове", "Чернигов"),
                  "uk": ("Чернігів", "Чернігова", "Чернігові", "Чернігів"),
                  "be": ("Чарнігаў", "Чарнігава", "Чарнігаве", "Чарнігаў")},
    "zaporizhzhia": {"ru": ("Запорожье", "Запорожья", "Запорожье", "Запорожье"),
                     "uk": ("Запоріжжя", "Запоріжжя", "Запоріжжі", "Запоріжжя"),
                     "be": ("Запарожжа", "Запарожжа", "Запарожжы", "Запарожжа")},
    "chernivtsi": {"ru": ("Черновцы", "Черновцов", "Черновцах", "Черновцы"),
                   "uk": ("Чернівці", "Чернівців", "Чернівцях", "Чернівці"),
                   "be": ("Чарнаўцы", "Чарнаўцоў", "Чарнаўцах", "Чарнаўцы")},
    "saint-petersburg": {"ru": ("Санкт-Петербург", "Санкт-Петербурга", "Санкт-Петербурге", "Санкт-Петербург"),
                         "uk": ("Санкт-Петербург", "Санкт-Петербурга", "Санкт-Петербурзі", "Санкт-Петербург"),
                         "be": ("Санкт-Пецярбург", "Санкт-Пецярбурга", "Санкт-Пецярбургу", "Санкт-Пецярбург")},
    "kharkiv": {"ru": ("Харьков", "Харькова", "Харькове", "Харьков"), "uk": ("Харків", "Харкова", "Харкові", "Харків"),
                "be": ("Харкаў", "Харкава", "Харкаве", "Харкаў")},
    "vinnytsia": {"ru": ("Винница", "Винницы", "Виннице", "Винницу"),
                  "uk": ("Вінниця", "Вінниці", "Вінниці", "Вінницю"),
                  "be": ("Вінніца", "Вінніцы", "Вінніцы", "Вінніцу")},
    "dnipro": {"ru": ("Днепр", "Днепра", "Днепре", "Днепр"), "uk": ("Дніпро", "Дніпра", "Дніпрі", "Дніпро"),
               "ru-old": ("Днепропетровск", "Днепропетровска", "Днепропетровске", "Днепропетровск"),
               "uk-old": ("Дніпропетровськ", "Дніпропетровська", "Дніпропетровську", "Дніпропетровськ")},
    "donetsk": {"ru": ("Донецк", "Донецка", "Донецке", "Донецк"), "uk": ("Донецьк", "Донецька", "Донецьку", "Донецьк"),
                "be": ("Данецк", "Данецка", "Данецку", "Данецк")},
    "zhytomyr": {"ru": ("Житомир", "Житомира", "Житомире", "Житомир"),
                 "uk": ("Житомир", "Житомира", "Житомирі", "Житомир"),
                 "be": ("Жытомір", "Жытоміра", "Жытоміры", "Жытомір")},
    "uzhhorod": {"ru": ("Ужгород", "Ужгорода", "Ужгороде", "Ужгород"),
                 "uk": ("Ужгород", "Ужгорода", "Ужгороді", "Ужгород")},
    "ivano-frankivsk": {"ru": ("Ивано-Франковск", "Ивано-Франковска", "Ивано-Франковске", "Ивано-Франковск"),
                        "uk": ("Івано-Франківськ", "Івано-Франківська", "Івано-Франківську", "Івано-Франківськ")},
    "kropyvnytskyi": {"ru": ("Кропивницкий", "Кропивницкого", "Кропивницком", "Кропивницкий"),
                      "uk": ("Кропивницький", "Кропивницького", "Кропивницькому", "Кропивницький")},
    "luhansk": {"ru": ("Луганск", "Луганска", "Луганске", "Луганск"), "uk": ("Луганськ", "Луганська", "Луганську",
                                                                          "Луганськ")},
    "mykolaiv": {"uk": ("Миколаїв", "Миколаєва", "Миколаєві", "Миколаїв")},
    "poltava": {"ru": ("Полтава", "Полтавы", "Полтаве", "Полтаву"), "uk": ("Полтава", "Полтави", "Полтаві", "Полтаву"),
                "be": ("Палтава", "Палтавы", "Палтаве", "Палтаву")},
    "rivne": {"uk": ("Рівне", "Рівного", "Рівному", "Рівне")},
    "sumy": {"ru": ("Сумы", "Сум", "Сумах", "Сумы"), "uk": ("Суми", "Сум", "Сумах", "Суми")},
    "ternopil": {"ru": ("Тернополь", "Тернополя", "Тернополе", "Тернополь"),
                 "uk": ("Тернопіль", "Тернополя", "Тернополі", "Тернопіль")},
    "kherson": {"ru": ("Херсон", "Херсона", "Херсоне", "Херсон"), "uk": ("Херсон", "Херсона", "Херсоні", "Херсон"),
                "be": ("Херсон", "Херсона", "Херсоне", "Херсон")},
    "khmelnytskyi": {"ru": ("Хмельницкий", "Хмельницкого", "Хмельницком", "Хмельницкий"),
                     "uk": ("Хмельницький", "Хмельницького", "Хмельницькому", "Хмельницький")},
    "cherkasy": {"ru": ("Черкассы", "Черкасс", "Черкассах", "Черкассы"),
                 "uk": ("Черкаси", "Черкас", "Черкасах", "Черкаси")},
    "simferopol": {"ru": ("Симферополь", "Симферополя", "Симферополе", "Симферополь"),
                   "uk": ("Сімферополь", "Сімферополя", "Сімферополі", "Сімферополь")},
    "sevastopol": {"ru": ("Севастополь", "Севастополя", "Севастополе", "Севастополь"),
                   "uk": ("Севастополь", "Севастополя", "Севастополі", "Севастополь")},
    "mariupol": {"ru": ("Мариуполь", "Мариуполя", "Мариуполе", "Мариуполь"),
                 "uk": ("Маріуполь", "Маріуполя", "Маріуполі", "Маріуполь")},
    "kramatorsk": {"ru": ("Краматорск", "Краматорска", "Краматорске", "Краматорск"),
                   "uk": ("Краматорськ", "Краматорська", "Краматорську", "Краматорськ")},
    "kryvyi-rih": {"ru": ("Кривой Рог", "Кривого Рога", "Кривом Роге", "Кривой Рог"),
                   "uk": ("Кривий Ріг", "Кривого Рогу", "Кривому Розі", "Кривий Ріг")},
    "brest": {"ru": ("Брест", "Бреста", "Бресте", "Брест"), "uk": ("Брест", "Бреста", "Бресті", "Брест"),
              "be": ("Брэст", "Брэста", "Брэсце", "Брэст"),
              "be-tar": ("Берасьце", "Берасьця", "Берасьці", "Берасьце")},
    "gomel": {"ru": ("Гомель", "Гомеля", "Гомеле", "Гомель"), "uk": ("Гомель", "Гомеля", "Гомелі", "Гомель"),
              "be": ("Гомель", "Гомеля", "Гомелі", "Гомель"),
              "be-tar": ("Гомель", "Гомелю", "Гомелі", "Гомель")},
    "mogilev": {"ru": ("Могилёв", "Могилёва", "Могилёве", "Могилёв"),
                "ru-old": ("Могилев", "Могилева", "Могилеве", "Могилев"),
                "uk": ("Могильов", "Могильова", "Могильові", "Могильов"),
                "be": ("Магілёў", "Магілёва", "Магілёве", "Магілёў")},
    "polotsk": {"ru": ("Полоцк", "Полоцка", "Полоцке", "Полоцк"), "be": ("Полацк", "Полацка", "Полацку", "Полацк"),
                "be-tar": ("Полацак", "Полацку", "Полацку", "Полацак")},
    "novopolotsk": {"ru": ("Новополоцк", "Новополоцка", "Новополоцке", "Новополоцк"),
                    "be": ("Наваполацк", "Наваполацка", "Наваполацку", "Наваполацк")},
    "orsha": {"ru": ("Орша", "Орши", "Орше", "Оршу"), "be": ("Орша", "Оршы", "Оршы", "Оршу")},
    "bobruisk": {"ru": ("Бобруйск", "Бобруйска", "Бобруйске", "Бобруйск"),
                 "be": ("Бабруйск", "Бабруйска", "Бабруйску", "Бабруйск")},
    "baranovichi": {"ru": ("Барановичи", "Барановичей", "Барановичах", "Барановичи"),
                    "be": ("Баранавічы", "Баранавіч", "Баранавічах", "Баранавічы")},
    "pinsk": {"ru": ("Пинск", "Пинска", "Пинске", "Пинск"), "be": ("Пінск", "Пінска", "Пінску", "Пінск")},
    "liepaja": {"ru": ("Лиепая", "Лиепаи", "Лиепае", "Лиепаю"), "uk": ("Лієпая", "Лієпаї", "Лієпаї", "Лієпаю")},
    "jelgava": {"ru": ("Елгава", "Елгавы", "Елгаве", "Елгаву"), "uk": ("Єлгава", "Єлгави", "Єлгаві", "Єлгаву")},
    "ventspils": {"ru": ("Вентспилс", "Вентспилса", "Вентспилсе", "Вентспилс"),
                  "uk": ("Вентспілс", "Вентспілса", "Вентспілсі", "Вентспілс")},
    "jurmala": {"ru": ("Юрмала", "Юрмалы", "Юрмале", "Юрмалу"), "uk": ("Юрмала", "Юрмали", "Юрмалі", "Юрмалу")},
    "kaunas": {"ru": ("Каунас", "Каунаса", "Каунасе", "Каунас"), "uk": ("Каунас", "Каунаса", "Каунасі", "Каунас"),
               "be": ("Каўнас", "Каўнаса", "Каўнасе", "Каўнас")},
    "klaipeda": {"ru": ("Клайпеда", "Клайпеды", "Клайпеде", "Клайпеду"),
                 "uk": ("Клайпеда", "Клайпеди", "Клайпеді", "Клайпеду"),
                 "be": ("Клайпеда", "Клайпеды", "Клайпедзе", "Клайпеду")},
    "panevezys": {"ru": ("Паневежис", "Паневежиса", "Паневежисе", "Паневежис"),
                  "uk": ("Паневежис", "Паневежиса", "Паневежисі", "Паневежис")},
    "visaginas": {"ru": ("Висагинас", "Висагинаса", "Висагинасе", "Висагинас"),
                  "uk": ("Вісагінас", "Вісагінаса", "Вісагінасі", "Вісагінас")},
}
CYRILLIC_LANGS = ("uk", "ru", "be")


# "the Republic of Latvia" as the three languages write it: (nom, gen, loc) of the adjective phrase.
_CYRILLIC_REPUBLIC = {
    "LV": {"uk": ("Латвійська Республіка", "Латвійської Республіки", "Латвійській Республіці"),
           "ru": ("Латвийская Республика", "Латвийской Республики", "Латвийской Республике"),
           "be": ("Латвійская Рэспубліка", "Латвійскай Рэспублікі", "Латвійскай Рэспубліцы")},
    "LT": {"uk": ("Литовська Республіка", "Литовської Республіки", "Литовській Республіці"),
           "ru": ("Литовская Республика", "Литовской Республики", "Литовской Республике"),
           "be": ("Літоўская Рэспубліка", "Літоўскай Рэспублікі", "Літоўскай Рэспубліцы")},
    "BY": {"uk": ("Республіка Білорусь", "Республіки Білорусь", "Республіці Білорусь"),
           "ru": ("Республика Беларусь", "Республики Беларусь", "Республике Беларусь"),
           "be": ("Рэспубліка Беларусь", "Рэспублікі Беларусь", "Рэспубліцы Беларусь")},
}


# The instrumental ("між Україною та Латвією", "с Литвой"), and the Ukrainian People's Republic
# (1917-1921), which pages on the early relations name: filed under Ukraine, and the events that
# name it say so (`extract_cyr`).
_CYRILLIC_INSTRUMENTAL = {
    "LV": {"uk": ["Латвією", "Латвійською Республікою"], "ru": ["Латвией", "Латвийской Республикой"],
           "be": ["Латвіяй", "Латвійскай Рэспублікай"]},
    "LT": {"uk": ["Литвою", "Литовською Республікою"], "ru": ["Литвой", "Литовской Республикой"],
           "be": ["Літвой", "Літоўскай Рэспублікай"]},
    "BY": {"uk": ["Білоруссю"], "ru": ["Беларусью", "Белоруссией"], "be": ["Беларуссю"]},
    "UA": {"uk": ["Україною", "Українською Народною Республікою"], "ru": ["Украиной"], "be": ["Украінай"]},
    # the third states a page sets beside them ("з Литвою та Польщею", "с Россией"): a document of three,
    # a fact of another pair, is told so only when the sentence's third state is found
    "RU": {"uk": ["Росією"], "ru": ["Россией"], "be": ["Расіяй"]},
    "PL": {"uk": ["Польщею"], "ru": ["Польшей"], "be": ["Польшчай"]},
    "EE": {"uk": ["Естонією"], "ru": ["Эстонией"], "be": ["Эстоніяй"]},
    "DE": {"uk": ["Німеччиною"], "ru": ["Германией"], "be": ["Германіяй"]},
    "MD": {"uk": ["Молдовою"], "ru": ["Молдовой"], "be": ["Малдовай"]},
}
_UNR = {"uk": {"nom": ["Українська Народна Республіка"], "gen": ["Української Народної Республіки", "УНР"],
               "loc": ["Українській Народній Республіці"]},
        "ru": {"nom": ["Украинская Народная Республика"], "gen": ["Украинской Народной Республики", "УНР"]},
        "be": {"nom": ["Украінская Народная Рэспубліка"], "gen": ["Украінскай Народнай Рэспублікі", "УНР"]}}
UNR_WORDS = ("УНР", "Народн")


def cyrillic_forms(table: tuple[str, str, str, str], republic: tuple[str, str, str] | None = None
                   ) -> dict[str, list[str]]:
    nom, gen, loc, acc = table
    forms = {"nom": [nom], "gen": [gen], "loc": [loc], "acc": [acc]}
    if republic:
        for case, text in zip(("nom", "gen", "loc"), republic, strict=True):
            forms[case].append(text)
    return forms


CASES = ("nom", "gen", "dat", "acc", "loc", "ins", "adj", "any")
_WORD = re.compile(r"[^\W\d_]+")


def _is_letter(char: str) -> bool:
    return char.isalpha()


@dataclass(frozen=True, slots=True)
class Place:
    """A country (`kind` 'country', `key` its ISO code) or a city (`key` its id's tail)."""

    kind: str
    key: str
    names: tuple[tuple[str, str], ...]  # (lang, nominative)
    country: str | None = None          # a city's country code

    @property
    def id(self) -> str:
        return f"country:{self.key.lower()}" if self.kind == "country" else f"city:{self.key}"

    def name(self, lang: str) -> str | None:
        return dict(self.names).get(lang)


@dataclass(frozen=True, slots=True)
class Mention:
    """A place written in a text: which, in what case, where."""

    place: Place
    case: str
    start: int
    end: int
    text: str


def latvian_forms(nominative: str) -> dict[str, list[str]]:
    """The Latvian case forms of a place name: 'Baltkrievija' -> gen 'Baltkrievijas', loc 'Baltkrievijā'..."""
    if " " in nominative:
        return {"nom": [nominative]}
    if nominative.endswith("pils"):
        return {"nom": [nominative], "gen": [nominative], "dat": [nominative[:-1] + "ij"],
                "acc": [nominative[:-1] + "i"], "loc": [nominative[:-1] + "ī"]}
    if nominative.endswith("a"):
        stem = nominative[:-1]
        return {"nom": [nominative], "gen": [stem + "as"], "dat": [stem + "ai"], "acc": [stem + "u"],
                "loc": [stem + "ā"]}
    if nominative.endswith("e"):
        stem = nominative[:-1]
        return {"nom": [nominative], "gen": [stem + "es"], "dat": [stem + "ei"], "acc": [stem + "i"],
                "loc": [stem + "ē"]}
    return {"any": [nominative]}  # Tbilisi, Baku, Helsinki, Tartu: not declined


def lithuanian_forms(nominative: str) -> dict[str, list[str]]:
    """The Lithuanian case forms: 'Baltarusija' -> gen 'Baltarusijos', loc 'Baltarusijoje'..."""
    words = nominative.split()
    if len(words) > 1:
        if words[0] == "Naujasis":  # an adjective and a noun: decline both (Naujasis Polockas)
            tail = lithuanian_forms(words[1])
            return {"nom": [nominative], "gen": [f"Naujojo {tail['gen'][0]}"], "loc": [f"Naujajame {tail['loc'][0]}"]}
        return {"nom": [nominative]}
    if nominative.endswith("ius"):
        stem = nominative[:-3]
        return {"nom": [nominative], "gen": [stem + "iaus"], "dat": [stem + "iui"], "acc": [stem + "ių"],
                "loc": [stem + "iuje"]}
    if nominative.endswith("as"):
        stem = nominative[:-2]
        return {"nom": [nominative], "gen": [stem + "o"], "dat": [stem + "ui"], "acc": [stem + "ą"],
                "loc": [stem + "e"]}
    if nominative.endswith("is"):
        stem = nominative[:-2]
        return {"nom": [nominative], "gen": [stem + "io"], "dat": [stem + "iui"], "acc": [stem + "į"],
                "loc": [stem + "yje"]}
    if nominative.endswith("a"):
        stem = nominative[:-1]
        return {"nom": [nominative], "gen": [stem + "os"], "dat": [stem + "ai"], "acc": [stem + "ą"],
                "loc": [stem + "oje"]}
    if nominative.endswith("ė"):
        stem = nominative[:-1]
        return {"nom": [nominative], "gen": [stem + "ės"], "dat": [stem + "ei"], "acc": [stem + "ę"],
                "loc": [stem + "ėje"]}
    if nominative.endswith("ai"):  # a plural: Nyderlandai, Šalčininkai ("Šalčininkuose"), Šiauliai ("Šiaulių")
        stem = nominative[:-3] + "i" if nominative.endswith("iai") else nominative[:-2]
        return {"nom": [nominative], "gen": [stem + "ų"], "dat": [stem + "ams"], "acc": [stem + "us"],
                "loc": [stem + "uose"]}
    if nominative.endswith("ys"):  # Panevėžys: "Panevėžio", "Panevėžyje"
        stem = nominative[:-2]
        return {"nom": [nominative], "gen": [stem + "io"], "dat": [stem + "iui"], "acc": [stem + "į"],
                "loc": [stem + "yje"]}
    if nominative.endswith("us"):  # Alytus: "Alytaus", "Alytuje"
        stem = nominative[:-2]
        return {"nom": [nominative], "gen": [stem + "aus"], "dat": [stem + "ui"], "acc": [stem + "ų"],
                "loc": [stem + "uje"]}
    return {"any": [nominative]}


def _country_forms(code: str, en: str, lv: str, lt: str, adjective: str) -> dict[str, dict[str, list[str]]]:
    forms = {"lv": latvian_forms(lv), "lt": lithuanian_forms(lt),
             "en": {"nom": [en, f"Republic of {en}"], "adj": adjective.split("/")}}
    for lang, table in _CYRILLIC.get(code, {}).items():
        if "-" in lang:  # another name in use ("Белоруссия", "Британія"): more forms of the same language
            for case, texts in cyrillic_forms(table).items():
                forms[lang.split("-")[0]].setdefault(case, []).extend(texts)
            continue
        forms[lang] = cyrillic_forms(table, _CYRILLIC_REPUBLIC.get(code, {}).get(lang))
        forms[lang]["ins"] = list(_CYRILLIC_INSTRUMENTAL.get(code, {}).get(lang, []))
        if code == "UA":
            for case, texts in _UNR[lang].items():
                forms[lang].setdefault(case, []).extend(texts)
    if len(lv.split()) == 1 and "gen" in forms["lv"]:
        gen = forms["lv"]["gen"][0]
        for case, ending in (("nom", "a"), ("gen", "as"), ("dat", "ai"), ("acc", "u"), ("loc", "ā")):
            forms["lv"].setdefault(case, []).append(f"{gen} Republik{ending}")
    if len(lt.split()) == 1 and "gen" in forms["lt"]:
        gen = forms["lt"]["gen"][0]
        for case, ending in (("nom", "a"), ("gen", "os"), ("dat", "ai"), ("acc", "ą"), ("loc", "oje")):
            forms["lt"].setdefault(case, []).append(f"{gen} Respublik{ending}")
    for lang, extra in _COUNTRY_EXTRA.get(code, {}).items():
        for case, texts in extra.items():
            forms[lang].setdefault(case, []).extend(texts)
    return forms


def latvian_plural_forms(nominative: str) -> dict[str, list[str]]:
    """A plural Latvian place name ending in -i: 'Šalčininki' -> gen 'Šalčininku', loc 'Šalčininkos'..."""
    stem = nominative[:-1]
    return {"nom": [nominative], "gen": [stem + "u"], "dat": [stem + "iem"], "acc": [stem + "us"],
            "loc": [stem + "os"]}


def _without_marks(text: str) -> str:
    """`text` without its diacritics ("Klaipėda" -> "Klaipeda", "Chișinău" -> "Chisinau")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _city_forms(key: str, en: str, lv: str, lt: str) -> dict[str, dict[str, list[str]]]:
    """Every form of a city; a language whose name the table leaves empty (not sure of it) has none."""
    # English writes the Latvian and Lithuanian names with their marks or without them ("Klaipėda", "Klaipeda";
    # "Liepāja", "Liepaja"; "Šiauliai", "Siauliai"): both
    forms: dict[str, dict[str, list[str]]] = {"en": {"nom": list(dict.fromkeys([en, _without_marks(en)]))}}
    if lv:
        forms["lv"] = latvian_plural_forms(lv) if key in _LATVIAN_PLURALS else latvian_forms(lv)
    if lt:
        forms["lt"] = lithuanian_forms(lt)
    for lang, table in _CYRILLIC_CITIES.get(key, {}).items():
        if "-" in lang:  # an older name ("Днепропетровск") or spelling ("Менск") still written: more forms
            for case, texts in cyrillic_forms(table).items():
                # taraškievica's genitive is its locative ("зь Менску", "у Менску"): read as the locative,
                # the commoner, whose preposition ("зь", "у") then tells where from or where
                texts = [text for text in texts if case != "gen" or text != table[2]]
                forms.setdefault(lang.split("-")[0], {}).setdefault(case, []).extend(texts)
            continue
        forms.setdefault(lang, {})
        for case, texts in cyrillic_forms(table).items():
            forms[lang].setdefault(case, [])[:0] = texts  # the current name first, before an older one
    for lang, extra in _CITY_EXTRA.get(key, {}).items():
        for case, texts in extra.items():
            forms.setdefault(lang, {}).setdefault(case, []).extend(texts)
    return forms


def _case_by_ending(text: str, lang: str) -> str:
    """The case a store alias is in, guessed from its ending (store aliases carry no case)."""
    low = text.lower()
    if lang == "lv":
        return "loc" if low.endswith(("ā", "ē", "ī", "ū")) else "gen" if low.endswith(("as", "es")) else "any"
    if lang == "lt":
        return "loc" if low.endswith(("oje", "ėje", "yje", "uje", "e")) else "gen" if low.endswith(
            ("os", "ės", "o", "io", "aus")) else "any"
    return "any"


class Places:
    """Every known form of every known place, per language, found in a text longest first."""

    def __init__(self, entries: Iterable[tuple[Place, dict[str, dict[str, list[str]]]]]) -> None:
        self._forms: dict[str, dict[str, tuple[Place, str]]] = {lang: {} for lang in ("lv", "lt", "en",
                                                                                        *CYRILLIC_LANGS)}
        self._places: dict[str, Place] = {}
        for place, forms in entries:
            self._places.setdefault(place.id, place)
            known = self._places[place.id]
            for lang, by_case in forms.items():
                if lang not in self._forms:
                    continue
                for case, texts in by_case.items():
                    for text in texts:
                        self._forms[lang].setdefault(text, (known, case))
        self._index: dict[str, dict[str, list[str]]] = {}
        self._by_fold: dict[str, dict[str, tuple[Place, str]]] = {}
        self._recent: dict[tuple[str, str], tuple[Mention, ...]] = {}

    @classmethod
    def builtin(cls) -> Places:
        entries = []
        for line in _COUNTRIES.strip().splitlines():
            code, en, lv, lt, adjective = line.split("|")
            place = Place("country", code, (("en", en), ("lv", lv), ("lt", lt)))
            entries.append((place, _country_forms(code, en, lv, lt, adjective)))
        for line in _CITIES.strip().splitlines():
            key, country, en, lv, lt = line.split("|")
            # the names a new city record gets: each language the lexicon is sure of, its Cyrillic ones too
            names = [(lang, text) for lang, text in (("en", en), ("lv", lv), ("lt", lt)) if text]
            names += [(lang, table[0]) for lang, table in _CYRILLIC_CITIES.get(key, {}).items() if "-" not in lang]
            place = Place("city", key, tuple(names), country)
            entries.append((place, _city_forms(key, en, lv, lt)))
        return cls(entries)

    def with_store(self, store: Store) -> Places:
        """These places and the store's countries and cities, under the store's ids: a city of the lexicon that
        the store holds under another id (the same name in the same country) is the store's city."""
        stored = self._stored(store)
        entries: list[tuple[Place, dict[str, dict[str, list[str]]]]] = [
            (stored.get(p.id, p), {}) for p in self._places.values()]
        for lang, forms in self._forms.items():
            for text, (place, case) in forms.items():
                entries.append((stored.get(place.id, place), {lang: {case: [text]}}))
        for record in store.all(m.Country) + store.all(m.City):
            kind = "country" if isinstance(record, m.Country) else "city"
            key = record.code if isinstance(record, m.Country) else record.id.partition(":")[2]
            country = None
            if isinstance(record, m.City) and record.country:
                country = record.country.partition(":")[2].upper()
            names = tuple((lang, form.text) for lang, form in record.name.forms.items() if lang in ("lv", "lt", "en"))
            place = Place(kind, key, names, country)
            forms: dict[str, dict[str, list[str]]] = {}
            for lang, nominative in names:
                forms.setdefault(lang, {}).setdefault("nom", []).append(nominative)
            for alias in record.aliases:
                for lang in ("lv", "lt", "en"):
                    forms.setdefault(lang, {}).setdefault(_case_by_ending(alias, lang), []).append(alias)
            entries.append((place, forms))
        return Places(entries)

    def _stored(self, store: Store) -> dict[str, Place]:
        """{a lexicon city's id: the store's city of the same name and country, held under another id}."""
        by_name: dict[tuple[str | None, str], Place] = {}
        for place in self._places.values():
            if place.kind == "city":
                for _lang, text in place.names:
                    by_name.setdefault((place.country, fold(text)), place)
        out: dict[str, Place] = {}
        for record in store.all(m.City):
            country = record.country.partition(":")[2].upper() if record.country else None
            names = tuple((lang, form.text) for lang, form in record.name.forms.items() if lang in ("lv", "lt", "en"))
            for _lang, text in names:
                known = by_name.get((country, fold(text)))
                if known is not None and known.id != record.id:
                    out.setdefault(known.id, Place("city", record.id.partition(":")[2], names, country))
        return out

    def get(self, place_id: str) -> Place | None:
        return self._places.get(place_id)

    def forms_of(self, place_id: str) -> list[str]:
        """Every form of the place in every language (what a page may write for it)."""
        return [text for forms in self._forms.values() for text, (place, _case) in forms.items()
                if place.id == place_id]

    def country(self, code: str) -> Place | None:
        return self._places.get(f"country:{code.lower()}")

    def _by_first_word(self, lang: str) -> dict[str, list[str]]:
        """The forms of `lang` under their first word, longest first (a dict lookup per word of a text
        instead of one regex of a thousand alternatives: a 5 MB page would take seconds per stage)."""
        if lang not in self._index:
            index: dict[str, list[str]] = {}
            for form in self._forms[lang]:
                first = _WORD.match(form)
                if first is not None:
                    index.setdefault(first.group(0), []).append(form)
            for forms in index.values():
                forms.sort(key=len, reverse=True)
            self._index[lang] = index
        return self._index[lang]

    def find(self, text: str, lang: str, *, kind: str | None = None) -> list[Mention]:
        """Every place written in `text` in language `lang`, in order, longest form first."""
        key = (text, lang)
        every = self._recent.get(key)
        if every is None:
            every = self._find(text, lang)
            if len(self._recent) >= 64:  # several stages read one sentence: keep the last few
                self._recent.clear()
            self._recent[key] = every
        return [m for m in every if kind is None or m.place.kind == kind]

    def _find(self, text: str, lang: str) -> tuple[Mention, ...]:
        kind = None
        found = []
        index = self._by_first_word(lang)
        forms = self._forms[lang]
        after = 0
        for word in _WORD.finditer(text):
            start = word.start()
            if start < after:
                continue
            for form in index.get(word.group(0), ()):
                end = start + len(form)
                if text.startswith(form, start) and not (end < len(text) and _is_letter(text[end])):
                    place, case = forms[form]
                    if kind is None or place.kind == kind:
                        found.append(Mention(place, case, start, end, form))
                    after = end
                    break
        return tuple(found)

    def lookup(self, text: str, lang: str) -> Mention | None:
        """The place `text` is, exactly (case-insensitively, diacritics aside), or None."""
        entry = self._forms[lang].get(text)
        if entry is None:
            entry = self._folded(lang).get(fold(text))
        return Mention(entry[0], entry[1], 0, len(text), text) if entry else None

    def _folded(self, lang: str) -> dict[str, tuple[Place, str]]:
        """The forms of `lang` by their folded text, the first form of each fold winning (a dict lookup per
        word instead of folding every form of the lexicon for every word that is no place)."""
        if lang not in self._by_fold:
            folded: dict[str, tuple[Place, str]] = {}
            for form, entry in self._forms[lang].items():
                folded.setdefault(fold(form), entry)
            self._by_fold[lang] = folded
        return self._by_fold[lang]
