"""Interface labels in Latvian, Lithuanian and English.

Labels are resolved when rendering (`tr(key, lang)`), never at import: the language switches at
a keypress, and the App holds the one current language.
"""

from __future__ import annotations

LANGUAGES = ("lv", "lt", "en")
LANGUAGE_NAMES = {"lv": "latviešu", "lt": "lietuvių", "en": "English"}

LABELS: dict[str, tuple[str, str, str]] = {
    # key: (lv, lt, en)
    "app.title": ("Baltijas sūtņi", "Baltijos pasiuntiniai", "Baltic envoys"),
    "tab.countries": ("Valstis", "Valstybės", "Countries"),
    "tab.people": ("Personas", "Asmenys", "People"),
    "tab.envoys": ("Sūtņi", "Pasiuntiniai", "Envoys"),
    "tab.visits": ("Vizītes", "Vizitai", "Visits"),
    "tab.treaties": ("Līgumi", "Sutartys", "Treaties"),
    "key.quit": ("Iziet", "Išeiti", "Quit"),
    "key.help": ("Palīdzība", "Pagalba", "Help"),
    "key.language": ("Valoda", "Kalba", "Language"),
    "key.search": ("Meklēt", "Ieškoti", "Search"),
    "key.filter": ("Filtrs", "Filtras", "Filter"),
    "key.sort": ("Kārtot", "Rikiuoti", "Sort"),
    "key.reverse": ("Apgriezt", "Atvirkščiai", "Reverse"),
    "key.open": ("Atvērt", "Atidaryti", "Open"),
    "key.back": ("Atpakaļ", "Atgal", "Back"),
    "key.back-alt": ("Atpakaļ", "Atgal", "Back"),
    "key.back-bracket": ("Atpakaļ", "Atgal", "Back"),
    "key.forward": ("Uz priekšu", "Pirmyn", "Forward"),
    "key.asof": ("Datums", "Data", "As of"),
    "key.year_back": ("Gads −1", "Metai −1", "Year −1"),
    "key.year_forward": ("Gads +1", "Metai +1", "Year +1"),
    "key.timeline": ("Laika josla", "Laiko juosta", "Timeline"),
    "key.close": ("Aizvērt", "Uždaryti", "Close"),
    "key.tab_next": ("Nākamā cilne", "Kitas skirtukas", "Next tab"),
    "key.tab_prev": ("Iepriekšējā cilne", "Ankstesnis skirtukas", "Previous tab"),
    "key.move": ("Pārvietoties / ritināt", "Judėti / slinkti", "Move / scroll"),
    "key.follow": ("Atvērt izvēlēto saiti", "Atverti pasirinktą nuorodą", "Follow the chosen link"),
    "key.sideways": ("Pa kreisi / pa labi", "Į kairę / į dešinę", "Left / right"),
    "key.focus": ("Nākamais / iepriekšējais lauks", "Kitas / ankstesnis laukas", "Next / previous field"),
    "key.show_tab": ("Atvērt cilni", "Atverti skirtuką", "Show this tab"),
    "key.tabs": ("Cilnes", "Skirtukai", "Tabs"),
    "key.palette": ("Palete", "Paletė", "Palette"),
    "key.leave-filter": ("Atpakaļ uz tabulu", "Atgal į lentelę", "Back to the table"),
    "key.leave-asof": ("Atpakaļ uz tabulu", "Atgal į lentelę", "Back to the table"),
    "filter.placeholder": ("Filtrēt: vārds jebkurā formā, arī kirilicā…", "Filtruoti: vardas bet kokia forma…",
                           "Filter: a name in any form, even Cyrillic…"),
    "search.placeholder": ("Meklēt visur…", "Ieškoti visur…", "Search everything…"),
    "asof.placeholder": ("GGGG, GGGG-MM vai GGGG-MM-DD", "MMMM, MMMM-MM arba MMMM-MM-DD",
                         "YYYY, YYYY-MM or YYYY-MM-DD"),
    "asof.label": ("Uz datumu", "Datai", "As of"),
    "asof.none": ("neviens nav zināms", "nė vienas nežinomas", "none known"),
    "asof.possibly": ("iespējams", "galbūt", "possibly"),
    "asof.bad": ("Nederīgs datums", "Netinkama data", "Not a date"),
    "rows.count": ("{shown} no {total}", "{shown} iš {total}", "{shown} of {total}"),
    "rows.matches": ("atbilst {count}", "atitinka {count}", "{count} match"),
    "loading.wait": ("Krātuve vēl tiek lasīta: mēģiniet pēc brīža.", "Saugykla dar skaitoma: bandykite po akimirkos.",
                     "The store is still being read: try again in a moment."),
    "loading.open": ("Krātuve vēl tiek lasīta: ieraksts atvērsies, kad tā būs nolasīta.",
                     "Saugykla dar skaitoma: įrašas atsivers, kai ji bus perskaityta.",
                     "The store is still being read: the record opens when it is."),
    "rows.more": ("precizējiet filtru, lai redzētu pārējos", "patikslinkite filtrą",
                  "refine the filter to see the rest"),
    "col.code": ("Kods", "Kodas", "Code"),
    "col.name": ("Nosaukums", "Pavadinimas", "Name"),
    # A person's name, never "Nosaukums" / "Pavadinimas" (the name of a thing). Checked: a Latvian
    # name is the given name (vārds) followed by the family name (uzvārds) (en.wikipedia.org/wiki/
    # Latvian_name; Cabinet Regulation No. 114 on personal names, likumi.lv/ta/en/en/id/85209); in
    # Lithuanian vardas (given name) and pavardė (family name). The column holds both.
    "col.person_name": ("Vārds, uzvārds", "Vardas, pavardė", "Name"),
    "col.person": ("Persona", "Asmuo", "Person"),
    "col.role": ("Amats", "Pareigos", "Role"),
    "col.post": ("No → uz", "Iš → į", "From → to"),
    "col.start": ("No", "Nuo", "From"),
    "col.end": ("Līdz", "Iki", "Until"),
    "col.term": ("Termiņš", "Kadencija", "Term"),
    "col.date": ("Datums", "Data", "Date"),
    "col.kind": ("Veids", "Rūšis", "Kind"),
    "col.city": ("Pilsēta", "Miestas", "City"),
    "col.who": ("Kas / kas notika", "Kas / kas vyko", "Who / what"),
    "col.title": ("Nosaukums", "Pavadinimas", "Title"),
    "col.parties": ("Puses", "Šalys", "Parties"),
    "col.holder": ("Amatā", "Pareigose", "Holder"),
    # "Drošums" is safety; certainty is "noteiktība" (as in "tiesiskā noteiktība", legal certainty, the
    # EU's Latvian; checked on atbilsmes.blogspot.com and the LV translation handbook).
    "col.certainty": ("Noteiktība", "Tikrumas", "Certainty"),
    "col.missions": ("Pārstāvniecības", "Atstovybės", "Missions"),
    "col.aliases": ("Citas formas", "Kitos formos", "Other forms"),
    "col.postings": ("Amati", "Paskyrimai", "Postings"),  # lt: appointments ("postai" is colloquial)
    "col.visits": ("Vizītes", "Vizitai", "Visits"),
    "details.related": ("Saistītie ieraksti", "Susiję įrašai", "Related records"),
    "details.sources": ("Avoti", "Šaltiniai", "Sources"),
    "details.issues": ("Avotu kļūdas un pretrunas", "Šaltinių klaidos ir prieštaravimai",
                       "Typos and contradictions in the sources"),
    "details.notes": ("Piezīmes", "Pastabos", "Notes"),
    "details.more": ("un vēl {count}: tos rāda cilnes filtrs", "ir dar {count}: juos rodo skirtuko filtras",
                     "and {count} more: the tab's filter shows them"),
    "details.untranslated": ("angliski, vēl nav tulkots", "angliškai, dar neišversta", "not translated"),
    "details.not_attested": ("nav apliecināts", "nepatvirtinta", "not attested"),
    "help.title": ("Taustiņi", "Klavišai", "Keys"),
    "search.answer": ("Atbilde", "Atsakymas", "Answer"),
    "search.none": ("Nekas nav atrasts", "Nieko nerasta", "Nothing found"),
    "timeline.title": ("Amata termiņi", "Kadencijos", "Terms of office"),
    "timeline.ambassador": ("vēstnieks", "ambasadorius", "ambassador"),
    "timeline.charge": ("pagaidu pilnvarotais lietvedis", "laikinasis reikalų patikėtinis", "chargé d'affaires"),
    "timeline.other": ("cits", "kita", "other"),
    "timeline.role.defence-attache": ("atašejs", "atašė", "attaché"),
    "timeline.role.honorary-consul": ("goda konsuls", "garbės konsulas", "hon. consul"),
    "timeline.cursor": ("datums", "data", "as of"),
    "key.copy": ("Kopēt", "Kopijuoti", "Copy"),
    "key.copy_id": ("Kopēt ID", "Kopijuoti ID", "Copy id"),
    "key.export": ("Eksportēt", "Eksportuoti", "Export"),
    "copy.citation": ("Atsauce nokopēta.", "Nuoroda nukopijuota.", "Citation copied."),
    "copy.id": ("ID nokopēts.", "ID nukopijuotas.", "Id copied."),
    "copy.osc52": ("(OSC 52: daži termināļi to neatbalsta.)", "(OSC 52: kai kurie terminalai jo nepalaiko.)",
                   "(OSC 52: some terminals do not support it.)"),
    "export.title": ("Eksportēt tabulu (ar filtru un kārtojumu)", "Eksportuoti lentelę (su filtru ir rikiavimu)",
                     "Export the table (filter and sort applied)"),
    "export.format": ("Formāts", "Formatas", "Format"),
    "export.csv": ("CSV", "CSV", "CSV"),
    "export.json": ("JSON", "JSON", "JSON"),
    "export.md": ("Markdown", "Markdown", "Markdown"),
    "export.hint": ("Enter: saglabāt · Escape: atcelt", "Enter: išsaugoti · Escape: atšaukti",
                    "Enter: save · Escape: cancel"),
    "export.done": ("Eksportētas {count} rindas: {path}", "Eksportuota eilučių: {count}: {path}",
                    "Exported {count} rows: {path}"),
    "export.failed": ("Neizdevās eksportēt", "Nepavyko eksportuoti", "Export failed"),
    "cmd.theme": ("Tēma", "Tema", "Theme"),
    "cmd.theme.help": ("Mainīt krāsu tēmu (to atceras)", "Keisti spalvų temą (ji įsimenama)",
                       "Change the colour theme (remembered)"),
    "cmd.quit": ("Iziet", "Išeiti", "Quit"),
    "cmd.quit.help": ("Aizvērt lietotni", "Uždaryti programą", "Quit the application"),
    "cmd.keys": ("Taustiņi", "Klavišai", "Keys"),
    "cmd.keys.help": ("Visi šī ekrāna taustiņi", "Visi šio ekrano klavišai", "Every key of this screen"),
    "cmd.keys.hide": ("Paslēpt taustiņu paneli", "Paslėpti klavišų skydelį", "Hide the keys panel"),
    "cmd.screenshot": ("Ekrānuzņēmums", "Ekrano nuotrauka", "Screenshot"),
    "cmd.screenshot.help": ("Saglabāt ekrānu kā SVG lejupielāžu mapē", "Išsaugoti ekraną kaip SVG atsisiuntimų aplanke",
                            "Save the screen as an SVG in the downloads folder"),
    "cmd.screenshot.done": ("Ekrānuzņēmums saglabāts: {path}", "Ekrano nuotrauka išsaugota: {path}",
                            "Screenshot saved: {path}"),
    "quit.hint": ("Lai izietu, spiediet {keys}", "Norėdami išeiti, spauskite {keys}", "Press {keys} to quit"),
    "lang.switched": ("Valoda: latviešu", "Kalba: lietuvių", "Language: English"),
}

# Values of record fields, translated for display.
VALUES: dict[str, tuple[str, str, str]] = {
    "ambassador": ("vēstnieks", "ambasadorius", "ambassador"),
    "head-of-mission": ("misijas vadītājs", "misijos vadovas", "head of mission"),
    "charge-daffaires": ("pagaidu pilnvarotais lietvedis", "laikinasis reikalų patikėtinis", "chargé d'affaires a.i."),
    "honorary-consul": ("goda konsuls", "garbės konsulas", "honorary consul"),
    "defence-attache": ("aizsardzības atašejs", "gynybos atašė", "defence attaché"),
    "embassy": ("vēstniecība", "ambasada", "embassy"),
    "consulate": ("konsulāts", "konsulatas", "consulate"),
    "consulate-general": ("ģenerālkonsulāts", "generalinis konsulatas", "consulate general"),
    "honorary-consulate": ("goda konsulāts", "garbės konsulatas", "honorary consulate"),
    "visit": ("vizīte", "vizitas", "visit"),
    "working-visit": ("darba vizīte", "darbo vizitas", "working visit"),
    "meeting": ("tikšanās", "susitikimas", "meeting"),
    "event": ("pasākums", "renginys", "event"),
    "agreement": ("nolīgums", "susitarimas", "agreement"),
    "treaty": ("līgums", "sutartis", "treaty"),
    "memorandum": ("memorands", "memorandumas", "memorandum"),
    "programme": ("programma", "programa", "programme"),
    "declaration": ("deklarācija", "deklaracija", "declaration"),
    "protocol": ("protokols", "protokolas", "protocol"),
    "conclusions": ("secinājumi", "išvados", "conclusions"),
    "recognition": ("atzīšana", "pripažinimas", "recognition"),
    "diplomatic-relations": ("diplomātiskās attiecības", "diplomatiniai santykiai", "diplomatic relations"),
    "expulsion": ("izraidīšana", "išsiuntimas", "expulsion"),
    "recall": ("atsaukšana", "atšaukimas", "recall"),
    "recalled": ("atsaukts", "atšauktas", "recalled"),
    "expelled": ("izraidīts", "išsiųstas", "expelled"),
    "no": ("nē", "ne", "no"),
    "start-confirmed": ("avots apliecina amatu no šī datuma; sākums var būt agrāks",
                        "šaltinis patvirtina pareigas nuo šios datos; pradžia gali būti ankstesnė",
                        "in post by this date, per the source; it may have begun earlier"),
    "unstated": ("avots nenorāda", "šaltinis nenurodo", "not stated in the source"),
    "yes": ("jā", "taip", "yes"),
    "typo": ("drukas kļūda", "rašybos klaida", "typo"),
    "contradiction": ("pretruna", "prieštaravimas", "contradiction"),
    "ambiguity": ("neskaidrība", "dviprasmybė", "ambiguity"),
    "identity": ("identitāte", "tapatybė", "identity"),
    "possibly": ("iespējams", "galbūt", "possibly"),
    "stated": ("norādīts avotā", "nurodyta šaltinyje", "stated"),
    "successor": ("pēc pēcteča", "pagal įpėdinį", "successor's start"),
    # A start basis: the first date a source shows the envoy in office, not the day the term began.
    "confirmed": ("pirmais avotā minētais datums amatā", "pirma šaltinyje nurodyta data pareigose",
                  "first date a source shows in office"),
    "source": ("avotā", "šaltinyje", "source"),
    "derived": ("atvasināts", "išvesta", "derived"),
    "established": ("vispārpieņemts", "nusistovėjęs", "established"),
    "translated": ("tulkots", "išversta", "translated"),
    "person": ("persona", "asmuo", "person"),
    "country": ("valsts", "valstybė", "country"),
    "org": ("organizācija", "organizacija", "organisation"),
    "city": ("pilsēta", "miestas", "city"),
    "envoy": ("sūtnis", "pasiuntinys", "envoy"),
    "mission": ("pārstāvniecība", "atstovybė", "mission"),
    "source-record": ("avots", "šaltinis", "source"),
}

FIELDS: dict[str, tuple[str, str, str]] = {
    "name": ("Vārds", "Vardas", "Name"), "aliases": ("Citas formas", "Kitos formos", "Other forms"),
    "code": ("Kods", "Kodas", "Code"), "country": ("Valsts", "Valstybė", "Country"),
    "person": ("Persona", "Asmuo", "Person"), "from": ("No", "Iš", "From"), "to": ("Uz", "Į", "To"),
    "role": ("Amats", "Pareigos", "Role"), "title": ("Nosaukums", "Pavadinimas", "Title"),
    "city": ("Pilsēta", "Miestas", "City"), "start": ("Sākums", "Pradžia", "Start"),
    "end": ("Beigas", "Pabaiga", "End"), "end_basis": ("Beigu pamats", "Pabaigos pagrindas", "End from"),
    "confirmed": ("Apstiprināts līdz", "Patvirtinta iki", "Confirmed as of"),
    "kind": ("Veids", "Rūšis", "Kind"), "opened": ("Atvērta", "Atidaryta", "Opened"),
    "closed": ("Slēgta", "Uždaryta", "Closed"), "end_reason": ("Beigu iemesls", "Pabaigos priežastis", "Ended by"),
    "start_basis": ("Sākuma pamats", "Pradžios pagrindas", "Start from"),
    "countries": ("Valstis", "Valstybės", "Countries"),
    "direction": ("Virziens", "Kryptis", "Direction"), "provisions": ("Galvenie noteikumi", "Pagrindinės nuostatos",
                                                                       "Key provisions"),
    "envoy": ("Sūtnis", "Pasiuntinys", "Envoy"), "count": ("Diplomātu skaits", "Diplomatų skaičius", "Diplomats"),
    "ends_posting": ("Beidz misiju", "Baigia misiją", "Ends the posting"),
    "date": ("Datums", "Data", "Date"), "place": ("Vieta", "Vieta", "Place"),
    "people": ("Personas", "Asmenys", "People"), "occasion": ("Iemesls", "Proga", "Occasion"),
    "parties": ("Puses", "Šalys", "Parties"), "signed": ("Parakstīts", "Pasirašyta", "Signed"),
    "in_force": ("Stājas spēkā", "Įsigalioja", "In force"),
    "duration_years": ("Termiņš (gadi)", "Trukmė (metai)", "Duration (years)"),
    "languages": ("Teksta valodas", "Teksto kalbos", "Languages of the text"),
    "signatories": ("Parakstītāji", "Pasirašė", "Signatories"),
    "publisher": ("Izdevējs", "Leidėjas", "Publisher"), "lang": ("Valoda", "Kalba", "Language"),
    "url": ("Adrese", "Adresas", "URL"), "published": ("Publicēts", "Paskelbta", "Published"),
    "source": ("Avots", "Šaltinis", "Source"),
    "updated": ("Atjaunināts", "Atnaujinta", "Updated"), "file": ("Fails", "Failas", "File"),
}


def _pick(table: dict[str, tuple[str, str, str]], key: str, lang: str) -> str:
    forms = table.get(key)
    if forms is None:
        return key
    return forms[LANGUAGES.index(lang)] if lang in LANGUAGES else forms[2]


def tr(key: str, lang: str, **values: object) -> str:
    """The interface label `key` in `lang` (English where `lang` is unknown)."""
    text = _pick(LABELS, key, lang)
    return text.format(**values) if values else text


def value(key: str, lang: str) -> str:
    """A field value (a role, a kind, a basis) in `lang`; unknown values as they are."""
    return _pick(VALUES, key, lang)


def field(key: str, lang: str) -> str:
    return _pick(FIELDS, key, lang)


def next_language(lang: str) -> str:
    return LANGUAGES[(LANGUAGES.index(lang) + 1) % len(LANGUAGES)] if lang in LANGUAGES else "en"


def untranslated(note: str, lang: str) -> str:
    """A note of the store (written in English) marked as such in another language, rather than
    mixing languages silently."""
    if not note or lang == "en":
        return note
    return f"[{tr('details.untranslated', lang)}] {note}"
