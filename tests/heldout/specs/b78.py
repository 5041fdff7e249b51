# Gold for blind set b78 (8 pages: Latin America, the Caribbean and intergovernmental bodies, in English).
# Compact spec: text + whole-word occurrence (0-based, counted over the whole page).
from common import *  # noqa: F401,F403

JM = loc("Jamaica", "JM")
DO = loc("Dominican Republic", "DO")
HT = loc("Haiti", "HT")
MX = loc("Mexico", "MX")
CL = loc("Chile", "CL")
AR = loc("Argentina", "AR")
TT = loc("Trinidad and Tobago", "TT")
KIN = city("Kingston", "JM")
POS = city("Port of Spain", "TT")
MFA_JM = ag("Ministry of Foreign Affairs", "JM", "ministry")
CARICOM = ag("CARICOM", None, "igo")
UN = ag("United Nations", None, "igo")
KJS = "Kamina Johnson Smith"
MFAFT_T = "Minister of Foreign Affairs and Foreign Trade"

DOCS = [
 # ------------------------------------------------------------------ 1
 {"file": "mfaftjm_press-releases-page-3.txt", "published": None,
  "items": [("Jamaica and the Dominican Republic Hold Fourth", "held in the Dominican Republic in 2024.",
             "Jamaica and the Dominican Republic Hold Fourth Meeting of the Joint Commission"),
            ("Statement on the Situation in Haiti", "solidarity with the people of Haiti.",
             "Statement on the Situation in Haiti"),
            ("New Envoys Present Credentials", "at the Ministry to discuss ...",
             "New Envoys Present Credentials to the Governor-General")],
  "dates": [("14 March 2022", 0, day("2022-03-14")),
            ("March 10 and 11", 0, note(span("2022-03-10", "2022-03-11"), "year from the item's own date stamp")),
            ("November 2016", 0, month(2016, 11)),
            ("March 11", 0, day("2022-03-11")),
            ("2024", 0, year(2024)),
            ("2 March 2022", 0, day("2022-03-02")),
            ("24 February 2022", 0, day("2022-02-24")),
            ("Wednesday", 0, note(day("2022-02-23"), "against the item's stamp Thursday 24 February 2022")),
            ("Tuesday", 0, day("2022-02-22"))],
  "locations": [("Jamaica", 0, note(JM, "site title line")), ("Jamaica", 1, JM), ("Dominican Republic", 0, DO),
                ("Jamaica", 2, note(JM, "attributive in 'Jamaica-Dominican Republic Joint Commission'")), ("Dominican Republic", 1, DO),
                ("Kingston", 0, KIN), ("Dominican Republic", 2, DO), ("Santo Domingo", 0, city("Santo Domingo", "DO")),
                ("Jamaica", 3, JM), ("Dominican Republic", 3, DO),
                ("Haiti", 0, HT), ("Haiti", 1, HT), ("Jamaica", 6, JM), ("Haiti", 3, HT), ("Jamaica", 7, JM), ("Haiti", 4, HT),
                ("Jamaica", 8, JM), ("Mexico", 0, MX), ("Cuba", 0, CU), ("Chile", 0, CL), ("Argentina", 0, AR),
                ("Port of Spain", 0, POS), ("Trinidad and Tobago", 0, TT),
                ("Kingston", 1, note(KIN, "footer address")), ("Jamaica", 9, JM)],
  "officials": [(KJS, 0, note(off(KJS, MFAFT_T, "JM", "Ministry of Foreign Affairs"), "honorific 'the Hon.' stripped; apposition role")),
                ("Roberto Álvarez Gil", 0, off("Roberto Álvarez Gil", "Minister of Foreign Affairs of the Dominican Republic", "DO", "Ministry of Foreign Affairs")),
                ("Álvarez", 1, off("Roberto Álvarez Gil", "Minister", "DO", "Ministry of Foreign Affairs")),
                ("Andrew Holness", 0, note(off("Andrew Holness", "Prime Minister of Jamaica", "JM"), "'the Most Hon.' stripped as an honorific")),
                ("Johnson Smith", 1, off(KJS, "Minister", "JM", "Ministry of Foreign Affairs")),
                ("Claude Joseph", 0, off("Claude Joseph", "Minister of Foreign Affairs of Haiti", "HT", "Ministry of Foreign Affairs")),
                ("Patrick Allen", 0, note(off("Patrick Allen", "Governor-General of Jamaica", "JM"), "'His Excellency the Most Hon. Sir' stripped")),
                ("Ana Luisa Fajer Flores", 0, note(off("Ana Luisa Fajer Flores", "Ambassador", "MX"), "role from 'Four new Ambassadors ... They are:' written in the singular")),
                ("Fermín Gabriel Quiñones Sánchez", 0, off("Fermín Gabriel Quiñones Sánchez", "Ambassador", "CU")),
                ("Mónica Vásquez", 0, off("Mónica Vásquez", "Ambassador", "CL")),
                ("Gerardo Ricardo Bistoletti", 0, off("Gerardo Ricardo Bistoletti", "Ambassador", "AR")),
                ("Fajer Flores", 1, off("Ana Luisa Fajer Flores", "Ambassador", "MX")),
                ("Johnson Smith", 2, off(KJS, "Minister", "JM", "Ministry of Foreign Affairs"))],
  "agencies": [("Ministry of Foreign Affairs and Foreign Trade", 0, note(MFA_JM, "site title")),
               ("Jamaica House", 0, note(ag("Jamaica House", "JM", "other"), "seat of the head of government (DECISIONS)")),
               ("Government of Jamaica", 0, ag("Government of Jamaica", "JM", "other")),
               ("Caribbean Community", 0, CARICOM), ("CARICOM", 0, note(CARICOM, "parenthesised acronym is a second mention")),
               ("United Nations Integrated Office in Haiti", 0, ag("United Nations Integrated Office in Haiti", None, "igo", "BINUH")),
               ("BINUH", 0, ag("United Nations Integrated Office in Haiti", None, "igo", "BINUH")),
               ("King's House", 0, note(ag("King's House", "JM", "other"), "seat of the Governor-General (DECISIONS)")),
               ("Ministry of Foreign Affairs and Foreign Trade", 1, note(MFA_JM, "footer")),
               ("Ministry of Foreign Affairs and Foreign Trade", 2, MFA_JM)],
  "meetings": [mtg(0, "bilateral_commission", "2022-03-10", "2022-03-11", "Kingston", "JM", ["DO", "JM"], rnd=4),
               mtg(0, "bilateral_commission", "2016-11-01", "2016-11-30", "Santo Domingo", "DO", ["DO", "JM"],
                   note="earlier session the item reports ('last met in Santo Domingo in November 2016'); round not stated"),
               mtg(0, "agreement_signing", "2022-03-10", "2022-03-11", "Kingston", "JM", ["DO", "JM"],
                   note="two instruments signed at the close of the commission: one event, takes the commission's dates"),
               mtg(0, "bilateral_meeting", "2022-03-11", None, "Kingston", "JM", ["DO", "JM"],
                   note="courtesy call on the PM at Jamaica House during the Kingston session"),
               mtg(0, "bilateral_commission", "2024-01-01", "2024-12-31", "Dominican Republic", "DO", ["DO", "JM"], status="planned", rnd=5),
               mtg(1, "phone_call", None, None, None, None, ["HT", "JM"], note="'has spoken by telephone': no date of its own"),
               mtg(2, "credentials", "2022-02-23", None, "Jamaica", "JM", ["AR", "CL", "CU", "JM", "MX"],
                   note="four envoys in one ceremony at King's House: one event; place fixed by the kind of meeting"),
               mtg(2, "bilateral_meeting", "2022-02-22", None, "Jamaica", "JM", ["JM", "MX"],
                   note="envoy calls on the host foreign minister: held in the host state")]},
]

SRE = ag("Ministry of Foreign Affairs", "MX", "ministry", "SRE")
MXC = city("Mexico City", "MX")
DOS = ag("Department of State", "US", "department")
DHS = ag("Department of Homeland Security", "US", "department", "DHS")
DOJ = ag("Department of Justice", "US", "department", "DOJ")
NATPAL_MX = ag("National Palace", "MX", "other")
AMLO = "Andrés Manuel López Obrador"
EBRARD = "Marcelo Ebrard Casaubón"
BLINKEN = "Antony J. Blinken"

DOCS += [
 # ------------------------------------------------------------------ 2
 {"file": "gobmx_sre-prensa-mexico-us-high-level-security-dialogue.txt", "published": "2021-10-08",
  "items": [("Mexico and the United States hold High-Level", "in Washington, D.C., in 2022.",
             "Mexico and the United States hold High-Level Security Dialogue")],
  "dates": [("October 8, 2021", 0, note(day("2021-10-08"), "page date line under the headline")),
            ("October 8, 2021", 1, day("2021-10-08")), ("today", 0, day("2021-10-08")),
            ("2008", 0, year(2008)), ("2022", 0, year(2022))],
  "locations": [("Mexico", 0, MX), ("United States", 0, US), ("Mexico City", 0, MXC), ("Mexico", 2, MX),
                ("United States", 1, US), ("US", 0, US), ("Mexico City", 1, MXC), ("United States", 2, US),
                ("Mexico", 4, MX), ("United States", 3, US), ("Washington, D.C.", 0, WASH)],
  "officials": [(EBRARD, 0, off(EBRARD, "Foreign Secretary", "MX", "Ministry of Foreign Affairs")),
                ("Rosa Icela Rodríguez Velázquez", 0, off("Rosa Icela Rodríguez Velázquez", "Security and Citizen Protection Secretary", "MX", "Secretariat of Security and Citizen Protection")),
                ("Luis Cresencio Sandoval González", 0, note(off("Luis Cresencio Sandoval González", "General", "MX", "Secretariat of National Defense"), "nearest premodifier is the rank (b10 rule); agency from the office before it")),
                ("José Rafael Ojeda Durán", 0, note(off("José Rafael Ojeda Durán", "Admiral", "MX", "Secretariat of the Navy"), "nearest premodifier is the rank")),
                (BLINKEN, 0, off(BLINKEN, "Secretary of State", "US", "Department of State")),
                ("Alejandro Mayorkas", 0, off("Alejandro Mayorkas", "Secretary of Homeland Security", "US", "Department of Homeland Security")),
                ("Merrick Garland", 0, off("Merrick Garland", "Attorney General", "US")),
                (AMLO, 0, off(AMLO, "President", "MX")),
                ("Blinken", 1, off(BLINKEN, "Secretary", "US", "Department of State")),
                ("Mayorkas", 1, off("Alejandro Mayorkas", "Secretary", "US", "Department of Homeland Security")),
                ("Garland", 1, off("Merrick Garland", "Attorney General", "US")),
                ("Ebrard", 1, off(EBRARD, None, "MX", "Ministry of Foreign Affairs")),
                ("Blinken", 2, off(BLINKEN, None, "US", "Department of State"))],
  "agencies": [("Secretaría de Relaciones Exteriores", 0, note(SRE, "section title of the publisher; Spanish name kept as text")),
               ("Secretaría de Relaciones Exteriores", 1, SRE),
               ("National Palace", 0, note(NATPAL_MX, "seat of the head of state named as a venue (DECISIONS)")),
               ("Department of State", 0, DOS), ("Department of Homeland Security", 0, DHS), ("Department of Justice", 0, DOJ),
               ("National Palace", 1, NATPAL_MX)],
  "meetings": [mtg(0, "law_enforcement_dialogue", "2021-10-08", None, "Mexico City", "MX", ["MX", "US"]),
               mtg(0, "official_visit", "2021-10-08", None, "Mexico City", "MX", ["MX", "US"],
                   note="US delegation 'on a working visit to Mexico City'; dated by the dateline"),
               mtg(0, "bilateral_meeting", "2021-10-08", None, "Mexico City", "MX", ["MX", "US"], note="President receives Blinken"),
               mtg(0, "bilateral_meeting", "2021-10-08", None, "Mexico City", "MX", ["MX", "US"], note="President receives Mayorkas"),
               mtg(0, "bilateral_meeting", "2021-10-08", None, "Mexico City", "MX", ["MX", "US"], note="President receives Garland"),
               mtg(0, "technical_exchange", None, None, None, None, ["MX", "US"], status="planned",
                   note="bilateral working groups to meet 'in the coming weeks'"),
               mtg(0, "law_enforcement_dialogue", "2022-01-01", "2022-12-31", "Washington", "US", ["MX", "US"], status="planned")]},
]

CO = loc("Colombia", "CO")
BR = loc("Brazil", "BR")
PE = loc("Peru", "PE")
BOG = city("Bogotá", "CO")
MG = admin1("Minas Gerais", "BR")
MFA_CO = ag("Ministry of Foreign Affairs", "CO", "ministry")
OAS = ag("Organization of American States", None, "igo", "OAS")
BLUM = "Claudia Blum"
POMPEO = "Michael R. Pompeo"

DOCS += [
 # ------------------------------------------------------------------ 3
 {"file": "cancilleriaco_en-newsroom-news-page-12.txt", "published": None,
  "items": [("Colombia expresses its solidarity", "Colombian nationals affected.",
             "Colombia expresses its solidarity with the people of Brazil following the floods in Minas Gerais"),
            ("Colombia hosts the III Hemispheric", "in Buenos Aires in July 2019.",
             "Colombia hosts the III Hemispheric Ministerial Conference on the Fight against Terrorism"),
            ("Foreign Minister Claudia Blum meets", "at the Casa de Nariño.",
             "Foreign Minister Claudia Blum meets with US Secretary of State Michael R. Pompeo"),
            ("Colombia and Peru hold the VII", "in the first half of 2020 ...",
             "Colombia and Peru hold the VII Meeting of the Mechanism of Political Consultations")],
  "dates": [("2020-01-27", 0, note(day("2020-01-27"), "listing stamp under the headline")),
            ("Jan. 27/2020", 0, note(day("2020-01-27"), "Colombian dateline form 'Mon. D/YYYY' as one day mention")),
            ("January 24", 0, day("2020-01-24")),
            ("2020-01-20", 0, day("2020-01-20")), ("Jan. 20/2020", 0, day("2020-01-20")), ("today", 0, day("2020-01-20")),
            ("December 2018", 0, month(2018, 12)), ("July 2019", 0, month(2019, 7)),
            ("2020-01-20", 1, day("2020-01-20")), ("Jan. 20/2020", 1, day("2020-01-20")),
            ("2020-01-17", 0, day("2020-01-17")), ("Jan. 17/2020", 0, day("2020-01-17")),
            ("yesterday", 0, day("2020-01-16")),
            ("2020", 8, note(year(2020), "'the first half of 2020': the year is the mention"))],
  "locations": [("Colombia", 1, CO), ("Brazil", 0, BR), ("Minas Gerais", 0, MG), ("Bogota", 0, BOG),
                ("Brazil", 1, BR), ("Minas Gerais", 1, MG), ("Belo Horizonte", 0, city("Belo Horizonte", "BR")),
                ("Colombia", 4, CO), ("Bogota", 1, BOG), ("the Americas", 0, region("Americas")),
                ("United States", 0, US), ("Argentina", 0, AR), ("Brazil", 2, BR), ("Ecuador", 0, loc("Ecuador", "EC")),
                ("Guatemala", 0, loc("Guatemala", "GT")), ("Washington", 0, WASH), ("Buenos Aires", 0, city("Buenos Aires", "AR")),
                ("US", 0, US), ("Bogota", 2, BOG), ("United States", 1, US), ("Venezuela", 0, loc("Venezuela", "VE")),
                ("Colombia", 5, CO), ("US", 1, US),
                ("Colombia", 6, CO), ("Peru", 0, PE), ("Lima", 0, city("Lima", "PE")), ("Peru", 1, PE),
                ("Colombia", 7, CO), ("Peru", 2, PE), ("Colombia", 8, CO),
                ("Bogota", 3, BOG), ("Colombia", 10, CO)],
  "officials": [(BLUM, 0, off(BLUM, "Foreign Minister", "CO", "Ministry of Foreign Affairs")),
                ("Luis Almagro", 0, off("Luis Almagro", "Secretary General of the Organization of American States", None, "Organization of American States")),
                (BLUM, 1, off(BLUM, "Foreign Minister", "CO", "Ministry of Foreign Affairs")),
                (POMPEO, 0, off(POMPEO, "Secretary of State", "US", "Department of State")),
                (BLUM, 2, off(BLUM, "Foreign Minister", "CO", "Ministry of Foreign Affairs")),
                (POMPEO, 1, note(off(POMPEO, "Secretary of State of the United States", "US", "Department of State"), "preceding apposition")),
                ("Pompeo", 2, off(POMPEO, "Secretary", "US", "Department of State")),
                ("Pompeo", 3, off(POMPEO, "Secretary", "US", "Department of State")),
                ("Iván Duque Márquez", 0, off("Iván Duque Márquez", "President", "CO")),
                ("Francisco Echeverri Lara", 0, off("Francisco Echeverri Lara", "Vice Minister of Foreign Affairs", "CO", "Ministry of Foreign Affairs")),
                ("Manuel Talavera Espinar", 0, off("Manuel Talavera Espinar", "Vice Minister of Foreign Affairs of Peru", "PE", "Ministry of Foreign Affairs"))],
  "agencies": [("Ministry of Foreign Affairs of Colombia", 0, note(MFA_CO, "site title")),
               ("Government of Colombia", 0, ag("Government of Colombia", "CO", "other")),
               ("Embassy of Colombia in Brasilia", 0, ag("Embassy of Colombia in Brazil", "CO", "embassy")),
               ("Organization of American States", 0, OAS), ("OAS", 0, OAS),
               ("Casa de Nariño", 0, note(ag("Casa de Nariño", "CO", "other"), "seat of the head of state named as a venue")),
               ("Ministry of Foreign Affairs of Colombia", 1, note(MFA_CO, "footer"))],
  "meetings": [mtg(1, "multilateral_meeting", "2020-01-20", None, "Bogotá", "CO", ["AR", "BR", "CO", "EC", "GT", "OAS", "US"], rnd=3,
                   note="parties: host and the participants the item names, the OAS by its Secretary General"),
               mtg(1, "multilateral_meeting", "2018-12-01", "2018-12-31", "Washington", "US", [], rnd=1,
                   note="earlier conference the item reports; participants not named"),
               mtg(1, "multilateral_meeting", "2019-07-01", "2019-07-31", "Buenos Aires", "AR", [], rnd=2),
               mtg(2, "bilateral_meeting", "2020-01-20", None, "Bogotá", "CO", ["CO", "US"]),
               mtg(2, "bilateral_meeting", "2020-01-20", None, "Bogotá", "CO", ["CO", "US"],
                   note="Pompeo 'later received by President Duque': dated and placed by the dateline"),
               mtg(3, "political_consultations", "2020-01-16", None, "Lima", "PE", ["CO", "PE"], rnd=7),
               mtg(3, "bilateral_commission", "2020-01-01", "2020-12-31", "Colombia", "CO", ["CO", "PE"], status="planned", rnd=6,
                   note="'Presidential Meeting and VI Binational Cabinet' is one combined event; binational cabinet as standing joint mechanism")]},
]

GY = loc("Guyana", "GY")
BB = loc("Barbados", "BB")
CHAG = note(city("Chaguaramas", "TT"), "place in a treaty's name is a location (treaties are not organizations)")
CARSEC = ag("Caribbean Community Secretariat", None, "igo")

DOCS += [
 # ------------------------------------------------------------------ 4
 {"file": "caricom_media-center-communications-press-releases-45th-regular-meeting.txt", "published": "2023-07-06",
  "items": [("Heads of Government conclude Forty-Fifth", "CARICOM Secretariat\nGeorgetown, Guyana",
             "Heads of Government conclude Forty-Fifth Regular Meeting in Port of Spain")],
  "dates": [("July 6, 2023", 0, day("2023-07-06")),
            ("3-5 July 2023", 0, span("2023-07-03", "2023-07-05")),
            ("4 July 1973", 0, day("1973-07-04")),
            ("4 July", 1, day("2023-07-04")),
            ("2024", 0, year(2024)), ("June", 0, note(month(2023, 6), "year from the item's date")),
            ("1 January 2024", 0, day("2024-01-01")), ("February 2024", 0, month(2024, 2))],
  "locations": [("Port of Spain", 0, POS), ("Port of Spain", 1, POS), ("Trinidad and Tobago", 0, TT), ("Port of Spain", 2, POS),
                ("Trinidad and Tobago", 1, TT), ("Haiti", 0, HT),
                ("Chaguaramas", 0, CHAG), ("Barbados", 0, BB), ("Guyana", 0, GY), ("Jamaica", 0, JM), ("Trinidad and Tobago", 2, TT),
                ("Chaguaramas", 1, city("Chaguaramas", "TT")),
                ("Brazil", 0, BR), ("Brazil", 1, note(BR, "attributive in 'CARICOM-Brazil Summit'")), ("Brasilia", 0, city("Brasília", "BR")),
                ("Haiti", 1, HT), ("Port-au-Prince", 0, city("Port-au-Prince", "HT")),
                ("Dominica", 0, loc("Dominica", "DM")), ("Guyana", 1, GY),
                ("Georgetown", 0, city("Georgetown", "GY")), ("Guyana", 2, GY),
                ("Haiti", 2, note(HT, "tag line")), ("Chaguaramas", 2, CHAG)],
  "officials": [("Keith Rowley", 0, note(off("Keith Rowley", "Prime Minister of Trinidad and Tobago", "TT"), "nearest of two preceding appositions; 'Dr. the Honourable' stripped")),
                ("Carla Barnett", 0, off("Carla Barnett", "Secretary-General", None, "Caribbean Community")),
                ("Ariel Henry", 0, off("Ariel Henry", "Prime Minister of Haiti", "HT")),
                ("Luiz Inácio Lula da Silva", 0, off("Luiz Inácio Lula da Silva", "President", "BR")),
                ("Lula", 1, off("Luiz Inácio Lula da Silva", "President", "BR")),
                ("António Guterres", 0, off("António Guterres", "Secretary-General of the United Nations", None, "United Nations")),
                ("Roosevelt Skerrit", 0, off("Roosevelt Skerrit", "Prime Minister of Dominica", "DM"))],
  "agencies": [("CARICOM", 0, note(CARICOM, "site title")), ("Caribbean Community", 0, CARICOM),
               ("CARICOM", 1, note(CARICOM, "menu line, clean name")),
               ("Caribbean Community", 1, note(CARICOM, "inside the meeting's name 'Conference of Heads of Government of the Caribbean Community'; the Conference itself is the meeting")),
               ("CARICOM", 2, note(CARICOM, "agency premodifier of 'Secretary-General'")),
               ("CARICOM", 3, CARICOM),
               ("Eminent Persons Group", 0, note(ag("Eminent Persons Group", None, "igo"), "CARICOM body of former heads of government")),
               ("United Nations", 0, UN),
               ("Government of the Republic of Trinidad and Tobago", 0, ag("Government of Trinidad and Tobago", "TT", "other")),
               ("CARICOM Secretariat", 0, note(CARSEC, "signature line closing the item; one row, no nested CARICOM"))],
  "meetings": [mtg(0, "multilateral_meeting", "2023-07-03", "2023-07-05", "Port of Spain", "TT", ["BR", "CARICOM", "HT", "TT"], rnd=45,
                   note="parties: the IGO plus the states whose representatives the item names as taking part"),
               mtg(0, "agreement_signing", "1973-07-04", None, None, None, ["BB", "GY", "JM", "TT"],
                   note="signing of the Treaty of Chaguaramas the item reports; place not stated outside the treaty's name"),
               mtg(0, "ceremony", "2023-07-04", None, "Chaguaramas", "TT", ["CARICOM"]),
               mtg(0, "bilateral_meeting", "2023-07-03", "2023-07-05", "Port of Spain", "TT", ["BR", "CARICOM"],
                   note="Lula's meeting with the Heads during the session: no date of its own, takes the session's"),
               mtg(0, "multilateral_meeting", "2024-01-01", "2024-12-31", "Brasília", "BR", ["BR", "CARICOM"], status="planned",
                   note="CARICOM-Brazil Summit to which the Heads were invited"),
               mtg(0, "official_visit", "2023-06-01", "2023-06-30", "Port-au-Prince", "HT", ["CARICOM", "HT"],
                   note="Eminent Persons Group delegation visit in June"),
               mtg(0, "phone_call", "2023-07-03", "2023-07-05", None, None, ["CARICOM", "UN"],
                   note="discussion with the UN Secretary-General by videoconference: two sides, so phone_call; session's dates"),
               mtg(0, "multilateral_meeting", "2024-02-01", "2024-02-29", "Guyana", "GY", ["CARICOM"], status="planned", rnd=46)]},
]

LYNCH = "Noel Anderson Lynch"
OAS_GA = ag("General Assembly of the Organization of American States", None, "igo")
OAS_PC = ag("Permanent Council of the Organization of American States", None, "igo")

DOCS += [
 # ------------------------------------------------------------------ 5
 {"file": "oas_en-media_center-press_release-E-017-19.txt", "published": "2019-03-19",
  "items": [("New Permanent Representative of Barbados", "from the University of the West Indies.",
             "New Permanent Representative of Barbados Presents Credentials to the OAS")],
  "dates": [("March 19, 2019", 0, day("2019-03-19")), ("today", 0, day("2019-03-19")),
            ("June 26 to 28", 0, note(span("2019-06-26", "2019-06-28"), "'from' excluded; year from the release date")),
            ("Wednesday", 0, note(day("2019-03-20"), "future 'on Wednesday' in a release dated Tuesday 2019-03-19")),
            ("1994 to 2013", 0, note({"date_start": "1994-01-01", "date_end": "2013-12-31", "granularity": "year"}, "year range as one mention")),
            ("2008 and 2010", 0, note({"date_start": "2008-01-01", "date_end": "2010-12-31", "granularity": "year"}, "'between' excluded"))],
  "locations": [("Barbados", 0, BB), ("Barbados", 1, BB), ("Washington, DC", 0, WASH), ("Medellín", 0, city("Medellín", "CO")),
                ("Colombia", 0, CO), ("Barbados", 3, BB), ("United States", 0, US),
                ("Washington, D.C.", 0, note(WASH, "footer address")), ("United States", 1, US)],
  "officials": [(LYNCH, 0, note(off(LYNCH, "Ambassador", "BB"), "premodifier 'Ambassador' is nearer than the preceding apposition 'Permanent Representative of Barbados to the OAS'")),
                ("Luis Almagro", 0, off("Luis Almagro", "Secretary General", None, "Organization of American States")),
                ("Almagro", 1, off("Luis Almagro", "Secretary General", None, "Organization of American States")),
                ("Lynch", 1, off(LYNCH, "Ambassador", "BB")),
                ("Lynch", 2, off(LYNCH, "Ambassador", "BB")),
                ("Mia Amor Mottley", 0, off("Mia Amor Mottley", "Prime Minister", "BB")),
                ("Lynch", 3, off(LYNCH, "Ambassador", "BB"))],
  "agencies": [("OAS", 0, note(OAS, "site title")), ("Organization of American States", 0, OAS), ("OAS", 1, note(OAS, "menu line, clean name")),
               ("OAS", 2, OAS), ("Organization of American States", 1, OAS), ("OAS", 3, OAS), ("OAS", 4, OAS),
               ("Government of Barbados", 0, ag("Government of Barbados", "BB", "other")),
               ("OAS General Assembly", 0, note(OAS_GA, "one row for the organ, no nested OAS row")),
               ("Permanent Council of the OAS", 0, note(OAS_PC, "one row, as 'Central Committee of the Communist Party of Cuba' (b01)")),
               ("House of Assembly", 0, ag("House of Assembly", "BB", "legislature")),
               ("Democratic Labour Party", 0, ag("Democratic Labour Party", "BB", "party", "DLP")),
               ("DLP", 0, ag("Democratic Labour Party", "BB", "party", "DLP")),
               ("OAS", 7, note(OAS, "chrome line after the item")), ("OAS", 8, OAS)],
  "meetings": [mtg(0, "credentials", "2019-03-19", None, "Washington", "US", ["BB", "OAS"],
                   note="credentials to the OAS Secretary General at the headquarters"),
               mtg(0, "bilateral_meeting", "2019-03-19", None, "Washington", "US", ["BB", "OAS"],
                   note="'After the ceremony ... held a meeting': same day and place"),
               mtg(0, "multilateral_meeting", "2019-06-26", "2019-06-28", "Medellín", "CO", ["OAS"], status="planned", rnd=49),
               mtg(0, "multilateral_meeting", "2019-03-20", None, None, None, ["BB", "OAS"], status="planned",
                   note="protocolary meeting of the Permanent Council to welcome the envoy; place not stated")]},
]

KE = loc("Kenya", "KE")
EC = loc("Ecuador", "EC")
PAP = city("Port-au-Prince", "HT")
UNSC = ag("United Nations Security Council", None, "igo")
HNP = ag("Haitian National Police", "HT", "law_enforcement", "HNP")
BINUH = ag("United Nations Integrated Office in Haiti", None, "igo", "BINUH")

DOCS += [
 # ------------------------------------------------------------------ 6
 {"file": "unnews_story-2023-10-haiti-security-council-authorizes-multinational-mission.txt", "published": "2023-10-02",
  "items": [("Haiti: Security Council authorizes", "support to the Haitian authorities.",
             "Haiti: Security Council authorizes deployment of multinational security support mission")],
  "dates": [("2 October 2023", 0, day("2023-10-02")), ("Monday", 0, day("2023-10-02")),
            ("October 2022", 0, month(2022, 10)),
            ("July", 0, note(month(2023, 7), "year from the story's date")), ("August", 0, month(2023, 8))],
  "locations": [("Haiti", 0, HT), ("Haiti", 1, HT), ("United States", 0, US), ("Ecuador", 0, EC),
                ("China", 0, loc("China", "CN")), ("Russian Federation", 0, loc("Russia", "RU")),
                ("New York", 0, city("New York", "US")), ("Kenya", 0, KE), ("Port-au-Prince", 0, PAP),
                ("Kenya", 1, KE), ("Port-au-Prince", 1, PAP), ("Jamaica", 0, JM), ("Bahamas", 0, loc("Bahamas", "BS")),
                ("Antigua and Barbuda", 0, loc("Antigua and Barbuda", "AG")), ("US", 0, US), ("Ecuador", 1, EC),
                ("Haiti", 2, HT), ("Kenya", 2, KE)],
  "officials": [("Ariel Henry", 0, off("Ariel Henry", "Prime Minister", "HT")),
                ("António Guterres", 0, off("António Guterres", "Secretary-General", None, "United Nations")),
                ("Alfred Mutua", 0, off("Alfred Mutua", "Cabinet Secretary for Foreign and Diaspora Affairs", "KE", "Ministry of Foreign Affairs")),
                ("Henry", 1, off("Ariel Henry", "Prime Minister", "HT")),
                ("Linda Thomas-Greenfield", 0, off("Linda Thomas-Greenfield", "Ambassador", "US")),
                ("José De La Gasca", 0, off("José De La Gasca", "Ambassador", "EC")),
                ("Jean Victor Généus", 0, off("Jean Victor Généus", "Foreign Minister", "HT", "Ministry of Foreign Affairs"))],
  "agencies": [("Security Council", 0, note(UNSC, "headline 'Security Council' names the UNSC")),
               ("UN Security Council", 0, UNSC),
               ("Haitian National Police", 0, HNP), ("HNP", 0, HNP), ("HNP", 1, HNP),
               ("UN Integrated Office in Haiti", 0, BINUH), ("BINUH", 0, BINUH)],
  "meetings": [mtg(0, "multilateral_meeting", "2023-10-02", None, "New York", "US", ["CN", "EC", "HT", "RU", "UN", "US"],
                   note="Security Council session adopting resolution 2699; parties: UN plus states the story names as taking part"),
               mtg(0, "official_visit", "2023-08-01", "2023-08-31", "Port-au-Prince", "HT", ["HT", "KE"],
                   note="Kenyan assessment team visit in August"),
               mtg(0, "bilateral_meeting", "2023-08-01", "2023-08-31", "Port-au-Prince", "HT", ["HT", "KE"], note="with PM Henry, during the visit"),
               mtg(0, "bilateral_meeting", "2023-08-01", "2023-08-31", "Port-au-Prince", "HT", ["HT", "KE"],
                   note="with officials of the HNP: a distinct counterpart met during the visit")]},
]

UY = loc("Uruguay", "UY")
BSB = city("Brasília", "BR")
MFA_BR = ag("Ministry of Foreign Affairs", "BR", "ministry")
CELAC = ag("CELAC", None, "igo")
LULA = "Luiz Inácio Lula da Silva"
VIEIRA = "Mauro Vieira"
VIEIRA_O = off(VIEIRA, "Minister", "BR", "Ministry of Foreign Affairs")

DOCS += [
 # ------------------------------------------------------------------ 7
 {"file": "govbr_mre-en-contact-us-press-area-press-releases-page-40.txt", "published": None,
  "items": [("Visit of President Luiz Inácio Lula da Silva to Argentina", "by Foreign Minister Mauro Vieira.",
             "Visit of President Luiz Inácio Lula da Silva to Argentina and Uruguay – 22 to 25 January 2023"),
            ("Telephone conversation between Minister", "to Washington in the coming weeks.",
             "Telephone conversation between Minister Mauro Vieira and the Secretary of State of the United States"),
            ("Brazil's return to CELAC", "created in 2010 ...", "Brazil's return to CELAC")],
  "dates": [("22 to 25 January 2023", 0, span("2023-01-22", "2023-01-25")),
            ("20/01/2023 18h15", 0, note(day("2023-01-20"), "Brazilian d/m/y stamp with clock time: one day mention")),
            ("January 22 to 24", 0, note(span("2023-01-22", "2023-01-24"), "'from' excluded")),
            ("January 23", 0, day("2023-01-23")), ("January 24", 0, day("2023-01-24")), ("January 25", 0, day("2023-01-25")),
            ("13/01/2023 11h40", 0, day("2023-01-13")), ("yesterday", 0, day("2023-01-12")),
            ("January 8", 0, day("2023-01-08")),
            ("05/01/2023 20h00", 0, day("2023-01-05")), ("January 2020", 0, month(2020, 1)), ("2010", 0, year(2010))],
  "locations": [("Argentina", 0, AR), ("Uruguay", 0, UY), ("Argentina", 1, AR), ("Buenos Aires", 0, city("Buenos Aires", "AR")),
                ("Brazil", 0, BR), ("Montevideo", 0, city("Montevideo", "UY")),
                ("Oriental Republic of Uruguay", 0, note(UY, "state the title is 'of'")),
                ("United States", 0, US), ("US", 0, US), ("United States", 1, US), ("Brasília", 0, BSB), ("Washington", 0, WASH),
                ("Brazil", 1, BR), ("Argentina", 2, AR), ("Brazil", 2, BR), ("Brazil", 3, BR),
                ("Brasília", 1, note(BSB, "footer address")), ("Brazil", 4, BR)],
  "officials": [(LULA, 0, off(LULA, "President", "BR")), (LULA, 1, off(LULA, "President", "BR")),
                ("Lula", 2, off(LULA, "President", "BR")),
                ("Alberto Fernández", 0, off("Alberto Fernández", "President", "AR")),
                ("Lula", 3, off(LULA, "President", "BR")),
                ("Luis Lacalle Pou", 0, off("Luis Lacalle Pou", "President of the Oriental Republic of Uruguay", "UY")),
                (VIEIRA, 0, off(VIEIRA, "Foreign Minister", "BR", "Ministry of Foreign Affairs")),
                (VIEIRA, 1, VIEIRA_O), (VIEIRA, 2, VIEIRA_O),
                ("Antony Blinken", 0, note(off("Antony Blinken", "Secretary of State", "US", "Department of State"), "'the US Secretary of State, Antony Blinken': country premodifier stripped")),
                ("Lula", 4, off(LULA, "President", "BR"))],
  "agencies": [("Ministry of Foreign Affairs", 0, note(MFA_BR, "site title")),
               ("Casa Rosada", 0, note(ag("Casa Rosada", "AR", "other"), "seat of the head of state named as a venue")),
               ("Community of Latin American and Caribbean States", 0, CELAC), ("CELAC", 0, CELAC),
               ("Government of the United States", 0, ag("United States Government", "US", "other")),
               ("CELAC", 1, CELAC),
               ("Brazilian Government", 0, ag("Government of Brazil", "BR", "other")),
               ("CELAC", 2, note(CELAC, "'Pro Tempore Presidency of CELAC': the presidency is no body of its own")),
               ("Ministry of Foreign Affairs", 1, MFA_BR)],
  "meetings": [mtg(0, "official_visit", "2023-01-22", "2023-01-24", "Buenos Aires", "AR", ["AR", "BR"], status="planned",
                   note="State visit to Argentina: its own dates; city from 'In Buenos Aires'"),
               mtg(0, "bilateral_meeting", "2023-01-23", None, "Buenos Aires", "AR", ["AR", "BR"], status="planned"),
               mtg(0, "agreement_signing", "2023-01-23", None, "Buenos Aires", "AR", ["AR", "BR"], status="planned"),
               mtg(0, "multilateral_meeting", "2023-01-24", None, None, None, ["BR", "CELAC"], status="planned", rnd=7,
                   note="VII CELAC Summit; place not stated in the item"),
               mtg(0, "official_visit", "2023-01-25", None, "Montevideo", "UY", ["BR", "UY"], status="planned",
                   note="second leg of the tour: one visit per country, dated by its own date"),
               mtg(0, "bilateral_meeting", "2023-01-25", None, "Montevideo", "UY", ["BR", "UY"], status="planned"),
               mtg(1, "phone_call", "2023-01-12", None, None, None, ["BR", "US"]),
               mtg(1, "official_visit", None, None, "Washington", "US", ["BR", "US"], status="planned",
                   note="'a visit by President Lula to Washington in the coming weeks': undated")]},
]

VE = loc("Venezuela", "VE")
BRV = note(VE, "'Bolivarian Republic of Venezuela' as the state a title is 'of'")
MFA_TT = ag("Ministry of Foreign Affairs", "TT", "ministry")
CSU = ag("Consular Services Unit", "TT", "department")
DELCY = "Delcy Rodríguez Gómez"
GIL = "Yván Gil Pinto"

DOCS += [
 # ------------------------------------------------------------------ 8
 {"file": "foreigntt_press-releases-2023-12-working-visit-vice-president-venezuela.txt", "published": "2023-12-21",
  "items": [("Working Visit of the Executive Vice President", "in the organisation of the visit.",
             "Working Visit of the Executive Vice President of the Bolivarian Republic of Venezuela"),
            ("Public Notice: Holiday Closure", "will be processed upon resumption.",
             "Public Notice: Holiday Closure of the Consular Services Unit")],
  "dates": [("21 December 2023", 0, day("2023-12-21")),
            ("Wednesday", 0, note(day("2023-12-20"), "against the post date Thursday 21 December 2023")),
            ("Tuesday", 0, day("2023-12-19")),
            ("2024", 0, year(2024)),
            ("21 December 2023", 1, day("2023-12-21")),
            ("25 and 26 December 2023", 0, span("2023-12-25", "2023-12-26")),
            ("1 January 2024", 0, day("2024-01-01")),
            ("2 January 2024", 0, note(day("2024-01-02"), "weekday prefix 'Tuesday' not part of the mention")),
            ("22 December 2023", 0, day("2023-12-22"))],
  "locations": [("Trinidad and Tobago", 1, note(TT, "menu line, attributive")), ("Trinidad and Tobago", 2, TT),
                ("Bolivarian Republic of Venezuela", 0, BRV), ("Bolivarian Republic of Venezuela", 1, BRV),
                ("Trinidad and Tobago", 3, TT), ("Port of Spain", 0, POS), ("Trinidad and Tobago", 4, TT),
                ("Venezuela", 2, note(VE, "attributive in 'CARICOM-Venezuela meeting'")), ("Caracas", 0, city("Caracas", "VE")),
                ("Port of Spain", 2, POS), ("Port of Spain", 3, POS), ("Trinidad and Tobago", 5, TT)],
  "officials": [(DELCY, 0, off(DELCY, "Executive Vice President of the Bolivarian Republic of Venezuela", "VE")),
                (GIL, 0, off(GIL, "Minister of People's Power for Foreign Affairs", "VE", "Ministry of Foreign Affairs")),
                ("Pedro Rafael Tellechea", 0, off("Pedro Rafael Tellechea", "Minister of People's Power for Petroleum", "VE", "Ministry of People's Power for Petroleum")),
                ("Rodríguez", 1, off(DELCY, "Vice President", "VE")),
                ("Keith Rowley", 0, off("Keith Rowley", "Prime Minister", "TT")),
                ("Amery Browne", 0, note(off("Amery Browne", "Minister of Foreign and CARICOM Affairs", "TT", "Ministry of Foreign Affairs"), "the CARICOM inside the office name is no agency row")),
                ("Gil", 1, off(GIL, "Minister", "VE", "Ministry of Foreign Affairs"))],
  "agencies": [("Ministry of Foreign and CARICOM Affairs", 0, note(MFA_TT, "site title; longer own name → 'Ministry of Foreign Affairs'")),
               ("Government of the Republic of Trinidad and Tobago", 0, ag("Government of Trinidad and Tobago", "TT", "other")),
               ("Office of the Prime Minister", 0, note(ag("Office of the Prime Minister", "TT", "other"), "head of government's office named as the venue, as written")),
               ("CARICOM", 2, CARICOM),
               ("Ministry of Foreign and CARICOM Affairs", 1, MFA_TT),
               ("Embassy of the Bolivarian Republic of Venezuela in Port of Spain", 0, ag("Embassy of Venezuela in Trinidad and Tobago", "VE", "embassy")),
               ("Consular Services Unit", 0, note(CSU, "named unit of the ministry, as 'Office of the Spokesperson'")),
               ("Ministry of Foreign and CARICOM Affairs", 2, MFA_TT), ("Consular Services Unit", 1, CSU),
               ("Ministry of Foreign and CARICOM Affairs", 3, note(MFA_TT, "footer"))],
  "meetings": [mtg(0, "official_visit", "2023-12-20", None, "Trinidad and Tobago", "TT", ["TT", "VE"],
                   note="working visit 'on Wednesday'; no city stated for the visit itself"),
               mtg(0, "bilateral_meeting", "2023-12-20", None, "Trinidad and Tobago", "TT", ["TT", "VE"],
                   note="received by the PM during the visit: takes the visit's date and country"),
               mtg(0, "agreement_signing", "2023-12-20", None, "Trinidad and Tobago", "TT", ["TT", "VE"],
                   note="signed Joint Statement on Energy Cooperation"),
               mtg(0, "bilateral_meeting", "2023-12-19", None, "Port of Spain", "TT", ["TT", "VE"],
                   note="foreign ministers' talks 'on Tuesday evening' on arrival in Port of Spain"),
               mtg(0, "multilateral_meeting", "2024-01-01", "2024-12-31", "Caracas", "VE", ["CARICOM", "VE"], status="planned",
                   note="CARICOM-Venezuela meeting: a meeting of the bloc with a state, typed multilateral as the CARICOM-Brazil Summit")]},
]
