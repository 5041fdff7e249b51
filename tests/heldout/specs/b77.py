# Blind gold set b77: foreign ministries and state news agencies of Asia, Africa and the Middle East.
# Compact spec: text + whole-word occurrence (0-based, whole page).
from common import *  # noqa: F401,F403

VN = loc("Vietnam", "VN")
HAN = city("Hanoi", "VN")
CN = loc("China", "CN")
BJ = city("Beijing", "CN")
AE = loc("United Arab Emirates", "AE")
AUH = city("Abu Dhabi", "AE")
KZ = loc("Kazakhstan", "KZ")
AST = city("Astana", "KZ")
MY = loc("Malaysia", "MY")
KL = city("Kuala Lumpur", "MY")
ET = loc("Ethiopia", "ET")
ADD = city("Addis Ababa", "ET")
SA = loc("Saudi Arabia", "SA")
RUH = city("Riyadh", "SA")
BD = loc("Bangladesh", "BD")
DHA = city("Dhaka", "BD")
MA = loc("Morocco", "MA")
AFRICA = region("Africa")
MFA_VN = ag("Ministry of Foreign Affairs", "VN", "ministry")
MFA_CU = ag("Ministry of Foreign Affairs", "CU", "ministry", "MINREX")
UNDP = ag("United Nations Development Programme", None, "igo", "UNDP")
UN = ag("United Nations", None, "igo")

DOCS = [
 # ------------------------------------------------------------------ 1 Viet Nam MOFA listing
 {"file": "mofavn_news-events-page3.txt", "published": None,
  "items": [("Viet Nam and Cuba hold sixth political", "Bui Thanh Son.",
             "Viet Nam and Cuba hold sixth political consultation at deputy foreign minister level"),
            ("Deputy Minister Do Hung Viet receives", "(JETP) ...",
             "Deputy Minister Do Hung Viet receives UNDP Resident Representative"),
            ("Viet Nam sends condolences", "Nasser Bourita.",
             "Viet Nam sends condolences to Morocco over earthquake")],
  "dates": [("05/10/2023", 0, note(day("2023-10-05"), "listing date stamp, d/m/y as the Vietnamese MOFA writes it")),
            ("4 October 2023", 0, day("2023-10-04")),
            ("15 to 17 September 2023", 0, span("2023-09-15", "2023-09-17")),
            ("September 1973", 0, month(1973, 9)),
            ("2024", 0, year(2024)), ("2025", 0, year(2025)),
            ("03/10/2023", 0, day("2023-10-03")),
            ("3 October", 0, note(day("2023-10-03"), "year from the item's own date stamp 03/10/2023")),
            ("11/09/2023", 0, day("2023-09-11")), ("10 September 2023", 0, day("2023-09-10")),
            ("8 September", 0, day("2023-09-08"))],
  "locations": [("Viet Nam", 0, note(VN, "menu line 'Viet Nam in brief': clean name in boilerplate")),
                ("Viet Nam", 1, VN), ("Cuba", 0, CU), ("Ha Noi", 0, HAN), ("Cuba", 2, CU),
                ("South Viet Nam", 0, note(region("South Vietnam", "VN"), "historical 'liberated zone of South Viet Nam' (1973): one region span, its 'Viet Nam' not a separate mention")),
                ("Viet Nam", 4, VN), ("Cuba", 3, CU), ("Cuba", 4, CU), ("United States", 0, US),
                ("Viet Nam", 5, VN), ("Cuba", 5, CU),
                ("Viet Nam", 6, note(VN, "place inside the name of a standing commission (a meeting, not an agency) is a location, as the seed's Bilateral Commission")),
                ("Cuba", 6, CU), ("Havana", 0, HAV), ("Cuba", 7, CU),
                ("Viet Nam", 7, note(VN, "the state a title is 'in' ('Resident Representative ... in Viet Nam')")),
                ("Viet Nam", 8, VN), ("Viet Nam", 9, VN), ("Morocco", 0, MA), ("Morocco", 1, MA),
                ("Al Haouz Province", 0, note(loc("Al Haouz", "MA", "other"), "Moroccan province is a second-level division: kind other")),
                ("Ha Noi", 1, note(HAN, "footer address line; street and district names not annotated"))],
  "officials": [("Le Thi Thu Hang", 0, off("Le Thi Thu Hang", "Deputy Minister of Foreign Affairs", "VN", "Ministry of Foreign Affairs")),
                ("Gerardo Peñalver Portal", 0, off("Gerardo Peñalver Portal", "Deputy Minister of Foreign Affairs", "CU", "Ministry of Foreign Affairs")),
                ("Pham Minh Chinh", 0, off("Pham Minh Chinh", "Prime Minister", "VN")),
                ("Fidel Castro", 0, off("Fidel Castro", "Commander-in-Chief", "CU")),
                ("Le Thi Thu Hang", 1, off("Le Thi Thu Hang", "Deputy Minister", "VN")),
                ("Peñalver", 1, off("Gerardo Peñalver Portal", "Deputy Minister", "CU")),
                ("Gerardo Peñalver Portal", 1, off("Gerardo Peñalver Portal", "Deputy Minister", "CU")),
                ("Bui Thanh Son", 0, off("Bui Thanh Son", "Minister of Foreign Affairs", "VN", "Ministry of Foreign Affairs")),
                ("Do Hung Viet", 0, off("Do Hung Viet", "Deputy Minister", "VN")),
                ("Do Hung Viet", 1, off("Do Hung Viet", "Deputy Minister of Foreign Affairs", "VN", "Ministry of Foreign Affairs")),
                ("Ramla Khalidi", 0, off("Ramla Khalidi", "Resident Representative of the United Nations Development Programme (UNDP) in Viet Nam", None, "United Nations Development Programme")),
                ("Viet", 10, off("Do Hung Viet", "Deputy Minister", "VN")),
                ("Vo Van Thuong", 0, off("Vo Van Thuong", "President", "VN")),
                ("Mohammed VI", 0, note(off("Mohammed VI", "King", "MA"), "'His Majesty' is an honorific; 'of Morocco' gives a location")),
                ("Bui Thanh Son", 1, off("Bui Thanh Son", "Minister of Foreign Affairs", "VN", "Ministry of Foreign Affairs")),
                ("Nasser Bourita", 0, off("Nasser Bourita", "Foreign Minister", "MA", "Ministry of Foreign Affairs"))],
  "agencies": [("MINISTRY OF FOREIGN AFFAIRS OF VIET NAM", 0, note(MFA_VN, "all-caps site title names the ministry: agency outside every item, no location inside")),
               ("Ministries of Foreign Affairs of Viet Nam and Cuba", 0, MFA_VN),
               ("Ministries of Foreign Affairs of Viet Nam and Cuba", 0, MFA_CU),
               ("UNDP", 0, UNDP), ("United Nations Development Programme", 0, UNDP), ("UNDP", 1, UNDP), ("UNDP", 2, UNDP),
               ("Ministry of Foreign Affairs of Viet Nam", 0, MFA_VN)],
  "meetings": [mtg(0, "political_consultations", "2023-10-04", loc_="Hanoi", cc="VN", parties=["CU", "VN"], rnd=6),
               mtg(0, "official_visit", "2023-09-15", "2023-09-17", loc_="Cuba", cc="CU", parties=["CU", "VN"]),
               mtg(0, "official_visit", "1973-09-01", "1973-09-30", loc_="South Vietnam", cc="VN", parties=["CU", "VN"],
                   note="Fidel Castro's 1973 visit to the liberated zone, mentioned as the anniversary's occasion"),
               mtg(0, "bilateral_commission", "2024-01-01", "2024-12-31", loc_="Havana", cc="CU", parties=["CU", "VN"], rnd=41, status="planned",
                   note="proposed 41st session of the Intergovernmental Committee; dated by 'in 2024'"),
               mtg(0, "political_consultations", "2025-01-01", "2025-12-31", loc_="Cuba", cc="CU", parties=["CU", "VN"], rnd=7, status="planned"),
               mtg(0, "bilateral_meeting", "2023-10-04", loc_="Hanoi", cc="VN", parties=["CU", "VN"],
                   note="courtesy call 'on the same day' as the Ha Noi consultation: its date and place"),
               mtg(1, "bilateral_meeting", "2023-10-03", loc_="Vietnam", cc="VN", parties=["UNDP", "VN"],
                   note="farewell call of the UNDP Resident Representative in Viet Nam: held in the host state")]},
]

MFA = "Ministry of Foreign Affairs"
GCC = ag("Gulf Cooperation Council", None, "igo", "GCC")
WANG_T = "State Councilor and Foreign Minister"
FAISAL = "Faisal bin Farhan Al Saud"
SABAH = "Ahmad Nasser Al-Mohammad Al-Sabah"

DOCS += [
 # ------------------------------------------------------------------ 2 China MFA single article
 {"file": "fmprc_wjbzhd-202201-t20220111.txt", "published": "2022-01-11",
  "items": [("Wang Yi Holds Talks with Saudi", "on January 14.",
             "Wang Yi Holds Talks with Saudi Foreign Minister Prince Faisal bin Farhan Al Saud")],
  "dates": [("2022-01-11 22:40", 0, note(day("2022-01-11"), "timestamp under the headline: one day mention and the page date")),
            ("January 11, 2022", 0, day("2022-01-11")),
            ("January 10 to 14", 0, note(span("2022-01-10", "2022-01-14"), "'From' excluded; year from the item's date")),
            ("Monday", 0, note(day("2022-01-10"), "page dated Tuesday 2022-01-11")),
            ("January 12-13", 0, span("2022-01-12", "2022-01-13")),
            ("January 14", 0, day("2022-01-14"))],
  "locations": [("Wuxi", 0, city("Wuxi", "CN")), ("Jiangsu Province", 0, admin1("Jiangsu", "CN")),
                ("China", 1, CN), ("Saudi Arabia", 0, SA), ("China", 2, CN), ("Saudi Arabia", 1, SA),
                ("Saudi Arabia", 2, SA),
                ("China", 3, note(CN, "'one-China principle': country name used attributively")),
                ("China", 4, CN), ("China", 5, CN),
                ("China", 6, note(CN, "place in a summit's name (a meeting) is a location")), ("China", 7, CN),
                ("Riyadh", 0, RUH), ("Yemen", 0, loc("Yemen", "YE")), ("Afghanistan", 0, loc("Afghanistan", "AF")),
                ("Iran", 0, loc("Iran", "IR")), ("China", 8, CN),
                ("Saudi Arabia", 3, SA), ("Kuwait", 0, loc("Kuwait", "KW")), ("Oman", 0, loc("Oman", "OM")),
                ("Bahrain", 0, loc("Bahrain", "BH")), ("China", 9, CN),
                ("Turkey", 0, loc("Turkey", "TR")), ("China", 10, CN)],
  "officials": [("Wang Yi", 0, off("Wang Yi", None, "CN")),
                (FAISAL, 0, note(off(FAISAL, "Foreign Minister", "SA", MFA), "'Prince' is a royal style, stripped like an honorific; 'Saudi' adjective dropped")),
                ("Wang Yi", 1, off("Wang Yi", WANG_T, "CN", MFA)),
                (FAISAL, 1, off(FAISAL, "Foreign Minister", "SA", MFA)),
                ("Wang Yi", 2, off("Wang Yi", None, "CN")),
                ("Xi Jinping", 0, off("Xi Jinping", "President", "CN")),
                ("Salman bin Abdulaziz Al Saud", 0, off("Salman bin Abdulaziz Al Saud", "King", "SA")),
                ("Faisal bin Farhan", 2, off(FAISAL, None, "SA")),
                ("Wang Yi", 3, off("Wang Yi", None, "CN")),
                ("Nayef Falah Mubarak Al-Hajraf", 0, off("Nayef Falah Mubarak Al-Hajraf", "Secretary General of the GCC", None, "Gulf Cooperation Council")),
                ("Wang Yi", 4, off("Wang Yi", None, "CN")), ("Wang Yi", 5, off("Wang Yi", None, "CN")),
                (SABAH, 0, note(off(SABAH, "Foreign Minister", "KW", MFA), "'Sheikh' is an honorific; 'Kuwaiti' adjective dropped")),
                ("Mevlüt Çavuşoğlu", 0, off("Mevlüt Çavuşoğlu", "Foreign Minister of Turkey", "TR", MFA)),
                ("Hossein Amir-Abdollahian", 0, off("Hossein Amir-Abdollahian", "Foreign Minister", "IR", MFA))],
  "agencies": [("Ministry of Foreign Affairs of the People's Republic of China", 0, ag(MFA, "CN", "ministry")),
               ("GCC", 0, note(GCC, "body named inside a summit's name ('China-GCC Summit') is annotated")),
               ("Gulf Cooperation Council", 0, GCC), ("GCC", 1, GCC), ("GCC", 2, GCC),
               ("Ministry of Foreign Affairs, the People's Republic of China", 0,
                note(ag(MFA, "CN", "ministry"), "copyright footer: ministry and state read as one agency name, no location"))],
  "meetings": [mtg(0, "bilateral_meeting", "2022-01-11", loc_="Wuxi", cc="CN", parties=["CN", "SA"]),
               mtg(0, "multilateral_meeting", None, loc_="Riyadh", cc="SA", parties=["CN", "SA"], status="planned",
                   note="first China-Arab States Summit to be held in Riyadh; the Arab states are not named one by one"),
               mtg(0, "multilateral_meeting", None, loc_="Riyadh", cc="SA", parties=["CN", "GCC"], status="planned",
                   note="China-GCC Summit to be held in Riyadh"),
               mtg(0, "official_visit", "2022-01-10", "2022-01-14", loc_="China", cc="CN",
                   parties=["BH", "CN", "GCC", "KW", "OM", "SA"],
                   note="one joint visit of the four Gulf foreign ministers and the GCC Secretary General"),
               mtg(0, "bilateral_meeting", "2022-01-10", loc_="China", cc="CN", parties=["CN", "KW"],
                   note="talks with the visiting Kuwaiti minister during his visit to China; city not stated"),
               mtg(0, "official_visit", "2022-01-12", "2022-01-13", loc_="China", cc="CN", parties=["CN", "TR"], status="planned"),
               mtg(0, "official_visit", "2022-01-14", loc_="China", cc="CN", parties=["CN", "IR"], status="planned")]},
]

MBZ = "Mohamed bin Zayed Al Nahyan"
ALMARAR = "Khalifa Shaheen Almarar"
ZEYOUDI = "Thani bin Ahmed Al Zeyoudi"
MOFA_AE = ag(MFA, "AE", "ministry", "MoFA")

DOCS += [
 # ------------------------------------------------------------------ 3 WAM listing (UAE state news agency)
 {"file": "wam_en-news-politics-page2.txt", "published": None,
  "items": [("UAE President receives phone call", "holy month of Ramadan ...",
             "UAE President receives phone call from Egyptian President"),
            ("Khalifa Shaheen Almarar receives copies", "success in their duties ...",
             "Khalifa Shaheen Almarar receives copies of credentials of new ambassadors"),
            ("UAE, Kazakhstan sign MoU", "Alikhan Smailov ...", "UAE, Kazakhstan sign MoU on trade cooperation"),
            ("UAE strongly condemns terrorist attack", "families of the victims ...",
             "UAE strongly condemns terrorist attack in Somalia")],
  "dates": [("14th March, 2023", 0, day("2023-03-14")),
            ("today", 0, note(day("2023-03-14"), "resolved against the item's dateline")),
            ("13th March, 2023", 0, day("2023-03-13")), ("10th March, 2023", 0, day("2023-03-10")),
            ("9th to 10th March", 0, note(span("2023-03-09", "2023-03-10"), "'from' excluded; year from the dateline")),
            ("8th March", 0, note(UNRES, "dateline without year on an undated listing; not borrowed from other items")),
            ("2023", 3, note(year(2023), "copyright year in the footer, outside every item"))],
  "locations": [("UAE", 0, note(AE, "menu line")), ("UAE", 1, AE),
                ("ABU DHABI", 0, note(AUH, "all-caps dateline")), ("Egypt", 0, loc("Egypt", "EG")),
                ("UAE", 2, AE), ("Egypt", 1, loc("Egypt", "EG")),
                ("ABU DHABI", 1, AUH), ("Abu Dhabi", 0, AUH), ("Viet Nam", 0, VN), ("UAE", 3, AE),
                ("Republic of Kazakhstan", 0, KZ),
                ("UAE", 4, AE), ("Kazakhstan", 1, KZ), ("ASTANA", 0, AST), ("Kazakhstan", 2, KZ),
                ("UAE", 5, AE), ("Kazakhstan", 3, KZ), ("Astana", 0, AST),
                ("UAE", 6, AE), ("Somalia", 0, loc("Somalia", "SO")), ("ABU DHABI", 2, AUH),
                ("UAE", 7, AE), ("Somalia", 1, loc("Somalia", "SO")), ("UAE", 8, AE), ("Somalia", 2, loc("Somalia", "SO"))],
  "officials": [(MBZ, 0, note(off(MBZ, "President", "AE"), "'His Highness Sheikh' honorifics between title and name")),
                ("Abdel Fattah El-Sisi", 0, off("Abdel Fattah El-Sisi", "President", "EG")),
                (ALMARAR, 0, off(ALMARAR, None, "AE")), (ALMARAR, 1, off(ALMARAR, "Minister of State", "AE")),
                ("Nguyen Thanh Diep", 0, off("Nguyen Thanh Diep", "Ambassador-designate of Viet Nam to the UAE", "VN")),
                ("Askar Zhumagaliyev", 0, off("Askar Zhumagaliyev", "Ambassador-designate of the Republic of Kazakhstan", "KZ")),
                ("Almarar", 2, off(ALMARAR, None, "AE")),
                (ZEYOUDI, 0, off(ZEYOUDI, "Minister of State for Foreign Trade", "AE")),
                ("Serik Zhumangarin", 0, off("Serik Zhumangarin", "Deputy Prime Minister and Minister of Trade and Integration of Kazakhstan", "KZ", "Ministry of Trade and Integration")),
                ("Al Zeyoudi", 1, off(ZEYOUDI, None, "AE")),
                ("Alikhan Smailov", 0, off("Alikhan Smailov", "Prime Minister", "KZ"))],
  "agencies": [("Ministry of Foreign Affairs", 0, MOFA_AE), ("MoFA", 0, MOFA_AE), ("MoFA", 1, MOFA_AE),
               ("Government of Somalia", 0, ag("Government of Somalia", "SO", "other"))],
  "meetings": [mtg(0, "phone_call", "2023-03-14", parties=["AE", "EG"]),
               mtg(1, "credentials", "2023-03-13", loc_="Abu Dhabi", cc="AE", parties=["AE", "KZ", "VN"],
                   note="copies of credentials of two envoys received in one audience: one event"),
               mtg(2, "agreement_signing", "2023-03-09", "2023-03-10", loc_="Astana", cc="KZ", parties=["AE", "KZ"],
                   note="MoU signed on the sidelines of the commission: takes its days"),
               mtg(2, "bilateral_commission", "2023-03-09", "2023-03-10", loc_="Astana", cc="KZ", parties=["AE", "KZ"], rnd=9),
               mtg(2, "bilateral_meeting", "2023-03-09", "2023-03-10", loc_="Astana", cc="KZ", parties=["AE", "KZ"],
                   note="'also met' with no date of its own: takes the commission's days, place from the dateline")]},
]

MFA_KZ = ag(MFA, "KZ", "ministry")
MFA_MY = ag(MFA, "MY", "ministry")
AMRAN = "Amran Mohamed Zin"
KOORD_KZ = "ministries of trade and integration, energy and transport of Kazakhstan"

DOCS += [
 # ------------------------------------------------------------------ 4 Kazakhstan MFA single article (gov.kz)
 {"file": "govkz_mfa-press-news-details-745210.txt", "published": "2024-04-25",
  "items": [("Kazakhstan and Malaysia hold political", "Murat Nurtleu.",
             "Kazakhstan and Malaysia hold political consultations in Astana")],
  "dates": [("25.04.2024 17:42", 0, note(day("2024-04-25"), "d.m.Y publication timestamp: one day mention and the page date")),
            ("25 April 2024", 0, day("2024-04-25")),
            ("2024", 2, note(year(2024), "'the second half of 2024': only the year is a date mention")),
            ("2023", 0, year(2023)),
            ("June 13-14", 0, note(span("2024-06-13", "2024-06-14"), "year from the dateline")),
            ("October 2022", 0, month(2022, 10))],
  "locations": [("Kazakhstan", 1, KZ), ("Malaysia", 0, MY), ("Astana", 0, AST), ("Astana", 1, AST),
                ("Republic of Kazakhstan", 1, note(KZ, "the state a title is 'of'")),
                ("Kazakhstan", 3, KZ), ("Malaysia", 2, MY), ("Kuala Lumpur", 0, KL),
                ("Malaysia", 3, MY), ("Kazakhstan", 4, KZ), ("Southeast Asia", 0, region("Southeast Asia")),
                ("Astana", 2, note(AST, "city in the name of an event (forum) is a location")),
                ("Kazakhstan", 5, KZ), ("Malaysia", 4, MY), ("Kazakhstan", 7, KZ), ("Kuala Lumpur", 1, KL)],
  "officials": [("Alibek Bakayev", 0, off("Alibek Bakayev", "Deputy Minister of Foreign Affairs of the Republic of Kazakhstan", "KZ", MFA)),
                (AMRAN, 0, off(AMRAN, "Secretary General of the Ministry of Foreign Affairs of Malaysia", "MY", MFA)),
                ("Bakayev", 1, off("Alibek Bakayev", None, "KZ")),
                ("Jojie Samuel", 0, off("Jojie Samuel", "Ambassador of Malaysia to Kazakhstan", "MY")),
                (AMRAN, 1, off(AMRAN, None, "MY")),
                ("Murat Nurtleu", 0, off("Murat Nurtleu", "Deputy Prime Minister – Minister of Foreign Affairs", "KZ", MFA))],
  "agencies": [("Ministry of Foreign Affairs of the Republic of Kazakhstan", 0, note(MFA_KZ, "site title, outside every item")),
               ("Ministry of Foreign Affairs of Malaysia", 0, note(MFA_MY, "body named inside a title is an agency mention")),
               ("United Nations", 0, UN),
               ("Organization of Islamic Cooperation", 0, ag("Organization of Islamic Cooperation", None, "igo", "OIC")),
               ("OIC", 0, ag("Organization of Islamic Cooperation", None, "igo", "OIC")),
               ("Conference on Interaction and Confidence Building Measures in Asia", 0,
                ag("Conference on Interaction and Confidence Building Measures in Asia", None, "igo", "CICA")),
               ("CICA", 0, ag("Conference on Interaction and Confidence Building Measures in Asia", None, "igo", "CICA")),
               ("ASEAN", 0, ag("ASEAN", None, "igo")),
               (KOORD_KZ, 0, ag("Ministry of Trade and Integration", "KZ", "ministry")),
               (KOORD_KZ, 0, ag("Ministry of Energy", "KZ", "ministry")),
               (KOORD_KZ, 0, ag("Ministry of Transport", "KZ", "ministry"))],
  "meetings": [mtg(0, "political_consultations", "2024-04-25", loc_="Astana", cc="KZ", parties=["KZ", "MY"], rnd=6),
               mtg(0, "bilateral_commission", "2024-07-01", "2024-12-31", loc_="Kuala Lumpur", cc="MY", parties=["KZ", "MY"], status="planned",
                   note="next Intergovernmental Commission meeting 'scheduled for the second half of 2024'"),
               mtg(0, "multilateral_meeting", "2024-06-13", "2024-06-14", loc_="Astana", cc="KZ", parties=["KZ"], status="planned",
                   note="Astana International Forum, to which Malaysian companies (not the state) are invited"),
               mtg(0, "political_consultations", "2022-10-01", "2022-10-31", loc_="Kuala Lumpur", cc="MY", parties=["KZ", "MY"],
                   note="previous round; its number is not stated"),
               mtg(0, "bilateral_meeting", "2024-04-25", loc_="Astana", cc="KZ", parties=["KZ", "MY"],
                   note="'on the same day' received by the Foreign Minister: dateline's day and place")]},
]

ZAMBRY = "Zambry Abd Kadir"
OIC = ag("Organization of Islamic Cooperation", None, "igo", "OIC")
KSA = note(SA, "'Kingdom of Saudi Arabia' is one location span")

DOCS += [
 # ------------------------------------------------------------------ 5 Malaysia MFA (Wisma Putra) press release
 {"file": "klnmy_press-release-working-visit-saudi-arabia.txt", "published": "2023-03-04",
  "items": [("WORKING VISIT OF THE MINISTER", "\n4 March 2023",
             "WORKING VISIT OF THE MINISTER OF FOREIGN AFFAIRS OF MALAYSIA TO THE KINGDOM OF SAUDI ARABIA, 5 - 7 MARCH 2023")],
  "dates": [("5 - 7 MARCH 2023", 0, span("2023-03-05", "2023-03-07")),
            ("5 to 7 March 2023", 0, span("2023-03-05", "2023-03-07")),
            ("7 March 2023", 1, day("2023-03-07")),
            ("2022", 0, year(2022)), ("1961", 0, year(1961)),
            ("4 March 2023", 0, note(day("2023-03-04"), "date of the Wisma Putra sign-off block: the page date"))],
  "locations": [("MALAYSIA", 0, note(MY, "all-caps headline; the state a title is 'of'")),
                ("KINGDOM OF SAUDI ARABIA", 0, KSA),
                ("Malaysia", 1, MY), ("Kingdom of Saudi Arabia", 0, KSA), ("Kingdom of Saudi Arabia", 1, KSA),
                ("Riyadh", 0, RUH), ("Kingdom of Saudi Arabia", 2, KSA),
                ("Jeddah", 0, city("Jeddah", "SA")), ("Jeddah", 1, city("Jeddah", "SA")),
                ("Saudi Arabia", 3, SA), ("Malaysia", 2, MY), ("Malaysia", 3, MY), ("Saudi Arabia", 4, SA),
                ("PUTRAJAYA", 0, note(city("Putrajaya", "MY"), "sign-off block place line, inside the item"))],
  "officials": [(ZAMBRY, 0, note(off(ZAMBRY, "Minister of Foreign Affairs of Malaysia", "MY", MFA), "'The Honourable Dato' Seri Diraja Dr.' are honorifics")),
                (FAISAL, 0, note(off(FAISAL, "Minister of Foreign Affairs of the Kingdom of Saudi Arabia", "SA", MFA), "'His Highness Prince' stripped")),
                ("Mohammed bin Salman Al Saud", 0, off("Mohammed bin Salman Al Saud", "Crown Prince and Prime Minister of the Kingdom of Saudi Arabia", "SA")),
                ("Zambry", 1, note(off(ZAMBRY, None, "MY"), "short mention after honorifics")),
                ("Hissein Brahim Taha", 0, off("Hissein Brahim Taha", "Secretary-General of the Organisation of Islamic Cooperation (OIC)", None, "Organization of Islamic Cooperation"))],
  "agencies": [("Ministry of Foreign Affairs, Malaysia", 0, note(MFA_MY, "site title, outside every item")),
               ("Organisation of Islamic Cooperation", 0, OIC), ("OIC", 0, OIC),
               ("WISMA PUTRA", 0, note(MFA_MY, "sign-off naming the ministry by its seat, as a mission signature line")),
               ("Ministry of Foreign Affairs, Malaysia", 1, note(MFA_MY, "copyright footer"))],
  "meetings": [mtg(0, "official_visit", "2023-03-05", "2023-03-07", loc_="Saudi Arabia", cc="SA", parties=["MY", "SA"], status="planned"),
               mtg(0, "bilateral_meeting", None, loc_="Riyadh", cc="SA", parties=["MY", "SA"], status="planned",
                   note="announced for the planned visit without a day of its own: null dates"),
               mtg(0, "bilateral_commission", None, loc_="Riyadh", cc="SA", parties=["MY", "SA"], status="planned", rnd=1,
                   note="first meeting of the Saudi-Malaysian Coordination Council, a standing bilateral mechanism"),
               mtg(0, "bilateral_meeting", None, loc_="Riyadh", cc="SA", parties=["MY", "SA"], status="planned",
                   note="courtesy call on the Crown Prince, in the Riyadh paragraph; distinct counterpart"),
               mtg(0, "bilateral_meeting", "2023-03-07", loc_="Jeddah", cc="SA", parties=["MY", "OIC"], status="planned"),
               mtg(0, "ceremony", "2023-03-07", loc_="Jeddah", cc="SA", parties=["MY"], status="planned",
                   note="meeting with the Malaysian community (diaspora) in Jeddah")]},
]

MFA_ET = ag(MFA, "ET", "ministry")
EMB_ET_CN = ag("Embassy of Ethiopia in China", "ET", "embassy")
MUDAVADI = "Musalia Mudavadi"
MISGANU = "Misganu Arga"

DOCS += [
 # ------------------------------------------------------------------ 6 Ethiopia MFA listing (undated)
 {"file": "mfaet_latest-news-page4.txt", "published": None,
  "items": [("Ethiopia, Kenya Hold 5th Session", "Abiy Ahmed ...", "Ethiopia, Kenya Hold 5th Session of Joint Ministerial Commission"),
            ("State Minister Misganu Arga Briefs", "Egypt and Sudan ...", "State Minister Misganu Arga Briefs Diplomatic Community on GERD"),
            ("Ethiopia Expresses Condolences", "crash on 19 May ...", "Ethiopia Expresses Condolences over Helicopter Crash in Iran"),
            ("Ethiopian Embassy in Beijing Hosts", "industrial parks ...", "Ethiopian Embassy in Beijing Hosts Business and Investment Forum")],
  "dates": [("12 June 2024", 0, day("2024-06-12")),
            ("today", 0, note(day("2024-06-12"), "resolved against the item's dateline")),
            ("19 May", 0, note(UNRES, "undated listing, item without dateline: year not borrowed")),
            ("28 May", 0, note(UNRES, "undated listing, item without dateline"))],
  "locations": [("Ethiopia", 1, ET), ("Kenya", 0, loc("Kenya", "KE")), ("Addis Ababa", 0, ADD),
                ("Ethiopia", 2, note(ET, "place in a commission's name (a meeting) is a location")), ("Kenya", 1, loc("Kenya", "KE")),
                ("Addis Ababa", 1, ADD), ("Kenya", 2, loc("Kenya", "KE")),
                ("Ethiopia", 3, ET), ("Ethiopia", 4, ET), ("Egypt", 0, loc("Egypt", "EG")), ("Sudan", 0, loc("Sudan", "SD")),
                ("Ethiopia", 5, ET), ("Iran", 0, loc("Iran", "IR")), ("Islamic Republic of Iran", 0, loc("Iran", "IR")),
                ("China", 0, note(CN, "possessive country before an agency is a location")),
                ("Ethiopia", 7, ET), ("China", 1, CN), ("Ethiopia", 8, ET),
                ("Addis Ababa", 2, note(ADD, "footer line")), ("Ethiopia", 10, ET)],
  "officials": [("Taye Atske Selassie", 0, off("Taye Atske Selassie", "Foreign Minister", "ET", MFA)),
                (MUDAVADI, 0, off(MUDAVADI, "Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs", "KE", MFA)),
                ("Mudavadi", 1, off(MUDAVADI, None, "KE")),
                ("Abiy Ahmed", 0, off("Abiy Ahmed", "Prime Minister", "ET")),
                (MISGANU, 0, off(MISGANU, "State Minister", "ET")),
                (MISGANU, 1, note(off(MISGANU, "State Minister of Foreign Affairs", "ET", MFA), "'Ambassador' between role and name is a diplomatic rank used as a style; the role is the title")),
                ("Misganu", 2, off(MISGANU, "Ambassador", "ET")),
                ("Ebrahim Raisi", 0, off("Ebrahim Raisi", "President", "IR")),
                ("Hossein Amir-Abdollahian", 0, off("Hossein Amir-Abdollahian", "Foreign Minister", "IR", MFA)),
                ("Tefera Derbew", 0, off("Tefera Derbew", "Ambassador", "ET"))],
  "agencies": [("Ministry of Foreign Affairs of Ethiopia", 0, note(MFA_ET, "site title")),
               ("African Union", 0, note(ag("African Union", None, "igo"), "'African Union-led': the body named attributively")),
               ("Ministry of Foreign Affairs of the Federal Democratic Republic of Ethiopia", 0, MFA_ET),
               ("Government", 0, note(ag("Government of Iran", "IR", "other"), "capitalized 'the Government and people of the Islamic Republic of Iran': the government as a body")),
               ("Ethiopian Embassy in Beijing", 0, EMB_ET_CN), ("Ethiopian Embassy in Beijing", 1, EMB_ET_CN),
               ("Ministry of Commerce", 0, ag("Ministry of Commerce", "CN", "ministry", "MOFCOM")),
               ("Ministry of Foreign Affairs of Ethiopia", 1, note(MFA_ET, "footer"))],
  "meetings": [mtg(0, "bilateral_commission", "2024-06-12", loc_="Addis Ababa", cc="ET", parties=["ET", "KE"], rnd=5),
               mtg(0, "bilateral_meeting", "2024-06-12", loc_="Addis Ababa", cc="ET", parties=["ET", "KE"],
                   note="courtesy call on the sidelines of the session: its day and place"),
               mtg(1, "multilateral_meeting", None, loc_="Ethiopia", cc="ET", parties=["ET"],
                   note="briefing of the diplomatic community accredited to Ethiopia; 'On Tuesday' unresolvable on the undated listing"),
               mtg(3, "multilateral_meeting", None, loc_="Beijing", cc="CN", parties=["CN", "ET"],
                   note="business and investment forum organised by the embassy with China's Ministry of Commerce; '28 May' unresolved")]},
]

FAISAL2 = "Faisal bin Farhan bin Abdullah"
TJ = loc("Tajikistan", "TJ")
ELKH = "Waleed bin Abdulkarim Elkhereiji"
MFA2_SPAN = "ministries of foreign affairs of the two countries"

DOCS += [
 # ------------------------------------------------------------------ 7 SPA single article
 {"file": "spa_en-news-2437010.txt", "published": "2023-12-21",
  "items": [("Foreign Minister Receives Tajik", "on December 19.", "Foreign Minister Receives Tajik Counterpart in Riyadh")],
  "dates": [("21 December 2023 20:14", 0, note(day("2023-12-21"), "weekday prefix 'Thursday,' excluded; date + clock time is one timestamp")),
            ("December 21, 2023", 0, day("2023-12-21")),
            ("today", 0, day("2023-12-21")),
            ("Wednesday", 0, note(day("2023-12-20"), "page and dateline dated Thursday 2023-12-21")),
            ("December 19", 0, note(day("2023-12-19"), "year from the dateline"))],
  "locations": [("Riyadh", 0, RUH), ("Riyadh", 1, RUH), ("Riyadh", 2, RUH),
                ("Republic of Tajikistan", 0, TJ), ("Saudi Arabia", 0, SA), ("Tajikistan", 1, TJ),
                ("Republic of Tajikistan", 1, TJ),
                ("Republic of Indonesia", 0, loc("Indonesia", "ID")),
                ("Gaza Strip", 0, region("Gaza Strip", "PS")), ("Cairo", 0, city("Cairo", "EG")),
                ("Tajikistan", 3, note(TJ, "tag line, outside every item")), ("Indonesia", 1, loc("Indonesia", "ID"))],
  "officials": [(FAISAL2, 0, note(off(FAISAL2, "Minister of Foreign Affairs", "SA", MFA), "'Prince' stripped as a style")),
                ("Sirojiddin Muhriddin", 0, off("Sirojiddin Muhriddin", "Minister of Foreign Affairs of the Republic of Tajikistan", "TJ", MFA)),
                (ELKH, 0, note(off(ELKH, "Vice Minister of Foreign Affairs", "SA", MFA), "'Eng.' (engineer) is an honorific")),
                ("Mirzosharif Jalolov", 0, off("Mirzosharif Jalolov", "Ambassador of the Republic of Tajikistan to the Kingdom", "TJ")),
                ("Emomali Rahmon", 0, off("Emomali Rahmon", "President", "TJ")),
                ("Salman bin Abdulaziz Al Saud", 0, note(off("Salman bin Abdulaziz Al Saud", "King", "SA"), "'Custodian of the Two Holy Mosques' treated as a royal style; title 'King'")),
                ("Faisal bin Farhan", 1, off(FAISAL2, None, "SA")),
                ("Retno Marsudi", 0, off("Retno Marsudi", "Foreign Minister of the Republic of Indonesia", "ID", MFA)),
                ("Elkhereiji", 1, off(ELKH, None, "SA"))],
  "agencies": [(MFA2_SPAN, 0, note(ag(MFA, "SA", "ministry"), "lowercase coordination 'of the two countries' expanded to both ministries")),
               (MFA2_SPAN, 0, ag(MFA, "TJ", "ministry")),
               ("Council of the League of Arab States", 0, note(ag("Council of the League of Arab States", None, "igo"), "one body: the League's Council"))],
  "meetings": [mtg(0, "official_visit", None, loc_="Saudi Arabia", cc="SA", parties=["SA", "TJ"],
                   note="'who is on an official visit to the Kingdom': no dates of its own stated"),
               mtg(0, "bilateral_meeting", "2023-12-21", loc_="Riyadh", cc="SA", parties=["SA", "TJ"]),
               mtg(0, "agreement_signing", "2023-12-21", loc_="Riyadh", cc="SA", parties=["SA", "TJ"],
                   note="MoU on political consultations signed during the meeting"),
               mtg(0, "phone_call", "2023-12-20", parties=["ID", "SA"]),
               mtg(0, "multilateral_meeting", "2023-12-19", loc_="Cairo", cc="EG", parties=["LAS", "SA"],
                   note="extraordinary session of the Arab League Council at permanent-delegate level")]},
]

MOMEN = "A. K. Abdul Momen"
MFA_BD = ag(MFA, "BD", "ministry")
TR = loc("Turkey", "TR")

DOCS += [
 # ------------------------------------------------------------------ 8 Bangladesh MOFA press release listing
 {"file": "mofabd_site-press_release.txt", "published": None,
  "items": [("5th Foreign Office Consultations", "Abdul Momen ...", "5th Foreign Office Consultations between Bangladesh and Viet Nam held in Dhaka"),
            ("Foreign Minister speaks with Turkish", "leave for Türkiye ...", "Foreign Minister speaks with Turkish Foreign Minister, conveys condolences"),
            ("Observance of Shaheed Dibosh", "UNESCO in 1999 ...", "Observance of Shaheed Dibosh and International Mother Language Day")],
  "dates": [("2023-02-15", 0, note(day("2023-02-15"), "ISO listing date stamp")), ("15 February 2023", 0, day("2023-02-15")),
            ("16 February", 0, note(day("2023-02-16"), "year from the item's own date")),
            ("2023-02-07", 0, day("2023-02-07")),
            ("today", 0, note(day("2023-02-07"), "'today (7 February 2023)': the word and the date are two mentions")),
            ("7 February 2023", 0, day("2023-02-07")), ("6 February", 0, day("2023-02-06")),
            ("2023-02-19", 0, day("2023-02-19")), ("21 February 2023", 0, day("2023-02-21")),
            ("1952", 0, year(1952)), ("1999", 0, year(1999))],
  "locations": [("Bangladesh", 1, BD), ("Viet Nam", 0, VN), ("Dhaka", 0, DHA),
                ("Bangladesh", 2, BD), ("Viet Nam", 1, VN), ("Dhaka", 1, DHA),
                ("Bangladesh", 3, note(BD, "attributive 'the Bangladesh delegation'")),
                ("Bangladesh", 4, BD), ("Viet Nam", 2, VN), ("Hanoi", 0, HAN),
                ("Türkiye", 0, note(TR, "'Türkiye' → canonical 'Turkey' (as page 2)")), ("Syria", 0, loc("Syria", "SY")),
                ("Türkiye", 1, TR), ("Dhaka", 2, DHA),
                ("Bangladesh", 6, note(BD, "lowercase 'all Bangladesh missions abroad' is no named body: 'Bangladesh' is a location"))],
  "officials": [("Masud Bin Momen", 0, note(off("Masud Bin Momen", "Foreign Secretary", "BD", MFA), "'Ambassador' between role and name is a rank style")),
                ("Do Hung Viet", 0, off("Do Hung Viet", "Deputy Foreign Minister", "VN", MFA)),
                (MOMEN, 0, off(MOMEN, "Foreign Minister", "BD", MFA)),
                (MOMEN, 1, off(MOMEN, "Foreign Minister", "BD", MFA)),
                ("Mevlüt Çavuşoğlu", 0, off("Mevlüt Çavuşoğlu", "Foreign Minister", "TR", MFA)),
                ("Momen", 3, off(MOMEN, None, "BD")),
                ("Md. Shahriar Alam", 0, note(off("Md. Shahriar Alam", "State Minister for Foreign Affairs", "BD", MFA), "'Md.' abbreviates Mohammad: part of the name, not an honorific"))],
  "agencies": [("Ministry of Foreign Affairs", 0, note(MFA_BD, "site title")),
               ("Government of the People's Republic of Bangladesh", 0, ag("Government of Bangladesh", "BD", "other")),
               ("Bangladesh Armed Forces", 0, ag("Bangladesh Armed Forces", "BD", "military")),
               ("Fire Service and Civil Defence", 0, ag("Fire Service and Civil Defence", "BD", "agency")),
               ("Ministry of Foreign Affairs", 1, MFA_BD),
               ("UNESCO", 0, ag("United Nations Educational, Scientific and Cultural Organization", None, "igo", "UNESCO")),
               ("Ministry of Foreign Affairs, Bangladesh", 0, note(MFA_BD, "copyright footer"))],
  "meetings": [mtg(0, "political_consultations", "2023-02-15", loc_="Dhaka", cc="BD", parties=["BD", "VN"], rnd=5),
               mtg(0, "bilateral_commission", None, loc_="Hanoi", cc="VN", parties=["BD", "VN"], status="planned", rnd=3),
               mtg(0, "bilateral_meeting", "2023-02-16", loc_="Dhaka", cc="BD", parties=["BD", "VN"],
                   note="visiting deputy minister's call on the host Foreign Minister the next day: held in the host capital of the consultations"),
               mtg(1, "phone_call", "2023-02-07", parties=["BD", "TR"]),
               mtg(2, "ceremony", "2023-02-21", loc_="Dhaka", cc="BD", parties=["BD"], status="planned",
                   note="observance of Shaheed Dibosh at the ministry in Dhaka (and at missions abroad)")]},
]
