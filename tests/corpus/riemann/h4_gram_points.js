// expect: riemann_siegel
// Gram points g_n solve theta(g_n) = n*pi, where theta is the Riemann-Siegel theta function.
const theta = (t) =>
  (t / 2) * Math.log(t / (2 * Math.PI)) - t / 2 - Math.PI / 8 + 1 / (48 * t) + 7 / (5760 * t ** 3);
const thetaPrime = (t) => 0.5 * Math.log(t / (2 * Math.PI));

function gramPoint(n) {
  let t = 2 * Math.PI * Math.exp(1 + Math.log((n + 1 / 8) / Math.E)); // rough start
  t = Math.max(t, 10);
  for (let i = 0; i < 50; i++) {
    const step = (theta(t) - n * Math.PI) / thetaPrime(t);
    t -= step;
    if (Math.abs(step) < 1e-12) break;
  }
  return t;
}

for (let n = -1; n <= 15; n++) console.log(`g_${n} = ${gramPoint(n).toFixed(8)}`);
