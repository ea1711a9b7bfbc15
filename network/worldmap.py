"""A server-rendered SVG world map of the network's members and observers.

The geometry comes from the world map shipped by ``pygal_maps_world`` (one group of paths
per country, keyed by lower-case ISO 3166-1 alpha-2 code in its ``class``). It is parsed
once, flattened to absolute polylines, rounded to a tenth of a unit and emitted as one
compact ``<path>`` per country; no request leaves the server.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from importlib.resources import files
from typing import NamedTuple
from xml.sax.saxutils import escape

from .countries import country_name

SVG_NS = "http://www.w3.org/2000/svg"
_NS = f"{{{SVG_NS}}}"

MEMBER_FILL = "#0b4f8a"
OBSERVER_FILL = "#a3470b"
OTHER_FILL = "#d5dbe1"
BORDER = "#ffffff"
_HATCH_ID = "nmirf-map-observer-hatch"
_TITLE_ID = "nmirf-map-title"
_FILLS = {"member": MEMBER_FILL, "observer": f"url(#{_HATCH_ID})"}

# Not a country, and a band of grey across the whole bottom of the map.
_LEFT_OUT = frozenset({"aq"})

Affine = tuple[float, float, float, float, float, float]
Ring = list[tuple[int, int]]  # closed polygon, in tenths of a map unit
_IDENTITY: Affine = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

_PATH_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TRANSFORM = re.compile(r"(matrix|translate|scale)\s*\(([^)]*)\)")
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
# How many coordinates each path command takes.
_ARITY = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "a": 7, "z": 0}


def _compose(outer: Affine, inner: Affine) -> Affine:
    a, b, c, d, e, f = outer
    a2, b2, c2, d2, e2, f2 = inner
    return (
        a * a2 + c * b2,
        b * a2 + d * b2,
        a * c2 + c * d2,
        b * c2 + d * d2,
        a * e2 + c * f2 + e,
        b * e2 + d * f2 + f,
    )


def _parse_transform(value: str | None) -> Affine:
    result = _IDENTITY
    for name, arguments in _TRANSFORM.findall(value or ""):
        numbers = [float(number) for number in _NUMBER.findall(arguments)]
        if name == "matrix" and len(numbers) == 6:
            step: Affine = tuple(numbers)  # type: ignore[assignment]
        elif name == "translate" and numbers:
            step = (1.0, 0.0, 0.0, 1.0, numbers[0], numbers[1] if len(numbers) > 1 else 0.0)
        elif name == "scale" and numbers:
            step = (numbers[0], 0.0, 0.0, numbers[-1], 0.0, 0.0)
        else:
            continue
        result = _compose(result, step)
    return result


def _apply(matrix: Affine, x: float, y: float) -> tuple[int, int]:
    """Transform a point and round it to tenths (kept as integers to avoid float noise)."""
    a, b, c, d, e, f = matrix
    return round((a * x + c * y + e) * 10), round((b * x + d * y + f) * 10)


_FLATNESS = 0.75  # map units: how far a curve may stray from the segments replacing it


def _middle(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    return (a[0] + b[0]) / 2, (a[1] + b[1]) / 2


def _flatten_cubic(
    p0: tuple[float, float],
    p1: tuple[float, float],
    p2: tuple[float, float],
    p3: tuple[float, float],
    out: list[tuple[float, float]],
    depth: int = 0,
) -> None:
    """Append points approximating a cubic Bézier (without its start) to ``out``."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = p0, p1, p2, p3
    chord_x, chord_y = x3 - x0, y3 - y0
    length = math.hypot(chord_x, chord_y)
    if length:
        stray = (
            max(
                abs((x1 - x0) * chord_y - (y1 - y0) * chord_x),
                abs((x2 - x0) * chord_y - (y2 - y0) * chord_x),
            )
            / length
        )
    else:
        stray = max(math.hypot(x1 - x0, y1 - y0), math.hypot(x2 - x0, y2 - y0))
    # The curve lies within 3/4 of its control points' distance from the chord.
    if depth >= 4 or 0.75 * stray <= _FLATNESS:
        out.append(p3)
        return
    p01, p12, p23 = _middle(p0, p1), _middle(p1, p2), _middle(p2, p3)
    p012, p123 = _middle(p01, p12), _middle(p12, p23)
    centre = _middle(p012, p123)
    _flatten_cubic(p0, p01, p012, centre, out, depth + 1)
    _flatten_cubic(centre, p123, p23, p3, out, depth + 1)


def _reflection(
    x: float, y: float, last: tuple[str, tuple[float, float]] | None, kind: str
) -> tuple[float, float]:
    """The first control point of a smooth curve (S or T) starting at (x, y)."""
    if last is None or last[0] != kind:
        return x, y
    control_x, control_y = last[1]
    return 2 * x - control_x, 2 * y - control_y


def _polylines(path_data: str) -> list[list[tuple[float, float]]]:
    """The subpaths of ``path_data`` as absolute polylines, curves flattened to within
    ``_FLATNESS`` (arcs, absent from the source, are reduced to their end points)."""
    tokens = _PATH_TOKEN.findall(path_data)
    subpaths: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    x = y = start_x = start_y = 0.0
    # The last curve's second control point, for the reflections of S (after C or S) and
    # T (after Q or T), with the kind of curve it belongs to: "c" or "q".
    last_control: tuple[str, tuple[float, float]] | None = None
    command = ""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.isalpha():
            command = token
            index += 1
            if command in "zZ":
                if current:
                    subpaths.append(current)
                current = []
                x, y = start_x, start_y
                last_control = None
                continue
        elif not command or command in "zZ":
            raise ValueError(f"path data without a command: {path_data[:40]!r}")
        lower = command.lower()
        arity = _ARITY.get(lower)
        if arity is None:
            raise ValueError(f"unsupported path command {command!r}")
        arguments = [float(value) for value in tokens[index : index + arity]]
        if len(arguments) < arity:
            break
        index += arity
        if not current and lower != "m":  # drawing on after a closepath
            current = [(x, y)]
        dx, dy = (x, y) if command.islower() else (0.0, 0.0)
        if lower == "a":
            arguments = arguments[-2:]
        points = [
            (arguments[i] + dx, arguments[i + 1] + dy) for i in range(0, len(arguments) - 1, 2)
        ]
        control: tuple[str, tuple[float, float]] | None = None
        if lower == "h":
            x = arguments[0] + (x if command.islower() else 0.0)
        elif lower == "v":
            y = arguments[0] + (y if command.islower() else 0.0)
        elif lower == "m":
            x, y = points[0]
            if current:
                subpaths.append(current)
            current = [(x, y)]
            start_x, start_y = x, y
            # Further coordinate pairs after a moveto are linetos.
            command = "l" if command.islower() else "L"
            last_control = None
            continue
        elif lower in "cs":
            if lower == "s":
                points = [_reflection(x, y, last_control, "c"), *points]
            _flatten_cubic((x, y), points[0], points[1], points[2], current)
            control = ("c", points[1])
            x, y = points[2]
        elif lower in "qt":
            if lower == "t":
                points = [_reflection(x, y, last_control, "q"), *points]
            quad, end = points
            _flatten_cubic(
                (x, y),
                (x + 2 / 3 * (quad[0] - x), y + 2 / 3 * (quad[1] - y)),
                (end[0] + 2 / 3 * (quad[0] - end[0]), end[1] + 2 / 3 * (quad[1] - end[1])),
                end,
                current,
            )
            control = ("q", quad)
            x, y = end
        else:  # l, a
            x, y = points[-1]
        if lower not in "csqt":
            current.append((x, y))
        last_control = control
    if current:
        subpaths.append(current)
    return subpaths


def _area(ring: Ring) -> int:
    """Twice the signed area (positive: clockwise on screen, where y points down)."""
    return sum(
        x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)
    )


def _ring(points: list[tuple[int, int]]) -> Ring | None:
    ring: Ring = []
    for point in points:
        if not ring or ring[-1] != point:
            ring.append(point)
    while len(ring) > 1 and ring[-1] == ring[0]:
        ring.pop()
    if len(ring) < 3 or _area(ring) == 0:
        return None
    return ring


def _clockwise(rings: list[Ring]) -> list[Ring]:
    """Turn a source path's rings so that its largest one is clockwise, keeping their
    relative winding (holes stay holes): merged into one path with the non-zero fill rule,
    the country's separate source paths then add up instead of cancelling out."""
    if not rings:
        return rings
    largest = max(rings, key=lambda ring: abs(_area(ring)))
    if _area(largest) > 0:
        return rings
    return [ring[::-1] for ring in rings]


def _number(tenths: int) -> str:
    """A coordinate in tenths as the shortest SVG number: 15 → "1.5", -5 → "-.5", 20 → "2"."""
    sign = "-" if tenths < 0 else ""
    units, tenth = divmod(abs(tenths), 10)
    if not tenth:
        return f"{sign}{units}"
    return f"{sign}{units or ''}.{tenth}"


def _join(numbers: list[str]) -> str:
    """Numbers separated only where the path grammar needs it."""
    out: list[str] = []
    previous = ""
    for number in numbers:
        if out and not (number[0] == "-" or (number[0] == "." and "." in previous)):
            out.append(" ")
        out.append(number)
        previous = number
    return "".join(out)


def _country_data(rings: list[Ring], circles: list[tuple[int, int, int]]) -> str:
    """One path's data for all the rings of a country, plus its markers (circles)."""
    parts: list[str] = []
    pen = (0, 0)
    for ring in rings:
        (first_x, first_y), rest = ring[0], ring[1:]
        start = [_number(first_x - pen[0]), _number(first_y - pen[1])]
        steps: list[str] = []
        previous_x, previous_y = first_x, first_y
        for point_x, point_y in rest:
            steps += [_number(point_x - previous_x), _number(point_y - previous_y)]
            previous_x, previous_y = point_x, point_y
        parts.append(f"m{_join(start)}l{_join(steps)}z")
        pen = (first_x, first_y)
    for centre_x, centre_y, radius in circles:
        # Two clockwise half-circle arcs (sweep flag 1), like the rings.
        start = [_number(centre_x - radius - pen[0]), _number(centre_y - pen[1])]
        r = _number(radius)
        parts.append(
            f"m{_join(start)}a{r} {r} 0 1 1 {_number(2 * radius)} 0"
            f"a{r} {r} 0 1 1 {_number(-2 * radius)} 0z"
        )
        pen = (centre_x - radius, centre_y)
    data = "".join(parts)
    return "M" + data[1:] if data else ""


def _element_shapes(
    element: ET.Element, matrix: Affine, rings: list[Ring], circles: list[tuple[int, int, int]]
) -> None:
    matrix = _compose(matrix, _parse_transform(element.get("transform")))
    for child in element:
        if child.tag == f"{_NS}g":
            _element_shapes(child, matrix, rings, circles)
            continue
        child_matrix = _compose(matrix, _parse_transform(child.get("transform")))
        if child.tag == f"{_NS}path":
            own = []
            for polyline in _polylines(child.get("d", "")):
                ring = _ring([_apply(child_matrix, x, y) for x, y in polyline])
                if ring:
                    own.append(ring)
            rings.extend(_clockwise(own))
        elif child.tag == f"{_NS}circle":
            centre_x, centre_y = _apply(
                child_matrix, float(child.get("cx", 0)), float(child.get("cy", 0))
            )
            a, b, c, d, _e, _f = child_matrix
            radius = round(float(child.get("r", 0)) * math.sqrt(abs(a * d - b * c)) * 10)
            if radius > 0:
                circles.append((centre_x, centre_y, radius))


class _Map(NamedTuple):
    x: float  # the bounding box of the countries, in map units
    y: float
    width: float
    height: float
    countries: tuple[tuple[str, str], ...]  # (upper-case ISO code, path data)


@lru_cache(maxsize=1)
def _geometry() -> _Map:
    """The source map parsed and simplified, once per process."""
    source = files("pygal_maps_world") / "worldmap.svg"
    root = ET.fromstring(source.read_bytes())  # noqa: S314 - a file of an installed package
    countries: list[tuple[str, str]] = []
    xs: list[int] = []
    ys: list[int] = []
    for group in root.iter(f"{_NS}g"):
        classes = (group.get("class") or "").split()
        if "country" not in classes or classes[0] in _LEFT_OUT:
            continue
        rings: list[Ring] = []
        circles: list[tuple[int, int, int]] = []
        _element_shapes(group, _parse_transform(group.get("transform")), rings, circles)
        data = _country_data(rings, circles)
        if not data:
            continue
        countries.append((classes[0].upper(), data))
        for ring in rings:
            xs += (x for x, _ in ring)
            ys += (y for _, y in ring)
        for x, y, radius in circles:
            xs += (x - radius, x + radius)
            ys += (y - radius, y + radius)
    return _Map(
        x=min(xs) / 10,
        y=min(ys) / 10,
        width=(max(xs) - min(xs)) / 10,
        height=(max(ys) - min(ys)) / 10,
        countries=tuple(countries),
    )


def _units(value: float) -> str:
    return _number(round(value * 10))


def world_map_svg(statuses: dict[str, str], *, title: str, labels: dict[str, str]) -> str:
    """A standalone SVG world map with ``statuses``' countries (ISO alpha-2 code → "member"
    or "observer") highlighted; ``labels`` gives the legend's text for both statuses.

    Members are dark blue, observers orange-brown and hatched (so that the difference
    doesn't rest on colour alone), other countries light grey. Country names, in the active
    language, are the paths' tooltips.
    """
    statuses = {code.upper(): status for code, status in statuses.items()}
    unknown = set(statuses.values()) - set(_FILLS)
    if unknown:
        raise ValueError(f"unknown statuses: {sorted(unknown)}")
    geometry = _geometry()
    margin = 12.0
    left, top = geometry.x - margin, geometry.y - margin
    width, height = geometry.width + 2 * margin, geometry.height + 2 * margin
    view_box = " ".join(_units(value) for value in (left, top, width, height))

    parts = [
        f'<svg xmlns="{SVG_NS}" viewBox="{view_box}" role="img" aria-labelledby="{_TITLE_ID}">',
        f'<title id="{_TITLE_ID}">{escape(title)}</title>',
        "<defs>"
        f'<pattern id="{_HATCH_ID}" width="12" height="12" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)">'
        f'<rect width="12" height="12" fill="{OBSERVER_FILL}"/>'
        '<path d="M6 0v12" stroke="#fff" stroke-width="3.5" stroke-opacity=".6"/>'
        "</pattern></defs>",
        f'<g stroke="{BORDER}" stroke-width=".6" stroke-linejoin="round">',
    ]
    for code, data in geometry.countries:
        status = statuses.get(code)
        name = country_name(code)
        tooltip = name if name != code else ""  # pycountry doesn't know Kosovo's XK
        parts.append(
            f'<path class="country {status or "other"}" data-code="{code}" '
            f'fill="{_FILLS.get(status, OTHER_FILL)}" d="{data}">'
            + (f"<title>{escape(tooltip)}</title>" if tooltip else "")
            + "</path>"
        )
    parts.append("</g>")

    # The legend, in the empty South Pacific at the bottom left.
    size, gap, font_size = 34.0, 16.0, 34.0
    legend_x = left + 40
    legend_y = top + height - 40 - 2 * size - gap
    parts.append(
        f'<g class="legend" font-family="system-ui, -apple-system, \'Segoe UI\', sans-serif" '
        f'font-size="{_units(font_size)}" fill="#1f2933">'
    )
    for row, status in enumerate(("member", "observer")):
        y = legend_y + row * (size + gap)
        parts.append(
            f'<rect x="{_units(legend_x)}" y="{_units(y)}" width="{_units(size)}" '
            f'height="{_units(size)}" fill="{_FILLS[status]}" stroke="{BORDER}"/>'
            f'<text x="{_units(legend_x + size + 14)}" y="{_units(y + size * 0.8)}">'
            f"{escape(labels.get(status, status))}</text>"
        )
    parts.append("</g></svg>")
    return "\n".join(parts)
