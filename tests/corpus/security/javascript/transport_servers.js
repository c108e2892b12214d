// Plain HTTP servers and agents, TLS option objects that still allow SSLv3/TLS 1.0, cleartext
// FTP and telnet sessions.
const http = require('http');
const https = require('https');
const constants = require('constants');
const FtpClient = require('ftp');
const Telnet = require('telnet-client');

function serve(app, key, cert) {
  // ruleid: js.cleartext-http
  const plain = http.createServer(app);
  // ok: js.cleartext-http
  const secure = https.createServer({ key, cert, minVersion: 'TLSv1.2' }, app);
  // ruleid: js.tls-weak-version
  const legacy = https.createServer({ key, cert, secureOptions: constants.SSL_OP_NO_SSLv3 }, app);
  // ok: js.tls-weak-version
  const hardened = https.createServer({ key, cert, secureOptions: constants.SSL_OP_NO_SSLv2 | constants.SSL_OP_NO_SSLv3 | constants.SSL_OP_NO_TLSv1 }, app);
  return [plain, secure, legacy, hardened];
}

function upload(info) {
  const c = new FtpClient();
  // ruleid: js.cleartext-http
  c.connect({ host: info.host, user: info.user, password: info.password });
  const d = new FtpClient();
  // ok: js.cleartext-http
  d.connect({ host: info.host, user: info.user, password: info.password, secure: true });
}

function router(params) {
  const connection = new Telnet();
  // ruleid: js.cleartext-http
  return connection.connect(params);
}
