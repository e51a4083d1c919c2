"""All user-facing text of the app, in Dutch (the default), English and German.

``TEXT`` maps a key to its text per language code; ``t(key, lang, **params)`` looks one up
and fills its ``{placeholders}``. Adding a language (German, issue #15) means adding its
code to ``LANGS`` and ``NUMBER_MARKS`` and a ``"de": ...`` entry to every key:
tests/test_i18n.py fails until every key has a text in every language of ``LANGS``.

A key that is not in the table raises ``KeyError``, in tests and in production alike, so a
missing text cannot slip through as a bare key on a page. Production stays free of that
traceback because tests/test_i18n.py finds every key the code uses (``t("...")`` literals
and the declared dynamic families such as ``"fac_" + facility``, whose suffixes come from
the data schemas) and checks that each one exists; it also fails on keys no code uses.

Text that is data stays data: indicator titles, units and notes come from the catalogue's
``title_nl``/``title_en`` columns and are read with ``localized``. The data files have no
German columns; a German page shows those texts in Dutch, the language of the sources
(``DATA_FALLBACK``), and says so once per page (``data_text_note``).
"""

from __future__ import annotations

from dataclasses import is_dataclass

LANGS = ("nl", "en", "de")
DEFAULT_LANG = "nl"

# Thousands separator and decimal mark per language: 643.603 and 12,5 in Dutch and German.
NUMBER_MARKS: dict[str, tuple[str, str]] = {"nl": (".", ","), "en": (",", "."), "de": (".", ",")}

# The language a data text is shown in when the data has no column for the page's language.
DATA_FALLBACK: dict[str, str] = {"de": "nl"}

TEXT: dict[str, dict[str, str]] = {
    # navigation and app
    "app_title": {"nl": "Twente in cijfers", "en": "Twente in figures", "de": "Twente in Zahlen"},
    "app_subtitle": {
        "nl": "Dashboard van de 14 Twentse gemeenten (SamenTwente)",
        "en": "Dashboard of the 14 municipalities of Twente (SamenTwente)",
        "de": "Dashboard der 14 Gemeinden in Twente (SamenTwente)",
    },
    "nav_explore": {"nl": "Verkennen", "en": "Explore", "de": "Erkunden"},
    "nav_domains": {"nl": "Domeinen", "en": "Domains", "de": "Themen"},
    "nav_residents": {"nl": "Voor inwoners", "en": "For residents", "de": "Für Einwohner"},
    "nav_about": {"nl": "Over", "en": "About", "de": "Über"},
    "page_overview": {"nl": "Kaart van Twente", "en": "Map of Twente", "de": "Karte von Twente"},
    "page_population": {"nl": "Bevolking", "en": "Population", "de": "Bevölkerung"},
    "page_health": {"nl": "Gezondheid", "en": "Health", "de": "Gesundheit"},
    "page_living": {"nl": "Leefomgeving", "en": "Living environment", "de": "Lebensumfeld"},
    "page_parks": {"nl": "Park zoeken", "en": "Find a park", "de": "Park finden"},
    "page_sources": {"nl": "Bronnen en gegevens", "en": "Sources and data", "de": "Quellen und Daten"},
    "language": {"nl": "Taal", "en": "Language", "de": "Sprache"},
    "basemap": {"nl": "Achtergrondkaart", "en": "Background map", "de": "Hintergrundkarte"},
    # domains
    "domain": {"nl": "Domein", "en": "Domain", "de": "Thema"},
    "domain_population": {"nl": "Bevolking en wonen", "en": "Population and housing", "de": "Bevölkerung und Wohnen"},
    "domain_health": {"nl": "Gezondheid (GGD Twente)", "en": "Health (GGD Twente)", "de": "Gesundheit (GGD Twente)"},
    "domain_living": {
        "nl": "Leefomgeving: werk en inkomen",
        "en": "Living environment: work and income",
        "de": "Lebensumfeld: Arbeit und Einkommen",
    },
    "indicator": {"nl": "Indicator", "en": "Indicator", "de": "Indikator"},
    "year": {"nl": "Jaar", "en": "Year", "de": "Jahr"},
    "age_group": {"nl": "Leeftijdsgroep", "en": "Age group", "de": "Altersgruppe"},
    "group_adults": {"nl": "Volwassenen", "en": "Adults", "de": "Erwachsene"},
    "group_adults_lt65": {"nl": "Volwassenen tot 65 jaar", "en": "Adults under 65", "de": "Erwachsene unter 65 Jahren"},
    "group_65+": {"nl": "65 jaar en ouder", "en": "65 and over", "de": "65 Jahre und älter"},
    "municipality": {"nl": "Gemeente", "en": "Municipality", "de": "Gemeinde"},
    "choose_municipality": {
        "nl": "Kies een gemeente (of klik op de kaart)",
        "en": "Choose a municipality (or click the map)",
        "de": "Gemeinde wählen (oder auf die Karte klicken)",
    },
    "none_selected": {"nl": "— geen —", "en": "— none —", "de": "— keine —"},
    # headline
    "inhabitants": {"nl": "Inwoners", "en": "Inhabitants", "de": "Einwohner"},
    "inhabitants_help": {
        "nl": "Som van de 14 gemeenten op 1 januari {year}",
        "en": "Sum of the 14 municipalities on 1 January {year}",
        "de": "Summe der 14 Gemeinden am 1. Januar {year}",
    },
    "jan1": {"nl": "1-1-{year}", "en": "1 Jan {year}", "de": "1.1.{year}"},  # 1 January, short
    "municipalities": {"nl": "Gemeenten", "en": "Municipalities", "de": "Gemeinden"},
    "parks": {"nl": "Recreatieparken", "en": "Recreation parks", "de": "Erholungsgebiete"},
    "parks_help": {
        "nl": "Het Hulsbeek, Het Rutbeek, Het Lageveld en Arboretum Poort Bulten",
        "en": "Het Hulsbeek, Het Rutbeek, Het Lageveld and Arboretum Poort Bulten",
        "de": "Het Hulsbeek, Het Rutbeek, Het Lageveld und Arboretum Poort Bulten",
    },
    "source": {"nl": "Bron", "en": "Source", "de": "Quelle"},
    "no_data": {"nl": "geen gegevens", "en": "no data", "de": "keine Daten"},
    # map
    "legend": {"nl": "Legenda", "en": "Legend", "de": "Legende"},
    "legend_no_data": {"nl": "geen gegevens", "en": "no data", "de": "keine Daten"},
    "map_hint": {
        "nl": "Klik op een gemeente voor haar kerncijfers. Beweeg over de kaart voor de waarden.",
        "en": "Click a municipality for its key figures. Hover for the values.",
        "de": "Klicken Sie auf eine Gemeinde für ihre Kennzahlen. Bewegen Sie die Maus über die Karte für die Werte.",
    },
    "map_hint_compare": {
        "nl": (
            "Klik op een gemeente om haar in de grafiek te markeren. Beweeg over de kaart voor waarde en interval; "
            "zoom met + en −."
        ),
        "en": "Click a municipality to mark it in the chart. Hover for value and interval; zoom with + and −.",
        "de": (
            "Klicken Sie auf eine Gemeinde, um sie im Diagramm hervorzuheben. Maus über die Karte für Wert und "
            "Intervall; zoomen mit + und −."
        ),
    },
    "layer_parks": {"nl": "Recreatieparken", "en": "Recreation parks", "de": "Erholungsgebiete"},
    "operator": {"nl": "Beheerder", "en": "Operator", "de": "Betreiber"},
    "area": {"nl": "Oppervlakte", "en": "Area", "de": "Fläche"},
    "offers": {"nl": "Wat is er", "en": "What it offers", "de": "Angebot"},
    "in_english": {"nl": "in het Engels", "en": "in English", "de": "auf Englisch"},
    "location": {"nl": "Locatie", "en": "Location", "de": "Lage"},
    "approximate": {
        "nl": "Locatie bij benadering (geen bron voor de coördinaat; tot ca. 1 km ernaast)",
        "en": "Approximate location (no sourced coordinate; may be up to about 1 km off)",
        "de": "Ungefähre Lage (keine Koordinate aus einer Quelle; bis zu etwa 1 km daneben)",
    },
    "approximate_short": {"nl": "locatie bij benadering", "en": "approximate location", "de": "ungefähre Lage"},
    # side panel
    "key_figures": {"nl": "Kerncijfers", "en": "Key figures", "de": "Kennzahlen"},
    "select_prompt": {
        "nl": "Klik op een gemeente op de kaart, of kies er een hierboven.",
        "en": "Click a municipality on the map, or choose one above.",
        "de": "Klicken Sie auf eine Gemeinde in der Karte oder wählen Sie oben eine aus.",
    },
    "rank": {"nl": "Positie", "en": "Rank", "de": "Rang"},
    "rank_of": {"nl": "{rank} van {n}", "en": "{rank} of {n}", "de": "{rank} von {n}"},
    # table/download
    "table_view": {"nl": "Tabel met de cijfers", "en": "Table of the figures", "de": "Tabelle mit den Zahlen"},
    "download_csv": {
        "nl": "Download de cijfers (CSV)",
        "en": "Download the figures (CSV)",
        "de": "Zahlen herunterladen (CSV)",
    },
    "col_code": {"nl": "code", "en": "code", "de": "Code"},
    "col_name": {"nl": "gebied", "en": "area", "de": "Gebiet"},
    "col_value": {"nl": "waarde", "en": "value", "de": "Wert"},
    "col_unit": {"nl": "eenheid", "en": "unit", "de": "Einheit"},
    "col_year": {"nl": "jaar", "en": "year", "de": "Jahr"},
    "col_ci_low": {"nl": "95%-interval ondergrens", "en": "95% interval lower", "de": "95%-Intervall Untergrenze"},
    "col_ci_high": {"nl": "95%-interval bovengrens", "en": "95% interval upper", "de": "95%-Intervall Obergrenze"},
    "col_source": {"nl": "bron", "en": "source", "de": "Quelle"},
    "col_compare": {"nl": "vergelijkbare jaren", "en": "comparable years", "de": "vergleichbare Jahre"},
    # data problems
    "data_problems": {
        "nl": "Problemen in de gegevensbestanden",
        "en": "Problems in the data files",
        "de": "Probleme in den Datendateien",
    },
    "data_unavailable": {
        "nl": "Deze gegevens zijn nu niet beschikbaar; de rest van het dashboard werkt gewoon.",
        "en": "This data is not available now; the rest of the dashboard keeps working.",
        "de": "Diese Daten sind derzeit nicht verfügbar; der Rest des Dashboards funktioniert weiter.",
    },
    # population page
    "pop_title": {"nl": "Bevolking van Twente", "en": "Population of Twente", "de": "Bevölkerung von Twente"},
    "pop_trend": {
        "nl": "Inwoners op 1 januari, 2012–2025",
        "en": "Inhabitants on 1 January, 2012–2025",
        "de": "Einwohner am 1. Januar, 2012–2025",
    },
    "pop_areas": {"nl": "Gemeenten", "en": "Municipalities", "de": "Gemeinden"},
    "pop_refs": {"nl": "Vergelijk met", "en": "Compare with", "de": "Vergleichen mit"},
    "pop_mode": {"nl": "Weergave", "en": "Show as", "de": "Darstellung"},
    "mode_absolute": {"nl": "Aantal inwoners", "en": "Number of inhabitants", "de": "Einwohnerzahl"},
    "mode_index": {
        "nl": "Index (eerste jaar = 100)",
        "en": "Index (first year = 100)",
        "de": "Index (erstes Jahr = 100)",
    },
    "mode_growth": {
        "nl": "Groei t.o.v. vorig jaar (%)",
        "en": "Growth on previous year (%)",
        "de": "Wachstum gegenüber Vorjahr (%)",
    },
    "pop_abs_note": {
        "nl": (
            "Nederland staat niet in de grafiek met aantallen (andere schaal); kies index of groei om te vergelijken."
        ),
        "en": "The Netherlands is left out of the count chart (other scale); choose index or growth to compare.",
        "de": (
            "Die Niederlande fehlen im Diagramm der Einwohnerzahlen (anderer Maßstab); wählen Sie Index oder Wachstum "
            "zum Vergleich."
        ),
    },
    "pop_growth_map": {"nl": "Groei van het aantal inwoners", "en": "Population growth", "de": "Bevölkerungswachstum"},
    "pop_period_start": {"nl": "Vanaf 1 januari", "en": "From 1 January", "de": "Ab 1. Januar"},
    "pop_period_end": {
        "nl": "Tot 1 januari (schuif om door de jaren te stappen)",
        "en": "To 1 January (slide to step through the years)",
        "de": "Bis 1. Januar (schieben, um durch die Jahre zu gehen)",
    },
    "pop_fixed_breaks": {
        "nl": "De kleurklassen zijn voor alle jaren gelijk, zodat kleuren tussen jaren vergelijkbaar zijn.",
        "en": "The colour classes are the same for every year, so colours compare between years.",
        "de": "Die Farbklassen sind für alle Jahre gleich, damit die Farben zwischen den Jahren vergleichbar sind.",
    },
    "pop_age": {
        "nl": "Leeftijdsopbouw op 1 januari 2025",
        "en": "Age structure on 1 January 2025",
        "de": "Altersaufbau am 1. Januar 2025",
    },
    "pop_age_note": {
        "nl": (
            "Leeftijdsgroepen van CBS-tabel 70072ned (2025). De groepen van 2024 (85984NED) zijn anders ingedeeld en "
            "worden niet gemengd. De bronnen splitsen leeftijd niet naar geslacht."
        ),
        "en": (
            "Age groups of CBS table 70072ned (2025). The 2024 groups (85984NED) are defined differently and are not "
            "mixed in. The sources do not split age by sex."
        ),
        "de": (
            "Altersgruppen aus CBS-Tabelle 70072ned (2025). Die Gruppen von 2024 (85984NED) sind anders eingeteilt und "
            "werden nicht vermischt. Die Quellen schlüsseln das Alter nicht nach Geschlecht auf."
        ),
    },
    "pop_sex": {
        "nl": "Mannen en vrouwen op 1 januari {year}",
        "en": "Men and women on 1 January {year}",
        "de": "Männer und Frauen am 1. Januar {year}",
    },
    "pop_households": {
        "nl": "Huishoudens op 1 januari 2025",
        "en": "Households on 1 January 2025",
        "de": "Haushalte am 1. Januar 2025",
    },
    "pop_change": {
        "nl": "Geboorte, sterfte en migratie in 2023",
        "en": "Births, deaths and migration in 2023",
        "de": "Geburten, Sterbefälle und Wanderungen 2023",
    },
    "share_pct": {"nl": "aandeel (%)", "en": "share (%)", "de": "Anteil (%)"},
    "age_group_col": {"nl": "leeftijd", "en": "age", "de": "Alter"},
    "sex_male": {"nl": "mannen", "en": "men", "de": "Männer"},
    "sex_female": {"nl": "vrouwen", "en": "women", "de": "Frauen"},
    # park finder
    "finder_title": {
        "nl": "Park of natuurgebied in de buurt",
        "en": "Parks and nature near you",
        "de": "Parks und Natur in Ihrer Nähe",
    },
    "finder_intro": {
        "nl": "Typ een plaats of postcode, of klik of tik op de kaart. Er wordt niets opgezocht bij een externe dienst.",
        "en": "Type a place or postcode, or click or tap the map. Nothing is sent to an outside service.",
        "de": (
            "Geben Sie einen Ort oder eine Postleitzahl ein oder klicken bzw. tippen Sie auf die Karte. Es wird nichts "
            "an einen externen Dienst gesendet."
        ),
    },
    "finder_input": {"nl": "Plaats of postcode", "en": "Place or postcode", "de": "Ort oder Postleitzahl"},
    "finder_placeholder": {
        "nl": "bijv. Delden, 7511 of 7511 AB",
        "en": "e.g. Delden, 7511 or 7511 AB",
        "de": "z. B. Delden, 7511 oder 7511 AB",
    },
    "finder_start": {
        "nl": "Typ een plaats of postcode om te beginnen, of klik of tik op de kaart.",
        "en": "Type a place or postcode to start, or click or tap the map.",
        "de": "Geben Sie zum Start einen Ort oder eine Postleitzahl ein oder klicken bzw. tippen Sie auf die Karte.",
    },
    "finder_not_found": {
        "nl": "'{query}' niet gevonden.",
        "en": "'{query}' not found.",
        "de": "'{query}' nicht gefunden.",
    },
    "finder_did_you_mean": {"nl": "Bedoelde u:", "en": "Did you mean:", "de": "Meinten Sie:"},
    "finder_from": {"nl": "Vanaf {place}", "en": "From {place}", "de": "Ab {place}"},
    "finder_map_point": {"nl": "punt op de kaart", "en": "point on the map", "de": "Punkt auf der Karte"},
    "finder_inside": {
        "nl": "u bent in dit gebied",
        "en": "you are inside this area",
        "de": "Sie sind in diesem Gebiet",
    },
    "finder_km": {"nl": "{km} km", "en": "{km} km", "de": "{km} km"},
    "finder_route": {"nl": "Route (fiets) ↗", "en": "Route (bike) ↗", "de": "Route (Fahrrad) ↗"},
    "finder_show_nature": {
        "nl": "Ook Natura 2000-natuurgebieden",
        "en": "Include Natura 2000 nature areas",
        "de": "Auch Natura-2000-Gebiete",
    },
    "finder_results": {"nl": "Dichtstbijzijnde", "en": "Nearest", "de": "Nächstgelegene"},
    "finder_distance_note": {
        "nl": "Afstand hemelsbreed; voor natuurgebieden tot de dichtstbijzijnde rand.",
        "en": "Straight-line distance; for nature areas to the nearest edge.",
        "de": "Entfernung in Luftlinie; bei Naturgebieten bis zum nächsten Rand.",
    },
    "kind_park": {"nl": "Recreatiepark", "en": "Recreation park", "de": "Erholungsgebiet"},
    "kind_nature": {"nl": "Natura 2000-gebied", "en": "Natura 2000 area", "de": "Natura-2000-Gebiet"},
    "fac_swimming": {"nl": "zwemwater", "en": "swimming lake", "de": "Badesee"},
    "fac_beach": {"nl": "strand", "en": "beach", "de": "Strand"},
    "fac_playground": {"nl": "speelplek", "en": "playground", "de": "Spielplatz"},
    "fac_water_sports": {"nl": "watersport", "en": "water sports", "de": "Wassersport"},
    "fac_walking": {"nl": "wandelen", "en": "walking", "de": "Wandern"},
    "fac_cycling": {"nl": "fietsen", "en": "cycling", "de": "Radfahren"},
    "fac_food": {"nl": "horeca", "en": "café", "de": "Gastronomie"},
    "fac_arboretum": {"nl": "arboretum", "en": "arboretum", "de": "Arboretum"},
    "finder_sources": {
        "nl": (
            "Bronnen: plaatsen en postcodes GeoNames (CC BY 4.0); Natura 2000 RVO via PDOK, RCE (CC BY 4.0); "
            "zwemlocaties zwemwater.nl; parken: Recreatieschap Twente, Natuurmonumenten."
        ),
        "en": (
            "Sources: places and postcodes GeoNames (CC BY 4.0); Natura 2000 RVO via PDOK, RCE (CC BY 4.0); bathing "
            "sites zwemwater.nl; parks: Recreatieschap Twente, Natuurmonumenten."
        ),
        "de": (
            "Quellen: Orte und Postleitzahlen GeoNames (CC BY 4.0); Natura 2000 RVO über PDOK, RCE (CC BY 4.0); "
            "Badestellen zwemwater.nl; Parks: Recreatieschap Twente, Natuurmonumenten."
        ),
    },
    # comparisons (ranking and change charts)
    "sig_higher": {
        "nl": "significant hoger dan {ref}",
        "en": "significantly higher than {ref}",
        "de": "signifikant höher als {ref}",
    },
    "sig_lower": {
        "nl": "significant lager dan {ref}",
        "en": "significantly lower than {ref}",
        "de": "signifikant niedriger als {ref}",
    },
    "sig_similar": {
        "nl": "geen significant verschil met {ref}",
        "en": "no significant difference from {ref}",
        "de": "kein signifikanter Unterschied zu {ref}",
    },
    "sig_none": {"nl": "geen interval bekend", "en": "no interval known", "de": "kein Intervall bekannt"},
    "interval_95": {"nl": "95%-interval", "en": "95% interval", "de": "95%-Intervall"},
    "comparison": {"nl": "vergelijking", "en": "comparison", "de": "Vergleich"},
    "comparison_with": {
        "nl": "Vergeleken met {ref} (95%-interval)",
        "en": "Compared with {ref} (95% interval)",
        "de": "Verglichen mit {ref} (95%-Intervall)",
    },
    "reference": {"nl": "referentie", "en": "reference", "de": "Referenz"},
    "difference": {"nl": "verschil", "en": "difference", "de": "Unterschied"},
    "change_meaning": {"nl": "Verandering", "en": "Change", "de": "Veränderung"},
    "chg_up": {
        "nl": "duidelijk gestegen (intervallen overlappen niet)",
        "en": "clearly up (intervals do not overlap)",
        "de": "deutlich gestiegen (Intervalle überlappen nicht)",
    },
    "chg_down": {
        "nl": "duidelijk gedaald (intervallen overlappen niet)",
        "en": "clearly down (intervals do not overlap)",
        "de": "deutlich gesunken (Intervalle überlappen nicht)",
    },
    "chg_similar": {
        "nl": "geen duidelijke verandering (intervallen overlappen)",
        "en": "no clear change (intervals overlap)",
        "de": "keine deutliche Veränderung (Intervalle überlappen)",
    },
    "chg_one_year": {"nl": "niet in beide jaren", "en": "not in both years", "de": "nicht in beiden Jahren"},
    "chg_none": {"nl": "geen interval bekend", "en": "no interval known", "de": "kein Intervall bekannt"},
    "ranking_title": {
        "nl": "De 14 gemeenten vergeleken",
        "en": "The 14 municipalities compared",
        "de": "Die 14 Gemeinden im Vergleich",
    },
    "ranking_sorted": {
        "nl": "Gesorteerd van hoog naar laag. ",
        "en": "Sorted from high to low. ",
        "de": "Sortiert von hoch nach niedrig. ",
    },
    "ranking_how_ci": {
        "nl": (
            "De lijntjes zijn 95%-betrouwbaarheidsintervallen van de steekproef. Een gemeente heet alleen 'significant"
            " hoger' of 'lager' als haar hele interval boven of onder de waarde van {ref} ligt. Overlappen de "
            "intervallen, dan is de volgorde niet zeker: lees de grafiek dan niet als ranglijst."
        ),
        "en": (
            "The whiskers are the survey's 95% confidence intervals. A municipality is only called 'significantly "
            "higher' or 'lower' when its whole interval lies above or below the value of {ref}. Where intervals "
            "overlap, the order is not certain: do not read the chart as a league table."
        ),
        "de": (
            "Die Striche sind 95%-Konfidenzintervalle der Stichprobe. Eine Gemeinde gilt nur dann als 'signifikant "
            "höher' oder 'niedriger', wenn ihr ganzes Intervall über oder unter dem Wert von {ref} liegt. Überlappen "
            "sich die Intervalle, ist die Reihenfolge nicht sicher: Lesen Sie das Diagramm dann nicht als Rangliste."
        ),
    },
    "ranking_how_plain": {
        "nl": "Zonder betrouwbaarheidsintervallen in de bron: kleine verschillen kunnen toeval zijn.",
        "en": "The source publishes no confidence intervals: small differences may be chance.",
        "de": "Die Quelle veröffentlicht keine Konfidenzintervalle: Kleine Unterschiede können Zufall sein.",
    },
    "summary_higher": {
        "nl": "**Significant hoger** dan {ref}: {names}.",
        "en": "**Significantly higher** than {ref}: {names}.",
        "de": "**Signifikant höher** als {ref}: {names}.",
    },
    "summary_lower": {
        "nl": "**Significant lager** dan {ref}: {names}.",
        "en": "**Significantly lower** than {ref}: {names}.",
        "de": "**Signifikant niedriger** als {ref}: {names}.",
    },
    "summary_similar": {
        "nl": "Geen significant verschil met {ref}: {n} gemeenten.",
        "en": "No significant difference from {ref}: {n} municipalities.",
        "de": "Kein signifikanter Unterschied zu {ref}: {n} Gemeinden.",
    },
    "summary_all_similar": {
        "nl": "Geen enkele gemeente verschilt significant van {ref}.",
        "en": "No municipality differs significantly from {ref}.",
        "de": "Keine Gemeinde unterscheidet sich signifikant von {ref}.",
    },
    "summary_missing": {"nl": "Geen gegevens: {names}.", "en": "No data: {names}.", "de": "Keine Daten: {names}."},
    "selected_vs_ref": {
        "nl": "{name}: {value} (95%-interval {interval}), {status}.",
        "en": "{name}: {value} (95% interval {interval}), {status}.",
        "de": "{name}: {value} (95%-Intervall {interval}), {status}.",
    },
    "change_title": {
        "nl": "Verandering {start}–{end}",
        "en": "Change {start}–{end}",
        "de": "Veränderung {start}–{end}",
    },
    "change_intro": {
        "nl": "Per gemeente de waarde in {start} (open rondje) en {end} (ruit).",
        "en": "For each municipality the value in {start} (open circle) and {end} (diamond).",
        "de": "Je Gemeinde der Wert in {start} (offener Kreis) und {end} (Raute).",
    },
    "change_not_comparable": {
        "nl": "Voor deze indicator zijn geen vergelijkbare jaren in de bron, dus geen verandering.",
        "en": "The source has no comparable years for this indicator, so no change is shown.",
        "de": "Die Quelle hat für diesen Indikator keine vergleichbaren Jahre, daher keine Veränderung.",
    },
    "change_how": {
        "nl": (
            "'Duidelijk' betekent dat de 95%-intervallen van beide jaren elkaar niet overlappen; dat is een strenge "
            "toets: ook bij overlap kan er iets veranderd zijn."
        ),
        "en": (
            "'Clearly' means the 95% intervals of the two years do not overlap; that is a strict test: something may "
            "have changed even where they overlap."
        ),
        "de": (
            "'Deutlich' heißt, dass sich die 95%-Intervalle der beiden Jahre nicht überlappen; das ist ein strenger "
            "Test: Auch bei Überlappung kann sich etwas verändert haben."
        ),
    },
    "change_no_intervals": {
        "nl": "Zonder intervallen in de bron wordt niet beoordeeld of een verschil meer is dan toeval.",
        "en": "The source has no intervals, so no verdict is given on whether a difference exceeds chance.",
        "de": "Die Quelle hat keine Intervalle, daher wird nicht beurteilt, ob ein Unterschied mehr als Zufall ist.",
    },
    "caveats": {"nl": "Let op bij het lezen", "en": "Read with care", "de": "Beim Lesen beachten"},
    "caveat_survey_interval": {
        "nl": (
            "Gemeentecijfers van de Gezondheidsmonitor zijn schattingen uit een steekproef; vergelijk ze met hun "
            "95%-intervallen."
        ),
        "en": "Municipal figures of the health monitor are survey estimates; compare them with their 95% intervals.",
        "de": (
            "Gemeindezahlen des Gesundheitsmonitors sind Schätzungen aus einer Stichprobe; vergleichen Sie sie mit "
            "ihren 95%-Intervallen."
        ),
    },
    "caveat_covid": {
        "nl": (
            "Het veldwerk van 2020 liep van september tot december 2020, tijdens de coronapandemie. Dat kan de "
            "antwoorden hebben beïnvloed (bijv. bewegen, sport, mantelzorg)."
        ),
        "en": (
            "The 2020 fieldwork ran from September to December 2020, during the COVID-19 pandemic. That may have "
            "affected answers (e.g. exercise, sport, informal care)."
        ),
        "de": (
            "Die Feldarbeit 2020 lief von September bis Dezember 2020, während der Corona-Pandemie. Das kann die "
            "Antworten beeinflusst haben (z. B. Bewegung, Sport, informelle Pflege)."
        ),
    },
    "caveat_age_definition": {
        "nl": (
            "De leeftijdsgrens verschilt: 2016 telt volwassenen vanaf 19 jaar (19+, 19-64), 2020 vanaf 18 jaar (18+, "
            "18-64). De groep 65+ is in beide jaren gelijk."
        ),
        "en": (
            "The age limit differs: 2016 counts adults from 19 (19+, 19-64), 2020 from 18 (18+, 18-64). The 65+ group "
            "is the same in both years."
        ),
        "de": (
            "Die Altersgrenze unterscheidet sich: 2016 zählen Erwachsene ab 19 Jahren (19+, 19-64), 2020 ab 18 Jahren "
            "(18+, 18-64). Die Gruppe 65+ ist in beiden Jahren gleich."
        ),
    },
    # health page
    "health_title": {"nl": "Gezondheid in Twente", "en": "Health in Twente", "de": "Gesundheit in Twente"},
    "health_intro": {
        "nl": (
            "Cijfers uit de Gezondheidsmonitor Volwassenen en Ouderen van de GGD'en, CBS en RIVM (2016 en 2020), per "
            "gemeente, met de regio GGD Twente en Nederland als referentie."
        ),
        "en": (
            "Figures from the Adults and Elderly Health Monitor of the Municipal Public Health Services (GGDs), "
            "Statistics Netherlands (CBS) and RIVM (2016 and 2020), per "
            "municipality, with the GGD Twente region and the Netherlands as reference."
        ),
        "de": (
            "Zahlen aus dem Gesundheitsmonitor für Erwachsene und Ältere der kommunalen Gesundheitsdienste (GGD), "
            "des niederländischen Statistikamts (CBS) und des RIVM (2016 und 2020), je Gemeinde, mit der Region "
            "GGD Twente und den Niederlanden als Referenz."
        ),
    },
    "ggd_about_title": {"nl": "Over GGD Twente", "en": "About GGD Twente", "de": "Über GGD Twente"},
    "ggd_about": {
        "nl": (
            "GGD Twente is de gemeentelijke gezondheidsdienst van de 14 Twentse gemeenten, die samenwerken als "
            "SamenTwente (voorheen Regio Twente). De GGD bewaakt en bevordert de gezondheid van alle inwoners: "
            "jeugdgezondheidszorg voor kinderen en jongeren, vaccinaties (ook voor reizigers), bestrijding van "
            "infectieziekten en het volgen van de gezondheid van de bevolking. Voor dat laatste houdt de GGD samen met"
            " CBS en RIVM de Gezondheidsmonitor: een grote vragenlijst waarvan de uitkomsten hier per gemeente staan. "
            "Gemeenten gebruiken die cijfers voor hun gezondheidsbeleid."
        ),
        "en": (
            "GGD Twente is the public health service of the 14 Twente municipalities, which work together as "
            "SamenTwente (formerly Regio Twente). It watches over and promotes the health of all residents: youth "
            "health care for children and young people, vaccinations (including for travellers), infectious disease "
            "control and monitoring the population's health. For the latter the GGD runs, with CBS and RIVM, the "
            "Health Monitor: a large survey whose results are shown here per municipality. Municipalities use these "
            "figures for their health policy."
        ),
        "de": (
            "GGD Twente ist der kommunale Gesundheitsdienst der 14 Gemeinden in Twente, die als SamenTwente (früher "
            "Regio Twente) zusammenarbeiten. Er überwacht und fördert die Gesundheit aller Einwohner: "
            "Gesundheitsvorsorge für Kinder und Jugendliche, Impfungen (auch für Reisende), Bekämpfung von "
            "Infektionskrankheiten und Beobachtung der Gesundheit der Bevölkerung. Dafür führt die GGD zusammen mit "
            "CBS und RIVM den Gesundheitsmonitor durch: eine große Befragung, deren Ergebnisse hier je Gemeinde "
            "stehen. Die Gemeinden nutzen diese Zahlen für ihre Gesundheitspolitik."
        ),
    },
    # living environment page
    "living_title": {
        "nl": "Leefomgeving in Twente",
        "en": "Living environment in Twente",
        "de": "Lebensumfeld in Twente",
    },
    "living_intro": {
        "nl": (
            "Werk, inkomen en recreatie: de arbeidsmarkt (CBS, Enquête Beroepsbevolking 2019 en 2022), het inkomen van"
            " huishoudens (CBS, 2023) en de recreatieparken en natuurgebieden."
        ),
        "en": (
            "Work, income and recreation: the labour market (CBS Labour Force Survey 2019 and 2022), household income "
            "(CBS, 2023) and the recreation parks and nature areas."
        ),
        "de": (
            "Arbeit, Einkommen und Erholung: der Arbeitsmarkt (CBS, Arbeitskräfteerhebung 2019 und 2022), das "
            "Einkommen der Haushalte (CBS, 2023) sowie die Erholungsgebiete und Naturgebiete."
        ),
    },
    "living_work_income": {"nl": "Werk en inkomen", "en": "Work and income", "de": "Arbeit und Einkommen"},
    "living_recreation": {"nl": "Recreatie en natuur", "en": "Recreation and nature", "de": "Erholung und Natur"},
    "recreation_intro": {
        "nl": (
            "Recreatieschap Twente, een gemeenschappelijke regeling van de 14 gemeenten, beheert Het Hulsbeek, Het "
            "Rutbeek en Het Lageveld, en ook fietspaden en recreatieve routes in de regio. Arboretum Poort Bulten is "
            "overgedragen aan Natuurmonumenten."
        ),
        "en": (
            "Recreatieschap Twente, a joint body of the 14 municipalities, runs Het Hulsbeek, Het Rutbeek and Het "
            "Lageveld, as well as cycle paths and recreational routes in the region. Arboretum Poort Bulten has been "
            "handed over to Natuurmonumenten."
        ),
        "de": (
            "Recreatieschap Twente, ein Zweckverband der 14 Gemeinden, betreibt Het Hulsbeek, Het Rutbeek und Het "
            "Lageveld sowie Radwege und Freizeitrouten in der Region. Arboretum Poort Bulten wurde an Natuurmonumenten "
            "übergeben."
        ),
    },
    "recreation_facts": {
        "nl": "Recreatieschap Twente in cijfers",
        "en": "Recreatieschap Twente in figures",
        "de": "Recreatieschap Twente in Zahlen",
    },
    "recreation_map": {
        "nl": "Parken en Natura 2000-gebieden",
        "en": "Parks and Natura 2000 areas",
        "de": "Parks und Natura-2000-Gebiete",
    },
    "parks_table": {
        "nl": "De vier recreatieparken",
        "en": "The four recreation parks",
        "de": "Die vier Erholungsgebiete",
    },
    "col_park": {"nl": "park", "en": "park", "de": "Park"},
    "col_operator": {"nl": "beheerder", "en": "operator", "de": "Betreiber"},
    "col_offers": {"nl": "wat is er", "en": "what it offers", "de": "Angebot"},
    "col_area_ha": {"nl": "oppervlakte (ha)", "en": "area (ha)", "de": "Fläche (ha)"},
    "col_qualifier": {"nl": "aanduiding", "en": "qualifier", "de": "Angabe"},
    "col_area_twente_ha": {
        "nl": "waarvan in Twente (ha)",
        "en": "of which in Twente (ha)",
        "de": "davon in Twente (ha)",
    },
    "col_location": {"nl": "locatie", "en": "location", "de": "Lage"},
    "loc_sourced": {"nl": "uit bron", "en": "sourced", "de": "aus Quelle"},
    "loc_approximate": {"nl": "bij benadering", "en": "approximate", "de": "ungefähr"},
    "to_finder": {
        "nl": "Zoek het park of natuurgebied het dichtst bij u",
        "en": "Find the park or nature area nearest to you",
        "de": "Den nächstgelegenen Park oder das nächste Naturgebiet finden",
    },
    "undated": {"nl": "pagina zonder datum", "en": "undated page", "de": "Seite ohne Datum"},
    "qualifier_about": {"nl": "ca.", "en": "about", "de": "ca."},
    "qualifier_more_than": {"nl": "meer dan", "en": "more than", "de": "mehr als"},
    "directive_hr": {"nl": "Habitatrichtlijn", "en": "Habitats Directive", "de": "FFH-Richtlinie"},
    "directive_vr": {"nl": "Vogelrichtlijn", "en": "Birds Directive", "de": "Vogelschutzrichtlinie"},
    "directive_vr_hr": {
        "nl": "Vogel- en Habitatrichtlijn",
        "en": "Birds and Habitats Directives",
        "de": "Vogelschutz- und FFH-Richtlinie",
    },
    "recreation_map_hint": {
        "nl": (
            "Tik op een park voor wat er is en wie het beheert; beweeg over een groen gebied voor naam en oppervlakte."
            " Een stippelrand betekent: locatie bij benadering."
        ),
        "en": (
            "Tap a park for what it offers and who runs it; hover over a green area for its name and size. A dashed "
            "marker means: approximate location."
        ),
        "de": (
            "Tippen Sie auf einen Park für Angebot und Betreiber; Maus über eine grüne Fläche für Name und Größe. Ein "
            "gestrichelter Rand bedeutet: ungefähre Lage."
        ),
    },
    "parks_sources": {
        "nl": "Parken: Recreatieschap Twente, Natuurmonumenten; zwemlocaties zwemwater.nl.",
        "en": "Parks: Recreatieschap Twente, Natuurmonumenten; bathing sites zwemwater.nl.",
        "de": "Parks: Recreatieschap Twente, Natuurmonumenten; Badestellen zwemwater.nl.",
    },
    "layer_nature": {"nl": "Natura 2000-gebieden", "en": "Natura 2000 areas", "de": "Natura-2000-Gebiete"},
    "nature_sources": {
        "nl": "Natura 2000-begrenzing: RVO via PDOK (CC BY 4.0).",
        "en": "Natura 2000 boundaries: RVO via PDOK (CC BY 4.0).",
        "de": "Natura-2000-Grenzen: RVO über PDOK (CC BY 4.0).",
    },
    # sources page
    "sources_intro": {
        "nl": (
            "Alle cijfers komen uit openbare bronnen. Niets is geschat of aangevuld: ontbreekt een waarde, dan staat "
            "er 'geen gegevens'."
        ),
        "en": (
            "All figures come from public sources. Nothing is estimated or filled in: a missing value is shown as 'no "
            "data'."
        ),
        "de": (
            "Alle Zahlen stammen aus öffentlichen Quellen. Nichts ist geschätzt oder ergänzt: Fehlt ein Wert, steht "
            "dort 'keine Daten'."
        ),
    },
    "catalogue": {"nl": "Indicatorcatalogus", "en": "Indicator catalogue", "de": "Indikatorenkatalog"},
    "licences": {"nl": "Licenties", "en": "Licences", "de": "Lizenzen"},
    # reference areas (twente.registry; municipalities keep their own names)
    "area_TWENTE": {"nl": "Twente", "en": "Twente", "de": "Twente"},
    "area_GGD_TWENTE": {"nl": "GGD Twente (regio)", "en": "GGD Twente (region)", "de": "GGD Twente (Region)"},
    "area_PV23": {"nl": "Overijssel", "en": "Overijssel", "de": "Overijssel"},
    "area_NL01": {"nl": "Nederland", "en": "the Netherlands", "de": "Niederlande"},
    # language switch: each language's name in itself
    "language_name": {"nl": "Nederlands", "en": "English", "de": "Deutsch"},
    # shown once per page when data texts are in another language than the page (German: Dutch)
    "data_text_note": {
        "nl": "Namen van indicatoren, eenheden en toelichtingen komen uit de bronnen en staan in het Nederlands.",
        "en": "Indicator names, units and notes come from the sources and are shown in Dutch.",
        "de": (
            "Namen der Indikatoren, Einheiten und Anmerkungen stammen aus niederländischen Quellen und werden auf "
            "Niederländisch angezeigt."
        ),
    },
    # sources of figures (source lines and captions)
    "source_line": {
        "nl": "Bron: {publisher}, tabel {table} · {licence}",
        "en": "Source: {publisher}, table {table} · {licence}",
        "de": "Quelle: {publisher}, Tabelle {table} · {licence}",
    },
    "source_cbs": {"nl": "Bron: CBS (CC BY 4.0)", "en": "Source: CBS (CC BY 4.0)", "de": "Quelle: CBS (CC BY 4.0)"},
    "empty_is_no_data": {"nl": "leeg = geen gegevens", "en": "empty = no data", "de": "leer = keine Daten"},
    # maps
    "basemap_brt": {
        "nl": "PDOK BRT (grijs)",
        "en": "PDOK BRT (grey)",
        "de": "PDOK BRT (grau)",
    },
    "basemap_brt-kleur": {
        "nl": "PDOK BRT (kleur)",
        "en": "PDOK BRT (colour)",
        "de": "PDOK BRT (farbig)",
    },
    "basemap_osm": {"nl": "OpenStreetMap", "en": "OpenStreetMap", "de": "OpenStreetMap"},
    "basemap_none": {
        "nl": "Geen (werkt offline)",
        "en": "None (works offline)",
        "de": "Keine (funktioniert offline)",
    },
    "map_attribution": {
        "nl": "Grenzen: CBS/Kadaster via PDOK (CC BY 4.0) · Cijfers: CBS (CC BY 4.0)",
        "en": "Boundaries: CBS/Kadaster via PDOK (CC BY 4.0) · Figures: CBS (CC BY 4.0)",
        "de": "Grenzen: CBS/Kadaster über PDOK (CC BY 4.0) · Zahlen: CBS (CC BY 4.0)",
    },
    "layer_labels": {"nl": "Namen", "en": "Names", "de": "Namen"},
    # key figures, recreation figures and the population tables
    "rank_scale": {"nl": "(1 = gunstigst)", "en": "(1 = most favourable)", "de": "(1 = am günstigsten)"},
    "million": {"nl": "mln", "en": "million", "de": "Mio."},
    "col_change": {"nl": "verschil", "en": "change", "de": "Veränderung"},
    "col_female_pct": {"nl": "aandeel vrouwen (%)", "en": "share of women (%)", "de": "Frauenanteil (%)"},
    # sources page: the licence table and the state of the data files
    "col_data": {"nl": "gegevens", "en": "data", "de": "Daten"},
    "col_licence": {"nl": "licentie", "en": "licence", "de": "Lizenz"},
    "col_credit": {"nl": "naamsvermelding", "en": "credit", "de": "Namensnennung"},
    "col_publisher": {"nl": "uitgever", "en": "publisher", "de": "Herausgeber"},
    "col_table": {"nl": "tabel", "en": "table", "de": "Tabelle"},
    "lic_cbs_statline": {
        "nl": "CBS StatLine (37259, 85984NED, 70072ned, 83674NED, 85012NED, Arbeidsdeelname)",
        "en": "CBS StatLine (37259, 85984NED, 70072ned, 83674NED, 85012NED, Arbeidsdeelname)",
        "de": "CBS StatLine (37259, 85984NED, 70072ned, 83674NED, 85012NED, Arbeidsdeelname)",
    },
    "lic_health_monitor": {
        "nl": "Gezondheidsmonitor Volwassenen en Ouderen 2016, 2020",
        "en": "Gezondheidsmonitor Volwassenen en Ouderen 2016, 2020",
        "de": "Gezondheidsmonitor Volwassenen en Ouderen 2016, 2020",
    },
    "lic_boundaries": {
        "nl": "CBS Gebiedsindelingen 2026 (gemeentegrenzen), via PDOK",
        "en": "CBS Gebiedsindelingen 2026 (municipal boundaries), via PDOK",
        "de": "CBS Gebiedsindelingen 2026 (Gemeindegrenzen), über PDOK",
    },
    "lic_natura2000": {
        "nl": "Natura 2000-gebieden, via PDOK; RCE linked data",
        "en": "Natura 2000 areas, via PDOK; RCE linked data",
        "de": "Natura-2000-Gebiete, über PDOK; RCE Linked Data",
    },
    "lic_natura2000_licence": {
        "nl": "geometrie publiek domein; attributen CC BY 4.0",
        "en": "geometry public domain; attributes CC BY 4.0",
        "de": "Geometrie gemeinfrei; Attribute CC BY 4.0",
    },
    "lic_recreatieschap": {
        "nl": "Recreatieschap Twente, 'wie zijn wij' (routelengte, bezoekers; zonder datum)",
        "en": "Recreatieschap Twente, 'wie zijn wij' (route length, visitors; undated)",
        "de": "Recreatieschap Twente, 'wie zijn wij' (Routenlänge, Besucher; ohne Datum)",
    },
    "lic_bathing": {
        "nl": "Zwemwaterlocaties",
        "en": "Zwemwaterlocaties (bathing sites)",
        "de": "Zwemwaterlocaties (Badestellen)",
    },
    "lic_geonames": {
        "nl": "GeoNames: plaatsnamen en postcodes",
        "en": "GeoNames gazetteer and postal codes",
        "de": "GeoNames: Ortsnamen und Postleitzahlen",
    },
    "lic_brt": {
        "nl": "PDOK BRT-Achtergrondkaart",
        "en": "PDOK BRT-Achtergrondkaart (basemap)",
        "de": "PDOK BRT-Achtergrondkaart (Hintergrundkarte)",
    },
    "lic_osm": {
        "nl": "OpenStreetMap (achtergrondkaart, optioneel)",
        "en": "OpenStreetMap (basemap, optional)",
        "de": "OpenStreetMap (Hintergrundkarte, optional)",
    },
    "lic_leaflet": {
        "nl": "Leaflet 1.9.4 (kaartbibliotheek, geleverd door deze app)",
        "en": "Leaflet 1.9.4 (map library, served by this app)",
        "de": "Leaflet 1.9.4 (Kartenbibliothek, von dieser App ausgeliefert)",
    },
    "lic_not_stated": {
        "nl": "niet vermeld door de bron",
        "en": "not stated by the source",
        "de": "von der Quelle nicht angegeben",
    },
    "all_files_ok": {
        "nl": "Alle gegevensbestanden zijn gelezen zonder problemen.",
        "en": "All data files were read without problems.",
        "de": "Alle Datendateien wurden ohne Probleme gelesen.",
    },
    # data-file problems: where in the file, and how bad
    "problem_row": {"nl": "rij {row}", "en": "row {row}", "de": "Zeile {row}"},
    "problem_column": {"nl": "kolom '{column}'", "en": "column '{column}'", "de": "Spalte '{column}'"},
    "data_file_notes": {
        "nl": "Opmerkingen bij de gegevensbestanden ({n})",
        "en": "Notes on the data files ({n})",
        "de": "Hinweise zu den Datendateien ({n})",
    },
    # data-file problems (see twente.problems): 'problem_' + the problem's kind
    "problem_missing_file": {"nl": "bestand ontbreekt", "en": "file is missing", "de": "Datei fehlt"},
    "problem_empty_file": {"nl": "bestand is leeg", "en": "file is empty", "de": "Datei ist leer"},
    "problem_no_rows": {
        "nl": "bestand heeft een kopregel maar geen gegevens",
        "en": "file has a header but no data rows",
        "de": "Datei hat eine Kopfzeile, aber keine Datenzeilen",
    },
    "problem_not_utf8": {
        "nl": "bestand is geen UTF-8; gelezen als Windows-1252 (Excel). Sla het op als 'CSV UTF-8'",
        "en": "file is not UTF-8; read as Windows-1252 (Excel). Save it as 'CSV UTF-8'",
        "de": "Datei ist kein UTF-8; als Windows-1252 (Excel) gelesen. Speichern Sie sie als 'CSV UTF-8'",
    },
    "problem_missing_columns": {
        "nl": "kolommen ontbreken: {missing}. Gevonden kolommen: {found}",
        "en": "missing columns: {missing}. Columns found: {found}",
        "de": "Spalten fehlen: {missing}. Gefundene Spalten: {found}",
    },
    "problem_field_count": {
        "nl": "rij heeft {got} velden, de kopregel {want}",
        "en": "row has {got} fields, the header has {want}",
        "de": "Zeile hat {got} Felder, die Kopfzeile {want}",
    },
    "problem_not_a_number": {
        "nl": "'{value}' is geen getal; rij overgeslagen",
        "en": "'{value}' is not a number; row skipped",
        "de": "'{value}' ist keine Zahl; Zeile übersprungen",
    },
    "problem_ambiguous_number": {
        "nl": "'{value}' is dubbelzinnig (decimaalteken of duizendtal?); rij overgeslagen",
        "en": "'{value}' is ambiguous (decimal mark or thousands separator?); row skipped",
        "de": "'{value}' ist mehrdeutig (Dezimalzeichen oder Tausendertrennzeichen?); Zeile übersprungen",
    },
    "problem_mixed_decimals": {
        "nl": "'{value}' gebruikt een ander decimaalteken dan de rest van het bestand; rij overgeslagen",
        "en": "'{value}' uses another decimal mark than the rest of the file; row skipped",
        "de": "'{value}' verwendet ein anderes Dezimalzeichen als der Rest der Datei; Zeile übersprungen",
    },
    "problem_not_a_year": {
        "nl": "'{value}' is geen jaartal; rij overgeslagen",
        "en": "'{value}' is not a year; row skipped",
        "de": "'{value}' ist keine Jahreszahl; Zeile übersprungen",
    },
    "problem_year_range": {
        "nl": "jaar {value} ligt buiten {low}-{high}; rij overgeslagen",
        "en": "year {value} is outside {low}-{high}; row skipped",
        "de": "Jahr {value} liegt außerhalb von {low}-{high}; Zeile übersprungen",
    },
    "problem_unknown_code": {
        "nl": "onbekende gemeente- of regiocode '{value}'; rij overgeslagen",
        "en": "unknown municipality or region code '{value}'; row skipped",
        "de": "unbekannter Gemeinde- oder Regionscode '{value}'; Zeile übersprungen",
    },
    "problem_bad_value": {
        "nl": "'{value}' is geen geldige waarde (verwacht: {allowed}); rij overgeslagen",
        "en": "'{value}' is not a valid value (expected: {allowed}); row skipped",
        "de": "'{value}' ist kein gültiger Wert (erwartet: {allowed}); Zeile übersprungen",
    },
    "problem_ignored_value": {
        "nl": "'{value}' is geen geldige waarde (verwacht: {allowed}); genegeerd",
        "en": "'{value}' is not a valid value (expected: {allowed}); ignored",
        "de": "'{value}' ist kein gültiger Wert (erwartet: {allowed}); ignoriert",
    },
    "problem_required_empty": {
        "nl": "verplicht veld is leeg; rij overgeslagen",
        "en": "required field is empty; row skipped",
        "de": "Pflichtfeld ist leer; Zeile übersprungen",
    },
    "problem_duplicate_same": {
        "nl": "dubbele rij (zelfde als rij {first}); één keer gebruikt",
        "en": "duplicate row (same as row {first}); used once",
        "de": "doppelte Zeile (gleich wie Zeile {first}); einmal verwendet",
    },
    "problem_duplicate_conflict": {
        "nl": (
            "dubbele sleutel {key} met een andere waarde dan rij {first}; beide weggelaten (getoond als 'geen "
            "gegevens')"
        ),
        "en": "duplicate key {key} with a different value than row {first}; both left out (shown as 'no data')",
        "de": (
            "doppelter Schlüssel {key} mit einem anderen Wert als Zeile {first}; beide weggelassen (angezeigt als "
            "'keine Daten')"
        ),
    },
    "problem_interval": {
        "nl": "95%-interval {low}-{high} bevat de waarde {value} niet; interval weggelaten",
        "en": "95% interval {low}-{high} does not contain the value {value}; interval left out",
        "de": "95%-Intervall {low}-{high} enthält den Wert {value} nicht; Intervall weggelassen",
    },
    "problem_not_in_catalogue": {
        "nl": "indicator '{value}' staat niet in de indicatorcatalogus (indicators.csv); rij overgeslagen",
        "en": "indicator '{value}' is not in the indicator catalogue (indicators.csv); row skipped",
        "de": "Indikator '{value}' steht nicht im Indikatorenkatalog (indicators.csv); Zeile übersprungen",
    },
    "problem_cross_file_conflict": {
        "nl": "{indicator} {code} {year}: {value} wijkt af van {other} in {other_file}; weggelaten",
        "en": "{indicator} {code} {year}: {value} differs from {other} in {other_file}; left out",
        "de": "{indicator} {code} {year}: {value} weicht ab von {other} in {other_file}; weggelassen",
    },
    "problem_bad_json": {
        "nl": "geen geldige JSON: {detail}",
        "en": "not valid JSON: {detail}",
        "de": "kein gültiges JSON: {detail}",
    },
    "problem_unclosed_quote": {
        "nl": 'het aanhalingsteken dat in deze rij (regel {line}) opent, wordt nooit gesloten: het bestand is halverwege een rij afgebroken of een " staat verkeerd; rij overgeslagen',
        "en": 'the quote that opens in this row (line {line}) is never closed: the file was cut off in the middle of a row or a " is misplaced; row skipped',
        "de": 'das Anführungszeichen, das in dieser Zeile (Zeile {line}) beginnt, wird nie geschlossen: die Datei wurde mitten in einer Zeile abgeschnitten oder ein " steht falsch; Zeile übersprungen',
    },
    "problem_bad_quote": {
        "nl": "aanhalingsteken op een verkeerde plaats (regel {line}); rij overgeslagen",
        "en": "quote character in the wrong place (line {line}); row skipped",
        "de": "Anführungszeichen an falscher Stelle (Zeile {line}); Zeile übersprungen",
    },
    "problem_out_of_range": {
        "nl": "'{value}' kan niet kloppen voor deze kolom (mogelijk: {range}); rij overgeslagen",
        "en": "'{value}' cannot be right for this column (possible: {range}); row skipped",
        "de": "'{value}' kann für diese Spalte nicht stimmen (möglich: {range}); Zeile übersprungen",
    },
    "problem_implausible_value": {
        "nl": "{indicator} = '{value}' kan niet kloppen (mogelijk: {range}); rij overgeslagen",
        "en": "{indicator} = '{value}' cannot be right (possible: {range}); row skipped",
        "de": "{indicator} = '{value}' kann nicht stimmen (möglich: {range}); Zeile übersprungen",
    },
    "problem_bad_format": {
        "nl": "'{value}' heeft niet de juiste vorm ({expected}); rij overgeslagen",
        "en": "'{value}' does not have the right form ({expected}); row skipped",
        "de": "'{value}' hat nicht die richtige Form ({expected}); Zeile übersprungen",
    },
    "problem_year_not_catalogued": {
        "nl": "jaar {value} van '{indicator}' staat niet in de indicatorcatalogus (jaren: {years}); rij overgeslagen",
        "en": "year {value} of '{indicator}' is not in the indicator catalogue (years: {years}); row skipped",
        "de": "Jahr {value} von '{indicator}' steht nicht im Indikatorkatalog (Jahre: {years}); Zeile übersprungen",
    },
    "problem_missing_rows": {
        "nl": "{indicator} {year}: geen rij voor {names}; getoond als 'geen gegevens'",
        "en": "{indicator} {year}: no row for {names}; shown as 'no data'",
        "de": "{indicator} {year}: keine Zeile für {names}; als 'keine Daten' gezeigt",
    },
    "problem_missing_years": {
        "nl": "{indicator}: geen enkele rij voor {years} (de catalogus noemt deze jaren)",
        "en": "{indicator}: no rows at all for {years} (the catalogue lists these years)",
        "de": "{indicator}: überhaupt keine Zeilen für {years} (der Katalog nennt diese Jahre)",
    },
    "problem_missing_municipalities": {
        "nl": "gemeenten ontbreken in het bestand: {names}",
        "en": "municipalities missing from the file: {names}",
        "de": "Gemeinden fehlen in der Datei: {names}",
    },
    "notice_heading": {
        "nl": "Door een probleem in de gegevens is dit onderdeel onvolledig:",
        "en": "A problem in the data makes this part incomplete:",
        "de": "Ein Problem in den Daten macht diesen Teil unvollständig:",
    },
    "cannot_draw": {
        "nl": "Dit onderdeel kan niet getoond worden:",
        "en": "This part cannot be shown:",
        "de": "Dieser Teil kann nicht gezeigt werden:",
    },
    "col_file": {
        "nl": "bestand",
        "en": "file",
        "de": "Datei",
    },
    "col_errors": {
        "nl": "fouten",
        "en": "errors",
        "de": "Fehler",
    },
    "col_warnings": {
        "nl": "waarschuwingen",
        "en": "warnings",
        "de": "Warnungen",
    },
    "col_read_by": {
        "nl": "gebruikt door",
        "en": "used by",
        "de": "verwendet von",
    },
    "problem_unreadable_geojson": {
        "nl": "GeoJSON kon niet worden gelezen: {detail}",
        "en": "GeoJSON could not be read: {detail}",
        "de": "GeoJSON konnte nicht gelesen werden: {detail}",
    },
    "problem_not_feature_collection": {
        "nl": "geen GeoJSON FeatureCollection",
        "en": "not a GeoJSON FeatureCollection",
        "de": "keine GeoJSON FeatureCollection",
    },
    "problem_bad_geometry": {
        "nl": "object {index} ('{value}'): {detail}",
        "en": "feature {index} ('{value}'): {detail}",
        "de": "Objekt {index} ('{value}'): {detail}",
    },
    "problem_reprojected": {
        "nl": "coördinaten zijn RD New (EPSG:28992), niet lengte/breedte (RFC 7946); omgerekend naar WGS84",
        "en": "coordinates are RD New (EPSG:28992), not lon/lat (RFC 7946); reprojected to WGS84",
        "de": "Koordinaten sind RD New (EPSG:28992), nicht Länge/Breite (RFC 7946); nach WGS84 umgerechnet",
    },
    "problem_unknown_crs": {
        "nl": "coördinaten zijn geen lengte/breedtegraden (RFC 7946) en geen RD New: {detail}",
        "en": "coordinates are not longitude/latitude (RFC 7946) nor RD New: {detail}",
        "de": "Koordinaten sind weder Längen-/Breitengrade (RFC 7946) noch RD New: {detail}",
    },
    "problem_swapped_axes": {
        "nl": "coördinaten staan als breedte/lengte in plaats van lengte/breedte (RFC 7946); omgedraaid",
        "en": "coordinates are lat/lon instead of lon/lat (RFC 7946); swapped",
        "de": "Koordinaten stehen als Breite/Länge statt Länge/Breite (RFC 7946); vertauscht",
    },
    "problem_missing_codes": {
        "nl": "gemeenten ontbreken: {value}",
        "en": "municipalities missing: {value}",
        "de": "Gemeinden fehlen: {value}",
    },
    "problem_duplicate_feature": {
        "nl": "code '{value}' komt meer dan eens voor; alleen de eerste gebruikt",
        "en": "code '{value}' occurs more than once; only the first is used",
        "de": "Code '{value}' kommt mehrfach vor; nur der erste wird verwendet",
    },
    "problem_bad_coordinate": {
        "nl": "coördinaat ({lat}, {lon}) ligt niet in of bij Twente; rij overgeslagen",
        "en": "coordinate ({lat}, {lon}) is not in or near Twente; row skipped",
        "de": "Koordinate ({lat}, {lon}) liegt nicht in oder bei Twente; Zeile übersprungen",
    },
    # ----------------------------------------------------------------- presenter mode, exports, copy, print (issue #12)
    "page_presentation": {"nl": "Presentatie", "en": "Presentation", "de": "Präsentation"},
    "presenter_prev": {"nl": "Vorige dia", "en": "Previous slide", "de": "Vorherige Folie"},
    "presenter_next": {"nl": "Volgende dia", "en": "Next slide", "de": "Nächste Folie"},
    "presenter_counter": {"nl": "{n} / {count}", "en": "{n} / {count}", "de": "{n} / {count}"},
    "presenter_no_slides": {
        "nl": "Het draaiboek (twente_data/storyboard.csv) heeft geen dia die getoond kan worden.",
        "en": "The storyboard (twente_data/storyboard.csv) has no slide that can be shown.",
        "de": "Das Storyboard (twente_data/storyboard.csv) enthält keine Folie, die gezeigt werden kann.",
    },
    "presenter_skipped": {
        "nl": "Niet getoond uit het draaiboek:",
        "en": "Not shown from the storyboard:",
        "de": "Aus dem Storyboard nicht gezeigt:",
    },
    "problem_slide_bad_number": {
        "nl": "'{value}' is geen dianummer (een geheel getal van 1 tot {max}); rij overgeslagen",
        "en": "'{value}' is not a slide number (a whole number from 1 to {max}); row skipped",
        "de": "'{value}' ist keine Foliennummer (eine ganze Zahl von 1 bis {max}); Zeile übersprungen",
    },
    "problem_slide_duplicate": {
        "nl": "dia {slide} staat al in rij {first}; deze rij overgeslagen",
        "en": "slide {slide} is already in row {first}; this row skipped",
        "de": "Folie {slide} steht bereits in Zeile {first}; diese Zeile übersprungen",
    },
    "problem_slide_missing_field": {
        "nl": "dia {slide}: leeg veld {fields}",
        "en": "slide {slide}: empty field {fields}",
        "de": "Folie {slide}: leeres Feld {fields}",
    },
    "problem_slide_bad_link": {
        "nl": "dia {slide}: '{value}' is geen link naar een weergave (begin met / , bijvoorbeeld /gezondheid?jaar=2020)",
        "en": "slide {slide}: '{value}' is not a link to a view (start with / , e.g. /gezondheid?jaar=2020)",
        "de": "Folie {slide}: '{value}' ist kein Link zu einer Ansicht (mit / beginnen, z. B. /gezondheid?jaar=2020)",
    },
    "problem_slide_unknown_page": {
        "nl": "dia {slide}: pagina '{value}' bestaat niet of heeft geen dia-weergave",
        "en": "slide {slide}: page '{value}' does not exist or has no slide view",
        "de": "Folie {slide}: Seite '{value}' gibt es nicht oder sie hat keine Folienansicht",
    },
    "problem_slide_unknown_param": {
        "nl": "dia {slide}: onbekende parameter {value}",
        "en": "slide {slide}: unknown parameter {value}",
        "de": "Folie {slide}: unbekannter Parameter {value}",
    },
    "problem_slide_unknown_indicator": {
        "nl": "dia {slide}: indicator '{value}' is onbekend, heeft geen gegevens of hoort niet op deze pagina",
        "en": "slide {slide}: indicator '{value}' is unknown, has no data or is not on this page",
        "de": "Folie {slide}: Indikator '{value}' ist unbekannt, hat keine Daten oder gehört nicht zu dieser Seite",
    },
    "problem_slide_bad_value": {
        "nl": "dia {slide}: {name}='{value}' bestaat niet voor deze weergave",
        "en": "slide {slide}: {name}='{value}' does not exist for this view",
        "de": "Folie {slide}: {name}='{value}' gibt es für diese Ansicht nicht",
    },
    "export_reference_date": {"nl": "Peildatum: {date}", "en": "Reference date: {date}", "de": "Stichtag: {date}"},
    "export_date_in_table": {"nl": "zie de tabel", "en": "see the table", "de": "siehe Tabelle"},
    "export_date_see_sources": {
        "nl": "verschilt per bron, zie de pagina Bronnen",
        "en": "differs per source, see the Sources page",
        "de": "je nach Quelle verschieden, siehe Seite Quellen",
    },
    "export_map_html": {
        "nl": "Kaart (HTML, werkt offline)",
        "en": "Map (HTML, works offline)",
        "de": "Karte (HTML, funktioniert offline)",
    },
    "export_svg": {"nl": "Grafiek (SVG)", "en": "Chart (SVG)", "de": "Diagramm (SVG)"},
    "export_png": {"nl": "Grafiek (PNG)", "en": "Chart (PNG)", "de": "Diagramm (PNG)"},
    "download_xlsx": {"nl": "Download XLSX (Excel)", "en": "Download XLSX (Excel)", "de": "XLSX herunterladen (Excel)"},
    "copy_view": {"nl": "Deze weergave delen", "en": "Share this view", "de": "Diese Ansicht teilen"},
    "copy_view_help": {
        "nl": "De link geeft precies deze weergave; kopieer hem met de knop rechts.",
        "en": "The link opens exactly this view; copy it with the button on the right.",
        "de": "Der Link öffnet genau diese Ansicht; kopieren Sie ihn mit der Schaltfläche rechts.",
    },
    # own data upload (issue #17): pages/eigen-gegevens.py, twente/upload.py, twente/ui/upload.py
    "page_upload": {"nl": "Eigen gegevens", "en": "Your own data", "de": "Eigene Daten"},
    "upload_title": {
        "nl": "Eigen gegevens op de kaart",
        "en": "Your own data on the map",
        "de": "Eigene Daten auf der Karte",
    },
    "upload_intro": {
        "nl": "Zet uw eigen spreadsheet (CSV of Excel, één rij per gemeente) op de kaart van Twente, naast de "
        "officiële cijfers. Het bestand blijft alleen in uw sessie: er wordt niets op de server bewaard.",
        "en": "Put your own spreadsheet (CSV or Excel, one row per municipality) on the map of Twente, next to the "
        "official figures. The file stays in your session only: nothing is kept on the server.",
        "de": "Stellen Sie Ihre eigene Tabelle (CSV oder Excel, eine Zeile pro Gemeinde) neben den amtlichen Zahlen auf der Karte von Twente dar. Die Datei bleibt nur in Ihrer Sitzung: Auf dem Server wird nichts gespeichert.",
    },
    "upload_file": {"nl": "Bestand (CSV of XLSX)", "en": "File (CSV or XLSX)", "de": "Datei (CSV oder XLSX)"},
    "upload_file_help": {
        "nl": "Komma of puntkomma, decimale punt of komma, UTF-8 of Windows-1252. Ten hoogste {mb} MB, "
        "{rows} rijen en {columns} kolommen.",
        "en": "Comma or semicolon, decimal point or comma, UTF-8 or Windows-1252. At most {mb} MB, "
        "{rows} rows and {columns} columns.",
        "de": "Komma oder Semikolon, Dezimalpunkt oder -komma, UTF-8 oder Windows-1252. Höchstens {mb} MB, {rows} Zeilen und {columns} Spalten.",
    },
    "upload_no_link": {
        "nl": "Een link kan een geüpload bestand niet terugbrengen, want er wordt niets bewaard. Download de "
        "instellingen en upload ze later samen met hetzelfde bestand om dezelfde weergave terug te krijgen.",
        "en": "A link cannot bring back an uploaded file, since nothing is stored. Download the settings and upload "
        "them later together with the same file to get the same view back.",
        "de": "Ein Link kann eine hochgeladene Datei nicht wiederherstellen, da nichts gespeichert wird. Laden Sie die Einstellungen herunter und laden Sie sie später zusammen mit derselben Datei hoch, um dieselbe Ansicht wiederherzustellen.",
    },
    "upload_waiting": {
        "nl": "Kies een bestand om te beginnen.",
        "en": "Choose a file to start.",
        "de": "Wählen Sie eine Datei aus, um zu beginnen.",
    },
    "upload_read_options": {"nl": "Leesopties", "en": "Reading options", "de": "Leseoptionen"},
    "upload_sheet": {"nl": "Werkblad", "en": "Sheet", "de": "Arbeitsblatt"},
    "upload_delimiter": {"nl": "Scheidingsteken", "en": "Delimiter", "de": "Trennzeichen"},
    "upload_decimal": {"nl": "Decimaalteken", "en": "Decimal mark", "de": "Dezimaltrennzeichen"},
    "upload_auto": {"nl": "automatisch", "en": "automatic", "de": "automatisch"},
    "upload_tab": {"nl": "tab", "en": "tab", "de": "Tabulator"},
    "upload_read_as": {
        "nl": "Gelezen als {kind}, kopregel op rij {row}, {n} gegevensrijen.",
        "en": "Read as {kind}, header on row {row}, {n} data rows.",
        "de": "Gelesen als {kind}, Kopfzeile in Zeile {row}, {n} Datenzeilen.",
    },
    "upload_area_column": {
        "nl": "Kolom met de gemeente of wijk (naam of CBS-code)",
        "en": "Municipality or district column (name or CBS code)",
        "de": "Spalte mit der Gemeinde oder dem Stadtteil (Name oder CBS-Code)",
    },
    "upload_value_columns": {"nl": "Kolom(men) met waarden", "en": "Value column(s)", "de": "Spalte(n) mit Werten"},
    "upload_shown": {"nl": "Op de kaart", "en": "On the map", "de": "Auf der Karte"},
    "upload_year_column": {
        "nl": "Kolom met het jaar (optioneel)",
        "en": "Year column (optional)",
        "de": "Spalte mit dem Jahr (optional)",
    },
    "upload_none": {"nl": "(geen)", "en": "(none)", "de": "(keine)"},
    "upload_year": {"nl": "Jaar", "en": "Year", "de": "Jahr"},
    "upload_period": {
        "nl": "Jaar of periode (optioneel)",
        "en": "Year or period (optional)",
        "de": "Jahr oder Zeitraum (optional)",
    },
    "upload_title_input": {"nl": "Titel (optioneel)", "en": "Title (optional)", "de": "Titel (optional)"},
    "upload_unit": {"nl": "Eenheid (optioneel)", "en": "Unit (optional)", "de": "Einheit (optional)"},
    "upload_direction": {"nl": "Betekenis van hoger", "en": "What higher means", "de": "Bedeutung eines höheren Werts"},
    "upload_dir_neutral": {"nl": "neutraal", "en": "neutral", "de": "neutral"},
    "upload_dir_higher_better": {"nl": "hoger is beter", "en": "higher is better", "de": "höher ist besser"},
    "upload_dir_higher_worse": {"nl": "hoger is slechter", "en": "higher is worse", "de": "höher ist schlechter"},
    "upload_report": {
        "nl": "Koppeling aan de gemeenten",
        "en": "Matching to the municipalities",
        "de": "Zuordnung zu den Gemeinden",
    },
    "upload_count_matched": {"nl": "Gekoppeld", "en": "Matched", "de": "Zugeordnet"},
    "upload_count_ambiguous": {"nl": "Dubbelzinnig", "en": "Ambiguous", "de": "Mehrdeutig"},
    "upload_count_outside": {"nl": "Buiten Twente", "en": "Outside Twente", "de": "Außerhalb von Twente"},
    "upload_count_unmatched": {"nl": "Niet herkend", "en": "Not recognised", "de": "Nicht erkannt"},
    "upload_count_missing": {
        "nl": "Gemeenten zonder waarde",
        "en": "Municipalities without a value",
        "de": "Gemeinden ohne Wert",
    },
    "upload_missing_list": {
        "nl": "Zonder waarde: {names}",
        "en": "Without a value: {names}",
        "de": "Ohne Wert: {names}",
    },
    "upload_rows": {
        "nl": "Alle rijen en hoe ze gekoppeld zijn",
        "en": "Every row and how it was matched",
        "de": "Alle Zeilen und ihre Zuordnung",
    },
    "upload_col_row": {"nl": "Rij", "en": "Row", "de": "Zeile"},
    "upload_col_text": {"nl": "In het bestand", "en": "In the file", "de": "In der Datei"},
    "upload_col_status": {"nl": "Koppeling", "en": "Match", "de": "Zuordnung"},
    "upload_col_note": {"nl": "Toelichting", "en": "Note", "de": "Erläuterung"},
    "upload_status_matched": {"nl": "gekoppeld", "en": "matched", "de": "zugeordnet"},
    "upload_status_ambiguous": {"nl": "dubbelzinnig", "en": "ambiguous", "de": "mehrdeutig"},
    "upload_status_outside": {"nl": "buiten Twente", "en": "outside Twente", "de": "außerhalb von Twente"},
    "upload_status_unmatched": {"nl": "niet herkend", "en": "not recognised", "de": "nicht erkannt"},
    "upload_status_empty": {"nl": "lege cel", "en": "empty cell", "de": "leere Zelle"},
    "upload_note_duplicate": {
        "nl": "meer dan één waarde voor deze gemeente",
        "en": "more than one value for this municipality",
        "de": "mehr als ein Wert für diese Gemeinde",
    },
    "upload_note_names": {"nl": "noemt {names}", "en": "names {names}", "de": "nennt {names}"},
    "upload_note_suggest": {"nl": "bedoelt u {names}?", "en": "did you mean {names}?", "de": "meinten Sie {names}?"},
    "upload_default_title": {
        "nl": "{column} (eigen gegevens)",
        "en": "{column} (your own data)",
        "de": "{column} (eigene Daten)",
    },
    "upload_source": {
        "nl": "Bron: geüpload bestand {file}",
        "en": "Source: uploaded file {file}",
        "de": "Quelle: hochgeladene Datei {file}",
    },
    "upload_compare": {
        "nl": "Vergelijken met een indicator van het dashboard",
        "en": "Compare with an indicator of the dashboard",
        "de": "Mit einem Indikator des Dashboards vergleichen",
    },
    "upload_compare_none": {"nl": "(niet vergelijken)", "en": "(no comparison)", "de": "(nicht vergleichen)"},
    "upload_correlation": {
        "nl": "Correlatie (Pearson) over {n} gemeenten: r = {r}. Samenhang is geen oorzaak.",
        "en": "Correlation (Pearson) over {n} municipalities: r = {r}. Association is not causation.",
        "de": "Korrelation (Pearson) über {n} Gemeinden: r = {r}. Zusammenhang ist keine Ursache.",
    },
    "upload_no_correlation": {
        "nl": "Te weinig gemeenten met beide waarden ({n}) voor een correlatie.",
        "en": "Too few municipalities with both values ({n}) for a correlation.",
        "de": "Zu wenige Gemeinden mit beiden Werten ({n}) für eine Korrelation.",
    },
    "upload_settings": {"nl": "Instellingen", "en": "Settings", "de": "Einstellungen"},
    "upload_settings_download": {
        "nl": "Instellingen downloaden (JSON)",
        "en": "Download settings (JSON)",
        "de": "Einstellungen herunterladen (JSON)",
    },
    "upload_settings_file": {
        "nl": "Instellingen terugzetten (JSON)",
        "en": "Restore settings (JSON)",
        "de": "Einstellungen wiederherstellen (JSON)",
    },
    "upload_settings_applied": {
        "nl": "Instellingen uit {file} toegepast.",
        "en": "Settings from {file} applied.",
        "de": "Einstellungen aus {file} übernommen.",
    },
    "upload_nothing_to_draw": {
        "nl": "Geen enkele Twentse gemeente heeft een waarde: er is niets om te tekenen.",
        "en": "No municipality of Twente has a value: there is nothing to draw.",
        "de": "Keine einzige Twenter Gemeinde hat einen Wert: Es gibt nichts darzustellen.",
    },
    "problem_upload_empty": {"nl": "het bestand is leeg", "en": "the file is empty", "de": "die Datei ist leer"},
    "problem_upload_too_large": {
        "nl": "het bestand is te groot ({size}; ten hoogste {limit})",
        "en": "the file is too large ({size}; at most {limit})",
        "de": "die Datei ist zu groß ({size}; höchstens {limit})",
    },
    "problem_upload_too_many_rows": {
        "nl": "meer dan {limit} rijen",
        "en": "more than {limit} rows",
        "de": "mehr als {limit} Zeilen",
    },
    "problem_upload_too_many_columns": {
        "nl": "{n} kolommen; ten hoogste {limit}",
        "en": "{n} columns; at most {limit}",
        "de": "{n} Spalten; höchstens {limit}",
    },
    "problem_upload_not_a_table": {
        "nl": "dit is geen CSV- of Excel-bestand (xlsx)",
        "en": "this is not a CSV or Excel (xlsx) file",
        "de": "dies ist keine CSV- oder Excel-Datei (xlsx)",
    },
    "problem_upload_old_excel": {
        "nl": "oud Excel-formaat (.xls): sla het op als .xlsx of .csv",
        "en": "old Excel format (.xls): save it as .xlsx or .csv",
        "de": "altes Excel-Format (.xls): Speichern Sie die Datei als .xlsx oder .csv",
    },
    "problem_upload_unreadable": {
        "nl": "niet te lezen ({detail})",
        "en": "cannot be read ({detail})",
        "de": "nicht lesbar ({detail})",
    },
    "problem_upload_no_rows": {
        "nl": "alleen een kopregel, geen gegevensrijen",
        "en": "only a header, no data rows",
        "de": "nur eine Kopfzeile, keine Datenzeilen",
    },
    "problem_upload_title_row_skipped": {
        "nl": "titelregel boven de kopregel overgeslagen",
        "en": "title row above the header skipped",
        "de": "Titelzeile oberhalb der Kopfzeile übersprungen",
    },
    "problem_upload_wider_than_header": {
        "nl": "{n} rij(en) hebben meer cellen dan de {columns} kolommen van de kopregel (vanaf hier); een decimale "
        "komma in een bestand met komma's als scheidingsteken? Kies het scheidingsteken bij de leesopties",
        "en": "{n} row(s) have more cells than the header's {columns} columns (from here on); a decimal comma in a "
        "comma-separated file? Choose the delimiter in the reading options",
        "de": "{n} Zeile(n) haben mehr Zellen als die {columns} Spalten der Kopfzeile (ab hier); ein Dezimalkomma in einer Datei mit Komma als Trennzeichen? Wählen Sie das Trennzeichen in den Leseoptionen",
    },
    "problem_upload_no_column": {
        "nl": "kolom '{column}' bestaat niet",
        "en": "there is no column '{column}'",
        "de": "Spalte '{column}' existiert nicht",
    },
    "problem_upload_no_value_column": {
        "nl": "kies een kolom met waarden",
        "en": "choose a value column",
        "de": "wählen Sie eine Spalte mit Werten",
    },
    "problem_upload_not_a_number": {
        "nl": "'{value}' is geen getal; deze gemeente krijgt hier geen waarde",
        "en": "'{value}' is not a number; this municipality gets no value here",
        "de": "'{value}' ist keine Zahl; diese Gemeinde erhält hier keinen Wert",
    },
    "problem_upload_ambiguous_number": {
        "nl": "'{value}' kan duizendtallen of decimalen zijn; kies het decimaalteken bij de leesopties",
        "en": "'{value}' could be thousands or decimals; choose the decimal mark in the reading options",
        "de": "'{value}' kann Tausender oder Dezimalstellen bedeuten; wählen Sie das Dezimaltrennzeichen in den Leseoptionen",
    },
    "problem_upload_mixed_decimals": {
        "nl": "'{value}' gebruikt een ander decimaalteken dan de rest van het bestand",
        "en": "'{value}' uses another decimal mark than the rest of the file",
        "de": "'{value}' verwendet ein anderes Dezimaltrennzeichen als der Rest der Datei",
    },
    "problem_upload_conflicting_duplicate": {
        "nl": "{name} staat op meer rijen met verschillende waarden (rijen {rows}): geen waarde gekozen",
        "en": "{name} is on more than one row with different values (rows {rows}): no value chosen",
        "de": "{name} steht in mehreren Zeilen mit unterschiedlichen Werten (Zeilen {rows}): kein Wert ausgewählt",
    },
    "problem_upload_same_duplicate": {
        "nl": "{name} staat op meer rijen (rijen {rows}) met dezelfde waarde",
        "en": "{name} is on more than one row (rows {rows}) with the same value",
        "de": "{name} steht in mehreren Zeilen (Zeilen {rows}) mit demselben Wert",
    },
    "problem_upload_ambiguous_rows": {
        "nl": "{n} rij(en) dubbelzinnig; zie de koppeling",
        "en": "{n} row(s) ambiguous; see the matching",
        "de": "{n} Zeile(n) mehrdeutig; siehe die Zuordnung",
    },
    "problem_upload_unmatched_rows": {
        "nl": "{n} rij(en) niet herkend als Twentse gemeente; zie de koppeling",
        "en": "{n} row(s) not recognised as a municipality of Twente; see the matching",
        "de": "{n} Zeile(n) nicht als Twenter Gemeinde erkannt; siehe die Zuordnung",
    },
    "problem_upload_header_has_numbers": {
        "nl": "deze rij is als kolomnamen gelezen, maar er staat een getal in ({value}); heeft het bestand geen"
        " kopregel, zet er dan een boven de gegevens (deze rij telt nu niet mee)",
        "en": "this row was read as the column names, but it holds a number ({value}); if the file has no header"
        " row, add one above the data (this row is not counted now)",
        "de": "diese Zeile wurde als Spaltennamen gelesen, enthält aber eine Zahl ({value}); hat die Datei keine"
        " Kopfzeile, fügen Sie eine über den Daten ein (diese Zeile zählt jetzt nicht mit)",
    },
    "problem_upload_nothing_unambiguous": {
        "nl": "elke gevonden rij is dubbelzinnig (een gebied op meer rijen met verschillende waarden, of twee in één cel);"
        " kies een jaarkolom of haal de dubbele rijen weg",
        "en": "every row found is ambiguous (an area on several rows with different values, or two in one cell);"
        " choose a year column or remove the duplicate rows",
        "de": "jede gefundene Zeile ist mehrdeutig (ein Gebiet in mehreren Zeilen mit unterschiedlichen Werten oder"
        " zwei in einer Zelle); wählen Sie eine Jahresspalte oder entfernen Sie die doppelten Zeilen",
    },
    "problem_upload_nothing_matched": {
        "nl": "geen enkele rij noemt een Twentse gemeente; kies een andere kolom",
        "en": "no row names a municipality of Twente; choose another column",
        "de": "keine einzige Zeile nennt eine Twenter Gemeinde; wählen Sie eine andere Spalte",
    },
    "problem_upload_bad_settings": {
        "nl": "geen geldig instellingenbestand ({detail})",
        "en": "not a valid settings file ({detail})",
        "de": "keine gültige Einstellungsdatei ({detail})",
    },
    "problem_upload_settings_column_missing": {
        "nl": "de instellingen noemen kolom '{column}', die dit bestand niet heeft",
        "en": "the settings name column '{column}', which this file does not have",
        "de": "die Einstellungen nennen die Spalte '{column}', die in dieser Datei nicht vorhanden ist",
    },
    # municipality profile (pages/gemeente.py) and wijken (districts)
    "page_municipality": {"nl": "Gemeenteprofiel", "en": "Municipality profile", "de": "Gemeindeprofil"},
    "profile_title": {
        "nl": "{name}: gemeenteprofiel",
        "en": "{name}: municipality profile",
        "de": "{name}: Gemeindeprofil",
    },
    "profile_prompt": {
        "nl": "Kies een gemeente om haar profiel te zien: kaart met wijken, kerncijfers en rangorde.",
        "en": "Choose a municipality to see its profile: map with districts, key figures and rank.",
        "de": "Wählen Sie eine Gemeinde, um ihr Profil zu sehen: Karte mit Stadtteilen, Kennzahlen und Rangfolge.",
    },
    "profile_unknown": {
        "nl": "'{value}' is geen van de 14 Twentse gemeenten.",
        "en": "'{value}' is not one of the 14 municipalities of Twente.",
        "de": "'{value}' ist keine der 14 Gemeinden in Twente.",
    },
    "profile_did_you_mean": {
        "nl": "Bedoelde u: {names}?",
        "en": "Did you mean: {names}?",
        "de": "Meinten Sie: {names}?",
    },
    "profile_previous": {
        "nl": "Vorige gemeente (alfabetisch)",
        "en": "Previous municipality (alphabetical)",
        "de": "Vorherige Gemeinde (alphabetisch)",
    },
    "profile_next": {
        "nl": "Volgende gemeente (alfabetisch)",
        "en": "Next municipality (alphabetical)",
        "de": "Nächste Gemeinde (alphabetisch)",
    },
    "profile_district_count": {
        "nl": "Wijken (indeling 2024)",
        "en": "Districts (2024 division)",
        "de": "Stadtteile (Einteilung 2024)",
    },
    "profile_land_area": {"nl": "Oppervlakte land", "en": "Land area", "de": "Landfläche"},
    "profile_districts": {
        "nl": "De wijken van {name}",
        "en": "The districts (wijken) of {name}",
        "de": "Die Stadtteile von {name}",
    },
    "profile_no_2023": {
        "nl": "{name} heeft zijn wijken in 2024 opnieuw ingedeeld. De CBS-cijfers van 2023 gaan over andere "
        "gebieden en worden daarom niet getoond; de wijkcijfers hieronder zijn van 2024.",
        "en": "{name} redrew its districts in 2024. CBS's 2023 figures describe other areas and are therefore "
        "not shown; the district figures below are for 2024.",
        "de": "In {name} wurden die Stadtteile 2024 neu eingeteilt. Die CBS-Zahlen von 2023 beziehen sich auf andere Gebiete und werden daher nicht angezeigt; die Stadtteilzahlen unten stammen aus 2024.",
    },
    "district": {"nl": "Wijk", "en": "District (wijk)", "de": "Stadtteil"},
    "district_source": {
        "nl": "Bron: CBS, Kerncijfers wijken en buurten {year} ({table}), CC BY 4.0. Grenzen: CBS / Kadaster via "
        "PDOK (wijken 2024, gemeenten 2026). n.b. = geheim of niet beschikbaar bij CBS (geen gegevens).",
        "en": "Source: Statistics Netherlands (CBS), Key figures districts and neighbourhoods {year} ({table}), "
        "CC BY 4.0. Boundaries: CBS / Kadaster via PDOK (districts 2024, municipalities 2026). n/a = "
        "secret or not available at CBS (no data).",
        "de": "Quelle: CBS, Kennzahlen Stadtteile und Nachbarschaften {year} ({table}), CC BY 4.0. Grenzen: CBS / Kadaster über PDOK (Stadtteile 2024, Gemeinden 2026). k. A. = geheim oder beim CBS nicht verfügbar (keine Daten).",
    },
    "profile_context": {"nl": "Buurgemeenten", "en": "Neighbouring municipalities", "de": "Nachbargemeinden"},
    "profile_map_hint": {
        "nl": "Dikke lijn: de gemeentegrens. Grijs: buurgemeenten. Groen gestippeld: Natura 2000-gebieden in of "
        "binnen 2 km van de gemeente; P: recreatieparken. Wijzen op een wijk toont de waarde.",
        "en": "Thick line: the municipal border. Grey: neighbouring municipalities. Dashed green: Natura 2000 areas "
        "in or within 2 km of the municipality; P: recreation parks. Point at a district to see its value.",
        "de": "Dicke Linie: die Gemeindegrenze. Grau: Nachbargemeinden. Grün gestrichelt: Natura-2000-Gebiete in der Gemeinde oder im Umkreis von 2 km; P: Erholungsgebiete. Zeigen Sie auf einen Stadtteil, um den Wert zu sehen.",
    },
    "circle_legend": {
        "nl": "Een aantal, geen aandeel: de oppervlakte van een cirkel staat voor het aantal.",
        "en": "A count, not a share: the area of a circle stands for the number.",
        "de": "Eine Anzahl, kein Anteil: Die Fläche eines Kreises steht für die Anzahl.",
    },
    "profile_similar": {
        "nl": "geen duidelijk verschil met {ref}",
        "en": "no clear difference from {ref}",
        "de": "kein deutlicher Unterschied zu {ref}",
    },
    "profile_higher": {"nl": "hoger dan {ref}", "en": "higher than {ref}", "de": "höher als {ref}"},
    "profile_lower": {"nl": "lager dan {ref}", "en": "lower than {ref}", "de": "niedriger als {ref}"},
    "profile_equal": {"nl": "gelijk aan {ref}", "en": "equal to {ref}", "de": "gleich {ref}"},
    "profile_share_of": {"nl": "{share}% van {ref}", "en": "{share}% of {ref}", "de": "{share}% von {ref}"},
    "profile_key_figures": {
        "nl": "Kerncijfers en rangorde",
        "en": "Key figures and rank",
        "de": "Kennzahlen und Rangfolge",
    },
    "profile_region": {"nl": "Twente (regio)", "en": "Twente (region)", "de": "Twente (Region)"},
    "profile_versus_region": {"nl": "t.o.v. Twente", "en": "compared with Twente", "de": "im Vergleich zu Twente"},
    "profile_versus_nl": {
        "nl": "t.o.v. Nederland",
        "en": "compared with the Netherlands",
        "de": "im Vergleich zu den Niederlanden",
    },
    "profile_rank_of": {"nl": "van (aantal)", "en": "of (count)", "de": "von (Anzahl)"},
    "profile_key_figures_help": {
        "nl": "Per indicator het laatste jaar met een waarde. Twente is de som van de 14 voor aantallen (dan het "
        "aandeel van Twente) en de GGD-regio voor enquêtecijfers. Positie 1 = hoogste waarde van de gemeenten met "
        "een waarde. Bij enquêtecijfers geldt het 95%-interval: geen rang waar het interval de regiowaarde bevat. "
        "De downloads hebben elke kolom apart, ook het domein.",
        "en": "Per indicator the latest year with a value. Twente is the sum of the 14 for counts (then the share "
        "of Twente) and the GGD region for survey figures. Rank 1 = the highest value of the municipalities with "
        "a value. Survey figures come with a 95% interval: no rank where the interval contains the region's "
        "value. The downloads have every column on its own, the domain too.",
        "de": "Je Indikator das letzte Jahr mit einem Wert. Twente ist bei Anzahlen die Summe der 14 Gemeinden "
        "(dann der Anteil an Twente) und bei Umfragewerten die GGD-Region. Rang 1 = höchster Wert der Gemeinden "
        "mit einem Wert. Für Umfragewerte gilt das 95%-Intervall: kein Rang, wenn das Intervall den Regionswert "
        "enthält. Die Downloads haben jede Spalte einzeln, auch das Thema.",
    },
    "profile_key_sources": {
        "nl": "Bronnen: CBS (bevolking, huishoudens, inkomen, arbeid), GGD'en/CBS/RIVM Gezondheidsmonitor; zie Bronnen.",
        "en": "Sources: CBS (population, households, income, labour), GGD/CBS/RIVM Health Monitor; see Sources.",
        "de": "Quellen: CBS (Bevölkerung, Haushalte, Einkommen, Arbeit), Gesundheitsmonitor der GGD/CBS/RIVM; siehe Quellen.",
    },
    "profile_trend": {"nl": "Inwoners op 1 januari", "en": "Inhabitants on 1 January", "de": "Einwohner am 1. Januar"},
    "profile_ages": {
        "nl": "Leeftijdsopbouw ({year}), % van de inwoners",
        "en": "Age structure ({year}), % of inhabitants",
        "de": "Altersstruktur ({year}), % der Einwohner",
    },
    "profile_share_pct": {"nl": "% van de inwoners", "en": "% of inhabitants", "de": "% der Einwohner"},
    "open_profile": {
        "nl": "Open het profiel van {name}",
        "en": "Open the profile of {name}",
        "de": "Profil von {name} öffnen",
    },
    "level": {"nl": "Kaart van", "en": "Map of", "de": "Karte der"},
    "level_gemeenten": {"nl": "gemeenten", "en": "municipalities", "de": "Gemeinden"},
    "level_wijken": {"nl": "wijken", "en": "districts (wijken)", "de": "Stadtteile"},
    "districts_2023_note": {
        "nl": "2023: 102 wijken. Dinkelland en Tubbergen hebben hun wijken in 2024 opnieuw ingedeeld; hun CBS-cijfers "
        "van 2023 gaan over andere gebieden en staan hier als 'geen gegevens'.",
        "en": "2023: 102 districts. Dinkelland and Tubbergen redrew their districts in 2024; their 2023 CBS figures "
        "describe other areas and are shown here as 'no data'.",
        "de": "2023: 102 Stadtteile. Dinkelland und Tubbergen haben ihre Stadtteile 2024 neu eingeteilt; ihre CBS-Zahlen von 2023 beziehen sich auf andere Gebiete und erscheinen hier als 'keine Daten'.",
    },
    # --- badgeo ---
    "problem_geojson_not_utf8": {
        "nl": "bestand is opgeslagen als UTF-16 ('Unicode'); GeoJSON moet UTF-8 zijn (RFC 7946)",
        "en": "file is saved as UTF-16 ('Unicode'); GeoJSON must be UTF-8 (RFC 7946)",
        "de": "Datei ist als UTF-16 ('Unicode') gespeichert; GeoJSON muss UTF-8 sein (RFC 7946)",
    },
    "problem_workbook_not_csv": {
        "nl": "dit is een Excel-werkmap (.{kind}), geen CSV; sla het op als 'CSV UTF-8 (door komma's gescheiden)'",
        "en": "this is an Excel workbook (.{kind}), not CSV; save it as 'CSV UTF-8 (Comma delimited)'",
        "de": "dies ist eine Excel-Arbeitsmappe (.{kind}), keine CSV; als 'CSV UTF-8 (durch Trennzeichen getrennt)' "
        "speichern",
    },
    "problem_not_text": {
        "nl": "bestand is geen tekst (bevat nul-bytes); is het een ander bestandstype?",
        "en": "file is not text (holds null bytes); is it another kind of file?",
        "de": "Datei ist kein Text (enthält Null-Bytes); ist es ein anderer Dateityp?",
    },
    "problem_utf16": {
        "nl": "bestand is UTF-16 ('Unicode-tekst' van Excel), niet UTF-8; als UTF-16 gelezen",
        "en": "file is UTF-16 (Excel's 'Unicode Text'), not UTF-8; read as UTF-16",
        "de": "Datei ist UTF-16 ('Unicode-Text' von Excel), nicht UTF-8; als UTF-16 gelesen",
    },
    "problem_repeated_header": {
        "nl": "de kopregel staat hier nog eens (twee bestanden samengevoegd?); overgeslagen",
        "en": "the header row appears again here (two files pasted together?); skipped",
        "de": "die Kopfzeile steht hier noch einmal (zwei Dateien zusammengefügt?); übersprungen",
    },
    "problem_scientific_notation": {
        "nl": "'{value}' is een getal in wetenschappelijke notatie (zoals Excel het toont als de kolom te smal is); "
        "de weggevallen cijfers zijn verloren: schrijf het volledige getal; rij overgeslagen",
        "en": "'{value}' is a number in scientific notation (as Excel shows it when the column is too narrow); "
        "the dropped digits are lost: write the full number; row skipped",
        "de": "'{value}' ist eine Zahl in wissenschaftlicher Notation (so zeigt Excel sie bei zu schmaler Spalte); "
        "die weggefallenen Ziffern sind verloren: die volle Zahl schreiben; Zeile übersprungen",
    },
    "problem_no_features": {
        "nl": 'bestand bevat geen objecten ("features" is leeg)',
        "en": 'file holds no features ("features" is empty)',
        "de": 'Datei enthält keine Objekte ("features" ist leer)',
    },
    "problem_feature_no_properties": {
        "nl": 'object {index} heeft geen eigenschappen ("properties"); weggelaten',
        "en": "feature {index} has no properties; left out",
        "de": 'Objekt {index} hat keine Eigenschaften ("properties"); weggelassen',
    },
    "problem_feature_no_geometry": {
        "nl": "object {index} ('{value}') heeft geen geometrie; weggelaten",
        "en": "feature {index} ('{value}') has no geometry; left out",
        "de": "Objekt {index} ('{value}') hat keine Geometrie; weggelassen",
    },
    "problem_feature_property_missing": {
        "nl": "object {index} ('{value}'): eigenschap '{property}' ontbreekt of is leeg; weggelaten",
        "en": "feature {index} ('{value}'): property '{property}' is missing or empty; left out",
        "de": "Objekt {index} ('{value}'): Eigenschaft '{property}' fehlt oder ist leer; weggelassen",
    },
    "problem_feature_not_text": {
        "nl": "object {index} ('{value}'): eigenschap '{property}' is {found}, geen tekst; weggelaten",
        "en": "feature {index} ('{value}'): property '{property}' is {found}, not text; left out",
        "de": "Objekt {index} ('{value}'): Eigenschaft '{property}' ist {found}, kein Text; weggelassen",
    },
    "problem_feature_not_number": {
        "nl": "object {index} ('{value}'): eigenschap '{property}' is {found}, geen getal; weggelaten",
        "en": "feature {index} ('{value}'): property '{property}' is {found}, not a number; left out",
        "de": "Objekt {index} ('{value}'): Eigenschaft '{property}' ist {found}, keine Zahl; weggelassen",
    },
    "problem_feature_bad_format": {
        "nl": "object {index} ('{value}'): eigenschap '{property}' heeft een onjuiste vorm ('{found}'); weggelaten",
        "en": "feature {index} ('{value}'): property '{property}' has the wrong form ('{found}'); left out",
        "de": "Objekt {index} ('{value}'): Eigenschaft '{property}' hat die falsche Form ('{found}'); weggelassen",
    },
    "problem_neighbour_in_twente": {
        "nl": "'{value}' is een Twentse gemeente, geen buurgemeente; weggelaten",
        "en": "'{value}' is a Twente municipality, not a neighbour; left out",
        "de": "'{value}' ist eine Twenter Gemeinde, keine Nachbargemeinde; weggelassen",
    },
    # --- words ---
    "credit_health_monitor": {
        "nl": "GGD'en, CBS en RIVM",
        "en": "Municipal Public Health Services (GGD GHOR Nederland), Statistics Netherlands (CBS) and RIVM",
        "de": "Kommunale Gesundheitsdienste (GGD GHOR Nederland), Statistikamt der Niederlande (CBS) und RIVM",
    },
    # --- maps ---
    "map_credit_short": {"nl": "Kaart: © {owners}", "en": "Map: © {owners}", "de": "Karte: © {owners}"},
    "no_data_mark": {"nl": "n.b.", "en": "n/a", "de": "k. A."},
    "circle_sign": {
        "nl": "Blauw: meer dan nul; oranje: minder dan nul (bijvoorbeeld een vertrekoverschot).",
        "en": "Blue: above zero; orange: below zero (for example more people leaving than arriving).",
        "de": "Blau: über null; orange: unter null (zum Beispiel mehr Weg- als Zuzüge).",
    },
    "circle_zero": {"nl": "0 (lege ring)", "en": "0 (empty ring)", "de": "0 (leerer Ring)"},
    # --- a11y ---
    "caveats_more": {"nl": "en nog {n}", "en": "and {n} more", "de": "und {n} weitere"},
    "map_table_note": {
        "nl": "Dezelfde cijfers staan in de tabel onder de kaart.",
        "en": "The same figures are in the table below the map.",
        "de": "Dieselben Zahlen stehen in der Tabelle unter der Karte.",
    },
    # --- upload ---
    "upload_level": {"nl": "De kolom noemt", "en": "The column names", "de": "Die Spalte nennt"},
    "upload_level_municipality": {"nl": "gemeenten", "en": "municipalities", "de": "Gemeinden"},
    "upload_level_district": {"nl": "wijken (CBS)", "en": "districts (CBS wijken)", "de": "Stadtteile (CBS-Wijken)"},
    "upload_district_municipality": {
        "nl": "Wijken van gemeente",
        "en": "Districts of municipality",
        "de": "Stadtteile der Gemeinde",
    },
    "upload_district_municipality_help": {
        "nl": "Wijknamen komen in meer gemeenten voor (Binnenstad: Almelo, Hengelo, Oldenzaal); "
        "CBS-wijkcodes (WK015300) zijn overal eenduidig.",
        "en": "District names occur in more than one municipality (Binnenstad: Almelo, Hengelo, Oldenzaal); "
        "CBS district codes (WK015300) are unique everywhere.",
        "de": "Stadtteilnamen kommen in mehreren Gemeinden vor (Binnenstad: Almelo, Hengelo, Oldenzaal); "
        "CBS-Codes (WK015300) sind überall eindeutig.",
    },
    "upload_report_district": {
        "nl": "Koppeling aan de wijken",
        "en": "Matching to the districts",
        "de": "Zuordnung zu den Stadtteilen",
    },
    "upload_ranking_district": {
        "nl": "De wijken vergeleken",
        "en": "The districts compared",
        "de": "Die Stadtteile im Vergleich",
    },
    "upload_all_twente": {"nl": "heel Twente", "en": "all of Twente", "de": "ganz Twente"},
    "upload_count_outside_district": {
        "nl": "Buiten het gebied",
        "en": "Outside the area",
        "de": "Außerhalb des Gebiets",
    },
    "upload_status_outside_district": {
        "nl": "buiten het gebied",
        "en": "outside the area",
        "de": "außerhalb des Gebiets",
    },
    "upload_count_missing_district": {
        "nl": "Wijken zonder waarde",
        "en": "Districts without a value",
        "de": "Stadtteile ohne Wert",
    },
    "upload_note_where": {"nl": "is: {names}", "en": "is: {names}", "de": "ist: {names}"},
    "problem_upload_nothing_matched_district": {
        "nl": "geen enkele rij noemt een wijk van het gekozen gebied; kies een andere kolom of gemeente",
        "en": "no row names a district of the chosen area; choose another column or municipality",
        "de": "keine einzige Zeile nennt einen Stadtteil des gewählten Gebiets; wählen Sie eine andere Spalte "
        "oder Gemeinde",
    },
    "problem_upload_no_districts": {
        "nl": "de wijkgrenzen konden niet gelezen worden; alleen gemeenten kunnen gekoppeld worden",
        "en": "the district boundaries could not be read; only municipalities can be matched",
        "de": "die Stadtteilgrenzen konnten nicht gelesen werden; nur Gemeinden können zugeordnet werden",
    },
    # --- exports ---
    "export_source_in_table": {
        "nl": "bron en licentie per rij in de tabel",
        "en": "source and licence per row in the table",
        "de": "Quelle und Lizenz je Zeile in der Tabelle",
    },
    "presenter_slides": {"nl": "Dia's", "en": "Slides", "de": "Folien"},
    "presenter_data_note": {
        "nl": "Namen en eenheden: Nederlands, uit de bronnen.",
        "en": "Names and units: Dutch, from the sources.",
        "de": "Namen und Einheiten: niederländisch, aus den Quellen.",
    },
    "export_licence_not_stated": {
        "nl": "licentie: niet vermeld door de bron",
        "en": "licence: not stated by the source",
        "de": "Lizenz: von der Quelle nicht angegeben",
    },
    # --- present ---
    "upload_figures": {"nl": "Soort cijfers", "en": "Kind of figures", "de": "Art der Zahlen"},
    "upload_figures_count": {
        "nl": "Aantallen (cirkels)",
        "en": "Counts (circles)",
        "de": "Anzahlen (Kreise)",
    },
    "upload_figures_rate": {
        "nl": "Aandeel, gemiddelde of score (kleuren)",
        "en": "Share, average or score (colours)",
        "de": "Anteil, Durchschnitt oder Wert (Farben)",
    },
    "upload_figures_help": {
        "nl": "Zoals op de andere kaarten: een aantal (inwoners, woningen, verenigingen) wordt een cirkel per gebied, "
        "een aandeel, gemiddelde of score een kleur per gebied. De pagina raadt dit uit de kolomnaam, de "
        "eenheid en de getallen (hele getallen: aantallen); kies zelf als de gok niet klopt.",
        "en": "As on the other maps: a count (inhabitants, dwellings, associations) becomes a circle per area, a share, "
        "average or score a colour per area. The page guesses from the column name, the unit and the numbers "
        "(whole numbers: counts); choose yourself if the guess is wrong.",
        "de": "Wie auf den anderen Karten: Eine Anzahl (Vereine, Einwohner, Wohnungen) wird ein Kreis je "
        "Gebiet, ein Anteil, Durchschnitt oder Wert eine Farbe je Gebiet. Die Seite schätzt das aus dem "
        "Spaltennamen, der Einheit und den Zahlen (ganze Zahlen: Anzahlen); wählen Sie selbst, wenn die "
        "Schätzung nicht stimmt.",
    },
    "upload_drawn_count": {
        "nl": "Getekend als aantallen: een cirkel per gebied, de oppervlakte staat voor het aantal.",
        "en": "Drawn as counts: one circle per area, its area stands for the number.",
        "de": "Als Anzahlen gezeichnet: ein Kreis je Gebiet, seine Fläche steht für die Anzahl.",
    },
    "upload_drawn_rate": {
        "nl": "Getekend als aandeel, gemiddelde of score: elk gebied gekleurd naar zijn klasse.",
        "en": "Drawn as a share, average or score: each area coloured by its class.",
        "de": "Als Anteil, Durchschnitt oder Wert gezeichnet: jedes Gebiet nach seiner Klasse gefärbt.",
    },
    "upload_drawn_change": {
        "nl": "Anders? Kies bij ‘Soort cijfers’.",
        "en": "Not right? Choose under ‘Kind of figures’.",
        "de": "Nicht richtig? Wählen Sie unter ‚Art der Zahlen‘.",
    },
    # --- layout ---
    # short legend labels: the chart's legend title names the reference area and the interval
    "sig_higher_short": {"nl": "significant hoger", "en": "significantly higher", "de": "signifikant höher"},
    "sig_lower_short": {"nl": "significant lager", "en": "significantly lower", "de": "signifikant niedriger"},
    "sig_similar_short": {
        "nl": "geen significant verschil",
        "en": "no significant difference",
        "de": "kein signifikanter Unterschied",
    },
    # --- layout2 ---
    "publisher_health_monitor": {
        "nl": "GGD'en, CBS en RIVM (Gezondheidsmonitor Volwassenen en Ouderen)",
        "en": "Municipal Public Health Services (GGD GHOR Nederland), Statistics Netherlands (CBS) and RIVM "
        "(Adults and Elderly Health Monitor)",
        "de": "Kommunale Gesundheitsdienste (GGD GHOR Nederland), Statistikamt der Niederlande (CBS) und RIVM "
        "(Gesundheitsmonitor für Erwachsene und Ältere)",
    },
    "profile_no_rank": {"nl": "geen rang", "en": "no rank", "de": "kein Rang"},
    # --- layout3 ---
    # a comparison cell of the profile's key figures that has no comparison says why
    "profile_no_reference": {
        "nl": "geen cijfer voor {ref} in de gegevens",
        "en": "no figure for {ref} in the data",
        "de": "{ref}: keine Zahl in den Daten",
    },
    "profile_count_not_compared": {
        "nl": "een aantal: niet vergeleken",
        "en": "a count: not compared",
        "de": "eine Anzahl: nicht verglichen",
    },
    # the file uploaders of the own-data page in the reader's language (Streamlit writes them in English)
    "upload_browse": {"nl": "Bestand kiezen", "en": "Choose a file", "de": "Datei auswählen"},
    "upload_limit": {
        "nl": "Ten hoogste {mb} MB per bestand • {types}",
        "en": "At most {mb} MB per file • {types}",
        "de": "Höchstens {mb} MB pro Datei • {types}",
    },
    "upload_drop": {"nl": "Zet het bestand hier neer", "en": "Drop the file here", "de": "Datei hier ablegen"},
    # --- coordinator ---
    "table_scrolls": {
        "nl": "Tabel; schuif opzij voor meer kolommen",
        "en": "Table; scroll sideways for more columns",
        "de": "Tabelle; zur Seite schieben für weitere Spalten",
    },
}


def t(key: str, lang: str = DEFAULT_LANG, /, **params) -> str:
    """The text ``key`` in ``lang``, its ``{placeholders}`` filled from ``params`` (key and lang
    are positional, so a placeholder may itself be called ``{key}``). Raises KeyError for a
    key or language that is not in the table (see the module doc)."""
    try:
        text = TEXT[key][lang]
    except KeyError:
        raise KeyError(f"no text for {key!r} in language {lang!r}: add it to TEXT in twente/i18n.py") from None
    return text.format(**params) if params else text


# Languages whose nouns keep their capital inside a sentence ('Erwachsene (18+)', not 'erwachsene').
CAPITALISED_NOUNS = frozenset({"de"})


def in_sentence(label: str, lang: str) -> str:
    """A label as it reads inside a sentence or a lower-case column header: lower-case in Dutch
    and English ('volwassenen'), unchanged in German ('Erwachsene')."""
    return label if lang in CAPITALISED_NOUNS else label.lower()


def data_language(lang: str) -> str:
    """The language data texts are shown in on a page in ``lang``: ``lang`` itself when the
    data files have columns for it (Dutch, English), else its ``DATA_FALLBACK`` (German -> Dutch)."""
    return DATA_FALLBACK.get(lang, lang)


def localized(record, base: str, lang: str):
    """A text that is data, kept per language in columns named ``{base}_{lang}`` (the
    catalogue's ``title_nl``/``title_en``, the recreation figures' ``label_nl``/``label_en``):
    that column of a row, frame or dataclass record. A language without such a column reads
    the column of ``data_language(lang)`` (German shows the Dutch text)."""
    for code in (lang, data_language(lang)):
        name = f"{base}_{code}"
        if is_dataclass(record):
            if hasattr(record, name):
                return getattr(record, name)
        elif name in _names(record):
            return record[name]
    raise KeyError(f"no column {base}_{lang} (nor a fallback) in this record")


def _names(record):
    """The column names of a frame, the index of a row (Series), the keys of a mapping."""
    columns = getattr(record, "columns", None)
    if columns is not None:
        return columns
    index = getattr(record, "index", None)
    return index if index is not None else record
