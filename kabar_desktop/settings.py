"""The user's settings and office profile, kept as JSON where the platform expects settings.

No Qt here: the command line reads the same profile. Writes are atomic.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from kabar_desktop import paths
from kabar_desktop.atomic import write_bytes_atomic
from kabar_desktop.model.draft import Draft, Style

MAX_RECENT = 8
ROLES = ("upt", "kanwil")  # a field office (UPT), or the regional office (Kanwil) it sends to


@dataclass
class OfficeProfile:
    """What every new draft starts from (asked for on the first start)."""

    office_name: str = ""  # "Rudenim Kupang": organizer, photo credits, DOCX author
    city: str = ""  # the dateline
    credit_initials: str = ""  # "fka" → credit "humas/fka"
    pad_dates: bool = False
    credit_inline: bool = True
    dateline_tag: str = ""
    logo_path: str = ""  # an image for the DOCX header, optional
    dateline_dash: str = "-"  # "-" or "–" between the dateline and the lead
    photo_credit: str = ""  # "Dok. Humas Lapas Tanjung"; empty: "Dok. Humas <office>"
    photo_credit_brackets: bool = True  # "caption (Dok. Humas …)" or "caption. Dok. Humas …"
    # The office's place in the chain (docs/desk.md): a UPT names its Kanwil; a Kanwil lists
    # its UPTs as each names itself (that name travels as a draft's origin) and opens the desk.
    role: str = "upt"  # one of ROLES
    kanwil_name: str = ""  # "Kanwil Kemenkumham NTT": a Kanwil's own name on its reports
    offices: list[str] = field(default_factory=list)  # a Kanwil's UPTs

    @property
    def is_kanwil(self) -> bool:
        return self.role == "kanwil"

    @property
    def credit(self) -> str:
        initials = self.credit_initials.strip().strip("/").lower()
        return f"humas/{initials}" if initials else ""

    def new_draft(self) -> Draft:
        return Draft(
            dateline=self.city.strip(),
            organizer=self.office_name.strip(),
            credit=self.credit,
            style=Style(
                pad_dates=self.pad_dates,
                credit_inline=self.credit_inline,
                dateline_tag=self.dateline_tag.strip(),
                dateline_dash=self.dateline_dash.strip() or "-",
                photo_credit=self.photo_credit.strip(),
                photo_credit_brackets=self.photo_credit_brackets,
            ),
        )

    @property
    def is_set(self) -> bool:
        return bool(self.office_name.strip() and self.city.strip())


SMTP_SECURITY = ("starttls", "ssl")  # STARTTLS (port 587) or SMTPS (port 465); never plain text
SMTP_PORTS = {"starttls": 587, "ssl": 465}


@dataclass
class SmtpAccount:
    """The mail server that sends from the outbox. The password is in the keyring, never here."""

    host: str = ""
    port: int = 587
    security: str = "starttls"  # one of SMTP_SECURITY
    user: str = ""  # empty: the server takes mail without logging in
    from_address: str = ""  # humas@rudenim-kupang.go.id
    ca_file: str = ""  # an office's own certificate authority (PEM); empty: the system's

    @property
    def is_set(self) -> bool:
        return bool(self.host.strip() and self.from_address.strip())

    @property
    def service_key(self) -> str:
        """The keyring entry of this account's password (credentials.py)."""
        return f"smtp:{self.host.strip().lower()}:{self.port}"


@dataclass
class SyncSettings:
    """Where drafts are synced (docs/sync.md). The WebDAV password is in the keyring or nowhere."""

    target: str = ""  # a folder, or an http(s) WebDAV address; empty: sync is not set up
    user: str = ""  # the WebDAV user name
    ca_file: str = ""  # an office's own certificate authority (PEM); empty: the system's
    automatic: bool = False  # sync by itself when the target can be reached

    @property
    def is_set(self) -> bool:
        return bool(self.target.strip())

    @property
    def service_key(self) -> str:
        """The keyring entry of the WebDAV password (the same as ``kabar sync`` uses)."""
        return f"sync:{self.target.strip()}"


@dataclass
class Settings:
    """What Kabar keeps between sessions: language, office profile, accounts, window."""

    language: str = "id"
    profile: OfficeProfile = field(default_factory=OfficeProfile)
    smtp: SmtpAccount = field(default_factory=SmtpAccount)
    sync: SyncSettings = field(default_factory=SyncSettings)
    recent_files: list[str] = field(default_factory=list)
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    splitter_state: str = ""  # base64 of QSplitter.saveState()
    first_start_done: bool = False
    mail_to: str = ""  # the last recipient of "Send by email" (the Kanwil's address)
    # The draft open at the last quit, opened again at the next start: its id in the store
    # (0: none), else the file it was read from ("" : none).
    last_draft_id: int = 0
    last_file: str = ""
    recent_drafts: list[int] = field(default_factory=list)  # store ids, newest first

    def add_recent_draft(self, draft_id: int) -> None:
        """Put the stored draft ``draft_id`` first in Open Recent."""
        self.recent_drafts = [draft_id] + [d for d in self.recent_drafts if d != draft_id]
        del self.recent_drafts[MAX_RECENT:]

    def forget_draft(self, draft_id: int) -> None:
        """A draft gone from the store (trashed, deleted) leaves Open Recent and the reopening."""
        self.recent_drafts = [d for d in self.recent_drafts if d != draft_id]
        if self.last_draft_id == draft_id:
            self.last_draft_id = 0

    def add_recent(self, path: Path) -> None:
        name = str(Path(path).resolve())
        self.recent_files = [name] + [p for p in self.recent_files if p != name]
        del self.recent_files[MAX_RECENT:]


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


def _known(cls, data: dict) -> dict:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def _section(cls, data: object):
    """A nested part of the settings; a missing or damaged part gives its defaults alone."""
    if not isinstance(data, dict):
        return cls()
    try:
        return cls(**_known(cls, data))
    except TypeError:
        return cls()


def _profile(data: dict) -> OfficeProfile:
    """The office profile; a settings file from before the role (or a damaged role, name or
    list of offices) gives a UPT, no Kanwil name, no offices, the rest as saved."""
    profile = OfficeProfile(**_known(OfficeProfile, data))
    if profile.role not in ROLES:
        profile.role = "upt"
    if not isinstance(profile.kanwil_name, str):
        profile.kanwil_name = ""
    offices = profile.offices if isinstance(profile.offices, list) else []
    names = (o.strip() for o in offices if isinstance(o, str))
    profile.offices = list(dict.fromkeys(n for n in names if n))
    return profile


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; defaults when there are none or the file is damaged."""
    path = path or settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        profile = _profile(data.get("profile") or {})
        smtp = _section(SmtpAccount, data.get("smtp"))
        sync = _section(SyncSettings, data.get("sync"))
        settings = Settings(
            **_known(Settings, {**data, "profile": profile, "smtp": smtp, "sync": sync})
        )
        if not isinstance(settings.recent_files, list):
            settings.recent_files = []
        if not isinstance(settings.recent_drafts, list):
            settings.recent_drafts = []
        settings.recent_drafts = [d for d in settings.recent_drafts if type(d) is int]
        if type(settings.last_draft_id) is not int:
            settings.last_draft_id = 0
        if not isinstance(settings.last_file, str):
            settings.last_file = ""
        return settings
    except (OSError, ValueError, TypeError, AttributeError):
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(asdict(settings), ensure_ascii=False, indent=2).encode("utf-8")
    write_bytes_atomic(path, data)
