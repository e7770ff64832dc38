"""Given names the importer knows in the nominative, to settle what the declensions cannot.

"Māra" in "Māra Kučinska vizīte" is the genitive of Māris (2nd declension) or of a "Mārs"
(1st): only knowing that Māris is a name settles it. These are common Latvian given names and
the Belarusian, Russian and Ukrainian ones in their Latvian spelling, as public name lists
give them; the people already in the store are added to them at import time.
"""

from __future__ import annotations

LATVIAN_MALE = frozenset("""
Ābrams Ādams Ādolfs Agris Agnis Aigars Ainārs Ainis Aivars Aivis Aldis Aleksandrs Alfrēds Alvils Alvis
Andis Andrejs Andris Anrijs Ansis Antons Armands Armīns Arnis Arnolds Artis Artūrs Arvīds Arvils Atis
Augusts Austris Dainis Dāvids Dāvis Didzis Dzintars Edgars Edijs Edmunds Eduards Edvīns Egils Egons
Einārs Elmārs Emīls Ēriks Ervīns Ēvalds Fricis Gatis Gints Gunārs Gundars Guntars Guntis Gustavs Haralds
Harijs Helmuts Hugo Igors Ilgvars Ilmārs Imants Indulis Intars Ints Ivars Jānis Jāzeps Jēkabs Jurģis
Juris Kārlis Kaspars Klāvs Krišjānis Kristaps Kristiāns Laimonis Lauris Leonīds Linards Ludvigs Mareks
Mārcis Māris Mārtiņš Matīss Miervaldis Mihails Modris Normunds Ojārs Oļegs Oskars Pauls Pēteris Raimonds
Raitis Reinis Renārs Ričards Rihards Rinalds Roberts Rolands Romāns Rūdolfs Rūdis Sandis Sergejs Sigurds
Sigvards Staņislavs Toms Uldis Uģis Valdemārs Valdis Valentīns Valērijs Vents Viesturs Vilis Viktors Vilnis
Visvaldis Vitālijs Voldemārs Zigfrīds Zigmārs Zigurds
""".split())

LATVIAN_FEMALE = frozenset("""
Agnese Agita Aija Aina Aiva Alīda Anda Anete Anita Anna Antra Astrīda Baiba Dace Dagnija Daiga Daina Dana
Diāna Dita Dzintra Edīte Elīna Elita Elza Evija Gunta Ieva Ilga Ilona Ilze Ina Inese Inga Ingrīda Inta
Irēna Iveta Jana Jolanta Karīna Katrīna Kristīne Laila Laima Lalita Laura Lāsma Liene Līga Ligita Lilita
Linda Maija Maira Mairita Māra Marika Marta Mārīte Olga Rasma Regīna Rita Rūta Sandra Sanita Santa
Silvija Solvita Vaira Valda Vija Vineta Zane Zaiga Zanda Ženija
""".split())

SLAVIC_MALE = frozenset("""
Aleksandrs Aleksejs Anatolijs Andrejs Antons Arkādijs Artjoms Boriss Dmitrijs Fjodors Genādijs Georgijs
Grigorijs Igors Ivans Jaroslavs Jevgeņijs Jurijs Kirils Konstantīns Leonīds Maksims Mihails Nikolajs Oļegs
Pāvels Pjotrs Romāns Semjons Sergejs Staņislavs Stepans Tarass Timofejs Vadims Valentīns Valērijs Vasīlijs
Viktors Vitālijs Vjačeslavs Vladimirs Vladislavs Volodimirs Jurijs Ruslans Deniss Ēduards Anrijs
""".split())

SLAVIC_FEMALE = frozenset("""
Aleksandra Alla Aļona Anastasija Antoņina Darja Galina Irina Jekaterina Jeļena Jevgeņija Jūlija Larisa
Ludmila Marianna Marija Marina Nadežda Natālija Natalja Oksana Olga Svetlana Tatjana Valentīna Veronika
Viktorija Zoja
""".split())

MALE = LATVIAN_MALE | SLAVIC_MALE
FEMALE = LATVIAN_FEMALE | SLAVIC_FEMALE

# Women's given names as Cyrillic pages write them (ru, uk, be), in the nominative: "Наталія Антонова" is
# a woman named in the nominative, not a man in the genitive. Left out: the forms that are also a man's
# genitive ("Александра", "Олександра", "Валентина", "Евгения", "Євгенія").
CYRILLIC_FEMALE = frozenset("""
Анна Ганна Алла Алёна Альона Алена Анастасия Анастасія Анастасiя Вера Віра Галина Дарья Дарія Екатерина
Катерина Кацярына Елена Олена Алена Ирина Ірина Iрына Ірына Инга Інга Юлия Юлія Людмила Марина Мария Марія
Надежда Надія Наталья Наталия Наталія Натальля Ольга Вольга Оксана Светлана Світлана Святлана Татьяна
Тетяна Таццяна Виктория Вікторія Лариса Зоя Тамара Лилия Лілія Нина Ніна Аста Даля Дайва Ліна Лина Регина
Раса Ингрида Інгрида Вероника Вероніка Софья Софія Кристина Христина Ксения Ксенія Любовь Любов Маргарита
Раиса Раїса Жанна Эльвира Ельвіра Яна Снежана Сніжана Лина Вита Віта Ганна Ілона Илона Эгле Егле Рута
Аушра Аушрa Лайма Айсте Вайва Юрате Гедре Ивета Іветa Инесе Інесе Илзе Ілзе Даце Байба Санита Сандра
""".split())
