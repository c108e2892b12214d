// Headless browsers, sandboxes, HTML building, jQuery, CORS, message events: vulnerable lines and
// safe look-alikes for the rules added after the Semgrep comparison (docs/PATTERNS.md).
const puppeteer = require('puppeteer');
const { VM } = require('vm2');
const shell = require('shelljs');
const session = require('express-session');
const { spawn } = require('child_process');
const wkhtmltopdf = require('wkhtmltopdf');

async function render(page, req, report) {
  // ruleid: js.headless-browser-injection
  await page.goto(`https://${req.query.host}/status`);
  // ok: js.headless-browser-injection
  await page.goto('https://status.example.org/');
  // ruleid: js.headless-browser-injection
  await page.setContent('<main>' + report.body + '</main>');
  // ok: js.headless-browser-injection
  await page.evaluate((sel) => document.querySelector(sel).innerText, '#total');
  // ruleid: js.html-to-pdf-injection
  return wkhtmltopdf(req.body.html, { pageSize: 'A4' });
}

function sandboxed(snippet, settings) {
  // ruleid: js.sandbox-code-injection
  const out = new VM({ timeout: 500 }).run(snippet);
  // ok: js.sandbox-code-injection
  const two = new VM({ timeout: 500 }).run('1 + 1');
  // ruleid: js.child-process
  shell.exec('convert ' + settings.input + ' out.png');
  // ok: js.child-process
  shell.exec('npm test');
  // ruleid: js.child-process
  spawn('convert', [settings.input, 'out.png'], { shell: true });
  // ok: js.child-process
  spawn('convert', [settings.input, 'out.png'], { shell: false });
  return [out, two];
}

function markup(item, list) {
  // ruleid: js.html-string-concat
  const row = '<li class="item">' + item.title + '</li>';
  // ok: js.html-string-concat
  const label = 'Item: ' + item.title;
  // ok: js.html-string-concat
  const safe = '<li>' + escapeHtml(item.title) + '</li>';
  // ruleid: js.jquery-html
  $('#list').append(row);
  // ok: js.jquery-html
  $('#list').text(label);
  return safe + list;
}

function headers(app, res, origin) {
  // ruleid: js.cors-reflected-origin
  res.setHeader('Access-Control-Allow-Origin', origin);
  // ok: js.cors-reflected-origin
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.org');
  // ruleid: js.session-cookie-defaults
  app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));
  // ok: js.session-cookie-defaults
  app.use(session({ name: 'app.sid', secret: process.env.SESSION_SECRET, cookie: { secure: true, httpOnly: true } }));
}

// ruleid: js.message-origin-unchecked
window.addEventListener('message', (e) => { document.title = e.data.title; });
// ok: js.message-origin-unchecked
window.addEventListener('message', (e) => { if (e.origin === 'https://app.example.org') document.title = e.data.title; });

function merge(req, defaults) {
  // ruleid: js.mass-assignment
  const settings = Object.assign(defaults, req.body);
  // ok: js.mass-assignment
  const copy = Object.assign({}, defaults);
  // ruleid: js.redos
  const email = /^([a-zA-Z0-9]+\.?)+@example\.org$/;
  // ok: js.redos
  const plain = /^[a-z0-9.]+@example\.org$/;
  return [settings, copy, email, plain];
}
