"""Deserialization, weak crypto and randomness."""
import hashlib
import marshal
# ruleid: py.insecure-import
import pickle
import random
import secrets

import yaml
# ruleid: py.insecure-import
from Crypto.Cipher import AES, DES


def load_session(blob):
    # ruleid: py.pickle
    return pickle.loads(blob)


def load_file(path):
    with open(path, "rb") as f:
        # ruleid: py.pickle
        return pickle.load(f)


def load_code(data):
    # ruleid: py.marshal
    return marshal.loads(data)


def read_config(stream):
    # ruleid: py.yaml-load
    return yaml.load(stream, Loader=yaml.Loader)


def read_config_default(stream):
    # ruleid: py.yaml-load
    return yaml.load(stream)


def password_hash(pw):
    # ruleid: py.weak-hash
    return hashlib.md5(pw.encode()).hexdigest()


def fingerprint(data):
    # ruleid: py.weak-hash
    return hashlib.sha1(data).hexdigest()


def encrypt_des(key, data):
    # ruleid: py.weak-cipher, py.ecb-mode
    cipher = DES.new(key, DES.MODE_ECB)
    return cipher.encrypt(data)


def encrypt_ecb(key, data):
    # ruleid: py.ecb-mode
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(data)


def reset_token():
    # ruleid: py.insecure-random
    return str(random.randint(100000, 999999))


# --- safe look-alikes ---------------------------------------------------------

def read_config_safe(stream):
    # ok: py.yaml-load
    return yaml.safe_load(stream)


def read_config_safe_loader(stream):
    # ok: py.yaml-load
    return yaml.load(stream, Loader=yaml.SafeLoader)


def password_hash_safe(pw, salt):
    # ok: py.weak-hash
    return hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 600000)


def checksum(data):
    # ok: py.weak-hash
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def save_session(obj):
    # ok: py.pickle
    return pickle.dumps(obj)


def reset_token_safe():
    # ok: py.insecure-random
    return secrets.token_urlsafe(32)


def encrypt_gcm(key, data):
    # ok: py.ecb-mode
    cipher = AES.new(key, AES.MODE_GCM)
    return cipher.encrypt_and_digest(data)
