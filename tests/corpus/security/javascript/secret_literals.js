// ruleid: js.secret-token-literal
const githubToken = 'ghp_iR54dhCYg9Tfmoywi9xLmmKZrrnAw438BYh3';
// ok: js.secret-token-literal
const githubTokenFromEnv = process.env.GITHUB_TOKEN;
// ruleid: js.secret-token-literal
const mongo = 'mongodb://root:hunter2hunter2@mongo:27017/app';
// ok: js.secret-token-literal
const mongoFromParts = `mongodb://${user}:${password}@mongo:27017/app`;
