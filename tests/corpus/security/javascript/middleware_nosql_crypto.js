// express-jwt without revocation, MongoDB queries from request values, constant IVs,
// directory listings, argon2 variants other than argon2id.
const express = require('express');
const expressJwt = require('express-jwt');
const serveIndex = require('serve-index');
const crypto = require('crypto');
const argon2 = require('argon2');

const app = express();
// ruleid: js.express-jwt-not-revoked
app.use('/api', expressJwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));
// ok: js.express-jwt-not-revoked
app.use('/admin', expressJwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'], isRevoked: checkRevoked }));

app.post('/login', async (req, res) => {
  // ruleid: js.nosql-injection
  const user = await User.findOne({ email: req.body.email, password: req.body.password });
  // ok: js.nosql-injection
  const same = await User.findOne({ email: String(req.body.email) });
  res.json({ ok: Boolean(user && same) });
});

function seal(key, text) {
  // ruleid: js.crypto-static-iv
  const fixed = crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(16, 0));
  // ok: js.crypto-static-iv
  const fresh = crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12));
  return [fixed.update(text), fresh.update(text)];
}

// ruleid: js.directory-listing
app.use('/files', serveIndex('public/files', { icons: true }));
// ok: js.directory-listing
app.use('/static', express.static('public'));

async function store(pw) {
  // ruleid: js.argon2-weak-type
  const weak = await argon2.hash(pw, { type: argon2.argon2i });
  // ok: js.argon2-weak-type
  const strong = await argon2.hash(pw, { type: argon2.argon2id });
  return [weak, strong];
}

const helmet = require('helmet');
const cookieSession = require('cookie-session');
// ruleid: js.helmet-disabled
app.use(helmet({ 'frameguard': false }));
// ruleid: js.session-cookie-defaults
app.use(cookieSession({ name: 'sid', keys: [process.env.K1], cookie: { httpOnly: false, secure: true } }));
// ok: js.session-cookie-defaults
app.use(cookieSession({ name: 'sid', keys: [process.env.K1], cookie: { httpOnly: true, secure: true } }));

app.post('/forgot', (req, res) => {
  const mail = {
    // ruleid: js.host-header-url
    text: 'Reset your password: https://' + req.host + '/reset/' + req.body.token,
  };
  res.json(mail);
});
