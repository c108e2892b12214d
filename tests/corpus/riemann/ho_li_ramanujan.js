// expect: logarithmic_integral
// Logarithmic integral li(x) via Ramanujan's rapidly converging series.
const EULER_GAMMA = 0.5772156649015329;

function li(x) {
  const L = Math.log(x);
  let sum = 0, fact = 1, inner = 0;
  for (let n = 1; n < 100; n++) {
    fact *= n;
    if ((n - 1) % 2 === 0) inner += 1 / (2 * ((n - 1) / 2) + 1);
    const term = (Math.pow(-1, n - 1) * Math.pow(L, n)) / (fact * Math.pow(2, n - 1)) * inner;
    sum += term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
  }
  return EULER_GAMMA + Math.log(L) + Math.sqrt(x) * sum;
}

for (const x of [10, 100, 1e3, 1e6, 1e9]) console.log(x, li(x).toFixed(4));
