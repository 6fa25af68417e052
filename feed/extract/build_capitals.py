"""Write data/capitals.tsv: the capital each English demonym names ('the Kenyan capital' -> Nairobi).

Run by hand when the source changes (`pip install countryinfo && python -m feed.extract.build_capitals`);
countryinfo (MIT licence) is not a dependency of the package. A demonym several countries share
('Chinese', 'Congolese') goes to the most populous of them.
"""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path

OUT = Path(__file__).parent / "data" / "capitals.tsv"


def main() -> None:
    data = resources.files("countryinfo") / "data"
    best: dict[str, tuple[int, str, str, float, float]] = {}
    for entry in data.iterdir():
        if not entry.name.endswith(".json"):
            continue
        country = json.loads(entry.read_text(encoding="utf-8"))
        capital, population = country.get("capital"), int(country.get("population") or 0)
        where = country.get("capital_latlng") or []
        if not isinstance(capital, str) or len(where) != 2:
            continue
        for demonym in (d.strip() for d in (country.get("demonym") or "").split(",")):
            if demonym and (demonym not in best or population > best[demonym][0]):
                best[demonym] = (population, capital, country["name"], float(where[0]), float(where[1]))
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["demonym", "capital", "country", "latitude", "longitude"])
        for demonym in sorted(best):
            _, capital, name, latitude, longitude = best[demonym]
            writer.writerow([demonym, capital, name, latitude, longitude])
    print(json.dumps({"rows": len(best), "bytes": OUT.stat().st_size}))


if __name__ == "__main__":
    main()
