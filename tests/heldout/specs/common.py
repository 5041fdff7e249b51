"""Helpers shared by the gold specs (after ../shared/examples/common.py).

A spec file defines DOCS, a list of documents written as text + whole-word occurrence
(0-based, counted over the whole page); `tests/gold/build.py` turns them into offsets.
"""
import calendar


def day(d):
    return {"date_start": d, "date_end": d, "granularity": "day"}


def span(ds, de):
    """A day range: "January 22-23, 2018" -> span("2018-01-22", "2018-01-23")."""
    return {"date_start": ds, "date_end": de, "granularity": "day"}


def month(y, m, last=None):
    last = last or calendar.monthrange(y, m)[1]
    return {"date_start": f"{y}-{m:02d}-01", "date_end": f"{y}-{m:02d}-{last:02d}", "granularity": "month"}


def year(y):
    return {"date_start": f"{y}-01-01", "date_end": f"{y}-12-31", "granularity": "year"}


UNRES = {"date_start": None, "date_end": None, "granularity": "unresolved"}


def loc(name, cc, kind="country"):
    return {"name": name, "kind": kind, "country_code": cc}


def city(name, cc):
    return loc(name, cc, "city")


def admin1(name, cc):
    return loc(name, cc, "admin1")


def region(name, cc=None):
    return loc(name, cc, "region")


US = loc("United States", "US")
CU = loc("Cuba", "CU")
WASH = city("Washington", "US")
HAV = city("Havana", "CU")

IGO = {"ASEAN": "Association of Southeast Asian Nations", "CARICOM": "Caribbean Community",
       "CELAC": "Community of Latin American and Caribbean States", "NATO": "North Atlantic Treaty Organization",
       "G20": "Group of Twenty", "Interpol": "International Criminal Police Organization", "NAM": "Non-Aligned Movement"}
ACR = {"European Union": "EU", "United Nations": "UN", "United Nations General Assembly": "UNGA",
       "United Nations Security Council": "UNSC", "African Union": "AU", "Non-Aligned Movement": "NAM",
       "United Nations Human Rights Council": "UNHRC", "Department of Homeland Security": "DHS",
       "Federal Bureau of Investigation": "FBI", "Ministry of Foreign Affairs": None}


def ag(name, cc, kind, acronym=None):
    full = IGO.get(name, name)
    acr = name if name in IGO else (acronym if acronym is not None else ACR.get(full))
    return {"name": full, "acronym": acr, "kind": kind, "country_code": cc}


def off(name, title, cc, agency=None):
    return {"name": name, "title": title, "country_code": cc, "agency": agency}


def mtg(item, t, ds=None, de=None, loc_=None, cc=None, parties=(), status="held", rnd=None, note=None):
    m = {"item": item, "meeting_type": t, "status": status, "round": rnd, "date_start": ds,
         "date_end": de or ds, "location": loc_, "country_code": cc, "parties": list(parties)}
    if note:
        m["note"] = note
    return m


def note(fields, text):
    """Attach a one-line decision note to a mention's field dict."""
    return {**fields, "note": text}
