"""How many diplomats a sentence says were recalled or expelled: what tells two recalls of one page apart.

    staff_count("Вильнюс принял решение отозвать ... еще пятерых своих дипломатов.")   # 5
    staff_count("Lithuania recalled its ambassador for consultations.")                 # None

A page on a staff cut often tells two recalls that name nobody: "Vilnius recalled five accredited
diplomats" and then "we recalled six more diplomats", or a cut of five beside the ambassadors called
home "for consultations". The number recalled is what the page gives to tell them apart; a sentence
that counts nobody ("The ambassador left Minsk") may be any of them. Numbers from two to twelve, in
figures or in words of the six languages, in the cases a count of people takes ("пятерых", "шістьох",
"piecus", "penkis"); compared on `keys.fold_key`'s ASCII.
"""

from __future__ import annotations

import re

from data.importer.keys import fold_key

_WORDS = {
    2: "two dva dve dvukh dvoe dvoikh dvokh dvaikh divi divus divu du dvi dvieju dviem",
    3: "three tri trekh troe troikh trokh try tris trim trys triju",
    4: "four chetyre chetyrekh chetvero chetverykh chotiri chotirokh chetverokh chatyry chatyrokh chatsvyarykh "
       "cetri cetrus keturi keturis keturiu",
    5: "five pyat pyati pyatero pyaterykh pyatokh pyatyokh pyats pyatsekh pyatsera pieci piecus penki penkis penkiu",
    6: "six shest shesti shestero shesterykh shist shistokh shestyokh shests shastsekh shastsera sesi sesis sesus "
       "sesiu",
    7: "seven sem semi semero semerykh sim simokh simero syem syami syamikh septini septinus septyni septynis",
    8: "eight vosem vosmi vosmero vosmerykh visim vismokh visimokh vasem vasmi astoni astonus astuoni astuonis",
    9: "nine devyat devyati devyatero devyaterykh devyatokh dzevyats dzevyaci devini devinus devyni devynis",
    10: "ten desyat desyati desyatero desyaterykh desyatokh dzesyats dzesyaci desmit desimt desimti",
    11: "eleven odinnadtsat odinnadtsati odinadtsyat odinadtsyati adzinatstsats vienpadsmit vienuolika",
    12: "twelve dvenadtsat dvenadtsati dvanadtsyat dvanadtsyati dvanatstsats divpadsmit dvylika",
}
_NUMBER = {word: number for number, words in _WORDS.items() for word in words.split()}
# "more" between the count and the people ("five more diplomats", "еще пятерых", "vēl piecus"), before or after it
_MORE = r"(?:more|eshche|eshe|yeshche|shche|ishche|yashche|vel|dar)"
# the people counted: diplomats, employees of the mission ("шестеро співробітників", "darbinieku")
_STAFF = (r"(?:diplomat\w*|employee\w*|staff\w*|members?|officers?|sotrudnik\w*|spivrobitnik\w*|pratsivnik\w*|"
          r"supratsounik\w*|rabotnik\w*|darbinie\w*|darbuotoj\w*|dyplamat\w*)")
_NUMBERS = "|".join(sorted(_NUMBER, key=len, reverse=True))
_COUNT = re.compile(rf"\b(\d{{1,2}}|{_NUMBERS})(?: {_MORE})?(?: [a-z]+){{0,2}}? {_STAFF}\b")


def staff_count(text: str) -> int | None:
    """The number of diplomats the sentence counts (2 to 99, "five more diplomats" is 5), or None."""
    for found in _COUNT.finditer(fold_key(text)):
        word = found.group(1)
        number = int(word) if word.isdigit() else _NUMBER[word]
        if number >= 2:
            return number
    return None
