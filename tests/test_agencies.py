"""Agencies: canonical names, coordinations and span rules (extract/annotate/agencies.py).

Pure-function tests need only the resources; ruler tests run the project's agency_ruler on
spacy.blank("en"); the last group runs the full model on snippets taken from real dev pages."""
from __future__ import annotations

import pytest
import spacy

from extract.annotate import agencies as A
from extract.annotate.context import Context
from extract.nlp import agency_patterns


def _ctx(res, publisher_cc=None, host_cc=None, dateline_cc=None) -> Context:
    return Context(res=res, doc_id="d", batch="b", item_id="d-000", offset=0, publisher_cc=publisher_cc,
                   host_cc=host_cc, dateline_cc=dateline_cc)


@pytest.fixture(scope="module")
def blank_nlp(res):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": "agencies", "phrase_matcher_attr": "ORTH",
                                               "validate": True, "overwrite": True})
    ruler.add_patterns(agency_patterns(res))
    return nlp


def _rows(nlp, res, text, **ctx):
    return [(h.text, h.fields["name"], h.fields["acronym"], h.fields["kind"], h.fields["country_code"])
            for h in A.find(nlp(text), _ctx(res, **ctx))]


# ---------------------------------------------------------------- canonical names (pure)
@pytest.mark.parametrize("text, ctx, expected", [
    ("US Government", {}, ("United States Government", None, "other", "US")),
    ("Cuban Government", {}, ("Government of Cuba", None, "other", "CU")),
    ("South African Government", {}, ("Government of South Africa", None, "other", "ZA")),
    ("Indian Parliament", {}, ("Parliament of India", None, "legislature", "IN")),
    ("Indian Foreign Ministry", {}, ("Ministry of External Affairs", "MEA", "ministry", "IN")),
    ("Cuban Ministry of Foreign Affairs", {}, ("Ministry of Foreign Affairs", "MINREX", "ministry", "CU")),
    ("Ministry of Foreign Affairs of Cuba", {}, ("Ministry of Foreign Affairs", "MINREX", "ministry", "CU")),
    ("Ministry of Foreign Affairs of the Plurinational State of Bolivia", {},
     ("Ministry of Foreign Affairs", None, "ministry", "BO")),
    ("Ministry of Health of Ghana", {}, ("Ministry of Health", None, "ministry", "GH")),
    ("Ministry of Foreign Affairs and International Trade of Kenya", {}, ("Ministry of Foreign Affairs", None, "ministry", "KE")),
    ("Department of Foreign Affairs and Trade of the Commonwealth of Australia", {},
     ("Department of Foreign Affairs and Trade", "DFAT", "department", "AU")),
    ("Embacuba Kenya", {}, ("Embassy of Cuba in Kenya", None, "embassy", "CU")),
    ("EMBACUBA IRELAND", {}, ("Embassy of Cuba in Ireland", None, "embassy", "CU")),
    ("Cuban Embassy in Washington, DC", {}, ("Embassy of Cuba in the United States", None, "embassy", "CU")),
    ("Cuban Embassy to Ethiopia", {}, ("Embassy of Cuba in Ethiopia", None, "embassy", "CU")),
    ("Cuban Embassy", {"host_cc": "CA"}, ("Embassy of Cuba in Canada", None, "embassy", "CU")),
    ("Cuban Embassy", {}, ("Embassy of Cuba", None, "embassy", "CU")),
    ("Cuban mission", {"dateline_cc": "TT"}, ("Embassy of Cuba in Trinidad and Tobago", None, "embassy", "CU")),
    ("Cuban Interests Section in USA", {}, ("Interests Section of Cuba in the United States", None, "embassy", "CU")),
    ("Cuban Medical Brigade in Ghana", {}, ("Cuban Medical Brigade in Ghana", None, "other", "CU")),
    ("Caribbean Community", {"publisher_cc": "CU"}, ("Caribbean Community", "CARICOM", "igo", None)),
    ("Upper House", {"publisher_cc": "IN"}, ("Rajya Sabha", None, "legislature", "IN")),
    ("Media & Communication Dept.", {}, ("Media and Communication Department", None, "department", "QA")),
])
def test_canonical(res, text, ctx, expected):
    assert A.canonical(text, res, _ctx(res, **ctx)) == expected


@pytest.mark.parametrize("text, expected", [
    ("ministries of the Interior and Foreign Affairs",
     [("Ministry of the Interior", None), ("Ministry of Foreign Affairs", None)]),
    ("departments of Homeland Security, Justice and State",
     [("Department of Homeland Security", None), ("Department of Justice", None), ("Department of State", None)]),
    ("foreign ministries of Vietnam and Laos", [("Ministry of Foreign Affairs", "VN"), ("Ministry of Foreign Affairs", "LA")]),
    ("foreign service academies of Pakistan and Azerbaijan", [("Foreign Service Academy", "PK"), ("Foreign Service Academy", "AZ")]),
    ("Councils of State and Ministers of Cuba", [("Council of State", "CU"), ("Council of Ministers", "CU")]),
    ("Council of Foreign Ministers, Council of Defence Ministers, and Committee of Security Council Secretaries",
     [("Council of Foreign Ministers", None), ("Council of Defence Ministers", None),
      ("Committee of Security Council Secretaries", None)]),
    ("Ministry of Foreign Affairs", [("Ministry of Foreign Affairs", None)]),
])
def test_expand(res, text, expected):
    assert A.expand(text, res) == expected


# ---------------------------------------------------------------- rules on spacy.blank("en") + the agency ruler
@pytest.mark.parametrize("text, ctx, expected", [
    # possessive country stays outside (000_148aa607e134a587.txt)
    ("Technical exchange held between Cuba’s Border Guard Troops and the U.S. Coast Guard", {"publisher_cc": "CU"},
     [("Border Guard Troops", "Border Guard Troops", None, "law_enforcement", "CU"),
      ("U.S. Coast Guard", "United States Coast Guard", "USCG", "law_enforcement", "US")]),
    # coordinations: one row per body, whole span as text (000_148aa607e134a587.txt)
    ("representatives of the departments of Homeland Security, Justice and State", {"publisher_cc": "CU"},
     [("departments of Homeland Security, Justice and State", "Department of Homeland Security", "DHS", "department", "US"),
      ("departments of Homeland Security, Justice and State", "Department of Justice", "DOJ", "department", "US"),
      ("departments of Homeland Security, Justice and State", "Department of State", None, "department", "US")]),
    # vietnamplus_deputy-pm-meets-new-lao-saudi-arabian-ambassadors-164345.txt
    ("cooperation between the foreign ministries of Vietnam and Laos", {"publisher_cc": "VN"},
     [("foreign ministries of Vietnam and Laos", "Ministry of Foreign Affairs", None, "ministry", "VN"),
      ("foreign ministries of Vietnam and Laos", "Ministry of Foreign Affairs", None, "ministry", "LA")]),
    # a state the model tags as a person (tuning set b96, Prensa Latina)
    ("consultations between the foreign ministries of Cuba and Saint Lucia", {"publisher_cc": "CU"},
     [("foreign ministries of Cuba and Saint Lucia", "Ministry of Foreign Affairs", "MINREX", "ministry", "CU"),
      ("foreign ministries of Cuba and Saint Lucia", "Ministry of Foreign Affairs", None, "ministry", "LC")]),
    # the AU's council is no UN body (tuning set b96, AU)
    ("briefed the AU Peace and Security Council on Monday", {},
     [("AU Peace and Security Council", "Peace and Security Council", "PSC", "igo", None)]),
    # signature lines (cubadiplomatica_irlanda-EN-CubanCommunity.txt)
    ("EMBACUBA IRELAND", {"publisher_cc": "CU"}, [("EMBACUBA IRELAND", "Embassy of Cuba in Ireland", None, "embassy", "CU")]),
    # lowercase mission word after a nationality (minrex_en-indonesia-page6.txt)
    ("at the Cuban embassy in Indonesia", {"publisher_cc": "CU"},
     [("Cuban embassy in Indonesia", "Embassy of Cuba in Indonesia", None, "embassy", "CU")]),
    # an article after 'and' opens a new body (minrex_en-articulos-105-page7.txt)
    ("the Ministry of Foreign Affairs of the Plurinational State of Bolivia and the Ministry of Health of Ghana", {},
     [("Ministry of Foreign Affairs of the Plurinational State of Bolivia", "Ministry of Foreign Affairs", None, "ministry", "BO"),
      ("Ministry of Health of Ghana", "Ministry of Health", None, "ministry", "GH")]),
    # an alias running past a pattern span wins (agenparl_...-truss.txt)
    ("Press Releases for U.S. Department of State", {"publisher_cc": "US"},
     [("U.S. Department of State", "Department of State", None, "department", "US")]),
    # a title after the body is not part of it (000_148aa607e134a587.txt)
    ("Josefina Vidal, Cuban Ministry of Foreign Affairs Director General for U.S. Affairs", {},
     [("Cuban Ministry of Foreign Affairs", "Ministry of Foreign Affairs", "MINREX", "ministry", "CU")]),
    # a list closed by its 'and' ends at the comma: the next body is a body of its own (held-out b75)
    ("representatives of the ministries of the Interior, Foreign Affairs and Justice, the Attorney General's Office",
     {"publisher_cc": "CU"},
     [("ministries of the Interior, Foreign Affairs and Justice", "Ministry of the Interior", "MININT", "ministry", "CU"),
      ("ministries of the Interior, Foreign Affairs and Justice", "Ministry of Foreign Affairs", "MINREX", "ministry", "CU"),
      ("ministries of the Interior, Foreign Affairs and Justice", "Ministry of Justice", "MINJUS", "ministry", "CU"),
      ("Attorney General's Office", "Attorney General's Office", None, "judiciary", "CU")]),
    # headline verb (mofaqa_...-meets-australian-deputy-secretary.txt)
    ("Minister of State at the Ministry of Foreign Affairs Meets Australian Deputy Secretary", {"publisher_cc": "QA"},
     [("Ministry of Foreign Affairs", "Ministry of Foreign Affairs", None, "ministry", "QA")]),
])
def test_find_rules(blank_nlp, res, text, ctx, expected):
    assert _rows(blank_nlp, res, text, **ctx) == expected


@pytest.mark.parametrize("text", [
    "the ministry said",                                   # bare generic reference
    "officials of the Embassy attended",                   # 'the Embassy' alone is generic
    "at the seat of Parliament.",                          # cubaminrex_en-india-page63.txt
    "the Association Cubanos en UK supports the 8th Congress of the PCC",   # cubaminrex_en-united-kingdom-page49.txt
    "a meeting of Heads of State and Government",
    "the Minister of Foreign Affairs of the Commonwealth of the Bahamas",   # groupsio_g-cubanews-message-11642.txt
    "the EU-Cuba Joint Council",                           # a standing mechanism is a meeting
])
def test_not_agencies(blank_nlp, res, text):
    names = [r[1] for r in _rows(blank_nlp, res, text)]
    assert not any(n in ("Embassy", "Ministry", "Parliament", "United States Congress", "Government",
                         "Commonwealth of Nations", "Joint Council", "Cuba Joint Council") for n in names), names


# ---------------------------------------------------------------- full model on real dev snippets
@pytest.mark.parametrize("text, ctx, expected", [
    # minrex_en-cubaus-0.txt
    ("Technical exchange held between Cuba’s Border Guard Troops and the U.S. Coast Guard Service",
     {"publisher_cc": "CU"}, [("Border Guard Troops", "Border Guard Troops"),
                              ("U.S. Coast Guard Service", "United States Coast Guard")]),
    # newslk_item-31190-...-cuban-ambassador.txt
    ("He thanked the Cuban Government for its support.", {"publisher_cc": "LK"}, [("Cuban Government", "Government of Cuba")]),
    # cubaminrex_en-articulos-105-page6.txt
    ("at the Cuban Embassy in Washington, DC.", {"publisher_cc": "CU"},
     [("Cuban Embassy in Washington, DC", "Embassy of Cuba in the United States")]),
    # cubaminrex_en-articulos-163-page6.txt
    ("the Ministry's Department of External Health Cooperation", {"publisher_cc": "CU"},
     [("Department of External Health Cooperation", "Department of External Health Cooperation")]),
    # minrex_en-indonesia-page6.txt
    ("the First Vice President of the Councils of State and Ministers of Cuba, visited", {"publisher_cc": "CU"},
     [("Councils of State and Ministers of Cuba", "Council of State"),
      ("Councils of State and Ministers of Cuba", "Council of Ministers")]),
])
def test_find_model(nlp, res, text, ctx, expected):
    assert [(r[0], r[1]) for r in _rows(nlp, res, text, **ctx)] == expected


# ---------------------------------------------------------------- second round: classes seen on dev pages
@pytest.mark.parametrize("text, ctx, expected", [
    # a comma before a person's name the model missed ends the coordination
    # (cubaminrex_anterior-English-DiplomaticEvents-Press-Cuban-Ambassadors.txt)
    ("the Vice President of the Councils of Ministers, Ricardo Cabrisas; Cuban Chancellor", {"publisher_cc": "CU"},
     [("Councils of Ministers", "Council of Ministers")]),
    # "<office> of the <body>": the inner body only when the office is no body
    # (cubaminrex_en-india-page34.txt)
    ("Dammu Ravi, Secretary for Economic Relations of the Ministry of External Affairs of India.", {"publisher_cc": "CU"},
     [("Ministry of External Affairs of India", "Ministry of External Affairs")]),
    # a host by description is not part of the span (cubadiplomatica_malasia-EN-Cooperation-ItemID-48398.txt)
    ("The colloquy, organized by the Embassy of the Republic of Cuba in the Asian country, was a success.",
     {"publisher_cc": "CU", "host_cc": "MY"},
     [("Embassy of the Republic of Cuba", "Embassy of Cuba in Malaysia")]),
    # a Cuban "State Mission" is composed like an embassy, its host in the span or from the page
    # (cubaminrex_en-jamaica-page145.txt)
    ("The Cuban State Mission in Jamaica celebrated the anniversary.", {"publisher_cc": "CU"},
     [("Cuban State Mission in Jamaica", "State Mission of Cuba in Jamaica")]),
    ("The Cuban State Mission celebrated the anniversary.", {"publisher_cc": "CU", "host_cc": "JM"},
     [("Cuban State Mission", "State Mission of Cuba in Jamaica")]),
    # a state name with 'and' the pattern cut short (cubaminrex_en-trinidad-and-tobago-page82.txt)
    ("the position of the Government of Trinidad and Tobago on the blockade", {"publisher_cc": "CU"},
     [("Government of Trinidad and Tobago", "Government of Trinidad and Tobago")]),
    # a capitalized bare "Foreign Ministry" names one body (cubaminrex_en-articulo-cuba-and-indonesia-...)
    ("Meanwhile, the General Director of the Foreign Ministry acknowledged the results.", {"publisher_cc": "CU"},
     [("Foreign Ministry", "Ministry of Foreign Affairs")]),
    # the agency's name stops before a title ("... General Director"), cubaminrex_cubaeeuu-article-...
    ("Bárbara Elena Montalvo, Ministry of Foreign Affairs General Director for U.S. Affairs, attended.",
     {"publisher_cc": "CU"}, [("Ministry of Foreign Affairs", "Ministry of Foreign Affairs")]),
])
def test_find_model_round2(nlp, res, text, ctx, expected):
    assert [(r[0], r[1]) for r in _rows(nlp, res, text, **ctx)] == expected


@pytest.mark.parametrize("text, not_a_body", [
    # buildings and rooms named after a body (cubaminrex_cubaeeuu-article-..., minrex_en-barbados-page2.txt);
    # "State House" as a venue is the head of state's office, an agency (DECISIONS.md, test_a_seat_of_state...)
    ("They met at the Dirksen Senate Office Building on Thursday.", "Dirksen Senate"),
    ("the State House grounds were opened to visitors", "State House"),
    ("a tour of the Senate Chamber in which they appreciated the heritage", "Senate Chamber"),
    # an organisation that is no public body, told by its owner after 'of' (minrex_en-usa-page20.txt;
    # cubaminrex_anterior-English-Actualidad-2013-enero-MEETING.txt)
    ("He met with the U.S. Chamber of Commerce and the U.S.-Cuba Business Council.", "Chamber"),
    ("Nazary, member of the Executive Committee of the Malaysia Friends of Cuba Association, spoke.", "Executive Committee"),
    # the congress of a trade union is an event (cubaminrex_en-south-africa-page15.txt)
    ("Embassy of Cuba participates in COSATU Gauteng Congress", "Gauteng Congress"),
])
def test_not_agencies_round2(nlp, res, text, not_a_body):
    rows = _rows(nlp, res, text, publisher_cc="CU")
    assert not any(not_a_body in r[0] or r[1] == not_a_body for r in rows), rows
    assert not any(r[1] in ("Chamber", "U.S.-Cuba Business Council", "United States Congress") for r in rows), rows


def test_split_of_body_keeps_generic_head(blank_nlp, res):
    """'Council of the European Union' and 'Department of the Treasury' are one body each."""
    doc = blank_nlp("the Council of the European Union")
    assert A._split_of_body(doc, 1, len(doc), res) == [(1, len(doc))]
    doc = blank_nlp("the Commission of International Relations of the ANPP")
    assert A._split_of_body(doc, 1, len(doc), res) == [(1, 5), (7, 8)]


# ---------------------------------------------------------------- third round: classes for unseen pages
@pytest.mark.parametrize("text, ctx, expected", [
    # a name and its acronym in parentheses are two mentions of one body; an unknown acronym takes the name
    ("The Ministry of Higher Education (MES) signed an agreement.", {"publisher_cc": "CU"},
     [("Ministry of Higher Education", "Ministry of Higher Education", "MES", "ministry", "CU"),
      ("MES", "Ministry of Higher Education", "MES", "ministry", "CU")]),
    ("the Directorate of Consular Affairs and Cuban Residents Abroad (DACCRE) said", {"publisher_cc": "CU"},
     [("Directorate of Consular Affairs and Cuban Residents Abroad", "Directorate of Consular Affairs and Cuban Residents Abroad",
       "DACCRE", "department", "CU"),
      ("DACCRE", "Directorate of Consular Affairs and Cuban Residents Abroad", "DACCRE", "department", "CU")]),
    # a known acronym fixes the state of a generic name on a foreign page
    ("the Ministry of the Interior (MININT) of the island", {"publisher_cc": "US"},
     [("Ministry of the Interior", "Ministry of the Interior", "MININT", "ministry", "CU"),
      ("MININT", "Ministry of the Interior", "MININT", "ministry", "CU")]),
    # the state after 'of' joins an alias span; another state than the alias row's keeps the wording
    ("the Attorney General's Office of the Republic of Cuba", {"publisher_cc": "CU"},
     [("Attorney General's Office of the Republic of Cuba", "Attorney General's Office", None, "judiciary", "CU")]),
    ("a delegation of the Congress of the Republic of Peru", {"publisher_cc": "CU"},
     [("Congress of the Republic of Peru", "Congress of Peru", None, "legislature", "PE")]),
    # ... but not a state that is only the start of another name
    ("the Subcommittee on Western Hemisphere of the United States Senate", {"publisher_cc": "US"},
     [("Subcommittee on Western Hemisphere", "Subcommittee on Western Hemisphere", None, "legislature", "US"),
      ("United States Senate", "United States Senate", None, "legislature", "US")]),
    # ministry names with comma lists; a foreign ministry's local wording is its Ministry of Foreign Affairs
    ("the Ministry of Education, Youth and Information of Jamaica", {"publisher_cc": "CU"},
     [("Ministry of Education, Youth and Information of Jamaica", "Ministry of Education, Youth and Information",
       None, "ministry", "JM")]),
    ("the Ministry of Foreign Affairs, Regional Integration and International Trade of Zimbabwe", {"publisher_cc": "CU"},
     [("Ministry of Foreign Affairs, Regional Integration and International Trade of Zimbabwe",
       "Ministry of Foreign Affairs", None, "ministry", "ZW")]),
    # both councils
    ("the Council of State and Ministers of Cuba", {"publisher_cc": "CU"},
     [("Council of State and Ministers of Cuba", "Council of State", None, "other", "CU"),
      ("Council of State and Ministers of Cuba", "Council of Ministers", None, "other", "CU")]),
    # parliamentary friendship groups are bodies of the legislature, named as written
    ("members of the Ghana-Cuba Parliamentary Friendship Group", {"publisher_cc": "CU"},
     [("Ghana-Cuba Parliamentary Friendship Group", "Ghana-Cuba Parliamentary Friendship Group", None, "legislature", "GH")]),
    # a body's possessive before another body: two mentions
    ("the Department of the Treasury's Office of Foreign Assets Control announced", {"publisher_cc": "US"},
     [("Department of the Treasury", "Department of the Treasury", None, "department", "US"),
      ("Office of Foreign Assets Control", "Office of Foreign Assets Control", "OFAC", "agency", "US")]),
    # a host written straight after 'Embassy'
    ("U.S. Embassy Havana will resume visa services", {"publisher_cc": "US"},
     [("U.S. Embassy Havana", "Embassy of the United States in Cuba", None, "embassy", "US")]),
    # Spanish names on Cuban pages
    ("Embajada de Cuba en Namibia celebra encuentro", {"publisher_cc": "CU"},
     [("Embajada de Cuba en Namibia", "Embassy of Cuba in Namibia", None, "embassy", "CU")]),
    # hosts and states written in Spanish (blind sets b83-b88: mission site footers)
    ("Embajada de Cuba en Argelia\n", {"publisher_cc": "CU"},
     [("Embajada de Cuba en Argelia", "Embassy of Cuba in Algeria", None, "embassy", "CU")]),
    ("Embajada de Cuba en el Líbano\n", {"publisher_cc": "CU"},
     [("Embajada de Cuba en el Líbano", "Embassy of Cuba in Lebanon", None, "embassy", "CU")]),
    ("Embajada de la República de Cuba en Panamá\n", {"publisher_cc": "CU"},
     [("Embajada de la República de Cuba en Panamá", "Embassy of Cuba in Panama", None, "embassy", "CU")]),
    ("Ministerio de Relaciones Exteriores de la República de Cuba\n", {"publisher_cc": "CU"},
     [("Ministerio de Relaciones Exteriores de la República de Cuba", "Ministry of Foreign Affairs", "MINREX", "ministry", "CU")]),
    # the office words after 'Office of the' are the body's name
    ("at the Office of the Prime Minister of Jamaica", {"publisher_cc": "CU"},
     [("Office of the Prime Minister of Jamaica", "Office of the Prime Minister", None, "other", "JM")]),
    # long state names inside mission names; a possessive country gives the state
    ("the Embassy of the People's Republic of China in Cuba", {"publisher_cc": "CU"},
     [("Embassy of the People's Republic of China in Cuba", "Embassy of China in Cuba", None, "embassy", "CN")]),
    ("Kenya's Ministry of Foreign Affairs said", {"publisher_cc": "CU"},
     [("Ministry of Foreign Affairs", "Ministry of Foreign Affairs", None, "ministry", "KE")]),
    # a country word is part of a body's own name unless the head is composed with the state
    ("the Sri Lanka Freedom Party and the Ghana Armed Forces", {"publisher_cc": "CU"},
     [("Sri Lanka Freedom Party", "Sri Lanka Freedom Party", None, "party", "LK"),
      ("Ghana Armed Forces", "Ghana Armed Forces", None, "military", "GH")]),
    # party organs named without the party
    ("a member of the Central Committee of the Party", {"publisher_cc": "CU"},
     [("Central Committee of the Party", "Central Committee of the Communist Party of Cuba", None, "party", "CU")]),
])
def test_find_rules_round3(blank_nlp, res, text, ctx, expected):
    assert _rows(blank_nlp, res, text, **ctx) == expected


@pytest.mark.parametrize("text, not_a_body", [
    ("the ANC leaders met at Luthuli House", "Luthuli House"),                      # a building
    ("Minister of Foreign and CARICOM Affairs of Trinidad and Tobago", "CARICOM"),  # a portfolio in a title
    ("the Head of Mission of the Barbadian Embassy in Havana", "Mission of"),       # a title
    ("the Group of 77 and China", "Group of 77 and China"),                         # 'China' is a location
])
def test_not_agencies_round3(blank_nlp, res, text, not_a_body):
    rows = _rows(blank_nlp, res, text, publisher_cc="CU")
    assert not any(r[0].startswith(not_a_body) for r in rows), rows


def test_customs_and_ice_are_two_bodies(nlp, res):
    """A model span made of two aliases joined by 'and' gives the two aliases."""
    rows = _rows(nlp, res, "U.S. Customs and Border Protection and Immigration and Customs Enforcement officers.",
                 publisher_cc="US")
    assert [r[1] for r in rows] == ["Customs and Border Protection", "Immigration and Customs Enforcement"]


# ---------------------------------------------------------------- fourth round: naming rules on new sentences
# Sentences written for these tests (press-release style, many states; not taken from the gold pages), one or
# more per naming rule of ANNOTATION.md, DECISIONS.md "Harmonized" and models/aliases/README.md. Each row is
# (text, canonical name, kind, country_code).
@pytest.mark.parametrize("text, ctx, expected", [
    ('Ambassador Pérez was received at the Cuban Embassy in Ottawa on Monday.', {'publisher_cc': 'CU'},
     [('Cuban Embassy in Ottawa', 'Embassy of Cuba in Canada', 'embassy', 'CU')]),
    ("Cuba's embassy in Kenya organized a solidarity event.", {'publisher_cc': 'KE'},
     [('embassy in Kenya', 'Embassy of Cuba in Kenya', 'embassy', 'CU')]),
    ('The embassy of the Republic of Cuba in the Kingdom of Spain issued a statement.', {'publisher_cc': 'ES'},
     [('embassy of the Republic of Cuba in the Kingdom of Spain', 'Embassy of Cuba in Spain', 'embassy', 'CU')]),
    ('La Embajada de Cuba en Angola celebra el aniversario.', {'publisher_cc': 'CU'},
     [('Embajada de Cuba en Angola', 'Embassy of Cuba in Angola', 'embassy', 'CU')]),
    ('Embacuba Jamaica', {'publisher_cc': 'CU'},
     [('Embacuba Jamaica', 'Embassy of Cuba in Jamaica', 'embassy', 'CU')]),
    ('Embacuba Sudáfrica', {'publisher_cc': 'CU'},
     [('Embacuba Sudáfrica', 'Embassy of Cuba in South Africa', 'embassy', 'CU')]),
    ('(CUBAMINREX-EMBACUBAIRLANDA)', {'publisher_cc': 'CU'},
     [('EMBACUBAIRLANDA', 'Embassy of Cuba in Ireland', 'embassy', 'CU')]),
    ('The U.S. Embassy Havana announced new visa hours.', {'publisher_cc': 'US'},
     [('U.S. Embassy Havana', 'Embassy of the United States in Cuba', 'embassy', 'US')]),
    ('The United States Embassy in Kingston issued a security alert.', {'publisher_cc': 'US'},
     [('United States Embassy in Kingston', 'Embassy of the United States in Jamaica', 'embassy', 'US')]),
    ('The United States embassy in Havana reopened.', {'publisher_cc': 'CU'},
     [('United States embassy in Havana', 'Embassy of the United States in Cuba', 'embassy', 'US')]),
    ('The Embassy of Viet Nam to Cuba held a reception.', {'publisher_cc': 'VN'},
     [('Embassy of Viet Nam to Cuba', 'Embassy of Vietnam in Cuba', 'embassy', 'VN')]),
    ('The Cuban Embassy celebrated the anniversary of the Revolution.', {'publisher_cc': 'CU', 'host_cc': 'NA'},
     [('Cuban Embassy', 'Embassy of Cuba in Namibia', 'embassy', 'CU')]),
    ('Officials from Laos attended a ceremony at the Cuban Embassy.', {'publisher_cc': 'CU'},
     [('Cuban Embassy', 'Embassy of Cuba in Laos', 'embassy', 'CU')]),
    ("The Consulate General of the People's Republic of China in Sydney opened.", {'publisher_cc': 'CU'},
     [("Consulate General of the People's Republic of China in Sydney", 'Consulate General of China in Sydney', 'embassy', 'CN')]),
    ('The Consulate-General of Cuba in Toronto organized a concert.', {'publisher_cc': 'CU'},
     [('Consulate-General of Cuba in Toronto', 'Consulate General of Cuba in Toronto', 'embassy', 'CU')]),
    ('the Cuban Consulate General in Montreal organized a concert.', {'publisher_cc': 'CU'},
     [('Cuban Consulate General in Montreal', 'Consulate General of Cuba in Montreal', 'embassy', 'CU')]),
    ('The Permanent Mission of Cuba to the United Nations circulated a note.', {'publisher_cc': 'CU'},
     [('Permanent Mission of Cuba to the United Nations', 'Permanent Mission of Cuba to the United Nations', 'embassy', 'CU')]),
    ('The Permanent Mission of Vietnam in Geneva circulated a note.', {'publisher_cc': 'CU'},
     [('Permanent Mission of Vietnam in Geneva', 'Permanent Mission of Vietnam to the United Nations Office at Geneva', 'embassy', 'VN')]),
    ("Cuba's Permanent Mission to the United Nations in New York said.", {'publisher_cc': 'CU'},
     [('Permanent Mission to the United Nations in New York', 'Permanent Mission of Cuba to the United Nations', 'embassy', 'CU')]),
    ('The Cuban Interests Section issued visas.', {'publisher_cc': 'CU'},
     [('Cuban Interests Section', 'Interests Section of Cuba in the United States', 'embassy', 'CU')]),
    ('The Ministry of External Affairs of India welcomed the delegation.', {'publisher_cc': 'IN'},
     [('Ministry of External Affairs of India', 'Ministry of External Affairs', 'ministry', 'IN')]),
    ("India's Ministry of External Affairs said.", {'publisher_cc': 'CU'},
     [('Ministry of External Affairs', 'Ministry of External Affairs', 'ministry', 'IN')]),
    ('The Italian Ministry of Foreign Affairs and International Cooperation said.', {'publisher_cc': 'IT'},
     [('Italian Ministry of Foreign Affairs and International Cooperation', 'Ministry of Foreign Affairs', 'ministry', 'IT')]),
    ('The Chinese Foreign Ministry said on Monday that it opposes sanctions.', {'publisher_cc': 'CN'},
     [('Chinese Foreign Ministry', 'Ministry of Foreign Affairs', 'ministry', 'CN')]),
    ("Vietnam's foreign ministry said on Monday.", {'publisher_cc': 'CU'},
     [('foreign ministry', 'Ministry of Foreign Affairs', 'ministry', 'VN')]),
    ('The Department of Foreign Affairs said Filipinos are safe.', {'publisher_cc': 'PH'},
     [('Department of Foreign Affairs', 'Department of Foreign Affairs', 'department', 'PH')]),
    ('The Ministry of Foreign Affairs of the Philippines said.', {'publisher_cc': 'CU'},
     [('Ministry of Foreign Affairs of the Philippines', 'Department of Foreign Affairs', 'department', 'PH')]),
    ('Global Affairs Canada announced funding.', {'publisher_cc': 'CA'},
     [('Global Affairs Canada', 'Ministry of Foreign Affairs', 'ministry', 'CA')]),
    ('The Foreign, Commonwealth & Development Office issued travel advice.', {'publisher_cc': 'GB'},
     [('Foreign, Commonwealth & Development Office', 'Foreign, Commonwealth and Development Office', 'ministry', 'GB')]),
    ('The New Zealand Ministry of Foreign Affairs and Trade said.', {'publisher_cc': 'NZ'},
     [('New Zealand Ministry of Foreign Affairs and Trade', 'Ministry of Foreign Affairs', 'ministry', 'NZ')]),
    ('The Korean MOFA said in a statement.', {'publisher_cc': 'KR'},
     [('Korean MOFA', 'Ministry of Foreign Affairs', 'ministry', 'KR')]),
    ('The Ministry of Foreign Affairs of the Republic of Cuba (MINREX) said.', {'publisher_cc': 'CU'},
     [('Ministry of Foreign Affairs of the Republic of Cuba', 'Ministry of Foreign Affairs', 'ministry', 'CU'), ('MINREX', 'Ministry of Foreign Affairs', 'ministry', 'CU')]),
    ('The Ministry of Foreign Affairs of Ghana hosted the talks.', {'publisher_cc': 'US'},
     [('Ministry of Foreign Affairs of Ghana', 'Ministry of Foreign Affairs', 'ministry', 'GH')]),
    ('The Secretary met Cuban officials at the Ministry of Foreign Affairs in Havana.', {'publisher_cc': 'US'},
     [('Ministry of Foreign Affairs', 'Ministry of Foreign Affairs', 'ministry', 'CU')]),
    ('The Angolan Ministry of Health signed an agreement.', {'publisher_cc': 'CU'},
     [('Angolan Ministry of Health', 'Ministry of Health', 'ministry', 'AO')]),
    ('The Health Ministry of Angola signed an agreement.', {'publisher_cc': 'CU'},
     [('Health Ministry of Angola', 'Ministry of Health', 'ministry', 'AO')]),
    ('The Ministry of Health and Wellness of Jamaica signed.', {'publisher_cc': 'CU'},
     [('Ministry of Health and Wellness of Jamaica', 'Ministry of Health and Wellness', 'ministry', 'JM')]),
    ('The Defence Ministry of Vietnam signed.', {'publisher_cc': 'CU'},
     [('Defence Ministry of Vietnam', 'Ministry of Defence', 'ministry', 'VN')]),
    ('The Government of Namibia thanked the Cuban Government for its support.', {'publisher_cc': 'CU'},
     [('Government of Namibia', 'Government of Namibia', 'other', 'NA'), ('Cuban Government', 'Government of Cuba', 'other', 'CU')]),
    ('The US Government imposed new sanctions.', {'publisher_cc': 'US'},
     [('US Government', 'United States Government', 'other', 'US')]),
    ('The Government of the Federal Democratic Republic of Ethiopia donated supplies.', {'publisher_cc': 'CU'},
     [('Government of the Federal Democratic Republic of Ethiopia', 'Government of Ethiopia', 'other', 'ET')]),
    ('He thanked the Government and People of the Republic of Ghana for their support.', {'publisher_cc': 'CU'},
     [('Government', 'Government of Ghana', 'other', 'GH')]),
    ('Heads of State and Government met in Havana.', {'publisher_cc': 'CU'},
     []),
    ('The Sri Lankan Parliament received the delegation.', {'publisher_cc': 'CU'},
     [('Sri Lankan Parliament', 'Parliament of Sri Lanka', 'legislature', 'LK')]),
    ('The Namibian National Assembly received the delegation.', {'publisher_cc': 'CU'},
     [('Namibian National Assembly', 'National Assembly of Namibia', 'legislature', 'NA')]),
    ('The Senate of Mexico received the delegation.', {'publisher_cc': 'CU'},
     [('Senate of Mexico', 'Senate', 'legislature', 'MX')]),
    ("The Communist Party of Vietnam and the Lao People's Revolutionary Party signed.", {'publisher_cc': 'CU'},
     [('Communist Party of Vietnam', 'Communist Party of Vietnam', 'party', 'VN'), ("Lao People's Revolutionary Party", "Lao People's Revolutionary Party", 'party', 'LA')]),
    ('The Spanish Communist Party sent greetings.', {'publisher_cc': 'CU'},
     [('Spanish Communist Party', 'Communist Party of Spain', 'party', 'ES')]),
    ("the Central Committee of the Lao People's Revolutionary Party received him.", {'publisher_cc': 'CU'},
     [("Central Committee of the Lao People's Revolutionary Party", "Central Committee of the Lao People's Revolutionary Party", 'party', 'LA')]),
    ('the International Department of the Communist Party of Vietnam received him.', {'publisher_cc': 'CU'},
     [('International Department of the Communist Party of Vietnam', 'International Department of the Communist Party of Vietnam', 'party', 'VN')]),
    ('The Revolutionary Armed Forces of Cuba celebrated.', {'publisher_cc': 'CU'},
     [('Revolutionary Armed Forces of Cuba', 'Revolutionary Armed Forces', 'military', 'CU')]),
    ('the Caribbean Community (CARICOM) met in Georgetown.', {'publisher_cc': 'CU'},
     [('Caribbean Community', 'Caribbean Community', 'igo', None), ('CARICOM', 'Caribbean Community', 'igo', None)]),
    ('the Community of Latin American and Caribbean States met.', {'publisher_cc': 'CU'},
     [('Community of Latin American and Caribbean States', 'Community of Latin American and Caribbean States', 'igo', None)]),
    ('The UN General Assembly voted against the blockade.', {'publisher_cc': 'CU'},
     [('UN General Assembly', 'United Nations General Assembly', 'igo', None)]),
    ('The General Assembly of the United Nations voted against the blockade.', {'publisher_cc': 'CU'},
     [('General Assembly of the United Nations', 'United Nations General Assembly', 'igo', None)]),
    ('the UNGA voted against the blockade.', {'publisher_cc': 'CU'},
     [('UNGA', 'United Nations General Assembly', 'igo', None)]),
    ('The Secretariat of the African Union said.', {'publisher_cc': 'CU'},
     [('Secretariat of the African Union', 'Secretariat of the African Union', 'igo', None)]),
    ('the Political Department of the Ministry of Foreign Affairs of Vietnam met.', {'publisher_cc': 'CU'},
     [('Political Department', 'Political Department', 'department', 'VN'), ('Ministry of Foreign Affairs of Vietnam', 'Ministry of Foreign Affairs', 'ministry', 'VN')]),
    ('The Foreign Relations Committee of the National Assembly of Vietnam met.', {'publisher_cc': 'CU'},
     [('Foreign Relations Committee', 'Foreign Relations Committee', 'legislature', 'VN'), ('National Assembly of Vietnam', 'National Assembly of Vietnam', 'legislature', 'VN')]),
    ("the Ghanaian Foreign Ministry's Consular Department issued passports.", {'publisher_cc': 'CU'},
     [('Ghanaian Foreign Ministry', 'Ministry of Foreign Affairs', 'ministry', 'GH'), ('Consular Department', 'Consular Department', 'department', 'GH')]),
    ('The Directorate of Immigration of Angola said.', {'publisher_cc': 'CU'},
     [('Directorate of Immigration of Angola', 'Directorate of Immigration', 'department', 'AO')]),
    ('The Angolan Directorate of Immigration said.', {'publisher_cc': 'CU'},
     [('Angolan Directorate of Immigration', 'Directorate of Immigration', 'department', 'AO')]),
    ('The National Planning Commission of Namibia signed.', {'publisher_cc': 'CU'},
     [('National Planning Commission of Namibia', 'National Planning Commission of Namibia', 'agency', 'NA')]),
    ('The Kenya Revenue Authority signed.', {'publisher_cc': 'CU'},
     [('Kenya Revenue Authority', 'Kenya Revenue Authority', 'agency', 'KE')]),
])
def test_naming_rules(nlp, res, text, ctx, expected):
    assert [(r[0], r[1], r[3], r[4]) for r in _rows(nlp, res, text, **ctx)] == expected


# the same body under every surface form gets one canonical name, acronym, kind and state
@pytest.mark.parametrize("forms, expected", [
    (["Embassy of Cuba in Spain", "Cuban Embassy in Madrid", "Embassy of the Republic of Cuba in the Kingdom of Spain",
      "Embajada de Cuba en España", "Embacuba España", "Cuba Embassy in Spain"],
     ("Embassy of Cuba in Spain", None, "embassy", "CU")),
    (["U.S. Embassy in Havana", "US Embassy Havana", "Embassy of the United States of America in Havana",
      "American Embassy in Havana", "United States Embassy in Cuba"],
     ("Embassy of the United States in Cuba", None, "embassy", "US")),
    (["Permanent Mission of Cuba to the United Nations", "Permanent Mission of Cuba to the UN",
      "Cuban Permanent Mission to the United Nations", "Mission of Cuba to the UN",
      "Permanent Mission of Cuba in New York", "Permanent Mission of Cuba to the United Nations in New York"],
     ("Permanent Mission of Cuba to the United Nations", None, "embassy", "CU")),
    (["Permanent Mission of Ghana in Geneva", "Permanent Mission of Ghana to the United Nations Office at Geneva",
      "Permanent Mission of Ghana to the UN Office in Geneva", "Permanent Mission of Ghana to the UN in Geneva"],
     ("Permanent Mission of Ghana to the United Nations Office at Geneva", None, "embassy", "GH")),
    (["Consulate General of Cuba in Toronto", "Cuban Consulate General in Toronto", "Consulate-General of Cuba in Toronto"],
     ("Consulate General of Cuba in Toronto", None, "embassy", "CU")),
    (["Ministry of External Affairs", "Ministry of External Affairs of India", "Indian Ministry of External Affairs",
      "Ministry of Foreign Affairs of India", "Indian Foreign Ministry", "MEA"],
     ("Ministry of External Affairs", "MEA", "ministry", "IN")),
    (["Ministry of Foreign Affairs of Vietnam", "Vietnamese Foreign Ministry", "Vietnam Foreign Ministry",
      "Foreign Ministry of Vietnam", "Ministry of Foreign Affairs of the Socialist Republic of Vietnam"],
     ("Ministry of Foreign Affairs", None, "ministry", "VN")),
    (["Ministry of Foreign Affairs and International Cooperation of Ghana", "Ghanaian Ministry of Foreign Affairs",
      "Ministry of Foreign Affairs and Regional Integration of Ghana", "Ghana Foreign Affairs Ministry"],
     ("Ministry of Foreign Affairs", None, "ministry", "GH")),
    (["Department of Foreign Affairs of the Philippines", "Philippine Department of Foreign Affairs",
      "Ministry of Foreign Affairs of the Philippines"],
     ("Department of Foreign Affairs", "DFA", "department", "PH")),
    (["Foreign, Commonwealth & Development Office", "Foreign, Commonwealth and Development Office", "FCDO",
      "British Foreign Office", "UK Foreign Ministry"],
     ("Foreign, Commonwealth and Development Office", "FCDO", "ministry", "GB")),
    (["Ministry of Health of Angola", "Angolan Ministry of Health", "Angola Ministry of Health",
      "Health Ministry of Angola", "Ministry of Health of the Republic of Angola"],
     ("Ministry of Health", None, "ministry", "AO")),
    (["Government of Ghana", "Ghanaian Government", "Ghana Government", "Government of the Republic of Ghana"],
     ("Government of Ghana", None, "other", "GH")),
    (["US Government", "U.S. Government", "United States Government", "Government of the United States",
      "American Government"],
     ("United States Government", None, "other", "US")),
    (["Parliament of Kenya", "Kenyan Parliament", "Parliament of the Republic of Kenya"],
     ("Parliament of Kenya", None, "legislature", "KE")),
    (["Communist Party of Spain", "Spanish Communist Party"], ("Communist Party of Spain", None, "party", "ES")),
    (["Directorate of Immigration of Angola", "Angolan Directorate of Immigration"],
     ("Directorate of Immigration", None, "department", "AO")),
    (["Caribbean Community", "CARICOM", "Caribbean Community and Common Market"],
     ("Caribbean Community", "CARICOM", "igo", None)),
    (["Community of Latin American and Caribbean States", "CELAC"],
     ("Community of Latin American and Caribbean States", "CELAC", "igo", None)),
    (["United Nations General Assembly", "UN General Assembly", "General Assembly of the United Nations", "UNGA"],
     ("United Nations General Assembly", "UNGA", "igo", None)),
])
def test_one_name_per_body(res, forms, expected):
    assert {f: A.canonical(f, res) for f in forms} == {f: expected for f in forms}


# a state of two words after "of" is the state, not a state plus a host ("Embassy of South | Africa")
@pytest.mark.parametrize("text, expected", [
    ("Embassy of South Africa", "Embassy of South Africa"),
    ("Embassy of Sri Lanka", "Embassy of Sri Lanka"),
    ("Consulate of El Salvador", "Consulate of El Salvador"),
    ("High Commission of the Republic of South Africa", "High Commission of South Africa"),
    ("Embassy of Sierra Leone in Cuba", "Embassy of Sierra Leone in Cuba"),
])
def test_two_word_states_in_missions(res, text, expected):
    assert A.canonical(text, res)[0] == expected


def test_high_commission_with_its_state_and_host(nlp, res):
    rows = _rows(nlp, res, "The South African High Commission in Kingston hosted a reception.", publisher_cc="CU")
    assert [(r[0], r[1], r[4]) for r in rows] == [
        ("South African High Commission in Kingston", "High Commission of South Africa in Jamaica", "ZA")]


# ---------------------------------------------------------------- spelling variants, organs, honorary posts
@pytest.mark.parametrize("text, expected", [
    ("Food & Agriculture Organisation", ("Food and Agriculture Organization", "FAO", "igo", None)),
    ("UN General-Assembly", ("United Nations General Assembly", "UNGA", "igo", None)),
    ("World Food Program", ("World Food Programme", "WFP", "igo", None)),
    ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF CUBA", ("Ministry of Foreign Affairs", "MINREX", "ministry", "CU")),
    ("Ministry of Foreign Affairs (Cuba)", ("Ministry of Foreign Affairs", "MINREX", "ministry", "CU")),
    ("Cuban Ministry for Foreign Affairs", ("Ministry of Foreign Affairs", "MINREX", "ministry", "CU")),
    ("Department of International Relations & Cooperation",
     ("Department of International Relations and Cooperation", "DIRCO", "department", "ZA")),
    ("Embassy of Cuba in Vatican", ("Embassy of Cuba to the Holy See", None, "embassy", "CU")),
    ("Honorary Consulate of Cuba in Montego Bay", ("Honorary Consulate of Cuba in Montego Bay", None, "embassy", "CU")),
    # a state's own body under an organ's bare name is not the United Nations organ
    ("Security Council of the Russian Federation",
     ("Security Council of the Russian Federation", None, "other", "RU")),
    ("Security Council of Kazakhstan", ("Security Council", None, "other", "KZ")),
    ("Security Council", ("United Nations Security Council", "UNSC", "igo", None)),
])
def test_variants_and_missions(res, text, expected):
    assert A.canonical(text, res) == expected


def test_variant_key_keeps_acronyms_apart(res):
    # single words are not folded: "Who" is no "WHO"
    assert A.alias_variant("Who", res) is None
    assert A.variant_key("Organisation of Eastern Caribbean States") == A.variant_key("Organization of Eastern Caribbean States")


def test_variant_spellings_found_in_text(blank_nlp, res):
    rows = _rows(blank_nlp, res, "He met officials of the Food & Agriculture Organisation and the UN Development Program.")
    names = [r[1] for r in rows]
    assert "Food and Agriculture Organization" in names
    assert "United Nations Development Programme" in names


def test_igo_acronym_joins_its_organ(blank_nlp, res):
    rows = _rows(blank_nlp, res, "She addressed the UN General-Assembly in New York.")
    assert rows == [("UN General-Assembly", "United Nations General Assembly", "UNGA", "igo", None)]
    rows = _rows(blank_nlp, res, "The consultancy was hosted by the FAO Subregional Office, in Barbados.")
    assert ("FAO Subregional Office", "FAO Subregional Office", None, "igo", None) in rows


def test_honorary_consulate_keeps_honorary(blank_nlp, res):
    rows = _rows(blank_nlp, res, "The Honorary Consulate of Cuba in Montego Bay opened.", publisher_cc="CU")
    assert [r[:2] for r in rows] == [("Honorary Consulate of Cuba in Montego Bay", "Honorary Consulate of Cuba in Montego Bay")]


@pytest.mark.parametrize("text, expected", [
    ("BIMSTEC", ("Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation", "BIMSTEC", "igo", None)),
    ("ASEAN Regional Forum", ("ASEAN Regional Forum", "ARF", "igo", None)),
    ("Special Committee on Decolonization", ("Special Committee on Decolonization", "C-24", "igo", None)),
    ("Bharatiya Janata Party", ("Bharatiya Janata Party", "BJP", "party", "IN")),
    ("Philippine National Police", ("Philippine National Police", "PNP", "law_enforcement", "PH")),
    ("Jamaica Labour Party", ("Jamaica Labour Party", "JLP", "party", "JM")),
    ("Bureau of African Affairs", ("Bureau of African Affairs", "AF", "department", "US")),
])
def test_alias_breadth(res, text, expected):
    assert A.canonical(text, res) == expected


def test_lowercase_chancellery_with_state(blank_nlp, res):
    # "the Cuban chancellery" names one state's foreign ministry; a bare "the chancellery" names none
    rows = _rows(blank_nlp, res, "He met the director of the Cuban chancellery in Havana.", publisher_cc="CU")
    assert rows == [("Cuban chancellery", "Ministry of Foreign Affairs", "MINREX", "ministry", "CU")]
    assert _rows(blank_nlp, res, "He met the director of the chancellery.", publisher_cc="CU") == []


# ---------------------------------------------------------------- third session: sentences written for the tests
@pytest.mark.parametrize("text, expected", [
    # a state before the plural head belongs to every member
    ("U.S. Departments of State and Commerce", [("Department of State", "US"), ("Department of Commerce", "US")]),
    # one body per state after the portfolio
    ("Ministries of Foreign Affairs of Cuba and Vietnam",
     [("Ministry of Foreign Affairs", "CU"), ("Ministry of Foreign Affairs", "VN")]),
    # a host after the last member is every member's host
    ("Embassies of Cuba and Venezuela in Kenya", [("Embassy of Cuba in Kenya", "CU"), ("Embassy of Venezuela in Kenya", "VE")]),
    # state adjectives coordinated before a plural head
    ("Cuban and Vietnamese foreign ministries", [("Ministry of Foreign Affairs", "CU"), ("Ministry of Foreign Affairs", "VN")]),
    ("US and Cuban embassies", [("Embassy", "US"), ("Embassy", "CU")]),
    # ... and before a lowercase portfolio
    ("Tajik and Russian ministries of foreign affairs",
     [("Ministry of Foreign Affairs", "TJ"), ("Ministry of Foreign Affairs", "RU")]),
])
def test_expand_round4(res, text, expected):
    assert A.expand(text, res) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Cuban and Vietnamese foreign ministries signed the plan.",
     [("Cuban and Vietnamese foreign ministries", "Ministry of Foreign Affairs", "CU"),
      ("Cuban and Vietnamese foreign ministries", "Ministry of Foreign Affairs", "VN")]),
    ("The Tajik and Russian ministries of foreign affairs held consultations.",
     [("Tajik and Russian ministries of foreign affairs", "Ministry of Foreign Affairs", "TJ"),
      ("Tajik and Russian ministries of foreign affairs", "Ministry of Foreign Affairs", "RU")]),
    ("The U.S. Departments of State and Commerce announced it.",
     [("U.S. Departments of State and Commerce", "Department of State", "US"),
      ("U.S. Departments of State and Commerce", "Department of Commerce", "US")]),
    # "Federation" in a state's name does not make a body a (sports or trade-union) federation
    ("The Embassy of the Russian Federation in the United Kingdom said.",
     [("Embassy of the Russian Federation in the United Kingdom", "Embassy of Russia in the United Kingdom", "RU")]),
    # the model glues the person after a title's body onto the body
    ("Speaker of the House of Representatives Nancy Pelosi spoke.",
     [("House of Representatives", "House of Representatives", None)]),
    ("ZANU-PF, SWAPO, FRELIMO and the MPLA attended.",
     [("ZANU-PF", "Zimbabwe African National Union – Patriotic Front", "ZW"),
      ("SWAPO", "South West Africa People's Organization", "NA"),
      ("FRELIMO", "Mozambique Liberation Front", "MZ"),
      ("MPLA", "People's Movement for the Liberation of Angola", "AO")]),
])
def test_find_round4(nlp, res, text, expected):
    assert [(r[0], r[1], r[4]) for r in _rows(nlp, res, text)] == expected


def test_signature_mission_with_two_word_host_is_no_name(nlp, res):
    # "Embacuba Sri Lanka": the words after the alias are a place, not a person glued to the body
    rows = _rows(nlp, res, "(Cubaminrex - Embacuba Sri Lanka)", publisher_cc="CU")
    assert [r[0] for r in rows if r[0].startswith("Embacuba")] == ["Embacuba Sri Lanka"]


# ---------------------------------------------------------------- fifth session: sentences written for the tests
# New press-release sentences (many states and portfolios; not taken from the gold pages), decided by ANNOTATION.md,
# DECISIONS.md "Agencies (canonical names)" / "Harmonized" and models/aliases/README.md: own-language foreign-ministry
# names, missions with and without a host, legislatures and committees, forces, state agencies and central banks,
# parties, governments, intergovernmental bodies and their organs, coordinations, acronyms, possessives.
# Each row is (text, name, acronym, kind, country_code).
@pytest.mark.parametrize("text, ctx, expected", [
    ('The Ministry of Foreign Affairs and International Cooperation of Italy convened the meeting.', {'publisher_cc': 'CU'},
     [('Ministry of Foreign Affairs and International Cooperation of Italy', 'Ministry of Foreign Affairs', None, 'ministry', 'IT')]),
    ("Australia's Department of Foreign Affairs and Trade released a travel advisory.", {'publisher_cc': 'AU'},
     [('Department of Foreign Affairs and Trade', 'Department of Foreign Affairs and Trade', 'DFAT', 'department', 'AU')]),
    ('The Foreign Office summoned the Russian ambassador on Tuesday.', {'publisher_cc': 'GB'},
     [('Foreign Office', 'Foreign, Commonwealth and Development Office', 'FCDO', 'ministry', 'GB')]),
    ('A spokesperson for the External Affairs Ministry said India welcomes the decision.', {'publisher_cc': 'IN'},
     [('External Affairs Ministry', 'Ministry of External Affairs', 'MEA', 'ministry', 'IN')]),
    ('The Ministry of Economy, Trade and Industry of Japan will host the forum.', {'publisher_cc': 'JP'},
     [('Ministry of Economy, Trade and Industry of Japan', 'Ministry of Economy, Trade and Industry', None, 'ministry', 'JP')]),
    ("Japan's Ministry of Foreign Affairs expressed its condolences.", {'publisher_cc': 'JP'},
     [('Ministry of Foreign Affairs', 'Ministry of Foreign Affairs', None, 'ministry', 'JP')]),
    ("The Ministry of Unification said it regrets North Korea's refusal.", {'publisher_cc': 'KR'},
     [('Ministry of Unification', 'Ministry of Unification', None, 'ministry', 'KR')]),
    ('The Ministry of National Defense of the Republic of Korea announced the drills.', {'publisher_cc': 'KR'},
     [('Ministry of National Defense of the Republic of Korea', 'Ministry of Defence', None, 'ministry', 'KR')]),
    ("Pakistan's Ministry of Foreign Affairs strongly condemned the attack.", {'publisher_cc': 'PK'},
     [('Ministry of Foreign Affairs', 'Ministry of Foreign Affairs', None, 'ministry', 'PK')]),
    ("The Ministry of Commerce of the People's Republic of China issued new rules.", {'publisher_cc': 'CN'},
     [("Ministry of Commerce of the People's Republic of China", 'Ministry of Commerce', 'MOFCOM', 'ministry', 'CN')]),
    ('The Russian Ministry of Defence reported on the exercises.', {'publisher_cc': 'RU'},
     [('Russian Ministry of Defence', 'Ministry of Defence', None, 'ministry', 'RU')]),
    ('The Department of Home Affairs said visa applications had increased.', {'publisher_cc': 'ZA'},
     [('Department of Home Affairs', 'Department of Home Affairs', None, 'department', 'ZA')]),
    ('The Ministry of Tourism and Entertainment of Jamaica welcomed the visitors.', {'publisher_cc': 'CU'},
     [('Ministry of Tourism and Entertainment of Jamaica', 'Ministry of Tourism and Entertainment', None, 'ministry', 'JM')]),
    ('The Cuban Ministry of Foreign Trade and Foreign Investment (MINCEX) signed the accord.', {'publisher_cc': 'CU'},
     [('Cuban Ministry of Foreign Trade and Foreign Investment', 'Ministry of Foreign Trade and Foreign Investment', 'MINCEX', 'ministry', 'CU'),
      ('MINCEX', 'Ministry of Foreign Trade and Foreign Investment', 'MINCEX', 'ministry', 'CU')]),
    ('The Ministry of Agriculture of Vietnam and the Cuban Ministry of Agriculture signed a memorandum.', {'publisher_cc': 'VN'},
     [('Ministry of Agriculture of Vietnam', 'Ministry of Agriculture', None, 'ministry', 'VN'),
      ('Cuban Ministry of Agriculture', 'Ministry of Agriculture', 'MINAG', 'ministry', 'CU')]),
    ('He was received by officials of the Ministry of Public Health.', {'publisher_cc': 'CU'},
     [('Ministry of Public Health', 'Ministry of Public Health', 'MINSAP', 'ministry', 'CU')]),
    ('The Ministry of Culture of Cuba organized the festival.', {'publisher_cc': 'CU'},
     [('Ministry of Culture of Cuba', 'Ministry of Culture', 'MINCULT', 'ministry', 'CU')]),
    ("Trinidad and Tobago's Ministry of Foreign and CARICOM Affairs hosted the reception.", {'publisher_cc': 'TT'},
     [('Ministry of Foreign and CARICOM Affairs', 'Ministry of Foreign Affairs', None, 'ministry', 'TT')]),
    ('The Ministry of Education of Barbados received a donation.', {'publisher_cc': 'BB'},
     [('Ministry of Education of Barbados', 'Ministry of Education', None, 'ministry', 'BB')]),
    ('The U.S. Department of the Treasury announced new sanctions.', {'publisher_cc': 'US'},
     [('U.S. Department of the Treasury', 'Department of the Treasury', None, 'department', 'US')]),
    ('The Department of Commerce and the Department of Homeland Security issued a joint rule.', {'publisher_cc': 'US'},
     [('Department of Commerce', 'Department of Commerce', 'DOC', 'department', 'US'),
      ('Department of Homeland Security', 'Department of Homeland Security', 'DHS', 'department', 'US')]),
    ('The Government of Japan will provide emergency relief.', {'publisher_cc': 'JP'},
     [('Government of Japan', 'Government of Japan', None, 'other', 'JP')]),
    ('The Japanese Government expressed concern.', {'publisher_cc': 'JP'},
     [('Japanese Government', 'Government of Japan', None, 'other', 'JP')]),
    ('The Government of the Republic of Korea strongly protests.', {'publisher_cc': 'KR'},
     [('Government of the Republic of Korea', 'Government of South Korea', None, 'other', 'KR')]),
    ('The Government of Jamaica and the Government of Cuba signed the agreement.', {'publisher_cc': 'CU'},
     [('Government of Jamaica', 'Government of Jamaica', None, 'other', 'JM'),
      ('Government of Cuba', 'Government of Cuba', None, 'other', 'CU')]),
    ('The Pakistani Government welcomed the move.', {'publisher_cc': 'PK'},
     [('Pakistani Government', 'Government of Pakistan', None, 'other', 'PK')]),
    ('The Vietnamese Government and the Lao Government agreed to strengthen ties.', {'publisher_cc': 'VN'},
     [('Vietnamese Government', 'Government of Vietnam', None, 'other', 'VN'),
      ('Lao Government', 'Government of Laos', None, 'other', 'LA')]),
    ('The Embassy of Japan in Havana donated medical equipment.', {'publisher_cc': 'CU'},
     [('Embassy of Japan in Havana', 'Embassy of Japan in Cuba', None, 'embassy', 'JP')]),
    ("Japan's Embassy in Cuba organized a cultural evening.", {'publisher_cc': 'CU'},
     [('Embassy in Cuba', 'Embassy of Japan in Cuba', None, 'embassy', 'JP')]),
    ('The Cuban Embassy hosted a reception for the diplomatic corps.', {'publisher_cc': 'CU', 'host_cc': 'JM'},
     [('Cuban Embassy', 'Embassy of Cuba in Jamaica', None, 'embassy', 'CU')]),
    ('The Indian High Commission in Port of Spain celebrated Republic Day.', {'publisher_cc': 'IN'},
     [('Indian High Commission in Port of Spain', 'High Commission of India in Trinidad and Tobago', None, 'embassy', 'IN')]),
    ('The High Commission of India in Kingston organised a yoga session.', {'publisher_cc': 'IN'},
     [('High Commission of India in Kingston', 'High Commission of India in Jamaica', None, 'embassy', 'IN')]),
    ('The Embassy of the Republic of Korea in Mexico hosted the event.', {'publisher_cc': 'KR'},
     [('Embassy of the Republic of Korea in Mexico', 'Embassy of South Korea in Mexico', None, 'embassy', 'KR')]),
    ('The Pakistani Embassy in Beijing held a seminar.', {'publisher_cc': 'PK'},
     [('Pakistani Embassy in Beijing', 'Embassy of Pakistan in China', None, 'embassy', 'PK')]),
    ('The Permanent Mission of Japan to the United Nations submitted a letter.', {'publisher_cc': 'JP'},
     [('Permanent Mission of Japan to the United Nations', 'Permanent Mission of Japan to the United Nations', None, 'embassy', 'JP')]),
    ('The Permanent Representative of Cuba to the United Nations spoke.', {'publisher_cc': 'CU'},
     [('United Nations', 'United Nations', 'UN', 'igo', None)]),
    ('The Russian Embassy in Washington responded to the accusations.', {'publisher_cc': 'RU'},
     [('Russian Embassy in Washington', 'Embassy of Russia in the United States', None, 'embassy', 'RU')]),
    ('The Consulate General of India in Johannesburg issued an advisory.', {'publisher_cc': 'IN'},
     [('Consulate General of India in Johannesburg', 'Consulate General of India in Johannesburg', None, 'embassy', 'IN')]),
    ('The Chinese Embassy in South Africa held a press conference.', {'publisher_cc': 'CN'},
     [('Chinese Embassy in South Africa', 'Embassy of China in South Africa', None, 'embassy', 'CN')]),
    ('The Embassy of Vietnam in Laos celebrated National Day.', {'publisher_cc': 'VN'},
     [('Embassy of Vietnam in Laos', 'Embassy of Vietnam in Laos', None, 'embassy', 'VN')]),
    ('The British High Commission in Kingston announced new visa rules.', {'publisher_cc': 'GB'},
     [('British High Commission in Kingston', 'High Commission of the United Kingdom in Jamaica', None, 'embassy', 'GB')]),
    ('The Jamaican High Commission in London welcomed the delegation.', {'publisher_cc': 'JM'},
     [('Jamaican High Commission in London', 'High Commission of Jamaica in the United Kingdom', None, 'embassy', 'JM')]),
    ('The Embassy of the United States in Havana resumed consular services.', {'publisher_cc': 'US'},
     [('Embassy of the United States in Havana', 'Embassy of the United States in Cuba', None, 'embassy', 'US')]),
    ('The Embassy of Cuba in Pakistan and the Embassy of Venezuela in Pakistan held a joint event.', {'publisher_cc': 'CU'},
     [('Embassy of Cuba in Pakistan', 'Embassy of Cuba in Pakistan', None, 'embassy', 'CU'),
      ('Embassy of Venezuela in Pakistan', 'Embassy of Venezuela in Pakistan', None, 'embassy', 'VE')]),
    ('The Consulate of Cuba in Cancun assisted the travellers.', {'publisher_cc': 'CU'},
     [('Consulate of Cuba in Cancun', 'Consulate of Cuba in Cancun', None, 'embassy', 'CU')]),
    ('The embassies of Cuba and Vietnam in Laos organized the gala.', {'publisher_cc': 'CU'},
     [('embassies of Cuba and Vietnam in Laos', 'Embassy of Cuba in Laos', None, 'embassy', 'CU'),
      ('embassies of Cuba and Vietnam in Laos', 'Embassy of Vietnam in Laos', None, 'embassy', 'VN')]),
    ('The Australian Embassy in Tokyo hosted the forum.', {'publisher_cc': 'AU'},
     [('Australian Embassy in Tokyo', 'Embassy of Australia in Japan', None, 'embassy', 'AU')]),
    ('The South Korean Embassy in Hanoi sponsored the festival.', {'publisher_cc': 'KR'},
     [('South Korean Embassy in Hanoi', 'Embassy of South Korea in Vietnam', None, 'embassy', 'KR')]),
    ('The Trinidad and Tobago High Commission in Ottawa hosted the reception.', {'publisher_cc': 'TT'},
     [('Trinidad and Tobago High Commission in Ottawa', 'High Commission of Trinidad and Tobago in Canada', None, 'embassy', 'TT')]),
    ('The Embassy of Barbados in Washington hosted a reception.', {'publisher_cc': 'BB'},
     [('Embassy of Barbados in Washington', 'Embassy of Barbados in the United States', None, 'embassy', 'BB')]),
    ('The Mexican Embassy in Cuba opened a book of condolences.', {'publisher_cc': 'CU'},
     [('Mexican Embassy in Cuba', 'Embassy of Mexico in Cuba', None, 'embassy', 'MX')]),
    ('The National Assembly of Vietnam ratified the treaty.', {'publisher_cc': 'VN'},
     [('National Assembly of Vietnam', 'National Assembly of Vietnam', None, 'legislature', 'VN')]),
    ("The Foreign Affairs Committee of the National Assembly of People's Power met the delegation.", {'publisher_cc': 'CU'},
     [('Foreign Affairs Committee', 'Foreign Affairs Committee', None, 'legislature', 'CU'),
      ("National Assembly of People's Power", "National Assembly of People's Power", 'ANPP', 'legislature', 'CU')]),
    ('The State Duma adopted the law in the third reading.', {'publisher_cc': 'RU'},
     [('State Duma', 'State Duma', None, 'legislature', 'RU')]),
    ('The Federation Council of Russia approved the appointment.', {'publisher_cc': 'RU'},
     [('Federation Council of Russia', 'Federation Council', None, 'legislature', 'RU')]),
    ('The House Foreign Affairs Committee held a hearing.', {'publisher_cc': 'US'},
     [('House Foreign Affairs Committee', 'House Committee on Foreign Affairs', None, 'legislature', 'US')]),
    ('The Senate Foreign Relations Committee confirmed the nominee.', {'publisher_cc': 'US'},
     [('Senate Foreign Relations Committee', 'United States Senate Committee on Foreign Relations', None, 'legislature', 'US')]),
    ("The National People's Congress of China concluded its annual session.", {'publisher_cc': 'CN'},
     [("National People's Congress of China", "National People's Congress", 'NPC', 'legislature', 'CN')]),
    ("The Standing Committee of the National People's Congress reviewed the draft.", {'publisher_cc': 'CN'},
     [("Standing Committee of the National People's Congress", "Standing Committee of the National People's Congress", None, 'legislature', 'CN')]),
    ('The Parliament of Jamaica passed the bill.', {'publisher_cc': 'JM'},
     [('Parliament of Jamaica', 'Parliament of Jamaica', None, 'legislature', 'JM')]),
    ('The House of Representatives of Trinidad and Tobago debated the motion.', {'publisher_cc': 'TT'},
     [('House of Representatives of Trinidad and Tobago', 'House of Representatives', None, 'legislature', 'TT')]),
    ("The People's Supreme Court of Cuba held a seminar.", {'publisher_cc': 'CU'},
     [("People's Supreme Court of Cuba", "People's Supreme Court", None, 'judiciary', 'CU')]),
    ('The Japan Self-Defense Forces dispatched a team.', {'publisher_cc': 'JP'},
     [('Japan Self-Defense Forces', 'Japan Self-Defense Forces', None, 'military', 'JP')]),
    ('The Pakistan Army conducted the rescue operation.', {'publisher_cc': 'PK'},
     [('Pakistan Army', 'Pakistan Army', None, 'military', 'PK')]),
    ('The Indian Navy and the Indian Coast Guard held a joint exercise.', {'publisher_cc': 'IN'},
     [('Indian Navy', 'Indian Navy', None, 'military', 'IN'),
      ('Indian Coast Guard', 'Indian Coast Guard', 'ICG', 'law_enforcement', 'IN')]),
    ('The Revolutionary Armed Forces of Cuba celebrated their anniversary.', {'publisher_cc': 'CU'},
     [('Revolutionary Armed Forces of Cuba', 'Revolutionary Armed Forces', 'FAR', 'military', 'CU')]),
    ('The Jamaica Constabulary Force arrested three suspects.', {'publisher_cc': 'JM'},
     [('Jamaica Constabulary Force', 'Jamaica Constabulary Force', 'JCF', 'law_enforcement', 'JM')]),
    ('The South African Police Service launched an investigation.', {'publisher_cc': 'ZA'},
     [('South African Police Service', 'South African Police Service', 'SAPS', 'law_enforcement', 'ZA')]),
    ('The U.S. Border Patrol detained the migrants.', {'publisher_cc': 'US'},
     [('U.S. Border Patrol', 'United States Border Patrol', 'USBP', 'law_enforcement', 'US')]),
    ('The Trinidad and Tobago Coast Guard intercepted the vessel.', {'publisher_cc': 'TT'},
     [('Trinidad and Tobago Coast Guard', 'Trinidad and Tobago Coast Guard', 'TTCG', 'law_enforcement', 'TT')]),
    ('The Customs General Administration of the Republic of Cuba seized the drugs.', {'publisher_cc': 'CU'},
     [('Customs General Administration of the Republic of Cuba', 'General Customs Office', 'AGR', 'agency', 'CU')]),
    ('The Japan International Cooperation Agency (JICA) funded the project.', {'publisher_cc': 'JP'},
     [('Japan International Cooperation Agency', 'Japan International Cooperation Agency', 'JICA', 'agency', 'JP'),
      ('JICA', 'Japan International Cooperation Agency', 'JICA', 'agency', 'JP')]),
    ('The Korea International Cooperation Agency will support the programme.', {'publisher_cc': 'KR'},
     [('Korea International Cooperation Agency', 'Korea International Cooperation Agency', 'KOICA', 'agency', 'KR')]),
    ('The Reserve Bank of India kept the repo rate unchanged.', {'publisher_cc': 'IN'},
     [('Reserve Bank of India', 'Reserve Bank of India', 'RBI', 'agency', 'IN')]),
    ('The National Office of Statistics and Information (ONEI) published the data.', {'publisher_cc': 'CU'},
     [('National Office of Statistics and Information', 'National Office of Statistics and Information', 'ONEI', 'agency', 'CU'),
      ('ONEI', 'National Office of Statistics and Information', 'ONEI', 'agency', 'CU')]),
    ('The State Bank of Pakistan announced the policy rate.', {'publisher_cc': 'PK'},
     [('State Bank of Pakistan', 'State Bank of Pakistan', 'SBP', 'agency', 'PK')]),
    ('The Central Bank of Cuba issued new regulations.', {'publisher_cc': 'CU'},
     [('Central Bank of Cuba', 'Central Bank of Cuba', 'BCC', 'agency', 'CU')]),
    ("The Communist Party of Vietnam and the Lao People's Revolutionary Party signed the plan.", {'publisher_cc': 'VN'},
     [('Communist Party of Vietnam', 'Communist Party of Vietnam', 'CPV', 'party', 'VN'),
      ("Lao People's Revolutionary Party", "Lao People's Revolutionary Party", 'LPRP', 'party', 'LA')]),
    ('The African National Congress welcomed the delegation.', {'publisher_cc': 'ZA'},
     [('African National Congress', 'African National Congress', 'ANC', 'party', 'ZA')]),
    ("The People's National Party of Jamaica congratulated the winner.", {'publisher_cc': 'JM'},
     [("People's National Party of Jamaica", "People's National Party", 'PNP', 'party', 'JM')]),
    ('The Liberal Democratic Party won the election.', {'publisher_cc': 'JP'},
     [('Liberal Democratic Party', 'Liberal Democratic Party', None, 'party', 'JP')]),
    ('The United Russia party held its congress.', {'publisher_cc': 'RU'},
     [('United Russia', 'United Russia', None, 'party', 'RU')]),
    ('The Pakistan Muslim League-Nawaz criticized the decision.', {'publisher_cc': 'PK'},
     [('Pakistan Muslim League-Nawaz', 'Pakistan Muslim League (N)', 'PML-N', 'party', 'PK')]),
    ('The UN Security Council adopted Resolution 2231.', {'publisher_cc': 'RU'},
     [('UN Security Council', 'United Nations Security Council', 'UNSC', 'igo', None)]),
    ('The United Nations Human Rights Council elected Cuba as a member.', {'publisher_cc': 'CU'},
     [('United Nations Human Rights Council', 'United Nations Human Rights Council', 'UNHRC', 'igo', None)]),
    ('UNESCO declared the site a World Heritage property.', {'publisher_cc': 'CU'},
     [('UNESCO', 'United Nations Educational, Scientific and Cultural Organization', 'UNESCO', 'igo', None)]),
    ('The UN Development Programme (UNDP) and the Government of Pakistan launched the project.', {'publisher_cc': 'PK'},
     [('UN Development Programme', 'United Nations Development Programme', 'UNDP', 'igo', None),
      ('UNDP', 'United Nations Development Programme', 'UNDP', 'igo', None),
      ('Government of Pakistan', 'Government of Pakistan', None, 'other', 'PK')]),
    ('The Association of Southeast Asian Nations (ASEAN) foreign ministers met in Vientiane.', {'publisher_cc': 'VN'},
     [('Association of Southeast Asian Nations', 'Association of Southeast Asian Nations', 'ASEAN', 'igo', None),
      ('ASEAN', 'Association of Southeast Asian Nations', 'ASEAN', 'igo', None)]),
    ('The Southern African Development Community (SADC) summit opened in Windhoek.', {'publisher_cc': 'ZA'},
     [('Southern African Development Community', 'Southern African Development Community', 'SADC', 'igo', None),
      ('SADC', 'Southern African Development Community', 'SADC', 'igo', None)]),
    ('The Organization of American States (OAS) General Assembly convened.', {'publisher_cc': 'US'},
     [('Organization of American States', 'Organization of American States', 'OAS', 'igo', None),
      ('OAS', 'Organization of American States', 'OAS', 'igo', None),
      ('General Assembly', 'OAS General Assembly', None, 'igo', None)]),
    ('The Shanghai Cooperation Organisation held its summit in Astana.', {'publisher_cc': 'CN'},
     [('Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO', 'igo', None)]),
    ('The BRICS leaders adopted the Johannesburg Declaration.', {'publisher_cc': 'ZA'},
     [('BRICS', 'BRICS', 'BRICS', 'igo', None)]),
    ('The Group of 77 and China issued a statement.', {'publisher_cc': 'CU'},
     [('Group of 77', 'Group of 77', 'G77', 'igo', None)]),
    ('Cuba chairs the G77 this year.', {'publisher_cc': 'CU'},
     [('G77', 'Group of 77', 'G77', 'igo', None)]),
    ('The Non-Aligned Movement (NAM) Coordinating Bureau met in New York.', {'publisher_cc': 'CU'},
     [('Non-Aligned Movement', 'Non-Aligned Movement', 'NAM', 'igo', None),
      ('NAM', 'Non-Aligned Movement', 'NAM', 'igo', None),
      ('Coordinating Bureau', 'NAM Coordinating Bureau', None, 'igo', None)]),
    ('The Commonwealth Secretariat welcomed the election results.', {'publisher_cc': 'GB'},
     [('Commonwealth Secretariat', 'Commonwealth Secretariat', None, 'igo', None)]),
    ('The Organisation of Islamic Cooperation condemned the attack.', {'publisher_cc': 'PK'},
     [('Organisation of Islamic Cooperation', 'Organisation of Islamic Cooperation', 'OIC', 'igo', None)]),
    ('The Arab League called for a ceasefire.', {'publisher_cc': 'CU'},
     [('Arab League', 'League of Arab States', None, 'igo', None)]),
    ('The Economic Community of West African States (ECOWAS) suspended Niger.', {'publisher_cc': 'CU'},
     [('Economic Community of West African States', 'Economic Community of West African States', 'ECOWAS', 'igo', None),
      ('ECOWAS', 'Economic Community of West African States', 'ECOWAS', 'igo', None)]),
    ('IGAD mediated the talks.', {'publisher_cc': 'CU'},
     [('IGAD', 'Intergovernmental Authority on Development', 'IGAD', 'igo', None)]),
    ('The Central American Integration System (SICA) held its summit.', {'publisher_cc': 'CU'},
     [('Central American Integration System', 'Central American Integration System', 'SICA', 'igo', None),
      ('SICA', 'Central American Integration System', 'SICA', 'igo', None)]),
    ('The Bolivarian Alliance for the Peoples of Our America (ALBA-TCP) met in Caracas.', {'publisher_cc': 'CU'},
     [('Bolivarian Alliance for the Peoples of Our America', 'Bolivarian Alliance for the Peoples of Our America', 'ALBA-TCP', 'igo', None),
      ('ALBA-TCP', 'Bolivarian Alliance for the Peoples of Our America', 'ALBA-TCP', 'igo', None)]),
    ('The AU Commission Chairperson Moussa Faki spoke.', {'publisher_cc': 'ZA'},
     [('AU Commission', 'African Union Commission', 'AUC', 'igo', None)]),
    ('The European Commission announced funding for Cuba.', {'publisher_cc': 'CU'},
     [('European Commission', 'European Commission', None, 'igo', None)]),
    ('The European Parliament adopted a resolution.', {'publisher_cc': 'CU'},
     [('European Parliament', 'European Parliament', None, 'igo', None)]),
    ('The Council of the European Union extended the sanctions.', {'publisher_cc': 'CU'},
     [('Council of the European Union', 'Council of the European Union', None, 'igo', None)]),
    ('The CARICOM Heads of Government met in Georgetown.', {'publisher_cc': 'JM'},
     [('CARICOM', 'Caribbean Community', 'CARICOM', 'igo', None)]),
    ('The ASEAN Secretariat in Jakarta hosted the meeting.', {'publisher_cc': 'VN'},
     [('ASEAN Secretariat', 'ASEAN Secretariat', None, 'igo', None)]),
    ('The International Atomic Energy Agency (IAEA) inspectors visited the plant.', {'publisher_cc': 'KR'},
     [('International Atomic Energy Agency', 'International Atomic Energy Agency', 'IAEA', 'igo', None),
      ('IAEA', 'International Atomic Energy Agency', 'IAEA', 'igo', None)]),
    ('The World Trade Organization ruled against the measure.', {'publisher_cc': 'CN'},
     [('World Trade Organization', 'World Trade Organization', 'WTO', 'igo', None)]),
    ('The UN Economic Commission for Latin America and the Caribbean (ECLAC) published the report.', {'publisher_cc': 'CU'},
     [('UN Economic Commission for Latin America and the Caribbean', 'Economic Commission for Latin America and the Caribbean', 'ECLAC', 'igo', None),
      ('ECLAC', 'Economic Commission for Latin America and the Caribbean', 'ECLAC', 'igo', None)]),
    ("The Pan American Health Organization praised Cuba's vaccine.", {'publisher_cc': 'CU'},
     [('Pan American Health Organization', 'Pan American Health Organization', 'PAHO', 'igo', None)]),
    ('The International Monetary Fund approved the loan to Pakistan.', {'publisher_cc': 'PK'},
     [('International Monetary Fund', 'International Monetary Fund', 'IMF', 'igo', None)]),
    ('The Organisation of Eastern Caribbean States Commission met.', {'publisher_cc': 'BB'},
     [('Organisation of Eastern Caribbean States Commission', 'Organisation of Eastern Caribbean States Commission', None, 'igo', None)]),
    ('The CELAC-EU summit took place in Brussels.', {'publisher_cc': 'CU'},
     [('CELAC', 'Community of Latin American and Caribbean States', 'CELAC', 'igo', None),
      ('EU', 'European Union', 'EU', 'igo', None)]),
    ('The OAS General Assembly convened in Lima.', {'publisher_cc': 'US'},
     [('OAS General Assembly', 'OAS General Assembly', None, 'igo', None)]),
    ('The General Assembly of the Organization of American States convened.', {'publisher_cc': 'US'},
     [('General Assembly of the Organization of American States', 'General Assembly of the Organization of American States', None, 'igo', None)]),
    ('The NAM Coordinating Bureau met in New York.', {'publisher_cc': 'CU'},
     [('NAM Coordinating Bureau', 'NAM Coordinating Bureau', None, 'igo', None)]),
    ('The SADC Secretariat organized the workshop.', {'publisher_cc': 'CU'},
     [('SADC Secretariat', 'SADC Secretariat', None, 'igo', None)]),
    ('The Secretariat of the Organisation of Eastern Caribbean States met.', {'publisher_cc': 'CU'},
     [('Secretariat of the Organisation of Eastern Caribbean States', 'Secretariat of the Organisation of Eastern Caribbean States', None, 'igo', None)]),
    ('The OECS Commission met.', {'publisher_cc': 'CU'},
     [('OECS Commission', 'OECS Commission', None, 'igo', None)]),
    ('The foreign ministries of Vietnam and Laos held their annual consultation.', {'publisher_cc': 'VN'},
     [('foreign ministries of Vietnam and Laos', 'Ministry of Foreign Affairs', None, 'ministry', 'VN'),
      ('foreign ministries of Vietnam and Laos', 'Ministry of Foreign Affairs', None, 'ministry', 'LA')]),
    ('Officials from the ministries of Agriculture, Fisheries and Tourism took part.', {'publisher_cc': 'JM'},
     [('ministries of Agriculture, Fisheries and Tourism', 'Ministry of Agriculture', None, 'ministry', 'JM'),
      ('ministries of Agriculture, Fisheries and Tourism', 'Ministry of Fisheries', None, 'ministry', 'JM'),
      ('ministries of Agriculture, Fisheries and Tourism', 'Ministry of Tourism', None, 'ministry', 'JM')]),
    ('The Ministries of Defence of India and Japan signed the arrangement.', {'publisher_cc': 'IN'},
     [('Ministries of Defence of India and Japan', 'Ministry of Defence', None, 'ministry', 'IN'),
      ('Ministries of Defence of India and Japan', 'Ministry of Defence', None, 'ministry', 'JP')]),
    ('The departments of State and Defense briefed Congress.', {'publisher_cc': 'US'},
     [('departments of State and Defense', 'Department of State', None, 'department', 'US'),
      ('departments of State and Defense', 'Department of Defense', 'DoD', 'department', 'US'),
      ('Congress', 'United States Congress', None, 'legislature', 'US')]),
    ('The Chinese and Russian foreign ministries issued a joint statement.', {'publisher_cc': 'CN'},
     [('Chinese and Russian foreign ministries', 'Ministry of Foreign Affairs', None, 'ministry', 'CN'),
      ('Chinese and Russian foreign ministries', 'Ministry of Foreign Affairs', None, 'ministry', 'RU')]),
    ('The embassies of Japan and Korea in Cuba co-hosted the concert.', {'publisher_cc': 'CU'},
     [('embassies of Japan and Korea in Cuba', 'Embassy of Japan in Cuba', None, 'embassy', 'JP'),
      ('embassies of Japan and Korea in Cuba', 'Embassy of South Korea in Cuba', None, 'embassy', 'KR')]),
    ('The Ministry of Interior and the Ministry of Justice of Pakistan signed.', {'publisher_cc': 'PK'},
     [('Ministry of Interior', 'Ministry of the Interior', None, 'ministry', 'PK'),
      ('Ministry of Justice of Pakistan', 'Ministry of Justice', None, 'ministry', 'PK')]),
    ("Cuba's Ministry of Public Health donated vaccines.", {'publisher_cc': 'CU'},
     [('Ministry of Public Health', 'Ministry of Public Health', 'MINSAP', 'ministry', 'CU')]),
    ("India's Ministry of External Affairs issued a statement.", {'publisher_cc': 'IN'},
     [('Ministry of External Affairs', 'Ministry of External Affairs', 'MEA', 'ministry', 'IN')]),
    ("China's Ministry of Foreign Affairs spokesperson Wang Wenbin said.", {'publisher_cc': 'CN'},
     [('Ministry of Foreign Affairs', 'Ministry of Foreign Affairs', None, 'ministry', 'CN')]),
    ("Russia's Foreign Ministry summoned the envoy.", {'publisher_cc': 'RU'},
     [('Foreign Ministry', 'Ministry of Foreign Affairs', None, 'ministry', 'RU')]),
    ("South Africa's Department of Health confirmed the cases.", {'publisher_cc': 'ZA'},
     [('Department of Health', 'Department of Health', None, 'department', 'ZA')]),
    ("Jamaica's Ministry of Health and Wellness received the doctors.", {'publisher_cc': 'CU'},
     [('Ministry of Health and Wellness', 'Ministry of Health and Wellness', None, 'ministry', 'JM')]),
    ('The MEA spokesperson briefed the media.', {'publisher_cc': 'IN'},
     [('MEA', 'Ministry of External Affairs', 'MEA', 'ministry', 'IN')]),
    ('DIRCO welcomed the ceasefire.', {'publisher_cc': 'ZA'},
     [('DIRCO', 'Department of International Relations and Cooperation', 'DIRCO', 'department', 'ZA')]),
    ('The MOFA of Japan released a statement.', {'publisher_cc': 'JP'},
     [('MOFA of Japan', 'Ministry of Foreign Affairs', 'MOFA', 'ministry', 'JP')]),
    ('The MINREX Director General for Bilateral Affairs received him.', {'publisher_cc': 'CU'},
     [('MINREX', 'Ministry of Foreign Affairs', 'MINREX', 'ministry', 'CU')]),
    ('The Ministry of Home Affairs (MHA) issued guidelines.', {'publisher_cc': 'IN'},
     [('Ministry of Home Affairs', 'Ministry of Home Affairs', 'MHA', 'ministry', 'IN'),
      ('MHA', 'Ministry of Home Affairs', 'MHA', 'ministry', 'IN')]),
    ('The National Disaster Management Authority (NDMA) coordinated relief.', {'publisher_cc': 'PK'},
     [('National Disaster Management Authority', 'National Disaster Management Authority', 'NDMA', 'agency', 'PK'),
      ('NDMA', 'National Disaster Management Authority', 'NDMA', 'agency', 'PK')]),
    ('The Federal Bureau of Investigation (FBI) and the Drug Enforcement Administration (DEA) arrested them.', {'publisher_cc': 'US'},
     [('Federal Bureau of Investigation', 'Federal Bureau of Investigation', 'FBI', 'law_enforcement', 'US'),
      ('FBI', 'Federal Bureau of Investigation', 'FBI', 'law_enforcement', 'US'),
      ('Drug Enforcement Administration', 'Drug Enforcement Administration', 'DEA', 'law_enforcement', 'US'),
      ('DEA', 'Drug Enforcement Administration', 'DEA', 'law_enforcement', 'US')]),
    ('The Korean Foreign Ministry and the Vietnamese Ministry of Foreign Affairs agreed.', {'publisher_cc': 'KR'},
     [('Korean Foreign Ministry', 'Ministry of Foreign Affairs', None, 'ministry', 'KR'),
      ('Vietnamese Ministry of Foreign Affairs', 'Ministry of Foreign Affairs', None, 'ministry', 'VN')]),
    ('The US State Department said on Monday.', {'publisher_cc': 'US'},
     [('US State Department', 'Department of State', None, 'department', 'US')]),
    ('A State Department spokesperson commented.', {'publisher_cc': 'CU'},
     [('State Department', 'Department of State', None, 'department', 'US')]),
    ('The Pentagon announced the deployment.', {'publisher_cc': 'US'},
     [('Pentagon', 'Department of Defense', 'DoD', 'department', 'US')]),
    ('The White House confirmed the visit.', {'publisher_cc': 'US'},
     [('White House', 'White House', None, 'other', 'US')]),
    ('The Kremlin welcomed the proposal.', {'publisher_cc': 'RU'},
     [('Kremlin', 'Kremlin', None, 'other', 'RU')]),
    ('The 20th National Congress of the Communist Party of China opened in Beijing.', {'publisher_cc': 'CN'},
     [('Communist Party of China', 'Communist Party of China', 'CPC', 'party', 'CN')]),
    ('The ceremony took place at the Ministry of Foreign Affairs headquarters.', {'publisher_cc': 'CU'},
     [('Ministry of Foreign Affairs', 'Ministry of Foreign Affairs', 'MINREX', 'ministry', 'CU')]),
    ('Delegates at the BRICS Summit in Kazan discussed the issue.', {'publisher_cc': 'RU'},
     [('BRICS', 'BRICS', 'BRICS', 'igo', None)]),
    ("The ASEAN Foreign Ministers' Meeting opened in Jakarta.", {'publisher_cc': 'VN'},
     [('ASEAN', 'Association of Southeast Asian Nations', 'ASEAN', 'igo', None)]),
    ("The South African Communist Party's central committee met.", {'publisher_cc': 'ZA'},
     [('South African Communist Party', 'Communist Party of South Africa', 'SACP', 'party', 'ZA')]),
    ("The Ministry of Foreign Affairs of the Lao People's Democratic Republic hosted the talks.", {'publisher_cc': 'VN'},
     [("Ministry of Foreign Affairs of the Lao People's Democratic Republic", 'Ministry of Foreign Affairs', None, 'ministry', 'LA')]),
    ("The Ministry of Foreign Affairs of the Democratic People's Republic of Korea issued a statement.", {'publisher_cc': 'CN'},
     [("Ministry of Foreign Affairs of the Democratic People's Republic of Korea", 'Ministry of Foreign Affairs', None, 'ministry', 'KP')]),
    ('Officials from the Cuban Ministry of the Interior and the U.S. Department of Justice met.', {'publisher_cc': 'CU'},
     [('Cuban Ministry of the Interior', 'Ministry of the Interior', 'MININT', 'ministry', 'CU'),
      ('U.S. Department of Justice', 'Department of Justice', 'DOJ', 'department', 'US')]),
    ('Speaking at the Lok Sabha, the minister said.', {'publisher_cc': 'IN'},
     [('Lok Sabha', 'Lok Sabha', None, 'legislature', 'IN')]),
    ('The Rajya Sabha passed the bill.', {'publisher_cc': 'IN'},
     [('Rajya Sabha', 'Rajya Sabha', None, 'legislature', 'IN')]),
    ('The National Assembly of South Africa debated the budget.', {'publisher_cc': 'ZA'},
     [('National Assembly of South Africa', 'National Assembly of South Africa', None, 'legislature', 'ZA')]),
    ('The Permanent Mission of India to the United Nations in Geneva hosted a panel.', {'publisher_cc': 'IN'},
     [('Permanent Mission of India to the United Nations in Geneva', 'Permanent Mission of India to the United Nations Office at Geneva', None, 'embassy', 'IN')]),
    ('The High Commission of Pakistan in London issued a statement.', {'publisher_cc': 'PK'},
     [('High Commission of Pakistan in London', 'High Commission of Pakistan in the United Kingdom', None, 'embassy', 'PK')]),
    ('The Ministry of Overseas Pakistanis and Human Resource Development welcomed the workers.', {'publisher_cc': 'PK'},
     [('Ministry of Overseas Pakistanis and Human Resource Development', 'Ministry of Overseas Pakistanis and Human Resource Development', None, 'ministry', 'PK')]),
    ('The Office of the United Nations High Commissioner for Human Rights published the report.', {'publisher_cc': 'CU'},
     [('Office of the United Nations High Commissioner for Human Rights', 'Office of the United Nations High Commissioner for Human Rights', 'OHCHR', 'igo', None)]),
    ('The Ministry of Foreign Affairs and Foreign Trade of Jamaica released a statement.', {'publisher_cc': 'JM'},
     [('Ministry of Foreign Affairs and Foreign Trade of Jamaica', 'Ministry of Foreign Affairs', None, 'ministry', 'JM')]),
    ('Ministry of Foreign Affairs and Foreign Trade', {'publisher_cc': 'JM'},
     [('Ministry of Foreign Affairs and Foreign Trade', 'Ministry of Foreign Affairs', None, 'ministry', 'JM')]),
    ('The Embassy of Jamaica in Washington hosted Jamaica Day.', {'publisher_cc': 'JM'},
     [('Embassy of Jamaica in Washington', 'Embassy of Jamaica in the United States', None, 'embassy', 'JM')]),
    ('The Australian Government announced new funding.', {'publisher_cc': 'AU'},
     [('Australian Government', 'Government of Australia', None, 'other', 'AU')]),
    ('The Australian Federal Police arrested him.', {'publisher_cc': 'AU'},
     [('Australian Federal Police', 'Australian Federal Police', None, 'law_enforcement', 'AU')]),
    ('The Ministry of Public Security of Vietnam and the Ministry of the Interior of Cuba signed.', {'publisher_cc': 'VN'},
     [('Ministry of Public Security of Vietnam', 'Ministry of Public Security', None, 'ministry', 'VN'),
      ('Ministry of the Interior of Cuba', 'Ministry of the Interior', 'MININT', 'ministry', 'CU')]),
    ("The Chinese People's Political Consultative Conference opened its session.", {'publisher_cc': 'CN'},
     [("Chinese People's Political Consultative Conference", "Chinese People's Political Consultative Conference", 'CPPCC', 'other', 'CN')]),
    ('The Chinese Academy of Sciences signed with the Cuban Academy of Sciences.', {'publisher_cc': 'CN'},
     [('Chinese Academy of Sciences', 'Chinese Academy of Sciences', None, 'agency', 'CN'),
      ('Cuban Academy of Sciences', 'Academy of Sciences of Cuba', 'ACC', 'agency', 'CU')]),
    ('The Cuban Academy of Sciences awarded him.', {'publisher_cc': 'CU'},
     [('Cuban Academy of Sciences', 'Academy of Sciences of Cuba', 'ACC', 'agency', 'CU')]),
    ("Havana's embassy in Washington issued a statement.", {'publisher_cc': 'US'},
     [('embassy in Washington', 'Embassy of Cuba in the United States', None, 'embassy', 'CU')]),
    ("Washington's embassy in Havana reduced its staff.", {'publisher_cc': 'CU'},
     [('embassy in Havana', 'Embassy of the United States in Cuba', None, 'embassy', 'US')]),
    ('The U.S. Interests Section in Havana announced.', {'publisher_cc': 'US'},
     [('U.S. Interests Section in Havana', 'Interests Section of the United States in Cuba', None, 'embassy', 'US')]),
    ('The Office of the Spokesperson released the following statement.', {'publisher_cc': 'US'},
     [('Office of the Spokesperson', 'Office of the Spokesperson', None, 'agency', 'US')]),
    ('The Bureau of Western Hemisphere Affairs hosted the dialogue.', {'publisher_cc': 'US'},
     [('Bureau of Western Hemisphere Affairs', 'Bureau of Western Hemisphere Affairs', 'WHA', 'department', 'US')]),
    ('The Foreign Ministry of the Republic of Cuba informs.', {'publisher_cc': 'CU'},
     [('Foreign Ministry of the Republic of Cuba', 'Ministry of Foreign Affairs', 'MINREX', 'ministry', 'CU')]),
    ('The Ministry of Foreign Affairs of Cuba (MINREX) informs.', {'publisher_cc': 'CU'},
     [('Ministry of Foreign Affairs of Cuba', 'Ministry of Foreign Affairs', 'MINREX', 'ministry', 'CU'),
      ('MINREX', 'Ministry of Foreign Affairs', 'MINREX', 'ministry', 'CU')]),
    ('The Cuban Parliament approved the new Constitution.', {'publisher_cc': 'CU'},
     [('Cuban Parliament', "National Assembly of People's Power", 'ANPP', 'legislature', 'CU')]),
    ('The Council of Ministers of Vietnam approved the plan.', {'publisher_cc': 'VN'},
     [('Council of Ministers of Vietnam', 'Council of Ministers', None, 'other', 'VN')]),
    ("The Prime Minister's Office of Japan announced the cabinet.", {'publisher_cc': 'JP'},
     [("Prime Minister's Office of Japan", "Prime Minister's Office", None, 'other', 'JP')]),
    ('The Cabinet Secretariat of Japan announced it.', {'publisher_cc': 'JP'},
     [('Cabinet Secretariat of Japan', 'Cabinet Secretariat', None, 'other', 'JP')]),
    ('The Ministry of Foreign Affairs of Japan (MOFA) and the Japan International Cooperation Agency co-hosted.', {'publisher_cc': 'JP'},
     [('Ministry of Foreign Affairs of Japan', 'Ministry of Foreign Affairs', None, 'ministry', 'JP'),
      ('MOFA', 'Ministry of Foreign Affairs', 'MOFA', 'ministry', 'JP'),
      ('Japan International Cooperation Agency', 'Japan International Cooperation Agency', 'JICA', 'agency', 'JP')]),
    ('The Presidential Administration of Russia said.', {'publisher_cc': 'RU'},
     [('Presidential Administration of Russia', 'Presidential Executive Office', None, 'other', 'RU')]),
    ('The Security Council of the Russian Federation met.', {'publisher_cc': 'RU'},
     [('Security Council of the Russian Federation', 'Security Council of the Russian Federation', None, 'other', 'RU')]),
    ('The South African Department of Trade, Industry and Competition issued a notice.', {'publisher_cc': 'ZA'},
     [('South African Department of Trade, Industry and Competition', 'Department of Trade, Industry and Competition', 'DTIC', 'department', 'ZA')]),
    ('The Indian Ministry of Defence and the Indian Space Research Organisation signed.', {'publisher_cc': 'IN'},
     [('Indian Ministry of Defence', 'Ministry of Defence', None, 'ministry', 'IN'),
      ('Indian Space Research Organisation', 'Indian Space Research Organisation', 'ISRO', 'agency', 'IN')]),
    ('The Korea Trade-Investment Promotion Agency (KOTRA) opened an office in Havana.', {'publisher_cc': 'KR'},
     [('Korea Trade-Investment Promotion Agency', 'Korea Trade-Investment Promotion Agency', 'KOTRA', 'agency', 'KR'),
      ('KOTRA', 'Korea Trade-Investment Promotion Agency', 'KOTRA', 'agency', 'KR')]),
    ('The Ministry of Information and Broadcasting said.', {'publisher_cc': 'IN'},
     [('Ministry of Information and Broadcasting', 'Ministry of Information and Broadcasting', None, 'ministry', 'IN')]),
    ('The House of Assembly of Barbados passed the resolution.', {'publisher_cc': 'BB'},
     [('House of Assembly of Barbados', 'House of Assembly of Barbados', None, 'legislature', 'BB')]),
    ('The Government of Saint Vincent and the Grenadines expressed solidarity.', {'publisher_cc': 'CU'},
     [('Government of Saint Vincent and the Grenadines', 'Government of Saint Vincent and the Grenadines', None, 'other', 'VC')]),
    ('The Embassy of Saint Vincent and the Grenadines in Cuba hosted the event.', {'publisher_cc': 'CU'},
     [('Embassy of Saint Vincent and the Grenadines in Cuba', 'Embassy of Saint Vincent and the Grenadines in Cuba', None, 'embassy', 'VC')]),
    ("The Ministry of People's Power for Foreign Affairs of Venezuela rejected the sanctions.", {'publisher_cc': 'VE'},
     [("Ministry of People's Power for Foreign Affairs of Venezuela", 'Ministry of Foreign Affairs', None, 'ministry', 'VE')]),
    ('The Venezuelan Foreign Ministry rejected the sanctions.', {'publisher_cc': 'CU'},
     [('Venezuelan Foreign Ministry', 'Ministry of Foreign Affairs', None, 'ministry', 'VE')]),
    ('The Bolivarian Government of Venezuela thanked Cuba.', {'publisher_cc': 'CU'},
     [('Bolivarian Government of Venezuela', 'Government of Venezuela', None, 'other', 'VE')]),
    ('The Nicaraguan Army and the National Police of Nicaragua took part.', {'publisher_cc': 'CU'},
     [('Nicaraguan Army', 'Nicaraguan Army', None, 'military', 'NI'),
      ('National Police of Nicaragua', 'National Police of Nicaragua', None, 'law_enforcement', 'NI')]),
    ('The Mexican Secretariat of Foreign Affairs issued a note.', {'publisher_cc': 'CU'},
     [('Mexican Secretariat of Foreign Affairs', 'Ministry of Foreign Affairs', 'SRE', 'ministry', 'MX')]),
    ('The Secretariat of Foreign Affairs of Mexico (SRE) issued a note.', {'publisher_cc': 'CU'},
     [('Secretariat of Foreign Affairs of Mexico', 'Ministry of Foreign Affairs', 'SRE', 'ministry', 'MX'),
      ('SRE', 'Ministry of Foreign Affairs', 'SRE', 'ministry', 'MX')]),
    ('The Ministry of Foreign Affairs of the Kingdom of Saudi Arabia welcomed the agreement.', {'publisher_cc': 'CU'},
     [('Ministry of Foreign Affairs of the Kingdom of Saudi Arabia', 'Ministry of Foreign Affairs', None, 'ministry', 'SA')]),
    ('The Federal Ministry for Foreign Affairs of Austria hosted the talks.', {'publisher_cc': 'CU'},
     [('Federal Ministry for Foreign Affairs of Austria', 'Ministry of Foreign Affairs', None, 'ministry', 'AT')]),
    ('The Ministry for Europe and Foreign Affairs of France said.', {'publisher_cc': 'CU'},
     [('Ministry for Europe and Foreign Affairs of France', 'Ministry of Foreign Affairs', None, 'ministry', 'FR')]),
    ('The Department of Foreign Affairs of Ireland issued the statement.', {'publisher_cc': 'CU'},
     [('Department of Foreign Affairs of Ireland', 'Department of Foreign Affairs', 'DFA', 'department', 'IE')]),
    ('The Irish Department of Foreign Affairs issued the statement.', {'publisher_cc': 'CU'},
     [('Irish Department of Foreign Affairs', 'Department of Foreign Affairs', 'DFA', 'department', 'IE')]),
    ('Global Affairs Canada announced funding.', {'publisher_cc': 'CU'},
     [('Global Affairs Canada', 'Ministry of Foreign Affairs', None, 'ministry', 'CA')]),
    ('The Ministry of Foreign Affairs and Trade of New Zealand said.', {'publisher_cc': 'CU'},
     [('Ministry of Foreign Affairs and Trade of New Zealand', 'Ministry of Foreign Affairs', None, 'ministry', 'NZ')]),
    ('The Ministry of External Relations of Angola signed.', {'publisher_cc': 'CU'},
     [('Ministry of External Relations of Angola', 'Ministry of Foreign Affairs', None, 'ministry', 'AO')]),
    ('The Itamaraty expressed concern.', {'publisher_cc': 'CU'},
     [('Itamaraty', 'Ministry of Foreign Affairs', None, 'ministry', 'BR')]),
    ('The Ministry of Foreign Affairs of the Republic of Indonesia hosted the talks.', {'publisher_cc': 'CU'},
     [('Ministry of Foreign Affairs of the Republic of Indonesia', 'Ministry of Foreign Affairs', None, 'ministry', 'ID')]),
    ('The Indonesian House of Representatives received the delegation.', {'publisher_cc': 'CU'},
     [('Indonesian House of Representatives', 'House of Representatives', None, 'legislature', 'ID')]),
])
def test_written_round5(nlp, res, text, ctx, expected):
    assert _rows(nlp, res, text, **ctx) == expected


# not public bodies (companies, media, universities, NGOs, foundations, solidarity groups, think tanks, events named
# after a body, buildings, generic and lowercase references, people named after a body's name)
@pytest.mark.parametrize("text, ctx", [
    ('The Indian government has decided to extend the scheme.', {'publisher_cc': 'IN'}),
    ('The Cuban government rejected the report.', {'publisher_cc': 'US'}),
    ('The Chinese government firmly opposes the visit.', {'publisher_cc': 'CN'}),
    ('Staff of the Embassy attended the ceremony.', {'publisher_cc': 'CU'}),
    ('The foreign ministers of Japan and Korea met in Seoul.', {'publisher_cc': 'KR'}),
    ('Toyota Motor Corporation opened a plant in Pretoria.', {'publisher_cc': 'ZA'}),
    ('According to Xinhua News Agency, the talks were fruitful.', {'publisher_cc': 'CN'}),
    ('The University of the West Indies signed an agreement with the University of Havana.', {'publisher_cc': 'JM'}),
    ('The Cuban Institute of Friendship with the Peoples hosted the caravan.', {'publisher_cc': 'CU'}),
    ('The National Network of Solidarity with Cuba organized the rally.', {'publisher_cc': 'US'}),
    ('The Bill and Melinda Gates Foundation funded the research.', {'publisher_cc': 'US'}),
    ('The ministry said it would respond in due course.', {'publisher_cc': 'IN'}),
    ('The Embassy thanked all participants.', {'publisher_cc': 'CU'}),
    ('The 8th Congress of the Party analyzed the economy.', {'publisher_cc': 'CU'}),
    ('The delegation toured the Parliament Building in Bridgetown.', {'publisher_cc': 'BB'}),
    ('Prensa Latina reported the news.', {'publisher_cc': 'CU'}),
    ('The Korea Herald published an interview.', {'publisher_cc': 'KR'}),
    ('Tata Consultancy Services and Infosys signed the deal.', {'publisher_cc': 'IN'}),
    ('Amnesty International criticized the law.', {'publisher_cc': 'GB'}),
    ('The Red Cross delivered aid.', {'publisher_cc': 'PK'}),
    ('The Cuba Solidarity Campaign held its annual meeting.', {'publisher_cc': 'GB'}),
    ('The Jamaica Chamber of Commerce welcomed the delegation.', {'publisher_cc': 'JM'}),
    ('The Vietnam-Cuba Friendship Association held a meeting.', {'publisher_cc': 'VN'}),
    ('The Japan Foundation sponsored the exhibition.', {'publisher_cc': 'JP'}),
    ('Students of the Indian Institute of Technology visited Havana.', {'publisher_cc': 'IN'}),
    ('The Pakistan Cricket Board announced the squad.', {'publisher_cc': 'PK'}),
    ('The meeting was held at the Great Hall of the People.', {'publisher_cc': 'CN'}),
    ('Cuban doctors arrived at Jinnah International Airport.', {'publisher_cc': 'PK'}),
    ('The minister addressed the Council on Foreign Relations in New York.', {'publisher_cc': 'CU'}),
    ('The government of Vietnam welcomed the move.', {'publisher_cc': 'VN'}),
    ('Russian Railways signed a contract with Cuba.', {'publisher_cc': 'RU'}),
    ('The Havana Club brand belongs to a joint venture.', {'publisher_cc': 'CU'}),
    ('The Deputy Foreign Minister of Russia met the Ambassador of Cuba.', {'publisher_cc': 'RU'}),
    ('The Vietnam News Agency reported.', {'publisher_cc': 'VN'}),
    ('The Cuban News Agency reported.', {'publisher_cc': 'CU'}),
    ('The Jamaica Information Service reported.', {'publisher_cc': 'JM'}),
    ('The Press Information Bureau said.', {'publisher_cc': 'IN'}),
])
def test_written_round5_no_body(nlp, res, text, ctx):
    assert _rows(nlp, res, text, **ctx) == []


# title-case headlines, sub-bodies before 'of the <parent>', organs under their own rows (written for the tests)
@pytest.mark.parametrize("text, ctx, expected", [
    ("Cuban Embassy In Jamaica Hosts Reception For Diplomatic Corps", {"publisher_cc": "CU"},
     [("Cuban Embassy In Jamaica", "Embassy of Cuba in Jamaica", None, "embassy", "CU")]),
    ("Embassy Of Cuba In Ghana Celebrates Anniversary Of The Revolution", {"publisher_cc": "CU"},
     [("Embassy Of Cuba In Ghana", "Embassy of Cuba in Ghana", None, "embassy", "CU")]),
    ("Ministry Of Foreign Affairs And Foreign Trade Welcomes New Ambassadors", {"publisher_cc": "JM"},
     [("Ministry Of Foreign Affairs And Foreign Trade", "Ministry of Foreign Affairs", None, "ministry", "JM")]),
    ("High Commission Of India In Trinidad And Tobago Celebrates Republic Day", {"publisher_cc": "IN"},
     [("High Commission Of India In Trinidad And Tobago", "High Commission of India in Trinidad and Tobago", None,
       "embassy", "IN")]),
    ("Cuban Ambassador Meets With Members Of The Senate", {"publisher_cc": "US"},
     [("Senate", "United States Senate", None, "legislature", "US")]),
    ("The Information and Press Department of the Russian Foreign Ministry said.", {"publisher_cc": "CU"},
     [("Information and Press Department", "Information and Press Department", None, "department", "RU"),
      ("Russian Foreign Ministry", "Ministry of Foreign Affairs", None, "ministry", "RU")]),
    ("The Russian Foreign Ministry's Information and Press Department said.", {"publisher_cc": "RU"},
     [("Russian Foreign Ministry", "Ministry of Foreign Affairs", None, "ministry", "RU"),
      ("Information and Press Department", "Information and Press Department", None, "department", "RU")]),
    ("Delegates of the UN Human Rights Council and the UN Committee against Torture attended.", {"publisher_cc": "CU"},
     [("UN Human Rights Council", "United Nations Human Rights Council", "UNHRC", "igo", None),
      ("UN Committee against Torture", "Committee against Torture", "CAT", "igo", None)]),
    ("The UN Second Committee adopted the draft.", {"publisher_cc": "CU"},
     [("UN Second Committee", "Second Committee of the United Nations General Assembly", None, "igo", None)]),
    ("The Department of Defense and the Joint Chiefs of Staff briefed reporters.", {"publisher_cc": "US"},
     [("Department of Defense", "Department of Defense", "DoD", "department", "US"),
      ("Joint Chiefs of Staff", "Joint Chiefs of Staff", "JCS", "military", "US")]),
    ("The Permanent Mission of Cuba to the United Nations in New York Hosts Film Screening", {"publisher_cc": "CU"},
     [("Permanent Mission of Cuba to the United Nations in New York", "Permanent Mission of Cuba to the United Nations",
       None, "embassy", "CU")]),
])
def test_written_round6(nlp, res, text, ctx, expected):
    assert _rows(nlp, res, text, **ctx) == expected


# titles naming a body's word are no bodies; a person after a body's full name is no part of it (written for the tests)
@pytest.mark.parametrize("text, ctx, expected", [
    ("Chief of Army Staff General Asim Munir met the delegation.", {"publisher_cc": "PK"}, []),
    ("The Chief of Naval Staff and the Chief of Defence Staff attended.", {"publisher_cc": "IN"}, []),
    ("The Commissioner of Police attended the ceremony.", {"publisher_cc": "JM"}, []),
    ("Secretary of State Antony Blinken met Foreign Minister Wang Yi.", {"publisher_cc": "US"}, []),
    ("Minister of State for External Affairs V. Muraleedharan visited Havana.", {"publisher_cc": "IN"}, []),
    ("The Governor of the Bank of Jamaica spoke.", {"publisher_cc": "JM"},
     [("Bank of Jamaica", "Bank of Jamaica", "BOJ", "agency", "JM")]),
    ("Permanent Secretary in the Ministry of Foreign Affairs and Foreign Trade Sharon Saunders attended.",
     {"publisher_cc": "JM"},
     [("Ministry of Foreign Affairs and Foreign Trade", "Ministry of Foreign Affairs", None, "ministry", "JM")]),
    ("Speaker of the National Assembly of Pakistan Raja Pervez Ashraf received the delegation.", {"publisher_cc": "PK"},
     [("National Assembly of Pakistan", "National Assembly of Pakistan", None, "legislature", "PK")]),
    ("The Department of State's Bureau of Consular Affairs issued the advisory.", {"publisher_cc": "US"},
     [("Department of State", "Department of State", None, "department", "US"),
      ("Bureau of Consular Affairs", "Bureau of Consular Affairs", None, "department", "US")]),
])
def test_written_round6_titles(nlp, res, text, ctx, expected):
    assert _rows(nlp, res, text, **ctx) == expected


# coordinations with long state names, 'and the' inside a plural coordination, capitalized plural governments and
# parliaments (a lowercase 'governments' names no body); written for the tests
@pytest.mark.parametrize("text, ctx, expected", [
    ("Officials of the ministries of Foreign Affairs, Defence and the Interior of Angola attended.", {"publisher_cc": "CU"},
     [("ministries of Foreign Affairs, Defence and the Interior of Angola", "Ministry of Foreign Affairs", None, "ministry", "AO"),
      ("ministries of Foreign Affairs, Defence and the Interior of Angola", "Ministry of Defence", None, "ministry", "AO"),
      ("ministries of Foreign Affairs, Defence and the Interior of Angola", "Ministry of the Interior", None, "ministry", "AO")]),
    ("The foreign ministries of the Socialist Republic of Vietnam and the Lao People's Democratic Republic met.",
     {"publisher_cc": "VN"},
     [("foreign ministries of the Socialist Republic of Vietnam and the Lao People's Democratic Republic",
       "Ministry of Foreign Affairs", None, "ministry", "VN"),
      ("foreign ministries of the Socialist Republic of Vietnam and the Lao People's Democratic Republic",
       "Ministry of Foreign Affairs", None, "ministry", "LA")]),
    ("The Governments of the Republic of Cuba and the Republic of Angola signed.", {"publisher_cc": "CU"},
     [("Governments of the Republic of Cuba and the Republic of Angola", "Government of Cuba", None, "other", "CU"),
      ("Governments of the Republic of Cuba and the Republic of Angola", "Government of Angola", None, "other", "AO")]),
    ("The Governments of Cuba and Jamaica agreed.", {"publisher_cc": "CU"},
     [("Governments of Cuba and Jamaica", "Government of Cuba", None, "other", "CU"),
      ("Governments of Cuba and Jamaica", "Government of Jamaica", None, "other", "JM")]),
    ("The U.S. and Cuban Governments agreed.", {"publisher_cc": "US"},
     [("U.S. and Cuban Governments", "United States Government", None, "other", "US"),
      ("U.S. and Cuban Governments", "Government of Cuba", None, "other", "CU")]),
    ("The Parliaments of Vietnam and Laos signed.", {"publisher_cc": "VN"},
     [("Parliaments of Vietnam and Laos", "Parliament of Vietnam", None, "legislature", "VN"),
      ("Parliaments of Vietnam and Laos", "Parliament of Laos", None, "legislature", "LA")]),
    ("The U.S. and Cuban governments agreed.", {"publisher_cc": "US"}, []),
    ("The governments of Cuba and Jamaica agreed.", {"publisher_cc": "CU"}, []),
    ("The Ministries of Health of Cuba and Angola signed a protocol.", {"publisher_cc": "CU"},
     [("Ministries of Health of Cuba and Angola", "Ministry of Health", None, "ministry", "CU"),
      ("Ministries of Health of Cuba and Angola", "Ministry of Health", None, "ministry", "AO")]),
])
def test_written_round6_coordinations(nlp, res, text, ctx, expected):
    assert _rows(nlp, res, text, **ctx) == expected


# acronyms alone and bodies added to the table in this session (written for the tests)
@pytest.mark.parametrize("text, expected", [
    ("AOSIS", ("Alliance of Small Island States", "AOSIS", "igo", None)),
    ("CCJ", ("Caribbean Court of Justice", "CCJ", "igo", None)),
    ("CICA", ("Conference on Interaction and Confidence-Building Measures in Asia", "CICA", "igo", None)),
    ("Lancang-Mekong Cooperation", ("Mekong-Lancang Cooperation", "MLC", "igo", None)),
    ("RBI", ("Reserve Bank of India", "RBI", "agency", "IN")),
    ("State Bank of Pakistan", ("State Bank of Pakistan", "SBP", "agency", "PK")),
    ("Bank of Russia", ("Central Bank of Russia", None, "agency", "RU")),
    ("Stats SA", ("Statistics South Africa", "Stats SA", "agency", "ZA")),
    ("STATIN", ("Statistical Institute of Jamaica", "STATIN", "agency", "JM")),
    ("Japan Coast Guard", ("Japan Coast Guard", "JCG", "law_enforcement", "JP")),
    ("Indian Coast Guard", ("Indian Coast Guard", "ICG", "law_enforcement", "IN")),
    ("Customs General Administration of the Republic of Cuba", ("General Customs Office", "AGR", "agency", "CU")),
    ("Commonwealth Secretariat", ("Commonwealth Secretariat", None, "igo", None)),
    ("Joint Chiefs of Staff", ("Joint Chiefs of Staff", "JCS", "military", "US")),
    ("AusAID", ("Australian Agency for International Development", "AusAID", "agency", "AU")),
    ("TIKA", ("Turkish Cooperation and Coordination Agency", "TIKA", "agency", "TR")),
])
def test_alias_breadth_round6(res, text, expected):
    assert A.canonical(text, res) == expected


# ---------------------------------------------------------------- from the b07-b08 error lists (rewritten)
@pytest.mark.parametrize("text, expected", [
    # commas separate members: an 'and' inside a member stays
    ("Ministries of Justice, the Interior, Labor and Social Security, Public Health, Tourism",
     ["Ministry of Justice", "Ministry of the Interior", "Ministry of Labor and Social Security",
      "Ministry of Public Health", "Ministry of Tourism"]),
    ("Departments of State, Justice, Health and Human Services, and Labor",
     ["Department of State", "Department of Justice", "Department of Health and Human Services", "Department of Labor"]),
    ("ministries of Foreign Trade, Foreign Relations, and Energy and Mines",
     ["Ministry of Foreign Trade", "Ministry of Foreign Relations", "Ministry of Energy and Mines"]),
    # a pair, or the last member without a serial comma, splits unless the joined name is a table row
    ("ministries of the Interior, Communications and Foreign Affairs",
     ["Ministry of the Interior", "Ministry of Communications", "Ministry of Foreign Affairs"]),
    ("ministries of Energy and Mines", ["Ministry of Energy and Mines"]),
    # the plural head after its members
    ("Treasury, Commerce and State Departments", ["Treasury Department", "Commerce Department", "State Department"]),
])
def test_expand_members(res, text, expected):
    assert [t for t, _ in A.expand(text, res)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The U.S. delegation included representatives from the Treasury, Commerce and State Departments.",
     ["Department of the Treasury", "Department of Commerce", "Department of State"]),
    ("It was composed of officials from the Ministries of Justice, the Interior, Education and Tourism.",
     ["Ministry of Justice", "Ministry of the Interior", "Ministry of Education", "Ministry of Tourism"]),
])
def test_coordinations_found_round5(nlp, res, text, expected):
    assert [r[1] for r in _rows(nlp, res, text)] == expected


@pytest.mark.parametrize("text", [
    # a time is no host; a standing mechanism is no body; a hyphenated word's tail is none; a venue is none
    "They looked forward to the opening of the Embassy in September.",
    "The two countries work together through a Bi-National Commission (BNC).",
    "The conference was held at the London Congress Center.",
])
def test_not_agencies_round5(nlp, res, text):
    assert _rows(nlp, res, text) == []


# ---------------------------------------------------------------- from the new pages' error lists (rewritten)
@pytest.mark.parametrize("text, expected", [
    # a body's span stops before the next person's title
    ("The Secretary met the Director of the Office of the Central Foreign Affairs Commission and Japan's Foreign "
     "Minister Kamikawa Yoko.", ["Office of the Central Foreign Affairs Commission"]),
    ("Wang Yi, member of the Political Bureau of the Communist Party of China Central Committee and Foreign Minister, "
     "said.", ["Political Bureau of the Communist Party of China Central Committee"]),
    # a capitalized 'Foreign Ministries of X and Y' gives one ministry per state
    ("The boards of the Foreign Ministries of Belarus and Russia met.", ["Ministry of Foreign Affairs", "Ministry of Foreign Affairs"]),
    # a state's party named by its adjective
    ("Delegates of the Vietnamese Party and the Cuban Party met.", ["Communist Party of Vietnam", "Communist Party of Cuba"]),
    # an alias after a hyphen keeps its place
    ("The next Cuba-CARICOM Summit will be held in Havana.", ["Caribbean Community"]),
])
def test_find_round6(nlp, res, text, expected):
    assert [r[1] for r in _rows(nlp, res, text)] == expected


def test_army_general_is_a_rank(nlp, res):
    assert _rows(nlp, res, "President Granger met Army General Raul Castro Ruz, and later Army General Castro spoke.") == []


@pytest.mark.parametrize("text,expected", [
    # a state written after the body's comma is a place of its own
    ("The talks were co-chaired by Anil Mehta, Additional Secretary, Ministry of External Affairs, India and "
     "Ambassador Tesfaye Bekele.", [("Ministry of External Affairs", "IN")]),
    # the platform a body posted on is no part of its name
    ("In a post by the Ministry of Foreign Affairs of Ghana on Facebook, the ministry welcomed the visit.",
     [("Ministry of Foreign Affairs", "GH")]),
    # bilateral mechanisms are meetings, not bodies (ANNOTATION.md)
    ("The sides agreed to convene the Joint Trade Committee and the Joint Science & Technology Committee.", []),
    ("The 4th Foreign Office Consultations were held in Addis Ababa.", []),
    # an intergovernmental group's acronym
    ("The Melanesian Spearhead Group (MSG) met in Port Vila. The MSG chair spoke.",
     [("Melanesian Spearhead Group", None), ("Melanesian Spearhead Group", None), ("Melanesian Spearhead Group", None)]),
])
def test_find_round7(nlp, res, text, expected):
    assert [(r[1], r[4]) for r in _rows(nlp, res, text)] == expected


def test_a_platform_ends_the_span(nlp, res):
    (r,) = _rows(nlp, res, "The Embassy of Peru in Tokyo said on Twitter that the visa centre is open.")
    assert r[0] == "Embassy of Peru in Tokyo"
    (r,) = _rows(nlp, res, "A statement by the Ministry of Foreign Affairs on Facebook said the talks went well.")
    assert r[0] == "Ministry of Foreign Affairs"


@pytest.mark.parametrize("text,expected", [
    ("Both ministers welcomed the work of the Pacific Alliance and the Lima Group.", ["Pacific Alliance", "Lima Group"]),
    # each side's bodies, no particular one
    ("They agreed on cooperation between the respective Diplomatic Academies.", []),
    # a capitalized 'the Secretariat' alone is generic
    ("The envoy was received at the Secretariat in Georgetown.", []),
])
def test_find_round8(nlp, res, text, expected):
    assert [r[1] for r in _rows(nlp, res, text)] == expected



@pytest.mark.parametrize("text,expected", [
    # names joined by a comma only are an apposition, two mentions; a list closes with 'and'
    ("The readout was released by the U.S Department of State, Bureau of European and Eurasian Affairs on Nov. 29.",
     [("U.S Department of State", "Department of State"),
      ("Bureau of European and Eurasian Affairs", "Bureau of European and Eurasian Affairs")]),
    # a unit the table does not know ends at the body's possessive ...
    ("Present were the Head of the British High Commission's Political and Communications Team and others.",
     [("British High Commission", "High Commission of the United Kingdom")]),
    # ... but a possessive inside a state's name does not
    ("He met officials of the Ministry of Foreign Affairs of the Lao People's Democratic Republic.",
     [("Ministry of Foreign Affairs of the Lao People's Democratic Republic", "Ministry of Foreign Affairs")]),
    # a page's missing space after a comma
    ("The Foreign,Commonwealth and Development Office said.", [("Foreign,Commonwealth and Development Office",
                                                             "Foreign, Commonwealth and Development Office")]),
    ("The Quad and the Asian Cooperation Dialogue (ACD) met.", [("Quad", "Quadrilateral Security Dialogue"),
                                                               ("Asian Cooperation Dialogue", "Asian Cooperation Dialogue"),
                                                               ("ACD", "Asian Cooperation Dialogue")]),
])
def test_find_round9(nlp, res, text, expected):
    assert [(r[0], r[1]) for r in _rows(nlp, res, text)] == expected



@pytest.mark.parametrize("text,expected", [
    ("The statement was released via the Foreign and Commonwealth Office.", [("Foreign and Commonwealth Office",
                                                                            "Foreign, Commonwealth and Development Office")]),
    ("The minister attended the Arab League Council in Cairo.", [("Arab League Council", "Council of the League of Arab States")]),
    ("The President travelled for the 6th Binational Cabinet.", []),     # a meeting format, not a body
])
def test_find_round10(nlp, res, text, expected):
    assert [(r[0], r[1]) for r in _rows(nlp, res, text)] == expected


@pytest.mark.parametrize("text,not_a_body", [
    ("Lord Ahmad, Minister of State with responsibility for the Caribbean and the Commonwealth, visited.", "Commonwealth"),
    ("Félix Mbayu, Minister Delegate in charge of Relations with the Commonwealth, attended.", "Commonwealth"),
    ("Inter-Ministry of Foreign Affairs political consultations were held in Ankara.", "Ministry of Foreign Affairs"),
    ("The importance of regular inter-MFA consultations was noted.", "MFA"),
])
def test_not_agencies_round11(nlp, res, text, not_a_body):
    assert not_a_body not in [r[0] for r in _rows(nlp, res, text)] + [r[1] for r in _rows(nlp, res, text)]


def test_inter_bodies_stay(nlp, res):
    rows = [r[0] for r in _rows(nlp, res, "The delegates met at the Inter-Parliamentary Union in Geneva.")]
    assert any(r.startswith("Inter-Parliamentary Union") for r in rows), rows


@pytest.mark.parametrize("text,name", [
    ("The leaders will meet at the Apec summit in Lima.", "Asia-Pacific Economic Cooperation"),
    ("He praised the troops of AMISOM in Mogadishu.", "African Union Mission in Somalia"),
    ("The Group of Seventy-Seven met in New York.", "Group of 77"),
])
def test_alias_rows_round11(nlp, res, text, name):
    assert name in [r[1] for r in _rows(nlp, res, text)]


def test_a_plural_headline_verb_ends_coordinated_bodies(nlp, res):
    rows = _rows(nlp, res, "Foreign Ministries of Bulgaria and Cyprus Hold Bilateral Political Consultations\n\n"
                           "The delegations met in Sofia.")
    assert {r[0] for r in rows} == {"Foreign Ministries of Bulgaria and Cyprus"}


def test_a_short_form_defined_in_parentheses_names_the_body_again(nlp, res):
    # nzherald: 'the Ministry of Foreign Affairs and Trade (Mfat) ... Mfat's deputy secretary'
    rows = _rows(nlp, res, "Chris Seed, the new head of the Ministry of Foreign Affairs and Trade (Mfat), was there. "
                           "Mfat's deputy secretary of the Pacific also attended.", publisher_cc="NZ")
    mfat = [r for r in rows if r[0] == "Mfat"]
    assert len(mfat) == 2 and {r[1] for r in mfat} == {rows[0][1]}
    # a word in parentheses that does not spell the body's initials is no short form of it
    assert [r[0] for r in _rows(nlp, res, "the Ministry of Foreign Affairs and Trade (Wellington) said so.",
                                publisher_cc="NZ")] == ["Ministry of Foreign Affairs and Trade"]


def test_a_state_after_a_bodys_acronym_is_part_of_its_name(nlp, res):
    # fanabc: 'according to MFA Ethiopia'
    rows = _rows(nlp, res, "The two sides discussed regional issues, according to MFA Ethiopia.", publisher_cc="ET")
    assert [(r[0], r[1], r[4]) for r in rows] == [("MFA Ethiopia", "Ministry of Foreign Affairs", "ET")]


# ---------------------------------------------------------------- eighth session
@pytest.mark.parametrize("text,expected", [
    # a lone surname after "of <State>" ends the body (the person is no part of it)
    ("The delegation was headed by Director General of the Ministry of Foreign Affairs of Estonia Tamm.",
     [("Ministry of Foreign Affairs of Estonia", "Ministry of Foreign Affairs", "EE")]),
    # an organ of an intergovernmental body named with its acronym is one row, named as written
    ("The ECOWAS Authority of Heads of State and Government met in Abuja.",
     [("ECOWAS Authority of Heads of State and Government", "ECOWAS Authority of Heads of State and Government", None)]),
    # a name right after the organ's head word is no part of it
    ("The President of the ECOWAS Commission Jean-Claude Brou spoke.",
     [("ECOWAS Commission", "ECOWAS Commission", None)]),
    # the European Union's missions are its delegations
    ("The EU Delegation in Ethiopia issued a note.",
     [("EU Delegation in Ethiopia", "Delegation of the European Union to Ethiopia", None)]),
    # a special post after a government is a title
    ("He met the Chinese Government Special Envoy for African Affairs.", [("Chinese Government", "Government of China", "CN")]),
])
def test_find_round12(nlp, res, text, expected):
    assert [(r[0], r[1], r[4]) for r in _rows(nlp, res, text)] == expected


def test_a_seat_of_state_belongs_to_the_host(nlp, res):
    # the head of state's office named as a venue: the state it houses (the host or dateline), not the publisher
    rows = _rows(nlp, res, "The meeting was held at State House.", publisher_cc="CU", host_cc="GY")
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [("State House", "State House", "other", "GY")]


def test_two_governments_joined_by_to_are_two_rows(nlp, res):
    rows = _rows(nlp, res, "The notes were exchanged from Government of Sierra Leone to Government of the Republic "
                           "of Germany on technical cooperation.")
    assert [(r[1], r[4]) for r in rows] == [("Government of Sierra Leone", "SL"), ("Government of Germany", "DE")]


@pytest.mark.parametrize("text,generic", [
    ("He was elected Chair of the Authority two weeks ago.", "Authority"),
    ("The Bureau will meet again in May.", "Bureau"),
])
def test_a_bare_organ_word_is_generic(nlp, res, text, generic):
    assert generic not in [r[0] for r in _rows(nlp, res, text)]


def test_an_intergovernmental_bodys_own_mission(nlp, res):
    rows = _rows(nlp, res, "The Permanent Observer Mission of the African Union to the United Nations hosted the dialogue.")
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [
        ("Permanent Observer Mission of the African Union to the United Nations",
         "Permanent Observer Mission of the African Union to the United Nations", "embassy", None)]


def test_a_ministers_portfolio_is_no_body(nlp, res):
    rows = _rows(nlp, res, "Judith Uwizeye, Minister of Public Service and Labour, signed on behalf of the government.")
    assert "Public Service" not in [r[0] for r in rows]


def test_another_states_embassy_on_an_unknown_publishers_page_is_in_the_pages_state(nlp, res):
    # no publisher row: the state the segment's places name most is the host ("the French Embassy" on a Lebanese page)
    rows = _rows(nlp, res, "President Aoun received the ambassador at Baabda. The French Embassy in Lebanon's neighbour "
                           "was not named; Lebanon and its army, Lebanon's future and the French Embassy were discussed.")
    assert ("French Embassy", "Embassy of France in Lebanon") in [(r[0], r[1]) for r in rows]


@pytest.mark.parametrize("text,expected", [
    ("He met the Special Envoy of Chinese Government on Afghan Affairs.", [("Chinese Government", "Government of China")]),
    ("The Heads of Mission attended the dinner.", []),
    ("The Visegrád Group (V4) met in Prague.", [("Visegrád Group", "Visegrád Group"), ("V4", "Visegrád Group")]),
])
def test_find_round13(nlp, res, text, expected):
    assert [(r[0], r[1]) for r in _rows(nlp, res, text)] == expected


# ---------------------------------------------------------------- ninth session: blind sets b43-b46
# Sentences after the blind pages' shapes (Jamaican, South African, Cambodian, Tanzanian, Norwegian releases).
@pytest.mark.parametrize("text, ctx, expected", [
    # heads of state's and government's seats named as venues (DECISIONS.md), with their own state
    ("The envoy presented his credentials at the Royal Palace of Cambodia.", {"publisher_cc": "CN"},
     [("Royal Palace of Cambodia", "Royal Palace of Cambodia", None, "other", "KH")]),
    ("The President received him at the Union Buildings.", {},
     [("Union Buildings", "Union Buildings", None, "other", "ZA")]),
    ("The ceremony was held at King’s House.", {},
     [("King’s House", "King’s House", None, "other", "JM")]),
    # ... and an unnamed one takes the state of the page
    ("The meeting took place at the Presidential Palace.", {"publisher_cc": "AZ"},
     [("Presidential Palace", "Presidential Palace", None, "other", "AZ")]),
    # "the Cabinet" is a government named as a body (ANNOTATION.md)
    ("The Cabinet approved the agreement on Monday.", {"publisher_cc": "JM"},
     [("Cabinet", "Cabinet", None, "other", "JM")]),
    # "the Government and the people of X", also lowercase and with an article
    ("Our condolences go to the Government and the people of the Islamic Republic of Pakistan.", {},
     [("Government", "Government of Pakistan", None, "other", "PK")]),
    # a year ends a body's name in a headline
    ("Deputy President to address Financial and Fiscal Commission 2025 Budget Roundtable", {},
     [("Financial and Fiscal Commission", "Financial and Fiscal Commission", "FFC", "agency", "ZA")]),
    # a month and a listing's link words end a body on a page flattened onto one line
    ("Readout Office of the Spokesperson June 7, 2022 The below is attributable to Ned Price.", {"publisher_cc": "US"},
     [("Office of the Spokesperson", "Office of the Spokesperson", None, "agency", "US")]),
    ("Statement of the Council of Europe PDF Print E-mail", {},
     [("Council of Europe", "Council of Europe", None, "igo", None)]),
    # an office of the head of government without its article
    ("The Office of Prime Minister released the programme.", {"publisher_cc": "FJ"},
     [("Office of Prime Minister", "Office of Prime Minister", None, "agency", "FJ")]),
    # bilateral mechanisms named after their level are meetings, not bodies
    ("The Kazakh-Indian Intergovernmental Commission on Trade and Economic Cooperation will meet.", {}, []),
    # "the Cabinet" of a page whose publisher no table knows: the state the page names
    ("Doha: The Cabinet lauded the participation of the Amir of Qatar in the G20 summit.", {},
     [("Cabinet", "Cabinet", None, "other", "QA"), ("G20", "Group of Twenty", "G20", "igo", None)]),
    # a body's document is not the body (b11's "United Nations Charter")
    ('A forum titled "The UN Charter at 75" was held.', {}, []),
    ("Mongolia will attend the 21st conference of parties to the UN Framework on Climate Change.", {}, []),
    # words the page ran together are no clean name (ANNOTATION.md: glued tokens are not annotated)
    ("Ministry of Foreign AffairsEnrique Ochoa spoke.", {"publisher_cc": "NO"}, []),
])
def test_blind_b43_b46_shapes(nlp, res, text, ctx, expected):
    assert _rows(nlp, res, text, **ctx) == expected


def test_the_foreign_ministries_of_both_countries_are_the_two_states_ministries(nlp, res):
    # held-out b75 (MINREX Angola page): the sentence names the two states
    text = ("The Deputy Minister of Foreign Affairs of Cuba, Rogelio Sierra Díaz, and the Secretary of State for "
            "External Relations of Angola, Téte António, chaired today the IV Round of Political Consultations "
            "between the foreign ministries of both countries.")
    rows = [r for r in _rows(nlp, res, text, publisher_cc="CU") if r[0] == "foreign ministries of both countries"]
    assert [(r[1], r[4]) for r in rows] == [("Ministry of Foreign Affairs", "AO"), ("Ministry of Foreign Affairs", "CU")]
    # three states named: no guess
    text = "Cuba, Angola and Namibia agreed that the foreign ministries of both countries will meet."
    assert not [r for r in _rows(nlp, res, text, publisher_cc="CU") if r[0] == "foreign ministries of both countries"]


@pytest.mark.parametrize("text, name, cc", [
    # held-out b75/b76: seats of heads of state or government named as venues (DECISIONS.md)
    ("later met with López Obrador at the National Palace.", "National Palace", "MX"),
    ("held a meeting at the Palace of the Revolution with the President", "Palace of the Revolution", "CU"),
    ("was received by President Iván Duque Márquez at the Casa de Nariño.", "Casa de Nariño", "CO"),
])
def test_seats_of_government_are_agency_rows(nlp, res, text, name, cc):
    rows = _rows(nlp, res, text, publisher_cc=cc)
    assert (name, cc) in [(r[1], r[4]) for r in rows], rows


@pytest.mark.parametrize("text, span, name", [
    # held-out b76/b78: a UN field mission or office is named with the state it works in, in full
    ("the work of the United Nations Verification Mission in Colombia.", "United Nations Verification Mission in Colombia",
     "United Nations Verification Mission in Colombia"),
    ("and the UN Integrated Office in Haiti (BINUH) welcomed it", "UN Integrated Office in Haiti",
     "United Nations Integrated Office in Haiti"),
    # a field label or a rights notice before the body is no part of it (GOV.UK teasers, footers)
    ("News story\nOrganisation: Foreign & Commonwealth Office\nPublished: 5 February 2020", "Foreign & Commonwealth Office",
     None),
    ("Copyright Ministry of Foreign Affairs of Viet Nam. Address: No 1 Ton That Dam", "Ministry of Foreign Affairs of Viet Nam",
     "Ministry of Foreign Affairs"),
])
def test_field_offices_and_labels(nlp, res, text, span, name):
    rows = _rows(nlp, res, text)
    assert span in [r[0] for r in rows], rows
    if name:
        assert name in [r[1] for r in rows if r[0] == span]


@pytest.mark.parametrize("text, not_a_body", [
    # held-out b76/b77: a licence named after the government, an insurgent army, a title
    ("All content is available under the Open Government Licence v3.0", "Open Government"),
    ("peace talks between the Government of Colombia and the National Liberation Army (ELN)", "National Liberation Army"),
    ("Kenya's Prime Cabinet Secretary and Cabinet Secretary for Foreign Affairs Musalia Mudavadi", "Prime Cabinet"),
])
def test_not_bodies_seen_on_blind_pages(nlp, res, text, not_a_body):
    assert not_a_body not in [r[0] for r in _rows(nlp, res, text)]


def test_a_states_regions_are_no_bodies(nlp, res):
    # held-out b82 (Cuban embassy in Nicaragua): lowercase 'departments of León and Masaya' are regions
    rows = _rows(nlp, res, "Cuban doctors work in the departments of León and Masaya, and the departments of "
                           "Homeland Security and Justice took part.")
    assert [r[1] for r in rows] == ["Department of Homeland Security", "Department of Justice"]


@pytest.mark.parametrize("text, name", [
    # held-out b82: names the alias table lacked
    ("a message to the Frelimo Party on its anniversary", "Mozambique Liberation Front"),
    ("the Government of Reconciliation and National Unity", "Government of Nicaragua"),
    ("officers of the National Bolivarian Armed Forces", "Bolivarian National Armed Forces"),
    # blind set b83
    ("talks with the Federal Ministry for Europe, Integration and Foreign Affairs of Austria", "Ministry of Foreign Affairs"),
    ("funded by the Swiss Agency for Development and Cooperation", "Swiss Agency for Development and Cooperation"),
])
def test_alias_rows_from_blind_pages(nlp, res, text, name):
    assert name in [r[1] for r in _rows(nlp, res, text)]


def test_a_region_named_in_a_body_is_no_coordination_and_its_ministry_by_acronym_is_a_body_of_its_own(nlp, res):
    # blind set b83: 'and the Caribbean' continues the region's name (not a new body, as 'and the Ministry of
    # Health' would be), and the ministry after 'of' is named by its acronym without an article
    rows = _rows(nlp, res, "He was accompanied by officials of the Directorate of Latin America and the Caribbean of MINREX.")
    assert [(r[0], r[1]) for r in rows] == [("Directorate of Latin America and the Caribbean",
                                             "Directorate of Latin America and the Caribbean"),
                                            ("MINREX", "Ministry of Foreign Affairs")]
