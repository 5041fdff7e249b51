# Gold for batch b13 (9 pages of corpus/dev), compact spec: text + whole-word occurrence (0-based, whole page).
# Build/validate:  .venv/bin/python tests/gold/build.py b13
from common import *  # noqa: F401,F403

MINREX = ag("Ministry of Foreign Affairs", "CU", "ministry", "MINREX")
DOS = ag("Department of State", "US", "department")
USGOV = ag("United States Government", "US", "other")
REVGOV = ag("Revolutionary Government", "CU", "other")
AU = ag("African Union", None, "igo")
AUC = ag("African Union Commission", None, "igo", "AUC")
ACS = ag("Association of Caribbean States", None, "igo", "ACS")
NAM = ag("Non-Aligned Movement", None, "igo")
MEA = ag("Ministry of External Affairs", "IN", "ministry", "MEA")
US_CONGRESS = ag("United States Congress", "US", "legislature")
EMB_CU_US = ag("Embassy of Cuba in the United States", "CU", "embassy")
EMB_NA = ag("Embassy of Cuba in Namibia", "CU", "embassy")
EMB_ET = ag("Embassy of Cuba in Ethiopia", "CU", "embassy")
EMB_LA = ag("Embassy of Cuba in Laos", "CU", "embassy")
EMB_LK = ag("Embassy of Cuba in Sri Lanka", "CU", "embassy")
EMB_IE = ag("Embassy of Cuba in Ireland", "CU", "embassy")
HPR_ET = ag("House of Peoples' Representatives", "ET", "legislature")
MFA_LA = ag("Ministry of Foreign Affairs", "LA", "ministry")
MSJ = note(ag("Movement for Social Justice", "TT", "party", "MSJ"), "political party of Trinidad and Tobago (led by David Abdulah)")
IRL_FG = ag("Parliamentary Group of Friendship Ireland Cuba", "IE", "legislature")

CA = loc("Canada", "CA")
IN_ = loc("India", "IN")
IE = loc("Ireland", "IE")
ET = loc("Ethiopia", "ET")
NA_ = loc("Namibia", "NA")
TT = loc("Trinidad and Tobago", "TT")
LK = loc("Sri Lanka", "LK")
ID_ = loc("Indonesia", "ID")
AFRICA = region("Africa")
ADD = city("Addis Ababa", "ET")
POS = city("Port of Spain", "TT")
TORONTO = city("Toronto", "CA")
NYC = city("New York", "US")

BRUNO = "Bruno Rodríguez Parrilla"
CABANAS = "José Ramón Cabañas Rodriguez"
QUARTEY = "Thomas Kwesi Quartey"
ALDO = "Aldo Luis Fuentes Acosta"
COSSIO = "Carlos Fernández de Cossío"
VAZQUEZ = "Guillermo Vazquez Moreno"

DOCS = [
 # ------------------------------------------------------------------ 1
 {"file": "cubaminrex_cubaeeuu-article-cuban-foreign-minister-meets-us-members-congress.txt", "published": "2017-11-02",
  "items": [("Cuban Foreign Minister meets with US", "(Cubaminrex-Embacuba Estados Unidos)",
             "Cuban Foreign Minister meets with US Members of Congress")],
  "dates": [("November 2, 2017", 0, day("2017-11-02")),
            ("November 2", 1, note(day("2017-11-02"), "'On Thursday, November 2': weekday prefix excluded; year from the dateline"))],
  "locations": [("US", 0, note(US, "attributive 'US Members of Congress': US is a location, Congress an agency")),
                ("UNITED STATED", 0, note(US, "misspelled dateline 'UNITED STATED' = United States")),
                ("Republic of Cuba", 0, CU), ("Cuba", 1, CU), ("U.S.", 0, US),
                ("Cuba", 2, CU), ("U.S.", 1, US), ("Havana", 0, HAV), ("U.S.", 2, US), ("Cuba", 3, CU),
                ("U.S.", 3, note(US, "lowercase 'the U.S. government': not an agency, U.S. is a location")),
                ("Cuba", 4, CU), ("United States", 0, US)],
  "officials": [(BRUNO, 0, off(BRUNO, "Minister of Foreign Affairs of the Republic of Cuba", "CU", "Ministry of Foreign Affairs")),
                ("Bruno Rodríguez", 1, off(BRUNO, "Foreign Minister", "CU", "Ministry of Foreign Affairs")),
                ("Josefina Vidal Ferreiro", 0, note(off("Josefina Vidal Ferreiro", "General Director for U.S. Affairs", "CU", "Ministry of Foreign Affairs"),
                                                   "premodifying agency 'Cuban Ministry of Foreign Affairs' is a separate agency mention, dropped from the title")),
                ("Bárbara Elena Montalvo", 0, note(off("Bárbara Elena Montalvo", "Chief of Staff to the Cuban Foreign Minister", "CU", "Ministry of Foreign Affairs"),
                                                  "chief of staff of the Foreign Minister: tied to the foreign ministry")),
                (CABANAS, 0, off(CABANAS, "Ambassador to the United States", "CU"))],
  "agencies": [("Congress", 0, note(US_CONGRESS, "'Members of Congress' (US): the Congress is named as a body")),
               ("US House of Representatives", 0, ag("House of Representatives", "US", "legislature")),
               ("Congress", 1, US_CONGRESS),
               ("Cuban Ministry of Foreign Affairs", 0, MINREX),
               ("Embacuba Estados Unidos", 0, note(EMB_CU_US, "source tag 'Embacuba Estados Unidos'; the glued 'Cubaminrex' portal name is not annotated (as b06)"))],
  "meetings": [mtg(0, "bilateral_meeting", "2017-11-02", loc_="United States", cc="US", parties=["CU", "US"],
                   note="FM met senators and House members at the Dirksen Senate Building (facility); place = dateline country")]},

 # ------------------------------------------------------------------ 2
 {"file": "cubaminrex_en-articulo-cuban-ambassador-meeting-un-economic-social-joint-secretary-division.txt", "published": "2021-11-25",
  "items": [("Cuban Ambassador holds meeting with United Nations", "imposed by the United States Government on Cuba.",
             "Cuban Ambassador holds meeting with United Nations Economic and Social Joint Secretary´s Division of the Ministry of External Affairs of India.")],
  "dates": [("November 25, 2021", 0, day("2021-11-25"))],
  "locations": [("New Delhi", 0, city("New Delhi", "IN")), ("India", 1, IN_), ("India", 2, IN_), ("Cuba", 0, CU),
                ("India", 3, IN_), ("Cuba", 1, CU)],
  "officials": [("Alejandro Simancas", 0, off("Alejandro Simancas", "Ambassador to India", "CU")),
                ("Srinivas Gotru", 0, off("Srinivas Gotru", "Joint Secretary of the United Nations Economic-Social Division of the Ministry of External Affairs", "IN", "Ministry of External Affairs")),
                ("Srinivas Gotru", 1, off("Srinivas Gotru", None, "IN", "Ministry of External Affairs"))],
  "agencies": [("United Nations Economic and Social Joint Secretary´s Division", 0,
                note(ag("United Nations Economic and Social Division", "IN", "department"),
                     "MEA division named as a body in the headline (nested body, as b03); its 'United Nations' is part of the name")),
               ("Ministry of External Affairs of India", 0, MEA),
               ("Ministry of External Affairs", 1, MEA),
               ("Non Aligned Movement", 0, NAM),
               ("United States Government", 0, USGOV),
               ("Minrex", 0, note(MINREX, "'RSS Minrex' feed label outside the item"))],
  "meetings": [mtg(0, "bilateral_meeting", "2021-11-25", loc_="New Delhi", cc="IN", parties=["CU", "IN"],
                   note="ambassador's meeting with the MEA Joint Secretary; place = dateline")]},

 # ------------------------------------------------------------------ 3
 {"file": "cubaminrex_en-articulo-meeting-ambassador-parliamentary-group-friendship-ireland-cuba.txt", "published": "2017-06-22",
  "items": [("Meeting of Ambassador with Parliamentary", "(CUBAMINREX-EMBACUBAIRLANDA)",
             "Meeting of Ambassador with Parliamentary Group of Friendship Ireland Cuba")],
  "dates": [("22 June 2017", 0, day("2017-06-22")),
            ("yesterday", 0, note(day("2017-06-21"), "'yesterday afternoon' resolved from the dateline 22 June 2017"))],
  "locations": [("Ireland", 1, note(IE, "dateline 'Ireland 22 June 2017.'")), ("US", 0, US),
                ("Vienna", 0, city("Vienna", "AT"))],
  "officials": [("Hermes Herrera", 0, off("Hermes Herrera", "Ambassador", "CU")),
                ("Bruno Rodriguez Parrilla", 0, off("Bruno Rodriguez Parrilla", "Minister", "CU"))],
  "agencies": [("Parliamentary Group of Friendship Ireland Cuba", 0,
                note(IRL_FG, "parliamentary friendship group = body of the legislature (b06); places inside its name are not locations")),
               ("Friendship Group with Cuba", 0, note(IRL_FG, "same parliamentary friendship group; 'Cuba' inside its name")),
               ("Irish Parliament", 0, note(ag("Parliament of Ireland", "IE", "legislature"), "as 'Swedish Parliament' -> 'Parliament of Sweden' (b06)")),
               ("Revolutionary Government", 0, REVGOV),
               ("EMBACUBAIRLANDA", 0, note(EMB_IE, "signature tag naming the mission (Embacuba Irlanda written as one token); CUBAMINREX portal name not annotated"))],
  "meetings": [mtg(0, "bilateral_meeting", "2017-06-21", loc_="Ireland", cc="IE", parties=["CU", "IE"], rnd=2,
                   note="'second meeting' of the ambassador with the Irish parliamentary friendship group (legislators: bilateral, as b06); place = dateline")]},

 # ------------------------------------------------------------------ 4
 {"file": "cubaminrex_en-canada-page65-https.txt", "published": None,
  "items": [("Statement by the Cuban Ambassador to Canada", "will have an impact on the relations.",
             "Statement by the Cuban Ambassador to Canada, Josefina Vidal January 30, 2019"),
            ("Canada attends IV International Conference", "topics like education.",
             "Canada attends IV International Conference for World Balance in Havana"),
            ("Cuba strongly rejects the threat", "regimes in Venezuela and Nicaragua.”",
             "Cuba strongly rejects the threat to activate Title III of the Helms-Burton act."),
            ("Celebrating the 60th Anniversary", "it was celebrated the 60th Anniversary of the triumph of the Cuban Revolution.",
             "Celebrating the 60th Anniversary of the triumph of the Cuban Revolution in Toronto")],
  "dates": [("January 30, 2019", 0, day("2019-01-30")),
            ("today", 0, note(day("2019-01-30"), "statement dated in its headline 'January 30, 2019' (the item's own date)")),
            ("January 28", 0, note(UNRES, "dateline without year on a listing page without page date")),
            ("January 28-31", 0, note(UNRES, "no year in the item; not borrowed from neighbouring items")),
            ("January 16, 2019", 0, day("2019-01-16")),
            ("January 7th, 2019", 0, day("2019-01-07")),
            ("January 5th", 0, note(day("2019-01-05"), "'Last Saturday, January 5th': weekday excluded; year from the dateline"))],
  "locations": [("Cuba", 0, CU), ("Canada", 0, CA),
                ("Canada", 1, CA), ("Cuba", 1, CU), ("Canada", 2, note(CA, "lowercase 'the government of Canada': location, no agency")),
                ("Cuba", 2, CU), ("Canada", 3, CA), ("Canada", 4, CA),
                ("Canada", 5, CA), ("Havana", 0, HAV), ("Ottawa", 0, city("Ottawa", "CA")), ("Cuba", 4, CU),
                ("Canada", 6, CA), ("Havana", 1, HAV),
                ("Cuba", 5, CU), ("United States", 0, US), ("Cuba", 6, CU), ("Cuba", 7, CU),
                ("Venezuela", 0, loc("Venezuela", "VE")), ("Nicaragua", 0, loc("Nicaragua", "NI")),
                ("Toronto", 0, TORONTO), ("Toronto", 1, TORONTO), ("Toronto", 2, TORONTO)],
  "officials": [("Josefina Vidal", 0, off("Josefina Vidal", "Ambassador to Canada", "CU")),
                ("Arnold August", 0, note(off("Arnold August", "intellectual and friend of Cuba", None), "private person; plural 'Canadian intellectuals and friends of Cuba' written in the singular, country adjective dropped")),
                ("Keith Ellis", 0, off("Keith Ellis", "intellectual and friend of Cuba", None))],
  "agencies": [("Embassy in Cuba", 0, note(ag("Embassy of Canada in Cuba", "CA", "embassy"), "'Canada´s staff at its Embassy in Cuba': embassy + 'in <host>' is one agency")),
               ("Ministry of Foreign Affairs", 0, note(MINREX, "Declaration sub-heading on a Cuban mission page: Cuban MFA (as b01)")),
               ("US State Department", 0, DOS)],
  "meetings": [mtg(1, "multilateral_meeting", loc_="Havana", cc="CU", parties=["CA", "CU"], rnd=4,
                   note="IV International Conference for World Balance (edition IV = round 4, as b03/b06), January 28-31 (year unresolved); Canada represented, Cuba host"),
               mtg(3, "ceremony", "2019-01-05", loc_="Toronto", cc="CA", parties=["CU"],
                   note="celebration of the 60th anniversary of the Revolution in Toronto")]},

 # ------------------------------------------------------------------ 5
 {"file": "cubaminrex_en-ethiopia-page91.txt", "published": None,
  "items": [("African Union Commission acknowledges", "for many decades.",
             "African Union Commission acknowledges the contribution of Cuba to Africa"),
            ("Declaration of the Revolutionary Government", "price of gold in the world market.",
             "Declaration of the Revolutionary Government"),
            ("Cuba celebrates Africa Day in Ethiopia", "and the Cuban community.",
             "Cuba celebrates Africa Day in Ethiopia"),
            ("First Vicepresiden of Cuba meet", "between Cuba and Ethiopia.",
             "First Vicepresiden of Cuba meet the Speaker of the House of Representatives of")],
  "dates": [("June 20, 2019", 0, day("2019-06-20")),
            ("4 June 2019", 0, day("2019-06-04")),
            ("2018", 0, year(2018)),
            ("7 June 2019", 0, day("2019-06-07")),
            ("2019", 3, note(year(2019), "'Africa Day 2019': a year naming an event's edition is a year date (b01)")),
            ("31 May 2019", 0, day("2019-05-31"))],
  "locations": [("Cuba", 0, CU), ("Africa", 0, AFRICA), ("Addis Ababa", 0, ADD), ("Cuba", 1, CU), ("Africa", 1, AFRICA),
                ("Cuba", 3, CU), ("US", 0, note(US, "attributive country name in 'the US dollar'")),
                ("Cuba", 4, CU), ("Africa", 2, note(AFRICA, "place inside an event's (commemoration's) name is a location")), ("Ethiopia", 0, ET),
                ("Addis Ababa", 1, ADD), ("Africa", 3, AFRICA), ("Africa", 4, AFRICA), ("Cuba", 6, CU),
                ("Cuba", 7, CU), ("Addis Ababa", 2, ADD), ("Cuba", 8, CU), ("Cuba", 9, CU), ("Ethiopia", 3, ET)],
  "officials": [("Thomas Kwesi Quartey", 0, off(QUARTEY, "Deputy Chairperson of the AUC", None, "African Union Commission")),
                ("Kwesi Quartey", 1, off(QUARTEY, "Deputy Chairperson of the AUC", None, "African Union Commission")),
                ("Tagese Chafo", 0, off("Tagese Chafo", "Speaker of the House of Representatives of Ethiopia", "ET", "House of Peoples' Representatives")),
                ("Salvador Valdés Mesa", 0, off("Salvador Valdés Mesa", "First Vicepresident fo Cuba", "CU"))],
  "agencies": [("African Union Commission", 0, AUC),
               ("African Union", 1, note(AU, "'the African Union clinic': the AU named attributively (clinic is not a proper name)")),
               ("AUC", 0, AUC),
               ("Revolutionary Government", 0, REVGOV), ("Revolutionary Government", 1, REVGOV),
               ("Revolutionary Government of the Republic of Cuba", 0, REVGOV),
               ("United States Government", 0, USGOV),
               ("Embassy of Cuba to Ethiopia", 0, note(EMB_ET, "'The Embassy of Cuba to Ethiopia and the African Union': embassy row + AU row")),
               ("African Union", 2, AU),
               ("AUC", 1, AUC),
               ("House of Representatives", 0, note(HPR_ET, "cut headline; Ethiopia's House of Peoples' Representatives (as b03)")),
               ("House of Representatives of Ethiopia", 0, HPR_ET)],
  "meetings": [mtg(0, "ceremony", "2019-06-20", loc_="Addis Ababa", cc="ET", parties=["AU", "CU"],
                   note="reception of new medical equipment at the AU clinic, Cuba's contribution acknowledged by the AUC Deputy Chairperson"),
               mtg(2, "ceremony", "2019-06-07", loc_="Addis Ababa", cc="ET", parties=["AU", "CU"],
                   note="Africa Day celebration by the embassy, attended by the AUC Deputy Chairperson; dated by the dateline"),
               mtg(3, "bilateral_meeting", "2019-05-31", loc_="Addis Ababa", cc="ET", parties=["CU", "ET"],
                   note="Speaker received the First Vice President; no visit mentioned in the text")]},

 # ------------------------------------------------------------------ 6
 {"file": "cubaminrex_en-namibia-page16.txt", "published": None,
  "items": [("Cuban experts in Namibia celebrate", "children over two years of age.",
             "Cuban experts in Namibia celebrate the return to the new normal in Cuba."),
            ("Embajada de Cuba en Namibia celebra", "was also present.",
             "Embajada de Cuba en Namibia celebra encuentro con líderes del movimiento de solidaridad."),
            ("Representatives of the Cuban State Mission", "elementary school.",
             "Representatives of the Cuban State Mission in Namibia visit the “Fidel Castro Ruz” primary school."),
            ("Namibia is updated on the gradual", "return of Cuba to normality.",
             "Namibia is updated on the gradual return of Cuba to normality.")],
  "dates": [("November 14th, 2021", 0, day("2021-11-14")), ("November 13th, 2021", 0, day("2021-11-13")),
            ("November 12th, 2021", 0, day("2021-11-12"))],
  "locations": [("Namibia", 0, NA_), ("Cuba", 0, CU), ("Namibia", 1, NA_), ("Windhoek", 0, city("Windhoek", "NA")),
                ("Namibia", 2, NA_), ("Cuba", 3, CU),
                ("Namibia", 5, NA_),
                ("Namibia", 9, NA_), ("Namibia", 10, note(NA_, "lowercase 'brigades of Cuban cooperation in Namibia': generic, place annotated")),
                ("Namibia", 11, NA_), ("Cuba", 7, CU)],
  "officials": [(ALDO, 0, off(ALDO, "Chargé d'Affaires a.i of the Cuban Embassy in Namibia", "CU", "Embassy of Cuba in Namibia")),
                ("Cecilia Muzile", 0, off("Cecilia Muzile", "secretary general", None)),
                ("Herbert Jauch", 0, off("Herbert Jauch", "union leader", None)),
                (ALDO, 1, off(ALDO, "Charge d'Affaires a.i. from the island's diplomatic headquarters", "CU", "Embassy of Cuba in Namibia"))],
  "agencies": [("Embassy of Cuba", 0, note(EMB_NA, "'in this African country': host Namibia from the dateline")),
               ("Embajada de Cuba en Namibia", 0, note(EMB_NA, "Spanish headline annotated like English (b01)")),
               ("Cuban Embassy in Namibia", 0, EMB_NA),
               ("Cuban State Mission in Namibia", 0, note(ag("State Mission of Cuba in Namibia", "CU", "other"),
                                                        "the Cuban state's mission in Namibia as a body (as 'Cuban Medical Brigade in Ghana', b03); 'in Namibia' part of its name")),
               ("Embassy of Cuba", 1, EMB_NA)],
  "meetings": [mtg(0, "ceremony", "2021-11-14", loc_="Namibia", cc="NA", parties=["CU"],
                   note="celebration by Cuban experts with embassy representatives; place = dateline"),
               mtg(1, "ceremony", "2021-11-13", loc_="Namibia", cc="NA", parties=["CU"],
                   note="chargé received the Namibia-Cuba Friendship Association (solidarity group)"),
               mtg(2, "ceremony", "2021-11-12", loc_="Namibia", cc="NA", parties=["CU"],
                   note="dialogue with students and teachers of a primary school (meeting with the public)")]},

 # ------------------------------------------------------------------ 7
 {"file": "cubaminrex_en-trinidad-and-tobago-page64.txt", "published": None,
  "items": [("Statement by Carlos Fernández de Cossío", "said the Director.",
             "Statement by Carlos Fernández de Cossío, General Director for U.S. Affairs on U.S. State Department's false accusations"),
            ("Farewell activity of the Cuban Ambassador", "in the Caribbean sister island.",
             "Farewell activity of the Cuban Ambassador presided over by the Speaker of the House and the Minister of Trade and Industry."),
            ("Movement for Social Justice (MSJ) awards", "recognized political figure in the country.",
             "Movement for Social Justice (MSJ) awards recognition to the Cuban Ambassador.")],
  "dates": [("December 10th, 2018", 0, day("2018-12-10")), ("November 30th, 2018", 0, day("2018-11-30")),
            ("November 26th, 2018", 0, day("2018-11-26"))],
  "locations": [("Cuba", 0, CU), ("Trinidad and Tobago", 0, TT),
                ("Cuba", 1, CU), ("U.S.", 3, note(US, "country premodifying a title ('U.S. Secretary of State') is a location (b04)")),
                ("United States", 0, US),
                ("Port of Spain", 0, POS), ("Port of Spain", 1, POS), ("Cuba", 2, CU), ("Trinidad and Tobago", 1, TT),
                ("Caribbean", 1, note(region("Caribbean"), "attributive region name ('the Caribbean sister island'), as b03")),
                ("Port of Spain", 2, POS), ("Trinidad and Tobago", 2, TT), ("Cuba", 3, CU)],
  "officials": [(COSSIO, 0, off(COSSIO, "General Director for U.S. Affairs", "CU", "Ministry of Foreign Affairs")),
                (COSSIO, 1, off(COSSIO, "General Director for U.S. Affairs at the Cuban Ministry of Foreign Affairs", "CU", "Ministry of Foreign Affairs")),
                ("Mike Pompeo", 0, off("Mike Pompeo", "Secretary of State", "US", "Department of State")),
                (BRUNO, 0, off(BRUNO, "Minister of Foreign Affairs", "CU", "Ministry of Foreign Affairs")),
                (VAZQUEZ, 0, note(off(VAZQUEZ, "Ambassador of Cuba to Trinidad and Tobago and permanent representative to the Association of Caribbean States", "CU"),
                                  "'Cro.' (compañero = comrade) is an honorific, stripped")),
                (VAZQUEZ, 1, off(VAZQUEZ, "Ambassador", "CU")),
                ("David Abdulah", 0, note(off("David Abdulah", "recognized political figure in the country", None, "Movement for Social Justice"),
                                          "party leader, serves no state: country null"))],
  "agencies": [("U.S. State Department", 0, DOS),
               ("Cuban Ministry of Foreign Affairs", 0, MINREX),
               ("Government", 0, note(ag("Government of Trinidad and Tobago", "TT", "other"),
                                      "capitalized 'the Government' of the host state as a body (as b05 'the putschist Government')")),
               ("Association of Caribbean States", 0, ACS),
               ("Movement for Social Justice", 0, MSJ), ("MSJ", 0, MSJ),
               ("Movement for Social Justice", 1, MSJ), ("MSJ", 1, MSJ), ("MSJ", 2, MSJ)],
  "meetings": [mtg(1, "ceremony", "2018-11-30", loc_="Port of Spain", cc="TT", parties=["CU", "TT"],
                   note="farewell activity for the Cuban ambassador presided over by the Speaker and a minister of Trinidad and Tobago"),
               mtg(2, "ceremony", "2018-11-26", loc_="Port of Spain", cc="TT", parties=["CU"],
                   note="recognition awarded at the MSJ party's Annual Convention; the party is no state side")]},

 # ------------------------------------------------------------------ 8
 {"file": "minrex_en-articulo-minister-plantations-industries-receives-ambassador-cuba.txt", "published": "2019-05-15",
  "items": [("Minister of Plantations Industries receives", "(Cubaminrex  - Embacuba Sri Lanka)",
             "Minister of Plantations Industries receives the Ambassador of Cuba")],
  "dates": [("May 15, 2019", 0, day("2019-05-15"))],
  "locations": [("Cuba", 0, CU), ("SRI LANKA", 0, loc("Sri Lanka", "LK")), ("Sri Lanka", 0, LK), ("Cuba", 1, CU),
                ("Cuba", 2, CU), ("Sri Lanka", 1, LK), ("Sri Lanka", 2, LK), ("Cuba", 3, CU), ("United States", 0, US)],
  "officials": [("Navin Dissanayake", 0, note(off("Navin Dissanayake", "Member of Parliament and Minister of Plantations Industries of Sri Lanka", "LK", "Ministry of Plantation Industries"),
                                             "'The Honorable' stripped; two-role apposition kept whole (b06)")),
                ("Juana Elena Ramos Ramos Rodríguez", 0, note(off("Juana Elena Ramos Ramos Rodríguez", "Ambassador of Cuba", "CU"),
                                                             "name as spelled on the page (duplicated 'Ramos')")),
                ("J. A. Ranjith", 0, off("J. A. Ranjith", "Secretary of the Ministry", "LK", "Ministry of Plantation Industries"))],
  "agencies": [("Embacuba Sri Lanka", 0, EMB_LK),
               ("Minrex", 0, note(MINREX, "'RSS Minrex' feed label outside the item"))],
  "meetings": [mtg(0, "bilateral_meeting", "2019-05-15", loc_="Sri Lanka", cc="LK", parties=["CU", "LK"],
                   note="received at the ministry's headquarters; no city stated, dateline 'SRI LANKA'")]},

 # ------------------------------------------------------------------ 9
 {"file": "minrex_en-node-page274.txt", "published": None,
  "items": [("Miguel Barnet highlights", "who he referred to as “The Enlightened”.",
             "Miguel Barnet highlights the importance of preserving the historical and cultural roots of Cubans in a meeting with staff of the Mission of Cuba to UN"),
            (("Director-General of Press Department", 0), "Embassy of Cuba in Lao PDR.",
             "Director-General of Press Department of the Ministry of Foreign Affairs of Lao PDR receives Ambassador of Cuba."),
            ("The Cuban Institute of Radio", "products and services.", None),
            (("Honoring Fidel and Chávez in Indonesia", 0), "Indonesia\n\nHonoring Fidel and Chávez in Indonesia",
             "Honoring Fidel and Chávez in Indonesia")],
  "dates": [("22 March 2017", 0, day("2017-03-22")),
            ("2017", 1, note(year(2017), "year naming an event's edition ('Convention Cuba 2017'), as b01")),
            ("September 10-15, 2017", 0, span("2017-09-10", "2017-09-15"))],
  "locations": [("New York", 0, NYC), ("New York City", 0, NYC),
                ("Cuba", 2, CU), ("Cuba", 3, CU), ("Cuba", 4, CU),
                ("Cuba", 6, note(CU, "place inside an event's name ('Radio & Television Convention Cuba 2017') is a location")),
                ("Havana", 0, HAV), ("Cuba", 7, CU),
                ("Indonesia", 0, ID_), ("Indonesia", 1, ID_)],
  "officials": [("Miguel Barnet", 0, off("Miguel Barnet", None, None)),
                ("Miguel Barnet", 1, off("Miguel Barnet", "intellectual", None)),
                ("Barnet", 2, off("Miguel Barnet", None, None)),
                ("Phonethavy Boutdara", 0, off("Phonethavy Boutdara", "General Director of Press Department of the Ministry of Foreign Affairs of the Lao People's Democratic Republic", "LA", "Ministry of Foreign Affairs")),
                ("Pablo A. Rodríguez Vidal", 0, off("Pablo A. Rodríguez Vidal", "Ambassador of Cuba", "CU")),
                ("Fidel", 0, note(off("Fidel", None, "CU"), "only 'Fidel' on the page: fullest form in the document")),
                ("Chávez", 0, off("Chávez", None, "VE")),
                ("Fidel", 1, off("Fidel", None, "CU")), ("Chávez", 1, off("Chávez", None, "VE"))],
  "agencies": [("Mission of Cuba to UN", 0, ag("Permanent Mission of Cuba to the United Nations", "CU", "embassy")),
               ("Permanent Mission of Cuba to the United Nations", 0, ag("Permanent Mission of Cuba to the United Nations", "CU", "embassy")),
               ("Ministry of Foreign Affairs of Lao PDR", 0, MFA_LA), ("Ministry of Foreign Affairs of Lao PDR", 1, MFA_LA),
               ("Ministry of Foreign Affairs of the Lao People's Democratic Republic", 0, MFA_LA),
               ("Cuban Embassy", 0, note(EMB_LA, "host from the signature 'Embassy of Cuba in Lao PDR'")),
               ("Lao Foreign Ministry", 0, MFA_LA),
               ("Embassy of Cuba in Lao PDR", 0, EMB_LA)],
  "meetings": [mtg(0, "official_visit", loc_="New York", cc="US", parties=["CU", "US"],
                   note="'his visit to New York City' (earlier/ongoing visit mentioned); own dates not stated"),
               mtg(0, "ceremony", "2017-03-22", loc_="New York", cc="US", parties=["CU"],
                   note="cultural meeting of a Cuban intellectual with the mission's staff and relatives; dated by the dateline"),
               mtg(1, "bilateral_meeting", parties=["CU", "LA"],
                   note="received 'this morning' (no date on the item); place not stated"),
               mtg(2, "multilateral_meeting", "2017-09-10", "2017-09-15", loc_="Havana", cc="CU", parties=["CU"], status="planned",
                   note="international Radio & Television Convention and Expo-Fair announced by the Cuban ICRT"),
               mtg(3, "ceremony", loc_="Indonesia", cc="ID", parties=["CU"],
                   note="tribute to Fidel and Chávez in Indonesia; headline only, no date")]},
]
