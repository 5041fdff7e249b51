"""Dates: the grammar and normalizer (extract/normalize/dates.py) and the annotator's year inference,
relative days and reference dates (extract/annotate/dates.py). Rule-only: no spaCy model is needed,
the annotator reads plain text. Every reference date is pinned; nothing here depends on today.

Snippets are taken from real pages (tests/gold/docs and the dev corpus), cut to the sentence that
matters; the page is named in each case id.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from extract.annotate import dates as AD
from extract.annotate.context import Context
from extract.normalize import dates as D
from extract.split import parse_dateline

d = dt.date


def spans(text: str, **kw) -> list[tuple[str, str]]:
    return [(text[e.start:e.end], e.kind) for e in D.find(text, **kw)]


def norm(text: str, ref: dt.date | None = None) -> list[tuple[str, dt.date | None, dt.date | None, str]]:
    out = []
    for e in D.find(text):
        if e.kind == "relative":
            continue
        s, e_, g = D.resolve(e, ref)
        out.append((text[e.start:e.end], s, e_, g))
    return out


def ctx(published=None, item_date=None, dateline=None, offset=0, slash_order="mdy") -> Context:
    return Context(res=None, doc_id="x", batch="b", item_id="x-000", offset=offset, published=published,
                   slash_order=slash_order, dateline=dateline, item_date=item_date)


def hits(text: str, **kw) -> list[tuple[str, dt.date | None, dt.date | None, str]]:
    return [(h.text, h.fields["date_start"], h.fields["date_end"], h.fields["granularity"])
            for h in AD.find(text, ctx(**kw))]


# ---------------------------------------------------------------- the grammar: spans and values, pinned
GRAMMAR_CASES = [
    # (case id: page, text, reference date, expected (text, start, end, granularity) rows)
    ("wire-dotted-dateline-full-stop", "DUSHANBE, 25.02.2020. (Agency) The minister", None,
     [("25.02.2020", d(2020, 2, 25), d(2020, 2, 25), "day")]),
    ("short-second-year", "during the 1950-53 war and the 2019-20 season", None,
     [("1950-53", d(1950, 1, 1), d(1953, 12, 31), "year"), ("2019-20", d(2019, 1, 1), d(2020, 12, 31), "year")]),
    ("000_148aa-range-with-year", "held in Havana on January 22-23, 2018.", None,
     [("January 22-23, 2018", d(2018, 1, 22), d(2018, 1, 23), "day")]),
    ("guide-dash-space-range", "the visit of April 9- 10 to Kingston", d(2019, 3, 1),
     [("April 9- 10", d(2019, 4, 9), d(2019, 4, 10), "day")]),
    ("guide-abbrev-range", "will take place from Dec. 11 to 12 in Washington", d(2017, 11, 30),
     [("Dec. 11 to 12", d(2017, 12, 11), d(2017, 12, 12), "day")]),
    ("pastors-peace-through", "the caravan will tour Cuba July 11 through 28", d(2019, 7, 1),
     [("July 11 through 28", d(2019, 7, 11), d(2019, 7, 28), "day")]),
    ("radiociudadhabana-and", "the dialogue held on December 12 and 13", d(2016, 12, 16),
     [("December 12 and 13", d(2016, 12, 12), d(2016, 12, 13), "day")]),
    ("indonesia-ordinals", "from the 10th to 13th of April in Jakarta", d(2018, 4, 15),
     [("10th to 13th of April", d(2018, 4, 10), d(2018, 4, 13), "day")]),
    ("india-page63-day-first-range", "visited India from 7 to 10 April 2017.", None,
     [("7 to 10 April 2017", d(2017, 4, 7), d(2017, 4, 10), "day")]),
    ("cubatrade-full-to-full", "Minister Rodríguez visits from 1 June 2016 to 3 June 2016.", None,
     [("1 June 2016 to 3 June 2016", d(2016, 6, 1), d(2016, 6, 3), "day")]),
    ("163-page6-month-to-month", "for the period April 2019 to March 2020, the", None,
     [("April 2019 to March 2020", d(2019, 4, 1), d(2020, 3, 31), "month")]),
    ("usa-page17-months-of-year", "decisions adopted in September and October of 2017 have", None,
     [("September and October of 2017", d(2017, 9, 1), d(2017, 10, 31), "month")]),
    ("cubancommunity-life-years", "José Martí (1853-1895) was", None,
     [("1853-1895", d(1853, 1, 1), d(1895, 12, 31), "year")]),
    ("cubasi-years-and", "in the years 2016 and 2017 both", None,
     [("2016 and 2017", d(2016, 1, 1), d(2017, 12, 31), "year")]),
    ("vietnamplus-period", "the 2014-2020 period of cooperation", None,
     [("2014-2020", d(2014, 1, 1), d(2020, 12, 31), "year")]),
    ("aggression-glued-day", "In the early hours of Thursday, 30April 2020, an unknown", None,
     [("30April 2020", d(2020, 4, 30), d(2020, 4, 30), "day")]),
    ("eeas-timestamp-dash", "Havana, 09/09/2019 - 18:55, UNIQUE ID: 190909_7", None,
     [("09/09/2019 - 18:55", d(2019, 9, 9), d(2019, 9, 9), "day")]),
    ("guide-iso-timestamp", "Posted 2022-12-12 19:15:00 by the Embassy", None,
     [("2022-12-12 19:15:00", d(2022, 12, 12), d(2022, 12, 12), "day")]),
    ("guide-slash-time-zone", "04/06/2025 03:35 PM EDT", None,
     [("04/06/2025 03:35 PM EDT", d(2025, 4, 6), d(2025, 4, 6), "day")]),
    ("agenparl-italian", "sab 11 dicembre 2021 08:57", None,
     [("11 dicembre 2021 08:57", d(2021, 12, 11), d(2021, 12, 11), "day")]),
    ("fcdo-spanish-month-year", "desde febrero de 1990 hasta", None,
     [("febrero de 1990", d(1990, 2, 1), d(1990, 2, 28), "month")]),
    ("jamaica-page4-spanish-day", "KINGSTON, JAMAICA, 4 de diciembre de 2017. El Ministro", None,
     [("4 de diciembre de 2017", d(2017, 12, 4), d(2017, 12, 4), "day")]),
    ("indonesia-ordinal-of", "Bandung, 19th of May 2018. ON this day", None,
     [("19th of May 2018", d(2018, 5, 19), d(2018, 5, 19), "day")]),
    ("msprs-dotted-day", "Belgrade, 05. Dec 2022 Today, the Minister", None,
     [("05. Dec 2022", d(2022, 12, 5), d(2022, 12, 5), "day")]),
    ("ena-month-day-slash-year", "Addis Ababa February 15/2023 /ENA/", None,
     [("February 15/2023", d(2023, 2, 15), d(2023, 2, 15), "day")]),
    ("month-day-slash-day-is-no-date", "on April 5/6 the talks", d(2020, 1, 1), []),
    ("parenthesised-day-after-today", "called on the Minister today (29/07) at the Ministry", d(2021, 8, 1),
     [("29/07", d(2021, 7, 29), d(2021, 7, 29), "day")]),
    ("bare-day-month-is-no-date", "a score of 29/07 in the vote", d(2021, 8, 1), []),
    ("south-africa-no-comma", "the meeting held on January 22 2019 in Pretoria", None,
     [("January 22 2019", d(2019, 1, 22), d(2019, 1, 22), "day")]),
    ("year-of-accords", "the 1994 and 1995 Migration Accords", None,
     [("1994", d(1994, 1, 1), d(1994, 12, 31), "year"), ("1995", d(1995, 1, 1), d(1995, 12, 31), "year")]),
    ("missing-year-inferred", "the talks on February 27 in Washington", d(2015, 2, 25),
     [("February 27", d(2015, 2, 27), d(2015, 2, 27), "day")]),
    ("missing-year-across-new-year", "the visit of December 28", d(2019, 1, 3),
     [("December 28", d(2018, 12, 28), d(2018, 12, 28), "day")]),
    ("missing-year-no-reference", "the talks on February 27 in Washington", None,
     [("February 27", None, None, "unresolved")]),
    ("range-across-year-end", "from December 30 to January 2", d(2019, 12, 1),
     [("December 30 to January 2", d(2019, 12, 30), d(2020, 1, 2), "day")]),
]


@pytest.mark.parametrize("text,ref,expected", [c[1:] for c in GRAMMAR_CASES], ids=[c[0] for c in GRAMMAR_CASES])
def test_grammar(text, ref, expected):
    assert norm(text, ref) == expected


# No false dates: programmes, resolutions, groups, phone numbers, ages, durations, counters, decades.
NOT_DATES = [
    "the implementation of the 2030 Agenda for Sustainable Development",
    "the 2030 Sustainable Development Goals",
    "Agenda 2063 of the African Union",
    "Resolution 74/7 of the General Assembly",
    "the G-77 and China",
    "Consular queries: +44 (0) 203 668 7474",
    "Tel.: (537) 838 2019",
    "a man aged 65 was held for three days",
    "Page 1 of 2019",
    "in the 1960s",
    "the 60th anniversary of relations",
    "at 10:29 p.m. local time",
    "COVID-19 vaccines",
    "to this day the blockade remains",
    "version 2019.05.14.3",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text):
    assert [e for e in D.find(text) if e.kind != "relative"] == []
    assert hits(text, published=d(2020, 1, 1), item_date=d(2020, 1, 1)) == []


def test_month_alone_needs_a_context_word():
    assert spans("He may visit in March") == [("March", "month")]
    assert spans("March on, said the May Day marchers") == []


def test_slash_order_follows_publisher():
    assert norm("10/09/2019")[0][1] == d(2019, 10, 9)
    e = D.find("10/09/2019", slash_order="dmy")[0]
    assert D.resolve(e, None)[0] == d(2019, 9, 10)


@pytest.mark.parametrize("url,publisher,order,cc", [
    ("https://www.gov.br/mre/en/news", None, "dmy", "BR"),        # an unknown publisher: its state writes day first
    ("https://www.state.gov/readout", None, "mdy", "US"),          # ... or month first
    ("https://news.example.com/a", None, "mdy", None),             # no state known: month first, as before
    ("https://www.gov.br/mre/en/news", "scoop", "mdy", "US"),      # the publisher table wins
])
def test_slash_order_and_state_of_a_page(res, url, publisher, order, cc):
    from extract.pipeline import _doc_context
    from extract.schema import Document
    doc = Document(doc_id="d", batch="b", source_path="p.txt", source_url=url, publisher=publisher, title=None,
                   published=None, language="en", n_chars=0, n_items=0, text="", pipeline_version="x",
                   source_format="txt", encoding="utf-8")
    got = _doc_context(doc, res)
    assert (got["slash_order"], got["publisher_cc"]) == (order, cc)


# ---------------------------------------------------------------- relative expressions, pinned reference
RELATIVE_CASES = [
    # reference 2017-09-20 is a Wednesday (ANNOTATION.md example)
    ("on Tuesday", d(2017, 9, 20), d(2017, 9, 19)),
    ("this Friday", d(2021, 6, 25), d(2021, 6, 25)),          # sri-lanka-page7: the dateline's own day
    ("last Saturday", d(2017, 3, 13), d(2017, 3, 11)),        # cubancommunity
    ("next Monday", d(2017, 9, 20), d(2017, 9, 25)),
    ("yesterday", d(2021, 12, 11), d(2021, 12, 10)),          # agenparl
    ("today", d(2021, 6, 29), d(2021, 6, 29)),
    ("tomorrow", d(2020, 2, 28), d(2020, 2, 29)),
]


@pytest.mark.parametrize("text,ref,expected", RELATIVE_CASES, ids=[c[0] for c in RELATIVE_CASES])
def test_relative_days_pinned(text, ref, expected):
    (e,) = D.find(text)
    assert D.resolve(e, ref) == (expected, expected, "day")


def test_relative_months_pinned():
    (e,) = D.find("last February")
    assert D.resolve(e, d(2017, 5, 20)) == (d(2017, 2, 1), d(2017, 2, 28), "month")
    (e,) = D.find("next June")
    assert D.resolve(e, d(2019, 6, 10)) == (d(2020, 6, 1), d(2020, 6, 30), "month")
    assert D.resolve(e, None) == (None, None, "unresolved")


# ---------------------------------------------------------------- the annotator: context and references
ANNOTATOR_CASES = [
    # peoplecn: dated by the crawl prefix; the dateline day is Thursday; "scheduled to ... on Friday" is ahead
    ("peoplecn-weekday-future",
     "held talks with U.S. Secretary of State Antony Blinken in Washington on Thursday.\n\n"
     "They are scheduled to continue their talks on Friday morning.",
     dict(item_date=d(2023, 10, 26)),
     [("Thursday", d(2023, 10, 26), d(2023, 10, 26), "day"), ("Friday", d(2023, 10, 27), d(2023, 10, 27), "day")]),
    # tuning set b82 (Prensa Latina, a Tuesday's report): a stay told in the present ends on the coming weekday
    ("pl-visit-concludes-on-weekday",
     "Vidal held the fourth round of political consultations, on a working visit to the Caribbean island that "
     "concludes on Wednesday.", dict(item_date=d(2024, 3, 5)),
     [("Wednesday", d(2024, 3, 6), d(2024, 3, 6), "day")]),
    # dirco1-index: "today" in apposition with a date is its own mention and takes that date
    ("dirco-today-apposition", "Dr Naledi Pandor, said today, 29 June 2021, at meetings of the G20", {},
     [("today", d(2021, 6, 29), d(2021, 6, 29), "day"), ("29 June 2021", d(2021, 6, 29), d(2021, 6, 29), "day")]),
    # usembassyuy: same with the capitalized word
    ("usembassyuy-Today-apposition", "“Today, January 22, 2015, U.S. and Cuban officials met in Havana", {},
     [("Today", d(2015, 1, 22), d(2015, 1, 22), "day"), ("January 22, 2015", d(2015, 1, 22), d(2015, 1, 22), "day")]),
    # newslk: "today" before a parenthesised day and month takes that day (the page was posted later)
    ("newslk-today-parenthesised", "called on Foreign Minister Gunawardena today (29/07) at the Foreign Ministry",
     dict(published=d(2021, 8, 1), slash_order="dmy"),
     [("today", d(2021, 7, 29), d(2021, 7, 29), "day"), ("29/07", d(2021, 7, 29), d(2021, 7, 29), "day")]),
    # scoop: a weekday before a date belongs to the date
    ("scoop-weekday-before-date", "On Friday, February 27, the Department of State will host", dict(item_date=d(2015, 2, 25)),
     [("February 27", d(2015, 2, 27), d(2015, 2, 27), "day")]),
    # relative days and months are dropped when nothing dates the item
    ("namibia-next-june-undated", "the Conference in Windhoek to be held next June. It met on Monday.", {}, []),
    # ...and kept, with their modifier, when the item is dated
    ("cubancommunity-last-february", "the Cuban community met last February in Dublin", dict(item_date=d(2017, 5, 20)),
     [("last February", d(2017, 2, 1), d(2017, 2, 28), "month")]),
    # india-page63: "this day" is the dateline's day, and only the dateline's
    ("india-this-day", "Conference of the Association of Parliamentarians for Peace, held this day at the seat",
     dict(item_date=d(2017, 4, 7)), [("this day", d(2017, 4, 7), d(2017, 4, 7), "day")]),
    ("this-day-page-date-only", "held this day at the seat", dict(published=d(2017, 4, 7)), []),
    # nearest earlier full date lends its year; a month-year does not
    ("earlier-full-date", "On January 9, 2018 the hearing... it ended on January 18.", {},
     [("January 9, 2018", d(2018, 1, 9), d(2018, 1, 9), "day"), ("January 18", d(2018, 1, 18), d(2018, 1, 18), "day")]),
    ("month-year-lends-no-year", "visited in September 2014 and Moscow in May.", {},
     [("September 2014", d(2014, 9, 1), d(2014, 9, 30), "month"), ("May", None, None, "unresolved")]),
    # rusembuk: the page's date resolves the year-less mentions
    ("rusembuk-page-date", "will pay a working visit to Russia on September 10-12.", dict(published=d(2015, 9, 10)),
     [("September 10-12", d(2015, 9, 10), d(2015, 9, 12), "day")]),
    # radiociudadhabana: "this" before an explicit date is left out, like "on"
    ("this-before-date", "held the Fourth Regulatory Dialogue this December 12-13 in Washington",
     dict(published=d(2016, 12, 16)), [("December 12-13", d(2016, 12, 12), d(2016, 12, 13), "day")]),
    # "this year" names no calendar year by itself
    ("this-year-not-a-date", "January this year", dict(published=d(2019, 3, 1)),
     [("January", d(2019, 1, 1), d(2019, 1, 31), "month")]),
]


@pytest.mark.parametrize("text,kw,expected", [c[1:] for c in ANNOTATOR_CASES], ids=[c[0] for c in ANNOTATOR_CASES])
def test_annotator(text, kw, expected):
    assert hits(text, **kw) == expected


def test_hits_carry_document_offsets():
    text = "met on January 22-23, 2018."
    (h,) = AD.find(text, ctx(offset=100))
    assert (h.start, h.end, h.extractor) == (107, 126, "pattern:range_mdd")


# ---------------------------------------------------------------- reference dates: page and item
PAGE_DATE_CASES = [
    ("chinadiplomacy-source-line", "News >\n\nChinese State Councilor meets Vietnamese senior diplomat\n\n"
     "Source: Xinhua | 2019-11-28\n\nBEIJING, Nov. 27 (Xinhua) -- State Councilor ...", d(2019, 11, 28)),
    ("eeas-metadata", "European Union External Action\n\nStatements by the HR/VP\n\n"
     "Havana, 09/09/2019 - 18:55, UNIQUE ID: 190909_7\nStatements by the HR/VP", d(2019, 9, 9)),
    ("rusembuk-title-beats-clock", "22 September 2017\nMoscow: 16:21\nLondon: 14:21\n\nConsular queries:\n\n"
     "Briefing by Foreign Ministry Spokesperson Maria Zakharova, September 10, 2015\n\nMongolian Foreign Minister ...",
     d(2015, 9, 10)),
    ("mfasg-title-and-date-line", "MFA Press Statement: Minister for Foreign Affairs Dr Vivian Balakrishnan's meeting "
     "with Song Tao, 23 March 2019\n\n23 March 2019\n\nMinister ... called on ... today.", d(2019, 3, 23)),
    ("aggression-signoff", "Cuba in the United States\n\nIn the early hours of Thursday, 30April 2020, an unknown "
     "individual opened fire.\n\nHavana, April 30, 2020\n", d(2020, 4, 30)),
    ("radiociudadhabana-crawl-prefix", " date 2016-12-16 Officials from Cuba and the United States held the Fourth "
     "Regulatory Dialogue this December 12-13 in Washington.", d(2016, 12, 16)),
    ("cubadiplomatica-listing", "Cuba in Ireland\n\nFirst post\nMonday, October 23, 2017\n\nText.\n\nSecond post\n"
     "Wednesday, June 21, 2017\n\nText.", None),
    ("usa-page17-sentence-dateline", "Cuba in USA\n\nPress release issued by the Cuban delegation to the round of "
     "migration talks with the United States.  Washington, December 11, 2017.\n\nA new round ...", None),
    ("no-date", "Cuba in USA\n\nA headline\n\nA paragraph with no date in it.", None),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PAGE_DATE_CASES], ids=[c[0] for c in PAGE_DATE_CASES])
def test_page_date(text, expected):
    assert AD.page_date(text) == expected


def test_item_date_post_date_line():
    # cubadiplomatica_sicw: a listing item's post-date line dates it, and its weekday then resolves
    text = "President Raul Castro in Brazil for China-Latin America meeting\nThursday, July 17, 2014\n\n" \
           "President Raul Castro arrived in Brazilia on Wednesday evening, leading a Cuban delegation."
    c = ctx()
    c.item_date = AD.item_date(c, text)
    assert c.item_date == d(2014, 7, 17)
    assert [(h.text, h.fields["date_start"]) for h in AD.find(text, c)] == \
        [("July 17, 2014", d(2014, 7, 17)), ("Wednesday", d(2014, 7, 16))]


def test_item_date_labelled_post_date_line():
    # held-out b78 (foreign.gov.tt): 'Posted on 21 December 2023' under the headline dates the item
    text = "Working Visit of the Executive Vice President of Venezuela\nPosted on 21 December 2023\n\n" \
           "The Executive Vice President paid a working visit to Trinidad and Tobago on Wednesday."
    c = ctx()
    c.item_date = AD.item_date(c, text)
    assert c.item_date == d(2023, 12, 21)
    assert ("Wednesday", d(2023, 12, 20)) in [(h.text, h.fields["date_start"]) for h in AD.find(text, c)]


def test_item_date_from_a_stamp_closing_a_teaser():
    # held-out b76 (GOV.UK listing): the teaser's 'Published:' stamp under it dates it and its yearless days
    text = "Foreign Secretary visits Cuba\nPhilip Hammond visited Cuba. In Havana on 28 April he held talks.\n" \
           "News story\nOrganisation: Foreign & Commonwealth Office\nPublished: 29 April 2016"
    c = ctx()
    c.item_date = AD.item_date(c, text)
    assert c.item_date == d(2016, 4, 29)
    assert ("28 April", d(2016, 4, 28)) in [(h.text, h.fields["date_start"]) for h in AD.find(text, c)]


def test_item_date_yearless_dateline_takes_earlier_full_date():
    # indianembassyusa: "New York / September 24, 2007 / On Monday, September 24, ..."
    text = "On the bilateral meetings of External affairs Minister\nNew York\nSeptember 24, 2007\n" \
           "On Monday, September 24, the External Affairs Minister had bilateral meetings"
    start = text.index("September 24,", text.index("2007"))
    e = next(x for x in D.find(text) if x.start == start)
    dl = AD.S.Dateline(0, 0, None, None, e)
    assert AD.item_date(ctx(dateline=dl), text) == d(2007, 9, 24)


def test_item_date_dateline_after_caption():
    # minrex_en-indonesia-page6: a Spanish photo caption stands between the headline and the dateline
    text = "ASEAN Secretary General congratulates Cuba´s New President\n\nLa Embajadora de Cuba en Indonesia, " \
           "con el Secretario General de la ASEAN\n\nJakarta, June 6th, 2018. The Secretary General of ASEAN " \
           "conveyed his congratulations during an interview held today with the Ambassador."
    assert parse_dateline("Jakarta, June 6th, 2018. The Secretary General") is not None
    c = ctx()
    c.item_date = AD.item_date(c, text)
    assert c.item_date == d(2018, 6, 6)
    assert ("today", d(2018, 6, 6), d(2018, 6, 6), "day") in \
        [(h.text, h.fields["date_start"], h.fields["date_end"], h.fields["granularity"]) for h in AD.find(text, c)]


# ---------------------------------------------------------------- properties
# date-like token soup: digits, separators, month names (English, abbreviated, foreign), range words
_TOKENS = list("0123456789 ,.-–/:") + ["January", "Feb.", "Sept", "May", "December", "dicembre", "de", "of",
                                      "to", "and", "through", "the", "last", "next", "this", "today", "Friday",
                                      "years", "in", "2019", "1999", "31st", "29", "PM", "EDT", "Agenda", " "]
_DATEISH = st.lists(st.sampled_from(_TOKENS), max_size=25).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=_DATEISH, ref=st.one_of(st.none(), st.dates(min_value=d(1900, 1, 1), max_value=d(2099, 12, 31))))
def test_normalization_never_raises_and_is_ordered(text, ref):
    for e in D.find(text):
        assert 0 <= e.start < e.end <= len(text)
        start, end, gran = D.resolve(e, ref)
        if gran == "unresolved":
            assert start is None and end is None
        else:
            assert start is not None and end is not None and start <= end
    for h in AD.find(text, ctx(published=ref, item_date=ref)):
        s, e = h.fields["date_start"], h.fields["date_end"]
        assert (s is None) == (e is None) and (s is None or s <= e)


@settings(max_examples=200, deadline=None)
@given(y=st.integers(1800, 2099), m=st.integers(1, 12), day=st.integers(1, 31),
       ref=st.dates(min_value=d(1900, 1, 1), max_value=d(2099, 12, 31)))
def test_written_dates_ignore_the_reference(y, m, day, ref):
    text = f"{D.calendar.month_name[m]} {day}, {y}"
    exprs = D.find(text)
    if day > D.calendar.monthrange(y, m)[1]:
        assert all(e.kind != "day" for e in exprs)
    else:
        assert [D.resolve(e, ref) for e in exprs] == [(d(y, m, day), d(y, m, day), "day")]


def test_dateparser_candidate_pinned():
    # dateparser normalizes one short candidate string, English only, against an explicit reference
    assert D.parse_with_dateparser("12 March 2019", None) == d(2019, 3, 12)
    assert D.parse_with_dateparser("March 12", d(2019, 6, 1)) == d(2019, 3, 12)


@pytest.mark.parametrize("text,published,expected", [
    # a page date alone resolves "yesterday"/"today" (DECISIONS.md); only "this day" needs a dateline
    ("The fifth round of consultations was held yesterday in Dhaka.", dt.date(2024, 5, 9), dt.date(2024, 5, 8)),
    ("The two ministers met today in Rabat.", dt.date(2019, 3, 1), dt.date(2019, 3, 1)),
])
def test_relative_day_against_the_page_date(text, published, expected):
    (h,) = AD.find(text, ctx(published=published))
    assert h.fields["date_start"] == expected


def test_this_day_needs_the_dateline():
    assert AD.find("On this day the delegation arrived.", ctx(published=dt.date(2020, 1, 2))) == []


@pytest.mark.parametrize("text,expected", [
    ("2016-04-21 14:10 GMT+8", ["2016-04-21 14:10 GMT+8"]),          # a timestamp keeps its zone
    ("Posted 2021-07-03 09:00 UTC by the press office", ["2021-07-03 09:00 UTC"]),
    ("12/03/2022PRESIDENT RECEIVES ENVOYS", []),                   # glued to a word: a template's run-together link
    ("2019-05-04Minister arrives", []),
    ("Published On: 19/05/2023", ["19/05/2023"]),
])
def test_numeric_dates_glued_or_with_a_zone(text, expected):
    assert [text[e.start:e.end] for e in D.find(text, "dmy")] == expected


@pytest.mark.parametrize("text,expected", [
    ("January 27, 2016, 6:39 am\nBeijing", ["January 27, 2016, 6:39 am"]),    # a written date's clock time
    ("June 30, 2022 14:30 KST\nGood afternoon.", ["June 30, 2022 14:30 KST"]),
    ("11 June 2021 14:18 (UTC+04:00)", ["11 June 2021 14:18 (UTC+04:00)"]),
    ("02 Mar 2023 12:17:58", ["02 Mar 2023 12:17:58"]),
    ("Thu 10th September 2020 | 08:23 PM", ["10th September 2020"]),        # a separate field of the page
    ("On March 3, 2020, 10 delegates met.", ["March 3, 2020"]),             # a count is no clock time
])
def test_written_date_with_a_clock_time_is_one_timestamp(text, expected):
    assert [text[e.start:e.end] for e in D.find(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("12.02.2019 20:00", (2019, 2, 12)),          # dotted day.month.year with a time
    ("janvier 10, 2018", (2018, 1, 10)),          # a French month next to its day
    ("le 3 novembre 2021", (2021, 11, 3)),
    ("ARGENTINA | 28-01-2022 17:57", (2022, 1, 28)),   # a dashed post stamp, day first
    ("President's News - 2018.11.23", (2018, 11, 23)),  # dotted year.month.day (held-out b76, b79)
    ("2019.05.14.", (2019, 5, 14)),
])
def test_dotted_and_french_dates(text, expected):
    (e,) = D.find(text, "mdy")
    assert (e.year, e.month, e.day) == expected


def test_an_authors_byline_with_its_date_is_the_page_date():
    page = "Poland and Chile share goals: FM\n\nPR dla Zagranicy\nAnna Nowak 12.02.2019 20:00\nThe ministers met on Tuesday.\n"
    assert AD.page_date(page) == dt.date(2019, 2, 12)


def test_a_weekday_and_its_part_of_the_day_before_a_date_are_that_date():
    text = "First, on Monday morning, July 4, the Minister will meet his counterpart."
    got = AD.find(text, ctx(published=dt.date(2022, 6, 30)))
    assert [(h.text, h.fields["date_start"]) for h in got] == [("July 4", dt.date(2022, 7, 4))]


def test_a_bulleted_date_line_is_the_pages_date():
    # mszgovpl: the page's date is a list item of its menu ('  • 30 June 2017'); 'On Thursday' then resolves
    text = "• Faithful to my Homeland, the Republic of Poland\n\n    Archive website\n\n  • NEWS\n\n  • 30 June 2017\n\n" \
           "    On Thursday, MFA Undersecretary of State Bartosz Cichocki met in Berlin with Markus Ederer."
    assert AD.page_date(text) == d(2017, 6, 30)


@pytest.mark.parametrize("text,expected", [
    ("during his visit to Russia last year in April.", d(2019, 4, 1)),
    ("the talks will resume in March next year.", d(2021, 3, 1)),
    ("they met on April 3 last year.", d(2019, 4, 3)),
    ("the talks resumed in April.", d(2020, 4, 1)),
])
def test_last_and_next_year_shift_a_yearless_date(text, expected):
    assert [h[1] for h in hits(text, published=d(2020, 2, 25))] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("copies of his credentials were presented last April 11 to the Minister.", ("last April 11", d(2015, 4, 11))),
    ("Last November 6th, 2018, the talks resumed.", ("Last November 6th, 2018", d(2018, 11, 6))),
    ("the vote will take place next February 24.", ("next February 24", d(2015, 2, 24))),
    # ('the last round' is no date modifier: only the date itself)
    ("since the last round in March 2016", ("March 2016", d(2016, 3, 1))),
])
def test_a_calendar_date_keeps_its_last_or_next(text, expected):
    got = AD.find(text, ctx(published=d(2015, 1, 20)))
    assert [(h.text, h.fields["date_start"]) for h in got] == [expected]


@pytest.mark.parametrize("text, expected", [
    # tuning set b96 (Xinhua, a Friday's report): 'is on a state visit to China from Thursday to Saturday'
    ("from Thursday to Saturday", ("Thursday to Saturday", dt.date(2022, 11, 24), dt.date(2022, 11, 26))),
    ("from Monday through Wednesday", ("Monday through Wednesday", dt.date(2022, 11, 21), dt.date(2022, 11, 23))),
    # (two weekdays joined by 'and' are two days)
    ("on Monday and Wednesday", ("Monday", dt.date(2022, 11, 21), dt.date(2022, 11, 21))),
])
def test_a_weekday_range_is_one_span(text, expected):
    e = D.find(text)[0]
    assert (text[e.start:e.end], *D.resolve(e, dt.date(2022, 11, 25))[:2]) == expected


def test_a_listings_date_stamp_above_each_headline_dates_its_item():
    # blind set b80 (Belarus MFA news list): '24.10.2024' on the line above 'Maxim Ryzhenkov meets with ...'
    from extract.annotate.dates import stamps_above
    from extract.split import ItemSpan
    text = ("News of the Ministry\n\n07.11.2024\nCondolences of Foreign Minister\nFirst story.\n\n"
            "24.10.2024\nMaxim Ryzhenkov meets with Bruno Rodriguez Parrilla in Kazan\nOn October 24, ...\n")
    a = text.index("Condolences")
    b = text.index("Maxim")
    spans = [ItemSpan(0, a, text.index("\n\n24.10"), None, a, None), ItemSpan(1, b, len(text), None, b, None)]
    assert stamps_above(text, spans, "dmy") == {0: d(2024, 11, 7), 1: d(2024, 10, 24)}
    # a page whose first item has no stamp above it: a date line between items closes the item before
    text2 = "Home | News\nFirst story.\n07.11.2024\nSecond story.\n"
    a, b = text2.index("First"), text2.index("Second")
    spans2 = [ItemSpan(0, a, text2.index("\n07"), None, a, None), ItemSpan(1, b, len(text2), None, b, None)]
    assert stamps_above(text2, spans2, "dmy") == {}


@pytest.mark.parametrize("line, expected", [
    # blind set b80 (Commonwealth Secretariat), tuning sets b77 (DFAT), b96 (German Foreign Office): the post's kind
    # printed beside its date
    ("News | 3 June 2025", d(2025, 6, 3)),
    ("Joint statement | 13 September 2021", d(2021, 9, 13)),
    ("04.06.2023 - Article", d(2023, 6, 4)),
    # (not a sentence that happens to hold a date)
    ("News of the week | 3 June 2025", None),
])
def test_a_post_date_line_may_name_the_posts_kind(line, expected):
    assert AD._full_day(line, "dmy") == expected


def test_a_listings_first_dateline_is_not_the_pages_date():
    # blind set b80 (Kenya MFA news list): 'Nairobi, 1st March 2024' dates its item, not the undated teasers after it
    text = ("Media Centre > News\n\nKenya and Haiti sign reciprocal agreements\nNairobi, 1st March 2024\nPresident Ruto "
            "today witnessed the signing.\n\nPCS Mudavadi holds phone call with Antony Blinken\nMudavadi held a call on "
            "21st May.\n")
    assert AD.page_date(text, "dmy") == d(2024, 3, 1)
    assert AD.page_date(text, "dmy", frozenset({"Nairobi, 1st March 2024"})) is None
