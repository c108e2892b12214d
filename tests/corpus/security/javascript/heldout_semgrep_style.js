// Held-out cases written after the rules, in the style of Semgrep's javascript rule tests.
// Not tuned: a line whose expected id no rule produces counts as a miss.
const child_process = require('child_process');
const crypto = require('crypto');
const express = require('express');
const router = express.Router();

router.get('/a', function (req, res) {
  // ruleid: js.request-flow
  const input = req.query.cmd;
  // ruleid: js.child-process
  child_process.exec(input, function () {});
  // ruleid: js.child-process
  child_process.execSync('ls ' + req.query.dir);
  // ok: js.child-process
  child_process.execFileSync('ls', ['-l']);
  // ruleid: js.eval-input
  eval('console.log(' + req.body.x + ')');
  // ok: js.eval, js.eval-input
  eval('console.log("static")');
  // ruleid: js.xss
  res.send(`<div>${req.query.name}</div>`);
  // ruleid: js.open-redirect
  res.redirect(req.query.target);
  // ok: js.open-redirect
  res.redirect('/login');
});

function hashes(data) {
  // ruleid: js.weak-hash
  const a = crypto.createHash('sha1').update(data).digest('hex');
  // ok: js.weak-hash
  const b = crypto.createHash('sha512').update(data).digest('hex');
  return a + b;
}

function dom(userHtml, el) {
  // ruleid: js.xss
  document.write(userHtml);
  // ruleid: js.xss
  el.outerHTML = userHtml;
  // ok: js.xss
  el.innerText = userHtml;
}

function regexes(userInput) {
  // ruleid: js.regex-dynamic
  const re = new RegExp('^' + userInput + '$');
  // ok: js.regex-dynamic
  const ok = new RegExp('^[a-z]+$');
  return [re, ok];
}

function timers(code) {
  // ruleid: js.eval
  setInterval(code, 1000);
  // ok: js.eval
  setInterval(() => tick(), 1000);
}

function secrets() {
  // ruleid: js.hardcoded-secret
  const apiSecret = 'aZ3kQ9xW2pL7';
  // ruleid: js.jwt-hardcoded-secret
  return require('jsonwebtoken').sign({ sub: 1 }, 'hunter2');
}

function randomId() {
  // ruleid: js.insecure-random
  return Math.floor(Math.random() * 100000);
}

module.exports = { router, hashes, dom, regexes, timers, secrets, randomId };
