"""People's names: a Latvian genitive back to its nominative, and names tidied as the store keeps them.

    nominative_lv("Krišjāņa Kariņa")          # Nominative('Krišjānis Kariņš', certain=True)
    nominative_lv("Danas Reiznieces-Ozolas")  # 'Dana Reizniece-Ozola'
    nominative_lv("Envara Barijeva")          # 'Envars Barijevs' (a foreign surname: 1st declension)
    nominative_lv("Kārsta Zīla")              # 'Kārsts Zīls'?  -> certain=False, doubts say why
    tidy_name("Jānis LOVNIKS")                # 'Jānis Lovniks'

The rules are those of the Latvian declensions, read backwards from the genitive:

- feminine (and the 5th declension's masculines): -as -> -a, -es -> -e (Daces Melbārdes -> Dace
  Melbārde, Gundara Daudzes -> ... Daudze);
- masculine -a after a softened consonant is the 2nd declension, whose genitive softens the
  stem: -ņa -> -nis (Jāņa -> Jānis), -ļa -> -lis (Auguļa -> Augulis), -ča -> -cis, -dža -> -dzis;
  but a consonant before -iņa makes the diminutive -iņš (Kariņa -> Kariņš), and -viča is the
  Slavic -vičs (Rinkēviča -> Rinkēvičs);
- -ska, -cka -> -skis, -ckis (Kozlovska -> Kozlovskis); a vowel before -ja -> -js (Makeja);
  -sa -> -ss (Borisa -> Boriss); any other consonant -> -s, since the 2nd declension would have
  softened it (Dūklava -> Dūklavs, Ašeradena -> Ašeradens);
- names ending in -o, -i, -u, -e are not declined (Kravčenko).

What the rules cannot settle they say: -ra is Edgars or Māris, -da Raimonds or Uldis, -ta
Gints or Guntis, -ša Krišs, Rudzītis or Lāsis. A known given name settles it (`given_names`,
plus the names already in the store); a foreign surname (-ovs, -evs, -ins, -enko, -čuks...) makes
a foreign given name 1st declension, as Latvian adapts foreign names. Anything else is a
guess: `certain=False`, with the doubt spelled out, for the importer's review.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from data.importer.given_names import CYRILLIC_FEMALE, FEMALE, MALE, SLAVIC_FEMALE, SLAVIC_MALE

_VOWELS = frozenset("aāeēiīoōuūyAĀEĒIĪOŌUŪY")
_SOFT = {"ņ": "n", "ļ": "l", "č": "c"}
_CLUSTERS = {"šņ": "sn", "žņ": "zn", "ļņ": "ln", "šļ": "sl", "žļ": "zl", "ļļ": "ll", "ņņ": "nn"}
_LABIAL_J = ("bj", "pj", "mj", "vj", "fj")
_FOREIGN_SURNAME = re.compile(
    r"(?:ov|ev|ēv|jev|in|īn|yn|ič|vič|sk|ck|uk|čuk|jak|ak|enk|ienk|ovsk|evsk|kij|skij|ko|ka|šin|čin)$", re.I)
_INITIAL = re.compile(r"^[A-ZĀ-ŽА-ЯЁ][a-zā-ž]?\.$")


@dataclass(frozen=True, slots=True)
class Nominative:
    """A name in the nominative, with how sure the rules are and why not."""

    written: str
    text: str
    certain: bool = True
    doubts: tuple[str, ...] = ()
    slips: tuple[str, ...] = ()
    female: bool | None = None


@dataclass(frozen=True)
class KnownNames:
    """Given names and surnames known in the nominative: they settle what the rules cannot."""

    male: frozenset[str] = MALE
    female: frozenset[str] = FEMALE
    other: frozenset[str] = field(default_factory=frozenset)

    def with_names(self, names: Iterable[str]) -> KnownNames:
        """These known too (full names in the nominative, as the store has them)."""
        words = {word for name in names for word in re.split(r"[\s]+", name) if word and not _INITIAL.match(word)}
        return KnownNames(self.male, self.female, self.other | frozenset(words))

    def knows(self, word: str, *, female: bool | None = None) -> bool:
        if word in self.other:
            return True
        if female is True:
            return word in self.female
        if female is False:
            return word in self.male
        return word in self.male or word in self.female

    def is_foreign(self, word: str) -> bool:
        return word in SLAVIC_MALE or word in SLAVIC_FEMALE


BUILTIN = KnownNames()


def tidy_name(written: str) -> str:
    """A name as the store keeps it: capitals only at word starts, a space after an initial.

    'Jānis LOVNIKS' -> 'Jānis Lovniks', 'A.Danėnas' -> 'A. Danėnas', 'REIZNIECE-OZOLA' -> 'Reizniece-Ozola'.
    """
    words = []
    for word in split_initials(written):
        if len(word) > 1 and word.isupper() and not _INITIAL.match(word):
            word = "-".join(part[:1] + part[1:].lower() for part in word.split("-"))
        words.append(word)
    return " ".join(words)


def split_initials(written: str) -> list[str]:
    """The words of a name, an initial glued to the surname split off: 'A.Ravkova' -> ['A.', 'Ravkova']."""
    words: list[str] = []
    for word in written.split():
        match = re.match(r"^([A-ZĀ-ŽА-ЯЁ]\.)(\S+)$", word)
        if match and not match.group(2).startswith("."):
            words += [match.group(1), match.group(2)]
        else:
            words.append(word)
    return words


def is_initial(word: str) -> bool:
    return bool(_INITIAL.match(word))


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    candidates: tuple[str, ...]
    certain: bool
    doubt: str = ""
    slip: str = ""


def nominative_lv(written: str, known: KnownNames = BUILTIN) -> Nominative:
    """The nominative of a Latvian genitive name ('Ulda Auguļa' -> 'Uldis Augulis'); see the module doc."""
    words = split_initials(" ".join(written.split()))
    if not words:
        return Nominative(written, written, certain=False, doubts=("no name",))
    words = [tidy_name(w) if w.isupper() and len(w) > 2 else w for w in words]
    surname_index = len(words) - 1
    given = [w for w in words[:surname_index] if not is_initial(w)]
    female = _gender(words[surname_index], given)
    foreign = bool(_FOREIGN_SURNAME.search(_masculine_stem(words[surname_index]) or "")) or any(
        known.is_foreign(_candidates_for(w, "given", female, False, known).text) for w in given)
    out: list[str] = []
    doubts: list[str] = []
    slips: list[str] = []
    for index, word in enumerate(words):
        if is_initial(word):
            out.append(word)
            continue
        role = "surname" if index == surname_index else "given"
        parts = word.split("-")
        declined = []
        for part in parts:
            result = _candidates_for(part, role, female, foreign, known)
            declined.append(result.text)
            if not result.certain:
                doubts.append(result.doubt)
            if result.slip:
                slips.append(result.slip)
        out.append("-".join(declined))
    if female is None and any(w.endswith(("a", "ā")) for w in words[-1:]) and given:
        doubts.append(f"{written!r}: the given name and the surname disagree in gender")
    return Nominative(written, " ".join(out), certain=not doubts, doubts=tuple(doubts), slips=tuple(slips),
                      female=female)


def _gender(surname: str, given: list[str]) -> bool | None:
    """True for a woman's genitive (-as, -es on every word), False for a man's (-a), None if mixed."""
    last = surname.split("-")[-1]
    words = [*given, last]
    if all(w.endswith(("as", "es")) for w in words):
        return True
    if all(not w.endswith(("as", "es")) for w in words):
        return False
    if given and all(w.endswith(("as", "es")) for w in given) and last.endswith("es"):
        return True
    if given and all(not w.endswith(("as", "es")) for w in given) and last.endswith("es"):
        return False  # a man of the 5th declension: Gundara Daudzes
    return None


def _masculine_stem(word: str) -> str | None:
    last = word.split("-")[-1]
    if last.endswith(("a", "ā")) and not last.endswith(("as", "es")):
        return last[:-1]
    return None


def _candidates_for(word: str, role: str, female: bool | None, foreign: bool, known: KnownNames) -> _Word:
    """The nominative of one genitive word (a part of a hyphenated name is a word)."""
    slip = ""
    if word.endswith("ā") and not word.endswith("ās"):
        slip = f"{word!r} is read as the genitive {word[:-1] + 'a'!r} (a long ā where -a belongs)"
        word = word[:-1] + "a"
    if word.endswith("as") and len(word) > 3:
        return _Word(word[:-2] + "a", (word[:-2] + "a",), True, slip=slip)
    if word.endswith("es") and len(word) > 3:
        return _Word(word[:-2] + "e", (word[:-2] + "e",), True, slip=slip)
    if not word.endswith("a") or len(word) < 3:
        return _Word(word, (word,), True, slip=slip)  # not declined: Kravčenko, Lukašenko, Rossi
    options = _masculine_options(word[:-1], role, foreign)
    if len(options) == 1:
        return _Word(options[0], options, True, slip=slip)
    settled = [o for o in options if known.knows(o, female=False)]
    if len(settled) == 1:
        return _Word(settled[0], options, True, slip=slip)
    if foreign and role == "given":
        # Latvian gives foreign masculine names the 1st declension: Envara -> Envars.
        return _Word(options[0], options, True, slip=slip)
    shown = " or ".join(options)
    return _Word(options[0], options, False, doubt=f"{word!r} may be {shown}", slip=slip)


def _masculine_options(stem: str, role: str, foreign: bool) -> tuple[str, ...]:
    """Nominatives whose genitive is `stem` + 'a', most likely first."""
    lower = stem.lower()
    if len(stem) < 2:
        return (stem + "s",)
    for cluster, plain in _CLUSTERS.items():
        if lower.endswith(cluster):
            return (stem[:-2] + plain + "is",)
    if lower.endswith("iņ") and len(stem) > 2 and stem[-3] not in _VOWELS:
        return (stem + "š",)  # the diminutive -iņš: Kariņš, Kalniņš, Riekstiņš
    if lower.endswith("ņ") or lower.endswith("ļ"):
        return (stem[:-1] + _SOFT[lower[-1]] + "is",)  # Jānis, Augulis, Bergmanis; Rainis
    if lower.endswith("dž"):
        return (stem[:-2] + "dzis",)
    if lower.endswith("č"):
        if lower.endswith(("vič", "ič")) or foreign:
            return (stem + "s",)  # Rinkēvičs, Pildegovičs, Šuņevičs
        return (stem[:-1] + "cis", stem + "s")
    if lower.endswith("īš"):
        return (stem[:-1] + "tis",)  # the diminutive -ītis: Rudzītis
    if lower.endswith("š"):
        return (stem + "s",) if foreign else (stem[:-1] + "tis", stem[:-1] + "sis", stem + "s")
    if lower.endswith("ž"):
        return (stem + "s",) if foreign else (stem[:-1] + "dis", stem[:-1] + "zis", stem + "s")
    if lower.endswith(_LABIAL_J):
        return (stem[:-1] + "is",)  # Dāvja -> Dāvis
    if lower.endswith("j"):
        return (stem + "s",)  # Makejs, Andrejs, Jurijs
    if lower.endswith(("sk", "ck")):
        return (stem + "is",)  # Kozlovskis, Kučinskis, Sidorskis
    if lower.endswith("s"):
        return (stem + "s",)  # Boriss, Matīss
    if stem[-1] in _VOWELS:
        return (stem + "s",)
    if role == "given" and lower[-1] in "rtd":
        # 1st declension (Edgars, Raimonds) or an unsoftened 2nd (Māris, Uldis, Guntis).
        return (stem + "s", stem + "is")
    return (stem + "s",)


def nominative(written: str, lang: str, *, genitive: bool, known: KnownNames = BUILTIN) -> Nominative:
    """The name as the store keeps it: tidied, and from the genitive when `genitive` (Latvian only)."""
    if genitive and lang == "lv":
        result = nominative_lv(written, known)
        return Nominative(written, tidy_name(result.text), result.certain, result.doubts, result.slips, result.female)
    return Nominative(written, tidy_name(written))


# --- declined forms back to a nominative: always a guess -------------------------------------------
# (ending of a declined word, what the nominative ends in), longest ending first, per language.
_GUESS_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "lv": (("iem", "i"), ("am", "s"), ("im", "is"), ("um", "us"), ("ai", "a"), ("ei", "e"), ("ņu", "ņš"),
           ("u", "s"), ("i", "is"), ("as", "a"), ("es", "e")),
    "lt": (("iumi", "ius"), ("iaus", "ius"), ("iui", "ius"), ("ių", "ius"), ("ienę", "ienė"), ("ienės", "ienė"),
           ("ienei", "ienė"), ("iene", "ienė"), ("umi", "us"), ("aus", "us"), ("ą", "as"), ("į", "is"),
           ("ų", "us"), ("ę", "ė"), ("ės", "ė"), ("io", "is"), ("ui", "as"), ("u", "as"), ("o", "as"),
           ("os", "a"), ("ai", "a")),
    # "Павенка" -> "Павенко" (a surname in -енко declines in Ukrainian), "Ігоря" -> "Ігор", "Василя" -> "Василь"
    "cyr": (("енком", "енко"), ("енка", "енко"), ("енку", "енко"), ("ія", "ій"), ("ього", "ій"), ("ого", "ий"),
            ("ому", "ий"), ("ем", ""), ("ом", ""), ("ым", ""), ("ім", ""), ("ою", "а"), ("ай", "а"), ("ой", "а"),
            ("ей", "я"), ("у", "а"), ("ю", "я"), ("ря", "р"), ("ля", "ль"), ("а", ""), ("я", "й")),
}
GUESSED = "is declined; the nominative is a guess from its endings"
_UNDECLINED = re.compile(r"(?:ко|о|е|и|і|ы|э|енко|ук|юк)$", re.I)


# A woman's surname in the nominative: Slavic -ова/-ева/-іна/-ська, or Lithuanian -ienė/-ytė/-aitė as Cyrillic
# writes them (-ене, -єне, -іте, -айте, -уте, -ите)
_FEMININE_NOMINATIVE_SURNAME = re.compile(r"(?:ова|ева|єва|ёва|іна|ина|ына|ська|цька|ская|цкая|ене|єне|іте|ите|"
                                          r"айте|уте|юте)$", re.I)
_LITHUANIAN_WOMANS_SURNAME = re.compile(r"(?:ене|єне|іте|ите|айте|уте|юте)$", re.I)  # never a man's
# A masculine given name in the nominative: a consonant or -й at the end, none of the instrumental's
# endings (-ом, -ем, -ём, -ым, -им, -ам, -ям: "Петром"; "Максим", "Артем" are left to the endings' rules)
_MASCULINE_NOMINATIVE = re.compile(r"^[А-ЯЁІЇЄҐЎ][а-яёіїєґўʼ’']*(?<!о)(?<!е)(?<!ё)(?<!ы)(?<!и)(?<!а)(?<!я)"
                                   r"(?:[бвгджзклмнпрстфхцчшщ]|[иыоіеє]й)$")


# Men's given names whose nominative ends in a vowel, as Ukrainian and Belarusian write them: "Петро Бешта"
# is a man named in the nominative (his genitive is "Петра Бешти"), not "Петро Бешт"
_MASCULINE_VOWEL_NOMINATIVE = frozenset("""
Петро Павло Дмитро Михайло Данило Гаврило Левко Пятро Микола Мікола Ілля Ілья Сава Кузьма Фома Лука Никита Мікіта
""".split())


# A man's name in the dative in uk, ru, be: "послу Латвии Эйнару Семанису", "послові Андрію Петренкові". A woman's
# dative never ends in -у or -ю (her accusative does, but a name beside a title in the dative is in the dative).
_CYRILLIC_DATIVE = (("енкові", "енко"), ("енку", "енко"), ("ові", ""), ("еві", ""), ("єві", ""), ("ому", "ий"),
                    ("ему", "ий"))  # a surname in -енко declines in Ukrainian: "Петренкові", "Петренку"


def _dative_word(word: str) -> str:
    low = word.lower()
    for ending, nominative_ending in _CYRILLIC_DATIVE:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            return word[:len(word) - len(ending)] + nominative_ending
    if low.endswith("ю") and len(low) > 2:  # "Андрею" -> "Андрей", "Игорю" -> "Игорь"
        return word[:-1] + ("й" if low[-2] in "аеёиоуыэюяіїєў" else "ь")
    if low.endswith("у") and len(low) > 2:  # "Эйнару" -> "Эйнар", "Семанису" -> "Семанис"
        return word[:-1]
    return word


# A woman's office in Latvian or Lithuanian, in any case ("premjerministra vietniecei", "vēstniece", "ambasadorę",
# "ministrės"): the name beside it is a woman's, whatever case the page put it in
_FEMININE_OFFICE = {
    "lv": re.compile(r"(?<![\w])(?:vēstniec|vietniec|ministr(?=e|ei|es)|prezident(?=e|ei|es)|premjerministr(?=e|ei|es)|"
                     r"lietved(?=e|ei|es)|konsul(?=e|ei|es)|sekretār(?=e|ei|es))\w*\s*$", re.I),
    "lt": re.compile(r"(?<![\w])(?:ambasador(?=ė|ę|ės|ei)|ministr(?=ė|ę|ės|ei)|prezident(?=ė|ę|ės|ei)|"
                     r"pirminink(?=ė|ę|ės|ei)|viceministr(?=ė|ę|ės|ei)|patikėtin(?=ė|ę|ės|ei)|konsul(?=ė|ę|ės|ei))\w*\s*$",
                     re.I),
}
# A woman's name in a case back to her nominative: lv -a/-e nouns (acc -u/-i, dat -ai/-ei, gen -as/-es, loc -ā/-ē),
# lt -a/-ė nouns (acc -ą/-ę, dat -ai/-ei, gen -os/-ės)
_FEMININE_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "lv": (("ai", "a"), ("ei", "e"), ("as", "a"), ("es", "e"), ("u", "a"), ("i", "e"), ("ā", "a"), ("ē", "e")),
    "lt": (("ienę", "ienė"), ("ienei", "ienė"), ("ienės", "ienė"), ("os", "a"), ("ės", "ė"), ("ai", "a"), ("ei", "ė"),
           ("ą", "a"), ("ę", "ė")),
}
_FEMININE_NOMINATIVE = {"lv": ("a", "e"), "lt": ("a", "ė")}


def is_feminine_office(office: str, lang: str) -> bool:
    """Whether `office` (the words right before a name) ends in a woman's title in Latvian or Lithuanian."""
    pattern = _FEMININE_OFFICE.get(lang)
    return pattern is not None and pattern.search(office) is not None


def _feminine_guess(written: str, lang: str) -> Nominative:
    """A woman's name undone from its case ("Ivannu Klimpušu-Cincadzi" -> "Ivanna Klimpuša-Cincadze"?), or, when
    a word has no woman's ending to undo, the name as written: never a man's nominative. Always for review."""
    def undone(part: str) -> str | None:
        low = part.lower()
        if low.endswith(_FEMININE_NOMINATIVE[lang]) and not any(
                low.endswith(e) for e, _ in _FEMININE_ENDINGS[lang] if len(e) > 1):
            return part  # "Ivanna": already her nominative
        rule = next(((e, n) for e, n in _FEMININE_ENDINGS[lang] if low.endswith(e) and len(low) > len(e) + 1), None)
        return None if rule is None else part[:len(part) - len(rule[0])] + rule[1]

    words = split_initials(written)
    guessed = _each_part(words, undone)
    if guessed is None:
        return Nominative(written, tidy_name(written), certain=False, female=True,
                          doubts=(f"{written!r} is a woman's name in a case whose nominative is not guessed",))
    if guessed == " ".join(words):
        return Nominative(written, tidy_name(written), female=True)  # "Ivanna Klimpuša-Cincadze": her nominative
    return Nominative(written, tidy_name(guessed), certain=False, female=True,
                      doubts=(f"{written!r} is a woman's name, declined; the nominative is a guess from its endings",))


def _each_part(words: list[str], undone: Callable[[str], str | None]) -> str | None:
    """The name `words` with each part of each word (a hyphenated surname's parts apart, initials kept) as
    `undone` gives it; None as soon as `undone` gives up on a part."""
    out = []
    for word in words:
        if is_initial(word):
            out.append(word)
            continue
        parts = []
        for part in word.split("-"):
            new = undone(part)
            if new is None:
                return None
            parts.append(new)
        out.append("-".join(parts))
    return " ".join(out)


def guess_nominative(written: str, lang: str, *, case: str | None = None, female: bool = False) -> Nominative:
    """A declined name's likely nominative, never certain ('Einaru Semani' -> 'Einars Semanis'?).

    The ending of each word is undone by the commonest rule of the language; the result is a
    guess for the review, with the form as written kept as an alias. `case` "dat" says the name is
    in the dative (a Cyrillic title beside it is): only a man's dative endings are undone, since a
    woman's (-е, -і) cannot be told from other words' endings. `female` says a woman's office stands beside
    the name (`is_feminine_office`): in Latvian and Lithuanian only a woman's endings are undone, or the
    name is kept as written.
    """
    family = "cyr" if lang in ("uk", "ru", "be") else lang
    if female and family in _FEMININE_ENDINGS:
        return _feminine_guess(written, family)
    if family == "cyr" and case == "dat":
        words = [w if is_initial(w) else "-".join(_dative_word(p) for p in w.split("-"))
                 for w in split_initials(written)]
        if all(w[-1:].lower() in "ую" or w.lower().endswith(("ові", "еві", "єві")) or is_initial(w)
               for w in split_initials(written)):
            return Nominative(written, tidy_name(" ".join(words)), certain=False,
                              doubts=(f"{written!r} is in the dative; the nominative is a guess from its endings",))
        return Nominative(written, tidy_name(written), certain=False,
                          doubts=(f"{written!r} is in the dative; its nominative is not guessed",))
    rules = _GUESS_ENDINGS.get(family)
    doubt = f"{written!r} {GUESSED}"
    if rules is None:
        return Nominative(written, tidy_name(written), certain=False, doubts=(doubt,))
    parts_of = split_initials(written)
    if family == "cyr" and len(parts_of) > 1 and (_MASCULINE_NOMINATIVE.search(parts_of[0])
                                                  or parts_of[0] in _MASCULINE_VOWEL_NOMINATIVE):
        # "Петр Бешта", "Анатолий Шевченко": a masculine given name in the nominative says the surname beside
        # it is one too, whatever its ending; still a guess (the case is read from one word)
        return Nominative(written, tidy_name(written), certain=False, doubts=(doubt,))
    if family == "cyr" and len(parts_of) == 2 and parts_of[0] in CYRILLIC_FEMALE and re.search(r"[ая]$", parts_of[0]) \
            and all(_LITHUANIAN_WOMANS_SURNAME.search(part) for part in parts_of[1].split("-")):
        # "Інга Ругінене": a Lithuanian woman's surname never declines in Slavic languages, and her given name
        # in -а/-я is in the nominative (her other cases end in -и, -і, -у, -ю, -ою): the page writes the nominative
        return Nominative(written, tidy_name(written), female=True)
    if family == "cyr" and len(parts_of) > 1 and re.search(r"[ая]$", parts_of[0]) \
            and (parts_of[0] in CYRILLIC_FEMALE or _LITHUANIAN_WOMANS_SURNAME.search(parts_of[-1])) \
            and _FEMININE_NOMINATIVE_SURNAME.search(parts_of[-1]):
        # "Наталія Антонова", "Інга Станіте-Толочкене": a woman's name in the nominative (her genitive would be
        # "Наталії Антонової"), not a man's in the genitive; still a guess
        return Nominative(written, tidy_name(written), certain=False, doubts=(doubt,))
    def undone(part: str) -> str:
        low = part.lower()
        if family == "cyr" and _UNDECLINED.search(low) and not low.endswith(("а", "я", "у", "ю", "ого", "ього")):
            return part
        for ending, nominative_ending in rules:
            if low.endswith(ending) and len(low) > len(ending) + 1:
                return part[:len(part) - len(ending)] + nominative_ending
        return part

    return Nominative(written, tidy_name(_each_part(parts_of, undone) or ""), certain=False, doubts=(doubt,))
