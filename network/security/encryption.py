"""Second-factor secrets encrypted at rest: TOTP keys and the recovery codes' seed.

allauth.mfa stores them through its adapter's ``encrypt``/``decrypt`` hooks. Here they are
Fernet tokens (AES with an HMAC) under keys derived from ``SECRET_KEY`` and
``SECRET_KEY_FALLBACKS``: the current key encrypts, every key decrypts, so rotating the secret
key (old one moved to the fallbacks) keeps people's authenticators working. A stored value
without the prefix was written before encryption and is read as it is (migration
network 0008 encrypted those).
"""

import base64

from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.utils.crypto import salted_hmac

PREFIX = "fernet:"
_SALT = "network.security.secrets"


def _fernet() -> MultiFernet:
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", ())]
    return MultiFernet(
        [
            Fernet(
                base64.urlsafe_b64encode(
                    salted_hmac(_SALT, "mfa", key, algorithm="sha256").digest()
                )
            )
            for key in keys
        ]
    )


def encrypt(text: str) -> str:
    return PREFIX + _fernet().encrypt(text.encode()).decode()


def decrypt(stored: str) -> str:
    if not stored.startswith(PREFIX):
        return stored  # written before encryption was turned on
    return _fernet().decrypt(stored[len(PREFIX) :].encode()).decode()


def is_encrypted(stored: str) -> bool:
    return stored.startswith(PREFIX)
