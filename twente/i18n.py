"""All user-facing text of the app, in Dutch (the default) and English.

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
``title_nl``/``title_en`` columns and are read with ``localized``.
"""

from __future__ import annotations

from dataclasses import is_dataclass

LANGS = ("nl", "en")
DEFAULT_LANG = "nl"

# Thousands separator and decimal mark per language: 643.603 and 12,5 in Dutch.
NUMBER_MARKS: dict[str, tuple[str, str]] = {"nl": (".", ","), "en": (",", ".")}

TEXT: dict[str, dict[str, str]] = {
    # navigation and app
    "app_title": {"nl": "Twente in cijfers", "en": "Twente in figures"},
    "app_subtitle": {
        "nl": "Dashboard van de 14 Twentse gemeenten (SamenTwente)",
        "en": "Dashboard of the 14 municipalities of Twente (SamenTwente)",
    },
    "nav_explore": {"nl": "Verkennen", "en": "Explore"},
    "nav_domains": {"nl": "Domeinen", "en": "Domains"},
    "nav_residents": {"nl": "Voor inwoners", "en": "For residents"},
    "nav_about": {"nl": "Over", "en": "About"},
    "page_overview": {"nl": "Kaart van Twente", "en": "Map of Twente"},
    "page_population": {"nl": "Bevolking", "en": "Population"},
    "page_health": {"nl": "Gezondheid", "en": "Health"},
    "page_living": {"nl": "Leefomgeving", "en": "Living environment"},
    "page_parks": {"nl": "Park zoeken", "en": "Find a park"},
    "page_sources": {"nl": "Bronnen en gegevens", "en": "Sources and data"},
    "language": {"nl": "Taal", "en": "Language"},
    "basemap": {"nl": "Achtergrondkaart", "en": "Background map"},
    # domains
    "domain": {"nl": "Domein", "en": "Domain"},
    "domain_population": {"nl": "Bevolking en wonen", "en": "Population and housing"},
    "domain_health": {"nl": "Gezondheid (GGD Twente)", "en": "Health (GGD Twente)"},
    "domain_living": {"nl": "Leefomgeving: werk en inkomen", "en": "Living environment: work and income"},
    "indicator": {"nl": "Indicator", "en": "Indicator"},
    "year": {"nl": "Jaar", "en": "Year"},
    "age_group": {"nl": "Leeftijdsgroep", "en": "Age group"},
    "group_adults": {"nl": "Volwassenen", "en": "Adults"},
    "group_adults_lt65": {"nl": "Volwassenen tot 65 jaar", "en": "Adults under 65"},
    "group_65+": {"nl": "65 jaar en ouder", "en": "65 and over"},
    "municipality": {"nl": "Gemeente", "en": "Municipality"},
    "choose_municipality": {
        "nl": "Kies een gemeente (of klik op de kaart)",
        "en": "Choose a municipality (or click the map)",
    },
    "none_selected": {"nl": "— geen —", "en": "— none —"},
    # headline
    "inhabitants": {"nl": "Inwoners", "en": "Inhabitants"},
    "inhabitants_help": {
        "nl": "Som van de 14 gemeenten op 1 januari {year}",
        "en": "Sum of the 14 municipalities on 1 January {year}",
    },
    "municipalities": {"nl": "Gemeenten", "en": "Municipalities"},
    "parks": {"nl": "Recreatieparken", "en": "Recreation parks"},
    "parks_help": {
        "nl": "Het Hulsbeek, Het Rutbeek, Het Lageveld en Arboretum Poort Bulten",
        "en": "Het Hulsbeek, Het Rutbeek, Het Lageveld and Arboretum Poort Bulten",
    },
    "source": {"nl": "Bron", "en": "Source"},
    "no_data": {"nl": "geen gegevens", "en": "no data"},
    # map
    "legend": {"nl": "Legenda", "en": "Legend"},
    "legend_no_data": {"nl": "geen gegevens", "en": "no data"},
    "map_hint": {
        "nl": "Klik op een gemeente voor haar kerncijfers. Beweeg over de kaart voor de waarden.",
        "en": "Click a municipality for its key figures. Hover for the values.",
    },
    "map_hint_compare": {
        "nl": (
            "Klik op een gemeente om haar in de grafiek te markeren. Beweeg over de kaart voor waarde en interval; "
            "zoom met + en −."
        ),
        "en": "Click a municipality to mark it in the chart. Hover for value and interval; zoom with + and −.",
    },
    "layer_parks": {"nl": "Recreatieparken", "en": "Recreation parks"},
    "operator": {"nl": "Beheerder", "en": "Operator"},
    "area": {"nl": "Oppervlakte", "en": "Area"},
    "offers": {"nl": "Wat is er", "en": "What it offers"},
    "location": {"nl": "Locatie", "en": "Location"},
    "approximate": {
        "nl": "Locatie bij benadering (geen bron voor de coördinaat; tot ca. 1 km ernaast)",
        "en": "Approximate location (no sourced coordinate; may be up to about 1 km off)",
    },
    "approximate_short": {"nl": "locatie bij benadering", "en": "approximate location"},
    # side panel
    "key_figures": {"nl": "Kerncijfers", "en": "Key figures"},
    "select_prompt": {
        "nl": "Klik op een gemeente op de kaart, of kies er een hierboven.",
        "en": "Click a municipality on the map, or choose one above.",
    },
    "rank": {"nl": "Positie", "en": "Rank"},
    "rank_of": {"nl": "{rank} van {n}", "en": "{rank} of {n}"},
    # table/download
    "table_view": {"nl": "Tabel met de cijfers", "en": "Table of the figures"},
    "download_csv": {"nl": "Download de cijfers (CSV)", "en": "Download the figures (CSV)"},
    "col_code": {"nl": "code", "en": "code"},
    "col_name": {"nl": "gebied", "en": "area"},
    "col_value": {"nl": "waarde", "en": "value"},
    "col_unit": {"nl": "eenheid", "en": "unit"},
    "col_year": {"nl": "jaar", "en": "year"},
    "col_ci_low": {"nl": "95%-interval ondergrens", "en": "95% interval lower"},
    "col_ci_high": {"nl": "95%-interval bovengrens", "en": "95% interval upper"},
    "col_source": {"nl": "bron", "en": "source"},
    "col_compare": {"nl": "vergelijkbare jaren", "en": "comparable years"},
    # data problems
    "data_problems": {"nl": "Problemen in de gegevensbestanden", "en": "Problems in the data files"},
    "data_unavailable": {
        "nl": "Deze gegevens zijn nu niet beschikbaar; de rest van het dashboard werkt gewoon.",
        "en": "This data is not available now; the rest of the dashboard keeps working.",
    },
    # population page
    "pop_title": {"nl": "Bevolking van Twente", "en": "Population of Twente"},
    "pop_trend": {"nl": "Inwoners op 1 januari, 2012–2025", "en": "Inhabitants on 1 January, 2012–2025"},
    "pop_areas": {"nl": "Gemeenten", "en": "Municipalities"},
    "pop_refs": {"nl": "Vergelijk met", "en": "Compare with"},
    "pop_mode": {"nl": "Weergave", "en": "Show as"},
    "mode_absolute": {"nl": "Aantal inwoners", "en": "Number of inhabitants"},
    "mode_index": {"nl": "Index (eerste jaar = 100)", "en": "Index (first year = 100)"},
    "mode_growth": {"nl": "Groei t.o.v. vorig jaar (%)", "en": "Growth on previous year (%)"},
    "pop_abs_note": {
        "nl": (
            "Nederland staat niet in de grafiek met aantallen (andere schaal); kies index of groei om te vergelijken."
        ),
        "en": "The Netherlands is left out of the count chart (other scale); choose index or growth to compare.",
    },
    "pop_growth_map": {"nl": "Groei van het aantal inwoners", "en": "Population growth"},
    "pop_period_start": {"nl": "Vanaf 1 januari", "en": "From 1 January"},
    "pop_period_end": {
        "nl": "Tot 1 januari (schuif om door de jaren te stappen)",
        "en": "To 1 January (slide to step through the years)",
    },
    "pop_fixed_breaks": {
        "nl": "De kleurklassen zijn voor alle jaren gelijk, zodat kleuren tussen jaren vergelijkbaar zijn.",
        "en": "The colour classes are the same for every year, so colours compare between years.",
    },
    "pop_age": {"nl": "Leeftijdsopbouw op 1 januari 2025", "en": "Age structure on 1 January 2025"},
    "pop_age_note": {
        "nl": (
            "Leeftijdsgroepen van CBS-tabel 70072ned (2025). De groepen van 2024 (85984NED) zijn anders ingedeeld en "
            "worden niet gemengd. De bronnen splitsen leeftijd niet naar geslacht."
        ),
        "en": (
            "Age groups of CBS table 70072ned (2025). The 2024 groups (85984NED) are defined differently and are not "
            "mixed in. The sources do not split age by sex."
        ),
    },
    "pop_sex": {"nl": "Mannen en vrouwen op 1 januari {year}", "en": "Men and women on 1 January {year}"},
    "pop_households": {"nl": "Huishoudens op 1 januari 2025", "en": "Households on 1 January 2025"},
    "pop_change": {"nl": "Geboorte, sterfte en migratie in 2023", "en": "Births, deaths and migration in 2023"},
    "share_pct": {"nl": "aandeel (%)", "en": "share (%)"},
    "age_group_col": {"nl": "leeftijd", "en": "age"},
    "sex_male": {"nl": "mannen", "en": "men"},
    "sex_female": {"nl": "vrouwen", "en": "women"},
    # park finder
    "finder_title": {"nl": "Park of natuurgebied in de buurt", "en": "Parks and nature near you"},
    "finder_intro": {
        "nl": "Typ een plaats of postcode, of tik op de kaart. Er wordt niets opgezocht bij een externe dienst.",
        "en": "Type a place or postcode, or tap the map. Nothing is sent to an outside service.",
    },
    "finder_input": {"nl": "Plaats of postcode", "en": "Place or postcode"},
    "finder_placeholder": {"nl": "bijv. Delden, 7511 of 7511 AB", "en": "e.g. Delden, 7511 or 7511 AB"},
    "finder_start": {
        "nl": "Typ een plaats of postcode om te beginnen, of tik op de kaart.",
        "en": "Type a place or postcode to start, or tap the map.",
    },
    "finder_not_found": {"nl": "'{query}' niet gevonden.", "en": "'{query}' not found."},
    "finder_did_you_mean": {"nl": "Bedoelde u:", "en": "Did you mean:"},
    "finder_from": {"nl": "Vanaf {place}", "en": "From {place}"},
    "finder_map_point": {"nl": "punt op de kaart", "en": "point on the map"},
    "finder_inside": {"nl": "u bent in dit gebied", "en": "you are inside this area"},
    "finder_km": {"nl": "{km} km", "en": "{km} km"},
    "finder_route": {"nl": "Route (fiets) ↗", "en": "Route (bike) ↗"},
    "finder_show_nature": {"nl": "Ook Natura 2000-natuurgebieden", "en": "Include Natura 2000 nature areas"},
    "finder_results": {"nl": "Dichtstbijzijnde", "en": "Nearest"},
    "finder_distance_note": {
        "nl": "Afstand hemelsbreed; voor natuurgebieden tot de dichtstbijzijnde rand.",
        "en": "Straight-line distance; for nature areas to the nearest edge.",
    },
    "kind_park": {"nl": "Recreatiepark", "en": "Recreation park"},
    "kind_nature": {"nl": "Natura 2000-gebied", "en": "Natura 2000 area"},
    "fac_swimming": {"nl": "zwemwater", "en": "swimming lake"},
    "fac_beach": {"nl": "strand", "en": "beach"},
    "fac_playground": {"nl": "speelplek", "en": "playground"},
    "fac_water_sports": {"nl": "watersport", "en": "water sports"},
    "fac_walking": {"nl": "wandelen", "en": "walking"},
    "fac_cycling": {"nl": "fietsen", "en": "cycling"},
    "fac_food": {"nl": "horeca", "en": "café"},
    "fac_arboretum": {"nl": "arboretum", "en": "arboretum"},
    "finder_sources": {
        "nl": (
            "Bronnen: plaatsen en postcodes GeoNames (CC BY 4.0); Natura 2000 RVO via PDOK, RCE (CC BY 4.0); "
            "zwemlocaties zwemwater.nl; parken: Recreatieschap Twente, Natuurmonumenten."
        ),
        "en": (
            "Sources: places and postcodes GeoNames (CC BY 4.0); Natura 2000 RVO via PDOK, RCE (CC BY 4.0); bathing "
            "sites zwemwater.nl; parks: Recreatieschap Twente, Natuurmonumenten."
        ),
    },
    # comparisons (ranking and change charts)
    "sig_higher": {"nl": "significant hoger dan {ref}", "en": "significantly higher than {ref}"},
    "sig_lower": {"nl": "significant lager dan {ref}", "en": "significantly lower than {ref}"},
    "sig_similar": {"nl": "geen significant verschil met {ref}", "en": "no significant difference from {ref}"},
    "sig_none": {"nl": "geen interval bekend", "en": "no interval known"},
    "interval_95": {"nl": "95%-interval", "en": "95% interval"},
    "comparison": {"nl": "vergelijking", "en": "comparison"},
    "comparison_with": {"nl": "Vergeleken met {ref} (95%-interval)", "en": "Compared with {ref} (95% interval)"},
    "reference": {"nl": "referentie", "en": "reference"},
    "difference": {"nl": "verschil", "en": "difference"},
    "change_meaning": {"nl": "Verandering", "en": "Change"},
    "chg_up": {"nl": "duidelijk gestegen (intervallen overlappen niet)", "en": "clearly up (intervals do not overlap)"},
    "chg_down": {
        "nl": "duidelijk gedaald (intervallen overlappen niet)",
        "en": "clearly down (intervals do not overlap)",
    },
    "chg_similar": {
        "nl": "geen duidelijke verandering (intervallen overlappen)",
        "en": "no clear change (intervals overlap)",
    },
    "chg_one_year": {"nl": "niet in beide jaren", "en": "not in both years"},
    "chg_none": {"nl": "geen interval bekend", "en": "no interval known"},
    "ranking_title": {"nl": "De 14 gemeenten vergeleken", "en": "The 14 municipalities compared"},
    "ranking_sorted": {"nl": "Gesorteerd van hoog naar laag. ", "en": "Sorted from high to low. "},
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
    },
    "ranking_how_plain": {
        "nl": "Zonder betrouwbaarheidsintervallen in de bron: kleine verschillen kunnen toeval zijn.",
        "en": "The source publishes no confidence intervals: small differences may be chance.",
    },
    "summary_higher": {
        "nl": "**Significant hoger** dan {ref}: {names}.",
        "en": "**Significantly higher** than {ref}: {names}.",
    },
    "summary_lower": {
        "nl": "**Significant lager** dan {ref}: {names}.",
        "en": "**Significantly lower** than {ref}: {names}.",
    },
    "summary_similar": {
        "nl": "Geen significant verschil met {ref}: {n} gemeenten.",
        "en": "No significant difference from {ref}: {n} municipalities.",
    },
    "summary_all_similar": {
        "nl": "Geen enkele gemeente verschilt significant van {ref}.",
        "en": "No municipality differs significantly from {ref}.",
    },
    "summary_missing": {"nl": "Geen gegevens: {names}.", "en": "No data: {names}."},
    "selected_vs_ref": {
        "nl": "{name}: {value} (95%-interval {interval}), {status}.",
        "en": "{name}: {value} (95% interval {interval}), {status}.",
    },
    "change_title": {"nl": "Verandering {start}–{end}", "en": "Change {start}–{end}"},
    "change_intro": {
        "nl": "Per gemeente de waarde in {start} (open rondje) en {end} (ruit).",
        "en": "For each municipality the value in {start} (open circle) and {end} (diamond).",
    },
    "change_not_comparable": {
        "nl": "Voor deze indicator zijn geen vergelijkbare jaren in de bron, dus geen verandering.",
        "en": "The source has no comparable years for this indicator, so no change is shown.",
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
    },
    "change_no_intervals": {
        "nl": "Zonder intervallen in de bron wordt niet beoordeeld of een verschil meer is dan toeval.",
        "en": "The source has no intervals, so no verdict is given on whether a difference exceeds chance.",
    },
    "caveats": {"nl": "Let op bij het lezen", "en": "Read with care"},
    "caveat_survey_interval": {
        "nl": (
            "Gemeentecijfers van de Gezondheidsmonitor zijn schattingen uit een steekproef; vergelijk ze met hun "
            "95%-intervallen."
        ),
        "en": "Municipal figures of the health monitor are survey estimates; compare them with their 95% intervals.",
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
    },
    # health page
    "health_title": {"nl": "Gezondheid in Twente", "en": "Health in Twente"},
    "health_intro": {
        "nl": (
            "Cijfers uit de Gezondheidsmonitor Volwassenen en Ouderen van de GGD'en, CBS en RIVM (2016 en 2020), per "
            "gemeente, met de regio GGD Twente en Nederland als referentie."
        ),
        "en": (
            "Figures from the Adults and Elderly Health Monitor of the GGDs, CBS and RIVM (2016 and 2020), per "
            "municipality, with the GGD Twente region and the Netherlands as reference."
        ),
    },
    "ggd_about_title": {"nl": "Over GGD Twente", "en": "About GGD Twente"},
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
    },
    # living environment page
    "living_title": {"nl": "Leefomgeving in Twente", "en": "Living environment in Twente"},
    "living_intro": {
        "nl": (
            "Werk, inkomen en recreatie: de arbeidsmarkt (CBS, Enquête Beroepsbevolking 2019 en 2022), het inkomen van"
            " huishoudens (CBS, 2023) en de recreatieparken en natuurgebieden."
        ),
        "en": (
            "Work, income and recreation: the labour market (CBS Labour Force Survey 2019 and 2022), household income "
            "(CBS, 2023) and the recreation parks and nature areas."
        ),
    },
    "living_work_income": {"nl": "Werk en inkomen", "en": "Work and income"},
    "living_recreation": {"nl": "Recreatie en natuur", "en": "Recreation and nature"},
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
    },
    "recreation_facts": {"nl": "Recreatieschap Twente in cijfers", "en": "Recreatieschap Twente in figures"},
    "recreation_map": {"nl": "Parken en Natura 2000-gebieden", "en": "Parks and Natura 2000 areas"},
    "parks_table": {"nl": "De vier recreatieparken", "en": "The four recreation parks"},
    "col_park": {"nl": "park", "en": "park"},
    "col_operator": {"nl": "beheerder", "en": "operator"},
    "col_offers": {"nl": "wat is er", "en": "what it offers"},
    "col_area_ha": {"nl": "oppervlakte (ha)", "en": "area (ha)"},
    "col_qualifier": {"nl": "aanduiding", "en": "qualifier"},
    "col_area_twente_ha": {"nl": "waarvan in Twente (ha)", "en": "of which in Twente (ha)"},
    "col_location": {"nl": "locatie", "en": "location"},
    "loc_sourced": {"nl": "uit bron", "en": "sourced"},
    "loc_approximate": {"nl": "bij benadering", "en": "approximate"},
    "to_finder": {
        "nl": "Zoek het park of natuurgebied het dichtst bij u",
        "en": "Find the park or nature area nearest to you",
    },
    "undated": {"nl": "pagina zonder datum", "en": "undated page"},
    "qualifier_about": {"nl": "ca.", "en": "about"},
    "qualifier_more_than": {"nl": "meer dan", "en": "more than"},
    "directive_hr": {"nl": "Habitatrichtlijn", "en": "Habitats Directive"},
    "directive_vr": {"nl": "Vogelrichtlijn", "en": "Birds Directive"},
    "directive_vr_hr": {"nl": "Vogel- en Habitatrichtlijn", "en": "Birds and Habitats Directives"},
    "recreation_map_hint": {
        "nl": (
            "Tik op een park voor wat er is en wie het beheert; beweeg over een groen gebied voor naam en oppervlakte."
            " Een stippelrand betekent: locatie bij benadering."
        ),
        "en": (
            "Tap a park for what it offers and who runs it; hover over a green area for its name and size. A dashed "
            "marker means: approximate location."
        ),
    },
    "parks_sources": {
        "nl": "Parken: Recreatieschap Twente, Natuurmonumenten; zwemlocaties zwemwater.nl.",
        "en": "Parks: Recreatieschap Twente, Natuurmonumenten; bathing sites zwemwater.nl.",
    },
    "layer_nature": {"nl": "Natura 2000-gebieden", "en": "Natura 2000 areas"},
    "nature_sources": {
        "nl": "Natura 2000-begrenzing: RVO via PDOK (CC BY 4.0).",
        "en": "Natura 2000 boundaries: RVO via PDOK (CC BY 4.0).",
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
    },
    "catalogue": {"nl": "Indicatorcatalogus", "en": "Indicator catalogue"},
    "licences": {"nl": "Licenties", "en": "Licences"},
    # reference areas (twente.registry; municipalities keep their own names)
    "area_TWENTE": {"nl": "Twente", "en": "Twente"},
    "area_GGD_TWENTE": {"nl": "GGD Twente (regio)", "en": "GGD Twente (region)"},
    "area_PV23": {"nl": "Overijssel", "en": "Overijssel"},
    "area_NL01": {"nl": "Nederland", "en": "the Netherlands"},
    # language switch: each language's name in itself
    "language_name": {"nl": "Nederlands", "en": "English"},
    # sources of figures (source lines and captions)
    "source_line": {
        "nl": "Bron: {publisher}, tabel {table} · {licence}",
        "en": "Source: {publisher}, table {table} · {licence}",
    },
    "source_cbs": {"nl": "Bron: CBS (CC BY 4.0)", "en": "Source: CBS (CC BY 4.0)"},
    "empty_is_no_data": {"nl": "leeg = geen gegevens", "en": "empty = no data"},
    # maps
    "basemap_brt": {"nl": "PDOK BRT-Achtergrondkaart (grijs)", "en": "PDOK BRT background map (grey)"},
    "basemap_brt-kleur": {"nl": "PDOK BRT-Achtergrondkaart (kleur)", "en": "PDOK BRT background map (colour)"},
    "basemap_osm": {"nl": "OpenStreetMap", "en": "OpenStreetMap"},
    "basemap_none": {"nl": "Geen achtergrondkaart (werkt offline)", "en": "No background map (works offline)"},
    "map_attribution": {
        "nl": "Grenzen: CBS/Kadaster via PDOK (CC BY 4.0) · Cijfers: CBS (CC BY 4.0)",
        "en": "Boundaries: CBS/Kadaster via PDOK (CC BY 4.0) · Figures: CBS (CC BY 4.0)",
    },
    "layer_labels": {"nl": "Namen", "en": "Names"},
    # key figures, recreation figures and the population tables
    "rank_scale": {"nl": "(1 = gunstigst)", "en": "(1 = most favourable)"},
    "million": {"nl": "mln", "en": "million"},
    "col_change": {"nl": "verschil", "en": "change"},
    "col_female_pct": {"nl": "aandeel vrouwen (%)", "en": "share of women (%)"},
    # sources page: the licence table and the state of the data files
    "col_data": {"nl": "gegevens", "en": "data"},
    "col_licence": {"nl": "licentie", "en": "licence"},
    "col_credit": {"nl": "naamsvermelding", "en": "credit"},
    "col_publisher": {"nl": "uitgever", "en": "publisher"},
    "col_table": {"nl": "tabel", "en": "table"},
    "lic_cbs_statline": {
        "nl": "CBS StatLine (37259, 85984NED, 70072ned, 83674NED, 85012NED, Arbeidsdeelname)",
        "en": "CBS StatLine (37259, 85984NED, 70072ned, 83674NED, 85012NED, Arbeidsdeelname)",
    },
    "lic_health_monitor": {
        "nl": "Gezondheidsmonitor Volwassenen en Ouderen 2016, 2020",
        "en": "Gezondheidsmonitor Volwassenen en Ouderen 2016, 2020",
    },
    "lic_boundaries": {
        "nl": "CBS Gebiedsindelingen 2026 (gemeentegrenzen), via PDOK",
        "en": "CBS Gebiedsindelingen 2026 (municipal boundaries), via PDOK",
    },
    "lic_natura2000": {
        "nl": "Natura 2000-gebieden, via PDOK; RCE linked data",
        "en": "Natura 2000 areas, via PDOK; RCE linked data",
    },
    "lic_natura2000_licence": {
        "nl": "geometrie publiek domein; attributen CC BY 4.0",
        "en": "geometry public domain; attributes CC BY 4.0",
    },
    "lic_recreatieschap": {
        "nl": "Recreatieschap Twente, 'wie zijn wij' (routelengte, bezoekers; zonder datum)",
        "en": "Recreatieschap Twente, 'wie zijn wij' (route length, visitors; undated)",
    },
    "lic_bathing": {"nl": "Zwemwaterlocaties", "en": "Zwemwaterlocaties (bathing sites)"},
    "lic_geonames": {"nl": "GeoNames: plaatsnamen en postcodes", "en": "GeoNames gazetteer and postal codes"},
    "lic_brt": {"nl": "PDOK BRT-Achtergrondkaart", "en": "PDOK BRT-Achtergrondkaart (basemap)"},
    "lic_osm": {"nl": "OpenStreetMap (achtergrondkaart, optioneel)", "en": "OpenStreetMap (basemap, optional)"},
    "lic_leaflet": {
        "nl": "Leaflet 1.9.4 (kaartbibliotheek, geleverd door deze app)",
        "en": "Leaflet 1.9.4 (map library, served by this app)",
    },
    "lic_not_stated": {"nl": "niet vermeld door de bron", "en": "not stated by the source"},
    "all_files_ok": {
        "nl": "Alle gegevensbestanden zijn gelezen zonder problemen.",
        "en": "All data files were read without problems.",
    },
    # data-file problems: where in the file, and how bad
    "problem_row": {"nl": "rij {row}", "en": "row {row}"},
    "problem_column": {"nl": "kolom '{column}'", "en": "column '{column}'"},
    "severity_warning": {"nl": "Let op", "en": "Warning"},
    # data-file problems (see twente.problems): 'problem_' + the problem's kind
    "problem_missing_file": {"nl": "bestand ontbreekt", "en": "file is missing"},
    "problem_empty_file": {"nl": "bestand is leeg", "en": "file is empty"},
    "problem_no_rows": {
        "nl": "bestand heeft een kopregel maar geen gegevens",
        "en": "file has a header but no data rows",
    },
    "problem_not_utf8": {
        "nl": "bestand is geen UTF-8; gelezen als Windows-1252 (Excel). Sla het op als 'CSV UTF-8'",
        "en": "file is not UTF-8; read as Windows-1252 (Excel). Save it as 'CSV UTF-8'",
    },
    "problem_missing_columns": {
        "nl": "kolommen ontbreken: {missing}. Gevonden kolommen: {found}",
        "en": "missing columns: {missing}. Columns found: {found}",
    },
    "problem_field_count": {
        "nl": "rij heeft {got} velden, de kopregel {want}",
        "en": "row has {got} fields, the header has {want}",
    },
    "problem_not_a_number": {
        "nl": "'{value}' is geen getal; rij overgeslagen",
        "en": "'{value}' is not a number; row skipped",
    },
    "problem_ambiguous_number": {
        "nl": "'{value}' is dubbelzinnig (decimaalteken of duizendtal?); rij overgeslagen",
        "en": "'{value}' is ambiguous (decimal mark or thousands separator?); row skipped",
    },
    "problem_mixed_decimals": {
        "nl": "'{value}' gebruikt een ander decimaalteken dan de rest van het bestand; rij overgeslagen",
        "en": "'{value}' uses another decimal mark than the rest of the file; row skipped",
    },
    "problem_not_a_year": {
        "nl": "'{value}' is geen jaartal; rij overgeslagen",
        "en": "'{value}' is not a year; row skipped",
    },
    "problem_year_range": {
        "nl": "jaar {value} ligt buiten {low}-{high}; rij overgeslagen",
        "en": "year {value} is outside {low}-{high}; row skipped",
    },
    "problem_unknown_code": {
        "nl": "onbekende gemeente- of regiocode '{value}'; rij overgeslagen",
        "en": "unknown municipality or region code '{value}'; row skipped",
    },
    "problem_bad_value": {
        "nl": "'{value}' is geen geldige waarde (verwacht: {allowed}); rij overgeslagen",
        "en": "'{value}' is not a valid value (expected: {allowed}); row skipped",
    },
    "problem_ignored_value": {
        "nl": "'{value}' is geen geldige waarde (verwacht: {allowed}); genegeerd",
        "en": "'{value}' is not a valid value (expected: {allowed}); ignored",
    },
    "problem_required_empty": {
        "nl": "verplicht veld is leeg; rij overgeslagen",
        "en": "required field is empty; row skipped",
    },
    "problem_duplicate_same": {
        "nl": "dubbele rij (zelfde als rij {first}); één keer gebruikt",
        "en": "duplicate row (same as row {first}); used once",
    },
    "problem_duplicate_conflict": {
        "nl": (
            "dubbele sleutel {key} met een andere waarde dan rij {first}; beide weggelaten (getoond als 'geen "
            "gegevens')"
        ),
        "en": "duplicate key {key} with a different value than row {first}; both left out (shown as 'no data')",
    },
    "problem_interval": {
        "nl": "95%-interval {low}-{high} bevat de waarde {value} niet; interval weggelaten",
        "en": "95% interval {low}-{high} does not contain the value {value}; interval left out",
    },
    "problem_not_in_catalogue": {
        "nl": "indicator '{value}' staat niet in de indicatorcatalogus (indicators.csv); rij overgeslagen",
        "en": "indicator '{value}' is not in the indicator catalogue (indicators.csv); row skipped",
    },
    "problem_cross_file_conflict": {
        "nl": "{indicator} {code} {year}: {value} wijkt af van {other} in {other_file}; weggelaten",
        "en": "{indicator} {code} {year}: {value} differs from {other} in {other_file}; left out",
    },
    "problem_bad_json": {"nl": "geen geldige JSON: {detail}", "en": "not valid JSON: {detail}"},
    "problem_unreadable_geojson": {
        "nl": "GeoJSON kon niet worden gelezen: {detail}",
        "en": "GeoJSON could not be read: {detail}",
    },
    "problem_not_feature_collection": {"nl": "geen GeoJSON FeatureCollection", "en": "not a GeoJSON FeatureCollection"},
    "problem_bad_geometry": {
        "nl": "object {index} ('{value}'): {detail}",
        "en": "feature {index} ('{value}'): {detail}",
    },
    "problem_reprojected": {
        "nl": "coördinaten zijn RD New (EPSG:28992), niet lengte/breedte (RFC 7946); omgerekend naar WGS84",
        "en": "coordinates are RD New (EPSG:28992), not lon/lat (RFC 7946); reprojected to WGS84",
    },
    "problem_unknown_crs": {
        "nl": "coördinaten zijn geen lengte/breedtegraden (RFC 7946) en geen RD New: {detail}",
        "en": "coordinates are not longitude/latitude (RFC 7946) nor RD New: {detail}",
    },
    "problem_swapped_axes": {
        "nl": "coördinaten staan als breedte/lengte in plaats van lengte/breedte (RFC 7946); omgedraaid",
        "en": "coordinates are lat/lon instead of lon/lat (RFC 7946); swapped",
    },
    "problem_missing_codes": {"nl": "gemeenten ontbreken: {value}", "en": "municipalities missing: {value}"},
    "problem_duplicate_feature": {
        "nl": "code '{value}' komt meer dan eens voor; alleen de eerste gebruikt",
        "en": "code '{value}' occurs more than once; only the first is used",
    },
    "problem_bad_coordinate": {
        "nl": "coördinaat ({lat}, {lon}) ligt niet in of bij Twente; rij overgeslagen",
        "en": "coordinate ({lat}, {lon}) is not in or near Twente; row skipped",
    },
    # municipality profile (pages/gemeente.py) and wijken (districts)
    "page_municipality": {"nl": "Gemeenteprofiel", "en": "Municipality profile"},
    "profile_title": {"nl": "{name}: gemeenteprofiel", "en": "{name}: municipality profile"},
    "profile_prompt": {
        "nl": "Kies een gemeente om haar profiel te zien: kaart met wijken, kerncijfers en rangorde.",
        "en": "Choose a municipality to see its profile: map with districts, key figures and rank.",
    },
    "profile_unknown": {
        "nl": "'{value}' is geen van de 14 Twentse gemeenten.",
        "en": "'{value}' is not one of the 14 municipalities of Twente.",
    },
    "profile_did_you_mean": {"nl": "Bedoelde u: {names}?", "en": "Did you mean: {names}?"},
    "profile_previous": {"nl": "Vorige gemeente (alfabetisch)", "en": "Previous municipality (alphabetical)"},
    "profile_next": {"nl": "Volgende gemeente (alfabetisch)", "en": "Next municipality (alphabetical)"},
    "profile_district_count": {"nl": "Wijken (indeling 2024)", "en": "Districts (2024 division)"},
    "profile_land_area": {"nl": "Oppervlakte land", "en": "Land area"},
    "profile_districts": {"nl": "De wijken van {name}", "en": "The districts (wijken) of {name}"},
    "profile_no_2023": {
        "nl": "{name} heeft zijn wijken in 2024 opnieuw ingedeeld. De CBS-cijfers van 2023 gaan over andere "
              "gebieden en worden daarom niet getoond; de wijkcijfers hieronder zijn van 2024.",
        "en": "{name} redrew its districts in 2024. CBS's 2023 figures describe other areas and are therefore "
              "not shown; the district figures below are for 2024.",
    },
    "district": {"nl": "Wijk", "en": "District (wijk)"},
    "district_source": {
        "nl": "Bron: CBS, Kerncijfers wijken en buurten {year} ({table}), CC BY 4.0. Grenzen: CBS / Kadaster via "
              "PDOK (wijken 2024, gemeenten 2026). Lege cel = geheim of niet beschikbaar bij CBS (geen gegevens).",
        "en": "Source: Statistics Netherlands (CBS), Key figures districts and neighbourhoods {year} ({table}), "
              "CC BY 4.0. Boundaries: CBS / Kadaster via PDOK (districts 2024, municipalities 2026). Empty cell = "
              "secret or not available at CBS (no data).",
    },
    "profile_context": {"nl": "Buurgemeenten", "en": "Neighbouring municipalities"},
    "profile_map_hint": {
        "nl": "Dikke lijn: de gemeentegrens. Grijs: buurgemeenten. Groen gestippeld: Natura 2000-gebieden in of "
              "binnen 2 km van de gemeente; P: recreatieparken. Wijzen op een wijk toont de waarde.",
        "en": "Thick line: the municipal border. Grey: neighbouring municipalities. Dashed green: Natura 2000 areas "
              "in or within 2 km of the municipality; P: recreation parks. Point at a district to see its value.",
    },
    "circle_legend": {
        "nl": "Een aantal, geen aandeel: de oppervlakte van een cirkel staat voor het aantal.",
        "en": "A count, not a share: the area of a circle stands for the number.",
    },
    "profile_similar": {"nl": "geen duidelijk verschil met {ref}", "en": "no clear difference from {ref}"},
    "profile_higher": {"nl": "hoger dan {ref}", "en": "higher than {ref}"},
    "profile_lower": {"nl": "lager dan {ref}", "en": "lower than {ref}"},
    "profile_equal": {"nl": "gelijk aan {ref}", "en": "equal to {ref}"},
    "profile_share_of": {"nl": "{share}% van {ref}", "en": "{share}% of {ref}"},
    "profile_key_figures": {"nl": "Kerncijfers en rangorde", "en": "Key figures and rank"},
    "profile_region": {"nl": "Twente (regio)", "en": "Twente (region)"},
    "profile_versus_region": {"nl": "t.o.v. Twente", "en": "compared with Twente"},
    "profile_versus_nl": {"nl": "t.o.v. Nederland", "en": "compared with the Netherlands"},
    "profile_rank_of": {"nl": "van", "en": "of"},
    "profile_key_figures_help": {
        "nl": "Per indicator het laatste jaar met een waarde. Twente is de som van de 14 voor aantallen (dan het "
              "aandeel van Twente) en de GGD-regio voor enquêtecijfers. Positie 1 = hoogste waarde, 'van' = het aantal gemeenten met een waarde. Bij "
              "enquêtecijfers geldt het 95%-interval: geen rang waar het interval de regiowaarde bevat. Klik op "
              "een kolomkop om te sorteren.",
        "en": "Per indicator the latest year with a value. Twente is the sum of the 14 for counts (then the share "
              "of Twente) and the GGD region for survey figures. Rank 1 = highest value, 'of' = the number of municipalities with a value. Survey figures "
              "come with a 95% interval: no rank where the interval contains the region's value. Click a column "
              "header to sort.",
    },
    "profile_key_sources": {
        "nl": "Bronnen: CBS (bevolking, huishoudens, inkomen, arbeid), GGD'en/CBS/RIVM Gezondheidsmonitor; zie Bronnen.",
        "en": "Sources: CBS (population, households, income, labour), GGD/CBS/RIVM Health Monitor; see Sources.",
    },
    "profile_trend": {"nl": "Inwoners op 1 januari", "en": "Inhabitants on 1 January"},
    "profile_ages": {"nl": "Leeftijdsopbouw ({year}), % van de inwoners", "en": "Age structure ({year}), % of inhabitants"},
    "profile_share_pct": {"nl": "% van de inwoners", "en": "% of inhabitants"},
    "open_profile": {"nl": "Open het profiel van {name}", "en": "Open the profile of {name}"},
    "level": {"nl": "Kaart van", "en": "Map of"},
    "level_gemeenten": {"nl": "gemeenten", "en": "municipalities"},
    "level_wijken": {"nl": "wijken", "en": "districts (wijken)"},
    "districts_2023_note": {
        "nl": "2023: 102 wijken. Dinkelland en Tubbergen hebben hun wijken in 2024 opnieuw ingedeeld; hun CBS-cijfers "
              "van 2023 gaan over andere gebieden en staan hier als 'geen gegevens'.",
        "en": "2023: 102 districts. Dinkelland and Tubbergen redrew their districts in 2024; their 2023 CBS figures "
              "describe other areas and are shown here as 'no data'.",
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


def localized(record, base: str, lang: str):
    """A text that is data, kept per language in columns named ``{base}_{lang}`` (the
    catalogue's ``title_nl``/``title_en``, the recreation figures' ``label_nl``/``label_en``):
    that column of a row, frame or dataclass record."""
    name = f"{base}_{lang}"
    return getattr(record, name) if is_dataclass(record) else record[name]
