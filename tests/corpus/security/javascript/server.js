'use strict';
// An Express app with injection bugs and their safe look-alikes.
const express = require('express');
const { exec, execFile } = require('child_process');
const cp = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const mysql = require('mysql');
const serialize = require('node-serialize');

const app = express();
const db = mysql.createConnection({ host: 'localhost', user: 'app' });
// ruleid: js.hardcoded-secret
const password = 'Sup3rS3cret!';
// ruleid: js.secret-literal
const awsKey = 'AKIAIOSFODNN7EXAMPLE';

app.get('/ping', (req, res) => {
  // ruleid: js.child-process
  exec('ping -c 1 ' + req.query.host, (err, out) => res.send(out));
});

app.get('/log', (req, res) => {
  // ruleid: js.child-process
  cp.execSync(`git log --author=${req.query.author}`);
  res.end();
});

app.get('/calc', (req, res) => {
  // ruleid: js.eval-input
  res.send(String(eval(req.query.expr)));
});

app.get('/user', (req, res) => {
  // ruleid: js.sql-injection
  db.query('SELECT * FROM users WHERE id = ' + req.params.id, (e, rows) => res.json(rows));
});

app.get('/file', (req, res) => {
  // ruleid: js.path-traversal
  fs.readFile(req.query.name, (e, data) => res.send(data));
});

app.get('/hello', (req, res) => {
  // ruleid: js.xss
  res.send('<h1>Hello ' + req.query.name + '</h1>');
});

app.get('/profile', (req, res) => {
  // ruleid: js.deserialize
  const profile = serialize.unserialize(req.cookies.profile);
  res.json(profile);
});

app.get('/next', (req, res) => {
  // ruleid: js.open-redirect
  res.redirect(req.query.next);
});

function hashPassword(pw) {
  // ruleid: js.weak-hash
  return crypto.createHash('md5').update(pw).digest('hex');
}

function token() {
  // ruleid: js.insecure-random
  return Math.random().toString(36).slice(2);
}

function encrypt(key, data) {
  // ruleid: js.weak-cipher
  const c = crypto.createCipheriv('des-ede3-cbc', key, Buffer.alloc(8));
  return c.update(data);
}

function search(pattern) {
  // ruleid: js.regex-dynamic
  return new RegExp(pattern);
}

function render(el, html) {
  // ruleid: js.xss
  el.innerHTML = html;
}

function runLater(code) {
  // ruleid: js.eval
  setTimeout('handle(' + code + ')', 100);
}

// ruleid: js.tls-no-verify
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

// ruleid: js.bind-all
app.listen(3000, '0.0.0.0');

// --- safe look-alikes ---------------------------------------------------------

app.get('/ping-safe', (req, res) => {
  // ok: js.child-process
  execFile('ping', ['-c', '1', req.query.host], (err, out) => res.send(out));
});

app.get('/user-safe', (req, res) => {
  // ok: js.sql-injection
  db.query('SELECT * FROM users WHERE id = ?', [req.params.id], (e, rows) => res.json(rows));
});

app.get('/file-safe', (req, res) => {
  // ok: js.path-traversal
  res.sendFile(path.join(__dirname, 'public', 'index.html'));
});

function hashSafe(pw) {
  // ok: js.weak-hash
  return crypto.createHash('sha256').update(pw).digest('hex');
}

function tokenSafe() {
  // ok: js.insecure-random
  return crypto.randomBytes(16).toString('hex');
}

function renderSafe(el, text) {
  // ok: js.xss
  el.textContent = text;
}

function later(fn) {
  // ok: js.eval
  setTimeout(() => fn(), 100);
}

function parse(text) {
  // ok: js.eval, js.deserialize
  return JSON.parse(text);
}

function matchWord(s) {
  // ok: js.regex-dynamic
  return /^[a-z]+$/.test(s);
}

// ok: js.hardcoded-secret
const passwordField = 'password';
// ok: js.hardcoded-secret
const dbPassword = process.env.DB_PASSWORD;
// ok: js.child-process
const note = 'exec(cmd) is dangerous';
module.exports = { app, hashPassword, token, encrypt, search, render, runLater, hashSafe, tokenSafe, renderSafe, later, parse, matchWord, note, password, awsKey, passwordField, dbPassword };
