// Headless browsers with DevTools exposed, GCM deciphers without a tag length, globals looked up
// by data, Deno subprocesses, DynamoDB parameters from the event, thenify multiArgs.
const crypto = require('crypto');
const puppeteer = require('puppeteer');
const thenify = require('thenify');
const { DynamoDBClient, ScanCommand } = require('@aws-sdk/client-dynamodb');

async function screenshot(target) {
  // ruleid: js.browser-devtools-exposed
  const browser = await puppeteer.launch({ args: ['--remote-debugging-port=9222', '--no-sandbox'] });
  // ok: js.browser-devtools-exposed
  const quiet = await puppeteer.launch({ args: ['--no-sandbox'] });
  return [browser, quiet, target];
}

function open(box, key) {
  // ruleid: js.gcm-no-tag-length
  const loose = crypto.createDecipheriv('aes-256-gcm', key, box.iv);
  loose.setAuthTag(box.tag);
  // ok: js.gcm-no-tag-length
  const strict = crypto.createDecipheriv('aes-256-gcm', key, box.iv, { authTagLength: 16 });
  strict.setAuthTag(box.tag);
  return Buffer.concat([loose.update(box.data), loose.final(), strict.update(box.data), strict.final()]);
}

const handlers = { ping: () => 'pong' };
function dispatch(raw) {
  const msg = JSON.parse(raw);
  // ruleid: js.unsafe-dynamic-method
  const fn = window[msg.action];
  // ok: js.unsafe-dynamic-method
  const known = handlers[msg.action];
  return [fn, known];
}

async function runTool(tool) {
  const p = Deno.run({
    // ruleid: js.deno-run-dynamic
    cmd: [tool, '--version'],
  });
  const q = Deno.run({
    // ok: js.deno-run-dynamic
    cmd: ['git', '--version'],
  });
  return [await p.status(), await q.status()];
}

const ddb = new DynamoDBClient({ region: 'eu-west-1' });
exports.search = async function (event) {
  const params = JSON.parse(event.body);
  // ruleid: js.dynamodb-request-object
  const found = await ddb.send(new ScanCommand(event.body));
  // ok: js.dynamodb-request-object
  const fixed = await ddb.send(new ScanCommand({ TableName: 'items', Limit: params.limit }));
  return [found, fixed];
};

function wrap(fn) {
  // ruleid: js.thenify-multiargs
  const named = thenify(fn, { multiArgs: ['rows', 'fields'] });
  // ok: js.thenify-multiargs
  const plain = thenify(fn, { multiArgs: false });
  return [named, plain];
}
