// Sinks fed through a variable: SQL text, JWT keys, redirects, XML parsers, paths,
// passport secrets, first-occurrence escaping and format strings; with safe look-alikes.
const express = require('express');
const path = require('path');
const util = require('util');
const jwt = require('jsonwebtoken');
const expat = require('node-expat');
const JwtStrategy = require('passport-jwt').Strategy;
const app = express();

function findUser(client, userId) {
  const q = 'SELECT * FROM users WHERE id = ' + userId;
  // ruleid: js.sql-injection-var
  return client.query(q);
}

app.get('/search', (req, res) => {
  // ruleid: js.sql-string-request
  const sql = `SELECT * FROM items WHERE name = '${req.query.name}'`;
  // ruleid: js.sql-injection-var
  db.all(sql, (err, rows) => res.json(rows));
});

function issue(payload) {
  const signingKey = 'super-secret-value';
  // ruleid: js.jwt-hardcoded-secret-var
  return jwt.sign(payload, signingKey);
}

app.get('/go', (req, res) => {
  // ruleid: js.request-flow
  const target = req.query.next;
  // ruleid: js.open-redirect-var
  res.redirect(target);
});

app.post('/xml', (req, res) => {
  const parser = new expat.Parser('UTF-8');
  // ruleid: js.expat-xxe
  parser.write(req.body.xml);
});

app.get('/file', (req, res) => {
  // ruleid: js.request-flow
  const name = req.query.file;
  // ruleid: js.path-join-request
  res.sendFile(path.join(__dirname, name));
});

passport.use(new JwtStrategy(
  // ruleid: js.passport-hardcoded-secret
  {
    secretOrKey: 'hard-coded-key',
    jwtFromRequest: extractor,
  },
  verify,
));

function escapeQuote(s) {
  // ruleid: js.incomplete-sanitization
  return s.replace("'", "\\'");
}

function audit(user, ip) {
  // ruleid: js.format-string-concat
  console.log('login failed for ' + user, ip);
}

// --- safe look-alikes ---------------------------------------------------------

function countRows(client) {
  const q = 'SELECT count(*) FROM users WHERE active = ' + '1';
  // ok: js.sql-injection-var
  return client.query(q);
}

app.get('/echo', (req, res) => {
  // ok: js.sql-string-request
  const text = 'This is an update message: ' + req.query.message;
  res.type('text').send(text);
});

function issueFromEnv(payload) {
  const signingKey = process.env.JWT_KEY;
  // ok: js.jwt-hardcoded-secret-var
  return jwt.sign(payload, signingKey);
}

app.get('/home', (req, res) => {
  const target = config.homeUrl;
  // ok: js.open-redirect-var
  res.redirect(target);
});

app.get('/static-xml', (req, res) => {
  const parser = new expat.Parser('UTF-8');
  // ok: js.expat-xxe
  parser.write('<doc>fixed</doc>');
});

app.get('/file-checked', (req, res) => {
  const name = req.query.file;
  // ok: js.path-join-request
  const full = path.join(__dirname, 'public', name);
  if (!full.startsWith(path.join(__dirname, 'public'))) return res.sendStatus(403);
  res.sendFile(full);
});

passport.use(new JwtStrategy(
  // ok: js.passport-hardcoded-secret
  {
    secretOrKey: process.env.JWT_KEY,
    jwtFromRequest: extractor,
  },
  verify,
));

function escapeQuotes(s) {
  // ok: js.incomplete-sanitization
  return s.replace(/'/g, "\\'");
}

function auditSafe(user, ip) {
  // ok: js.format-string-concat
  console.log('login failed for %s from %s', user, ip);
}

class View {
  show(value) {
    // ruleid: js.angular-bypass-security-trust
    return this.sanitizer.bypassSecurityTrustHtml(value);
  }
  showFixed() {
    // ok: js.angular-bypass-security-trust
    return this.sanitizer.bypassSecurityTrustHtml('<b>fixed</b>');
  }
}

app.post('/prefs', (req, res) => {
  const field = req.body.field;
  // ruleid: js.remote-property-injection
  prefs[field] = req.body.value;
  const safeField = 'user_' + req.body.field;
  // ok: js.remote-property-injection
  prefs[safeField] = req.body.value;
});
