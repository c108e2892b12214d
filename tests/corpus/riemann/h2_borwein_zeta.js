// expect: zeta_function
// Borwein's algorithm 2 for the Riemann zeta function (real s != 1)
function makeD(n) {
  const d = new Array(n + 1).fill(0);
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    let num = 1, den = 1;
    // (n+i-1)! 4^i / ((n-i)! (2i)!)
    for (let k = n - i + 1; k <= n + i - 1; k++) num *= k;
    for (let k = 1; k <= 2 * i; k++) den *= k;
    sum += (n * num * Math.pow(4, i)) / den;
    d[i] = sum;
  }
  return d;
}

function zeta(s, n = 30) {
  const d = makeD(n);
  let acc = 0;
  for (let k = 0; k < n; k++) {
    acc += (Math.pow(-1, k) * (d[k] - d[n])) / Math.pow(k + 1, s);
  }
  return -acc / (d[n] * (1 - Math.pow(2, 1 - s)));
}

[2, 3, 4, 0.5, -1].forEach(s => console.log(`zeta(${s}) = ${zeta(s)}`));
