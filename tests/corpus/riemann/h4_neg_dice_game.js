// expect: none
const players = ['ann', 'bob', 'cy'];
const scores = Object.fromEntries(players.map((p) => [p, 0]));

const roll = () => 1 + Math.floor(Math.random() * 6);

for (let turn = 0; turn < 30; turn++) {
  const player = players[turn % players.length];
  const a = roll(), b = roll();
  let points = a + b;
  if (a === b) points *= 2;
  if ((a + b) % 7 === 0) points = 0;
  scores[player] += points;
}

const ranking = Object.entries(scores).sort((x, y) => y[1] - x[1]);
ranking.forEach(([name, s], i) => console.log(`${i + 1}. ${name} ${s}`));
