// expect: modular_arithmetic
function egcd(a, b) {
  if (b === 0n) return [a, 1n, 0n];
  const [g, x, y] = egcd(b, a % b);
  return [g, y, x - (a / b) * y];
}

function modInverse(a, m) {
  const [g, x] = egcd(((a % m) + m) % m, m);
  if (g !== 1n) throw new Error('not invertible');
  return ((x % m) + m) % m;
}

function crt(residues, moduli) {
  const M = moduli.reduce((a, b) => a * b, 1n);
  let x = 0n;
  residues.forEach((r, i) => {
    const Mi = M / moduli[i];
    x += r * Mi * modInverse(Mi, moduli[i]);
  });
  return ((x % M) + M) % M;
}

console.log(crt([2n, 3n, 2n], [3n, 5n, 7n]));
console.log(crt([1n, 4n, 6n], [3n, 5n, 7n]));
