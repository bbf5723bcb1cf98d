"""``kabar send`` and ``kabar outbox`` against a real server; bad input is refused with exit 2."""

from __future__ import annotations

import io
from email import message_from_bytes
from email.policy import default

import pytest

from kabar_desktop import credentials
from kabar_desktop.cli import main
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.settings import SmtpAccount, load_settings, save_settings
from kabar_desktop.store import DraftStore

from .mailservers import PASSWORD, USER


@pytest.fixture
def draft_id(sample_path) -> int:
    store = DraftStore.open(session=False)
    try:
        return store.create(read_draft(sample_path), kind="import")
    finally:
        store.close()


def _use_account(account: SmtpAccount) -> None:
    settings = load_settings()
    settings.smtp = account
    settings.profile.office_name = "Rudenim Kupang"
    save_settings(settings)


def test_send_eml_needs_no_account(tmp_path, draft_id, capsys):
    path = tmp_path / "berita.eml"
    assert main(["send", str(draft_id), "--to", "kanwil@example.go.id", "--eml", str(path)]) == 0
    assert capsys.readouterr().out.strip() == str(path)
    opened = message_from_bytes(path.read_bytes(), policy=default)
    assert opened["X-Unsent"] == "1" and opened["To"] == "kanwil@example.go.id"
    assert "From" not in opened  # no account: the mail program fills in its own
    assert main(["send", str(draft_id), "--eml", str(tmp_path / "kosong.eml")]) == 0


@pytest.mark.parametrize(
    "args",
    [
        ["--to", "kanwil@example"],
        ["--to", "kanwil@example.go.id, bukan alamat"],
        ["--to", "bukan-alamat", "--eml", "x.eml"],
        [],  # no recipient and no .eml
    ],
)
def test_bad_address_is_refused_and_writes_nothing(tmp_path, draft_id, capsys, args, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["send", str(draft_id), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kabar: --to: ") and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_unknown_draft_and_missing_account(tmp_path, draft_id, capsys):
    assert main(["send", "999", "--to", "kanwil@example.go.id", "--eml", "x.eml"]) == 2
    assert "999" in capsys.readouterr().err
    assert main(["send", str(draft_id), "--to", "kanwil@example.go.id"]) == 2
    assert "--eml" in capsys.readouterr().err  # says how to send without an account
    _use_account(SmtpAccount("127.0.0.1", 70000, "starttls", "", "humas@rudenim-kupang.go.id"))
    assert main(["send", str(draft_id), "--to", "kanwil@example.go.id"]) == 2
    assert "65535" in capsys.readouterr().err


def test_send_delivers_once_and_outbox_lists_it(smtp_server, draft_id, capsys, monkeypatch):
    server = smtp_server()
    _use_account(server.account())
    monkeypatch.setenv("KABAR_SMTP_PASSWORD", PASSWORD)
    assert main(["send", str(draft_id), "--to", "kanwil@example.go.id", "--html"]) == 0
    assert "kanwil@example.go.id" in capsys.readouterr().out
    (delivery,) = server.recorder.deliveries
    received = message_from_bytes(delivery.data, policy=default)
    assert received["From"] == "humas@rudenim-kupang.go.id" and "X-Unsent" not in received
    assert len(list(received.iter_attachments())) == 2  # DOCX and HTML
    assert main(["outbox"]) == 0
    listing = capsys.readouterr().out
    assert received["Subject"] in listing and "kanwil@example.go.id" in listing
    assert main(["outbox", "--send"]) == 0  # nothing left: nothing sent again
    assert len(server.recorder.deliveries) == 1


def test_unsent_message_waits_in_the_outbox(smtp_server, draft_id, capsys, monkeypatch):
    server = smtp_server()
    server.recorder.faults.append("451 4.3.0 try later")
    _use_account(server.account())
    monkeypatch.setenv("KABAR_SMTP_PASSWORD", PASSWORD)
    assert main(["send", str(draft_id), "--to", "kanwil@example.go.id"]) == 1
    err = capsys.readouterr().err
    assert "451" in err and "kabar outbox --send" in err
    assert server.recorder.deliveries == []
    assert main(["outbox"]) == 0
    assert "451" in capsys.readouterr().out
    assert main(["outbox", "--send"]) == 0  # the user's "send now" does not wait for backoff
    assert len(server.recorder.deliveries) == 1
    assert main(["outbox", "--remove", "1"]) == 0
    assert main(["outbox", "--remove", "1"]) == 2


def test_no_password_anywhere_keeps_the_message(smtp_server, draft_id, capsys, memory_keyring):
    server = smtp_server()
    _use_account(server.account())
    assert main(["send", str(draft_id), "--to", "kanwil@example.go.id"]) == 1
    assert "KABAR_SMTP_PASSWORD" in capsys.readouterr().err
    assert server.recorder.logins == [] and server.recorder.deliveries == []
    account = server.account()
    credentials.set_password(account.service_key, USER, PASSWORD)  # set in Preferences
    assert main(["outbox", "--send"]) == 0
    assert len(server.recorder.deliveries) == 1


def test_prompted_password_is_kept_in_a_secure_keyring(
    smtp_server, draft_id, capsys, memory_keyring, monkeypatch
):
    server = smtp_server()
    _use_account(server.account())
    tty = io.StringIO()
    tty.isatty = lambda: True
    monkeypatch.setattr("sys.stdin", tty)
    monkeypatch.setattr("getpass.getpass", lambda prompt: PASSWORD)
    assert main(["send", str(draft_id), "--to", "kanwil@example.go.id"]) == 0
    assert credentials.get_password(server.account().service_key, USER) == PASSWORD
