"""Agencies (public bodies): alias phrases and construction patterns from the `agency_ruler`, then
canonical names, kinds and countries.

The ruler proposes spans (models/aliases/agencies.csv phrases; models/patterns/agencies.jsonl token
patterns for "Ministry of ...", "Embassy of ... in ...", "<Name> Assembly"). The functions here decide
the final span (a leading nationality adjective or country joins it, a possessive does not), expand
coordinations ("the ministries of the Interior and Foreign Affairs" is two bodies) and name each body.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..resources import Agency, Resources
from .context import Context, Hit

#: heads that make a capitalized phrase a public body in these pages
NOT_AGENCY = re.compile(r"\b(?:University|College|School|Institute|Association|Foundation|Society|Club|Federation|"
                        r"Company|Corporation|Corp|Ltd|Inc|Bank|News|Radio|Television|TV|Airlines?|Airways|Hotel|Festival|"
                        r"Movement|Campaign|Brigade of Solidarity|Friendship|Chamber of Commerce|Chambers|Center|Centre|"
                        r"Hospital|Clinic|Museum|Theatre|Theater|Church|Council of Churches|Union of|Workers|Students|Youth|"
                        r"Women|Network|Group of Friends|Fair|Conference|Summit|Forum|Dialogue|Meeting|Commission Meeting|"
                        r"Bilateral Commission|Round|Talks|Agreement|Accords?|Act|Law|Day|Programme|Program|Award|Prize)\b")
GENERIC = {"Ministry", "Ministries", "Department", "Embassy", "Government", "Office", "Commission", "Council", "Mission",
           "Consulate", "Parliament", "Senate", "Agency", "Committee", "Assembly", "Administration", "Cabinet", "Party"}
CONNECTORS = {"and", "of", "the", "for", "&", ",", "in", "to", "'s", "’s"}
KIND_BY_HEAD = [
    (r"\b(?:Embassy|Embassies|Consulate|Mission|High Commission)\b", "embassy"),
    (r"\bMinistr(?:y|ies)\b", "ministry"),
    (r"\bDepartments?\b", "department"),
    (r"\b(?:Parliament|Senate|Congress|Assembly|House of|Legislature|Lok Sabha|Rajya Sabha|Chamber of Deputies)\b", "legislature"),
    (r"\b(?:Army|Navy|Armed Forces|Air Force|Military|Troops|Defen[cs]e Forces)\b", "military"),
    (r"\b(?:Police|Guard|Guards|Customs|Border|Coast Guard|Investigation|Enforcement)\b", "law_enforcement"),
    (r"\b(?:Court|Tribunal|Judiciary|Attorney|Prosecutor)\b", "judiciary"),
    (r"\bParty\b", "party"),
]


def _is_title_cased(tok) -> bool:
    return tok.text[:1].isupper()


def _extend_left(doc: Doc, start: int, res: Resources) -> tuple[int, str | None]:
    """Join a nationality adjective or a non-possessive country name before the body:
    'Cuban Embassy', 'U.S. Coast Guard', 'US Government'. A possessive ('Cuba's') stays outside."""
    cc = None
    i = start
    while i > 0:
        prev = doc[i - 1]
        key = prev.text
        if key in res.nationalities:
            cc = cc or res.nationalities[key]
            i -= 1
            continue
        if i > 1 and f"{doc[i - 2].text} {key}" in res.nationalities:
            cc = cc or res.nationalities[f"{doc[i - 2].text} {key}"]
            i -= 2
            continue
        break
    return i, cc


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while end > start and doc[end - 1].text.lower() in CONNECTORS | {"-", "–"}:
        end -= 1
    while end > start and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    return start, end


def _country_of_phrase(text: str, res: Resources) -> str | None:
    from ..normalize.places import lookup_country
    return lookup_country(text, res)


def canonical(text: str, res: Resources, ctx: Context, cc_hint: str | None) -> tuple[str, str | None, str, str | None]:
    """(name, acronym, kind, country_code) for a body's text as written (without the article)."""
    from ..normalize.places import lookup_country, host_of_city

    body = text
    cc = cc_hint
    # "Cuban Ministry of Foreign Affairs" -> strip the adjective (the country goes to country_code)
    words = body.split()
    while words and (words[0] in res.nationalities or " ".join(words[:2]) in res.nationalities):
        n = 2 if " ".join(words[:2]) in res.nationalities else 1
        cc = cc or res.nationalities[" ".join(words[:n])]
        words = words[n:]
    body = " ".join(words)
    if body in res.agencies:
        a = res.agencies[body]
        return a.name, a.acronym, a.kind, a.country_code or (None if a.kind == "igo" else cc)
    # Embassy of X in Y / Cuban Embassy in Y / Embacuba Kenya
    m = re.match(r"^(?:Embacuba|EmbaCuba|EMBACUBA|Embassy|Embassies|Consulate(?: General)?|Permanent Mission|Mission|High Commission)"
                 r"(?: of(?: the)?(?: Republic of)? (?P<of>[^,]+?))?(?: (?:in|to)(?: the)? (?P<in>.+))?$", body)
    if m:
        head = body.split()[0]
        head = "Embassy" if head.lower().startswith("emba") else re.match(r"^(Consulate General|Consulate|Permanent Mission|Mission|High Commission|Embassy)", body).group(1)
        if body.lower().startswith("embacuba"):
            state, host_text = "CU", body.split(None, 1)[1] if " " in body else None
        else:
            state = (lookup_country(m["of"], res) if m["of"] else None) or cc
            host_text = m["in"]
        host = None
        if host_text:
            host = lookup_country(host_text, res) or host_of_city(host_text, res)
        if host is None and head != "Permanent Mission":
            host = ctx.host_cc if ctx.host_cc and ctx.host_cc != state else None
            if host is None and ctx.dateline_cc and ctx.dateline_cc != state:
                host = ctx.dateline_cc
        if head == "Permanent Mission" and host_text:
            org = res.agencies.get(re.sub(r"^the ", "", host_text))
            host_name = org.name if org else host_text
            return f"Permanent Mission of {_state_name(state, res)} to the {host_name}".replace("the the ", "the "), None, "embassy", state
        name = f"{head} of {_state_name(state, res)}" if state else head
        if host:
            name += f" in {_state_name(host, res)}"
        return name, None, "embassy", state
    # "Ministry of Health of Ghana" -> Ministry of Health, GH
    m = re.match(r"^(?P<body>.+?) of (?:the )?(?:Republic of |Kingdom of |State of )?(?P<state>[A-Z][\w .'’-]+)$", body)
    if m and lookup_country(m["state"], res):
        inner = m["body"]
        cc = lookup_country(m["state"], res)
        if inner in res.agencies:
            a = res.agencies[inner]
            return a.name, a.acronym, a.kind, a.country_code or cc
        body = inner
    if body in ("Government", "Administration") and cc:
        return ("United States Government" if cc == "US" else f"Government of {_state_name(cc, res)}"), None, "other", cc
    kind = "other"
    for pat, k in KIND_BY_HEAD:
        if re.search(pat, body):
            kind = k
            break
    if body.endswith("Government") and cc:
        return ("United States Government" if cc == "US" else f"Government of {_state_name(cc, res)}"), None, "other", cc
    return _normalize_name(body), None, kind, cc or _default_country(kind, ctx)


def _default_country(kind: str, ctx: Context) -> str | None:
    return ctx.publisher_cc if kind in ("ministry", "department", "legislature", "military", "law_enforcement", "judiciary", "party") else None


def _state_name(cc: str | None, res: Resources) -> str:
    if cc is None:
        return ""
    p = res.country_by_code.get(cc)
    name = p.name if p else cc
    return f"the {name}" if name in ("United States", "United Kingdom", "Bahamas", "Philippines", "Netherlands") else name


def _normalize_name(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip(" ,.")
    s = re.sub(r"^(?:Foreign|External) (?:Affairs )?Ministry$", "Ministry of Foreign Affairs", s)
    s = s.replace("Ministry of Foreign Relations", "Ministry of Foreign Affairs")
    return s


_COORD = re.compile(r"^(?P<head>[Mm]inistries|[Dd]epartments|[Ee]mbassies) of (?:the )?(?P<rest>.+)$")


def expand(text: str) -> list[str]:
    """'ministries of the Interior and Foreign Affairs' -> ['Ministry of the Interior', 'Ministry of Foreign Affairs'];
    'departments of Homeland Security, Justice and State' -> three departments."""
    m = _COORD.match(text)
    if not m:
        return [text]
    head = {"ministries": "Ministry", "departments": "Department", "embassies": "Embassy"}[m["head"].lower()]
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", m["rest"]) if p.strip()]
    out = []
    for p in parts:
        p = re.sub(r"^the ", "", p)
        out.append(f"{head} of the {p}" if p in ("Interior",) else f"{head} of {p}")
    return out


def find(doc: Doc, ctx: Context) -> list[Hit]:
    res = ctx.res
    cands: list[Span] = list(doc.spans.get("agencies", []))
    cands += [e for e in doc.ents if e.label_ == "ORG"]
    # longest first; keep non-overlapping
    cands.sort(key=lambda s: (-(s.end - s.start), s.start))
    taken = [False] * len(doc)
    hits: list[Hit] = []
    for sp in cands:
        start, end = _trim(doc, sp.start, sp.end)
        if end <= start or any(taken[start:end]):
            continue
        text = doc[start:end].text
        is_alias = text in res.agencies or sp.id_ and not sp.id_.startswith("@") and sp.label_ == "AGENCY"
        if sp.label_ == "ORG" and not is_alias:
            if not re.search(r"\b(?:Ministry|Ministries|Department|Embassy|Consulate|Mission|Parliament|Senate|Congress|"
                             r"Assembly|Government|Council|Commission|Party|Court|Police|Guard|Army|Forces|Office|"
                             r"Bureau|Agency|Secretariat|Cabinet|Legislature|Directorate|Administration)\b", text):
                continue
        if not is_alias and NOT_AGENCY.search(text):
            continue
        if not is_alias and text in GENERIC | {"Ministry of", "Foreign Ministry"} and sp.id_ != "@embacuba":
            # bare generic references ("the ministry", "the Embassy") are not annotated, except the
            # few whose one word names a body in these pages
            if text not in ("Foreign Ministry",):
                continue
        if doc[start].is_lower and not doc[start].lower_.startswith(("ministr", "department", "embass")):
            continue
        new_start, cc = _extend_left(doc, start, res)
        span = doc[new_start:end]
        for t in range(new_start, end):
            taken[t] = True
        parts = expand(doc[start:end].text)
        for part in parts:
            name, acr, kind, country = canonical(span.text if len(parts) == 1 else part, res, ctx, cc)
            if len(parts) > 1 and cc:
                country = cc
            hits.append(Hit(span.start_char + ctx.offset, span.end_char + ctx.offset, span.text,
                            "alias" if is_alias else f"pattern:{(sp.id_ or sp.label_).lstrip('@') or 'ner'}" if sp.label_ == "AGENCY" else "ner",
                            {"name": name, "acronym": acr, "kind": kind, "country_code": None if kind == "igo" else country}))
    hits.sort(key=lambda h: h.start)
    return hits


def as_agency(name: str, res: Resources) -> Agency | None:
    return res.agencies.get(name)
