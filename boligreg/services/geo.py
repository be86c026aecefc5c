"""The bydeler as shapes for maps: Oslo kommune's boundaries (resources/geo, WGS84) projected
onto a flat plane, and which bydel lies under a point. Qt- and reportlab-free; the PDF and
the window draw from the same shapes."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache

from ..resources import resource_path

Ring = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class BydelShape:
    code: str  # SSB code, e.g. "030103"
    name: str
    rings: tuple[Ring, ...]  # outer rings of each part (x east, y north, one unit = 1 km)
    centre: tuple[float, float]  # a point inside the largest part, for its label


@dataclass(frozen=True)
class BydelMap:
    shapes: tuple[BydelShape, ...]
    bounds: tuple[float, float, float, float]  # min x, min y, max x, max y

    @property
    def aspect(self) -> float:
        x0, y0, x1, y1 = self.bounds
        return (x1 - x0) / (y1 - y0)

    def shape(self, code: str) -> BydelShape | None:
        return next((s for s in self.shapes if s.code == code), None)

    def at(self, x: float, y: float) -> str | None:
        """The code of the bydel under (x, y) in map units; None outside every bydel."""
        for shape in self.shapes:
            if any(_inside(x, y, ring) for ring in shape.rings):
                return shape.code
        return None


def _inside(x: float, y: float, ring: Ring) -> bool:
    """Ray casting: an odd number of edge crossings to the right means inside."""
    inside = False
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _area(ring: Ring) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1],
                                                                    strict=True))) / 2


def _label_point(ring: Ring) -> tuple[float, float]:
    """The centroid if it lies inside the ring, else the middle of the widest inner run of a
    horizontal line through it (a crescent's centroid lies outside)."""
    a = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1],
                                                           strict=True)) / 2 or 1e-9
    cx = sum((x1 + x2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2)
             in zip(ring, ring[1:] + ring[:1], strict=True)) / (6 * a)
    cy = sum((y1 + y2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2)
             in zip(ring, ring[1:] + ring[:1], strict=True)) / (6 * a)
    if _inside(cx, cy, ring):
        return cx, cy
    xs = sorted(x1 + (cy - y1) * (x2 - x1) / (y2 - y1)
                for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)
                if (y1 > cy) != (y2 > cy))
    runs = [(xs[i], xs[i + 1]) for i in range(0, len(xs) - 1, 2)]
    left, right = max(runs, key=lambda r: r[1] - r[0]) if runs else (cx, cx)
    return (left + right) / 2, cy


@cache
def bydel_map() -> BydelMap:
    """The 15 bydeler, projected (equirectangular at Oslo's latitude: fine at this size)."""
    data = json.loads(resource_path("geo/oslo_bydeler.geojson").read_text(encoding="utf-8"))
    lat0 = 59.91
    kx, ky = 111.32 * math.cos(math.radians(lat0)), 110.57  # km per degree
    shapes = []
    for feature in data["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" \
            else [geometry["coordinates"]]
        rings = tuple(tuple((p[0] * kx, p[1] * ky) for p in polygon[0][:-1])
                      for polygon in polygons if len(polygon[0]) > 3)
        biggest = max(rings, key=_area)
        code = "0301" + str(feature["properties"]["id"]).zfill(2)
        shapes.append(BydelShape(code, feature["properties"]["name"], rings,
                                 _label_point(biggest)))
    xs = [x for s in shapes for r in s.rings for x, _y in r]
    ys = [y for s in shapes for r in s.rings for _x, y in r]
    return BydelMap(tuple(sorted(shapes, key=lambda s: s.code)),
                    (min(xs), min(ys), max(xs), max(ys)))
