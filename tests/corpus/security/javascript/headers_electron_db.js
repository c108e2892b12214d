// Response headers, Electron windows, database and gRPC transport: vulnerable lines and safe look-alikes.
const express = require('express');
const cors = require('cors');
const lusca = require('lusca');
const grpc = require('@grpc/grpc-js');
const { BrowserWindow } = require('electron');
const app = express();

// ruleid: js.cors-wildcard
app.options('*', cors());
// ok: js.cors-wildcard
app.options('/api', cors({ origin: 'https://app.example.com' }));

app.get('/h', function (req, res) {
  // ruleid: js.header-injection
  res.set('Content-Disposition', 'attachment; filename=' + req.query.name);
  // ruleid: js.header-injection
  res.writeHead(200, { 'X-Trace': req.headers['x-trace'] });
  // ok: js.header-injection
  res.set('Content-Type', 'text/plain');
  // ok: js.header-injection
  res.set('X-Note', 'see req.query.name docs');
  // ruleid: js.cors-wildcard
  res.set('access-control-allow-origin', '*');
  // ok: js.cors-wildcard
  res.set('Access-Control-Allow-Origin', 'https://app.example.com');
  // ruleid: js.xss-protection-disabled
  res.set('X-XSS-Protection', 0);
  // ok: js.xss-protection-disabled
  res.set('X-XSS-Protection', '1; mode=block');
  res.end('ok');
});

// ruleid: js.xss-protection-disabled
app.use(lusca.xssProtection(false));
// ok: js.xss-protection-disabled
app.use(lusca.xssProtection(true));

function windows() {
  // ruleid: js.electron-insecure-webpreferences
  const main = new BrowserWindow({
    webPreferences: { nodeIntegration: true, contextIsolation: false },
  });
  // ok: js.electron-insecure-webpreferences
  const safe = new BrowserWindow({
    webPreferences: { nodeIntegration: false, contextIsolation: true, sandbox: true },
  });
  return [main, safe];
}

module.exports = {
  // ruleid: js.sequelize-no-tls
  production: {
    database: 'app',
    dialect: 'postgres',
    host: 'db.internal.example',
  },
  // ok: js.sequelize-no-tls
  staging: {
    database: 'app',
    dialect: 'postgres',
    dialectOptions: { ssl: true },
  },
  // ok: js.sequelize-no-tls
  test: {
    dialect: 'sqlite',
    storage: ':memory:',
  },
};

function clients(svc) {
  // ruleid: js.grpc-insecure
  const insecure = new svc.Books('books:50051', grpc.credentials.createInsecure());
  // ok: js.grpc-insecure
  const secure = new svc.Books('books:50051', grpc.credentials.createSsl());
  return [insecure, secure];
}
