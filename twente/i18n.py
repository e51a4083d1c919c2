"""All UI text, in Dutch (default) and English. Look up with ``t(key, lang)``."""
from __future__ import annotations

LANGS = ("nl", "en")
DEFAULT_LANG = "nl"

TEXT: dict[str, tuple[str, str]] = {
    # navigation and app
    "app_title": ("Twente in cijfers", "Twente in figures"),
    "app_subtitle": ("Dashboard van de 14 Twentse gemeenten (SamenTwente)", "Dashboard of the 14 municipalities of Twente (SamenTwente)"),
    "nav_explore": ("Verkennen", "Explore"),
    "nav_domains": ("Domeinen", "Domains"),
    "nav_residents": ("Voor inwoners", "For residents"),
    "nav_about": ("Over", "About"),
    "page_overview": ("Kaart van Twente", "Map of Twente"),
    "page_population": ("Bevolking", "Population"),
    "page_health": ("Gezondheid", "Health"),
    "page_living": ("Leefomgeving", "Living environment"),
    "page_parks": ("Park zoeken", "Find a park"),
    "page_sources": ("Bronnen en gegevens", "Sources and data"),
    "language": ("Taal", "Language"),
    "basemap": ("Achtergrondkaart", "Background map"),
    # domains
    "domain": ("Domein", "Domain"),
    "domain_population": ("Bevolking en wonen", "Population and housing"),
    "domain_health": ("Gezondheid (GGD Twente)", "Health (GGD Twente)"),
    "domain_living": ("Leefomgeving: werk en inkomen", "Living environment: work and income"),
    "indicator": ("Indicator", "Indicator"),
    "year": ("Jaar", "Year"),
    "age_group": ("Leeftijdsgroep", "Age group"),
    "group_adults": ("Volwassenen", "Adults"),
    "group_adults_lt65": ("Volwassenen tot 65 jaar", "Adults under 65"),
    "group_65+": ("65 jaar en ouder", "65 and over"),
    "municipality": ("Gemeente", "Municipality"),
    "choose_municipality": ("Kies een gemeente (of klik op de kaart)", "Choose a municipality (or click the map)"),
    "none_selected": ("— geen —", "— none —"),
    # headline
    "inhabitants": ("Inwoners", "Inhabitants"),
    "inhabitants_help": ("Som van de 14 gemeenten op 1 januari {year}", "Sum of the 14 municipalities on 1 January {year}"),
    "municipalities": ("Gemeenten", "Municipalities"),
    "parks": ("Recreatieparken", "Recreation parks"),
    "parks_help": ("Het Hulsbeek, Het Rutbeek, Het Lageveld en Arboretum Poort Bulten", "Het Hulsbeek, Het Rutbeek, Het Lageveld and Arboretum Poort Bulten"),
    "source": ("Bron", "Source"),
    "no_data": ("geen gegevens", "no data"),
    # map
    "legend": ("Legenda", "Legend"),
    "legend_no_data": ("geen gegevens", "no data"),
    "map_hint": ("Klik op een gemeente voor haar kerncijfers. Beweeg over de kaart voor de waarden.", "Click a municipality for its key figures. Hover for the values."),
    "layer_parks": ("Recreatieparken", "Recreation parks"),
    "operator": ("Beheerder", "Operator"),
    "area": ("Oppervlakte", "Area"),
    "offers": ("Wat is er", "What it offers"),
    "location": ("Locatie", "Location"),
    "approximate": ("Locatie bij benadering (geen bron voor de coördinaat; tot ca. 1 km ernaast)", "Approximate location (no sourced coordinate; may be up to about 1 km off)"),
    "approximate_short": ("locatie bij benadering", "approximate location"),
    "map_failed": ("De kaartgegevens konden niet worden geladen.", "The map data could not be loaded."),
    # side panel
    "key_figures": ("Kerncijfers", "Key figures"),
    "select_prompt": ("Klik op een gemeente op de kaart, of kies er een hierboven.", "Click a municipality on the map, or choose one above."),
    "rank": ("Positie", "Rank"),
    "rank_of": ("{rank} van {n}", "{rank} of {n}"),
    "twente_value": ("Twente", "Twente"),
    # table/download
    "table_view": ("Tabel met de cijfers", "Table of the figures"),
    "download_csv": ("Download de cijfers (CSV)", "Download the figures (CSV)"),
    "col_code": ("code", "code"),
    "col_name": ("gebied", "area"),
    "col_value": ("waarde", "value"),
    "col_unit": ("eenheid", "unit"),
    "col_year": ("jaar", "year"),
    "col_ci_low": ("95%-interval ondergrens", "95% interval lower"),
    "col_ci_high": ("95%-interval bovengrens", "95% interval upper"),
    "col_significance": ("t.o.v. regio GGD Twente", "vs GGD Twente region"),
    "col_source": ("bron", "source"),
    # data problems
    "data_problems": ("Problemen in de gegevensbestanden", "Problems in the data files"),
    "data_unavailable": ("Deze gegevens zijn nu niet beschikbaar; de rest van het dashboard werkt gewoon.", "This data is not available now; the rest of the dashboard keeps working."),
    # park finder
    "finder_title": ("Park of natuurgebied in de buurt", "Parks and nature near you"),
    "finder_intro": ("Typ een plaats of postcode, of tik op de kaart. Er wordt niets opgezocht bij een externe dienst.",
                     "Type a place or postcode, or tap the map. Nothing is sent to an outside service."),
    "finder_input": ("Plaats of postcode", "Place or postcode"),
    "finder_placeholder": ("bijv. Delden, 7511 of 7511 AB", "e.g. Delden, 7511 or 7511 AB"),
    "finder_start": ("Typ een plaats of postcode om te beginnen, of tik op de kaart.", "Type a place or postcode to start, or tap the map."),
    "finder_not_found": ("'{query}' niet gevonden.", "'{query}' not found."),
    "finder_did_you_mean": ("Bedoelde u:", "Did you mean:"),
    "finder_from": ("Vanaf {place}", "From {place}"),
    "finder_map_point": ("punt op de kaart", "point on the map"),
    "finder_inside": ("u bent in dit gebied", "you are inside this area"),
    "finder_km": ("{km} km", "{km} km"),
    "finder_route": ("Route (fiets) ↗", "Route (bike) ↗"),
    "finder_show_nature": ("Ook Natura 2000-natuurgebieden", "Include Natura 2000 nature areas"),
    "finder_results": ("Dichtstbijzijnde", "Nearest"),
    "finder_distance_note": ("Afstand hemelsbreed; voor natuurgebieden tot de dichtstbijzijnde rand.",
                             "Straight-line distance; for nature areas to the nearest edge."),
    "kind_park": ("Recreatiepark", "Recreation park"),
    "kind_nature": ("Natura 2000-gebied", "Natura 2000 area"),
    "fac_swimming": ("zwemwater", "swimming lake"),
    "fac_beach": ("strand", "beach"),
    "fac_playground": ("speelplek", "playground"),
    "fac_water_sports": ("watersport", "water sports"),
    "fac_walking": ("wandelen", "walking"),
    "fac_cycling": ("fietsen", "cycling"),
    "fac_food": ("horeca", "café"),
    "fac_arboretum": ("arboretum", "arboretum"),
    "finder_sources": ("Bronnen: plaatsen en postcodes GeoNames (CC BY 4.0); Natura 2000 RVO via PDOK, RCE (CC BY 4.0); zwemlocaties zwemwater.nl; parken: Recreatieschap Twente, Natuurmonumenten.",
                       "Sources: places and postcodes GeoNames (CC BY 4.0); Natura 2000 RVO via PDOK, RCE (CC BY 4.0); bathing sites zwemwater.nl; parks: Recreatieschap Twente, Natuurmonumenten."),
    # sources page
    "sources_intro": (
        "Alle cijfers komen uit openbare bronnen. Niets is geschat of aangevuld: ontbreekt een waarde, dan staat er 'geen gegevens'.",
        "All figures come from public sources. Nothing is estimated or filled in: a missing value is shown as 'no data'.",
    ),
    "catalogue": ("Indicatorcatalogus", "Indicator catalogue"),
    "licences": ("Licenties", "Licences"),
}


def t(key: str, lang: str = DEFAULT_LANG, **params) -> str:
    pair = TEXT.get(key)
    if pair is None:
        return key
    text = pair[1] if lang == "en" else pair[0]
    return text.format(**params) if params else text
