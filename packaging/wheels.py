"""Kabar's wheel and the wheels of its dependencies for another platform.

``pip download --platform`` picks wheels for the target, but it evaluates environment markers
(``sys_platform == "win32"``) for *this* machine: keyring would arrive with Linux's
SecretStorage and without Windows' pywin32-ctypes. So the dependency tree is walked here,
one level at a time, with each wheel's ``Requires-Dist`` judged for the target platform.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from email.parser import Parser
from pathlib import Path

from lock import LockError, fetch, pins_for
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("kabar_desktop", "resources", "templates", "setup.py", "pyproject.toml", "README.md")
PYTHON_VERSION = "3.11"  # the embeddable CPython and Debian 12's python3
BUILD = "build"  # the lock's target for the build back end (setuptools, Babel)
FALLBACK_EPOCH = 1704067200  # 2024-01-01: builds outside git are reproducible too


@dataclass(frozen=True)
class Target:
    """A platform to download wheels for, and its environment for markers."""

    name: str
    platforms: tuple[str, ...]
    markers: dict[str, str]


WINDOWS = Target(
    "windows",
    ("win_amd64",),
    {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
)
# Debian 12 has glibc 2.36: any manylinux wheel up to that runs on it.
LINUX = Target(
    "linux",
    tuple(f"manylinux_2_{minor}_x86_64" for minor in range(36, 16, -1)) + ("manylinux2014_x86_64",),
    {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
)


def marker_environment(target: Target) -> dict[str, str]:
    return {
        "python_version": PYTHON_VERSION,
        "python_full_version": f"{PYTHON_VERSION}.9",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "platform_machine": "AMD64" if target is WINDOWS else "x86_64",
        "extra": "",
        **target.markers,
    }


def applies(req: Requirement, target: Target) -> bool:
    """Whether ``req`` is needed on ``target`` (markers judged for it, extras left out)."""
    return req.marker is None or req.marker.evaluate(marker_environment(target))


def source_date_epoch() -> int:
    """The time every file in a build carries: the commit's, so two builds of one commit are
    byte-identical (SOURCE_DATE_EPOCH when set; 2024-01-01 outside a git checkout)."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        done = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=True,
        )
        return int(done.stdout.strip())
    except (OSError, subprocess.CalledProcessError, ValueError):
        return FALLBACK_EPOCH


def normalise_tree(root: Path, epoch: int) -> None:
    """Modes 0644/0755 (executables keep their bit), every time ``epoch``: what goes into an
    archive no longer depends on the umask or on when the files were written."""
    for path in sorted(root.rglob("*"), reverse=True):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o100 else 0o644)
        os.utime(path, (epoch, epoch))
    os.utime(root, (epoch, epoch))


# Made by the build (setup.py) or by other tools: never copied from the checkout.
BUILT = shutil.ignore_patterns(
    "__pycache__", "*.pyc", "*.mo", "_bundled", "*.egg-info", "calendar.json", "*.pot"
)


def build_requirements() -> list[str]:
    """What pyproject.toml's [build-system] asks for (setuptools, Babel)."""
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as fh:
        return list(tomllib.load(fh)["build-system"]["requires"])


def backend_download_command() -> list[str]:
    """``pip download`` for the build back end's wheels, requirements still to add."""
    return [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:"]


def backend_wheels(cache: Path) -> list[Path]:
    """The build back end's wheels that packaging/lock.txt pins (target ``build``),
    downloaded into (or found in) ``cache`` and checked by sha256."""
    return fetch(pins_for(BUILD), backend_download_command(), cache)


def build_kabar_wheel(out: Path, backend: Path | None = None) -> Path:
    """Kabar's own wheel (catalogs compiled, resources inside), built from a copy of the
    checkout's sources only: setuptools would otherwise walk build/ and its Wine prefix.
    Reproducible: the wheel's entries carry SOURCE_DATE_EPOCH and normalised modes, and with
    ``backend`` (a folder of the pinned setuptools and Babel wheels) pip's isolated build
    environment takes its back end from there only, never a newer one from PyPI."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("kabar_desktop-*.whl"):
        old.unlink()
    epoch = source_date_epoch()
    with tempfile.TemporaryDirectory(prefix="kabar-wheel-") as tmp:
        source = Path(tmp) / "kabar"
        source.mkdir()
        for name in SOURCES:
            if (ROOT / name).is_dir():
                shutil.copytree(ROOT / name, source / name, ignore=BUILT)
            else:
                shutil.copy2(ROOT / name, source / name)
        normalise_tree(source, epoch)
        pip = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out)]
        if backend is not None:
            pip += ["--no-index", "--find-links", str(backend)]
        env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
        umask = os.umask(0o022)  # the catalogs setup.py writes: 0644 whatever the user's umask
        try:
            subprocess.run([*pip, str(source)], check=True, env=env)
        finally:
            os.umask(umask)
    (wheel,) = out.glob("kabar_desktop-*.whl")
    return wheel


def requirements_of(wheel: Path) -> list[Requirement]:
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(zf.read(name).decode("utf-8"))
    return [Requirement(line) for line in meta.get_all("Requires-Dist") or []]


def download_command(target: Target, cache: Path) -> list[str]:
    """``pip download`` for ``target``'s wheels into ``cache``, requirements still to add."""
    command = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(cache)]
    command += ["--only-binary=:all:", "--python-version", PYTHON_VERSION]
    command += ["--implementation", "cp", "--abi", "cp311", "--abi", "abi3", "--abi", "none"]
    for platform in target.platforms:
        command += ["--platform", platform]
    return command


def _best_wheel(req: Requirement, target: Target, wheels: list[Path]) -> Path | None:
    """The newest of ``wheels`` that satisfies ``req`` on ``target``."""
    found = []
    for wheel in wheels:
        name, version, _build, tags = parse_wheel_filename(wheel.name)
        if name != canonicalize_name(req.name) or not req.specifier.contains(version):
            continue
        platforms = {tag.platform for tag in tags}
        if "any" in platforms or platforms & set(target.platforms):
            found.append((version, wheel))
    return max(found)[1] if found else None


def resolve(
    kabar_wheel: Path,
    target: Target,
    cache: Path,
    download: bool = False,
    wheels: list[Path] | None = None,
) -> list[Path]:
    """Every wheel Kabar needs on ``target``, chosen among ``wheels`` (by default the
    ``cache``'s); with ``download``, what is missing comes from PyPI (``lock.py update``)."""
    cache.mkdir(parents=True, exist_ok=True)
    chosen: dict[str, Path] = {}
    pending = requirements_of(kabar_wheel)
    while pending:
        wanted = [
            r for r in pending if canonicalize_name(r.name) not in chosen and applies(r, target)
        ]
        candidates = list(wheels) if wheels is not None else list(cache.glob("*.whl"))
        missing = [r for r in wanted if _best_wheel(r, target, candidates) is None]
        if missing and download:
            # Markers were judged for the target already; pip would judge them for this machine.
            requirements = [f"{r.name}{r.specifier}" for r in missing]
            subprocess.run(download_command(target, cache) + requirements, check=True)
            candidates = list(cache.glob("*.whl"))
        pending = []
        for req in wanted:
            key = canonicalize_name(req.name)
            if key in chosen:
                continue
            wheel = _best_wheel(req, target, candidates)
            if wheel is None:
                raise LockError(
                    f"no {target.name} wheel for {req} in packaging/lock.txt: Kabar's "
                    "dependencies changed; run `python3 packaging/lock.py update`"
                )
            chosen[key] = wheel
            pending += requirements_of(wheel)
    return sorted(chosen.values())


def dependency_wheels(kabar_wheel: Path, target: Target, cache: Path) -> list[Path]:
    """Every wheel Kabar needs on ``target``: the ones packaging/lock.txt pins, downloaded
    into (or found in) ``cache`` and checked by sha256."""
    pinned = fetch(pins_for(target.name), download_command(target, cache), cache)
    return resolve(kabar_wheel, target, cache, wheels=pinned)
