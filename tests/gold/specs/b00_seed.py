# Gold for one page of corpus/dev, written as a compact spec (text + whole-word occurrence, 0-based).
# Build:  python3 ../shared/tools/annotate.py ../shared/examples/seed_001.py ../shared/corpus/dev out.jsonl
from common import *  # noqa: F401,F403

DOCS = [
 {"file": "001_9cd6b6c6809c8e84.txt", "published": None,
  "items": [("Cuba hands over a US citizen", "territory on July 31, 2018.", "Cuba hands over a US citizen claimed by Interpol"),
            ("Migration talks between Cuba", "Gabriel Escobar, respectively.", "Migration talks between Cuba and the United States held in Washington D.C."),
            ("Cuba and the United States hold fourth", "cybercrimes, among others.", "Cuba and the United States hold fourth meeting on law enforcement dialogue"),
            ("Seventh Meeting of the Cuba-United States", "move forward in other sectors.", "Seventh Meeting of the Cuba-United States Bilateral Commission held in Washington D.C.")],
  "dates": [("August 9, 2018", 0, day("2018-08-09")), ("July 31, 2018", 0, day("2018-07-31")), ("July 11, 2018", 0, day("2018-07-11")),
            ("July 10, 2018", 0, day("2018-07-10")), ("September 15, 2017", 0, day("2017-09-15")), ("June 14, 2018", 0, day("2018-06-14"))],
  "locations": [("Cuba", 0, CU), ("USA", 0, US), ("Cuba", 1, CU), ("US", 0, US), ("Havana", 0, HAV), ("US", 2, US), ("US", 3, US),
                ("Cuba", 2, CU), ("United States", 0, US), ("Washington D.C.", 0, WASH), ("Cuba", 3, CU), ("United States", 1, US),
                ("Cuba", 4, CU), ("United States", 2, US), ("Washington D.C.", 1, WASH), ("Cuba", 5, CU), ("United States", 3, US),
                ("Cuba", 6, CU), ("United States", 4, US), ("Washington D.C.", 2, WASH), ("Cuba", 7, CU), ("United States", 5, US),
                ("Washington, D.C.", 0, WASH)],
  "officials": [("Carlos Fernández de Cossío", 0, off("Carlos Fernández de Cossío", "Director General for U.S. Affairs at the Cuban Ministry of Foreign Affairs", "CU", "Ministry of Foreign Affairs")),
                ("Gabriel Escobar", 0, off("Gabriel Escobar", "Coordinator for Cuban Affairs at the State Department", "US", "Department of State"))],
  "agencies": [("Interpol", 0, ag("Interpol", None, "igo")), ("US Government", 0, ag("United States Government", "US", "other")),
               ("Interpol", 1, ag("Interpol", None, "igo")),
               ("Cuban Ministry of Foreign Affairs", 0, ag("Ministry of Foreign Affairs", "CU", "ministry")),
               ("State Department", 0, ag("Department of State", "US", "department"))],
  "meetings": [mtg(1, "migration_talks", "2018-07-11", loc_="Washington", cc="US", parties=["CU", "US"]),
               mtg(2, "law_enforcement_dialogue", "2018-07-10", loc_="Washington", cc="US", parties=["CU", "US"], rnd=4),
               mtg(2, "law_enforcement_dialogue", "2017-09-15", loc_="Washington", cc="US", parties=["CU", "US"]),
               mtg(3, "bilateral_commission", "2018-06-14", loc_="Washington", cc="US", parties=["CU", "US"], rnd=7)]},
]
