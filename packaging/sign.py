"""Sign a Windows executable in place with osslsigncode (NSIS calls this via ``!finalize``).

An unsigned setup.exe makes Windows SmartScreen warn "unknown publisher". The certificate
comes from the environment, never from the repository:

- ``KABAR_SIGN_PFX``: a PKCS#12 (.pfx/.p12) code-signing certificate with its private key;
- ``KABAR_SIGN_PASSWORD``: its password (may be empty);
- ``KABAR_SIGN_TIMESTAMP``: optional RFC 3161 time-stamp server, so that the signature
  outlives the certificate.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def sign(path: Path) -> None:
    signed = path.with_name(path.name + ".signed")
    command = ["osslsigncode", "sign", "-pkcs12", os.environ["KABAR_SIGN_PFX"]]
    command += ["-pass", os.environ.get("KABAR_SIGN_PASSWORD", ""), "-h", "sha256"]
    command += ["-n", "Kabar"]
    if os.environ.get("KABAR_SIGN_TIMESTAMP"):
        command += ["-ts", os.environ["KABAR_SIGN_TIMESTAMP"]]
    signed.unlink(missing_ok=True)
    subprocess.run([*command, "-in", str(path), "-out", str(signed)], check=True)
    signed.replace(path)


if __name__ == "__main__":
    sign(Path(sys.argv[1]))
