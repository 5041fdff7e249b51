# Gold for blind set b81 (Cuban mission pages, Europe and Asia), compact spec:
# text + whole-word occurrence (0-based, counted over the whole page).
from common import *  # noqa: F401,F403

MINREX = ag("Ministry of Foreign Affairs", "CU", "ministry", "MINREX")
DOS = ag("Department of State", "US", "department")
PALREV = ag("Palace of the Revolution", "CU", "other")
ES = loc("Spain", "ES")
MAD = city("Madrid", "ES")
EMB_ES = ag("Embassy of Cuba in Spain", "CU", "embassy")
RU = loc("Russia", "RU")
MOW = city("Moscow", "RU")
MFA_RU = ag("Ministry of Foreign Affairs", "RU", "ministry")
DUMA = ag("State Duma", "RU", "legislature")
CPRF = ag("Communist Party of the Russian Federation", "RU", "party", "CPRF")
PENALVER = "Gerardo Peñalver Portal"
CN = loc("China", "CN")
PRC = loc("People's Republic of China", "CN")
PEK = city("Beijing", "CN")
MFA_CN = ag("Ministry of Foreign Affairs", "CN", "ministry")
EMB_CN = ag("Embassy of Cuba in China", "CU", "embassy")
IDCPC = ag("International Department of the Communist Party of China", "CN", "party", "IDCPC")
PCC = ag("Communist Party of Cuba", "CU", "party")
CPC = ag("Communist Party of China", "CN", "party")
PEREIRA = "Carlos Miguel Pereira Hernández"
JP = loc("Japan", "JP")
TYO = city("Tokyo", "JP")
EMB_JP = ag("Embassy of Cuba in Japan", "CU", "embassy")
JCPFL = ag("Japan-Cuba Parliamentary Friendship League", "JP", "legislature")
JICA = ag("Japan International Cooperation Agency", "JP", "agency", "JICA")
ABE = "Shinzo Abe"
RAMIREZ = "Miguel Ángel Ramírez Ramos"
LA = loc("Laos", "LA")
VTE = city("Vientiane", "LA")
EMB_LA = ag("Embassy of Cuba in Laos", "CU", "embassy")
MFA_LA = ag("Ministry of Foreign Affairs", "LA", "ministry")
ASEAN = ag("ASEAN", None, "igo")
ERP = "Elio Rodríguez Perdomo"
PT = loc("Portugal", "PT")
LIS = city("Lisbon", "PT")
EMB_PT = ag("Embassy of Cuba in Portugal", "CU", "embassy")
MFA_PT = ag("Ministry of Foreign Affairs", "PT", "ministry")
EUa = ag("European Union", None, "igo")
LOZADA = "Emilio Lozada García"
IT = loc("Italy", "IT")
CREMA = city("Crema", "IT")
LOMB = admin1("Lombardy", "IT")
EMB_IT = ag("Embassy of Cuba in Italy", "CU", "embassy")
DC = "Miguel Díaz-Canel Bermúdez"
BRP = "Bruno Rodríguez Parrilla"
TRIANA = "Gustavo Ricardo Triana Cuza"

DOCS = [
 # ------------------------------------------------------------------ 1
 {"file": "cubaminrex_en-spain-page31.txt", "published": None,
  "items": [("King and Queen of Spain conclude", "on November 16.", "King and Queen of Spain conclude State Visit to Cuba"),
            ("Ambassador Triana meets", "imposed by the United States...", "Ambassador Triana meets with the President of the Canary Islands"),
            ("Tribute to Camilo Cienfuegos in Madrid", "of his disappearance...", "Tribute to Camilo Cienfuegos in Madrid"),
            ("Cuba rejects new U.S. restrictions", "nine Cuban cities.", "Cuba rejects new U.S. restrictions on aircraft leasing")],
  "dates": [("14 November 2019", 0, day("2019-11-14")),
            ("Thursday", 0, note(day("2019-11-14"), "weekday of the dateline day")),
            ("November 12", 0, day("2019-11-12")),
            ("Wednesday", 0, note(day("2019-11-13"), "the Wednesday before the Thursday dateline")),
            ("November 16", 0, day("2019-11-16")),
            ("28 October 2019", 0, day("2019-10-28")), ("28 October 2019", 1, day("2019-10-28")),
            ("October 18", 0, note(UNRES, "declaration teaser without dateline on an undated listing page"))],
  "locations": [("Cuba", 0, CU), ("Spain", 0, ES), ("Cuba", 2, note(CU, "menu label 'Cuba vs Blockade': clean name in boilerplate")),
                ("Spain", 2, ES), ("Cuba", 3, CU), ("Havana", 0, HAV), ("Cuba", 4, CU), ("Republic of Cuba", 1, CU),
                ("Spain", 3, ES), ("Cuba", 6, CU), ("Spain", 4, ES), ("Havana", 1, HAV),
                ("Canary Islands", 0, admin1("Canary Islands", "ES")),
                ("Las Palmas de Gran Canaria", 0, city("Las Palmas de Gran Canaria", "ES")),
                ("Cuba", 7, CU), ("Spain", 5, ES), ("Cuba", 8, CU), ("United States", 0, US),
                ("Madrid", 0, MAD), ("Madrid", 1, MAD),
                ("Cuba", 9, CU), ("U.S.", 0, US)],
  "officials": [("Felipe VI", 0, off("Felipe VI", "King", "ES")),
                ("Letizia", 0, off("Letizia", "Queen", "ES")),
                ("Miguel Díaz-Canel Bermúdez", 0, off(DC, "President of the Republic of Cuba", "CU")),
                ("Lis Cuesta Peraza", 0, note(off("Lis Cuesta Peraza", None, "CU"), "'his wife' is a relation, not a title")),
                ("Josep Borrell Fontelles", 0, off("Josep Borrell Fontelles", "acting Minister of Foreign Affairs, European Union and Cooperation of Spain", "ES", "Ministry of Foreign Affairs")),
                (BRP, 0, note(off(BRP, None, "CU"), "'his Cuban counterpart' is relational, not a title")),
                ("Díaz-Canel", 1, off(DC, None, "CU")),
                ("Triana", 0, off(TRIANA, "Ambassador", "CU")),
                (TRIANA, 0, off(TRIANA, "Ambassador of Cuba to Spain", "CU")),
                ("Ángel Víctor Torres Pérez", 0, off("Ángel Víctor Torres Pérez", "President of the Government of the Canary Islands", "ES", "Government of the Canary Islands")),
                ("Triana", 2, off(TRIANA, None, "CU")),
                ("Camilo Cienfuegos", 0, off("Camilo Cienfuegos", None, "CU")),
                ("Camilo Cienfuegos", 1, off("Camilo Cienfuegos", "Commander", "CU"))],
  "agencies": [("Embassy of the Republic of Cuba in the Kingdom of Spain", 0, EMB_ES),
               ("Palace of the Revolution", 0, PALREV),
               ("Government of the Canary Islands", 0, ag("Government of the Canary Islands", "ES", "other")),
               ("Ministry of Foreign Affairs", 0, note(MINREX, "declaration heading on a Cuban mission page: Cuban MFA")),
               ("Ministry of Foreign Affairs of the Republic of Cuba", 0, MINREX),
               ("Department of State", 0, DOS),
               ("Embassy of Cuba in Spain", 0, EMB_ES), ("MINREX", 0, MINREX)],
  "meetings": [mtg(0, "official_visit", "2019-11-12", "2019-11-14", "Cuba", "CU", ["CU", "ES"]),
               mtg(0, "bilateral_meeting", "2019-11-13", loc_="Havana", cc="CU", parties=["CU", "ES"],
                   note="official talks of the two delegations at the Palace of the Revolution on Wednesday"),
               mtg(0, "bilateral_meeting", "2019-11-12", "2019-11-14", "Havana", "CU", ["CU", "ES"],
                   note="Borrell met Rodríguez during the visit; no own date, takes the visit's dates"),
               mtg(1, "bilateral_meeting", "2019-10-28", loc_="Las Palmas de Gran Canaria", cc="ES", parties=["CU", "ES"]),
               mtg(2, "ceremony", "2019-10-28", loc_="Madrid", cc="ES", parties=["CU"])]},

 # ------------------------------------------------------------------ 2
 {"file": "minrex_en-russia-page18.txt", "published": None,
  "items": [("Díaz-Canel and Putin hold", "Tomb of the Unknown Soldier.", "Díaz-Canel and Putin hold official talks in Moscow"),
            ("Ambassador Peñalver meets", "of the Cuban President...", "Ambassador Peñalver meets with State Duma deputy Dmitry Novikov"),
            ("Cuba and Russia hold political", "in Havana in 2019.", "Cuba and Russia hold political consultations"),
            ("Notice to Cuban citizens", "National Unity Day of", "Notice to Cuban citizens")],
  "dates": [("November 2, 2018", 0, day("2018-11-02")), ("today", 0, note(day("2018-11-02"), "resolved against the dateline")),
            ("November 1 to 3", 0, span("2018-11-01", "2018-11-03")),
            ("Thursday", 0, note(day("2018-11-01"), "the Thursday before the Friday dateline")),
            ("October 25, 2018", 0, day("2018-10-25")),
            ("Wednesday", 0, note(day("2018-10-24"), "the Wednesday before the Thursday dateline")),
            ("October 17, 2018", 0, day("2018-10-17")), ("October 15 and 16", 0, span("2018-10-15", "2018-10-16")),
            ("2019", 0, year(2019)),
            ("November 4 and 5", 0, note(UNRES, "undated notice on a listing page without page date; year not borrowed"))],
  "locations": [("Cuba", 0, CU), ("Russia", 0, RU), ("Cuba", 2, note(CU, "menu label 'Cuba-Russia'")), ("Russia", 1, RU),
                ("Cuba", 3, CU), ("Moscow", 0, MOW), ("Moscow", 1, MOW),
                ("Russian Federation", 1, RU), ("Russia", 2, RU), ("Russia", 3, RU), ("Cuba", 5, CU),
                ("Moscow", 2, MOW), ("United States", 0, US),
                ("Moscow", 3, MOW), ("Cuba", 6, CU), ("Russia", 4, RU), ("Russia", 5, RU), ("Cuba", 7, CU),
                ("Cuba", 8, CU), ("Russia", 6, RU), ("Moscow", 4, MOW), ("Cuba", 9, CU), ("Russia", 7, RU),
                ("Havana", 0, HAV)],
  "officials": [("Díaz-Canel", 0, off(DC, None, "CU")), ("Putin", 0, off("Vladimir Putin", None, "RU")),
                (DC, 0, off(DC, "President of the Councils of State and of Ministers of the Republic of Cuba", "CU", "Council of State")),
                ("Vladimir Putin", 0, off("Vladimir Putin", "President of the Russian Federation", "RU")),
                ("Putin", 2, off("Vladimir Putin", None, "RU")),
                ("Dmitry Medvedev", 0, off("Dmitry Medvedev", "Chairman of the Government of the Russian Federation", "RU", "Government of Russia")),
                ("Peñalver", 0, off(PENALVER, "Ambassador", "CU")),
                ("Dmitry Novikov", 0, note(off("Dmitry Novikov", "deputy", "RU", "State Duma"), "premodifier 'State Duma deputy': the body is a separate agency mention, title 'deputy'")),
                (PENALVER, 0, off(PENALVER, "Ambassador of Cuba to Russia", "CU")),
                ("Dmitry Novikov", 1, off("Dmitry Novikov", "deputy", "RU", "State Duma")),
                ("Novikov", 2, off("Dmitry Novikov", None, "RU", "State Duma")),
                ("Rogelio Sierra Díaz", 0, off("Rogelio Sierra Díaz", "Deputy Minister of Foreign Affairs of Cuba", "CU", "Ministry of Foreign Affairs")),
                ("Sergey Ryabkov", 0, off("Sergey Ryabkov", "Deputy Minister of Foreign Affairs of Russia", "RU", "Ministry of Foreign Affairs"))],
  "agencies": [("Embassy of the Republic of Cuba in the Russian Federation", 0, ag("Embassy of Cuba in Russia", "CU", "embassy")),
               ("Councils of State and of Ministers of the Republic of Cuba", 0, note(ag("Council of State", "CU", "other"), "coordination expanded, 'of the Republic of Cuba' inside the span as in dev gold")),
               ("Councils of State and of Ministers of the Republic of Cuba", 0, ag("Council of Ministers", "CU", "other")),
               ("Kremlin", 0, note(ag("Kremlin", "RU", "other"), "seat of the head of state named as venue")),
               ("Government of the Russian Federation", 0, ag("Government of Russia", "RU", "other")),
               ("State Duma", 0, DUMA), ("State Duma", 1, DUMA),
               ("Communist Party of the Russian Federation", 0, CPRF), ("CPRF", 0, CPRF),
               ("foreign ministries of both countries", 0, MINREX), ("foreign ministries of both countries", 0, MFA_RU)],
  "meetings": [mtg(0, "official_visit", "2018-11-01", "2018-11-03", "Russia", "RU", ["CU", "RU"]),
               mtg(0, "bilateral_meeting", "2018-11-02", loc_="Moscow", cc="RU", parties=["CU", "RU"], note="official talks with Putin at the Kremlin"),
               mtg(0, "agreement_signing", "2018-11-02", loc_="Moscow", cc="RU", parties=["CU", "RU"], note="intergovernmental agreements signed in the leaders' presence"),
               mtg(0, "bilateral_meeting", "2018-11-01", loc_="Moscow", cc="RU", parties=["CU", "RU"], note="meeting with Medvedev on Thursday"),
               mtg(0, "ceremony", "2018-11-01", loc_="Moscow", cc="RU", parties=["CU"], note="wreath-laying at the Tomb of the Unknown Soldier"),
               mtg(1, "bilateral_meeting", "2018-10-24", loc_="Moscow", cc="RU", parties=["CU", "RU"]),
               mtg(1, "official_visit", None, parties=["CU", "RU"], status="planned",
                   note="teaser names the preparations of the President's visit without its place"),
               mtg(2, "political_consultations", "2018-10-15", "2018-10-16", "Moscow", "RU", ["CU", "RU"]),
               mtg(2, "political_consultations", "2019-01-01", "2019-12-31", "Havana", "CU", ["CU", "RU"], status="planned")]},

 # ------------------------------------------------------------------ 3
 {"file": "cubaminrex_en-articulo-cuban-ambassador-presents-copies-credentials-china.txt", "published": "2019-10-10",
  "items": [("Cuban Ambassador presents copies", "Embassy of Cuba in China", "Cuban Ambassador presents copies of credentials in Beijing")],
  "dates": [("2019-10-10 09:45:12", 0, day("2019-10-10")), ("October 9, 2019", 0, day("2019-10-09")),
            ("today", 0, note(day("2019-10-09"), "resolved against the dateline")),
            ("October 1", 0, note(day("2019-10-01"), "year from the dateline")),
            ("September 28, 1960", 0, day("1960-09-28")), ("November 2018", 0, month(2018, 11))],
  "locations": [("Cuba", 0, CU), ("China", 0, CN), ("Cuba", 2, CU), ("China", 2, CN),
                ("Beijing", 0, PEK), ("Beijing", 1, PEK), ("Republic of Cuba", 1, CU), ("People's Republic of China", 1, PRC),
                ("People's Republic of China", 2, PRC), ("Cuba", 4, CU), ("China", 6, CN), ("China", 7, CN), ("Beijing", 2, PEK)],
  "officials": [(PEREIRA, 0, note(off(PEREIRA, "Ambassador of the Republic of Cuba to the People's Republic of China", "CU"), "'new' dropped")),
                ("Hong Lei", 0, off("Hong Lei", "Director General of the Protocol Department of the Ministry of Foreign Affairs of China", "CN", "Protocol Department")),
                ("Hong Lei", 1, off("Hong Lei", None, "CN", "Protocol Department")),
                ("Pereira Hernández", 1, off(PEREIRA, None, "CU")),
                (BRP, 0, off(BRP, "Minister of Foreign Affairs", "CU", "Ministry of Foreign Affairs")),
                ("Wang Yi", 0, off("Wang Yi", "State Councilor and Foreign Minister", "CN", "Ministry of Foreign Affairs")),
                (DC, 0, off(DC, "President", "CU")),
                ("Xi Jinping", 0, off("Xi Jinping", "President", "CN")),
                ("Xi", 1, off("Xi Jinping", "President", "CN")),
                ("Guo Yezhou", 0, off("Guo Yezhou", "Vice Minister of the International Department of the Communist Party of China", "CN", "International Department of the Communist Party of China"))],
  "agencies": [("Embassy of the Republic of Cuba in the People's Republic of China", 0, EMB_CN),
               ("Protocol Department", 0, note(ag("Protocol Department", "CN", "department"), "nested bodies in a title: the department and its ministry as two adjacent rows")),
               ("Ministry of Foreign Affairs of China", 0, MFA_CN),
               ("Chinese Foreign Ministry", 0, MFA_CN),
               ("International Department of the Communist Party of China", 0, note(IDCPC, "one body, as dev gold writes it")),
               ("IDCPC", 0, IDCPC),
               ("Communist Party of Cuba", 0, PCC), ("Communist Party of China", 1, CPC),
               ("Embassy of Cuba in China", 0, EMB_CN),
               ("Embassy of the Republic of Cuba in the People's Republic of China", 1, EMB_CN)],
  "meetings": [mtg(0, "credentials", "2019-10-09", loc_="Beijing", cc="CN", parties=["CN", "CU"], note="copies of credentials to the Director General of Protocol"),
               mtg(0, "credentials", None, loc_="China", cc="CN", parties=["CN", "CU"], status="planned",
                   note="letters of credence to President Xi 'in the coming weeks': no date; place fixed by the kind of meeting"),
               mtg(0, "official_visit", "2018-11-01", "2018-11-30", "China", "CN", ["CN", "CU"], note="earlier state visit recalled"),
               mtg(0, "bilateral_meeting", "2018-11-01", "2018-11-30", "Beijing", "CN", ["CN", "CU"], note="talks with Xi during the recalled visit; takes the visit's month"),
               mtg(0, "bilateral_meeting", "2019-10-09", loc_="Beijing", cc="CN", parties=["CN", "CU"], note="'That same afternoon' audience with the IDCPC vice minister")]},

 # ------------------------------------------------------------------ 4
 {"file": "cubaminrex_en-japan-page9.txt", "published": None,
  "items": [("Cuba expresses condolences", "Ministry of Foreign Affairs of Japan.", "Cuba expresses condolences for the death of former Prime Minister Shinzo Abe"),
            ("Cuban Ambassador meets with the Japan", "on the Cuban economy...", "Cuban Ambassador meets with the Japan-Cuba Parliamentary Friendship League"),
            ("Japan and Cuba sign exchange", "(JICA)...", "Japan and Cuba sign exchange of notes for medical equipment donation"),
            ("Cuban community in Japan celebrates", "Mother's Day", "Cuban community in Japan celebrates Mother's Day")],
  "dates": [("July 8th, 2022", 0, day("2022-07-08")), ("today", 0, note(day("2022-07-08"), "resolved against the dateline")),
            ("this morning", 0, note(day("2022-07-08"), "relative day resolved against the dateline (dev gold)")),
            ("September 22 and 23, 2016", 0, span("2016-09-22", "2016-09-23")),
            ("22 June 2022", 0, day("2022-06-22")), ("yesterday", 0, day("2022-06-21")),
            ("10.06.2022", 0, note(day("2022-06-10"), "dotted d.m.y dateline of a Cuban site"))],
  "locations": [("Cuba", 0, CU), ("Japan", 0, JP), ("Cuba", 2, CU), ("Cuba", 3, CU), ("Republic of Cuba", 0, CU),
                ("Japan", 2, note(JP, "lowercase 'the people and government of Japan': no agency, Japan a location")),
                ("Nara", 0, city("Nara", "JP")), ("Cuba", 5, CU), ("Havana", 0, HAV),
                ("Tokyo", 0, TYO), ("Tokyo", 1, TYO), ("Cuba", 7, CU), ("Japan", 5, JP), ("U.S.", 0, US),
                ("Japan", 7, JP), ("Cuba", 9, CU), ("Havana", 1, HAV), ("Japan", 8, JP), ("Cuba", 10, CU),
                ("Pinar del Río", 0, admin1("Pinar del Río", "CU")), ("Matanzas", 0, admin1("Matanzas", "CU")),
                ("Japan", 11, JP), ("Tokyo", 2, TYO)],
  "officials": [("Shinzo Abe", 0, off(ABE, "former Prime Minister", "JP")), ("Shinzo Abe", 1, off(ABE, "former Prime Minister", "JP")),
                (DC, 0, off(DC, "President of the Republic of Cuba", "CU")),
                (BRP, 0, off(BRP, "Foreign Minister", "CU", "Ministry of Foreign Affairs")),
                ("Abe", 2, off(ABE, None, "JP")),
                ("Raúl Castro Ruz", 0, off("Raúl Castro Ruz", "Army General", "CU")),
                ("Miguel Ángel Ramírez", 0, off(RAMIREZ, "Ambassador", "CU")),
                (RAMIREZ, 0, off(RAMIREZ, "Ambassador of Cuba to Japan", "CU")),
                ("Kenji Hirata", 0, off("Kenji Hirata", "Ambassador of Japan to Cuba", "JP")),
                ("Rodrigo Malmierca Díaz", 0, off("Rodrigo Malmierca Díaz", "Minister of Foreign Trade and Foreign Investment", "CU", "Ministry of Foreign Trade and Foreign Investment"))],
  "agencies": [("Embassy of Cuba in Japan", 0, EMB_JP),
               ("Ministry of Foreign Affairs of Japan", 0, ag("Ministry of Foreign Affairs", "JP", "ministry")),
               ("Japan-Cuba Parliamentary Friendship League", 0, note(JCPFL, "parliamentary friendship group = body of the legislature (dev gold b13); places inside its name are not locations")),
               ("House of Representatives", 0, ag("House of Representatives", "JP", "legislature")),
               ("Japan-Cuba Parliamentary Friendship League", 1, JCPFL),
               ("Government of Japan", 0, ag("Government of Japan", "JP", "other")),
               ("Japan International Cooperation Agency", 0, JICA), ("JICA", 0, JICA),
               ("Embassy of Cuba in Japan", 1, EMB_JP)],
  "meetings": [mtg(0, "official_visit", "2016-09-22", "2016-09-23", "Cuba", "CU", ["CU", "JP"], note="recalled 2016 visit of the Japanese PM"),
               mtg(0, "bilateral_meeting", "2016-09-22", "2016-09-23", "Havana", "CU", ["CU", "JP"], note="talks with Raúl Castro during the visit; visit's dates"),
               mtg(1, "bilateral_meeting", "2022-06-21", loc_="Tokyo", cc="JP", parties=["CU", "JP"],
                   note="meeting with legislators of the friendship league (bilateral, dev gold b13)"),
               mtg(2, "agreement_signing", "2022-06-10", loc_="Havana", cc="CU", parties=["CU", "JP"])]},

 # ------------------------------------------------------------------ 5
 {"file": "cubaminrex_en-laos-page12.txt", "published": None,
  "items": [("Cuba and Laos hold Political", "Saysomphone Phomvihane.", "Cuba and Laos hold Political Consultations in Vientiane"),
            ("Cuban Ambassador attends the ASEAN", "from October 8 to 11...", "Cuban Ambassador attends the ASEAN Summit reception"),
            ("Message of condolences from", "Luang Namtha and Bokeo.", "Message of condolences from the Cuban Embassy")],
  "dates": [("2024-11-01", 0, day("2024-11-01")), ("31 October 2024", 0, day("2024-10-31")),
            ("today", 0, note(day("2024-10-31"), "resolved against the dateline")),
            ("November 2, 1974", 0, day("1974-11-02")), ("2026", 0, year(2026)),
            ("2024-10-10", 0, day("2024-10-10")), ("9 October 2024", 0, day("2024-10-09")),
            ("October 8 to 11", 0, note(span("2024-10-08", "2024-10-11"), "year from the dateline")),
            ("2024-09-12", 0, day("2024-09-12"))],
  "locations": [("Cuba", 0, CU), ("Laos", 0, LA), ("Cuba", 2, CU), ("Laos", 1, LA),
                ("Cuba", 3, CU), ("Laos", 2, LA), ("Vientiane", 0, VTE), ("Vientiane", 1, VTE),
                ("Cuba", 5, CU), ("Lao PDR", 0, LA), ("Havana", 0, HAV), ("Vientiane", 2, VTE),
                ("Vientiane", 3, VTE), ("Lao PDR", 1, LA), ("Lao PDR", 2, LA),
                ("Luang Namtha", 0, admin1("Luang Namtha", "LA")), ("Bokeo", 0, admin1("Bokeo", "LA")),
                ("Vientiane", 4, VTE)],
  "officials": [(ERP, 0, off(ERP, "Deputy Minister of Foreign Affairs of Cuba", "CU", "Ministry of Foreign Affairs")),
                ("Phoxay Khaykhamphithoune", 0, off("Phoxay Khaykhamphithoune", "Deputy Minister of Foreign Affairs of the Lao PDR", "LA", "Ministry of Foreign Affairs")),
                ("Rodríguez Perdomo", 1, off(ERP, None, "CU", "Ministry of Foreign Affairs")),
                ("Saleumxay Kommasith", 0, off("Saleumxay Kommasith", "Minister of Foreign Affairs", "LA", "Ministry of Foreign Affairs")),
                ("Saysomphone Phomvihane", 0, off("Saysomphone Phomvihane", "President of the National Assembly", "LA", "National Assembly")),
                ("Jorge Alberto Bolaños Suárez", 0, off("Jorge Alberto Bolaños Suárez", "Ambassador", "CU")),
                ("Sonexay Siphandone", 0, off("Sonexay Siphandone", "Prime Minister of the Lao PDR", "LA"))],
  "agencies": [("Embassy of the Republic of Cuba in the Lao People's Democratic Republic", 0, EMB_LA),
               ("ministries of foreign affairs of Cuba and Laos", 0, MINREX), ("ministries of foreign affairs of Cuba and Laos", 0, MFA_LA),
               ("National Assembly", 0, ag("National Assembly", "LA", "legislature")),
               ("ASEAN", 0, ASEAN), ("ASEAN", 1, note(ASEAN, "the organization named in its summits' name is an igo mention")),
               ("Cuban Embassy", 0, note(EMB_LA, "host from the site title 'Cuba in Laos'")),
               ("Embassy of Cuba in Laos", 0, EMB_LA),
               ("Government", 0, note(ag("Government of Laos", "LA", "other"), "capitalized 'the Government and people of the Lao PDR' = government as a body; Lao PDR a location")),
               ("Embassy of Cuba in Laos", 1, EMB_LA)],
  "meetings": [mtg(0, "political_consultations", "2024-10-31", loc_="Vientiane", cc="LA", parties=["CU", "LA"], rnd=9),
               mtg(0, "political_consultations", "2026-01-01", "2026-12-31", "Havana", "CU", ["CU", "LA"], status="planned", rnd=10),
               mtg(0, "official_visit", None, loc_="Vientiane", cc="LA", parties=["CU", "LA"], note="'his stay in Vientiane': the deputy minister's visit, no dates of its own"),
               mtg(0, "bilateral_meeting", None, loc_="Vientiane", cc="LA", parties=["CU", "LA"], note="courtesy call on the foreign minister during the undated stay"),
               mtg(0, "bilateral_meeting", None, loc_="Vientiane", cc="LA", parties=["CU", "LA"], note="received by the National Assembly President during the stay"),
               mtg(1, "ceremony", "2024-10-09", loc_="Vientiane", cc="LA", parties=["CU", "LA"], note="reception offered by the Lao PM, attended by the ambassador"),
               mtg(1, "multilateral_meeting", "2024-10-08", "2024-10-11", "Vientiane", "LA", ["ASEAN"], rnd=44),
               mtg(1, "multilateral_meeting", "2024-10-08", "2024-10-11", "Vientiane", "LA", ["ASEAN"], rnd=45,
                   note="'the 44th and 45th ASEAN Summits': two numbered summits, one object each, sharing the stated span")]},

 # ------------------------------------------------------------------ 6
 {"file": "cubaminrex_en-articulo-cuba-and-portugal-hold-political-consultations-lisbon.txt", "published": None,
  "items": [("Cuba and Portugal hold Political", "Embacuba Portugal", "Cuba and Portugal hold Political Consultations in Lisbon")],
  "dates": [("March 15, 2021", 0, day("2021-03-15")), ("today", 0, note(day("2021-03-15"), "resolved against the dateline")),
            ("January 1 to June 30, 2021", 0, span("2021-01-01", "2021-06-30")),
            ("December 2016", 0, month(2016, 12)), ("November 2019", 0, month(2019, 11))],
  "locations": [("Cuba", 0, CU), ("Portugal", 0, PT), ("Cuba", 2, CU), ("Portugal", 2, PT), ("Lisbon", 0, LIS),
                ("Cuba", 3, CU), ("Portugal", 3, PT), ("Lisboa", 0, note(LIS, "Spanish headline translation annotated like English (dev gold)")),
                ("Lisbon", 1, LIS), ("Portugal", 5, PT), ("Lisbon", 2, LIS),
                ("Cuba", 4, note(CU, "place in an agreement name, as 'the US-Cuba Migration Accords'")),
                ("Cuba", 5, note(CU, "place in a meeting name ('EU-Cuba Joint Council'), as b75")),
                ("Portugal", 6, PT), ("United States", 0, US), ("Cuba", 6, CU), ("Havana", 0, HAV),
                ("Portugal", 8, note(PT, "Spanish tag line: clean name in boilerplate"))],
  "officials": [(LOZADA, 0, off(LOZADA, "Director General of Bilateral Affairs of the Cuban Ministry of Foreign Affairs", "CU", "Ministry of Foreign Affairs")),
                ("Rui Vinhas", 0, off("Rui Vinhas", "Director General of Foreign Policy of the Ministry of Foreign Affairs of Portugal", "PT", "Ministry of Foreign Affairs")),
                ("Yusmari Díaz Pérez", 0, off("Yusmari Díaz Pérez", "Ambassador to Portugal", "CU")),
                ("Lozada", 1, off(LOZADA, None, "CU", "Ministry of Foreign Affairs"))],
  "agencies": [("Embassy of Cuba in Portugal", 0, EMB_PT),
               ("Cuban Ministry of Foreign Affairs", 0, MINREX),
               ("Ministry of Foreign Affairs of Portugal", 0, MFA_PT),
               ("two foreign ministries", 0, MINREX), ("two foreign ministries", 0, MFA_PT),
               ("Council of the European Union", 0, ag("Council of the European Union", None, "igo")),
               ("EU", 0, note(EUa, "attributive IGO in an agreement name")), ("EU", 1, EUa),
               ("United Nations General Assembly", 0, ag("United Nations General Assembly", None, "igo")),
               ("Embacuba Portugal", 0, EMB_PT)],
  "meetings": [mtg(0, "political_consultations", "2021-03-15", loc_="Lisbon", cc="PT", parties=["CU", "PT"],
                   note="held by videoconference; place from the dateline (the ambassador joined from Lisbon)"),
               mtg(0, "agreement_signing", "2016-12-01", "2016-12-31", parties=["CU", "EU"], note="PDCA signed in December 2016, place not stated"),
               mtg(0, "bilateral_commission", None, parties=["CU", "EU"], status="planned", rnd=3, note="preparations for the third EU-Cuba Joint Council"),
               mtg(0, "multilateral_meeting", "2019-11-01", "2019-11-30", parties=["CU", "UN"],
                   note="UNGA vote against the blockade recalled (dev gold parties for UN votes)"),
               mtg(0, "political_consultations", None, loc_="Havana", cc="CU", parties=["CU", "PT"], status="planned")]},

 # ------------------------------------------------------------------ 7
 {"file": "cubaminrex_en-italy-page27.txt", "published": None,
  "items": [("Henry Reeve brigade concludes", "of the pandemic in Europe.", "Henry Reeve brigade concludes its mission in Crema"),
            ("Italian Deputy Foreign Minister holds", "to Lombardy and Piedmont...", "Italian Deputy Foreign Minister holds phone call with her Cuban counterpart")],
  "dates": [("May 25, 2020", 0, day("2020-05-25")), ("today", 0, note(day("2020-05-25"), "resolved against the dateline")),
            ("March 22", 0, note(day("2020-03-22"), "year from the dateline")),
            ("14 April 2020", 0, day("2020-04-14")),
            ("Tuesday", 0, note(day("2020-04-14"), "the dateline day is itself a Tuesday"))],
  "locations": [("Cuba", 0, CU), ("Italy", 0, IT), ("Crema", 0, CREMA), ("Crema", 1, CREMA),
                ("Lombardy", 0, LOMB), ("Lombardy", 1, LOMB), ("Crema", 2, CREMA), ("Cuba", 2, CU), ("Italy", 1, IT),
                ("Cuba", 3, CU), ("Europe", 0, region("Europe")),
                ("Rome", 0, city("Rome", "IT")), ("Italy", 2, IT), ("Cuba", 4, CU),
                ("Lombardy", 2, LOMB), ("Piedmont", 0, admin1("Piedmont", "IT")), ("Rome", 1, city("Rome", "IT"))],
  "officials": [("Attilio Fontana", 0, off("Attilio Fontana", "President of Lombardy", "IT")),
                ("Stefania Bonaldi", 0, off("Stefania Bonaldi", "Mayor of Crema", "IT")),
                ("José Carlos Rodríguez Ruiz", 0, off("José Carlos Rodríguez Ruiz", "Ambassador of Cuba to Italy", "CU")),
                ("Fontana", 1, off("Attilio Fontana", None, "IT")),
                ("Marina Sereni", 0, off("Marina Sereni", "Deputy Minister of Foreign Affairs and International Cooperation of Italy", "IT", "Ministry of Foreign Affairs")),
                ("Rogelio Sierra Díaz", 0, off("Rogelio Sierra Díaz", "Deputy Minister of Foreign Affairs of Cuba", "CU", "Ministry of Foreign Affairs"))],
  "agencies": [("Embassy of the Republic of Cuba in the Italian Republic", 0, EMB_IT),
               ("Italian Government", 0, ag("Government of Italy", "IT", "other")),
               ("Embassy of Cuba in Italy", 0, EMB_IT)],
  "meetings": [mtg(0, "ceremony", "2020-05-25", loc_="Crema", cc="IT", parties=["CU", "IT"],
                   note="farewell ceremony for the brigade attended by the regional president, the mayor and the ambassador"),
               mtg(1, "phone_call", "2020-04-14", parties=["CU", "IT"])]},
]
