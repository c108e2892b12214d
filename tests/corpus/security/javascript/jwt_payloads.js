// JWT payloads that carry passwords or whole user records; request text concatenated into SQL
// and HTML kept in a variable.
const jwt = require('jsonwebtoken');

function login(account, key) {
  // ruleid: js.jwt-exposed-data
  const leaky = jwt.sign({ id: account.id, password: account.password }, key, { expiresIn: '1h' });
  // ok: js.jwt-exposed-data
  const lean = jwt.sign({ id: account.id, role: account.role }, key, { expiresIn: '1h' });
  return [leaky, lean];
}

function issueFor(user, key) {
  // ruleid: js.jwt-exposed-data
  return jwt.sign(user, key, { expiresIn: 600 });
}

function issueClaims(user, key) {
  const claims = { sub: user.id };
  // ok: js.jwt-exposed-data
  return jwt.sign(claims, key, { expiresIn: 600 });
}

function search(req, res, db) {
  let sql = 'SELECT * FROM posts WHERE title LIKE ';
  // ruleid: js.sql-string-request
  sql = sql.concat(req.query.title);
  let label = 'SELECT * FROM posts WHERE title LIKE ';
  // ok: js.sql-string-request
  label = label.concat('?');
  let page = '<h1>Results for ';
  // ruleid: js.html-string-concat
  page = page.concat(req.query.title);
  return db.query(label, [req.query.title]).then(() => res.send(page + sql));
}
