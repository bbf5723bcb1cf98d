"""The office's role in its profile: a UPT by default, a Kanwil with its list of UPTs."""

from __future__ import annotations

import json

from kabar_desktop.settings import OfficeProfile, Settings, load_settings, save_settings


def test_a_settings_file_from_before_the_role_loads_as_a_upt(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"profile": {"office_name": "Lapas Kupang", "city": "Kupang"}}),
        encoding="utf-8",
    )
    profile = load_settings(path).profile
    assert profile.office_name == "Lapas Kupang"
    assert profile.role == "upt" and not profile.is_kanwil
    assert profile.kanwil_name == "" and profile.offices == []


def test_a_kanwil_keeps_its_name_and_its_offices(tmp_path):
    path = tmp_path / "settings.json"
    profile = OfficeProfile(
        office_name="Kanwil Kemenkumham NTT",
        city="Kupang",
        role="kanwil",
        kanwil_name="Kanwil Kemenkumham NTT",
        offices=["Lapas Kelas IIA Kupang", "Rutan Kelas IIB Soe"],
    )
    save_settings(Settings(profile=profile), path)
    loaded = load_settings(path).profile
    assert loaded.is_kanwil
    assert loaded.kanwil_name == "Kanwil Kemenkumham NTT"
    assert loaded.offices == ["Lapas Kelas IIA Kupang", "Rutan Kelas IIB Soe"]


def test_a_damaged_role_or_list_gives_a_upt_and_keeps_the_rest(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "profile": {
                    "office_name": "Rutan Soe",
                    "city": "Soe",
                    "role": "ministry",
                    "kanwil_name": 7,
                    "offices": ["Lapas Atambua", 3, "  ", "Lapas Atambua", " Rudenim Kupang "],
                }
            }
        ),
        encoding="utf-8",
    )
    profile = load_settings(path).profile
    assert profile.office_name == "Rutan Soe" and profile.city == "Soe"
    assert profile.role == "upt"
    assert profile.kanwil_name == ""
    assert profile.offices == ["Lapas Atambua", "Rudenim Kupang"]

    path.write_text(json.dumps({"profile": {"role": "kanwil", "offices": "Lapas"}}))
    profile = load_settings(path).profile
    assert profile.is_kanwil and profile.offices == []
