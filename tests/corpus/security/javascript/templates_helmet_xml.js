// Escaping bypassed in templates, helmet protections switched off, request XML into
// xml2json; with safe look-alikes.
const express = require('express');
const helmet = require('helmet');
const Handlebars = require('handlebars');
const xml2json = require('xml2json');
const app = express();

Handlebars.registerHelper('bold', (text) => {
  // ruleid: js.template-unescaped
  // ruleid: js.html-string-concat
  return new Handlebars.SafeString('<b>' + text + '</b>');
});

Handlebars.registerHelper('logo', () => {
  // ok: js.template-unescaped
  return new Handlebars.SafeString('<img src="/logo.png">');
});

// ruleid: js.helmet-disabled
app.use(helmet({ frameguard: false }));
// ok: js.helmet-disabled
app.use(helmet({ frameguard: { action: 'deny' } }));

app.post('/import', (req, res) => {
  // ruleid: js.xml2json-request
  const doc = xml2json.toJson(req.body, { object: true });
  res.json(doc);
});

app.get('/sample', (req, res) => {
  // ok: js.xml2json-request
  res.json(xml2json.toJson('<sample/>', { object: true }));
});
