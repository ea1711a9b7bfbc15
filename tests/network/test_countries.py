"""Countries (UN membership, regional groups, names in the interface languages) and the
server-rendered SVG world map. No database needed."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from network.countries import (
    REGIONAL_GROUPS,
    UN_MEMBERS,
    UN_OBSERVER_STATES,
    codes_in_group,
    country_choices,
    country_name,
    is_un_member,
    regional_group,
)
from network.worldmap import MEMBER_FILL, OBSERVER_FILL, OTHER_FILL, world_map_svg

SVG = "{http://www.w3.org/2000/svg}"
LABELS = {"member": "Members", "observer": "Observers"}


def test_the_193_member_states():
    assert len(UN_MEMBERS) == 193
    assert all(len(code) == 2 and code.isupper() for code in UN_MEMBERS)
    assert set(UN_MEMBERS.values()) == {key for key, _ in REGIONAL_GROUPS}


def test_regional_group_sizes():
    sizes = {key: len(codes_in_group(key)) for key, _ in REGIONAL_GROUPS}
    assert sizes == {
        "african": 54,
        "asia_pacific": 54,  # with Kiribati
        "eastern_european": 23,
        "grulac": 33,
        "weog": 29,  # 28 members with Türkiye, plus the United States
    }
    assert sum(sizes.values()) == 193


@pytest.mark.parametrize(
    ("code", "group"),
    [
        ("PY", "grulac"),
        ("py", "grulac"),
        ("BR", "grulac"),
        ("TR", "weog"),
        ("IL", "weog"),
        ("US", "weog"),
        ("KI", "asia_pacific"),
        ("CY", "asia_pacific"),
        ("MA", "african"),
        ("SS", "african"),
        ("UA", "eastern_european"),
        ("RU", "eastern_european"),
    ],
)
def test_regional_group(code, group):
    assert regional_group(code) == group
    assert is_un_member(code)


def test_observer_states_are_not_members():
    assert UN_OBSERVER_STATES == ("VA", "PS")
    for code in (*UN_OBSERVER_STATES, "TW", "XK", "GL"):
        assert not is_un_member(code)
        assert regional_group(code) is None


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("PY", "es", "Paraguay"),
        ("PY", "en", "Paraguay"),
        ("PY", "fr", "Paraguay"),
        ("PY", "pt", "Paraguai"),
        ("PY", "ar", "الباراغواي"),
        ("BO", "en", "Bolivia"),
        ("BO", "es", "Bolivia"),
        ("BO", "fr", "Bolivie"),
        ("BO", "pt", "Bolívia"),
        ("BO", "ar", "بوليفيا"),
        ("DE", "es", "Alemania"),
        ("DE", "fr", "Allemagne"),
        ("DE", "pt", "Alemanha"),
        ("DE", "ar", "ألمانيا"),
        ("DZ", "es", "Argelia"),  # untranslated in pycountry's catalogue
        ("KR", "en", "South Korea"),
        ("KR", "es", "Corea del Sur"),
        ("KR", "ar", "كوريا الجنوبية"),  # common name missing from the Arabic catalogue
        ("SY", "ar", "سوريا"),
        ("MD", "ar", "مولدوفا"),  # the catalogue gives the Maldives
        ("TR", "en", "Türkiye"),
        ("TR", "es", "Turquía"),
        ("TR", "ar", "تركيا"),
        ("US", "fr", "États-Unis"),
        ("VA", "en", "Holy See"),
        ("VA", "fr", "Saint-Siège"),
        ("PS", "es", "Palestina"),
        ("CD", "fr", "République démocratique du Congo"),
    ],
)
def test_country_names(code, language, name):
    assert country_name(code, language) == name


def test_country_name_follows_the_active_language():
    with translation.override("pt"):
        assert country_name("py") == "Paraguai"
    with translation.override("pt-br"):
        assert country_name("PY") == "Paraguai"
    with translation.override("en"):
        assert country_name("PY") == "Paraguay"
    assert country_name("XK", "fr") == "XK"  # not in ISO 3166: the code itself


def test_every_member_has_a_translated_name():
    for language in ("es", "fr", "pt", "ar"):
        for code in UN_MEMBERS:
            name = country_name(code, language)
            assert name and name != code, (language, code)
    # The Arabic names are in Arabic script, not English left-overs.
    for code in UN_MEMBERS:
        assert not country_name(code, "ar").isascii(), code


@pytest.mark.parametrize("language", ["es", "en", "fr", "pt", "ar"])
def test_country_choices_are_sorted_in_the_active_language(language):
    with translation.override(language):
        choices = country_choices()
    codes = [code for code, _ in choices]
    assert len(codes) == len(set(codes)) >= 249
    assert dict(choices)["PY"] == country_name("PY", language)
    assert choices[0][1] != choices[-1][1]


def test_country_choices_ignore_accents_when_sorting():
    with translation.override("fr"):
        names = [name for _, name in country_choices()]
    # "Égypte" sorts among the E's, not after "Zimbabwe".
    assert names.index("Équateur") < names.index("Érythrée") < names.index("Espagne")
    assert names.index("Égypte") < names.index("Zimbabwe")
    assert names.index("Eswatini") < names.index("États-Unis") < names.index("Éthiopie")
    with translation.override("es"):
        names = [name for _, name in country_choices()]
    assert names.index("Alemania") < names.index("Argelia") < names.index("Austria")
    assert names.index("Afganistán") < names.index("Albania")


# The world map.


@pytest.fixture(scope="module")
def world_map():
    statuses = {"PY": "member", "fr": "member", "BR": "member", "VA": "observer", "PS": "observer"}
    with translation.override("en"):
        return world_map_svg(statuses, title="Our network <script>", labels=LABELS)


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # noqa: S314 - our own output


def country_paths(svg: str) -> dict[str, ET.Element]:
    root = parse(svg)
    return {
        path.get("data-code"): path for path in root.iter(f"{SVG}path") if path.get("data-code")
    }


def test_map_is_a_standalone_accessible_svg(world_map):
    root = parse(world_map)
    assert root.tag == f"{SVG}svg"
    assert world_map.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert root.get("role") == "img"
    assert len(root.get("viewBox").split()) == 4
    assert root.find(f"{SVG}title").text == "Our network <script>"
    assert root.get("aria-labelledby") == root.find(f"{SVG}title").get("id")
    assert "http" not in world_map.replace("http://www.w3.org/2000/svg", "")  # nothing fetched


def test_map_escapes_its_text():
    svg = world_map_svg(
        {"PY": "member"},
        title='<script>alert("x")</script> & co',
        labels={"member": "<b>Members</b>", "observer": "Observers & co"},
    )
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    assert "<b>" not in svg
    assert "&lt;b&gt;Members&lt;/b&gt;" in svg
    assert "Observers &amp; co" in svg
    parse(svg)


def test_map_colours_members(world_map):
    paths = country_paths(world_map)
    for code in ("PY", "FR", "BR"):
        assert paths[code].get("class").split() == ["country", "member"]
        assert paths[code].get("fill") == MEMBER_FILL
    assert MEMBER_FILL == "#0b4f8a"


def test_map_hatches_observers(world_map):
    root = parse(world_map)
    pattern = root.find(f"{SVG}defs/{SVG}pattern")
    assert pattern.find(f"{SVG}rect").get("fill") == OBSERVER_FILL == "#a3470b"
    paths = country_paths(world_map)
    for code in ("VA", "PS"):
        assert paths[code].get("class").split() == ["country", "observer"]
        assert paths[code].get("fill") == f"url(#{pattern.get('id')})"


def test_map_greys_other_countries(world_map):
    paths = country_paths(world_map)
    for code in ("AR", "US", "ES", "CN", "TW", "GL"):
        assert paths[code].get("class").split() == ["country", "other"]
        assert paths[code].get("fill") == OTHER_FILL == "#d5dbe1"
    group = parse(world_map).find(f"{SVG}g")
    assert group.get("stroke").lower() in ("#fff", "#ffffff")


def test_map_has_every_member_and_observer_state_once(world_map):
    root = parse(world_map)
    codes = [path.get("data-code") for path in root.iter(f"{SVG}path") if path.get("data-code")]
    assert len(codes) == len(set(codes))
    assert set(UN_MEMBERS) | set(UN_OBSERVER_STATES) <= set(codes)
    assert "AQ" not in codes


def test_map_paths_are_simplified(world_map):
    data = country_paths(world_map)["PY"].get("d")
    assert data.startswith("M")
    assert set(re.sub(r"[-\d. ]", "", data)) <= set("Mmlaz")
    numbers = re.findall(r"\d*\.?\d+", data)  # "4.3.9" is 4.3 then .9
    assert len(numbers) > 100
    assert all(len(number.partition(".")[2]) <= 1 for number in numbers)  # one decimal at most
    # No consecutive duplicate points: no line segment of length zero.
    for segments in re.findall(r"l([^a-zA-Z]*)", data):
        steps = [float(number) for number in re.findall(r"-?(?:\d+\.?\d*|\.\d+)", segments)]
        assert len(steps) % 2 == 0
        assert all(steps[i] or steps[i + 1] for i in range(0, len(steps), 2))
    assert country_paths(world_map)["PY"].find(f"{SVG}title").text == "Paraguay"


def test_map_legend(world_map):
    root = parse(world_map)
    texts = [text.text for text in root.iter(f"{SVG}text")]
    assert texts == ["Members", "Observers"]
    legend = root.find(f"{SVG}g[@class='legend']")
    fills = [rect.get("fill") for rect in legend.iter(f"{SVG}rect")]
    assert fills[0] == MEMBER_FILL
    assert fills[1].startswith("url(#")


def test_map_is_small():
    statuses = {code: "member" for code in UN_MEMBERS}
    statuses.update(dict.fromkeys(UN_OBSERVER_STATES, "observer"))
    with translation.override("ar"):  # the longest names in bytes
        svg = world_map_svg(statuses, title="خريطة", labels={"member": "أعضاء", "observer": "م"})
    assert len(svg.encode()) < 350 * 1024
    parse(svg)


def test_map_rejects_unknown_statuses():
    with pytest.raises(ValueError, match="unknown"):
        world_map_svg({"PY": "friend"}, title="Map", labels=LABELS)
