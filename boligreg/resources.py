"""Locate and read the reference data in ``resources/`` (bydeler, population, postnummer)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The ``resources`` folder: beside the package in a checkout, or installed inside it."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "_resources"):
        if (candidate / "bydeler.csv").is_file():
            return candidate
    raise FileNotFoundError("boligreg's resources folder (bydeler.csv) was not found")


def resource_path(name: str) -> Path:
    return resources_dir() / name


@dataclass(frozen=True)
class DistrictInfo:
    code: str  # SSB code, e.g. "030101"
    number: str  # Oslo's two-digit form, e.g. "01"
    name: str  # "Gamle Oslo"
    official_name: str  # "Bydel Gamle Oslo"
    area_km2: float | None
    has_dwellings: bool  # Sentrum and Marka have no dwellings of their own


@cache
def districts() -> tuple[DistrictInfo, ...]:
    """The 15 bydeler plus Sentrum and Marka, in code order (SSB, see SOURCES.md)."""
    out: list[DistrictInfo] = []
    with resource_path("bydeler.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["ssb_code"]
            if len(code) != 6:
                continue  # the Oslo total row
            area = row["area_km2_official"]
            out.append(
                DistrictInfo(
                    code=code,
                    number=row["bydel_nr"],
                    name=row["name"],
                    official_name=row["official_name"],
                    area_km2=float(area) if area else None,
                    has_dwellings=int(row["bydel_nr"]) <= 15,
                )
            )
    return tuple(sorted(out, key=lambda d: d.code))


@dataclass(frozen=True)
class UnitInfo:
    code: str  # district code for a bydel, a short word for a central unit ("boligbygg")
    kind: str  # "district" | "central"
    name: str
    official_name: str
    orgnr: str | None  # None where no verified number was found (SOURCES.md)
    parent_code: str | None  # Ungbo is part of Velferdsetaten
    district_code: str | None  # a bydel's own district


@cache
def units() -> tuple[UnitInfo, ...]:
    """The 15 bydeler and the central units (Velferdsetaten, Ungbo, Boligbygg), parents first."""
    with resource_path("units.csv").open(encoding="utf-8") as fh:
        rows = [
            UnitInfo(
                code=r["code"], kind=r["kind"], name=r["name"],
                official_name=r["official_name"], orgnr=r["orgnr"] or None,
                parent_code=r["parent_code"] or None, district_code=r["district_code"] or None,
            )
            for r in csv.DictReader(fh)
        ]
    return tuple(sorted(rows, key=lambda u: (u.parent_code is not None, u.code)))


POPULATION_SOURCE = "SSB tabell 10826/07459 (via Folkehelseinstituttets csdata), per 1. januar"


@cache
def population_by_district() -> dict[tuple[str, int], int]:
    """Population on 1 January: ``{(district_code, year): persons}``; Oslo total is "0301"."""
    out: dict[tuple[str, int], int] = {}
    with resource_path("population.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out[(row["ssb_code"], int(row["year_jan1"]))] = int(row["population"])
    return out


@dataclass(frozen=True)
class PostcodeInfo:
    postcode: str
    place: str
    category: str  # G street, P post box, B both, S service


@cache
def oslo_postcodes() -> dict[str, PostcodeInfo]:
    """Posten's register for Oslo (kommune 0301), February 2026."""
    out: dict[str, PostcodeInfo] = {}
    with resource_path("postnummer_oslo.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 5 and parts[0].isdigit():
                out[parts[0]] = PostcodeInfo(parts[0], parts[1].title(), parts[4])
    return out
