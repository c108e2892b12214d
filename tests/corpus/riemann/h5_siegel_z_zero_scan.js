// expect: riemann_siegel, zeta_zeros
// Hardy's Z function through the Riemann-Siegel formula (main sum + first correction term)

function theta(t) {
  return (t / 2) * Math.log(t / (2 * Math.PI)) - t / 2 - Math.PI / 8
    + 1 / (48 * t) + 7 / (5760 * t ** 3);
}

function hardyZ(t) {
  const a = Math.sqrt(t / (2 * Math.PI));
  const N = Math.floor(a);
  const th = theta(t);
  let sum = 0;
  for (let n = 1; n <= N; n++) sum += Math.cos(th - t * Math.log(n)) / Math.sqrt(n);
  const p = a - N;
  const c0 = Math.cos(2 * Math.PI * (p * p - p - 1 / 16)) / Math.cos(2 * Math.PI * p);
  const sign = (N - 1) % 2 === 0 ? 1 : -1;
  return 2 * sum + sign * Math.pow(2 * Math.PI / t, 0.25) * c0;
}

function bisect(f, lo, hi) {
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(f(lo)) === Math.sign(f(mid))) lo = mid; else hi = mid;
  }
  return (lo + hi) / 2;
}

const reference = [14.134725142, 21.022039639, 25.010857580, 30.424876126, 32.935061588];
const found = [];
for (let t = 10; t < 34; t += 0.1) {
  if (hardyZ(t) * hardyZ(t + 0.1) < 0) found.push(bisect(hardyZ, t, t + 0.1));
}
found.forEach((g, i) => console.log(g.toFixed(6), (g - reference[i]).toExponential(2)));
