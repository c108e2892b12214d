// Hard-coded secrets in assignment forms, Host-header URLs, knex raw SQL, timers fed request data,
// stack traces in responses: vulnerable lines and safe look-alikes.
const Knex = require('knex');
const knex = Knex({ client: 'pg' });
let password, settings = {};

function configure(x) {
  // ruleid: js.hardcoded-secret
  password = 'Tr0ub4dor&3';
  // ok: js.hardcoded-secret
  password = x.password;
  // ruleid: js.hardcoded-secret
  settings['api_key'] = '6e906986c3b199c51fff';
  // ok: js.hardcoded-secret
  settings['api_key'] = process.env.API_KEY;
  // ruleid: js.hardcoded-secret
  x.config('APIKEY', 'a8f5f167f44f4964e6c9');
  // ok: js.hardcoded-secret
  x.config('APIKEY', process.env.APIKEY);
}

function handlers(app) {
  app.post('/forgot', function (req, res) {
    // ruleid: js.host-header-url
    const link = 'https://' + req.headers.host + '/reset?t=' + makeToken();
    // ok: js.host-header-url
    const fixed = 'https://' + process.env.PUBLIC_HOST + '/reset?t=' + makeToken();
    mail(link, fixed);
    res.end('sent');
  });
  app.get('/users', async function (req, res) {
    // ruleid: js.sql-injection
    const rows = await knex('users').whereRaw("email = '" + req.query.email + "'");
    // ok: js.sql-injection
    const safe = await knex('users').whereRaw('email = ?', [req.query.email]);
    res.json([rows, safe]);
  });
  app.get('/poll', function (req, res) {
    // ruleid: js.eval-input
    setTimeout(req.query.callback, 10);
    // ok: js.eval-input
    setTimeout(function () { res.end('done'); }, Number(req.query.delay));
  });
  app.use(function (err, req, res, next) {
    console.error(err.stack);
    // ruleid: js.error-stack-disclosure
    res.status(500).end(err.stack);
  });
  app.use(function (err, req, res, next) {
    console.error(err.stack);
    // ok: js.error-stack-disclosure
    res.status(500).end('internal error');
  });
}

module.exports = { configure, handlers };
