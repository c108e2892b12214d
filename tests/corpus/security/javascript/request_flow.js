// Request data assigned to a variable and followed to a sink in the same handler
// (reported where the value is taken from the request); with safe look-alikes.
const express = require('express');
const child_process = require('child_process');
const fs = require('fs');
const app = express();

app.get('/ping', (req, res) => {
  // ruleid: js.request-flow
  const host = req.query.host;
  const cmd = 'ping -c 1 ' + host;
  // ruleid: js.child-process
  child_process.exec(cmd, () => res.end());
});

app.get('/hello', function (req, res) {
  // ruleid: js.request-flow
  const { who } = req.query;
  const greeting = `Hi ${who}`;
  // ruleid: js.xss
  // ruleid: js.html-string-concat
  res.write('<div>' + greeting + '</div>');
});

app.get('/report', function (req, res) {
  // ruleid: js.request-flow
  let day = req.params.day;
  const file = '/var/reports/' + day + '.csv';
  // ruleid: js.fs-dynamic-path
  fs.readFile(file, (err, data) => res.send(data));
});

app.get('/orders', async (req, res) => {
  // ruleid: js.request-flow
  const status = req.query.status;
  const sql = "SELECT * FROM orders WHERE status = '" + status + "'";
  // ruleid: js.sql-injection-var
  res.json(await pool.query(sql));
});

// --- safe look-alikes ---------------------------------------------------------

app.get('/orders-safe', async (req, res) => {
  // ok: js.request-flow
  const status = req.query.status;
  res.json(await pool.query('SELECT * FROM orders WHERE status = $1', [status]));
});

app.get('/count', (req, res) => {
  // ok: js.request-flow
  const n = parseInt(req.query.n, 10);
  res.type('text').send('count ' + n);
});

app.get('/echo', (req, res) => {
  // ok: js.request-flow
  const note = 'note: ' + req.query.note;
  res.type('text').send(note);
});

app.get('/report-safe', function (req, res) {
  // ok: js.request-flow
  const day = isValidDay(req.params.day) ? req.params.day : 'today';
  // ruleid: js.fs-dynamic-path
  fs.readFile('/var/reports/' + day + '.csv', (err, data) => res.send(data));
});

app.get('/log', (req, res) => {
  // ok: js.request-flow
  const agent = req.headers['user-agent'];
  logger.info('visit', { agent });
  res.end('ok');
});
