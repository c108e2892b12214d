# expect: none
import hashlib
import hmac
import os


def hash_password(password, salt=None, rounds=200_000):
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, rounds)
    return salt.hex() + "$" + str(rounds) + "$" + digest.hex()


def verify(password, stored):
    salt_hex, rounds, digest_hex = stored.split("$")
    again = hash_password(password, bytes.fromhex(salt_hex), int(rounds))
    return hmac.compare_digest(again, stored)


def bucket(user_id, n_buckets=97):
    h = int(hashlib.md5(user_id.encode()).hexdigest(), 16)
    return h % n_buckets


h = hash_password("correct horse")
print(verify("correct horse", h), verify("wrong", h), bucket("alice"))
