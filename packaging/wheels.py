"""Kabar's wheel and the wheels of its dependencies for another platform.

``pip download --platform`` picks wheels for the target, but it evaluates environment markers
(``sys_platform == "win32"``) for *this* machine: keyring would arrive with Linux's
SecretStorage and without Windows' pywin32-ctypes. So the dependency tree is walked here,
one level at a time, with each wheel's ``Requires-Dist`` judged for the target platform.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from email.parser import Parser
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("kabar_desktop", "resources", "templates", "setup.py", "pyproject.toml", "README.md")
PYTHON_VERSION = "3.11"  # the embeddable CPython and Debian 12's python3


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


def build_kabar_wheel(out: Path) -> Path:
    """Kabar's own wheel (catalogs compiled, resources inside), built from a copy of the
    checkout's sources only: setuptools would otherwise walk build/ and its Wine prefix."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("kabar_desktop-*.whl"):
        old.unlink()
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo", "_bundled", "*.egg-info")
    with tempfile.TemporaryDirectory(prefix="kabar-wheel-") as tmp:
        source = Path(tmp) / "kabar"
        source.mkdir()
        for name in SOURCES:
            if (ROOT / name).is_dir():
                shutil.copytree(ROOT / name, source / name, ignore=skip)
            else:
                shutil.copy2(ROOT / name, source / name)
        pip = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out)]
        subprocess.run([*pip, str(source)], check=True)
    (wheel,) = out.glob("kabar_desktop-*.whl")
    return wheel


def requirements_of(wheel: Path) -> list[Requirement]:
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(zf.read(name).decode("utf-8"))
    return [Requirement(line) for line in meta.get_all("Requires-Dist") or []]


def _download(requirements: list[Requirement], target: Target, cache: Path) -> None:
    command = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(cache)]
    command += ["--only-binary=:all:", "--python-version", PYTHON_VERSION]
    command += ["--implementation", "cp", "--abi", "cp311", "--abi", "abi3", "--abi", "none"]
    for platform in target.platforms:
        command += ["--platform", platform]
    # Markers were judged for the target already; pip would judge them again for this machine.
    subprocess.run(command + [f"{r.name}{r.specifier}" for r in requirements], check=True)


def _best_wheel(req: Requirement, target: Target, cache: Path) -> Path | None:
    """The newest wheel in ``cache`` that satisfies ``req`` on ``target``."""
    found = []
    for wheel in cache.glob("*.whl"):
        name, version, _build, tags = parse_wheel_filename(wheel.name)
        if name != canonicalize_name(req.name) or not req.specifier.contains(version):
            continue
        platforms = {tag.platform for tag in tags}
        if "any" in platforms or platforms & set(target.platforms):
            found.append((version, wheel))
    return max(found)[1] if found else None


def dependency_wheels(kabar_wheel: Path, target: Target, cache: Path) -> list[Path]:
    """Every wheel Kabar needs on ``target``, downloaded into (or found in) ``cache``."""
    cache.mkdir(parents=True, exist_ok=True)
    chosen: dict[str, Path] = {}
    pending = requirements_of(kabar_wheel)
    while pending:
        wanted = [
            r for r in pending if canonicalize_name(r.name) not in chosen and applies(r, target)
        ]
        missing = [r for r in wanted if _best_wheel(r, target, cache) is None]
        if missing:
            _download(missing, target, cache)
        pending = []
        for req in wanted:
            key = canonicalize_name(req.name)
            if key in chosen:
                continue
            wheel = _best_wheel(req, target, cache)
            if wheel is None:
                raise RuntimeError(f"no {target.name} wheel for {req}")
            chosen[key] = wheel
            pending += requirements_of(wheel)
    return sorted(chosen.values())
