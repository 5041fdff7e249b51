"""Pins of the officials extractor (extract/annotate/officials.py) on snippets of real dev pages.

Model cases build a Doc with the session `nlp` and call officials.find with a Context; rule-only
cases (name cleaning, title stripping, name linking) need no model.
"""
from __future__ import annotations

import pytest

from extract.annotate import agencies as AG
from extract.annotate import officials as O
from extract.annotate.context import Context, Hit


def _find(nlp, res, text: str) -> dict[str, dict]:
    doc = nlp(text)
    ctx = Context(res=res, doc_id="d", batch="b", item_id="d-000", offset=0)
    return {h.text: h.fields for h in O.find(doc, ctx, AG.find(doc, ctx))}


# (snippet of a dev page, mention text, expected name, expected title)
CASES = [
    # title swallowed into an ORG entity ("Spokesperson Ned Price" is ORG for the small model)
    ("The following is attributable to Spokesperson Ned Price:", "Ned Price", "Ned Price", "Spokesperson"),
    # name the model misses after a title with its office (agenparl / chinadiplomacy pages)
    ("Chinese State Councilor and Foreign Minister Wang Yi meets with Vietnamese Deputy Minister of Foreign "
     "Affairs Le Hoai Trung in Beijing.", "Le Hoai Trung", "Le Hoai Trung", "Deputy Minister of Foreign Affairs"),
    # preceding role set off by a comma; the model tags the name ORG
    ("Havana, June 5 .- Deputy Minister of Foreign Affairs of Cuba, Rogelio Sierra Díaz, begins today a work "
     "visit to the Caribbean region.", "Rogelio Sierra Díaz", "Rogelio Sierra Díaz",
     "Deputy Minister of Foreign Affairs of Cuba"),
    # a given name the model left out of the PERSON span
    ("Press Statement by Josefina Vidal Ferreiro, Cuban Ministry of Foreign Affairs Director General.",
     "Josefina Vidal Ferreiro", "Josefina Vidal Ferreiro", None),
    # honorifics stripped from the name, never a title
    ("We have learned about the passing of Mrs. Evelyn Gross, the mother of Alan Gross.", "Evelyn Gross",
     "Evelyn Gross", None),
    ("The Acting Chief Director of the Ministry of Health of Ghana, Mr. Kwabena Boadu Oku-Afari, received the "
     "Ambassador of Cuba.", "Kwabena Boadu Oku-Afari", "Kwabena Boadu Oku-Afari",
     "Acting Chief Director of the Ministry of Health of Ghana"),
    # hyphenated surname split by the tokenizer
    ("First Secretary of the Central Committee of the Communist Party of Cuba, Miguel Díaz-Canel Bermúdez, "
     "has to do with the two contingencies.", "Miguel Díaz-Canel Bermúdez", "Miguel Díaz-Canel Bermúdez",
     "First Secretary of the Central Committee of the Communist Party of Cuba"),
    # party adjective stripped like a nationality adjective (b01 gold note)
    ("The hearing was organized by Marco Rubio, the Republican Senator for Florida and co-chaired by others.",
     "Marco Rubio", "Marco Rubio", "Senator for Florida"),
    # a title run stops at another person's name
    ("The event was attended by Ambassador Hermes Herrera and Counsellor Ana Rosa Rojas.", "Ana Rosa Rojas",
     "Ana Rosa Rojas", "Counsellor"),
    # possessive glued to the name by the model ("Rubio’s Call" is one PERSON span)
    ("Secretary Rubio’s Call with Pakistani Deputy Prime Minister/Foreign Minister Dar", "Dar", "Dar",
     "Deputy Prime Minister/Foreign Minister"),
]


@pytest.mark.parametrize("text,mention,name,title", CASES, ids=[c[1] for c in CASES])
def test_find(nlp, res, text, mention, name, title):
    got = _find(nlp, res, text)
    assert mention in got, sorted(got)
    assert got[mention]["name"] == name
    if title is not None:
        assert got[mention]["title"] == title


@pytest.mark.parametrize("text,not_a_person", [
    ("Cuban experts issue a Red Alert on the situation.", "a Red Alert"),
    ("#TumbaElBloqueo Cuba denounces the blockade.", "TumbaElBloqueo"),
    ("Later the same day, Deputy PM and FM Minh received the Ambassador of the Lao Embassy.", "Lao"),
    ("The delegation later met the Minister of Tourism, Arts and Culture.", "Arts"),
])
def test_not_people(nlp, res, text, not_a_person):
    assert not_a_person not in _find(nlp, res, text)


def test_short_mention_linked_within_item(nlp, res):
    text = ("Chinese Vice Foreign Minister Ma Zhaoxu met with U.S. officials. During the meeting, Ma elaborated "
            "on China's position. Wang is on a visit. Ma also met with Jake Sullivan.")
    got = O.find(nlp(text), Context(res=res, doc_id="d", batch="b", item_id="i", offset=0), [])
    mas = [h for h in got if h.text == "Ma"]
    assert len(mas) == 2 and all(h.fields["title"] is None for h in mas)
    linked = O.link_names(got)
    assert {h.fields["name"] for h in linked if h.text == "Ma"} == {"Ma Zhaoxu"}


@pytest.mark.parametrize("text,expected", [
    ("H.E. Mr. Liu Xuyi", "Liu Xuyi"),
    ("Ambassador Hermes Herrera", "Hermes Herrera"),
    ("Rubio’s Call", "Rubio"),
    ("Hugh Hilton Todd\nReadout", "Hugh Hilton Todd"),
    ("Sheikh Hasina", "Sheikh Hasina"),                      # a name word, not an honorific here
    ("Sheikh Abdullah bin Zayed Al-Nahyan", "Abdullah bin Zayed Al-Nahyan"),
    ("Xinhua", None),
    ("Sri Lanka", None),
])
def test_clean_name(res, text, expected):
    r = O.clean_name(text, res)
    assert (text[r[0]:r[1]] if r else None) == expected


@pytest.mark.parametrize("raw,title,cc", [
    ("Cuban Ambassador to Canada", "Ambassador to Canada", "CU"),
    ("Republican Senator for Florida", "Senator for Florida", None),
    ("Foreign Ministry’s Director General for U.S. Affairs", "Director General for U.S. Affairs", None),
    ("Head of the Ministry's Department of External Health Cooperation",
     "Head of the Ministry's Department of External Health Cooperation", None),
    ("new ambassador of the Republic of Cuba", "ambassador of the Republic of Cuba", None),
])
def test_strip_title(res, raw, title, cc):
    assert O._strip_title(raw, res) == (title, cc)


def test_link_names_accent_insensitive():
    def hit(s, name):
        return Hit(s, s + len(name), name, "ner", {"name": name, "title": None, "agency": None, "country_code": None})
    hits = [hit(0, "José Ramón Cabañas Rodríguez"), hit(50, "Cabanas"), hit(80, "Vidal")]
    out = O.link_names(hits)
    assert out[1].fields["name"] == "José Ramón Cabañas Rodríguez"
    assert out[2].fields["name"] == "Vidal"
