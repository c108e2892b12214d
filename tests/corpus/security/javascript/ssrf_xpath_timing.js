// Outgoing requests to request-chosen hosts, XPath built from data, secrets compared with
// ===, postMessage handlers, redirects with a status code; with safe look-alikes.
const express = require('express');
const request = require('request');
const needle = require('needle');
const xpath = require('xpath');
const app = express();

app.get('/proxy', (req, res) => {
  // ruleid: js.ssrf-request
  request(req.query.target, (err, r, body) => res.json({ failed: Boolean(err) }));
});

app.get('/probe', (req, res) => {
  // ruleid: js.ssrf-request
  needle.get(`https://${req.query.host}/status`, () => res.end());
});

app.get('/proxy-fixed', (req, res) => {
  // ok: js.ssrf-request
  request('https://api.example.com/items/' + encodeURIComponent(req.query.id), () => res.end());
});

app.get('/user', (req, res) => {
  // ruleid: js.xpath-injection
  const expr = xpath.parse("//users/user[name/text()='" + req.query.name + "']");
  // ok: js.xpath-injection
  const all = xpath.parse('//users/user/name');
  res.json({ expr, all });
});

function checkKey(apiKey) {
  // ruleid: js.timing-attack
  if (apiKey.token === expectedToken) return true;
  // ok: js.timing-attack
  if (apiKey.token === undefined) return false;
  return false;
}

app.get('/back', (req, res) => {
  // ruleid: js.open-redirect
  res.redirect(302, req.param('back'));
});

app.get('/home', (req, res) => {
  // ok: js.open-redirect
  res.redirect(301, '/home');
});

// ruleid: js.message-origin-unchecked
window.addEventListener('message', (event) => {
  render(event.data);
});

// ok: js.message-origin-unchecked
window.addEventListener('message', ({ origin, data }) => {
  if (origin === 'https://app.example.com') render(data);
});
