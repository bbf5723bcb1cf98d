"""Send by email from the window: the .eml for the user's mail program, the outbox over a real
TLS SMTP server (tests/mail's fixtures), retries, the Outbox dialog and the account's page."""

from __future__ import annotations

import socket
import time
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path

import pytest
from mail import conftest as mail_fixtures
from mail.mailservers import PASSWORD, USER, Recorder, server_context, start_server
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMessageBox

from kabar_desktop import credentials
from kabar_desktop.gui.mail.dialog import SendMailDialog
from kabar_desktop.gui.mail.outbox_view import OutboxDialog
from kabar_desktop.gui.mail.worker import mail_sender, minutes_text
from kabar_desktop.gui.preferences import dialogs as preferences
from kabar_desktop.i18n import _, ngettext
from kabar_desktop.mail.outbox import Outbox
from kabar_desktop.settings import SmtpAccount, load_settings

pki = mail_fixtures.pki
smtp_server = mail_fixtures.smtp_server
memory_keyring = mail_fixtures.memory_keyring

KANWIL = "kanwil@kemenkumham.go.id"
TITLE = "Rudenim Kupang Gelar Pelatihan Tugas dan Fungsi Bidang Kehumasan"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(window):
    """The window of tests/conftest.py with its start-up finished: the outbox it resumes after
    the first paint (or 2 s later offscreen, on a slow machine) must not start a second run
    in the middle of a test, whose status line would then lack the first run's reason."""
    window.later.run()
    return window


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes are recorded, never shown; questions answer Yes."""
    seen: dict[str, list[str]] = {"warning": [], "information": [], "question": []}

    def recorder(kind):
        def record(parent, title, text, *args, **kwargs):
            seen[kind].append(text)
            if kind == "question":
                return QMessageBox.StandardButton.Yes
            return QMessageBox.StandardButton.Ok

        return record

    for kind in seen:
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return seen


@pytest.fixture
def opened(monkeypatch):
    """The URLs the window asked the system to open (no mail program is launched)."""
    urls: list = []

    def open_url(url):
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def dialog_for(window, qtbot) -> SendMailDialog:
    window.acts.send_mail.trigger()
    [dialog] = [d for d in window.findChildren(SendMailDialog) if d.isVisible()]
    return dialog


def set_account(window, account: SmtpAccount) -> None:
    window.settings.smtp = account
    assert credentials.set_password(account.service_key, USER, PASSWORD)


def send_to(window, qtbot, address: str = KANWIL) -> None:
    dialog = dialog_for(window, qtbot)
    assert dialog.send_button.isEnabled()
    dialog.to.clear()
    qtbot.keyClicks(dialog.to, address)
    qtbot.mouseClick(dialog.send_button, LEFT)


def status(window) -> str:
    return window.statusBar().currentMessage()


def wait_for_waiting_line(window, qtbot, sender) -> None:
    """Until the run says the message waits, and no run asked for meanwhile is still to come
    (one would stop the retry timer and set the same line again)."""
    qtbot.waitUntil(
        lambda: waiting_line(1, 60) in status(window) and sender.settled, timeout=20000
    )


def waiting_line(count: int, seconds: float) -> str:
    return ngettext(
        "{count} message waiting to be sent; Kabar retries in {when}",
        "{count} messages waiting to be sent; Kabar retries in {when}",
        count,
    ).format(count=count, when=minutes_text(seconds))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def down_server(pki, memory_keyring):
    """An account for a port where no server listens yet; ``up()`` starts one there."""
    port = free_port()
    recorder = Recorder()
    controllers = []

    def up() -> Recorder:
        controllers.append(
            start_server(recorder, security="starttls", context=server_context(pki), port=port)
        )
        return recorder

    account = SmtpAccount(
        host="127.0.0.1",
        port=port,
        user=USER,
        from_address="humas@rudenim-kupang.go.id",
        ca_file=str(pki.ca),
    )
    yield account, up, recorder
    recorder.release.set()
    for controller in controllers:
        controller.stop()


# --- the .eml for the user's mail program ------------------------------------------------------


def test_open_in_mail_program_writes_an_unsent_message_with_the_docx(window, qtbot, opened, boxes):
    dialog = dialog_for(window, qtbot)
    assert dialog.windowTitle() == _("Send by Email")
    assert not dialog.send_button.isEnabled()  # no account: only the mail program
    assert dialog.setup.isVisible()
    qtbot.keyClicks(dialog.to, KANWIL)
    dialog.html.setChecked(True)
    qtbot.mouseClick(dialog.open_button, LEFT)

    [url] = opened
    path = Path(url.toLocalFile())
    message = message_from_bytes(path.read_bytes(), policy=default_policy)
    assert path.name == "Rudenim-Kupang-Gelar-Pelatihan-Tugas-dan-Fungsi-Bidang-Kehumasan.eml"
    assert message["X-Unsent"] == "1"
    assert message["To"] == KANWIL
    assert message["From"] is None  # the mail program fills in its own account
    assert message["Subject"] == TITLE
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names == [
        "Rudenim-Kupang-Gelar-Pelatihan-Tugas-dan-Fungsi-Bidang-Kehumasan.docx",
        "Rudenim-Kupang-Gelar-Pelatihan-Tugas-dan-Fungsi-Bidang-Kehumasan.html",
    ]
    docx_bytes = next(message.iter_attachments()).get_content()
    assert docx_bytes[:2] == b"PK"  # a real Word (zip) document
    assert status(window) == _("The message is open in your mail program: {file}").format(file=path)
    assert boxes == {"warning": [], "information": [], "question": []}
    assert load_settings().mail_to == KANWIL  # remembered for next time
    again = dialog_for(window, qtbot)
    assert again.to.text() == KANWIL


def test_save_as_writes_the_message_where_the_user_chooses(
    window, qtbot, opened, boxes, monkeypatch, tmp_path
):
    documents = tmp_path / "Dokumen"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    asked: list[tuple[str, str]] = []
    chosen = tmp_path / "kirim nanti"  # no extension: .eml is added

    def save_name(parent, title, default, file_filter):
        asked.append((default, file_filter))
        return str(chosen), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    dialog = dialog_for(window, qtbot)
    assert dialog.save_button.text() == _("Sa&ve As…") == "&Simpan Sebagai…"  # Alt+S: free
    qtbot.keyClicks(dialog.to, KANWIL)
    qtbot.mouseClick(dialog.save_button, LEFT)

    [(default, file_filter)] = asked
    assert Path(default) == documents / f"{TITLE.replace(' ', '-')}.eml"
    assert file_filter == _("Email message (*.eml)") == "Pesan email (*.eml)"
    path = tmp_path / "kirim nanti.eml"
    message = message_from_bytes(path.read_bytes(), policy=default_policy)
    assert (message["X-Unsent"], message["To"], message["Subject"]) == ("1", KANWIL, TITLE)
    assert opened == []  # saved, not opened
    assert not dialog.isVisible()
    assert status(window) == _("Saved {file}").format(file=path)
    assert boxes == {"warning": [], "information": [], "question": []}
    assert load_settings().mail_to == KANWIL


def test_save_as_cancelled_writes_nothing_and_keeps_the_dialog(
    window, qtbot, opened, monkeypatch, tmp_path
):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    dialog = dialog_for(window, qtbot)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and opened == []


def test_a_bad_address_is_shown_and_nothing_is_written(window, qtbot, opened):
    dialog = dialog_for(window, qtbot)
    qtbot.keyClicks(dialog.to, "kanwil@kemenkumham")
    qtbot.mouseClick(dialog.open_button, LEFT)
    assert opened == []
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert "kanwil@kemenkumham" in dialog.problem.text()


def test_an_unfinished_article_gets_the_exports_message_and_sends_nothing(
    window, qtbot, boxes, smtp_server, memory_keyring
):
    server = smtp_server()
    set_account(window, server.account())
    window.session.edit(lambda d: setattr(d, "title", ""))
    window.acts.send_mail.trigger()
    [message] = boxes["information"]
    assert message.startswith(_("Fill these in first; the fields are marked in the form:"))
    assert "• Judul berita" in message
    assert window.findChild(SendMailDialog, "send-mail-dialog") is None
    assert server.recorder.deliveries == []
    with Outbox() as outbox:
        assert outbox.entries() == []


# --- the outbox, over a real TLS server --------------------------------------------------------


def test_send_delivers_one_message_and_the_status_bar_says_so(
    window, qtbot, boxes, smtp_server, memory_keyring
):
    server = smtp_server()
    set_account(window, server.account())
    send_to(window, qtbot)
    sent = _("Sent to {addresses}").format(addresses=KANWIL)
    qtbot.waitUntil(lambda: status(window) == sent, timeout=20000)
    [delivery] = server.recorder.deliveries
    assert delivery.rcpt_tos == [KANWIL]
    assert delivery.authenticated
    message = message_from_bytes(delivery.data, policy=default_policy)
    assert message["Subject"] == TITLE
    assert message["X-Unsent"] is None
    assert [p.get_filename().rsplit(".", 1)[1] for p in message.iter_attachments()] == ["docx"]
    sender = mail_sender(window)
    assert not sender.timer.isActive()  # nothing left to retry
    sender.send()  # another run sends nothing twice
    qtbot.waitUntil(lambda: not sender.busy)
    qtbot.wait(50)
    assert len(server.recorder.deliveries) == 1
    with Outbox() as outbox:
        assert [e.state for e in outbox.entries()] == ["sent"]
    assert boxes["warning"] == []


def test_a_password_not_stored_is_asked_for_once(
    window, qtbot, boxes, monkeypatch, smtp_server, memory_keyring
):
    server = smtp_server()
    window.settings.smtp = server.account()  # nothing in the keyring
    asked: list[str] = []

    def get_text(parent, title, label, echo):
        asked.append(label)
        return PASSWORD, True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    send_to(window, qtbot)
    qtbot.waitUntil(lambda: len(server.recorder.deliveries) == 1, timeout=20000)
    assert len(asked) == 1 and USER in asked[0]
    assert credentials.get_password(server.account().service_key, USER) is None  # not stored


def test_with_the_server_down_the_message_waits_and_the_retry_delivers_it_once(
    window, qtbot, boxes, down_server
):
    account, up, recorder = down_server
    set_account(window, account)
    send_to(window, qtbot)
    sender = mail_sender(window)
    wait_for_waiting_line(window, qtbot, sender)
    assert status(window).startswith(waiting_line(1, 60))
    assert "127.0.0.1" in status(window)  # why: it cannot be reached
    assert boxes["warning"] == []  # offline is normal: the status bar says it, no box
    assert sender.timer.isActive()
    assert 55_000 < sender.timer.remainingTime() <= 64_000  # a minute (coarse timer)
    with Outbox() as outbox:
        assert outbox.waiting_count() == 1

    up()
    sender.clock = lambda: time.time() + 61  # the minute has passed
    sender.timer.start(0)  # and the timer fires
    sent = _("Sent to {addresses}").format(addresses=KANWIL)
    qtbot.waitUntil(lambda: status(window) == sent, timeout=20000)
    assert len(recorder.deliveries) == 1
    assert not sender.timer.isActive()
    sender.send(force=True)
    qtbot.waitUntil(lambda: not sender.busy)
    qtbot.wait(50)
    assert len(recorder.deliveries) == 1  # once, across the retries


def test_outbox_dialog_sends_now_and_removes(window, qtbot, boxes, down_server):
    account, up, recorder = down_server
    set_account(window, account)
    send_to(window, qtbot)
    sender = mail_sender(window)
    wait_for_waiting_line(window, qtbot, sender)

    window.acts.outbox.trigger()
    dialog = window.findChild(OutboxDialog, "outbox-dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.list.topLevelItemCount() == 1
    row = dialog.list.topLevelItem(0)
    assert row.text(0) == _("waiting").capitalize()
    assert (row.text(1), row.text(2)) == (KANWIL, TITLE)
    assert "127.0.0.1" in row.toolTip(0)
    assert dialog.summary.text().startswith(
        ngettext(
            "{count} message waiting to be sent", "{count} messages waiting to be sent", 1
        ).format(count=1)
    )

    up()
    qtbot.mouseClick(dialog.send_button, LEFT)  # now, not in a minute
    qtbot.waitUntil(lambda: dialog.list.topLevelItem(0).text(0) == _("sent").capitalize())
    assert len(recorder.deliveries) == 1
    assert dialog.summary.text() == _("Everything has been sent.")
    assert not dialog.send_button.isEnabled()

    dialog.list.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(dialog.remove_button, LEFT)
    assert dialog.list.topLevelItemCount() == 0
    assert dialog.summary.text() == _("The outbox is empty.")
    assert boxes["question"] == []  # a sent message goes without asking
    qtbot.waitUntil(lambda: not sender.busy)  # its thread ends just after the row says sent


def test_removing_a_waiting_message_asks_first(window, qtbot, boxes, down_server):
    account, _up, recorder = down_server
    set_account(window, account)
    send_to(window, qtbot)
    wait_for_waiting_line(window, qtbot, mail_sender(window))
    window.acts.outbox.trigger()
    dialog = window.findChild(OutboxDialog, "outbox-dialog")
    dialog.list.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(dialog.remove_button, LEFT)
    [question] = boxes["question"]
    assert TITLE in question
    with Outbox() as outbox:
        assert outbox.waiting_count() == 0


# --- the account in Preferences ----------------------------------------------------------------


def fill(qtbot, field, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def test_preferences_check_and_save_the_account(window, qtbot, monkeypatch, memory_keyring, pki):
    seen: dict[str, object] = {}

    def exec_(self):
        self.show()
        page = self.smtp_page
        seen["page"] = self.tabs.currentWidget() is page
        fill(qtbot, page.from_address, "humas@rudenim-kupang.go.id")
        fill(qtbot, page.port, "70000")
        seen["problems"] = page.problems.text() if page.problems.isVisible() else ""
        seen["ok_blocked"] = not self.ok_button.isEnabled()
        seen["hint"] = self.findChild(QLabel, "smtp-hint").isVisible()
        fill(qtbot, page.host, "mail.kanwil.go.id")
        page.security.setCurrentIndex(page.security.findData("ssl"))
        seen["port"] = page.port.text()  # a wrong port is not changed behind the user's back
        fill(qtbot, page.port, "465")
        fill(qtbot, page.user, USER)
        fill(qtbot, page.ca_file, str(pki.ca))
        qtbot.keyClicks(page.password, PASSWORD)
        seen["ok_after"] = self.ok_button.isEnabled()
        self.accept()
        return self.DialogCode.Accepted

    monkeypatch.setattr(preferences.PreferencesDialog, "exec", exec_)
    window.edit_preferences("smtp-page")
    assert seen["page"]
    problems = str(seen["problems"])
    assert _("the mail server's name is missing").capitalize() in problems
    assert _("the port must be a number from 1 to 65535").capitalize() in problems
    assert seen["ok_blocked"] and seen["hint"]
    assert seen["port"] == "70000"
    assert seen["ok_after"]
    expected = SmtpAccount(
        host="mail.kanwil.go.id",
        port=465,
        security="ssl",
        user=USER,
        from_address="humas@rudenim-kupang.go.id",
        ca_file=str(pki.ca),
    )
    assert window.settings.smtp == expected
    assert load_settings().smtp == expected
    assert credentials.get_password(expected.service_key, USER) == PASSWORD
    from kabar_desktop.settings import settings_path

    assert PASSWORD not in settings_path().read_text(encoding="utf-8")


def test_an_empty_account_is_no_account_and_does_not_block_ok(qtbot):
    from kabar_desktop.settings import OfficeProfile, Settings

    settings = Settings(profile=OfficeProfile(office_name="Rudenim Kupang", city="Kupang"))
    dialog = preferences.PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ok_button.isEnabled()
    assert not dialog.smtp_page.problems.isVisible()
    assert dialog.settings().smtp == SmtpAccount()


def test_without_a_safe_keyring_the_password_is_not_offered(qtbot, monkeypatch):
    monkeypatch.setattr(credentials, "secure_keyring_available", lambda: False)
    from kabar_desktop.gui.mail.smtp_settings import SmtpPage

    page = SmtpPage(SmtpAccount())
    qtbot.addWidget(page)
    page.show()
    assert not page.remember.isVisible()
    assert not page.password.isEnabled()


def test_the_dialogs_set_up_button_opens_the_email_page(window, qtbot, monkeypatch, down_server):
    account, _up, _recorder = down_server

    def exec_(self):
        assert self.tabs.currentWidget() is self.smtp_page
        page = self.smtp_page
        fill(qtbot, page.host, account.host)
        fill(qtbot, page.port, str(account.port))
        fill(qtbot, page.from_address, account.from_address)
        return self.DialogCode.Accepted

    monkeypatch.setattr(preferences.PreferencesDialog, "exec", exec_)
    dialog = dialog_for(window, qtbot)
    assert not dialog.send_button.isEnabled()
    qtbot.mouseClick(dialog.setup, LEFT)
    assert window.settings.smtp.host == "127.0.0.1"
    assert dialog.send_button.isEnabled()
    assert not dialog.setup.isVisible()


def test_a_refused_password_is_told_in_a_message_box(
    window, qtbot, boxes, smtp_server, memory_keyring
):
    server = smtp_server()
    account = server.account()
    window.settings.smtp = account
    credentials.set_password(account.service_key, USER, "salah")
    send_to(window, qtbot)
    qtbot.waitUntil(lambda: bool(boxes["warning"]), timeout=20000)
    [text] = boxes["warning"]
    assert text.startswith(waiting_line(1, 60))
    assert "535" in text  # the server's own reply, for whoever helps the user
    assert server.recorder.deliveries == []


def test_a_password_given_later_in_preferences_sends_what_waits(
    window, qtbot, boxes, monkeypatch, smtp_server, memory_keyring
):
    server = smtp_server()
    window.settings.smtp = server.account()  # nothing in the keyring
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("", False))  # the user cancels
    send_to(window, qtbot)
    needed = _("the password for {user} is needed").format(user=USER)
    qtbot.waitUntil(lambda: needed in status(window), timeout=20000)
    assert status(window).startswith(
        ngettext(
            "{count} message not sent: see File ▸ Outbox",
            "{count} messages not sent: see File ▸ Outbox",
            1,
        ).format(count=1)
    )
    assert boxes["warning"] == []
    assert not mail_sender(window).timer.isActive()  # no retry can work without it

    def exec_(self):
        qtbot.keyClicks(self.smtp_page.password, PASSWORD)
        self.accept()
        return self.DialogCode.Accepted

    monkeypatch.setattr(preferences.PreferencesDialog, "exec", exec_)
    window.edit_preferences("smtp-page")
    qtbot.waitUntil(lambda: len(server.recorder.deliveries) == 1, timeout=20000)
    sent = _("Sent to {addresses}").format(addresses=KANWIL)
    qtbot.waitUntil(lambda: status(window) == sent)
