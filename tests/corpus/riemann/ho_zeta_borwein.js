// expect: zeta_function
// Riemann zeta for real s > 0, s != 1, via Borwein's acceleration of the eta series.
function zeta(s, n = 30) {
  const d = new Array(n + 1);
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    let term = 0;
    for (let j = 0; j <= i; j++) {
      term += (factorial(n + j - 1) * Math.pow(4, j)) / (factorial(n - j) * factorial(2 * j));
    }
    d[i] = n * term;
  }
  for (let k = 0; k < n; k++) {
    sum += (Math.pow(-1, k) * (d[k] - d[n])) / Math.pow(k + 1, s);
  }
  return -sum / (d[n] * (1 - Math.pow(2, 1 - s)));
}

function factorial(x) {
  let f = 1;
  for (let i = 2; i <= x; i++) f *= i;
  return f;
}

[2, 3, 4, 0.5, 1.5].forEach((s) => console.log(`zeta(${s}) = ${zeta(s)}`));
