"""Held-out cases written after the rules, in the style of Bandit's examples/ directory.

Not tuned: a line whose expected id no rule produces counts as a miss.
"""
import os
# ruleid: py.subprocess-import
import subprocess
# ruleid: py.subprocess-import
from subprocess import Popen as pop
import hashlib
import ssl
# ruleid: py.insecure-import
import xml.etree.ElementTree as badET
import requests

# ruleid: py.subprocess-shell-literal, py.shell-true
pop('/bin/gcc --version', shell=True)
# ruleid: py.subprocess-shell-literal
subprocess.Popen('/bin/ls *', shell=True)
# ruleid: py.subprocess-shell
subprocess.Popen('/bin/ls %s' % ('something',), shell=True)
# ruleid: py.subprocess-shell
subprocess.Popen('/bin/ls {}'.format('something'), shell=True)
command = "/bin/ls" + input()
# ruleid: py.subprocess-shell
subprocess.Popen(command, shell=True)
# ruleid: py.subprocess-shell
subprocess.call(command, shell='True')
# ruleid: py.subprocess-shell
subprocess.call(command, shell=1)
# ok: py.subprocess-shell, py.subprocess-shell-literal
# ruleid: py.subprocess-dynamic
subprocess.call(command, shell=False)
# ok: py.subprocess-shell, py.subprocess-shell-literal
# ruleid: py.subprocess-dynamic
subprocess.call(command, shell=0)
# ok: py.os-system
os.system('/bin/echo hi')
# ruleid: py.os-exec
os.spawnlp(os.P_WAIT, command, command)
# ruleid: py.os-exec
os.execve(command, [command], os.environ)
# ruleid: py.weak-hash
hashlib.new('md5')
# ruleid: py.weak-hash
hashlib.new(name='sha1')
# ok: py.weak-hash
hashlib.new('sha512')
# ruleid: py.tls-no-verify, py.request-no-timeout, py.http-request
requests.get('https://gmail.com', verify=False)
# ruleid: py.tls-no-verify, py.http-request
requests.post('https://gmail.com', timeout=30, verify=False)
# ruleid: py.tls-bad-version
ssl.wrap_socket(ssl_version=ssl.PROTOCOL_SSLv2)
# ruleid: py.xml-unsafe
tree = badET.fromstring("<root/>")
# ruleid: py.hardcoded-tmp
f = open('/tmp/abc', 'w')
# ok: py.hardcoded-tmp
g = open('/abc/tmp', 'w')
# ok: py.eval
eval("os.getcwd()")
# ruleid: py.bind-all
s_addr = ('0.0.0.0', 31137)
from cryptography.hazmat.primitives.asymmetric import rsa
# ruleid: py.weak-key
private_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
# ruleid: py.insecure-import
import pickle
# ruleid: py.pickle
pick = pickle.loads(b"data")
# ruleid: py.chmod-permissive
os.chmod('/etc/passwd', 0o227)
# ruleid: py.chmod-permissive
os.chmod('/etc/passwd', 0o7)
