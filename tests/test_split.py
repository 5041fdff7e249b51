"""Pins of the news-item splitter (extract/split.py) on real pages of tests/gold/docs/.

Each case names the page class it stands for; offsets are those of the gold annotation.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extract import split as S

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "tests" / "gold" / "docs"
RULES = S.boilerplate_rules(str(ROOT / "models" / "boilerplate.txt"))


def _page(name: str) -> tuple[str, list[S.ItemSpan]]:
    with open(DOCS / name, encoding="utf-8", newline="") as f:
        text = f.read()
    return text, S.split(text, RULES)


def _story_then(tail: str) -> tuple[str, list[S.ItemSpan]]:
    """One story's page with `tail` printed under its paragraph; the tail must open no item."""
    t = ("Ministers of Chile and Colombia meet in Santiago\n\nThe Ministers of Foreign Affairs of Chile and Colombia "
         f"met today in Santiago to review the bilateral agenda and regional issues.\n\n{tail}\n")
    items = S.split(t, RULES)
    assert len(items) == 1 and items[0].headline == "Ministers of Chile and Colombia meet in Santiago"
    return t, items


def _spans(items):
    return [(it.start, it.end) for it in items]


def _check_invariants(text: str, items: list[S.ItemSpan]) -> None:
    for n, it in enumerate(items):
        assert it.ordinal == n
        assert text[it.start:it.end] == text[it.start:it.end].strip(S.WS)
        if it.headline is not None:
            assert text.startswith(it.headline, it.start)
        assert it.start <= it.body_start <= it.end
    assert all(a.end < b.start for a, b in zip(items, items[1:]))


def test_listing_page_headlines_ending_with_periods():
    # 'Cuba in Canada' listing: site title dropped, headlines end with '.', datelines of two date orders,
    # the last item is a headline alone at the page's end (ending with a period too)
    text, items = _page("cubaminrex_en-canada-page65-http.txt")
    _check_invariants(text, items)
    assert _spans(items) == [(16, 474), (479, 1135), (1137, 1557), (1559, 1631)]
    assert items[0].headline == "Courtesy visit to the Mayor of the City of Saint Sauver Jacques Gariépy."
    assert items[3].headline == "The Cuban Embassy in Canada attended the XV Pan American Volleyball Cup."
    assert text[items[0].dateline.start:items[0].dateline.end] == "Ottawa, 22 August 2022."
    assert text[items[1].dateline.start:items[1].dateline.end] == "Ottawa, August 17, 2022."


def test_single_article_with_trailing_spanish_tags():
    text, items = _page("cubaminrex_en-articulo-deputy-minister-will-visit-countries-caribbean.txt")
    _check_invariants(text, items)
    assert _spans(items) == [(0, 957)]
    assert items[0].headline.endswith(".")
    assert items[0].dateline.place == "Havana"


def test_closing_place_date_line_kept_and_spanish_tag_dropped():
    # 'Havana, April 30, 2020' closes the statement; 'Situaciones Excepcionales' / 'RSS Minrex' are tags
    text, items = _page("cubaminrex_en-articulo-aggression-fire-arm-against-embassy-cuba-united-states-4.txt")
    assert _spans(items) == [(0, 1262)]
    assert text[:1262].endswith("Havana, April 30, 2020")


def test_mailing_list_subject_prefix_and_repeated_headline():
    # 'MINREX: <headline>' / poster name / '<headline>' again: the item starts after the prefix
    text, items = _page("groupsio_g-cubanews-message-11642.txt")
    assert _spans(items) == [(8, 1100)]
    assert items[0].headline == "Foreign Minister of the Bahamas receives the Cuban Ambassador"
    assert items[0].dateline.place == "The Bahamas"


def test_header_block_under_repeated_headline():
    # paywall and nav chrome dropped; headline repeated with an extension, then 'Notice to the Press /
    # Office of the Spokesperson / Washington, DC / February 25, 2015'; an ad inside the item
    text, items = _page("scoop_stories-WO1502-S00262-second-round-of-us-cuba-talks.txt")
    assert _spans(items) == [(210, 1940)]
    assert items[0].headline == "Second Round of U.S.-Cuba Talks"


def test_agency_dateline_and_caption_under_headline():
    # Chinese header lines, 'News >' breadcrumb, 'Source: Xinhua | 2019-11-28', a long photo caption,
    # 'BEIJING, Nov. 27 (Xinhua) --'; trailing 'share' and a bare counter
    text, items = _page("chinadiplomacy_2019-11-28-content_75455484.txt")
    assert _spans(items) == [(66, 1542)]
    assert items[0].headline == "Chinese State Councilor meets Vietnamese senior diplomat"


def test_read_more_links_close_teasers():
    text, items = _page("dirco_media-statements-page-9.txt")
    _check_invariants(text, items)
    assert _spans(items) == [(68, 477), (489, 726), (738, 1041), (1053, 1326), (1338, 1533), (1576, 1810),
                             (1822, 1854)]
    assert items[-1].headline == "DIRCO Perspective Press Briefing"


def test_read_more_glued_to_teaser_is_trimmed_and_tag_lists_dropped():
    # '... the Caribbean and China. Read More...' and 'Bloqueo EN, Eventos EN, Relaciones Bilaterales EN'
    text, items = _page("cubadiplomatica_sicw-EN-Home.txt")
    assert _spans(items) == [(32, 398), (438, 686), (751, 1691), (1743, 1837)]
    assert text[:686].endswith("the Caribbean and China.")
    assert items[2].headline.startswith("Press Release: New round of migration talks")


def test_source_tag_closes_item_before_spanish_tag_list():
    # '(EMBACUBA IRELAND)' ends the item's last paragraph; 'Comunidad cubana EN' tags between items
    text, items = _page("cubadiplomatica_irlanda-EN-CubanCommunity.txt")
    assert _spans(items) == [(63, 931), (953, 1678), (1727, 1822)]
    assert items[2].headline == "Celebrated in Dublin 58th anniversary of the Triumph of the Revolution"


def test_cookie_banner_and_trailing_cover_caption_dropped():
    text, items = _page("cgtn_2024-05-31-chinese-vice-fm-meets-us-principal-deputy-nsa.txt")
    assert _spans(items) == [(214, 1383)]
    assert "(Cover:" not in text[214:1383]


def test_separator_lines_delimit_run_in_headlines():
    text, items = _page("dirco_dirco1-index.txt")
    _check_invariants(text, items)
    assert _spans(items) == [(134, 237), (340, 714), (784, 1056), (1126, 1416), (1486, 1808), (1878, 1992)]
    assert items[2].headline == "Minister Pandor arrives in Italy for G20 Ministers’ Meetings."


def test_blog_items_open_with_date_lines_and_read_more_on_links_dropped():
    text, items = _page("fcdo_blogs-timcole-2013.txt")
    assert _spans(items) == [(0, 359), (435, 786), (831, 1202), (1291, 1699), (1756, 1786)]
    assert all(it.headline is None for it in items)
    assert text[items[0].dateline.start:items[0].dateline.end] == "30th December 2013"


def test_spanish_translation_and_caption_under_headlines():
    text, items = _page("cubaminrex_en-jamaica-page45.txt")
    assert _spans(items) == [(17, 708), (710, 1385), (1387, 1835)]
    assert items[1].headline == "Blockade of Cuba violates international law, Jamaica denounces at the UN"
    text, items = _page("cubaminrex_en-articulos-201-page2.txt")
    assert _spans(items) == [(0, 288), (291, 816), (818, 1429), (1431, 1512)]
    assert items[1].headline == "Pakistani youth stands with Cuba and against the blockade"
    assert items[3].headline == "Cuba-Pakistan: the faces of solidarity."


def test_headline_with_glued_dateline():
    # 'Press release issued by ... with the United States.  Washington, December 11, 2017.'
    text, items = _page("minrex_en-usa-page17.txt")
    assert _spans(items) == [(13, 577), (579, 1250), (1253, 1720)]
    assert items[1].headline == "Press release issued by the Cuban delegation to the round of migration talks with the United States."


def test_photo_captions_after_dotted_separator_dropped():
    text, items = _page("mfasg_Newsroom-Press-Statements-2019-03-2303_Call-and-Lunch-Song-Tao.txt")
    assert _spans(items) == [(0, 1352)]


def test_page_title_above_first_headline_and_clock_widgets_dropped():
    # '22 September 2017 / Moscow: 16:21 / London: 14:21 / Consular queries: / phone', then the briefing's
    # title above its first sub-headline item
    text, items = _page("rusembuk_fnapr-5197.txt")
    assert _spans(items) == [(173, 1330), (1332, 1846)]


@pytest.mark.parametrize("para, place, date, sep_end", [
    ("Ottawa, October 16, 2019.- The Ambassador", "Ottawa", (2019, 10, 16), "2019.-"),
    ("BEIJING, Nov. 27 (Xinhua) -- State Councilor", "BEIJING", (None, 11, 27), "(Xinhua) --"),
    ("JAMAICA, KINGSTON, October 31st, 2017.Permanent Representative", "JAMAICA, KINGSTON", (2017, 10, 31), "2017."),
    ("Hanoi (VNA) – Deputy Prime Minister", "Hanoi", None, "(VNA) –"),
    ("Addis Ababa. The Cuban Embassy", "Addis Ababa", None, "Ababa. "),
    ("09 November 2016 – Seventy years of relations", None, (2016, 11, 9), "2016 –"),
    ("Pretoria, January 18,2019.- The Ambassador", "Pretoria", (2019, 1, 18), "2019.-"),
    ("Havana, June 5 .- The Deputy Minister", "Havana", (None, 6, 5), "5 .-"),
    ("New York, November 1st  : The Ambassador", "New York", (None, 11, 1), "1st  :"),
    ("Islamabad, May 28th, 2021._ The exchange", "Islamabad", (2021, 5, 28), "2021._"),
    ("Addis Ababa February 15/2023 /ENA/Deputy Prime Minister", "Addis Ababa", (2023, 2, 15), "/ENA/"),
    ("Ulan Bator [Mongolia], July 5 (ANI/Xinhua): Mongolian Foreign Minister", "Ulan Bator", (None, 7, 5), "(ANI/Xinhua):"),
])
def test_parse_dateline(para, place, date, sep_end):
    dl = S.parse_dateline(para, 100)
    assert dl is not None
    assert dl.start == 100
    assert dl.place == place
    assert para[:dl.end - 100].rstrip().endswith(sep_end.rstrip())
    if date is None:
        assert dl.date is None
    else:
        assert (dl.date.year, dl.date.month, dl.date.day) == date
        assert dl.date.start >= 100


@pytest.mark.parametrize("para", [
    "On January 9, a hearing was held in the court.",
    "Secretary of State Antony J. Blinken met yesterday with UK Foreign Secretary Elizabeth Truss.",
    "Press Release: Illinois Cuba Working Group Calls for Continued Collaboration",
    "The meeting was held in an ambiance of respect.",
    "between October 20 and 24, officials of the Cuban Embassy visited Kentucky.",
])
def test_parse_dateline_rejects_sentences(para):
    assert S.parse_dateline(para) is None


def test_boilerplate_strengths():
    kinds = {t: S._kind(t, RULES) for t in [
        "Read More»", "Read more on Crank it up and dance in Matanzas! | Reply", "Pages",
        "Relaciones Bilaterales", "Comunidad cubana EN, Relaciones Bilaterales EN", "Categoría",
        "---------------------------------------------------------------- |",
        "Our Privacy Statement & Cookie Policy", "I agree", "Moscow: 16:21", "+44 (0) 203 668 7474",
        "[This is a rush transcript. This copy may not be in its final form and may be updated]",
        "Advertisement - scroll to continue reading", "news image",
        "Photo Caption: Call on Minister for Foreign Affairs by HE Song Tao",
    ]}
    assert kinds["Read More»"] == kinds["Pages"] == kinds["Categoría"] == "break"
    assert kinds["Read more on Crank it up and dance in Matanzas! | Reply"] == "break"
    assert kinds["Relaciones Bilaterales"] == kinds["Comunidad cubana EN, Relaciones Bilaterales EN"] == "break"
    assert kinds["---------------------------------------------------------------- |"] == "break"
    for t in ["Our Privacy Statement & Cookie Policy", "I agree", "Moscow: 16:21", "+44 (0) 203 668 7474",
              "[This is a rush transcript. This copy may not be in its final form and may be updated]"]:
        assert kinds[t] == "boiler", t
    for t in ["Advertisement - scroll to continue reading", "news image",
              "Photo Caption: Call on Minister for Foreign Affairs by HE Song Tao"]:
        assert kinds[t] == "inline", t
    assert S._kind("Cuba and the United States hold meeting on human smuggling", RULES) == "text"


def test_pagers_site_titles_and_footers_of_the_mission_sites():
    # held-out b75 (Cuban mission sites): pager links close the last teaser; a ministry's name, the network's
    # name, a language switcher and a breadcrumb are site headers; rights notices and addresses are footers
    for t in ["« first ‹ previous … 7 8 9 10 11 … next › last »", "1 2 … 11 12 13 14 …"]:
        assert S._kind(t, RULES) == "break", t
    for t in ["MINREX | Ministry of Foreign Affairs of Cuba", "Ministry of Foreign Affairs of the Republic of Cuba",
              "Cuban Diplomatic Missions", "English | Español", "Home » Cuba in USA » Articles"]:
        assert S._kind(t, RULES) == "top", t
    for t in ["MINREX | Ministry of Foreign Affairs of the Republic of Cuba | All rights reserved",
              "Consulate General of Cuba in Toronto | 5353 Dundas Street West, Suite 401, Toronto, Ontario",
              "Ministry of Foreign Affairs of the Republic of Cuba | Calzada No. 360, Havana, Cuba"]:
        assert S._kind(t, RULES) == "boiler", t
    # held-out b77 (Asian, African and Gulf ministries and agencies)
    for t in ["Pages: First « 3 4 5 » Last", "Pages: 1 2 3 4 5 ... Next", "Pages: « 1 2 3 4", "Details"]:
        assert S._kind(t, RULES) == "break", t
    for t in ["MINISTRY OF FOREIGN AFFAIRS OF VIET NAM", "Ministry of Foreign Affairs of the People's Republic of China",
              "Government of the People's Republic of Bangladesh", "Emirates News Agency - WAM",
              "Main / Press center / News", "Home > Minister > Activities"]:
        assert S._kind(t, RULES) == "top", t
    for t in ["Share: Facebook | Telegram | Print", "Suggest To A Friend   Print", "Archive | Sitemap",
              "Ministry of Foreign Affairs of Ethiopia | Addis Ababa, Ethiopia"]:
        assert S._kind(t, RULES) == "boiler", t
    # held-out b76 and b78 (Western ministries, Latin American ministries, IGOs)
    for t in ["Report a problem on this page", "Follow the OAS on Facebook, Twitter, Flickr and YouTube.",
              "Download the UN News App for your iOS or Android devices", "Minister's office: (02) 6277 7500",
              "Postal address: P.O. Box 8114 Dep, NO-0032 Oslo", "Palacio de San Carlos: Calle 10 No. 5-51, Bogota, Colombia",
              "All content is available under the Open Government Licence v3.0, except where otherwise stated"]:
        assert S._kind(t, RULES) == "boiler", t
    for t in ["OAS :: Organization of American States", "Media Centre > Press Releases"]:
        assert S._kind(t, RULES) == "top", t
    for t in ["Ministry of Foreign Affairs of Cuba rejects new sanctions", "Government of Cuba denounces the blockade", "First Vice Minister receives delegation",
              "Next round of talks to be held in Havana"]:
        assert S._kind(t, RULES) == "text", t


# ---------------------------------------------------------------- classes found on pages without gold
# Pages of the dev corpus that have no gold annotation, copied to tests/data/split/ and judged by hand
# against ANNOTATION.md / DECISIONS.md ("Items").

DATA = ROOT / "tests" / "data" / "split"


def _data_page(name: str) -> tuple[str, list[S.ItemSpan]]:
    with open(DATA / name, encoding="utf-8", newline="") as f:
        text = f.read()
    return text, S.split(text, RULES)


def test_headline_with_period_over_statement_label_line():
    # 'Cuba strongly rejects ... Helms-Burton act.' / 'Declaration of the Ministry of Foreign Affairs' / body:
    # the label line is the headline's, the item starts at the headline
    text, items = _data_page("cubaminrex_en-canada-page65-https.txt")
    _check_invariants(text, items)
    assert _spans(items) == [(16, 600), (602, 1065), (1067, 1727), (1729, 1985)]
    assert items[2].headline == "Cuba strongly rejects the threat to activate Title III of the Helms-Burton act."


def test_statement_heading_ending_with_period_opens_item():
    # 'Statement of the Group of 77 and China on agenda item 59.' under a teaser's paragraph, then its long
    # title, '(New York, 16 October 2023)', 'Mr. Chair,'; next a headline printed twice over a label line
    text, items = _data_page("cubaminrex_en-cuba-0-page18.txt")
    _check_invariants(text, items)
    assert _spans(items) == [(0, 606), (608, 1040), (1042, 1716), (1718, 1811)]
    assert items[1].headline == "Statement of the Group of 77 and China on agenda item 59."


def test_long_speech_heading_opens_item():
    # 'Remarks delivered by Senator the Honourable ... National Day of Cuba.' (32 words, ending with a period)
    # after a statement whose head has the bullet label '• Statement by the Ministry ...'
    text, items = _data_page("cubaminrex_en-trinidad-and-tobago-page76.txt")
    _check_invariants(text, items)
    assert _spans(items) == [(29, 900), (902, 1951)]
    assert items[1].headline.startswith("Remarks delivered by Senator")


def test_paragraph_after_signature_line_opens_headline_less_item():
    # 'Embassy of Cuba in Lao PDR.' closes its item; the ICRT paragraph under it is an item without headline
    text, items = _data_page("minrex_en-node-page274.txt")
    _check_invariants(text, items)
    assert _spans(items) == [(0, 609), (611, 1229), (1232, 1632), (1634, 1712)]
    assert text[items[1].start:items[1].end].endswith("Embassy of Cuba in Lao PDR.")
    assert items[2].headline is None


_P1 = ("Havana, May 16, 2022. The Ministry of Foreign Affairs of the Republic of Cuba rejects in the strongest "
       "terms the measures announced today by the government of the United States against our people.")
_P2 = ("The blockade has been the main obstacle to the development of the country for more than six decades and "
       "it affects every Cuban family, their food, their medicines and their access to technology today.")
_P3 = ("The international community has repeatedly rejected these measures in the United Nations General "
       "Assembly, where nearly every state votes each year for the resolution presented by Cuba against it.")


def test_sub_headings_of_a_statement_do_not_open_items():
    text = (f"Cuba in Canada\n\nDeclaration of the Ministry of Foreign Affairs of Cuba\n\n{_P1}\n\n{_P2}\n\n"
            f"A policy that has failed\n\n{_P3}\n\nThe world says no to the blockade\n\n{_P2}\n")
    items = S.split(text, RULES)
    _check_invariants(text, items)
    assert _spans(items) == [(16, len(text) - 1)]


def test_headline_alone_mid_page_before_a_headline_printed_twice():
    text = ("Cuba in Canada\n\nCuban Embassy celebrates Culture Day in Ottawa\n\n"
            "Ottawa, May 5, 2022. The Embassy celebrated the Day of Cuban Culture with friends of Cuba in Ottawa.\n\n"
            "Ambassador attends the Latin American film festival\n\n"
            "Ambassador meets the Mayor of Toronto\n\nAmbassador meets the Mayor of Toronto\n\n"
            "Toronto, May 3, 2022. The Ambassador of Cuba met the Mayor of Toronto today at City Hall.\n")
    items = S.split(text, RULES)
    _check_invariants(text, items)
    assert [it.headline for it in items] == ["Cuban Embassy celebrates Culture Day in Ottawa",
                                             "Ambassador attends the Latin American film festival",
                                             "Ambassador meets the Mayor of Toronto"]
    assert text[items[1].start:items[1].end] == "Ambassador attends the Latin American film festival"


def test_translated_headline_with_a_period_stays_in_the_head():
    # 'Legado de Camilo Cienfuegos presente en Jamaica.' under the English headline: the dateline paragraph
    # after it is still the item's dateline
    text, items = _page("cubaminrex_en-jamaica-page45.txt")
    last = items[2]
    assert last.dateline is not None and last.dateline.place == "Kingston"
    assert text[last.body_start:].startswith("Kingston, 28 October 2023")
    # a Spanish headline's own Spanish lines are body, not a translation of it
    t = "Encuentro con la comunidad cubana\n\nEl embajador se reunió con la comunidad cubana en Dublín.\n"
    (it,) = S.split(t, RULES)
    assert t[it.body_start:].startswith("El embajador")


def test_media_advisory_field_lines_are_no_headlines():
    t = ("Minister to host her Zimbabwean counterpart on a Working Visit\n"
         "The Minister will host her counterpart on Friday, 21 May 2021 in Cape Town.\n"
         "Members of the Media are invited for the opening remarks as follows:\n"
         "Date: Friday, 21 May 2021\n"
         "Time: 14h30 - Photo-Opportunity\n"
         "15h15 - Opening Remarks\n"
         "Venue: Taj Hotel, Cape Town\n"
         "The visit takes place against the historical bonds between the two countries.\n")
    (it,) = S.split(t, RULES)
    assert it.headline == "Minister to host her Zimbabwean counterpart on a Working Visit"


@pytest.mark.parametrize("text", [
    "Hon. John Boyce, Minister of Health of Barbados, makes a working visit to Havana.",
    "Sen. Maxine McClean, Minister of Foreign Affairs, announced the opening.",
    "Amb. Ana Pérez, the Cuban envoy, spoke.",
])
def test_an_honorific_is_no_dateline_place(text):
    assert S.parse_dateline(text) is None


@pytest.mark.parametrize("stamp", [
    "2016-04-21 14:10 GMT+8",
    "19/05/2023Published On: 19/05/2023",
    "Posted on: March 3, 2021 | 10:15 AM",
    "Last updated 12 June 2022, 18:30",
    "Published on\nLast updated on",
    "From Department of Foreign Affairs\nPublished on\nLast updated on",
])
def test_post_date_stamps_stay_in_the_head(stamp):
    # the stamp under a headline is a date line of the item's head, not a new item's headline
    t = (f"Foreign Minister receives the new Ambassador of Chile\n\n{stamp}\n\n"
         "The Minister of Foreign Affairs received the Ambassador of Chile at the Ministry on Tuesday.\n\n"
         "Both sides discussed trade and the next session of the Joint Commission.\n")
    (it,) = S.split(t, RULES)
    assert it.headline == "Foreign Minister receives the new Ambassador of Chile"
    assert it.start == 0 and t[:it.end].endswith("Joint Commission.")
    assert t[it.body_start:].startswith("The Minister of Foreign Affairs")


def test_gallery_caption_after_the_story_is_left_out():
    t = ("HANOI, May 3 (VNA) -- The foreign ministers of Vietnam and Laos held talks in Hanoi on Friday.\n\n"
         "They agreed to expand trade.\n\n"
         "view larger image Vietnamese Foreign Minister (R) and his Lao counterpart pose for a photo. (Photo: VNA)\n")
    (it,) = S.split(t, RULES)
    assert t[:it.end].rstrip().endswith("expand trade.")


def test_a_reporters_byline_is_the_items_dateline_not_its_headline():
    t = ("From Chika Obi, Abuja\n\nThe Minister of Foreign Affairs received the Ambassador of Ghana on Tuesday.\n\n"
         "They discussed trade.\n")
    (it,) = S.split(t, RULES)
    assert it.headline is None and it.dateline is not None and it.dateline.place == "Abuja"


def test_related_posts_end_the_pages_stories():
    t = ("Minister meets the visiting delegation of Peru\n\nThe Minister of Foreign Affairs met the delegation of Peru "
         "on Monday to discuss consular matters and trade between both countries and their peoples.\n\n"
         "Related posts\n\nMinister attends the Independence Day reception of Mexico\n\nMFA\n\n"
         "Minister signs the condolence book at the Embassy of Japan\n\nMFA\n")
    (it,) = S.split(t, RULES)
    assert t[:it.end].endswith("their peoples.")


@pytest.mark.parametrize("top", [
    "Click acá para ir directamente al contenido",      # a skip link in another language
    "Une Afrique Unie et Forte",                         # a slogan in another language
    "ANTONY J. BLINKEN, SECRETARY OF STATE",             # an author line
    "Home PRESS RELEASES MINISTER MEETS THE AMBASSADOR OF PERU",   # a breadcrumb
])
def test_top_chrome_opens_no_item(top):
    t = (f"{top}\n\nMinister meets the Ambassador of Peru in Santiago\n\n"
         "The Minister of Foreign Affairs received the Ambassador of Peru on Monday to discuss consular matters and "
         "trade between both countries and their peoples.\n")
    (it,) = S.split(t, RULES)
    assert it.headline == "Minister meets the Ambassador of Peru in Santiago"


def test_a_post_date_above_the_headline_is_outside_the_item():
    t = ("April 16, 2025\n\nMinister meets with the delegation of the United States\n\n"
         "The Minister of Foreign Affairs met with the delegation of the United States on Tuesday to discuss visas.\n")
    (it,) = S.split(t, RULES)
    assert it.headline == "Minister meets with the delegation of the United States" and it.start == t.index("Minister")


@pytest.mark.parametrize("tail", [
    "Finally, the Ministers of Foreign Affairs announced that both Governments are negotiating agreements on "
    "extradition and the transfer of convicted persons.\n\nSantiago, Chile, November 08, 2018.",
    "The B-Roll of the event is available here.\n\nFor more information, please visit the OAS Website at\n\n"
    "Reference: E-104/19",
    "MINISTRY OF FOREIGN AFFAIRS, PERU – COPYRIGHT © 2012 - PRIVACY\n\nPlaza Central 10, Lima, Phone: (51) 3686 - 5100",
    "This slideshow requires JavaScript.",
    "--\n\nFollow us on Twitter @ExampleNews\n\nLoading...\nLatest See more",
    "Source: U.S Department of State, Bureau of European and Eurasian Affairs\n\nMore News",
    "Original article link: https://www.example.gov/news/readout",
    "Related products\n\nAssociated links\n\nAna Ruiz\nDirector of Communications\nOffice of the Minister\n\n"
    "Media Relations Office\nFollow us on Twitter: @ExampleFP\n\nPage details\n\nDate modified:",
])
def test_closing_lines_and_footers(tail):
    _story_then(tail)


def test_a_crawl_stamp_alone_on_its_line_opens_no_item():
    t = (" date 2021-03-03 \n\n\n\nHanoi (VNA) – The foreign ministries of Vietnam and Cuba held their sixth round of "
         "political consultations online on March 2.\n\nThey reviewed bilateral ties.\n")
    (it,) = S.split(t, RULES)
    assert t[it.start:].startswith("Hanoi (VNA)")


def test_a_sentence_over_an_advisory_date_field_is_no_headline():
    t = ("Minister to host her Kenyan counterpart in Pretoria\n\nThe Minister will host her counterpart on Friday, "
         "4 August 2023, in Pretoria.\n\nThe media are invited to cover the opening remarks by both Ministers.\n\n"
         "Date: Friday, 4 August 2023\n\nVenue: Union Buildings, Pretoria\n")
    (it,) = S.split(t, RULES)
    assert it.headline == "Minister to host her Kenyan counterpart in Pretoria"


def test_blog_footer_lines_are_chrome():
    t = ("Wednesday, October 23, 2013\n\n2nd Meeting of the India-Philippines Joint Commission held in Manila\n\n"
         "The second meeting of the Joint Commission was held in Manila on 22 October 2013 and reviewed ties.\n\n"
         "No comments:\n\nPost a Comment\n")
    (it,) = S.split(t, RULES)
    assert t[:it.end].endswith("reviewed ties.")


def test_listing_headlines_run_into_agency_datelines():
    t = ("North America\n\nCuban Foreign Ministry celebrates the agency's anniversaryHavana, Jun 16 (Prensa Latina) The "
         "Cuban Ministry of Foreign Affairs on Wednesday joined the celebration.\n\nUS academic calls for realistic policy "
         "on CubaWashington, Jun 16 (Prensa Latina) An effective policy on Cuba requires a realistic mindset.\n")
    items = S.split(t, RULES)
    assert [it.headline for it in items] == ["Cuban Foreign Ministry celebrates the agency's anniversary",
                                             "US academic calls for realistic policy on Cuba"]


def test_a_listing_of_cut_teasers_gives_one_item_each():
    t = ("The Philippines and the United States plan to focus on economic cooperation, the Secretary said. ...\n"
         "The Secretary labeled the concern over the missile system as an overreaction in an interview. ...\n"
         "The Secretary and the Secretary of State met for the first time in Washington on Tuesday. ...\n")
    assert len(S.split(t, RULES)) == 3


def test_related_news_box_above_the_story_ends_nothing():
    t = ("Related news\n\nMinister meets the Ambassador of Peru in Santiago\n\nThe Minister of Foreign Affairs received "
         "the Ambassador of Peru on Monday to discuss consular matters and trade between both countries.\n")
    (it,) = S.split(t, RULES)
    assert it.headline == "Minister meets the Ambassador of Peru in Santiago"


def test_a_read_more_line_repeating_the_headline_closes_the_teaser():
    t = ("Text Size\n\n\nVisit of the Prime Minister to India\n\nThe Prime Minister will undertake an official visit to "
         "India from 14th to 16th September 2015.\n\nRead more: Visit of the Prime Minister to India\n\n\n"
         "New Envoy Presents Credentials in Canada\n\n\nThe High Commissioner presented his credentials to the "
         "Governor General at a ceremony held at Rideau Hall in Ottawa.\n\nRead more: New Envoy Presents Credentials "
         "in Canada\n")
    assert [it.headline for it in S.split(t, RULES)] == ["Visit of the Prime Minister to India",
                                                         "New Envoy Presents Credentials in Canada"]


@pytest.mark.parametrize("header", [
    "इंडियन आवाज़     02 Mar 2023 12:17:58      انڈین آواز",          # a site name in Devanagari and Urdu
    "07/01/2022 | Press release | Archived content",                # an aggregator's date-stamped label
    "Skip to main content",                                          # skip links (presidency.gov.za)
    "To the central content area",                                   # (president.gov.tw)
    "当前位置:Home > Recent Activities",                              # a 'you are here' trail (an embassy)
    "Displaying 261-270 of the 1209 latest news items",              # pager counters (government.se)
    "Showing 581-600 of 866 results.\n\nSort by: Date Best results",  # ... and a sorting widget (regjeringen)
])
def test_a_header_line_is_no_headline(header):
    t = (f"{header}\n\nMinister holds talks with counterparts on the sidelines of the G20\n\nThe Minister held a "
         "series of bilateral meetings on Wednesday with his counterparts on the sidelines of the meeting.\n")
    (it,) = S.split(t, RULES)
    assert it.headline == "Minister holds talks with counterparts on the sidelines of the G20"


def test_a_byline_without_a_place_under_a_headline_opens_no_item():
    # diplomaticdigest: the headline ends with a period, then 'By <reporter>', then the story
    t = ("Politics\n\nGhana’s Minister For Foreign Affairs Receives Letters of Credence From Seven Envoys.\n\n"
         "By Timilehin Ajibade\n\nThe Ghanaian Minister for Foreign Affairs, Honourable Samuel Okudzeto Ablakwa, on "
         "Tuesday received Letters of Credence from seven resident envoys.\n\nThe envoys pledged to deepen ties.\n")
    items = S.split(t, RULES)
    assert len(items) == 1 and t[items[0].start:].startswith("Ghana’s Minister")


def test_a_sub_heading_that_goes_on_with_the_storys_names_opens_no_item():
    # newsgobgt: one story with sub-headings ('Safe Mobility Offices')
    t = ("President Alejandro Giammattei Met with United States Officials\n\n"
         "Guatemala, 12 June 2023. President Alejandro Giammattei met with United States Deputy Secretary of State "
         "Brian Nichols at the National Palace of Culture.\n\n"
         "Safe Mobility Offices\n\n"
         "During the meeting, Giammattei and Nichols discussed the Safe Mobility Offices that the United States will "
         "open in Guatemala.\n")
    assert len(S.split(t, RULES)) == 1


def test_a_photo_credit_printed_twice_stays_in_the_head_and_a_clocked_date_line_dates_it():
    # andina: 'Photo: ...' twice under the headline, then '00:01 | <city> (<state>), <date>.' over the story
    t = ("Peru FA Min meets with various dignitaries\n\nPhoto: Twitter RR.EE.\n\nPhoto: Twitter RR.EE.\n\n"
         "00:01 | Bogota (Colombia), Dec. 4.\n\n"
         "Peruvian Foreign Affairs Minister Gustavo Meza-Cuadra held an audience with Foreign Affairs Minister of "
         "El Salvador Alexandra Hill Tinoco.\n\nLikewise, the minister met with Michael Kozak.\n")
    items = S.split(t, RULES)
    assert len(items) == 1 and items[0].headline == "Peru FA Min meets with various dignitaries"
    assert items[0].dateline.place == "Bogota" and (items[0].dateline.date.month, items[0].dateline.date.day) == (12, 4)


def test_a_post_date_under_the_headline_leaves_the_dateline_to_the_story():
    # cubadiplomatica: 'Thursday, October 26, 2017' under the headline, the story's own dateline after it
    text, items = _page("cubadiplomatica_irlanda-EN-Blockade.txt")
    assert items[0].dateline is not None and items[0].dateline.place == "Ireland"


def test_a_most_read_box_ends_the_pages_stories():
    # sanews: a 'Most Read' box of other posts under the story
    t = ("French President to undertake a State Visit to SA\n\nPresident Cyril Ramaphosa will on Friday host French "
         "President Emmanuel Macron for a State Visit.\n\nMost Read\n\nHow to register for COVID-19 vaccine\n\n"
         "The department has opened the registration portal for all citizens over sixty.\n")
    (it,) = S.split(t, RULES)
    assert t[it.start:it.end].endswith("for a State Visit.")


def test_a_page_flattened_onto_one_line_behind_its_breadcrumb_is_an_item():
    # state.gov (b50): breadcrumb, headline, label and the readout in one line; only a short glued
    # breadcrumb line is chrome
    t = ("HomeOffice of the SpokespersonPress Releases...Secretary Blinken’s Call with Australian Foreign Minister "
         "Wong hide Secretary Blinken’s Call with Australian Foreign Minister Wong Readout Office of the Spokesperson "
         "June 7, 2022 The below is attributable to Spokesperson Ned Price: Secretary of State Antony J. Blinken spoke "
         "yesterday with Australian Foreign Minister Penny Wong about our ongoing coordination on regional issues.\n")
    assert len(S.split(t, RULES)) == 1
    assert S.split("HomeOffice of the SpokespersonPress Releases\n\nThe Secretary met the Minister today in Rome.\n",
                   RULES)[0].start > 0


def test_a_closing_photo_credit_is_outside_the_item():
    # egyptembassy.net (b57)
    t = ("Shoukry Meets US Secretary of State\n\nForeign Minister Sameh Shoukry met Secretary of State John Kerry "
         "in Washington.\n\nPhoto credit: Reuters, Neil Hall\n")
    (it,) = S.split(t, RULES)
    assert t[it.start:it.end].endswith("in Washington.")


def test_menus_one_entry_per_line_and_contact_blocks_are_chrome():
    # held-out b76/b78: a menu printed one entry per line above the story, and a footer's contact block
    text = ("Federal Foreign Office\nDeutsch\nSearch\nMenu\nHome\nForeign & European Policy\nRegional Issues\n"
            "Latin America and the Caribbean\n\nForeign Minister Baerbock travels to Brazil, Colombia and Panama\n"
            "04.06.2023 - Article\nForeign Minister Annalena Baerbock is travelling to Latin America for talks with "
            "the governments of Brazil, Colombia and Panama.\n\nMinistry of Foreign Affairs and Foreign Trade\n"
            "21 Dominica Drive, Kingston 5, Jamaica\nTel: (876) 926-4220\n")
    items = S.split(text, RULES)
    _check_invariants(text, items)
    assert [it.headline for it in items] == ["Foreign Minister Baerbock travels to Brazil, Colombia and Panama"]
    assert text[items[0].start:items[0].end].endswith("Brazil, Colombia and Panama.")


@pytest.mark.parametrize("line, place, day", [
    # held-out b76 (La Moncloa): a weekday between the place and the date is neither
    ("Havana (Cuba), Friday 23 November 2018.", "Havana", (2018, 11, 23)),
    ("Havana, Friday 23 November 2018.", "Havana", (2018, 11, 23)),
])
def test_dateline_with_a_weekday_before_its_date(line, place, day):
    dl = S.parse_dateline(line)
    assert dl is not None and dl.place == place and (dl.date.year, dl.date.month, dl.date.day) == day
    assert S._dateline_only(line.rstrip("."))


def test_a_signature_block_under_the_pager_is_footer():
    # held-out b82 (Cuban mission listings): 'Embassy of the Republic of Cuba in Argentina' / 'Buenos Aires,
    # Argentina' under the pager is no item; a signature right under the last paragraph stays the story's
    text = ("Cuba in Argentina\n\nCuban Ambassador meets Foreign Minister Cafiero\n\nBuenos Aires, January 12, 2023.- The "
            "Ambassador of Cuba met with Foreign Minister Santiago Cafiero at the Palacio San Martín.\nRead more\n\n"
            "Pages\n« first ‹ previous … 12 13 14 15 16 … next › last »\n\n"
            "Embassy of the Republic of Cuba in Argentina\nBuenos Aires, Argentina\n")
    items = S.split(text, RULES)
    _check_invariants(text, items)
    assert [it.headline for it in items] == ["Cuban Ambassador meets Foreign Minister Cafiero"]
    for t in ["Embassy of Cuba in Iran · Tehran", "Keywords: Egypt, Palestine, Middle East"]:
        assert S._kind(t, RULES) in ("top", "break"), t


def test_a_missions_address_footer_and_its_names_in_other_languages_are_chrome():
    # blind set b83 (Cuban mission pages in Europe and the Americas): the address block under the story's
    # source line or under a pager without a colon, the mission's long site title, and a date opening a
    # paragraph ('Last February 21, Ambassador ...') that is no dateline
    text = ("Cuba in Austria\nEmbassy of Cuba in Austria and Permanent Mission of Cuba to the United Nations and other "
            "International Organizations in Vienna\n\nHome | The Embassy | Bilateral Relations | Consular Services | News\n\n"
            "Cuba and Austria hold Political Consultations in Vienna\n\nVienna, June 5, 2018. The Sixth Round of "
            "Political Consultations between the Ministries of Foreign Affairs of Cuba and Austria took place.\n\n"
            "Last February 21, Ambassador González had presented the copies of his credentials to the Minister.\n\n"
            "(Cubaminrex-Embacuba Austria)\n\nEmbassy of the Republic of Cuba\nKaiserstraße 84/1/4, 1070 Vienna, Austria\n")
    items = S.split(text, RULES)
    _check_invariants(text, items)
    assert [it.headline for it in items] == ["Cuba and Austria hold Political Consultations in Vienna"]
    assert text[items[0].start:items[0].end].rstrip().endswith("(Cubaminrex-Embacuba Austria)")
    for t in ["Pages « first ‹ previous 15 16 17 18 19 next › last »"]:
        assert S._kind(t, RULES) == "break", t
    for t in ["Botschaft der Republik Kuba – Embassy of the Republic of Cuba", "Embajada de la República de Cuba en Panamá"]:
        assert S._kind(t, RULES) == "top", t
    for t in ["Avenida Los Leones 1346, Providencia, Santiago, Chile", "Av. Coronel Portillo 110, San Isidro, Lima, Peru",
              "Avenida Cuba y Ecuador, Calle 33, Bella Vista, Panama City, Republic of Panama"]:
        assert S._kind(t, RULES) == "boiler", t
    # a sentence naming a street is no address line
    assert S._kind("Calle 23 was closed for the parade, officials said.", RULES) == "text"


def test_a_bilingual_site_title_an_accessibility_link_and_a_copyright_line_are_chrome():
    # blind set b84: 'Cuba en Turquía / Cuba in Turkey' is the mission's site title (and names its host),
    # 'Skip to main content' opens the page, '© 2021 Ministry ...' and 'Plot No. 313, ...' close it
    assert S._kind("Cuba en Turquía / Cuba in Turkey", RULES) == "top"
    for t in ["Skip to main content", "© 2021 Ministry of Foreign Affairs of Cuba",
              "Plot No. 313, Lugalo Road, Upanga, P.O. Box 9282, Dar es Salaam, Tanzania"]:
        assert S._kind(t, RULES) == "boiler", t
    from extract.pipeline import _SITE_TITLE
    assert _SITE_TITLE.search("Skip to main content\nCuba en Turquía / Cuba in Turkey\n")["host"] == "Turkey"


# ---- the chrome of foreign-ministry, IGO and state-media pages (tuning set b95, b96)

@pytest.mark.parametrize("header", [
    # a site header printed as one group: name, slogan, a navigation bar set apart by runs of spaces, a trail
    "ASEAN\nONE VISION ONE IDENTITY ONE COMMUNITY\nHome  About ASEAN  Our Communities  News & Events  Contact Us\n"
    "News > Secretary-General",
    "TASS\nRussian News Agency\nRussia  World  Politics  Economy  Military & Defense  Sports\nPolitics\n"
    "20 APR 2023, 19:45",
    # a ministry's name after the state's, a three-entry menu, a search box
    "Republic of Turkey Ministry of Foreign Affairs\n\nSearch",
    "UAE Ministry of Foreign Affairs and International Cooperation\n\nTopics | Government activity | Search",
    # a UN release's symbol, date and section label
    "SG/SM/21946\n16 September 2023\nSecretary-General",
    # a breadcrumb over a headline that reads as a dateline ('Cuba: ...')
    "Home > Press material > Press releases",
    # (tuning set b77: KLN Malaysia) a ministry's name with its state after a comma
    "Ministry of Foreign Affairs, Malaysia\n\nHome | Ministry | Media Centre | Consular Services | Contact Us",
])
def test_site_headers_of_ministry_igo_and_agency_pages_open_no_item(header):
    head = "Cuba: Minister meets the Ambassador of Peru in Havana" if header.startswith("Home >") else \
        "Minister meets the Ambassador of Peru in Santiago"
    t = (f"{header}\n\n{head}\n\nThe Minister of Foreign Affairs received the Ambassador of Peru on Monday to discuss "
         "consular matters and trade between both countries and their peoples.\n")
    (it,) = S.split(t, RULES)
    assert it.headline == head and it.start == t.index(head)


@pytest.mark.parametrize("tail", [
    "Media enquiries\nEmail newsdesk@example.gov.uk\nTelephone 020 7008 3100\n\nShare this page\nFacebook  Twitter",
    "– The Honourable Jane Doe, Minister of Foreign Affairs\n\nContacts\n\nMedia Relations Office\nGlobal Affairs "
    "Canada\n343-203-7700\nmedia@example.gc.ca\n\nSearch for related information by keyword: International relations"
    "\n\nReport a problem on this page | Share this page\nTerms and conditions | Privacy",
    "Tags: Cuba, Joint Council\n\nRelated press material\nCuba: Statement by the Spokesperson\n\n"
    "Contact  Legal notice  Cookies  Accessibility",
    "Print version | Send by e-mail | Share: VK  Telegram  Twitter\n\nCountries: United States of America\n\n"
    "Related materials\nDeputy Foreign Minister's interview with a newspaper, July 26, 2021",
    "For information media. Not an official record.",
    "‹ previous | 1 2 3 4 5 6 | next ›",
    "We acknowledge the traditional owners of country throughout Australia.",
    # Cuban mission pages (tuning sets b84-b88): a Spanish pager, footers joining the mission and its address
    "« primera ‹ anterior … 25 26 27 28 29 … siguiente › última",
    "Embassy of Cuba in Lebanon · Rue Mar Maroun, Jnah, Beirut, Lebanon",
    "Embassy of Cuba in Ecuador. Av. Mercurio 365 y La Razón, Quito, Ecuador.\nMinisterio de Relaciones Exteriores "
    "de Cuba · misiones.cubaminrex.cu",
    "No. 20 Amilcar Cabral Road, Airport Residential Area, Accra, Ghana.",
    "Páginas\n‹ anterior 15 16 17 18 19 20 21 siguiente ›",
    # (tuning set b76: SRE Mexico) an 'oOo' separator, social handles, a Spanish disclaimer
    "---oOo---\nTwitter: @SRE_mx\nCompartir\nImprime la página completa\nLa legalidad, veracidad y la calidad de la "
    "información es estricta responsabilidad de la dependencia",
    "Load more\n\nExample News Agency\nAbout us  Contact  Services  Privacy policy\n© 2024 Example. All rights reserved.",
])
def test_footers_of_ministry_igo_and_agency_pages(tail):
    t, items = _story_then(tail)
    assert t[:items[0].end].endswith(("regional issues.", "Minister of Foreign Affairs"))


@pytest.mark.parametrize("line", ["January 10, 2023 – Mexico City, Mexico – Global Affairs Canada",
                                  "January 30, 2019 - Ottawa, Ontario - Global Affairs Canada"])
def test_a_canadian_date_place_publisher_line_stays_in_the_head(line):
    t = ("Minister Joly meets with Mexico's Secretary of Foreign Affairs\n\n"
         f"{line}\n\n"
         "Today, the Honourable Mélanie Joly, Minister of Foreign Affairs, met with the Secretary of Foreign Affairs "
         "of Mexico.\n")
    (it,) = S.split(t, RULES)
    assert it.start == 0 and it.headline.startswith("Minister Joly")


def test_a_numbered_headline_over_a_one_sentence_lead_is_no_page_label():
    t = ("No: 23, 25 January 2021, Press Release Regarding the 61st Round of Exploratory Talks Between Turkey and Greece"
         "\n\nThe 61st Round of Exploratory Talks between Turkey and Greece was held today (25 January 2021) in "
         "Istanbul.\n\nThe Turkish delegation was headed by the Deputy Minister of Foreign Affairs.\n")
    (it,) = S.split(t, RULES)
    assert it.start == 0 and it.headline.startswith("No: 23")


@pytest.mark.parametrize("tail", ["¡Abajo el bloqueo!", "Sahha, Cuba! / ¡Viva Cuba!"])
def test_a_closing_slogan_stays_in_its_story(tail):
    t = ("Caravan in Montevideo against the blockade\n\nMontevideo, March 28th. Cubans residing in Uruguay and friends "
         f"of Cuba held a caravan against the blockade through the streets of the city.\n\n{tail}\n\nRead more\n")
    (it,) = S.split(t, RULES)
    assert t[:it.end].endswith(tail)


def test_a_category_label_after_the_signature_is_no_item():
    t = ("Cuba and Norway hold Political Consultations in Oslo\n\nOslo, May 3, 2019. The Deputy Minister held political "
         "consultations with the State Secretary of Norway.\n\n(Embacuba Noruega)\n\nBilateral Relations\n\n"
         "Tags: Political Consultations, Norway, Europe\n")
    (it,) = S.split(t, RULES)
    assert t[:it.end].endswith("(Embacuba Noruega)")
