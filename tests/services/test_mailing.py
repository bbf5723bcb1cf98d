"""The mail jobs both faces share: the message, the password, a run of the outbox."""

from __future__ import annotations

from conftest import DATA

from kabar_desktop import credentials
from kabar_desktop.i18n import _
from kabar_desktop.mail.outbox import STATE_LABELS, STATES, Outbox
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.services import mailing
from kabar_desktop.settings import Settings, SmtpAccount

ACCOUNT = SmtpAccount(host="mail.example.go.id", user="humas", from_address="humas@example.go.id")


def test_every_outbox_state_has_a_label():
    assert set(STATE_LABELS) == set(STATES)
    assert _(STATE_LABELS["failed"]) == "ditolak"


def test_the_message_comes_from_the_office_and_says_why_its_logo_is_missing(tmp_path):
    settings = Settings()
    settings.profile.office_name = "Rudenim Kupang"
    settings.profile.logo_path = str(tmp_path / "none.png")
    message, warning = mailing.office_message(
        read_draft(DATA / "sample.json"), settings, to=["kanwil@example.go.id"], sender="a@b.id"
    )
    assert message["To"] == "kanwil@example.go.id"
    assert warning is not None and "none.png" in warning


def test_the_password_variable_comes_before_the_keyring(monkeypatch):
    monkeypatch.setattr(credentials, "get_password", lambda key, user: "dari-keyring")
    monkeypatch.delenv(mailing.PASSWORD_VARIABLE, raising=False)
    assert mailing.saved_password(ACCOUNT) == "dari-keyring"
    monkeypatch.setenv(mailing.PASSWORD_VARIABLE, "dari-variabel")
    assert mailing.saved_password(ACCOUNT) == "dari-variabel"
    assert mailing.saved_password(SmtpAccount(host="h", from_address="a@b.id")) is None


def test_without_a_password_nothing_is_tried_and_the_message_waits():
    message, _warning = mailing.office_message(
        read_draft(DATA / "sample.json"), Settings(), to=["kanwil@example.go.id"], sender="a@b.id"
    )
    entry = mailing.queue_message(message, draft_id=None)
    with Outbox() as outbox:
        run = mailing.send_outbox(outbox, ACCOUNT, None)
        assert [e.id for e in outbox.entries()] == [entry]
    assert run.needs_password and run.report is None
    assert run.waiting == 1 and run.sent_to == []
