"""The SMTP account lives in the settings; files from before it existed still load whole."""

from __future__ import annotations

import json

from kabar_desktop.settings import SmtpAccount, load_settings, save_settings


def test_old_settings_file_loads_with_no_account(tmp_path):
    path = tmp_path / "settings.json"
    old = {"language": "en", "profile": {"office_name": "Rudenim Kupang", "city": "Kupang"}}
    path.write_text(json.dumps(old), encoding="utf-8")
    settings = load_settings(path)
    assert settings.language == "en" and settings.profile.office_name == "Rudenim Kupang"
    assert settings.smtp == SmtpAccount() and not settings.smtp.is_set


def test_account_saved_and_read_back_without_a_password(tmp_path):
    path = tmp_path / "settings.json"
    settings = load_settings(path)
    settings.smtp = SmtpAccount("mail.kanwil.go.id", 465, "ssl", "humas", "humas@upt.go.id")
    save_settings(settings, path)
    assert load_settings(path).smtp == settings.smtp
    assert "password" not in path.read_text(encoding="utf-8")
    assert settings.smtp.service_key == "smtp:mail.kanwil.go.id:465"


def test_damaged_account_section_keeps_the_rest(tmp_path):
    path = tmp_path / "settings.json"
    for damaged in ("mail.kanwil.go.id", {"host": "x", "unknown": 1, "port": 25}, [1, 2]):
        data = {"language": "en", "profile": {"city": "Kupang"}, "smtp": damaged}
        path.write_text(json.dumps(data), encoding="utf-8")
        settings = load_settings(path)
        assert settings.language == "en" and settings.profile.city == "Kupang"
    assert load_settings(path).smtp == SmtpAccount()
