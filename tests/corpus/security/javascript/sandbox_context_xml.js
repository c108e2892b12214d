// vm/vm2 contexts built from request data, sax DOCTYPE handlers, SQL built with concat() or
// sent through a builder chain, parameters joined into paths, jsonwebtoken under another name.
const vm = require('vm');
const { NodeVM } = require('vm2');
const jsonwt = require('jsonwebtoken');
const path = require('path');

function render(req, res) {
  const sandbox = { user: req.query.user };
  // ruleid: js.vm-context-injection
  const out = vm.runInNewContext('greet(user)', sandbox, { timeout: 500 });
  const fixed = { user: 'guest' };
  // ok: js.vm-context-injection
  const other = vm.runInNewContext('greet(user)', fixed, { timeout: 500 });
  res.send(String(out) + String(other));
}

function plugin(req) {
  const sandbox = { payload: req.body };
  // ruleid: js.vm-context-injection
  return new NodeVM({ timeout: 1000, sandbox });
}

function staticPlugin() {
  const sandbox = { version: 3 };
  // ok: js.vm-context-injection
  return new NodeVM({ timeout: 1000, sandbox });
}

function readFeed(xml) {
  // ruleid: js.sax-doctype
  const sax = require('sax');
  const parser = sax.parser(true);
  parser.ondoctype = function (dt) { loadDtd(dt); };
  parser.write(xml).close();
}

function readPlain(xml) {
  // ok: js.sax-doctype
  const sax = require('sax');
  const parser = sax.parser(true);
  parser.ontext = function (t) { collect(t); };
  parser.write(xml).close();
}

function lookup(pool, id) {
  const q = 'SELECT name FROM users WHERE id = '.concat(id);
  // ruleid: js.sql-injection-var
  pool.query(q);
  const fixedQ = 'SELECT name FROM users WHERE id = '.concat('1');
  // ok: js.sql-injection-var
  pool.query(fixedQ);
  return pool
    // ruleid: js.sql-injection
    .query('SELECT * FROM orders WHERE user = ' + id)
    .then((r) => r.rows);
}

function extract(entry, opts) {
  // ruleid: js.path-join-request
  const target = path.join(opts.root, entry.path);
  return target;
}

function extractChecked(entry, opts) {
  // ok: js.path-join-request
  const target = path.join(opts.root, entry.path);
  if (!target.startsWith(opts.root)) throw new Error('outside');
  return target;
}

const signingKey = 'do-not-ship-this';
function issue(user) {
  // ruleid: js.jwt-hardcoded-secret-var
  return jsonwt.sign({ sub: user.id }, signingKey, { expiresIn: '1h' });
}

function issueFromEnv(user) {
  const envKey = process.env.JWT_KEY;
  // ok: js.jwt-hardcoded-secret-var
  return jsonwt.sign({ sub: user.id }, envKey, { expiresIn: '1h' });
}
