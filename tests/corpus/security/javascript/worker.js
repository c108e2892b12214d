// Process, network and resource patterns.
const child_process = require('child_process');
const https = require('https');
const vm = require('vm');

function sandboxed(src) {
  // ruleid: js.eval
  return vm.runInNewContext(src, {});
}

function build(fnBody) {
  // ruleid: js.eval
  return new Function('a', 'b', fnBody);
}

function insecureAgent() {
  // ruleid: js.tls-no-verify
  return new https.Agent({ rejectUnauthorized: false });
}

function fetchData(url) {
  // ruleid: js.network
  return fetch(url);
}

function spawnMany() {
  while (true) {
    // ruleid: js.fork-loop, js.spawn-dynamic
    child_process.fork('./child.js');
  }
}

function raw(n) {
  // ruleid: js.buffer-unsafe
  return Buffer.allocUnsafe(n);
}

function polluted(target, key, value) {
  // ruleid: js.prototype-pollution
  target.__proto__[key] = value;
}

function writeReport(data) {
  // ruleid: js.hardcoded-tmp
  require('fs').writeFileSync('/tmp/report.json', data);
}

// --- safe look-alikes ---------------------------------------------------------
function boundedWorkers() {
  for (let i = 0; i < 4; i++) {
    // ok: js.fork-loop
    console.log('worker', i);
  }
}

function safeAgent() {
  // ok: js.tls-no-verify
  return new https.Agent({ rejectUnauthorized: true });
}

function zeroed(n) {
  // ok: js.buffer-unsafe
  return Buffer.alloc(n);
}

function regexExec(re, s) {
  // ok: js.child-process
  return re.exec(s);
}

module.exports = { sandboxed, build, insecureAgent, fetchData, spawnMany, raw, polluted, writeReport, boundedWorkers, safeAgent, zeroed, regexExec };
