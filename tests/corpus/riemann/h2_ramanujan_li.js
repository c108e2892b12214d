// expect: logarithmic_integral
const EULER_GAMMA = 0.5772156649015329;

// Ramanujan's fast-converging series for li(x)
function li(x) {
  const L = Math.log(x);
  let sum = 0, fact = 1, inner = 0;
  for (let n = 1; n < 120; n++) {
    fact *= n;
    if ((n - 1) % 2 === 0) inner += 1 / (Math.floor((n - 1) / 2) * 2 + 1);
    const term = ((n % 2 === 1 ? 1 : -1) * Math.pow(L, n)) / (fact * Math.pow(2, n - 1)) * inner;
    sum += term;
    if (Math.abs(term) < 1e-17) break;
  }
  return EULER_GAMMA + Math.log(L) + Math.sqrt(x) * sum;
}

for (const x of [10, 100, 1e3, 1e4, 1e6, 1e9]) {
  console.log(x.toExponential(0), li(x).toFixed(4), (li(x) - li(2)).toFixed(4));
}
